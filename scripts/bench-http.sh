#!/usr/bin/env bash
# HTTP benchmark: percore-static (io_uring and epoll) against nginx, on this machine, side by
# side. See --help.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: scripts/bench-http.sh [OPTIONS]

Measures percore-static (on io_uring and on epoll) against nginx (installed with apt-get when
missing; started with a configuration this script writes: one worker per server CPU,
sendfile on and tcp_nopush on as Debian's nginx.conf has them, keepalive_timeout 65 as
nginx's sample configuration has it (Debian's keeps the 75 s default), access log off, reuseport, worker_connections 16384 for the idle test, the rest nginx's
defaults), each pinned to the server CPUs while wrk (installed when missing) runs on the
client CPUs.

Every configuration runs --runs times with the servers interleaved (A B C, B C A, ...), a fresh
server process each time, after an unmeasured warm-up. Configurations: files of 1 KiB, 64 KiB,
1 MiB and 16 MiB, 1,000 distinct 1 MiB files requested at random (100 with --quick), and a
missing file (404), each over 100 kept-alive connections. Figures: requests/s,
bytes/s, latency percentiles, server CPU time per request (from /proc over the timed window);
then, in separate windows, syscalls per request for the 1 KiB and 1 MiB files (perf stat, or strace -c -f where perf is missing:
a count, not a speed) and
resident memory per idle connection (10,000 idle connections). Results: OUT/http.md,
http.json, http.svg, the raw records (http-records.jsonl) and the nginx configuration.

USAGE
    bench_options "wrk" '  --idle N            idle connections for the memory figure (default 10000)
  --baseline REV      also measure percore-static as built at git revision REV, on io_uring,
                      in the same interleaved runs (before-and-after figures for a change)
  --sizes LIST        measure files of these sizes instead, and nothing else: a sweep, as
                      "4KiB,32KiB,256KiB,4MiB" (bytes, or with B, KiB or MiB)'
    cat <<'USAGE'
  --https             measure over HTTPS instead: the 1 KiB and 1 MiB files, resumed and
                      full handshakes, against nginx with the same certificate and suite
                      (runs scripts/bench-https.sh with the other options; see its --help)

Needs: cargo, taskset (util-linux); nginx, wrk, curl and strace are installed with apt-get
when missing (as root). Servers listen on 127.0.0.1 only.
USAGE
}

# --https hands the run, with every other option, to the HTTPS benchmark.
for arg in "$@"; do
    if [[ $arg == --https ]]; then
        rest=()
        for a in "$@"; do [[ $a == --https ]] || rest+=("$a"); done
        exec "$(dirname "${BASH_SOURCE[0]}")/bench-https.sh" "${rest[@]}"
    fi
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh
setup http "$@"
need_tool wrk wrk
need_tool nginx nginx-light
need_tool curl curl

build percore-static percore-bench

make_site
if [[ -n $sizes ]]; then
    # --sizes: a file of each size, and nothing else.
    for bytes in "${size_list[@]}"; do
        head -c "$bytes" /dev/urandom >"$site/size-$bytes.bin"
    done
else
    head -c $((64 << 10)) /dev/urandom >"$site/64k.bin"
    head -c $((1 << 20)) /dev/urandom >"$site/1m.bin"
    head -c $((16 << 20)) /dev/urandom >"$site/16m.bin"
    # Many distinct 1 MiB files, together far past percore's per-core cache (and never in it,
    # as each is over cache_max_file): the page cache serves them, to both servers alike.
    mix=1000
    [[ $quick == 1 ]] && mix=100
    mkdir -p "$site/mix"
    head -c $((mix << 20)) /dev/urandom | split -b 1M -d -a 4 - "$site/mix/"
    for f in "$site"/mix/*; do mv "$f" "$site/mix/$((10#${f##*/})).bin"; done
    chmod 755 "$site/mix"
    chmod 644 "$site"/mix/*
fi
chmod 644 "$site"/*.*
# Written back now, not while a server is measured.
sync

# name|command (the address is appended by start_server; `nginx` is started by the script)
servers=(
    "percore (io_uring)|$bin/percore-static --root $site --backend io_uring --log-level warn --listen"
    "percore (epoll)|$bin/percore-static --root $site --backend epoll --log-level warn --listen"
    "nginx|nginx"
)
baseline_bin="$(build_baseline percore-static percore-static)"
[[ -z $baseline || -x $baseline_bin ]] || die "percore-static at $baseline was not built"
if [[ -n $baseline_bin ]]; then
    servers+=("percore $baseline (io_uring)|$baseline_bin --root $site --backend io_uring --log-level warn --listen")
fi
# label|percore-bench wrk options
if [[ -n $sizes ]]; then
    configs=()
    for bytes in "${size_list[@]}"; do
        configs+=("$(size_label "$bytes") file|--url http://{addr}/size-$bytes.bin")
    done
    what="each configuration asks for one file, of a size given with --sizes ($sizes)"
    idle_conf=""
else
    configs=(
        "1 KiB file|--url http://{addr}/1k.txt"
        "64 KiB file|--url http://{addr}/64k.bin"
        "1 MiB file|--url http://{addr}/1m.bin"
        "16 MiB file|--url http://{addr}/16m.bin"
        "$(with_commas "$mix") files of 1 MiB|--url http://{addr}/mix/{n}.bin --spread $mix"
        "404|--url http://{addr}/missing --any-status"
    )
    what="for the mix of distinct files each request names one of them at random"
    idle_conf=", worker_connections 16384 for the idle test"
fi

if [[ -z $sizes ]]; then
    # The 404 configuration takes any status as an answer (wrk counts the rest as errors):
    # each server is checked to answer it with 404, not a 500 or a page of its own.
    for server in "${servers[@]}"; do
        name="${server%%|*}"
        start_server "$name" "${server#*|}"
        got=$(run_logged curl -s --max-time 10 -o /dev/null -w '%{http_code}' \
            "http://$server_addr/missing") || got="no answer ($got)"
        stop_server
        [[ $got == 404 ]] || die "$name answered /missing with $got, not 404"
    done
fi

measure_configs wrk -c 100 --threads "$client_threads" -t "$duration" -w "$warmup"

if [[ -z $sizes ]]; then
    measure_syscalls "syscalls per request" "1 KiB file" wrk --url "http://{addr}/1k.txt" \
        -c 100 --threads "$client_threads"
    measure_syscalls "syscalls per request" "1 MiB file" wrk --url "http://{addr}/1m.bin" \
        -c 100 --threads "$client_threads"

    measure_idle
fi

intro="percore-static runs on its built-in defaults (one worker per server CPU, files up to \
16 KiB from a per-core cache, larger ones by sendfile on the worker when the page cache holds \
them, from descriptors the cache keeps open); nginx runs with the \
configuration in http-nginx.conf (one worker per server CPU, sendfile on and tcp_nopush on as \
Debian's nginx.conf has them, keepalive_timeout 65 as nginx's sample configuration has it, \
access log off$idle_conf, its defaults otherwise, so no open-file cache). wrk keeps 100 connections alive and sends the \
next request as each response ends; $what. With one client core wrk saturates before a fast server \
does, so requests/s measure wrk as much as the server: server CPU time per request is the \
figure that ranks the servers."
step "report"
# Logged too: running the last line of the command log again re-renders the report.
report_run http "HTTP: percore-static against nginx" "request" ", $client_threads wrk thread(s)" \
    --meta "$(window_meta)" \
    --meta "rustc=$(rustc --version)" \
    --meta "peer=$(nginx_and_wrk)"
