taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:33209 -t 5 -w 2 --threads 1 -q --server-pid 5959 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:36811 -t 5 -w 2 --threads 1 -q --server-pid 5977 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:42569 -t 5 -w 2 --threads 1 -q --server-pid 5993 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:39791 -t 5 -w 2 --threads 1 -q --server-pid 6005 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:37287 -t 5 -w 2 --threads 1 -q --server-pid 6021 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:36263 -t 5 -w 2 --threads 1 -q --server-pid 6042 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:35065 -t 5 -w 2 --threads 1 -q --server-pid 6062 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:40305 -t 5 -w 2 --threads 1 -q --server-pid 6078 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:37579 -t 5 -w 2 --threads 1 -q --server-pid 6094 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:42369 -t 5 -w 2 --threads 1 -q --server-pid 6116 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:44921 -t 5 -w 2 --threads 1 -q --server-pid 6136 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:35301 -t 5 -w 2 --threads 1 -q --server-pid 6153 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:45427 -t 5 -w 2 --threads 1 -q --server-pid 6170 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:36959 -t 5 -w 2 --threads 1 -q --server-pid 6191 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:34211 -t 5 -w 2 --threads 1 -q --server-pid 6211 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:46399 -t 5 -w 2 --threads 1 -q --server-pid 6227 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:41163 -t 5 -w 2 --threads 1 -q --server-pid 6244 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:37245 -t 5 -w 2 --threads 1 -q --server-pid 6265 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:43765 -t 5 -w 2 --threads 1 -q --server-pid 6285 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:39389 -t 5 -w 2 --threads 1 -q --server-pid 6301 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:32871 -t 5 -w 2 --threads 1 -q --server-pid 6317 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:41925 -t 5 -w 2 --threads 1 -q --server-pid 6339 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:44351 -t 5 -w 2 --threads 1 -q --server-pid 6360 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:36167 -t 5 -w 2 --threads 1 -q --server-pid 6376 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:41981 -t 5 -w 2 --threads 1 -q --server-pid 6388 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:35285 -t 5 -w 2 --threads 1 -q --server-pid 6409 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:38659 -t 5 -w 2 --threads 1 -q --server-pid 6429 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:40025 -t 5 -w 2 --threads 1 -q --server-pid 6445 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:35591 -t 5 -w 2 --threads 1 -q --server-pid 6461 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:45815 -t 5 -w 2 --threads 1 -q --server-pid 6483 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:46571 -t 5 -w 2 --threads 1 -q --server-pid 6503 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:40053 -t 5 -w 2 --threads 1 -q --server-pid 6519 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:44241 -t 5 -w 2 --threads 1 -q --server-pid 6535 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:44817 -t 5 -w 2 --threads 1 -q --server-pid 6557 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:43561 -t 5 -w 2 --threads 1 -q --server-pid 6577 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:37947 -t 5 -w 2 --threads 1 -q --server-pid 6589 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:38995 -t 5 -w 2 --threads 1 -q --server-pid 6606 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:46219 -t 5 -w 2 --threads 1 -q --server-pid 6659 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:46307 -t 5 -w 2 --threads 1 -q --server-pid 6679 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:44789 -t 5 -w 2 --threads 1 -q --server-pid 6695 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:33817 -t 5 -w 2 --threads 1 -q --server-pid 6711 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:35761 -t 5 -w 2 --threads 1 -q --server-pid 6732 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:39451 -t 5 -w 2 --threads 1 -q --server-pid 6752 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:33533 -t 5 -w 2 --threads 1 -q --server-pid 6768 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:39887 -t 5 -w 2 --threads 1 -q --server-pid 6784 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:42133 -t 5 -w 2 --threads 1 -q --server-pid 6806 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:36555 -t 5 -w 2 --threads 1 -q --server-pid 6826 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:35845 -t 5 -w 2 --threads 1 -q --server-pid 6842 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:35605 -t 5 -w 2 --threads 1 -q --server-pid 6858 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:40737 -t 5 -w 2 --threads 1 -q --server-pid 6879 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:43487 -t 5 -w 2 --threads 1 -q --server-pid 6899 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:39329 -t 5 -w 2 --threads 1 -q --server-pid 6915 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:35535 -t 5 -w 2 --threads 1 -q --server-pid 6931 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:40303 -t 5 -w 2 --threads 1 -q --server-pid 6952 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:44729 -t 5 -w 2 --threads 1 -q --server-pid 6973 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:39763 -t 5 -w 2 --threads 1 -q --server-pid 6989 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:35747 -t 5 -w 2 --threads 1 -q --server-pid 7005 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:44275 -t 5 -w 2 --threads 1 -q --server-pid 7026 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:38615 -t 5 -w 2 --threads 1 -q --server-pid 7047 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:46443 -t 5 -w 2 --threads 1 -q --server-pid 7059 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:36575 -t 5 -w 2 --threads 1 -q --server-pid 7076 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:37879 -t 5 -w 2 --threads 1 -q --server-pid 7097 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:38437 -t 5 -w 2 --threads 1 -q --server-pid 7117 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:43105 -t 5 -w 2 --threads 1 -q --server-pid 7133 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:45645 -t 5 -w 2 --threads 1 -q --server-pid 7149 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:41755 -t 5 -w 2 --threads 1 -q --server-pid 7171 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:35317 -t 5 -w 2 --threads 1 -q --server-pid 7191 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:34555 -t 5 -w 2 --threads 1 -q --server-pid 7207 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:39733 -t 5 -w 2 --threads 1 -q --server-pid 7223 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:32793 -t 5 -w 2 --threads 1 -q --server-pid 7244 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:44867 -t 5 -w 2 --threads 1 -q --server-pid 7264 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:40707 -t 5 -w 2 --threads 1 -q --server-pid 7280 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36223 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7297 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:44777 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7324 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39493 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7349 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39859 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7369 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:34923 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7389 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:34421 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7414 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40023 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7439 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:34515 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7455 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39553 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7475 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:46613 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7500 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40269 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7525 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35961 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 7545 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37373 -c 10000 --hold 1 --server-pid 7564 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45179 -c 10000 --hold 1 --server-pid 7587 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:40387 -c 10000 --hold 1 --server-pid 7607 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43439 -c 10000 --hold 1 --server-pid 7623 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37471 -c 10000 --hold 1 --server-pid 7639 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45541 -c 10000 --hold 1 --server-pid 7661 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45663 -c 10000 --hold 1 --server-pid 7681 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43815 -c 10000 --hold 1 --server-pid 7697 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:41811 -c 10000 --hold 1 --server-pid 7713 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:35991 -c 10000 --hold 1 --server-pid 7736 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:34183 -c 10000 --hold 1 --server-pid 7756 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42379 -c 10000 --hold 1 --server-pid 7773 --record bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-06-vm-xeon/echo/echo-records.jsonl --out bench/results/2026-12-06-vm-xeon/echo --name echo --title Echo:\ percore\ against\ tokio\ and\ monoio\,\ 2026-12-06\ on\ vm --op round\ trip --intro percore-echo\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ receive\ buffers\ from\ a\ per-core\ ring\)\;\ the\ peers\ read\ into\ a\ 16\,384-byte\ buffer\ per\ connection\ and\ write\ it\ back\,\ one\ thread\ each.\ The\ load\ generator\ sends\ a\ message\ per\ connection\ \(or\ 16\ with\ depth\ 16\)\,\ checks\ every\ echoed\ byte\ and\ sends\ the\ next.\ With\ one\ client\ core\ it\ saturates\ before\ a\ fast\ server\ does\,\ so\ round\ trips/s\ measure\ the\ client\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ round\ trip\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ load\ generator\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=tokio\ 1.54.1\,\ monoio\ 0.2.4\;\ 16\,384-byte\ buffer\ per\ connection --meta percore=2c42adb-dirty --commands bench/results/2026-12-06-vm-xeon/echo/echo-commands.sh 
