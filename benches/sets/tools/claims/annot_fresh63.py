"""Hand annotations of the sixty-third fresh set, the thirty-eighth drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 7301; sets 26 to 62 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"SAPN"}

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading (the baccalaureate's 'contrôle continu' mark: other sense)")
D["claims2", 1] = S("no claim on reading (an actor accused of groping a 17-year-old 'à de nombreuses reprises': other sense, sexual offences are no claim type)")
D["claims2", 2] = S("no claim on reading (the broadcasting regulator 'contrôle' speaking-time rules: other sense)")
D["claims2", 3] = K([C("killed", "un", 1, 1, "narrator", "civils"),
                     C("wounded", "Deux", 2, 2, "narrator", "civils")],
    "Toulouse, a drug-dealing spot: on 10 August 'un homme' of 29 'est tué' near a metro station -> killed 1-1, figure 'un' (DEV singular indefinite), narrator, civils; 'Deux jeunes gens' known to police 'blessés par balles' -> wounded 2, narrator, civils (people known for drug dealing shot in a settling of scores -> civils, set 11's Var shooting row)")
D["claims2", 4] = S("no claim on reading (Vendée: a father charged with attempted murder ('tentative d'assassinat') of his daughter, an affair that 'aurait pu devenir dramatique': an attempt with no harm told, seventeenth-set attempted-murder call, as set 55's row on the same story)")
D["claims2", 5] = S("no claim on reading (the Sambre rapist who picked out 'ses victimes': sexual offences, no claim type)")
D["claims2", 6] = S("no claim on reading (an old woman who died at home waited three days for a doctor; her remains taken to the morgue: natural death)")
D["claims2", 7] = S("no claim on reading (Romainville, a pneumatic waste chute: the mayor 'Interpellée' by the pensioner, addressed (other sense); her injury is in the lede only)")
D["claims2", 8] = S("no claim on reading (a businessman's sentence: 'le corps social', other sense; judicial)")
D["claims2", 9] = S("no claim on reading (the author Tomi Ungerer 'est décédé' at 87: natural death)")
D["claims2", 10] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                      C("captured", "", 1, 1, "narrator", "unknown")],
    "Bourges, a girl of 6 in a coma after ill-treatment: the victim's mother and her partner were arrested ('interpellés') in Toulouse -> two named persons with no total, captured 1-1 each (DEV held-persons and no-total rules, as set 29's Ghosn and Kelly row), figure '' (definite), narrator, suspects -> unknown; his custody ('en garde à vue') is the same arrest (eighth-set call); his admission of hitting the girl is a blow with no wound word, and the torture charge is no claim type (eleventh-set call); the living girl called 'la victime' has no wound word here")
D["claims2", 11] = S("no claim on reading (Chambéry: tourists stuck by fog; 'libéré' only in a newspaper's name)")
D["claims2", 12] = S("no claim on reading (a rumour of the 'disparition' of nursery school: other sense)")
D["claims2", 13] = S("no claim on reading (the composer Fred Rister 'est mort' at 58: an obituary, natural death)")
D["claims2", 14] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                      C("missing", "", 1, 1, "gouvernement français", "civils")],
    "Gard, a girl of 11 found dead in Avignon (title): her father, found after a witness's alert, was arrested ('interpellé') and put in custody -> captured 1-1, figure '' (pronoun), narrator (the regional paper is named over the previous sentence only), a suspect -> unknown; the inquiry opened 'pour disparition inquiétante' -> missing 1-1, figure '', an inquiry is the prosecution's (twenty-sixth-set inquiry-charge call; set 34's Biarritz row) -> gouvernement français, civils (the disappearance named after the person was found dead stays missing, set 48's call); that the inquiry 'pourrait évoluer' into a homicide one is a possibility, no claim. Least sure: the possible homicide (a reviewer could write killed 1-1 uncertain)")
D["claims2", 15] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Paris, a man who stabbed his psychiatrist with a peeler: 'L'homme de 45 ans' was quickly arrested ('interpellé'), handcuffed and put in custody -> captured 1-1, figure '' (definite; the age is no figure), narrator, a suspect -> unknown; arrest and custody are one fact (eighth-set call); the peeler, 'L'arme', 'saisie' by the police -> no materiel: my call, one everyday object used by a lone attacker is evidence (tenth/fourteenth-set evidence call), not the weapons of a group that the sixteenth-set seized-weapons call counts; the transfer to a psychiatric ward is a plan. Least sure: a reviewer could write materiel 1-1 under the seized-weapons call")
D["claims2", 16] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                      C("captured", "", 1, 1, "narrator", "unknown")],
    "Carlos Ghosn 'Arrêté' a month after his release and put in custody again in Japan -> captured 1-1, figure '' (named), narrator (an apposition), an accused -> unknown (set 29's and later Ghosn rows); 'sa remise en liberté' a month earlier states the first detention -> a second captured 1-1 (DEV: a release states that the person was held), another episode of detention, not the same fact. Least sure: the second claim (a reviewer could read the release and the new arrest as one story of custody)")
D["claims2", 17] = S("no claim on reading (records 'détenu' by a carmaker: other sense)")
D["claims2", 18] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Epinay-sur-Seine: Aman, 16, 'a été tué par balle' on 6 June, an innocent victim of violence between estates -> killed 1-1, figure '' (named), narrator, civils; 'victime innocente' is the same death")
D["claims2", 19] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "A8, 31 Pakistani migrants in a lorry: the driver, 'en garde à vue' at the border police in Menton, should be referred to the prosecution -> captured 1-1, figure '' (definite), the custody is an apposition inside a sentence put under the Nice prosecution about something else (his prosecution) -> narrator (sets 50 and 51: appositions inside a source's sentence about something else), a suspect -> unknown; the prefecture's 'contrôle' is a check, other sense; the migrants handed over are no claim")
D["claims2", 20] = S("no claim on reading (a turtle thrown onto a windscreen gave a woman a fright: no harm, an animal; 'Libéré' only in a newspaper's name)")
D["claims2", 21] = S("no claim on reading (Sri Lanka: police 'a saisi' 17 kg of leopard meat from the three suspects: a seizure of goods, animals; their arrest is in the lede only)")
D["claims2", 22] = S("no claim on reading (François Corbier 'est mort' in hospital, of cancer per the previous paragraph: natural death)")
D["claims2", 23] = S("no claim on reading (a Maori activist called Hamilton 'assassin': an accusation about a colonial figure, no event told)")
D["claims2", 24] = S("no claim on reading (Aznavour on Johnny Hallyday, 'disparu fin 2017': natural death; the singer's own fractures are in the previous paragraph)")
D["claims2", 25] = S("no claim on reading (Rika Zaraï's first husband 'serait décédé' on 31 December: natural death)")
D["claims2", 26] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Jean-Pierre Foucault wonders about 'l'assassinat de son père' in Algeria in 1962 and why he was killed -> killed 1-1, figure '' (definite), the narration's relative clause states it (relative-clause call) -> narrator, civils; his questions bear on the motive, not the death, one fact")
D["claims2", 27] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Daval case: Jonathann Daval's DNA is the only one on 'le corps de la victime', which weakens the idea of another person's part in 'la mort de la jeune femme' -> killed 1-1, figure '' (definite), narrator, civils (the earlier Daval rows: body and 'la victime'); his explanation of sex days 'avant sa mort' is told in the narrator's words and adds no second claim. Least sure: a reviewer could add a claim for the husband's account (assaillant)")
D["claims2", 28] = S("no claim on reading (a film where vegetation 'semble avoir disparu': fiction, other sense)")
D["claims2", 29] = S("no claim on reading (an MP shared a satirical fake report; 'Libération' is a newspaper's name)")
D["claims2", 30] = S("no claim on reading (a school head's suicide (title, lede): a source close to the inquiry tells of 'lésions personnelles et sentimentales' and of deaths around her, figurative and unspecified deaths; the suicide itself is not in the paragraph)")
D["claims2", 31] = K([C("wounded", "", 1, 1, "gouvernement français", "civils")],
    "Antibes, a yellow vest run over on New Year's night: 'La victime', a man of 24, taken to hospital, say the firefighters -> wounded 1-1, figure '' (definite), 'la victime' read by the story's outcome (title: badly hurt; set 44's Besançon 'Des victimes' row), the whole sentence under the fire service -> gouvernement français (seventh-set rescue-services call), civils")
D["claims2", 32] = S("no claim on reading (Valls repeated 'à plusieurs reprises' there was no crisis: other sense)")
D["claims2", 33] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Besançon, a nurse who paid 10,000 euros to have her husband killed: 'En garde à vue', the young man said he never meant to kill him -> captured 1-1 (dense custody rule), figure '' (definite), the adjunct inside the prosecutor's sentence about something else -> narrator (adjunct call), a suspect -> unknown; no killing happened (the husband is alive; 'le projet de tuer' denied is a plan), no claim for it")
D["claims2", 34] = S("no claim on reading (several 'victimes' of the Sénart serial rapist attend the trial: sexual offences, no claim type)")
D["claims2", 35] = K([C("wounded", "", 1, 1, "témoin", "civils")],
    "Laurent Luyat on a scooter fall in Greece at 22: his whole right side 'déchiqueté', leg, arm, cheek, 'Rien de grave' -> wounded 1-1, figure '' (fifteenth-set call: a wound described without 'blessé'; an accident, DEV), his own account -> témoin (seventh/thirteenth-set survivor call), civils")
D["claims2", 36] = S("no claim on reading (the artist Christo 'est mort' at 84: natural death)")
D["claims2", 37] = S("no claim on reading (Maria Pacôme 'est décédée' at 95 after a long illness: natural death)")
D["claims2", 38] = S("no claim on reading (Gérard Darmon on antisemitic acts: 93 graves desecrated, property; 'actes barbares' with no harm told)")
D["claims2", 39] = S("no claim on reading (a TV dancer on linking 'corps' and mind: other sense)")
D["claims2", 40] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Montpellier, death threats against Macron: the man of 29 'a été interpellé' on 21 May and admitted the facts -> captured 1-1, figure '' (pronoun; the age is no figure), narrator (the daily is named over the first sentence only), a suspect -> unknown; threats are no claim")
D["claims2", 41] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Juan Carlos photographed with the Saudi crown prince weeks after 'l'assassinat du journaliste Jamal Khashoggi', which the prince allegedly ordered -> killed 1-1, figure '' (named), narrator, civils; the conditional bears on who ordered it, not on the death (DEV denial-of-how rule by analogy)")
D["claims2", 42] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils")],
    "Civil-security helicopter crash near Marseille (previous paragraph): in it, the pilot and the mechanic, both named, 'ont aussi perdu la vie' -> two named persons with no total, killed 1-1 each (DEV no-total rule), an accident (DEV), narrator, rescuers -> civils (set 43's sea rescuers, earlier firefighter rows); the firefighter of the title has no harm word of his own here ('aussi' refers back); the fleet of 35 helicopters is no claim")
D["claims2", 43] = S("no claim on reading (EDF's blue entity 'détenue à 100%' by the State: other sense)")
D["claims2", 44] = S("no claim on reading (a bitcoin fraud's 'victime': a swindle, no claim type)")
D["claims2", 45] = K([C("wounded", "", 1, 1, "témoin", "civils")],
    "Patrick Sébastien let it be known on Twitter that he was the victim of a home accident, 'fracture de la clavicule' -> wounded 1-1, figure '' (named), a fracture is a wound without 'blessé' (fifteenth-set call), an accident (DEV), the sentences put under his own posts -> a person speaking of his own wound -> témoin (set 57's Roumanoff and set 33's Rodrigues rows), civils; the narration's 'cette blessure' restates his account (one fact, one source). Least sure: a reviewer could add a narrator claim for 'cette blessure' as the Roumanoff row did for the narration's own statement")
D["claims2", 46] = S("no claim on reading (Lafarge calls itself a 'victime' of a malicious act in a Seine spill: a company, pollution, no harm to people)")
D["claims2", 47] = K([C("killed", "cinquante", 50, 50, "narrator", "civils")],
    "Christchurch: the Australian extremist 'a massacré' on 15 March 'cinquante personnes' in two mosques -> killed 50, figure 'cinquante', narrator, worshippers -> civils; 'l'auteur du carnage' in the spokesman's denial of contact is the same fact, and his denial bears on the contact, not the harm")
D["claims2", 48] = S("no claim on reading (Stéphane Bern's will, 'À ma mort', 'je peux mourir tranquille': his own future death, a plan)")
D["claims2", 49] = K([C("captured", "deux", 2, 2, "média", "unknown")],
    "Vosges, a starved toddler: his parents, 'deux trentenaires', were arrested ('interpellés') this week and charged, says the regional daily -> captured 2, figure 'deux' (the number word in the apposition gives the count of the arrested), the whole sentence under the daily -> média (set 45's outlet call), suspects -> unknown; their release under judicial supervision is the same custody (eighth-set call); food and care deprivation and 'compromettre la santé' carry no wound word (ill-treatment calls), no claim for the child here")
D["claims2", 50] = S("no claim on reading (Lyon, two teens who stole a cheese 'stoppés' by shop guards and threatened them with death; the girl hit her head on a window to fake violence: a stop by guards is no arrest, threats and a feigned injury are no claim; the custody is in the lede only)")
D["claims2", 51] = K([C("captured", "", 1, 1, "média", "unknown")],
    "Blood and Honour: per the Paris daily, the leader of its French branch 'a été arrêté en 2016' and weapons were found -> captured 1-1, figure '' (definite), the sentence under the daily -> média (set 45's outlet call), a suspect -> unknown; the weapons found are no claim (not a force's equipment)")
D["claims2", 52] = K([C("killed", "Un", 1, 1, "narrator", "unknown"),
                      C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Haute-Loire storms: 'Un corps a été retrouvé' on 14 June -> killed 1-1, figure 'Un' (DEV body rule and singular indefinite), narrator, unidentified in that sentence -> unknown; the interior ministry confirmed it was the young farmer's, swept away on his tractor -> a second source, killed 1-1, figure '' (definite), gouvernement français, civils (a disaster death, DEV) (one claim per source, as set 62's Steve Maia Caniço body row); 'une personne âgée victime des violents orages' he went to help has no outcome, no claim. Least sure: two killed claims for one body (set 62's caveat)")
D["claims2", 53] = S("no claim on reading (a Ferrari's 'perte d'appuis': other sense)")
D["claims2", 54] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Bordeaux tribute to George Floyd, who 'a péri étouffé' during a police arrest -> killed 1-1, figure '' (named), narrator (a relative clause), civils (twenty-sixth-set call on deaths at the hands of police; the arrest is the circumstance, not a captured claim)")
D["claims2", 55] = S("no claim on reading (Marseille building collapse: firefighters 'recherchent des victimes', a search with no victim found in the paragraph; the two passers-by hurt are in the lede only)")
D["claims2", 56] = S("no claim on reading (48,000 yearly deaths attributed to fine particles per the public health agency: pollution deaths as illness, set 57's call)")
D["claims2", 57] = S("no claim on reading (the baccalaureate's 'contrôle continu' tests: other sense)")
D["claims2", 58] = S("no claim on reading (Macron 'Interpellé' by residents: addressed, other sense)")
D["claims2", 59] = S("no claim on reading (Rihanna's Instagram farewell to her cousin, 'Repose en paix', 'la chaleur de ton corps': a tribute with no harm word (DEV); his shooting is in the lede and previous paragraph only; the call to end gun violence is generic)")
D["claims2", 60] = K([C("wounded", "une quinzaine", 12, 18, "narrator", "civils")],
    "Béziers: a primary school's ceiling collapsed on 29 May, 'faisant une quinzaine de blessés' -> wounded 12-18 ('une quinzaine' row), an accident (DEV), narrator, civils")
D["claims2", 61] = K([C("materiel", "un", 1, 1, "narrator", "unknown"),
                      C("captured", "un", 1, 1, "gouvernement français", "unknown"),
                      C("captured", "une", 1, 1, "média", "unknown")],
    "Paris, yellow vests: 'un fourgon' of the Sentinelle military operation 'a été incendié' -> materiel 1-1, figure 'un' (equipment of a force destroyed, DEV materiel; unlike civilian cars set on fire, tenth-set call), narrator, French soldiers outside the Sahel forces -> unknown (earlier Sentinelle rows); per the interior minister's statement 'un suspect a été interpellé' and held -> captured 1-1, figure 'un', gouvernement français, a suspect -> unknown; per the Paris daily 'une deuxième personne' was arrested -> a second captured 1-1, figure 'une' (the indefinite before an ordinal, as the twenty-second set's 'une troisième victime'), média, unknown. Least sure: the materiel claim (a reviewer could call a burnt van property)")
D["claims2", 62] = S("no claim on reading (Wauquiez met sister Emmanuelle 'à une dizaine de reprises': other sense)")
D["claims2", 63] = K([C("missing", "", 1, 1, "assaillant", "civils"),
                      C("killed", "", 1, 1, "assaillant", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "gouvernement français", "civils"),
                      C("captured", "", 1, 1, "narrator", "unknown")],
    "Daval case: on 28 October 2017 he 'avait signalé la disparition' of his wife -> missing 1-1, the man who reported it, the perpetrator -> assaillant (set 44's Daval row); in custody he confessed to having strangled her -> killed 1-1, a confession told by the narration -> assaillant (twenty-sixth-set call); 'Le corps de la jeune femme' found burnt -> killed 1-1, narrator (DEV body rule); charged with 'meurtre sur conjoint' -> killed 1-1, the judge's charge -> gouvernement français (inquiry-charge call); figure '' each (named, definite), civils; 'en garde à vue' and 'incarcéré' since at Dijon -> captured 1-1, narrator, an accused -> unknown (custody and pretrial detention one fact, eighth-set call)")
D["claims2", 64] = K([C("captured", "", 1, 1, "média", "unknown"),
                      C("captured", "une", 1, 1, "gouvernement français", "unknown")],
    "Paris, a transgender woman beaten at République: per the Paris daily, RATP security officers arrested ('interpellé') 'le principal agresseur' -> captured 1-1, figure '' (definite), média (the sentence under the daily), a suspect -> unknown; the prosecution confirms that 'une personne' was held in custody then released -> a second source, captured 1-1, figure 'une', gouvernement français, unknown (DEV two-source rule); 'la victime' has no wound word here (blows in the lede, beatings call)")
D["claims2", 65] = S("no claim on reading (500 activists sign an op-ed against harassment in politics: harassment, no claim type)")
D["claims2", 66] = K([C("killed", "Un", 1, 1, "narrator", "civils")],
    "Var hunting accident: 'Un septuagénaire est mort' after being hit by a bullet fired by a fellow hunter aiming at a boar -> killed 1-1, figure 'Un' (DEV singular indefinite), an accidental death (DEV), narrator, civils")
D["claims2", 67] = K([C("wounded", "", 2, None, "SAPN", "civils"),
                      C("wounded", "60", 60, 60, "narrator", "civils"),
                      C("wounded", "cinq", 5, 5, "narrator", "civils")],
    "A13 pile-up: an official of the motorway operator SAPN says 'Il y a de nombreuses victimes', another that 'les blessés' are taken to a gym -> wounded 2-open, figure '' ('de nombreux' read as plusieurs, fourth-set call; 'victimes' read by the story's outcome, no dead), one source for both -> SAPN (added: a company quoted, as RTM and RATP), civils; per 'un nouveau bilan' with no source, '60 autres sont blessées' less badly -> wounded 60, narrator; the 'cinq personnes' in 'urgence absolue' are the more badly hurt of that comparison -> wounded 5 (the twentieth-set call on hospital states as parts of a stated wounded count), narrator; the 15 others 'n'ont pas été blessées' count the unhurt, no claim (set 45's Lourdes '15 sont indemnes'); a road accident (DEV), civils. Least sure: the five (a reviewer could apply the eighth-set 'urgence absolue' call and leave them out)")
D["claims2", 68] = S("no claim on reading (Lavrov sceptical of the 'accusations d'assassinat' over Navalny's poisoning: a poisoning with no stated outcome and an accusation, no harm told)")
D["claims2", 69] = S("no claim on reading (a migrant wants a place 'où on ne peut pas me tuer': a fear; the killings he saw are in the previous paragraph)")
D["claims2", 70] = S("no claim on reading (Castaner: 75% of speed cameras 'détruit', damaged or 'neutralisé': property, other sense)")
D["claims2", 71] = S("no claim on reading (Céline Dion's tribute song to René Angélil, 'décédé' in January, 'la disparition' of the man of 73: natural death)")
D["claims2", 72] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Ghosn's pension: he was absent from the company from 19 November, 'date de son arrestation au Japon' -> captured 1-1, figure '' (named), narrator (an apposition; the broadcaster is credited for the last sentence only), an accused -> unknown (set 29's and later Ghosn rows)")
D["claims2", 73] = K([C("captured", "Un", 1, 1, "média", "unknown")],
    "Haute-Loire: 'Un prêtre' of 74 was charged, then 'remis en liberté' under judicial supervision, reports the Paris daily -> captured 1-1, figure 'Un' (DEV singular indefinite; the age is no figure), a release states that he was held (DEV), the whole sentence under the daily -> média (set 45's outlet call), an accused -> unknown; the alleged abuse of about forty children is a sexual offence, no claim type")
D["claims2", 74] = S("no claim on reading (the actor Michael Lonsdale 'est décédé' at 89: natural death)")
D["claims2", 75] = S("no claim on reading (a Nice pupil 'est décédée' of fulminant meningitis: disease)")
D["claims2", 76] = S("no claim on reading (a candidate will be 'l'otage d'aucun chantage': figurative)")
D["claims2", 77] = S("no claim on reading (the Titanic wreck's decay, life that 'a repris ses droits', the wreck may 'disparaître': other senses, no harm)")
D["claims2", 78] = S("no claim on reading (a car's 0-96 km/h time 'abattu' in 4.9 seconds: other sense)")
D["claims2", 79] = K([C("missing", "", 1, 1, "média", "civils")],
    "A Frenchman of 32 on a world tour 'est porté disparu' in Argentina, says the Toulouse daily -> missing 1-1, figure '' (a demonstrative; the age is no figure), the sentence under the daily -> média (set 45's outlet call), civils; his mother's worry is no second claim (no harm word in her words)")
D["claims2", 80] = S("no claim on reading (Brazilian inmates ('les détenus') help firefighters in the Pantanal: prisoners serving terms, prison populations are no claim)")
D["claims2", 81] = S("no claim on reading (Jean-Pierre Coffe 'est décédé' of a heart attack: natural death)")
D["claims2", 82] = S("no claim on reading (a former Tennessee inmate jailed for 31 years for a crime he did not commit: a prison term after a conviction, judicial, as set 41's skip of the same story)")
D["claims2", 83] = K([C("killed", "", 1, 1, "narrator", "Al-Qaïda")],
    "Seymour Hersh's inquiry disputes the official account of 'la mort d'Oussama Ben Laden' and of the operations that led to 'l'élimination' of al-Qaida's chief -> killed 1-1, figure '' (named), narrator, victim Al-Qaïda (tenth-set call, set 21's Ben Laden row); the dispute bears on how, not on the death (DEV denial-of-how rule), one fact")
D["claims2", 84] = K([C("missing", "", 1, 1, "narrator", "civils"),
                      C("killed", "deux", 2, 2, "narrator", "civils")],
    "Lelandais inquiry: the relatives of a man of 45 'qui avait disparu' at an electro festival in 2012 -> missing 1-1, figure '' (named), narrator (relative clause), civils; corporal Arthur Noyer, 'l'une des deux victimes' of Lelandais -> killed 2, figure 'deux' (DEV 'les victimes' dead in the story), the named man inside the counted group is no separate claim (DEV), narrator, a child and a soldier off duty -> civils (set 23's Maëlys and Noyer row, and the Noyer rows of sets 58 to 60)")
D["claims2", 85] = S("no claim on reading (Saint-Martin, a gendarmerie captain: '250 détenus se seraient évadés' after Irma: a prison escape, as set 41's skip of the same story and the ninth-set escaped-prisoners call)")
D["claims2", 86] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Pyrénées-Orientales quadruple murder: no detail given on how 'les victimes ont été tuées' -> killed 1-open, figure '' (DEV plural with no number; the four are in the previous paragraph only), narrator, elderly parents -> civils")
D["claims2", 87] = S("no claim on reading (a TV candidate says he was 'victime d'attaques homophobes': attacks with no wound word; 'séquestré' is in the title only)")
D["claims2", 88] = K([C("wounded", "", 1, 1, "assaillant", "civils", "uncertain")],
    "Blagnac, a driver who ran over a yellow vest, at his trial: if he hurt someone ('Si j'ai blessé quelqu'un'), it was at that moment -> wounded 1-1, figure '' ('quelqu'un' is no number word), the driver on his own case -> assaillant (twenty-sixth-set call), a hedged admission -> uncertain, a protester -> civils; the blows on his car and the broken windscreen are property. Least sure: a reviewer could call the 'si' clause a hypothesis and annotate nothing (the wound itself is in the previous paragraph)")
D["claims2", 89] = S("no claim on reading (a dating show's 'disparition' from the schedule; M6 'victime' of falling ratings: other senses)")
D["claims2", 90] = S("no claim on reading (an actor's words 'repris' by the press: other sense)")
D["claims2", 91] = S("no claim on reading (a journalist's biography, a student at 'la Libération de Paris': a date, other sense; his death at 96 in the lede is natural)")
D["claims2", 92] = S("no claim on reading (Karl Lagerfeld, 'disparu' at 85: natural death)")
D["claims2", 93] = S("no claim on reading (a game-show champion, 'rien ne l'arrête': other sense; his mother's death is natural)")
D["claims2", 94] = K([C("captured", "", 1, 1, "média", "unknown")],
    "Saint-Dié: the regional daily reports that the man of 61 who gave Macron the finger 'a été interpellé' then held in custody for contempt -> captured 1-1, figure '' (a demonstrative; the age is no figure), the sentence under the daily -> média (set 45's outlet call), a suspect -> unknown; arrest and custody one fact (eighth-set call); the summons and the penalty he risks are judicial")
D["claims2", 95] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Denver, a father who crashed his car to kill his son: 'Interpellé par la police', he reportedly said fatherhood was too much -> captured 1-1, figure '' (named), a participle inside a sentence put under a British daily about something else (his words) -> narrator (sets 50 and 51: appositions inside a source's sentence about something else), a suspect -> unknown; the conditional bears on his words, not the arrest; that he 'aurait tenté' to cut his throat is an attempt with no wound word, no claim; the boy's wounds are in the previous paragraph")
D["claims2", 96] = S("no claim on reading (Trump 'En perte de vitesse' in polls; protests against police violence named generically: other sense, no event)")
D["claims2", 97] = S("no claim on reading (Macron 'a été interpellé' by a jobless young man: addressed, other sense)")
D["claims2", 98] = K([C("wounded", "", 1, 1, "assaillant", "civils")],
    "Rennes, a man charged with his partner's murder: he admitted having dealt her knife blows ('coups de couteau') -> wounded 1-1, figure '' (definite), the stabbing stated as done (sixteenth-set 'poignardé' call, as set 20's Marseille station row where the victim died too), a suspect on his own case -> assaillant (twenty-sixth-set call), civils; his denial of 'l'intention de tuer' is a negated intention, no claim (twenty-sixth-set call); her death is in the title and lede only. Least sure: a reviewer could read knife blows as blows with no wound word and annotate nothing")
D["claims2", 99] = S("no claim on reading (Nice: a man threatened police officers, 'je vais vous tuer', and was stopped before he could 's'emparer' of a cutter: a threat and an attempt, no harm)")
D["claims2", 100] = S("no claim on reading (the new 'contrôle technique' of cars: other sense)")
D["claims2", 101] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Montigny-le-Bretonneux, a boy of 14 hit by two cars: 'La victime' was taken to hospital -> wounded 1-1, figure '' (definite), 'la victime' read by the story's outcome (title: badly hurt; set 44's Besançon row, as rank 31), narrator (the source close to the inquiry is credited for the previous sentence only), an accident (DEV), civils; his head striking the cars and his being unconscious carry no wound word (eighth-set hospital-condition call), no second claim")
D["claims2", 102] = S("no claim on reading (Ruth Bader Ginsburg hospitalised 'à deux reprises' before her death of cancer: disease, other sense)")
D["claims2", 103] = K([C("captured", "", 1, 1, "avocat", "unknown"),
                      C("captured", "", 1, 1, "avocat", "unknown")],
    "Benalla and Crase freed on appeal: Crase's lawyer on 'cette incarcération', unfounded in law -> captured 1-1, figure '' (definite), avocat; Benalla's lawyer: he has no business being 'en prison' -> captured 1-1, figure '' (pronoun), avocat; two named persons held, one claim each (set 58's Benalla and Crase pretrial detention row), each in his lawyer's quoted words (thirteenth-set kind), accused -> unknown; the appeal court's ruling and the 'contrôle judiciaire' are judicial")
D["claims2", 104] = S("no claim on reading (Death Valley's heat record: 'mort' in a place name)")
D["claims2", 105] = S("no claim on reading (a former prosecutor on 'un contrôle très étroit' of her inquiry: other sense)")
D["claims2", 106] = S("no claim on reading (Tasmania, stranded pilot whales: rescuers work until 'la tombée de la nuit': animals, other sense)")
D["claims2", 107] = S("no claim on reading (Michel Legrand 'est décédé' at 86: natural death)")
D["claims2", 108] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Netherlands, a family shut away on a farm: 'l'individu arrêté', 58, may not be the children's father after all -> captured 1-1, figure '' (definite; the age is no figure), narrator (first reports with no source named, DEV AFP-voice rule), a suspect -> unknown; the conditional bears on his paternity, not on the arrest")
D["claims2", 109] = S("no claim on reading (Wauquiez spoke of his wife 'à plusieurs reprises': other sense)")
D["claims2", 110] = S("no claim on reading (Benalla and Crase charged with group violence on 1 May: a charge with no wound word, judicial; 'il ne savait pas s'arrêter', other sense)")
D["claims2", 111] = S("no claim on reading (the opposition 'se sont saisis' of an affair: other sense)")
D["claims2", 112] = K([C("killed", "", 1, None, "gouvernement égyptien", "civils")],
    "EgyptAir crash: the Egyptian inquiry commission said explosive traces were found 'sur des victimes' -> killed 1-open, figure '' (DEV plural with no number; 'les victimes' dead in the story), the commission -> gouvernement égyptien (sixth-set state pattern, as set 11's EgyptAir row of the Egyptian prosecutor), passengers -> civils; a civil airliner is no materiel (ninth-set call); the victims' associations are parties, no claim; the experts' doubt bears on the cause, not the death")
D["claims2", 113] = S("no claim on reading (Saint-Martin-d'Hères: a husband finds his pregnant partner in her bath, 'inanimée': no death or wound word in the paragraph, the electrocution death is in the title and lede only (set 38's context-line rule); unlike the 'corps inanimé' rows, no body is named; a reviewer could write killed 1-1)")
D["claims2", 114] = S("no claim on reading (Mélenchon on 'reprises' of his words: other sense)")
D["claims2", 115] = K([C("killed", "Une", 1, 1, "narrator", "civils", "denied"),
                       C("wounded", "", 1, 1, "narrator", "civils"),
                       C("killed", "trois", 3, 3, "gouvernement britannique", "civils"),
                       C("killed", "", 1, 1, "gouvernement britannique", "unknown")],
    "Westminster 2017: 'Une cinquième victime, annoncée décédée à tort', was pulled out of the Thames -> killed 1-1 denied, figure 'Une' (the indefinite before an ordinal, twenty-second-set call), narrator (a false report of a death corrected in the paragraph: set 33's false Trump report and set 61's Omar Sy rows), civils; the same woman 'Très grièvement blessée', taken to hospital -> wounded 1-1, figure '' (pronoun), narrator, civils; the update: the British police revise the toll down to 'trois morts' -> killed 3, gouvernement britannique (sixth-set state pattern), passers-by -> civils, plus the attacker's death ('celle de l'assaillant', shot by police) added to that count -> killed 1-1, figure '' (definite), the same source, attacker -> unknown (seventh-set call); the CCTV per the Daily Mail bears on how she fell (conditional), no claim. Least sure: the denied claim (a reviewer could keep only her wound)")
D["claims2", 116] = S("no claim on reading (a plane's toilets 'tombées en panne': other sense)")
D["claims2", 117] = S("no claim on reading (Renaud on bullfights that end 'par la mort': animals)")
D["claims2", 118] = S("no claim on reading (Leonard Cohen honoured 'à de nombreuses reprises'; Canada mourns 'ton départ': other sense, natural death in the title)")
D["claims2", 119] = S("no claim on reading (hail and rain 'tombé' in the Pyrenees, 4,000 lightning flashes: other sense, no harm)")
D["claims2", 120] = K([C("killed", "", 1, 1, "narrator", "civils"),
                       C("captured", "", 1, None, "narrator", "unknown")],
    "Georgia, a black jogger's murder: the 74 days between 'le meurtre' and 'les arrestations' raise questions -> killed 1-1, figure '' (definite; 'le meurtre' names the killing, unlike 'le crime' with no harm word), narrator, civils; 'les arrestations' -> captured 1-open, figure '' (DEV plural with no number; the two men are in the previous paragraph only), narrator, suspects -> unknown; the video of the murder is the same fact")
D["claims2", 121] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Macron asked about Steve Maia Caniço, missing ('disparu') since 21 June after a police operation in Nantes -> missing 1-1, figure '' (named), narrator (an apposition before Macron's quote; his words carry no harm word), civils (the earlier Steve rows; in July 2019 no body yet); 'n'a plus donné signe de vie' restates it; the several people who 'étaient tombées dans la Loire' are a fall with no wound word, no claim")
D["claims2", 122] = S("no claim on reading (yellow vests' 'intimidations' and threats of assault on MPs; he 'a saisi' the interior minister: threats, other sense)")
D["claims2", 123] = S("no claim on reading (Macron on late sentences, unbearable 'pour la victime': a generic victim, no event; judicial)")
D["claims2", 124] = K([C("missing", "", 1, 1, "narrator", "civils"),
                       C("killed", "", 1, 1, "narrator", "civils"),
                       C("missing", "13", 13, 13, "narrator", "civils")],
    "Lelandais: to be heard again in the case of 'la disparition de Maëlys' -> missing 1-1, figure '' (named), narrator (a relative clause), civils (twenty-sixth-set call, the earlier Maëlys rows); 'Des ossements' of the young corporal Arthur Noyer found in September -> killed 1-1, figure '' (definite), remains found (DEV body rule, as the earlier 'ossements' Noyer row), narrator, an off-duty soldier -> civils (the Noyer rows of sets 58 to 60); '13 cas de personnes disparus' still unsolved in the region -> missing 13, narrator, civils; Lelandais's account that he dropped Noyer off bears on his role, not the harm")

# claims2: 45 kept (ranks 3 ... 124); ranks from 125 unread (after the stop)

# ---- numbers2 pool ----
D["numbers2", 0] = N("Marine Le Pen on Macron campaigning against 'des million de Français' and a second place in the European vote: no harm")
D["numbers2", 1] = N("BMW's next i8 may be '100 %' electric, per a British magazine's source: a share, no harm")
D["numbers2", 2] = N("Goldman sings the Restos du coeur song he wrote in 1986 at Véronique Colucci's funeral: a date, no harm (her death, in the lede, is natural)")
D["numbers2", 3] = N("national monuments' visitor record to be equalled despite Notre-Dame's closure since the 15 April fire: a date, property, no harm")
D["numbers2", 4] = N("Dieselgate: Volkswagen's former boss faces up to 10 years in prison: a sentence he risks, judicial, no harm")
D["numbers2", 5] = S("its only number sits in a product name, the AMR-C01 simulator (DEV 'M5' rule, set 51's model-name call)")
D["numbers2", 6] = N("Nissan concepts: a V6 of 3.0 litres and 400 hp: engine figures, no harm")
D["numbers2", 7] = N("the labour ordinances presented on 31 August, three protests planned on 12, 21 and 23 September: dates, no harm")
D["numbers2", 8] = N("a lawyer's remark on the FN, dated 2018: a date, no harm")
D["numbers2", 9] = N("the numerus clausus to go in 2020, four thousand medical assistant posts funded: dates and posts, no harm")
D["numbers2", 10] = N("a rape complaint against a minister closed early 2018, no violence established: a date, a sexual-offence accusation (no claim type), no harm")
D["numbers2", 11] = N("the Swiss air force's 26 F-5 Tigers and 30 F/A-18s to be retired around 2030: a fleet's strength, no harm")
D["numbers2", 12] = N("Xavier Bertrand proposes raising the retirement age by two or three months a year to 64 by 2028-2030: no harm")
D["numbers2", 13] = N("pension reform: 21 amendments adopted out of over 5,000: no harm")
D["numbers2", 14] = N("pension debate: a minister on six days of obstruction: a duration, no harm")
D["numbers2", 15] = N("Prince Harry meets Rihanna in Barbados on Wednesday 30 November: a date, no harm")

# numbers2: 15 kept (ranks 0-4, 6-15; rank 5 skipped); ranks from 16 unread (after the stop)
