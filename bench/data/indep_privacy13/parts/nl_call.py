# Dutch / Flemish call transcripts (12)
RECORDS = []

RECORDS.append(dict(id="nl-call-001", language="nl", channel="call", text="""Agent: Goedemiddag, Zonnewijzer Energie, u spreekt met Sanne Hoekstra. Waarmee kan ik u helpen?
Klant: Ja, goedemiddag, met Petra Vermeulen-Dijkstra. Ik ben aan het verhuizen en ik wil mijn energiecontract eh meenemen.
Agent: Dat regelen we. Heeft u uw klantnummer bij de hand?
Klant: Eh ja, vier nul één één, zeven drie zes, twee vijf vijf.
Agent: Dank u, mevrouw Vermeulen. En ter controle uw geboortedatum?
Klant: Drie november negentien tweeëntachtig.
Agent: Klopt. Wat wordt het nieuwe adres?
Klant: Populierenstraat 118 in Nijmegen, postcode 6524 BK.
Agent: Populierenstraat 118, 6524 BK, genoteerd. Vanaf wanneer woont u daar?
Klant: Per 1 maart krijg ik de sleutel.
Agent: Dan heb ik de EAN-code van de nieuwe aansluiting nodig, die vindt u meestal op de meterkast.
Klant: Ik heb er een foto van gemaakt, momentje... 871694840007354216, dat is voor stroom.
Agent: Top. Ik zie nu een termijnbedrag van 142 euro per maand op Groene Stroom Vast Drie Jaar.
Klant: Dat mag wel wat omlaag, het nieuwe huis is kleiner.
Agent: Dat passen we aan na de eerste meterstand. Wordt het nog van dezelfde rekening afgeschreven?
Klant: Nee, ik heb een nieuwe rekening. NL38 RABO 0140 8115 55.
Agent: NL38 RABO 0140 8115 55. En op welk mobiel nummer kunnen we u bereiken?
Klant: Nul zes, eenenveertig, zevenentachtig, negenentwintig, drieënvijftig.
Agent: En uw e-mailadres?
Klant: p vermeulen tweeëntachtig apenstaartje kpnmail punt nl, alles aan elkaar.
Agent: Mocht de monteur niet binnen kunnen, is er dan iemand met een sleutel?
Klant: Mijn buurvrouw, mevrouw Adaeze Okafor, die woont ernaast.
Agent: Prima. U krijgt binnen vijf werkdagen een bevestiging met referentie VH-2025-08817. Vragen kunt u altijd stellen via 088 765 43 21.
Klant: Dank u wel, fijne dag.""",
planted=[
    P("Sanne Hoekstra", "name", ["Sanne", "Hoekstra"]),
    P("Petra Vermeulen-Dijkstra", "name", ["Petra", "Vermeulen", "Dijkstra"]),
    P("Drie november negentien tweeëntachtig", "birth_date"),
    P("Populierenstraat 118", "address"),
    P("6524 BK", "postcode"),
    P("NL38 RABO 0140 8115 55", "iban", check="iban"),
    P("Nul zes, eenenveertig, zevenentachtig, negenentwintig, drieënvijftig", "phone"),
    P("p vermeulen tweeëntachtig apenstaartje kpnmail punt nl", "email", ["p vermeulen tweeëntachtig apenstaartje kpnmail punt nl", "p vermeulen tweeëntachtig"]),
    P("Adaeze Okafor", "name", ["Adaeze", "Okafor"]),
],
lookalikes=[
    L("vier nul één één, zeven drie zes, twee vijf vijf", "customer_number"),
    L("1 maart", "move_date"),
    L("871694840007354216", "ean_connection_code"),
    L("142 euro", "price"),
    L("Groene Stroom Vast Drie Jaar", "product"),
    L("VH-2025-08817", "reference"),
    L("vijf werkdagen", "duration"),
]))

