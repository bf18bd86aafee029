# Dutch / Flemish e-mails (8)
RECORDS = []

RECORDS.append(dict(id="nl-email-001", language="nl", channel="email", text="""Onderwerp: Re: Uw jaarafrekening 2024 – klantnummer 3007 4418 92

Geachte heer/mevrouw,

Ik ben het niet eens met de jaarafrekening die ik op 3 februari ontving. De eindstand van meternummer E0031400087766 staat daarop als 28.450 kWh, terwijl ik op 31 december 18.450 kWh heb afgelezen. Dat is precies 10.000 kWh te veel. Ik heb een foto van de meter bijgevoegd.

Het nabetalingsbedrag van € 2.913,18 wil ik dus niet laten afschrijven van mijn rekening NL51 SNSB 0792 9773 44 voordat dit is opgelost.

Met vriendelijke groet,

Hendrika (Rieky) Oosterveld-Brouwer
Kerkeweg 3
9351 PC Leek
06 45 12 90 37
rieky.oosterveld@home.nl

> Van: Thomas Wijnands <klantenservice@zonnewijzer-energie.nl>
> Datum: 4 februari 2025 10:12
>
> Beste mevrouw Oosterveld,
>
> Dank voor uw bericht. Wij hebben de meterstanden gecontroleerd en deze zijn correct door de netbeheerder aangeleverd. Heeft u vragen, bel dan 088 765 43 21.
>
> Met vriendelijke groet,
> Thomas Wijnands
> Klantenservice Zonnewijzer Energie
> Postbus 4000, 3500 GA Utrecht""",
planted=[
    P("NL51 SNSB 0792 9773 44", "iban", check="iban"),
    P("Hendrika (Rieky) Oosterveld-Brouwer", "name", ["Hendrika", "Rieky", "Oosterveld", "Brouwer"]),
    P("Kerkeweg 3", "address"),
    P("9351 PC", "postcode"),
    P("06 45 12 90 37", "phone"),
    P("rieky.oosterveld@home.nl", "email", ["rieky.oosterveld@home.nl", "rieky.oosterveld"]),
    P("Thomas Wijnands", "name", ["Thomas", "Wijnands"]),
],
lookalikes=[
    L("3007 4418 92", "customer_number"),
    L("3 februari", "date"),
    L("E0031400087766", "meter_number"),
    L("28.450 kWh", "meter_reading"),
    L("18.450 kWh", "meter_reading"),
    L("€ 2.913,18", "amount"),
    L("4 februari 2025 10:12", "timestamp"),
]))

RECORDS.append(dict(id="nl-email-002", language="nl", channel="email", text="""Van: Wendy Kraaijeveld <w.kraaijeveld@gezondverzekerd.nl>
Verzonden: dinsdag 11 maart 2025 09:47
Aan: Team Declaraties
Onderwerp: FW: declaratie fysiotherapie – relatienummer 118 402 377

Hoi team, kunnen jullie deze oppakken? Mevrouw heeft al twee keer gebeld. Groet, Wendy

-----Oorspronkelijk bericht-----
Van: Sevda Aydın <sevda.aydin1976@outlook.com>
Verzonden: maandag 10 maart 2025 21:03
Aan: declaraties@gezondverzekerd.nl
Onderwerp: declaratie fysiotherapie

Goedenavond,

In de bijlage vindt u de nota van Fysio Het Kompas voor 9 behandelingen à € 38,50, samen € 346,50. Het gaat om mijn zoon Baran Aydın, BSN 595449074, geboren 2 juli 2009. Hij valt onder mijn polis Basis Plus met aanvullend pakket Extra Fit.

Mijn eigen BSN is 480025794, mocht u dat nodig hebben. Graag het bedrag overmaken naar NL94 ASNB 0529 7408 17.

Vriendelijke groet,
Sevda Aydın
Johan de Wittlaan 19, 7312 HP Apeldoorn
tel. 055 578 30 61""",
planted=[
    P("Wendy Kraaijeveld", "name", ["Wendy", "Kraaijeveld"]),
    P("w.kraaijeveld@gezondverzekerd.nl", "email", ["w.kraaijeveld@gezondverzekerd.nl", "w.kraaijeveld"]),
    P("Sevda Aydın", "name", ["Sevda", "Aydın"]),
    P("sevda.aydin1976@outlook.com", "email", ["sevda.aydin1976@outlook.com", "sevda.aydin1976"]),
    P("Baran Aydın", "name", ["Baran", "Aydın"]),
    P("595449074", "national_id", check="bsn"),
    P("2 juli 2009", "birth_date"),
    P("480025794", "national_id", check="bsn"),
    P("NL94 ASNB 0529 7408 17", "iban", check="iban"),
    P("Johan de Wittlaan 19, 7312 HP Apeldoorn", "address", ["Johan de Wittlaan 19", "7312 HP"]),
    P("055 578 30 61", "phone"),
],
lookalikes=[
    L("dinsdag 11 maart 2025 09:47", "timestamp"),
    L("118 402 377", "relation_number"),
    L("Fysio Het Kompas", "company_name"),
    L("9 behandelingen", "quantity"),
    L("€ 38,50", "price"),
    L("€ 346,50", "amount"),
    L("Basis Plus", "product"),
    L("Extra Fit", "product"),
]))

