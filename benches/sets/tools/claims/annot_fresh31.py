"""Hand annotations of the thirty-first fresh set, the sixth drawn from the
second-generation pools (claims2 / numbers2: general news), drawn alone after
the thirtieth set was in benches/sets (seed 4101), and the decision for every
rank read (strictly in draw order). Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"centre de reproduction de Chengdu"}

D = {}

# ---- claims2 pool ----
D["claims2", 0] = K([C("killed", "20", 20, 20, "narrator", "unknown"),
                    C("killed", "", 1, None, "narrator", "unknown")],
    "Ladakh clash between Indian and Chinese troops: 20 dead on the Indian side -> killed 20; an unknown number of 'victimes' in the Chinese ranks (dead, the clash is called deadly) -> killed 1-open (plural without number); the later 'décès des soldats indiens' restates the 20; narrator; soldiers outside the Sahel forces -> unknown (twenty-eighth-set call)")
D["claims2", 1] = K([C("killed", "Trois", 3, 3, "narrator", "civils")],
    "House fire near Marseille: three people (an elderly couple and their son) died -> killed 3; the listed persons are inside the total (DEV subset rule), narrator, civils (accidental deaths, DEV)")
D["claims2", 2] = S("no claim on reading (an actor's son who died of pneumonia years ago: natural death)")
D["claims2", 3] = K([C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Landes floods: the Dax prosecutor's office announced that the man reported missing was found dead in his car -> killed 1-1 (a disappearance said of the dead, sixth-set euphemism call; disaster deaths, DEV), definite, prosecutor -> gouvernement français, civils")
D["claims2", 4] = S("no claim on reading (a call to ban a riot-control weapon; 'dommages collatéraux' as a general risk)")
D["claims2", 5] = K([C("killed", "dix", 10, 10, "source sécuritaire", "civils"),
                    C("wounded", "plus de 1.500", 1501, None, "source sécuritaire", "civils"),
                    C("wounded", "une cinquantaine", 40, 60, "source sécuritaire", "civils"),
                    C("captured", "plus de 5.500", 5501, None, "narrator", "unknown"),
                    C("captured", "plus de 5.000", 5001, None, "narrator", "unknown"),
                    C("wounded", "plus de 1.000", 1001, None, "gouvernement français", "unknown")],
    "'Gilets jaunes' national toll: ten protesters dead and over 1,500 hurt, about fifty badly (subset, DEV 'dont' rule), per police sources -> anonymous police -> source sécuritaire, civils (twenty-seventh-set protest toll call); the police and gendarmerie, in a relative clause (narrator's voice, dense rule), made over 5,500 arrests and over 5,000 custodies -> two captured claims, arrested people -> unknown; the forces themselves report over 1,000 of their own hurt -> wounded, the police -> gouvernement français, officers -> unknown")
D["claims2", 6] = S("no claim on reading (a minister who 'contrôle' guest lists)")
D["claims2", 7] = S("no claim on reading (a typo 'le mort d'ordre' for a watchword)")
D["claims2", 8] = S("no claim on reading (a harassment campaign; 'victimes' of harassment and a book title with 'perte': no harm type)")
D["claims2", 9] = S("no claim on reading (a dancer's death at 96: natural death)")
D["claims2", 10] = S("no claim on reading (an actress's death at 100: natural death)")
D["claims2", 11] = S("no claim on reading (cathedral rose windows not 'détruites': property, no harm)")
D["claims2", 12] = S("no claim on reading (rain that 's'est abattue' on a basin)")
D["claims2", 13] = S("no claim on reading (a singer's son dead of a cocaine overdose, an addiction: my call, like the twenty-eighth set's alcohol deaths, not an accident; a reviewer could count killed 1-1)")
D["claims2", 14] = S("no claim on reading (wastelands 'vouées à la destruction')")
D["claims2", 15] = K([C("killed", "", 1, 1, "proche de victime", "civils")],
    "Georgia jogger (dead, title): per his family and supporters he was the 'victime' of a racist crime -> killed 1-1 (DEV 'les victimes' rule: the victim is dead in the story), the family first named -> proche de victime, civils")
D["claims2", 16] = K([C("wounded", "un", 1, 1, "narrator", "civils")],
    "Wisconsin: a black man badly wounded by several police bullets in the back -> wounded 1-1, figure 'un' (indefinite), narrator, civils (police shootings, twenty-sixth-set call); the officers' suspension is no claim")
D["claims2", 17] = S("no claim on reading (a sculptor's death announced by his brother, no cause told: an obituary, natural death)")
D["claims2", 18] = K([C("killed", "sept", 7, 7, "gouvernement français", "civils")],
    "Fourniret: sentenced to life in 2008 for 'les meurtres de sept jeunes filles' -> killed 7 by gouvernement français (twenty-ninth-set call: a serial killer's conviction for killings), civils; 'deux nouveaux crimes' confessed have no harm word (twenty-sixth-set 'le crime' call)")
D["claims2", 19] = S("no claim on reading (a shipwreck threatened with 'disparition'; the sinking is named with no toll)")
D["claims2", 20] = S("no claim on reading (a boxer's death, an obituary: natural death)")
D["claims2", 21] = K([C("captured", "36", 36, 36, "gouvernement français", "unknown")],
    "PSG victory night: police arrested 36 people for theft and violence, per the prefecture of police -> captured 36, gouvernement français, suspects -> unknown")
D["claims2", 22] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Floyd's death ('la mort') during his arrest by an officer -> killed 1-1, narrator, civils (twenty-sixth-set police deaths call: the arrest is the circumstance, no captured claim); toppled statues are no claim")
D["claims2", 23] = S("no claim on reading (a choice 'pas encore arrêté')")
D["claims2", 24] = S("no claim on reading (an editorial 'repris' by a TV channel)")
D["claims2", 25] = S("no claim on reading (a mayor's 'arrêté' on pesticides)")
D["claims2", 26] = S("no claim on reading (a study's 'bilan' of fake news)")
D["claims2", 27] = S("no claim on reading (lead exposure risk 'éliminé')")
D["claims2", 28] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Nantes: a man died after eating a toxic plant from his garden; which plant caused 'du décès' is unknown -> my call: a poisonous plant eaten by mistake is a domestic accident, killed 1-1 (as the twenty-eighth set's swallowed battery), unlike the twenty-sixth set's bacterial food poisoning (disease); a reviewer could call it no claim. Narrator, civils")
D["claims2", 29] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Alès: firefighters could not revive 'la petite victime', a three-year-old hit by a delivery truck (lede) -> killed 1-1, definite, narrator (the firefighters act, they are not quoted), civils (road accident, DEV)")
D["claims2", 30] = S("no claim on reading (police actions: a 'contrôle' at airports is a check)")
D["claims2", 31] = K([C("captured", "", 1, None, "narrator", "civils"),
                     C("killed", "trois", 3, 3, "narrator", "civils"),
                     C("wounded", "des dizaines", 20, None, "narrator", "civils")],
    "Belarus: the authorities stepped up arrests of politicians, strikers and journalists -> captured 1-open (plural, no number), held by a regime -> civils (twenty-sixth-set Belarus call); the early crackdown made three dead and dozens hurt -> killed 3, wounded 20-open ('des dizaines' row); narrator, protesters -> civils")
D["claims2", 32] = K([C("captured", "Au moins 33", 33, None, "narrator", "civils")],
    "US protests: at least 33 of the journalists targeted were arrested (two named, one released and summoned: inside the count, DEV subset rule) -> captured 33-open, narrator, reporters held by police, not suspects -> civils (as set 30's reporters held in Venezuela)")
D["claims2", 33] = K([C("killed", "", 1, None, "narrator", "civils")],
    "US: many schools 'endeuillées par des fusillades' in recent years -> mourning -> killed 1-open (fourth/fifth-set 'endeuillé' call), narrator, pupils and staff -> civils")
D["claims2", 34] = S("no claim on reading (a singer 'tombé sur' a teacher)")
D["claims2", 35] = S("no claim on reading (a journalist 'blessée' by a politician's mockery: figurative)")
D["claims2", 36] = S("no claim on reading (an actress speaks of her daughter's death, no cause told in the paragraph)")
D["claims2", 37] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Dinard: the boy buried in the sand hole died on the way to hospital -> killed 1-1 (an accident, DEV), narrator; the prosecutor, quoted by a newspaper, calls it an accident with a death inquiry open -> a second source on the death -> killed 1-1, gouvernement français (inquiry call); civils")
D["claims2", 38] = K([C("killed", "", 1, None, "gouvernement français", "unknown"),
                     C("killed", "3", 3, 3, "responsable politique", "unknown"),
                     C("killed", "un", 1, 1, "responsable politique", "unknown")],
    "Paris police HQ attack 2019: the minister and the prosecutor open an inquiry for 'homicides volontaires' on police staff -> killed 1-open (plural, no number), gouvernement français (session-5 inquiry call; the attempted-homicide count is a charge with no outcome, no claim); the RN leader's tweet on the killer who took the lives of 3 officers and one administrative agent -> killed 3 and killed 1 (listed groups, no total), responsable politique; police staff -> unknown (sixth-set police call)")
D["claims2", 39] = K([C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Lille: the homeless mother charged ('mise en examen') with abandonment of a child 'ayant entraîné la mort' -> the judge's charge states the baby's death -> killed 1-1, gouvernement français (session-5 inquiry-charge call), civils; the charge itself is no arrest claim")
D["claims2", 40] = S("no claim on reading (incest victims as a share of a population: a rate, sexual offences, no claim type)")
D["claims2", 41] = S("no claim on reading (a prince's wish to meet a candidate; no harm sense)")
D["claims2", 42] = K([C("killed", "", 1, 1, "avocat", "civils"),
                     C("captured", "", 1, None, "narrator", "unknown")],
    "Chouviat case: the officers' lawyer calls the delivery man's death a terrible drama -> killed 1-1, avocat, civils (death after a police arrest, twenty-sixth-set call); the narrator's insertion between quotes says the officers were heard 'en garde à vue' -> captured 1-open (plural, no number; dense custody rule, as set 29's officers in custody), narrator, suspects -> unknown")
D["claims2", 43] = S("no claim on reading (journalists facing a 'déferlement de violences': no wound stated)")
D["claims2", 44] = S("no claim on reading (jobs 'détruits')")
D["claims2", 45] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "George Floyd: the officers charged over 'la mort' of Floyd appear before a judge -> killed 1-1, narrator, civils (twenty-sixth-set police deaths call)")
D["claims2", 46] = S("no claim on reading (children's fear that parents come home 'blessés': a fear)")
D["claims2", 47] = S("no claim on reading (police 'contrôle' by profiling: a check)")
D["claims2", 48] = S("no claim on reading (an MP's call for more security; the tolls are in the previous paragraph)")
D["claims2", 49] = S("no claim on reading (a mayor's 'arrêté')")
D["claims2", 50] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Mougins: autopsy of 'la victime', whose body was found partly burnt -> a body found is killed (DEV body rule), definite, narrator, civils (one fact restated)")
D["claims2", 51] = S("no claim on reading ('angle mort' of a law)")
D["claims2", 52] = S("no claim on reading (train passengers who narrowly escaped death: no harm)")
D["claims2", 53] = K([C("killed", "", 1, 1, "assaillant", "civils")],
    "Daval case: he confessed to having killed his wife -> killed 1-1, definite, the killer's own confession -> assaillant (twenty-sixth-set call), civils")
D["claims2", 54] = S("no claim on reading (clients 'victimes' of media coverage: figurative)")
D["claims2", 55] = K([C("missing", "", 1, 1, "narrator", "civils"),
                     C("missing", "", 1, 1, "gouvernement français", "civils")],
    "Drôme 2016: a man left home and never came back, no trace found -> missing 1-1, narrator; the gendarmes issued a notice for a worrying disappearance -> a second source, missing 1-1, gouvernement français (as set 30's gendarmerie notice); civils (twenty-sixth-set unsolved disappearance call)")
D["claims2", 56] = S("no claim on reading (a source says the criminal lead is favoured and a squad is in charge ('saisie'); the girl's death is in the lede and the previous paragraph only)")
D["claims2", 57] = S("no claim on reading (an auction house's 'bilan')")
D["claims2", 58] = K([C("killed", "", 121, 121, "gouvernement français", "civils")],
    "121 women victims of domestic violence died in 2018 per an official count -> killed 121, a yearly count (sixteenth-set call), official count -> gouvernement français, civils; the figure is a compound number word that build.py does not parse, so it is left '' with the exact range (as the twenty-seventh set's 'la dizaine'; no tool changed)")
D["claims2", 59] = S("no claim on reading (stolen consoles 'saisies' in a search: goods, not a party's equipment, ninth-set call)")
D["claims2", 60] = S("no claim on reading (an activist placed under 'contrôle judiciaire' only, eighth-set call; his release is in the title)")
D["claims2", 61] = S("no claim on reading (a politician 'interpelle' men; sexual 'agressions' witnessed: no claim type)")
D["claims2", 62] = K([C("wounded", "", 1, 1, "narrator", "unknown")],
    "Paris bank robbery: anti-crime officers open fire and the robber 'est blessé' in the chest and thigh -> wounded 1-1, definite, narrator, an attacker -> unknown; his threat to kill is no claim; the arrest is in the lede only")
D["claims2", 63] = K([C("captured", "six", 6, 6, "source proche du dossier", "unknown")],
    "Fake police officers: the six suspects were arrested near Paris then moved to Mulhouse, per 'la même source' (a source close to the case, previous paragraph) -> captured 6, source proche du dossier, suspects -> unknown; three charged is no claim")
D["claims2", 64] = K([C("killed", "un", 1, 1, "média", "unknown")],
    "London: the body of a man, probably a stowaway fallen from a plane's landing gear, found in a garden, per the British press -> a body found is killed (DEV body rule), figure 'un' (indefinite), média, unidentified -> unknown (DEV)")
D["claims2", 65] = K([C("killed", "un", 1, 1, "narrator", "civils"),
                     C("wounded", "huit", 8, 8, "narrator", "civils"),
                     C("wounded", "trois", 3, 3, "narrator", "civils")],
    "Villeurbanne knife attack: the suspect killed a young man and wounded eight others, three more seriously -> killed 1 (figure 'un'), wounded 8 and the subset 3 (DEV 'dont' rule), narrator, passers-by -> civils")
D["claims2", 66] = K([C("killed", "108", 108, 108, "narrator", "civils"),
                     C("killed", "43", 43, 43, "narrator", "civils")],
    "Road safety figures for August: 108 car drivers and 43 motorcyclists killed -> a monthly count of accidental deaths (yearly-count calls, sixteenth and twenty-sixth sets) -> killed 108 and 43 (listed groups), figures of the road-safety agency told by the narrator (the attribution is in the lede), civils")
D["claims2", 67] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Paul Walker lost his life in a car accident in 2013 -> killed 1-1 (an accident, DEV), narrator, civils")
D["claims2", 68] = S("no claim on reading (a dog killed by another dog: animals)")
D["claims2", 69] = K([C("killed", "", 1, 1, "personnalité", "civils")],
    "A TV writer's poem to Mireille Knoll (stabbed to death, lede): 'La mort vous attendait' in the madness of killers -> my call: a tribute in verse that tells her killing with a harm word -> killed 1-1, the writer (previous paragraph) -> personnalité (fifteenth-set kind), civils; the pogroms and 'crimes' she escaped are poetic background, no claim. A reviewer could call the verse no claim")
D["claims2", 70] = S("no claim on reading ('sans perte de salaire')")
D["claims2", 71] = S("no claim on reading (an actress's sister who died in 2013: natural death)")
D["claims2", 72] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, None, "narrator", "civils")],
    "Banksy: a work about 'la mort de George Floyd' -> killed 1-1 (twenty-sixth-set police deaths call); a tribute 'aux victimes des attentats de 2015' -> killed 1-open (eighth-set reported-tribute call, DEV 'les victimes'); narrator, civils")
D["claims2", 73] = K([C("killed", "10", 10, 10, "source gouvernementale", "civils")],
    "Saint Petersburg metro blast: per first information, 10 people killed, said a source inside the Russian emergencies ministry to Interfax -> killed 10, an unnamed ministry source -> source gouvernementale (dense kind), civils; an early toll stated as fact -> asserted")
D["claims2", 74] = S("no claim on reading (an election date not 'arrêtée')")
D["claims2", 75] = S("no claim on reading (a firm 'amputée' of staff: figurative)")
D["claims2", 76] = S("no claim on reading (sports clubs ready for a 'reprise')")
D["claims2", 77] = S("no claim on reading (a conference said to be 'morte': figurative)")
D["claims2", 78] = S("no claim on reading (a politician 'blessée' by her removal: figurative)")
D["claims2", 79] = S("no claim on reading (complaints for death threats: threats are no claim)")
D["claims2", 80] = S("no claim on reading (the 'disparition' of special pension schemes)")
D["claims2", 81] = K([C("killed", "deux", 2, 2, "narrator", "civils")],
    "Orne farmhouse fire: the rescuers found the lifeless bodies of two teenagers -> killed 2 (an accident, DEV; bodies found), narrator (the firefighters act, they are not quoted), civils")
D["claims2", 82] = S("no claim on reading (fear that 'détruit' everything, in a film review: figurative)")
D["claims2", 83] = S("no claim on reading (hair given to 'victimes du cancer': illness)")
D["claims2", 84] = S("no claim on reading (a car 'contrôle technique')")
D["claims2", 85] = K([C("killed", "", 2, 2, "gouvernement français", "civils")],
    "Haiti: a French couple shot dead in Port-au-Prince, said an official of the French embassy -> killed 2 ('Un couple' is two people; not a number expression build.py parses, so figure '' with 2-2), an embassy official -> gouvernement français, civils; 'ces meurtres' restates it")
D["claims2", 86] = K([C("missing", "", 1, None, "média", "civils"),
                     C("killed", "", 1, None, "média", "civils")],
    "Lelandais: a newspaper reveals a list of 40 unsolved cases of disappearances or deaths studied by investigators -> the 40 mix the two kinds with no split, so each kind is a plural without number -> missing 1-open and killed 1-open (my call; twenty-seventh-set call on unsolved disappearances a suspect may be linked to: the link is uncertain, the cases are not -> asserted), média, civils; the opening question about more victims is no claim")
D["claims2", 87] = S("no claim on reading (diplomatic passports returned; no harm sense)")
D["claims2", 88] = S("no claim on reading (a witness's cry that a beaten officer was about to be killed: a fear; the beating is told in the previous paragraph)")
D["claims2", 89] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Cities banned police practices 'depuis la mort de George Floyd' -> killed 1-1, narrator, civils (twenty-sixth-set police deaths call)")
D["claims2", 90] = S("no claim on reading (a unionist 'l'a interpellé' = hailed)")
D["claims2", 91] = K([C("wounded", "", 1, 1, "avocat", "unknown")],
    "Rennes prison: a lawyer's complaint says guards escorting a detainee twisted his shoulder, an injury worth ten days of ITT -> wounded 1-1 (an injury described without 'blessé', fifteenth-set call), definite, the lawyer -> avocat; the act is conditional but the injury is stated -> asserted; a detainee -> unknown (twenty-ninth-set detainees)")
D["claims2", 92] = S("no claim on reading (a WWI soldier shot 'pour l'exemple' after a court-martial: an execution, judicial, as the twenty-eighth set's execution)")
D["claims2", 93] = K([C("wounded", "20", 20, 20, "narrator", "civils")],
    "TGV derailment near Strasbourg: 20 other injured in 'urgence relative' -> wounded 20 (the driver is in the lede), narrator, passengers -> civils")
D["claims2", 94] = S("no claim on reading (a former president's death, mourned by an actress: natural death)")
D["claims2", 95] = K([C("captured", "", 1, 1, "gouvernement chinois", "civils")],
    "Hong Kong: China's liaison office welcomed 'cette arrestation' of the press tycoon -> captured 1-1, definite; the subject of the saying verb -> gouvernement chinois (twenty-sixth-set name; dense claimant rule), held by a regime -> civils (twenty-sixth-set Belarus call)")
D["claims2", 96] = S("no claim on reading (burglars 'se sont emparés' of a screen and a fake chest: theft of property)")
D["claims2", 97] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Brussels: 'les attentats qui ont ensanglanté Bruxelles' in March 2016 -> killed 1-open (twelfth-set 'sanglant' call, as the 'ensanglanté Paris ou Bruxelles' row), narrator, civils; a car with gas bottles found is no harm")
D["claims2", 98] = K([C("killed", "deux", 2, 2, "responsable politique", "unknown")],
    "Magnanville: an MP's tweet on 'deux policiers lâchement assassinés' -> killed 2, a national MP not in government -> responsable politique, police officers -> unknown (sixth-set police call)")
D["claims2", 99] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Toulouse jogger 2011: she did not come back and her body was found weeks later with her skull crushed -> killed 1-1, definite, narrator, civils ('la disparition' said of the dead is the same fact, sixth-set euphemism call)")
D["claims2", 100] = K([C("killed", "", 1, 1, "personnalité", "civils"),
                      C("killed", "", 1, None, "personnalité", "civils")],
    "Meghan Markle's speech, glossed by the narration ('rappelant ainsi'): Floyd was not the first African American 'tué par la police' -> killed 1-1 (Floyd) and killed 1-open (the others implied), her speech act -> personnalité (fifteenth-set kind), civils; the named lives in the quote carry no harm word")
D["claims2", 101] = K([C("wounded", "", 1, None, "centre de reproduction de Chengdu", "civils")],
    "Chengdu pandas: the breeding centre's director told a website that the keepers had been 'blessés' on hands and feet by the pandas -> wounded 1-open (plural, no number in the paragraph; a person hurt by an animal, seventeenth-set call), the centre as an organisation quoted -> added exact name (DEV rule, as RTM), keepers -> civils")
D["claims2", 102] = S("no claim on reading (a singer who 'a frôlé la mort' from a lymphoma: illness)")
D["claims2", 103] = S("no claim on reading (a rumour 'qui tue': figurative)")
D["claims2", 104] = S("no claim on reading (a witness on the arm lock during a police check; the death is in the title and lede, no harm word on it here)")
D["claims2", 105] = S("no claim on reading (a driver of a stripped-down car 'arrêté' by motorway gendarmes: stopped at a road check, twenty-sixth-set call)")
D["claims2", 106] = S("no claim on reading (graves damaged, a coffin opened: property)")
D["claims2", 107] = S("no claim on reading (financial 'pertes' of a rail company)")
D["claims2", 108] = K([C("killed", "une", 1, 1, "gouvernement français", "civils")],
    "Landes beach: the lifeguards recalled the case of a little girl who died in the same way (buried in a sand hole) at Lacanau in 2006 -> killed 1-1, figure 'une' (indefinite), an accident (DEV); the beach rescuers are the subject of the saying verb -> rescue services -> the state, gouvernement français (twenty-seventh-set call), civils; the young man rescued today is unhurt")
# ---- stop: rank 108 is the 45th paragraph with a claim. Ranks 109-119 were
# on screen in the same reading batch but are not part of the set (left unread
# in the log, "unread (after the stop)").

# ---- numbers2 pool ----
D["numbers2", 0] = N("an Arctic fuel spill and a chemical discharge in 2016: pollution, no harm to people")
D["numbers2", 1] = N("a singer's album due on 7 September")
D["numbers2", 2] = N("a party leader admits 'deux erreurs'")
D["numbers2", 3] = N("a former minister, mayor for 33 years, visited in hospital during an illness: no claim")
D["numbers2", 4] = N("14% of driving schools without visible prices")
D["numbers2", 5] = N("workers' two-hour shifts on a lead-polluted site")
D["numbers2", 6] = S("contains a claim, arguably: a man 'amputé des quatre membres' -> a stated loss of limbs, wounded under the twenty-sixth-set shark call (no cause given; a reviewer could read it as a disability descriptor)")
D["numbers2", 7] = N("a town of 3,000 people and a policeman watching a school canteen")
D["numbers2", 8] = N("used-car sales by brand, in percentages")
D["numbers2", 9] = N("a ship's captain who landed about forty migrants in 2019 despite a ban")
D["numbers2", 10] = N("a nurse 'agressée' on a bus: no wound word (thirteenth-set beating call)")
D["numbers2", 11] = N("a car festival's programme")
D["numbers2", 12] = N("tens of thousands marching against a labour reform; a hurricane named with no toll")
D["numbers2", 13] = S("its only number is inside a name ('Samu 93'), DEV 'M5' rule")
D["numbers2", 14] = N("a protest figure's conditions about a tax rise on 1 January")
D["numbers2", 15] = N("two politicians' rivalry, a regional election of 2015")
D["numbers2", 16] = N("July 2019 the hottest month; 2019 in the top 5 years")
# ---- stop: rank 16 is the 15th paragraph with numbers and no claim. Ranks
# 17-19 were on screen in the same batch but are not part of the set.
