taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35129/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 3249 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43939/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 3273 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39689/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 3297 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35077/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 3317 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33561/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3341 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38097/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3365 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38537/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3390 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45363/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3410 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39161/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3434 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37759/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3459 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45853/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3482 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34451/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3502 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36855/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3526 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37283/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3551 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38171/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3574 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34489/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3594 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45709/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 3618 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40851/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 3643 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44423/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 3667 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40625/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 3687 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38611/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3711 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33333/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3735 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43327/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3758 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33461/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 3778 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39311/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3803 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39413/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3828 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44223/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3852 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36611/json -c 100 --threads 1 -t 5 -w 2 --server-pid 3872 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36257/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3896 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41865/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3921 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42217/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3945 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33087/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 3965 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42843/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 3989 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34519/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 4013 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46009/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 4037 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43867/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 4057 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45161/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 4081 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39565/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 4106 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35631/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 4129 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36423/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 4149 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36499/json -c 100 --threads 1 -t 5 -w 2 --server-pid 4173 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37215/json -c 100 --threads 1 -t 5 -w 2 --server-pid 4198 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37145/json -c 100 --threads 1 -t 5 -w 2 --server-pid 4221 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44029/json -c 100 --threads 1 -t 5 -w 2 --server-pid 4237 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39721/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 4261 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45237/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 4286 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36847/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 4309 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33393/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 4329 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43455/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4355 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37173/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4382 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44345/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4408 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45619/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4430 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36611/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4456 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41283/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4483 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44063/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4509 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42961/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4531 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33133/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4553 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38263/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4580 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37273/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4606 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46671/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4628 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38671/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4655 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46707/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4682 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42111/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4708 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41183/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4726 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38711/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4760 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36417/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4905 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34919/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4955 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41079/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 4981 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37767/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 5009 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41699/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 5040 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44413/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 5070 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43595/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 5096 --record bench/results/2026-12-05-vm/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-05-vm/web/web-records.jsonl --out bench/results/2026-12-05-vm/web --name web --title HTTP\ services:\ percore-web\ against\ hyper\ and\ actix-web\,\ 2026-12-05\ on\ vm --op request --intro percore-hello\ \(apps/hello\,\ 55\ lines\ on\ percore-web\)\ runs\ on\ its\ built-in\ defaults:\ one\ worker\ per\ server\ CPU\,\ access\ log\ off.\ hyper-web\ and\ actix-web\ \(bench/peers\)\ answer\ the\ same\ routes\ as\ their\ own\ guides\ write\ handlers:\ hyper\ 1.x\ http1\ with\ pipeline_flush\ \(as\ TechEmpower\'s\ hyper\ entry\)\ on\ one\ tokio\ current-thread\ runtime\ per\ server\ CPU\,\ each\ pinned\ with\ its\ own\ SO_REUSEPORT\ listener\;\ actix-web\ 4\ with\ one\ worker\ per\ server\ CPU.\ Every\ server\ sends\ Server\,\ Date\,\ Content-Type\ and\ Content-Length.\ wrk\ keeps\ 100\ connections\ alive\;\ in\ the\ pipelined\ test\ each\ connection\ writes\ 16\ requests\ at\ once\ \(wrk\'s\ pipeline\ script\,\ as\ TechEmpower\ runs\ it\).\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=hyper\ 1.13.0\,\ tokio\ 1.54.1\,\ actix-web\ 4.18.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=fdf7204 --commands bench/results/2026-12-05-vm/web/web-commands.sh 
