taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42457/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 5682 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41821/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 5763 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33055/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 5804 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42689/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 5843 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35119/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 5868 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34079/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 5895 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45577/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 5976 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44215/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 6054 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45921/json -c 100 --threads 1 -t 10 -w 2 --server-pid 6153 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44869/json -c 100 --threads 1 -t 10 -w 2 --server-pid 6284 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41701/json -c 100 --threads 1 -t 10 -w 2 --server-pid 6371 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42523/json -c 100 --threads 1 -t 10 -w 2 --server-pid 6391 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45735/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 6415 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46429/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 6440 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46503/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 6464 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34871/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 6484 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44689/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 6508 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42105/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 6532 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34807/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 6555 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46339/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 6575 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34033/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 6599 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42787/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 6625 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36201/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 6648 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40957/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 6668 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45569/json -c 100 --threads 1 -t 10 -w 2 --server-pid 6692 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45187/json -c 100 --threads 1 -t 10 -w 2 --server-pid 6716 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34661/json -c 100 --threads 1 -t 10 -w 2 --server-pid 6739 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34179/json -c 100 --threads 1 -t 10 -w 2 --server-pid 6759 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43085/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 6783 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37283/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 6840 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45469/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 6865 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40063/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 6885 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46379/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 6909 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40909/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 6945 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36347/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 6968 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45613/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 6984 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36465/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 7008 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43291/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 7033 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35707/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 7052 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33373/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 7068 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46237/json -c 100 --threads 1 -t 10 -w 2 --server-pid 7088 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33903/json -c 100 --threads 1 -t 10 -w 2 --server-pid 7114 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43205/json -c 100 --threads 1 -t 10 -w 2 --server-pid 7137 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43593/json -c 100 --threads 1 -t 10 -w 2 --server-pid 7153 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34933/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 7177 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42617/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 7206 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33353/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 7229 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42713/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 7249 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33745/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7274 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33921/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7301 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34893/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7327 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43671/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7350 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37545/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7393 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41713/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7420 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33641/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7446 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45461/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7468 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43931/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7494 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35439/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7523 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46209/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7549 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41165/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7567 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35529/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7590 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36785/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7616 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42433/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7642 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38795/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7664 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41905/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7690 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38045/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7716 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44849/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7742 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33369/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7765 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39899/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7791 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40587/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7818 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37585/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7844 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45149/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 7867 --record bench/results/2026-12-03-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-03-vm/web-records.jsonl --out bench/results/2026-12-03-vm --name web --title HTTP\ services:\ percore-web\ against\ hyper\ and\ actix-web\,\ 2026-12-03\ on\ vm --op request --intro percore-hello\ \(apps/hello\,\ 55\ lines\ on\ percore-web\)\ runs\ on\ its\ built-in\ defaults:\ one\ worker\ per\ server\ CPU\,\ access\ log\ off.\ hyper-web\ and\ actix-web\ \(bench/peers\)\ answer\ the\ same\ routes\ as\ their\ own\ guides\ write\ handlers:\ hyper\ 1.x\ http1\ with\ pipeline_flush\ \(as\ TechEmpower\'s\ hyper\ entry\)\ on\ one\ tokio\ current-thread\ runtime\ per\ server\ CPU\,\ each\ pinned\ with\ its\ own\ SO_REUSEPORT\ listener\;\ actix-web\ 4\ with\ one\ worker\ per\ server\ CPU.\ Every\ server\ sends\ Server\,\ Date\,\ Content-Type\ and\ Content-Length.\ wrk\ keeps\ 100\ connections\ alive\;\ in\ the\ pipelined\ test\ each\ connection\ writes\ 16\ requests\ at\ once\ \(wrk\'s\ pipeline\ script\,\ as\ TechEmpower\ runs\ it\).\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 10\ s\ measured\;\ strace\ window\ 5\ s --meta percore=43c8ef1-dirty --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=hyper\ 1.13.0\,\ tokio\ 1.54.1\,\ actix-web\ 4.18.1\,\ wrk\ debian/4.1.0-3+b2 --commands bench/results/2026-12-03-vm/web-commands.sh 
