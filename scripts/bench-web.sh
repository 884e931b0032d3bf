#!/usr/bin/env bash
# HTTP service benchmark: percore-hello (percore-web, io_uring and epoll) against hyper and
# actix-web, on this machine, side by side. See --help.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: scripts/bench-web.sh [OPTIONS]

Measures percore-hello (percore-web's example service, on io_uring and on epoll) against two
peers built for the benchmarks (bench/peers): hyper 1.x on tokio's current-thread runtime,
one pinned runtime per server CPU each with its own SO_REUSEPORT listener, and actix-web with
one worker per server CPU. Each serves the same routes; each server is pinned to the server
CPUs while wrk (installed when missing) runs on the client CPUs.

The tests are TechEmpower's: plaintext (GET /plaintext, "Hello, World!") with keep-alive, one
request at a time and pipelined 16 deep (wrk's pipeline script); JSON (GET /json, an object
serialized per request); and POST /echo with a 4 KiB body, answered with the body. Each over
100 kept-alive connections.

Every configuration runs --runs times with the servers interleaved (A B C D, B C D A, ...), a
fresh server process each time, after an unmeasured warm-up. Figures: requests/s, latency
percentiles, server CPU time per request (from /proc over the timed window); then, in windows
of their own, syscalls per request (perf stat, or strace -c -f where perf is missing) for plaintext and for the 4 KiB echo.
Results: OUT/web.md, web.json, web.svg and the raw records (web-records.jsonl).

USAGE
    bench_options "wrk"
    cat <<'USAGE'

Needs: cargo, taskset (util-linux); wrk and strace are installed with apt-get when missing
(as root). Servers listen on 127.0.0.1 only.
USAGE
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh
setup web "$@"
need_tool wrk wrk

build percore-hello percore-bench percore-bench-peers

# name|command (the address is appended by start_server)
servers=(
    "percore (io_uring)|$bin/percore-hello --backend io_uring --log-level warn --listen"
    "percore (epoll)|$bin/percore-hello --backend epoll --log-level warn --listen"
    "hyper|$bin/hyper-web --listen"
    "actix-web|$bin/actix-web --listen"
)
# label|percore-bench wrk options
configs=(
    "plaintext|--url http://{addr}/plaintext"
    "plaintext, pipelined 16|--url http://{addr}/plaintext --pipeline 16"
    "JSON|--url http://{addr}/json"
    "POST 4 KiB echo|--url http://{addr}/echo --body-size 4096"
)

measure_configs wrk -c 100 --threads "$client_threads" -t "$duration" -w "$warmup"

measure_syscalls "syscalls per request" "plaintext" wrk --url "http://{addr}/plaintext" \
    -c 100 --threads "$client_threads"
measure_syscalls "syscalls per request" "POST 4 KiB echo" wrk --url "http://{addr}/echo" \
    --body-size 4096 -c 100 --threads "$client_threads"

intro="percore-hello (apps/hello, 59 lines on percore-web) runs on its built-in defaults: one \
worker per server CPU, access log off. hyper-web and actix-web (bench/peers) answer the same \
routes as their own guides write handlers: hyper 1.x http1 with pipeline_flush (as \
TechEmpower's hyper entry) on one tokio current-thread runtime per server CPU, each pinned with \
its own SO_REUSEPORT listener; actix-web 4 with one worker per server CPU. Every server sends \
Server, Date, Content-Type and Content-Length. wrk keeps 100 connections alive; in the \
pipelined test each connection writes 16 requests at once (wrk's pipeline script, as \
TechEmpower runs it). With one client core wrk saturates before a fast server does, so \
requests/s measure wrk as much as the server: server CPU time per request is the figure that \
ranks the servers."
step "report"
# Logged too: running the last line of the command log again re-renders the report.
report_run web "HTTP services: percore-web against hyper and actix-web" "request" \
    ", $client_threads wrk thread(s)" \
    --meta "window=${warmup} s warm-up, ${duration} s measured; syscall window ${strace_secs} s ($(syscall_counter))" \
    --meta "rustc=$(rustc --version)" \
    --meta "peers=hyper $(crate_version hyper), tokio $(crate_version tokio), actix-web $(crate_version actix-web), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