RECORDS.append(dict(id="nl-call-002", language="nl", channel="call", text="""[00:00:02] Medewerker: Goedemorgen, Noordkust Bank, met Joost. Met wie spreek ik?
[00:00:05] Klant: Goedemorgen, u spreekt met Emre Korkmaz. Ik wil m'n pas blokkeren, ik ben m'n portemonnee kwijt.
[00:00:11] Medewerker: Vervelend. Kunt u uw achternaam even spellen?
[00:00:14] Klant: K-O-R-K-M-A-Z.
[00:00:19] Medewerker: En uw geboortedatum?
[00:00:21] Klant: 17-09-1990.
[00:00:26] Medewerker: Om welke rekening gaat het?
[00:00:28] Klant: NL83 TRIO 0773 0984 38.
[00:00:40] Medewerker: Ik zie twee passen op deze rekening. Gaat het om de debitcard of de creditcard?
[00:00:44] Klant: De creditcard. Het nummer staat nog in de app: 5231 9042 5288 1589.
[00:00:58] Medewerker: Die blokkeer ik nu. Ik zie vanochtend om 08:42 een betaling bij Jan Linders van € 349,99. Is die van u?
[00:01:06] Klant: Nee! Die niet.
[00:01:08] Medewerker: Dan zet ik die als betwist. Uw meldingsnummer is 2025-0611-4471. De nieuwe pas sturen we naar het adres dat bij ons bekend is, Hoogstraat 7A in Roermond.
[00:01:20] Klant: Nee, ik woon nu bij mijn vriendin, Lotte Schepers, Kapelweg 33, 5916 PL Venlo.
[00:01:33] Medewerker: Een adreswijziging moet u eerst in de app doorgeven, daarna verstuur ik de pas. Reken op drie tot vijf werkdagen. Mag ik u terugbellen op 06 28 55 17 03?
[00:01:41] Klant: Ja, dat is goed.
[00:01:43] Medewerker: Dan hoort u van ons. Sterkte vandaag.""",
planted=[
    P("Joost", "name", ["Joost"]),
    P("Emre Korkmaz", "name", ["Emre", "Korkmaz", "K-O-R-K-M-A-Z"]),
    P("17-09-1990", "birth_date"),
    P("NL83 TRIO 0773 0984 38", "iban", check="iban"),
    P("5231 9042 5288 1589", "card", check="luhn"),
    P("Hoogstraat 7A", "address"),
    P("Lotte Schepers", "name", ["Lotte", "Schepers"]),
    P("Kapelweg 33, 5916 PL Venlo", "address", ["Kapelweg 33", "5916 PL"]),
    P("06 28 55 17 03", "phone"),
],
lookalikes=[
    L("08:42", "time"),
    L("Jan Linders", "company_name"),
    L("€ 349,99", "amount"),
    L("2025-0611-4471", "ticket_number"),
    L("drie tot vijf werkdagen", "duration"),
    L("00:00:58", "timestamp"),
    L("00:01:33", "timestamp"),
]))

RECORDS.append(dict(id="nl-call-003", language="nl", channel="call", text="""goeiemiddag telenova klantendienst u spreekt met wouter hoe kan ik u helpen ja goeiemiddag ik bel voor mijn internet dat al drie dagen niet werkt allee ik heb al alles herstart oké da's vervelend mag ik uw naam alstublieft ilse de clercq clercq met c q dus c l e r c q oké mevrouw de clercq en voor de identificatie uw rijksregisternummer ja dat is vijfentachtig elf nul drie twee negen acht negentien merci en het adres van de aansluiting kerkstraat twaalf bus drie negenduizend gent ja ik zie het ik zie hier ook een storing in uw straat met ticketnummer i n c zeven zeven vier een nul ah ja ge hebt een telenova box vier hé ja die witte ik zie dat de box nog een ip adres heeft 203.0.113.47 maar de firmware staat op versie twee punt veertien dus die update ik nu eerst even euh mijn man thibault heeft ook al eens gebeld vorige week ah ja da's mogelijk ik zie een notitie als het morgen niet opgelost is stuur ik een technieker donderdag tussen acht en één op welk nummer kan die u bereiken nul vier zeven vijf twaalf vierendertig zesenvijftig en een mailadres voor de bevestiging ilse punt d c apenstaartje skynet punt be oké ge krijgt ook vijftien euro compensatie op de volgende factuur merci hé daag""",
planted=[
    P("wouter", "name", ["wouter"]),
    P("ilse de clercq", "name", ["ilse", "clercq", "c l e r c q"]),
    P("vijfentachtig elf nul drie twee negen acht negentien", "national_id", check=["be_rrn", "85110329819"]),
    P("kerkstraat twaalf bus drie negenduizend gent", "address", ["kerkstraat twaalf bus drie", "negenduizend"]),
    P("203.0.113.47", "ip"),
    P("thibault", "name", ["thibault"]),
    P("nul vier zeven vijf twaalf vierendertig zesenvijftig", "phone"),
    P("ilse punt d c apenstaartje skynet punt be", "email", ["ilse punt d c apenstaartje skynet punt be", "ilse punt d c"]),
],
lookalikes=[
    L("drie dagen", "duration"),
    L("i n c zeven zeven vier een nul", "ticket_number"),
    L("telenova box vier", "product"),
    L("versie twee punt veertien", "version"),
    L("donderdag tussen acht en één", "appointment"),
    L("vijftien euro", "amount"),
]))

