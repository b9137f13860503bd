"""Pools, exclusions and seeded draw of a fresh set (FRESH_SET=N, seed and
working folder in fresh.py): written for the eleventh set, used for the
twelfth.


Pools: the seventh-to-tenth sets' definitions (fresh7_select.py, lost with the
old machine). Their exact membership is recorded in the tenth set's log,
/work/main/benches/sets/claims.fresh10.selection.tsv, which lists EVERY
candidate of the three pools (sahel 581, claims 5,362, numbers 3,729, with
story_kind), eligible or not. Since the pool definition did not change from
the seventh set on (it does not depend on the exclusions), the candidate lists
are taken from that log; every candidate is re-checked against the corpus here
(passage exists, >= 40 chars, no exact duplicate of an earlier paragraph).
pools_check.py re-derives the pools from the README's prose as a cross-check.

Exclusions (README, seventh-to-tenth sets), recomputed here:
  1. (id, passage) of any claims.*.jsonl / entities.*.jsonl   -> in an existing set
  2. any paragraph of an article of those sets                -> article of an existing set
  3. any article in the story group of a used article         -> story group of ...
     (groups.py rule: shared title or identical paragraph >= 80 chars,
      union-find over the pools' articles and the used articles together)
  4. a paragraph sharing a 10-word run with a set paragraph   -> near-duplicate
Draw: each pool sorted by (article number, passage); rng = random.Random(SEED);
shuffle sahel, claims, numbers in that order (whole candidate lists, so
shuffle_pos covers ineligible ones too); tier = number of eligible candidates
of the same story group before it in shuffled order (0/1/2); reading order =
stable sort on tier.

Extra exclusion (fourteenth set, drawn while another annotator drew set 13 from
the same pools): --exclude-draw PATH --exclude-ranks K makes ineligible
("ineligible: story group of set 13's draw") every article in the story group
of any row of the selection log PATH that is (a) in pool sahel (any row), or
(b) in pool claims or numbers, with a decision not starting with "ineligible",
among the first K such rows of its pool in rank order. Checked after the four
exclusions above (a row already ineligible keeps its first reason); story
groups are this draw's (same groups.py rule).

Usage: FRESH_SET=N python3 draw_set.py [--log] [--exclude-draw PATH --exclude-ranks K]
                                                 -> /work/setsN/tools/freshN_draw.tsv (+ pre-reading log)
       FRESH_SET=N python3 draw_set.py --replay   -> reproduce set N's draw from its log in
                                                   benches/sets (N = 10 to 14; set 14 with the --exclude-draw
                                                   options of its draw) and compare
"""
import glob, json, os, random, re, sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from passages import load_corpus, artnum

from fresh import SEEDS, SETS, later_sets, work
import fresh

FRESH10_LOG = os.path.join(SETS, "claims.fresh10.selection.tsv")
POOLS = ("sahel", "claims", "numbers")
WORD = re.compile(r"\w+")


def words(p):
    return WORD.findall(p.lower())


