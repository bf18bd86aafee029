import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from common import P, L, Rec  # noqa: E402

RECORDS = []
A = RECORDS.append

# 001 energy, verhuizing, classic labels, punctuation
A(Rec("nl-call-001", """
Medewerker: Goedemiddag, Helder Energie, u spreekt met Dennis. Waarmee kan ik u helpen?
Klant: Ja hallo, met Sanne Verbeek-Hoogland. Ik ga verhuizen en ik wil mijn contract meenemen naar het nieuwe adres.
Medewerker: Dat kan zeker. Heeft u uw klantnummer bij de hand?
Klant: Eh, even kijken... 40 22 91 735.
Medewerker: Dank u wel. Ter controle, wat is uw geboortedatum?
Klant: Veertien februari negentienachtentachtig.
Medewerker: Klopt. En u woont nu nog aan de Van Speijkstraat 88 in Den Haag?
Klant: Ja, postcode 2518 GH. En per één maart wordt het Oudegracht 231-bis, 3511 NK Utrecht.
Medewerker: Oké, ik zet het erin. Heeft u de meterstanden van het oude adres al?
Klant: Ja, stroom normaal 18342, dal 15907, en gas 6021,4 kuub.
Medewerker: Prima. Voor het nieuwe adres zie ik EAN-code 871687120000458213 voor stroom. Klopt het dat daar een slimme meter hangt?
Klant: Dat zei de makelaar, ja. Mijn vriend Thijs Mulder komt ook op het contract trouwens, kan dat?
Medewerker: Dat kan, dan zet ik hem als tweede contractant. Op welk nummer kunnen we u bereiken?
Klant: 06 41 87 29 53.
Medewerker: En uw e-mailadres?
Klant: sanne punt verbeek apenstaartje example punt nl. Dus met een punt tussen voor- en achternaam.
Medewerker: Genoteerd. Het termijnbedrag wordt voorlopig € 138,- per maand, afgeschreven van NL77 TRIO 6142 5243 31, dezelfde rekening als nu.
Klant: Ja, dat is goed. En ik zit nu op Groene Stroom Vast 3 jaar, blijft dat zo?
Medewerker: Ja, het contract loopt door tot 31-12-2026. U krijgt binnen vijf werkdagen een bevestiging. Nog iets anders?
Klant: Nee, dat was het. Dank je wel, Dennis.
Medewerker: Graag gedaan, fijne verhuizing! Onze klantenservice is bereikbaar op 0800 0223 als er nog iets is.
""", [
    P("Dennis", "name"),
    P("Sanne Verbeek-Hoogland", "name", "sanne"),
    P("Veertien februari negentienachtentachtig", "birth_date"),
    P("Van Speijkstraat 88 in Den Haag", "address", "Van Speijkstraat 88", "2518 GH"),
    P("Oudegracht 231-bis, 3511 NK Utrecht", "address", "Oudegracht 231", "3511 NK"),
    P("Thijs Mulder", "name"),
    P("06 41 87 29 53", "phone"),
    P("sanne punt verbeek apenstaartje example punt nl", "email", "sanne punt verbeek"),
    P("NL77 TRIO 6142 5243 31", "iban", scheme="iban"),
], [
    L("40 22 91 735", "customer_number"), L("18342", "meter_reading"), L("15907", "meter_reading"),
    L("6021,4", "meter_reading"), L("871687120000458213", "ean"), L("€ 138,-", "price"),
    L("Groene Stroom Vast 3 jaar", "product"), L("31-12-2026", "date"), L("0800 0223", "org_hotline"),
]))

