taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:33351 -t 5 -w 2 --threads 1 -q --server-pid 19750 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:34139 -t 5 -w 2 --threads 1 -q --server-pid 19788 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:36677 -t 5 -w 2 --threads 1 -q --server-pid 19824 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:38269 -t 5 -w 2 --threads 1 -q --server-pid 19957 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:41365 -t 5 -w 2 --threads 1 -q --server-pid 19974 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:40917 -t 5 -w 2 --threads 1 -q --server-pid 19995 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:41969 -t 5 -w 2 --threads 1 -q --server-pid 20016 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:36021 -t 5 -w 2 --threads 1 -q --server-pid 20033 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:37841 -t 5 -w 2 --threads 1 -q --server-pid 20050 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:46237 -t 5 -w 2 --threads 1 -q --server-pid 20074 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:38065 -t 5 -w 2 --threads 1 -q --server-pid 20095 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:41265 -t 5 -w 2 --threads 1 -q --server-pid 20112 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:38879 -t 5 -w 2 --threads 1 -q --server-pid 20125 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:41751 -t 5 -w 2 --threads 1 -q --server-pid 20148 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:42181 -t 5 -w 2 --threads 1 -q --server-pid 20168 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:44135 -t 5 -w 2 --threads 1 -q --server-pid 20181 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:33803 -t 5 -w 2 --threads 1 -q --server-pid 20199 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:35811 -t 5 -w 2 --threads 1 -q --server-pid 20222 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:34605 -t 5 -w 2 --threads 1 -q --server-pid 20243 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:37055 -t 5 -w 2 --threads 1 -q --server-pid 20260 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:39735 -t 5 -w 2 --threads 1 -q --server-pid 20277 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:41659 -t 5 -w 2 --threads 1 -q --server-pid 20299 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:38897 -t 5 -w 2 --threads 1 -q --server-pid 20320 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:33795 -t 5 -w 2 --threads 1 -q --server-pid 20337 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:36249 -t 5 -w 2 --threads 1 -q --server-pid 20354 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:42325 -t 5 -w 2 --threads 1 -q --server-pid 20375 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:44299 -t 5 -w 2 --threads 1 -q --server-pid 20395 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:41323 -t 5 -w 2 --threads 1 -q --server-pid 20408 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:37013 -t 5 -w 2 --threads 1 -q --server-pid 20425 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:37641 -t 5 -w 2 --threads 1 -q --server-pid 20447 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:42465 -t 5 -w 2 --threads 1 -q --server-pid 20468 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:34467 -t 5 -w 2 --threads 1 -q --server-pid 20485 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:33019 -t 5 -w 2 --threads 1 -q --server-pid 20502 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:33447 -t 5 -w 2 --threads 1 -q --server-pid 20523 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:36085 -t 5 -w 2 --threads 1 -q --server-pid 20544 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:34529 -t 5 -w 2 --threads 1 -q --server-pid 20561 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:36727 -t 5 -w 2 --threads 1 -q --server-pid 20579 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:36815 -t 5 -w 2 --threads 1 -q --server-pid 20610 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:45729 -t 5 -w 2 --threads 1 -q --server-pid 20693 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:40047 -t 5 -w 2 --threads 1 -q --server-pid 20710 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:33743 -t 5 -w 2 --threads 1 -q --server-pid 20727 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:37227 -t 5 -w 2 --threads 1 -q --server-pid 20749 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:42743 -t 5 -w 2 --threads 1 -q --server-pid 20769 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:45859 -t 5 -w 2 --threads 1 -q --server-pid 20786 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:44021 -t 5 -w 2 --threads 1 -q --server-pid 20803 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:41289 -t 5 -w 2 --threads 1 -q --server-pid 20824 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:38307 -t 5 -w 2 --threads 1 -q --server-pid 20845 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:34755 -t 5 -w 2 --threads 1 -q --server-pid 20862 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:44459 -t 5 -w 2 --threads 1 -q --server-pid 20879 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:43547 -t 5 -w 2 --threads 1 -q --server-pid 20900 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:42809 -t 5 -w 2 --threads 1 -q --server-pid 20921 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:39779 -t 5 -w 2 --threads 1 -q --server-pid 20938 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:40003 -t 5 -w 2 --threads 1 -q --server-pid 20951 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:46521 -t 5 -w 2 --threads 1 -q --server-pid 20973 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:41377 -t 5 -w 2 --threads 1 -q --server-pid 20993 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:45797 -t 5 -w 2 --threads 1 -q --server-pid 21010 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:34199 -t 5 -w 2 --threads 1 -q --server-pid 21027 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:42641 -t 5 -w 2 --threads 1 -q --server-pid 21049 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:36759 -t 5 -w 2 --threads 1 -q --server-pid 21070 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:33743 -t 5 -w 2 --threads 1 -q --server-pid 21088 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:42171 -t 5 -w 2 --threads 1 -q --server-pid 21106 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:45499 -t 5 -w 2 --threads 1 -q --server-pid 21127 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:45177 -t 5 -w 2 --threads 1 -q --server-pid 21149 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:43507 -t 5 -w 2 --threads 1 -q --server-pid 21166 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:34269 -t 5 -w 2 --threads 1 -q --server-pid 21183 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:44009 -t 5 -w 2 --threads 1 -q --server-pid 21205 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:41645 -t 5 -w 2 --threads 1 -q --server-pid 21226 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:46595 -t 5 -w 2 --threads 1 -q --server-pid 21239 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:43229 -t 5 -w 2 --threads 1 -q --server-pid 21256 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:42021 -t 5 -w 2 --threads 1 -q --server-pid 21277 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:34277 -t 5 -w 2 --threads 1 -q --server-pid 21298 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:46269 -t 5 -w 2 --threads 1 -q --server-pid 21315 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36279 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21333 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:41775 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21356 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:42021 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21379 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:38517 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21394 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40149 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21413 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:44327 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21437 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:46157 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21459 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:43235 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21478 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:33829 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21497 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35393 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21521 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:34507 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21544 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36921 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 21576 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:39971 -c 10000 --hold 1 --server-pid 21598 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:32831 -c 10000 --hold 1 --server-pid 21620 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:39715 -c 10000 --hold 1 --server-pid 21639 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:36135 -c 10000 --hold 1 --server-pid 21652 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37269 -c 10000 --hold 1 --server-pid 21669 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42299 -c 10000 --hold 1 --server-pid 21690 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:35527 -c 10000 --hold 1 --server-pid 21710 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43137 -c 10000 --hold 1 --server-pid 21723 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45157 -c 10000 --hold 1 --server-pid 21740 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:38541 -c 10000 --hold 1 --server-pid 21762 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:44359 -c 10000 --hold 1 --server-pid 21782 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42371 -c 10000 --hold 1 --server-pid 21799 --record bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-records.jsonl --out bench/results/2026-12-06-vm-xeon/echo-perf-syscalls --name echo --title Echo:\ percore\ against\ tokio\ and\ monoio\,\ 2026-12-06\ on\ vm --op round\ trip --intro percore-echo\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ receive\ buffers\ from\ a\ per-core\ ring\)\;\ the\ peers\ read\ into\ a\ 16\,384-byte\ buffer\ per\ connection\ and\ write\ it\ back\,\ one\ thread\ each.\ The\ load\ generator\ sends\ a\ message\ per\ connection\ \(or\ 16\ with\ depth\ 16\)\,\ checks\ every\ echoed\ byte\ and\ sends\ the\ next.\ With\ one\ client\ core\ it\ saturates\ before\ a\ fast\ server\ does\,\ so\ round\ trips/s\ measure\ the\ client\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ round\ trip\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ load\ generator\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ syscall\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=tokio\ 1.54.1\,\ monoio\ 0.2.4\;\ 16\,384-byte\ buffer\ per\ connection --meta percore=a9d7b65-dirty --commands bench/results/2026-12-06-vm-xeon/echo-perf-syscalls/echo-commands.sh 
