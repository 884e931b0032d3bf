taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44701/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 14230 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40547/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 14254 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45607/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 14286 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43263/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14302 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45923/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14327 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36077/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14358 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38493/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14375 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39277/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14400 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37353/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14433 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41041/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14450 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38981/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14520 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38651/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14551 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38953/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 14567 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36309/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 14596 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38153/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 14628 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35743/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 14644 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39731/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 14676 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44545/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 14708 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41989/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 14724 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35623/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 14748 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44695/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 14780 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38203/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14804 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35975/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14879 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35825/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14910 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44815/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14934 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35909/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14959 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35669/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14992 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46875/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15009 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34357/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15039 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37507/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15071 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33205/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 15087 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40967/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 15113 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38387/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 15145 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44117/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 15162 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44013/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 15186 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32931/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 15218 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46635/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 15234 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33265/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 15259 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42031/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 15290 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35787/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15306 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40755/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15340 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39869/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15420 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41331/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15437 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36705/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15462 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40061/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15494 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34313/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15511 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34397/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15542 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34537/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 15574 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40909/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 15590 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39391/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 15616 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46473/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 15648 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34439/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 15665 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33401/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 15690 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37075/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 15722 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34093/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15739 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37581/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15766 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39559/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15800 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38453/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15819 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46043/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15846 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42695/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15880 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37695/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15899 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33519/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15926 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41133/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15960 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41055/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15979 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34429/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 16006 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35137/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 16041 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34949/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 16060 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44979/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 16087 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41003/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 16121 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40619/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 16140 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35079/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 16167 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37571/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 16201 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:38307 -c 10000 --hold 1 --server-pid 16223 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:34163 -c 10000 --hold 1 --server-pid 16242 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43003 -c 10000 --hold 1 --server-pid 16269 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42681 -c 10000 --hold 1 --server-pid 16282 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43433 -c 10000 --hold 1 --server-pid 16302 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:39633 -c 10000 --hold 1 --server-pid 16329 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43435 -c 10000 --hold 1 --server-pid 16342 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:46627 -c 10000 --hold 1 --server-pid 16362 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:36433 -c 10000 --hold 1 --server-pid 16389 --record bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-04-vm-xeon/http/http-records.jsonl --out bench/results/2026-12-04-vm-xeon/http --name http --title HTTP:\ percore-static\ against\ nginx\,\ 2026-12-04\ on\ vm --op request --intro percore-static\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ files\ up\ to\ 64\ KiB\ from\ a\ per-core\ cache\,\ larger\ ones\ by\ sendfile\ on\ the\ worker\ when\ the\ page\ cache\ holds\ them\)\;\ nginx\ runs\ with\ the\ configuration\ in\ http-nginx.conf\ \(one\ worker\ per\ server\ CPU\,\ sendfile\ on\ and\ tcp_nopush\ on\ as\ Debian\'s\ nginx.conf\ has\ them\,\ keepalive_timeout\ 65\ as\ nginx\'s\ sample\ configuration\ has\ it\,\ access\ log\ off\,\ worker_connections\ 16384\ for\ the\ idle\ test\,\ its\ defaults\ otherwise\,\ so\ no\ open-file\ cache\).\ wrk\ keeps\ 100\ connections\ alive\ and\ sends\ the\ next\ request\ as\ each\ response\ ends\;\ for\ the\ mix\ of\ distinct\ files\ each\ request\ names\ one\ of\ them\ at\ random.\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peer=nginx/1.22.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=28028ed --commands bench/results/2026-12-04-vm-xeon/http/http-commands.sh 
