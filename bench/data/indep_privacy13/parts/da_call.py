# Danish call transcripts (12), incl. Faroese and Greenlandic callers
RECORDS = []

RECORDS.append(dict(id="da-call-001", language="da", channel="call", text="""Medarbejder: Nordlys Energi, det er Mette Kjærgaard, hvad kan jeg hjælpe med?
Kunde: Ja hej, det er Søren Kjeldgaard-Holm. Jeg skal flytte, og jeg vil gerne have min elaftale med.
Medarbejder: Det klarer vi. Må jeg bede om dit cpr-nummer?
Kunde: Ja, det er fjorten nul tre seksogfirs, enoghalvtreds enogtyve.
Medarbejder: Tak. Og hvad er den nye adresse?
Kunde: Vesterbrogade 112, 2. th., 1620 København V.
Medarbejder: Hvornår overtager du lejligheden?
Kunde: Den 1. april.
Medarbejder: Har du målernummeret derovre?
Kunde: Øh ja, det står på en seddel... 38214677. Og der står også et aftagenummer, 571313104400127845.
Medarbejder: Perfekt. Du har Grøn Fastpris 12, det er 2,35 kr. pr. kWh, og det fortsætter bare. Skal betalingen stadig gå via Betalingsservice fra reg.nr. 9570, kontonummer 12457889?
Kunde: Ja, det er fint. Og min kæreste, Line Bjerregaard, skal også stå på aftalen.
Medarbejder: Det noterer jeg. Hvilket telefonnummer kan vi ringe på?
Kunde: Otteogtyve, enoghalvfjerds, treogfyrre, halvfems.
Medarbejder: Og en mail?
Kunde: soeren punktum kh snabel-a mail punktum dk.
Medarbejder: Så er det på plads. Dit sagsnummer er 2025-44718, og har du spørgsmål, er vores nummer 70 20 30 40. Hav en god dag.""",
planted=[
    P("Mette Kjærgaard", "name", ["Mette", "Kjærgaard"]),
    P("Søren Kjeldgaard-Holm", "name", ["Søren", "Kjeldgaard", "Holm"]),
    P("fjorten nul tre seksogfirs, enoghalvtreds enogtyve", "national_id", check=["cpr", "1403865121"]),
    P("Vesterbrogade 112, 2. th., 1620 København V", "address", ["Vesterbrogade 112", "1620"]),
    P("12457889", "iban"),
    P("Line Bjerregaard", "name", ["Line", "Bjerregaard"]),
    P("Otteogtyve, enoghalvfjerds, treogfyrre, halvfems", "phone"),
    P("soeren punktum kh snabel-a mail punktum dk", "email", ["soeren punktum kh snabel-a mail punktum dk", "soeren punktum kh"]),
],
lookalikes=[
    L("1. april", "move_date"),
    L("38214677", "meter_number"),
    L("571313104400127845", "ean_connection_code"),
    L("Grøn Fastpris 12", "product"),
    L("2,35 kr. pr. kWh", "price"),
    L("2025-44718", "case_number"),
]))

