from _helpers import P, L, R

RECORDS = [
R("da-chat-001", """
[13:02] Boligstil.dk: Hej og velkommen 👋 Du skriver med Ida. Hvad kan jeg hjælpe med?
[13:02] Kunde: hej min sofa skulle være leveret i dag men der er ikke kommet nogen
[13:03] Boligstil.dk: Det må du undskylde! Hvad er dit ordrenummer?
[13:03] Kunde: 100558213
[13:04] Boligstil.dk: Tak. Jeg kan se en Nordby 3-pers. sofa i grå bouclé, til levering hos Sofie Damgaard, Jernbanegade 17, 1. tv, 4000 Roskilde. Passer det?
[13:04] Kunde: jaa det er mig
[13:05] Boligstil.dk: Fragtfirmaet skriver, at de ikke kunne komme i kontakt med dig på 2l 35 88 04?
[13:05] Kunde: det er forkert nr!! det skal være 21 35 88 04 😩
[13:06] Boligstil.dk: Ahh, der har været en tastefejl. Jeg har rettet det og booket ny levering fredag d. 14/6 mellem 7 og 16.
[13:06] Kunde: ok. min kæreste Oliver er hjemme fredag, kan han kvittere?
[13:07] Boligstil.dk: Ja, det kan han 👍 Hvad er hans efternavn, så chaufføren ved det?
[13:07] Kunde: Oliver Wulff
[13:08] Kunde: kan i sætte pengene på mit dankort? 5019 7712 0488 2165
[13:08] Boligstil.dk: Perfekt. Som plaster på såret får du 250 kr. refunderet til det kort, du betalte med. Og skriv aldrig hele kortnummeret i chatten – vi har skjult det 🙂 Bekræftelse sendes til sofiedamgaard@icloud.com. God dag, Sofie!
""", [
    P("Ida", "name"),
    P("Sofie Damgaard", "name"),
    P("Jernbanegade 17, 1. tv, 4000 Roskilde", "address", ["Jernbanegade 17", "4000"]),
    P("2l 35 88 04", "phone"),
    P("21 35 88 04", "phone"),
    P("Oliver Wulff", "name"),
    P("5019 7712 0488 2165", "card"),
    P("sofiedamgaard@icloud.com", "email"),
], [
    L("Boligstil.dk", "company"),
    L("100558213", "order_number"),
    L("Nordby 3-pers. sofa", "product"),
    L("fredag d. 14/6", "event_date"),
    L("mellem 7 og 16", "time"),
    L("250 kr.", "amount"),
]),

R("da-chat-002", """
Du: hej jeg vil gerne flytte mit nummer fra Telia til jer
MobilXtra chat (Emil): Hej! Fedt, at du vil være kunde hos os 😊 Hvilket nummer skal flyttes?
Du: 29 64 11 70
MobilXtra chat (Emil): Og hvem står som ejer af nummeret hos Telia?
Du: det gør min mor, Hanne Frederiksen. jeg er Frederikke Holm, jeg har brugt nummeret siden jeg var 12
MobilXtra chat (Emil): Okay, så skal Hanne give fuldmagt. Jeg sender en formular til hende. Hvad er hendes mail?
Du: hanne.frederiksen61@gmail.com
MobilXtra chat (Emil): Super. Og din fødselsdato, Frederikke? Du skal være 18 for at stå som ejer.
Du: 30/01/1990 haha jeg er 34 😅
MobilXtra chat (Emil): Haha, så er det helt fint 😄 Abonnementet Fri Tale + 50 GB koster 149 kr./md. Nummerflytningen tager 3-5 hverdage.
Du: og min adresse til simkortet er Nørrebrogade 184, 4. th, 2200 kbh N
MobilXtra chat (Emil): Noteret! Din ordre hedder MX-4410927. Du får en sms, når nummeret er flyttet. 👋
""", [
    P("29 64 11 70", "phone"),
    P("Emil", "name"),
    P("Hanne Frederiksen", "name"),
    P("Frederikke Holm", "name"),
    P("hanne.frederiksen61@gmail.com", "email"),
    P("30/01/1990", "birth_date"),
    P("Nørrebrogade 184, 4. th, 2200", "address", ["Nørrebrogade 184", "2200"]),
], [
    L("Telia", "company"),
    L("MobilXtra", "company"),
    L("Fri Tale + 50 GB", "product"),
    L("149 kr./md.", "price"),
    L("3-5 hverdage", "duration"),
    L("MX-4410927", "order_number"),
]),

R("da-chat-003", """
Ticket #88213 · Kanal: Discord → Support
NoScopeNoah: hallo min konto er hacket og de har skiftet min mail
NoScopeNoah: brugernavn NoScopeNoah, gammel mail noah.lindberg2009@gmail.com
Support-bot: Tak! En medarbejder overtager om lidt ⏳
Aksel (Support): Hej Noah! Det finder vi ud af. Jeg kan se, at mailen blev skiftet til xx_acc_shop@protonmail.com i går kl. 23.41, fra IP 203.0.113.201 (Vietnam).
NoScopeNoah: det er ikke mig!!!
Aksel (Support): Det tror jeg på. Da du er under 18, skal en forælder bekræfte, før jeg kan gendanne kontoen. Kan din mor eller far skrive her?
NoScopeNoah: hej det er Noahs far, Thomas Lindberg. Noah er født 09.12.2009. Jeg bekræfter at det er hans konto
Aksel (Support): Tak, Thomas. Jeg har sat mailen tilbage og logget alle enheder ud. Hans Discord @noscope.noah er også koblet fra, og 2 skins købt for 1.400 V-Coins bliver refunderet.
NoScopeNoah: tak 🙏🙏
Aksel (Support): Husk at slå totrinsbekræftelse til (Indstillinger → Sikkerhed, kræver klientversion 26.10 eller nyere). Fejlkoden LS-0403 forsvinder efter næste login.
""", [
    P("NoScopeNoah", "username"),
    P("noah.lindberg2009@gmail.com", "email"),
    P("Noah", "name"),
    P("Aksel", "name"),
    P("203.0.113.201", "ip"),
    P("Thomas Lindberg", "name"),
    P("09.12.2009", "birth_date"),
    P("@noscope.noah", "username"),
    P("xx_acc_shop@protonmail.com", "email"),
], [
    L("#88213", "ticket_number"),
    L("Vietnam", "place"),
    L("kl. 23.41", "time"),
    L("1.400 V-Coins", "amount"),
    L("26.10", "version"),
    L("LS-0403", "error_code"),
]),

R("da-chat-004", """
Messenger · Dyrlægehuset Silkeborg
Susanne Bech: Hej 😊 Kan jeg booke tid til vaccination af vores kat, Misser? Hun skal også have klippet klør
Dyrlægehuset Silkeborg: Hej Susanne! Selvfølgelig 🐱 Har Misser været hos os før?
Susanne Bech: Ja, hun står nok under min mands navn, Kenneth Bech
Dyrlægehuset Silkeborg: Fundet! Misser, 4 år, europæisk korthår, journalnr. 20871. Vi har tid tirsdag kl. 15.40 hos dyrlæge Anna Mikkelsen. Passer det?
Susanne Bech: perfekt
Dyrlægehuset Silkeborg: Super. Vaccinationen koster 495 kr. og kloklip 95 kr. Skal vi bruge 86 82 44 19 til sms-påmindelse?
Susanne Bech: nej brug mit nr 53 17 90 26, Kenneths er mest på arbejde
Dyrlægehuset Silkeborg: Noteret 👍 Vi har stadig jeres gamle adresse, Lyngbakken 31, 8600 Silkeborg, er den rigtig?
Susanne Bech: nej vi bor nu på Ørnevej 5, 8653 Them
Dyrlægehuset Silkeborg: Tak, rettet! Vi ses tirsdag 🐾
""", [
    P("Susanne Bech", "name"),
    P("Kenneth Bech", "name"),
    P("Anna Mikkelsen", "name"),
    P("86 82 44 19", "phone"),
    P("53 17 90 26", "phone"),
    P("Lyngbakken 31, 8600", "address", ["Lyngbakken 31", "8600"]),
    P("Ørnevej 5, 8653", "address", ["Ørnevej 5", "8653"]),
], [
    L("Misser", "pet_name"),
    L("Dyrlægehuset Silkeborg", "company"),
    L("journalnr. 20871", "case_number"),
    L("tirsdag kl. 15.40", "event_time"),
    L("495 kr.", "price"),
    L("95 kr.", "price"),
    L("Them", "place"),
]),

R("da-chat-005", """
Chat med Uddannelsesstøtte — startet 09:31
Borger: Hej. Jeg har ikke fået min SU for marts. Mit cpr er 300190-2155
Rådgiver Maja: Hej, og tak for din henvendelse. Skriv venligst ikke dit cpr-nummer i chatten – log i stedet ind med MitID, så kan jeg se din sag. Jeg sletter beskeden bagefter.
Borger: ok sorry. er logget ind nu
Rådgiver Maja: Tak, Zainab. Jeg kan se, at din uddannelse (Cand.merc. på CBS) har registreret dig som inaktiv fra 1. marts, fordi du ikke har bestået nok ECTS.
Borger: men jeg har været syg. jeg har lægeerklæring fra min læge, Niels Brandt
Rådgiver Maja: Så skal du søge om tillægsklip på grund af sygdom. Blanketten hedder "Sygdom – ansøgning" på minSU. Vedhæft lægeerklæringen.
Borger: ok. og pengene skal stadig ind på min nemkonto?
Rådgiver Maja: Ja, den er registreret på reg.nr. 9215 konto 2758929007. Hvis sagen godkendes, efterbetaler vi 6.820 kr. før skat.
Borger: tak. min mail er zainab.hussaini@stud.cbs.dk hvis i skal skrive
Rådgiver Maja: Vi skriver altid via Digital Post. God dag, Zainab Hussaini.
""", [
    P("300190-2155", "national_id", check="cpr"),
    P("Maja", "name"),
    P("Niels Brandt", "name"),
    P("2758929007", "iban"),
    P("zainab.hussaini@stud.cbs.dk", "email"),
    P("Zainab Hussaini", "name"),
], [
    L("Uddannelsesstøtte", "organisation"),
    L("09:31", "time"),
    L("Cand.merc.", "program"),
    L("CBS", "organisation"),
    L("1. marts", "event_date"),
    L("minSU", "product"),
    L("6.820 kr.", "amount"),
]),

R("da-chat-006", """
Facebook Messenger — NordAir Danmark
Rikke Thomsen Ali · 16.45: Hej NordAir! Min mands navn er stavet forkert på billetten 😬 Booking X7PL3M
NordAir Danmark · 16.52: Hej Rikke 👋 Det hjælper vi gerne med. Hvordan står navnet nu, og hvordan skal det være?
Rikke Thomsen Ali · 16.53: Der står MOHAMMED ALI, men i passet står der MUHAMMAD ALI. Passnr. 212845967
NordAir Danmark · 16.58: Tak! Jeg har rettet det til MUHAMMAD ALI. Det er gratis, fordi det kun er et par bogstaver. Flyet er NA 1446 fra København til Antalya den 12. juli kl. 06.10.
Rikke Thomsen Ali · 16.59: super. og vores søn Yusuf er 2 år, skal han have eget sæde?
NordAir Danmark · 17.03: Børn under 2 flyver på skødet. Hvornår er han født?
Rikke Thomsen Ali · 17.03: 25/4-2022
NordAir Danmark · 17.06: Så er han fyldt 2 inden afrejse, og skal have sit eget sæde. Det koster 1.895 kr. Skal jeg sende et betalingslink til rikke.t.ali@gmail.com?
Rikke Thomsen Ali · 17.07: ja tak 🙏
""", [
    P("Rikke Thomsen Ali", "name"),
    P("MOHAMMED ALI", "name"),
    P("MUHAMMAD ALI", "name"),
    P("212845967", "national_id", check="none"),
    P("Yusuf", "name"),
    P("25/4-2022", "birth_date"),
    P("rikke.t.ali@gmail.com", "email"),
], [
    L("NordAir Danmark", "company"),
    L("X7PL3M", "booking_reference"),
    L("NA 1446", "flight_number"),
    L("Antalya", "place"),
    L("den 12. juli kl. 06.10", "event_time"),
    L("1.895 kr.", "price"),
]),

R("da-chat-007", """
Smyril Ferry – online chat
Gæst: Góðan dag. Eg skrivi á donskum. Jeg har booket overfart Tórshavn–Hirtshals med bil, men skal skifte bil.
Kundeservice (Randi): Goddag! Det kan vi godt. Hvad er dit bookingnummer?
Gæst: SF-240718-992
Kundeservice (Randi): Tak. Jeg kan se Bárður Dahl + 1 voksen, kahyt 4-sengs B-klasse, afgang 18. juli kl. 15.00. Bilen står som KL 418.
Gæst: Ja, jeg tager min brors bil i stedet, den er længere. Den har nummer YR 205. Han hedder Sjúrður Dahl.
Kundeservice (Randi): Hvor lang er den? Over 5 meter koster det ekstra.
Gæst: 5,2 m. Det er en Toyota Hilux
Kundeservice (Randi): Så bliver der et tillæg på 840 DKK. Skal det betales med samme kort som før?
Gæst: nej, tak. Kan jeg overføre? Min konto er FO79 8502 5517 1607 90.
Kundeservice (Randi): Desværre kan vi kun modtage betalinger, men jeg sender en faktura til din mail. Er det bardur.dahl@olivant.fo?
Gæst: Ja. Og mit nummer er +298 55 21 09 hvis I skal ringe.
Kundeservice (Randi): Perfekt. Ændringen er gennemført. God tur!
""", [
    P("Randi", "name"),
    P("Bárður Dahl", "name"),
    P("KL 418", "plate"),
    P("YR 205", "plate"),
    P("Sjúrður Dahl", "name"),
    P("FO79 8502 5517 1607 90", "iban"),
    P("bardur.dahl@olivant.fo", "email"),
    P("+298 55 21 09", "phone"),
], [
    L("Smyril Ferry", "company"),
    L("Tórshavn–Hirtshals", "route"),
    L("SF-240718-992", "booking_reference"),
    L("kahyt 4-sengs B-klasse", "product"),
    L("18. juli kl. 15.00", "event_time"),
    L("5,2 m", "measurement"),
    L("Toyota Hilux", "product"),
    L("840 DKK", "price"),
]),

R("da-chat-008", """
[Arktisk Fragt kundechat]
Kunde: Hej. Jeg venter på en container til Sisimiut med vores flyttegods, men den er ikke kommet
Arktisk Fragt – Naja: Aluu! Det skal jeg undersøge. Har du containernummer eller fragtbrevsnummer?
Kunde: Containeren er ARKU 418827-3. Fragtbrev 2024-SIS-00412
Arktisk Fragt – Naja: Tak. Den står på skibet, der forlod Aalborg den 2. september, og er forventet i Sisimiut den 14. september. Hvem er modtager?
Kunde: Aqqaluk Petersen, Paamaap Aqq. 9, 3911 Sisimiut
Arktisk Fragt – Naja: Fint. Der er et afgiftsbeløb på 3.260 kr., som skal betales, før vi kan udlevere. Skal det betales af dig eller af arbejdsgiveren?
Kunde: Af min arbejdsgiver, kommunen. Kontaktpersonen er Ivalu Kristiansen, HR. Hun har tlf. 36 81 22
Arktisk Fragt – Naja: Noteret. Og dit eget nummer?
Kunde: +299 58 40 17. min mail er aqqaluk.p@outlook.com
Arktisk Fragt – Naja: Tak, Aqqaluk. Jeg sender en påmindelse, når containeren er losset. Udleveringen sker på havnen, åbningstid 8-15.
""", [
    P("Naja", "name"),
    P("Aqqaluk Petersen", "name"),
    P("Paamaap Aqq. 9, 3911 Sisimiut", "address", ["Paamaap Aqq. 9", "3911"]),
    P("Ivalu Kristiansen", "name"),
    P("36 81 22", "phone"),
    P("+299 58 40 17", "phone"),
    P("aqqaluk.p@outlook.com", "email"),
], [
    L("Arktisk Fragt", "company"),
    L("ARKU 418827-3", "container_number"),
    L("2024-SIS-00412", "waybill_number"),
    L("Aalborg", "place"),
    L("den 14. september", "event_date"),
    L("3.260 kr.", "amount"),
    L("8-15", "opening_hours"),
]),

R("da-chat-009", """
Kunde: hejsa jeg har sendt 1.500 kr på mobilepay til et forkert nummer 😭
Kystbanken | Mathias: Av, det er ærgerligt! Vi hjælper dig. Hvilket nummer sendte du til, og hvilket skulle det have været?
Kunde: jeg sendte til 26 11 47 93 men det skulle være 26 11 74 93. det var til min udlejer Jannik Friis for depositum
Kystbanken | Mathias: Tak. Hvad stod der som modtagernavn i MobilePay, da du sendte?
Kunde: der stod bare "Oliver J."
Kystbanken | Mathias: Okay. Vi sender en anmodning om tilbagebetaling til modtageren. Vi kan desværre ikke tvinge pengene tilbage. Sagen har nummer MP-77120.
Kunde: ok... mit navn er Amalie Vestergaard hvis i skal bruge det
Kystbanken | Mathias: Tak, Amalie 👍 Pengene blev trukket fra din konto 3301 4673002458 i dag kl. 10.12. Hvis modtageren sender pengene retur, kommer de samme sted hen.
Kunde: tak for hjælpen
""", [
    P("Mathias", "name"),
    P("26 11 47 93", "phone"),
    P("26 11 74 93", "phone"),
    P("Jannik Friis", "name"),
    P("Oliver J.", "name", ["Oliver"]),
    P("Amalie Vestergaard", "name"),
    P("4673002458", "iban"),
], [
    L("1.500 kr", "amount"),
    L("Kystbanken", "company"),
    L("MobilePay", "product"),
    L("MP-77120", "case_number"),
    L("kl. 10.12", "time"),
]),

R("da-chat-010", """
Chat – Dansk Flygtningehjælp Indsamling
Bruger: Hej, jeg vil gerne have fradrag for mine bidrag. Hvad skal I bruge?
Medarbejder (Karina): Hej og tusind tak for din støtte 💛 For at indberette dit fradrag til Skattestyrelsen skal vi have dit cpr-nummer. Du kan sende det her, så gemmes det krypteret.
Bruger: ok det er 160368-0371. Jeg hedder Lene Kromann
Medarbejder (Karina): Tak, Lene. Jeg kan se, at du giver 200 kr. om måneden siden marts 2019, givernummer 5520-114. Bidragene for i år bliver 2.400 kr., som indberettes i januar.
Bruger: fint. min mand Ole giver også, kan i lægge det sammen?
Medarbejder (Karina): Fradraget er personligt, så Ole Kromann skal selv give os sit cpr-nummer. Jeg sender ham en mail – hvad er hans adresse?
Bruger: ole.kromann@webspeed.dk. vi bor på Strandvejen 243, 2920 Charlottenlund
Medarbejder (Karina): Noteret. Og vil I fortsat have magasinet med posten?
Bruger: nej tak, kun pr mail. lene.kromann@webspeed.dk
Medarbejder (Karina): Det er ændret 👍 God dag!
""", [
    P("Karina", "name"),
    P("160368-0371", "national_id", check="cpr"),
    P("Lene Kromann", "name"),
    P("Ole Kromann", "name"),
    P("ole.kromann@webspeed.dk", "email"),
    P("Strandvejen 243, 2920", "address", ["Strandvejen 243", "2920"]),
    P("lene.kromann@webspeed.dk", "email"),
], [
    L("Dansk Flygtningehjælp", "organisation"),
    L("Skattestyrelsen", "organisation"),
    L("200 kr.", "amount"),
    L("marts 2019", "event_date"),
    L("5520-114", "donor_number"),
    L("2.400 kr.", "amount"),
    L("Charlottenlund", "place"),
]),
]
