"""Checks the hand annotations of a fresh set (FRESH_SET=N: annot_freshN.py)
and writes /work/setsN/claims.freshN.jsonl, then fills in the decision column
of the pre-reading log /work/setsN/claims.freshN.selection.tsv.
Checks: ids exist, passage numbers valid and equal to the draw's, every rank
read in order with no gap, figures occur in the paragraph, low/high follow the
README's table, types/modality valid, claimant and victim names are actor ids
of actors.toml or names used in earlier sets or added here, counts (45 + 15),
no two kept paragraphs share a 10-word run, none shares one with an
existing-set paragraph, no kept article belongs to an existing set, at most 2
kept per story group."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from passages import load_corpus, artnum
import importlib
from draw_set import runs, used_pairs, SETS
import fresh

SET = fresh.number()
A = importlib.import_module(f"annot_fresh{SET}")
OUT = f"{fresh.work(SET)}/claims.fresh{SET}.jsonl"
LOG = f"{fresh.work(SET)}/claims.fresh{SET}.selection.tsv"
DRAW = os.path.join(fresh.work(SET), "tools", f"fresh{SET}_draw.tsv")
TYPES = {"killed", "wounded", "missing", "captured", "hostage", "neutralized", "materiel", "control"}
MODAL = {"asserted", "uncertain", "denied"}
KINDS = {"narrator", "civils", "unknown", "jihadist", "separatist"}

NUMW = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
        "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
        "mille": 1000}
APPROX = {"dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
          "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}


def num(tok):
    t = tok.lower()
    # nineteenth set: a comma as thousands separator too ("380,000")
    if re.fullmatch(r"\d{1,3}([.  ,]\d{3})+|\d+", t):
        return int(re.sub(r"\D", "", t))
    if t in NUMW:
        return NUMW[t]
    if "-" in t:  # dix-neuf, quarante-deux
        parts = [NUMW.get(p) for p in t.split("-")]
        if all(p is not None for p in parts):
            return sum(parts)
    return None


def expected(fig):
    """(low, high) the README's table gives for a figure, or None if not parseable."""
    f = fig.strip().lower()
    m = re.fullmatch(r"(au moins|plus de|près de|environ|quelque|plus d'une) (.+)", f)
    if m:
        head, rest = m.groups()
        if head == "plus d'une" and rest in (k for k in APPROX):
            return (APPROX[rest] + 1, None)
        n = num(rest)
        if n is None:
            return None
        return {"au moins": (n, None), "plus de": (n + 1, None)}.get(head, (round(n - n / 5), round(n + n / 5)))
    m = re.fullmatch(r"(\S+) au moins", f)
    if m and num(m.group(1)) is not None:
        return (num(m.group(1)), None)
    m = re.fullmatch(r"(?:entre )?(\S+) (?:à|et) (\S+)", f)
    if m and num(m.group(1)) is not None and num(m.group(2)) is not None:
        return (num(m.group(1)), num(m.group(2)))
    m = re.fullmatch(r"(?:une|un) (\w+)", f)
    if m and m.group(1) in APPROX:
        n = APPROX[m.group(1)]
        return (round(n - n / 5), round(n + n / 5))
    if f in ("des dizaines", "plusieurs dizaines", "de dizaines", "les dizaines"):  # "de dizaines": seventeenth set, "des" reduced after "de"; "les dizaines": twenty-first set, same row
        return (20, None)
    if f == "des centaines":
        return (200, None)
    if f in ("des milliers", "de milliers"):  # "de milliers": twenty-third set, "des" reduced after "de" (as "de dizaines")
        return (2000, None)
    if f == "des dizaines de milliers":  # fifteenth set: "des dizaines" row times a thousand
        return (20000, None)
    if f == "des centaines de milliers":  # twenty-first set: "des centaines" row times a thousand
        return (200000, None)
    if f == "plusieurs":
        return (2, None)
    if f in ("aucun", "aucune"):
        return (0, 0)
    m = re.fullmatch(r"jusqu'à (\S+)", f)
    if m and num(m.group(1)) is not None:
        return (1, num(m.group(1)))
    n = num(f)
    if n is not None:
        return (n, n)
    return None


def names():
    ids = set()
    with open("/work/main/index_schema/actors.toml", encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\s*id\s*=\s*"([^"]+)"', line)
            if m:
                ids.add(m.group(1))
    used = set()
    for fn in glob.glob(os.path.join(SETS, "claims.*.jsonl")):
        for line in open(fn, encoding="utf-8"):
            d = json.loads(line)
            for c in d["claims"]:
                used.add(c["claimant"]); used.add(c["victim"])
    return ids, used


