from _helpers import P, L, R

RECORDS = [
R("nl-call-001", """
Medewerker: Goedemiddag, u spreekt met Joyce van Energiek Nederland, waarmee kan ik u helpen?
Klant: Ja, hallo, met Pieter Hoogendijk. Eh, wij gaan verhuizen en ik wil het contract meenemen naar het nieuwe adres.
Medewerker: Dat kan zeker, meneer Hoogendijk. Mag ik eerst uw klantnummer?
Klant: Eh ja, dat is 40071 23... nee wacht, 4007 1239.
Medewerker: 40071239, dank u. En ter controle uw geboortedatum?
Klant: Vierentwintig april negentienachtenzeventig.
Medewerker: Klopt. Wat wordt het nieuwe adres?
Klant: Van Oldenbarneveltlaan 87 in Amersfoort.
Medewerker: En de postcode daarvan?
Klant: 3818 HB.
Medewerker: Per wanneer gaat u over?
Klant: Wij krijgen de sleutel op 1 maart. Mijn vriendin komt er ook bij op het contract, Ilse Verbruggen, met dubbel g.
Medewerker: Prima, dan zet ik mevrouw Verbruggen erbij als tweede contractant. Heeft u de meterstanden van het oude adres al?
Klant: Ja, ik heb ze vanochtend opgeschreven. Normaal 08412, dal 06530, en gas 3127,4.
Medewerker: Genoteerd. Het termijnbedrag wordt op het nieuwe adres voorlopig € 142 per maand, met het tarief Groen Vast 3 jaar.
Klant: Oké. En blijft de incasso gewoon van dezelfde rekening?
Medewerker: Ik zie hier NL72 ABNA 6792 9081 00, klopt dat nog?
Klant: Ja, dat klopt.
Medewerker: En kan ik u nog bereiken op 06 41 83 27 90?
Klant: Ja. En de bevestiging graag naar p.hoogendijk78@ziggo.nl.
Medewerker: Doe ik. U krijgt binnen vijf werkdagen een bevestiging met het referentienummer VH-2024-58821. Nog een fijne dag, meneer Hoogendijk.
""", [
    P("Joyce", "name"),
    P("Pieter Hoogendijk", "name"),
    P("Vierentwintig april negentienachtenzeventig", "birth_date"),
    P("Van Oldenbarneveltlaan 87", "address", ["Van Oldenbarneveltlaan 87"]),
    P("3818 HB", "postcode"),
    P("Ilse Verbruggen", "name"),
    P("NL72 ABNA 6792 9081 00", "iban"),
    P("06 41 83 27 90", "phone"),
    P("p.hoogendijk78@ziggo.nl", "email"),
], [
    L("4007 1239", "customer_number"),
    L("40071239", "customer_number"),
    L("08412", "meter_reading"),
    L("06530", "meter_reading"),
    L("3127,4", "meter_reading"),
    L("€ 142", "price"),
    L("Groen Vast 3 jaar", "product"),
    L("VH-2024-58821", "reference_number"),
    L("1 maart", "event_date"),
]),

R("nl-call-002", """
[00:00:02] spk_0: goedemorgen je spreekt met kevin van netlijn klantenservice hoe kan ik je helpen
[00:00:06] spk_1: ja goedemorgen u spreekt met fatima el khatib eh ik heb sinds zaterdag geen internet meer
[00:00:12] spk_0: vervelend om te horen mag ik je postcode en huisnummer
[00:00:15] spk_1: postcode is twee vijf drie twee ka er en huisnummer veertien a
[00:00:21] spk_0: ik zie de loosduinsekade veertien a in den haag klopt dat
[00:00:24] spk_1: ja dat klopt
[00:00:25] spk_0: en voor de verificatie je geboortedatum
[00:00:28] spk_1: 3 juli 1984
[00:00:31] spk_0: dank je wel eh ik zie dat je modem foutcode e 104 geeft heb je hem al opnieuw opgestart
[00:00:37] spk_1: ja mijn zoon yassin heeft hem al twee keer uit en aan gezet en de connectbox knippert oranje
[00:00:44] spk_0: ik zie aan mijn kant nog wel het ip adres 192.0.2.87 maar geen verkeer
[00:00:50] spk_0: ik maak een storingsmelding aan het nummer is s t 8 8 1 2 0 4
[00:00:56] spk_1: s t 8 8 1 2 0 4 ja
[00:00:58] spk_0: er komt een monteur op donderdag 14 maart tussen acht en één op welk nummer kan hij je bellen
[00:01:04] spk_1: nul zes vier zeven twee acht één negen nul drie
[00:01:09] spk_0: nul zes vier zeven twee acht één negen nul drie en je krijgt twintig euro korting op je volgende factuur
[00:01:14] spk_1: oké dankjewel kevin
""", [
    P("kevin", "name"),
    P("fatima el khatib", "name"),
    P("twee vijf drie twee ka er", "postcode"),
    P("loosduinsekade veertien a", "address", ["loosduinsekade veertien a"]),
    P("3 juli 1984", "birth_date"),
    P("yassin", "name"),
    P("192.0.2.87", "ip"),
    P("nul zes vier zeven twee acht één negen nul drie", "phone"),
], [
    L("netlijn", "company"),
    L("e 104", "error_code"),
    L("connectbox", "product"),
    L("s t 8 8 1 2 0 4", "ticket_number"),
    L("donderdag 14 maart", "event_date"),
    L("tussen acht en één", "time"),
    L("twintig euro", "price"),
]),

R("nl-call-003", """
Spreker 1: Goeiemiddag, Ziekenfonds Samen, met Bart, waarmee kan ik u helpen?
Spreker 2: Ja, dag Bart, ik ben Lies Vermeulen. Ik bel voor de terugbetaling van de kiné van mijn dochter.
Spreker 1: Ja, geen probleem. Mag ik het rijksregisternummer van uw dochter?
Spreker 2: Allez, ik heb het hier. Het is 18.05.09-638.19. Ze heet Noor, Noor De Wilde, ze draagt de naam van haar papa.
Spreker 1: Merci. Ik zie Noor hier staan, ingeschreven ten laste van u. En uw eigen rijksregisternummer, voor de zekerheid?
Spreker 2: Euh, 91.01.27-616.07.
Spreker 1: Oké. Ik zie dat we de getuigschriften van 12 februari hebben ontvangen, nomenclatuur 560011, dat is negen sessies.
Spreker 2: Ja, maar ik heb nog niks teruggekregen.
Spreker 1: Dat klopt, de betaling staat gepland op een rekeningnummer dat eindigt op 0724 maar dat is geweigerd.
Spreker 2: Ah, dat is mijn oude rekening. Het nieuwe nummer is BE18 2699 1023 7465.
Spreker 1: Ik pas dat aan. Het gaat om € 18,75 per sessie, dus in totaal € 168,75. En woont ge nog altijd op de Kortrijksesteenweg 112 bus 3 in Gent?
Spreker 2: Ja, 9000 Gent, dat klopt nog.
Spreker 1: En uw gsm-nummer, is dat nog 0476 58 21 90?
Spreker 2: Ja. Als ik er niet ben, mag ge ook haar papa bellen, Stijn De Wilde.
Spreker 1: Dat noteer ik. Uw lidnummer is trouwens 123-4418907, voor als ge naar het kantoor in Sint-Amandsberg gaat.
Spreker 2: Ewel, merci hé.
""", [
    P("Bart", "name"),
    P("Lies Vermeulen", "name"),
    P("18.05.09-638.19", "national_id", check="rrn"),
    P("Noor De Wilde", "name"),
    P("91.01.27-616.07", "national_id", check="rrn"),
    P("BE18 2699 1023 7465", "iban"),
    P("Kortrijksesteenweg 112 bus 3", "address", ["Kortrijksesteenweg 112"]),
    P("9000", "postcode"),
    P("0476 58 21 90", "phone"),
    P("Stijn De Wilde", "name"),
], [
    L("Ziekenfonds Samen", "company"),
    L("12 februari", "event_date"),
    L("560011", "procedure_code"),
    L("€ 18,75", "price"),
    L("€ 168,75", "price"),
    L("123-4418907", "member_number"),
    L("Sint-Amandsberg", "shop_location"),
]),

R("nl-call-004", """
- Gemeente Haarlem, goedemorgen, u spreekt met Priya.
- Goedemorgen, met Wouter Brinkman. Ik heb een vraag over mijn parkeervergunning, ik heb een nieuwe auto.
- Dan moeten we het kenteken omzetten. Mag ik eerst uw burgerservicenummer?
- Ja, 2445 33 052.
- Dank u. En u woont op de Zijlweg 41 rood?
- Nee, 41 zwart. De benedenwoning is van iemand anders.
- O, sorry, Zijlweg 41 zwart. Postcode 2013 DE?
- Ja.
- Wat is het nieuwe kenteken?
- G als Gerard, Z als Zaandam, vier één acht, K als Karel. Dus GZ-418-K.
- GZ-418-K. En het oude kenteken, dat was 91-HTS-4?
- Klopt, die is verkocht.
- Dan zet ik de vergunning PV-2024-031877 om. Dat kost € 54,60 per kwartaal, dat verandert niet. Staat uw partner ook op het adres ingeschreven?
- Ja, Anouk Smit, maar die heeft geen auto.
- Oké. De wijziging gaat in per 1 april, u hoeft niets te doen. Mocht er iets zijn, dan kunt u langskomen op het Stadskantoor Zijlpoort, maandag tot vrijdag van 9.00 tot 17.00 uur.
- Prima. Kunt u de bevestiging mailen? wbrinkman@xs4all.nl
- Komt eraan. Nog een fijne dag.
""", [
    P("Priya", "name"),
    P("Wouter Brinkman", "name"),
    P("2445 33 052", "national_id", check="bsn"),
    P("Zijlweg 41 zwart", "address", ["Zijlweg 41"]),
    P("2013 DE", "postcode"),
    P("GZ-418-K", "plate"),
    P("91-HTS-4", "plate"),
    P("Anouk Smit", "name"),
    P("wbrinkman@xs4all.nl", "email"),
], [
    L("G als Gerard", "spelling_alphabet"),
    L("K als Karel", "spelling_alphabet"),
    L("Gemeente Haarlem", "organisation"),
    L("PV-2024-031877", "permit_number"),
    L("€ 54,60", "price"),
    L("1 april", "event_date"),
    L("Stadskantoor Zijlpoort", "shop_location"),
    L("9.00 tot 17.00 uur", "opening_hours"),
]),

R("nl-call-005", """
Agent 1: Goedenavond, Noordbank, u spreekt met Marloes.
Beller: Ja goedenavond, mijn naam is Emre Yıldız, ik zit nu in Turkije, in Antalya, en mijn pas is geblokkeerd.
Agent 1: Vervelend, meneer Yıldız. Ik ga u even identificeren. Uw geboortedatum?
Beller: 17-09-1990.
Agent 1: En de postcode die bij ons bekend is?
Beller: 5611 BK.
Agent 1: Dank u. Ik zie dat uw debitcard is geblokkeerd na een betaling van € 389,00 bij Zalando die als verdacht werd gemarkeerd. Heeft u die zelf gedaan?
Beller: Nee, nee, dat ben ik niet. Ik heb alleen hier in het hotel betaald.
Agent 1: Dan blokkeren we deze pas definitief. Het gaat om de pas met nummer 4815 1415 1021 6335?
Beller: Eh ja, dat is hem.
Agent 1: Uw vrouw heeft ook een pas op de en/of-rekening NL35 INGB 7877 8932 87, klopt dat? Elif Yıldız?
Beller: Ja, Elif. Werkt haar pas nog?
Agent 1: Ja, die van mevrouw Yıldız staat niet geblokkeerd. U krijgt een nieuwe pas binnen 5 tot 7 werkdagen op uw huisadres.
Beller: Maar ik ben pas op de 28e terug. Kan hij naar mijn broer? Kerem, die woont op de Fellenoord 230, in Eindhoven, en heeft de sleutel.
Agent 1: Dat mag helaas niet, de pas gaat altijd naar uw eigen adres. Ik heb een melding aangemaakt met referentienummer 88-4471-02. Zal ik u een sms sturen op +31 6 22 45 87 19?
Beller: Ja graag.
Agent 1: Verstuurd. Fijne vakantie nog, ondanks alles.
""", [
    P("Marloes", "name"),
    P("Emre Yıldız", "name"),
    P("17-09-1990", "birth_date"),
    P("5611 BK", "postcode"),
    P("4815 1415 1021 6335", "card"),
    P("NL35 INGB 7877 8932 87", "iban"),
    P("Elif Yıldız", "name"),
    P("Kerem", "name"),
    P("Fellenoord 230", "address", ["Fellenoord 230"]),
    P("+31 6 22 45 87 19", "phone"),
], [
    L("Noordbank", "company"),
    L("Antalya", "place"),
    L("€ 389,00", "price"),
    L("Zalando", "company"),
    L("5 tot 7 werkdagen", "duration"),
    L("88-4471-02", "reference_number"),
    L("de 28e", "event_date"),
]),

R("nl-call-006", """
Woonstad: Goedemiddag, Woonstad Rotterdam, u spreekt met Thijs. Waar kan ik u mee helpen?
Beller: Ja hallo, met Bouzid. Mohamed Bouzid. Mijn verwarming doet het niet meer sinds gisteren.
Woonstad: Dat is vervelend, meneer Bouzid. Wat is uw adres?
Beller: Eikenlaan 18, 3073 GK.
Woonstad: Ik zie het. Welke ketel heeft u, staat er iets op het display?
Beller: Het is een Remeha Calenta, er staat F28 op.
Woonstad: F28, dat is een ontstekingsfout. Heeft u de waterdruk bekeken? Die moet tussen de 1,5 en 2 bar zijn.
Beller: Eh, 0,8 denk ik. Ik weet niet goed hoe dat moet. Mijn dochter Samira doet dat meestal, die belt u anders ook wel terug.
Woonstad: Geen probleem. Ik maak een reparatieverzoek aan, nummer 7734210. De monteur komt dinsdag 9 april tussen 7:30 en 12:00.
Beller: En nog iets, de buurvrouw van nummer 16, mevrouw Kramer, heeft al weken lekkage bij ons in het trappenhuis. Dat komt van haar balkon.
Woonstad: Weet u haar voornaam? Dan kan ik het koppelen.
Beller: Ria, denk ik. Ria Kramer.
Woonstad: Ik zet het erbij. Op welk nummer kan de monteur u bereiken?
Beller: 06-39 27 14 85. Of van Samira, 06-18 44 90 62.
Woonstad: Prima. U krijgt ook een sms met de bevestiging. Nog een fijne dag.
""", [
    P("Thijs", "name"),
    P("Mohamed Bouzid", "name"),
    P("Eikenlaan 18, 3073 GK", "address", ["Eikenlaan 18", "3073 GK"]),
    P("Samira", "name"),
    P("Ria Kramer", "name"),
    P("06-39 27 14 85", "phone"),
    P("06-18 44 90 62", "phone"),
], [
    L("Woonstad Rotterdam", "company"),
    L("Remeha Calenta", "product"),
    L("F28", "error_code"),
    L("1,5 en 2 bar", "measurement"),
    L("7734210", "case_number"),
    L("dinsdag 9 april", "event_date"),
    L("tussen 7:30 en 12:00", "time"),
]),

R("nl-call-007", """
0:00 Agent: Goeiedag, klantendienst Pakjesdienst Vlaanderen, ge spreekt met Sofie.
0:04 Klant: Dag Sofie, met Jens Peeters. Mijn pakje zou gisteren geleverd zijn maar ik heb niks.
0:10 Agent: Hebt ge het zendingsnummer?
0:12 Klant: Ja, 3232 9900 0012 3456 78.
0:19 Agent: Even kijken... het staat als geleverd bij de buren. Op de Grotesteenweg 216.
0:25 Klant: Maar ik woon op 214 bus 2, Grotesteenweg 214 bus 2, 2600 Berchem. Op 216 woont mevrouw Ngalula, die ken ik wel.
0:33 Agent: Mireille Ngalula? Die naam staat op de handtekening.
0:37 Klant: Ja, dat zal zij zijn. Allez, dan ga ik daar aanbellen.
0:41 Agent: En anders ligt het vanaf morgen 10u in het pakjespunt in de Statiestraat, de Carrefour Express, tot 19u.
0:48 Klant: Oké. Kunt ge mij een mail sturen met die info? Jens punt peeters at telenet punt be.
0:55 Agent: jens.peeters@telenet.be, ja. En uw gsm?
0:59 Klant: Nul vier negen acht, eenendertig, zevenentwintig, vijfenzestig.
1:04 Agent: 0498 31 27 65. Ik heb een dossier aangemaakt, nummer BE-44710-K. Nog een goeie dag.
""", [
    P("Sofie", "name"),
    P("Jens Peeters", "name"),
    P("Grotesteenweg 216", "address", ["Grotesteenweg 216"]),
    P("Grotesteenweg 214 bus 2, 2600 Berchem", "address", ["Grotesteenweg 214", "2600"]),
    P("Mireille Ngalula", "name"),
    P("Jens punt peeters at telenet punt be", "email", ["Jens punt peeters", "Jens punt peeters at telenet punt be"]),
    P("jens.peeters@telenet.be", "email"),
    P("Nul vier negen acht, eenendertig, zevenentwintig, vijfenzestig", "phone"),
    P("0498 31 27 65", "phone"),
], [
    L("Pakjesdienst Vlaanderen", "company"),
    L("3232 9900 0012 3456 78", "tracking_number"),
    L("Statiestraat", "shop_location"),
    L("Carrefour Express", "company"),
    L("vanaf morgen 10u", "time"),
    L("tot 19u", "opening_hours"),
    L("BE-44710-K", "case_number"),
]),

R("nl-call-008", """
Sportcity (Daan): Sportcity, met Daan, goedemiddag.
Lid: Hoi Daan, met Charlotte Janssens. Ik wil mijn abonnement opzeggen, het lukt me niet in de app.
Sportcity (Daan): Geen probleem. Onder welke naam of welk e-mailadres sta je ingeschreven?
Lid: Mijn mail is l punt janssens at hotmail punt com. Dus l, punt, j-a-n-s-s-e-n-s.
Sportcity (Daan): l.janssens@hotmail.com, ik heb je. En in de app heet je lottie_runs94?
Lid: Ja, haha, dat is mijn gebruikersnaam ja.
Sportcity (Daan): Je lidnummer is 600218447 en je sport in Sportcity Utrecht Leidsche Rijn, klopt dat?
Lid: Ja.
Sportcity (Daan): Even ter controle, je geboortedatum?
Lid: Tweeëntwintig augustus, eh, vierennegentig.
Sportcity (Daan): Top. Je betaalt € 29,99 per vier weken, en er geldt een opzegtermijn van één maand. Dus je laatste incasso is op 26 juni.
Lid: Prima. O, en mijn vriend, Tomasz Wiśniewski, die wil juist lid worden. Kan ik mijn plek aan hem overdragen?
Sportcity (Daan): Dat kan niet direct, hij moet zelf een nieuw lidmaatschap afsluiten. Welke versie van de app heb je trouwens? Er zat een bug in 4.12.0.
Lid: Ik denk 4.12.1.
Sportcity (Daan): Dan zou het moeten werken. Je krijgt de bevestiging op je mail. Succes Charlotte!
""", [
    P("Daan", "name"),
    P("Charlotte Janssens", "name"),
    P("l punt janssens at hotmail punt com", "email", ["l punt janssens", "l punt janssens at hotmail punt com"]),
    P("j-a-n-s-s-e-n-s", "name", ["j-a-n-s-s-e-n-s"]),
    P("l.janssens@hotmail.com", "email"),
    P("lottie_runs94", "username"),
    P("Tweeëntwintig augustus, eh, vierennegentig", "birth_date"),
    P("Tomasz Wiśniewski", "name"),
], [
    L("600218447", "member_number"),
    L("Sportcity Utrecht Leidsche Rijn", "shop_location"),
    L("€ 29,99", "price"),
    L("één maand", "duration"),
    L("26 juni", "event_date"),
    L("4.12.0", "version"),
    L("4.12.1", "version"),
]),

R("nl-call-009", """
apotheek: apotheek de schans goedemorgen u spreekt met ingrid
beller: ja goedemorgen met ravi ramdin ik bel voor mijn moeder voor de herhaalrecepten
apotheek: prima wat is de naam van uw moeder
beller: sunita ramdin jagessar
apotheek: en haar geboortedatum
beller: twaalf november eenenvijftig dus 12-11-1951
apotheek: ik zie haar ja mag ik ook even haar bsn voor de controle
beller: eh ja drie vijf vijf acht drie zes vijf vijf vijf
apotheek: 355836555 klopt het gaat om de metformine 500 mg en de omeprazol 20 mg toch
beller: ja en ook de bloeddrukpillen die dokter veenstra vorige week heeft voorgeschreven
apotheek: de amlodipine 5 mg die staat klaar die is op 3 april door dokter veenstra gestuurd
beller: kunnen jullie het bezorgen ze loopt slecht
apotheek: dat kan op donderdag tussen een en vijf op het adres gooioord 112 toch
beller: ja gooioord 112 1103 cj
apotheek: dan heb ik nog een telefoonnummer nodig voor de bezorger
beller: mijn nummer 06 11 58 93 27 want mijn moeder hoort de telefoon niet altijd
apotheek: genoteerd de eigen bijdrage is 2 euro 45 dat kunt u aan de deur pinnen
beller: top dank u wel ingrid
""", [
    P("ingrid", "name"),
    P("ravi ramdin", "name"),
    P("sunita ramdin jagessar", "name"),
    P("twaalf november eenenvijftig", "birth_date"),
    P("12-11-1951", "birth_date"),
    P("drie vijf vijf acht drie zes vijf vijf vijf", "national_id", check="bsn", digits="355836555"),
    P("355836555", "national_id", check="bsn"),
    P("veenstra", "name"),
    P("gooioord 112 1103 cj", "address", ["gooioord 112", "1103 cj"]),
    P("06 11 58 93 27", "phone"),
], [
    L("apotheek de schans", "company"),
    L("metformine 500 mg", "product"),
    L("omeprazol 20 mg", "product"),
    L("amlodipine 5 mg", "product"),
    L("3 april", "event_date"),
    L("tussen een en vijf", "time"),
    L("2 euro 45", "price"),
]),

R("nl-call-010", """
00:00:01 [agent] Goedemiddag, LeaseDirect schadeafdeling, met Ruben.
00:00:05 [klant] Hoi, met Bas Timmermans. Ik heb vanochtend een aanrijding gehad met mijn leaseauto.
00:00:10 [agent] Vervelend. Is iedereen in orde?
00:00:12 [klant] Ja, gelukkig wel. Op de A12 bij Bunnik, in de file, een Franse mevrouw reed achterop.
00:00:19 [agent] Wat is het kenteken van uw auto?
00:00:21 [klant] KN-431-D. Een Volkswagen ID.4.
00:00:26 [agent] Ja, ik zie hem, contract LC-883201. Heeft u een schadeformulier ingevuld?
00:00:30 [klant] Ja, met die mevrouw, Nathalie Dubois heet ze. Haar kenteken is GH-532-KL, Frans kenteken.
00:00:38 [agent] En heeft u haar verzekeringsgegevens?
00:00:40 [klant] Ja, AXA France, polisnummer staat op het formulier, en haar telefoonnummer is plus drie drie, zes, twaalf, vierendertig, zesenvijftig, achtenzeventig.
00:00:51 [agent] Dank u. Ik heb ook uw rijbewijsnummer nodig.
00:00:54 [klant] Eh, even pakken... 5123 8804 62.
00:01:00 [agent] En de kilometerstand?
00:01:02 [klant] 48.210 km.
00:01:05 [agent] Prima. Ik registreer dit onder schadenummer 2024-77810. U kunt de auto laten herstellen bij Schadeherstel Nieuwegein. Uw leidinggevende, mevrouw Okafor, krijgt een kopie, dat staat in uw leasecontract.
00:01:16 [klant] Oké, Chiamaka Okafor ja. Prima.
00:01:19 [agent] Ik stuur alles naar bas.timmermans@techbouw.nl. Sterkte ermee.
""", [
    P("Ruben", "name"),
    P("Bas Timmermans", "name"),
    P("KN-431-D", "plate"),
    P("Nathalie Dubois", "name"),
    P("GH-532-KL", "plate"),
    P("plus drie drie, zes, twaalf, vierendertig, zesenvijftig, achtenzeventig", "phone"),
    P("5123 8804 62", "national_id", check="none"),
    P("Chiamaka Okafor", "name"),
    P("bas.timmermans@techbouw.nl", "email"),
], [
    L("LeaseDirect", "company"),
    L("A12 bij Bunnik", "place"),
    L("Volkswagen ID.4", "product"),
    L("LC-883201", "contract_number"),
    L("AXA France", "company"),
    L("48.210 km", "meter_reading"),
    L("2024-77810", "claim_number"),
    L("Schadeherstel Nieuwegein", "company"),
]),

R("nl-call-011", """
Spreker A: Secretariaat Sint-Jozefscollege, goeiemorgen.
Spreker B: Goeiemorgen, mevrouw. Ik ben Oksana Kovalenko, de mama van Maksym, uit het derde jaar.
Spreker A: Ja, dag mevrouw Kovalenko. Ik ben Hilde. Waarover gaat het?
Spreker B: Wij zijn verhuisd, en ik wil het nieuwe adres geven. Het is nu Hoogstraat 7, 3000 Leuven.
Spreker A: Hoogstraat zeven, drieduizend Leuven. Ik moet even het rijksregisternummer van Maksym hebben om het juiste dossier te openen.
Spreker B: Ja, het is 09.06.14-262.63.
Spreker A: Merci. Maksym Kovalenko, klas 3 STEM B, klopt. En is het gsm-nummer nog hetzelfde?
Spreker B: Nee, nieuw nummer, 0467 21 90 33.
Spreker A: Genoteerd. Nog iets?
Spreker B: Ja, de schoolreis naar Brugge, op woensdag 22 mei. Kost die € 85? Want meneer Claes zei iets anders.
Spreker A: Dat is € 85, ja, maar ge kunt een spreiding aanvragen. Meneer Claes, Tom Claes, is de klastitularis, die regelt dat.
Spreker B: En mijn man, Andriy, mag hij ook de rapporten krijgen? Zijn mail is andriy.koval@gmail.com.
Spreker A: Dan voeg ik hem toe als tweede contactpersoon in Smartschool. Wat is zijn volledige naam?
Spreker B: Andriy Kovalenko.
Spreker A: In orde. Nog een fijne dag.
""", [
    P("Oksana Kovalenko", "name"),
    P("Maksym", "name"),
    P("Hilde", "name"),
    P("Hoogstraat 7, 3000 Leuven", "address", ["Hoogstraat 7", "3000"]),
    P("Hoogstraat zeven, drieduizend Leuven", "address", ["Hoogstraat zeven", "drieduizend"]),
    P("09.06.14-262.63", "national_id", check="rrn"),
    P("0467 21 90 33", "phone"),
    P("Tom Claes", "name"),
    P("andriy.koval@gmail.com", "email"),
    P("Andriy Kovalenko", "name"),
], [
    L("Sint-Jozefscollege", "organisation"),
    L("3 STEM B", "class_code"),
    L("Brugge", "place"),
    L("woensdag 22 mei", "event_date"),
    L("€ 85", "price"),
    L("Smartschool", "product"),
]),

R("nl-call-012", """
Medewerker: Goedemorgen, Uitvaartverzekering Zorgvrij, u spreekt met Annelies.
Beller: Goedemorgen. Mijn naam is Edwin Lesilolo. Mijn vader is zaterdag overleden en ik moet dat doorgeven.
Medewerker: Gecondoleerd, meneer Lesilolo. Wat is de naam van uw vader?
Beller: Johannes Lesilolo. Johannes Petrus. Geboren 3 mei 1941.
Medewerker: Heeft u het polisnummer?
Beller: UV 20-114592.
Medewerker: Dank u. En zijn burgerservicenummer, dat staat op zijn paspoort of rijbewijs?
Beller: Ja, 161711698.
Medewerker: Ik zie de polis. Hij woonde op de Molukkenstraat 9 in Culemborg?
Beller: Ja, samen met mijn moeder, Wilhelmina Lesilolo-Pattipeilohy. Zij blijft daar wonen.
Medewerker: De verzekerde som is € 6.450, in natura of in geld?
Beller: In geld. De uitvaart wordt geregeld door Uitvaartzorg Rivierenland, de crematie is dinsdag om half twee in crematorium De Waalstroom.
Medewerker: Dan heb ik een rekeningnummer nodig voor de uitkering.
Beller: Het is mijn rekening, NL57 RABO 3681 9303 64, op naam van E.J. Lesilolo.
Medewerker: Dank u. Ik heb ook de overlijdensakte nodig, die kunt u mailen naar ons algemene adres. Op welk nummer kan ik u bereiken?
Beller: 0345 58 21 07, of mijn mobiel, 06 52 19 77 40.
Medewerker: Ik maak de melding aan onder nummer ZV-OVL-2024-0318. Nogmaals gecondoleerd.
""", [
    P("Annelies", "name"),
    P("Edwin Lesilolo", "name"),
    P("Johannes Lesilolo", "name"),
    P("Johannes Petrus", "name"),
    P("3 mei 1941", "birth_date"),
    P("161711698", "national_id", check="bsn"),
    P("Molukkenstraat 9", "address", ["Molukkenstraat 9"]),
    P("Wilhelmina Lesilolo-Pattipeilohy", "name"),
    P("NL57 RABO 3681 9303 64", "iban"),
    P("0345 58 21 07", "phone"),
    P("06 52 19 77 40", "phone"),
], [
    L("Uitvaartverzekering Zorgvrij", "company"),
    L("UV 20-114592", "policy_number"),
    L("€ 6.450", "amount"),
    L("Uitvaartzorg Rivierenland", "company"),
    L("dinsdag om half twee", "event_time"),
    L("crematorium De Waalstroom", "place"),
    L("ZV-OVL-2024-0318", "case_number"),
]),
]
