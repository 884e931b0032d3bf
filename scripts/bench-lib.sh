# Shared by the benchmark scripts (sourced, not run): tools, CPUs, fd limits, server processes
# and the log of every command run. Expects $root (the repository) and $commands (the log).

step() { printf '\n== %s\n' "$*" >&2; }

# setup NAME ARGS...: parses the options every benchmark script takes (see its --help, which
# the script's own `usage` prints), then prepares the output directory, the record and
# command logs, the tools, the CPUs and the fd limit.
setup() {
    local name="$1"
    shift
    runs=3 duration=10 warmup=2 server_cpus=0 client_cpus=1 idle=10000 out="" quick=0
    buf_size=16384 baseline="" sizes="" sizes_given=0
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --runs) runs="$2"; shift 2 ;;
            --duration) duration="$2"; shift 2 ;;
            --warmup) warmup="$2"; shift 2 ;;
            --server-cpus) server_cpus="$2"; shift 2 ;;
            --client-cpus) client_cpus="$2"; shift 2 ;;
            --idle) idle="$2"; shift 2 ;;
            --buf-size) buf_size="$2"; shift 2 ;;
            --baseline) baseline="$2"; shift 2 ;;
            --sizes) sizes="$2" sizes_given=1; shift 2 ;;
            --out) out="$2"; shift 2 ;;
            --quick) quick=1; shift ;;
            -h|--help) usage; exit 0 ;;
            *) echo "bench-$name: unknown option $1 (see --help)" >&2; exit 2 ;;
        esac
    done
    [[ -z $baseline || $name == http ]] || { echo "bench-$name: --baseline is bench-http.sh's alone" >&2; exit 2; }
    [[ $sizes_given == 0 || $name == http || $name == echo ]] \
        || { echo "bench-$name: --sizes is bench-http.sh's and bench-echo.sh's alone" >&2; exit 2; }
    if [[ $sizes_given == 1 ]]; then
        [[ -n $sizes ]] || { echo "bench-$name: --sizes names no size" >&2; exit 2; }
        # size_list: the sizes in bytes, in the order given, each once.
        size_list=()
        local size bytes seen size_words
        IFS=',' read -ra size_words <<<"$sizes"
        for size in "${size_words[@]}"; do
            bytes=$(size_bytes "$size" 2>&1) || { echo "bench-$name: --sizes: $bytes" >&2; exit 2; }
            for seen in "${size_list[@]}"; do
                [[ $seen != "$bytes" ]] || { echo "bench-$name: --sizes names $bytes bytes twice" >&2; exit 2; }
            done
            size_list+=("$bytes")
        done
    fi
    if [[ $quick == 1 ]]; then
        runs=1 duration=1 warmup=0.3 idle=500
    elif [[ $runs =~ ^[12]$ ]]; then
        echo "bench-$name: --runs must be 3 or more (medians); --quick checks the script in one" >&2
        exit 2
    fi
    local v
    for v in runs idle buf_size; do
        [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "bench-$name: --$v must be a whole number from 1" >&2; exit 2; }
    done
    for v in duration warmup; do
        [[ ${!v} =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "bench-$name: --$v must be a number of seconds" >&2; exit 2; }
    done
    if [[ -z $out ]]; then
        if [[ $quick == 1 ]]; then
            out="$(mktemp -d -t "percore-bench-$name.XXXXXX")"
        else
            out="bench/results/$(date -u +%Y-%m-%d)-$(hostname -s)"
        fi
    fi
    mkdir -p "$out"
    records="$out/$name-records.jsonl"
    # Where start_nginx keeps the nginx configuration with the results.
    nginx_conf_out="$out/$name-nginx.conf"
    commands="$out/$name-commands.sh"
    : >"$records"
    : >"$commands"
    work="$(mktemp -d -t "percore-bench-$name-work.XXXXXX")"
    need_tool taskset util-linux
    need_tool strace strace
    check_cpus "$server_cpus" "$client_cpus"
    raise_fd_limit $((idle + 4096))
    bin="$root/target/release"
    client_threads=$(cpu_count "$client_cpus")
    # Syscalls are counted in windows of their own (tracing slows a server down), at most 5 s.
    strace_secs=$(awk -v d="$duration" 'BEGIN { print (d < 5 ? d : 5) }')
}
# bench_options CLIENT [EXTRA]: the Options part of a benchmark script's --help: the options
# every script takes (setup parses them), CLIENT naming what runs on the client CPUs, and the
# script's own option lines in EXTRA.
bench_options() {
    echo "Options:"
    cat <<'OPTIONS'
  --runs N            runs of each configuration (default 3; medians need 3 or more)
  --duration S        measured seconds per run (default 10)
  --warmup S          unmeasured seconds before each (default 2)
  --server-cpus LIST  CPUs for the servers, as taskset takes them (default 0)
OPTIONS
    printf '  --client-cpus LIST  CPUs for %s (default 1)\n' "$1"
    [[ -z ${2:-} ]] || printf '%s\n' "$2"
    cat <<'OPTIONS'
  --out DIR           where results go (default bench/results/DATE-HOST)
  --quick             one short run of everything, on debug builds, into a temporary directory
                      unless --out is given: checks that the script works, measures nothing
                      worth quoting
  -h, --help          this text
OPTIONS
}

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# need_tool TOOL PACKAGE: installs PACKAGE with apt-get when TOOL is missing (as root).
need_tool() {
    command -v "$1" >/dev/null 2>&1 && return 0
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        step "installing $2"
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null \
            || die "could not install $2 with apt-get"
        command -v "$1" >/dev/null 2>&1 || die "$2 installed but $1 is still missing"
    else
        die "$1 is missing: install $2 (apt-get install $2)"
    fi
}

