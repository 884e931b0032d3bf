#!/usr/bin/env bash
# Site features' cost: a text file compressed on the fly (percore-static against nginx with
# gzip on), and the cost of header and redirect rules per request. See --help.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: scripts/bench-site.sh [OPTIONS]

Two measurements of percore-static's site features, each over 100 kept-alive connections with
wrk (installed when missing) on the client CPUs:

1. A 20 KiB text file asked for with `Accept-Encoding: gzip`, with no precompressed sibling:
   percore-static (io_uring and epoll) on its built-in defaults (compression on: gzip level 6,
   made once per core and kept in its cache) against nginx (installed when missing) with
   gzip as Debian's nginx.conf suggests it (gzip on, gzip_static off, gzip_vary on,
   gzip_comp_level 6, gzip_types with text/plain), otherwise as in scripts/bench-http.sh.
   Both servers' responses are checked to be gzip before the runs.
2. The 1 KiB file, percore-static (io_uring) with no rules ("percore, no rules", the reference) and
   with 20 header rules and 20 redirect rules configured, of which one header rule and no
   redirect matches the request: what the rules cost per request.

Figures: requests/s, server CPU time per request, latency; syscalls per request (perf stat, or strace -c -f where perf is missing)
for the first. Every configuration runs --runs times with the servers interleaved, a fresh
server process each time, after an unmeasured warm-up. Results: OUT/site.md, site.json,
site.svg, the raw records, the nginx configuration (site-nginx.conf) and the rules'
configuration (site-rules.toml).

USAGE
    bench_options "wrk"
    cat <<'USAGE'

Needs: cargo, taskset (util-linux), curl, python3; nginx, wrk and strace are installed with apt-get
when missing (as root). Servers listen on 127.0.0.1 only.
USAGE
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh
setup site "$@"
need_tool wrk wrk
need_tool nginx nginx-light
need_tool curl curl

build percore-static percore-bench

make_site
# 20 KiB of text: words drawn at random (a fixed seed) from a list of 64, which gzip shrinks
# about 3x, as it does prose.
python3 - "$site/20k.txt" <<'PY'
import random, sys
random.seed(20)
words = ("the a server answers each request from its own core ring file cache text with and of "
         "to in is that for on as by at this be are was or which an not but have it from they "
         "were been has had more one all would there their what so out up about who when will "
         "no if can into only other some time could these two may then do first any").split()
text = " ".join(random.choice(words) + random.choice(["", "", "", ",", "."]) for _ in range(5000))
open(sys.argv[1], "w").write(text[:20480])
PY
chmod 644 "$site"/*.*
sync

# nginx's gzip as Debian's nginx.conf suggests it (its commented lines, turned on), with the
# same level as percore's default, and Debian's MIME types (text/plain for .txt), as its
# nginx.conf includes them.
nginx_http="    include /etc/nginx/mime.types;
    gzip on;
    gzip_static off;
    gzip_vary on;
    gzip_proxied any;
    gzip_comp_level 6;
    gzip_buffers 16 8k;
    gzip_http_version 1.1;
    gzip_types text/plain text/css application/json application/javascript text/xml application/xml application/xml+rss text/javascript;"

servers=(
    "percore (io_uring)|$bin/percore-static --root $site --backend io_uring --log-level warn --listen"
    "percore (epoll)|$bin/percore-static --root $site --backend epoll --log-level warn --listen"
    "nginx|nginx"
)

# Each server's response is gzip, and how large.
for server in "${servers[@]}"; do
    name="${server%%|*}"
    start_server "$name" "${server#*|}"
    got=$(curl -s -H 'Accept-Encoding: gzip' -D - -o "$work/got.gz" "http://$server_addr/20k.txt" \
        | tr -d '\r' | sed -n 's/^[Cc]ontent-[Ee]ncoding: *//p')
    stop_server
    [[ $got == gzip ]] || die "$name did not gzip the 20 KiB text file (Content-Encoding: '$got')"
    gunzip -c "$work/got.gz" | cmp -s - "$site/20k.txt" || die "$name's gzip does not decode to the file"
    echo "$name: gzip, $(stat -c %s "$work/got.gz") bytes for 20480" >&2
done

configs=("20 KiB text, gzip|--url http://{addr}/20k.txt --header Accept-Encoding:gzip")
measure_configs wrk -c 100 --threads "$client_threads" -t "$duration" -w "$warmup"
measure_syscalls "syscalls per request" "20 KiB text, gzip" wrk --url "http://{addr}/20k.txt" \
    --header Accept-Encoding:gzip -c 100 --threads "$client_threads"

# The rules: 20 header rules (the last matches /1k.txt) and 20 redirect rules (none does).
rules="$work/site-rules.toml"
{
    echo "[static]"
    echo "root = \"$site\""
    for n in $(seq 1 19); do
        printf '[[static.headers]]\npath = "/section%d/**"\nset = { Cache-Control = "max-age=%d" }\n' "$n" "$n"
    done
    printf '[[static.headers]]\npath = "/*.txt"\nset = { Cache-Control = "no-cache", X-Content-Type-Options = "nosniff" }\n'
    for n in $(seq 1 20); do
        printf '[[static.redirect]]\nfrom = "/old%d/{*rest}"\nto = "/new%d/{rest}"\n' "$n" "$n"
    done
} >"$rules"
sed "s#$work#\$WORK#g" "$rules" >"$out/site-rules.toml"
servers=(
    "percore, no rules|$bin/percore-static --root $site --backend io_uring --log-level warn --listen"
    "percore, 20 header + 20 redirect rules|$bin/percore-static -c $rules --backend io_uring --log-level warn --listen"
)
configs=("1 KiB file, rules|--url http://{addr}/1k.txt")
measure_configs wrk -c 100 --threads "$client_threads" -t "$duration" -w "$warmup"

intro="First table: a 20 KiB text file with no precompressed sibling, asked for with \
Accept-Encoding: gzip over 100 kept-alive connections. percore-static runs on its built-in \
defaults: it gzips the file once per core (level 6, on its offload threads) and serves the \
result from the core's cache. nginx runs with the configuration in site-nginx.conf: as in \
scripts/bench-http.sh (one worker per server CPU, sendfile on, keepalive_timeout 65, access log \
off) with gzip on as Debian's nginx.conf suggests it (gzip_comp_level 6, gzip_static off), so it \
compresses on every request. Second: the 1 KiB file on percore-static (io_uring) without rules \
(the reference, 'percore, no rules': no ratio is given, percore against itself) and with the 20 header rules and 20 redirect rules of site-rules.toml, \
one header rule matching. With one client core wrk saturates before a fast server does: server \
CPU time per request is the figure that ranks the servers."
step "report"
report_run site "Site features: compression against nginx, and the cost of rules" "request" \
    ", $client_threads wrk thread(s)" \
    --meta "window=${warmup} s warm-up, ${duration} s measured; syscall window ${strace_secs} s ($(syscall_counter))" \
    --meta "rustc=$(rustc --version)" \
    --meta "peer=$(nginx_and_wrk)"
