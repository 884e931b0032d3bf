taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:41179 -t 5 -w 2 --threads 1 -q --server-pid 21732 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:35969 -t 5 -w 2 --threads 1 -q --server-pid 21754 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:42279 -t 5 -w 2 --threads 1 -q --server-pid 21774 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:41651 -t 5 -w 2 --threads 1 -q --server-pid 21790 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:43843 -t 5 -w 2 --threads 1 -q --server-pid 21806 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:41451 -t 5 -w 2 --threads 1 -q --server-pid 21828 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:45947 -t 5 -w 2 --threads 1 -q --server-pid 21849 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:42167 -t 5 -w 2 --threads 1 -q --server-pid 21865 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:41705 -t 5 -w 2 --threads 1 -q --server-pid 21877 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:45073 -t 5 -w 2 --threads 1 -q --server-pid 21898 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:36799 -t 5 -w 2 --threads 1 -q --server-pid 21919 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:36201 -t 5 -w 2 --threads 1 -q --server-pid 21936 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:40119 -t 5 -w 2 --threads 1 -q --server-pid 21954 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:44621 -t 5 -w 2 --threads 1 -q --server-pid 21976 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:36617 -t 5 -w 2 --threads 1 -q --server-pid 21996 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:45389 -t 5 -w 2 --threads 1 -q --server-pid 22008 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:32795 -t 5 -w 2 --threads 1 -q --server-pid 22024 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:43137 -t 5 -w 2 --threads 1 -q --server-pid 22045 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:38005 -t 5 -w 2 --threads 1 -q --server-pid 22065 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:35675 -t 5 -w 2 --threads 1 -q --server-pid 22077 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:36567 -t 5 -w 2 --threads 1 -q --server-pid 22089 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:36087 -t 5 -w 2 --threads 1 -q --server-pid 22111 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:38911 -t 5 -w 2 --threads 1 -q --server-pid 22131 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:34241 -t 5 -w 2 --threads 1 -q --server-pid 22147 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:42201 -t 5 -w 2 --threads 1 -q --server-pid 22163 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:37207 -t 5 -w 2 --threads 1 -q --server-pid 22185 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:46273 -t 5 -w 2 --threads 1 -q --server-pid 22206 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:40933 -t 5 -w 2 --threads 1 -q --server-pid 22218 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:44053 -t 5 -w 2 --threads 1 -q --server-pid 22230 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:42287 -t 5 -w 2 --threads 1 -q --server-pid 22251 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:40789 -t 5 -w 2 --threads 1 -q --server-pid 22271 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:45933 -t 5 -w 2 --threads 1 -q --server-pid 22287 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:38981 -t 5 -w 2 --threads 1 -q --server-pid 22303 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:42569 -t 5 -w 2 --threads 1 -q --server-pid 22324 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:39105 -t 5 -w 2 --threads 1 -q --server-pid 22344 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:34121 -t 5 -w 2 --threads 1 -q --server-pid 22356 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:44111 -t 5 -w 2 --threads 1 -q --server-pid 22373 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:36147 -t 5 -w 2 --threads 1 -q --server-pid 22395 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:39803 -t 5 -w 2 --threads 1 -q --server-pid 22415 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:41495 -t 5 -w 2 --threads 1 -q --server-pid 22431 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:39679 -t 5 -w 2 --threads 1 -q --server-pid 22447 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:42169 -t 5 -w 2 --threads 1 -q --server-pid 22469 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:41925 -t 5 -w 2 --threads 1 -q --server-pid 22489 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:34103 -t 5 -w 2 --threads 1 -q --server-pid 22501 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:34581 -t 5 -w 2 --threads 1 -q --server-pid 22513 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:34283 -t 5 -w 2 --threads 1 -q --server-pid 22537 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:45261 -t 5 -w 2 --threads 1 -q --server-pid 22557 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:34751 -t 5 -w 2 --threads 1 -q --server-pid 22573 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:33849 -t 5 -w 2 --threads 1 -q --server-pid 22585 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:38777 -t 5 -w 2 --threads 1 -q --server-pid 22606 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:39017 -t 5 -w 2 --threads 1 -q --server-pid 22626 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:33369 -t 5 -w 2 --threads 1 -q --server-pid 22642 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:41735 -t 5 -w 2 --threads 1 -q --server-pid 22654 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:32993 -t 5 -w 2 --threads 1 -q --server-pid 22676 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:33807 -t 5 -w 2 --threads 1 -q --server-pid 22696 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:37493 -t 5 -w 2 --threads 1 -q --server-pid 22712 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:40059 -t 5 -w 2 --threads 1 -q --server-pid 22729 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:44091 -t 5 -w 2 --threads 1 -q --server-pid 22751 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:41371 -t 5 -w 2 --threads 1 -q --server-pid 22772 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:36215 -t 5 -w 2 --threads 1 -q --server-pid 22788 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:39803 -t 5 -w 2 --threads 1 -q --server-pid 22805 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:36451 -t 5 -w 2 --threads 1 -q --server-pid 22826 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:34537 -t 5 -w 2 --threads 1 -q --server-pid 22846 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:45649 -t 5 -w 2 --threads 1 -q --server-pid 22862 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:34259 -t 5 -w 2 --threads 1 -q --server-pid 22874 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:38635 -t 5 -w 2 --threads 1 -q --server-pid 22895 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:35213 -t 5 -w 2 --threads 1 -q --server-pid 22916 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:36967 -t 5 -w 2 --threads 1 -q --server-pid 22932 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:36629 -t 5 -w 2 --threads 1 -q --server-pid 22948 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:36849 -t 5 -w 2 --threads 1 -q --server-pid 22969 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:34287 -t 5 -w 2 --threads 1 -q --server-pid 22989 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:44085 -t 5 -w 2 --threads 1 -q --server-pid 23005 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:37977 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23022 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:33649 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23048 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:44783 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23073 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:46535 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23093 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:46101 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23113 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39795 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23139 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39493 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23164 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:41657 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23184 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:45993 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23200 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:38611 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23225 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36703 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23264 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:44747 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 23286 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43343 -c 10000 --hold 1 --server-pid 23313 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37213 -c 10000 --hold 1 --server-pid 23338 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:39457 -c 10000 --hold 1 --server-pid 23362 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:41783 -c 10000 --hold 1 --server-pid 23380 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:36361 -c 10000 --hold 1 --server-pid 23394 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37749 -c 10000 --hold 1 --server-pid 23419 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:40477 -c 10000 --hold 1 --server-pid 23443 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:38437 -c 10000 --hold 1 --server-pid 23461 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:44123 -c 10000 --hold 1 --server-pid 23477 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:38197 -c 10000 --hold 1 --server-pid 23505 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:33937 -c 10000 --hold 1 --server-pid 23527 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:35437 -c 10000 --hold 1 --server-pid 23545 --record bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-05-vm/echo-lazy-timers/echo-records.jsonl --out bench/results/2026-12-05-vm/echo-lazy-timers --name echo --title Echo:\ percore\ against\ tokio\ and\ monoio\,\ 2026-12-05\ on\ vm --op round\ trip --intro percore-echo\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ receive\ buffers\ from\ a\ per-core\ ring\)\;\ the\ peers\ read\ into\ a\ 16\,384-byte\ buffer\ per\ connection\ and\ write\ it\ back\,\ one\ thread\ each.\ The\ load\ generator\ sends\ a\ message\ per\ connection\ \(or\ 16\ with\ depth\ 16\)\,\ checks\ every\ echoed\ byte\ and\ sends\ the\ next.\ With\ one\ client\ core\ it\ saturates\ before\ a\ fast\ server\ does\,\ so\ round\ trips/s\ measure\ the\ client\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ round\ trip\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ load\ generator\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=tokio\ 1.54.1\,\ monoio\ 0.2.4\;\ 16\,384-byte\ buffer\ per\ connection --meta percore=b400eae --commands bench/results/2026-12-05-vm/echo-lazy-timers/echo-commands.sh 
