from _h import name, em, sem, ad, p, L, rec

RECORDS = [

rec("da-call-001", "call", """
Medarbejder: Kundeservice, Nordlys Energi, det er Camilla.
Kunde: Hej Camilla, det er Mette Kjær. Jeg skal flytte og vil gerne have min el med.
Medarbejder: Det kan vi sagtens. Har du dit kundenummer?
Kunde: Ja, det er 40331827.
Medarbejder: Tak. Og for at jeg kan se dine oplysninger skal jeg lige have dit cpr-nummer.
Kunde: Elleve tolv syvoghalvtreds, tretten halvfjerds.
Medarbejder: Tak, Mette. Du bor i dag på Vesterbrogade 48, 1. th.?
Kunde: Ja, indtil den 1. marts. Så flytter vi til Nørrebrogade 112, 3. tv., 2200 København N.
Medarbejder: Flytter der andre med?
Kunde: Min mand, Søren Kjær, men aftalen skal stå i mit navn.
Medarbejder: Helt fint. Jeg skal bruge målerstanden på den gamle adresse på flyttedagen. Har du den allerede?
Kunde: Jeg tog et billede i morges: 24.518 kWh.
Medarbejder: Tak. På den nye adresse har jeg målepunkt-ID 571313198890891856. Prisen er den samme, 1,89 kr. pr. kWh inklusive afgifter, og du betaler stadig via Betalingsservice.
Kunde: Super. Kan I sende bekræftelsen på mail?
Medarbejder: Selvfølgelig. Er det stadig mette.kjaer@example.dk?
Kunde: Ja. Og hvis I skal ringe, så er det femogtyve tolv fireogtredive seksoghalvfems.
Medarbejder: Femogtyve tolv fireogtredive seksoghalvfems, noteret. Du får en bekræftelse inden for tre hverdage.
""", [
    name("Camilla"),
    name("Mette Kjær"),
    p("national_id", "Elleve tolv syvoghalvtreds, tretten halvfjerds", chk="cpr", norm="111257-1370"),
    ad("Vesterbrogade 48, 1. th.", "Vesterbrogade 48"),
    ad("Nørrebrogade 112, 3. tv., 2200 København N", "Nørrebrogade 112", "2200"),
    name("Søren Kjær"),
    em("mette.kjaer@example.dk"),
    p("phone", "femogtyve tolv fireogtredive seksoghalvfems", norm="25123496"),
], [
    L("customer_number", "40331827"), L("date", "1. marts"), L("meter_reading", "24.518 kWh"),
    L("ean", "571313198890891856"), L("price", "1,89 kr. pr. kWh"), L("product", "Betalingsservice"),
    L("duration", "inden for tre hverdage"),
]),

rec("da-call-002", "call", """
spk_0: velkommen til telefix du taler med frederik hvad kan jeg hjælpe med
spk_1: øh ja hej det er søren bach-nielsen jeg vil gerne flytte mit nummer over til jer
spk_0: det lyder godt kan du stave efternavnet for mig
spk_1: ja bach b som i bernhard a som i anna c som i cecilie h som i hans og så bindestreg nielsen helt almindeligt
spk_0: tak og hvad er din fødselsdato
spk_1: fjortende november nitten hundrede og toogtres
spk_0: og det nummer du vil have flyttet
spk_1: otteogtyve nitten fireogfyrre nul syv
spk_0: otte otte ni ni... undskyld otteogtyve nitten fireogfyrre nul syv ikke
spk_1: jo præcis øh men det er egentlig min søn mikkel der bruger det
spk_0: okay så sætter jeg ham på som bruger og hvor skal simkortet sendes hen
spk_1: valby langgade tooghalvfjerds stuen til højre
spk_0: og postnummeret er femogtyve hundrede
spk_1: ja
spk_0: så har jeg et abonnement med fem gigabyte til nioghalvfems kroner om måneden uden binding
spk_1: øh ja det er fint
spk_0: dit ordrenummer er otte tre fire to ni og simkortet kommer inden for to hverdage
spk_1: perfekt tak skal du have
""", [
    name("frederik"),
    name("søren bach-nielsen"),
    p("name", "b som i bernhard a som i anna c som i cecilie h som i hans"),
    p("birth_date", "fjortende november nitten hundrede og toogtres"),
    p("phone", "otteogtyve nitten fireogfyrre nul syv", norm="28194407"),
    name("mikkel"),
    ad("valby langgade tooghalvfjerds stuen til højre", "valby langgade tooghalvfjerds"),
    p("postcode", "femogtyve hundrede"),
], [
    L("quantity", "fem gigabyte"), L("price", "nioghalvfems kroner om måneden"),
    L("order", "otte tre fire to ni"), L("duration", "inden for to hverdage"), L("product", "uden binding"),
]),

rec("da-call-003", "call", """
[00:00:02] Borgerservice: Aarhus Kommune, Borgerservice, du taler med Line.
[00:00:05] Borger: Hej, jeg hedder Ahmad Rahimi. Min datter har mistet sit sundhedskort, og vi er også lige flyttet.
[00:00:11] Borgerservice: Det kan vi ordne. Må jeg få dit cpr-nummer først?
[00:00:14] Borger: 270886-1661.
[00:00:19] Borgerservice: Tak. Og din datters?
[00:00:21] Borger: Sara, hun er 190812... nej vent, det er min søns. Hendes er 080404-4228.
[00:00:30] Borgerservice: Sara Rahimi, født 2004. Hun er over 18, så hun skal egentlig selv bestille kortet, men jeg kan give dig linket. Hvad er jeres nye adresse?
[00:00:38] Borger: Grøndalsvej 9, 8260 Viby J. Vi flyttede fra Søndergade 31 i Randers.
[00:00:45] Borgerservice: Jeg kan se flytningen er registreret. Kortet sendes til den nye adresse. Et nyt sundhedskort koster 205 kr., og det kommer inden for 14 dage.
[00:00:53] Borger: Okay. Og min søn, Yasin, han skal også have ny læge, kan det klares samtidig?
[00:00:58] Borgerservice: Han er under 15 og følger dig, så han får samme læge som dig. Jeg kan se I er tilknyttet lægerne på Viby Torv, læge Andersen.
[00:01:06] Borger: Fint. Kan du ringe mig op hvis der er noget? 31 47 05 92.
[00:01:10] Borgerservice: Det er noteret. Dit sagsnummer er 24/18832.
""", [
    name("Line"),
    name("Ahmad Rahimi"),
    p("national_id", "270886-1661", chk="cpr"),
    p("birth_date", "190812", mns=["190812"]),
    p("national_id", "080404-4228", chk="cpr"),
    name("Sara Rahimi"),
    ad("Grøndalsvej 9, 8260 Viby J", "Grøndalsvej 9", "8260"),
    ad("Søndergade 31 i Randers", "Søndergade 31"),
    name("Yasin"),
    name("Andersen"),
    p("phone", "31 47 05 92"),
], [
    L("price", "205 kr."), L("duration", "inden for 14 dage"), L("case", "24/18832"),
    L("quantity", "under 15"), L("time", "[00:00:45]"), L("quantity", "over 18"),
]),

rec("da-call-004", "call", """
Sekretær: Lægerne i Nørregade, det er Hanne.
Patient: Ja goddag, det er Poul Erik Thomsen. Jeg skal have fornyet min recept på blodtryksmedicin.
Sekretær: Det kan jeg hjælpe med. Hvad er dit cpr-nummer?
Patient: Nul fem nul seks nioghalvtreds, sytten enoghalvtreds.
Sekretær: Tak. Det er Amlodipin 5 mg, én gang dagligt?
Patient: Ja, og så skal jeg også have Pamol, 500 mg.
Sekretær: Pamol kan du købe i håndkøb. Amlodipin sender jeg til læge Vestergaard, så er den klar på dit sundhedskort i morgen efter klokken 12.
Patient: Tak. Og så ville jeg høre om min kone, Kirsten, kan få en tid. Hun har haft ondt i knæet i tre uger.
Sekretær: Så skal hun selv ringe eller bestille på nettet, jeg kan ikke booke for hende uden hendes samtykke.
Patient: Det forstår jeg. Hun har ikke så meget styr på computeren.
Sekretær: Hun er velkommen til at ringe mellem 8 og 9. Har vi stadig din adresse som Kongensgade 7, 6700 Esbjerg?
Patient: Ja ja.
Sekretær: Og telefonnummeret 75 12 64 38?
Patient: Det er fastnettet. Min mobil er 40 88 17 23.
Sekretær: Så har jeg begge. Husk at få målt blodtryk hos sygeplejerske Dorthe inden for den næste måned.
Patient: Det gør jeg. Tak for hjælpen.
""", [
    name("Hanne"),
    name("Poul Erik Thomsen"),
    p("national_id", "Nul fem nul seks nioghalvtreds, sytten enoghalvtreds", chk="cpr", norm="050659-1751"),
    name("Vestergaard"),
    name("Kirsten"),
    ad("Kongensgade 7, 6700 Esbjerg", "Kongensgade 7", "6700"),
    p("phone", "75 12 64 38"),
    p("phone", "40 88 17 23"),
    name("Dorthe"),
], [
    L("product", "Amlodipin 5 mg"), L("product", "Pamol"), L("quantity", "500 mg"),
    L("time", "efter klokken 12"), L("duration", "tre uger"), L("time", "mellem 8 og 9"),
]),

rec("da-call-005", "call", """
Rådgiver: Kortspærring, Fjordbanken, du taler med Kristoffer.
Kunde: Hej, det er Hanne-Lise Dam Poulsen. Mit Visa/Dankort er blevet stjålet i Føtex, og der er allerede trukket penge.
Rådgiver: Det var ærgerligt. Jeg spærrer kortet med det samme. Kan du læse kortnummeret op, eller har du det ikke?
Kunde: Jeg har et billede af det. 4571 8215 8700 3997.
Rådgiver: Tak. Og dit cpr-nummer til kontrol?
Kunde: 110662-1088.
Rådgiver: Kortet er spærret kl. 13.52. Jeg kan se to hævninger: 4.200 kr. i en hæveautomat kl. 13.21 og 349 kr. hos Jensens Bøfhus kl. 13.38. Er de ikke dine?
Kunde: Nej, jeg har ikke været på Jensens Bøfhus i årevis.
Rådgiver: Så opretter jeg en indsigelse. Pengene kommer tilbage på kontoen, reg. 9570 konto 6396436108, inden for 10 bankdage, hvis indsigelsen godkendes.
Kunde: Tak. Min mand, Bent, har også et kort på kontoen. Skal det også spærres?
Rådgiver: Hans kort er ikke stjålet, så det kan bare køre videre. Vi sender et nyt kort til Skovvej 3, 4000 Roskilde. Stemmer det stadig?
Kunde: Ja.
Rådgiver: Jeg sender en sms til dig på 22 41 87 90 med sagsnummeret, K-24-55710. Og du bør anmelde tyveriet til politiet.
""", [
    name("Kristoffer"),
    name("Hanne-Lise Dam Poulsen"),
    p("card", "4571 8215 8700 3997", chk="luhn"),
    p("national_id", "110662-1088", chk="cpr"),
    p("iban", "reg. 9570 konto 6396436108", chk="dk_account", norm="9570 6396436108"),
    name("Bent"),
    ad("Skovvej 3, 4000 Roskilde", "Skovvej 3", "4000"),
    p("phone", "22 41 87 90"),
], [
    L("time", "kl. 13.52"), L("price", "4.200 kr."), L("price", "349 kr."), L("company", "Jensens Bøfhus"),
    L("duration", "inden for 10 bankdage"), L("case", "K-24-55710"), L("company", "Føtex"),
]),

rec("da-call-006", "call", """
Goddag, Trygheden Forsikring, skadesafdelingen, det er Rasmus.
Hej, det er Katrine Mølgaard. Jeg var ude for et færdselsuheld i morges og vil gerne anmelde det.
Det er jeg ked af at høre. Er du kommet noget til?
Nej, det er bare bilen. Jeg holdt for rødt på Hobrovej, og så bakkede en varevogn ind i mig.
Hvad er registreringsnummeret på din bil?
CX 48 211. Det er en Skoda Octavia.
Og modpartens?
BN 12 905. Han hed Kasper Brandt og var fra et firma, Jensen & Søn Tømrer. Han har skrevet under på, at det var hans skyld.
Det er godt. Har du hans telefonnummer?
Ja, 53 19 60 72.
Var der vidner?
En dame, der gik forbi. Hun hed Birgitte, og hun gav mig sit nummer: 26 35 81 14.
Tak. Din police er nummer 61-448210, kasko med 2.500 kr. i selvrisiko, men da det er modpartens skyld, betaler hans forsikring.
Hvor skal jeg køre bilen hen?
Du kan bruge et af vores værksteder, fx Autohuset Nielsen & Co. i Aalborg. Skadenummeret er 2024-118-4461. Vi sender også en mail til katrine.molgaard@example.dk.
Tak for hjælpen.
""", [
    name("Rasmus"),
    name("Katrine Mølgaard"),
    p("plate", "CX 48 211"),
    p("plate", "BN 12 905"),
    name("Kasper Brandt"),
    p("phone", "53 19 60 72"),
    name("Birgitte"),
    p("phone", "26 35 81 14"),
    em("katrine.molgaard@example.dk"),
], [
    L("product", "Skoda Octavia"), L("company", "Jensen & Søn Tømrer"), L("policy", "61-448210"),
    L("price", "2.500 kr."), L("company", "Autohuset Nielsen & Co."), L("claim", "2024-118-4461"),
]),

rec("da-call-007", "call", """
Kundeservice: Nordpakke, du taler med Ulrik.
Kunde: Hej, det er Jonna Kristensen. Jeg har fået en sms om, at min pakke er leveret, men den er her ikke.
Kundeservice: Det må vi undersøge. Har du track and trace-nummeret?
Kunde: Ja, 00370713412345678901.
Kundeservice: Tak. Hvad er dit postnummer?
Kunde: Niogfirs tredive, Randers NØ.
Kundeservice: Og adressen?
Kunde: Bøgevej 14.
Kundeservice: Den er leveret i går kl. 15.42, og chaufføren har noteret "afleveret til nabo, nr. 16".
Kunde: Det er fru Mortensen, Gudrun Mortensen, hun er 87 og hører dårligt. Hun har nok ikke åbnet.
Kundeservice: Pakken vejer 6,2 kg, så den er nok svær at overse. Hvis den ikke er der, skal du ringe igen, så starter vi en eftersøgning.
Kunde: Okay. Min søn, Mathias, kan gå over og spørge i aften.
Kundeservice: Godt. Vil du have en sms, når vi har lukket sagen? På hvilket nummer?
Kunde: Ni en, tre syv, otte to, fem fem. Altså 91 37 82 55.
Kundeservice: Noteret. Sagen har nummer NP-771093.
""", [
    name("Ulrik"),
    name("Jonna Kristensen"),
    p("postcode", "Niogfirs tredive"),
    ad("Bøgevej 14", "Bøgevej 14"),
    ad("nr. 16", "nr. 16"),
    name("Gudrun Mortensen"),
    name("Mathias"),
    p("phone", "Ni en, tre syv, otte to, fem fem", norm="91378255"),
    p("phone", "91 37 82 55"),
], [
    L("tracking", "00370713412345678901"), L("time", "kl. 15.42"), L("quantity", "6,2 kg"),
    L("case", "NP-771093"), L("quantity", "hun er 87"),
]),

rec("da-call-008", "call", """
Administration: Boligselskabet Kærgården, det er Pia.
Beboer: Hej Pia, det er Fatima Hassan fra nummer 21, opgang B.
Administration: Hej Fatima. Hvad kan jeg hjælpe med?
Beboer: Der er vand, der drypper fra loftet i badeværelset. Jeg tror, det kommer fra lejligheden ovenover, hos Jannik.
Administration: Så sender vi en VVS'er. Hvad er dit lejemålsnummer?
Beboer: 4-112-0021.
Administration: Og den fulde adresse, så håndværkeren kan finde det?
Beboer: Kærgårdsvej 21, 2. tv., 2770 Kastrup.
Administration: Tak. Det bliver Henrik fra VVS Hansen ApS, han kan komme i morgen mellem 7 og 10. Er der nogen hjemme?
Beboer: Min bror, Omar, er hjemme. Ellers ligger nøglen hos viceværten, Bjarne.
Administration: Perfekt. Hvilket nummer kan Henrik ringe på?
Beboer: 61 24 09 87.
Administration: Noteret. Jeg kan også se, at din husleje på 6.845 kr. er betalt. Sagen har nummer 118/2024.
Beboer: Tak.
""", [
    name("Pia"),
    name("Fatima Hassan"),
    name("Jannik"),
    ad("Kærgårdsvej 21, 2. tv., 2770 Kastrup", "Kærgårdsvej 21", "2770"),
    name("Henrik"),
    name("Omar"),
    name("Bjarne"),
    p("phone", "61 24 09 87"),
], [
    L("contract", "4-112-0021"), L("company", "VVS Hansen ApS"), L("time", "mellem 7 og 10"),
    L("price", "6.845 kr."), L("case", "118/2024"), L("company", "Boligselskabet Kærgården"),
]),

rec("da-call-009", "call", """
hej det er klara ahmadi jeg er mor til noah i tredje b
hej klara det er louise hans klasselærer
hej louise øh noah er syg i dag han har feber så han kommer ikke
åh nej det er jeg ked af at høre jeg skriver det i protokollen
tak og så ville jeg lige høre om han kan følges med asger til svømning på torsdag det er far til asger der henter
ja det går jeg ud fra er okay hvis forældrene til asger ved besked
ja det gør de og så har vi fået ny adresse vi bor nu på rosenvænget tolv
okay jeg kan se i systemet at det står som rosenvænget tolv men uden postnummer
ja det er fem otte nul nul nyborg
nå så det er rettet nu og nummeret på din mobil står som tooghalvtreds fireogfyrre nul en otteogtres
nej det er gammelt det nye er tooghalvtreds fireogfyrre nul en niogtres
godt jeg har rettet det og husk at der er forældremøde den tolvte klokken sytten
tak skal du have god bedring til noah
""", [
    name("klara ahmadi"),
    name("noah"),
    name("louise"),
    name("asger"),
    ad("rosenvænget tolv", "rosenvænget tolv"),
    p("postcode", "fem otte nul nul"),
    p("phone", "tooghalvtreds fireogfyrre nul en otteogtres", norm="52440168"),
    p("phone", "tooghalvtreds fireogfyrre nul en niogtres", norm="52440169"),
], [
    L("quantity", "tredje b"), L("date", "på torsdag"), L("date", "den tolvte"), L("time", "klokken sytten"),
    L("event", "forældremøde"), L("event", "svømning"),
]),

rec("da-call-010", "call", """
MEDARBEJDER: FITNESS NORD, DU TALER MED SOFIE.
KUNDE: HEJ, DET ER MADS HOLM. JEG VIL GERNE OPSIGE MIT MEDLEMSKAB.
MEDARBEJDER: DET ER JEG KED AF AT HØRE. HVAD ER DIT MEDLEMSNUMMER?
KUNDE: 771-20458.
MEDARBEJDER: TAK. OG DIN FØDSELSDATO?
KUNDE: 14. MAJ 1968.
MEDARBEJDER: DU HAR ET BASIS-MEDLEMSKAB TIL 249 KR. OM MÅNEDEN. DER ER EN MÅNEDS OPSIGELSE, SÅ DIN SIDSTE TRÆNINGSDAG BLIVER 31. AUGUST.
KUNDE: OKAY. TRÆKKER I PENGENE FRA MIN KONTO ELLER MIN KONES?
MEDARBEJDER: FRA REG. 2200 KONTO 5931315620.
KUNDE: DET ER MIN. MIN KONE, TINA, HAR SIT EGET MEDLEMSKAB, DET SKAL BARE FORTSÆTTE.
MEDARBEJDER: DET GØR DET. SKAL BEKRÆFTELSEN SENDES TIL MADS PUNKT HOLM SNABEL-A EXAMPLE PUNKTUM DK?
KUNDE: JA.
MEDARBEJDER: OG DU BOR STADIG PÅ ÅBOULEVARDEN 62, 4. SAL?
KUNDE: JA.
MEDARBEJDER: DIN SPINNING-HOLD MED INSTRUKTØR MALENE ER OGSÅ AFMELDT. OPSIGELSEN HAR REFERENCE OP-6618.
""", [
    name("SOFIE"),
    name("MADS HOLM"),
    p("birth_date", "14. MAJ 1968"),
    p("iban", "REG. 2200 KONTO 5931315620", chk="dk_account", norm="2200 5931315620"),
    name("TINA"),
    sem("MADS PUNKT HOLM SNABEL-A EXAMPLE PUNKTUM DK", "MADS PUNKT HOLM"),
    ad("ÅBOULEVARDEN 62, 4. SAL", "ÅBOULEVARDEN 62"),
    name("MALENE"),
], [
    L("member", "771-20458"), L("price", "249 KR. OM MÅNEDEN"), L("duration", "EN MÅNEDS OPSIGELSE"),
    L("date", "31. AUGUST"), L("ticket", "OP-6618"), L("product", "SPINNING-HOLD"),
]),

rec("da-call-011", "call", """
Starvið: Føroya Net, kundetænasta, det er Jóhanna. Skal vi tale dansk?
Kunde: Ja tak, gerne dansk. Det er Rúni Joensen, jeg ringer om mit bredbånd, som ikke virker.
Starvið: Det skal vi nok finde ud af. Må jeg få dit p-tal?
Kunde: 140564-457.
Starvið: Tak, Rúni. Jeg kan se forbindelsen på Niels Finsens gøta 12, FO-100 Tórshavn. Er det der, problemet er?
Kunde: Ja. Routeren blinker rødt siden i går aftes kl. 22.
Starvið: Der er en fejl på kablet i området, vores tekniker Hanus er derude nu. Det skulle være løst inden kl. 16 i dag.
Kunde: Okay. Får jeg en kompensation? Jeg betaler 399 kr. om måneden for 500 Mbit.
Starvið: Du får en dags rabat automatisk. Den bliver trukket fra næste regning, der betales fra FO82 6460 5014 4663 38.
Kunde: Fint. Kan I sende en sms, når det virker igen? Enogtyve femogfyrre syvogtres.
Starvið: Altså +298 21 45 67. Noteret. Din fejlmelding har nummer FN-20931.
Kunde: Og min nabo, Sigrid Poulsen, har samme problem, hun har ikke telefon lige nu.
Starvið: Hun får også en sms, når det er løst. Tak for opkaldet.
""", [
    name("Jóhanna"),
    name("Rúni Joensen"),
    p("national_id", "140564-457", chk="ptal"),
    ad("Niels Finsens gøta 12, FO-100 Tórshavn", "Niels Finsens gøta 12", "FO-100"),
    name("Hanus"),
    p("iban", "FO82 6460 5014 4663 38", chk="iban"),
    p("phone", "Enogtyve femogfyrre syvogtres", norm="214567"),
    p("phone", "+298 21 45 67"),
    name("Sigrid Poulsen"),
], [
    L("time", "kl. 22"), L("time", "inden kl. 16"), L("price", "399 kr. om måneden"),
    L("quantity", "500 Mbit"), L("ticket", "FN-20931"), L("duration", "en dags rabat"),
]),

rec("da-call-012", "call", """
00:00:01 – Kundeservice: Nuuk Forsyning, goddag, det er Naja.
00:00:04 – Kunde: Goddag, det er Aviaja Kleist. Jeg har fået en regning på vand og varme, som er alt for høj.
00:00:10 – Kundeservice: Det kigger vi på. Må jeg få dit cpr-nummer?
00:00:13 – Kunde: 141172-0650.
00:00:18 – Kundeservice: Tak. Du bor på Aqqusinersuaq 14, lejlighed 3, 3900 Nuuk?
00:00:22 – Kunde: Ja. Sammen med min søn Malik og min mor, Ane Kleist.
00:00:27 – Kundeservice: Regningen er på 3.412 kr. for 1. kvartal. Varmemåleren viser 18,6 MWh, det er meget.
00:00:35 – Kunde: Det er det dobbelte af sidste år.
00:00:38 – Kundeservice: Så sender vi en montør, Kaali, ud for at tjekke måleren. Det koster ikke noget, hvis måleren er i stykker.
00:00:45 – Kunde: Godt. Betalingen går fra min konto, GL35 6472 2890 4036 64. Kan I stoppe den til det er afklaret?
00:00:52 – Kundeservice: Ja, jeg sætter den i bero i 30 dage. Hvad er dit telefonnummer, så Kaali kan ringe?
00:00:57 – Kunde: +299 52 18 44.
00:01:01 – Kundeservice: Tak. Sagsnummer NF-3319. Du hører fra os inden for en uge.
""", [
    name("Naja"),
    name("Aviaja Kleist"),
    p("national_id", "141172-0650", chk="cpr"),
    ad("Aqqusinersuaq 14, lejlighed 3, 3900 Nuuk", "Aqqusinersuaq 14", "3900"),
    name("Malik"),
    name("Ane Kleist"),
    name("Kaali"),
    p("iban", "GL35 6472 2890 4036 64", chk="iban"),
    p("phone", "+299 52 18 44"),
], [
    L("price", "3.412 kr."), L("date", "1. kvartal"), L("meter_reading", "18,6 MWh"),
    L("duration", "i 30 dage"), L("case", "NF-3319"), L("duration", "inden for en uge"),
]),

]
