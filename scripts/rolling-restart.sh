#!/usr/bin/env bash
# A rolling restart behind a load balancer, as an orchestrator does it, counting failed requests.
#
#   scripts/rolling-restart.sh [--backend auto|io_uring|epoll] [--mode http|tcp]
#                              [--duration SECONDS] [--restarts N]
#
# Two percore-static instances (2 workers each) serve one small file on 127.0.0.1; haproxy
# (installed with apt-get when missing) balances them, a health check on each instance's /ready
# (the admin port) taking an instance out as soon as it drains. --mode http (the default):
# keep-alive on both sides and haproxy's usual retry settings for idempotent requests; --mode
# tcp: each client connection is relayed to one instance, only refused connects are retried. While
# `wrk -c 50` runs through haproxy, one instance at a time gets SIGTERM, drains and exits, and is
# started again on the same ports; the next restart waits until haproxy sees it ready again.
# Prints wrk's summary and the failed requests (socket errors plus non-2xx answers): the target
# is 0.
set -euo pipefail
cd "$(dirname "$0")/.."

backend=auto mode=http duration=20 restarts=4
while [[ $# -gt 0 ]]; do
    case $1 in
    --backend) backend=$2; shift 2 ;;
    --mode) mode=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --restarts) restarts=$2; shift 2 ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "rolling-restart.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

for tool in haproxy:haproxy wrk:wrk curl:curl; do
    if ! command -v "${tool%%:*}" >/dev/null; then
        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${tool#*:}"
    fi
done
# The build scripts/package-deb.sh makes (the same packages, so the same features): nothing to
# rebuild after it.
cargo build --release --quiet -p percore-static -p percore-echo
bin=target/release/percore-static

work=$(mktemp -d)
declare -A pid
haproxy_pid=""
cleanup() {
    for p in "${pid[@]}" $haproxy_pid; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/site"
head -c 1024 /dev/zero | tr '\0' x >"$work/site/1k.txt"
read -r front http_a admin_a http_b admin_b stats < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(6)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])')

# start NAME HTTP_PORT ADMIN_PORT: an instance, in the background.
start() {
    local name=$1
    cat >"$work/$name.toml" <<TOML
workers = 2
pin = "off"
backend = "$backend"
listen = ["127.0.0.1:$2"]
shutdown_timeout = "10s"
[admin]
enabled = true
listen = "127.0.0.1:$3"
[static]
root = "$work/site"
TOML
    "$bin" -c "$work/$name.toml" >>"$work/$name.log" 2>&1 &
    pid[$name]=$!
}

# ready PORT: waits until the admin endpoint on PORT answers /ready with 200.
ready() {
    for _ in $(seq 200); do
        curl -sf --max-time 1 "http://127.0.0.1:$1/ready" >/dev/null && return 0
        sleep 0.05
    done
    echo "rolling-restart.sh: the instance on admin port $1 never became ready" >&2
    exit 1
}

# server_stat NAME COLUMN: a column of haproxy's CSV statistics for server NAME (18 status,
# 24 chkdown: the times its health check took it down).
server_stat() {
    curl -s --max-time 1 "http://127.0.0.1:$stats/stats;csv" \
        | awk -F, -v name="$1" -v col="$2" '$1 == "app" && $2 == name { print $col }'
}

# haproxy_up NAME [DOWNS]: waits until haproxy's health check has taken server NAME down more
# than DOWNS times in all (so a restart was seen, not just the state from before it) and has
# put it back (UP).
haproxy_up() {
    for _ in $(seq 400); do
        if [[ $(server_stat "$1" 18) == UP && $(server_stat "$1" 24) -gt ${2:--1} ]]; then
            return 0
        fi
        sleep 0.05
    done
    echo "rolling-restart.sh: haproxy did not see $1 go down and come back" >&2
    exit 1
}

start a "$http_a" "$admin_a"
start b "$http_b" "$admin_b"
ready "$admin_a"
ready "$admin_b"

