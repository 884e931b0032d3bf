taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46205/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 31031 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40919/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 31056 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32825/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 31088 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40283/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31106 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36771/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31131 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39595/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31162 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33095/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31179 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42405/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31204 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44261/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31235 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41867/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31252 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36299/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31299 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42775/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31331 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44829/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 31348 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36035/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 31374 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32879/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 31406 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38491/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 31423 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42453/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 31448 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34649/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 31479 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=404 --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33097/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 31496 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45787/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 31520 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36507/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 31552 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40953/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31569 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42793/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31593 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35543/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31625 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37777/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31642 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35197/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31666 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36813/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31698 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43989/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31715 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33185/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31750 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44499/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 31781 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33937/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 31798 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34449/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 31824 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35801/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 31856 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32949/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 31873 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43007/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 31897 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46807/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 31928 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=404 --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36441/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 31945 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35969/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 31969 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34549/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 32001 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34411/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 32018 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39293/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 32043 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44515/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 32074 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37513/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 32091 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32863/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 32116 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41789/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 32147 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35287/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 32164 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33853/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 32199 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37395/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 32226 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38083/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 32243 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40699/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 32269 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41341/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 32301 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35261/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 32318 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38799/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 32342 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36551/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 32373 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=404 --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42135/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32391 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35891/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32418 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43367/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32452 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33873/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32471 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43997/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32498 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45123/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32532 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39721/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32551 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34331/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32578 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38193/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32612 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33465/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32632 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46653/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32659 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35615/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32693 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35603/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32712 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35733/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 32739 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46099/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 305 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43545/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 324 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40057/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 351 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45481/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 385 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:34709 -c 10000 --hold 1 --server-pid 407 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43961 -c 10000 --hold 1 --server-pid 427 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:40443 -c 10000 --hold 1 --server-pid 455 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43413 -c 10000 --hold 1 --server-pid 468 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:46601 -c 10000 --hold 1 --server-pid 488 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:38807 -c 10000 --hold 1 --server-pid 516 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42653 -c 10000 --hold 1 --server-pid 529 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:41145 -c 10000 --hold 1 --server-pid 549 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45007 -c 10000 --hold 1 --server-pid 577 --record bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-05-vm/http-statx-now/http-records.jsonl --out bench/results/2026-12-05-vm/http-statx-now --name http --title HTTP:\ percore-static\ against\ nginx\,\ 2026-12-05\ on\ vm --op request --intro percore-static\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ files\ up\ to\ 16\ KiB\ from\ a\ per-core\ cache\,\ larger\ ones\ by\ sendfile\ on\ the\ worker\ when\ the\ page\ cache\ holds\ them\,\ from\ descriptors\ the\ cache\ keeps\ open\)\;\ nginx\ runs\ with\ the\ configuration\ in\ http-nginx.conf\ \(one\ worker\ per\ server\ CPU\,\ sendfile\ on\ and\ tcp_nopush\ on\ as\ Debian\'s\ nginx.conf\ has\ them\,\ keepalive_timeout\ 65\ as\ nginx\'s\ sample\ configuration\ has\ it\,\ access\ log\ off\,\ worker_connections\ 16384\ for\ the\ idle\ test\,\ its\ defaults\ otherwise\,\ so\ no\ open-file\ cache\).\ wrk\ keeps\ 100\ connections\ alive\ and\ sends\ the\ next\ request\ as\ each\ response\ ends\;\ for\ the\ mix\ of\ distinct\ files\ each\ request\ names\ one\ of\ them\ at\ random.\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peer=nginx/1.22.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=bb7dc06 --commands bench/results/2026-12-05-vm/http-statx-now/http-commands.sh 
