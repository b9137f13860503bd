"""Hand annotations of the forty-fourth fresh set, the nineteenth drawn from
the second-generation pools (claims2 / numbers2: general news), drawn alone
(seed 5401; sets 26 to 43 already in benches/sets, ordinary exclusions), and
the decision for every rank read (strictly in draw order). Notes are my own
words (short quotes only).
K(...) = kept with claims; N(note) = kept, numbers pool, no claim;
S(reason) = skipped (not kept)."""

from fresh import C, K, N, S  # a claim; kept with claims; kept with none; skipped


# names added in this set (beyond actors.toml and the names of earlier sets)
ADDED_NAMES = set()

D = {}

# ---- claims2 pool ----
D["claims2", 0] = K([C("wounded", "", 1, None, "narrator", "civils")],
    "Besançon shootings: a heading on 'Des victimes' tied to drug dealing -> wounded 1-open, figure '' (plural, no number): the DEV 'les victimes' rule read by the story's outcome, every victim of the series being only hurt (tenth-set call; twelfth-set heading 'Une victime témoigne' -> narrator); settling-of-scores shootings -> civils. A reviewer could read a bare heading as no claim")
D["claims2", 1] = S("no claim on reading (passports 'saisis' by Japan: documents, evidence not equipment (tenth/fourteenth-set call); an officer 'trompé')")
D["claims2", 2] = S("no claim on reading ('rapports annuels de contrôle' of a consumer agency: other sense)")
D["claims2", 3] = S("no claim on reading (a cargo ship 'détenu' in a port in 2010 for safety faults: a vessel held by inspectors, other sense, no person)")
D["claims2", 4] = K([C("killed", "Une", 1, 1, "narrator", "civils")],
    "Loire-Atlantique: a girl of 18 months riding with her farmer father 'est morte' in an accident -> killed 1-1, figure 'Une' (DEV singular indefinite), narrator, civils (accidental deaths count, DEV)")
D["claims2", 5] = K([C("captured", "", 1, 1, "justice internationale", "unknown")],
    "Kabuga: the prosecutor of the UN residual mechanism comments that 'Cette arrestation' is a reminder -> captured 1-1, figure '' (definite), claimant the international tribunal's prosecutor -> justice internationale (set 38's name for an international court), his comment being about the arrest itself (sentence under the source); a genocide suspect -> unknown (set 36's Kabuga row). Those 'responsables de génocide' who can be held to account is a general principle -> no killed claim (a reviewer could add killed 1-open, as earlier genocide rows)")
D["claims2", 6] = S("no claim on reading (a forest fire 'maîtrisé' after burning 165 hectares: twenty-seventh-set fire call, vegetation is no equipment)")
D["claims2", 7] = S("no claim on reading (deep holes dug on beaches regularly lead to rescues 'voire de décès': a generic habit, no event (third/fourth-set habits call); the young man's death is in the previous paragraph)")
D["claims2", 8] = K([C("killed", "", 1, 1, "narrator", "civils"),
                    C("killed", "", 1, 1, "narrator", "civils"),
                    C("killed", "une", 1, 1, "narrator", "civils")],
    "Suicides of pupils: the boarding pupil 'décédé hier soir', asked whether he was bullied like Thybault, a boy of 12 who 'a mis fin à ses jours', and a girl of sixteen in Dijon who 'aussi' took her life -> three killed 1-1 (suicides -> killed, tenth/eighteenth-set calls; the question likening his death to a pupil's suicide, beside a second suicide, puts it in the same series; a reviewer could leave his death out, its cause being told in the lede only), figures '' (definite), '' (named) and 'une' (indefinite), narrator, civils; the question bears on bullying, not on the death; bullying is no claim type")
D["claims2", 9] = S("no claim on reading (a TV presenter who 's'exécute' on a dance show: other sense)")
D["claims2", 10] = S("no claim on reading (the Pope emeritus's brother 'décédé' at 96: natural death)")
D["claims2", 11] = K([C("captured", "", 1, None, "ONG", "civils")],
    "Calais: four aid associations write that their volunteers suffered 666 incidents including identity checks, searches and 'arrestations' -> captured 1-open, figure '' (the 666 count incidents, not arrests), the associations -> ONG (nearest kind for associations, sets 26, 27, 30, 34, 40), volunteers framed as harassed by police -> civils (set 28's preventive custody in an opposition leader's words; a reviewer could write unknown, as set 43's arrested activists); 'violences physiques' with no wound word -> no claim (thirteenth-set call)")
