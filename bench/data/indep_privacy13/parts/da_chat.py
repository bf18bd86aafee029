# Danish chats (10)
RECORDS = []

RECORDS.append(dict(id="da-chat-001", language="da", channel="chat", text="""Chat – Telefonia kundeservice
Telefonia: Hej, du skriver med Emil 😊 Hvad kan jeg hjælpe med?
Kunde: hej emil. mit internet har været nede siden igår, bor på Jægersborggade 18, 3.th, 2200 kbh N
Kunde: router er en Telefonia Boks 6 og den blinker rødt
Telefonia: Det må jeg undskylde! Hvad er dit kundenummer eller dit navn + cpr?
Kunde: Signe Laursen, 311275-3841
Telefonia: Tak Signe. Jeg kan se en driftsforstyrrelse i dit område, fejlnummer DF-30917. Forventet løst i dag kl. 18.
Kunde: okey men jeg arbejder hjemmefra.. kan i kompensere?
Telefonia: Du får 5 dages gratis abonnement, svarende til 58 kr. Jeg kan også aktivere 100 GB ekstra data på dit mobilnummer. Er det stadig 60 17 42 93?
Kunde: ja det er det
Telefonia: Så er det aktiveret. Din routers IP er i øvrigt 192.0.2.114, hvis teknikeren spørger.
Kunde: tak. min roomie Oliver Vang har også ringet i morges btw
Telefonia: Godt at vide, så lægger jeg det på samme sag. Ha' en god dag!""",
planted=[
    P("Emil", "name", ["Emil", "emil"]),
    P("Jægersborggade 18, 3.th, 2200 kbh N", "address", ["Jægersborggade 18", "2200"]),
    P("Signe Laursen", "name", ["Signe", "Laursen"]),
    P("311275-3841", "national_id", check="cpr"),
    P("60 17 42 93", "phone"),
    P("192.0.2.114", "ip"),
    P("Oliver Vang", "name", ["Oliver", "Vang"]),
],
lookalikes=[
    L("Telefonia Boks 6", "product"),
    L("DF-30917", "ticket_number"),
    L("kl. 18", "time"),
    L("5 dages", "duration"),
    L("58 kr.", "amount"),
    L("100 GB", "quantity"),
]))

RECORDS.append(dict(id="da-chat-002", language="da", channel="chat", text="""Messenger · FitZone Aarhus
Jakob Ravn: Hej, jeg vil gerne sætte mit medlemskab på pause i 2 mdr, jeg har brækket armen 🙄
FitZone Aarhus: Av for pokker, god bedring Jakob! Jeg hedder Stine. Hvad er dit medlemsnummer?
Jakob Ravn: 88 21 046
FitZone Aarhus: Tak. Jeg kan se Basis+ til 249 kr./md. Pausen koster 49 kr. pr. måned, og vi skal have en lægeerklæring.
Jakob Ravn: ok, min læge er Dr. Mikael Fogh i Viby, han kan sende den. Kan den sendes til jer på mail?
FitZone Aarhus: Ja, eller du kan uploade den i appen. Kan du bekræfte din fødselsdato og adresse?
Jakob Ravn: 02.09.1991, Frederiks Allé 88, 1. tv, 8000 Aarhus C
FitZone Aarhus: Perfekt. Pausen gælder fra 1. marts til 30. april. Betalingen trækkes fortsat fra kortet, der ender på 4719.
Jakob Ravn: nej jeg har skiftet kort, det nye er 5154 6310 0891 0114
FitZone Aarhus: Åh nej, send aldrig dit fulde kortnummer her 🙈 Du kan ændre det selv i appen under Betaling. Jeg sletter beskeden.
Jakob Ravn: ups. min mail er jakobravn@live.dk hvis i skal sende noget""",
planted=[
    P("Jakob Ravn", "name", ["Jakob", "Ravn"]),
    P("Stine", "name", ["Stine"]),
    P("Dr. Mikael Fogh", "name", ["Mikael", "Fogh"]),
    P("02.09.1991", "birth_date"),
    P("Frederiks Allé 88, 1. tv, 8000 Aarhus C", "address", ["Frederiks Allé 88", "8000"]),
    P("5154 6310 0891 0114", "card", check="luhn"),
    P("jakobravn@live.dk", "email", ["jakobravn@live.dk", "jakobravn"]),
],
lookalikes=[
    L("2 mdr", "duration"),
    L("88 21 046", "membership_number"),
    L("Basis+", "product"),
    L("249 kr./md.", "price"),
    L("49 kr.", "price"),
    L("1. marts til 30. april", "date_range"),
]))

