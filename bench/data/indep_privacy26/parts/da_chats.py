from _lib import p, rec

RECORDS = [

rec("da-chat-001", """
Chat-log  |  Nordlys Energi  |  Mit Nordlys (logget ind)
Bruger: kirsten_o61  ·  IP: 192.0.2.77  ·  Start: 14-03-2024 20:11
-------------------------------------------------------------
20:11 Vera (digital assistent): Hej! Jeg er Vera, Nordlys' digitale assistent 🤖 Hvad kan jeg hjælpe med i dag?
20:11 Kunde: min regning er alt for høj
20:11 Vera (digital assistent): Jeg kan se, at du spørger om din regning. Vil du [Se regning] [Ændre aconto] [Tale med en medarbejder]?
20:12 Kunde: Tale med en medarbejder
20:12 Vera (digital assistent): Et øjeblik, jeg sætter dig i kø. Forventet ventetid: 3 min.
20:15 Nikolaj: Hej, du skriver med Nikolaj. Jeg kan se, din seneste regning er på 4.812,50 kr. Skal vi kigge på den sammen?
20:16 Kunde: ja tak. jeg hedder Kirsten Overgaard. jeg har boet alene siden januar, min mand er død, så forbruget burde være lavere
20:17 Nikolaj: Det er jeg ked af at høre. Jeg kan se, at regningen bygger på et skønnet forbrug på 5.200 kWh, fordi måleren ikke er aflæst. For en sikkerheds skyld, kan du bekræfte dit CPR?
20:18 Kunde: 140165-6883
20:19 Nikolaj: Tak. Og du bor stadig på Rosenvænget 19, 9000 Aalborg?
20:19 Kunde: ja. måleren siger 61203 nu, jeg har lige været nede og kigge
20:21 Nikolaj: Så er det mindre end skønnet. Jeg laver en ny regning med faktisk forbrug, og overskydende beløb kommer retur på DK10 3000 3014 3971 25. Passer det?
20:21 Kunde: ja det er min nemkonto
20:22 Nikolaj: Aftalen står stadig i både dit og din afdøde mands navn, Poul Overgaard. Skal vi overføre den til dig alene?
20:22 Kunde: ja tak
20:23 Nikolaj: Så sender jeg en fuldmagt til kirsten.overgaard@example.dk. Må vi ringe på 98 12 44 70, hvis vi mangler noget?
20:24 Kunde: ja eller mobil 40 55 21 38
20:24 Nikolaj: Super. Du hører fra os inden for 5 hverdage. Hav en god aften, Kirsten.
""", [
    p("kirsten_o61", "username"),
    p("192.0.2.77", "ip"),
    p("Nikolaj", "name"),
    p("Kirsten Overgaard", "name"),
    p("140165-6883", "national_id", scheme="cpr"),
    p("Rosenvænget 19, 9000 Aalborg", "address", mns=["Rosenvænget 19", "9000 Aalborg"]),
    p("DK10 3000 3014 3971 25", "iban", scheme="iban"),
    p("Poul Overgaard", "name"),
    p("kirsten.overgaard@example.dk", "email"),
    p("98 12 44 70", "phone"),
    p("40 55 21 38", "phone"),
], [
    ("Vera (digital assistent)", "bot_name"), ("3 min", "duration"), ("4.812,50 kr.", "price"),
    ("5.200 kWh", "quantity"), ("61203", "meter_reading"), ("5 hverdage", "duration"),
]),

rec("da-chat-002", """
[12.03.24, 14.22.05] Julie Mortensen: Hej! Jeg har bestilt en PH 5 lampe for to uger siden og har ikke hørt noget 😬 ordre #DK-40218
[12.03.24, 14.40.51] Hygge Lamper: Hej Julie! Det er Signe 😊 Beklager ventetiden, lampen har været i restordre, men den er sendt i dag med GLS
[12.03.24, 14.41.20] Julie Mortensen: Super! Sender I til Sankt Hans Gade 8, 4. sal, 2200 København N? Jeg er flyttet
[12.03.24, 14.45.02] Hygge Lamper: Uh, den er sendt til den gamle adresse i Valby 🙈 jeg ringer til GLS og får den omdirigeret. Hvad er dit nummer, så de kan sms'e?
[12.03.24, 14.45.40] Julie Mortensen: 26 18 43 90
[12.03.24, 14.46.12] Julie Mortensen: Ellers kan min kæreste Magnus tage den, han er hjemme om formiddagen. Magnus Friis, 31 07 52 66
[12.03.24, 14.50.33] Hygge Lamper: Perfekt. Som undskyldning giver vi 150 kr. retur, hvor skal de hen?
[12.03.24, 14.51.19] Julie Mortensen: reg 5470 konto 3948690953 tak ❤️
[12.03.24, 14.51.44] Julie Mortensen: <billede udeladt>
[12.03.24, 14.52.10] Hygge Lamper: Klaret! Kvittering kommer på julie.mortensen@example.com. Og husk du har 30 dages returret fra du modtager den
[12.03.24, 14.52.31] Julie Mortensen: Tusind tak Signe 🙏
""", [
    p("Julie Mortensen", "name"),
    p("Signe", "name"),
    p("Sankt Hans Gade 8, 4. sal, 2200 København N", "address", mns=["Sankt Hans Gade 8", "2200 København N"]),
    p("26 18 43 90", "phone"),
    p("Magnus Friis", "name"),
    p("31 07 52 66", "phone"),
    p("reg 5470 konto 3948690953", "iban", mns=["3948690953", "reg 5470"]),
    p("julie.mortensen@example.com", "email"),
], [
    ("PH 5 lampe", "product"), ("#DK-40218", "order_number"), ("GLS", "company"), ("150 kr.", "price"),
    ("30 dages returret", "duration"), ("Hygge Lamper", "company"), ("[12.03.24, 14.50.33]", "timestamp"),
]),

rec("da-chat-003", """
Mathias Krogh
Hej! Er der plads på holdet kl. 17.30 i morgen? Og min ven vil gerne prøve en gratis prøvetime
Sendt 09.14

Boxen Vesterbro
Hej Mathias! Ditte her 💪 Der er 3 pladser tilbage. Hvad hedder din ven?
Sendt 09.32

Mathias Krogh
Oliver Bruun, hans nummer er 61 28 47 03. han har aldrig lavet crossfit før haha
Sendt 09.33

Boxen Vesterbro
Fint! Så skal han bare udfylde en helbredserklæring ved skranken. I morgen er det i øvrigt Hero WOD "Murph", så sig at han skal tage det roligt 😅
Sendt 09.35

Mathias Krogh
haha ok. og mit 10-turskort udløber snart, kan jeg forny det her?
Sendt 09.36

Boxen Vesterbro
Ja, det koster 650 kr. Du kan betale med MobilePay til vores boxnummer, eller vi kan trække det fra din konto. Jeg har dig på fødselsdato 11-04-1993, stemmer det?
Sendt 09.40

Mathias Krogh
ja. træk det bare. konto er DK64 0400 6494 1715 73
Sendt 09.41

Mathias Krogh
og send lige kvittering til mathias.krogh@example.net
Sendt 09.41

Boxen Vesterbro
Done ✅ Vi ses i morgen! / Ditte
Sendt 09.44
""", [
    p("Mathias Krogh", "name"),
    p("Ditte", "name"),
    p("Oliver Bruun", "name"),
    p("61 28 47 03", "phone"),
    p("11-04-1993", "birth_date"),
    p("DK64 0400 6494 1715 73", "iban", scheme="iban"),
    p("mathias.krogh@example.net", "email"),
], [
    ("kl. 17.30", "time"), ("3 pladser", "quantity"), ('Hero WOD "Murph"', "product"), ("10-turskort", "product"),
    ("650 kr.", "price"), ("Boxen Vesterbro", "company"), ("Sendt 09.44", "timestamp"),
]),

rec("da-chat-004", """
*** DanHost Support — ticket #DKH-55120 ***
Kunde logget ind: jskov_webshop (kunde-nr. 400817)
Klient-IP: 203.0.113.190 / 2001:db8:1f2::a3
Åbnet: 2024-03-09 02:14

[02:14] jskov_webshop: hej, vores webshop er nede. database-fejl "too many connections"
[02:15] DanHost Support: Tak for din henvendelse. Vagthavende tekniker svarer inden for 15 min.
[02:21] Thea (DanHost): Hej, Thea her fra nattevagten. Jeg kan se, at MySQL 8.0 på din server har 151 forbindelser, det er max. Der er et script, der åbner forbindelser fra IP 198.51.100.66. Kender du den?
[02:23] jskov_webshop: det er vores lagersystem hos Henrik fra Lagerløsninger, han har lige opdateret noget i aftes
[02:24] Thea (DanHost): Så er det sikkert det. Skal jeg blokere den IP midlertidigt?
[02:24] jskov_webshop: ja gør det. jeg skriver til ham
[02:27] Thea (DanHost): Blokeret. Shoppen kører igen. Af sikkerhedshensyn skal jeg lige bekræfte, at jeg taler med kontoejeren: navn og mobil?
[02:28] jskov_webshop: Jesper Skov, 23 90 14 58
[02:29] Thea (DanHost): Tak Jesper. Din pakke er "Business 2 GB RAM" til 99,95 kr./md. Vil du opgradere til 4 GB? Det giver flere forbindelser.
[02:30] jskov_webshop: ja i morgen, ikke nu kl 2 om natten :) send et tilbud til jesper@skov-design.example.dk
[02:31] Thea (DanHost): Det gør jeg. God nat!
""", [
    p("jskov_webshop", "username"),
    p("203.0.113.190", "ip"),
    p("2001:db8:1f2::a3", "ip"),
    p("Thea", "name"),
    p("198.51.100.66", "ip"),
    p("Henrik", "name"),
    p("Jesper Skov", "name"),
    p("23 90 14 58", "phone"),
    p("jesper@skov-design.example.dk", "email"),
], [
    ("#DKH-55120", "ticket_number"), ("kunde-nr. 400817", "customer_number"), ("MySQL 8.0", "product"),
    ("151 forbindelser", "quantity"), ("15 min", "duration"), ('"Business 2 GB RAM"', "product"),
    ("99,95 kr./md", "price"), ("Lagerløsninger", "company"),
]),

rec("da-chat-005", """
Fjordbanken Netbank — Skriv til os
Logget ind som: Ahmad Rahimi (kunde-ID 77120488)

Ahmad Rahimi, 10:02:
Hej. Jeg prøver at overføre 7.500 kr. til min onkel i Tyskland, men netbanken siger "BIC mangler". Kan I se hvad der er galt?

Fjordbanken, Rikke, 10:09:
Hej Ahmad. Det kigger jeg på. Hvilken IBAN har du indtastet?

Ahmad Rahimi, 10:10:
DE23 5001 0517 9178 0408 41 og modtager er Karl-Heinz Becker, Friedrichstraße 12, 60323 Frankfurt am Main

Fjordbanken, Rikke, 10:12:
IBAN'en er gyldig, men ved overførsler uden for SEPA-formularen skal BIC udfyldes. Spørg din onkel om bankens BIC, eller ring til ham, hvis I kan.

Ahmad Rahimi, 10:20:
Jeg har ringet til ham på +49 69 4471 2290, han sender den. Kan jeg også betale hans regning med mit kort? Det er 5019 7245 4549 0149

Fjordbanken, Rikke, 10:22:
Skriv aldrig hele dit kortnummer her i chatten 🙂 Dankort kan ikke bruges i Tyskland online, men dit Visa kan. Overførslen koster 25 kr. og er fremme i morgen.

Ahmad Rahimi, 10:23:
Ok tak. Og skal du bruge mit nummer hvis der er noget? 50 31 88 17

Fjordbanken, Rikke, 10:24:
Vi har det allerede. God dag!
""", [
    p("Ahmad Rahimi", "name"),
    p("Rikke", "name"),
    p("Karl-Heinz Becker", "name"),
    p("Friedrichstraße 12, 60323 Frankfurt am Main", "address", mns=["Friedrichstraße 12", "60323"]),
    p("DE23 5001 0517 9178 0408 41", "iban", scheme="iban"),
    p("5019 7245 4549 0149", "card", scheme="luhn"),
    p("+49 69 4471 2290", "phone"),
    p("50 31 88 17", "phone"),
], [
    ("kunde-ID 77120488", "customer_number"), ("7.500 kr.", "price"), ('"BIC mangler"', "error_message"),
    ("25 kr.", "price"), ("10:24", "time"), ("Visa", "product"),
]),

rec("da-chat-006", """
Dyreforsikring Pote — chat 2024-02-20

Kunde: hej, jeg har sendt en regning fra dyrlægen for Bamse for 3 uger siden og har ikke hørt noget
Agent Maja: Hej! Det er Maja. Det må du undskylde. Hvad er dit policenummer?
Kunde: DP-559031
Agent Maja: Tak. Så taler jeg med Ole Sørensen, og det drejer sig om Bamse, golden retriever, 6 år?
Kunde: ja. han spiste en sok og skulle opereres. regningen var 11.340 kr.
Agent Maja: Jeg kan se sagen. Vi mangler journalen fra dyrlægen. Hvem behandlede ham?
Kunde: dyrlæge Katrine Holst på Dyreklinikken Vestbyen i Horsens
Agent Maja: Så skriver jeg til Katrine Holst direkte. Udbetalingen går til reg.nr. 6880 konto 0997177437, stemmer det?
Kunde: ja det er rigtigt
Agent Maja: Selvrisiko er 1.500 kr., så du får 9.840 kr. Du får svar senest fredag. Bor du stadig på Bygholm Parkvej 33, 8700 Horsens?
Kunde: ja
Agent Maja: Og din mail er ole.soerensen@example.com?
Kunde: ja. og hvis i skal ringe så er det 29 64 03 18. tak for hjælpen og hils fra Bamse 🐶
""", [
    p("Maja", "name"),
    p("Ole Sørensen", "name"),
    p("Katrine Holst", "name"),
    p("reg.nr. 6880 konto 0997177437", "iban", mns=["0997177437", "6880"]),
    p("Bygholm Parkvej 33, 8700 Horsens", "address", mns=["Bygholm Parkvej 33", "8700 Horsens"]),
    p("ole.soerensen@example.com", "email"),
    p("29 64 03 18", "phone"),
], [
    ("Bamse", "pet_name"), ("3 uger", "duration"), ("DP-559031", "policy_number"), ("11.340 kr.", "price"),
    ("1.500 kr.", "price"), ("9.840 kr.", "price"), ("Dyreklinikken Vestbyen", "company"),
]),

rec("da-chat-007", """
Skoleportalen — Bakkeskolen — Beskeder
Logget ind: maria.hoej (forælder)

Fra: Maria Høj
Til: Birthe Andersen (4.B)
Dato: tirsdag 12. mar 2024 kl. 07.52
Emne: Villads + lejrskole

Kære Birthe
Villads har fortalt, at der har været problemer i frikvarteret med Alberte og hendes veninder igen. Han vil nødig i skole. Kan vi tale sammen?
Og til lejrskolen i uge 37 til Kattegatcentret: skal de 450 kr. betales nu? Villads er født 05.08.2014, hvis I skal bruge det til forsikringen, og han har nøddeallergi.
Jeg kan ringes op på 21 43 88 09 efter kl. 15.
Venlig hilsen Maria

---
Fra: Birthe Andersen (4.B)
Dato: tirsdag 12. mar 2024 kl. 09.10

Kære Maria
Tak fordi du skriver. Jeg har talt med Alberte og med hendes far, Jens Hvid, og vi har en aftale om, at de voksne i gården holder øje. Vi kan mødes torsdag kl. 8.00 på kontoret?
De 450 kr. skal først betales 1. juni. Allergien har jeg noteret.
Venlig hilsen Birthe Andersen
""", [
    p("maria.hoej", "username"),
    p("Maria Høj", "name"),
    p("Birthe Andersen", "name"),
    p("Villads", "name"),
    p("Alberte", "name"),
    p("05.08.2014", "birth_date"),
    p("21 43 88 09", "phone"),
    p("Jens Hvid", "name"),
], [
    ("4.B", "class"), ("uge 37", "date"), ("Kattegatcentret", "place"), ("450 kr.", "price"),
    ("torsdag kl. 8.00", "time"), ("1. juni", "date"), ("Bakkeskolen", "company"),
]),

rec("da-chat-008", """
TeleNord chat · 2024-03-05 16:40
Du chatter med Jannik 👋

Jannik: Hej og velkommen til TeleNord! Hvad kan jeg hjælpe med?
Kunde: hej jeg vil flytte mit nummer og min søns nummer til jer. har bestilt online men det står som "afvist"
Jannik: Lad os se. Hvad er ordrenummeret?
Kunde: TN-8842-07
Jannik: Tak. Porteringen blev afvist, fordi navnet ikke matcher det hos jeres gamle selskab. Hvem står nummeret 42 66 19 05 registreret på?
Kunde: det er mig, Louise Brandt. men min søns nummer 28 30 71 44 står på min eks, Jakob Ravn
Jannik: Så skal Jakob Ravn give fuldmagt til porteringen af 28 30 71 44. Dit eget nummer kan jeg køre igennem nu. Må jeg få dit CPR til legitimation?
Kunde: 280990-1922
Jannik: Tak Louise. Dit nye SIM-kort har ICCID 8945100000123456789, og porteringsdato bliver 2. april. Abonnementet er 50 GB til 149 kr./md.
Kunde: super. kan simkortet sendes til mit arbejde? Industrivej 8, 7430 Ikast, att. Louise
Jannik: Klart. Jeg sender fuldmagten til Jakob via mail, hvad er hans mail?
Kunde: jakob.ravn@example.com
Jannik: Perfekt. Ellers andet?
Kunde: nej tak!
""", [
    p("Jannik", "name"),
    p("42 66 19 05", "phone"),
    p("Louise Brandt", "name"),
    p("28 30 71 44", "phone"),
    p("Jakob Ravn", "name"),
    p("280990-1922", "national_id", scheme="cpr"),
    p("Industrivej 8, 7430 Ikast", "address", mns=["Industrivej 8", "7430 Ikast"]),
    p("jakob.ravn@example.com", "email"),
], [
    ("TN-8842-07", "order_number"), ("8945100000123456789", "iccid"), ("2. april", "date"),
    ("50 GB", "quantity"), ("149 kr./md.", "price"), ("2024-03-05 16:40", "timestamp"),
]),

rec("da-chat-009", """
Instagram · Beskeder · smykkerbyfreja

nannaholt_ 19.02
hejsa 🥰 jeg har købt en ring i jeres webshop, men den er for stor. kan jeg bytte den? ordre 2024-1187

smykkerbyfreja 19.20
Hej Nanna! Selvfølgelig 💍 Hvilken størrelse skal du have? Ringen "Liv" fås fra 48 til 60

nannaholt_ 19.21
54 tak! jeg har 52'eren nu

smykkerbyfreja 19.24
Fint! Send den retur med labelen i pakken, så sender vi 54'eren. Hvilken adresse skal den nye til? Stadig Gl. Kongevej 120, 1850 Frederiksberg C?

nannaholt_ 19.25
nej ny adresse: Nanna Holt, Åboulevarden 44, 3.tv, 8000 Aarhus C

nannaholt_ 19.25
og mit tlf 60 19 27 48 til GLS

smykkerbyfreja 19.28
Noteret 🙌 Hvis du vil have den graveret, koster det 99 kr. Skriv bare teksten

nannaholt_ 19.30
ja!! "N + T 2019" til min kæreste Tobias haha

smykkerbyfreja 19.33
Så sødt 💕 Vi sender en faktura til nannaholt@example.dk. Mvh Freja
""", [
    p("nannaholt_", "username"),
    p("Nanna Holt", "name"),
    p("Gl. Kongevej 120, 1850 Frederiksberg C", "address", mns=["Gl. Kongevej 120", "1850 Frederiksberg C"]),
    p("Åboulevarden 44, 3.tv, 8000 Aarhus C", "address", mns=["Åboulevarden 44", "8000 Aarhus C"]),
    p("60 19 27 48", "phone"),
    p("Tobias", "name"),
    p("nannaholt@example.dk", "email"),
    p("Freja", "name"),
], [
    ("ordre 2024-1187", "order_number"), ("smykkerbyfreja", "company_account"), ('"Liv"', "product"), ("fra 48 til 60", "quantity"), ("99 kr.", "price"),
    ('"N + T 2019"', "engraving_text"), ("GLS", "company"), ("19.33", "time"),
]),

rec("da-chat-010", """
København Kommune · Parkering · Chat
Start 07.03.2024 14:05

Borger: Hej, jeg har fået en p-afgift på 510 kr., men jeg havde betalt i appen
Mustafa (Parkering): Hej og tak for din besked. Jeg hedder Mustafa. Hvad er afgiftsnummeret?
Borger: P-2024-0381177
Mustafa (Parkering): Og nummerpladen?
Borger: DL 77 230
Mustafa (Parkering): Afgiften er givet kl. 14.05 i zone Rød. I appen kan jeg se en betaling fra kl. 14.12, altså 7 minutter efter.
Borger: det passer ikke, appen lavede fejl, jeg har et skærmbillede. jeg hedder Camilla Holm Thygesen, og bilen er min fars, Erik Thygesen
Mustafa (Parkering): Så skal du sende en klage med skærmbilledet. Den skal være fra ejeren af bilen, eller med fuldmagt fra Erik Thygesen. Jeg kan oprette klagen her, må jeg få dit CPR og adresse?
Borger: 020861-9199 er min fars. han bor Jagtvej 211, 2100 København Ø
Mustafa (Parkering): Tak. Klagesagen har nr. K-55810. Svar kommer inden for 4 uger, og du skal ikke betale, før der er svar. Skal svaret også til dig?
Borger: ja, camilla.thygesen@example.dk
""", [
    p("Mustafa", "name"),
    p("DL 77 230", "plate"),
    p("Camilla Holm Thygesen", "name"),
    p("Erik Thygesen", "name"),
    p("020861-9199", "national_id", scheme="cpr"),
    p("Jagtvej 211, 2100 København Ø", "address", mns=["Jagtvej 211", "2100 København Ø"]),
    p("camilla.thygesen@example.dk", "email"),
], [
    ("510 kr.", "price"), ("P-2024-0381177", "fine_number"), ("kl. 14.05", "time"), ("zone Rød", "zone"),
    ("7 minutter", "duration"), ("K-55810", "case_number"), ("4 uger", "duration"),
]),
]
