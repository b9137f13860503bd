#!/usr/bin/env python3
"""Generate index_schema/places.tsv, the place vocabulary of the indexer.

Usage (from the repository root):

    python3 index_schema/gen/gen_places.py [SHARED_DIR] > index_schema/places.tsv

SHARED_DIR defaults to ../shared relative to the repository root (the
reference-data checkout that sits beside the project). Python 3 standard
library only. The output is deterministic: same inputs, same bytes.

Inputs (all under SHARED_DIR/gazetteer):
  mali-admin/region-cercle-commune.csv   Mali region > cercle > commune (pre-2023)
  geonames/ML.txt, BF.txt, NE.txt, MR.txt GeoNames dumps (19-column TSV)
  geonames/admin1_ML_BF_NE.tsv           region codes -> names
  french_word_collisions.csv             place names equal to a French word

The facts sheet (SHARED_DIR/facts/sahel-actors.md) is NOT parsed: its
conflict localities are hard-coded below (FACT_PLACES) because parsing a
markdown table is fragile. check_facts.py verifies the two agree.

See index_schema/gen/README.md for what the script fixes and why.
"""

import csv
import math
import os
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------


def fold(s):
    """NFD, drop combining marks, lowercase: the key the extractor matches on."""
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def strip_accents(s):
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def is_latin(s):
    """True if every letter of s is Latin script (filters Arabic, Cyrillic ...)."""
    for c in s:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def letters(s):
    return sum(1 for c in s if c.isalpha())


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


# ---------------------------------------------------------------------------
# Hand-curated knowledge (the part a human edits)
# ---------------------------------------------------------------------------

# Region keys of the Mali CSV (folded) -> French display name. 2016 regions
# (Ménaka, Taoudéni) included; the 2023 regions are not used (the facts sheet
# gives parents "as of the 2016 regions").
ML_REGIONS = {
    "kayes": "Kayes", "koulikoro": "Koulikoro", "sikasso": "Sikasso",
    "segou": "Ségou", "mopti": "Mopti", "tombouctou": "Tombouctou",
    "gao": "Gao", "kidal": "Kidal", "bamako": "Bamako", "menaka": "Ménaka",
    "taoudenit": "Taoudéni",
}

# GeoNames admin1 codes to search for places of each Mali region. Ménaka and
# Taoudéni became regions in 2016; most GeoNames features there still carry
# the old parent's code (Gao 09, Tombouctou 08).
ML_ADMIN1 = {
    "Bamako": {"01"}, "Kayes": {"03"}, "Mopti": {"04"}, "Ségou": {"05"},
    "Sikasso": {"06"}, "Koulikoro": {"07"}, "Tombouctou": {"08"},
    "Gao": {"09"}, "Kidal": {"10"}, "Ménaka": {"12070577", "09"},
    "Taoudéni": {"12070575", "08"},
}

# GeoNames ADM1 feature id of each Mali region (Bamako = the district).
ML_REGION_GID = {
    "Tombouctou": "2449066", "Sikasso": "2451184", "Ségou": "2451477",
    "Mopti": "2453347", "Koulikoro": "2454532", "Kayes": "2455517",
    "Gao": "2457161", "Bamako": "2460594", "Kidal": "2597449",
    "Taoudéni": "12070575", "Ménaka": "12070577",
}

REGION_ALIASES = {
    "Taoudéni": ["Taoudénit", "Taoudenni", "Taoudeni", "Taoudénni"],
    "Bamako": ["district de Bamako"],
}

# Cercle names in the CSV that lack accents or are misspelt.
CERCLE_FIX = {
    "dire": "Diré", "niafounke": "Niafunké", "gao": "Gao", "diema": "Diéma",
    "kenieba": "Kéniéba", "yelimane": "Yélimané", "nioro du sahel": "Nioro du Sahel",
    "tboudje-beha": "Boudje-Béha",
}
CERCLE_ALIASES = {
    "Niafunké": ["Niafounké"],
    "Nioro du Sahel": ["Nioro"],
    "Boudje-Béha": ["Boujbéha", "Boû-Djébéha"],
    "Al-Ourche": ["Al Ourche"],
    "Foum Alba": ["Foum-Elba", "Foum Elba"],
    "Tin-Essako": ["Ti-n-Essako", "Tinessako"],
}

# Commune names of the CSV -> fixed display name (keyed by folded CSV name).
COMMUNE_FIX = {
    "anefif": "Anéfis",            # facts: Anéfis, commune Anéfif (Kidal > Kidal)
    "adjelhoc": "Aguelhok",        # CSV spelling of Aguelhok
    "tinzawatene": "Tinzaouatène",
    "bandiagara commune": "Bandiagara",
    "bouremsidiamar": "Bourem Sidi Amar",
    "tiakadougoudialakoro": "Tiakadougou-Dialakoro",
}

