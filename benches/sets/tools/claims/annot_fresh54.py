"""Hand annotations of the fifty-fourth fresh set, the twenty-ninth drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 6401; sets 26 to 53 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"gouvernement indonésien"}  # claims2 rank 77: the Indonesian police (sixth-set state pattern)

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading (a 1951 German law that covers only 'victimes de guerre': a category of pension holders, generic victims; the 27 war wounded are in the lede only)")
D["claims2", 1] = K([C("killed", "quatre", 4, 4, "narrator", "civils")],
    "Jourdain brothers, 1997: on Jean-Louis's directions 'les corps des quatre jeunes filles' are found buried in the sand near a blockhouse -> killed 4 (DEV body rule; the murders are in the title and lede), narrator, civils; his telling where the bodies lie is the same fact, no confession of the killings in this paragraph")
D["claims2", 2] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("wounded", "un", 1, 1, "narrator", "civils")],
    "Reims footballer Antoine Conté 'placé en garde à vue' -> captured 1-1, figure '' (named), narrator, a suspect -> unknown (custody call); he violently assaulted 'un jeune homme de 19 ans', then named 'la victime' -> wounded 1-1, figure 'un' (DEV indefinite row; 19 is an age), the living-victim call of sets 35-43 (an assault whose target the paragraph names 'victime'), narrator, civils. A reviewer could follow the beatings call (no wound word, no wounded claim)")
D["claims2", 3] = S("no claim on reading (Binoche: 'Il a essayé de me tuer' said of Depardieu in a media spat: figurative)")
D["claims2", 4] = S("no claim on reading (Cattenom nuclear plant fire: some 1,000 m2 of prefabricated offices 'détruits': property, no one hurt (title))")
D["claims2", 5] = K([C("captured", "Cinq", 5, 5, "gouvernement français", "unknown"),
                     C("wounded", "neuf", 9, 9, "gouvernement français", "unknown")],
    "Invalides, an improvised party: 'Cinq personnes ont été interpellées' and 'neuf policiers blessés' in scuffles, per the Paris police prefecture -> captured 5 and wounded 9, the prefecture -> gouvernement français (earlier prefecture rows), arrested youths (suspects) and police officers -> unknown (set 52's police-officer rows)")
D["claims2", 6] = S("no claim on reading (roads closed under 'deux arrêtés' during a bomb disposal: other sense, no harm)")
D["claims2", 7] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "India, a man accused of killing his wife with two snakes (title, lede): her parents grew suspicious when the widower went after her property days 'après son décès' -> killed 1-1, figure '' (named, Uthra), the death named in a time adjunct with its cause (a murder) in the lede (set 52's Aylan Kurdi call), narrator, civils. A reviewer could call it a death with no cause told in the paragraph (no claim)")
D["claims2", 8] = S("no claim on reading (an actor mourns a young woman who had cancer, 'décès': disease)")
D["claims2", 9] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Artonne, Puy-de-Dôme: 'La victime', a woman of 93, found on the ground by her children, a rifle found beside 'son corps' hit by a firearm at the eye -> killed 1-1, figure '' (definite), a body found (DEV body rule; 'la victime' read by the outcome, the killing of the title), narrator, civils; the fall detector's 'certainly fell' is the company's first guess, no other harm")
D["claims2", 10] = S("no claim on reading (an age 'contrôle' for porn sites: other sense)")
D["claims2", 11] = S("no claim on reading (a woman who 'avait interpellé' Macron on fuel prices: addressed, other sense)")
D["claims2", 12] = S("no claim on reading (a boss trying to make his firm 'survivre', 'déposer le bilan': other senses)")
D["claims2", 13] = S("no claim on reading (a TV channel 'détenue par' Bolloré: other sense)")
D["claims2", 14] = S("no claim on reading (Brian Johnson joined AC/DC in 1980 after 'la mort' of Bon Scott, no cause told: natural-death call; a risk of deafness is no harm told)")
D["claims2", 15] = S("no claim on reading (Delon's son said to be self-destructive and broke, a VSD interview 'reprise' by media: other sense, no harm)")
D["claims2", 16] = K([C("killed", "", 1, 1, "syndicat", "civils")],
    "Pantin: a union co-secretary explains that the administration is held responsible 'du décès de Christine Renon', the school head whose suicide is in the title and lede -> killed 1-1, figure '' (named), a suicide is killed (set 49's suicide call, the suicide stated in the title and lede; the death named here, set 52's Aylan Kurdi call), quoted union official -> syndicat (earlier union rows), civils. A reviewer could leave it out (the cause only in the lede, set 43's 'tragic disappearance' row, though that one had no death word)")
D["claims2", 17] = S("no claim on reading (a suspended Belgian civil servant who 'avait saisi' the Council of State: other sense)")
D["claims2", 18] = S("no claim on reading (a new minister pledges to lower the number of women 'victimes de féminicides': a goal, generic victims)")
D["claims2", 19] = S("no claim on reading (MPs 'a contrôlé' the evaluation of dangerous substances, glyphosate: other sense)")
D["claims2", 20] = S("no claim on reading (Guéant's prison term upheld by the Court of Cassation 'arrêt': judicial, other sense)")
D["claims2", 21] = K([C("hostage", "", 1, 1, "média", "civils")],
    "Metz: per the local radio France Bleu Lorraine, the girl 'a été enlevée' from the paediatric ward where she was being treated -> hostage 1-1, figure '' (definite), a child taken, her mother suspected in the conditional (the hedge bears on who took her, not on the abduction) -> asserted (set 32's baby taken by his father and set 46's child abducted by his father), the whole paragraph under the local radio -> média, civils")
D["claims2", 22] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "US police victims: Daniel Prude, 41, 'est mort asphyxié par des policiers' after his arrest in Rochester -> killed 1-1, figure '' (a named man, 'Cet Afro-Américain'), narrator, civils (twenty-sixth-set deaths at police hands; the arrest is the circumstance, no captured claim, as set 52's Floyd rows)")
D["claims2", 23] = S("no claim on reading (Collard irritated by media talk of the main suspect of the 13 November attacks: a named attack with no toll)")
D["claims2", 24] = S("no claim on reading (Benalla tapes made in breach of 'contrôle judiciaire' after 'violences' of 1 May: judicial, no wound word)")
D["claims2", 25] = S("no claim on reading (a comic's joke about a rape, the regulator 'saisi' by viewers: sexual offence as a joke, other sense)")
D["claims2", 26] = K([C("killed", "21", 21, 21, "narrator", "civils"),
                      C("killed", "5", 5, 5, "narrator", "civils"),
                      C("missing", "30", 30, 30, "narrator", "civils"),
                      C("missing", "12", 12, 12, "narrator", "civils")],
    "Mexico earthquake, a school collapsed: the first lifeless bodies pulled out, '21 enfants et 5 adultes' -> killed 21 and killed 5 (two listed groups with no total, DEV rule; bodies found), then 30 children and 12 adults 'manquent à l'appel' -> missing 30 and missing 12 (still missing after a disaster, as the Beirut 'still missing' row), narrator, civils (disaster victims, DEV); 'la liste des victimes' restates")
D["claims2", 27] = S("no claim on reading (a TV anchor who 'ne s'est pas arrêté là': other sense)")
D["claims2", 28] = S("no claim on reading (Lelandais's cousin on touching and a death threat: a sexual offence and a threat; 'D'autres victimes' is a question; the funeral has no harm told)")
D["claims2", 29] = K([C("killed", "", 1, 1, "gouvernement français", "EI")],
    "After al-Baghdadi's death: the interior ministry's note, quoted, warns of jihadist propaganda following 'ce décès' -> killed 1-1, figure '' (a named man; his killing in a US operation is in the previous paragraph; the death named here, set 52's Aylan Kurdi call), the ministry's note -> gouvernement français, the IS leader -> EI (actor id, as DEV's Droukdal -> AQMI); the feared revenge acts are hypotheses. A reviewer could give the anaphor 'ce décès' no claim")
D["claims2", 30] = S("no claim on reading (Kendji Girac nearly killed by pruning shears falling on his head, 'je ne suis pas mort': a near miss with no wound word)")
D["claims2", 31] = K([C("wounded", "une dizaine", 8, 12, "média", "civils"),
                      C("wounded", "deux", 2, 2, "média", "civils")],
    "Seine-et-Marne: an explosion at a firm's site hurt 'une dizaine' of people ('blessés'), 'dont deux' very badly, burnt by chemicals, per Le Parisien and BFMTV -> wounded 8-12 ('une dizaine' row) and the 'dont' subset wounded 2 (DEV subset rule), the whole sentence under outlets -> média (first named), workers and people on site -> civils (an industrial accident, DEV accidents)")
D["claims2", 32] = S("no claim on reading (Macron's short Falcon flight, 'ce voyage interpelle': other sense)")
D["claims2", 33] = S("no claim on reading (religious bodies 'ont de nouveau saisi' the courts over contraception: other sense)")
D["claims2", 34] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Estelle Mouzin: a major revelation (the lede: Fourniret's ex-wife says he killed her) may overturn the case; the little girl 'Disparue depuis de nombreuses années' -> missing 1-1, figure '' (named), narrator, civils (the disappearance told as a fact; the murder is in the title and lede only)")
D["claims2", 35] = S("no claim on reading (the state-of-emergency bill: sentence reductions in terrorism cases, the 2015 attacks named with no toll: judicial, named attack)")
D["claims2", 36] = K([C("killed", "190.000", 190000, 190000, "narrator", "unknown")],
    "Seoul's Korean War memorial: plaques bearing the names of the '190.000' South Korean soldiers and UN coalition soldiers who died defending the South -> killed 190,000 (a war toll recalled, DEV background totals; one number covers both groups, one claim), narrator (the inscription's words quoted by the narration), soldiers outside the Sahel forces -> unknown (fourth-set call)")
D["claims2", 37] = S("no claim on reading (record sales after 'la mort' of Johnny Hallyday: natural death)")
D["claims2", 38] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Vannes attempted abduction of a girl: the car owner's brother, in his forties, 'a été interpellé' later, charged and 'placé en détention provisoire' -> captured 1-1, figure '' (definite 'ce dernier'; arrest and pretrial detention one fact, eighth-set call), narrator, a suspect -> unknown; the abduction was an attempt the girl escaped (lede) and he denies it -> no hostage claim")
D["claims2", 39] = S("no claim on reading (Chirac's hard time after 'la mort de sa fille Laurence', no cause told: natural-death call)")
D["claims2", 40] = K([C("killed", "", 1, 1, "gouvernement français", "civils"),
                      C("hostage", "", 1, 1, "gouvernement français", "civils"),
                      C("missing", "", 1, 1, "narrator", "civils")],
    "Lelandais, already charged ('mis en examen') with 'enlèvement suivi de meurtre' in Maëlys's case -> killed 1-1 and hostage 1-1 by the judges' charge -> gouvernement français (set 53's Grégory and set 52's Angélique calls: an abduction charge -> hostage, a charge naming the death -> killed), civils; the girl of 9 'a disparu' -> missing 1-1, figure '' (definite; 9 is an age), narrator (twenty-sixth-set call: a disappearance told beside the death stays a claim, as set 53's Maëlys rows); Arthur Noyer's disappearance and skull are in the previous paragraph")
D["claims2", 41] = S("no claim on reading ('à plusieurs reprises', a fake tweet: other sense)")
D["claims2", 42] = K([C("wounded", "un", 1, 1, "narrator", "civils")],
    "Student protests: in Lyon a student ('un étudiant', 22) 's'est immolé' before a university restaurant and is still between life and death in hospital -> wounded 1-1, figure 'un' (DEV indefinite row; 22 is an age), a self-inflicted burn is a wound (set 30's self-immolation call on the same student, from another article), a relative clause in the narration -> narrator, civils; the ministry's 'porte enfoncée' is property. A reviewer could read 'immolé' as no wound word (set 52's 'entre la vie et la mort' call) and write no claim")
D["claims2", 43] = S("no claim on reading (Renaud reacts to 'la mort' of Johnny Hallyday: natural death)")
D["claims2", 44] = S("no claim on reading (an electric-car record 'détenu' since 2017: other sense)")
D["claims2", 45] = K([C("killed", "", 1, 1, "gouvernement britannique", "civils")],
    "Boris Johnson, in a video message, says he understands the protesters, 'la mort de George Floyd' having, in his quoted words, awakened anger -> killed 1-1, figure '' (named), civils (twenty-sixth-set police deaths call); the clause is the content of his statement, its predicate quoted -> gouvernement britannique (earlier name; as the EU chief's row on the same death). A reviewer could give the participle clause to the narrator (adjunct call); attacks on the police and vandalised monuments carry no wound word")
D["claims2", 46] = K([C("wounded", "", 1, 1, "média", "civils")],
    "Hong Kong: local media report a quarrel between 'la victime' (a lawyer beaten by protesters, title and lede) and protesters building barricades -> wounded 1-1, figure '' (definite), a living 'victime' of an assault (the living-victim call of sets 35-43), the sentence under outlets -> média, civils. Least sure: the paragraph holds only the label 'la victime'; a reviewer could follow the beatings call (no claim)")
D["claims2", 47] = K([C("missing", "", 1, 1, "narrator", "unknown")],
    "Paris: 'La policière a disparu dans le fleuve' during a routine diving exercise near Notre-Dame, searches had not found her -> missing 1-1, figure '' (definite), narrator (the union is credited in the previous paragraph), a police officer -> unknown (set 52's police rows); 'Les opérations devaient reprendre' is other sense")
D["claims2", 48] = K([C("captured", "Un", 1, 1, "narrator", "unknown")],
    "Albanian drug ring in Haute-Savoie: 'Un 16e suspect', a small street seller, 'a été arrêté' after stealing an electric scooter -> captured 1-1, figure 'Un' (DEV indefinite row; '16e' is an ordinal), narrator, a suspect -> unknown; the scooter theft is property; the 15 arrests are in the previous paragraph")
D["claims2", 49] = S("no claim on reading (Lelouch moved by 'la mort' of Charles Aznavour: natural death)")
D["claims2", 50] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Kaepernick: tension rising since 'le décès' in Minneapolis of 'cet Afro-Américain de 46 ans' (George Floyd), arrested by the police -> killed 1-1, figure '' (demonstrative; 46 is an age), narrator, civils (twenty-sixth-set police deaths call: the arrest is the circumstance, no captured claim)")
D["claims2", 51] = S("no claim on reading (Nantes cathedral: the great organ 'détruit' in the fire: property)")
D["claims2", 52] = K([C("missing", "", 1, 1, "narrator", "civils"),
                      C("hostage", "", 1, 1, "proche de victime", "civils")],
    "Isère, 1983: Jérôme Janvier remembers the day 'son frère a disparu' -> missing 1-1, figure '' (named, Ludovic), a relative clause in the narration -> narrator, civils; in his quoted account a man left with Ludovic, 'On avait volé mon petit frère' -> the child taken away by a stranger, a kidnapping (the 'enlevé' of the previous paragraph) -> hostage 1-1, figure '', the brother, quoted in Le Parisien -> proche de victime (earlier kind; he was also a witness), civils. Least sure: 'volé' is no kidnapping word; a reviewer could keep the missing claim only")
D["claims2", 53] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "India: the French woman of 27, 'Placée en détention' on Thursday and released on bail -> captured 1-1, figure '' (definite), narrator (the police are named only for what they released of her name), a suspect held in a democracy over a video -> unknown (set 52's rule: only a regime's detainees -> civils); her phone confiscated is property; the three-year term she risks is judicial")
D["claims2", 54] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Al-Qaeda threatens Charlie Hebdo again, saying that 'le raid meurtrier' of January 2015 against the paper was no one-off -> killed 1-open, figure '' (DEV 'attaque meurtrière' row), the adjective is the narration's description inside the reported threat, outside its quoted words -> narrator (adjunct call), civils (earlier Charlie Hebdo rows); the 17 dead are in the previous paragraph; the threat is no claim")
D["claims2", 55] = K([C("captured", "", 1, None, "narrator", "civils")],
    "Paris: the Vél d'Hiv memorial, raised in memory of the 'victimes' of the Vél d'Hiv 'rafle', smeared with paint -> the victims of the 1942 roundup, a mass arrest -> captured 1-open (plural with no number), narrator, Jews held by the occupation authorities -> civils (a regime's detainees); the paint is property. Least sure: a reviewer could write killed 1-open (the Shoah rows: 'les victimes' dead in the story), though the paragraph names only the roundup")
D["claims2", 56] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Rambouillet: Guy Duchesne, head of a veterans' association, 'est décédé' overnight 'après avoir été passé à tabac' -> killed 1-1, figure '' (named), a death after a beating (not natural), narrator, civils; the beating itself is the cause of the same harm (one claim)")
D["claims2", 57] = K([C("captured", "Trois", 3, 3, "narrator", "unknown"),
                      C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Paris, an octogenarian's deadly assault: 'Trois suspects ont été interpellés' last week -> captured 3, narrator, suspects -> unknown; charged ('mis en examen') with 'violences volontaires ayant entraîné la mort' -> killed 1-1, the judges' charge naming the death -> gouvernement français (session-5 charge call), the woman -> civils")
D["claims2", 58] = S("no claim on reading (Hérault: storms 'se sont abattus' on the village: other sense; 'aucune victime' is in the lede only)")
D["claims2", 59] = S("no claim on reading (a misattributed Voltaire quote, 'jusqu'à la mort': figurative)")
D["claims2", 60] = K([C("killed", "un", 1, 1, "narrator", "civils"),
                      C("wounded", "un", 1, 1, "narrator", "civils")],
    "Lorient hit-and-run, an earlier article than set 53's three: the driver who 'a tué un enfant de dix ans' and 'blessé grièvement un de sept ans' on a pavement, after fleeing a road check, is still sought -> killed 1-1 and wounded 1-1, figure 'un' each (DEV indefinite row; ten and seven are ages), narrator, civils; 'contrôle routier' is other sense; a fugitive sought is no captured claim; the police appeal carries no harm")
D["claims2", 61] = S("no claim on reading (a TV broadcasting decree called 'cet arrêté': other sense)")
D["claims2", 62] = K([C("killed", "une", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "source proche du dossier", "civils")],
    "Marseille, a girl electrocuted in her bath (title): on 17 December 'une adolescente de 13 ans était décédée' in the same circumstances (a charging phone that fell into the water) -> killed 1-1, figure 'une' (DEV indefinite row; 13 is an age), an accidental death (DEV), narrator, civils; the inquiry had confirmed a death 'par électrocution' -> a second source for the same death (DEV two-source rule, as the Sarah Halimi row), the inquiry's findings -> source proche du dossier (eleventh-set call, the Réunion shark row), killed 1-1, figure ''. A reviewer could keep one claim (the inquiry restating the narrator's fact)")
D["claims2", 63] = S("no claim on reading (a stalker's damage to a retired couple's home, tyres slashed, 'un chaton mort' nailed to the gate: property, animals, harassment)")
D["claims2", 64] = S("no claim on reading (Laura Smet at the villa where her father 'est décédé': natural death)")
D["claims2", 65] = K([C("wounded", "", 0, 0, "gouvernement américain", "civils", modality="denied")],
    "Florida: a Boeing 737 with 143 aboard overshot its landing at a naval air station and ended in a river 'sans faire de blessé grave', the military authorities said -> wounded 0-0, figure '', denied (set 52's 'sans faire de blessé' zero call; the 'aucun blessé grave' Tolbiac rows read the same way), US military -> gouvernement américain (earlier name), passengers -> civils; the plane ending in the water carries no destruction word -> no materiel; the 2009 Hudson landing carries no harm")
D["claims2", 66] = S("no claim on reading (Trump Jr's divorce rumours, seen together 'à deux reprises': no harm)")
D["claims2", 67] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Kate Middleton's uncle: after a domestic row the driver tells the Daily Mail he hit his wife in the face and she fell and knocked her head -> a beating with no wound word (beatings call), no claim; 'Le multimillionnaire' stayed only a few hours 'au poste de police' -> captured 1-1, figure '' (definite), held at the station (the arrest of the title and lede; a short custody still presupposes it, as 'a release presupposes custody'), narrator, a suspect -> unknown; the court date and the order to keep away are judicial. A reviewer could write wounded 1-1 for the wife (témoin)")
D["claims2", 68] = S("no claim on reading (the Senate's bureau 'saisi' over a senator's words: other sense)")
D["claims2", 69] = S("no claim on reading (Bendaoud loses a libel suit; his sentence for hosting two jihadists of the 13 November attacks: judicial, a named attack with no toll)")
D["claims2", 70] = S("no claim on reading ('l'affaire ne s'arrête pas là', Akie Abe's English: other sense)")
D["claims2", 71] = K([C("captured", "237", 237, 237, "narrator", "unknown"),
                      C("captured", "144", 144, 144, "narrator", "unknown")],
    "Yellow vests' act 18 in Paris: in the evening the arrests reached '237 personnes', 'dont 144' in custody at 9 pm -> captured 237 and the 'dont' subset captured 144 (DEV subset rule; arrest and custody of the subset are the same kind of fact, a narrower group), narrator (the Interior is credited for the turnout sentence only), protesters -> unknown (suspects); the turnout counts are no claim")
D["claims2", 72] = K([C("killed", "", 1, 1, "narrator", "unknown"),
                      C("hostage", "", 1, 1, "narrator", "civils")],
    "Trèbes: after taking 'la place de l'otage', Beltrame faced the attacker for nearly three hours before the gendarme 'succombe' to a knife blow to the neck -> killed 1-1, figure '' (named), narrator, a gendarme -> unknown (earlier Beltrame rows); the hostage whose place he took -> hostage 1-1, figure '' (definite), narrator, civils (as the earlier 'avait pris la place d'un otage' row); the mother's quotes (on killing in a religion's name) are generic")
D["claims2", 73] = S("no claim on reading (spectators who felt unwell at a horror film, an ambulance called: no harm type)")
D["claims2", 74] = S("no claim on reading (an actor's relapses into alcoholism 'à plusieurs reprises': addiction, other sense)")
D["claims2", 75] = K([C("killed", "152", 152, 152, "narrator", "civils"),
                      C("killed", "", 1, None, "gouvernement français", "civils")],
    "Yemenia 2009: the crash of an Airbus A310 off the Comoros 'qui avait fait 152 morts' and left one 12-year-old survivor -> killed 152, narrator (relative clause), passengers and crew -> civils (the crash a descriptor, no materiel for a civil aircraft, ninth-set call); the Paris prosecution asks for a trial for 'homicides involontaires' -> killed 1-open (a plural offence with no number, as the Millas and Grenoble surgeon rows), the prosecution -> gouvernement français (session-5 inquiry and charge calls); the survivor has no wound word")
D["claims2", 76] = S("no claim on reading (drought: 'les arbres meurent': plants, no person)")
D["claims2", 77] = K([C("captured", "Quatre", 4, 4, "gouvernement indonésien", "unknown")],
    "Indonesia: 'Quatre hommes' suspected of poaching 'ont été arrêtés' for killing a Sumatran tiger, the police said -> captured 4, the Indonesian police -> gouvernement indonésien (added name, sixth-set state pattern, as gouvernement indien or gouvernement philippin), suspects -> unknown; the tiger killed is an animal (no claim), 'menacée de disparition' is other sense")
D["claims2", 78] = S("no claim on reading (SNCF walkout, a 'reprise progressive' of traffic: other sense; the level-crossing collision and its wounded are in the previous paragraph)")
D["claims2", 79] = S("no claim on reading (Finistère: a driver who follows motorists and waits for 'ses victimes' outside their homes: harassment, no harm type)")
D["claims2", 80] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Nantes: the IGPN criticised over its report after 'la mort' of Steve Maia Caniço -> killed 1-1, figure '' (named), narrator (a time adjunct), civils (the earlier Steve rows: a death during a police operation is not natural)")
D["claims2", 81] = K([C("wounded", "11", 11, 11, "narrator", "civils")],
    "Ardennes, 16 October: a Charleville-Reims TER hit an oversized road convoy stuck on a level crossing; 'La collision avait fait 11 blessés' -> wounded 11, an accident's toll (DEV), narrator (the SNCF report is credited in the previous paragraph for its publication only), passengers -> civils; civil vehicles in a collision -> no materiel (ninth-set call)")
D["claims2", 82] = S("no claim on reading (Anne of Brittany's heart reliquary stolen from a Nantes museum, the police 'saisie' of the inquiry: property, other sense; her heart 'inhumé' is history)")
D["claims2", 83] = K([C("wounded", "", 1, 1, "narrator", "civils", modality="uncertain")],
    "Eure, a mother in a church: she 'aurait tenté de se trancher la gorge' twice and to open her veins, and swallowed white spirit with drugs; the firefighters found her in a serious state -> wounded 1-1, figure '' (pronoun), a suicide attempt's injuries (thirtieth-set self-immolation call; set 36's Louviers church row, bleeding throat and wrists), uncertain (the conditional bears on the cutting itself, the only wound told here; her 'plaies' are in the previous paragraph), narrator (the news site is credited in the lede), civils. Least sure: a reviewer could write asserted (the wounds are stated just before)")
D["claims2", 84] = K([C("killed", "Huit", 8, 8, "narrator", "civils"),
                      C("wounded", "un", 1, 1, "narrator", "civils"),
                      C("wounded", "", 1, None, "narrator", "civils")],
    "A sea rescuer's memories: his first mission in 2017, 'Huit morts' -> killed 8; the next, he saved 'un homme' with four Kalashnikov bullets in his belly -> wounded 1-1, figure 'un' (a wound told without 'blessé', fifteenth-set call); and youths with broken arms, beaten by the smugglers with crowbars -> wounded 1-open (plural with no number, a wound told without 'blessé'); migrants at sea -> civils; narrator (no speech verb in the paragraph; the quoted fragments sit inside the narration's sentences). A reviewer could credit the two wounded claims to the rescuer (témoin)")
D["claims2", 85] = S("no claim on reading (a man who followed, insulted and threatened Zemmour 'à plusieurs reprises': threats)")
D["claims2", 86] = S("no claim on reading (an adviser who 'a repris' Macron's old office: other sense)")
D["claims2", 87] = S("no claim on reading (a 2013 'arrêté' on office lights: other sense)")
D["claims2", 88] = S("no claim on reading (a cocaine user operated on for a brain ischaemia, 'mon corps': disease, addiction)")
D["claims2", 89] = K([C("wounded", "", 1, None, "média", "civils")],
    "The Canard enchaîné reports a named census by Paris hospitals 'des personnes blessées' in the yellow-vest protests, in the SI-VIC file -> wounded 1-open (plural with no number; the listed persons are presupposed hurt, as the fund for police 'blessées' row), the weekly -> média, protesters -> civils (earlier yellow-vest rows); the file's purpose for identifying attack victims is generic; the 2015 attacks named with no toll")
D["claims2", 90] = S("no claim on reading (Morbihan beaches closed: breaches of 'arrêtés municipaux', damaged fittings: other sense, property)")
D["claims2", 91] = S("no claim on reading (MPs 'ont repris' the bioethics debate: other sense)")
D["claims2", 92] = S("no claim on reading (school drills, one 'simulant un attentat', first-aid training: hypothetical, no harm)")
D["claims2", 93] = K([C("killed", "", 200, None, "narrator", "civils")],
    "Mediator: the drug, prescribed to about five million people over 33 years, is held responsible for 'centaines de décès' -> killed 200-open, figure '' ('des centaines' row reduced to 'de centaines' after 'de', which build.py does not parse, as the Wellington vigil row), deaths caused by a medicine (my call: a harm caused by a product, read as the twenty-ninth set's care-error deaths, not as illness; the lab is on trial), narrator (no one named as holding it responsible), patients -> civils. Least sure: a reviewer could read drug side effects as disease (no claim)")
D["claims2", 94] = S("no claim on reading (Juliette Gréco on singing, 'il y a le corps': other sense; her death is in the title and lede, natural)")
D["claims2", 95] = S("no claim on reading (a RATP union leaflet on 'L'exécution de ce statut': other sense)")
D["claims2", 96] = S("no claim on reading (the government's 'bilan' of Parcoursup: other sense)")
D["claims2", 97] = S("no claim on reading (Darmanin calls himself the 'principale victime' of a calumny; the rape complaint against him: figurative, a sexual-offence complaint)")
D["claims2", 98] = S("no claim on reading (Harki camp of Rivesaltes: baby Omar 'décèdera' in January 1963 and was buried in the camp, no cause told: set 52's Harki camp deaths call)")
D["claims2", 99] = K([C("hostage", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "assaillant", "civils")],
    "Maëlys: investigators doubt Lelandais's explanation for 'l'enlèvement de la fillette' on 27 August 2017 -> hostage 1-1, figure '' (definite), the narration's noun phrase (the investigators doubt his account, not the abduction) -> narrator, civils (abduction named as fact -> hostage); he keeps saying 'qu'il avait tué Maëlys' by accident -> killed 1-1, figure '' (named), the suspect's own account -> assaillant (earlier Daval and Lelandais rows: an accident claimed bears on how, the killing stays asserted), civils; his admitted paedophile leanings are no claim type")
D["claims2", 100] = K([C("killed", "treize", 13, 13, "narrator", "civils")],
    "Spain adds barriers after the ram-car attack 'qui a fait treize morts' on the Barcelona Ramblas -> killed 13, narrator (relative clause), civils (earlier Barcelona rows); the measures and the alert level carry no harm")
D["claims2", 101] = K([C("killed", "", 1, None, "narrator", "civils")],
    "AZF 2001 in Toulouse, recalled after Beirut: the disaster will haunt 'les familles des victimes' and the survivors for life -> killed 1-open, figure '' (victims' families presuppose the dead, session-3 call; the article's victims are AZF's dead), narrator, civils; 'rescapés' carries no wound word; Beirut's toll is in the lede only")
D["claims2", 102] = K([C("wounded", "", 1, None, "narrator", "unknown"),
                       C("killed", "", 1, None, "narrator", "unknown")],
    "Beltrame's national tribute: 'Ses collègues, blessés durant l'assaut', were also honoured by Macron -> wounded 1-open (plural with no number), gendarmes -> unknown (earlier Beltrame rows); so were 'les soldats qui ont perdu la vie' in external operations -> killed 1-open (plural, DEV 'les soldats tués' row), French soldiers of all theatres, not the Sahel forces alone -> unknown (fourth-set call for French deaths outside the Sahel forces; a mixed theatre); both in the narration's sentence about his tribute (apposition and relative clause) -> narrator")

# ---- numbers2 pool ----
D["numbers2", 0] = N("Darmanin, sued for rape, claims the presumption of innocence on 9 July: a sexual-offence complaint and a date, no claim")
D["numbers2", 1] = S("no number outside names: the only digit is in the channel name C8 (the date is in the lede; DEV 'M5' rule)")
D["numbers2", 2] = N("the Health minister refuses to reopen Paris parks, groups of ten: lockdown rules, no harm")
D["numbers2", 3] = N("a new César voted by 2000 high-school pupils in 2019; no harm")
D["numbers2", 4] = N("storm Ciara reaches Corsica, several fires on the night of 10 to 11 February: weather and fires with no harm told")
D["numbers2", 5] = N("a 'Green Friday' group with 40,000 euros of subsidy, about a hundred members, 15% of sales; no harm")
D["numbers2", 6] = N("Macron's e-mail address in a hacked file of several million addresses sold for under 50 euros; no harm")
D["numbers2", 7] = N("George Floyd's 'calvaire', whose video went viral, sparked a mobilisation unseen since the 1960s: no harm word in the paragraph (his killing is in the lede), a date; my call: no claim, as harm told with no wound word. A reviewer could write killed 1-1 and skip the row")
D["numbers2", 8] = N("AMG cars for a winter driving course, 421 hp and 500 Nm; no harm")
D["numbers2", 9] = N("the Health minister on wine as an alcohol like others, a TV debate on 7 February; no harm")
D["numbers2", 10] = N("Hervé Vilard's wish, two years earlier, to retire from singing; no harm")
D["numbers2", 11] = N("the OECD on social unrest weighing on 2018 activity and Macron's social measures; no harm")
D["numbers2", 12] = N("Rennes station: a false bomb alert on 31 March by a 46-year-old SNCF employee halted trains: a hoax, no harm")
D["numbers2", 13] = N("the US sanctions a Ukrainian for smearing Biden before the 3 November election; no harm")
D["numbers2", 14] = N("watching the transit of Mercury, a planet at 430°C by day and -180°C by night, with meteorite craters; no harm")
D["numbers2", 15] = N("pensions of French retirees abroad: the fund spotted a bank-transfer bug on 10 September, payments expected on 21 September; no harm")
