taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39451/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 19696 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38813/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 19720 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44263/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 19743 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37645/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 19763 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40735/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 19787 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37151/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 19813 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33635/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 19837 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41151/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 19857 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39569/json -c 100 --threads 1 -t 5 -w 2 --server-pid 19881 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39681/json -c 100 --threads 1 -t 5 -w 2 --server-pid 19905 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44267/json -c 100 --threads 1 -t 5 -w 2 --server-pid 19925 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44459/json -c 100 --threads 1 -t 5 -w 2 --server-pid 19945 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42455/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 19969 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44297/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 19994 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34595/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 20017 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33669/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 20037 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46359/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20061 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44767/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20085 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32777/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20109 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44095/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20129 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39521/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 20153 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45353/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 20178 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42755/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 20201 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35423/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 20222 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37431/json -c 100 --threads 1 -t 5 -w 2 --server-pid 20246 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32921/json -c 100 --threads 1 -t 5 -w 2 --server-pid 20271 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32987/json -c 100 --threads 1 -t 5 -w 2 --server-pid 20294 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46553/json -c 100 --threads 1 -t 5 -w 2 --server-pid 20314 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33723/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 20338 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38917/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 20373 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37621/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 20397 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33079/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 20475 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42709/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20499 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41497/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20524 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41391/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20548 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38803/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20568 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41391/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 20592 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39749/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 20617 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39665/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 20640 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43781/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 20656 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44419/json -c 100 --threads 1 -t 5 -w 2 --server-pid 20680 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32811/json -c 100 --threads 1 -t 5 -w 2 --server-pid 20705 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34321/json -c 100 --threads 1 -t 5 -w 2 --server-pid 20729 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34555/json -c 100 --threads 1 -t 5 -w 2 --server-pid 20749 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34177/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 20769 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46617/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 20793 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36277/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 20817 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33071/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 20837 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32933/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20861 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=4 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34457/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20885 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=4 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36449/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20908 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=4 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36387/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 20928 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=4 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38459/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 20948 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=4 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34385/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 20973 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=4 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36215/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 20996 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=4 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39935/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 21016 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=4 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41019/json -c 100 --threads 1 -t 5 -w 2 --server-pid 21040 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=4 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43407/json -c 100 --threads 1 -t 5 -w 2 --server-pid 21064 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=4 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43667/json -c 100 --threads 1 -t 5 -w 2 --server-pid 21087 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=4 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44285/json -c 100 --threads 1 -t 5 -w 2 --server-pid 21107 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=4 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44623/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 21127 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=4 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43045/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 21151 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=4 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39401/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 21175 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=4 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36967/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 21195 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=4 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43937/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 21215 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=5 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44739/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 21240 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=5 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46627/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 21263 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=5 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33651/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 21283 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=5 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38839/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 21307 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=5 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42969/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 21332 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=5 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37219/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 21356 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=5 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38991/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 21376 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=5 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40261/json -c 100 --threads 1 -t 5 -w 2 --server-pid 21400 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=5 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34271/json -c 100 --threads 1 -t 5 -w 2 --server-pid 21424 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=5 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45731/json -c 100 --threads 1 -t 5 -w 2 --server-pid 21448 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=5 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36663/json -c 100 --threads 1 -t 5 -w 2 --server-pid 21468 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=5 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37463/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 21492 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=5 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43043/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 21517 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=5 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41223/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 21540 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=5 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45651/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 21560 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=5 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42321/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21585 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34631/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21612 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45251/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21638 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36385/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21661 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34569/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21687 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39607/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21714 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38101/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21740 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33563/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21763 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39067/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21789 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43129/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21816 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38801/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21842 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42293/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21864 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41207/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21890 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=4 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42001/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21917 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=4 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41467/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21943 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=4 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42069/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21965 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=4 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34065/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 21991 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=5 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44999/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22018 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=5 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46875/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22044 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=5 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46133/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22066 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=5 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35925/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22093 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36727/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22120 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38997/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22146 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35911/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22168 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46431/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22194 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39119/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22221 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44453/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22247 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39729/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22265 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42301/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22291 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33295/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22318 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45441/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22344 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32895/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22366 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37739/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22388 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=4 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46271/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22415 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=4 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39559/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22441 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=4 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38307/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22463 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=4 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44031/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22506 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=5 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33555/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22533 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=5 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34043/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22559 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=5 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46257/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 22581 --record bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=5 
target/release/percore-bench report --records bench/results/2026-12-05-vm/web-5runs/web-records.jsonl --out bench/results/2026-12-05-vm/web-5runs --name web --title HTTP\ services:\ percore-web\ against\ hyper\ and\ actix-web\,\ 2026-12-05\ on\ vm --op request --intro percore-hello\ \(apps/hello\,\ 55\ lines\ on\ percore-web\)\ runs\ on\ its\ built-in\ defaults:\ one\ worker\ per\ server\ CPU\,\ access\ log\ off.\ hyper-web\ and\ actix-web\ \(bench/peers\)\ answer\ the\ same\ routes\ as\ their\ own\ guides\ write\ handlers:\ hyper\ 1.x\ http1\ with\ pipeline_flush\ \(as\ TechEmpower\'s\ hyper\ entry\)\ on\ one\ tokio\ current-thread\ runtime\ per\ server\ CPU\,\ each\ pinned\ with\ its\ own\ SO_REUSEPORT\ listener\;\ actix-web\ 4\ with\ one\ worker\ per\ server\ CPU.\ Every\ server\ sends\ Server\,\ Date\,\ Content-Type\ and\ Content-Length.\ wrk\ keeps\ 100\ connections\ alive\;\ in\ the\ pipelined\ test\ each\ connection\ writes\ 16\ requests\ at\ once\ \(wrk\'s\ pipeline\ script\,\ as\ TechEmpower\ runs\ it\).\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=5\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=hyper\ 1.13.0\,\ tokio\ 1.54.1\,\ actix-web\ 4.18.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=6bfe408 --commands bench/results/2026-12-05-vm/web-5runs/web-commands.sh 
