"""Hand annotations of the twenty-ninth fresh set, the fourth drawn from the
second-generation pools (claims2 / numbers2: general news), drawn alone after
the twenty-eighth set was in benches/sets, and the decision for every rank
read (strictly in draw order). Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = set()

D = {}

# ---- claims2 pool ----
D["claims2", 0] = K([C("killed", "une", 1, 1, "narrator", "civils"),
                    C("captured", "Trois", 3, 3, "narrator", "unknown")],
    "Lille: a woman in her seventies found dead at home ('retrouvée morte', a homicide inquiry by the title) -> killed 1-1, figure 'une' (indefinite), a body found is killed (DEV); three people charged and jailed ('incarcérées') -> pretrial detention -> captured 3 (eighth-set pretrial call; 'mis en examen' alone would be no claim), suspects -> unknown; 'de sources concordantes' names no source -> narrator (twenty-eighth-set Bobigny call)")
D["claims2", 1] = K([C("hostage", "", 1, 1, "narrator", "civils"),
                    C("killed", "", 1, 1, "narrator", "civils")],
    "Maelys: the girl was taken at a wedding and then killed by Lelandais ('enlevée puis tuée') -> hostage 1-1 and killed 1-1 (an abduction and a killing, as the twenty-seventh set's 'l'enlèvement et le meurtre' inquiry), named, narrator, a child -> civils")
D["claims2", 2] = K([C("missing", "une", 1, 1, "média", "civils")],
    "Maddie case: a German prosecutor checks a link between the suspect and the disappearance of another girl, Inga, five years ago ('la disparition d'une autre fillette') -> missing 1-1, figure 'une' (indefinite, as the twenty-eighth set's 'une autre'), an unsolved disappearance (twenty-sixth-set Mouzin call); the whole sentence is the report of DPA and Der Spiegel -> média (dense whole-sentence exception), civils")
D["claims2", 3] = K([C("wounded", "", 1, 1, "avocat", "civils"),
                    C("captured", "", 1, 1, "avocat", "unknown")],
    "Paris protester hit by a policeman: his lawyers say he must be freed to tend 'ses blessures' -> wounded 1-1, named (figure ''), a protester hurt by police -> civils (twenty-sixth-set call on harm at police hands); the plea to free him presupposes that he is held (referred to the prosecutor, previous paragraph) -> captured 1-1 (ninth-set plea call: a reported call by the source), a suspect of violence -> unknown; claimant the lawyers -> avocat (thirteenth-set kind); trials of thousands of protesters are judicial")
D["claims2", 4] = K([C("killed", "Un", 1, 1, "média", "civils")],
    "Wasquehal: 'Un homme a perdu la vie', hit by a tram, as France 3 reports -> killed 1-1, figure 'Un', média (sixth-set kind), civils (a road accident, DEV)")
D["claims2", 5] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Maelys: thefts from the grave; the anniversary of the death of her daughter, 'tuée par Nordahl Lelandais' -> killed 1-1, definite, narrator, a child -> civils (one fact, 'la mort' and 'tuée' together); thefts are no claim")
D["claims2", 6] = K([C("wounded", "Un", 1, 1, "école", "unknown"),
                    C("wounded", "un", 1, 1, "gouvernement français", "civils")],
    "Grenoble university blockade: 'Un policier a été légèrement blessé', told to the AFP by the university's management (confirming a newspaper) -> wounded 1-1, figure 'Un', the university -> école (fifth-set kind for a school; the AFP yields to the named source, DEV), police -> unknown (sixth-set call); per the firefighters a student taken to hospital with minor wounds ('blessures sans gravité') -> wounded 1-1, figure 'un', rescue services -> gouvernement français (sixth-set state call), civils; two students who felt unwell carry no wound word")
D["claims2", 7] = K([C("killed", "", 1, 1, "source hospitalière", "civils")],
    "Cancer institute: it fully owns 'l'erreur pharmaceutique' behind 'du décès' of a child patient (an overdose, previous paragraph) and speaks of 'l'accident' -> killed 1-1, definite. My call: a death caused by a care error is an accident (DEV accidental deaths; as the twenty-eighth set's swallowed battery), not the illness of the twenty-sixth-set end-of-life call; the hospital's statement -> source hospitalière (twenty-eighth-set kind), civils. A reviewer could read it as a death in care, no claim")
D["claims2", 8] = S("no claim on reading (MPs calling for a law; no harm word in a harm sense)")
D["claims2", 9] = K([C("killed", "deux", 2, 2, "gouvernement suisse", "civils")],
    "Swiss Alps: two German climbers fell; rescuers could only note 'le décès des deux hommes', said the Valais cantonal police (quoted) -> killed 2, figure 'deux', a Swiss police force -> gouvernement suisse (earlier name; police -> the state, sixth-set call), climbers -> civils (a leisure accident, twenty-sixth-set call); 'les victimes' being identified is the same fact")
D["claims2", 10] = K([C("captured", "Deux", 2, 2, "narrator", "unknown")],
    "Roanne 'poisoned cigarettes': two young men jailed ('écroués') after being charged -> pretrial detention -> captured 2, figure 'Deux' (eighth-set pretrial call), suspects -> unknown, narrator; two others under judicial supervision were never said held -> no claim (eighth-set 'laissé libre' call); the intoxicated teenagers are in the lede only")
D["claims2", 11] = S("no claim on reading ('perte de confiance' in a poll)")
D["claims2", 12] = S("no claim on reading (a suspect of an attempted abduction stopped in his van and 'ramené au commissariat' after a drug test: stopped at a check and taken to a station, twenty-seventh-set customs-check call; an attempt is no harm; the arrest word is in the lede only)")
D["claims2", 13] = S("no claim on reading (rail sabotage; 'reprise' of traffic)")
D["claims2", 14] = K([C("wounded", "", 0, 0, "narrator", "civils", "denied")],
    "Storm Eleanor, Grenoble: a mudslide entered a flat, 'pas de blessé' -> wounded 0-0, figure '' (no number word), denied (seventh/seventeenth-set zero calls, as the twenty-eighth set's Lubrizol), narrator, civils; hundreds of rescue call-outs are no claim")
D["claims2", 15] = S("no claim on reading (jobs that will 'disparaître')")
D["claims2", 16] = S("no claim on reading (a network that should 'contrôle' hate speech)")
D["claims2", 17] = K([C("wounded", "Trois", 3, 3, "narrator", "civils")],
    "Marne tornado: a tree hit a car; 'Trois personnes ont été légèrement blessées' -> wounded 3, narrator, civils (a disaster, DEV); the fourth passenger taken to hospital, not worrying, carries no wound word (eighth-set hospital-condition call)")
D["claims2", 18] = K([C("killed", "", 1, None, "gouvernement français", "civils")],
    "Beirut port blast: Macron, quoted, says the Lebanese people 'pleure ses morts' -> killed 1-open (plural with no number), the President -> gouvernement français (DEV), the blast's dead -> civils; the damaged capital is no claim (buildings, eighth-set call)")
D["claims2", 19] = K([C("captured", "", 1, 1, "média", "unknown"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Lorient, two children run over: the car's passenger 'Placée en garde à vue' -> captured 1-1, definite, the sentence ends with BFMTV's report -> média, a suspect -> unknown; 'L'un des deux enfants' (10) 'est décédé' -> killed 1-1, figure '' (definite 'l'un', dense call), its own sentence with no source -> narrator, civils; the other child is not said hurt in the paragraph")
D["claims2", 20] = S("no claim on reading (Arc de Triomphe vandalised: furniture 'détruit' and damaged artworks are property, not equipment, ninth-set civilian-property call)")
D["claims2", 21] = S("no claim on reading (a date not yet 'arrêtée')")
D["claims2", 22] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Villeneuve-Saint-Georges: a resident's daughter is a friend 'de la victime', the girl hit by a motorbike and taken to hospital (lede) -> the living 'victime' of an accident -> wounded 1-1 (eleventh-set Bastia and twelfth-set living-victim calls: the weaker harm), definite, the sentence between the quotes is narration -> narrator, civils. A reviewer could call it no claim")
D["claims2", 23] = K([C("wounded", "", 1, 1, "gouvernement français", "civils")],
    "Nantes: an off-duty policeman shot a man in a brawl (lede); in the prosecutor's account the policeman joined a fight with 'la victime' and another man -> the man shot, living -> wounded 1-1 (eleventh-set 'victime' of a shooting call), definite, the sentence is under 'selon le procureur' -> gouvernement français (prosecutors, twenty-sixth-set call), a man shot by police -> civils (twenty-sixth-set call); blows the two men are suspected of, and the charges for 'violences', carry no wound word")
D["claims2", 24] = S("no claim on reading (a draft 'arrêté' on gas prices)")
D["claims2", 25] = K([C("killed", "un", 1, 1, "média", "civils")],
    "Paris 19th: a brawl of about thirty youths, 'faisant un mort', reveals Le Parisien -> killed 1-1, figure 'un', média, a youth in a brawl -> civils (as earlier brawl rows)")
D["claims2", 26] = S("no claim on reading (a journalist's late mother, 'disparue': natural death)")
D["claims2", 27] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Nissan: Carlos Ghosn 'avait été arrêté' in Tokyo with his right-hand man Greg Kelly -> two named persons with no total -> captured 1-1 and 1-1 (DEV no-total rule), narrator (a relative clause; Nissan's statement is about the dismissal), suspects -> unknown")
D["claims2", 28] = S("no claim on reading (a car forcing a police roadblock to avoid a 'contrôle', per the prefecture; the wounded officer and the arrest are in the lede only)")
D["claims2", 29] = S("no claim on reading (the Sun 'contrôle' the heliosphere)")
D["claims2", 30] = K([C("killed", "", 0, 0, "narrator", "civils", "denied")],
    "Anglet forest fire: 165 hectares and five houses burnt, 'sans faire de victimes' -> killed 0-0, figure '', denied (seventh-set 'sans faire de victimes' call), narrator, civils; about twenty people treated for smoke 'sans gravité' -> no claim (twenty-sixth-set smoke call); houses are not equipment")
D["claims2", 31] = S("no claim on reading (a graphic designer dead at 91: natural death)")
D["claims2", 32] = K([C("killed", "un", 1, 1, "gouvernement français", "civils", "uncertain")],
    "Chamonix avalanche: per a provisional toll the accident 'aurait fait un mort', a named emergency doctor and guide, announced the gendarmerie -> killed 1-1, figure 'un', conditional -> uncertain (DEV), the gendarmerie -> gouvernement français (earlier police calls), a skier -> civils (twenty-sixth-set leisure-accident call)")
D["claims2", 33] = K([C("killed", "", 1, 1, "narrator", "unknown"),
                     C("killed", "", 1, 1, "gouvernement français", "unknown")],
    "Marseille prison suicide: the justice minister met the family 'de la victime' -> killed 1-1 (DEV 'les victimes' rule; a suicide is killed, tenth/eighteenth-set calls), narrator; the minister, quoted: he 'n'aurait pas dû mourir' -> a second source of the same death -> killed 1-1, gouvernement français (a minister); a detainee -> unknown (eighteenth-set plotter's suicide in prison). A reviewer could keep only the minister's claim")
D["claims2", 34] = K([C("killed", "Plus de 100", 101, None, "narrator", "civils")],
    "Kerala temple fire during fireworks: 'Plus de 100 personnes sont mortes' -> killed 101-open (the 'plus de N' row), narrator, worshippers -> civils (an accident, DEV)")
D["claims2", 35] = S("no claim on reading (a supporter on Portland buildings 'détruits': property, ninth-set call)")
D["claims2", 36] = S("no claim on reading (the police chief refers videos to the IGPN; a warning of sanctions)")
D["claims2", 37] = S("no claim on reading (employees who will lose their jobs)")
D["claims2", 38] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Estelle Mouzin: sixteen years after 'la disparition de la fillette', a new judge looks at the Fourniret lead, per RTL -> missing 1-1, definite (twenty-sixth-set Mouzin call: 'la disparition' rows stay missing), a time adjunct -> narrator (adjunct call), civils")
D["claims2", 39] = S("no claim on reading (an actor's anecdote: a taxi drove off with his wife aboard, 'Il l'a kidnappée', in a comic talk-show tale and quoted in the title: my call, a hyperbole, as the ninth-set insult and joke call; a reviewer could count hostage 1-1)")
D["claims2", 40] = S("no claim on reading (the 'disparition' of an app)")
D["claims2", 41] = K([C("captured", "282", 282, 282, "gouvernement français", "unknown"),
                     C("captured", "249", 249, 249, "gouvernement français", "unknown")],
    "Football celebrations: 282 people 'ont été interpellées' in clashes, announced the interior ministry, and 249 of them put in custody -> captured 282 and the subset 249 (DEV subset rule), gouvernement français (the ministry), suspects -> unknown (arrested suspects call)")
D["claims2", 42] = S("no claim on reading (songs 'repris' by artists)")
D["claims2", 43] = S("no claim on reading (athletes 'victimes' of thefts and assaults, a minister attacked with a knife: no outcome or wound word stated; the black eye is in the previous paragraph)")
D["claims2", 44] = K([C("wounded", "Sept", 7, 7, "narrator", "unknown")],
    "Henin-Beaumont, protest: seven officers ('Sept policiers') lightly hurt ('légèrement blessés') -> wounded 7, narrator, police -> unknown (sixth-set call); a fast-food restaurant and two cars, one of them a police car, set on fire -> no materiel (my call: the ninth-set civilian-property call, 'cars burnt in road blockades', extended to a police car burnt in a riot; a reviewer could count materiel 1)")
D["claims2", 45] = K([C("wounded", "", 0, 0, "gouvernement français", "civils", "denied")],
    "Montpellier storm: a gym's roof fell in 'sans faire de blessé', per the firefighters -> wounded 0-0, figure '', denied (seventh/seventeenth-set zero calls), rescue services -> gouvernement français (sixth-set call), civils; four people helped off car roofs carry no harm word")
D["claims2", 46] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Angouleme: a father suspected of having caused 'la mort' of his baby, with shaken-baby injuries, brought before a judge -> the suspicion bears on his role, not the death -> killed 1-1, definite ('son enfant'), narrator, civils; the injuries are the same fact; the charge is to come (no claim for it)")
D["claims2", 47] = S("no claim on reading (migrants landing on a beach who 'disparu' from view: left)")
D["claims2", 48] = S("no claim on reading (pandemic deaths in the US: disease)")
D["claims2", 49] = S("no claim on reading (job cuts, 'destruction' of jobs)")
D["claims2", 50] = S("no claim on reading ('reprise' of a song)")
D["claims2", 51] = S("no claim on reading (critics 'saisie' an absence of results: grasped)")
D["claims2", 52] = K([C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Marly-le-Roi: per the police, Mahamadou Fofana fled, then jumped into the Seine where no camera could show the circumstances 'du décès' -> a drowning while chased by police -> killed 1-1, named, the sentence is under 'Selon la police' -> gouvernement français (police -> the state, as earlier police calls), civils (twenty-sixth-set call on deaths linked to police action); no arrest is stated")
D["claims2", 53] = K([C("captured", "", 1, None, "narrator", "civils")],
    "Belarus: the regime answered the students' strike with 'de nouvelles arrestations' -> captured 1-open (plural with no number), narrator, protesters held by a regime -> civils (twenty-sixth-set Belarus call)")
D["claims2", 54] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "expert", "civils", "uncertain")],
    "Adama Traore 'est décédé' in a gendarmerie barracks two hours after his arrest -> killed 1-1, narrator, civils (twenty-sixth-set call: the arrest is the circumstance of a death at police hands, no captured claim); a new medical report says he 'serait décédé' after a prone restraint -> a second source of the death -> killed 1-1, the medical expertise -> expert (fifth-set kind, as the twenty-seventh set's Maelys experts), conditional -> uncertain (as the twenty-seventh set's conditional account of Maelys's death)")
D["claims2", 55] = S("no claim on reading (customs fines and tobacco 'saisies': contraband goods are not equipment)")
D["claims2", 56] = S("no claim on reading (a politician who 's'est repris')")
D["claims2", 57] = K([C("hostage", "", 1, 1, "assaillant", "civils"),
                     C("killed", "", 1, 1, "assaillant", "civils"),
                     C("hostage", "", 1, 1, "assaillant", "civils"),
                     C("killed", "", 1, 1, "assaillant", "civils"),
                     C("killed", "5", 5, 5, "gouvernement français", "civils"),
                     C("killed", "2", 2, 2, "gouvernement français", "civils")],
    "Fourniret's detailed confessions of 'l'enlèvement et l'assassinat' of M.-A. Domece (1988) and of J. Parrish (1990) -> for each woman hostage 1-1 and killed 1-1 (as the Maelys abduction and killing), the killer speaking of his own acts -> assaillant (twenty-sixth-set call), civils; his life sentence for five murders and two assassinations ('5 meurtres et 2 assassinats') -> killed 5 and killed 2, two listed groups with no total (DEV), the court's findings -> gouvernement français (twenty-eighth-set conviction call); the sentence itself is judicial")
D["claims2", 58] = S("no claim on reading (mayors' anti-pesticide 'arrêtés')")
D["claims2", 59] = K([C("killed", "Deux", 2, 2, "narrator", "civils")],
    "Plerin beach: 'Deux septuagénaires ont péri' -> killed 2 (a drowning, DEV accidental deaths), narrator, civils")
D["claims2", 60] = S("no claim on reading (a minister's frustrations; 'bilan' of his record)")
D["claims2", 61] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Monchengladbach: the grandmother alerted the police, who found 'les corps sans vie' in the flat -> the five children of the lede, no number in the paragraph -> killed 1-open (plural with no number; DEV body rule), narrator, civils")
D["claims2", 62] = S("no claim on reading (a couple stung hundreds of times by bees, called 'les victimes', firefighters stung too: my call, stings with no wound word stay no claim, sixteenth-set hornet call, 'victimes' here naming those stung; the grave state is in the lede)")
D["claims2", 63] = S("no claim on reading (a minister 'interpellé' by strikers: hailed)")
D["claims2", 64] = S("no claim on reading (a rock pioneer's death, 'une bien triste perte': natural death)")
D["claims2", 65] = K([C("killed", "", 3, None, "média", "civils")],
    "Train-surfing: in Russia in 2012 'pas moins de trois décès par jour', explains BFMTV -> a count per day of accidental deaths -> killed 3-open (the 'au moins N' row; the twenty-sixth set's yearly drowning count call, applied to a daily count), figure '' because build.py parses no 'pas moins de' (as the twenty-seventh set's 'la dizaine'), média, civils. A reviewer could call a daily rate no claim (twenty-fifth-set rates call)")
D["claims2", 66] = K([C("wounded", "", 1, None, "narrator", "civils")],
    "Hautes-Alpes knife attack on a mother and her three daughters (all hurt, previous paragraph): Europe 1 mentions a quarrel over the clothes 'des victimes' -> wounded 1-open (tenth-set 'les victimes' read by the outcome when all were wounded), an adjunct of the channel's account of the motive -> narrator (adjunct call), civils; 'le motif de l'agression' and the prosecutor's words carry no harm word")
D["claims2", 67] = S("no claim on reading (a heading on care costs for road-accident 'victimes' in general: a class of people, no event or toll)")
D["claims2", 68] = S("no claim on reading (Chirac's death: natural death)")
D["claims2", 69] = S("no claim on reading (a mayor's 'arrêté' on masks)")
D["claims2", 70] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Meghan Markle spoke out in June on 'la mort de George Floyd' -> killed 1-1, named, narrator, civils (twenty-sixth-set Floyd call)")
D["claims2", 71] = K([C("killed", "", 1, 1, "source proche du dossier", "civils")],
    "Manosque: a boy of two fell into his grandparents' pool; per the first findings of the inquiry 'la jeune victime' was revived by firefighters then flown to Marseille -> the child died (title, lede): 'la victime' of a fatal accident -> killed 1-1 (DEV 'les victimes' rule), definite, the inquiry's findings -> source proche du dossier (judicial and inquiry sources call), civils; the fall itself ('est tombé') is the same event")
D["claims2", 72] = S("no claim on reading (a mayor's death, no cause told, his successor 'disparu': natural death)")
D["claims2", 73] = S("no claim on reading (a minister on heatwave prevention to avoid deaths: a purpose)")
D["claims2", 74] = K([C("captured", "un", 1, 1, "narrator", "unknown")],
    "Cherbourg calves: a man put in custody ('un homme', 'mis en garde à vue') -> captured 1-1, figure 'un' (dense custody rule), narrator, a suspect -> unknown; cruelty to animals is no claim")
D["claims2", 75] = S("no claim on reading (a prosecutor on Weinstein's harassment 'victimes': sexual harassment is no claim type, eleventh-set call)")
D["claims2", 76] = K([C("killed", "", 1, 1, "proche de victime", "civils")],
    "Abidjan landslide: a resident tells the AFP 'J'ai perdu mon fils' of three and looks for 'son corps' -> killed 1-1 (the body sought presupposes death, twenty-eighth-set Mouzin 'cadavre' call), definite, the father -> proche de victime (earlier kind), civils (a disaster, DEV); his wife survived; a house that 'a disparu' is no claim")
D["claims2", 77] = K([C("killed", "quelque 3.000", 2400, 3600, "narrator", "unknown"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Gbagbo acquitted after over seven years 'en détention' at The Hague -> captured 1-1, named, narrator, an accused held by an international court -> unknown (arrested suspects call); the 2010-2011 post-electoral violence 'qui avaient fait quelque 3.000 morts' -> killed 2400-3600 (the 'environ N' row), narrator, a whole crisis's toll -> unknown (DEV background tolls)")
D["claims2", 78] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Olof Palme case: the suspect, after confessing 'le meurtre', retracted -> the murder itself is told as fact -> killed 1-1, definite, narrator (the retracted confession is the suspect's, the murder the story's; no denial of the harm, DEV denial rule), a head of government murdered -> civils (as earlier Hariri rows); the suspect's and the widow's later deaths are natural")
D["claims2", 79] = S("no claim on reading (the Nice attack named with no toll, fresh6-8 call)")
D["claims2", 80] = S("no claim on reading (a painter's death 500 years ago: natural)")
D["claims2", 81] = K([C("captured", "", 1, 1, "gouvernement espagnol", "unknown")],
    "Horse-meat fraud: a Dutch trader convicted in absentia 'a été arrêté' in Spain at France's request, announced the Guardia Civil -> captured 1-1, named, a Spanish police force -> gouvernement espagnol (earlier name, sixth-set state pattern), a convict sought -> unknown; the sentences are judicial")
D["claims2", 82] = K([C("killed", "Au moins cinq", 5, None, "narrator", "civils")],
    "Tropical storm Isaias: 'Au moins cinq personnes sont mortes' -> killed 5-open, narrator, civils (a disaster, DEV); power cuts are no claim")
D["claims2", 83] = K([C("captured", "12", 12, 12, "proche de victime", "civils")],
    "The 12 Hong Kongers caught at sea and held in Shenzhen: family members say the lawyers they chose could not meet 'les détenus' -> captured 12 (held persons, dense rule), figure '12' (the group named 'des 12' in the same sentence), the relatives -> proche de victime, people held by a regime -> civils (twenty-sixth-set Belarus call)")
D["claims2", 84] = S("no claim on reading (a woman found dead in bed days after the emergency service failed to come for chest pains: natural death, as the twenty-eighth set's death after an emergency call)")
D["claims2", 85] = S("no claim on reading ('reprise' of business)")
D["claims2", 86] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Louisville: the Kentucky prosecutor will not charge with homicide 'les policiers ayant tué Breonna Taylor' -> killed 1-1, named, the participle phrase is narration (the prosecutor's words are about the charges) -> narrator, civils (twenty-sixth-set call on deaths at police hands)")
# ---- stop: rank 86 is the 45th paragraph with a claim. Ranks 87-89 were
# on screen in the same reading batch but are not part of the set (left unread
# in the log, "unread (after the stop)").

# ---- numbers2 pool ----
D["numbers2", 0] = N("a law on cold calling adopted after two years of shuttling; 'empoisonne la vie' is figurative")
D["numbers2", 1] = N("a town of 26,000 and seven party members joining a rival list; about twenty young people leaving for jihad is no harm type")
D["numbers2", 2] = N("firefighters' bonus at 28% and 19% of the base wage")
D["numbers2", 3] = N("a 125-euro fine and six licence points")
D["numbers2", 4] = N("a car engine of 420 hp, 0 to 100 km/h in 4.4 seconds")
D["numbers2", 5] = N("a businessman with a double cancer appearing on 7 September: illness is no claim")
D["numbers2", 6] = N("the cost of two court sites")
D["numbers2", 7] = N("holiday traffic advice by the hour")
D["numbers2", 8] = N("a Senate decision on an affair of eight months")
D["numbers2", 9] = N("one souvenir T-shirt and two astronauts")
D["numbers2", 10] = N("game-show winnings in euros for charities")
D["numbers2", 11] = N("a price-label error, 439.99 and 30.99 euros")
D["numbers2", 12] = S("contains a claim: three police officers questioned then charged 'Après leur garde à vue' -> captured 3 (dense custody rule)")
D["numbers2", 13] = N("a party founder excluded in 2015 and his plan to attend a congress")
D["numbers2", 14] = N("a poll progression of 13%")
D["numbers2", 15] = N("a speed limit lowered from 90 to 80 km/h on 9 January")
# ---- stop: rank 15 is the 15th paragraph with numbers and no claim. Ranks
# 16-24 were on screen in the same batch but are not part of the set.
