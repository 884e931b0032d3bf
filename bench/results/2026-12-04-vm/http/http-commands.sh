taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32953/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 26371 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44383/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 26395 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46023/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 26426 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40571/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26443 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33029/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26469 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42209/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26501 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42925/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26519 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45233/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26545 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34661/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26577 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41369/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26594 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45677/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26625 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35769/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26657 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38527/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 26674 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42555/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 26701 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46479/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 26733 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34147/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 26750 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44525/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 26774 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46203/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 26805 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33001/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 26821 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43489/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 26846 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37119/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 26877 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46509/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26894 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45971/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26920 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33171/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26952 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35269/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26969 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33903/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 26995 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38203/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27026 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44841/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27043 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33471/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27075 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35473/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27107 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43547/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 27124 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37727/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 27150 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36815/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 27182 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33681/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 27199 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42155/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 27224 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33605/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 27251 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33655/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 27268 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44801/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 27293 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34387/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 27324 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35397/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27341 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42757/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27366 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38927/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27398 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36327/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27415 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37593/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27441 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38679/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27472 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36559/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27489 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39569/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27524 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42761/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 27556 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44431/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 27572 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36067/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 27615 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41043/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 27647 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41187/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 27664 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35729/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 27688 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45615/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 27719 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33691/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27737 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46469/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27764 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42421/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27797 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39451/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27816 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33995/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27843 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39051/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27879 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38783/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27898 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41323/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27925 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43381/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27959 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43223/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 27979 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41965/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 28006 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46845/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 28041 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44409/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 28060 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38861/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 28087 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37961/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 28121 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38615/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 28140 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40229/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 28167 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37287/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 28201 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:40385 -c 10000 --hold 1 --server-pid 28223 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:33627 -c 10000 --hold 1 --server-pid 28243 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37419 -c 10000 --hold 1 --server-pid 28271 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:44567 -c 10000 --hold 1 --server-pid 28284 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:46815 -c 10000 --hold 1 --server-pid 28304 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:34999 -c 10000 --hold 1 --server-pid 28332 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:44723 -c 10000 --hold 1 --server-pid 28345 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:40857 -c 10000 --hold 1 --server-pid 28365 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42439 -c 10000 --hold 1 --server-pid 28393 --record bench/results/2026-12-04-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-04-vm/http/http-records.jsonl --out bench/results/2026-12-04-vm/http --name http --title HTTP:\ percore-static\ against\ nginx\,\ 2026-12-04\ on\ vm --op request --intro percore-static\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ files\ up\ to\ 64\ KiB\ from\ a\ per-core\ cache\,\ larger\ ones\ by\ sendfile\ on\ the\ worker\ when\ the\ page\ cache\ holds\ them\)\;\ nginx\ runs\ with\ the\ configuration\ in\ http-nginx.conf\ \(one\ worker\ per\ server\ CPU\,\ sendfile\ on\ and\ tcp_nopush\ on\ as\ Debian\'s\ nginx.conf\ has\ them\,\ keepalive_timeout\ 65\ as\ nginx\'s\ sample\ configuration\ has\ it\,\ access\ log\ off\,\ worker_connections\ 16384\ for\ the\ idle\ test\,\ its\ defaults\ otherwise\,\ so\ no\ open-file\ cache\).\ wrk\ keeps\ 100\ connections\ alive\ and\ sends\ the\ next\ request\ as\ each\ response\ ends\;\ for\ the\ mix\ of\ distinct\ files\ each\ request\ names\ one\ of\ them\ at\ random.\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 10\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peer=nginx/1.22.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=1e4f0b2 --commands bench/results/2026-12-04-vm/http/http-commands.sh 
