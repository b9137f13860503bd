"""Hand annotations of the fifty-fifth fresh set, the thirtieth drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 6501; sets 26 to 54 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"gouvernement argentin", "RATP"}  # claims2 rank 18: the Argentine national gendarmerie (sixth-set state pattern); rank 119: the Paris transport operator (DEV exact-name rule, as RTM)

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading (a party's advice booklet for family dinners: no harm)")
D["claims2", 1] = K([C("killed", "", 1, None, "responsable politique", "civils")],
    "Médine at the Bataclan: senator Karoutchi, in a quoted tweet, speaks of an inquiry into the circumstances 'du massacre au Bataclan' and asks for respect for 'des victimes' -> killed 1-open, figure '' (DEV 'le massacre' noun phrase, as the eighteenth-set and Orlando rows; the victims restate it), a senator who is no government member -> responsable politique (DEV kind), concert-goers -> civils; Le Pen's 'carnage' is in the previous paragraph only; 'a interpellé' is other sense")
D["claims2", 2] = S("no claim on reading (an MP's death from an illness she kept private: disease)")
D["claims2", 3] = S("no claim on reading (Colmar mosque: the imam says there would have been deaths had it been prayer time: hypothetical; 'sans faire de blessés' is in the lede only)")
D["claims2", 4] = S("no claim on reading (Macron joking with his bodyguards: no harm)")
D["claims2", 5] = K([C("killed", "plus de 400", 401, None, "narrator", "civils")],
    "Sulawesi, Palu: the earthquake and tsunami 'a fait plus de 400 morts' per a provisional toll -> killed 401-open ('plus de' row), disaster deaths (DEV), narrator (a 'bilan provisoire' with no source named), civils")
D["claims2", 6] = S("no claim on reading (a rapporteur's conflict of interest, 'interpellation', the ethics officer 'saisie': other senses)")
D["claims2", 7] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Nantes, a month after Steve Maia Caniço vanished (July 2019, before his body was found): the quay 'où le jeune homme a disparu' -> missing 1-1, figure '' (definite), a relative clause in the narration -> narrator, civils; 'du jeune disparu' restates it")
D["claims2", 8] = S("no claim on reading (Valls would have 'arrêté' politics: other sense)")
D["claims2", 9] = S("no claim on reading (Le Pen 'a interpellé' Schiappa: addressed, other sense)")
D["claims2", 10] = S("no claim on reading (a responsibility that 'vous tombe dessus': other sense)")
D["claims2", 11] = S("no claim on reading (a TV doctor's 'mort' in Grey's Anatomy: fiction)")
D["claims2", 12] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Envoyé spécial's farewell: a tribute to Gilles Jacquier, the show's journalist 'tué en Syrie' at Homs -> killed 1-1, figure '' (named), an apposition in the narration -> narrator, a journalist -> civils; the tribute itself adds no claim")
D["claims2", 13] = K([C("wounded", "une", 1, 1, "gouvernement français", "civils")],
    "Toulouse: a repeat offender driver 'condamné' to 30 months for having 'grièvement blessé une automobiliste' -> wounded 1-1, figure 'une' (DEV indefinite row), the court's conviction -> gouvernement français (twenty-eighth/twenty-ninth-set conviction calls), civils; the prison term is judicial")
D["claims2", 14] = S("no claim on reading ('reprise' of religious services: other sense)")
D["claims2", 15] = K([C("captured", "cinq", 5, 5, "narrator", "unknown")],
    "Fuel thieves with a 'remote control': a gendarmerie colonel and his research unit 'ont arrêté une équipe de cinq hommes' -> captured 5, figure 'cinq', the arrest told in the narration (the officer is quoted, via Le Parisien, only on the drive and the ads) -> narrator, suspects -> unknown; the fuel theft is property")
D["claims2", 16] = S("no claim on reading (a 1944 bomb to be 'neutralisée' and blown up by deminers: a plan, an object, no harm)")
D["claims2", 17] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Jonathan Coulom, 2004: hundreds of DNA samples taken 'Depuis la disparition de Jonathan' -> missing 1-1, figure '' (named), narrator, civils (a time adjunct; twenty-sixth-set call: a disappearance told beside the death stays a claim, as set 54's Estelle Mouzin row; his abduction and body are in the previous paragraph); sexual assaults in holiday camps and the serial-killer lead -> no claim (sexual offences, a hypothesis)")
D["claims2", 18] = K([C("hostage", "", 1, 1, "gouvernement argentin", "civils"),
                      C("hostage", "", 1, 1, "média", "civils")],
    "Argentine woman found in Bolivia after 32 years held (title): she 'a été victime' of human trafficking, per the Argentine national gendarmerie's statement -> hostage 1-1, figure '' (definite), a trafficked woman held against her will (the 'séquestrée' of the previous paragraph), the gendarmerie -> gouvernement argentin (added name, sixth-set state pattern, as gouvernement indonésien), civils; per the daily Clarin she was exploited in a brothel and 'réduite en esclavage' -> a second source on her being held -> hostage 1-1, média (DEV two-source rule). Least sure: a reviewer could read trafficking and slavery as no claim type, or keep one claim; her low weight is no wound")
D["claims2", 19] = S("no claim on reading (the communist regime 'est tombé': other sense)")
D["claims2", 20] = S("no claim on reading (the PM's yearly 'bilan': other sense)")
D["claims2", 21] = S("no claim on reading (offences of which mayors 'sont victimes', to be reported by prefects: generic victims)")
D["claims2", 22] = S("no claim on reading (the health agency on meningitis symptoms, 'le corps': disease)")
D["claims2", 23] = S("no claim on reading ('contrôle d'attitude' of a space probe: other sense)")
D["claims2", 24] = S("no claim on reading (a TV show on 'du corps humain', a wife's jealousy: other sense)")
D["claims2", 25] = S("no claim on reading (Elton John's mother 'est morte' at 92: natural death)")
D["claims2", 26] = K([C("wounded", "Un", 1, 1, "narrator", "unknown")],
    "Saint-Denis: 'Un policier a été blessé' while trying to stop a motorbike rodeo, hit by accident by a driver on the A1 -> wounded 1-1, figure 'Un' (DEV indefinite row), narrator, a police officer -> unknown (set 52's police-officer rows); the eight arrests are in the previous paragraph; 'une trentaine' of bikes is no harm")
D["claims2", 27] = S("no claim on reading (the anti-corruption office 'a été saisi': other sense; fake-jobs inquiry)")
D["claims2", 28] = S("no claim on reading (an advert's man 'saisi' by a hand: other sense)")
D["claims2", 29] = S("no claim on reading (Neil Armstrong 'est mort' at 82 of complications after heart surgery, officially: a death after care with no error told in the paragraph, set 53's call; the 'suspect' death is in the title and lede)")
D["claims2", 30] = S("no claim on reading (campaign funds 'détenus' by a micro-party: other sense)")
D["claims2", 31] = S("no claim on reading (the 'disparition' of payroll contributions: other sense)")
D["claims2", 32] = K([C("wounded", "Trois", 3, 3, "narrator", "unknown"),
                      C("wounded", "un", 1, 1, "narrator", "unknown")],
    "Viry-Châtillon 2016: three police constables ('Trois gardiens') and one security assistant ('un adjoint') had been wounded and burnt in the attack -> two listed groups with no total (DEV rule): wounded 3 and wounded 1-1, figure 'un', narrator, police -> unknown (set 52's police-officer rows); Jenny badly burnt and her colleague Vincent burnt on 25% of his body are named persons inside the counted group (DEV rule), no separate claims; her quote on feeling better is no harm")
D["claims2", 33] = S("no claim on reading (a partner's body buried in a free municipal plot, after a death with no cause told: natural-death call, a burial)")
D["claims2", 34] = S("no claim on reading (Valls on a party that says 'ce sont des victimes' to court voters, 'un angle mort': generic, figurative)")
D["claims2", 35] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Morbihan, a pedestrian hit by the car of Mélenchon's former lawyer: 'la victime', a man of 51, 'a été sérieusement touché' in the collision and flown to Rennes, 'le blessé' -> wounded 1-1, figure '' (definite; 51 is an age), narrator, civils (a road accident, DEV); the Lorient prosecutor's 'pronostic vital est engagé' is a hospital condition, no wound word -> no second claim (eighth-set hospital-condition call)")
D["claims2", 36] = S("no claim on reading (a court's 'arrêté' on a TV channel's staffing: other sense)")
D["claims2", 37] = S("no claim on reading (Leaving Neverland: two men say they were raped as children by Michael Jackson, 'décédé en 2009': sexual offences, natural death)")
D["claims2", 38] = K([C("killed", "quatre", 4, 4, "narrator", "unknown")],
    "Xavier Bertrand on Islamism: Macron had called for unity at a tribute 'aux quatre fonctionnaires tués' by a colleague at the Paris police headquarters -> killed 4, narrator (a reported tribute adjunct, eighth-set call), police staff -> unknown (the fourteenth-set rows on this same attack)")
D["claims2", 39] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Nice, a woman stabbed outside a school (title, lede): the attacker would be ('serait') the former partner 'de la victime' -> wounded 1-1, figure '' (definite), a living 'victime' of a knife attack (the living-victim call of sets 35-43, set 54's rank 46), narrator (the sentence has no source; BFMTV is credited for the next one), asserted (the conditional bears on who the attacker is, not on the harm), civils; her earlier complaint and fears are no claim. A reviewer could call the label alone no claim")
D["claims2", 40] = K([C("captured", "", 1, None, "narrator", "unknown")],
    "China-India border: 'Ces libérations' come after talks -> the ten Indian soldiers taken prisoner (lede) released -> captured 1-open, figure '' (plural anaphor with no number in the paragraph; DEV: a release presupposes being held), narrator (the Indian security sources are credited in the lede), soldiers of a foreign army -> unknown (as set 54's South Korean soldiers). Least sure: a reviewer could call the anaphor no claim (set 53's 'ce nouveau bilan' call: figure only in the lede)")
D["claims2", 41] = K([C("captured", "", 1, 1, "média", "unknown", modality="uncertain")],
    "Laura Smet's hacked post: per Closer, her presumed hacker 'aurait été interpellé' on 9 March by the BRDP -> captured 1-1, figure '' (definite), uncertain (the conditional bears on the arrest), the sentence under the magazine -> média, a suspect -> unknown; Johnny Hallyday's cancer is disease")
D["claims2", 42] = S("no claim on reading (Lille prison: a guard and an inmate ('détenu') filmed in a sexual act: a prisoner serving time is judicial, no harm)")
D["claims2", 43] = S("no claim on reading (polar bears 'en captivité': animals)")
D["claims2", 44] = S("no claim on reading (sturgeons that 'meurent' in salt water: animals)")
D["claims2", 45] = K([C("captured", "", 1, 1, "ONG", "civils")],
    "Egypt's TikTok influencers: an Egyptian rights NGO 'a appelé à sa libération' (a young woman whose arrest the authorities ordered, previous paragraph) -> captured 1-1, figure '' (pronoun, one woman), a call for release states the person is held and is the caller's claim (session-3/session-4 calls, as the Taliban and Iran-researchers rows) -> ONG (earlier kind), a woman held by a regime -> civils (twenty-sixth-set Belarus call); 'victime' of rape -> a sexual offence, no claim")
D["claims2", 46] = S("no claim on reading (a director on rebirth 'après la mort' of a loved one: generic, a film)")
D["claims2", 47] = S("no claim on reading (North Korea's announced 'occupation' of inter-Korean sites, suspended: a plan, no place taken)")
D["claims2", 48] = S("no claim on reading (director Tonie Marshall 'est décédée' at 68: natural death)")
D["claims2", 49] = S("no claim on reading (the Paris prefect's apology, a lockdown 'contrôle' operation: other sense; the sick and dead are in the previous paragraph and are disease)")
D["claims2", 50] = S("no claim on reading (a diver of 51 who had a 'malaise' after a dive and could not be revived: a death from a malaise, natural death as the earlier cardiac-malaise row; the 'meurt' is in the title)")
D["claims2", 51] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils")],
    "Daval case: 'Cette mort mystérieuse' of a man found shot in the head in Alexia's hut (previous paragraph, a suicide per the inquiry), later 'le suicidé d'Esmoulin' -> killed 1-1, figure '' (demonstrative; a suicide is killed, set 49's suicide call; the death named here with its cause just before, set 54's rank 29 call), narrator, civils; the lawyer wants to know whether Jonathann Daval had an accomplice 'pour le meurtre de son épouse, Alexia' -> killed 1-1, figure '' (named), the murder named as fact in the narration's sentence (the lawyer's wish bears on the accomplice) -> narrator, civils (the earlier Daval rows); the DNA requests are no claim")
D["claims2", 52] = K([C("killed", "", 1, None, "proche de victime", "civils")],
    "UN Human Rights Council: George Floyd's brother (previous paragraph) asked member states for an independent inquiry on black people 'tuées par la police' in the US -> killed 1-open, figure '' (plural with no number), the brother's quoted words -> proche de victime (earlier kind), civils (twenty-sixth-set deaths at police hands); the violence against peaceful protesters has no wound word")
D["claims2", 53] = S("no claim on reading (a heading, 'Les victimes' taken in charge by a guarantee fund: road-accident victims of no type, dead and hurt together, their counts in the previous paragraph only)")
D["claims2", 54] = S("no claim on reading ('le jour de la libération' from lockdown: other sense)")
D["claims2", 55] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "MSF accused of institutional racism: 'La mort de George Floyd' and the debates on racism spare no NGO -> killed 1-1, figure '' (named), narrator, civils (twenty-sixth-set deaths at police hands, as set 54's Floyd rows)")
D["claims2", 56] = S("no claim on reading (Annoeullin prison: two phones dropped by drone 'saisis' in an inmate's cell: evidence, not equipment (tenth-set call); a convict serving time is judicial)")
D["claims2", 57] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "Iran-US prisoner swap: Michael White, a former US Navy man 'arrêté en juillet 2018 en Iran', will soon be home per Trump's tweet -> captured 1-1, figure '' (named), the apposition is the narration's -> narrator, a foreigner held by a regime -> civils (twenty-sixth-set call on the researchers held in Iran); Trump's 'l'ancien otage' is the same detention told in the narration's report of his words (one fact, one claim). A reviewer could add hostage 1-1 gouvernement américain for that label")
D["claims2", 58] = S("no claim on reading (snow: centimetres 'sont tombés': other sense)")
D["claims2", 59] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Blagnac hostage-taker (the hostages freed are in the title and previous paragraph): the young man 'avait été interpellé' at a yellow-vest protest in December for joining a group planning violence -> captured 1-1, figure '' (definite), narrator (the prosecutor is credited for the next, quoted sentence only), a suspect -> unknown; his record for violence on police and thefts carries no wound word")
D["claims2", 60] = S("no claim on reading (Hollande on closing mosques and expelling imams; 'la vague d'attentats' of 2015-2016 named with no toll)")
D["claims2", 61] = S("no claim on reading (an athlete on her abuser: 'Il a détruit ma vie': figurative; sexual abuse is no claim type)")
D["claims2", 62] = K([C("captured", "", 1, 1, "média", "unknown"),
                      C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "quatre", 4, 4, "narrator", "civils")],
    "Dupont de Ligonnès, the false arrest in the live feed: per Le Parisien he 'a été arrêté' at Glasgow airport -> captured 1-1, figure '' (named), the sentence under the daily -> média, asserted (the paper stated it; its retraction is in the title, not in this paragraph), the man named is a wanted suspect -> unknown (earlier rows on the same false arrest gave civils to the retired man actually held, named as such there); the relative clause saying he is suspected of having killed ('avoir tué') his wife and 'ses quatre enfants' -> killed 1-1 (figure '', his wife) and killed 4 (the children), two listed groups with no total (DEV), the suspicion bears on who did it (the earlier Ligonnès row, third/ninth-set call), narrator (relative clause inside the daily's sentence, adjunct call), civils; the conditionals on his travel and fingerprints bear on how. Least sure: the victim of the claimed arrest, unknown (as claimed) or civils (as earlier rows)")
D["claims2", 63] = S("no claim on reading (a stressed mother mouse that kills ('tuer') her young: animals)")
D["claims2", 64] = S("no claim on reading (a Johnny Hallyday fresco vandalised two days after his 'décès': property, natural death)")
D["claims2", 65] = S("no claim on reading (Meuse villages 'morts pour la France', a 'monument aux morts' kept up: figurative, a memorial)")
D["claims2", 66] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "K-pop star Goo Hara, target of abuse online, 'avait été retrouvée morte' at home in November 2019 -> killed 1-1, figure '' (named), a body found (DEV body rule), her apparent suicide in the lede (set 49's suicide call), narrator, civils")
D["claims2", 67] = S("no claim on reading (Édouard Philippe 's'est ensuite repris' after a slip: other sense)")
D["claims2", 68] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Roissy: 'Le passager interpellé' with 80 birds in his hand luggage is an Austrian living in Germany -> captured 1-1, figure '' (definite; the participle presents the arrest of the lede as fact), narrator (a judicial source is credited for his justification only), a suspect -> unknown; the birds are animals; his future trial is judicial")
D["claims2", 69] = S("no claim on reading (Naomi Musenga: a heart attack in hospital, then 'décéder', after the Samu operator's scorn: a medical cause, no accidental one told (sets 36, 43 and 48's Musenga rows))")
D["claims2", 70] = S("no claim on reading (Tourcoing: 'la mort' of a mayor in 2019, no cause told: natural-death call)")
D["claims2", 71] = S("no claim on reading (Bernard Giraudeau 'décédé en 2010', no cause told: natural death)")
D["claims2", 72] = S("no claim on reading (the government that did not 'saisi' the chance to ban titanium dioxide: other sense)")
D["claims2", 73] = S("no claim on reading (reports of hospital infections with deaths ('décès'), a share that fell: disease, a rate)")
D["claims2", 74] = S("no claim on reading (Ron Jeremy accused of rapes and sexual abuse of 'quatre victimes présumées' and more: sexual offences)")
D["claims2", 75] = K([C("wounded", "aucun", 0, 0, "narrator", "civils", modality="denied")],
    "Maître Gims's boat on fire off Bonifacio: all six aboard fled in a dinghy and 'aucun naufragé n'a été blessé' -> wounded 0-0, figure 'aucun' (DEV 'aucun' row), denied, narrator (the maritime prefecture is quoted on the rescue boats only), civils; the burnt pleasure boat is a civil vessel -> no materiel (ninth-set call)")
D["claims2", 76] = K([C("captured", "trois", 3, 3, "narrator", "unknown"),
                      C("captured", "une", 1, 1, "narrator", "unknown"),
                      C("captured", "", 4, 4, "gouvernement français", "unknown")],
    "Fake police officers robbing drivers: 'trois hommes et une femme' from Iran 'sont interpellés' on 30 April -> two listed groups with no total (DEV): captured 3 and captured 1-1 (figure 'une'), narrator ('une trentaine' is an age), suspects -> unknown; 'Ils ont été placés en détention provisoire', said the head of the Seine-et-Marne police unit -> captured 4-4, figure '' (a pronoun with a known number, fifth-set call), a second source and a later custody (as the Aubervilliers van row) -> gouvernement français (police, earlier calls); the thefts are property, the trial judicial")
D["claims2", 77] = S("no claim on reading (Corsica: bomb alerts at tax offices, the union on 'disparition' of public services: no harm, other sense)")
D["claims2", 78] = S("no claim on reading (Le Pen: the government does not manage 'les arrestations' of rioters: a criticism, no arrest told)")
D["claims2", 79] = K([C("missing", "une", 1, 1, "narrator", "civils")],
    "Floods in north-west Italy: roads cut, cars swept away, and 'une personne est portée disparue' near Turin -> missing 1-1, figure 'une' (DEV indefinite row), narrator, flood victims -> civils (DEV); the cars are property")
D["claims2", 80] = S("no claim on reading (a yellow-vest chant relayed by an LFI lawyer: Louis XVI 'on l'a décapité' and a call to do it again: history as a slogan, a threat)")
D["claims2", 81] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Trump's 'great day' for George Floyd, a black man whose 'mort', by asphyxia under a white officer's knee, sparked a historic anger -> killed 1-1, figure '' (named), narrator (relative clause), civils (twenty-sixth-set deaths at police hands)")
D["claims2", 82] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("wounded", "deux", 2, 2, "narrator", "civils")],
    "Hérault, a jet-ski collision: the pilot of 30 had a cardiac arrest in the crash and 'n'a pu être réanimé' -> killed 1-1, figure '' (definite; an accidental death, DEV; the crash 'fait un mort' per the title), and the shock 'a blessé aux jambes les deux personnes' on the rented jet ski -> wounded 2, 'les blessés' restates; narrator, civils; two civil craft colliding -> no materiel (ninth-set call)")
D["claims2", 83] = S("no claim on reading (the pension-age pivot to be 'enlevé' from the bill: other sense)")
D["claims2", 84] = S("no claim on reading (far-right activists shouting 'à plusieurs reprises': other sense)")
D["claims2", 85] = S("no claim on reading (an Asterix title, Obelix 'tombé dans la marmite': other sense; Uderzo's death in the previous paragraph)")
D["claims2", 86] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Bouches-du-Rhône, a girl of 13 found dead in her bath (title, previous paragraph): per the first findings she 'aurait été électrocutée' by her charging phone; an autopsy will confirm 'la cause du décès' -> killed 1-1, figure '' (definite), the death asserted by the narration, an accident whose cause is hedged (the conditional bears on how, not on the death) -> asserted, narrator, civils (the same kind of death as set 54's rank 62). A reviewer could credit the electrocution to the first findings (source proche du dossier, uncertain)")
D["claims2", 87] = S("no claim on reading (an album of 'reprises' of Claude François: other sense)")
D["claims2", 88] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Sophie Le Tan, a year on: the anniversary 'de la disparition de la jeune femme' -> missing 1-1, figure '' (definite), narrator, civils (the murder charge is in the lede only; twenty-sixth-set call: a disappearance stays a claim)")
D["claims2", 89] = S("no claim on reading (a driver who fled 'un contrôle de police': other sense; the CRS run over is in the title, lede and previous paragraph only)")
D["claims2", 90] = S("no claim on reading (a memorial for animals of the Great War; the Souvenir français glossed as the association for 'soldats morts pour la France': animals, a generic category)")
D["claims2", 91] = S("no claim on reading (look-alike rumours at a commemoration 'des attentats du 11 septembre': a named attack with no toll)")
D["claims2", 92] = S("no claim on reading (Vendée: a father charged with 'tentative d'assassinat' of his daughter, an affair that 'aurait pu devenir dramatique': an attempt with no harm told, seventeenth-set attempted-murder call)")
D["claims2", 93] = S("no claim on reading (Meghan Markle 'victime de racisme': no harm type)")
D["claims2", 94] = S("no claim on reading (Notre-Dame's first mass since the fire that 'a partiellement détruit' the cathedral: property)")
D["claims2", 95] = S("no claim on reading (the transparency authority 'saisie', a 'procédure de contrôle': other senses)")
D["claims2", 96] = S("no claim on reading (frequencies 'libérées' by a channel's closure: other sense)")
D["claims2", 97] = S("no claim on reading (a panther 'capturé' on the roofs of Armentières then stolen from a zoo: animals)")
D["claims2", 98] = S("no claim on reading (yellow vests: the Le Puy prefecture burnt, 'le bâtiment dévasté', Macron insulted: property, insults)")
D["claims2", 99] = S("no claim on reading (crime writer Philip Kerr 'est décédé': natural death, no cause told)")
D["claims2", 100] = S("no claim on reading (storms with damage, rain that 'est tombé': property, other sense)")
D["claims2", 101] = S("no claim on reading ('la disparition des glaciers': other sense)")
D["claims2", 102] = S("no claim on reading (Julie, shot dead by her former partner (title, lede, previous paragraph): per witnesses she 'était victime de violences conjugales' for months: domestic violence with no wound word (beatings call); complaints are judicial)")
D["claims2", 103] = K([C("wounded", "", 1, 1, "média", "civils"),
                       C("wounded", "", 1, None, "narrator", "civils")],
    "Cachan, a bus whose driver had a malaise (title: eight hurt): 'La jeune femme fauchée' suffers 'de graves blessures au bassin', per Le Parisien -> wounded 1-1, figure '' (definite), the sentence under the daily -> média, civils; the driver 'touché au thorax' and 'Toutes les victimes de l'accident' taken to hospitals -> wounded 1-open, figure '' (plural with no number; 'les victimes' read by the outcome, the wounded of the title), narrator, civils, the driver being a named person inside that group (DEV rule, as rank 32). Least sure: a reviewer could write a separate wounded 1-1 for the driver, or fold the woman into the group")
D["claims2", 104] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Bordeaux, a medical intern missing since a night out: the police appeal for witnesses, his clothes 'au moment de sa disparition' -> missing 1-1, figure '' (named, Martin Pennica), narrator, civils")
D["claims2", 105] = S("no claim on reading (the domestic-violence Grenelle to help 'les victimes': generic victims)")
D["claims2", 106] = K([C("wounded", "", 1, 1, "narrator", "unknown")],
    "Lyon: a Sentinelle soldier fired once after warnings; 'L'homme, blessé à une jambe', taken to hospital -> wounded 1-1, figure '' (definite), narrator, a man who threatened the patrol (title), an assailant with no actor id -> unknown (eleventh-set attacker rows)")
D["claims2", 107] = S("no claim on reading (Dany Boon 'à plusieurs reprises' on paying taxes: other sense)")
D["claims2", 108] = S("no claim on reading (MP Corinne Erhel, struck by a 'malaise cardiaque' during a speech, 'cette mort brutale': natural death)")
D["claims2", 109] = S("no claim on reading (a shop that 'détruits' unsold clothes; staff insulted: property, insults)")
D["claims2", 110] = S("no claim on reading (journalist Pierre Bénichou's death at 82, a show Ruquier 'avait repris': natural death, other sense)")
D["claims2", 111] = S("no claim on reading (RFID chips in employees' hands, 'un outil de contrôle': other sense)")
D["claims2", 112] = S("no claim on reading (Dilma Rousseff, 'victime d'un coup d'État parlementaire': figurative, a removal from office)")
D["claims2", 113] = S("no claim on reading (Castaner on a boy rescued with his family, 'prisonniers' of a building set on fire by 'des assassins': trapped, a figurative label; the fire is property, no one hurt told)")
D["claims2", 114] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Dinard, a boy of 7 pulled out of a campsite pool by a boy of 10: the young 'victime' is only 'légèrement blessée' -> wounded 1-1, figure '' (definite), a near-drowning with a light injury, narrator (the daily is credited for the parents' hearing and the rescuer's story), civils; 'la jeune victime' read by the outcome (living)")
D["claims2", 115] = S("no claim on reading (municipal run-off, 39% of 'du corps électoral': other sense)")
D["claims2", 116] = S("no claim on reading (Sarkozy's 'écoutes' case, 'la saisie de ses agendas': judicial, other sense)")
D["claims2", 117] = S("no claim on reading (an anti-racism marcher on a diploma failed, 'une vraie perte de temps': other sense)")
D["claims2", 118] = S("no claim on reading (a heroin-dealing mother's account of a boss who threatens with a gun, 'victime de son addiction': threats, addiction, judicial)")
D["claims2", 119] = K([C("killed", "Aucune", 0, 0, "RATP", "civils", modality="denied")],
    "Paris metro line 2: a car derailed at Barbès; 'Aucune victime n'est à déplorer', per the RATP and the firefighters -> killed 0-0, figure 'Aucune', denied (DEV 'aucune victime' row, seventh-set call, as set 37's flat fire), the first named source, the Paris transport operator -> RATP (added: exact name of an organisation outside actors.toml, DEV rule, as the Marseille operator RTM), passengers -> civils; a derailed metro car is a civil vehicle -> no materiel (ninth-set call)")
D["claims2", 120] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Adama Traoré's family refuses to meet the justice minister: Adama, 'décédé en 2016 lors de son interpellation' -> killed 1-1, figure '' (named), an apposition in the narration -> narrator, civils (twenty-sixth-set deaths at police hands: the arrest is the circumstance, no captured claim, as the earlier Traoré rows)")
D["claims2", 121] = S("no claim on reading (dubbing actor William Sabatier 'est décédé' at 95: natural death)")
D["claims2", 122] = K([C("captured", "Trois", 3, 3, "média", "unknown"),
                      C("captured", "deux", 2, 2, "média", "unknown")],
    "Évry court: three security guards and two auxiliary police officers ('policiers adjoints') of the court were arrested and held in custody ('placés en garde à vue') in December, per Le Parisien -> two listed groups with no total (DEV): captured 3 and captured 2 (arrest and custody one fact, eighth-set call), the sentence under the daily -> média, suspects (guards and auxiliary police accused of theft) -> unknown; the thefts are property")
D["claims2", 123] = K([C("wounded", "Un", 1, 1, "narrator", "unknown")],
    "Yellow vests on the Champs-Élysées: a heading, 'Un policier grièvement blessé à un œil' -> wounded 1-1, figure 'Un' (DEV indefinite row), narrator (an unquoted heading of the article itself), a police officer -> unknown (set 52's police-officer rows); the hundred in custody are in the lede and previous paragraph")
D["claims2", 124] = S("no claim on reading (Guy Bedos's son announced 'son décès': natural death)")
D["claims2", 125] = S("no claim on reading (Benin journalists' 'souffrance' from sexual harassment: a sexual offence, no harm type)")
D["claims2", 126] = S("no claim on reading (1948 striking miners 'décédés' before they could claim compensation: natural deaths)")
D["claims2", 127] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Mireille Knoll, two months on: 'le meurtre' of the Jewish pensioner of 85, killed and burnt ('tuée et brûlée') in her Paris flat -> killed 1-1, figure '' (definite; 85 is an age), narrator, civils; 'tuée et brûlée' and 'suspects du meurtre' restate the same fact; the anti-Semitic motive is in question, not the killing")
D["claims2", 128] = S("no claim on reading (a car's 'molettes de contrôle': other sense)")
D["claims2", 129] = S("no claim on reading (EgyptAir MS804 'tombé en mer', a pilot fought a fire before the crash: no harm word in the paragraph, the 66 aboard are in the lede (set 53's MH370 call); no materiel for an airliner, ninth-set call)")
D["claims2", 130] = S("no claim on reading (Harki camp children: 'les corps des enfants' in a hidden cemetery: camp deaths with no cause told, set 52's Harki call)")
D["claims2", 131] = S("no claim on reading ('la reprise du trafic' after a truck fell on the tracks: other sense, no one hurt told)")
D["claims2", 132] = K([C("hostage", "", 1, 1, "narrator", "civils"),
                       C("killed", "", 1, 1, "narrator", "civils")],
    "Maëlys: a rapper's song for the relatives of 'la petite fille enlevée et tuée' -> hostage 1-1 and killed 1-1, figure '' (named), narrator (France Bleu is credited for the next sentence), civils (set 54's Maëlys rows: abduction named as fact -> hostage, killing -> killed)")
D["claims2", 133] = K([C("wounded", "", 1, 1, "gouvernement français", "unknown")],
    "Le Havre: a municipal police officer dragged by a driver who fled a road check; per the prosecutor, quoted to the AFP, the officer was taken to hospital and is 'pas gravement blessé' -> wounded 1-1, figure '' (definite), the negation bears on how bad the wound is, not on the wound (the lede says he was hurt), asserted, the prosecutor -> gouvernement français (ninth-set prosecutor call), a police officer -> unknown (set 52's police-officer rows); the car found is no claim. Least sure: a reviewer could read it as set 54's 'sans faire de blessé grave' (wounded 0-0 denied), though that phrase had no known hurt person")
D["claims2", 134] = S("no claim on reading (styling cues 'repris' from a concept car: other sense)")
D["claims2", 135] = S("no claim on reading (a committee session resumed, 'A la reprise': other sense)")
D["claims2", 136] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "A fugitive caught after 46 years on the run: 'Le fugitif', 77, 'a été arrêté' by the FBI in New Mexico, where he lived under a false name -> captured 1-1, figure '' (definite; 77 is an age), narrator (the FBI is the agent, not a source), an escaped convict -> unknown (a suspect or convict held in a democracy, set 52's rule); his 1974 prison escape is in the previous paragraph")
D["claims2", 137] = S("no claim on reading (Naomi Musenga: the operator's scorn, an inquiry 'sur le décès': a death after an emergency call with no accidental cause told (sets 36, 43 and 48's Musenga rows))")
D["claims2", 138] = S("no claim on reading (Arras prison: 'un détenu' making a bomb in his cell: an inmate serving time is judicial, a plan, no harm)")
D["claims2", 139] = S("no claim on reading (Taiwan's adultery law used against 'des victimes de crimes sexuels': sexual offences, generic victims)")
D["claims2", 140] = K([C("killed", "", 1, None, "ONG", "civils")],
    "Portraits of Bataclan victims pasted up against Médine's concert: the association Life for Paris writes that using photos of 13 November 'victimes' for propaganda disrespects 'la mémoire des victimes' -> killed 1-open, figure '' (DEV 'les victimes' when they are dead in the story, as the Cazeneuve 'Solidarité avec les victimes' row; the memory restates it), an association quoted -> ONG (twenty-sixth-set nearest kind for associations), civils; 'Des associations de victimes' as parties are no claim (eighth-set call). Least sure: the kind (a victims' association; a reviewer could write proche de victime, or the exact name)")
D["claims2", 141] = S("no claim on reading (Besancenot's pun on Collomb, an article 'reprenant' the minister's words: other sense)")
D["claims2", 142] = S("no claim on reading (a boy's glyphosate letter shared 'à presque 70 000 reprises': other sense)")
D["claims2", 143] = K([C("killed", "au moins 177", 177, None, "narrator", "civils"),
                       C("wounded", "plus de 6.500", 6501, None, "narrator", "civils")],
    "Beirut port blast of 4 August, Lebanese who lost an eye: the explosion 'a fait au moins 177 morts' and wounded ('blessé') 'plus de 6.500 personnes', most by glass shards -> killed 177-open ('au moins' row) and wounded 6501-open ('plus de' row), narrator (an AFP count with no source named), civils (an industrial disaster, DEV)")

# ---- numbers2 pool ----
D["numbers2", 0] = N("Italy: PM Conte announces his resignation on 20 August, ending the coalition with the League; a date, no harm (the '5 Etoiles' is a name)")
D["numbers2", 1] = N("a Charente market gardener asked to repay aid: two similar cases settled before; no harm")
D["numbers2", 2] = N("weather: rain and storms on Saturday, temperatures from 13 to 26 degrees; no harm")
D["numbers2", 3] = N("Rennes 2 university, blocked for over four weeks, evacuated by police at 4:30 'sans incident'; no harm (an evacuation of occupied premises is no claim type)")
D["numbers2", 4] = S("contains a claim: '24 policiers s'étaient suicidés' since the start of the year -> killed 24 (set 49's suicide call; a count of deaths, not a rate)")
D["numbers2", 5] = N("Nabilla possibly on Fort Boyard, per a radio show's tweet on 27 April; no harm")
D["numbers2", 6] = N("the Paris police prefect bans two rallies at 15:00 'en hommage à George Floyd': a tribute with no harm word (DEV: tributes with no harm word; his death is in the previous paragraph); my call: no claim, as set 54's 'calvaire' row. A reviewer could write killed 1-1 and skip the row")
D["numbers2", 7] = N("MPs' lunches: 200 coffees at 14:15, an hour of lunch lost in twenty years, one table in fifty shares wine; no harm")
D["numbers2", 8] = S("its only numbers sit in a car model's name (GLB 35), DEV 'M5' rule")
D["numbers2", 9] = N("Belarus: Lukashenko orders the army to defend the territory after the disputed 9 August election; an order and a date, no harm")
D["numbers2", 10] = S("its only number is a list label, the quiz question's '5.' (no figure: by analogy with the 'acte 18' label row and the DEV 'M5' rule); no harm")
D["numbers2", 11] = N("an auction of Nazi objects: the expert says hundreds ('des centaines') of such sales are held each year; no harm")
D["numbers2", 12] = N("George Floyd rallies of a few hundred people in calm in several cities, a few incidents in Dijon: no harm word")
D["numbers2", 13] = N("Kate and William's third child: as for their two first, they did not want to know the sex; two days' wait for names; no harm")
D["numbers2", 14] = N("James Bond's 'Spectre': ten Defender 110 built, 37-inch tyres, over 180 hp; no harm")
D["numbers2", 15] = N("PSG's Thiago Silva, naturalised in March 2019, hopes to enjoy Paris until his contract ends in late August; a date, no harm")
D["numbers2", 16] = N("Pitié-Salpêtrière intrusion on the 1er-Mai: the government's account of an 'attack' on the hospital undermined by a video, the opposition accuses Castaner of stoking violence; a date, no harm told (an intrusion disputed, no one hurt)")
D["numbers2", 17] = N("Béziers mayor Ménard denies corruption suspicions: the only building by the developer, a mall opened in 2010; a date, no harm")