# size_bytes SIZE: the bytes of a size as --sizes takes it: a whole number of bytes, optionally
# followed by B, KiB or MiB ("64", "64B", "4KiB", "1MiB"); an error on anything else.
size_bytes() {
    local n unit
    # At most ten digits: shifted, the number stays far inside bash's 64 bits.
    if [[ $1 =~ ^([1-9][0-9]{0,9})(B|KiB|MiB)?$ ]]; then
        n=${BASH_REMATCH[1]} unit=${BASH_REMATCH[2]}
        case "$unit" in
            KiB) n=$((n << 10)) ;;
            MiB) n=$((n << 20)) ;;
        esac
        ((n <= 1 << 30)) || { echo "'$1' is over 1 GiB" >&2; return 1; }
        echo "$n"
    else
        echo "'$1' is not a size (a whole number of bytes, or with B, KiB or MiB: 64B, 4KiB, 1MiB)" >&2
        return 1
    fi
}

# size_label BYTES: 64 -> "64 B", 4096 -> "4 KiB", 1048576 -> "1 MiB", 1500 -> "1,500 B".
size_label() {
    if (($1 >= 1 << 20 && $1 % (1 << 20) == 0)); then
        echo "$(with_commas $(($1 >> 20))) MiB"
    elif (($1 >= 1 << 10 && $1 % (1 << 10) == 0)); then
        echo "$(with_commas $(($1 >> 10))) KiB"
    else
        echo "$(with_commas "$1") B"
    fi
}

# window_meta: the report's line on the measuring windows (no syscall window in a --sizes
# sweep, which counts no syscalls).
window_meta() {
    local meta="window=${warmup} s warm-up, ${duration} s measured"
    [[ $sizes_given == 1 ]] || meta+="; syscall window ${strace_secs} s ($(syscall_counter))"
    echo "$meta"
}

# syscall_counter: what counts the server's syscalls here, as the load generator chooses it:
# perf stat where it can count the raw_syscalls:sys_enter tracepoint, else strace.
syscall_counter() {
    if LC_ALL=C perf stat -e raw_syscalls:sys_enter -x , true >/dev/null 2>&1; then
        echo "perf stat"
    else
        echo "strace -c -f"
    fi
}

# with_commas N: 10000 -> 10,000.
with_commas() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }

# cpu_count LIST: how many CPUs a taskset list ("0", "0-3,6") names.
cpu_count() {
    local n=0 part
    IFS=',' read -ra parts <<<"$1"
    for part in "${parts[@]}"; do
        if [[ $part =~ ^([0-9]+)-([0-9]+)$ ]]; then
            n=$((n + BASH_REMATCH[2] - BASH_REMATCH[1] + 1))
        elif [[ $part =~ ^[0-9]+$ ]]; then
            n=$((n + 1))
        else
            die "bad CPU list: $1"
        fi
    done
    echo "$n"
}

# cpu_ids LIST: the CPU numbers a taskset list names, one a line.
cpu_ids() {
    local part parts
    IFS=',' read -ra parts <<<"$1"
    for part in "${parts[@]}"; do
        if [[ $part =~ ^([0-9]+)-([0-9]+)$ ]]; then
            seq "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
        else
            echo "$part"
        fi
    done
}

