import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import N, E, P, L, R  # noqa: E402

RECORDS = []

# 001 furniture web shop: chatbot hands over to a person, refund to reg.nr./konto
RECORDS.append(R("da-chat-001", """Freja (chatbot): Hej 👋 Jeg er Freja, Hjemmeglædes digitale assistent. Hvad kan jeg hjælpe med?
Du: mit spisebord er kommet med en skade
Freja (chatbot): Det er jeg ked af at høre! Skriv venligst dit ordrenummer.
Du: HG-558120
Freja (chatbot): Tak! Jeg sætter dig over til en kollega. Forventet ventetid: 3 min.
— Mads har overtaget samtalen —
Mads: Hej, det er Mads fra kundeservice. Jeg kan se, at du har købt spisebordet Anker i eg og 4 stole Karla. Hvad er der sket med bordet?
Du: der er en stor ridse i bordpladen og et ben der er knækket. har et billede
Du: [billede]
Mads: Av, det ser ikke godt ud. Vil du have et nyt bord eller pengene retur? Bordet kostede 6.499 kr.
Du: pengene tilbage tak, vi har fundet et andet
Mads: Det forstår jeg godt. Hvad er dit navn og din adresse, så jeg kan finde ordren?
Du: Signe Dahl Iversen, Bakkevej 4, 4000 Roskilde
Mads: Tak Signe. Pengene bliver sat ind på det kort, du betalte med. Er det ok?
Du: kortet er spærret, kan det gå til min konto i stedet? reg 9674 konto 7515081161
Mads: Det kan jeg godt. Og fragtfirmaet henter bordet tirsdag. Hvis du ikke er hjemme, må de så stille sig hos en nabo?
Du: ja min nabo Hr. Kristoffersen i nr. 6 er altid hjemme
Mads: Super. Du får en bekræftelse på signe.iversen@example.com, og chaufføren ringer på 29 40 61 88 en halv time før.
Du: tak for hjæpen 😊""", [
    N("Mads"),
    N("Signe Dahl Iversen"),
    P("Bakkevej 4, 4000 Roskilde", "address", "Bakkevej 4", "4000"),
    P("7515081161", "iban", check="iban", digits="DK8696747515081161"),
    N("Kristoffersen"),
    E("signe.iversen@example.com"),
    P("29 40 61 88", "phone"),
], [
    L("Freja", "bot_name"),
    L("Hjemmeglædes", "company"),
    L("HG-558120", "order_number"),
    L("3 min", "duration"),
    L("spisebordet Anker", "product"),
    L("4 stole Karla", "product"),
    L("6.499 kr.", "price"),
    L("tirsdag", "date"),
]))

# 002 WhatsApp export (iOS format) with a plumbing firm; customer shown by phone number
RECORDS.append(R("da-chat-002", """[14.03.24 07.52.18] VVS-Service Østjylland: Beskeder og opkald er end-to-end-krypteret.
[14.03.24 07.52.18] +45 20 48 71 93: Godmorgen, vi har vand under køkkenvasken og det drypper fra et rør. Kan I komme i dag?
[14.03.24 07.55.40] VVS-Service Østjylland: Godmorgen! Det kan vi sikkert. Send gerne navn, adresse og et billede 📷
[14.03.24 07.56.02] +45 20 48 71 93: ‎billede udeladt
[14.03.24 07.56.30] +45 20 48 71 93: Peter Aagaard, Birkevej 19, 8240 Risskov
[14.03.24 07.58.11] VVS-Service Østjylland: Tak Peter. Det ligner en utæt vandlås. Vi kan være der mellem kl. 11 og 13. Er det et lejemål?
[14.03.24 07.59.47] +45 20 48 71 93: Ja, udlejer er Birgitte Lund, hun har sagt ok til at jeg ringer til jer. Hendes nr er 40 15 87 26
[14.03.24 08.01.05] VVS-Service Østjylland: Perfekt. Regningen sendes til udlejer. Opstart koster 595 kr. + 695 kr. pr. time ekskl. moms.
[14.03.24 08.01.39] +45 20 48 71 93: Kan I sende en kopi til mig også? peter.aagaard@example.net
[14.03.24 08.02.10] VVS-Service Østjylland: Klart. Opgave nr. 24-0311 👍 Vores montør Allan ringer, når han er på vej.
[14.03.24 08.02.31] +45 20 48 71 93: 👍""", [
    P("+45 20 48 71 93", "phone"),
    N("Peter Aagaard"),
    P("Birkevej 19, 8240 Risskov", "address", "Birkevej 19", "8240"),
    N("Birgitte Lund"),
    P("40 15 87 26", "phone"),
    E("peter.aagaard@example.net"),
    N("Allan"),
], [
    L("VVS-Service Østjylland", "company"),
    L("[14.03.24 07.52.18]", "time"),
    L("mellem kl. 11 og 13", "time"),
    L("595 kr.", "price"),
    L("695 kr. pr. time", "price"),
    L("24-0311", "order_number"),
]))

