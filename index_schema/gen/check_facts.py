#!/usr/bin/env python3
"""Check that index_schema/actors.toml and places.tsv cover the facts sheet.

Usage (from the repository root):

    python3 index_schema/gen/check_facts.py [SHARED_DIR]

SHARED_DIR defaults to ../shared relative to the repository root. Python 3.11+
standard library only (tomllib).

Parses SHARED_DIR/facts/sahel-actors.md loosely and checks that:
  * every canonical actor (first column of the actor tables) is an id, alias
    or acronym of an [[actor]] in actors.toml;
  * every place of the places table is the name or an alias of a row of
    places.tsv under the right Mali region (and the right cercle when the
    facts give one);
  * the co-mentioned countries and the zones named in the facts exist.
Also checks actors.toml for internal consistency (kinds, references, no
alias claimed by two actors). Other names of the actor tables that are not
covered are printed as notes, not failures (some are left out on purpose,
e.g. "IS", which collides with English).

Prints what is missing and exits 1 if anything is; exits 0 otherwise.
"""

import os
import re
import sys
import tomllib
import unicodedata

KINDS = {"separatist", "jihadist", "state", "foreign", "international", "militia",
         "government", "regional"}
LEVELS = {"country", "region", "cercle", "commune", "locality", "zone"}


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[-'’‘`]", " ", s)
    return " ".join(s.split())


def tables(md):
    """Yield (section title, header cells, rows of cells) for each markdown table."""
    section, header, rows = None, None, []
    for line in md.splitlines() + [""]:
        if line.startswith("## "):
            section = line[3:].strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if header is None:
                header = cells
            elif not all(re.fullmatch(r":?-+:?", c) for c in cells):
                rows.append(cells)
        elif header is not None:
            yield section, header, rows
            header, rows = None, []


def split_names(cell):
    """'A; B (also C), D (comment)' -> ['A', 'B', 'C', 'D'] (loose).

    Splits on ';' and on commas outside parentheses. "(also X)" and "(X)"
    with a capital are alternative names; "(lowercase words)" is commentary.
    """
    parts, depth, cur = [], 0, ""
    for ch in cell:
        depth += ch == "("
        depth -= ch == ")"
        if ch in ";," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    out = []
    for part in parts:
        part = part.strip()
        m = re.match(r"^(.*?)\s*\((.*?)\)\s*$", part)
        if m:
            out.append(m.group(1).strip())
            inner = m.group(2).strip()
            if inner.startswith("also "):
                out.append(inner[5:])
            elif inner[:1].isupper():
                out.append(inner)
        else:
            out.append(part)
    return [re.sub(r"^(la|le|l')\s+", "", n).strip() for n in out if n.strip()]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared")
    facts = open(os.path.join(shared, "facts", "sahel-actors.md"), encoding="utf-8").read()
    with open(os.path.join(repo, "index_schema", "actors.toml"), "rb") as f:
        vocab = tomllib.load(f)

    problems, notes = [], []

    # -- actors.toml consistency --------------------------------------------
    actors = vocab.get("actor", [])
    ids = {a["id"] for a in actors}
    owner = {}
    for a in actors:
        for key in ("id", "name", "kind", "aliases", "acronyms"):
            if key not in a:
                problems.append("actors.toml: %s lacks %s" % (a.get("id"), key))
        if a.get("kind") not in KINDS:
            problems.append("actors.toml: %s has unknown kind %r" % (a["id"], a.get("kind")))
        for key in ("member_of", "successor_of"):
            for ref in a.get(key, []):
                if ref not in ids:
                    problems.append("actors.toml: %s.%s names unknown id %r" % (a["id"], key, ref))
        for key in ("from", "to"):
            if key in a and not re.fullmatch(r"\d{4}(-\d{2})?", a[key]):
                problems.append("actors.toml: %s.%s = %r is not YYYY[-MM]" % (a["id"], key, a[key]))
        for al in a.get("aliases", []):
            k = fold(al)
            if owner.get(k, a["id"]) != a["id"]:
                problems.append("actors.toml: alias %r claimed by %s and %s" % (al, owner[k], a["id"]))
            owner[k] = a["id"]
    for g in vocab.get("generic", []):
        if g.get("kind") not in KINDS:
            problems.append("actors.toml: [[generic]] has unknown kind %r" % g.get("kind"))

    alias_keys = {fold(a["id"]) for a in actors}
    alias_keys |= {fold(x) for a in actors for x in a.get("aliases", []) + [a["name"]]}
    acro = {x for a in actors for x in a.get("acronyms", [])}
    generic = {fold(w) for g in vocab.get("generic", []) for w in g["words"]}

    def covered(name):
        return fold(name) in alias_keys or name in acro or name in ids

    # -- actors of the facts sheet -------------------------------------------
    n_actors = 0
    for section, header, rows in tables(facts):
        if not header or header[0] != "canonical":
            continue
        for cells in rows:
            canon = cells[0]
            for name in [n.strip() for n in canon.split("/")]:
                n_actors += 1
                if not covered(name):
                    problems.append("actor %r (%s) missing from actors.toml" % (name, section))
            for col, cell in zip(header[1:-1], cells[1:-1]):
                if col.startswith("full"):
                    # one full name per cell, commas included
                    if not covered(cell):
                        problems.append("full name %r of %s missing from actors.toml"
                                        % (cell, canon))
                    continue
                if re.search(r"\(ACLED|^state forces|^external|^UN mission|^EU mission|"
                             r"^regional|^government", cell):
                    continue  # the "kind" column of the state table
                for name in split_names(cell):
                    name = re.sub(r"\s*=.*$", "", name)   # "VDP = Volontaires ..." -> "VDP"
                    if name and not covered(name) and fold(name) not in generic:
                        notes.append("note: other name %r of %s not in actors.toml" % (name, canon))
    for w in ["jihadistes", "djihadistes", "groupes jihadistes", "groupes armés terroristes",
              "terroristes", "rebelles", "séparatistes"]:
        if fold(w) not in generic:
            problems.append("generic mention %r missing from [[generic]]" % w)

    # -- places.tsv -----------------------------------------------------------
    rows = []
    with open(os.path.join(repo, "index_schema", "places.tsv"), encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if header is None:
                header = cols
                if header != ["path", "level", "name", "aliases", "geonameid", "lat", "lon",
                              "french_word", "preferred", "tier"]:
                    problems.append("places.tsv: unexpected header %r" % header)
                continue
            r = dict(zip(header, cols))
            if (len(cols) != 10 or r["level"] not in LEVELS or r["french_word"] not in ("0", "1")
                    or r["preferred"] not in ("0", "1") or r["tier"] not in ("bare", "cue")):
                problems.append("places.tsv: bad row %r" % line)
                continue
            r["keys"] = {fold(r["name"])} | {fold(a) for a in r["aliases"].split("|") if a}
            r["parts"] = [fold(p) for p in r["path"].split("/")[1:]]
            rows.append(r)
    paths = [r["path"] for r in rows]
    if paths != sorted(paths) or len(set(paths)) != len(paths):
        problems.append("places.tsv: paths not sorted or not unique")

    def find(name, region=None, cercle=None, country=None):
        k = fold(name)
        for r in rows:
            if k not in r["keys"]:
                continue
            p = r["parts"]
            if country and p[0] != fold(country):
                continue
            if region and (len(p) < 2 or p[0] != "mali" or p[1] != fold(region)):
                continue
            if cercle and (len(p) < 3 or p[2] != fold(cercle)):
                continue
            return r
        return None

    n_places = 0
    for section, header, trows in tables(facts):
        if not header or header[0] != "place":
            continue
        for cells in trows:
            places_cell, parent = cells[0], cells[1]
            names = []
            for part in places_cell.split(","):
                m = re.match(r"^(.*?)\s*\((.*?)\)\s*$", part.strip())
                names.append([m.group(1), m.group(2)] if m else [part.strip()])
            region = re.sub(r"\(t\)", "", parent)          # "Taoudéni(t)" -> "Taoudéni"
            region = re.split(r"\s*[>(]", region)[0].strip()
            main_cercle = None
            m = re.match(r"^[^(>]+>\s*([^(>]+?)\s*(>|$)", parent)
            if m:
                main_cercle = m.group(1).strip()
            special = {}  # place -> cercle, from "(A, B: Region > Cercle; ...)"
            for grp in re.findall(r"\(([^)]*)\)", parent):
                for clause in grp.split(";"):
                    if ":" in clause and ">" in clause:
                        who, where = clause.split(":", 1)
                        hier = [x.strip() for x in where.split(",")[0].split(">")]
                        for w in who.split(","):
                            special[fold(w)] = hier[1] if len(hier) > 1 else None
            for variants in names:
                n_places += 1
                cercle = special.get(fold(variants[0]), main_cercle)
                for v in variants:
                    if find(v, region, cercle) is None:
                        problems.append("place %r not in places.tsv under %s%s" % (
                            v, region, " > " + cercle if cercle else ""))

    m = re.search(r"Countries often co-mentioned:(.*?)\.\s*$", facts, re.S | re.M)
    countries = [c.strip() for c in m.group(1).replace("\n", " ").split(",")] if m else []
    if not countries:
        problems.append("facts: could not find the countries line")
    for c in countries:
        if not any(fold(c) in r["keys"] and r["level"] == "country" for r in rows):
            problems.append("country %r not in places.tsv" % c)
    for zone in ["Azawad", "Sahel", "Liptako-Gourma", "zone des trois frontières",
                 "delta intérieur du Niger", "centre du Mali", "nord du Mali"]:
        if fold(zone) in fold(facts) and not any(
                fold(zone) in r["keys"] and r["level"] == "zone" for r in rows):
            problems.append("zone %r not in places.tsv" % zone)

    for n in notes:
        print(n)
    for p in problems:
        print("MISSING: " + p)
    print("check_facts: %d actors, %d places, %d countries checked; %d problem(s), %d note(s)"
          % (n_actors, n_places, len(countries), len(problems), len(notes)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
