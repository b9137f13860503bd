"""Hand annotations of the thirteenth fresh set, and the decision for every
rank read (strictly in draw order). Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"avocat", "gouvernement burundais", "gouvernement russe"}

D = {}

# ---- sahel pool (read first) ----
D["sahel", 0] = S("no claim on reading ('votre interpellation' = the students' question; power cuts)")
D["sahel", 1] = S("no claim on reading ('à perte de vue' is scenery; the slave trade as history, no event)")
D["sahel", 2] = S("no claim on reading (a president's agenda: 150 members, 149 proposals)")
D["sahel", 3] = S("no claim on reading (workers until nightfall, 'tombée de la nuit'; a museum closed)")
D["sahel", 4] = S("no claim on reading ('Interpellé' = questioned by students)")

# ---- claims pool ----
D["claims", 0] = S("no claim on reading (a PM reacting to a shooting named without outcome here, sixth-set call)")
D["claims", 1] = K([C("control", "", 1, 1, "narrator", "unknown")],
    "Fatah and Hamas: background, Hamas 'a pris le contrôle' of Gaza in 2007 -> control 1-1 (one territory), narrator; the loser (the rival Palestinian faction / authority) has no actor id -> unknown (eighth-set call); the near civil war is stated with no harm")
D["claims", 2] = K([C("captured", "", 1, None, "narrator", "jihadist")],
    "French jihadists sentenced in Iraq: extradition possible for 'Français détenus en Irak' -> captured 1-open, figure '', narrator (tenth-set call: detention stated inside a sentence on France's stance, no attribution verb); French IS members held -> jihadist (seventh/eighth sets); 'dans le cas de' restricts to those held in Iraq, it does not make the detention hypothetical")
D["claims", 3] = K([C("killed", "quinze", 15, 15, "narrator", "civils"),
                    C("killed", "onze", 11, 11, "narrator", "civils"),
                    C("wounded", "douze", 12, 12, "narrator", "civils")],
    "Karachi affair: the 2002 bombing in a relative clause, 15 dead 'dont' 11 French naval-yard employees, and 12 wounded -> killed 15, the subset killed 11 (DEV subset rule), wounded 12; narrator; employees and passers-by -> civils")
D["claims", 4] = K([C("killed", "une", 1, 1, "narrator", "civils")],
    "Beirut a month on: a bar near the port where 'une serveuse a péri' in the blast -> killed 'une' 1-1 (singular indefinite, DEV), narrator, civils (accidental blast deaths count, DEV)")
D["claims", 5] = K([C("killed", "", 1, 1, "responsable politique", "jihadist")],
    "A Socialist MP, quoted, admits the woman's child 'est mort' -> killed 1-1, figure '' (definite), the MP's own words -> responsable politique (DEV kind); the son died in Syria fighting with IS (lede): a death in a war zone is a killing (fresh2/fresh9 call), French IS member -> jihadist (seventh/eighth sets)")
D["claims", 6] = K([C("captured", "Trois", 3, 3, "média", "unknown"),
                    C("captured", "Deux", 2, 2, "média", "unknown"),
                    C("captured", "un", 1, 1, "média", "unknown")],
    "Ultra-right plot against Muslims: three people 'interpellées', then two women and a man 'arrêtés', per Le Parisien -> captured 3 and its listed parts 2 and 1 (sixth-set total-and-parts call); the second sentence sources the same arrests (second-set toll-and-sourcing call) -> média (sixth set); suspects -> unknown")
D["claims", 7] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Pardoned US Marine: his lawyer reports his condolences to the family of 'sa victime', a transgender woman he killed (lede) -> killed 1-1, figure '' (named victim), reported condolences -> narrator (fifth-set call); civils; the sentence and pardon are judicial, no claim")
D["claims", 8] = S("no claim on reading (a foiled far-right plot against an MP)")
D["claims", 9] = S("no claim on reading (political 'violence' and 'trahi': figurative; 'repris' in another sense)")
D["claims", 10] = S("no claim on reading (wolves shot under quotas: animals)")
D["claims", 11] = K([C("captured", "", 1, None, "narrator", "unknown")],
    "Iraq 'a arrêté' pro-Iran fighters over rocket fire -> captured 1-open, figure '' (plural, no number), narrator; a pro-Iran militia has no actor id -> unknown (eighth-set call)")
D["claims", 12] = S("no claim on reading (the police 'saisie' of the inquiry, a prosecutor's contacts; the wounding is in the previous paragraph)")
D["claims", 13] = S("no claim on reading (an ambassador summoned; the strike's victim is only in the lede)")
D["claims", 14] = S("no claim on reading (Covid deaths and a tribute to their victims: disease, earlier sets' call)")
D["claims", 15] = K([C("captured", "une centaine", 80, 120, "avocat", "civils")],
    "Petition for French children in Syria: the appeal says some hundred children ('une centaine') are held arbitrarily in Kurdish-run Syria -> captured 80-120 (one fact: the appeal's title says the same); a call for release -> the caller (session-4 call); the appeal launched by two lawyers with signatories -> kind avocat (added); minors held -> civils (sixth/eleventh sets); 'victimes de guerre', a 'risque de mort', illness and trauma are no claim type")
D["claims", 16] = S("no claim on reading (Covid deaths in Iraq: disease)")
D["claims", 17] = K([C("hostage", "", 1, 1, "narrator", "civils"),
                     C("hostage", "", 1, 1, "gouvernement français", "civils")],
    "Yemen: the French sailor 'retenu' over four months by the Houthi rebels (narrator) and 'libéré', as the Elysée announced -> two hostage claims 1-1 (a release presupposes being held, DEV; one fact, two sources, dense rule); a civilian held by rebels -> hostage, civils; Elysée -> gouvernement français")
D["claims", 18] = S("no claim on reading (sailors testing positive for Covid: disease)")
D["claims", 19] = K([C("killed", "quatre", 4, 4, "narrator", "unknown"),
                     C("killed", "", 1, 1, "narrator", "unknown")],
    "Paris police HQ attacker in a relative clause of an MP's remark on his profile: 'a tué quatre fonctionnaires' then was 'abattu' -> killed 4 (police staff -> unknown, eleventh/tenth sets) and killed 1-1, figure '' (the named attacker shot dead -> unknown); narrator (sentence-level rule)")
D["claims", 20] = S("no claim on reading (a flat destroyed by the Beirut blast: civilian property, no materiel)")
D["claims", 21] = K([C("killed", "", 1, 1, "média", "EI", "uncertain"),
                     C("killed", "", 1, 1, "source gouvernementale", "EI", "uncertain"),
                     C("killed", "", 1, None, "narrator", "unknown")],
    "Baghdadi: US outlets incl. CNN and ABC say the IS chief 'aurait été tué' (CNN's tests to confirm 'la mort' are the same source) -> killed 1-1, média, uncertain; an official quoted by ABC says he blew himself up, conditional -> a second source, killed 1-1, uncertain (tenth-set suicide call), anonymous official -> source gouvernementale (second-set call); named IS chief -> EI (twelfth-set Abaaoud call); the group 'responsable de multiples attentats sanglants' ('sanglant' = 'meurtrier', sixth set) in an adjunct -> killed 1-open, narrator, worldwide mixed tolls -> unknown")
D["claims", 22] = K([C("captured", "", 2, None, "gouvernement burundais", "civils")],
    "Burundi vote: the security ministry's spokesman admits that 'un certain nombre' of opposition members were 'arrêtés' -> captured 2-open, figure '' (ninth/eleventh-set call), gouvernement burundais (added, sixth-set state pattern); party activists -> civils; 'incidents mineurs' and fraud attempts are no claim")
D["claims", 23] = S("no claim on reading (the minister's 'semeurs de mort' is a label of convicted IS members, the sixth/ninth-set insult call; 'qui nous ont attaqués' names attacks without outcome; death sentences are judicial)")
D["claims", 24] = K([C("killed", "", 5, 5, "narrator", "unknown"),
                     C("killed", "Quatre", 4, 4, "narrator", "unknown"),
                     C("killed", "au moins 14", 14, None, "narrator", "civils"),
                     C("wounded", "126", 126, 126, "narrator", "civils"),
                     C("wounded", "30", 30, 30, "narrator", "civils")],
    "Barcelona and Cambrils: the car's five occupants 'tous été abattus' -> killed 5-5, figure '' (pronoun with a known number, fifth-set call), attackers shot -> unknown; 'Quatre d'entre eux' by one officer -> the numbered subset, killed 4 (DEV subset rule); the attacks' toll, at least 14 dead and 126 hurt 'dont 30 Français' -> killed 14-open, wounded 126 and the subset wounded 30 ('dont' read on the nearest noun, the wounded); narrator")
D["claims", 25] = K([C("wounded", "six", 6, 6, "narrator", "civils")],
    "Cambrils car: 'qui a également fait six blessés' is a relative clause inside the minister's remarks on the car's trip to France -> wounded 6, narrator (sentence-level rule); the cell's attacks named without outcome")
D["claims", 26] = K([C("killed", "", 2, None, "narrator", "civils")],
    "Rohingya refugees: of the hundreds who tried to flee by boat, many ('Nombre d'entre eux') died on the way -> killed 2-open, figure '' ('de nombreux' read as 'plusieurs', fourth-set call), narrator, civils; deaths in flight at sea are not natural deaths (accidental deaths count, DEV); being stuck in camps is no claim type")
D["claims", 27] = S("no claim on reading (convicted jihadists to be released at the end of their sentence: judicial, seventh/tenth-set call)")
D["claims", 28] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("hostage", "", 1, None, "narrator", "civils")],
    "Trèbes: a fund for the family of the butcher 'assassiné' by the attacker -> killed 1-1, figure '' (named), narrator, civils (eighth-set victims of that rampage); 'la prise d'otages' of the supermarket -> hostage 1-open (sixth-set call), civils")
D["claims", 29] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Colin Powell on the protests 'après la mort' of George Floyd under a policeman's knee -> killed 1-1, figure '' (named), narrator (adjunct outside his quotes), civils")
D["claims", 30] = K([C("killed", "Un", 1, 1, "gouvernement allemand", "unknown"),
                     C("killed", "8", 8, 8, "narrator", "civils")],
    "Munich shooting: a body lying in a street, which 'serait' an attacker's, per the Munich police on Twitter, who add he 'se serait suicidé' (same death) -> killed 'Un' 1-1 (a body found, DEV), asserted (the conditional bears on who he is and how he died), police -> gouvernement allemand (twelfth-set name, sixth-set state pattern), attacker -> unknown; 'des 8 victimes de la tuerie' is a place adjunct -> killed 8, narrator, civils")
D["claims", 31] = K([C("killed", "", 1, 1, "narrator", "jihadist")],
    "the death in Syria of the French jihadist Clain ('la mort'), announced on Thursday (lede: his elimination) -> killed 1-1, figure '', narrator, French IS member -> jihadist (seventh/eighth sets); the ex-minister's reaction is no second claim")
D["claims", 32] = K([C("killed", "47", 47, 47, "narrator", "civils")],
    "Pakistan: background, a PIA domestic flight crashed in 2016 'tuant 47 personnes' -> killed 47, narrator, civils (accidental deaths count, DEV); a civil airliner is no materiel (ninth/tenth-set call)")
D["claims", 33] = K([C("hostage", "", 1, None, "narrator", "civils")],
    "Rio bus hostage-taking: 'l'un des otages', interviewed by Globo, says the man was calm -> the hostages presupposed (dense rule): hostage 1-open, figure '', narrator (his words are about the man's behaviour), passengers -> civils; the police spokesman's 'problèmes psychologiques' is no claim")
D["claims", 34] = K([C("control", "", 1, 1, "narrator", "unknown")],
    "Libya: French Javelin missiles found by the GNA's forces on a base they had 'reprise' from Haftar in late June -> control 1-1, narrator (participle adjunct in the NYT sentence), loser Haftar's side, no actor id -> unknown (eighth-set call); missiles 'trouvés'/'découverts', not said seized -> no materiel (eighth-set call)")
D["claims", 35] = K([C("killed", "dix", 10, 10, "narrator", "unknown")],
    "Charlie Hebdo trial: the attack 'qui a fait dix morts' in the paper's offices (relative clause) -> killed 10, narrator; Charlie Hebdo's dead as a mixed toll -> unknown (seventh/eleventh/twelfth-set call)")
D["claims", 36] = S("no claim on reading (bodyguard trainees drawing pistols in a drill)")
D["claims", 37] = K([C("killed", "plus de 380.000", 380001, None, "narrator", "unknown")],
    "Assad's twenty years: the civil war's toll to date, over 380,000 dead ('plus de 380.000') -> killed 380001-open, narrator, background toll of a whole conflict -> unknown (DEV); the crackdown of 2011 is stated with no harm word")
D["claims", 38] = S("no claim on reading (a man who said he helped 'des victimes' of the Manchester bombing: victims as persons helped, eighth/ninth-set call)")
D["claims", 39] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Strasbourg: hundreds gather 'pour rendre hommage aux victimes' of the attack -> killed 1-open, narrator (reported tribute, eighth-set call: Strasbourg -> civils); the attacker's father on his ideas is no claim")
D["claims", 40] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "Israel and South Lebanon: 'Le décompte des morts' shook opinion and led to the withdrawal -> killed 1-open, figure '' (plural, no number), narrator; Israeli soldiers, an army without an actor id -> unknown (sixth/twelfth-set call)")
D["claims", 41] = K([C("killed", "quatre", 4, 4, "narrator", "unknown")],
    "Paris police HQ: Macron speaks at a tribute 'aux quatre fonctionnaires tués' -> killed 4, narrator (reported tribute adjunct, eighth-set call), police staff -> unknown (eleventh-set call)")
D["claims", 42] = K([C("killed", "59", 59, 59, "narrator", "civils")],
    "Las Vegas: 59 people killed in the deadliest US shooting -> killed 59, narrator, civils; the superlative is the same fact by the same source (one claim, unlike the eleventh set's Manchester call where the toll had another source)")
D["claims", 43] = S("no claim on reading (the justice minister's count of inmates held for terrorism: prison population, judicial, tenth-set call)")
D["claims", 44] = K([C("killed", "", 1, None, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "unknown")],
    "Aude attack, Beltrame's funeral: 'les familles des autres victimes' attend -> killed 1-open, narrator (victims' families presuppose the dead, session-3 call), the other dead being civilians -> civils; 'autres' makes the posthumously decorated officer one of the attack's victims -> killed 1-1, figure '', a gendarme -> unknown (sixth/eighth-set call); the Elysée's quotes speak of his courage only")
D["claims", 45] = S("no claim on reading (Covid deaths worldwide: disease; 'sous contrôle' of an epidemic)")
D["claims", 46] = K([C("killed", "", 3, 3, "narrator", "civils")],
    "Sarcelles: 'le triple meurtre' committed by an off-duty policeman -> killed 3-3, figure '' ('triple' is a multiplier, not a number word of the table; the count is stated), narrator, civils; 's'est emparée de la polémique' is figurative")
D["claims", 47] = S("no claim on reading (IS children's training: beatings with no wound word, twelfth-set call; 'prêts à mourir' a purpose)")
D["claims", 48] = K([C("killed", "Deux", 2, 2, "narrator", "unknown"),
                     C("neutralized", "", 1, 1, "narrator", "unknown")],
    "Paris Opéra knife attack: two people killed 'dont l'assaillant' -> killed 2, a mixed toll (a passer-by and the attacker) -> unknown (fourth/sixth-set call); the attacker inside the counted two is no separate killed claim (DEV); 'maîtrisé' by the police -> neutralized 1-1 (dense set, twelfth-set Thalys call), figure '', narrator, attacker -> unknown")
D["claims", 49] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "China's ambassador to Israel 'retrouvé mort' at his residence, his body sent home -> killed 1-1, figure '', narrator: the DEV/second-set 'found dead, cause not known' call; a state official outside the vocabulary -> unknown (eleventh-set call). The tenth set's diplomat with a 'décès soudain' was no claim; a reviewer could read this one as a natural death too")
D["claims", 50] = K([C("killed", "des dizaines", 20, None, "élu local", "civils")],
    "Nice 14 July: Estrosi, who had just left the mayor's office, was the first to give a provisional toll, 'des dizaines de morts' on social media -> killed 20-open, the former mayor and regional head -> élu local (ninth-set call for the same man), civils")
D["claims", 51] = S("no claim on reading (the accused in their dock at a trial; attacks named without outcome)")
D["claims", 52] = K([C("killed", "au moins trois", 3, None, "narrator", "unknown")],
    "US troops in Iraq: dozens of rocket attacks over a year 'tuant au moins trois Américains' -> killed 3-open, narrator; US military and staff, no actor id -> unknown (sixth-set call); the attacks' attribution to pro-Iran groups bears on the authors")
D["claims", 53] = K([C("killed", "trois", 3, 3, "narrator", "unknown"),
                     C("killed", "deux", 2, 2, "narrator", "unknown"),
                     C("hostage", "un", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "unknown")],
    "Liège: a man shot dead three people 'dont deux policières' -> killed 3 (mixed toll -> unknown) and the subset killed 2 (police -> unknown, sixth-set call); took 'un otage' in a school -> hostage 1, civils; was 'abattu' -> killed 1-1, figure '', attacker -> unknown; 'selon la justice belge' bears on the terrorist look of the act only -> narrator")
D["claims", 54] = K([C("killed", "42", 42, 42, "narrator", "unknown", "uncertain"),
                     C("control", "", 1, 1, "narrator", "unknown"),
                     C("control", "", 1, 1, "narrator", "unknown"),
                     C("control", "", 1, 1, "narrator", "unknown")],
    "Al-Bab: rebels and Turkish troops enter the town (entering is no holding: no control claim); the fighting 'auraient fait 42 morts' -> killed 42, uncertain, sides not given -> unknown; the regime's forces 'maîtrisent toujours' the west, the Kurds 'tiennent' the north, IS 'occupe' a large territory -> three control claims 1-1, narrator, no loser named -> unknown (seventh-set held-area call)")
D["claims", 55] = S("no claim on reading (a heading on 'le détenu', a convict serving a life sentence: judicial, tenth-set call)")
D["claims", 56] = K([C("killed", "", 1, 1, "gouvernement russe", "unknown")],
    "Soleimani: 'Cet assassinat' may worsen things, Putin warned Macron -> killed 1-1, figure '', the sentence as a whole is put under the Russian president (dense rule) -> gouvernement russe (added, sixth-set state pattern); an Iranian general -> unknown (eleventh-set call); the UN chief's call for restraint is no claim")
D["claims", 57] = S("no claim on reading (a shooting's circumstances, a threat and shots with no outcome in this paragraph, sixth-set call)")
D["claims", 58] = K([C("killed", "", 1, None, "responsable politique", "civils"),
                     C("wounded", "", 1, None, "responsable politique", "civils")],
    "Nice: Le Pen's quoted condolences 'aux familles et proches des victimes' -> killed 1-open (quoted condolences, fifth-set call), and her support to those who, 'blessés ou épargnés', lived through it -> wounded 1-open (the phrase addresses wounded people); presidential candidate -> responsable politique (sixth-set call); civils")
D["claims", 59] = S("no claim on reading (IS threats against Germany; the Brussels attacks named without outcome)")
D["claims", 60] = K([C("wounded", "Au moins 16", 16, None, "gouvernement américain", "civils")],
    "Dayton: the police's tweet, continued: at least 16 others 'hospitalisées pour des blessures' -> wounded 16-open (the wound word is stated), US police -> gouvernement américain (sixth-set state pattern), civils; the dead are in the previous paragraph")
D["claims", 61] = K([C("captured", "Un", 1, 1, "narrator", "unknown"),
                     C("killed", "un", 1, 1, "narrator", "civils")],
    "Noisy-le-Grand: a man 'interpellé', suspected of having killed a fast-food waiter -> captured 'Un' 1-1 (suspect -> unknown) and killed 'un' 1-1, civils; the suspicion bears on who killed, not on the death (the murder is the story's fact) -> asserted; narrator")
D["claims", 62] = S("no claim on reading (footballers' military salute; a minister's call for a sanction)")
D["claims", 63] = K([C("killed", "Quatre", 4, 4, "narrator", "unknown"),
                     C("killed", "", 1, 1, "narrator", "unknown")],
    "Paris police HQ knife attack: four people killed -> killed 4, police staff -> unknown (eleventh-set call); the attacker, an employee, 'abattu' -> killed 1-1, figure '' (definite), unknown; narrator")
D["claims", 64] = S("no claim on reading (a former president's attack on the left; the church attack named without outcome)")
D["claims", 65] = K([C("control", "", 1, 1, "narrator", "unknown")],
    "Yemen: Taiz 'sous le contrôle' of government forces, encircled by the Houthis -> control 1-1 (a city held), narrator, no loser named -> unknown (seventh-set held-area call); their frequent shelling is a habit with no outcome (no claim)")
D["claims", 66] = K([C("captured", "", 1, None, "gouvernement afghan", "jihadist")],
    "Doha talks: Abdullah, the former chief executive now leading the peace side, says the Taliban may accept a ceasefire for 'une nouvelle opération de libération de prisonniers' -> captured 1-open, figure '' (prisoners offered in talks, sixth/eighth-set call), the speaker -> gouvernement afghan (sixth-set name), Taliban prisoners -> jihadist")
D["claims", 67] = S("no claim on reading (threats of attacks and live broadcasts)")
D["claims", 68] = S("no claim on reading (a foiled plot; suspects not said arrested here)")
D["claims", 69] = K([C("killed", "au moins 20", 20, None, "narrator", "unknown"),
                     C("killed", "", 1, None, "narrator", "civils"),
                     C("wounded", "50", 50, 50, "narrator", "unknown")],
    "Kabul, background: the earlier attack on Saleh's offices: at least 20 dead ('au moins 20'), mostly civilians, and 50 hurt -> killed 20-open (mixed toll -> unknown), the partitive subset of civilians -> killed 1-open, figure '' (tenth/eleventh-set partitive call), wounded 50 (sides not given, same mixed attack -> unknown); narrator")

# ---- numbers pool ----
D["numbers", 0] = N("A rally planned on 10 October in support of the Paris police HQ attacker; the attack's outcome is not stated here")
D["numbers", 1] = S("only number in a name (the radio Europe 1); searches found no weapons")
D["numbers", 2] = N("Nagasaki's mayor urging Japan to sign the nuclear ban treaty adopted by 122 countries in August 2017; no harm stated")
D["numbers", 3] = N("Eichmann flown out on 20 May with a false passport on a delegation's plane for Argentina's 150th anniversary; his abduction is in the lede, no holding word here (third-set 'no harm word' call)")
D["numbers", 4] = N("A professor recalls Trump's 2016 campaign line on the Iraq war as a foreign-policy error; no harm stated")
D["numbers", 5] = S("holds a claim: a jihadist, his two partners and their nine children 'remis aux autorités françaises' (handed into custody, the eighth-set 'aux mains de la justice' call -> captured)")
D["numbers", 6] = N("Macron on France 2, 8 November: French nationals' crimes to be tried in Iraq; no harm or detention stated in this paragraph")
D["numbers", 7] = N("A comic album's cover: a cowboy and four Klan members with torches; no harm")
D["numbers", 8] = N("US-China rivalry at the UN, the two leading powers; no harm")
D["numbers", 9] = S("holds a claim: a banker 'retrouvé pendu' under a London bridge in 1982 (a body found -> killed, DEV/second-set call, as claims rank 49)")
D["numbers", 10] = N("Geneva motor show cancelled for 2021 over the pandemic's costs")
D["numbers", 11] = N("Sarkozy: what should have been done over eighteen months; the Nice attack is only in the lede")
D["numbers", 12] = N("Charlie Hebdo trial: the printer tells how he hid his colleague from the two gunmen climbing the stairs; no harm stated in this paragraph")
D["numbers", 13] = N("Gaza: security sources confirm strikes near Khan Younis in a territory of two million; strikes with no outcome (sixth-set call)")
D["numbers", 14] = N("A French-Turkish woman tried behind closed doors, who faced up to 20 years: a sentence is judicial (DEV); photos with a PKK leader")
D["numbers", 15] = N("Staff of a production company had witnessed the January 2015 attack, named without outcome here (sixth-set call)")
D["numbers", 16] = N("New York as a favoured target, thousands of police officers deployed (troop strengths are no claim, DEV)")
D["numbers", 17] = N("Assange faces 175 years for leaking over 700,000 documents from 2010: a possible sentence and document counts")
