from schema import P, L, R

RECORDS = [
R("nl-call-001", """
    Agent: Goedemiddag, u spreekt met Sanne van Zonnewind Energie, waarmee kan ik u helpen?
    Klant: Ja hallo, met Marloes Verhagen. Ik ga verhuizen en ik wil mijn energiecontract meenemen naar het nieuwe adres.
    Agent: Dat kan. Mag ik voor de controle eerst uw geboortedatum?
    Klant: Zeventien april 1986.
    Agent: Dank u. En uw huidige adres?
    Klant: Graaf Florisstraat 27b, 3021 CJ Rotterdam.
    Agent: Klopt. Wat wordt het nieuwe adres?
    Klant: Zuiderparkweg 118, postcode 2532 LP, in Den Haag. De sleuteloverdracht is op 1 maart.
    Agent: Dan heb ik ook de meterstanden nodig op de dag van de overdracht. Heeft u die al?
    Klant: Van het oude adres wel, stroom normaal 23.418, dal 19.772 en gas 8.913 kuub.
    Agent: Perfect. Het EAN-nummer van de nieuwe aansluiting is 871687120054321987, dat heb ik al opgezocht.
    Klant: O, handig.
    Agent: Wilt u de maandelijkse termijn van € 142,00 blijven betalen via automatische incasso van rekening NL68 RABO 1441 1260 85?
    Klant: Nee, dat wordt een nieuwe rekening, samen met mijn vriend. Die is NL25 ASNB 3427 9982 69, op naam van M. Verhagen en T. Oosterhuis.
    Agent: Ik noteer het. En is 06-41872290 nog steeds uw nummer?
    Klant: Ja. En de mail mag naar marloes.verhagen86@example.nl.
    Agent: Top. U krijgt binnen vijf werkdagen een bevestiging, uw klantnummer blijft 40018872.
    Klant: Dank u wel, fijne dag.
    """,
    [P("Sanne", "name"),
     P("Marloes Verhagen", "name"),
     P("Zeventien april 1986", "birth_date", scheme="birth", norm="1986-04-17"),
     P("Graaf Florisstraat 27b, 3021 CJ Rotterdam", "address", mns=["Graaf Florisstraat 27b", "3021 CJ"]),
     P("Zuiderparkweg 118", "address", mns=["Zuiderparkweg 118"]),
     P("2532 LP", "postcode"),
     P("NL68 RABO 1441 1260 85", "iban", scheme="iban"),
     P("NL25 ASNB 3427 9982 69", "iban", scheme="iban"),
     P("T. Oosterhuis", "name"),
     P("06-41872290", "phone"),
     P("marloes.verhagen86@example.nl", "email")],
    [L("871687120054321987", "ean"), L("23.418", "meter_reading"), L("8.913 kuub", "meter_reading"),
     L("€ 142,00", "price"), L("40018872", "customer_number"), L("1 maart", "date"),
     L("vijf werkdagen", "duration")]),

R("nl-call-002", """
    spk_0: goedemorgen je spreekt met dennis van belnet waarmee kan ik je helpen
    spk_1: ja goeiemorgen eh ik bel omdat mijn internet al drie dagen steeds uitvalt en eh ik heb al twee keer het modem opnieuw opgestart
    spk_0: oké vervelend eh mag ik je naam
    spk_1: ja bram kuipers
    spk_0: kuipers met ei of met ui
    spk_1: met ui k u i p e r s
    spk_0: en op welk nummer ben je bij ons bekend
    spk_1: nul zes vierendertig negenentwintig zeventien nul acht
    spk_0: ja ik zie eh een abonnement maar dat staat op naam van lotte de graaf
    spk_1: ja dat is mijn vriendin die heeft het destijds afgesloten
    spk_0: dan moet ik even haar geboortedatum hebben voor de verificatie
    spk_1: elf november negentien negenentachtig
    spk_0: klopt en de postcode en het huisnummer van de aansluiting
    spk_1: zeven vier een een ka el huisnummer drieënveertig
    spk_0: ik zie inderdaad storingen op de lijn eh mijn collega yusuf heeft gisteren al iets aangemaakt storingsnummer 2024 0318 77
    spk_1: ja klopt die heb ik gesproken
    spk_0: ik plan een monteur in donderdag tussen acht en een is dat goed
    spk_1: prima
    spk_0: en de bevestiging stuur ik naar welk mailadres
    spk_1: bram punt kuipers tachtig apenstaartje example punt nl
    spk_0: bram punt kuipers tachtig apenstaartje example punt nl top je pakket glasvezel duizend loopt gewoon door en je krijgt vijftien euro korting op de volgende factuur
    spk_1: oké super dank je
    """,
    [P("dennis", "name"),
     P("bram kuipers", "name"),
     P("k u i p e r s", "name"),
     P("nul zes vierendertig negenentwintig zeventien nul acht", "phone", spoken=True, norm="0634291708",
       extra=["zeventien nul acht"]),
     P("lotte de graaf", "name"),
     P("elf november negentien negenentachtig", "birth_date", scheme="birth", norm="1989-11-11"),
     P("zeven vier een een ka el huisnummer drieënveertig", "address",
       mns=["zeven vier een een ka el huisnummer drieënveertig", "zeven vier een een ka el"]),
     P("yusuf", "name"),
     P("bram punt kuipers tachtig apenstaartje example punt nl", "email", spoken=True,
       mns=["bram punt kuipers tachtig apenstaartje example punt nl", "bram punt kuipers tachtig"])],
    [L("drie dagen", "duration"), L("twee keer", "quantity"), L("2024 0318 77", "ticket_number"),
     L("donderdag tussen acht en een", "time"), L("glasvezel duizend", "product"),
     L("vijftien euro", "price")]),

R("nl-call-003", """
    Medewerker: Gemeente Amersfoort, Burgerzaken, u spreekt met Iris.
    Beller: Goedemiddag, mijn naam is Hatice Yılmaz-Koç. Ik wil een verhuizing doorgeven, voor mij en mijn zoon.
    Medewerker: Dat kan ook online met DigiD, maar ik help u graag. Wat is uw burgerservicenummer?
    Beller: 285035514.
    Medewerker: En uw geboortedatum?
    Beller: 3 augustus 1979.
    Medewerker: Dank u. Voor wie nog meer?
    Beller: Mijn zoon Emre, geboren 22-06-2011. Zijn BSN heb ik niet bij de hand.
    Medewerker: Dat is niet erg, ik vind hem via u. Wat is het nieuwe adres?
    Beller: Leusderweg 212, 3817 KE Amersfoort. We gaan per 15 mei inwonen bij mijn moeder, mevrouw Koç.
    Medewerker: En u komt nu van welk adres?
    Beller: Kapelweg 31a in Zeist.
    Medewerker: Staat uw moeder zelf ook op de Leusderweg ingeschreven?
    Beller: Ja, al jaren. Ayşe Koç.
    Medewerker: Dan heb ik van haar een ondertekende toestemmingsverklaring nodig, met een kopie van haar ID. Die kunt u uploaden of langsbrengen, het loket is open tot 16.30 uur.
    Beller: Oké. Kost dat iets?
    Medewerker: De verhuizing niet. Een uittreksel uit de BRP kost wel € 15,40, als u dat nodig heeft.
    Medewerker: Op welk nummer kunnen we u bereiken als er iets ontbreekt?
    Beller: 06 18 44 90 27.
    Medewerker: Dank u. U krijgt binnen 5 werkdagen een brief. Uw zaaknummer is Z-2024-118734.
    """,
    [P("Iris", "name"),
     P("Hatice Yılmaz-Koç", "name"),
     P("285035514", "national_id", scheme="bsn"),
     P("3 augustus 1979", "birth_date", scheme="birth", norm="1979-08-03"),
     P("Emre", "name"),
     P("22-06-2011", "birth_date", scheme="birth", norm="2011-06-22"),
     P("Leusderweg 212, 3817 KE Amersfoort", "address", mns=["Leusderweg 212", "3817 KE"]),
     P("Kapelweg 31a in Zeist", "address", mns=["Kapelweg 31a"]),
     P("Ayşe Koç", "name"),
     P("06 18 44 90 27", "phone")],
    [L("15 mei", "date"), L("16.30 uur", "time"), L("€ 15,40", "price"), L("5 werkdagen", "duration"),
     L("Z-2024-118734", "case_number")]),

R("nl-call-004", """
    [SPEAKER 1] Zorgverzekeraar Noordzorg, goedemorgen, met Kevin.
    [SPEAKER 2] Goedemorgen, u spreekt met Wilma Hoekstra. Ik heb een vraag over een rekening van de fysiotherapeut.
    [SPEAKER 1] Ik help u graag. Kunt u uw burgerservicenummer noemen?
    [SPEAKER 2] Eh ja, vier vijf nul, nul zeven vijf, zeven zeven een.
    [SPEAKER 1] En uw geboortedatum?
    [SPEAKER 2] Negen januari negentienvierenvijftig.
    [SPEAKER 1] Dank u wel mevrouw Hoekstra. Ik zie uw polis, polisnummer 200-4471-93, met de aanvullende verzekering Extra Fit. Om welke rekening gaat het?
    [SPEAKER 2] Van Fysiopraktijk De Linde, 18 behandelingen, totaal 612 euro. Mijn huisarts, dokter Bakhuizen, had me doorverwezen na de operatie bij dokter Ramdin in het Martini Ziekenhuis.
    [SPEAKER 1] Uw aanvullende verzekering vergoedt 12 behandelingen per jaar. De rest valt onder de basisverzekering als het om een chronische indicatie gaat, daar moet ik even naar kijken.
    [SPEAKER 2] Ach. Mijn dochter Femke regelt meestal mijn post, kunt u de brief ook naar haar sturen? Femke de Haan, Oosterstraat 9, 9711 NN Groningen.
    [SPEAKER 1] Daarvoor moet u haar eerst machtigen. Ik stuur een machtigingsformulier naar uw adres, Zonnelaan 140 in Groningen, klopt dat?
    [SPEAKER 2] Ja, postcode 9742 BM.
    [SPEAKER 1] En is 050-3182716 nog uw telefoonnummer?
    [SPEAKER 2] Ja hoor.
    [SPEAKER 1] Dan hoort u binnen tien werkdagen van ons.
    """,
    [P("Kevin", "name"),
     P("Wilma Hoekstra", "name"),
     P("vier vijf nul, nul zeven vijf, zeven zeven een", "national_id", scheme="bsn", norm="450075771",
       spoken=True),
     P("Negen januari negentienvierenvijftig", "birth_date", scheme="birth", norm="1954-01-09"),
     P("Bakhuizen", "name"),
     P("Ramdin", "name"),
     P("Femke de Haan", "name"),
     P("Oosterstraat 9, 9711 NN Groningen", "address", mns=["Oosterstraat 9", "9711 NN"]),
     P("Zonnelaan 140", "address", mns=["Zonnelaan 140"]),
     P("9742 BM", "postcode"),
     P("050-3182716", "phone")],
    [L("200-4471-93", "policy_number"), L("Extra Fit", "product"), L("18 behandelingen", "quantity"),
     L("612 euro", "price"), L("12 behandelingen per jaar", "quantity"), L("Martini Ziekenhuis", "organisation"),
     L("tien werkdagen", "duration")]),

R("nl-call-005", """
    [00:00:03] Agent: Goeiedag, Kempenbank, met Lien, waarmee kan ik u helpen?
    [00:00:07] Klant: Ja, goeiedag, Pieter-Jan Claes hier. Mijn portefeuille is gestolen op de trein, ik wil mijn kaarten laten blokkeren.
    [00:00:15] Agent: Dat doen we meteen. Mag ik uw rijksregisternummer?
    [00:00:19] Klant: Eh, dat is 83.10.03-757.93.
    [00:00:31] Agent: Dank u. Over welke kaarten gaat het?
    [00:00:34] Klant: Mijn debetkaart en de Mastercard. Het nummer van de Mastercard is 5425 6964 6431 6653.
    [00:00:45] Agent: Die zijn nu allebei geblokkeerd, om 14u12. De debetkaart hangt aan rekening BE34 2730 3678 2790, klopt dat?
    [00:00:53] Klant: Ja. En de kaart van mijn vrouw, Evelien Peeters, zat er ook in. Die hangt aan onze gezamenlijke rekening BE83 6484 4080 1415.
    [00:01:04] Agent: Die kan ik alleen blokkeren als zij zelf aan de lijn komt of als u een volmacht hebt.
    [00:01:12] Klant: Ze staat naast mij, ik geef haar even.
    [00:01:20] Agent: Goeiedag mevrouw Peeters. Mag ik uw geboortedatum?
    [00:01:23] Klant (Evelien): 12 februari 1985.
    [00:01:30] Agent: Dank u. Uw kaart is ook geblokkeerd.
    [00:02:40] Agent: De nieuwe kaarten worden verstuurd naar Kerkhofstraat 14 bus 2, 2500 Lier. Dat is het adres dat we hebben.
    [00:02:47] Klant: Klopt.
    [00:02:49] Agent: Ik raad u aan aangifte te doen bij de politie. Uw dossiernummer bij ons is KB-7741-2024. De nieuwe kaart kost 10 euro per kaart, u hebt ze binnen 5 werkdagen.
    [00:03:02] Klant: Oké. Mijn gsm-nummer is trouwens veranderd, het is nu 0476 38 21 95.
    [00:03:07] Agent: Genoteerd. Mijn collega Tom van de fraudedienst belt u morgen nog.
    """,
    [P("Lien", "name"),
     P("Pieter-Jan Claes", "name"),
     P("83.10.03-757.93", "national_id", scheme="rrn"),
     P("5425 6964 6431 6653", "card", scheme="card"),
     P("BE34 2730 3678 2790", "iban", scheme="iban"),
     P("Evelien Peeters", "name"),
     P("BE83 6484 4080 1415", "iban", scheme="iban"),
     P("12 februari 1985", "birth_date", scheme="birth", norm="1985-02-12"),
     P("Kerkhofstraat 14 bus 2, 2500 Lier", "address", mns=["Kerkhofstraat 14 bus 2", "2500"]),
     P("0476 38 21 95", "phone"),
     P("Tom", "name")],
    [L("14u12", "time"), L("KB-7741-2024", "case_number"), L("10 euro per kaart", "price"),
     L("5 werkdagen", "duration"), L("00:02:49", "timestamp")]),

R("nl-call-006", """
    Goedemiddag, PakketPost klantenservice, u spreekt met Noor.
    Ja hallo, met Veldkamp. Gerrit Veldkamp, V van Victor, E van Eduard, L van Lodewijk, D van Dirk, K van Karel, A van Anton, M van Maria, P van Pieter. Ik heb een pakket gemist, er zou vandaag iets komen van Tuinwinkel Hendriks en ik ben de hele dag thuis geweest.
    Vervelend meneer. Heeft u de trackingcode bij de hand?
    Ja, 3SPKP0048812377.
    Even kijken. Volgens het systeem is het om 11:42 afgeleverd bij de buren, op Eikenlaan 17.
    Eikenlaan 17? Daar woont mevrouw Bosman, maar die is op vakantie, dus dat kan helemaal niet.
    Hm. Er staat een handtekening bij, maar die is onleesbaar. Op welk adres woont u precies?
    Eikenlaan 15, 7203 BR Zutphen.
    Dan klopt het adres op het pakket. Ik ga een onderzoek starten bij het depot. Het pakket weegt 12,4 kg, dus het is niet in een brievenbus beland.
    Nee, dat dacht ik al.
    Op welk nummer kan de depotmanager u terugbellen?
    Op mijn mobiel, 06 2771 4580, of anders het vaste nummer 0575 51 88 23.
    En uw e-mailadres is g.veldkamp@example.nl?
    Ja. O ja, mijn schoonzoon Ruben Hartog heeft het pakket besteld met zijn account, misschien staat het daarom op zijn naam.
    Dat maakt voor het onderzoek niet uit. Uw onderzoeksnummer is OZ-551820, u hoort binnen 48 uur van ons.
    Goed, dank u.
    """,
    [P("Noor", "name"),
     P("Gerrit Veldkamp", "name"),
     P("V van Victor, E van Eduard, L van Lodewijk, D van Dirk, K van Karel, A van Anton, M van Maria, P van Pieter",
       "name", mns=["V van Victor, E van Eduard, L van Lodewijk, D van Dirk, K van Karel, A van Anton, M van Maria, P van Pieter"]),
     P("Eikenlaan 17", "address", mns=["Eikenlaan 17"]),
     P("Bosman", "name"),
     P("Eikenlaan 15, 7203 BR Zutphen", "address", mns=["Eikenlaan 15", "7203 BR"]),
     P("06 2771 4580", "phone"),
     P("0575 51 88 23", "phone"),
     P("g.veldkamp@example.nl", "email"),
     P("Ruben Hartog", "name")],
    [L("3SPKP0048812377", "tracking_number"), L("11:42", "time"), L("12,4 kg", "quantity"),
     L("Tuinwinkel Hendriks", "company_named_after_person"), L("OZ-551820", "case_number"),
     L("48 uur", "duration")]),

R("nl-call-007", """
    MEDEWERKER: AUTOBEDRIJF DE BOER GOEDEMORGEN MET MELVIN
    KLANT: JA MORGEN MET SJOERD WIERSMA IK WIL DE AUTO INPLANNEN VOOR DE APK
    MEDEWERKER: JA DAT KAN WELK KENTEKEN
    KLANT: 49-TKV-3 DE CLIO EN EIGENLIJK OOK DE OCTAVIA VAN MIJN VROUW DIE HEEFT K-205-TN
    MEDEWERKER: STAAN ZE OP DEZELFDE NAAM
    KLANT: NEE DE OCTAVIA STAAT OP NAAM VAN HAAR AUKJE WIERSMA-POSTMA
    MEDEWERKER: GEEN PROBLEEM IK HEB DINSDAG 14 MEI OM 08:15 EN DAN ZIJN ZE ROND 11:00 KLAAR APK KOST 49 EURO PER AUTO EXCLUSIEF EVENTUELE REPARATIES
    KLANT: PRIMA
    MEDEWERKER: WAT IS UW TELEFOONNUMMER
    KLANT: 06 5190 3328
    MEDEWERKER: EN DE FACTUUR STUREN WE NAAR TJEPKEMASTRAAT 22 8911 KC LEEUWARDEN KLOPT DAT NOG
    KLANT: JA DAT KLOPT EN MAIL MAG OOK SJOERD.WIERSMA@EXAMPLE.NL
    MEDEWERKER: STAAT GENOTEERD WERKORDER 24-0917 ONZE MONTEUR HESSEL BELT U ALS ER IETS EXTRA IS
    KLANT: TOP TOT DINSDAG
    """,
    [P("MELVIN", "name"),
     P("SJOERD WIERSMA", "name"),
     P("49-TKV-3", "plate"),
     P("K-205-TN", "plate"),
     P("AUKJE WIERSMA-POSTMA", "name"),
     P("06 5190 3328", "phone"),
     P("TJEPKEMASTRAAT 22 8911 KC LEEUWARDEN", "address", mns=["TJEPKEMASTRAAT 22", "8911 KC"]),
     P("SJOERD.WIERSMA@EXAMPLE.NL", "email"),
     P("HESSEL", "name")],
    [L("AUTOBEDRIJF DE BOER", "company_named_after_person"), L("CLIO", "product_first_name"),
     L("OCTAVIA", "product_first_name"), L("DINSDAG 14 MEI", "date"), L("08:15", "time"),
     L("49 EURO PER AUTO", "price"), L("WERKORDER 24-0917", "order_number")]),

R("nl-call-008", """
    - Woonstichting Rivierenland, goedemiddag, u spreekt met Bart.
    - Hoi, met Naima El Amrani, ik huur bij jullie op de Tielerweg 88 in Culemborg. Ik heb een lekkage in de badkamer, het komt van boven.
    - Vervelend. Weet u wie er boven u woont?
    - Meneer Kortekaas. Hij is al twee weken weg en ik kan hem niet bereiken.
    - Heeft u al een reparatieverzoek gedaan via de app?
    - Ja, nummer RV-20931. Maar er gebeurt niks.
    - Ik zie het. Ik zet er spoed op, de loodgieter van Installatiebedrijf Van Wijk komt morgen tussen 7:30 en 12:00.
    - Oké. Moet ik thuis zijn? Ik werk, maar mijn broer Karim kan er zijn.
    - Dat is goed. Op welk nummer kan de loodgieter bellen?
    - Van Karim, 06 4490 1173. Of van mij, 06 1257 8034.
    - En de postcode, voor de werkbon?
    - 4102 BV.
    - Dank u. U gaf aan dat er ook schade is aan uw spullen, die kunt u melden bij uw inboedelverzekering. Voor de huur krijgt u een korting van € 35 per maand zolang de badkamer niet bruikbaar is. Die storten we terug op uw rekening, maar ik zie hier geen rekeningnummer.
    - NL62 BUNQ 0399 0189 25.
    - Genoteerd. Ik stuur alles ook nog naar naima.elamrani@example.com.
    - Dank je wel.
    """,
    [P("Bart", "name"),
     P("Naima El Amrani", "name", mns=["Naima", "El Amrani", "Amrani"]),
     P("Tielerweg 88", "address", mns=["Tielerweg 88"]),
     P("Kortekaas", "name"),
     P("Karim", "name"),
     P("06 4490 1173", "phone"),
     P("06 1257 8034", "phone"),
     P("4102 BV", "postcode"),
     P("NL62 BUNQ 0399 0189 25", "iban", scheme="iban"),
     P("naima.elamrani@example.com", "email")],
    [L("RV-20931", "ticket_number"), L("Installatiebedrijf Van Wijk", "company_named_after_person"),
     L("7:30", "time"), L("€ 35 per maand", "price"), L("twee weken", "duration")]),

R("nl-call-009", """
    Spreker 1: Salarisadministratie, met Joyce.
    Spreker 2: Hoi Joyce, met Lars Brouwer. Ik ben per 1 februari begonnen bij de afdeling logistiek in Tilburg en ik heb mijn salaris van februari niet gehad.
    Spreker 1: Oei. Wat is je personeelsnummer?
    Spreker 2: 100482.
    Spreker 1: Even kijken... ik zie dat je bankrekeningnummer ontbreekt. Heb je het formulier aan Ingrid van Leeuwen gegeven?
    Spreker 2: Ja, aan Ingrid, in de eerste week al.
    Spreker 1: Dan is het ergens blijven liggen. Geef het maar even aan mij door.
    Spreker 2: N L veertien A B N A zes zeven vijf nul nul zeven negen twee zeven negen.
    Spreker 1: Op naam van L. Brouwer?
    Spreker 2: Ja.
    Spreker 1: En voor de loonheffing heb ik je BSN nodig, dat staat er ook niet in.
    Spreker 2: 871 232 893.
    Spreker 1: En je geboortedatum is 04-09-1998?
    Spreker 2: Ja, klopt.
    Spreker 1: Dan zet ik een voorschot klaar, bruto 2.640 euro. Dat staat binnen drie werkdagen op je rekening. Je adres is nog Ringbaan-Oost 301?
    Spreker 2: Nee, ik ben verhuisd, het is nu Hoogvensestraat 56, 5017 CE Tilburg. Mijn collega Joost de Bruijn woont er ook, we delen een huis.
    Spreker 1: Aangepast. Je loonstrook komt in het portaal, inloggen doe je met je personeelsnummer.
    """,
    [P("Joyce", "name"),
     P("Lars Brouwer", "name"),
     P("Ingrid van Leeuwen", "name"),
     P("N L veertien A B N A zes zeven vijf nul nul zeven negen twee zeven negen", "iban", scheme="iban",
       norm="NL14 ABNA 6750 0792 79", spoken=True, extra=["zes zeven vijf nul nul zeven negen twee zeven negen"]),
     P("871 232 893", "national_id", scheme="bsn"),
     P("04-09-1998", "birth_date", scheme="birth", norm="1998-09-04"),
     P("Ringbaan-Oost 301", "address", mns=["Ringbaan-Oost 301"]),
     P("Hoogvensestraat 56, 5017 CE Tilburg", "address", mns=["Hoogvensestraat 56", "5017 CE"]),
     P("Joost de Bruijn", "name")],
    [L("1 februari", "date"), L("100482", "personnel_number"), L("2.640 euro", "price"),
     L("drie werkdagen", "duration"), L("afdeling logistiek", "department")]),

R("nl-call-010", """
    Reisadviseur: Zonreizen, goedemiddag, met Priscilla.
    Klant: Hallo, met Anouk Schepers. Wij hebben een reis geboekt naar Gran Canaria en ik moet de namen nog doorgeven voor de vluchten.
    Reisadviseur: Wat is het boekingsnummer?
    Klant: ZR-3310927.
    Reisadviseur: Ja, ik zie hem. Vier personen, vertrek 12 juli met HV 6123 om 06:40, verblijf in Hotel Doña Carmen. Welke namen mag ik noteren?
    Klant: Ik, Anouk Schepers, geboren 30-11-1984. Mijn man Michiel Verbeek, geboren 17-05-1982. En de kinderen, Daan en Lieke Verbeek.
    Reisadviseur: De namen moeten precies zo zijn als in het paspoort, dus met alle voornamen niet nodig, maar wel de achternaam goed.
    Klant: Moet u ook het paspoortnummer?
    Reisadviseur: Voor deze bestemming is het niet verplicht, maar van de hoofdboeker is het wel handig.
    Klant: NW4R82KL7.
    Reisadviseur: Dank u. Op welk nummer bereiken we u tijdens de reis?
    Klant: Op mijn Duitse nummer, ik werk in Kleef: +49 151 23984417.
    Reisadviseur: En de reisbescheiden sturen we naar?
    Klant: Naar ons huisadres, Heuvelstraat 3 in Groesbeek.
    Reisadviseur: Prima. Het totaalbedrag is € 3.486, de restbetaling moet zes weken voor vertrek binnen zijn.
    """,
    [P("Priscilla", "name"),
     P("Anouk Schepers", "name"),
     P("30-11-1984", "birth_date", scheme="birth", norm="1984-11-30"),
     P("Michiel Verbeek", "name"),
     P("17-05-1982", "birth_date", scheme="birth", norm="1982-05-17"),
     P("Daan", "name"),
     P("Lieke Verbeek", "name"),
     P("NW4R82KL7", "national_id", scheme="passport"),
     P("+49 151 23984417", "phone"),
     P("Heuvelstraat 3 in Groesbeek", "address", mns=["Heuvelstraat 3"])],
    [L("ZR-3310927", "booking_number"), L("12 juli", "date"), L("HV 6123", "flight_number"), L("06:40", "time"),
     L("Hotel Doña Carmen", "company_named_after_person"), L("€ 3.486", "price"), L("zes weken", "duration")]),

R("nl-call-011", """
    agent: goeiemiddag met jens van lumio hoe kan ik u helpen
    klant: ja dag eh sofie vermeulen hier eh ik zou mijn abonnement willen overzetten naar mijn nieuw adres ik ga op kot in gent
    agent: ja dat kan eh wat is uw klantnummer
    klant: eh wacht eh 704 41 92
    agent: ja ik heb u en voor de identificatie uw rijksregisternummer alstublieft
    klant: ja dat is nul vier nul twee nul vier een zes twee drie negen
    agent: dank u en wat is het nieuwe adres
    klant: overpoortstraat eenenveertig bus drie negenduizend gent
    agent: en het oude adres was de kapelstraat zeven in aalst
    klant: ja bij mijn ouders dat blijft ook gewoon
    agent: oké en uw gsm-nummer blijft nul vier zevenenzeventig zestig tweeëntwintig achttien
    klant: ja klopt maar de factuur mag naar mijn papa want die betaalt eh luc vermeulen
    agent: dan heb ik een e-mailadres van hem nodig
    klant: luc punt vermeulen at example punt com
    agent: en de domiciliëring blijft op zijn rekening
    klant: ja b e drieënnegentig vijf twee zes drie negen vier acht nul vijf twee zes zeven
    agent: perfect de installatie is op vrijdag zeventien mei tussen acht en twaalf en de huur van de modem is vier euro per maand
    klant: oké merci
    agent: uw bestelnummer is 5581207 graag gedaan nog een fijne dag
    """,
    [P("jens", "name"),
     P("sofie vermeulen", "name"),
     P("nul vier nul twee nul vier een zes twee drie negen", "national_id", scheme="rrn",
       norm="04.02.04-162.39", spoken=True),
     P("overpoortstraat eenenveertig bus drie negenduizend gent", "address",
       mns=["overpoortstraat eenenveertig bus drie", "negenduizend"]),
     P("kapelstraat zeven in aalst", "address", mns=["kapelstraat zeven"]),
     P("nul vier zevenenzeventig zestig tweeëntwintig achttien", "phone", spoken=True, norm="0477602218"),
     P("luc vermeulen", "name"),
     P("luc punt vermeulen at example punt com", "email", spoken=True,
       mns=["luc punt vermeulen at example punt com", "luc punt vermeulen"]),
     P("b e drieënnegentig vijf twee zes drie negen vier acht nul vijf twee zes zeven", "iban", scheme="iban",
       norm="BE93 5263 9480 5267", spoken=True)],
    [L("704 41 92", "customer_number"), L("vrijdag zeventien mei", "date"), L("tussen acht en twaalf", "time"),
     L("vier euro per maand", "price"), L("5581207", "order_number")]),

R("nl-call-012", """
    (14:02) Medewerker: Welkom bij Fietsonderdelen24, u spreekt met Thijs.
    (14:02) Klant: Hallo Thijs, met Yvonne Lammers. Ik heb een retour gestuurd, een Shimano-groepset, en ik heb mijn geld nog steeds niet terug.
    (14:03) Medewerker: Vervelend. Wat is het ordernummer?
    (14:03) Klant: 2024-118-4471. De retour is op 2 april ontvangen volgens de track en trace.
    (14:03) Medewerker: Ik zie het. De terugbetaling van € 219,95 staat nog open. Die gaat terug naar de betaalmethode van de bestelling, en dat was een creditcard.
    (14:04) Klant: Ja, het kaartnummer is 4916 0851 8944 6798, de vervaldatum is...
    (14:04) Medewerker: Stop, stop, u hoeft uw kaartgegevens niet te geven, die hebben we echt niet nodig.
    (14:05) Klant: O sorry. Ik woon trouwens in Duitsland, Lütticher Straße 48, 52064 Aachen, misschien heeft het daarmee te maken?
    (14:05) Medewerker: Nee, het ligt aan een storing bij onze betaalprovider. Als het via de kaart niet lukt, kan ik het handmatig overmaken.
    (14:06) Klant: Dan graag naar mijn Duitse rekening, DE19 9607 5564 5305 1858 17.
    (14:06) Medewerker: Genoteerd. Mag ik uw telefoonnummer voor als de financiële afdeling vragen heeft?
    (14:06) Klant: +49 241 44703120. Of mijn man, Frank Herzog, +49 170 5531829.
    (14:07) Medewerker: Dank u. Mijn collega Esmée van Finance belt u binnen 2 werkdagen.
    """,
    [P("Thijs", "name"),
     P("Yvonne Lammers", "name"),
     P("4916 0851 8944 6798", "card", scheme="card"),
     P("Lütticher Straße 48, 52064 Aachen", "address", mns=["Lütticher Straße 48", "52064"]),
     P("DE19 9607 5564 5305 1858 17", "iban", scheme="iban"),
     P("+49 241 44703120", "phone"),
     P("Frank Herzog", "name"),
     P("+49 170 5531829", "phone"),
     P("Esmée", "name")],
    [L("2024-118-4471", "order_number"), L("2 april", "date"), L("€ 219,95", "price"),
     L("Shimano", "company_named_after_person"), L("2 werkdagen", "duration"), L("(14:04)", "timestamp")]),
]