# 002 telecom, lower-case ASR, spk labels, spelled name, spoken IBAN
A(Rec("nl-call-002", """
spk_0: goedemorgen je spreekt met lotte van belnet hoe kan ik je helpen
spk_1: ja goedemorgen eh ik bel over mijn abonnement ik wil eh overstappen naar die unlimited bundel
spk_0: ja helemaal goed mag ik je naam
spk_1: youssef el amrani
spk_0: kun je de achternaam even spellen
spk_1: ja a m r a n i met el ervoor los geschreven
spk_0: en je geboortedatum youssef
spk_1: zeven juni tweeduizend een
spk_0: top en je postcode en huisnummer
spk_1: eh drie vijf drie een c j en dan kanaalstraat honderdtwaalf a in utrecht
spk_0: kanaalstraat honderdtwaalf a ja ik zie je staan
spk_0: op welk nummer bel je nu
spk_1: nul zes vierentwintig achtendertig negentien zeventig
spk_0: dat is ook het nummer van het abonnement
spk_1: ja klopt en eh mijn broer karim zit ook bij jullie maar dat is een ander account
spk_0: geen probleem die laten we erbuiten je huidige bundel is tien gigabyte voor twintig euro vijftig en de unlimited is vijfendertig euro per maand
spk_1: ja prima doe maar
spk_0: dan moet ik nog even je rekeningnummer checken voor de automatische incasso
spk_1: n l drieënzeventig a s n b tweeënzestig drieënzeventig zeventien eenenzeventig vijfenvijftig
spk_0: ja die klopt en de bevestiging stuur ik naar youssef zevenentachtig apenstaartje example punt com
spk_1: ja dat is hem
spk_0: mooi het ordernummer is b n vier vier zeven nul twee de wijziging gaat in per de eerste van volgende maand en je zit dan weer vast voor twaalf maanden
spk_1: oke dankjewel lotte
spk_0: graag gedaan fijne dag nog
""", [
    P("lotte", "name"),
    P("youssef el amrani", "name", "youssef", "a m r a n i"),
    P("zeven juni tweeduizend een", "birth_date"),
    P("drie vijf drie een c j", "postcode"),
    P("kanaalstraat honderdtwaalf a in utrecht", "address", "kanaalstraat honderdtwaalf"),
    P("nul zes vierentwintig achtendertig negentien zeventig", "phone"),
    P("karim", "name"),
    P("n l drieënzeventig a s n b tweeënzestig drieënzeventig zeventien eenenzeventig vijfenvijftig", "iban",
      scheme="iban", canon="NL73ASNB6273177155"),
    P("youssef zevenentachtig apenstaartje example punt com", "email", "youssef zevenentachtig"),
], [
    L("unlimited bundel", "product"), L("tien gigabyte", "quantity"), L("twintig euro vijftig", "price"),
    L("vijfendertig euro per maand", "price"), L("b n vier vier zeven nul twee", "order_number"),
    L("twaalf maanden", "duration"),
]))

# 003 municipality parking permit, timestamps
A(Rec("nl-call-003", """
[00:00:02] Medewerker: Gemeente Haarlem, goedemorgen, u spreekt met Ilse.
[00:00:06] Beller: Goedemorgen, Priscilla Wijngaarde hier. Ik heb een vraag over mijn parkeervergunning.
[00:00:11] Medewerker: Natuurlijk. Mag ik voor de controle uw burgerservicenummer?
[00:00:15] Beller: Eh ja... twee zeven nul, vier een acht, vijf drie twee.
[00:00:24] Medewerker: Dank u. Ik zie een vergunning op Zijlweg 117, 2015 BH Haarlem, vergunningnummer PV-2024-118734. Klopt dat?
[00:00:33] Beller: Ja. Maar ik heb een nieuwe auto, het kenteken is gewijzigd. Het oude was ZN-702-F.
[00:00:41] Medewerker: En het nieuwe kenteken?
[00:00:43] Beller: K-281-RT. K van Karel, twee acht een, R van Rudolf, T van Teunis.
[00:00:52] Medewerker: Staat die auto op uw naam?
[00:00:54] Beller: Nee, op naam van mijn partner, Ruud Brouwer, hij woont op hetzelfde adres.
[00:01:01] Medewerker: Dan heb ik een machtiging van hem nodig. Die kunt u uploaden via Mijn Haarlem. Het tarief blijft € 45,60 per kwartaal voor zone 12-Centrum.
[00:01:14] Beller: Oké. En kan ik ook een bezoekersregeling aanvragen voor mijn moeder, Wilhelmina Wijngaarde? Zij komt drie keer per week.
[00:01:22] Medewerker: Ja, dat kan, maar dan op uw eigen vergunning, dus zonder haar gegevens. U krijgt 40 uur per maand.
[00:01:30] Beller: Prima. Kunt u mij terugbellen als de wijziging rond is? 023-5314480 of mobiel 06-29477310.
[00:01:40] Medewerker: Ik zet een terugbelverzoek. De verwerkingstijd is ongeveer 10 werkdagen.
[00:01:46] Beller: Top, dank u wel.
[00:01:48] Medewerker: Graag gedaan, mevrouw Wijngaarde. Fijne dag.
""", [
    P("Ilse", "name"),
    P("Priscilla Wijngaarde", "name"),
    P("twee zeven nul, vier een acht, vijf drie twee", "national_id", scheme="bsn", canon="270418532"),
    P("Zijlweg 117, 2015 BH Haarlem", "address", "Zijlweg 117", "2015 BH"),
    P("ZN-702-F", "plate"),
    P("K-281-RT", "plate", "K van Karel, twee acht een, R van Rudolf, T van Teunis"),
    P("Ruud Brouwer", "name"),
    P("Wilhelmina Wijngaarde", "name"),
    P("023-5314480", "phone"),
    P("06-29477310", "phone"),
], [
    L("PV-2024-118734", "permit_number"), L("€ 45,60 per kwartaal", "price"), L("zone 12-Centrum", "zone"),
    L("40 uur per maand", "quantity"), L("10 werkdagen", "duration"), L("[00:01:14]", "timestamp"),
    L("Mijn Haarlem", "portal_name"),
]))