# Extra aliases (French/English/variant spellings seen in news copy).
# Keyed by display name; applies to every row with that name unless the key
# is a full path.
ALIASES = {
    "Tombouctou": ["Timbuktu", "Tombouctou", "Timbuctoo"],
    "Anéfis": ["Anéfif", "Anefis", "Anefif"],
    "Aguelhok": ["Aguelhoc", "Aguel'hoc", "Aguel-hoc", "Adjelhoc"],
    "Tinzaouatène": ["Tin-Zaouatène", "Tinzaouaten", "Tin-Zaouaten", "Tinzawatène",
                     "Ti-n-Zaouâtene"],
    "Rharous": ["Gourma-Rharous"],
    "Andéramboukane": ["Andéranboukan", "Anderamboukane", "Andéramboukan"],
    "Tidermène": ["Tidermene", "Tidarmène"],
    "Inékar": ["Inekar"],
    "Ménaka": ["Menaka"],
    "Boulkessi": ["Boulkessy", "Boulikessi"],
    "Diabaly": ["Diabali"],
    "Bamba": ["Bamba Bourem"],
    "Ogossagou": ["Ogossagou-Peul"],
    "Sévaré": ["Sevare"],
    "Niono": [],
    "Léré": ["Lere"],
    "Ségou": ["Segou"],
    "Djenné": ["Djenne", "Jenné", "Jenne"],
}

# Aliases never to emit (junk GeoNames primary names of overridden rows).
ALIAS_DROP = {"Anefis i-n-Darane"}

# Explicit GeoNames ids for rows the automatic lookup gets wrong or misses.
# "" means: no trustworthy GeoNames feature, leave id/lat/lon empty.
GID_OVERRIDE = {
    "/Mali/Tombouctou/Tombouctou/Tombouctou": "2449067",  # filed as "Timbuktu"
    "/Mali/Kidal/Kidal/Anéfis": "2461022",   # filed under Gao as "Anefis i-n-Darane"
    "/Mali/Tombouctou/Tombouctou/Ber": "",   # GeoNames has only a marsh "Bèr"
    "/Mali/Tombouctou/Gourma-Rharous/Gossi": "",  # GeoNames has only a lake and ruins
    "/Mali/Ségou/Niono/Dogofry/Farabougou": "2457671",  # the one of six near Dogofry
    "/Mali/Kidal/Abeïbara/Tinzaouatène": "2476086",
    "/Mali/Ménaka/Andéramboukane/Andéramboukane": "2461034",
    "/Mali/Ménaka/Inékar/Inékar": "2596483",
    "/Mali/Ménaka/Ménaka/Ménaka": "2453514",
    "/Mali/Tombouctou/Gourma-Rharous/Rharous": "2456871",
    "/Mali/Bamako": "2460594",
}

# Ménaka region since 2016: the CSV keeps Andéramboukane, Inékar and
# Tidermène as communes of cercle Ménaka AND lists them as (empty) cercles.
# Move each commune under the cercle of the same name.
MOVE_COMMUNE = {
    ("Ménaka", "Ménaka", "Andéramboukane"): "Andéramboukane",
    ("Ménaka", "Ménaka", "Inékar"): "Inékar",
    ("Ménaka", "Ménaka", "Tidermène"): "Tidermène",
}

# Conflict localities of the facts sheet: (path, level, name, aliases, gid).
# path is the full facet path; parents not in the CSV are created as needed.
# Where the facts give only region > cercle, the locality sits at commune
# depth (4th level); where the commune is known it goes below it.
FACT_PLACES = [
    # facts: Léré, Ber, Gossi, Tombouctou, Tarkint, Bourem, Gao, Ansongo,
    # Hombori, Mondoro, Kati, Tessalit, Aguelhok, Anéfis, Tinzaouatène,
    # Abeïbara, Kidal, Douentza, Bandiagara, Mopti, Ségou, Niono, Diabaly and
    # the Ménaka communes are communes of the CSV (fixed above).
    ("/Mali/Tombouctou/Niafunké/Soboundou/Niafunké", "locality", "Niafunké",
     ["Niafounké"], "2452830"),         # town, chief place of commune Soboundou
    ("/Mali/Mopti/Douentza/Haïré/Boni", "locality", "Boni", [], "2459917"),  # chief place of Haïré
    ("/Mali/Mopti/Douentza/Boulkessi", "locality", "Boulkessi", [], ""),
    ("/Mali/Mopti/Mopti/Mopti/Sévaré", "locality", "Sévaré", [], "2451285"),  # part of urban commune Mopti
    ("/Mali/Mopti/Bankass/Ogossagou", "locality", "Ogossagou", [], ""),
    ("/Mali/Mopti/Djenné/Moura", "locality", "Moura", [], ""),   # absent from GeoNames
    ("/Mali/Ségou/Niono/Dogofry/Farabougou", "locality", "Farabougou", [], "2457671"),
    ("/Mali/Ségou/Niono/Nampalari/Nampala", "locality", "Nampala", [], "2453133"),  # chief place of Nampalari
]

