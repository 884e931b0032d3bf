#!/usr/bin/env bash
# Builds percore-static and percore-echo as static executables (glibc's crt-static: no shared
# library needed at run time, so they run in an empty container image) and copies them, without
# symbols, to DIR (default target/static).
#
#   scripts/build-static.sh [DIR]
#
# The target is named explicitly so that RUSTFLAGS reach the binaries but not build scripts and
# procedural macros, which must stay dynamic.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-target/static}
target=$(rustc -vV | sed -n 's/^host: //p')
case $target in
*-linux-gnu) ;;
*) echo "build-static.sh: a *-linux-gnu host is needed, this is $target" >&2; exit 1 ;;
esac

RUSTFLAGS="-C target-feature=+crt-static -C strip=symbols" \
    cargo build --release --locked --target "$target" -p percore-static -p percore-echo

mkdir -p "$out"
for bin in percore-static percore-echo; do
    src="target/$target/release/$bin"
    if ! file_type=$(LC_ALL=C readelf -d "$src" 2>/dev/null) || grep -q NEEDED <<<"$file_type"; then
        echo "build-static.sh: $src still needs shared libraries" >&2
        exit 1
    fi
    install -m 0755 "$src" "$out/$bin"
done
ls -l "$out"
