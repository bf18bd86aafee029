from _h import name, em, sem, ad, p, L, rec

RECORDS = [

rec("nl-chat-001", "chat", """
Chatgesprek – Polderstroom Energie – 17-01-2024
[14:02] Tessa (digitale assistent): Hoi! Ik ben Tessa, de digitale assistent van Polderstroom. Waar kan ik je mee helpen?
[14:02] Bezoeker: mijn voorschot is veel te hoog
[14:02] Tessa (digitale assistent): Ik help je graag met je termijnbedrag. Wil je je postcode en huisnummer geven?
[14:03] Bezoeker: 1068 SM 220
[14:03] Tessa (digitale assistent): Dank je. Ik zie dat je termijnbedrag nu € 135 is. Het advies op basis van je verbruik is € 110. Wil je het aanpassen of met een medewerker praten?
[14:03] Bezoeker: medewerker
[14:04] Tessa (digitale assistent): Ik verbind je door. De gemiddelde wachttijd is 3 minuten.
[14:07] Rachid (Klantenservice): Hoi, je spreekt met Rachid. Ik heb het gesprek met Tessa gelezen. Spreek ik met Lieke Postma?
[14:07] Bezoeker: ja klopt
[14:08] Rachid (Klantenservice): Voor de zekerheid: wat is je geboortedatum en het adres van de aansluiting?
[14:08] Bezoeker: 03-05-1993, pieter calandlaan 220 amsterdam
[14:09] Rachid (Klantenservice): Dank je Lieke. Ik zie een verbruik van 2.750 kWh per jaar op EAN 871687049519141285, en vorig jaar was het 3.100 kWh. Het voorschot zetten we op € 110. Bij de jaarafrekening 2023 kreeg je € 212,40 terug, klopt dat?
[14:10] Bezoeker: ja maar dat is nooit op mijn rekening gekomen!! NL83 TRIO 8942 7262 37
[14:11] Rachid (Klantenservice): Ik zie dat het is overgemaakt naar een oude rekening die eindigt op 44. Ik zet het nu klaar naar NL83 TRIO 8942 7262 37. Dat duurt 5 tot 7 werkdagen.
[14:11] Bezoeker: ok. stuur je een bevestiging naar liekepostma@example.com ?
[14:12] Rachid (Klantenservice): Doe ik. Kan ik je ook bellen als er iets misgaat? Op 06 29 41 77 58?
[14:12] Bezoeker: ja dat is m
[14:13] Rachid (Klantenservice): Top. Fijne dag nog!
""", [
    name("Rachid"),
    name("Lieke Postma"),
    p("postcode", "1068 SM 220", mns=["1068 SM"]),
    p("birth_date", "03-05-1993"),
    ad("pieter calandlaan 220 amsterdam", "pieter calandlaan 220"),
    p("iban", "NL83 TRIO 8942 7262 37", chk="iban"),
    em("liekepostma@example.com"),
    p("phone", "06 29 41 77 58"),
], [
    L("bot", "Tessa"), L("price", "€ 135"), L("price", "€ 110"), L("quantity", "2.750 kWh"),
    L("ean", "871687049519141285"), L("invoice", "jaarafrekening 2023"), L("price", "€ 212,40"),
    L("duration", "5 tot 7 werkdagen"),
]),

rec("nl-chat-002", "chat", """
[12-03-24 08:41:17] Autobedrijf Van Dijk & Zn.: Goedemorgen! Uw Seat Leon staat morgen ingepland voor APK + grote beurt. Wilt u gebruik maken van de haal- en brengservice?
[12-03-24 08:55:02] +31 6 28 41 57 90: Goedemorgen, ja graag. Dit is Mark Veenstra trouwens, ik app vanaf mijn werktelefoon
[12-03-24 08:55:40] +31 6 28 41 57 90: Ophalen op Dorpsstraat 14, 7361 AK Beekbergen. Sleutel ligt bij mijn vrouw Hanneke, die is de hele dag thuis
[12-03-24 09:02:13] Autobedrijf Van Dijk & Zn.: Top, dan komt Gert tussen 8.00 en 8.30 de auto ophalen. Kunt u het kenteken even bevestigen?
[12-03-24 09:04:48] +31 6 28 41 57 90: KRS-19-V
[12-03-24 09:05:10] Autobedrijf Van Dijk & Zn.: Dank u. Km-stand bij de vorige beurt was 148.220.
[12-03-24 09:05:33] +31 6 28 41 57 90: 👍
[13-03-24 15:12:09] Autobedrijf Van Dijk & Zn.: Goedemiddag meneer Veenstra, de auto is goedgekeurd. Wel waren de remblokken voor aan vervanging toe. Totaal € 487,30, werkorder 24-1187. U kunt betalen via de link of bij het ophalen.
[13-03-24 15:20:44] +31 6 28 41 57 90: Prima. Kan de factuur op naam van de zaak? Veenstra Installatietechniek, KvK 81734529
[13-03-24 15:21:30] Autobedrijf Van Dijk & Zn.: Geen probleem. Gert brengt hem om 17.00 terug.
[13-03-24 17:34:51] +31 6 28 41 57 90: Auto staat er, dank! Hanneke heeft betaald vanaf NL95 ABNA 1096 0578 19 dacht ik
[13-03-24 17:35:20] Autobedrijf Van Dijk & Zn.: Klopt, ontvangen. Tot de volgende keer!
""", [
    p("phone", "+31 6 28 41 57 90"),
    name("Mark Veenstra"),
    ad("Dorpsstraat 14, 7361 AK Beekbergen", "Dorpsstraat 14", "7361 AK"),
    name("Hanneke"),
    name("Gert"),
    p("plate", "KRS-19-V"),
    p("iban", "NL95 ABNA 1096 0578 19", chk="iban"),
], [
    L("company", "Autobedrijf Van Dijk & Zn."), L("product", "Seat Leon"), L("quantity", "148.220"),
    L("price", "€ 487,30"), L("order", "werkorder 24-1187"), L("time", "tussen 8.00 en 8.30"),
    L("company_id", "KvK 81734529"),
]),

rec("nl-chat-003", "chat", """
02/04/2024, 10:14 - Berichten en oproepen worden end-to-end versleuteld. Niemand buiten deze chat, zelfs WhatsApp niet, kan ze lezen of beluisteren.
02/04/2024, 10:14 - Wim Pronk: Goedemorgen, wij willen graag de busreis naar het Gardameer boeken van 14 t/m 21 juni
02/04/2024, 10:31 - ReisWijzer Sophie: Goedemorgen meneer Pronk! Leuk. Voor hoeveel personen?
02/04/2024, 10:33 - Wim Pronk: 2 personen. Mijn vrouw en ik. Wim Pronk 12-04-1958 en Joke Pronk-Kramer 30-09-1960
02/04/2024, 10:35 - ReisWijzer Sophie: Dank u. Kamer met meerzicht in Hotel Maria Cristina is € 1.249 p.p. inclusief halfpension. Zonder meerzicht € 1.129 p.p.
02/04/2024, 10:36 - Wim Pronk: Meerzicht graag. Kan mijn zus Ria ook mee? Die reist alleen
02/04/2024, 10:40 - ReisWijzer Sophie: Er is nog 1 eenpersoonskamer, toeslag € 210. Dan heb ik haar volledige naam en geboortedatum nodig zoals in het paspoort
02/04/2024, 10:52 - Wim Pronk: Hendrika Pronk, 17-01-1955. Ze heet Ria maar in paspoort Hendrika
02/04/2024, 10:53 - Wim Pronk: <Media weggelaten>
02/04/2024, 10:58 - ReisWijzer Sophie: Staat genoteerd 👍 Opstapplaats wordt Amersfoort, vertrek 06:15. Boekingsnummer RW-24-3318. Factuur gaat naar pronk.w@example.nl?
02/04/2024, 11:02 - Wim Pronk: Ja. Aanbetaling doe ik vandaag
02/04/2024, 11:03 - ReisWijzer Sophie: Fijn. Noodnummer tijdens de reis voor de reisleiding? Dan noteer ik ook nog uw mobiel
02/04/2024, 11:05 - Wim Pronk: 06-53 82 19 04
""", [
    name("Wim Pronk"),
    name("Sophie"),
    p("birth_date", "12-04-1958"),
    name("Joke Pronk-Kramer"),
    p("birth_date", "30-09-1960"),
    name("Ria"),
    name("Hendrika Pronk"),
    p("birth_date", "17-01-1955"),
    em("pronk.w@example.nl"),
    p("phone", "06-53 82 19 04"),
], [
    L("date", "van 14 t/m 21 juni"), L("company", "Hotel Maria Cristina"), L("price", "€ 1.249 p.p."),
    L("price", "€ 1.129 p.p."), L("price", "€ 210"), L("time", "vertrek 06:15"), L("booking", "RW-24-3318"),
]),

rec("nl-chat-004", "chat", """
=== Supportchat DataHaven Hosting ===
Chat-ID: 88172-AC
Ingelogd als: tvanleeuwen_webdesign
Klant-IP: 203.0.113.47
Gestart: 2024-05-17 09:12:44 CEST
Toegewezen aan: Jesse (2e lijn)
--------------------------------------
09:12 tvanleeuwen_webdesign: Goedemorgen, sinds vannacht kan ik niet meer via SSH op mijn VPS. Connection refused op poort 22.
09:14 Jesse: Goedemorgen Tom! Ik kijk even mee. Vanaf welk IP probeer je te verbinden?
09:15 tvanleeuwen_webdesign: Vanaf kantoor, dat is 198.51.100.23. Thuis werkt het wel, daar heb ik 2001:db8:4a1:2::17
09:17 Jesse: Ik zie het al. Het kantoor-IP 198.51.100.23 is vannacht door fail2ban geblokkeerd na 30 mislukte pogingen. Ik heb hem van de blocklist gehaald. Het is wel verstandig om SSH-keys te gebruiken.
09:18 tvanleeuwen_webdesign: Vreemd, dan heeft iemand anders het geprobeerd. Mijn collega Sander Kok zit ook op dat netwerk maar die heeft geen toegang
09:19 Jesse: Kan. Ik zie ook pogingen vanaf 192.0.2.201 met gebruikersnaam root. Dat is waarschijnlijk een bot.
09:20 tvanleeuwen_webdesign: OK. Nog een ding: de facturatie staat nog op mijn oude rekening. Kan die naar NL56 BUNQ 1844 8792 08 ?
09:22 Jesse: Dat moet je zelf aanpassen onder Facturatie > Betaalwijze, daar kan ik niet bij vanwege de machtiging. Je pakket Business L (€ 14,95 per maand) loopt gewoon door.
09:22 tvanleeuwen_webdesign: Helder. En facturen graag ook naar boekhouding@example.nl
09:23 Jesse: Dat is een algemeen adres, dat kun je als extra factuuradres toevoegen. Ik heb ticket #HX-40921 aangemaakt voor de blokkade. Uptime deze maand 99,97%.
09:24 tvanleeuwen_webdesign: top, bedankt
""", [
    p("username", "tvanleeuwen_webdesign"),
    p("ip", "203.0.113.47"),
    name("Jesse"),
    name("Tom"),
    p("ip", "198.51.100.23"),
    p("ip", "2001:db8:4a1:2::17"),
    name("Sander Kok"),
    p("ip", "192.0.2.201"),
    p("iban", "NL56 BUNQ 1844 8792 08", chk="iban"),
], [
    L("case", "88172-AC"), L("quantity", "poort 22"), L("quantity", "30 mislukte pogingen"),
    L("product", "Business L"), L("price", "€ 14,95 per maand"), L("ticket", "#HX-40921"),
    L("quantity", "99,97%"),
], org=["boekhouding@example.nl"]),

rec("nl-chat-005", "chat", """
Instagram · Directe berichten · @mooiwonen.store
bashira.k
18 mei 2024 11:02

bashira.k: heyy mijn bestelling is nog steeds niet binnen 😩 besteld op 3 mei
mooiwonen.store: Hoi! Wat vervelend 😕 Stuur je je ordernummer en postcode even? Dan zoeken we het uit
bashira.k: #MW-20394 en 5611 ez eindhoven
bashira.k: o wacht verkeerde postcode ik woon sinds kort bij mijn zus mahsa
bashira.k: vestdijk 118b 5611CZ
mooiwonen.store: Ah dat verklaart het, hij staat nog op je oude adres (Kruisstraat). Is het goed als we hem laten omleiden naar Vestdijk 118b?
bashira.k: jaaa graag!! 🙏
mooiwonen.store: Op welke naam moet het pakket? En een 06 voor de bezorger?
bashira.k: bashira karimi, 0612 55 43 09
mooiwonen.store: Top! Het gaat om de vaas Greta (€ 34,95) en 2x kussenhoes Noa. Track & trace: JJD000390012345678. Verwachte levering dinsdag.
bashira.k: omg dankje
bashira.k: mag de factuur ook naar b.karimi.nl@example.com, mijn oude mail werkt niet meer
mooiwonen.store: Is geregeld 💛 Groetjes, Femke
""", [
    p("username", "bashira.k"),
    p("postcode", "5611 ez"),
    name("mahsa"),
    ad("vestdijk 118b 5611CZ", "vestdijk 118b", "5611CZ"),
    ad("Vestdijk 118b", "Vestdijk 118b"),
    name("bashira karimi"),
    p("phone", "0612 55 43 09"),
    em("b.karimi.nl@example.com"),
    name("Femke"),
], [
    L("order", "#MW-20394"), L("date", "3 mei"), L("product", "vaas Greta"), L("price", "€ 34,95"),
    L("product", "kussenhoes Noa"), L("tracking", "JJD000390012345678"),
]),

rec("nl-chat-006", "chat", """
Gesprek gestart 03-06-2024 19:41 via Internetbankieren
Klant: hallo ik denk dat ik opgelicht ben via marktplaats
Medewerker (Yusuf): Goedenavond, u chat met Yusuf van de Fraudehelpdesk. Wat vervelend. Kunt u vertellen wat er gebeurd is?
Klant: ik verkocht een kinderwagen en de koper stuurde een betaalverzoek van 1 cent om te "verifiëren". daarna zag ik € 750,00 afgeschreven
Klant: het was een Fleur Bakker, nummer +31 6 44 19 83 27
Medewerker (Yusuf): Dank u. Om welke rekening gaat het?
Klant: NL18ABNA9039386392 en ik heb ook mijn pas gegevens ingevuld op die site 4311 9981 4923 2630
Medewerker (Yusuf): Let op: deel nooit uw volledige kaartnummer in een chat. Ik blokkeer de kaart nu meteen. Uw naam is Linda Oosterhout?
Klant: ja klopt
Medewerker (Yusuf): En ter controle uw geboortedatum?
Klant: 21-02-1979
Medewerker (Yusuf): Dank u. Ik zie de afschrijving om 19:22 naar NL69 ABNA 1204 0206 45 t.n.v. F. Bakker. Ik probeer het terug te halen, maar ik kan niets beloven.
Klant: oke. moet ik aangifte doen?
Medewerker (Yusuf): Ja, dat raad ik aan, via de politie. Uw melding heeft referentie 2024-0603-66128. U ontvangt binnen 10 minuten een bevestiging op het adres dat bij ons bekend is, l.oosterhout@example.net.
Klant: dank je
""", [
    name("Yusuf"),
    name("Fleur Bakker"),
    p("phone", "+31 6 44 19 83 27"),
    p("iban", "NL18ABNA9039386392", chk="iban"),
    p("card", "4311 9981 4923 2630", chk="luhn"),
    name("Linda Oosterhout"),
    p("birth_date", "21-02-1979"),
    p("iban", "NL69 ABNA 1204 0206 45", chk="iban"),
    em("l.oosterhout@example.net"),
], [
    L("price", "€ 750,00"), L("price", "1 cent"), L("time", "19:22"), L("case", "2024-0603-66128"),
    L("duration", "binnen 10 minuten"), L("date", "03-06-2024 19:41"),
]),

rec("nl-chat-007", "chat", """
Livechat Gemeente Zwolle — Verhuizing doorgeven
Gem: Hallo, ik ben Gem, de digitale assistent. Ik kan helaas geen verhuizingen verwerken. Ik zet je door naar een medewerker.
Medewerker Burgerzaken (Annelies): Goedemiddag, u chat met Annelies. U wilt een verhuizing doorgeven?
Inwoner: Ja, we verhuizen binnen Zwolle. Ik lukt het niet met DigiD
Medewerker Burgerzaken (Annelies): Dat kan ik ook voor u doen. Wat is uw naam en BSN?
Inwoner: Daniël Mol, 545947972
Medewerker Burgerzaken (Annelies): Dank u. Huidig adres is Thorbeckegracht 41, 8011 VM?
Inwoner: Ja. Nieuwe adres wordt Bachlaan 120, 8031 HK Zwolle. Per 1 juli
Medewerker Burgerzaken (Annelies): Verhuizen er meer mensen mee?
Inwoner: Mijn vriendin Ilse de Haan, bsn 280874613, en onze dochter Femke Mol
Medewerker Burgerzaken (Annelies): Staat uw dochter nu ook op de Thorbeckegracht ingeschreven?
Inwoner: ja
Medewerker Burgerzaken (Annelies): Dan neem ik haar mee. Mevrouw De Haan moet zelf nog even tekenen, dat kan via de link die ze krijgt. Naar welk mailadres?
Inwoner: ilse.dehaan@example.nl
Medewerker Burgerzaken (Annelies): En een telefoonnummer voor vragen?
Inwoner: 038 - 421 55 07
Medewerker Burgerzaken (Annelies): Uw zaaknummer is ZW-2024-045521. Binnen 5 werkdagen is het verwerkt. Denk aan de nieuwe afvalpas, die kost € 12,50.
""", [
    name("Annelies"),
    name("Daniël Mol"),
    p("national_id", "545947972", chk="bsn"),
    ad("Thorbeckegracht 41, 8011 VM", "Thorbeckegracht 41", "8011 VM"),
    ad("Bachlaan 120, 8031 HK Zwolle", "Bachlaan 120", "8031 HK"),
    name("Ilse de Haan"),
    p("national_id", "280874613", chk="bsn"),
    name("Femke Mol"),
    em("ilse.dehaan@example.nl"),
    p("phone", "038 - 421 55 07"),
], [
    L("bot", "Gem"), L("product", "DigiD"), L("date", "1 juli"), L("case", "ZW-2024-045521"),
    L("duration", "Binnen 5 werkdagen"), L("price", "€ 12,50"),
]),

rec("nl-chat-008", "chat", """
Messenger · Zonnig Reisverzekeringen
Vandaag 10:14

Jolien Wuyts
hallo, mijn handbagage is gestolen in Barcelona, op de metro. wat moet ik doen??

Zonnig Reisverzekeringen
Hallo Jolien, vervelend! Ik ben Bram. Heb je al aangifte gedaan bij de lokale politie?

Jolien Wuyts
ja, ik heb een PV, nummer 08019-24-004417

Zonnig Reisverzekeringen
Top. Mag ik je polisnummer of je rijksregisternummer?

Jolien Wuyts
96.10.05-866.03

Zonnig Reisverzekeringen
Dank je. Ik zie je reispolis Wereld Plus, 25 dagen dekking. Wat zat er in de tas?

Jolien Wuyts
laptop (MacBook Air, 1.249 euro), zonnebril, mijn id-kaart. mijn vriend Jonas had ook spullen erin

Zonnig Reisverzekeringen
De laptop valt onder de dekking tot € 1.000 per voorwerp. Zijn spullen moet hij zelf aangeven via zijn eigen polis. Op welk rekeningnummer wil je de vergoeding?

Jolien Wuyts
BE64 7517 5416 6552

Zonnig Reisverzekeringen
En je adres voor de brief? En een gsm-nummer?

Jolien Wuyts
Lange Leemstraat 155, 2018 Antwerpen. +32 478 91 26 04

Zonnig Reisverzekeringen
Dank je! Dossier 24-RB-77310 is aangemaakt. We nemen binnen 3 werkdagen contact op. Goede reis verder 🌞
""", [
    name("Jolien Wuyts"),
    name("Bram"),
    p("national_id", "96.10.05-866.03", chk="be_rrn"),
    name("Jonas"),
    p("iban", "BE64 7517 5416 6552", chk="iban"),
    ad("Lange Leemstraat 155, 2018 Antwerpen", "Lange Leemstraat 155", "2018"),
    p("phone", "+32 478 91 26 04"),
], [
    L("case", "08019-24-004417"), L("product", "Wereld Plus"), L("duration", "25 dagen"),
    L("product", "MacBook Air"), L("price", "1.249 euro"), L("price", "€ 1.000 per voorwerp"),
    L("claim", "24-RB-77310"),
]),

rec("nl-chat-009", "chat", """
Livechat Belnet – transcript
Bezoeker 11:02:13 > Hoi, ik wil overstappen naar jullie en mijn nummer houden
Nina (chatbot) 11:02:14 > Leuk dat je overstapt! 📱 Ik zet je door naar een collega voor het nummerbehoud.
Dewi (Belnet) 11:04:40 > Hoi! Dewi hier. Welk nummer wil je meenemen?
Bezoeker 11:05:02 > 0687241953
Dewi (Belnet) 11:05:30 > En bij welke provider zit je nu? Heb je het klantnummer bij je oude provider?
Bezoeker 11:06:11 > Bij Tele2..klantnummer weet ik niet. mijn naam is Ahmed Boukhari
Dewi (Belnet) 11:06:45 > Geen probleem, dat zoeken wij uit. Je geboortedatum en adres graag, voor de kredietcheck.
Bezoeker 11:07:20 > 9 nov 1987, Vlietweg 7, 2266 KA Leidschendam
Dewi (Belnet) 11:08:01 > Dank je. Je kiest Unlimited 5G voor € 22,50 per maand, 24 maanden. Rekeningnummer voor de incasso?
Bezoeker 11:08:55 > NL81SNSB2796072879
Dewi (Belnet) 11:09:30 > Top. Je simkaart komt binnen 3 werkdagen. Heb je een ander nummer waarop we je tijdens de overstap kunnen bereiken? Je eigen nummer valt misschien even weg.
Bezoeker 11:10:02 > vaste lijn 070 - 327 19 84 of mail ahmed.b87@example.com
Dewi (Belnet) 11:10:40 > Genoteerd. Bestelnummer BN-7741902. Nog een fijne dag!
""", [
    name("Dewi"),
    p("phone", "0687241953"),
    name("Ahmed Boukhari"),
    p("birth_date", "9 nov 1987"),
    ad("Vlietweg 7, 2266 KA Leidschendam", "Vlietweg 7", "2266 KA"),
    p("iban", "NL81SNSB2796072879", chk="iban"),
    p("phone", "070 - 327 19 84"),
    em("ahmed.b87@example.com"),
], [
    L("bot", "Nina (chatbot)"), L("product", "Unlimited 5G"), L("price", "€ 22,50 per maand"),
    L("duration", "24 maanden"), L("duration", "binnen 3 werkdagen"), L("order", "BN-7741902"),
    L("time", "11:02:13"),
]),

rec("nl-chat-010", "chat", """
Chat met Campingvakanties Zuid — 22 feb 2024
👤 klant: hoi we hebben een vraag over onze boeking bij Camping Chez Pierre in de Ardèche
🧑‍💼 Maaike: Hallo! Ik help je graag. Wat is je boekingsnummer?
👤 klant: CZ-58213. op naam van Sjoerd Hofstra
🧑‍💼 Maaike: Ik heb hem: 14 nachten, plaats 112, 2 volwassenen en 2 kinderen, € 1.184,00. Wat kan ik voor je doen?
👤 klant: we willen een kind toevoegen, mijn nichtje gaat mee. Sanne de Boer, 12 jaar, geboren 08-08-2011
🧑‍💼 Maaike: Dat kan, er geldt een toeslag van € 4,50 per nacht. Mag ik ook de geboortedata van de andere kinderen? Die ontbraken nog.
👤 klant: Jelle 14-03-2014 en Fenna 29-10-2016
🧑‍💼 Maaike: Dank je! Kenteken van de auto voor de slagboom?
👤 klant: R-914-DX. o en we nemen onze hond Bobbie mee
🧑‍💼 Maaike: Huisdieren zijn toegestaan, € 3 per nacht. Het totaal wordt € 1.289,00. De bevestiging gaat naar s.hofstra@example.nl?
👤 klant: ja top
""", [
    name("Maaike"),
    name("Sjoerd Hofstra"),
    name("Sanne de Boer"),
    p("birth_date", "08-08-2011"),
    name("Jelle"),
    p("birth_date", "14-03-2014"),
    name("Fenna"),
    p("birth_date", "29-10-2016"),
    p("plate", "R-914-DX"),
    em("s.hofstra@example.nl"),
], [
    L("company", "Camping Chez Pierre"), L("booking", "CZ-58213"), L("duration", "14 nachten"),
    L("quantity", "plaats 112"), L("price", "€ 1.184,00"), L("price", "€ 4,50 per nacht"),
    L("pet", "Bobbie"), L("price", "€ 1.289,00"),
]),

]