# Zones: not administrative, but used as places in copy.
ZONES = [
    ("/Sahel", "Sahel", ["le Sahel", "Sahel central", "bande sahélienne", "bande sahélo-saharienne",
                         "zone sahélo-saharienne"]),
    ("/Liptako-Gourma", "Liptako-Gourma",
     ["Liptako", "zone des trois frontières", "trois frontières", "région des trois frontières"]),
    ("/Mali/Azawad", "Azawad", ["Azawad"]),
    ("/Mali/Nord du Mali", "Nord du Mali", ["nord du Mali", "nord malien", "septentrion malien"]),
    ("/Mali/Centre du Mali", "Centre du Mali", ["centre du Mali", "centre malien"]),
    # The Gourma of Mali, south of the Niger bend (Barkhane's theatre); the
    # Burkina province of that name is a town row at a lower rank.
    ("/Mali/Gourma", "Gourma", ["Gourma malien"]),
    ("/Mali/Delta intérieur du Niger", "Delta intérieur du Niger",
     ["delta intérieur du Niger", "delta central du Niger", "Inner Niger Delta"]),
]

# Countries: (French name, aliases, GeoNames country id). Ids of ML/BF/NE/MR
# are checked against the PCLI rows of the dumps (which also give lat/lon);
# the others come from GeoNames countryInfo.txt.
COUNTRIES = [
    ("Mali", ["République du Mali", "Republic of Mali"], "2453866"),
    ("Burkina Faso", ["Burkina"], "2361809"),
    ("Niger", ["République du Niger", "Republic of Niger"], "2440476"),
    ("Mauritanie", ["Mauritania", "République islamique de Mauritanie"], "2378080"),
    ("Algérie", ["Algeria"], "2589581"),
    ("Sénégal", ["Senegal"], "2245662"),
    ("Côte d'Ivoire", ["Ivory Coast", "Côte-d'Ivoire"], "2287781"),
    ("Guinée", ["Guinea", "Guinée-Conakry"], "2420477"),
    ("Tchad", ["Chad"], "2434508"),
    ("Libye", ["Libya"], "2215636"),
    ("Nigeria", ["Nigéria"], "2328926"),
    ("France", [], "3017382"),
    ("Russie", ["Russia", "Fédération de Russie"], "2017370"),
]

# Burkina Faso / Niger: towns often in conflict reporting that are not
# PPLA/PPLA2 and under 20,000 people; added if GeoNames has them.
EXTRA_TOWNS = {  # GeoNames name -> extra aliases
    "BF": {"Aribinda": ["Arbinda"], "Barsalogo": ["Barsalogho"], "Gorom-Gorom": [],
           "Sebba": [], "Markoye": [], "Diapaga": [], "Koudougou": [], "Nouna": [],
           "Titao": [], "Tin-Akoff": []},
    "NE": {"Ayorou": [], "Tongo Tongo": ["Tongo-Tongo"], "Abala": [], "Ouallam": [],
           "Téra": [], "Torodi": [], "Makalondi": [], "Tassara": [],
           "Tillia": [], "Diffa": [], "Agadez": [], "Arlit": []},
}
# Renamed GeoNames town names (display name, aliases) for French copy.
TOWN_RENAME = {
    "Fada N'gourma": ("Fada N'Gourma", ["Fada"]),
    "Birni N Konni": ("Birni N'Konni", ["Birnin Konni", "Birnin-Konni", "Konni"]),
    "Tchintabaraden": ("Tchintabaraden", ["Tchin-Tabaraden"]),
    "Maïné Soroa": ("Maïné-Soroa", []),
}
# Bosso (Diffa, Lake Chad) is left out: the 2014 dump's best "Bosso" is a
# homonym in Tillabéri.
# Not in the 2014 GeoNames dumps (so not listed): Seytenga, Solenzo, Mansila,
# Inata (only a "locality"), Inatès, Chinégodar, Banibangou, Assamaka.

# Common French words that place names fold to, beyond the collisions CSV.
FRENCH_WORDS_EXTRA = {"dire", "ber", "boni", "bore", "mena", "kola", "baye", "po", "logo",
                      "mali", "sahel", "centre", "nord", "est", "sud", "ouest", "niger",
                      "cascades", "guinee"}
# "niger" is not French, but is the river as often as the country. "cascades"
# and "guinee" are common nouns of the LEFFF lexicon (Burkina's Cascades
# region; Guinée).

# Names made only of compass words ("Centre-Nord", "Sud-Ouest") are French
# phrases too ("le centre-nord du pays"): french_word = 1 as well.
COMPASS_WORDS = {"nord", "sud", "est", "ouest", "centre"}

# Rows of the Mali CSV that are broken beyond repair: (region, cercle, raw name).
SKIP_COMMUNES = {
    ("Ségou", "Macina", "ana"),   # truncated lowercase name, no such commune
}

# Places preferred among homonyms of the same level (column `preferred`):
# the conflict localities of the facts sheet. The extractor picks the
# preferred row when a name like "Dogofry" or "Bamba" fits several communes
# and nothing in the text tells them apart.
PREFERRED = {
    "/Mali/Gao/Bourem/Bamba",            # facts: Bamba, Gao > Bourem (not Mopti > Koro)
    "/Mali/Ségou/Niono/Dogofry",         # facts: Farabougou's commune (not Koulikoro > Nara)
}

