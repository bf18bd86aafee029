from _common import R, N, E, P, L

RECORDS = []

RECORDS += [
R("da-chat-001", """
Modeland chat · i dag 20:14
Ida (Modeland): Hej og velkommen til Modeland 👋 Du skriver med Ida. Hvad kan jeg hjælpe med?
Kunde: hej min ordre er ikke kommet #MD-230019
Ida (Modeland): Øv! Jeg kigger på det. Må jeg få dit navn og postnummer til kontrol?
Kunde: sebastian krogh 8900
Ida (Modeland): Tak Sebastian. Pakken er leveret til Pakkeshop i Netto på Vestergade, fordi den ikke kunne afleveres på adressen. Den ligger der i 7 dage.
Kunde: nej jeg bor ikke på min egen adresse lige nu, den skulle til c/o Birgit Hansen, Klostervænget 3 st., 8900 randers c. det er min mormor
Ida (Modeland): Ah, jeg kan se at adressen i ordren er Sønderport 11, 2. tv. Det må være den gamle fra din profil (brugernavn seb_k92).
Kunde: ja det er min gamle lejlighed 🙄 kan i sende den videre?
Ida (Modeland): Desværre ikke, men du kan hente den i pakkeshoppen med sms-koden. Skal jeg sende koden til 51 90 37 24?
Kunde: ja tak. og opdater lige min mail til sebastian.krogh@icloud.com
Ida (Modeland): Done ✔️ Som plaster på såret får du rabatkoden SORRY50 (50 kr.) til næste ordre. Din jakke i str. M til 799,95 kr. ligger klar.
Kunde: tak ida
""", [
    N("Ida", "ida"),
    N("sebastian krogh", "Sebastian"),
    P("8900", "postcode"),
    N("Birgit Hansen"),
    P("Klostervænget 3 st.", "address", "Klostervænget 3"),
    P("Sønderport 11, 2. tv.", "address", "Sønderport 11"),
    P("seb_k92", "username"),
    P("51 90 37 24", "phone"),
    E("sebastian.krogh@icloud.com"),
], [
    L("20:14", "time"),
    L("#MD-230019", "order_number"),
    L("Pakkeshop i Netto på Vestergade", "pickup_point"),
    L("7 dage", "duration"),
    L("SORRY50", "discount_code"),
    L("50 kr.", "amount"),
    L("str. M", "size"),
    L("799,95 kr.", "price"),
]),

R("da-chat-002", """
Du: Hej, jeg er flyttet og har fået nyt job, så jeg skal have ændret min adresse og oprettet NemKonto
Banken (Lene Vestergaard): Hej Oliver, tak for din besked. Du skriver med Lene. Adressen opdateres automatisk fra CPR-registeret, når flytningen er registreret. Hvad er din nye adresse?
Du: Fredensgade 40, 4. mf., 8000 Aarhus C. mit cpr er 300194-3307 hvis i skal bruge det
Banken (Lene Vestergaard): Tak – men du behøver ikke skrive dit CPR-nummer her i chatten, vi kan se det, fordi du er logget ind med MitID. Jeg har skjult beskeden.
Du: ups sorry
Banken (Lene Vestergaard): Ingen fare 😊 Hvilken konto skal være NemKonto?
Du: lønkontoen 2149 6484871387
Banken (Lene Vestergaard): Så er den registreret. Det kan tage 1-2 bankdage, før det slår igennem.
Du: min nye arbejdsgiver Jensen Rådgivning ApS skal overføre løn til den. skal de bruge IBAN?
Banken (Lene Vestergaard): Kun hvis de betaler fra udlandet. Din IBAN er DK30 2149 6484 8713 87.
Du: perfekt. kan i også sende et nyt kort? mit gamle Mastercard 5347 7863 6441 8553 er ved at være slidt
Banken (Lene Vestergaard): Det bestiller jeg. Det sendes til din nye adresse inden for 5-7 hverdage, og det koster 0 kr. Skal vi ringe dig op, når det er sendt?
Du: ja gerne, 60 12 88 47
Banken (Lene Vestergaard): Noteret. Hav en god dag, Oliver!
""", [
    N("Lene Vestergaard"),
    N("Oliver"),
    P("Fredensgade 40, 4. mf.", "address", "Fredensgade 40"),
    P("8000", "postcode"),
    P("300194-3307", "national_id", check="cpr"),
    P("2149 6484871387", "iban", check="none"),
    P("DK30 2149 6484 8713 87", "iban"),
    P("5347 7863 6441 8553", "card"),
    P("60 12 88 47", "phone"),
], [
    L("NemKonto", "product"),
    L("MitID", "product"),
    L("1-2 bankdage", "duration"),
    L("Jensen Rådgivning ApS", "company"),
    L("5-7 hverdage", "duration"),
    L("0 kr.", "amount"),
]),

R("da-chat-003", """
[03.06.24 11:02] Heðin Poulsen: hej, jeg har fået en regning på 1.874,50 kr for roaming??
[03.06.24 11:05] Telenord: Hej Heðin, det er Sune fra Telenord. Det lyder af meget. Hvilket nummer drejer det sig om?
[03.06.24 11:06] Heðin Poulsen: 29 74 03 61
[03.06.24 11:08] Telenord: Tak. Jeg kan se, at du har brugt data på Færøerne fra 18. til 25. maj. Færøerne er ikke omfattet af Roam Like Home, fordi de ikke er med i EU, så det afregnes med 15 kr. pr. MB.
[03.06.24 11:10] Heðin Poulsen: jeg var hjemme hos mine forældre, Nólsoyar Páls gøta 14, FO-700 Klaksvík. der var wifi men telefonen skiftede åbenbart over
[03.06.24 11:13] Telenord: Forstår det godt. Jeg kan give dig en engangskompensation på 50 %, så regningen bliver 937,25 kr. Er det ok?
[03.06.24 11:14] Heðin Poulsen: ja fint. kan det trækkes på kortet 4579 6400 8198 8749?
[03.06.24 11:15] Telenord: Af sikkerhedshensyn skal du ikke skrive kortnummeret her 🙏 Betal via linket i appen. Jeg sender en kreditnota til hedin.poulsen@gmail.com.
[03.06.24 11:17] Heðin Poulsen: ok. og min mor Marjun vil gerne have et taletidskort, hun har nummeret +298 28 44 17
[03.06.24 11:19] Telenord: Det kan hun købe i vores butik i Tórshavn. Sagsnr.: TN-78812.
""", [
    N("Heðin Poulsen"),
    N("Sune"),
    P("29 74 03 61", "phone"),
    P("Nólsoyar Páls gøta 14", "address"),
    P("FO-700", "postcode"),
    P("4579 6400 8198 8749", "card"),
    E("hedin.poulsen@gmail.com"),
    N("Marjun"),
    P("+298 28 44 17", "phone"),
], [
    L("1.874,50 kr", "amount"),
    L("Telenord", "company"),
    L("18. til 25. maj", "date_range"),
    L("Roam Like Home", "product"),
    L("15 kr. pr. MB", "price"),
    L("50 %", "percentage"),
    L("937,25 kr.", "amount"),
    L("TN-78812", "case_number"),
]),

R("da-chat-004", """
PakkeBot: Hej! Indtast dit track & trace-nummer.
Bruger: 00057151279112884512
PakkeBot: Tak. Indtast postnummeret for modtageren.
Bruger: 5000
PakkeBot: Pakken er på vej til Pakkeboks 2417 (Rosengårdcentret). Du får en kode, når den er klar til afhentning.
Bruger: jeg vil ikke i pakkeboks jeg vil have den leveret hjem
PakkeBot: Jeg sender dig videre til en medarbejder.
Thea fra kundeservice: Hej, det er Thea. Hvad kan jeg gøre for dig?
Bruger: hej thea. pakken skal til Kongensgade 62, 3. sal, 5000 Odense C. navn Mathilde Frost. afsender er min far, Jørgen Frost, han har valgt den forkerte leveringsmetode
Thea fra kundeservice: Jeg kan ændre det mod et gebyr på 29 kr. Pakken kommer så i morgen mellem 9 og 16. Du får en sms - er nummeret 31 45 70 92?
Bruger: nej det er min fars. mit er 71 88 20 36
Thea fra kundeservice: Rettet. Og din e-mail?
Bruger: mathildefrost@yahoo.dk
Thea fra kundeservice: Perfekt, så er det på plads 📦
""", [
    N("Thea", "thea"),
    P("5000", "postcode"),
    P("Kongensgade 62, 3. sal", "address", "Kongensgade 62"),
    N("Mathilde Frost"),
    N("Jørgen Frost"),
    P("31 45 70 92", "phone"),
    P("71 88 20 36", "phone"),
    E("mathildefrost@yahoo.dk"),
], [
    L("PakkeBot", "bot_name"),
    L("track & trace-nummer", "term"),
    L("00057151279112884512", "tracking_number"),
    L("Pakkeboks 2417", "pickup_point"),
    L("Rosengårdcentret", "location"),
    L("29 kr.", "price"),
    L("i morgen mellem 9 og 16", "delivery_slot"),
]),

R("da-chat-005", """
Chat med Pladsanvisningen, Ringsmark Kommune
Medarbejder Tina: Hej, du skriver med Tina fra Pladsanvisningen. Hvad kan jeg hjælpe med?
Forælder: Hej Tina. Vi vil gerne skrive vores søn op til vuggestue. Han hedder Vitus Lind Madsen, cpr 170324-8043, født 17. marts 2024
Medarbejder Tina: Tak. Hvilken institution ønsker I, og hvornår skal han starte?
Forælder: Børnehuset Mælkebøtten fra 1. december. vi bor på Skovbrynet 8, 2800 Kongens Lyngby. mit navn er Louise Lind, jeg er mor. min mand hedder Jakob Madsen
Medarbejder Tina: Så er I skrevet op. Egenbetalingen er 4.312 kr. pr. måned. Hvis I har brug for økonomisk friplads, søger I via borger.dk. Hvordan kan vi kontakte jer?
Forælder: 20 13 57 94 eller louise.lind@hotmail.dk
Medarbejder Tina: Tak. Jeres ventelistenummer er 118, og sagsnummeret er PA-24-00912.
Forælder: tusind tak
""", [
    N("Tina"),
    N("Vitus Lind Madsen"),
    P("170324-8043", "national_id", check="cpr"),
    P("17. marts 2024", "birth_date"),
    P("Skovbrynet 8", "address"),
    P("2800", "postcode"),
    N("Louise Lind"),
    N("Jakob Madsen"),
    P("20 13 57 94", "phone"),
    E("louise.lind@hotmail.dk"),
], [
    L("Ringsmark Kommune", "organisation"),
    L("Børnehuset Mælkebøtten", "institution"),
    L("1. december", "start_date"),
    L("4.312 kr. pr. måned", "price"),
    L("borger.dk", "website"),
    L("118", "waiting_list_number"),
    L("PA-24-00912", "case_number"),
]),
]