RECORDS.append(dict(id="nl-call-004", language="nl", channel="call", text="""Gemeente: Gemeente Utrecht, Publiekszaken, u spreekt met Youssef el Amrani.
Inwoner: Hallo, met Marloes Bakker-de Wit. Ik heb een parkeervergunning aangevraagd maar ik hoor niks.
Gemeente: Dan zoek ik dat even op. Mag ik uw burgerservicenummer?
Inwoner: Ja, vijf vijf twee, twee zeven drie, één vier vier.
Gemeente: Dank u. En u woont op de Biltstraat 140 bis?
Inwoner: Klopt, 3572 BG.
Gemeente: Ik zie de aanvraag, zaaknummer Z-25-104877, voor zone C2. Voor welk kenteken was het ook alweer?
Inwoner: GZ-418-T, een grijze Fiat Panda.
Gemeente: Ja. Er staat nog een tweede aanvraag op uw adres, voor kenteken K-327-NB, op naam van Ruud Kramer.
Inwoner: Dat is mijn partner, klopt.
Gemeente: Het punt is: een tweede vergunning kost € 85,50 per kwartaal en daar zit een wachtlijst op. De eerste kan per 15 juli in.
Inwoner: Oké, prima. Kunt u de bevestiging mailen?
Gemeente: Naar welk adres?
Inwoner: marloes punt bakker at gmail punt com.
Gemeente: En een telefoonnummer voor als er iets mis is?
Inwoner: 030 267 41 98, dat is vast.
Gemeente: Genoteerd. U krijgt binnen 2 weken de Parkeervergunning Bewoners per mail. Fijne dag nog.""",
planted=[
    P("Youssef el Amrani", "name", ["Youssef", "Amrani"]),
    P("Marloes Bakker-de Wit", "name", ["Marloes", "Bakker", "Wit"]),
    P("vijf vijf twee, twee zeven drie, één vier vier", "national_id", check=["bsn", "552273144"]),
    P("Biltstraat 140 bis", "address"),
    P("3572 BG", "postcode"),
    P("GZ-418-T", "plate"),
    P("K-327-NB", "plate"),
    P("Ruud Kramer", "name", ["Ruud", "Kramer"]),
    P("marloes punt bakker at gmail punt com", "email", ["marloes punt bakker at gmail punt com", "marloes punt bakker"]),
    P("030 267 41 98", "phone"),
],
lookalikes=[
    L("Z-25-104877", "case_number"),
    L("zone C2", "zone"),
    L("Fiat Panda", "product"),
    L("€ 85,50", "price"),
    L("15 juli", "date"),
    L("2 weken", "duration"),
    L("Parkeervergunning Bewoners", "product"),
]))

