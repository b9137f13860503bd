#!/usr/bin/env python3
"""Known-item test: find an article from its headline, depeches beside
Lucene and Xapian, in one run.

    benches/known_item.py [--n 2000] [--seed 1] [--shared ../shared]
                          [--work /tmp/depeches-known-item] [--depeches BIN]
                          [--engines depeches,lucene,xapian] [--reindex]

1. Draws N articles of OrangeSum (seeded) as the known items.
2. Writes the corpus with THEIR headlines removed (the other dispatches keep
   theirs, as in a real archive: a headline that matches the query is then
   a rival, never the answer), as the JSONL all three engines read.
3. Indexes it with depeches and with the peers' Lucene and Xapian harnesses
   (a copy of ../shared/peers changed only to list the 100 best passages
   instead of 10, and for Xapian to build snippets only when asked).
4. Queries each headline, its words ORed (`--op or`: the same words for every
   engine), in two forms: as written, and lowercased without accents (typed
   in a hurry). Double quotes are dropped from the headlines, so that no
   engine reads a phrase where another reads words.
5. Scores at the dispatch level: the ranked passages are folded into
   dispatches (a dispatch's rank is that of its first passage), and the
   known item's dispatch rank gives MRR@10, success@1 and success@10.

Indexes are kept in WORK/seed-S-nN/ and reused while the corpus is the same
(the peers' answers too: they do not change); depeches' index is rebuilt
with --reindex (after a schema change), its queries always re-run.
"""
import argparse
import gzip
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import unicodedata

TOP = 100


def fold(s):
    """Lowercase, accents stripped: a headline as typed in a hurry."""
    s = unicodedata.normalize("NFD", s.lower())
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def run(cmd, log, **kw):
    print("  $ " + " ".join(cmd), file=sys.stderr)
    with open(log, "w") as f:
        subprocess.run(cmd, check=True, stdout=f, **kw)


def results(path):
    """{query: [dispatch ids in rank order, first passage of each]}."""
    out = {}
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            if "query" not in r:
                continue
            seen, ranked = set(), []
            for hit in r.get("top", []):
                did = hit.rsplit(":", 1)[0]
                if did not in seen:
                    seen.add(did)
                    ranked.append(did)
            out[r["query"]] = ranked
    return out