D["claims2", 12] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Trèbes: a priest was at Beltrame's bedside minutes 'avant sa mort' -> killed 1-1, figure '' (named), narrator, a gendarme -> unknown (sixth-set call); the death of a man killed in an attack named with no cause, as set 23's Beltrame row ('la mort' of the lieutenant-colonel) and the tenth-set Ben Laden call")
D["claims2", 13] = K([C("wounded", "5.628", 5628, 5628, "narrator", "civils"),
                     C("wounded", "4.754", 4754, 4754, "narrator", "civils")],
    "Road safety, January 2020: the injured rise to '5.628 blessés contre 4.754' a year earlier -> wounded 5628 and wounded 4754 (set 42's two monthly counts in a comparison; yearly and monthly road counts, sets 40-41), narrator (no source in the paragraph; the ministry's release is cited in the previous one, seventh-set next-sentence call), road users -> civils; the rises in percent and the counts of injury accidents (accidents, not people) -> no claim (set 40)")
D["claims2", 14] = S("no claim on reading (a woman raped by a gendarme, 'la victime' flees and is examined in hospital, 'en état de choc': a sexual offence, no claim type; 'arrêté un taxi': other sense)")
D["claims2", 15] = S("no claim on reading (the 'disparition totale' of a party and 'un monde perdu': figurative)")
D["claims2", 16] = S("no claim on reading (during lockdown the number of road deaths among professional drivers 'ne baisse pas': a trend with no count (set 40's change call, twenty-sixth-set rates); a reviewer could write killed 1-open)")
D["claims2", 17] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "proche de victime", "civils"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Grégory case, 1985: the father shoots Bernard Laroche ('tue d'un coup de fusil') -> killed 1-1, figure '' (named), narrator, a man shot in a private killing -> civils (settling-of-scores call; a reviewer could write unknown for a former suspect); the father holds his cousin to be 'le meurtrier' of his son -> killed 1-1 for the boy, the murder presupposed inside the father's view (the belief bears on who; set 26's suspect naming 'le meurtrier'), claimant the father -> proche de victime, a child -> civils; Laroche 'libéré deux mois plus tôt' -> captured 1-1 (a release presupposes detention, set 43), narrator, a suspect -> unknown (set 39's Laroche arrest)")
D["claims2", 18] = S("no claim on reading (everyone 'victime' of a pension reform: figurative)")
D["claims2", 19] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Bruce McLaren 'trouvait la mort' at the wheel during a test session at Goodwood in 1970 -> killed 1-1, figure '' (named), narrator, civils (a racing accident: sports and leisure accidents count, twenty-sixth-set call)")
D["claims2", 20] = S("no claim on reading (a prefect's 'arrêté' on masks: other sense)")
D["claims2", 21] = S("no claim on reading (Europe bringing 'destruction partout' in a speech: figurative)")
D["claims2", 22] = S("no claim on reading ('A la mort de' a car's owner in 2014: no cause told, natural death)")
D["claims2", 23] = K([C("wounded", "plusieurs", 2, None, "narrator", "unknown")],
    "Yellow vests at the Arc de Triomphe: 'plusieurs blessés' among police and protesters alike -> wounded 2-open, figure 'plusieurs', narrator, a mixed toll of police and protesters -> unknown (set 27's protest toll, mixed-toll call); the CRS struck on the ground by about ten people has no wound word and no news of his state -> no claim (thirteenth-set beatings call)")
D["claims2", 24] = S("no claim on reading (frog species thought 'disparues' seen again: animals)")
D["claims2", 25] = K([C("captured", "", 1, 1, "narrator", "unknown")],
    "Besançon: police 'interpellent' the sleeping robber, put him in a sobering cell then 'en garde à vue'; 'Interpellé', he will face court -> captured 1-1, figure '' (definite), arrest and custody one fact, narrator (the regional paper is cited for his plan only), a suspect -> unknown; charged 'pour violence' with no wound word -> no claim")
D["claims2", 26] = K([C("killed", "Une", 1, 1, "gouvernement français", "civils")],
    "Aulnay-sous-Bois block fire: 'Une personne âgée' died, announced by the interior minister -> killed 1-1, figure 'Une', claimant the minister -> gouvernement français (the sentence ends with him), civils (accidental deaths in a fire, DEV)")
D["claims2", 27] = K([C("captured", "", 1, 1, "narrator", "unknown"),
                     C("captured", "", 1, None, "témoin", "civils"),
                     C("captured", "", 1, None, "témoin", "unknown")],
    "Éric Drouet 'est sorti de garde à vue' -> captured 1-1, figure '' (named), narrator, an arrested yellow-vest figure -> unknown (set 34's Drouet row); quoted, he says people who were not even with them were 'emmenés avec nous' by the CRS -> captured 1-open, people taken by mistake -> civils (set 39's wrongful arrest), and 'on a été interpellés' -> captured 1-open (a plural pronoun with no number), unknown; both his own words on his case -> témoin (set 34's call); a second source beside the narrator (DEV)")
D["claims2", 28] = S("no claim on reading (cash, heroin and cocaine 'saisi': drugs and cash are not equipment (set 38's call); the arrests are in the lede and the previous paragraph)")
D["claims2", 29] = S("no claim on reading ('le contrôle des chômeurs': other sense)")
D["claims2", 30] = S("no claim on reading ('Libération' the newspaper: a name)")
D["claims2", 31] = S("no claim on reading (associations 'ont saisi' the rights defender: other sense)")
D["claims2", 32] = S("no claim on reading (a late president's widow 'est décédée': no cause told, natural death)")
D["claims2", 33] = K([C("killed", "Un", 1, 1, "source proche du dossier", "civils"),
                     C("killed", "un", 1, 1, "source proche du dossier", "unknown"),
                     C("killed", "trois", 3, 3, "source proche du dossier", "civils")],
    "Mexico: a journalist 'a été assassiné', with a municipal policeman, bringing to 'trois' the journalists killed since January, all 'de source judiciaire' -> killed 1-1 figure 'Un' (civils), killed 1-1 figure 'un' for the officer (police -> unknown, sixth-set call) and killed 3 (the year's count, its own claim beside the single death, twenty-sixth-set single-victim-beside-total call), civils; a judicial source -> source proche du dossier (twenty-seventh-set call)")
D["claims2", 34] = K([C("wounded", "quelque 2.500", 2000, 3000, "narrator", "civils"),
                     C("wounded", "environ 1.800", 1440, 2160, "narrator", "unknown"),
                     C("wounded", "24", 24, 24, "média", "civils")],
    "Yellow vests, one year on: 'quelque 2.500 blessés' among protesters and 'environ 1.800' among the police -> wounded 2000-3000 (quelque read as environ, fourth set) civils and wounded 1440-2160 unknown (police), narrator ('ont été recensés', no source); per an independent journalist's count, 24 people 'éborgnées' -> wounded 24 (an eye lost is a wound), a journalist -> média, protesters and passers-by -> civils")
D["claims2", 35] = S("no claim on reading ('contrôle continu' for an exam: other sense)")
D["claims2", 36] = S("no claim on reading (a mayor's 'arrêté' on begging: other sense)")
D["claims2", 37] = S("no claim on reading (an effigy burnt, likened to 'l'exécution d'une peine de mort': figurative, a judicial image)")
D["claims2", 38] = S("no claim on reading (a minister's 'arrêté' on an additive: other sense)")
D["claims2", 39] = S("no claim on reading (people who ate a sausage lot may be 'victimes de fièvre': illness, a warning)")
D["claims2", 40] = K([C("killed", "un", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Rio Grande: the bodies of 'un migrant et sa fille' aged two, 'noyés' while crossing to the US -> two listed persons with no total: killed 1-1 figure 'un' and killed 1-1 figure '' (DEV no-total rule), narrator, civils (drownings while crossing: deaths at sea in flight -> killed, earlier call)")
D["claims2", 41] = S("no claim on reading (pilot whales that 'ont péri', a toll revised: animals)")
D["claims2", 42] = S("no claim on reading (a comedian's burial, 'mort' at 85: natural death)")
D["claims2", 43] = K([C("captured", "Un", 1, 1, "narrator", "unknown")],
    "Vatican: 'Un homme d'affaires italien, arrêté' ten days earlier on suspicion of extortion, is freed on provisional release -> captured 1-1, figure 'Un', arrest and release one fact (custody and release call), narrator, a suspect -> unknown")
D["claims2", 44] = S("no claim on reading ('ces destructions' of a wetland by fire: environmental damage, no harm to people)")
D["claims2", 45] = K([C("captured", "Trois", 3, 3, "narrator", "unknown")],
    "Caen: four yellow vests sentenced (judicial, no claim) for violence against gendarmes with no wound word; 'Trois des prévenus comparaissaient détenus' -> captured 3, figure 'Trois' (held before judgment: pre-trial custody, twenty-second-set call), narrator, defendants -> unknown (arrested suspects call)")
D["claims2", 46] = S("no claim on reading (an 'arrêté municipal' on masks: other sense)")
D["claims2", 47] = K([C("killed", "Un", 1, 1, "média", "civils")],
    "Côtes-d'Armor: the day before, a fatal road accident; a man of 71 ('Un homme') had lost his life, recalls Ouest France -> killed 1-1, figure 'Un', one fact told in two sentences, the second under the outlet -> média (set 42's two-sentence call), civils (road death); the gendarmes' post condemns a driver, no harm")
D["claims2", 48] = K([C("wounded", "", 1, None, "gouvernement espagnol", "civils"),
                     C("wounded", "un", 1, 1, "gouvernement espagnol", "civils"),
                     C("wounded", "un", 1, 1, "gouvernement espagnol", "civils")],
    "Barcelona train accident: among the injured ('Parmi les blessés') are one Frenchman and one Romanian, the others Spanish, per a civil protection spokesman to the AFP -> wounded 1-open for the plural total (no number in the paragraph) and wounded 1-1 twice, figure 'un' (eighteenth-set total-and-parts under a partitive, set 40's 'Parmi les blessés, un'), rescue services -> the state, gouvernement espagnol (sixth-set pattern; a reviewer could write responsable local for a Catalan service), passengers -> civils")
D["claims2", 49] = S("no claim on reading (a man stung 57 times by hornets, a severe allergy that 'aurait pu être mortelle': stings with no wound word (sixteenth-set call) and a counterfactual)")
D["claims2", 50] = K([C("killed", "", 1, 1, "proche de victime", "civils")],
    "Maëlys's mother, quoted: two years ago a 'monstre t'a ôté la vie' -> killed 1-1, figure '' (the named child addressed), a mother on her daughter's death -> proche de victime, civils")
D["claims2", 51] = K([C("killed", "", 1, 1, "témoin", "civils"),
                     C("killed", "", 1, 1, "narrator", "civils")],
    "Marseille settling of scores: two hooded men 'ont fait feu sur la victime', per first testimonies gathered by police -> killed 1-1, the whole sentence under the witnesses (innermost speaker) -> témoin, 'la victime' read by the deadly outcome (DEV); 'Touché par deux balles', the young man died when help came -> killed 1-1, narrator (no source in that sentence; the prosecutor's sentence is on the casings), a wound then a death -> killed only; a second source on one death -> two claims (DEV); civils. A reviewer could keep the narrator's claim only")
D["claims2", 52] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Canada: after a mid-air collision, one light plane crashed 'causant la mort de son pilote' -> killed 1-1, figure '' (definite), narrator, civils; no materiel for civil aircraft (ninth-set call)")
D["claims2", 53] = S("no claim on reading (a TV heroine's 'vendetta' and 'Un bilan honorable' of viewers: fiction and other sense)")
D["claims2", 54] = S("no claim on reading (courts 'saisie' by opponents of smart meters: other sense)")
D["claims2", 55] = S("no claim on reading (a situation 'sous contrôle', calm: other sense)")
D["claims2", 56] = S("no claim on reading (anti-pesticide 'arrêtés': other sense)")
D["claims2", 57] = S("no claim on reading (a hairdresser 'décédé' at 94: natural death)")
D["claims2", 58] = S("no claim on reading (a Prime Minister's 'premier bilan' of his term: other sense)")
D["claims2", 59] = S("no claim on reading (TV shootings that 'ont repris': other sense)")
D["claims2", 60] = S("no claim on reading (elected officials who 'ont interpellé' the prefect: other sense; a 'flambée de violences' with no harm word)")
D["claims2", 61] = S("no claim on reading (a train 'tombé en panne': other sense)")
D["claims2", 62] = K([C("wounded", "", 1, 1, "média", "civils", "uncertain"),
                     C("captured", "", 1, 1, "média", "unknown")],
    "Balkany's son: per Europe 1 his wife 'présenterait quelques légères blessures' to the lip and wrists -> wounded 1-1, figure '' (one woman), média, uncertain (the radio's conditional, dense conditional rule; set 34's suspected bleeding), a spouse -> civils; the radio's quote that he 'a été remis en liberté' -> captured 1-1 (a release presupposes custody), média, a suspect -> unknown; the case dropped is judicial")
D["claims2", 63] = K([C("killed", "six", 6, 6, "narrator", "civils")],
    "South-east floods: the weekend before, 'six personnes avaient perdu la vie' in a Mediterranean storm episode -> killed 6, narrator, civils (disaster deaths, DEV)")
D["claims2", 64] = K([C("killed", "", 1, 1, "assaillant", "civils"),
                     C("missing", "", 1, 1, "assaillant", "civils")],
    "Daval case: he first 'a avoué le meurtre' of his wife, retracted, then confessed again -> one killed 1-1 (the same fact, same source), a killer's confession -> assaillant (twenty-sixth-set call), a retraction does not deny (twenty-ninth set); he had reported 'sa disparition' -> missing 1-1 beside the death of the same woman (set 36's Arthur Noyer, set 37), claimant the man who reported it, the perpetrator -> assaillant (set 39's suspect on a disappearance; a reviewer could write proche de victime, set 33's husband reporting his wife gone, or leave out a staged disappearance); civils; denying he burnt 'le corps' bears on the body, not on the death")
D["claims2", 65] = K([C("wounded", "", 1, 1, "média", "civils")],
    "Paris metro acid attack: per the public radio 'la victime' stood on the platform when 'aspergée' by the liquid -> wounded 1-1, figure '' (definite), a living victim of an assault (sets 35-36, 39-40 calls), the whole sentence under Franceinfo -> média, civils; the attacker still at large, no claim")
D["claims2", 66] = S("no claim on reading ('à plusieurs reprises' alarms on a camp's conditions: other sense)")
D["claims2", 67] = K([C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Somme: two suspects are charged with violent theft 'ayant entraîné la mort' of an old woman -> killed 1-1, figure '' (definite), the charge told in the narration -> the judicial authority, gouvernement français (set 41's charge call, 'ayant entraîné la mort' call); the regional paper's beating ('la rouent de coups') adds no wound word (thirteenth-set call) and the death is the same; a rape charge is no claim type")
D["claims2", 68] = K([C("wounded", "deux", 2, 2, "narrator", "unknown"),
                     C("killed", "", 1, 1, "narrator", "unknown"),
                     C("captured", "", 1, 1, "narrator", "unknown")],
    "Condé-sur-Sarthe: the radicalised inmate 'a poignardé' two guards -> wounded 2, figure 'deux' (a stabbing described without 'blessé', twenty-second-set call), prison guards -> unknown; his partner, 'Blessée' in the RAID operation, 'est décédée de ses blessures' -> killed 1-1 only (sixteenth-set call), an accomplice -> unknown (set 10's row on her); 'Le détenu ... a été interpellé' -> captured 1-1, the attacker -> unknown; all narrator; the minister's 'terroriste' label is no claim")
D["claims2", 69] = S("no claim on reading ('Détenu par' owners of a newspaper group: other sense)")
D["claims2", 70] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Lake Van shipwreck: a Pakistani teenager's body, 'retrouvé coincé dans l'épave', returned to his parents -> killed 1-1, figure '' (his body), narrator, civils: a body found in a wreck (DEV body rule, the wreck giving the accident in the paragraph); set 40's repatriation with no cause told differs. A reviewer could call a returned body no claim")
D["claims2", 71] = S("no claim on reading (a jogger raped, 'Sa victime' describes the attacker: a sexual offence, no claim type)")
D["claims2", 72] = S("no claim on reading ('Il est mort', said of a group leader's career: figurative)")
D["claims2", 73] = S("no claim on reading (a journalist's death 'des suites d'une longue maladie': illness; his hostage past is in the lede only)")
D["claims2", 74] = K([C("hostage", "plusieurs", 2, None, "narrator", "civils"),
                     C("wounded", "un", 1, 1, "narrator", "unknown")],
    "Trèbes, 23 March 2018: a man in a supermarket 'prenant en otage plusieurs personnes' -> hostage 2-open, figure 'plusieurs', civils; earlier 'un CRS' jogging was shot at, 'Blessé', taken to hospital -> wounded 1-1, figure 'un', police -> unknown; narrator for both; the attacker's claim to belong to IS is an allegiance, not a claim of a toll; shots heard with no outcome -> no claim")
D["claims2", 75] = K([C("wounded", "", 0, 0, "responsable local", "civils", "denied")],
    "Nigeria: a snake fell into a state parliament and 'n'avait blessé personne' before being killed, said the parliament's spokesman -> wounded 0-0, figure '' ('personne' is no number word), denied (twenty-second-set 'Personne n'a été blessé' call), the spokesman of a regional assembly -> responsable local (dense kind for regional authorities), the members present -> civils; the snake's death (an animal) -> no claim. A reviewer could call an animal incident no claim")
D["claims2", 76] = K([C("killed", "", 1, 1, "narrator", "unknown")],
    "Merah, 2012: the soldier Imad Ibn Ziaten 'a été tué' in Toulouse -> killed 1-1, figure '' (named), narrator, a French soldier outside the Sahel forces -> unknown (fourth/sixth-set calls, twelfth-set Toulouse soldier)")
D["claims2", 77] = S("no claim on reading (Navalny's spokeswoman sure he was 'victime' of an intentional poisoning: a poisoning with no outcome in the paragraph (twenty-eighth-set and set 36's Navalny calls))")
D["claims2", 78] = K([C("wounded", "trois", 3, 3, "narrator", "civils")],
    "Vaucluse: a car drove onto a terrace; 'trois autres personnes ont été légèrement blessées' -> wounded 3, narrator, civils; people in shock 'prises en charge' and help for 'aux victimes' (persons helped, eighth-set call) -> no further claim")
D["claims2", 79] = S("no claim on reading (illegal cancer surgery may lead to more 'mutilants' operations: a medical risk, no event)")
D["claims2", 80] = S("no claim on reading (a RATP agent 'porté un coup' to a passenger: a blow with no wound word (thirteenth-set call); the custody is in the title only)")
D["claims2", 81] = S("no claim on reading ('repris la main' in a TV quarrel: other sense)")
D["claims2", 82] = S("no claim on reading ('emprisonnement' as the penalty for false testimony: judicial, a law)")
D["claims2", 83] = S("no claim on reading ('Si la méthode interpelle': other sense)")
D["claims2", 84] = S("no claim on reading ('maltraitance' of cleaners in a bill's title and natural-disaster 'arrêtés': no event, other sense)")
D["claims2", 85] = S("no claim on reading (a journalist on 'affrontements violents' and a taste for violence: no harm word, no event)")
D["claims2", 86] = S("no claim on reading (miners 'décédés' before claiming compensation: natural deaths)")
D["claims2", 87] = S("no claim on reading (a commentator who 'arrête la télévision': other sense)")
D["claims2", 88] = K([C("killed", "Un", 1, 1, "narrator", "civils")],
    "Grenoble: 'Un homme a été abattu' with three bullets in the street -> killed 1-1, figure 'Un', narrator, civils (street shootings, settling-of-scores call); his parole since March is the end of a term (judicial, no claim)")
D["claims2", 89] = S("no claim on reading ('la disparition de Johnny', a singer's natural death: euphemism, no claim)")
D["claims2", 90] = S("no claim on reading (a rape complaint, police in St Gallen meeting the actress: a sexual offence, no claim type)")
D["claims2", 91] = K([C("wounded", "Une", 1, 1, "narrator", "civils"),
                     C("wounded", "", 1, 1, "narrator", "civils"),
                     C("wounded", "", 1, 1, "narrator", "civils")],
    "Bessens: a chestnut tree fell on three pupils: 'Une fillette' lightly hurt, and of the two boys freed by firemen 'l'un blessé' at leg and hip, 'l'autre' at the abdomen -> wounded 1-1 (figure 'Une') and two wounded 1-1 (figure '', 'L'un des' call of set 25), listed with no total carrying a harm word (the act followed by its outcomes, fifteenth-set call), narrator, civils")
D["claims2", 92] = K([C("wounded", "", 1, 1, "narrator", "civils")],
    "An anti-homophobia clip: the president of an association, 'lui-même victime d'une agression homophobe' in Paris -> wounded 1-1, figure '' (named), a living victim of an assault (sets 35-36, 39-40 calls), an apposition -> narrator, civils; the assaults LGBT people suffer in general -> no claim (generic). A reviewer could follow the beatings call (no wound word)")
D["claims2", 93] = K([C("killed", "", 1, 1, "narrator", "civils")],
    "Naomi Musenga: a heading quotes the inspectors on the breach of the call-handling procedure, 'à l'origine du décès' of the young woman -> killed 1-1, figure '' (definite), the death's cause told as a failure of the emergency service (twenty-ninth-set care-error call, set 38's neglected baby), unlike set 38's cut calls whose role was only alleged and sets 36 and 43's Musenga rows with a medical cause only; the causal words sit outside the quotes -> narrator; civils. A reviewer could call it a medical death")
D["claims2", 94] = S("no claim on reading (when someone commits a crime 'les familles des victimes' suffer: a generic remark, no event; the murder is in the title only)")
D["claims2", 95] = S("no claim on reading (electoral lists 'arrêtées' at a date: other sense)")
D["claims2", 96] = K([C("wounded", "", 1, 1, "école", "civils")],
    "Rouen: the researcher Mamoudou Barry was 'victime' of an assault that caused 'lésions cérébrales' and a deep coma, per the same source (his university) -> wounded 1-1 (a bodily wound without 'blessé', fifteenth-set call; his death is in the title and lede only, set 38's context-line rule), claimant the university -> école (set 29's call), civils")
D["claims2", 97] = K([C("captured", "six", 6, 6, "narrator", "unknown")],
    "Dijon violence: 'six Tchétchènes ont été interpellés' in the inquiry -> captured 6, narrator, suspects -> unknown")
D["claims2", 98] = K([C("killed", "", 1, 1, "narrator", "civils"),
                     C("killed", "", 1, 1, "gouvernement français", "civils")],
    "Samoëns avalanche: rescuers find 'la victime' buried and discover 'le corps du randonneur' -> killed 1-1, figure '' (definite), narrator, civils (a body found, DEV; an avalanche, twenty-sixth set); the mountain gendarmes open an inquiry into the circumstances 'de sa mort' -> a second killed 1-1 by gouvernement français (set 31's death inquiry opened on an accident, session-5 inquiry call)")
D["claims2", 99] = S("no claim on reading (a rape complaint against an actor: sexual offences, no claim type; 'repris le chemin': other sense)")
D["claims2", 100] = K([C("killed", "Un", 1, 1, "narrator", "civils")],
    "Landes: a man of 65 drowned ('a trouvé la mort') while trying to rescue his wife -> killed 1-1, figure 'Un', narrator (France 3 is cited for his distress in the water, another sentence), civils; his wife 'en difficulté' has no harm word")
D["claims2", 101] = K([C("missing", "", 1, 1, "média", "civils")],
    "Quicksilver's chief went fishing alone 'le jour de sa disparition', relates France Bleu -> missing 1-1, figure '' (named), the whole sentence under the outlet -> média, civils; his death is in the title and lede only (set 40's Steve Maia Caniço call: a disappearance with no death in the paragraph); the boat found empty and overturned, no harm word. A reviewer could read a disappearance at sea as a death (killed)")
D["claims2", 102] = S("no claim on reading (antisemitic tags and graves desecrated: property, no harm to people)")
D["claims2", 103] = S("no claim on reading (federal prisoners 'relâchés' to finish their terms at home: convicts, judicial (set 41's pardon call))")
D["claims2", 104] = S("no claim on reading (a politician against freeing 13,000 'détenus' during lockdown: convicts released, judicial (set 41's pardon call))")
D["claims2", 105] = K([C("killed", "un", 1, 1, "narrator", "civils")],
    "Haute-Savoie: on Monday 'un adolescent de 16 ans' died drowned while swimming -> killed 1-1, figure 'un', narrator, civils (accidental drownings count)")
D["claims2", 106] = S("no claim on reading (a retiree hid 'le décès de sa mère' for a pension: a natural death, fraud)")
D["claims2", 107] = S("no claim on reading ('prendre en otage l'État' in a politician's words: figurative)")
D["claims2", 108] = K([C("killed", "", 1, 1, "narrator", "civils"),
                      C("wounded", "deux", 2, 2, "narrator", "civils", "uncertain")],
    "Elisa Pilarski, 'mordue par des chiens': 'la mort' she suffered -> killed 1-1, figure '' (named), a death caused by animals (sets 37-38, set 41's Pilarski row), narrator (a noun phrase in the narration of a paper's report on the inquiry, sixth-set adjunct call), civils; her dog 'aurait mordu deux personnes' since -> wounded 2 (a dog bite is a wound, set 36), uncertain (conditional), narrator (no source in that sentence, seventh-set next-sentence call), civils")

# ---- claims2: rank 108 is the 45th paragraph with a claim. The batch 105-119
# was on screen; ranks 109-119 were not decided and stay unread (after the stop).

# ---- numbers2 pool ----
D["numbers2", 0] = N("a British Prime Minister two days after admitting shares in his father's offshore firm; no harm")
D["numbers2", 1] = N("a poll on pensions: 68%, 77% and 47% worried")
D["numbers2", 2] = N("song-contest candidates who received threats, a final on 18 May: threats are no claim")
D["numbers2", 3] = N("a lunch at the presidential palace on Thursday 24 January")
D["numbers2", 4] = N("tax audits of MPs stepped up in 2017")
D["numbers2", 5] = N("storms: 386 calls to firemen, about a hundred call-outs, a shopping centre flooded and shops hit (property, no one hurt)")
D["numbers2", 6] = N("seven candidates in a primary debate ten days before the vote")
D["numbers2", 7] = N("a toy car set with five-spoke wheels and add-on parts")
D["numbers2", 8] = S("holds a claim: some thirty searchers combed the area for two days 'en vain' for the missing man (set 43's search that found no one -> missing)")
D["numbers2", 9] = N("a former President's friendship of many years with an ally, words on TV on 22 March; accusations are no harm")
D["numbers2", 10] = N("a storm's rainfall: 39, 43 and 36 mm at weather stations")
D["numbers2", 11] = S("its only number is in a label ('l'acte 18' of the yellow vests, the protest day's name; DEV 'M5' rule, fifteenth-set ordinal in a name)")
D["numbers2", 12] = N("a party leader's return to a village she has visited since 2012 and 2014")
D["numbers2", 13] = N("guests paying 60 or 100 euros for a birthday party")
D["numbers2", 14] = N("strike traffic: 1 Intercités train in 4, 1 suburban train in 5")
D["numbers2", 15] = N("a Prime Minister at a public meeting of the national debate on Friday 25 January")
D["numbers2", 16] = N("homophobic and transphobic insults and assaults up 36% in a year, per the interior ministry: a growth rate with no count of people hurt (twenty-fifth-set rates; set 38's assaults with no outcome)")

# ---- numbers2: the 15th paragraph with no claim is rank 16. The batch 15-29 was
# on screen; ranks 17-29 were not decided and stay unread (after the stop).
