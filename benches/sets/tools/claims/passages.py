"""Paragraph numbering of the engine (claims.README.md, "Line format"):
split `text` on \n; a blank or whitespace-only line ends a paragraph; the
paragraph's lines are joined with one space and whitespace collapsed;
numbered from 0, empty paragraphs dropped; the title is not a passage.
Usage: python3 passages.py ID   (prints the passages, screen only)"""
import gzip, json, re, sys

CORPUS = "/work/shared/corpora/orangesum.jsonl.gz"
_WS = re.compile(r"\s+")


def passages(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.strip() == "":
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(line)
    if cur:
        out.append(cur)
    res = []
    for lines in out:
        p = _WS.sub(" ", " ".join(lines)).strip()
        if p:
            res.append(p)
    return res


def load_corpus():
    """Ordered dict id -> (date, title, [passages])."""
    arts = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            arts[d["id"]] = (d.get("date", ""), d.get("title", ""), passages(d.get("text", "")))
    return arts


def artnum(aid):
    return int(aid.rsplit("-", 1)[1])


if __name__ == "__main__":
    arts = load_corpus()
    date, title, ps = arts[sys.argv[1]]
    print(sys.argv[1], date, "|", title)
    for i, p in enumerate(ps):
        print(f"[{i}] {p}\n")
