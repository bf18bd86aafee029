from _helpers import P, L, R

RECORDS = [
R("da-call-001", """
Rådgiver: Velkommen til Nordvarme Forsyning, du taler med Camilla.
Kunde: Ja hej, det er Søren Holm Pedersen. Jeg skal flytte, og jeg vil gerne melde flytning.
Rådgiver: Det klarer vi. Må jeg få dit cpr-nummer?
Kunde: Ja, det er 171076-2089.
Rådgiver: Tak. Og du bor på Skovbrynet 23 i Viby?
Kunde: Ja, 8260 Viby J. Og jeg flytter til Frederiks Allé 118, 1. sal, 8000 Aarhus C, den 1. oktober.
Rådgiver: Har du aflæst målerne?
Kunde: Ja, vandmåleren står på 1.284,6 kubikmeter, og fjernvarmen står på 38.902 kWh. Målernummeret er 6512 0048.
Rådgiver: Perfekt. Så laver vi en slutafregning på dit forbrugernummer 40 118 552. Dit nye aconto bliver cirka 1.150 kr. i kvartalet, og det kører stadig over Betalingsservice.
Kunde: Okay. Min kæreste, Line Bak Andersen, flytter også ind, skal hun stå på kontrakten?
Rådgiver: Det kan hun, hvis I ønsker det. Så skal jeg bruge hendes cpr-nummer, men det kan hun selv sende via vores sikre formular.
Kunde: Fint.
Rådgiver: Hvilket nummer kan vi fange dig på?
Kunde: 22 61 48 09.
Rådgiver: Og mail?
Kunde: soren.hp@live.dk.
Rådgiver: Tak, Søren, du får en kvittering inden for et par dage. Hav en god dag.
""", [
    P("Camilla", "name"),
    P("Søren Holm Pedersen", "name"),
    P("171076-2089", "national_id", check="cpr"),
    P("Skovbrynet 23", "address", ["Skovbrynet 23"]),
    P("8260", "postcode"),
    P("Frederiks Allé 118, 1. sal, 8000 Aarhus C", "address", ["Frederiks Allé 118", "8000"]),
    P("Line Bak Andersen", "name"),
    P("22 61 48 09", "phone"),
    P("soren.hp@live.dk", "email"),
], [
    L("Nordvarme Forsyning", "company"),
    L("den 1. oktober", "event_date"),
    L("1.284,6 kubikmeter", "meter_reading"),
    L("38.902 kWh", "meter_reading"),
    L("6512 0048", "meter_number"),
    L("40 118 552", "customer_number"),
    L("1.150 kr.", "amount"),
    L("Betalingsservice", "product"),
]),

R("da-call-002", """
velkommen til telenord du taler med mikkel hvad kan jeg hjælpe med
hej det er ahmad rahimi mit internet virker ikke siden i går aftes
okay det er jeg ked af at høre må jeg få dit kundenummer
ja det er øh fire to syv otte otte tre en nej undskyld fire to syv otte otte tre ni
tak og for en sikkerheds skyld din fødselsdato
den tolvte marts nitten hundrede og femogfirs
og adressen
hørgården otte tredje til venstre to tusind og tre hundrede københavn s
super jeg kan se din fiberboks har ip adressen 198.51.100.142 men den svarer ikke på ping
den blinker rødt
så sender jeg en tekniker han kommer torsdag den fjortende mellem otte og tolv er der nogen hjemme
ja min kone shirin er hjemme om formiddagen
godt hvilket nummer skal teknikeren ringe på
otteogtyve enogtredive seksoghalvtreds fireoghalvfjerds
otteogtyve enogtredive seksoghalvtreds fireoghalvfjerds og du har et abonnement på fiber ethundrede megabit til tre hundrede og nioghalvfems kroner
ja
dit sagsnummer er s fem otte to to ni du får også en sms
tak mikkel hej hej
""", [
    P("mikkel", "name"),
    P("ahmad rahimi", "name"),
    P("den tolvte marts nitten hundrede og femogfirs", "birth_date"),
    P("hørgården otte tredje til venstre", "address", ["hørgården otte"]),
    P("to tusind og tre hundrede", "postcode"),
    P("198.51.100.142", "ip"),
    P("shirin", "name"),
    P("otteogtyve enogtredive seksoghalvtreds fireoghalvfjerds", "phone"),
], [
    L("telenord", "company"),
    L("fire to syv otte otte tre ni", "customer_number"),
    L("fiberboks", "product"),
    L("torsdag den fjortende", "event_date"),
    L("mellem otte og tolv", "time"),
    L("fiber ethundrede megabit", "product"),
    L("tre hundrede og nioghalvfems kroner", "price"),
    L("s fem otte to to ni", "case_number"),
]),

R("da-call-003", """
Medarbejder: Kystbanken, det er Rasmus.
Kunde: Hej, jeg hedder Agnieszka Kowalczyk. Jeg har mistet min pung i Rødovre Centrum, og mit kort er væk.
Medarbejder: Det er jeg ked af at høre, det er træls. Jeg spærrer det med det samme. Må jeg få dit cpr-nummer?
Kunde: 280288-3253.
Medarbejder: Tak. Er det Visa/Dankortet, der ender på 4431?
Kunde: Ja, jeg har nummeret i appen: 4571 5833 2190 4431.
Medarbejder: Så er det spærret. Jeg kan se, at der er lavet et køb på 2.450 kr. i Elgiganten for en halv time siden. Er det dig?
Kunde: Nej! Det er ikke mig.
Medarbejder: Så opretter jeg en indsigelse, sagsnummer IND-558120. Pengene bliver som regel sat tilbage inden for 5 hverdage på din konto, reg.nr. 9262 kontonummer 2439332836.
Kunde: Min mand, Paweł, har også et kort på kontoen. Skal det også spærres?
Medarbejder: Nej, Paweł Kowalczyks kort er et andet kortnummer, det virker stadig. Det nye kort sender vi til Tårnvej 211, st. th., 2610 Rødovre. Bor du der stadig?
Kunde: Ja.
Medarbejder: Og du skal huske at anmelde tyveriet til politiet på politi.dk. Hvad er dit mobilnummer, så jeg kan sende en sms?
Kunde: +45 31 72 08 54.
Medarbejder: Super. Du får også en ny pinkode i e-Boks. Hav en god aften, Agnieszka.
""", [
    P("Rasmus", "name"),
    P("Agnieszka Kowalczyk", "name"),
    P("280288-3253", "national_id", check="cpr"),
    P("4571 5833 2190 4431", "card"),
    P("2439332836", "iban"),
    P("Paweł Kowalczyks", "name", ["Paweł", "Kowalczyks"]),
    P("Tårnvej 211, st. th., 2610 Rødovre", "address", ["Tårnvej 211", "2610"]),
    P("+45 31 72 08 54", "phone"),
], [
    L("Kystbanken", "company"),
    L("Rødovre Centrum", "shop_location"),
    L("2.450 kr.", "amount"),
    L("Elgiganten", "company"),
    L("IND-558120", "case_number"),
    L("5 hverdage", "duration"),
    L("politi.dk", "website"),
]),

R("da-call-004", """
KK: Københavns Kommune, Borgerservice, det er Louise.
Borger: Hej, jeg hedder Hodan Abdi Warsame. Jeg er flyttet med mine to børn, og jeg vil høre om sundhedskortene.
KK: Ja. Har du meldt flytning på borger.dk?
Borger: Ja, den 3. april. Vi bor nu på Bystævneparken 22, 1. th., 2700 Brønshøj.
KK: Må jeg få dit cpr-nummer?
Borger: Det er 050595-1565.
KK: Tak. Og børnene?
Borger: Ayaan, han er 230702-4120. Og Nasteho, 021119-6645.
KK: Ja, jeg kan se dem. Nasteho er kun fire, ikke? Der står stadig en anden adresse hos hende, fordi I har fælles forældremyndighed.
Borger: Ja, med hendes far, Abdirahman Hassan Farah. Han bor i Aarhus.
KK: Så skal han også give samtykke til flytningen af barnets bopæl, medmindre du har bopælen. Det ser ud til, at du har bopælen, så det er fint. De nye sundhedskort kommer med posten inden for 2-3 uger.
Borger: Og lægen? Vi vil gerne have Lægerne i Tingbjerg.
KK: Der er åbent for tilgang. Jeg skriver jer på hos læge Birgitte Holm Jessen. Kan jeg få et telefonnummer?
Borger: 71 48 26 93.
KK: Tak, Hodan. Gebyret for nyt sundhedskort er 0 kr., når det er en flytning. Hav en god dag.
""", [
    P("Louise", "name"),
    P("Hodan Abdi Warsame", "name"),
    P("Bystævneparken 22, 1. th., 2700 Brønshøj", "address", ["Bystævneparken 22", "2700"]),
    P("050595-1565", "national_id", check="cpr"),
    P("Ayaan", "name"),
    P("230702-4120", "national_id", check="cpr"),
    P("Nasteho", "name"),
    P("021119-6645", "national_id", check="cpr"),
    P("Abdirahman Hassan Farah", "name"),
    P("Birgitte Holm Jessen", "name"),
    P("71 48 26 93", "phone"),
], [
    L("Københavns Kommune", "organisation"),
    L("borger.dk", "website"),
    L("den 3. april", "event_date"),
    L("Aarhus", "place"),
    L("2-3 uger", "duration"),
    L("Lægerne i Tingbjerg", "company"),
    L("0 kr.", "price"),
]),

R("da-call-005", """
[00:00] Nordisk Forsikring: Nordisk Forsikring, skadeafdelingen, du taler med Kasper.
[00:04] Kunde: Góðan dag, øh, goddag, det er Jógvan Joensen. Jeg ringer fra Tórshavn om en stormskade.
[00:10] Nordisk Forsikring: Det er vi kede af at høre. Hvad er dit policenummer?
[00:14] Kunde: Det er 61-004-8835-2.
[00:19] Nordisk Forsikring: Tak. Og dit cpr-nummer, for at bekræfte?
[00:22] Kunde: 080871-2393. Jeg har boet i København i mange år, derfor har jeg det.
[00:27] Nordisk Forsikring: Perfekt. Og adressen på huset er Dalavegur 14, 100 Tórshavn?
[00:31] Kunde: Ja, det passer. Stormen i nat tog en del af taget, og tagpladerne fløj over til naboen, Heðin Poulsen, og ramte hans bil.
[00:40] Nordisk Forsikring: Så skal naboen anmelde det til sit eget selskab. Har du fået tag på igen?
[00:44] Kunde: Havnar Tak Sp/f har lagt presenning på. Regningen er 12.400 kroner, øh, danske kroner.
[00:51] Nordisk Forsikring: Din selvrisiko er 5.000 kr. Hvor skal vi udbetale til?
[00:55] Kunde: Til min konto i Færøerne, FO98 5400 9171 4521 17. Kontoen står i min kones navn også, Guðrun á Lakjuni.
[01:04] Nordisk Forsikring: Det er fint. Hvilket nummer kan taksatoren ringe på?
[01:07] Kunde: +298 21 84 37.
[01:10] Nordisk Forsikring: Skadenummeret er SK-2024-11873. Taksatoren kommer med Atlantic Airways onsdag. Vi ses, Jógvan.
""", [
    P("Kasper", "name"),
    P("Jógvan Joensen", "name"),
    P("080871-2393", "national_id", check="cpr"),
    P("Dalavegur 14, 100 Tórshavn", "address", ["Dalavegur 14", "100 Tórshavn"]),
    P("Heðin Poulsen", "name"),
    P("FO98 5400 9171 4521 17", "iban"),
    P("Guðrun á Lakjuni", "name"),
    P("+298 21 84 37", "phone"),
], [
    L("Nordisk Forsikring", "company"),
    L("61-004-8835-2", "policy_number"),
    L("Havnar Tak Sp/f", "company"),
    L("12.400 kroner", "amount"),
    L("5.000 kr.", "amount"),
    L("SK-2024-11873", "claim_number"),
    L("Atlantic Airways", "company"),
]),

R("da-call-006", """
Agent: Air Kalaallit booking, det er Frederik.
Opkalder: Hej, det er Nivi Berthelsen fra Nuuk. Jeg skal ændre min søns rejse.
Agent: Ja. Har du bookingnummeret?
Opkalder: Ja, GL7KQ2.
Agent: Tak. Jeg kan se Malik Berthelsen, alene-rejsende barn, fra Nuuk via Kangerlussuaq til København, flight GL 781 den 28. juni. Hvad vil du ændre?
Opkalder: Han skal rejse en uge senere, den 5. juli. Og det er ikke længere hans far, der henter ham i Kastrup, men min søster, Pipaluk Kleist.
Agent: Okay. Så skal jeg bruge Maliks cpr-nummer og søsterens telefonnummer.
Opkalder: Malik er 140316-5197. Pipaluk har et dansk nummer, 42 19 77 05.
Agent: Tak. Ændringsgebyret er 450 kr., og prisforskellen er 1.230 kr. Skal jeg trække det på det kort, der er registreret?
Opkalder: Nej, jeg vil hellere overføre. Og hvis der er penge tilbage, så til min konto GL40 5773 5643 6336 39.
Agent: Det noterer jeg. Din egen kontakt, er det stadig +299 52 48 19?
Opkalder: Ja, og adressen er Aqqusinersuaq 42, lejl. 3, 3900 Nuuk.
Agent: Perfekt. Du får en ny rejseplan på nivi.berthelsen@greennet.gl inden for en time. Qujanaq.
Opkalder: Qujanaq, Frederik.
""", [
    P("Frederik", "name"),
    P("Nivi Berthelsen", "name"),
    P("Malik Berthelsen", "name"),
    P("Pipaluk Kleist", "name"),
    P("140316-5197", "national_id", check="cpr"),
    P("42 19 77 05", "phone"),
    P("GL40 5773 5643 6336 39", "iban"),
    P("+299 52 48 19", "phone"),
    P("Aqqusinersuaq 42, lejl. 3, 3900 Nuuk", "address", ["Aqqusinersuaq 42", "3900"]),
    P("nivi.berthelsen@greennet.gl", "email"),
], [
    L("Air Kalaallit", "company"),
    L("GL7KQ2", "booking_reference"),
    L("Kangerlussuaq", "place"),
    L("GL 781", "flight_number"),
    L("den 28. juni", "event_date"),
    L("den 5. juli", "event_date"),
    L("Kastrup", "place"),
    L("450 kr.", "price"),
    L("1.230 kr.", "price"),
]),

R("da-call-007", """
Pakkeposten: Pakkeposten kundeservice, du taler med Jonas.
Kunde: Hej Jonas, det er Mette Kjærgaard. Jeg har fået en sms om, at min pakke er leveret, men den er her ikke.
Pakkeposten: Øv. Har du track-and-trace-nummeret?
Kunde: Ja, det er 00370712345678901234.
Pakkeposten: Tak. Jeg kan se, at den er leveret i går kl. 13.47 på Møllevej 4, 4700 Næstved, og chaufføren har noteret "stillet ved carport".
Kunde: Jeg har ikke nogen carport! Det har naboen på nummer 6, Birthe Lund. Jeg går lige derover.
Pakkeposten: God idé. Hvis den ikke er der, opretter jeg en eftersøgning, og ellers kan du få den i pakkeshoppen i Føtex, Axeltorv.
Kunde: Okay. Kan du skrive det til mig på mail? Det er mette punktum kjaergaard snabel-a jubii punktum dk.
Pakkeposten: Mette punktum kjærgaard med æ?
Kunde: Nej, a-e. k-j-a-e-r-g-a-a-r-d.
Pakkeposten: Forstået. Og telefonnummer?
Kunde: Toogtyve, treogfirs, femten, syvoghalvtreds.
Pakkeposten: 22 83 15 57. Sagsnummer bliver PP-448127. Hav en god dag.
""", [
    P("Jonas", "name"),
    P("Mette Kjærgaard", "name"),
    P("Møllevej 4, 4700 Næstved", "address", ["Møllevej 4", "4700"]),
    P("Birthe Lund", "name"),
    P("mette punktum kjaergaard snabel-a jubii punktum dk", "email",
      ["mette punktum kjaergaard", "mette punktum kjaergaard snabel-a jubii punktum dk"]),
    P("Mette punktum kjærgaard", "email", ["Mette punktum kjærgaard"]),
    P("k-j-a-e-r-g-a-a-r-d", "name", ["k-j-a-e-r-g-a-a-r-d"]),
    P("Toogtyve, treogfirs, femten, syvoghalvtreds", "phone"),
    P("22 83 15 57", "phone"),
], [
    L("Pakkeposten", "company"),
    L("00370712345678901234", "tracking_number"),
    L("kl. 13.47", "time"),
    L("Føtex, Axeltorv", "shop_location"),
    L("PP-448127", "case_number"),
]),

R("da-call-008", """
Sygeplejerske: 1813, Akuttelefonen, du taler med en sygeplejerske, jeg hedder Trine. Hvad drejer det sig om?
Opkalder: Hej, det er min datter, hun har meget høj feber. Jeg hedder Nguyen Thi Lan.
Sygeplejerske: Okay. Hvad hedder din datter, og hvor gammel er hun?
Opkalder: Emma Minh Anh Nguyen. Hun er fem år, født 2. november 2019.
Sygeplejerske: Og cpr-nummeret? Det står på det gule sundhedskort.
Opkalder: Øh, 260999-3017... nej, det er mit eget kort, undskyld. Hendes er 021119-5088.
Sygeplejerske: Tak. Er der andre voksne hjemme?
Opkalder: Min mand, Tuan, han kan køre os.
Sygeplejerske: Godt. Hvor bor I?
Opkalder: Vigerslevvej 150, 2. tv., 2500 Valby.
Sygeplejerske: Tak. Hvor høj er feberen?
Opkalder: 39,8 grader. Jeg har givet hende Panodil Junior, 250 mg, kl. 20.
Sygeplejerske: Godt. Jeg vil gerne have, at I kommer ind på børneafdelingen på Hvidovre Hospital, fremmødetid kl. 22.30. Hvilket nummer kan vi ringe på?
Opkalder: 52 70 18 36.
Sygeplejerske: Tak, Lan. Vi ses om lidt.
""", [
    P("Trine", "name"),
    P("Nguyen Thi Lan", "name"),
    P("Emma Minh Anh Nguyen", "name"),
    P("2. november 2019", "birth_date"),
    P("260999-3017", "national_id", check="cpr"),
    P("021119-5088", "national_id", check="cpr"),
    P("Tuan", "name"),
    P("Vigerslevvej 150, 2. tv., 2500 Valby", "address", ["Vigerslevvej 150", "2500"]),
    P("52 70 18 36", "phone"),
], [
    L("1813", "service_number"),
    L("Akuttelefonen", "organisation"),
    L("39,8 grader", "measurement"),
    L("Panodil Junior, 250 mg", "product"),
    L("kl. 20", "time"),
    L("Hvidovre Hospital", "place"),
    L("kl. 22.30", "time"),
]),

R("da-call-009", """
FITNESS PULS — opkald 14:22
Medarbejder (Sebastian): Fitness Puls, det er Sebastian.
Medlem: Hej, det er Mads Kristoffersen. Jeg vil gerne opsige mit medlemskab, jeg kan ikke finde det i appen.
Medarbejder (Sebastian): Det kan jeg godt hjælpe med. Hvad er din mail?
Medlem: m punktum kristoffersen snabel-a gmail punktum com.
Medarbejder (Sebastian): m.kristoffersen@gmail.com, og i appen hedder du madsk_lifts?
Medlem: Haha ja, det er mig.
Medarbejder (Sebastian): Din fødselsdato, til sidst?
Medlem: Femte maj femoghalvfems. 05.05.95.
Medarbejder (Sebastian): Tak. Medlemsnummer 110-884-27, center Aalborg Vestbyen. Du betaler 299 kr. om måneden, og der er en måneds opsigelse, så sidste træk er den 1. december.
Medlem: Okay. Kan min bror, Jonas Kristoffersen, overtage mit medlemskab? Så slipper han for indmeldelsesgebyret.
Medarbejder (Sebastian): Det går desværre ikke, men han kan bruge koden VELKOMMEN24, så er indmeldelsen gratis.
Medlem: Fedt. Og jeres app crasher forresten med fejl 0x1F4 i version 3.8.2.
Medarbejder (Sebastian): Tak for info, det giver jeg videre. Du får en bekræftelse på mail.
""", [
    P("Sebastian", "name"),
    P("Mads Kristoffersen", "name"),
    P("m punktum kristoffersen snabel-a gmail punktum com", "email",
      ["m punktum kristoffersen", "m punktum kristoffersen snabel-a gmail punktum com"]),
    P("m.kristoffersen@gmail.com", "email"),
    P("madsk_lifts", "username"),
    P("Femte maj femoghalvfems", "birth_date"),
    P("05.05.95", "birth_date"),
    P("Jonas Kristoffersen", "name"),
], [
    L("14:22", "time"),
    L("110-884-27", "member_number"),
    L("Aalborg Vestbyen", "shop_location"),
    L("299 kr.", "price"),
    L("den 1. december", "event_date"),
    L("VELKOMMEN24", "discount_code"),
    L("0x1F4", "error_code"),
    L("3.8.2", "version"),
]),

R("da-call-010", """
00:00:03 BO: Boligselskabet Fynsbo, det er Helle.
00:00:06 LEJER: Hej Helle, det er Yasmin El-Sayed fra afdeling 12. Jeg har to ting.
00:00:11 BO: Ja, sig frem.
00:00:12 LEJER: Min køkkenvask er stoppet, og vandet løber ikke ud. Og så er der støj fra naboen ovenpå, hver nat.
00:00:20 BO: Okay, vi tager vasken først. Hvad er din adresse?
00:00:23 LEJER: Rosenhøj 8, 2. tv., 5220 Odense SØ.
00:00:27 BO: Tak. Jeg opretter en reparation, sagsnummer 2024-1187. Viceværten, Bent, kommer i morgen mellem 8 og 10.
00:00:35 LEJER: Fint. Og naboen, han hedder Kim Sørensen, han spiller musik til klokken tre om natten.
00:00:42 BO: Så skal du sende en skriftlig klage, gerne med datoer. Du kan bruge formularen på fynsbo.dk under "Husorden".
00:00:49 LEJER: Okay. Kan I ringe til mig, når I har talt med ham? Mit nummer er 60 14 92 38.
00:00:54 BO: Det gør vi. Og din mail er stadig yasmin.elsayed@hotmail.com?
00:00:58 LEJER: Ja.
00:00:59 BO: Godt. Husk at huslejen for juli er 6.845 kr., der kom en stigning på 2,1 procent.
""", [
    P("Helle", "name"),
    P("Yasmin El-Sayed", "name"),
    P("Rosenhøj 8, 2. tv., 5220 Odense SØ", "address", ["Rosenhøj 8", "5220"]),
    P("Bent", "name"),
    P("Kim Sørensen", "name"),
    P("60 14 92 38", "phone"),
    P("yasmin.elsayed@hotmail.com", "email"),
], [
    L("Boligselskabet Fynsbo", "company"),
    L("afdeling 12", "department"),
    L("2024-1187", "case_number"),
    L("mellem 8 og 10", "time"),
    L("fynsbo.dk", "website"),
    L("6.845 kr.", "amount"),
    L("2,1 procent", "percentage"),
]),

R("da-call-011", """
Kundeservice: ParkZone, goddag, du taler med Nikolaj.
Kunde: Ja, goddag, Lars Bøgh her. Jeg har fået en kontrolafgift, som jeg mener er forkert.
Kundeservice: Har du afgiftsnummeret?
Kunde: Det er 77 01 2231 55.
Kundeservice: Tak. Jeg kan se, at den er udstedt i P-huset ved Bruuns Galleri kl. 14.32 på en sort Skoda Octavia, registreringsnummer CX 48 213.
Kunde: Ja, det er min bil, men det var min svoger, der kørte, Henrik Skov. Og han havde betalt i appen for 2 timer.
Kundeservice: Hvilken nummerplade betalte han for?
Kunde: Han har sikkert skrevet sin egen, CV 19 884. Han har to biler.
Kundeservice: Ja, så er der betalt for en forkert bil. Men første gang annullerer vi afgiften på 795 kr. som en goodwill-gestus.
Kunde: Tak. Jeg har allerede betalt den, kan jeg få pengene igen?
Kundeservice: Ja. Til hvilken konto?
Kunde: Reg.nr. 3301, kontonummer 4673002458.
Kundeservice: Og dit cpr-nummer, så vi kan matche betalingen?
Kunde: Det behøver I vel ikke?
Kundeservice: Nej, det er rigtigt, det behøver vi ikke. Jeg skal bare bruge din mail.
Kunde: lars.bogh@mail.tele.dk.
Kundeservice: Det er modtaget. Du hører fra os inden for 10 hverdage.
""", [
    P("Nikolaj", "name"),
    P("Lars Bøgh", "name"),
    P("CX 48 213", "plate"),
    P("Henrik Skov", "name"),
    P("CV 19 884", "plate"),
    P("4673002458", "iban"),
    P("lars.bogh@mail.tele.dk", "email"),
], [
    L("ParkZone", "company"),
    L("77 01 2231 55", "fine_number"),
    L("Bruuns Galleri", "place"),
    L("kl. 14.32", "time"),
    L("Skoda Octavia", "product"),
    L("2 timer", "duration"),
    L("795 kr.", "amount"),
    L("10 hverdage", "duration"),
]),

R("da-call-012", """
PensionNord: PensionNord, du taler med Anders.
Kunde: Ja, goddag. Mit navn er Inger Marie Lauridsen. Min mand er død i sidste uge, og jeg skulle ringe til jer, sagde bedemanden.
PensionNord: Det er jeg meget ked af at høre. Jeg skal nok hjælpe dig. Hvad hed din mand?
Kunde: Poul Erik Lauridsen. Hans cpr-nummer er 190157-0708.
PensionNord: Tak. Og dit eget cpr-nummer?
Kunde: 121260-0543.
PensionNord: Tak, Inger Marie. Jeg kan se, at Poul Erik havde en ordning med ægtefællepension, policenummer 4412 8870. Du er indsat som begunstiget.
Kunde: Hvad betyder det?
PensionNord: Det betyder, at du får udbetalt et engangsbeløb på ca. 182.000 kr. før skat. Det tager normalt 4-6 uger. Vi skal bruge en kopi af dødsattesten og skifteretsattesten.
Kunde: Det er min søn, Jesper, der tager sig af papirerne. Kan I ringe til ham? Hans nummer er 40 55 16 72.
PensionNord: Det kan vi godt, hvis du giver fuldmagt. Bor du stadig på Kirkebakken 3 i Hobro?
Kunde: Ja, 9500 Hobro.
PensionNord: Og pengene skal ind på din NemKonto?
Kunde: Ja. Den står i Sparekassen Kronjylland.
PensionNord: Så gør vi det. Endnu en gang, min dybeste medfølelse.
""", [
    P("Anders", "name"),
    P("Inger Marie Lauridsen", "name"),
    P("Poul Erik Lauridsen", "name"),
    P("190157-0708", "national_id", check="cpr"),
    P("121260-0543", "national_id", check="cpr"),
    P("Jesper", "name"),
    P("40 55 16 72", "phone"),
    P("Kirkebakken 3", "address", ["Kirkebakken 3"]),
    P("9500", "postcode"),
], [
    L("PensionNord", "company"),
    L("4412 8870", "policy_number"),
    L("ca. 182.000 kr.", "amount"),
    L("4-6 uger", "duration"),
    L("NemKonto", "product"),
    L("Sparekassen Kronjylland", "company"),
    L("Hobro", "place"),
]),
]
