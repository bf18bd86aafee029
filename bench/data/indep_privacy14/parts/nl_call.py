import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import N, E, P, L, R  # noqa: E402

RECORDS = []

# 001 energy supplier, move house, classic Agent:/Klant: labels
RECORDS.append(R("nl-call-001", """Agent: Goedemorgen, u spreekt met Joost van Energiek Nederland, waarmee kan ik u helpen?
Klant: Ja goedemorgen, met Marloes Verbeek. Ik ga verhuizen en ik wil mijn energiecontract graag meenemen naar het nieuwe adres.
Agent: Dat kan zeker, mevrouw Verbeek. Mag ik voor de controle eerst uw geboortedatum?
Klant: Ja, dat is 14 februari 1986.
Agent: Dank u wel. En heeft u uw contractnummer bij de hand?
Klant: Eh, even kijken... 7700 41 23 98, staat bovenaan de jaarafrekening.
Agent: Ik zie het. Wat wordt het nieuwe adres?
Klant: Lijsterbeslaan 27, 3843 CE in Harderwijk.
Agent: Lijsterbeslaan 27... en wanneer krijgt u de sleutel?
Klant: Op 1 mei, om tien uur bij de makelaar.
Agent: Prima. Dan wil ik op 1 mei de meterstanden van u ontvangen. De EAN-code van de stroomaansluiting op het nieuwe adres is 871669626152438176, komt dat overeen met wat de makelaar u heeft gestuurd?
Klant: Ja, dat staat in die mail, ja.
Agent: Mooi. Op welk nummer kan ik u bereiken als er iets is?
Klant: 06 41 87 29 53.
Agent: En uw e-mailadres is nog steeds marloes punt verbeek apenstaartje example punt com?
Klant: Nee, dat gebruik ik niet meer, het is nu m punt verbeek86 apenstaartje example punt net.
Agent: m punt verbeek86 apenstaartje example punt net, genoteerd. Het voorschot op het nieuwe adres wordt € 142,- per maand, ingaand bij de incasso van 28 mei. Mag dat van dezelfde rekening blijven afgeschreven worden?
Klant: Nee, graag van mijn nieuwe rekening, dat is NL16 RABO 7661 4355 45.
Agent: Ik herhaal: NL16 RABO 7661 4355 45. U krijgt binnen vijf werkdagen een bevestiging per mail. Kan ik verder nog iets voor u doen?
Klant: Nee, dank je wel Joost.
Agent: Graag gedaan, mevrouw Verbeek, en veel succes met de verhuizing!""", [
    N("Marloes Verbeek"),
    N("Joost"),
    P("14 februari 1986", "birth_date"),
    P("Lijsterbeslaan 27, 3843 CE", "address", "Lijsterbeslaan 27", "3843 CE"),
    P("06 41 87 29 53", "phone"),
    E("marloes punt verbeek apenstaartje example punt com", "marloes punt verbeek apenstaartje example punt com",
      "marloes punt verbeek", canon="marloes.verbeek@example.com"),
    E("m punt verbeek86 apenstaartje example punt net", "m punt verbeek86 apenstaartje example punt net",
      "m punt verbeek86", canon="m.verbeek86@example.net"),
    P("NL16 RABO 7661 4355 45", "iban", check="iban"),
], [
    L("Energiek Nederland", "company"),
    L("7700 41 23 98", "contract_number"),
    L("871669626152438176", "ean"),
    L("1 mei", "date"),
    L("om tien uur", "time"),
    L("€ 142,-", "price"),
    L("28 mei", "date"),
    L("vijf werkdagen", "duration"),
]))

