#!/usr/bin/env bash
# depeches and Lucene side by side, on the same corpus and queries, in one
# run, on this machine: indexing, size, query latency, cold start, scaling
# and export. Prints each tool's raw JSON lines, then a table of ratios
# against the targets of issue 7.
#
#   benches/side_by_side.sh [SHARED_DIR] [WORK_DIR]
#
# SHARED_DIR defaults to ../shared (the harnesses, corpus and queries);
# WORK_DIR (default /tmp/depeches-bench) receives the indexes and logs.
# Needs the Lucene harness installed (`sh SHARED_DIR/peers/install.sh`,
# as root: Debian's liblucene8-java and a JDK) and python3 for the table.
#
# Every extraction is on (it always is: entities with their dispatch
# context, claims, near-duplicates, the headline field and wire metadata).
# BASELINES="name=/path/to/depeches ..." also indexes the corpus with other
# builds of depeches in the same run (e.g. the binary from before an
# issue), printing their time against this build's and Lucene's.
#
# The indexing comparison runs ROUNDS times (default 3), Lucene then
# depeches in each round, and the ratio is the median of the rounds'
# ratios (each round's is printed too): this machine's speed drifts by
# 20-30 % from minute to minute (the same binary built OrangeSum in 3.8
# to 5.7 s within minutes), and a ratio of one build each measured the
# drift between the two builds as much as the engines. In each round,
# each engine builds its index WARMUP times (default 1) before the build
# that is timed, and the warm-up times are printed apart. On a virtual
# machine the memory a process gives back (Lucene's JVM: gigabytes) is
# handed to the host a moment later, and whichever process runs next
# pays again for each page it touches: depeches, run right after Lucene,
# spent 0.8-1.0 s of system time instead of 0.3, 0.3-0.4 s of wall time.
# A warm-up build of each engine puts both in the same state: each timed
# build follows a build of the same engine.
#
# Both engines read the same file, the uncompressed OrangeSum JSONL (the
# Lucene harness reads no other). Until the sixteenth session depeches read
# the .jsonl.gz instead and inflated it on the way (3.7 % of its indexing
# instructions, work Lucene was not asked to do); one build from the
# .jsonl.gz still runs after the rounds, and its time is printed as the
# run "jsonl.gz".
set -euo pipefail
cd "$(dirname "$0")/.."
shared=$(cd "${1:-../shared}" && pwd)
work=${2:-/tmp/depeches-bench}
corpus_gz="$shared/corpora/orangesum.jsonl.gz"
corpus="$work/orangesum.jsonl"
queries="$shared/peers/queries-orangesum.txt"
lucene="$shared/peers/lucene/run.sh"
mkdir -p "$work"
log="$work/results.jsonl"
: > "$log"
warmups="$work/warmup.jsonl"
: > "$warmups"
warmup=${WARMUP:-1}

echo "== building depeches (release)" >&2
cargo build --release --locked --quiet
depeches=$PWD/target/release/depeches

[ -f "$corpus" ] || gunzip -c "$corpus_gz" > "$corpus"
rounds=${ROUNDS:-3}
for round in $(seq "$rounds"); do
    echo "== round $round of $rounds: Lucene's index, then depeches' (the same .jsonl, with facets)" >&2
    for _ in $(seq "$warmup"); do
        rm -rf "$work/idx-warmup"
        sh "$lucene" index "$corpus" "$work/idx-warmup" | sed 's/^{/{"warmup":"lucene",/' | tee -a "$warmups" >&2
    done
    rm -rf "$work/idx-lucene" "$work/idx-warmup"
    sh "$lucene" index "$corpus" "$work/idx-lucene" | sed "s/^{/{\"round\":$round,/" | tee -a "$log"
    for _ in $(seq "$warmup"); do
        rm -rf "$work/idx-warmup"
        "$depeches" bench index "$corpus" "$work/idx-warmup" | sed 's/^{/{"warmup":"depeches",/' | tee -a "$warmups" >&2
    done
    rm -rf "$work/idx-depeches" "$work/idx-warmup"
    "$depeches" bench index "$corpus" "$work/idx-depeches" | sed "s/^{/{\"run\":\"1x\",\"round\":$round,/" | tee -a "$log"
done

echo "== depeches from the .jsonl.gz (after a build of its own, as in the rounds)" >&2
rm -rf "$work/idx-gz"
"$depeches" bench index "$corpus_gz" "$work/idx-gz" | sed 's/^{/{"run":"jsonl.gz",/' | tee -a "$log"
rm -rf "$work/idx-gz"

echo "== queries on the last round's indexes" >&2
sh "$lucene" query "$work/idx-lucene" "$queries" --repeat 10 --snippets > "$work/lucene-query.jsonl"
tail -n 1 "$work/lucene-query.jsonl" | tee -a "$log"
"$depeches" bench query "$work/idx-depeches" "$queries" --repeat 10 --snippets > "$work/depeches-query.jsonl"
tail -n 1 "$work/depeches-query.jsonl" | sed 's/^{/{"run":"1x",/' | tee -a "$log"
"$depeches" bench cold "$work/idx-depeches" "armee malienne" --runs 20 | tee -a "$log"
"$depeches" bench export "$work/idx-depeches" france --format csv | tee -a "$log"