# 004 health insurer, upper-case labels
A(Rec("nl-call-004", """
MEDEWERKER: ZORGVERZEKERAAR ZEKERGOED, GOEDEMIDDAG, U SPREEKT MET FENNA.
VERZEKERDE: Goedemiddag, met Mehmet Yıldız. Ik bel over een declaratie voor mijn dochter.
MEDEWERKER: Wat is het polisnummer?
VERZEKERDE: ZG-7781004219.
MEDEWERKER: Dank u. En de naam en geboortedatum van uw dochter?
VERZEKERDE: Elif, geboren 03-09-2019.
MEDEWERKER: En haar burgerservicenummer, voor de zekerheid?
VERZEKERDE: 395878883.
MEDEWERKER: Ik zie haar. Om welke declaratie gaat het?
VERZEKERDE: Ze is doorverwezen door de huisarts, dokter Hoekstra, naar de kinderarts in het Maasstad. Die rekening van € 312,40 is afgewezen.
MEDEWERKER: Ik zie het. Er ontbrak een verwijzing. Als u die alsnog stuurt, kunnen we hem opnieuw beoordelen. De declaratie heeft nummer D-2024-0558731.
VERZEKERDE: Waar moet ik die naartoe sturen?
MEDEWERKER: Via de app, of per post naar Antwoordnummer 1234, 3000 VB Rotterdam. Staat uw adres nog goed, Schiedamseweg 64B, 3025 AG Rotterdam?
VERZEKERDE: Ja, dat klopt.
MEDEWERKER: En het telefoonnummer 010-4768102?
VERZEKERDE: Nee, dat is oud. Het is nu 06-18830274.
MEDEWERKER: Ik pas het aan. De vergoeding gaat straks naar NL98 INGB 3653 3914 15, klopt dat?
VERZEKERDE: Ja. Mijn vrouw Aylin belt misschien nog over haar eigen fysiotherapie, negen behandelingen, is dat ook gedekt?
MEDEWERKER: In het aanvullende pakket Plus 2 zitten 18 behandelingen per jaar, dus dat is gedekt.
VERZEKERDE: Fijn, bedankt.
""", [
    P("FENNA", "name"),
    P("Mehmet Yıldız", "name"),
    P("Elif", "name"),
    P("03-09-2019", "birth_date"),
    P("395878883", "national_id", scheme="bsn"),
    P("Hoekstra", "name"),
    P("Schiedamseweg 64B, 3025 AG Rotterdam", "address", "Schiedamseweg 64B", "3025 AG"),
    P("010-4768102", "phone"),
    P("06-18830274", "phone"),
    P("NL98 INGB 3653 3914 15", "iban", scheme="iban"),
    P("Aylin", "name"),
], [
    L("ZG-7781004219", "policy_number"), L("€ 312,40", "price"), L("D-2024-0558731", "claim_number"),
    L("Antwoordnummer 1234, 3000 VB Rotterdam", "org_address"), L("Plus 2", "product"),
    L("18 behandelingen per jaar", "quantity"), L("negen behandelingen", "quantity"),
]))

