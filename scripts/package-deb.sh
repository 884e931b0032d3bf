#!/usr/bin/env bash
# Builds the Debian packages of percore-static and percore-echo (cargo-deb; the metadata is in
# each app's Cargo.toml) into target/debian/, then checks each one as installed: unpacked into a
# scratch root with dpkg -x, its files and conffiles are where they belong, the installed
# binary passes --check-config on the installed configuration, and then serves with it.
#
#   scripts/package-deb.sh            build and check both packages
#
# Binaries are stripped (the release profile keeps line tables only). cargo-deb is installed
# with `cargo install` when missing (the version below, --locked).
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_DEB_VERSION=3.8.0
if ! cargo deb --version 2>/dev/null | grep -qF "$CARGO_DEB_VERSION"; then
    cargo install cargo-deb --version "$CARGO_DEB_VERSION" --locked
fi

scratch=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$scratch"
}
trap cleanup EXIT

fail() { echo "package-deb.sh: $*" >&2; exit 1; }

# check_package NAME APP: the package of app NAME (percore-static), configured by APP.toml.
check_package() {
    local name=$1 app=$2
    local deb
    deb=$(cargo deb --no-build --strip -p "$name" | tail -n 1)
    [[ -f $deb ]] || fail "cargo deb printed no package for $name"
    echo "== $deb"
    dpkg-deb --info "$deb" | sed -n '/Package:/,/^ [A-Z]/p' | head -n 8
    local root=$scratch/$name
    mkdir -p "$root"
    dpkg-deb -x "$deb" "$root"
    for f in "usr/bin/$name" "etc/percore/$app.toml" "etc/logrotate.d/$name" \
        "usr/lib/systemd/system/$name.service" "usr/lib/systemd/system/$name.socket" \
        "usr/share/doc/$name/examples/$app.toml" "usr/share/doc/$name/examples/percore.toml"; do
        [[ -e $root/$f ]] || fail "$name: /$f is missing"
    done
    dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx "/etc/percore/$app.toml" \
        || fail "$name: /etc/percore/$app.toml is not a conffile"
    dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx "/etc/logrotate.d/$name" \
        || fail "$name: /etc/logrotate.d/$name is not a conffile"
    dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postinst | grep -q "adduser --system" \
        || fail "$name: postinst does not create the percore user"
    grep -q "^User=percore" "$root/usr/lib/systemd/system/$name.service" \
        || fail "$name: the service does not run as percore"
    grep -q "^ExecStart=/usr/bin/$name -c /etc/percore/$app.toml" \
        "$root/usr/lib/systemd/system/$name.service" \
        || fail "$name: the service does not start the installed binary on its configuration"
    grep -A1 "^ExecReload=/usr/bin/$name -c /etc/percore/$app.toml --check-config$" \
        "$root/usr/lib/systemd/system/$name.service" | grep -q '^ExecReload=/bin/kill -HUP' \
        || fail "$name: a reload does not check the configuration before its signal"

    # The installed binary on the installed configuration. A web root is made in the scratch
    # root as postinst makes /var/www/html on a real system.
    local flags=() bin=$root/usr/bin/$name conf=$root/etc/percore/$app.toml
    if [[ $app == static ]]; then
        mkdir -p "$root/var/www/html"
        echo "installed" >"$root/var/www/html/index.html"
        flags=(--root "$root/var/www/html")
    fi
    "$bin" -c "$conf" "${flags[@]}" --check-config
    local log=$scratch/$name.log
    "$bin" -c "$conf" "${flags[@]}" --workers 2 --pin best-effort --listen 127.0.0.1:0 \
        --set admin.listen=127.0.0.1:0 >"$log" 2>&1 &
    pids+=($!)
    local addr=""
    for _ in $(seq 100); do
        addr=$(sed -n 's/^listening on //p' "$log" | head -n 1)
        [[ -n $addr ]] && break
        sleep 0.05
    done
    [[ -n $addr ]] || { cat "$log" >&2; fail "$name did not start"; }
    if [[ $app == static ]]; then
        [[ $(curl -sS --max-time 5 "http://$addr/") == installed ]] || fail "$name: GET / failed"
    else
        [[ $(python3 -c 'import socket,sys
h,p=sys.argv[1].rsplit(":",1); s=socket.create_connection((h,int(p)),5)
s.sendall(b"ping"); print(s.recv(4).decode())' "$addr") == ping ]] || fail "$name: no echo"
    fi
    echo "$name: installed files, conffile, unit, --check-config and a request: ok"
}

# Both binaries in one release build: the crates they share are built once, with one set of
# features (built one package at a time, as cargo deb does, most of them were built twice).
cargo build --release --locked -p percore-static -p percore-echo
check_package percore-static static
check_package percore-echo echo
