taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46011/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 29508 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36863/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 29540 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33765/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 29580 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41437/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 29601 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43157/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 29626 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35841/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 29650 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39319/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 29673 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40865/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 29689 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46859/json -c 100 --threads 1 -t 5 -w 2 --server-pid 29714 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40661/json -c 100 --threads 1 -t 5 -w 2 --server-pid 29738 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42397/json -c 100 --threads 1 -t 5 -w 2 --server-pid 29761 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41083/json -c 100 --threads 1 -t 5 -w 2 --server-pid 29777 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45313/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 29798 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43163/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 29822 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44413/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 29845 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38687/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 29861 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40177/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 29882 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41167/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 29905 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45037/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 29921 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35035/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 29942 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39163/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 29967 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45903/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 29990 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43625/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 30006 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45903/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 30026 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45793/json -c 100 --threads 1 -t 5 -w 2 --server-pid 30052 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46805/json -c 100 --threads 1 -t 5 -w 2 --server-pid 30075 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37673/json -c 100 --threads 1 -t 5 -w 2 --server-pid 30095 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40915/json -c 100 --threads 1 -t 5 -w 2 --server-pid 30115 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41113/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 30140 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39919/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 30163 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44231/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 30179 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43047/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 30199 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33785/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 30224 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41879/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 30240 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37197/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 30264 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41395/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 30288 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41633/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 30312 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45851/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 30328 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38927/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 30352 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46843/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 30376 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38855/json -c 100 --threads 1 -t 5 -w 2 --server-pid 30400 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38297/json -c 100 --threads 1 -t 5 -w 2 --server-pid 30416 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42901/json -c 100 --threads 1 -t 5 -w 2 --server-pid 30440 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35607/json -c 100 --threads 1 -t 5 -w 2 --server-pid 30464 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45401/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 30488 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35131/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 30505 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41467/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 30525 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36445/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 30549 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42731/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30574 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39375/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30598 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41343/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30621 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42947/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30641 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35833/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30666 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35459/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30689 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36353/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30709 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35225/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30733 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46215/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30758 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41085/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30774 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46801/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30798 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40687/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30823 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45125/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30848 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41155/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30873 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43001/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30896 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44063/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30912 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38693/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30949 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44485/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30972 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46115/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30992 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39777/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 31016 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40649/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 31041 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33393/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 31058 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43207/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 31082 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36299/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 31106 --record bench/results/2026-12-07-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-07-vm/web/web-records.jsonl --out bench/results/2026-12-07-vm/web --name web --title HTTP\ services:\ percore-web\ against\ hyper\ and\ actix-web\,\ 2026-12-07\ on\ vm --op request --intro percore-hello\ \(apps/hello\,\ 59\ lines\ on\ percore-web\)\ runs\ on\ its\ built-in\ defaults:\ one\ worker\ per\ server\ CPU\,\ access\ log\ off.\ hyper-web\ and\ actix-web\ \(bench/peers\)\ answer\ the\ same\ routes\ as\ their\ own\ guides\ write\ handlers:\ hyper\ 1.x\ http1\ with\ pipeline_flush\ \(as\ TechEmpower\'s\ hyper\ entry\)\ on\ one\ tokio\ current-thread\ runtime\ per\ server\ CPU\,\ each\ pinned\ with\ its\ own\ SO_REUSEPORT\ listener\;\ actix-web\ 4\ with\ one\ worker\ per\ server\ CPU.\ Every\ server\ sends\ Server\,\ Date\,\ Content-Type\ and\ Content-Length.\ wrk\ keeps\ 100\ connections\ alive\;\ in\ the\ pipelined\ test\ each\ connection\ writes\ 16\ requests\ at\ once\ \(wrk\'s\ pipeline\ script\,\ as\ TechEmpower\ runs\ it\).\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\ \(each\ run\ starting\ one\ server\ later\)\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ syscall\ window\ 5\ s\ \(perf\ stat\) --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=hyper\ 1.13.0\,\ tokio\ 1.54.1\,\ actix-web\ 4.18.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=774b913 --commands bench/results/2026-12-07-vm/web/web-commands.sh 