COUNTRY_NAMES_BF_NE = {"BF": "Burkina Faso", "NE": "Niger"}

# Neighbours' capitals (GeoNames has no dump of these countries in ../shared:
# name, aliases, country path). Bénin, Togo and Ghana are added as countries.
NEIGHBOUR_CAPITALS = [
    ("Alger", ["Algiers"], "/Algérie"), ("Dakar", [], "/Sénégal"),
    ("Conakry", [], "/Guinée"), ("Abidjan", [], "/Côte d'Ivoire"),
    ("Yamoussoukro", [], "/Côte d'Ivoire"), ("Porto-Novo", [], "/Bénin"),
    ("Cotonou", [], "/Bénin"), ("Lomé", ["Lome"], "/Togo"), ("Accra", [], "/Ghana"),
    ("Abuja", [], "/Nigeria"), ("N'Djamena", ["Ndjamena", "N'Djaména"], "/Tchad"),
    ("Tripoli", [], "/Libye"),
]
EXTRA_COUNTRIES = [("Bénin", ["Benin"]), ("Togo", []), ("Ghana", [])]

# Attack sites of conflict reporting that the 2014 GeoNames dumps lack (or
# file under another spelling): (path, aliases). Parents as AFP gives them
# ("Indelimane, dans la région de Ménaka"). Tagged on a capitalised mention.
CONFLICT_LOCALITIES = [
    ("/Mali/Ménaka/Indelimane", []), ("/Mali/Ménaka/Tamalat", []),
    ("/Mali/Gao/Tabankort", []), ("/Mali/Gao/Intahaka", []),
    ("/Niger/Tillabéri/Anzourou", []), ("/Niger/Tillabéri/Inatès", ["Inates"]),
    ("/Niger/Tillabéri/Banibangou", []), ("/Niger/Agadez/Assamaka", []),
    ("/Burkina Faso/Sahel/Inata", []),
]
# Attack sites the dumps lack whose name also starts a longer name abroad
# ("Sanam Luang", a square of Bangkok): at the cue tier, so "à Sanam" is the
# village and "à Sanam Luang" is refused.
CONFLICT_VILLAGES_CUE = [("/Niger/Tillabéri/Sanam", [])]
# Attack sites the dumps have as villages (under these names or with the news
# spelling as a variant): tagged bare like a town.
BARE_VILLAGES = {"Sitenga", "Marsila", "Sobane-Da", "Chinagodrar"}

# Variant spellings of villages of the GeoNames dumps seen in wire copy.
VILLAGE_ALIASES = {"Aribinda": ["Arbinda"], "Kouré": ["Koure"], "Chinagodrar": ["Chinégodar", "Chinegodar"]}

# Villages and towns: every populated place of the four dumps, at the tier
# "cue" (tagged only after a locative cue: "à X", "village de X", "près de
# X"), because thousands of village names are also person names (Keïta,
# Traoré, Diallo), French words or common capitalised words. A name is left
# out when OrangeSum writes it capitalised in stories that are not about the
# Sahel at least this often (a common word or a name abroad, not a village):
FOREIGN_USES_MAX = 2
# A capital or main town (the test the BF and NE towns pass above: PPLC, PPLA,
# PPLA2 or 20,000 people; Mauritania's have no such list) is tagged bare.
# So is a village that OrangeSum writes capitalised at least this often, only
# in Sahel stories, and mostly not next to another capitalised word: it is
# news there ("la réserve de girafes de Kouré"), not a name.
VILLAGE_NEWS_MIN = 3
# An admin or facts-sheet place named by a single word goes down to the cue
# tier when OrangeSum writes it next to another capitalised word (a first
# name: "Ibrahim Boubacar Keïta", "Sy Kadiatou Sow") in at least this share
# of its capitalised uses, over at least PERSON_MIN uses:
PERSON_SHARE = 0.4
PERSON_MIN = 10
SAHEL_WORDS = {"mali", "malien", "malienne", "maliens", "sahel", "niger", "nigerien", "burkina",
               "mauritanie", "bamako", "niamey", "ouagadougou", "nouakchott", "barkhane",
               "minusma", "tombouctou", "gao", "kidal", "mopti", "jihadistes", "djihadistes"}

# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------

FCODE_RANK = {"PPLC": 0, "PPLA": 1, "PPLA2": 2, "PPLA3": 3, "PPLA4": 4, "PPL": 5}


class Feature:
    __slots__ = ("gid", "name", "ascii", "alts", "lat", "lon", "fclass", "fcode",
                 "admin1", "pop")

    def __init__(self, cols):
        self.gid = cols[0]
        self.name = cols[1].replace("\u2019", "'")
        self.ascii = cols[2]
        self.alts = [a for a in cols[3].split(",") if a]
        self.lat = float(cols[4])
        self.lon = float(cols[5])
        self.fclass = cols[6]
        self.fcode = cols[7]
        self.admin1 = cols[10]
        self.pop = int(cols[14] or 0)

    def rank(self):
        return FCODE_RANK.get(self.fcode, 9)