for baseline in ${BASELINES:-}; do
    name=${baseline%%=*}
    echo "== $name: index" >&2
    for _ in $(seq "$warmup"); do
        rm -rf "$work/idx-warmup"
        "${baseline#*=}" bench index "$corpus" "$work/idx-warmup" | sed "s/^{/{\"warmup\":\"$name\",/" | tee -a "$warmups" >&2
    done
    rm -rf "$work/idx-warmup"
    "${baseline#*=}" bench index "$corpus" "$work/idx-$name" | sed "s/^{/{\"run\":\"$name\",/" | tee -a "$log"
    rm -rf "$work/idx-$name"
done

echo "== depeches: the corpus 4 times" >&2
"$depeches" bench index "$corpus" "$work/idx-depeches-4x" --replicate 4 | sed 's/^{/{"run":"4x",/' | tee -a "$log"
"$depeches" bench query "$work/idx-depeches-4x" "$queries" --repeat 10 > "$work/depeches-query-4x.jsonl"
tail -n 1 "$work/depeches-query-4x.jsonl" | sed 's/^{/{"run":"4x",/' | tee -a "$log"

python3 - "$log" "$warmups" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
warmups = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
def find(pred):
    return next(r for r in rows if pred(r))
def median(xs):
    xs = sorted(xs)
    return (xs[(len(xs) - 1) // 2] + xs[len(xs) // 2]) / 2
lucene_builds = {r["round"]: r for r in rows if r.get("engine") == "lucene" and "passages" in r}
depeches_builds = {r["round"]: r for r in rows if r.get("run") == "1x" and "passages" in r}
rounds = sorted(lucene_builds)
ratios = [depeches_builds[k]["seconds"] / lucene_builds[k]["seconds"] for k in rounds]
li = lucene_builds[rounds[-1]]
lq = find(lambda r: r.get("engine") == "lucene" and "p50_ms" in r)
di = depeches_builds[rounds[-1]]
# The median build of each engine, and the median of the rounds' ratios.
li_seconds = median([lucene_builds[k]["seconds"] for k in rounds])
di_seconds = median([depeches_builds[k]["seconds"] for k in rounds])
index_ratio = median(ratios)
dq = find(lambda r: r.get("run") == "1x" and "p50_ms" in r)
d4 = find(lambda r: r.get("run") == "4x" and "passages" in r)
q4 = find(lambda r: r.get("run") == "4x" and "p50_ms" in r)
cold = find(lambda r: "cold_search" in r)
exp = find(lambda r: "export" in r)
mb = 1 << 20
table = [
    (f"indexing seconds, median of {len(rounds)}", di_seconds, li_seconds, index_ratio, "<= 0.5x Lucene"),
    ("index MB", di["index_bytes"] / mb, li["index_bytes"] / mb, di["index_bytes"] / li["index_bytes"], "<= 1.0x Lucene"),
    ("query p50 ms", dq["p50_ms"], lq["p50_ms"], dq["p50_ms"] / lq["p50_ms"], "<= 0.5x Lucene"),
    ("query p99 ms", dq["p99_ms"], lq["p99_ms"], dq["p99_ms"] / lq["p99_ms"], "<= 0.5x Lucene"),
]
print()
print(f"{'measure':<30}{'depeches':>12}{'Lucene':>12}{'ratio':>9}  target")
for name, d, l, ratio, target in table:
    limit = float(target.split()[1].rstrip("x"))
    ok = "ok" if ratio <= limit else "MISSED"
    print(f"{name:<30}{d:>12.2f}{l:>12.2f}{ratio:>9.2f}  {target} {ok}")
checks = [
    ("cold CLI search, median ms", cold["median_ms"], "<= 30 ms", cold["median_ms"] <= 30),
    ("4x indexing / 1x", d4["seconds"] / di_seconds, "<= 4.4", d4["seconds"] / di_seconds <= 4.4),
    ("4x query p50 / 1x", q4["p50_ms"] / dq["p50_ms"], "<= 2", q4["p50_ms"] / dq["p50_ms"] <= 2),
    ("4x peak RSS MB (indexing)", d4["peak_rss_bytes"] / mb, "<= 500 MB", d4["peak_rss_bytes"] / mb <= 500),
]
for name, value, target, ok in checks:
    print(f"{name:<30}{value:>12.2f}{'':>12}{'':>9}  {target} {'ok' if ok else 'MISSED'}")
print()
for k, ratio in zip(rounds, ratios):
    print(f"round {k}: indexing depeches {depeches_builds[k]['seconds']:.2f} s, Lucene {lucene_builds[k]['seconds']:.2f} s, ratio {ratio:.2f}")
print(f"1x: {di['passages']} passages, {di['mb_per_s']} MB/s, {di['passages_per_s']:.0f} passages/s, peak RSS {di['peak_rss_bytes'] / mb:.0f} MB")
print(f"4x: {d4['passages']} passages in {d4['seconds']} s, peak RSS {d4['peak_rss_bytes'] / mb:.0f} MB, index {d4['index_bytes'] / mb:.1f} MB")
for r in rows:
    if r.get("run") not in (None, "1x", "4x") and "passages" in r:
        print(f"{r['run']}: indexing {r['seconds']:.2f} s, {r['seconds'] / li_seconds:.2f}x Lucene's median; this build's median {di_seconds / r['seconds']:.2f}x of it")
for name in dict.fromkeys(w["warmup"] for w in warmups):
    times = ", ".join(f"{w['seconds']:.2f}" for w in warmups if w["warmup"] == name)
    print(f"warm-up builds of {name} (not timed above): {times} s")
print(f"export --all 'france' (csv): {exp['rows']} rows in {exp['seconds']} s, peak RSS {exp['peak_rss_bytes'] / mb:.0f} MB")
EOF
