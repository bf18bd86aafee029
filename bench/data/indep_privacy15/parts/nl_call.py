# Dutch / Flemish call transcripts (12).  Hand-written; all persons made up.
# planted tuple: (value, kind, must_not_survive[, scheme[, canonical digits when spoken]])

RECORDS = [
{
"id": "nl-call-001",
"note": "NL energy supplier, house move; Agent:/Klant: labels",
"text": """Agent: Goedemiddag, u spreekt met Ruben van Stroomwijzer Energie, waarmee kan ik u helpen?
Klant: Ja hallo, met Sanne Verbeek. Ik ga verhuizen en ik wil mijn stroom en gas meenemen naar het nieuwe adres.
Agent: Dat kunnen we voor u regelen. Voor de controle, mag ik uw geboortedatum?
Klant: Veertien februari negentien tachtig.
Agent: Dank u. En u woont nu nog op de Lindelaan 27 in Amersfoort?
Klant: Ja klopt, tot eind februari.
Agent: Wat wordt het nieuwe adres?
Klant: Van Hogendorpstraat 112 A in Utrecht, de postcode is 3581 KH.
Agent: Ik zie op dat adres een stroomaansluiting met EAN-code 871687083033999915. Per wanneer wilt u de levering laten ingaan?
Klant: De sleuteloverdracht is op 1 maart 2025, dus vanaf dan.
Agent: Prima. Wilt u op die dag de meterstanden van de Lindelaan doorgeven via de app? De laatste stand die ik zie is 23.418 kWh.
Klant: Doe ik. O ja, mijn telefoonnummer is veranderd, het is nu 06 48 27 19 53.
Agent: Ik pas het aan. Is uw e-mailadres nog hetzelfde?
Klant: Nee, dat is nu sanne punt verbeek apenstaartje example punt nl.
Agent: Genoteerd. Uw termijnbedrag blijft voorlopig € 142 per maand, contractnummer SWE-2291-4471 loopt gewoon door. Wordt het nog afgeschreven van de rekening eindigend op 49?
Klant: Nee, graag voortaan van NL96 INGB 7651 3826 39, dat is mijn nieuwe rekening.
Agent: Dan stuur ik u een nieuwe machtiging per mail. Kan ik verder nog iets voor u doen?
Klant: Nee, dat was het. Dank u wel.
Agent: Graag gedaan mevrouw Verbeek, succes met de verhuizing.""",
"planted": [
    ("Ruben", "name", ["Ruben"]),
    ("Sanne Verbeek", "name", ["Sanne", "Verbeek"]),
    ("Veertien februari negentien tachtig", "birth_date", ["Veertien februari negentien tachtig"]),
    ("Lindelaan 27", "address", ["Lindelaan 27"]),
    ("Van Hogendorpstraat 112 A", "address", ["Van Hogendorpstraat 112 A"]),
    ("3581 KH", "postcode", ["3581 KH"]),
    ("06 48 27 19 53", "phone", ["06 48 27 19 53"]),
    ("sanne punt verbeek apenstaartje example punt nl", "email",
     ["sanne punt verbeek apenstaartje example punt nl", "sanne punt verbeek"]),
    ("NL96 INGB 7651 3826 39", "iban", ["NL96 INGB 7651 3826 39"]),
],
"lookalikes": [
    ("Stroomwijzer Energie", "company_name"),
    ("871687083033999915", "ean"),
    ("1 maart 2025", "date"),
    ("23.418 kWh", "quantity"),
    ("€ 142", "price"),
    ("SWE-2291-4471", "contract_number"),
],
},
{
"id": "nl-call-002",
"note": "Flemish telecom, [SPEAKER n] labels, rijksregisternummer",
"text": """[SPEAKER 1] Telenova, goeiedag, ge spreekt met Hanne. Waarmee kan ik u helpen?
[SPEAKER 2] Ja, goeiendag, met Dieter Claes. Ik verhuis volgende maand en ik wil mijn internet en tv meenemen.
[SPEAKER 1] Allez, da's geen probleem. Mag ik voor de identificatie uw rijksregisternummer?
[SPEAKER 2] Ja, dat is 84.05.06-107.57.
[SPEAKER 1] Merci. Ik zie een abonnement Telenova Internet Max op de Brugse Poort. Wat is het nieuwe adres?
[SPEAKER 2] Kortrijksesteenweg 233 bus 4, in 9000 Gent.
[SPEAKER 1] Goed. Een technieker kan langskomen op dinsdag 14 januari, tussen 8 en 12 uur. Past dat?
[SPEAKER 2] Ja, dat past. Kan hij mij bellen als hij onderweg is? Mijn gsm is 0476 38 21 94.
[SPEAKER 1] Ik zet het erbij. Uw oude modem, met serienummer SN 7F3A-22K9, moogt ge aan de technieker meegeven.
[SPEAKER 2] Oké. En de factuur, komt die nog op hetzelfde mailadres?
[SPEAKER 1] Ik heb hier dieter.claes@example.be.
[SPEAKER 2] Ja, dat is juist.
[SPEAKER 1] En de domiciliëring blijft op BE43 9747 9015 1101?
[SPEAKER 2] Ja, zeker.
[SPEAKER 1] Dan blijft uw maandprijs € 59,95. U krijgt een bevestiging met ticketnummer TN-5538107. Nog iets anders, meneer Claes?
[SPEAKER 2] Nee, merci, da's alles.
[SPEAKER 1] Een fijne dag nog.""",
"planted": [
    ("Hanne", "name", ["Hanne"]),
    ("Dieter Claes", "name", ["Dieter", "Claes"]),
    ("84.05.06-107.57", "national_id", ["84.05.06-107.57"], "rrn"),
    ("Kortrijksesteenweg 233 bus 4", "address", ["Kortrijksesteenweg 233 bus 4"]),
    ("9000", "postcode", ["9000"]),
    ("0476 38 21 94", "phone", ["0476 38 21 94"]),
    ("dieter.claes@example.be", "email", ["dieter.claes@example.be", "dieter.claes"]),
    ("BE43 9747 9015 1101", "iban", ["BE43 9747 9015 1101"]),
],
"lookalikes": [
    ("Telenova Internet Max", "product_name"),
    ("dinsdag 14 januari", "date"),
    ("tussen 8 en 12 uur", "time"),
    ("SN 7F3A-22K9", "serial_number"),
    ("€ 59,95", "price"),
    ("TN-5538107", "ticket_number"),
],
},
{
"id": "nl-call-003",
"note": "NL GP practice, lower-case ASR without punctuation, no speaker labels, BSN digit by digit",
"text": """huisartsenpraktijk de linde goedemorgen u spreekt met anouk
ja goedemorgen u spreekt met henk kuijpers ik wilde graag een afspraak maken bij dokter hoekstra
ja dat kan wat is uw geboortedatum
twaalf maart negentien zevenenvijftig
en uw adres meneer
merelstraat negen
ja ik zie u staan waar gaat het over
nou ik heb nog steeds last van mijn maag ik gebruik die omeprazol twintig milligram maar het helpt niet echt
oké dan plan ik u in voor een dubbele afspraak want dokter hoekstra wil ook de bloeduitslag van vorige week met u bespreken labnummer 24-0317-88
ja prima
ik heb donderdag de zesde om kwart over tien
ja dat is goed mijn vrouw ria rijdt me wel
dan moet ik nog even uw bsn controleren want die staat niet goed in het systeem
eh even kijken drie vier twee een drie nul acht vier vijf
dank u en uw telefoonnummer is nog nul zes negentien zevenenveertig achtentwintig zesendertig
ja klopt
dan zie ik u donderdag meneer kuijpers neem wel uw medicijnen mee
doe ik dank u wel dag""",
"planted": [
    ("anouk", "name", ["anouk"]),
    ("henk kuijpers", "name", ["henk", "kuijpers"]),
    ("hoekstra", "name", ["hoekstra"]),
    ("twaalf maart negentien zevenenvijftig", "birth_date", ["twaalf maart negentien zevenenvijftig"]),
    ("merelstraat negen", "address", ["merelstraat negen"]),
    ("ria", "name", ["ria"]),
    ("drie vier twee een drie nul acht vier vijf", "national_id",
     ["drie vier twee een drie nul acht vier vijf"], "bsn", "342130845"),
    ("nul zes negentien zevenenveertig achtentwintig zesendertig", "phone",
     ["nul zes negentien zevenenveertig achtentwintig zesendertig"]),
],
"lookalikes": [
    ("huisartsenpraktijk de linde", "company_name"),
    ("omeprazol twintig milligram", "medication"),
    ("24-0317-88", "reference"),
    ("donderdag de zesde", "date"),
    ("kwart over tien", "time"),
],
},
{
"id": "nl-call-004",
"note": "NL bank, card fraud, timestamps with labels, card read out digit by digit",
"text": """[00:00:02] Medewerker: Zuiderbank, u spreekt met Mohamed, goedenavond.
[00:00:06] Klant: Ja goedenavond, met Priya Ramdin. Ik zie twee afschrijvingen die ik niet herken, ik denk dat mijn pas gekopieerd is.
[00:00:14] Medewerker: Vervelend. Ik ga u helpen. Kunt u uw geboortedatum noemen?
[00:00:18] Klant: 3 augustus 1991.
[00:00:22] Medewerker: Dank u. Om welke transacties gaat het?
[00:00:26] Klant: Eén van € 1.249,00 bij KlikKoop en één van € 86,50, allebei op vrijdag 17 januari om 23:14.
[00:00:41] Medewerker: Ik zie ze. Dan blokkeer ik nu de pas. Kunt u het kaartnummer voorlezen dat op de voorkant staat?
[00:00:47] Klant: Vijf vier nul zes, twee negen zeven zeven, nul zes zeven acht, een nul nul drie.
[00:01:02] Medewerker: De creditcard is geblokkeerd. De rekening zelf, NL59 ASNB 5464 8962 92, blijft gewoon werken.
[00:01:10] Klant: Gelukkig. Komt het geld terug?
[00:01:13] Medewerker: Ik zet een terugboekingsverzoek uit onder zaaknummer FR-2025-008813. Dat duurt meestal tien werkdagen. Ik stuur een nieuwe kaart naar Burgemeester Visserlaan 8 in Zoetermeer, postcode 2712 BC, klopt dat?
[00:01:31] Klant: Ja dat klopt.
[00:01:33] Medewerker: En mogen we u bij vragen bellen op 06 28 51 74 90?
[00:01:38] Klant: Ja, dat is mijn mobiel.
[00:01:40] Medewerker: Dan krijgt u binnen vijf werkdagen de nieuwe kaart. Nog een fijne avond, mevrouw Ramdin.""",
"planted": [
    ("Mohamed", "name", ["Mohamed"]),
    ("Priya Ramdin", "name", ["Priya", "Ramdin"]),
    ("3 augustus 1991", "birth_date", ["3 augustus 1991"]),
    ("Vijf vier nul zes, twee negen zeven zeven, nul zes zeven acht, een nul nul drie", "card",
     ["Vijf vier nul zes, twee negen zeven zeven, nul zes zeven acht, een nul nul drie"],
     "card", "5406297706781003"),
    ("NL59 ASNB 5464 8962 92", "iban", ["NL59 ASNB 5464 8962 92"]),
    ("Burgemeester Visserlaan 8", "address", ["Burgemeester Visserlaan 8"]),
    ("2712 BC", "postcode", ["2712 BC"]),
    ("06 28 51 74 90", "phone", ["06 28 51 74 90"]),
],
"lookalikes": [
    ("Zuiderbank", "company_name"),
    ("€ 1.249,00", "price"),
    ("KlikKoop", "company_name"),
    ("vrijdag 17 januari om 23:14", "datetime"),
    ("FR-2025-008813", "case_number"),
    ("€ 86,50", "price"),
],
},
{
"id": "nl-call-005",
"note": "NL municipality, parking permit, dash lines, plate spelled out",
"text": """- Gemeente Haarlem, goedemorgen, met Ilse.
- Goedemorgen, u spreekt met Wouter Dijkstra. Ik heb een nieuwe auto en ik wil de parkeervergunning laten omzetten.
- Dat kan. Ik heb eerst uw burgerservicenummer nodig.
- Dat is 5 7 6 6 9 4 4 7 2.
- Dank u. U woont op de Kleverparkweg 41 rood, 2023 CH?
- Ja, dat klopt.
- Ik zie vergunningnummer PV-2024-18837 op kenteken GZ-482-K. Wat is het nieuwe kenteken?
- Dat is, even pakken hoor, S nul vier, streepje, K L X. Nee wacht: S L X, streepje, nul vier, streepje, K. Dus SLX-04-K.
- SLX-04-K, helder. De oude auto is verkocht?
- Ja, vorige week.
- Dan kost het omzetten niets, het jaarbedrag van € 58,20 blijft gelijk, geldig in zone C tot 1 april.
- Fijn. Krijg ik een bevestiging?
- Per mail. Ik heb w.dijkstra@example.nl, klopt dat nog?
- Ja.
- En uw telefoonnummer, 023 542 18 60?
- Dat is de vaste lijn, die hebben we nog.
- Dan staat het erin. De wijziging is binnen een uur actief.
- Super, dank u wel.""",
"planted": [
    ("Ilse", "name", ["Ilse"]),
    ("Wouter Dijkstra", "name", ["Wouter", "Dijkstra"]),
    ("5 7 6 6 9 4 4 7 2", "national_id", ["5 7 6 6 9 4 4 7 2"], "bsn"),
    ("Kleverparkweg 41 rood", "address", ["Kleverparkweg 41 rood"]),
    ("2023 CH", "postcode", ["2023 CH"]),
    ("GZ-482-K", "plate", ["GZ-482-K"]),
    ("S L X, streepje, nul vier, streepje, K", "plate",
     ["S L X, streepje, nul vier, streepje, K", "S nul vier, streepje, K L X", "SLX-04-K"]),
    ("w.dijkstra@example.nl", "email", ["w.dijkstra@example.nl", "w.dijkstra"]),
    ("023 542 18 60", "phone", ["023 542 18 60"]),
],
"lookalikes": [
    ("Gemeente Haarlem", "company_name"),
    ("PV-2024-18837", "permit_number"),
    ("€ 58,20", "price"),
    ("zone C", "reference"),
    ("1 april", "date"),
],
},
{
"id": "nl-call-006",
"note": "Flemish parcel carrier, name spelled letter by letter, e-mail with apenstaartje",
"text": """Medewerker: PakjeDirect klantendienst, goeiemiddag, met Jonas.
Klant: Ja hallo, met Lien Desmet. Ik heb een pakje dat al drie dagen op "in bezorging" staat.
Medewerker: Hebt ge het zendingsnummer?
Klant: 3SPDK48120397.
Medewerker: Op welke naam staat het?
Klant: Desmet, D-E-S-M-E-T.
Medewerker: Ik zie het. Het is 2,3 kg en er waren douanekosten van € 12,40 op. Het ligt nu in het afhaalpunt Krantenwinkel Bij Gert.
Klant: Ah, maar ik heb niks gekregen. Ik woon Gentsestraat 88, 8800 Roeselare. Ik had gevraagd om het af te geven bij de buren op nummer 90, bij Marc.
Medewerker: De chauffeur heeft aangebeld maar niemand thuis. Ik kan het vrijdag tussen 13 en 17 uur opnieuw laten leveren.
Klant: Ja graag. En die douanekosten, ik heb die al online betaald en ook aan het afhaalpunt. Dat is dubbel.
Medewerker: Dan storten we het terug. Op welk rekeningnummer?
Klant: BE09 1903 6411 5957.
Medewerker: En een gsm-nummer voor de chauffeur?
Klant: 0497 21 65 08.
Medewerker: En de bevestiging mag naar welk mailadres?
Klant: lien punt desmet apenstaartje example punt be.
Medewerker: Lien punt desmet, allemaal kleine letters?
Klant: Ja.
Medewerker: In orde mevrouw, ge krijgt zo een mail.""",
"planted": [
    ("Jonas", "name", ["Jonas"]),
    ("Lien Desmet", "name", ["Lien", "Desmet", "D-E-S-M-E-T"]),
    ("Gentsestraat 88", "address", ["Gentsestraat 88"]),
    ("8800", "postcode", ["8800"]),
    ("Marc", "name", ["Marc"]),
    ("BE09 1903 6411 5957", "iban", ["BE09 1903 6411 5957"]),
    ("0497 21 65 08", "phone", ["0497 21 65 08"]),
    ("lien punt desmet apenstaartje example punt be", "email",
     ["lien punt desmet apenstaartje example punt be", "lien punt desmet", "Lien punt desmet"]),
],
"lookalikes": [
    ("PakjeDirect", "company_name"),
    ("3SPDK48120397", "tracking_number"),
    ("2,3 kg", "quantity"),
    ("€ 12,40", "price"),
    ("Krantenwinkel Bij Gert", "store_name"),
    ("vrijdag tussen 13 en 17 uur", "time"),
],
},
{
"id": "nl-call-007",
"note": "NL car insurer, damage claim, upper-case role labels",
"text": """MEDEWERKER: Schadeafdeling Veilig Verder Verzekeringen, u spreekt met Daan.
BELLER: Hoi, met Fatma Yilmaz. Ik heb zaterdag een aanrijding gehad en ik wil schade melden.
MEDEWERKER: Vervelend om te horen. Heeft u uw polisnummer bij de hand?
BELLER: Ja, AP-5521-0098-3.
MEDEWERKER: Dank u. Dat is de auto met kenteken K-731-RT?
BELLER: Ja. Iemand reed achteruit de parkeerplaats af en raakte mijn portier.
MEDEWERKER: Was dat op zaterdag 8 februari?
BELLER: Ja, om een uur of half drie.
MEDEWERKER: Heeft u de gegevens van de tegenpartij?
BELLER: Ja, we hebben een schadeformulier ingevuld. Hij heet Jeroen Smulders, kenteken 87-HNX-4, en zijn nummer is 06 44 17 93 20.
MEDEWERKER: Top. Heeft u al een schadeherstelbedrijf gebeld?
BELLER: Autoschade Hoogvliet heeft er gisteren naar gekeken, die zeggen ongeveer € 1.850.
MEDEWERKER: Dat is een aangesloten bedrijf, dan hoeft u niets voor te schieten. Ik maak het dossier aan onder schadenummer SCH-24-771203. Waar kunnen we u bereiken?
BELLER: Op 06-31 22 84 07. En mailen mag ook, fatma punt yilmaz at example punt com.
MEDEWERKER: En u woont nog op Slinge 204, 3085 EX Rotterdam?
BELLER: Ja.
MEDEWERKER: Dan stuur ik het schadeformulier-overzicht naar dat adres en per mail. Fijne dag verder, mevrouw Yilmaz.""",
"planted": [
    ("Daan", "name", ["Daan"]),
    ("Fatma Yilmaz", "name", ["Fatma", "Yilmaz"]),
    ("K-731-RT", "plate", ["K-731-RT"]),
    ("Jeroen Smulders", "name", ["Jeroen", "Smulders"]),
    ("87-HNX-4", "plate", ["87-HNX-4"]),
    ("06 44 17 93 20", "phone", ["06 44 17 93 20"]),
    ("06-31 22 84 07", "phone", ["06-31 22 84 07"]),
    ("fatma punt yilmaz at example punt com", "email",
     ["fatma punt yilmaz at example punt com", "fatma punt yilmaz"]),
    ("Slinge 204", "address", ["Slinge 204"]),
    ("3085 EX", "postcode", ["3085 EX"]),
],
"lookalikes": [
    ("Veilig Verder Verzekeringen", "company_name"),
    ("AP-5521-0098-3", "policy_number"),
    ("zaterdag 8 februari", "date"),
    ("Autoschade Hoogvliet", "company_name"),
    ("€ 1.850", "price"),
    ("SCH-24-771203", "claim_number"),
],
},
{
"id": "nl-call-008",
"note": "NL housing association, repair request, no speaker labels at all",
"text": """Woonstichting De Veste, goedemiddag, u spreekt met Kim.
Goedemiddag, met mevrouw Hoogland, Gerda Hoogland. Ik bel over lekkage in mijn badkamer.
Wat vervelend. Op welk adres is dat?
Pijlkruidstraat 19, 1033 XH.
Ik zie het, huurcontract 778120. Waar komt het water vandaan?
Van boven, denk ik. Bij de buurvrouw, mevrouw Özdemir, is de vloer van de douche ook nat, zegt ze.
En uw cv-ketel, een Remeha Calenta, die doet het nog wel?
Ja, die doet het.
Dan maak ik een reparatieverzoek aan, nummer 2025-04417. De loodgieter kan woensdag 22 januari komen, tussen 8.00 en 12.00.
Ik ben dan bij de fysio. Mijn zoon Erik kan er zijn, hij heeft een sleutel.
Prima. Op welk nummer kan de loodgieter hem bellen?
Zijn mobiel is 06 52 90 13 48.
En u zelf, nog steeds op 020 641 2835?
Ja, de vaste lijn.
Dan heb ik alles. Zet u maar vast een emmer neer, mevrouw Hoogland.
Heb ik al gedaan, hoor. Dank u wel.""",
"planted": [
    ("Kim", "name", ["Kim"]),
    ("Gerda Hoogland", "name", ["Gerda", "Hoogland"]),
    ("Pijlkruidstraat 19", "address", ["Pijlkruidstraat 19"]),
    ("1033 XH", "postcode", ["1033 XH"]),
    ("Özdemir", "name", ["Özdemir"]),
    ("Erik", "name", ["Erik"]),
    ("06 52 90 13 48", "phone", ["06 52 90 13 48"]),
    ("020 641 2835", "phone", ["020 641 2835"]),
],
"lookalikes": [
    ("Woonstichting De Veste", "company_name"),
    ("778120", "contract_number"),
    ("Remeha Calenta", "product_name"),
    ("2025-04417", "repair_number"),
    ("woensdag 22 januari", "date"),
    ("tussen 8.00 en 12.00", "time"),
],
},
{
"id": "nl-call-009",
"note": "NL pharmacy, repeat prescription and home delivery",
"text": """Apotheek: Apotheek Het Kruispunt, met Yvonne.
Patiënt: Goedemiddag, met Theo Hendriks. Ik bel voor mijn herhaalrecept.
Apotheek: Wat is uw geboortedatum, meneer Hendriks?
Patiënt: Twee november negenenveertig.
Apotheek: En uw postcode?
Patiënt: 6712 GK.
Apotheek: Ja, ik heb u. Het gaat om de Metoprolol 50 mg?
Patiënt: Ja, en de bloedverdunner. Dokter Nijhuis zou het recept sturen.
Apotheek: Dat is binnen. Het zijn 90 tabletten Metoprolol, de eigen bijdrage is € 3,20. Komt u het ophalen?
Patiënt: Nee, ik loop slecht. Kunt u het bezorgen? Dorpsstraat 45, hier in Ede.
Apotheek: Dat kan. De bezorger komt vrijdag na twee uur. Is er iemand thuis?
Patiënt: Mijn vrouw Corrie is er altijd.
Apotheek: En op welk nummer kan de bezorger bellen als er niet wordt opengedaan?
Patiënt: 0318 61 47 22.
Apotheek: Staat genoteerd. Dan komt het vrijdag. Goedemiddag, meneer Hendriks.""",
"planted": [
    ("Yvonne", "name", ["Yvonne"]),
    ("Theo Hendriks", "name", ["Theo", "Hendriks"]),
    ("Twee november negenenveertig", "birth_date", ["Twee november negenenveertig"]),
    ("6712 GK", "postcode", ["6712 GK"]),
    ("Nijhuis", "name", ["Nijhuis"]),
    ("Dorpsstraat 45", "address", ["Dorpsstraat 45"]),
    ("Corrie", "name", ["Corrie"]),
    ("0318 61 47 22", "phone", ["0318 61 47 22"]),
],
"lookalikes": [
    ("Apotheek Het Kruispunt", "company_name"),
    ("Metoprolol 50 mg", "medication"),
    ("90 tabletten", "quantity"),
    ("€ 3,20", "price"),
    ("vrijdag na twee uur", "time"),
],
},
{
"id": "nl-call-010",
"note": "NL payroll bureau, SPREKER A/B labels, BSN and IBAN change",
"text": """SPREKER A: Salarisbureau Loonwerk, met Marloes, goedemorgen.
SPREKER B: Goedemorgen, u spreekt met Noor Hassan, ik werk bij Bouwbedrijf Van Leeuwen B.V. Ik heb een vraag over mijn loonstrook van periode 7.
SPREKER A: Dat kijk ik voor u na. Mag ik uw burgerservicenummer en geboortedatum?
SPREKER B: BSN is vijf negen twee acht drie negen vijf vijf twee. Geboren 21-10-1996.
SPREKER A: Dank u wel. Wat is de vraag?
SPREKER B: Mijn netto is € 2.418,36 maar mijn salaris is op mijn oude rekening gestort, NL92 ABNA 4727 6561 02. Ik had vorige maand een nieuwe doorgegeven.
SPREKER A: Ik zie inderdaad een wijziging die nog niet verwerkt is. Welke rekening moet het zijn?
SPREKER B: NL24 INGB 4812 7816 58.
SPREKER A: Die zet ik er nu in, vanaf de uitbetaling van 25 juli gaat het goed. En ik zie dat er ook nog een adreswijziging openstaat?
SPREKER B: Ja, ik woon nu op de Amstelveenseweg 510 hoog, 1081 JW Amsterdam.
SPREKER A: Verwerkt. Werkt de app bij u, versie 4.2.1?
SPREKER B: Ik kan niet inloggen.
SPREKER A: Dan stuur ik een nieuwe link naar uw mailadres, noor.hassan96@example.com.
SPREKER B: Ja, dat is hem. Dank u.""",
"planted": [
    ("Marloes", "name", ["Marloes"]),
    ("Noor Hassan", "name", ["Noor", "Hassan"]),
    ("vijf negen twee acht drie negen vijf vijf twee", "national_id",
     ["vijf negen twee acht drie negen vijf vijf twee"], "bsn", "592839552"),
    ("21-10-1996", "birth_date", ["21-10-1996"]),
    ("NL92 ABNA 4727 6561 02", "iban", ["NL92 ABNA 4727 6561 02"]),
    ("NL24 INGB 4812 7816 58", "iban", ["NL24 INGB 4812 7816 58"]),
    ("Amstelveenseweg 510 hoog", "address", ["Amstelveenseweg 510 hoog"]),
    ("1081 JW", "postcode", ["1081 JW"]),
    ("noor.hassan96@example.com", "email", ["noor.hassan96@example.com", "noor.hassan96"]),
],
"lookalikes": [
    ("Bouwbedrijf Van Leeuwen B.V.", "company_name"),
    ("periode 7", "reference"),
    ("€ 2.418,36", "amount"),
    ("25 juli", "date"),
    ("versie 4.2.1", "version"),
],
},
{
"id": "nl-call-011",
"note": "Flemish travel agency, labels with the agent's name, family booking",
"text": """[Lotte] Reisbureau Zonnetij, goeiemorgen, Lotte aan de lijn.
[Klant] Goeiemorgen, met Koen Vandenberghe. Wij hebben een reis geboekt naar Kreta en ik moet de namen van de kinderen nog doorgeven.
[Lotte] Hebt ge het boekingsnummer?
[Klant] RT-884213.
[Lotte] Ik heb het: vertrek 5 juli met vlucht TB 2214, Hotel Costa Linda, totaal € 3.486. Op de boeking staan u en Els Peeters.
[Klant] Ja, mijn vrouw. De kinderen zijn Mila, geboren 12 juni 2016, en Finn, geboren 3 oktober 2019.
[Lotte] Mila en Finn, met dubbel n?
[Klant] Ja, Finn met dubbel n.
[Lotte] Staan ze op dezelfde achternaam als u?
[Klant] Ja, allebei Vandenberghe.
[Lotte] In orde. Ik stuur de aangepaste reisbescheiden. Naar welk mailadres?
[Klant] koen punt vandenberghe apenstaartje example punt be.
[Lotte] En een gsm voor noodgevallen tijdens de reis?
[Klant] Plus tweeëndertig, 471 90 28 36.
[Lotte] Perfect, dan is alles volledig. Goeie reis alvast!""",
"planted": [
    ("Lotte", "name", ["Lotte"]),
    ("Koen Vandenberghe", "name", ["Koen", "Vandenberghe"]),
    ("Els Peeters", "name", ["Els", "Peeters"]),
    ("Mila", "name", ["Mila"]),
    ("12 juni 2016", "birth_date", ["12 juni 2016"]),
    ("Finn", "name", ["Finn"]),
    ("3 oktober 2019", "birth_date", ["3 oktober 2019"]),
    ("koen punt vandenberghe apenstaartje example punt be", "email",
     ["koen punt vandenberghe apenstaartje example punt be", "koen punt vandenberghe"]),
    ("Plus tweeëndertig, 471 90 28 36", "phone", ["Plus tweeëndertig, 471 90 28 36", "471 90 28 36"]),
],
"lookalikes": [
    ("Reisbureau Zonnetij", "company_name"),
    ("RT-884213", "booking_reference"),
    ("5 juli", "date"),
    ("TB 2214", "flight_number"),
    ("Hotel Costa Linda", "company_name"),
    ("€ 3.486", "price"),
],
},
{
"id": "nl-call-012",
"note": "NL gym cancellation, raw lower-case ASR with hesitations, IBAN read digit by digit",
"text": """spreker 1 fitplaza klantenservice je spreekt met joep
spreker 2 ja hoi ehm ik wil mijn abonnement opzeggen
spreker 1 oké dat is jammer wat is je naam
spreker 2 lisa van der heijden
spreker 1 en je geboortedatum lisa
spreker 2 zeventien september tweeduizend twee
spreker 1 ik zie een premium flex abonnement van vierendertig negenennegentig per maand
spreker 2 ja ehm ik ben verhuisd en er zit hier geen vestiging
spreker 1 wat is je nieuwe postcode dan kijk ik even
spreker 2 twee vijf een een b c huisnummer veertien
spreker 1 klopt hier zit inderdaad niks in de buurt je hebt vier weken opzegtermijn dus het loopt tot één maart
spreker 2 oké en ehm mijn vriend tim zit ook op mijn account kan dat ook stoppen
spreker 1 dat moet hij zelf doen sorry ik heb nog wel even je rekeningnummer nodig voor de laatste incasso
spreker 2 uh n l vijf negen a s n b vijf vier zes vier acht negen zes twee negen twee
spreker 1 en naar welk mailadres mag de bevestiging
spreker 2 lisa punt heijden at example punt com
spreker 1 en je telefoonnummer voor als er iets is
spreker 2 nul zes drie vier één nul acht zeven twee vijf
spreker 1 top je krijgt binnen vijf minuten een mail fijne dag nog
spreker 2 jij ook doei""",
"planted": [
    ("joep", "name", ["joep"]),
    ("lisa van der heijden", "name", ["lisa", "heijden"]),
    ("zeventien september tweeduizend twee", "birth_date", ["zeventien september tweeduizend twee"]),
    ("twee vijf een een b c", "postcode", ["twee vijf een een b c"]),
    ("tim", "name", ["tim"]),
    ("n l vijf negen a s n b vijf vier zes vier acht negen zes twee negen twee", "iban",
     ["n l vijf negen a s n b vijf vier zes vier acht negen zes twee negen twee"],
     "iban", "NL59ASNB5464896292"),
    ("lisa punt heijden at example punt com", "email",
     ["lisa punt heijden at example punt com", "lisa punt heijden"]),
    ("nul zes drie vier één nul acht zeven twee vijf", "phone",
     ["nul zes drie vier één nul acht zeven twee vijf"]),
],
"lookalikes": [
    ("fitplaza", "company_name"),
    ("premium flex", "product_name"),
    ("vierendertig negenennegentig", "price"),
    ("vier weken", "duration"),
    ("één maart", "date"),
],
},
]