RECORDS.append(dict(id="nl-call-005", language="nl", channel="call", text="""– Huisartsenpraktijk De Linde, goedemorgen, met Esther.
– Goedemorgen, met Henk Scholten. Ik bel voor mijn moeder, die is gisteravond gevallen.
– Ach, wat naar. Wat is de naam van uw moeder?
– Geertruida Scholten-Bos, maar iedereen zegt Truus.
– En haar geboortedatum?
– Twaalf april negentien negenendertig.
– Ik heb haar. Woont ze nog op de Zandweg 4 in Aalten?
– Ja, nog steeds, alleen.
– Ze staat bij dokter Ramdin. Die kan morgen om 10.20 uur op visite komen. Heeft ze pijn?
– Ze heeft paracetamol 500 milligram genomen, 3 keer per dag, dat helpt een beetje.
– Goed. Voor een eventuele röntgenfoto heb ik haar BSN nodig, heeft u dat?
– Ja, ik heb haar pasje hier: 339 574 793.
– En het polisnummer van de zorgverzekering?
– 2093 4471 8.
– Dank u. Op welk nummer kan de dokter u bellen?
– 06 19 44 82 07. En stuur de verwijzing ook maar naar mij, h punt scholten at hetnet punt nl.
– Komt goed. De visite staat genoteerd voor morgenochtend.""",
planted=[
    P("Esther", "name", ["Esther"]),
    P("Henk Scholten", "name", ["Henk", "Scholten"]),
    P("Geertruida Scholten-Bos", "name", ["Geertruida", "Scholten", "Bos", "Truus"]),
    P("Twaalf april negentien negenendertig", "birth_date"),
    P("Zandweg 4", "address"),
    P("dokter Ramdin", "name", ["Ramdin"]),
    P("339 574 793", "national_id", check="bsn"),
    P("06 19 44 82 07", "phone"),
    P("h punt scholten at hetnet punt nl", "email", ["h punt scholten at hetnet punt nl", "h punt scholten"]),
],
lookalikes=[
    L("Huisartsenpraktijk De Linde", "company_name"),
    L("10.20 uur", "appointment_time"),
    L("paracetamol 500 milligram", "product"),
    L("3 keer per dag", "dosage"),
    L("2093 4471 8", "policy_number"),
    L("morgenochtend", "date"),
]))

RECORDS.append(dict(id="nl-call-006", language="nl", channel="call", text="""M: Goedemiddag, PakketPunt Nederland, je spreekt met Dewi.
B: Ja hoi, met Niels Bruinsma. Ik heb een pakket dat als bezorgd staat, maar ik heb niks gekregen.
M: Balen. Heb je de trackingcode voor me?
B: 3SPKD0048817263.
M: Even kijken... ja, bezorgd op dinsdag 14 januari om 13:07. Op welke naam staat het?
B: Bruinsma, B-R-U-I-N-S-M-A.
M: En het bezorgadres?
B: Esdoornlaan 12, 8442 CB Heerenveen.
M: Ik zie dat de bezorger, Kees, het bij de buren heeft afgegeven, bij Öztürk.
B: Die zijn op vakantie! Daar kan het niet liggen.
M: Oké, dan start ik een onderzoek. Het pakket weegt 2,4 kilo en komt van Kooploods. Onderzoeksnummer is OZ-771-302.
B: En als het echt weg is?
M: Dan vergoedt de afzender het en wij de verzendkosten van € 6,95. Op welk rekeningnummer?
B: NL59 BUNQ 0577 1387 21.
M: Dank je. Kan ik je bellen op het nummer dat bij de zending staat, 06 50 93 28 64?
B: Ja, of mail naar niels.bruinsma@ziggo.nl.
M: Top, je hoort binnen 48 uur van ons.""",
planted=[
    P("Dewi", "name", ["Dewi"]),
    P("Niels Bruinsma", "name", ["Niels", "Bruinsma", "B-R-U-I-N-S-M-A"]),
    P("Esdoornlaan 12, 8442 CB Heerenveen", "address", ["Esdoornlaan 12", "8442 CB"]),
    P("Kees", "name", ["Kees"]),
    P("Öztürk", "name", ["Öztürk"]),
    P("NL59 BUNQ 0577 1387 21", "iban", check="iban"),
    P("06 50 93 28 64", "phone"),
    P("niels.bruinsma@ziggo.nl", "email", ["niels.bruinsma@ziggo.nl", "niels.bruinsma"]),
],
lookalikes=[
    L("3SPKD0048817263", "tracking_number"),
    L("dinsdag 14 januari", "delivery_date"),
    L("13:07", "time"),
    L("2,4 kilo", "weight"),
    L("Kooploods", "company_name"),
    L("OZ-771-302", "case_number"),
    L("€ 6,95", "price"),
    L("48 uur", "duration"),
]))

