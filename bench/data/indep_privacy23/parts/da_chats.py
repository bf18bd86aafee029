from _h import name, em, sem, ad, p, L, rec

RECORDS = [

rec("da-chat-001", "chat", """
Chat · NetNord Bredbånd · 04.09.2024
Viggo (chatbot) 09:14: Hej! Jeg er Viggo, NetNords digitale assistent 🤖 Hvad kan jeg hjælpe dig med?
Du 09:14: mit internet er super langsomt og jeg betaler for 1000 mbit
Viggo (chatbot) 09:14: Det er jeg ked af. Har du prøvet at genstarte din router? Svar ja eller nej.
Du 09:15: ja 3 gange!!
Viggo (chatbot) 09:15: Så sætter jeg dig i kø til en medarbejder. Forventet ventetid: 4 min.
Emma (kundeservice) 09:19: Hej, du skriver med Emma 😊 Hvad er dit navn og din adresse?
Du 09:19: Jonas Friis, Frederiksberg Allé 71, 4. th, 1820 Frederiksberg C
Emma (kundeservice) 09:20: Tak Jonas. Af sikkerhedshensyn skal jeg også bruge de sidste fire cifre i dit cpr-nummer eller din fødselsdato.
Du 09:20: 201299-0609
Emma (kundeservice) 09:21: Tak (du behøver kun at skrive fødselsdatoen næste gang 🙂). Jeg kan se, at din forbindelse kører med 240 Mbit. Der er en fejl på fiberboksen. Jeg sender en ny, den koster ikke noget.
Du 09:22: fedt. min kæreste Alberte er hjemme i morgen hvis den skal kvitteres
Emma (kundeservice) 09:22: Den kommer som brev, så det er ikke nødvendigt. Vi sender tracking til jonas.friis99@example.dk. Er 42 66 13 08 stadig dit nummer?
Du 09:23: ja
Emma (kundeservice) 09:23: Super. Sagsnr. NN-558102. Boksen kommer inden for 2 hverdage.
""", [
    name("Emma"),
    name("Jonas Friis"),
    ad("Frederiksberg Allé 71, 4. th, 1820 Frederiksberg C", "Frederiksberg Allé 71", "1820"),
    p("national_id", "201299-0609", chk="cpr"),
    name("Alberte"),
    em("jonas.friis99@example.dk"),
    p("phone", "42 66 13 08"),
], [
    L("bot", "Viggo"), L("quantity", "1000 mbit"), L("quantity", "240 Mbit"), L("case", "NN-558102"),
    L("duration", "inden for 2 hverdage"), L("duration", "4 min"),
]),

rec("da-chat-002", "chat", """
[12.03.24, 14.02.11] Jensen & Søn Tømrer: Hej Lone. Tak for snakken i går. Tilbuddet på de tre vinduer i stuen er sendt på mail. Tilbud nr. T-2024-087.
[12.03.24, 14.20.48] Lone Skov: Tak! Jeg har set det. 18.750 kr. ekskl. moms er lidt mere end vi regnede med 🙈
[12.03.24, 14.21.33] Lone Skov: Kan I gøre noget ved prisen hvis vi også tager hoveddøren?
[12.03.24, 14.35.02] Jensen & Søn Tømrer: Så kan vi gå ned til 26.900 kr. for det hele. Vi kan starte i uge 34.
[12.03.24, 14.36.10] Lone Skov: <billede udeladt>
[12.03.24, 14.36.40] Lone Skov: Det er hoveddøren. Adressen er Engvej 27, 8660 Skanderborg. Nøglen ligger hos naboen Vagn i nr. 29 hvis vi ikke er hjemme
[12.03.24, 14.40.55] Jensen & Søn Tømrer: Perfekt. Det bliver Michael og hans lærling der kommer. Vil du sende en bekræftelse til mail?
[12.03.24, 14.41.30] Lone Skov: Ja, til loneskov@example.dk. Faktura til min mand Torben Skov, han betaler
[12.03.24, 14.45.12] Jensen & Søn Tømrer: Noteret. Depositum 5.000 kr. kan betales på MobilePay til vores firmanummer, eller I kan overføre.
[13.03.24, 08.03.27] Lone Skov: Betalt fra kontoen til Torben, 7780 3118982953 😊 Mit nummer er 20 55 71 46 hvis Michael skal ringe
[13.03.24, 08.10.02] Jensen & Søn Tømrer: Modtaget, tak! 👍
""", [
    name("Lone Skov"),
    ad("Engvej 27, 8660 Skanderborg", "Engvej 27", "8660"),
    name("Vagn"),
    ad("nr. 29", "nr. 29"),
    name("Michael"),
    em("loneskov@example.dk"),
    name("Torben Skov"),
    p("iban", "7780 3118982953", chk="dk_account"),
    p("phone", "20 55 71 46"),
], [
    L("company", "Jensen & Søn Tømrer"), L("case", "T-2024-087"), L("price", "18.750 kr. ekskl. moms"),
    L("price", "26.900 kr."), L("date", "uge 34"), L("price", "5.000 kr."), L("product", "MobilePay"),
]),

rec("da-chat-003", "chat", """
05/07/2024 09.12 - Signe Dalgaard: Hej! Vi vil gerne booke Molly ind fra 20. til 27. juli, er der plads?
05/07/2024 09.30 - Hundepensionen Poterne: Hej Signe 🐾 Ja, der er plads. Det bliver 7 nætter à 245 kr. Er Molly stadig en labrador på ca. 28 kg?
05/07/2024 09.31 - Signe Dalgaard: Ja hun er lidt tyk 😂 hun har fået ny dyrlæge, dyrlæge Sørensen i Hørsholm, hvis der sker noget
05/07/2024 09.33 - Hundepensionen Poterne: Super. Har hun fået kennelhostevaccine inden for et år? Så skal vi se vaccinationsattesten.
05/07/2024 09.40 - Signe Dalgaard: <Medie udeladt>
05/07/2024 09.41 - Signe Dalgaard: vaccineret 12.03.2024, chipnummer 208250000476123
05/07/2024 09.44 - Hundepensionen Poterne: Perfekt. Hvem henter og afleverer?
05/07/2024 09.47 - Signe Dalgaard: Min kæreste Jakob Thorsen afleverer, jeg henter. Hans nr. er 27 81 36 02. Vi bor på Ådalsvej 58, 2970 Hørsholm, hvis I har brug for det. Kan I ikke få fat i os, så ring til min mor Bodil på 86 12 45 90
05/07/2024 09.50 - Hundepensionen Poterne: Tak. Vi sender en faktura til mail.
05/07/2024 09.51 - Signe Dalgaard: signe.dalgaard@example.com 🙏
05/07/2024 09.55 - Hundepensionen Poterne: Booking nr. 2407-118 er bekræftet. Husk hendes madskål og mad til 7 dage!
""", [
    name("Signe Dalgaard"),
    name("Sørensen"),
    name("Jakob Thorsen"),
    p("phone", "27 81 36 02"),
    ad("Ådalsvej 58, 2970 Hørsholm", "Ådalsvej 58", "2970"),
    em("signe.dalgaard@example.com"),
    name("Bodil"),
    p("phone", "86 12 45 90"),
], [
    L("pet", "Molly"), L("date", "fra 20. til 27. juli"), L("price", "245 kr."), L("quantity", "ca. 28 kg"),
    L("date", "12.03.2024"), L("pet_chip", "208250000476123"), L("booking", "2407-118"),
]),

rec("da-chat-004", "chat", """
Nordhost kontrolpanel – supportchat
Logget ind som: kbirk_design (Karoline Birk)
Session-IP: 198.51.100.77
Startet: 2024-02-19 13:05:40
------------------------------------------------------------
13:05 kbirk_design: hej, jeg kan ikke sende mails fra mit domæne, de bliver afvist
13:07 Oliver (Nordhost support): Hej Karoline, det kigger jeg på. Hvilken mailadresse drejer det sig om?
13:07 kbirk_design: kontakt@example.dk og min private k.birk@example.net
13:09 Oliver (Nordhost support): Jeg kan se, at kontakt@example.dk er blevet blokeret, fordi der er sendt 4.800 mails på en time fra IP 203.0.113.19. Er det din kontor-IP?
13:10 kbirk_design: nej?? vi sidder på 198.51.100.77 og min kollega Frida arbejder hjemmefra på 2001:db8:c0ff:ee::4
13:12 Oliver (Nordhost support): Så er kontoen sandsynligvis kompromitteret. Jeg har skiftet adgangskoden og sendt et link til din private mail. Aktivér gerne 2-faktor.
13:12 kbirk_design: ok tak. regningen skal i øvrigt fremover betales fra firmakontoen DK84 6400 5399 6432 02, CVR 38221904
13:13 Oliver (Nordhost support): Det kan du ændre under Fakturering. Dit abonnement er Webhotel Pro, 89 kr./md. Sag #NH-77410.
""", [
    p("username", "kbirk_design"),
    name("Karoline Birk"),
    p("ip", "198.51.100.77"),
    name("Oliver"),
    em("k.birk@example.net"),
    p("ip", "203.0.113.19"),
    name("Frida"),
    p("ip", "2001:db8:c0ff:ee::4"),
    p("iban", "DK84 6400 5399 6432 02", chk="iban"),
], [
    L("quantity", "4.800 mails"), L("company_id", "CVR 38221904"), L("product", "Webhotel Pro"),
    L("price", "89 kr./md."), L("ticket", "#NH-77410"), L("time", "13:05:40"),
], org=["kontakt@example.dk"]),

rec("da-chat-005", "chat", """
Instagram – beskeder med @nanna_jeppesen
I går 21:47

nanna_jeppesen: hejj har bestilt kjolen Alma i str M men fik str L 😭😭
Vintage Vænget: Åh nej, det er vi så kede af! 🙈 Hvad er dit ordrenummer?
nanna_jeppesen: #DK-48213
Vintage Vænget: Tak! Vi sender en ny i str. M med det samme. Skal den til samme adresse, Mølleparken 4, st. tv, 7100 Vejle?
nanna_jeppesen: nej jeg er flytte til min kærestes lejlighed, send til Vestergade 19, 1. sal, 7100 Vejle, c/o Emil Lykke
Vintage Vænget: Perfekt 👌 Den kommer med GLS til pakkeshop, tracking 7713 5520 9188. Du får en sms, hvilket nummer?
nanna_jeppesen: 29 84 11 67
nanna_jeppesen: og den forkerte sender jeg bare retur? 
Vintage Vænget: Ja, brug returlabel RET-8842 i pakken. Pengene (449 kr.) bliver ikke trukket igen. Hilsen Cecilie ✨
nanna_jeppesen: tak!! ❤️
""", [
    p("username", "nanna_jeppesen"),
    ad("Mølleparken 4, st. tv, 7100 Vejle", "Mølleparken 4"),
    ad("Vestergade 19, 1. sal, 7100 Vejle", "Vestergade 19"),
    p("postcode", "7100"),
    name("Emil Lykke"),
    p("phone", "29 84 11 67"),
    name("Cecilie"),
], [
    L("product", "kjolen Alma"), L("order", "#DK-48213"), L("tracking", "7713 5520 9188"),
    L("ticket", "RET-8842"), L("price", "449 kr."), L("company", "GLS"), L("quantity", "str. M"),
]),

rec("da-chat-006", "chat", """
Sikker besked / chat – Fjordbanken Netbank
Startet 11-11-2024 kl. 20:03
Kunde: hjælp jeg har fået en sms fra "MitID" om at min konto var spærret og jeg har trykket på linket og skrevet mine kortoplysninger 😰
Kunde: 5019 7707 9614 2590 udløb 08/27
Ida (Fjordbanken): Hej, du skriver med Ida. Jeg spærrer kortet med det samme – du skal ikke skrive kortnummeret her igen. Hvad er dit navn?
Kunde: Preben Lauridsen
Ida (Fjordbanken): Tak, Preben. Har du også godkendt noget i MitID-appen?
Kunde: ja en betaling på 7.499 kr til noget der hed "ELEKTRO-ONLINE"
Ida (Fjordbanken): Den er stadig reserveret, så jeg kan nå at stoppe den. Kortet er spærret kl. 20:06. Kommer der penge ind fra en Carina Winther? Vi ser en mistænkelig overførsel til din konto 3409 2650500018.
Kunde: nej aner ikke hvem det er
Ida (Fjordbanken): Så sender jeg den retur. Svindlerens sms kom fra +45 52 90 13 77 – det anmelder vi. Du får nyt kort sendt til din folkeregisteradresse, Jernbanegade 4, 9460 Brovst.
Kunde: tak. min datter Pernille hjælper mig med det nye kort
Ida (Fjordbanken): Godt. Din sag har nummer SV-2024-3317. Ring på 70 12 34 00 hvis der sker mere.
""", [
    p("card", "5019 7707 9614 2590", chk="luhn"),
    name("Ida"),
    name("Preben Lauridsen"),
    name("Carina Winther"),
    p("iban", "3409 2650500018", chk="dk_account"),
    p("phone", "+45 52 90 13 77"),
    ad("Jernbanegade 4, 9460 Brovst", "Jernbanegade 4", "9460"),
    name("Pernille"),
], [
    L("product", "MitID"), L("price", "7.499 kr"), L("company", "ELEKTRO-ONLINE"), L("time", "kl. 20:06"),
    L("case", "SV-2024-3317"), L("date", "11-11-2024 kl. 20:03"),
]),

rec("da-chat-007", "chat", """
Københavns Kommune – Chat med Borgerservice
Borger: Hej. Min søn på 13 er ikke kommet med i min Digital Post og jeg kan ikke se breve fra skolen
Medarbejder (Thea): Hej, det er Thea. Det kan jeg godt hjælpe med at undersøge. Må jeg få dit cpr-nr. og din søns?
Borger: mit er 051080-1387 og hans er 161110-4255
Medarbejder (Thea): Tak. Så du er Emil Juhl Andersen, og din søn er Viktor Juhl?
Borger: ja
Medarbejder (Thea): Viktor er registreret med bopæl hos sin mor, Sanne Juhl, på Amagerbrogade 150, 2300 København S. Derfor får hun breve fra skolen og ikke dig.
Borger: vi har fælles forældremyndighed, han bor hos mig hver anden uge på Istedgade 88, 3. tv
Medarbejder (Thea): Det forstår jeg. Ved fælles forældremyndighed kan du anmode om at få kopi af breve. Skolen kan også sende på Aula. Skal jeg oprette en henvendelse til skolen?
Borger: ja tak. min mail er emil.juhl@example.dk og tlf 60 17 22 49
Medarbejder (Thea): Henvendelsen har nummer KK-24-3381-B og bliver behandlet inden for 10 arbejdsdage.
""", [
    name("Thea"),
    p("national_id", "051080-1387", chk="cpr"),
    p("national_id", "161110-4255", chk="cpr"),
    name("Emil Juhl Andersen"),
    name("Viktor Juhl"),
    name("Sanne Juhl"),
    ad("Amagerbrogade 150, 2300 København S", "Amagerbrogade 150", "2300"),
    ad("Istedgade 88, 3. tv", "Istedgade 88"),
    em("emil.juhl@example.dk"),
    p("phone", "60 17 22 49"),
], [
    L("quantity", "søn på 13"), L("product", "Digital Post"), L("product", "Aula"),
    L("case", "KK-24-3381-B"), L("duration", "inden for 10 arbejdsdage"),
]),

rec("da-chat-008", "chat", """
Webchat · Nordatlantisk Rejseforsikring
[08.08.2024 16:21] Gæst: Góðan dag, jeg skriver fra Spanien. Min mand er faldet og ligger på hospitalet i Málaga
[08.08.2024 16:22] Gæst: Hans navn er Jens Olaf Hansen, p-tal 120757-019
[08.08.2024 16:24] Bjørk (skadeservice): Hej, jeg hedder Bjørk og hjælper dig. Det lyder alvorligt. Hvad hedder hospitalet, og hvad er der sket?
[08.08.2024 16:25] Gæst: Hospital Costa del Sol. Han har brækket hoften, de vil operere i morgen kl 9
[08.08.2024 16:27] Bjørk (skadeservice): Vi sender en betalingsgaranti til hospitalet, så I ikke skal lægge ud. Jeres police er Familie Rejse Plus, nr. 70-001923. Hvad er dit navn og telefonnummer?
[08.08.2024 16:28] Gæst: Elin Hansen, +298 59 14 82
[08.08.2024 16:29] Bjørk (skadeservice): Tak Elin. Hjemrejse arrangeres af vores læge, dr. Olsen, når han er udskrevet. Jeres adresse er Vágsvegur 31, FO-800 Tvøroyri?
[08.08.2024 16:30] Gæst: ja. og udgifter til taxa osv., kan de refunderes til FO76 7600 5385 2402 28?
[08.08.2024 16:31] Bjørk (skadeservice): Ja, gem kvitteringerne. Skadesnummer NR-24-0815. Vi ringer til dig inden kl. 20 i aften.
""", [
    name("Jens Olaf Hansen"),
    p("national_id", "120757-019", chk="ptal"),
    name("Bjørk"),
    name("Elin Hansen"),
    p("phone", "+298 59 14 82"),
    name("Olsen"),
    ad("Vágsvegur 31, FO-800 Tvøroyri", "Vágsvegur 31", "FO-800"),
    p("iban", "FO76 7600 5385 2402 28", chk="iban"),
], [
    L("company", "Hospital Costa del Sol"), L("time", "kl 9"), L("product", "Familie Rejse Plus"),
    L("policy", "nr. 70-001923"), L("claim", "NR-24-0815"), L("time", "inden kl. 20"),
]),

rec("da-chat-009", "chat", """
MitTelefix – chat
Bruger: pernille.k84 (logget ind via MitID)
IP: 192.0.2.150
---
[10:41] pernille.k84: Hej, jeg vil gerne flytte mit nummer fra Lebara til jer, og min datters nummer også
[10:42] Telefix · Ahmed: Hej Pernille! Det ordner vi. Hvilke numre drejer det sig om?
[10:43] pernille.k84: mit er 31 66 02 95 og Clara har 50 38 47 12
[10:44] Telefix · Ahmed: Clara skal være over 18 for at have et abonnement i eget navn – er hun det?
[10:44] pernille.k84: nej hun er 15 så det skal stå på mig. Pernille Kofoed, født 23.02.1983
[10:46] Telefix · Ahmed: Fint. Så bliver det 2 x Fri Tale + 30 GB, 149 kr./md. pr. abonnement. Nummerflytning tager 5 hverdage. Leveringsadresse?
[10:47] pernille.k84: Torvegade 22, 1. th., 3700 Rønne
[10:48] Telefix · Ahmed: Og betaling via Betalingsservice fra reg. 1551 konto 4564581225 som du har registreret?
[10:48] pernille.k84: ja
[10:49] Telefix · Ahmed: Ordren har nr. TF-2291833. God dag!
""", [
    p("username", "pernille.k84"),
    p("ip", "192.0.2.150"),
    name("Ahmed"),
    p("phone", "31 66 02 95"),
    name("Clara"),
    p("phone", "50 38 47 12"),
    name("Pernille Kofoed"),
    p("birth_date", "23.02.1983"),
    ad("Torvegade 22, 1. th., 3700 Rønne", "Torvegade 22", "3700"),
    p("iban", "reg. 1551 konto 4564581225", chk="dk_account", norm="1551 4564581225"),
], [
    L("product", "Fri Tale + 30 GB"), L("price", "149 kr./md."), L("duration", "5 hverdage"),
    L("order", "TF-2291833"), L("company", "Lebara"), L("quantity", "hun er 15"),
]),

rec("da-chat-010", "chat", """
Apoteket Nørrebro – chat
Kunde · 15:02
Hej, jeg vil gerne bestille min fars medicin til levering. Han hedder Knud Bak og er 83
Farmaceut Yasmin · 15:04
Hej! Det kan vi godt. Må jeg få hans cpr-nummer, og har du fuldmagt til at hente hans medicin?
Kunde · 15:05
160741-2093. ja jeg har fuldmagt, jeg hedder Hanne Bak
Farmaceut Yasmin · 15:07
Tak. Jeg kan se recepter på Furix 40 mg og Eliquis 5 mg fra læge Qureshi. Eliquis er der tilskud til, egenbetaling 212,50 kr. Skal begge med?
Kunde · 15:07
ja begge. han bor på Jagtvej 201, 2. th, 2200 København N
Farmaceut Yasmin · 15:09
Levering i morgen mellem 10 og 14. Chaufføren ringer 30 min før. Hvilket nummer?
Kunde · 15:10
hans fastnet 35 81 42 07, eller mig på 28 74 90 15. hjemmeplejen (Lotte) kommer kl. 11 så hun kan også tage imod
Farmaceut Yasmin · 15:11
Perfekt. Ordre 55-10382. Betaling ved levering med kort eller MobilePay. God dag 💊
""", [
    name("Knud Bak"),
    name("Yasmin"),
    p("national_id", "160741-2093", chk="cpr"),
    name("Hanne Bak"),
    name("Qureshi"),
    ad("Jagtvej 201, 2. th, 2200 København N", "Jagtvej 201", "2200"),
    p("phone", "35 81 42 07"),
    p("phone", "28 74 90 15"),
    name("Lotte"),
], [
    L("product", "Furix 40 mg"), L("product", "Eliquis 5 mg"), L("price", "212,50 kr."),
    L("time", "mellem 10 og 14"), L("order", "Ordre 55-10382"), L("duration", "30 min"),
    L("quantity", "er 83"),
]),

]
