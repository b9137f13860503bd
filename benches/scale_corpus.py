#!/usr/bin/env python3
"""Scale a JSONL(.gz) corpus N times for capacity runs (docs/scale-out.md).

Copy k (0..N-1) of each dispatch gets the id `<id>~k` and its date moved
back k years (same day and month; 29 February becomes the 28th), so the
copies are distinct dispatches spread over N years, as a multi-year
archive is; the text is unchanged (a copy is a near-duplicate of its
original, which the near-duplicate clustering sees, as it would see the
same wire story sold to several outlets).

    python3 benches/scale_corpus.py 16 ../shared/corpora/orangesum.jsonl.gz > /tmp/os16.jsonl
"""
import gzip
import json
import re
import sys


def shift(date, years):
    m = re.match(r"^(\d{4})(.*)$", date or "")
    if not m:
        return date
    year = int(m.group(1)) - years
    rest = m.group(2).replace("-02-29", "-02-28") if years else m.group(2)
    return f"{year:04d}{rest}"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: scale_corpus.py N CORPUS.jsonl[.gz] > OUT.jsonl")
    n, path = int(sys.argv[1]), sys.argv[2]
    opener = gzip.open if path.endswith(".gz") else open
    out = sys.stdout
    for k in range(n):
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                d = json.loads(line)
                if k:
                    d["id"] = f"{d['id']}~{k}"
                    if "date" in d:
                        d["date"] = shift(d["date"], k)
                out.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
