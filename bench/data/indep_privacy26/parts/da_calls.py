from _lib import p, rec

RECORDS = [

rec("da-call-001", """
Opkald 11.03.2024 kl. 08.47 — kø: Flytning — varighed 09:32
Medarbejder: Godmorgen, det er Jonas fra Nordlys Energi, hvad kan jeg hjælpe med?
Kunde: Hej, det er Mette Kjær. Jeg skal flytte, og jeg vil gerne have strømmen med til den nye lejlighed.
Medarbejder: Det klarer vi. Må jeg få dit CPR-nummer?
Kunde: Ja, det er nul fem nul ni fireoghalvfjerds, nioghalvfjerds fireogtres.
Medarbejder: Tak. Så har jeg dig på Nørregade 14, 2. tv., 8000 Aarhus C. Hvornår flytter du?
Kunde: Den 1. maj. Den nye adresse er Vestergade 3, 1. th., 7100 Vejle.
Medarbejder: Vestergade 3 i Vejle, fint. Jeg skal bruge målepunkt-ID'et for den nye adresse, har du det?
Kunde: Øh, udlejeren skrev det i en mail... 571313174001234567.
Medarbejder: Perfekt. Og aflæsningen på den gamle adresse, når du flytter?
Kunde: Jeg aflæste i går, den står på 34.812.
Medarbejder: Den noterer jeg som foreløbig. Står der andre på aftalen?
Kunde: Min kæreste, Søren, men han flytter ikke med, så det skal bare være mig.
Medarbejder: Okay. Aconto-beløbet er i dag 1.450 kr. pr. kvartal, det bliver regnet om. Skal det stadig trækkes via Betalingsservice?
Kunde: Ja, men fra en ny konto. Reg.nr. 1551, kontonummer 7975444970.
Medarbejder: Jeg gentager: 1551 og 7975444970. Og telefonnummeret?
Kunde: Tyve, femogfyrre, toogtredive, atten.
Medarbejder: 20 45 32 18. Og mail?
Kunde: mette punktum kjaer snabel-a example punktum dk.
Medarbejder: Så mette.kjaer@example.dk. Du får en bekræftelse inden for 3 hverdage. Dit kundenummer er stadig 5500318224. Ring endelig på 70 10 20 30, hvis der er noget.
Kunde: Tak, Jonas.
""", [
    p("Jonas", "name"),
    p("Mette Kjær", "name"),
    p("nul fem nul ni fireoghalvfjerds, nioghalvfjerds fireogtres", "national_id", scheme="cpr", canon="050974-7964"),
    p("Nørregade 14, 2. tv., 8000 Aarhus C", "address", mns=["Nørregade 14", "8000"]),
    p("Vestergade 3, 1. th., 7100 Vejle", "address", mns=["Vestergade 3", "7100"]),
    p("Søren", "name"),
    p("Reg.nr. 1551, kontonummer 7975444970", "iban", mns=["7975444970", "1551"]),
    p("1551 og 7975444970", "iban"),
    p("Tyve, femogfyrre, toogtredive, atten", "phone"),
    p("20 45 32 18", "phone"),
    p("mette punktum kjaer snabel-a example punktum dk", "email", mns=["mette punktum kjaer snabel-a example punktum dk", "mette punktum kjaer"]),
    p("mette.kjaer@example.dk", "email"),
], [
    ("1. maj", "date"), ("571313174001234567", "meter_point_id"), ("34.812", "meter_reading"),
    ("1.450 kr. pr. kvartal", "price"), ("3 hverdage", "duration"), ("5500318224", "customer_number"),
    ("09:32", "duration"),
]),

rec("da-call-002", """
ja hej du har ringet til telenord du taler med camilla hvad kan jeg hjælpe med øh ja hej det er lasse nygaard jeg vil gerne flytte mit nummer over til jer fra mit gamle selskab ja det kan vi sagtens hvad er nummeret det er femogtyve tolv treogfyrre niogtres femogtyve tolv treogfyrre niogtres ja og så skal jeg bruge dit cpr-nummer for at bekræfte at det er dig der ejer nummeret ja det er nul otte nul tre niogtres femoghalvtreds fyrre tak og adressen det er jægergårdsgade tooghalvfjerds første sal otte tusind aarhus c okay det passer med det jeg kan se i registret
så vil du have et abonnement med tyve gigabyte det koster hundrede og nioghalvtreds kroner om måneden og der er ingen binding men der er seks måneder hvor du får halv pris ja det lyder fint øh og så har min datter emma også et nummer hos det gamle selskab kan det også flyttes ja hvis hun er over atten skal hun selv give fuldmagt ellers kan du gøre det hun er fjorten okay så kan du gøre det hvad er hendes nummer det er enogtyve halvfems nul to otteogtredive
og så skal vi have en mail hvor ordrebekræftelsen kan sendes hen det er lasse nygaard fireogfirs snabel a example punktum dk okay jeg har sendt en ordrebekræftelse med ordrenummer t n otte otte fire to og simkortet kommer med postnord inden for to til tre hverdage og dit nummer bliver flyttet den femtende april fint tak skal du have camilla ja selv tak hav en god dag
""", [
    p("camilla", "name"),
    p("lasse nygaard", "name"),
    p("femogtyve tolv treogfyrre niogtres", "phone"),
    p("nul otte nul tre niogtres femoghalvtreds fyrre", "national_id", scheme="cpr", canon="080369-5440"),
    p("jægergårdsgade tooghalvfjerds", "address"),
    p("otte tusind aarhus c", "postcode"),
    p("emma", "name"),
    p("enogtyve halvfems nul to otteogtredive", "phone"),
    p("lasse nygaard fireogfirs snabel a example punktum dk", "email", mns=["lasse nygaard fireogfirs snabel a example punktum dk", "lasse nygaard fireogfirs"]),
], [
    ("tyve gigabyte", "quantity"), ("hundrede og nioghalvtreds kroner om måneden", "price"), ("seks måneder", "duration"),
    ("t n otte otte fire to", "order_number"), ("to til tre hverdage", "duration"), ("den femtende april", "date"),
    ("postnord", "company"),
]),

rec("da-call-003", """
spk_0: Spærreservice, Fjordbanken, du taler med Kasper.
spk_1: Ja hej, det er Henrik Holm. Jeg har mistet mit kort, eller jeg tror det er stjålet. Jeg var i Netto og så var det væk.
spk_0: Det er surt. Vi spærrer det med det samme. Hvad er dit CPR-nummer?
spk_1: Treogtyve nul otte treoghalvfjerds, tredive fireoghalvfems.
spk_0: Tak. Er det Visa/Dankortet, der ender på 6576?
spk_1: Ja. Hele nummeret er 4571 6248 9556 6576, jeg har det i min kalender.
spk_0: Det er spærret nu, kl. 13.42. Jeg kan se to forsøg på 2.499 kr. i en elektronikbutik, som blev afvist, fordi PIN var forkert.
spk_1: Puha. Godt.
spk_0: Vi sender et nyt kort til folkeregisteradressen. Er det stadig Algade 22, 4000 Roskilde?
spk_1: Ja.
spk_0: Det tager 5-7 hverdage. Indtil da kan du bruge MobilePay, hvis den er koblet til din konto 3409-4600942943.
spk_1: Det er den. Min kone, Birgitte, har også et kort til samme konto, skal det også spærres?
spk_0: Nej, hendes kort har et andet nummer, det virker stadig. Jeg opretter en sag, sagsnummer 2024-118-4471, hvis du skal anmelde det til politiet.
spk_1: Kan I ringe til mig, hvis der sker mere? Mit nummer er +45 31 22 48 90.
spk_0: Jeg har skrevet det. Hvis du vil spærre uden for åbningstiden, ringer du bare til 70 33 44 55, den er åben døgnet rundt.
spk_1: Tak for hjælpen, Kasper.
""", [
    p("Kasper", "name"),
    p("Henrik Holm", "name"),
    p("Treogtyve nul otte treoghalvfjerds, tredive fireoghalvfems", "national_id", scheme="cpr", canon="230873-3094"),
    p("4571 6248 9556 6576", "card", scheme="luhn"),
    p("Algade 22, 4000 Roskilde", "address", mns=["Algade 22", "4000 Roskilde"]),
    p("3409-4600942943", "iban", mns=["3409-4600942943"]),
    p("Birgitte", "name"),
    p("+45 31 22 48 90", "phone"),
], [
    ("kl. 13.42", "time"), ("2.499 kr.", "price"), ("5-7 hverdage", "duration"), ("MobilePay", "product"),
    ("2024-118-4471", "case_number"), ("Netto", "company"), ("døgnet rundt", "duration"),
]),

rec("da-call-004", """
Rådgiver: Skadeafdelingen, Trygheden Forsikring, det er Line.
Kunde: Hej Line, Anders Bach-Nielsen her. Jeg har været ude for et uheld i morges på Ringvejen.
Rådgiver: Åh nej, er du okay?
Kunde: Ja, ja, kun bilen. Der var en varebil fra Jensen & Søn Tømrer, der bakkede ud fra en indkørsel og ramte min bagdør.
Rådgiver: Det lyder ikke som din skyld. Må jeg få din nummerplade?
Kunde: CX 48 312. Det er en Skoda Fabia.
Rådgiver: Og varebilens nummerplade?
Kunde: BK 19 774. Chaufføren hed Karina Lund, hun var meget flink, vi har udfyldt en skadeanmeldelse sammen. Hendes nummer er 28 91 04 63.
Rådgiver: Godt. Var der vidner?
Kunde: En ældre herre, Bent, han boede lige ved siden af. Jeg fik ikke hans efternavn.
Rådgiver: Det er fint. Må jeg bekræfte dit CPR, bare de første seks?
Kunde: 090795.
Rådgiver: Tak. Din adresse er Søndergade 41, 6400 Sønderborg?
Kunde: Ja.
Rådgiver: Jeg opretter skade nummer 24-773120. Du kan få bilen repareret hos Autoværksted Mogensen ApS, de er vores samarbejdspartner i Sønderborg. Din selvrisiko er 4.000 kr., men den får du tilbage, når modpartens forsikring har godkendt.
Kunde: Og lånebil?
Rådgiver: Den er med i din police, op til 10 dage. Jeg sender en mail til anders.bn@example.dk med et link, hvor du kan uploade billeder.
Kunde: Perfekt. Tak, Line.
""", [
    p("Line", "name"),
    p("Anders Bach-Nielsen", "name"),
    p("CX 48 312", "plate"),
    p("BK 19 774", "plate"),
    p("Karina Lund", "name"),
    p("28 91 04 63", "phone"),
    p("Bent", "name"),
    p("090795", "birth_date"),
    p("Søndergade 41, 6400 Sønderborg", "address", mns=["Søndergade 41", "6400 Sønderborg"]),
    p("anders.bn@example.dk", "email"),
], [
    ("Jensen & Søn Tømrer", "company"), ("Skoda Fabia", "product"), ("24-773120", "claim_number"),
    ("Autoværksted Mogensen ApS", "company"), ("4.000 kr.", "price"), ("10 dage", "duration"),
    ("Trygheden Forsikring", "company"),
]),

rec("da-call-005", """
BORGERSERVICE: Svendborg Kommune, Borgerservice, det er Pernille.
BORGER: Ja goddag, det er Peter Poulsen. Jeg ringer på vegne af min mor, Inger Margrethe Poulsen. Hun har mistet sit sundhedskort, og hun kan ikke selv finde ud af det digitale.
BORGERSERVICE: Det kan vi godt hjælpe med. Har du en fuldmagt fra hende?
BORGER: Ja, den har jeg lavet på borger.dk sidste år.
BORGERSERVICE: Jeg kan se den. Må jeg få hendes CPR-nummer?
BORGER: 191247-6471.
BORGERSERVICE: Tak. Hun bor på Skovvej 5, 5700 Svendborg?
BORGER: Ja, men hun er flyttet på plejehjem nu, Ryttergården, så posten skal derhen. Plejehjemmet ligger ude ved havnen, men det er vel ikke hendes bopæl endnu?
BORGERSERVICE: Det er først, når flytningen er registreret. Jeg kan se, at hendes MitID-bruger er ingerpoulsen47, og den er spærret efter for mange forkerte forsøg.
BORGER: Det forklarer det. Kan jeg låse den op?
BORGERSERVICE: Nej, det skal hun møde op til. Vi har tid tirsdag kl. 10.15. Et nyt sundhedskort koster 195 kr., og det kommer efter cirka 14 dage.
BORGER: Okay. Kan I ringe til mig i stedet for hende? 61 74 09 32.
BORGERSERVICE: Ja, jeg noterer dig som kontaktperson. Jeg sender også en kvittering til din Digital Post, og sagsnummeret er 24-004193. Hendes læge står stadig som Lone Frandsen, skal det ændres?
BORGER: Nej, hun beholder sin læge.
BORGERSERVICE: Fint. Så ses vi tirsdag.
""", [
    p("Pernille", "name"),
    p("Peter Poulsen", "name"),
    p("Inger Margrethe Poulsen", "name"),
    p("191247-6471", "national_id", scheme="cpr"),
    p("Skovvej 5, 5700 Svendborg", "address", mns=["Skovvej 5", "5700 Svendborg"]),
    p("ingerpoulsen47", "username"),
    p("61 74 09 32", "phone"),
    p("Lone Frandsen", "name"),
], [
    ("Ryttergården", "company"), ("tirsdag kl. 10.15", "time"), ("195 kr.", "price"), ("14 dage", "duration"),
    ("24-004193", "case_number"), ("Digital Post", "product"), ("Svendborg Kommune", "authority"),
]),

rec("da-call-006", """
Speaker A: Lægerne i Brårup, det er Tina, sekretær.
Speaker B: Hej, det er Jytte Kristensen. Jeg skal have fornyet min recept.
Speaker A: Det kan jeg godt hjælpe med. Må jeg få dit CPR-nummer?
Speaker B: Fireogtyve nul seks femoghalvfjerds, fjorten halvtreds.
Speaker A: Jytte Kristensen, født 24. juni 1975. Hvilken medicin er det?
Speaker B: Det er Pinex 500 mg, og så den der blodtryksmedicin, som doktor Abildgaard startede i januar.
Speaker A: Amlodipin 5 mg, ja. Abildgaard vil gerne se dig til kontrol, før den bliver fornyet igen. Kan du komme torsdag kl. 8.40?
Speaker B: Ja, men så skal mit barnebarn Frida passes... jo, det går. Kan jeg samtidig få taget blodprøve?
Speaker A: Ja, det sætter jeg på. Den første recept sender jeg til Apoteket Løven i Grindsted som sidst.
Speaker B: Dejligt. Og så skal I have mit nye nummer, jeg har fået mobil, 42 18 60 97.
Speaker A: 42 18 60 97, noteret. Står du stadig på Østergade 12 A?
Speaker B: Ja, Østergade 12 A, 7200 Grindsted.
Speaker A: Godt. Husk at tage sygesikringskortet med. Ses på torsdag.
Speaker B: Tak, Tina. Hils doktor Abildgaard.
""", [
    p("Tina", "name"),
    p("Jytte Kristensen", "name"),
    p("Fireogtyve nul seks femoghalvfjerds, fjorten halvtreds", "national_id", scheme="cpr", canon="240675-1450"),
    p("24. juni 1975", "birth_date"),
    p("Abildgaard", "name"),
    p("Frida", "name"),
    p("42 18 60 97", "phone"),
    p("Østergade 12 A, 7200 Grindsted", "address", mns=["Østergade 12 A", "7200 Grindsted"]),
], [
    ("Pinex 500 mg", "quantity"), ("Amlodipin 5 mg", "quantity"), ("torsdag kl. 8.40", "time"),
    ("Apoteket Løven", "company"), ("Lægerne i Brårup", "company"), ("januar", "date"),
]),

rec("da-call-007", """
00:00:03 Agent: Pakkelinjen, du taler med Mads.
00:00:06 Kunde: Hej, det er Rasmus Dahl. Min pakke siger leveret, men den er her ikke.
00:00:12 Agent: Det må vi se på. Har du track-and-trace-nummeret?
00:00:16 Kunde: Ja, 00370712345678901234.
00:00:29 Agent: Den blev leveret i går kl. 15.21 og lagt ved døren, står der. Hvad er din adresse?
00:00:34 Kunde: Frederikssundsvej 184, 3. th., 2700 Brønshøj.
00:00:41 Agent: Og efternavnet, kan du stave det?
00:00:44 Kunde: D som David, A som Anna, H som Hans, L som Ludvig.
00:00:52 Agent: Tak. Chaufføren, Torben, har skrevet "afleveret til nabo". Har du talt med naboen?
00:00:58 Kunde: Ja, Grethe Thomsen ovenpå, hun har ikke fået noget. Hun sagde, at der også manglede en pakke til hende i sidste uge.
00:01:09 Agent: Mærkeligt. Jeg laver en efterlysning. Pakken vejer 4,2 kg, og afsenderen er en webshop, så de kan sende en ny, når efterlysningen er afsluttet om 5 hverdage.
00:01:22 Kunde: Okay. Kan I skrive til mig på rasmus.dahl@example.dk? Og hvis den kommer, må min kæreste Amalie godt kvittere.
00:01:27 Agent: Ja. Og et telefonnummer?
00:01:30 Kunde: 53 66 12 09.
00:01:36 Agent: Efterlysning nr. EFT-2024-55821. Hvis den dukker op, kan den hentes i pakkeshoppen i Rema 1000 på Brønshøj Torv.
00:01:44 Kunde: Tak for hjælpen.
""", [
    p("Mads", "name"),
    p("Rasmus Dahl", "name", add=["D som David, A som Anna, H som Hans, L som Ludvig"]),
    p("Frederikssundsvej 184, 3. th., 2700 Brønshøj", "address", mns=["Frederikssundsvej 184", "2700 Brønshøj"]),
    p("Grethe Thomsen", "name"),
    p("Torben", "name"),
    p("Amalie", "name"),
    p("rasmus.dahl@example.dk", "email"),
    p("53 66 12 09", "phone"),
], [
    ("00370712345678901234", "tracking_number"), ("kl. 15.21", "time"), ("4,2 kg", "quantity"),
    ("5 hverdage", "duration"), ("EFT-2024-55821", "case_number"), ("Rema 1000", "company"),
]),

rec("da-call-008", """
— Føroya Net kundeservice, tú tosar við Rúna. Eh, undskyld, skal vi tage det på dansk?
— Ja tak, det er nemmere for mig. Det er Bárður Joensen. Jeg er lige flyttet hjem til Tórshavn efter mange år i Odense, og jeg vil gerne have fiber.
— Velkommen hjem! Hvad er adressen?
— Jónas Broncks gøta 9, FO-100 Tórshavn.
— Den adresse kan få fiber 500/500. Det koster 389 kr. om måneden, og oprettelsen er gratis lige nu. Må jeg få dit P-tal?
— Ja, 181077-742.
— Tak. Og hvordan vil du betale, via bankoverførsel eller kort?
— Overførsel. Min konto er FO05 6460 9676 8343 19.
— Fint. Installationen kan ske i uge 14. Teknikeren ringer inden, hvad er dit nummer?
— 21 43 56. Eller min kone, Sigrid, på 59 12 80.
— Og en e-mail?
— bardur.joensen@example.com.
— Du får en ordrebekræftelse med kundenummer 80-44121. Routeren er en Zyxel, den kommer med posten. Er der ellers noget?
— Nej, det var det. Tak, Rúna.
""", [
    p("Rúna", "name"),
    p("Bárður Joensen", "name"),
    p("Jónas Broncks gøta 9, FO-100 Tórshavn", "address", mns=["Jónas Broncks gøta 9", "FO-100"]),
    p("181077-742", "national_id", scheme="ptal"),
    p("FO05 6460 9676 8343 19", "iban", scheme="iban"),
    p("21 43 56", "phone"),
    p("Sigrid", "name"),
    p("59 12 80", "phone"),
    p("bardur.joensen@example.com", "email"),
], [
    ("fiber 500/500", "product"), ("389 kr. om måneden", "price"), ("uge 14", "date"),
    ("80-44121", "customer_number"), ("Zyxel", "product"), ("Odense", "place"),
]),

rec("da-call-009", """
(00:00) Kundeservice: Kalaallit El & Vand, goddag, det er Nivi.
(00:03) Kunde: Goddag. Mit navn er Aviaja Lynge, jeg bor i Nuuk. Jeg har fået en regning på vand, som jeg ikke forstår.
(00:11) Kundeservice: Den skal vi nok se på. Har du dit CPR-nummer?
(00:14) Kunde: Ja. Øh, vent lige... nul to, elleve, enoghalvfjerds, niogfirs, nul nul.
(00:27) Kundeservice: Så har jeg dig. Issortarfimmut 7, lejlighed 203, 3900 Nuuk?
(00:31) Kunde: Ja. Men der står et forbrug på 148 kubikmeter, det er tre gange så meget som sidste år.
(00:38) Kundeservice: Der står en måleraflæsning fra 12. februar. Kan der være en utæt toilet?
(00:44) Kunde: Min søn, Malik, sagde, at toilettet løb hele vinteren. Det har han fikset nu.
(00:51) Kundeservice: Så er det nok forklaringen. Jeg kan dele regningen på 3.960 kr. i 4 rater. Skal det trækkes fra kontoen, som ender på 59 59?
(00:59) Kunde: Ja, GL74 6471 4295 7859 59.
(01:05) Kundeservice: Det er den. Jeg sender en aftale til aviaja.lynge@example.dk. Dit telefonnummer er +299 32 18 44?
(01:11) Kunde: Nej, det er 52 74 11 nu.
(01:15) Kundeservice: Rettet. Har du brug for andet?
(01:18) Kunde: Nej, qujanaq, Nivi.
""", [
    p("Nivi", "name"),
    p("Aviaja Lynge", "name"),
    p("nul to, elleve, enoghalvfjerds, niogfirs, nul nul", "national_id", scheme="cpr", canon="021171-8900"),
    p("Issortarfimmut 7, lejlighed 203, 3900 Nuuk", "address", mns=["Issortarfimmut 7", "3900 Nuuk"]),
    p("Malik", "name"),
    p("GL74 6471 4295 7859 59", "iban", scheme="iban"),
    p("aviaja.lynge@example.dk", "email"),
    p("+299 32 18 44", "phone"),
    p("52 74 11", "phone"),
], [
    ("148 kubikmeter", "quantity"), ("12. februar", "date"), ("3.960 kr.", "price"), ("4 rater", "quantity"),
    ("Kalaallit El & Vand", "company"), ("(01:18)", "timestamp"),
]),

rec("da-call-010", """
[00:00:05] FITNESS: Puls Fitness Odense, det er Emil.
[00:00:08] KUNDE: Hej Emil, det er Frederik Møller. Jeg vil gerne melde mig ud.
[00:00:13] FITNESS: Ærgerligt! Må jeg spørge hvorfor?
[00:00:15] KUNDE: Jeg har fået en skade i knæet, og lægen siger, jeg skal holde pause i et halvt år.
[00:00:22] FITNESS: Så kan du også sætte medlemskabet i bero i op til 6 måneder i stedet. Det koster 49 kr. om måneden.
[00:00:30] KUNDE: Nej, jeg vil hellere stoppe helt.
[00:00:33] FITNESS: Helt i orden. Hvad er dit medlemsnummer?
[00:00:36] KUNDE: PF-288104.
[00:00:40] FITNESS: Og din fødselsdato?
[00:00:42] KUNDE: Andenogtyvende oktober halvfemsogtres. Nej, undskyld, 22. oktober 1996.
[00:00:50] FITNESS: Tak. Opsigelsen er løbende måned plus en måned, så sidste trækning er den 1. maj på 299 kr. fra reg.nr. 9570, konto 7410810099.
[00:01:02] KUNDE: Ja, det er den. Jeg har også betalt for de her PT-timer med Sara, 4 stk., kan jeg få dem refunderet?
[00:01:10] FITNESS: Dem refunderer vi via MobilePay. Er det på 27 40 18 63?
[00:01:15] KUNDE: Ja.
[00:01:17] FITNESS: Jeg sender en bekræftelse til frederik.moeller@example.com. God bedring med knæet, Frederik.
""", [
    p("Emil", "name"),
    p("Frederik Møller", "name"),
    p("Andenogtyvende oktober halvfemsogtres", "birth_date"),
    p("22. oktober 1996", "birth_date"),
    p("reg.nr. 9570, konto 7410810099", "iban", mns=["7410810099", "9570"]),
    p("Sara", "name"),
    p("27 40 18 63", "phone"),
    p("frederik.moeller@example.com", "email"),
], [
    ("Puls Fitness Odense", "company"), ("6 måneder", "duration"), ("49 kr. om måneden", "price"),
    ("PF-288104", "member_number"), ("den 1. maj", "date"), ("299 kr.", "price"), ("4 stk.", "quantity"),
]),

rec("da-call-011", """
LØNKONTOR: Lønkontoret, Hanne Vestergaard.
MEDARBEJDER: Hej Hanne, det er Sofie Lindgren fra lageret i Tåstrup. Jeg har et spørgsmål til min lønseddel for marts.
LØNKONTOR: Hej Sofie. Hvad er dit medarbejdernummer?
MEDARBEJDER: 40771.
LØNKONTOR: Tak. Hvad drejer det sig om?
MEDARBEJDER: Jeg bor i Sverige, og der er trukket dansk A-skat med 37 %. Min kollega Mikkel sagde, at jeg skulle være på grænsegængerreglerne.
LØNKONTOR: Lad mig se. Dit CPR er 220664-7872, og vi har din adresse som Södra Förstadsgatan 41, 211 43 Malmö. Skattekortet er et bikort, derfor. Du skal have SKAT til at lave et nyt hovedkort.
MEDARBEJDER: Okay. Og feriepengene?
LØNKONTOR: De er 12,5 % og går til FerieKonto som normalt. Din løn for 37 timer går stadig ind på din danske konto, reg.nr. 2191 konto 1261517673?
MEDARBEJDER: Ja. Kan I sende en kopi af lønsedlen til min private mail? sofie.lindgren@example.com.
LØNKONTOR: Det kan jeg. Og mobilnummer, +46 70 123 45 67?
MEDARBEJDER: Ja.
LØNKONTOR: Jeg ringer, når skattekortet er rettet. Du får det manglende tilbage i april-lønnen.
""", [
    p("Hanne Vestergaard", "name"),
    p("Sofie Lindgren", "name"),
    p("Mikkel", "name"),
    p("220664-7872", "national_id", scheme="cpr"),
    p("Södra Förstadsgatan 41, 211 43 Malmö", "address", mns=["Södra Förstadsgatan 41", "211 43"]),
    p("reg.nr. 2191 konto 1261517673", "iban", mns=["1261517673", "2191"]),
    p("sofie.lindgren@example.com", "email"),
    p("+46 70 123 45 67", "phone"),
], [
    ("40771", "employee_number"), ("37 %", "percentage"), ("12,5 %", "percentage"), ("FerieKonto", "company"),
    ("37 timer", "duration"), ("april-lønnen", "pay_period"),
]),

rec("da-call-012", """
Goddag, Solrejser, du taler med Natasja. Ja goddag, det er Lars Winther. Vi har booket en tur til Mallorca i uge 29, og så har vi opdaget, at min søns pas er udløbet. Hvad er bookingnummeret? Det er K7Q2XB. Ja, jeg kan se fire personer: Lars og Pia Winther og børnene Oscar og Ida. Afgang 15. juli fra Billund, fly SK 1437, hotel Cala Marsal, 7 nætter. Det stemmer. Sønnens nye pas har nummeret 206548937, han er født den 3. marts 2012. Tak, det skriver jeg ind. Det er vigtigt, at navnet står nøjagtig som i passet. Står han som Oscar Emil Winther? Ja, det gør han. Godt. Og Pia, hun har vel stadig sin tyske adresse? Ja, hun bor stadig i Flensborg til sommer, Norderstraße 72, 24939 Flensburg. Fint, det er bare til rejseforsikringen. Vil I tilkøbe afbestillingsforsikring? Den koster 6 % af rejsens pris, altså 1.290 kr. Nej tak. Okay. Må jeg få et telefonnummer, hvis flyet bliver forsinket? Ja, 22 61 80 45. Og mail? lars.winther@example.dk. Så er alt på plads, rigtig god tur, og ring endelig på 33 12 12 12, hvis der er noget. Tak, Natasja, hej hej.
""", [
    p("Natasja", "name"),
    p("Lars Winther", "name"),
    p("Pia Winther", "name"),
    p("Oscar Emil Winther", "name"),
    p("Ida", "name"),
    p("206548937", "national_id"),
    p("3. marts 2012", "birth_date"),
    p("Norderstraße 72, 24939 Flensburg", "address", mns=["Norderstraße 72", "24939"]),
    p("22 61 80 45", "phone"),
    p("lars.winther@example.dk", "email"),
], [
    ("uge 29", "date"), ("K7Q2XB", "booking_number"), ("15. juli", "date"), ("SK 1437", "flight_number"),
    ("Cala Marsal", "product"), ("7 nætter", "duration"), ("1.290 kr.", "price"), ("6 %", "percentage"),
]),
]