# 005 bank fraud, no speaker labels at all
A(Rec("nl-call-005", """
Noorderbank, fraudeteam, goedemiddag.
Ja, goedemiddag, u spreekt met mevrouw Postma, Gerda Postma. Ik denk dat ik ben opgelicht.
Dat spijt me heel erg om te horen, mevrouw. Ik ga u helpen. Kunt u mij vertellen wat er gebeurd is?
Ik werd vanochtend gebeld door een man, hij zei dat hij Mark heette en van de bank was. Hij zei dat mijn rekening gehackt was.
En wat heeft u toen gedaan?
Ik heb op zijn verzoek geld overgemaakt naar een veilige rekening. Twee duizend vierhonderdvijftig euro. Naar NL36 KNAB 4233 6555 34, ten name van een zekere R. Kuiper.
Om hoe laat was dat ongeveer?
Om 14:32, ik heb het op een briefje geschreven. Mijn kleinzoon Kevin is nu hier, hij heeft gezegd dat ik u moest bellen.
Heel goed. Ik ga eerst uw pas blokkeren. Gaat het om de pas die eindigt op 2708?
Ik heb hem hier, het nummer is 5226 4946 2532 2708.
Dank u. Ik blokkeer hem nu. Uw eigen rekening is NL69 RABO 5416 5950 19?
Ja, dat is mijn betaalrekening.
Dan controleer ik nog uw gegevens. U bent geboren op twaalf november negentienhonderd negenenveertig?
Ja, dat klopt.
En u woont op Hoofdstraat 3 in Borger, 9531 AB?
Ja. En mijn vaste nummer is 0599-234817.
Ik heb een melding aangemaakt met nummer MLD-2024-FR-00913. We proberen de overboeking van € 2.450,00 terug te halen bij de ontvangende bank, maar ik kan niets beloven.
Moet ik ook naar de politie?
Ja, doet u aangifte, en noem dit meldnummer. Binnen 5 werkdagen ontvangt u een nieuwe pas op uw woonadres. De buurvrouw, mevrouw Jansen-Oosterhuis, heeft u toch niets afgegeven?
Nee, nee, die was er vanochtend niet.
Goed. Belt u ons gerust terug op het nummer achterop uw pas. Sterkte, mevrouw Postma.
""", [
    P("Gerda Postma", "name"),
    P("Mark", "name"),
    P("NL36 KNAB 4233 6555 34", "iban", scheme="iban"),
    P("R. Kuiper", "name"),
    P("Kevin", "name"),
    P("5226 4946 2532 2708", "card", scheme="card"),
    P("NL69 RABO 5416 5950 19", "iban", scheme="iban"),
    P("twaalf november negentienhonderd negenenveertig", "birth_date"),
    P("Hoofdstraat 3 in Borger, 9531 AB", "address", "Hoofdstraat 3", "9531 AB"),
    P("0599-234817", "phone"),
    P("Jansen-Oosterhuis", "name"),
], [
    L("Noorderbank", "organisation"), L("14:32", "time"), L("MLD-2024-FR-00913", "case_number"),
    L("€ 2.450,00", "price"), L("Twee duizend vierhonderdvijftig euro", "price"), L("5 werkdagen", "duration"),
]))

# 006 parcel carrier, Flemish caller, agent name in label
A(Rec("nl-call-006", """
Operator (Jolien): PakjesXpress België, goeiemiddag, met Jolien.
Beller: Ja, dag, Pieter-Jan De Smet hier. Ik heb een pakje dat al drie keer niet geleverd is.
Operator (Jolien): Vervelend. Hebt u de trackingcode?
Beller: Ja, 3SBPLX0012345678.
Operator (Jolien): Momentje... Ik zie dat het adres Sint-Amandstraat 41 bus 3, 9000 Gent is. Klopt dat?
Beller: Ja, da's juist. Maar de bel werkt niet altijd. Ze mogen het bij de buren afgeven, bij madame Claes op nummer 43.
Operator (Jolien): Dat zet ik erbij. Of we leveren het op uw werk?
Beller: Ja, dat is misschien beter. Kortrijksesteenweg 1120, 9051 Sint-Denijs-Westrem. Tussen negen en vijf.
Operator (Jolien): En een gsm-nummer voor de chauffeur?
Beller: Nul vier zeven negen, eenendertig, tweeëntwintig, nul acht. Of dat van mijn vrouw, Griet, maar die is vandaag in Brussel.
Operator (Jolien): Ik noteer +32 479 31 22 08. U kunt het ook ophalen in het pakketpunt Bloemen Annemie, dat is om de hoek.
Beller: Ah, bij Annemie, dat is ook goed, maar liefst op het werk.
Operator (Jolien): Ik stuur een bevestiging. Naar welk mailadres?
Beller: pj punt desmet at example punt com.
Operator (Jolien): pj.desmet@example.com, genoteerd. Levering morgen, dinsdag 14 mei, tussen 10:00 en 13:00. Uw dossier heeft nummer BE-CS-776120.
Beller: Merci, Jolien.
""", [
    P("Jolien", "name"),
    P("Pieter-Jan De Smet", "name"),
    P("Sint-Amandstraat 41 bus 3, 9000 Gent", "address", "Sint-Amandstraat 41", "9000 Gent"),
    P("Claes", "name"),
    P("Kortrijksesteenweg 1120, 9051 Sint-Denijs-Westrem", "address", "Kortrijksesteenweg 1120", "9051"),
    P("Nul vier zeven negen, eenendertig, tweeëntwintig, nul acht", "phone"),
    P("Griet", "name"),
    P("+32 479 31 22 08", "phone"),
    P("pj punt desmet at example punt com", "email", "pj punt desmet"),
    P("pj.desmet@example.com", "email"),
], [
    L("3SBPLX0012345678", "tracking_number"), L("Bloemen Annemie", "company_named_after_person"),
    L("dinsdag 14 mei", "date"), L("tussen 10:00 en 13:00", "time"), L("BE-CS-776120", "case_number"),
    L("PakjesXpress België", "organisation"),
]))

