"""Hand annotations of the forty-third fresh set, the eighteenth drawn from
the second-generation pools (claims2 / numbers2: general news), drawn alone
(seed 5301; sets 26 to 42 already in benches/sets, ordinary exclusions), and
the decision for every rank read (strictly in draw order). Notes are my own
words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"gouvernement saoudien"}

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading (a yellow vest 'a interpellé' the President: other sense)")
D["claims2", 1] = K([C("captured", "", 1, 1, "média", "unknown")],
    "Dieudonné 'a été arrêté' at night and put 'en garde à vue' for driving without a licence, a sentence ending 'a rapporté BFMTV' -> captured 1-1, figure '' (named; arrest and custody are one fact), média (the whole sentence under the outlet, dense exception, as set 42's Trierweiler row), a suspect -> unknown (arrested suspects call); custody is more than a road check (twenty-sixth-set call)")
D["claims2", 2] = S("no claim on reading (rain 'tombées' over 24 hours, rivers watched: other sense, no harm)")
D["claims2", 3] = K([C("captured", "plusieurs", 2, None, "narrator", "unknown")],
    "Extinction Rebellion stunt against police violence outside the interior ministry: 'plusieurs d'entre eux ont été interpellés', seen by an AFP journalist -> captured 2-open (the 'plusieurs' row), narrator (AFP voice: 'a constaté' a journalist of the agency, DEV/sixth-set call), arrested activists -> unknown (the later sets' arrested protesters in France, e.g. set 36's Lyon row); the thirty activists are a head count")
D["claims2", 4] = S("no claim on reading (a union's 'on tue Noël': figurative)")
D["claims2", 5] = K([C("captured", "cinq", 5, 5, "narrator", "civils")],
    "Aulnay-sous-Bois: the families of 'cinq adolescents, interpellés' by police file a complaint -> captured 5 (the participle, narrator), minors aged 10 to 15 -> civils (arrested minors call); one says he was hit several times during his arrest: a beating with no wound word -> no claim (thirteenth-set call), and his arrest is inside the five")
D["claims2", 6] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Columbus statues pulled down in the protests set off by 'la mort de George Floyd' -> killed 1-1, figure '' (named), narrator, civils (deaths at police hands, twenty-sixth-set call); statues toppled or vandalised are property, no claim")
D["claims2", 7] = S("no claim on reading ('à cinq reprises' at Le Mans: other sense)")
D["claims2", 8] = S("no claim on reading (a guard on 'personnes détenues pendant des années': prisoners serving sentences, judicial (earlier calls); his wife's death is in the title only)")
D["claims2", 9] = K([C("killed", "10.000", 10000, 10000, "narrator", "civils")],
    "Cyclones: in 1999 '10.000 personnes avaient péri' in a cyclone in Odisha -> killed 10,000, narrator, disaster deaths (DEV) -> civils; the 1970 toll is in the previous paragraph")
D["claims2", 10] = K([C("missing", "six", 6, 6, "proche de victime", "civils"),
                     C("missing", "", 8, 8, "gouvernement suisse", "civils")],
    "Swiss mudslide: of the eight people, 'six ont été signalées' to the police by their relatives as 'portées disparues' -> missing 6, the relatives who reported them -> proche de victime (set 33's husband reporting his wife gone: the innermost speaker); a police spokesman quoted by Blick hopes bad phone coverage is why they could not reach 'les personnes disparues' -> missing 8-8, figure '' (an anaphor of the eight named in the same paragraph, eleventh-set anaphor call), the cantonal police -> gouvernement suisse (twenty-fourth-set name; innermost source), hikers -> civils")
D["claims2", 11] = S("no claim on reading ('une perte de compétences' at the tax office: other sense)")
D["claims2", 12] = S("no claim on reading (a footballer 'décédé' in March, natural death; 'qui nous tue': figurative)")
D["claims2", 13] = S("no claim on reading (twin sisters trip and fall with no wound word (set 27's fall call); their natural deaths are in the title and lede)")
D["claims2", 14] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Macron asked the justice minister to look at the file of 'du décès en 2016 d'Adama Traoré' during an arrest -> killed 1-1, figure '' (named), narrator (a death named inside the narration of the President's request, set 41's Steve Maia Caniço call), civils (deaths at police hands; the arrest is the circumstance, no captured claim)")
D["claims2", 15] = S("no claim on reading (a young MP in trousers 'est arrêtée' by an usher at the door in 1972: stopped, other sense)")
D["claims2", 16] = S("no claim on reading (a widow's pension since 'la mort de son mari': no cause told, a natural death)")
D["claims2", 17] = K([C("captured", "deux", 2, 2, "média", "unknown"),
                     C("captured", "une", 1, 1, "média", "unknown"),
                     C("hostage", "une", 1, 1, "média", "civils")],
    "Epinal: police 'a interpellé' 'deux hommes et une femme' for having abducted, confined and forced into prostitution 'une jeune femme de 19 ans', a sentence ending with two papers as sources -> captured 2 and captured 1 (listed groups with no total, DEV rule, as sets 37 and 39), suspects -> unknown; the abduction and confinement are stated as the grounds of the arrest -> hostage 1-1, figure 'une' (seventeenth-set suspected-kidnapping call: the suspicion bears on who), civils; all média (the whole sentence under the outlets, dense exception); forced prostitution is a sexual offence, no claim type")
D["claims2", 18] = S("no claim on reading (two seals shot or asphyxiated: animals)")
D["claims2", 19] = S("no claim on reading (a former President 'sur son lit de mort': natural death)")
D["claims2", 20] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "An undercover journalist tells of a police officer slapping and punching a teenager during a check; the next sentence, with no source, says 'la gravité des blessures' of the young man is not detailed -> wounded 1-1, figure '' (definite), narrator (attribution follows the sentence, seventh-set call; a reviewer could give it to the journalist as témoin), harm at police hands -> civils; taken to the station for an identity check -> no captured claim (twenty-seventh/twenty-ninth-set check calls); the slaps alone have no wound word")
D["claims2", 21] = S("no claim on reading (police wish to use face recognition for kidnappings, murderers and disappearances: generic categories, no event)")
D["claims2", 22] = K([C("killed", "", 1, 1, "gouvernement américain", "civils"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Atlanta: US justice set bail for a former officer 'inculpé de meurtre' for having shot dead ('abattu') Rayshard Brooks during an arrest -> killed 1-1, figure '' (named), the murder charge -> gouvernement américain (set 41's Chauvin charge, set 35's US charge), civils (deaths at police hands; the arrest of Brooks is the circumstance, no captured claim); the bail set for the officer presupposes that he is held -> captured 1-1, narrator (sixteenth-set 'maintien en détention' call, set 26's release on bail), an accused -> unknown. A reviewer could call the bail judicial")
D["claims2", 23] = K([C("missing", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Loire: Alexandra Durand 'était portée disparue' for days and was sought by the gendarmes -> missing 1-1, figure '' (named), narrator; then 'le corps sans vie' was found by walkers, causes of death unknown -> killed 1-1 (a body found, DEV body rule), narrator; civils. The unexplained disappearance is told as an event beside the death, as set 39's Rambouillet and Angélique rows (twenty-sixth-set call); sets 28, 40 and 42 kept killed only for accidental deaths (a drowning, a flood, a shark), and no accident is told here; a reviewer could keep killed only. Le Progrès is cited for the search notice only (no harm word there)")
D["claims2", 24] = K([C("killed", "plusieurs", 2, None, "narrator", "civils")],
    "Apple's gun emoji: the debate after the Orlando club shooting and 'la mort de plusieurs Afro-Américains' during their arrest by police -> killed 2-open (the 'plusieurs' row), narrator, civils (deaths at police hands; the arrest is the circumstance); the Orlando shooting is named with no outcome -> no claim")
D["claims2", 25] = S("no claim on reading (decapitated seals: animals)")
D["claims2", 26] = K([C("killed", "quatre", 4, 4, "narrator", "civils"),
                     C("killed", "deux", 2, 2, "narrator", "civils"),
                     C("killed", "deux", 2, 2, "narrator", "civils"),
                     C("killed", "trois", 3, 3, "narrator", "civils"),
                     C("killed", "un", 1, 1, "narrator", "civils")],
    "Earlier canyon accidents, after a Corsican flood: in 2010 a drama at Salazie 'avait fait quatre victimes', two women and two men -> killed 4 (dead victims: the next sentence's 'aussi perdu la vie' makes them dead; DEV 'les victimes' read by the deadly outcome) and the parts killed 2 and killed 2 (third-set 'four men and four women' call); in 2011 'trois personnes, dont un guide professionnel' lost their lives in Savoie -> killed 3 and the subset killed 1, figure 'un' (DEV subset rule); narrator, accidents (DEV) -> civils")
D["claims2", 27] = S("no claim on reading (an actress on living without fear of attacks: no event)")
D["claims2", 28] = S("no claim on reading (an actress's career, a film title with 'tuer'; her death of a long illness is in the title and lede)")
D["claims2", 29] = S("no claim on reading (Naomi Musenga's death of organ failure of unknown origin: no accidental cause told (set 36's Musenga rows))")
D["claims2", 30] = S("no claim on reading (a scientist says a politician never attended the Arctic council's meetings: no harm)")
D["claims2", 31] = S("no claim on reading (Vincent Lambert's death after feeding was stopped: twenty-sixth-set end-of-life call, as sets 38 and 42)")
D["claims2", 32] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Portland: BLM leaders want to go back to the demands for racial justice raised after 'la mort de George Floyd', who died after his arrest -> killed 1-1, figure '' (named), narrator (a time adjunct and an apposition inside their view, adjunct call), civils (deaths at police hands; the arrest is the circumstance)")
D["claims2", 33] = K([C("killed", "un", 1, 1, "narrator", "unknown")],
    "Malaysia, the search for Nora Quoirin: after reports of 'la découverte d'un corps', police cars headed to a nearby area -> killed 1-1, figure 'un' (the indefinite before the noun, DEV; a body found, DEV body rule, as set 37's Mulhouse body with no cause), narrator, not yet identified in the paragraph -> unknown; the search itself has no harm word here (her disappearance is in the previous paragraph), no missing claim")
D["claims2", 34] = S("no claim on reading (an association counts 53 case files to check for Lelandais: the only harm word is inside the association's name (DEV 'M5' rule read for words); what the files are is in the title; a reviewer could write missing 53)")
D["claims2", 35] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("killed", "", 1, 1, "expert", "civils")],
    "Val-d'Oise night bus: the driver, identified, 'a été placé en garde à vue' -> captured 1-1, figure '' (definite), narrator, a suspect -> unknown; the Pontoise prosecutor, quoted via Le Parisien, says the autopsy of 'la victime' showed the death came from asphyxia -> killed 1-1, figure '' (definite), the autopsy is the subject of the finding -> expert (innermost source, dense rule; earlier autopsy rows such as set 42's Lyon row; a reviewer could credit the prosecutor, gouvernement français), a homeless man -> civils")
D["claims2", 36] = K([C("captured", "Neuf", 9, 9, "gouvernement français", "unknown"),
                     C("captured", "six", 6, 6, "gouvernement français", "unknown"),
                     C("captured", "une", 1, 1, "gouvernement français", "unknown"),
                     C("captured", "deux", 2, 2, "gouvernement français", "unknown")],
    "Paris feminist march: 'Neuf personnes ont été interpellées', per the police prefecture, then broken down by grounds, six, one and two -> captured 9 and the parts 6, 1 and 2 (DEV subset rule; thirtieth-set toll broken down by place), the whole sentence under the prefecture -> gouvernement français (earlier prefecture rows), arrested protesters -> unknown (earlier arrests of protesters in France)")
D["claims2", 37] = S("no claim on reading (girls deny they were assaulted, only harassed: no wound word, an assault denied with no harm claimed; the beating of the young man is in the lede only)")
D["claims2", 38] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Marion Maréchal accuses the government of tolerating protests held after 'la mort' of George Floyd and of Adama Traoré -> killed 1-1 and killed 1-1 (two named persons, no total, DEV), figure '' each; a time adjunct inside her reported accusation, whose words are about the government -> narrator (adjunct call); civils (deaths at police hands)")
D["claims2", 39] = S("no claim on reading (a girl 'menacée de mort' on social networks: threats)")
D["claims2", 40] = S("no claim on reading (insects, 'une perte de la capacité' of orientation: other sense, animals)")
D["claims2", 41] = K([C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Rennes: the mother had already been convicted in the 1980s for having killed ('pour avoir tué') her first child at birth with over a hundred knife blows -> killed 1-1, figure '' (definite; the hundred counts blows), the conviction told in the narration -> the court, gouvernement français (set 39's conviction call), a newborn -> civils; the sentence itself is judicial")
D["claims2", 42] = S("no claim on reading ('la disparition des glaciers': other sense)")
D["claims2", 43] = S("no claim on reading (a TV host's tribute to her sister, 'Une disparition tragique': no cause told in the paragraph, the suicide is in the lede only (set 38's context-line rule, set 41's Nora Quoirin row); a reviewer could write killed 1-1)")
D["claims2", 44] = S("no claim on reading (Salvini: the ship's crew 'devra' be arrested: a demand, DEV purpose rule)")
D["claims2", 45] = S("no claim on reading (a senator on the interior minister as 'un monstre froid' who takes things 'à bras le corps': figurative)")
D["claims2", 46] = S("no claim on reading (an actress cheering a convict's helicopter escape from prison: escaped prisoners are judicial (ninth-set call, set 27's Irma row); the armed commando hurt no one here)")
D["claims2", 47] = S("no claim on reading (a model 'qui détruit nos paysans': figurative)")
D["claims2", 48] = K([C("missing", "trois", 3, 3, "narrator", "civils")],
    "Channel, a light aircraft lost with a footballer aboard: a rescue operation searched for the small plane 'et de ses trois occupants', in vain, and the search resumed the next morning -> missing 3 (a search that found no one states the disappearance, as the fifth set's three people with no sign of life who were being searched for; a reviewer could call it no claim for want of 'disparu' in the paragraph), narrator, civils; a civil aircraft -> no materiel (ninth-set call)")
D["claims2", 49] = S("no claim on reading (a child's bowel and behaviour troubles after long antibiotic use: a medical harm, no wound word)")
D["claims2", 50] = S("no claim on reading (two men sentenced, barred from contact with 'les victimes': victims as parties, judicial; the abduction is in the title and lede only)")
D["claims2", 51] = S("no claim on reading ('La mort' of Johnny Hallyday: natural death)")
D["claims2", 52] = K([C("killed", "", 1, 1, "gouvernement saoudien", "civils")],
    "Khashoggi: after a trial in Saudi Arabia, five Saudis were sentenced to death and three to prison terms 'pour l'assassinat' -> killed 1-1, figure '' (the named journalist of the article), the conviction told in the narration -> the Saudi court -> gouvernement saoudien (added; sixth-set state pattern, set 39's conviction call), a journalist -> civils; the death and prison sentences are judicial, and the eleven 'inculpées' are a judicial status")
D["claims2", 53] = S("no claim on reading (lines of a tax notice 'ont disparu': other sense)")
D["claims2", 54] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Sotteville-lès-Rouen knife fight: the two men were taken to hospital, per a news site (no wound word in the paragraph: eighth-set hospital-condition call; the two wounded are in the lede); 'La femme' of 41 'a été interpellée' for public drunkenness -> captured 1-1, figure '' (definite), narrator (the site is credited for the hospital sentence only: attribution follows the sentence), a suspect -> unknown; an inquiry for armed violence names no wound (set 38's 'violence en réunion' call)")
D["claims2", 55] = S("no claim on reading ('l'agression de trois surveillants' by an inmate: an assault with no wound word (set 39's 'Agressée' call); 'une vague de révolte s'est emparée': other sense)")
D["claims2", 56] = K([C("wounded", "Sept", 7, 7, "narrator", "civils"),
                     C("wounded", "quatre", 4, 4, "narrator", "civils"),
                     C("wounded", "deux", 2, 2, "narrator", "civils"),
                     C("wounded", "un", 1, 1, "narrator", "civils"),
                     C("wounded", "un", 1, 1, "narrator", "civils"),
                     C("wounded", "Trois", 3, 3, "narrator", "civils"),
                     C("wounded", "un", 1, 1, "narrator", "civils")],
    "Paris canal knife attack: seven people hurt ('Sept ... blessées'), 'dont quatre' badly -> wounded 7 and the subset 4 (DEV subset rule); 'Parmi elles' two English tourists, an Egyptian tourist and a young local -> wounded 2, 1 and 1 (numbered parts under a partitive, eleventh-set partitive call); three still in hospital, 'dont un' in a critical state -> wounded 3 and 1 (twentieth-set hospital states as parts of a stated wounded total); narrator, passers-by -> civils")
D["claims2", 57] = K([C("killed", "trois", 3, 3, "narrator", "civils"),
                     C("missing", "", 1, 1, "narrator", "civils")],
    "Vendée coast: the three sea rescuers 'sont morts' after their boat capsized in a storm -> killed 3 (an accident at sea, DEV), narrator, volunteer sea rescuers -> civils (twenty-eighth-set civilian rescuer call); the fishing boat 'dont le marin est porté disparu' -> missing 1-1, figure '' (definite), narrator (a relative clause), civils; their lifeboat overturned is civilian property, no materiel")
D["claims2", 58] = S("no claim on reading (an MP 'a interpellé ses pairs': other sense)")
D["claims2", 59] = S("near-copy of a paragraph already kept in this set: it shares a 10-word run with rank 6 (the wire formula on statues pulled down after Floyd's death), found by build.py; no two kept paragraphs may share one (third-set rule), so the later row is skipped (it would hold killed 1-1, narrator, civils)")
D["claims2", 60] = S("no claim on reading (an arsenal 'détenu illégalement' found by gendarmes in a search: weapons merely found, no materiel (eighth-set and set 38 calls); the man's arrest is in the previous paragraph only)")
D["claims2", 61] = S("no claim on reading (hotels working 'à perte': other sense)")
D["claims2", 62] = S("no claim on reading (the State 'contrôle' 72% of a firm: other sense)")
D["claims2", 63] = S("no claim on reading (a car's 0-100 km/h time 'abattu': other sense)")
D["claims2", 64] = S("no claim on reading (time 's'est arrêté' for the 228 families of a flight's passengers: other sense, no harm word for the crash, which is in the lede)")
D["claims2", 65] = K([C("captured", "", 1, 1, "source sécuritaire", "unknown")],
    "Thailand: a laundering gang was run from a prison by a named woman 'déjà détenue' for drug trafficking, a sentence put under police sources cited by the AFP -> captured 1-1, figure '' (named; 'détenue' states she is held, dense held-persons rule; no sentence is told, so the prisoner-serving-a-sentence call does not apply; a reviewer could call her a convict, no claim), anonymous police -> source sécuritaire (the apposition inside a sentence put under the source, dense exception), a suspect -> unknown; the network 'fait tomber' by police has no arrest word or count -> no claim")
D["claims2", 66] = K([C("killed", "un", 1, 1, "narrator", "civils"),
                     C("wounded", "", 1, 1, "narrator", "civils")],
    "Haute-Savoie avalanches: at Vallorcine 'un autre skieur a été tué' in a second avalanche (revived, then dead in hospital: one death) -> killed 1-1, figure 'un' (the indefinite before the noun, DEV); a further slide carried off three skiers, two survived and 'le troisième est gravement blessé' -> wounded 1-1, figure '' (definite); 'emporté' and 'survécu' state no harm; narrator, skiers in accidents (DEV) -> civils")
D["claims2", 67] = K([C("wounded", "", 1, 1, "narrator", "civils"),
                     C("wounded", "", 1, 1, "narrator", "civils")],
    "Jérôme Rodrigues 'a été blessé à l'œil droit' at a Paris protest -> wounded 1-1, figure '' (named), narrator (BFMTV and police sources are credited in the previous paragraph for the incident only; attribution follows the sentence); the eye where he 'avait été éborgné' by a rubber bullet in January 2019 -> a second, earlier wound, wounded 1-1 (a bodily wound without 'blessé', fifteenth-set call), narrator; a protester hurt at police hands -> civils")
D["claims2", 68] = S("no claim on reading (a comedian's father 'mort de vieillesse': natural death)")
D["claims2", 69] = S("no claim on reading ('femmes victimes de violence' housed by a football club: generic victims, no event (set 40's domestic-violence row))")
D["claims2", 70] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Louisville: protesters want justice for the young hospital worker 'tuée à son domicile par la police' (Breonna Taylor) -> killed 1-1, figure '' (definite), narrator (a participle), civils (deaths at police hands)")
D["claims2", 71] = S("no claim on reading ('Disparu depuis des écrans radars': figurative)")
D["claims2", 72] = K([C("killed", "un", 1, 1, "narrator", "civils"),
                     C("wounded", "une", 1, 1, "narrator", "civils")],
    "Grenoble: a week after 'le décès d'un premier jeune homme', stabbed outside a nightclub, 'une autre victime a été grièvement blessée' -> killed 1-1, figure 'un' (the indefinite before the ordinal and noun, twenty-second-set ordinal call) and wounded 1-1, figure 'une'; narrator, civils")
D["claims2", 73] = S("no claim on reading ('les corps intermédiaires': other sense)")
D["claims2", 74] = S("no claim on reading (prison staff 'a repris le contrôle de la situation': other sense, no place held)")
D["claims2", 75] = K([C("wounded", "une", 1, 1, "narrator", "civils")],
    "Paris butcher's queue: a customer grabbed a skewer and chased 'une autre personne', striking several blows to the chest with it -> wounded 1-1, figure 'une' (the indefinite before the noun, DEV): blows with a pointed weapon on the torso read as a stabbing, a wound without 'blessé' (fifteenth/sixteenth-set calls, set 42's canteen stabbing); a reviewer could follow the beatings call (no wound word); narrator (France Bleu is credited in the lede only), civils")
D["claims2", 76] = K([C("wounded", "Un", 1, 1, "média", "unknown")],
    "Paris XVIe: 'Un policier' hurt ('blessé') in the head by a street seller, a sentence ending 'a rapporté Le Parisien' -> wounded 1-1, figure 'Un', média (the whole sentence under the outlet, dense exception), a police officer -> unknown (sixth-set call)")
D["claims2", 77] = K([C("killed", "au moins quatre", 4, None, "narrator", "civils")],
    "Floods: in the South-East the storms 'a fait au moins quatre morts' -> killed 4-open (the 'au moins' row), narrator, disaster deaths (DEV) -> civils")
D["claims2", 78] = S("no claim on reading (a poll on prisons and 'les détenus': prisoners serving sentences, opinions)")
D["claims2", 79] = S("no claim on reading ('l'angle du contrôle' in an album: other sense)")
D["claims2", 80] = S("no claim on reading (a quarter of female students 'victimes' of an unwanted sexual act: sexual offences, no claim type)")
D["claims2", 81] = K([C("captured", "", 2, 2, "narrator", "unknown")],
    "Grégory case timeline, revived in mid-June by 'l'arrestation du couple Jacob' -> captured 2-2, figure '' (a couple is two people, thirty-first-set 'Un couple' call), narrator, suspects -> unknown; 'énigmes criminelles' states no harm")
D["claims2", 82] = S("no claim on reading (a cancer that 'avait disparu', regular 'contrôles': illness, other senses)")
D["claims2", 83] = S("no claim on reading (Mirepoix bridge collapse: the lorry that plunged into the river, a past 'contrôle' of the bridge; no harm to anyone told in the paragraph, the bodies are in the title and lede)")
D["claims2", 84] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Villejuif: a suspected dealer with diplomatic immunity had insulted and threatened police 'mais il avait été libéré' -> captured 1-1, figure '' (a release presupposes being held, seventh-set release call), narrator (Le Parisien is credited for the next sentence only), a suspect -> unknown; his removal to Cameroon is an expulsion, no claim (nineteenth-set call)")
D["claims2", 85] = K([C("captured", "", 1, None, "média", "unknown"),
                     C("killed", "", 1, 1, "média", "civils")],
    "Paris XIXe stabbing: 'Toujours selon le Parisien', the friends of 'la victime', aged 19 to 23, were put in custody to check their statements -> captured 1-open (plural with no number in the paragraph; their three is in the previous one), people in custody -> unknown (earlier custody rows; a reviewer could write civils, since they are held to check their statements); 'la victime', the young man stabbed to death in the story -> killed 1-1, figure '' (DEV 'la victime' read by the deadly outcome), civils; both média (the whole sentence put under the daily, dense exception, as set 42's boxer row); the flat's occupants gone are no claim")
D["claims2", 86] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "The White House denies that Trump called 'losers' the US soldiers 'morts pendant la Première Guerre mondiale' -> killed 1-open (war dead, plural with no number; set 39's First World War soldiers), the participle is the narrator's inside the content of the denial (adjunct call), soldiers outside the Sahel forces -> unknown; the denial bears on the insult, not on the deaths (DEV denial-of-how rule), so asserted")
D["claims2", 87] = K([C("killed", "Un", 1, 1, "média", "civils"),
                     C("wounded", "cinq", 5, 5, "média", "civils"),
                     C("wounded", "une", 1, 1, "média", "civils")],
    "Dugny block fire: a man dead ('Un homme est décédé'), five people hurt ('cinq ... blessées') and one of them badly ('dont une'), a sentence ending 'selon une information de France Bleu' -> killed 1-1 (figure 'Un'), wounded 5 and the subset wounded 1 (DEV subset rule), média (the whole sentence under the outlet), residents in an accidental fire (DEV) -> civils")
D["claims2", 88] = K([C("killed", "", 1, None, "narrator", "civils")],
    "French navy: a helicopter carrier heading to Beirut with aid after 'l'explosion meurtrière du 4 août' -> killed 1-open (the 'meurtrier' adjective of an accidental blast, sixth-set call, as set 16's Beirut row), narrator (a relative clause), civils")
D["claims2", 89] = S("no claim on reading ('une perte' of 300 to 400 car sales: other sense)")
D["claims2", 90] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Lot-et-Garonne: a car driver reportedly shouted before stabbing the farmer ('un coup de couteau'); the farmer, 'grièvement blessé' in the arm, was taken to hospital -> wounded 1-1, figure '' (definite; the stab is the act and the wound its outcome, one fact: fifteenth-set act-and-outcome call), narrator (Le Parisien is credited for the quarrel's motive in an earlier sentence only; the conditional bears on the shout), a farmer -> civils")
D["claims2", 91] = K([C("killed", "", 1, 1, "gouvernement français", "civils"),
                     C("hostage", "", 1, 1, "gouvernement français", "civils"),
                     C("missing", "", 1, 1, "assaillant", "civils")],
    "Maëlys: Lelandais, charged ('mise en examen') with 'enlèvement et séquestration' and 'meurtre' -> killed 1-1 and hostage 1-1 by the judges' charge, gouvernement français (session-5 charge call, as sets 26, 34 and 40's charges); he keeps denying any part in 'la disparition de la petite Maëlys' -> missing 1-1, the suspect is the subject of the denial -> assaillant, asserted (set 39's call on the same suspect and child: his denial bears on his role, not the harm); civils")
D["claims2", 92] = S("no claim on reading ('à chaque reprise': other sense)")
D["claims2", 93] = S("no claim on reading (a radio may 'arrête' a show: other sense)")
D["claims2", 94] = S("no claim on reading (thieves 's'en étaient emparés', a Banksy cut from a door: property; the arrests are in the title and lede)")
D["claims2", 95] = K([C("killed", "", 117, 117, "responsable politique", "civils")],
    "An MP counting femicides in the Assembly, quoted: counting up to 'la 117e morte' reminds us of the urgency -> killed 117-117, figure '' (the verb 'compter jusqu'à' makes the ordinal a count of the year's dead women, as the yearly femicide counts of sets 41 and 42; build.py parses no '117e'); a reviewer could follow set 42's 'Neuvième mort' ordinal call (1-1); a national MP -> responsable politique (DEV kind), women killed by partners -> civils")
D["claims2", 96] = S("no claim on reading (a mayor's 'Il faut que ça s'arrête': other sense; the riots' damage is property)")
D["claims2", 97] = S("no claim on reading ('la Libération de Paris' filmed in 1944: a descriptor, not an event told (twenty-sixth-set 'un Paris libéré' call, thirtieth-set Orleans row))")
D["claims2", 98] = S("no claim on reading (penalties of a security law, 'emprisonnement': judicial)")
D["claims2", 99] = S("no claim on reading ('la disparition de la maternelle', a rumour: other sense)")
D["claims2", 100] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Maëlys: five months after 'la disparition de Maëlys' at a wedding, her mother makes a new appeal -> missing 1-1, figure '' (named; twenty-sixth-set call, as set 35's Maëlys rows), narrator (a time adjunct), civils")
D["claims2", 101] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Parkland: the sheriff, quoted against arming teachers, went to 'le lieu du carnage' committed a week earlier by a gunman of 19 -> killed 1-open (a killing noun, no number; nineteenth-set 'ce carnage' call), narrator (a relative clause after his name, dense rule), pupils and staff -> civils; 'rescapés' is no claim (earlier survivors call)")
D["claims2", 102] = K([C("killed", "quatre", 4, 4, "assaillant", "civils"),
                      C("hostage", "quatre", 4, 4, "assaillant", "civils")],
    "Dutroux, per his lawyer, acknowledges his full responsibility in 'la mort des quatre filles' whom he confined ('séquestrées') and murdered -> killed 4 and hostage 4 (the confinement is a held-civilians claim of its own type, as set 32's Dutroux 'enlèvements' row), the innermost speaker is the killer acknowledging his acts -> assaillant (session-3 confession call; a reviewer could credit the lawyer, avocat); the relative clause sits inside the sentence put under the source (dense exception); civils")

D["claims2", 103] = S("no claim on reading (a mother says her son was 'supprimé' after his treatment was stopped: twenty-sixth-set end-of-life call, as rank 31; 'mort cérébrale' is negated)")
D["claims2", 104] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("wounded", "", 1, 1, "narrator", "civils")],
    "Portland: daily protests since 'la mort de George Floyd', a black man 'mort asphyxié' under a white officer's knee -> killed 1-1, figure '' (named; one death, one source), narrator, civils (deaths at police hands); Jacob Blake, badly hurt ('grièvement blessé') by police shots -> wounded 1-1, figure '' (named), narrator, civils (harm at police hands)")

# ---- claims2: rank 102 was first counted as the 45th paragraph with a claim;
# build.py then found that rank 59 shares a 10-word run with rank 6, so rank 59
# was skipped and reading went on: ranks 103-104 (on screen already, batch
# 90-104) were decided then, and rank 104 is the 45th. No row past 104 was shown.

# ---- numbers2 pool ----
D["numbers2", 0] = N("a comedian's last afternoon with a singer who has since died: 'deux-trois' jokes told from a car; no harm word")
D["numbers2", 1] = N("a singer at a funeral, close to the dead man since he was 21, 'je perds un père' (a natural death, a figurative father)")
D["numbers2", 2] = N("a private arbitration of 2007 and an award of 403 million euros in 2008, 45 million for moral damage")
D["numbers2", 3] = N("a motor race's organisers open car parks at 6.30 instead of 8")
D["numbers2", 4] = N("a party's former number two ousted from a property group's chair, hired in mid-March (a rank, as set 36's party number two)")
D["numbers2", 5] = N("a heading: at most 15 ministers and fewer members of Parliament")
D["numbers2", 6] = N("speeding motorcyclists and a driver stopped by gendarmes at 238, 195 and 196 km/h, a licence and a bike taken, a court to come: a road check and judicial matters, no harm")
D["numbers2", 7] = N("weather: light frosts, -1 to -2 degrees inland, 4 to 6 on the coasts")
D["numbers2", 8] = N("carbon wheels 15 kg lighter, a week of work by two technicians each")
D["numbers2", 9] = N("a lawyer on an old complaint against a minister, ten years on; sexual offences are no claim type")
D["numbers2", 10] = N("a poll: 25% think efforts are fairly shared, against 41% and 31% under earlier governments")
D["numbers2", 11] = N("a national debate from 15 January to 15 March, a summary in mid-April")
D["numbers2", 12] = N("a town dismisses two leisure-centre staff and suspends the director after a boy of three was left in a forest; no harm told here")
D["numbers2", 13] = N("a minister heard by a parliamentary inquiry on Monday 23 July")
D["numbers2", 14] = N("a former President's family buys their house for about 8.1 million dollars, 800 square metres rented for 20,000 euros a month")

# ---- numbers2: the 15th paragraph with no claim is rank 14, the last row of its
# batch (0-14), so no row past the stop was on screen.
