"""Which fresh set the tools work on: FRESH_SET=N in the environment (11,
12, ...). Each set was drawn and annotated in its own working folder,
/work/setsN (the jsonl, the log, README-section.md, and a copy of these
tools with the draw file freshN_draw.tsv), then copied into
benches/sets/. Seeds and working folders of the sets these tools drew (the
tenth's is replayed only, to check the rebuilt pools)."""
import os, sys

SEEDS = {10: 2001, 11: 2101, 12: 2201, 13: 2301, 14: 2401, 15: 2501, 16: 2601, 17: 2701, 18: 2801, 19: 2901, 20: 3001, 21: 3101, 22: 3201, 23: 3301, 24: 3401, 25: 3501, 26: 3601, 27: 3701, 28: 3801, 29: 3901, 30: 4001, 31: 4101, 32: 4201, 33: 4301, 34: 4401, 35: 4501, 36: 4601, 37: 4701, 38: 4801, 39: 4901, 40: 5001, 41: 5101, 42: 5201, 43: 5301, 44: 5401, 45: 5501, 46: 5601, 47: 5701, 48: 5801, 49: 5901, 50: 6001, 51: 6101, 52: 6201, 53: 6301, 54: 6401, 55: 6501, 56: 6601, 57: 6701, 58: 6801, 59: 6901, 60: 7001, 61: 7101, 62: 7201, 63: 7301, 64: 7401, 65: 7501, 66: 7601, 67: 7701}
SETS = "/work/main/benches/sets"
# Sets drawn at the same time as set n, from the same pools: not in
# benches/sets when n was drawn (sets 14 and 16 kept clear of sets 13 and 15 with
# draw_set.py's --exclude-draw instead).
DRAWN_ALONGSIDE = {14: (13,), 16: (15,), 18: (17,), 20: (19,)}


def number():
    n = os.environ.get("FRESH_SET", "")
    if not n.isdigit() or int(n) not in SEEDS:
        sys.exit(f"set FRESH_SET to one of {sorted(SEEDS)} (the fresh set to work on)")
    return int(n)


def work(n):
    # FRESH_WORK overrides the working folder (used only for a
    # throwaway check draw, so that it never lands in /work/setsN)
    return os.environ.get("FRESH_WORK") or f"/work/sets{n}"


# The annotation files' records (annot_freshN.py): a claim, a paragraph kept
# with claims, one kept with none (numbers pool), a rank skipped.
def C(type, figure, low, high, claimant, victim, modality="asserted", verified=True):
    return {"type": type, "figure": figure, "low": low, "high": high, "claimant": claimant,
            "victim": victim, "modality": modality, "verified": verified}


def K(claims, note):
    return ("kept", claims, note)


def N(note):
    return ("kept", [], note)


def S(reason):
    return ("skip", None, reason)


def later_sets(n):
    """The set files a draw of set n must not see: its own and later ones,
    which were not in benches/sets when it was drawn."""
    return tuple(f"claims.fresh{k}.jsonl" for k in SEEDS if k >= n or k in DRAWN_ALONGSIDE.get(n, ()))