# What the server and client CPUs share, as check_cpus found it (for the report's set-up).
cpu_sharing="unknown"

# check_cpus SERVER CLIENT: both lists usable here, and a warning when the server and the
# client share a CPU, or two threads of one core (SMT siblings, which share the core's
# execution units: the load generator's work would slow the server and count in its CPU
# time); sets $cpu_sharing to what was found.
check_cpus() {
    local list s c siblings shared=""
    for list in "$1" "$2"; do
        cpu_count "$list" >/dev/null
        taskset -c "$list" true 2>/dev/null || die "CPUs $list cannot be used here (taskset -c $list failed)"
    done
    cpu_sharing="separate cores"
    for s in $(cpu_ids "$1"); do
        siblings=/sys/devices/system/cpu/cpu$s/topology/thread_siblings_list
        [[ -r $siblings ]] || cpu_sharing="unknown (no CPU topology in /sys)"
        for c in $(cpu_ids "$2"); do
            if [[ $s == "$c" ]]; then
                shared+=" CPU $s is in both lists;"
            elif [[ -r $siblings ]] && cpu_ids "$(<"$siblings")" | grep -x "$c" >/dev/null; then
                shared+=" server CPU $s and client CPU $c are threads of one core;"
            fi
        done
    done
    if [[ -n $shared ]]; then
        cpu_sharing="shared:${shared%;}"
        echo "warning:${shared%;}: the figures will mix the server's and the client's costs" >&2
    fi
    return 0
}

# raise_fd_limit N: at least N open files for this script and its children.
raise_fd_limit() {
    local soft
    soft=$(ulimit -Sn)
    [[ $soft != unlimited && $soft -lt $1 ]] || return 0
    if ! ulimit -n "$1" 2>/dev/null; then
        # Above the hard limit: raising that takes root.
        ulimit -Hn "$1" 2>/dev/null && ulimit -n "$1" 2>/dev/null \
            || die "cannot raise the open-file limit to $1: run as root or raise the hard limit"
    fi
}

# The text of a command as logged: quoted for the shell, repository paths made relative, the
# run's temporary directory written $WORK.
logged() {
    local text
    text="$(printf '%q ' "$@")"
    text="${text//$root\//}"
    [[ -z ${work:-} ]] || text="${text//$work/\$WORK}"
    echo "$text"
}

# run_logged CMD...: appends CMD to the command log, then runs it.
run_logged() {
    logged "$@" >>"$commands"
    "$@"
}

server_pid="" server_addr="" server_out=""

# start_server NAME "COMMAND": starts COMMAND 127.0.0.1:0 pinned to $server_cpus, and waits
# for its `listening on ADDR` line (`$addr_line ADDR` when the caller sets addr_line, as
# "listening with TLS on"); sets $server_pid and $server_addr. The command `nginx` starts
# nginx on the site in $site instead (see start_nginx).
start_server() {
    if [[ $2 == nginx ]]; then
        start_nginx
        return
    fi
    local name="$1" cmd="$2 127.0.0.1:0"
    server_out="$(mktemp -t percore-bench-server.XXXXXX)"
    # shellcheck disable=SC2086
    echo "$(logged taskset -c "$server_cpus" $cmd)&" >>"$commands"
    # shellcheck disable=SC2086
    # (fd 3 carries the run order to the loops around this: not the server's to hold.)
    taskset -c "$server_cpus" $cmd >"$server_out" 2>&1 3<&- &
    server_pid=$!
    local deadline=$((SECONDS + 30))
    server_addr=""
    while [[ -z $server_addr ]]; do
        server_addr=$(sed -n "s/^${addr_line:-listening on} //p" "$server_out" | head -1)
        if ! kill -0 "$server_pid" 2>/dev/null; then
            cat "$server_out" >&2
            die "$name exited before listening"
        fi
        ((SECONDS < deadline)) || die "$name did not listen within 30 s"
        [[ -n $server_addr ]] || sleep 0.05
    done
}

