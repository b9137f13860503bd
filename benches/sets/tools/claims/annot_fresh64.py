"""Hand annotations of the sixty-fourth fresh set, the thirty-ninth drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 7401; sets 26 to 63 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = set()

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading (Jean-Loup Dabadie 'est décédé' at 81, of an illness per the previous paragraph; his agent quoted: natural death)")
D["claims2", 1] = K([C("captured", "une", 1, 1, "narrator", "unknown"),
                     C("killed", "", 2, 2, "narrator", "unknown")],
    "A USB key of over 2,000 police officers' names held by a woman on the S list: 'une jeune femme arrêtée' in the inquiry -> captured 1-1, figure 'une' (DEV indefinite), a suspect -> unknown; the inquiry into 'le double meurtre' of a police officer and his partner at Magnanville -> killed 2-2, figure '' (a count fixed without a number word, set 59's 'scène de double-meurtre' row; the two listed persons inside the pair, DEV), police officers -> unknown (sixth-set police call, set 22's Magnanville 'couple de policiers' row); both sit in a participle and an adjunct of a sentence put under Le Point and Franceinfo about the key -> narrator (sets 50 and 51, set 63's custody in a participle). Least sure: a reviewer could credit the outlets (média)")
D["claims2", 2] = S("no claim on reading (vegan activists plan a 'deuil national' for animals shown and then 'abattus': animals, a plan)")
D["claims2", 3] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Brittany, a holiday-maker gone fishing: 'Le corps inanimé du pêcheur' found and hoisted, the doctor could only note 'le décès' -> killed 1-1, figure '' (definite), a body found (DEV), an accident at sea (DEV accidental deaths), narrator (Le Télégramme is credited for the next sentences only), civils; 'la famille de la victime' is the same death")
D["claims2", 4] = S("no claim on reading (Paris, predators who follow drunk women home 'pour les violer' (conditional), a police chief quoted: sexual offences, no claim type)")
D["claims2", 5] = S("no claim on reading (a Qatar Airways flight diverted: a drunk wife hits her husband: blows with no wound word, thirteenth-set beatings call)")
D["claims2", 6] = S("no claim on reading (a giant Asian hornet nicknamed 'frelon meurtrier' seen in the US: animals, a nickname)")
D["claims2", 7] = K([C("killed", "", 1, None, "média", "civils")],
    "WWF accused by Buzzfeed of funding paramilitary forces that 'torturé et tué des gens' in Asia and Africa -> killed 1-open, figure '' (DEV plural with no number), the outlet's accusation in quotes -> média (a named outlet over its sentence), villagers -> civils; torture is no claim type (eleventh-set call)")
D["claims2", 8] = S("no claim on reading (women's rights march: the slogan 'on arrête toutes', a strike: other sense)")
D["claims2", 9] = S("no claim on reading (Béarn floods: over a hundred people evacuated (displaced, not a claim type); rain 'tombé': other sense)")
D["claims2", 10] = S("no claim on reading (Besançon's begging 'arrêté' (a decree) and its fine: other sense)")
D["claims2", 11] = S("no claim on reading (Bayonne: a man wrongly named as one of the bus driver's attackers; his photo 'repris' online: other sense; the driver's deadly assault is in the lede only)")
D["claims2", 12] = K([C("killed", "", 1, None, "narrator", "civils"),
                      C("captured", "un", 1, 1, "narrator", "unknown")],
    "Dupont de Ligonnès, wanted since 2011 after 'le meurtre de sa famille' in Nantes -> killed 1-open, figure '' (set 38's Ligonnès 'toute sa famille' row: no number in the paragraph), narrator, civils; 'un homme' whose fingerprints match 'a été arrêté' by Scottish police at Glasgow airport -> captured 1-1, figure 'un' (DEV indefinite), narrator, a suspect -> unknown")
D["claims2", 13] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "personnalité", "civils")],
    "Magic System's drummer Pépito 's'est noyé' in Ivory Coast -> killed 1-1, figure '' (named), a drowning is an accidental death (DEV; the drowning rows of earlier sets), narrator, civils; the band 'a annoncé' on Facebook the death ('le décès') of one of its members ('l'un') -> a second source on the same death (DEV second-source rule), killed 1-1, figure '' ('l'un' is definite, dense call), a music group -> personnalité (fifteenth-set kind for entertainers). Least sure: the band as a second source (a reviewer could keep one claim)")
D["claims2", 14] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Daval reconstruction: 'la mère de la victime' speaks to the press -> killed 1-1, figure '' (definite; 'la victime' dead in the story: set 46's Marie-Bélen 'la mère de la victime' row, followed in set 47), narrator, civils; her hope that Alexia may rest in peace and that 'il' had to confess carry no harm word")
D["claims2", 15] = S("no claim on reading (a protest chant heard as 'assassins' and seized on by FN figures: an insult, no event told)")
D["claims2", 16] = S("no claim on reading (Notre-Dame fire: Stéphane Bern feels 'meurtris et blessés': figurative; the roof 'touchée' by fire is property)")
D["claims2", 17] = S("no claim on reading (the Norwegian PM's post 'a disparu' from Facebook: other sense; the napalm photo is in the previous paragraph)")
D["claims2", 18] = K([C("killed", "Un", 1, 1, "média", "civils")],
    "Indre-et-Loire: 'Un homme' of 56 'a été tué' at home with 28 knife blows, probably by a migrant he put up, reported La Nouvelle République -> killed 1-1, figure 'Un' (DEV indefinite; the age is no figure), the whole sentence under the regional daily -> média (a named outlet over its sentence), civils; 'probablement' bears on who did it, not the death")
D["claims2", 19] = S("no claim on reading (Macron's great-grandparents in the trenches; his grandmother 'est décédée' in 2013: natural death, no harm told)")
D["claims2", 20] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Mayors' alarm call: a summer marked by 'la mort tragique du maire de Signes', run over by a van -> killed 1-1, figure '' (definite), narrator, a mayor -> civils (set 28's row on the Signes mayor's death); the incivilities complained of carry no harm word")
D["claims2", 21] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils")],
    "Lelandais, 'meurtrier présumé' of little Maëlys and of corporal Arthur Noyer -> killed 1-1 for each named victim (DEV no-total rule; the earlier Lelandais row where the murders are presented as facts and 'présumé' bears on who), figure '' (named), narrator, a child and an off-duty soldier -> civils (the Noyer rows of sets 58 to 60 and 63)")
D["claims2", 22] = S("no claim on reading (storm Gabriel: snowfalls 'ont repris': other sense)")
D["claims2", 23] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Grenoble, a white march for Adrien Perez: 'Le jeune homme' of 26 'avait été tué' outside a nightclub -> killed 1-1, figure '' (definite; the age is no figure), narrator, civils")
D["claims2", 24] = S("no claim on reading (plants given to health workers; the coronavirus 'a tué' over 28,300 in Spain: disease, not a claim)")
D["claims2", 25] = S("no claim on reading (Paris gas blast: the interior minister praises firefighters who saved a colleague 'enseveli' under rubble for hours: no wound word, a rescue; the 'premier bilan' has no figure here)")
D["claims2", 26] = S("no claim on reading (Mulhouse: a woman of 60 found dead in bed ten days after a call to the Samu; the autopsy says cardiac arrest: natural death; the judicial inquiry into it is judicial)")
D["claims2", 27] = S("no claim on reading (a brown bear shot dead in Ariège, a reward offered: animals)")
D["claims2", 28] = S("no claim on reading (malaria kills 500,000 a year: disease)")
D["claims2", 29] = S("no claim on reading (Tehran accuses Israel of 'décennies de violence, de massacres' in Palestine: a sweeping description of decades with no event, the habits call of the third/fourth sets, as set 21's Kadyrov row)")
D["claims2", 30] = K([C("killed", "", 1, 1, "gouvernement français", "civils"),
                      C("missing", "", 1, 1, "narrator", "civils")],
    "Storms in the south-east: 'Le corps retrouvé' under a bridge was identified as the man in his sixties missing since 2 December, the gendarmerie told AFP -> killed 1-1, figure '' (definite), a body found (DEV) in a flood (disaster deaths, DEV), the whole sentence under the gendarmerie -> gouvernement français (earlier police calls), civils; 'porté disparu le 2 décembre' -> missing 1-1, figure '' (definite), the disappearance kept beside the death (twenty-sixth-set call, the Steve and Daval rows), a participle inside the source's sentence about the identification -> narrator (sets 50 and 51). Least sure: the missing claim's claimant (a reviewer could give it to the gendarmerie)")
D["claims2", 31] = S("no claim on reading (Diana's butler on William's gift more than twenty years 'après le décès de Lady Diana': a death with no cause told, set 58's Diana skip)")
D["claims2", 32] = S("no claim on reading (Harry and Kate paid tribute to Diana for the 20 years 'de sa mort': a death with no cause told, set 58's Diana skip)")
D["claims2", 33] = S("no claim on reading (hail 's'est abattue' in Haute-Loire, storms in Occitanie: other sense, no harm)")
D["claims2", 34] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Oregon, Trump supporters: the protests started in Minneapolis by 'la mort de George Floyd', a black man 'asphyxié' under a white officer's knee -> killed 1-1, figure '' (named), narrator (the narration glosses her words), civils (twenty-sixth-set police deaths call); the buildings 'détruits' in the previous paragraph are property")
D["claims2", 35] = K([C("wounded", "", 0, 0, "narrator", "civils", "denied")],
    "Marseille, Kalashnikov shots in La Bricarde: per a police source, shots meant to intimidate; 'Aucun blessé' to deplore -> wounded 0-0 denied (seventh-set 'aucun blessé' call, as set 34's Rueil-Malmaison row), a sentence of its own after the sourced one -> narrator (sentence-level rule), residents -> civils; the shots themselves carry no harm word")
D["claims2", 36] = S("no claim on reading (Colmar, a man who died after the Samu failed to come: per the autopsy, a perforation linked to a cancer: natural death)")
D["claims2", 37] = S("no claim on reading (Van Damme plays an ex-'garde du corps': other sense, fiction)")
D["claims2", 38] = S("no claim on reading (Marseille: 'La mort d'un septuagénaire' found decomposed inside a hospital, amid accusations of neglect: no cause of death told in the paragraph; the manslaughter inquiry is in the title only (set 38's context-line rule), as the deaths after medical failings of ranks 26 and 36. Least sure: a reviewer could write killed 1-1)")
D["claims2", 39] = S("no claim on reading (snow on pavements: no 'arrêté municipal', a decree: other sense)")
D["claims2", 40] = S("no claim on reading (60% of 'victimes de viol' are minors, per a report: sexual offences, no claim type)")
D["claims2", 41] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Lake Geneva in a storm: 'La femme' found at the bottom of the water by police divers, her death ('son décès') recorded at hospital -> killed 1-1, figure '' (definite), an accidental drowning (DEV accidents), narrator (the police spokeswoman is credited in the previous paragraph only), a tourist -> civils; 'la victime' is the same death")
D["claims2", 42] = S("no claim on reading (Hulot did not resign during the Benalla affair: no harm)")
D["claims2", 43] = K([C("killed", "au moins 30", 30, None, "narrator", "civils"),
                      C("missing", "", 1, None, "gouvernement britannique", "civils")],
    "Grenfell Tower fire: per 'le dernier bilan' (no source named) the fire 'a fait au moins 30 morts' -> killed 30-open, figure 'au moins 30' (DEV table), narrator, residents -> civils (a disaster death, DEV); a Metropolitan Police chief stressed the toll is provisional given the number of people 'portées disparues' -> missing 1-open, figure '' (DEV plural with no number), a foreign police -> gouvernement britannique (sixth-set state pattern), civils; his hope that it will not reach three figures is a hope, no claim")
D["claims2", 44] = K([C("captured", "deux", 2, 2, "narrator", "unknown")],
    "Drôme: two schoolboys charged with raping a classmate: 'Les deux garçons' 'ont été relâchés' on 25 January and put under judicial supervision -> captured 2-2, figure 'deux' (DEV: a release states that they were held), narrator, suspects -> unknown; the rape and the video are sexual offences, no claim type; the charge and 'contrôle judiciaire' are judicial")
D["claims2", 45] = S("no claim on reading (Matzneff: Le Parisien on a refused account by 'la victime' of the writer; a botched abortion left her sterile: sexual offences and a medical harm, no claim type)")
D["claims2", 46] = K([C("wounded", "", 1, 1, "source proche du dossier", "civils")],
    "Sarcelles, a machete attack outside a police station: 'La victime' had come to file a complaint when a man struck him ('coups') with a small 'machette', per a source close to the inquiry -> wounded 1-1, figure '' (definite), 'la victime' read by the story's outcome (badly hurt in the lede; set 44's Besançon row) and blade blows as a wound (sixteenth-set 'poignardé' call, set 63's knife-blows row), the whole sentence under the source -> source proche du dossier, civils; one fact")
D["claims2", 47] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Bourg-la-Reine: a mother who threw herself under an RER train in front of her son; rescuers could only record 'son décès' -> killed 1-1, figure '' (pronoun), a suicide (tenth- and eighteenth-set suicide calls), narrator (witnesses via Le Parisien are credited for the previous sentence only, which has no harm word), civils")
D["claims2", 48] = S("no claim on reading (a shepherdess chased by a wolf that 's'est arrêté net': no harm, an animal, other sense)")
D["claims2", 49] = K([C("wounded", "Six", 6, 6, "narrator", "civils")],
    "Bordeaux, a boat hits a bridge: 'Six blessés légers' treated on the spot -> wounded 6, figure 'Six', an accident (DEV), narrator, passengers -> civils; 'les autres' taken to hospital carry no wound word of their own and the total of ten is in the title only (set 38's context-line rule). Least sure: a reviewer could add wounded 1-open for 'les autres'")
D["claims2", 50] = S("no claim on reading (the William Saurin owner 'est morte' at 78: natural death; her will)")
D["claims2", 51] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "New Zealand police will stay unarmed: police methods reviewed since 'le décès de George Floyd' during his arrest -> killed 1-1, figure '' (named), narrator, civils (twenty-sixth-set police deaths call: the arrest is the circumstance, no captured claim)")
D["claims2", 52] = S("no claim on reading (Faure: the right 'n'a pas disparu': other sense)")
D["claims2", 53] = S("no claim on reading (Michel Delpech, 'disparu' at 69: natural death)")
D["claims2", 54] = K([C("wounded", "quatre", 4, 4, "narrator", "civils")],
    "Venice, a liner nearly hits a yacht: a month after 'un accident ayant fait quatre blessés légers' with a cruise ship -> wounded 4, figure 'quatre', an accident (DEV), narrator, civils; the near-miss itself harms no one")
D["claims2", 55] = S("no claim on reading (Macron goes out with his 'gardes du corps': other sense)")
D["claims2", 56] = S("no claim on reading (a hailstorm 'tombé' on Bordeaux: other sense, no harm)")
D["claims2", 57] = S("no claim on reading (a union leader: 'on tue Noël' if the strike goes on: figurative)")
D["claims2", 58] = S("no claim on reading (a senator 'a interpellé' a minister doing crosswords: other sense)")
D["claims2", 59] = S("no claim on reading (Johnny Hallyday's friend after 'la mort' of the singer, of lung cancer: natural death)")
D["claims2", 60] = S("no claim on reading (the actor Cameron Boyce 'est décédé' at 20, confirmed by Disney's head: a death with no cause told, as the natural-death skips and set 58's Diana skip)")
D["claims2", 61] = S("no claim on reading (Cristina Kirchner on a judge 'décédé en février': natural death; political persecution alleged)")
D["claims2", 62] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "A 'nationalist' who wanted to kill Macron on 14 July: police came 'l'interpeller' and he met them with a kitchen knife; 'Lors de sa garde à vue' he stated his aim -> captured 1-1, figure '' (definite, 'le suspect'), arrest and custody one fact (eighth-set call), narrator, a suspect -> unknown; the two blades found in his car are evidence, no materiel (set 63's peeler call); the plan to kill is a plan, no claim")
D["claims2", 63] = S("no claim on reading (Frédéric Lefebvre 'J'ai tutoyé la mort', survivor of embolisms: illness, figurative)")
D["claims2", 64] = S("no claim on reading (Marine Le Pen condemns egg-throwing at Macron, whose opponents are 'les victimes': no wound word, generic victims)")
D["claims2", 65] = S("no claim on reading (the Mila affair: a girl 'menacée de mort' online: threats, no claim)")
D["claims2", 66] = K([C("killed", "quatre", 4, 4, "narrator", "civils")],
    "Laon, RN2: 'l'accident mortel' that took the lives of 'quatre enfants' -> killed 4, figure 'quatre', a road accident (DEV), narrator (Le Parisien is credited for the witnesses' scenes only), children -> civils")
D["claims2", 67] = S("no claim on reading (Paris streets named: Helno 'décédé en 1993' at 30: a death with no cause told, as the natural-death skips)")
D["claims2", 68] = S("no claim on reading (divers 'tombés nez à nez' with a giant squid egg: other sense)")
D["claims2", 69] = S("no claim on reading (Michel Charasse 'est décédé' after a long illness: natural death; 'Sa disparition' confirmed by the town hall is the same natural death)")
D["claims2", 70] = K([C("wounded", "", 1, 1, "média", "civils")],
    "Iris Mittenaere in Danse avec les stars: per Télé Star, to which TF1 confirmed 'la blessure de la candidate', X-rays and rest, back in rehearsals soon -> wounded 1-1, figure '' (definite), a dance-show rehearsal injury (set 40's sports and training injury call), the magazine and the channel are both outlets -> média (a named outlet over its sentence), civils; 'plus de peur que de mal' bears on its gravity, not on the injury")
D["claims2", 71] = S("no claim on reading (Darmanin stays in government after 'le décès' of his successor as mayor of Tourcoing: a death with no cause told, as the natural-death skips)")
D["claims2", 72] = S("no claim on reading (photos on a White House wall 'prises' at the same spot: other sense)")
D["claims2", 73] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                      C("wounded", "", 1, 1, "narrator", "civils")],
    "Théo case: 'l'interpellation violente du jeune Théo' at Aulnay-sous-Bois on 2 February 2017 -> captured 1-1, figure '' (named), narrator, an arrested person -> unknown (set 50's Théo row and set 49's Aulnay station call); 'les blessures qui en avaient résulté' -> wounded 1-1, figure '' (definite), narrator, a young man hurt by police -> civils (twenty-sixth-set police deaths call, by analogy). Least sure: the two victims for one man (a reviewer could write unknown for both, or keep the wound only as the circumstance of the arrest)")
D["claims2", 74] = S("no claim on reading (the mayor of Cers, ill with cancer, thanks voters before 'la fin': natural death foreseen)")
D["claims2", 75] = S("no claim on reading (US federal executions to resume, per the justice minister: judicial, a plan)")
D["claims2", 76] = S("no claim on reading (Ariège: burglars 'disparu de ma vue' after an old man fired in the air: other sense, no harm)")
D["claims2", 77] = K([C("killed", "un", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, None, "narrator", "civils")],
    "Drôme hunting death: in September a boy of 13 ('un garçon') 'avait été tué' by his grandfather in a hunt in Vendée -> killed 1-1, figure 'un' (DEV indefinite; the age is no figure), a hunting accident (DEV accidents), narrator, civils; in the Drôme 'le dernier accident mortel' dates from 2015 -> killed 1-open, figure '' (set 45's Arizona 'un accident mortel' row, DEV 'attaque meurtrière'), narrator, civils")
D["claims2", 78] = S("no claim on reading (Kerala: the monsoon causes 'un nombre important de morts' and damage: a generic phenomenon, no event or count (set 62's phenomenon call); the landslide and the crash tolls are in the title, lede and previous paragraph)")
D["claims2", 79] = S("no claim on reading (Laurence Rossignol on the women accusing two ministers, 'ces deux victimes-là': sexual offences, no claim type)")
D["claims2", 80] = K([C("killed", "", 1, 1, "assaillant", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils")],
    "Daval case: in January Jonathann Daval had confessed ('avait avoué') 'le meurtre' of his wife -> killed 1-1, figure '' (definite), a killer's confession -> assaillant (twenty-sixth-set call, the earlier Daval and Lelandais confession rows), civils; 'dont le corps avait été retrouvé' partly burnt in a wood -> a body found (DEV), killed 1-1, a relative clause in the narrator's voice -> narrator (a second source for the death, DEV), civils; being charged is judicial. Least sure: the narrator's body claim beside the confession (a reviewer could keep one claim)")
D["claims2", 81] = S("no claim on reading (Pécresse: SNCF users 'pris en otage' by a strike: figurative)")
D["claims2", 82] = S("no claim on reading (Villeneuve-le-Roi: an old woman's 'dépouille' stayed three days on her sofa before a doctor came: natural death, as set 63's row on the same case)")
D["claims2", 83] = S("no claim on reading (an Indian yogi who claimed not to eat 'est mort' at 90: natural death)")
D["claims2", 84] = S("no claim on reading (Martigues fire: flames threaten homes and campsites, per the firefighters: no harm told; evacuations are in the lede)")
D["claims2", 85] = K([C("wounded", "au moins 17", 17, None, "ONG", "civils"),
                      C("wounded", "quatre", 4, 4, "gouvernement français", "civils")],
    "LBD rounds and the yellow vests: per a count by the activist group 'Désarmons-les' and a journalist, 'au moins 17' people 'ont perdu un oeil' after an LBD shot -> wounded 17-open, figure 'au moins 17' (a lost eye is a wound without 'blessé', fifteenth-set call), the first named source, an activist group -> ONG (nearest kind, as the twenty-sixth set's research association), protesters -> civils; the interior minister's toll of 'quatre pertes de vision' from IGPN inquiries -> wounded 4, figure 'quatre', gouvernement français, civils (a second source with another figure, DEV); his 'Aucune (blessure) n'est acceptable' is a principle, no claim")
D["claims2", 86] = S("no claim on reading (David Hallyday's first birthday since 'le décès de son père': natural death)")
D["claims2", 87] = K([C("missing", "", 1, None, "narrator", "civils")],
    "Maëlys reconstruction, an inline heading: Lelandais could be linked ('pourrait être impliqué') to other cases of 'disparitions' -> missing 1-open, figure '' (DEV plural with no number), asserted (set 32's row on the same wording, under the twenty-seventh-set call: his link is uncertain, the disappearances are not), narrator, civils. Least sure: a heading with a conditional (set 62 kept an inline heading's claim)")
D["claims2", 88] = S("no claim on reading (a 20 Minutes journalist 'aurait même reçu des menaces de mort' over a Portugal headline: threats, no claim)")
D["claims2", 89] = S("no claim on reading (Vosges forests: a beetle's 'destruction' of millions of m3 of wood: property, animals)")
D["claims2", 90] = S("no claim on reading (Dijon town hall 'a saisi la justice' over a baby's first name: other sense)")
D["claims2", 91] = K([C("killed", "", 1, 1, "gouvernement japonais", "civils")],
    "A French off-piste skier in Japan: his two friends saw him buried by the avalanche, a police spokesman told AFP; flown to hospital, 'il a été déclaré mort', the police representative added -> killed 1-1, figure '' (pronoun), a leisure accident (twenty-sixth-set call), the Japanese police -> gouvernement japonais (set 51's Japanese police row), civils; being buried ('ensevelir') is how he died, no second claim")
D["claims2", 92] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Sheila's son Ludovic Chancel 'aurait tenté de se suicider' two days 'avant son décès' -> killed 1-1, figure '' (named), a death after a suicide attempt (tenth- and eighteenth-set suicide calls; the suicide is stated in the lede and previous paragraph), asserted (the conditional bears on the attempt's date, the death is stated), narrator, civils; his wife's Facebook words ('ton dernier souffle') carry no harm word of their own, no second claim")
D["claims2", 93] = S("no claim on reading (Julian Bugier on a 'perte de singularité' of public TV: other sense)")
D["claims2", 94] = S("no claim on reading (Saint-Barthélemy, 'ravagé' by hurricane Irma, and Johnny's burial: property, no harm told; his death of cancer is in the lede)")
D["claims2", 95] = S("no claim on reading (Antalya-Moscow flight: 'le corps sans vie' of a diabetic passenger left on the floor for hours: natural death, from her illness per the previous paragraph)")
D["claims2", 96] = S("no claim on reading (the Sénart rapist's victims testify; a biker 'qui s'arrête': sexual offences, other sense)")
D["claims2", 97] = S("no claim on reading (an e-bike factory's work 's'est arrêtée' in lockdown: other sense)")
D["claims2", 98] = S("no claim on reading (a car's electronically controlled drive, 'contrôle électronique': other sense)")
D["claims2", 99] = S("no claim on reading (Renaud on not letting voters 'tomber': other sense)")
D["claims2", 100] = S("no claim on reading (Le Guen said the PS was 'déjà mort': figurative)")
D["claims2", 101] = S("no claim on reading (Trump spoke of the Nobel prize 'à plusieurs reprises': other sense)")
D["claims2", 102] = S("no claim on reading (the Preynat affair: former scouts and 'des victimes' of child abuse form an association: sexual offences, no claim type)")
D["claims2", 103] = S("no claim on reading (unemployment figures 'sont tombés': other sense)")
D["claims2", 104] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Tesla Autopilot: Joshua Brown, 40, 'est mort' in a collision with a lorry on 7 May -> killed 1-1, figure '' (named; the age is no figure), a road accident (DEV), narrator (the lorry driver's quote carries no harm word), civils")
D["claims2", 105] = S("no claim on reading (Prince's doctor left his practice: 'la mort de Prince', cause unknown, a drug overdose considered; Michael Jackson's death 'liée à une overdose de médicaments': drug deaths, no claim (set 62's overdoses skip); the doctor's 'disparition' is other sense)")
D["claims2", 106] = K([C("killed", "au moins 100", 100, None, "narrator", "civils")],
    "Beirut: the port explosions, 'qui ont tué au moins 100 personnes' and wrecked homes -> killed 100-open, figure 'au moins 100' (DEV table), narrator (a relative clause), civils (the earlier Beirut rows; a disaster death, DEV); the hundreds of thousands left homeless are displaced, no claim type")
D["claims2", 107] = S("no claim on reading (heatwave record quoted from Météo-France, compared to the 'Vallée de la Mort': a place name; the 2003 toll is in the previous paragraph)")
D["claims2", 108] = S("no claim on reading (Twitter 's'est emparée' of a TV spat: other sense)")
D["claims2", 109] = K([C("captured", "Un", 1, 1, "gouvernement français", "unknown")],
    "Angers: 'Un ancien détenu' who tried to get a submachine gun by post was charged and 'placé en détention', learnt from the Angers prosecution, confirmed by the prosecutor -> captured 1-1, figure 'Un' (DEV indefinite), pretrial detention (set 62's and 63's custody calls), the whole sentence under the prosecution -> gouvernement français, a suspect -> unknown; the second sentence restates the detention from the same source, one claim; his past detention ('ancien détenu') is a past sentence, judicial; the weapon was never delivered, no materiel")
D["claims2", 110] = S("no claim on reading (Cécile Rol-Tanguy typed the order of the Paris uprising leading to 'la Libération': no harm told; her death at 101 is natural)")
D["claims2", 111] = S("no claim on reading (Bernard Debré 'est décédé' of cancer: natural death)")
D["claims2", 112] = S("no claim on reading (Joel Schumacher felt he had 'tué un bébé' with a Batman film: figurative)")
D["claims2", 113] = K([C("missing", "", 1, 1, "narrator", "civils"),
                       C("hostage", "", 1, 1, "narrator", "civils"),
                       C("missing", "", 1, 1, "proche de victime", "civils")],
    "Montauban, a young man held and tortured for a month: 'Le jeune homme avait disparu' on 7 June -> missing 1-1, figure '' (definite), narrator, civils (found alive: still a missing claim, the thirtieth-set found-safe call); 'le mobile de son kidnapping' -> hostage 1-1, figure '' (pronoun), narrator, civils; the regional daily's 'ses ravisseurs' sits inside its report of what they forced him to do (conditional) -> the same abduction, no second claim (sets 50 and 51); his father had reported 'sa disparition' -> missing 1-1, the father's report -> proche de victime (set 63's call on Daval reporting his wife's disappearance). Least sure: the father's report as a second source; torture is no claim type (eleventh-set call)")
D["claims2", 114] = K([C("killed", "", 1, None, "responsable politique", "civils")],
    "Trump on the Bataclan: François Hollande, quoted, says it adds indecency 'vis-à-vis des victimes' -> killed 1-open, figure '' (DEV 'les victimes' dead in the story; set 17's row on the same story, Cazeneuve's 'Solidarité avec les victimes'), a former president with no office -> responsable politique (tenth-set ex-president call), 13 November's dead -> civils")
D["claims2", 115] = S("no claim on reading (Brigitte Bardot: 'jamais été victime d'un harcèlement sexuel': harassment, no claim type)")
D["claims2", 116] = S("no claim on reading (TF1 wants 'tuer TPMP', per Hanouna: figurative; 'saisir le CSA': other sense)")
D["claims2", 117] = S("no claim on reading (Macron pays tribute to Jacques Chirac, 'décédé' that day: natural death)")
D["claims2", 118] = S("no claim on reading (Sudan floods: 17,063 homes and 129 public buildings 'détruits', per civil defence: property; the 77 dead are in the title and lede only)")
D["claims2", 119] = K([C("killed", "Une", 1, 1, "média", "civils"),
                       C("wounded", "44", 44, 44, "média", "civils"),
                       C("wounded", "trois", 3, 3, "média", "civils")],
    "Flixbus coach off the road near Zurich: 'Une personne est décédée', 44 others 'blessées', three of them 'grièvement', reports the Swiss agency ATS -> killed 1-1, figure 'Une' (DEV indefinite), wounded 44 and the subset wounded 3 (DEV subset rule), an accident (DEV), a news agency named over its sentence -> média, passengers -> civils; that one of the badly hurt 'serait le chauffeur', per the daily 24 heures, names one person inside a counted group (DEV named-individual rule) -> no separate claim")
D["claims2", 120] = S("no claim on reading (Diana Rigg 'est morte paisiblement', of cancer, says her daughter: natural death)")
D["claims2", 121] = S("no claim on reading (EM Lyon's sexist ranking: exclusions 'à deux reprises': other sense, no harm)")
D["claims2", 122] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Marine Le Pen in Vienna said nothing of Jo Cox, the British Labour MP 'assassinée jeudi' at Birstall -> killed 1-1, figure '' (named), narrator (an apposition), an MP -> civils; Le Pen's 'un événement dramatique' restates it with no harm word")
D["claims2", 123] = K([C("killed", "aucune", 0, 0, "narrator", "civils", "denied"),
                       C("captured", "aucune", 0, 0, "narrator", "unknown", "denied")],
    "Nanterre, a RATP bus and a gym burnt: the two events made 'aucune victime' -> killed 0-0, figure 'aucune', denied (DEV table and the seventh-set 'aucune victime' calls), civils; 'aucune interpellation' -> captured 0-0, figure 'aucune', denied (seventeenth-set 'aucune interpellation' call), the unknown authors -> unknown; both narrator (the prefecture is credited for the previous sentence only, 'toujours selon'); the bus and the gym are civilian property, no materiel (tenth-set call); the town's plan to pull the gym down is a plan")
D["claims2", 124] = S("no claim on reading (a lost Euromillions ticket: the 'Bilan' of talks, other sense)")
D["claims2", 125] = S("no claim on reading (a technician 'a interpellé' Castaner: addressed, other sense; the blinded protesters are in the lede only)")
D["claims2", 126] = K([C("missing", "", 1, None, "proche de victime", "civils")],
    "Savoie, three young people found dead in a car in a river (lede): as the young people did not come back, the families reported 'leur disparition' -> missing 1-open, figure '' (DEV plural with no number; the three are in the lede only), the families' report -> proche de victime (set 63's call on a report of a disappearance, as rank 113), civils; the mayor's 'l'accident' and 'une sortie de route' carry no harm word (the deaths are in the lede only, set 38's context-line rule). Least sure: the families as the source (a reviewer could read a narration sentence between quotes, narrator)")
D["claims2", 127] = S("no claim on reading (Grégory case: Jacqueline Jacob under 'contrôle judiciaire' confirms her alibi, per her lawyer: judicial; the abduction and death are in the lede only)")
D["claims2", 128] = S("no claim on reading (Hollande's former lawyer Gilles Bérès 'est décédé' in December: a death with no cause told, as the natural-death skips)")
D["claims2", 129] = K([C("wounded", "", 1, 1, "narrator", "unknown")],
    "GIGN selection test: a candidate shot by accident; 'la victime', flown to hospital, is out of danger despite how serious 'sa blessure' to the leg is -> wounded 1-1, figure '' (definite), an accident (DEV), narrator (Le Parisien is credited in the previous paragraph only), a gendarme -> unknown (fresh8 and the sixth-set police calls); the inquiry into the accident's circumstances adds no claim")
D["claims2", 130] = S("no claim on reading (a Belgian mayor's wife, 'aujourd'hui décédée': natural death, no cause told)")
D["claims2", 131] = K([C("wounded", "", 0, 0, "narrator", "civils", "denied")],
    "Massy, a pupil sets off a home-made bomb in the schoolyard: the blast 'n'a pas fait de blessé' and no damage -> wounded 0-0 denied, figure '' (the 'n'a pas fait de blessé' rows, as set 58's RER A row), narrator (Le Parisien is credited with the next sentence, 'précise', on his exclusion), pupils -> civils; his exclusion is a school sanction, no claim")
D["claims2", 132] = K([C("killed", "", 2, 2, "média", "civils"),
                       C("killed", "", 1, 1, "média", "civils")],
    "Alicante: per a Spanish local daily, 'un couple et leur fille' of 12 'ont été retrouvés morts' under piles of clothes and shoes in their room -> no total covers them (DEV no-total rule): killed 2-2 for the couple, figure '' ('un couple' states two people, the twenty-second-set couple call) and killed 1-1 for the daughter, figure '' (definite; the age is no figure), an accidental death (DEV), an unnamed newspaper over its sentence -> média (the earlier regional-daily rows), civils; that it happened in their sleep is conditional timing, no claim. A reviewer could write killed 3")
D["claims2", 133] = S("no claim on reading (a carers' collective: 'corps de métier' left out of the Ségur: other sense)")
D["claims2", 134] = S("no claim on reading (Bonhams' positive 2019 'bilan': other sense)")
D["claims2", 135] = S("no claim on reading (Paul Bocuse's restaurant: nothing betrayed 'le décès' of the chef, who had Parkinson's per the previous paragraph: natural death)")
D["claims2", 136] = S("no claim on reading (Gilbert Collard: burning Macron's effigy once equalled 'l'exécution d'une peine de mort': symbolic, a sentence, no harm)")
D["claims2", 137] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Meuse, a hunter kills a beater: 'La victime', who was driving the game, 'a été abattue' in the brush -> killed 1-1, figure '' (definite), a hunting accident (DEV accidents), narrator, civils")
D["claims2", 138] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "Death threats against a Figaro journalist, among them one recalling the Kouachi brothers, during the trial on the January 2015 attacks and 'la tuerie de Charlie Hebdo' -> killed 1-open, figure '' (a noun naming the killing as fact, set 12's 'la tuerie de Charlie Hebdo' row), narrator, journalists and police officers together -> unknown (eleventh/fourteenth-set mixed-toll call); the threats are no claim, 'les attentats de janvier 2015' are named with no toll")

# claims2: 45 kept (ranks 1 ... 138); ranks from 139 unread (after the stop)

# ---- numbers2 pool ----
D["numbers2", 0] = N("a new Porsche Macan Turbo of 440 hp: engine figures, no harm")
D["numbers2", 1] = N("Sarkozy's book of 370 pages, written in secret: no harm")
D["numbers2", 2] = N("Chirac's daughter Claude in his team; his memoirs of 2009 on Laurence's illness: a date, illness, no harm")
D["numbers2", 3] = N("a hailstorm on the Var on Sunday 24 June: a date, weather, no harm")
D["numbers2", 4] = N("the BMW M8 Coupé: a V8 of 4.4 litres and 600 hp, 8 gears: engine figures, no harm")
D["numbers2", 5] = N("Zemmour's RTL column of Thursday 22 June upset listeners: a date, no harm")
D["numbers2", 6] = N("the PlayStation 5 at 500 and 400 dollars: prices, no harm")
D["numbers2", 7] = N("Pécresse on 'des centaines de kilomètres' of temporary cycle lanes and mass unemployment: distances, no harm")
D["numbers2", 8] = N("Marine Le Pen's group to vote the 'deux motions de censure': no harm")
D["numbers2", 9] = N("the Wall of Peace taken down from 25 May for about a month, per the City of Paris: a date, a duration, no harm")
D["numbers2", 10] = N("Pénicaud on pay equality within three years, firms of over 250 and 50 staff, 40,000 firms: no harm")
D["numbers2", 11] = N("ski resorts' occupancy: a sample of 240,000 beds, 85%: no harm")
D["numbers2", 12] = N("Griveaux's backers for Paris, an elected member of the 3rd arrondissement: no harm")
D["numbers2", 13] = N("pools' reopening protocol: slots of an hour and a half, four times fewer swimmers, waves of a dozen people: no harm")
D["numbers2", 14] = S("it holds a claim, or at least is no clean no-claim paragraph: the EgyptAir plane 'qui s'est abîmé en mer' with 66 passengers aboard, 15 of them French, 'ce drame' -> all aboard dead, killed 66 and 15 (set 30's Air France Rio-Paris row: a plane lost at sea with N aboard -> killed N)")
D["numbers2", 15] = N("Pécresse on Europe 1 on Sunday 10 May about a Renault plant closed by a court: a date, no harm")

# numbers2: 15 kept (ranks 0-13, 15; rank 14 skipped); ranks from 16 unread (after the stop)
