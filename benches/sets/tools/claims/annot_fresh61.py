"""Hand annotations of the sixty-first fresh set, the thirty-sixth drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 7101; sets 26 to 60 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"CIDH", "Printemps"}

D = {}

# ---- claims2 pool ----
D["claims2", 0] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Benalla and the Senate report: he was put 'en détention' on Tuesday for breaching his judicial supervision -> captured 1-1, figure '' (named), pretrial detention (eighth-set pretrial call; unlike the earlier Benalla rows where only 'contrôle judiciaire' was told), narrator, a suspect -> unknown; lying under oath is judicial")
D["claims2", 1] = S("no claim on reading (lockdown lifted, not 'la reprise' of life as before: other sense, epidemic talk)")
D["claims2", 2] = K([C("captured", "34", 34, 34, "média", "unknown"),
                     C("captured", "", 1, 1, "média", "unknown"),
                     C("captured", "51", 51, 51, "média", "unknown")],
    "Turkey after the failed coup: per the NTV channel, 34 generals 'ont été arrêtés' -> captured 34, média (a broadcaster, ninth-set Anadolu call), the named generals inside the counted group are no separate claims (DEV); a garrison commander 'arrêté avec 51 soldats', announced the Anadolu agency -> captured 1-1 (named, figure '') and captured 51 (a person and a group with no total, DEV no-total rule), média; officers held as coup suspects of an army outside the vocabulary -> unknown (arrested suspects; servicemen of another army)")
D["claims2", 3] = K([C("captured", "deux", 2, 2, "narrator", "unknown"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Lyon metro stabbing: 'Les deux agresseurs présumés', drunk, were arrested ('interpellés') with a broken knife -> captured 2, figure 'deux', narrator (the regional daily is credited in the previous paragraph only), suspects -> unknown; the missing piece of blade found in 'le corps de la victime' -> killed 1-1 (DEV body rule, as earlier 'corps de la victime' rows; the young man died, previous paragraph and title), figure '' (definite), narrator, civils")
D["claims2", 4] = S("no claim on reading (a drivers' association 'a saisi' the Conseil d'Etat over private speed-camera cars: other sense)")
D["claims2", 5] = S("no claim on reading (Patrick Balkany 'emprisonné' at La Santé after his sentence for tax fraud: judicial, as the earlier Balkany sentence row)")
D["claims2", 6] = S("no claim on reading (Trotsky and his wife survive the first attempt on his life by hiding under the bed: an attempt with no harm; the killing is in the title and lede only)")
D["claims2", 7] = S("no claim on reading (the interior minister on masked speed cameras: more offences beside them and, in the end, 'cela fait des morts': a generic consequence with no event or count (habit and rate calls). A reviewer could write killed 1-open by gouvernement français)")
D["claims2", 8] = S("no claim on reading (Med Hondo's career: 'reprises' of classics, a film as an 'attaque' on colonialism: other senses; his death at 82 is natural)")
D["claims2", 9] = K([C("killed", "", 1, 1, "assaillant", "civils"),
                     C("hostage", "", 1, 1, "assaillant", "civils")],
    "Lelandais's sister harassed: Lelandais 'a avoué' on 14 February having abducted then killed little Maëlys -> a confession told by the narration (set 60's 'a avoué avoir assassiné' row, twenty-sixth-set suspect call) -> killed 1-1 and hostage 1-1 ('enlevé', DEV hostage type for a kidnapped civilian), figure '' (named), assaillant, a child -> civils")
D["claims2", 10] = S("no claim on reading (Guadeloupe: twenty people in intensive care and one woman dead, in an epidemic story: disease, no claim)")
D["claims2", 11] = S("no claim on reading (Quebec: eleven people say they were 'victimes' of a TV host's sexual behaviour: sexual offences, no claim type; 'à plusieurs reprises' other sense)")
D["claims2", 12] = S("no claim on reading (an Ukrainian prison's last 120-odd inmates 'transférés' elsewhere: prison population, judicial, tenth-set call)")
D["claims2", 13] = K([C("hostage", "", 1, None, "narrator", "civils"),
                      C("wounded", "deux", 2, 2, "gouvernement français", "civils")],
    "Paris bank robbery near the Champs-Elysées: several men held ('ont séquestré') the staff while emptying safes -> hostage 1-open (plural with no number; the thirty-third-set 'séquestration' call for held civilians), narrator, civils; per the Paris firefighters two people were lightly hurt ('légèrement blessées') -> wounded 2, figure 'deux', fire services -> gouvernement français (set 37's fire-services call), civils")
D["claims2", 14] = S("no claim on reading (customs stopped ('arrêté') a lorry carrying cannabis: a vehicle stopped, the drugs seized are property)")
D["claims2", 15] = S("no claim on reading (orphans study: differences not tied to a parent's 'décès': statistics, natural deaths, no event)")
D["claims2", 16] = S("no claim on reading (Seine-Maritime care home: an expert says a late-treated ulcer caused a lost chance of avoiding the patient's death, put at 10 to 15%: a death of illness, the care fault only a lost chance (set 59's surgeon row and the emergency-call rows); a reviewer could apply the twenty-ninth-set care-error call, killed 1-1)")
D["claims2", 17] = S("no claim on reading (a priest's abuse caused victims psychological and spiritual 'blessures': psychological harm is no claim, tenth/sixteenth-set calls)")
D["claims2", 18] = K([C("wounded", "", 1, 1, "source hospitalière", "civils")],
    "Marne: a baby cut by a scalpel during a caesarean (title); the hospital's director, reached by a daily, speaks of a 'blessure superficielle' with no lasting mark -> wounded 1-1, figure '' (definite), a care mishap is an accident (twenty-ninth-set care-error call), the hospital's statement -> source hospitalière (twenty-eighth-set kind), a newborn -> civils; he denies a fault, not the wound")
D["claims2", 19] = K([C("wounded", "un", 1, 1, "élu local", "civils")],
    "Gennevilliers warehouse fire: the blaze caused 'un blessé léger', per the town's mayor -> wounded 1-1, figure 'un' (DEV indefinite row), the mayor named -> élu local (earlier kind), civils; the daily is credited for the fire sentence only")
D["claims2", 20] = S("no claim on reading (a cruise passenger who jumped from deck 11 banned for life, no charge: 's'est arrêté' other sense; his sore tailbone is in the lede only)")
D["claims2", 21] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Trump to visit Kenosha, where Jacob Blake was 'grièvement blessé' by a police officer -> wounded 1-1, figure '' (named), narrator (relative clause), civils (harm at police hands, as the earlier Jacob Blake rows)")
D["claims2", 22] = S("no claim on reading (Presstalis: earlier plans foresaw 'la reprise' of 300 staff out of 900: other sense)")
D["claims2", 23] = S("no claim on reading (Haute-Loire vultures attacking livestock, farmers want eggs 'enlevés' from nests: animals, other sense)")
D["claims2", 24] = K([C("killed", "", 1, 1, "assaillant", "civils"),
                      C("killed", "", 1, 1, "source médicale", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils")],
    "A father who killed his daughter Léa for revenge: he says he drowned the little girl in the bath ('Il dit avoir') -> killed 1-1, assaillant (the killer speaking of his act, twenty-sixth-set call); the autopsy points rather to smothering -> killed 1-1, source médicale (forensic findings; the autopsy disputes the manner, not the death: DEV denial rule); he fled leaving 'le corps' on his bed -> killed 1-1, narrator (DEV body rule); one claim per source (DEV two-source rule, set 60's rank 126 with three sources); figure '' (definite), a child -> civils. Least sure: the autopsy claim (a reviewer could keep two)")
D["claims2", 25] = S("no claim on reading (a singer's ex-wife 'est décédée' on 18 May: no cause told, natural-death call)")
D["claims2", 26] = S("no claim on reading (Air France identity 'contrôle' at boarding: other sense)")
D["claims2", 27] = K([C("missing", "", 1, None, "CIDH", "civils")],
    "Honduras, the Garifuna: the Inter-American human-rights commission demanded that the State take every measure 'pour localiser les disparus' -> missing 1-open (plural with no number; the disappearance presupposed by the demand, as the earlier 'des familles de disparus' row), the commission -> CIDH (added name: an organisation outside actors.toml, DEV exact-name rule; a reviewer could file it under 'justice internationale', the Kosovo court's name), community members -> civils")
D["claims2", 28] = S("no claim on reading (a Montreal artist's project 'ne s'arrête pas' there: other sense)")
D["claims2", 29] = S("no claim on reading (a humpback whale found dead near Montreal, likely hit by a boat: an animal)")
D["claims2", 30] = S("no claim on reading (a Bangladeshi Islamist leader, thought over 100, 'est décédé' in Dhaka: natural death)")
D["claims2", 31] = S("no claim on reading (the Montenvers train 'a repris' service after the lockdown: other sense)")
D["claims2", 32] = K([C("killed", "3.239", 3239, 3239, "narrator", "civils")],
    "Back to 90 km/h: road deaths on the mainland in 2019 reached their lowest level, '3.239 personnes' -> killed 3,239, a yearly count of road deaths (sixteenth/thirty-third-set yearly calls), narrator (the government is credited only with linking the figure to the 80 km/h limit), civils")
D["claims2", 33] = S("no claim on reading (Muhammad Ali 'est mort' at 74 of respiratory problems, with Parkinson's: natural death)")
D["claims2", 34] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Steve Maia Caniço: the police inspectorate's report found no link between 'la disparition' of Steve and the police operation -> missing 1-1, figure '' (named), the noun phrase inside the report's sentence about the link stays the narrator's (first-set participle call, as the earlier 'a disparu' Caniço row credited to Le Monde), civils; grenades and rubber-bullet shots fired at the crowd name no wound")
D["claims2", 35] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Mulhouse: the man who stabbed three women (title, lede) spoke incoherently 'lors de son arrestation'; then held in custody ('Placé en garde à vue'), per the police, and to see a psychiatrist -> captured 1-1 (arrest and custody one fact), figure '' (definite), the custody participle in the police's sentence is an adjunct of a sentence about his state (fresh7 custody-adjunct call) -> narrator, an attacker -> unknown; the stab wounds are in the lede and previous paragraph")
D["claims2", 36] = S("no claim on reading (Ardèche hunter who shot a puppy: his gun 'saisie', his licence kept: property, an animal)")
D["claims2", 37] = S("no claim on reading (Chirac hospitalised for a general 'contrôle' of his health: other sense, illness)")
D["claims2", 38] = S("no claim on reading (a primary candidate says he was 'victime' of unworthy treatment by two TV channels: figurative)")
D["claims2", 39] = K([C("captured", "11", 11, 11, "narrator", "unknown")],
    "Echirolles, mothers against dealers: sixty officers came at dawn to arrest the 11 people, all held in custody ('placées en garde à vue') -> captured 11, narrator, suspects -> unknown; residents thrown to the ground and two women 'agressées', per two broadcasters, carry no wound word (thirteenth-set beatings call); the dealers 'repris le contrôle' of the hall: other sense; sixty officers is a troop strength")
D["claims2", 40] = S("no claim on reading (Dupont-Aignan on a second round seen as 'un piège mortel' for the country: figurative)")
D["claims2", 41] = S("no claim on reading (amphibian species thought 'disparues' seen again: animals, other sense)")
D["claims2", 42] = S("no claim on reading (Isère avalanche: 'Les deux victimes' were part of a group of four skiers: one dead and one badly hurt together, no single type, their outcomes in the previous paragraph only (the earlier guarantee-fund 'victimes' row); a reviewer could split them)")
D["claims2", 43] = S("no claim on reading (a man who climbed his stairs as if up Mont Blanc 's'est arrêté' at set heights: other sense)")
D["claims2", 44] = S("no claim on reading (a weather presenter's husband: 'Le décès' at midday, sudden, no cause told: natural-death call)")
D["claims2", 45] = S("no claim on reading (escaped sturgeons die in salt water and are found on beaches: animals)")
D["claims2", 46] = S("no claim on reading (hotels half empty, reopening 'à perte': other sense)")
D["claims2", 47] = S("no claim on reading (a children's TV presenter, and a colleague 'décédé en 2008': natural deaths)")
D["claims2", 48] = S("no claim on reading (a schoolgirl harassed with threats, 'la jeune victime': harassment and threats, no harm type)")
D["claims2", 49] = S("no claim on reading (Ségolène Royal on Macron's method: 'corps intermédiaires', no harm)")
D["claims2", 50] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Huawei's CFO in Canada: her lawyers warn against hiding possible irregularities 'lors de l'arrestation' of Ms Meng -> captured 1-1, figure '' (named), the time adjunct stays the narrator's (earlier Meng row and adjunct calls), a suspect held in a democracy -> unknown (set 52's rule, as the earlier Meng Wanzhou row)")
D["claims2", 51] = K([C("killed", "", 1, 1, "narrator", "civils", "denied")],
    "Omar Sy said dead (title, lede: a fake road accident): some thought of a third death in the film world, had he died at 38? 'Il n'en est rien', it was a bad hoax -> killed 1-1, figure '' (named), denied, narrator, civils: set 33's false Trump report row (a false report of harm denied in the paragraph). Least sure: a reviewer could call a hoax no claim at all (the earlier hoax rows)")
D["claims2", 52] = S("no claim on reading (a blogger's 15,000 stories of women 'victimes' of street harassment and verbal abuse: no harm type)")
D["claims2", 53] = S("no claim on reading (the film director Alan Parker 'est mort' at 76, per his family: natural death)")
D["claims2", 54] = S("no claim on reading (Céline Dion to 'reprendre' her career; 'Grand Corps Malade' a name: other senses)")
D["claims2", 55] = S("no claim on reading (the US army dog 'légèrement blessé' in the Baghdadi raid: an animal)")
D["claims2", 56] = S("no claim on reading (record number of 'personnes détenues' in France, per a prisons watchdog: prison population, judicial, tenth-set call)")
D["claims2", 57] = K([C("captured", "près de 300", 240, 360, "narrator", "unknown"),
                      C("captured", "102", 102, 102, "narrator", "unknown")],
    "World Cup final night: police put 'près de 300' people in custody across France, mostly for violence and damage -> captured 240-360 (the 'près de N' row); in Paris '102 personnes' were arrested -> captured 102 (a numbered part, DEV subset rule); narrator, arrested people in a democracy -> unknown; shops looted are property; the sexual assaults are in the title and lede")
D["claims2", 58] = S("no claim on reading (a dachshund 'tombé' between rocks and rescued: an animal)")
D["claims2", 59] = K([C("killed", "80", 80, 80, "narrator", "civils")],
    "SNCF near-miss: the 2013 Santiago de Compostela derailment, recalled by a daily, then 'L'accident avait fait 80 morts' in a sentence of its own -> killed 80, narrator (attribution follows the sentence), civils (DEV accidental deaths); the 2015 Eckwersheim 'drame' carries no harm word or toll")
D["claims2", 60] = S("no claim on reading (Notre-Dame: the spire 'détruite': property)")
D["claims2", 61] = S("no claim on reading (seals found beheaded in the Finistère, a gendarme on the method: animals)")
D["claims2", 62] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "Guy Joao, taken for Dupont de Ligonnès and 'interpellé' at Glasgow in October 2019, held in custody 26 hours then cleared by DNA -> captured 1-1, figure '' (named), narrator (his account to a channel is about the ordeal), a man held by mistake -> civils (the earlier Guy Joao rows)")
D["claims2", 63] = S("no claim on reading (a rape complaint against Darmanin: the appeal court ordered 'la reprise' of the inquiry: judicial, other sense)")
D["claims2", 64] = S("no claim on reading (the rape accusation against Darmanin, 'la reprise' of investigations: sexual offence, judicial)")
D["claims2", 65] = S("no claim on reading (a trial for domestic violence: the defendant used to keeping 'son contrôle': other sense; the ITT is in the lede only)")
D["claims2", 66] = S("no claim on reading (a teenager jumps into icy water to rescue a woman in her seventies: no harm word)")
D["claims2", 67] = K([C("killed", "au moins 27", 27, None, "narrator", "civils", "uncertain"),
                      C("wounded", "une soixantaine", 48, 72, "narrator", "civils", "uncertain")],
    "Tultepec fireworks-market explosion: there would be ('Il y aurait') at least 27 dead and about sixty hurt for now -> killed 27-open ('au moins' row) and wounded 48-72 ('une soixantaine' row), both uncertain (the conditional bears on the toll, dense conditional rule, as the earlier 'Il y aurait' rows), narrator, a disaster's victims -> civils (DEV)")
D["claims2", 68] = S("no claim on reading (Marion Maréchal's private life; 'des blessures profondes' between two women: figurative)")
D["claims2", 69] = S("no claim on reading (LFI and a sexual-harassment report: no harm type)")
D["claims2", 70] = S("no claim on reading (drought: water limits by prefectoral 'arrêté': other sense)")
D["claims2", 71] = K([C("killed", "Un", 1, 1, "média", "civils")],
    "Coulommiers: 'Un chauffeur de poids lourd est décédé' while delivering a supermarket, reports a daily -> killed 1-1, figure 'Un' (DEV indefinite row), an accident at work (meat carcasses fell on him, next sentences; DEV accidental deaths), the sentence under the outlet -> média (earlier outlet calls), civils")
D["claims2", 72] = S("no claim on reading (Frédéric Mitterrand wants Ségolène Royal to stop ('arrête') travelling: other sense)")
D["claims2", 73] = S("no claim on reading (Claude Lanzmann's death at 92, very weak for days: natural death)")
D["claims2", 74] = K([C("killed", "au moins 137", 137, None, "narrator", "civils"),
                      C("wounded", "5.000", 5000, 5000, "narrator", "civils"),
                      C("wounded", "au moins 21", 21, None, "narrator", "civils"),
                      C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Beirut blasts: the explosions 'meurtrières' caused at least 137 dead and 5,000 hurt -> killed 137-open ('au moins' on the first number only, ninth-set call) and wounded 5000; 'dont au moins 21 Français' -> wounded 21-open (the subset read with the nearest noun, DEV subset rule); narrator, a disaster's victims -> civils; the French architect is among them, announced the culture minister -> killed 1-1 (his death in the title), figure '' (named), gouvernement français (a second source on one victim, DEV two-source rule), civils. Least sure: the French subset's type (Bonfils, dead, is said to be among them)")
D["claims2", 75] = S("no claim on reading (fake paintings in Elne; the painter 'mort' in 1922: natural death)")
D["claims2", 76] = K([C("killed", "", 1, 1, "Printemps", "civils")],
    "Paris, a man fell from the top of a store's escalator (title, lede, previous paragraph): the store's management told a daily the police favour 'la piste du suicide' and sent its sympathy to the family 'de la victime' -> killed 1-1 (a suicide is killed, tenth/eighteenth-set calls; 'la victime' read by the outcome, DEV), figure '' (definite), asserted (the doubt bears on the manner), the store's management -> Printemps (added name: a company quoted in a statement, as RTM and RATP), civils; shocked staff cared for is no wound. Least sure: the claimant (the police lead relayed by the store)")
D["claims2", 77] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "Belarus: Sergei Tikhanovski 'est détenu depuis le 29 mai', replaced as candidate by his wife 'après son arrestation' -> captured 1-1 (held and arrested one fact), figure '' (named), narrator, a regime's detainee -> civils (twenty-sixth-set Belarus call)")
D["claims2", 78] = S("no claim on reading (Ashley Judd's suit against Weinstein: the appeal court 'saisie': judicial, other sense)")
D["claims2", 79] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Villeurbanne: the man of 80 wrongly accused of paedophilia who died after a beating (title, lede); on 30 April 'la victime' was walking in his area -> killed 1-1, figure '' (definite), 'la victime' read by the outcome (set 52's Sofiane call: the death of the title), narrator, civils. A reviewer could apply the context-line rule, no claim")
D["claims2", 80] = S("no claim on reading (a hospital bacterium 'peut être mortelle': a risk, disease)")
D["claims2", 81] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "sept", 7, 7, "narrator", "civils")],
    "Kobe Bryant auction: Bryant 'tué' on 26 January in a helicopter crash that also killed his daughter Gianna, 13, and 'sept autres personnes' -> killed 1-1, killed 1-1 (named, figure '') and killed 7 (two persons and a group with no total, DEV no-total rule, as the earlier Bryant row), narrator (relative clause), civils; the crash is a descriptor, no materiel (DEV); 13 is an age")
D["claims2", 82] = S("no claim on reading (Lactalis denies a second contaminated tower, 'la reprise' of a report: no harm to people told)")
D["claims2", 83] = S("no claim on reading (Aubervilliers: youths followed 'leurs victimes' for being Chinese, attacked and robbed them; five charged for violent theft: no wound word (beatings call), 'mis en examen' is no custody)")
D["claims2", 84] = S("no claim on reading (Colmar: the autopsy links the death to a digestive perforation due to cancer: disease, the emergency-call rows)")
D["claims2", 85] = K([C("wounded", "deux", 2, 2, "narrator", "unknown"),
                      C("wounded", "une", 1, 1, "narrator", "civils")],
    "Paris, anti-fascist march after the first round: scuffles with the police 'qui ont fait deux blessés' among them a teenage girl -> wounded 2, figure 'deux', sides not given -> unknown (mixed-toll call), and the subset wounded 1-1, figure 'une' (DEV subset rule and indefinite row), a teenager -> civils; narrator")
D["claims2", 86] = S("no claim on reading (the composer Michel Legrand 'est décédé' at 86: natural death)")
D["claims2", 87] = S("no claim on reading (a monument asked for war animals 'morts' under French command: animals)")
D["claims2", 88] = S("no claim on reading (Naomi Musenga, 'décédée' in hospital after a call taken lightly by the emergency service: no accidental cause told, as the earlier Musenga rows)")
D["claims2", 89] = K([C("killed", "28", 28, 28, "narrator", "civils"),
                      C("killed", "cinq", 5, 5, "narrator", "civils"),
                      C("killed", "quatre", 4, 4, "narrator", "civils")],
    "Road deaths in July 2020: for the under-18s '28 tués' -> killed 28 (monthly road deaths, as set 31's August row); in a month marked by the death of five children on the A7 in the Drôme and four others after a collision with a lorry in the Aisne -> killed 5 and killed 4 (numbered parts, DEV subset rule), narrator (the road-safety body is quoted in the previous paragraph only), civils; the falls in the drivers', pedestrians' and seniors' deaths, the '+ 10' and the rates of hurt people are changes, no claim (set 40's change call)")
D["claims2", 90] = K([C("captured", "quelque 6.000", 4800, 7200, "narrator", "civils")],
    "Belarus: over three nights of protest the security forces arrested 'quelque 6.000' people across the country -> captured 4800-7200 (the 'environ/quelque' row), narrator, a regime's detainees -> civils (twenty-sixth-set Belarus call); how many are still held is not known: no further claim")
D["claims2", 91] = S("no claim on reading (an athlete on a coach who 'a détruit ma vie': figurative)")
D["claims2", 92] = S("no claim on reading (Var crèche: alleged maltreatment, an inquiry, a 'contrôle' that found nothing: no harm type, as set 59's crèche row)")
D["claims2", 93] = S("no claim on reading (Paris-Normandie takeover, 'la reprise': other sense)")
D["claims2", 94] = K([C("captured", "deux", 2, 2, "narrator", "unknown")],
    "Neuilly-sur-Marne bus: a nurse 'frappée' by two teenagers after asking them to wear masks -> no wound word (thirteenth-set beatings call; 'rouée de coups' is in the title); 'Les deux agresseurs présumés' were arrested and still in custody -> captured 2, figure 'deux', narrator, minors arrested for an offence -> unknown (set 60's rank 66, the arrested boys of sets 56 and 59)")
D["claims2", 95] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Genoa's new bridge: lights lit to pay tribute 'aux victimes' whose names were read, with their families absent -> killed 1-open (DEV tribute rule, plural with no number; the 43 dead of the lede), narrator (a time clause beside the prime minister's quote), civils; the PM's '43 étoiles' carries no harm word")
D["claims2", 96] = S("no claim on reading (refusing a Senate summons punishable by two years in prison: judicial)")
D["claims2", 97] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                      C("hostage", "", 1, 1, "gouvernement français", "civils")],
    "Maëlys: the suspect's mother, and her son 'mis en examen et écroué pour enlèvement' -> captured 1-1 (pretrial detention, eighth-set call), figure '' (named), narrator (apposition), a suspect -> unknown; the judges' charge of abduction -> hostage 1-1, gouvernement français (session-5 charge call, as the earlier Lelandais charge rows), civils; the mother's wish to know what became of the girl carries no harm word")
D["claims2", 98] = S("no claim on reading (a bichon 'disparu' in 2006 found eleven years on: an animal)")
D["claims2", 99] = K([C("killed", "un", 1, 1, "gouvernement français", "unknown")],
    "Villeneuve-d'Ascq: the interior minister on Twitter, shaken by the news of 'la mort d'un de nos policiers' hit by a car on duty -> killed 1-1, figure 'un' (indefinite pronoun, DEV 'Un' row; unlike the definite 'l'un d'eux'), the minister -> gouvernement français, a police officer -> unknown (police officers, sixth-set call); a road accident (DEV); the injuries are in the previous paragraph")
D["claims2", 100] = S("no claim on reading (Whirlpool workers told they would be 'repris': other sense)")
D["claims2", 101] = K([C("wounded", "Au moins 26", 26, None, "gouvernement chinois", "civils"),
                       C("wounded", "4", 4, 4, "gouvernement chinois", "civils")],
    "China Eastern flight Paris-Kunming: at least 26 passengers hurt in turbulence, 4 of them seriously, per Chinese official media -> wounded 26-open ('au moins' row) and the subset wounded 4 (DEV subset rule), Chinese official media -> gouvernement chinois (twenty-sixth-set call), civils; the fractures and cuts listed are the same wounds")
D["claims2", 102] = K([C("hostage", "", 1, None, "narrator", "civils")],
    "Le Havre: the mayor, Edouard Philippe, welcomed the peaceful end 'de cette prise d'otages' -> hostage 1-open (sixth-set 'la prise d'otages' call; the count is in the lede only), the noun phrase inside his reaction's sentence stays the narrator's (sentence-level rule), bank customers and staff -> civils")
D["claims2", 103] = S("no claim on reading (Julie Depardieu's memory of a film where a boxer 'tombe amoureux': other sense, fiction)")
D["claims2", 104] = S("no claim on reading (Castaner 'interpellé' by a Paris deputy mayor: addressed, other sense)")
D["claims2", 105] = S("no claim on reading (Paris, a mother and baby hit by an e-scooter: the baby had redness on her left side and was taken to hospital: no wound word (hospital-condition call); 'engins de mort' figurative)")
D["claims2", 106] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                       C("missing", "", 1, 1, "narrator", "civils"),
                       C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Sophie Le Tan: Jean-Marc Reiser, 'arrêté' days after 'sa disparition' and charged with 'assassinat' -> captured 1-1 (narrator, a suspect -> unknown), missing 1-1 (the disappearance kept beside the death, set 50's Le Tan rows; narrator, civils) and killed 1-1 by the judges' charge -> gouvernement français (session-5 charge call, the earlier Le Tan row), figure '' (named) for all three; blood and DNA traces are evidence, no harm")
D["claims2", 107] = S("no claim on reading (an actress, 'une des victimes' of Weinstein: sexual offences, no harm type)")
D["claims2", 108] = S("no claim on reading (cocaine washed up on beaches, an origin that 'interpelle': other sense)")
D["claims2", 109] = K([C("wounded", "Un", 1, 1, "narrator", "civils")],
    "Etampes: 'Un pompier a été blessé par balle' while putting out a car fire -> wounded 1-1, figure 'Un' (DEV indefinite row), narrator (the minister's reaction is in the title only), a firefighter -> civils (twenty-eighth-set firefighter call)")
D["claims2", 110] = S("no claim on reading (crowds at the Elysée to honour Jacques Chirac, 'décédé' that morning: natural death)")
D["claims2", 111] = S("no claim on reading (two giraffes killed by lightning in Florida, 'les deux victimes': animals)")
D["claims2", 112] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Bayonne bus driver: the assault on this man of 59, 'mort le 10 juillet' after five days in a coma -> killed 1-1, figure '' (definite; 59 is an age), narrator (apposition), civils; the PM's 'crime abject' and the ministers' visit carry no further harm word")
D["claims2", 113] = S("no claim on reading (Neil Armstrong's death and a settlement with the hospital, the care fault only alleged: natural death (set 59's surgeon row))")
D["claims2", 114] = S("no claim on reading (Fillon trial: a co-defendant's suspended prison term and fine, 'la reprise' of studies: judicial, other sense)")
D["claims2", 115] = S("no claim on reading (Nice mayor's municipal 'arrêté' on masks: other sense)")
D["claims2", 116] = S("no claim on reading (WWF asks for 'contrôle' rules for fishing fleets: other sense)")
D["claims2", 117] = S("no claim on reading (Limoges: the first 'victime', 57, says she was pinned to the ground and threatened with a beating: no wound word, a threat (beatings call); the arrest of two children is in the lede only)")
D["claims2", 118] = K([C("captured", "", 1, None, "gouvernement français", "unknown")],
    "Domestic violence under lockdown: the junior equality minister says alerts in pharmacies led to 'des gardes à vue' and to women being protected -> captured 1-open (plural with no number), the minister -> gouvernement français, violent partners held -> unknown (suspects); 500 women helped and 200 calls from men are no claim type")
D["claims2", 119] = S("no claim on reading (Jamel Debbouze's comedy club: noise measured 'sous contrôle' of a bailiff, a building 'détenu' by a company: other senses)")
D["claims2", 120] = S("no claim on reading (Paris May Day: a fast-food restaurant wrecked, cars burnt, shop windows 'détruites': property; the 'bilan humain' is in the previous paragraph)")
D["claims2", 121] = S("no claim on reading (Kim Jong-un's threats and Trump's threat of 'destruction totale': threats, no harm)")
D["claims2", 122] = S("no claim on reading (the Conseil d'Etat backs prefectoral 'arrêtés' on masks: other sense)")
D["claims2", 123] = K([C("wounded", "", 1, 1, "média", "civils"),
                       C("captured", "", 1, 1, "média", "unknown")],
    "Rouen: a pregnant woman beaten by her partner; per a regional daily, the hospital reported to the prosecutor given 'la gravité des blessures infligées' -> wounded 1-1, figure '' (the wounds of the one woman), the sentence under the outlet -> média, civils; the partner, 19, 'a été interpellé' and held in custody, reports a TV channel -> captured 1-1, figure '' (definite), média, a suspect -> unknown; 'frappée' (conditional) names no wound (beatings call), the judicial source's 'massacre' is figurative for a beating, the baby's cardiac arrest and both lives at risk carry no wound word (eighth-set hospital-condition call)")
D["claims2", 124] = S("no claim on reading (Metz prison: inmates say they were 'passés à tabac' by other inmates: beatings with no wound word, complaints and an inquiry: thirteenth-set beatings call)")
D["claims2", 125] = S("no claim on reading (Game of Thrones: Jon Snow stabbed and left for dead: fiction)")
D["claims2", 126] = S("no claim on reading (Naomi Musenga's last day: a heart attack, then she died in intensive care: a medical cause, as the earlier Musenga rows)")
D["claims2", 127] = S("no claim on reading (Anthony Delon fined for a rumour; Johnny's 'décès': natural death, judicial)")
D["claims2", 128] = K([C("killed", "deux", 2, 2, "narrator", "civils"),
                       C("wounded", "", 1, 1, "narrator", "civils")],
    "Jenifer: the singer 'a été victime' of a terrible accident in which 'deux personnes' died -> killed 2, figure 'deux', narrator, civils (DEV accidental deaths); Jenifer herself 'victime d'un accident' with no wound word -> wounded 1-1, figure '' (named), narrator, civils (set 59's Lambert and Douglas call). Least sure: the wounded claim (a reviewer could follow the skip of the Lambert mention, no claim)")
D["claims2", 129] = K([C("killed", "Deux", 2, 2, "narrator", "civils"),
                       C("wounded", "au moins 43", 43, None, "narrator", "civils"),
                       C("wounded", "dix", 10, 10, "narrator", "civils")],
    "India, a train derailed near Kanpur: 'Deux personnes' killed and at least 43 hurt, ten of them in a serious state -> killed 2, wounded 43-open ('au moins' row) and the subset wounded 10 (DEV subset rule; set 45's Lourdes row, as set 60's 'dont quatre'), narrator, civils; a dozen carriages off the rails are civil vehicles, no materiel")
D["claims2", 130] = S("no claim on reading (a pétanque record 'détenu' by a past master: other sense)")
D["claims2", 131] = K([C("killed", "", 1, 1, "source proche du dossier", "civils")],
    "Oliver, the lynched teenager found in a wood near Tours (title, previous paragraph): a source close to the inquiry says there is no doubt on the identity 'du corps' -> killed 1-1 (DEV body rule), figure '' (definite), the source -> source proche du dossier (dense kind), civils")
D["claims2", 132] = S("no claim on reading (Air France identity 'contrôles' at boarding restored: other sense)")
D["claims2", 133] = K([C("killed", "", 2, 2, "source proche du dossier", "civils"),
                       C("killed", "", 2, 2, "source proche du dossier", "civils")],
    "Pyrénées-Orientales: per a source close to the inquiry, the man's parents were found dead ('retrouvés décédés') at home in Perpignan and his parents-in-law found lifeless at Le Boulou -> two listed groups with no total in the paragraph, one claim each (DEV no-total rule): killed 2-2 and killed 2-2, figure '' (a couple fixed without a number word, thirty-first-set 'Un couple' and set 59's 'double-meurtre' rows), bodies found (DEV), source proche du dossier, civils; the 'quadruple' is in the previous paragraph")
D["claims2", 134] = S("no claim on reading (a singer's old posts after 'les attentats' of Nice and Saint-Etienne-du-Rouvray: named attacks with no toll, set 59's call)")
D["claims2", 135] = K([C("killed", "plusieurs", 2, None, "narrator", "civils")],
    "A child found dead in a plane's landing gear at Roissy (title): in recent years several stowaways, teenagers among them, 'ont été retrouvés morts' of cold or crushed in wheel bays -> killed 2-open ('plusieurs' row), accidental deaths (DEV), narrator, civils (the paragraph repeats the lede word for word, both in the same article)")

# claims2: 45 kept (ranks 0 ... 135); ranks from 136 unread (after the stop)

# ---- numbers2 pool ----
D["numbers2", 0] = N("Météo-France puts five departments on orange alert for storms, listed with their numbers: a warning, no harm")
D["numbers2", 1] = N("a French neurobiologist wins a three-million-dollar prize for work on mice: no harm")
D["numbers2", 2] = N("Miss Mayotte got up after her fall on stage and left by herself; 12 semi-finalists chosen: a stumble with no wound word, no harm")
D["numbers2", 3] = N("Jenifer, 35, admits a fear of some animals: an age, no harm")
D["numbers2", 4] = N("Greek election: the winner, a former PM's son; Tsipras came to power at 40: an age, no harm")
D["numbers2", 5] = N("the 1999 storms Lothar and Martin, 'ces deux noms': no harm told in the paragraph")
D["numbers2", 6] = S("its only number is in a channel's name (France 2): DEV 'M5' rule, as set 26's G7")
D["numbers2", 7] = N("the emergency-service head: 95-96% of calls answered within a minute, 99-100% wanted: rates, no harm (Naomi Musenga's death is in the title and lede only)")
D["numbers2", 8] = N("Albin Chalandon joined the RPF in 1948 and set up a bank in 1952: dates, no harm")
D["numbers2", 9] = N("a doctor on the 1,000 assaults reported and unreported ones, from verbal to physical: assaults with no wound word (beatings call), no claim")
D["numbers2", 10] = N("a restyled BMW with two engines: no harm")
D["numbers2", 11] = N("The Walking Dead spin-off on two of the survivors: fiction, no harm")
D["numbers2", 12] = N("a 1944 bomb to be defused in Paris: about 1,800 people evacuated within 300 metres: displaced people (DEV), no harm")
D["numbers2", 13] = N("Paris municipal poll: percentages for Philippe, Hidalgo and others: no harm")
D["numbers2", 14] = N("a former Miss France bought her mother a car, Dancing with the Stars' 7th season: no harm")
D["numbers2", 15] = N("Sarkozy's first press interview, given on 17 July to a students' magazine: a date, no harm")

# numbers2: 15 kept (ranks 0-5, 7-15; rank 6 skipped); ranks from 16 unread (after the stop)