RECORDS += [
R("da-chat-006", """
Tryghavn Forsikring · Chat
Caroline Holst: Hej, min telefon blev stjålet i Barcelona. Hvordan anmelder jeg det?
Tryghavn – Emil: Hej Caroline, det er Emil. Det er ærgerligt. Har du anmeldt tyveriet til det lokale politi?
Caroline Holst: ja, jeg har en politirapport, nr. BCN-2024-117733
Tryghavn – Emil: Godt. Hvilken telefon var det, og hvornår er den købt?
Caroline Holst: iPhone 14 Pro 256 GB, købt 12.11.2022 til 9.499 kr.
Tryghavn – Emil: Tak. Din rejseforsikring dækker med en selvrisiko på 500 kr. Jeg skal bruge dit policenummer og dit CPR-nummer.
Caroline Holst: police 77-004-5519, cpr 291296-0660
Tryghavn – Emil: Tak. Hvor skal erstatningen udbetales til?
Caroline Holst: DK03 9331 2698 1870 35. og jeg var der sammen med min veninde Freja Nygaard, hun så det ske. hun kan kontaktes på 93 40 17 28
Tryghavn – Emil: Perfekt. Hvilken adresse bor du på?
Caroline Holst: Østerbrogade 130, 5. th., 2100 København Ø
Tryghavn – Emil: Din skade er registreret under nr. RS-24-44019. Du hører fra os inden for 10 hverdage på caroline.holst@gmail.com.
""", [
    N("Caroline Holst"),
    N("Emil"),
    P("291296-0660", "national_id", check="cpr"),
    P("DK03 9331 2698 1870 35", "iban"),
    N("Freja Nygaard"),
    P("93 40 17 28", "phone"),
    P("Østerbrogade 130, 5. th.", "address", "Østerbrogade 130"),
    P("2100", "postcode"),
    E("caroline.holst@gmail.com"),
], [
    L("Barcelona", "city"),
    L("BCN-2024-117733", "police_report_number"),
    L("iPhone 14 Pro 256 GB", "product"),
    L("12.11.2022", "purchase_date"),
    L("9.499 kr.", "price"),
    L("500 kr.", "amount"),
    L("77-004-5519", "policy_number"),
    L("RS-24-44019", "claim_number"),
]),

R("da-chat-007", """
Apoteket Nørrebro – online rådgivning
Farmaceut Rikke: Hej! Du skriver med farmaceut Rikke. Hvad kan jeg hjælpe med?
Gæst: hej, jeg skal hente medicin for min mor, hun er syg. kan jeg det?
Farmaceut Rikke: Ja, hvis du har hendes sundhedskort eller CPR-nummer. Hvad hedder hun?
Gæst: Grethe Winther, cpr 080849-3306. jeg er hendes datter, Pia Winther-Kofoed
Farmaceut Rikke: Tak. Jeg kan se en recept fra læge Søren Kragh på Metformin 500 mg, 100 stk., og Atorvastatin 20 mg. Med tilskud bliver det 147,35 kr.
Gæst: super. kan I sende det? hun bor Tagensvej 58, 2. th., 2200 København N
Farmaceut Rikke: Vi leverer i morgen mellem 10 og 14 med bud, gebyret er 39 kr. Hvem skal vi ringe til?
Gæst: mig på 28 90 14 63 eller hendes fastnet 35 81 22 07
Farmaceut Rikke: Noteret. Ordren har nr. A-550193. Husk at medicinen kun udleveres mod underskrift.
""", [
    N("Rikke"),
    N("Grethe Winther"),
    P("080849-3306", "national_id", check="cpr"),
    N("Pia Winther-Kofoed"),
    N("Søren Kragh"),
    P("Tagensvej 58, 2. th.", "address", "Tagensvej 58"),
    P("2200", "postcode"),
    P("28 90 14 63", "phone"),
    P("35 81 22 07", "phone"),
], [
    L("Apoteket Nørrebro", "company"),
    L("Metformin 500 mg, 100 stk.", "medication"),
    L("Atorvastatin 20 mg", "medication"),
    L("147,35 kr.", "price"),
    L("i morgen mellem 10 og 14", "delivery_slot"),
    L("39 kr.", "price"),
    L("A-550193", "order_number"),
]),

R("da-chat-008", """
[GulGrøn Support] Hej, det er Morten fra GulGrøn. Hvordan kan jeg hjælpe?
[kaffekop_odense] jeg har solgt en cykel til en der hedder nordcyklen77 og han betalte med en falsk mobilepay kvittering
[GulGrøn Support] Det er vi kede af at høre. Hvilken annonce drejede det sig om?
[kaffekop_odense] annonce 84412907, Kildemoes Logic 7 gear, 2.400 kr
[GulGrøn Support] Tak. Brugeren nordcyklen77 blev oprettet for 2 dage siden og har været logget ind fra IP 192.0.2.201. Vi har spærret profilen.
[kaffekop_odense] han sagde han hed Dennis Kragelund og ringede fra 42 19 88 06. han hentede cyklen hos mig på Rugårdsvej 73, 5000 Odense C
[GulGrøn Support] Du bør anmelde det til politiet på politi.dk. Vi udleverer oplysninger til politiet, hvis de beder om det. Må jeg få dit navn og din e-mail til sagen?
[kaffekop_odense] Nanna Bjerregaard, nanna.bj@protonmail.com
[GulGrøn Support] Sagsnummer: GG-SIK-2210. Husk: overdrag aldrig en vare, før pengene står på kontoen – en MobilePay-kvittering er ikke nok.
[kaffekop_odense] ok tak Morten
""", [
    N("Morten"),
    P("kaffekop_odense", "username"),
    P("nordcyklen77", "username"),
    P("192.0.2.201", "ip"),
    N("Dennis Kragelund"),
    P("42 19 88 06", "phone"),
    P("Rugårdsvej 73", "address"),
    P("5000", "postcode"),
    N("Nanna Bjerregaard"),
    E("nanna.bj@protonmail.com"),
], [
    L("GulGrøn Support", "company"),
    L("84412907", "advert_number"),
    L("Kildemoes Logic 7 gear", "product"),
    L("2.400 kr", "price"),
    L("2 dage", "duration"),
    L("politi.dk", "website"),
    L("GG-SIK-2210", "case_number"),
    L("MobilePay-kvittering", "term"),
]),

R("da-chat-009", """
Du chatter med Nordavia Kundeservice
Agent Kim: Hej, jeg hedder Kim. Hvad kan jeg hjælpe dig med i dag?
Kunde: Hej Kim. Jeg er blevet gift og har skiftet efternavn, men min billet står stadig i mit gamle navn Josefine Ravn. I passet står der nu Josefine Ravn-Nørgaard
Agent Kim: Tillykke! Det kan vi rette gratis. Hvad er din bookingreference?
Kunde: QX7P2L, fly NV 215 København–Nuuk den 2. juli
Agent Kim: Tak. Jeg skal bruge dit nye pasnummer og din fødselsdato.
Kunde: pas 218874402, født 03.10.1968
Agent Kim: Tak. Rejser du alene?
Kunde: nej med min mand Kaj Nørgaard, han står der allerede rigtigt. vi har 2 kufferter à 23 kg
Agent Kim: Så er navnet rettet, og I har 2 x 23 kg inkluderet. Den opdaterede kvittering sendes til den mail, der står på bookingen – er det stadig josefine.ravn@outlook.dk?
Kunde: ja. og mit nummer er +45 40 55 18 32 hvis flyet bliver aflyst. i min profil står der også en gammel adresse, den nye er Nørregade 12, 4. tv., 1165 København K
Agent Kim: Noteret og rettet. God tur til Grønland!
""", [
    N("Kim"),
    N("Josefine Ravn-Nørgaard"),
    N("Kaj Nørgaard"),
    P("218874402", "national_id", check="none"),
    P("03.10.1968", "birth_date"),
    E("josefine.ravn@outlook.dk"),
    P("+45 40 55 18 32", "phone"),
    P("Nørregade 12, 4. tv.", "address", "Nørregade 12"),
    P("1165", "postcode"),
], [
    L("Nordavia", "company"),
    L("QX7P2L", "booking_reference"),
    L("NV 215", "flight_number"),
    L("København–Nuuk", "route"),
    L("den 2. juli", "flight_date"),
    L("23 kg", "weight"),
    L("2 x 23 kg", "baggage_allowance"),
]),

R("da-chat-010", """
[12.06.24 07:41] Nuna Energi: Hej! Husk at aflæse din vandmåler inden 15. juni.
[12.06.24 08:03] +299 48 12 90: hej det er Ivalo Petersen, jeg kan ikke finde målernummeret
[12.06.24 08:05] Nuna Energi: Hej Ivalo 😊 Det er Malu her. Målernummeret står på selve måleren, fx V-118472. Hvad er din adresse?
[12.06.24 08:07] +299 48 12 90: Aqqartarfik 7, lejl. 14, 3911 Sisimiut
[12.06.24 08:08] Nuna Energi: Tak. Så er dit installationsnummer 400 21 887 og målernummeret V-220931. Hvad viser den?
[12.06.24 08:10] +299 48 12 90: 1483,27 m3
[12.06.24 08:11] Nuna Energi: Tak! Din acontorate bliver 620 kr. pr. måned fra 1. juli. Den trækkes fra GL45 3173 8760 2991 69 som før.
[12.06.24 08:13] +299 48 12 90: jeg har ny konto, GL06 5115 9866 8733 48. og regningen skal stå på både mig og min samlever Aputsiaq Berthelsen
[12.06.24 08:15] Nuna Energi: Det kræver hans underskrift. Send gerne en mail til kundeservice@nunaenergi.gl fra din egen mail. Hvad er den?
[12.06.24 08:16] +299 48 12 90: ivalo.p@greennet.gl
[12.06.24 08:17] Nuna Energi: 👍 Tak, Ivalo.
""", [
    P("+299 48 12 90", "phone"),
    N("Ivalo Petersen"),
    N("Malu"),
    P("Aqqartarfik 7, lejl. 14", "address", "Aqqartarfik 7"),
    P("3911", "postcode"),
    P("GL45 3173 8760 2991 69", "iban"),
    P("GL06 5115 9866 8733 48", "iban"),
    N("Aputsiaq Berthelsen"),
    E("ivalo.p@greennet.gl"),
], [
    L("15. juni", "deadline"),
    L("V-118472", "example_meter_number"),
    L("400 21 887", "installation_number"),
    L("V-220931", "meter_number"),
    L("1483,27 m3", "meter_reading"),
    L("620 kr. pr. måned", "amount"),
    L("1. juli", "date"),
    L("kundeservice@nunaenergi.gl", "company_email"),
]),
]
