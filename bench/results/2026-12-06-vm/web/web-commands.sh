taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38715/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25152 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33183/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25176 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41899/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25199 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44473/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25216 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33313/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25240 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42943/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25265 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33223/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25288 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42317/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25308 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44069/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25332 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35451/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25356 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41569/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25379 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37977/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25399 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41133/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25423 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41215/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25449 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42521/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25472 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39429/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25492 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39033/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25512 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33535/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25537 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42053/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25560 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44423/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25580 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41671/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25604 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39615/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25629 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42947/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25652 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43719/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25668 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43201/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25688 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36289/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25712 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44653/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25736 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34607/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25756 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45289/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25776 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46617/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25802 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44385/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25876 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37817/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25948 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37293/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 26085 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33367/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 26109 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36787/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 26147 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33459/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 26224 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45559/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26244 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43573/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26268 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44107/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26291 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34791/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26307 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44351/json -c 100 --threads 1 -t 5 -w 2 --server-pid 26327 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35095/json -c 100 --threads 1 -t 5 -w 2 --server-pid 26351 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34745/json -c 100 --threads 1 -t 5 -w 2 --server-pid 26374 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43269/json -c 100 --threads 1 -t 5 -w 2 --server-pid 26390 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32991/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 26414 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34899/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 26439 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34791/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 26463 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41169/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 26479 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38171/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26510 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39547/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26537 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38943/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26563 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46115/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26585 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43157/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26611 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36793/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26637 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37163/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26663 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37545/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26685 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45711/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26711 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35805/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26738 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39619/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26764 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39665/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26786 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34493/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26813 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36101/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26840 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38365/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26866 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33043/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26888 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38341/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26914 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40495/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26941 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46583/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26967 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42941/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 26985 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39409/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27007 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41533/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27034 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40783/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27060 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35923/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27082 --record bench/results/2026-12-06-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-06-vm/web/web-records.jsonl --out bench/results/2026-12-06-vm/web --name web --title HTTP\ services:\ percore-web\ against\ hyper\ and\ actix-web\,\ 2026-12-06\ on\ vm --op request --intro percore-hello\ \(apps/hello\,\ 59\ lines\ on\ percore-web\)\ runs\ on\ its\ built-in\ defaults:\ one\ worker\ per\ server\ CPU\,\ access\ log\ off.\ hyper-web\ and\ actix-web\ \(bench/peers\)\ answer\ the\ same\ routes\ as\ their\ own\ guides\ write\ handlers:\ hyper\ 1.x\ http1\ with\ pipeline_flush\ \(as\ TechEmpower\'s\ hyper\ entry\)\ on\ one\ tokio\ current-thread\ runtime\ per\ server\ CPU\,\ each\ pinned\ with\ its\ own\ SO_REUSEPORT\ listener\;\ actix-web\ 4\ with\ one\ worker\ per\ server\ CPU.\ Every\ server\ sends\ Server\,\ Date\,\ Content-Type\ and\ Content-Length.\ wrk\ keeps\ 100\ connections\ alive\;\ in\ the\ pipelined\ test\ each\ connection\ writes\ 16\ requests\ at\ once\ \(wrk\'s\ pipeline\ script\,\ as\ TechEmpower\ runs\ it\).\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=hyper\ 1.13.0\,\ tokio\ 1.54.1\,\ actix-web\ 4.18.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=2786633-dirty --commands bench/results/2026-12-06-vm/web/web-commands.sh 
