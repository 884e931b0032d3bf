taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:45773 -t 5 -w 2 --threads 1 -q --server-pid 23691 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:46759 -t 5 -w 2 --threads 1 -q --server-pid 23712 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:45171 -t 5 -w 2 --threads 1 -q --server-pid 23732 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:46655 -t 5 -w 2 --threads 1 -q --server-pid 23744 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:42767 -t 5 -w 2 --threads 1 -q --server-pid 23760 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:44803 -t 5 -w 2 --threads 1 -q --server-pid 23782 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:40287 -t 5 -w 2 --threads 1 -q --server-pid 23803 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:41065 -t 5 -w 2 --threads 1 -q --server-pid 23815 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:34737 -t 5 -w 2 --threads 1 -q --server-pid 23831 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:46867 -t 5 -w 2 --threads 1 -q --server-pid 23849 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:42501 -t 5 -w 2 --threads 1 -q --server-pid 23870 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:45353 -t 5 -w 2 --threads 1 -q --server-pid 23887 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:43647 -t 5 -w 2 --threads 1 -q --server-pid 23900 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:43625 -t 5 -w 2 --threads 1 -q --server-pid 23921 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:36809 -t 5 -w 2 --threads 1 -q --server-pid 23937 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:45865 -t 5 -w 2 --threads 1 -q --server-pid 23953 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:42139 -t 5 -w 2 --threads 1 -q --server-pid 23969 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:41623 -t 5 -w 2 --threads 1 -q --server-pid 23990 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:44467 -t 5 -w 2 --threads 1 -q --server-pid 24010 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:43483 -t 5 -w 2 --threads 1 -q --server-pid 24026 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:32821 -t 5 -w 2 --threads 1 -q --server-pid 24042 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:39273 -t 5 -w 2 --threads 1 -q --server-pid 24064 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:36973 -t 5 -w 2 --threads 1 -q --server-pid 24080 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:40955 -t 5 -w 2 --threads 1 -q --server-pid 24096 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:38417 -t 5 -w 2 --threads 1 -q --server-pid 24112 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:46723 -t 5 -w 2 --threads 1 -q --server-pid 24133 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:42085 -t 5 -w 2 --threads 1 -q --server-pid 24153 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:44699 -t 5 -w 2 --threads 1 -q --server-pid 24169 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:41865 -t 5 -w 2 --threads 1 -q --server-pid 24185 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:33393 -t 5 -w 2 --threads 1 -q --server-pid 24206 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:33697 -t 5 -w 2 --threads 1 -q --server-pid 24226 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:44337 -t 5 -w 2 --threads 1 -q --server-pid 24242 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:41327 -t 5 -w 2 --threads 1 -q --server-pid 24258 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:37543 -t 5 -w 2 --threads 1 -q --server-pid 24280 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:33923 -t 5 -w 2 --threads 1 -q --server-pid 24300 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:44735 -t 5 -w 2 --threads 1 -q --server-pid 24317 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:35435 -t 5 -w 2 --threads 1 -q --server-pid 24330 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:37679 -t 5 -w 2 --threads 1 -q --server-pid 24352 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:40393 -t 5 -w 2 --threads 1 -q --server-pid 24372 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:36881 -t 5 -w 2 --threads 1 -q --server-pid 24384 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:33511 -t 5 -w 2 --threads 1 -q --server-pid 24400 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:36705 -t 5 -w 2 --threads 1 -q --server-pid 24421 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:42087 -t 5 -w 2 --threads 1 -q --server-pid 24441 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:37899 -t 5 -w 2 --threads 1 -q --server-pid 24457 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:39775 -t 5 -w 2 --threads 1 -q --server-pid 24469 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:43441 -t 5 -w 2 --threads 1 -q --server-pid 24491 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:44513 -t 5 -w 2 --threads 1 -q --server-pid 24507 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:39113 -t 5 -w 2 --threads 1 -q --server-pid 24523 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:44095 -t 5 -w 2 --threads 1 -q --server-pid 24539 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:36301 -t 5 -w 2 --threads 1 -q --server-pid 24560 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:37251 -t 5 -w 2 --threads 1 -q --server-pid 24580 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:41297 -t 5 -w 2 --threads 1 -q --server-pid 24596 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:36935 -t 5 -w 2 --threads 1 -q --server-pid 24608 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:33299 -t 5 -w 2 --threads 1 -q --server-pid 24646 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:44113 -t 5 -w 2 --threads 1 -q --server-pid 24666 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:44611 -t 5 -w 2 --threads 1 -q --server-pid 24678 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:43239 -t 5 -w 2 --threads 1 -q --server-pid 24690 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:42545 -t 5 -w 2 --threads 1 -q --server-pid 24710 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:34111 -t 5 -w 2 --threads 1 -q --server-pid 24731 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:45093 -t 5 -w 2 --threads 1 -q --server-pid 24748 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:46173 -t 5 -w 2 --threads 1 -q --server-pid 24761 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:32999 -t 5 -w 2 --threads 1 -q --server-pid 24783 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:44679 -t 5 -w 2 --threads 1 -q --server-pid 24803 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:40637 -t 5 -w 2 --threads 1 -q --server-pid 24819 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:38443 -t 5 -w 2 --threads 1 -q --server-pid 24835 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:42839 -t 5 -w 2 --threads 1 -q --server-pid 24856 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:34583 -t 5 -w 2 --threads 1 -q --server-pid 24877 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:45225 -t 5 -w 2 --threads 1 -q --server-pid 24889 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:44297 -t 5 -w 2 --threads 1 -q --server-pid 24901 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:39989 -t 5 -w 2 --threads 1 -q --server-pid 24923 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:34893 -t 5 -w 2 --threads 1 -q --server-pid 24943 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:35637 -t 5 -w 2 --threads 1 -q --server-pid 24956 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:44637 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 24973 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36741 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 24998 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:42215 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 25019 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36447 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 25039 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:41421 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 25055 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:33947 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 25081 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:43295 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 25101 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40787 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 25117 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39281 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 25137 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39925 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 25163 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:38181 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 25188 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36547 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 25204 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:41867 -c 10000 --hold 1 --server-pid 25223 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43331 -c 10000 --hold 1 --server-pid 25245 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:34845 -c 10000 --hold 1 --server-pid 25264 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:39841 -c 10000 --hold 1 --server-pid 25280 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:32935 -c 10000 --hold 1 --server-pid 25292 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:40263 -c 10000 --hold 1 --server-pid 25314 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43851 -c 10000 --hold 1 --server-pid 25334 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:46779 -c 10000 --hold 1 --server-pid 25350 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:39097 -c 10000 --hold 1 --server-pid 25366 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43961 -c 10000 --hold 1 --server-pid 25388 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42925 -c 10000 --hold 1 --server-pid 25408 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:44897 -c 10000 --hold 1 --server-pid 25424 --record bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-records.jsonl --out bench/results/2026-12-04-vm-xeon/echo-large-ring --name echo --title Echo:\ percore\ against\ tokio\ and\ monoio\,\ 2026-12-04\ on\ vm --op round\ trip --intro percore-echo\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ receive\ buffers\ from\ a\ per-core\ ring\)\;\ the\ peers\ read\ into\ a\ 16\,384-byte\ buffer\ per\ connection\ and\ write\ it\ back\,\ one\ thread\ each.\ The\ load\ generator\ sends\ a\ message\ per\ connection\ \(or\ 16\ with\ depth\ 16\)\,\ checks\ every\ echoed\ byte\ and\ sends\ the\ next.\ With\ one\ client\ core\ it\ saturates\ before\ a\ fast\ server\ does\,\ so\ round\ trips/s\ measure\ the\ client\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ round\ trip\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ load\ generator\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=tokio\ 1.54.1\,\ monoio\ 0.2.4\;\ 16\,384-byte\ buffer\ per\ connection --meta percore=8a1c254 --commands bench/results/2026-12-04-vm-xeon/echo-large-ring/echo-commands.sh 
