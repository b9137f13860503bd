"""Hand annotations of the fiftieth fresh set, the twenty-fifth drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 6001; sets 26 to 49 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = set()

D = {}

# ---- claims2 pool ----
D["claims2", 0] = K([C("captured", "deux", 2, 2, "gouvernement britannique", "unknown"),
                    C("killed", "", 1, 1, "narrator", "civils")],
    "Londonderry: the Northern Ireland police announced it had arrested 'deux hommes' aged 18 and 19 and holds them under anti-terror law -> captured 2, figure 'deux', the police -> gouvernement britannique (earlier UK police rows), suspects -> unknown (the detention restates the arrest, one fact); the reporter Lyra McKee 'tuée par balle' after riots -> killed 1-1, figure '' (named), an apposition inside the police's sentence about the arrests -> narrator (first-set participle call), civils")
D["claims2", 1] = K([C("killed", "trois", 3, 3, "média", "civils")],
    "Baie de Somme: after a night of searching, the bodies of three of the four missing kayakers were found at Le Crotoy, as France Bleu Picardie reports -> killed 3, figure 'trois' (bodies found, DEV body rule; a leisure accident), média (the whole sentence under the radio), civils; the next sentences give where and when each body was found and their ages: the same fact")
D["claims2", 2] = K([C("killed", "14", 14, 14, "narrator", "civils")],
    "Aude arsenic valley: after a former CNRS researcher's quote on polluted soil, the narrator recalls deadly floods ('inondations meurtrières') that made 14 'victimes' the previous October -> killed 14 ('victimes' read by the deadly outcome, DEV; flood deaths count), narrator, civils; the children's arsenic exposure is a health matter, no claim")
D["claims2", 3] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Portland: 'La mort de George Floyd', a Black man asphyxiated by a white policeman in Minneapolis, set off protests -> killed 1-1, figure '' (named), narrator, civils (twenty-sixth-set police-death call)")
D["claims2", 4] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Nice, storm Amélie: firemen dug out the lifeless body of the woman in her seventies missing since a landslide -> killed 1-1, figure '' (definite 'la septuagénaire'; a body found, DEV; a disaster death), narrator (the firemen are the actors, not a source), civils; 'portée disparue' is said of the same dead woman -> no missing claim (set 27's hiker and the South-East storms row)")
D["claims2", 5] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Maddie case: the Brunswick prosecutor confirmed a new rape inquiry (2004, Algarve), the region 'où avait disparu Madeleine McCann' -> missing 1-1, figure '' (named), a relative clause inside the prosecutor's sentence -> narrator (participle call), civils; the rape is a sexual offence, no claim type")
D["claims2", 6] = S("no claim on reading (Baumettes lynching trial: a convict's blows and kicks on 'la victime' are told as the charge at his trial; no wound or death word in the paragraph, judicial; the outcome is not in the title or lede either)")
D["claims2", 7] = S("no claim on reading (an old lady's body left three days at home for lack of a doctor: a natural death)")
D["claims2", 8] = K([C("killed", "", 1, 1, "responsable local", "civils")],
    "New York helicopter crash on a roof: the state governor said 'la personne décédée' was aboard the aircraft -> killed 1-1, figure '' (definite), a US state governor -> responsable local (the fourteenth-set regional-authority kind, as the Canadian provincial premier), civils (the pilot, per the previous heading)")
D["claims2", 9] = S("no claim on reading (dolphins caught by fishing boats, acoustic repellents: animals)")
D["claims2", 10] = S("no claim on reading (Jacques Higelin 'est décédé' at 77: natural death)")
D["claims2", 11] = S("no claim on reading (a man charged in a stolen-rifle case: his lawyer says nothing shows he tried to kill; an attempt with no harm, judicial)")
D["claims2", 12] = K([C("killed", "15.000", 15000, 15000, "narrator", "civils")],
    "2018, hottest year in France: after Météo-France's quoted figures, the summer is compared with 2003, whose heatwave had caused '15.000 décès' -> killed 15000, a relative clause of narration (participle call) -> narrator, civils (heatwave deaths are disaster deaths, thirtieth-set call)")
D["claims2", 13] = S("no claim on reading (horror director Tobe Hooper 'est décédé': natural death)")
D["claims2", 14] = S("no claim on reading (diver Enzo Maiorca 'est mort à 85 ans': natural death)")
D["claims2", 15] = K([C("missing", "plus de 50.000", 50001, None, "gouvernement français", "civils")],
    "Missing children: in 2019 the Interior ministry counted 'plus de 50.000' disappearances of minors -> missing 50001-open (a yearly statistic, as the sixth-set yearly tolls), the ministry -> gouvernement français, minors -> civils. My call: runaways are not set apart in the paragraph; a reviewer could read a statistic of reports as no claim")
D["claims2", 16] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Slovakia: a court put off the verdict in the trial of the alleged sponsor of 'l'assassinat' of the reporter Jan Kuciak and of his fiancée in 2018 -> two named persons with no total: killed 1-1 each, figure '', narrator (a noun phrase inside the court's announcement; 'présumé' bears on who), civils")
D["claims2", 17] = S("no claim on reading (Marseille after the rue d'Aubagne 'drame': thousands evacuated from unsafe buildings; evacuees are no claim type, the deadly collapse is only in the lede)")
D["claims2", 18] = S("no claim on reading (Villani and Hidalgo's 'bilan': other sense)")
D["claims2", 19] = S("no claim on reading (Rennes: the man admits knife blows but says he had no intent to kill his partner; the only harm word sits in a negated intention, twenty-sixth-set 'sans intention de tuer' call; her death is in the title and lede)")
D["claims2", 20] = S("no claim on reading (Hollande's tribute to sculptor Ousmane Sow, 'décédé': natural death)")
D["claims2", 21] = S("no claim on reading (Nicole Courcel's death, her daughter's grief: natural death)")
D["claims2", 22] = K([C("wounded", "", 1, 1, "gouvernement français", "civils")],
    "A lawyer's right of reply about a road crash: after driving home he called the gendarmes to say he was the driver, and they told him 'la victime' was very badly hurt ('très grièvement blessée') -> wounded 1-1, figure '' (definite), the gendarmes as the source of what he learnt -> gouvernement français (earlier police calls; a reviewer could credit the driver himself), civils")
D["claims2", 23] = S("no claim on reading (a 'tour de contrôle' at the National Assembly: figurative)")
D["claims2", 24] = S("no claim on reading (Nord: the prosecutor on a schoolboy's intention to kill someone; the killing itself is only in the title and lede)")
D["claims2", 25] = S("no claim on reading (an actress 'victime d'un cambriolage': property)")
D["claims2", 26] = K([C("captured", "un", 1, 1, "narrator", "unknown")],
    "Salah Abdeslam, per Le Figaro in an incident with a warder at Fleury-Mérogis, turns out to be 'un détenu' hard to guard -> captured 1-1, figure 'un' (dense held-persons rule, earlier Abdeslam 'détenu' rows and set 48's Roanne row; no sentence told), narrator (the second sentence carries no source), the attacker -> unknown")
D["claims2", 27] = S("no claim on reading (leave for 'le décès d'un enfant': generic, a bill)")
D["claims2", 28] = S("no claim on reading (Cazeneuve on 'corps intermédiaires': other sense)")
D["claims2", 29] = S("no claim on reading (university rules and 'les victimes' of sexual assault: generic, no claim type)")
D["claims2", 30] = K([C("captured", "", 1, None, "narrator", "civils")],
    "Minsk: a human chain ran to the Okrestina prison, where 'des manifestants arrêtés' were jailed, many of whom spoke of ill-treatment -> captured 1-open (plural with no number), figure '', narrator, regime's detainees -> civils (set 41's and set 49's Navalny call); 'sévices' carries no wound word (beatings call)")
D["claims2", 31] = S("no claim on reading (Valls: Plenel's words 'un appel au meurtre', Islamism 'idéologie de mort': figurative)")
D["claims2", 32] = S("no claim on reading (Villeurbanne: the drugs seized in an operation are property; the nine arrests are only in the title)")
D["claims2", 33] = S("no claim on reading (the CSA 'saisi' about a TV show: other sense)")
D["claims2", 34] = S("no claim on reading (the 500th anniversary of Leonardo's death: natural death)")
D["claims2", 35] = S("no claim on reading ('le bilan de Macron' on disability: other sense)")
D["claims2", 36] = S("no claim on reading (Françoise Sagan's death in 2004: natural death)")
D["claims2", 37] = K([C("killed", "un", 1, 1, "avocat", "civils")],
    "Grégory case: the parents' lawyer, Me Moser, quoted in his appeal for witnesses, recalls it is 'l'assassinat d'un petit enfant' of four -> killed 1-1, figure 'un' (indefinite before the noun), avocat (earlier kind), civils; Murielle Bolle's custody annulled is judicial")
D["claims2", 38] = S("no claim on reading (Kim Yo Jong and the destroyed liaison office: a building, property)")
D["claims2", 39] = S("no claim on reading (the government 'a repris la main' on a reform: other sense)")
D["claims2", 40] = S("no claim on reading (Mulhouse: two complaints against the Samu, 'Une personne est décédée': a medical death, set 48's and set 49's Samu calls)")
D["claims2", 41] = S("no claim on reading (Trump: healing 'nos blessures': figurative)")
D["claims2", 42] = K([C("killed", "Un", 1, 1, "média", "civils"),
                     C("killed", "une", 1, 1, "média", "civils")],
    "Luchon-Superbagnères: 'Un homme' of 33 and 'une femme' of 55 died after a fall below a hiking path, per France Bleu Toulouse -> two listed persons with no total in the paragraph (the 'Deux randonneurs' are in the lede): killed 1-1 each, figures 'Un' and 'une' (DEV no-total rule, set 41's pilot and passenger row), média, civils; the bodies found by mountain gendarmes are the same deaths")
D["claims2", 43] = S("no claim on reading (Notre-Dame's scaffolding that could fall: hypothetical, property)")
D["claims2", 44] = K([C("wounded", "", 1, 1, "source proche du dossier", "civils"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Perpignan area: in custody the man gave several versions, per a source close to the inquiry, saying the rifle went off by accident and the bullet hit 'la victime' in the forehead -> wounded 1-1 (a gunshot to the head as a wound without 'blessé', fifteenth-set call; the conditional bears on how, not on the harm: asserted), figure '' (definite), source proche du dossier, his partner -> civils; 'Lors de sa garde à vue' -> captured 1-1, narrator (adjunct call), a suspect -> unknown")
D["claims2", 45] = S("no claim on reading (Hollande's advice to Macron: no harm)")
D["claims2", 46] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Paris: the death of the partner's lover was recorded at 00:50; the lawyer 'le poignarde et le tue' -> killed 1-1, figure '' (definite), narrator (Le Parisien is credited for other sentences only), civils; his pending custody ('garde à vue') -> captured 1-1 (dense custody rule), narrator, a suspect -> unknown; pushing the young woman aside has no wound word")
D["claims2", 47] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Sequedin prison: contacted by France 3, 'le détenu' confirms a sexual act with a trainee warder -> captured 1-1, figure '' (definite), the held status stated (dense held-persons rule, set 48's 'détenu' rows; no sentence is told in the paragraph), narrator, a prisoner -> unknown. Least sure: a reviewer could call it a prisoner in daily life, no claim")
D["claims2", 48] = K([C("wounded", "un", 1, 1, "témoin", "civils"),
                     C("wounded", "un", 1, 1, "narrator", "civils")],
    "A jailed yellow-vest activist's letter: on 9 February he learnt that 'un homme' had his hand torn off by a grenade -> wounded 1-1, figure 'un' (a torn-off hand is a wound without 'blessé', fifteenth-set call), the writer, a demonstrator that day -> témoin (set 49's protester call); the editors' note (ndlr) restates it of 'un manifestant' near the Assembly -> a second source, wounded 1-1, narrator; civils. His 'ne plus être une victime' is figurative")
D["claims2", 49] = K([C("killed", "un", 1, 1, "gouvernement français", "civils")],
    "A6 in the Yonne: an early-morning crash with a car driving the wrong way cost the life of 'un jeune homme' of 22, learnt from the firemen -> killed 1-1, figure 'un', firemen as a source -> gouvernement français (earlier fire-service calls), civils")
D["claims2", 50] = K([C("killed", "", 1, 1, "assaillant", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Lyon, a time-barred murder: in 2016 a man admitted killing Mohamed Abdelhadi, missing since 2001 -> killed 1-1, a killer's confession -> assaillant (twenty-sixth-set call); the body found buried in a wood and 'le meurtre' -> killed 1-1, narrator (the body rule, as the Daval row with both); civils; the man of sixty 'a été remis en liberté' -> a release presupposes detention -> captured 1-1, narrator, a suspect -> unknown (the earlier time-barred murder row)")
D["claims2", 51] = S("no claim on reading (France passes 25,000 Covid-19 deaths: disease)")
D["claims2", 52] = S("no claim on reading (actor Michael Lonsdale 'est décédé' at 89: natural death)")
D["claims2", 53] = S("no claim on reading (a Lyon woman dead of an embolism after cosmetic surgery in Tunis: a medical death, set 48's call; the manslaughter inquiry is only in the lede)")
D["claims2", 54] = K([C("captured", "", 0, 0, "narrator", "unknown", "denied"),
                     C("wounded", "", 1, 1, "narrator", "civils")],
    "Paris XIXe antisemitic assault: the attackers, filmed by cameras, are not yet arrested ('pas été interpellés') -> captured 0-0, figure '' (no number word), denied (seventeenth-set 'aucune interpellation' call), narrator, unknown authors -> unknown; the prosecution's inquiry names the man beaten in the lede 'la victime' -> wounded 1-1, figure '' (definite), a living victim of an assault (thirty-third-set living-victim call, sets 35-43), narrator, civils. A reviewer could follow set 49's head-teacher call and leave out the wounded claim")
D["claims2", 55] = S("no claim on reading ('lettre morte': figurative)")
D["claims2", 56] = S("no claim on reading ('pertes de salaires' of carers: other sense)")
D["claims2", 57] = S("no claim on reading (an MP 'victime d'un canular': no harm)")
D["claims2", 58] = S("no claim on reading ('peut être mortel', said of a policy: figurative)")
D["claims2", 59] = K([C("wounded", "", 1, 1, "narrator", "civils"),
                     C("captured", "", 1, 1, "narrator", "unknown"),
                     C("wounded", "", 1, 1, "média", "civils")],
    "Vendée: the man stabbed by the eight-year-old boy is out of danger after a week in hospital treating 'ses blessures' -> wounded 1-1, figure '' (definite), narrator, civils; on leaving he was 'placé en garde à vue' -> captured 1-1, narrator, a suspect -> unknown; the mother, punched several times, got ten days of ITT, per Ouest France -> wounded 1-1 (the twenty-fifth-set injury-certificate call, later ITT rows), média (the sentence ends on the paper), civils")
D["claims2", 60] = S("no claim on reading (a drug making human blood deadly to mosquitoes: animals; the malaria deaths are only in the lede, disease)")
D["claims2", 61] = K([C("materiel", "", 1, 1, "narrator", "unknown")],
    "Searches for the submarine La Minerve, 'disparu en 1968', found two other wrecks -> materiel 1-1 (a vessel lost, set 49's Minerve call), figure '' (named), narrator, the French navy of 1968 -> unknown; no crew is told in the paragraph, so no missing claim; the old wrecks found carry no harm")
D["claims2", 62] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Théo case: a policeman is ashamed of colleagues accused of having arrested Théo roughly ('interpellé violemment') -> captured 1-1, figure '' (named), narrator (the accusation bears on the violence, the arrest is told as fact), an arrested person -> unknown (set 49's Aulnay station call); no wound word here")
D["claims2", 63] = K([C("killed", "plus de 40", 41, None, "gouvernement français", "civils")],
    "June 2019 heatwave: per the Sports ministry's figures given to Franceinfo, 'plus de 40' people drowned in France in the last week of June -> killed 41-open (accidental drownings, DEV), the ministry -> gouvernement français (first named source, the outlet only relays), civils")
D["claims2", 64] = S("no claim on reading (a sheep rescued from a ledge; a stretcher for ski 'blessés': animals, generic)")
D["claims2", 65] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "expert", "civils")],
    "Basel-Mulhouse airport: a trainee controller was soon suspected of 'le meurtre de Jean Meyer', found lying in his blood -> killed 1-1, figure '' (named), narrator (the suspicion bears on who: the 'meurtrier présumé' call), civils; per the autopsy he died of eight to ten knife wounds -> killed 1-1, the autopsy as a source -> expert (twenty-ninth-set autopsy call); the suspect's flight ('disparaître') is a fugitive's, no claim")
D["claims2", 66] = S("no claim on reading (Grégory case: a new death-threat letter: threats)")
D["claims2", 67] = S("no claim on reading (the cold 's'est abattu' on France: weather)")
D["claims2", 68] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Portland, a hundred days after 'la mort de George Floyd', choked under a policeman's knee -> killed 1-1, figure '' (named), narrator, civils (police-death call; another story group than rank 3)")
D["claims2", 69] = S("no claim on reading (Corsica: a resident says a military exercise could have led to a 'carnage': hypothetical)")
D["claims2", 70] = S("no claim on reading (Rennes doctors carry out a threat to resign: no harm)")
D["claims2", 71] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Meurthe-et-Moselle: the van driver who ran over a child 'a été interpellé' -> captured 1-1, figure '' (definite), narrator, a suspect -> unknown; the boy's death is only in the title and lede ('renversé' has no harm word)")
D["claims2", 72] = S("no claim on reading ('la mort des étoiles': astronomy, figurative)")
D["claims2", 73] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Spain, Airbnb: the young woman's video let the police make 'l'arrestation immédiate' of the host -> captured 1-1, figure '' (definite), narrator, a suspect -> unknown; filming guests in the shower is no claim type")
D["claims2", 74] = S("no claim on reading (TV formats 'reprises' abroad: other sense)")
D["claims2", 75] = S("no claim on reading (mayors' mask 'arrêté': other sense)")
D["claims2", 76] = S("no claim on reading (Australian fires: a billion animals 'tués', per researchers: animals; the 24 human dead are in the previous paragraph)")
D["claims2", 77] = S("no claim on reading (Trump 'est tombé sur' Macron: other sense)")
D["claims2", 78] = S("no claim on reading (the Heritage Days' 'bilan': other sense)")
D["claims2", 79] = S("no claim on reading (a cut in housing aid that would 'tuer' social housing: figurative)")
D["claims2", 80] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("hostage", "", 1, 1, "narrator", "civils")],
    "Grégory case: the Jacob couple are suspected of being the anonymous letter writers and of a part in 'le rapt et la mort de Grégory', which they dispute -> killed 1-1 and hostage 1-1 (an abduction, as set 28's Maddie 'enlevé et tué' row), figure '' (named), narrator (the suspicion and their denial bear on who, not on the harm), civils")
D["claims2", 81] = S("no claim on reading (Bernard Debré's death from cancer, tributes: natural death)")
D["claims2", 82] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Renault: Bolloré in charge 'après l'arrestation' of Carlos Ghosn in Japan -> captured 1-1, figure '' (named), narrator, unknown (earlier Ghosn rows)")
D["claims2", 83] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Angélique case: 'Le meurtrier présumé' of the teenager was arrested at his workplace three days after -> killed 1-1 (the twenty-sixth-set 'meurtrier présumé' call: the murder as fact), civils, and captured 1-1, a suspect -> unknown; figure '' each, narrator")
D["claims2", 84] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Daval case: on RTL the lawyer 'du meurtrier présumé' says his client is relieved -> killed 1-1 (the 'meurtrier présumé' call, as the earlier Daval row), figure '', an apposition outside the lawyer's words -> narrator, civils")
D["claims2", 85] = K([C("killed", "", 1, 1, "média", "civils")],
    "Lyon: per the daily's information, the young woman who climbed a crane for a selfie lost her balance and fell 'mortellement' 30 to 40 metres -> killed 1-1 (an accident), figure '' (definite), the sentence under Le Progrès -> média, civils")
D["claims2", 86] = S("no claim on reading (the car 'contrôle technique' rates: other sense)")
D["claims2", 87] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Hamerton zoo: the keeper Rosa King, 33, 'a été tuée' by the tiger before the public -> killed 1-1, figure '' (named; a person killed by an animal counts, set 49's hunting-hounds row), narrator, civils; colleagues and rescuers could do nothing (the same death)")
D["claims2", 88] = K([C("killed", "", 1, 1, "assaillant", "civils"),
                     C("missing", "", 1, 1, "narrator", "civils")],
    "Maëlys: Lelandais admitted on 14 February to having killed the girl 'accidentellement' -> killed 1-1, figure '' (named), a killer's confession -> assaillant (session-3 call: how it happened does not deny the harm), civils; he had denied any part in 'la disparition de la fillette' -> missing 1-1, narrator (set 46's Maëlys call: the disappearance stays beside the death; his denial bears on his role), civils")
D["claims2", 89] = K([C("killed", "519", 519, 519, "narrator", "civils"),
                     C("wounded", "", 11071, None, "narrator", "civils")],
    "Road safety, pedestrians in 2017: 519 killed in accidents and 'plus 11.070' hurt -> killed 519 and wounded 11071-open, figure '' for the second (the missing 'de' makes it no table row; read as 'plus de', as set 48's 'plus d'un millier' call), narrator (no source in the paragraph; yearly road tolls count), civils; aiming to cut pedestrian deaths is a purpose")
D["claims2", 90] = S("no claim on reading (a climate petition's news 'est tombée': other sense)")
D["claims2", 91] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Maëlys: samples taken around the body will let experts date 'la mort de la fillette' -> killed 1-1, figure '' (definite), narrator, civils; the scans to find whether violence occurred are a question, no claim")
D["claims2", 92] = S("no claim on reading (a novel titled 'Arrête avec tes mensonges': other sense)")
D["claims2", 93] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Paris rally for Adama Traoré, held in the wake of protests after 'la mort de George Floyd', asphyxiated by a white policeman -> killed 1-1, figure '' (named), narrator, civils (police-death call; a third story group)")
D["claims2", 94] = S("no claim on reading ('le contrôle des capitaux' in Lebanon: other sense)")
D["claims2", 95] = S("no claim on reading (Latifa Ibn Ziaten's son: a police source calls the assault invented, the 'supposées victimes' giving conflicting accounts; no wound word and no victim asserted. My call; a reviewer could write wounded 2-2 denied, source sécuritaire)")
D["claims2", 96] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Angoulême: the inmate left hanging on his knotted sheets was caught by prison staff, 'Placé en garde à vue' and brought before the prosecutor -> captured 1-1, figure '' (definite), narrator, unknown; his recapture and custody are one fact (dense custody rule)")
D["claims2", 97] = S("no claim on reading (Zemmour's fines, a court 'saisi': judicial, other sense)")
D["claims2", 98] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Nantes: 'La confirmation de la mort' of Steve Maia Caniço moved the city -> killed 1-1, figure '' (definite 'du jeune homme'), narrator, civils (his body found is in the previous paragraph)")
D["claims2", 99] = K([C("missing", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "gouvernement français", "civils"),
                     C("hostage", "", 1, 1, "gouvernement français", "civils")],
    "Sophie Le Tan: Jean-Marc Reiser, suspected of being behind 'la disparition' of the student -> missing 1-1, figure '' (named), narrator (Mouzin call), civils; he was charged ('mis en examen') in Strasbourg for 'assassinat' and for abduction and confinement -> killed 1-1 and hostage 1-1 by the judges' charge -> gouvernement français (session-5 charge call), civils. A reviewer could mark the killed claim uncertain (no body yet, set 38's Maddie call)")
D["claims2", 100] = S("no claim on reading (Pamela Anderson 'avait interpellé' the Macrons about Assange's asylum: other sense, no detention told)")
D["claims2", 101] = S("no claim on reading (the 'vallée de la Mort' temperature record: a place name)")
D["claims2", 102] = K([C("wounded", "au moins deux", 2, None, "narrator", "civils")],
    "Marseille, rue d'Aubagne: the prefecture tweeted a building's collapse; per the AFP 'au moins deux' people were lightly hurt -> wounded 2-open ('au moins' row), 'Selon l'AFP' is the AFP voice -> narrator (DEV rule), civils; the collapse itself is property")
D["claims2", 103] = S("no claim on reading (a TV host's rheumatoid arthritis: disease)")
D["claims2", 104] = S("no claim on reading (a nun's alleged exorcism of a schoolgirl: sexual-abuse story, no claim type)")
D["claims2", 105] = S("no claim on reading (LREM's 'perte' of its majority: other sense)")
D["claims2", 106] = S("no claim on reading (horses and a pony mutilated and killed: animals)")
D["claims2", 107] = S("no claim on reading (school incidents at the tributes after 'les attentats de 2015': a named attack with no toll, set 46's call)")
D["claims2", 108] = S("no claim on reading (no 'date arrêtée' for Bedos's tour: other sense)")
D["claims2", 109] = S("no claim on reading (the 'reprise' of an inquiry into a rape complaint against Darmanin: other sense, judicial)")
D["claims2", 110] = S("no claim on reading (the yellow-vest movement 's'était arrêté': other sense)")
D["claims2", 111] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Koh-Lanta complaint: Candide Renard 'avait été blessée' in an Abidjan stadium in November 2017 -> wounded 1-1, figure '' (named), narrator, civils; her father's quote on a crush and police baton blows tells how (the same fact)")

# ---- numbers2 pool ----
D["numbers2", 0] = N("Ford GT MkII: 45 cars at 1.2 million dollars each; no harm")
D["numbers2", 1] = N("Étretat: a live WWII shell found 250 metres from a dyke by a holiday-maker; no one hurt, no harm word")
D["numbers2", 2] = N("Marseille municipal race: a socialist says Samia Ghali fought the right for 25 years; no harm")
D["numbers2", 3] = N("Porsche 911 Turbo: horsepower and torque figures; no harm")
D["numbers2", 4] = N("Forbes ranking: singers' fortunes in millions of dollars; no harm")
D["numbers2", 5] = N("self-driving cars: autonomy levels 2 and 5; no harm")
D["numbers2", 6] = N("Trump's speech mentioning airports in 1775; no harm")
D["numbers2", 7] = N("wolves in France: the threshold of 500 animals and the plan for 2023; animals, no harm")
D["numbers2", 8] = N("business tax niches: 1.5 and 3.5 billion euros, firms under 25 staff; no harm")
D["numbers2", 9] = S("its only number sits in a channel name, Europe 1 (set 48's France 2 call, DEV 'M5' rule)")
D["numbers2", 10] = N("Hortefeux heard by judges on 1 August after a first day on 9 July, kept as assisted witness: judicial, no harm")
D["numbers2", 11] = S("contains a claim: bank staff and clients tied up for about four hours by robbers -> hostage (held against their will)")
D["numbers2", 12] = N("Seine flood: households without power or gas (150 and 200), residents who left home; affected people are no claim type")
D["numbers2", 13] = N("California fires: Vacaville, about 100,000 people, evacuated overnight; evacuees are no claim type")
D["numbers2", 14] = N("Toni Morrison's life: married in 1958, two sons, first novel at 39; the novel's plot is fiction; no claim")
D["numbers2", 15] = S("its numbers sit in a channel name (Europe 1) and a set phrase, 'les deux bouts' (set 49's 'quatre coins' call)")
D["numbers2", 16] = N("Stéphane Bern on Notre-Dame donations: dates only; the fire is property")
D["numbers2", 17] = N("Tariq Ramadan's complaint against 'trois femmes' accusing him of rape, per RTL: judicial and sexual-offence matters, no claim type")
