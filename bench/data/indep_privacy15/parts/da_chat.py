# Danish chats (10), incl. a Faroese bank chat.  Web chat with bot hand-over, Messenger,
# WhatsApp exports, Aula, Instagram DMs.  Hand-written; all persons made up.

RECORDS = [
{
"id": "da-chat-001",
"note": "DK broadband web chat; bot Sofie hands over to a human",
"text": """Sofie (chatbot): Hej 👋 Jeg er Sofie, Bredbånd Nords digitale assistent. Hvad kan jeg hjælpe med?
Du: mit internet falder ud hele tiden
Sofie (chatbot): Det er jeg ked af at høre. Har du prøvet at genstarte din Router ZX-500?
Du: ja 3 gange
Sofie (chatbot): Så sætter jeg dig i kontakt med en medarbejder. Der er ca. 4 minutters ventetid.
— Jakob er nu med i samtalen —
Jakob: Hej, det er Jakob. Må jeg bede om dit navn og din fødselsdato?
Du: Signe Mortensen 14.07.1984
Jakob: Tak, Signe. Og adressen, hvor forbindelsen er?
Du: Nørregade 4, 1. th, 5000 Odense C
Jakob: Jeg kan se, at din linje til 1000/1000 Mbit har haft mange udfald siden fredag. Jeg opretter sag BN-662190 og sender en tekniker. Passer torsdag mellem 8 og 12?
Du: ja. kan han ringe først? 42 16 93 08
Jakob: Det skriver jeg på. Dit login på Mit Bredbånd er signe_m84, ikke?
Du: jo men jeg kan ikke huske koden
Jakob: Jeg sender et link til nulstilling til signe.mortensen@example.dk 🙂
Du: tak!!""",
"planted": [
    ("Jakob", "name", ["Jakob"]),
    ("Signe Mortensen", "name", ["Signe", "Mortensen"]),
    ("14.07.1984", "birth_date", ["14.07.1984"]),
    ("Nørregade 4, 1. th", "address", ["Nørregade 4"]),
    ("5000", "postcode", ["5000"]),
    ("42 16 93 08", "phone", ["42 16 93 08"]),
    ("signe_m84", "username", ["signe_m84"]),
    ("signe.mortensen@example.dk", "email", ["signe.mortensen@example.dk", "signe.mortensen"]),
],
"lookalikes": [
    ("Sofie", "bot_name"),
    ("Router ZX-500", "product_name"),
    ("4 minutters", "duration"),
    ("1000/1000 Mbit", "speed"),
    ("BN-662190", "case_number"),
    ("torsdag mellem 8 og 12", "time"),
],
},
{
"id": "da-chat-002",
"note": "Facebook Messenger to a furniture web shop; product with a first name",
"text": """Nanna Holt Jeppesen
Hej! Jeg har bestilt sofaen Karla i grå (ordre #48213), og den skulle komme i uge 14, men jeg har ikke hørt noget?

Stuen & Co
Hej Nanna 😊 Tak for din besked, du skriver med Christian. Jeg tjekker lige med vores lager.

Stuen & Co
Sofa Karla er desværre forsinket fra fabrikken og kommer nu i uge 17. Er leveringsadressen stadig Skt. Pauls Gade 19, 3. sal, 8000 Aarhus C?

Nanna Holt Jeppesen
Ja, men der er ingen elevator, så de skal bære den op 😅 Min mand Jonas er hjemme og kan tage imod. Hans nr er 30 62 17 84

Stuen & Co
Helt fint, det noterer jeg til fragtmanden. Skal vi sende leveringstiden på sms til dig eller Jonas?

Nanna Holt Jeppesen
til mig, 27 45 09 13. og gerne også mail: nanna.hj@example.com

Stuen & Co
Det gør vi. Som plaster på såret får du et gavekort på 500 kr. Du har betalt 6.499 kr., så det beløb er uændret. /Christian""",
"planted": [
    ("Nanna Holt Jeppesen", "name", ["Nanna", "Holt", "Jeppesen"]),
    ("Christian", "name", ["Christian"]),
    ("Skt. Pauls Gade 19, 3. sal", "address", ["Skt. Pauls Gade 19"]),
    ("8000", "postcode", ["8000"]),
    ("Jonas", "name", ["Jonas"]),
    ("30 62 17 84", "phone", ["30 62 17 84"]),
    ("27 45 09 13", "phone", ["27 45 09 13"]),
    ("nanna.hj@example.com", "email", ["nanna.hj@example.com", "nanna.hj"]),
],
"lookalikes": [
    ("Karla", "product_name"),
    ("#48213", "order_number"),
    ("uge 14", "date"),
    ("Stuen & Co", "company_name"),
    ("Sofa Karla", "product_name"),
    ("uge 17", "date"),
    ("500 kr.", "amount"),
    ("6.499 kr.", "price"),
],
},
{
"id": "da-chat-003",
"note": "WhatsApp export (iOS style) between a tenant and the housing association's caretaker",
"text": """[11.03.2025, 07.58.12] +45 31 72 05 46: Godmorgen, det er Zainab Ali fra Lærkevej 8, st. tv. Der drypper vand fra loftet i badeværelset igen 😟
[11.03.2025, 08.14.40] Boligforeningen Lærkehaven: Godmorgen Zainab, det er Preben, varmemester. Det kommer nok fra lejligheden over dig. Har du talt med Bodil på 1. sal?
[11.03.2025, 08.16.03] +45 31 72 05 46: Hun er på ferie til søndag
[11.03.2025, 08.20.55] Boligforeningen Lærkehaven: Så låser jeg mig ind hos hende med hovednøglen. Jeg er der ved 10-tiden. Sag 4471.
[11.03.2025, 08.21.30] +45 31 72 05 46: Jeg er på arbejde, men min søn Yusuf er hjemme. Hans nummer er 50 19 83 27
[11.03.2025, 10.42.18] Boligforeningen Lærkehaven: Fundet! En utæt samling ved Danfoss-ventilen under hendes håndvask. Skiftet nu. Jeg sender billeder til din mail, hvad er den?
[11.03.2025, 10.44.02] +45 31 72 05 46: zainab.ali@example.com
[11.03.2025, 10.47.30] Boligforeningen Lærkehaven: Sendt. Loftet skal tørre i ca. 2 uger, så kommer maleren. Husk at skrive det i skadesloggen på laerkehaven.example 🙂
[11.03.2025, 10.48.11] +45 31 72 05 46: Tusind tak Preben 🙏""",
"planted": [
    ("+45 31 72 05 46", "phone", ["+45 31 72 05 46"]),
    ("Zainab Ali", "name", ["Zainab", "Ali"]),
    ("Lærkevej 8, st. tv.", "address", ["Lærkevej 8"]),
    ("Preben", "name", ["Preben"]),
    ("Bodil", "name", ["Bodil"]),
    ("Yusuf", "name", ["Yusuf"]),
    ("50 19 83 27", "phone", ["50 19 83 27"]),
    ("zainab.ali@example.com", "email", ["zainab.ali@example.com", "zainab.ali"]),
],
"lookalikes": [
    ("Boligforeningen Lærkehaven", "company_name"),
    ("Sag 4471", "case_number"),
    ("Danfoss-ventilen", "product_name"),
    ("ca. 2 uger", "duration"),
    ("11.03.2025, 07.58.12", "datetime"),
    ("10-tiden", "time"),
],
},
{
"id": "da-chat-004",
"note": "Faroese bank net chat (in Danish); P-tal and FO IBAN",
"text": """Norðbank – netchat
Bárður (Norðbank): Góðan dag og velkommen. Du skriver med Bárður. Hvad kan jeg hjælpe med?
Kunde: Hej. Jeg har fået en sms om at mit kort er spærret?? Jeg har ikke gjort noget
Bárður (Norðbank): Det kigger jeg på. Må jeg få dit fulde navn og dit P-tal?
Kunde: Sunneva Djurhuus, 110364-184
Bárður (Norðbank): Tak. Kortet blev spærret i går kl. 22.15 efter tre forsøg på at hæve DKK 2.400 i en automat i Lissabon. Har du været i Portugal?
Kunde: Nej! Jeg har været i Klaksvík hele ugen
Bárður (Norðbank): Så var det misbrug, og det var godt, at kortet blev spærret. Jeg opretter sag NB-25-3301. Din konto FO84 5905 1518 6449 25 er ikke blevet belastet.
Kunde: Godt. Kan min mand Heðin bruge sit kort til vores fælles konto?
Bárður (Norðbank): Ja, hans kort er ikke berørt. Det nye kort sender vi til Klaksvíksvegur 22, FO-700 Klaksvík?
Kunde: Ja
Bárður (Norðbank): Vi ringer dig op på 47 12 90, hvis der er mere. Og kvitteringen kommer til sunneva.d@example.com.
Kunde: Takk fyri 👍""",
"planted": [
    ("Bárður", "name", ["Bárður"]),
    ("Sunneva Djurhuus", "name", ["Sunneva", "Djurhuus"]),
    ("110364-184", "national_id", ["110364-184"], "ptal"),
    ("FO84 5905 1518 6449 25", "iban", ["FO84 5905 1518 6449 25"]),
    ("Heðin", "name", ["Heðin"]),
    ("Klaksvíksvegur 22", "address", ["Klaksvíksvegur 22"]),
    ("FO-700", "postcode", ["FO-700"]),
    ("47 12 90", "phone", ["47 12 90"]),
    ("sunneva.d@example.com", "email", ["sunneva.d@example.com", "sunneva.d"]),
],
"lookalikes": [
    ("Norðbank", "company_name"),
    ("i går kl. 22.15", "datetime"),
    ("DKK 2.400", "amount"),
    ("NB-25-3301", "case_number"),
    ("tre forsøg", "quantity"),
],
},
{
"id": "da-chat-005",
"note": "DK pet insurance web chat; dog's name is a look-alike, the vet is a person",
"text": """Dyretryg – chat
Cecilie: Hej, du skriver med Cecilie fra Dyretryg. Hvad kan jeg hjælpe med?
Kunde: Hej Cecilie. Vores hund Bella har været til dyrlægen med en betændt pote, og jeg vil anmelde det.
Cecilie: Øv for Bella! Hvad er dit navn?
Kunde: Lasse Kjeldgaard
Cecilie: Tak. Hvem var I hos?
Kunde: Dyreklinikken Hundehuset i Kolding, dyrlæge Anne Sloth. Regningen var på 3.870 kr.
Cecilie: Jeg har oprettet skaden med skadenummer DT-2025-1184. Du har en selvrisiko på 1.000 kr., så vi udbetaler 2.870 kr. Skal pengene ind på den konto, vi har?
Kunde: Nej, ny konto: reg. 5301 kontonr. 0244817365
Cecilie: Rettet. Bor I stadig på Fynsvej 61, 6000 Kolding?
Kunde: Jep
Cecilie: Så send gerne regningen til skade@dyretryg.example eller svar på mailen, vi har sendt til lasse.kjeldgaard@example.dk. Vi ringer på 23 58 40 16, hvis vi mangler noget.
Kunde: Super, tak!""",
"planted": [
    ("Cecilie", "name", ["Cecilie"]),
    ("Lasse Kjeldgaard", "name", ["Lasse", "Kjeldgaard"]),
    ("Anne Sloth", "name", ["Anne", "Sloth"]),
    ("reg. 5301 kontonr. 0244817365", "iban", ["0244817365"], "none"),
    ("Fynsvej 61", "address", ["Fynsvej 61"]),
    ("6000", "postcode", ["6000"]),
    ("lasse.kjeldgaard@example.dk", "email", ["lasse.kjeldgaard@example.dk", "lasse.kjeldgaard"]),
    ("23 58 40 16", "phone", ["23 58 40 16"]),
],
"lookalikes": [
    ("Dyretryg", "company_name"),
    ("Bella", "pet_name"),
    ("Dyreklinikken Hundehuset", "company_name"),
    ("3.870 kr.", "amount"),
    ("DT-2025-1184", "claim_number"),
    ("1.000 kr.", "amount"),
    ("2.870 kr.", "amount"),
],
},
{
"id": "da-chat-006",
"note": "DK municipality chat about after-school care; parent pastes CPR numbers despite warning",
"text": """Fjordby Kommune – Borgerservice chat
Birthe (Pladsanvisningen): Hej og velkommen. Skriv ikke dit CPR-nummer her i chatten – det er ikke en sikker kanal. Hvad kan jeg hjælpe med?
Borger: Hej. Jeg vil gerne skrive min søn op til SFO Solsikken fra 1. august, han starter i 0. klasse. Han hedder Oscar Bach, 140517-4703. Og mig: Kristian Bach 190285-2677
Birthe (Pladsanvisningen): Tak, Kristian. Jeg har desværre set CPR-numrene nu, men jeg beder dig om at bruge den sikre formular næste gang 🙂 Jeg har oprettet ansøgningen under sagsnr. 25/11842.
Borger: Ups, sorry. Hvad koster det?
Birthe (Pladsanvisningen): SFO koster 1.995 kr. pr. måned i 11 måneder. Er adressen Havnegade 33, 2. mf., 4300 Holbæk korrekt?
Borger: Ja
Birthe (Pladsanvisningen): Og hvor kan vi kontakte dig?
Borger: 61 48 20 97 eller kristian.bach@example.dk
Birthe (Pladsanvisningen): Tak. Du får svar i e-Boks inden for 14 dage.""",
"planted": [
    ("Birthe", "name", ["Birthe"]),
    ("Oscar Bach", "name", ["Oscar", "Bach"]),
    ("140517-4703", "national_id", ["140517-4703"], "cpr"),
    ("Kristian Bach", "name", ["Kristian", "Bach"]),
    ("190285-2677", "national_id", ["190285-2677"], "cpr"),
    ("Havnegade 33, 2. mf.", "address", ["Havnegade 33"]),
    ("4300", "postcode", ["4300"]),
    ("61 48 20 97", "phone", ["61 48 20 97"]),
    ("kristian.bach@example.dk", "email", ["kristian.bach@example.dk", "kristian.bach"]),
],
"lookalikes": [
    ("Fjordby Kommune", "company_name"),
    ("SFO Solsikken", "company_name"),
    ("1. august", "date"),
    ("0. klasse", "class_name"),
    ("sagsnr. 25/11842", "case_number"),
    ("1.995 kr. pr. måned", "price"),
    ("14 dage", "duration"),
],
},
{
"id": "da-chat-007",
"note": "Aula message thread between teacher and parents (school camp)",
"text": """Aula – Besked
Emne: Lejrskole 3.B – uge 38
Fra: Karina Vestergaard (lærer, Skovbrynet Skole)
Til: Forældre i 3.B

Kære forældre
Lejrskolen går til Bornholm i uge 38. Egenbetalingen er 450 kr. Giv venligst besked om allergier og et telefonnummer, vi kan ringe til under turen.
Mvh Karina

Svar fra Thomas Brandt (far til Liva):
Hej Karina. Liva har nøddeallergi og har en EpiPen med. Hun er født 22.04.2016, hvis I skal bruge det til forsikringen. Ring til mig på 20 77 31 64 eller hendes mor Stine på 29 05 48 12.
Og så en ting mere: Liva siger, at Noah har drillet hende i frikvartererne. Kan vi tage en snak om det?
Hilsen Thomas
thomas.brandt@example.dk

Svar fra Karina Vestergaard:
Tak Thomas, det har jeg noteret. Jeg ringer dig op i morgen efter kl. 14 om det med Noah.""",
"planted": [
    ("Karina Vestergaard", "name", ["Karina", "Vestergaard"]),
    ("Thomas Brandt", "name", ["Thomas", "Brandt"]),
    ("Liva", "name", ["Liva"]),
    ("22.04.2016", "birth_date", ["22.04.2016"]),
    ("20 77 31 64", "phone", ["20 77 31 64"]),
    ("Stine", "name", ["Stine"]),
    ("29 05 48 12", "phone", ["29 05 48 12"]),
    ("Noah", "name", ["Noah"]),
    ("thomas.brandt@example.dk", "email", ["thomas.brandt@example.dk", "thomas.brandt"]),
],
"lookalikes": [
    ("3.B", "class_name"),
    ("uge 38", "date"),
    ("Skovbrynet Skole", "company_name"),
    ("450 kr.", "price"),
    ("EpiPen", "product_name"),
    ("kl. 14", "time"),
],
},
{
"id": "da-chat-008",
"note": "Instagram DMs with a gym; handles, emoji, lower case",
"text": """Instagram · @crosshal.aarhus
frida.kragh: heeej er der stadig plads på jeres intro 3 uger til 199 kr?? 🏋️‍♀️
crosshal.aarhus: Hej Frida! Ja, der er plads på holdet mandag kl. 17.30 🙌 Må jeg få dit fulde navn, fødselsdato, mobil og mail, så opretter jeg dig? /Nikolaj
frida.kragh: Frida Kragh, 03-10-1998, 22 94 61 07, fridakragh@example.com
frida.kragh: kan min veninde Amalie komme med? hun er @amalie_fit_98 herinde
crosshal.aarhus: Selvfølgelig! Hun skal bare skrive til os selv 😊 Og velkomstpakken, skal den sendes hjem til dig?
frida.kragh: ja Frederiks Allé 50, 4. th 8000 aarhus c
crosshal.aarhus: Perfekt. Du er oprettet på Morgenmix og intro-forløbet. Vi ses mandag! /Nikolaj""",
"planted": [
    ("frida.kragh", "username", ["frida.kragh"]),
    ("Frida Kragh", "name", ["Frida", "Kragh"]),
    ("Nikolaj", "name", ["Nikolaj"]),
    ("03-10-1998", "birth_date", ["03-10-1998"]),
    ("22 94 61 07", "phone", ["22 94 61 07"]),
    ("fridakragh@example.com", "email", ["fridakragh@example.com", "fridakragh"]),
    ("Amalie", "name", ["Amalie"]),
    ("@amalie_fit_98", "username", ["amalie_fit_98"]),
    ("Frederiks Allé 50, 4. th", "address", ["Frederiks Allé 50"]),
],
"lookalikes": [
    ("intro 3 uger", "product_name"),
    ("199 kr", "price"),
    ("mandag kl. 17.30", "datetime"),
    ("Morgenmix", "product_name"),
    ("@crosshal.aarhus", "company_name"),
],
},
{
"id": "da-chat-009",
"note": "DK online bookshop chat: account locked; login name, IPv4 and IPv6 from the security log",
"text": """Læsehesten kundeservice · chat startet 09.14
Rikke: Godmorgen, du taler med Rikke. Hvordan kan jeg hjælpe?
Kunde: Min konto er låst og jeg har fået en mail om login fra et andet land??
Kunde: brugernavn er mortenrask_bog, mail morten.rask@example.net
Rikke: Tak, Morten. Jeg kan se to loginforsøg i nat kl. 03.12 fra IP 203.0.113.58 og 2001:db8:4a::17. Var det dig?
Kunde: nej. jeg var hjemme og sov
Rikke: Så har vi låst kontoen for en sikkerheds skyld. Din seneste ordre LH-100293 (krimien "Karen i kælderen", 249,95 kr.) er allerede leveret og ikke påvirket. Jeg sender et link til ny adgangskode. Skal jeg bekræfte din adresse?
Kunde: Ja, Østre Allé 9, 9530 Støvring
Rikke: Det stemmer. Vi kan også sende en kode på sms til 93 40 17 58?
Kunde: ja gerne. og husk jeg bruger appen, version 5.3
Rikke: Så kan du logge ind igen om 5 minutter 🙂 Skift gerne adgangskode andre steder også, Morten Rask.""",
"planted": [
    ("Rikke", "name", ["Rikke"]),
    ("mortenrask_bog", "username", ["mortenrask_bog"]),
    ("morten.rask@example.net", "email", ["morten.rask@example.net", "morten.rask"]),
    ("Morten Rask", "name", ["Morten", "Rask"]),
    ("203.0.113.58", "ip", ["203.0.113.58"]),
    ("2001:db8:4a::17", "ip", ["2001:db8:4a::17"]),
    ("Østre Allé 9", "address", ["Østre Allé 9"]),
    ("9530", "postcode", ["9530"]),
    ("93 40 17 58", "phone", ["93 40 17 58"]),
],
"lookalikes": [
    ("Læsehesten", "company_name"),
    ("kl. 03.12", "time"),
    ("LH-100293", "order_number"),
    ("Karen i kælderen", "product_name"),
    ("249,95 kr.", "price"),
    ("version 5.3", "version"),
    ("5 minutter", "duration"),
],
},
{
"id": "da-chat-010",
"note": "DK private car leasing chat; plate, IBAN for deposit refund",
"text": """PrivatLeas Live Chat
Oliver: Hej! Du skriver med Oliver. Hvad kan jeg hjælpe med i dag?
Kunde: Hej Oliver. Jeg har en leasingaftale på en Tesla Model 3 og vil gerne sætte kilometerne op fra 15.000 km til 20.000 km om året
Oliver: Det kan vi godt. Hvad er nummerpladen?
Kunde: AF 29 615
Oliver: Tak. Aftale PL-880127 står på Josefine Bruun, er det dig?
Kunde: ja
Oliver: Med 20.000 km bliver ydelsen 4.299 kr./md. i stedet for 3.949 kr./md. fra 1. maj. Skal jeg sende tillægget til underskrift?
Kunde: ja tak, til josefine.bruun@example.dk
Oliver: Og jeg kan se, at vi skylder dig 1.250 kr. fra for meget betalt forsikring. Hvilken konto skal de på?
Kunde: DK92 0054 1199 8679 80
Oliver: Perfekt. Bor du stadig på Gl. Kongevej 141, 5. tv., 1850 Frederiksberg C?
Kunde: ja
Oliver: Og dit mobilnummer er 26 11 84 39?
Kunde: korrekt 👍""",
"planted": [
    ("Oliver", "name", ["Oliver"]),
    ("AF 29 615", "plate", ["AF 29 615"]),
    ("Josefine Bruun", "name", ["Josefine", "Bruun"]),
    ("josefine.bruun@example.dk", "email", ["josefine.bruun@example.dk", "josefine.bruun"]),
    ("DK92 0054 1199 8679 80", "iban", ["DK92 0054 1199 8679 80"]),
    ("Gl. Kongevej 141, 5. tv.", "address", ["Gl. Kongevej 141"]),
    ("1850", "postcode", ["1850"]),
    ("26 11 84 39", "phone", ["26 11 84 39"]),
],
"lookalikes": [
    ("PrivatLeas", "company_name"),
    ("Tesla Model 3", "product_name"),
    ("15.000 km", "quantity"),
    ("PL-880127", "contract_number"),
    ("4.299 kr./md.", "price"),
    ("1. maj", "date"),
    ("1.250 kr.", "amount"),
],
},
]