RECORDS.append(dict(id="nl-call-007", language="nl", channel="call", text="""Schadebehandelaar: Goedemiddag, Veilig Onderweg Verzekeringen, afdeling schade, met Marco Terpstra.
Verzekerde: Hallo, met Bram de Graaf. Ik heb vrijdag een aanrijding gehad.
Schadebehandelaar: Vervelend om te horen. Heeft u uw polisnummer?
Verzekerde: AP-7730912.
Schadebehandelaar: En uw geboortedatum ter controle?
Verzekerde: Achtentwintig juni zeventig. Negentienzeventig dus.
Schadebehandelaar: Dank u. Om welk voertuig gaat het?
Verzekerde: Mijn Toyota Yaris, kenteken 75-XKL-2.
Schadebehandelaar: En de tegenpartij?
Verzekerde: Een Belgische mevrouw, Sophie Mertens, met kenteken 1-ABC-234. Haar nummer is +32 478 55 21 90.
Schadebehandelaar: Heeft u een schadeformulier ingevuld?
Verzekerde: Ja, op vrijdag 7 februari rond half vijf, op de kruising bij de Hema.
Schadebehandelaar: Ik heb ook uw rijbewijsnummer nodig voor het dossier.
Verzekerde: 5012874469.
Schadebehandelaar: Waar staat de auto nu?
Verzekerde: Bij Schadeherstel Hendriks, die schatten het op 1.850 euro.
Schadebehandelaar: Dan maak ik schadedossier SCH-25-004512 aan. De expert neemt contact op. Is uw adres nog Molenweide 21, 6871 ZK Renkum?
Verzekerde: Ja, dat klopt.""",
planted=[
    P("Marco Terpstra", "name", ["Marco", "Terpstra"]),
    P("Bram de Graaf", "name", ["Bram", "Graaf"]),
    P("Achtentwintig juni zeventig", "birth_date", ["Achtentwintig juni zeventig", "Negentienzeventig"]),
    P("75-XKL-2", "plate"),
    P("Sophie Mertens", "name", ["Sophie", "Mertens"]),
    P("1-ABC-234", "plate"),
    P("+32 478 55 21 90", "phone"),
    P("5012874469", "national_id"),
    P("Molenweide 21, 6871 ZK Renkum", "address", ["Molenweide 21", "6871 ZK"]),
],
lookalikes=[
    L("AP-7730912", "policy_number"),
    L("Toyota Yaris", "product"),
    L("vrijdag 7 februari", "incident_date"),
    L("half vijf", "time"),
    L("Schadeherstel Hendriks", "company_name"),
    L("1.850 euro", "amount"),
    L("SCH-25-004512", "claim_number"),
]))

