#!/usr/bin/env bash
# The framework's dependency tree, checked. See --help.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: scripts/check-deps.sh [--list] [-h|--help]

Checks the normal (non-dev, non-build) dependency tree of percore's framework crates and apps,
as `cargo tree -e normal` shows it (offline: the lock file and the registry cache are enough):

  - no async runtime other than percore's own (tokio, async-std, smol, monoio, glommio, and
    their executor crates);
  - no crate in two semver-incompatible versions (1.x and 2.x, or 0.3 and 0.4);
  - no crate missing from scripts/allowed-deps.txt: a new dependency, direct or pulled in by
    another, is added there on purpose, in the same change, after a look at what it is.

The benchmark peers (bench/peers, which build tokio and monoio on purpose) and dev-dependencies
are not checked.

Options:
  --list      print the crates the tree holds now (name and version), one per line, and exit
  -h, --help  this text

Exit status: 0 when every check passes, 1 with the reasons otherwise.
USAGE
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
list=0
case "${1:-}" in
    -h|--help) usage; exit 0 ;;
    --list) list=1 ;;
    "") ;;
    *) echo "check-deps: unknown option $1 (see --help)" >&2; exit 2 ;;
esac

# The crates checked: every workspace member but the benchmarks.
crates=(percore-proactor percore-config percore-worker percore-offload percore-supervisor
        percore-http percore-web percore-tls percore-testkit percore-echo percore-static percore-hello)
allowed_file="scripts/allowed-deps.txt"
forbidden_re='^(tokio|tokio-[a-z-]+|async-std|async-executor|async-global-executor|smol|monoio|monoio-[a-z-]+|glommio)$'

tree=""
for c in "${crates[@]}"; do
    tree+="$(cargo tree --offline -e normal -p "$c" --prefix none --format '{p}' 2>/dev/null || \
             cargo tree -e normal -p "$c" --prefix none --format '{p}')"$'\n'
done
# "name vX.Y.Z (path)" -> "name X.Y.Z"; workspace crates are not dependencies.
deps="$(awk 'NF { v = $2; sub(/^v/, "", v); print $1, v }' <<<"$tree" | grep -v '^percore-' | sort -u)"

if [[ $list == 1 ]]; then
    echo "$deps"
    exit 0
fi

fail=0
# 1. Other runtimes.
while read -r name version; do
    [[ -z $name ]] && continue
    if [[ $name =~ $forbidden_re ]]; then
        echo "check-deps: $name $version is another async runtime; the framework crates run on percore's own" >&2
        fail=1
    fi
done <<<"$deps"

if [[ ! -f $allowed_file ]]; then
    echo "check-deps: $allowed_file is missing" >&2
    exit 1
fi
allowed="$(grep -v '^\s*#' "$allowed_file" | awk 'NF { print $1 }' | sort -u)"

# 2. Two semver-incompatible versions of one crate (the major, or for 0.x the minor), unless
# the allowed list names them (`name versions=2,3`, with its reason).
dups="$(awk '{ split($2, v, "."); key = (v[1] == "0") ? "0." v[2] : v[1]; print $1, key }' <<<"$deps" \
        | sort -u | awk '{ n[$1]++; k[$1] = k[$1] (k[$1] == "" ? "" : ",") $2 } END { for (c in n) if (n[c] > 1) print c, k[c] }')"
if [[ -n $dups ]]; then
    while read -r name versions; do
        expected="$(awk -v n="$name" '$1 == n { for (i = 2; i <= NF; i++) if ($i ~ /^versions=/) { sub(/^versions=/, "", $i); print $i } }' "$allowed_file")"
        if [[ $expected != "$versions" ]]; then
            echo "check-deps: two incompatible versions of $name ($versions)" >&2
            fail=1
        fi
    done <<<"$dups"
fi

# 3. Everything on the allowed list.
unknown="$(comm -23 <(awk '{ print $1 }' <<<"$deps" | sort -u) <(echo "$allowed"))"
if [[ -n $unknown ]]; then
    while read -r u; do
        echo "check-deps: $u is not in $allowed_file (a new dependency: review it, then add it there)" >&2
    done <<<"$unknown"
    fail=1
fi

if [[ $fail == 0 ]]; then
    echo "check-deps: $(wc -l <<<"$deps") crates in the framework's tree, no other runtime, no duplicate major version, all allowed"
fi
exit "$fail"
