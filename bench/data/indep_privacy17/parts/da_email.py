# Danish e-mails (Denmark, Faroe Islands, Greenland). Written by hand; all data made up.


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
        "id": "da-email-001", "region": "dk",
        "text": """Fra: Birgit Mortensen <birgit.mortensen@example.net>
Til: kundeservice@teleloebet.example
Emne: Sv: Din henvendelse – sag 2024-55190

Hej Jonas

Tak for svaret, men jeg er stadig ikke tilfreds. Regningen for februar på kr. 1.187,00 er for roaming på min mors nummer, 24 19 83 50, og hun har ikke været ude at rejse. Min mor, Inger Mortensen, er 80 år (født 2. maj 1943) og bruger kun telefonen til at ringe til mig. Hun har aldrig tilvalgt Udlandspakke Verden, og hun kan slet ikke finde ud af at bruge 3,2 GB data.

Jeg har fuldmagt til at handle på hendes vegne. I må meget gerne ringe til mig på 40 66 21 95, hvis I har spørgsmål.

Venlig hilsen
Birgit Mortensen
Hasselvej 3
3400 Hillerød

> Den 11. mar. 2024 kl. 09.32 skrev Teleløbet Kundeservice <kundeservice@teleloebet.example>:
>
> Kære Birgit Mortensen
>
> Tak for din henvendelse. Vi har undersøgt sagen, og forbruget er registreret korrekt i vores system. Du er velkommen til at klage inden for 14 dage.
>
> Med venlig hilsen
> Jonas
> Teleløbet Kundeservice""",
        "planted": [
            P("Birgit Mortensen", "name", "Birgit", "Mortensen"),
            E("birgit.mortensen@example.net"),
            P("Jonas", "name"),
            P("24 19 83 50", "phone"),
            P("Inger Mortensen", "name", "Inger", "Mortensen"),
            P("2. maj 1943", "birth_date"),
            P("40 66 21 95", "phone"),
            P("Hasselvej 3", "address"),
            P("3400", "postcode"),
        ],
        "lookalikes": [
            L("2024-55190", "case_number"),
            L("kr. 1.187,00", "price"),
            L("80 år", "quantity"),
            L("Udlandspakke Verden", "product_name"),
            L("3,2 GB", "quantity"),
            L("11. mar. 2024 kl. 09.32", "date"),
            L("14 dage", "duration"),
        ],
    },
    {
        "id": "da-email-002", "region": "dk",
        "text": """Fra: Tina Bendtsen <tina.bendtsen@example.com>
Til: skade@trygvej-forsikring.example
Emne: VS: Uheld på Roskildevej

Hej

Jeg videresender oplysningerne fra modparten i uheldet i tirsdags. Min police er 88-4410-231, og min bil er AX 33 901. Bagenden er bulet, og bagklappen kan ikke lukke. I kan ringe til mig på 61 72 08 35.

Mvh
Tina Bendtsen
Hyldevej 5, 4000 Roskilde

---------- Videresendt meddelelse ----------
Fra: Mohammad Rezai <m.rezai@example.net>
Dato: tir. 12. mar. 2024 kl. 18.21
Emne: Uheld på Roskildevej
Til: Tina Bendtsen <tina.bendtsen@example.com>

Hej Tina

Her er mine oplysninger som aftalt på stedet:
Mohammad Rezai, nummerplade EP 12 678 (Toyota Corolla)
Forsikret i Nordsø Forsikring, police 5521-0098
Telefon 42 33 17 90

Jeg beklager meget, jeg så dig simpelthen ikke.

Vh Mohammad""",
        "planted": [
            P("Tina Bendtsen", "name", "Tina", "Bendtsen"),
            E("tina.bendtsen@example.com"),
            P("AX 33 901", "plate"),
            P("61 72 08 35", "phone"),
            P("Hyldevej 5, 4000 Roskilde", "address", "Hyldevej 5", "4000"),
            P("Mohammad Rezai", "name", "Mohammad", "Rezai"),
            E("m.rezai@example.net"),
            P("EP 12 678", "plate"),
            P("42 33 17 90", "phone"),
        ],
        "lookalikes": [
            L("88-4410-231", "policy_number"),
            L("tir. 12. mar. 2024 kl. 18.21", "date"),
            L("Toyota Corolla", "vehicle_model"),
            L("Nordsø Forsikring", "company_name"),
            L("5521-0098", "policy_number"),
        ],
    },
    {
        "id": "da-email-003", "region": "dk",
        "text": """Fra: Ali Haddad <ali.haddad@example.org>
Til: udlejning@solgaarden-bolig.example
Emne: Venteliste nr. 40-22817 – 4-værelses

Kære Boligforeningen Solgården

Jeg står på jeres venteliste med nr. 40-22817 til en 4-værelses lejlighed på ca. 100 m². Vi er fem i familien: mig, min kone Rana og vores børn Yasmin, Adam og Sami. Vi bor lige nu i en 2-værelses, og det er blevet for trangt.

Kan I fortælle, hvor langt vi er på listen? Vi kan godt betale op til kr. 9.200 om måneden og kan flytte fra 1. august.

Mit cpr-nummer er 150581-1247, hvis I skal bruge det til at finde mig.

Med venlig hilsen
Ali Haddad
Tingvej 70, st. tv.
2400 København NV
Tlf. 71 28 04 56

Svar:
Kære Ali Haddad
Tak for din mail. Du er nr. 212 på listen til 4-værelses boliger i afdeling Solgården. Vi kan desværre ikke sige noget om ventetiden.
Venlig hilsen
Udlejningen, Boligforeningen Solgården""",
        "planted": [
            P("Ali Haddad", "name", "Ali", "Haddad"),
            E("ali.haddad@example.org"),
            P("Rana", "name"),
            P("Yasmin", "name"),
            P("Adam", "name"),
            P("Sami", "name"),
            P("150581-1247", "national_id", scheme="cpr"),
            P("Tingvej 70, st. tv.", "address", "Tingvej 70"),
            P("2400", "postcode"),
            P("71 28 04 56", "phone"),
        ],
        "lookalikes": [
            L("40-22817", "reference"),
            L("Boligforeningen Solgården", "company_name"),
            L("100 m²", "quantity"),
            L("kr. 9.200", "price"),
            L("1. august", "date"),
            L("nr. 212", "reference"),
        ],
    },
    {
        "id": "da-email-004", "region": "dk",
        "text": """Fra: Karina Bloch <karinabloch@example.com>
Til: Børneambulatoriet, Regionshospitalet Vest <boernamb@rhvest.example>
Emne: Indkaldelse for Alberte Bloch – ny tid

Hej

Min datter Alberte Bloch (cpr 091011-4832) er indkaldt til kontrol hos overlæge Lars Vinding onsdag den 17. april kl. 10.15 i afsnit B3. Vi kan desværre ikke komme, fordi hun er på lejrskole med klassen.

Kan vi få en ny tid i uge 17 eller 18? Hendes far, Jakob Bloch, kan også tage med hende, hvis det er nemmere at finde en tid om formiddagen.

Hun tager stadig Ventoline 0,1 mg efter behov.

Vores adresse er Kastanievej 8, 7400 Herning, og I kan ringe på 23 45 80 17.

Venlig hilsen
Karina Bloch

--
Denne mail er sendt fra en sikker forbindelse. Regionshospitalet Vest, Gl. Landevej 61, 7400 Herning.""",
        "planted": [
            P("Karina Bloch", "name", "Karina", "Bloch"),
            E("karinabloch@example.com"),
            P("Alberte Bloch", "name", "Alberte", "Bloch"),
            P("091011-4832", "national_id", scheme="cpr"),
            P("Lars Vinding", "name", "Lars", "Vinding"),
            P("Jakob Bloch", "name", "Jakob", "Bloch"),
            P("Kastanievej 8", "address"),
            P("23 45 80 17", "phone"),
        ],
        "lookalikes": [
            L("onsdag den 17. april", "date"),
            L("kl. 10.15", "time"),
            L("afsnit B3", "room_number"),
            L("uge 17 eller 18", "date"),
            L("Ventoline 0,1 mg", "product_name"),
            L("Regionshospitalet Vest", "company_name"),
        ],
    },
    {
        "id": "da-email-005", "region": "dk",
        "text": """Fra: Poul Erik Sand <poulerik.sand@example.net>
Til: klinik@tandtorvet.example
Emne: Regning nr. 30118 – tilskud mangler

Kære Tandlægerne på Torvet

Jeg har modtaget regning nr. 30118 på kr. 2.350,00 for behandlingen den 12. februar hos tandlæge Hviid. Tilskuddet fra Sygeforsikringen danmark er ikke trukket fra, selvom jeg er medlem i gruppe 1.

Jeg har betalt hele beløbet, så jeg vil gerne have tilskuddet retur til min konto DK60 5301 0565 2777 22. Mit cpr-nummer er 200158-1107, hvis I skal indberette det igen.

Min kone, Bente, har en tid hos jer i næste uge, måske kan hun tage en kvittering med hjem.

Med venlig hilsen
Poul Erik Sand
Præstevænget 15
5700 Svendborg
Tlf. 62 21 48 90

Sendt fra min iPad""",
        "planted": [
            P("Poul Erik Sand", "name", "Poul", "Erik", "Sand"),
            E("poulerik.sand@example.net"),
            P("Hviid", "name"),
            P("DK60 5301 0565 2777 22", "iban"),
            P("200158-1107", "national_id", scheme="cpr"),
            P("Bente", "name"),
            P("Præstevænget 15", "address"),
            P("5700", "postcode"),
            P("62 21 48 90", "phone"),
        ],
        "lookalikes": [
            L("30118", "invoice_number"),
            L("Tandlægerne på Torvet", "company_name"),
            L("kr. 2.350,00", "price"),
            L("12. februar", "date"),
            L("Sygeforsikringen danmark", "company_name"),
            L("gruppe 1", "product_name"),
            L("iPad", "product_name"),
        ],
    },
    {
        "id": "da-email-006", "region": "fo",
        "text": """Fra: Hanna Djurhuus <hanna.djurhuus@example.org>
Til: lon@skipafelagid-vestur.example
Emne: Ny bankkonto og adresse

Góðan dag Lønafdeling

Jeg har skiftet bank, så min hyre skal fremover gå til FO40 9181 4042 7586 79. Mit p-tal er 230677-032, og jeg er kokk ombord, hyre nr. 2231.

Jeg er også flyttet. Ny adresse: Gundadalsvegur 6, FO-110 Tórshavn. Telefon +298 28 90 14.

Nærmeste pårørende er fortsat min mand, Bárður Djurhuus, tlf. +298 55 12 40.

Er lønnen for april (kr. 38.400) allerede sendt til den gamle konto? Den lukker 1. maj.

Vinarliga
Hanna Djurhuus

Skipafelagið Vestur · Lønafdelingen svarer inden for 14 dage""",
        "planted": [
            P("Hanna Djurhuus", "name", "Hanna", "Djurhuus"),
            E("hanna.djurhuus@example.org"),
            P("FO40 9181 4042 7586 79", "iban"),
            P("230677-032", "national_id", scheme="ptal"),
            P("Gundadalsvegur 6", "address"),
            P("FO-110", "postcode"),
            P("+298 28 90 14", "phone"),
            P("Bárður Djurhuus", "name", "Bárður", "Djurhuus"),
            P("+298 55 12 40", "phone"),
        ],
        "lookalikes": [
            L("hyre nr. 2231", "reference"),
            L("april", "date"),
            L("kr. 38.400", "price"),
            L("1. maj", "date"),
            L("Skipafelagið Vestur", "company_name"),
            L("14 dage", "duration"),
        ],
    },
    {
        "id": "da-email-007", "region": "dk",
        "text": """Fra: Kenneth Holst <kenneth.holst86@example.com>
Til: Brian Kristoffersen <salg@bilhusetdam.example>
Emne: Privatleasing Kia Niro EV – oplysninger til kreditvurdering

Hej Brian

Tak for en god prøvetur i lørdags. Vi vil gerne gå videre med tilbud nr. T-7781 (Kia Niro EV, 36 mdr., 15.000 km/år, kr. 3.995 pr. md.). Her er oplysningerne til kreditvurderingen:

Navn: Kenneth Holst
CPR: 140986-0075
Adresse: Ringvej 21, 9200 Aalborg SV
Arbejdsgiver: Limfjord Vind A/S
Nuværende bil (indbytning): FN 90 344

Medunderskriver er min samlever, Stine Kjeldsen, født 05.03.1988. Hun sender selv sit cpr-nummer via jeres sikre upload.

Du kan fange mig på 28 90 61 73 efter kl. 16.

Hilsen
Kenneth

Bilhuset Dam & Søn · Hobrovej 410 · 9200 Aalborg SV · CVR 12345678""",
        "planted": [
            P("Kenneth Holst", "name", "Kenneth", "Holst"),
            E("kenneth.holst86@example.com"),
            P("Brian Kristoffersen", "name", "Brian", "Kristoffersen"),
            P("140986-0075", "national_id", scheme="cpr"),
            P("Ringvej 21", "address"),
            P("FN 90 344", "plate"),
            P("Stine Kjeldsen", "name", "Stine", "Kjeldsen"),
            P("05.03.1988", "birth_date"),
            P("28 90 61 73", "phone"),
        ],
        "lookalikes": [
            L("Kia Niro EV", "vehicle_model"),
            L("T-7781", "reference"),
            L("36 mdr.", "duration"),
            L("15.000 km/år", "quantity"),
            L("kr. 3.995 pr. md.", "price"),
            L("Limfjord Vind A/S", "company_name"),
            L("efter kl. 16", "time"),
            L("Bilhuset Dam & Søn", "company_name"),
        ],
    },
    {
        "id": "da-email-008", "region": "gl",
        "text": """Fra: Paninnguaq Heilmann <paninnguaq.h@example.net>
Til: pladsanvisning@sermersooq.example
Emne: Ansøgning om vuggestueplads – sagsnr. 2024-8812

Aluu

Jeg vil gerne søge om vuggestueplads til min søn, Ivalo Heilmann, født 11.01.2023, fra 1. september. Vi ønsker helst Vuggestuen Aaqa, da den ligger tæt på vores bolig.

Mit cpr-nummer er 020492-2896. Min samlever og far til Ivalo er Kunuk Berthelsen. Vi bor på Siaqqinneq 14, 3900 Nuuk.

Jeg arbejder fra 08.00-16.00, så vi har brug for fuld tid. Jeg har forstået, at prisen er kr. 1.360 pr. måned.

I kan ringe til mig på +299 22 61 54.

Qujanaq
Paninnguaq Heilmann

Kommuneqarfik Sermersooq · Pladsanvisningen · Postboks 1005 · 3900 Nuuk""",
        "planted": [
            P("Paninnguaq Heilmann", "name", "Paninnguaq", "Heilmann"),
            E("paninnguaq.h@example.net"),
            P("Ivalo Heilmann", "name", "Ivalo", "Heilmann"),
            P("11.01.2023", "birth_date"),
            P("020492-2896", "national_id", scheme="cpr"),
            P("Kunuk Berthelsen", "name", "Kunuk", "Berthelsen"),
            P("Siaqqinneq 14", "address"),
            P("+299 22 61 54", "phone"),
        ],
        "lookalikes": [
            L("2024-8812", "case_number"),
            L("1. september", "date"),
            L("Vuggestuen Aaqa", "company_name"),
            L("08.00-16.00", "time"),
            L("kr. 1.360", "price"),
            L("Kommuneqarfik Sermersooq", "company_name"),
        ],
    },
]
