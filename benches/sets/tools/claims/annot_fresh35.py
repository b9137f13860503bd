"""Hand annotations of the thirty-fifth fresh set, the tenth drawn from the
second-generation pools (claims2 / numbers2: general news), drawn alone
(seed 4501), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"Fédération française de boxe"}

D = {}

# ---- claims2 pool ----
D["claims2", 0] = K([C("killed", "", 1, 1, "source proche du dossier", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Sarah Halimi: per a source close to the case, the judges set aside the antisemitic motive of 'du meurtre' as an aggravating circumstance -> killed 1-1, source proche du dossier (the whole sentence under the source); the lawyer of the brother-in-law 'de la victime' -> a second killed 1-1, narrator (thirty-second-set lawyer-of-the-victims call; same fact, two sources, dense rule), civils; the experts' findings on the killer's state are no harm")
D["claims2", 1] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "gouvernement américain", "civils"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Floyd: the officer implicated in 'la mort de George Floyd' -> killed 1-1, narrator, civils (twenty-sixth-set police deaths call); he was charged with manslaughter -> a charge naming the death, killed 1-1 by the charging authority -> gouvernement américain (session-5 charge call, as the thirtieth set's surgeon); he 'a été arrêté' -> captured 1-1, narrator, an arrested suspect and a police officer -> unknown; the family's criticism is no harm")
D["claims2", 2] = S("no claim on reading (an essayist summoned and his prison terms enforced: judicial penalties)")
D["claims2", 3] = S("no claim on reading ('A plusieurs reprises': other sense)")
D["claims2", 4] = S("no claim on reading (an escaped inmate 'pas été repris': escaped prisoners still at large are judicial, ninth-set call; a prisoner serving a sentence)")
D["claims2", 5] = S("no claim on reading (a will's clause for the case of a death: hypothetical)")
D["claims2", 6] = S("no claim on reading (a motorsport manager who died suddenly at 63, no cause told: natural death)")
D["claims2", 7] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Sven Lelandais, assaulted (broken nose in the lede), told the court of the threat made from a car, 'a raconté la victime' -> wounded 1-1, a living 'victime' of an assault (eleventh/twelfth-set living-victim call, as set 29's brawl victim), narrator, civils. A reviewer could call it no claim: the paragraph names no wound and no blow")
D["claims2", 8] = S("no claim on reading (ministers accused of sexual assault; 'la victime ment': sexual offences, no claim type)")
D["claims2", 9] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Paris: the man suspected of trying to abduct a schoolgirl, identified by her, saw 'Sa garde à vue' extended -> captured 1-1 (dense custody rule), narrator, an arrested suspect -> unknown; an attempted abduction is no hostage claim, and 'la victime' of the attempt names no injury")
D["claims2", 10] = S("no claim on reading (a petition against harassment in politics: no harm event)")
D["claims2", 11] = K([C("killed", "", 1, None, "narrator", "civils")],
    "A filmmaker on Douch's death: his work explores 'du génocide' by the Khmer Rouge -> killed 1-open (a genocide named as fact, DEV 'le massacre' rule, as the earlier Rwanda and Kabuga rows), narrator, civils; Douch's own death (old age, no cause told) is a natural death, no claim; 'les blessures' of the genocide are figurative")
D["claims2", 12] = S("no claim on reading ('reprise des émissions': other sense)")
D["claims2", 13] = S("no claim on reading (car thefts, ten cars wrecked and a prison term: property and judicial penalties; 'prises la main dans le sac' names no arrest)")
D["claims2", 14] = K([C("killed", "", 1, None, "gouvernement français", "civils")],
    "Millas level crossing (four children dead, title): the President tweets his thoughts 'pour les victimes' of the accident -> killed 1-open (DEV 'les victimes' rule, victims dead in the story), gouvernement français, civils")
D["claims2", 15] = S("no claim on reading (a spelling reform in Belgium: no harm)")
D["claims2", 16] = K([C("captured", "", 4, 4, "narrator", "unknown")],
    "Île-de-France: per Le Parisien four men are suspected of 200 thefts from elderly people; the next sentence 'Ils ont été arrêtés' in November and charged -> captured 4, figure '' (a pronoun with a known number, fifth-set call), narrator (the next sentence without a source, seventh-set call), unknown; the theft victims suffer no harm type")
D["claims2", 17] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Korea: a second attempt on President Park's life in 1974 ended with 'la mort de son épouse' -> killed 1-1, narrator, civils")
D["claims2", 18] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "Raspail's biography: at 14, in 1939, trying to join up, 'Les gendarmes l'arrêtent' and send him back to school -> captured 1-1, narrator, a boy, not a suspect -> civils. A reviewer could read it as a runaway stopped (no claim, twenty-sixth-set road-check call)")
D["claims2", 19] = K([C("killed", "", 1, 1, "proche de victime", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Anaïs Guillaume: her father says DNA tests show the bones found are 'des restes de ma fille' -> killed 1-1 (a body found, earlier call), proche de victime; the narrator's 'père de la victime disparue' whose body had not been found -> a second killed 1-1 (a disappearance said of the dead, euphemism call; two sources as the thirtieth set's pedestrian), civils")
D["claims2", 20] = S("no claim on reading ('contrôle parlementaire': other sense)")
D["claims2", 21] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Bron: the police officer deliberately hit by a van 'est décédé' of his wounds -> killed 1-1 ('succombé à ses blessures' -> killed only, earlier calls), narrator, a police officer -> unknown")
D["claims2", 22] = S("no claim on reading (the police prefecture invites people who see themselves as 'victimes' to complain: generic victims; the beating is in the title)")
D["claims2", 23] = K([C("killed", "", 1, None, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "un", 1, 1, "narrator", "civils")],
    "9/11 ceremony: the list of the names 'des victimes' -> killed 1-open (DEV 'les victimes'); Biden lost his first wife and their daughter in a car accident -> killed 1-1 and 1-1 (an accident, DEV; a named list with no total: one claim per person); his son's cancer death is natural, no claim; a woman in her nineties who lost 'un fils' in the attacks -> killed 1-1, figure 'un' (a single victim in its own clause beside an uncounted total, twenty-sixth-set call); narrator, civils. A reviewer could put the son inside 'les victimes'")
D["claims2", 24] = K([C("killed", "un", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Beausoleil: 'un élève' of the school 's'est donné la mort' -> killed 1-1, figure 'un' (suicides are killed), narrator; the boy of 11 jumped from a bridge, said the Nice prosecutor -> a second killed 1-1, gouvernement français (same fact, two sources, dense rule); his stated intention is no claim; civils")
D["claims2", 25] = S("no claim on reading ('l'on s'écroule': figurative)")
D["claims2", 26] = S("no claim on reading (a survivor of Rançon tells of her ordeal: no wound word here; 'Je me suis libérée' figurative)")
D["claims2", 27] = S("no claim on reading ('garde du corps': other sense)")
D["claims2", 28] = S("no claim on reading (a web user's joke on being 'interpellé' at the hour change: hypothetical; the Théo case named with no harm)")
D["claims2", 29] = K([C("killed", "", 1, 1, "assaillant", "civils")],
    "Angélique: the man 'qui a reconnu avoir tué' the 13-year-old girl -> killed 1-1, a killer's confession -> assaillant (twenty-sixth-set call), civils; the sex-offender register is no harm")
D["claims2", 30] = K([C("hostage", "", 1, 1, "témoin", "civils")],
    "Grégory: back then Murielle Bolle told the gendarmes she was in Laroche's car and present at 'l'enlèvement du petit Grégory' -> hostage 1-1 (an abduction, DEV kidnapped civilians; as set 34's Grégory charge), her account as a witness -> témoin, civils; her later retraction bears on her presence, not on the abduction (twenty-ninth-set retraction call)")
D["claims2", 31] = S("no claim on reading ('Interpellée' for hailed by a web user)")
D["claims2", 32] = S("no claim on reading (a hacker carries out his threat: 'exécution' in another sense)")
D["claims2", 33] = K([C("missing", "un", 1, 1, "narrator", "civils")],
    "Vercors: some sixty rescuers sought 'un spéléologue' of 21 'porté disparu' since Tuesday -> missing 1-1, figure 'un' (found alive with a sprained ankle in the lede: still a missing claim, thirtieth-set found-safe call), narrator, civils")
D["claims2", 34] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Three months after 'la disparition de la petite Maëlys', her mother's colleagues give her days off -> missing 1-1 (twenty-sixth-set 'disparition' call), the time adjunct stays the narrator's though the sentence cites a daily, civils")
D["claims2", 35] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "source proche du dossier", "unknown")],
    "Val-d'Oise suitcase case: the body of his former partner Marie-Alice Dibon was found in the Oise -> killed 1-1 (a body found, earlier call; 'soupçonné du meurtre' restates it in an apposition), narrator, civils; the suspect 'a été retrouvé mort' in Italy, per sources close to the case who suggest a probable suicide -> killed 1-1, source proche du dossier, a suspect -> unknown (the cause is what is uncertain, not the death: asserted); his having 'disparu' is a fugitive's disappearance, no claim")
D["claims2", 36] = S("no claim on reading (a cycling champion dead at 83: natural death)")
D["claims2", 37] = S("no claim on reading (an 'arrêté' banning overflights; the drone 'neutralisé' is in the previous paragraph and is an object)")
D["claims2", 38] = S("no claim on reading (seizures of trafficked art and 300 inquiries: contraband; the 101 arrests are in the lede)")
D["claims2", 39] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("hostage", "", 1, 1, "gouvernement français", "civils")],
    "Maëlys: the suspect was tailed by gendarmes before he was 'interpellé et placé en garde à vue'; after 'son arrestation' he was charged -> captured 1-1 (arrest and custody one fact), the subordinate clause inside the radio's sentence and the last sentence are the narrator's, unknown; charged with 'enlèvement et séquestration' -> hostage 1-1, gouvernement français (session-5 charge call, as the twenty-sixth set's Mouzin charge), civils")
D["claims2", 40] = S("no claim on reading (an Insee study of social housing 'reprise' by a daily)")
D["claims2", 41] = K([C("killed", "", 1, 1, "média", "civils")],
    "Bagnols-sur-Cèze fire (one dead, title): 'La victime', a mother of six in her forties, per a regional daily -> killed 1-1 (DEV 'la victime' dead in the story; a fire death is an accident), média, civils")
D["claims2", 42] = S("no claim on reading (Mélenchon fearing 'victimes' under the rubble of the Marseille collapses: a fear, DEV; houses that 'tombent' are buildings)")
D["claims2", 43] = K([C("killed", "Un", 1, 1, "gouvernement français", "civils")],
    "Saint-Nazaire: 'Un homme' of 27 wounded on 30 July died of his wounds, learnt from the prosecutor's office -> killed 1-1, figure 'Un' ('des suites de ses blessures' -> killed only), gouvernement français, civils")
D["claims2", 44] = S("no claim on reading (the interior minister on 'séparatistes' and a white supremacist who was going to commit attacks: plans, no event)")
D["claims2", 45] = S("no claim on reading (an attack dog 'arrêté' in time before reaching a boy: a near miss, animals)")
D["claims2", 46] = S("no claim on reading ('Le Parti socialiste est mort': figurative)")
D["claims2", 47] = S("no claim on reading (the 500th anniversary of Leonardo's death: natural death)")
D["claims2", 48] = S("no claim on reading ('la disparition du groupe' in parliament: other sense)")
D["claims2", 49] = S("no claim on reading (a tree 'tombé' on the tracks: no harm to people)")
D["claims2", 50] = S("no claim on reading (a neglected 85-year-old found in a critical state the day before her death: no violent or accidental cause told, thirtieth-set call; the charges are in the lede)")
D["claims2", 51] = S("no claim on reading (an inmate's failed escape, found hanging from his sheets; a guard's 'tournée de contrôle': no harm)")
D["claims2", 52] = S("no claim on reading (a prefectoral 'arrêté' on firecrackers; the deaths and wounded are in other paragraphs)")
D["claims2", 53] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Paris rally: Adama Traoré, a young man who died in 2016 after his arrest ('mort en 2016') -> killed 1-1 (twenty-sixth-set police deaths call; the arrest is the circumstance, no captured claim), narrator, civils")
D["claims2", 54] = K([C("killed", "quatre", 4, 4, "narrator", "unknown")],
    "Political best-of: the jihadist attacks in the Aude 'qui ont fait quatre morts' -> killed 4, narrator, the Trèbes toll -> unknown (twenty-seventh-set call: a mixed toll with a gendarme)")
D["claims2", 55] = S("no claim on reading (a horse's cut and 'aucune autre blessure': animals)")
D["claims2", 56] = S("no claim on reading (an alcohol ban by 'arrêté'; gendarmes 'saisi' 170 litres: contraband)")
D["claims2", 57] = K([C("killed", "trois", 3, 3, "gouvernement français", "unknown"),
                     C("wounded", "huit", 8, 8, "gouvernement français", "unknown")],
    "Guyane: the armed forces minister, quoted, on 'la mort accidentelle de trois militaires' during an anti-gold-mining mission -> killed 3 (restated 'trois militaires sont décédés', same source: one claim); 'huit d'entre eux' were 'victimes' of toxic fumes in a gallery -> wounded 8, the weaker harm a 'victime' states in a story with dead (eleventh-set Bastia call), the dead as their own subset (DEV); the minister outside the Sahel -> gouvernement français (fourteenth-set call), soldiers outside the Sahel forces -> unknown; charges to destroy the miners' tunnels are a purpose. A reviewer could call the eight no claim (no wound word)")
D["claims2", 58] = S("no claim on reading (state media gave no 'bilan' of the storm: no toll)")
D["claims2", 59] = K([C("captured", "", 1, None, "narrator", "unknown"),
                     C("captured", "deux", 2, 2, "narrator", "unknown")],
    "Venezuela's foiled 'invasion': among 'les personnes détenues' -> captured 1-open (plural with no number here; the total of 45 is in the lede), and the subset of 'deux anciens soldats américains' -> captured 2 (DEV subset rule; the two named men are inside it), narrator, people held as suspects of an armed plot -> unknown (arrested suspects); the charges and the prison term they risk are judicial")
D["claims2", 60] = K([C("hostage", "", 1, 1, "habitant", "civils"),
                     C("wounded", "", 1, 1, "source proche du dossier", "civils")],
    "Paris XIe (a woman stabbed by a man she had taken in, title): a neighbour warned the police that the woman 'était séquestrée' by a man with a knife -> hostage 1-1 (held, thirty-third-set 'séquestration' call), the resident's report -> habitant, civils; 'La victime' had alerted her by text, per a source close to the case -> wounded 1-1 (a living 'victime', thirty-third-set call; stabbed in the story), source proche du dossier, civils. A reviewer could read 'la victime' as the same held person, no wound claim")
D["claims2", 61] = S("no claim on reading (a Supreme Court judge's death: natural death)")
D["claims2", 62] = S("no claim on reading (a procedure 'arrêtée' by the assembly's leaders: other sense)")
D["claims2", 63] = S("no claim on reading (proposals 'enlevées' from a list: other sense)")
D["claims2", 64] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "'Gilets jaunes': Jérôme Rodrigues, hit by a projectile while filming, 'est grièvement blessé à l'œil' -> wounded 1-1, narrator, a protester -> civils")
D["claims2", 65] = K([C("killed", "au moins 160", 160, None, "narrator", "civils"),
                     C("wounded", "plus de 6.000", 6001, None, "narrator", "civils")],
    "Beirut's children: Unicef speaks of their trauma after the 4 August blast, which left 'au moins 160' dead and 'plus de 6.000' hurt -> killed 160-open and wounded 6,001-open, each with its own figure; the relative clause is the narrator's (dense rule), civils; the homeless and the trauma are no claim type")
D["claims2", 66] = S("no claim on reading (a racing driver dead at 90: natural death)")
D["claims2", 67] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Daval: three drugs would have been taken months 'avant sa mort' -> killed 1-1 (Alexia Daval's murder, as set 34's quiz row), narrator (the sentence has no source; the daily is cited in the previous one), civils; the conditional bears on the drugs, not on the death -> asserted")
D["claims2", 68] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Aisne: a man of 66 charged and placed under judicial supervision 34 years after 'le meurtre non élucidé de Christel Oudin', one of the 'disparues de l'A26', announced the Laon prosecutor -> killed 1-1 (the murder is a time adjunct: narrator, dense rule; 'disparues' of the dead restates it, euphemism call), civils; the charge names no harm, judicial supervision is no custody")
D["claims2", 69] = S("no claim on reading (an MP who 'saisi' the courts: other sense; 'blessure' figurative in the previous paragraph)")
D["claims2", 70] = K([C("captured", "un", 1, 1, "narrator", "civils")],
    "Indonesia: Mathias Echène, 'un Français' of 49 'détenu depuis un an et demi' over a commercial dispute, on hunger strike against a detention he calls arbitrary -> captured 1-1, figure 'un' (held persons, dense rule; a French civilian held abroad, as the twenty-sixth set's researchers in Iran), narrator, civils; his lawyers' warning that his days are numbered is a risk, no claim")
D["claims2", 71] = S("no claim on reading (bushfires that 'détruit' 25 hectares, 'maîtrisé': no harm to people)")
D["claims2", 72] = K([C("captured", "", 1, None, "narrator", "unknown")],
    "Paris climate march day: a large part of the suspects were arrested ('a été arrêté') on Saturday morning -> captured 1-open (plural with no number; the 186 total is in the previous paragraph), narrator, arrested suspects -> unknown")
D["claims2", 73] = S("no claim on reading (scallops' 'mode de capture': fishing)")
D["claims2", 74] = S("no claim on reading (8.5 million 'victimes' of the diesel emissions fraud: victims of a fraud, no claim type)")
D["claims2", 75] = K([C("wounded", "", 1, 1, "Fédération française de boxe", "unknown")],
    "'Gilets jaunes': the French boxing federation's statement supports the family 'du gendarme victime' of the boxer's violence -> wounded 1-1 (a living 'victime' of a beating, thirty-third-set call), the federation quoted in its statement -> added exact name 'Fédération française de boxe' (DEV rule for organisations, as RTM), a gendarme -> unknown. A reviewer could call it no claim (no wound word, thirty-third-set beatings call)")
D["claims2", 76] = K([C("killed", "", 0, 0, "narrator", "civils", "denied")],
    "Verviers: a man blew himself up on an empty football pitch; the blast made no other victim ('pas fait d'autre victime') -> killed 0-0 denied (seventh-set 'sans faire de victimes' call), narrator, civils; his own death is in the title and lede, and the implied victim of 'autre' is not a claim of its own (third-set 'encore en vie' call); the mayor's words are about identity")
D["claims2", 77] = K([C("killed", "un", 1, 1, "narrator", "civils")],
    "Paris, 15 August: a policeman fired at 'un jeune homme' who had refused a check and was chased, 'blessé mortellement' -> killed 1-1, figure 'un' ('mortellement blessé' -> killed only), narrator, civils; the refused check is no claim")
D["claims2", 78] = S("no claim on reading (a wish that the movement 's'arrête': other sense)")
D["claims2", 79] = S("no claim on reading (a press group that 'contrôle' a news site: other sense)")
D["claims2", 80] = K([C("killed", "", 1, None, "narrator", "civils"),
                     C("killed", "", 1, None, "gouvernement français", "civils")],
    "Charlie Hebdo trial: most of 'des caricaturistes abattus par les jihadistes' show shot trajectories -> killed 1-open (plural with no number; the participle is the narrator's, dense rule), civils; the police investigator's quoted words on trajectories 'suggérant des exécutions' -> a second killed 1-open by the French police -> gouvernement français (same fact, two sources, dense rule; the suggestion bears on the manner, the deaths are not in doubt -> asserted)")
D["claims2", 81] = K([C("killed", "plus de 100 000", 100001, None, "narrator", "unknown")],
    "Angelina Jolie offered to bait Joseph Kony, whose militia is suspected of over 100,000 deaths ('plus de 100 000') -> killed 100,001-open (the suspicion bears on who, not on the deaths), narrator (apposition), a whole insurgency's background toll -> unknown (DEV); his 'capture' and the ambush were a plan never carried out, no claim")
D["claims2", 82] = S("no claim on reading ('assassinat politique': figurative)")
D["claims2", 83] = S("no claim on reading (a seabird colony whose growth 's'est arrêtée': animals)")
D["claims2", 84] = K([C("captured", "deux", 2, 2, "narrator", "unknown")],
    "Vienne (a girl abducted and raped, title): DNA tests on 'les deux gardés à vue' -> captured 2 (custody, dense rule), narrator (the next sentence's source covers only the judicial statement), suspects -> unknown")
D["claims2", 85] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Lyon parcel bomb: the suspect 'a été interpellé' near his home in Oullins -> captured 1-1, narrator (the minister is quoted only on his silence), unknown")
D["claims2", 86] = S("no claim on reading (water restrictions by prefectoral 'arrêté')")
D["claims2", 87] = K([C("captured", "84", 84, 84, "narrator", "civils")],
    "Lyon plaque: in the Gestapo raid of 1943, '84 personnes' were taken by force to Drancy before the death camps -> captured 84 (a raid and internment, fresh6/fresh7 camps call, as set 33's Drancy internee), narrator, civils; 'camps de la mort' names the camps, no toll in this paragraph (the four survivors are in the lede)")
D["claims2", 88] = S("no claim on reading ('enfermement du corps des femmes': figurative)")
D["claims2", 89] = S("no claim on reading ('son corps': no harm)")
D["claims2", 90] = S("no claim on reading ('ça n'arrête pas de fuiter': other sense)")
D["claims2", 91] = S("no claim on reading (a singer said to keep six women under his 'contrôle': no holding or harm word in this paragraph; sexual offences, no claim type)")
D["claims2", 92] = S("no claim on reading (a restaurant's 'pertes': money)")
D["claims2", 93] = K([C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Indre hunting accident: the shooter made two errors 'qui ont coûté la vie' to the young man, per the deputy prosecutor -> killed 1-1 (an accidental death, DEV; the whole sentence under 'selon' the prosecutor), gouvernement français, civils; 'touché au niveau du torse' is the same death's wound (killed only); the charge is no claim")
D["claims2", 94] = K([C("wounded", "Deux", 2, 2, "gouvernement français", "unknown"),
                     C("wounded", "deux", 2, 2, "gouvernement français", "unknown")],
    "Hautes-Pyrénées army helicopter crash (two dead, five hurt in the previous paragraph): 'Deux des blessés' flown out by helicopter, 'deux par la route', per the prefecture -> wounded 2 and wounded 2 (parts of a wounded total split by care, thirtieth-set call), gouvernement français; an army crash's occupants, not said civilians -> unknown; the accident is a descriptor, no materiel claim (DEV)")
D["claims2", 95] = K([C("wounded", "", 1, 1, "narrator", "unknown")],
    "Sea of Japan collision: three men of the USS Fitzgerald were flown out, among them the commander, 'blessé' -> wounded 1-1 (only the commander is said hurt; the three are an evacuation count), narrator, sailors of a non-Sahel navy -> unknown (twenty-eighth-set call)")
D["claims2", 96] = K([C("killed", "", 1, 1, "média", "civils")],
    "Côtes-d'Armor pond: his friends looked for him but fire divers finally 'ont retrouvé le corps', adds Ouest-France -> killed 1-1 (a body found, an accidental drowning), média, civils")
D["claims2", 97] = S("no claim on reading ('tombés sur' documents: other sense)")
D["claims2", 98] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Grégory: the judge would have ordered a style analysis of the anonymous letters sent before and after 'la mort de l'enfant' -> killed 1-1 (the murder, as set 34's Grégory rows), narrator (a time adjunct; the conditional bears on the judge's order, not on the death), civils")

# ---- numbers2 pool ----
D["numbers2", 0] = N("Lubrizol fire: a police union says officers are on sick leave with nausea and dizziness, two under treatment; illness, no wound word (sixteenth-set smoke call)")
D["numbers2", 1] = N("two TV children's opinion of a party leader")
D["numbers2", 2] = N("storm warnings: rainfall totals in millimetres")
D["numbers2", 3] = N("a carmaker's design sketches sold for a charity")
D["numbers2", 4] = S("holds a claim: 250 people, 21 minors among them, placed in police custody after a protest day (captured under the dense custody rule)")
D["numbers2", 5] = N("a parent's daughters and their school days after the lockdown")
D["numbers2", 6] = N("a fraud trial: three defendants ordered to repay over a million euros (judicial)")
D["numbers2", 7] = N("civil service severance: a repayment period raised from three to six years")
D["numbers2", 8] = N("a ministry's tweet on a strike day")
D["numbers2", 9] = N("a drug's side effects alleged by plaintiffs; a court's first ruling")
D["numbers2", 10] = N("a farmer's orange sheep draw some thirty tourists")
D["numbers2", 11] = N("a royal couple giving up their titles; a child's age")
D["numbers2", 12] = N("a stud farm fire: fodder heating to 150 degrees; no victim named")
D["numbers2", 13] = N("a singer's sports car taken by fake police officers; a theft, no harm type in the paragraph")
D["numbers2", 14] = N("an electric saloon's power and range")
D["numbers2", 15] = N("a party's complaint about the Tour de France route")
