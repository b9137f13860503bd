"""Hand annotations of the thirtieth fresh set, the fifth drawn from the
second-generation pools (claims2 / numbers2: general news), drawn alone after
the twenty-ninth set was in benches/sets, and the decision for every rank
read (strictly in draw order). Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = set()

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading (a far-right group's plan to attack places of worship: a plot; the charges are in the previous paragraph)")
D["claims2", 1] = K([C("killed", "Trois", 3, 3, "média", "civils")],
    "Cauterets: three skiers reported missing were found lifeless ('retrouvés sans vie'), reports La Depeche -> killed 3, figure 'Trois', média; the earlier 'portés disparus' is the same people, dead (sixth-set euphemism call: one fact), skiers -> civils (twenty-sixth-set leisure-accident call)")
D["claims2", 2] = K([C("killed", "59", 59, 59, "média", "unknown")],
    "French police chief leaving: he was said to be hurt by the record number of officers' suicides, 59 in 2019 -> a yearly count of suicides -> killed 59 (suicides are killed, tenth/eighteenth-set calls; yearly counts, sixteenth-set call), the paragraph is Le Point's account (conditional of report, 'explique l'hebdomadaire') -> média, police officers -> unknown (sixth-set call); the conditional bears on his feelings, not on the deaths -> asserted")
D["claims2", 3] = K([C("captured", "", 1, None, "narrator", "civils")],
    "Venezuela: 'Ces nouvelles arrestations' of foreign reporters (two French, and Chileans in the previous paragraph) -> captured 1-open (plural with no number in the paragraph; the group is not clearly two), narrator, journalists held by a regime -> civils (twenty-sixth-set Belarus call)")
D["claims2", 4] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Greenland: the search for the climate scientist stopped without 'le corps' being found -> he is dead (lede) and the body sought presupposes death -> killed 1-1, named, narrator, civils (an accident, DEV; twenty-eighth-set Mouzin 'cadavre' call)")
D["claims2", 5] = S("no claim on reading (the 13 November attacks named with no toll, fresh6-8 call)")
D["claims2", 6] = K([C("killed", "", 1, 1, "ONG", "civils")],
    "Spain: a human-rights association's lawyer, quoted, says stress and force used on a restrained minor 'l'a tué' -> killed 1-1, named, the association -> ONG (nearest kind, twenty-sixth-set call), a teenager in a centre -> civils; the disputed manner of death is the association's view, the death is not in doubt")
D["claims2", 7] = K([C("killed", "un", 1, 1, "narrator", "civils")],
    "California: the FBI also takes up the case of 'un autre homme noir' 'retrouvé pendu' -> a body found is killed (DEV body rule; suicide or murder, killed either way) -> killed 1-1, figure 'un' (indefinite, as the twenty-eighth set's 'une autre'), narrator, civils")
D["claims2", 8] = S("no claim on reading (fibre cables cut, clients 'victimes' of outages: property, ninth-set call)")
D["claims2", 9] = K([C("wounded", "", 2, None, "narrator", "civils")],
    "Montreal snowstorm pile-up of about ten vehicles (buses, a police car, a snowplough): 'quelques blessés légers' -> wounded, my call: 'quelques' read as the 'plusieurs' row -> 2-open, figure '' because build.py parses only 'plusieurs' (no tool changed), narrator, motorists -> civils")
D["claims2", 10] = S("no claim on reading (Sarkozy's 'contrôle judiciaire' alone: not said held in the paragraph, eighth-set call; the custody is in the lede)")
D["claims2", 11] = S("no claim on reading (a minister leading a list; no harm sense)")
D["claims2", 12] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Paris police HQ attack 2019: portrait of one of the four officers, 'Elle a été tuée' when the attacker left his office -> killed 1-1, named, narrator, a police employee -> unknown (sixth-set police call)")
D["claims2", 13] = S("no claim on reading (a constitutional vote result)")
D["claims2", 14] = K([C("killed", "sept", 7, 7, "narrator", "civils"),
                     C("killed", "Un", 1, 1, "narrator", "civils"),
                     C("killed", "un", 1, 1, "narrator", "civils"),
                     C("killed", "cinq", 5, 5, "narrator", "civils")],
    "Storm Xavier, Germany: 'Les sept victimes' were drivers hit by falling trees (dead, title and lede) -> killed 7 (DEV 'les victimes' rule); then one death in Hamburg ('Un décès'), 'un autre' in Karstadt and five near Berlin -> numbered parts of the total, each its own claim (DEV subset rule; twenty-sixth-set single victims next to a total) -> killed 1, 1, 5; narrator, motorists -> civils")
D["claims2", 15] = K([C("wounded", "une", 1, 1, "média", "unknown")],
    "Lyon: a gendarme and her partner attacked by eight teenage girls who cut 'une des deux jeunes femmes' on the face with a knife, per Le Parisien -> wounded 1-1, figure 'une', média; which of the two is not said, one is an off-duty gendarme -> unknown (twenty-seventh-set off-duty gendarmes call, read as a mixed toll)")
D["claims2", 16] = S("no claim on reading (media pressure on a royal couple)")
D["claims2", 17] = K([C("killed", "", 1, 1, "média", "civils")],
    "Baghdad: a former Miss Iraq 'a été abattue' in the street, as Le Parisien notes -> killed 1-1, named, média, civils")
D["claims2", 18] = K([C("killed", "Trois", 3, 3, "gouvernement américain", "civils")],
    "US West Coast fires: 'Trois personnes ont péri' in northern California, per the Butte county authorities -> killed 3, a US local authority -> gouvernement américain (sixth-set state pattern, as earlier US authorities), civils (a disaster, DEV)")
D["claims2", 19] = S("no claim on reading (words 'repris' on social networks)")
D["claims2", 20] = S("no claim on reading (a carbon 'bilan' of carmakers)")
D["claims2", 21] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Saint-Quentin femicide: 'La victime a été retrouvée morte, étranglée' at home -> killed 1-1, definite, narrator, civils")
D["claims2", 22] = S("no claim on reading (death threats: threats are no claim)")
D["claims2", 23] = S("no claim on reading (a lawyer's letter asking police to stop seizing journalists' gear: a demand, and civilian gear is not a party's equipment, ninth-set call)")
D["claims2", 24] = S("no claim on reading (a heading on a bill for victims' rights)")
D["claims2", 25] = S("no claim on reading (racism that 'blesse notre âme': figurative)")
D["claims2", 26] = K([C("wounded", "", 1, 1, "syndicat", "civils"),
                     C("wounded", "", 1, 1, "narrator", "civils")],
    "Lyon student who set himself on fire: per the student unions the young man, burnt over 90% ('brûlé à 90%'), is between life and death -> wounded 1-1, definite, syndicat (earlier kind), civils. My call: a self-inflicted burn is a wound (fifteenth-set wound-without-'blessé' call; suicides are killed, so an attempt's injuries are wounded); his girlfriend 'de la victime' who alerted rescuers -> the narrator's living 'victime' -> a second source -> wounded 1-1, narrator (twelfth-set living-victim call)")
D["claims2", 27] = S("no claim on reading (a house partly destroyed by a blast: a building, eighth-set call)")
D["claims2", 28] = S("no claim on reading (actors' pay)")
D["claims2", 29] = S("no claim on reading (a PM who 's'est ensuite repris')")
D["claims2", 30] = S("no claim on reading (hectares burnt: no person harmed)")
D["claims2", 31] = S("no claim on reading ('victime de piratage': a hacked account)")
D["claims2", 32] = S("no claim on reading (economic 'pertes')")
D["claims2", 33] = S("no claim on reading ('contrôle accru' of funds)")
D["claims2", 34] = S("no claim on reading (a patient dead in an emergency ward after twelve hours: no violent or accidental cause told, as the twenty-eighth set's death after an emergency call)")
D["claims2", 35] = S("no claim on reading (an official's death from a heart attack on a hike: natural death)")
D["claims2", 36] = S("no claim on reading (a prefectoral 'arrêté' banning protests)")
D["claims2", 37] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Christchurch killer's life sentence: an imam of one of the mosques 'où M. Tarrant a tué des fidèles' welcomes justice -> killed 1-open (plural with no number), the relative clause is narration -> narrator (the imam's words are about justice), worshippers -> civils; the sentence is judicial")
D["claims2", 38] = K([C("captured", "", 1, 1, "média", "unknown")],
    "Grenoble jail suicide: per the regional daily the inmate had been 'en détention provisoire' for over a year -> pretrial detention -> captured 1-1, definite (eighth-set pretrial call; nineteenth-set 'incarcéré depuis'), média, a suspect -> unknown; the suicide is in the title and lede only, and sexual offences are no claim type")
D["claims2", 39] = K([C("killed", "Un", 1, 1, "élu local", "civils")],
    "Ivory Coast election violence: a youth of 18 ('Un jeune') 'a été tué' in clashes with the security forces, the town's mayor told the AFP -> killed 1-1, figure 'Un', a mayor -> élu local (earlier kind), a youth in clashes -> civils")
D["claims2", 40] = S("no claim on reading (Epstein's 'victimes' of sexual abuse: no claim type, eleventh-set call)")
D["claims2", 41] = K([C("captured", "", 9, 9, "narrator", "unknown")],
    "Mulhouse pimping ring: a retired teacher arrested 'parmi les neufs personnes arrêtées' -> captured 9 (she is inside the counted group, DEV), figure '' because the number word is misspelt ('neufs') and build.py parses only 'neuf', narrator (the source is named for the charge sentence only), suspects -> unknown; 'mise en examen' is no claim")
D["claims2", 42] = S("no claim on reading ('la disparition des amants': they left a party)")
D["claims2", 43] = S("no claim on reading (a director felt he had 'tué un bébé': figurative)")
D["claims2", 44] = K([C("wounded", "", 1, None, "gouvernement français", "civils")],
    "Aisne bus crash: per the prefecture's tweet 'toutes les victimes' are being taken to hospital -> living victims of an accident -> wounded 1-open (tenth-set 'les victimes' read by the outcome, all hurt; twelfth-set living-victim call), the prefecture -> gouvernement français (fourteenth-set prefecture call), children and adults -> civils")
D["claims2", 45] = S("no claim on reading (a TV host dead of cancer: illness)")
D["claims2", 46] = S("no claim on reading (forty pigeons killed: animals; a tenant's death the day before, no cause: natural)")
D["claims2", 47] = S("no claim on reading (a president's affair)")
D["claims2", 48] = K([C("killed", "228", 228, 228, "narrator", "civils")],
    "Air France: the last flight with 'un accident mortel' is Rio-Paris, the plane lost at sea in 2009 'avec 228 personnes à bord' -> all aboard died: a deadly accident and a disappearance said of the dead (sixth-set euphemism call) -> killed 228, figure '228', narrator, passengers and crew -> civils; no materiel for a civil airliner (ninth-set call); the dismissal of manslaughter charges is judicial. A reviewer could read only 1-open")
D["claims2", 49] = S("no claim on reading ('reprise' of school)")
D["claims2", 50] = S("no claim on reading (a mock death notice tweeted as a joke)")
D["claims2", 51] = S("no claim on reading (a TV channel's 'pertes')")
D["claims2", 52] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Brussels airport reopening 40 days after 'les attentats meurtriers du 22 mars' -> killed 1-open (DEV 'attaque meurtrière'), narrator, travellers -> civils")
D["claims2", 53] = S("no claim on reading (road deaths per million people: rates with no count, twenty-fifth-set rates call)")
D["claims2", 54] = S("no claim on reading (a robot able to carry out 'des blessés': a capability)")
D["claims2", 55] = S("no claim on reading (a widow at a singer's grave: natural death)")
D["claims2", 56] = S("no claim on reading (a passenger stung by a scorpion, 's'est fait piquer': no wound word, sixteenth-set sting call)")
D["claims2", 57] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Minnesota 2016: Philando Castile shot dead ('abattu') at a routine police stop -> killed 1-1, named, narrator, civils (twenty-sixth-set call on deaths at police hands)")
D["claims2", 58] = K([C("wounded", "", 0, 0, "syndicat", "unknown", "denied")],
    "Metz prison evacuated after a slab sank: 'personne n'a été blessé' ('A priori'), says a prison-staff union official -> wounded 0-0, figure '' (no number word), denied (seventh/seventeenth-set zero calls), syndicat, inmates and staff -> unknown")
D["claims2", 59] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Carrieres-sous-Poissy pond: one of the two children 'n'a pas pu être ranimé', and the second, in hospital, 'Il est mort' the next morning -> two persons with no total in the paragraph -> killed 1-1 and killed 1-1 (DEV no-total rule), figure '' (definite 'l'un', 'le second'), narrator, civils (a drowning, DEV)")
D["claims2", 60] = K([C("captured", "", 1, 1, "média", "unknown")],
    "Steve Bannon: per the New York Times 'il avait été interpellé' on a yacht -> captured 1-1, média, a suspect -> unknown; his quip about 'arrêter les gens' is figurative; release on bail is the previous paragraph")
D["claims2", 61] = K([C("missing", "", 1, 1, "gouvernement français", "civils")],
    "Marie-France Garaud, whose 'disparition inquiétante' was reported in the night, found safe, learnt from the gendarmerie -> my call: a reported disappearance that ended is still a missing claim (as a release is a hostage claim, DEV) -> missing 1-1, named, the gendarmerie -> gouvernement français (earlier police calls), civils. A reviewer could call a person found safe no claim")
D["claims2", 62] = K([C("killed", "40.000", 40000, 40000, "média", "civils")],
    "1911 heatwave: it 'tue 40.000 personnes', three quarters young children, says La Croix -> killed 40,000. My call: heat deaths are disaster deaths (DEV floods), not illness; média; civils; the children's share is a fraction, not a numbered subset")
D["claims2", 63] = S("no claim on reading (the 13 November attacks named with no toll; a TV feud)")
D["claims2", 64] = K([C("wounded", "plusieurs", 2, None, "gouvernement allemand", "civils", "uncertain")],
    "Berlin Christmas market, first report: a lorry drove into the market; per the police there would be ('Il y aurait') 'plusieurs victimes' -> no outcome stated in the article: 'victimes' read as the weaker harm (eleventh-set Bastia call) -> wounded 2-open ('plusieurs' row), conditional -> uncertain, the Berlin police -> gouvernement allemand (earlier name, sixth-set state pattern), civils")
D["claims2", 65] = S("no claim on reading (car tow-aways, 'enlèvements' of vehicles)")
D["claims2", 66] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Tribute at Notre-Dame to 'au prêtre égorgé' in his church by two jihadists -> killed 1-1, definite, narrator, a priest -> civils (as the twenty-seventh set's Hamel row); 'l'attentat' is the same event")
D["claims2", 67] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "A journalist's daughter 's'était donné la mort' at 19 under a metro train -> a suicide is killed (tenth/eighteenth-set calls) -> killed 1-1, named, narrator, civils")
D["claims2", 68] = S("no claim on reading (two suspects' earlier suspended and prison sentences: judicial; the arrest is in the title only)")
D["claims2", 69] = K([C("killed", "Un", 1, 1, "média", "civils"),
                     C("killed", "deux", 2, 2, "média", "civils")],
    "Northern Italy: a woman ('Un femme', as written) and her two children ('deux enfants') died ('sont morts') when part of a building collapsed, per Italian news agencies -> two listed groups with no total -> killed 1 (figure 'Un', as written) and killed 2 (DEV no-total rule), média, civils (an accident, DEV)")
D["claims2", 70] = S("no claim on reading (a singer's death learnt from a phone: natural death)")
D["claims2", 71] = S("no claim on reading (a politician leaving a party)")
D["claims2", 72] = K([C("captured", "", 1, None, "narrator", "civils")],
    "Hong Kong: protesters demand an end to prosecutions of 'les protestataires arrêtés' in recent weeks -> captured 1-open (plural with no number), the participle is narration inside the demand (adjunct call) -> narrator, protesters -> civils (twenty-sixth-set Belarus call)")
D["claims2", 73] = S("no claim on reading (a former president 'tombé dedans' as a child: figurative)")
D["claims2", 74] = K([C("killed", "", 1, 1, "proche de victime", "civils")],
    "Singer Maurane: her daughter denies the suicide talk and says the cause was accidental, 'Elle a fait une chute' -> an accidental death -> killed 1-1, named, the daughter -> proche de victime, civils; denying a suicide is not denying the death (DEV denial rule); the narrator's 'la mort' and 'disparition' give no cause (no separate claim), and the media's suicide hypothesis is a possibility")
D["claims2", 75] = S("no claim on reading (a guest list to be 'arrêtée')")
D["claims2", 76] = S("no claim on reading (a brand on violence against women in general: no event)")
D["claims2", 77] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Antibes: Manon, 16, 'a disparu' on 1 January; a call for witnesses -> missing 1-1, named, narrator, civils")
D["claims2", 78] = S("no claim on reading (North Korea blew up a liaison office: a building, eighth-set call)")
D["claims2", 79] = S("no claim on reading ('faire parler les morts': figurative)")
D["claims2", 80] = K([C("killed", "", 1, None, "gouvernement français", "civils"),
                     C("wounded", "", 1, None, "gouvernement français", "civils")],
    "Grenoble back surgeon charged with 'homicides et blessures involontaires', said the prosecutor -> the charge states the harm (thirteenth-set charge call) -> killed 1-open and wounded 1-open (plurals with no number; the title's count is not in the paragraph), gouvernement français, patients -> civils; deaths after care errors count (twenty-ninth-set call); judicial supervision is no claim")
D["claims2", 81] = S("no claim on reading (a death threat: a threat)")
D["claims2", 82] = S("no claim on reading (a president on defence weapons; 'on arrête' for stop)")
D["claims2", 83] = K([C("wounded", "treize", 13, 13, "narrator", "civils"),
                     C("wounded", "Cinq", 5, 5, "narrator", "civils"),
                     C("wounded", "huit", 8, 8, "narrator", "civils")],
    "Corsica gale: the weather 'a fait treize blessés' hit by a wind-blown bin -> wounded 13; five of them taken to hospital with back pain and head injuries, the eight others treated on site -> parts of the stated wounded total (fourteenth-set call: hospital states read as parts of a wounded total) -> wounded 5 and 8; the firefighters are named for the middle sentence only -> narrator for the three (the toll sentences have no source of their own), civils")
D["claims2", 84] = S("no claim on reading (a singer's sister's death: natural)")
D["claims2", 85] = S("no claim on reading (no 'poisson mort' found: animals)")
D["claims2", 86] = S("no claim on reading (a rooster killed by a neighbour: animals)")
D["claims2", 87] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Kobe Bryant: the helicopter accident 'qui a coûté la vie' to the player -> killed 1-1, named, the relative clause is narration (the inquiry is named for the pilot's words) -> narrator, civils; the accident is a descriptor, not a materiel claim (DEV)")
D["claims2", 88] = S("no claim on reading (a street sign stolen and vandalised)")
D["claims2", 89] = S("no claim on reading ('pertes de salaires')")
D["claims2", 90] = S("no claim on reading (Orleans' liberation by Joan of Arc in 1429, a commemoration named: not an event told, twenty-sixth-set 'Paris libéré' call)")
D["claims2", 91] = S("no claim on reading (an oyster farmer's sudden death, autopsy ordered to find the cause: no violent or accidental cause told; the algae lead is the previous paragraph's)")
D["claims2", 92] = S("no claim on reading (profits given to charities)")
D["claims2", 93] = K([C("killed", "un", 1, 1, "gouvernement français", "civils")],
    "Gard drought: per the prefecture the forest fires 'ont causé un décès', a water-bomber pilot fighting a fire -> killed 1-1, figure 'un', the prefecture -> gouvernement français (fourteenth-set prefecture call), a civil-security pilot -> civils (as the twenty-eighth set's firefighter); 'dégâts matériels' are property")
D["claims2", 94] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("captured", "", 1, 1, "narrator", "unknown"),
                     C("captured", "", 1, None, "narrator", "unknown")],
    "Redoine Faid, 'arrêté' last week after three months on the run -> captured 1-1; his hunger strike against 'l'incarcération' of his landlady and of family members -> held persons listed without a total -> captured 1-1 (the landlady) and 1-open (relatives, plural with no number; dense relatives call); narrator, suspects -> unknown")
D["claims2", 95] = S("no claim on reading (an actor's death after long illness: natural)")
D["claims2", 96] = S("no claim on reading (songs 'repris' on stage)")
D["claims2", 97] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "proche de victime", "civils")],
    "South Dakota: the relatives 'de la victime', a pedestrian run over by the attorney general (lede) -> killed 1-1, narrator (DEV 'les victimes' rule); they regret being called only on Sunday 'pour identifier le corps' -> the relatives' reported words present the death too -> a second source -> killed 1-1, proche de victime; civils")
D["claims2", 98] = K([C("wounded", "", 1, 1, "narrator", "civils"),
                     C("wounded", "", 1, 1, "narrator", "civils"),
                     C("wounded", "", 1, 1, "narrator", "civils"),
                     C("wounded", "quatre", 4, 4, "média", "civils")],
    "UK: a man attacked his mother-in-law with a knife; his wife, 'son frère et sa sœur' were also hurt ('sont également blessés') -> three named persons with no total in that sentence -> wounded 1, 1, 1, narrator; The Mirror says 'les quatre victimes' survived -> the living victims of a knife attack -> wounded 4 (eleventh-set Bastia call), média, a second source; family members -> civils; the police coming 'pour interpeller' him is a purpose (DEV), no captured claim")
D["claims2", 99] = S("no claim on reading (a widow's death, breathing problems: natural)")
D["claims2", 100] = S("no claim on reading (a novel's plot: fiction)")
D["claims2", 101] = S("no claim on reading ('orphelins de la droite': figurative)")
D["claims2", 102] = S("no claim on reading (sexual relations with pupils: no claim type, eleventh-set call)")
D["claims2", 103] = S("no claim on reading (an actor to be 'interpellé' in the coming hours: a plan, future)")
D["claims2", 104] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "New York chokehold law: echo of 'la mort de George Floyd' during his arrest -> killed 1-1, named, narrator, civils (twenty-sixth-set Floyd call: the arrest is the circumstance, no captured claim)")
D["claims2", 105] = S("no claim on reading (attacks in Paris, Saint-Etienne-du-Rouvray and Nice named with no toll)")
D["claims2", 106] = K([C("captured", "567", 567, 567, "personnalité", "unknown")],
    "A former detective turned novelist (dead at 101, natural) claimed 'avoir arrêté 567 truands' in his career -> a career count of arrests -> captured 567, claimant the man himself, a public figure with no state office when he said it -> personnalité (fifteenth-set kind), criminals -> unknown. A reviewer could prefer gouvernement français (an officer's arrests)")
D["claims2", 107] = S("no claim on reading (a singer's health relapse: illness)")
D["claims2", 108] = S("no claim on reading (a circus association's tent burnt and 'détruit': property, ninth-set call)")
D["claims2", 109] = K([C("killed", "24", 24, 24, "narrator", "civils")],
    "Australia's fires, which have made 'pour le moment, 24 morts' -> killed 24, the relative clause is narration (Macron's offer of help is the sentence's content) -> narrator, civils (a disaster, DEV)")
D["claims2", 110] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                      C("captured", "", 1, 1, "narrator", "unknown")],
    "Europol horse-meat network: a Dutch broker 'a également été interpellé', linked to the ring's mastermind, 'arrêté en Belgique' -> two persons with no total -> captured 1-1 and 1-1 (DEV no-total rule), the El Pais attribution covers the previous sentence only -> narrator, suspects -> unknown")
# ---- stop: rank 110 is the 45th paragraph with a claim. Ranks 111-119 were
# on screen in the same reading batch but are not part of the set (left unread
# in the log, "unread (after the stop)").

# ---- numbers2 pool ----
D["numbers2", 0] = N("a complaint for sexual assault over facts of 2018: no claim type")
D["numbers2", 1] = N("an appeal against an inheritance ruling of late May, announced on 8 July")
D["numbers2", 2] = N("a royal palace of the 17th century, a documentary on 5 January")
D["numbers2", 3] = S("its only number is inside a term ('3D' audio), DEV 'M5' rule")
D["numbers2", 4] = N("five minutes of speaking time, 30 years of campaigning")
D["numbers2", 5] = N("holiday traffic hours")
D["numbers2", 6] = N("a biography novel of 2012")
D["numbers2", 7] = N("an electric car race on 27 April")
D["numbers2", 8] = S("contains a claim: a baker's employee 'placé en garde à vue' -> captured (dense custody rule)")
D["numbers2", 9] = N("a car auction, the 11th, on 6 March")
D["numbers2", 10] = N("two texts on TV advertising")
D["numbers2", 11] = N("an expert's report on two teenagers' disabilities from a drug in pregnancy: illness, no claim")
D["numbers2", 12] = N("a racing car of 340 hp")
D["numbers2", 13] = N("a radio show from 1992, moved in 2014")
D["numbers2", 14] = N("three months of fundraising")
D["numbers2", 15] = N("a docu-series of nine episodes, a film of 2019")
D["numbers2", 16] = S("contains a claim: militias who took part in the Tutsi genocide ('au génocide') -> killed 1-open (DEV 'le massacre' rule)")
D["numbers2", 17] = S("contains a claim: a dissident's 40 hours 'de détention' -> captured (dense held-persons rule)")
D["numbers2", 18] = N("a sixth class for a village of 700 people")
# ---- stop: rank 18 is the 15th paragraph with numbers and no claim. Ranks
# 19-24 were on screen in the same batch but are not part of the set.