# 003 Instagram DM with a clothing shop; handles
RECORDS.append(R("da-chat-003", """Instagram
emmaskov.dk
heeej 🙋‍♀️ jeg bestilte en kjole (Ella model, str M) for en uge siden men har ikke hørt noget?? ordre #30518
butik.hygge
Hej Emma! Undskyld ventetiden 🙈 Kan du sende dit fulde navn og mail? Så tjekker jeg det 💛 /Julie
emmaskov.dk
Emma Skov Pedersen, emmaskovp@example.com
butik.hygge
Tak! Den er blevet sendt med GLS i går, pakkenummer 55810344927. Den kommer til pakkeshoppen i Føtex på Nørregade. Er det rigtigt?
emmaskov.dk
neeej jeg valgte levering til døren 😅 Skt. Clemens Stræde 8, 1. th, 8000 Aarhus C
butik.hygge
Øv, det må være gået galt i systemet. Jeg skriver til GLS og beder dem omdirigere den. Må de sms'e dig på dit nummer?
emmaskov.dk
ja 50 71 38 64
emmaskov.dk
og min veninde @ditte.krogh vil gerne bestille den samme i str S haha, har I flere?
butik.hygge
Haha ja, der er 3 tilbage i S 😍 Hun kan bare bestille på hjemmesiden, kjolen koster 449 kr.""", [
    P("emmaskov.dk", "username"),
    N("Emma Skov Pedersen"),
    E("emmaskovp@example.com"),
    N("Julie"),
    P("Skt. Clemens Stræde 8, 1. th, 8000 Aarhus C", "address", "Skt. Clemens Stræde 8", "8000"),
    P("50 71 38 64", "phone"),
    P("@ditte.krogh", "username", "ditte.krogh"),
], [
    L("Ella model", "product"),
    L("str M", "quantity"),
    L("#30518", "order_number"),
    L("GLS", "company"),
    L("55810344927", "tracking_number"),
    L("Føtex", "company"),
    L("449 kr.", "price"),
]))

# 004 gym membership freeze (pregnancy), web chat with timestamps
RECORDS.append(R("da-chat-004", """Chat startet 02.04.2024 kl. 20:11
[20:11] PowerGym: Hej og velkommen! Skriv dit spørgsmål, så svarer en af vores instruktører 💪
[20:12] Besøgende: hej jeg er gravid og vil gerne sætte mit medlemskab på pause
[20:14] Nikolaj (PowerGym): Tillykke! 🎉 Det kan du sagtens. Hvad er dit navn og din fødselsdato?
[20:15] Besøgende: Julie Vinther, 25.01.1994
[20:16] Nikolaj (PowerGym): Tak Julie. Jeg kan se du har Flex-medlemskab til 299 kr. pr. måned. Du kan holde pause i op til 6 måneder. Fra hvornår?
[20:17] Besøgende: fra 1. maj. termin er 20. juni
[20:18] Nikolaj (PowerGym): Noteret. Pausen koster 49 kr. pr. måned. Det trækkes fra samme konto som nu. Stemmer adressen Ålborggade 14, st. tv. stadig?
[20:19] Besøgende: ja men vi flytter snart til min kærestes lejlighed, Nørre Allé 52, 3. sal, 2200 København N. hans navn står på døren, Rasmus Friis-Jepsen
[20:21] Nikolaj (PowerGym): Ok, så retter jeg adressen når du melder flytningen 😊 Vil du have en bekræftelse på julievinther@example.org?
[20:21] Besøgende: ja tak. og mit mobilnr er nyt: 60 28 41 75
[20:22] Nikolaj (PowerGym): Perfekt! Held og lykke med det hele ❤️""", [
    N("Nikolaj"),
    N("Julie Vinther"),
    P("25.01.1994", "birth_date"),
    P("Ålborggade 14", "address"),
    P("Nørre Allé 52, 3. sal, 2200 København N", "address", "Nørre Allé 52", "2200"),
    N("Rasmus Friis-Jepsen"),
    E("julievinther@example.org"),
    P("60 28 41 75", "phone"),
], [
    L("PowerGym", "company"),
    L("02.04.2024 kl. 20:11", "date"),
    L("Flex-medlemskab", "product"),
    L("299 kr. pr. måned", "price"),
    L("6 måneder", "duration"),
    L("1. maj", "date"),
    L("20. juni", "date"),
    L("49 kr. pr. måned", "price"),
]))

