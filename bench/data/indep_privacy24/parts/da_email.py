from schema import P, L, R

RECORDS = [
R("da-email-001", """
    Fra: Jannik Skov <jannik.skov@example.dk>
    Til: skade@havbo.example.dk
    Emne: Sv: Din anmeldelse af indbrud – skadenr. 2024-IN-00412
    Dato: 14. marts 2024 kl. 21:03

    Hej Vibeke

    Tak for svaret. Politiets journalnummer er 3700-80123-00456-24. Betjenten, politiassistent Brian Friis, sagde at I kan kontakte ham direkte.

    Liste over stjålne ting:
    - MacBook Air M2, købt 2023, 10.499 kr.
    - Guldring efter min mormor, ca. 6.000 kr.
    - Cykel, Kildemoes Logic, ca. 4.200 kr.

    Det var min nabo, Hanne Vestergaard, der opdagede at døren stod åben. Min samlever Cecilie Holt var bortrejst den weekend.

    Beløbet bedes udbetalt til min NemKonto.

    Jannik Skov
    Tlf. 42 60 17 93
    Nørregade 27, 2. tv.
    5000 Odense C

    > Den 12. mar. 2024 kl. 10:41 skrev Vibeke Rask <skade@havbo.example.dk>:
    >
    > Kære Jannik Skov
    >
    > Vi har modtaget din anmeldelse af indbrud på adressen Nørregade 27, 2. tv., 5000 Odense C
    > den 9. marts 2024. For at vi kan behandle sagen, skal vi bruge:
    > - politiets journalnummer
    > - en liste over de stjålne genstande med pris og købsår
    >
    > Med venlig hilsen
    > Vibeke Rask
    > Skadebehandler, Havbo Forsikring
    > Havbo Forsikring · Strandvejen 100 · 2900 Hellerup · Tlf. 70 20 30 40
    """,
    [P("Jannik Skov", "name"),
     P("jannik.skov@example.dk", "email"),
     P("Vibeke Rask", "name"),
     P("Brian Friis", "name"),
     P("Hanne Vestergaard", "name"),
     P("Cecilie Holt", "name"),
     P("42 60 17 93", "phone"),
     P("Nørregade 27, 2. tv.\n5000 Odense C", "address", mns=["Nørregade 27", "5000"])],
    [L("2024-IN-00412", "claim_number"), L("3700-80123-00456-24", "police_reference"), L("MacBook Air M2", "product"),
     L("10.499 kr.", "price"), L("6.000 kr.", "price"), L("Kildemoes Logic", "product"),
     L("9. marts 2024", "date")]),

R("da-email-002", """
    Fra: Bent Lykke <bent.lykke@example.dk>
    Sendt: 2. februar 2024 09:12
    Til: Advokatfirmaet Holm & Krogh <post@holmkrogh.example.dk>
    Emne: VS: Dødsbo efter Ellen Lykke

    Kære Sidsel Mørch

    Hermed videresendt mail fra banken. Som nævnt i telefonen døde min mor, Ellen Lykke (cpr 140238-1468), den 3. januar. Min søster Karin Lykke Bruun og jeg er eneste arvinger.

    Venlig hilsen
    Bent Lykke
    Tlf. 23 45 98 10

    ---------- Videresendt meddelelse ----------
    Fra: Dødsbo-teamet, Fjordbanken <doedsbo@fjordbanken.example.dk>
    Dato: tir. 30. jan. 2024 kl. 15:44
    Emne: Dødsbo efter Ellen Lykke
    Til: bent.lykke@example.dk

    Kære Bent Lykke

    Vi har registreret dødsfaldet. Afdødes konti er spærret:
    - Budgetkonto DK17 6178 8002 1581 08, saldo 48.221,15 kr.
    - Opsparing DK49 7201 9132 7423 15, saldo 312.900,00 kr.

    For at frigive midlerne skal vi have en skifteretsattest. Husk at opgive afdødes sidste adresse over for skifteretten: Ringstedgade 41, 4700 Næstved.

    Med venlig hilsen
    Lene Wulff
    Dødsbo-teamet
    """,
    [P("Bent Lykke", "name"),
     P("bent.lykke@example.dk", "email"),
     P("Sidsel Mørch", "name"),
     P("Ellen Lykke", "name"),
     P("140238-1468", "national_id", scheme="cpr"),
     P("Karin Lykke Bruun", "name"),
     P("23 45 98 10", "phone"),
     P("DK17 6178 8002 1581 08", "iban", scheme="iban"),
     P("DK49 7201 9132 7423 15", "iban", scheme="iban"),
     P("Ringstedgade 41, 4700 Næstved", "address", mns=["Ringstedgade 41", "4700"]),
     P("Lene Wulff", "name")],
    [L("Advokatfirmaet Holm & Krogh", "company_named_after_person"), L("48.221,15 kr.", "price"),
     L("312.900,00 kr.", "price"), L("3. januar", "date"), L("tir. 30. jan. 2024 kl. 15:44", "date")]),

R("da-email-003", """
    Fra: Nanna Friis <nanna.friis@example.com>
    Sendt: mandag 8. april 2024 22:47
    Til: Ejendomsadministration Nord <udlejning@ean.example.dk>
    Cc: 'Kasper Møller' <kasper.moeller@example.net>
    Emne: Skimmelsvamp i lejligheden – lejemål 402-117

    Til Rasmus

    Som jeg sagde til dig ved besigtigelsen for 3 uger siden, er der skimmelsvamp i soveværelset og på badeværelset i min lejlighed på Vesterbrogade 140, 4. tv., 1620 København V. Der er stadig ikke sket noget.

    Min søn Viggo har astma, og vores læge, Anne Skau, har skrevet en erklæring om, at fugten forværrer den (vedhæftet). Min genbo Bjarne har samme problem i sin lejlighed.

    Jeg kræver, at skaden bliver udbedret, og at huslejen på 9.850 kr. nedsættes med 20 %, indtil det er sket. Min advokat, Kasper Møller, står cc.

    Venlig hilsen
    Nanna Friis
    31 09 44 72
    """,
    [P("Nanna Friis", "name"),
     P("nanna.friis@example.com", "email"),
     P("Kasper Møller", "name"),
     P("kasper.moeller@example.net", "email"),
     P("Rasmus", "name"),
     P("Vesterbrogade 140, 4. tv., 1620 København V", "address", mns=["Vesterbrogade 140", "1620"]),
     P("Viggo", "name"),
     P("Anne Skau", "name"),
     P("Bjarne", "name"),
     P("31 09 44 72", "phone")],
    [L("402-117", "contract_number"), L("mandag 8. april 2024 22:47", "date"), L("9.850 kr.", "price"),
     L("20 %", "percentage"), L("3 uger", "duration")]),

R("da-email-004", """
    Fra: Pipaluk Kleist <pipaluk.k@example.dk>
    Sendt: 19. februar 2024 13:15
    Til: Boligsikring <boligsikring@sermersooq.example.org>
    Emne: SV: Manglende dokumentation – boligsikring

    Hej Aviaja

    Vedhæftet lønsedler for oktober–december for mig og min samlever Ole Lynge. Vores husleje er 6.240 kr. pr. måned for 3 værelser på Qaumarujuk 12, 3905 Nuussuaq. Vi har to børn, Inuk og Ivalu.

    Mit cpr-nummer er 050792-2844. Boligsikringen skal udbetales til GL35 6471 8898 5106 72.

    Qujanaq
    Pipaluk Kleist
    tlf. 52 38 71

    -----Oprindelig meddelelse-----
    Fra: Aviaja Petersen <boligsikring@sermersooq.example.org>
    Sendt: 12. februar 2024 10:02
    Til: pipaluk.k@example.dk
    Emne: Manglende dokumentation – boligsikring

    Kære Pipaluk Kleist

    Vi mangler dokumentation for husstandens samlede indkomst for 2023 (sag 2024-BS-1190). Dokumentationen skal være os i hænde senest 1. marts 2024.

    Venlig hilsen
    Aviaja Petersen
    Sagsbehandler, Boligsikring
    Kommuneqarfik Sermersooq · Postboks 1005 · 3900 Nuuk · tlf. +299 36 70 00
    """,
    [P("Pipaluk Kleist", "name"),
     P("pipaluk.k@example.dk", "email"),
     P("Aviaja Petersen", "name"),
     P("Ole Lynge", "name"),
     P("Qaumarujuk 12, 3905 Nuussuaq", "address", mns=["Qaumarujuk 12", "3905"]),
     P("Inuk", "name"),
     P("Ivalu", "name"),
     P("050792-2844", "national_id", scheme="cpr"),
     P("GL35 6471 8898 5106 72", "iban", scheme="iban"),
     P("52 38 71", "phone")],
    [L("6.240 kr.", "price"), L("3 værelser", "quantity"), L("2024-BS-1190", "case_number"),
     L("1. marts 2024", "date"), L("12. februar 2024 10:02", "date")]),

R("da-email-005", """
    Fra: "Torben Lassen" <t.lassen61@example.dk>
    Til: booking@fysiocenter-aros.example.dk
    Emne: Henvisning fra egen læge – skulder
    Dato: Tue, 5 Mar 2024 06:48:12 +0100

    Hej

    Jeg har fået en henvisning til fysioterapi fra min læge, Ditte Ravnkilde (Lægerne i Risskov), pga. frossen skulder. Henvisningsnummer H-20240304-1187.

    Mine oplysninger:
    Navn: Torben Lassen
    Cpr: 231161-2317
    Adresse: Fuglesangs Allé 24, 8210 Aarhus V
    Tlf: 20 11 58 94 (mobil), 86 15 33 27 (direkte på arbejdet)
    Sygeforsikring "danmark": gruppe 1

    Jeg kan bedst om morgenen før kl. 8 eller efter kl. 16. Sidst blev jeg behandlet af Mads Ebbesen, og ham vil jeg gerne have igen.

    Min kone, Jytte Lassen, er også patient hos jer og vil gerne have sin tid flyttet fra onsdag 13. marts til en fredag. Hun er født 30.09.1963, hvis I skal bruge det.

    Mvh Torben
    """,
    [P("Torben Lassen", "name"),
     P("t.lassen61@example.dk", "email"),
     P("Ditte Ravnkilde", "name"),
     P("231161-2317", "national_id", scheme="cpr"),
     P("Fuglesangs Allé 24, 8210 Aarhus V", "address", mns=["Fuglesangs Allé 24", "8210"]),
     P("20 11 58 94", "phone"),
     P("86 15 33 27", "phone"),
     P("Mads Ebbesen", "name"),
     P("Jytte Lassen", "name"),
     P("30.09.1963", "birth_date", scheme="birth", norm="1963-09-30")],
    [L("H-20240304-1187", "referral_number"), L("Tue, 5 Mar 2024 06:48:12 +0100", "date"), L("kl. 8", "time"),
     L("onsdag 13. marts", "date"), L("kl. 16", "time"), L("gruppe 1", "insurance_group")]),

R("da-email-006", """
    Emne: SV: Ordre DK-559102 – told og moms Færøerne
    Fra: Kundeservice <kundeservice@cykelgrej.example.dk>
    Til: Heðin Poulsen <hedin.poulsen@example.com>

    Hej Heðin

    Tak for din mail. Vi kan desværre ikke betale færøsk told og moms for dig – beløbet på 812 DKK opkræves af Posta og ikke af os. Vi refunderer til gengæld fragten på 149 kr. til dit kort inden for 5 hverdage.

    Mvh
    Ronja
    Cykelgrej Kundeservice

    -----Original Message-----
    From: Heðin Poulsen <hedin.poulsen@example.com>
    Sent: Sunday, March 3, 2024 11:20 PM
    To: kundeservice@cykelgrej.example.dk
    Subject: Ordre DK-559102 – told og moms Færøerne

    Hej
    Jeg har bestilt en elcykel, Winther Wave 500, og Posta har krævet 812 kr. før de vil udlevere den. Det stod ingen steder på jeres side!

    Adresse: Gøtuvegur 14, FO-510 Gøta
    Tlf: +298 59 44 12
    Kortet: Visa 4485 1403 5502 5081 (ja det er hele nummeret, I må trække pengene tilbage herpå)
    Mit p-tal, hvis I skal bruge det til tolddeklarationen: 260762-974

    Min bror Sámal henter pakken for mig på posthuset, hvis det bliver nødvendigt.

    Heðin Poulsen
    """,
    [P("Heðin Poulsen", "name"),
     P("hedin.poulsen@example.com", "email"),
     P("Ronja", "name"),
     P("Gøtuvegur 14, FO-510 Gøta", "address", mns=["Gøtuvegur 14", "FO-510"]),
     P("+298 59 44 12", "phone"),
     P("4485 1403 5502 5081", "card", scheme="card"),
     P("260762-974", "national_id", scheme="ptal"),
     P("Sámal", "name")],
    [L("DK-559102", "order_number"), L("812 DKK", "price"), L("149 kr.", "price"), L("Winther Wave 500", "product"),
     L("Sunday, March 3, 2024 11:20 PM", "date"), L("5 hverdage", "duration")]),

R("da-email-007", """
    Fra: Mikkel Toft <mikkel.toft@example.com>
    Til: Løn & Personale <loen@danskemballage.example.dk>
    Cc: Helle Brix
    Emne: Barsel og ny konto

    Hej Løn

    Vores datter Agnes kom til verden d. 28/3-2024 🎉 Jeg holder 2 ugers fædreorlov fra 2/4 og derefter 8 uger fra 1/8, som aftalt med Helle Brix. Agnes har fået cpr-nummer 280324-4862. Min partner, Louise Dalgaard, er ansat i Region Midtjylland og søger selv barselsdagpenge.

    Lønnen for april skal i øvrigt gå til min nye konto: reg. 5259 konto 4724873949.

    Jeg var syg i ugen op til fødslen, lægeerklæring fra min læge, Poul Hviid, er vedhæftet.

    Mit medarbejdernummer er 30118.

    Med venlig hilsen
    Mikkel Toft
    Lagermedarbejder, Dansk Emballage A/S
    Mobil 29 40 87 16
    """,
    [P("Mikkel Toft", "name"),
     P("mikkel.toft@example.com", "email"),
     P("Helle Brix", "name"),
     P("Agnes", "name"),
     P("28/3-2024", "birth_date", scheme="birth", norm="2024-03-28"),
     P("280324-4862", "national_id", scheme="cpr"),
     P("Louise Dalgaard", "name"),
     P("reg. 5259 konto 4724873949", "iban", scheme="dk_account", norm="5259 4724873949",
       mns=["4724873949", "reg. 5259 konto 4724873949"]),
     P("Poul Hviid", "name"),
     P("29 40 87 16", "phone")],
    [L("2 ugers fædreorlov", "duration"), L("8 uger", "duration"), L("2/4", "date"), L("1/8", "date"),
     L("30118", "employee_number"), L("Region Midtjylland", "organisation")]),

R("da-email-008", """
    Fra: NOC <noc@driftnord.example.net>
    Til: it@tandlaege-vejlefjord.example.dk
    Emne: [INC-24-0331] Mistænkelig login-aktivitet på Microsoft 365 – handling påkrævet
    Dato: 31.03.2024 04:12

    Hej Kristoffer

    Vores overvågning har registreret mistænkelige logins på brugeren bettina.lorentzen (Bettina Lorentzen, sekretær). Kontoen har også aliaset sekretaer2.

    Uddrag af log (UTC):
    2024-03-31 01:47:02 SIGNIN_SUCCESS user=bettina.lorentzen src=203.0.113.88 geo=NL
    2024-03-31 01:47:40 MAILBOX_RULE_CREATED user=bettina.lorentzen rule="RSS Feeds" forward=b.l.invoices@example.org
    2024-03-31 01:52:18 SIGNIN_FAILED user=j.aagaard src=203.0.113.88
    2024-03-31 02:03:55 SIGNIN_SUCCESS user=bettina.lorentzen src=192.0.2.17 geo=DK (klinikkens router)

    Vi har spærret kontoen, nulstillet passwordet og fjernet videresendelsesreglen. Kontakt venligst Bettina på hendes mobil (26 54 19 83), så hun kan sætte nyt password og MFA op.

    Da kontoen har adgang til patientkalenderen, skal I vurdere, om der er tale om et brud på persondatasikkerheden. Det skal i så fald anmeldes til Datatilsynet inden for 72 timer.

    Venlig hilsen
    Oskar Winther
    NOC-tekniker, DriftNord ApS
    Industrivej 3, 7100 Vejle · tlf. 70 70 12 12
    """,
    [P("Kristoffer", "name"),
     P("bettina.lorentzen", "username"),
     P("Bettina Lorentzen", "name"),
     P("sekretaer2", "username"),
     P("203.0.113.88", "ip"),
     P("b.l.invoices@example.org", "email"),
     P("j.aagaard", "username"),
     P("192.0.2.17", "ip"),
     P("26 54 19 83", "phone"),
     P("Oskar Winther", "name")],
    [L("INC-24-0331", "ticket_number"), L("31.03.2024 04:12", "date"), L("72 timer", "duration"),
     L("RSS Feeds", "rule_name"), L("2024-03-31 01:47:02", "timestamp"), L("Microsoft 365", "product")]),
]
