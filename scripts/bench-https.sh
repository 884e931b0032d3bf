#!/usr/bin/env bash
# HTTPS benchmark: percore-static (io_uring and epoll) against nginx, both with the same
# certificate and TLS 1.3 cipher suite, on this machine, side by side. See --help.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: scripts/bench-https.sh [OPTIONS]

Measures percore-static over HTTPS (on io_uring and on epoll) against nginx (installed with
apt-get when missing), both serving the same ECDSA P-256 certificate (made by openssl for the
run) over TLS 1.3 with the same cipher suite, TLS_AES_256_GCM_SHA384: nginx has it forced
(ssl_conf_command Ciphersuites) and the session cache on (ssl_session_cache shared, 10 MB;
for full handshakes, tickets and the cache off), and is otherwise configured as in scripts/bench-http.sh (one worker per server CPU, sendfile
on, tcp_nopush on, keepalive_timeout 65, access log off, reuseport); percore-static runs on
its built-in defaults with --tls-listen, --tls-cert and --tls-key. Before the runs, the cipher
suite each server agrees with OpenSSL's client (wrk's library) is checked with
`openssl s_client`, and the run stops if they differ (the key-exchange group too).

Configurations, each over 100 connections, with wrk (installed when missing) on the client
CPUs: a 1 KiB file over kept-alive connections, a 1 MiB file over kept-alive connections, the
1 KiB file with `Connection: close`, so that every request opens a new connection, whose
handshake resumes the session wrk's OpenSSL kept from the connection before (as a returning
browser's does), and full handshakes: the same with session resumption turned off on both
servers (percore: tls.session_resumption = false; nginx: ssl_session_tickets off,
ssl_session_cache off), since wrk offers its last session whatever it is told. Before the
runs, `openssl s_client` checks that each server resumes a session in the first set-up and
refuses to in the second. Figures: requests/s (for the last two, handshakes/s), bytes/s,
latency percentiles, server CPU time per request; then, in
separate windows, syscalls per request (perf stat, or strace -c -f where perf is missing). Every configuration runs --runs times
with the servers interleaved, a fresh server process each time, after an unmeasured warm-up.
Results: OUT/https.md, https.json, https.svg, the raw records and nginx's two configurations.

USAGE
    bench_options "wrk"
    cat <<'USAGE'

Needs: cargo, taskset (util-linux); nginx, wrk, openssl and strace are installed with apt-get
when missing (as root). Servers listen on 127.0.0.1 only.
USAGE
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh
setup https "$@"
need_tool wrk wrk
need_tool nginx nginx-light
need_tool openssl openssl

build percore-static percore-bench

make_site
head -c $((1 << 20)) /dev/urandom >"$site/1m.bin"
chmod 644 "$site"/*.*
sync

# One certificate for both: ECDSA P-256, for 127.0.0.1 (wrk checks no name).
tls="$work/tls"
mkdir -p "$tls"
run_logged openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$tls/key.pem" -out "$tls/cert.pem" 2>/dev/null
chmod 644 "$tls"/*.pem
suite=TLS_AES_256_GCM_SHA384
nginx_tls_common="        ssl_certificate $tls/cert.pem;
        ssl_certificate_key $tls/key.pem;
        ssl_protocols TLSv1.3;
        ssl_conf_command Ciphersuites $suite;"
# As nginx's users run it: tickets (on by default) and a session cache.
nginx_tls_resumed="$nginx_tls_common
        ssl_session_cache shared:SSL:10m;"
# Every handshake a full one.
nginx_tls_full="$nginx_tls_common
        ssl_session_tickets off;
        ssl_session_cache off;"
nginx_tls="$nginx_tls_resumed"
addr_line="listening with TLS on"

tls_flags="--tls-cert $tls/cert.pem --tls-key $tls/key.pem --listen 127.0.0.1:0 --tls-listen"
percore="$bin/percore-static --root $site --log-level warn"
servers_resumed=(
    "percore (io_uring)|$percore --backend io_uring $tls_flags"
    "percore (epoll)|$percore --backend epoll $tls_flags"
    "nginx|nginx"
)
no_resumption="--set tls.session_resumption=false"
servers_full=(
    "percore (io_uring)|$percore --backend io_uring $no_resumption $tls_flags"
    "percore (epoll)|$percore --backend epoll $no_resumption $tls_flags"
    "nginx|nginx"
)
servers=("${servers_resumed[@]}")

# "Reused" or "New": the handshake of a second connection to the running server that offers
# the session (ticket) of a first one, which read a response (a TLS 1.3 ticket comes after
# the handshake); "New" also when the server gave the first nothing to resume with (OpenSSL
# then writes no session).
second_handshake() {
    local sess="$work/tls/session" first
    rm -f "$sess"
    first=$(handshake -sess_out "$sess")
    if [[ $first != New ]]; then
        echo "no first handshake (${first:-none})"
    elif [[ -s $sess ]]; then
        handshake -sess_in "$sess"
    else
        echo New
    fi
}

# handshake [S_CLIENT OPTION...]: a GET over a new TLS 1.3 connection to the running server;
# prints "New" or "Reused" (nothing when the connection failed).
handshake() {
    printf 'GET /1k.txt HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n' \
        | timeout 10 openssl s_client -connect "$server_addr" -tls1_3 -ign_eof "$@" 2>/dev/null \
        | sed -n 's/^\(New\|Reused\), TLSv1.3, .*/\1/p' | head -1 || true
}

