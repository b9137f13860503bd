"""Hand annotations of the fourteenth fresh set, and the decision for every
rank read (strictly in draw order). Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"GIA", "gouvernement néerlandais"}

D = {}

# ---- sahel pool: no eligible row (the five claim-free paragraphs of sets 7-12
# fall in the story groups of set 13's sahel rows: extra exclusion) ----

# ---- claims pool ----
D["claims", 0] = S("no claim on reading (Lebanon's Covid deaths: disease, second-set call)")
D["claims", 1] = K([C("killed", "8", 8, 8, "narrator", "civils"),
                    C("wounded", "117", 117, 117, "narrator", "civils"),
                    C("killed", "", 1, None, "GIA", "civils")],
    "RER Saint-Michel 1995, recalled by a retired RATP agent: the bombing claimed by the GIA had made 8 dead and 117 hurt -> killed 8 and wounded 117, narrator, civilians; the claim of responsibility with the toll in the paragraph -> killed 1-open by the group (session-4 / eighth-set rule); the Algerian armed group speaks for itself under its usual name -> GIA (added, seventh-set 'talibans' pattern)")
D["claims", 2] = K([C("captured", "Deux", 2, 2, "narrator", "unknown"),
                    C("captured", "deux", 2, 2, "gouvernement néerlandais", "unknown")],
    "13 November weapons inquiry: two suspects held in Amsterdam (narrator) and the Dutch public prosecution's statement that police arrested two men -> two captured 2-2 claims (same fact, two sources, dense rule); prosecution -> gouvernement néerlandais (added, sixth-set state pattern); arrested suspects -> unknown (eleventh-set call); the attacks are named without outcome here")
D["claims", 3] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                    C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Villeurbanne knife attack: the person held since Saturday, now in pretrial detention -> captured 1-1 (arrest and detention one fact, eighth-set call), narrator (participle, sentence-level rule); charged, per the prosecutor, with 'assassinat' -> killed 1-1 (third/ninth-set judicial-charge call), the prosecutor's words are the charge itself -> gouvernement français; 'tentatives' are attempts: no wounded claim")
D["claims", 4] = S("no claim on reading (horses, ponies and donkeys killed or mutilated: animals)")
D["claims", 5] = S("no claim on reading (a heading on the voices of the 13 November claim of responsibility: no toll, eighth-set call)")
D["claims", 6] = S("no claim on reading (a colleague's portrait of the headmaster; no harm stated)")
D["claims", 7] = S("no claim on reading (a gunman's 27 convictions: judicial; attacks by watch-listed men named without outcome)")
D["claims", 8] = S("no claim on reading (a suspect's clothes on the day of the bombings; no outcome)")
D["claims", 9] = K([C("killed", "90", 90, 90, "narrator", "civils"),
                    C("killed", "130", 130, 130, "narrator", "civils")],
    "Hollande and the Bataclan: 90 killed there and 130 dead in all in Paris, in a relative clause and brackets inside a journalist's account -> two killed claims (the venue's toll and the total), narrator (sentence-level rule); a gunman's shout heard in the hall ('On vous tue...') is an utterance during the act, not a report of harm: not annotated")
D["claims", 10] = S("no claim on reading (cyber attacks; a threatened 'destruction': purpose)")
D["claims", 11] = S("no claim on reading (Chirac's natural death mourned)")
D["claims", 12] = K([C("killed", "", 1, None, "gouvernement français", "civils"),
                     C("wounded", "", 1, None, "gouvernement français", "civils")],
    "Strasbourg 2018, the prosecutor's briefing: quoted, the gunman 'a blessé grièvement et donné la mort' along his route -> killed 1-open and wounded 1-open, figure '' (no number in the quote); Paris prosecutor -> gouvernement français (ninth-set call); Strasbourg victims -> civils (eighth set)")
D["claims", 13] = K([C("captured", "trois", 3, 3, "narrator", "unknown")],
    "Prison-staff plot: 'les trois suspects' in custody ('En garde à vue') -> captured 3-3, narrator (the source-close sentence is about targets only); suspects -> unknown; the foiled plot is no claim")
D["claims", 14] = S("no claim on reading (eleven French sentenced to death in Iraq: judicial; no held or harm word)")
D["claims", 15] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Paris knife attack 2018, the attacker's friend: 'de son interpellation' inside the prosecutor's report on a lost phone -> captured 1-1, narrator (eleventh-set adjunct call), suspect -> unknown; seven phones seized in a search are evidence, not equipment (tenth-set call): no materiel")
D["claims", 16] = K([C("wounded", "quatre", 4, 4, "narrator", "civils")],
    "Paris knife attack 2018, a heading: the four other wounded out of danger -> wounded 4-4, narrator, passers-by -> civils")
D["claims", 17] = K([C("wounded", "Six", 6, 6, "narrator", "civils"),
                     C("wounded", "un", 1, 1, "narrator", "unknown"),
                     C("killed", "", 1, None, "narrator", "unknown"),
                     C("killed", "13", 13, 13, "narrator", "civils")],
    "Cambrils: six civilians and a police officer hurt -> wounded 6 (civils) and 1 (officer -> unknown, sixth-set call; two listed groups, no total); the presumed attackers 'abattus' by police -> killed 1-open, figure '' (their five is only in the title), unknown; Barcelona's attack 'qui a fait 13 morts' -> killed 13, narrator")
D["claims", 18] = K([C("killed", "13", 13, 13, "responsable local", "civils"),
                     C("wounded", "plus de 50", 51, None, "responsable local", "civils"),
                     C("killed", "une", 1, 1, "responsable local", "civils"),
                     C("wounded", "32", 32, 32, "responsable local", "civils"),
                     C("wounded", "plusieurs", 2, None, "responsable local", "civils")],
    "Barcelona: the Catalan regional interior chief tweets 13 dead and over 50 hurt -> killed 13, wounded 51-open; his earlier toll of one dead woman and 32 hurt, several badly ('dont plusieurs') -> killed 1, wounded 32, wounded 2-open (new call: a superseded toll with other figures is its own claim, not a restatement); a regional minister -> responsable local (dense kind for a regional authority)")
D["claims", 19] = S("no claim on reading (a victims' association as a party criticising a minister, fresh6/fresh8 call)")
D["claims", 20] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "A resistance figure's biography: made a prisoner of war in 1940s Alsace, sent to a labour camp, then escaped -> captured 1-1, figure '' (named), narrator; a French soldier outside the Sahel forces -> unknown (fourth-set call); his later death at 108 is natural and not in this paragraph")
D["claims", 21] = K([C("killed", "deux", 2, 2, "narrator", "civils"),
                     C("killed", "un", 1, 1, "narrator", "unknown")],
    "Marseille Saint-Charles: a man stabbed two young women to death -> killed 2, civils; he was then 'abattu' by soldiers -> killed 1-1, figure 'un' (ninth-set 'un homme' call), attacker -> unknown; narrator")
D["claims", 22] = S("no claim on reading (Las Vegas: the sheriff names the suspect; his partner sought; the shooting named without outcome here)")
D["claims", 23] = K([C("killed", "", 1, 1, "gouvernement français", "unknown")],
    "A French corporal hurt in a 2018 accident on operation in Lebanon 'est décédé', per his regiment on Facebook -> killed 1-1 (accidental death in operation counts, DEV; fresh2 'cause not yet known' call), figure '' (named); a French regiment outside the Sahel operations -> gouvernement français (new call: the French army outside Barkhane's theatre, sixth-set state pattern), victim unknown (fourth-set call)")
D["claims", 24] = K([C("killed", "", 1, 1, "source proche du dossier", "unknown")],
    "Trèbes, Beltrame: per sources close to the inquiry (via Le Parisien), he was fatally hurt while trying to disarm the attacker -> killed 1-1 only ('mortellement blessé' -> killed, sixth-set call); the conditional bears on how it happened, not on the death (eleventh-set call) -> asserted; inquiry sources -> source proche du dossier (eleventh set); a gendarme -> unknown; the cashier he replaced is not said held in this paragraph")
D["claims", 25] = S("no claim on reading (Iraq 2005: hostages 'légion' as a description of the period, a kidnapping feared 'imminent' and an 'ideal hostage': no event, habits / hypothetical calls)")
D["claims", 26] = S("no claim on reading (a weekly reprinting cartoons for the January 2015 trial: no outcome)")
D["claims", 27] = K([C("killed", "aucune", 0, 0, "narrator", "unknown", modality="denied")],
    "F-35 crash in South Carolina: no victim to deplore -> killed 0-0, denied, narrator (seventh-set 'sans faire de victimes' call); crew of a foreign army -> unknown; the crash itself is told in the previous paragraph, not here (no materiel claim in this one)")
D["claims", 28] = K([C("killed", "10", 10, 10, "narrator", "unknown")],
    "Charlie Hebdo: the economist is one of the 10 people killed at the newsroom -> killed 10 only (a named person inside a counted group, DEV); his death at 68 is the same fact; the newsroom toll includes a police bodyguard -> unknown (seventh-set mixed toll)")
D["claims", 29] = S("no claim on reading (an MP on rail strikers as future targets: hypothetical)")
D["claims", 30] = S("no claim on reading (a poll on future attacks)")
D["claims", 31] = S("no claim on reading (a dance show cancelled for fear of attacks)")
D["claims", 32] = S("no claim on reading (terrorism convicts leaving prison: judicial, tenth-set call)")
D["claims", 33] = K([C("captured", "Six", 6, 6, "narrator", "civils"),
                     C("captured", "Un", 1, 1, "narrator", "civils")],
    "Gilets jaunes: six held for throwing pallets at police near Bordeaux, another in custody in Poitiers after hitting a police car -> captured 6 and captured 1 (no total), narrator; arrests outside war -> civils (fifth/ninth-set calls); the minister's ten examples of police 'attaquées' have no outcome, and a police car hit is not said destroyed (no materiel)")
D["claims", 34] = K([C("killed", "", 1, 1, "narrator", "jihadist"),
                     C("killed", "", 1, 1, "narrator", "unknown"),
                     C("captured", "", 1, 1, "narrator", "jihadist"),
                     C("captured", "", 1, 1, "narrator", "civils")],
    "A French IS wife sentenced in Baghdad: her husband and eldest son 'tués dans les combats' -> killed 1 and 1 (two persons, no total; husband an IS member -> jihadist, the son's status unstated -> unknown); she was arrested with her daughter -> captured 1 (jihadist, fresh7/fresh8) and captured 1 (a minor -> civils, eleventh set); her trial is judicial")
D["claims", 35] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Paris police HQ tribute: the courtyard where the named attacker 'a été abattu' (relative clause) -> killed 1-1, narrator, attacker -> unknown (eleventh-set call); the tribute itself is in the previous paragraph")
D["claims", 36] = S("no claim on reading (Nice: police numbers disputed; 'le drame' alone carries no harm word, third-set call)")
D["claims", 37] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "A jihadist's trial: the man, 'interpellé' in August 2015 (apposition), said to have warned the DGSI -> captured 1-1, narrator (appositions carry the narrator's voice, dense rule), suspect -> unknown; the 13 November 'tragiques évènements' carry no harm word")
D["claims", 38] = S("no claim on reading (web users' tweets on 'Turks victims of attacks' in general and on Aleppo's children: no event counted, habits call; the Berlin attacks named without outcome)")
D["claims", 39] = S("no claim on reading (a Bataclan survivor's workplace drill; 'rescapé' is no harm word)")
D["claims", 40] = K([C("killed", "deux", 2, 2, "narrator", "unknown"),
                     C("killed", "", 2, 2, "gouvernement français", "unknown"),
                     C("killed", "Deux", 2, 2, "narrator", "civils"),
                     C("killed", "une", 1, 1, "narrator", "civils"),
                     C("killed", "une", 1, 1, "narrator", "civils"),
                     C("wounded", "une cinquantaine", 40, 60, "narrator", "civils")],
    "Rue de Trévise gas blast (accidental deaths count, DEV): both firemen died of their wounds -> killed 2, narrator ('succombé' -> killed only, fourth set); the Paris fire brigade's general, quoted, says they saved lives 'avant de mourir' ('Ils', the two) -> killed 2-2, figure '' (fifth-set pronoun call), a second source (dense rule); the brigade is a French army unit -> gouvernement français (call of rank 23), military firemen -> unknown; two other dead, a Spanish tourist and a resident -> killed 2, 1, 1 (total and listed parts, third set), civils; about fifty hurt -> wounded 40-60")
D["claims", 41] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "Metz apology-of-terrorism case: the teenager 'remis en liberté sous contrôle judiciaire' -> captured 1-1 (a release presupposes being held, seventh-set call; unlike fresh8's 'laissé libre'), narrator (participle inside France Bleu's sentence about his removal from his family), a minor -> civils (eleventh set); 'mis en examen' is no claim")
D["claims", 42] = S("no claim on reading (a heading on radicalised prisoners: inmates serving sentences, judicial)")
D["claims", 43] = K([C("killed", "Quatre", 4, 4, "narrator", "unknown")],
    "Paris police HQ killing: four prefecture staff killed -> killed 4, narrator, police staff -> unknown (eleventh-set call)")
D["claims", 44] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Nice 2016: the spot where the named attacker 'a été tué' (relative clause) -> killed 1-1, narrator, attacker -> unknown")
D["claims", 45] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "Charlie Hebdo poll: the young are more tolerant of 'les tueurs' -> killed 1-open (eleventh-set agent-noun call: 'le tueur' presupposes the killing), narrator, Charlie Hebdo dead as a mixed toll -> unknown (seventh set)")
D["claims", 46] = K([C("killed", "un", 1, 1, "narrator", "civils")],
    "Grenoble: after the death of a young man stabbed outside a nightclub -> killed 1-1, figure 'un', civils; a man of 30 'visé par des tirs' is not said hurt in this paragraph (only the lede says so): no wounded claim (third-set no-harm-word call)")
D["claims", 47] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "Charlie Hebdo trial: survivors of 'la tuerie' -> killed 1-open (sixth-set call), 'le carnage' the same fact, narrator, mixed toll -> unknown (seventh set); a survivor's 'accepté de mourir' states no harm")
D["claims", 48] = K([C("captured", "Un", 1, 1, "narrator", "unknown"),
                     C("killed", "un", 1, 1, "narrator", "civils")],
    "Paris knife attack 2018: a friend of the attacker held and placed in custody in Strasbourg -> captured 1-1, figure 'Un', suspect -> unknown; the attack 'qui a fait un mort' (relative clause) -> killed 1-1, narrator, passer-by -> civils")
D["claims", 49] = S("no claim on reading (an auction for terrorism victims: victims as beneficiaries, eighth/ninth-set call)")
D["claims", 50] = S("no claim on reading (a court ruling on an offence and its penalties: judicial)")
D["claims", 51] = K([C("hostage", "79", 79, 79, "narrator", "civils"),
                     C("hostage", "", 1, 1, "narrator", "civils"),
                     C("hostage", "un", 1, 1, "narrator", "civils"),
                     C("hostage", "un", 1, 1, "narrator", "civils")],
    "Bamenda school kidnapping: 79 pupils 'enlevés' by unidentified gunmen -> hostage 79; the principal, a teacher and a driver also among the kidnapping's victims -> hostage 1, 1, 1 (listed persons, no total in this paragraph: the 82 is in the lede), narrator, civilians")
D["claims", 52] = K([C("wounded", "", 1, None, "narrator", "civils")],
    "Strasbourg 2018: Le Parisien profiles 'les victimes qu'il a touchées' while the gunman is on the run -> wounded 1-open, the weaker harm 'victime' of a shooting states (eleventh-set Bastia and twelfth-set heading calls; the story has dead and wounded), narrator (relative clause inside the paper's sentence), civils; his flight is no claim")
D["claims", 53] = K([C("wounded", "quatre", 4, 4, "gouvernement afghan", "civils"),
                     C("wounded", "un", 1, 1, "gouvernement afghan", "civils")],
    "Kabul: four mines that exploded the day before hurt four civilians, a child among them, per the police -> wounded 4 and the 'dont' subset 1 (DEV subset rule), credited to the Afghan police -> gouvernement afghan (sixth-set state pattern); the hospital attack 'toujours en cours' has no outcome here")
D["claims", 54] = S("no claim on reading (the trial to be filmed; a lawyer of attack victims as a party, fresh6/fresh8 call)")
D["claims", 55] = S("no claim on reading (a couple's plan of an attack: purpose; the arrest is only in the lede)")
D["claims", 56] = S("no claim on reading (Beirut: a civilian ship seized by a court, then sunk: not equipment of a party, ninth-set call)")
D["claims", 57] = S("no claim on reading (the Champs-Elysées attack claimed by IS with no toll here, eighth/ninth-set call; a note found 'près de son corps': a body without a harm word, third-set call)")
D["claims", 58] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Ex-Miss France's tribute to 'victimes des attentats en Catalogne', reported -> killed 1-open, narrator (eighth-set reported-tribute call), civilians")
D["claims", 59] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Aden: funeral of the AFP videographer 'mort à 34 ans' (shot dead per the lede; a death in a war context with no natural cause is a killing, fresh2/fresh9/tenth-set calls) -> killed 1-1, figure '' (named), narrator, journalist -> civils; his age is not a figure")
D["claims", 60] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Champs-Elysées shooting 2016: per iTélé, the targets were the police chief who had ended 'la tuerie' at the Bataclan, and his driver -> killed 1-open for the Bataclan (sixth-set 'la tuerie' call), narrator (relative clause inside the channel's sentence), civilians; the two officers 'pris pour cible' are not said hurt in this paragraph (no harm word)")
D["claims", 61] = S("no claim on reading (an ex-MP walks off a TV set; the attacks in Spain named without outcome)")
D["claims", 62] = S("no claim on reading (administrative detention debated as a proposal: hypothetical)")
D["claims", 63] = S("no claim on reading (the Strasbourg suspect's past sentences, served: judicial)")
D["claims", 64] = K([C("captured", "cinq", 5, 5, "narrator", "unknown"),
                     C("killed", "", 1, None, "narrator", "unknown")],
    "Paris police HQ: five people of the attacker's circle held -> captured 5, narrator, relatives and friends in custody -> unknown (sixth-set call); 'l'auteur de la tuerie' -> killed 1-open (sixth/eleventh-set calls), police staff -> unknown")
D["claims", 65] = S("no claim on reading (Russia's Covid deaths: disease)")
D["claims", 66] = S("no claim on reading (the attacker's partner watch-listed, per the prosecutor; her arrest is only in the title)")
D["claims", 67] = K([C("killed", "plus de 3000", 3001, None, "narrator", "civils")],
    "9/11 mattress advert: the day when terrorism killed over 3000 people -> killed 3001-open, narrator (relative clause), civilians")
D["claims", 68] = K([C("killed", "", 1, None, "gouvernement français", "civils")],
    "Villejuif: the anti-terror prosecution's statement, quoted, on 'un parcours meurtrier' -> killed 1-open (sixth-set 'périple meurtrier' call), its own words about the harm -> gouvernement français (ninth-set prosecutor call), civilians")
D["claims", 69] = S("no claim on reading (the Trèbes cashier stays shut at home; a mayor's visits)")
D["claims", 70] = K([C("captured", "", 1, None, "narrator", "civils"),
                     C("captured", "", 1, None, "narrator", "civils")],
    "Macron-Putin: the mass arrests of protesters in Moscow, which Macron might raise ('peut-être' bears on the talk, not the arrests) -> captured 1-open; the 2017 arrests of gay men in Chechnya he criticised -> captured 1-open; narrator, arrests outside war -> civils (fifth/ninth-set calls)")
D["claims", 71] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "Pakistan: 'une décennie sanglante' of daily attacks -> killed 1-open ('sanglant' read as 'meurtrier', sixth/twelfth-set calls), narrator, a background toll of a whole conflict -> unknown (DEV)")
D["claims", 72] = K([C("captured", "un", 1, 1, "média", "unknown")],
    "Limoges ultra-right suspect: 'Selon le journal', the DGSI had to arrest a man -> captured 1-1, figure 'un', the whole sentence under Le Parisien -> média (sixth/eighth-set calls), suspect -> unknown; his plan is a purpose")
D["claims", 73] = K([C("captured", "", 1, 1, "narrator", "jihadist"),
                     C("captured", "", 1, 1, "narrator", "unknown"),
                     C("killed", "", 1, 1, "narrator", "unknown")],
    "Manchester: the bomber's younger brother 'arrêté en Libye' (narrator; the next sentence, per local police, calls him an IS member -> jihadist) -> captured 1-1; the father interviewed just before he too was arrested in Tripoli ('emporté par la police', same fact) -> captured 1-1, an attacker's relative -> unknown (sixth-set call); 'le kamikaze présumé' -> killed 1-1 for the bomber himself (new call: the agent noun of a suicide bombing presupposes the bomber's death, as 'le tueur' presupposes a killing, eleventh set; 'présumé' bears on who he is), attacker -> unknown; the 22 dead are in the previous paragraph")
D["claims", 74] = K([C("killed", "", 1, None, "gouvernement français", "civils")],
    "Barcelona: Macron's own tweet of solidarity 'pour les victimes' of the attack -> killed 1-open, gouvernement français (fifth-set quoted-condolences call), civilians")
D["claims", 75] = K([C("materiel", "", 1, None, "gouvernement français", "unknown")],
    "Strikes on Syria 2018: Le Drian, quoted, says a good part of Assad's chemical arsenal 'a été détruite' -> materiel 1-open (weapons of a party destroyed), gouvernement français; the Syrian state has no actor id -> unknown (eighth-set call)")
D["claims", 76] = K([C("killed", "", 2, 2, "narrator", "jihadist")],
    "Barcelona cell's Paris trip: two named jihadists 'depuis décédés' (the apposition covers both) -> killed 2-2, figure '' (seventh-set joint apposition call), narrator; a death of attackers in an attack context with no natural cause is a killing (fresh2/ninth-set calls); called jihadists in the paragraph -> jihadist (DEV); the 15 dead are only in the lede")
D["claims", 77] = K([C("killed", "", 1, 1, "gouvernement américain", "unknown"),
                     C("killed", "un", 1, 1, "gouvernement américain", "civils")],
    "Azusa shooting: the gunman 'trouvé mort', per the police, suicide or shot by officers unknown -> killed 1-1 asserted (the doubt bears on how; tenth-set suicide call), attacker -> unknown; the sheriff's statement: a man pronounced dead at hospital -> killed 1-1, figure 'un'; both US authorities -> gouvernement américain (sixth set); two women 'hospitalisées dans un état critique' carry no harm word (eighth-set hospital-condition call): no wounded claim")

# ---- numbers pool ----
D["numbers", 0] = N("Caen: a watch-listed youth charged over a stay in Syria supervised minors for a year; being charged is judicial (ninth set), no harm")
D["numbers", 1] = S("holds a claim: a brother of the Strasbourg attacker speaks after four days 'de garde à vue' (custody -> captured, sixth-set call)")
D["numbers", 2] = N("Strikes on Syria debated: a presumed chemical attack of 7 April and the strikes named without outcome (sixth/twelfth-set no-outcome call)")
D["numbers", 3] = N("Verdun centenary: a German war cemetery where over 11.000 soldiers lie, and a 1984 gesture; graves and the buried carry no harm word (third-set bodies/coffins call)")
D["numbers", 4] = N("A convicted ex-jihadist under house arrest, aged 44, to be lodged in a hotel; no harm")
D["numbers", 5] = S("only number in a name (France 3)")
D["numbers", 6] = N("Horse attacks: a minister's promise and a free phone line opened on 9 September; animals are no victims")
D["numbers", 7] = S("holds a claim: a Trèbes victim who 'avait reçu une balle dans la tête' (wounded, sixth-set call)")
D["numbers", 8] = N("Colombia: an ex-president's 2012 complaint against a senator; his hard line on guerrillas states no event")
D["numbers", 9] = N("Pakistan censorship since summer 2018; no harm")
D["numbers", 10] = S("only number in a name (AK-47); magazines 'découverts' in searches are not said seized (eighth-set call)")
D["numbers", 11] = N("A singer's shortened concert: 600 people present instead of 2000-3000 expected (crowd sizes)")
D["numbers", 12] = N("IS audio calling for attacks during Ramadan (a call, purpose), with its dates; the Egyptair crash is named without a toll")
D["numbers", 13] = N("Barcelona cell: a document of six slides on the Eiffel Tower found in Spain; suspicion of a plan, no harm")
D["numbers", 14] = N("Gilets jaunes: four Saturdays of protest, three marked by violence and damage; clashes and property damage with no casualty stated (eighth-set windows call)")
D["numbers", 15] = N("A TV host's lawsuit: about a hundred staff left jobless (figurative, no harm)")
D["numbers", 16] = N("Moscow parade moved to 24 June, the date of the 1945 parade; Covid cases (disease)")
D["numbers", 17] = N("Egyptair: the plane crashed about 130 miles from a Greek island, per a Greek source; no toll in this paragraph (a civil airliner is no equipment, ninth-set call)")
D["numbers", 18] = S("only number in a name (a drone type, Hermes 900)")
D["numbers", 19] = N("London 2017 attacker's profile: converted at 17, a group banned from 2006; no harm here")