# 002 cable/internet outage, raw lower-case ASR without punctuation or labels
RECORDS.append(R("nl-call-002", """goedemiddag je spreekt met kevin van de technische dienst van snelnet waarmee kan ik je helpen
ja hallo met eh ilse de graaf ik heb sinds gisteravond geen internet en de tv doet het ook niet
oh dat is vervelend ik ga even met je meekijken mag ik je postcode en huisnummer
ja dat is twee vijf zeven drie eh r s nummer honderdtwaalf
twee vijf zeven drie r s honderdtwaalf en dan zie ik ilse de graaf in den haag klopt dat
ja
en je achternaam schrijf je met g r a a f
ja de graaf los geschreven
en voor de controle nog even je geboortedatum
negen juli negentienhonderd tweeënnegentig
top dankjewel ik zie dat je een wifibox drie hebt met softwareversie zeven punt twee punt één branden er lampjes
alleen het power lampje de rest knippert oranje
oké dan is het een storing in de wijk die staat er sinds gisteren zeventien uur veertig en er zijn zo'n tweehonderdvijftig aansluitingen geraakt
hè balen ik moet morgen thuiswerken
snap ik helemaal ik maak een ticket voor je aan het nummer is t nul acht vier vier twee één mag ik je terugbellen op nul zes één vier zeven twee acht negen drie nul
nee liever op mijn werk want daar zit ik morgen nul zeven nul drie één acht twee vijf zes nul
nul zeven nul drie één acht twee vijf zes nul genoteerd en als de monteur toch moet komen is er dan iemand thuis
mijn buurvrouw mevrouw el khatib heeft een sleutel die is er altijd
prima dan zet ik dat erbij en ik stuur de bevestiging naar ilse tweeënnegentig apenstaartje example punt org klopt dat nog
ja klopt
dan krijg je binnen vierentwintig uur een update en de vergoeding van vijf euro per dag wordt verrekend op je volgende factuur
oké dankjewel kevin
graag gedaan en fijne dag nog""", [
    N("ilse de graaf", spelled=["g r a a f"]),
    N("kevin"),
    P("twee vijf zeven drie eh r s", "postcode", "twee vijf zeven drie eh r s", "twee vijf zeven drie r s"),
    P("negen juli negentienhonderd tweeënnegentig", "birth_date"),
    P("nul zes één vier zeven twee acht negen drie nul", "phone"),
    P("nul zeven nul drie één acht twee vijf zes nul", "phone"),
    N("el khatib"),
    E("ilse tweeënnegentig apenstaartje example punt org", "ilse tweeënnegentig apenstaartje example punt org",
      "ilse tweeënnegentig", canon="ilse92@example.org"),
], [
    L("snelnet", "company"),
    L("wifibox drie", "product"),
    L("zeven punt twee punt één", "version"),
    L("zeventien uur veertig", "time"),
    L("tweehonderdvijftig aansluitingen", "quantity"),
    L("t nul acht vier vier twee één", "ticket_number"),
    L("vijf euro per dag", "price"),
    L("vierentwintig uur", "duration"),
]))

# 003 bank fraud desk, [SPREKER n] labels, customer volunteers full card number
RECORDS.append(R("nl-call-003", """[SPREKER 1] Goedenavond, Fraudedesk van de Hollandse Spaarbank, u spreekt met Priya. Wat kan ik voor u doen?
[SPREKER 2] Ja, goedenavond. Met Henk Hoekstra. Ik zie net twee afschrijvingen die ik helemaal niet herken, van een of andere webwinkel.
[SPREKER 1] Vervelend, meneer Hoekstra, daar gaan we meteen naar kijken. Kunt u voor de controle uw geboortedatum noemen en het rekeningnummer waar het om gaat?
[SPREKER 2] 3-11-1957. En de rekening is NL63 SNSB 5014 3669 79.
[SPREKER 1] Dank u. Ik zie twee betalingen van 11 maart, één van € 389,99 en één van € 74,50, allebei bij Trendmode Outlet en allebei met uw creditcard. Heeft u die kaart bij de hand?
[SPREKER 2] Ja, hier heb ik hem. Het nummer is 4462 8512 7012 5288.
[SPREKER 1] Dat hoeft u eigenlijk niet voor te lezen hoor, ik zie hem al. Ik blokkeer de kaart nu en zet beide betalingen in behandeling onder dossiernummer FR-2024-031877.
[SPREKER 2] Oké. Krijg ik dat geld terug?
[SPREKER 1] Daar doen we ons best voor, de behandeling duurt maximaal acht weken. De nieuwe kaart sturen we naar het adres dat bij ons bekend is, Dorpsweg 8 in Gorredijk.
[SPREKER 2] Nee, daar woon ik niet meer. Ik zit sinds de zomer op Oosterstraat 41A, 9711 NT Groningen.
[SPREKER 1] Oosterstraat 41A, 9711 NT. Dat pas ik aan. Mag ik een telefoonnummer voor als we vragen hebben?
[SPREKER 2] 06-28 55 91 04.
[SPREKER 1] En u krijgt het formulier om de betalingen te betwisten per mail. Is dat hhoekstra@example.com?
[SPREKER 2] Klopt.
[SPREKER 1] Prima. De nieuwe kaart is binnen vijf werkdagen bij u. Nog een fijne avond, meneer Hoekstra.""", [
    N("Priya"),
    N("Henk Hoekstra"),
    P("3-11-1957", "birth_date"),
    P("NL63 SNSB 5014 3669 79", "iban", check="iban"),
    P("4462 8512 7012 5288", "card", check="luhn"),
    P("Dorpsweg 8", "address"),
    P("Oosterstraat 41A, 9711 NT Groningen", "address", "Oosterstraat 41A", "9711 NT"),
    P("06-28 55 91 04", "phone"),
    E("hhoekstra@example.com"),
], [
    L("Hollandse Spaarbank", "company"),
    L("11 maart", "date"),
    L("€ 389,99", "price"),
    L("€ 74,50", "price"),
    L("Trendmode Outlet", "company"),
    L("FR-2024-031877", "case_number"),
    L("acht weken", "duration"),
    L("vijf werkdagen", "duration"),
]))

