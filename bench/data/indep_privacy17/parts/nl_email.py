# Dutch / Flemish e-mails. Written by hand; all data made up.


def P(value, kind, *mns, **kw):
    d = {"value": value, "kind": kind, "must_not_survive": list(mns) if mns else [value]}
    d.update(kw)
    return d


def E(value, *extra, **kw):
    mns = [value] + ([value.split("@")[0]] if "@" in value else []) + list(extra)
    return P(value, "email", *mns, **kw)


def L(value, kind):
    return {"value": value, "kind": kind}


RECORDS = [
    {
        "id": "nl-email-001", "region": "nl",
        "text": """Van: Joyce Hermans <joyce.hermans@example.com>
Aan: klantenservice@huisenhaard.example
Onderwerp: Re: Uw retourzending 4500128873 – terugbetaling

Beste Wendy,

Helaas heb ik het geld nog steeds niet ontvangen. Ik heb de koffiemachine (Barista Pro 2) op 4 maart teruggestuurd, track & trace 3SHHK7720091. Volgens jullie eigen mail zou het bedrag van € 329,00 binnen 14 dagen op mijn rekening staan.

Voor de duidelijkheid nog een keer mijn rekening: NL21 SNSB 8533 7983 65 t.n.v. J.M. Hermans.

Mocht u vragen hebben, bel me gerust op 06-23456019 (na 17:00).

Met vriendelijke groet,

Joyce Hermans
Tulpstraat 8
6712 HB Ede

> Van: Klantenservice Huis & Haard <klantenservice@huisenhaard.example>
> Verzonden: maandag 11 maart 2024 10:12
> Aan: Joyce Hermans
> Onderwerp: Uw retourzending 4500128873
>
> Beste mevrouw Hermans,
>
> Wij hebben uw retourzending in goede orde ontvangen. Het aankoopbedrag wordt binnen 14 dagen teruggestort.
>
> Met vriendelijke groet,
> Wendy
> Klantenservice Huis & Haard
> Bereikbaar op werkdagen van 8:30 tot 17:30 via 085 000 1122""",
        "planted": [
            P("Joyce Hermans", "name", "Joyce", "Hermans"),
            E("joyce.hermans@example.com"),
            P("Wendy", "name"),
            P("NL21 SNSB 8533 7983 65", "iban"),
            P("J.M. Hermans", "name", "Hermans"),
            P("06-23456019", "phone"),
            P("Tulpstraat 8", "address"),
            P("6712 HB", "postcode"),
        ],
        "lookalikes": [
            L("4500128873", "order_number"),
            L("Barista Pro 2", "product_name"),
            L("4 maart", "date"),
            L("3SHHK7720091", "tracking_number"),
            L("€ 329,00", "price"),
            L("14 dagen", "duration"),
            L("Huis & Haard", "company_name"),
            L("maandag 11 maart 2024 10:12", "date"),
        ],
    },
    {
        "id": "nl-email-002", "region": "be",
        "text": """Van: Wim Goossens <wim.goossens@example.com>
Aan: schade@ardenne-verzekeringen.example
Onderwerp: TR: lek – polis BA-2219-448

Goeiedag,

Hieronder de mail van mijn verhuurder over de waterschade van vorige week. Mijn polisnummer is BA-2219-448. Kunnen jullie een expert sturen om de schade aan mijn meubels te bekijken? Ik ben bereikbaar op 0497 62 15 80, liefst na 16u.

Het schadebedrag mag gestort worden op BE66 0013 3152 3343.

Met vriendelijke groeten,
Wim Goossens
Lindelei 15 bus 4
2620 Hemiksem

---------- Doorgestuurd bericht ---------
Van: Marc Dewulf <marc.dewulf@example.net>
Datum: do 7 mrt 2024 om 19:44
Onderwerp: lek
Aan: Wim Goossens <wim.goossens@example.com>

Dag Wim,

De loodgieter van Sanitair Claes bvba is geweest. Het lek zat in de leiding boven de badkamer van jouw appartement. Zijn factuur (nr. 24-0193, € 842,70) stuur ik naar mijn eigen verzekering, maar de schade aan jouw spullen moet je zelf bij je brandverzekering aangeven.
Bel me gerust op 03 887 41 26 als je vragen hebt.

Groeten,
Marc""",
        "planted": [
            P("Wim Goossens", "name", "Wim", "Goossens"),
            E("wim.goossens@example.com"),
            P("0497 62 15 80", "phone"),
            P("BE66 0013 3152 3343", "iban"),
            P("Lindelei 15 bus 4", "address"),
            P("2620", "postcode"),
            P("Marc Dewulf", "name", "Marc", "Dewulf"),
            E("marc.dewulf@example.net"),
            P("03 887 41 26", "phone"),
        ],
        "lookalikes": [
            L("BA-2219-448", "policy_number"),
            L("16u", "time"),
            L("do 7 mrt 2024", "date"),
            L("19:44", "time"),
            L("Sanitair Claes bvba", "company_name"),
            L("24-0193", "invoice_number"),
            L("€ 842,70", "price"),
        ],
    },
    {
        "id": "nl-email-003", "region": "nl",
        "text": """Onderwerp: Betalingsregeling huurachterstand – dossier BR-2024-0417
Van: Incasso Woonstichting De Kaap <incasso@dekaap-wonen.example>
Aan: elif.koc@example.com

Beste mevrouw Koç,

Dank voor uw e-mail en voor het telefoongesprek van vanochtend. Zoals afgesproken ziet de betalingsregeling er als volgt uit: de achterstand van € 1.436,00 betaalt u in 8 termijnen van € 179,50, naast de maandelijkse huur. De eerste termijn wordt op 1 april afgeschreven van NL08 INGB 0331 9949 86.

Wij wensen uw man veel beterschap. Heeft u in de tussentijd vragen, neem dan gerust contact met mij op.

Met vriendelijke groet,

Jolanda Smeets
Medewerker Incasso

Woonstichting De Kaap | Postbus 501, 1800 AM Alkmaar | 072 500 6000 | KvK 37012345
Dit bericht is uitsluitend bestemd voor de geadresseerde.

> Op 12 mrt. 2024 om 21:03 schreef Elif Koç <elif.koc@example.com>:
>
> Geachte heer/mevrouw,
>
> Door ziekte van mijn man (Murat Koç) hebben wij twee maanden de huur niet kunnen betalen. Ik wil graag een regeling treffen.
> Ik woon op Vondelstraat 31, 1814 EV Alkmaar. Mijn geboortedatum is 24-07-1985, voor als u mij moet opzoeken.
> U kunt mij overdag bellen op 06 1827 3645.
>
> Met vriendelijke groet,
> Elif Koç""",
        "planted": [
            E("elif.koc@example.com"),
            P("Elif Koç", "name", "Elif", "Koç"),
            P("NL08 INGB 0331 9949 86", "iban"),
            P("Jolanda Smeets", "name", "Jolanda", "Smeets"),
            P("Murat Koç", "name", "Murat", "Koç"),
            P("Vondelstraat 31", "address"),
            P("1814 EV", "postcode"),
            P("24-07-1985", "birth_date"),
            P("06 1827 3645", "phone"),
        ],
        "lookalikes": [
            L("BR-2024-0417", "case_number"),
            L("€ 1.436,00", "price"),
            L("8 termijnen", "quantity"),
            L("€ 179,50", "price"),
            L("1 april", "date"),
            L("12 mrt. 2024", "date"),
            L("21:03", "time"),
        ],
    },
    {
        "id": "nl-email-004", "region": "be",
        "text": """Van: Nele Verhaeghe <nele.verhaeghe@example.com>
Aan: secretariaat@bs-regenboog.example
Onderwerp: afwezigheid Mila Desmet (3de leerjaar)

Beste juf Ellen,

Mila is sinds gisteren ziek (koorts en buikgriep). Dokter Vandenberghe heeft haar thuisgehouden van 18 tot en met 22 maart, het doktersattest steek ik in haar boekentas als ze terug naar school komt.

Ze mag geen zwemles volgen de week erna, ze neemt nog Nurofen 100 mg. Kan ze tijdens het zwemmen in de opvang van Basisschool De Regenboog blijven?

Woensdag haalt haar papa, Kristof Desmet, haar op om 12u05 in plaats van de opvang. De €4,50 voor de opvang van die dag mag dus van de rekening.

Ons adres is veranderd sinds januari, graag ook aanpassen: Kerkstraat 102, 8800 Roeselare.

Vriendelijke groeten,
Nele Verhaeghe
0478 20 94 61

--
Verstuurd vanaf mijn iPhone""",
        "planted": [
            P("Nele Verhaeghe", "name", "Nele", "Verhaeghe"),
            E("nele.verhaeghe@example.com"),
            P("Mila Desmet", "name", "Mila", "Desmet"),
            P("Ellen", "name"),
            P("Vandenberghe", "name"),
            P("Kristof Desmet", "name", "Kristof", "Desmet"),
            P("Kerkstraat 102", "address"),
            P("8800", "postcode"),
            P("0478 20 94 61", "phone"),
        ],
        "lookalikes": [
            L("3de leerjaar", "reference"),
            L("van 18 tot en met 22 maart", "date"),
            L("Nurofen 100 mg", "product_name"),
            L("12u05", "time"),
            L("€4,50", "price"),
            L("Basisschool De Regenboog", "company_name"),
            L("iPhone", "product_name"),
        ],
    },
    {
        "id": "nl-email-005", "region": "nl",
        "text": """Aan: poli.orthopedie@rivierenland-west.example
Van: Sven de Ruiter <svenderuiter@example.org>
Onderwerp: Afspraak verzetten - A-20240412-118

Geachte heer, mevrouw,

Ik heb een afspraak voor een MRI van mijn knie op vrijdag 12 april 2024 om 09:15 (route 42), maar ik kan dan helaas niet vanwege mijn werk. Zou deze verzet kunnen worden naar een middag, het liefst in de week van 22 april?

Mijn gegevens:
Naam: S.J. (Sven) de Ruiter
Geboortedatum: 02-11-1982
BSN: 312712601
Adres: Hoflaan 19, 6821 CK Arnhem
Telefoon: 06 5532 1974

De verwijzing komt van mijn huisarts, dr. Van Wijk in Arnhem.

Met vriendelijke groet,
Sven de Ruiter

-----Oorspronkelijk bericht-----
Van: Ziekenhuis Rivierenland-West <noreply@rivierenland-west.example>
Verzonden: dinsdag 19 maart 2024 08:02
Aan: svenderuiter@example.org
Onderwerp: Bevestiging afspraak A-20240412-118

Beste heer De Ruiter,
U heeft een afspraak bij Polikliniek Orthopedie op vrijdag 12 april 2024 om 09:15, route 42. Neem uw legitimatiebewijs en medicijnoverzicht mee.
Dit is een automatisch verzonden bericht.""",
        "planted": [
            P("Sven de Ruiter", "name", "Sven", "Ruiter"),
            E("svenderuiter@example.org"),
            P("S.J. (Sven) de Ruiter", "name", "Sven", "Ruiter"),
            P("02-11-1982", "birth_date"),
            P("312712601", "national_id", scheme="bsn"),
            P("Hoflaan 19", "address"),
            P("6821 CK", "postcode"),
            P("06 5532 1974", "phone"),
            P("Van Wijk", "name", "Wijk"),
        ],
        "lookalikes": [
            L("A-20240412-118", "appointment_number"),
            L("vrijdag 12 april 2024", "date"),
            L("09:15", "time"),
            L("route 42", "room_number"),
            L("week van 22 april", "date"),
            L("Ziekenhuis Rivierenland-West", "company_name"),
            L("dinsdag 19 maart 2024 08:02", "date"),
        ],
    },
    {
        "id": "nl-email-006", "region": "nl",
        "text": """Van: Hans Vermeulen <hans.vermeulen@example.com>
Aan: boekingen@wereldbol-reizen.example
Onderwerp: Gegevens reizigers boeking 88213-NL

Goedemiddag,

Hierbij de gegevens van de reizigers voor onze boeking 88213-NL (Zonvakantie Lago di Garda, vertrek 27 juli, 4 personen). Zoals gevraagd met namen precies zoals in het paspoort:

1. Hans Vermeulen – geb. 14-03-1976 – paspoort NPK83R2L5
2. Carla Vermeulen-Bos – geb. 09-09-1978 – ID-kaart IXF09T4M1
3. Luuk Vermeulen – geb. 30-01-2010
4. Sophie Vermeulen – geb. 17-06-2013

Het restant van € 3.112,00 maken we deze week over. Kunnen jullie de vluchttijden van HV 5711 nog bevestigen? Ik ben telefonisch bereikbaar op 06-47021933.

Met vriendelijke groet,
Hans Vermeulen

Reisbureau De Wereldbol | Lid ANVR & SGR | Dorpsstraat 1, Amstelveen""",
        "planted": [
            P("Hans Vermeulen", "name", "Hans", "Vermeulen"),
            E("hans.vermeulen@example.com"),
            P("14-03-1976", "birth_date"),
            P("NPK83R2L5", "national_id", scheme="passport"),
            P("Carla Vermeulen-Bos", "name", "Carla", "Vermeulen", "Bos", "Vermeulen-Bos"),
            P("09-09-1978", "birth_date"),
            P("IXF09T4M1", "national_id", scheme="passport"),
            P("Luuk Vermeulen", "name", "Luuk", "Vermeulen"),
            P("30-01-2010", "birth_date"),
            P("Sophie Vermeulen", "name", "Sophie", "Vermeulen"),
            P("17-06-2013", "birth_date"),
            P("06-47021933", "phone"),
        ],
        "lookalikes": [
            L("88213-NL", "booking_reference"),
            L("Zonvakantie Lago di Garda", "product_name"),
            L("27 juli", "date"),
            L("4 personen", "quantity"),
            L("€ 3.112,00", "price"),
            L("HV 5711", "flight_number"),
            L("Reisbureau De Wereldbol", "company_name"),
        ],
    },
    {
        "id": "nl-email-007", "region": "be",
        "text": """Van: Yannick Lemmens <yannick.lemmens@example.net>
Verzonden: woensdag 6 maart 2024 11:20
Aan: Fleet Lease4Pro <fleet@lease4pro.example>
Onderwerp: RE: Verkeersboete nummerplaat 2-GHT-573

Dag Caroline,

Ik was inderdaad de bestuurder. Hieronder mijn gegevens voor de aanduiding:
Rijksregisternummer: 88.06.14-875.13
Adres: Diestsestraat 210, 3290 Diest
GSM: 0472 11 58 36

Ik betaal de € 174,00 zelf, jullie mogen het niet doorrekenen via het contract.

Mvg,
Yannick

Van: Caroline Peeters <caroline.peeters@lease4pro.example>
Verzonden: dinsdag 5 maart 2024 16:02
Aan: Yannick Lemmens <yannick.lemmens@example.net>
Onderwerp: Verkeersboete nummerplaat 2-GHT-573

Beste Yannick,

Wij ontvingen een proces-verbaal (PV nr. AN.55.L1.012345/2024) voor een snelheidsovertreding met uw leasewagen (contract LP-0098213) op 12/02/2024 om 08:47, gemeten snelheid 68 km/u waar 50 km/u toegelaten was. Als leasemaatschappij moeten wij binnen 15 dagen de bestuurder aanduiden. Kunt u ons uw rijksregisternummer en adres bezorgen?

Met vriendelijke groeten,
Caroline Peeters
Fleet Services – Lease4Pro
T +32 2 000 12 34""",
        "planted": [
            P("Yannick Lemmens", "name", "Yannick", "Lemmens"),
            E("yannick.lemmens@example.net"),
            P("2-GHT-573", "plate"),
            P("Caroline", "name"),
            P("88.06.14-875.13", "national_id", scheme="rrn"),
            P("Diestsestraat 210", "address"),
            P("3290", "postcode"),
            P("0472 11 58 36", "phone"),
            P("Caroline Peeters", "name", "Caroline", "Peeters"),
            E("caroline.peeters@lease4pro.example"),
        ],
        "lookalikes": [
            L("woensdag 6 maart 2024 11:20", "date"),
            L("€ 174,00", "price"),
            L("AN.55.L1.012345/2024", "reference"),
            L("LP-0098213", "contract_number"),
            L("12/02/2024", "date"),
            L("08:47", "time"),
            L("50 km/u", "quantity"),
            L("15 dagen", "duration"),
        ],
    },
    {
        "id": "nl-email-008", "region": "nl",
        "text": """From: Mariska Veenstra <mariska.veenstra@example.com>
Sent: donderdag 21 maart 2024 22:41
To: planning@hetbolletje.example
Subject: Opvang Fenna vanaf 1 juni + factuur

Hoi Priya,

Zoals besproken bij het ophalen: Fenna gaat vanaf 1 juni 2 dagen per week naar de opvang (maandag en donderdag) in plaats van 3. Kun je het contract KO-2291 daarop aanpassen? Voor de kinderopvangtoeslag heb ik het nieuwe aantal uren nodig, en de Belastingdienst vraagt ook haar BSN op de jaaropgave, die staat er nu niet op: 693216013.

Haar gegevens voor de zekerheid:
Fenna Veenstra, geboren 08-02-2022

Ook een vraagje over factuur 2024-05-0441: daar staat een uurprijs van € 9,12, moest dat niet € 9,02 zijn? Het bedrag wordt afgeschreven van NL31 RABO 2679 1488 09 (rekening van mijn man, Joost Veenstra).

Ons nieuwe adres is Weidehof 6, 8401 DB Gorredijk. Bellen kan altijd op 06 3012 7745.

Groetjes,
Mariska

Kinderopvang Het Bolletje · Brink 3 · Gorredijk · www.hetbolletje.example""",
        "planted": [
            P("Mariska Veenstra", "name", "Mariska", "Veenstra"),
            E("mariska.veenstra@example.com"),
            P("Priya", "name"),
            P("Fenna Veenstra", "name", "Fenna", "Veenstra"),
            P("693216013", "national_id", scheme="bsn"),
            P("08-02-2022", "birth_date"),
            P("NL31 RABO 2679 1488 09", "iban"),
            P("Joost Veenstra", "name", "Joost", "Veenstra"),
            P("Weidehof 6", "address"),
            P("8401 DB", "postcode"),
            P("06 3012 7745", "phone"),
        ],
        "lookalikes": [
            L("donderdag 21 maart 2024 22:41", "date"),
            L("1 juni", "date"),
            L("2 dagen per week", "quantity"),
            L("KO-2291", "contract_number"),
            L("2024-05-0441", "invoice_number"),
            L("€ 9,12", "price"),
            L("€ 9,02", "price"),
            L("Kinderopvang Het Bolletje", "company_name"),
        ],
    },
]
