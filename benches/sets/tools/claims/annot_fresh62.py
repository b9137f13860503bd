"""Hand annotations of the sixty-second fresh set, the thirty-seventh drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 7201; sets 26 to 61 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"gouvernement libanais", "gouvernement thaïlandais"}

D = {}

# ---- claims2 pool ----
D["claims2", 0] = K([C("wounded", "deux", 2, 2, "narrator", "civils")],
    "Paris XXe, acid thrown at a firefighter: 'Les deux personnes touchées' (the firefighter and a hostel employee, previous paragraph) taken to hospital -> wounded 2, figure 'deux' ('touché' read as a hit, eighteenth-set call), narrator, civils (a firefighter among hurt residents, set 37's call); 'urgence absolue' is no wound word (eighth-set hospital-condition call); the commander's remark that the suit 'aurait permis de limiter les blessures' is the same firefighter's wound under a counterfactual, not a second claim")
D["claims2", 1] = K([C("captured", "deux", 2, 2, "narrator", "unknown")],
    "Var, yellow vests: the inquiry identified 'deux Gilets Jaunes interpellés' on 13 May -> captured 2, figure 'deux', narrator, suspects -> unknown; eight public facilities burnt and 'détruits' (a fuel station, speed cameras) are property, no claim; the flats 'saisis' are in the title and lede only")
D["claims2", 2] = S("no claim on reading (a pensioner declared dead twice by mistake by the pension fund, 'il meurt une seconde fois': an administrative error, no harm)")
D["claims2", 3] = S("no claim on reading (brain-machine interfaces, 'le contrôle des ordinateurs par la pensée': other sense)")
D["claims2", 4] = S("no claim on reading (Hamon on young women 'victimes de harcèlement' during his campaign: harassment and sexual offences, no claim type)")
D["claims2", 5] = S("no claim on reading (a Chinese space station 'hors de contrôle' to fall back to Earth: other sense, no harm)")
D["claims2", 6] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "quatre", 4, 4, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "unknown", "uncertain")],
    "Dupont de Ligonnès: on 21 April 2011 the bodies ('les corps') of his wife and his 'quatre' children found under the terrace -> killed 1-1 (figure '', his wife) and killed 4 (the children), two listed groups with no total (DEV; the earlier Ligonnès row with the same pair), bodies found (DEV), narrator, civils; his disappearance is a fugitive's flight (twenty-third-set fugitive call), no missing claim; the inline heading on 'Un suicide' in the Var states the theory of the title ('la thèse') -> killed 1-1 uncertain (the earlier row on the journalist's conditional suicide; suicides are killed), figure '' ('Un' is before the act, not a victim noun), a killer -> unknown, narrator (no source in the heading). Least sure: the suicide claim (a reviewer could read a heading's theory as no claim)")
D["claims2", 7] = S("no claim on reading (Royal: Hollande 'une victime collatérale' of a Macron-Valls feud: figurative)")
D["claims2", 8] = S("no claim on reading (the Toulouse prosecution 'a été saisi' by the prefect over an imam's sermon: other sense, incitement is judicial)")
D["claims2", 9] = S("no claim on reading (Beirut concert: a writer's prayer that Lebanon may 'panser ses blessures': figurative; the blast's victims are in the title and lede only)")
D["claims2", 10] = S("no claim on reading (Grand Corps Malade's name and an evening with Johnny: 'Corps' in a name, no harm)")
D["claims2", 11] = S("no claim on reading (Bardot asks her foundation to 'saisir' the Conseil d'Etat against a hunting decree ('arrêté'): other senses, animals)")
D["claims2", 12] = K([C("killed", "", 1, 1, "source proche du dossier", "civils"),
                      C("killed", "un", 1, 1, "narrator", "unknown"),
                      C("missing", "", 1, 1, "narrator", "civils")],
    "Nantes: per a source close to the case, 'Le corps retrouvé' in the Loire is 'très probablement' Steve Maia Caniço's -> killed 1-1 (DEV body rule), figure '' (definite), source proche du dossier, asserted (the doubt bears on who, the Quebec snowmobiler row), civils (identified by the source, earlier Steve rows); the narration's 'un corps a été retrouvé' in the river -> killed 1-1, figure 'un', narrator, not identified in that sentence -> unknown (one claim per source, DEV two-source rule, set 60's rank 126); 'la disparition du jeune homme' -> missing 1-1, narrator, civils (the disappearance kept beside the death, twenty-sixth-set call and the earlier Steve rows). Least sure: two killed claims for one body")
D["claims2", 13] = S("no claim on reading (Royal defends Castro and rejects accusations of human-rights violations: no harm event)")
D["claims2", 14] = K([C("captured", "", 1, 1, "gouvernement français", "unknown")],
    "Paris, two police officers trapped in a laundry by rioters: 'L'un d'eux' (a rioter) was arrested ('interpellé'), announced the interior minister -> captured 1-1, figure '' (the definite 'l'un d'eux', earlier calls), the interior minister -> gouvernement français, an arrested suspect -> unknown")
D["claims2", 15] = S("no claim on reading (the singer Christophe buried: 'Au lendemain de sa mort', of an emphysema per the previous paragraph: natural death)")
D["claims2", 16] = S("no claim on reading (Le Pen 'a interpellé' a junior minister on Twitter: addressed, other sense)")
D["claims2", 17] = K([C("killed", "au moins 137", 137, None, "gouvernement libanais", "civils"),
                      C("wounded", "5.000", 5000, 5000, "gouvernement libanais", "civils"),
                      C("missing", "des dizaines", 20, None, "narrator", "civils")],
    "Beirut port blasts: the last count of the Lebanese health ministry listed 'au moins 137' dead and '5.000' wounded -> killed 137-open and wounded 5000 ('au moins' on the first number only, twenty-second-set call, as the earlier Beirut rows), the ministry named -> gouvernement libanais (added, sixth-set state pattern), civils (a disaster's victims, DEV); the 'alors que' clause, 'des dizaines de personnes' still 'portées disparues' -> missing 20-open ('des dizaines' row), narrator (an adjunct clause outside the count, adjunct call), civils; some 300,000 homeless are displaced people (DEV), no claim")
D["claims2", 18] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Daval case: per BFMTV, investigators found violent texts 'dès la découverte du corps' in the phone of 'la victime' -> killed 1-1 (DEV body rule; the murder is the story's), figure '' (definite), the time adjunct and the label are narration (adjunct and label calls) -> narrator, civils; 'le crime' carries no harm word (twenty-sixth-set call), one fact")
D["claims2", 19] = S("no claim on reading (firefighters' advice on Asian hornets, which can chase 'leur victime' for metres: generic, no event; the deaths are in the title, lede and previous paragraph)")
D["claims2", 20] = S("no claim on reading (prison guards' strike: blockades 'ont repris', 116 prisons 'touchés' by the movement: other senses)")
D["claims2", 21] = S("no claim on reading (an illegal rave: some fear to see their gear 'saisi': a fear, property)")
D["claims2", 22] = K([C("captured", "dix", 10, 10, "narrator", "civils")],
    "Hong Kong: under the new security law 'dix manifestants ont été arrêtés' on Wednesday -> captured 10, figure 'dix', narrator (a relative clause in the narration), protesters held by a regime -> civils (twenty-sixth-set Belarus call, the earlier Hong Kong rows); Nathan Law's flight is no claim")
D["claims2", 23] = S("no claim on reading (Oscars gift bag: two gifts 'ont disparu' from the list: other sense; sex scandals that 'touché' Hollywood: no harm told)")
D["claims2", 24] = S("no claim on reading (RMC Sport's editorial 'bilan': other sense)")
D["claims2", 25] = K([C("materiel", "", 1, 1, "média", "unknown"),
                      C("killed", "", 1, None, "responsable local", "unknown")],
    "Mississippi, a Marines KC-130 crash (sixteen dead, title and lede): 'L'avion s'est écrasé' in a soy field, per the newspaper -> materiel 1-1 (sixth-set crashed-military-plane call), figure '' (definite), the sentence under the paper -> média, a foreign army's aircraft -> unknown (the Istres drone and Negev rows); the state governor called on Facebook to pray 'pour les victimes' -> killed 1-open (DEV 'les victimes' dead in the story; the fifth-set condolences call), a US governor -> responsable local (the New York helicopter row), crew of a foreign army -> unknown (the F-35 row)")
D["claims2", 26] = S("no claim on reading (Tina Turner: a marriage that 'presque détruite' her: figurative; illness)")
D["claims2", 27] = S("no claim on reading (the 'white van' rumour and its threat of 'enlèvement' of children; Pizzagate: a rumour and a fear, no event)")
D["claims2", 28] = S("no claim on reading (the Health minister 'a saisi' the HAS on HPV vaccination: other sense; cancers are disease)")
D["claims2", 29] = S("no claim on reading (Besançon overdoses: cutting agents with rat poison, drugs that 'peuvent mener à la mort': generic, drug deaths are no claim)")
D["claims2", 30] = K([C("killed", "130", 130, 130, "narrator", "civils"),
                      C("wounded", "", 1, None, "narrator", "civils")],
    "13 November anniversary: the attacks of that night, 'qui ont fait 130 morts' -> killed 130, narrator (relative clause, dense rule, as the earlier commemoration row), civils; six plaques 'en mémoire des victimes blessées et assassinées' -> the murdered are the same 130 (one claim), the wounded -> wounded 1-open (plural with no number), the plaques' words with no speaker -> narrator, civils")
D["claims2", 31] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Nantes, a teenager raped and murdered (title, lede; her body found by firefighters in the previous paragraph): the suspect's DNA found under the nails of 'la victime' -> killed 1-1 (the label read by the deadly outcome of the story, set 58's label call and DEV 'les victimes' rule), figure '' (definite), narrator, civils; his identification and the twenty investigators state no arrest")
D["claims2", 32] = S("no claim on reading (driving-licence fraud: goods and funds 'saisis' confiscated as extra penalties: property, judicial)")
D["claims2", 33] = S("no claim on reading (Véronique Sanson on the 'libération' of women's speech: other sense)")
D["claims2", 34] = S("no claim on reading (rape accusations against Polanski, a complaint in Switzerland, the country 'a enlevé' a time limit: sexual offences are no claim type, judicial, other sense)")
D["claims2", 35] = S("no claim on reading (Martigues chemical leak: beaches closed, a prefect's 'arrêté' banning bathing: a decree, no harm)")
D["claims2", 36] = K([C("wounded", "", 2, 2, "média", "civils")],
    "Bouguenais, a neighbours' quarrel where a mother set an attack dog on a child (lede): 'Un couple a été blessé' and a child traumatised, relates the 20Minutes site -> wounded 2, figure '' (a couple is two people, thirty-first-set 'Un couple' call), persons hurt by an animal set on them (seventeenth-set animal call), the whole sentence under the outlet -> média, civils; the child's trauma is psychological harm (tenth/sixteenth-set calls), no claim")
D["claims2", 37] = K([C("wounded", "Un", 1, 1, "narrator", "unknown"),
                      C("captured", "une", 1, 1, "narrator", "unknown")],
    "Halloween night, Montgeron: an acid bottle thrown at police officers; 'Un agent a été légèrement blessé' -> wounded 1-1, figure 'Un' (DEV indefinite row), a police officer -> unknown (sixth-set call), and 'une adolescente' of 13 'a été interpellée' -> captured 1-1, figure 'une' (ages are not figures), a suspect -> unknown; narrator (France Info is credited for the last sentence only); damage to street furniture is property")
D["claims2", 38] = S("no claim on reading (a councillor's march against farmers' suicides: families of farmers who 'ont commis l'irréparable', 'les familles des disparus' at a yearly ceremony: a social phenomenon with no event or count (generic-victims and rate calls); a reviewer could write killed 1-open)")
D["claims2", 39] = S("no claim on reading (Besançon's mayor replaces an anti-begging 'arrêté': a decree)")
D["claims2", 40] = S("no claim on reading (Paris city hall 'a interpellé' the State's services over migrant families: addressed, other sense)")
D["claims2", 41] = S("no claim on reading (a pensions committee sitting 'jusqu'à ce que mort s'ensuive': figurative)")
D["claims2", 42] = S("no claim on reading (California, homeless people fed an irritant: the prosecutor says they were 'empoisonnés': a poisoning with no stated outcome, twenty-eighth-set call)")
D["claims2", 43] = K([C("killed", "", 1, 1, "gouvernement britannique", "civils")],
    "Londonderry: per the PSNI, the journalist Lyra McKee 'a été tuée' by a man who opened fire on police officers -> killed 1-1, figure '' (named), Northern Ireland's police -> gouvernement britannique (foreign police -> their government, earlier calls), civils; the incendiary devices thrown hurt no one in the paragraph; the commissioner's appeal is no claim")
D["claims2", 44] = K([C("missing", "Une", 1, 1, "narrator", "civils")],
    "Cévennes storms: 'Une automobiliste est portée disparue', searches resumed -> missing 1-1, figure 'Une' (DEV indefinite row), a disaster's missing person (the avalanche and flood calls), narrator, civils; 'ont repris' other sense")
D["claims2", 45] = S("no claim on reading (LR campus: 'c'est mortel' and dinosaurs that 'ont fini par disparaître': figurative)")
D["claims2", 46] = S("no claim on reading (a police officer fears 'que l'on ait un mort' at the yellow-vest protests: a fear, DEV)")
D["claims2", 47] = K([C("killed", "289", 289, 289, "narrator", "civils")],
    "Older drivers and road deaths in 2016: per a road-safety study, over a quarter of 'morts de la route' were over 65 (a share, no claim, rate call); the next sentence: pedestrians mown down: '289' of them were over 65, half of the victims -> killed 289 (a yearly count of road deaths by group, the yearly road-death calls), narrator (a narration sentence after the attributed one; the study is named only in the previous sentence), civils; the counts of fatal and injury accidents caused by age group (474 and 4,014) are counts of accidents, not of victims, no claim. A reviewer could credit the study (gouvernement français) or add killed 474-open")
D["claims2", 48] = S("no claim on reading (an activist on the danger for someone helping 'une victime' of street harassment: generic, harassment)")
D["claims2", 49] = S("no claim on reading (an addiction doctor: alcohol's '50.000 décès par an', twelve times the road deaths: disease and a ratio, no event)")
D["claims2", 50] = K([C("captured", "", 1, 1, "gouvernement français", "unknown"),
                      C("captured", "", 1, 1, "narrator", "civils")],
    "Orly: the partner of the man arrested with a knife 'a été placée en garde à vue' for a false report, learnt from the Créteil prosecution -> captured 1-1, figure '' (definite), gouvernement français (a prosecution, earlier calls), a suspect -> unknown; 'l'homme interpellé' in the same sentence -> captured 1-1, figure '' (definite), a participle inside the sentence (adjunct call) -> narrator, a man held on her false report -> civils (the Guy Joao call for a man held by mistake). Least sure: the man's victim (a reviewer could write unknown for a man carrying a knife)")
D["claims2", 51] = K([C("captured", "quelque 90", 72, 108, "narrator", "unknown")],
    "'Ndrangheta: in December 2018 an international police operation led to 'l'arrestation' in Europe and Latin America of 'quelque 90 personnes' suspected of membership -> captured 72-108 ('quelque' read as 'environ', the ±20% row), narrator, suspects -> unknown")
D["claims2", 52] = K([C("killed", "au moins deux", 2, None, "narrator", "civils"),
                      C("wounded", "des dizaines", 20, None, "narrator", "civils"),
                      C("captured", "plus de 6.700", 6701, None, "narrator", "civils")],
    "Belarus: four nights of protests put down by police, making 'au moins deux' dead and 'des dizaines' of wounded, while 'plus de 6.700 personnes' were arrested -> killed 2-open ('au moins' row), wounded 20-open ('des dizaines' row), captured 6,701-open ('plus de' row), narrator, protesters under a regime's repression -> civils (twenty-sixth-set Belarus call, the earlier Belarus rows)")
D["claims2", 53] = K([C("captured", "", 1, 1, "témoin", "civils")],
    "Belarus: Maxim Dovjenko, 25, says his back is covered in bruises from baton blows, 'assurant avoir été arrêté et frappé' though he had not protested -> captured 1-1, figure '' (he speaks of himself), témoin (a person on his own case, set 34's call), held by a regime -> civils (Belarus call); the blows and bruises carry no wound word (beatings call). Least sure: 'bleus' as a wound (a reviewer could add wounded 1-1 témoin)")
D["claims2", 54] = S("no claim on reading (Cambrai: a lockdown police 'contrôle' that went wrong: a check, other sense; the spitting and sentence are in the title and lede)")
D["claims2", 55] = S("no claim on reading (Mulhouse hospital: a temp doctor's pay 'qui interpelle': other sense)")
D["claims2", 56] = S("no claim on reading (Zemmour insulted and spat on, a journalist says he was 'agressé': no wound word, beatings call)")
D["claims2", 57] = S("no claim on reading (Cardinal Barbarin's resignation, his compassion 'pour les victimes' of a priest's sexual abuse: sexual offences, judicial)")
D["claims2", 58] = K([C("killed", "", 1, 1, "proche de victime", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils")],
    "Lyon, a killer freed by a procedural delay: the victim's partner says 'C'est un meurtre' and that he admitted the facts -> killed 1-1, figure '' (the murder of her partner), proche de victime (a relative on the death), civils; the narration: her partner Hugo 'a été tué' with a knife in October 2014 -> killed 1-1, figure '' (named), narrator, civils (one claim per source, DEV two-source rule); the suspect's release is in the previous paragraph")
D["claims2", 59] = K([C("captured", "14", 14, 14, "gouvernement français", "unknown")],
    "Aube and Marne cannabis network: per the Troyes prosecution's release ('ajoute le communiqué'), the operation put 14 people in custody ('garde à vue') -> captured 14, gouvernement français (a prosecution), suspects -> unknown; drugs and firearms seized in searches are property (earlier calls), no materiel")
D["claims2", 60] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Mont-Blanc, Italian climbers missing (title: a first body found): 'La personne décédée' identified as Luca Lombardini -> killed 1-1, figure '' (definite), a mountain accident (DEV accidental deaths), narrator, civils")
D["claims2", 61] = K([C("wounded", "", 1, 1, "proche de victime", "civils")],
    "Lyon, Augustin, 17: his mother on CNews says an attacker knocked him out, he was beaten ('roué de coups'), his jaw and teeth broken ('cassée', 'cassées') -> wounded 1-1, figure '' (named in the lede), a wound described without 'blessé' (fifteenth-set call, the earlier fracture rows), the mother -> proche de victime, civils; the blows alone would be no claim (beatings call); the girls' denial of his version is in the lede only and bears on how, not on the wound")
D["claims2", 62] = S("no claim on reading (Belgians and the French past participle: no harm)")
D["claims2", 63] = S("no claim on reading (the new 'contrôle technique' for cars: other sense)")
D["claims2", 64] = S("no claim on reading (pension strike: refineries 'arrêtées', talks to 'reprendre': other senses)")
D["claims2", 65] = S("no claim on reading (Claire Hédon has rights access 'chevillé au corps': figurative)")
D["claims2", 66] = S("no claim on reading (an electric SUV's 0-100 km/h 'abattu' in 3.5 seconds: other sense)")
D["claims2", 67] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Estelle Mouzin: sixteen years after his daughter's 'disparition', her father sues the State -> missing 1-1, figure '' (named), narrator, civils (the twenty-sixth-set Mouzin call: 'la disparition' named); the complaint is judicial")
D["claims2", 68] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Turkey: the jailed lawyer Ebru Timtik died after a 238-day hunger strike (title, lede); the Turkish authorities did not react 'à sa mort' -> killed 1-1, figure '' (named), narrator, civils. My call: a death in detention after a hunger strike is no natural death (closest to the suicide calls: a self-inflicted death) and no claim type excludes it. Least sure: a reviewer could read a death of starvation as a medical death (no claim)")
D["claims2", 69] = S("no claim on reading (Collomb's press 'bilan' postponed, 'affaibli par l'affaire Benalla': other senses)")
D["claims2", 70] = K([C("killed", "Trois", 3, 3, "narrator", "civils"),
                      C("wounded", "plusieurs", 2, None, "narrator", "civils")],
    "Charente-Maritime road accident: 'Trois personnes' lost their lives and 'plusieurs' others are hurt ('blessées') -> killed 3 and wounded 2-open ('plusieurs' row), accidental (DEV), narrator (Sud Ouest is credited for the first sentence only, the toll sentence has no source), civils")
D["claims2", 71] = S("no claim on reading (Céline Dion back on stage four months after 'la mort' of her husband, of cancer in the previous paragraph: natural death)")
D["claims2", 72] = K([C("killed", "", 2, 2, "narrator", "civils")],
    "Isère: 'un couple de septuagénaires' without power after snowfall 'a été retrouvé mort' at home, a carbon-monoxide poisoning from a faulty generator -> killed 2, figure '' (a couple is two people, thirty-first-set 'Un couple' call), an accidental poisoning (the Michigan carbon-monoxide row, DEV accidents), narrator, civils; 'serait dû' bears on the cause, the deaths are stated -> asserted")
D["claims2", 73] = K([C("captured", "", 1, None, "narrator", "civils"),
                      C("captured", "", 1, None, "narrator", "unknown")],
    "Griveaux's mistaken Vel' d'Hiv photo: his tribute to the 'victimes' of the Vel' d'Hiv roundup ('rafle') -> captured 1-open (the earlier Vel' d'Hiv memorial row: victims of a mass arrest), narrator, Jews held by the occupation authorities -> civils; the photo showed 'collaborateurs arrêtés' at the Vélodrome in 1944 -> captured 1-open (plural with no number), narrator, suspects arrested at the Liberation -> unknown (arrested-suspects call). Least sure: the roundup's victims (a reviewer could write killed 1-open, as that row says)")
D["claims2", 74] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Lyon, a mother headbutted a nursery-school head (nose broken, lede): after the police source's quote (a blow, no wound word), 'La blessure entraîne une ITT de 21 jours' -> wounded 1-1, figure '' (definite), an ITT is a wound (earlier ITT calls), a narration sentence with no source -> narrator, civils")
D["claims2", 75] = S("no claim on reading (a delivery driver 'a interpellé' the Prime Minister on former presidents' pay: addressed, other sense)")
D["claims2", 76] = S("no claim on reading (the Bandol toll station 'partiellement détruite par le feu' during a yellow-vest occupation: property, no person hurt)")
D["claims2", 77] = S("no claim on reading (Jacline Mouraud 'a interpellé' the government in a video: addressed, other sense)")
D["claims2", 78] = S("no claim on reading (glyphosate in nappies, an 'alarmant' 'bilan' by a consumer magazine: other sense, a health risk)")
D["claims2", 79] = S("no claim on reading (the RN on the 14 July parade and 'les différents corps des armées': other sense)")
D["claims2", 80] = S("no claim on reading (Estrosi: his party close to 'la mort cérébrale': figurative)")
D["claims2", 81] = S("no claim on reading (Brigitte Macron's brother, ill, 'est décédé' at 85: natural death)")
D["claims2", 82] = S("no claim on reading (Line Renaud 'serais morte d'inquiétude' for grandchildren; an abortion at 18: figurative, no harm event)")
D["claims2", 83] = K([C("missing", "", 1, 1, "gouvernement français", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils")],
    "Nantes: per a synthesis made public on 30 July, the IGPN could establish no link between the police action of 21 June and 'la disparition' of Steve Maia Caniço -> missing 1-1, figure '' (named), the sentence under the police inspectorate's synthesis -> gouvernement français (French police bodies, earlier calls), civils; the relative clause 'dont le corps a été retrouvé' in the Loire -> killed 1-1 (DEV body rule), narrator (relative clause, dense rule), civils (the earlier Steve rows: the disappearance kept beside the death; 'pas de lien' bears on the cause). A reviewer could give the disappearance to the narrator, as one earlier Steve row did")
D["claims2", 84] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Filmed police violence in the US: Eric Garner, 'dont la mort', also by asphyxia 'lors d'une interpellation' in New York in 2014, set off a national movement -> killed 1-1, figure '' (named), a death at police hands (twenty-sixth-set Floyd call; the arrest is the circumstance, no captured claim), narrator, civils; George Floyd is named with no harm word of his own in the paragraph ('également' points to his death, left unstated); 'saisi la scène' other sense")
D["claims2", 85] = S("no claim on reading (measles: the WHO counts 35 deaths in Europe in a year: disease)")
D["claims2", 86] = S("no claim on reading (two police officers on trial: an identity 'contrôle', a young man says one officer 'l'étranglait': other sense, no wound word (beatings call), judicial)")
D["claims2", 87] = K([C("captured", "", 1, None, "source sécuritaire", "unknown")],
    "Banksy stolen from the Bataclan: during a police operation on Tuesday 'ces personnes ont été interpellées' in five departments, per a police source confirming a regional daily -> captured 1-open (a plural with no number in the paragraph; the six are in the title and lede), 'selon une source policière' -> source sécuritaire (set 60's call; an outlet yields to the source it confirms, DEV), suspects -> unknown")
D["claims2", 88] = S("no claim on reading (Mad Max's car: in the film a gang 'vient d'assassiner' Max's family: fiction)")
D["claims2", 89] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Columbus statues attacked in Boston, Miami and Virginia, in the wake of the anti-racist movement revived 'par la mort de George Floyd' -> killed 1-1, figure '' (named), a death at police hands (twenty-sixth-set Floyd call), narrator, civils; the beheaded statue is property, figurative for a person")
D["claims2", 90] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Hip-hop auction: Tupac 'a lui aussi été abattu' in circumstances still unsolved -> killed 1-1, figure '' (named), narrator, civils; Biggie's shooting ('lui aussi') is implied but not told in the paragraph, no claim for him")
D["claims2", 91] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Daval case: at his first hearing as a witness Jonathann admitted a quarrel with his wife 'la veille de sa disparition' -> missing 1-1, figure '' (definite), narrator, civils (the twenty-sixth-set call: the disappearance named stays a claim beside the death, which is in the previous paragraph and the lede); the scratch and bite marks on his arms carry no wound word (traces, as blows with no wound word), no claim. Least sure: the marks (a reviewer could write wounded 1-1 under the fifteenth-set wound-without-'blessé' call)")
D["claims2", 92] = S("no claim on reading (Lavrilleux turns 'un corps de ferme' into holiday lets: other sense)")
D["claims2", 93] = K([C("wounded", "", 1, 1, "média", "civils")],
    "Richmond, Canada, a girl pulled into the water by a sea lion: per NBC News she comes out with 'une blessure superficielle' and gets special treatment -> wounded 1-1, figure '' (definite), a person hurt by an animal with a wound word (seventeenth-set call), the sentence under the channel -> média, civils; 'saine et sauve' is qualified at once ('Enfin presque'); the possible deadly infection and amputation are risks, no claim")
D["claims2", 94] = S("no claim on reading (Macron's 'delicious wife' slip 'reprise' by web users: other sense)")
D["claims2", 95] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Diana, twenty years on: a former Ritz driver's friend warned two months 'avant l'accident' about the car; his testimony is in an M6 documentary 'Mort de Diana' -> killed 1-1, figure '' (named), an accidental death (DEV; the crash named in the paragraph and lede, unlike the earlier Diana skip with no cause told), narrator, civils. Least sure: the death is worded only inside a documentary's title (a reviewer could follow the film-title skips, no claim)")
D["claims2", 96] = S("no claim on reading (the Social Security's 'bilan' of spending: other sense)")
D["claims2", 97] = K([C("wounded", "aucun", 0, 0, "narrator", "civils", "denied")],
    "New Jersey freight derailment: homes evacuated, 'aucun blessé n'est signalé' and no chemical leak -> wounded 0-0, figure 'aucun', denied (the twenty-third-set zero-toll call), narrator, civils; a freight train is no materiel (civil vehicles, eighth/ninth-set calls)")
D["claims2", 98] = K([C("killed", "", 1, 1, "gouvernement thaïlandais", "unknown")],
    "Red Bull heir in Thailand: since the inquiry reopened he 'a été mis en examen' for 'conduite imprudente ayant entraîné la mort' -> killed 1-1, figure '' (the police officer run over, title and lede), a charge naming the death (session-5 inquiry-charge call, as the Khabarovsk 'meurtres présumés' under gouvernement russe), the Thai authorities -> gouvernement thaïlandais (added, sixth-set state pattern), a police officer -> unknown (sixth-set call); his cocaine charge is judicial; the witness's death is in the previous paragraph")
D["claims2", 99] = S("no claim on reading (Rutte's apology: officials 'avaient exécuté les ordres' of the occupier, registers and deportations: other sense, no harm word with an outcome; Auschwitz's million dead are in the previous paragraph)")
D["claims2", 100] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "David Douillet's scooter accident (his lip wound in the previous paragraph; the hospital checks here are conditional): 'il avait déjà été accidenté' in 2014 and 1996, a convalescence that kept him eight months off the mats -> wounded 1-1, figure '' (named), a past accidental injury (set 59's Lambert and Douglas call for a living 'victime d'un accident', as set 61's Jenifer), narrator (a sentence after the one credited to Closer), civils. Least sure: 'accidenté' with a convalescence as a wound (a reviewer could annotate nothing)")
D["claims2", 101] = S("no claim on reading (Huchon's tourism mission, France suffering 'après les attentats de Paris': named attacks with no toll, set 59's call)")
D["claims2", 102] = S("no claim on reading (Macron: a citizens' referendum every morning 'on tue la démocratie parlementaire': figurative)")
D["claims2", 103] = S("no claim on reading (Thomas Pesquet's 'corps' changed by weightlessness: other sense, no harm)")
D["claims2", 104] = S("no claim on reading (Nancy museum: 'la disparition' of a Signac painting: a theft of property, other sense)")
D["claims2", 105] = K([C("killed", "", 1, None, "narrator", "civils"),
                       C("killed", "", 1, None, "narrator", "civils")],
    "Harkis' camps: in Algeria Hacène Arfi had witnessed scenes 'd'égorgement de femmes et d'enfants' on the road to exile -> throat-cutting is a killing: two listed groups with no total (DEV no-total rule) -> killed 1-open (women) and killed 1-open (children), plurals with no number, narrator (the quoted words have no speaker in the paragraph), civils; his father, 'rescapé' of a knife attack in an attempted murder, has no wound word (an attempt with no harm, as set 61's Trotsky row), no claim. Least sure: two claims for one coordinated phrase (a reviewer could keep one)")
D["claims2", 106] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Serial killer Patrice Alègre asks for parole: sentenced in 2002, he 'avait été arrêté' and remanded in custody on 5 September 1997 -> captured 1-1, figure '' (named), arrest and pretrial detention (eighth-set pretrial call), narrator, a killer -> unknown (arrested suspects); the sentence and the security period are judicial")
D["claims2", 107] = S("no claim on reading (glue-trap hunting: small birds 'capturés' and caged: animals)")
D["claims2", 108] = S("no claim on reading (Sophie Marceau, the film 'La disparue de Deauville': a film title)")
D["claims2", 109] = K([C("killed", "trois", 3, 3, "narrator", "civils"),
                       C("killed", "deux", 2, 2, "narrator", "civils")],
    "Agon-Coutainville capsizing: on RTL, the sister of two ('deux') of the three ('trois') children who died blames the rescue -> killed 3 (the relative clause, narrator, dense rule) and the partitive subset killed 2 (her siblings among them: DEV subset rule, set 35's 'Deux des blessés' row under the thirtieth-set parts call), accidental deaths (DEV), civils; her complaint about slow rescue states no harm of its own. A reviewer could keep only the three")
D["claims2", 110] = S("no claim on reading (Macron to give a first 'bilan' of the health crisis: other sense)")
D["claims2", 111] = S("no claim on reading (Véronique Colucci's funeral: Le Forestier 'a repris' a Brassens song: other sense; her death is natural, in the title and lede)")
D["claims2", 112] = S("no claim on reading (a civic course for pupils with health 'bilans': other sense)")
D["claims2", 113] = S("no claim on reading (Frankfurt station, a child pushed under a train (lede): 'Les victimes' were waiting for their train: a plural of a dead child and people pushed whose outcome the paragraph does not give, no single type (set 61's 'les deux victimes' call); a reviewer could write killed 1-open)")
D["claims2", 114] = S("no claim on reading (Valls wants Macron's meeting business to stop ('s'arrête'): other sense)")
D["claims2", 115] = K([C("captured", "14", 14, 14, "source proche du dossier", "unknown"),
                       C("captured", "11", 11, 11, "source proche du dossier", "unknown"),
                       C("captured", "3", 3, 3, "source proche du dossier", "unknown")],
    "Radicalised pupils: per a judicial source reached by the AFP, some forty minors are charged in anti-terror inquiries, of whom 14 'sont détenus' (11 boys, 3 girls) -> captured 14 and its two parts 11 and 3 (DEV subset rule for each numbered group), a judicial source -> source proche du dossier (eleventh/twenty-seventh-set call), terror suspects held -> unknown (arrested-suspects call); being charged is judicial, no claim for the forty; IS propaganda calling to 'tuer' teachers is a call, no claim (DEV purposes)")

# claims2: 45 kept (ranks 0 ... 115); ranks from 116 unread (after the stop)

# ---- numbers2 pool ----
D["numbers2", 0] = S("no number in the paragraph: its only number word is 'quarantaine' in the sense of quarantine (set 46's 'neuf' meaning new, by analogy with the DEV 'M5' rule)")
D["numbers2", 1] = S("its only number sits in a term, a '360°' camera (set 30's '3D' audio row, DEV 'M5' rule)")
D["numbers2", 2] = N("La Goutte d'Or: more than 300 African fashion and food shops in a bit over a square kilometre: no harm")
D["numbers2", 3] = N("a West African fiction podcast put online by RFI on 1 June: a date, fiction, no harm")
D["numbers2", 4] = N("a Dutchman finds a tarantula of about fifteen centimetres in his grapes: a size, an animal, no harm")
D["numbers2", 5] = N("2017 budget: nearly 3 billion more for education, 11,662 posts towards 54,000: sums and posts, no harm")
D["numbers2", 6] = N("Paris city hall: the 'deux néophytes' pleased after Girard's resignation, a minister accused of rape (an accusation, sexual offences are no claim type): no harm")
D["numbers2", 7] = N("de Rugy on his resignation of 16 July and the dinners 'entre deux séances': dates, no harm")
D["numbers2", 8] = N("a waterspout off Bastia on Monday 15 July, an orange storm alert: a date and a warning, no harm")
D["numbers2", 9] = N("Emmanuel Petit sued by his daughter for defamation, a hearing on 1 April; she 'a beaucoup souffert' (psychological): judicial, no harm")
D["numbers2", 10] = N("25 Camaro Yenko/SC Stage II to be built, the preparation at 66,995 dollars: no harm")
D["numbers2", 11] = N("Sarkozy, out of the Elysée for more than 5 years, opens a training centre on 29 August: no harm")
D["numbers2", 12] = N("2017 poll: Juppé ahead of Marine Le Pen by 10 points: no harm")
D["numbers2", 13] = N("bank fees test: 27% got partial refunds from 1.50 to 200 euros, 9% nothing: no harm")
D["numbers2", 14] = S("its only numbers sit in the news show's name ('du 20h', 'du 20H'), DEV 'M5' rule (set 32's '20 Heures' row)")
D["numbers2", 15] = S("contains a claim: the two young thieves were put in custody ('garde à vue') -> captured 2 (dense custody rule)")
D["numbers2", 16] = N("Richard Ferrand's home in Motreff the object of an arson attempt, announced on Friday 8 February: a date, an attempt on property, no harm")
D["numbers2", 17] = S("no number in the paragraph: its only number word is 'quarantaine' in the sense of quarantine (as rank 0)")
D["numbers2", 18] = N("Agnès Buzyn on CNews on Thursday 13 September about the drug Androcur: a date, a health risk, no harm")
D["numbers2", 19] = N("an LR MP on LCI: full refund ('à 100%') of glasses is a real issue: a rate, no harm")

# numbers2: 15 kept (ranks 2-13, 16, 18, 19; ranks 0, 1, 14, 15, 17 skipped); ranks from 20 unread (after the stop)
