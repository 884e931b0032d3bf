taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:41093 -t 5 -w 2 --threads 1 -q --server-pid 31428 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:42157 -t 5 -w 2 --threads 1 -q --server-pid 31449 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:45903 -t 5 -w 2 --threads 1 -q --server-pid 31470 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:42225 -t 5 -w 2 --threads 1 -q --server-pid 31486 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:44003 -t 5 -w 2 --threads 1 -q --server-pid 31502 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:41823 -t 5 -w 2 --threads 1 -q --server-pid 31524 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:43791 -t 5 -w 2 --threads 1 -q --server-pid 31545 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:43793 -t 5 -w 2 --threads 1 -q --server-pid 31557 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:42235 -t 5 -w 2 --threads 1 -q --server-pid 31573 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:38983 -t 5 -w 2 --threads 1 -q --server-pid 31595 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:35325 -t 5 -w 2 --threads 1 -q --server-pid 31615 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:46805 -t 5 -w 2 --threads 1 -q --server-pid 31631 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:38261 -t 5 -w 2 --threads 1 -q --server-pid 31647 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:32897 -t 5 -w 2 --threads 1 -q --server-pid 31669 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:43519 -t 5 -w 2 --threads 1 -q --server-pid 31690 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:34761 -t 5 -w 2 --threads 1 -q --server-pid 31702 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:45407 -t 5 -w 2 --threads 1 -q --server-pid 31718 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:46635 -t 5 -w 2 --threads 1 -q --server-pid 31740 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:46741 -t 5 -w 2 --threads 1 -q --server-pid 31760 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:44149 -t 5 -w 2 --threads 1 -q --server-pid 31776 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:44847 -t 5 -w 2 --threads 1 -q --server-pid 31792 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:40235 -t 5 -w 2 --threads 1 -q --server-pid 31814 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:34965 -t 5 -w 2 --threads 1 -q --server-pid 31834 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:33721 -t 5 -w 2 --threads 1 -q --server-pid 31852 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:42843 -t 5 -w 2 --threads 1 -q --server-pid 31868 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:43159 -t 5 -w 2 --threads 1 -q --server-pid 31907 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:45729 -t 5 -w 2 --threads 1 -q --server-pid 31928 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:46599 -t 5 -w 2 --threads 1 -q --server-pid 31944 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:45025 -t 5 -w 2 --threads 1 -q --server-pid 31960 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:34381 -t 5 -w 2 --threads 1 -q --server-pid 31981 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:45639 -t 5 -w 2 --threads 1 -q --server-pid 32002 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:40683 -t 5 -w 2 --threads 1 -q --server-pid 32018 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:46073 -t 5 -w 2 --threads 1 -q --server-pid 32034 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:34199 -t 5 -w 2 --threads 1 -q --server-pid 32056 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:40699 -t 5 -w 2 --threads 1 -q --server-pid 32077 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:37753 -t 5 -w 2 --threads 1 -q --server-pid 32093 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:41721 -t 5 -w 2 --threads 1 -q --server-pid 32109 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:38419 -t 5 -w 2 --threads 1 -q --server-pid 32131 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:34959 -t 5 -w 2 --threads 1 -q --server-pid 32151 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:36095 -t 5 -w 2 --threads 1 -q --server-pid 32167 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:43891 -t 5 -w 2 --threads 1 -q --server-pid 32183 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:44415 -t 5 -w 2 --threads 1 -q --server-pid 32205 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:33445 -t 5 -w 2 --threads 1 -q --server-pid 32226 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 256 --addr 127.0.0.1:36471 -t 5 -w 2 --threads 1 -q --server-pid 32242 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:42617 -t 5 -w 2 --threads 1 -q --server-pid 32258 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:43067 -t 5 -w 2 --threads 1 -q --server-pid 32280 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:34545 -t 5 -w 2 --threads 1 -q --server-pid 32300 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 4096 --addr 127.0.0.1:36727 -t 5 -w 2 --threads 1 -q --server-pid 32316 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=4\ KiB\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:42425 -t 5 -w 2 --threads 1 -q --server-pid 32332 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:33805 -t 5 -w 2 --threads 1 -q --server-pid 32354 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:44381 -t 5 -w 2 --threads 1 -q --server-pid 32374 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 32768 --addr 127.0.0.1:34531 -t 5 -w 2 --threads 1 -q --server-pid 32386 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=32\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:40867 -t 5 -w 2 --threads 1 -q --server-pid 32402 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:43795 -t 5 -w 2 --threads 1 -q --server-pid 32424 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:37831 -t 5 -w 2 --threads 1 -q --server-pid 32444 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 262144 --addr 127.0.0.1:44513 -t 5 -w 2 --threads 1 -q --server-pid 32460 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=256\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:39787 -t 5 -w 2 --threads 1 -q --server-pid 32476 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:37579 -t 5 -w 2 --threads 1 -q --server-pid 32498 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:41465 -t 5 -w 2 --threads 1 -q --server-pid 32518 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 1048576 --addr 127.0.0.1:35333 -t 5 -w 2 --threads 1 -q --server-pid 32534 --record bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --tag config=1\ MiB\,\ 50\ conns --tag server=monoio --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-05-vm/echo-sizes/echo-records.jsonl --out bench/results/2026-12-05-vm/echo-sizes --name echo --title Echo:\ percore\ against\ tokio\ and\ monoio\,\ 2026-12-05\ on\ vm --op round\ trip --intro percore-echo\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ receive\ buffers\ from\ a\ per-core\ ring\)\;\ the\ peers\ read\ into\ a\ 16\,384-byte\ buffer\ per\ connection\ and\ write\ it\ back\,\ one\ thread\ each.\ The\ load\ generator\ sends\ a\ message\ per\ connection\,\ checks\ every\ echoed\ byte\ and\ sends\ the\ next.\ With\ one\ client\ core\ it\ saturates\ before\ a\ fast\ server\ does\,\ so\ round\ trips/s\ measure\ the\ client\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ round\ trip\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ load\ generator\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=tokio\ 1.54.1\,\ monoio\ 0.2.4\;\ 16\,384-byte\ buffer\ per\ connection --meta percore=6bfe408-dirty --commands bench/results/2026-12-05-vm/echo-sizes/echo-commands.sh 