def load_geonames(path):
    feats = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 19:
                continue
            feats.append(Feature(cols))
    return feats


def index_places(feats):
    """folded name -> list of (is_primary, Feature), populated places only."""
    idx = {}
    for ft in feats:
        if ft.fclass != "P" or ft.fcode == "PPLQ":
            continue
        prim = {fold(ft.name), fold(ft.ascii)}
        for k in prim:
            idx.setdefault(k, []).append((True, ft))
        for a in ft.alts:
            k = fold(a)
            if k not in prim and is_latin(a):
                idx.setdefault(k, []).append((False, ft))
    return idx


def load_french_words(shared):
    words = set(FRENCH_WORDS_EXTRA)
    with open(os.path.join(shared, "gazetteer", "french_word_collisions.csv"),
              encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            words.add(fold(row["folded_name"].strip()))
    return words


# ---------------------------------------------------------------------------
# Building rows
# ---------------------------------------------------------------------------


class Rows:
    def __init__(self):
        self.rows = {}  # path -> dict

    def add(self, path, level, name, aliases=(), ft=None, gid=None, lat=None, lon=None):
        r = self.rows.get(path)
        if r is None:
            r = {"level": level, "name": name, "aliases": [], "gid": "", "lat": "", "lon": ""}
            self.rows[path] = r
        for a in aliases:
            if a not in r["aliases"]:
                r["aliases"].append(a)
        if ft is not None:
            r["gid"], r["lat"], r["lon"] = ft.gid, "%.5f" % ft.lat, "%.5f" % ft.lon
        elif gid is not None:
            r["gid"] = gid
            if lat is not None:
                r["lat"], r["lon"] = "%.5f" % lat, "%.5f" % lon
        return r


def clean_commune(raw, cercle):
    name = raw.strip().replace("\u2019", "'")
    name = re.sub(r"^([NM]) (?=[A-Z])", r"\1'", name)       # "N Tillit" -> "N'Tillit"
    k = fold(name)
    if k in COMMUNE_FIX:
        return COMMUNE_FIX[k]
    # The CSV disambiguates homonyms by appending the cercle: "Dogofry Niono".
    suffix = " " + fold(cercle)
    if k.endswith(suffix) and len(k) > len(suffix) + 2:
        name = name[: len(name) - len(suffix)]
    return name


def best_match(idx, name, admin1s, near=None, max_km=250.0, unique_only=False):
    """Pick the GeoNames populated place for `name` in one of `admin1s`."""
    cands = [(prim, ft) for prim, ft in idx.get(fold(name), []) if ft.admin1 in admin1s]
    if not cands:
        return None
    if near is not None:
        cands = [(p, ft) for p, ft in cands if km(near[0], near[1], ft.lat, ft.lon) <= max_km]
        if not cands:
            return None
        cands.sort(key=lambda c: (not c[0], c[1].rank(),
                                  km(near[0], near[1], c[1].lat, c[1].lon), -c[1].pop,
                                  int(c[1].gid)))
        return cands[0][1]
    cands.sort(key=lambda c: (not c[0], c[1].rank(), -c[1].pop, int(c[1].gid)))
    if unique_only and len(cands) > 1 and (cands[0][0], cands[0][1].rank()) == \
            (cands[1][0], cands[1][1].rank()):
        return None  # ambiguous homonyms, no anchor to choose by
    return cands[0][1]


def corpus_stats(shared):
    """folded capitalised word -> [uses in non-Sahel stories, uses next to
    another capitalised word (not at a sentence start), capitalised uses],
    over OrangeSum."""
    import gzip
    import json
    path = os.path.join(shared, "corpora", "orangesum.jsonl.gz")
    stats = {}
    if not os.path.exists(path):
        print("gen_places: %s missing: no tiers from the corpus" % path, file=sys.stderr)
        return stats
    word = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[^\w\s]|\d+|\n")
    folds = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            toks = word.findall(d.get("title", "") + "\n" + d.get("text", ""))
            low = set()
            for t in toks:
                if len(t) > 2 and t[0].islower():
                    low.add(t)
            sahel = any(w in low for w in SAHEL_WORDS) or any(
                t in ("Mali", "Sahel", "Niger", "Burkina", "Bamako", "Niamey") for t in toks)
            prev_cap = False
            for i, t in enumerate(toks):
                if not t[0].isalpha():
                    prev_cap = False
                    continue
                cap = t[0].isupper()
                if cap and len(t) > 1:
                    k = folds.get(t)
                    if k is None:
                        k = folds[t] = fold(t)
                    st = stats.get(k)
                    if st is None:
                        st = stats[k] = [0, 0, 0]
                    st[2] += 1
                    if not sahel:
                        st[0] += 1
                    nxt = toks[i + 1] if i + 1 < len(toks) else "."
                    if prev_cap or (nxt[0].isalpha() and nxt[0].isupper()):
                        st[1] += 1
                prev_cap = cap
    return stats


def build(shared):
    gz = os.path.join(shared, "gazetteer")
    geo = {cc: load_geonames(os.path.join(gz, "geonames", cc + ".txt"))
           for cc in ("ML", "BF", "NE", "MR")}
    by_gid = {ft.gid: ft for feats in geo.values() for ft in feats}
    ml_idx = index_places(geo["ML"])
    rows = Rows()

    # -- countries -----------------------------------------------------------
    for name, aliases, gid in COUNTRIES:
        ft = by_gid.get(gid)
        rows.add("/" + name, "country", name, aliases,
                 ft=ft if ft is not None and ft.fcode == "PCLI" else None, gid=gid)

    # -- zones ---------------------------------------------------------------
    for path, name, aliases in ZONES:
        rows.add(path, "zone", name, aliases)

    # -- Mali: regions, cercles, communes -----------------------------------
    adm2 = {}  # (region, folded cercle) -> Feature (ADM2)
    for ft in geo["ML"]:
        if ft.fcode == "ADM2":
            n = re.sub(r"^Cercle d(e |’ ?|' ?)|\s+Cercle$", "", ft.name.replace("’", "'"))
            n = re.sub(r"^Cercle d' ?", "", n)
            for region, codes in ML_ADMIN1.items():
                if ft.admin1 in codes:
                    adm2.setdefault((region, fold(n)), ft)

    for region, gid in ML_REGION_GID.items():
        rows.add("/Mali/" + region, "region", region, REGION_ALIASES.get(region, []),
                 ft=by_gid.get(gid))

    triples = []
    with open(os.path.join(gz, "mali-admin", "region-cercle-commune.csv"),
              encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            region = ML_REGIONS[fold(rec["region"].strip())]
            c_raw = rec["cercle"].strip()
            cercle = CERCLE_FIX.get(fold(c_raw), c_raw)
            commune = None
            raw = (rec["commune"] or "").strip()
            if raw:
                if "\\" in raw or letters(raw) < 2 or (region, cercle, raw) in SKIP_COMMUNES:
                    print("gen_places: skipping broken commune %r (%s > %s)" % (raw, region, cercle),
                          file=sys.stderr)
                else:
                    commune = clean_commune(raw, c_raw)
                    cercle_for = MOVE_COMMUNE.get((region, cercle, commune))
                    if cercle_for:
                        cercle = cercle_for
            triples.append((region, cercle, commune))

    seats = {}  # (region, cercle) -> (lat, lon) of the cercle's chief town
    for region, cercle in sorted({(t[0], t[1]) for t in triples}):
        ft = adm2.get((region, fold(cercle)))
        rows.add("/Mali/%s/%s" % (region, cercle), "cercle", cercle,
                 CERCLE_ALIASES.get(cercle, []), ft=ft)
        town = best_match(ml_idx, cercle, ML_ADMIN1[region], unique_only=True)
        if town is not None and town.rank() <= 2:
            seats[(region, cercle)] = (town.lat, town.lon)
        elif ft is not None:
            seats[(region, cercle)] = (ft.lat, ft.lon)

    for region, cercle, commune in sorted(set(triples), key=lambda t: tuple(x or "" for x in t)):
        if commune is None:
            continue
        path = "/Mali/%s/%s/%s" % (region, cercle, commune)
        ft = best_match(ml_idx, commune, ML_ADMIN1[region], near=seats.get((region, cercle)),
                        unique_only=True)
        rows.add(path, "commune", commune, ft=ft)

    # -- facts-sheet localities ---------------------------------------------
    for path, level, name, aliases, gid in FACT_PLACES:
        parts = path.split("/")[1:]
        # parents must exist already (communes from the CSV, e.g. Haïré)
        for i in range(3, len(parts)):
            p = "/" + "/".join(parts[:i])
            if p not in rows.rows:
                raise SystemExit("gen_places: parent %s of %s missing" % (p, path))
        rows.add(path, level, name, aliases)
        GID_OVERRIDE.setdefault(path, gid)
        PREFERRED.add(path)

    # -- Burkina Faso / Niger: regions and main towns ------------------------
    admin1 = {}
    with open(os.path.join(gz, "geonames", "admin1_ML_BF_NE.tsv"), encoding="utf-8") as f:
        for line in f:
            code, name = line.rstrip("\n").split("\t")[:2]
            admin1[code] = name.strip()
    for cc, country in COUNTRY_NAMES_BF_NE.items():
        reg_ft = {ft.admin1: ft for ft in geo[cc] if ft.fcode == "ADM1"}
        regions = {}
        for code, name in admin1.items():
            if code.startswith(cc + "."):
                a1 = code.split(".")[1]
                regions[a1] = name
                rows.add("/%s/%s" % (country, name), "region", name, ft=reg_ft.get(a1))
        idx = index_places(geo[cc])
        towns = [ft for ft in geo[cc] if ft.fclass == "P" and ft.admin1 in regions and
                 (ft.fcode in ("PPLC", "PPLA", "PPLA2") or ft.pop >= 20000)]
        extra_aliases = {}
        for extra, aliases in EXTRA_TOWNS[cc].items():
            hits = [ft for prim, ft in idx.get(fold(extra), []) if prim and ft.admin1 in regions]
            hits.sort(key=lambda ft: (ft.rank(), -ft.pop, int(ft.gid)))
            if hits:
                towns.append(hits[0])
                extra_aliases[hits[0].gid] = aliases
            else:
                print("gen_places: %s town %r not in GeoNames, skipped" % (cc, extra),
                      file=sys.stderr)
        towns.sort(key=lambda ft: (ft.rank(), -ft.pop, int(ft.gid)))
        for ft in towns:
            name, more = TOWN_RENAME.get(ft.name, (ft.name, []))
            path = "/%s/%s/%s" % (country, regions[ft.admin1], name)
            if path not in rows.rows:  # homonyms in one region: keep the best ranked
                rows.add(path, "locality", name, extra_aliases.get(ft.gid, []) + more, ft=ft)

    # -- neighbours: countries and capitals -----------------------------------
    for name, aliases in EXTRA_COUNTRIES:
        rows.add("/" + name, "country", name, aliases)
    for name, aliases, country in NEIGHBOUR_CAPITALS:
        rows.add("%s/%s" % (country, name), "locality", name, aliases)
    for path, aliases in CONFLICT_LOCALITIES:
        if path.rsplit("/", 1)[0] not in rows.rows:
            raise SystemExit("gen_places: parent of %s missing" % path)
        rows.add(path, "locality", path.rsplit("/", 1)[1], aliases)
    for path, aliases in CONFLICT_VILLAGES_CUE:
        if path.rsplit("/", 1)[0] not in rows.rows:
            raise SystemExit("gen_places: parent of %s missing" % path)
        rows.add(path, "locality", path.rsplit("/", 1)[1], aliases)["tier"] = "cue"

    # -- every populated place: villages at the cue tier ----------------------
    taken = set()
    used_gids = set(GID_OVERRIDE.values())
    for r in rows.rows.values():
        used_gids.add(r["gid"])
        for n in [r["name"]] + r["aliases"]:
            taken.add(fold(n))
    for names in ALIASES.values():
        taken.update(fold(n) for n in names)
    for gid in used_gids:
        if gid in by_gid:
            taken.add(fold(by_gid[gid].name))
    stats = corpus_stats(shared)
    ml_region = {}
    for region, codes in ML_ADMIN1.items():
        for c in sorted(codes):
            ml_region.setdefault(c, region)
    parents = {"ML": lambda ft: "/Mali/" + ml_region[ft.admin1] if ft.admin1 in ml_region else None}
    for cc, country in COUNTRY_NAMES_BF_NE.items():
        regions = {code.split(".")[1]: name for code, name in admin1.items() if code.startswith(cc + ".")}
        parents[cc] = (lambda regions, country: lambda ft: "/%s/%s" % (country, regions[ft.admin1])
                       if ft.admin1 in regions else None)(regions, country)
    mr_regions = {ft.admin1: ft for ft in geo["MR"] if ft.fcode == "ADM1" and is_latin(ft.name)}
    for a1, ft in sorted(mr_regions.items()):
        name = re.sub(r"^(Wilaya|Région) (du |de la |de l'|de |d')", "", ft.name)
        rows.add("/Mauritanie/" + name, "region", name, ft=ft)
        mr_regions[a1] = name
    parents["MR"] = lambda ft: "/Mauritanie/" + mr_regions[ft.admin1] if ft.admin1 in mr_regions else "/Mauritanie"
    villages = {}
    for cc in ("ML", "BF", "NE", "MR"):
        for ft in geo[cc]:
            if ft.fclass != "P" or ft.fcode in ("PPLQ", "PPLH", "PPLW") or not is_latin(ft.name):
                continue
            name = ft.name.strip()
            k = fold(name)
            if letters(name) < 3 or k in taken or ft.gid in used_gids or "/" in name or "(" in name:
                continue
            st = stats.get(k)
            if st is not None and st[0] > FOREIGN_USES_MAX:
                continue
            parent = parents[cc](ft)
            if parent is None or parent not in rows.rows:
                continue
            path = "%s/%s" % (parent, name)
            best = villages.get(path)
            if best is None or (ft.rank(), -ft.pop, int(ft.gid)) < (best.rank(), -best.pop, int(best.gid)):
                villages[path] = ft
    for path, ft in villages.items():
        name = path.rsplit("/", 1)[1]
        aliases = list(VILLAGE_ALIASES.get(name, []))
        for a in [ft.ascii] + ft.alts:
            ka = fold(a)
            if (a != name and is_latin(a) and letters(a) >= 4 and not a.isupper() and ka not in taken
                    and not (stats.get(ka) and stats[ka][0] > FOREIGN_USES_MAX) and a not in aliases):
                aliases.append(a)
        r = rows.add(path, "locality", name, aliases, ft=ft)
        st = stats.get(fold(name))
        town = ft.fcode in ("PPLC", "PPLA", "PPLA2") or ft.pop >= 20000
        known = (st is not None and st[2] >= VILLAGE_NEWS_MIN and st[0] == 0
                 and st[1] < PERSON_SHARE * st[2])
        r["tier"] = "bare" if town or known or name in BARE_VILLAGES else "cue"

    # -- person names among the admin places ---------------------------------
    for path, r in rows.rows.items():
        if r.get("tier") or r["level"] in ("country", "region", "zone") or path in PREFERRED:
            continue
        k = fold(r["name"])
        st = stats.get(k)
        if " " not in k and st and st[2] >= PERSON_MIN and st[1] >= PERSON_SHARE * st[2]:
            r["tier"] = "cue"

    # -- overrides and aliases -----------------------------------------------
    for path, gid in GID_OVERRIDE.items():
        r = rows.rows.get(path)
        if r is None:
            raise SystemExit("gen_places: override for unknown path %s" % path)
        ft = by_gid.get(gid) if gid else None
        if gid and ft is None:
            raise SystemExit("gen_places: GeoNames id %s (%s) not found" % (gid, path))
        r["gid"], r["lat"], r["lon"] = (ft.gid, "%.5f" % ft.lat, "%.5f" % ft.lon) if ft else ("", "", "")

    for path, r in rows.rows.items():
        extra = list(ALIASES.get(path, [])) + (list(ALIASES.get(r["name"], []))
                                               if r["level"] not in ("region", "cercle") else [])
        # English / GeoNames spelling of the matched feature, if different.
        ft = by_gid.get(r["gid"])
        if ft is not None and r["level"] in ("commune", "locality") and is_latin(ft.name):
            extra.append(ft.name)
        extra.append(strip_accents(r["name"]))
        for a in extra:
            if a not in r["aliases"]:
                r["aliases"].append(a)
        # drop aliases equal to the name, of <= 2 letters, or non-Latin
        seen = {r["name"]}
        kept = []
        for a in r["aliases"]:
            if a in seen or a in ALIAS_DROP or letters(a) <= 2 or not is_latin(a) or "|" in a or "\t" in a:
                continue
            seen.add(a)
            kept.append(a)
        r["aliases"] = kept
    return rows


HEADER = """\
# places.tsv — place vocabulary of the depeches indexer (facets /place/...).
#
# GENERATED by index_schema/gen/gen_places.py — do not edit by hand, edit the
# script (its hand-curated tables are at the top) and regenerate:
#     python3 index_schema/gen/gen_places.py ../shared > index_schema/places.tsv
#
# Provenance and licences:
#   GeoNames data CC BY 4.0, © GeoNames (geonames.org): geonameid, lat, lon,
#     Burkina Faso / Niger regions and towns (2014 vintage dumps).
#   Mali admin list MIT (andaletech/geo-api-mali): Mali region > cercle > commune.
#   Conflict localities, zones and fixes of known GeoNames errors: the project's
#     facts sheet (shared/facts/sahel-actors.md), hard-coded in the script.
#
# Columns (tab-separated, UTF-8, one place per row, sorted by path):
#   path        facet path below /place; names with French accents
#   level       country | region | cercle | commune | locality | zone
#   name        display name (French spelling)
#   aliases     '|'-separated variants (English, unaccented, older spellings);
#               matched like names: case- and accent-folded, on whole words
#   geonameid   GeoNames id, empty when GeoNames has no trustworthy feature
#   lat, lon    WGS84 decimal degrees from GeoNames, empty when unknown
#   french_word 1 if the folded name or an alias is also a common French word
#               (dire, boni, logo, sahel, centre ...): tag only when capitalised
#               or cued ("à Diré", "région de ...")
#   preferred   1 for the conflict locality of the facts sheet among homonyms
#               of the same level (Bamba of Bourem, Dogofry of Niono): the one
#               the extractor picks when the text does not tell them apart
#   tier        bare: tagged on a capitalised mention; cue: only after a
#               locative cue ("à X", "village de X", "localité de X",
#               "commune de X", "près de X"): the GeoNames villages, and the
#               admin places OrangeSum mostly writes as a person's name
#               (Keïta, Sy). Decided from the corpus by the script.
# Mali uses the 2016 regions (Ménaka, Taoudéni), not the 2023 ones.
"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared")
    if not os.path.isdir(os.path.join(shared, "gazetteer")):
        raise SystemExit("gen_places: %s has no gazetteer/ (pass the shared dir)" % shared)
    words = load_french_words(shared)
    rows = build(shared)
    out = sys.stdout
    out.write(HEADER)
    out.write("path\tlevel\tname\taliases\tgeonameid\tlat\tlon\tfrench_word\tpreferred\ttier\n")
    for path in sorted(rows.rows):
        r = rows.rows[path]
        names = [r["name"]] + r["aliases"]
        fw = any(fold(n) in words or set(re.split(r"[- ]+", fold(n))) <= COMPASS_WORDS
                 for n in names)
        out.write("\t".join([path, r["level"], r["name"], "|".join(r["aliases"]),
                             r["gid"], r["lat"], r["lon"], "1" if fw else "0",
                             "1" if path in PREFERRED else "0", r.get("tier", "bare")]) + "\n")


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    main()
