"""Hand annotations of the twelfth fresh set, and the decision for every rank
read (strictly in draw order). Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"gouvernement yéménite", "gouvernement norvégien", "Croix-Rouge libanaise", "Reporters sans frontières", "gouvernement allemand"}

D = {}

# ---- sahel pool (read first) ----
D["sahel", 0] = S("no claim on reading (museum works; 'tombée de la nuit' is the evening)")
D["sahel", 1] = S("no claim on reading ('Interpellé' = questioned; power cuts)")
D["sahel", 2] = S("no claim on reading (a president's agenda: members and proposals counted)")
D["sahel", 3] = S("no claim on reading ('à perte de vue'; slave trade as history, no event)")
D["sahel", 4] = S("no claim on reading (a student's 'interpellation' is a question; the earlier sets read it the same)")

# ---- claims pool ----
D["claims", 0] = K([C("killed", "", 1, 1, "gouvernement yéménite", "civils")],
    "Aden: a Yemeni deputy minister condemns the 'meurtre' of the AFP videographer and calls it an 'assassinat' -> killed 1-1, named victim, figure ''; the harm is what his words are about (third-set call) -> gouvernement yéménite (added, sixth-set state pattern); journalist -> civils")
D["claims", 1] = S("no claim on reading (a pony shot: animals, earlier sets' call)")
D["claims", 2] = K([C("captured", "un", 1, 1, "gouvernement norvégien", "unknown")],
    "Rue des Rosiers suspect: Norway's anti-terror police say they arrested a man on a European warrant -> captured 'un' 1-1 (the 'arrestation' is the same fact); PST -> gouvernement norvégien (added, state pattern); arrested suspect -> unknown (eleventh-set call); his wife's 'never killed anyone' denies his role, not a harm: no denied claim")
D["claims", 3] = S("no claim on reading (a governor 'victime' of a plot: figurative)")
D["claims", 4] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Strasbourg: the named gunman 'abattu' by police after his flight -> killed 1-1, figure '' (named), narrator, attacker shot dead -> unknown (eleventh-set call); 'la fusillade' named without outcome here")
D["claims", 5] = S("no claim on reading (a tanker's possible spill: hypothetical)")
D["claims", 6] = K([C("wounded", "Une", 1, 1, "narrator", "civils")],
    "Trèbes documentary, a heading: 'Une victime témoigne', a living victim of attacks with dead and wounded -> wounded 1-1, the weaker harm a victim of a shooting states (eleventh-set Bastia call), figure 'Une', narrator, civils")
D["claims", 7] = S("no claim on reading (foiled attacks and their targets)")
D["claims", 8] = K([C("killed", "130", 130, 130, "proche de victime", "civils"),
                    C("killed", "", 1, 1, "narrator", "civils")],
    "13 November documentary: the victims' association officer, mother of a young man who died at the Bataclan, speaks of the 130 'personnes assassinées' -> killed 130 (her 'des morts' is the same fact), claimant proche de victime; her son 'mort au Bataclan' in the narrator's apposition -> killed 1-1, narrator")
D["claims", 9] = K([C("killed", "130", 130, 130, "narrator", "civils"),
                    C("wounded", "plus de 350", 351, None, "narrator", "civils")],
    "13 November commemorations: relative clause giving the toll -> killed 130 and wounded 'plus de 350' (351-open), narrator, civilians")
D["claims", 10] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Villejuif knife attack: the young attacker 'abattu' by police -> killed 1-1, figure '', narrator, attacker -> unknown (eleventh-set call)")
D["claims", 11] = K([C("killed", "Au moins 6", 6, None, "narrator", "civils"),
                     C("wounded", "48", 48, 48, "narrator", "civils")],
    "London Bridge: at least 6 killed and 48 injured -> two claims, narrator; 'présumé' bears on the terrorist nature, not on the harm -> asserted")
D["claims", 12] = S("no claim on reading (a patrol chief tells his first thought; the neutralisation is only in the title)")
D["claims", 13] = K([C("killed", "au moins un", 1, None, "gouvernement français", "civils"),
                     C("wounded", "neuf", 9, 9, "gouvernement français", "civils"),
                     C("wounded", "trois", 3, 3, "gouvernement français", "civils")],
    "Villeurbanne knife attack: per the fire brigade, at least one dead and nine hurt, three of them seriously -> killed 1-open, wounded 9 and the 'dont' subset wounded 3 (DEV subset rule); firefighters -> the state, gouvernement français (seventh-set call: rescue services' count -> the government); the dead man's age restates the death; 20 to 30 people 'concernées' is no claim")
D["claims", 14] = K([C("captured", "des milliers", 2000, None, "narrator", "jihadist"),
                     C("captured", "", 2, None, "narrator", "jihadist"),
                     C("captured", "plus de cent", 101, None, "gouvernement américain", "jihadist")],
    "Kurdish prisons in Syria: forces hold thousands of jihadists -> captured 2000-open, with 'dont de nombreux étrangers' -> captured 2-open (fourth-set 'de nombreux'); a senior US official says over a hundred 'prisonniers' escaped -> captured 101-open, a flight from detention presupposes being held (tenth-set call), gouvernement américain (sixth-set state pattern)")
D["claims", 15] = K([C("killed", "150.000", 150000, 150000, "narrator", "unknown")],
    "Jolo: the Muslim insurgency of the south since the 1970s 'avait fait 150.000 morts' -> killed 150000, narrator, background toll of a whole conflict -> unknown (DEV rule)")
D["claims", 16] = S("no claim on reading (prosecutor's press briefing; the attacker's restraint is only in the lede)")
D["claims", 17] = S("no claim on reading (an activist's hypothetical 'real' attack)")
D["claims", 18] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Singer's clip for the mother of the first soldier Merah murdered in Toulouse in 2012 -> killed 1-1, narrator (apposition); a French soldier killed outside the Sahel forces -> unknown (fourth-set call)")
D["claims", 19] = S("no claim on reading (a heading on attacks prevented)")
D["claims", 20] = S("no claim on reading (foiled attacks; a trial's meaning)")
D["claims", 21] = S("no claim on reading (a convicted inmate's detention: sentence, not an arrest)")
D["claims", 22] = S("no claim on reading (a district destroyed: civilian property, no materiel, fourth-set call)")
D["claims", 23] = K([C("killed", "9", 9, 9, "élu local", "civils")],
    "Munich shooting: a far-right mayor's tweet '9 morts à Munich' -> killed 9, mayor -> élu local (session-3 call); his rhetorical 'how many dead' is no separate claim")
D["claims", 24] = S("no claim on reading (Covid-19 deaths: disease, earlier sets' call)")
D["claims", 25] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Paris and Tehran: 'l'assassinat' of the Iranian general Soleimani in a US operation -> killed 1-1, narrator, Iranian general -> unknown (eleventh-set call)")
D["claims", 26] = K([C("killed", "plus de 100", 101, None, "Croix-Rouge libanaise", "civils")],
    "Beirut port blasts: the Lebanese Red Cross toll 'plus de 100 morts', given twice -> one killed claim 101-open (same fact, same source); accidental blast deaths are killed (DEV); the Lebanese national society is not the ICRC -> Croix-Rouge libanaise (added); city damage is no materiel")
D["claims", 27] = K([C("killed", "plus de 380.000", 380001, None, "narrator", "unknown"),
                     C("control", "", 1, None, "narrator", "unknown")],
    "Syria: nine years of war 'plus de 380.000 morts' -> killed 380001-open, background toll -> unknown (DEV); Assad 'a repris la majorité du territoire' -> control 1-open, narrator, the losers unnamed -> unknown; displacement is no claim type")
D["claims", 28] = K([C("killed", "", 1, 1, "gouvernement américain", "unknown")],
    "Jacksonville shooting: the suspect found dead at the scene, per the local police -> killed 1-1, US police -> gouvernement américain (state pattern); shooter -> unknown; the reported suicide restates the same death")
D["claims", 29] = S("no claim on reading (fraud 'victimes': figurative)")
D["claims", 30] = K([C("killed", "", 1, None, "témoin", "civils")],
    "Beirut blast survivor quoted: 'others died' -> killed 1-open, figure '', the survivor in town at the time -> témoin (session-3 call)")
D["claims", 31] = K([C("killed", "une dizaine", 8, 12, "narrator", "civils"),
                     C("wounded", "une centaine", 80, 120, "narrator", "civils")],
    "Brussels airport 22 March 2016: relative clause: about ten dead ('une dizaine') and about a hundred hurt ('une centaine') -> 8-12 and 80-120 (README table), narrator; the actor's thoughts for 'the victims' restate it; January 2015 attacks named without outcome")
D["claims", 32] = S("no claim on reading (a new terror inquiry into a partner; attacks named without outcome)")
D["claims", 33] = K([C("wounded", "deux", 2, 2, "narrator", "civils"),
                     C("neutralized", "", 1, 1, "narrator", "unknown"),
                     C("killed", "", 1, None, "narrator", "civils")],
    "Thalys 2015: the gunman wounded two passengers -> wounded 2; 'maîtrisé' by US soldiers -> neutralized 1-1 (session-3 'maîtrisés' call), attacker -> unknown; the 13 November commandos' 'équipée meurtrière' -> killed 1-open ('meurtrier', DEV)")
D["claims", 34] = S("no claim on reading (a hacker's threats of reprisals)")
D["claims", 35] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "El Paso: the gunman 'interpellé et placé en garde à vue' -> captured 1-1, figure '' (the defined shooter), narrator, attacker in custody -> unknown (eleventh-set call)")
D["claims", 36] = S("no claim on reading (separatists resist an offensive aimed at taking a town: a purpose)")
D["claims", 37] = K([C("wounded", "une", 1, 1, "narrator", "unknown", "uncertain")],
    "Paris police HQ timeline: RTL is the source of the entry sentence only; the next one, 'Il aurait d'abord blessé une fonctionnaire', has no source -> narrator (fresh7 call), conditional -> uncertain; wounded 1-1, police staff -> unknown (eleventh-set call)")
D["claims", 38] = K([C("control", "", 1, 1, "narrator", "EI")],
    "French artillery in Iraq took part in 'la reprise' of Mosul -> control 1-1 (a city retaken), narrator, loser the IS group -> EI (eleventh-set call: EI as the side losing ground); shells fired are no claim")
D["claims", 39] = K([C("killed", "", 1, 1, "narrator", "EI")],
    "CNN on IS plans: Abaaoud, the operations' 'cerveau', 'mort dans l'assaut' of his hideout -> killed 1-1, named, narrator; a named IS cadre -> EI (DEV: named groups' members take the group's id)")
D["claims", 40] = K([C("captured", "", 1, 1, "Reporters sans frontières", "civils")],
    "Cameroon: the journalist 'avait été arrêté' in August 2019, per RSF -> captured 1-1, named, claimant the NGO -> Reporters sans frontières (added, like Amnesty International); journalist -> civils")
D["claims", 41] = S("no claim on reading (jailed to serve a sentence and charged: judicial; Charlie Hebdo named without outcome)")
D["claims", 42] = K([C("wounded", "", 1, None, "narrator", "civils"),
                     C("wounded", "", 1, None, "gouvernement allemand", "civils"),
                     C("wounded", "", 1, None, "élu local", "civils")],
    "Düsseldorf axe attack: his reported support 'aux victimes' -> wounded 1-open, narrator (ninth-set reported-tribute call, victims all wounded, tenth-set call); the chancellery head's own tweet about 'personnes innocentes blessées' -> wounded 1-open, gouvernement allemand (added, state pattern); the mayor's thoughts to 'the victims' (all wounded in this story) -> wounded 1-open, élu local (fresh10 reading of 'les victimes' by outcome; a second source is a second claim)")
D["claims", 43] = K([C("captured", "2.000", 2000, 2000, "talibans", "jihadist")],
    "Afghan prisoner swap: the Taliban spokesman demands 'nos 2.000 prisonniers restants' be freed -> captured 2000 (a call for release attributes the claim to the caller, session-3), talibans; held insurgents -> jihadist (eleventh-set Taliban prisoners)")
D["claims", 44] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Israeli air force in Germany: the 1972 Munich hostage-taking, 'évènement qui a endeuillé Israël' -> killed 1-open (fourth-set reading of 'endeuiller'), narrator, athletes -> civils")
D["claims", 45] = K([C("control", "", 1, 1, "narrator", "unknown")],
    "Mosul held by the IS group ('aux mains de') since 2014 -> control 1-1 (a city held), narrator; the loser, Iraq's state, is outside the vocabulary -> unknown (eighth-set call); its possible recapture is future, no claim")
D["claims", 46] = K([C("killed", "", 1, None, "narrator", "unknown"),
                     C("hostage", "", 1, None, "narrator", "civils")],
    "January 2015 trial: survivors of 'la tuerie de Charlie Hebdo' -> killed 1-open, mixed toll -> unknown (eleventh-set call); the Hyper Cacher 'prise d'otages' -> hostage 1-open, civils; 200 civil parties are no claim")
D["claims", 47] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Villeurbanne: a rescuer stayed with 'la victime dans ses derniers instants' -> killed 1-1 (the young man who died), narrator; the quoted words restate it")
D["claims", 48] = K([C("captured", "", 1, None, "narrator", "unknown")],
    "Strasbourg arms inquiry: a heading 'Interpellations' in February -> captured 1-open (plural noun, no number), narrator, suspects -> unknown (eleventh-set call)")
D["claims", 49] = K([C("hostage", "", 1, None, "narrator", "civils")],
    "Ransom question: the President's line of paying nothing 'pour libérer les otages' (the four named in the title) -> hostage 1-open by presupposition (session-3 held-persons call), narrator")
D["claims", 50] = S("no claim on reading (a natural death at 108)")
D["claims", 51] = K([C("captured", "quatre", 4, 4, "narrator", "unknown"),
                     C("captured", "un", 1, 1, "narrator", "unknown")],
    "Foiled plot against police: four suspects 'arrêtés' on 26 April, 'dont un mineur de 17 ans' -> captured 4 and the subset captured 1 (DEV subset rule), narrator, suspects -> unknown")
D["claims", 52] = K([C("wounded", "", 1, None, "narrator", "unknown")],
    "Levallois: the Prime Minister's thanks to 'les blessés' reported by the narrator -> wounded 1-open, narrator (reported tributes stay the narrator's, eleventh-set call); soldiers of a mission in France, not the Sahel forces -> unknown (fourth-set call)")
D["claims", 53] = K([C("killed", "1.440", 1440, 1440, "narrator", "unknown"),
                     C("killed", "13", 13, 13, "narrator", "unknown")],
    "Ashkenazi's career: the 2008-09 Gaza operation 'fait 1.440 morts' on the Palestinian side and 13 on the Israeli side -> two killed claims, narrator; sides are states and groups outside the vocabulary, fighters and civilians mixed -> unknown")
D["claims", 54] = K([C("captured", "deux", 2, 2, "narrator", "unknown")],
    "Var plot: 'des deux hommes interpellés' -> captured 2, narrator (the sentence is not France Bleu's), suspects -> unknown; an earlier drug sentence abroad is judicial, no claim")
D["claims", 55] = S("no claim on reading (a doctor beating a detainee: ill-treatment with no wound or death word; torture is no claim type, eleventh-set call)")
D["claims", 56] = S("no claim on reading (a constitutional ruling on an offence and its penalties)")
D["claims", 57] = K([C("killed", "", 1, 1, "témoin", "civils"),
                     C("killed", "", 1, 1, "proche de victime", "civils")],
    "Vitry-le-François shooting: a resident shouts that they witnessed 'un assassinat' -> killed 1-1, an eyewitness -> témoin (third-set call); the dead man's brother and cousin say he was 'assassiné' -> a second source, second claim, proche de victime; the crowd of 100 to 200 is no claim")
D["claims", 58] = K([C("killed", "", 1, 1, "gouvernement suédois", "civils")],
    "Norsborg: the 12-year-old girl 'mortellement blessée', the police announced -> killed 1-1 only (a fatal wound is the death, fourth/fifth-set call), Swedish police -> gouvernement suédois (eleventh-set name)")
D["claims", 59] = S("no claim on reading (deaths in Al-Hol camp with no cause: eleventh-set camp call)")
D["claims", 60] = K([C("killed", "au moins 33", 33, None, "narrator", "unknown")],
    "Turkey opens its borders after at least 33 Turkish soldiers died ('au moins 33') in air strikes -> killed 33-open, narrator; soldiers of an army without an actor id -> unknown (sixth-set call); Ankara's attribution of the strikes is about the author, not a second harm claim")
D["claims", 61] = K([C("killed", "130", 130, 130, "narrator", "civils"),
                     C("killed", "", 1, None, "EI", "civils")],
    "Clain brothers: the Paris and Saint-Denis attacks 'qui ont fait 130 morts' -> killed 130, narrator (relative clause); IS's audio claim of responsibility, with the toll in the same paragraph -> killed 1-open by EI (sixth-set claim-of-responsibility call)")
D["claims", 62] = K([C("killed", "17", 17, 17, "narrator", "civils")],
    "Parkland: the school shooting 'qui a fait 17 morts' -> killed 17, narrator, pupils and staff -> civils; his earlier expulsion is no claim")
D["claims", 63] = S("no claim on reading (a death from breast cancer: natural)")
D["claims", 64] = K([C("captured", "Un", 1, 1, "narrator", "unknown")],
    "Stratford acid attack: a 15-year-old 'arrêté' -> captured 1-1, figure 'Un', narrator, suspect -> unknown; six people 'prises en charge' by rescuers carries no harm word -> no wounded claim here (eighth-set hospital-condition call)")
D["claims", 65] = S("no claim on reading (a president's death by cardiac arrest: natural)")
D["claims", 66] = S("no claim on reading (a prosecutor on scenes of attacks; no outcome)")
D["claims", 67] = S("no claim on reading (a firefighter's dispute over a tribute)")
D["claims", 68] = K([C("killed", "quatre", 4, 4, "narrator", "unknown")],
    "Trèbes butcher: his death, 'une des quatre victimes' of the jihadist -> killed 4 only (a named person inside a counted group is not a separate claim, DEV); the Aude dead as a mixed toll -> unknown (eleventh-set call); 'interpellé la justice' is figurative")
D["claims", 69] = K([C("killed", "plus de 150", 151, None, "narrator", "civils"),
                     C("wounded", "6.000", 6000, 6000, "narrator", "civils")],
    "Beirut protests: the blast's toll, over 150 dead ('plus de 150') and 6.000 hurt -> killed 151-open and wounded 6000, narrator, civilians (disaster deaths count, DEV)")

# ---- numbers pool ----
D["numbers", 0] = N("Karachi affair's financial side: a prosecutor's request in mid-July, reported on 20 September; no harm stated")
D["numbers", 1] = N("Kessel in the Pléiade: page counts, prices and years of two novels")
D["numbers", 2] = N("Beirut protester aged 25; districts 'ravagés' by the blast are civilian property (no materiel, fourth-set call), no toll here")
D["numbers", 3] = N("Russian drills: troop numbers of 2019 and 2018 manoeuvres (troop strengths are no claim, DEV)")
D["numbers", 4] = N("Italian drug seizure: cylinder sizes and pill weights")
D["numbers", 5] = N("Paris police HQ attacker's messages: 'deux expressions' quoted by the prosecutor; no harm in the paragraph")
D["numbers", 6] = S("holds a claim: Verdun 'l'une des plus sanglantes batailles' ('sanglant' read as 'meurtrier', sixth-set numbers-pool call)")
D["numbers", 7] = N("Paris cleaver-attack suspect: arrived three years ago as an unaccompanied minor, per the minister; no harm here")
D["numbers", 8] = N("Strikes on Syria defended in parliament on 16 April, with no outcome (sixth-set no-outcome call)")
D["numbers", 9] = N("Pakistan: 90% of women subjected to domestic violence per a rights commission; abuse of that kind is no claim type (like the eleventh set's rape call)")
D["numbers", 10] = N("Air China false alert: take-off time and a 30-minute return")
D["numbers", 11] = N("Paris attack day: thousands of pupils kept indoors in three districts; no harm here")
D["numbers", 12] = N("Aden hospital: consultations per day and Covid-like symptoms (disease is no claim)")
D["numbers", 13] = N("The AFP videographer's career since 2015 and the coalition's entry into Yemen; his killing is not in this paragraph")
D["numbers", 14] = N("Beirut 'le drame' caused by stored ammonium nitrate, six years, 2,750 tonnes; 'drame' alone carries no harm word (third-set precedent)")
D["numbers", 15] = N("Libyan financing inquiry: officials of the fallen Kadhafi regime, a September 2017 police report; no harm")