# 005 bank chat, customer pastes Dankort number and CPR
RECORDS.append(R("da-chat-005", """Sikker chat – Andelskassen Sydfyn – 18.04.2024
Kunde: Hej, mit Dankort bliver afvist i alle butikker. Det er 5019 5673 9219 2056. Hvad er der galt?
Rådgiver (Maria): Hej! Skriv venligst aldrig hele dit kortnummer i chatten, heller ikke til os 🙂 Men jeg kigger på det. Må jeg få dit CPR-nummer?
Kunde: 090273-1016 undskyld
Rådgiver (Maria): Tak. Det er Lone Bisgaard, ikke?
Kunde: Jo
Rådgiver (Maria): Kortet er udløbet 03/24. Det nye kort blev sendt i februar til Havnegade 11, 5700 Svendborg, men kom retur.
Kunde: jeg er flyttet til Tåsinge, Bregninge Bygade 26, 5700 Svendborg
Rådgiver (Maria): Det forklarer det. Jeg retter adressen og bestiller et nyt kort. Det koster ikke noget, og det er hos dig om 5-7 bankdage. Indtil da kan du bruge MobilePay.
Kunde: mobilepay er jo også tilknyttet det gamle kort?
Rådgiver (Maria): Du kan tilknytte din konto 0210 4026920777 direkte i MobilePay i stedet. Vil du have en sms, når kortet er sendt?
Kunde: ja 23 61 04 89
Rådgiver (Maria): Klaret! Referencen for chatten er SC-418-2291.""", [
    P("5019 5673 9219 2056", "card", check="luhn"),
    N("Maria"),
    P("090273-1016", "national_id", check="cpr"),
    N("Lone Bisgaard"),
    P("Havnegade 11, 5700 Svendborg", "address", "Havnegade 11"),
    P("Bregninge Bygade 26, 5700 Svendborg", "address", "Bregninge Bygade 26", "5700"),
    P("4026920777", "iban", check="iban", digits="DK9202104026920777"),
    P("23 61 04 89", "phone"),
], [
    L("Andelskassen Sydfyn", "company"),
    L("18.04.2024", "date"),
    L("03/24", "date"),
    L("5-7 bankdage", "duration"),
    L("MobilePay", "product"),
    L("SC-418-2291", "reference_number"),
]))

# 006 pet insurance chat: pets' names and a vet clinic named after a person are look-alikes
RECORDS.append(R("da-chat-006", """Dyresikring – chat
Agent Katrine: Hej og velkommen til Dyresikring. Hvad kan jeg hjælpe med i dag?
Kunde: hej. vores hund Balder har spist en sok og skulle opereres i weekenden 😢 jeg vil gerne anmelde det
Agent Katrine: Åh nej, stakkels Balder! Jeg håber, han har det bedre. Må jeg få dit navn og CPR-nummer, så jeg kan finde forsikringen?
Kunde: Morten Kjær, 210790-1473
Agent Katrine: Tak, Morten. Jeg kan se Balder (labrador, 4 år) og katten Mille på police DS-2290148. Hvor er Balder behandlet?
Kunde: Dyrehospitalet Hansen & Bech i Kolding. regningen er på 18.750 kr, faktura 2024-1187
Agent Katrine: Balder er dækket op til 40.000 kr. om året med en selvrisiko på 1.500 kr. Udbetalingen går til din NemKonto, medmindre du ønsker en anden konto.
Kunde: det er fint med nemkonto. men det er min kone der har betalt, Hanne Kjær, kan hun få pengene?
Agent Katrine: Det kan vi godt, hvis hun står som medforsikret, og det gør hun. Så skal jeg bruge hendes konto.
Kunde: reg 8041 konto 4349808305
Agent Katrine: Noteret. Bor I stadig på Lindevej 7, 6000 Kolding?
Kunde: ja
Agent Katrine: Godt. Upload fakturaen via linket, jeg sender til mortenkjaer@example.com. Hvis der er spørgsmål, ringer jeg på 27 35 90 12.
Kunde: mange tak 🐶""", [
    N("Katrine"),
    N("Morten Kjær"),
    P("210790-1473", "national_id", check="cpr"),
    N("Hanne Kjær"),
    P("4349808305", "iban", check="iban", digits="DK6980414349808305"),
    P("Lindevej 7, 6000 Kolding", "address", "Lindevej 7", "6000"),
    E("mortenkjaer@example.com"),
    P("27 35 90 12", "phone"),
], [
    L("Balder", "pet_name"),
    L("Mille", "pet_name"),
    L("DS-2290148", "policy_number"),
    L("Dyrehospitalet Hansen & Bech", "company"),
    L("18.750 kr", "price"),
    L("2024-1187", "invoice_number"),
    L("40.000 kr. om året", "price"),
    L("1.500 kr.", "price"),
]))

