taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:45113 -t 5 -w 2 --threads 1 -q --server-pid 30498 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:45783 -t 5 -w 2 --threads 1 -q --server-pid 30536 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:43201 -t 5 -w 2 --threads 1 -q --server-pid 30556 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:37785 -t 5 -w 2 --threads 1 -q --server-pid 30588 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:43573 -t 5 -w 2 --threads 1 -q --server-pid 30612 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:37731 -t 5 -w 2 --threads 1 -q --server-pid 30633 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:33137 -t 5 -w 2 --threads 1 -q --server-pid 30653 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:38727 -t 5 -w 2 --threads 1 -q --server-pid 30665 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:38921 -t 5 -w 2 --threads 1 -q --server-pid 30677 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:33699 -t 5 -w 2 --threads 1 -q --server-pid 30699 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:34631 -t 5 -w 2 --threads 1 -q --server-pid 30719 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:44393 -t 5 -w 2 --threads 1 -q --server-pid 30736 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:34437 -t 5 -w 2 --threads 1 -q --server-pid 30752 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:38235 -t 5 -w 2 --threads 1 -q --server-pid 30773 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:37263 -t 5 -w 2 --threads 1 -q --server-pid 30793 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:34427 -t 5 -w 2 --threads 1 -q --server-pid 30805 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:38539 -t 5 -w 2 --threads 1 -q --server-pid 30817 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:40503 -t 5 -w 2 --threads 1 -q --server-pid 30838 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:43649 -t 5 -w 2 --threads 1 -q --server-pid 30858 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:33327 -t 5 -w 2 --threads 1 -q --server-pid 30874 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:43781 -t 5 -w 2 --threads 1 -q --server-pid 30886 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:41565 -t 5 -w 2 --threads 1 -q --server-pid 30908 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:44239 -t 5 -w 2 --threads 1 -q --server-pid 30928 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:38567 -t 5 -w 2 --threads 1 -q --server-pid 30944 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:43357 -t 5 -w 2 --threads 1 -q --server-pid 30956 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:34207 -t 5 -w 2 --threads 1 -q --server-pid 30977 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:35169 -t 5 -w 2 --threads 1 -q --server-pid 30997 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:38767 -t 5 -w 2 --threads 1 -q --server-pid 31009 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:37181 -t 5 -w 2 --threads 1 -q --server-pid 31025 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:38061 -t 5 -w 2 --threads 1 -q --server-pid 31048 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:33461 -t 5 -w 2 --threads 1 -q --server-pid 31068 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:39205 -t 5 -w 2 --threads 1 -q --server-pid 31084 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:40645 -t 5 -w 2 --threads 1 -q --server-pid 31105 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:39323 -t 5 -w 2 --threads 1 -q --server-pid 31136 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:33519 -t 5 -w 2 --threads 1 -q --server-pid 31152 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:42041 -t 5 -w 2 --threads 1 -q --server-pid 31164 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:35163 -t 5 -w 2 --threads 1 -q --server-pid 31180 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:35427 -t 5 -w 2 --threads 1 -q --server-pid 31201 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:38431 -t 5 -w 2 --threads 1 -q --server-pid 31221 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:41983 -t 5 -w 2 --threads 1 -q --server-pid 31237 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:36009 -t 5 -w 2 --threads 1 -q --server-pid 31249 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:37147 -t 5 -w 2 --threads 1 -q --server-pid 31271 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:45413 -t 5 -w 2 --threads 1 -q --server-pid 31288 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:46763 -t 5 -w 2 --threads 1 -q --server-pid 31300 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:39499 -t 5 -w 2 --threads 1 -q --server-pid 31316 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:46027 -t 5 -w 2 --threads 1 -q --server-pid 31337 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:35497 -t 5 -w 2 --threads 1 -q --server-pid 31357 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:38539 -t 5 -w 2 --threads 1 -q --server-pid 31369 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:43471 -t 5 -w 2 --threads 1 -q --server-pid 31381 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:46093 -t 5 -w 2 --threads 1 -q --server-pid 31402 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:46233 -t 5 -w 2 --threads 1 -q --server-pid 31424 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 64 --addr 127.0.0.1:43417 -t 5 -w 2 --threads 1 -q --server-pid 31440 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:33603 -t 5 -w 2 --threads 1 -q --server-pid 31452 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:34913 -t 5 -w 2 --threads 1 -q --server-pid 31473 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:33365 -t 5 -w 2 --threads 1 -q --server-pid 31490 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 16 -s 64 --addr 127.0.0.1:41827 -t 5 -w 2 --threads 1 -q --server-pid 31506 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns\,\ depth\ 16 --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:35101 -t 5 -w 2 --threads 1 -q --server-pid 31522 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:44829 -t 5 -w 2 --threads 1 -q --server-pid 31543 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:35815 -t 5 -w 2 --threads 1 -q --server-pid 31564 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 1000 -d 1 -s 64 --addr 127.0.0.1:37697 -t 5 -w 2 --threads 1 -q --server-pid 31580 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 1\,000\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:35019 -t 5 -w 2 --threads 1 -q --server-pid 31597 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:36517 -t 5 -w 2 --threads 1 -q --server-pid 31618 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:42699 -t 5 -w 2 --threads 1 -q --server-pid 31638 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 100 -d 1 -s 1024 --addr 127.0.0.1:43987 -t 5 -w 2 --threads 1 -q --server-pid 31650 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=1\ KiB\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:46329 -t 5 -w 2 --threads 1 -q --server-pid 31662 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:36539 -t 5 -w 2 --threads 1 -q --server-pid 31684 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:45143 -t 5 -w 2 --threads 1 -q --server-pid 31704 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 16384 --addr 127.0.0.1:39051 -t 5 -w 2 --threads 1 -q --server-pid 31720 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=16\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:38363 -t 5 -w 2 --threads 1 -q --server-pid 31732 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:34047 -t 5 -w 2 --threads 1 -q --server-pid 31754 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:37677 -t 5 -w 2 --threads 1 -q --server-pid 31774 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo -c 50 -d 1 -s 65536 --addr 127.0.0.1:37793 -t 5 -w 2 --threads 1 -q --server-pid 31790 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ KiB\,\ 50\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:32821 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 31807 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:35581 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 31832 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40205 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 31854 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:37645 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 31874 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40531 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 31894 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:34161 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 31919 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:38771 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 31944 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:33327 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 31964 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:43205 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 31980 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:40031 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 32005 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:39987 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 32030 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench echo --addr 127.0.0.1:38129 -c 100 -d 1 -s 64 --threads 1 -q -t 5 -w 0 --strace --server-pid 32050 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=64\ B\,\ 100\ conns --tag server=monoio --tag run=3 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:46023 -c 10000 --hold 1 --server-pid 32073 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:46061 -c 10000 --hold 1 --server-pid 32094 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:46283 -c 10000 --hold 1 --server-pid 32114 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=1 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:42449 -c 10000 --hold 1 --server-pid 32127 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=1 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:44963 -c 10000 --hold 1 --server-pid 32139 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:33389 -c 10000 --hold 1 --server-pid 32161 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37831 -c 10000 --hold 1 --server-pid 32181 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=2 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:41585 -c 10000 --hold 1 --server-pid 32197 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=2 
taskset -c 0 target/release/percore-echo --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:43693 -c 10000 --hold 1 --server-pid 32213 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-echo --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:32785 -c 10000 --hold 1 --server-pid 32236 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 target/release/tokio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:37993 -c 10000 --hold 1 --server-pid 32256 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=tokio --tag run=3 
taskset -c 0 target/release/monoio-echo --buf-size 16384 --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:46357 -c 10000 --hold 1 --server-pid 32272 --record bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --tag config=10\,000\ idle\ conns --tag server=monoio --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-05-vm-xeon/echo/echo-records.jsonl --out bench/results/2026-12-05-vm-xeon/echo --name echo --title Echo:\ percore\ against\ tokio\ and\ monoio\,\ 2026-12-05\ on\ vm --op round\ trip --intro percore-echo\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ receive\ buffers\ from\ a\ per-core\ ring\)\;\ the\ peers\ read\ into\ a\ 16\,384-byte\ buffer\ per\ connection\ and\ write\ it\ back\,\ one\ thread\ each.\ The\ load\ generator\ sends\ a\ message\ per\ connection\ \(or\ 16\ with\ depth\ 16\)\,\ checks\ every\ echoed\ byte\ and\ sends\ the\ next.\ With\ one\ client\ core\ it\ saturates\ before\ a\ fast\ server\ does\,\ so\ round\ trips/s\ measure\ the\ client\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ round\ trip\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ load\ generator\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peers=tokio\ 1.54.1\,\ monoio\ 0.2.4\;\ 16\,384-byte\ buffer\ per\ connection --meta percore=c487a5c --commands bench/results/2026-12-05-vm-xeon/echo/echo-commands.sh 
