taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44355/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 17517 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38095/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 17542 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33051/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 17569 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38915/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17585 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34349/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17610 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37137/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17642 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46391/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17659 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39357/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17685 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39235/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17712 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42351/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17728 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36857/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17759 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36349/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17790 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40331/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 17807 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39833/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 17833 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39407/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 17864 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33127/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 17881 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40311/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 17915 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42783/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 17946 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=404 --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33545/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 17962 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45853/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 17987 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44721/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18018 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39843/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18036 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39725/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18061 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43657/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18093 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46797/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18110 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37157/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18135 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33485/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18166 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42397/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18183 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41117/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18241 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42201/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18274 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45873/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 18291 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42579/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 18318 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33281/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 18350 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44807/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18367 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35435/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18391 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35945/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18422 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=404 --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39567/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18439 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45733/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18464 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43423/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18495 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37983/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18512 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32979/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18537 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38359/64k.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18569 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36007/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18586 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43739/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18612 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39331/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18639 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42319/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18656 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46751/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18782 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39207/16m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18813 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44091/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 18830 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41031/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 18857 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37799/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 10 -w 2 --server-pid 18888 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39033/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18922 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35103/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18946 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35465/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18977 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=404 --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36345/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18995 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44181/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19022 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44545/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19056 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46515/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19075 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42803/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19101 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39449/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19135 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35707/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19154 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43701/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19181 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41935/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19215 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46425/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19235 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45037/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19262 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43431/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19292 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39293/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19311 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34485/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19338 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44399/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19372 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36479/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19391 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38143/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19418 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44983/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19452 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43817 -c 10000 --hold 1 --server-pid 19474 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42161 -c 10000 --hold 1 --server-pid 19493 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:44521 -c 10000 --hold 1 --server-pid 19521 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:34905 -c 10000 --hold 1 --server-pid 19534 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:35979 -c 10000 --hold 1 --server-pid 19554 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43273 -c 10000 --hold 1 --server-pid 19582 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:33825 -c 10000 --hold 1 --server-pid 19595 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:38413 -c 10000 --hold 1 --server-pid 19616 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45777 -c 10000 --hold 1 --server-pid 19644 --record bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-03-vm/file-bodies/http-records.jsonl --out bench/results/2026-12-03-vm/file-bodies --name http --title HTTP:\ percore-static\ against\ nginx\,\ 2026-12-03\ on\ vm --op request --intro percore-static\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ files\ up\ to\ 64\ KiB\ from\ a\ per-core\ cache\,\ larger\ ones\ by\ sendfile\ on\ the\ worker\ when\ the\ page\ cache\ holds\ them\)\;\ nginx\ runs\ with\ the\ configuration\ in\ nginx.conf\ \(one\ worker\ per\ server\ CPU\,\ sendfile\ on\,\ access\ log\ off\,\ its\ defaults\ otherwise\,\ so\ no\ open-file\ cache\).\ wrk\ keeps\ 100\ connections\ alive\ and\ sends\ the\ next\ request\ as\ each\ response\ ends\;\ for\ the\ mix\ of\ distinct\ files\ each\ request\ names\ one\ of\ them\ at\ random.\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 10\ s\ measured\;\ strace\ window\ 5\ s --meta percore=e1b9d7d-dirty --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peer=nginx/1.22.1\,\ wrk\ debian/4.1.0-3+b2 --commands bench/results/2026-12-03-vm/file-bodies/http-commands.sh 