RECORDS.append(dict(id="da-call-002", language="da", channel="call", text="""[00:00:01] Rådgiver: Velkommen til Vestbank, du taler med Rasmus Lykke.
[00:00:04] Kunde: Góðan dag, øh, goddag, mit navn er Jógvan Joensen, jeg ringer fra Tórshavn.
[00:00:09] Rådgiver: Hej Jógvan. Hvad kan jeg gøre for dig?
[00:00:12] Kunde: Jeg kan ikke komme på netbanken. MitID er spærret, efter jeg skiftede telefon.
[00:00:18] Rådgiver: Det hjælper vi med. Hvad er dit personnummer?
[00:00:21] Kunde: Jeg har et færøsk P-tal, 150862-454.
[00:00:29] Rådgiver: Tak. Og din fødselsdato er så den 15. august 1962?
[00:00:33] Kunde: Ja, det passer.
[00:00:35] Rådgiver: Jeg kan se din konto FO46 3566 7401 8044 00. Der er en overførsel på 4.800 kr. i går kl. 22:14 til en konto i Litauen. Er det dig?
[00:00:47] Kunde: Nei! Det er ikke mig.
[00:00:49] Rådgiver: Så spærrer vi også dit kort. Kan du læse nummeret op?
[00:00:53] Kunde: 4851 7435 7890 6056.
[00:01:04] Rådgiver: Det er spærret nu. Det nye kort sender vi til Niels Finsens gøta 14, FO-100 Tórshavn. Passer det?
[00:01:10] Kunde: Ja. Og ring helst til min datter, Elin Joensen, hvis jeg ikke tager den. Hun bor i Odense, +45 31 64 07 22. Mit eget nummer er +298 21 45 67.
[00:01:22] Rådgiver: Noteret. Din sag har nummer SV-2025-7781, og det nye kort kommer inden for 5-7 hverdage.""",
planted=[
    P("Rasmus Lykke", "name", ["Rasmus", "Lykke"]),
    P("Jógvan Joensen", "name", ["Jógvan", "Joensen"]),
    P("150862-454", "national_id"),
    P("15. august 1962", "birth_date"),
    P("FO46 3566 7401 8044 00", "iban", check="iban"),
    P("4851 7435 7890 6056", "card", check="luhn"),
    P("Niels Finsens gøta 14, FO-100 Tórshavn", "address", ["Niels Finsens gøta 14", "FO-100"]),
    P("Elin Joensen", "name", ["Elin", "Joensen"]),
    P("+45 31 64 07 22", "phone"),
    P("+298 21 45 67", "phone"),
],
lookalikes=[
    L("4.800 kr.", "amount"),
    L("22:14", "time"),
    L("MitID", "product"),
    L("SV-2025-7781", "case_number"),
    L("5-7 hverdage", "duration"),
    L("00:00:35", "timestamp"),
]))

RECORDS.append(dict(id="da-call-003", language="da", channel="call", text="""ja hej du taler med kasper fra telefonia hvad kan jeg hjælpe med hej det er anne-mette sørensen jeg har fået en regning på tolv hundrede niogfyrre kroner og den plejer at være på hundrede og nioghalvfems okay lad mig kigge på det hvad er dit mobilnummer det er tooghalvfems seksogtyve femten otteogfirs tak og kan du bekræfte dit cpr-nummer ja nul to nul syv ni en to to fire syv tak anne-mette jeg kan se at du har brugt seks komma to gigabyte data i schweiz og det er ikke med i fri tale halvtreds gigabyte ah det var min søn mikkel han var på skiferie med skolen nå men jeg kan give dig en kreditnota på halvdelen den har nummer k n fire fire otte to og så kan jeg tilføje pakken rejse plus til hans nummer fremover skal vi sende kreditnotaen til din adresse nørregade fjorten første sal otte tusind aarhus c ja det er rigtigt og en kopi på mail anne mette s snabel-a jubii punktum dk super så er det klaret hav en god dag""",
planted=[
    P("kasper", "name", ["kasper"]),
    P("anne-mette sørensen", "name", ["anne-mette", "anne", "mette", "sørensen"]),
    P("tooghalvfems seksogtyve femten otteogfirs", "phone"),
    P("nul to nul syv ni en to to fire syv", "national_id", check=["cpr", "0207912247"]),
    P("mikkel", "name", ["mikkel"]),
    P("nørregade fjorten første sal otte tusind aarhus c", "address", ["nørregade fjorten", "otte tusind"]),
    P("anne mette s snabel-a jubii punktum dk", "email", ["anne mette s snabel-a jubii punktum dk", "anne mette s"]),
],
lookalikes=[
    L("tolv hundrede niogfyrre kroner", "amount"),
    L("hundrede og nioghalvfems", "amount"),
    L("seks komma to gigabyte", "quantity"),
    L("fri tale halvtreds gigabyte", "product"),
    L("k n fire fire otte to", "credit_note_number"),
    L("rejse plus", "product"),
]))