# 004 Flemish health fund (ziekenfonds), Medewerker:/Beller:, rijksregisternummers
RECORDS.append(R("nl-call-004", """Medewerker: Goeiemiddag, Zorgkas Vlaanderen, ge spreekt met Lien, waarmee kan ik u helpen?
Beller: Ja, dag mevrouw, met Pieter-Jan Van den Broeck. Ik bel voor ons dochterke, die is vorige week geboren en ik wil ze bij jullie laten inschrijven.
Medewerker: Proficiat! Dat gaan we direct in orde brengen. Mag ik eerst uw rijksregisternummer?
Beller: Allee, momentje, dat staat op mijn identiteitskaart... 84.03.12-995.42.
Medewerker: Ik heb u gevonden. Ge woont nog altijd op de Brugsesteenweg 233 bus 4 in Kortrijk?
Beller: Nee nee, we zijn verhuisd in januari. Het is nu Kapelstraat 17, 8550 Zwevegem.
Medewerker: Kapelstraat 17, 8550 Zwevegem, ik pas dat aan. Hoe heet het kindje?
Beller: Noor. Noor Van den Broeck. Geboren op 2 april 2024, in het AZ Groeninge.
Medewerker: Wat een mooie naam. Hebt ge haar rijksregisternummer al gekregen van de gemeente?
Beller: Ja, dat is 24.04.02-332.72.
Medewerker: Perfect. En de mama, is die ook bij ons aangesloten?
Beller: Katrien, Katrien Desmet, nee die zit bij een andere mutualiteit.
Medewerker: Geen probleem. Voor de geboortepremie van € 150 heb ik nog een rekeningnummer nodig.
Beller: BE45 7691 4763 7989.
Medewerker: Ik herhaal: BE45 7691 4763 7989, op uw naam?
Beller: Ja, op mijn naam.
Medewerker: En een gsm-nummer en e-mailadres, voor de bevestiging?
Beller: Gsm is 0478 93 21 07, en de mail is pieterjan punt vdb at example punt com.
Medewerker: pieterjan punt vdb at example punt com. Ge krijgt binnen de tien dagen een brief met het dossiernummer 2024/GB/00871. Nog een fijne dag en veel geluk met de kleine!
Beller: Merci, dag mevrouw.""", [
    N("Lien"),
    N("Pieter-Jan Van den Broeck"),
    P("84.03.12-995.42", "national_id", check="rrn"),
    P("Brugsesteenweg 233", "address"),
    P("Kapelstraat 17, 8550 Zwevegem", "address", "Kapelstraat 17", "8550"),
    N("Noor Van den Broeck"),
    P("2 april 2024", "birth_date"),
    P("24.04.02-332.72", "national_id", check="rrn"),
    N("Katrien Desmet"),
    P("BE45 7691 4763 7989", "iban", check="iban"),
    P("0478 93 21 07", "phone"),
    E("pieterjan punt vdb at example punt com", "pieterjan punt vdb at example punt com", "pieterjan punt vdb",
      canon="pieterjan.vdb@example.com"),
], [
    L("Zorgkas Vlaanderen", "company"),
    L("januari", "date"),
    L("AZ Groeninge", "company"),
    L("€ 150", "price"),
    L("binnen de tien dagen", "duration"),
    L("2024/GB/00871", "case_number"),
]))

