"""Screen-only reader, strictly in draw order (nothing is written).
Shows title, lede (passage 0), the previous paragraph and the candidate.
Usage: FRESH_SET=N python3 reading.py POOL START END   (ranks START..END-1)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from passages import load_corpus
import fresh

SET = fresh.number()
DRAW = os.path.join(fresh.work(SET), "tools", f"fresh{SET}_draw.tsv")
pool, a, b = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = []
with open(DRAW, encoding="utf-8") as f:
    next(f)
    for line in f:
        c = line.rstrip("\n").split("\t")
        if c[0] == pool and c[1] != "-" and a <= int(c[1]) < b:
            rows.append(c)
rows.sort(key=lambda c: int(c[1]))
arts = load_corpus()
for c in rows:
    aid, i = c[3], int(c[4])
    date, title, ps = arts[aid]
    print(f"=== {pool} rank {c[1]}  {aid} ¶{i}  {date}  tier {c[6]} kind {c[7]} group {c[5]}")
    print("T:", title)
    if i > 0:
        print("L:", ps[0][:400])
    if i > 1:
        print("P:", ps[i - 1][:600])
    print(">>", ps[i])
    print()