RECORDS.append(dict(id="da-call-004", language="da", channel="call", text="""Borgerservice: Aalborg Kommune, Borgerservice, du taler med Louise Damgaard.
Borger: Hej, jeg hedder Nivi Kleist. Jeg er lige flyttet hertil fra Nuuk, og jeg skal melde flytning og have et sundhedskort.
Borgerservice: Velkommen til Aalborg. Har du et cpr-nummer?
Borger: Ja, 230480-5881.
Borgerservice: Tak. Hvor flytter du fra?
Borger: Aqqusinersuaq 22, 3900 Nuuk.
Borgerservice: Og den nye adresse?
Borger: Hasserisvej 161, st. tv., 9000 Aalborg. Min søn Malik bor også her, han er syv.
Borgerservice: Han skal også meldes. Du skal vælge læge; Lægehuset Vesterå har åbent for tilgang, ventetiden er omkring 3 uger.
Borger: Det er fint. Og boligstøtten, kan den komme ind på min konto i Grønland? GL35 9450 4247 7360 76.
Borgerservice: Det skal være din NemKonto, så den skal du ændre selv. Jeg sender blanketten NK-04 til dig. Hvilken mail kan vi bruge?
Borger: nivikleist snabel-a outlook punktum dk.
Borgerservice: Og telefon?
Borger: Mit grønlandske nummer, plus to ni ni, tooghalvtreds, fireogtredive, atten.
Borgerservice: Godt. Sundhedskortet kommer med posten inden for 14 dage. Din sag har nummer 25-118043.""",
planted=[
    P("Louise Damgaard", "name", ["Louise", "Damgaard"]),
    P("Nivi Kleist", "name", ["Nivi", "Kleist"]),
    P("230480-5881", "national_id", check="cpr"),
    P("Aqqusinersuaq 22, 3900 Nuuk", "address", ["Aqqusinersuaq 22", "3900"]),
    P("Hasserisvej 161, st. tv., 9000 Aalborg", "address", ["Hasserisvej 161", "9000"]),
    P("Malik", "name", ["Malik"]),
    P("GL35 9450 4247 7360 76", "iban", check="iban"),
    P("nivikleist snabel-a outlook punktum dk", "email", ["nivikleist snabel-a outlook punktum dk", "nivikleist"]),
    P("plus to ni ni, tooghalvtreds, fireogtredive, atten", "phone"),
],
lookalikes=[
    L("Lægehuset Vesterå", "organisation"),
    L("3 uger", "duration"),
    L("NemKonto", "product"),
    L("NK-04", "form_number"),
    L("14 dage", "duration"),
    L("25-118043", "case_number"),
]))

RECORDS.append(dict(id="da-call-005", language="da", channel="call", text="""Sekretær: Lægerne på Torvet, det er Birgitte.
Patient: Goddag, det er Bent Østergaard. Jeg skal have fornyet min recept og have tid til en blodprøve.
Sekretær: Ja. Må jeg få dit cpr-nummer?
Patient: Et to nul et seks syv, fem seks syv tre.
Sekretær: Tak, Bent. Hvilken medicin er det?
Patient: Amlodipin 5 mg, og så har jeg de der Pinex 500 mg.
Sekretær: Amlodipin fornyer doktor Pernille Sandberg i dag, den ligger på apoteket i morgen. Blodprøven kan du få tirsdag kl. 9.40.
Patient: Det er fint. Min kone, Inge, kører mig. Hun har i øvrigt også en tid hos jer.
Sekretær: Ja, Inge Østergaard, torsdag kl. 13.15. Skal svaret sendes i e-Boks eller ringer vi?
Patient: Ring hellere, på 86 42 17 39. Eller på mobilen 40 28 91 55.
Sekretær: Og I bor stadig på Skovbrynet 8, 8600 Silkeborg?
Patient: Ja, det gør vi.
Sekretær: Godt. Husk at faste i 8 timer før blodprøven.""",
planted=[
    P("Birgitte", "name", ["Birgitte"]),
    P("Bent Østergaard", "name", ["Bent", "Østergaard"]),
    P("Et to nul et seks syv, fem seks syv tre", "national_id", check=["cpr", "1201675673"]),
    P("doktor Pernille Sandberg", "name", ["Pernille", "Sandberg"]),
    P("Inge Østergaard", "name", ["Inge", "Østergaard"]),
    P("86 42 17 39", "phone"),
    P("40 28 91 55", "phone"),
    P("Skovbrynet 8, 8600 Silkeborg", "address", ["Skovbrynet 8", "8600"]),
],
lookalikes=[
    L("Lægerne på Torvet", "organisation"),
    L("Amlodipin 5 mg", "product"),
    L("Pinex 500 mg", "product"),
    L("tirsdag kl. 9.40", "appointment"),
    L("torsdag kl. 13.15", "appointment"),
    L("8 timer", "duration"),
]))

