taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39645/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 28661 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33189/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 28686 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42433/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 28718 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41715/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 28734 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44303/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 28758 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44005/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 28789 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37251/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 28805 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41213/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 28830 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36533/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 28861 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40047/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 28878 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35709/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 28913 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45753/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 28945 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33051/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 28961 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43465/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 28987 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34269/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 29019 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45103/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 29036 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46515/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 29060 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37449/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 29092 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34265/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 29108 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45639/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 29132 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36899/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 29164 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35895/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29180 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40791/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29205 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41547/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29236 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33527/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29252 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44665/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29277 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36033/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29309 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39591/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29326 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45937/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29355 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39589/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29386 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46685/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 29402 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43161/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 29427 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34201/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 29459 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41469/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 29475 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43809/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 29499 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46755/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 29530 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39561/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 29546 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42477/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 29570 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33329/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 29602 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41009/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29618 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39197/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29643 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33639/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29674 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41761/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29690 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45853/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29715 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32861/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29747 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35439/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29764 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44001/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29795 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40063/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 29826 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39269/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 29842 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43613/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 29867 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38855/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 29898 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33335/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 29916 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42265/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 29940 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34745/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 29971 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43125/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 29988 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32791/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30015 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46485/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30049 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45405/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30068 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43193/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30095 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41013/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30129 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40287/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30147 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33201/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30174 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35985/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30207 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34087/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30227 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36941/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30254 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42283/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30288 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43527/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30307 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39837/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30334 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35845/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30368 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34601/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30387 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45823/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30414 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32855/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 30448 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:38705 -c 10000 --hold 1 --server-pid 30469 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:33591 -c 10000 --hold 1 --server-pid 30489 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:40923 -c 10000 --hold 1 --server-pid 30517 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:33941 -c 10000 --hold 1 --server-pid 30530 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:40871 -c 10000 --hold 1 --server-pid 30550 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45705 -c 10000 --hold 1 --server-pid 30577 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:35849 -c 10000 --hold 1 --server-pid 30590 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37867 -c 10000 --hold 1 --server-pid 30610 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45775 -c 10000 --hold 1 --server-pid 30638 --record bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-06-vm-xeon/http/http-records.jsonl --out bench/results/2026-12-06-vm-xeon/http --name http --title HTTP:\ percore-static\ against\ nginx\,\ 2026-12-06\ on\ vm --op request --intro percore-static\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ files\ up\ to\ 16\ KiB\ from\ a\ per-core\ cache\,\ larger\ ones\ by\ sendfile\ on\ the\ worker\ when\ the\ page\ cache\ holds\ them\,\ from\ descriptors\ the\ cache\ keeps\ open\)\;\ nginx\ runs\ with\ the\ configuration\ in\ http-nginx.conf\ \(one\ worker\ per\ server\ CPU\,\ sendfile\ on\ and\ tcp_nopush\ on\ as\ Debian\'s\ nginx.conf\ has\ them\,\ keepalive_timeout\ 65\ as\ nginx\'s\ sample\ configuration\ has\ it\,\ access\ log\ off\,\ worker_connections\ 16384\ for\ the\ idle\ test\,\ its\ defaults\ otherwise\,\ so\ no\ open-file\ cache\).\ wrk\ keeps\ 100\ connections\ alive\ and\ sends\ the\ next\ request\ as\ each\ response\ ends\;\ for\ the\ mix\ of\ distinct\ files\ each\ request\ names\ one\ of\ them\ at\ random.\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peer=nginx/1.22.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=c1ca32c-dirty --commands bench/results/2026-12-06-vm-xeon/http/http-commands.sh 