RECORDS.append(dict(id="nl-email-003", language="nl", channel="email", text="""Aan: parkeren@stad.gent
Onderwerp: Bezwaar retributie 2025/PR/448819

Geachte,

Op 22 januari kreeg ik een parkeerretributie van € 35 voor mijn wagen met nummerplaat 2-GHK-318 op de Korenmarkt. Ik heb echter een bewonerskaart (kaartnummer BK-07731) voor zone Rood, die op dat moment geldig was tot 30/06.

Mijn gegevens:
Naam: Pieter-Jan De Smet
Rijksregisternummer: 91.02.27-553.77
Adres: Lange Violettestraat 77, 9000 Gent
Tel.: 0472 90 18 36

Mijn partner, Saar Wuyts, rijdt soms ook met de wagen, maar zij was die dag in Antwerpen.

Ik heb ook al gebeld met uw collega, mevrouw Vandenbroucke, die zei dat ik dit per mail moest sturen.

Met vriendelijke groeten,
Pieter-Jan De Smet
pj.desmet81@telenet.be

Van: Parkeren Stad Gent
Verzonden: 24 januari 2025
Beste,
Wij ontvingen uw melding. Gelieve uw bezwaar te motiveren en het nummer van de retributie te vermelden. Dit bericht werd automatisch verzonden.""",
planted=[
    P("2-GHK-318", "plate"),
    P("Pieter-Jan De Smet", "name", ["Pieter-Jan", "Pieter", "Jan", "Smet"]),
    P("91.02.27-553.77", "national_id", check="be_rrn"),
    P("Lange Violettestraat 77, 9000 Gent", "address", ["Lange Violettestraat 77", "9000"]),
    P("0472 90 18 36", "phone"),
    P("mevrouw Vandenbroucke", "name", ["Vandenbroucke"]),
    P("Saar Wuyts", "name", ["Saar", "Wuyts"]),
    P("pj.desmet81@telenet.be", "email", ["pj.desmet81@telenet.be", "pj.desmet81"]),
],
lookalikes=[
    L("2025/PR/448819", "reference"),
    L("22 januari", "date"),
    L("€ 35", "amount"),
    L("BK-07731", "permit_number"),
    L("zone Rood", "zone"),
    L("30/06", "date"),
    L("24 januari 2025", "date"),
]))

RECORDS.append(dict(id="nl-email-004", language="nl", channel="email", text="""Van: Jasper en Maaike Ter Horst <terhorst.gezin@ziggo.nl>
Aan: administratie@obsdewaaier.nl
Onderwerp: Verlofaanvraag Floor en Guus (groep 5 en groep 7)

Beste juf Annemiek,

Hierbij vragen wij verlof aan buiten de schoolvakanties voor onze kinderen Floor Ter Horst (geboren 09-03-2016) en Guus Ter Horst (geboren 27-11-2013), van maandag 3 juni t/m vrijdag 7 juni. Jasper werkt als zelfstandig akkerbouwer en kan door de oogst niet in de zomervakantie weg; een werkgeversverklaring van zijn accountant zit in de bijlage (artikel 11f Leerplichtwet).

Het formulier van de website (versie 2024-2) hebben we ook ingevuld. Ons adres is nog steeds Heideweg 14, 7722 RT Dalfsen en we zijn bereikbaar op 06 58 30 12 49 (Maaike).

Groet,
Maaike Ter Horst-Vos""",
planted=[
    P("Jasper en Maaike Ter Horst", "name", ["Jasper", "Maaike", "Horst"]),
    P("terhorst.gezin@ziggo.nl", "email", ["terhorst.gezin@ziggo.nl", "terhorst.gezin"]),
    P("juf Annemiek", "name", ["Annemiek"]),
    P("Floor Ter Horst", "name", ["Floor", "Horst"]),
    P("09-03-2016", "birth_date"),
    P("Guus Ter Horst", "name", ["Guus", "Horst"]),
    P("27-11-2013", "birth_date"),
    P("Heideweg 14, 7722 RT Dalfsen", "address", ["Heideweg 14", "7722 RT"]),
    P("06 58 30 12 49", "phone"),
    P("Maaike Ter Horst-Vos", "name", ["Maaike", "Horst", "Vos"]),
],
lookalikes=[
    L("groep 5", "class"),
    L("groep 7", "class"),
    L("maandag 3 juni t/m vrijdag 7 juni", "date_range"),
    L("artikel 11f Leerplichtwet", "legal_reference"),
    L("versie 2024-2", "version"),
    L("administratie@obsdewaaier.nl", "organisation_email"),
]))

