taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44951/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2167 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38367/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2192 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42391/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2216 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35379/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2232 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33971/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 2256 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42453/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 2281 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41331/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 2305 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37189/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 2325 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38131/json -c 100 --threads 1 -t 5 -w 2 --server-pid 2349 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35991/json -c 100 --threads 1 -t 5 -w 2 --server-pid 2373 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39419/json -c 100 --threads 1 -t 5 -w 2 --server-pid 2397 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39873/json -c 100 --threads 1 -t 5 -w 2 --server-pid 2417 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42125/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 2441 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41009/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 2466 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46037/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 2490 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38105/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 2510 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39087/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2534 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39661/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2555 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36937/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2580 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34817/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2600 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42639/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 2624 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37775/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 2682 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41603/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 2706 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36177/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 2726 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44389/json -c 100 --threads 1 -t 5 -w 2 --server-pid 2750 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44595/json -c 100 --threads 1 -t 5 -w 2 --server-pid 2775 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40177/json -c 100 --threads 1 -t 5 -w 2 --server-pid 2799 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40055/json -c 100 --threads 1 -t 5 -w 2 --server-pid 2819 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38091/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 2843 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34969/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 2867 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40931/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 2891 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33485/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 2907 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35927/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2931 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39713/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2956 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44355/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2979 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43251/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 2999 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45643/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3023 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33105/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3047 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43357/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3070 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46415/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3090 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46207/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3110 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36383/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3135 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34279/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3158 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36207/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3178 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40603/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3202 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42207/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3227 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36745/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3251 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40399/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3271 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42495/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3296 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44955/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3323 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46559/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3349 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37601/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3371 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44485/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3397 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40103/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3424 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45647/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3450 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37113/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3472 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38825/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3498 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41071/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3524 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38745/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3550 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40649/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3572 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43585/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3599 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39587/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3625 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45093/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3651 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38163/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3673 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34013/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3699 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35001/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3726 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37293/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3753 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39011/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3775 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36007/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3801 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40469/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3828 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44713/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3854 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33275/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 3876 --record bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-records.jsonl --out bench/results/2026-12-06-vm-xeon/web-actix-nodelay --name web --title HTTP\ services:\ percore-web\ against\ hyper\ and\ actix-web\,\ 2026-12-06\ on\ vm --op request --intro percore-hello\ \(apps/hello\,\ 59\ lines\ on\ percore-web\)\ runs\ on\ its\ built-in\ defaults:\ one\ worker\ per\ server\ CPU\,\ access\ log\ off.\ hyper-web\ and\ actix-web\ \(bench/peers\)\ answer\ the\ same\ routes\ as\ their\ own\ guides\ write\ handlers:\ hyper\ 1.x\ http1\ with\ pipeline_flush\ \(as\ TechEmpower\'s\ hyper\ entry\)\ on\ one\ tokio\ current-thread\ runtime\ per\ server\ CPU\,\ each\ pinned\ with\ its\ own\ SO_REUSEPORT\ listener\;\ actix-web\ 4\ with\ one\ worker\ per\ server\ CPU.\ Every\ server\ sends\ Server\,\ Date\,\ Content-Type\ and\ Content-Length.\ wrk\ keeps\ 100\ connections\ alive\;\ in\ the\ pipelined\ test\ each\ connection\ writes\ 16\ requests\ at\ once\ \(wrk\'s\ pipeline\ script\,\ as\ TechEmpower\ runs\ it\).\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=hyper\ 1.13.0\,\ tokio\ 1.54.1\,\ actix-web\ 4.18.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=e408213 --commands bench/results/2026-12-06-vm-xeon/web-actix-nodelay/web-commands.sh 
