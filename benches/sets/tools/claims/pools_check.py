"""Cross-check only (the draw does not use it): re-derive the three pools from
the README's prose alone and compare them with the candidate lists recorded in
claims.fresh10.selection.tsv (which draw_set.py uses). Every regex below is
my reconstruction from the README's word lists; the original fresh4-fresh7
regexes and the NOT_SAHEL list were lost, so the differences measure how much
of the pools the prose alone pins down.
Usage: python3 pools_check.py"""
import os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from passages import load_corpus, artnum
from draw_set import read_pools

I = re.IGNORECASE
SAHEL_KEYS = re.compile(r"(?<!\w)(Mali|maliens?|maliennes?|Sahel|sahéliens?|sahéliennes?|Barkhane|Serval|Minusma|Burkina|burkinab[èe]s?|Niger|nigériens?|nigériennes?|Mauritanie|mauritaniens?|mauritaniennes?|Tchad|tchadiens?|tchadiennes?|Tombouctou|Kidal|Gao|Mopti|Ménaka|Bamako|Ouagadougou|Niamey|Nouakchott|N'Djamena|Azawad|Takuba|G5|Aqmi|Tillabéri|Kouré|Liptako)(?!\w)")
HARM = r"tu[ée]e?s?|tuant|tuer|morts?|mortes?|mortel\w*|meurtri[eè]re?s?|d[ée]c[èe]s|d[ée]c[ée]d[ée]e?s?|bless[ée]e?s?|blessures?|disparue?s?|disparitions?|enlev[ée]e?s?|enl[èe]vements?|otages?|prisonni[eè]re?s?|arr[êe]t[ée]e?s?|arrestations?|interpell[ée]e?s?|neutralis[ée]e?s?|d[ée]truite?s?|destructions?|saisie?s?|contr[ôo]le|reprise?s?|victimes?|massacres?|abattue?s?|ex[ée]cut[ée]e?s?|assassin\w*|captur[ée]e?s?|kidnapp[ée]e?s?|lib[ée]r[ée]e?s?|lib[ée]rations?|empar[ée]e?s?|tomb[ée]e?s?|pertes?"
HARM2 = r"meurt|meurent|p[ée]ri|succomb[ée]|endeuill\w*|ravisseurs?|d[ée]pouilles?|corps|rapts?|d[ée]tenue?s?|attentats?|kamikazes?|[ée]gorg\w*|emprisonn\w*|captivit[ée]|ex[ée]cutions?|tueries?"
HARM3 = r"bilans?|perdu la vie|co[ûu]t[ée] la vie|[ôo]t[ée] la vie|carnage|d[ée]cim\w*|lynch\w*|br[ûu]l[ée]e?s? vif?s?|mutil\w*|pendaisons?|d[ée]capit\w*|tomb[ée]e?s? au combat"
HARM_ALL = re.compile(r"(?<!\w)(" + HARM + "|" + HARM2 + "|" + HARM3 + r")(?!\w)", I)
NUM = re.compile(r"\d|(?<!\w)(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|milliers?|millions?|dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|quarantaines?|cinquantaines?|soixantaines?|centaines?)(?!\w)", I)
CONFLICT6 = re.compile(r"(?<!\w)(jihadistes?|djihadistes?|terroris\w+|militaires?|soldats?|arm[ée]e?s?|rebelles?|insurg\w+|otages?|attentats?|attaques?|fusillades?|assaillants?|tireurs?|bombardements?|frappes?|combats?|guerres?|milices?|miliciens?|kamikazes?)(?!\w)", I)
PLACES = re.compile(r"(?<!\w)(Syrie|syriens?|Irak|irakiens?|Afghanistan|afghans?|talibans?|Y[ée]men|Houthis?|Somalie|Shebab|Centrafrique|RDC|Congo|Kivu|Ituri|Libye|libyens?|Nigeria|Boko Haram|Gaza|Isra[ëe]l|Hamas|Cisjordanie|Ukraine|Donbass|Cameroun|Mozambique|Cabo Delgado|Soudan|Darfour|[ÉE]thiopie|Tigr[ée]|Liban|Hezbollah|Kurdes?|PKK|Sina[ïi]|Pakistan|Burundi|Kenya|Karabakh|Birmanie|Myanmar|Rohingyas?|Colombie|FARC|Philippines|Mindanao|Tch[ée]tch[ée]nie)(?!\w)", I)
ATTACK_TITLE = re.compile(r"(?<!\w)(attentats?|attaques?|fusillades?|tueries?|tireurs?|assaillants?|terroristes?|jihadistes?|djihadistes?|abattue?s?|poignard[ée]e?s?|explosions?|(policiers?|gendarmes?) (tu[ée]s?|bless[ée]s?))(?!\w)", I)
NEIGH = re.compile(r"(?<!\w)(Burkina|Niger|Mauritanie|Tchad|Nigeria|Boko Haram|Borno|Maiduguri|ISWAP)(?!\w)")
NEIGH_ONCE = re.compile(r"(?i)(Fezzan|Sebha|Oubari|Mourzouk|Koufra|sud libyen|Tamanrasset|In Amenas|Tiguentourine|Bordj Badji Mokhtar|In Guezzam|Tinzaouatine|Illizi|sud algérien)")


def main():
    arts = load_corpus()
    logged = read_pools()
    sahel_logged_arts = {a for a, _, k in logged["sahel"] if k == "sahel"}
    # 1. Sahel key matches (README: 173 articles; 139 kept after NOT_SAHEL)
    keyed = set()
    for aid, (date, title, ps) in arts.items():
        n = len(SAHEL_KEYS.findall(title + " " + " ".join(ps)))
        if n >= 3 or SAHEL_KEYS.search(title):
            keyed.add(aid)
    print(f"Sahel-key articles: {len(keyed)} (README 173); logged sahel-kind pool articles inside them: "
          f"{len(sahel_logged_arts & keyed)}/{len(sahel_logged_arts)}")
    sahel139 = keyed  # NOT_SAHEL unknown: the 34 exclusions cannot be rebuilt from the prose
    # 2. paragraphs, exact duplicates of an earlier paragraph dropped
    seen = set()
    mine = {"sahel": set(), "claims": set(), "numbers": set()}
    for aid in sorted(arts, key=artnum):
        date, title, ps = arts[aid]
        full = title + " " + " ".join(ps)
        conflict = len(CONFLICT6.findall(full)) >= 2
        is_sahel = aid in sahel139
        neigh = (not is_sahel) and conflict and (NEIGH.search(title) or len(NEIGH.findall(full)) >= 2 or NEIGH_ONCE.search(full))
        is_conf = (not is_sahel) and (not neigh) and conflict and (
            PLACES.search(title) or len(PLACES.findall(" ".join(ps))) >= 2 or ATTACK_TITLE.search(title))
        for i, p in enumerate(ps):
            if p in seen:
                continue
            seen.add(p)
            if len(p) < 40:
                continue
            harm = HARM_ALL.search(p)
            if (is_sahel or neigh) and harm:
                mine["sahel"].add((aid, i))
            elif is_conf and harm:
                mine["claims"].add((aid, i))
            elif is_conf and NUM.search(p):
                mine["numbers"].add((aid, i))
    for pool in ("sahel", "claims", "numbers"):
        lg = {(a, i) for a, i, _ in logged[pool]}
        both = len(lg & mine[pool])
        print(f"{pool}: logged {len(lg)}, re-derived {len(mine[pool])}, in both {both} "
              f"({both / len(lg):.1%} of logged; {both / max(1, len(mine[pool])):.1%} of re-derived)")


if __name__ == "__main__":
    main()