RECORDS.append(dict(id="da-call-006", language="da", channel="call", text="""A: FragtNord kundeservice, du taler med Jonas.
B: Hej Jonas, det er Camilla Frost. Jeg har en pakke, der står som leveret, men den er her ikke.
A: Øv. Har du pakkenummeret?
B: Ja, det er 00370716483902117.
A: Den blev leveret i går kl. 14:36, lagt ved døren, står der. Hvad er adressen?
B: Ryesgade 31, 4. sal, dør 2, 2200 København N. Der er ingen dør, hvor man kan stille en pakke.
A: Chaufføren har skrevet "stillet ved nabo, Hr. Abdi". Bor der en Abdi?
B: Ja, Yusuf Abdi på tredje. Men han er bortrejst.
A: Så starter jeg en eftersøgning, sagsnummer EF-55207. Pakken vejer 3,2 kg og kommer fra Bog & Ide.
B: Okay. Og hvis den ikke dukker op?
A: Så skal afsenderen refundere de 449 kr. Kan vi ringe til dig på det nummer, der står på forsendelsen, 26 70 14 83?
B: Ja. Eller skriv til camillafrost88@gmail.com.
A: Du hører fra os inden for 2 hverdage.""",
planted=[
    P("Jonas", "name", ["Jonas"]),
    P("Camilla Frost", "name", ["Camilla", "Frost"]),
    P("Ryesgade 31, 4. sal, dør 2, 2200 København N", "address", ["Ryesgade 31", "2200"]),
    P("Hr. Abdi", "name", ["Abdi"]),
    P("Yusuf Abdi", "name", ["Yusuf", "Abdi"]),
    P("26 70 14 83", "phone"),
    P("camillafrost88@gmail.com", "email", ["camillafrost88@gmail.com", "camillafrost88"]),
],
lookalikes=[
    L("00370716483902117", "tracking_number"),
    L("14:36", "time"),
    L("EF-55207", "case_number"),
    L("3,2 kg", "weight"),
    L("Bog & Ide", "company_name"),
    L("449 kr.", "amount"),
    L("2 hverdage", "duration"),
]))

RECORDS.append(dict(id="da-call-007", language="da", channel="call", text="""Skadesbehandler: Tryghavn Forsikring, skadesafdelingen, det er Anders Vestergaard.
Kunde: Hej, det er Mads Kristiansen. Jeg har været ude for et færdselsuheld i morges.
Skadesbehandler: Er du okay?
Kunde: Ja, bare rystet. Det var på Roskildevej ved Glostrup, kl. 7.45 ca.
Skadesbehandler: Hvad er dit policenummer?
Kunde: 6601-228419.
Skadesbehandler: Og din bil?
Kunde: En Skoda Octavia, nummerplade CX 48 913.
Skadesbehandler: Og modparten?
Kunde: En kvinde, Hanne Lund-Pedersen, hun kørte en Peugeot med plade BN 71 206. Hendes telefon er 51 83 20 47.
Skadesbehandler: Har I udfyldt en skadeanmeldelse?
Kunde: Ja, og politiet kom, journalnummer 0100-83210-00412-25.
Skadesbehandler: Jeg skal også bruge dit kørekortnummer.
Kunde: 28416093.
Skadesbehandler: Og dit cpr-nummer til sagen?
Kunde: 180973-6454.
Skadesbehandler: Tak. Skaden registreres som sag 25-SK-90317. Du kan få lånebil hos Autohuset Vejle Syd i op til 10 dage.
Kunde: Tak, det er en stor hjælp.""",
planted=[
    P("Anders Vestergaard", "name", ["Anders", "Vestergaard"]),
    P("Mads Kristiansen", "name", ["Mads", "Kristiansen"]),
    P("CX 48 913", "plate"),
    P("Hanne Lund-Pedersen", "name", ["Hanne", "Lund", "Pedersen"]),
    P("BN 71 206", "plate"),
    P("51 83 20 47", "phone"),
    P("28416093", "national_id"),
    P("180973-6454", "national_id", check="cpr"),
],
lookalikes=[
    L("kl. 7.45", "time"),
    L("6601-228419", "policy_number"),
    L("Skoda Octavia", "product"),
    L("Peugeot", "product"),
    L("0100-83210-00412-25", "police_reference"),
    L("25-SK-90317", "claim_number"),
    L("10 dage", "duration"),
    L("Autohuset Vejle Syd", "company_name"),
]))

