#!/usr/bin/env bash
# Runs the extraction benches of an older revision and of the working tree alternately,
# twice each, and prints one MiB/s figure per bench line. On a noisy machine this is how
# a change is judged: two single runs minutes apart can differ by more than the change.
#
# usage: benches/alternate.sh <old revision> [bench filter, a regex; default: end_to_end$]
# e.g.   benches/alternate.sh HEAD~1 'end_to_end$|stage_rules'
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: benches/alternate.sh <old revision> [bench filter]}
filter=${2:-'end_to_end$'}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach --quiet "$work/old" "$old"
# The bench binary of a checkout (built if needed), by its deps file name.
bench_binary() {
    (cd "$1" && CARGO_TARGET_DIR="$2" cargo bench --bench extraction --no-run --quiet) >&2
    ls -t "$2"/release/deps/extraction-* | grep -v '\.d$' | head -1
}
old_bin=$(bench_binary "$work/old" "$work/target")
# Absolute: the runs below start in $work, and both builds may give the binary the same
# file name (the hash does not depend on the checkout), so a relative path would run the
# old build twice.
new_bin=$(bench_binary . "$PWD/target")
for round in 1 2; do
    for side in old new; do
        bin=${side}_bin
        printf '%s %s:' "$round" "$side"
        (cd "$work" && "${!bin}" --bench "$filter" --noplot 2>&1) |
            awk '/^extraction|^startup/ {name = $1} /thrpt:/ && !/%/ {printf " %s %s %s", name, $4, $5}'
        echo
    done
done
