from rec import P, L

RECORDS = [
# ---------------------------------------------------------------- 001 energie, klacht met geciteerd antwoord
{
"id": "nl-email-001", "language": "nl", "channel": "email",
"text": """Van: Peter van der Linden <p.vdlinden@example.com>
Aan: Klantenservice Zonnewind Energie <service@zonnewind.example>
Onderwerp: RE: Uw jaarafrekening 2023 – klantnummer 30551278

Geachte heer/mevrouw,

Ik ben het niet eens met uw antwoord. De meterstand die u gebruikt (18.452 kWh) klopt niet. Op 2 januari stond meter E0031-4482219 op 17.980 kWh; mijn schoonzoon, Ruben Akkerman, heeft er toen een foto van gemaakt (zie bijlage).

Daarnaast wordt er nu € 211 per maand van NL24 RABO 2560 7918 63 afgeschreven, terwijl dat eerst € 156 was. Ik verzoek u het termijnbedrag te corrigeren en het teveel betaalde terug te storten.

Met vriendelijke groet,

Peter van der Linden
Molenstraat 40
5341 GE Oss
06-24817730

> Op 4 maart 2024 om 10:12 schreef Klantenservice Zonnewind Energie <service@zonnewind.example>:
>
> Beste heer Van der Linden,
>
> Hartelijk dank voor uw bericht. Wij hebben uw jaarafrekening 2023 opgesteld op basis van de door u doorgegeven stand. Wij zien geen reden om deze aan te passen.
>
> Met vriendelijke groet,
> Daphne
> Klantenservice Zonnewind Energie
> Postbus 1500, 3500 BM Utrecht | 088 020 3040""",
"planted": [
    P("Peter van der Linden", "name"),
    P("p.vdlinden@example.com", "email"),
    P("Ruben Akkerman", "name"),
    P("NL24 RABO 2560 7918 63", "iban"),
    P("Molenstraat 40\n5341 GE Oss", "address", mns=["Molenstraat 40", "5341 GE"]),
    P("06-24817730", "phone"),
    P("Daphne", "name"),
],
"lookalikes": [
    L("30551278", "customer_number"),
    L("18.452 kWh", "quantity"),
    L("2 januari", "date"),
    L("E0031-4482219", "meter_number"),
    L("17.980 kWh", "quantity"),
    L("€ 211", "price"),
    L("€ 156", "price"),
    L("4 maart 2024 om 10:12", "date"),
],
},
# ---------------------------------------------------------------- 002 ziekenhuis, doorgestuurd bericht
{
"id": "nl-email-002", "language": "nl", "channel": "email",
"text": """Onderwerp: Fwd: Uw afspraak polikliniek Cardiologie
Van: Naima Bouzid <n.bouzid@example.com>
Aan: afsprakenbureau@ziekenhuis-rijnmond.example

Goedemiddag,

Hieronder de afspraakbevestiging van mijn moeder, mevrouw Fatiha Bouzid (geboren 22-02-1951, BSN 353252487). Zij kan helaas niet op dinsdag 9 april om 09:45, omdat ik haar dan niet kan brengen. Is er een mogelijkheid voor een afspraak later in de week, liefst in de middag? Zij spreekt weinig Nederlands, dus u kunt het beste mij bellen op 06 27 14 90 58.

Alvast bedankt,
Naima Bouzid

---------- Doorgestuurd bericht ---------
Van: Ziekenhuis Rijnmond <noreply@ziekenhuis-rijnmond.example>
Datum: ma 25 mrt 2024 om 14:03
Onderwerp: Uw afspraak polikliniek Cardiologie
Aan: <fatiha.bouzid@example.net>

Geachte mevrouw Bouzid,

Hierbij bevestigen wij uw afspraak:
Datum: dinsdag 9 april
Tijd: 09:45 (graag 15 minuten eerder aanwezig voor een ECG)
Bij: dr. Verhoeven, cardioloog
Locatie: route 42, begane grond

Neem uw identiteitsbewijs en een actueel medicijnoverzicht mee.

Met vriendelijke groet,
Afsprakenbureau Ziekenhuis Rijnmond""",
"planted": [
    P("Naima Bouzid", "name"),
    P("n.bouzid@example.com", "email"),
    P("Fatiha Bouzid", "name"),
    P("22-02-1951", "birth_date"),
    P("353252487", "national_id", check="bsn"),
    P("06 27 14 90 58", "phone"),
    P("fatiha.bouzid@example.net", "email"),
    P("Verhoeven", "name"),
],
"lookalikes": [
    L("polikliniek Cardiologie", "company"),
    L("dinsdag 9 april", "date"),
    L("09:45", "time"),
    L("ma 25 mrt 2024 om 14:03", "date"),
    L("15 minuten", "duration"),
    L("route 42", "reference"),
],
},
# ---------------------------------------------------------------- 003 school (Vlaanderen), ouder -> juf
{
"id": "nl-email-003", "language": "nl", "channel": "email",
"text": """Onderwerp: Lander afwezig + nieuw adres

Dag juf Evelien,

Lander is sinds maandag ziek (buikgriep), het doktersbriefje steek ik morgen in zijn boekentas. Hij zal dus ook de toets van woensdag missen. Kan hij die later inhalen? De oefeningen op Bingel maakt hij thuis wel.

Nog iets: sinds vorige week woon ik op een nieuw adres. Wil je dat doorgeven aan het secretariaat?
Sarah Vandenberghe
Lindelei 14, 2550 Kontich
0473 81 26 90

Post voor de papa, Kris Pauwels, mag naar zijn adres blijven gaan; hij is bereikbaar op 0499 35 07 12. Wij hebben co-ouderschap, dus de week van 15 april is Lander bij hem.

Voor de schoolreis naar Planckendael op 23 mei heb ik de € 18 al overgeschreven met de gestructureerde mededeling +++090/1234/56789+++.

Groetjes,
Sarah (mama van Lander Pauwels, klas 2A)
sarah.vandenberghe@example.com""",
"planted": [
    P("Evelien", "name"),
    P("Lander Pauwels", "name"),
    P("Sarah Vandenberghe", "name"),
    P("Lindelei 14, 2550 Kontich", "address", mns=["Lindelei 14", "2550"]),
    P("0473 81 26 90", "phone"),
    P("Kris Pauwels", "name"),
    P("0499 35 07 12", "phone"),
    P("sarah.vandenberghe@example.com", "email"),
],
"lookalikes": [
    L("Bingel", "product"),
    L("15 april", "date"),
    L("Planckendael", "company"),
    L("23 mei", "date"),
    L("€ 18", "price"),
    L("+++090/1234/56789+++", "reference"),
    L("klas 2A", "reference"),
],
},
# ---------------------------------------------------------------- 004 huurwoning, reactie
{
"id": "nl-email-004", "language": "nl", "channel": "email",
"text": """Aan: verhuur@stadswonen-makelaars.example
Onderwerp: Reactie woning Woning-ID 77120 (Tolsteegplantsoen)

Beste Linda,

Dank voor de bezichtiging van vrijdag 12 april om 17:30. Wij willen graag reageren op de woning van € 1.395 per maand, ingangsdatum 1 mei.

Onze gegevens:
- Niels Verbeek, geboren 08-05-1994, werkzaam bij Gemeente Utrecht, € 3.850 bruto per maand (vast contract)
- Yara El Idrissi, geboren 17-10-1996, werkzaam bij Kinderopvang Het Vlindertje, € 2.640 bruto per maand

Huidig adres: Biltstraat 201 bis, 3572 AS Utrecht
Telefoon: 06 14 70 29 83 (Niels) / 06 81 55 32 04 (Yara)

De borg van € 2.790 kunnen we direct overmaken vanaf NL85 SNSB 9071 9601 00 (t.n.v. N. Verbeek). Werkgeversverklaringen en loonstroken van januari t/m maart zitten in de bijlage.

Met vriendelijke groet,
Niels Verbeek & Yara El Idrissi
niels.verbeek@example.com""",
"planted": [
    P("Linda", "name"),
    P("Niels Verbeek", "name"),
    P("08-05-1994", "birth_date"),
    P("Yara El Idrissi", "name"),
    P("17-10-1996", "birth_date"),
    P("Biltstraat 201 bis, 3572 AS Utrecht", "address", mns=["Biltstraat 201 bis", "3572 AS"]),
    P("06 14 70 29 83", "phone"),
    P("06 81 55 32 04", "phone"),
    P("NL85 SNSB 9071 9601 00", "iban"),
    P("niels.verbeek@example.com", "email"),
],
"lookalikes": [
    L("77120", "reference"),
    L("vrijdag 12 april om 17:30", "date"),
    L("€ 1.395", "price"),
    L("1 mei", "date"),
    L("Gemeente Utrecht", "company"),
    L("€ 3.850", "amount"),
    L("Kinderopvang Het Vlindertje", "company"),
    L("€ 2.790", "amount"),
],
},
# ---------------------------------------------------------------- 005 reisverzekering (Vlaanderen)
{
"id": "nl-email-005", "language": "nl", "channel": "email",
"text": """Van: Ann Verstraete <ann.verstraete@telenet.example>
Verzonden: maandag 8 juli 2024 21:47
Aan: Bijstand & Schade
Onderwerp: Aangifte ziekte in het buitenland – polis RB/2023/118842

Geachte,

Tijdens onze reis naar Málaga ben ik op 29 juni opgenomen in de Clínica San Telmo met een nierbekkenontsteking. Ik reisde samen met mijn partner, Koen Desmet, die ook een dag langer moest blijven; onze terugvlucht TB 1762 van 30 juni hebben we dus gemist.

In bijlage vindt u:
- de rekening van de kliniek (€ 1.842,60)
- het nieuwe vliegticket (€ 318,00 per persoon)
- het medisch verslag van dr. Moreno Ruiz

Mijn gegevens:
Naam: Ann Verstraete
Rijksregisternummer: 68.02.27-204.40
Adres: Brugsesteenweg 301, 8500 Kortrijk
GSM: 0476 58 02 14
Rekeningnummer voor terugbetaling: BE83 7318 7766 9715

Ik hoop op een snelle afhandeling.

Met vriendelijke groeten,
Ann Verstraete""",
"planted": [
    P("Ann Verstraete", "name"),
    P("ann.verstraete@telenet.example", "email"),
    P("Koen Desmet", "name"),
    P("Moreno Ruiz", "name"),
    P("68.02.27-204.40", "national_id", check="rrn"),
    P("Brugsesteenweg 301, 8500 Kortrijk", "address", mns=["Brugsesteenweg 301", "8500"]),
    P("0476 58 02 14", "phone"),
    P("BE83 7318 7766 9715", "iban"),
],
"lookalikes": [
    L("maandag 8 juli 2024 21:47", "date"),
    L("RB/2023/118842", "policy_number"),
    L("29 juni", "date"),
    L("Clínica San Telmo", "company"),
    L("TB 1762", "flight_number"),
    L("€ 1.842,60", "price"),
    L("€ 318,00", "price"),
],
},
# ---------------------------------------------------------------- 006 webshop, antwoord met citaat
{
"id": "nl-email-006", "language": "nl", "channel": "email",
"text": """Onderwerp: Re: Retour Airfryer [ticket #559201]

Beste mevrouw Vos,

Bedankt voor uw bericht. We hebben de Philips Airfryer XXL (artikelnummer 8710103940127) op 11 maart retour ontvangen in ons magazijn. Omdat u met een cadeaukaart heeft betaald, storten we het bedrag van € 229,00 zoals gevraagd op NL81 ABNA 5930 1559 88. Houd rekening met 3 tot 5 werkdagen.

Met vriendelijke groet,

Kim
Team Klantenservice
KeukenKado B.V. · Industrieweg 10, 5600 AA Eindhoven · KvK 17012345

-----Oorspronkelijk bericht-----
Van: Hanneke Vos <hanneke.vos@example.org>
Verzonden: zaterdag 9 maart 2024 11:26
Aan: klantenservice@keukenkado.example
Onderwerp: Retour Airfryer

> Hallo,
>
> Mijn zoon Jelle heeft bestelling KK-2024-031187 voor mij teruggestuurd (trackingcode 3SKKD8875120043) omdat de lade niet goed sluit. Ik heb destijds betaald met een cadeaukaart, maar die is inmiddels verlopen. Kunt u het geld op mijn rekening zetten? NL81 ABNA 5930 1559 88 t.n.v. H. Vos.
>
> Mijn adres is Kastanjelaan 3, 7242 BT Lochem, telefoon 0573 25 44 18.
>
> Groet,
> Hanneke Vos""",
"planted": [
    P("Hanneke Vos", "name"),
    P("NL81 ABNA 5930 1559 88", "iban"),
    P("Kim", "name"),
    P("Jelle", "name"),
    P("hanneke.vos@example.org", "email"),
    P("Kastanjelaan 3, 7242 BT Lochem", "address", mns=["Kastanjelaan 3", "7242 BT"]),
    P("0573 25 44 18", "phone"),
],
"lookalikes": [
    L("#559201", "ticket_number"),
    L("Philips Airfryer XXL", "product"),
    L("8710103940127", "ean"),
    L("11 maart", "date"),
    L("€ 229,00", "price"),
    L("KK-2024-031187", "order_number"),
    L("3SKKD8875120043", "tracking_number"),
],
},
# ---------------------------------------------------------------- 007 sociaal secretariaat (Vlaanderen)
{
"id": "nl-email-007", "language": "nl", "channel": "email",
"text": """Van: Lore Van Damme
Aan: Personeelsdienst Bakkerij Vandevelde
Onderwerp: Wijziging adres en rekeningnummer

Dag Griet,

Zoals ik vorige week al zei aan de telefoon ben ik verhuisd. Kan je dat doorgeven aan het sociaal secretariaat voor mijn loonbrief van april?

Nieuw adres: Sint-Pietersnieuwstraat 57 bus 2, 9000 Gent
Nieuw rekeningnummer: BE50 1521 7348 5418
Rijksregisternummer (ter controle): 95.12.03-248.92

Mijn loonbrief van maart (netto € 2.104,37) stond trouwens nog op mijn oude adres, waardoor hij bij mijn ex-huisgenote, Charlotte Peeters, is toegekomen. Zij heeft hem gelukkig teruggegeven.

Mijn gsm-nummer blijft 0485 19 63 27. Privémail: lore.vd@example.com

Merci!
Lore

--
Lore Van Damme
Verkoopster – filiaal Gent-Zuid
Bakkerij Vandevelde · PC 118.03""",
"planted": [
    P("Lore Van Damme", "name"),
    P("Griet", "name"),
    P("Sint-Pietersnieuwstraat 57 bus 2, 9000 Gent", "address", mns=["Sint-Pietersnieuwstraat 57 bus 2", "9000"]),
    P("BE50 1521 7348 5418", "iban"),
    P("95.12.03-248.92", "national_id", check="rrn"),
    P("Charlotte Peeters", "name"),
    P("0485 19 63 27", "phone"),
    P("lore.vd@example.com", "email"),
],
"lookalikes": [
    L("Bakkerij Vandevelde", "company"),
    L("loonbrief van april", "reference"),
    L("€ 2.104,37", "amount"),
    L("filiaal Gent-Zuid", "company"),
    L("PC 118.03", "reference"),
],
},
# ---------------------------------------------------------------- 008 pakketdienst, doorgestuurd (Apple Mail)
{
"id": "nl-email-008", "language": "nl", "channel": "email",
"text": """Onderwerp: Klacht: pakket als bezorgd gemeld maar nooit ontvangen
Van: Gijs Timmermans <gijs.timmermans@example.net>
Aan: klantenservice@pakketsnel.example

Geachte PakketSnel,

Volgens jullie track & trace is mijn pakket (3SPKS0019283746) op 14-03-2024 om 12:51 bezorgd bij "buren, Dorpsstraat 16". Op nummer 16 woont meneer Van Rijswijk en die heeft niets ontvangen. Ik heb ook geen kaartje in de bus gehad. De webshop zegt dat ik bij jullie moet zijn, zie hieronder.

Mijn adres: Dorpsstraat 14, 1566 AB Assendelft. U kunt mij bellen op 075 687 90 32 (na 18:00) of mailen.

Groet,
Gijs Timmermans

Begin doorgestuurd bericht:

> Van: Klantenservice Fietsonderdelen Piet Snel <info@pietsnel.example>
> Datum: 15 maart 2024 om 09:02:17 CET
> Aan: Gijs Timmermans <gijs.timmermans@example.net>
> Onderwerp: Re: Bestelling 600-44719
>
> Beste Gijs,
>
> Uw bestelling 600-44719 (Shimano Deore remset, 2 stuks, € 119,90) is volgens de vervoerder bezorgd. Wij adviseren u een klacht in te dienen bij PakketSnel. Lukt dat niet, dan kunt u ons binnen 14 dagen opnieuw mailen.
>
> Met sportieve groet,
> Rik""",
"planted": [
    P("Gijs Timmermans", "name"),
    P("gijs.timmermans@example.net", "email"),
    P("Van Rijswijk", "name"),
    P("Dorpsstraat 14, 1566 AB Assendelft", "address", mns=["Dorpsstraat 14", "1566 AB"]),
    P("075 687 90 32", "phone"),
    P("Rik", "name"),
    P("Dorpsstraat 16", "address"),
],
"lookalikes": [
    L("3SPKS0019283746", "tracking_number"),
    L("14-03-2024 om 12:51", "date"),
    L("Fietsonderdelen Piet Snel", "company"),
    L("600-44719", "order_number"),
    L("Shimano Deore remset", "product"),
    L("€ 119,90", "price"),
    L("15 maart 2024 om 09:02:17 CET", "date"),
],
},
]