RECORDS.append(dict(id="nl-email-005", language="nl", channel="email", text="""Onderwerp: Re: Bestelbevestiging 7710-2294-58

Hallo,

De bestelling hieronder is nooit aangekomen, maar in de track & trace staat "afgeleverd". Kunnen jullie een nieuwe sturen? Ik ben overdag niet thuis, dus graag afleveren bij mijn buurvrouw Ria Wolff op nummer 9.

Gr. Okke
(Okke Zwaagstra, 0513 61 48 02)

----- Oorspronkelijk bericht -----
Van: Kooploods <noreply@kooploods.nl>
Aan: okke.zwaagstra@gmail.com

Bedankt voor je bestelling, Okke!
Bestelnummer: 7710-2294-58
1 x Fiskars Xact spade L — € 54,99
2 x Gardena tuinslang 20 m (art.nr. 18015-20) — € 41,98
Verzendkosten: gratis
Bezorgadres: O. Zwaagstra, It Heech 7, 8471 ZH Wolvega
Verwachte levering: vrijdag 16 mei
Betaald met iDEAL (NL59 BUNQ 0577 1387 21)

Kooploods B.V. · Handelsweg 40 · 3861 PC Nijkerk · KvK 12345678""",
planted=[
    P("Ria Wolff", "name", ["Ria", "Wolff"]),
    P("Okke Zwaagstra", "name", ["Okke", "Zwaagstra"]),
    P("0513 61 48 02", "phone"),
    P("okke.zwaagstra@gmail.com", "email", ["okke.zwaagstra@gmail.com", "okke.zwaagstra"]),
    P("O. Zwaagstra", "name", ["Zwaagstra"]),
    P("It Heech 7, 8471 ZH Wolvega", "address", ["It Heech 7", "8471 ZH"]),
    P("NL59 BUNQ 0577 1387 21", "iban", check="iban"),
],
lookalikes=[
    L("7710-2294-58", "order_number"),
    L("Fiskars Xact spade L", "product"),
    L("€ 54,99", "price"),
    L("18015-20", "article_number"),
    L("€ 41,98", "price"),
    L("vrijdag 16 mei", "delivery_date"),
    L("KvK 12345678", "company_registration"),
]))

RECORDS.append(dict(id="nl-email-006", language="nl", channel="email", text="""Van: Rachid Benali <r.benali@hotmail.nl>
Aan: huurincasso@woonstadwest.nl
Onderwerp: Betalingsregeling huurachterstand – huurovereenkomst HO-2019-05521

Beste mevrouw Dekker,

Naar aanleiding van uw brief van 2 april over de huurachterstand van € 1.684,00 (twee maanden huur à € 842,00) wil ik een betalingsregeling voorstellen. Mijn vriendin, Yasmina El Idrissi, en ik hebben allebei onze baan bij Transportbedrijf Van Gool verloren door een reorganisatie.

Voorstel: 12 termijnen van € 140,33, met ingang van 1 mei, automatisch vanaf NL83 TRIO 0773 0984 38.

Ons adres is Schiedamseweg 204-B, 3025 AH Rotterdam. Mijn geboortedatum is 14-07-1988, voor als u die nodig heeft voor het dossier.

U kunt mij bellen op 06-11 84 27 63.

Met vriendelijke groet,
Rachid Benali

> Op 2 apr. 2025 schreef Annelies Dekker <a.dekker@woonstadwest.nl>:
> Geachte heer Benali, wij hebben de huur over februari en maart nog niet ontvangen.""",
planted=[
    P("Rachid Benali", "name", ["Rachid", "Benali"]),
    P("r.benali@hotmail.nl", "email", ["r.benali@hotmail.nl", "r.benali"]),
    P("Yasmina El Idrissi", "name", ["Yasmina", "Idrissi"]),
    P("NL83 TRIO 0773 0984 38", "iban", check="iban"),
    P("Schiedamseweg 204-B, 3025 AH Rotterdam", "address", ["Schiedamseweg 204-B", "3025 AH"]),
    P("14-07-1988", "birth_date"),
    P("06-11 84 27 63", "phone"),
    P("Annelies Dekker", "name", ["Annelies", "Dekker"]),
    P("a.dekker@woonstadwest.nl", "email", ["a.dekker@woonstadwest.nl", "a.dekker"]),
],
lookalikes=[
    L("HO-2019-05521", "contract_number"),
    L("2 april", "date"),
    L("€ 1.684,00", "amount"),
    L("€ 842,00", "price"),
    L("Transportbedrijf Van Gool", "company_name"),
    L("12 termijnen van € 140,33", "payment_plan"),
    L("1 mei", "date"),
]))

