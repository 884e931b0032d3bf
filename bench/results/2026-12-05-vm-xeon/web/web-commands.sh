taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46089/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25209 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38445/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25234 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40715/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25258 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38617/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25278 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36597/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25302 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34817/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25328 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43029/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25351 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42935/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 25367 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44499/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25415 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46451/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25436 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43029/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25818 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33039/json -c 100 --threads 1 -t 5 -w 2 --server-pid 25838 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42501/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25862 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44681/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25887 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34243/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25911 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34135/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 25931 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44539/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 25989 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42849/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 26061 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39325/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 26115 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46335/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 26153 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40911/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26177 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33387/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26202 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45045/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26246 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41639/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26266 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39105/json -c 100 --threads 1 -t 5 -w 2 --server-pid 26327 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41869/json -c 100 --threads 1 -t 5 -w 2 --server-pid 26404 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32829/json -c 100 --threads 1 -t 5 -w 2 --server-pid 26460 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39017/json -c 100 --threads 1 -t 5 -w 2 --server-pid 26529 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34725/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 26560 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36061/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 26585 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40415/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 26658 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45309/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 26687 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34791/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 26711 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42703/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 26735 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44467/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 26775 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45849/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 26825 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41373/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26865 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39669/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26906 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35259/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26930 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45591/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 26971 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39593/json -c 100 --threads 1 -t 5 -w 2 --server-pid 26995 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42833/json -c 100 --threads 1 -t 5 -w 2 --server-pid 27076 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41311/json -c 100 --threads 1 -t 5 -w 2 --server-pid 27108 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38835/json -c 100 --threads 1 -t 5 -w 2 --server-pid 27128 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43355/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 27152 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38607/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 27176 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37243/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 27199 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37833/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 27219 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35007/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27244 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37411/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27272 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34265/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27298 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39089/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27320 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40069/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27346 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35155/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27373 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35473/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27399 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43307/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27417 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44939/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27439 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38113/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27466 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40141/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27492 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38551/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27514 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46861/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27541 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40239/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27568 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41285/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27594 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45331/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27616 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34385/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27642 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46633/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27669 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35703/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27695 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41711/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27717 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41329/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27759 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36511/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27786 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45179/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27812 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32769/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27834 --record bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-05-vm-xeon/web/web-records.jsonl --out bench/results/2026-12-05-vm-xeon/web --name web --title HTTP\ services:\ percore-web\ against\ hyper\ and\ actix-web\,\ 2026-12-05\ on\ vm --op request --intro percore-hello\ \(apps/hello\,\ 55\ lines\ on\ percore-web\)\ runs\ on\ its\ built-in\ defaults:\ one\ worker\ per\ server\ CPU\,\ access\ log\ off.\ hyper-web\ and\ actix-web\ \(bench/peers\)\ answer\ the\ same\ routes\ as\ their\ own\ guides\ write\ handlers:\ hyper\ 1.x\ http1\ with\ pipeline_flush\ \(as\ TechEmpower\'s\ hyper\ entry\)\ on\ one\ tokio\ current-thread\ runtime\ per\ server\ CPU\,\ each\ pinned\ with\ its\ own\ SO_REUSEPORT\ listener\;\ actix-web\ 4\ with\ one\ worker\ per\ server\ CPU.\ Every\ server\ sends\ Server\,\ Date\,\ Content-Type\ and\ Content-Length.\ wrk\ keeps\ 100\ connections\ alive\;\ in\ the\ pipelined\ test\ each\ connection\ writes\ 16\ requests\ at\ once\ \(wrk\'s\ pipeline\ script\,\ as\ TechEmpower\ runs\ it\).\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=hyper\ 1.13.0\,\ tokio\ 1.54.1\,\ actix-web\ 4.18.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=51e6df2-dirty --commands bench/results/2026-12-05-vm-xeon/web/web-commands.sh 