RECORDS.append(dict(id="da-call-008", language="da", channel="call", text="""Boligforeningen Fjordhus, det er Gitte.
Ja hej, det er Ahmad Rahimi fra afdeling 14. Vores radiator i stuen er utæt igen.
Hvad er adressen?
Vibevej 9, 3. tv. i Odense NV. 5210.
Og du er lejer der?
Ja, sammen med min kone, Parisa Rahimi.
Okay. Er det den samme radiator som i december? Jeg kan se en sag, nummer 14-2291.
Ja, det er den. Varmemester Ole sagde, den skulle skiftes.
Jeg sender VVS'eren fra Brødrene Dahl Service. Kan de komme onsdag mellem 8 og 12?
Ja, min kone er hjemme. Hendes nummer er 42 67 19 08, for hun taler bedre dansk end mig.
Fint. Og dit eget nummer?
Tre en, otte nul, fem fem, to seks.
Jeg har skrevet det. Huslejen på 6.240 kr. bliver ikke berørt, det er en vedligeholdelsessag.
Tak. Kan I sende en bekræftelse på mail? ahmad.rahimi.dk@gmail.com.
Det gør jeg. Hav en god dag.""",
planted=[
    P("Gitte", "name", ["Gitte"]),
    P("Ahmad Rahimi", "name", ["Ahmad", "Rahimi"]),
    P("Vibevej 9, 3. tv. i Odense NV. 5210", "address", ["Vibevej 9", "5210"]),
    P("Parisa Rahimi", "name", ["Parisa", "Rahimi"]),
    P("Ole", "name", ["Ole"]),
    P("42 67 19 08", "phone"),
    P("Tre en, otte nul, fem fem, to seks", "phone"),
    P("ahmad.rahimi.dk@gmail.com", "email", ["ahmad.rahimi.dk@gmail.com", "ahmad.rahimi.dk"]),
],
lookalikes=[
    L("Boligforeningen Fjordhus", "organisation"),
    L("afdeling 14", "department"),
    L("14-2291", "case_number"),
    L("Brødrene Dahl Service", "company_name"),
    L("onsdag mellem 8 og 12", "appointment"),
    L("6.240 kr.", "amount"),
]))