# 007 ISP support chat: login name and public IP
RECORDS.append(R("da-chat-007", """Du chatter nu med Fibernet Midt support.
Simon: Hej! Hvad kan jeg hjælpe med?
kunde: mit internet er mega langsomt om aftenen, jeg betaler for 1000/1000 men får 80
Simon: Det må vi se på. Hvad er dit brugernavn til Mit Fibernet?
kunde: jakobsen_fam
Simon: Tak. Navn og adresse?
kunde: Kristian Jakobsen, Grønnegade 3, 8800 Viborg
Simon: Tak, Kristian. Kan du se hvilken IP-adresse din router har fået? Den står på routerens statusside under WAN.
kunde: 198.51.100.214
Simon: Perfekt, det passer. Jeg kan se din router er en FN-Box 4 med firmware 2.8.1 — der er en kendt fejl med wifi på 5 GHz i den version. Jeg skubber version 2.9.0 ud til den nu.
kunde: ok. genstarter den så?
Simon: Ja, én gang, det tager ca. 5 minutter. Jeg laver også en fejlmelding, nr. FM-60219, hvis det fortsætter. Må jeg få din fødselsdato til sagen?
kunde: 11. august 1979
Simon: Og et telefonnummer?
kunde: 86 60 12 45 eller min kones mobil, 31 70 44 28, hun hedder Anja
Simon: Tak! Du hører fra os på kristian.jakobsen@example.net, hvis vi skal sende en tekniker.""", [
    N("Simon"),
    P("jakobsen_fam", "username"),
    N("Kristian Jakobsen"),
    P("Grønnegade 3, 8800 Viborg", "address", "Grønnegade 3", "8800"),
    P("198.51.100.214", "ip"),
    P("11. august 1979", "birth_date"),
    P("86 60 12 45", "phone"),
    P("31 70 44 28", "phone"),
    N("Anja"),
    E("kristian.jakobsen@example.net"),
], [
    L("Fibernet Midt", "company"),
    L("1000/1000", "product"),
    L("FN-Box 4", "product"),
    L("2.8.1", "version"),
    L("2.9.0", "version"),
    L("5 minutter", "duration"),
    L("FM-60219", "ticket_number"),
]))

# 008 travel agency chat, Faroese family flying Vágar - Copenhagen, passport numbers
RECORDS.append(R("da-chat-008", """Rejsehuset – chat med Line
Line: Hej! Jeg er Line. Hvordan kan jeg hjælpe?
Kunde: Hey Line. Vi har bestilt en pakkerejse til Mallorca fra Vágar via København, booking RH-4K7Q2, men vi har ikke fået billetterne
Line: Det undersøger jeg. Må jeg få navnene på alle rejsende som i passet?
Kunde: Rógvi Poulsen, Turið Poulsen og Bárður Poulsen (vores søn, 9 år)
Line: Tak. Jeg mangler pasnumre og fødselsdatoer på jer alle tre, det er derfor billetterne ikke er udstedt.
Kunde: Rógvi 12.07.1983 pas 207745193, Turið 03.11.1985 pas 209381246, Bárður 22.06.2015 pas 211604738
Line: Super, tak! Så udsteder jeg billetterne nu. I flyver RC 451 fredag den 5. juli kl. 08:25 og videre til Palma kl. 13:10. Hotellet er Hotel Don Pedro, 7 nætter.
Kunde: 👍 hvor sender i dem hen?
Line: Til mailen på bookingen, rogvi.poulsen@example.com. Og et mobilnummer i tilfælde af ændringer?
Kunde: +298 29 61 55
Line: Så er alt på plads. Samlet pris 24.870 kr. Rigtig god tur!""", [
    N("Line"),
    N("Rógvi Poulsen"),
    N("Turið Poulsen"),
    N("Bárður Poulsen"),
    P("12.07.1983", "birth_date"),
    P("207745193", "national_id", check="none", why="Danish passport number, no public check digit"),
    P("03.11.1985", "birth_date"),
    P("209381246", "national_id", check="none", why="Danish passport number, no public check digit"),
    P("22.06.2015", "birth_date"),
    P("211604738", "national_id", check="none", why="Danish passport number, no public check digit"),
    E("rogvi.poulsen@example.com"),
    P("+298 29 61 55", "phone"),
], [
    L("Rejsehuset", "company"),
    L("RH-4K7Q2", "booking_reference"),
    L("RC 451", "flight_number"),
    L("fredag den 5. juli", "date"),
    L("kl. 08:25", "time"),
    L("kl. 13:10", "time"),
    L("Hotel Don Pedro", "company"),
    L("7 nætter", "duration"),
    L("24.870 kr.", "price"),
]))

