#!/usr/bin/env bash
# Kill test, opt-in (needs ../shared): index OrangeSum, SIGKILL the indexer
# at several points, run it again, and check that the index then holds
# exactly what a clean build holds: same passage count, same content.
#
#   benches/kill_test.sh [SHARED_DIR] [WORK_DIR] [DELAYS…]
#
# DELAYS are seconds after start at which to kill (default: 1 2.5 4 6).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=$(cd "${1:-../shared}" && pwd)
work=${2:-/tmp/depeches-kill}
shift $(( $# > 2 ? 2 : $# )) || true
delays=("$@")
[ ${#delays[@]} -gt 0 ] || delays=(1 2.5 4 6)
corpus="$shared/corpora/orangesum.jsonl.gz"
mkdir -p "$work"

cargo build --release --locked --quiet
depeches=$PWD/target/release/depeches

# Every passage as "dispatch_id <TAB> passage_no <TAB> text", sorted: the
# index's content, compared as a whole.
dump() {
    "$depeches" search --all --format tsv --fields dispatch_id,passage_no,text --index "$1" \
        | tail -n +2 | LC_ALL=C sort > "$2"
}

echo "== clean build" >&2
rm -rf "$work/clean"
"$depeches" index "$corpus" --index "$work/clean" --commit-every 20000 >&2
dump "$work/clean" "$work/clean.tsv"
expected=$(wc -l < "$work/clean.tsv")
echo "clean: $expected passages, $(sha256sum < "$work/clean.tsv" | cut -c1-16)" >&2

status=0
for delay in "${delays[@]}"; do
    rm -rf "$work/killed"
    "$depeches" index "$corpus" --index "$work/killed" --commit-every 20000 > /dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    at_kill=$( { "$depeches" stats --index "$work/killed" --format json 2>/dev/null || echo '{}'; } \
        | python3 -c 'import json,sys; print(json.load(sys.stdin).get("passages", "no commit yet"))')
    "$depeches" index "$corpus" --index "$work/killed" --commit-every 20000 > "$work/rerun.txt" 2>&1
    dump "$work/killed" "$work/killed.tsv"
    got=$(wc -l < "$work/killed.tsv")
    if cmp -s "$work/clean.tsv" "$work/killed.tsv"; then verdict=same; else verdict=DIFFERENT; status=1; fi
    echo "killed after ${delay}s: $at_kill passages committed; re-run: $(tail -n 1 "$work/rerun.txt"); now $got passages, content $verdict"
done
exit $status
