from _lib import p, rec

RECORDS = [

rec("nl-chat-001", """
Chat gestart: 12-03-2024 19:02:11
Kanaal: Mijn Stroomwijzer (ingelogd)
Gebruiker: k.vandenberg_1977
IP-adres: 198.51.100.23
Browser: Chrome 122 / Windows 10
-----------------------------------------------
19:02 Sam (virtuele assistent): Hoi! Ik ben Sam, de digitale assistent van Stroomwijzer. Waar kan ik je mee helpen?
19:02 Klant: jaarafrekening klopt niet
19:02 Sam (virtuele assistent): Ik begrijp dat je een vraag hebt over je jaarafrekening. Kies een onderwerp: [Termijnbedrag] [Meterstanden] [Medewerker spreken]
19:03 Klant: medewerker
19:03 Sam (virtuele assistent): Een ogenblik, ik verbind je door. Gemiddelde wachttijd: 4 minuten.
19:07 Systeem: Lieke is de chat binnengekomen.
19:07 Lieke: Goedenavond, je spreekt met Lieke. Ik zie dat je vraag over de jaarafrekening gaat. Wat klopt er niet?
19:08 Klant: ik moet 1.284,17 bijbetalen terwijl we echt niet meer hebben verbruikt dan vorig jaar. volgens mij hebben jullie een verkeerde meterstand gebruikt
19:08 Lieke: Dat ga ik nakijken. Voor de zekerheid: spreek ik met mevrouw Karin van den Berg?
19:09 Klant: ja
19:09 Lieke: En je geboortedatum?
19:09 Klant: 17-08-1977
19:10 Lieke: Dank je. Ik zie bij de eindstand T1 023481 en T2 019722, die zijn geschat. Heb je een foto van de meter?
19:12 Klant: ja hier, net gemaakt: T1 021964 en T2 018803. scheelt nogal he
19:13 Lieke: Inderdaad! Ik pas het aan en laat de jaarafrekening JA-2024-0031187 opnieuw berekenen. Je krijgt waarschijnlijk geld terug in plaats van bijbetalen.
19:13 Klant: eindelijk goed nieuws haha. stort het maar op NL55 INGB 1421 1900 68, dat is onze gezamenlijke rekening met mijn man
19:14 Lieke: Is het adres nog Ruysdaellaan 9, 3723 AD Bilthoven?
19:14 Klant: ja
19:15 Lieke: Top. Ik zie ook dat je ingelogd bent via een ander IP dan normaal (203.0.113.88), dus je krijgt zo een beveiligingsmail, niet schrikken.
19:15 Klant: ik zit bij mijn zus, klopt. mail gaat naar karin.vdberg@example.nl?
19:16 Lieke: Klopt. Mogen we je bij vragen bellen op 06 33 72 18 45?
19:16 Klant: ja prima
19:17 Lieke: Dan is het geregeld! Binnen 10 werkdagen krijg je de nieuwe afrekening. Fijne avond!
19:17 Systeem: De chat is beëindigd. Beoordeel dit gesprek: ★★★★★
""", [
    p("k.vandenberg_1977", "username"),
    p("198.51.100.23", "ip"),
    p("Lieke", "name"),
    p("Karin van den Berg", "name"),
    p("17-08-1977", "birth_date"),
    p("NL55 INGB 1421 1900 68", "iban", scheme="iban"),
    p("Ruysdaellaan 9, 3723 AD Bilthoven", "address", mns=["Ruysdaellaan 9", "3723 AD"]),
    p("203.0.113.88", "ip"),
    p("karin.vdberg@example.nl", "email"),
    p("06 33 72 18 45", "phone"),
], [
    ("Sam (virtuele assistent)", "bot_name"), ("4 minuten", "duration"), ("1.284,17", "price"),
    ("T1 023481", "meter_reading"), ("T2 019722", "meter_reading"), ("T1 021964", "meter_reading"), ("T2 018803", "meter_reading"),
    ("JA-2024-0031187", "invoice_number"), ("10 werkdagen", "duration"), ("Chrome 122", "product"),
]),

rec("nl-chat-002", """
[12-03-24 14:22:05] Esther Koopmans: Hoi! Ik heb vorige week een Monstera besteld maar hij is nog niet binnen 🌿
[12-03-24 14:22:31] Esther Koopmans: Bestelnummer #10482
[12-03-24 14:35:10] Groenhuis Plantenshop: Hoi Esther! Marloes hier 😊 ik kijk het even voor je na
[12-03-24 14:37:44] Groenhuis Plantenshop: Hij is vrijdag verstuurd maar de bezorger kon niet afleveren. Is het adres Dorpsstraat 8, 1715 JB Spanbroek nog goed?
[12-03-24 14:38:02] Esther Koopmans: Ja klopt! Maar ik was er vrijdag niet, dan ligt hij misschien bij de buren? Bij Ria van nr 10?
[12-03-24 14:38:03] Esther Koopmans: <Media weggelaten>
[12-03-24 14:41:19] Groenhuis Plantenshop: Nee, hij is terug naar ons gekomen 😕 Sorry! Zullen we hem opnieuw sturen? Dan betalen wij de verzendkosten van 6,95
[12-03-24 14:41:50] Esther Koopmans: Ja graag. Maar kan het na 17:00? Of anders mag mijn man Wouter hem aannemen, hij is thuis op woensdag
[12-03-24 14:42:15] Groenhuis Plantenshop: Zet ik erbij! Welk nummer kan de bezorger bellen?
[12-03-24 14:42:40] Esther Koopmans: +31 6 24 81 90 37
[12-03-24 14:42:58] Esther Koopmans: of die van Wouter 06-19 40 38 22
[12-03-24 14:45:03] Groenhuis Plantenshop: Top. Hij was wel een beetje beschadigd door het retour, een blad is geknakt. Wil je korting of een nieuwe? Monstera Deliciosa 80 cm kost nu 34,95
[12-03-24 14:46:27] Esther Koopmans: Doe maar 5 euro korting dan is het goed 🙏 mag op NL57ABNA9290060462
[12-03-24 14:47:55] Groenhuis Plantenshop: Geregeld! Je krijgt een mail op esther.koopmans@example.com met de nieuwe track & trace. Fijne dag!
[12-03-24 14:48:10] Esther Koopmans: Dankjewel Marloes ❤️
""", [
    p("Esther Koopmans", "name"),
    p("Marloes", "name"),
    p("Dorpsstraat 8, 1715 JB Spanbroek", "address", mns=["Dorpsstraat 8", "1715 JB"]),
    p("Ria", "name"),
    p("Wouter", "name"),
    p("+31 6 24 81 90 37", "phone"),
    p("06-19 40 38 22", "phone"),
    p("NL57ABNA9290060462", "iban", scheme="iban"),
    p("esther.koopmans@example.com", "email"),
], [
    ("#10482", "order_number"), ("6,95", "price"), ("17:00", "time"), ("Monstera Deliciosa 80 cm", "product"),
    ("34,95", "price"), ("5 euro korting", "price"), ("Groenhuis Plantenshop", "company"),
]),

rec("nl-chat-003", """
12/03/2024, 08:14 - Berichten en oproepen worden end-to-end versleuteld.
12/03/2024, 08:14 - +31 6 41 22 09 87: Goedemorgen, met Bram Visser. Ik heb vandaag om 8:30 een afspraak voor de APK van de Peugeot, 54-TFN-2. Ik ben iets later, rond kwart voor 9
12/03/2024, 08:16 - Autobedrijf Van Dijk: Goedemorgen Bram, geen probleem. Sleutel mag in de brievenbus als we nog niet open zijn. Gr Johnny
12/03/2024, 08:51 - +31 6 41 22 09 87: Staat voor de deur 👍
12/03/2024, 11:37 - Autobedrijf Van Dijk: Hoi Bram, de APK is goedgekeurd, maar de distributieriem moet echt vervangen worden, km-stand is 184.220. Kosten inclusief waterpomp 487,30 incl btw. Zullen we het doen?
12/03/2024, 11:52 - +31 6 41 22 09 87: Pff. Ja doe maar. Wanneer is hij klaar?
12/03/2024, 11:53 - Autobedrijf Van Dijk: Morgen na 15:00. Werkorder 24-0311
12/03/2024, 11:55 - +31 6 41 22 09 87: Mijn vrouw Lisa haalt hem op, ik zit in Duitsland morgen. Haar nummer is 06-11 93 27 50
12/03/2024, 11:56 - Autobedrijf Van Dijk: 👍
13/03/2024, 15:22 - Autobedrijf Van Dijk: Hij is klaar! Factuur komt per mail, naar bram.visser@example.org toch?
13/03/2024, 15:40 - +31 6 41 22 09 87: Ja. En kunnen jullie hem anders even brengen naar Kerkweg 3 in Lopik? Lisa heeft geen vervoer 😅
13/03/2024, 15:42 - Autobedrijf Van Dijk: Kan, Johnny komt rond 17:00 langs, brengservice is 15 euro.
13/03/2024, 17:08 - +31 6 41 22 09 87: Lisa zegt dat hij er is, top, bedankt!
""", [
    p("+31 6 41 22 09 87", "phone"),
    p("Bram Visser", "name"),
    p("54-TFN-2", "plate"),
    p("Johnny", "name"),
    p("Lisa", "name"),
    p("06-11 93 27 50", "phone"),
    p("bram.visser@example.org", "email"),
    p("Kerkweg 3", "address"),
], [
    ("Autobedrijf Van Dijk", "company"), ("8:30", "time"), ("184.220", "odometer"), ("487,30", "price"),
    ("Werkorder 24-0311", "work_order"), ("15 euro", "price"), ("12/03/2024, 11:37", "timestamp"),
]),

rec("nl-chat-004", """
Demi Mulder
wanneer gaat mijn internet het weer doen?? al 3 dagen niks 😡😡 en ik werk thuis
10:12

Belnet
Hoi Demi, vervelend dat je internet niet werkt! Ik ga het voor je uitzoeken. Mag ik je postcode, huisnummer en geboortedatum? ^Rick
10:19

Demi Mulder
3582 KV 17 bis, 09-11-1999
10:20

Belnet
Dank je! Er is een storing in jouw straat, storingsnummer ST-558120. De monteur is er donderdag tussen 8:00 en 13:00. ^Rick
10:26

Demi Mulder
donderdag?? en wie betaalt mijn 4G dan
10:26

Demi Mulder
ik heb al 12 GB extra moeten kopen
10:27

Belnet
Dat snap ik. Je krijgt een vergoeding van 5 dagen abonnementskosten, dat is ongeveer 8,75. Wil je dat verrekenen of overmaken? ^Rick
10:31

Demi Mulder
overmaken, NL25 SNSB 7343 2986 69
ow en mijn huisgenoot Yara Bakx staat er ook op, die wil ook compensatie
10:33

Belnet
Compensatie gaat per aansluiting, dus dat komt allemaal op de rekening van de contracthouder. Kun je donderdag thuis zijn voor de monteur? Anders kan Yara hem ook binnenlaten. Welk nummer mag hij bellen? ^Rick
10:35

Demi Mulder
06 48 20 93 71 (mij) of 06 55 12 80 34 (yara)
10:36

Belnet
Top, genoteerd! Je ontvangt een bevestiging op demi.mulder@example.nl. Nogmaals sorry voor het ongemak 🙏 ^Rick
10:38
""", [
    p("Demi Mulder", "name"),
    p("Rick", "name"),
    p("3582 KV 17 bis", "address", mns=["3582 KV 17 bis", "3582 KV"]),
    p("09-11-1999", "birth_date"),
    p("NL25 SNSB 7343 2986 69", "iban", scheme="iban"),
    p("Yara Bakx", "name", add=["yara"]),
    p("06 48 20 93 71", "phone"),
    p("06 55 12 80 34", "phone"),
    p("demi.mulder@example.nl", "email"),
], [
    ("3 dagen", "duration"), ("ST-558120", "ticket_number"), ("donderdag tussen 8:00 en 13:00", "time"),
    ("12 GB", "quantity"), ("5 dagen", "duration"), ("8,75", "price"),
]),

rec("nl-chat-005", """
=== Supportchat HostVeilig | ticket #HST-220914 ===
klant ingelogd als: wsmeets  (klantnr 100238)
sessie-IP: 2001:db8:4a1:0:5d2e:11ff:fe30:17
start: 2024-03-14 22:41

[22:41] wsmeets: hoi, mijn site fotostudio-lens.example.nl geeft een 503 sinds een uur
[22:42] HostVeilig bot: Bedankt voor je bericht! Een medewerker neemt het zo over. Gemiddelde wachttijd: 6 min.
[22:47] Mark (HostVeilig): Hoi Wouter, Mark hier. Ik kijk even mee op je VPS-M (4 vCPU, 8 GB).
[22:49] Mark (HostVeilig): Ik zie dat de firewall je eigen IP blokkeert: 198.51.100.7. Is dat jouw kantoor?
[22:49] wsmeets: ja dat is de studio. er zijn vanavond wat foutieve inlogs geweest via ssh, waarschijnlijk mijn collega Daan die het oude wachtwoord nog gebruikt
[22:51] Mark (HostVeilig): Dat verklaart het, na 10 mislukte pogingen op port 22 blokkeert fail2ban het IP. Ik haal de blokkade weg. De 503 komt trouwens van PHP 8.2-FPM, die is gestopt doordat de schijf vol zat (99%).
[22:53] wsmeets: oei. backups van de klantenfoto's staan daar op ja. kan er 50 GB bij?
[22:54] Mark (HostVeilig): Kan, kost 4,50 per maand extra. Ik moet het wel even verifiëren: wat is je geboortedatum en het e-mailadres op het account?
[22:55] wsmeets: 02-04-1986, wouter@fotostudio-lens.example.nl, maar de facturen gaan naar w.smeets@example.com
[22:57] Mark (HostVeilig): Klopt. Ik zet de uitbreiding aan, je VPS herstart om 23:10. Bij problemen bellen naar het storingsnummer 085 130 44 99.
[22:58] wsmeets: top. en kun je Daan ook een eigen ssh-gebruiker geven? zijn key staat in de mail, username voor hem: daan.verbruggen
[23:01] Mark (HostVeilig): Gebruiker daan.verbruggen aangemaakt. Groet, Mark
""", [
    p("wsmeets", "username"),
    p("2001:db8:4a1:0:5d2e:11ff:fe30:17", "ip"),
    p("Mark", "name"),
    p("Wouter", "name"),
    p("198.51.100.7", "ip"),
    p("Daan", "name"),
    p("02-04-1986", "birth_date"),
    p("wouter@fotostudio-lens.example.nl", "email"),
    p("w.smeets@example.com", "email"),
    p("daan.verbruggen", "username"),
], [
    ("#HST-220914", "ticket_number"), ("klantnr 100238", "customer_number"), ("VPS-M (4 vCPU, 8 GB)", "product"),
    ("port 22", "port"), ("PHP 8.2-FPM", "product"), ("50 GB", "quantity"), ("4,50 per maand", "price"),
    ("23:10", "time"), ("HostVeilig bot", "bot_name"),
]),

rec("nl-chat-006", """
Noordzee Bank - Chat met een adviseur
Vrijdag 15 maart 2024

Jef Claes 14:02
goeiemiddag ik denk dat ik opgelicht ben. iemand belde me en zei dat hij van de bank was

Noordzee Bank (Hanne) 14:03
Dag meneer Claes, ik ben Hanne. Wat vervelend. Heeft u codes doorgegeven of iets bevestigd in itsme?

Jef Claes 14:05
ja hij heette Kevin en hij zei dat mijn rekening gehackt was. ik moest mijn kaartnummer geven en die code van de digipass. hij belde van +32 460 22 41 87

Jef Claes 14:05
mijn kaartnummer is 6703 4430 9074 5429 0 dat heb ik hem gegeven

Noordzee Bank (Hanne) 14:06
Ik blokkeer de kaart nu meteen. Geef in de chat liever geen volledige kaartnummers door, ik zie ze al in uw dossier. Ik zie een overschrijving van 1.850 euro om 14:07 naar een onbekende Franse rekening, FR76 3000 3244 7909 5115 0106 309. Bent u dat?

Jef Claes 14:07
NEE

Noordzee Bank (Hanne) 14:09
Ik probeer die terug te halen via een recall. Mag ik ter verificatie uw rijksregisternummer?

Jef Claes 14:10
59.07.18-162.04

Noordzee Bank (Hanne) 14:11
Dank u. U woont op Lange Kievitstraat 96, 2018 Antwerpen?

Jef Claes 14:11
ja

Noordzee Bank (Hanne) 14:14
Ik heb een fraudedossier geopend: 24/FR/99183. Doe aangifte bij de politie en stuur het pv-nummer naar ons. Een collega van fraudepreventie belt u vandaag nog op 03 233 18 70, klopt dat nummer?

Jef Claes 14:15
ja dat is de vaste lijn. mijn dochter Lien komt straks, die kan mee helpen

Noordzee Bank (Hanne) 14:16
Heel goed. U krijgt binnen 3 werkdagen een nieuwe kaart en een nieuwe Digipass.
""", [
    p("Jef Claes", "name"),
    p("Hanne", "name"),
    p("Kevin", "name"),
    p("+32 460 22 41 87", "phone"),
    p("6703 4430 9074 5429 0", "card", scheme="luhn"),
    p("FR76 3000 3244 7909 5115 0106 309", "iban", scheme="iban"),
    p("59.07.18-162.04", "national_id", scheme="be_rrn"),
    p("Lange Kievitstraat 96, 2018 Antwerpen", "address", mns=["Lange Kievitstraat 96", "2018 Antwerpen"]),
    p("03 233 18 70", "phone"),
    p("Lien", "name"),
], [
    ("1.850 euro", "price"), ("14:07", "time"), ("24/FR/99183", "case_number"), ("3 werkdagen", "duration"),
    ("itsme", "product"), ("Vrijdag 15 maart 2024", "date"),
]),

rec("nl-chat-007", """
Chat Dierenverzekering Poot & Staart — 2024-02-28

Bezoeker: hallo, ik heb een declaratie ingediend voor onze hond maar die is afgewezen
Iris (Poot & Staart): Goedemiddag! Je spreekt met Iris. Vervelend om te horen. Wat is je polisnummer?
Bezoeker: DV-3391027
Iris (Poot & Staart): Dank je. Spreek ik met meneer Hans Kuipers?
Bezoeker: ja
Iris (Poot & Staart): Het gaat om Bobby, de labrador, chipnummer 528140000387214? De declaratie van 412,80 voor de kruisbandoperatie op 26-02-2024.
Bezoeker: ja precies. jullie zeggen dat het een bestaande aandoening is maar dat klopt niet, hij is pas in januari gaan manken
Iris (Poot & Staart): In het dossier van de dierenarts staat dat er in 2022 al een notitie over de linker achterpoot is gemaakt. Welke dierenarts is dat?
Bezoeker: dierenarts Sophie Verbeek in Zeist. dat was toen een schaafwond van het bos, niks met de knie
Iris (Poot & Staart): Dan is het handig als Sophie Verbeek een verklaring stuurt dat het om iets anders ging. Die kan ze mailen naar de claimafdeling. Ik zet je declaratie op "in heroverweging".
Bezoeker: oke. moet het geld dan op dezelfde rekening
Iris (Poot & Staart): Ik heb NL62 INGB 5181 2002 63 staan. Klopt dat?
Bezoeker: ja
Iris (Poot & Staart): En je adres is nog Prins Bernhardlaan 40, 3705 LE Zeist en telefoon 030 691 22 48?
Bezoeker: adres klopt, telefoon is nu mijn mobiel 06 40 17 63 92
Iris (Poot & Staart): Aangepast. Binnen 10 werkdagen hoor je van ons. Aai Bobby maar even van mij 🐶
""", [
    p("Iris", "name"),
    p("Hans Kuipers", "name"),
    p("Sophie Verbeek", "name"),
    p("NL62 INGB 5181 2002 63", "iban", scheme="iban"),
    p("Prins Bernhardlaan 40, 3705 LE Zeist", "address", mns=["Prins Bernhardlaan 40", "3705 LE"]),
    p("030 691 22 48", "phone"),
    p("06 40 17 63 92", "phone"),
], [
    ("DV-3391027", "policy_number"), ("Bobby", "pet_name"), ("528140000387214", "microchip_number"),
    ("412,80", "price"), ("26-02-2024", "date"), ("10 werkdagen", "duration"), ("Poot & Staart", "company"),
]),

rec("nl-chat-008", """
Gemeente Zaanstad | Webchat | 11-03-2024 09:31

Inwoner: Goedemorgen, mijn afvalpas werkt niet meer bij de ondergrondse container
Medewerker Joyce: Goedemorgen! Mijn naam is Joyce. Ik help u graag. Wat is het nummer op de pas?
Inwoner: 0043 8812
Medewerker Joyce: Die pas staat gekoppeld aan Westzijde 118 C. Klopt dat?
Inwoner: Ja. Ik ben Rachid Bouzid
Medewerker Joyce: Voor wijzigingen moet ik uw identiteit checken. Wilt u uw BSN doorgeven? Dit gesprek is beveiligd.
Inwoner: 595119037
Medewerker Joyce: Dank u. De pas is geblokkeerd omdat hij als verloren is gemeld in januari.
Inwoner: Dat was mijn oude pas, ik heb hem teruggevonden 😅. Maar er is nog iets, de buurman dumpt steeds grofvuil naast de container, meneer De Haan van 116. Gisteren weer een matras. Ik heb zelfs zijn auto gezien, kenteken 86-HRL-4
Medewerker Joyce: Daar maak ik een melding van, MOR-2024-09812. Handhaving gaat langs. Ik activeer uw pas opnieuw, dat duurt 24 uur.
Inwoner: Prima. Kunnen ze mij bellen als er iets is? 075 612 90 33
Medewerker Joyce: Genoteerd. Ophaaldag voor de grijze container is dinsdag, grofvuil kunt u gratis aanmelden, 4 keer per jaar.
Inwoner: Mag ik een bevestiging op r.bouzid@example.nl?
Medewerker Joyce: Komt eraan. Fijne dag!
""", [
    p("Joyce", "name"),
    p("Westzijde 118 C", "address"),
    p("Rachid Bouzid", "name"),
    p("595119037", "national_id", scheme="bsn"),
    p("De Haan", "name", mns=["Haan"]),
    p("86-HRL-4", "plate"),
    p("075 612 90 33", "phone"),
    p("r.bouzid@example.nl", "email"),
], [
    ("0043 8812", "waste_pass_number"), ("MOR-2024-09812", "case_number"), ("24 uur", "duration"),
    ("dinsdag", "date"), ("4 keer per jaar", "quantity"), ("11-03-2024 09:31", "timestamp"),
]),

rec("nl-chat-009", """
Schoolportaal OBS De Regenboog — berichten
Ingelogd als: hdemir (ouder)

Van: Hatice Demir
Aan: juf Marieke (groep 5)
Datum: ma 18-03-2024 07:48
Onderwerp: Elif ziek + schoolreisje

Goedemorgen juf Marieke,
Elif is vandaag ziek, ze heeft koorts. Ik denk dat ze morgen ook thuis blijft.
Verder wilde ik vragen over het schoolreisje naar de Efteling op 14 juni. Moet de 27,50 voor 1 april betaald zijn? Ik heb het nog niet gedaan.
En haar oma, Aysel Kaya, haalt haar op donderdag op, niet ik. Haar nummer is 06 29 88 01 45, voor als er iets is.
Groetjes, Hatice

------------------------------------------------------------
Van: juf Marieke (groep 5)
Aan: Hatice Demir
Datum: ma 18-03-2024 08:15

Beste Hatice,
Beterschap voor Elif! Betalen mag tot 1 mei, via de link in de nieuwsbrief. Ik heb oma Aysel Kaya toegevoegd als ophaalcontact.
Kun je in het portaal nog de geboortedatum van Elif controleren? Er staat 31-02-2015, dat kan natuurlijk niet 🙂 De administratie (Meester Jaap) heeft het nodig voor de verzekering van de reis.
Groetjes, Marieke van Rooij

------------------------------------------------------------
Van: Hatice Demir
Datum: ma 18-03-2024 12:02

Oeps! Het moet 13-02-2015 zijn. Jullie zijn ook de allergie vergeten: Elif mag geen pinda. Ons adres is trouwens veranderd naar Marnixstraat 204, 2023 RK Haarlem.
""", [
    p("hdemir", "username"),
    p("Hatice Demir", "name"),
    p("Marieke van Rooij", "name"),
    p("Elif", "name"),
    p("Aysel Kaya", "name"),
    p("06 29 88 01 45", "phone"),
    p("31-02-2015", "birth_date"),
    p("Jaap", "name"),
    p("13-02-2015", "birth_date"),
    p("Marnixstraat 204, 2023 RK Haarlem", "address", mns=["Marnixstraat 204", "2023 RK"]),
], [
    ("groep 5", "class"), ("Efteling", "place"), ("14 juni", "date"), ("27,50", "price"), ("1 april", "date"),
    ("1 mei", "date"), ("ma 18-03-2024 08:15", "timestamp"), ("OBS De Regenboog", "company"),
]),

rec("nl-chat-010", """
Instagram Direct — @studio.lin.amsterdam

lisa.vdmeer_ · 21:14
hoii ik heb zaterdag de Noa jurk besteld in maat M maar heb nog niks gehoord 🥺 order #IG-20931

studio.lin.amsterdam · 21:40
Hey! Sorry voor het wachten 💕 Je bestelling staat klaar, maar het adres ontbrak. Kun je je naam + adres sturen?

lisa.vdmeer_ · 21:42
Lisa van der Meer
Ferdinand Bolstraat 22-3
1072 LK Amsterdam

lisa.vdmeer_ · 21:42
(3e verdieping, bel werkt niet, bel maar 06 14 77 30 29)

studio.lin.amsterdam · 21:50
Thanks Lisa! Gaat morgen mee met DHL. Retourneren kan binnen 30 dagen. Ik stuur ook een bevestiging naar je mail, welk adres? ~ Sophie

lisa.vdmeer_ · 21:51
lisavdmeer@example.com

lisa.vdmeer_ · 21:51
o en mijn vriendin @femke.jans wil ook de Noa in S, kan ze gewoon in de shop bestellen?

studio.lin.amsterdam · 21:55
Ja hoor! Die van 59,95 zijn nog op voorraad in S ✨ ~ Sophie
""", [
    p("lisa.vdmeer_", "username"),
    p("Lisa van der Meer", "name", add=["Lisa"]),
    p("Ferdinand Bolstraat 22-3", "address"),
    p("1072 LK", "postcode"),
    p("06 14 77 30 29", "phone"),
    p("lisavdmeer@example.com", "email"),
    p("@femke.jans", "username", mns=["femke.jans"]),
    p("Sophie", "name"),
], [
    ("Noa jurk", "product"), ("maat M", "quantity"), ("#IG-20931", "order_number"), ("DHL", "company"),
    ("30 dagen", "duration"), ("59,95", "price"), ("studio.lin.amsterdam", "company_account"),
]),
]
