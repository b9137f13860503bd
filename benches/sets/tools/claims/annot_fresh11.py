"""Hand annotations of the eleventh fresh set, and the decision for every rank
read (strictly in draw order). Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"gouvernement suédois", "gouvernement sri-lankais", "administration kurde"}

D = {}

# ---- sahel pool (read first) ----
D["sahel", 0] = S("no claim on reading (a student's 'interpellation' is a question; the earlier sets read it the same)")
D["sahel", 1] = S("no claim on reading (museum works; 'tombée de la nuit' is the evening)")
D["sahel", 2] = S("no claim on reading (a president's agenda: members and proposals counted)")
D["sahel", 3] = S("no claim on reading ('à perte de vue'; slave trade as history, no event)")
D["sahel", 4] = S("no claim on reading ('Interpellé' = questioned; power cuts)")

# ---- claims pool ----
D["claims", 0] = K([C("wounded", "", 1, None, "témoin", "civils")],
    "Rohingya boat odyssey: a survivor quoted says the crew beat and 'blessés' them -> wounded, 'nous' with no number -> 1-open; the victim speaking as eyewitness -> témoin (session-3 relayed-speech call); torture is no claim type")
D["claims", 1] = K([C("killed", "", 1, 1, "narrator", "unknown"),
                    C("killed", "trois", 3, 3, "narrator", "civils"),
                    C("wounded", "13", 13, 13, "narrator", "civils")],
    "Strasbourg market attack: the attacker shot dead by police after a manhunt -> killed 1-1, victim unknown (attackers shot dead, fresh7/fresh8 call); the attack's toll in a relative clause -> killed 3 and wounded 13, narrator, civilians (fresh9 Strasbourg call)")
D["claims", 2] = K([C("killed", "", 1, None, "gouvernement français", "unknown")],
    "Trial of a French IS member: per the DGSI the accused rose to supervising 'des exécutions' -> killed 1-open (fresh8 call: a charge of supervising executions states the deaths); DGSI -> gouvernement français (fresh9); the executed are not identified -> unknown; no prisoners named, so no captured claim")
D["claims", 3] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "Sudan: the transition government wants to restore the memory of abuses and 'des massacres' under Bashir -> killed 1-open, narrator (the massacres sit in a participle of the narrator's sentence), victims unnamed background toll -> unknown (DEV rule)")
D["claims", 4] = S("no claim on reading (a prison sentence for death threats: judicial; threats are no harm)")
D["claims", 5] = K([C("captured", "", 1, None, "source proche du dossier", "jihadist")],
    "French IS suspects expelled by Turkey: per the source close to the case, some of them have been 'en prison' a long time (held persons awaiting expulsion, not said serving a sentence -> captured 1-open, fresh8 pretrial-detention call); victim jihadist (fresh7); their arrest on arrival is future -> no claim")
D["claims", 6] = K([C("killed", "plusieurs", 2, None, "gouvernement suédois", "civils")],
    "Stockholm truck attack, live blog: the lorry killed 'plusieurs' passers-by per the Swedish police's statement -> killed 2-open; Swedish police -> gouvernement suédois (added, sixth-set state pattern)")
D["claims", 7] = K([C("killed", "", 1, None, "narrator", "civils"),
                    C("killed", "22", 22, 22, "gouvernement britannique", "civils"),
                    C("killed", "", 1, None, "gouvernement britannique", "civils")],
    "Manchester concert bombing: the narrator calls it the deadliest attack in twelve years ('meurtrier', DEV rule) -> killed 1-open; the police's latest toll of 22 dead -> a second source on the deaths (dense rule) -> killed 22, gouvernement britannique (sixth set); 'parmi lesquels des enfants' -> subset 1-open (fresh10 'dont des enfants' call)")
D["claims", 8] = K([C("killed", "un", 1, 1, "média", "civils"),
                    C("wounded", "", 1, 1, "narrator", "civils")],
    "Aubervilliers shooting: one dead per Franceinfo -> killed 1, média (fresh6); the driver 'abattu' is the same death; the passenger wounded in a later sentence without source -> narrator (fresh7: a source does not cover the next sentence); a probable settling of scores -> civils (fresh7 drug-shooting call)")
D["claims", 9] = K([C("killed", "deux", 2, 2, "gouvernement sri-lankais", "civils"),
                    C("killed", "137", 137, 137, "narrator", "civils"),
                    C("killed", "Au moins 35", 35, None, "narrator", "civils", "uncertain")],
    "Sri Lanka Easter bombings: a further hotel blast killed two per the Colombo police -> gouvernement sri-lankais (added, state pattern); an earlier toll of 137 dead with no source named -> narrator (fresh7 'premier bilan' call); at least 35 foreigners 'se trouveraient' among the victims -> killed 35-open, uncertain; victims civils (fresh7 Sri Lanka call)")
D["claims", 10] = K([C("killed", "", 1, None, "narrator", "civils"),
                     C("killed", "des dizaines", 20, None, "narrator", "unknown")],
    "Afghan peace talks: background 'attentats meurtriers' of 9/11 -> killed 1-open, civilians; the war still kills 'des dizaines' of people daily -> killed 20-open, background toll of the conflict -> unknown (DEV rule; a counted recurring toll is asserted harm, fresh6 yearly-toll call); the Taliban driven from power is no control claim (power, not a place: DEV)")
D["claims", 11] = S("no claim on reading (bombs dropped on terrorists in Syria and the Paris attacks named, no outcome: fresh6-fresh8 call)")
D["claims", 12] = K([C("captured", "5.000", 5000, 5000, "expert", "jihadist")],
    "Freed Taliban: an NGO analyst, the sentence under his name, on 'les 5.000 anciens détenus' and their years of detention -> captured 5000 (former detainees presuppose detention, like ex-hostages: fourth-set call), claimant the analyst -> expert (third-set kind), Taliban -> jihadist; fighters' numbers are troop strengths")
D["claims", 13] = S("no claim on reading (a firefighter's suspension and lawsuit; the attacks named without outcome)")
D["claims", 14] = S("no claim on reading ('libération de la Palestine' is political, no person held)")
D["claims", 15] = K([C("wounded", "deux", 2, 2, "narrator", "civils")],
    "Bastia shooting (one dead, at least five wounded per the lede): 'deux des victimes' are said to be in the gunman's building; new call: numbered victims of a shooting not said dead -> wounded (the weaker harm stated; fresh10 read 'les victimes' by the story's outcome); the conditional bears on where they are, not on the harm -> asserted; no source in that sentence -> narrator")
D["claims", 16] = K([C("hostage", "16", 16, 16, "narrator", "civils")],
    "Hyper Cacher 2015: the witness is one of 16 surviving customers 'pris en otage' -> hostage 16, narrator; the witness himself is inside the counted group (DEV rule)")
D["claims", 17] = K([C("captured", "", 6, 6, "narrator", "unknown"),
                     C("captured", "cinq", 5, 5, "narrator", "unknown"),
                     C("captured", "une", 1, 1, "narrator", "unknown")],
    "Plot against Macron: 'Ces individus' (the six) arrested -> captured 6-6, figure '' (pronoun with a known number, fresh7); listed as five men and one woman -> parts 5 and 1 (third-set total-and-parts call); BFMTV is the source of the previous sentence only -> narrator (fresh7); suspects -> unknown")
D["claims", 18] = S("no claim on reading ('s'ils tuent les gens' is hypothetical: fresh9 call)")
D["claims", 19] = K([C("killed", "84", 84, 84, "narrator", "civils")],
    "Nice 2016 in a poster story: the attack 'qui a provoqué la mort' of 84 -> killed 84, narrator (relative clause), civilians; the poster's 'détenu radicalisé' is generic, no event")
D["claims", 20] = K([C("control", "", 1, None, "narrator", "EI"),
                     C("control", "", 1, 1, "gouvernement afghan", "EI")],
    "Jalalabad prison attack: IS lost its bases in Nangarhar last year -> control 1-open, loser EI, narrator (ninth-set/fresh10 control calls); the Afghan government's announcement that the group was defeated in the province -> control 1-1 by gouvernement afghan (the region as one place, like fresh10's eradicated caliphate); the attacks that go on have no outcome here")
D["claims", 21] = S("no claim on reading (an inquiry opened for terrorist conspiracy and explosives possession: legal notions, no harm)")
D["claims", 22] = K([C("captured", "", 1, None, "narrator", "unknown")],
    "Undercover reporter in a jihadist cell: the would-be attackers were nearly all arrested at the end of 2015 -> captured 1-open (no number), narrator, suspects -> unknown (fresh6/fresh8)")
D["claims", 23] = K([C("killed", "84", 84, 84, "narrator", "civils")],
    "Nice 2016: celebrities paid tribute to the 84 victims -> killed 84, narrator (reported tribute, fifth-set call), civilians")
D["claims", 24] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "Paris police HQ attack: the officer fired twice 'pour neutraliser' the attacker (a purpose, DEV rule: no neutralized claim; the outcome is only in the title); new call: 'le tueur' naming the perpetrator of a real killing presupposes it, like 'les victimes' (DEV) -> killed 1-open, narrator, police staff -> unknown (fresh6/fresh10)")
D["claims", 25] = K([C("killed", "", 1, None, "narrator", "jihadist", "uncertain")],
    "Terror trials of 2020: of 24 accused, 20 'en fuite ou présumées mortes' -> killed, figure '' 1-open (the number bounds the two fates together, sixth-set combined call), uncertain ('présumées'), French jihadists believed dead in Syria -> jihadist (fresh7); trials are judicial, flight is no claim type")
D["claims", 26] = K([C("killed", "quatre", 4, 4, "narrator", "unknown")],
    "Paris police HQ: four staff killed with a knife -> killed 4, narrator, police staff -> unknown (fresh6/fresh10 call)")
D["claims", 27] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Abdeslam's wiretaps: 'Le prisonnier' tells how he hid -> captured 1-1 by presupposition (third-set 'le prisonnier' call), narrator, attacker -> unknown; the accomplice's joke calling him a killer is no claim (insult/joke, fresh9)")
D["claims", 28] = S("no claim on reading (state of emergency debate; 'une attaque' named without outcome)")
D["claims", 29] = K([C("captured", "12.000", 12000, 12000, "administration kurde", "jihadist"),
                     C("captured", "au moins 2.500", 2500, None, "narrator", "jihadist"),
                     C("captured", "60 à 70", 60, 70, "narrator", "jihadist", "uncertain"),
                     C("captured", "près de 4.000", 3200, 4800, "narrator", "jihadist"),
                     C("captured", "", 1, None, "narrator", "jihadist")],
    "IS suspects held by the Kurds: per the Kurdish local administration 12,000 are detained -> captured 12000, claimant `administration kurde` (added: a de facto civil authority, not a state and not the FDS coalition); numbered subsets in the next sentences, no source there -> narrator (fresh7): at least 2,500 foreigners, 60 to 70 French ('figureraient' -> uncertain; 'X à Y' -> X-Y, fresh6), nearly 4,000 Syrians (+-20%), a roughly equal number of Iraqis (no number word -> 1-open); IS suspects held -> jihadist (fresh7/fresh8: IS members held or dead -> jihadist; EI kept for the group as a fighting side)")
D["claims", 30] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "Charlie Hebdo, fourth anniversary: Macron's tribute to the attack's victims, reported -> killed 1-open, narrator (fifth-set reported-tribute call); journalists and police together -> unknown (fresh7 mixed-toll call)")
D["claims", 31] = S("no claim on reading (a 2014 peace agreement in the southern Philippines; autonomy)")
D["claims", 32] = K([C("wounded", "", 1, 1, "source proche du dossier", "unknown")],
    "Gironde gunman: he fired on the gendarmes, 'très légèrement' wounding one of them, per a source close to the inquiry -> wounded 1-1, figure '' ('l'un', dense call), source proche du dossier; a gendarme -> unknown (fresh8); the return fire has no outcome here")
D["claims", 33] = S("no claim on reading (a president's sudden death mourned: natural death, no cause given)")
D["claims", 34] = K([C("missing", "14", 14, 14, "gouvernement sri-lankais", "civils"),
                     C("killed", "14", 14, 14, "gouvernement sri-lankais", "civils", "uncertain"),
                     C("killed", "", 1, None, "gouvernement sri-lankais", "civils")],
    "Sri Lanka bombings: the government, quoted, says 14 foreigners are missing -> missing 14; they 'pourraient être parmi' the unidentified victims -> killed 14, uncertain (fresh8 'pourrait figurer parmi' call); the unidentified victims at the morgue, in the same quote -> killed 1-open, asserted (the group named inside the 'parmi' phrase, as fresh8); Sri Lankan foreign ministry -> gouvernement sri-lankais (state pattern)")
D["claims", 35] = S("no claim on reading (life sentences for the 1980 Bologna bombing: judicial; no toll in the paragraph)")
D["claims", 36] = S("no claim on reading (a historian's death at 85: natural death)")
D["claims", 37] = K([C("control", "", 1, 1, "narrator", "unknown"),
                     C("killed", "", 1, None, "narrator", "unknown")],
    "Russia's return to power politics: Crimea's 'annexion' in 2014 -> control 1-1 (a place taken), loser Ukraine, no actor id -> unknown (eighth-set call); 'bombardements meurtriers' in Syria -> killed 1-open, no sides -> unknown (DEV 'affrontements meurtriers'); 'pour les Occidentaux' frames the judgement (contempt for law), the facts stay the narrator's (sentence-level rule)")
D["claims", 38] = K([C("hostage", "", 1, None, "responsable politique", "civils"),
                     C("hostage", "", 1, None, "responsable politique", "civils")],
    "An MP calling strikers hostage-takers: taking people hostage said of strikes is figurative (no claim); but quoted, he recalls the real hostages in Lebanon and those of the Paris attacks -> two hostage claims 1-open (two listed groups, no number), responsable politique (DEV kind), civils; 'pourrait se terminer par des morts' is hypothetical")
D["claims", 39] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Trèbes attacker's partner: placed in pretrial detention (and her arrest, the same fact) -> captured 1-1, narrator (fresh8 pretrial-detention call), suspect -> unknown; 'mise en examen' is judicial; the prosecutor's words concern her radicalisation")
D["claims", 40] = K([C("captured", "150", 150, 150, "narrator", "jihadist"),
                     C("captured", "Onze", 11, 11, "narrator", "jihadist")],
    "Macron in Baghdad: 150 French arrested for IS membership, nearly all in Kurdish camps and prisons -> captured 150; eleven French 'détenus en Irak' -> captured 11 (fresh8 call: held persons, the death sentence itself stays judicial); narrator (the President's doctrine is in the previous paragraph); French IS members -> jihadist (fresh7/fresh8)")
D["claims", 41] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "ICC and Gbagbo: the Congolese ex-vice-president, acquitted after close to ten years held by the court -> captured 1-1, narrator; a man held then cleared -> civils (fresh6; fresh10 ex-president in custody -> civils); acquittals are judicial")
D["claims", 42] = S("no claim on reading (a UN envoy's mediation; talks interrupted)")
D["claims", 43] = S("no claim on reading (horse mutilations: animals, fresh7-fresh10 call)")
D["claims", 44] = S("no claim on reading (US politics, Bolton's book; the virus spreading)")
D["claims", 45] = S("no claim on reading (IS claims the London attack, no toll in the paragraph: fresh8/fresh9 call)")
D["claims", 46] = K([C("captured", "10", 10, 10, "narrator", "unknown")],
    "DGSI head on the threat: 46 plots foiled (no claim); the latest operation, in which 10 people were arrested -> captured 10; the arrests sit in a relative clause outside his quotation -> narrator (sixth-set adjunct call); suspects -> unknown")
D["claims", 47] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Romans-sur-Isère knife attack: the presumed attacker arrested around 11:00 -> captured 1-1; 'selon cette même source' closes the next sentence only -> narrator (fresh7 next-sentence call); attacker -> unknown")
D["claims", 48] = K([C("killed", "86", 86, 86, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "unknown")],
    "Nice 2016 recalled in the trial request: the truck driver took 86 lives -> killed 86, civilians; then 'abattu' by the police -> killed 1-1, attacker -> unknown (fresh7); new call: the descriptive list after the toll (children, large families, foreign tourists) has no partitive ('dont', 'parmi') and no number -> not separate claims")
D["claims", 49] = S("no claim on reading (the family asks how the police could fire on him: a shooting without outcome in the paragraph, fresh6 call; 'contrôle l'accès' is not control)")
D["claims", 50] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "Paris police HQ: Le Pen wants an inquiry into a 'scandale d'État'; 'l'auteur de la tuerie' sits outside her quotation, in a complement -> killed 1-open, narrator (fresh7/fresh10 'tuerie' calls, sixth-set adjunct rule), police staff -> unknown")
D["claims", 51] = K([C("killed", "quatre", 4, 4, "narrator", "unknown")],
    "Aude attacks: four named men 'tous les quatre' killed by the attacker -> killed 4, one claim (named persons inside a counted group, DEV); civilians and a gendarme together -> unknown (fresh8 Aude call)")
D["claims", 52] = K([C("captured", "", 2, None, "gouvernement français", "civils"),
                     C("killed", "", 2, None, "gouvernement français", "civils", "uncertain")],
    "French children in Iraq and Syria: the junior interior minister, quoted (-> gouvernement français): 'un certain nombre' of minors are held -> captured 2-open (fresh9 'un certain nombre' -> 2-open), minors held -> civils (fresh6); some may have died in the conflict ('On peut penser') -> killed 2-open, uncertain; returns and missing news are no claim")
D["claims", 53] = S("no claim on reading (a heading: 371 children dead in the Al-Hol camp in 2019, no violence stated; new call: deaths in a displaced persons' camp with no violent cause are read as deaths of living conditions, fresh9's call on the same camp; the next paragraph gives no cause)")
D["claims", 54] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("killed", "", 1, None, "narrator", "unknown")],
    "Trèbes attacker's partner (another article than claims rank 39): 'Lors de son interpellation' frames what she shouted, per the prosecutor -> the arrest in an adjunct stays the narrator's (fresh7 custody-adjunct call) -> captured 1-1; 'le périple sanglant' of her partner -> killed 1-open (fresh6 'périple meurtrier', fresh7 'sanglant'), Aude mixed toll -> unknown")
D["claims", 55] = S("no claim on reading (the London attacker's identity released; the attack named without outcome)")
D["claims", 56] = K([C("killed", "", 1, None, "gouvernement égyptien", "civils")],
    "EgyptAir crash: the Egyptian prosecutor, quoted, cites explosive traces on 'les restes des victimes' -> killed 1-open (dead victims of the crash), gouvernement égyptien (sixth set), civilians; a civil airliner is no equipment (fresh9/fresh10); rejecting the fire theory is about how, not a denial of the deaths")
D["claims", 57] = K([C("killed", "au moins 74", 74, None, "narrator", "civils")],
    "DR Congo, UN report: in South Kivu at least 74 people killed since October -> killed 74-open; the UN is named in the lede only, no source in this sentence -> narrator (fresh7 next-sentence call); villagers in ethnic violence -> civils; rapes of women and children are no claim type")
D["claims", 58] = K([C("wounded", "deux", 2, 2, "narrator", "civils")],
    "Saint-Denis shooting: one of 'des deux blessés' shot in the knee, the other not found -> wounded 2, one fact; witnesses to BFMTV describe shots and the gunmen, no outcome; a probable settling of scores -> civils (fresh7)")
D["claims", 59] = K([C("captured", "100", 100, 100, "narrator", "civils"),
                     C("killed", "un", 1, 1, "narrator", "civils")],
    "Kashmir, a heading: 100 people arrested and one protester dead -> captured 100 and killed 1 (a death in the crackdown with no natural cause given -> killing, fresh2/fresh9 call); the next paragraph names no source -> narrator; protesters -> civils")
D["claims", 60] = S("no claim on reading (a migrant's 'on meurt tous les jours' in Libya: figurative; risking his life at sea)")
D["claims", 61] = K([C("killed", "Trois", 3, 3, "narrator", "civils"),
                     C("killed", "deux", 2, 2, "narrator", "civils"),
                     C("killed", "une", 1, 1, "narrator", "civils"),
                     C("wounded", "", 1, 1, "narrator", "civils")],
    "Var shooting: three killed, listed as two young men known for drug dealing and a passing tourist -> 3, 2, 1 (third-set total-and-parts call); her husband badly wounded -> wounded 1-1, figure ''; settling of scores -> civils (fresh7)")
D["claims", 62] = S("no claim on reading (police numbers in Nice disputed; a counterfactual on the November 2015 attacks, no outcome)")
D["claims", 63] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Iran executes a spy: Trump's 'ordre de le tuer' and 'après son décès' (Soleimani, killed by a US strike per the previous paragraph) -> killed 1-1, narrator (Trump's assurance is about imminent plots, the death is the narrator's); an Iranian general, no actor id -> unknown (fresh6 armies call)")
D["claims", 64] = K([C("wounded", "Un", 1, 1, "narrator", "unknown")],
    "La Courneuve: a man with a knife rushed the police (per the police prefecture, that sentence); next sentence, no source: an officer fell and was slightly hurt at the shoulder -> wounded 1, figure 'Un', narrator (fresh7 next-sentence call), police officer -> unknown (fresh6)")

# ---- numbers pool ----
D["numbers", 0] = N("Netflix documentary on 13 November 2015: 40 witnesses interviewed, survivors among them ('rescapés' is no harm word, fresh7 'survivantes' call); three episodes, a date")
D["numbers", 1] = N("Sri Lanka: the attacks not yet claimed, a police warning ten days earlier; no toll in the paragraph")
D["numbers", 2] = N("Berlin anti-mask protest: nearly 40,000 marchers, several hundred tried to storm the Reichstag and were held back (no outcome)")
D["numbers", 3] = N("EasyJet emergency landing at Cologne: three men's suspicious talk, passengers evacuated; no harm")
D["numbers", 4] = N("Iraqi resident doctors on strike: a union representative aged 30, two weeks ago")
D["numbers", 5] = N("Lebanon's economic crisis: the civil war's years (1975-1990) named without a toll, unemployment and poverty percentages")
D["numbers", 6] = N("Lebanon: some 250,000 migrant workers under the sponsorship system")
D["numbers", 7] = N("Yemen: fighting, famine and cholera risks named as threats, no event counted; Covid-19 (a name)")
D["numbers", 8] = N("US vaccine timeline: election of 3 November, doses in November or December")
D["numbers", 9] = N("Villeurbanne attacker's profile: arrival in 2016, protection in May 2018, born 1986, aged 33, a permit until January 2020")
D["numbers", 10] = N("Beirut heritage after the blast: repairs of more than a year costing millions of dollars")
D["numbers", 11] = N("Strasbourg manhunt: the minister on security checks over 36 hours")
D["numbers", 12] = N("UN Security Council draft: 15 members, about twenty countries in crisis; exclusions from a ceasefire (no event)")
D["numbers", 13] = N("Lebanon: Hezbollah kept its arsenal after the civil war (1975-1990): a war's years, no toll")
D["numbers", 14] = N("Burundi: the new president's term of seven years, initially from 20 August")

# ranks shown on screen in the last batches but not decided (after the stop):
# claims 65-73, numbers 15 -> 'unread (after the stop)'