case $mode in
# What haproxy's users set for zero-downtime backends: a request whose connection failed, was
# closed before an answer, or met a refused connect is sent again (to the other server).
http) mode_lines="mode http
    timeout http-keep-alive 30s
    retry-on conn-failure empty-response response-timeout
    http-reuse safe" ;;
tcp) mode_lines="mode tcp" ;;
*) echo "rolling-restart.sh: --mode is http or tcp" >&2; exit 2 ;;
esac
cat >"$work/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    $mode_lines
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch 1
frontend web
    bind 127.0.0.1:$front
    default_backend app
frontend stats
    mode http
    bind 127.0.0.1:$stats
    stats enable
    stats uri /stats
backend app
    balance roundrobin
    option httpchk GET /ready
    default-server inter 500ms fall 1 rise 2
    server a 127.0.0.1:$http_a check port $admin_a
    server b 127.0.0.1:$http_b check port $admin_b
CFG
haproxy -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
haproxy_pid=$!
haproxy_up a
haproxy_up b

wrk -t 2 -c 50 -d "${duration}s" "http://127.0.0.1:$front/1k.txt" >"$work/wrk.txt" 2>&1 &
wrk_pid=$!
load_start=$(date +%s%N)
gap=$(((duration - 4) / restarts))
if [[ $gap -lt 2 ]]; then
    echo "rolling-restart.sh: --duration must leave 2 s per restart plus 4 s (try $((restarts * 2 + 4)))" >&2
    exit 2
fi
for i in $(seq "$restarts"); do
    # Restart i begins 2 s + (i - 1) gaps into the load, however long the previous one took.
    wait_ms=$(((load_start / 1000000) + 2000 + (i - 1) * gap * 1000 - $(date +%s%N) / 1000000))
    [[ $wait_ms -gt 0 ]] && sleep "$((wait_ms / 1000)).$(printf %03d $((wait_ms % 1000)))"
    name=$([[ $((i % 2)) == 1 ]] && echo a || echo b)
    http=$([[ $name == a ]] && echo "$http_a" || echo "$http_b")
    admin=$([[ $name == a ]] && echo "$admin_a" || echo "$admin_b")
    downs=$(server_stat "$name" 24)
    t0=$(date +%s%N)
    kill -TERM "${pid[$name]}"
    wait "${pid[$name]}" || { echo "instance $name exited with an error" >&2; cat "$work/$name.log" >&2; exit 1; }
    t1=$(date +%s%N)
    start "$name" "$http" "$admin"
    ready "$admin"
    haproxy_up "$name" "$downs"
    t2=$(date +%s%N)
    printf 'restart %d: %s drained and exited in %d ms; haproxy took it out and back in within %d ms\n' \
        "$i" "$name" $(((t1 - t0) / 1000000)) $(((t2 - t1) / 1000000))
done
# Every restart happened under load: wrk was still running after the last one.
kill -0 "$wrk_pid" 2>/dev/null || { echo "rolling-restart.sh: the load ended before the last restart" >&2; exit 1; }
wait "$wrk_pid"
cat "$work/wrk.txt"
echo "haproxy, per server: sessions, connection errors, response errors, retries, redispatches"
curl -s --max-time 2 "http://127.0.0.1:$stats/stats;csv" \
    | awk -F, '$1 == "app" && ($2 == "a" || $2 == "b") { printf "  %s: %s sessions, econ %s, eresp %s, wretr %s, wredis %s\n", $2, $8, $14, $15, $16, $17 }' 
errors=$(sed -n 's/.*Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 + \2 + \3 + \4/p' "$work/wrk.txt")
non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p' "$work/wrk.txt")
failed=$((${errors:-0} + ${non2xx:-0}))
echo "backend=$backend mode=$mode restarts=$restarts failed requests: $failed"
[[ $failed == 0 ]]
