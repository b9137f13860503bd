"""Estimate (no paragraph read) of how many claims2 rows a 45-claim set needs.
Keep rates come from the decision columns of the first-generation sets'
selection logs (claims.fresh7-25.selection.tsv: kept / skip on the claims
pool); each read row is put in a regex class by its harm words (STRONG: a word
that names a death, a wound, a killing, an arrest or a hostage-taking; else
WEAK: only words with common non-harm senses, e.g. contrôle, reprise, bilan,
pertes, saisie, corps, tombé, libération, arrêté). The class mix of the
eligible claims2 rows (whole pool, not a draw) then gives a regex-only
estimate. Usage: FRESH_SET=26 python3 pool2_estimate.py"""
import glob, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from passages import load_corpus
from pools_check import HARM_ALL
from draw_set import used_pairs
from draw_set2 import build_pools2, draw2
from fresh import SETS, SEEDS, later_sets
import fresh

WEAK = re.compile(r"(?i)^(contr[ôo]le|reprises?|repris|saisie?s?|pertes?|bilans?|corps|tomb[ée]e?s?|tombe|"
                  r"lib[ée]r[ée]e?s?|lib[ée]rations?|enlev[ée]e?s?|arr[êe]t[ée]e?s?|arr[êe]te|d[ée]truite?s?|destructions?|"
                  r"disparue?s?|disparitions?|d[ée]tenue?s?|captur[ée]e?s?|prisonni[eè]re?s?|emprisonn\w*|attentats?|"
                  r"empar[ée]e?s?|neutralis[ée]e?s?|ex[ée]cut[ée]e?s?|ex[ée]cutions?|victimes?|d[ée]c[èe]s|mortel\w*|d[ée]pouilles?|captivit[ée])$")

I = re.I
# indicative topic of a row's article, first match of its TITLE in this order (regex only)
TOP = [("sport", re.compile(r"(?<!\w)(match|ligue \d|ligue des champions|football|foot|rugby|tennis|psg|om|tour de france|jo|olympi\w*|coupe du monde|euro|joueur|entraîneur|mercato|bleus|nba|f1|formule 1)(?!\w)", I)),
       ("obituary", re.compile(r"(?<!\w)(mort de|décès de|est mort|est morte|est décédée?|s'est éteinte?|disparition de|nécrologie)(?!\w)", I)),
       ("disaster", re.compile(r"(?<!\w)(séisme|tremblement de terre|inondations?|ouragan|tempête|cyclone|tsunami|avalanche|incendies?|feux? de forêt|éruption|canicule)(?!\w)", I)),
       ("accident", re.compile(r"(?<!\w)(accidents?|collision|crash|noyade|noyée?s?|chute|percuté\w*|carambolage|explosion|effondrement)(?!\w)", I)),
       ("crime/police", re.compile(r"(?<!\w)(police|policiers?|gendarmes?|gendarmerie|meurtres?|tuée?s?|abattue?s?|poignardée?s?|suspects?|garde à vue|interpellée?s?|arrêtée?s?|agression|agressée?s?|violences?|viol|homicide|fusillade|braquage|enlèvement|assassinat|tireur|féminicide)(?!\w)", I)),
       ("justice", re.compile(r"(?<!\w)(procès|condamnée?s?|tribunal|cour d'assises|peine|prison|juge|mis en examen|mise en examen|parquet|détention)(?!\w)", I)),
       ("conflict/terror", re.compile(r"(?<!\w)(attentats?|attaques?|terroris\w+|jihadistes?|djihadistes?|guerre|armée|militaires?|soldats?|frappes?|bombardements?)(?!\w)", I))]


def cls(p):
    ws = [m.group(0) for m in HARM_ALL.finditer(p)]
    if not ws:
        return "none"
    return "weak" if all(WEAK.match(w) for w in ws) else "strong"


def main():
    arts = load_corpus()
    per = {}
    for n in range(7, 26):
        fn = os.path.join(SETS, f"claims.fresh{n}.selection.tsv")
        c = Counter()
        for line in open(fn, encoding="utf-8").readlines()[1:]:
            r = line.rstrip("\n").split("\t")
            if r[0] != "claims" or r[1] == "-":
                continue
            d = r[8]
            if d == "kept":
                k = "kept"
            elif d.startswith("skip"):
                k = "skip"
            else:
                continue
            c[(cls(arts[r[3]][2][int(r[4])]), k)] += 1
        per[n] = c
    def rate(c, k):
        a, b = c[(k, "kept")], c[(k, "skip")]
        return a, a + b, (a / (a + b) if a + b else float("nan"))
    print("set  strong kept/read  weak kept/read  all")
    for n, c in per.items():
        s, w = rate(c, "strong"), rate(c, "weak")
        print(f"{n:3d}  {s[0]:3d}/{s[1]:3d} {s[2]:.0%}   {w[0]:3d}/{w[1]:3d} {w[2]:.0%}   {s[0]+w[0]}/{s[1]+w[1]} {(s[0]+w[0])/(s[1]+w[1]):.0%}")
    early = Counter()
    for n in range(7, 12):
        early.update(per[n])
    ks, kw = rate(early, "strong")[2], rate(early, "weak")[2]
    print(f"sets 7-11 (first-generation pool still fresh): strong {rate(early,'strong')[:2]} -> {ks:.1%}; weak {rate(early,'weak')[:2]} -> {kw:.1%}")
    n = fresh.number()
    pools = build_pools2(arts)
    used, _ = used_pairs(exclude_files=later_sets(n))
    rows, summary = draw2(arts, pools, SEEDS[n], used, quiet=True)
    mix = Counter(cls(arts[r[3]][2][int(r[4])]) for r in rows if r[0] == "claims2" and r[1] != "-")
    tot = sum(mix.values())
    # old pool's own mix over its whole candidate list, for comparison
    oldmix = Counter()
    for line in open(os.path.join(SETS, "claims.fresh10.selection.tsv"), encoding="utf-8").readlines()[1:]:
        r = line.rstrip("\n").split("\t")
        if r[0] == "claims":
            oldmix[cls(arts[r[3]][2][int(r[4])])] += 1
    ot = sum(oldmix.values())
    print(f"first-generation claims pool mix: strong {oldmix['strong']/ot:.1%}, weak {oldmix['weak']/ot:.1%} ({ot} rows)")
    print(f"claims2 eligible mix: strong {mix['strong']/tot:.1%}, weak {mix['weak']/tot:.1%} ({tot} rows)")
    el = [r for r in rows if r[0] == "claims2" and r[1] != "-"]
    tc = Counter(next((nm for nm, rx in TOP if rx.search(arts[r[3]][1])), "other") for r in el)
    print("claims2 eligible rows by title topic:", ", ".join(f"{k} {v} ({v/len(el):.1%})" for k, v in tc.most_common()))
    print("claims2 eligible rows by year:", sorted(Counter(arts[r[3]][0][:4] for r in el).items()))
    est = mix["strong"] / tot * ks + mix["weak"] / tot * kw
    print(f"regex-mix keep rate (sets 7-11 rates per class): {est:.1%} -> {45/est:.0f} rows for 45 claims")


if __name__ == "__main__":
    main()
