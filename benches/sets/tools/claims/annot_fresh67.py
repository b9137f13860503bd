"""Hand annotations of the sixty-seventh fresh set, the forty-second drawn
from the second-generation pools (claims2 / numbers2: general news), drawn
alone (seed 7701; sets 26 to 66 already in benches/sets, ordinary
exclusions), and the decision for every rank read (strictly in draw order).
Notes are my own words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = {"BASF"}

D = {}

# ---- claims2 pool ----
D["claims2", 0] = S("no claim on reading (a 'gilets jaunes' founder does not want 'des morts et des blessés' on his conscience: a fear, no event)")
D["claims2", 1] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Harry fears history repeating, 'après la mort de sa mère Diana' in a road accident in 1997 -> killed 1-1, figure '' (named), an accidental death with its cause told in the paragraph (DEV accidents; set 58's Diana skip was for a death with no cause told, the Alma-crash rows were kept), the time adjunct is narration -> narrator, civils")
D["claims2", 2] = S("no claim on reading (the 'Ligue du LOL' cyberharassment: 'victime' of harassment, 'balles virtuelles' and being 'descendue': figurative, no claim type)")
D["claims2", 3] = S("no claim on reading (a poll's 'bilan': other sense)")
D["claims2", 4] = S("no claim on reading (LREM's mediator 'a été saisi': other sense)")
D["claims2", 5] = S("no claim on reading (Pécresse on 'le défi de la reprise': other sense)")
D["claims2", 6] = S("no claim on reading (Marine Le Pen wants wreaths laid at the 'monuments aux morts' on 8 May: a memorial, no event)")
D["claims2", 7] = S("no claim on reading (Dati's threats put 'à exécution': other sense)")
D["claims2", 8] = S("no claim on reading (Australian rock shelter: animal bone fragments, some objects 'ont aujourd'hui disparu': other sense)")
D["claims2", 9] = S("no claim on reading (a driver stopped by police 'lors d'un contrôle' with no registration papers: a check, twenty-sixth-set road-check call)")
D["claims2", 10] = S("no claim on reading (Macron and 'le droit au blasphème'; a teenage girl 'menacée de mort' online: a threat; the Charlie Hebdo victims are in the previous paragraph only)")
D["claims2", 11] = K([C("wounded", "11", 11, 11, "narrator", "civils")],
    "SNCF strike after the Ardennes TER accident: the accident of the previous Wednesday 'a fait 11 blessés' -> wounded 11, narrator, passengers -> civils (DEV accidents); the right of withdrawal is labour law")
D["claims2", 12] = K([C("killed", "", 1, 1, "Saint-Siège", "civils")],
    "Central African Republic: Pope Francis spoke of the 'barbare' murder ('cet assassinat') of the nun Inès Nieves Sancho, 'tuée de manière barbare' in her workshop, in his own quoted words -> killed 1-1, figure '' (named), the narration's framing of his words and the quote are one fact of one source (set 64's framing row), the Pope -> Saint-Siège (set 7's name), civils; 77 is an age")
D["claims2", 13] = K([C("killed", "", 1, 1, "média", "civils", "uncertain")],
    "Pyrénées-Orientales, a girl of 18 found dead in a cemetery (title): per 'plusieurs médias locaux' she 'aurait été victime de plusieurs coups' with a knife -> killed 1-1, figure '' (definite), 'victime' read by the story's outcome (DEV; she is dead in the title and lede), conditional -> uncertain (DEV), the sentence under the outlets -> média (set 45's outlet call), civils; the 'macabre découverte' by a visitor, per the source close to the case, names no body or harm word, no second claim. Least sure: a reviewer could add killed 1-1 'source proche du dossier' for the find (DEV body rule)")
D["claims2", 14] = S("no claim on reading (a rhinoceros tagged at La Palmyre zoo, the marks 'ont déjà disparu': animals, other sense)")
D["claims2", 15] = K([C("killed", "Un", 1, 1, "narrator", "civils"),
                      C("wounded", "trois", 3, 3, "narrator", "civils"),
                      C("wounded", "deux", 2, 2, "narrator", "civils")],
    "Bordeaux knife brawl: 'Un homme' of 25 'est mort', 'trois autres' were hurt, 'dont deux grièvement' -> killed 1-1 (figure 'Un', DEV indefinite; 25 is an age), wounded 3 and the subset wounded 2 (DEV subset rule), narrator (the police sources are credited with the next sentence, on how the brawl began: attribution follows the sentence), homeless people and passers-by -> civils")
D["claims2", 16] = K([C("captured", "", 1, 1, "narrator", "civils")],
    "Iran's pardons: the strike leader Esmaïl Bakhchi, sentenced with five comrades to five to seven years, 'avait été libéré sous caution' in October 2019 -> captured 1-1, figure '' (named), a release presupposes detention (DEV release rule, as the Ghosn bail rows), narrator, a worker activist held by a regime -> civils (set 52's regime-detainee rule, the researchers held in Iran of set 26); the prison terms are judicial")
D["claims2", 17] = S("no claim on reading (an eye operation on the wrong patient: 'là où le bat blesse' is an idiom; blindness from disease, a pulmonary embolism during surgery: medical, no claim type)")
D["claims2", 18] = K([C("captured", "237", 237, 237, "narrator", "unknown"),
                      C("wounded", "42", 42, 42, "narrator", "unknown"),
                      C("wounded", "17", 17, 17, "narrator", "unknown")],
    "The yellow vests' bill: on 16 March (act 18) 237 arrests ('interpellations'), '42 blessés', of whom 17 among the police ('dont 17') -> captured 237 (arrested persons -> unknown, set 66's act-18 row), wounded 42 (a mixed toll of protesters and police -> unknown, set 65's mixed-toll row) and the subset wounded 17 (police officers -> unknown) (DEV subset rule), narrator (Castaner is quoted for the 'groupuscules' label only); looting and burnt kiosks, a bank and a police car are property")
D["claims2", 19] = S("no claim on reading (Simone Veil's 'décès' and a denied text message about it: natural death; the denial bears on the message)")
D["claims2", 20] = S("no claim on reading (Thierry Beccaro 'Victime de terribles violences' as a child, a beaten child: beatings with no wound word, earlier beating calls)")
D["claims2", 21] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Doubs cold case, a murder of 1987 (title: 'assassinat'): the police seek everyone who lived in the same buildings as 'la victime', a teenage girl -> killed 1-1, figure '' (definite), 'la victime' read by the story's outcome (DEV; as the Daval and Johanna rows), narrator, civils; the phone numbers and the address are not figures")
D["claims2", 22] = S("no claim on reading (a mayor's 'arrêté' against on-board radars, 'contrôle de la légalité': other senses)")
D["claims2", 23] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "San José, a man who killed 21 cats: the police 'l'interpellent' as he sleeps in his car -> captured 1-1, figure '' (a pronoun, definite), narrator, a suspect -> unknown (arrested suspects call); the cats killed and the dead cat found are animals (no claim)")
D["claims2", 24] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Cédric Chouviat, dead after a police road check (title, lede): 'la famille de la victime' denounces a police blunder -> killed 1-1, figure '' (definite), 'la victime' read by the story's outcome (DEV), narrator, civils (deaths at police hands, twenty-sixth-set call); the family's demand to requalify the facts as 'violences volontaires ayant entraîné la mort' is a complaint's demand, not an authority's charge (twenty-sixth-set call), no second claim; 'techniques d'interpellation' are generic. Least sure: a reviewer could credit the family's demand (proche de victime)")
D["claims2", 25] = S("no claim on reading (a McLaren's 0-100 km/h 'abattu' in 2.8 seconds: other sense)")
D["claims2", 26] = S("no claim on reading (Notre-Dame 'En partie détruite' by fire: property, no one hurt told)")
D["claims2", 27] = S("no claim on reading (an industry that 'a coulé', trickle-down theory: other senses)")
D["claims2", 28] = S("no claim on reading (Juppé's tribute to Jacques Chirac, 'décédé' on 26 September: natural death)")
D["claims2", 29] = S("no claim on reading (Commonwealth members 'tombés d'accord': other sense)")
D["claims2", 30] = K([C("killed", "un", 1, 1, "narrator", "civils"),
                      C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Nice: a tram driver sentenced to a suspended term for 'homicide involontaire' after 'la mort d'un passager' of 76 during emergency braking in 2015 -> killed 1-1, figure 'un' (DEV indefinite; 76 is an age), an accidental death (DEV), narrator for the time adjunct; the court's conviction for manslaughter -> a second killed 1-1, figure '', gouvernement français (twenty-eighth/twenty-ninth-set conviction calls, the Magimel and Sauvage rows; set 65's narration-plus-charge rows), civils; the sentence itself is judicial. Least sure: a reviewer could keep one claim")
D["claims2", 31] = S("no claim on reading (Claude Got on road 'mortalité' and cutting 'la mort de leurs enfants': rates and generic deaths, no count, set 40's change call; 'se tirent une balle dans le pied' is an idiom)")
D["claims2", 32] = S("no claim on reading (Macron: the French people did not want 'la mort' of the king: a historical figure of speech, no event told)")
D["claims2", 33] = K([C("missing", "un", 1, 1, "narrator", "civils")],
    "Denis Brogniart appeals on Twitter to find a friend ('un ami') 'disparu' for over 10 days while crossing the Pyrenees on foot -> missing 1-1, figure 'un' (DEV indefinite; 10 days is a duration), the participle inside the narration's sentence -> narrator (participle call; his quoted words say 'sans nouvelle', no harm word), a hiker -> civils. Least sure: a reviewer could credit the presenter (personnalité) through his appeal")
D["claims2", 34] = S("no claim on reading (the baccalauréat's 'contrôle continu': other sense)")
D["claims2", 35] = S("no claim on reading (Jeanne Calment's archives 'détruites': property, other sense)")
D["claims2", 36] = K([C("captured", "Un", 1, 1, "narrator", "unknown"),
                      C("wounded", "", 0, 0, "narrator", "civils", "denied")],
    "Lyon Saint-Exupéry: 'Un homme a été arrêté' on the runways after driving in 'sans faire de blessé' -> captured 1-1, figure 'Un' (DEV indefinite), a suspect -> unknown; the zero -> wounded 0-0, figure '', denied (seventh/seventeenth-set zero calls, the Montpellier and Lorient 'sans faire de blessé' rows), civils; narrator for both (the prefecture and prosecution are in the lede only); the two glass doors forced are property")
D["claims2", 37] = S("no claim on reading (the Moria camp 'entièrement détruit par les flammes', 12,000 occupants left homeless: property and displacement, no one hurt told in the paragraph)")
D["claims2", 38] = S("no claim on reading (two table-tennis players 'victimes de malaises cardiaques': natural deaths)")
D["claims2", 39] = S("no claim on reading (Amber Heard says she is 'victime de violences' by Johnny Depp: violence with no wound word, earlier beating calls)")
D["claims2", 40] = S("no claim on reading (speed cameras vandalised, the penalty for a camera's 'dégradation': property, judicial)")
D["claims2", 41] = S("no claim on reading (Fessenheim staff hope to be 'les dernières victimes' of an anti-nuclear witch hunt: figurative)")
D["claims2", 42] = S("no claim on reading (Copé: the right 'menacée de mort': figurative)")
D["claims2", 43] = S("no claim on reading (singers who died in 2018, 'de s'éteindre', 'décède', a long illness, Avicii 'disparaît': natural deaths and deaths with no cause told)")
D["claims2", 44] = K([C("killed", "Deux", 2, 2, "narrator", "civils")],
    "Rhodes: 'Deux jeunes Françaises', sisters of 16 and 19, 'sont mortes noyées' in a hotel pool -> killed 2, a drowning (DEV accidental deaths; ages are not figures), narrator, civils")
D["claims2", 45] = S("no claim on reading (Méribel: a car with two grandparents and three grandchildren fell 150 metres into a ravine, 'L'accident': no toll or harm word for the people in the paragraph)")
D["claims2", 46] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Grégory case: Bernard Laroche's widow has a word for judge Lambert, 'qui s'est donné la mort' in July 2017 -> killed 1-1, figure '' (named), a suicide -> killed (tenth/eighteenth-set suicide calls), the relative clause is narration -> narrator, civils; her own 'J'ai perdu mon mari' names no harm word or cause (the killing is in the lede only), no claim. Least sure: a reviewer could add killed 1-1 for the husband (témoin)")
D["claims2", 47] = S("no claim on reading (hail: 25 communes declared natural disasters, crops lost: property, no one hurt)")
D["claims2", 48] = K([C("captured", "Un", 1, 1, "narrator", "unknown"),
                      C("killed", "", 1, 1, "narrator", "civils")],
    "Lille: 'Un homme' whose custody ('garde à vue') was extended in the inquiry into 'la mort de Jérôme Bonduelle', 'fauché à vélo par une voiture' -> captured 1-1, figure 'Un' (DEV indefinite; custody, dense custody rule), a suspect -> unknown; killed 1-1, figure '' (named), a road death (DEV accidents; the cause is in the paragraph), civils; narrator for both")
D["claims2", 49] = S("no claim on reading (the foreign ministry 'avoir saisi la justice' over a data theft: other sense)")
D["claims2", 50] = K([C("killed", "", 1, 1, "élu local", "civils")],
    "Gironde: the region's president Alain Rousset, in his own tweet, 'Abasourdi par la disparition de Joan Taris' -> killed 1-1, figure '' (named), a disappearance said of the dead (sixth-set euphemism call), a suicide per the title and lede (set 66's school-director row, set 60's DJ Arafat row: the cause read from the title), a regional head's own words -> élu local (ninth-set call, the Estrosi rows), civils. Least sure: the cause sits in the title and lede only (set 38's context-line rule would give no claim; set 64's 'tragiquement disparue' skip)")
D["claims2", 51] = S("no claim on reading (wasp nests: the aim is 'de tuer la reine': animals)")
D["claims2", 52] = S("no claim on reading (Briançon: a migrant family 'arrêtés par une opération de contrôle' of customs officers, then taken to the police station: stopped at a check, twenty-sixth-set road-check call; a birth by caesarean is no harm)")
D["claims2", 53] = S("no claim on reading (Mélenchon's assistant François Delapierre, 'décédé en juin 2015': natural death)")
D["claims2", 54] = S("no claim on reading (an identity 'contrôle' ruled not discriminatory: other sense)")
D["claims2", 55] = S("no claim on reading (Mexico's culture minister on 'la mort de Mercedes Barcha' at 87: natural death)")
D["claims2", 56] = S("no claim on reading (Tours hospital: two women of 88 and 93 'sont récemment mortes' in the emergency waiting room after a long wait: deaths in care with no violent or accidental cause told, as set 65's Naomi Musenga skip. Least sure: a reviewer could read negligence as a cause)")
D["claims2", 57] = S("no claim on reading (Lubrizol: pollutants 'libérés' by the fire: other sense)")
D["claims2", 58] = K([C("captured", "sept", 7, 7, "narrator", "unknown"),
                      C("captured", "quatre", 4, 4, "narrator", "unknown")],
    "Queensland coal terminal: 'sept personnes au total, dont quatre Français', 'ont été arrêtées', Hugo Clément among them (lede) -> captured 7 and the subset captured 4 (DEV subset rule), narrator (L'Obs is credited in the lede only), people held in a democracy -> unknown (set 52's rule: only a regime's detainees -> civils; arrested persons call)")
D["claims2", 59] = S("no claim on reading ('Libération' as a name, profits redistributed: other sense)")
D["claims2", 60] = S("no claim on reading (Amazon 'a détruit 7.900 emplois': jobs, other sense)")
D["claims2", 61] = S("no claim on reading (a driver 'avait été arrêté par les gendarmes' with a tablet on his knees, 'Le gendarme m'interpelle': stopped at the wheel, twenty-sixth-set road-check call, set 66's drivers; addressed, other sense)")
D["claims2", 62] = K([C("killed", "Une", 1, 1, "média", "civils"),
                      C("wounded", "quatre", 4, 4, "média", "civils")],
    "Lyon collision of two cars: 'Une personne' died ('décédée') and 'quatre autres' were hurt, as France 3 Rhône-Alpes reports -> killed 1-1 (figure 'Une', DEV indefinite) and wounded 4, a road accident (DEV), the whole sentence under the outlet -> média (a named outlet over its sentence), civils")
D["claims2", 63] = S("no claim on reading (Macron: seeking to be loved, 'on devient otage': figurative)")
D["claims2", 64] = S("no claim on reading (the first transgender American to take her case to the Supreme Court 'est décédée': a death with no cause told)")
D["claims2", 65] = S("no claim on reading (Hallyday trademarks: a 'litige', no harm word of a claim type)")
D["claims2", 66] = K([C("captured", "", 1, 1, "témoin", "unknown")],
    "Houston, a Black American woman on arbitrary arrests: in 1980 'elle a été placée en détention' just for holding a glass -> captured 1-1, figure '' (pronoun), her own account relayed with her quoted words -> témoin (people on their own case, set 34's call, set 65's Ghosn rows; the narration's framing is one fact with her words), a person arrested in a democracy -> unknown (arrested protesters and suspects in a democracy, set 56's list); 'arrestations arbitraires' in general and a police check this year are no claim. Least sure: the victim (a reviewer could write civils for an arbitrary arrest) and the claimant (narrator)")
D["claims2", 67] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Little Tony's death in Reims: his mother, who spent four months 'de détention' before her release ('remise en liberté') under judicial supervision -> captured 1-1, figure '' (definite), pretrial detention and release one fact (custody and release calls), a relative clause -> narrator, an accused -> unknown; her charges are judicial; the boy's death is in the previous paragraph only")
D["claims2", 68] = S("no claim on reading (Villani on Hidalgo's 'bilan': other sense)")
D["claims2", 69] = S("no claim on reading (Macron: 'j'ai parfois blessé des gens': figurative)")
D["claims2", 70] = S("no claim on reading (Trump's team 's'est emparée' of the exchange: other sense)")
D["claims2", 71] = K([C("killed", "au moins 1", 1, None, "BASF", "civils"),
                      C("wounded", "6", 6, 6, "BASF", "civils"),
                      C("missing", "6", 6, 6, "BASF", "civils"),
                      C("wounded", "quatre", 4, 4, "média", "civils")],
    "BASF blast at Ludwigshafen: at a press conference the group said there were 'au moins 1 mort', 6 hurt ('blessés') and 6 missing ('disparus') -> killed 1-open, wounded 6 and missing 6, claimant the company -> BASF (added: a company quoted, as SNCF, RATP and SAPN), workers -> civils (an industrial accident, DEV); its statement's 'plusieurs personnes blessées' and 'portées disparues', made 'tout comme la ville de Ludwigshafen', restate the same facts of the same first-named source (DEV one claim per fact; first named source); an earlier blast at Lampertheim 'avait fait quatre blessés', as Reuters reports -> wounded 4, média (a news agency named over its sentence, as outlets)")
D["claims2", 72] = S("no claim on reading (a car's 'contrôle de stabilité': other sense)")
D["claims2", 73] = K([C("missing", "Un", 1, 1, "narrator", "civils"),
                      C("missing", "", 1, 1, "narrator", "civils")],
    "Ariège: 'Un père et sa fille ont disparu' since late November -> two persons with no total: missing 1-1 (figure 'Un', DEV indefinite) and missing 1-1 (figure '', the daughter) (DEV no-total rule), narrator (La Dépêche is credited with the next sentence, on the burnt car), civils")
D["claims2", 74] = S("no claim on reading (a betting odd 'est tombée': other sense)")
D["claims2", 75] = S("no claim on reading (the child resistance fighter Marcel Pinte carried messages, singing 'à tue-tête', at risk of a 'dénonciation': no harm told in the paragraph; his killing is in the title only, set 38's context-line rule)")
D["claims2", 76] = K([C("captured", "Trois", 3, 3, "narrator", "unknown"),
                      C("killed", "une", 1, 1, "narrator", "civils")],
    "Lyon: 'Trois hommes' held in custody ('garde à vue'), suspected of having hit and killed ('percuté mortellement') 'une jeune femme' of 23 -> captured 3 (dense custody rule), suspects -> unknown; killed 1-1, figure 'une' (DEV indefinite; 23 is an age), 'soupçonnés' bears on who did it, not on the death; 'la victime' in the next sentence is the same fact; narrator, civils")
D["claims2", 77] = K([C("killed", "aucune", 0, 0, "narrator", "civils", "denied")],
    "Hérault wildfire over 300 hectares, homes threatened: 'l'incendie n'a fait aucune victime' -> killed 0-0, figure 'aucune', denied (DEV 'aucune victime' row, seventh-set zero calls), narrator, civils; burnt land and threatened homes are property")
D["claims2", 78] = S("no claim on reading (Granny the orca 'présumée morte': animals)")
D["claims2", 79] = S("no claim on reading (fifty years after 'la mort' of Jimi Hendrix: a death with no cause told)")
D["claims2", 80] = S("no claim on reading (a former scout leader suspected of sexual assaults, 'd'éventuelles autres victimes', judicial supervision: sexual offences and judicial matters, no claim type)")
D["claims2", 81] = K([C("killed", "six", 6, 6, "narrator", "civils"),
                      C("wounded", "dix-sept", 17, 17, "narrator", "civils")],
    "Millas: on 14 December a TER hit a school bus, 'faisant six morts et dix-sept blessés' -> killed 6 and wounded 17, a rail accident (DEV accidents), narrator, pupils -> civils")
D["claims2", 82] = S("no claim on reading (Pernaut does not plan 's'arrêter': other sense)")
D["claims2", 83] = S("no claim on reading (prison software leaked, data on 'le détenu': an inmate serving time is not held as a claim (fourteenth-set inmates call); no harm)")
D["claims2", 84] = K([C("captured", "Une", 1, 1, "source sécuritaire", "unknown")],
    "Nurses' protest in Paris: 'Une femme', a nurse, 'a été interpellée' for contempt and throwing projectiles, per 'une source policière' -> captured 1-1, figure 'Une' (DEV indefinite), an anonymous police source -> source sécuritaire (set 60's call), a protester arrested in a democracy -> unknown; the videos of 'son interpellation' are the same fact")
D["claims2", 85] = S("no claim on reading (Rouen pimping ring: 'Les victimes' are under-age girls, 'au moins quatre', per a police source: sexual exploitation is no claim type (earlier forced-prostitution call); the 'séquestré' is in the previous paragraph only)")
D["claims2", 86] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Harry plans a memorial for the 20th anniversary 'de la mort de sa mère' (per the tabloid); Diana 'est décédée' after a car crash ('accident de voiture') under the Alma bridge in 1997 -> killed 1-1, figure '' (named), an accidental death with its cause told (DEV accidents; the Alma-crash rows), the second sentence is narration -> narrator (the tabloid is credited with the first only), civils; one fact told twice")
D["claims2", 87] = S("no claim on reading (a cinema evacuated over a suspect package, the film 'n'a pas été arrêté': no one hurt, other sense)")
D["claims2", 88] = S("no claim on reading (a pumpkin, the 'fête des Morts': other sense)")
D["claims2", 89] = K([C("wounded", "Une", 1, 1, "narrator", "civils")],
    "Near Amiens: 'Une enfant' of three and a half, 'grièvement blessée' by a rottweiler, bitten in the face, life in danger -> wounded 1-1, figure 'Une' (DEV indefinite; the age is no figure), a person hurt by an animal (seventeenth-set call, twenty-sixth set's shark and python), narrator, civils")
D["claims2", 90] = K([C("killed", "", 1, None, "narrator", "civils")],
    "13 November commemorations: a France 2 journalist spoke of the ceremonies held 'en hommage aux victimes du 13-novembre' -> killed 1-open, figure '' (eighth-set reported-tribute call, the earlier 13 November tribute rows), a relative clause -> narrator, bar and concert-goers -> civils; his quoted 'familles des victimes' names the same dead as a label inside a wish, no second claim. Least sure: a reviewer could add the journalist's words as a second source (média)")
D["claims2", 91] = S("no claim on reading (the single ticket's 'disparition': other sense)")
D["claims2", 92] = S("no claim on reading (Jossigny hospital: a woman seven months pregnant found unconscious, 'son décès', the child did not survive, 'la défunte', causes unknown: deaths with no cause told, set 64's rank 38, set 66's Vecchi skip)")
D["claims2", 93] = S("no claim on reading (a concept car's 'contrôle' of braking: other sense)")
D["claims2", 94] = K([C("killed", "Un", 1, 1, "narrator", "unknown")],
    "Moulins-Yzeure prison: 'Un détenu de 19 ans est décédé' after being found unconscious in the cell he had set on fire -> killed 1-1, figure 'Un' (DEV indefinite; 19 is an age), a death by a fire he lit (the suicide calls and accidental deaths both give killed), narrator, an inmate -> unknown (inmates call); 'détenu' is not read as captured (fourteenth-set inmates call, set 66's Besançon row)")
D["claims2", 95] = S("no claim on reading (Belloubet on vigilance after the attack ('l'attentat') on the Paris police HQ: a named attack with no toll)")
D["claims2", 96] = S("no claim on reading (Adjani on 'prédateurs masculins': figurative, no harm told)")
D["claims2", 97] = S("no claim on reading (Guéant's prison sentence upheld: judicial)")
D["claims2", 98] = S("no claim on reading ('Libération' as a name: other sense)")
D["claims2", 99] = S("no claim on reading ('Libération' as a name: other sense)")
D["claims2", 100] = S("no claim on reading (Botswana elephants, the causes 'de ces décès': animals)")
D["claims2", 101] = S("no claim on reading (a posthumous album's song on 'le seuil de la mort': a title, figurative)")
D["claims2", 102] = S("no claim on reading (unionists 'ont vivement interpellé' Macron: hailed, other sense)")
D["claims2", 103] = S("no claim on reading (Bendaoud ordered to pay damages to 'des victimes directes ou indirectes des attentats': civil parties in a civil ruling, relatives among them, no event or toll told (the Charlie trial's civil-parties call); his sentence is judicial. Least sure: a reviewer could read the attacks' victims as killed or wounded 1-open)")
D["claims2", 104] = S("no claim on reading (Maître Gims's wax statue: no harm word of a claim type in the paragraph)")
D["claims2", 105] = S("no claim on reading (Collomb 's'est saisi' of a joke about 'poulets': other sense)")
D["claims2", 106] = S("no claim on reading (Morano on the burkini 'pour effacer le corps de la femme': other sense)")
D["claims2", 107] = S("no claim on reading (Parcoursup results 'sont tombés': other sense)")
D["claims2", 108] = S("no claim on reading (the 'Laëtitia' series: a foster father sentenced for rapes and sexual assaults on 'cinq jeunes victimes': sexual offences and a sentence, no claim type)")
D["claims2", 109] = S("no claim on reading (Mulhouse: a neglected woman of 85 found in a critical state the day before her death ('la mort de l'octogénaire'): no violent or accidental cause told, the thirtieth-set call on the same story)")
D["claims2", 110] = S("no claim on reading (Sanef: inattention behind '30% des accidents mortels' on motorways: a share, no count, set 65's shares call)")
D["claims2", 111] = S("no claim on reading (police unions and static guards at La Lanterne: no harm word of a claim type in the paragraph)")
D["claims2", 112] = S("no claim on reading (Bridgegate: justice 'Saisie' by users, prison terms: other sense, judicial)")
D["claims2", 113] = K([C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Aude femicide trial: the advocate general says Natacha 's'est éteinte' after an endless agony, 'tuée à coups de pierres' and with a studded club, in her quoted words -> killed 1-1, figure '' (named; 38 is an age), a prosecutor at a French trial -> gouvernement français (the prosecutions call), civils; 'la volonté de tuer' is the intent she ascribes, the same killing; the life sentence sought is judicial")
D["claims2", 114] = S("no claim on reading (an electric MGB's 0-96 km/h 'abattu' in 8 seconds: other sense)")
D["claims2", 115] = S("no claim on reading (Juliette Gréco 'décédée' at 93: natural death)")
D["claims2", 116] = S("no claim on reading (de Gaulle's forgotten appeal 'était tombé' into oblivion, a defeat of the French army: other sense, no harm told)")
D["claims2", 117] = S("no claim on reading (a racist tag against Mbappé; the Dilcrah 'interpellée' on Twitter: hailed, other sense; 'victime' of a tag is no claim type)")
D["claims2", 118] = K([C("wounded", "", 1, 1, "source sécuritaire", "civils")],
    "Les Lilas: per 'une source policière', the municipal police tried to approach the man of 36 walking the streets 'le visage ensanglanté' and threatening to kill everyone; he was hitting his face with a brick -> wounded 1-1, figure '' (definite), a wound described without 'blessé' (fifteenth-set call, the lists of sets 62 and 64: a broken jaw, a lost eye), self-inflicted, under the police source -> source sécuritaire (set 60's call), the man who died after a taser in the police arrest (title, previous paragraph) -> civils (deaths at police hands); 'menaçait de tuer' is a threat; his death is in the previous paragraph only. Least sure: a reviewer could read the bloody face as a described state, not a wound (no claim)")
D["claims2", 119] = S("no claim on reading (domestic violence figures down 45%, complaints by 'les victimes': generic victims and a rate)")
D["claims2", 120] = S("no claim on reading (LFI's path 's'arrête': other sense)")
D["claims2", 121] = S("no claim on reading (toll rises 'pas encore arrêté': other sense)")
D["claims2", 122] = K([C("wounded", "", 0, 0, "gouvernement français", "civils", "denied")],
    "Val-d'Europe, a suspect car blown open by bomb disposal experts, nothing dangerous inside: 'Pas de blessé', said the Seine-et-Marne prefecture on Twitter -> wounded 0-0, figure '', denied (the 'aucun blessé' rows, seventeenth-set zero calls), a prefecture -> gouvernement français, shoppers -> civils; the broken car windows are property")
D["claims2", 123] = S("no claim on reading (Johnny Hallyday, 'décédé' of lung cancer: natural death)")
D["claims2", 124] = K([C("killed", "un", 1, 1, "narrator", "civils")],
    "David Gras, one of Europe's most wanted robbers, sentenced in 2016 for robberies in France, one of which 'avait fait un mort', gave himself up -> killed 1-1, figure 'un' (DEV indefinite), a relative clause -> narrator (relative-clause call), civils; the sentence is judicial; turning himself in carries no harm word (set 65's rank 102)")
D["claims2", 125] = K([C("missing", "un", 1, 1, "narrator", "civils")],
    "Nantes: the mayor appeals to the government on the fate of Steve, 'un jeune homme' reported missing ('porté disparu') for a month -> missing 1-1, figure 'un' (the indefinite before the noun, DEV, as set 66's Steve Maia Caniço row 'Un jeune homme'), the apposition is narration -> narrator (apposition call; the mayor asks for light, she does not state the disappearance), civils (set 40's Steve Maia Caniço call: a disappearance with no death in the paragraph, July 2019)")
D["claims2", 126] = S("no claim on reading (Anggun: Serge Atlaoui 'épargné' so far, the death penalty: judicial)")
D["claims2", 127] = S("no claim on reading (two months after 'la mort de Johnny Hallyday': natural death)")
D["claims2", 128] = K([C("wounded", "263", 263, 263, "narrator", "unknown"),
                      C("wounded", "une vingtaine", 16, 24, "narrator", "unknown"),
                      C("captured", "370", 370, 370, "narrator", "unknown")],
    "Yellow vests' act 3: '263 blessés', 'dont une vingtaine' among the police, and in Paris 370 people held in custody ('garde à vue') -> wounded 263 (a mixed toll of protesters and police -> unknown, set 65's mixed-toll row), the subset wounded 16-24 ('une vingtaine' row; police -> unknown) (DEV subset rule), captured 370 (custody; arrested persons -> unknown); narrator; 'saccages' are property")
D["claims2", 129] = S("no claim on reading (Brigitte Lahaie's show 's'arrête': other sense)")
D["claims2", 130] = K([C("captured", "", 1, 1, "témoin", "civils")],
    "Detroit: Robert Williams spent 30 hours 'en détention' because facial recognition matched him with a watch thief, per his complaint -> captured 1-1, figure '' (named; 30 hours is a duration), the complaint filed on his own case -> témoin (people on their own case, set 34's call), a man wrongly held then cleared -> civils (the 'a man held then cleared' row of set 22's list). Least sure: the claimant (a reviewer could write avocat for the civil-rights group behind the complaint, or narrator)")
D["claims2", 131] = S("no claim on reading (donations: 'une perte d'au moins 50%': other sense)")
D["claims2", 132] = K([C("killed", "", 1, None, "narrator", "civils")],
    "Aznavour and Armenia: a statue in Gyumri, the town where the earthquake made 'le plus de victimes' (the 1988 earthquake, previous paragraph) -> killed 1-open, figure '' (plural with no number; 'les victimes' read by the outcome, DEV; disaster deaths count, DEV), a relative clause -> narrator, civils")
D["claims2", 133] = K([C("killed", "", 0, 0, "gouvernement français", "civils", "denied")],
    "Grand-Couronne, a blast and fire at a Seveso plant: 'Il n'y a pas de victimes', per the Seine-Maritime prefecture's statement -> killed 0-0, figure '', denied (DEV 'aucune victime', seventh-set 'sans faire de victimes' call), a prefecture -> gouvernement français, workers and residents -> civils")
D["claims2", 134] = S("no claim on reading (Johnny Hallyday resident in France 'au moment de sa mort': natural death, judicial)")
D["claims2", 135] = S("no claim on reading (an archaeologist 'est tombé sur' mosaics: other sense)")
D["claims2", 136] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Hermine de Clermont-Tonnerre 'est décédée' in Paris at 54 'des suites d'un accident de moto' -> killed 1-1, figure '' (named; 54 is an age), a road-accident death told with its cause in the paragraph (DEV accidents; a death after an accident's wounds -> killed only), narrator, civils")
D["claims2", 137] = S("no claim on reading (Trump like a child 'dans une tour de contrôle': figurative)")
D["claims2", 138] = S("no claim on reading (Faidherbe's statue tagged 'assassin': a tag, figurative)")
D["claims2", 139] = S("no claim on reading (Benalla sacked after 'actes de violences' on 1 May: violence with no wound word, earlier beating calls)")
D["claims2", 140] = K([C("wounded", "", 1, 1, "personnalité", "civils")],
    "Yellow vests' European list: its campaign director Hayk Shahinyan cites 'la blessure grave' of Jérôme Rodrigues in Paris on 26 January among his reasons to step back -> wounded 1-1, figure '' (definite, named), his own quoted words -> a public figure of the movement without state office -> personnalité (fifteenth-set kind), a protester -> civils (the earlier Rodrigues rows); the strike and the debate are no harm. Least sure: the kind (a reviewer could write responsable politique for a list's campaign director, or témoin)")
D["claims2", 141] = S("no claim on reading (Buisson: letting gangs 'agresser' young people in 2006, they trembled at the thought of 'un blessé grave': assault with no wound word and a fear, no claim)")
D["claims2", 142] = K([C("killed", "près de 450", 360, 540, "narrator", "civils")],
    "Lombok: two French students on holiday during the quake of 5 August, which killed 'près de 450' ('morts') raised funds for the victims, reports France Bleu -> killed 360-540 ('près de N' row), disaster deaths (DEV), a relative clause inside the outlet's sentence on something else -> narrator (relative-clause call), civils; 'aux victimes' is the same quake's toll (one fact)")
D["claims2", 143] = K([C("wounded", "", 1, 1, "narrator", "civils"),
                      C("wounded", "une", 1, 1, "narrator", "civils")],
    "Sichuan Airlines: the cockpit windscreen blew out in flight, the co-pilot and 'une hôtesse' were hurt ('blessés') -> two persons with no total: wounded 1-1 (figure '', the co-pilot, definite) and wounded 1-1 (figure 'une', DEV indefinite) (DEV no-total rule), narrator, crew of a civil airliner -> civils; no materiel for a civil airliner's damage (ninth-set call)")
D["claims2", 144] = S("no claim on reading (Pierre Tchernia 'nous a quittés' at 88: natural death)")
D["claims2", 145] = S("no claim on reading (Finistère: associations raise 'la piste d'une intoxication' by hydrogen sulphide 'libéré' by green algae after an oyster farmer's death: a hypothesis of cause, other sense; the death and the autopsy are in the previous paragraph)")
D["claims2", 146] = K([C("killed", "", 1, 1, "média", "unknown", "uncertain", False)],
    "Jura, a gendarmerie commander found dead in his barracks: per the magazine L'Essor de la Gendarmerie, the man in his forties 'aurait mis fin à ses jours' with his service weapon -> killed 1-1, figure '' (definite), a suicide -> killed (suicide calls), the outlet named over its sentence -> média, conditional -> uncertain (DEV), and the paragraph says the report has been confirmed neither by the prosecution nor by the gendarmerie -> verified false (the first fresh set's call: an announced release that could not be confirmed by another source), a gendarme -> unknown (sixth-set call, set 66's Beltrame row); the inquiry 'pour recherche des causes de la mort' names no cause and charges no killing (no second claim). Least sure: verified false for 'pas confirmée' (a reviewer could keep true and let 'uncertain' carry the doubt)")

# claims2: 45 kept (ranks 1 ... 146); ranks from 147 unread (after the stop)

# ---- numbers2 pool ----
D["numbers2", 0] = N("a former Miss France on holiday, 'Le 15 juillet' on a boat with friends: a date, no harm")
D["numbers2", 1] = N("Fillon on France 2 'jeudi 30 janvier', three weeks before his trial, nearly three years after the scandal: dates and durations; a trial is judicial, no harm")
D["numbers2", 2] = N("the transit of Mercury on Monday 9 May, from 13h12 to 20h42: a date and times, no harm")
D["numbers2", 3] = N("Hamon suspected of using PS campaign money for his meeting of 1 July: a date; alleged misuse of funds is no harm")
D["numbers2", 4] = N("the Adama Traoré committee's rally on Saturday 13 June, 'plusieurs milliers de personnes', kept on the square by the police: a date and a crowd size; no one hurt or held is told (the clashes are in the lede only)")
D["numbers2", 5] = N("Bruno Le Roux on RTL on Friday 11 November: Hollande must run again: a date, no harm")
D["numbers2", 6] = N("Olivia de Havilland lived in France since 1953, decorated in September 2010: dates, no harm (her death is in the title and lede only)")
D["numbers2", 7] = N("Météo-France: 'Sept nouveaux départements' on orange storm alert: a count of departments, no harm")
D["numbers2", 8] = N("Édouard Philippe announced his decision on Friday 22 May (the municipal run-off): a date, no harm")
D["numbers2", 9] = N("the inspection report on the PNF: an inquiry of six years, 2014 to 2019, three of them with no investigation: durations and dates, no harm")
D["numbers2", 10] = N("electric car prices: a bonus of 6,000 euros, a Peugeot e-208 from 26,100 euros, 69 euros a month: sums, no harm")
D["numbers2", 11] = N("an Elabe poll on the yellow vests: 61% support, 28% opposed, 11% indifferent: percentages, no harm")
D["numbers2", 12] = S("its only number is inside a name (TF1, LCI's parent channel): DEV 'M5' rule")
D["numbers2", 13] = N("RTL's new schedule: a Saturday show, 'Bonus Track' from 21H00 to 22H00: times, no harm")
D["numbers2", 14] = N("the Queen's guards fainting in the heat: last year a guard 'avait également tourné de l'œil', 2017 'une véritable hécatombe' (figurative for faintings): a year and fainting, no claim type")
D["numbers2", 15] = N("Aston Martin's Zagato cars: '19 exemplaires' of the DBS GT delivered next year: a count of cars, no harm")

# numbers2: 15 kept (ranks 0-11, 13-15; rank 12 skipped); ranks from 16 unread (after the stop)
