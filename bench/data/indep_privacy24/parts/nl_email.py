from schema import P, L, R

RECORDS = [
R("nl-email-001", """
    Van: Jolanda Prins <jolanda.prins@example.nl>
    Aan: schade@ideaal.example.nl
    Datum: woensdag 3 april 2024 20:51
    Onderwerp: RE: Uw schademelding 24-WA-01832 – waterschade

    Beste meneer Kuijpers,

    Dank voor uw snelle reactie. Hierbij de gevraagde gegevens:
    - de offerte van Schildersbedrijf Gebr. Visser (€ 2.340,-)
    - foto's van het plafond (5 bijlagen)
    - het rekeningnummer voor de uitkering: NL78 BUNQ 7423 4046 84 t.n.v. J. Prins

    De lekkage kwam van de bovenburen, familie Çelik, Stationsweg 44-2. Zij zijn verzekerd bij een andere maatschappij, hun polisnummer weet ik niet.

    Ik ben bereikbaar op 06 48 11 90 36, liefst na 16.00 uur.

    Met vriendelijke groet,
    Jolanda Prins
    Stationsweg 44-1
    2312 AV Leiden

    Op 3 april 2024 om 10:12 schreef Tom Kuijpers <schade@ideaal.example.nl>:
    > Beste mevrouw Prins,
    >
    > Wij hebben uw melding van waterschade ontvangen op 2 april 2024. Om de schade te
    > kunnen beoordelen hebben wij het volgende van u nodig:
    > - een offerte of factuur voor het herstel
    > - foto's van de schade
    > - uw IBAN
    >
    > Met vriendelijke groet,
    >
    > Tom Kuijpers
    > Schadebehandelaar Wonen
    > Ideaal Verzekeringen | Postbus 2240 | 3500 GE Utrecht | 030 799 40 00
    """,
    [P("Jolanda Prins", "name"),
     P("jolanda.prins@example.nl", "email"),
     P("Tom Kuijpers", "name"),
     P("NL78 BUNQ 7423 4046 84", "iban", scheme="iban"),
     P("Çelik", "name"),
     P("Stationsweg 44-2", "address", mns=["Stationsweg 44-2"]),
     P("06 48 11 90 36", "phone"),
     P("Stationsweg 44-1\n2312 AV Leiden", "address", mns=["Stationsweg 44-1", "2312 AV"])],
    [L("24-WA-01832", "claim_number"), L("Schildersbedrijf Gebr. Visser", "company_named_after_person"),
     L("€ 2.340,-", "price"), L("16.00 uur", "time"), L("2 april 2024", "date"), L("5 bijlagen", "quantity")]),

R("nl-email-002", """
    Onderwerp: Fwd: aanslag inkomstenbelasting 2022
    Van: Mirjam Zwart <mirjamzwart@example.com>
    Datum: di 9 apr 2024 om 21:17
    Aan: info@hermans-administratie.example.nl

    Hoi Rob,

    Zie hieronder, ik snap er niks van. Kun jij ernaar kijken? Mijn BSN is 606786752 en die van Gerben is 272313920, als je die nodig hebt.

    Groetjes, Mirjam

    ---------- Doorgestuurd bericht ---------
    Van: Gerben Zwart <g.zwart@example.net>
    Date: di 9 apr 2024 om 18:02
    Subject: aanslag
    To: Mirjam Zwart <mirjamzwart@example.com>

    Dit kwam vandaag binnen voor ons allebei. € 1.284 bij te betalen, voor 31 mei, betalingskenmerk 4412 2290 1183 0071.
    Ze vragen ook de jaaropgave van de kinderopvang van Jesse (Kinderdagverblijf Dikkertje Dap), hij is geboren op 14-02-2019 dus het hele jaar.
    Volgens mij hebben ze ons oude adres nog gebruikt, maar we wonen sinds maart op Lindenlaan 7, 8331 KJ Steenwijk.
    Als Rob iets terug moet storten kan dat op NL33 KNAB 9089 8416 66. Bel me anders even, 06 2011 3496.

    G.
    """,
    [P("Mirjam Zwart", "name"),
     P("mirjamzwart@example.com", "email"),
     P("Rob", "name"),
     P("606786752", "national_id", scheme="bsn"),
     P("Gerben Zwart", "name"),
     P("272313920", "national_id", scheme="bsn"),
     P("g.zwart@example.net", "email"),
     P("Jesse", "name"),
     P("14-02-2019", "birth_date", scheme="birth", norm="2019-02-14"),
     P("Lindenlaan 7, 8331 KJ Steenwijk", "address", mns=["Lindenlaan 7", "8331 KJ"]),
     P("NL33 KNAB 9089 8416 66", "iban", scheme="iban"),
     P("06 2011 3496", "phone")],
    [L("di 9 apr 2024 om 21:17", "date"), L("€ 1.284", "price"), L("31 mei", "date"),
     L("4412 2290 1183 0071", "payment_reference"), L("Kinderdagverblijf Dikkertje Dap", "organisation")]),

R("nl-email-003", """
    Van: Eveline Koster <e.koster@example.org>
    Verzonden: maandag 15 januari 2024 08:47
    Aan: Klantenservice Woonbron Noord <klantenservice@woonbron.example.nl>
    CC: Ahmed Bouzid <ahmed.bouzid@example.com>
    Onderwerp: Klacht geluidsoverlast Pieter Postlaan 30 / uw kenmerk WO-55120

    Geachte heer/mevrouw,

    Ik woon op de Pieter Postlaan 28 (postcode 5624 BK, Eindhoven) en heb sinds oktober ernstige geluidsoverlast van mijn bovenbuurman, de heer Schouten. Ik heb een logboek bijgehouden: 42 meldingen, bijna altijd tussen 22:00 en 04:00 uur.

    Mijn andere buurman, Ahmed Bouzid (in cc), kan dit bevestigen. Wijkagent Van Rooij is in december ook langs geweest, maar dat heeft niets veranderd.

    Ik verzoek u dringend om actie te ondernemen. Buurtbemiddeling heb ik al geprobeerd.

    Met vriendelijke groet,

    Eveline Koster
    06-23 48 71 09
    huurdernummer 1100-4482
    """,
    [P("Eveline Koster", "name"),
     P("e.koster@example.org", "email"),
     P("Ahmed Bouzid", "name"),
     P("ahmed.bouzid@example.com", "email"),
     P("Pieter Postlaan 30", "address", mns=["Pieter Postlaan 30"]),
     P("Pieter Postlaan 28", "address", mns=["Pieter Postlaan 28"]),
     P("5624 BK", "postcode"),
     P("Schouten", "name"),
     P("Van Rooij", "name"),
     P("06-23 48 71 09", "phone")],
    [L("WO-55120", "ticket_number"), L("maandag 15 januari 2024 08:47", "date"), L("42 meldingen", "quantity"),
     L("22:00", "time"), L("1100-4482", "tenant_number")]),

R("nl-email-004", """
    Van: Griet Vandenbroucke <griet.vdb@example.com>
    Verzonden: donderdag 7 maart 2024 19:33
    Aan: 'Klantendienst Waterleiding Westhoek' <klantendienst@wwh.example.net>
    Onderwerp: RE: Uw verbruik 2023 - klantnummer 30 4471 228

    Beste meneer Maes,

    Mijn meterstand op 31/12 was echt 1.482 m³, niet 2.482 m³. Ik stuur een foto van de meter mee. Een verbruik van 1.214 m³ voor twee personen kan toch niet kloppen?

    Ik woon sinds vorig jaar samen met mijn partner Jonas Declercq op de Poperingseweg 117, 8900 Ieper. De vorige bewoner was mevrouw Vanhove, misschien is er bij de overname iets misgelopen.

    Mogen de voorschotten voortaan van zijn rekening gaan? BE19 6151 4803 4312.

    Vriendelijke groeten,
    Griet Vandenbroucke
    0472 55 19 03

    -----Oorspronkelijk bericht-----
    Van: Dirk Maes <klantendienst@wwh.example.net>
    Verzonden: dinsdag 5 maart 2024 11:02
    Aan: griet.vdb@example.com
    Onderwerp: Uw verbruik 2023 - klantnummer 30 4471 228

    Geachte mevrouw Vandenbroucke,

    Op basis van de door u doorgegeven meterstand (2.482 m³) bedraagt uw verbruik over 2023 1.214 m³. De afrekening van € 5.318,77 volgt binnenkort per post.

    Met vriendelijke groeten,
    Dirk Maes
    Klantendienst | Waterleiding Westhoek | Ieperstraat 2, 8970 Poperinge | 057 20 30 40
    """,
    [P("Griet Vandenbroucke", "name"),
     P("griet.vdb@example.com", "email"),
     P("Dirk Maes", "name"),
     P("Jonas Declercq", "name"),
     P("Poperingseweg 117, 8900 Ieper", "address", mns=["Poperingseweg 117", "8900"]),
     P("Vanhove", "name"),
     P("BE19 6151 4803 4312", "iban", scheme="iban"),
     P("0472 55 19 03", "phone")],
    [L("30 4471 228", "customer_number"), L("1.482 m³", "meter_reading"), L("2.482 m³", "meter_reading"),
     L("1.214 m³", "quantity"), L("€ 5.318,77", "price"), L("31/12", "date"),
     L("donderdag 7 maart 2024 19:33", "date")]),

R("nl-email-005", """
    Van: Sanne Mulder <sanne.mulder@example.nl>
    Aan: poli.cardiologie@ziekenhuisrivierenland.example.nl
    Datum: 12-02-2024 07:58
    Onderwerp: Afspraak verzetten – dhr. H. Mulder, geb. 19-09-1941

    Goedemorgen,

    Mijn vader, de heer Hendrik Mulder (BSN 598820966), heeft op donderdag 22 februari om 09:45 een afspraak bij dr. Okafor op de poli cardiologie. Helaas ligt hij sinds zaterdag met een longontsteking in bed; zijn huisarts, dokter Verwey, heeft gezegd dat hij voorlopig niet moet reizen.

    Zou de afspraak verzet kunnen worden naar over ongeveer 3 weken? Hij komt met de Regiotaxi, dus graag niet voor 10:00.

    Mijn vader woont op Sint Janstraat 12, 4001 NJ Tiel. U kunt mij bellen op 06 3849 1076; mijn vader zelf is slecht bereikbaar, zijn vaste nummer is 0344 61 77 02.

    Ter informatie: hij gebruikt onder andere Marcoumar en metoprolol 50 mg.

    Met vriendelijke groet,
    Sanne Mulder
    """,
    [P("Sanne Mulder", "name"),
     P("sanne.mulder@example.nl", "email"),
     P("19-09-1941", "birth_date", scheme="birth", norm="1941-09-19"),
     P("Hendrik Mulder", "name"),
     P("598820966", "national_id", scheme="bsn"),
     P("Okafor", "name"),
     P("Verwey", "name"),
     P("Sint Janstraat 12, 4001 NJ Tiel", "address", mns=["Sint Janstraat 12", "4001 NJ"]),
     P("06 3849 1076", "phone"),
     P("0344 61 77 02", "phone")],
    [L("donderdag 22 februari", "date"), L("09:45", "time"), L("3 weken", "duration"), L("Marcoumar", "product"),
     L("metoprolol 50 mg", "product"), L("Regiotaxi", "service")]),

R("nl-email-006", """
    Van: Roel Hermsen <r.hermsen72@example.com>
    Aan: service@tuinxl.example.nl
    Onderwerp: BESTELLING 7730021 NOG STEEDS NIET ONTVANGEN!!!

    Hallo,

    Ik heb op 2 maart een trampoline (Berg Champion 380) en een zwembadpomp besteld, bestelling 7730021, totaal 489,00 euro. Het is nu 3 weken later en ik heb NIKS ontvangen. Jullie chatbot Tuinman Ted zegt steeds dat het 'onderweg' is.

    De bezorger (track & trace 3SABCD1234567) heeft het volgens mij bij een verkeerd adres afgeleverd, er staat een handtekening van ene "P. de Lange" en ik ken geen De Lange in onze straat.

    Mijn adres is Weidehof 5, 6852 GD Huissen. Dat staat ook gewoon goed in mijn account (gebruikersnaam: roel_tuinier72).

    Ik wil binnen 5 dagen mijn geld terug op NL86 RABO 7239 1096 71 of gewoon alsnog de spullen.

    Roel Hermsen
    tel. 026-325 88 14 / 06-1177 2940

    Verstuurd vanaf mijn iPhone
    """,
    [P("Roel Hermsen", "name"),
     P("r.hermsen72@example.com", "email"),
     P("P. de Lange", "name", extra=["De Lange"]),
     P("Weidehof 5, 6852 GD Huissen", "address", mns=["Weidehof 5", "6852 GD"]),
     P("roel_tuinier72", "username"),
     P("NL86 RABO 7239 1096 71", "iban", scheme="iban"),
     P("026-325 88 14", "phone"),
     P("06-1177 2940", "phone")],
    [L("7730021", "order_number"), L("2 maart", "date"), L("Berg Champion 380", "product"),
     L("489,00 euro", "price"), L("3 weken", "duration"), L("Tuinman Ted", "chatbot_name"),
     L("3SABCD1234567", "tracking_number"), L("5 dagen", "duration")]),

R("nl-email-007", """
    Van: Demi Kramer <demi.kramer@example.com>
    Aan: HR Servicedesk <hr@bouwgroephollander.example.nl>
    Onderwerp: Wijziging gegevens + werkgeversverklaring hypotheek

    Hoi HR,

    Per 1 juni verhuizen mijn vriend en ik naar Kerkweg 41, 2865 AS Ammerstol. Willen jullie dat aanpassen in AFAS? Mijn reisafstand wordt dan 38 km enkele reis in plaats van 12 km.

    Mijn salaris mag vanaf juni naar onze gezamenlijke rekening: NL27 INGB 9013 8411 28 t.n.v. D. Kramer en/of M. Akkerman.

    Verder hebben we voor de hypotheek een werkgeversverklaring nodig. Onze adviseur (Niels Bakker van Hypotheekhuis De Vries & Zonen) vraagt of die voor 20 mei binnen kan zijn. Gegevens voor de verklaring: personeelsnummer 20331, geboortedatum 11-12-1992, BSN 555790484. Mijn leidinggevende Anton Verbruggen weet ervan.

    Alvast bedankt!

    Demi Kramer | Werkvoorbereider | Bouwgroep Hollander | 06 4102 8856

    Van: Wendy Smits
    Verzonden: dinsdag 30 april 2024 16:10
    Aan: Demi Kramer
    Onderwerp: RE: vraag

    Hoi Demi,

    Stuur je wijzigingen maar via de servicedesk, dan pakken we het op.

    Groet,
    Wendy Smits
    HR-adviseur
    """,
    [P("Demi Kramer", "name"),
     P("demi.kramer@example.com", "email"),
     P("Kerkweg 41, 2865 AS Ammerstol", "address", mns=["Kerkweg 41", "2865 AS"]),
     P("NL27 INGB 9013 8411 28", "iban", scheme="iban"),
     P("M. Akkerman", "name"),
     P("Niels Bakker", "name"),
     P("11-12-1992", "birth_date", scheme="birth", norm="1992-12-11"),
     P("555790484", "national_id", scheme="bsn"),
     P("Anton Verbruggen", "name"),
     P("06 4102 8856", "phone"),
     P("Wendy Smits", "name")],
    [L("Bouwgroep Hollander", "company_named_after_person"),
     L("Hypotheekhuis De Vries & Zonen", "company_named_after_person"), L("38 km", "quantity"),
     L("1 juni", "date"), L("20331", "personnel_number"), L("AFAS", "product"), L("20 mei", "date")]),

R("nl-email-008", """
    Van: Joep en Marga Timmermans <timmermans.dordogne@example.net>
    Aan: boekingen@zuidwaarts.example.nl
    Onderwerp: Fwd: Wijziging dossier ZW-771034
    Datum: 29 februari 2024 om 08:05

    Beste Priya,

    Dat is veel te vroeg voor ons, wij wonen 2,5 uur rijden van Bordeaux. Kunnen we omboeken naar 19 april? Eventuele meerkosten (u noemde € 85 per persoon) mogen van onze Franse rekening FR76 3906 1057 9907 8420 5456 570.

    Paspoortnummers zoals gevraagd:
    Joep: NX8R42DK1 (geb. 02-03-1951)
    Marga: BH71KLP04 (geb. 27-08-1953)

    Ons adres hier: 12 Rue des Tilleuls, 24200 Sarlat-la-Canéda, tel. +33 6 74 21 88 05. Onze zoon Bas haalt ons op in Eindhoven.

    Hartelijke groet,
    Joep Timmermans

    Begin doorgestuurd bericht:

    Van: "Reisbureau Zuidwaarts" <boekingen@zuidwaarts.example.nl>
    Datum: 28 februari 2024 om 15:40:12 CET
    Aan: timmermans.dordogne@example.net
    Onderwerp: Wijziging dossier ZW-771034

    Beste heer en mevrouw Timmermans,

    Uw vlucht TB 2271 van Bordeaux naar Eindhoven op 18 april is vervroegd naar 07:05. Wilt u ons laten weten of u hiermee akkoord gaat? Voor de API-registratie hebben wij ook nog uw paspoortnummers nodig.

    Met vriendelijke groet,
    Priya Ramcharan
    Reisadviseur
    """,
    [P("Joep en Marga Timmermans", "name", mns=["Joep", "Marga", "Timmermans"]),
     P("timmermans.dordogne@example.net", "email"),
     P("Priya Ramcharan", "name"),
     P("FR76 3906 1057 9907 8420 5456 570", "iban", scheme="iban"),
     P("NX8R42DK1", "national_id", scheme="passport"),
     P("02-03-1951", "birth_date", scheme="birth", norm="1951-03-02"),
     P("BH71KLP04", "national_id", scheme="passport"),
     P("27-08-1953", "birth_date", scheme="birth", norm="1953-08-27"),
     P("12 Rue des Tilleuls, 24200 Sarlat-la-Canéda", "address", mns=["12 Rue des Tilleuls", "24200"]),
     P("+33 6 74 21 88 05", "phone"),
     P("Bas", "name")],
    [L("ZW-771034", "booking_number"), L("TB 2271", "flight_number"), L("18 april", "date"), L("07:05", "time"),
     L("19 april", "date"), L("€ 85 per persoon", "price"), L("2,5 uur", "duration")]),
]
