# Dutch / Flemish chats (10): web chat with bot hand-over, WhatsApp exports, social DMs,
# in-app chats.  Hand-written; all persons made up.

RECORDS = [
{
"id": "nl-chat-001",
"note": "NL fibre provider web chat, bot Eva hands over to a human; IP and login name",
"text": """[14:02] Eva (digitale assistent): Hoi! Ik ben Eva, de digitale assistent van Glasnet. Waarmee kan ik je helpen?
[14:02] Bezoeker: internet doet het niet sinds vanochtend
[14:02] Eva: Vervelend! Ik check even of er een storing is. Wat is je postcode?
[14:03] Bezoeker: 5617 BD
[14:03] Eva: Ik zie geen storing in jouw buurt. Ik verbind je door met een collega. 
[14:05] --- Sophie heeft het gesprek overgenomen ---
[14:05] Sophie: Hoi, je spreekt met Sophie van Glasnet. Mag ik je naam en geboortedatum ter controle?
[14:06] Bezoeker: Bram Oosterhuis, 30-06-1987
[14:06] Sophie: Dank je Bram. Welk lampje brandt er op je Glasnet Box 3?
[14:07] Bezoeker: de wan led knippert rood. in het menu staat WAN IP 198.51.100.47 en firmware v2.8.14
[14:08] Sophie: Dat IP-adres hoort bij ons netwerk, dus de verbinding komt wel binnen. Kun je inloggen in Mijn Glasnet?
[14:08] Bezoeker: nee, mijn gebruikersnaam bramo_1987 wordt niet herkend
[14:09] Sophie: Ik heb je account ontgrendeld. Ik maak ook een ticket aan, GN-4471920, en plan een monteur in voor maandag 10:00-13:00. Klopt je mailadres b.oosterhuis@example.nl nog?
[14:10] Bezoeker: ja
[14:10] Sophie: En kan de monteur je bellen op 06 20 73 55 91?
[14:10] Bezoeker: ja prima. krijg ik dan ook weer 1000 Mbit/s?
[14:11] Sophie: Dat is wel de bedoeling 😉 Fijne dag!""",
"planted": [
    ("5617 BD", "postcode", ["5617 BD"]),
    ("Sophie", "name", ["Sophie"]),
    ("Bram Oosterhuis", "name", ["Bram", "Oosterhuis"]),
    ("30-06-1987", "birth_date", ["30-06-1987"]),
    ("198.51.100.47", "ip", ["198.51.100.47"]),
    ("bramo_1987", "username", ["bramo_1987"]),
    ("b.oosterhuis@example.nl", "email", ["b.oosterhuis@example.nl", "b.oosterhuis"]),
    ("06 20 73 55 91", "phone", ["06 20 73 55 91"]),
],
"lookalikes": [
    ("Eva", "bot_name"),
    ("Glasnet Box 3", "product_name"),
    ("v2.8.14", "version"),
    ("GN-4471920", "ticket_number"),
    ("10:00-13:00", "time"),
    ("1000 Mbit/s", "speed"),
],
},
{
"id": "nl-chat-002",
"note": "WhatsApp export (Android style) from a fashion shop's business phone; customer not saved, shown as number",
"text": """12-03-24 14:02 - +31 6 19 83 40 72: Hallo! Ik heb vorige week de Jurk Rosa besteld (bestelling #NL-104883) maar hij is te klein 😅 kan ik hem ruilen voor maat 40?
12-03-24 14:05 - Modehuis Jansen: Hoi! Wat vervelend. Natuurlijk kan dat. Op welke naam staat de bestelling?
12-03-24 14:06 - +31 6 19 83 40 72: Naima el Idrissi
12-03-24 14:09 - Modehuis Jansen: Gevonden! Maat 40 is helaas uitverkocht. Wil je je geld terug? Dan hebben we je IBAN nodig, het ging om € 79,95.
12-03-24 14:11 - +31 6 19 83 40 72: ja doe maar terugbetalen. NL10 SNSB 8515 3850 53 tnv N el Idrissi
12-03-24 14:12 - +31 6 19 83 40 72: o ja en mn zus Yasmina heeft dezelfde jurk besteld op haar eigen naam, die wil wel ruilen
12-03-24 14:15 - Modehuis Jansen: Dan moet je zus zelf even contact opnemen 🙂 Voor jouw retour sturen we een label. Is dit het juiste adres?
12-03-24 14:16 - +31 6 19 83 40 72: Naima el Idrissi
Kanaalstraat 112-2
3531 CK Utrecht
12-03-24 14:16 - +31 6 19 83 40 72: en mail mag naar naima.idrissi@example.com
12-03-24 14:20 - Modehuis Jansen: Top! Het label staat in je mail. Binnen 3 werkdagen na ontvangst heb je je geld terug. Groetjes, Femke
12-03-24 14:21 - +31 6 19 83 40 72: dankjewel Femke!! 🙏""",
"planted": [
    ("+31 6 19 83 40 72", "phone", ["+31 6 19 83 40 72"]),
    ("Naima el Idrissi", "name", ["Naima", "Idrissi"]),
    ("NL10 SNSB 8515 3850 53", "iban", ["NL10 SNSB 8515 3850 53"]),
    ("Yasmina", "name", ["Yasmina"]),
    ("Kanaalstraat 112-2", "address", ["Kanaalstraat 112-2"]),
    ("3531 CK", "postcode", ["3531 CK"]),
    ("naima.idrissi@example.com", "email", ["naima.idrissi@example.com", "naima.idrissi"]),
    ("Femke", "name", ["Femke"]),
],
"lookalikes": [
    ("Jurk Rosa", "product_name"),
    ("#NL-104883", "order_number"),
    ("maat 40", "quantity"),
    ("Modehuis Jansen", "company_name"),
    ("€ 79,95", "price"),
    ("3 werkdagen", "duration"),
    ("12-03-24 14:02", "datetime"),
],
},
{
"id": "nl-chat-003",
"note": "X/Twitter DM to a parcel carrier; handle, typos, emoji",
"text": """@jorisdekker_ → @PakketPunt_NL
yo mijn pakket staat al 2 dagen op 'bezorgd' maar ik heb echt niks ontvangen 😤😤 JVGL 0412 8833 9901

@PakketPunt_NL → @jorisdekker_
Hoi Joris, balen! We zoeken het voor je uit. Kun je je postcode, huisnummer en naam sturen? ^Mirjam

@jorisdekker_ → @PakketPunt_NL
Joris Dekker, 9712 TG nr 31a (Oude Ebbingestraat 31a groningen). bovenste bel

@PakketPunt_NL → @jorisdekker_
Dank je. Volgens de scanner is het om 16:42 afgeleverd bij nr 29, fam. Kramer. Heb je daar al aangebeld? ^Mirjam

@jorisdekker_ → @PakketPunt_NL
die zijn op vakantie lol. ze komen pas zondag terug

@PakketPunt_NL → @jorisdekker_
Dat is vervelend. Ik zet een onderzoek uit (dossier PP-7719023). Mogen we je bellen en mailen? ^Mirjam

@jorisdekker_ → @PakketPunt_NL
ja 0613928477 of joris.dekker@example.org. het is een ps5 controller van €74,99 dus wel balen als ie kwijt is

@PakketPunt_NL → @jorisdekker_
Helder! Je hoort binnen 48 uur van ons. ^Mirjam""",
"planted": [
    ("@jorisdekker_", "username", ["jorisdekker_"]),
    ("Joris Dekker", "name", ["Joris", "Dekker"]),
    ("Mirjam", "name", ["Mirjam"]),
    ("9712 TG", "postcode", ["9712 TG"]),
    ("Oude Ebbingestraat 31a", "address", ["Oude Ebbingestraat 31a"]),
    ("Kramer", "name", ["Kramer"]),
    ("0613928477", "phone", ["0613928477"]),
    ("joris.dekker@example.org", "email", ["joris.dekker@example.org", "joris.dekker"]),
],
"lookalikes": [
    ("JVGL 0412 8833 9901", "tracking_number"),
    ("16:42", "time"),
    ("PP-7719023", "case_number"),
    ("ps5 controller", "product_name"),
    ("€74,99", "price"),
    ("48 uur", "duration"),
],
},
{
"id": "nl-chat-004",
"note": "Flemish bank in-app chat; customer pastes the full card number despite the warning",
"text": """Bank Scheldeland – chat
Bert (klantendienst), 09:12: Goeiemorgen, u chat met Bert. Waarmee kan ik helpen?
U, 09:13: dag bert, er is vannacht 450 euro van mijn kaart gegaan om 02:13 bij een webshop die ik niet ken
Bert (klantendienst), 09:13: Dat is niet goed. Ik blokkeer uw kaart meteen. Voor de veiligheid: deel nooit uw pincode of volledige kaartnummer in de chat.
U, 09:14: te laat 🙈 5208 6803 1705 4300 is het. Annelies Wouters, geboren 07/06/1987, rijksregisternr 87.06.07-204.97
Bert (klantendienst), 09:15: Dank u, mevrouw Wouters. De kaart is geblokkeerd. Ik start een betwisting op voor de transactie van € 450,00 van 14/02 (dossier BSD-2502-1187).
U, 09:16: moet ik ook iets doen met itsme of zo?
Bert (klantendienst), 09:16: Nee, itsme blijft gewoon werken. Het bedrag wordt teruggestort op BE67 5018 4833 6487, uw zichtrekening. De nieuwe kaart sturen we naar de Lange Lozanastraat 142, 2018 Antwerpen?
U, 09:17: ja klopt
Bert (klantendienst), 09:17: En we sms'en de nieuwe pincode naar 0485 62 09 17. Nog een vraag?
U, 09:18: nee merci
Bert (klantendienst), 09:18: Graag gedaan. Nog een goeie dag!""",
"planted": [
    ("Bert", "name", ["Bert", "bert"]),
    ("5208 6803 1705 4300", "card", ["5208 6803 1705 4300"]),
    ("Annelies Wouters", "name", ["Annelies", "Wouters"]),
    ("07/06/1987", "birth_date", ["07/06/1987"]),
    ("87.06.07-204.97", "national_id", ["87.06.07-204.97"], "rrn"),
    ("BE67 5018 4833 6487", "iban", ["BE67 5018 4833 6487"]),
    ("Lange Lozanastraat 142", "address", ["Lange Lozanastraat 142"]),
    ("2018", "postcode", ["2018"]),
    ("0485 62 09 17", "phone", ["0485 62 09 17"]),
],
"lookalikes": [
    ("Bank Scheldeland", "company_name"),
    ("02:13", "time"),
    ("€ 450,00", "amount"),
    ("14/02", "date"),
    ("BSD-2502-1187", "case_number"),
    ("itsme", "product_name"),
],
},
{
"id": "nl-chat-005",
"note": "Flemish municipality web chat, bulky waste pick-up",
"text": """Chat – Gemeente Herzele, dienst Afval
Sarah: Goeiemiddag! Waarmee kan ik u helpen?
Bezoeker: Goeiemiddag, ik zou grofvuil willen laten ophalen. Jozef Van den Broeck, maar iedereen zegt Jef.
Sarah: Dag Jef! Dat kan. Wat is het ophaaladres?
Bezoeker: Molenstraat 7, 9550 Herzele
Sarah: Hoeveel ongeveer? We halen op tot 2 m³ per keer.
Bezoeker: een oude zetel en een kast. Mijn buurvrouw, mevrouw Callebaut, wil ook een matras meegeven, mag dat op dezelfde ophaling?
Sarah: Dat moet ze apart aanvragen, sorry. Voor u: ophaling op zaterdag 15 maart, kostprijs € 25, betaalbaar via de link in de bevestiging. Uw ophaalnummer is GV-25-0312.
Bezoeker: Ok. Ik ben wel geboren in 1948 hoor, heb ik geen korting? 2 april 1948.
Sarah: Voor 65-plussers is de eerste ophaling per jaar gratis, dat zet ik erbij 🙂 Op welk e-mailadres wil u de bevestiging?
Bezoeker: jef.vandenbroeck@example.be
Sarah: En een telefoonnummer voor Afvalintercommunale Denderland, als ze u niet vinden?
Bezoeker: 053 39 12 84, de vaste lijn
Sarah: Genoteerd. Zet de spullen om 7 uur buiten. Nog een fijne dag!""",
"planted": [
    ("Sarah", "name", ["Sarah"]),
    ("Jozef Van den Broeck", "name", ["Jozef", "Broeck", "Jef"]),
    ("Molenstraat 7", "address", ["Molenstraat 7"]),
    ("9550", "postcode", ["9550"]),
    ("Callebaut", "name", ["Callebaut"]),
    ("2 april 1948", "birth_date", ["2 april 1948"]),
    ("jef.vandenbroeck@example.be", "email", ["jef.vandenbroeck@example.be", "jef.vandenbroeck"]),
    ("053 39 12 84", "phone", ["053 39 12 84"]),
],
"lookalikes": [
    ("Gemeente Herzele", "company_name"),
    ("2 m³", "quantity"),
    ("zaterdag 15 maart", "date"),
    ("€ 25", "price"),
    ("GV-25-0312", "reference"),
    ("Afvalintercommunale Denderland", "company_name"),
    ("7 uur", "time"),
],
},
{
"id": "nl-chat-006",
"note": "NL pet insurance web chat; dog's name and vet practice are look-alikes, the vet is a person",
"text": """Dierbaar Verzekerd – Livechat
Lars: Hallo, je chat met Lars. Hoe kan ik je helpen?
Klant: Hoi Lars, ik heb vorige maand een declaratie ingediend voor Bobbie, onze labrador, maar nog niks gehoord.
Lars: Ik zoek het op. Wat is je naam en postcode?
Klant: Eline Groenewoud, 7411 HJ
Lars: Ik zie het: claimnummer DV-88120, behandeling bij Dierenkliniek De Hoef op 3 februari, € 312,45. Er mist nog de factuur met de naam van de dierenarts.
Klant: Dat was dr. Mulder. Ik stuur de factuur zo nog een keer. Kan het geld naar een andere rekening? NL38 RABO 9091 0031 07
Lars: Dat kan, staat die op jouw naam?
Klant: Ja
Lars: Aangepast. Woon je nog op de Brink 3?
Klant: Nee we zijn verhuisd, het is nu Keizerstraat 56. Zelfde postcode toevallig haha
Lars: Haha handig. Stuur de factuur naar declaraties@dierbaarverzekerd.example of reageer op de mail die we naar eline.groenewoud@example.nl hebben gestuurd.
Klant: Doe ik. Kunnen jullie me bellen als er iets mist? 06 41 88 20 63
Lars: Zeker. Met je polis Compleet Plus wordt 80% vergoed. Sterkte met Bobbie!""",
"planted": [
    ("Lars", "name", ["Lars"]),
    ("Eline Groenewoud", "name", ["Eline", "Groenewoud"]),
    ("7411 HJ", "postcode", ["7411 HJ"]),
    ("Mulder", "name", ["Mulder"]),
    ("NL38 RABO 9091 0031 07", "iban", ["NL38 RABO 9091 0031 07"]),
    ("Brink 3", "address", ["Brink 3"]),
    ("Keizerstraat 56", "address", ["Keizerstraat 56"]),
    ("eline.groenewoud@example.nl", "email", ["eline.groenewoud@example.nl", "eline.groenewoud"]),
    ("06 41 88 20 63", "phone", ["06 41 88 20 63"]),
],
"lookalikes": [
    ("Dierbaar Verzekerd", "company_name"),
    ("Bobbie", "pet_name"),
    ("DV-88120", "claim_number"),
    ("Dierenkliniek De Hoef", "company_name"),
    ("€ 312,45", "price"),
    ("Compleet Plus", "product_name"),
    ("80%", "percentage"),
],
},
{
"id": "nl-chat-007",
"note": "WhatsApp (iOS export style) with a garage; APK appointment",
"text": """[03-03-2025 08:14:02] Rick Smit: Goedemorgen, kan mijn auto deze week nog apk? Volkswagen Golf, kenteken HV-927-T
[03-03-2025 08:31:45] Garage Van Dam: Goedemorgen Rick! Dinsdag 4 maart om 8:00 kan. APK € 49,-. Kleine beurt erbij? Die is € 189,-
[03-03-2025 08:33:10] Rick Smit: alleen apk graag. Mijn vader Hans brengt hem want ik moet werken
[03-03-2025 08:35:27] Garage Van Dam: Prima. Of we kunnen hem ophalen, haal- en brengservice is € 15,-
[03-03-2025 08:36:02] Rick Smit: oh ja graag ophalen. adres is Vlierbeslaan 23, 3452 RG Vleuten
[03-03-2025 08:36:40] Rick Smit: sleutel ligt bij mijn vader op nr 25
[03-03-2025 08:40:18] Garage Van Dam: Genoteerd 👍 Mag de factuur per mail?
[03-03-2025 08:41:55] Rick Smit: r.smit88@example.com
[03-03-2025 08:42:30] Garage Van Dam: Top. Mark van de werkplaats belt je als er iets gevonden wordt. Nummer nog steeds 06 37 91 04 26?
[03-03-2025 08:42:51] Rick Smit: Jep
[04-03-2025 11:20:05] Garage Van Dam: Goedgekeurd ✅ Wel 2 remblokken voor op de lijst gezet, advies binnen 3 maanden. Auto staat om 14:00 weer voor de deur. Groet, Mark""",
"planted": [
    ("Rick Smit", "name", ["Rick", "Smit"]),
    ("HV-927-T", "plate", ["HV-927-T"]),
    ("Hans", "name", ["Hans"]),
    ("Vlierbeslaan 23", "address", ["Vlierbeslaan 23"]),
    ("3452 RG", "postcode", ["3452 RG"]),
    ("r.smit88@example.com", "email", ["r.smit88@example.com", "r.smit88"]),
    ("Mark", "name", ["Mark"]),
    ("06 37 91 04 26", "phone", ["06 37 91 04 26"]),
],
"lookalikes": [
    ("Volkswagen Golf", "product_name"),
    ("Garage Van Dam", "company_name"),
    ("Dinsdag 4 maart om 8:00", "datetime"),
    ("€ 49,-", "price"),
    ("€ 189,-", "price"),
    ("2 remblokken", "quantity"),
    ("14:00", "time"),
],
},
{
"id": "nl-chat-008",
"note": "NL primary school parent app; teacher, parents and children named",
"text": """OBS De Regenboog – groep 5b
Juf Mariëlle, 16 mei 10:04
Beste ouders, op vrijdag 13 juni gaan we op schoolreis naar Speelpark De Vlinder. Vertrek om 8.15 uur. De bijdrage is € 27,50. Willen jullie voor de reisverzekering de geboortedatum van je kind doorgeven en een noodnummer?

Ahmed Bouzid, 16 mei 12:40
Hoi juf, voor Yara: geboren 09-11-2015. Noodnummer 06 54 12 39 87 (ik) of van mijn vrouw Samira 06 18 70 44 35.

Juf Mariëlle, 16 mei 12:52
Dank je Ahmed! Yara mag bij Sem in de bus, dat hadden ze gevraagd 😊

Ahmed Bouzid, 16 mei 13:05
Super. De € 27,50 heb ik overgemaakt. Kunt u de bevestiging naar a.bouzid@example.nl sturen? Ik zie de appberichten niet altijd.

Juf Mariëlle, 16 mei 13:20
Doe ik. Groetjes, juf Mariëlle""",
"planted": [
    ("Mariëlle", "name", ["Mariëlle"]),
    ("Ahmed Bouzid", "name", ["Ahmed", "Bouzid"]),
    ("Yara", "name", ["Yara"]),
    ("09-11-2015", "birth_date", ["09-11-2015"]),
    ("06 54 12 39 87", "phone", ["06 54 12 39 87"]),
    ("Samira", "name", ["Samira"]),
    ("06 18 70 44 35", "phone", ["06 18 70 44 35"]),
    ("Sem", "name", ["Sem"]),
    ("a.bouzid@example.nl", "email", ["a.bouzid@example.nl", "a.bouzid"]),
],
"lookalikes": [
    ("OBS De Regenboog", "company_name"),
    ("groep 5b", "class_name"),
    ("vrijdag 13 juni", "date"),
    ("Speelpark De Vlinder", "company_name"),
    ("8.15 uur", "time"),
    ("€ 27,50", "price"),
],
},
{
"id": "nl-chat-009",
"note": "NL mobile operator web chat, number porting; customer types fast with typos",
"text": """Chat gestart 19:47
Thijs | BelMobiel: Goedenavond! Je spreekt met Thijs. Waar kan ik je mee helpen?
Klant: hoi ik wil overstapen naar julie met mn nummer, sim only 20 gb
Thijs | BelMobiel: Leuk! Dat kan ik voor je regelen. Welk nummer wil je meenemen?
Klant: 0639 17 52 84
Thijs | BelMobiel: En je naam en geboortedatum?
Klant: kevin de bruijn 4-1-1993 sorry Kevin de Bruijn haha
Thijs | BelMobiel: Geen probleem 😄 Wat is het adres waar we de simkaart naartoe sturen?
Klant: Zwaluwlaan 8 2403 TB alphen ad rijn
Thijs | BelMobiel: En je mailadres en IBAN voor de maandelijkse betaling?
Klant: kevin.bruijn@example.com , NL18 RABO 5740 5415 02
Thijs | BelMobiel: Dank je. Het Sim Only 20 GB abonnement kost € 15,50 per maand. Je nummer wordt op 12 april overgezet, de simkaart met ICCID 8931 0400 2231 7764 018 komt binnen 2 werkdagen.
Klant: nice. moet ik zelf mn oude abbo opzeggen?
Thijs | BelMobiel: Nee, dat doen wij bij nummerbehoud automatisch. Je bestelling heeft nummer BM-23981145.
Klant: top thx""",
"planted": [
    ("Thijs", "name", ["Thijs"]),
    ("0639 17 52 84", "phone", ["0639 17 52 84"]),
    ("kevin de bruijn", "name", ["kevin", "bruijn"]),
    ("Kevin de Bruijn", "name", ["Kevin", "Bruijn"]),
    ("4-1-1993", "birth_date", ["4-1-1993"]),
    ("Zwaluwlaan 8", "address", ["Zwaluwlaan 8"]),
    ("2403 TB", "postcode", ["2403 TB"]),
    ("kevin.bruijn@example.com", "email", ["kevin.bruijn@example.com", "kevin.bruijn"]),
    ("NL18 RABO 5740 5415 02", "iban", ["NL18 RABO 5740 5415 02"]),
],
"lookalikes": [
    ("BelMobiel", "company_name"),
    ("Sim Only 20 GB", "product_name"),
    ("€ 15,50", "price"),
    ("12 april", "date"),
    ("8931 0400 2231 7764 018", "serial_number"),
    ("BM-23981145", "order_number"),
    ("19:47", "time"),
],
},
{
"id": "nl-chat-010",
"note": "Facebook Messenger DM to a tour operator; passport number and travel companions",
"text": """Messenger – Zonvakanties
Marieke Jonker: Hoi! Wij hebben geboekt voor Lanzarote (boekingsnummer ZV-3310298) maar de naam van mijn man is verkeerd gespeld op de bevestiging
Zonvakanties: Hoi Marieke, vervelend! Je spreekt met Tom. Hoe moet het wel?
Marieke Jonker: Ruud Jonker, nu staat er Ruut. Zijn paspoortnummer is NXR4K72P1 en hij is geboren 22-08-1979
Zonvakanties: Dank je. Graag ook jouw geboortedatum ter controle.
Marieke Jonker: 14-01-1981
Zonvakanties: Top, ik heb het aangepast voor vlucht HV 6531 op 19 oktober, Hotel Playa Dorada. Er zijn geen kosten aan verbonden, de reissom blijft € 1.928.
Marieke Jonker: Gelukkig! Kunnen jullie de nieuwe bevestiging naar marieke.jonker@example.nl sturen?
Zonvakanties: Doen we. Mogen we je voor last-minute wijzigingen appen op 06 11 48 29 75?
Marieke Jonker: ja hoor 👍
Zonvakanties: Fijne reis alvast! Groetjes Tom""",
"planted": [
    ("Marieke Jonker", "name", ["Marieke", "Jonker"]),
    ("Tom", "name", ["Tom"]),
    ("Ruud Jonker", "name", ["Ruud", "Jonker", "Ruut"]),
    ("NXR4K72P1", "national_id", ["NXR4K72P1"], "none"),
    ("22-08-1979", "birth_date", ["22-08-1979"]),
    ("14-01-1981", "birth_date", ["14-01-1981"]),
    ("marieke.jonker@example.nl", "email", ["marieke.jonker@example.nl", "marieke.jonker"]),
    ("06 11 48 29 75", "phone", ["06 11 48 29 75"]),
],
"lookalikes": [
    ("Zonvakanties", "company_name"),
    ("ZV-3310298", "booking_reference"),
    ("HV 6531", "flight_number"),
    ("19 oktober", "date"),
    ("Hotel Playa Dorada", "company_name"),
    ("€ 1.928", "price"),
],
},
]
