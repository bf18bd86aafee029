# Danish e-mails (8)
RECORDS = []

RECORDS.append(dict(id="da-email-001", language="da", channel="email", text="""Emne: SV: Årsopgørelse vand 2024 – kundenr. 40 118 772

Hej Kirsten,

Tak for dit svar, men jeg forstår stadig ikke, hvordan vi kan have brugt 212 m³ vand i en husstand på to personer, min kone Hanne og mig. Sidste år var det 78 m³. Vi har ikke haft nogen utætheder, og måleren (nr. 19-448210) blev skiftet i august.

Jeg vil gerne have, at I kommer ud og kontrollerer måleren, før jeg betaler de 9.866,50 kr. Beløbet må ikke trækkes fra DK78 6936 2044 7109 29, før sagen er afklaret.

Venlig hilsen
Palle Juhl Sønderby
Kastanievej 19
7100 Vejle
Tlf. 75 83 12 60 / mobil 24 19 37 88
palle.sonderby@gmail.com

Den 12. februar 2025 skrev Kirsten Abildgaard <kundeservice@vejlevand.dk>:
> Kære Palle Juhl Sønderby
> Vi har gennemgået din aflæsning, og forbruget er opgjort korrekt. Du kan se dit forbrug time for time på Min side.
> Med venlig hilsen
> Kirsten Abildgaard, Kundeservice
> Vejle Vand A/S · Havneparken 1 · 7100 Vejle""",
planted=[
    P("Hanne", "name", ["Hanne"]),
    P("DK78 6936 2044 7109 29", "iban", check="iban"),
    P("Palle Juhl Sønderby", "name", ["Palle", "Juhl", "Sønderby"]),
    P("Kastanievej 19", "address"),
    P("75 83 12 60", "phone"),
    P("24 19 37 88", "phone"),
    P("palle.sonderby@gmail.com", "email", ["palle.sonderby@gmail.com", "palle.sonderby"]),
    P("Kirsten Abildgaard", "name", ["Kirsten", "Abildgaard"]),
],
lookalikes=[
    L("40 118 772", "customer_number"),
    L("212 m³", "quantity"),
    L("78 m³", "quantity"),
    L("19-448210", "meter_number"),
    L("9.866,50 kr.", "amount"),
    L("12. februar 2025", "date"),
    L("Min side", "product"),
]))

RECORDS.append(dict(id="da-email-002", language="da", channel="email", text="""---------- Videresendt meddelelse ----------
Fra: Camilla Lund <cl@faellesbanken.dk>
Dato: tir. 4. mar. 2025 kl. 11.02
Emne: Boliglån – ny kunde
Til: Kreditafdelingen <kredit@faellesbanken.dk>

Hej kredit,

Kan I se på denne? Kunden har været hos os til møde i dag.

Navn: Ib Rasmussen-Kaae
CPR: 190557-7839
Adresse: Møllebakken 3, Hørve, 4534 Hørve
Ønsket lån: 1.450.000 kr. til køb af Stationsvej 11, 4500 Nykøbing Sj. (sag 2025-BL-3318)
Udbetaling: 290.000 kr. fra DK69 9361 5435 7031 48
Årsindkomst ca. 512.000 kr. (pensionist)

Han vil gerne have lånet sammen med sin samlever, Ruth Nørgaard, cpr 271158-0355. Hun kommer med lønsedler på torsdag.

Mvh Camilla
Privatrådgiver
Fællesbanken · Algade 20 · 4300 Holbæk · 59 99 00 00""",
planted=[
    P("Camilla Lund", "name", ["Camilla", "Lund"]),
    P("cl@faellesbanken.dk", "email", ["cl@faellesbanken.dk"]),
    P("Ib Rasmussen-Kaae", "name", ["Ib", "Rasmussen", "Kaae"]),
    P("190557-7839", "national_id", check="cpr"),
    P("Møllebakken 3, Hørve, 4534 Hørve", "address", ["Møllebakken 3", "4534"]),
    P("Stationsvej 11, 4500 Nykøbing Sj.", "address", ["Stationsvej 11", "4500"]),
    P("DK69 9361 5435 7031 48", "iban", check="iban"),
    P("Ruth Nørgaard", "name", ["Ruth", "Nørgaard"]),
    P("271158-0355", "national_id", check="cpr"),
],
lookalikes=[
    L("tir. 4. mar. 2025 kl. 11.02", "timestamp"),
    L("1.450.000 kr.", "amount"),
    L("2025-BL-3318", "case_number"),
    L("290.000 kr.", "amount"),
    L("512.000 kr.", "amount"),
    L("kredit@faellesbanken.dk", "organisation_email"),
]))