# 007 Belgian health fund (ziekenfonds), RRN spoken, bracket labels
A(Rec("nl-call-007", """
[SPREKER 1] Goeiedag, Ziekenfonds Samen, u spreekt met Tom, waarmee kan ik helpen?
[SPREKER 2] Dag Tom, met Hilde Vanhoutte. Ik heb een vraag over de terugbetaling van de tandarts.
[SPREKER 1] Mag ik uw rijksregisternummer, mevrouw?
[SPREKER 2] Ja, dat is eh vierentachtig, nul zes, negentien, twee drie een, vijfendertig.
[SPREKER 1] Dank u. U bent dus geboren op 19 juni 1984. Over welke behandeling gaat het?
[SPREKER 2] Voor mijn zoon eigenlijk, Wout. Zijn nummer is 06.02.14-067.70. Hij heeft een beugel gekregen bij dokter Peeters in Leuven.
[SPREKER 1] Orthodontie, ja. Daar hebben we een tussenkomst voor van maximaal 1.200 euro, in schijven. Hebt u het getuigschrift ingediend?
[SPREKER 2] Ja, in februari al. Het bedrag was 2.430 euro.
[SPREKER 1] Ik zie het dossier, nummer ORT-24-0091. De eerste schijf van 300 euro is klaar voor betaling. Op welk rekeningnummer?
[SPREKER 2] BE19 2971 1691 8212.
[SPREKER 1] En u woont nog in de Tiensestraat 152, 3000 Leuven?
[SPREKER 2] Nee, we zijn verhuisd, naar de Naamsesteenweg 87, 3001 Heverlee.
[SPREKER 1] Dan moet ik dat aanpassen. Een telefoonnummer voor als er iets is?
[SPREKER 2] 0486 55 21 93.
[SPREKER 1] Merci. De betaling volgt binnen 15 dagen. Nog een fijne dag, mevrouw Vanhoutte.
""", [
    P("Tom", "name"),
    P("Hilde Vanhoutte", "name"),
    P("vierentachtig, nul zes, negentien, twee drie een, vijfendertig", "national_id",
      scheme="be_rrn", canon="84061923135"),
    P("19 juni 1984", "birth_date"),
    P("Wout", "name"),
    P("06.02.14-067.70", "national_id", scheme="be_rrn"),
    P("Peeters", "name"),
    P("BE19 2971 1691 8212", "iban", scheme="iban"),
    P("Tiensestraat 152, 3000 Leuven", "address", "Tiensestraat 152", "3000 Leuven"),
    P("Naamsesteenweg 87, 3001 Heverlee", "address", "Naamsesteenweg 87", "3001"),
    P("0486 55 21 93", "phone"),
], [
    L("Ziekenfonds Samen", "organisation"), L("1.200 euro", "price"), L("2.430 euro", "price"),
    L("ORT-24-0091", "case_number"), L("300 euro", "price"), L("15 dagen", "duration"),
]))

# 008 housing corporation, repair, ASR-ish with fillers
A(Rec("nl-call-008", """
Medewerker: Woonstichting De Vallei, met Marloes.
Huurder: Ja hallo met eh Anouk Kramer, ik heb eh een lekkage in de badkamer, het komt door het plafond heen.
Medewerker: O jee. Wat is uw adres?
Huurder: Lindenlaan 14, in Ede. 6712 CD.
Medewerker: Ik zie het, huurcontract HC-30918. Komt het water van boven, van de buren?
Huurder: Ja volgens mij van meneer Bos, die woont erboven op 16. Ik heb al aangebeld maar hij doet niet open.
Medewerker: Ik maak een spoedreparatie aan, nummer RV-558201. De loodgieter van Installatiebedrijf Van Dam & Zn komt vandaag nog, tussen twee en zes.
Huurder: Oké. Mijn dochter Noor is thuis, als ik er niet ben doet zij open. Ze is zestien.
Medewerker: Prima. Op welk nummer kan de monteur bellen?
Huurder: Eh nul zes, tweeënvijftig, zeventien, negenentachtig, nul drie. Of mail, anouk.kramer@example.nl.
Medewerker: Genoteerd. De monteur heet Erwin, hij belt een half uur van tevoren.
Huurder: Moet ik de schade aan mijn plafond zelf betalen?
Medewerker: Nee, schade aan het plafond is voor ons. Uw inboedel valt onder uw eigen inboedelverzekering. De kosten van de reparatie, zo'n 250 euro, zijn ook voor ons.
Huurder: Gelukkig. Dank je, Marloes.
""", [
    P("Marloes", "name"),
    P("Anouk Kramer", "name"),
    P("Lindenlaan 14, in Ede. 6712 CD", "address", "Lindenlaan 14", "6712 CD"),
    P("Bos", "name"),
    P("Noor", "name"),
    P("nul zes, tweeënvijftig, zeventien, negenentachtig, nul drie", "phone"),
    P("anouk.kramer@example.nl", "email"),
    P("Erwin", "name"),
], [
    L("Woonstichting De Vallei", "organisation"), L("HC-30918", "contract_number"),
    L("RV-558201", "ticket_number"), L("Installatiebedrijf Van Dam & Zn", "company_named_after_person"),
    L("tussen twee en zes", "time"), L("250 euro", "price"), L("een half uur", "duration"),
]))

