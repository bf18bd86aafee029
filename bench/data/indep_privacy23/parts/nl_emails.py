from _h import name, em, sem, ad, p, L, rec

RECORDS = [

rec("nl-email-001", "email", """
Van: Klantenservice Stroomlijn Energie <klantenservice@stroomlijn.example.nl>
Verzonden: woensdag 15 mei 2024 08:03
Aan: Marieke Dekker <m.dekker@stroomlijn.example.nl>
Onderwerp: FW: Klacht jaarafrekening 2023 - klantnummer 20087731

Hoi Marieke,

Kun jij deze oppakken? Meneer heeft al twee keer gebeld en is behoorlijk boos. Ik heb de meterstanden gecontroleerd, die lijken te kloppen.

Groet,
Bart
Team Klachtbehandeling

________________________________
Van: Henk Scholten <h.scholten@example.nl>
Verzonden: dinsdag 14 mei 2024 21:17
Aan: klantenservice@stroomlijn.example.nl
Onderwerp: Klacht jaarafrekening 2023 - klantnummer 20087731

Geachte heer/mevrouw,

Hierbij dien ik een klacht in over de jaarafrekening 2023 (factuurnummer 2024-JA-0049817) voor mijn woning aan de Molenweg 18, 7431 BK Diepenveen.

Volgens uw afrekening heb ik 4.912 kWh verbruikt, terwijl ik in 2022 nog 2.870 kWh verbruikte. Er is niets veranderd in ons huishouden. Ik heb op 2 januari zelf de standen doorgegeven: 031540 (normaal) en 027115 (dal). Op de afrekening staan 033598 en 027115.

Het EAN van de aansluiting is 871687427776798655. Ik verzoek u de afrekening te corrigeren en het te veel betaalde bedrag van € 562,18 terug te storten op NL52 RABO 1424 4250 10.

Ik ben overdag bereikbaar op 0570 - 59 12 44.

Met vriendelijke groet,

H.J. Scholten

--
Stroomlijn Energie B.V. | Postbus 1200, 3500 BE Utrecht | 088 - 555 01 40 | KvK 30212288
Dit bericht is uitsluitend bestemd voor de geadresseerde.
""", [
    name("Marieke Dekker"),
    em("m.dekker@stroomlijn.example.nl"),
    name("Bart"),
    name("Henk Scholten"),
    em("h.scholten@example.nl"),
    ad("Molenweg 18, 7431 BK Diepenveen", "Molenweg 18", "7431 BK"),
    p("iban", "NL52 RABO 1424 4250 10", chk="iban"),
    p("phone", "0570 - 59 12 44"),
], [
    L("customer_number", "klantnummer 20087731"), L("invoice", "2024-JA-0049817"),
    L("quantity", "4.912 kWh"), L("meter_reading", "031540"), L("meter_reading", "033598"),
    L("ean", "871687427776798655"), L("price", "€ 562,18"), L("date", "2 januari"),
], org=["klantenservice@stroomlijn.example.nl"]),

rec("nl-email-002", "email", """
Onderwerp: RE: Uw schademelding S24-0110932
Van: Eva Smits <evasmits@example.nl>
Aan: schade@veiligonderweg.example.nl
Datum: 2 april 2024 om 16:48

Beste meneer Mertens,

Dank voor uw snelle reactie. Bijgaand de foto's van de schade en de offerte van Garage De Boer (€ 2.140,65 incl. btw). Het kenteken van mijn auto is 5-TRN-84, een Toyota Yaris uit 2019.

De boom stond in de tuin van de buren, de familie Jacobs op de Hazelaarstraat 9. Meneer Jacobs heeft inmiddels zelf zijn verzekeraar ingelicht, maar hij weet het polisnummer niet uit zijn hoofd.

Als de schade wordt uitgekeerd mag het bedrag naar NL95 RABO 1507 9414 30 t.n.v. E.M. Smits. Voor de expert ben ik na 15:00 bereikbaar op 06 38 20 71 45, het adres is Hazelaarstraat 11, 4834 LB Breda.

Vriendelijke groet,
Eva Smits

Op 28 mrt 2024 om 09:12 schreef Ronald Mertens <r.mertens@veiligonderweg.example.nl>:

> Geachte mevrouw Smits,
>
> Wij hebben uw schademelding van 27 maart in goede orde ontvangen onder nummer S24-0110932.
> Om de schade te kunnen beoordelen, vragen wij u ons de volgende gegevens te sturen:
> - foto's van de schade;
> - een offerte of factuur van een hersteller;
> - de gegevens van de eigenaar van de boom.
>
> Uw polis (AutoCompleet, polisnummer 3301-884-2209) dekt stormschade met een eigen risico van € 150.
>
> Met vriendelijke groet,
>
> Ronald Mertens
> Schadebehandelaar Motorrijtuigen
> Veilig Onderweg Verzekeringen | T 030 - 799 40 00
""", [
    name("Eva Smits"),
    em("evasmits@example.nl"),
    name("Ronald Mertens"),
    em("r.mertens@veiligonderweg.example.nl"),
    p("plate", "5-TRN-84"),
    name("Jacobs"),
    ad("Hazelaarstraat 9", "Hazelaarstraat 9"),
    p("iban", "NL95 RABO 1507 9414 30", chk="iban"),
    p("phone", "06 38 20 71 45"),
    ad("Hazelaarstraat 11, 4834 LB Breda", "Hazelaarstraat 11", "4834 LB"),
], [
    L("claim", "S24-0110932"), L("company", "Garage De Boer"), L("price", "€ 2.140,65"),
    L("product", "Toyota Yaris"), L("policy", "3301-884-2209"), L("price", "€ 150"),
    L("date", "27 maart"),
], org=["schade@veiligonderweg.example.nl"]),

rec("nl-email-003", "email", """
Aan: bezwaar@belastingen.example.nl
Van: Anand Mahabier <a.mahabier@example.com>
Onderwerp: Bezwaar WOZ-beschikking 2024, aanslagnummer 4103.2284.1190

Geachte heer, mevrouw,

Namens mijzelf en mijn echtgenote, Reshma Mahabier-Jagroep, maak ik bezwaar tegen de WOZ-beschikking 2024 voor onze woning aan de Zonnebloemstraat 62, 2565 RL Den Haag (aanslagnummer 4103.2284.1190, dagtekening 29 februari 2024).

De waarde is vastgesteld op € 412.000 naar peildatum 1 januari 2023. Wij vinden dat te hoog. De woning van onze buren op Zonnebloemstraat 58 is vergelijkbaar (zelfde bouwjaar, 118 m² woonoppervlak) en is in november 2022 verkocht voor € 365.000. Bovendien is onze keuken nog origineel uit 1978 en moet het dak worden vervangen (offerte bijgevoegd, € 18.500).

Tijdens het telefoongesprek met uw taxateur, de heer Kuijpers, werd gezegd dat een inpandige opname mogelijk is. Daar maken wij graag gebruik van.

Mijn burgerservicenummer is 332043617. U kunt mij bereiken op 06-14 72 93 55, liefst na 17:00.

Met vriendelijke groet,

A. Mahabier
Zonnebloemstraat 62
2565 RL Den Haag
""", [
    name("Anand Mahabier"),
    em("a.mahabier@example.com"),
    name("Reshma Mahabier-Jagroep"),
    ad("Zonnebloemstraat 62, 2565 RL Den Haag", "Zonnebloemstraat 62", "2565 RL"),
    ad("Zonnebloemstraat 58", "Zonnebloemstraat 58"),
    name("Kuijpers"),
    p("national_id", "332043617", chk="bsn"),
    p("phone", "06-14 72 93 55"),
], [
    L("case", "4103.2284.1190"), L("date", "29 februari 2024"), L("price", "€ 412.000"),
    L("date", "1 januari 2023"), L("quantity", "118 m²"), L("price", "€ 365.000"), L("price", "€ 18.500"),
], org=["bezwaar@belastingen.example.nl"]),

rec("nl-email-004", "email", """
Van: Marjolein Faber <marjolein.faber@example.com>
Verzonden: maandag 8 april 2024 21:40
Aan: Mentoraat 3 havo <mentoraat3h@stlucas.example.nl>
CC: Omar Ouali <o.ouali@stlucas.example.nl>
Onderwerp: RE: Afwezigheid Floris (3H2) + cijfers wiskunde

Beste meneer Ouali,

Dank voor uw mail. Floris was vrijdag inderdaad afwezig, hij had om 10:30 een afspraak bij de orthodontist, dr. Schouten. Ik had dat via Magister gemeld, maar blijkbaar is het niet goed doorgekomen.

Wat betreft wiskunde: Floris heeft een dyslexieverklaring (staat in zijn dossier, leerlingnummer 204417) en zou bij toetsen 30 minuten extra tijd moeten krijgen. Bij de laatste toets, waarvoor hij een 5,4 haalde, is dat volgens hem niet gebeurd. Zou u dit met mevrouw Terpstra kunnen bespreken?

Hij zit trouwens graag naast Milan Boersma, misschien kan dat bij toetsweek 3 ook zo blijven.

Voor een gesprek ben ik bereikbaar op 06 22 91 05 38. Mijn man, Kees Faber, komt ook graag mee.

Hartelijke groet,
Marjolein Faber

Op ma 8 apr 2024 om 13:05 schreef Omar Ouali <o.ouali@stlucas.example.nl>:
> Beste mevrouw Faber,
> Floris Faber was afgelopen vrijdag het 2e en 3e uur afwezig zonder afmelding. Ook zag ik dat zijn
> gemiddelde voor wiskunde gezakt is naar een 5,8. Zullen we even een gesprek plannen?
> Met vriendelijke groet,
> O. Ouali, mentor 3H2
> St. Lucas College | Postbus 312, 1780 AH Den Helder
""", [
    name("Marjolein Faber"),
    em("marjolein.faber@example.com"),
    name("Omar Ouali"),
    em("o.ouali@stlucas.example.nl"),
    name("Floris Faber"),
    name("Schouten"),
    name("Terpstra"),
    name("Milan Boersma"),
    p("phone", "06 22 91 05 38"),
    name("Kees Faber"),
], [
    L("member", "leerlingnummer 204417"), L("quantity", "30 minuten extra tijd"), L("quantity", "5,4"),
    L("quantity", "5,8"), L("date", "toetsweek 3"), L("time", "10:30"), L("product", "Magister"),
], org=["mentoraat3h@stlucas.example.nl"]),

rec("nl-email-005", "email", """
Aan: verhuur@woonmakelaardij.example.nl
Van: youssef.elidrissi@example.net
Onderwerp: Inschrijving huurwoning Lange Nieuwstraat (object LN-113)

Beste heer/mevrouw,

Graag schrijven wij ons in voor de huurwoning aan de Lange Nieuwstraat (object LN-113, € 1.395 per maand excl. servicekosten).

Wij zijn:
1. Youssef el Idrissi, geboren 11-12-1992, werkzaam als bakker bij Bakkerij Van der Linden (vast contract, € 3.450 bruto per maand)
2. Charlotte Timmermans, geboren 26-06-1994, verpleegkundige in het Sint Antonius (32 uur, € 3.120 bruto per maand)

Ons huidige adres is Kanaalweg 4 bis, 3526 KL Utrecht, waar wij sinds 2019 huren. Onze huidige verhuurder, mevrouw Brink, kan een verhuurdersverklaring geven: 030 - 288 14 60.

De waarborgsom van twee maanden huur kunnen wij direct voldoen vanaf NL70 INGB 0009 6438 58. Wij hebben geen huisdieren en roken niet. Een bezichtiging kan het beste op dinsdag of donderdag na 16:00.

Telefonisch zijn wij bereikbaar op 06 41 87 20 13 (Youssef) of 06 10 94 35 72 (Charlotte).

Met vriendelijke groet,
Youssef el Idrissi & Charlotte Timmermans
""", [
    em("youssef.elidrissi@example.net"),
    name("Youssef el Idrissi"),
    p("birth_date", "11-12-1992"),
    name("Charlotte Timmermans"),
    p("birth_date", "26-06-1994"),
    ad("Kanaalweg 4 bis, 3526 KL Utrecht", "Kanaalweg 4 bis", "3526 KL"),
    name("Brink"),
    p("phone", "030 - 288 14 60"),
    p("iban", "NL70 INGB 0009 6438 58", chk="iban"),
    p("phone", "06 41 87 20 13"),
    p("phone", "06 10 94 35 72"),
], [
    L("case", "object LN-113"), L("price", "€ 1.395 per maand"), L("company", "Bakkerij Van der Linden"),
    L("price", "€ 3.450 bruto per maand"), L("price", "€ 3.120 bruto per maand"), L("quantity", "32 uur"),
    L("company", "Sint Antonius"),
], org=["verhuur@woonmakelaardij.example.nl"]),

rec("nl-email-006", "email", """
---------- Doorgestuurd bericht ---------
Van: Dries Vermeiren <dries.vermeiren@example.com>
Date: vr 19 jan 2024 om 11:26
Subject: Fwd: watermeter papa
To: <klantendienst@aquaflandria.example.org>

Goeiemorgen,

Ik stuur dit door namens mijn vader, Marc Vermeiren. Hij is 69 en heeft geen computer. Hij kreeg een afrekening van € 948,20 terwijl hij alleen woont. Kunnen jullie dit nakijken? U mag mij altijd bellen op 0494 11 72 60.

Groetjes,
Dries

---------- Forwarded message ---------
Van: Marc Vermeiren (via zijn buurvrouw Godelieve)
Onderwerp: watermeter

Beste,

Mijn klantnummer is 3002-418-77. Ik woon op Stationsstraat 46, 3590 Diepenbeek. Mijn watermeter (nr. 19M204418) staat op 1.287 m³ en vorig jaar op 1.161 m³. Dat is 126 m³ op een jaar, voor één persoon is dat te veel. Misschien is er een lek.

Mijn rijksregisternummer is 54.09.19-973.42 als jullie dat nodig hebben. Terugbetalingen graag op BE40 9730 6893 1163.

Vaste telefoon: 011 32 88 41.

Marc
""", [
    name("Dries Vermeiren"),
    em("dries.vermeiren@example.com"),
    name("Marc Vermeiren"),
    p("phone", "0494 11 72 60"),
    name("Godelieve"),
    ad("Stationsstraat 46, 3590 Diepenbeek", "Stationsstraat 46", "3590"),
    p("national_id", "54.09.19-973.42", chk="be_rrn"),
    p("iban", "BE40 9730 6893 1163", chk="iban"),
    p("phone", "011 32 88 41"),
], [
    L("price", "€ 948,20"), L("customer_number", "3002-418-77"), L("meter", "19M204418"),
    L("meter_reading", "1.287 m³"), L("meter_reading", "1.161 m³"), L("quantity", "126 m³"),
], org=["klantendienst@aquaflandria.example.org"]),

rec("nl-email-007", "email", """
-------- Doorgestuurd bericht --------
Onderwerp: Wijziging bankrekening
Datum: do 11-7-2024 09:47
Van: Wendy Brinkman <w.brinkman@bouwgroep-oost.example.nl>
Aan: salarisadministratie@bouwgroep-oost.example.nl

Hallo salarisadministratie,

Zie hieronder het verzoek van Kim uit mijn team. Zij heeft het formulier ondertekend (bijlage). Graag verwerken vóór de run van 20 juli.

Groet,
Wendy Brinkman
Teamleider Planning | Bouwgroep Oost | tst. 214

-------- Oorspronkelijk bericht --------
Van: Kim Nguyen <kim.nguyen@example.com>
Verzonden: woensdag 10 juli 2024 22:15

Hoi Wendy,

Ik heb per 1 augustus een nieuwe bankrekening. Kun jij dit doorzetten naar salaris?

Personeelsnummer: P-20931
Naam: K.T. Nguyen (Kim Thu Nguyen)
BSN: 383 975 013
Oude rekening: NL95 INGB 0000 4258 86
Nieuwe rekening: NL21 ASNB 2015 3167 25
Adres (ongewijzigd): Brinkgreverweg 103, 7413 AC Deventer

Mijn bruto uurloon is nu € 21,84 en ik werk 32 uur; ik zag op de strook van juni 30 uur staan, misschien kan Peter dat even checken?

Dank je!
Kim
06 47 18 90 22
""", [
    name("Wendy Brinkman"),
    em("w.brinkman@bouwgroep-oost.example.nl"),
    name("Kim Thu Nguyen"),
    em("kim.nguyen@example.com"),
    p("national_id", "383 975 013", chk="bsn"),
    p("iban", "NL95 INGB 0000 4258 86", chk="iban"),
    p("iban", "NL21 ASNB 2015 3167 25", chk="iban"),
    ad("Brinkgreverweg 103, 7413 AC Deventer", "Brinkgreverweg 103", "7413 AC"),
    name("Peter"),
    p("phone", "06 47 18 90 22"),
], [
    L("member", "P-20931"), L("date", "20 juli"), L("date", "1 augustus"), L("price", "€ 21,84"),
    L("quantity", "32 uur"), L("quantity", "30 uur"), L("quantity", "tst. 214"),
], org=["salarisadministratie@bouwgroep-oost.example.nl"]),

rec("nl-email-008", "email", """
From: DataHaven Abuse Desk <abuse@datahaven.example.nl>
To: Rik Meijer <rik@example.net>
Date: Wed, 5 Jun 2024 08:30:11 +0200
Subject: [Abuse #AB-2024-3381] Phishingpagina op uw hostingpakket rmeijer-shop

Beste Rik Meijer,

Wij ontvingen een melding dat er op uw hostingpakket (klantnummer 71-00492, pakket Webshop M) een phishingpagina staat die zich voordoet als een bank. Het gaat om:

  https://shop.example.net/wp-content/uploads/2024/06/login/index.php

In de logs zien we dat de bestanden zijn geüpload via het WordPress-account van gebruiker "marloes_r" vanaf IP-adres 203.0.113.88:

  203.0.113.88 - - [05/Jun/2024:02:14:51 +0200] "POST /wp-login.php HTTP/1.1" 302 0
  203.0.113.88 - - [05/Jun/2024:02:15:07 +0200] "POST /wp-admin/async-upload.php HTTP/1.1" 200 412
  198.51.100.140 - - [05/Jun/2024:06:02:33 +0200] "GET /wp-content/uploads/2024/06/login/index.php HTTP/1.1" 200 5120

Daarnaast logde uw FTP-gebruiker "rmeijer_ftp" op 4 juni om 23:58 in vanaf 2001:db8:17::a3, dat is mogelijk uzelf.

Wij hebben de map tijdelijk ontoegankelijk gemaakt. Wij vragen u binnen 48 uur:
1. het wachtwoord van alle WordPress-gebruikers te wijzigen, in ieder geval dat van Marloes Reitsma;
2. WordPress bij te werken naar versie 6.5.3;
3. ons te laten weten welke maatregelen u heeft genomen.

Voor vragen kunt u ons bereiken op 088 - 204 11 00 (optie 3).

Met vriendelijke groet,
Abuse Desk DataHaven
""", [
    name("Rik Meijer"),
    em("rik@example.net"),
    p("username", "marloes_r"),
    p("ip", "203.0.113.88"),
    p("ip", "198.51.100.140"),
    p("username", "rmeijer_ftp"),
    p("username", "rmeijer-shop"),
    p("ip", "2001:db8:17::a3"),
    name("Marloes Reitsma"),
], [
    L("ticket", "#AB-2024-3381"), L("customer_number", "71-00492"), L("product", "Webshop M"),
    L("duration", "binnen 48 uur"), L("product", "versie 6.5.3"), L("time", "23:58"),
    L("date", "05/Jun/2024:02:14:51 +0200"),
], org=["abuse@datahaven.example.nl"]),

]
