"""Hand annotations of the fifteenth fresh set, and the decision for every
rank read (strictly in draw order). Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"gouvernement colombien", "personnalité", "ONG"}

D = {}

# ---- sahel pool: the same five claim-free paragraphs as in sets 7-13 ----
D["sahel", 0] = S("no claim on reading (Benin's slave-trade heritage town and its tourism plan)")
D["sahel", 1] = S("no claim on reading (Macron and Burkinabè students on power cuts; 'interpellation' in the sense of a question)")
D["sahel", 2] = S("no claim on reading (Macron's week: the climate convention's members and proposals)")
D["sahel", 3] = S("no claim on reading (workers restoring a fort museum in Benin)")
D["sahel", 4] = S("no claim on reading (Macron joking with students in Ouagadougou)")

# ---- claims pool ----
D["claims", 0] = S("no claim on reading (London police chief on the threat; attacks in France and Germany named without outcome)")
D["claims", 1] = K([C("killed", "17", 17, 17, "narrator", "unknown")],
    "Peter Cherif and the January 2015 inquiry: the attacks (Charlie Hebdo, Montrouge, the kosher shop) 'qui ont fait 17 morts' -> killed 17, narrator; journalists, police and customers together -> unknown (seventh-set mixed-toll call); no arrest warrant is no claim")
D["claims", 2] = S("no claim on reading (the jogger recognising 'son agresseur' on TV: no harm word in this paragraph, third-set call; 'l'interpelle' figurative; the accused are judicial)")
D["claims", 3] = S("no claim on reading (vultures and a lost calf and cow: animals)")
D["claims", 4] = S("no claim on reading (Halle: the gunman's video; Christchurch named without outcome)")
D["claims", 5] = K([C("hostage", "", 1, None, "narrator", "civils")],
    "Hyper Cacher trial: the police assault 'met fin à la prise d'otages' -> hostage 1-open by presupposition (sixth-set 'la prise d'otages' call), narrator, customers -> civils; the Kouachi brothers hiding in a printworks and their attack named without outcome are no claims")
D["claims", 6] = K([C("wounded", "209", 209, 209, "gouvernement colombien", "civils"),
                    C("wounded", "194", 194, 194, "gouvernement colombien", "unknown")],
    "Bogota riots: the authorities reported 209 civilians and 194 police and soldiers hurt -> two wounded claims (two listed groups, no total); Colombian authorities -> gouvernement colombien (added, sixth-set state pattern); police and soldiers of a state outside the vocabulary -> unknown (sixth-set call)")
D["claims", 7] = S("no claim on reading (an anti-death-penalty NGO on French convicts in Iraq: judicial)")
D["claims", 8] = S("no claim on reading (32 foiled attacks; the Paris knife attack named without outcome, fresh6 call)")
D["claims", 9] = K([C("killed", "un", 1, 1, "narrator", "unknown"),
                    C("killed", "un", 1, 1, "narrator", "civils"),
                    C("wounded", "un", 1, 1, "narrator", "unknown"),
                    C("killed", "", 1, 1, "narrator", "unknown")],
    "West Bank: an Israeli soldier and a Palestinian teen killed -> two killed 1-1 (listed persons, no total), soldier -> unknown (seventh-set call), teen -> civils; a driver ramming soldiers, 'blessant un' -> wounded 1, unknown; the driver 'abattu' -> killed 1-1, figure '', attacker -> unknown (seventh-set call)")
D["claims", 10] = S("no claim on reading (death sentences in Iraq and 500 foreign IS members sentenced: judicial)")
D["claims", 11] = S("no claim on reading (Abdeslam, 'seul survivant', wanted to die as a martyr: no harm word, fresh7 call; a purpose)")
D["claims", 12] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Strasbourg attacker's elder brother sentenced for threats: the court did not order 'son maintien en détention' -> he was held until then: captured 1-1 (seventh-set release call, eighth-set pretrial detention), narrator; an attacker's relative in custody -> unknown (sixth-set call); the sentence itself stays judicial")
D["claims", 13] = K([C("control", "", 1, 1, "narrator", "unknown")],
    "Yemen: the separatists' 'prise de contrôle' of Aden, recalled -> control 1-1, narrator; the loser, Yemen's government, has no actor id -> unknown (eighth-set call)")
D["claims", 14] = K([C("wounded", "", 1, 1, "narrator", "EI")],
    "An IS fighter's helmet-camera film of a failed assault on a Kurdish position: the man filming was hurt in that fight -> wounded 1-1, figure '' (a definite single victim), narrator; a member of a named group -> EI (DEV victim rule); the images taken from him by the Kurds say nothing of capture")
D["claims", 15] = S("no claim on reading (the Strasbourg attacker's 27 convictions: judicial; the attack named without outcome)")
D["claims", 16] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "'La mort' of a Palestinian shot by Israeli police, recalled before the annexation deadline -> killed 1-1 (tenth-set 'la mort de' call: a death in a conflict, no natural cause), narrator; police call him an attacker, his uncle denies it (lede): with his side disputed -> unknown (new call)")
D["claims", 17] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Strasbourg tribute rally: the presumed attacker 'a été tué' by police after two days of manhunt -> killed 1-1, figure '', narrator, attacker -> unknown (seventh-set call); 'un arrêté' is a decree")
D["claims", 18] = S("no claim on reading (four companions of the Liberation still alive: no harm word)")
D["claims", 19] = K([C("wounded", "", 1, 1, "témoin", "civils")],
    "Oktoberfest 1980 survivor recounting relearning to walk after being badly hurt in the legs -> wounded 1-1, figure ''; he tells of his own wound -> témoin (session-3 / eleventh-set survivor call), civils; the bomb and the blast carry no other outcome here")
D["claims", 20] = K([C("captured", "", 1, 1, "source sécuritaire", "civils")],
    "Mozambique: an anonymous police source tells the AFP the missing journalist 'avait été arrêté' by soldiers -> captured 1-1, anonymous police -> source sécuritaire (sixth-set call), journalist -> civils; his disappearance is only in the lede")
D["claims", 21] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Rhône: the man who drove at a crowd shouting he was a terrorist 'interpellé' by police -> captured 1-1, figure '', narrator, attacker -> unknown (sixth-set call)")
D["claims", 22] = S("no claim on reading (charges of complicity in terrorist crimes at the January 2015 trial: no harm word, judicial)")
D["claims", 23] = S("no claim on reading (a German woman sentenced to death in Iraq: judicial)")
D["claims", 24] = S("no claim on reading (the Pope on Islam and terrorism; the Saint-Etienne-du-Rouvray church attack named without outcome)")
D["claims", 25] = S("no claim on reading (a Libyan sceptic: 'survived bombs', a virus will not kill us: no event)")
D["claims", 26] = S("no claim on reading (terrorism inmates to leave prison in three years: judicial, tenth-set call)")
D["claims", 27] = S("no claim on reading ('contrôle' as a security vetting check)")
D["claims", 28] = K([C("killed", "quatre", 4, 4, "narrator", "unknown")],
    "Paris police HQ: the employee 'a tué quatre' colleagues in a knife rampage -> killed 4, narrator ('périple meurtrier' is the same fact); police staff -> unknown (sixth-set call)")
D["claims", 29] = S("no claim on reading (Covid deaths in Afghanistan: disease)")
D["claims", 30] = S("no claim on reading (Khamenei on 'la libération de la Palestine': not a release of held persons)")
D["claims", 31] = S("no claim on reading (Valls and Estrosi on police numbers; the Nice attack named without outcome)")
D["claims", 32] = K([C("wounded", "Un", 1, 1, "narrator", "civils"),
                     C("wounded", "une", 1, 1, "narrator", "civils"),
                     C("captured", "Deux", 2, 2, "narrator", "unknown")],
    "Paris 2020 cleaver attack, bullet list: a man and a woman hurt -> two wounded 1-1 (listed persons, no total in the harm sentence; the later 'deux journalistes' identifies them without a harm word), journalists -> civils; 'Leur vie n'est pas en danger' per the PM is no denial (tenth-set call) and no harm word; two suspects 'interpellés' -> captured 2, unknown (sixth-set call)")
D["claims", 33] = K([C("captured", "", 5, 5, "narrator", "unknown")],
    "Condé-sur-Sarthe prison attack inquiry: 'ces femmes ont été interpellées' (the five of the previous paragraph) -> captured 5-5, figure '' (fifth-set pronoun call), narrator; inmates' partners held in an attack inquiry -> unknown (sixth-set call); ages are not figures")
D["claims", 34] = S("no claim on reading (a fake report of a nuclear threat and Pakistan's tweet: threats)")
D["claims", 35] = K([C("captured", "environ 200", 160, 240, "narrator", "jihadist"),
                     C("control", "", 1, None, "narrator", "unknown")],
    "French jihadists: France has about 200 adult nationals in camps and prisons 'sous contrôle kurde' -> captured 160-240 (in prisons: held), French IS members held -> jihadist (fresh7/fresh8); the camps and prisons under Kurdish control -> control 1-open, no loser named -> unknown (seventh/eighth-set camp calls); narrator")
D["claims", 36] = K([C("killed", "", 2, None, "personnalité", "civils"),
                     C("killed", "", 1, None, "personnalité", "civils")],
    "Barcelona: a young singer's tweet of thoughts for 'les trop nombreuses victimes' -> killed 2-open ('trop nombreuses' read like 'de nombreux', fourth-set call) and a TV presenter's tweet for 'les victimes' -> killed 1-open (fifth-set quoted-condolences call, DEV 'les victimes' read by the deadly outcome), one per source; entertainers with no office -> kind personnalité (added); a host's memory of a night of horror has no harm word")
D["claims", 37] = K([C("killed", "Un", 1, 1, "responsable local", "civils")],
    "Turkish raids in Iraqi Kurdistan: a local official of a village community, quoted, says a shepherd was killed -> killed 1-1, figure 'Un', responsable local (dense kind), civils; local sources giving the victim's age speak of his age, the death is presupposed -> not a second claim (sixth-set adjunct call, restatement)")
D["claims", 38] = S("no claim on reading (Notre-Dame fire conspiracy theories; 9/11 named without outcome)")
D["claims", 39] = S("no claim on reading (Thalys gunman's statements to the judge: targets, a renounced plan, passengers wanting to disarm him: purpose)")
D["claims", 40] = S("no claim on reading (an accused's health at the January 2015 trial)")
D["claims", 41] = K([C("killed", "84", 84, 84, "narrator", "civils")],
    "Nice: the security row over the evening of the attack 'qui a fait 84 morts' -> killed 84, narrator (relative clause), civils")
D["claims", 42] = K([C("killed", "plus de 190", 191, None, "narrator", "civils"),
                     C("wounded", "6.500", 6500, 6500, "narrator", "civils")],
    "Beirut port blast of 4 August: over 190 dead and 6,500 hurt -> killed 191-open and wounded 6500 ('plus de' on the first number only, ninth-set call), narrator, civils (an accident: killed, DEV)")
D["claims", 43] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "Charlie Hebdo trial and the reprinted cartoons: the January 2015 attacks 'qui avaient décimé la rédaction' -> killed 1-open, figure '' ('décimer' said of people read as killing many, new call), narrator; Charlie Hebdo's dead -> unknown (fourteenth-set mixed-toll call); fourteen accused is judicial")
D["claims", 44] = K([C("wounded", "", 1, None, "responsable politique", "civils"),
                     C("wounded", "", 1, None, "responsable politique", "civils"),
                     C("wounded", "", 1, None, "responsable politique", "civils")],
    "Paris 2020 cleaver attack (two hurt, no dead): a former minister's, the PS leader's and an RN spokesman's own quoted words on 'les victimes' -> three wounded 1-open (tenth-set call: victims of an attack whose victims are only hurt; one claim per source), responsable politique, civils; Le Pen's 'combien de victimes aurait-on évitées' is a counterfactual -> no claim; 'interpeller les coupables' is a purpose")
D["claims", 45] = K([C("control", "", 1, 1, "narrator", "unknown")],
    "Mosul: the biggest city that 'soit tombée dans les mains' of IS -> control 1-1, narrator, loser the Iraqi state -> unknown (twelfth-set Mosul call); the assault 'pour reprendre' the city is a purpose (no claim), air raids have no outcome here")
D["claims", 46] = K([C("wounded", "Un", 1, 1, "gouvernement français", "civils")],
    "Dijon: per the police ('selon la même source'), a pizzeria manager 'grièvement blessé par balles' -> wounded 1-1, figure 'Un'; French police -> gouvernement français (sixth-set call); settling of scores -> civils (eleventh set)")
D["claims", 47] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "West Bank 2015 arson: the 18-month-old baby 'brûlé vif' in his sleep -> killed 1-1, figure '' (a named victim), narrator, civils; the settler's conviction is judicial")
D["claims", 48] = K([C("captured", "", 1, 1, "gouvernement allemand", "civils"),
                     C("captured", "un", 1, 1, "gouvernement allemand", "civils")],
    "Syrian doctor charged in Germany: the federal prosecution, quoted, on the fit of 'le détenu' after torture and 'un codétenu' asking a guard for help -> two held persons, captured 1-1 each (fresh3 'le prisonnier' presupposition; listed persons, no total); a protester held by the regime and his cellmate -> civils; German prosecution -> gouvernement allemand (twelfth-set name); torture and a seizure carry no wound word (eleventh/twelfth-set call)")
D["claims", 49] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Toronto van attack trial: 'Au lendemain de la tuerie' -> killed 1-open, narrator (adjunct; sixth-set 'la tuerie'), pedestrians -> civils; the police's words are about whom he targeted")
D["claims", 50] = K([C("captured", "Deux", 2, 2, "narrator", "unknown")],
    "Madrid: two Spaniards 'arrêtés' for glorifying terrorism -> captured 2, narrator, suspects -> unknown (sixth-set call); police 'ont mis la main sur' a war arsenal hidden in wasteland during searches: found, not said seized or destroyed -> no materiel (eighth-set 'retrouvées' call)")
D["claims", 51] = S("no claim on reading (a retiree tried for hitting neighbours and poisoning cats: beatings with no wound word, thirteenth-set call; an incapacity period is no wound word; animals)")
D["claims", 52] = K([C("control", "", 1, None, "narrator", "EI")],
    "IS school books found by Iraqi soldiers 'en reprenant du territoire à l'EI' -> control 1-open, loser EI (twelfth-set retaking call); the gerund is an adjunct of the journalist's sentence -> narrator (sentence-level rule); the 2014 'proclamation du califat' over large parts of Iraq and Syria has no verb of holding or taking -> no control claim (tenth-set label call)")
D["claims", 53] = K([C("killed", "130", 130, 130, "narrator", "civils"),
                     C("wounded", "des centaines", 200, None, "narrator", "civils")],
    "13 November 2015 recalled: 130 people killed and hundreds hurt -> killed 130 and wounded 200-open ('des centaines' row), narrator, civils (fourteenth set)")
D["claims", 54] = K([C("captured", "", 1, None, "narrator", "jihadist")],
    "LR outcry at a possible return of French jihadists 'détenus par les kurdes en Syrie' -> captured 1-open (plural, no number), narrator (participle), French IS members held -> jihadist (fresh7/fresh8)")
D["claims", 55] = K([C("control", "", 1, None, "expert", "EI"),
                     C("killed", "11.000", 11000, 11000, "expert", "unknown")],
    "Trump and the Kurds: a retired US commander, quoted in a magazine: the SDF 'ont libéré' tens of thousands of km2 from IS -> control 1-open (an area is no count of places), loser EI; the SDF 'ont déploré 11.000 victimes' in the fighting -> killed 11000; a general retired this year speaking for himself -> expert (new call, not a state source); SDF fighters (no actor id) -> unknown (sixth-set call); people 'libéré' from IS's clutches is figurative, no hostage claim; the Kurds 'attaqués' has no outcome")
D["claims", 56] = S("no claim on reading (a firefighter's lawyer: the 13 November attacks named without outcome)")
D["claims", 57] = S("no claim on reading (jihadists' children repatriated as orphans: no harm word, fresh7 call; life sentences judicial; children in Syria not said held)")
D["claims", 58] = K([C("killed", "trois", 3, 3, "gouvernement français", "civils"),
                     C("wounded", "cinq", 5, 5, "gouvernement français", "civils"),
                     C("wounded", "six", 6, 6, "gouvernement français", "civils")],
    "Strasbourg 2018: the prefecture's latest toll, three killed, five badly and six lightly hurt -> killed 3, wounded 5, wounded 6 (two wounded groups, no total); the prefecture -> gouvernement français (sixth-set state pattern); Strasbourg victims -> civils (eighth set)")
D["claims", 59] = S("no claim on reading (an RN leader condemning shootings in Germany: named without outcome)")
D["claims", 60] = S("no claim on reading (an accused taken ill at the January 2015 trial)")
D["claims", 61] = S("no claim on reading (a Chinese bodyguard school)")
D["claims", 62] = K([C("killed", "", 1, 1, "proche de victime", "jihadist"),
                     C("wounded", "", 1, 1, "proche de victime", "jihadist"),
                     C("killed", "", 1, 1, "narrator", "jihadist")],
    "Clain brothers: per Jean-Michel Clain's wife ('assure-t-elle'), a coalition drone strike killed her brother-in-law and badly hurt her husband -> killed 1-1 and wounded 1-1, a relative speaking of them -> proche de victime (dense kind); the next sentence, he died days later in another strike, has no source -> killed 1-1, narrator (seventh-set next-sentence call); her quoted 'on a tué' lines restate the same two deaths (one claim per fact and source); French IS figures -> jihadist (fresh7)")
D["claims", 63] = S("no claim on reading (the Epinal suspect's alleged Islamist ties; the arrest is only in the title)")
D["claims", 64] = K([C("wounded", "", 1, 1, "narrator", "unknown")],
    "Vendin-le-Vieil prison: an inmate attacked three guards with a kitchen knife; 'L'un des surveillants' hospitalised for stitches to the head -> wounded 1-1, figure '' (stitches to a head wound state the harm, as fresh6's 'a reçu quatre balles'), narrator; prison guards, state staff -> unknown (sixth-set call); the attack on the three has no other outcome; 'le détenu' serving time is judicial (thirteenth set)")
D["claims", 65] = S("no claim on reading (Brest prosecutor: the mosque shooting not called an attack; its wounded are only in the lede and previous paragraph)")
D["claims", 66] = S("no claim on reading (Macron's chief of staff heard as an assisted witness; Nice named without outcome; endangering life is a legal notion)")
D["claims", 67] = K([C("killed", "", 1, 1, "narrator", "unknown"),
                     C("wounded", "", 1, 1, "narrator", "unknown")],
    "Villeneuve-Saint-Georges: a man stabbed the two firemen, 'l'un d'eux' died of his wounds, 'l'autre' badly hurt -> killed 1-1 and wounded 1-1, figure '' (definite 'l'un', dense call); the stabbing of the two is the act whose outcome follows, not a third claim (new call); Paris fire brigade men -> unknown (fourteenth-set call)")
D["claims", 68] = S("no claim on reading (French strike on IS tunnels: 'détruire' stated as the aim, a purpose (DEV); the destruction is only in the title)")
D["claims", 69] = S("no claim on reading (a police officer's teammates decorated; a posthumous promotion alone, thirteenth-set call)")
D["claims", 70] = K([C("hostage", "", 1, None, "narrator", "civils"),
                     C("wounded", "", 1, 1, "narrator", "unknown")],
    "Trèbes: the PM's words are on the terrorist nature; the adjunct on the hostage-taking and the riot policeman shot ('à propos de') is the narrator's -> hostage 1-open (sixth-set 'la prise d'otages') and wounded 1-1, figure '' (definite), narrator; a riot policeman -> unknown (sixth set), supermarket hostages -> civils")
D["claims", 71] = K([C("killed", "des dizaines de milliers", 20000, None, "ONG", "unknown")],
    "Yemen: the war's dead put at tens of thousands ('des dizaines de milliers') by various NGOs -> killed 20000-open ('des dizaines' row times a thousand, like 'des milliers' -> 2000: new call); unnamed NGOs -> kind ONG (added); a whole war's toll -> unknown (DEV); displaced and aid-dependent people are no claim type")
D["claims", 72] = K([C("captured", "", 1, 1, "narrator", "jihadist")],
    "13 November: an IS recruit 'avait été arrêté' on his return and held in pretrial detention for four years -> captured 1-1 (arrest and detention one fact, eighth-set call), narrator, French IS recruit -> jihadist (fresh7/fresh8); his sentence is judicial")
D["claims", 73] = K([C("killed", "", 1, None, "gouvernement français", "jihadist", modality="uncertain")],
    "Radicalised ex-soldiers: the armed forces ministry, quoted: 'Une bonne partie serait décédée sur zone' -> killed 1-open, figure '' (no number of the table), uncertain (conditional); a death in the war zone with no natural cause is a killing (fresh2/ninth-set calls); the ministry speaking outside the Sahel operations -> gouvernement français (fourteenth-set call); those 'judiciarisés' is judicial")
D["claims", 74] = K([C("killed", "des centaines", 200, None, "narrator", "unknown"),
                     C("killed", "", 2, None, "narrator", "civils")],
    "Libya's conflict: hundreds dead ('des centaines'), 'dont' many civilians -> killed 200-open as a mixed toll -> unknown, and the 'dont' subset killed 2-open ('de nombreux', fourth-set call), civils; narrator; some 200,000 who fled are displaced, no claim type")
D["claims", 75] = S("no claim on reading (a French jihadist convicted in Iraq: 'battue par mon mari', a beating with no wound word, thirteenth-set call; 'victime' in a figurative sense; her trial is judicial)")
D["claims", 76] = K([C("killed", "quatre", 4, 4, "narrator", "civils"),
                     C("wounded", "une", 1, 1, "narrator", "civils"),
                     C("wounded", "11", 11, 11, "narrator", "civils")],
    "Strasbourg: Vigipirate lowered; the shooting's toll in a relative clause: four dead, one victim brain-dead, 11 hurt -> killed 4, wounded 1 (a brain-dead victim counted apart from the dead, ninth-set call), wounded 11; narrator (relative clause), civils")
D["claims", 77] = K([C("killed", "17", 17, 17, "narrator", "unknown")],
    "January 2015 trial and Molins's interview: 'Des attaques qui ont fait 17 morts' -> killed 17, narrator, mixed toll -> unknown (seventh-set call); the accused tried in absentia is judicial")
D["claims", 78] = S("no claim on reading (Madagascar: kidnappings of the Indo-Pakistani community 'monnaie courante' and ransoms: habits, third/fourth-set call; the teen's kidnapping is only in the lede)")
D["claims", 79] = K([C("control", "", 1, 1, "narrator", "unknown")],
    "Afghanistan: since their fall the Taliban retook control ('repris le contrôle') of a vast part of Afghanistan -> control 1-1 (one large area, figure ''), narrator; the loser, the Afghan state, has no actor id -> unknown (eighth-set call)")
D["claims", 80] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Abdeslam spoke once 'dans la foulée de son arrestation' -> captured 1-1, narrator (adjunct), attacker -> unknown (thirteenth-set call); the Brussels shootout is named without outcome here")

# ---- numbers pool ----
D["numbers", 0] = N("Chirac's death, reactions: a former Assembly speaker on his friend's several sides; a natural death (DEV), no harm")
D["numbers", 1] = N("Beirut: the port disaster as 'la tragédie' that revived a 2019 protest movement; no harm word (third-set 'le drame' call)")
D["numbers", 2] = N("Réunion: a heading on a network dismantled in 2015; no arrest or harm word")
D["numbers", 3] = N("Afghan mega-weddings: guests by the thousands; no harm")
D["numbers", 4] = S("only number in a name (Europe 1); the Bataclan and Orlando named without outcome")
D["numbers", 5] = S("holds a claim: per a families' collective, some 300 children of French jihadists 'retenus' in Syrian camps (held persons -> captured, sixth-set call)")
D["numbers", 6] = N("Lebanon's crisis: a Sudanese worker aged 27 who can barely eat; no harm")
D["numbers", 7] = S("holds a claim: 'attaques terroristes sanglantes' faced by the Paris prosecutor ('sanglant' read as 'meurtrier', seventh-set numbers-pool call)")
D["numbers", 8] = S("only number in a name (a unit, the 1er régiment d'artillerie); WWII campaigns without outcome")
D["numbers", 9] = N("Barcelona: metro stations closed, a manhunt, two men sought per BFM TV and a suspect holed up per a police source; no harm or arrest")
D["numbers", 10] = N("Viry-Châtillon: a stolen van rammed into a CCTV camera and set on fire on 24 September; civil property is no equipment (ninth-set call)")
D["numbers", 11] = N("Macron's Panthéon speech: a government seminar on 9 September; no harm")
D["numbers", 12] = N("Macron on Hezbollah, 1 September: a plea on not condemning it; no harm")
D["numbers", 13] = N("Pompeo's wife on trips since early 2019; no harm")
D["numbers", 14] = N("North Sinai: Bedouin masks of two layers; no harm")
D["numbers", 15] = N("Quebec mosque: two masked gunmen open fire on worshippers, several dozen present; a shooting with no outcome in the paragraph (sixth-set call), a crowd size")
D["numbers", 16] = N("Syrian hydroxychloroquine maker licensed since 2016; no harm")
D["numbers", 17] = N("Yemen: over 30 UN programmes may close for lack of funds; no harm")
D["numbers", 18] = N("Charles-de-Gaulle carrier group at sea since 21 January, Chammal operations named without outcome; no harm")