RECORDS.append(dict(id="da-email-003", language="da", channel="email", text="""Fra: Rikke Thygesen <rikt@skolekom.dk>
Til: Forældre i 5.A
Emne: Tur til Den Blå Planet torsdag d. 22. maj

Kære forældre i 5.A

Torsdag d. 22. maj tager vi på tur til Den Blå Planet. Vi mødes kl. 8.15 ved bussen på P-pladsen og er tilbage ca. kl. 15.30. Turen koster 75 kr., som betales via MobilePay-box 4471AB.

Husk madpakke og drikkedunk. Særligt:
– Noah Lindqvist har nøddeallergi; hans mor, Jeanette Lindqvist, har lovet at give hans EpiPen med.
– Selma Haddad skal hentes kl. 14 af sin morfar, Karim Haddad (tlf. 31 77 04 62).

Vi mangler stadig en forælder som hjælper. Skriv til mig, hvis I kan.

Mange hilsner
Rikke Thygesen
Klasselærer, 5.A
Mobil 22 63 91 40 (kun sms i skoletiden)""",
planted=[
    P("Rikke Thygesen", "name", ["Rikke", "Thygesen"]),
    P("rikt@skolekom.dk", "email", ["rikt@skolekom.dk", "rikt"]),
    P("Noah Lindqvist", "name", ["Noah", "Lindqvist"]),
    P("Jeanette Lindqvist", "name", ["Jeanette", "Lindqvist"]),
    P("Selma Haddad", "name", ["Selma", "Haddad"]),
    P("Karim Haddad", "name", ["Karim", "Haddad"]),
    P("31 77 04 62", "phone"),
    P("22 63 91 40", "phone"),
],
lookalikes=[
    L("5.A", "class"),
    L("Den Blå Planet", "place"),
    L("torsdag d. 22. maj", "date"),
    L("kl. 8.15", "time"),
    L("75 kr.", "price"),
    L("4471AB", "payment_box"),
    L("EpiPen", "product"),
]))

RECORDS.append(dict(id="da-email-004", language="da", channel="email", text="""Emne: Re: Ordrebekræftelse #HB-220917

Hej Hjemmebutikken

Jeg har kun modtaget den ene af de to lamper (Louis Poulsen PH 5, varenr. 5741-0032). Kan I sende den anden, eller skal jeg returnere den ene? Hvis den skal afhentes, står den hos min søster, Dorte Kofoed, Lille Torv 3, 3700 Rønne.

Mvh
Mette-Marie Kofoed
+45 27 48 11 93

> Tak for din ordre, Mette-Marie!
> Ordrenr.: #HB-220917 · Bestilt: 18.01.2025
> 2 stk. PH 5 pendel, hvid · 2 × 6.995,00 kr.
> Levering: Mette-Marie Kofoed, Vestergade 7B, 1. sal, 3700 Rønne
> Telefon: +45 27 48 11 93
> E-mail: mmkofoed@bornholmnet.dk
> Betalt med: Visa **** 2759
> Kundekonto: bornholmerpigen
>
> Hjemmebutikken ApS · Industrivej 4 · 8700 Horsens · CVR 12 34 56 78 · kundeservice@hjemmebutikken.dk""",
planted=[
    P("Mette-Marie Kofoed", "name", ["Mette-Marie", "Mette", "Marie", "Kofoed"]),
    P("+45 27 48 11 93", "phone"),
    P("Vestergade 7B, 1. sal, 3700 Rønne", "address", ["Vestergade 7B", "3700"]),
    P("mmkofoed@bornholmnet.dk", "email", ["mmkofoed@bornholmnet.dk", "mmkofoed"]),
    P("Dorte Kofoed", "name", ["Dorte", "Kofoed"]),
    P("Lille Torv 3, 3700 Rønne", "address", ["Lille Torv 3", "3700"]),
    P("bornholmerpigen", "username"),
],
lookalikes=[
    L("#HB-220917", "order_number"),
    L("Louis Poulsen PH 5", "product"),
    L("5741-0032", "article_number"),
    L("18.01.2025", "order_date"),
    L("2 × 6.995,00 kr.", "price"),
    L("CVR 12 34 56 78", "company_registration"),
    L("Hjemmebutikken", "company_name"),
]))