# 009 school message thread (Aula style), enrolment of a new pupil
RECORDS.append(R("da-chat-009", """Aula – Beskeder
Emne: Indskrivning af ny elev i 3.B
Fra: Kenneth Overgaard (forælder)
Til: Kontoret, Søndermarkskolen

Hej kontoret
Vi er lige flyttet til byen, og vores datter skal starte i 3.B efter sommerferien. Hvad skal I bruge?
Mvh Kenneth

Fra: Birthe (skolesekretær)
Hej Kenneth, velkommen! Vi skal bruge barnets fulde navn, CPR-nummer, adresse og kontaktoplysninger på begge forældre.
Venlig hilsen Birthe

Fra: Kenneth Overgaard (forælder)
Ida Marie Overgaard, 300503-4652... nej undskyld, det er min niece 🙈 Ida Marie er 150615-4286.
Vi bor på Solsortevej 12, 6400 Sønderborg.
Mor: Helle Overgaard, 22 73 18 05, helle.overgaard@example.org
Far: mig, 28 49 30 61
Ida har nøddeallergi, det står også i lægepapirerne.
Mvh Kenneth

Fra: Birthe (skolesekretær)
Tak, det er registreret. Første skoledag er mandag den 12. august kl. 8.00. SFO koster 1.985 kr. pr. måned, skriv dig op på pladsanvisningen.""", [
    N("Kenneth Overgaard"),
    N("Birthe"),
    N("Ida Marie Overgaard"),
    P("300503-4652", "national_id", check="cpr"),
    P("150615-4286", "national_id", check="cpr"),
    P("Solsortevej 12, 6400 Sønderborg", "address", "Solsortevej 12", "6400"),
    N("Helle Overgaard"),
    P("22 73 18 05", "phone"),
    E("helle.overgaard@example.org"),
    P("28 49 30 61", "phone"),
], [
    L("Søndermarkskolen", "company"),
    L("3.B", "reference_number"),
    L("mandag den 12. august", "date"),
    L("kl. 8.00", "time"),
    L("1.985 kr. pr. måned", "price"),
]))

# 010 Greenlandic customer, web-shop chat about shipping to Nuuk (B-number address)
RECORDS.append(R("da-chat-010", """Kundeservice-chat · Nordlig Sport
Kunde: hej, kan i sende til grønland? jeg har bestilt en vinterjakke og et par støvler, ordre 77120-GL
Agent Sebastian: Hej! Ja, vi sender til Grønland med Royal Arctic Line eller luftpost. Det tager 10-14 dage med skib. Hvad er leveringsadressen?
Kunde: Naja Kreutzmann, B-1027, lejl. 3, 3900 Nuuk
Agent Sebastian: Tak Naja. Der står en anden adresse på ordren: Imaneq 18. Hvilken er rigtig?
Kunde: B-1027 er rigtig, Imaneq 18 er min arbejdsplads
Agent Sebastian: Noteret! Fragten koster 349 kr. med skib. Du betalte med kort, der ender på 4471 — er det ok at vi trækker fragten derfra?
Kunde: ja fint
Agent Sebastian: Perfekt. Må jeg også få dit telefonnummer til fragtfirmaet?
Kunde: +299 55 20 71
Agent Sebastian: Og mailen er naja.k.nuuk@example.com?
Kunde: ja. Min mor Ane Kreutzmann henter pakken på posthuset hvis jeg er ude at sejle
Agent Sebastian: Det skriver jeg på. God dag i Nuuk ☀️""", [
    N("Sebastian"),
    N("Naja Kreutzmann"),
    P("B-1027, lejl. 3, 3900 Nuuk", "address", "B-1027", "3900"),
    P("Imaneq 18", "address"),
    P("+299 55 20 71", "phone"),
    E("naja.k.nuuk@example.com"),
    N("Ane Kreutzmann"),
], [
    L("Nordlig Sport", "company"),
    L("77120-GL", "order_number"),
    L("Royal Arctic Line", "company"),
    L("10-14 dage", "duration"),
    L("349 kr.", "price"),
]))
