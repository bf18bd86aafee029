from _h import name, em, sem, ad, p, L, rec

RECORDS = [

rec("da-email-001", "email", """
Fra: Kundeservice Vestvarme <kundeservice@vestvarme.example.dk>
Sendt: 6. februar 2024 09:12
Til: Lasse Winther <lw@vestvarme.example.dk>
Emne: VS: Klage over varmeregning - forbrugernr. 118-40277

Hej Lasse

Kan du tage dig af denne? Kunden mener, at måleren har været defekt siden november. Aflæsningerne er vedhæftet.

Mvh
Gitte
Kundeservice

-----Oprindelig meddelelse-----
Fra: Birgit Lindholm <birgit.lindholm@example.dk>
Sendt: 5. februar 2024 22:48
Til: kundeservice@vestvarme.example.dk
Emne: Klage over varmeregning - forbrugernr. 118-40277

Til Vestvarme

Jeg har modtaget en årsopgørelse på 21.860 kr. for mit hus på Solsikkevej 11, 6800 Varde. Sidste år var den på 12.400 kr. Vi er kun to personer i huset, min mand Ejner og jeg.

Varmemåleren (målernr. 6612044) viste 41,2 MWh ved aflæsningen den 31. december, men vi har ikke ændret noget. Jeg har en mistanke om, at måleren er i stykker, fordi displayet blinkede "E4" i hele november.

Jeg vil gerne have, at en montør kommer og kigger på den, og at regningen bliver sat i bero. Tilbagebetaling kan ske til reg. 0400 konto 0088274706.

Jeg kan træffes på 75 22 10 38 om formiddagen eller på mobil 23 48 91 06.

Venlig hilsen
Birgit Lindholm

--
Vestvarme A.m.b.a. · Industrivej 2 · 6800 Varde · tlf. 75 21 00 00 · CVR 12345674
""", [
    name("Lasse Winther"),
    em("lw@vestvarme.example.dk"),
    name("Gitte"),
    name("Birgit Lindholm"),
    em("birgit.lindholm@example.dk"),
    ad("Solsikkevej 11, 6800 Varde", "Solsikkevej 11"),
    name("Ejner"),
    p("iban", "reg. 0400 konto 0088274706", chk="dk_account", norm="0400 0088274706"),
    p("phone", "75 22 10 38"),
    p("phone", "23 48 91 06"),
], [
    L("customer_number", "forbrugernr. 118-40277"), L("price", "21.860 kr."), L("price", "12.400 kr."),
    L("meter", "målernr. 6612044"), L("meter_reading", "41,2 MWh"), L("date", "31. december"),
    L("error_code", "E4"),
], org=["kundeservice@vestvarme.example.dk"]),

rec("da-email-002", "email", """
Fra: Thomas Gregersen <tgregersen@example.com>
Til: Annette Bisgaard <abi@trygheden.example.dk>
Dato: 14. marts 2024 kl. 19:05
Emne: SV: Indbrud - skade 24-IND-2204

Hej Annette

Tak for hurtigt svar. Her er listen over de stjålne ting:
- MacBook Pro 14" (købt 2023, 18.999 kr., kvittering vedhæftet)
- Canon EOS R6 med objektiv (ca. 21.000 kr.)
- smykker efter min mormor, vurderet til 35.000 kr. i 2019

Politiets journalnummer er 3700-80150-01234-24. Naboen, Erling Vad, så en hvid varevogn ved huset omkring kl. 14, og han har givet politiet nummerpladen, den lød på DR 41 772.

Erstatning bedes udbetalt til min NemKonto, reg. 2200 konto 3242701120.

Min adresse er stadig Strandvejen 244, 2920 Charlottenlund, og I kan ringe på 30 91 18 64.

Mvh
Thomas Gregersen

Den 12. marts 2024 kl. 10:31 skrev Annette Bisgaard <abi@trygheden.example.dk>:
> Kære Thomas Gregersen
>
> Vi har modtaget din anmeldelse af indbrud den 11. marts. For at behandle sagen skal vi bruge:
> 1) en liste over stjålne genstande med pris og købsår
> 2) politiets journalnummer
>
> Din indboforsikring (police 61-302985) har en selvrisiko på 1.500 kr.
>
> Med venlig hilsen
> Annette Bisgaard
> Skadebehandler, Privat
> Trygheden Forsikring · tlf. 70 20 30 40
""", [
    name("Thomas Gregersen"),
    em("tgregersen@example.com"),
    name("Annette Bisgaard"),
    em("abi@trygheden.example.dk"),
    name("Erling Vad"),
    p("plate", "DR 41 772"),
    p("iban", "reg. 2200 konto 3242701120", chk="dk_account", norm="2200 3242701120"),
    ad("Strandvejen 244, 2920 Charlottenlund", "Strandvejen 244", "2920"),
    p("phone", "30 91 18 64"),
], [
    L("claim", "24-IND-2204"), L("product", 'MacBook Pro 14"'), L("price", "18.999 kr."),
    L("product", "Canon EOS R6"), L("case", "3700-80150-01234-24"), L("policy", "police 61-302985"),
    L("price", "1.500 kr."),
]),

rec("da-email-003", "email", """
Til: skat@skattestyrelsen.example.dk
Fra: Henrik Bech Nørgaard <hbn@example.net>
Emne: Spørgsmål til forskudsopgørelse 2025

Goddag

Jeg har et spørgsmål til min forskudsopgørelse for 2025. Mit cpr-nummer er 191175-2527.

Jeg er skiftet job pr. 1. januar og arbejder nu hos Brødrene Dahl A/S i stedet for Aarhus Universitet. Min løn er steget til 52.300 kr. om måneden, men på forskudsopgørelsen står der stadig 44.100 kr. Jeg kører desuden 62 km hver dag til Vejle, så jeg burde have et større befordringsfradrag.

Min kone, Lene Bech Nørgaard (cpr 050969-2044), er gået ned i tid og tjener nu ca. 31.000 kr. om måneden. Kan det påvirke vores fælles rentefradrag på ca. 28.400 kr.?

Vi bor på Hedevej 19, 8600 Silkeborg. Eventuel tilbagebetaling går til NemKonto, reg. 5301 konto 0241889123.

Ring gerne på 24 15 80 37 efter kl. 16.

Med venlig hilsen
Henrik Bech Nørgaard
""", [
    name("Henrik Bech Nørgaard"),
    em("hbn@example.net"),
    p("national_id", "191175-2527", chk="cpr"),
    name("Lene Bech Nørgaard"),
    p("national_id", "050969-2044", chk="cpr"),
    ad("Hedevej 19, 8600 Silkeborg", "Hedevej 19", "8600"),
    p("iban", "reg. 5301 konto 0241889123", chk="dk_account", norm="5301 0241889123"),
    p("phone", "24 15 80 37"),
], [
    L("company", "Brødrene Dahl A/S"), L("price", "52.300 kr. om måneden"), L("price", "44.100 kr."),
    L("quantity", "62 km"), L("price", "ca. 31.000 kr."), L("price", "ca. 28.400 kr."),
    L("company", "Aarhus Universitet"),
], org=["skat@skattestyrelsen.example.dk"]),

rec("da-email-004", "email", """
Besked fra Aula – eksporteret 18-04-2024
Fra: Mia Østergaard (forælder til William Østergaard, 4.A)
Til: Rikke Skovbo (klasselærer 4.A); Kenneth Lau (SFO)
Emne: Drillerier i frikvarteret

Hej Rikke og Kenneth

William kom hjem i går og var meget ked af det. Han fortæller, at to drenge fra 5.B, Magnus og Oscar, har taget hans madpakke og gemt hans jakke flere gange i frikvarteret kl. 10.15. Det er tredje gang på to uger.

Jeg ved godt, at det er svært at have øjne alle steder, men jeg vil gerne have et møde om det. Jeg kan mandag eller onsdag efter kl. 15.30. Faren til William, Christian Holt, vil også gerne deltage.

William har i øvrigt fået ny tandlæge, så han skal til kontrol hos tandlæge Munk den 25. april kl. 9.00 og kommer først i skole efter 2. lektion.

I kan fange mig på 41 27 55 93 eller mia.oestergaard@example.dk.

Venlig hilsen
Mia
""", [
    name("Mia Østergaard"),
    name("William Østergaard"),
    name("Rikke Skovbo"),
    name("Kenneth Lau"),
    name("Magnus"),
    name("Oscar"),
    name("Christian Holt"),
    name("Munk"),
    p("phone", "41 27 55 93"),
    em("mia.oestergaard@example.dk"),
], [
    L("quantity", "4.A"), L("quantity", "5.B"), L("time", "kl. 10.15"), L("time", "efter kl. 15.30"),
    L("date", "25. april kl. 9.00"), L("quantity", "2. lektion"), L("product", "Aula"),
]),

rec("da-email-005", "email", """
Til: udlejning@boligfonden-fyn.example.dk
Fra: Sebastian Krogh <sebastiankrogh@example.com>
Emne: Ansøgning om lejlighed – annonce 2024-0611 (3 vær., 82 m²)

Kære udlejning

Vi vil gerne søge lejligheden fra annonce 2024-0611 (husleje 8.950 kr. + aconto 650 kr.).

Vi er to voksne og et barn:
- Sebastian Krogh, f. 30.03.1991, sygeplejerske på OUH
- Amalie Krogh Frandsen, f. 17.10.1993, pædagog i Odense Kommune
- Vores søn Alfred, f. 2021

Vi bor i dag til leje på Skibhusvej 140, 1. tv., 5000 Odense C, hvor vi har boet i fem år. Vores nuværende udlejer, Preben Dyhr, kan give en reference på 66 11 28 40.

Depositum (3 måneders husleje) kan indbetales fra reg. 6400 konto 5399643202 med det samme.

Vi har en kat, Pjuske, som er steriliseret og indekat.

Telefon: 28 30 19 75 (Sebastian), 42 18 77 04 (Amalie)

Venlig hilsen
Sebastian og Amalie
""", [
    em("sebastiankrogh@example.com"),
    name("Sebastian Krogh"),
    p("birth_date", "30.03.1991"),
    name("Amalie Krogh Frandsen"),
    p("birth_date", "17.10.1993"),
    name("Alfred"),
    ad("Skibhusvej 140, 1. tv., 5000 Odense C", "Skibhusvej 140", "5000"),
    name("Preben Dyhr"),
    p("phone", "66 11 28 40"),
    p("iban", "reg. 6400 konto 5399643202", chk="dk_account", norm="6400 5399643202"),
    p("phone", "28 30 19 75"),
    p("phone", "42 18 77 04"),
], [
    L("case", "annonce 2024-0611"), L("quantity", "82 m²"), L("price", "8.950 kr."), L("price", "aconto 650 kr."),
    L("pet", "Pjuske"), L("company", "OUH"), L("duration", "3 måneders husleje"),
], org=["udlejning@boligfonden-fyn.example.dk"]),

rec("da-email-006", "email", """
---------- Videresendt meddelelse ----------
Fra: Nivi Lynge <nivi.lynge@example.com>
Date: tir. 9. jan. 2024 kl. 14.22
Subject: Fwd: Fugt i lejligheden
To: <boligkontor@nuukbolig.example.dk>

Goddag. Jeg videresender på vegne af min bror, som ikke har mail. Han har haft fugt i lejligheden siden oktober. Jeg er hans kontaktperson.

Nivi Lynge
+299 49 33 07

---------- Videresendt meddelelse ----------
Fra: Pavia Lynge
Til: Nivi Lynge

Kære boligkontor

Jeg hedder Pavia Lynge og bor på Qernertunnguit 8, 2. sal, 3900 Nuuk. Mit lejemålsnummer er 0412-0817-2.

Der er sort skimmel på væggen i soveværelset og ved vinduerne. Jeg har ringet tre gange, senest til Karl i driften den 4. december, men der er ikke sket noget. Min søn Inuk på 4 år har astma, og lægen, Dr. Berthelsen, siger, at det kan hænge sammen med fugten.

Jeg vil gerne have en anden lejlighed eller have huslejen sat ned. Jeg betaler 7.215 kr. om måneden fra GL27 6472 8802 7255 95.

Mit cpr-nummer er 080286-0759.

Hilsen
Pavia
""", [
    name("Nivi Lynge"),
    em("nivi.lynge@example.com"),
    p("phone", "+299 49 33 07"),
    name("Pavia Lynge"),
    ad("Qernertunnguit 8, 2. sal, 3900 Nuuk", "Qernertunnguit 8", "3900"),
    name("Karl"),
    name("Inuk"),
    name("Berthelsen"),
    p("iban", "GL27 6472 8802 7255 95", chk="iban"),
    p("national_id", "080286-0759", chk="cpr"),
], [
    L("contract", "0412-0817-2"), L("date", "4. december"), L("quantity", "på 4 år"),
    L("price", "7.215 kr. om måneden"), L("duration", "tre gange"),
], org=["boligkontor@nuukbolig.example.dk"]),

rec("da-email-007", "email", """
Fra: Line Bøgh <lbo@grenaa-beslag.example.dk>
Sendt: 28. maj 2024 11:40
Til: Løn <loen@grenaa-beslag.example.dk>
Emne: VS: ny konto + forkert feriepenge

Hej Løn

Videresender fra Kasim på lageret. Kan I kigge på feriepengene? Og han har skiftet bank.

/Line
Afdelingsleder, Lager og Forsendelse

-----Original Message-----
From: Kasim Demir <kasimdemir@example.net>
Sent: 27. maj 2024 21:03
To: Line Bøgh <lbo@grenaa-beslag.example.dk>
Subject: ny konto

hej line

jeg har fået ny bank, kontoen er nu DK96 3409 2650 5000 18 (før reg. 9570 konto 6396436108). kan det nå at komme med på lønnen for juni?

og jeg har fået 12,5 % feriepenge på lønsedlen for maj men der står kun 8.412,77 kr og jeg mener det skal være over 9.000. mit medarbejdernr er 2087 og mit cpr er 280892-0607.

ny adresse i øvrigt: Lyngbyvej 12, st., 8500 Grenaa

tak
Kasim
53 82 44 19
""", [
    name("Line Bøgh", "line"),
    em("lbo@grenaa-beslag.example.dk"),
    name("Kasim Demir"),
    em("kasimdemir@example.net"),
    p("iban", "DK96 3409 2650 5000 18", chk="iban"),
    p("iban", "reg. 9570 konto 6396436108", chk="dk_account", norm="9570 6396436108"),
    p("national_id", "280892-0607", chk="cpr"),
    ad("Lyngbyvej 12, st., 8500 Grenaa", "Lyngbyvej 12", "8500"),
    p("phone", "53 82 44 19"),
], [
    L("quantity", "12,5 %"), L("price", "8.412,77 kr"), L("price", "over 9.000"), L("member", "medarbejdernr er 2087"),
    L("date", "lønnen for juni"), L("date", "28. maj 2024 11:40"),
], org=["loen@grenaa-beslag.example.dk"]),

rec("da-email-008", "email", """
Fra: Anke Petersen <anke.petersen@example.com>
Til: ordre@nordiskdesign.example.dk
Dato: 2. oktober 2024 08:15
Emne: Re: Din ordre #ND-104772 – returnering

Hej Maja

Tak for svaret. Min søn Lukas har nu sendt lampen retur med DHL fra Flensborg, forsendelsesnummer 1Z 9A1 204 68 0012 8841. Pakken er sendt fra min adresse i Tyskland: Große Straße 12, 24937 Flensburg.

Da jeg bor i Tyskland har jeg ikke en dansk konto. Vil I overføre de 2.495 kr. til min tyske konto: DE24 3704 0044 2091 3946 09 (kontohaver Anke Petersen)?

Jeg kan kontaktes på +49 461 318 27 55.

Venlig hilsen / Mit freundlichen Grüßen
Anke Petersen

Den 30.09.2024 kl. 14:02 skrev Nordisk Design Kundeservice:
> Hej Anke
>
> Tak for din henvendelse. Du er velkommen til at returnere Le Klint-lampen (model 172, hvid) inden for 30 dage.
> Pengene tilbagebetales inden for 14 dage efter vi har modtaget varen.
>
> Venlig hilsen
> Maja Holmgaard
> Nordisk Design · Vestergade 6 · 5700 Svendborg · CVR 29401183
""", [
    name("Anke Petersen"),
    em("anke.petersen@example.com"),
    name("Maja Holmgaard"),
    ad("Große Straße 12, 24937 Flensburg", "Große Straße 12", "24937"),
    p("iban", "DE24 3704 0044 2091 3946 09", chk="iban"),
    p("phone", "+49 461 318 27 55"),
    name("Lukas"),
], [
    L("order", "#ND-104772"), L("tracking", "1Z 9A1 204 68 0012 8841"), L("price", "2.495 kr."),
    L("company", "Le Klint"), L("product", "model 172"), L("duration", "inden for 30 dage"),
], org=["ordre@nordiskdesign.example.dk"]),

]