# 005 municipality contact centre, timestamps, BSN read digit by digit
RECORDS.append(R("nl-call-005", """[00:00:02] Medewerker: Gemeente Zuiderveen, goedemorgen, u spreekt met Ruud.
[00:00:05] Inwoner: Goedemorgen, u spreekt met Fatma Yılmaz. Ik wil een afspraak maken voor een nieuw paspoort, en ik wil meteen mijn verhuizing doorgeven.
[00:00:13] Medewerker: Dat kan allebei. Mag ik dan eerst uw burgerservicenummer?
[00:00:17] Inwoner: Ja, eh... 6 1 8 0 3 8 6 2 0.
[00:00:25] Medewerker: Dank u. En uw geboortedatum?
[00:00:28] Inwoner: Vijf juni negentien negenenzeventig.
[00:00:33] Medewerker: Klopt. Wat wordt het nieuwe adres?
[00:00:36] Inwoner: Molenweg 4, 7941 GA. Dat is hier in Zuiderveen, achter de sporthal.
[00:00:43] Medewerker: Molenweg 4... verhuist er nog iemand mee?
[00:00:46] Inwoner: Mijn zoon, Emre. Emre Yılmaz, die is zestien.
[00:00:52] Medewerker: Dan zet ik hem er ook bij. Dan het paspoort: heeft u het oude paspoort nog?
[00:00:57] Inwoner: Ja, dat verloopt in juli. Het documentnummer is NW8RF26L3.
[00:01:05] Medewerker: Prima, neem dat mee naar de afspraak, samen met een pasfoto. De eerste plek die ik heb is dinsdag 14 mei om 10:40, bij balie 3 in het stadskantoor.
[00:01:14] Inwoner: Dat is goed.
[00:01:16] Medewerker: Het paspoort kost € 77,85 en u kunt het vijf werkdagen na de aanvraag ophalen. Mag ik een telefoonnummer voor een sms-herinnering?
[00:01:23] Inwoner: 06 19 44 70 32.
[00:01:27] Medewerker: En dan krijgt u de bevestiging per mail. Op welk adres?
[00:01:30] Inwoner: fatma.yilmaz79@example.com, zonder puntjes op de i.
[00:01:36] Medewerker: Uw afspraaknummer is 55-1187. Nog een prettige dag!""", [
    N("Ruud"),
    N("Fatma Yılmaz"),
    P("6 1 8 0 3 8 6 2 0", "national_id", check="bsn"),
    P("Vijf juni negentien negenenzeventig", "birth_date"),
    P("Molenweg 4, 7941 GA", "address", "Molenweg 4", "7941 GA"),
    N("Emre Yılmaz"),
    P("NW8RF26L3", "national_id", check="none", why="Dutch passport document number, no printed check digit"),
    P("06 19 44 70 32", "phone"),
    E("fatma.yilmaz79@example.com"),
], [
    L("Gemeente Zuiderveen", "company"),
    L("dinsdag 14 mei", "date"),
    L("10:40", "time"),
    L("balie 3", "room_number"),
    L("€ 77,85", "price"),
    L("vijf werkdagen", "duration"),
    L("55-1187", "reference_number"),
]))

# 006 GP practice, no speaker labels, dash lines
RECORDS.append(R("nl-call-006", """- Huisartsenpraktijk De Linde, met Sandra, doktersassistente.
- Hallo, met Wim Postma. Ik bel voor mijn vrouw, ze is gisteren van de trap gevallen en haar pols is helemaal dik.
- O jee, vervelend. Hoe heet uw vrouw precies?
- Gerda Postma-Kuipers.
- En haar geboortedatum?
- Twaalf, tien, negenenvijftig. Dus 12-10-1959.
- Ik heb haar. Woont u nog op Kerkpad 3 in Ureterp?
- Ja, Kerkpad 3, 9247 AC.
- Kan ze zelf hiernaartoe komen, of moet de dokter langskomen?
- Ik kan haar wel brengen met de auto.
- Dan plan ik haar in bij dokter Vos, vanochtend om kwart over elf. Als het gebroken is, stuurt hij haar door naar de gipskamer in het Tjongerschans. Geef haar tot die tijd maar paracetamol 500 mg, maximaal 6 per dag.
- Is goed.
- Op welk nummer kan ik u bereiken als er iets verandert?
- Mijn mobiel, 06 37 18 22 95.
- En de verwijzing sturen we via het patiëntenportaal, dan komt er een mailtje. Staat daar nog g.postma.kuipers@example.net... nee, wacht, ik zie gerda.postma@example.org.
- Ja, die laatste klopt.
- Prima. Tot straks, meneer Postma.""", [
    N("Sandra"),
    N("Wim Postma"),
    N("Gerda Postma-Kuipers"),
    P("12-10-1959", "birth_date", "12-10-1959", "Twaalf, tien, negenenvijftig"),
    P("Kerkpad 3, 9247 AC", "address", "Kerkpad 3", "9247 AC"),
    N("Vos"),
    P("06 37 18 22 95", "phone"),
    E("g.postma.kuipers@example.net"),
    E("gerda.postma@example.org"),
], [
    L("Huisartsenpraktijk De Linde", "company"),
    L("om kwart over elf", "time"),
    L("Tjongerschans", "company"),
    L("paracetamol 500 mg", "product"),
    L("maximaal 6 per dag", "quantity"),
]))

