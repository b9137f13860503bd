"""Second-generation pools (v2) and seeded draw of a fresh set (FRESH_SET=N,
seed and working folder in fresh.py), written for the twenty-sixth set after
the first-generation claims pool ran out (twenty-fifth set). Definition,
counts and reasons: README_pool2.md beside this file.

Pools v2 (built from the corpus here, deterministically; nothing is read from
an earlier draw except the first-generation membership below):
  GEN1      = the articles and the (id, passage) candidates of the three
              first-generation pools (sahel, claims, numbers), i.e. every row
              of claims.fresh10.selection.tsv (draw_set.read_pools()).
  paragraph = passages.py numbering; >= 40 chars; not an exact duplicate of a
              paragraph of an earlier article (corpus order = article number;
              first occurrence wins, as in every earlier draw).
  article   = not an epidemic story: EPIDEMIC (below) in the title, or >= 2
              EPIDEMIC matches in the text (disease deaths are never claims).
  claims2   = paragraphs holding a harm word (HARM|HARM2|HARM3 of
              pools_check.py: HARM_ALL) that are
                (a) in an article outside GEN1 (general news), or
                (b) in a GEN1 article but never a GEN1 candidate.
  numbers2  = paragraphs of the same articles (outside GEN1, or GEN1
              non-candidates) with a number (NUM of pools_check.py) and no
              harm word. claims2 and numbers2 do not overlap.
  story_kind column: "general" (outside GEN1) or "gen1-<old kind>"
  (gen1-other, gen1-sahel, gen1-neighbour) for rows of GEN1 articles.

Exclusions (unchanged from the eleventh set, draw_set.py), against every
claims.*.jsonl and entities.*.jsonl in benches/sets except fresh.later_sets(N):
  1. (id, passage) in an existing set
  2. any paragraph of an article of those sets
  3. any article in the story group of a used article (groups.py rule: shared
     title or identical paragraph >= 80 chars; union-find over the v2 pools'
     articles and the used articles together; root = smallest article number)
  4. a paragraph sharing a 10-word run with a set paragraph
  (+ optional --exclude-draw PATH --exclude-ranks K, as in draw_set.py, for a
  set drawn alongside another.)
Draw (exactly as draw_set.py): each pool sorted by (article number, passage);
rng = random.Random(SEED); shuffle claims2 then numbers2 (whole candidate
lists, so shuffle_pos covers ineligible ones too); tier = eligible candidates
of the same story group earlier in shuffled order (0/1/2); reading order =
stable sort on tier. Same TSV columns as draw_set.py.

Usage: FRESH_SET=N python3 draw_set2.py [--log] [--exclude-draw PATH --exclude-ranks K]
           -> /work/setsN/tools/freshN_draw.tsv (+ pre-reading log /work/setsN/claims.freshN.selection.tsv)
       FRESH_SET=N python3 draw_set2.py --replay
           -> redraw set N and compare with its log (benches/sets, else /work/setsN)
       FRESH_SET=N python3 draw_set2.py --counts
           -> pool sizes and eligible counts only (nothing written)
       --seed S (check draws only, e.g. 999, with FRESH_WORK=/tmp/dir): overrides SEEDS[N]
"""
import hashlib, os, re, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from passages import load_corpus, artnum
from draw_set import read_pools, used_pairs, draw, write, other_draw_articles
from pools_check import HARM_ALL, NUM
from fresh import SEEDS, SETS, later_sets, work
import fresh

POOLS2 = ("claims2", "numbers2")
EPIDEMIC = re.compile(r"(?<!\w)(covid\w*|coronavirus|sars-cov-?2|pand[ée]mies?|[ée]pid[ée]mies?)(?!\w)", re.IGNORECASE)


def is_epidemic(title, ps):
    return bool(EPIDEMIC.search(title)) or len(EPIDEMIC.findall(" ".join(ps))) >= 2


def build_pools2(arts, stats=None):
    """{pool: [(id, passage, story_kind)]} in corpus order."""
    gen1 = read_pools()
    gen1_kind = {}
    gen1_cands = set()
    for pool, cands in gen1.items():
        for aid, i, kind in cands:
            gen1_kind.setdefault(aid, kind)
            gen1_cands.add((aid, i))
    pools = {p: [] for p in POOLS2}
    seen = set()
    st = Counter()
    for aid in sorted(arts, key=artnum):
        date, title, ps = arts[aid]
        epi = is_epidemic(title, ps)
        kind = "general" if aid not in gen1_kind else "gen1-" + gen1_kind[aid]
        for i, p in enumerate(ps):
            if p in seen:
                continue
            seen.add(p)
            if len(p) < 40 or (aid, i) in gen1_cands:
                continue
            harm = HARM_ALL.search(p)
            pool = "claims2" if harm else ("numbers2" if NUM.search(p) else None)
            if pool is None:
                continue
            if epi:
                st[(pool, "epidemic article (left out)")] += 1
                continue
            pools[pool].append((aid, i, kind))
            st[(pool, kind)] += 1
    if stats is not None:
        stats.update(st)
    return pools


