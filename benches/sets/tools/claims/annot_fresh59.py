"""Hand annotations of the fifty-ninth fresh set, the thirty-fourth drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 6901; sets 26 to 58 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = set()

D = {}

# ---- claims2 pool ----
D["claims2", 0] = K([C("killed", "Au moins 98", 98, None, "gouvernement indonésien", "civils"),
                     C("killed", "au moins 17", 17, None, "narrator", "civils"),
                     C("wounded", "quatre", 4, 4, "gouvernement français", "civils")],
    "Lombok earthquake of 5 August: at least 98 Indonesians killed per the authorities' latest toll -> killed 98-open ('au moins' row), Indonesian authorities -> gouvernement indonésien (earlier name, state pattern); the quake of a week before that had killed at least 17 -> killed 17-open, a relative clause with no source -> narrator; per the Quai d'Orsay four French nationals hurt ('blessés') -> wounded 4, gouvernement français (DEV Foreign Ministry rule); disaster victims -> civils (DEV); thousands of damaged buildings are property")
D["claims2", 1] = S("no claim on reading (Montaigne's heart removed after his death in the 16th century: natural death)")
D["claims2", 2] = K([C("killed", "", 2, 2, "narrator", "civils")],
    "Neufchâteau (Vosges): gendarmes called to 'une scène de double-meurtre'; a girl of 4 and her brother of 10 found dead, knifed -> killed 2-2, figure '' (a count fixed without a number word, as the earlier 'double arrestation' row; the two listed children are inside that pair, DEV), narrator (the gendarmes act, they are not quoted), children -> civils; ages are not figures")
D["claims2", 3] = K([C("captured", "Un", 1, 1, "narrator", "unknown")],
    "German child-abuse inquiry: a man of 42, whose trial opens in August, 'a déjà été arrêté' -> captured 1-1, figure 'Un' (DEV indefinite row; 42 is an age), narrator, a suspect -> unknown; the material found is evidence")
D["claims2", 4] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "un", 1, 1, "narrator", "unknown")],
    "Daval case: the parents' lawyer, quoted via LCI, says either the husband burnt the body or he had an accomplice, then raises the discovery on 6 January of the body of a man of 38 near the place where Alexia's body was found -> killed 1-1 for Alexia (DEV body rule; her murder as in earlier Daval rows), figure '' (named), the place clause is narration -> narrator, civils; killed 1-1 for the man's body (DEV body rule; his suicide is in the lede, suicides -> killed), figure 'un' (indefinite), narrator, not named -> unknown (DEV unidentified body). The lawyer's burnt-body alternatives restate Alexia's death (no second claim); 'la victime' is the same fact")
D["claims2", 5] = S("no claim on reading (Macron wants inmates to vote: prisoners as a class, no event)")
D["claims2", 6] = S("no claim on reading (women 'victimes de harcèlement de rue' after lockdown: generic victims, harassment)")
D["claims2", 7] = S("no claim on reading (civil servants' status 'pas de remise en cause': no harm)")
D["claims2", 8] = K([C("killed", "125", 125, 125, "gouvernement français", "civils"),
                     C("killed", "109", 109, 109, "gouvernement français", "civils"),
                     C("killed", "16", 16, 16, "gouvernement français", "civils"),
                     C("killed", "138", 138, 138, "gouvernement français", "civils"),
                     C("killed", "136", 136, 136, "gouvernement français", "civils")],
    "Partner killings: 125 people died in 2017 as victims of a partner or former partner, 'dont 109 femmes et 16 hommes', against 138 in 2016 and 136 in 2015, per the government's latest figures -> killed 125 with its two subsets 109 and 16 (DEV subset rule), and the yearly tolls 138 and 136 (sixteenth/twenty-sixth-set yearly-toll calls, one claim per year), all gouvernement français (the sentence's source), civils; 'une femme meurt tous les 3 jours' is a rate (twenty-sixth-set rate call), no claim")
D["claims2", 9] = S("no claim on reading ('Colon assassin' painted on Faidherbe's statue: a slogan, figurative)")
D["claims2", 10] = S("no claim on reading (Dieudonné convicted 'à de multiples reprises', banned by TikTok: other sense, judicial)")
D["claims2", 11] = S("no claim on reading (a monument to war animals 'morts' under French command: animals)")
D["claims2", 12] = S("no claim on reading (Céline Dion after 'la disparition' of her husband René: natural death)")
D["claims2", 13] = S("no claim on reading (Juppé leaves LR, a threat 'mise à exécution': other sense)")
D["claims2", 14] = S("no claim on reading (a YouTuber says YouTube 'détruit' 14 years of his life: figurative)")
D["claims2", 15] = S("no claim on reading (Houlette on the prosecution's 'contrôle très étroit': other sense)")
D["claims2", 16] = S("no claim on reading (a young bear 'tué', the second found dead in the Pyrenees this year: animals)")
D["claims2", 17] = S("no claim on reading (Alain Cocq will let himself die by stopping food and care: end of life, a plan)")
D["claims2", 18] = S("no claim on reading (Denis Tillinac 'décédé' of a heart attack at 73: natural death)")
D["claims2", 19] = S("no claim on reading (Notre-Dame scaffolding works 'repris' in April: other sense)")
D["claims2", 20] = S("no claim on reading (Canal+ drops 'Le Zapping', 'cette disparition': other sense)")
D["claims2", 21] = S("no claim on reading (London tube smoke 'emprisonnant' choking passengers, evacuation: no one said hurt, figurative)")
D["claims2", 22] = S("no claim on reading (four Seine-Saint-Denis police officers charged and under 'contrôle judiciaire', suspected of violence: judicial, thirty-first-set call)")
D["claims2", 23] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "Belarus: Maria Kolesnikova, who refused to be driven out of the country, 'est désormais emprisonnée' and charged -> captured 1-1, figure '' (named), narrator, a regime's detainee -> civils (set 56's Belarus detainees)")
D["claims2", 24] = K([C("wounded", "trois", 3, 3, "narrator", "civils"),
                      C("wounded", "deux", 2, 2, "narrator", "civils"),
                      C("wounded", "un", 1, 1, "narrator", "civils")],
    "Belleville retirement-home fire: 'Le premier bilan provisoire' gives three hurt, two lightly and one badly -> wounded 3 with its subsets 2 and 1 (DEV subset rule, as set 56's feria row), narrator (a provisional toll with no source named; Le Parisien is credited only in the earlier sentences, attribution follows the sentence), residents -> civils")
D["claims2", 25] = S("no claim on reading (official tributes to Jacques Chirac, 'décédé' on Thursday: natural death)")
D["claims2", 26] = S("no claim on reading (Villeneuve-la-Garenne: an inquiry into a motorcyclist's accident with police, a 'contrôle', a near miss: no wound stated here)")
D["claims2", 27] = S("no claim on reading (a TV contestant and two others 'retrouvés morts', an autopsy on whether the death was natural: no cause told, set 56's Sophie Gradon call)")
D["claims2", 28] = S("no claim on reading (WHO: lives that could be saved from cancer: disease, hypothetical)")
D["claims2", 29] = S("no claim on reading (widows' pensions: 'supprimer' the pensions, other sense)")
D["claims2", 30] = K([C("killed", "un", 1, 1, "narrator", "unknown"),
                      C("missing", "un", 1, 1, "narrator", "unknown")],
    "Marseille hospital: nurses find 'le cadavre' of a man of 72 missing for 15 days, treated for cancer and Alzheimer's -> killed 1-1 (DEV body rule, as the Toulouse train-toilets body with no cause told), figure 'un' (indefinite), and the disappearance named as fact -> missing 1-1 (twenty-sixth-set call, kept beside the death, as Steve Maia Caniço), narrator, a man not named -> unknown (DEV unidentified body). Least sure: a reviewer could read a sick patient's death as natural (Mulhouse and Gradon calls), no claim")
D["claims2", 31] = S("no claim on reading (Mayenne: a speeding driver 'arrêté' by motorcycle gendarmes at 137 km/h: a road check, set 57's call)")
D["claims2", 32] = S("no claim on reading (Nantes prefect bans a gathering for Steve, 'cet arrêté' challenged: other sense)")
D["claims2", 33] = K([C("killed", "", 1, 1, "gouvernement français", "unknown")],
    "Jura: a woman's naked body found in a forest (title, lede); the Lons-le-Saunier prosecutor, quoted via a local paper, thinks 'le corps a été déplacé' -> killed 1-1 (DEV body rule, as the earlier 'corps de la victime' rows), figure '' (definite), the prosecutor -> gouvernement français (an outlet yields to the named official source, DEV), not named -> unknown (DEV unidentified body)")
D["claims2", 34] = S("no claim on reading (Cahuzac sentenced on appeal to prison and a fine: judicial)")
D["claims2", 35] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Senate official suspected of spying for North Korea: 'Ce dernier a été arrêté' by the intelligence services -> captured 1-1, figure '' (a demonstrative), narrator, a suspect -> unknown")
D["claims2", 36] = S("no claim on reading (Cyril Lignac's scooter accident: both drivers' 'contrôle d'alcoolémie' negative; the fracture is in the previous paragraph only)")
D["claims2", 37] = S("no claim on reading (the singer Christophe 'décédé' of a lung complication: natural death, disease)")
D["claims2", 38] = S("no claim on reading (tributes after 'au décès' of senator Nicole Bricq: no cause told, natural-death call)")
D["claims2", 39] = S("no claim on reading (a diver 'est tombé sur' a clingy octopus: other sense, animals)")
D["claims2", 40] = K([C("wounded", "Un", 1, 1, "gouvernement français", "unknown"),
                      C("captured", "deux", 2, 2, "gouvernement français", "unknown")],
    "Le Mans yellow-vest march: per the Sarthe prefecture's statement 'Un policier a été légèrement blessé' by a paving stone -> wounded 1-1, figure 'Un' (DEV indefinite row); the police made two arrests ('deux interpellations'), again per the prefecture -> captured 2, figure 'deux'; the prefecture -> gouvernement français (fourteenth-set prefecture call), a police officer and arrested protesters in a democracy -> unknown (sixth-set and set 43's calls); smashed windows, bins and cars are property")
D["claims2", 41] = S("no claim on reading ('Le Meilleur Pâtissier' 'a repris' on M6: other sense)")
D["claims2", 42] = S("no claim on reading (Sentinelle soldiers fear slip-ups at yellow-vest marches, 'son corps de métier': other sense, fears)")
D["claims2", 43] = S("no claim on reading (a Drôme orchard's cherry thefts leave 'des pertes': money, property)")
D["claims2", 44] = S("no claim on reading (smoking blamed for 75,000 deaths a year: disease, a yearly statistic of illness)")
D["claims2", 45] = S("no claim on reading (a magistrate with public service 'chevillé au corps': other sense)")
D["claims2", 46] = S("no claim on reading (two armed robbers threaten 'la victime', a quadriplegic person, to rob her: a threat, property, no wound)")
D["claims2", 47] = S("no claim on reading (NKM 'saisi' the primary's authority over Poisson's words: other sense)")
D["claims2", 48] = S("no claim on reading (Le Maire: no final measure 'arrêtée': other sense)")
D["claims2", 49] = S("no claim on reading (Senna on keeping 'le contrôle' of his car in the rain: other sense; his death is in the previous paragraph)")
D["claims2", 50] = S("no claim on reading (animal groups decry 'le meurtre infâme' of a bear found shot: animals)")
D["claims2", 51] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("captured", "", 1, 1, "narrator", "civils")],
    "Haute-Garonne detention centre: the dead man, a Tunisian of 31, was found hanged ('retrouvé pendu') soon after his detention was extended -> killed 1-1 (a body found, DEV; a suicide per the title, suicides -> killed), figure '' (definite); 'le prolongement de sa détention' presupposes he was held -> captured 1-1 (set 43's already-detained call; an administrative hold, no sentence); narrator, a migrant -> civils. Least sure: the captured claim (a reviewer could leave the hold as background of the death)")
D["claims2", 52] = K([C("killed", "Aucune", 0, 0, "narrator", "civils", modality="denied")],
    "Lubrizol plant fire in Rouen: 'Aucune victime n'est à déplorer' -> killed 0-0, figure 'Aucune', denied (DEV 'aucune victime' row, as set 58's Istres drone row), narrator (the prefecture is credited in the earlier sentence, for the schools; attribution follows the sentence), civils")
D["claims2", 53] = K([C("wounded", "", 1, 1, "gouvernement français", "civils")],
    "Yellow vests, a protester's hand torn off (title, lede): the interior minister on franceinfo, 'une blessure grave que je regrette', adding that 'l'homme blessé' had surgery -> wounded 1-1, figure '' (definite), one fact for one speaker, the minister -> gouvernement français, a protester -> civils (as the Rodrigues rows); the judicial inquiry states no further harm")
D["claims2", 54] = S("no claim on reading (Valeurs actuelles after its owner's 'décès' in 1990, then 'le contrôle' of a businessman: natural death, other sense)")
D["claims2", 55] = K([C("wounded", "neuf", 9, 9, "gouvernement français", "civils")],
    "Haute-Garonne bridge collapse (a girl dead, lede): the firefighters on Twitter report 'neuf victimes', two of them in 'urgence absolue' -> wounded 9, figure 'neuf', the living victims of an accident (the Aisne bus-crash and Villeneuve-Saint-Georges living-victim calls), the fire service -> gouvernement français (seventh-set rescue-services call), civils; 'urgence absolue' is no wound word (eighth-set hospital-condition call), so no subset claim. Least sure: the type, since the dead girl may be one of the nine (a reviewer could skip a mixed 'victimes' count)")
D["claims2", 56] = S("no claim on reading (road deaths in July given only as changes: differences with no count, twenty-sixth-set death-rate call)")
D["claims2", 57] = S("no claim on reading (drivers skip the car 'contrôle' for fear of bills: other sense)")
D["claims2", 58] = S("no claim on reading (a union official: the 'agressions' prison staff suffer, in general: generic, no event)")
D["claims2", 59] = S("no claim on reading (Jean Rochefort 'décédé' at 87: natural death)")
D["claims2", 60] = S("no claim on reading (over 5,000 nitrous oxide cartridges 'saisies' in Soissons: property)")
D["claims2", 61] = S("no claim on reading (deaths from hospital infections over ten years: disease, as set 56's hospital-infections skip)")
D["claims2", 62] = S("no claim on reading (a humpback whale found dead near Montreal: animals)")
D["claims2", 63] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "LeBron James's voting drive: 'la mort de George Floyd', asphyxiated by a white police officer -> killed 1-1, figure '' (named), a death at police hands (earlier Floyd rows), narrator, civils")
D["claims2", 64] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Alpes-Maritimes: a Malinois bites a child of 3 fifty-six times; 'La jeune victime' is taken to hospital badly hurt ('grièvement blessée') -> wounded 1-1, figure '' (definite; 56 counts bites), a person hurt by an animal (seventeenth-set call), narrator (the Grasse police, via France Bleu, are credited only with the last sentence, that his life is not in danger), civils")
D["claims2", 65] = S("no claim on reading (Raymond Gurême, a survivor of the Gypsy internment camps, 'décédé' at 94: natural death; the camps named with no harm word)")
D["claims2", 66] = S("no claim on reading (Marine Le Pen on 'le peuple abattu' of 1940: figurative)")
D["claims2", 67] = S("no claim on reading (Stéphane Bern on Notre-Dame burning, 'meurtris et blessés': figurative; property)")
D["claims2", 68] = S("no claim on reading (Trump's use of 'les attentats de Paris' for his gun policy: a named attack with no toll; the victims are in the title only)")
D["claims2", 69] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Patrick Balkany, 'actuellement enfermé' at La Santé, has appealed his two convictions and will appear 'détenu' at his appeal trial after his release request was turned down -> captured 1-1, figure '' (named), narrator, unknown (set 43's already-detained call, as the earlier Balkany rows; held pending appeal, as set 56's mother tried on appeal). Least sure: a reviewer could read him as serving a first-instance sentence (no claim)")
D["claims2", 70] = K([C("killed", "quelque 100.000", 80000, 120000, "narrator", "civils")],
    "Manhattan project background: in March 1945 US bombers hit Tokyo with conventional bombs, 'faisant quelque 100.000 morts' -> killed, figure 'quelque 100.000', 80,000-120,000 (the approximate ±20% row), narrator, a city's inhabitants -> civils. Least sure: the victim (a reviewer could write unknown for a war toll)")
D["claims2", 71] = S("no claim on reading (a Villepinte inmate films his cell in a heatwave: prisoners serving time, no harm)")
D["claims2", 72] = S("no claim on reading (NKM's jibes at rivals: no harm word in a harm sense)")
D["claims2", 73] = K([C("captured", "", 2, 2, "narrator", "unknown")],
    "Nantes: two boys seen driving a stolen car; the anti-crime officers 'les ont arrêtés' and took them to the police station -> captured 2-2, figure '' (a count fixed by the paragraph, set 32's call: 'deux enfants' earlier in it), narrator, suspects -> unknown (set 56's arrested-pupils call). Least sure: the victim (a reviewer could follow the Aulnay arrested-minors call, civils)")
D["claims2", 74] = S("no claim on reading (stars who died in 2016, Bowie, Delpech, Galabru: natural deaths)")
D["claims2", 75] = S("no claim on reading (prefectures take 'des arrêtés' banning firecrackers: other sense; the yearly hand injuries are in the lede only)")
D["claims2", 76] = S("no claim on reading (two former staff report 'maltraitances' children would have suffered at a crèche: no wound word, conditional; the beatings call)")
D["claims2", 77] = S("no claim on reading (a Béziers 'arrêté' against shisha: other sense)")
D["claims2", 78] = K([C("killed", "Un", 1, 1, "gouvernement suisse", "civils"),
                      C("wounded", "deux", 2, 2, "gouvernement suisse", "civils")],
    "Swiss Alps avalanche: one Frenchman killed ('Un Français a été tué') and two others hurt, announced the Vaud cantonal police -> killed 1-1, figure 'Un', and wounded 2, figure 'deux'; the three buried are the same people; a Swiss police force -> gouvernement suisse (earlier name; the Valais police row), ski tourers -> civils (twenty-sixth-set leisure-accident call)")
D["claims2", 79] = S("no claim on reading (Floyd's last words 'capturées par une vidéo': other sense)")
D["claims2", 80] = S("no claim on reading (a former inmate sentenced for a paddling pool in his cell: judicial, prisoners)")
D["claims2", 81] = K([C("wounded", "", 4, 4, "narrator", "civils")],
    "Savoie level crossing: a TER hits a car; the four occupants got out, 'Elles sont malgré tout blessées' with no life at risk -> wounded 4-4, figure '' (the pronoun takes up 'les quatre personnes': a count fixed by the paragraph, set 32's call), narrator (France 3 is credited in the previous paragraph only), civils; 'auraient pu perdre la vie' is hypothetical (no claim); the woman most hurt is inside the four")
D["claims2", 82] = S("no claim on reading (Brigitte Bardot: 'Macron tue les petites gens': figurative)")
D["claims2", 83] = K([C("captured", "Dix", 10, 10, "narrator", "civils"),
                      C("captured", "six", 6, 6, "narrator", "civils")],
    "Hong Kong national-security law: on 10 August 'Dix personnes ont été arrêtées', six of them for collusion with foreign powers -> captured 10 and its subset 6 (DEV subset rule), narrator, dissidents held under the security law -> civils (a regime's detainees, as the Belarus rows). Least sure: the victim (a reviewer could write unknown for arrested suspects)")
D["claims2", 84] = K([C("killed", "des dizaines", 20, None, "narrator", "unknown"),
                      C("wounded", "des centaines", 200, None, "narrator", "unknown")],
    "Thai student's portrait: the 2006 coup against Thaksin and the crisis four years later, with 'des dizaines de morts' and hundreds hurt -> killed 20-open and wounded 200-open (the 'des dizaines' and 'des centaines' rows), narrator, a background toll with no sides (DEV unknown)")
D["claims2", 85] = K([C("killed", "", 1, None, "gouvernement français", "civils"),
                      C("wounded", "", 1, None, "gouvernement français", "civils")],
    "Beirut blast: the Paris prosecution's inquiry, opened because French victims were present, now with two investigating judges, is for 'homicides involontaires et blessures involontaires' -> killed 1-open and wounded 1-open (thirteenth-set charge call, plurals with no number, as the Grenoble surgeon row), gouvernement français, civils; the tolls are in the previous paragraph and lede only")
D["claims2", 86] = S("no claim on reading (a mushroom coffin and 'le corps' of a grandmother, hypothetical: no harm)")
D["claims2", 87] = S("no claim on reading (Castaner jokes about a topless Femen: no harm word here; the custody is in the title and lede only)")
D["claims2", 88] = S("no claim on reading (Henda Ayari's rape complaint against Ramadan, a bar body 'saisi': sexual offence, judicial)")
D["claims2", 89] = S("no claim on reading (bank holidays that 'tombent' in the week: other sense)")
D["claims2", 90] = S("no claim on reading (Denis Olivennes appointed at Libération: no harm)")
D["claims2", 91] = S("no claim on reading (Hidalgo threatened by car lobbies, 'des morts liées à la pollution': threats; pollution deaths as illness, set 57's call)")
D["claims2", 92] = K([C("wounded", "", 1, 1, "média", "unknown"),
                      C("wounded", "", 1, 1, "média", "unknown"),
                      C("wounded", "", 1, 1, "narrator", "unknown"),
                      C("captured", "", 1, 1, "narrator", "unknown")],
    "Montpellier, a scooter driver rams police motorcyclists at a road check: per France 3 one officer 'a été gravement blessé' in the legs and back, the other in the hip and femur -> two listed persons with no total stating a wound (the 'deux des trois agents' he hit carries no wound word: DEV no-total rule) -> wounded 1-1 and 1-1, figure '' ('L'un', 'l'autre'), the whole sentence under the channel -> média; 'Le troisième policier' more lightly hurt -> wounded 1-1, figure '' (ordinal, definite), narrator; he managed 'à intercepter le suspect' -> captured 1-1, figure '' (definite), narrator; police officers and a suspect -> unknown (sixth-set calls). Least sure: the captured claim (a reviewer could read the interception as the chase only)")
D["claims2", 93] = S("no claim on reading (Philippe on closed hospital beds and 'la reprise de dette': other sense)")
D["claims2", 94] = S("no claim on reading (firefighters find 'la victime présumée' is an inflatable doll: no harm)")
D["claims2", 95] = K([C("killed", "six", 6, 6, "narrator", "civils")],
    "Russian care-home fire (nine dead, title): in April a fire in a Moscow retirement home 'a fait six morts' -> killed 6, figure 'six', narrator, residents -> civils (a fire death is an accident, DEV)")
D["claims2", 96] = S("no claim on reading (Wolinski's grave photos questioned: property, no harm; Charlie Hebdo only in the title)")
D["claims2", 97] = K([C("killed", "", 1, 1, "média", "unknown")],
    "Issy-les-Moulineaux, a gendarme who killed himself (title, lede, previous paragraph): per L'Essor, the gendarmerie magazine that revealed 'son suicide', he was a major -> killed 1-1 (suicides -> killed), figure '' (definite), the whole sentence under the magazine -> média, a gendarme -> unknown (sixth-set call). Least sure: the claimant (a reviewer could keep the relative clause as the narrator's)")
D["claims2", 98] = S("no claim on reading (a mayor on men drinking until they fall 'ivres morts': figurative)")
D["claims2", 99] = S("no claim on reading (the Blagnac mayor's 'arrêté' on Linky meters: other sense)")
D["claims2", 100] = S("no claim on reading (typhoon in Busan, buildings flooded or 'détruits': property; the toll is in the previous paragraph only)")
D["claims2", 101] = S("no claim on reading (vitamin overdoses may 'nuire' to the liver: hypothetical, health)")
D["claims2", 102] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Steve Maia Caniço: 'L'annonce de sa mort' drew online reactions, some by gendarmes and police officers per a militant outlet -> killed 1-1, figure '' (named; his death in the Loire after a police operation, title and previous paragraph, as the earlier Caniço rows), narrator, civils; the mocking posts are no harm")
D["claims2", 103] = S("no claim on reading (police officers' march, 22,000 marchers per the unions, 'tous corps': other sense, as set 58's rank 18; the suicides and the 2001 murder are in the lede and previous paragraph only)")
D["claims2", 104] = K([C("missing", "deux", 2, 2, "narrator", "civils")],
    "Valais mudflow: the police did not say whether 'les deux disparus' are related -> missing 2-2, figure 'deux' (the noun phrase stays the narrator's inside a sentence about what the police did not say: first-set participle call, as the Tamié row), disaster victims -> civils; two cars swept away are civil vehicles (no materiel), roads and a funicular are property")
D["claims2", 105] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Ghosn: out of favour 'depuis son interpellation' on 19 November in Tokyo, charged three times -> captured 1-1, figure '' (named), the arrest in a time adjunct -> narrator, unknown (as set 57's Ghosn row); the charges are judicial; his 'victime' of a plot is figurative")
D["claims2", 106] = S("no claim on reading (the singer Christophe buried, 'décédé' of emphysema: natural death)")
D["claims2", 107] = S("no claim on reading (Bernadette Chirac on 'le décès de Jacques': natural death)")
D["claims2", 108] = S("no claim on reading (Lubrizol to compensate 453 farmers 'victimes de l'incendie': economic victims, property)")
D["claims2", 109] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Saint-Genis-de-Saintonge mayor beaten by youths (title, lede; broken rib and an ITT in the previous paragraph): he filed a complaint 'pour coups et blessures volontaires' -> wounded 1-1, figure '' (named), the complaint's wording names the wound (as the thirteenth-set charge call, told by the narration) -> narrator, civils; the department head's wish that the culprits be caught is a hope (no claim). Least sure: a reviewer could call a complaint's legal label no claim (the beatings call)")
D["claims2", 110] = K([C("killed", "", 0, 0, "narrator", "civils", modality="denied")],
    "Loiret: a Linky meter set a house on fire; the blaze made no victims ('pas fait de victimes') but badly damaged the house -> killed 0-0, figure '' (no number word), denied (the DEV 'aucune victime' row and the 'sans faire de blessés' rows), narrator, the retired couple -> civils; the damage is property")
D["claims2", 111] = K([C("killed", "", 1, 1, "narrator", "civils"),
                       C("killed", "", 1, 1, "narrator", "civils")],
    "Venice lagoon boat collision: of the two old fishermen, one was rescued then died on the way to hospital, and 'le corps du second' was fished out after an hour -> two listed persons, the pair ('les deux pêcheurs') stated with no harm -> killed 1-1 and killed 1-1 (DEV no-total rule; DEV body rule for the second), figure '' ('l'un d'eux', 'le second'), narrator, civils (an accident, DEV); the four hurt are in the previous paragraph")
D["claims2", 112] = S("no claim on reading (an MEP on a journalist 'menacée de mort': threats)")
D["claims2", 113] = S("no claim on reading (Paris city hall on 'cet accident' and citizens 'victimes de telles infractions': generic victims; the mother and baby are in the title only)")
D["claims2", 114] = S("no claim on reading (Bayonne festival attendance after 'plusieurs attentats' of 2016: named attacks with no toll)")
D["claims2", 115] = S("no claim on reading (Belloubet: Parliament 'contrôle' the government: other sense)")
D["claims2", 116] = S("no claim on reading (a Tehran man: Americans say they 'ont saisi' Iranian tankers: civil vessels, no materiel)")
D["claims2", 117] = S("no claim on reading (Barbarin on the suffering of 'les victimes' of a priest's abuse: sexual offences)")
D["claims2", 118] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Alpes-de-Haute-Provence rail tunnel collapse: workers were on site and 'l'un d'eux est porté disparu' -> missing 1-1, figure '' ('l'un d'eux' calls), narrator (La Provence is credited in the first sentence, for the collapse), a worker -> civils")
D["claims2", 119] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Ghosn's wife writes to Human Rights Watch: her account of his cell is conditional and about conditions; the narration adds that in two months 'le détenu' had no family visit -> captured 1-1, figure '' (definite), set 43's already-detained call (no sentence told), narrator, unknown (set 57's Ghosn row); the lawyer's denial bears on signed papers, not on the detention")
D["claims2", 120] = S("no claim on reading (Lelandais's relatives 'victimes' of violent acts, his 'crimes présumés': no wound word, alleged crimes with no harm word)")
D["claims2", 121] = K([C("killed", "Une", 1, 1, "narrator", "civils")],
    "Eiffel Tower: 'Une petite fille espagnole' of two died, choking on a crêpe -> killed 1-1, figure 'Une' (DEV indefinite row), an accidental death (DEV; the thirty-first set's plant eaten by mistake), narrator (the death sentence has no source; Le Parisien is credited with the second, on how), civils")
D["claims2", 122] = S("no claim on reading (Le Guen on Sarkozy's 'suppression' of 300,000 civil-service jobs and 'le bilan': other senses)")
D["claims2", 123] = S("no claim on reading (the CSA 'saisi' 90,000 times in 2017: other sense)")
D["claims2", 124] = S("no claim on reading (Barbarin's conviction welcomed by the complainants' lawyer and a victims' group: judicial, sexual offences)")
D["claims2", 125] = S("no claim on reading (inmates' postal votes: prisoners as a class, no harm)")
D["claims2", 126] = S("no claim on reading (France Bleu Isère's offices 'en partie détruit' by arson: property)")
D["claims2", 127] = S("no claim on reading (the RN on the parade and 'la reprise' of activity: other sense)")
D["claims2", 128] = S("no claim on reading (a pianist hit by a scooter founds a group 'pour fédérer les victimes': generic victims; her injury is in the lede only)")
D["claims2", 129] = S("no claim on reading (Johnny Hallyday's grave visits limited: no harm)")
D["claims2", 130] = S("no claim on reading (Yann Moix's 'phrases assassines': figurative)")
D["claims2", 131] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Vatican exorcist's obituary (natural, title): at a mass for 'père Jacques Hamel', whose throat was cut in his church in July by jihadists -> killed 1-1, figure '' (named), the apposition -> narrator, a priest -> civils; the Pope's 'tuer au nom de Dieu' is generic")
D["claims2", 132] = S("no claim on reading (anti-burkini 'arrêté' and baptisms on a beach: other sense)")
D["claims2", 133] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Argenteuil lift accident: per an expert report seen by France 3, the accident that cost Ismaël, 4, his life ('coûté la vie') would be due to technical failures -> killed 1-1, figure '' (named; an accidental death, DEV), the relative clause -> narrator, asserted (the conditional bears on the cause, eleventh-set call), a child -> civils; the 2015 accident has no toll")
D["claims2", 134] = S("no claim on reading (air pollution blamed for 48,000 premature deaths a year, 'victimes' of the State's inaction: illness, generic victims, set 57's pollution call)")
D["claims2", 135] = S("no claim on reading (MPs' 'sorties assassines': figurative)")
D["claims2", 136] = S("no claim on reading (Benalla's safe and its 'disparition': other sense)")
D["claims2", 137] = S("no claim on reading (tourists 'tombés sur' two whales: other sense, animals)")
D["claims2", 138] = S("no claim on reading (Irma: 250 inmates said to have escaped a Saint-Martin prison, armed: an escape is no harm, as set 56's inmate escape)")
D["claims2", 139] = K([C("killed", "Deux", 2, 2, "gouvernement français", "civils"),
                       C("wounded", "14", 14, 14, "gouvernement français", "civils"),
                       C("wounded", "quatre", 4, 4, "gouvernement français", "civils")],
    "Courchevel staff-housing fire: the Savoie prefecture, reached by LCI, gives 'Deux personnes sont décédées', 14 hurt ('blessées') 'dont quatre grièvement' -> killed 2, wounded 14 and the subset wounded 4 (DEV subset rule), the prefecture -> gouvernement français (fourteenth-set prefecture call), seasonal workers -> civils (a fire death is an accident, DEV); the two bodies found and the three badly hurt flown to hospital are inside those counts")
D["claims2", 140] = S("no claim on reading (Schiappa 'interpellée' by the veiled Unef leader: other sense)")
D["claims2", 141] = S("no claim on reading (Notre-Dame works: 'sa reprise' delayed by lead tests: other sense)")
D["claims2", 142] = S("no claim on reading (media accreditations for a right-wing convention, a boycott threat: no harm)")
D["claims2", 143] = K([C("killed", "", 1, 1, "narrator", "civils"),
                       C("killed", "", 1, 1, "gouvernement français", "civils"),
                       C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Lelandais, a former friend on BFMTV: the inquiry into 'le meurtre d'Arthur Noyer' -> killed 1-1, named, the murder presented as fact -> narrator; he is charged ('Mis en examen') with murder in the Maëlys case and with the 'assassinat' of the young corporal -> two charges naming deaths (session-5 charge call): killed 1-1 for Maëlys and killed 1-1 for Noyer, the investigating judges -> gouvernement français; the Noyer death told by the narration and by the charge -> two sources, two claims (set 57's Baumettes call); a child and an off-duty soldier -> civils (as the earlier Noyer rows). Least sure: a reviewer could keep one claim for Noyer")
D["claims2", 144] = K([C("killed", "", 1, 1, "gouvernement français", "civils"),
                       C("missing", "", 1, 1, "narrator", "civils")],
    "Angélique, 13 (Quesnoy-sur-Deûle): her death is linked to a 'asphyxie traumatique', explained the prosecutor, quoting the autopsy -> killed 1-1, figure '' (named), the prosecutor -> gouvernement français, civils; 'disparue mercredi' in the apposition -> missing 1-1 (twenty-sixth-set call, kept beside the death), the apposition -> narrator; the sexual abuse is a sexual offence (no claim); the blow and blood traces tell how she died (same fact)")
D["claims2", 145] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Vincent Lambert: the Court of Cassation quashed the order to resume his treatment; the former nurse of 42 was 'victime d'un accident de la route' in 2008 -> wounded 1-1, figure '' (named), a living victim of an accident (Villeneuve-Saint-Georges living-victim call; the fifteenth-set coma call; the earlier numbers2 note that called this accident 'arguably' a claim), the apposition -> narrator, civils; the end of care and the mother's 'sera euthanasié' are the twenty-sixth-set end-of-life call (no claim). Least sure: a reviewer could call 'victime d'un accident' with no wound word no claim (the Macron-accident skip)")
D["claims2", 146] = S("no claim on reading (Viviane Lambert: 'On a supprimé mon fils', his death after care was stopped: twenty-sixth-set end-of-life call)")
D["claims2", 147] = S("no claim on reading (Grenoble surgeon's patients: a wheelchair and an amputation after operations, the surgeon's fault only alleged here: care outcomes, as set 57's emergency-call skips)")
D["claims2", 148] = S("no claim on reading (Fessenheim staff hope to be 'les dernières victimes' of an anti-nuclear hunt: figurative)")
D["claims2", 149] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Michael Douglas 'a frôlé la mort' in 1980, per Téléstar: that year he 'est victime d'un accident de ski' that led to a viral infection and blood poisoning -> wounded 1-1, figure '' (named), a living victim of an accident (same call as rank 145; set 40's sports-injury call), narrator (Téléstar is credited in the first sentence only; attribution follows the sentence), civils; 'frôlé la mort' is a near miss. Least sure: as rank 145, a reviewer could call it no claim (no wound word)")
D["claims2", 150] = S("no claim on reading (a watch inspired by the Bugatti Chiron, 'doubles tourbillons': no harm word in a harm sense)")
D["claims2", 151] = S("no claim on reading (an MP on 'le bilan' of Sarkozy's presidency: other sense)")
D["claims2", 152] = S("no claim on reading (Aznavour's death from a pulmonary oedema, 'caractère suspect' ruled out: natural death)")
D["claims2", 153] = K([C("wounded", "33", 33, 33, "narrator", "civils"),
                       C("wounded", "quatre", 4, 4, "narrator", "civils")],
    "Dordogne school-bus crash (title): on Sunday in the Somme 33 people 'avaient été blessées' on the A1 in the crash of a Paris-London coach, four badly -> wounded 33 and the subset wounded 4 (DEV subset rule), narrator, passengers -> civils (road accident, DEV)")

# claims2: 45 kept (ranks 0 ... 153); ranks from 154 unread (after the stop)

# ---- numbers2 pool ----
D["numbers2", 0] = N("LREM's rule of 2017 on renewing posts at mid-term, an internal vote: a year, no harm")
D["numbers2", 1] = N("Pantin schools reopen only on 18 May, for 10% of pupils; no harm")
D["numbers2", 2] = N("Ford delays a hybrid Mustang to give priority to a 100% electric SUV; no harm")
D["numbers2", 3] = N("a yellow-vest banner 6 m high on a Nord town hall, a village of 2,600 people; no harm")
D["numbers2", 4] = N("an electric Mustang with a 6-speed manual gearbox; no harm")
D["numbers2", 5] = N("Catherine Laborde left TF1 on 1 January 2017 after 28 years of weather forecasts; no harm")
D["numbers2", 6] = N("a heading on a tax adjustment of over 67,000 euros; no harm")
D["numbers2", 7] = N("Philippe: lockdown since 17 March, extended to 15 April; dates, no harm")
D["numbers2", 8] = N("Thomas Fabius, 39, burgled on 20 June while abroad: an age, a date, property; no harm")
D["numbers2", 9] = N("Météo France puts 18 departments on orange wind alert from noon to 6 pm; no harm")
D["numbers2", 10] = N("Valls and the Catalan elections of December 2017; no harm")
D["numbers2", 11] = N("car scrappage bonus up to 5,000 euros, cars over 60,000 euros excluded; no harm")
D["numbers2", 12] = N("a young progressive, 25, on the 45 days before the election; no harm")
D["numbers2", 13] = N("Grenoble videos: armed hooded men at a drug spot and five men round a table of drugs: no harm told")
D["numbers2", 14] = N("a yellow vest wants monthly meetings with about twenty protesters ('une vingtaine'); no harm")

# numbers2: 15 kept (ranks 0-14); ranks from 15 unread (after the stop)