# 007 parcel carrier, A:/K: labels, surname spelled with hyphens
RECORDS.append(R("nl-call-007", """A: PakketPost klantenservice, u spreekt met Nadia.
K: Hoi Nadia, met Thomas Berendsen. Volgens jullie app is mijn pakket bezorgd maar ik heb niks gekregen.
A: Dat zoeken we uit. Heeft u de trackingcode?
K: Ja, 3SPKP0019283746.
A: Dank u. Ik zie dat het gisteren om 14:52 is afgeleverd bij de buren, op nummer 90. Is dat bij u in de straat?
K: Ja, ik woon op Van Speijkstraat 88-2, dus 90 is beneden. Dat is meneer Bosman, maar die is op vakantie tot zondag.
A: Ah, dat is onhandig. Wat staat er eigenlijk in?
K: Een fietscomputer, een Garmin Edge 540, besteld bij Fietsenwinkel Ome Jan voor € 299,-. Ik heb hem zaterdag nodig voor een toertocht.
A: Ik begrijp het. Ik kan een melding maken zodat de bezorger contact opneemt met de buren. Mag ik uw achternaam even gespeld?
K: B-E-R-E-N-D-S-E-N.
A: En uw postcode?
K: 1057 HA.
A: Mag ik een telefoonnummer waarop de bezorger u kan bellen?
K: 06 53 20 71 84. Of anders mijn vriendin, Laura, op 06 24 90 13 67.
A: En uw e-mailadres voor de updates?
K: thomasb apenstaartje example punt com, dus thomas b aan elkaar.
A: Prima. Uw meldingsnummer is M-4471902. Het pakket weegt 2,4 kilo, dus als het echt kwijt is, vergoeden we tot € 500.
K: Oké, dank je.""", [
    N("Nadia"),
    N("Thomas Berendsen", spelled=["B-E-R-E-N-D-S-E-N"]),
    P("Van Speijkstraat 88-2", "address"),
    P("1057 HA", "postcode"),
    N("Bosman"),
    P("06 53 20 71 84", "phone"),
    N("Laura"),
    P("06 24 90 13 67", "phone"),
    E("thomasb apenstaartje example punt com", "thomasb apenstaartje example punt com", "thomasb",
      "thomas b aan elkaar", canon="thomasb@example.com"),
], [
    L("3SPKP0019283746", "tracking_number"),
    L("14:52", "time"),
    L("Garmin Edge 540", "product"),
    L("Fietsenwinkel Ome Jan", "company"),
    L("€ 299,-", "price"),
    L("M-4471902", "case_number"),
    L("2,4 kilo", "quantity"),
    L("€ 500", "price"),
]))