RECORDS.append(dict(id="da-chat-003", language="da", channel="chat", text="""Netbank – Skriv til os
Du: Hej, jeg har fået en besked om at mit lån er blevet afvist, men jeg forstår ikke hvorfor
Fællesbanken (Kasper Riis): Hej. Jeg kigger på det. Kan du oplyse dit cpr-nummer?
Du: 150862-4545
Fællesbanken (Kasper Riis): Tak. Jeg kan se, at du har ansøgt om et billån på 185.000 kr. til en Toyota Corolla med 84 måneders løbetid. Ansøgningen er afvist, fordi vi mangler din seneste årsopgørelse fra 2024.
Du: ah ok. min kone Dorthe Lassen har den, hun er også medansøger. hendes cpr er 280894-7563
Fællesbanken (Kasper Riis): Tak, men du må gerne undlade at skrive andres cpr her i chatten. Dorthe skal selv logge på med MitID og uploade den.
Du: fint. pengene skal forresten udbetales til DK49 9105 3182 2983 82, ikke min budgetkonto
Fællesbanken (Kasper Riis): Det noterer jeg. Din sag har ref. LN-2025-04411. Vi vender tilbage inden for 3 bankdage. Ring gerne til min kollega Pia Skou på 33 14 55 06, hvis der er spørgsmål.""",
planted=[
    P("Kasper Riis", "name", ["Kasper", "Riis"]),
    P("150862-4545", "national_id", check="cpr"),
    P("Dorthe Lassen", "name", ["Dorthe", "Lassen"]),
    P("280894-7563", "national_id", check="cpr"),
    P("DK49 9105 3182 2983 82", "iban", check="iban"),
    P("Pia Skou", "name", ["Pia", "Skou"]),
    P("33 14 55 06", "phone"),
],
lookalikes=[
    L("185.000 kr.", "amount"),
    L("Toyota Corolla", "product"),
    L("84 måneders", "duration"),
    L("2024", "year"),
    L("LN-2025-04411", "case_number"),
    L("3 bankdage", "duration"),
]))

RECORDS.append(dict(id="da-chat-004", language="da", channel="chat", text="""Instagram DM · @noerrekaer.design
@freja.kjaer_: hej! jeg bestilte vasen "Ingrid" i røgfarvet glas (ordre #NK-10482) men den kom i stykker 😭
@noerrekaer.design: Hej Freja! Åh nej, det er vi så kede af. Må vi få et billede + dit fulde navn og adresse, så sender vi en ny?
@freja.kjaer_: Freja Kjær Madsen, Skolegade 5, 6700 Esbjerg. billede kommer her
@noerrekaer.design: Tak! En ny er på vej, den koster normalt 399 kr. men er selvfølgelig gratis. Leveres med GLS i løbet af 1-3 hverdage. Hvilket telefonnummer kan GLS sms'e til?
@freja.kjaer_: +45 53 90 18 27. og send den gerne til min arbejdsplads i stedet: att. Freja, Kongensgade 60, 6700 Esbjerg. ordrebekræftelsen kom til frejakm@gmail.com
@freja.kjaer_: og kan i sende den knuste som gave til min mormor? haha nej jk
@noerrekaer.design: Haha 😄 Rabatkode SORRY15 giver 15 % på næste ordre. Hilsen Amalie fra Nørrekær""",
planted=[
    P("freja.kjaer_", "username"),
    P("Freja Kjær Madsen", "name", ["Freja", "Kjær", "Madsen"]),
    P("Skolegade 5, 6700 Esbjerg", "address", ["Skolegade 5", "6700"]),
    P("+45 53 90 18 27", "phone"),
    P("Kongensgade 60, 6700 Esbjerg", "address", ["Kongensgade 60", "6700"]),
    P("frejakm@gmail.com", "email", ["frejakm@gmail.com", "frejakm"]),
    P("Amalie", "name", ["Amalie"]),
],
lookalikes=[
    L("Ingrid", "product"),
    L("#NK-10482", "order_number"),
    L("399 kr.", "price"),
    L("1-3 hverdage", "duration"),
    L("SORRY15", "discount_code"),
    L("15 %", "percentage"),
    L("@noerrekaer.design", "company_handle"),
]))

