from rec import P, L

RECORDS = [
# ---------------------------------------------------------------- 001 elselskab, klage med citat
{
"id": "da-email-001", "language": "da", "channel": "email",
"text": """Fra: Poul Erik Vinther <pe.vinther@example.com>
Til: Kundeservice <kundeservice@vestkraft.example>
Emne: SV: Din årsopgørelse – kundenr. 600218834

Hej Susanne

Tak for svaret, men jeg er stadig ikke enig. Jeres måler (målepunkt-ID 571313104400221874) har registreret 6.812 kWh, men vi har været i Spanien fra 1. januar til 31. marts, og huset har stået tomt. Vi bruger normalt ca. 3.900 kWh om året.

Jeg vil gerne have måleren tjekket. Mit cpr-nr. er 180275-2411, hvis I skal bruge det.

Og så vil jeg gerne have tilbagebetalingen på 1.874,25 kr. sat ind på min nye konto: reg.nr. 6331, kontonr. 7244518382.

Med venlig hilsen
Poul Erik Vinther
Strandvejen 212
9300 Sæby
Tlf. 98 46 20 71

Den 4. mar. 2024 kl. 10.12 skrev Kundeservice <kundeservice@vestkraft.example>:
> Kære Poul Erik Vinther
>
> Tak for din henvendelse. Vi har gennemgået din årsopgørelse for 2023 og kan se, at forbruget er fjernaflæst og dermed korrekt.
>
> Med venlig hilsen
> Susanne
> Kundeservice, VestKraft A/S
> Industrivej 4, 9800 Hjørring · CVR 12345678""",
"planted": [
    P("Poul Erik Vinther", "name"),
    P("pe.vinther@example.com", "email"),
    P("Susanne", "name"),
    P("180275-2411", "national_id", check="cpr"),
    P("6331, kontonr. 7244518382", "iban", mns=["7244518382"]),
    P("Strandvejen 212\n9300 Sæby", "address", mns=["Strandvejen 212", "9300"]),
    P("98 46 20 71", "phone"),
],
"lookalikes": [
    L("600218834", "customer_number"),
    L("571313104400221874", "meter_number"),
    L("6.812 kWh", "quantity"),
    L("1. januar til 31. marts", "date"),
    L("3.900 kWh", "quantity"),
    L("1.874,25 kr.", "amount"),
    L("Den 4. mar. 2024 kl. 10.12", "date"),
],
},
# ---------------------------------------------------------------- 002 hospital, videresendt
{
"id": "da-email-002", "language": "da", "channel": "email",
"text": """Fra: Lene Kofoed <lene.kofoed@example.net>
Til: ortopaedi.ambulatorie@regionhospital.example
Emne: VS: Indkaldelse til ambulant undersøgelse

Kære ambulatorium

Jeg skriver på vegne af min mor, Inger Kofoed (cpr 030644-2090), som har givet mig fuldmagt. Hun er indkaldt til torsdag den 11. april kl. 08.30, men hun kan ikke selv komme til Aarhus den dag, fordi den flextrafik hun har bestilt først kan hente hende kl. 10. Kan tiden flyttes til om eftermiddagen?

Hun bor på Plejecenter Søbakken, Søbakken 2, værelse 14, 8660 Skanderborg. I kan ringe til mig på 23 71 45 90.

Venlig hilsen
Lene Kofoed

---------- Videresendt besked ---------
Fra: Regionshospitalet <noreply@regionhospital.example>
Dato: man. 25. mar. 2024 kl. 14.03
Emne: Indkaldelse til ambulant undersøgelse
Til: Inger Kofoed <inger.kofoed@example.com>

Kære Inger Kofoed

Du er indkaldt til undersøgelse af dit højre knæ:
Tid: torsdag den 11. april kl. 08.30
Sted: Ortopædkirurgisk Ambulatorium, indgang 2, plan 3
Læge: Morten Skov, overlæge

Medbring dit sundhedskort og en liste over din medicin. Hvis du er forhindret, skal du melde afbud senest 24 timer før.

Med venlig hilsen
Ortopædkirurgisk Ambulatorium""",
"planted": [
    P("Lene Kofoed", "name"),
    P("lene.kofoed@example.net", "email"),
    P("Inger Kofoed", "name"),
    P("030644-2090", "national_id", check="cpr"),
    P("Søbakken 2, værelse 14, 8660 Skanderborg", "address", mns=["Søbakken 2", "8660"]),
    P("23 71 45 90", "phone"),
    P("inger.kofoed@example.com", "email"),
    P("Morten Skov", "name"),
],
"lookalikes": [
    L("torsdag den 11. april kl. 08.30", "date"),
    L("kl. 10", "time"),
    L("Plejecenter Søbakken", "company"),
    L("man. 25. mar. 2024 kl. 14.03", "date"),
    L("indgang 2, plan 3", "reference"),
    L("24 timer", "duration"),
],
},
# ---------------------------------------------------------------- 003 boligansøgning
{
"id": "da-email-003", "language": "da", "channel": "email",
"text": """Til: udlejning@boligkontoret-fyn.example
Emne: Ansøgning – lejemål 14-203, Rugårdsvej

Hej Pernille

Tak for fremvisningen i tirsdags. Vi vil gerne søge lejligheden (3 vær., 82 m², husleje 7.450 kr. + aconto 650 kr.) med indflytning 1. juni.

Ansøgere:
Sofie Damgaard, cpr 170993-2434, sygeplejerske på OUH, 31.200 kr. brutto/md.
Yusuf Aydın, cpr 280491-0509, elektriker hos Fyns El-Service, 34.800 kr. brutto/md.

Nuværende adresse: Vesterbro 61, 2. tv., 5000 Odense C
Tlf. 51 26 83 04 (Sofie) og 27 90 14 55 (Yusuf)

Vi har ventelistenummer 2019-04417 og har været skrevet op siden 2019. Depositum på 22.350 kr. kan overføres med det samme.

De bedste hilsner
Sofie og Yusuf
sofie.damgaard@example.org""",
"planted": [
    P("Pernille", "name"),
    P("Sofie Damgaard", "name", "Sofie"),
    P("170993-2434", "national_id", check="cpr"),
    P("Yusuf Aydın", "name", "Yusuf"),
    P("280491-0509", "national_id", check="cpr"),
    P("Vesterbro 61, 2. tv., 5000 Odense C", "address", mns=["Vesterbro 61", "5000"]),
    P("51 26 83 04", "phone"),
    P("27 90 14 55", "phone"),
    P("sofie.damgaard@example.org", "email"),
],
"lookalikes": [
    L("14-203", "reference"),
    L("82 m²", "quantity"),
    L("7.450 kr.", "price"),
    L("1. juni", "date"),
    L("Fyns El-Service", "company"),
    L("2019-04417", "reference"),
    L("22.350 kr.", "amount"),
],
},
# ---------------------------------------------------------------- 004 dyreforsikring, skadeanmeldelse
{
"id": "da-email-004", "language": "da", "channel": "email",
"text": """Emne: Skadeanmeldelse – katten Pjuske – police 88-301775

Hej

Vores kat Pjuske (Europæisk korthår, 7 år) har været indlagt hos Dyrehospitalet Nordvest fra den 2. til den 5. april med en blærebetændelse. Den samlede regning er på 11.380 kr. (faktura 45120, vedhæftet).

Forsikringstager: Maria Kragelund
Adresse: Bøgevej 6, 7100 Vejle
Telefon: 22 08 61 47
Udbetaling til: DK64 5811 2228 1086 25

Dyrlægen, Henriette Bonde, har skrevet journalnotat, som også er vedhæftet. Vi har tidligere fået udbetalt 2.400 kr. i 2023, så vi er klar over at der er et loft på 20.000 kr. om året.

Hvis I har spørgsmål, kan I også kontakte min mand, Søren Kragelund, på 40 73 19 26.

Venlig hilsen
Maria Kragelund
maria.kragelund@example.com""",
"planted": [
    P("Maria Kragelund", "name"),
    P("Bøgevej 6, 7100 Vejle", "address", mns=["Bøgevej 6", "7100"]),
    P("22 08 61 47", "phone"),
    P("DK64 5811 2228 1086 25", "iban"),
    P("Henriette Bonde", "name"),
    P("Søren Kragelund", "name"),
    P("40 73 19 26", "phone"),
    P("maria.kragelund@example.com", "email"),
],
"lookalikes": [
    L("Pjuske", "pet_name"),
    L("88-301775", "policy_number"),
    L("Dyrehospitalet Nordvest", "company"),
    L("11.380 kr.", "price"),
    L("45120", "invoice_number"),
    L("20.000 kr.", "amount"),
    L("7 år", "quantity"),
],
},
# ---------------------------------------------------------------- 005 ny medarbejder, løn
{
"id": "da-email-005", "language": "da", "channel": "email",
"text": """Fra: Nadia Khalil <nadia.khalil@example.net>
Til: Løn & Personale, Bageriet Hansen & Co
Emne: Oplysninger til lønsystemet – start 1. april

Hej Bettina

Som aftalt sender jeg mine oplysninger til lønsystemet:

Navn: Nadia Khalil
Cpr-nr.: 021083-2270
Adresse: Ringstedgade 18, 1. sal, 4000 Roskilde
Lønkonto: 3999 2505634212
Telefon: 60 38 51 24
Pårørende: Omar Khalil (bror), 71 44 02 86

Skattekortet er bestilt hos Skattestyrelsen, og trækprocenten er 37. Jeg er medlem af Fødevareforbundet NNF, så kontingentet på 495 kr. skal ikke trækkes over lønnen.

Jeg glæder mig til at starte på morgenholdet kl. 4.30 😊

Mvh Nadia""",
"planted": [
    P("Nadia Khalil", "name"),
    P("nadia.khalil@example.net", "email"),
    P("Bettina", "name"),
    P("021083-2270", "national_id", check="cpr"),
    P("Ringstedgade 18, 1. sal, 4000 Roskilde", "address", mns=["Ringstedgade 18", "4000"]),
    P("3999 2505634212", "iban", mns=["2505634212"]),
    P("60 38 51 24", "phone"),
    P("Omar Khalil", "name"),
    P("71 44 02 86", "phone"),
],
"lookalikes": [
    L("Bageriet Hansen & Co", "company"),
    L("1. april", "date"),
    L("trækprocenten er 37", "percentage"),
    L("Fødevareforbundet NNF", "company"),
    L("495 kr.", "price"),
    L("kl. 4.30", "time"),
],
},
# ---------------------------------------------------------------- 006 webshop, svar med citat
{
"id": "da-email-006", "language": "da", "channel": "email",
"text": """Emne: SV: Reklamation ordre 7730418 [Sag #102385]

Hej Palle Ibsen

Tak for din mail og billederne. Vi beklager, at din Georg Jensen Bernadotte termokande er kommet frem med en bule. Vi sender en ny kande (varenr. 3586417, 899 kr.) til dig uden beregning, og du skal ikke returnere den gamle.

Den nye kande sendes med PostNord til pakkeshoppen i Netto, Algade 12 i Aalborg, som du har valgt. Du får et track & trace-nummer på sms.

Venlig hilsen
Camilla Dahl
Kundeservice · Hjem&Stil ApS · Havnegade 1, 9000 Aalborg · CVR 87654321

-----Oprindelig meddelelse-----
Fra: Palle Ibsen <palleibsen61@example.com>
Sendt: 2. april 2024 19:54
Til: kundeservice@hjemogstil.example
Emne: Reklamation ordre 7730418

> Hej
> Jeg har modtaget ordre 7730418, men termokanden har en stor bule på siden (se billeder). Den var en gave til min søster, Lis Ibsen, der har fødselsdag i næste uge, så den skal helst være her inden den 9. april.
> Min adresse er Skelagervej 140, 9200 Aalborg SV og mit mobilnummer 20 61 93 48. Hvis jeg ikke tager den, så ring til min kone, Bodil, på 98 12 33 40.
> Mvh Palle""",
"planted": [
    P("Palle Ibsen", "name"),
    P("Camilla Dahl", "name"),
    P("palleibsen61@example.com", "email"),
    P("Lis Ibsen", "name"),
    P("Skelagervej 140, 9200 Aalborg SV", "address", mns=["Skelagervej 140", "9200"]),
    P("20 61 93 48", "phone"),
    P("Bodil", "name"),
    P("98 12 33 40", "phone"),
],
"lookalikes": [
    L("7730418", "order_number"),
    L("#102385", "ticket_number"),
    L("Georg Jensen Bernadotte", "product"),
    L("3586417", "sku"),
    L("899 kr.", "price"),
    L("2. april 2024 19:54", "date"),
    L("den 9. april", "date"),
],
},
# ---------------------------------------------------------------- 007 rejse, færøsk kunde, videresendt booking
{
"id": "da-email-007", "language": "da", "channel": "email",
"text": """Fra: Bárður Olsen <bardur.olsen@example.com>
Til: kundeservice@nordflog.example
Emne: Klage over aflyst fly + refusion

Góðan dag / Goddag

Vores fly fra København til Vágar den 28. december blev aflyst med 3 timers varsel, og vi fik først et nyt fly den 30. december. Vi var fire personer: mig, min kone Rannvá Olsen, vores datter Marjun Olsen (født 12.09.2017) og min svigermor, Elin Joensen.

Vi har haft udgifter til hotel (Hotel Kastrup Lufthavn, 2 nætter, 4.980 kr.) og mad (1.215 kr.). Kvitteringer er vedhæftet. Vi ønsker kompensation efter EU-forordning 261/2004 og refusion af udgifterne.

Beløbet kan indsættes på FO09 7294 3648 3756 89... undskyld, forkert, det er min gamle konto. Brug venligst den nye, som står i formularen.

Adresse: Gerðavegur 21, FO-520 Leirvík
Telefon: +298 51 93 27

Vinarliga / Venlig hilsen
Bárður Olsen

---------- Videresendt besked ---------
Fra: Norðflog <booking@nordflog.example>
Dato: tor. 7. dec. 2023 kl. 21.40
Emne: Din booking 8KQ2ZT er bekræftet
Til: <bardur.olsen@example.com>

Booking: 8KQ2ZT
NF 452 København (CPH) – Vágar (FAE), 28.12.2023 kl. 13.05
Passagerer: OLSEN/BARDUR MR, OLSEN/RANNVA MRS, OLSEN/MARJUN MISS (CHD), JOENSEN/ELIN MRS
Pris i alt: 9.360 kr.""",
"planted": [
    P("Bárður Olsen", "name", "BARDUR", "OLSEN"),
    P("bardur.olsen@example.com", "email"),
    P("Rannvá Olsen", "name", "RANNVA"),
    P("Marjun Olsen", "name", "MARJUN"),
    P("12.09.2017", "birth_date"),
    P("Elin Joensen", "name", "JOENSEN", "ELIN"),
    P("FO09 7294 3648 3756 89", "iban"),
    P("Gerðavegur 21, FO-520 Leirvík", "address", mns=["Gerðavegur 21", "FO-520"]),
    P("+298 51 93 27", "phone"),
],
"lookalikes": [
    L("den 28. december", "date"),
    L("Hotel Kastrup Lufthavn", "company"),
    L("4.980 kr.", "price"),
    L("261/2004", "reference"),
    L("8KQ2ZT", "booking_reference"),
    L("NF 452", "flight_number"),
    L("9.360 kr.", "price"),
],
},
# ---------------------------------------------------------------- 008 skoleindskrivning
{
"id": "da-email-008", "language": "da", "channel": "email",
"text": """Til: skolekontoret@lyshoejskolen.example
Emne: Indskrivning af Alma Bundgaard i 6. klasse

Kære skolekontor

Vi flytter til Kolding i sommerferien og vil gerne indskrive vores datter på Lyshøjskolen fra 1. august.

Barnets navn: Alma Bundgaard
Cpr-nr.: 091012-8892
Nuværende skole: Vestre Skole i Fredericia, 5. klasse
Ny adresse (fra 1. juli): Grønnegade 9, 6000 Kolding

Forældre:
Thomas Bundgaard, tlf. 29 17 64 38, thomas.bundgaard@example.com
Nanna Krogh, tlf. 50 82 31 96

Alma har en nøddeallergi, og hun har en EpiPen med i tasken. Hun går til håndbold i KIF, så hun vil gerne med i SFO2 eller Klub Nord om eftermiddagen.

Må vi komme forbi og se skolen en dag i uge 24, gerne efter kl. 15?

Med venlig hilsen
Thomas Bundgaard og Nanna Krogh""",
"planted": [
    P("Alma Bundgaard", "name"),
    P("091012-8892", "national_id", check="cpr"),
    P("Grønnegade 9, 6000 Kolding", "address", mns=["Grønnegade 9", "6000"]),
    P("Thomas Bundgaard", "name"),
    P("29 17 64 38", "phone"),
    P("thomas.bundgaard@example.com", "email"),
    P("Nanna Krogh", "name"),
    P("50 82 31 96", "phone"),
],
"lookalikes": [
    L("6. klasse", "reference"),
    L("Lyshøjskolen", "company"),
    L("1. august", "date"),
    L("Vestre Skole", "company"),
    L("EpiPen", "product"),
    L("uge 24", "date"),
    L("efter kl. 15", "time"),
],
},
]
