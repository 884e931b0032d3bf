taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44031/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 400 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39879/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 425 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36833/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 448 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43309/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 468 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38333/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 492 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38635/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 516 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36471/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 539 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40067/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 559 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38329/json -c 100 --threads 1 -t 5 -w 2 --server-pid 583 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35525/json -c 100 --threads 1 -t 5 -w 2 --server-pid 608 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44353/json -c 100 --threads 1 -t 5 -w 2 --server-pid 632 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41895/json -c 100 --threads 1 -t 5 -w 2 --server-pid 648 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44435/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 672 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33545/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 697 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38007/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 721 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41893/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 741 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42857/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 765 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45911/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 791 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41101/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 815 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43069/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 835 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45789/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 859 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39673/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 884 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34997/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 908 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44491/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 928 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35883/json -c 100 --threads 1 -t 5 -w 2 --server-pid 952 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37153/json -c 100 --threads 1 -t 5 -w 2 --server-pid 976 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35805/json -c 100 --threads 1 -t 5 -w 2 --server-pid 999 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35263/json -c 100 --threads 1 -t 5 -w 2 --server-pid 1019 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42233/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 1043 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42243/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 1068 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42847/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 1098 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37873/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 1126 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33743/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 1150 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45541/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 1175 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34847/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 1198 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45353/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 1218 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33201/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 1242 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43979/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 1268 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40393/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 1291 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44731/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 1311 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46183/json -c 100 --threads 1 -t 5 -w 2 --server-pid 1331 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38653/json -c 100 --threads 1 -t 5 -w 2 --server-pid 1356 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43005/json -c 100 --threads 1 -t 5 -w 2 --server-pid 1379 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43527/json -c 100 --threads 1 -t 5 -w 2 --server-pid 1399 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46389/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 1423 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33779/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 1448 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44891/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 1471 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42775/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 1487 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38141/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1512 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37587/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1539 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39561/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1565 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38669/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1587 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45823/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1613 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40781/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1640 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42823/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1666 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43861/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1688 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41249/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1714 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39523/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1741 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46587/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1767 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44819/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1789 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39261/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1816 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37899/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1843 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45031/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1886 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37287/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1908 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43125/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1932 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42489/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1959 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41561/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 1985 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45685/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2007 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42965/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2033 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33165/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2060 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44503/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2086 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39941/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2108 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --out bench/results/2026-12-05-vm-xeon/web --name web --title HTTP\ services:\ percore-web\ against\ hyper\ and\ actix-web\,\ 2026-12-05\ on\ vm --op request --intro percore-hello\ \(apps/hello\,\ 55\ lines\ on\ percore-web\)\ runs\ on\ its\ built-in\ defaults:\ one\ worker\ per\ server\ CPU\,\ access\ log\ off.\ hyper-web\ and\ actix-web\ \(bench/peers\)\ answer\ the\ same\ routes\ as\ their\ own\ guides\ write\ handlers:\ hyper\ 1.x\ http1\ with\ pipeline_flush\ \(as\ TechEmpower\'s\ hyper\ entry\)\ on\ one\ tokio\ current-thread\ runtime\ per\ server\ CPU\,\ each\ pinned\ with\ its\ own\ SO_REUSEPORT\ listener\;\ actix-web\ 4\ with\ one\ worker\ per\ server\ CPU.\ Every\ server\ sends\ Server\,\ Date\,\ Content-Type\ and\ Content-Length.\ wrk\ keeps\ 100\ connections\ alive\;\ in\ the\ pipelined\ test\ each\ connection\ writes\ 16\ requests\ at\ once\ \(wrk\'s\ pipeline\ script\,\ as\ TechEmpower\ runs\ it\).\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=hyper\ 1.13.0\,\ tokio\ 1.54.1\,\ actix-web\ 4.18.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=bb69f64 --commands bench/results/2026-12-05-vm-xeon/web/web-commands.sh 
