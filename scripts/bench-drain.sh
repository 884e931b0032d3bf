#!/usr/bin/env bash
# Graceful stop and reload: percore-static (io_uring and epoll) against nginx. See --help.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: scripts/bench-drain.sh [OPTIONS]

How long a graceful stop takes and whether a reload loses requests, for percore-static (on
io_uring and on epoll) and nginx (installed with apt-get when missing; configured as in
bench-http.sh: one worker per server CPU, sendfile on, tcp_nopush on, keepalive_timeout 65),
each pinned to the server CPUs.

Stops (percore: SIGTERM; nginx's graceful stop: SIGQUIT), a fresh server each run:
  - IDLE idle kept-alive connections (each after one answered request) and nothing in flight;
  - the same, with 4 downloads of a 16 MiB file read at 4 MiB/s under way.
Figures, from the signal: when the last idle connection saw its close (a reset is an error),
when the downloads had their last byte, when the process was gone.
Reloads: 10 SIGHUPs, 400 ms apart, under `wrk -c 100` on a 1 KiB file; figure: wrk's socket
errors and non-2xx responses (failed requests).

Results: OUT/drain.md and drain.json (medians of --runs), the raw records
(drain-records.jsonl) and every command run (drain-commands.sh).

USAGE
    bench_options "the clients" '  --idle N            idle connections (default 1000)
                      directory unless --out is given: checks that the script works'
    cat <<'USAGE'

Needs: cargo, taskset (util-linux); nginx, wrk and strace are installed with apt-get when
missing (as root). Servers listen on 127.0.0.1 only.
USAGE
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh
idle_given=0
for arg in "$@"; do [[ $arg == --idle ]] && idle_given=1; done
setup drain "$@"
[[ $idle_given == 1 || $quick == 1 ]] || idle=1000
reloads=10
[[ $quick == 1 ]] && idle=200 reloads=2
need_tool wrk wrk
need_tool nginx nginx-light

build percore-static percore-bench

make_site
head -c $((16 << 20)) /dev/urandom >"$site/big.bin"
chmod 644 "$site/big.bin"

# name|command|graceful stop signal
servers=(
    "percore (io_uring)|$bin/percore-static --root $site --backend io_uring --log-level warn --listen|TERM"
    "percore (epoll)|$bin/percore-static --root $site --backend epoll --log-level warn --listen|TERM"
    "nginx|nginx|QUIT"
)

# stop_case RUN LABEL DRAIN-OPTIONS...: one timed stop per server.
stop_case() {
    local run="$1" label="$2" server name cmd signal
    shift 2
    while IFS= read -r server <&3; do
        name="${server%%|*}"
        cmd="${server#*|}"
        signal="${cmd##*|}"
        cmd="${cmd%|*}"
        step "run $run/$runs: $label: $name"
        start_server "$name" "$cmd"
        run_logged taskset -c "$client_cpus" "$bin/percore-bench" drain --addr "$server_addr" \
            --server-pid "$server_pid" --signal "$signal" --idle "$idle" --idle-path /1k.txt "$@" \
            --record "$records" --tag "config=$label" --tag "server=$name" --tag "run=$run" || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    done 3< <(run_order "$run")
}

# reload_case RUN: wrk under reloads, per server; records wrk's failed requests.
reload_case() {
    local run="$1" server name cmd wrk_out errors i
    while IFS= read -r server <&3; do
        name="${server%%|*}"
        cmd="${server#*|}"
        cmd="${cmd%|*}"
        step "run $run/$runs: $reloads reloads under wrk -c 100: $name"
        start_server "$name" "$cmd"
        wrk_out="$work/wrk.out"
        local secs=$(( (reloads * 4 + 9) / 10 + 2 ))
        echo "$(logged taskset -c "$client_cpus" wrk -t1 -c100 -d"${secs}s" "http://$server_addr/1k.txt") >wrk.out &" >>"$commands"
        taskset -c "$client_cpus" wrk -t1 -c100 -d"${secs}s" "http://$server_addr/1k.txt" >"$wrk_out" 2>&1 &
        local wrk_pid=$!
        sleep 0.5
        for i in $(seq "$reloads"); do
            echo "kill -HUP $server_pid; sleep 0.4" >>"$commands"
            kill -HUP "$server_pid"
            sleep 0.4
        done
        wait "$wrk_pid" || true
        cat "$wrk_out"
        # Socket errors (connect, read, write, timeout) and non-2xx responses: failed requests.
        errors=$(awk '/Socket errors/ { gsub(",", ""); n = $4 + $6 + $8 + $10 }
                      /Non-2xx/ { n += $5 } END { print n + 0 }' "$wrk_out")
        echo "{\"tags\":{\"config\":\"$reloads reloads under wrk -c 100\",\"server\":\"$name\",\"run\":\"$run\"},\"metrics\":{\"errors\":$errors}}" >>"$records"
        stop_server
    done 3< <(run_order "$run")
}

for run in $(seq 1 "$runs"); do
    stop_case "$run" "$(with_commas "$idle") idle, nothing in flight"
    stop_case "$run" "$(with_commas "$idle") idle + 4 downloads of 16 MiB at 4 MiB/s" \
        --downloads 4 --download-path /big.bin --rate $((4 << 20))
    reload_case "$run"
done

intro="percore-static runs on its built-in defaults (timeouts.drain_idle = 100 ms); nginx with \
the configuration in drain-nginx.conf. A graceful stop is SIGTERM for percore and SIGQUIT for nginx \
(nginx's SIGTERM is its fast stop). The idle connections have waited 0.5 s when the signal \
comes. Times are from the signal, as the client sees them; a download's end is when its client \
read its last byte, which can be after the server's exit (the kernel sends what the socket \
still holds)."
step "report"
report_run drain "Graceful stop and reload: percore-static against nginx" "stop" "" \
    --meta "peer=$(nginx_and_wrk)"
