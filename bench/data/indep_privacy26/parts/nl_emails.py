from _lib import p, rec

RECORDS = [

rec("nl-email-001", """
Van: Petra Schouten <petra.schouten@example.nl>
Verzonden: dinsdag 5 maart 2024 21:47
Aan: Klantenservice Stroomwijzer <klantenservice@stroomwijzer.example.nl>
Onderwerp: RE: Uw klacht over termijnbedrag (ref. KL-2024-004417)

Geachte heer De Vos,

Dank voor uw antwoord, maar ik ben het er niet mee eens. Het termijnbedrag is verhoogd van 118 naar 196 euro per maand zonder dat ik iets heb gezien. Mijn meterstanden heb ik in januari gewoon doorgegeven (stroom 30418, gas 8813).
Ik wil dat het teveel betaalde van januari en februari, samen 156 euro, wordt teruggestort op NL76 RABO 3976 5390 04. Mijn oude rekening bij de ING is opgeheven.

Ook klopt mijn adres op de factuur niet: het is Wilhelminapark 61-A, 5041 EC Tilburg en niet 61-B, daardoor komt de post bij de buren terecht (mevrouw Lambrechts), die is 86 en zij brengt de post niet altijd langs.

Met vriendelijke groet,
Petra Schouten
Tel. 013 544 28 71 / 06 27 39 40 18
Klantnummer 300981145

-----Oorspronkelijk bericht-----
Van: Klantenservice Stroomwijzer <klantenservice@stroomwijzer.example.nl>
Verzonden: maandag 4 maart 2024 16:12
Aan: petra.schouten@example.nl
Onderwerp: Uw klacht over termijnbedrag (ref. KL-2024-004417)

> Beste mevrouw Schouten,
>
> Bedankt voor uw bericht van 28 februari. Uw termijnbedrag is aangepast omdat de tarieven per
> 1 januari zijn gewijzigd en uw verwachte jaarverbruik 3.450 kWh is. Wij kunnen het termijnbedrag
> op uw verzoek aanpassen naar minimaal 150 euro.
>
> Met vriendelijke groet,
>
> Ruben de Vos
> Klantenservice Stroomwijzer Energie
>
> Stroomwijzer Energie B.V. | Postbus 1920, 3800 BX Amersfoort | 088 776 12 00
> Dit bericht is uitsluitend bestemd voor de geadresseerde.
>
>> Van: Petra Schouten
>> Datum: 28 februari 2024
>> Geboortedatum: 03-10-1968
>> Mijn voorschot is bijna verdubbeld!! Ik wil uitleg.
""", [
    p("Petra Schouten", "name"),
    p("petra.schouten@example.nl", "email"),
    p("De Vos", "name", mns=["Vos"]),
    p("NL76 RABO 3976 5390 04", "iban", scheme="iban"),
    p("Wilhelminapark 61-A, 5041 EC Tilburg", "address", mns=["Wilhelminapark 61-A", "5041 EC"]),
    p("Lambrechts", "name"),
    p("013 544 28 71", "phone"),
    p("06 27 39 40 18", "phone"),
    p("Ruben de Vos", "name", mns=["Ruben", "Vos"]),
    p("03-10-1968", "birth_date"),
], [
    ("KL-2024-004417", "complaint_number"), ("196 euro per maand", "price"), ("stroom 30418", "meter_reading"),
    ("156 euro", "price"), ("300981145", "customer_number"), ("3.450 kWh", "quantity"),
    ("28 februari 2024", "date"), ("150 euro", "price"),
]),

rec("nl-email-002", """
Onderwerp: Fwd: geluidsoverlast nr 14
Van: Anton Mertens <a.mertens@example.com>
Datum: zo 10 mrt 2024 om 11:03
Aan: <info@wooncorp-deltawonen.example.nl>

Beste mensen van DeltaWonen,

Hieronder de mail van mijn bovenbuurvrouw, Jolanda Rietveld. Wij hebben allebei last van dezelfde huurders op nummer 14 (familie Veenstra). Volgens mij moet u dit weten, want het gaat al sinds november zo. Ik ben bereikbaar op 0118 61 42 95.
Mijn huurcontractnummer is 20-118844, adres Scheldekade 12, 4381 LA Vlissingen.

Groet,
Anton Mertens

---------- Doorgestuurd bericht ---------
Van: Jolanda Rietveld <jolanda.rietveld@example.net>
Date: vr 8 mrt 2024 om 23:41
Subject: geluidsoverlast nr 14
To: Anton Mertens <a.mertens@example.com>

Hoi Anton,

Weer hetzelfde vanavond. Sinds 22:30 harde muziek en geschreeuw, nu 23:40 nog steeds. Ik heb Stichting Buurtbemiddeling Walcheren gebeld, maar die zeggen dat het via de woningcorporatie moet.
Ik heb een geluidsopname van 4 minuten gemaakt, die kan ik ook naar DeltaWonen sturen. Mijn dochter Esmee kan niet slapen en moet morgen om 7 uur op.
Als ze willen bellen: 06 23 45 17 80. Ik woon op Scheldekade 12-bis, dus direct boven jou.

Jolanda
Verzonden vanaf mijn iPhone
""", [
    p("Anton Mertens", "name"),
    p("a.mertens@example.com", "email"),
    p("Jolanda Rietveld", "name"),
    p("Veenstra", "name"),
    p("0118 61 42 95", "phone"),
    p("Scheldekade 12, 4381 LA Vlissingen", "address", mns=["Scheldekade 12", "4381 LA"]),
    p("jolanda.rietveld@example.net", "email"),
    p("Esmee", "name"),
    p("06 23 45 17 80", "phone"),
], [
    ("20-118844", "contract_number"), ("Stichting Buurtbemiddeling Walcheren", "company"), ("22:30", "time"),
    ("4 minuten", "duration"), ("om 7 uur", "time"), ("vr 8 mrt 2024 om 23:41", "timestamp"),
]),

rec("nl-email-003", """
Van: Katrien Maes <schade@verzekeringen-lierman.example.com>
Verzonden: woensdag 13 maart 2024 09:26
Aan: dirk.wouters@example.com
CC: 'Carrosserie Peeters' <werkplaats@carrosserie-peeters.example.com>
Onderwerp: RE: Schadeaangifte 2024/AU/55192 - 1-GHT-482

Beste meneer Wouters,

Dank voor het aanrijdingsformulier. Ik heb de schade aan uw wagen (Skoda Octavia, nummerplaat 1-GHT-482) geregistreerd onder dossier 2024/AU/55192. De tegenpartij, mevrouw Nathalie Dubois (14 rue Nationale, 59000 Lille, tel. +33 6 71 24 88 19), reed met een Franse wagen (GH-318-KM) en is verzekerd bij een Franse maatschappij; wij nemen contact op via het Belgische garantiefonds.
De herstelling kan gebeuren bij Carrosserie Peeters in Kortenberg; het bestek van 2.340,00 EUR is goedgekeurd. Gelieve de vrijstelling van 250 EUR rechtstreeks aan de carrossier te betalen. De vergoeding voor de huurwagen (7 dagen) storten wij op BE23 0633 1282 0991.
Kan u ook het telefoonnummer van de getuige, de heer Luc Janssens, bezorgen? Op het formulier is het onleesbaar.

Met vriendelijke groeten,
Katrien Maes
Schadebeheerder Auto
Verzekeringen Lierman NV - Mechelsesteenweg 1, 2800 Mechelen - 015 29 40 00

-----Oorspronkelijk bericht-----
Van: Dirk Wouters <dirk.wouters@example.com>
Verzonden: maandag 11 maart 2024 18:02
Aan: schade@verzekeringen-lierman.example.com
Onderwerp: Schadeaangifte 1-GHT-482

Goeiedag,

In bijlage het aanrijdingsformulier van zaterdag 9 maart, kruispunt in Erps-Kwerps, rond 16u15. Polis AU-7702316.
Mijn adres is Leuvensesteenweg 340, 3070 Kortenberg. Ik ben het best te bereiken op 0495 31 77 20.
De getuige was een fietser, Luc Janssens, ik heb zijn nummer opgeschreven als 0472 ... maar de rest is uitgeveegd.

Vriendelijke groeten
Dirk Wouters
""", [
    p("Katrien Maes", "name"),
    p("dirk.wouters@example.com", "email"),
    p("1-GHT-482", "plate"),
    p("Nathalie Dubois", "name"),
    p("GH-318-KM", "plate"),
    p("14 rue Nationale, 59000 Lille", "address", mns=["14 rue Nationale", "59000"]),
    p("+33 6 71 24 88 19", "phone"),
    p("BE23 0633 1282 0991", "iban", scheme="iban"),
    p("Luc Janssens", "name"),
    p("Dirk Wouters", "name"),
    p("Leuvensesteenweg 340, 3070 Kortenberg", "address", mns=["Leuvensesteenweg 340", "3070 Kortenberg"]),
    p("0495 31 77 20", "phone"),
], [
    ("2024/AU/55192", "claim_number"), ("Skoda Octavia", "product"), ("Carrosserie Peeters", "company"),
    ("2.340,00 EUR", "price"), ("250 EUR", "price"), ("7 dagen", "duration"), ("AU-7702316", "policy_number"),
    ("16u15", "time"),
]),

rec("nl-email-004", """
From: Mohammed Azzouzi <m.azzouzi@example.nl>
To: Linda Smeele <aangifte@verschuren-belastingadvies.example.nl>
Date: Thu, 14 Mar 2024 20:18:44 +0100
Subject: Stukken aangifte IB 2023 - Azzouzi / El Idrissi

Beste Linda,

Zoals besproken hierbij de stukken voor onze aangifte inkomstenbelasting over 2023. In de bijlagen:
- jaaropgave 2023 werkgever.pdf (bruto 58.210 euro)
- jaaropgave Samira.pdf
- hypotheekoverzicht 2023.pdf (betaalde rente 9.874,22)
- WOZ-beschikking 2024.pdf (WOZ-waarde 412.000)

Gegevens:
Ik: Mohammed Azzouzi, BSN 452377122, geboren 21-06-1983
Partner: Samira El Idrissi, BSN 584524705, geboren 07-01-1986
Kind: Yassin (geb. 15-09-2014), voor hem ontvangen we kinderopvangtoeslag
Adres: Kanaalweg 88, 2903 LR Capelle aan den IJssel

Eventuele teruggave graag op NL96 SNSB 8818 0079 85 (en/of-rekening).
Ik heb trouwens geen DigiD-machtiging meer kunnen vinden, moet ik die opnieuw aanvragen?

Met vriendelijke groet,
Mohammed Azzouzi

-- 
Verschuren Belastingadvies | Postbus 4410, 3006 AK Rotterdam | 010 240 55 00
""", [
    p("Mohammed Azzouzi", "name"),
    p("m.azzouzi@example.nl", "email"),
    p("Samira El Idrissi", "name", mns=["Samira", "Idrissi", "El Idrissi"]),
    p("452377122", "national_id", scheme="bsn"),
    p("21-06-1983", "birth_date"),
    p("584524705", "national_id", scheme="bsn"),
    p("07-01-1986", "birth_date"),
    p("Yassin", "name"),
    p("15-09-2014", "birth_date"),
    p("Linda Smeele", "name"),
    p("Kanaalweg 88, 2903 LR Capelle aan den IJssel", "address", mns=["Kanaalweg 88", "2903 LR"]),
    p("NL96 SNSB 8818 0079 85", "iban", scheme="iban"),
], [
    ("58.210 euro", "price"), ("9.874,22", "price"), ("412.000", "price"), ("2023", "year"),
    ("jaaropgave 2023 werkgever.pdf", "file_name"), ("Thu, 14 Mar 2024 20:18:44 +0100", "timestamp"),
]),

rec("nl-email-005", """
Aan: terugbetaling@mutualiteit-zeeland-vlaanderen.example.com
Van: Griet Van Acker <griet.vanacker@example.com>
Datum: 06/03/2024 10:52
Onderwerp: terugbetaling kiné voor mijn zoon

Goeiemorgen,

Ik stuur u in bijlage de getuigschriften voor verstrekte hulp van de kinesitherapeut voor mijn zoon Arne (rijksregisternummer 81.09.01-095.87 is van mij, van Arne weet ik het niet vanbuiten, ik stuur het na). Het gaat om 12 kinesitherapiesessies na zijn knieoperatie, voorgeschreven door dr. Vandenbroucke van AZ Sint-Jan.
Het voorschrift heeft nomenclatuurcode 560011, telkens 30,00 per sessie.

Mijn lidnummer is 410-8831227-05. Kunt u het terugbetalen op BE56 7358 1635 2388? Onze vorige rekening was op naam van mijn ex-man, Koen Declercq, en die wil ik niet meer gebruiken.
Ons nieuwe adres is Ezelstraat 71 bus 2, 8000 Brugge.

Bij vragen mag u me bellen op 050 33 91 48 of 0486 40 21 17.

Vriendelijke groeten,
Griet Van Acker

> Op 01/03/2024 schreef Mutualiteit Zeeland-Vlaanderen:
> Beste mevrouw Van Acker, uw aanvraag van 26/02 kon niet verwerkt worden omdat het getuigschrift
> niet ondertekend was door de zorgverlener. Gelieve een ondertekend exemplaar op te sturen.
> Met vriendelijke groeten, Ann-Sofie, dienst terugbetalingen
""", [
    p("Griet Van Acker", "name", mns=["Griet", "Acker", "Van Acker"]),
    p("griet.vanacker@example.com", "email"),
    p("Arne", "name"),
    p("81.09.01-095.87", "national_id", scheme="be_rrn"),
    p("Vandenbroucke", "name"),
    p("BE56 7358 1635 2388", "iban", scheme="iban"),
    p("Koen Declercq", "name"),
    p("Ezelstraat 71 bus 2, 8000 Brugge", "address", mns=["Ezelstraat 71", "8000 Brugge"]),
    p("050 33 91 48", "phone"),
    p("0486 40 21 17", "phone"),
    p("Ann-Sofie", "name"),
], [
    ("12 kinesitherapiesessies", "quantity"), ("AZ Sint-Jan", "company"), ("560011", "nomenclature_code"),
    ("30,00 per sessie", "price"), ("410-8831227-05", "member_number"), ("26/02", "date"),
]),

rec("nl-email-006", """
Van: Fietsonderdelen Direct <orders@fietsonderdelen-direct.example.nl>
Aan: Martijn Hoogendoorn <martijn.hoogendoorn@example.org>
Datum: 2024-03-07 15:31
Onderwerp: Re: Re: Factuur F2024-01187 dubbel afgeschreven

Hoi Martijn,

Je hebt gelijk, de betaling is twee keer binnengekomen (2x 186,40). Excuses! We storten 186,40 terug op de rekening waarmee je betaald hebt, DE64 1007 0000 5669 4011 55, dat zou binnen 2 werkdagen zichtbaar moeten zijn.
De Shimano Deore M6100 achterderailleur is inmiddels ook verzonden naar Jakobstraat 19, 52064 Aachen, met DHL (zending JVGL0512883404711).

Groeten,
Niels
Fietsonderdelen Direct — Industrieweg 4, 7944 NL Meppel — KvK 01020304

> Op 6 mrt 2024 om 22:02 schreef Martijn Hoogendoorn:
> Hoi, ik zie in mijn bankapp dat factuur F2024-01187 twee keer is afgeschreven. Ik woon sinds
> kort in Duitsland, dus misschien ging er iets mis met de Duitse rekening?
> Mijn telefoon is +49 176 2294 8130 als je wilt bellen.
> Het onderdeel graag naar mijn nieuwe adres, niet naar Meppel.
> Martijn
>
>> Op 5 mrt 2024 om 09:14 schreef Fietsonderdelen Direct:
>> Beste klant, bedankt voor je bestelling 77120! Je bestelling wordt verwerkt door
>> Rijwielhandel Bakker & Zn. (onze partnerwinkel). Vragen? Mail ons of bel 0522 24 00 10.
""", [
    p("Martijn Hoogendoorn", "name"),
    p("martijn.hoogendoorn@example.org", "email"),
    p("DE64 1007 0000 5669 4011 55", "iban", scheme="iban"),
    p("Jakobstraat 19, 52064 Aachen", "address", mns=["Jakobstraat 19", "52064"]),
    p("Niels", "name"),
    p("+49 176 2294 8130", "phone"),
    p("Martijn", "name"),
], [
    ("F2024-01187", "invoice_number"), ("186,40", "price"), ("2 werkdagen", "duration"),
    ("Shimano Deore M6100", "product"), ("JVGL0512883404711", "tracking_number"), ("77120", "order_number"),
    ("Rijwielhandel Bakker & Zn.", "company"),
]),

rec("nl-email-007", """
From: abuse@hostveilig.example.nl
To: Noud Hendriks <noud@hendriks-webdesign.example.com>
Date: Mon, 11 Mar 2024 08:02:19 +0100
Subject: [ABUSE-77120] Brute force vanaf uw server vps-2271 / 203.0.113.61

Beste Noud Hendriks,

Wij hebben meldingen ontvangen dat uw server (vps-2271, IPv4 203.0.113.61, IPv6 2001:db8:77::61) sinds gisteravond brute-force aanvallen uitvoert op WordPress-sites van derden. Fragment uit de melding:

  2024-03-10T23:14:07Z 203.0.113.61 -> 192.0.2.44 POST /wp-login.php 200 (x 1.482)
  2024-03-10T23:14:09Z 203.0.113.61 -> 192.0.2.45 POST /xmlrpc.php 403

Uit onze eigen logs blijkt dat er om 21:40 is ingelogd op het WordPress-account admin_noud vanaf 198.51.100.203, een IP-adres dat wij niet eerder zagen. Waarschijnlijk is dat account overgenomen. Uw medewerker Sarah Lindeman logde om 18:02 nog in vanaf uw kantoor-IP 198.51.100.14.

Wij hebben poort 80/443 uitgaand beperkt tot 100 verbindingen per minuut. Als het probleem niet binnen 24 uur is opgelost, sluiten wij de server af conform artikel 7.3 van de algemene voorwaarden.

Met vriendelijke groet,
Jasper
Abuse Desk HostVeilig
""", [
    p("Noud Hendriks", "name"),
    p("noud@hendriks-webdesign.example.com", "email"),
    p("203.0.113.61", "ip"),
    p("2001:db8:77::61", "ip"),
    p("192.0.2.44", "ip"),
    p("192.0.2.45", "ip"),
    p("admin_noud", "username"),
    p("198.51.100.203", "ip"),
    p("Sarah Lindeman", "name"),
    p("198.51.100.14", "ip"),
    p("Jasper", "name"),
], [
    ("ABUSE-77120", "ticket_number"), ("vps-2271", "server_name"), ("POST /wp-login.php 200 (x 1.482)", "log_fragment"),
    ("100 verbindingen per minuut", "quantity"), ("24 uur", "duration"), ("artikel 7.3", "reference"),
    ("2024-03-10T23:14:07Z", "timestamp"),
]),

rec("nl-email-008", """
Onderwerp: RE: RE: RE: Claim beschadigd pakket 3SPKP0099182774

Van: Bart Hermans
Verzonden: 18 maart 2024 10:05
Aan: Claims PakketPost

Hallo Mirjam,

De foto's heb ik nu toegevoegd (6 stuks). De lamp is in drie stukken gebroken, de doos was aan de zijkant ingedeukt. De waarde was 145 euro, zie de Marktplaats-advertentie. De verkoper is Ellen de Jong uit Deventer, zij heeft het pakket verstuurd vanaf Brinkgreverweg 27, 7413 AD Deventer. Haar e-mail is ellendejong@example.net.
De vergoeding mag naar NL53 TRIO 5663 0439 66 t.n.v. B. Hermans.

Groet, Bart
06 31 92 48 11

---
Van: Claims PakketPost
Verzonden: 15 maart 2024 16:40
Aan: Bart Hermans

Beste meneer Hermans,
Om uw claim CLM-448120 te beoordelen hebben wij foto's nodig van het product en de verpakking. De maximale vergoeding zonder verzekerde verzending is 50 euro; bij verzekerd verzenden tot 500 euro.
Met vriendelijke groet,
Mirjam van der Wal
Claims PakketPost

---
Van: Bart Hermans
Verzonden: 14 maart 2024 19:22
Aan: Claims PakketPost

Ik heb een pakket ontvangen dat helemaal kapot is. Ik woon op Lindenlaan 5, 8031 EM Zwolle. Mijn buurman, Henk Stam, heeft het aangenomen en zag al dat het kapot was. Track & trace 3SPKP0099182774.
""", [
    p("Bart Hermans", "name"),
    p("Mirjam van der Wal", "name", add=["Mirjam"]),
    p("Ellen de Jong", "name"),
    p("Brinkgreverweg 27, 7413 AD Deventer", "address", mns=["Brinkgreverweg 27", "7413 AD"]),
    p("ellendejong@example.net", "email"),
    p("NL53 TRIO 5663 0439 66", "iban", scheme="iban"),
    p("B. Hermans", "name", mns=["Hermans"]),
    p("06 31 92 48 11", "phone"),
    p("Lindenlaan 5, 8031 EM Zwolle", "address", mns=["Lindenlaan 5", "8031 EM"]),
    p("Henk Stam", "name"),
], [
    ("3SPKP0099182774", "tracking_number"), ("6 stuks", "quantity"), ("145 euro", "price"),
    ("CLM-448120", "claim_number"), ("50 euro", "price"), ("500 euro", "price"), ("18 maart 2024 10:05", "timestamp"),
]),
]