RECORDS.append(dict(id="nl-call-008", language="nl", channel="call", text="""— Woonstichting Het Anker, goedemorgen, u spreekt met Ronald.
— Ja goedemorgen, met mevrouw Bouzid, Fatima Bouzid. Mijn cv-ketel doet het weer niet.
— Dat is niet fijn. Wat is uw adres?
— Dr. Schaepmanstraat 14-III, derde verdieping. 1065 CE.
— En voor de controle, uw geboortedatum?
— 22-05-1971.
— Dank u. Wat voor ketel is het?
— Een Remeha Tzerra, er staat storingscode F28 op het schermpje.
— Ja, dat is de ontsteking. Die valt onder het onderhoudscontract, huurcontractnummer 0019-3345-77 toch?
— Dat weet ik niet, maar het zal wel.
— Ik plan de monteur in voor woensdag tussen 8 en 12. Die komt van De Vries Installatietechniek. Bent u thuis?
— Ik niet, maar mijn zoon Karim wel. Die kunt u bellen, 06 47 20 88 15.
— Goed. Stuur ik de bevestiging naar f punt bouzid at outlook punt com?
— Ja, dat is hem.
— Prima. In het complex 4410 hebben meer mensen dit probleem, dus het kan iets langer duren. Ons algemene nummer is 020 555 12 00 als er iets is.""",
planted=[
    P("Ronald", "name", ["Ronald"]),
    P("Fatima Bouzid", "name", ["Fatima", "Bouzid"]),
    P("Dr. Schaepmanstraat 14-III", "address"),
    P("1065 CE", "postcode"),
    P("22-05-1971", "birth_date"),
    P("Karim", "name", ["Karim"]),
    P("06 47 20 88 15", "phone"),
    P("f punt bouzid at outlook punt com", "email", ["f punt bouzid at outlook punt com", "f punt bouzid"]),
],
lookalikes=[
    L("Woonstichting Het Anker", "company_name"),
    L("Remeha Tzerra", "product"),
    L("storingscode F28", "error_code"),
    L("0019-3345-77", "contract_number"),
    L("woensdag tussen 8 en 12", "appointment"),
    L("De Vries Installatietechniek", "company_name"),
    L("complex 4410", "building_number"),
]))

RECORDS.append(dict(id="nl-call-009", language="nl", channel="call", text="""Secretariaat: Sint-Jozefscollege Berchem, goeiemorgen, met Hilde.
Ouder: Goeiemorgen, Kristof Verhaegen hier, de papa van Lena Verhaegen uit klas 2B.
Secretariaat: Dag meneer Verhaegen, zeg het maar.
Ouder: We zijn verhuisd en ik wil het adres laten aanpassen voor schooljaar 2025-2026. Het nieuwe adres is Grote Steenweg 210 bus 4, 2600 Berchem.
Secretariaat: Ik moet dan even Lena haar rijksregisternummer hebben.
Ouder: Dertien negen vijf, twee twee vier, achtentachtig. Dus 13.09.05-224.88.
Secretariaat: Merci. En de mama, blijft die ook op het oude adres?
Ouder: Nathalie Goossens, nee die woont nu in Mortsel, maar de facturen mogen naar mij.
Secretariaat: Oké. Er staat nog factuur 2025/0314 open van € 127,40, voor de uitstap naar Bokrijk op vrijdag 19 september.
Ouder: Die betaal ik vandaag nog. Kunt ge de factuur opnieuw sturen naar kristof.verhaegen@telenet.be?
Secretariaat: Doe ik. En uw gsm-nummer is nog 0486 33 71 12?
Ouder: Ja. Betaal ik vanaf BE23 8997 2218 0291, dan weet ge dat het van ons komt.
Secretariaat: Perfect, dank u, meneer Verhaegen. Nog een fijne dag.""",
planted=[
    P("Hilde", "name", ["Hilde"]),
    P("Kristof Verhaegen", "name", ["Kristof", "Verhaegen"]),
    P("Lena Verhaegen", "name", ["Lena", "Verhaegen"]),
    P("Grote Steenweg 210 bus 4, 2600 Berchem", "address", ["Grote Steenweg 210 bus 4", "2600"]),
    P("Dertien negen vijf, twee twee vier, achtentachtig", "national_id", check=["be_rrn", "13090522488"]),
    P("13.09.05-224.88", "national_id", check="be_rrn"),
    P("Nathalie Goossens", "name", ["Nathalie", "Goossens"]),
    P("kristof.verhaegen@telenet.be", "email", ["kristof.verhaegen@telenet.be", "kristof.verhaegen"]),
    P("0486 33 71 12", "phone"),
    P("BE23 8997 2218 0291", "iban", check="iban"),
],
lookalikes=[
    L("klas 2B", "class"),
    L("schooljaar 2025-2026", "school_year"),
    L("2025/0314", "invoice_number"),
    L("€ 127,40", "amount"),
    L("Bokrijk", "place"),
    L("vrijdag 19 september", "date"),
    L("Sint-Jozefscollege", "organisation"),
]))