def score(items, queries, ranked):
    rr, s1, s10 = 0.0, 0, 0
    for did, q in zip(items, queries):
        order = ranked.get(q, [])
        rank = order.index(did) + 1 if did in order else None
        if rank is not None and rank <= 10:
            rr += 1.0 / rank
            s10 += 1
            s1 += rank == 1
    n = len(items)
    return {"mrr10": rr / n, "s1": s1 / n, "s10": s10 / n}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--work", default="/tmp/depeches-known-item")
    ap.add_argument("--depeches", default=os.path.join(here, "..", "target", "release", "depeches"))
    ap.add_argument("--engines", default="depeches,lucene,xapian")
    ap.add_argument("--reindex", action="store_true", help="rebuild depeches' index")
    ap.add_argument("--label", default="", help="name of this run in the output")
    ap.add_argument("--ranking", default=None, help="depeches ranking weights (bench query --ranking)")
    a = ap.parse_args()
    engines = a.engines.split(",")
    shared = os.path.abspath(a.shared)
    work = os.path.join(os.path.abspath(a.work), "seed-%d-n%d" % (a.seed, a.n))
    os.makedirs(work, exist_ok=True)

    with gzip.open(os.path.join(shared, "corpora", "orangesum.jsonl.gz"), "rt", encoding="utf-8") as f:
        articles = [json.loads(l) for l in f if l.strip()]
    eligible = [i for i, d in enumerate(articles) if (d.get("title") or "").replace('"', "").split() and d.get("text")]
    drawn = random.Random(a.seed).sample(eligible, a.n)
    items = [articles[i]["id"] for i in drawn]
    titles = [" ".join(articles[i]["title"].replace('"', " ").split()) for i in drawn]
    forms = {"as written": titles, "folded": [fold(t) for t in titles]}

    corpus = os.path.join(work, "corpus.jsonl")
    hidden = set(drawn)
    text = "".join(
        json.dumps(dict(d, title=None) if i in hidden else d, ensure_ascii=False) + "\n"
        for i, d in enumerate(articles))
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    stamp = os.path.join(work, "corpus.sha")
    fresh = not (os.path.exists(stamp) and open(stamp).read() == digest)
    if fresh:
        with open(corpus, "w", encoding="utf-8") as f:
            f.write(text)
        with open(stamp, "w") as f:
            f.write(digest)
    query_files = {}
    for form, qs in forms.items():
        path = os.path.join(work, "queries-%s.txt" % form.replace(" ", "-"))
        with open(path, "w", encoding="utf-8") as f:
            f.write("".join(q + "\n" for q in qs))
        query_files[form] = path

    # The peers, listing 100 passages a query instead of 10.
    peers = os.path.join(os.path.abspath(a.work), "peers-top%d" % TOP)
    if not os.path.exists(os.path.join(peers, "xapian.py")):
        shutil.copytree(os.path.join(shared, "peers"), peers, dirs_exist_ok=True)
        # Xapian builds a snippet for each listed hit even unasked: 100 a
        # query would take most of the run, and change no ranking.
        snippet = '''            snip = mset.snippet(norm(text), SNIPPET_CHARS, stem)
            snippets.append(snip.decode("utf-8", "replace") if isinstance(snip, bytes) else snip)
'''
        for name, old, new in [("peers_common.py", "TOP_K = 10", "TOP_K = %d" % TOP),
                               ("lucene/LuceneHarness.java", "TOP_K = 10;", "TOP_K = %d;" % TOP),
                               ("xapian.py", snippet, "            if show:\n" + snippet.replace("\n            ", "\n                ").replace("            snip =", "                snip =", 1))]:
            p = os.path.join(peers, name)
            s = open(p).read()
            assert old in s, (name, old)
            open(p, "w").write(s.replace(old, new))
    env = dict(os.environ, PEERS_BUILD=os.path.join(os.path.abspath(a.work), "peers-build"))
    commands = {
        "lucene": ["sh", os.path.join(peers, "lucene", "run.sh")],
        "xapian": ["python3", os.path.join(peers, "xapian.py")],
    }

    table = {}
    for engine in engines:
        idx = os.path.join(work, "idx-" + engine)
        if engine == "depeches":
            if a.reindex or fresh or not os.path.exists(idx):
                shutil.rmtree(idx, ignore_errors=True)
                run([a.depeches, "bench", "index", corpus, idx], os.path.join(work, "index-depeches.log"))
        elif fresh or not os.path.exists(os.path.join(idx, ".peers-index")):
            run(commands[engine] + ["index", corpus, idx], os.path.join(work, "index-%s.log" % engine),
                env=env, cwd="/")
        for form, path in query_files.items():
            out = os.path.join(work, "%s-%s.jsonl" % (engine, form.replace(" ", "-")))
            if engine == "depeches":
                extra = ["--ranking", a.ranking] if a.ranking else []
                run([a.depeches, "bench", "query", idx, path, "--op", "or", "--top", str(TOP),
                     "--repeat", "0"] + extra, out)
            elif fresh or not os.path.exists(out):
                run(commands[engine] + ["query", idx, path, "--op", "or", "--repeat", "1"], out, env=env, cwd="/")
            table[(engine, form)] = score(items, forms[form], results(out))

    print()
    print("known-item test: %d OrangeSum headlines (seed %d), words ORed, dispatch level%s"
          % (a.n, a.seed, ", " + a.label if a.label else ""))
    print("%-10s %-11s %8s %8s %8s" % ("engine", "form", "MRR@10", "S@1", "S@10"))
    for form in forms:
        for engine in engines:
            m = table[(engine, form)]
            print("%-10s %-11s %8.4f %8.4f %8.4f" % (engine, form, m["mrr10"], m["s1"], m["s10"]))
    print(json.dumps({"seed": a.seed, "n": a.n, "label": a.label,
                      "results": {"%s/%s" % k: v for k, v in table.items()}}))


if __name__ == "__main__":
    main()
