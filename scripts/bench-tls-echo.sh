#!/usr/bin/env bash
# TLS echo benchmark: percore-echo over TLS (io_uring and epoll) against a tokio-rustls echo
# server, on this machine, side by side. See --help.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: scripts/bench-tls-echo.sh [OPTIONS]

Measures percore-echo speaking TLS (on io_uring and on epoll) against a tokio-rustls echo
server (current-thread runtime, rustls' default configuration with ring, reading into a
--buf-size buffer per connection, 16 KiB by default), both serving the same ECDSA P-256
certificate (made by openssl for the run) over TLS 1.3, each pinned to the server CPUs while
the load generator (percore-bench echo --tls: rustls on its own ring, verifying every echoed
byte) runs on the client CPUs. Both servers use rustls 0.23 with ring, so the figures compare
what drives rustls: percore's ring against tokio.

Configurations: 64 B and 1 KiB messages over 100 connections, 16 KiB and 64 KiB over 50, one
message in flight per connection. Figures: round trips/s, bytes/s, latency percentiles,
server CPU time per round trip; then, in separate windows, syscalls per round trip (perf stat, or strace where perf is missing).
Every configuration runs --runs times with the servers interleaved, a fresh server each time.
Results: OUT/tls-echo.md, tls-echo.json, tls-echo.svg and the raw records.

USAGE
    bench_options "the load generator" "  --buf-size N        bytes of the peer connection's read buffer (default 16384)"
    cat <<'USAGE'

Needs: cargo, taskset (util-linux); openssl and strace are installed with apt-get when
missing (as root). Servers listen on 127.0.0.1 only.
USAGE
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh
setup tls-echo "$@"
need_tool openssl openssl

build percore-echo percore-bench percore-bench-peers

tls="$work/tls"
mkdir -p "$tls"
run_logged openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$tls/key.pem" -out "$tls/cert.pem" 2>/dev/null
# Both announce their TLS address this way.
addr_line="listening with TLS on"

tls_flags="--tls-cert $tls/cert.pem --tls-key $tls/key.pem"
servers=(
    "percore (io_uring)|$bin/percore-echo --backend io_uring --log-level warn $tls_flags --listen 127.0.0.1:0 --tls-listen"
    "percore (epoll)|$bin/percore-echo --backend epoll --log-level warn $tls_flags --listen 127.0.0.1:0 --tls-listen"
    "tokio-rustls|$bin/tokio-tls-echo --buf-size $buf_size $tls_flags --listen"
)
configs=(
    "64 B, 100 conns|-c 100 -d 1 -s 64"
    "1 KiB, 100 conns|-c 100 -d 1 -s 1024"
    "16 KiB, 50 conns|-c 50 -d 1 -s 16384"
    "64 KiB, 50 conns|-c 50 -d 1 -s 65536"
)

measure_configs echo --tls --addr {addr} -t "$duration" -w "$warmup" --threads "$client_threads" -q

measure_syscalls "syscalls per round trip" "1 KiB, 100 conns" echo --tls --addr {addr} \
    -c 100 -d 1 -s 1024 --threads "$client_threads" -q

intro="percore-echo runs on its built-in defaults with --tls-listen, --tls-cert and --tls-key \
(rustls 0.23 with ring on the worker's thread: the handshake through the ring, then \
ciphertext received when the socket is readable into a buffer of the thread's, decrypted at \
once, encrypted again, sent); the tokio-rustls peer accepts with rustls' default \
configuration (ring) and reads into a $(with_commas "$buf_size")-byte buffer per connection, \
one thread (one runtime) per server CPU. Both serve one ECDSA P-256 certificate over TLS 1.3 (TLS_AES_256_GCM_SHA384 for \
rustls' client and server alike). The load generator runs rustls too, sends a message per \
connection, checks every echoed byte and sends the next; with one client core it saturates \
before a fast server does, so server CPU time per round trip is the figure that ranks them."
step "report"
report_run tls-echo "TLS echo: percore against tokio-rustls" "round trip" \
    ", $client_threads load generator thread(s)" \
    --meta "window=${warmup} s warm-up, ${duration} s measured; syscall window ${strace_secs} s ($(syscall_counter))" \
    --meta "rustc=$(rustc --version)" \
    --meta "peer=tokio $(crate_version tokio), tokio-rustls $(crate_version tokio-rustls), rustls $(crate_version rustls); $(with_commas "$buf_size")-byte buffer per connection"
