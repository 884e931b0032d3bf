#!/usr/bin/env bash
# Echo benchmark: percore-echo (io_uring and epoll) against tokio and monoio echo servers, on
# this machine, side by side. See --help.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: scripts/bench-echo.sh [OPTIONS]

Measures percore-echo (on io_uring and on epoll) against a tokio echo server (current-thread
runtime) and a monoio echo server (io_uring driver), each pinned to the server CPUs while the
load generator (percore-bench, verifying every echoed byte) runs on the client CPUs.

The peers read into a buffer of --buf-size bytes per connection (16 KiB by default: what
their users configure; tokio's BufReader takes 8 KiB); percore-echo runs on its defaults.

Every configuration runs --runs times with the servers interleaved (A B C D, B C D A, ...), a
fresh server process each time. Configurations, a sweep of message sizes: 64 B over 100
connections (one message in flight each, and 16 pipelined), 64 B over 1,000 connections, then
1 KiB over 100 connections and 16 KiB and 64 KiB over 50. Figures: round trips/s, bytes/s,
latency percentiles, server CPU time per round trip (from /proc over the timed window); then,
in separate windows, syscalls per round trip (perf stat, or strace -c -f where perf is missing: a count, not a speed) and
resident memory per idle connection (10,000 idle connections). Results: OUT/echo.md,
echo.json, echo.svg and the raw records, echo-records.jsonl.

EOF
    bench_options "the load generator" "  --idle N            idle connections for the memory figure (default 10000)
  --buf-size N        bytes of each peer connection's read buffer (default 16384)
  --sizes LIST        measure these message sizes instead, and nothing else: a sweep, as
                      \"256B,4KiB,256KiB,1MiB\" (bytes, or with B, KiB or MiB), over 100
                      connections up to 4 KiB and 50 past it"
    cat <<'EOF'

Needs: cargo, taskset (util-linux), strace (installed with apt-get when missing and run as
root). Servers listen on 127.0.0.1 only.
EOF
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh
setup echo "$@"

build percore-echo percore-bench percore-bench-peers

# name|command (the address is appended by start_server)
servers=(
    "percore (io_uring)|$bin/percore-echo --backend io_uring --log-level warn --listen"
    "percore (epoll)|$bin/percore-echo --backend epoll --log-level warn --listen"
    "tokio|$bin/tokio-echo --buf-size $buf_size --listen"
    "monoio|$bin/monoio-echo --buf-size $buf_size --listen"
)
# label|percore-bench echo options
depth_clause=" (or 16 with depth 16)"
if [[ -n $sizes ]]; then
    depth_clause=""
    # --sizes: one message in flight per connection, over 100 connections up to 4 KiB and 50
    # past it (as the default sweep), and nothing else.
    configs=()
    for bytes in "${size_list[@]}"; do
        conns=100
        ((bytes <= 4096)) || conns=50
        configs+=("$(size_label "$bytes"), $conns conns|-c $conns -d 1 -s $bytes")
    done
else
    configs=(
        "64 B, 100 conns|-c 100 -d 1 -s 64"
        "64 B, 100 conns, depth 16|-c 100 -d 16 -s 64"
        "64 B, 1,000 conns|-c 1000 -d 1 -s 64"
        "1 KiB, 100 conns|-c 100 -d 1 -s 1024"
        "16 KiB, 50 conns|-c 50 -d 1 -s 16384"
        "64 KiB, 50 conns|-c 50 -d 1 -s 65536"
    )
fi

measure_configs echo --addr {addr} -t "$duration" -w "$warmup" --threads "$client_threads" -q

if [[ -z $sizes ]]; then
    measure_syscalls "syscalls per round trip" "64 B, 100 conns" echo --addr {addr} -c 100 -d 1 -s 64 \
        --threads "$client_threads" -q

    measure_idle
fi

intro="percore-echo runs on its built-in defaults (one worker per server CPU, receive \
buffers from a per-core ring); the peers read into a $(with_commas "$buf_size")-byte buffer per \
connection and write it back, one thread (one runtime) per server CPU each. The load generator sends a message per connection$depth_clause, checks every echoed byte and sends the next. With one client core it saturates before a \
fast server does, so round trips/s measure the client as much as the server: server CPU time \
per round trip is the figure that ranks the servers."
step "report"
# Logged too: running the last line of the command log again re-renders the report.
report_run echo "Echo: percore against tokio and monoio" "round trip" \
    ", $client_threads load generator thread(s)" \
    --meta "$(window_meta)" \
    --meta "rustc=$(rustc --version)" \
    --meta "peers=tokio $(crate_version tokio), monoio $(crate_version monoio); $(with_commas "$buf_size")-byte buffer per connection"
