# Dutch / Flemish e-mails (8): headers, quoted replies, forwards, signatures, footers.
# Hand-written; all persons made up.  Organisation contact details are left unannotated.

RECORDS = [
{
"id": "nl-email-001",
"note": "NL travel insurance complaint, reply on top of a quoted answer",
"text": """Van: Hanneke Visser <h.visser@example.nl>
Aan: Klantenservice Zekerheid Verzekeringen <klantenservice@zekerheid.example>
Onderwerp: RE: Uw schademelding 2024-SR-55810

Geachte heer Bos,

Ik ben het niet eens met de afwijzing. Mijn telefoon (iPhone 13, aankoopbedrag € 729) is wel degelijk gestolen uit mijn tas en niet "onbeheerd achtergelaten". Het proces-verbaal van de politie in Lissabon heb ik op 4 oktober al meegestuurd.

Ter identificatie: polisnummer ZR-0071-4482, geboortedatum 19-05-1975. Een eventuele uitkering graag op NL68 INGB 9904 7984 85.

Ik verwacht binnen 14 dagen een inhoudelijke reactie, anders dien ik een klacht in bij het Kifid.

Met vriendelijke groet,
Hanneke Visser
Parkweg 3
7311 CX Apeldoorn
06 24 71 90 38

Op 12 feb. 2025 om 10:14 schreef Klantenservice Zekerheid Verzekeringen <klantenservice@zekerheid.example>:
> Geachte mevrouw Visser,
>
> Wij hebben uw schademelding 2024-SR-55810 beoordeeld. Helaas kunnen wij de schade niet vergoeden, omdat de telefoon volgens uw eigen verklaring op het terras onbeheerd was.
>
> Met vriendelijke groet,
> Richard Bos
> Schadebehandelaar Reizen
> Zekerheid Verzekeringen | Postbus 4120 | 3006 AC Rotterdam""",
"planted": [
    ("Hanneke Visser", "name", ["Hanneke", "Visser"]),
    ("h.visser@example.nl", "email", ["h.visser@example.nl", "h.visser"]),
    ("Richard Bos", "name", ["Richard", "Bos"]),
    ("19-05-1975", "birth_date", ["19-05-1975"]),
    ("NL68 INGB 9904 7984 85", "iban", ["NL68 INGB 9904 7984 85"]),
    ("Parkweg 3", "address", ["Parkweg 3"]),
    ("7311 CX", "postcode", ["7311 CX"]),
    ("06 24 71 90 38", "phone", ["06 24 71 90 38"]),
],
"lookalikes": [
    ("2024-SR-55810", "claim_number"),
    ("iPhone 13", "product_name"),
    ("€ 729", "price"),
    ("4 oktober", "date"),
    ("ZR-0071-4482", "policy_number"),
    ("14 dagen", "duration"),
    ("12 feb. 2025 om 10:14", "datetime"),
],
},
{
"id": "nl-email-002",
"note": "NL housing association, internal forward of a tenant's noise complaint",
"text": """Hoi Marja,

Zie onderstaande klacht, wil jij dit meenemen in het wijkoverleg? Dit is al de derde melding over dit adres (dossier 2025-0091).

Groet,
Dennis Koster
Woonconsulent | Woonpunt Rijnmond

---------- Doorgestuurd bericht ---------
Van: Peter Hofman <peter.hofman@example.com>
Datum: ma 6 jan 2025 om 09:12
Onderwerp: Geluidsoverlast
Aan: <info@woonpunt-rijnmond.example>

Goedemorgen,

Ik woon op de Boezemsingel 14B, 3034 EA Rotterdam (complex 3120). Mijn onderbuurman, de heer Verhoeven, heeft elk weekend tot diep in de nacht harde muziek aan. Afgelopen zaterdag 4 januari tot 03:30. Ik heb al twee keer aangebeld maar hij doet niet open.

Ik heb een geluidsopname van 12 minuten gemaakt, die kan ik sturen als dat helpt.

Kunt u mij terugbellen op 010 467 22 19? Na 17:00 ben ik thuis.

Vriendelijke groet,
Peter Hofman""",
"planted": [
    ("Marja", "name", ["Marja"]),
    ("Dennis Koster", "name", ["Dennis", "Koster"]),
    ("Peter Hofman", "name", ["Peter", "Hofman"]),
    ("peter.hofman@example.com", "email", ["peter.hofman@example.com", "peter.hofman"]),
    ("Boezemsingel 14B", "address", ["Boezemsingel 14B"]),
    ("3034 EA", "postcode", ["3034 EA"]),
    ("Verhoeven", "name", ["Verhoeven"]),
    ("010 467 22 19", "phone", ["010 467 22 19"]),
],
"lookalikes": [
    ("2025-0091", "case_number"),
    ("Woonpunt Rijnmond", "company_name"),
    ("ma 6 jan 2025 om 09:12", "datetime"),
    ("complex 3120", "reference"),
    ("zaterdag 4 januari tot 03:30", "datetime"),
    ("12 minuten", "duration"),
    ("17:00", "time"),
],
},
{
"id": "nl-email-003",
"note": "Flemish hospital, patient reschedules an appointment, rijksregisternummer given",
"text": """Onderwerp: Verplaatsen afspraak cardiologie
Van: Martine Goossens <martine.goossens@example.be>
Aan: afspraken@azleiedal.example

Geachte,

Ik heb een afspraak bij dr. Vermeersch op dinsdag 18 maart om 10u30 (afspraaknummer AFS-0318-2291), maar ik kan dan niet. Mijn dochter Evelien brengt mij altijd en zij moet die week werken.

Zou het ook in de week van 24 maart kunnen, liefst in de namiddag?

Mijn gegevens:
Martine Goossens
geboren 08/02/1965
rijksregisternummer 65.02.08-006.66
Doorniksewijk 77, 8500 Kortrijk
tel. 056 21 37 49 of gsm 0472 18 60 93

Alvast bedankt.
Vriendelijke groeten,
Martine Goossens

--
AZ Leiedal – Volg route 42 naar de polikliniek cardiologie. Dit bericht is automatisch beantwoord; u krijgt binnen 2 werkdagen een reactie.""",
"planted": [
    ("Martine Goossens", "name", ["Martine", "Goossens"]),
    ("martine.goossens@example.be", "email", ["martine.goossens@example.be", "martine.goossens"]),
    ("Vermeersch", "name", ["Vermeersch"]),
    ("Evelien", "name", ["Evelien"]),
    ("08/02/1965", "birth_date", ["08/02/1965"]),
    ("65.02.08-006.66", "national_id", ["65.02.08-006.66"], "rrn"),
    ("Doorniksewijk 77", "address", ["Doorniksewijk 77"]),
    ("8500", "postcode", ["8500"]),
    ("056 21 37 49", "phone", ["056 21 37 49"]),
    ("0472 18 60 93", "phone", ["0472 18 60 93"]),
],
"lookalikes": [
    ("dinsdag 18 maart om 10u30", "datetime"),
    ("AFS-0318-2291", "appointment_number"),
    ("24 maart", "date"),
    ("AZ Leiedal", "company_name"),
    ("route 42", "route"),
    ("2 werkdagen", "duration"),
],
},
{
"id": "nl-email-004",
"note": "NL garden web shop, damaged delivery, refund to IBAN; quoted agent reply with hyphenated first name",
"text": """Van: Jolanda Meijer <jolanda.meijer@example.nl>
Verzonden: donderdag 24 april 2025 21:03
Aan: Tuinhuis Ome Piet <service@tuinhuisomepiet.example>
Onderwerp: Re: Bestelling 700-2281946

Hallo Anne-Fleur,

Bedankt voor je snelle reactie. Hierbij de foto's van de kapotte potten. Het pakket is afgegeven bij mijn buurvrouw mevrouw Kuipers en de doos was toen al ingedeukt (track & trace 3SXPQ0091827355).

Het gaat om 2 x Olijfboom in pot à € 44,95 op factuur F-2025-118702. Het bedrag mag terug op NL02 KNAB 8662 5357 87 ten name van J. Meijer.

Mijn adres voor eventuele vervanging is nog steeds Hazelaarstraat 41, 5043 NK Tilburg. Bellen mag ook: 013 536 02 71.

Groetjes,
Jolanda Meijer

> Op 24-04-2025 11:47 schreef Tuinhuis Ome Piet:
> Beste mevrouw Meijer,
> Wat vervelend dat uw bestelling beschadigd is aangekomen! Kunt u ons foto's sturen van de schade? Dan lossen we het snel op.
> Zonnige groet,
> Anne-Fleur
> Team Tuinhuis Ome Piet""",
"planted": [
    ("Jolanda Meijer", "name", ["Jolanda", "Meijer"]),
    ("jolanda.meijer@example.nl", "email", ["jolanda.meijer@example.nl", "jolanda.meijer"]),
    ("Anne-Fleur", "name", ["Anne-Fleur", "Anne", "Fleur"]),
    ("Kuipers", "name", ["Kuipers"]),
    ("NL02 KNAB 8662 5357 87", "iban", ["NL02 KNAB 8662 5357 87"]),
    ("Hazelaarstraat 41", "address", ["Hazelaarstraat 41"]),
    ("5043 NK", "postcode", ["5043 NK"]),
    ("013 536 02 71", "phone", ["013 536 02 71"]),
],
"lookalikes": [
    ("Tuinhuis Ome Piet", "company_name"),
    ("700-2281946", "order_number"),
    ("3SXPQ0091827355", "tracking_number"),
    ("2 x Olijfboom in pot", "product_name"),
    ("€ 44,95", "price"),
    ("F-2025-118702", "invoice_number"),
    ("donderdag 24 april 2025 21:03", "datetime"),
],
},
{
"id": "nl-email-005",
"note": "NL employee to payroll: address, IBAN and partner (double-barrelled name) changes",
"text": """Aan: salarisadministratie@noorderlicht.example
Onderwerp: Wijzigingen adres, rekening en partner

Beste Ingrid,

Zoals telefonisch besproken hierbij mijn wijzigingen, graag verwerken vóór de salarisrun van 1 juni 2025.

Naam: Sander Veenstra
BSN: 577463706
Geboortedatum: 11-12-1984
Nieuw adres (per 15 mei): Eikenlaan 9, 9351 PK Leek
Nieuw rekeningnummer: NL54 KNAB 0754 1150 54

Daarnaast wil ik mijn partner laten registreren voor het partnerpensioen bij Pensioenfonds Noordzorg: Laura Veenstra-Bos. Het formulier LH-2025-07 heb ik ondertekend bijgevoegd.

Mijn contract blijft 36 uur per week. Op de strook van mei stond overigens € 3.112,50 bruto, terwijl dat met de cao-verhoging van 3,5% hoger had moeten zijn. Kun je daar ook naar kijken?

Bij vragen ben ik bereikbaar op 06 70 12 45 98 of via dit adres, sander.veenstra@example.com.

Met vriendelijke groet,
Sander Veenstra
Verpleegkundige, afdeling Interne Geneeskunde

Zorggroep Noorderlicht – Postbus 30001 – 9700 RB Groningen – www.noorderlicht.example""",
"planted": [
    ("Ingrid", "name", ["Ingrid"]),
    ("Sander Veenstra", "name", ["Sander", "Veenstra"]),
    ("577463706", "national_id", ["577463706"], "bsn"),
    ("11-12-1984", "birth_date", ["11-12-1984"]),
    ("Eikenlaan 9", "address", ["Eikenlaan 9"]),
    ("9351 PK", "postcode", ["9351 PK"]),
    ("NL54 KNAB 0754 1150 54", "iban", ["NL54 KNAB 0754 1150 54"]),
    ("Laura Veenstra-Bos", "name", ["Laura", "Veenstra-Bos", "Veenstra", "Bos"]),
    ("06 70 12 45 98", "phone", ["06 70 12 45 98"]),
    ("sander.veenstra@example.com", "email", ["sander.veenstra@example.com", "sander.veenstra"]),
],
"lookalikes": [
    ("1 juni 2025", "date"),
    ("Pensioenfonds Noordzorg", "company_name"),
    ("LH-2025-07", "reference"),
    ("36 uur", "quantity"),
    ("€ 3.112,50", "amount"),
    ("3,5%", "percentage"),
],
},
{
"id": "nl-email-006",
"note": "NL lease company forwards a speeding fine; driver replies that his wife was driving",
"text": """Van: Martijn Akkerman <m.akkerman@example.nl>
Aan: Boetes FleetPro Lease <boetes@fleetpro.example>
Onderwerp: RE: Verkeersboete kenteken N-492-JD

Beste Saskia,

Op dat moment reed mijn vrouw in de auto, niet ik. Haar gegevens voor de tenaamstelling van de boete:

Nicole Akkerman-de Haan
geboren 27-03-1986
rijbewijsnummer 5104873926
zelfde adres: Lepelaarsingel 102, 3083 NE Rotterdam

Kunnen jullie de boete op haar naam laten overschrijven? Zij is bereikbaar op 06 59 30 71 12.

Groet,
Martijn

-----Oorspronkelijk bericht-----
Van: Boetes FleetPro Lease
Verzonden: dinsdag 18 februari 2025 08:55
Aan: m.akkerman@example.nl
Onderwerp: Verkeersboete kenteken N-492-JD

Beste heer Akkerman,

Wij ontvingen van het CJIB een beschikking voor uw leaseauto (leasecontract FL-558201) met kenteken N-492-JD: snelheidsovertreding van 17 km/u op 12-02-2025 om 17:48, bedrag € 109. Beschikkingsnummer 6000 0012 7734 9912.

Conform de leasevoorwaarden brengen wij € 12,50 administratiekosten in rekening.

Met vriendelijke groet,
Saskia Brouwer
Afdeling Boetes | FleetPro Lease""",
"planted": [
    ("Martijn Akkerman", "name", ["Martijn", "Akkerman"]),
    ("m.akkerman@example.nl", "email", ["m.akkerman@example.nl", "m.akkerman"]),
    ("N-492-JD", "plate", ["N-492-JD"]),
    ("Saskia Brouwer", "name", ["Saskia", "Brouwer"]),
    ("Nicole Akkerman-de Haan", "name", ["Nicole", "Akkerman-de Haan", "Akkerman", "Haan"]),
    ("27-03-1986", "birth_date", ["27-03-1986"]),
    ("5104873926", "national_id", ["5104873926"], "none"),
    ("Lepelaarsingel 102", "address", ["Lepelaarsingel 102"]),
    ("3083 NE", "postcode", ["3083 NE"]),
    ("06 59 30 71 12", "phone", ["06 59 30 71 12"]),
],
"lookalikes": [
    ("FleetPro Lease", "company_name"),
    ("FL-558201", "contract_number"),
    ("17 km/u", "quantity"),
    ("12-02-2025 om 17:48", "datetime"),
    ("€ 109", "price"),
    ("6000 0012 7734 9912", "reference"),
    ("€ 12,50", "price"),
],
},
{
"id": "nl-email-007",
"note": "Flemish water utility, meter reading and direct debit; quoted reply from the utility",
"text": """Van: Stijn Mertens <stijn.mertens@example.be>
Aan: klantendienst@aquaverde.example
Onderwerp: Re: Meterstand doorgeven – watermeter 21WM0388152

Dag Griet,

Excuses voor de late reactie. De meterstand op 31 december was 1.284 m³ (foto in bijlage).

We zijn met twee volwassenen op het adres, ik en mijn partner Katrien, dus het gezinsbijdrage-tarief mag aangepast worden.

De voorschotfactuur van € 61,00 per maand mag voortaan via domiciliëring van BE24 1263 4083 5438.

Adres: Zavelstraat 16, 3010 Kessel-Lo
Gsm: 0494 73 28 16

Groeten,
Stijn Mertens

> Van: Aquaverde klantendienst
> Verzonden: 6 januari 2025
>
> Beste klant,
> Wij hebben uw meterstand voor watermeter 21WM0388152 nog niet ontvangen. Gelieve deze door te geven vóór 20 januari 2025.
> Met vriendelijke groeten,
> Griet
> Aquaverde – Klantendienst 078 35 35 99""",
"planted": [
    ("Stijn Mertens", "name", ["Stijn", "Mertens"]),
    ("stijn.mertens@example.be", "email", ["stijn.mertens@example.be", "stijn.mertens"]),
    ("Griet", "name", ["Griet"]),
    ("Katrien", "name", ["Katrien"]),
    ("BE24 1263 4083 5438", "iban", ["BE24 1263 4083 5438"]),
    ("Zavelstraat 16", "address", ["Zavelstraat 16"]),
    ("3010", "postcode", ["3010"]),
    ("0494 73 28 16", "phone", ["0494 73 28 16"]),
],
"lookalikes": [
    ("21WM0388152", "meter_number"),
    ("31 december", "date"),
    ("1.284 m³", "quantity"),
    ("€ 61,00", "price"),
    ("20 januari 2025", "date"),
    ("6 januari 2025", "date"),
],
},
{
"id": "nl-email-008",
"note": "NL secondary school: parent about a school trip, refund and new address",
"text": """Onderwerp: Excursie Berlijn – Luuk Schouten, 3 havo B
Aan: administratie@lyceumoostergo.example; mentor 3HB

Beste meneer Van der Linden,

Luuk kan helaas niet mee met de excursie naar Berlijn van 14 t/m 18 april, hij heeft een gebroken enkel. Kan de bijdrage van € 385 worden teruggestort? Rekeningnummer NL79 INGB 4062 2950 63 t.n.v. W. Schouten.

Voor de verzekering vroeg de administratie zijn geboortedatum: 30-09-2010.

Verder zijn we verhuisd. Het nieuwe adres is Tjalkstraat 8, 8602 BC Sneek. Ik ben het best bereikbaar op 06 21 64 80 53.

Met vriendelijke groet,
Wendy Schouten
moeder van Luuk

Verzonden vanaf mijn iPhone

________________________________
Lyceum Oostergo | Stationsweg 12 | 8601 EE Sneek | 0515 41 20 00
Dit bericht kan vertrouwelijke informatie bevatten.""",
"planted": [
    ("Luuk Schouten", "name", ["Luuk", "Schouten"]),
    ("Linden", "name", ["Linden"]),
    ("NL79 INGB 4062 2950 63", "iban", ["NL79 INGB 4062 2950 63"]),
    ("30-09-2010", "birth_date", ["30-09-2010"]),
    ("Tjalkstraat 8", "address", ["Tjalkstraat 8"]),
    ("8602 BC", "postcode", ["8602 BC"]),
    ("06 21 64 80 53", "phone", ["06 21 64 80 53"]),
    ("Wendy Schouten", "name", ["Wendy", "Schouten"]),
],
"lookalikes": [
    ("3 havo B", "class_name"),
    ("3HB", "class_name"),
    ("14 t/m 18 april", "date"),
    ("€ 385", "price"),
    ("iPhone", "product_name"),
    ("Lyceum Oostergo", "company_name"),
],
},
]
