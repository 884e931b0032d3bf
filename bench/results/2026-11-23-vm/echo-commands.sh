taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:41773 --server-pid 20820 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:33955 --server-pid 20842 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:38611 --server-pid 20863 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:38163 --server-pid 20879 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:37985 --server-pid 20891 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:40605 --server-pid 20909 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:40283 --server-pid 20926 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:33147 --server-pid 20940 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:35751 --server-pid 20952 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:43947 --server-pid 20970 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:42089 --server-pid 20987 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:35883 --server-pid 20999 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:45169 --server-pid 21015 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:39527 --server-pid 21037 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:36715 --server-pid 21058 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:38275 --server-pid 21074 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:36169 --server-pid 21086 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:38409 --server-pid 21108 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:37849 --server-pid 21129 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:43229 --server-pid 21162 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:43591 --server-pid 21174 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:37689 --server-pid 21192 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:34451 --server-pid 21209 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:35701 --server-pid 21221 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:46637 --server-pid 21233 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:33493 --server-pid 21256 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:45115 --server-pid 21277 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:41307 --server-pid 21293 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:41751 --server-pid 21305 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:39947 --server-pid 21327 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:42147 --server-pid 21348 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:36621 --server-pid 21360 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:46109 --server-pid 21376 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:32975 --server-pid 21398 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:42305 --server-pid 21418 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:35765 --server-pid 21430 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:41891 --server-pid 21442 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:33751 --server-pid 21465 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:34615 --server-pid 21482 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:36161 --server-pid 21494 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:39297 --server-pid 21510 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:46043 --server-pid 21532 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:43803 --server-pid 21553 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:33321 --server-pid 21566 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:37223 --server-pid 21579 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:39605 --server-pid 21601 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:33411 --server-pid 21618 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --addr 127.0.0.1:44893 --server-pid 21630 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=16\ KiB\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:34621 --server-pid 21648 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:32999 --server-pid 21674 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:44653 --server-pid 21699 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:37015 --server-pid 21715 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:40373 --server-pid 21731 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:42507 --server-pid 21753 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:34697 --server-pid 21778 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:45413 --server-pid 21798 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:46813 --server-pid 21818 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:43073 --server-pid 21841 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:41445 --server-pid 21866 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --addr 127.0.0.1:35013 --server-pid 21882 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:46623 --server-pid 21901 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:42325 --server-pid 21940 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:44827 --server-pid 21961 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:42343 --server-pid 21977 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:44541 --server-pid 21993 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:38003 --server-pid 22014 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:34705 --server-pid 22031 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:38071 --server-pid 22042 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:43811 --server-pid 22054 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:36997 --server-pid 22077 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:37439 --server-pid 22097 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle -c 10000 --hold 1 --addr 127.0.0.1:44005 --server-pid 22112 --record bench/results/2026-11-23-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=3 
target/release/percore-bench report --records bench/results/2026-11-23-vm/echo-records.jsonl --out bench/results/2026-11-23-vm --name echo --title Echo:\ percore\ against\ tokio\ and\ monoio\,\ 2026-11-23\ on\ vm --op round\ trip --intro percore-echo\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ 4\ KiB\ receive\ buffers\ from\ a\ per-core\ ring\)\;\ the\ peers\ read\ into\ a\ 4\ KiB\ buffer\ per\ connection\ and\ write\ it\ back\,\ one\ thread\ each.\ The\ load\ generator\ sends\ a\ message\ per\ connection\ \(or\ 16\ with\ depth\ 16\)\,\ checks\ every\ echoed\ byte\ and\ sends\ the\ next.\ With\ one\ client\ core\ it\ saturates\ before\ a\ fast\ server\ does\,\ so\ round\ trips/s\ measure\ the\ client\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ round\ trip\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ load\ generator\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 10\ s\ measured\;\ strace\ window\ 5\ s --meta percore=978eb06 --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=tokio\ 1.54.1\,\ monoio\ 0.2.4\;\ 4\ KiB\ buffer\ per\ connection --commands bench/results/2026-11-23-vm/echo-commands.sh 