RECORDS.append(dict(id="da-chat-005", language="da", channel="chat", text="""PakkePoul (chatbot): Hej! Jeg er PakkePoul 📦 Skriv dit pakkenummer.
Kunde: 5712340098812
PakkePoul (chatbot): Din pakke ligger i Pakkeshop Føtex Ringsted og kan hentes indtil 22.05. Vil du tale med en medarbejder?
Kunde: ja tak. jeg har ikke fået nogen sms
Medarbejder Trine: Hej, det er Trine. Vi har sendt sms'en til 21 90 35 64, er det dit nummer?
Kunde: nej!! mit nummer er 21 90 53 64. I har byttet om på to tal
Medarbejder Trine: Beklager! Jeg retter det. Til identifikation: hvad er navnet på modtageren og adressen?
Kunde: Niklas Rosenkvist, Nørregade 41, 4100 Ringsted. mail: niklas.r@webspeed.dk
Medarbejder Trine: Tak Niklas. Jeg forlænger opbevaringen med 5 dage. Afhentningskoden er 8841, og husk billed-ID.
Kunde: Min kæreste Ayşe Demir henter den måske, er det ok?
Medarbejder Trine: Ja, hvis hun har koden og dit navn. Sagsnr. PP-77018.""",
planted=[
    P("Trine", "name", ["Trine"]),
    P("21 90 35 64", "phone"),
    P("21 90 53 64", "phone"),
    P("Niklas Rosenkvist", "name", ["Niklas", "Rosenkvist"]),
    P("Nørregade 41, 4100 Ringsted", "address", ["Nørregade 41", "4100"]),
    P("Ayşe Demir", "name", ["Ayşe", "Demir"]),
    P("niklas.r@webspeed.dk", "email", ["niklas.r@webspeed.dk", "niklas.r"]),
],
lookalikes=[
    L("PakkePoul", "assistant_name"),
    L("5712340098812", "tracking_number"),
    L("Pakkeshop Føtex Ringsted", "location"),
    L("22.05", "date"),
    L("5 dage", "duration"),
    L("8841", "pickup_code"),
    L("PP-77018", "case_number"),
]))

RECORDS.append(dict(id="da-chat-006", language="da", channel="chat", text="""Københavns Kommune – Chat med Borgerservice
Borger: Hej. Jeg er fra Færøerne og læser på KU. Jeg har mistet mit sundhedskort, hvordan får jeg et nyt?
Borgerservice (Henriette): Hej! Det kan du bestille på borger.dk, men jeg kan også gøre det her. Hvad er dit navn og cpr-nummer?
Borger: Rannvá Poulsen, 050502-2157
Borgerservice (Henriette): Tak, Rannvá. Bor du stadig på Tagensvej 120, værelse 314, 2200 København N? Det er et kollegium, så husk navn på postkassen.
Borger: ja, Tagensvej Kollegiet. min faste adresse er Heygavegur 9, FO-700 Klaksvík. og min mor Sólrun Poulsen i Klaksvík skal ikke have noget post
Borgerservice (Henriette): Nej, det går kun til dig. Det nye kort koster 195 kr. Du kan bruge et midlertidigt sundhedskort i appen Sundhedskortet fra i dag.
Borger: hvordan betaler jeg? kan jeg bruge MobilePay, mit nr er +298 55 12 34
Borgerservice (Henriette): Du får en opkrævning i Digital Post, referencenummer BS-881024. Kortet kommer inden for 14 dage.
Borger: takk fyri! altså tak 🙂""",
planted=[
    P("Henriette", "name", ["Henriette"]),
    P("Rannvá Poulsen", "name", ["Rannvá", "Poulsen"]),
    P("050502-2157", "national_id", check="cpr"),
    P("Tagensvej 120, værelse 314, 2200 København N", "address", ["Tagensvej 120, værelse 314", "Tagensvej 120", "2200"]),
    P("Sólrun Poulsen", "name", ["Sólrun", "Poulsen"]),
    P("Heygavegur 9, FO-700 Klaksvík", "address", ["Heygavegur 9", "FO-700"]),
    P("+298 55 12 34", "phone"),
],
lookalikes=[
    L("borger.dk", "website"),
    L("195 kr.", "price"),
    L("Sundhedskortet", "product"),
    L("BS-881024", "reference"),
    L("14 dage", "duration"),
    L("Tagensvej Kollegiet", "organisation"),
]))

