"""8-word check: no run of 8 consecutive words of my texts (notes of the jsonl,
decision texts of the log, annot_freshN.py, README-section.md, the other
tools) of a fresh set (FRESH_SET=N) occurs in OrangeSum (all articles, title and text). Words = lower-cased
\\w+ tokens. Prints every hit; exit 1 if any.
Usage: FRESH_SET=N python3 textcheck.py"""
import glob, gzip, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fresh

W = re.compile(r"\w+")
N = 8
SET = fresh.number()
BASE = fresh.work(SET)
CORPUS = "/work/shared/corpora/orangesum.jsonl.gz"


def grams(text):
    w = W.findall(text.lower())
    return {tuple(w[i:i + N]) for i in range(len(w) - N + 1)}


def sources():
    src = {}
    with open(os.path.join(BASE, f"claims.fresh{SET}.jsonl"), encoding="utf-8") as f:
        for k, line in enumerate(f):
            d = json.loads(line)
            src[f"jsonl line {k + 1} note"] = d["note"]
    with open(os.path.join(BASE, f"claims.fresh{SET}.selection.tsv"), encoding="utf-8") as f:
        for k, line in enumerate(f):
            c = line.rstrip("\n").split("\t")
            if c[-1].startswith("skip"):
                src[f"log line {k + 1}"] = c[-1]
    # twenty-first set: the section may be named README_freshN.md (the brief's name) or README-section.md
    for rn in (f"README_fresh{SET}.md", "README-section.md"):
        if os.path.exists(os.path.join(BASE, rn)):
            src[rn] = open(os.path.join(BASE, rn), encoding="utf-8").read()
            break
    else:
        sys.exit("no README section beside the set (README_freshN.md or README-section.md)")
    for fn in sorted(glob.glob(os.path.join(BASE, "tools", "*.py"))):
        src[os.path.basename(fn)] = open(fn, encoding="utf-8").read()
    return src


def main():
    src = sources()
    mine = {}
    for name, text in src.items():
        for g in grams(text):
            mine.setdefault(g, set()).add(name)
    hits = {}
    n = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            n += 1
            w = W.findall((d.get("title", "") + "\n" + d.get("text", "")).lower())
            for i in range(len(w) - N + 1):
                g = tuple(w[i:i + N])
                if g in mine:
                    hits.setdefault(g, set()).add(d["id"])
    print(f"checked {len(src)} texts ({len(mine)} distinct 8-word runs) against {n} articles")
    for g, ids in hits.items():
        print("HIT:", " ".join(g), "| in", sorted(mine[g]), "| corpus", sorted(ids)[:3])
    print(f"{len(hits)} hits")
    sys.exit(1 if hits else 0)


if __name__ == "__main__":
    main()
