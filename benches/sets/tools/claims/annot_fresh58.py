"""Hand annotations of the fifty-eighth fresh set, the thirty-third drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 6801; sets 26 to 57 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"Safran"}  # claims2 rank 14: the drone maker's statement (DEV exact-name rule for organisations, as RATP)

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading (Breton puffins threatened with 'disparition', a species' decline: animals, other sense)")
D["claims2", 1] = S("no claim on reading (gendarmes 'tombés sur' a naked young man after a bet: other sense)")
D["claims2", 2] = S("no claim on reading (Batho sues the PS over its rules; 'le bilan du quinquennat': other sense)")
D["claims2", 3] = S("no claim on reading (an actor 'a interpellé' the series' writers: other sense)")
D["claims2", 4] = S("no claim on reading (storm Dennis, a tree 'tombé' on the line blocks a TGV: no one hurt, other sense)")
D["claims2", 5] = S("no claim on reading (Figeac station 'détruite' by a fire of unknown cause: property, no one hurt told)")
D["claims2", 6] = S("no claim on reading (the new bac's 'contrôle continu' tests: other sense)")
D["claims2", 7] = S("no claim on reading (the five charged in the 1 May affair put under 'contrôle judiciaire': judicial, the thirty-first set's call that it alone is no claim)")
D["claims2", 8] = K([C("wounded", "", 0, 0, "narrator", "civils", modality="denied")],
    "RER A near Houilles: an e-cigarette blew up in a train; the incident 'n'a pas fait de blessé' -> wounded 0-0, figure '' (no number word), denied (the 'sans faire de blessés' and 'aucun blessé' rows), narrator, civils; the delays are no harm")
D["claims2", 9] = K([C("killed", "deux", 2, 2, "narrator", "civils"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Montigny-lès-Metz case (the mother of one of the boys died of cancer: natural, title and lede): after Dils was cleared, she and her lawyer go on seeking 'le meurtrier des deux garçonnets' -> killed 2, figure 'deux', the murders stated as fact, narrator, civils; Heaulme, 'soupçonné d'au moins deux meurtres', the suspicion bears on who killed them (seventeenth-set suspicion call), the same two deaths (one fact); Heaulme 'incarcéré depuis 1992' with no sentence told in the paragraph -> captured 1-1, figure '' (named), narrator, unknown (set 43's already-detained call; Abdeslam 'incarcéré depuis' call). Least sure: the captured claim (a reviewer who knows his earlier convictions could call it a prisoner serving a sentence, no claim); the 'non-lieu' is judicial")
D["claims2", 10] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Paris metro, an Israeli student assaulted (title, lede): the young man 'a été arrêté' and held in custody on Wednesday evening for violence on religious grounds -> captured 1-1, figure '' (definite), arrest and custody one fact (eighth-set call), a suspect -> unknown; 'a-t-on précisé' names no source -> narrator (DEV AFP-voice rule, as 'a-t-on appris'). Least sure: the claimant, since the judicial source of the previous paragraph may be meant (source proche du dossier, the 'source judiciaire' rows)")
D["claims2", 11] = K([C("wounded", "Un", 1, 1, "narrator", "civils")],
    "Lyon: 'Un étudiant de 22 ans' was badly burnt ('grièvement brûlé') after trying to set himself on fire in the street -> wounded 1-1, figure 'Un' (DEV indefinite row; 22 is an age), a suicide attempt's burns are wounded (set 30's self-immolation call), narrator (the police is credited in the first sentence only, for when and where), civils; 'la victime' in the next sentence is the same fact from the same source (one claim)")
D["claims2", 12] = S("no claim on reading (Jacline Mouraud's video 'interpelle' Macron: other sense)")
D["claims2", 13] = K([C("wounded", "", 1, 1, "avocat", "civils"),
                      C("captured", "un", 1, 1, "narrator", "unknown")],
    "Louisville, Breonna Taylor (her homicide in title and lede): per the family's lawyer the officers hit the young woman with 'au moins huit balles' -> wounded 1-1, figure '' (definite; the number counts bullets, not victims), the bullet call of the sixth and fifteenth sets (the harm this paragraph states; her death sits in title and lede), avocat, civils; the warrant targeted 'un suspect' who no longer lived there and 'était déjà détenu' -> captured 1-1, figure 'un' (DEV indefinite row), narrator (that sentence has no source), a suspect -> unknown (set 43's already-detained call, no sentence told). Least sure: a reviewer could read the shots as her killing (killed 1-1), or leave out the detained suspect as background")
D["claims2", 14] = K([C("killed", "Aucune", 0, 0, "Safran", "civils", modality="denied"),
                      C("materiel", "", 1, 1, "Safran", "unknown")],
    "Istres, a military Patroller drone crashed on an acceptance flight: 'Aucune victime n'est à déplorer', says the industrial group (named Safran elsewhere in the article), confirming La Provence -> killed 0-0, figure 'Aucune', denied (the DEV 'aucune victime' row, killed as set 55's metro derailment), civils; the zone where the machine 's'est écrasé', in the same quote -> materiel 1-1, figure '' (definite), a military drone lost (set 24's test drone destroyed), owner unknown; the group -> added exact name Safran (DEV organisation rule, as RATP; an outlet yields to the source it confirms). Least sure: the materiel claim (a reviewer could read the crash as the circumstance only), and the name, checked by a count of 'Safran' in the article's paragraphs, not read")
D["claims2", 15] = S("no claim on reading (a seal found headless in Finistère, 'pas été décapité' per the stranding network: animals)")
D["claims2", 16] = K([C("killed", "", 1, 1, "proche de victime", "civils"),
                      C("killed", "", 1, 1, "assaillant", "civils"),
                      C("hostage", "", 1, 1, "proche de victime", "civils", modality="uncertain")],
    "Maëlys: the family is sure 'la mort de l'enfant' was premeditated, and the father, quoted, repeats 'la mort de Maëlys' -> killed 1-1, figure '' (named), the family's belief and the father's words one source -> proche de victime, civils; inside the father's quote Lelandais says her death was only an accident -> killed 1-1, the innermost speaker, the suspect on his own case -> assaillant (twenty-sixth-set call, as the earlier Lelandais 'par accident' row; his account bears on how, not whether); the parents 'convaincus' that he abducted ('a enlevé') their daughter, the father's 'On n'enlève pas une enfant' -> hostage 1-1, proche de victime, uncertain (set 56's Maddie call for parents convinced of an abduction). Least sure: the assaillant claim (a reviewer could fold his account into the father's words), and the modality of the abduction (a reviewer could write asserted)")
D["claims2", 17] = S("no claim on reading (a Seveso plant near Rouen stopped after a 'perte d'alimentation électrique'; the Lubrizol 'accident' named with no toll)")
D["claims2", 18] = S("no claim on reading (police officers' march, 22,000 marchers per the unions, 'tous corps': other sense; the police suicides and the 2001 murder are in the lede and the previous paragraph only)")
D["claims2", 19] = S("no claim on reading (a baby gorilla dead at a zoo, the vet rules out a will 'de tuer': animals)")
D["claims2", 20] = S("no claim on reading (Sarkozy on defeat, life that 's'arrête' and 'Crime et châtiment': other senses)")
D["claims2", 21] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Condé-sur-Marne, a tiler who fell several metres while working on his house: a fractured skull and jaw, broken ribs, three weeks in a coma -> wounded 1-1, figure '' (named), a wound described without 'blessé' (fifteenth-set call; set 57's broken arm), an accidental injury (DEV accidents), narrator (his quoted words are on surviving, the facts are the narration's), civils")
D["claims2", 22] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "UN Human Rights Council: the previous urgent debate, on racism and police violence 'après la mort de George Floyd' -> killed 1-1, figure '' (named), a death at the hands of the police (twenty-sixth-set call; police violence named in the same sentence), narrator, civils")
D["claims2", 23] = S("no claim on reading (Paul the octopus 'est mort': animals)")
D["claims2", 24] = S("no claim on reading (Duflot's account of Baupin's advance, 'arrête !' and a kick to his shin: other sense, a sexual offence alleged, no wound word)")
D["claims2", 25] = S("no claim on reading (the Supreme Court 'Saisie' in 2014: other sense)")
D["claims2", 26] = S("no claim on reading (Mycenae, minimal fire damage per the culture minister: property, no one hurt)")
D["claims2", 27] = S("no claim on reading (Gisèle Halimi 'décédée', 'disparue cet été', a national tribute: natural death)")
D["claims2", 28] = S("no claim on reading (Sonia Rolland 'victime collatérale' of a burglary of Miss France dresses: property, figurative)")
D["claims2", 29] = S("no claim on reading (Enrico Macias and others 'victimes' of a bank's fraudulent dealings: fraud, judicial)")
D["claims2", 30] = S("no claim on reading (the school-year allowance's income ceilings, 'Exécutée' under the recovery plan: other sense)")
D["claims2", 31] = S("no claim on reading (Darmanin: the appeal court orders 'la reprise des investigations' into rape accusations: other sense, a sexual offence alleged, judicial)")
D["claims2", 32] = K([C("wounded", "un", 1, 1, "gouvernement français", "civils")],
    "Allier: a former MP stands trial at the assizes 'pour avoir grièvement blessé' an innkeeper in 2016, who survived -> wounded 1-1, figure 'un' (DEV indefinite row), a trial's charge naming the wound -> gouvernement français (session-5 charge call, as set 56's Fiona trial and set 57's Baumettes charge), civils; the innkeeper 'qui avait miraculeusement survécu' adds no wound word (one claim). Least sure: a reviewer could give the whole sentence to the narrator")
D["claims2", 33] = S("no claim on reading (Emmanuel Maubert carried off by a heart attack: natural death)")
D["claims2", 34] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Lelandais heard by the Grenoble judges, who wanted answers on the circumstances 'de la mort de la petite Maëlys' -> killed 1-1, figure '' (named), the death presupposed in the narration's relative clause, narrator (the judges' wish is the circumstance, no charge is told), civils (as the earlier Maëlys rows); the cousin's presumed sexual assault is a sexual offence; the disappearance is in the previous paragraph only")
D["claims2", 35] = K([C("hostage", "", 1, None, "narrator", "civils")],
    "Charlie trial, the Dammartin printing-works employee hidden for hours: from his hiding place he hears Michel Catalano talk with 'les preneurs d'otages' -> hostage 1-open, figure '' (the agent noun presupposes a hostage taking: sixteenth-set agent-noun call, as the Trèbes and Oise rows), narrator (the narration retells his testimony; only the bits in quotes are his), civils")
D["claims2", 36] = S("no claim on reading (German clubs 'pris en otage' by a broadcaster, per a fans' alliance: figurative)")
D["claims2", 37] = K([C("killed", "", 1, 1, "assaillant", "civils")],
    "Daval case, as Le Point tells the husband's confession: he says he took antidepressants before deciding to get rid of her body ('son corps'), then recounts, quoted, leaving her in a wood, and denies setting fire to 'au corps de sa femme' -> killed 1-1, figure '' (named), a body (DEV body rule) in the killer's own account -> assaillant (the confession call, as the earlier Daval rows); one source, one fact; his thought of killing himself with her is no harm")
D["claims2", 38] = S("no claim on reading (rue de Trévise blast: Castaner after 'un premier bilan' with no figure, praising firefighters who saved a comrade buried under rubble for hours: no wound word, the eighth-set 'bilan' call)")
D["claims2", 39] = S("no claim on reading (the Macrons' neighbours: 'On nous contrôle tout le temps': checks, other sense)")
D["claims2", 40] = S("no claim on reading (Philippe calls Mélenchon president 'à plusieurs reprises': other sense)")
D["claims2", 41] = S("no claim on reading (a swimmer exhausted off Courseulles before an unlikely rescue: a near miss, no harm word)")
D["claims2", 42] = K([C("wounded", "deux", 2, 2, "gouvernement français", "civils")],
    "Agde, youths refused entry to a fast-food restaurant for not wearing masks attack two employees: the medical examination 'des deux victimes' set five days of ITT for each, the prosecutor said -> wounded 2, figure 'deux', the injury-certificate call of set 25 (living 'victimes' of an assault with an ITT), the prosecutor -> gouvernement français, civils; the jailing of the five is in the lede only")
D["claims2", 43] = K([C("captured", "", 0, 0, "narrator", "unknown", modality="denied")],
    "Paris, a video of a person on the ground kicked and hit with batons by two police officers: no wound word (beatings call); the officers leave 'sans procéder à son arrestation' -> captured 0-0, figure '' (no number word), denied (set 50's 'pas été interpellés' and the seventeenth set's 'aucune interpellation' call), narrator, a protester -> unknown (as those zero rows). Least sure: a reviewer could call the absence of an arrest of a victim no claim (set 24's 'pas été interpellées' call)")
D["claims2", 44] = S("no claim on reading (Balkany's offshore accounts, charged for corruption: judicial; his father 'déporté à Auschwitz': a deportation, no harm word, as the 'rescapée d'Auschwitz' skip; the camp stock 'détruisant': property)")
D["claims2", 45] = K([C("missing", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils")],
    "London, Laureline Garcia-Bertaux (strangled, title): 'La victime', a Frenchwoman of 34, had not come to work and 'sa disparition' was reported; on Wednesday 'son corps' was found buried in her garden -> missing 1-1 and killed 1-1, figure '' (named), the disappearance stays a claim beside the death (twenty-sixth-set call, as the Maëlys rows), a body found (DEV body rule), 'La victime' the same death (one fact), narrator (Scotland Yard speaks in the previous paragraph only), civils")
D["claims2", 46] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                      C("captured", "", 1, 1, "narrator", "unknown")],
    "Benalla's scout photos: the audio published by Mediapart had earned Benalla and Crase to be 'placés en détention provisoire' in February, before their release a week later -> two named persons with no total, one claim each (seventeenth-set call for named suspects in pretrial detention): captured 1-1 and captured 1-1, figure '', pretrial detention and release one custody each (release call), narrator, suspects -> unknown; the charges and 'contrôle judiciaire' are judicial")
D["claims2", 47] = K([C("wounded", "Plusieurs", 2, None, "narrator", "civils")],
    "Oise, a train hits a car at a level crossing (the death in the title only): besides the daily's quote on the car dragged under the train, 'Plusieurs autres blessés légers sont à déplorer', among them passengers shocked by exploding windows -> wounded 2-open, figure 'Plusieurs' (DEV 'plusieurs' row), an accident (DEV), narrator (the sentence has no source), civils; two people in 'urgence relative' per the firefighters carry no wound word (eighth-set hospital-condition call); the car is a civil vehicle (no materiel)")
D["claims2", 48] = S("no claim on reading (the RN's debts after 'la saisie' of 2 million euros of public aid: a sum, other sense; 'disparaître' figurative)")
D["claims2", 49] = S("no claim on reading (an Ehpad resident's death: after the autopsy of 'du corps' doctors lean to a natural death over the criminal lead: natural death, as set 56's 'retrouvée morte' call)")
D["claims2", 50] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Redoine Faïd's escape: his brother, with him in the visiting room when an armed commando burst into Réau prison, was held ('garde à vue') and then let go -> captured 1-1, figure '' (definite), custody and release one fact, narrator, a person held in an inquiry -> unknown (arrested suspects call); Faïd 'le détenu' is an inmate (set 57's inmate call: no captured claim); the escape is no harm type")
D["claims2", 51] = K([C("killed", "", 1, None, "média", "civils"),
                      C("killed", "", 1, 1, "média", "unknown", modality="uncertain")],
    "Dupont de Ligonnès: per a journalist who long investigated the case (lede), 'le meurtrier' would have ('aurait') taken his own life in April 2011 -> the agent noun presupposes the killings (eleventh-set 'le tueur' call): killed 1-open, figure '' (his family, not counted here), civils; the suicide in the conditional -> killed 1-1, uncertain (suicides are killed, tenth/eighteenth-set calls; conditional -> uncertain), a killer -> unknown (as a hostage-taker found dead); the whole sentence under 'Selon lui', a journalist -> média. Least sure: the claimant (a reviewer could write expert for an investigator's theory, or give the agent noun to the narrator)")
D["claims2", 52] = K([C("killed", "Un", 1, 1, "narrator", "civils"),
                      C("captured", "un", 1, 1, "média", "unknown")],
    "Near Toulon: 'Un homme a été tué' during a wild-boar hunt -> killed 1-1, figure 'Un' (DEV indefinite row), a hunting death with its cause to be found (an accident or a shot, DEV accidental deaths), narrator, civils; per Le Parisien a hunter ('un chasseur') was briefly held in custody -> captured 1-1, figure 'un', the sentence under the daily -> média, a suspect -> unknown")
D["claims2", 53] = S("no claim on reading (the White House recalls Bush's pitch after 'les attentats du 11-septembre': a named attack with no toll)")
D["claims2", 54] = S("no claim on reading (storms: trees fallen, roofs damaged, walls collapsed, cables 'tombés' in a canal: property, no one hurt; 'pas de victime' is in the title only)")
D["claims2", 55] = K([C("killed", "un", 1, 1, "narrator", "unknown")],
    "Bergerac: 'Le corps d'un homme' aged 35 was found by the SMUR on Sunday -> killed 1-1, figure 'un' (DEV indefinite row; 35 is an age), a body found (DEV body rule; the stabbing in a brawl is in the title), narrator, an unnamed man -> unknown (DEV unidentified body, as set 57's Thonon row); the arrests are in the lede only, conditional")
D["claims2", 56] = S("no claim on reading (Claude Goasguen 'décédé d'un arrêt cardiaque': natural death)")
D["claims2", 57] = S("no claim on reading (Estrosi's mask 'arrêté': a decree, other sense)")
D["claims2", 58] = S("no claim on reading (anti-Bouteflika protesters chant 'Pouvoir assassin': a slogan, figurative)")
D["claims2", 59] = S("no claim on reading (Benalla and Crase questioned, no prosecution; false testimony punishable by prison: judicial, no custody told)")
D["claims2", 60] = S("no claim on reading (an actress's former TV roles of women 'victimes de trafic': fiction)")
D["claims2", 61] = S("no claim on reading (Lyon trams hit by malicious acts, traffic 'a repris': other sense, no one hurt)")
D["claims2", 62] = S("no claim on reading (Pantanal volunteers seeking 'animaux blessés': animals)")
D["claims2", 63] = S("no claim on reading (Cabaye seen with his new partner 'à plusieurs reprises': other sense)")
D["claims2", 64] = S("no claim on reading (the domestic-violence law: a protection order bars the author from owning ('détenir') a weapon: other sense, judicial)")
D["claims2", 65] = K([C("missing", "72.000", 72000, 72000, "narrator", "unknown")],
    "Macron and May at the Thiepval memorial, which bears the names of '72.000' British and South African soldiers 'portés disparus' in the Somme in 1914-1918 -> missing 72000, figure '72.000', narrator, war dead of foreign armies -> unknown (set 54's Seoul memorial and set 39's First World War calls: soldiers outside the Sahel forces). Least sure: a reviewer could read the names on a memorial as a label with no harm told (the earlier memorial skips)")
D["claims2", 66] = S("no claim on reading (Maurice the rooster's 'mort' of disease: animals)")
D["claims2", 67] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Pantin: on 23 September 'le corps de Christine Renon', a nursery-school head, was found in the school's hall -> killed 1-1, figure '' (named), a body found (DEV body rule), her suicide in the title and lede (suicides are killed, tenth/eighteenth-set calls; set 54's death named with its cause in the title), narrator, civils; the rally and strike notice are no harm")
D["claims2", 68] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Lyon, a blind woman defrauded of 75,000 euros: her brother, 20, allegedly opened a savings plan in her name; 'La police l'a interpellé' at home on 17 August -> captured 1-1, figure '' (a pronoun), narrator (the investigators are credited with the fraud only), a suspect -> unknown; the fraud is property")
D["claims2", 69] = S("no claim on reading (Dépakine compensation, the head of a victims' association ('aide aux victimes'): generic victims, a drug's side effects)")
D["claims2", 70] = S("no claim on reading (antisemitic tags in Marseille, 'certaines victimes' were shopkeepers whose shutters were tagged: property, generic victims)")
D["claims2", 71] = S("no claim on reading (Macron 'Interpellé' by locals: other sense)")
D["claims2", 72] = S("no claim on reading (the New Year speech's length near the record 'détenu' by de Gaulle: other sense)")
D["claims2", 73] = S("no claim on reading (Sophie Favier 'tombée sous le charme': other sense)")
D["claims2", 74] = S("no claim on reading (Belloubet on prison types by the dangerousness of 'détenus': generic inmates, judicial)")
D["claims2", 75] = S("no claim on reading (Benalla's cash refunds and the 'commission de contrôle': other sense)")
D["claims2", 76] = K([C("captured", "", 1, 1, "gouvernement suédois", "civils")],
    "Gui Minhai, a Swedish publisher jailed in China (title, lede): Sweden denied China's account of his nationality and 'a demandé sa libération' -> captured 1-1, figure '' (named), a call for release presupposes detention, claimant the caller (second-set calls-for-release rule) -> gouvernement suédois (earlier name), a foreigner held in China -> civils (set 56's Canadians in China); no sentence is told in the paragraph (set 43's already-detained call). A reviewer could read him as a convict (no claim)")
D["claims2", 77] = K([C("captured", "", 2, 2, "média", "unknown")],
    "Florent Pagny's stolen Porsche: per Le Parisien 'ils ont été arrêtés' on 28 March by the Versailles gendarmerie's research section -> captured 2-2, figure '' ('ils' standing for the two suspects of the lede, fifth-set pronoun call), the sentence under the daily -> média, suspects -> unknown")
D["claims2", 78] = S("no claim on reading (NGOs against the number of wolves that may be 'abattus': animals)")
D["claims2", 79] = S("no claim on reading (twenty years since Princess Diana 'est décédée', a 'mort soudaine et tragique' with no cause told in the paragraph or title: a death with no cause told, as the natural-death skips)")
D["claims2", 80] = S("no claim on reading (Trump's 'gardes du corps', Russia said to hold ('détient') videos: other senses)")
D["claims2", 81] = S("no claim on reading (dogs used as shark bait revealed 'à deux reprises' and followed by convictions: animals, judicial)")
D["claims2", 82] = S("no claim on reading (Warsaw zoo elephants, animals 'en captivité': animals)")
D["claims2", 83] = K([C("killed", "onze", 11, 11, "narrator", "civils")],
    "India: a gas leak at a polystyrene plant caused on Thursday 'la mort de onze personnes' -> killed 11, figure 'onze', an industrial accident (DEV accidental deaths), narrator, civils; the thousand 'affecté' are affected people (DEV: no claim type) and people lying unconscious carry no wound word")
D["claims2", 84] = S("no claim on reading (the 3919 helpline for 'victimes de violences conjugales': generic victims)")
D["claims2", 85] = S("no claim on reading (an actor's suspended prison term for indecent exposure: judicial, a sexual offence)")
D["claims2", 86] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Houston, George Floyd's coffin: his death is the latest of 'une longue série' of deaths of black men, mostly unarmed, 'tués par des policiers', such as Eric Garner 'mort asphyxié' by a white officer in 2014 -> killed 1-open, figure '' (a plural with no number word), deaths at police hands (twenty-sixth-set call), narrator, civils; Floyd and Garner are named persons inside that group (DEV rule, as set 55's bus-crash driver inside 'Toutes les victimes'). Least sure: a reviewer could add killed 1-1 for Floyd and for Garner (each in a clause of his own)")
D["claims2", 87] = S("no claim on reading (Kate Middleton 'a repris du service': other sense)")
D["claims2", 88] = S("no claim on reading (nitrous oxide: Soissons bans sale to and 'détention' by minors: other sense, no harm told)")
D["claims2", 89] = K([C("wounded", "", 2, None, "média", "civils", modality="uncertain")],
    "Issy-les-Moulineaux, two trams collide, per BFM TV; one 'aurait déraillé', but only 'quelques blessés légers', in the conditional -> wounded 2-open, figure '' (set 30's 'quelques blessés' call: the 'plusieurs' row, a word build.py does not parse), conditional -> uncertain, the report carried on in the conditional -> média, an accident (DEV), civils; trams are civil vehicles (no materiel)")
D["claims2", 90] = S("no claim on reading (a five-year-old suspected of sexual assaults on classmates, 'victimes présumées', moved to another school: sexual offences, no custody)")
D["claims2", 91] = K([C("killed", "", 1, 1, "gouvernement français", "unknown")],
    "Douaumont ossuary, bones left with a soldier's tag: an army historical file identifies Eugène Mérat, born 1891, 'tué à Chattancourt' in 1916 -> killed 1-1, figure '' (named), the army's record outside the Sahel operations -> gouvernement français (fourteenth-set call), a First World War soldier -> unknown (set 39's and the fourth-set calls for soldiers outside the Sahel forces); the bones ('ossements') are the same death, and the medical examiner's and prosecutor's words bear on identity and age only")
D["claims2", 92] = S("no claim on reading (Johnny Hallyday's wine sells out since 'la mort du rockeur': natural death)")
D["claims2", 93] = S("no claim on reading (a Villepinte inmate ('détenu') films the heat in his cell: prison conditions; an inmate, set 57's call, no captured claim)")
D["claims2", 94] = S("no claim on reading (158 wild boars 'tuées' in a hunt, some left 'blessées': animals)")
D["claims2", 95] = S("no claim on reading (Schiappa on a joke about 'femmes victimes de violences conjugales': generic victims)")
D["claims2", 96] = S("not kept: it shares a 10-word run with kept claims2 rank 22 (a stock phrase on protests against racism and police violence after George Floyd's death), the rule that no two kept paragraphs share one (third-set near-copy rule, checked by build.py); on reading it would hold killed 1-1, narrator, civils (Floyd 'asphyxié par un policier blanc')")
D["claims2", 97] = S("no claim on reading (an MP: policy must be put 'à exécution', 'reprendre la main': other senses)")
D["claims2", 98] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Philippe on police violence, amid emotion 'après la mort de George Floyd' -> killed 1-1, figure '' (named), a death at police hands (twenty-sixth-set call; police violence in the same sentence), narrator (only 'très grande' is Philippe's word), civils; the Adama Traoré 'affaire' is named with no harm word")
D["claims2", 99] = S("no claim on reading (Laeticia Hallyday searched on Google since 'la mort de son mari': natural death)")
D["claims2", 100] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                       C("wounded", "", 1, 1, "narrator", "unknown")],
    "Tourcoing, a drunk driver drags a police officer (title, lede): after a chase the driver 'a finalement été interpellé', pulled out of his car, then 'placé en garde à vue' -> captured 1-1, figure '' (definite), arrest and custody one fact (eighth-set call), a suspect -> unknown; 'Le policier blessé à l'œil' taken to hospital -> wounded 1-1, figure '' (definite), a police officer -> unknown (sixth-set call); both narrator (La Voix du Nord is credited in the lede and previous paragraph only)")
D["claims2", 101] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Verdun-sur-Garonne, a municipal councillor found naked and bloodied (title, lede): 'Blessé superficiellement', he had several cuts on his body -> wounded 1-1, figure '' (a pronoun, the man of the lede), narrator (La Dépêche is credited in the lede only), civils")
D["claims2", 102] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Saint-Ouen, a white march for Djadje Traoré, the pupil stabbed (title, lede): 'le grand frère de la victime' speaks of shock -> killed 1-1, figure '' (definite), 'la victime' dead in the story (DEV; 'la fille de la victime' call), the apposition -> narrator (his quoted words carry no harm word), civils")
D["claims2", 103] = S("no claim on reading (a Botero bronze stolen from a gallery, the BRB 'saisie' of the case: property, other sense)")
D["claims2", 104] = S("no claim on reading (a Russian reality show whose rules would allow candidates 'de tuer et de violer': fiction, a plan)")
D["claims2", 105] = S("no claim on reading (US federal executions: federal courts may be 'saisis' of attacks and racist crimes: judicial, other sense, generic)")
D["claims2", 106] = S("no claim on reading (an old lady of 86, 'la victime', 'décédée chez elle': no doctor came to certify the death: natural death)")
D["claims2", 107] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "'Drame' on the set of The Walking Dead (title): 'Hollywood endeuillé', the cast mourns ('pleure') one of its stuntmen -> killed 1-1, figure '' ('l'un de ses', the earlier 'l'un d'eux' calls), the fourth/fifth-set mourning calls ('endeuillé' -> killed, 1-1 for one person), a death during a shoot read as an accident (DEV), narrator, civils. Least sure: a reviewer could ask for the cause in the paragraph (the natural-death skips)")
D["claims2", 108] = S("no claim on reading (an armoured BMW for clients exposed to attacks and 'enlèvements': generic, no event)")
D["claims2", 109] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Marine Lorphelin after the knife attack on her partner (title, lede): she then welcomes 'l'arrestation de leur agresseur' by the Lyon police -> captured 1-1, figure '' (definite), the arrest told in the narration's sentence (a reported reaction stays the narrator's, as the reported-tribute call), a suspect -> unknown; 'ont été agressés' carries no wound word (beatings call; her partner's recovery is in the previous paragraph). Least sure: a reviewer could credit her post (personnalité)")
D["claims2", 110] = S("no claim on reading (the new 'contrôle technique' of cars: other sense)")
D["claims2", 111] = S("no claim on reading (Eddy Mitchell on Johnny Hallyday's cancer; rumours 'ont annoncé sa mort', unfounded: disease, no harm)")
D["claims2", 112] = S("no claim on reading (the reboot craze 'ne s'arrête plus': other sense)")
D["claims2", 113] = S("no claim on reading (the 'téléphone grave danger' lets 'la victime' call for help: generic victims)")
D["claims2", 114] = S("no claim on reading (Hop! staff protest against job cuts and 'la mort de la compagnie': figurative)")
D["claims2", 115] = K([C("wounded", "deux", 2, 2, "gouvernement français", "unknown"),
                       C("captured", "", 1, None, "gouvernement français", "unknown")],
    "Urrugne, clashes near an anti-G7 camp: per the prefecture 'les deux policiers ont été légèrement blessés' by a firework mortar -> wounded 2, figure 'deux', the prefecture -> gouvernement français, police -> unknown (sixth-set call); 'Les personnes interpellées' were held for covering their faces and unlawful assembly, per 'la même source', then put in custody -> captured 1-open, figure '' (plural with no number word; the seventeen are in the previous paragraph), arrest and custody one fact, gouvernement français, arrested protesters in a democracy -> unknown (set 43's call); the prefecture 'n'a pas fait état de blessés' among protesters -> no claim (an absence of report, not a stated zero; a reviewer could write wounded 0-0 denied)")
D["claims2", 116] = S("no claim on reading (the State ordered to compensate drivers, already convicted 'à plusieurs reprises': other sense, judicial)")
D["claims2", 117] = K([C("captured", "", 1, 1, "source proche du dossier", "unknown")],
    "Finistère anti-terror sweep: 'Ce suspect' had been 'interpellé' the day after the 13 November 2015 attacks for miming an automatic-weapon shot at a police patrol, 'a précisé cette source' (a source close to the inquiry) -> captured 1-1, figure '' (a demonstrative), source proche du dossier (earlier kind for sources close to the inquiry), a suspect -> unknown; his suspended sentence and the cash and images found are judicial and evidence; the 2015 attacks are named with no toll")
D["claims2", 118] = K([C("killed", "", 1, 1, "narrator", "civils"),
                       C("captured", "", 1, 1, "source proche du dossier", "unknown")],
    "Haute-Vienne, an 83-year-old woman's dismembered body in a freezer (title, lede, previous paragraph): 'Le petit-fils de la victime' has been 'interpellé', from the same source close to the inquiry -> captured 1-1, figure '' (definite), source proche du dossier, a suspect -> unknown; 'la victime' dead in the story (DEV; 'la fille de la victime' call) -> killed 1-1, figure '' (definite), the label inside a noun phrase stays the narrator's (adjunct call, as set 57's Baumettes 'de la victime' row), civils; the prosecution's silence is no claim. Least sure: the killed claim's claimant (a reviewer could put the whole sentence under the source)")
D["claims2", 119] = K([C("wounded", "deux", 2, 2, "narrator", "unknown"),
                       C("wounded", "deux", 2, 2, "narrator", "unknown"),
                       C("wounded", "", 1, 1, "narrator", "unknown"),
                       C("captured", "", 1, 1, "narrator", "unknown"),
                       C("killed", "", 1, 1, "gouvernement allemand", "unknown")],
    "Bavaria, a 'Reichsbürger' opens fire on police who came to seize his weapons: he hit 'deux par balles' (bullet call -> wounded 2) and 'deux autres' were hurt ('blessés') later during the arrest -> wounded 2, two listed groups with no total in the paragraph (DEV no-total rule; the four of the lede are outside it), figure 'deux' each; 'Lui-même légèrement blessé' -> wounded 1-1, figure '' (a pronoun); 'le suspect a été arrêté' -> captured 1-1, figure '' (definite); all narrator (the press is credited only with calling him a 'marginal'), police officers and an attacker -> unknown (sixth-set calls); he is to be prosecuted for 'meurtre aggravé' -> killed 1-1 (the officer who died, lede), a charge naming the death (session-5 charge call), German justice -> gouvernement allemand (earlier name; state pattern). Least sure: the charge claim, since the prosecution is only expected ('devrait être poursuivi')")
D["claims2", 120] = S("no claim on reading (Darmanin after 'la reprise des investigations' into a rape accusation: other sense, judicial)")
D["claims2", 121] = S("no claim on reading (Abba reunite: time 'resté arrêté': other sense)")
D["claims2", 122] = S("no claim on reading (a snake in a tree outside a DIY store, caught by firefighters: animals)")
D["claims2", 123] = S("no claim on reading (a baby 'victime d'une défaillance cardiaque' needs a new heart: disease)")
D["claims2", 124] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                       C("missing", "", 1, 1, "narrator", "civils"),
                       C("killed", "", 1, 1, "narrator", "civils"),
                       C("killed", "", 1, 1, "assaillant", "civils")],
    "Arthur Noyer case: Lelandais 'a été extrait' from the secure hospital unit of Lyon-Corbas prison to be heard -> captured 1-1, figure '' (named), an extraction presupposes that he is held (sixteenth-set extraction call), narrator, a suspect -> unknown; the inquiry into 'la disparition du caporal Arthur Noyer' -> missing 1-1 (twenty-sixth-set disappearance call, kept beside the death), and 'les restes du crâne' found in 2017 -> killed 1-1 (DEV body rule), both narrator, a young soldier off duty -> civils (as the earlier Noyer row); per Le Parisien Lelandais 'a avoué le meurtre du caporal' -> killed 1-1, the killer's confession -> assaillant (confession call; the innermost speaker, as the Christchurch call), a second source. Least sure: the confession's claimant (a reviewer could give the sentence to média, as the whole sentence sits under the daily) and the captured claim")
D["claims2", 125] = S("no claim on reading (Ghosn says he was 'victime' of a handful of people, 'Il s'arrête': figurative, other sense)")
D["claims2", 126] = S("no claim on reading (a US report: African Americans more often 'victimes' of police and prosecutors' abuses in inquiries: generic victims, no event)")
D["claims2", 127] = S("no claim on reading (Philippe hopes the 80 km/h limit cuts road deaths ('morts sur les routes'): a purpose, road deaths with no count or event)")
D["claims2", 128] = K([C("captured", "Un", 1, 1, "source proche du dossier", "unknown")],
    "Perpignan: 'Un homme a été interpellé' on Monday, suspected of a part in shots fired near two schools, learnt 'de source proche de l'enquête' -> captured 1-1, figure 'Un' (DEV indefinite row), source proche du dossier (a named kind of source, unlike 'a-t-on appris' alone), a suspect -> unknown; the shots hit no one told (no harm)")
D["claims2", 129] = S("no claim on reading (car 'contrôle technique' prices: other sense)")
D["claims2", 130] = S("no claim on reading (Joël Robuchon 'est décédé' at 73, per Le Figaro: natural death, no cause told)")
D["claims2", 131] = K([C("killed", "", 1, None, "élu local", "civils")],
    "Oradour-sur-Glane memorial centre tagged: the mayor of Paris, quoted, gives her support 'aux familles des victimes du massacre' of Oradour -> killed 1-open, figure '' (plural with no number; DEV 'le massacre' and 'les victimes' dead in the story; fifth-set quoted-condolences call), a mayor -> élu local, the villagers -> civils; 'village martyr' and the tag's negationism add no claim")


D["claims2", 132] = K([C("wounded", "", 1, None, "ONG", "civils")],
    "Belgium, statues of Leopold II after George Floyd's death (title, lede): an activist, quoted, says the effigies glorify a history that hides 'les viols, les mutilations, le pillage' -> wounded 1-open, figure '' (plural with no number; a mutilation is wounded, sixth-set call, as set 28's protesters' 'mutilations'), Congolese under colonial rule -> civils; the speaker's group is named only outside the screen, so the nearest kind for an activists' association -> ONG (earlier kind). Least sure: the claimant (a reviewer could write personnalité or témoin) and whether a historical indictment is a told event; the rapes are sexual offences, the plunder property; the 10 million dead are in the previous paragraph only")

# claims2: 45 kept (ranks 8 ... 132; rank 96 not kept for a shared 10-word run); ranks from 133 unread (after the stop)

# ---- numbers2 pool ----
D["numbers2", 0] = N("pangolins: scales likened to rhinoceros horn, Mugabe at 92 offered pangolins: an age, animals, no harm")
D["numbers2", 1] = N("Anticor's complaint over Ferrand's property deal, filed on 8 November: a date, judicial, no harm")
D["numbers2", 2] = N("Paris count of homeless people: the 115 helpline, first figures due in a week, full results on 20 March; no harm")
D["numbers2", 3] = N("a supercar's 3.9-litre V12, 166 hp per litre and 178 kg; no harm")
D["numbers2", 4] = N("Fillon's defeat: Copé's '21 avril' of the right and Fenech's 'suicide collectif' (figurative); no harm")
D["numbers2", 5] = N("BMW's Garmisch concept of the 1970 Geneva show and Italian design studios of the 1930s; years, no harm")
D["numbers2", 6] = N("a health-workers' day of action on 16 June during the 'Ségur de la santé' launched on 25 May; dates, no harm")
D["numbers2", 7] = N("the activity bonus: 1.2 million more eligible households; no harm")
D["numbers2", 8] = N("Insee poverty rate 2018: 14.7%, 9.3 million people under the line; no harm")
D["numbers2", 9] = N("Federer past 100 million dollars of endorsement income in a year; no harm")
D["numbers2", 10] = N("an A75 motorway, about 11 pm on 8 April: a couple sees a car on its roof (no one said hurt; the theft of their car is property); no harm")
D["numbers2", 11] = N("a Morgan's cockpit inspired by 1950s aviation, a hard-top styled on 1960s road racers; no harm")
D["numbers2", 12] = N("drought: 53 departments on alert, eight more than the day before; no harm")
D["numbers2", 13] = N("Odoxa poll: Macron down 7 points to 35%, 65% judge him negatively; no harm")
D["numbers2", 14] = N("pension strike: one TGV, Ouigo, Transilien and Intercités train in four running; no harm")

# numbers2: 15 kept (ranks 0-14); ranks from 15 unread (after the stop)