# start_nginx: nginx serving $site on a free loopback port, written a configuration in the
# style of the benchmarks' peers: one worker per server CPU, sendfile on, tcp_nopush on and
# keepalive_timeout 65 (nginx's sample nginx.conf; Debian's keeps the 75 s default, and no
# run lasts that long), access log off, reuseport,
# worker_connections 16384 (for the idle test); everything else nginx's defaults. With
# $nginx_tls set (the lines of an ssl server block: certificate, protocols, ciphers, session
# cache), it listens with ssl and those lines; $nginx_http adds lines to the http block (gzip
# settings, say).
start_nginx() {
    local port dir="$work/nginx" user=""
    port=$("$bin/percore-bench" free-port)
    mkdir -p "$dir/logs"
    [[ $(id -u) == 0 ]] && user="user $(id -un) $(id -gn);"
    cat >"$dir/nginx.conf" <<CONF
$user
worker_processes $(cpu_count "$server_cpus");
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 16384; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    default_type application/octet-stream;
${nginx_http:-}
    server {
        listen 127.0.0.1:$port ${nginx_tls:+ssl }reuseport;
        root $site;
${nginx_tls:-}
    }
}
CONF
    # Kept with the results, the run's temporary directory written $WORK.
    sed "s#$work#\$WORK#g" "$dir/nginx.conf" >"$nginx_conf_out"
    server_out="$(mktemp -t percore-bench-server.XXXXXX)"
    echo "$(logged taskset -c "$server_cpus" nginx -c "$dir/nginx.conf" -p "$dir" -g "daemon off;")&" >>"$commands"
    taskset -c "$server_cpus" nginx -c "$dir/nginx.conf" -p "$dir" -g "daemon off;" >"$server_out" 2>&1 &
    server_pid=$!
    local deadline=$((SECONDS + 30))
    until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        if ! kill -0 "$server_pid" 2>/dev/null; then
            cat "$server_out" "$dir/logs/error.log" >&2 2>/dev/null
            die "nginx exited before listening"
        fi
        ((SECONDS < deadline)) || die "nginx did not listen within 30 s"
        sleep 0.05
    done
    server_addr="127.0.0.1:$port"
}