RECORDS.append(dict(id="nl-call-010", language="nl", channel="call", text="""00:00 agent: Kooploods klantenservice, goedemiddag, u spreekt met Femke van Rijn.
00:04 klant: hallo ja met joyce eh Joyce Tjon-A-Fong, ik wil een kast retourneren.
00:09 agent: Dat kan. Welk bestelnummer?
00:12 klant: 1042 7789 3310.
00:18 agent: Ik zie een Billy boekenkast wit, artikelnummer 8712345678906, van € 89,-. Wat is er mis mee?
00:25 klant: Er zit een barst in de zijkant. En de schroefjes van pakket 2 van 3 ontbreken.
00:31 agent: Dan laten we hem ophalen. Klopt het afhaaladres, Van Ostadestraat 291-2, 1073 TN Amsterdam?
00:35 agent: Ik zie dat u bent ingelogd als jtaf88 en dat de bestelling geplaatst is vanaf IP-adres 198.51.100.23, dat klopt?
00:37 klant: ja dat klopt, en als ik er niet ben geeft mijn buurman Sven Oosterhuis hem mee.
00:38 klant: Ja, tweede hoog. De bel is kapot, dus bel even mijn mobiel: plus eenendertig, zes, vijfenvijftig, tweeënveertig, nul nul, achtennegentig.
00:49 agent: Komt goed. En het e-mailadres voor het retourlabel?
00:52 klant: joyce.taf@hotmail.com. T-A-F, van Tjon-A-Fong.
00:58 agent: Ik heb ophaalmoment donderdag 23 mei tussen 9 en 17 uur. Uw retournummer is RMA-55810.
01:05 klant: en het geld
01:06 agent: Dat storten we binnen 14 dagen terug op de rekening waarmee u betaald heeft, die eindigt op... NL51 SNSB 0792 9773 44.
01:12 klant: klopt ja. dankjewel""",
planted=[
    P("Femke van Rijn", "name", ["Femke", "Rijn"]),
    P("Joyce Tjon-A-Fong", "name", ["Joyce", "Tjon-A-Fong", "Tjon", "Fong", "joyce"]),
    P("Van Ostadestraat 291-2, 1073 TN Amsterdam", "address", ["Van Ostadestraat 291-2", "1073 TN"]),
    P("plus eenendertig, zes, vijfenvijftig, tweeënveertig, nul nul, achtennegentig", "phone"),
    P("joyce.taf@hotmail.com", "email", ["joyce.taf@hotmail.com", "joyce.taf", "T-A-F"]),
    P("NL51 SNSB 0792 9773 44", "iban", check="iban"),
    P("jtaf88", "username"),
    P("198.51.100.23", "ip"),
    P("Sven Oosterhuis", "name", ["Sven", "Oosterhuis"]),
],
lookalikes=[
    L("1042 7789 3310", "order_number"),
    L("Billy boekenkast", "product"),
    L("8712345678906", "ean"),
    L("€ 89,-", "price"),
    L("pakket 2 van 3", "quantity"),
    L("donderdag 23 mei tussen 9 en 17 uur", "appointment"),
    L("RMA-55810", "return_number"),
    L("14 dagen", "duration"),
]))