def draw2(arts, pools, seed, used, names=POOLS2, quiet=False, other_arts=frozenset(), other_label=""):
    """draw_set.draw over the pools `names`, with a summary of each pool."""
    summary = {}

    def report(pool, n_cands, elig, inel, grp):
        cnt = Counter(r[8] for r in inel)
        tiers = Counter(e[0] for e in elig)
        summary[pool] = dict(candidates=n_cands, eligible=len(elig),
                             articles=len({e[2] for e in elig}), groups=len({grp[e[2]] for e in elig}),
                             tiers=(tiers[0], tiers[1], tiers[2]),
                             kinds=dict(Counter(e[4] for e in elig)), inel=dict(cnt))
        if not quiet:
            s = summary[pool]
            print(f"{pool}: {s['candidates']} candidates; eligible {s['eligible']} ({s['articles']} articles, "
                  f"{s['groups']} story groups; tiers 0/1/2: {s['tiers'][0]} / {s['tiers'][1]} / {s['tiers'][2]}; "
                  f"kinds {s['kinds']}); " + "; ".join(f"{k.split(': ', 1)[1]} {v}" for k, v in cnt.items()))

    rows = draw(arts, pools, seed, used, other_arts=other_arts, other_label=other_label, names=names, report=report)
    return rows, summary


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


def main():
    arts = load_corpus()
    stats = Counter()
    pools = build_pools2(arts, stats)
    print("v2 pool sizes:", {p: len(c) for p, c in pools.items()})
    print("  by kind:", dict(sorted(stats.items())))
    n = fresh.number()
    seed = SEEDS[n]
    if "--seed" in sys.argv:
        seed = int(sys.argv[sys.argv.index("--seed") + 1])
        print(f"seed overridden: {seed} (check draw only, not set {n}'s seed {SEEDS[n]})")
    other, label = frozenset(), ""
    if "--exclude-draw" in sys.argv:
        path = sys.argv[sys.argv.index("--exclude-draw") + 1]
        k = int(sys.argv[sys.argv.index("--exclude-ranks") + 1])
        m = re.search(r"fresh(\d+)\.selection", path)
        label = f"set {m.group(1)}'s draw" if m else "another draw"
        # other_draw_articles reads pools claims/numbers/sahel; a v2 log's rows are
        # claims2/numbers2: take the first k non-ineligible rows of each pool
        arts_o = set()
        rows_o = defaultdict(list)
        with open(path, encoding="utf-8") as f:
            next(f)
            for line in f:
                c = line.rstrip("\n").split("\t")
                if c[0] == "sahel":
                    arts_o.add(c[3])
                elif not c[8].startswith("ineligible"):
                    rows_o[c[0]].append((int(c[1]), c[3]))
        for pool, rs in rows_o.items():
            rs.sort()
            arts_o |= {a for _, a in rs[:k]}
        other = frozenset(arts_o)
        print(f"extra exclusion: {len(other)} articles of {path} (first {k} eligible ranks of each pool)")
    used, files = used_pairs(exclude_files=later_sets(n))
    print("excluded sets:", len(files), sum(1 for f in files if "/claims." in f), "claims.*,",
          sum(1 for f in files if "/entities." in f), "entities.*;", [os.path.basename(f) for f in files if "fresh2" in f])
    rows, summary = draw2(arts, pools, seed, used, other_arts=other, other_label=label)
    if "--counts" in sys.argv:
        return
    if "--replay" in sys.argv:
        name = f"fresh{n}"
        oldlog = os.path.join(SETS, f"claims.{name}.selection.tsv")
        if not os.path.exists(oldlog):
            oldlog = os.path.join(work(n), f"claims.{name}.selection.tsv")
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
            o = old.get((r[0], r[3], str(r[4])))
            if mine != o:
                diff += 1
                if diff <= 10:
                    print("DIFF", r[0], r[3], r[4], "mine", mine, name, o)
        diff += abs(len(old) - len(rows)) if len(old) != len(rows) else 0
        print("replay of", name, "from", oldlog, ": rows", len(rows), "logged", len(old), "differences", diff)
        return
    os.makedirs(os.path.join(work(n), "tools"), exist_ok=True)
    draw_file = os.path.join(work(n), "tools", f"fresh{n}_draw.tsv")
    log = os.path.join(work(n), f"claims.fresh{n}.selection.tsv")
    write(rows, draw_file)
    if "--log" in sys.argv:
        write(rows, log)
    print("wrote", draw_file, "md5", md5(draw_file), "and log" if "--log" in sys.argv else "")


if __name__ == "__main__":
    main()
