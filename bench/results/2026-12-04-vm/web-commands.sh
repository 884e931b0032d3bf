taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43153/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 1485 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44313/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 1510 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42271/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 1533 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44009/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 1553 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40059/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 1588 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44999/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 1679 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43357/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 1702 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46251/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 1718 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38871/json -c 100 --threads 1 -t 10 -w 2 --server-pid 1738 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40563/json -c 100 --threads 1 -t 10 -w 2 --server-pid 1762 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33633/json -c 100 --threads 1 -t 10 -w 2 --server-pid 1785 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34015/json -c 100 --threads 1 -t 10 -w 2 --server-pid 1801 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36693/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 1821 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42265/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 1846 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37605/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 1869 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39733/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 1889 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43469/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 1913 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44267/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 1937 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33303/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 1960 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46811/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 1980 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44105/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 2000 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39397/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 2024 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34863/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 2047 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33849/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 2067 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43193/json -c 100 --threads 1 -t 10 -w 2 --server-pid 2091 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41785/json -c 100 --threads 1 -t 10 -w 2 --server-pid 2116 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40161/json -c 100 --threads 1 -t 10 -w 2 --server-pid 2139 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36525/json -c 100 --threads 1 -t 10 -w 2 --server-pid 2159 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32885/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 2179 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33707/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 2204 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44531/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 2227 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33979/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 2248 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34025/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 2272 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38015/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 2296 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32857/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 2319 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36885/plaintext -c 100 --threads 1 -t 10 -w 2 --server-pid 2339 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43251/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 2363 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45777/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 2389 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43887/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 2408 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44317/plaintext --pipeline 16 -c 100 --threads 1 -t 10 -w 2 --server-pid 2444 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40587/json -c 100 --threads 1 -t 10 -w 2 --server-pid 2468 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34129/json -c 100 --threads 1 -t 10 -w 2 --server-pid 2492 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38987/json -c 100 --threads 1 -t 10 -w 2 --server-pid 2516 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46601/json -c 100 --threads 1 -t 10 -w 2 --server-pid 2536 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39213/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 2560 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40895/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 2584 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35551/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 2607 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38235/echo --body-size 4096 -c 100 --threads 1 -t 10 -w 2 --server-pid 2627 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36103/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2652 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34613/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2678 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38145/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2703 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45393/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2725 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37721/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2751 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44755/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2778 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42807/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2804 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43955/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2826 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42791/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2852 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39853/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2879 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37721/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2905 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39315/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2927 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39565/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2950 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34429/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 2977 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36707/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3003 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35391/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3026 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38237/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3052 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40257/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3079 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41073/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3105 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35489/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3127 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42547/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3154 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43291/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3181 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37045/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3207 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39233/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3229 --record bench/results/2026-12-04-vm/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-04-vm/web-records.jsonl --out bench/results/2026-12-04-vm --name web --title HTTP\ services:\ percore-web\ against\ hyper\ and\ actix-web\,\ 2026-12-04\ on\ vm --op request --intro percore-hello\ \(apps/hello\,\ 55\ lines\ on\ percore-web\)\ runs\ on\ its\ built-in\ defaults:\ one\ worker\ per\ server\ CPU\,\ access\ log\ off.\ hyper-web\ and\ actix-web\ \(bench/peers\)\ answer\ the\ same\ routes\ as\ their\ own\ guides\ write\ handlers:\ hyper\ 1.x\ http1\ with\ pipeline_flush\ \(as\ TechEmpower\'s\ hyper\ entry\)\ on\ one\ tokio\ current-thread\ runtime\ per\ server\ CPU\,\ each\ pinned\ with\ its\ own\ SO_REUSEPORT\ listener\;\ actix-web\ 4\ with\ one\ worker\ per\ server\ CPU.\ Every\ server\ sends\ Server\,\ Date\,\ Content-Type\ and\ Content-Length.\ wrk\ keeps\ 100\ connections\ alive\;\ in\ the\ pipelined\ test\ each\ connection\ writes\ 16\ requests\ at\ once\ \(wrk\'s\ pipeline\ script\,\ as\ TechEmpower\ runs\ it\).\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 10\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=hyper\ 1.13.0\,\ tokio\ 1.54.1\,\ actix-web\ 4.18.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=7fa7753-dirty --commands bench/results/2026-12-04-vm/web-commands.sh 
