"""Hand annotations of the fifty-third fresh set, the twenty-eighth drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 6301; sets 26 to 52 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = set()

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading (an actor warns that slogans 'peut tuer': figurative)")
D["claims2", 1] = K([C("wounded", "un", 1, 1, "narrator", "civils"),
                     C("wounded", "", 1, 1, "témoin", "civils")],
    "Rennes, loi Travail protest: a 20-year-old geography student 'a définitivement perdu l'usage' of his left eye -> wounded 1-1, figure 'un' (DEV indefinite row, 'un manifestant'), narrator, civils (earlier lost-eye rows: Rodrigues, Philippot's eye losses); several students say he was 'victime d'un tir' of a rubber-bullet launcher -> a second source asserting the harm (DEV), wounded 1-1, figure '' (pronoun), témoin; the IGPN inquiry into 'ses blessures' restates the same wound (one claim); charges on hundreds of youths and the prefect's armed masked men carry no harm. A reviewer could keep the students' account as cause only (one claim)")
D["claims2", 2] = K([C("killed", "Un", 1, 1, "gouvernement américain", "unknown"),
                     C("missing", "huit", 8, 8, "gouvernement américain", "unknown")],
    "California: 'Un Marine américain a été tué' and eight others still missing a day after their amphibious vehicle sank, announced by the Marine Corps commander -> killed 1-1, figure 'Un' (DEV indefinite row), and missing 8-8; the US military -> gouvernement américain (sixth-set state pattern, earlier US authority rows), US soldiers -> unknown (the Afghanistan bounties row: no actor id); the sinking is a descriptor of how the men were lost, no materiel (DEV helicopter-accident call). A reviewer could add materiel 1-1 for the vehicle (the 1968 submarine row)")
D["claims2", 3] = S("no claim on reading (a retiree 'tombé dans les bras' of Macron: other sense)")
D["claims2", 4] = S("no claim on reading (donated bodies kept in squalid conditions at a Paris medical school: remains of donors, no harm told)")
D["claims2", 5] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Angélique Six, the 13-year-old 'retrouvée morte' on Sunday at Quesnoy-sur-Deûle -> killed 1-1, figure '' (named; 13 is an age), an apposition inside the sentence credited to Le Parisien about the suspect's past -> narrator (apposition call), civils; 'Le meurtrier présumé' restates the same death; his 1996 rape conviction is judicial and a sexual offence (no claim)")
D["claims2", 6] = S("no claim on reading (deaths from hospital-acquired infections rarely reported: disease)")
D["claims2", 7] = S("no claim on reading (a safety protocol 'sans aucun contrôle': other sense)")
D["claims2", 8] = K([C("killed", "huit", 8, 8, "gouvernement américain", "unknown", modality="uncertain"),
                     C("missing", "huit", 8, 8, "gouvernement américain", "unknown")],
    "California, another article on the amphibious vehicle sinking: the US army ends the search for eight soldiers 'considérés comme morts', who 'ont disparu en mer' -> killed 8-8 uncertain (set 38's Maddie call and the 2020 terror-trials 'présumées mortes' row: a presumed death, no body) and missing 8-8 asserted; both inside the army's announcement, its reason for ending the search -> gouvernement américain (US authority pattern), US soldiers -> unknown; the sinking is a descriptor (no materiel). A reviewer could give the relative clause to the narrator")
D["claims2", 9] = S("no claim on reading (a four-year-old put off a train at the wrong station by SNCF staff, 'on a perdu votre fille'; 'tu sors de ton corps' is figurative: a child misplaced and found (lede), no disappearance word. A reviewer could write missing 1-1)")
D["claims2", 10] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("wounded", "un", 1, 1, "narrator", "civils")],
    "Ardèche quad accident: 'La victime a été écrasée' by the machine -> killed 1-1, figure '' (definite), 'la victime' read by the outcome (the title's death; set 52's Sofiane call), an accident (DEV); a second passenger aged 12 'a été blessé' -> wounded 1-1, figure 'un' (indefinite before the noun, 'un deuxième passager'), narrator, civils")
D["claims2", 11] = S("no claim on reading (a parliamentary group 'a disparu' for lack of members: other sense)")
D["claims2", 12] = S("no claim on reading ('La reprise de l'école': other sense)")
D["claims2", 13] = S("no claim on reading (the Paris police prefect on May Day: 'regardez le bilan humain' with no toll, arrests discussed in general ('interpeller'), 'exactions' with no harm: no toll told)")
D["claims2", 14] = S("no claim on reading (Johnny's will: the MH370 crash named with no toll, fears of dying together: hypothetical, a named disaster with no toll)")
D["claims2", 15] = K([C("captured", "22", 22, 22, "gouvernement français", "unknown")],
    "Pension-reform march of 10 December 2019: per the Paris police prefecture, 22 people 'ont été interpellées' -> captured 22, the prefecture -> gouvernement français (earlier prefecture rows), arrested protesters -> unknown (suspects); 'sans incident' carries no harm word (no zero claim)")
D["claims2", 16] = K([C("missing", "Deux", 2, 2, "gouvernement français", "civils")],
    "Haute-Savoie: 'Deux kayakistes' of one family 'disparus depuis lundi' and searched for on the Chéran, learnt from the Annecy gendarmerie -> missing 2, the gendarmerie -> gouvernement français (earlier gendarmerie rows), civils")
D["claims2", 17] = S("no claim on reading (Miss France shouts 'Je vais vous tuer' at a TV riddle-teller: a threat, figurative)")
D["claims2", 18] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Lorient hit-and-run: the driver's 21-year-old passenger 'a elle été interpellée' after turning up at residents' homes -> captured 1-1, figure '' (definite 'Cette dernière'), narrator (the prosecutor is credited in the previous paragraph and for the next sentence only), a suspect -> unknown; the seven-year-old boy still in a very worrying state in hospital -> no wound word (eighth-set hospital-condition call); the possible help they got is no harm")
D["claims2", 19] = S("no claim on reading (a quote 'reprise' by FN officials: other sense)")
D["claims2", 20] = S("no claim on reading (firefighters watching for 'reprises du feu': other sense; the firefighter slightly hurt and 'aucune victime' are in the previous paragraph)")
D["claims2", 21] = S("no claim on reading (a TV contestant 'totalement détruite' by the affair: figurative)")
D["claims2", 22] = S("no claim on reading (a police officer fears rioters may try 'de nous tuer': a fear)")
D["claims2", 23] = S("no claim on reading (Le Pen: a court's seizure would cause 'la mort' of her party: figurative)")
D["claims2", 24] = K([C("killed", "", 1, 1, "média", "civils")],
    "Ardèche: the autopsy of the Irish jogger 'ne remet pas en cause' her 'mort accidentelle', Le Dauphiné Libéré says -> killed 1-1, figure '' (definite), an accidental fall (DEV accidental deaths; the fall is in the previous paragraph), the whole sentence under an outlet -> média (earlier outlet call), civils")
D["claims2", 25] = K([C("killed", "", 1, 1, "gouvernement français", "civils"),
                      C("wounded", "", 1, None, "gouvernement français", "civils")],
    "Lorient hit-and-run, another article: the inquiry entrusted to the police for 'homicide involontaire aggravé' and 'blessures involontaires aggravées' -> killed 1-1 and wounded 1-open (the session-5 inquiry call; the plural offence with no number as the Lyon funfair row), the prosecution's act -> gouvernement français (the prosecutor is quoted just before), two children -> civils; 'Après les avoir percutés' has no wound word (sixth-set 'fauchant' call); the ten-year term risked is judicial. A reviewer could write wounded 1-1 (one boy hurt, lede) or narrator")
D["claims2", 26] = S("no claim on reading (radar vandals: 'Les arrestations restent toutefois rares', a general remark with no count, and three yellow vests given suspended sentences for burning radars: judicial, property. A reviewer could write captured 1-open)")
D["claims2", 27] = S("no claim on reading (an 86-year-old woman who died at home waited three days for a doctor: natural death)")
D["claims2", 28] = S("no claim on reading (Estelle Mouzin: searches for a body end with none found; her disappearance is not told in this paragraph)")
D["claims2", 29] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "assaillant", "civils")],
    "Daval case: Jonathann Daval, 'principal suspect dans le meurtre' of his wife -> killed 1-1, figure '' (named), narrator, civils; retracting his confession he said his brother-in-law 'avait tué la jeune femme' -> killed 1-1, the suspect's own account -> assaillant (earlier Daval rows: the suspect's accusation presupposes the murder; a retraction does not deny the harm), civils")
D["claims2", 30] = S("no claim on reading (the queue to Jacques Chirac's coffin: natural death)")
D["claims2", 31] = S("no claim on reading (Dupont de Ligonnès family: a mother's death in 2019, no cause told, and savings gone: natural death, money)")
D["claims2", 32] = S("no claim on reading (a singer announces 'le décès de sa mère', no cause told: natural-death call)")
D["claims2", 33] = S("no claim on reading (Roger Holeindre 'est mort' of a heart attack at 90: natural death)")
D["claims2", 34] = S("no claim on reading (an athlete's first coach 'tombé en admiration', accused of sexual assaults: other sense, sexual offence)")
D["claims2", 35] = S("no claim on reading (Drucker 'avait perdu' a show, 'Je ne tombe pas des nues': other sense, idiom)")
D["claims2", 36] = S("no claim on reading (Jean-Pierre Marielle 'est mort' at 87: natural death)")
D["claims2", 37] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Maëlys: her elder sister, upset by the silence 'du meurtrier présumé de sa soeur' -> the murder presented as fact (twenty-sixth-set 'le meurtrier présumé' call) -> killed 1-1, figure '' (definite), the noun phrase is in the narration, outside her quoted words -> narrator, civils; the appeal that he own up to his acts has no harm word")
D["claims2", 38] = S("no claim on reading (a deputy 'a vivement interpellé' a minister: addressed, other sense)")
D["claims2", 39] = S("no claim on reading (a hypercar's top speed checked 30 times, 'à 30 reprises': no harm)")
D["claims2", 40] = S("no claim on reading (a drought 'arrêté' of the Nord prefect: other sense)")
D["claims2", 41] = S("no claim on reading (Trump: 'Quand je suis blessé, je me défends': figurative)")
D["claims2", 42] = K([C("killed", "", 1, 1, "source proche du dossier", "civils")],
    "Aubervilliers: a newborn girl's body pulled from the canal Saint-Denis (previous paragraph); per the first findings of the murder inquiry opened by the prosecution, 'le bébé' was dead before being thrown into the water -> killed 1-1, figure '' (definite), a body found (DEV body rule), the inquiry's findings -> source proche du dossier (eleventh-set call, as the Gironde and Manosque rows; the murder inquiry is the same source and the same death, one claim), asserted (the conditional bears on when she died, not on the death), a baby -> civils (not the unidentified-body 'unknown': no doubt she is a civilian); 'cette mort' and 'son décès' restate it; infanticide is a lead only")
D["claims2", 43] = S("no claim on reading (Jadot on the green candidate for 2022: no harm)")
D["claims2", 44] = S("no claim on reading (Wauquiez in 2009: 'qu'on arrête' Pôle emploi bashing: other sense)")
D["claims2", 45] = K([C("missing", "une", 1, 1, "média", "civils")],
    "Lille: per La Voix du Nord, 'une jeune femme' of 19 with a mental disability 'a disparu' since Friday -> missing 1-1, figure 'une' (DEV indefinite row), the whole sentence under an outlet -> média, civils")
D["claims2", 46] = K([C("killed", "Un", 1, 1, "narrator", "civils")],
    "Villard-de-Lans: 'Un homme de 24 est mort' in a ski accident on a piste -> killed 1-1, figure 'Un' (DEV indefinite row; 24 is an age), an accidental death (DEV), narrator, civils")
D["claims2", 47] = S("no claim on reading ('Quand un navire coule', a newspaper's image: figurative)")
D["claims2", 48] = S("no claim on reading (a film director 'est décédé' at 63, no cause told: natural-death call)")
D["claims2", 49] = S("no claim on reading (a survey: LGBT youths more often victims of family violence: generic victims, a survey with no count of people hurt, set 47's call)")
D["claims2", 50] = K([C("wounded", "", 0, 0, "gouvernement français", "civils", modality="denied"),
                      C("killed", "", 1, 1, "gouvernement français", "civils"),
                      C("wounded", "", 1, None, "gouvernement français", "civils")],
    "Lorient hit-and-run, a third article: the prosecutor, quoted from her statement, says the car first hit another car 'sans faire de blessés' -> wounded 0-0, figure '', denied (set 52's zero call), gouvernement français (a prosecutor), civils; then it mowed down ('faucher') the two children: no wound word (sixth-set 'fauchant' call); 'Une enquête a été ouverte' for 'homicide involontaire aggravé' and 'blessures involontaires aggravées' -> killed 1-1 and wounded 1-open (session-5 inquiry call, as rank 25), the prosecution's inquiry -> gouvernement français, children -> civils; 'un contrôle de police' is other sense")
D["claims2", 51] = S("no claim on reading (George Floyd: Americans demand a murder charge and 'l'arrestation' of the three other officers: a demand, no harm told in the paragraph; 'le drame' has no harm word)")
D["claims2", 52] = S("no claim on reading (a family 'victime d'une arnaque' of 300 euros: fraud, property)")
D["claims2", 53] = S("no claim on reading (Landes: a 20-year-old buried in sand is 'entre la vie et la mort', in cardiac arrest when help came: no wound word, set 52's 'entre la vie et la mort' call and the eighth-set hospital-condition call. A reviewer could write wounded 1-1)")
D["claims2", 54] = S("no claim on reading (a career 'qui interpelle': other sense; the police HQ attack is in the previous paragraph)")
D["claims2", 55] = K([C("captured", "", 1, 1, "média", "unknown")],
    "Libyan-funding affair: as L'Obs reveals, Alexandre Djouhri 'a été interpellé' by the British police at Heathrow -> captured 1-1, figure '' (named), the sentence under an outlet -> média, a man held in an inquiry -> unknown (suspects)")
D["claims2", 56] = K([C("killed", "au moins 47", 47, None, "narrator", "civils"),
                      C("killed", "146", 146, 146, "gouvernement français", "civils")],
    "Carcassonne trial, femicide counts: since January 'au moins 47 féminicides', per an AFP count -> killed 47-open, an AFP count -> narrator (DEV 'a appris l'AFP' call); in 2019, '146 femmes ont été tuées' by a partner or ex-partner, per the latest official figures -> killed 146, a yearly count (sixteenth-set call), an official count -> gouvernement français (the earlier 121-women row), civils; '25 de plus' than the year before is a change with no toll of its own (set 40's call)")
D["claims2", 57] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Argenteuil: Sabri, 18, 'le jeune homme mort à moto' near an anti-crime brigade car -> killed 1-1, figure '' (named; 18 is an age), an accident (DEV), narrator, civils; 'Les violences' in his neighbourhood have no harm word; the six arrests are in the lede only")
D["claims2", 58] = S("no claim on reading (Hulot: rumours as a weapon 'qui blesse, celle qui tue': figurative)")
D["claims2", 59] = K([C("wounded", "Quatre", 4, 4, "narrator", "civils")],
    "A34 in the Ardennes, a lorry hit a people carrier: 'Quatre autres personnes ont été sévèrement blessées' -> wounded 4, narrator (the rescuers are credited for the next sentence only), Romanian occupants -> civils; for three of them 'le pronostic vital' is engaged -> no wound word of its own (eighth-set hospital-condition call), no subset claim; the lorry driver 'plus choqué que blessé' is unhurt (no claim, earlier unhurt rows); the three dead are in the previous paragraph")
D["claims2", 60] = K([C("killed", "", 1, 1, "média", "civils")],
    "Vosges: a four-year-old who slipped away from a day-care centre drowned in a canal; a camper pulled out 'son corps inanimé', he could not be revived, 'Le décès a été constaté' at 17:30, each sentence 'raconte le quotidien local' -> killed 1-1, figure '' (definite), an accidental drowning (DEV accidental deaths), the sentences under the local daily -> média, civils")
D["claims2", 61] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Marmande: the 18-year-old with an airsoft pistol on a TGV, 'Placé en garde à vue', released hours later -> captured 1-1, figure '' (definite), narrator, a suspect -> unknown (custody call); his replica pistol 'placé sous scellé' -> no materiel (my call: a toy replica kept as evidence is no weapon or equipment, unlike the seized-weapons rows; a reviewer could write materiel 1-1)")
D["claims2", 62] = S("no claim on reading (Landéda: a driver hit a gendarmes' car at a road check and left the road: no harm word for anyone, property; 'contrôle routier' other sense; the two gendarmes stabbed are in the title and lede)")
D["claims2", 63] = K([C("killed", "six", 6, 6, "narrator", "civils")],
    "Belgrade zoo: the alligator Muja survived the Second World War bombings that wrecked the zoo, killing most of the animals and 'six employés' -> killed 6, narrator, zoo staff -> civils (a historical toll, DEV background totals); the animals killed -> no claim (animals call)")
D["claims2", 64] = S("no claim on reading (domestic-violence trial: the prosecutor on 'la victime' and her painful past as a 'femme blessée': figurative, and violence with no wound word in the paragraph (beatings call; the injuries are in the lede and previous paragraph))")
D["claims2", 65] = S("no claim on reading (Lunéville: a complaint after 'le décès' of a 56-year-old woman outside the emergency ward, no cause told: set 51's call for the same Samu death, deaths with no cause told)")
D["claims2", 66] = S("no claim on reading (a deputy 'a interpellé' a minister: addressed, other sense)")
D["claims2", 67] = K([C("killed", "huit", 8, 8, "narrator", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils", modality="uncertain")],
    "Fourniret: serving a life term 'pour avoir tué huit jeunes femmes' -> killed 8, narrator, civils (the killings stated as fact, the sentence itself judicial); will he be convicted of 'un nouveau meurtre perpétré en 1993' ? a lead after new DNA traces in his van -> killed 1-1, figure '' (one murder), uncertain (reported as a lead, under a question; the Gironde conditional row), narrator, civils. A reviewer could leave out the 1993 murder as a question (no claim) or write missing (the lede's disappearance)")
D["claims2", 68] = S("no claim on reading (over 400 speed cameras vandalised: property)")
D["claims2", 69] = S("no claim on reading (a Columbus statue 'abattue' by protesters in Richmond: property, other sense)")
D["claims2", 70] = K([C("hostage", "", 1, None, "gouvernement français", "civils"),
                      C("wounded", "Un", 1, 1, "source sécuritaire", "civils")],
    "Lourdes siege: the RAID negotiating with the gunman, 'dont l'une des otages' would be his ex-wife, per the Tarbes prosecutor -> hostage 1-open (plural noun with no number here; 'deux ou trois personnes' is in the previous paragraph), figure '', asserted (the conditional bears on who she is), the prosecutor -> gouvernement français, civils; 'Un des otages a été blessé', the police source said -> wounded 1-1, figure 'Un', a police source -> source sécuritaire (earlier 'source policière' call), civils")
D["claims2", 71] = S("no claim on reading (Collard: a discourse 'qui nous tombe dessus': figurative)")
D["claims2", 72] = S("no claim on reading (seven Bataclan survivors ('rescapés', no wound or victim word) defend the BRI; the attacks of November 2015 named with no toll)")
D["claims2", 73] = S("no claim on reading (security for World Youth Day: Munich, Nice, Paris and Brussels attacks named with no toll)")
D["claims2", 74] = S("no claim on reading ('le corps des femmes' covered by Islamic fashion: other sense)")
D["claims2", 75] = S("no claim on reading (A7 crash: the motorway operator's head speaks of a 'bilan extraordinairement lourd': a toll whose type and figure are only in the lede and previous paragraph, eighth-set 'ce nouveau bilan' call)")
D["claims2", 76] = K([C("killed", "au moins neuf", 9, None, "narrator", "civils")],
    "Tropical storm Amanda hit Guatemala and El Salvador, causing the deaths of 'au moins neuf' people in El Salvador -> killed 9-open ('au moins' row), disaster deaths (DEV), narrator, civils")
D["claims2", 77] = S("no claim on reading (MPs fleeing Hollande's 'bilan', a budget vote that 'reprend': other senses)")
D["claims2", 78] = S("no claim on reading (Céline Dion's first album since 'la mort' of her husband René Angélil: natural death)")
D["claims2", 79] = S("no claim on reading (a breastfeeding mother 'interpellée' by a man: addressed, other sense)")
D["claims2", 80] = K([C("killed", "neuf", 9, 9, "narrator", "civils")],
    "Confederate base names: the Pentagon had thought of renaming them after the Charleston shooting of 2015, where a young white supremacist 'avait tué neuf fidèles noirs' in a church -> killed 9, a past attack recalled with its toll (DEV background totals), a relative clause in the narration -> narrator, churchgoers -> civils")
D["claims2", 81] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("captured", "deux", 2, 2, "narrator", "unknown"),
                      C("killed", "", 1, 1, "gouvernement français", "civils"),
                      C("hostage", "", 1, 1, "gouvernement français", "civils")],
    "Grégory case: the four-year-old 'retrouvé pieds et poings liés' in the Vologne in 1984, the causes of 'son décès' never known -> killed 1-1, figure '' (definite; a body found, DEV body rule; 'son assassinat' restates it), narrator, civils; 'l'arrestation de Marcel et Jacqueline Jacob' and the release of 'les deux septuagénaires' -> one custody -> captured 2, figure 'deux' (a release presupposes custody; arrest and custody one fact), narrator, suspects -> unknown; both charged ('Mis en examen') with 'enlèvement et séquestration suivis de mort' -> killed 1-1 and hostage 1-1 by the judges' charge -> gouvernement français (set 52's Angélique call: the 'séquestration' charge -> hostage; a charge naming the death -> killed, a second source), civils; 'contrôle judiciaire' is judicial")
D["claims2", 82] = S("no claim on reading (a man who posted death threats against Macron: threats; his arrest is in the title and lede only)")
D["claims2", 83] = S("no claim on reading (the dancer Ophélie Longuet's body 'rapatrié' to Lisieux for her funeral: a body with no harm word (third-set 'dépouilles' call), the road deaths are in the previous paragraph and lede. A reviewer could write killed 1-1)")
D["claims2", 84] = S("no claim on reading (nature after lockdown, risks for fauna and flora: animals, hypothetical)")
D["claims2", 85] = S("no claim on reading (Stirling Moss's Maserati career, 'à deux reprises': no harm; his death at 90 is in the lede)")
D["claims2", 86] = S("no claim on reading ('La disparition d'une photo' of Churchill on Google: other sense)")
D["claims2", 87] = S("no claim on reading (a novelist who will write 'jusqu'à sa mort': future, natural death)")
D["claims2", 88] = S("no claim on reading (Françoise Sagan's debts left 'à sa mort': natural death)")
D["claims2", 89] = S("no claim on reading (an actress's husband with cancer; her second husband lost in 2011 to heart trouble: illness, natural death)")
D["claims2", 90] = K([C("captured", "six", 6, 6, "média", "unknown")],
    "Sartrouville: a faulty petrol station gave free fuel; per Europe 1 and France 3, 'six personnes ont été interpellées' for fuel theft -> captured 6, the whole sentence under outlets -> média (first named), suspects -> unknown")
D["claims2", 91] = S("no claim on reading ('pas allée de main morte': idiom)")
D["claims2", 92] = S("no claim on reading (Collard for torture 'pour sauver des vies': hypothetical; the Brussels attacks named with no toll)")
D["claims2", 93] = S("no claim on reading (Kim Kardashian 'victime d'un braquage', a gun drawn: a robbery with no harm type stated in the paragraph (property, threat))")
D["claims2", 94] = S("no claim on reading (Bayrou's centre and a poll: no harm)")
D["claims2", 95] = K([C("hostage", "une", 1, 1, "narrator", "civils")],
    "Auxerre: two days after 'l'enlèvement' of an estate agency manager ('une directrice'), the mystery remains -> hostage 1-1, figure 'une' (DEV indefinite row), a kidnapped civilian (DEV hostage type), narrator, civils; the rape is in the title (sexual offence, no claim type)")
D["claims2", 96] = K([C("killed", "Un", 1, 1, "gouvernement français", "unknown")],
    "Les Sables-d'Olonne, nine days after the SNSM boat sank: 'Un corps a été trouvé' on a beach, the Vendée firefighters told the AFP, confirming Ouest-France -> killed 1-1, figure 'Un' (DEV body rule), firefighters -> gouvernement français (twenty-seventh-set firefighter call; the outlet yields to the official source, DEV), an unidentified body -> unknown (DEV; set 52's charred bodies). A reviewer could write civils (the missing fisherman, previous paragraph)")
D["claims2", 97] = S("no claim on reading (Schiappa: 'On peut arrêter l'interview' (other sense); families of 'victimes de féminicides' hoping for measures: generic victims, no event)")
D["claims2", 98] = S("no claim on reading (the medicines agency's first 'bilan' on infant vaccination: other sense, no harm)")
D["claims2", 99] = S("no claim on reading (René Angélil's death after a long illness: disease)")
D["claims2", 100] = S("no claim on reading (a passenger left asleep in a parked plane, 'victime de terreurs nocturnes' since: no harm type)")
D["claims2", 101] = S("no claim on reading (a union official: one police suicide every three days this year: a rate with no count (twenty-sixth-set rate call); the 27 suicides and the captain's are in the lede and title)")
D["claims2", 102] = S("no claim on reading (Renaud's daughter has the same illness as her father: disease)")
D["claims2", 103] = S("no claim on reading (the casino magnate Stanley Ho 'est décédé' at 98: natural death)")
D["claims2", 104] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Gers: a two-year-old forgotten on a school outing was found wandering by a shopkeeper, and the gendarmes took charge of the child, whose 'disparition' had not been reported -> missing 1-1, figure '' (definite), a disappearance that ended is still a missing claim (thirtieth-set found-safe call; the negation bears on the report, not the disappearance), narrator (La Dépêche is credited for the sentence before only), civils. A reviewer could call a forgotten child found at once no claim (as rank 9, where no disappearance word is used)")
D["claims2", 105] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Maëlys's funeral: 'Neuf mois après la disparition de Maëlys' -> missing 1-1, figure '' (named), narrator, civils (twenty-sixth-set call, as set 34's and set 52's Maëlys rows: the disappearance stays a claim beside the death); her 'dépouille' handed back to her parents -> no killed claim (a body handed over, no harm word: third-set 'dépouilles' call, as rank 83). A reviewer could add killed 1-1")
D["claims2", 106] = S("no claim on reading (a journalist's slip on 'la tombe' of Hollande for Mitterrand's: natural death, no harm)")
D["claims2", 107] = S("no claim on reading (the debate on the age of sexual consent: no harm type)")
D["claims2", 108] = S("no claim on reading (an MP's wife among the 'victimes collatérales' of a ban on family jobs: figurative)")
D["claims2", 109] = K([C("wounded", "", 1, None, "narrator", "unknown")],
    "14 July 2019 parade: Macron still on the Champs-Élysées, talking with 'des familles de militaires blessés' -> wounded 1-open (plural with no number; a noun phrase presenting harm as fact, as set 39's 'hommage aux blessés' and the Invictus 'soldats blessés' row), narrator, French soldiers outside the Sahel forces -> unknown (fourth-set call). A reviewer could read a category, no claim")
D["claims2", 110] = K([C("killed", "un", 1, 1, "narrator", "civils")],
    "Ben Crump: the family of Tamir Rice, a boy of 12 'abattu' by a police officer while playing with a plastic gun -> killed 1-1, figure 'un' (DEV indefinite row; 12 is an age), an apposition -> narrator, civils (twenty-sixth-set police-death call); Trayvon Martin is in the previous paragraph")
D["claims2", 111] = S("no claim on reading (cancer relapse after a tumour is removed: disease)")
D["claims2", 112] = S("no claim on reading (Sophie Marceau 'Victime de nombreuses critiques': figurative)")
D["claims2", 113] = S("no claim on reading (the housing tax 'aura disparu' in 2023: other sense)")
D["claims2", 114] = S("no claim on reading (Besnehard wishes to slap Caroline De Haas, a phrase that 'a interpellé' her: a wish, other sense)")
D["claims2", 115] = S("no claim on reading (a ministerial 'arrêté' on titanium dioxide: other sense)")
D["claims2", 116] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Maëlys: after his admission (lede), Lelandais led the investigators to the remote spot in the Chartreuse 'où il avait dissimulé le corps' -> killed 1-1, figure '' (definite), the body found where he showed (DEV body rule, as the earlier 'la dépouille de Maëlys' found row), narrator (the Grenoble prosecutor is credited in the lede only), civils")
D["claims2", 117] = S("no claim on reading (avalanche alert at Chamonix, chalets evacuated, precipitation 'tombées': risks, evacuation, other sense)")
D["claims2", 118] = S("no claim on reading (an electric car's 'systèmes de contrôle': other sense)")
D["claims2", 119] = S("no claim on reading (Mulhouse: families say a Samu doctor misdiagnosed by phone, 'L'un des patients est décédé': a death after care with no cause told, as rank 65 and set 51's Lunéville Samu row)")
D["claims2", 120] = K([C("captured", "Un", 1, 1, "narrator", "civils")],
    "Algeria: Walid Kechida, a young Hirak blogger ('Un jeune blogueur'), held 'en détention provisoire' for posting memes -> captured 1-1, figure 'Un' (DEV indefinite row), pretrial detention (fresh8 call), narrator (the prisoners' committee is credited for the next sentence only: his release request turned down and 'sa détention' extended, the same fact), a blogger held for his posts -> civils (the detained-journalist rows)")
D["claims2", 121] = S("no claim on reading (tax 'contrôle' and settlements: other sense)")
D["claims2", 122] = K([C("killed", "", 1, 1, "gouvernement français", "civils"),
                       C("killed", "", 1, 1, "gouvernement français", "civils"),
                       C("missing", "", 1, 1, "gouvernement français", "civils"),
                       C("missing", "", 1, 1, "gouvernement français", "civils"),
                       C("killed", "", 1, 1, "assaillant", "civils"),
                       C("killed", "", 1, 1, "assaillant", "civils")],
    "Fourniret also charged ('mis en examen') over 'les disparitions et la mort' of Marie-Angèle Domece and Joanna Parrish -> two named persons with no total (DEV rule, as set 52's row on the same two women): killed 1-1 each and missing 1-1 each (twenty-sixth-set call: a disappearance told as an event beside the death stays a claim), the judges' charge -> gouvernement français (set 43's judges' charges), civils; 'qu'il a avoué devant la juge' -> his confession, read as bearing on the killings (one confesses a crime, not a disappearance) -> killed 1-1 each, assaillant (session-3 confession call), civils; figure '' (named). Least sure: a reviewer could give the confession the disappearances too, or write killed only (sixth-set euphemism call)")
D["claims2", 123] = K([C("killed", "100", 100, 100, "gouvernement afghan", "civils"),
                       C("wounded", "une centaine", 80, 120, "gouvernement afghan", "civils")],
    "Charikar flash flood: per the Disaster Management ministry, '100 personnes sont mortes' and 'une centaine ont été blessées' -> killed 100 and wounded 80-120 ('une centaine' row), the ministry -> gouvernement afghan (earlier-set name), disaster victims -> civils (DEV); figures expected to change is no hedge on the harm")
D["claims2", 124] = S("no claim on reading (four police officers placed under 'contrôle judiciaire': judicial)")
D["claims2", 125] = K([C("killed", "3.244", 3244, 3244, "narrator", "civils"),
                       C("killed", "254", 254, 254, "narrator", "civils")],
    "Road deaths in 2019: mainland France '3.244 morts' and the overseas territories '254 morts' -> killed 3244 and killed 254 (two listed groups, no total in this paragraph; the yearly-count call and the monthly road-death rows), narrator (the road-safety agency is credited in the previous paragraph only), road users -> civils; the percentage changes and the slight rise of the injured are changes with no toll (set 40's call)")
D["claims2", 126] = S("no claim on reading (Tom Cruise's mother died after a long illness: disease)")
D["claims2", 127] = S("no claim on reading ('à plusieurs reprises'; Renault 'joue sa survie': other sense, figurative)")
D["claims2", 128] = K([C("killed", "130", 130, 130, "narrator", "civils")],
    "Bataclan's 2016 programme: the Eagles of Death Metal singer had accused the venue's security of complicity during the attacks of 13 November, which 'ont fait 130 morts' -> killed 130, a relative clause inside the reported accusation -> narrator (relative-clause call), concert-goers and passers-by -> civils (earlier 13 November rows)")
D["claims2", 129] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Biolay recalls Niki Lauda, 'pilote gravement brûlé' who went back to racing -> wounded 1-1, figure '' (named), a burn is a wound (fifteenth-set burn call), a racing accident (set 40's sports-injury call), an apposition -> narrator, civils; 'un martyr de son sport' is figurative")
D["claims2", 130] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Boulin case: the first doctor who examined 'le corps du ministre', found floating in the Rompu pond on 30 October 1979 -> killed 1-1, figure '' (definite), a body found (DEV body rule; suicide or homicide, both killed: set 49's suicide call), narrator retelling the doctor's account, a minister -> civils (the Érignac civilian-official row); 'la piste de l'homicide' and 'pas possible que ce soit un suicide' bear on how, not on the death -> asserted")
D["claims2", 131] = S("no claim on reading (Alain Delon after 'la mort' of Mireille Darc: natural death)")
D["claims2", 132] = S("no claim on reading (Loiret forest fire: 250 hectares 'détruits', some forty residents evacuated, a likely arson: property, evacuation, no harm)")
D["claims2", 133] = S("no claim on reading (Sumner Redstone survived a fire in 1979 (no wound word) and fought to take 'le contrôle' of studios: other sense)")
D["claims2", 134] = S("no claim on reading (workers 'l'ont interpellé' after a meeting: addressed, other sense)")
D["claims2", 135] = K([C("killed", "", 1, 1, "média", "civils")],
    "Vendée beach: water rushed in, the walls of the hole he had dug collapsed, trapping 'la victime' in water and sand, France Bleu says -> killed 1-1, figure '' (definite), 'la victime' read by the outcome (the drowning of the title and lede; set 52's Sofiane call, as rank 10), an accidental drowning (DEV), the sentence under an outlet -> média, civils")
D["claims2", 136] = K([C("captured", "Un", 1, 1, "narrator", "unknown")],
    "Mulhouse: an 18-year-old ('Un jeune') 'interpellé puis placé en détention' for attacking two young women over a skirt -> captured 1-1, figure 'Un' (DEV indefinite row; 18 is an age), arrest and detention one fact (eighth-set call), narrator ('selon cette même source' is credited for the next sentence only), a suspect -> unknown; the assault on the two women has no wound word (beatings call), no claim")

# ---- numbers2 pool ----
D["numbers2", 0] = N("August frost in the Doubs after the June and July heatwaves, 18°C average: weather, no harm")
D["numbers2", 1] = N("the Constitutional Council on the 'principe de fraternité' and a farmer convicted for helping migrants: a judicial matter, no claim")
D["numbers2", 2] = N("over-the-counter drug prices up 9% since 2010, per a consumer group; no harm")
D["numbers2", 3] = N("a coachbuilt Ferrari in fifteen copies, six months' work; no harm")
D["numbers2", 4] = N("a classic-car show's attendance, 160 clubs and 500 exhibitors; no harm")
D["numbers2", 5] = S("no number outside names: only the V12 engine and the LS600h model, and a regnal numeral (DEV 'M5' rule, set 51's model-name call)")
D["numbers2", 6] = N("a civil servant dismissed after a July ruling for taking part in a TV show in 2015 during sick leave: an administrative matter, no harm")
D["numbers2", 7] = N("a caretaker recalls a little girl about to fall from a balcony of a nine-storey building: a danger averted, no harm")
D["numbers2", 8] = S("contains a claim: the father who left his baby on a Grenoble tram was found the next day and 'placé en garde à vue' -> captured 1-1 (custody call)")
D["numbers2", 9] = N("a historian on the Marines at Belleau Wood in June 1918 who did not give up fighting: no harm told in the paragraph")
D["numbers2", 10] = N("a documentary on Chirac to be aired in 2019; no harm")
D["numbers2", 11] = N("Audi's DTM title 30 years ago and its Le Mans wins; no harm")
D["numbers2", 12] = N("Hong Kong handed back in 1997 with autonomy until 2047; no harm")
D["numbers2", 13] = N("aid for modest families after Macron's speech of 13 April; no harm")
D["numbers2", 14] = N("the Oscars' board: 26 women and 12 people of colour among 54 governors; no harm")
D["numbers2", 15] = N("Venice film festival: 28.1% of films by women outside the competition, 22.4% of those submitted; no harm")
D["numbers2", 16] = N("two baby Javan rhinos spotted in an Indonesian park, an endangered species: animals, no harm")
