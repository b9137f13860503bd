"""A set drawn alongside another (FRESH_SET=N, the other one is
DRAWN_ALONGSIDE[N] in fresh.py: 18 -> 17, 20 -> 19): the rows of the other
set's pre-reading selection log that draw_set.py's --exclude-draw uses, ids,
ranks and groups only. Written for set 18, made to take the set from
FRESH_SET for set 20 (nothing else changed).
Every sahel row; the first K rows in rank order of pools claims and numbers
whose decision does not start with 'ineligible'. Eligible rows' decisions are
replaced by '(set M decision not copied)'; ineligible rows keep their
draw-time reason (same shape as the fourteenth/sixteenth sets' files).
Usage: FRESH_SET=N python3 make_excluded.py [K=300]"""
import sys
from fresh import DRAWN_ALONGSIDE, number

(M,) = DRAWN_ALONGSIDE[number()]
SRC = f"/work/sets{M}/claims.fresh{M}.selection.tsv"
OUT = f"claims.fresh{M}.selection.excluded-rows.tsv"
K = int(sys.argv[1]) if len(sys.argv) > 1 else 300

with open(SRC, encoding="utf-8") as f:
    header = next(f)
    rows = [line.rstrip("\n").split("\t") for line in f]
out, take = [], {"claims": [], "numbers": []}
for c in rows:
    if c[0] == "sahel":
        out.append(c)
    elif c[0] in take and not c[8].startswith("ineligible"):
        take[c[0]].append(c)
for p in ("claims", "numbers"):
    take[p].sort(key=lambda c: int(c[1]))
    out += take[p][:K]
with open(OUT, "w", encoding="utf-8") as f:
    f.write(header)
    for c in out:
        if not c[8].startswith("ineligible"):
            c = c[:8] + [f"(set {M} decision not copied)"]
        f.write("\t".join(c) + "\n")
print("wrote", OUT, len(out), "rows:", sum(c[0] == "sahel" for c in out), "sahel,",
      len(take["claims"][:K]), "claims,", len(take["numbers"][:K]), "numbers")
