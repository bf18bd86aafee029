from schema import P, L, R

RECORDS = [
R("da-call-001", """
    Rådgiver: Velkommen til Nordlys Energi, det er Kasper.
    Kunde: Hej, det er Lone Søgaard. Jeg flytter i næste måned og vil gerne tage min elaftale med.
    Rådgiver: Det kan vi sagtens. Må jeg få dit cpr-nummer?
    Kunde: Ja, det er nul seks tolv treogfirs, og så toogtredive nul seks.
    Rådgiver: Tak. Og hvad er den nye adresse?
    Kunde: Det er Rosenvængets Allé 14, 3. th., 2100 København Ø. Overtagelse første marts.
    Rådgiver: Har du målerstanden fra den gamle adresse?
    Kunde: Øh ja, 48213 kWh, og målernummeret er 57112903.
    Rådgiver: Og den gamle adresse var Søndergade 9 i Horsens?
    Kunde: Ja, 8700.
    Rådgiver: Hvilket telefonnummer kan vi fange dig på?
    Kunde: Femogtyve, tolv, fireogfyrre, nitten.
    Rådgiver: Skal regningen stadig trækkes på reg.nr. og kontonummer 2487 8936619012?
    Kunde: Nej, min kæreste Mads Winther betaler nu, det er hans konto: DK49 3198 0775 1597 63.
    Rådgiver: Så skal Mads selv godkende betalingsaftalen i sin netbank. Vi sender en mail, hvilken adresse?
    Kunde: lone.soegaard@example.dk.
    Rådgiver: Perfekt. Prisen på din aftale er 1,89 kr. pr. kWh inklusive afgifter, og du får en bekræftelse inden for 14 dage.
    """,
    [P("Kasper", "name"),
     P("Lone Søgaard", "name"),
     P("nul seks tolv treogfirs, og så toogtredive nul seks", "national_id", scheme="cpr", norm="061283-3206",
       spoken=True),
     P("Rosenvængets Allé 14, 3. th., 2100 København Ø", "address", mns=["Rosenvængets Allé 14", "2100"]),
     P("Søndergade 9 i Horsens", "address", mns=["Søndergade 9"]),
     P("8700", "postcode"),
     P("Femogtyve, tolv, fireogfyrre, nitten", "phone", spoken=True, norm="25124419"),
     P("2487 8936619012", "iban", scheme="dk_account", norm="2487 8936619012"),
     P("Mads Winther", "name"),
     P("DK49 3198 0775 1597 63", "iban", scheme="iban"),
     P("lone.soegaard@example.dk", "email")],
    [L("48213 kWh", "meter_reading"), L("57112903", "meter_number"), L("første marts", "date"),
     L("1,89 kr. pr. kWh", "price"), L("14 dage", "duration")]),

R("da-call-002", """
    spk_0: du taler med camilla fra telenord hvad kan jeg hjælpe med
    spk_1: ja hej øh jeg hedder jonas thygesen og øh jeg har fået en regning på seks hundrede kroner for roaming og det forstår jeg ikke
    spk_0: det kigger vi på hvad er dit telefonnummer
    spk_1: det er treogtyve firs femogfyrre tolv
    spk_0: og det er jonas thygesen med y
    spk_1: ja t som theodor h som hans y som yrsa g som georg e som erik s som søren e som erik n som nikolaj
    spk_0: tak øh jeg kan se du var i tyrkiet fra den tolvte til den nittende april
    spk_1: ja men jeg havde købt en roamingpakke
    spk_0: ja det var en rejsepakke på ti gigabyte men du har brugt fjorten gigabyte
    spk_1: nå øh det var min lillesøster pernille der lånte min telefon til hotspot
    spk_0: okay jeg kan godt give dig halvdelen retur som en engangskreditering på tre hundrede kroner
    spk_1: okay det er fint
    spk_0: og regningen går stadig til bent thygesen står der her
    spk_1: ja det er min far han betaler
    spk_0: så skal jeg lige bekræfte din email
    spk_1: jonas punktum thygesen snabel-a example punktum dk
    spk_0: og din adresse er stadig ryesgade tooghalvtreds første sal otte tusind aarhus c
    spk_1: ja
    spk_0: super så er det ordnet
    """,
    [P("camilla", "name"),
     P("jonas thygesen", "name"),
     P("treogtyve firs femogfyrre tolv", "phone", spoken=True, norm="23804512"),
     P("t som theodor h som hans y som yrsa g som georg e som erik s som søren e som erik n som nikolaj", "name",
       mns=["t som theodor h som hans y som yrsa g som georg e som erik s som søren e som erik n som nikolaj"]),
     P("pernille", "name"),
     P("bent thygesen", "name"),
     P("jonas punktum thygesen snabel-a example punktum dk", "email", spoken=True,
       mns=["jonas punktum thygesen snabel-a example punktum dk", "jonas punktum thygesen"]),
     P("ryesgade tooghalvtreds første sal otte tusind aarhus c", "address",
       mns=["ryesgade tooghalvtreds", "otte tusind"])],
    [L("seks hundrede kroner", "price"), L("den tolvte til den nittende april", "date"),
     L("ti gigabyte", "quantity"), L("fjorten gigabyte", "quantity"), L("tre hundrede kroner", "price")]),

R("da-call-003", """
    Medarbejder: Borgerservice, Aalborg Kommune, du taler med Henrik.
    Borger: Hej Henrik, det er Sara Nielsen. Jeg har et spørgsmål om flytning og skole til mine børn.
    Medarbejder: Det hjælper jeg gerne med. Hvad er dit cpr-nummer?
    Borger: 151085-1892.
    Medarbejder: Tak. Jeg kan se du bor på Hobrovej 212, 9000 Aalborg.
    Borger: Ja, men vi flytter til Vestergade 3B, 9400 Nørresundby den 1. august.
    Medarbejder: Flytningen skal du selv anmelde på borger.dk med MitID, senest fem dage efter.
    Borger: Okay. Men det er skolen. Emil skal starte i 4. klasse og Freja i 0. klasse.
    Medarbejder: Hvad er deres fødselsdatoer?
    Borger: Emil er født 3. juni 2014 og Freja den 27. november 2018.
    Medarbejder: Så hører de begge til Lindholm Skole i skoleåret 2024/25.
    Borger: Og min eksmand, Thomas Bach, har fælles forældremyndighed, skal han også skrive under?
    Medarbejder: Ja, begge forældre skal godkende skoleskiftet i Aula.
    Medarbejder: Skal jeg sende en kvittering? Hvilken mail?
    Borger: sara.n.nielsen@example.dk
    Medarbejder: Dit sagsnummer er 2024-031877. Skolen ringer dig op, er det på 40 18 77 32?
    Borger: Ja.
    """,
    [P("Henrik", "name"),
     P("Sara Nielsen", "name"),
     P("151085-1892", "national_id", scheme="cpr"),
     P("Hobrovej 212, 9000 Aalborg", "address", mns=["Hobrovej 212", "9000"]),
     P("Vestergade 3B, 9400 Nørresundby", "address", mns=["Vestergade 3B", "9400"]),
     P("Emil", "name"),
     P("Freja", "name"),
     P("3. juni 2014", "birth_date", scheme="birth", norm="2014-06-03"),
     P("27. november 2018", "birth_date", scheme="birth", norm="2018-11-27"),
     P("Thomas Bach", "name"),
     P("sara.n.nielsen@example.dk", "email"),
     P("40 18 77 32", "phone")],
    [L("1. august", "date"), L("fem dage", "duration"), L("4. klasse", "class"), L("skoleåret 2024/25", "date"),
     L("2024-031877", "case_number")]),

R("da-call-004", """
    BANK: Norðlýsi Banki, du taler med Rúni.
    KUNDE: Hej, det er Guðrun Joensen. Jeg bor i Tórshavn men har arbejdet i Danmark, og nu skal min løn overføres hjem.
    BANK: Selvfølgelig. Må jeg få dit p-tal til legitimation?
    KUNDE: 141194-439.
    BANK: Tak. Jeg har din lønkonto FO50 6460 2246 0614 03. Er det den?
    KUNDE: Ja. Min arbejdsgiver i Danmark, Hansen & Poulsen Fiskeeksport, skal bruge IBAN.
    BANK: Det er den, jeg lige sagde. Og din danske konto, skal den lukkes?
    KUNDE: Ja, der står omkring 32.500 kr., reg. og konto 8660 7054621493. Pengene skal bare herop.
    BANK: Det ordner vi, det tager 3 bankdage og koster et gebyr på 15 kr. Hvilken adresse har du nu?
    KUNDE: Niels Finsens gøta 22, FO-100 Tórshavn.
    BANK: Og telefon?
    KUNDE: 21 47 83. Eller min mand Jógvan, 55 12 90.
    BANK: Skal han have fuldmagt til kontoen?
    KUNDE: Nej, ikke nu. Send bare kvitteringen til gudrun.joensen@example.dk.
    BANK: Det gør jeg. Dit kundenummer er 600 2281, hvis du ringer igen.
    """,
    [P("Rúni", "name"),
     P("Guðrun Joensen", "name"),
     P("141194-439", "national_id", scheme="ptal"),
     P("FO50 6460 2246 0614 03", "iban", scheme="iban"),
     P("8660 7054621493", "iban", scheme="dk_account"),
     P("Niels Finsens gøta 22, FO-100 Tórshavn", "address", mns=["Niels Finsens gøta 22", "FO-100"]),
     P("21 47 83", "phone"),
     P("Jógvan", "name"),
     P("55 12 90", "phone"),
     P("gudrun.joensen@example.dk", "email")],
    [L("Hansen & Poulsen Fiskeeksport", "company_named_after_person"), L("32.500 kr.", "price"),
     L("3 bankdage", "duration"), L("15 kr.", "price"), L("600 2281", "customer_number")]),

R("da-call-005", """
    00:00:02 Medarbejder: Tele Kalaallit kundeservice, det er Aputsiaq.
    00:00:06 Kunde: Hej, det er Naja Lyberth fra Nuuk. Vores internet har været nede siden i går.
    00:00:14 Medarbejder: Det beklager jeg. Hvilken adresse drejer det sig om?
    00:00:18 Kunde: Aqqusinersuaq 28, lejlighed 4, 3900 Nuuk.
    00:00:30 Medarbejder: Der er en fejl på radiokæden mod Qinngorput, den forventes løst i morgen kl. 14.
    00:00:50 Kunde: Okay. Min mand Kuupik arbejder hjemmefra, han skal bruge det.
    00:01:02 Medarbejder: Jeg kan give jer 20 GB ekstra mobildata gratis. Hvilke numre?
    00:01:07 Kunde: Mit er 52 41 88. Kuupik har 24 90 13.
    00:01:15 Medarbejder: Jeg skal lige bekræfte med dit cpr-nummer.
    00:01:20 Kunde: 100176-0200.
    00:01:25 Medarbejder: Tak. Vil du have kompensation som nedslag på regningen eller udbetalt? Så skal jeg have et kontonummer.
    00:01:31 Kunde: Udbetalt, til GL90 6471 2720 2501 73.
    00:01:40 Medarbejder: Det er noteret, sagsnummer TK-55871. Det er et nedslag svarende til en uges abonnement, 349 kr. om måneden delt med fire.
    00:01:48 Kunde: Og send det til naja.lyberth@example.dk, tak.
    00:01:55 Kunde: Min bror Malik ringer måske også, han er med på familieabonnementet.
    00:02:01 Medarbejder: Det er fint, han kan henvise til sagsnummeret.
    """,
    [P("Aputsiaq", "name"),
     P("Naja Lyberth", "name"),
     P("Aqqusinersuaq 28, lejlighed 4, 3900 Nuuk", "address", mns=["Aqqusinersuaq 28", "3900"]),
     P("Kuupik", "name"),
     P("52 41 88", "phone"),
     P("24 90 13", "phone"),
     P("100176-0200", "national_id", scheme="cpr"),
     P("GL90 6471 2720 2501 73", "iban", scheme="iban"),
     P("naja.lyberth@example.dk", "email"),
     P("Malik", "name")],
    [L("kl. 14", "time"), L("20 GB", "quantity"), L("TK-55871", "case_number"), L("349 kr. om måneden", "price"),
     L("00:01:40", "timestamp")]),

R("da-call-006", """
    PakkeNord kundeservice, du taler med Sofie, hvad kan jeg hjælpe med?
    Hej Sofie, mit navn er Preben Kristoffersen, jeg venter på en pakke der skulle være kommet i går.
    Har du et pakkenummer?
    Ja, det er 370712340012884915.
    Tak. Den står som leveret i går kl. 15.47 til en pakkeshop, Min Købmand i Hadsund.
    Det er jo 12 kilometer væk, jeg bor på Skovvej 7 i Als, 9560 Hadsund, og jeg har et fast leveringssted ved carporten.
    Jeg kan se at chaufføren har skrevet modtager ikke hjemme. Kunne din nabo have taget den?
    Nej, min nabo Birthe Mogensen tager altid mine pakker, og hun har ikke set noget.
    Så opretter jeg en efterlysning. Vi ringer på det nummer vi har, 21 65 48 09?
    Nej, det er gammelt. Det nye er 61 33 27 40.
    Og mail preben.k@example.dk?
    Ja. Pakken er fra Jensen & Søn Tømrer, det er nogle beslag, og pakken vejer 8,5 kg.
    Dit sagsnummer er PN-4471290, og du hører fra os inden for 3 hverdage.
    Og min kone Hanne, kan hun hente den, hvis den dukker op?
    Ja, hvis hun har legitimation og pakkenummeret.
    """,
    [P("Sofie", "name"),
     P("Preben Kristoffersen", "name"),
     P("Skovvej 7 i Als, 9560 Hadsund", "address", mns=["Skovvej 7", "9560"]),
     P("Birthe Mogensen", "name"),
     P("21 65 48 09", "phone"),
     P("61 33 27 40", "phone"),
     P("preben.k@example.dk", "email"),
     P("Hanne", "name")],
    [L("370712340012884915", "tracking_number"), L("kl. 15.47", "time"), L("Min Købmand", "shop"),
     L("12 kilometer", "quantity"), L("Jensen & Søn Tømrer", "company_named_after_person"), L("8,5 kg", "quantity"),
     L("PN-4471290", "case_number"), L("3 hverdage", "duration")]),

R("da-call-007", """
    — Bilhuset Lund & Larsen, værkstedet, det er Bo.
    — Hej Bo, Allan Rasmussen her. Min Zoe skal have skiftet dæk og til syn.
    — Hvad er nummerpladen?
    — CV 48 213.
    — Ja, en Renault Zoe fra 2019, kørt 61.200 km sidst. Skal vi tage torsdag den 18. kl. 7.30?
    — Det passer fint. Min kone kører den derind, Dorthe.
    — Fint. Skal vi også kigge på jeres Mercedes, BN 71 902? Den har fået indkaldelse til syn.
    — Ja, tag den samme dag, så kører Dorthe bare med den hjem bagefter.
    — Så skriver jeg det op. Dæk og syn på Zoe bliver 1.895 kr. Hvilket nummer kan vi ringe på?
    — 29 84 11 06.
    — Og regningen på mail?
    — allan.r@example.dk, og adressen på fakturaen er Åboulevarden 80, 2. tv., 8000 Aarhus C.
    — Super. Sidst var det Kenneth der lavede den, han er her også torsdag.
    — Det er fint, hils ham.
    """,
    [P("Bo", "name"),
     P("Allan Rasmussen", "name"),
     P("CV 48 213", "plate"),
     P("Dorthe", "name"),
     P("BN 71 902", "plate"),
     P("29 84 11 06", "phone"),
     P("allan.r@example.dk", "email"),
     P("Åboulevarden 80, 2. tv., 8000 Aarhus C", "address", mns=["Åboulevarden 80", "8000"]),
     P("Kenneth", "name")],
    [L("Bilhuset Lund & Larsen", "company_named_after_person"), L("Renault Zoe", "product_first_name"),
     L("Mercedes", "product_first_name"), L("61.200 km", "quantity"), L("torsdag den 18. kl. 7.30", "date"),
     L("1.895 kr.", "price")]),

R("da-call-008", """
    [10:41:07] Skadeservice: Havbo Forsikring, skadeafdelingen, det er Louise.
    [10:41:12] Kunde: Hej, det er Kim Ravn. Jeg har været ude for et færdselsuheld på E45 ved Vejle i morges.
    [10:41:20] Skadeservice: Åh nej, er du kommet noget til?
    [10:41:23] Kunde: Nej, kun lidt chokeret. En bil kørte op bag i mig i køen, kl. 07.50 cirka.
    [10:41:35] Skadeservice: Lad mig finde din police. Kan jeg få dit cpr-nummer?
    [10:41:40] Kunde: 270259-0230.
    [10:41:48] Skadeservice: Tak. Jeg har policenummer 6620-114-88 med bilen AX 29 551, er det den?
    [10:41:55] Kunde: Ja.
    [10:42:02] Skadeservice: Har du den andens oplysninger?
    [10:42:05] Kunde: Ja, han hedder Ole Brandt, nummerplade DE 44 918. Politiet kom også, betjenten hed vist Madsen.
    [10:42:30] Skadeservice: Var der vidner?
    [10:42:33] Kunde: En kvinde, Susanne, hun gav mig sit nummer, 31 47 92 05.
    [10:42:50] Skadeservice: Godt. Jeg opretter skaden, skadenummer S-2024-44190. Da du er skadelidt, skal du ikke betale selvrisiko på 4.500 kr.
    [10:43:10] Kunde: Dejligt. Ring gerne på 51 90 22 14, hvis I mangler noget.
    """,
    [P("Louise", "name"),
     P("Kim Ravn", "name"),
     P("270259-0230", "national_id", scheme="cpr"),
     P("AX 29 551", "plate"),
     P("Ole Brandt", "name"),
     P("DE 44 918", "plate"),
     P("Madsen", "name"),
     P("Susanne", "name"),
     P("31 47 92 05", "phone"),
     P("51 90 22 14", "phone")],
    [L("E45", "road"), L("kl. 07.50", "time"), L("6620-114-88", "policy_number"), L("S-2024-44190", "claim_number"),
     L("4.500 kr.", "price"), L("[10:41:07]", "timestamp")]),

R("da-call-009", """
    Sekretær: Lægehuset Kildeparken, det er Tina.
    Patient: Hej, det er Ulla Frandsen, jeg ringer på vegne af min mor, Inger Frandsen.
    Sekretær: Har du fuldmagt til hende?
    Patient: Ja, den har vi lavet på sundhed.dk.
    Sekretær: Hvad er din mors cpr-nummer?
    Patient: Ti nul syv fireogfyrre, toogtredive fireoghalvfems.
    Sekretær: Ja, Inger, født 10. juli 1944. Hvad drejer det sig om?
    Patient: Hun blev udskrevet fra Aalborg Universitetshospital i fredags efter en hofteoperation, og overlægen, Lars Kromann, sagde at egen læge skulle følge op på blodprøverne inden for 5 dage.
    Sekretær: Hun er tilknyttet doktor Pia Hedegaard. Den første ledige tid er tirsdag kl. 9.20.
    Patient: Hun kan ikke komme herned. Kan hjemmesygeplejen tage blodprøven? Hun bor på Kildevej 14, 1. sal, 9210 Aalborg SØ.
    Sekretær: Ja, vi sender besked til hjemmesygeplejen. Hvem er kontaktperson?
    Patient: Mig, på 22 81 40 67. Eller min bror Jesper, på 26 03 99 12.
    Sekretær: Godt. Hun får Eliquis 5 mg morgen og aften, ikke? Det skal de vide. Hendes INR skal vi ikke måle, men vi ser hende igen om to uger.
    Patient: Tak skal du have.
    """,
    [P("Tina", "name"),
     P("Ulla Frandsen", "name"),
     P("Inger Frandsen", "name"),
     P("Ti nul syv fireogfyrre, toogtredive fireoghalvfems", "national_id", scheme="cpr", norm="100744-3294",
       spoken=True),
     P("10. juli 1944", "birth_date", scheme="birth", norm="1944-07-10"),
     P("Lars Kromann", "name"),
     P("Pia Hedegaard", "name"),
     P("Kildevej 14, 1. sal, 9210 Aalborg SØ", "address", mns=["Kildevej 14", "9210"]),
     P("22 81 40 67", "phone"),
     P("Jesper", "name"),
     P("26 03 99 12", "phone")],
    [L("tirsdag kl. 9.20", "time"), L("Eliquis 5 mg", "product"), L("to uger", "duration"), L("5 dage", "duration"),
     L("Aalborg Universitetshospital", "organisation")]),

R("da-call-010", """
    Boligselskabet: Boligselskabet Fjordbo, udlejningen, du taler med Morten.
    Lejer: Hej, det er Signe Lauridsen. Jeg flyttede ud af Fjordparken 12, st. tv., 6000 Kolding i sidste måned og har ikke fået mit depositum tilbage.
    Boligselskabet: Har du lejemålsnummeret?
    Lejer: 118-0412-03.
    Boligselskabet: Tak. Flyttesynet var 28. februar, og istandsættelsen blev 11.850 kr. for maling og gulv. Depositum var 24.600 kr., så du får 12.750 kr. tilbage.
    Lejer: Okay. Synsmanden, Jørgen Skov, sagde ellers at gulvet var fint.
    Boligselskabet: Det er slid ud over det normale i soveværelset, står der. Du kan klage over opgørelsen skriftligt.
    Lejer: Jeg tænker over det. Kan I overføre til reg. og konto 5904 1819072587?
    Boligselskabet: Ja. Og din nye adresse til opgørelsen?
    Lejer: Jeg bor nu i Tyskland, Große Straße 31, 24937 Flensburg.
    Boligselskabet: Telefon?
    Lejer: +49 151 44829017. Mit danske nummer 28 40 71 55 virker ikke længere.
    Boligselskabet: Tak. Her står også en Rasmus Kirk på den gamle kontrakt?
    Lejer: Ja, min tidligere samboer. Han flyttede ud i november, skal han skrive under?
    Boligselskabet: Nej, han blev skrevet af kontrakten dengang. Pengene er på kontoen inden for 5-7 hverdage.
    """,
    [P("Morten", "name"),
     P("Signe Lauridsen", "name"),
     P("Fjordparken 12, st. tv., 6000 Kolding", "address", mns=["Fjordparken 12", "6000"]),
     P("Jørgen Skov", "name"),
     P("5904 1819072587", "iban", scheme="dk_account"),
     P("Große Straße 31, 24937 Flensburg", "address", mns=["Große Straße 31", "24937"]),
     P("+49 151 44829017", "phone"),
     P("28 40 71 55", "phone"),
     P("Rasmus Kirk", "name")],
    [L("118-0412-03", "contract_number"), L("28. februar", "date"), L("11.850 kr.", "price"),
     L("24.600 kr.", "price"), L("12.750 kr.", "price"), L("5-7 hverdage", "duration")]),

R("da-call-011", """
    SPEAKER_00: lønservice det er dorte
    SPEAKER_01: hej dorte det er ahmad rahimi jeg er chauffør hos vognmand kurt pedersen og søn
    SPEAKER_00: ja hej ahmad hvad kan jeg gøre for dig
    SPEAKER_01: min lønseddel for marts mangler overtid altså øh toogtyve timer
    SPEAKER_00: jeg skal lige have dit cpr nummer
    SPEAKER_01: det er nul fire et nul ni syv nul seks otte ni
    SPEAKER_00: tak øh jeg kan se at din leder michael har godkendt seksten timer ikke toogtyve
    SPEAKER_01: ja men de sidste seks timer var den weekend hvor jeg kørte for henriette
    SPEAKER_00: okay så skal michael godkende dem først så kommer de med på aprillønnen
    SPEAKER_01: og så har jeg skiftet bank lønnen skal gå til reg fem tre to otte konto to fem otte syv seks to seks to tre ni
    SPEAKER_00: det skal du selv rette i portalen under mine oplysninger men jeg noterer det
    SPEAKER_01: og min adresse er ny den er tinghøjvej otteogfyrre anden sal tv seks fire nul nul sønderborg
    SPEAKER_00: også den retter du selv i portalen øh ellers noget
    SPEAKER_01: ja send en kopi af det hele til min private mail ahmad punktum r snabel-a example punktum com
    SPEAKER_00: det gør jeg hav en god dag
    """,
    [P("dorte", "name"),
     P("ahmad rahimi", "name"),
     P("nul fire et nul ni syv nul seks otte ni", "national_id", scheme="cpr", norm="041097-0689", spoken=True),
     P("michael", "name"),
     P("henriette", "name"),
     P("fem tre to otte konto to fem otte syv seks to seks to tre ni", "iban", scheme="dk_account",
       norm="5328 2587626239", spoken=True, extra=["to fem otte syv seks to seks to tre ni"]),
     P("tinghøjvej otteogfyrre anden sal tv seks fire nul nul sønderborg", "address",
       mns=["tinghøjvej otteogfyrre", "seks fire nul nul"]),
     P("ahmad punktum r snabel-a example punktum com", "email", spoken=True,
       mns=["ahmad punktum r snabel-a example punktum com", "ahmad punktum r"])],
    [L("vognmand kurt pedersen og søn", "company_named_after_person"), L("toogtyve timer", "duration"),
     L("seksten timer", "duration"), L("seks timer", "duration"), L("lønseddel for marts", "document")]),

R("da-call-012", """
    Rejsekonsulent: Nordstjernen Rejser, det er Anders.
    Kunde: Goddag Anders, det er Birgit Jessen fra Slesvig. Vi har bestilt busrejsen til Gardasøen i uge 36, og jeg skal tilmelde en person mere.
    Rejsekonsulent: Bookingnummer?
    Kunde: NR-24-8812.
    Rejsekonsulent: Ja, Birgit og Uwe Jessen, to personer i dobbeltværelse. Hvem skal med?
    Kunde: Vores barnebarn, Lasse Jessen Thomsen. Han er født 5. maj 2012.
    Rejsekonsulent: Har han et pas?
    Kunde: Ja, et dansk, nummer 209814563.
    Rejsekonsulent: Da han er under 18 og rejser uden forældre, skal vi have samtykke fra forældremyndighedsindehaveren. Hvem er det?
    Kunde: Min datter, Kirsten Thomsen. Hun bor i Padborg, Torvegade 6, 6330 Padborg.
    Rejsekonsulent: Tillægget for tredje person i ekstraseng er 4.295 kr. Opsamling i Kruså kl. 05.30, og rejsen varer 7 dage.
    Kunde: Fint. Kan I ringe til mig på +49 4621 28 93 11? Vores adresse er Lollfuß 12, 24837 Schleswig.
    Rejsekonsulent: Og betalingen?
    Kunde: Fra vores tyske konto, DE89 9883 2717 3949 5700 17.
    Rejsekonsulent: Tak, så sender jeg en ny bekræftelse med posten.
    """,
    [P("Anders", "name"),
     P("Birgit Jessen", "name"),
     P("Uwe", "name"),
     P("Lasse Jessen Thomsen", "name"),
     P("5. maj 2012", "birth_date", scheme="birth", norm="2012-05-05"),
     P("209814563", "national_id", scheme="passport"),
     P("Kirsten Thomsen", "name"),
     P("Torvegade 6, 6330 Padborg", "address", mns=["Torvegade 6", "6330"]),
     P("+49 4621 28 93 11", "phone"),
     P("Lollfuß 12, 24837 Schleswig", "address", mns=["Lollfuß 12", "24837"]),
     P("DE89 9883 2717 3949 5700 17", "iban", scheme="iban")],
    [L("uge 36", "date"), L("NR-24-8812", "booking_number"), L("4.295 kr.", "price"), L("kl. 05.30", "time"),
     L("7 dage", "duration")]),
]
