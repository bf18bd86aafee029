from rec import R, N, P, A, E, U, L

RECORDS = [
R("da-chat-001", """
[14:31] Frida (virtuel assistent): Hej 👋 Jeg er Frida, Bølgenets digitale assistent. Hvad kan jeg hjælpe dig med?
[14:31] Du: min regning er forkert
[14:31] Frida (virtuel assistent): Jeg forstår, at du har spørgsmål til din regning. Skriv dit mobilnummer, så finder jeg dit abonnement.
[14:32] Du: 31 57 02 94
[14:32] Frida (virtuel assistent): Tak! Jeg sender dig videre til en medarbejder. Forventet ventetid: 6 min.
[14:38] Emil | Bølgenet: Hej, du skriver med Emil. Jeg kan se abonnementet står i navnet Malene Krogh, er det dig?
[14:38] Du: ja
[14:39] Emil | Bølgenet: Til verifikation: din fødselsdato og adresse?
[14:40] Du: 19.09.1985, Frederiksberg Allé 58, 4. th, 1820 Frederiksberg C
[14:41] Emil | Bølgenet: Tak Malene. Du er blevet opkrævet 489 kr. for roaming i Schweiz den 12.-14. april. Din pakke "Fri Tale 100 GB" dækker kun EU.
[14:42] Du: det stod der ikke noget om!! 😤
[14:43] Emil | Bølgenet: Jeg kan give en kulancekreditering på 50% = 244,50 kr. Den kommer på næste faktura (nr. 8830041).
[14:44] Du: ok fint. send bekræftelse til malene.krogh@example.net.. nej vent, malenekrogh85@example.com
""", [
    P("31 57 02 94", "phone"), N("Emil"), N("Malene Krogh"), P("19.09.1985", "birth_date"),
    A("Frederiksberg Allé 58, 4. th, 1820 Frederiksberg C", "Frederiksberg Allé 58", "1820"),
    E("malene.krogh@example.net"), E("malenekrogh85@example.com"),
], [L("Frida", "bot_name"), L("6 min", "duration"), L("489 kr.", "price"), L('"Fri Tale 100 GB"', "product"),
    L("12.-14. april", "date"), L("244,50 kr.", "price"), L("8830041", "invoice_number")]),

R("da-chat-002", """
02.05.24, 07:58 - Michael Dahl: Godmorgen. Er bilen klar i dag? Det er den sorte Golf, BK 71 305
02.05.24, 08:12 - Autoværkstedet Lund & Søn: Godmorgen Michael. Den er til syn kl. 10, og så mangler vi kun at skifte bremseskiver bag. Pris 2.850 kr inkl. moms. Ok?
02.05.24, 08:13 - Michael Dahl: Ja gør det
02.05.24, 08:13 - Michael Dahl: Min svigerfar Kurt henter den, han har nummer 40 19 28 76
02.05.24, 14:40 - Autoværkstedet Lund & Søn: Bilen er klar 👍 Faktura 24-1187 sendes til Tøndervej 12, 6200 Aabenraa?
02.05.24, 14:44 - Michael Dahl: Nej, vi er flyttet til Lyngbakken 9, 6230 Rødekro
02.05.24, 14:44 - Michael Dahl: <Medier udeladt>
02.05.24, 14:45 - Michael Dahl: og send den gerne på mail til m.dahl@example.org
02.05.24, 14:50 - Autoværkstedet Lund & Søn: Rettet. Næste syn er 02.05.2026.
""", [
    N("Michael Dahl"), P("BK 71 305", "plate"), N("Kurt"), P("40 19 28 76", "phone"),
    A("Tøndervej 12, 6200 Aabenraa", "Tøndervej 12", "6200"), A("Lyngbakken 9, 6230 Rødekro", "Lyngbakken 9", "6230"),
    E("m.dahl@example.org"),
], [L("Autoværkstedet Lund & Søn", "company"), L("kl. 10", "time"), L("2.850 kr", "price"),
    L("24-1187", "invoice_number"), L("02.05.2026", "date"), L("Golf", "product")]),

R("da-chat-003", """
Messenger-samtale med Bageriet Hvedebrød

Sanne Vestergaard: hej jeg har bestilt en lagkage "Prinsesse Ida" til lørdag (ordre #HB-2231) men vil gerne ændre teksten 🎂
Bageriet Hvedebrød: Hej Sanne! Det kan sagtens lade sig gøre. Hvad skal der stå?
Sanne Vestergaard: "Tillykke Alberte 7 år" 🥳 hun fylder år d. 11. maj
Bageriet Hvedebrød: Så skriver vi det. Kagen koster 395 kr og kan hentes fra kl. 8. Skal den leveres?
Sanne Vestergaard: ja gerne til Solsikkevej 21, 5700 Svendborg. ring på 27 93 40 18 hvis vi ikke åbner
Bageriet Hvedebrød: Levering 49 kr ekstra. Du får kvittering på mail?
Sanne Vestergaard: sanne.v@example.org
Sanne Vestergaard: min mand hedder Kristian Vestergaard hvis han åbner døren 😊
Bageriet Hvedebrød: Perfekt, tak!
""", [
    N("Sanne Vestergaard"), N("Alberte"), P("d. 11. maj", "birth_date"),
    A("Solsikkevej 21, 5700 Svendborg", "Solsikkevej 21", "5700"), P("27 93 40 18", "phone"), E("sanne.v@example.org"),
    N("Kristian Vestergaard"),
], [L('"Prinsesse Ida"', "product"), L("#HB-2231", "order_number"), L("395 kr", "price"), L("kl. 8", "time"),
    L("49 kr", "price"), L("Bageriet Hvedebrød", "company")]),

R("da-chat-004", """
Chat – Sydkysten Bank
Anders (Sydkysten Bank): Hej, du skriver med Anders. Hvad kan jeg hjælpe med?
Kunde: jeg har fået en mærkelig sms om at mit kort er spærret og skulle indtaste oplysninger
Anders (Sydkysten Bank): Det lyder som phishing. Har du indtastet noget?
Kunde: ja desværre, kortnummer og udløb. det var det her 5570 2395 8154 2647
Anders (Sydkysten Bank): Tak, jeg spærrer det med det samme. Du skal ikke sende kortnummeret igen. Må jeg få dit navn og CPR til kontrol?
Kunde: Lærke Holm Jacobsen 060883-2769
Anders (Sydkysten Bank): Tak Lærke. Kortet er spærret kl. 09:42. Jeg kan se en trækning på 3.499,00 kr. hos "TechShop24" – er det dig?
Kunde: nej!!
Anders (Sydkysten Bank): Så opretter jeg en indsigelse (sag 5531-IND). Pengene bliver sat tilbage på din konto DK17 9567 3922 2638 09 inden for 10 bankdage. Nyt kort sendes til din adresse Klostervej 4, 5000 Odense C.
Kunde: tak. kan I ringe mig op på 51 27 83 60 hvis der sker mere?
Anders (Sydkysten Bank): Ja, det noterer jeg.
""", [
    N("Anders"), P("5570 2395 8154 2647", "card"), N("Lærke Holm Jacobsen"), P("060883-2769", "national_id", scheme="cpr"),
    P("DK17 9567 3922 2638 09", "iban"), A("Klostervej 4, 5000 Odense C", "Klostervej 4", "5000"), P("51 27 83 60", "phone"),
], [L("kl. 09:42", "time"), L("3.499,00 kr.", "price"), L('"TechShop24"', "company"), L("5531-IND", "case_number"),
    L("10 bankdage", "duration"), L("Sydkysten Bank", "company")]),

R("da-chat-005", """
Rejsefeber.dk – chat
Kunde: hej vi har booket en pakkerejse til Mallorca (booking 904417) og der er en fejl i min søns navn
Cecilie | Rejsefeber: Hej! Du skriver med Cecilie. Hvad står der, og hvad skal det være?
Kunde: der står Viktor Mikkelsen men han hedder Victor Mikkelsen med c. pasnr 211483307
Cecilie | Rejsefeber: Tak. Og hans fødselsdato?
Kunde: 03.02.2012
Cecilie | Rejsefeber: Og hovedbookers navn og fødselsdato?
Kunde: Tina Mikkelsen 27.11.1978
Cecilie | Rejsefeber: Tak Tina. Navneændring koster 250 kr. Fly DK1520 den 13. juli kl. 06:10 fra Billund er uændret. Ny bekræftelse kommer på tina.mikkelsen@example.com
Kunde: super. og mit nummer er skiftet til 60 42 19 85
Cecilie | Rejsefeber: Opdateret ☀️ God tur!
""", [
    N("Cecilie"), N("Viktor Mikkelsen"), N("Victor Mikkelsen"), P("211483307", "national_id", scheme="none"),
    P("03.02.2012", "birth_date"), N("Tina Mikkelsen"), P("27.11.1978", "birth_date"), E("tina.mikkelsen@example.com"),
    P("60 42 19 85", "phone"),
], [L("904417", "booking_number"), L("250 kr.", "price"), L("DK1520", "flight_number"), L("13. juli", "date"),
    L("kl. 06:10", "time"), L("Mallorca", "location")]),

R("da-chat-006", """
Aula – besked
Fra: Rikke Brandt (forælder til Ella 2.B)
Til: Skolekontoret, Vesterbro Skole
Emne: Skift af adresse og kontaktoplysninger

Hej
Vi er flyttet, så vores nye adresse er Istedgade 81, 3. tv., 1650 København V. Hendes CPR er 140258-7527 hvis I skal bruge det til SFO-ændringen... nej undskyld, det er min fars! Ella har 250816-3312.
Min nye mobil er 28 03 61 94. Hendes far, Jacob Brandt, har stadig 40 58 21 37.
Venlig hilsen Rikke

Fra: Skolekontoret (Dorthe)
Tak Rikke, det er opdateret. SFO-takst fra 1. august er 2.120 kr. pr. måned. Husk forældremøde tirsdag den 27. august kl. 17.00.
""", [
    N("Rikke Brandt"), N("Ella"), A("Istedgade 81, 3. tv., 1650 København V", "Istedgade 81", "1650"),
    P("140258-7527", "national_id", scheme="cpr"), P("250816-3312", "national_id", scheme="cpr"),
    P("28 03 61 94", "phone"), N("Jacob Brandt"), P("40 58 21 37", "phone"), N("Dorthe"),
], [L("2.B", "class"), L("Vesterbro Skole", "organisation"), L("1. august", "date"), L("2.120 kr.", "price"),
    L("tirsdag den 27. august kl. 17.00", "date")]),

R("da-chat-007", """
Pote Forsikring – chat
Bot Bamse: Vov! 🐾 Jeg er Bamse. Vil du anmelde en skade, ændre din police eller noget andet?
Kunde: anmelde skade
Bot Bamse: Jeg stiller dig om til en medarbejder.
Sofus (Pote Forsikring): Hej, det er Sofus. Hvad er der sket?
Kunde: Vores kat Mille har brækket et ben og dyrlægen siger operation. Overslag 9.800 kr. Policenr PF-118204
Sofus (Pote Forsikring): Åh nej, stakkels Mille. Hvem står som forsikringstager?
Kunde: Charlotte Bech, født 08.01.1963. Min søn Mathias var med hos dyrlægen
Sofus (Pote Forsikring): Tak. Og dyrlægen?
Kunde: Dyreklinikken Hvidbjerg i Vejle
Sofus (Pote Forsikring): Vi dækker 80 % efter selvrisiko på 1.000 kr. Udbetaling til NemKonto, eller en anden konto?
Kunde: til DK93 9006 7169 2349 50 tak. min adresse er Bredgade 102, 7100 Vejle og mail cbech@example.net
Sofus (Pote Forsikring): Perfekt, sagen er oprettet.
""", [
    N("Sofus"), N("Charlotte Bech"), P("08.01.1963", "birth_date"), P("DK93 9006 7169 2349 50", "iban"),
    A("Bredgade 102, 7100 Vejle", "Bredgade 102", "7100"), E("cbech@example.net"), N("Mathias"),
], [L("Bamse", "bot_name"), L("Mille", "pet_name"), L("9.800 kr.", "price"), L("PF-118204", "policy_number"),
    L("Dyreklinikken Hvidbjerg", "company"), L("80 %", "quantity"), L("1.000 kr.", "price")]),

R("da-chat-008", """
LønPortalen – support-chat
Supporter: Hej, jeg hedder Morten fra LønPortalen. Hvordan kan jeg hjælpe?
Bruger (logget ind som nina.kh): jeg kan ikke se min lønseddel for april
Supporter: Det undersøger jeg. Dit medarbejdernummer?
Bruger: 2047 hos Byggeservice ApS
Supporter: Tak. Jeg kan se, at lønsedlen er udsendt til e-Boks den 30.04. Ser du den ikke dér?
Bruger: nej. og jeg har skiftet bank, løn skal gå til reg 5301 konto 0244 817 392
Supporter: Det skal ændres af din arbejdsgiver. Jeg ser i øvrigt login fra 192.0.2.61 i nat kl. 02:17, er det dig?
Bruger: nej?? jeg bruger kun min telefon, 2001:db8:4a::17
Supporter: Så spærrer jeg adgangen og sender en ny adgangskode til nina.k.holm@example.com. Må jeg bekræfte dit fulde navn og CPR?
Bruger: Nina Kragh Holm, 160572-3841
Supporter: Tak Nina. Du får besked inden for 1 time.
""", [
    N("Morten"), U("nina.kh"), P("reg 5301 konto 0244 817 392", "iban", "0244 817 392", scheme="none"),
    P("192.0.2.61", "ip"), P("2001:db8:4a::17", "ip"), E("nina.k.holm@example.com"), N("Nina Kragh Holm"),
    P("160572-3841", "national_id", scheme="cpr"),
], [L("2047", "employee_number"), L("Byggeservice ApS", "company"), L("30.04", "date"), L("kl. 02:17", "time"),
    L("1 time", "duration")]),

R("da-chat-009", """
NunaNet kundeservice – chat
Kunde: aluu, jeg har ikke fået mit internet i gang efter flytning
Pipaluk (NunaNet): Aluu! Du skriver med Pipaluk. Hvad er dit kundenummer?
Kunde: 300-48712
Pipaluk (NunaNet): Tak. Jeg kan se en ordre på flytning til B-1247, lejlighed 3, 3905 Nuussuaq. Er det rigtigt?
Kunde: ja. jeg hedder Naja Lynge-Kristiansen
Pipaluk (NunaNet): Tak Naja. Installationen mangler en aktivering. Hvad er dit CPR-nummer?
Kunde: 020359-2051 det er min mors, hun står på abonnementet. Hun hedder Ane Lynge
Pipaluk (NunaNet): Tak. Jeg aktiverer nu. Routerens IP bliver 203.0.113.214. Prøv at genstarte om 15 minutter.
Kunde: ok. ring på +299 34 71 08 hvis det ikke virker
Pipaluk (NunaNet): Det gør jeg. Refusion for 5 dage (125 kr.) sendes til GL43 8091 1632 0789 89?
Kunde: ja tak qujanaq
""", [
    N("Pipaluk"), A("B-1247, lejlighed 3, 3905 Nuussuaq", "B-1247", "3905"), N("Naja Lynge-Kristiansen"),
    P("020359-2051", "national_id", scheme="cpr"), N("Ane Lynge"), P("203.0.113.214", "ip"), P("+299 34 71 08", "phone"),
    P("GL43 8091 1632 0789 89", "iban"),
], [L("300-48712", "customer_number"), L("15 minutter", "duration"), L("5 dage", "duration"), L("125 kr.", "price"),
    L("NunaNet", "company")]),

R("da-chat-010", """
Webchat – Strikkegarn.dk
Kunde: Hej! Jeg bestilte 10 nøgler "Hulda" uld i farven havblå (ordre SG-77120) men fik lyserød 🙈
Lisbeth | Strikkegarn.dk: Hej! Det må du undskylde. Vi sender de rigtige med det samme. Hvilken adresse?
Kunde: Sjúrður Hansen, Úti á Bakka 6, FO-510 Gøta, Føroyar
Lisbeth | Strikkegarn.dk: Tak! Forsendelse til Færøerne tager 5-7 dage. Du må gerne beholde de lyserøde 😊
Kunde: takk fyri! Min kone Rannvá bliver glad for dem haha. Er vi ikke hjemme kan naboen Jóhanna Dam tage imod
Lisbeth | Strikkegarn.dk: Skal vi sende track&trace på sms?
Kunde: ja +298 29 14 63, og mail sjurdur.hansen@example.com
Lisbeth | Strikkegarn.dk: Gør vi. Du får også 15 % rabat næste gang med koden UPS15.
""", [
    N("Lisbeth"), N("Sjúrður Hansen"), A("Úti á Bakka 6, FO-510 Gøta", "Úti á Bakka 6", "FO-510"), N("Rannvá"),
    P("+298 29 14 63", "phone"), E("sjurdur.hansen@example.com"), N("Jóhanna Dam"),
], [L('"Hulda"', "product"), L("SG-77120", "order_number"), L("10 nøgler", "quantity"), L("5-7 dage", "duration"),
    L("15 %", "quantity"), L("UPS15", "discount_code")]),
]
