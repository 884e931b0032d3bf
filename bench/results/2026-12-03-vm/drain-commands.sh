taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:42261 --server-pid 3270 --signal TERM --idle 1000 --idle-path /1k.txt --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\,\ nothing\ in\ flight --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:42975 --server-pid 3289 --signal TERM --idle 1000 --idle-path /1k.txt --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\,\ nothing\ in\ flight --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:44623 --server-pid 3315 --signal QUIT --idle 1000 --idle-path /1k.txt --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\,\ nothing\ in\ flight --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:43649 --server-pid 3328 --signal TERM --idle 1000 --idle-path /1k.txt --downloads 4 --download-path /big.bin --rate 4194304 --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\ +\ 4\ downloads\ of\ 16\ MiB\ at\ 4\ MiB/s --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:35559 --server-pid 3354 --signal TERM --idle 1000 --idle-path /1k.txt --downloads 4 --download-path /big.bin --rate 4194304 --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\ +\ 4\ downloads\ of\ 16\ MiB\ at\ 4\ MiB/s --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:34941 --server-pid 3384 --signal QUIT --idle 1000 --idle-path /1k.txt --downloads 4 --download-path /big.bin --rate 4194304 --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\ +\ 4\ downloads\ of\ 16\ MiB\ at\ 4\ MiB/s --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 wrk -t1 -c100 -d6s http://127.0.0.1:38745/1k.txt  >wrk.out &
kill -HUP 3399; sleep 0.4
kill -HUP 3399; sleep 0.4
kill -HUP 3399; sleep 0.4
kill -HUP 3399; sleep 0.4
kill -HUP 3399; sleep 0.4
kill -HUP 3399; sleep 0.4
kill -HUP 3399; sleep 0.4
kill -HUP 3399; sleep 0.4
kill -HUP 3399; sleep 0.4
kill -HUP 3399; sleep 0.4
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 wrk -t1 -c100 -d6s http://127.0.0.1:36539/1k.txt  >wrk.out &
kill -HUP 3458; sleep 0.4
kill -HUP 3458; sleep 0.4
kill -HUP 3458; sleep 0.4
kill -HUP 3458; sleep 0.4
kill -HUP 3458; sleep 0.4
kill -HUP 3458; sleep 0.4
kill -HUP 3458; sleep 0.4
kill -HUP 3458; sleep 0.4
kill -HUP 3458; sleep 0.4
kill -HUP 3458; sleep 0.4
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 wrk -t1 -c100 -d6s http://127.0.0.1:36283/1k.txt  >wrk.out &
kill -HUP 3512; sleep 0.4
kill -HUP 3512; sleep 0.4
kill -HUP 3512; sleep 0.4
kill -HUP 3512; sleep 0.4
kill -HUP 3512; sleep 0.4
kill -HUP 3512; sleep 0.4
kill -HUP 3512; sleep 0.4
kill -HUP 3512; sleep 0.4
kill -HUP 3512; sleep 0.4
kill -HUP 3512; sleep 0.4
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:42747 --server-pid 3553 --signal TERM --idle 1000 --idle-path /1k.txt --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\,\ nothing\ in\ flight --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:37345 --server-pid 3600 --signal TERM --idle 1000 --idle-path /1k.txt --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\,\ nothing\ in\ flight --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:44305 --server-pid 3626 --signal QUIT --idle 1000 --idle-path /1k.txt --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\,\ nothing\ in\ flight --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:44117 --server-pid 3639 --signal TERM --idle 1000 --idle-path /1k.txt --downloads 4 --download-path /big.bin --rate 4194304 --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\ +\ 4\ downloads\ of\ 16\ MiB\ at\ 4\ MiB/s --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:41875 --server-pid 3667 --signal TERM --idle 1000 --idle-path /1k.txt --downloads 4 --download-path /big.bin --rate 4194304 --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\ +\ 4\ downloads\ of\ 16\ MiB\ at\ 4\ MiB/s --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:46611 --server-pid 3697 --signal QUIT --idle 1000 --idle-path /1k.txt --downloads 4 --download-path /big.bin --rate 4194304 --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\ +\ 4\ downloads\ of\ 16\ MiB\ at\ 4\ MiB/s --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 wrk -t1 -c100 -d6s http://127.0.0.1:43291/1k.txt  >wrk.out &
kill -HUP 3712; sleep 0.4
kill -HUP 3712; sleep 0.4
kill -HUP 3712; sleep 0.4
kill -HUP 3712; sleep 0.4
kill -HUP 3712; sleep 0.4
kill -HUP 3712; sleep 0.4
kill -HUP 3712; sleep 0.4
kill -HUP 3712; sleep 0.4
kill -HUP 3712; sleep 0.4
kill -HUP 3712; sleep 0.4
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 wrk -t1 -c100 -d6s http://127.0.0.1:44887/1k.txt  >wrk.out &
kill -HUP 3770; sleep 0.4
kill -HUP 3770; sleep 0.4
kill -HUP 3770; sleep 0.4
kill -HUP 3770; sleep 0.4
kill -HUP 3770; sleep 0.4
kill -HUP 3770; sleep 0.4
kill -HUP 3770; sleep 0.4
kill -HUP 3770; sleep 0.4
kill -HUP 3770; sleep 0.4
kill -HUP 3770; sleep 0.4
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 wrk -t1 -c100 -d6s http://127.0.0.1:36197/1k.txt  >wrk.out &
kill -HUP 3819; sleep 0.4
kill -HUP 3819; sleep 0.4
kill -HUP 3819; sleep 0.4
kill -HUP 3819; sleep 0.4
kill -HUP 3819; sleep 0.4
kill -HUP 3819; sleep 0.4
kill -HUP 3819; sleep 0.4
kill -HUP 3819; sleep 0.4
kill -HUP 3819; sleep 0.4
kill -HUP 3819; sleep 0.4
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:39141 --server-pid 3860 --signal TERM --idle 1000 --idle-path /1k.txt --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\,\ nothing\ in\ flight --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:38309 --server-pid 3879 --signal TERM --idle 1000 --idle-path /1k.txt --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\,\ nothing\ in\ flight --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:39149 --server-pid 3905 --signal QUIT --idle 1000 --idle-path /1k.txt --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\,\ nothing\ in\ flight --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:37521 --server-pid 3918 --signal TERM --idle 1000 --idle-path /1k.txt --downloads 4 --download-path /big.bin --rate 4194304 --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\ +\ 4\ downloads\ of\ 16\ MiB\ at\ 4\ MiB/s --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:35425 --server-pid 3945 --signal TERM --idle 1000 --idle-path /1k.txt --downloads 4 --download-path /big.bin --rate 4194304 --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\ +\ 4\ downloads\ of\ 16\ MiB\ at\ 4\ MiB/s --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench drain --addr 127.0.0.1:35741 --server-pid 3975 --signal QUIT --idle 1000 --idle-path /1k.txt --downloads 4 --download-path /big.bin --rate 4194304 --record bench/results/2026-12-03-vm/drain-records.jsonl --tag config=1\,000\ idle\ +\ 4\ downloads\ of\ 16\ MiB\ at\ 4\ MiB/s --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 wrk -t1 -c100 -d6s http://127.0.0.1:37115/1k.txt  >wrk.out &
kill -HUP 3996; sleep 0.4
kill -HUP 3996; sleep 0.4
kill -HUP 3996; sleep 0.4
kill -HUP 3996; sleep 0.4
kill -HUP 3996; sleep 0.4
kill -HUP 3996; sleep 0.4
kill -HUP 3996; sleep 0.4
kill -HUP 3996; sleep 0.4
kill -HUP 3996; sleep 0.4
kill -HUP 3996; sleep 0.4
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 wrk -t1 -c100 -d6s http://127.0.0.1:35189/1k.txt  >wrk.out &
kill -HUP 4054; sleep 0.4
kill -HUP 4054; sleep 0.4
kill -HUP 4054; sleep 0.4
kill -HUP 4054; sleep 0.4
kill -HUP 4054; sleep 0.4
kill -HUP 4054; sleep 0.4
kill -HUP 4054; sleep 0.4
kill -HUP 4054; sleep 0.4
kill -HUP 4054; sleep 0.4
kill -HUP 4054; sleep 0.4
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 wrk -t1 -c100 -d6s http://127.0.0.1:37201/1k.txt  >wrk.out &
kill -HUP 4107; sleep 0.4
kill -HUP 4107; sleep 0.4
kill -HUP 4107; sleep 0.4
kill -HUP 4107; sleep 0.4
kill -HUP 4107; sleep 0.4
kill -HUP 4107; sleep 0.4
kill -HUP 4107; sleep 0.4
kill -HUP 4107; sleep 0.4
kill -HUP 4107; sleep 0.4
kill -HUP 4107; sleep 0.4
target/release/percore-bench report --records bench/results/2026-12-03-vm/drain-records.jsonl --out bench/results/2026-12-03-vm --name drain --title Graceful\ stop\ and\ reload:\ percore-static\ against\ nginx\,\ 2026-12-03\ on\ vm --op stop --intro percore-static\ runs\ on\ its\ built-in\ defaults\ \(timeouts.drain_idle\ =\ 100\ ms\)\;\ nginx\ with\ the\ configuration\ in\ nginx.conf.\ A\ graceful\ stop\ is\ SIGTERM\ for\ percore\ and\ SIGQUIT\ for\ nginx\ \(nginx\'s\ SIGTERM\ is\ its\ fast\ stop\).\ The\ idle\ connections\ have\ waited\ 0.5\ s\ when\ the\ signal\ comes.\ Times\ are\ from\ the\ signal\,\ as\ the\ client\ sees\ them\;\ a\ download\'s\ end\ is\ when\ its\ client\ read\ its\ last\ byte\,\ which\ can\ be\ after\ the\ server\'s\ exit\ \(the\ kernel\ sends\ what\ the\ socket\ still\ holds\). --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta percore=2e7dffc --meta peer=nginx/1.22.1\,\ wrk\ debian/4.1.0-3+b2 --commands bench/results/2026-12-03-vm/drain-commands.sh 