RECORDS.append(dict(id="nl-call-011", language="nl", channel="call", text="""Reisadviseur: Goedemiddag, Zonnig Verre Reizen, met Marieke.
Klant: Goedemiddag, met Bart Lammers. Ik heb boekingsnummer 884-201-7762, een rondreis door Kerala voor twee personen, en de paspoortgegevens moeten er nog in.
Reisadviseur: Klopt, dat moet voor het e-visum. Zegt u het maar.
Klant: Eerst ik: Bart Lammers, geboren 14 augustus 1979, paspoortnummer NR7K45DP1, geldig tot 2031.
Reisadviseur: NR7K45DP1. En de tweede reiziger?
Klant: Mijn vrouw, Yvonne Lammers-Tan. Geboren op 3 januari 1983. Paspoort BH3F29LK8.
Reisadviseur: Dank u. De vlucht is HV 6125 op 12 oktober, vertrek 06:45, en de eerste twee nachten zitten jullie in Hotel Sint Jacob in Kochi.
Klant: Mooi. De aanbetaling van € 2.348 is toch binnen?
Reisadviseur: Ja, die zie ik. Voor noodgevallen tijdens de reis, welk mobiel nummer?
Klant: +31 6 5412 0087. En mail de documenten naar bart.lammers79@planet.nl.
Reisadviseur: Doe ik, u ontvangt ze uiterlijk 4 weken voor vertrek.""",
planted=[
    P("Marieke", "name", ["Marieke"]),
    P("Bart Lammers", "name", ["Bart", "Lammers"]),
    P("14 augustus 1979", "birth_date"),
    P("NR7K45DP1", "national_id"),
    P("Yvonne Lammers-Tan", "name", ["Yvonne", "Lammers", "Tan"]),
    P("3 januari 1983", "birth_date"),
    P("BH3F29LK8", "national_id"),
    P("+31 6 5412 0087", "phone"),
    P("bart.lammers79@planet.nl", "email", ["bart.lammers79@planet.nl", "bart.lammers79"]),
],
lookalikes=[
    L("884-201-7762", "booking_number"),
    L("HV 6125", "flight_number"),
    L("12 oktober", "travel_date"),
    L("06:45", "time"),
    L("Hotel Sint Jacob", "hotel_name"),
    L("€ 2.348", "amount"),
    L("4 weken", "duration"),
]))

RECORDS.append(dict(id="nl-call-012", language="nl", channel="call", text="""M: Autobedrijf Brinkman, met Wim.
K: Ja, met Gerrit-Jan Hofstede. Mijn auto staat bij jullie voor de APK-keuring, de Skoda, J-482-RT.
M: Ja, die staat hier. Ik moet u helaas vertellen dat de distributieriem aan vervanging toe is. Kilometerstand 184.350, dan is het wel tijd.
K: Wat gaat me dat kosten?
M: Met onderdeelnummer 06H 109 158 erbij komt het op € 645,00 inclusief btw.
K: Pff. Doe maar. Kan hij donderdag om 8 uur klaar zijn? Mijn vrouw Ans moet ermee naar haar werk.
M: Dat lukt. Zal ik de factuur naar hetzelfde adres sturen?
K: Nee, naar de zaak: Postbus 118, 7940 AC Meppel, t.a.v. Hofstede Tuinen.
M: Noteer ik. Ik bel u als hij klaar is, op nul vijf twee twee, vijfentwintig, zestien, nul negen?
K: Ja, of op het mobiele nummer van Ans, 06 31 72 05 48. En de betaling mag per incasso van NL94 ASNB 0529 7408 17.
M: Prima, tot donderdag.""",
planted=[
    P("Wim", "name", ["Wim"]),
    P("Gerrit-Jan Hofstede", "name", ["Gerrit-Jan", "Gerrit", "Jan", "Hofstede"]),
    P("J-482-RT", "plate"),
    P("Ans", "name", ["Ans"]),
    P("Postbus 118, 7940 AC Meppel", "address", ["Postbus 118", "7940 AC"]),
    P("nul vijf twee twee, vijfentwintig, zestien, nul negen", "phone"),
    P("06 31 72 05 48", "phone"),
    P("NL94 ASNB 0529 7408 17", "iban", check="iban"),
],
lookalikes=[
    L("Autobedrijf Brinkman", "company_name"),
    L("APK-keuring", "service"),
    L("Skoda", "product"),
    L("184.350", "mileage"),
    L("06H 109 158", "part_number"),
    L("€ 645,00", "price"),
    L("donderdag om 8 uur", "appointment"),
]))
