taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38205/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 16936 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41539/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 16995 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36369/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 17130 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40639/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 17215 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ e7d8897\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40661/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17277 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33749/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17390 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42661/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17489 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42867/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 17623 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ e7d8897\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35077/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 17718 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43549/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 17818 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42063/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 17877 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=nginx --tag run=1 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46127/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18005 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=percore\ e7d8897\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41051/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18105 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46509/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18131 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42803/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18158 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38367/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18175 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ e7d8897\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34731/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18201 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36691/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18226 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44053/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18258 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35913/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18275 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ e7d8897\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33397/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18296 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35565/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18340 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44805/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18371 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=nginx --tag run=2 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38419/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18388 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=percore\ e7d8897\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37783/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18413 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45787/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18438 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32987/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18469 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46067/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 18486 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ e7d8897\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41483/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18511 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35347/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18533 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35365/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18565 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40275/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 18581 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ e7d8897\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37527/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18607 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41623/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18631 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35487/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18659 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=nginx --tag run=3 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43189/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 18675 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=404 --tag server=percore\ e7d8897\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41021/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18701 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34703/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18744 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45929/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18778 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37195/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18797 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ e7d8897\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33399/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18824 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39141/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18851 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41639/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18885 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32943/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18904 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ e7d8897\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41669/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18931 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40779/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18958 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41685/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 18993 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42389/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 19012 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ e7d8897\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:44141 -c 10000 --hold 1 --server-pid 19041 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:39101 -c 10000 --hold 1 --server-pid 19061 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:46257 -c 10000 --hold 1 --server-pid 19089 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=1 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45289 -c 10000 --hold 1 --server-pid 19102 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ e7d8897\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:34233 -c 10000 --hold 1 --server-pid 19122 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42789 -c 10000 --hold 1 --server-pid 19142 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:38691 -c 10000 --hold 1 --server-pid 19170 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=2 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:34259 -c 10000 --hold 1 --server-pid 19183 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ e7d8897\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37565 -c 10000 --hold 1 --server-pid 19203 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:35457 -c 10000 --hold 1 --server-pid 19223 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:39749 -c 10000 --hold 1 --server-pid 19251 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=3 
taskset -c 0 $WORK/baseline-target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43827 -c 10000 --hold 1 --server-pid 19264 --record bench/results/2026-12-03-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ e7d8897\ \(io_uring\) --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-03-vm/http-records.jsonl --out bench/results/2026-12-03-vm --name http --title HTTP:\ percore-static\ against\ nginx\,\ 2026-12-03\ on\ vm --op request --intro percore-static\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ small\ files\ from\ a\ per-core\ cache\,\ larger\ ones\ read\ into\ a\ pooled\ buffer\ and\ sent\,\ from\ 4\ MiB\ up\ spliced\ from\ the\ page\ cache\)\;\ nginx\ runs\ with\ the\ configuration\ in\ nginx.conf\ \(one\ worker\ per\ server\ CPU\,\ sendfile\ on\,\ access\ log\ off\,\ its\ defaults\ otherwise\,\ so\ no\ open-file\ cache\).\ wrk\ keeps\ 100\ connections\ alive\ and\ sends\ the\ next\ request\ as\ each\ response\ ends.\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 10\ s\ measured\;\ strace\ window\ 5\ s --meta percore=9e7dc19-dirty --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peer=nginx/1.22.1\,\ wrk\ debian/4.1.0-3+b2 --commands bench/results/2026-12-03-vm/http-commands.sh 
