"""Hand annotations of the thirty-fourth fresh set, the ninth drawn from the
second-generation pools (claims2 / numbers2: general news), drawn after the
thirty-third set (seed 4401; set 33 seen by the draw as an ordinary set
through a copy of benches/sets, see fresh.py), and the decision for every
rank read (strictly in draw order). Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"gouvernement grec"}

D = {}

# ---- claims2 pool ----
D["claims2", 0] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("wounded", "", 1, 1, "narrator", "civils")],
    "Nantes: two young men posing as police got a battered woman out; the real police then arrest ('interpellera') the violent partner -> captured 1-1, unknown; 'la victime', hit in the face, got five days of total incapacity -> wounded 1-1 (twenty-fifth-set injury-certificate call), civils; narrator for both")
D["claims2", 1] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "JFK: scientists wonder whether his back brace played a part in 'sa mort' in 1963, the second bullet 'fatale' -> killed 1-1, narrator, a murdered head of state -> civils (twenty-ninth-set Palme call); the first bullet in the neck is the same killing told, not a second claim; the brace is a hypothesis about how, not about the death")
D["claims2", 2] = K([C("killed", "Un", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "A man presented as a cousin by the Traoré family drowned ('s'est noyé') in the Seine during a police chase, per 'sources concordantes' -> killed 1-1, figure 'Un', narrator (no source named, earlier call), civils; Adama Traoré 'dont la mort' in 2016 became a symbol -> killed 1-1, narrator, civils (twenty-sixth-set police deaths call)")
D["claims2", 3] = K([C("captured", "quelque 45", 36, 54, "ONG", "civils")],
    "Algeria: per a national committee for the release of detainees, some 45 people are imprisoned over the protest movement -> captured 36-54 ('quelque N' read as 'environ N', fourth-set call), the committee -> ONG (nearest kind), protesters held by a regime -> civils (twenty-sixth-set Belarus call)")
D["claims2", 4] = S("no claim on reading (an anthem 'reprise' as a protest song)")
D["claims2", 5] = S("no claim on reading (a bird species' 'disparition': animals)")
D["claims2", 6] = S("no claim on reading ('qui tue la politique': figurative)")
D["claims2", 7] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "A comedian wrote to Abdeslam, who received the letter 'dans sa cellule' at Fleury-Mérogis -> captured 1-1 (a suspect held, twenty-ninth-set Gbagbo call, as set 33's Abdeslam row), narrator, unknown; the Paris attacks named with no toll -> no claim")
D["claims2", 8] = S("no claim on reading (a 'contrôle' of job seekers)")
D["claims2", 9] = K([C("captured", "", 1, 1, "gouvernement français", "unknown")],
    "Griveaux affair: the Paris prosecutor opened an inquiry and wants to clear up the real timeline of 'l'arrestation' of the activist -> captured 1-1, presupposed in the prosecutor's sentence -> gouvernement français, an arrested suspect -> unknown")
D["claims2", 10] = S("no claim on reading (an authority's 'contrôles'; justice 'saisi')")
D["claims2", 11] = K([C("killed", "", 0, 0, "narrator", "civils", "denied")],
    "Gard: a century-old aqueduct collapsed 'sans faire de victimes' -> killed 0-0 denied (seventh-set call), narrator, civils")
D["claims2", 12] = S("no claim on reading (shawls 'victimes collatérales': figurative)")
D["claims2", 13] = S("no claim on reading (a 'nature morte' painting)")
D["claims2", 14] = K([C("killed", "deux", 2, 2, "narrator", "civils")],
    "Savoie: 'Les deux victimes' fell from a face of the Pierra Menta (a deadly fall, title) -> killed 2 (victims dead in the story, DEV; a climbing accident, twenty-sixth-set sports call), narrator, civils")
D["claims2", 15] = K([C("missing", "une", 1, 1, "gouvernement français", "civils"),
                     C("missing", "", 1, 1, "média", "civils")],
    "Biarritz: the police station and the Bayonne prosecutor issued a search notice two days after 'la disparition inquiétante d'une jeune fille' -> missing 1-1, figure 'une', gouvernement français (thirtieth-set gendarmerie call); a regional paper tells that her parents reported the disappearance -> a second source, missing 1-1, média; civils")
D["claims2", 16] = S("no claim on reading (a theft of recalled baby milk; families 'victimes' of contamination: property and illness)")
D["claims2", 17] = S("no claim on reading (Skripal and his daughter found 'Entre la vie et la mort': no wound word, eighth-set hospital-condition call; the poisoning is not named here)")
D["claims2", 18] = K([C("killed", "", 1, 1, "narrator", "unknown"),
                     C("wounded", "Un", 1, 1, "narrator", "unknown")],
    "Montauban: the 27-year-old driver trapped in the burning car 'est mort' -> killed 1-1; 'Un de ses camarades, gravement blessé', in a coma -> wounded 1-1, figure 'Un'; a road accident on a private outing (DEV accidental deaths), narrator, soldiers outside the Sahel forces -> unknown (twenty-seventh/thirty-second-set calls)")
D["claims2", 19] = S("no claim on reading (a TV host's death at 88: natural death)")
D["claims2", 20] = S("no claim on reading (anti-pesticide 'arrêté')")
D["claims2", 21] = S("no claim on reading (sexual assault alleged: no claim type)")
D["claims2", 22] = S("no claim on reading (the central bank 'Saisie' of a complaint)")
D["claims2", 23] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Political quiz: a minister commented on 'le meurtre d'Alexia Daval', confessed by her husband -> killed 1-1, narrator, civils; her 'une femme … tuée' every three days is a rate (twenty-sixth-set rate call), no claim")
D["claims2", 24] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "A NASCAR driver spoke out against racism after 'du meurtre de George Floyd' -> killed 1-1 (twenty-sixth-set police deaths call), narrator, civils")
D["claims2", 25] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Moulin Rouge stagehand: 'La victime' was 46; a boa's bite, with broken hand bones, would be only one cause of the death per the daily, beside heart problems -> killed 1-1 (a person killed by an animal, seventeenth-set call; 'la victime' dead in the story, DEV), narrator for the victim's age, civils; the conditional bite is the cause of the same death, not a second claim. A reviewer could call it a natural death")
D["claims2", 26] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Paris: what caused 'la mort d'Ange Dibenesha', who died in hospital two days after a police check -> killed 1-1, a death of unknown cause (second-set call: like a body found) linked to police (twenty-sixth set), narrator, civils. A reviewer could follow the lede's swallowed substance and the thirty-first-set overdose call (no claim)")
D["claims2", 27] = K([C("captured", "", 1, 1, "gouvernement américain", "unknown")],
    "Poisoned letter to Trump: the suspect had been jailed in Texas in 2019 after 'son arrestation' for illegal guns, per the charging document -> captured 1-1 (arrest and jailing are one fact), the US court document -> gouvernement américain, unknown")
D["claims2", 28] = S("no claim on reading (fires 'hors de contrôle')")
D["claims2", 29] = S("no claim on reading (an MP's 'contrôle' of the Assembly's accounts)")
D["claims2", 30] = K([C("killed", "Un", 1, 1, "narrator", "unknown")],
    "Saumur: after the 14 July ceremony 'Un militaire s'est donné la mort' with his service weapon -> killed 1-1, figure 'Un' (suicides are killed), the sentence has no source of its own (the gendarmerie is cited for the time and place) -> narrator, a soldier outside the Sahel forces -> unknown")
D["claims2", 31] = S("no claim on reading (a past conviction for robbing the dead as an ambulance worker; the Paris attacks named with no toll)")
D["claims2", 32] = S("no claim on reading (remembering the dead on social networks: natural deaths, a survey)")
D["claims2", 33] = S("no claim on reading (a 'contrôle' of job seekers; 'perte' of benefits)")
D["claims2", 34] = K([C("hostage", "Un", 1, 1, "gouvernement français", "civils")],
    "Paris: 'Un bébé prématuré' in great danger after being taken ('enlevé') from hospital by his mother, warns the police prefecture -> hostage 1-1, figure 'Un' (thirty-second-set call: a baby taken from hospital by a parent), gouvernement français, civils")
D["claims2", 35] = S("no claim on reading (an alleged rape, the case dropped: sexual offences, no claim type)")
D["claims2", 36] = K([C("killed", "", 1, 1, "internaute", "civils")],
    "Lunéville: a fake online fund-raiser, posted by a man with no link to the family, speaks of 'mon bébé qui a perdu la vie' (the toddler killed by a van) -> killed 1-1, an anonymous web user -> internaute (eighteenth-set name), civils; the real death is told in the previous paragraph. A reviewer could call the scammer's words no claim")
D["claims2", 37] = S("no claim on reading (bears that had 'disparu': animals)")
D["claims2", 38] = K([C("captured", "400", 400, 400, "narrator", "civils")],
    "Minsk: tens of thousands marched despite repression and 'l'arrestation de 400 personnes' -> captured 400, narrator, protesters held by a regime -> civils (twenty-sixth-set Belarus call); the marchers' count is no claim")
D["claims2", 39] = S("no claim on reading (a shop chain that 'a disparu')")
D["claims2", 40] = K([C("killed", "", 1, 1, "média", "civils"),
                     C("captured", "", 1, 1, "média", "unknown")],
    "Estagel: per a national daily, police caught ('mis la main sur') a main suspect in the inquiry into 'la mort de Priscillia', 18 -> killed 1-1, civils, and captured 1-1, unknown, both média (the whole paragraph is sourced to the daily); his reported confession of 'le meurtre' restates the same death from the same source")
D["claims2", 41] = S("no claim on reading (a prefecture's 'arrêté' banning a football shirt)")
D["claims2", 42] = S("no claim on reading (car 'enlèvements' by tow pounds)")
D["claims2", 43] = S("no claim on reading (an old couple who died the same day: natural deaths)")
D["claims2", 44] = S("no claim on reading (death threats on social networks: threats)")
D["claims2", 45] = K([C("wounded", "Huit", 8, 8, "média", "unknown")],
    "Évreux, 14 July night: youths fired fireworks at police and gendarmes; 'Huit gendarmes' were lightly hurt, per a local radio -> wounded 8, média, gendarmes -> unknown (earlier calls); a house burnt with its occupants safe is property, no harm word")
D["claims2", 46] = S("no claim on reading (a call to march against islamophobia)")
D["claims2", 47] = S("no claim on reading (a heading: the gendarme fired four times, no harm word; the death is in the title and lede)")
D["claims2", 48] = S("no claim on reading (a prefect's mask 'arrêté')")
D["claims2", 49] = S("no claim on reading (returning foreign 'prisonniers' as a policy proposal: judicial, a plan)")
D["claims2", 50] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "Saudi prince held for two years without charge: his return could show that pressure for 'sa libération' works -> captured 1-1 (a release sought presupposes detention, ninth-set plea call), narrator, held by a regime with no charge -> civils (Belarus call)")
D["claims2", 51] = S("no claim on reading (a joint political meeting)")
D["claims2", 52] = S("no claim on reading (police 'saisie' of an inquiry into threats)")
D["claims2", 53] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Khashoggi 'a été assassiné' and his body cut up in the Saudi consulate in Istanbul -> killed 1-1, narrator, a journalist -> civils")
D["claims2", 54] = S("no claim on reading (a seat 'détenu' for 19 years)")
D["claims2", 55] = S("no claim on reading (a mayor's 'bilan')")
D["claims2", 56] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Police officer drowned in the Seine: 'La policière a disparu' in the river during a diving drill -> killed 1-1 (euphemism call: a disappearance said of the dead, the drowning in title and lede), narrator, police officer -> unknown")
D["claims2", 57] = S("no claim on reading (places 'libérées' in shelters)")
D["claims2", 58] = S("no claim on reading (an asteroid; 'corps célestes')")
D["claims2", 59] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("killed", "Une", 1, 1, "narrator", "civils")],
    "Thomassin: in 2013 the actor 'est interpellé' and charged; he was jailed, freed under supervision, back in prison, out in 2016 -> captured 1-1 (custody and release one fact), unknown; 'Une employée de La Poste' had been stabbed to death ('tuée') -> killed 1-1, figure 'Une', civils; narrator for both; the homicide charge is the same death")
D["claims2", 60] = S("no claim on reading (Ghosn: 'j'aurais été libéré en 24 heures' is a counterfactual, eleventh-set call; his arrest is only in the lede)")
D["claims2", 61] = S("no claim on reading (stranded whales dead: animals)")
D["claims2", 62] = K([C("wounded", "plusieurs", 2, None, "témoin", "civils")],
    "Montpellier law faculty: the masked group's attack on occupying students 'a fait plusieurs blessés' per witnesses -> wounded 2-open (the 'plusieurs' row), témoin, civils; a student tased, 'au moins trois' taken away by firefighters and a girl's bloody face have no wound word of their own or fall inside that group (DEV)")
D["claims2", 63] = S("no claim on reading ('abattu' for a 0-100 km/h time)")
D["claims2", 64] = S("no claim on reading (girls 'victimes' of sexual exploitation: no claim type)")
D["claims2", 65] = S("no claim on reading (a man nearly run over twice, not hit: a near miss)")
D["claims2", 66] = S("no claim on reading (an inmate making a bomb in his cell: a prisoner serving time is a judicial matter, DEV sentences)")
D["claims2", 67] = S("no claim on reading (transmitters 'arrêtés'; bandwidth 'libérée')")
D["claims2", 68] = S("no claim on reading (Vincent Lambert: his father calls the end of care 'un assassinat déguisé'; twenty-sixth-set withdrawn-treatment call)")
D["claims2", 69] = S("no claim on reading (a measles death: disease)")
D["claims2", 70] = S("no claim on reading (a fairground game's 'chuter' and 'shoot')")
D["claims2", 71] = K([C("killed", "Une", 1, 1, "média", "civils")],
    "Hérault: 'Une conductrice de 79 ans' driving the wrong way died in a collision on the A75, reports a local radio -> killed 1-1, figure 'Une', média, civils")
D["claims2", 72] = S("no claim on reading (a 'garde du corps' in campaign pictures)")
D["claims2", 73] = K([C("wounded", "", 0, 0, "narrator", "civils", "denied")],
    "Rueil-Malmaison: a toxic gas released from a sink; 'aucun blessé n'est à déplorer', thirty residents evacuated -> wounded 0-0 denied (the 'aucun' row, seventh-set denials), narrator, civils; the dog killed is an animal")
D["claims2", 74] = S("no claim on reading (Jeanne Calment and her husband: natural deaths)")
D["claims2", 75] = K([C("killed", "Des centaines", 200, None, "narrator", "civils")],
    "Gwangju, 1980: 'Des centaines de personnes sont décédées' in ten days of the army's crackdown -> killed 200-open (the 'des centaines' row), narrator, civils")
D["claims2", 76] = K([C("wounded", "", 1, 1, "média", "civils", "uncertain")],
    "Archères: the 5-year-old who jumped from a 3rd floor woke up in hospital; per a national daily, emergency doctors suspect 'une hémorragie interne' -> wounded 1-1 uncertain (a suspected injury), média (the sentence is the daily's quote), civils; abdominal pain alone is no wound")
D["claims2", 77] = K([C("hostage", "", 1, 1, "assaillant", "civils")],
    "Calabria: the suspect told investigators he held ('l'a séquestrée') his late wife's former maid -> hostage 1-1 (a held civilian), the perpetrator speaking of his act -> assaillant (twenty-sixth-set call), civils; his wife's death is natural, no claim")
D["claims2", 78] = S("no claim on reading ('victimes' of sexual violence as a group: no claim type)")
D["claims2", 79] = S("no claim on reading (people at risk of execution; death sentences sought: judicial)")
D["claims2", 80] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Traoré: in July 2016 the young man 'était décédé' in the gendarmes' barracks two hours after his arrest -> killed 1-1, narrator, civils; the arrest is the circumstance of the death, not a separate captured claim (twenty-sixth-set call)")
D["claims2", 81] = S("no claim on reading (a stroke at work: illness)")
D["claims2", 82] = K([C("killed", "quatre", 4, 4, "gouvernement français", "civils")],
    "Oise: a head-on crash made 'quatre morts' and three people in 'urgence absolue', per the fire service spokesman -> killed 4, firefighters -> gouvernement français (twenty-seventh-set call), civils; 'urgence absolue' is no wound word (eighth-set hospital-condition call; the previous paragraph has 'blessées'). A reviewer could count wounded 3")
D["claims2", 83] = K([C("killed", "Un", 1, 1, "narrator", "civils")],
    "Loir-et-Cher: 'Un homme' in his thirties 'a été frappé à mort' at a party -> killed 1-1, figure 'Un', narrator, civils")
D["claims2", 84] = K([C("killed", "", 1, 1, "gouvernement français", "civils"),
                     C("missing", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "assaillant", "civils"),
                     C("killed", "", 1, 1, "gouvernement français", "unknown")],
    "Lelandais is charged with killing Maëlys -> killed 1-1, gouvernement français (session-5 charge call); 'dont la disparition avait été signalée' -> missing 1-1, narrator (twenty-sixth-set call: the disappearance stays a claim beside the death); he confessed hitting her and disposing of her body -> killed 1-1, assaillant (twenty-sixth-set confession call); also charged with 'l'assassinat d'un caporal' -> killed 1-1, gouvernement français, a soldier outside the Sahel forces -> unknown (thirty-second-set corporal)")
D["claims2", 85] = S("no claim on reading (an actress's 'disparition': natural death)")
D["claims2", 86] = K([C("hostage", "", 1, 1, "gouvernement français", "civils"),
                     C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Grégory: the great-aunt was charged with her husband over the boy's abduction and confinement 'suivis de la mort' -> hostage 1-1 and killed 1-1, gouvernement français (session-5 charge call, as the twenty-sixth set's Mouzin charge), civils")
D["claims2", 87] = S("no claim on reading (two people 'lynchées' after a rumour: a beating with no wound word, thirty-second-set 'lynché' call; the kidnappings are a false rumour)")
D["claims2", 88] = S("no claim on reading (Maddie: the murder suspect's past convictions; the presumed death is in the previous paragraph)")
D["claims2", 89] = K([C("captured", "", 10, 14, "narrator", "unknown")],
    "Paris protest against police violence: among those arrested ('Parmi les interpellés') are 'une douzaine' of far-right activists taken to a police station, not held in custody and freed in the evening -> captured 10-14 (the 'une dizaine' row, ±20%); `build.py` parses no 'douzaine', so the figure is left '' with the row's range (twenty-seventh/twenty-ninth-set practice, no tool changed), narrator, unknown; release and arrest are one fact")
D["claims2", 90] = S("no claim on reading (a concrete block crushing a car: property; the nun's death and the wounded are told in the lede and the previous paragraph)")
D["claims2", 91] = S("no claim on reading (a woman found dead of a cardiac arrest after a call to emergency services: natural death, twenty-eighth-set call)")
D["claims2", 92] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Nigeria: Tina E., 16, 'a été abattue par un policier' during a curfew altercation in Lagos -> killed 1-1, narrator, civils")
D["claims2", 93] = S("no claim on reading (a salmonella contamination and lost pay: illness and money)")
D["claims2", 94] = K([C("captured", "", 1, 1, "expert", "unknown")],
    "Ghosn: a lawyer and former prosecutor explains the court saw no need 'de prolonger la garde à vue' -> captured 1-1 (the ongoing custody presupposed, dense custody rule), an outside lawyer commenting -> expert, an accused -> unknown; a possible third arrest is a hypothesis, no claim")
D["claims2", 95] = S("no claim on reading ('perte' of strategic autonomy)")
D["claims2", 96] = K([C("killed", "", 1, None, "habitant", "civils")],
    "Marseille collapses (toll of four in title and lede): a resident says 'des gens meurent pour rien' -> killed 1-open (plural with no number), a local resident -> habitant (existing kind), civils")
D["claims2", 97] = K([C("captured", "", 1, 1, "témoin", "unknown")],
    "'Gilets jaunes': Éric Drouet says he planned 'son arrestation' and spent about 24 hours 'en garde à vue' -> captured 1-1 (arrest and custody one fact), a person speaking of his own case -> témoin (as the survivor-on-his-own-ill-treatment call), an arrested protester -> unknown (arrested suspects)")
D["claims2", 98] = S("no claim on reading (statues' 'disparition')")
D["claims2", 99] = S("no claim on reading (a rape allegation in a civil suit: no claim type)")
D["claims2", 100] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Portland: a few hundred people honoured Aaron Danielson, a nationalist activist 'tué une semaine plus tôt' by a self-declared antifascist -> killed 1-1, narrator, civils; 'Proches de la victime' restates the death")
D["claims2", 101] = K([C("captured", "plus de 280", 281, None, "narrator", "unknown")],
    "Africa Cup security: after the 14 July celebrations 'plus de 280 personnes avaient été interpellées' -> captured 281-open, narrator, unknown; 'violences' and damage have no wound word")
D["claims2", 102] = S("no claim on reading (a debate on a student leader's veil; no harm)")
D["claims2", 103] = S("no claim on reading (swimmers told to leave a pool)")
D["claims2", 104] = K([C("captured", "", 1, None, "gouvernement grec", "unknown"),
                     C("wounded", "", 1, 1, "gouvernement grec", "civils"),
                     C("killed", "deux", 2, 2, "gouvernement grec", "civils")],
    "Greece: per the coast guard's spokeswoman, the French tourists 'ont été arrêtés' after helping carry 'la femme blessée' and one of 'des deux morts' ashore -> captured 1-open (plural with no number in this paragraph), unknown; wounded 1-1 and killed 2 ('l'un des' is inside the total, DEV), civils; the coast guard -> added name gouvernement grec (sixth-set state pattern); the minors not treated as suspects are still held with their parents, inside the group")

D["claims2", 105] = S("no claim on reading (a singer who 'arrêté' his career for three months)")
D["claims2", 106] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, None, "narrator", "unknown")],
    "G20: the Saudi crown prince's reputation is stained by 'le meurtre du journaliste Jamal Khashoggi', whom he is suspected of having had killed -> killed 1-1, narrator, civils; the 'sanglant' Yemen conflict -> killed 1-open ('sanglant' read as 'meurtrier', eleventh-set call), narrator, a whole conflict's toll -> unknown (DEV)")

# ---- numbers2 pool ----
D["numbers2", 0] = N("storm Amélie: 14 departments on orange alert; no victim mentioned")
D["numbers2", 1] = N("a late comedian's campaign for legal euthanasia; dates only")
D["numbers2", 2] = N("rally cars at auction: production run, mileage, prices")
D["numbers2", 3] = N("a sports hatchback's chassis and drive changes")
D["numbers2", 4] = N("rights for family carers from 2020")
D["numbers2", 5] = N("cosmetic options for two Italian sports models")
D["numbers2", 6] = N("weekly Minsk protests of over 100,000 people; no arrest or harm in the paragraph")
D["numbers2", 7] = N("Arbery: a 28-second video where a jogger is stopped and two shots are heard; no harm word (the killing is in the title and lede; shots with no outcome, earlier calls)")
D["numbers2", 8] = N("a family's worry about nationalism on the eve of 8 May")
D["numbers2", 9] = N("a hypercar to race at Le Mans next season")
D["numbers2", 10] = N("an MP's film earnings in 2017")
D["numbers2", 11] = N("a former minister's political misstep of August 2019")
D["numbers2", 12] = N("back to school: pupils and teachers counted")
D["numbers2", 13] = N("a poll of political figures' ratings")
D["numbers2", 14] = N("a late rock musician's birth and childhood")