# 009 tax / allowances
A(Rec("nl-call-009", """
Toeslagenlijn: Goedemorgen, u spreekt met Frank van de Toeslagenlijn. Mag ik uw naam?
Beller: Wilma de Groot-Schouten.
Toeslagenlijn: En uw burgerservicenummer, mevrouw?
Beller: Drie een vijf, zes negen drie, negen zeven zes.
Toeslagenlijn: Dank u. En uw geboortedatum?
Beller: 21 augustus 1962.
Toeslagenlijn: Waar gaat uw vraag over?
Beller: Ik kreeg een brief van 6 maart, kenmerk 2024/TS/77120, dat ik huurtoeslag moet terugbetalen. € 1.312. Maar mijn man, Hans de Groot, is vorig jaar met pensioen gegaan, dus ons inkomen is juist gedaald.
Toeslagenlijn: Ik zie dat voor 2023 gerekend is met een toetsingsinkomen van € 28.400. Heeft u de definitieve aanslag al?
Beller: Nee, nog niet.
Toeslagenlijn: Dan leg ik even uit hoe het werkt. De huurtoeslag wordt eerst als voorschot uitbetaald, op basis van het inkomen dat u zelf heeft opgegeven. Na afloop van het jaar krijgen we het echte inkomen door, en dan berekenen we de definitieve toeslag. Is het inkomen lager dan geschat, dan krijgt u geld terug. Is het hoger, dan moet u terugbetalen.
Beller: Ja, maar ons inkomen is juist lager. Mijn man kreeg tot juni nog salaris, daarna alleen AOW en een klein pensioen van eh... 612 euro bruto per maand geloof ik.
Toeslagenlijn: Dan klopt het geschatte inkomen waarschijnlijk niet. Heeft u de jaaropgaven van 2023 bij de hand?
Beller: Momentje, mijn bril... Ja. Hier staat van de werkgever 14.876 euro en van de SVB 7.203 euro, en het pensioenfonds 3.672.
Toeslagenlijn: Dat is samen € 25.751. En had u zelf nog inkomen?
Beller: Nee, ik werk niet meer sinds 2019.
Toeslagenlijn: En spaargeld boven de € 37.395 per persoon?
Beller: Nee hoor, was het maar zo.
Toeslagenlijn: Dan zou de terugvordering veel lager moeten zijn, of misschien helemaal vervallen. Ik kan dat nu niet definitief zeggen, dat hangt af van de aanslag inkomstenbelasting. Mijn advies: pas het inkomen aan, of vraag uitstel van betaling aan tot de aanslag er is. Een aanpassing verwerken we meestal binnen 8 weken.
Beller: En moet ik in de tussentijd betalen?
Toeslagenlijn: Nee, niet als u uitstel aanvraagt. Dat kan ook telefonisch, dat zet ik zo voor u klaar.
Toeslagenlijn: Dan kunt u het inkomen aanpassen via Mijn Toeslagen. Ik kan ook een betalingsregeling voor u klaarzetten, 24 maanden.
Beller: Liever niet. En als er geld terugkomt, gaat dat dan naar NL20 SNSB 2225 5149 33?
Toeslagenlijn: Ja, dat rekeningnummer staat bij ons. Ik zie als adres Burgemeester Weertsstraat 7, 8101 HK Raalte, klopt dat?
Beller: Ja.
Toeslagenlijn: Ik stuur een formulier. U kunt ook bellen met uw dochter erbij als dat helpt.
Beller: Dat is goed, Marjolein helpt me meestal met de computer. Haar nummer is 06 30 18 44 72 als u haar nodig heeft.
Toeslagenlijn: Dat noteer ik als contactpersoon. Verder nog iets?
Beller: Nee, dank u wel.
""", [
    P("Frank", "name"),
    P("Wilma de Groot-Schouten", "name"),
    P("Drie een vijf, zes negen drie, negen zeven zes", "national_id", scheme="bsn", canon="315693976"),
    P("21 augustus 1962", "birth_date"),
    P("Hans de Groot", "name"),
    P("NL20 SNSB 2225 5149 33", "iban", scheme="iban"),
    P("Burgemeester Weertsstraat 7, 8101 HK Raalte", "address", "Burgemeester Weertsstraat 7", "8101 HK"),
    P("Marjolein", "name"),
    P("06 30 18 44 72", "phone"),
], [
    L("6 maart", "date"), L("2024/TS/77120", "reference"), L("€ 1.312", "price"), L("€ 28.400", "price"),
    L("24 maanden", "duration"), L("Mijn Toeslagen", "portal_name"), L("612 euro", "price"), L("14.876 euro", "price"),
    L("€ 25.751", "price"), L("€ 37.395", "price"), L("8 weken", "duration"), L("2023", "year"),
]))