RECORDS.append(dict(id="da-call-009", language="da", channel="call", text="""Kontoret: Kildeskovens Skole, kontoret, det er Susanne.
Forælder: Hej, det er Thomas Brandt, far til Ida Brandt i 3.B og Oscar Brandt i børnehaveklassen.
Kontoret: Hej Thomas.
Forælder: Vi er blevet skilt, og jeg vil gerne have, at min nye adresse også står i Aula. Det er Lindevej 27A, 2860 Søborg.
Kontoret: Det kan jeg ordne. Hvad er din datters cpr-nummer?
Forælder: Nul seks elleve nioghalvfems, fireogtyve fireogtyve.
Kontoret: Tak. Og hvad er dit Aula-brugernavn?
Forælder: thom4927.
Kontoret: Jeg kan se, at mor, Sara Winther, stadig står som primær kontakt. Skal det ændres?
Forælder: Nej, vi deler det. Men SFO-betalingen på 2.214 kr. om måneden skal deles, jeg betaler fra reg. 3409 konto 11872236.
Kontoret: Det skal du aftale med pladsanvisningen, det er ikke os. De har telefontid mandag til torsdag 9-12.
Forælder: Okay. Mit nummer er 22 81 46 30, hvis der er noget.
Kontoret: Noteret. Husk forældremødet den 12. september kl. 17.""",
planted=[
    P("Susanne", "name", ["Susanne"]),
    P("Thomas Brandt", "name", ["Thomas", "Brandt"]),
    P("Ida Brandt", "name", ["Ida", "Brandt"]),
    P("Oscar Brandt", "name", ["Oscar", "Brandt"]),
    P("Lindevej 27A, 2860 Søborg", "address", ["Lindevej 27A", "2860"]),
    P("Nul seks elleve nioghalvfems, fireogtyve fireogtyve", "national_id", check=["cpr", "0611992424"]),
    P("thom4927", "username"),
    P("Sara Winther", "name", ["Sara", "Winther"]),
    P("11872236", "iban"),
    P("22 81 46 30", "phone"),
],
lookalikes=[
    L("3.B", "class"),
    L("Aula", "product"),
    L("2.214 kr.", "amount"),
    L("mandag til torsdag 9-12", "opening_hours"),
    L("12. september kl. 17", "date"),
    L("Kildeskovens Skole", "organisation"),
]))

RECORDS.append(dict(id="da-call-010", language="da", channel="call", text="""(00:02) Agent: Hej, du taler med Sofie fra Hjemmeshoppen.
(00:05) Kunde: Hej, jeg hedder Kristian Møller-Skov. Jeg har bestilt en sofa, men der er kommet den forkerte farve.
(00:12) Agent: Det er jeg ked af. Hvad er ordrenummeret?
(00:15) Kunde: HS-4471092.
(00:21) Agent: Jeg kan se sofaen "Karen 3-pers." i farven sand, varenummer 702-118-44, til 7.999 kr.
(00:29) Kunde: Ja, men jeg bestilte den i mørkegrå.
(00:33) Agent: Vi henter den og leverer en ny. Leveringsadressen er Strandvejen 204, 1. sal, 2920 Charlottenlund?
(00:41) Kunde: Ja. Og jeg vil gerne have mine 299 kr. i fragt refunderet. Jeg betalte med kortet 5340 5768 7012 6031.
(00:52) Agent: Det refunderer vi til samme kort, du behøver ikke læse nummeret op næste gang. Afhentning torsdag den 27. marts mellem 7 og 15.
(01:01) Kunde: Min nabo, Birthe Kjær, har nøgle, hvis jeg er på arbejde. Hendes nummer er 20 46 71 39.
(01:09) Agent: Noteret. Og bekræftelsen går til kristian.m.skov@hotmail.dk.""",
planted=[
    P("Sofie", "name", ["Sofie"]),
    P("Kristian Møller-Skov", "name", ["Kristian", "Møller", "Skov"]),
    P("Strandvejen 204, 1. sal, 2920 Charlottenlund", "address", ["Strandvejen 204", "2920"]),
    P("5340 5768 7012 6031", "card", check="luhn"),
    P("Birthe Kjær", "name", ["Birthe", "Kjær"]),
    P("20 46 71 39", "phone"),
    P("kristian.m.skov@hotmail.dk", "email", ["kristian.m.skov@hotmail.dk", "kristian.m.skov"]),
],
lookalikes=[
    L("HS-4471092", "order_number"),
    L("Karen 3-pers.", "product"),
    L("702-118-44", "article_number"),
    L("7.999 kr.", "price"),
    L("299 kr.", "amount"),
    L("torsdag den 27. marts mellem 7 og 15", "appointment"),
]))