RECORDS.append(dict(id="da-email-005", language="da", channel="email", text="""Til: udlejning@ejendomsselskabet-norden.dk
Emne: Depositum lejemål 4-117 – fraflytning 31.01

Kære Torben Klitgaard

Jeg fraflyttede Holmbladsgade 71, 2. tv., 2300 København S den 31. januar, og ved fraflytningssynet den 3. februar blev der ikke noteret mangler ud over maling af stuen (anslået 4.200 kr.).

Jeg har endnu ikke modtaget de resterende 23.400 kr. af mit depositum på 27.600 kr. Da jeg nu bor i Sverige, bedes beløbet overført til min svenske konto:

SE45 5000 0000 0583 9825 7466 (SEB)
Kontohaver: Linnea Dahlgren Vestergaard
CPR: 250381-1521

Min nye adresse er Storgatan 12 lgh 1102, 211 34 Malmö, og jeg kan træffes på +46 70 123 45 67.

Min tidligere samlever, Jonas Fredslund, har givet sit samtykke til, at hele beløbet udbetales til mig.

Med venlig hilsen
Linnea Dahlgren Vestergaard""",
planted=[
    P("Torben Klitgaard", "name", ["Torben", "Klitgaard"]),
    P("Holmbladsgade 71, 2. tv., 2300 København S", "address", ["Holmbladsgade 71", "2300"]),
    P("SE45 5000 0000 0583 9825 7466", "iban", check="iban"),
    P("Linnea Dahlgren Vestergaard", "name", ["Linnea", "Dahlgren", "Vestergaard"]),
    P("250381-1521", "national_id", check="cpr"),
    P("Storgatan 12 lgh 1102, 211 34 Malmö", "address", ["Storgatan 12 lgh 1102", "211 34"]),
    P("+46 70 123 45 67", "phone"),
    P("Jonas Fredslund", "name", ["Jonas", "Fredslund"]),
],
lookalikes=[
    L("4-117", "lease_number"),
    L("31.01", "date"),
    L("3. februar", "date"),
    L("4.200 kr.", "amount"),
    L("23.400 kr.", "amount"),
    L("27.600 kr.", "amount"),
]))

RECORDS.append(dict(id="da-email-006", language="da", channel="email", text="""Fra: Jens Overgaard <jens@overgaard-tomrer.dk>
Sendt: 14. oktober 2024 07:58
Til: info@vestjyskbilservice.dk
Cc: Gunhild Mørk <gunhild@overgaard-tomrer.dk>
Emne: VS: Tilbud på reparation – AK 39 502

Hej Brian

Jeg sender lige dit tilbud videre til vores bogholder, Gunhild, så hun kan godkende det. Bilen er firmabil og bruges af vores svend, Nikolaj Bertelsen.

/Jens

-----Original meddelelse-----
Fra: Brian Kjeldsen, Vestjysk Bilservice
Emne: Tilbud på reparation – AK 39 502

Tilbud nr. T-2024-1187 på VW Crafter, reg.nr. AK 39 502:
– Udskiftning af koblingssæt (varenr. 06K 141 015) … 7.450 kr.
– Svinghjul … 4.980 kr.
I alt inkl. moms: 15.537,50 kr. Arbejdstid ca. 6,5 timer.
Bilen kan være klar fredag kl. 16, hvis vi får grønt lys i dag.
Nikolaj kan træffes på 40 92 18 66, når bilen er klar.

Venlig hilsen
Brian Kjeldsen""",
planted=[
    P("Jens Overgaard", "name", ["Jens", "Overgaard"]),
    P("jens@overgaard-tomrer.dk", "email", ["jens@overgaard-tomrer.dk"]),
    P("Gunhild Mørk", "name", ["Gunhild", "Mørk"]),
    P("gunhild@overgaard-tomrer.dk", "email", ["gunhild@overgaard-tomrer.dk", "gunhild"]),
    P("AK 39 502", "plate"),
    P("Nikolaj Bertelsen", "name", ["Nikolaj", "Bertelsen"]),
    P("Brian Kjeldsen", "name", ["Brian", "Kjeldsen"]),
    P("40 92 18 66", "phone"),
],
lookalikes=[
    L("14. oktober 2024 07:58", "timestamp"),
    L("T-2024-1187", "quote_number"),
    L("VW Crafter", "product"),
    L("06K 141 015", "part_number"),
    L("7.450 kr.", "price"),
    L("15.537,50 kr.", "amount"),
    L("6,5 timer", "duration"),
    L("fredag kl. 16", "time"),
]))

