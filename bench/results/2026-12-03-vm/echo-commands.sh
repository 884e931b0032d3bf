taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40487 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 2296 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36511 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 2408 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:34163 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 2428 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:41949 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 2462 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:45363 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 2478 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:41833 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 2646 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39417 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 2761 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40249 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 2906 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40485 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 2933 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:34915 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3011 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:46857 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3162 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39873 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3178 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40015 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 3223 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:33169 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 3244 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:34767 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 3264 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:43997 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 3280 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39123 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 3292 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:41761 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 3313 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:43605 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 3333 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35245 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 3350 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:33867 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 3366 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:44273 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 3387 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:45751 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 3407 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:42367 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 3423 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:42867 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3439 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:42027 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3460 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:38557 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3480 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:34699 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3496 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:43067 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3513 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:33755 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3531 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40381 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3551 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:45475 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3567 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:44509 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3610 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36797 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3642 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:46691 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3663 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:34621 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3681 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40515 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 3697 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:38281 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 3719 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:37621 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 3739 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35241 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 3755 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:41557 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 3767 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:33661 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 3784 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:43189 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 3804 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40095 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 3820 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:44281 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 3836 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39055 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 3858 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:38979 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 3878 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:33969 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 3894 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35911 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3910 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35173 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3933 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:38955 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3953 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39363 -c 100 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3969 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:44869 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 3985 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:37681 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 4007 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36689 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 4027 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:34573 -c 100 -d 16 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 4043 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:42859 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 4055 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:42621 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 4078 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39223 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 4099 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:42141 -c 1000 -d 1 -s 64 -t 10 -w 2 --threads 1 -q --server-pid 4116 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:43053 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 4132 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36011 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 4153 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36731 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 4173 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35375 -c 100 -d 1 -s 1024 -t 10 -w 2 --threads 1 -q --server-pid 4189 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:43373 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 4206 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40289 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 4227 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:38123 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 4248 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:42761 -c 50 -d 1 -s 16384 -t 10 -w 2 --threads 1 -q --server-pid 4264 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35083 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 4293 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35087 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 4315 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35597 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 4335 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:36243 -c 50 -d 1 -s 65536 -t 10 -w 2 --threads 1 -q --server-pid 4351 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:42917 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4369 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:44467 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4394 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:33553 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4419 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:42829 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4439 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35739 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4455 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:45517 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4482 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:43213 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4507 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:38981 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4527 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39103 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4543 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:46029 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4568 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39869 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4589 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:46643 -c 100 -d 1 -s 64 -t 5 -w 0 --threads 1 -q --strace --server-pid 4609 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37897 -c 10000 --hold 1 --server-pid 4632 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:38385 -c 10000 --hold 1 --server-pid 4654 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:34415 -c 10000 --hold 1 --server-pid 4674 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:40785 -c 10000 --hold 1 --server-pid 4690 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:35069 -c 10000 --hold 1 --server-pid 4706 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:40797 -c 10000 --hold 1 --server-pid 4728 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:44815 -c 10000 --hold 1 --server-pid 4748 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:39055 -c 10000 --hold 1 --server-pid 4764 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:41873 -c 10000 --hold 1 --server-pid 4780 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45723 -c 10000 --hold 1 --server-pid 4803 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42827 -c 10000 --hold 1 --server-pid 4823 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43853 -c 10000 --hold 1 --server-pid 4839 --record bench/results/2026-12-03-vm/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-03-vm/echo-records.jsonl --out bench/results/2026-12-03-vm --name echo --title Echo:\ percore\ against\ tokio\ and\ monoio\,\ 2026-12-03\ on\ vm --op round\ trip --intro percore-echo\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ receive\ buffers\ from\ a\ per-core\ ring\)\;\ the\ peers\ read\ into\ a\ 16\,384-byte\ buffer\ per\ connection\ and\ write\ it\ back\,\ one\ thread\ each.\ The\ load\ generator\ sends\ a\ message\ per\ connection\ \(or\ 16\ with\ depth\ 16\)\,\ checks\ every\ echoed\ byte\ and\ sends\ the\ next.\ With\ one\ client\ core\ it\ saturates\ before\ a\ fast\ server\ does\,\ so\ round\ trips/s\ measure\ the\ client\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ round\ trip\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ load\ generator\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 10\ s\ measured\;\ strace\ window\ 5\ s --meta percore=55e8452-dirty --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=tokio\ 1.54.1\,\ monoio\ 0.2.4\;\ 16\,384-byte\ buffer\ per\ connection --commands bench/results/2026-12-03-vm/echo-commands.sh 