# 008 car insurance claim, two plates, Schadebehandelaar:/Verzekerde:
RECORDS.append(R("nl-call-008", """Schadebehandelaar: Goedemiddag, Polder Verzekeringen, afdeling autoschade, met Bram de Jong.
Verzekerde: Ja hallo, met Anouk Smeets. Ik heb vrijdag een aanrijding gehad en ik wil dat melden.
Schadebehandelaar: Vervelend om te horen. Is iedereen ongedeerd?
Verzekerde: Ja gelukkig wel, alleen schade aan de auto's.
Schadebehandelaar: Gelukkig. Mag ik uw polisnummer?
Verzekerde: AP 3318 5590.
Schadebehandelaar: En uw geboortedatum, ter controle?
Verzekerde: 23 augustus 1990.
Schadebehandelaar: Dank u. Het gaat om de Seat Leon met kenteken K-482-ZT?
Verzekerde: Ja. Ik stond te wachten voor het stoplicht op de Bredaseweg en toen reed er iemand achterop, een witte Kia Niro.
Schadebehandelaar: Heeft u het kenteken van de tegenpartij?
Verzekerde: Ja, we hebben een schadeformulier ingevuld. Het is GZ-761-X, en de bestuurder heet Yvonne Koster, haar nummer is 06 83 41 56 09.
Schadebehandelaar: Heel goed. Wanneer was dat precies?
Verzekerde: Vrijdag 8 maart, rond half vijf.
Schadebehandelaar: Dan maak ik een dossier aan onder nummer SCH-24-0045128. Omdat de tegenpartij schuld heeft, hoeft u het eigen risico van € 150 niet te betalen. Waar kunnen we de expert naartoe sturen?
Verzekerde: Naar mijn huis, Lindenlaan 62, 5062 KL Oisterwijk.
Schadebehandelaar: En een eventuele vergoeding, naar uw rekening eindigend op... o nee, ik zie hier geen rekening staan.
Verzekerde: NL29 ABNA 8228 4201 19, op naam van A. Smeets.
Schadebehandelaar: Genoteerd. U krijgt de bevestiging op anouk.smeets@example.com, klopt dat?
Verzekerde: Ja.
Schadebehandelaar: Dan neemt de expert binnen drie werkdagen contact op. Fijne middag nog.""", [
    N("Bram de Jong"),
    N("Anouk Smeets"),
    P("23 augustus 1990", "birth_date"),
    P("K-482-ZT", "plate"),
    P("GZ-761-X", "plate"),
    N("Yvonne Koster"),
    P("06 83 41 56 09", "phone"),
    P("Lindenlaan 62, 5062 KL Oisterwijk", "address", "Lindenlaan 62", "5062 KL"),
    P("NL29 ABNA 8228 4201 19", "iban", check="iban"),
    E("anouk.smeets@example.com"),
], [
    L("Polder Verzekeringen", "company"),
    L("AP 3318 5590", "policy_number"),
    L("Seat Leon", "product"),
    L("Kia Niro", "product"),
    L("Vrijdag 8 maart", "date"),
    L("rond half vijf", "time"),
    L("SCH-24-0045128", "claim_number"),
    L("€ 150", "price"),
    L("drie werkdagen", "duration"),
]))

# 009 housing association, ASR with timestamps and spk_ labels, lower case, digits
RECORDS.append(R("nl-call-009", """00:00:01 spk_0: woonstichting de ploeg goedemorgen u spreekt met esther
00:00:04 spk_1: ja goedemorgen met ahmed el idrissi ik heb lekkage in de badkamer het water komt door het plafond bij de benedenburen
00:00:11 spk_0: oei dat is niet goed wat is uw adres
00:00:13 spk_1: populierenlaan 19 in zaandam
00:00:16 spk_0: populierenlaan 19 en de postcode
00:00:18 spk_1: 1505 tg
00:00:21 spk_0: en uw geboortedatum voor de controle
00:00:24 spk_1: 30 januari 1975
00:00:28 spk_0: dank u ik zie het huurcontract 40-2218-07 is de hoofdkraan dicht
00:00:34 spk_1: ja die heb ik dichtgedraaid maar mevrouw kramer van beneden zegt dat het nog steeds druppelt
00:00:41 spk_0: ik stuur een spoedmonteur van installatiebedrijf van dijk die is er binnen 2 uur op welk nummer kunnen ze u bellen
00:00:48 spk_1: 06 48 17 33 92 en als ik niet opneem mijn vrouw latifa is ook thuis
00:00:55 spk_0: prima ik maak een reparatieverzoek aan nummer 771203 u krijgt een bevestiging per mail is dat nog a punt el idrissi apenstaartje example punt com
00:01:04 spk_1: ja klopt en nog iets anders de teruggave van de servicekosten 86 euro 40 is nog steeds niet binnen
00:01:11 spk_0: ik zie dat die naar een rekening is gestuurd die is opgeheven
00:01:15 spk_1: ja klopt ik heb een nieuwe die is nl 91 asnb 1441 0261 89
00:01:22 spk_0: nl 91 asnb 1441 0261 89 dat geef ik door aan de financiële afdeling dat duurt ongeveer 10 werkdagen
00:01:29 spk_1: oké bedankt
00:01:30 spk_0: graag gedaan meneer el idrissi sterkte met de lekkage""", [
    N("esther"),
    N("ahmed el idrissi"),
    P("populierenlaan 19", "address"),
    P("1505 tg", "postcode"),
    P("30 januari 1975", "birth_date"),
    N("kramer"),
    P("06 48 17 33 92", "phone"),
    N("latifa"),
    E("a punt el idrissi apenstaartje example punt com", "a punt el idrissi apenstaartje example punt com",
      "a punt el idrissi", canon="a.elidrissi@example.com"),
    P("nl 91 asnb 1441 0261 89", "iban", check="iban"),
], [
    L("woonstichting de ploeg", "company"),
    L("40-2218-07", "contract_number"),
    L("installatiebedrijf van dijk", "company"),
    L("binnen 2 uur", "duration"),
    L("771203", "reference_number"),
    L("86 euro 40", "price"),
    L("10 werkdagen", "duration"),
]))