def runs(p, n=10):
    w = words(p)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def read_pools():
    pools = {p: [] for p in POOLS}
    with open(FRESH10_LOG, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            pools[c[0]].append((c[3], int(c[4]), c[7]))
    return pools


def used_pairs(exclude_files=()):
    pairs = set()
    files = sorted(glob.glob(os.path.join(SETS, "claims.*.jsonl")) + glob.glob(os.path.join(SETS, "entities.*.jsonl")))
    files = [f for f in files if os.path.basename(f) not in exclude_files]
    for fn in files:
        with open(fn, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    pairs.add((d["id"], d["passage"]))
    return pairs, files


def story_groups(arts, ids):
    parent = {a: a for a in ids}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            # root = smallest article number, so the group name is stable
            if artnum(ra) < artnum(rb):
                parent[rb] = ra
            else:
                parent[ra] = rb

    by_title, by_par = {}, {}
    for a in sorted(ids, key=artnum):
        t = arts[a][1].strip()
        if t:
            if t in by_title:
                union(by_title[t], a)
            else:
                by_title[t] = a
        for p in arts[a][2]:
            if len(p) >= 80:
                if p in by_par:
                    union(by_par[p], a)
                else:
                    by_par[p] = a
    return {a: find(a) for a in ids}


def check_pools(arts, pools):
    """Every candidate exists, >= 40 chars, and no exact duplicate of a paragraph
    of an earlier article (corpus order)."""
    seen_first = {}
    for aid in sorted(arts, key=artnum):
        for i, p in enumerate(arts[aid][2]):
            seen_first.setdefault(p, (aid, i))
    bad = 0
    for pool, cands in pools.items():
        for aid, i, _ in cands:
            ps = arts[aid][2]
            if i >= len(ps) or len(ps[i]) < 40 or seen_first[ps[i]] != (aid, i):
                bad += 1
    return bad


def other_draw_articles(path, k):
    """Articles of the rows of another set's selection log that the extra
    exclusion covers: every sahel row; the first k rows (rank order) of pools
    claims and numbers whose decision does not start with 'ineligible'."""
    arts = set()
    rows = {"claims": [], "numbers": []}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[0] == "sahel":
                arts.add(c[3])
            elif c[0] in rows and not c[8].startswith("ineligible"):
                rows[c[0]].append((int(c[1]), c[3]))
    for pool, rs in rows.items():
        rs.sort()
        arts |= {a for _, a in rs[:k]}
    return arts


def draw(arts, pools, seed, used, quiet=False, other_arts=frozenset(), other_label="", names=POOLS, report=None):
    """Rows of the draw of pools `names` (in that order, one rng for all).
    `report(pool, n_candidates, eligible, ineligible, grp)` is called after each
    pool (default: a line on stdout unless `quiet`); draw_set2.py passes its own."""
    used_arts = {a for a, _ in used}
    ids = {a for n in names for a, _, _ in pools[n]} | used_arts | set(other_arts)
    grp = story_groups(arts, ids)
    used_groups = {grp[a] for a in used_arts}
    other_groups = {grp[a] for a in other_arts}
    setruns = set()
    for a, i in used:
        if a in arts and i < len(arts[a][2]):
            setruns |= runs(arts[a][2][i])
    rng = random.Random(seed)
    rows = []
    for pool in names:
        cands = sorted(pools[pool], key=lambda c: (artnum(c[0]), c[1]))
        rng.shuffle(cands)
        elig, inel = [], []
        counts = defaultdict(int)
        for pos, (aid, i, kind) in enumerate(cands):
            if (aid, i) in used:
                why = "ineligible: in an existing set"
            elif aid in used_arts:
                why = "ineligible: article of an existing set"
            elif grp[aid] in used_groups:
                why = "ineligible: story group of an article of an existing set"
            elif runs(arts[aid][2][i]) & setruns:
                why = "ineligible: near-duplicate (10-word run) of an existing-set paragraph"
            elif grp[aid] in other_groups:
                why = f"ineligible: story group of {other_label}"
            else:
                why = None
            if why:
                inel.append((pool, "-", pos, aid, i, grp[aid], "", kind, why))
            else:
                tier = min(counts[grp[aid]], 2)
                counts[grp[aid]] += 1
                elig.append((tier, pos, aid, i, kind))
        elig.sort(key=lambda e: e[0])  # stable
        for rank, (tier, pos, aid, i, kind) in enumerate(elig):
            rows.append((pool, rank, pos, aid, i, grp[aid], tier, kind, "unread"))
        rows.extend(inel)
        if report is not None:
            report(pool, len(cands), elig, inel, grp)
        elif not quiet:
            from collections import Counter
            cnt = Counter(r[8] for r in inel)
            ngrp = len({grp[e[2]] for e in elig})
            print(f"{pool}: {len(cands)} candidates; eligible {len(elig)} ({ngrp} story groups); " +
                  "; ".join(f"{k.split(': ',1)[1]} {v}" for k, v in cnt.items()))
    return rows


def write(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("pool\trank\tshuffle_pos\tid\tpassage\tstory_group\ttier\tstory_kind\tdecision\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")


def main():
    arts = load_corpus()
    pools = read_pools()
    print("pool sizes:", {p: len(c) for p, c in pools.items()}, "candidates failing re-check:", check_pools(arts, pools))
    n = fresh.number()
    other, label = frozenset(), ""
    if "--exclude-draw" in sys.argv:
        path = sys.argv[sys.argv.index("--exclude-draw") + 1]
        k = int(sys.argv[sys.argv.index("--exclude-ranks") + 1])
        m = re.search(r"fresh(\d+)\.selection", path)
        label = f"set {m.group(1)}'s draw" if m else "another draw"
        other = frozenset(other_draw_articles(path, k))
        print(f"extra exclusion: {len(other)} articles of {path} (sahel rows + first {k} eligible claims/numbers ranks)")
    if "--replay" in sys.argv:
        name = f"fresh{n}"
        oldlog = os.path.join(SETS, f"claims.{name}.selection.tsv")
        used, files = used_pairs(exclude_files=later_sets(n))
        rows = draw(arts, pools, SEEDS[n], used, other_arts=other, other_label=label)
        old = {}
        with open(oldlog, encoding="utf-8") as f:
            next(f)
            for line in f:
                c = line.rstrip("\n").split("\t")
                d = c[8] if c[8].startswith("ineligible") else "eligible"
                old[(c[0], c[3], c[4])] = (c[1], c[2], c[5], c[6], d)
        diff = 0
        for r in rows:
            d = r[8] if r[8].startswith("ineligible") else "eligible"
            mine = (str(r[1]), str(r[2]), r[5], str(r[6]), d)
            o = old[(r[0], r[3], str(r[4]))]
            if mine != o:
                diff += 1
                if diff <= 10:
                    print("DIFF", r[0], r[3], r[4], "mine", mine, name, o)
        print("replay of", name, ": rows", len(rows), "differences", diff)
        return
    draw_file = os.path.join(work(n), "tools", f"fresh{n}_draw.tsv")
    log = os.path.join(work(n), f"claims.fresh{n}.selection.tsv")
    used, files = used_pairs(exclude_files=later_sets(n))
    print("excluded sets:", len(files), [os.path.basename(f) for f in files])
    rows = draw(arts, pools, SEEDS[n], used, other_arts=other, other_label=label)
    write(rows, draw_file)
    if "--log" in sys.argv:
        write(rows, log)
    print("wrote", draw_file, "and log" if "--log" in sys.argv else "")


if __name__ == "__main__":
    main()