def main():
    arts = load_corpus()
    draw = {}
    order = {}
    POOLS = []
    with open(DRAW, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[1] != "-":
                draw[(c[0], int(c[1]))] = c
            # The pools are those of the draw file, in order of first
            # appearance (sahel/claims/numbers, or claims2/numbers2 of draw_set2.py)
            if c[0] not in POOLS:
                POOLS.append(c[0])
    errors = []
    # ranks read contiguously from 0 in each pool
    for pool in POOLS:
        ranks = sorted(r for p, r in A.D if p == pool)
        if ranks != list(range(len(ranks))):
            errors.append(f"{pool}: ranks read are not 0..n-1 without gap")
    ids, used_names = names()
    allowed = ids | used_names | A.ADDED_NAMES | KINDS
    new_names = set()
    used, files = used_pairs(exclude_files=fresh.later_sets(SET))
    used_arts = {a for a, _ in used}
    setruns = set()
    for a, i in used:
        setruns |= runs(arts[a][2][i])
    lines, kept = [], []
    for pool in POOLS:
        for r in sorted(r for p, r in A.D if p == pool):
            dec, claims, note = A.D[pool, r]
            row = draw[(pool, r)]
            aid, i = row[3], int(row[4])
            if aid not in arts or i >= len(arts[aid][2]):
                errors.append(f"{pool} {r}: bad id/passage"); continue
            if dec != "kept":
                continue
            par = arts[aid][2][i]
            if pool.startswith("numbers") and claims:
                errors.append(f"{pool} {r}: a numbers-pool paragraph kept with claims")
            if not pool.startswith("numbers") and not claims:
                errors.append(f"{pool} {r}: kept without claim")
            for c in claims:
                if c["type"] not in TYPES or c["modality"] not in MODAL:
                    errors.append(f"{pool} {r}: bad type/modality {c}")
                for k in ("claimant", "victim"):
                    if c[k] not in allowed:
                        errors.append(f"{pool} {r}: unknown name {c[k]}")
                    if c[k] not in ids | used_names | KINDS:
                        new_names.add(c[k])
                fig = c["figure"]
                if fig:
                    if not re.search(r"(?<!\w)" + re.escape(fig) + r"(?!\w)", par):
                        errors.append(f"{pool} {r}: figure {fig!r} not in paragraph")
                    e = expected(fig)
                    if e is None:
                        errors.append(f"{pool} {r}: figure {fig!r} not parseable")
                    elif e != (c["low"], c["high"]):
                        errors.append(f"{pool} {r}: figure {fig!r} gives {e}, annotated {(c['low'], c['high'])}")
                else:
                    if not (isinstance(c["low"], int) and c["low"] >= 0 and (c["high"] is None or c["high"] >= c["low"])):
                        errors.append(f"{pool} {r}: bad range {c}")
                if c["high"] is not None and c["high"] < c["low"]:
                    errors.append(f"{pool} {r}: high < low")
            if aid in used_arts:
                errors.append(f"{pool} {r}: article of an existing set")
            if runs(par) & setruns:
                errors.append(f"{pool} {r}: shares a 10-word run with an existing-set paragraph")
            kept.append((pool, r, aid, i, row[5], par))
            lines.append({"id": aid, "passage": i, "date": arts[aid][0], "has_claims": bool(claims),
                          "claims": claims, "note": note})
    for x in range(len(kept)):
        for y in range(x + 1, len(kept)):
            if runs(kept[x][5]) & runs(kept[y][5]):
                errors.append(f"kept {kept[x][:2]} and {kept[y][:2]} share a 10-word run")
    g = Counter(k[4] for k in kept)
    if any(v > 2 for v in g.values()):
        errors.append("more than 2 kept in a story group")
    nc = sum(1 for l in lines if l["has_claims"])
    nn = len(lines) - nc
    if (nc, nn) != (45, 15):
        print(f"WARNING counts {nc}/{nn} (target 45/15)")
    if new_names - A.ADDED_NAMES:
        errors.append(f"names neither known nor declared added: {new_names - A.ADDED_NAMES}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    # fill in the log's decision column
    rows = []
    with open(DRAW, encoding="utf-8") as f:
        header = next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[1] != "-":
                key = (c[0], int(c[1]))
                if key in A.D:
                    dec, claims, note = A.D[key]
                    c[8] = "kept" if dec == "kept" else "skip: " + note
                else:
                    c[8] = "unread (after the stop)"
            rows.append(c)
    with open(LOG, "w", encoding="utf-8") as f:
        f.write(header)
        for c in rows:
            f.write("\t".join(c) + "\n")
    # counts
    cl = [c for l in lines for c in l["claims"]]
    print(f"paragraphs {len(lines)} ({nc} with claims / {nn} without); articles {len({k[2] for k in kept})}; story groups {len(g)}; claims {len(cl)}")
    print("types", Counter(c["type"] for c in cl))
    print("open-ended", sum(1 for c in cl if c["high"] is None))
    print("modality", Counter(c["modality"] for c in cl), "verified false", sum(1 for c in cl if not c["verified"]))
    print("claimants", Counter(c["claimant"] for c in cl).most_common())
    print("victims", Counter(c["victim"] for c in cl).most_common())
    print("paragraphs with a non-narrator claimant", sum(1 for l in lines if any(c["claimant"] != "narrator" for c in l["claims"])))
    print("names added", sorted(new_names))
    print("read: ", {p: max((r for q, r in A.D if q == p), default=-1) + 1 for p in POOLS})
    print("decisions", Counter((p, A.D[p, r][0]) for p, r in A.D))


if __name__ == "__main__":
    main()