RECORDS.append(dict(id="da-call-011", language="da", channel="call", text="""Rejsekonsulent: Solrejser Nord, det er Maria Thorsen.
Kunde: Hej Maria, det er Henrik Bech. Vi har booket en tur til Thailand, bookingnummer SRN-662190, og jeg skal give jer pasoplysninger.
Rejsekonsulent: Ja tak. Vi tager dem én ad gangen.
Kunde: Mig selv: Henrik Bech, født 31. december 1975, pasnummer 209847361.
Rejsekonsulent: Og den anden rejsende?
Kunde: Min mand, Johannes Bech-Nielsen, født den 28. august 1994, pasnummer 211563078.
Rejsekonsulent: Tak. I flyver med TG 951 den 14. november kl. 13.25 fra Kastrup, og I har 23 kg bagage hver.
Kunde: Perfekt. Og hotellet?
Rejsekonsulent: Hotel Anantara i Hua Hin, 12 nætter. Restbeløbet på 18.450 kr. skal være betalt senest 1. oktober.
Kunde: Det betaler jeg fra DK77 6103 8036 1418 40.
Rejsekonsulent: Fint. Hvilket nummer kan vi sms'e til under rejsen?
Kunde: 29 11 73 64, og mail er henrik.bech75@mail.tele.dk.""",
planted=[
    P("Maria Thorsen", "name", ["Maria", "Thorsen"]),
    P("Henrik Bech", "name", ["Henrik", "Bech"]),
    P("31. december 1975", "birth_date"),
    P("209847361", "national_id"),
    P("Johannes Bech-Nielsen", "name", ["Johannes", "Bech", "Nielsen"]),
    P("28. august 1994", "birth_date"),
    P("211563078", "national_id"),
    P("DK77 6103 8036 1418 40", "iban", check="iban"),
    P("29 11 73 64", "phone"),
    P("henrik.bech75@mail.tele.dk", "email", ["henrik.bech75@mail.tele.dk", "henrik.bech75"]),
],
lookalikes=[
    L("SRN-662190", "booking_number"),
    L("TG 951", "flight_number"),
    L("14. november kl. 13.25", "departure"),
    L("23 kg", "weight"),
    L("Hotel Anantara", "hotel_name"),
    L("12 nætter", "duration"),
    L("18.450 kr.", "amount"),
    L("1. oktober", "date"),
]))

RECORDS.append(dict(id="da-call-012", language="da", channel="call", text="""V: Brøndby Auto, det er Kenneth.
K: Hej, det er Lone Hviid. Jeg skal høre, om min bil er færdig. Den med nummerpladen DF 62 174.
V: Ja, den Citroën C3. Vi har skiftet bremseklodser for og bag, og den er klar til syn på tirsdag.
K: Hvad bliver prisen?
V: 3.875 kr. inklusive moms. Kilometerstanden er i øvrigt 142.300, så tandremmen skal skiftes ved 150.000.
K: Okay. Kan I sende regningen til min mail? lone snabel-a hviid punktum dk.
V: Det gør vi. Og vil du betale via MobilePay eller bankoverførsel?
K: Bankoverførsel. Hvis der skal tilbagebetales noget, er min konto DK85 7610 8508 9473 15.
V: Fint. Skal vi ringe, når den er kørt til syn?
K: Ja, ring til min søn Frederik, han henter den. Hans nummer er tooghalvtreds, femogtredive, nul otte, nitten.
V: Det gør vi. Fakturanummer 21877, hvis du skal bruge det.""",
planted=[
    P("Kenneth", "name", ["Kenneth"]),
    P("Lone Hviid", "name", ["Lone", "Hviid"]),
    P("DF 62 174", "plate"),
    P("lone snabel-a hviid punktum dk", "email", ["lone snabel-a hviid punktum dk", "lone"]),
    P("DK85 7610 8508 9473 15", "iban", check="iban"),
    P("Frederik", "name", ["Frederik"]),
    P("tooghalvtreds, femogtredive, nul otte, nitten", "phone"),
],
lookalikes=[
    L("Brøndby Auto", "company_name"),
    L("Citroën C3", "product"),
    L("3.875 kr.", "price"),
    L("142.300", "mileage"),
    L("150.000", "mileage"),
    L("MobilePay", "product"),
    L("21877", "invoice_number"),
]))
