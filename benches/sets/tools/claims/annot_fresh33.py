"""Hand annotations of the thirty-third fresh set, the eighth drawn from the
second-generation pools (claims2 / numbers2: general news), drawn after the
thirty-second set was in benches/sets (seed 4301), and the decision for every
rank read (strictly in draw order). Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = set()

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading (an organ transplant; 'corps' in an idiom)")
D["claims2", 1] = S("no claim on reading (a primary under an authority's 'contrôle')")
D["claims2", 2] = S("no claim on reading (death threats to a teenager: a threat, not harm)")
D["claims2", 3] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "An ex-campaign aide was placed in police custody in Paris over rape complaints -> captured 1-1 (dense custody rule), the custody sentence has no source of its own -> narrator, a suspect -> unknown; the rape complaints and 'victimes' are sexual offences, no claim type")
D["claims2", 4] = K([C("hostage", "", 1, 1, "gouvernement français", "civils")],
    "Kardashian robbery: the Paris prosecutor asks that the five alleged robbers stand trial for, among others, 'séquestration' -> hostage 1-1 (session-5 inquiry-charge call applied to the prosecutor's charges; the held star of the lede), gouvernement français, civils; 'contrôle judiciaire' of free suspects is no claim. A reviewer could call a requested charge no claim")
D["claims2", 5] = S("no claim on reading (a TV show 'reprise' by another channel)")
D["claims2", 6] = S("no claim on reading (a singer who came close to death; no harm word for an event)")
D["claims2", 7] = K([C("missing", "", 1, 1, "narrator", "civils"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Maëlys: the man questioned over inconsistencies on the night of the girl's 'disparition' was jailed on Sunday -> missing 1-1 (twenty-sixth-set disappearance call), and his 'incarcération' -> captured 1-1 (being heard then released is the same suspect, not a second claim), narrator; the mother's 'not capable' denies his role, not the harm")
D["claims2", 8] = K([C("killed", "un", 1, 1, "narrator", "unknown")],
    "Eure: the lifeless body of a man found in his car in front of a town hall, the 'victime' with gunshot wounds per a local site -> one fact, a body found is killed (DEV), figure 'un', narrator (the discovery is told unattributed), unidentified -> unknown; the wounds are the same death restated")
D["claims2", 9] = S("no claim on reading (a hypothetical harassment 'victime'; fines)")
D["claims2", 10] = K([C("killed", "", 1, 1, "assaillant", "civils")],
    "Portland: the self-declared antifa who half-admitted killing a man says it was justified, claiming 'sa victime' drew a knife -> killed 1-1 (a victim dead in the story, DEV), the killer speaking of his own act -> assaillant (twenty-sixth-set call), civils")
D["claims2", 11] = K([C("missing", "", 1, 1, "proche de victime", "civils")],
    "Ardèche: a husband tells gendarmes of his wife's 'disparition' (later found by Pokémon hunters) -> missing 1-1, the person found safe is still a missing claim (thirtieth-set call), the husband reporting -> proche de victime, civils")
D["claims2", 12] = K([C("wounded", "", 1, 1, "narrator", "civils", "denied")],
    "A BBC local account's false tweet about Trump shot; the paragraph says he is fine and 'n'a pas été blessé' -> wounded 1-1 denied, narrator (seventh-set denial of harm), civils (heads of state as civils, earlier Hariri/Palme rows). A reviewer could follow the drill call and annotate nothing")
D["claims2", 13] = S("no claim on reading (Jacob Blake: an officer who fired seven times and was suspended; the wound is only in the lede)")
D["claims2", 14] = S("no claim on reading (a writer's death: natural death)")
D["claims2", 15] = S("no claim on reading (Johnny Hallyday's death: natural death, illness)")
D["claims2", 16] = K([C("hostage", "", 1, 1, "gouvernement français", "civils")],
    "Paris: the police prefecture says the hooded minor was held during an operation to catch in the act the authors of 'un enlèvement-séquestration' -> hostage 1-1 (the kidnapping is told as happening; the arrests are the aim, no captured claim, DEV purpose rule), the prefecture -> gouvernement français (twenty-seventh-set prefect), civils. A reviewer could call the kidnapping a mere label")
D["claims2", 17] = K([C("missing", "", 1, 1, "proche de victime", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Kim Wall: her partner reported her 'disparition' the same night -> missing 1-1, proche de victime (as rank 11); her mutilated body found ten days later -> killed 1-1, narrator (DEV body rule), civils; two types, two claims (twenty-sixth-set Mouzin call)")
D["claims2", 18] = S("no claim on reading (a 'perte' of ice)")
D["claims2", 19] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Le Mans: the 43-year-old police officer died after a car hit him as the driver fled -> killed 1-1, narrator, police officer -> unknown (earlier sets); the posthumous decoration is no claim")
D["claims2", 20] = S("no claim on reading (a political tribute; numbers of supporters)")
D["claims2", 21] = K([C("killed", "15.200", 15200, 15200, "narrator", "civils")],
    "Paris heat plan: the 2003 heatwave in France made '15.200 morts' -> killed 15,200, narrator, civils (thirtieth-set heatwave call: disaster deaths)")
D["claims2", 22] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Nord: the man charged over explosives had been arrested ('interpellé') by the RAID and the judicial police in Tourcoing -> captured 1-1, narrator, a suspect -> unknown")
D["claims2", 23] = S("no claim on reading (Reims: a filmed assault and the expected charges of violence; no wound word in the paragraph, the blows are in the lede)")
D["claims2", 24] = S("no claim on reading (a speed record 'détenu')")
D["claims2", 25] = K([C("killed", "", 110, 110, "expert", "civils"),
                     C("killed", "cinq", 5, 5, "expert", "civils")],
    "US police: over fifteen years only 110 officers were charged with homicide after shooting dead ('abattu') a person on duty, five convicted of murder, per a researcher who compiles the data -> killed 110 (one person per officer as written; the figure is the officers' count, so figure '' with the range, my call), and killed 5 under the twenty-ninth-set conviction call (a subset, DEV subset rule), expert, civils. A reviewer could read only 1-open")
D["claims2", 26] = S("no claim on reading (justice 'saisi' to stop a book)")
D["claims2", 27] = S("no claim on reading ('interpelle' meaning addresses)")
D["claims2", 28] = K([C("killed", "", 1, 1, "média", "unknown")],
    "Nord: a man hit by a freight train, 'la victime' not yet identified per a regional paper, the circumstances suggesting a desperate act -> killed 1-1 (suicides are killed, tenth/eighteenth-set calls), média (the sentence's source), unidentified -> unknown")
D["claims2", 29] = S("no claim on reading (the wife of a late president: natural deaths)")
D["claims2", 30] = S("no claim on reading (Sarkozy's custody named only in the title and lede; the paragraph is a lawyer on the 'mesure' and the law)")
D["claims2", 31] = S("no claim on reading ('corps' of women, a minister's remarks)")
D["claims2", 32] = S("no claim on reading ('blessé des gens': figurative)")
D["claims2", 33] = K([C("wounded", "", 1, 1, "témoin", "civils")],
    "The firefighter who insulted Macron asks forgiveness, saying he had first been 'blessé' and attacked for no reason -> wounded 1-1, a person speaking of his own wound -> témoin (earlier survivor-on-his-own-wound call), civils")
D["claims2", 34] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Abdeslam's trial: his mental state led to changes in the imprisonment conditions of 'du détenu le plus surveillé' -> captured 1-1 (a suspect held, twenty-ninth-set Gbagbo call), narrator, unknown; escape and suicide are feared scenarios, no claim")
D["claims2", 35] = S("no claim on reading (hail 'abattues': weather, no victim)")
D["claims2", 36] = S("no claim on reading (animals killed by fires)")
D["claims2", 37] = S("no claim on reading (dogs as shark bait: animals; past convictions)")
D["claims2", 38] = S("no claim on reading (a chancellor 'victime' of a fainting spell: health)")
D["claims2", 39] = S("no claim on reading (a singer's death at 92: natural death)")
D["claims2", 40] = S("no claim on reading (sexual offences alleged: no claim type)")
D["claims2", 41] = K([C("killed", "14", 14, 14, "narrator", "civils")],
    "Aude floods: the President will visit a week after storms that left 14 dead in the department -> killed 14 (DEV disaster deaths), narrator, civils")
D["claims2", 42] = S("no claim on reading ('c'est mort' figurative)")
D["claims2", 43] = K([C("wounded", "trois", 3, 3, "narrator", "civils"),
                     C("wounded", "quatre", 4, 4, "gouvernement français", "civils")],
    "Rouen: a car forced through a protest; 'Les trois personnes blessées' taken to hospital (a narration sentence between sourced ones) -> wounded 3, narrator; the firefighters speak of four men with 'traumatismes légers' -> wounded 4, firefighters -> gouvernement français (twenty-seventh-set call), a second source with its own count; the prefecture's 'bousculés' has no wound word; civils")
D["claims2", 44] = K([C("wounded", "", 0, 0, "narrator", "civils", "denied"),
                     C("killed", "", 1, 1, "narrator", "civils"),
                     C("wounded", "", 1, 1, "narrator", "civils")],
    "Lorient: the fleeing car first hit a vehicle 'sans faire de blessé' -> wounded 0-0 denied (twenty-third-set call), then mowed down two cousins: one of them died on the spot -> killed 1-1, figure '' (a definite pick, earlier 'l'un d'eux' calls), and the second 'grièvement blessé', in a coma -> wounded 1-1; narrator, civils; the two children hit is no harm word, so no total")
D["claims2", 45] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Mulhouse: the burglar chased off by a 90-year-old was arrested ('interpellé') a few days later -> captured 1-1, narrator, unknown")
D["claims2", 46] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Grégory case: Murielle Bolle seeks to annul 'sa garde à vue' of 1984 -> captured 1-1 (dense custody rule, a past custody told as fact), unknown; 'la mort de Grégory Villemin', a murdered child -> killed 1-1, civils; narrator for both")
D["claims2", 47] = S("no claim on reading (the death penalty as a constitutional article)")
D["claims2", 48] = S("no claim on reading (feared attacks: risks and plans)")
D["claims2", 49] = S("no claim on reading (a singer's death: natural death)")
D["claims2", 50] = K([C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Marseille: rescuers were called for the young man, who died shortly after, said the Marseille prosecutor's office -> killed 1-1, gouvernement français (prosecutors, twenty-sixth set), civils; 'cette agression' restates the same fact")
D["claims2", 51] = S("no claim on reading (Dupont de Ligonnès: a fugitive who 'avait disparu', twenty-third-set fugitive call)")
D["claims2", 52] = K([C("killed", "", 1, 1, "gouvernement britannique", "civils")],
    "London au pair Sophie Lionnet suffered 'avant sa mort', per the prosecution -> killed 1-1, the prosecution in a British trial -> gouvernement britannique (sixth-set state pattern), civils; 'Victime de violences' and being beaten have no wound word (earlier beating calls)")
D["claims2", 53] = K([C("wounded", "", 1, 1, "témoin", "civils")],
    "Jérôme Rodrigues, who says he was 'blessé à l'œil' by a rubber bullet, says he lost the eye -> wounded 1-1 (one wound restated), speaking of his own wound -> témoin, civils")
D["claims2", 54] = S("no claim on reading (economic 'reprise')")
D["claims2", 55] = S("no claim on reading (a police 'contrôle' of a disabled man: a check)")
D["claims2", 56] = S("no claim on reading (sexual assaults by an ex-priest: no claim type)")
D["claims2", 57] = K([C("killed", "", 1, 1, "expert", "civils", "uncertain"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Simon Gautier: the first autopsy results say he 'serait mort' soon after his fall from leg wounds -> killed 1-1 uncertain, expert (twenty-ninth-set Traoré autopsy call); the narrator's 'le décès' and body found nine days later -> killed 1-1 asserted; a hiking fall is an accident (DEV), civils; the wounds are the cause of the death, not a second fact")
D["claims2", 58] = S("no claim on reading (Femen custody only in the title and lede; a minister's joke)")
D["claims2", 59] = K([C("captured", "deux", 2, 2, "média", "unknown")],
    "Champigny: two police officers beaten ('roués de coups', no wound word: earlier beating calls) at a New Year's party; per BFM TV two people 'ont été interpellées' -> captured 2, média, unknown")
D["claims2", 60] = S("no claim on reading (a fine convertible to 'emprisonnement': a sentence requested, judicial)")
D["claims2", 61] = S("no claim on reading (child-protection plan; 'maltraitance' as a risk)")
D["claims2", 62] = K([C("wounded", "", 1, 1, "média", "civils"),
                     C("wounded", "", 1, 1, "média", "civils"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Bouches-du-Rhône: per a regional paper, the cyclist knocked down in the stolen-car chase has light wounds, as has one of the drivers hit -> wounded 1-1 and wounded 1-1 (figure '' for 'l'une des conductrices', a definite pick, earlier calls), listed persons with no total (DEV), média, civils; the teenager 'a été interpellé' -> captured 1-1, a narration sentence of its own -> narrator, unknown; the charges he faces are no claim")
D["claims2", 63] = S("no claim on reading ('les familles des victimes' of a crime, a generic remark)")
D["claims2", 64] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Serebrennikov: 'Arrêté en août 2017' on a film set, then under house arrest until 2019 -> captured 1-1 (one holding restated), narrator, an accused -> unknown (twenty-ninth-set accused call)")
D["claims2", 65] = S("no claim on reading (a political 'bilan')")
D["claims2", 66] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "Pissarro looted under Vichy: the collector was 'Interné' at Drancy in 1944 and escaped deportation -> captured 1-1, a civilian held in a camp (fresh6/fresh7 camps call), narrator, civils; his death in 1947 is natural, no claim")
D["claims2", 67] = K([C("killed", "3.477", 3477, 3477, "narrator", "civils")],
    "Speed checks: road deaths rose in 2016 for the third year ('3.477 morts') -> killed 3,477, a yearly count of accidental deaths (sixteenth/twenty-sixth-set calls), narrator, civils; 'un accident mortel sur trois' is a share, no claim (twenty-sixth-set rate call)")
D["claims2", 68] = S("no claim on reading (a TV star's past 'tentatives de suicide' with no injury named; the thirtieth-set self-harm call needs a wound)")
D["claims2", 69] = K([C("killed", "", 1, 1, "média", "civils")],
    "Paris deadly fire: the young man on the 7th floor whose father was looking for him 'fait partie des victimes', reports BFMTV -> killed 1-1 (victims dead in the story, DEV), média, civils")
D["claims2", 70] = S("no claim on reading ('libéré la parole': figurative)")
D["claims2", 71] = S("no claim on reading (a mother 'disparu trop tôt': a natural death euphemism)")
D["claims2", 72] = S("no claim on reading (a singer's son's death with no cause in the paragraph: no harm told)")
D["claims2", 73] = K([C("killed", "", 0, 0, "narrator", "civils", "denied")],
    "Lesbos: the huge fires that destroyed the Moria centre did so 'sans faire de victimes' -> killed 0-0 denied (seventh-set 'sans faire de victimes' call), narrator, civils; destroyed camp and homeless families are property and displacement, no claim")
D["claims2", 74] = S("no claim on reading (a 'contrôle citoyen' of proxies)")
D["claims2", 75] = S("no claim on reading (a 'commission de contrôle')")
D["claims2", 76] = S("no claim on reading (deforestation 'destruction': environment)")
D["claims2", 77] = K([C("killed", "", 1, 1, "média", "civils")],
    "MoDem Gironde's head took his own life in Bordeaux, jumping from a bridge, reveals a regional daily; body found by firefighters (the same death) -> killed 1-1 (suicides are killed, tenth/eighteenth-set calls), média, civils")
D["claims2", 78] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Millas: a mother waited hours to learn about her daughter, 'tuée dans la collision' of a school bus and a train -> killed 1-1 (accidental death, DEV), the participle is the narrator's voice, civils")
D["claims2", 79] = S("no claim on reading (Trèbes: police deployment and an anti-terror inquiry; the hostages and the wounded officer are only in the previous paragraph)")
D["claims2", 80] = S("no claim on reading (pigs dead in a heatwave: animals)")
D["claims2", 81] = K([C("killed", "", 1, 1, "source proche du dossier", "civils")],
    "Aube: the prosecutor says 'les faits' took place in the garden (no harm word); per a source close to the case, letters were found near 'du corps de la victime' -> killed 1-1 (a body found, DEV), source proche du dossier, civils")
D["claims2", 82] = S("no claim on reading (women 'victimes de violences' as a group at a march; protest counts)")
D["claims2", 83] = S("no claim on reading (a shelter for women 'victimes de violences': generic)")
D["claims2", 84] = S("no claim on reading (a singer's 'disparition': natural death)")
D["claims2", 85] = S("no claim on reading ('se meurt' figurative; a union's action)")
D["claims2", 86] = S("no claim on reading (a snake fell on legislators; nobody hurt, no harm word)")
D["claims2", 87] = S("no claim on reading (an 'arrêté' on ID photos)")
D["claims2", 88] = S("no claim on reading (a district 'tombé à droite')")
D["claims2", 89] = S("no claim on reading (a 'blessure' of the nation: figurative; the bridge toll is only in the lede)")
D["claims2", 90] = S("no claim on reading (a law's penalties: 'emprisonnement' as a sentence)")
D["claims2", 91] = S("no claim on reading (an agency 'saisi' the prosecutor; medical practices)")
D["claims2", 92] = S("no claim on reading (a singer's burial; 'garde du corps')")
D["claims2", 93] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Montpellier: 'La victime' (the young woman found dead in her car) was found with a bullet in the head -> killed 1-1, narrator (the regional paper is cited only for her origin), civils")
D["claims2", 94] = K([C("wounded", "", 1, 1, "gouvernement américain", "civils")],
    "Kenosha: 'La victime', Jacob Blake, was flown to hospital and is in a serious condition, per the Kenosha police -> wounded 1-1 (a living victim, eleventh/twelfth-set calls), US local police -> gouvernement américain (sixth-set state pattern, as the Montreal police), civils")
D["claims2", 95] = S("no claim on reading (patients killed by a fungal infection: disease)")
D["claims2", 96] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Nîmes: the young man thrown from a window was taken to hospital 'dans un état grave'; 'la victime' is now out of danger -> wounded 1-1 (a living victim, twelfth-set call), narrator, civils; the sequestration inquiry is only in the lede")
D["claims2", 97] = S("no claim on reading (a funeral home mix-up of bodies: natural deaths)")
D["claims2", 98] = K([C("captured", "Vingt", 20, 20, "source sécuritaire", "unknown")],
    "Seine-Saint-Denis: 'Vingt personnes ont été interpellées' after violence against Roma, per a police source -> captured 20, source sécuritaire (earlier police-source call), unknown; the violence has no wound word and the child abductions are rumours, no claim")
D["claims2", 99] = S("no claim on reading ('victimes' of discrimination)")
D["claims2", 100] = S("no claim on reading ('interpellé' meaning questioned by elected officials)")
D["claims2", 101] = S("no claim on reading (moving a late singer's body: natural death)")
D["claims2", 102] = K([C("killed", "Un", 1, 1, "narrator", "civils")],
    "Paris, bois de Boulogne: firefighters then police found 'Un enfant mort' in a camper van, his father lying beside him -> killed 1-1, figure 'Un' (indefinite), narrator, civils; the brother's shock is no wound word")
D["claims2", 103] = S("no claim on reading ('tout a disparu': stage fright)")
D["claims2", 104] = S("no claim on reading (alleged ill-treatment of children in a nursery, no wound word: earlier ill-treatment calls)")
D["claims2", 105] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "'La mort de Zineb Redouane', an octogenarian hit by a tear-gas grenade in Marseille; the inquiry moves to Lyon -> killed 1-1, narrator, civils")
D["claims2", 106] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "#BlackLivesMatter protests after 'la mort de George Floyd' -> killed 1-1 (twenty-sixth-set police deaths call), narrator, civils")
D["claims2", 107] = K([C("killed", "plus de 300", 301, None, "narrator", "civils")],
    "Merapi: the 2010 eruption made 'plus de 300 morts' and forced 280,000 to evacuate -> killed 301-open (DEV disaster deaths), narrator, civils; evacuees are displacement, no claim")
D["claims2", 108] = S("no claim on reading (an ex-president's death at 86: natural death)")
D["claims2", 109] = K([C("killed", "une", 1, 1, "narrator", "unknown")],
    "January 2015: 'une jeune policière municipale' is shot dead ('abattue') in Montrouge -> killed 1-1, figure 'une', narrator, police officer -> unknown (earlier police-officer calls)")
D["claims2", 110] = S("no claim on reading (a speeding driver 'interpellé' on a road: a road check, twenty-sixth-set speed-check call)")
D["claims2", 111] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "US embassy in Seoul: a banner in support of protesters after 'la mort de George Floyd' -> killed 1-1 (twenty-sixth-set police deaths call), narrator, civils")

# ---- numbers2 pool ----
D["numbers2", 0] = N("a politician mocks a journalist's accent; the only number is a date")
D["numbers2", 1] = N("a toy model of a sports car: years of work and part counts")
D["numbers2", 2] = N("Black Friday deals: an average budget and a yearly rise")
D["numbers2", 3] = N("snow and ice: a third of Orly's flights cancelled, about 200; passengers warned")
D["numbers2", 4] = N("a video platform's player and viewing-hour figures")
D["numbers2", 5] = N("Greens winning several big cities' town halls: an election, not control of a place (DEV coup call)")
D["numbers2", 6] = N("a baby's life saved after a cardiac arrest through an app: health, no harm claim")
D["numbers2", 7] = N("a minister cuts short a visit, skipping two site visits, to see the Prime Minister")
D["numbers2", 8] = N("a TV host and a candidate joke about a show's 1,000th and 1,500th episodes")
D["numbers2", 9] = N("a record of 588 km of traffic jams around Paris")
D["numbers2", 10] = N("a minute of silence at a town hall for its late mayor of 17 years")
D["numbers2", 11] = N("a cardinal's farewell after four hard years; his acquittal on appeal is judicial")
D["numbers2", 12] = N("a chemical plant's boss: the site cannot stay shut for six months")
D["numbers2", 13] = N("a 19-year-old student's call for a 'purge' of police, which he calls a joke: no harm told")
D["numbers2", 14] = N("an ex-president's last days and who was allowed to visit")