# 010 Flemish telecom, new subscription: eID card number, rijksregisternummer, domiciliëring
RECORDS.append(R("nl-call-010", """Operator: Goeiedag, welkom bij Vlaanderen Connect, ge spreekt met Jana. Waarmee kan ik u helpen?
Klant: Dag Jana, met Jeroen Claes. Ik zou graag overstappen naar jullie, internet en tv, want ik heb het gehad met mijn huidige provider.
Operator: Ah, welkom dan! Op welk adres moet de installatie gebeuren?
Klant: Antwerpsesteenweg 45, 2800 Mechelen. Het is een appartement, op het derde verdiep.
Operator: Even kijken... ja, daar kunnen we Fiber 500 leveren. Dat is € 54,99 per maand, en de eerste zes maanden krijgt ge 20% korting.
Klant: Amai, da's beter dan wat ik nu betaal.
Operator: Voor het contract heb ik uw geboortedatum en het nummer van uw identiteitskaart nodig.
Klant: Geboren op 14 september 1990. En de kaart, wacht, 166-1318609-94.
Operator: En uw rijksregisternummer, dat staat op de achterkant?
Klant: 90.09.14-971.77.
Operator: Merci. Wilt ge betalen via domiciliëring?
Klant: Ja, dat is het gemakkelijkst. BE61 8192 7497 0617.
Operator: En uw gsm-nummer?
Klant: 0486 55 21 90.
Operator: En een e-mailadres?
Klant: jeroen punt claes at example punt com.
Operator: Ik herhaal: jeroen punt claes at example punt com. De technieker komt zaterdag de 16de tussen acht en twaalf. Uw bestelnummer is VC-88120457. Ge krijgt een Connect Box 3.1 en een decoder.
Klant: Zeg, kunt ge mijn vast nummer ook overzetten? Dat is 015 41 27 63.
Operator: Dat kan, dat regel ik voor u, dan hoeft ge zelf niks op te zeggen. Nog een schone dag, meneer Claes!
Klant: Merci, insgelijks.""", [
    N("Jana"),
    N("Jeroen Claes"),
    P("Antwerpsesteenweg 45, 2800 Mechelen", "address", "Antwerpsesteenweg 45", "2800"),
    P("14 september 1990", "birth_date"),
    P("166-1318609-94", "national_id", check="be_eid"),
    P("90.09.14-971.77", "national_id", check="rrn"),
    P("BE61 8192 7497 0617", "iban", check="iban"),
    P("0486 55 21 90", "phone"),
    E("jeroen punt claes at example punt com", "jeroen punt claes at example punt com", "jeroen punt claes",
      canon="jeroen.claes@example.com"),
    P("015 41 27 63", "phone"),
], [
    L("Vlaanderen Connect", "company"),
    L("Fiber 500", "product"),
    L("€ 54,99 per maand", "price"),
    L("20% korting", "percentage"),
    L("zaterdag de 16de", "date"),
    L("tussen acht en twaalf", "time"),
    L("VC-88120457", "order_number"),
    L("Connect Box 3.1", "product"),
]))

