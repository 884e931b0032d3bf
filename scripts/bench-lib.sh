# Shared by the benchmark scripts (sourced, not run): tools, CPUs, fd limits, server processes
# and the log of every command run. Expects $root (the repository) and $commands (the log).

step() { printf '\n== %s\n' "$*" >&2; }
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

# check_cpus SERVER CLIENT: both lists usable here, and the warning when they overlap.
check_cpus() {
    local list
    for list in "$1" "$2"; do
        cpu_count "$list" >/dev/null
        taskset -c "$list" true 2>/dev/null || die "CPUs $list cannot be used here (taskset -c $list failed)"
    done
    [[ $1 == "$2" ]] && echo "warning: server and client share CPUs $1: the figures will mix their costs" >&2
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

# The text of a command as logged: quoted for the shell, repository paths made relative.
logged() {
    local text
    text="$(printf '%q ' "$@")"
    echo "${text//$root\//}"
}

# run_logged CMD...: appends CMD to the command log, then runs it.
run_logged() {
    logged "$@" >>"$commands"
    "$@"
}

server_pid="" server_addr="" server_out=""

# start_server NAME "COMMAND": starts COMMAND 127.0.0.1:0 pinned to $server_cpus, and waits
# for its `listening on ADDR` line; sets $server_pid and $server_addr.
start_server() {
    local name="$1" cmd="$2 127.0.0.1:0"
    server_out="$(mktemp -t percore-bench-server.XXXXXX)"
    # shellcheck disable=SC2086
    echo "$(logged taskset -c "$server_cpus" $cmd)&" >>"$commands"
    # shellcheck disable=SC2086
    taskset -c "$server_cpus" $cmd >"$server_out" 2>&1 &
    server_pid=$!
    local deadline=$((SECONDS + 30))
    server_addr=""
    while [[ -z $server_addr ]]; do
        server_addr=$(sed -n 's/^listening on //p' "$server_out" | head -1)
        if ! kill -0 "$server_pid" 2>/dev/null; then
            cat "$server_out" >&2
            die "$name exited before listening"
        fi
        ((SECONDS < deadline)) || die "$name did not listen within 30 s"
        [[ -n $server_addr ]] || sleep 0.05
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
trap stop_server EXIT

git_revision() {
    git -C "$root" describe --always --dirty 2>/dev/null || echo unknown
}

# crate_version NAME: the version Cargo.lock holds.
crate_version() {
    awk -v n="$1" '$0 == "name = \"" n "\"" { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock"
}
