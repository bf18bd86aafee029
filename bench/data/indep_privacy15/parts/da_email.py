# Danish e-mails (8), incl. a Greenlandic and a Faroese sender.  Headers, quoted replies,
# forwards (Videresendt meddelelse), signatures, footers.  Hand-written; persons made up.

RECORDS = [
{
"id": "da-email-001",
"note": "DK energy complaint, reply above a quoted answer from customer service",
"text": """Fra: Jørgen Nyborg <jorgen.nyborg@example.dk>
Til: kundeservice@vestkystenergi.example
Emne: SV: Din henvendelse om faktura 88120043

Kære Line Holm

Tak for svaret, men jeg er stadig ikke enig. I har beregnet aconto ud fra et forbrug på 6.200 kWh, men vi er kun to personer i huset, min kone Kirsten og jeg, og vi har aldrig brugt over 3.500 kWh om året. Måleren (nr. 5538 2210) viste 41.877 kWh den 31.12.

Jeg forventer, at I tilbagebetaler de kr. 4.312,50, som vi har betalt for meget. Pengene kan indsættes på reg.nr. 4873, kontonr. 3311387981.

Med venlig hilsen
Jørgen Nyborg
Toftevej 17
6740 Bramming
Tlf. 75 17 42 60

Den 12. feb. 2025 kl. 10.14 skrev Vestkyst Energi Kundeservice <kundeservice@vestkystenergi.example>:
> Kære Jørgen Nyborg
>
> Din acontoregning er beregnet ud fra dit forbrug på installationen med GSRN 571313305152204723. Vi kan ikke se fejl i beregningen.
>
> Venlig hilsen
> Line Holm
> Vestkyst Energi – Kundeservice, tlf. 70 10 20 30""",
"planted": [
    ("Jørgen Nyborg", "name", ["Jørgen", "Nyborg"]),
    ("jorgen.nyborg@example.dk", "email", ["jorgen.nyborg@example.dk", "jorgen.nyborg"]),
    ("Line Holm", "name", ["Line", "Holm"]),
    ("Kirsten", "name", ["Kirsten"]),
    ("reg.nr. 4873, kontonr. 3311387981", "iban", ["3311387981"], "none"),
    ("Toftevej 17", "address", ["Toftevej 17"]),
    ("6740", "postcode", ["6740"]),
    ("75 17 42 60", "phone", ["75 17 42 60"]),
],
"lookalikes": [
    ("88120043", "invoice_number"),
    ("6.200 kWh", "quantity"),
    ("5538 2210", "meter_number"),
    ("41.877 kWh", "quantity"),
    ("kr. 4.312,50", "amount"),
    ("571313305152204723", "ean"),
    ("12. feb. 2025 kl. 10.14", "datetime"),
],
},
{
"id": "da-email-002",
"note": "DK water damage claim; customer forwards the plumber's mail to the insurer",
"text": """Fra: Susanne Friis-Holm <susanne.fh@example.dk>
Til: skade@husforsikring.example
Emne: VS: Rapport vandskade – Egevej 5

Hej

Hermed rapporten fra VVS-firmaet om vandskaden i vores bryggers. Min police har nr. HF-301-77452, og mit CPR-nummer er 300771-1858.

Erstatningen kan udbetales til reg. 9860 konto 0007412288.

Ring endelig, hvis I skal bruge mere: 24 61 09 38.

Venlig hilsen
Susanne Friis-Holm

---------- Videresendt meddelelse ----------
Fra: Allan – VVS-firmaet Jens Madsen ApS <service@vvs-madsen.example>
Dato: tors. 6. mar. 2025 kl. 15.47
Emne: Rapport vandskade – Egevej 5
Til: Susanne Friis-Holm <susanne.fh@example.dk>

Hej Susanne

Vi var ude hos jer på Egevej 5, 8680 Ry, i dag. Skaden skyldes en utæt koblingsslange til vaskemaskinen (Miele W1). Vi har udskiftet slangen og sat affugter op i 10 dage.

Pris for udkald og reparation: 3.918,75 kr. inkl. moms, se faktura 20251147.

Mvh. Allan
VVS-firmaet Jens Madsen ApS""",
"planted": [
    ("Susanne Friis-Holm", "name", ["Susanne", "Friis-Holm", "Friis", "Holm"]),
    ("susanne.fh@example.dk", "email", ["susanne.fh@example.dk", "susanne.fh"]),
    ("300771-1858", "national_id", ["300771-1858"], "cpr"),
    ("reg. 9860 konto 0007412288", "iban", ["0007412288"], "none"),
    ("24 61 09 38", "phone", ["24 61 09 38"]),
    ("Allan", "name", ["Allan"]),
    ("Egevej 5", "address", ["Egevej 5"]),
    ("8680", "postcode", ["8680"]),
],
"lookalikes": [
    ("HF-301-77452", "policy_number"),
    ("VVS-firmaet Jens Madsen ApS", "company_name"),
    ("tors. 6. mar. 2025 kl. 15.47", "datetime"),
    ("Miele W1", "product_name"),
    ("10 dage", "duration"),
    ("3.918,75 kr.", "amount"),
    ("20251147", "invoice_number"),
],
},
{
"id": "da-email-003",
"note": "DK hospital: patient asks to move an appointment; quoted appointment letter with doctor's name",
"text": """Fra: Sara Nielsen <sara.nielsen95@example.com>
Til: ortopaedkirurgi@rhlimfjord.example
Emne: Flytning af tid – henvisning 2025-HN-44172

Hej

Jeg har fået indkaldelsen herunder, men jeg er til eksamen den dag. Kan jeg få en anden tid i uge 16 eller 17?

Mine oplysninger:
Sara Nielsen
CPR 030495-0382
Kastanievej 22, 1. tv., 9200 Aalborg SV
Mobil 28 17 93 40

Min kæreste Mathias kører mig, så helst efter kl. 12.

Venlig hilsen
Sara

> Regionshospitalet Limfjord, Ortopædkirurgisk Ambulatorium
> Du er indkaldt til forundersøgelse tirsdag den 8. april kl. 09.40 hos overlæge Peter Lykke.
> Mød op i Ambulatorium 2, indgang B, 15 minutter før.
> Denne mail kan ikke besvares. Ændringer: tlf. 97 64 00 00 (hverdage 8-14).""",
"planted": [
    ("Sara Nielsen", "name", ["Sara", "Nielsen"]),
    ("sara.nielsen95@example.com", "email", ["sara.nielsen95@example.com", "sara.nielsen95"]),
    ("030495-0382", "national_id", ["030495-0382"], "cpr"),
    ("Kastanievej 22, 1. tv.", "address", ["Kastanievej 22"]),
    ("9200", "postcode", ["9200"]),
    ("28 17 93 40", "phone", ["28 17 93 40"]),
    ("Mathias", "name", ["Mathias"]),
    ("Peter Lykke", "name", ["Peter", "Lykke"]),
],
"lookalikes": [
    ("2025-HN-44172", "reference"),
    ("uge 16 eller 17", "date"),
    ("Regionshospitalet Limfjord", "company_name"),
    ("tirsdag den 8. april kl. 09.40", "datetime"),
    ("Ambulatorium 2, indgang B", "room_number"),
    ("15 minutter", "duration"),
],
},
{
"id": "da-email-004",
"note": "DK children's clothing web shop, return and refund to a bank account; quoted answer",
"text": """Fra: Maria Poulsen <maria_poulsen@example.dk>
Til: Lille Ulv kundeservice <hej@lilleulv.example>
Emne: Re: Retur af ordre LU-20031

Hej Sandra

Tak for returlabelen. Jeg har sendt flyverdragten i str. 104 retur med PostNord i dag, den var desværre for lille til Viggo.

Beløbet på 399,00 kr. må gerne sættes ind på reg.nr. 2211 kontonr. 6285104937, da kortet jeg betalte med er udløbet.

Hvis pakken skulle komme retur, er min adresse Bakkedraget 12, 3400 Hillerød, og mit nummer er 51 83 26 04.

Mvh
Maria Poulsen

Den tirs. 18. mar. 2025 skrev Lille Ulv kundeservice:
> Hej Maria
> Du har 14 dages fortrydelsesret, så du kan sagtens returnere varen. Returlabel er vedhæftet.
> Kh Sandra / Lille Ulv""",
"planted": [
    ("Maria Poulsen", "name", ["Maria", "Poulsen"]),
    ("maria_poulsen@example.dk", "email", ["maria_poulsen@example.dk", "maria_poulsen"]),
    ("Sandra", "name", ["Sandra"]),
    ("Viggo", "name", ["Viggo"]),
    ("reg.nr. 2211 kontonr. 6285104937", "iban", ["6285104937"], "none"),
    ("Bakkedraget 12", "address", ["Bakkedraget 12"]),
    ("3400", "postcode", ["3400"]),
    ("51 83 26 04", "phone", ["51 83 26 04"]),
],
"lookalikes": [
    ("Lille Ulv", "company_name"),
    ("LU-20031", "order_number"),
    ("str. 104", "quantity"),
    ("PostNord", "company_name"),
    ("399,00 kr.", "price"),
    ("14 dages", "duration"),
    ("tirs. 18. mar. 2025", "date"),
],
},
{
"id": "da-email-005",
"note": "DK employee to payroll: new account and address; CPR; employer named after a person",
"text": """Til: lon@bygmesterhansen.example
Cc: Dorte (Løn & Personale)
Emne: Ændring af konto og adresse

Hej Dorte

Som aftalt sender jeg mine nye oplysninger, så de kan nå med til lønkørslen pr. 1. maj 2025.

Navn: Kenneth Holst
CPR: 081083-2517
Ny adresse: Møllebakken 7, 5700 Svendborg
Ny lønkonto: reg. 0400 konto 4021837765

Min arbejdstid er stadig 37 timer, og månedslønnen på kr. 31.250,00 er uændret. Jeg kan træffes på 40 56 21 73 eller på kenneth.holst@example.com, hvis der mangler noget.

Venlig hilsen
Kenneth Holst
Tømrer, Bygmester Hansen A/S

Bygmester Hansen A/S · Industrivej 4 · 5762 Vester Skerninge · CVR 12345678""",
"planted": [
    ("Dorte", "name", ["Dorte"]),
    ("Kenneth Holst", "name", ["Kenneth", "Holst"]),
    ("081083-2517", "national_id", ["081083-2517"], "cpr"),
    ("Møllebakken 7", "address", ["Møllebakken 7"]),
    ("5700", "postcode", ["5700"]),
    ("reg. 0400 konto 4021837765", "iban", ["4021837765"], "none"),
    ("40 56 21 73", "phone", ["40 56 21 73"]),
    ("kenneth.holst@example.com", "email", ["kenneth.holst@example.com", "kenneth.holst"]),
],
"lookalikes": [
    ("1. maj 2025", "date"),
    ("37 timer", "quantity"),
    ("kr. 31.250,00", "amount"),
    ("Bygmester Hansen A/S", "company_name"),
    ("CVR 12345678", "reference"),
],
},
{
"id": "da-email-006",
"note": "Greenlandic customer in Nuuk writes to a telecom; building-number address, +299, GL IBAN",
"text": """Fra: Nivi Berthelsen <nivi.berthelsen@example.com>
Til: kundeservice@nunatele.example
Emne: Dobbeltopkrævning – faktura 2025-03-1182

Aluu / Hej

Jeg er blevet opkrævet to gange for mit abonnement Mobil 25 GB i marts, kr. 649,00 begge gange. Jeg vil gerne have det ene beløb tilbage på min konto GL64 1351 1971 8147 81.

Mine oplysninger, hvis I skal bruge dem:
Nivi Berthelsen, født 12.09.1992
B-875, lejl. 4
3900 Nuuk
Tlf. +299 48 71 22

Min mand Inuk har også et abonnement hos jer, men det er ikke blevet dobbeltopkrævet.

Og så en ting mere: vores FiberBoks 2 har ikke virket i 3 dage. Kan I sende en tekniker?

Qujanaq
Nivi

--
Sendt fra Mail til Windows""",
"planted": [
    ("Nivi Berthelsen", "name", ["Nivi", "Berthelsen"]),
    ("nivi.berthelsen@example.com", "email", ["nivi.berthelsen@example.com", "nivi.berthelsen"]),
    ("GL64 1351 1971 8147 81", "iban", ["GL64 1351 1971 8147 81"]),
    ("12.09.1992", "birth_date", ["12.09.1992"]),
    ("B-875, lejl. 4", "address", ["B-875"]),
    ("3900", "postcode", ["3900"]),
    ("+299 48 71 22", "phone", ["+299 48 71 22"]),
    ("Inuk", "name", ["Inuk"]),
],
"lookalikes": [
    ("2025-03-1182", "invoice_number"),
    ("Mobil 25 GB", "product_name"),
    ("kr. 649,00", "price"),
    ("FiberBoks 2", "product_name"),
    ("3 dage", "duration"),
],
},
{
"id": "da-email-007",
"note": "DK parents enrol their daughter at a boarding school (efterskole); child's CPR",
"text": """Fra: Helle Kristensen <helle.kristensen@example.dk>
Til: kontor@efterskolenvedvadehavet.example
Emne: Tilmelding skoleåret 2025/26 – Astrid Kristensen

Kære kontor

Vi vil gerne tilmelde vores datter Astrid til 10. klasse i skoleåret 2025/26.

Elev: Astrid Kristensen, CPR 270609-4124
Forældre: Helle Kristensen og Brian Kristensen
Adresse: Lyngvej 3, 6990 Ulfborg
Telefon: 97 49 18 62 (Helle) / 21 37 80 55 (Brian)

Indskrivningsgebyret på 2.000 kr. er betalt i dag. Skolepengene (ugepris 2.495 kr. før statsstøtte) må trækkes via Betalingsservice fra reg. 7670 konto 1183204466.

Astrid spiller håndbold og glæder sig allerede til linjefaget.

De bedste hilsner
Helle og Brian""",
"planted": [
    ("Helle Kristensen", "name", ["Helle", "Kristensen"]),
    ("helle.kristensen@example.dk", "email", ["helle.kristensen@example.dk", "helle.kristensen"]),
    ("Astrid Kristensen", "name", ["Astrid", "Kristensen"]),
    ("270609-4124", "national_id", ["270609-4124"], "cpr"),
    ("Brian Kristensen", "name", ["Brian", "Kristensen"]),
    ("Lyngvej 3", "address", ["Lyngvej 3"]),
    ("6990", "postcode", ["6990"]),
    ("97 49 18 62", "phone", ["97 49 18 62"]),
    ("21 37 80 55", "phone", ["21 37 80 55"]),
    ("reg. 7670 konto 1183204466", "iban", ["1183204466"], "none"),
],
"lookalikes": [
    ("skoleåret 2025/26", "date"),
    ("10. klasse", "class_name"),
    ("2.000 kr.", "amount"),
    ("ugepris 2.495 kr.", "price"),
    ("Betalingsservice", "product_name"),
],
},
{
"id": "da-email-008",
"note": "Faroese boat owner in Klaksvík writes to an insurer in Danish; P-tal; boat named after a person",
"text": """Frá/Fra: Sámal Joensen <samal.joensen@example.com>
Til: skadi@fiskitrygd.example
Emne: Skade på båd efter storm – police FT-77120

Góðan dag

Under stormen den 3. februar rev min båd "Gudrun" sig løs i havnen og ramte kajen. Skroget har en revne, og påhængsmotoren (Yamaha 40 hk) har fået vand ind. Værftet vurderer reparationen til DKK 18.500.

Mine oplysninger:
Sámal Joensen, P-tal 170483-553
Úti í Bø 5, FO-700 Klaksvík
Tlf. 75 31 08

Udbetaling til konto FO59 0407 2386 2551 18.

Min kone Marjun tog billeder samme morgen, de er vedhæftet (6 stk.).

Vinarliga / Venlig hilsen
Sámal""",
"planted": [
    ("Sámal Joensen", "name", ["Sámal", "Joensen"]),
    ("samal.joensen@example.com", "email", ["samal.joensen@example.com", "samal.joensen"]),
    ("170483-553", "national_id", ["170483-553"], "ptal"),
    ("Úti í Bø 5", "address", ["Úti í Bø 5"]),
    ("FO-700", "postcode", ["FO-700"]),
    ("75 31 08", "phone", ["75 31 08"]),
    ("FO59 0407 2386 2551 18", "iban", ["FO59 0407 2386 2551 18"]),
    ("Marjun", "name", ["Marjun"]),
],
"lookalikes": [
    ("FT-77120", "policy_number"),
    ("den 3. februar", "date"),
    ("Gudrun", "vessel_name"),
    ("Yamaha 40 hk", "product_name"),
    ("DKK 18.500", "amount"),
    ("6 stk.", "quantity"),
],
},
]