# 011 payroll administration, agent label with name in brackets
RECORDS.append(R("nl-call-011", """Salarisadministratie (Mirjam): Goedemorgen, salarisadministratie Rijnmond Logistiek, met Mirjam.
Werknemer: Hoi Mirjam, met Dennis Wouters, ik werk op het distributiecentrum in Ridderkerk. Ik heb een paar wijzigingen, en ik snap iets niet op mijn loonstrook van april.
Salarisadministratie (Mirjam): Geen probleem. Voor ik iets kan wijzigen heb ik je burgerservicenummer en geboortedatum nodig.
Werknemer: BSN is 359 969 690, en ik ben geboren op 4 december 1988.
Salarisadministratie (Mirjam): Top, ik heb je. Wat wil je wijzigen?
Werknemer: Ik heb een nieuwe bankrekening, mijn salaris moet voortaan naar NL94 TRIO 1199 5217 83.
Salarisadministratie (Mirjam): Dat kan ik noteren, maar voor een rekeningwijziging hebben we ook nog een ondertekend formulier nodig. Dat stuur ik je toe.
Werknemer: Oké. En ik ben verhuisd, naar Kastanjelaan 9, 6533 DW Nijmegen.
Salarisadministratie (Mirjam): Kastanjelaan 9, 6533 DW, genoteerd. Dat is wel een eind rijden naar Ridderkerk.
Werknemer: Haha, ja, maar mijn vriendin woont daar. En dan die loonstrook: ik kreeg € 2.846,12 netto maar ik had meer verwacht door de overuren.
Salarisadministratie (Mirjam): De overuren van april worden uitbetaald in de periode erna, dus die zie je op 25 mei terug. Het vakantiegeld van 8 procent komt ook in mei.
Werknemer: Ah, dan is het goed.
Salarisadministratie (Mirjam): Naar welk adres zal ik het formulier mailen?
Werknemer: dennis.wouters88@example.com. En mijn mobiele nummer is ook veranderd, het is nu 06 15 72 48 30.
Salarisadministratie (Mirjam): Prima, alles staat erin. Je krijgt het formulier binnen een uur.""", [
    N("Mirjam"),
    N("Dennis Wouters"),
    P("359 969 690", "national_id", check="bsn"),
    P("4 december 1988", "birth_date"),
    P("NL94 TRIO 1199 5217 83", "iban", check="iban"),
    P("Kastanjelaan 9, 6533 DW Nijmegen", "address", "Kastanjelaan 9", "6533 DW"),
    E("dennis.wouters88@example.com"),
    P("06 15 72 48 30", "phone"),
], [
    L("Rijnmond Logistiek", "company"),
    L("loonstrook van april", "date"),
    L("€ 2.846,12", "price"),
    L("25 mei", "date"),
    L("8 procent", "percentage"),
    L("binnen een uur", "duration"),
]))

# 012 private lease, no speaker labels at all
RECORDS.append(R("nl-call-012", """Goedemiddag, ZuidLease, u spreekt met Tim.
Hallo Tim, met Sophie van Leeuwen-Hendriks. Ik heb een Renault Zoe bij jullie in private lease en ik wil graag mijn kilometers aanpassen.
Dat kan. Mag ik het kenteken?
R-307-GK.
En uw geboortedatum?
Zeventien maart 1983.
Dank u. Ik zie een contract van 10.000 kilometer per jaar, contractnummer ZL-2022-118734. Wat is de huidige kilometerstand?
31.412 kilometer. Ik rijd sinds ik een nieuwe baan heb veel meer, mijn man Rutger gebruikt hem ook.
Dan adviseer ik 15.000 kilometer per jaar. Uw maandbedrag gaat dan van € 389 naar € 421 per maand.
Oké, doe maar. En kan het vanaf nu van een andere rekening? NL55 BUNQ 1672 8674 77.
NL55 BUNQ 1672 8674 77, op naam van S. van Leeuwen?
Ja.
Dan heb ik nog uw handtekening nodig op de wijziging. Die komt digitaal. Uw adres is nog Korenbloemstraat 21 in Tilburg?
Ja, Korenbloemstraat 21, 5044 RB.
En de mail gaat naar sophie.vlh@example.org?
Klopt. En als jullie me willen bellen: 06 70 34 18 56.
Perfect. U ontvangt de wijziging vandaag nog, de nieuwe prijs gaat in per 1 juni.
Top, dankjewel.""", [
    N("Tim"),
    N("Sophie van Leeuwen-Hendriks"),
    P("R-307-GK", "plate"),
    P("Zeventien maart 1983", "birth_date"),
    N("Rutger"),
    P("NL55 BUNQ 1672 8674 77", "iban", check="iban"),
    P("Korenbloemstraat 21, 5044 RB", "address", "Korenbloemstraat 21", "5044 RB"),
    E("sophie.vlh@example.org"),
    P("06 70 34 18 56", "phone"),
], [
    L("ZuidLease", "company"),
    L("Renault Zoe", "product"),
    L("10.000 kilometer per jaar", "quantity"),
    L("ZL-2022-118734", "contract_number"),
    L("31.412 kilometer", "quantity"),
    L("€ 389", "price"),
    L("€ 421 per maand", "price"),
    L("1 juni", "date"),
]))
