from schema import P, L, R

RECORDS = [
R("nl-chat-001", """
    [09:14] Wattson (virtuele assistent): Hoi! Ik ben Wattson 🤖 Waar kan ik je mee helpen?
    [09:14] Bezoeker: mijn voorschot is veel te hoog
    [09:14] Wattson (virtuele assistent): Ik begrijp dat je vragen hebt over je termijnbedrag. Wil je je klantnummer invullen?
    [09:15] Bezoeker: 3004417782
    [09:15] Wattson (virtuele assistent): Bedankt! Ik verbind je door met een medewerker. De wachttijd is ongeveer 4 minuten.
    [09:19] Chantal (Klantenservice): Hoi, je spreekt met Chantal. Ik zie dat je termijnbedrag €187 is, klopt dat?
    [09:19] Bezoeker: ja en vorig jaar was het 120. ik woon alleen en ben vaak weg
    [09:20] Chantal (Klantenservice): Om het goed te kunnen checken: wat is je naam, adres en geboortedatum?
    [09:21] Bezoeker: Robin Scheffer, Prinsengracht 611-III 1016 HT Amsterdam, 08-08-1993
    [09:22] Chantal (Klantenservice): Dank je Robin. De laatste stand die we hebben is van 14 jan: 4.210 kWh. Kun je een nieuwe meterstand doorgeven?
    [09:23] Bezoeker: 004512 (dat staat op het display)
    [09:24] Chantal (Klantenservice): Dan verlaag ik je termijnbedrag naar €135 per 1 mei.
    [09:25] Bezoeker: top. kan het ook van een andere rekening af? NL25 KNAB 4546 3036 10
    [09:25] Chantal (Klantenservice): Staat die rekening op jouw naam?
    [09:26] Bezoeker: nee van mijn partner, Sem Dijkstra
    [09:27] Chantal (Klantenservice): Dan moet Sem zelf toestemming geven via het formulier dat ik je mail. Naar welk adres mag dat?
    [09:27] Bezoeker: stuur maar naar robin.scheffer@example.com en cc sem.dijkstra91@example.nl
    [09:28] Bezoeker: en bel me als er iets is 06-28190437
    [09:28] Chantal (Klantenservice): Doe ik! Fijne dag 😊
    """,
    [P("Chantal", "name"),
     P("Robin Scheffer", "name"),
     P("Prinsengracht 611-III 1016 HT Amsterdam", "address", mns=["Prinsengracht 611-III", "1016 HT"]),
     P("08-08-1993", "birth_date", scheme="birth", norm="1993-08-08"),
     P("NL25 KNAB 4546 3036 10", "iban", scheme="iban"),
     P("Sem Dijkstra", "name"),
     P("robin.scheffer@example.com", "email"),
     P("sem.dijkstra91@example.nl", "email"),
     P("06-28190437", "phone")],
    [L("Wattson", "chatbot_name"), L("3004417782", "customer_number"), L("€187", "price"),
     L("4.210 kWh", "meter_reading"), L("004512", "meter_reading"), L("4 minuten", "duration"),
     L("1 mei", "date")]),

R("nl-chat-002", """
    [12-03-2024 14:05:33] Kim Hofman: Hoi! Mijn hoekbank Emma is geleverd maar er zit een scheur in de stof 😩😩
    [12-03-2024 14:05:51] Kim Hofman: <Media weggelaten>
    [12-03-2024 14:07:12] Meubelhuis Online: Hoi Kim, wat vervelend! Ik ben Dewi. Mag ik je ordernummer?
    [12-03-2024 14:08:40] Kim Hofman: MH-88120-NL
    [12-03-2024 14:09:02] Meubelhuis Online: Dank je. Ik zie dat hij op 8 maart bezorgd is op de Vlietlaan 3 in Leiden, klopt dat?
    [12-03-2024 14:09:30] Kim Hofman: jaa klopt. 2315 AC
    [12-03-2024 14:11:15] Meubelhuis Online: We kunnen een monteur sturen of een nieuwe hoes. Wat heeft je voorkeur?
    [12-03-2024 14:12:03] Kim Hofman: nieuwe hoes graag. ik ben er alleen niet overdag, mijn buurvrouw Ineke kan het aannemen
    [12-03-2024 14:12:47] Kim Hofman: haar nummer is 0612907734
    [12-03-2024 14:13:30] Meubelhuis Online: Top! Levering van de hoes staat gepland op 19-03-2024 tussen 9 en 13 uur.
    [12-03-2024 14:14:02] Kim Hofman: super en ik wil ook nog de fauteuil Otto bestellen, kan dat hier?
    [12-03-2024 14:14:40] Meubelhuis Online: Dat kan via de site, of ik stuur je een betaallink. Welk e-mailadres?
    [12-03-2024 14:15:12] Kim Hofman: kimhofman@example.nl
    [12-03-2024 14:15:33] Kim Hofman: oh wacht die gebruik ik niet meer. k.hofman.leiden@example.com
    [12-03-2024 14:16:00] Meubelhuis Online: Link verstuurd 👍 € 449 incl. bezorging.
    """,
    [P("Kim Hofman", "name"),
     P("Dewi", "name"),
     P("Vlietlaan 3", "address", mns=["Vlietlaan 3"]),
     P("2315 AC", "postcode"),
     P("Ineke", "name"),
     P("0612907734", "phone"),
     P("kimhofman@example.nl", "email"),
     P("k.hofman.leiden@example.com", "email")],
    [L("hoekbank Emma", "product_first_name"), L("fauteuil Otto", "product_first_name"),
     L("MH-88120-NL", "order_number"), L("8 maart", "date"), L("19-03-2024", "date"), L("€ 449", "price"),
     L("12-03-2024 14:05:33", "timestamp")]),

R("nl-chat-003", """
    Chat gestart: 04-04-2024 10:02 | Ingelogd als: wdekker_hosting | IP: 203.0.113.54 | Pakket: Webhosting Pro
    10:02 Wouter Dekker: Mijn website geeft sinds vannacht een 500 error
    10:03 Support (Mila): Hoi Wouter, ik kijk even mee in je pakket.
    10:05 Support (Mila): Ik zie in de logs dat er vanaf 198.51.100.23 duizenden inlogpogingen op wp-admin zijn gedaan. Is dat jouw IP?
    10:05 Wouter Dekker: nee mijn ip thuis is 203.0.113.54 en op kantoor 192.0.2.141
    10:06 Support (Mila): Dan blokkeer ik 198.51.100.23. Er is ook een FTP-account marieke_upload aangemaakt op 2 april, ken je die?
    10:07 Wouter Dekker: ja dat is Marieke Jonker, die doet onze social media. die mag blijven
    10:08 Support (Mila): Oké. Voor de zekerheid: wat is het telefoonnummer dat op het account staat?
    10:08 Wouter Dekker: 06 5512 0984
    10:10 Support (Mila): Klopt. Ik heb de databaseback-up van 03-04-2024 03:00 teruggezet en de site draait weer. Ticket HS-40219.
    10:11 Wouter Dekker: Thanks! Kun je de samenvatting naar w.dekker@example.nl sturen? en moet ik een duurder pakket?
    10:12 Support (Mila): Niet nodig, maar een firewall-add-on voor € 4,95 per maand raad ik wel aan.
    """,
    [P("wdekker_hosting", "username"),
     P("203.0.113.54", "ip"),
     P("Wouter Dekker", "name"),
     P("Mila", "name"),
     P("198.51.100.23", "ip"),
     P("192.0.2.141", "ip"),
     P("marieke_upload", "username"),
     P("Marieke Jonker", "name"),
     P("06 5512 0984", "phone"),
     P("w.dekker@example.nl", "email")],
    [L("04-04-2024 10:02", "timestamp"), L("500 error", "error_code"), L("Webhosting Pro", "product"),
     L("03-04-2024 03:00", "timestamp"), L("HS-40219", "ticket_number"), L("€ 4,95 per maand", "price")]),

R("nl-chat-004", """
    Instagram · Berichten · @fitfabriek_utrecht
    lisa.vd.berg_ 21:47
    hoii ik wil mijn abonnement opzeggen want ik verhuis naar groningen 😭
    fitfabriek_utrecht 21:52
    Hey! Jammer dat je gaat 💔 Opzeggen kan met een maand opzegtermijn. Wat is je lidnummer?
    lisa.vd.berg_ 21:53
    77-10452
    lisa.vd.berg_ 21:53
    of moet je mn naam hebben, lisa van den berg
    fitfabriek_utrecht 21:55
    Top, gevonden Lisa! Voor de zekerheid, je geboortedatum?
    lisa.vd.berg_ 21:55
    2-2-2001
    fitfabriek_utrecht 21:56
    Check ✅ Je laatste incasso is 28 mei (€ 29,99). In Groningen hebben we trouwens ook een club, dan kun je je lidmaatschap gratis overzetten 😉
    lisa.vd.berg_ 21:58
    ohh echt?? ja dat wil ik wel. nieuw adres is herestraat 77a 9711 lm groningen
    fitfabriek_utrecht 21:59
    Ik zet het door naar de club in Groningen, coach Rik neemt contact met je op. Je nummer is nog 0634 118 902?
    lisa.vd.berg_ 22:00
    ja. en mag mijn hond mee naar de club 😂 Bobbie
    fitfabriek_utrecht 22:01
    Haha Bobbie is helaas niet welkom 🐶
    lisa.vd.berg_ 22:03
    ohja mn zus sophie wil ook lid worden, kan ze de actie bring a buddy gebruiken? haar insta is @sophie.vdb
    fitfabriek_utrecht 22:04
    Zeker! Laat haar maar een DM sturen 💪
    """,
    [P("lisa.vd.berg_", "username"),
     P("lisa van den berg", "name"),
     P("Lisa", "name"),
     P("2-2-2001", "birth_date", scheme="birth", norm="2001-02-02"),
     P("herestraat 77a 9711 lm groningen", "address", mns=["herestraat 77a", "9711 lm"]),
     P("Rik", "name"),
     P("0634 118 902", "phone"),
     P("sophie", "name"),
     P("@sophie.vdb", "username", mns=["@sophie.vdb", "sophie.vdb"])],
    [L("77-10452", "member_number"), L("28 mei", "date"), L("€ 29,99", "price"), L("Bobbie", "pet_name"),
     L("bring a buddy", "promotion"), L("een maand", "duration"), L("21:47", "time")]),

R("nl-chat-005", """
    12/03/2024, 09:14 - Henk Jansma: Morgen, de auto maakt een raar geluid bij het remmen. SN-672-F, de Golf
    12/03/2024, 09:20 - Autoservice Van Dam: Goedemorgen Henk, Erik hier. Kun je vandaag om 13:00 langskomen?
    12/03/2024, 09:21 - Henk Jansma: Ik moet werken, mijn vrouw Grietje brengt hem wel
    12/03/2024, 09:22 - Autoservice Van Dam: Prima. Wil je een vervangende auto? Kost € 25 per dag.
    12/03/2024, 09:25 - Henk Jansma: Ja graag. Rijbewijs staat op haar naam, G. Jansma-de Wit
    12/03/2024, 13:48 - Autoservice Van Dam: Remblokken voor zijn op, schijven ook. Offerte € 386,40 incl. btw. Akkoord?
    12/03/2024, 13:55 - Henk Jansma: Akkoord
    12/03/2024, 16:32 - Autoservice Van Dam: Auto is klaar. Factuur 2024-0311 sturen we naar h.jansma@example.nl. Kunnen we hem terugbrengen naar Molenstraat 21 in Sneek?
    12/03/2024, 16:35 - Henk Jansma: Ja graag, bel Grietje even op 06 3377 1820 als jullie er zijn
    12/03/2024, 16:40 - Henk Jansma: Ik heb overgemaakt vanaf NL91 SNSB 3603 5725 76
    12/03/2024, 16:41 - Henk Jansma: De apk van de auto van onze dochter moet trouwens ook in mei, 7-KTB-44
    12/03/2024, 16:43 - Autoservice Van Dam: Zet ik erin 👍
    """,
    [P("Henk Jansma", "name"),
     P("Erik", "name"),
     P("SN-672-F", "plate"),
     P("Grietje", "name"),
     P("G. Jansma-de Wit", "name", mns=["Jansma-de Wit", "Jansma", "Wit"]),
     P("h.jansma@example.nl", "email"),
     P("Molenstraat 21 in Sneek", "address", mns=["Molenstraat 21"]),
     P("06 3377 1820", "phone"),
     P("NL91 SNSB 3603 5725 76", "iban", scheme="iban"),
     P("7-KTB-44", "plate")],
    [L("Autoservice Van Dam", "company_named_after_person"), L("13:00", "time"), L("€ 25 per dag", "price"),
     L("€ 386,40", "price"), L("Factuur 2024-0311", "invoice_number"), L("12/03/2024, 09:14", "timestamp")]),

R("nl-chat-006", """
    Gesprek BSC-2024-55812 | 17/05/2024
    Nathalie (Spaarbank Schelde) 16:02: Dag, ik ben Nathalie. Hoe kan ik u helpen?
    Wim De Smet 16:03: dag, er staat een betaling op mijn visa die ik niet ken, 89,99 EUR aan STREAMFLIX*BE
    Wim De Smet 16:03: 4024 1421 5340 9127
    Nathalie (Spaarbank Schelde) 16:04: Opgelet: deel nooit uw volledige kaartnummer in de chat, ook niet met ons. Ik laat het bericht maskeren.
    Nathalie (Spaarbank Schelde) 16:05: Om u te identificeren: kunt u uw geboortedatum bevestigen?
    Wim De Smet 16:06: 14/10/1964
    Nathalie (Spaarbank Schelde) 16:07: Dank u. Ik blokkeer de kaart en start een betwisting. Uw nieuwe kaart wordt verstuurd naar Frederik de Merodestraat 45, 2800 Mechelen, klopt dat?
    Wim De Smet 16:08: ja. het geld mag terug op BE91 1641 4854 8676
    Nathalie (Spaarbank Schelde) 16:09: Voor het betwistingsformulier vul ik uw rijksregisternummer in: 64.10.14-895.02. Klopt dat?
    Wim De Smet 16:09: ja
    Wim De Smet 16:10: en mijn dochter Elke heeft ook een kaart op mijn rekening, moet die ook geblokkeerd?
    Nathalie (Spaarbank Schelde) 16:11: Nee, haar kaart heeft een ander nummer. Mogen we u bellen op +32 15 41 27 90 of liever op uw gsm +32 486 11 20 73?
    Wim De Smet 16:12: gsm is beter
    Nathalie (Spaarbank Schelde) 16:12: Genoteerd. U ontvangt uw nieuwe kaart binnen 5 werkdagen.
    """,
    [P("Nathalie", "name"),
     P("Wim De Smet", "name"),
     P("4024 1421 5340 9127", "card", scheme="card"),
     P("14/10/1964", "birth_date", scheme="birth", norm="1964-10-14"),
     P("Frederik de Merodestraat 45, 2800 Mechelen", "address", mns=["Frederik de Merodestraat 45", "2800"]),
     P("BE91 1641 4854 8676", "iban", scheme="iban"),
     P("64.10.14-895.02", "national_id", scheme="rrn"),
     P("Elke", "name"),
     P("+32 15 41 27 90", "phone"),
     P("+32 486 11 20 73", "phone")],
    [L("BSC-2024-55812", "case_number"), L("89,99 EUR", "price"), L("STREAMFLIX*BE", "merchant"),
     L("17/05/2024", "date"), L("16:02", "time"), L("5 werkdagen", "duration")]),

R("nl-chat-007", """
    Chatgesprek gemeente Haarlem - Parkeren en vergunningen - 22-01-2024
    Gemeente (Sevda): Goedemiddag, waarmee kan ik u helpen?
    Inwoner: hallo ik heb een nieuwe auto en wil mijn bewonersvergunning omzetten naar het nieuwe kenteken
    Gemeente (Sevda): Dat kan. Wat zijn uw naam en adres, en het oude en nieuwe kenteken?
    Inwoner: Marco Bijl, Zijlweg 190 rood, 2015 CM haarlem. oud kenteken 58-RJ-TL nieuw is X-821-NP
    Gemeente (Sevda): Dank u. Voor de controle ook uw burgerservicenummer?
    Inwoner: 322754392
    Gemeente (Sevda): Staat de nieuwe auto op uw naam?
    Inwoner: nee lease, via mijn werkgever
    Gemeente (Sevda): Dan hebben we een werkgeversverklaring nodig. Die kunt u uploaden in Mijn Haarlem.
    Inwoner: ok. mijn vrouw heeft ook een auto, Linda Bijl-Overmars, kan zij een tweede vergunning krijgen?
    Gemeente (Sevda): In uw zone H3 is de wachtlijst voor een tweede vergunning ongeveer 14 maanden. De kosten zijn € 178,20 per jaar.
    Inwoner: pff ok zet haar er maar op, haar kenteken is GR-662-V
    Gemeente (Sevda): Gedaan. U krijgt de bevestiging per mail, naar welk adres?
    Inwoner: m.bijl@example.nl
    Gemeente (Sevda): Uw aanvraagnummer is PV-2024-003318. Nog een fijne dag!
    """,
    [P("Sevda", "name"),
     P("Marco Bijl", "name"),
     P("Zijlweg 190 rood, 2015 CM haarlem", "address", mns=["Zijlweg 190", "2015 CM"]),
     P("58-RJ-TL", "plate"),
     P("X-821-NP", "plate"),
     P("322754392", "national_id", scheme="bsn"),
     P("Linda Bijl-Overmars", "name"),
     P("GR-662-V", "plate"),
     P("m.bijl@example.nl", "email")],
    [L("22-01-2024", "date"), L("zone H3", "zone"), L("14 maanden", "duration"), L("€ 178,20 per jaar", "price"),
     L("PV-2024-003318", "case_number")]),

R("nl-chat-008", """
    timestamp;afzender;bericht
    2024-02-19 19:03:11;bot;Welkom bij KPT Mobiel! Ik ben Nina, de digitale assistent. Waarmee kan ik helpen?
    2024-02-19 19:03:40;klant;sim kwijt, telefoon gestolen
    2024-02-19 19:03:41;bot;Wat vervelend! Ik verbind je door met een medewerker.
    2024-02-19 19:06:02;agent;Hoi, je spreekt met Youssef. Om welk nummer gaat het?
    2024-02-19 19:06:30;klant;06 41 22 79 03
    2024-02-19 19:07:15;agent;Ik heb de simkaart geblokkeerd. Voor een nieuwe simkaart moet ik je identiteit checken: naam, geboortedatum en je IBAN?
    2024-02-19 19:08:01;klant;Tessa Mol, 23-07-1995, NL60 TRIO 9938 7316 72
    2024-02-19 19:08:50;agent;Dank je Tessa. De nieuwe sim sturen we naar Burgemeester de Withstraat 8, 4814 EA Breda?
    2024-02-19 19:09:12;klant;nee ik zit tijdelijk bij mijn ouders, kan het naar Dorpsstraat 14, 5133 AB Riel? t.a.v. fam. Mol
    2024-02-19 19:09:55;agent;Dat kan, maar dan moet je bij ontvangst je ID laten zien. Levering binnen 1-2 werkdagen.
    2024-02-19 19:10:30;klant;is goed. als jullie me willen bereiken kun je mijn moeder bellen, Hanneke, 0161 43 12 88
    2024-02-19 19:11:00;agent;Genoteerd. Je dossiernummer is SIM-772190. Doe ook aangifte van de diefstal, je toestel (iPhone 13, 128 GB) staat geregistreerd in je account.
    2024-02-19 19:11:20;klant;ok thx
    """,
    [P("Youssef", "name"),
     P("06 41 22 79 03", "phone"),
     P("Tessa Mol", "name"),
     P("23-07-1995", "birth_date", scheme="birth", norm="1995-07-23"),
     P("NL60 TRIO 9938 7316 72", "iban", scheme="iban"),
     P("Burgemeester de Withstraat 8, 4814 EA Breda", "address", mns=["Burgemeester de Withstraat 8", "4814 EA"]),
     P("Dorpsstraat 14, 5133 AB Riel", "address", mns=["Dorpsstraat 14", "5133 AB"]),
     P("Hanneke", "name"),
     P("0161 43 12 88", "phone")],
    [L("Nina", "chatbot_name"), L("1-2 werkdagen", "duration"), L("SIM-772190", "case_number"),
     L("iPhone 13, 128 GB", "product"), L("2024-02-19 19:03:11", "timestamp")]),

R("nl-chat-009", """
    Groep 5b · Gesprek met ouder
    Juf Annelies (ma 8 apr, 08:12): Goedemorgen! Ik mis nog het toestemmingsformulier voor het schoolreisje naar de dierentuin van Sven.
    Ouder - Patrick Huisman (ma 8 apr, 08:30): Oeps, sorry! Ik geef het morgen mee. Sven heeft trouwens een pinda-allergie, staat dat bij jullie genoteerd?
    Juf Annelies (ma 8 apr, 08:41): Ja, dat staat in zijn dossier. Voor de zekerheid: het noodnummer is nog 06 2290 4471 (moeder)?
    Ouder - Patrick Huisman (ma 8 apr, 08:45): Nee, we zijn uit elkaar, mijn ex Carolien Mertens heeft nu 06 5823 1190. Mijn nummer is 06 1409 7762.
    Juf Annelies (ma 8 apr, 08:50): Ik pas het aan. Kunt u ook de geboortedatum checken? Wij hebben 31-10-2015 staan.
    Ouder - Patrick Huisman (ma 8 apr, 09:02): Klopt. Zijn zusje Fenna zit bij meester Koen in groep 2, kunt u hem laten weten dat ze vrijdag om 12:00 wordt opgehaald door opa, Gerard Huisman?
    Juf Annelies (ma 8 apr, 09:10): Doe ik! De bijdrage voor het schoolreisje is € 32,50, graag overmaken o.v.v. leerlingnummer 20157.
    """,
    [P("Annelies", "name"),
     P("Sven", "name"),
     P("Patrick Huisman", "name"),
     P("06 2290 4471", "phone"),
     P("Carolien Mertens", "name"),
     P("06 5823 1190", "phone"),
     P("06 1409 7762", "phone"),
     P("31-10-2015", "birth_date", scheme="birth", norm="2015-10-31"),
     P("Fenna", "name"),
     P("Koen", "name"),
     P("Gerard Huisman", "name")],
    [L("Groep 5b", "class"), L("ma 8 apr, 08:12", "timestamp"), L("12:00", "time"), L("€ 32,50", "price"),
     L("20157", "student_number"), L("groep 2", "class")]),

R("nl-chat-010", """
    Messenger · Ideaal Verzekeringen
    Vandaag 11:20
    Ricardo Tjon-A-Fong
    hallo ik heb vanochtend een aanrijding gehad op de A12
    Ideaal Verzekeringen
    Hoi Ricardo, wat vervelend! Is iedereen ok? Ik ben Floor en help je met je schademelding.
    Ricardo Tjon-A-Fong
    ja gelukkig wel. die ander reed achterop. kenteken van hem was TNB-21-R. hij heet Dennis Vos ofzo
    Ideaal Verzekeringen
    Heb je een ingevuld Europees schadeformulier?
    Ricardo Tjon-A-Fong
    ja foto gestuurd. daarop staat zijn adres Hoefslag 12, 3991 BL Houten en zijn polis bij een andere maatschappij
    Ideaal Verzekeringen
    Top. Wat is jouw kenteken en polisnummer?
    Ricardo Tjon-A-Fong
    HX-044-T en polis AV-88120441
    Ideaal Verzekeringen
    Dank je. Je schadenummer is SCH-24-071193. Wil je je auto laten herstellen bij een van onze partners? De dichtstbijzijnde is Schadeherstel Van der Linden in Nieuwegein.
    Ricardo Tjon-A-Fong
    ja graag. mijn nummer is 06 2833 0512. en mijn vriendin Shanti zat naast me, ze heeft wat nekklachten en gaat naar de huisarts, dokter Meijer
    Ideaal Verzekeringen
    Beterschap voor Shanti! Letselschade melden we apart. Je eigen risico is € 150.
    Ricardo Tjon-A-Fong
    ok en het geld moet naar NL39 ASNB 0495 8557 30
    """,
    [P("Ricardo Tjon-A-Fong", "name"),
     P("Floor", "name"),
     P("TNB-21-R", "plate"),
     P("Dennis Vos", "name"),
     P("Hoefslag 12, 3991 BL Houten", "address", mns=["Hoefslag 12", "3991 BL"]),
     P("HX-044-T", "plate"),
     P("06 2833 0512", "phone"),
     P("Shanti", "name"),
     P("Meijer", "name"),
     P("NL39 ASNB 0495 8557 30", "iban", scheme="iban")],
    [L("A12", "road"), L("AV-88120441", "policy_number"), L("SCH-24-071193", "claim_number"),
     L("Schadeherstel Van der Linden", "company_named_after_person"), L("€ 150", "price"),
     L("Vandaag 11:20", "timestamp")]),
]
