taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39463/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 17536 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43341/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 17560 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44505/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 17584 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33557/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 17604 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36925/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 17628 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36327/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 17652 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34551/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 17675 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45939/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 17691 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33585/json -c 100 --threads 1 -t 5 -w 2 --server-pid 17715 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34059/json -c 100 --threads 1 -t 5 -w 2 --server-pid 17740 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45209/json -c 100 --threads 1 -t 5 -w 2 --server-pid 17763 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38391/json -c 100 --threads 1 -t 5 -w 2 --server-pid 17783 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40413/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 17807 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41213/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 17832 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33929/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 17855 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46069/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 17875 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45483/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 17899 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35083/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 17923 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45377/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 17946 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33311/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 17966 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46719/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 17990 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43901/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 18014 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36757/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 18037 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33751/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 18057 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45819/json -c 100 --threads 1 -t 5 -w 2 --server-pid 18081 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46009/json -c 100 --threads 1 -t 5 -w 2 --server-pid 18105 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45425/json -c 100 --threads 1 -t 5 -w 2 --server-pid 18129 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36313/json -c 100 --threads 1 -t 5 -w 2 --server-pid 18149 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35355/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 18173 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43075/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 18199 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43363/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 18246 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45767/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 18266 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33773/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 18286 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43705/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 18310 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33337/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 18333 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33217/plaintext -c 100 --threads 1 -t 5 -w 2 --server-pid 18353 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44411/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 18377 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41031/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 18403 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37679/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 18426 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45645/plaintext --pipeline 16 -c 100 --threads 1 -t 5 -w 2 --server-pid 18446 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext\,\ pipelined\ 16 --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36169/json -c 100 --threads 1 -t 5 -w 2 --server-pid 18470 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44021/json -c 100 --threads 1 -t 5 -w 2 --server-pid 18494 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45447/json -c 100 --threads 1 -t 5 -w 2 --server-pid 18518 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38641/json -c 100 --threads 1 -t 5 -w 2 --server-pid 18538 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=JSON --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35325/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 18562 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39839/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 18587 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35373/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 18611 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43747/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 2 --server-pid 18631 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36133/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18656 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45291/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18682 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42009/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18708 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45679/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18730 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33425/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18756 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41587/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18783 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41047/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18809 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42547/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18831 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44151/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18857 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37589/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18883 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46773/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18906 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43027/plaintext -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18928 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=plaintext --tag server=actix-web --tag run=3 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43125/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18955 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41709/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18982 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34029/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19008 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=1 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35581/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19026 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=1 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42237/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19052 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45501/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19078 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41393/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19104 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=2 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45461/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19126 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=2 
taskset -c 0 target/release/percore-hello --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44837/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19162 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-hello --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46255/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19205 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/hyper-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43431/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19231 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=hyper --tag run=3 
taskset -c 0 target/release/actix-web --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36187/echo --body-size 4096 -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19253 --record bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --tag config=POST\ 4\ KiB\ echo --tag server=actix-web --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-06-vm-xeon/web/web-records.jsonl --out bench/results/2026-12-06-vm-xeon/web --name web --title HTTP\ services:\ percore-web\ against\ hyper\ and\ actix-web\,\ 2026-12-06\ on\ vm --op request --intro percore-hello\ \(apps/hello\,\ 59\ lines\ on\ percore-web\)\ runs\ on\ its\ built-in\ defaults:\ one\ worker\ per\ server\ CPU\,\ access\ log\ off.\ hyper-web\ and\ actix-web\ \(bench/peers\)\ answer\ the\ same\ routes\ as\ their\ own\ guides\ write\ handlers:\ hyper\ 1.x\ http1\ with\ pipeline_flush\ \(as\ TechEmpower\'s\ hyper\ entry\)\ on\ one\ tokio\ current-thread\ runtime\ per\ server\ CPU\,\ each\ pinned\ with\ its\ own\ SO_REUSEPORT\ listener\;\ actix-web\ 4\ with\ one\ worker\ per\ server\ CPU.\ Every\ server\ sends\ Server\,\ Date\,\ Content-Type\ and\ Content-Length.\ wrk\ keeps\ 100\ connections\ alive\;\ in\ the\ pipelined\ test\ each\ connection\ writes\ 16\ requests\ at\ once\ \(wrk\'s\ pipeline\ script\,\ as\ TechEmpower\ runs\ it\).\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=hyper\ 1.13.0\,\ tokio\ 1.54.1\,\ actix-web\ 4.18.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=ef6c28c-dirty --commands bench/results/2026-12-06-vm-xeon/web/web-commands.sh 