# 010 gym cancellation, lower-case labels and text
A(Rec("nl-call-010", """
spreker 1: fitlab zuid goedemiddag met stefan
spreker 2: hoi stefan met shanti ramdin ik wil mijn abonnement opzeggen
spreker 1: jammer om te horen wat is je lidnummer
spreker 2: eh dat is fl zeven zes drie drie nul
spreker 1: ik zie je staan shanti ramdin geboren vijf mei negentien vijfennegentig
spreker 2: ja klopt
spreker 1: je hebt een jaarcontract dat loopt tot één oktober dus opzeggen kan pas per die datum met een maand opzegtermijn
spreker 2: oh echt ik dacht dat het [onverstaanbaar] maandelijks maandelijks was
spreker 1: nee je hebt het premium jaar voor negenentwintig euro negenennegentig per vier weken
spreker 2: ik ben zwanger dus ik kan echt niet meer sporten
spreker 1: gefeliciteerd dan kunnen we het bevriezen voor maximaal zes maanden dan betaal je niks
spreker 2: o ja dat is goed en mijn vriend rajesh heeft ook een abonnement kan die ook
spreker 1: dat moet hij zelf even aanvragen
spreker 2: oke en het geld wordt van mijn rekening afgeschreven toch n l vierenveertig b u n q tweeënzestig vijfenzeventig drieënzeventig eenennegentig zesentwintig
spreker 1: ja die staat erin ik stuur de bevestiging naar shanti punt r apenstaartje example punt nl klopt dat nog
spreker 2: ja en mijn nummer is nog steeds nul zes achtendertig vijftig zeventien tweeënnegentig
spreker 1: top dan staat het bevroren vanaf vandaag je pas met nummer vijf acht twee nul blijft gewoon werken voor de sauna
spreker 2: super dankjewel stefan
""", [
    P("stefan", "name"),
    P("shanti ramdin", "name"),
    P("vijf mei negentien vijfennegentig", "birth_date"),
    P("rajesh", "name"),
    P("n l vierenveertig b u n q tweeënzestig vijfenzeventig drieënzeventig eenennegentig zesentwintig", "iban",
      scheme="iban", canon="NL44BUNQ6275739126"),
    P("shanti punt r apenstaartje example punt nl", "email", "shanti punt r"),
    P("nul zes achtendertig vijftig zeventien tweeënnegentig", "phone"),
], [
    L("fitlab zuid", "organisation"), L("fl zeven zes drie drie nul", "member_number"),
    L("één oktober", "date"), L("negenentwintig euro negenennegentig per vier weken", "price"),
    L("zes maanden", "duration"), L("vijf acht twee nul", "card_number_short"), L("premium jaar", "product"),
]))

