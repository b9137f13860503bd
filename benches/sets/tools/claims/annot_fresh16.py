"""Hand annotations of the sixteenth fresh set (drawn alongside set 15), and
the decision for every rank read (strictly in draw order). Notes are my own
words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = set()

D = {}

# ---- sahel pool: no eligible row (the five claim-free paragraphs of sets 7-12
# fall in the story groups of set 15's sahel rows: extra exclusion) ----

# ---- claims pool ----
D["claims", 0] = S("no claim on reading (an MP on rail strikers as possible targets: hypothetical)")
D["claims", 1] = K([C("wounded", "un", 1, 1, "gouvernement britannique", "unknown"),
                    C("killed", "", 1, 1, "gouvernement britannique", "unknown")],
    "Westminster 2017: the Leader of the House, quoted, announces that an officer 'a été poignardé' and the presumed attacker 'abattu' -> wounded 1-1, figure 'un' (only the stabbing is stated here), and killed 1-1 (attacker shot, seventh-set call); a cabinet member of the UK -> gouvernement britannique (sixth-set state pattern); police officer and attacker -> unknown (sixth-set calls)")
D["claims", 2] = K([C("captured", "huit", 8, 8, "narrator", "unknown"),
                    C("killed", "", 1, 1, "narrator", "unknown")],
    "Westminster 2017, Amaq's statement: the claim of responsibility carries no toll in this paragraph (eighth/ninth-set call), so no EI claim; British police made eight arrests -> captured 8, narrator, suspects -> unknown; the attacker 'abattu' in an apposition of May's sentence on his profile -> killed 1-1, narrator (sentence-level rule), unknown")
D["claims", 3] = S("no claim on reading (a prison guard punched by an inmate: a beating with no wound word, thirteenth-set call; the inmate serves a sentence, judicial)")
D["claims", 4] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                    C("captured", "", 1, 1, "narrator", "unknown"),
                    C("killed", "deux", 2, 2, "narrator", "unknown")],
    "13 November inquiry: the arrest in Austria of two named men, no total in that phrase -> captured 1-1 each (named persons without a total, dense rule), suspects -> unknown; the two Iraqi suicide bombers who blew themselves up near the Stade de France -> killed 2 (fourteenth-set kamikaze call), attackers -> unknown; narrator ('selon une des sources' covers only the last sentence)")
D["claims", 5] = S("no claim on reading (an economist escorted off a plane on a false suspicion: not an arrest; 'arrêté' in another sense)")
D["claims", 6] = S("no claim on reading (the minister on reporting failures; the Charlie Hebdo attack named without outcome)")
D["claims", 7] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "London 2020 stabbing: the attacker, 'abattu par la police' in an apposition of the Guardian's sentence on his convictions -> killed 1-1, narrator (sentence-level rule), attacker -> unknown; his release after half his sentence, per Sky News, is judicial (eighth-set call)")
D["claims", 8] = K([C("wounded", "deux", 2, 2, "narrator", "civils")],
    "Bayonne mosque shooting: the two men in their seventies hurt in the attack are out of danger -> wounded 2, narrator, civilians")
D["claims", 9] = S("no claim on reading (a TV walk-out; the attacks in Spain named without outcome)")
D["claims", 10] = S("no claim on reading (a Syrian's truck-bomb ideas: purpose; Berlin's market attack 'a coûté à onze personnes' with the harm noun missing from the text: a toll whose noun is lost is not annotated, ninth-set call)")
D["claims", 11] = K([C("materiel", "", 1, None, "ONU", "unknown")],
    "DR Congo: the UN experts' report says some of the listed weapons 'sont tombées aux mains de groupes armés' -> materiel 1-open (equipment of a party lost, DEV type), claimant the report's authors -> ONU; the Congolese army has no actor id -> unknown (eighth-set call for states outside the vocabulary)")
D["claims", 12] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Trèbes: the officer's mother interviewed by RTL; the attack that took her son's life ('a coûté la vie') is a relative clause in the narrator's account of the interview -> killed 1-1, narrator (sentence-level rule); a gendarme -> unknown (sixth-set call)")
D["claims", 13] = K([C("hostage", "", 1, None, "narrator", "civils")],
    "Trèbes: 'le preneur d'otages du supermarché' presupposes a hostage taking -> hostage 1-open, figure '' (sixth-set 'la prise d'otages' call; agent noun as 'le tueur', eleventh set); the prosecutor's sentence is about his IS allegiance, so the noun phrase stays the narrator's (sentence-level rule); shoppers -> civils")
D["claims", 14] = K([C("killed", "", 1, None, "média", "unknown"),
                     C("killed", "une", 1, 1, "média", "unknown")],
    "Paris police HQ killing: Le Parisien, 'Le quotidien annonce', reports that one of the attacker's victims had her throat cut -> the victims (dead in the story, DEV rule) killed 1-open and the numbered subset 'une' killed 1-1 (DEV subset rule; no total given in this paragraph), claimant média (sixth/eighth-set call); police staff -> unknown; the Charlie Hebdo attack is named without outcome")
D["claims", 15] = K([C("control", "", 1, None, "narrator", "unknown"),
                     C("captured", "", 1, None, "narrator", "jihadist")],
    "French jihadists in Syria: US forces to take them out of 'camps détenus par les Kurdes' -> control 1-open (camps held, no loser named: sixth/eighth-set camp call), and the extraction presupposes they are held there -> captured 1-open (tenth-set 'flight presupposes being held' call, extended), French IS members -> jihadist (seventh/eighth sets); narrator ('explique la chaîne' covers only the GIGN sentence)")
D["claims", 16] = S("no claim on reading (an ultra-right group's planned attack on a rapper: a plan)")
D["claims", 17] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("captured", "deux", 2, 2, "narrator", "unknown"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Twitter hack: the teenager 'a été arrêté' along with two young men -> captured 1-1 and captured 2 (listed without a total), and 'dont l'un' living in the UK -> captured 1-1, figure '' (definite 'l'un', dense set; DEV subset rule); suspects -> unknown (sixth-set call); being charged is judicial")
D["claims", 18] = S("no claim on reading (the Strasbourg attacker's brother on responsibility; the attack named without outcome)")
D["claims", 19] = S("no claim on reading (a party leader citing a penal-code article and its penalty: judicial)")
D["claims", 20] = K([C("killed", "plus de 370.000", 370001, None, "narrator", "unknown")],
    "Syria: a civil war that made over 370,000 dead -> killed 370001-open, narrator (the MEP's quote is about the fight against terrorists), background toll of a whole conflict -> unknown (DEV)")
D["claims", 21] = S("no claim on reading (a lion and a child unhurt; a gorilla fatally hurt: animals)")
D["claims", 22] = S("no claim on reading (a schoolbook attributing 9/11 to the CIA: the attacks named without outcome)")
D["claims", 23] = S("no claim on reading (a protest figure's musing on what a 'real' attack would be: hypothetical)")
D["claims", 24] = S("no claim on reading (celebrities' appeal for fraternity; the 13 November attacks named without outcome)")
D["claims", 25] = K([C("captured", "Un", 1, 1, "narrator", "unknown"),
                     C("killed", "deux", 2, 2, "média", "civils", modality="uncertain"),
                     C("wounded", "au moins sept", 7, None, "média", "civils", modality="uncertain")],
    "Romans-sur-Isère knife attack: a man 'a été interpellé' -> captured 1-1, figure 'Un', narrator, suspect -> unknown; the next sentence, under 'indique France Bleu', says he 'aurait tué' two people and wounded at least seven more -> killed 2 and wounded 7-open, média (sixth-set call), in the conditional -> uncertain (dense 'aurait fait' rule: the conditional carries the harm verbs here), passers-by -> civils")
D["claims", 26] = S("no claim on reading (an IS plan to send children to commit attacks, per a repentant jihadist: a plan)")
D["claims", 27] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Beirut port: 'l'explosion dévastatrice et meurtrière' -> killed 1-open, narrator ('meurtrière' of an accidental blast, sixth-set call), residents -> civils; the warehouse is a building, not equipment (eighth-set call)")
D["claims", 28] = S("no claim on reading (IS calling for attacks in Germany: a call, purpose)")
D["claims", 29] = K([C("killed", "", 1, None, "responsable local", "unknown")],
    "Fredericton shooting: the province's premier tweets condolences 'aux victimes et à leur famille' -> his own words -> killed 1-open (fifth-set quoted-condolences call), a provincial head of government -> responsable local (dense kind for a regional authority, fourteenth set); four dead incl. two police officers -> unknown (mixed toll, sixth-set call)")
D["claims", 30] = S("no claim on reading (a coach's 'pas pour tuer des civils': a denied purpose, sixth-set call)")
D["claims", 31] = S("no claim on reading (armed groups not under the PM's full control: no place held)")
D["claims", 32] = K([C("killed", "", 1, None, "assaillant", "unknown")],
    "Christchurch attacker's manifesto, via Le Parisien: visiting a military cemetery he wept over 'la mort vaine' of those soldiers -> killed 1-open (war dead named with a harm word; the fourteenth-set war-graves call was for graves with no harm word), his own quoted words -> assaillant (ninth-set kind, innermost speaker); soldiers of an army without an actor id -> unknown; the conditional bears on his tears, not on the deaths -> asserted")
D["claims", 33] = K([C("wounded", "plusieurs", 2, None, "narrator", "civils")],
    "Lyon parcel bomb: a device that 'a blessé plusieurs personnes' -> wounded 2-open, narrator, passers-by -> civils; the allegiance claim is no harm")
D["claims", 34] = K([C("killed", "huit", 8, 8, "narrator", "civils"),
                     C("wounded", "onze", 11, 11, "narrator", "civils")],
    "Manhattan truck attack: the man who drove into pedestrians and cyclists, 'faisant huit morts et onze blessés' -> killed 8, wounded 11; the participle sits in a sentence whose source speaks of his age and origin -> narrator (sentence-level rule); civilians")
D["claims", 35] = S("no claim on reading (post-sentence security measures for convicts: judicial)")
D["claims", 36] = K([C("killed", "Une", 1, 1, "gouvernement français", "civils"),
                     C("killed", "", 1, 1, "narrator", "unknown")],
    "Strasbourg 2018: a fourth victim 'a succombé à ses blessures', announced by the Paris prosecution -> killed 1-1 only (sixth-set call), figure 'Une', gouvernement français (ninth-set call), civils (eighth set); the ordinal does not make a separate total (fourth-set 'deuxième décès' call); the attacker 'abattu' in a relative clause -> killed 1-1, narrator (sentence-level rule), unknown")
D["claims", 37] = K([C("killed", "", 1, 1, "avocat", "jihadist")],
    "A lawyer charged over a French jihadist in Iraq: the failed extraction, per the communiqué of the lawyer's counsel (named as such in ¶4), which says the man 'a trouvé la mort' in Mosul during the siege -> killed 1-1, figure '' (definite), claimant avocat (thirteenth-set kind; lawyers speaking for their client), a French IS member -> jihadist (seventh-set call); the JDD's sum is no harm")
D["claims", 38] = K([C("killed", "3.001", 3001, 3001, "média", "civils"),
                     C("wounded", "16.493", 16493, 16493, "média", "civils")],
    "Fondapol study on Islamist terrorism: 33,769 attacks counted without outcome and target shares (percentages, no toll); 9/11 as the deadliest attacks, 'Selon le quotidien', with 3,001 dead and 16,493 hurt -> killed 3001 and wounded 16493, média (Le Parisien, sixth-set call), civilians (as fourteenth-set 9/11 tolls); the superlative by the same source is one claim (thirteenth set)")
D["claims", 39] = K([C("killed", "Huit", 8, 8, "narrator", "civils"),
                     C("wounded", "onze", 11, 11, "narrator", "civils")],
    "Manhattan truck attack, another article: eight killed and eleven more hurt -> killed 8, wounded 11, narrator, civilians; the van that 'a percuté plusieurs personnes' is the same fact, not a third claim")
D["claims", 40] = S("no claim on reading (a heading on attacks avoided under the state of emergency: foiled attacks)")
D["claims", 41] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Pittsburgh synagogue: the gunman 'a été arrêté par la police' -> captured 1-1, figure '' (definite), narrator, attacker -> unknown; his shout during the attack is an utterance, not a report (fourteenth-set call); the death penalty he faces is judicial")
D["claims", 42] = K([C("killed", "un", 1, 1, "média", "EI")],
    "Iraq: a Canadian sniper killed 'un jihadiste du groupe État islamique' at 3.5 km, revealed by The Globe and Mail -> killed 1-1, figure 'un', média (sixth-set call); a fighter of a named group in battle -> EI (DEV rule for named groups' members; twelfth-set named-cadre call), not the 'jihadist' used for French IS members held or dead")
D["claims", 43] = S("no claim on reading (New York subway bombing attempt filmed: no outcome in this paragraph)")
D["claims", 44] = K([C("wounded", "deux", 2, 2, "narrator", "civils")],
    "Bayonne mosque, another article: two men 'gravement blessés' by shots -> wounded 2, narrator (the prosecutor's attribution covers only the prognosis sentence, seventh-set call), civilians; prognosis not at stake is no denial")
D["claims", 45] = S("no claim on reading (IS's doubtful claims of responsibility in general: no event)")
D["claims", 46] = S("no claim on reading (a US sergeant's 'se rendre ou mourir' tweet: a threat)")
D["claims", 47] = K([C("captured", "cinq", 5, 5, "narrator", "unknown"),
                     C("killed", "", 1, 1, "narrator", "unknown")],
    "Aude attacks inquiry: five suspects 'placés en garde à vue' -> captured 5 (custody, sixth-set call), suspects -> unknown; the attacker 'finalement abattu par des gendarmes' -> killed 1-1, unknown; narrator")
D["claims", 48] = S("no claim on reading (a jihadist's own talk of violent fighting and of the smell a fallen 'frère' gives off: a generic remark, no event, habits call)")
D["claims", 49] = K([C("wounded", "", 1, 1, "média", "civils")],
    "Lanaken, Belgium: a man attacked a priest with a knife (no wound word in that sentence, thirteenth-set beatings call); per Le Soir's site the priest 'a été légèrement blessé' -> wounded 1-1, figure '' (named), média (sixth-set call), civils; the attacker fled (no claim)")
D["claims", 50] = S("no claim on reading (a Brussels suspect's clothes on the day of the attacks: no outcome)")
D["claims", 51] = K([C("killed", "aucune", 0, 0, "gouvernement français", "unknown", modality="denied")],
    "Strikes on Syria 2018: Macron, quoted, says three countries struck 'sans aucune victime humaine' -> killed 0-0, denied (seventh/fourteenth-set 'aucune victime' calls), his own words -> gouvernement français, victim unknown (no side hit); three chemical-weapons production sites to destroy are facilities, not equipment (eighth-set buildings call), and the phrase is a purpose: no materiel")
D["claims", 52] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Saint-Étienne-du-Rouvray: the attack that took Father Hamel's life ('a coûté la vie') -> killed 1-1, figure '' (named), narrator, civils; the attacker's incarceration and release on conditional liberty with a tag are judicial (tenth-set call); the conditional bears on how he used his outing, not on the death")
D["claims", 53] = S("no claim on reading (convicted jihadists leaving prison after their sentence: judicial, tenth-set call)")
D["claims", 54] = K([C("control", "", 1, None, "narrator", "unknown")],
    "Syria 2017: Assad thinks his regime will regain control of the country, some towns held since 2013 by rebels 'ou' by IS ('sont contrôlées') -> control 1-open (plural towns, no number word), one claim for the two holders joined by 'ou' (eleventh-set 'ou' call); the relative clause is the narrator's (sentence-level rule); loser the Syrian state -> unknown (eighth-set call); his aim to retake them is a plan")
D["claims", 55] = K([C("materiel", "", 1, None, "narrator", "unknown")],
    "Barjols plot: a plan to kill the President (no claim); investigators 'ont saisi' computer documents (evidence, tenth/fourteenth-set call) 'ainsi que des armes détenues sans autorisation' -> materiel 1-open (weapons of a party seized, DEV type; the eighth set left weapons only 'retrouvées' unannotated), narrator, an ultra-right group without an actor id -> unknown")
D["claims", 56] = K([C("killed", "", 1, 1, "proche de victime", "jihadist"),
                     C("wounded", "un", 1, 1, "proche de victime", "jihadist")],
    "Hyper Cacher sponsor's death in Syria, told by his ex-wife, quoted: shot in the leg while fetching 'un homme blessé', then 'Il est mort une semaine après' -> killed 1-1 only for him (a wound he died of -> killed only, sixth-set call) and wounded 1-1, figure 'un', for the fighter he went to fetch; a relative speaking of him -> proche de victime (dense kind); a jihadist emir and his fellow fighter, group not named in the paragraph -> jihadist")
D["claims", 57] = K([C("killed", "Quatorze", 14, 14, "narrator", "civils"),
                     C("killed", "au moins 24", 24, None, "narrator", "civils"),
                     C("killed", "", 1, None, "EI", "civils")],
    "Afghanistan, May 2020: fourteen people killed by three gunmen in a Kabul hospital -> killed 14; at least 24 dead in a suicide attack on a funeral -> killed 24-open; narrator, civilians; that attack 'revendiquée' by IS with its toll in the paragraph -> killed 1-open by EI (session-4 / eighth-set rule)")
D["claims", 58] = K([C("killed", "", 1, 1, "narrator", "unknown"),
                     C("killed", "", 1, None, "source proche du dossier", "civils")],
    "Berlin 2016: the presumed author, 'abattu' by Italian police, in an apposition -> killed 1-1, narrator, attacker -> unknown; the inquiry source, quoted, on a man matching 'le tueur' -> killed 1-open by presupposition (eleventh-set agent-noun call; quoted words are the speaker's), source proche du dossier (eleventh set), Berlin's dead -> civils")
D["claims", 59] = S("no claim on reading (a shooting rumour in Cannes, no shot fired; a crowd surge with no one hurt stated)")
D["claims", 60] = S("no claim on reading (the Champs-Elysées attacker's letters to a writer: no harm)")
D["claims", 61] = K([C("wounded", "", 1, 1, "narrator", "unknown")],
    "Paris police HQ: the trainee officer 'a touché l'assaillant de plusieurs balles', one at least in the head -> wounded 1-1, figure '' (definite): the harm this paragraph states is the bullet hits (sixth-set 'a reçu quatre balles' call; his death is told in the previous paragraph, so the weaker harm stated, eleventh-set Bastia call); narrator (the prefecture's attribution covers only the first sentence, seventh-set call); attacker -> unknown; 'pour neutraliser' in training rules is a purpose")
D["claims", 62] = K([C("missing", "", 1, 1, "narrator", "civils"),
                     C("killed", "sept", 7, 7, "narrator", "civils"),
                     C("wounded", "plus de 40", 41, None, "narrator", "civils")],
    "London Bridge 2017: a named Frenchman 'n'a pas donné signe de vie' since the attacks -> missing 1-1 (fifth-set call), and the attacks that made seven dead and over 40 hurt -> killed 7, wounded 41-open; narrator, civilians")
D["claims", 63] = S("no claim on reading (a Moroccan cell: an allegiance document seized is evidence, not equipment, tenth-set call; plans)")
D["claims", 64] = S("no claim on reading (an inmate's earlier sentences and radicalisation: judicial; the Bataclan named without outcome)")
D["claims", 65] = K([C("captured", "", 1, None, "narrator", "jihadist")],
    "French IS women in Syria: the women were 'libérées' from a Kurdish forces' prison camp -> captured 1-open (a release presupposes being held, seventh-set call; plural pronoun with no number), narrator, jihadist (seventh/eighth-set call); the camp 'des forces kurdes' has no verb of holding (tenth-set label call): no control; being 'récupérées' by IS is no harm type")
D["claims", 66] = S("no claim on reading (an animal charity's head resigning; 'contrôle' is an audit)")
D["claims", 67] = K([C("killed", "un", 1, 1, "narrator", "civils"),
                     C("wounded", "deux", 2, 2, "narrator", "civils")],
    "Villejuif knife attack: the attack's toll in a relative clause, one dead and two women hurt -> killed 1 and wounded 2, narrator (relative clause), civilians; the attacker's expected death is a belief, not a claim")
D["claims", 68] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Rue des Rosiers 1982: 'les familles des victimes' shocked by a secret pact -> killed 1-open (victims dead in the story, DEV; sixth-set victims' families call), narrator, civilians")
D["claims", 69] = S("no claim on reading (a Bataclan survivor's trauma after a drill: psychological harm is no claim type, tenth-set call)")
D["claims", 70] = S("no claim on reading (the Paris attacks named without outcome; concerts cancelled)")
D["claims", 71] = S("no claim on reading (an attack simulation with extras playing victims: not real)")
D["claims", 72] = S("no claim on reading (a diplomat 'placé sous contrôle judiciaire': judicial supervision, no custody stated here, eighth/fourteenth-set call; the arrest is in the previous paragraph)")
D["claims", 73] = K([C("wounded", "onze", 11, 11, "narrator", "civils"),
                     C("wounded", "", 1, None, "narrator", "civils")],
    "Strasbourg 2018, another article: the attack also made eleven hurt -> wounded 11, and 'dont certains' still in a grave state -> a subset wounded 1-open, figure '' ('certains' gives no number of the table; fourteenth-set 'dont plusieurs' subset call, thirteenth-set 'la plupart' call); narrator, civils (eighth set)")
D["claims", 74] = K([C("wounded", "", 1, 1, "gouvernement français", "civils")],
    "Toulon shooting: a 9 mm bullet lodged in his belly and his life at risk ('pronostic vital', 'la victime'), said the Toulon prosecutor -> wounded 1-1, figure '' (definite 'la victime'), the sentence is his -> gouvernement français (ninth-set call); a man shot in a housing estate -> civils (eleventh-set call)")
D["claims", 75] = S("no claim on reading (a Catalan town in shock where a cell 'a peut-être' prepared the worst attacks: no harm word, no outcome)")
D["claims", 76] = S("no claim on reading (fake victims of the Nice attack tried for fraud: fraud 'victims', judicial; twelfth-set call)")
D["claims", 77] = S("no claim on reading (a couple's Eiffel Tower plot: TATP 'découverts', found and not said seized, eighth-set call; plans)")
D["claims", 78] = K([C("killed", "Un", 1, 1, "gouvernement britannique", "unknown"),
                     C("wounded", "six", 6, 6, "gouvernement britannique", "unknown"),
                     C("wounded", "un", 1, 1, "gouvernement britannique", "unknown")],
    "Glasgow 2020: the whole sentence is under 'a annoncé la police écossaise sur Twitter' -> a suspect killed by police (killed 1-1, figure 'Un', attacker -> unknown), six hurt (wounded 6, a toll with a police officer -> unknown, tenth-set Cambrils call) 'dont un policier' (wounded 1, unknown); Police Scotland -> gouvernement britannique (sixth-set call)")
D["claims", 79] = K([C("killed", "6", 6, 6, "narrator", "civils"),
                     C("wounded", "48", 48, 48, "narrator", "civils"),
                     C("wounded", "4", 4, 4, "narrator", "civils")],
    "London Bridge 2017, another article: police searching pubs; the night's toll: 6 dead, 48 hurt, four of them French ('dont 4') -> killed 6, wounded 48, and the subset on the nearest noun -> wounded 4 (thirteenth-set 'dont N after a two-type toll' call); narrator, civilians")
D["claims", 80] = K([C("killed", "un", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "gouvernement français", "civils"),
                     C("captured", "", 1, 1, "gouvernement français", "unknown")],
    "Montgeron shooting: the gunman 'qui a fait feu ... sur trois personnes et fait un mort' -> killed 1 (relative clause, narrator; firing at three is being targeted, no wounded claim: fourteenth-set call); the prosecution seeking charges of 'homicide volontaire' -> killed 1-1, gouvernement français (third/fourteenth-set judicial-charge call; a second source); 'a été déféré', announced by the Évry prosecution -> captured 1-1 (new call: being brought before the judge presupposes custody, like a release), suspect -> unknown; 'tentatives de meurtre' are attempts and the requested pretrial detention is a request")
D["claims", 81] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("killed", "", 1, 1, "narrator", "unknown")],
    "13 November, Abdeslam's faulty vest: 'avant son arrestation' inside the relatives' account of what he said -> captured 1-1, narrator (adjunct call); his brother 's'était fait exploser' at a café -> killed 1-1 (fourteenth-set kamikaze call), narrator; attackers -> unknown (eleventh set); his wish to die a martyr and a shooting named without outcome are no claims")

# ---- numbers pool ----
D["numbers", 0] = S("holds a claim: seven suspects 'en garde à vue' since Monday (custody -> captured, sixth-set call)")
D["numbers", 1] = N("A sovereignist leader claims 7.000 members and backs a rail strike; no harm")
D["numbers", 2] = S("only number in a name (Covid-19)")
D["numbers", 3] = N("Assad's interview: the French president's popularity at 11 %, corrected to 21 % by a poll; no harm stated")
D["numbers", 4] = S("holds a claim: the sniper's bullet 'atteindre sa cible', a jihadist (a hit stated, the kill told in the lede; sixth-set bullet call)")
D["numbers", 5] = N("Montgeron shooting: the 28-year-old gunman's fate lies with an investigating judge; 'le tireur' names who fired, with no harm stated (unlike 'le tueur', eleventh set)")
D["numbers", 6] = N("A comic actress performing for troops in Afghanistan: 35,000 soldiers (troop size), 2,000 m altitude, a trailer riddled with bullets but not said destroyed (second-set vehicle call), flying low 'pour éviter les tirs' (purpose)")
D["numbers", 7] = N("A comedian on laughing at jihadists, a show on 8 June; 'se laisser abattre' is figurative")
D["numbers", 8] = N("Turkey-Kurds deal: a 120-hour pause, a 32 km safety zone, up to 450 km in length; a withdrawal is no claim type")
D["numbers", 9] = N("Trump's promise to withdraw troops, 74 days before the election; no harm")
D["numbers", 10] = N("UN experts on DR Congo: tonnes of arms delivered since January 2018, military trucks in 2016-2018, seven civilian helicopters repainted; deliveries, no harm")
D["numbers", 11] = N("Gulf monarchies' calls against terrorism during Trump's visit of 20-21 May; no harm")
D["numbers", 12] = N("Deux-Sèvres shooting: the gunman's home town, job since 2012 and sick leave of a month, per the prosecution; the deaths are only in the title and lede")
D["numbers", 13] = N("A lawyer and a French jihadist in Mosul: contacts with journalists, a disputed 20.000-euro payment to a smuggler to hand him to the Iraqi army (a planned surrender, no harm)")
D["numbers", 14] = N("Paris police HQ: the minister on two knives brought into the building; officers not searched (no harm stated)")
D["numbers", 15] = N("Christchurch manifesto: the author calls himself fascist, citing a party founded in 1932; no harm")
D["numbers", 16] = S("holds a claim: 1.020 homicides in 2019 against 1.002 in 2011, in the ministers' figures (a yearly toll of killings, sixth-set call)")
D["numbers", 17] = N("A slip of the government spokesman: an Elysée web page bug since the start of the term; no harm")
D["numbers", 18] = N("Hikers stung by hornets, some fifteen, two of them in hospital and out of danger: insect stings with no wound word are no claim (new call; eighth-set hospital-condition call, animals)")