# run_order RUN: the servers of $servers in the order run RUN takes them, one per line: RUN
# starts RUN - 1 servers later in the list (A B C, then B C A, ...), so that no server always
# comes first (after a build, a cold cache) or last. (Fully balanced when the runs are a
# multiple of the servers.)
run_order() {
    local run="$1" i count=${#servers[@]}
    for ((i = 0; i < count; i++)); do
        printf '%s\n' "${servers[(i + run - 1) % count]}"
    done
}

# measure RUN WHAT LABEL ARGS...: `percore-bench ARGS`, with {addr} standing for the server's
# address, against each server of $servers in the order of `run_order RUN`, a fresh server
# process each, recorded under configuration LABEL.
measure() {
    local run="$1" what="$2" label="$3" server name arg
    shift 3
    while IFS= read -r server <&3; do
        name="${server%%|*}"
        step "run $run/$runs: $what: $name"
        start_server "$name" "${server#*|}"
        local args=()
        for arg in "$@"; do
            args+=("${arg//\{addr\}/$server_addr}")
        done
        run_logged taskset -c "$client_cpus" "$bin/percore-bench" "${args[@]}" \
            --server-pid "$server_pid" --record "$records" \
            --tag "config=$label" --tag "server=$name" --tag "run=$run"
        stop_server
    done 3< <(run_order "$run")
}

# measure_configs SUBCOMMAND [ARG...]: every "label|options" entry of the caller's `configs`, on
# every server, `runs` times; ARGs are given to every run after the entry's options.
measure_configs() {
    local subcommand="$1" run config
    shift
    for run in $(seq 1 "$runs"); do
        for config in "${configs[@]}"; do
            # shellcheck disable=SC2086
            measure "$run" "${config%%|*}" "${config%%|*}" "$subcommand" ${config#*|} "$@"
        done
    done
}

# measure_syscalls WHAT LABEL SUBCOMMAND [ARG...]: SUBCOMMAND with the server's syscalls counted
# (perf stat, or strace where perf is missing) on every server, `runs` times, each for the
# syscall window.
measure_syscalls() {
    local what="$1" label="$2" run
    shift 2
    for run in $(seq 1 "$runs"); do
        measure "$run" "$what" "$label" "$@" -t "$strace_secs" -w 0 --strace
    done
}

# stop_server: SIGTERM, then SIGKILL after 10 s.
stop_server() {
    [[ -n $server_pid ]] || return 0
    kill -TERM "$server_pid" 2>/dev/null || true
    local i
    for i in $(seq 100); do
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    rm -f "$server_out"
    server_pid=""
}
cleanup() {
    stop_server
    if [[ -n ${baseline:-} && -d ${work:-}/baseline ]]; then
        git -C "$root" worktree remove --force "$work/baseline" 2>/dev/null || true
    fi
    [[ -z ${work:-} ]] || rm -rf "$work"
}
trap cleanup EXIT

# git_revision: the commit measured, "-dirty" when sources differ from it (the results a run
# writes into bench/results do not count).
git_revision() {
    local rev
    rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null) || { echo unknown; return; }
    if [[ -n $(git -C "$root" status --porcelain -- . ':(exclude)bench/results' 2>/dev/null) ]]; then
        rev+="-dirty"
    fi
    echo "$rev"
}

# crate_version NAME: the version Cargo.lock holds.
crate_version() {
    awk -v n="$1" '$0 == "name = \"" n "\"" { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock"
}

# build_baseline PACKAGE BINARY: builds PACKAGE at git revision $baseline in a worktree of its
# own (its own target directory) and prints the path of its release BINARY; nothing when no
# --baseline was given.
build_baseline() {
    [[ -n $baseline ]] || return 0
    local tree="$work/baseline"
    git -C "$root" rev-parse --verify --quiet "$baseline^{commit}" >/dev/null \
        || die "--baseline $baseline is not a revision of this repository"
    step "building $1 at $baseline (release), for the before-and-after figures"
    git -C "$root" worktree add --detach --force "$tree" "$baseline" >/dev/null 2>&1 \
        || die "cannot check $baseline out into a worktree"
    (cd "$tree" && cargo build --release --quiet -p "$1" --target-dir "$work/baseline-target") >&2 \
        || die "cannot build $1 at $baseline"
    echo "$work/baseline-target/release/$2"
}

# make_site: $work/site, world-readable (nginx's workers may run as another user), holding
# 1k.txt (1,024 printable bytes); the caller adds its other files.
make_site() {
    site="$work/site"
    mkdir -p "$site"
    chmod 755 "$work" "$site"
    head -c 1024 /dev/urandom | base64 -w 0 | head -c 1024 >"$site/1k.txt"
    chmod 644 "$site/1k.txt"
}

# measure_idle: every configuration's memory per idle connection, $idle of them, --runs times.
measure_idle() {
    local label run
    label="$(with_commas "$idle") idle conns"
    for run in $(seq 1 "$runs"); do
        measure "$run" "memory per idle connection" "$label" idle --addr {addr} -c "$idle" --hold 1
    done
}

# nginx_and_wrk: the versions of nginx and wrk, for a report's set-up table.
nginx_and_wrk() {
    echo "$(nginx -v 2>&1 | sed 's/^nginx version: //'), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
}

# build PACKAGE...: builds the binaries the benchmark runs, with the release profile. A --quick
# run checks that the script works end to end, not its figures: it takes the workspace's debug
# binaries instead (the test suite has built their dependencies already, where a release build
# of percore and the peers costs minutes), and its report says so.
build() {
    if [[ $quick == 1 ]]; then
        step "building (debug: --quick checks the script, not the figures)"
        cargo build --quiet --workspace --bins
        bin="$root/target/debug"
        return
    fi
    step "building (release)"
    local p args=()
    for p in "$@"; do args+=(-p "$p"); done
    cargo build --release --quiet "${args[@]}"
}

# report_run NAME TITLE OP CLIENT [--meta "key=value" ...]: the report of this run into $out,
# from $records, $intro and $commands, with the set-up every benchmark states (CPUs, runs,
# revision) and the caller's further --meta lines. CLIENT is added to the client CPUs' line.
report_run() {
    local name=$1 title=$2 op=$3 client=$4 profile=""
    shift 4
    if [[ $quick == 1 ]]; then profile=", debug build (--quick)"; fi
    run_logged "$bin/percore-bench" report --records "$records" --out "$out" --name "$name" \
        --title "$title, $(date -u +%Y-%m-%d) on $(hostname -s)" \
        --op "$op" \
        --intro "$intro" \
        --meta "server CPUs=$server_cpus (taskset)" \
        --meta "client CPUs=$client_cpus (taskset)$client" \
        --meta "server and client CPUs=$cpu_sharing" \
        --meta "runs=$runs per configuration, servers interleaved (each run starting one server later), a fresh server each run" \
        "$@" \
        --meta "percore=$(git_revision)$profile" \
        --commands "$commands"
    echo "results in $out"
}
