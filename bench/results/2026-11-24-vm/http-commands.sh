taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38985/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 32256 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35993/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 32281 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43623/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 32313 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42753/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 32329 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38173/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 32355 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40821/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 32387 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43939/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 32404 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36387/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 32425 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46419/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 32453 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=404 --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39401/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 32469 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33299/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 32490 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38043/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 32523 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36285/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 32539 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42759/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 32561 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42407/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 32593 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35751/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 32610 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41361/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 32631 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38707/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 32662 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=404 --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35239/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 32678 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35099/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 32703 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37729/1k.txt -c 100 --threads 1 -t 10 -w 2 --server-pid 32731 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32943/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 32747 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34933/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 304 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34813/1m.bin -c 100 --threads 1 -t 10 -w 2 --server-pid 332 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45489/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 349 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38393/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 375 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39239/missing --any-status -c 100 --threads 1 -t 10 -w 2 --server-pid 407 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=404 --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41043/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 425 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46799/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 448 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36761/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 482 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46163/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 501 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38601/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 528 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45925/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 562 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41439/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 581 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40039/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 608 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42229/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 642 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37581 -c 10000 --hold 1 --server-pid 664 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45221 -c 10000 --hold 1 --server-pid 684 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:39609 -c 10000 --hold 1 --server-pid 712 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:33207 -c 10000 --hold 1 --server-pid 725 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42349 -c 10000 --hold 1 --server-pid 745 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:38575 -c 10000 --hold 1 --server-pid 773 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:44449 -c 10000 --hold 1 --server-pid 786 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42063 -c 10000 --hold 1 --server-pid 806 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37447 -c 10000 --hold 1 --server-pid 835 --record bench/results/2026-11-24-vm/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=3 
target/release/percore-bench report --records bench/results/2026-11-24-vm/http-records.jsonl --out bench/results/2026-11-24-vm --name http --title HTTP:\ percore-static\ against\ nginx\,\ 2026-11-24\ on\ vm --op request --intro percore-static\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ small\ files\ from\ a\ per-core\ cache\,\ larger\ ones\ read\ into\ a\ pooled\ buffer\ and\ sent\,\ from\ 4\ MiB\ up\ spliced\ from\ the\ page\ cache\)\;\ nginx\ runs\ with\ the\ configuration\ in\ nginx.conf\ \(one\ worker\ per\ server\ CPU\,\ sendfile\ on\,\ access\ log\ off\,\ its\ defaults\ otherwise\,\ so\ no\ open-file\ cache\).\ wrk\ keeps\ 100\ connections\ alive\ and\ sends\ the\ next\ request\ as\ each\ response\ ends.\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 10\ s\ measured\;\ strace\ window\ 5\ s --meta percore=c4c6ff3 --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peer=nginx/1.22.1\,\ wrk\ debian/4.1.0-3+b2 --commands bench/results/2026-11-24-vm/http-commands.sh 
