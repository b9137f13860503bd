"""Hand annotations of the sixtieth fresh set, the thirty-fifth drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 7001; sets 26 to 59 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"gouvernement malaisien", "Lucie Blackman Trust"}

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading (Drôme: a speeding car stopped at a road 'contrôle' and 'intercepté': a road check, set 57's call)")
D["claims2", 1] = S("no claim on reading (a Hanoi café nursing cats' 'blessures': animals)")
D["claims2", 2] = S("no claim on reading (Tapie appeal: prison terms requested at the trial: judicial)")
D["claims2", 3] = K([C("killed", "deux", 2, 2, "narrator", "civils")],
    "Paris rue de Trévise gas blast: the Paris firefighters open a fund for the families of 'deux sapeurs-pompiers tués' in the explosion -> killed 2, figure 'deux', the participle with no source -> narrator, firefighters -> civils (twenty-eighth-set firefighter call); some 150 residents evacuated are displaced people (DEV), the money is a sum")
D["claims2", 4] = S("no claim on reading (a singer mourns 'la disparition' of a friend: a death with no cause told, natural-death call)")
D["claims2", 5] = S("no claim on reading (Hidalgo on migrants in the law's 'angle mort': figurative)")
D["claims2", 6] = K([C("killed", "", 1, 1, "assaillant", "civils"),
                     C("killed", "", 1, 1, "assaillant", "civils")],
    "Lelandais's family harassed: since her son 'a avoué avoir assassiné' Maëlys and Arthur Noyer -> a killer's confession (twenty-sixth-set call, as the Caouissin and Daval rows) -> assaillant, two named persons with no total -> killed 1-1 each (DEV no-total rule), figure '' (named), civils (a child; an off-duty soldier as the set 58/59 Noyer rows); the brother 'roué de coups' in the street and the family 'agressés' carry no wound word (thirteenth-set beatings call); harassment is no claim type")
D["claims2", 7] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Central Park statue: the debate revived by the protests after 'la mort de George Floyd' -> killed 1-1, figure '' (named), a death at police hands (twenty-sixth-set call, earlier Floyd rows), narrator, civils; statues pulled down are property")
D["claims2", 8] = K([C("wounded", "", 1, 1, "narrator", "civils"),
                     C("wounded", "deux", 2, 2, "narrator", "civils")],
    "Gard pitbull attack (the dog shot, previous paragraph): the woman of 75, 'Grièvement blessée', flown to Marseille -> wounded 1-1, figure '' (definite; 75 is an age); the two other women bitten and lightly hurt -> wounded 2, figure 'deux' (two listed groups with no total, DEV); persons hurt by an animal (seventeenth-set call), narrator (the Nîmes prosecution is credited in the lede only), civils; the dog put down is an animal")
D["claims2", 9] = S("no claim on reading (Gorsuch refused the last appeals of 'condamnés à mort': judicial)")
D["claims2", 10] = S("no claim on reading (Miss France's first 'bilan': other sense)")
D["claims2", 11] = K([C("wounded", "", 1, 1, "narrator", "civils", "denied")],
    "US twins: a chest of drawers fell on one boy; his brother lifted it, freeing him, and he 'n'a pas été blessé' -> wounded 1-1, figure '' (definite), denied, narrator (the mother's quote follows and says nothing of it), civils: the set 33 row on a denied wound of one named person (the false Trump report), read here for a domestic accident. Least sure: a reviewer could follow the unhurt-person rows ('indemne', 'plus choqué que blessé') and annotate nothing")
D["claims2", 12] = S("no claim on reading (the composer Francis Lai 's'est éteint' at 86: natural death)")
D["claims2", 13] = S("no claim on reading (a Camaro's engine 'greffe', Hennessey 'ne s'est pas arrêté': other senses)")
D["claims2", 14] = S("no claim on reading (Vincent Lambert: a heading on checking the natural causes of the death: twenty-sixth-set end-of-life call)")
D["claims2", 15] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Jura: an old man met the gendarmes gun in hand; 'Il a été interpellé' and handed to the emergency services -> captured 1-1, figure '' (pronoun for one man), narrator (the prosecutor is credited in the previous paragraph only), a suspect -> unknown; the arsenal in the lede is property")
D["claims2", 16] = S("no claim on reading (rats and mice in a supermarket, a 'contrôle renforcé': animals, other sense)")
D["claims2", 17] = S("no claim on reading (Lambert's parents 'avaient saisi' the Conseil d'Etat: other sense, end of life)")
D["claims2", 18] = S("no claim on reading (frozen beans recalled for a toxic plant: a risk, no harm told)")
D["claims2", 19] = S("no claim on reading (Meghan Markle's training, a kidnapping simulation: no harm)")
D["claims2", 20] = S("no claim on reading (a Ferrari that 'abattu' 0-100 km/h: other sense)")
D["claims2", 21] = S("no claim on reading (a mayor's anti-pesticide 'arrêté': other sense)")
D["claims2", 22] = S("no claim on reading (Hollande 'à plusieurs reprises' looking for a house: other sense)")
D["claims2", 23] = K([C("killed", "", 8, 12, "narrator", "civils"),
                      C("wounded", "", 6, None, "narrator", "civils")],
    "Yellow vests, people maimed by police violence (title): beyond 'la dizaine de morts' since 17 November -> killed 8-12 (the ±20% 'une dizaine' row), figure '' because build.py parses only 'une dizaine' (twenty-seventh-set 'la dizaine' precedent); the violent protests caused irreversible 'blessures' to six people at least -> wounded 6-open (the 'au moins' row), figure '' because the phrase puts a noun between the number and 'au moins' (as the 'pas moins de' row); narrator, protesters and blockade deaths -> civils")
D["claims2", 24] = S("no claim on reading (two LCI journalists and their guard 'pris à partie': no wound word, beatings call; 'blesser des personnes' figurative)")
D["claims2", 25] = K([C("wounded", "", 1, 1, "gouvernement français", "civils")],
    "Rennes: a woman electrocuted on a train roof, burnt and in danger (title, lede); per the prosecution 'la victime' would have tried to climb on the roof -> a living victim of an accident -> wounded 1-1 (living-victim calls; the burns in the lede tell the outcome), figure '' (definite), asserted (the conditional bears on what she did), the prosecution -> gouvernement français, civils")
D["claims2", 26] = S("no claim on reading (Besançon: the last fatal overdose of the year, a young man who died: a drug overdose, the thirty-first-set addiction call; the three new overdoses are 'victimes' with no outcome)")
D["claims2", 27] = S("no claim on reading (García Márquez's widow 'était morte' at home: natural death)")
D["claims2", 28] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Nice, 18 July 2016: not everyone came to pay tribute 'aux victimes de l'attentat' of 14 July -> killed 1-open (DEV tribute rule, plural with no number), narrator, the Nice dead -> civils (as earlier Nice rows)")
D["claims2", 29] = S("no claim on reading (unionists 'interpellé' Macron at Albi: other sense, addressed)")
D["claims2", 30] = K([C("missing", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils")],
    "Estelle Mouzin: she 'avait disparu' on 9 January 2003 on her way home -> missing 1-1 (twenty-sixth-set Mouzin call); 'Son corps' was never found -> killed 1-1 (the later Mouzin call: a body sought presupposes death, a disappearance kept beside the death), both narrator, figure '' (named), a child -> civils")
D["claims2", 31] = S("no claim on reading (an Australian pirate on the air traffic 'contrôle' frequencies: other sense, no harm)")
D["claims2", 32] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Facebook and Trump: the Minneapolis clashes 'après la mort' of George Floyd -> killed 1-1, figure '' (named), narrator, civils (deaths at police hands); Trump's 'balles' for looters is a threat")
D["claims2", 33] = S("no claim on reading (autism charity: an institute never subject to any 'contrôle': other sense)")
D["claims2", 34] = S("no claim on reading (Belgian threat analysis: IS cells could strike to make 'un maximum de victimes': a threat, purposes; the Brussels attacks named with no toll)")
D["claims2", 35] = S("no claim on reading (Nantes cathedral: the 'contrôle' of wiring: other sense; the fire is property)")
D["claims2", 36] = S("no claim on reading (Carpentras drivers 'se sont arrêtés' to fight: other sense; the shots are in the lede only)")
D["claims2", 37] = S("no claim on reading (a girl of 8 'entre la vie et la mort' after a sledging accident, the sledge out of 'contrôle': no wound word, eighth-set hospital-condition call and the Cagnes bus row; the coma is in the title only). Least sure: a reviewer could write wounded 1-1")
D["claims2", 38] = S("no claim on reading (Prince Charles bullied and 'souvent victime' as a boy: generic victim, no wound)")
D["claims2", 39] = S("no claim on reading (Jenifer would have slapped a fan and pulled her hair, per a friend in Closer, and 'a saisi' her phone: a blow with no wound word, beatings call)")
D["claims2", 40] = S("no claim on reading (Alexis Corbière's home burgled: property)")
D["claims2", 41] = S("no claim on reading (fat-burner pills for 'la perte de poids': other sense, a health risk)")
D["claims2", 42] = S("no claim on reading (Valls: Macron 'prisonnier de son élection': figurative)")
D["claims2", 43] = S("no claim on reading (the child-abduction alert's criteria, 'la victime doit être mineure': generic; the Marseille abduction is in the title and lede only)")
D["claims2", 44] = S("no claim on reading (a feminist op-ed: no woman 'victime de violence' left unanswered: generic victims, a demand)")
D["claims2", 45] = S("no claim on reading (Russian media that 'ont disparu' under Putin: other sense)")
D["claims2", 46] = S("no claim on reading (inheritance tax to offset 'la perte' of 3 billion: other sense)")
D["claims2", 47] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "Kémi Séba 'a régulièrement été interpellé' or expelled in Côte d'Ivoire, Senegal or Guinea -> captured 1-1, figure '' (named), narrator, an activist held by foreign states -> civils (the Navalny 'régulièrement interpellés' row, for one person). Least sure: a reviewer could read a repeated arrest joined to expulsions by 'ou' as a habit, no claim")
D["claims2", 48] = S("no claim on reading (SNCF strike rate 'tombant' to 6.2%, 'la reprise' of talks: other senses)")
D["claims2", 49] = S("no claim on reading (a road-safety expert on 'la mortalité' of departments: a rate, no count; 'une balle dans le pied' figurative)")
D["claims2", 50] = S("no claim on reading (PCF leader on Mélenchon's absence: no harm word in a harm sense)")
D["claims2", 51] = S("no claim on reading (reactions to a senator's 'décès' at 82: natural death)")
D["claims2", 52] = S("no claim on reading (Grégory Lemarchal's 'disparition', cystic fibrosis in the lede: disease)")
D["claims2", 53] = K([C("killed", "un", 1, 1, "narrator", "unknown"),
                      C("killed", "", 1, 1, "média", "unknown")],
    "Tours air base: 'Le corps sans vie' of an airman of 29 found -> killed 1-1 (DEV body rule; a suicide per the next sentence, suicides -> killed), figure 'un' (DEV indefinite row; 29 is an age), narrator; the suicide hypothesis confirmed by the autopsy, per La Nouvelle République -> a second source for the same death (DEV two-source rule), killed 1-1, figure '', média; a French soldier outside the Sahel forces -> unknown (fourth-set call, as the gendarme's suicide of set 59). Least sure: a reviewer could keep one claim")
D["claims2", 54] = K([C("hostage", "", 1, 1, "narrator", "civils")],
    "David Sassoli co-wrote a book on the cabinet meetings during 'l'enlèvement d'Aldo Moro' in 1978 -> hostage 1-1 (DEV: a kidnapping named as fact, a held politician), figure '' (named), narrator, a politician -> civils (heads of state and politicians as civils); his murder is not in the paragraph")
D["claims2", 55] = S("no claim on reading (a photographer 'a capturé' a video of an orca: other sense, animals)")
D["claims2", 56] = S("no claim on reading (Trump's portrait of Andrew Jackson and his 'tombe': no harm)")
D["claims2", 57] = S("no claim on reading (Hollande: replacing him is taking 'la place du mort': figurative)")
D["claims2", 58] = K([C("wounded", "un", 1, 1, "narrator", "civils")],
    "Belfort: a man in his thirties, accused of having knifed ('poignardé') a man, justified himself by saying 'la victime' flirted with his girlfriend -> wounded 1-1, figure 'un' (DEV indefinite row), a stabbing is a wound without 'blessé' (fifteenth-set call), the accusation bears on who, not on the harm (set 58's suspicion call), narrator, civils; no arrest is told")
D["claims2", 59] = K([C("wounded", "", 1, 1, "témoin", "civils"),
                      C("captured", "", 1, 1, "narrator", "civils")],
    "Gabriel, 14: he accuses police officers of having struck him and 'gravement blessé à l'oeil' -> wounded 1-1, figure '' (definite), the victim on his own case -> témoin (set 34's call, as the Boris Faure row), civils; 'lors de son interpellation' -> captured 1-1, a time adjunct -> narrator (adjunct call), a minor -> civils (the Aulnay arrested-minors call); the Défenseur's inquiry is in the lede. Least sure: the victim of the arrest (sets 56 and 59 wrote unknown for arrested boys)")
D["claims2", 60] = S("no claim on reading (the NYPD chief hopes the parcel senders will be 'arrêtés': a hope, no event)")
D["claims2", 61] = S("no claim on reading (an Angers man serving two years 'libéré' by a procedure error: a convict's release, judicial, eighth-set call)")
D["claims2", 62] = S("no claim on reading (Charlie trial: security had eased before 'les attentats': a named attack with no toll here)")
D["claims2", 63] = K([C("killed", "", 1, None, "narrator", "civils"),
                      C("killed", "", 1, 1, "narrator", "civils"),
                      C("missing", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, None, "narrator", "civils"),
                      C("missing", "", 1, None, "narrator", "civils")],
    "Jonathan Coulom case, Martin Ney: serving life in Germany (a sentence, no claim, set 57's inmate call); the other cases of 'meurtres d'enfants' he was convicted for -> killed 1-open (plural with no number); the body found in 2004 and 'Son corps' found in a pond -> killed 1-1 for Jonathan (DEV body rule, one fact), and he 'avait disparu' from a holiday centre -> missing 1-1 (disappearance kept beside the death, sets 36-37 calls); links made with 'la disparition et le meurtre' of children in several European countries -> killed 1-open and missing 1-open (other cases, presented as facts); all narrator, children -> civils; the modus operandi sentence told per Le Parisien (a child taken, a body left) is a habit (habits call). Least sure: the two European-cases claims (a reviewer could read the links as no told event)")
D["claims2", 64] = S("no claim on reading (Adjani's brother 'décédé' of a cardiac arrest, an addict: natural death)")
D["claims2", 65] = S("no claim on reading (65,000 avoidable cancer deaths: disease, hypothetical)")
D["claims2", 66] = K([C("captured", "trois", 3, 3, "narrator", "unknown")],
    "Avignon hospital: 'trois mineurs ont été interpellés' after pushing a nurse around -> captured 3, figure 'trois', narrator, suspects -> unknown (sets 56 and 59 on arrested boys; a reviewer could follow the Aulnay minors call, civils); the nurse 'bousculé' carries no wound word")
D["claims2", 67] = K([C("killed", "Une", 1, 1, "média", "civils")],
    "Storms in the south-east: 'Une touriste a perdu la vie' in Haute-Savoie, as Le Dauphiné Libéré reports -> killed 1-1, figure 'Une' (DEV indefinite row), a disaster death (DEV), the whole sentence under the daily -> média (earlier calls), civils")
D["claims2", 68] = S("no claim on reading (postcards that 'ont capturé' moments: other sense)")
D["claims2", 69] = S("no claim on reading (Fessenheim's plant closure as a 'mise à mort': figurative)")
D["claims2", 70] = S("no claim on reading (Ciotti and Sarkozy on Serge Dassault's 'décès': natural death)")
D["claims2", 71] = K([C("wounded", "", 3, 3, "narrator", "civils"),
                      C("wounded", "deux", 2, 2, "narrator", "civils"),
                      C("wounded", "", 1, 1, "narrator", "civils")],
    "Eilat stabbing of three French people incl. the PM's nephew (title, lede): per France Info's correspondent the three 'auraient été frappés' low on the body (blows, no wound word in this paragraph: beatings call, no claim on that sentence); the Quai d'Orsay has not confirmed who 'des victimes' are, two lightly 'touchées' and the third more badly -> living victims -> wounded 3-3, figure '' (a count fixed by the paragraph, set 32's call), with the two listed parts wounded 2 (figure 'deux') and 1-1 ('la troisième', ordinal), narrator (the sentence has no source of its own; the Quai only did not confirm identities), civils. Least sure: 'touchées' as a wound word, and média for the whole")
D["claims2", 72] = S("no claim on reading (the Bogdanoff brothers under 'contrôle judiciaire': judicial, thirty-first-set call)")
D["claims2", 73] = S("no claim on reading (Lambert's parents' lawyers: he was 'tué par raison d'État' after care was stopped: twenty-sixth-set end-of-life call, as set 59's Viviane Lambert row)")
D["claims2", 74] = S("no claim on reading (a hoax call punished by six months in prison: a penalty, judicial)")
D["claims2", 75] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Toulon police commander filmed punching protesters: the man he hit, known to the courts per the prosecutor, was arrested ('arrêté') and held in custody, to appear in court -> captured 1-1 (arrest and custody one fact), figure '' (pronoun), narrator (the prosecutor's 'selon' bears on the previous sentence only), a suspect -> unknown; his past rape case is judicial")
D["claims2", 76] = K([C("killed", "", 1, 1, "narrator", "unknown"),
                      C("killed", "", 1, 1, "gouvernement français", "unknown")],
    "Jardin Saint-Adrien burglary: the owner 'mis en examen pour homicide volontaire' after he 'a tué' one of the two burglars -> killed 1-1 told by the narration ('l'un des deux', figure '') and killed 1-1 by the judges' charge naming the death (session-5 charge call; two sources, as set 59's Noyer row), a burglar -> unknown (attackers and suspects); 'cambriolage sanglant' restates the death")
D["claims2", 77] = S("no claim on reading (no one noticed 'leur disparition', of stolen game consoles: other sense, property)")
D["claims2", 78] = S("no claim on reading (Jean-Jacques Bourdin 'arrêté' by gendarmes at 186 km/h: a road check, set 57's call)")
D["claims2", 79] = S("no claim on reading (Ardèche: a hunter shot a puppy, its owner blocked him with a tractor ('intercepter') until the gendarmes came: animals; a citizen's blocking, no arrest told)")
D["claims2", 80] = S("no claim on reading (a Fillon organisation chart 'saisi' in his office: other sense, evidence)")
D["claims2", 81] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                      C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Marne femicide: 'le second suspect' was arrested and held in custody, suspected of having killed his partner -> captured 1-1, figure '' (definite), narrator, a suspect -> unknown, and killed 1-1 narrator (the suspicion bears on who, set 58's call); the woman, 37, died during her transfer, per the Reims prosecution -> killed 1-1, gouvernement français (a second source; the prosecution's murder inquiry restates it), civils; the daily's 'percutée par une voiture' tells how (no second claim). Figures '' (ages are not figures)")
D["claims2", 82] = S("no claim on reading (56 million animals 'tués' for fur each year: animals)")
D["claims2", 83] = S("no claim on reading (baccalaureate 'contrôle continu': other sense)")
D["claims2", 84] = S("no claim on reading (the Official Journal's 'arrêtés' counted: other sense)")
D["claims2", 85] = K([C("hostage", "", 1, 1, "narrator", "civils")],
    "Haut-Rhin: Elisabeta, 17 months, taken from her placement by relatives; her clothes 'au moment de son enlèvement' -> hostage 1-1 (a kidnapped child, DEV hostage type; set 26's abduction row), figure '' (named), a time adjunct -> narrator, civils")
D["claims2", 86] = S("no claim on reading (two old hand grenades 'neutralisées' by navy divers on a beach: ordnance made safe, no belligerent, no person: my call, no neutralized or materiel claim)")
D["claims2", 87] = K([C("captured", "", 1, 1, "média", "unknown")],
    "Saint-Herblain: the driver who hit a policewoman, shot in the shoulder blade (previous paragraph), 'placé en garde à vue' for armed violence, per Presse Océan -> captured 1-1, figure '' (pronoun), the whole sentence under the daily -> média, a suspect -> unknown; his life not at risk is a hospital state (no claim); the charge names violence with no wound word")
D["claims2", 88] = S("no claim on reading (a German minister on 'pertes d'emplois' after the US troop withdrawal: other sense, troop strengths)")
D["claims2", 89] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Boris Johnson's commission: Churchill's statue defaced in protests set off by 'la mort' of George Floyd, asphyxiated by a police officer -> killed 1-1, figure '' (named), narrator, civils (deaths at police hands)")
D["claims2", 90] = S("no claim on reading (Allier: undertakers give back the wrong body; the mother died in hospital at 81: natural death)")
D["claims2", 91] = S("no claim on reading (a sexist ad and the 'corps représentés': other sense)")
D["claims2", 92] = K([C("killed", "Un", 1, 1, "narrator", "civils")],
    "Saratov, Russia: 'Un chasseur de 64 ans' shot dead ('tué par balle'), his own dog having set off the shot per the investigators -> killed 1-1, figure 'Un' (DEV indefinite row; 64 is an age), an accidental death (DEV), narrator (the investigators speak of how, not of the death), civils")
D["claims2", 93] = S("no claim on reading (Brigitte Macron's brother 'avait repris' the family firm: other sense; his death is in the lede and previous paragraph)")
D["claims2", 94] = K([C("wounded", "", 1, 1, "source sécuritaire", "civils")],
    "Le Bourget, PSG players harassed: Thiago Motta's car hit a supporter who was banging on it; 'Légèrement blessé', he was taken to hospital, 'a encore précisé cette source' -> wounded 1-1, figure '' ('ce dernier'), the police source of the previous paragraph -> source sécuritaire (earlier 'source policière' rows), a fan -> civils; the players 'pris à partie' carry no wound word")
D["claims2", 95] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "gouvernement français", "civils"),
                      C("missing", "deux", 2, 2, "narrator", "civils")],
    "Chéran river, Haute-Savoie: 'Le corps' of one of the two missing kayakers found -> killed 1-1 (DEV body rule), figure '' ('l'un des deux'), narrator; the walker's discovery of 'Le cadavre', told by the Annecy gendarmerie confirming a daily -> a second source for the same death (DEV two-source rule), the gendarmerie -> gouvernement français; 'des deux kayakistes disparus' -> missing 2, figure 'deux' (the disappearance kept beside the death, sets 36-37 calls), narrator; leisure-accident victims -> civils (twenty-sixth-set call); the empty kayak is no materiel. Least sure: a reviewer could keep one killed claim")
D["claims2", 96] = S("no claim on reading (Bernard Debré 'décédé' of cancer: natural death, disease)")
D["claims2", 97] = K([C("killed", "", 1, None, "gouvernement français", "civils")],
    "SNSM boat capsized in storm Miguel, three rescuers dead (title, lede): the interior minister sends his thoughts to the sea rescuers of Les Sables-d'Olonne 'endeuillés' -> mourning -> killed 1-open (fourth/fifth-set 'endeuillé' calls), his quoted words -> gouvernement français, volunteer rescuers -> civils (as firefighters, twenty-eighth-set call)")
D["claims2", 98] = S("no claim on reading (Anémone on Johnny Hallyday's 'disparition': natural death)")
D["claims2", 99] = S("no claim on reading (a Sri Lankan prison sees drugs thrown over its walls for the inmates: prisoners as a class, no harm; the cat is an animal)")
D["claims2", 100] = S("no claim on reading (road deaths higher in France than in neighbours: a comparison with no count, twenty-sixth-set rate call)")
D["claims2", 101] = K([C("captured", "deux", 2, 2, "narrator", "unknown"),
                       C("wounded", "", 1, 1, "gouvernement français", "civils")],
    "Antisemitic assault in Paris: 'les deux hommes' charged and placed in pretrial detention -> captured 2, figure 'deux' (eighth-set pretrial call), narrator, suspects -> unknown; charged with violent theft causing an ITT over 8 days to 'la victime' -> wounded 1-1, figure '' (definite), the injury certificate as a wound (twenty-fifth-set ITT call) named in the judges' charge (session-5 charge call) -> gouvernement français, civils")
D["claims2", 102] = S("no claim on reading (crime statistics in percentages, violence against police up 183%: rates, no count)")
D["claims2", 103] = S("no claim on reading (Jenifer back after her silence, 'la reprise' of the tour: other sense; the fatal crash is in the previous paragraph only)")
D["claims2", 104] = S("no claim on reading (a climbing-hall owner 'tombé amoureux' of a site: other sense)")
D["claims2", 105] = S("no claim on reading (Isabelle Mergault would redo everything, 'même mon suicide': a past suicide attempt with no injury named, the call of set 33's TV star)")
D["claims2", 106] = S("no claim on reading (alcohol as a cause of road 'mortalité' and of a third of fatal accidents: shares, no count)")
D["claims2", 107] = S("no claim on reading (119,400 jobs 'détruits': other sense)")
D["claims2", 108] = S("no claim on reading (Lorraine tornado: the authorities have not yet said anything of 'éventuels blessés': an absence of report, set 58's call; damage is property)")
D["claims2", 109] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "A yellow-vest figure heard by the judge who investigates 'la perte de son œil' -> wounded 1-1 (a lost eye is a wound, the earlier lost-eye rows), figure '' (pronoun), the relative clause -> narrator (as set 59's 'l'enquête sur le meurtre' row), a protester -> civils; the marital-violence complaint, denied by his wife, carries no wound word")
D["claims2", 110] = K([C("killed", "", 1, None, "narrator", "unknown")],
    "PS stewards' former chief remembers the march of 11 January 2015 after the Paris attacks, guarding Charlie Hebdo's survivors and 'des proches des victimes' -> killed 1-open (DEV 'les victimes' rule, the dead of the attacks), narrator, a toll that includes police officers -> unknown (seventh-set mixed toll, as the Charlie Hebdo newsroom row); the survivors are no claim")
D["claims2", 111] = S("no claim on reading (Marine Le Pen: everyone will be 'victime' of the pension reform: figurative)")
D["claims2", 112] = K([C("captured", "", 1, 1, "gouvernement américain", "unknown"),
                       C("killed", "un", 1, 1, "narrator", "civils")],
    "Ahmaud Arbery case: the police announced 'l'arrestation' of the author of a video showing the death of a young black jogger -> captured 1-1, figure '' (definite), US police -> gouvernement américain (set 49's Kenosha police row), a suspect -> unknown; 'la mort d'un jeune joggeur' -> killed 1-1, figure 'un' (DEV indefinite row), a relative clause of the narration -> narrator, civils")
D["claims2", 113] = S("no claim on reading (over half of the world's coral reefs 'ont disparu': other sense, nature)")
D["claims2", 114] = S("no claim on reading (children living in the street: a day-old baby 'est mort', a boy of 6 'retrouvé mort' in Guadeloupe, a pregnant asylum seeker lost a twin: deaths with no violent or accidental cause told (the natural-death and no-cause calls, set 56's Gradon call), a miscarriage-like loss (numbers2 call). Least sure: a reviewer could count the boy found dead (DEV body rule)")
D["claims2", 115] = S("no claim on reading (children fear their parents will come home 'blessés' from protests: fears)")
D["claims2", 116] = K([C("killed", "18 000", 18000, 18000, "narrator", "civils")],
    "Japan quake of 2019, no tsunami risk: the 2011 tsunami after a magnitude-9 quake caused 'la mort de 18 000 personnes' -> killed 18,000, figure '18 000', narrator, a disaster toll -> civils (DEV)")
D["claims2", 117] = S("no claim on reading (Swiss police 'arrêté' a Swedish coach with snow on its roof: other sense)")
D["claims2", 118] = S("no claim on reading (Roselyne Bachelot's 'lynchage' on Twitter: figurative)")
D["claims2", 119] = S("no claim on reading (Lariboisière: a patient found dead twelve hours after reaching the emergency ward: a death in care with no cause told, the twenty-eighth-set emergency-call call)")
D["claims2", 120] = S("no claim on reading (Fessenheim's closure postponed 'à plusieurs reprises': other sense)")
D["claims2", 121] = S("no claim on reading (Dépakine compensation files for 'victimes directes': a drug's side effects, generic victims, as set 58's drug victims' row)")
D["claims2", 122] = K([C("killed", "14", 14, 14, "narrator", "unknown")],
    "Russian lab explosion story: in July '14 officiers' of the Russian navy died in a fire aboard a nuclear submarine -> killed 14, figure '14', an accidental death (DEV), narrator, another army's servicemen -> unknown (war dead of other armies, earlier calls); the reactor untouched by the fire is no harm")
D["claims2", 123] = S("no claim on reading (986 death reports and 1,087 patients dead of hospital infections: disease, set 56's call)")
D["claims2", 124] = S("no claim on reading (an op-ed against factory farming, 'la destruction' of nature: animals, other sense)")
D["claims2", 125] = K([C("missing", "", 1, 1, "narrator", "civils")],
    "Grenoble: the police widen the search notice for Léa Lhuillier, 15, 'portée disparue' since Wednesday -> missing 1-1, figure '' (named; the 'une adolescente' apposition follows her name), the apposition -> narrator (the police act, they are not quoted), civils; 'sa disparition' restates it")
D["claims2", 126] = K([C("killed", "", 1, 1, "narrator", "civils"),
                       C("missing", "", 1, 1, "narrator", "civils"),
                       C("killed", "un", 1, 1, "Lucie Blackman Trust", "unknown"),
                       C("killed", "", 1, 1, "gouvernement malaisien", "civils")],
    "Nora Quoirin, Malaysia: 'Le corps' of the girl 'disparue depuis dix jours' found near the resort -> killed 1-1 (DEV body rule) and missing 1-1 (disappearance kept beside the death), narrator, civils; the British charity first announced in a statement that 'un corps' had been found during the searches -> a second source, killed 1-1, figure 'un', the charity by its exact name (DEV exact-name rule for organisations, as RTM and Safran): Lucie Blackman Trust (added), the body not yet identified -> unknown (DEV); the Negeri Sembilan police chief, quoted: the family confirmed it is her body -> a third source, killed 1-1, Malaysian police -> gouvernement malaisien (added, sixth-set state pattern), civils. Least sure: three killed claims for one death (the two-source rule applied to each named source)")
D["claims2", 127] = K([C("killed", "deux", 2, 2, "média", "civils")],
    "Yonne level crossing: a France 3 reporter on the spot says a TER hit a car, 'deux morts', the two people aboard -> killed 2, figure 'deux', the journalist's quote -> média (earlier calls), a road accident (DEV), civils; the train's passengers 'indemnes' are unhurt (no claim)")
D["claims2", 128] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Pierre Palmade 'Interpellé' by police and held in custody in a rape inquiry -> captured 1-1 (arrest and custody one fact), figure '' (named), narrator (RTL is credited in the lede only), a suspect -> unknown; rape is a sexual offence (no claim type)")
D["claims2", 129] = S("no claim on reading (Place Vendôme jewellers 'victimes de braquages' in 2014: property; 'Aucune personne' hurt at the Ritz is in the previous paragraph only)")
D["claims2", 130] = S("no claim on reading (Game of Thrones characters where many 'ont péri': fiction)")
D["claims2", 131] = S("no claim on reading (ExoMars 'Victime de difficultés techniques': figurative)")
D["claims2", 132] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Haut-Rhin assize trial, a companion strangled then staged as a suicide (title, lede): the forensic findings on the marks on the neck 'de la victime' refute his hanging story -> killed 1-1 ('la victime' read by the outcome, DEV), figure '' (definite), a label inside the experts' clause -> narrator (set 58's 'petit-fils de la victime' label call), civils; the 20-year sentence is judicial. Least sure: the claimant (source médicale for the forensic doctors)")
D["claims2", 133] = K([C("wounded", "", 1, None, "narrator", "civils"),
                       C("wounded", "", 1, 1, "narrator", "civils")],
    "Villemomble carbon-monoxide leak: the firefighters take care of 'les victimes' -> living victims of an accidental poisoning -> wounded 1-open (plural with no number; the set 35 toxic-fumes 'victimes' call), and one of them, a child of four, hospitalised in a serious state and 'dans le coma' -> wounded 1-1, figure '' ('L'une d'elles', partitive subset, eleventh-set call; the fifteenth-set coma call), narrator (BFMTV is credited only in the sentence on the advice to leave), civils; the grandmother's nausea alone is no claim. Least sure: both (a reviewer could follow the nausea and smoke calls)")
D["claims2", 134] = S("no claim on reading (a shareholder will 'prendre le contrôle' of Alstom: other sense)")
D["claims2", 135] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "DJ Arafat: 'L'annonce de son décès' moved Côte d'Ivoire -> killed 1-1, figure '' (pronoun), a road-accident death per the title (DEV accidental deaths; the cause read from the title, as set 59's 'annonce de sa mort' Caniço row), narrator, civils. Least sure: the death word has no cause in the paragraph itself (set 38's context-line rule)")
D["claims2", 136] = S("no claim on reading (Polnareff's 'garde du corps' contested: other sense)")
D["claims2", 137] = S("no claim on reading (Iris Mittenaere seen 'à plusieurs reprises' with Kev Adams: other sense)")
D["claims2", 138] = K([C("wounded", "vingt-deux", 22, 22, "gouvernement français", "civils"),
                       C("wounded", "quatre", 4, 4, "gouvernement français", "civils")],
    "Grenoble campus residence fire: the prefect's chief of staff had said on France Bleu there were 'vingt-deux blessés légers', four of them hospitalised for smoke inhalation -> wounded 22 and the subset wounded 4 (DEV subset rule; set 45's Lourdes 'dont deux évacuées' row), the prefecture -> gouvernement français (fourteenth-set prefecture call), students -> civils; no collapse risk is no harm")
D["claims2", 139] = K([C("hostage", "Une", 1, 1, "narrator", "civils")],
    "Nice: 'Une femme d'affaires' abducted ('enlevée') by two men in the street at midday -> hostage 1-1, figure 'Une' (DEV indefinite row; DEV hostage type for a kidnapped civilian), narrator, civils; an inquiry opened names no charge")

# claims2: 45 kept (ranks 3 ... 139); ranks from 140 unread (after the stop)

# ---- numbers2 pool ----
D["numbers2", 0] = N("a report on the 80 km/h limit by a motorists' committee: a speed, a date and a name with a number; no harm")
D["numbers2", 1] = N("Mélenchon after his trial: three months' suspended sentence requested: judicial, no harm")
D["numbers2", 2] = N("a Camaro with a 10-speed automatic gearbox; no harm")
D["numbers2", 3] = N("an actor aged 51 learning sign language after going deaf, 90% comprehension hoped: a handicap, no harm event")
D["numbers2", 4] = N("Grenoble shared bikes at 1,550 euros each; no harm")
D["numbers2", 5] = N("a girl of 3 told a neighbour her mother was asleep: the mother's death is in the title and lede only; an age, no harm in the paragraph")
D["numbers2", 6] = N("Annie Cordy's film roles from 1953: no harm")
D["numbers2", 7] = N("Presstalis: regional branches wound up, over 500 jobs at stake: no harm")
D["numbers2", 8] = N("Lyon paid 600,000 euros to host a Tour de France stage: no harm")
D["numbers2", 9] = N("a TV host's jibes on 1 and 2 February: dates, no harm")
D["numbers2", 10] = N("hundreds of people stuck on a road by mudslides after a Tour stage: blocked, no one hurt (affected people are no claim type, DEV)")
D["numbers2", 11] = N("Macron left the government on 30 August: a date, no harm")
D["numbers2", 12] = N("Marine Le Pen will not go to Perpignan, meetings over 10 banned: no harm")
D["numbers2", 13] = N("the French State's 15.1% stake in Renault and the FCA offer: no harm")
D["numbers2", 14] = N("McLaren recalls 2,763 cars for a fuel-leak fire risk: a risk, no harm")

# numbers2: 15 kept (ranks 0-14); ranks from 15 unread (after the stop)