RECORDS.append(dict(id="da-chat-007", language="da", channel="chat", text="""Tryghavn Forsikring – Online chat
Tryghavn: Hej og velkommen. Du skriver med Morten. Hvad kan jeg hjælpe med?
Kunde: Min cykel er blevet stjålet fra cykelkælderen, en Kildemoes Logic Nexus 7, stelnummer WKM12345K. Har anmeldt det til politiet, journalnr. 1200-73251-00871-25
Tryghavn: Øv! Hvem står som forsikringstager?
Kunde: Karoline Bisgaard Hansen, police 7702-119305. Jeg bor på Ålekistevej 15, 2. tv, 2720 Vanløse
Tryghavn: Tak Karoline. Cyklen er købt 14.06.2023 til 8.499 kr., og din selvrisiko er 1.273 kr. Hvor skal erstatningen udbetales?
Kunde: reg 2211 konto 6284117390. I kan ringe på 61 38 02 77 eller skrive til karoline.bh@gmail.com
Tryghavn: Modtaget. Har du en kvittering? Ellers kan forhandleren, Cykelmageren på Frederikssundsvej, bekræfte købet.
Kunde: kvitteringen står i min mands navn, Jesper Bisgaard, kan det gå?
Tryghavn: Ja, bare i bor på samme adresse. Upload den og skriv sagsnummeret SK-25-30218. Du kan også ringe til mig direkte på 70 11 22 33.""",
planted=[
    P("Morten", "name", ["Morten"]),
    P("Karoline Bisgaard Hansen", "name", ["Karoline", "Bisgaard", "Hansen"]),
    P("Ålekistevej 15, 2. tv, 2720 Vanløse", "address", ["Ålekistevej 15", "2720"]),
    P("6284117390", "iban"),
    P("61 38 02 77", "phone"),
    P("karoline.bh@gmail.com", "email", ["karoline.bh@gmail.com", "karoline.bh"]),
    P("Jesper Bisgaard", "name", ["Jesper", "Bisgaard"]),
],
lookalikes=[
    L("Kildemoes Logic Nexus 7", "product"),
    L("WKM12345K", "frame_number"),
    L("1200-73251-00871-25", "police_reference"),
    L("7702-119305", "policy_number"),
    L("14.06.2023", "purchase_date"),
    L("8.499 kr.", "price"),
    L("1.273 kr.", "amount"),
    L("SK-25-30218", "claim_number"),
]))

RECORDS.append(dict(id="da-chat-008", language="da", channel="chat", text="""WhatsApp · Viceværten Bakkehusene
[07.11.24 08:12] Annika Holst: Godmorgen Preben, der løber vand ned ad væggen i vores badeværelse igen 😩 Egevænget 4, st. th.
[07.11.24 08:31] Viceværten Bakkehusene: Godmorgen Annika. Det er nok fra nr. 4, 1. th. igen. Jeg ringer til Lasse Winther-Dahl ovenpå.
[07.11.24 08:33] Annika Holst: ja han har vist en utæt bruseniche. hans nummer er 28 40 66 19 hvis du ikke har det
[07.11.24 08:40] Viceværten Bakkehusene: Tak. Jeg kommer kl. 10 med fugtmåleren. Det bliver nok en forsikringssag, skadenummer følger.
[07.11.24 10:54] Viceværten Bakkehusene: Målt 38 % fugt i væggen. Jeg har bestilt affugter, lejes i 3 uger. Afdelingsbestyrelsen får besked.
[07.11.24 10:56] Annika Holst: super tak! hvis de skal ind når jeg er på arbejde, så har min svigermor Grethe Holst nøgle, 51 22 70 84
[07.11.24 11:02] Viceværten Bakkehusene: 👍 Jeg skriver til dig på annika.holst@yahoo.dk når firmaet har en tid. Mvh Preben""",
planted=[
    P("Annika Holst", "name", ["Annika", "Holst"]),
    P("Preben", "name", ["Preben"]),
    P("Egevænget 4, st. th.", "address", ["Egevænget 4"]),
    P("Lasse Winther-Dahl", "name", ["Lasse", "Winther", "Dahl"]),
    P("28 40 66 19", "phone"),
    P("Grethe Holst", "name", ["Grethe", "Holst"]),
    P("51 22 70 84", "phone"),
    P("annika.holst@yahoo.dk", "email", ["annika.holst@yahoo.dk", "annika.holst"]),
],
lookalikes=[
    L("07.11.24 08:12", "timestamp"),
    L("nr. 4, 1. th.", "unit_reference"),
    L("kl. 10", "time"),
    L("38 %", "measurement"),
    L("3 uger", "duration"),
    L("Viceværten Bakkehusene", "organisation"),
]))

