from schema import P, L, R

RECORDS = [
R("da-chat-001", """
    Ida (chatbot) 19:02: Hej! Jeg er Ida, din digitale assistent hos Boligmarked 🛋️ Hvad kan jeg hjælpe med?
    Dig 19:02: min ordre er ikke kommet
    Ida (chatbot) 19:02: Skriv dit ordrenummer, så tjekker jeg det.
    Dig 19:03: 5001-88231
    Ida (chatbot) 19:03: Din ordre er sendt med fragtmand og forventes leveret 14.-16. maj. Vil du tale med en medarbejder?
    Dig 19:03: ja
    Ida (chatbot) 19:03: Du bliver stillet videre. Forventet ventetid: 6 min.
    Nikolaj (kundeservice) 19:09: Hej, det er Nikolaj. Jeg kan se din sofa Viggo 3-pers. står på vores lager i Fredericia. Hvem har jeg fornøjelsen af?
    Dig 19:10: charlotte bundgaard
    Nikolaj (kundeservice) 19:10: Tak Charlotte. Leveringsadressen er Vibevej 22, 5200 Odense V?
    Dig 19:11: nej!! jeg er flyttet det er nu Tarupvej 15, 5210 Odense NV. det har jeg skrevet til jer før
    Nikolaj (kundeservice) 19:12: Det beklager jeg. Jeg retter det. Fragtmanden ringer på 30 11 45 87 dagen før?
    Dig 19:12: ja eller min kærestes nummer 42 19 08 63, han hedder Simon
    Nikolaj (kundeservice) 19:13: Noteret. Bekræftelsen sender vi til charlotte.bundgaard@example.dk?
    Dig 19:13: ja
    Nikolaj (kundeservice) 19:14: Som plaster på såret får du 250 kr. i rabat med koden SORRY250 🙂
    """,
    [P("Nikolaj", "name"),
     P("charlotte bundgaard", "name"),
     P("Charlotte", "name"),
     P("Vibevej 22, 5200 Odense V", "address", mns=["Vibevej 22", "5200"]),
     P("Tarupvej 15, 5210 Odense NV", "address", mns=["Tarupvej 15", "5210"]),
     P("30 11 45 87", "phone"),
     P("42 19 08 63", "phone"),
     P("Simon", "name"),
     P("charlotte.bundgaard@example.dk", "email")],
    [L("Ida", "chatbot_name"), L("5001-88231", "order_number"), L("14.-16. maj", "date"), L("6 min.", "duration"),
     L("Viggo 3-pers.", "product_first_name"), L("250 kr.", "price"), L("SORRY250", "discount_code")]),

R("da-chat-002", """
    [03.04.24 10:12:44] Tanja Holm: Hej, jeg fik jeres nummer af min nabo Gitte. Vi skal have malet stue og køkken, kan I give et tilbud?
    [03.04.24 10:15:02] Malermester Friis ApS: Hej Tanja 👋 Det kan vi godt. Hvor stort er det ca.?
    [03.04.24 10:16:30] Tanja Holm: ca 65 m2. adressen er Elmevej 4, 4000 Roskilde
    [03.04.24 10:40:11] Malermester Friis ApS: Vi kan komme forbi torsdag kl 16 og se på det. Min svend Mikkel kommer.
    [03.04.24 10:41:05] Tanja Holm: 👍
    [04.04.24 17:22:48] Malermester Friis ApS: <vedhæftet: tilbud_2024-117.pdf>
    [04.04.24 17:23:10] Malermester Friis ApS: Tilbud 2024-117: 28.400 kr. inkl. moms. Start uge 17, ca. 5 arbejdsdage.
    [04.04.24 20:02:33] Tanja Holm: Det lyder fint. Kan faktura sendes til min mand? Jakob Holm, jakobholm@example.dk
    [04.04.24 20:03:01] Tanja Holm: Og kan vi betale med MobilePay? mit nr er 20 48 61 37
    [05.04.24 08:10:14] Malermester Friis ApS: Ja, eller bankoverførsel. Husk at skrive fakturanummeret.
    [05.04.24 08:11:20] Tanja Holm: Vi betaler fra DK87 2548 9981 9122 70 hvis det er nemmere for jer at se
    [05.04.24 08:12:00] Malermester Friis ApS: 👍 Kan I lægge nøglen hos naboen, når vi starter?
    [05.04.24 08:30:41] Tanja Holm: ja hos Gitte Bech, hun er hjemme hele dagen
    """,
    [P("Tanja Holm", "name"),
     P("Gitte", "name"),
     P("Elmevej 4, 4000 Roskilde", "address", mns=["Elmevej 4", "4000"]),
     P("Mikkel", "name"),
     P("Jakob Holm", "name"),
     P("jakobholm@example.dk", "email"),
     P("20 48 61 37", "phone"),
     P("DK87 2548 9981 9122 70", "iban", scheme="iban"),
     P("Gitte Bech", "name")],
    [L("Malermester Friis ApS", "company_named_after_person"), L("65 m2", "quantity"),
     L("torsdag kl 16", "time"), L("Tilbud 2024-117", "quote_number"), L("28.400 kr.", "price"), L("uge 17", "date"),
     L("5 arbejdsdage", "duration"), L("03.04.24 10:12:44", "timestamp")]),

R("da-chat-003", """
    === Chat-log 883120 ===
    Startet: 2024-03-11 08:55:02 CET
    Kunde: karsten.skou (logget ind med MitID Erhverv)
    Kunde-IP: 198.51.100.77
    Produkt: VPS Medium (vps-2291)

    08:55:10 Karsten Skou: hej, min server svarer ikke på ssh siden i nat
    08:56:45 Support – Amalie: Godmorgen Karsten. Serveren er blevet låst kl. 03:12 pga. udgående spam. Der er sendt ca. 40.000 mails fra brugeren webshop_mail.
    08:57:30 Karsten Skou: hvad?! det er min kollega Line Vestergaard der styrer webshoppen
    08:58:02 Support – Amalie: Login til webshop_mail kom fra 203.0.113.201 og 2001:db8:4a1::17. Kender I dem?
    08:58:40 Karsten Skou: 2001:db8:4a1::17 er vores kontor. den anden ved jeg ikke
    08:59:15 Support – Amalie: Så er det sandsynligvis et kompromitteret password. I bør skifte alle passwords og slå 2FA til. Skal jeg låse kontoen webshop_mail?
    09:00:02 Karsten Skou: ja. og send rapporten til mig karsten@kgs.example.dk og til line.v@example.dk
    09:01:30 Support – Amalie: Gjort. Sag nr. HN-2024-1187. Vi genåbner serveren kl. 09:30.
    09:02:11 Karsten Skou: tak. ring hvis der er noget: 27 15 90 44
    """,
    [P("karsten.skou", "username"),
     P("198.51.100.77", "ip"),
     P("Karsten Skou", "name"),
     P("Amalie", "name"),
     P("webshop_mail", "username"),
     P("Line Vestergaard", "name"),
     P("203.0.113.201", "ip"),
     P("2001:db8:4a1::17", "ip"),
     P("karsten@kgs.example.dk", "email"),
     P("line.v@example.dk", "email"),
     P("27 15 90 44", "phone")],
    [L("883120", "chat_id"), L("2024-03-11 08:55:02", "timestamp"), L("40.000 mails", "quantity"),
     L("VPS Medium", "product"), L("HN-2024-1187", "case_number"), L("kl. 09:30", "time")]),

R("da-chat-004", """
    Facebook Messenger – FitZone Vejle

    Maja Kristensen
    hejjj jeg har glemt min pinkode til døren 🙈 medlemsnr 448120

    FitZone Vejle
    Hej Maja! Det fikser vi 💪 Vi sender en ny kode som sms til 53 22 71 90 – er det stadig dit nummer?

    Maja Kristensen
    nej!!! det er min gamle. nyt nr 60 84 13 27. og min mail er majakris98@example.dk

    FitZone Vejle
    Opdateret ✅ Btw kan jeg se at din betaling for maj (299 kr.) er afvist.

    Maja Kristensen
    åh nej ny bankkonto. reg 9861 konto 3749983146

    FitZone Vejle
    Den skal du selv tilmelde Betalingsservice i din netbank 😊 Vi prøver at trække igen om en uge.

    Maja Kristensen
    okok. og kan min veninde Amanda komme med gratis på lørdag? hun er 17

    FitZone Vejle
    Ja, med et gæstepas, det gælder lørdag kl. 10-12 til SpinFit 45 min. Hun skal have legitimation med, og under 18 kræver samtykke fra en forælder. /Hilsen Rikke

    Maja Kristensen
    perfekt tak rikke ❤️ hendes mor hedder Dorte Lind hvis i skal ringe 22 40 15 88
    """,
    [P("Maja Kristensen", "name"),
     P("53 22 71 90", "phone"),
     P("60 84 13 27", "phone"),
     P("majakris98@example.dk", "email"),
     P("reg 9861 konto 3749983146", "iban", scheme="dk_account", mns=["3749983146", "reg 9861 konto 3749983146"],
       norm="9861 3749983146"),
     P("Amanda", "name"),
     P("Rikke", "name", extra=["rikke"]),
     P("Dorte Lind", "name"),
     P("22 40 15 88", "phone")],
    [L("448120", "member_number"), L("299 kr.", "price"), L("kl. 10-12", "time"), L("Betalingsservice", "product"),
     L("SpinFit 45 min", "product")]),

R("da-chat-005", """
    Besked-tråd i Netbank · Emne: Spærret kort

    Du · 12.02.2024 14:21
    Hej. Mit kort er blevet spærret efter jeg købte noget på nettet. Kortnummer 4539 1391 4452 3790

    Banken · 12.02.2024 14:35
    Kære Steen Vinther
    Skriv venligst aldrig dit kortnummer i en besked. Vi har spærret kortet på grund af en mistænkelig transaktion på 7.450,00 DKK hos ELECTRO-WORLD LTD kl. 02:14, efter et login fra en ukendt enhed (IP 203.0.113.45). Var det dig?

    Du · 12.02.2024 14:40
    nej det var ikke mig!! Jeg har kun købt for 349 kr. hos Købmand Hansen i går

    Banken · 12.02.2024 14:52
    Så sender vi et nyt kort til din folkeregisteradresse, Lindealle 5, 2720 Vanløse. Beløbet sættes ind på din konto DK51 3459 4449 9894 16, når indsigelsen er behandlet (sag IND-2024-0213).
    Venlig hilsen
    Pernille Dahl, Kundecenter

    Du · 12.02.2024 15:05
    tak. Min kone Annette har et ekstrakort til samme konto, er det også spærret?

    Banken · 12.02.2024 15:20
    Ja, ekstrakortet til Annette Vinther er også spærret. Vi ringer til dig på 40 55 21 86, når de nye kort er sendt.
    """,
    [P("4539 1391 4452 3790", "card", scheme="card"),
     P("Steen Vinther", "name"),
     P("203.0.113.45", "ip"),
     P("Lindealle 5, 2720 Vanløse", "address", mns=["Lindealle 5", "2720"]),
     P("DK51 3459 4449 9894 16", "iban", scheme="iban"),
     P("Pernille Dahl", "name"),
     P("Annette Vinther", "name"),
     P("40 55 21 86", "phone")],
    [L("7.450,00 DKK", "price"), L("ELECTRO-WORLD LTD", "merchant"), L("kl. 02:14", "time"), L("349 kr.", "price"),
     L("Købmand Hansen", "company_named_after_person"), L("IND-2024-0213", "case_number"),
     L("12.02.2024 14:21", "timestamp")]),

R("da-chat-006", """
    (2024-05-02 11:04:18) Telly 🤖: Hej! Jeg er Telly. Vil du flytte dit nummer til os? Skriv "nummerflytning".
    (2024-05-02 11:04:30) Besøgende: nummerflytning men for 3 numre, familie
    (2024-05-02 11:04:31) Telly 🤖: Jeg sender dig videre til en kollega 👩‍💼
    (2024-05-02 11:07:55) Julie: Hej, Julie her! Hvilke numre skal flyttes, og hvem står som ejer?
    (2024-05-02 11:09:02) Besøgende: 24 71 88 30 (mig, Ole Thorsen), 25 18 42 67 (min datter Ida Thorsen), 26 90 11 54 (min søn Magnus)
    (2024-05-02 11:10:40) Julie: Tak Ole. For at flytte numrene skal jeg have ejerens cpr-nummer. Står alle tre numre i dit navn?
    (2024-05-02 11:11:15) Besøgende: ja. 170290-2157
    (2024-05-02 11:12:30) Julie: Perfekt. Familiepakken med 3 x 50 GB koster 397 kr./md. Nummerflytningen sker 8. maj kl. 06:00.
    (2024-05-02 11:13:10) Besøgende: og simkortene skal sendes til Bakkedraget 19, 8362 Hørning
    (2024-05-02 11:14:00) Julie: Det gør vi. Hvilken mail skal ordrebekræftelsen til?
    (2024-05-02 11:14:30) Besøgende: ole.thorsen@example.com
    (2024-05-02 11:14:45) Julie: Sendt! 😊
    """,
    [P("Julie", "name"),
     P("24 71 88 30", "phone"),
     P("Ole Thorsen", "name"),
     P("25 18 42 67", "phone"),
     P("Ida Thorsen", "name"),
     P("26 90 11 54", "phone"),
     P("Magnus", "name"),
     P("170290-2157", "national_id", scheme="cpr"),
     P("Bakkedraget 19, 8362 Hørning", "address", mns=["Bakkedraget 19", "8362"]),
     P("ole.thorsen@example.com", "email")],
    [L("Telly", "chatbot_name"), L("3 x 50 GB", "quantity"), L("397 kr./md.", "price"),
     L("8. maj kl. 06:00", "date"), L("2024-05-02 11:04:18", "timestamp")]),

R("da-chat-007", """
    Chat med Fjernvarme Midt · 18-01-2024
    [20:14] Kunde: hej vores radiatorer er kolde i hele huset ☹️ vi har 2 små børn
    [20:15] Rådgiver (Emma – vagt): Hej, det lyder træls. Hvad er adressen?
    [20:15] Kunde: Bøgevej 41 8600 Silkeborg
    [20:16] Rådgiver (Emma – vagt): Tak. Og dit navn?
    [20:16] Kunde: Rune Bak
    [20:17] Rådgiver (Emma – vagt): Kan du aflæse måleren? Der står et målernummer og en visning i MWh.
    [20:19] Kunde: målernr 66120448, visning 112,604 MWh, og fremløb 38 grader
    [20:20] Rådgiver (Emma – vagt): Fremløbet er lavt. Vi sender vagtmontøren, Søren Fogh, han er der inden kl. 22. Hvilket nummer skal han ringe på?
    [20:20] Kunde: 31 26 40 98 eller min kone Louise Bak 28 14 66 03
    [20:22] Rådgiver (Emma – vagt): Det koster ikke noget, hvis fejlen er på vores side, ellers 1.250 kr.
    [20:23] Kunde: ok. vores forbrugernummer er 7711-0042-18 hvis det hjælper
    [20:24] Kunde: og min svigermor bor også her, Ruth, hun er 84 så det haster lidt
    [20:24] Rådgiver (Emma – vagt): Forstået, jeg giver Søren besked.
    """,
    [P("Bøgevej 41 8600 Silkeborg", "address", mns=["Bøgevej 41", "8600"]),
     P("Emma", "name"),
     P("Rune Bak", "name"),
     P("Søren Fogh", "name"),
     P("31 26 40 98", "phone"),
     P("Louise Bak", "name"),
     P("28 14 66 03", "phone"),
     P("Ruth", "name")],
    [L("66120448", "meter_number"), L("112,604 MWh", "meter_reading"), L("38 grader", "quantity"),
     L("kl. 22", "time"), L("1.250 kr.", "price"), L("7711-0042-18", "customer_number"), L("18-01-2024", "date")]),

R("da-chat-008", """
    Aula · Beskeder · Tråd: Sygdom og udflugt 3.B

    Fra: Mona Jakobsen (forælder)
    Til: Tove Nørgaard; Kristian Lund
    Dato: 22.04.2024 07:31

    Hej Tove og Kristian
    Albert er syg i dag, han har feber. Hvis han er rask til udflugten torsdag, bliver han hentet af sin farmor kl. 14.00 i stedet for SFO. Hun hedder Bodil Jakobsen og har telefon 86 14 29 03.
    Albert skal have sin astmamedicin (Ventoline 0,1 mg) med på turen.
    Mvh Mona (mobil 21 78 45 10)

    ---
    Fra: Tove Nørgaard
    Dato: 22.04.2024 08:05

    Hej Mona. God bedring til Albert! Jeg har noteret at Bodil henter torsdag. Husk at udflugten koster 40 kr. til bus, som betales via skolens MobilePay-boks. Vi har i øvrigt fået en ny elev i klassen, Noah, så Albert får en ny sidemakker 🙂
    Venlig hilsen Tove
    """,
    [P("Mona Jakobsen", "name"),
     P("Tove Nørgaard", "name"),
     P("Kristian Lund", "name"),
     P("Albert", "name"),
     P("Bodil Jakobsen", "name"),
     P("86 14 29 03", "phone"),
     P("21 78 45 10", "phone"),
     P("Noah", "name")],
    [L("3.B", "class"), L("22.04.2024 07:31", "timestamp"), L("kl. 14.00", "time"), L("Ventoline 0,1 mg", "product"),
     L("40 kr.", "price")]),

R("da-chat-009", """
    Kunde (Sofie Brandt) 13:02: Hej, min hund Frida har spist en sok og skal opereres 😢 dækker min forsikring det?
    Pote-assistent 13:02: Hej! Jeg er Pote-assistenten 🐾 Jeg finder en medarbejder til dig.
    Medarbejder Mathias 13:05: Hej Sofie, det er Mathias. Det gør mig ondt at høre. Hvad er dit policenummer?
    Kunde (Sofie Brandt) 13:06: HF-330128
    Medarbejder Mathias 13:07: Tak. Frida, labrador, 4 år, sygeforsikring med 40.000 kr. i dækning og selvrisiko på 1.500 kr. + 20 %. Hvilken klinik er hun på?
    Kunde (Sofie Brandt) 13:08: Dyrlægerne Kjeldsen & Co i Ribe, det er dyrlæge Morten Krag der opererer
    Medarbejder Mathias 13:09: Så kan klinikken afregne direkte med os. Er adressen på policen stadig rigtig?
    Kunde (Sofie Brandt) 13:10: ja Plantagevej 8, 6760 Ribe. min mand Peter Brandt har også en hund hos jer, Bølle, er han også dækket for fremmedlegemer?
    Medarbejder Mathias 13:12: Bølle har samme dækning, ja. Peter er policeejer der, så han skal selv kontakte os for detaljer.
    Kunde (Sofie Brandt) 13:12: ok han har 40 31 77 25 hvis I vil ringe til ham. og send gerne kvittering til sofie.brandt@example.dk
    Kunde (Sofie Brandt) 13:13: vores datter Alma er helt knust 😭
    Medarbejder Mathias 13:14: Det forstår jeg godt. Vi krydser fingre for Frida 🐶
    """,
    [P("Sofie Brandt", "name"),
     P("Mathias", "name"),
     P("Morten Krag", "name"),
     P("Plantagevej 8, 6760 Ribe", "address", mns=["Plantagevej 8", "6760"]),
     P("Peter Brandt", "name"),
     P("40 31 77 25", "phone"),
     P("sofie.brandt@example.dk", "email"),
     P("Alma", "name")],
    [L("Frida", "pet_name"), L("Bølle", "pet_name"), L("Pote-assistent", "chatbot_name"),
     L("HF-330128", "policy_number"), L("40.000 kr.", "price"), L("1.500 kr.", "price"),
     L("Dyrlægerne Kjeldsen & Co", "company_named_after_person"), L("4 år", "age")]),

R("da-chat-010", """
    Skattechat · Forskudsopgørelse 2024
    Logget ind med MitID · CPR 210800-4785

    Borger: hej jeg har fået nyt job og skal rette min forskudsopgørelse men kan ikke finde det
    Skat (Lotte): Hej, det er Lotte. Det hjælper jeg gerne med. Vil du bekræfte dit navn?
    Borger: Oliver Damgaard Nissen
    Skat (Lotte): Tak Oliver. Hvad forventer du at tjene i det nye job?
    Borger: 38.500 kr om måneden fra 1. juni, før det SU og et deltidsjob
    Skat (Lotte): Så lander du på ca. 334.000 kr. i alt for 2024. Har du kørsel til arbejde?
    Borger: ja 52 km hver vej til Randers. arbejdsgiveren er Ib Andersen Elektro A/S
    Borger: og jeg er flyttet sammen med min kæreste Emilie Koch på Jægergårdsgade 118, 1. th., 8000 Aarhus C
    Skat (Lotte): Adressen kommer automatisk fra folkeregistret. Jeg har rettet din forskudsopgørelse, og din nye trækprocent er 37 %. Skattekortet sendes automatisk til Ib Andersen Elektro A/S.
    Borger: super. min far Jens Nissen sagde jeg skulle tjekke min NemKonto, er den rigtig?
    Skat (Lotte): Den står som reg. 8737 konto 9727611256.
    Borger: ja det passer. kan I sende en sms når det er klar? 50 92 13 46
    Skat (Lotte): Vi sender besked i Digital Post, men jeg noterer nummeret.
    """,
    [P("210800-4785", "national_id", scheme="cpr"),
     P("Lotte", "name"),
     P("Oliver Damgaard Nissen", "name"),
     P("Emilie Koch", "name"),
     P("Jægergårdsgade 118, 1. th., 8000 Aarhus C", "address", mns=["Jægergårdsgade 118", "8000"]),
     P("Jens Nissen", "name"),
     P("reg. 8737 konto 9727611256", "iban", scheme="dk_account", norm="8737 9727611256",
       mns=["9727611256", "reg. 8737 konto 9727611256"]),
     P("50 92 13 46", "phone")],
    [L("38.500 kr", "price"), L("1. juni", "date"), L("334.000 kr.", "price"), L("52 km", "quantity"),
     L("Ib Andersen Elektro A/S", "company_named_after_person"), L("37 %", "percentage")]),
]