# The suite and the key exchange each server agrees with OpenSSL's client: the same, or the
# figures compare different work (an OpenSSL that offers a post-quantum hybrid group first
# would get it from nginx, where rustls with ring has X25519 alone).
first_group="" first_name=""
for server in "${servers[@]}"; do
    name="${server%%|*}"
    start_server "$name" "${server#*|}"
    hello=$(openssl s_client -connect "$server_addr" -tls1_3 </dev/null 2>/dev/null || true)
    stop_server
    agreed=$(sed -n 's/^ *Cipher *: *//p; s/^New, TLSv1.3, Cipher is //p' <<<"$hello" | head -1)
    # OpenSSL 3.0 says "Server Temp Key: X25519, 253 bits" (or "ECDH, prime256v1, 256 bits");
    # 3.5 "Negotiated TLS1.3 group: ...".
    group=$(sed -n 's/^Negotiated TLS1.3 group: *//p; s/^Server Temp Key: *\(.*\), [0-9]* bits$/\1/p' \
        <<<"$hello" | head -1)
    [[ $agreed == "$suite" ]] || die "$name agreed on '$agreed' with OpenSSL's client, not $suite"
    [[ -n $group ]] || die "openssl s_client said no key exchange for $name"
    if [[ -z $first_name ]]; then
        first_group="$group" first_name="$name"
    fi
    [[ $group == "$first_group" ]] \
        || die "$name agreed on the key exchange '$group' with OpenSSL's client, $first_name on '$first_group'"
    echo "$name: TLSv1.3 $agreed, $group" >&2
done

# Resumption as each set-up means it: a wrong figure otherwise (a "full handshake" that
# resumed skips the key exchange and the signature).
for set in resumed full; do
    declare -n set_servers="servers_$set"
    want=Reused
    [[ $set == full ]] && want=New
    nginx_tls_var="nginx_tls_$set"
    nginx_tls="${!nginx_tls_var}"
    for server in "${set_servers[@]}"; do
        name="${server%%|*}"
        start_server "$name" "${server#*|}"
        got=$(second_handshake)
        stop_server
        [[ $got == "$want" ]] || die "$name, sessions $set: a second connection's handshake was '$got', not $want"
        echo "$name, sessions $set: a returning client's handshake: $got" >&2
    done
    unset -n set_servers
done
nginx_tls="$nginx_tls_resumed"

resumed_label="resumed handshakes (1 KiB, Connection: close)"
full_label="full handshakes (1 KiB, Connection: close, no resumption)"
configs=(
    "1 KiB file, kept alive|--url https://{addr}/1k.txt"
    "1 MiB file, kept alive|--url https://{addr}/1m.bin"
    "$resumed_label|--url https://{addr}/1k.txt --close"
)
measure_configs wrk -c 100 --threads "$client_threads" -t "$duration" -w "$warmup"
measure_syscalls "syscalls per request" "1 KiB file, kept alive" wrk --url "https://{addr}/1k.txt" \
    -c 100 --threads "$client_threads"
measure_syscalls "syscalls per request" "$resumed_label" wrk \
    --url "https://{addr}/1k.txt" --close -c 100 --threads "$client_threads"

# Full handshakes: both servers with session resumption off (nginx's configuration kept
# beside the other).
servers=("${servers_full[@]}")
nginx_tls="$nginx_tls_full"
nginx_conf_resumed="$nginx_conf_out"
nginx_conf_out="${nginx_conf_out%.conf}-full.conf"
configs=("$full_label|--url https://{addr}/1k.txt --close")
measure_configs wrk -c 100 --threads "$client_threads" -t "$duration" -w "$warmup"
measure_syscalls "syscalls per request" "$full_label" wrk \
    --url "https://{addr}/1k.txt" --close -c 100 --threads "$client_threads"
servers=("${servers_resumed[@]}")
nginx_tls="$nginx_tls_resumed"
nginx_conf_out="$nginx_conf_resumed"

intro="percore-static runs on its built-in defaults with --tls-listen, --tls-cert and --tls-key \
(rustls 0.23 with ring: files are read through a buffer and encrypted in user space, no kernel \
TLS); nginx runs with the configuration in https-nginx.conf (one worker per server CPU, \
sendfile and tcp_nopush on (sendfile does not apply to TLS without kernel TLS), \
keepalive_timeout 65, access log off, TLS 1.3 with $suite forced, ssl_session_cache \
shared:SSL:10m, OpenSSL's defaults otherwise), and for full handshakes in \
https-nginx-full.conf (the same with ssl_session_tickets off and ssl_session_cache off). Both serve one ECDSA P-256 certificate and agree $suite with wrk's OpenSSL, checked \
before the runs. wrk keeps 100 connections, each sending the next request as the last response \
ends; for the handshakes every request asks to close its connection, so each opens a new one, \
whose handshake resumes the session wrk kept from the connection before (a PSK with X25519, no \
signature), or, with session resumption off on both servers (percore: \
tls.session_resumption = false; nginx: ssl_session_tickets off, ssl_session_cache off), runs \
a full handshake (X25519 and an ECDSA signature on the server); openssl s_client checked \
before the runs that each server resumed, or did not, as its set-up meant. With one client core wrk \
saturates before a fast server does: server CPU time per request is the figure that ranks the \
servers."
step "report"
report_run https "HTTPS: percore-static against nginx" "request" ", $client_threads wrk thread(s)" \
    --meta "window=${warmup} s warm-up, ${duration} s measured; syscall window ${strace_secs} s ($(syscall_counter))" \
    --meta "rustc=$(rustc --version)" \
    --meta "peer=$(nginx_and_wrk), $(openssl version | cut -d' ' -f1-2)" \
    --meta "tls=TLSv1.3 $suite, ECDSA P-256 certificate"