RECORDS.append(dict(id="da-chat-009", language="da", channel="chat", text="""NordAir kundechat
NordAir: Hej, du chatter med Julie. Hvordan kan jeg hjælpe?
Kunde: min kuffert kom ikke med fra Lissabon i går, fly NA 1573. Jeg har et PIR-nummer CPHNA48213
Julie: Det er jeg ked af. Jeg kan se, at kufferten er fundet i Lissabon og kommer med NA 1575 i aften kl. 21.40. Hvor skal den leveres?
Kunde: Magnus Albrechtsen, Amagerbrogade 230, 4.tv, 2300 København S. Ring på 50 71 29 84 inden. mail magnus.albrechtsen@pm.me
Julie: Noteret. Leveringen sker i morgen mellem 9 og 14. Du kan få dækket rimelige udgifter op til 1.500 kr. Send kvitteringer og dit kontonummer.
Kunde: DK34 5492 8620 6908 67. jeg har købt tøj til 864 kr
Julie: Tak, Magnus. Vi behandler refusionen inden for 30 dage. Bookingreference X7KQ2P, hvis du skal rette henvendelse igen.
Kunde: og min søster Clara Albrechtsen manglede også en taske, samme booking
Julie: Så skal hun lave sin egen anmeldelse, da det er en separat bagageenhed.""",
planted=[
    P("Julie", "name", ["Julie"]),
    P("Magnus Albrechtsen", "name", ["Magnus", "Albrechtsen"]),
    P("Amagerbrogade 230, 4.tv, 2300 København S", "address", ["Amagerbrogade 230", "2300"]),
    P("50 71 29 84", "phone"),
    P("magnus.albrechtsen@pm.me", "email", ["magnus.albrechtsen@pm.me", "magnus.albrechtsen"]),
    P("DK34 5492 8620 6908 67", "iban", check="iban"),
    P("Clara Albrechtsen", "name", ["Clara", "Albrechtsen"]),
],
lookalikes=[
    L("NA 1573", "flight_number"),
    L("CPHNA48213", "baggage_reference"),
    L("NA 1575", "flight_number"),
    L("kl. 21.40", "time"),
    L("1.500 kr.", "amount"),
    L("864 kr", "amount"),
    L("X7KQ2P", "booking_reference"),
]))

RECORDS.append(dict(id="da-chat-010", language="da", channel="chat", text="""Region Midtjylland – Patientchat
Patient: Hej, jeg skal have flyttet min tid til MR-scanning af knæet. Den ligger d. 3/4 kl 8.15
Patientvejleder Lene: Hej. Det kan jeg hjælpe med. Hvad er dit cpr-nr.?
Patient: 090604-0662
Patientvejleder Lene: Tak, Astrid. Jeg kan se din henvisning fra Lægerne i Skanderborg, henvisnings-ID 44871-MR. Vi har ledige tider 9/4 kl. 14.30 eller 11/4 kl. 7.45 på Aarhus Universitetshospital.
Patient: 9/4 passer. min far Poul Eriksen (tlf 86 52 19 40) kører mig, kan han få en parkeringsbillet?
Patientvejleder Lene: Ja, P-huset Nord er gratis de første 2 timer med indkaldelsen. Den nye indkaldelse kommer i e-Boks. Skal vi også sende en sms til 93 84 22 05?
Patient: ja tak. og mit navn er forresten stavet Astrid Eriksen-Nyborg, med bindestreg, det står forkert i systemet
Patientvejleder Lene: Det retter jeg. Bor du fortsat på Adelgade 62, 8660 Skanderborg?
Patient: ja""",
planted=[
    P("Lene", "name", ["Lene"]),
    P("090604-0662", "national_id", check="cpr"),
    P("86 52 19 40", "phone"),
    P("Poul Eriksen", "name", ["Poul", "Eriksen"]),
    P("93 84 22 05", "phone"),
    P("Astrid Eriksen-Nyborg", "name", ["Astrid", "Eriksen", "Nyborg"]),
    P("Adelgade 62, 8660 Skanderborg", "address", ["Adelgade 62", "8660"]),
],
lookalikes=[
    L("d. 3/4 kl 8.15", "appointment"),
    L("44871-MR", "referral_id"),
    L("9/4 kl. 14.30", "appointment"),
    L("11/4 kl. 7.45", "appointment"),
    L("P-huset Nord", "location"),
    L("2 timer", "duration"),
]))
