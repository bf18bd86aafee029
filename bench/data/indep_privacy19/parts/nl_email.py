from rec import P, L, R

RECORDS = [
R("nl-email-001", """
Van: Erik-Jan Smulders <e.smulders@example.com>
Aan: Klantenservice Stroomlijn Energie <service@stroomlijn.example>
Onderwerp: RE: Jaarafrekening 2023 – klantnummer 30088127

Beste meneer/mevrouw,

Ik ben het niet eens met de jaarafrekening. Volgens jullie heb ik 4.812 kWh verbruikt, maar mijn meterstand op 31 december was 21.447 en niet 23.104. Ik heb een foto van de meter gemaakt (zie bijlage), het meternummer is E0031400012345678.

Ik wil dus niet dat de € 384,16 wordt afgeschreven voordat dit is uitgezocht. Het gaat om het adres Hazelaarstraat 14 in Nijmegen, daar woon ik sinds 2019.

Met vriendelijke groet,

Erik-Jan Smulders
Hazelaarstraat 14
6533 XK Nijmegen
06 44 18 92 07

> Van: Klantenservice Stroomlijn Energie <service@stroomlijn.example>
> Verzonden: maandag 8 januari 2024 09:12
> Aan: e.smulders@example.com
> Onderwerp: Jaarafrekening 2023 – klantnummer 30088127
>
> Beste heer Smulders,
>
> In de bijlage vindt u uw jaarafrekening over 2023. U moet € 384,16 bijbetalen. Dit bedrag schrijven we rond 22 januari af van rekening NL59 SNSB 4547 5636 69.
>
> Met vriendelijke groet,
>
> Demi Koopmans
> Klantenservice Stroomlijn Energie
> Postbus 1234, 3500 AA Utrecht | 030 799 00 00
""",
[
    P("Erik-Jan Smulders", "name", "Erik-Jan", "Erik", "Jan", "Smulders"),
    P("e.smulders@example.com", "email", "e.smulders@example.com", "e.smulders"),
    P("Hazelaarstraat 14", "address"),
    P("6533 XK", "postcode"),
    P("06 44 18 92 07", "phone"),
    P("NL59 SNSB 4547 5636 69", "iban"),
    P("Demi Koopmans", "name", "Demi", "Koopmans"),
],
[
    L("30088127", "customer_number"),
    L("4.812 kWh", "quantity"),
    L("21.447", "meter_number"),
    L("23.104", "meter_number"),
    L("E0031400012345678", "meter_number"),
    L("€ 384,16", "price"),
    L("maandag 8 januari 2024 09:12", "datetime"),
    L("22 januari", "date"),
]),

R("nl-email-002", """
Van: Yusuf Demir <yusuf.demir@example.net>
Aan: belastingen@zuiderveld.example
Onderwerp: Fwd: Aanmaning gemeentelijke belastingen 2024

Goedendag,

Ik heb onderstaande aanmaning gekregen, maar ik heb in februari al een betalingsregeling aangevraagd. Kunt u dit nakijken? Mijn BSN is 676081411. Ik wil graag in 6 termijnen betalen vanaf rekening NL68 RBRB 0078 5897 61. Mijn vrouw, Elif Demir-Arslan, staat ook op de aanslag, zij gaat akkoord.

Groet,
Yusuf Demir
tel. 06-19 73 40 28

---------- Doorgestuurd bericht ---------
Van: Belastingsamenwerking Zuiderveld <noreply@bsz.example>
Datum: di 12 mrt 2024 om 07:30
Onderwerp: Aanmaning gemeentelijke belastingen 2024
Aan: <yusuf.demir@example.net>

Geachte heer Y. Demir,

Op het aanslagbiljet met aanslagnummer 2024.118.55.907 staat nog een bedrag van € 612,40 open voor het object Spoorlaan 71 D, 7731 CE Ommen (WOZ-objectnummer 0175 0000 4471 2098).

Wij verzoeken u dit bedrag, vermeerderd met € 7,00 aanmaningskosten, binnen 14 dagen te voldoen.

Met vriendelijke groet,
Belastingsamenwerking Zuiderveld
""",
[
    P("Yusuf Demir", "name", "Yusuf", "Demir"),
    P("yusuf.demir@example.net", "email", "yusuf.demir@example.net", "yusuf.demir"),
    P("676081411", "national_id", check="bsn"),
    P("NL68 RBRB 0078 5897 61", "iban"),
    P("Elif Demir-Arslan", "name", "Elif", "Demir", "Arslan", "Demir-Arslan"),
    P("06-19 73 40 28", "phone"),
    P("Spoorlaan 71 D, 7731 CE Ommen", "address", "Spoorlaan 71 D", "7731 CE"),
],
[
    L("6 termijnen", "quantity"),
    L("Belastingsamenwerking Zuiderveld", "company_name"),
    L("di 12 mrt 2024 om 07:30", "datetime"),
    L("2024.118.55.907", "reference"),
    L("€ 612,40", "price"),
    L("0175 0000 4471 2098", "reference"),
    L("€ 7,00", "price"),
    L("14 dagen", "duration"),
]),

R("nl-email-003", """
Van: Sofie Wuyts <sofie.wuyts@example.com>
Aan: Annelies Vandenbroucke <annelies.vandenbroucke@example.org>
Cc: secretariaat@dewilg.example
Onderwerp: Re: afwezigheid Lore + nieuw adres

Dag juf Annelies,

Lore is nog altijd ziek, ze heeft 39 graden koorts. Ze blijft thuis tot en met vrijdag 22 maart. Het doktersbriefje van dokter Verstraete geef ik maandag mee.

Zoals gevraagd hierbij ook het rijksregisternummer van Lore voor het secretariaat: 17.03.08-146.21. En we zijn sinds deze maand verhuisd, het nieuwe adres is Molenstraat 58, 8500 Kortrijk. Mijn gsm blijft hetzelfde (0472 61 38 90), het gsm-nummer van haar papa, Jens Goossens, is 0491 27 45 13.

Voor de schoolreis naar Planckendael op 14 mei betalen we de € 18,50 via Smartschool.

Vriendelijke groeten,
Sofie Wuyts
mama van Lore Goossens (3de leerjaar B)

Op ma 18 mrt. 2024 om 16:02 schreef Annelies Vandenbroucke <annelies.vandenbroucke@example.org>:
> Dag mama van Lore,
> Beterschap aan Lore! Zou je het rijksregisternummer nog willen doorgeven? Het secretariaat heeft het nodig voor de inschrijving.
> Groetjes,
> juf Annelies
> --
> GO! Basisschool De Wilg | Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
""",
[
    P("Sofie Wuyts", "name", "Sofie", "Wuyts"),
    P("sofie.wuyts@example.com", "email", "sofie.wuyts@example.com", "sofie.wuyts"),
    P("Annelies Vandenbroucke", "name", "Annelies", "Vandenbroucke"),
    P("annelies.vandenbroucke@example.org", "email",
      "annelies.vandenbroucke@example.org", "annelies.vandenbroucke"),
    P("Lore Goossens", "name", "Lore", "Goossens"),
    P("Verstraete", "name", "Verstraete"),
    P("17.03.08-146.21", "national_id", check="rrn"),
    P("Molenstraat 58, 8500 Kortrijk", "address", "Molenstraat 58", "8500"),
    P("0472 61 38 90", "phone"),
    P("Jens Goossens", "name", "Jens", "Goossens"),
    P("0491 27 45 13", "phone"),
],
[
    L("39 graden", "measurement"),
    L("vrijdag 22 maart", "date"),
    L("Planckendael", "place_name"),
    L("14 mei", "date"),
    L("€ 18,50", "price"),
    L("Smartschool", "product_name"),
    L("3de leerjaar B", "class_name"),
    L("GO! Basisschool De Wilg", "company_name"),
]),

R("nl-email-004", """
Van: Roel Vissers <roel.vissers@example.com>
Aan: schade@zonvast.example
Onderwerp: Re: Uw schademelding ZV-2024-07781 (bagage)

Beste mevrouw Bouzid,

Dank voor uw snelle reactie. Hierbij de gevraagde gegevens:

- Verzekerde: Roel Vissers, geboren 11-05-1976
- Medereiziger: Tessa Jonker (mijn partner, staat ook op de polis)
- Vlucht: KL 1678 van Lissabon naar Amsterdam op 2 augustus
- PIR-nummer van de luchtvaartmaatschappij: AMSKL48213
- Inhoud koffer: kleding, toilettas en een Samsonite koffer, totale waarde ongeveer € 649
- Uitkering graag op NL98 RBRB 0646 4173 27

Ons adres is nog steeds Schoolstraat 9, 5911 BE Venlo. Ik ben overdag het best bereikbaar op 077 320 48 51.

Met vriendelijke groet,
Roel Vissers

Op 6 aug. 2024, om 11:47, heeft Zonvast Reisverzekeringen <schade@zonvast.example> het volgende geschreven:

> Geachte heer Vissers,
>
> Wij hebben uw schademelding ontvangen onder nummer ZV-2024-07781. Om de schade te kunnen behandelen hebben wij het PIR-rapport, een overzicht van de inhoud en uw rekeningnummer nodig.
>
> Met vriendelijke groet,
>
> Nadia Bouzid
> Schadebehandelaar Reizen
> Zonvast Reisverzekeringen | polisnummer 5502-881-34
""",
[
    P("Roel Vissers", "name", "Roel", "Vissers"),
    P("roel.vissers@example.com", "email", "roel.vissers@example.com", "roel.vissers"),
    P("Nadia Bouzid", "name", "Nadia", "Bouzid"),
    P("11-05-1976", "birth_date"),
    P("Tessa Jonker", "name", "Tessa", "Jonker"),
    P("NL98 RBRB 0646 4173 27", "iban"),
    P("Schoolstraat 9", "address"),
    P("5911 BE", "postcode"),
    P("077 320 48 51", "phone"),
],
[
    L("ZV-2024-07781", "claim_number"),
    L("KL 1678", "flight_number"),
    L("2 augustus", "date"),
    L("AMSKL48213", "reference"),
    L("Samsonite", "brand"),
    L("€ 649", "price"),
    L("6 aug. 2024, om 11:47", "datetime"),
    L("5502-881-34", "policy_number"),
]),

R("nl-email-005", """
Van: Marjolein Hoekstra <mhoekstra@example.net>
Aan: info@gebroedershofman.example
Onderwerp: Klacht bestelling 2024-0388 – verkeerde bank geleverd

Geachte heer, mevrouw,

Op 15 maart is bij mij de bank Lisa 3-zits bezorgd (bestelling 2024-0388, € 1.299). Helaas is het de verkeerde kleur: ik had oker besteld en er is donkergroen geleverd. De bezorger, Dennis volgens de pakbon, wilde de oude niet meenemen. Mijn schoonzoon Kevin heeft hem toen samen met mij naar binnen gedragen, want het kon niet op de stoep blijven staan.

Ik wil graag dat u de juiste bank levert en deze ophaalt. Daarnaast heb ik voor de bezorging € 59 betaald voor 'plaatsen in de kamer', wat niet is gebeurd. Ik verzoek u dat bedrag terug te storten op NL30 RBRB 9977 8880 03.

Mijn adres: Wilhelminastraat 112, 8911 BV Leeuwarden. U kunt mij bellen op 058 215 67 30, liefst na 17.00 uur.

Met vriendelijke groet,

M. Hoekstra

--
Meubelhandel Gebroeders Hofman | KvK 61234501 | btw NL001234567B01
Dit is een automatisch ontvangstbericht: uw e-mail is ontvangen onder ticketnummer #558102.
""",
[
    P("Marjolein Hoekstra", "name", "Marjolein", "Hoekstra"),
    P("mhoekstra@example.net", "email", "mhoekstra@example.net", "mhoekstra"),
    P("Dennis", "name", "Dennis"),
    P("Kevin", "name", "Kevin"),
    P("NL30 RBRB 9977 8880 03", "iban"),
    P("Wilhelminastraat 112, 8911 BV Leeuwarden", "address", "Wilhelminastraat 112", "8911 BV"),
    P("058 215 67 30", "phone"),
],
[
    L("15 maart", "date"),
    L("bank Lisa 3-zits", "product_name"),
    L("2024-0388", "order_number"),
    L("€ 1.299", "price"),
    L("€ 59", "price"),
    L("17.00 uur", "time"),
    L("Meubelhandel Gebroeders Hofman", "company_name"),
    L("KvK 61234501", "kvk_number"),
    L("NL001234567B01", "vat_number"),
    L("#558102", "ticket_number"),
]),

R("nl-email-006", """
Van: Priya Ramdin <priya.ramdin@example.com>
Aan: Marco Visser <m.visser@privatelease-direct.example>
Onderwerp: Re: Schademelding D-151-SZ / contract PL-2022-44817

Hoi Marco,

Dank je voor het bellen vanochtend. Zoals afgesproken stuur ik hierbij de gegevens:

Bestuurder ten tijde van de schade: mijn broer, Ravi Ramdin (hij staat als tweede bestuurder op het contract).
Rijbewijsnummer Ravi: 5123904871
Zijn geboortedatum: 27-01-1995
Kilometerstand: 48.230 km
Schade: kras en deuk op de achterbumper, rechts, ontstaan bij het parkeren in de garage van ons appartementencomplex.

De Kia Niro EV (D-151-SZ) kan vanaf maandag naar de schadehersteller. Ophalen kan op ons adres: Laan van Meerdervoort 402, 2563 BL Den Haag. Bel even van tevoren: 06 14 29 83 70.

Groetjes,
Priya

-----Oorspronkelijk bericht-----
Van: Marco Visser <m.visser@privatelease-direct.example>
Verzonden: dinsdag 9 april 2024 10:05
Aan: priya.ramdin@example.com
Onderwerp: Schademelding D-151-SZ / contract PL-2022-44817

Beste mevrouw Ramdin,

Wilt u ons de gegevens van de bestuurder, het rijbewijsnummer en de kilometerstand sturen? Het eigen risico bedraagt € 250 per schadegeval.

Met vriendelijke groet,
Marco Visser
Accountmanager Private Lease Direct
""",
[
    P("Priya Ramdin", "name", "Priya", "Ramdin"),
    P("priya.ramdin@example.com", "email", "priya.ramdin@example.com", "priya.ramdin"),
    P("Marco Visser", "name", "Marco", "Visser"),
    P("m.visser@privatelease-direct.example", "email",
      "m.visser@privatelease-direct.example", "m.visser"),
    P("D-151-SZ", "plate"),
    P("Ravi Ramdin", "name", "Ravi", "Ramdin"),
    P("5123904871", "national_id", check="none:driving_licence"),
    P("27-01-1995", "birth_date"),
    P("Laan van Meerdervoort 402, 2563 BL Den Haag", "address",
      "Laan van Meerdervoort 402", "2563 BL"),
    P("06 14 29 83 70", "phone"),
],
[
    L("PL-2022-44817", "contract_number"),
    L("48.230 km", "measurement"),
    L("Kia Niro EV", "vehicle_model"),
    L("dinsdag 9 april 2024 10:05", "datetime"),
    L("€ 250", "price"),
    L("Private Lease Direct", "company_name"),
]),

R("nl-email-007", """
Van: H. Dijkstra <henkdijkstra1951@example.net>
Aan: poli.cardiologie@devaart.example
Onderwerp: Afspraak verzetten

Geachte mevrouw, heer,

Ik heb een afspraak op dinsdag 23 april om 09:15 bij de polikliniek Cardiologie voor een Holter-onderzoek. Ik kan dan helaas niet, omdat mijn vrouw die dag geopereerd wordt. Zou de afspraak verzet kunnen worden naar een dag in de week van 6 mei?

Mijn gegevens:
Henk Dijkstra
geboren 2 december 1951
BSN 963911065
Bolwerk 3, 8011 ZB Zwolle
huisarts: dokter Brinkman

Mocht u mij niet kunnen bereiken, dan kunt u contact opnemen met mijn dochter, Ellen Dijkstra, telefoon 06 33 71 20 94. Zelf ben ik bereikbaar op 038 421 09 66.

Met vriendelijke groet,
H. Dijkstra

> Op 2 april 2024 schreef Ziekenhuis De Vaart:
> Geachte heer Dijkstra, hierbij de bevestiging van uw afspraak (afspraaknummer 88120457). Neem uw medicijnoverzicht mee.
> Met vriendelijke groet, Anita, afdeling Patiëntenservice
""",
[
    P("henkdijkstra1951@example.net", "email", "henkdijkstra1951@example.net", "henkdijkstra1951"),
    P("Henk Dijkstra", "name", "Henk", "Dijkstra"),
    P("2 december 1951", "birth_date"),
    P("963911065", "national_id", check="bsn"),
    P("Bolwerk 3, 8011 ZB Zwolle", "address", "Bolwerk 3", "8011 ZB"),
    P("Brinkman", "name", "Brinkman"),
    P("Ellen Dijkstra", "name", "Ellen", "Dijkstra"),
    P("06 33 71 20 94", "phone"),
    P("038 421 09 66", "phone"),
    P("Anita", "name", "Anita"),
],
[
    L("dinsdag 23 april om 09:15", "datetime"),
    L("polikliniek Cardiologie", "department"),
    L("Holter-onderzoek", "service_name"),
    L("week van 6 mei", "date"),
    L("2 april 2024", "date"),
    L("88120457", "appointment_number"),
    L("Ziekenhuis De Vaart", "company_name"),
]),

R("nl-email-008", """
Van: Ward Decock <ward.decock@example.com>
Aan: klantendienst@fluxtel.example
Onderwerp: Klacht trage internetverbinding - factuur 2024-03-448812

Beste,

Al sinds begin maart haal ik thuis maar 20 Mbps, terwijl ik betaal voor het abonnement Flux Giga aan € 74,95 per maand. Ik heb de modem al drie keer herstart en de Wi-Fi Booster 6 losgekoppeld, zonder resultaat.

Wat ik al gecontroleerd heb:
- IP-adres van de modem: 192.0.2.57
- serienummer modem: SN 2218CJ004471
- login Mijn Fluxtel: wdecock82

Mijn vriendin Leen werkt thuis en zit elke dag met haperende videocalls. Ik wil dat er een technieker langskomt op ons adres, Brugsesteenweg 210, 8800 Roeselare, en dat de factuur van maart aangepast wordt. Het bedrag mag teruggestort worden op BE35 0689 4542 1237.

Ge kunt mij bellen op 0478 20 66 14, liefst 's avonds.

Met vriendelijke groeten,
Ward Decock

Verzonden vanaf mijn iPhone
""",
[
    P("Ward Decock", "name", "Ward", "Decock"),
    P("ward.decock@example.com", "email", "ward.decock@example.com", "ward.decock"),
    P("192.0.2.57", "ip"),
    P("wdecock82", "username"),
    P("Leen", "name", "Leen"),
    P("Brugsesteenweg 210, 8800 Roeselare", "address", "Brugsesteenweg 210", "8800"),
    P("BE35 0689 4542 1237", "iban"),
    P("0478 20 66 14", "phone"),
],
[
    L("2024-03-448812", "invoice_number"),
    L("20 Mbps", "speed"),
    L("Flux Giga", "plan_name"),
    L("€ 74,95", "price"),
    L("Wi-Fi Booster 6", "product_name"),
    L("SN 2218CJ004471", "serial_number"),
    L("Mijn Fluxtel", "product_name"),
]),
]
