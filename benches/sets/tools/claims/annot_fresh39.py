"""Hand annotations of the thirty-ninth fresh set, the fourteenth drawn from
the second-generation pools (claims2 / numbers2: general news), drawn alone
(seed 4901; sets 26 to 38 already in benches/sets, ordinary exclusions), and
the decision for every rank read (strictly in draw order). Notes are my own
words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = set()

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading ('saisi un tribunal': other sense)")
D["claims2", 1] = S("no claim on reading ('nationaliser les pertes': economic sense)")
D["claims2", 2] = S("no claim on reading (a singer dead at 93: natural death)")
D["claims2", 3] = S("no claim on reading (young people with heat malaise, 'plus sérieusement touchés', called 'victimes' who recovered: no wound word, a heat malaise is a medical state (sixteenth-set stings, twenty-sixth-set smoke calls); a reviewer could write wounded 2-3)")
D["claims2", 4] = S("no claim on reading (a rescued migrant fears his family thinks he is dead: no harm)")
D["claims2", 5] = S("no claim on reading ('arrêtés de péril': other sense; the building collapse is in the previous paragraph)")
D["claims2", 6] = S("no claim on reading (the Christchurch killer faces 'survivants' and a possible life term: 'rescapé'-type word and a sentence, no claim; the murders are in the previous paragraph)")
D["claims2", 7] = S("no claim on reading (a fashion designer dead at 77: natural death)")
D["claims2", 8] = K([C("killed", "370 000", 370000, 370000, "OMS", "civils")],
    "Charlène of Monaco quoting the WHO: every year 370,000 people die by drowning -> killed 370,000 (a yearly count of accidental deaths, twenty-sixth-set drowning call), claimant the innermost source 'selon l'OMS' -> OMS (fifth-set name), civils")
D["claims2", 9] = K([C("killed", "", 1, 1, "narrator", "civils"),
                    C("missing", "", 1, 1, "narrator", "civils")],
    "Angélique, 13: 'est morte', found in a forest after being missing for days -> killed 1-1 (named, figure ''), and the disappearance told beside her death -> missing 1-1 (twenty-sixth-set call, as set 36's Arthur Noyer and the Maëlys rows); narrator, civils")
D["claims2", 10] = S("no claim on reading (a sedated bear shown in a nightclub: animals)")
D["claims2", 11] = S("no claim on reading ('contrôle de la santé publique': other sense)")
D["claims2", 12] = K([C("captured", "179", 179, 179, "gouvernement français", "unknown"),
                     C("captured", "36", 36, 36, "gouvernement français", "unknown")],
    "Yellow vests in Paris: by evening 179 people 'interpellées' and 36 placed in custody, per the police prefecture -> captured 179 and the subset 36 (DEV subset rule), the prefecture -> gouvernement français (thirty-third-set prefecture row), suspects -> unknown (earlier 'gilets jaunes' arrests); the crowd counts are no claim")
D["claims2", 13] = K([C("killed", "Un", 1, 1, "média", "civils")],
    "Corrèze storms: 'Un homme a été tué' by a falling tree, reports a radio network -> killed 1-1, figure 'Un' (a disaster death, DEV), média (the whole sentence is under the radio), civils")
D["claims2", 14] = S("no claim on reading ('reprise de dette': economic sense)")
D["claims2", 15] = S("no claim on reading (an actor's father's 'disparition': a natural death)")
D["claims2", 16] = K([C("missing", "", 1, 1, "assaillant", "civils")],
    "Maëlys, December 2017: the suspect 'nie' any part in the girl's 'disparition' -> missing 1-1 (she was still missing then; twenty-sixth-set Mouzin call: a suspect denying his role does not deny the harm, not denied), the suspect is the subject of the verb of saying -> assaillant (dense rule, twenty-sixth set); a reviewer could give it to the narrator as set 36's Noyer row; civils")
D["claims2", 17] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "huit", 8, 8, "narrator", "civils"),
                     C("killed", "six", 6, 6, "narrator", "civils")],
    "Guatemala: 'Le meurtre' of a French aid worker (named) -> killed 1-1; the day after an attack in Niger 'qui a fait dimanche huit morts', among them six French aid workers of Acted -> killed 8 and the subset killed 6 (DEV subset rule, as DEV's Kouré rows); narrator, civils")
D["claims2", 18] = K([C("captured", "Deux", 2, 2, "narrator", "unknown"),
                     C("captured", "une", 1, 1, "narrator", "unknown")],
    "Angoulême effigy 'beheading': two men and a woman, placed in custody the day before, then freed under judicial supervision -> listed groups with no total in the paragraph: captured 2 and captured 1 (DEV listed-groups rule, as set 37's 'Quatre hommes et une femme'; custody and release are one fact; 'contrôle judiciaire' alone is no claim), narrator (the prosecution is credited in the previous paragraph), suspects -> unknown")
D["claims2", 19] = S("no claim on reading ('contrôle technique': other sense)")
D["claims2", 20] = S("no claim on reading (the Moon 'perd en surface', 'corps céleste': other senses)")
D["claims2", 21] = S("no claim on reading (a man kept alive artificially, his 'disparition': a medical death, as end-of-life rows)")
D["claims2", 22] = K([C("killed", "", 1, 1, "média", "unknown")],
    "Orléans: per a radio quoting 'sources concordantes', the soldier belonged to a DGSE unit and was reportedly ('aurait été') the 'victime' of a shooting accident in training -> killed 1-1 (DEV 'victime' read by the deadly outcome, he was killed per title and lede; an accidental death), figure '' (definite); my call: the named outlet takes its unnamed sources (the AFP-voice call for 'sources concordantes', with the radio's voice) -> média; the reportive conditional bears on the unit and how, the death is known -> asserted (fourteenth-set call); a soldier outside the Sahel forces -> unknown")
D["claims2", 23] = K([C("wounded", "", 0, 0, "gouvernement français", "civils", "denied")],
    "RN10: a gas-cylinder lorry caught fire and exploded 'sans faire de blessés', learnt from the firefighters -> wounded 0-0, denied (seventh-set call, 'sans faire de blessé' rows), firefighters -> gouvernement français (set 37's fire-services call), civils")
D["claims2", 24] = K([C("killed", "Un", 1, 1, "gouvernement français", "civils")],
    "Haute-Savoie: 'Un vététiste' was 'mortellement touché' by a hunting rifle shot, learnt from the prosecution -> killed 1-1, figure 'Un' (an accidental death, DEV), prosecutors -> gouvernement français (ninth-set call), civils")
D["claims2", 25] = S("no claim on reading (union proposals 'reprises': other sense)")
D["claims2", 26] = K([C("killed", "Un", 1, 1, "média", "unknown")],
    "Avignon: 'Un homme a été retrouvé mort' in a car, the body riddled with bullets, reports a regional daily -> killed 1-1, figure 'Un' (DEV body rule), média (the sentence is under the daily), an unidentified man -> unknown (DEV, as the thirty-third-set Eure body); 'la victime' found in the car restates the same fact (one claim)")
D["claims2", 27] = S("no claim on reading ('victime collatérale' of a party feud: figurative)")
D["claims2", 28] = K([C("killed", "", 1, 1, "média", "civils")],
    "Colombes: the man of 39 'a succombé' to his wounds, reports a national daily -> killed 1-1 ('des suites de ses blessures' -> killed only, earlier call), figure '' (definite), média, a shooting victim -> civils (as the twenty-eighth-set Bobigny row)")
D["claims2", 29] = S("no claim on reading (an actress 'Agressée et laissée pour morte' a year earlier: no wound word, as the 'Entre la vie et la mort' and 'lynchées' calls; a reviewer could write wounded 1-1)")
D["claims2", 30] = S("no claim on reading ('contrôle périodique de la vue': other sense)")
D["claims2", 31] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Julien Coupat 'a été interpellé' in Paris on the margin of a yellow-vest protest ('Son arrestation' restates it: one fact) -> captured 1-1, figure '' (named), narrator, a suspect -> unknown (earlier 'gilets jaunes' arrests)")
D["claims2", 32] = S("no claim on reading (a singer's death in 2017: natural death)")
D["claims2", 33] = K([C("killed", "", 1, None, "gouvernement américain", "civils")],
    "Golden State killer: the prosecutor says 'Les familles des victimes de meurtre' waited decades -> killed 1-open (DEV 'les victimes' and the families-of-victims rows), a US prosecutor -> gouvernement américain (state pattern, earlier name), civils; sexual-assault victims -> no claim type; victims and witnesses since 'décédés' of age -> natural deaths")
D["claims2", 34] = S("no claim on reading ('a saisi la justice': other sense)")
D["claims2", 35] = K([C("killed", "", 4, 4, "gouvernement français", "civils"),
                     C("killed", "", 1, 1, "assaillant", "civils"),
                     C("killed", "", 1, 1, "assaillant", "civils"),
                     C("killed", "deux", 2, 2, "assaillant", "civils")],
    "Orvault: 'le quadruple meurtre', in a sentence put under the Nantes prosecutor ('De l'aveu même du procureur') -> killed 4-4, figure '' ('quadruple' is no number word build.py parses, as the twenty-seventh set's 'la dizaine'), gouvernement français (presupposition under the sentence's source, session-3 call); Caouissin 'a avoué' killing his wife's brother, his wife and their two children -> a killer's confession (twenty-sixth-set call) -> assaillant, a list with no total in his statement -> killed 1-1, 1-1 and the two children 'deux' 2-2 (DEV no-total rule; a reviewer could write one killed 4 for the confession), civils")
D["claims2", 36] = S("no claim on reading (a shah who 'avait pris le contrôle du pays' in the 1920s: a seizure of power, not of a place (DEV coup call); a destroyed tomb is property)")
D["claims2", 37] = K([C("wounded", "plusieurs", 2, None, "narrator", "civils")],
    "SNCF: rail workers' walk-out after 'un accident qui a fait plusieurs blessés' -> wounded 2-open ('plusieurs' row; an accident's wounded, DEV), narrator (relative clause, dense rule), civils")
D["claims2", 38] = S("no claim on reading (a simulated kidnapping in a security drill: no harm)")
D["claims2", 39] = S("no claim on reading ('une perte de temps': other sense)")
D["claims2", 40] = K([C("wounded", "Aucune", 0, 0, "narrator", "civils", "denied"),
                     C("killed", "7", 7, 7, "narrator", "civils"),
                     C("wounded", "70", 70, 70, "narrator", "civils")],
    "RER C: after the rail operator's quote, 'Aucune personne n'a été blessée' -> wounded 0-0, denied (seventh-set 'aucun blessé' call), narrator (a sentence after the quote, fresh7 next-sentence call), civils; the 2013 Brétigny derailment 'avait fait 7 morts et 70 blessés' -> killed 7 and wounded 70 (accidental harm, DEV), narrator, travellers -> civils")
D["claims2", 41] = S("no claim on reading (offices searched, 'perquisitionnés': no harm)")
D["claims2", 42] = K([C("captured", "", 1, None, "élu local", "unknown")],
    "Saint Paul's mayor said 80% of 'des personnes interpellées' in the Floyd protests lived outside Minnesota, then retracted -> captured 1-open (the arrests are presupposed, plural with no count: 80% is a share, not a figure), the mayor -> élu local (fifth-set call); the retraction bears on where they lived, not on the arrests; arrested protesters in a riot -> unknown (as the 'gilets jaunes' arrests)")
D["claims2", 43] = K([C("wounded", "un", 1, 1, "source sécuritaire", "civils")],
    "Moscow nightclub: an unnamed source speaking for the police (Tass) says the officer found 'un homme frappé à la tête', 'La victime' got medical help and left hospital the same day -> wounded 1-1, figure 'un' (thirty-third-set living-victim call, applied to beatings by set 35), anonymous police -> source sécuritaire (earlier kind), civils")
D["claims2", 44] = S("no claim on reading (a complaint of sexual assault: no claim type)")
D["claims2", 45] = S("no claim on reading (a dachshund 'tombé' into a chasm and rescued: animals)")
D["claims2", 46] = S("no claim on reading (an actress on 'prédateurs masculins' and her weight: no harm told)")
D["claims2", 47] = S("no claim on reading ('phrase assassine', 'perdu mes esprits': figurative)")
D["claims2", 48] = S("no claim on reading (a starving polar bear 'mort': animals)")
D["claims2", 49] = K([C("wounded", "", 1, 1, "source sécuritaire", "civils")],
    "Paris, a driver fleeing a police check reversed at an officer, who fired, 'touchant le fuyard au thorax', per the police sources -> wounded 1-1, figure '' (definite): the harm this paragraph states is the bullet hit (sixteenth-set police-HQ call; his death is in the title only, eleventh-set weaker-harm call), anonymous police sources -> source sécuritaire (earlier kind), a driver shot by police -> civils (set 38's Montauban driver)")
D["claims2", 50] = K([C("captured", "deux", 2, 2, "narrator", "unknown"),
                     C("captured", "Deux", 2, 2, "gouvernement français", "unknown")],
    "Besançon: the Raid managed 'à interpeller les deux hommes' -> captured 2, narrator; the departmental police director, quoted: 'Deux individus ont été interpellés' -> a second source, captured 2, gouvernement français (a French police official, state pattern; dense two-sources rule); 'en garde à vue' restates the holding; suspects -> unknown; the fake weapon is no harm")
D["claims2", 51] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "Dupont de Ligonnès false arrest: 'le Français arrêté' in Glasgow turned out to be a retired man of Portuguese origin -> captured 1-1, figure '' (definite), narrator; my call: a man held by mistake is no suspect -> civils (as set 37's boy stopped by gendarmes); the family's killing is in the lede and previous paragraph only")
D["claims2", 52] = S("no claim on reading ('perte d'autonomie': other sense)")
D["claims2", 53] = S("no claim on reading ('contrôle des ordinateurs': other sense)")
D["claims2", 54] = S("no claim on reading ('opérations de contrôle': other sense)")
D["claims2", 55] = K([C("killed", "un", 1, 1, "narrator", "civils")],
    "The Prime Minister spoke of the accusations of police violence, also after 'la mort d'un livreur' after a road check -> killed 1-1, figure 'un' (indefinite), narrator (a time adjunct carries the narrator's voice, dense rule), civils (twenty-sixth-set police deaths call); insults, spitting and cobblestones thrown at police carry no wound word")
D["claims2", 56] = S("no claim on reading ('est tombée sur' a politician: other sense)")
D["claims2", 57] = K([C("captured", "deux", 2, 2, "narrator", "unknown")],
    "Robert-Debré paediatric emergencies: police came and 'a interpellé les deux hommes' (the drunk father and his brother) -> captured 2, figure 'deux', narrator, suspects -> unknown; the guards' and nurses' wounds are in the lede only")
D["claims2", 58] = S("no claim on reading (Macron: 'on arrête les LBD', other sense; 'la violence' named with no harm)")
D["claims2", 59] = S("no claim on reading (about thirty opponents 'délogés' from a wood: an eviction, no arrest; 'a interpellé le ministre': other sense)")
D["claims2", 60] = K([C("killed", "160", 160, 160, "source hospitalière", "unknown")],
    "Libya, Tarhouna: per the director of the public hospital, '160 dépouilles' were found in the morgue by the GNA forces -> killed 160 (DEV body rule), the hospital's director -> source hospitalière (earlier kind), bodies of a war zone not identified -> unknown")
D["claims2", 61] = K([C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Jacqueline Sauvage had been convicted ('condamnée') of killing ('avoir tué') her violent husband -> killed 1-1, figure '' (definite), claimant the court (twenty-eighth/twenty-ninth-set conviction calls) -> gouvernement français, civils; the sentence, the pardon and her own death at 72 at home (natural) -> no claim")
D["claims2", 62] = S("no claim on reading (a film director dead at 68: natural death)")
D["claims2", 63] = K([C("killed", "", 1, None, "narrator", "civils"),
                     C("killed", "six", 6, 6, "narrator", "civils"),
                     C("wounded", "", 1, 1, "narrator", "civils"),
                     C("wounded", "un", 1, 1, "narrator", "civils"),
                     C("wounded", "Huit", 8, 8, "narrator", "civils")],
    "Corrèze school buses: 'Cet accident meurtrier' -> killed 1-open ('meurtrier', DEV); recalled: Millas 2017, 'six enfants avaient trouvé la mort' -> killed 6; a bus-lorry crash that hurt ('blessait') the bus driver and 'un lycéen' -> wounded 1-1 (definite) and 1-1 (figure 'un'), listed with no total (DEV rule); 'Huit enfants' slightly hurt -> wounded 8; accidental harm (DEV), narrator, civils; civil vehicles in collisions -> no materiel (ninth set)")
D["claims2", 64] = S("no claim on reading (an old recluse found in his bed dead for months: my call, the paragraph and lede point to a natural death, as the thirtieth-set neglected old woman; a reviewer could apply the DEV body rule as set 38's Toulouse row)")
D["claims2", 65] = S("no claim on reading (the rising number of prisoners in France, per a prison watchdog: prisoners' status and sentences, no arrest told)")
D["claims2", 66] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "Somme: 'Les corps de ces soldats' (Poilus) brought home in the 1920s at their families' request -> killed 1-open (my call: the bodies of First World War soldiers brought back from the front presuppose war deaths, DEV body rule and the thirteen-coffins call; a reviewer could call it no claim since no death is told), narrator, soldiers outside the Sahel forces -> unknown (fourth-set call); the graves' sale is no harm")
D["claims2", 67] = K([C("killed", "19", 19, 19, "gouvernement iranien", "unknown"),
                     C("wounded", "15", 15, 15, "gouvernement iranien", "unknown")],
    "Iran: on 10 May '19 marins' of a navy support ship were killed and '15 autres blessés', by accident during manoeuvres, per the general staff -> killed 19 and wounded 15 (accidental harm, DEV), Iran's general staff -> gouvernement iranien (earlier name, state pattern), sailors outside the Sahel forces -> unknown (fourth-set call)")
D["claims2", 68] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("wounded", "", 1, None, "gouvernement français", "civils")],
    "Yvelines inflatable slide: its owner 'a été placé en garde à vue' and came out free the next day -> captured 1-1 (dense custody rule; custody and release one fact), narrator, a suspect -> unknown; held 'pour ... blessures involontaires' -> wounded 1-open (set 38's 'blessures involontaires' charge call, applied to the grounds of custody as the investigators' qualification, session-5 inquiry call) -> gouvernement français, the children -> civils; the children's number is in the lede only; 'mise en danger' is no harm")
D["claims2", 69] = K([C("killed", "au moins 23", 23, None, "narrator", "civils")],
    "California fires 'ont fait au moins 23 morts' -> killed 23-open (disaster deaths, DEV), narrator, civils")
D["claims2", 70] = S("no claim on reading ('bilan' of a presidency: other sense)")
D["claims2", 71] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Alexia Daval: the narrator's gloss of a minister's tweet, the victim's personality used 'pour justifier le meurtre' -> killed 1-1, figure '' (definite; 'la victime' restates it), narrator (the gloss is the narration's, not the tweet's words), civils")
D["claims2", 72] = K([C("missing", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "média", "civils")],
    "Rambouillet: 'Elle avait disparu' since 14 February (no source in that sentence) -> missing 1-1, narrator (twenty-sixth-set call: the disappearance stays a claim beside the death, as sets 34 and 36); she was then found hanged from a tree, per a daily's information -> killed 1-1 (a body found, DEV; suicides are killed), figure '' (named), média; civils")
D["claims2", 73] = S("no claim on reading ('disparition' of special pension schemes: other sense)")
D["claims2", 74] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, None, "personnalité", "civils")],
    "Dakar street artists: 'la mort de George Floyd' moves him -> killed 1-1, narrator (twenty-sixth-set police deaths call); his quote that Floyd's life is worth no more than 'tous ceux qui sont morts avant lui' -> killed 1-open, the artist -> personnalité (thirty-first-set 'n'était pas le premier' call: the others implied; a reviewer could read a generic phrase), civils")
D["claims2", 75] = K([C("killed", "", 1, None, "témoin", "civils"),
                     C("captured", "", 1, None, "témoin", "civils"),
                     C("captured", "un", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, None, "narrator", "civils")],
    "Caen prison, 6 June 1944: a former inmate, quoted, says 'un de ces massacres' was carried out there -> killed 1-open (DEV 'le massacre'), and that the Germans wanted to keep from the Allies 'les détenus Résistants internés' there -> captured 1-open (fresh6/fresh7 camps call, as set 36's Lyon raid), both témoin (a survivor speaking of what he lived, dense kind); the narrator's apposition: he was 'un ancien détenu', deported two weeks 'avant le massacre' -> captured 1-1, figure 'un', and a second killed 1-open, narrator (dense two-sources rule, appositions carry the narrator's voice); Resistance prisoners -> civils")
D["claims2", 76] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "expert", "civils")],
    "Elisa Pilarski, pregnant, 'a été retrouvée morte' in a forest -> killed 1-1 (a body found, DEV; a death caused by animals, set 37's hornet call), narrator; per the autopsy the death came from bleeding after several dog bites -> a second source, killed 1-1, expert (earlier autopsy rows), civils; the bites are the same death's wounds")
D["claims2", 77] = K([C("wounded", "", 1, None, "narrator", "unknown")],
    "14 July 2018 parade programme: a 'hommage aux blessés' -> wounded 1-open (DEV tribute rule, as 'hommage aux soldats tués'; plural with no number), narrator; the army's wounded of operations not said to be the Sahel's -> unknown (soldiers outside the Sahel forces, fourth-set call)")
D["claims2", 78] = K([C("killed", "", 8, 8, "élu local", "civils")],
    "Marseille mayor on the rue d'Aubagne collapse: he thinks every day 'aux huits morts de cette catastrophe' -> killed 8 (disaster deaths, DEV), figure '' with 8-8 (a misspelt number word build.py does not parse, as the twenty-ninth set's 'neufs'), the mayor -> élu local (fifth-set call), residents -> civils; the 2,528 evacuated are no claim")
D["claims2", 79] = S("no claim on reading (a seal pup that died: animals)")
D["claims2", 80] = S("no claim on reading (a prostitution ring's 'victime présumée': sexual offences, no claim type)")
D["claims2", 81] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Le 'tueur du Golden State' sentenced to several life terms -> killed 1-open (eleventh-set agent-noun call, as set 37's 'le tueur en série'; a reviewer could read a nickname), narrator, civils; his apology 'à ses victimes' mixes murders and rapes, no separate claim; the sentences are judicial")
D["claims2", 82] = S("no claim on reading ('ça s'arrête là': other sense)")
D["claims2", 83] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Bas-Rhin femicide: the accusations of delay were made by 'la fille de la victime' -> killed 1-1 (DEV 'la victime' read by the deadly outcome; twenty-seventh-set 'proche de la victime' call), figure '' (definite), narrator (a noun phrase in the narration after the spokeswoman's quote), civils")
D["claims2", 84] = K([C("wounded", "", 1, 1, "témoin", "civils")],
    "Nîmes: an RN regional councillor explained he had been 'victime d'une agression' at a bar terrace -> wounded 1-1 (thirty-third-set living-victim call, applied to assaults by set 35; a reviewer could call it no claim for want of a wound word), a victim speaking of his own harm -> témoin (earlier call), civils")
D["claims2", 85] = S("no claim on reading (an anaesthetist suspected of '24 empoisonnements' under judicial supervision: a poisoning with no stated outcome, twenty-eighth-set call; 'contrôle judiciaire' alone is no claim)")
D["claims2", 86] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "Ardennes filmed assault: 'La victime' suffered a traumatic shock and was given two days of ITT -> wounded 1-1 (twenty-fifth-set injury-certificate call; living-victim call), figure '' (definite), narrator (no source in the paragraph), civils")
D["claims2", 87] = S("no claim on reading (a mayor's 'mort' with no cause told: natural death)")
D["claims2", 88] = K([C("killed", "une", 1, 1, "gouvernement français", "civils")],
    "Saint-Jean-d'Angély: 'Le corps sans vie d'une fillette' found at home, 'très probablement' smothered by her mother, announced the Saintes prosecutor -> killed 1-1, figure 'une' (DEV body rule), the whole sentence under the prosecutor -> gouvernement français (ninth-set call); 'probablement' bears on how, the death is stated -> asserted; civils; the mother in hospital 'dans un état grave' after her car burnt -> no wound word, no claim (eighth-set hospital-condition call)")
D["claims2", 89] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Grégory case: Murielle Bolle retracted when her brother-in-law (Laroche) 'est arrêté' -> captured 1-1, figure '' (definite), narrator, a suspect -> unknown; her retraction bears on her accusations, no harm")
D["claims2", 90] = K([C("killed", "un", 1, 1, "narrator", "civils")],
    "Cher: 'le décès accidentel' of a two-year-old ('d'un enfant') who fell into his parents' kneading machine (lede) -> killed 1-1, figure 'un' (indefinite; a domestic accident, DEV), narrator (the radio is credited in the lede only), civils")

# ---- numbers2 pool ----
D["numbers2", 0] = N("Greenland's ice melt in July: a volume in Olympic pools and a sea-level rise")
D["numbers2", 1] = N("an emergency-call system for cars: a 75-second handling time")
D["numbers2", 2] = N("Iran's uranium enrichment above a set percentage")
D["numbers2", 3] = N("a TV host's holiday during an earthquake: a journalist's two similar experiences and reactions online (the quake is in the previous paragraph; no harm told here)")
D["numbers2", 4] = N("a supercar's 63 units offered for sale")
D["numbers2", 5] = N("a museum's clause judged discriminatory after a guards-pupils 'altercation' (no harm told) and a date")
D["numbers2", 6] = N("some 1,000 viewers at a film preview about the 1966 Le Mans race")
D["numbers2", 7] = N("a film remake and the two earlier versions")
D["numbers2", 8] = N("some thirty chambermaids on strike rallying (their 'mal de dos' and 'maltraitance' of subcontracting: working conditions, no harm event)")
D["numbers2", 9] = N("a Russian prosecutor requesting six years of prison for a director accused of embezzlement: a requested sentence, judicial")
D["numbers2", 10] = N("remote medical consultations reimbursed since a September date")
D["numbers2", 11] = N("the 26 budget 'missions' debated in parliament")
D["numbers2", 12] = N("a Briton refused French nationality, in a village of 700 souls")
D["numbers2", 13] = N("a homeopathy maker's turnover, 1,000 jobs and about 2,400 subcontractors said to be hit by delisting, and a share price")
D["numbers2", 14] = N("a rail boss's social agenda by 23 May and a new contract from 2020")