# 011 payroll, cross-border move to Germany
A(Rec("nl-call-011", """
HR: Salarisadministratie Van Leeuwen Logistiek, met Esther.
Werknemer: Hoi Esther, Bram Hendriks van de planning in Venlo. Personeelsnummer 20417.
HR: Hoi Bram, zeg het maar.
Werknemer: Ik ga per 1 juli in Duitsland wonen, in Kleve. Wat moet ik allemaal doorgeven?
HR: Je nieuwe adres, je Duitse Steuer-ID en als je een Duitse rekening opent ook het IBAN.
Werknemer: Het adres is Hauptstraße 12, 47533 Kleve. De Steuer-ID heb ik net binnen, 83505856839.
HR: En je BSN blijft gewoon 503007754, dat heb ik hier. Loonheffing blijft in Nederland omdat je hier werkt, maar we hebben wel een A1-verklaring nodig als je ook in Duitsland gaat werken.
Werknemer: Nee, alleen hier. Het salaris mag naar DE13 4769 1179 7189 8826 89, dat is de Sparkasse-rekening van mij en mijn vriendin, Katrin Vogel.
HR: Staat die op jullie beider naam?
Werknemer: Ja, een en-of-rekening.
HR: Oké. Je telefoonnummer wordt ook Duits?
Werknemer: Ja, +49 151 23874410, maar mijn Nederlandse 06 blijft ook nog een tijdje.
HR: Prima. Je krijgt je jaaropgave 2024 nog op het oude adres, Molenstraat 9, 5911 GK Venlo, tenzij je een doorstuurservice hebt.
Werknemer: Die heb ik. En mijn loonstrook van juni, € 3.184,56 netto, klopt gewoon?
HR: Ja, die klopt. Ik zet het ticket HR-2024-0316 voor je uit. Groetjes aan je vriendin.
""", [
    P("Esther", "name"),
    P("Bram Hendriks", "name"),
    P("Hauptstraße 12, 47533 Kleve", "address", "Hauptstraße 12", "47533"),
    P("83505856839", "national_id", scheme="steuer_id"),
    P("503007754", "national_id", scheme="bsn"),
    P("DE13 4769 1179 7189 8826 89", "iban", scheme="iban"),
    P("Katrin Vogel", "name"),
    P("+49 151 23874410", "phone"),
    P("Molenstraat 9, 5911 GK Venlo", "address", "Molenstraat 9", "5911 GK"),
], [
    L("Van Leeuwen Logistiek", "company_named_after_person"), L("20417", "employee_number"),
    L("1 juli", "date"), L("€ 3.184,56", "price"), L("HR-2024-0316", "ticket_number"),
    L("jaaropgave 2024", "document"), L("A1-verklaring", "document"),
]))

# 012 travel agency, family booking, [SPEAKER n]
A(Rec("nl-call-012", """
[SPEAKER 1] Zonnig Reizen, goedemiddag, u spreekt met Nadia.
[SPEAKER 2] Hallo, met Marieke Dekker. Wij hebben een reis geboekt naar Mallorca en ik wil iets wijzigen.
[SPEAKER 1] Wat is het boekingsnummer?
[SPEAKER 2] ZR-4481729.
[SPEAKER 1] Ja, ik zie 4 personen, vertrek 19 juli met vlucht HV 6211, Hotel Sol Playa, all inclusive, totaal € 3.468. Wat wilt u wijzigen?
[SPEAKER 2] De naam van mijn man is verkeerd gespeld. Het moet Joost zijn, met dubbel o, er staat nu Jost. Achternaam Dekker, hetzelfde als ik.
[SPEAKER 1] Dat kan ik aanpassen. Voor de kinderen heb ik Fleur, geboren 11-04-2016, en Daan, geboren 27-01-2019, klopt dat?
[SPEAKER 2] Ja, klopt.
[SPEAKER 1] En uw man, wat is zijn geboortedatum?
[SPEAKER 2] Zeventien oktober negentienhonderd tweeëntachtig.
[SPEAKER 1] Dank u. Ik stuur de nieuwe bevestiging. Op welk e-mailadres?
[SPEAKER 2] m punt dekker tweeëntachtig apenstaartje example punt nl. Nee wacht, dat is die van Joost. De mijne is m punt dekker vijfentachtig.
[SPEAKER 1] m.dekker85@example.nl dus. En een mobiel nummer voor onderweg?
[SPEAKER 2] Plus eenendertig zes, vijfenveertig, negentig, twaalf, achtenzestig.
[SPEAKER 1] Genoteerd. De wijziging kost niets omdat het een spelfout is. Transfer vanaf Palma duurt ongeveer 45 minuten.
[SPEAKER 2] Top, dank je wel Nadia.
""", [
    P("Nadia", "name"),
    P("Marieke Dekker", "name"),
    P("Joost", "name", "Jost"),
    P("Fleur", "name"),
    P("11-04-2016", "birth_date"),
    P("Daan", "name"),
    P("27-01-2019", "birth_date"),
    P("Zeventien oktober negentienhonderd tweeëntachtig", "birth_date"),
    P("m punt dekker tweeëntachtig apenstaartje example punt nl", "email", "m punt dekker tweeëntachtig"),
    P("m.dekker85@example.nl", "email", "m punt dekker vijfentachtig"),
    P("Plus eenendertig zes, vijfenveertig, negentig, twaalf, achtenzestig", "phone"),
], [
    L("ZR-4481729", "booking_number"), L("19 juli", "date"), L("HV 6211", "flight_number"),
    L("Hotel Sol Playa", "hotel"), L("€ 3.468", "price"), L("45 minuten", "duration"), L("4 personen", "quantity"),
]))