RECORDS.append(dict(id="da-email-007", language="da", channel="email", text="""Emne: Flytning og ændring af forsikringer – police 5510-883201

Aluu / Goddag

Jeg flytter pr. 1. juni fra Nuuk til Aasiaat, og jeg vil gerne have mine forsikringer overført.

Gammel adresse: Qernertuarsuit 12, lejl. 204, 3900 Nuuk
Ny adresse: B-725, 3950 Aasiaat

Indboforsikringen skal hæves til 400.000 kr., da vi bliver fire i husstanden. Bådforsikringen på min jolle (Nanoq 17 fod, 60 HK Yamaha) skal fortsætte uændret.

Min hustru, Paninnguaq Lyberth, skal stå som medforsikret.

Mine oplysninger:
Aputsiaq Petersen
CPR 081290-0536
Mobil +299 89 47 12
aputsiaq.p@greennet.gl

Qujanaq
Aputsiaq""",
planted=[
    P("Qernertuarsuit 12, lejl. 204, 3900 Nuuk", "address", ["Qernertuarsuit 12, lejl. 204", "Qernertuarsuit 12", "3900"]),
    P("B-725, 3950 Aasiaat", "address", ["B-725", "3950"]),
    P("Paninnguaq Lyberth", "name", ["Paninnguaq", "Lyberth"]),
    P("Aputsiaq Petersen", "name", ["Aputsiaq", "Petersen"]),
    P("081290-0536", "national_id", check="cpr"),
    P("+299 89 47 12", "phone"),
    P("aputsiaq.p@greennet.gl", "email", ["aputsiaq.p@greennet.gl", "aputsiaq.p"]),
],
lookalikes=[
    L("5510-883201", "policy_number"),
    L("1. juni", "date"),
    L("400.000 kr.", "amount"),
    L("Nanoq 17 fod", "product"),
    L("60 HK Yamaha", "product"),
    L("fire i husstanden", "quantity"),
]))

RECORDS.append(dict(id="da-email-008", language="da", channel="email", text="""Til: recept@apotekethorsens.dk
Emne: Levering af medicin til min mor

Kære Apoteket

Min mor, Elly Margrethe Frandsen (cpr 170744-9736), er faldet og kan ikke selv komme ned på apoteket. Kan I levere hendes medicin? Det drejer sig om Eliquis 5 mg (100 stk.) og Furix 40 mg, som egen læge, dr. Lars Bonde, har fornyet i går.

Hun bor på Sundvej 88, 1. th., 8700 Horsens. Hun hører dårligt, så ring hellere til mig på 21 45 98 03, end til hende på 75 62 41 17.

Betalingen kan I trække på mit kort, hvis det er muligt: 4882 7597 9025 2759. Ellers kan jeg betale via faktura til mig på Rosenvængets Allé 6, 2100 København Ø.

På forhånd tak.

Venlig hilsen
Hans-Henrik Frandsen
hhfrandsen@privat.dk""",
planted=[
    P("Elly Margrethe Frandsen", "name", ["Elly", "Margrethe", "Frandsen"]),
    P("170744-9736", "national_id", check="cpr"),
    P("dr. Lars Bonde", "name", ["Lars", "Bonde"]),
    P("Sundvej 88, 1. th., 8700 Horsens", "address", ["Sundvej 88", "8700"]),
    P("21 45 98 03", "phone"),
    P("75 62 41 17", "phone"),
    P("4882 7597 9025 2759", "card", check="luhn"),
    P("Rosenvængets Allé 6, 2100 København Ø", "address", ["Rosenvængets Allé 6", "2100"]),
    P("Hans-Henrik Frandsen", "name", ["Hans-Henrik", "Hans", "Henrik", "Frandsen"]),
    P("hhfrandsen@privat.dk", "email", ["hhfrandsen@privat.dk", "hhfrandsen"]),
],
lookalikes=[
    L("Eliquis 5 mg", "product"),
    L("100 stk.", "quantity"),
    L("Furix 40 mg", "product"),
    L("recept@apotekethorsens.dk", "organisation_email"),
    L("i går", "date"),
    L("Apoteket", "organisation"),
]))