RECORDS.append(dict(id="nl-email-007", language="nl", channel="email", text="""Aan: patientendienst@azsintelisabeth.be
Onderwerp: Aanvraag kopie medisch dossier

Goedemiddag,

Graag had ik een kopie ontvangen van mijn medisch dossier van de dienst orthopedie, in het bijzonder het verslag van de knieoperatie op 18 november (opnamenummer 24-118730) en de RX-beelden van 2 december.

Mijn gegevens:
Marie-Louise Claes
geboren op 19 augustus 1969
rijksregisternummer 69.08.19-873.62
Koolmijnlaan 221, 3582 Beringen
GSM +32 496 47 02 18

Mijn huisarts, dr. Koen Vermeiren, mag ook een kopie krijgen.
Ik begrijp dat de eerste 100 pagina's gratis zijn.

Vriendelijke groeten,
Marie-Louise Claes
ml.claes@skynet.be

--
Dit bericht werd verzonden vanaf mijn iPad""",
planted=[
    P("Marie-Louise Claes", "name", ["Marie-Louise", "Marie", "Louise", "Claes"]),
    P("19 augustus 1969", "birth_date"),
    P("69.08.19-873.62", "national_id", check="be_rrn"),
    P("Koolmijnlaan 221, 3582 Beringen", "address", ["Koolmijnlaan 221", "3582"]),
    P("+32 496 47 02 18", "phone"),
    P("dr. Koen Vermeiren", "name", ["Koen", "Vermeiren"]),
    P("ml.claes@skynet.be", "email", ["ml.claes@skynet.be", "ml.claes"]),
],
lookalikes=[
    L("18 november", "date"),
    L("24-118730", "admission_number"),
    L("2 december", "date"),
    L("100 pagina's", "quantity"),
    L("iPad", "product"),
    L("patientendienst@azsintelisabeth.be", "organisation_email"),
]))

RECORDS.append(dict(id="nl-email-008", language="nl", channel="email", text="""---------- Doorgestuurd bericht ---------
Van: Erik-Jan Sloot <ej.sloot@bouwbedrijf-dekrook.nl>
Datum: do 6 feb. 2025 om 16:20
Onderwerp: Schademelding leaseauto
Aan: Schade LeaseDirect <schade@leasedirect.nl>

Goedemiddag,

Onze medewerker Lars Hendriksen heeft op 5 februari schade gereden met leaseauto Volkswagen ID.4, kenteken S-914-PL (leasecontract LD-300871). Hij is niet gewond. De tegenpartij, Annemarie Jonkman, heeft het Europees schadeformulier ondertekend; haar kenteken is 52-KTB-7.

Gegevens bestuurder:
Lars Hendriksen, geb. 03-04-1992
Rijbewijsnummer 4920117735
Mobiel: +31 6 3048 1175

Reparatie kan bij dealer Pon Autopark, offertenummer Q-77412, inschatting € 3.120 excl. btw.

Met vriendelijke groet,
Erik-Jan Sloot
Wagenparkbeheer Bouwbedrijf De Krook
Industrieweg 8, 7903 AK Hoogeveen · 0528 123 456""",
planted=[
    P("Erik-Jan Sloot", "name", ["Erik-Jan", "Erik", "Jan", "Sloot"]),
    P("ej.sloot@bouwbedrijf-dekrook.nl", "email", ["ej.sloot@bouwbedrijf-dekrook.nl", "ej.sloot"]),
    P("Lars Hendriksen", "name", ["Lars", "Hendriksen"]),
    P("S-914-PL", "plate"),
    P("Annemarie Jonkman", "name", ["Annemarie", "Jonkman"]),
    P("52-KTB-7", "plate"),
    P("03-04-1992", "birth_date"),
    P("4920117735", "national_id"),
    P("+31 6 3048 1175", "phone"),
],
lookalikes=[
    L("do 6 feb. 2025 om 16:20", "timestamp"),
    L("5 februari", "date"),
    L("Volkswagen ID.4", "product"),
    L("LD-300871", "contract_number"),
    L("Pon Autopark", "company_name"),
    L("Q-77412", "quote_number"),
    L("€ 3.120", "amount"),
]))
