from rec import P, L

RECORDS = [
# ---------------------------------------------------------------- 001 bredbånd, bot -> medarbejder
{
"id": "da-chat-001", "language": "da", "channel": "chat",
"text": """Sofus 🤖 (chatbot) · 20:11
Hej, jeg hedder Sofus og er FiberNords digitale assistent. Hvad kan jeg hjælpe med?

Dig · 20:11
internettet er super langsomt siden i går

Sofus 🤖 (chatbot) · 20:12
Det er træls! Jeg sætter dig i kø til en medarbejder. Du er nummer 3 i køen.

Nikolaj · 20:19
Hej, du skriver med Nikolaj fra FiberNord. Må jeg få dit navn og adressen på forbindelsen?

Dig · 20:20
Signe Thomsen, kirkevej 5 4690 haslev

Nikolaj · 20:21
Tak Signe 😊 Jeg kan se din router, en Zyxel EX5601 på firmware 5.70. Hvilken IP-adresse står der i routerens oversigt?

Dig · 20:23
192.0.2.58

Nikolaj · 20:24
Tak. Du har 1000/1000 Mbit, men linjen synkroniserer kun på 100. Det ligner et defekt kabel i fiberboksen. Jeg har oprettet fejlsag FN-240318-77. En tekniker kan komme fredag den 22. marts mellem kl. 8 og 12. Hvilket nummer skal han ringe til?

Dig · 20:25
30 19 72 84. og send gerne bekræftelse til signe.thomsen@example.com. mit login til selvbetjening er signe_t84 hvis det hjælper

Nikolaj · 20:26
Det er noteret. God aften!""",
"planted": [
    P("Nikolaj", "name"),
    P("Signe Thomsen", "name"),
    P("kirkevej 5 4690 haslev", "address", mns=["kirkevej 5", "4690"]),
    P("192.0.2.58", "ip"),
    P("30 19 72 84", "phone"),
    P("signe.thomsen@example.com", "email"),
    P("signe_t84", "username"),
],
"lookalikes": [
    L("Sofus", "bot_name"),
    L("Zyxel EX5601", "product"),
    L("firmware 5.70", "version"),
    L("1000/1000 Mbit", "quantity"),
    L("FN-240318-77", "ticket_number"),
    L("fredag den 22. marts", "date"),
    L("20:11", "time"),
],
},
# ---------------------------------------------------------------- 002 Messenger til flyselskab
{
"id": "da-chat-002", "language": "da", "channel": "chat",
"text": """Messenger · Nordflyv Kundeservice
Johanne Kristensen (facebook.com/johanne.kristensen.902)
hej jeg skal flyve med min søn på lørdag men hans navn er stavet forkert på billetten 😬 bookingnr QX7K2M

Nordflyv Kundeservice
Hej Johanne, tak for din besked! Hvordan skal navnet staves, og hvad er hans fødselsdato? /Maja

Johanne Kristensen
Viggo Kristensen, født 14.02.2015. der står Vigo med et g

Nordflyv Kundeservice
Det retter vi gratis 👍 Det gælder NF 418 fra Billund kl. 06.35 lørdag den 6. april. Jeg sender den nye billet til den e-mail der er på bookingen, jkristensen@example.com. Stemmer det?

Johanne Kristensen
ja! og kan I skrive mit mobilnummer på også, hvis flyet er forsinket? 61 07 39 52

Nordflyv Kundeservice
Klaret. Ekstra bagage for 2 x 23 kg koster 398 kr., hvis du vil tilkøbe det. /Maja

Johanne Kristensen
nej tak, vi klarer os med håndbagage 😄 tak for hjælpen""",
"planted": [
    P("Johanne Kristensen", "name"),
    P("johanne.kristensen.902", "username"),
    P("Maja", "name"),
    P("Viggo Kristensen", "name", "Vigo"),
    P("14.02.2015", "birth_date"),
    P("jkristensen@example.com", "email"),
    P("61 07 39 52", "phone"),
],
"lookalikes": [
    L("QX7K2M", "booking_reference"),
    L("NF 418", "flight_number"),
    L("kl. 06.35", "time"),
    L("lørdag den 6. april", "date"),
    L("2 x 23 kg", "quantity"),
    L("398 kr.", "price"),
],
},
# ---------------------------------------------------------------- 003 webshop, indsat Dankort
{
"id": "da-chat-003", "language": "da", "channel": "chat",
"text": """Chat · Cykelgrej.dk kundeservice
Kunde: hej, jeg kan ikke betale min ordre, den afviser mit dankort hele tiden
Ida (Cykelgrej.dk): Hej! Det må vi finde ud af. Hvad er dit ordrenummer?
Kunde: 100487215
Kunde: 5019 3334 3608 6931 udløb 11/26
Kunde: her er kortet
Ida (Cykelgrej.dk): Tak, men skriv aldrig dine kortoplysninger i chatten 🙏 Jeg har fjernet beskeden fra samtalen. Jeg kan se, at betalingen fejler ved 3-D Secure, fordi dit MitID ikke blev godkendt. Prøv igen, eller betal med MobilePay.
Kunde: ok jeg prøver mobilepay
Ida (Cykelgrej.dk): Ordren er på 2.349 kr. (Shimano 105 gearsæt). Leveres til Tobias Lauridsen, Søndre Ringvej 33, 3. th., 9800 Hjørring?
Kunde: ja det er mig. kan chaufføren ringe på 42 80 16 37, og ellers må den afleveres hos min nabo Hanne Ottesen
Ida (Cykelgrej.dk): Det skriver jeg på. Ordrebekræftelsen bliver sendt til t.lauridsen@example.net
Kunde: perfekt
Kunde: så er det betalt 👍
Ida (Cykelgrej.dk): Super, pakken sendes i morgen med DAO.""",
"planted": [
    P("Ida", "name"),
    P("5019 3334 3608 6931", "card"),
    P("Tobias Lauridsen", "name"),
    P("Søndre Ringvej 33, 3. th., 9800 Hjørring", "address", mns=["Søndre Ringvej 33", "9800"]),
    P("42 80 16 37", "phone"),
    P("t.lauridsen@example.net", "email"),
    P("Hanne Ottesen", "name"),
],
"lookalikes": [
    L("100487215", "order_number"),
    L("3-D Secure", "product"),
    L("2.349 kr.", "price"),
    L("Shimano 105 gearsæt", "product"),
    L("DAO", "company"),
],
},
# ---------------------------------------------------------------- 004 værksted, SMS-tråd
{
"id": "da-chat-004", "language": "da", "channel": "chat",
"text": """SMS-samtale med +45 22 17 40 59 (eksporteret 14.03.2024)

11.03.2024 09:12 Autoværkstedet Jens Lund: Hej Karina. Din Peugeot 208 (DN 32 118) er booket til syn i morgen kl. 7.30. Svar JA for at bekræfte. Mvh Kenneth
11.03.2024 09:40 +45 22 17 40 59: JA 👍 jeg kommer med den i aften og lægger nøglen i postkassen
12.03.2024 13:05 Autoværkstedet Jens Lund: Bilen er synet uden anmærkninger ✔ Vi har dog skiftet viskerblade og en pære, i alt 1.245 kr. Vi sender faktura 24-0388 på mail til karina.v@example.com
12.03.2024 13:22 +45 22 17 40 59: Tusind tak! min mand henter den kl 16. kan i sende regningen til hans firma i stedet? Brian Vestergaard, Bakkegårdsvej 19, 5700 Svendborg
12.03.2024 13:25 Autoværkstedet Jens Lund: Selvfølgelig. Kilometerstand var 87.430 btw. Næste service om 15.000 km 🙂 /Kenneth""",
"planted": [
    P("+45 22 17 40 59", "phone"),
    P("Karina", "name"),
    P("DN 32 118", "plate"),
    P("Kenneth", "name"),
    P("karina.v@example.com", "email"),
    P("Brian Vestergaard", "name"),
    P("Bakkegårdsvej 19, 5700 Svendborg", "address", mns=["Bakkegårdsvej 19", "5700"]),
],
"lookalikes": [
    L("Autoværkstedet Jens Lund", "company"),
    L("Peugeot 208", "vehicle_model"),
    L("kl. 7.30", "time"),
    L("1.245 kr.", "price"),
    L("24-0388", "invoice_number"),
    L("87.430", "quantity"),
    L("15.000 km", "quantity"),
],
},
# ---------------------------------------------------------------- 005 apotek
{
"id": "da-chat-005", "language": "da", "channel": "chat",
"text": """Apoteket Holbæk Havn · Chat
Sanne (farmakonom): Hej og velkommen. Hvad kan jeg hjælpe med?
Kunde: Hej. Jeg skal hente min medicin men jeg har brækket foden 🙄 Kan min nabo hente den?
Sanne (farmakonom): Det kan sagtens lade sig gøre. Hvad er dit navn og cpr-nummer?
Kunde: Birthe Laursen 241258-3364
Sanne (farmakonom): Tak Birthe. Jeg kan se en e-recept fra Jakob Winther på Metformin 500 mg, 100 stk. Med tilskud bliver prisen 128,50 kr.
Kunde: ja det er den. Naboen hedder Kurt Sørensen
Sanne (farmakonom): Så skal Kurt have en fuldmagt med og dit sundhedskort. Alternativt kan vi bringe den ud til dig. Hvad er din adresse?
Kunde: Havnegade 7, 1. tv., 4300 Holbæk. hvad koster det?
Sanne (farmakonom): Udbringning koster 49 kr. og sker onsdag efter kl. 14. Hvilket nummer kan buddet ringe på?
Kunde: 59 43 18 72 (fastnet)
Sanne (farmakonom): Så er det bestilt. God bedring med foden!""",
"planted": [
    P("Sanne", "name"),
    P("Birthe Laursen", "name"),
    P("241258-3364", "national_id", check="cpr"),
    P("Jakob Winther", "name"),
    P("Kurt Sørensen", "name"),
    P("Havnegade 7, 1. tv., 4300 Holbæk", "address", mns=["Havnegade 7", "4300"]),
    P("59 43 18 72", "phone"),
],
"lookalikes": [
    L("Apoteket Holbæk Havn", "company"),
    L("Metformin 500 mg", "product"),
    L("100 stk.", "quantity"),
    L("128,50 kr.", "price"),
    L("49 kr.", "price"),
    L("onsdag efter kl. 14", "time"),
],
},
# ---------------------------------------------------------------- 006 bank, grønlandsk kunde, svindel
{
"id": "da-chat-006", "language": "da", "channel": "chat",
"text": """Nanoq (bankens chatbot): Aluu! Jeg er Nanoq. Skriv kort, hvad du har brug for hjælp til.
Kunde: der er forsvundet penge fra min konto
Nanoq (bankens chatbot): Jeg sender dig videre til en rådgiver med det samme.
Mette (Kundeservice): Hej, det er Mette. Beklager at høre det. Må jeg få dit fulde navn og cpr-nummer?
Kunde: Nivi Kleist, 140772-1256
Mette (Kundeservice): Tak Nivi. Jeg kan se en overførsel i nat kl. 02.14 på 7.500 kr. fra din konto GL10 7352 5682 7549 93 til DK43 0248 9568 9818 17 (modtager: S. Petersen). Login skete fra IP-adresse 203.0.113.201, som ikke er en af dine kendte enheder. Har du godkendt noget i MitID i går?
Kunde: jeg fik en sms om at min pakke ventede og skulle godkende… 😞
Mette (Kundeservice): Det er desværre et kendt svindelnummer. Jeg har spærret netbanken og oprettet sag SVIG-2024-1187. Vi forsøger at få pengene tilbage fra modtagerbanken. Hvilket nummer kan vi ringe på?
Kunde: +299 34 82 15
Mette (Kundeservice): Og din mail, nivi.kleist@example.com, er den rigtig?
Kunde: ja
Mette (Kundeservice): Godt. Anmeld det også til politiet. Du hører fra os senest mandag den 25. marts.""",
"planted": [
    P("Mette", "name"),
    P("Nivi Kleist", "name"),
    P("140772-1256", "national_id", check="cpr"),
    P("GL10 7352 5682 7549 93", "iban"),
    P("DK43 0248 9568 9818 17", "iban"),
    P("S. Petersen", "name"),
    P("203.0.113.201", "ip"),
    P("+299 34 82 15", "phone"),
    P("nivi.kleist@example.com", "email"),
],
"lookalikes": [
    L("Nanoq", "bot_name"),
    L("kl. 02.14", "time"),
    L("7.500 kr.", "amount"),
    L("MitID", "product"),
    L("SVIG-2024-1187", "case_number"),
    L("mandag den 25. marts", "date"),
],
},
# ---------------------------------------------------------------- 007 kommune, storskrald
{
"id": "da-chat-007", "language": "da", "channel": "chat",
"text": """Chat med Esbjerg Kommune – Affald og Genbrug
Helle: Goddag, du skriver med Helle. Hvad kan jeg hjælpe med?
Borger: hej jeg kan ikke bestille storskrald på selvbetjeningen, den siger mit MitID-brugernavn ikke passer. jeg er ikke så god til det her
Borger: brugernavnet er olebrandt1958
Helle: Det klarer vi sammen 😊 Jeg kan bestille det for dig her i chatten. Hvad er dit navn og adresse?
Borger: Ole Brandt, Lærkevej 11, 6700 Esbjerg
Helle: Tak, Ole. Hvad skal afhentes?
Borger: en gammel sofa og en reol. min datter Line Brandt har hjulpet mig med at bære det ud
Helle: Fint. Der må højst stilles 2 m³ ud. Afhentning bliver tirsdag i uge 14. Dit bookingnummer er SK-55102. Skal vi sende en påmindelse på sms?
Borger: ja på 75 12 66 03 det er fastnettet. ellers på mail til o.brandt@example.net
Helle: Det er sat op. Husk at stille det ud senest kl. 6.00 på dagen.""",
"planted": [
    P("Helle", "name"),
    P("olebrandt1958", "username"),
    P("Ole Brandt", "name"),
    P("Lærkevej 11, 6700 Esbjerg", "address", mns=["Lærkevej 11", "6700"]),
    P("Line Brandt", "name"),
    P("75 12 66 03", "phone"),
    P("o.brandt@example.net", "email"),
],
"lookalikes": [
    L("Esbjerg Kommune", "company"),
    L("2 m³", "quantity"),
    L("tirsdag i uge 14", "date"),
    L("SK-55102", "booking_reference"),
    L("kl. 6.00", "time"),
    L("Affald og Genbrug", "company"),
],
},
# ---------------------------------------------------------------- 008 bilabonnement
{
"id": "da-chat-008", "language": "da", "channel": "chat",
"text": """Bilabonnement Nord · Webchat
Amalie: Hej! Du chatter med Amalie. Hvordan kan jeg hjælpe?
Kunde: Hej Amalie. Jeg har fået stenslag i forruden på min abonnementsbil, EU 92 417
Amalie: Øv! Må jeg få dit navn og din fødselsdato?
Kunde: Anton Kjeldgaard, 27.05.1985
Amalie: Tak Anton. Jeg kan se kontrakt LA-2022-11834 på en Tesla Model Y, 15.000 km/år til 4.295 kr./md. Stenslag er dækket, du skal bare booke tid hos Carglass.
Kunde: Fedt. Selvrisikoen, skal den betales?
Amalie: Nej, men hvis ruden skal skiftes helt, er der en selvrisiko på 1.500 kr., som trækkes via din betalingsaftale.
Kunde: ok. jeg har faktisk skiftet bank, kan I bruge reg 9570 konto 0013458821 fremover?
Amalie: Det skal vi have en ny betalingsaftale på, den sender jeg til anton.kjeldgaard@example.com, så du kan godkende med MitID.
Kunde: Super. Min adresse har også ændret sig: Gl. Kongevej 120, 4. th., 1850 Frederiksberg C
Amalie: Opdateret. Og telefonnummeret er stadig 28 55 03 71?
Kunde: Jep""",
"planted": [
    P("Amalie", "name"),
    P("EU 92 417", "plate"),
    P("Anton Kjeldgaard", "name"),
    P("27.05.1985", "birth_date"),
    P("9570 konto 0013458821", "iban", mns=["0013458821"]),
    P("anton.kjeldgaard@example.com", "email"),
    P("Gl. Kongevej 120, 4. th., 1850 Frederiksberg C", "address", mns=["Gl. Kongevej 120", "1850"]),
    P("28 55 03 71", "phone"),
],
"lookalikes": [
    L("LA-2022-11834", "contract_number"),
    L("Tesla Model Y", "vehicle_model"),
    L("15.000 km/år", "quantity"),
    L("4.295 kr./md.", "price"),
    L("Carglass", "company"),
    L("1.500 kr.", "amount"),
],
},
# ---------------------------------------------------------------- 009 Aula-besked, skole
{
"id": "da-chat-009", "language": "da", "channel": "chat",
"text": """Aula · Beskeder · Tråd: "Syg + afhentning fredag"

Anne-Sofie Holm (Forælder til Ella Holm, 2.B) · 04.03.2024 07:12
Hej Kristian
Ella er desværre syg i dag med feber. Fredag bliver hun hentet i SFO Solsikken af sin mormor, Ruth Winkel, kl. 14.30, da jeg er på kursus. Ruth har mobil 20 44 81 09, hvis der er noget.
Mvh Anne-Sofie

Kristian Bjerre (Lærer, 2.B) · 04.03.2024 08:03
Hej Anne-Sofie
Tak for beskeden, og god bedring til Ella ❤️ Jeg giver SFO besked om fredag den 8. marts. Husk at skolefoto er flyttet til næste uge, og at der skal betales 175 kr. for lejrturen.
Venlig hilsen Kristian

Anne-Sofie Holm (Forælder til Ella Holm, 2.B) · 04.03.2024 08:15
Super, tak! Hvis I ikke kan få fat i Ruth, så ring til mig på 31 58 92 07 👍 Min mail er også ændret til annesofie.holm@example.com""",
"planted": [
    P("Anne-Sofie Holm", "name"),
    P("Ella Holm", "name"),
    P("Kristian Bjerre", "name"),
    P("Ruth Winkel", "name"),
    P("20 44 81 09", "phone"),
    P("31 58 92 07", "phone"),
    P("annesofie.holm@example.com", "email"),
],
"lookalikes": [
    L("2.B", "reference"),
    L("SFO Solsikken", "company"),
    L("kl. 14.30", "time"),
    L("fredag den 8. marts", "date"),
    L("175 kr.", "price"),
    L("04.03.2024 07:12", "date"),
],
},
# ---------------------------------------------------------------- 010 indboforsikring, færøsk kunde
{
"id": "da-chat-010", "language": "da", "channel": "chat",
"text": """Tryghavn Forsikring – chat i appen
Eyð (skadebehandler): Hej, du skriver med Eyð. Jeg kan se, at du har anmeldt et cykeltyveri?
Kunde: ja. min cykel blev stjålet fra kælderen i går. Rógvi Poulsen, p-tal 080462-860
Eyð (skadebehandler): Tak Rógvi. Adressen er Heiðavegur 3, FO-700 Klaksvík?
Kunde: ja rætt. Det var en Trek FX 3, stelnummer WTU318G4421K, købt for 6.499 kr. i 2022
Eyð (skadebehandler): Har du anmeldt det til politiet?
Kunde: ja journalnr 6100-80231-00412-24
Eyð (skadebehandler): Perfekt. Din selvrisiko er 1.200 kr., og der trækkes 10 % pr. år i afskrivning. Vi udbetaler til FO46 1361 5093 2844 12 – er det korrekt?
Kunde: ja það er mín konta. ring gerne på +298 77 12 09 hvis i skal bruge mere
Eyð (skadebehandler): Det gør jeg. Afgørelsen kommer på mail til rogvi.p@example.com inden for 10 hverdage.""",
"planted": [
    P("Eyð", "name"),
    P("Rógvi Poulsen", "name"),
    P("080462-860", "national_id", check="ptal"),
    P("Heiðavegur 3, FO-700 Klaksvík", "address", mns=["Heiðavegur 3", "FO-700"]),
    P("FO46 1361 5093 2844 12", "iban"),
    P("+298 77 12 09", "phone"),
    P("rogvi.p@example.com", "email"),
],
"lookalikes": [
    L("Trek FX 3", "product"),
    L("WTU318G4421K", "model_number"),
    L("6.499 kr.", "price"),
    L("6100-80231-00412-24", "case_number"),
    L("1.200 kr.", "amount"),
    L("10 %", "percentage"),
    L("10 hverdage", "duration"),
],
},
]
