import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from helpers import A, E, L, N, P, rec  # noqa: E402

RECORDS = [

# ------------------------------------------------------------------ bot handover, district heating/water utility
rec("da-chat-001", """
Vera (chatbot) 09:31: Hej! Jeg er Vera, Forsyning Midts digitale assistent 🤖 Hvad kan jeg hjælpe med?
Besøgende 09:31: min fjernvarmeregning er forkert
Vera (chatbot) 09:31: Jeg forstår. Vil du indtaste din måleraflæsning, eller vil du tale med en medarbejder?
Besøgende 09:32: medarbejder
Vera (chatbot) 09:32: Jeg finder en ledig medarbejder. Der er 2 i kø foran dig.
System 09:36: Mathias har overtaget samtalen.
Mathias 09:36: Hej, det er Mathias. Må jeg få dit navn og din adresse?
Besøgende 09:37: Pia Lindholm, Søndergade 9B, 8600 Silkeborg
Mathias 09:38: Tak Pia. Jeg kan se, at vi har estimeret dit forbrug til 14,2 MWh, fordi vi ikke fik en aflæsning i december. Har du aflæst måleren?
Besøgende 09:39: ja den viser 38417. min nabo Per kan bekræfte det, han har tjekket den for mig mens jeg var bortrejst
Mathias 09:41: Fint. Så retter jeg opgørelsen, og du får 2.315,00 kr. tilbage. Pengene sættes ind på din NemKonto, eller skal de til en anden konto?
Besøgende 09:42: til reg 5301 konto 3118828834 tak
Mathias 09:43: Noteret. Vil du have kvitteringen på mail?
Besøgende 09:43: pia.lindholm@example.dk
Mathias 09:44: Sagsnummer er FM-240311-07. Skal jeg ringe dig op, hvis der er spørgsmål? Hvilket nummer?
Besøgende 09:44: +45 29 84 17 03
Mathias 09:45: Tak for i dag, Pia 😊
""", [
    N("Mathias"),
    N("Pia Lindholm"),
    A("Søndergade 9B, 8600 Silkeborg", street="Søndergade 9B", postcode="8600"),
    N("Per"),
    P("reg 5301 konto 3118828834", "iban", scheme="dk_account", canon="53013118828834", extra=["3118828834"]),
    E("pia.lindholm@example.dk"),
    P("+45 29 84 17 03", "phone"),
], [
    L("Vera", "bot"), L("14,2 MWh", "meter"), L("38417", "meter"), L("2.315,00 kr.", "price"),
    L("FM-240311-07", "case"), L("2 i kø", "quantity"), L("09:36", "time"),
]),

# ------------------------------------------------------------------ WhatsApp export (iOS, Danish date format), web shop
rec("da-chat-002", """
[03.05.2024, 14.22.10] Ida Thomsen: Hej! Min ordre #HH-40211 er kommet, men lampen er gået i stykker 😩
[03.05.2024, 14.22.41] Ida Thomsen: ‎billede udeladt
[03.05.2024, 14.30.05] Hygge Home Kundeservice: Hej Ida, det er vi kede af! Er det lampen Karla i messing?
[03.05.2024, 14.30.40] Ida Thomsen: ja præcis
[03.05.2024, 14.33.12] Hygge Home Kundeservice: Vi sender en ny med GLS. Kan du bekræfte adressen?
[03.05.2024, 14.35.01] Ida Thomsen: Ryesgade 31, 3. tv, 2200 København N. Men send den hellere til min arbejdsplads hvis muligt, den er nemmere. Ellers kan min roommate Amalie tage imod den
[03.05.2024, 14.36.19] Hygge Home Kundeservice: Vi kan kun sende til adressen på ordren desværre. Vil du have pengene tilbage i stedet (749 kr.)?
[03.05.2024, 14.37.02] Ida Thomsen: nej ny lampe tak. kan den sendes til en pakkeshop? så kan min kæreste Magnus Riis hente den. og hvis I skal ringe så er det 53 18 44 90
[03.05.2024, 14.38.55] Hygge Home Kundeservice: Det kan vi godt. Den nye sendes i morgen til pakkeshoppen i Ryesgade, GLS-nummer 52038817261. Du skal ikke sende den gamle retur. Mvh Oliver
[03.05.2024, 14.39.30] Ida Thomsen: tusind tak Oliver ❤️
[03.05.2024, 14.40.12] Ida Thomsen: ps min mail er ida.t@example.dk hvis I skal sende fragtbrev
""", [
    N("Ida Thomsen"),
    A("Ryesgade 31, 3. tv, 2200 København N", street="Ryesgade 31", postcode="2200"),
    N("Amalie"),
    P("53 18 44 90", "phone"),
    N("Oliver"),
    E("ida.t@example.dk"),
    N("Magnus Riis"),
], [
    L("#HH-40211", "order"), L("Karla", "product"), L("749 kr.", "price"), L("52038817261", "tracking"),
    L("Hygge Home", "company"), L("14.33.12", "time"),
]),

# ------------------------------------------------------------------ WhatsApp export (Android), carpenter
rec("da-chat-003", """
12.04.24 08.05 - Henrik Dalsgaard: Hej, jeg har fået jeres nummer af min svoger. Kan I give et tilbud på 6 nye vinduer i et parcelhus fra 1972?
12.04.24 08.41 - Jensen & Søn Tømrer: Hej Henrik. Det kan vi godt. Hvad er adressen, så kommer vi ud og måler op?
12.04.24 08.44 - Henrik Dalsgaard: Bøgevej 3, 7100 Vejle
12.04.24 08.45 - Henrik Dalsgaard: IMG-20240412-WA0002.jpg (fil vedhæftet)
12.04.24 09.10 - Jensen & Søn Tømrer: Tak. Vores svend Kim kan komme onsdag kl. 15.30. Er der nogen hjemme?
12.04.24 09.12 - Henrik Dalsgaard: Min kone Lene er hjemme fra kl 15. hendes nr er 61 30 88 24
12.04.24 09.13 - Henrik Dalsgaard: mit eget er 40 17 92 56
12.04.24 09.30 - Jensen & Søn Tømrer: Super. Til orientering ligger vinduer typisk på 9.500-12.000 kr. pr. stk. inkl. montering. Husk at I kan få håndværkerfradrag for arbejdslønnen (26 %).
12.04.24 09.32 - Henrik Dalsgaard: ok. send tilbuddet til h.dalsgaard@example.com
12.04.24 09.33 - Henrik Dalsgaard: nabo'en (Kirsten på nr. 5) vil måske også have lavet sine, er det ok jeg giver hende jeres nummer?
12.04.24 09.35 - Jensen & Søn Tømrer: Selvfølgelig 👍 /Jesper
""", [
    N("Henrik Dalsgaard"),
    A("Bøgevej 3, 7100 Vejle", street="Bøgevej 3", postcode="7100"),
    N("Kim"),
    N("Lene"),
    P("61 30 88 24", "phone"),
    P("40 17 92 56", "phone"),
    E("h.dalsgaard@example.com"),
    N("Kirsten"),
    N("Jesper"),
], [
    L("Jensen & Søn Tømrer", "company"), L("6 nye vinduer", "quantity"), L("onsdag kl. 15.30", "time"),
    L("9.500-12.000 kr.", "price"), L("26 %", "percentage"), L("IMG-20240412-WA0002.jpg", "other"),
]),

# ------------------------------------------------------------------ web hosting portal chat, username + IPs
rec("da-chat-004", """
Webhotel Nord · Support-chat
Logget ind som: frejaholm_design · IP: 203.0.113.204 · Kunde-ID 55102 · Start 2024-02-19 20:14

Nikoline (support): Hej Freja! Hvordan kan jeg hjælpe?
frejaholm_design: hej, min wordpress side er blevet hacket tror jeg, der står noget med kasino på forsiden 😳
Nikoline (support): Det lyder ikke godt. Jeg kan se, at der er logget ind i kontrolpanelet fra 198.51.100.7 i går kl. 23.48. Kender du den IP?
frejaholm_design: det er nok min freelancer Viktor Bjerre, han har adgang. men han ville aldrig gøre det
Nikoline (support): Så har han måske fået sin kode stjålet. Jeg har gendannet backuppen fra 17. februar og låst FTP-adgangen. Din egen IPv6 2001:db8:ff00::42 står stadig som tilladt.
frejaholm_design: tak!! skal jeg gøre noget?
Nikoline (support): Skift alle koder og opdater til PHP 8.3. Jeg sender en vejledning til din kontaktmail, er det stadig freja.holm@example.dk?
frejaholm_design: ja. og hvis i skal ringe: 42 71 09 38
Nikoline (support): Noteret. Sagen har nummer WN-77421. Dit abonnement (Webhotel Pro, 89 kr./md.) er ikke påvirket.
frejaholm_design: super. i kan også skrive til Viktor, viktor.bjerre@example.com
""", [
    P("frejaholm_design", "username"),
    P("203.0.113.204", "ip"),
    N("Nikoline"),
    N("Freja"),
    P("198.51.100.7", "ip"),
    N("Viktor Bjerre"),
    P("2001:db8:ff00::42", "ip"),
    E("freja.holm@example.dk"),
    P("42 71 09 38", "phone"),
    E("viktor.bjerre@example.com"),
], [
    L("Kunde-ID 55102", "customer"), L("2024-02-19 20:14", "date"), L("kl. 23.48", "time"), L("17. februar", "date"),
    L("PHP 8.3", "version"), L("WN-77421", "case"), L("89 kr./md.", "price"),
]),

# ------------------------------------------------------------------ Instagram DM, bakery order, lower case
rec("da-chat-005", """
Instagram · Beskeder

@louisemadsen_ 16:02
hej 🙋‍♀️ kan man bestille en kagemand til en 5 års fødselsdag? til lørdag

Bageriet Mortensen 16:20
hej! ja det kan man sagtens 🎂 hvor mange personer og hvad skal der stå på?

@louisemadsen_ 16:24
ca 20 personer. "tillykke asta 5 år" 🥰 og gerne 12 sarah bernhardt kager ved siden af

Bageriet Mortensen 16:31
skønt! kagemand til 20 pers koster 485 kr og de 12 Sarah Bernhardt er 240 kr. skal den leveres eller hentes?

@louisemadsen_ 16:33
leveres hvis muligt til vestre allé 4, 8240 risskov, ellers henter farmor grethe den

@louisemadsen_ 16:33
jeg hedder Louise Madsen btw 😅 tlf 22 10 93 48

Bageriet Mortensen 16:40
vi leverer lørdag kl 10. betaling på mobilepay til 44 01 55 #2291 når den er leveret. kh Anja
""", [
    P("@louisemadsen_", "username", extra=["louisemadsen_"]),
    N("asta"),
    A("vestre allé 4, 8240 risskov", street="vestre allé 4", postcode="8240"),
    N("farmor grethe", only=["grethe"]),
    N("Louise Madsen"),
    P("22 10 93 48", "phone"),
    N("Anja"),
], [
    L("Bageriet Mortensen", "company"), L("20 personer", "quantity"), L("Sarah Bernhardt", "product"),
    L("sarah bernhardt", "product"), L("485 kr", "price"), L("240 kr", "price"), L("#2291", "order"),
    L("lørdag kl 10", "time"),
]),

# ------------------------------------------------------------------ bank chat, phishing, card + CPR pasted
rec("da-chat-006", """
Netbank · Skriv med os
Du · 19:02
Jeg har fået en sms om at mit Visa/Dankort er spærret og skulle taste mine oplysninger ind. Det har jeg gjort. Nu kan jeg se 2 hævninger jeg ikke kender

Du · 19:03
kortnummer 4571 8493 4072 2470, cpr 300473-3355

Malene, Kystbanken · 19:06
Hej Bent. Tak fordi du skriver med det samme. Jeg har spærret kortet nu. Skriv aldrig dit cpr-nummer eller kortnummer her i chatten – jeg har slettet dem fra din profil-visning.
Jeg kan se to overførsler på i alt 14.980 kr. til konto DK08 7890 8203 6903 37. Har du godkendt dem med MitID?

Du · 19:08
ja det gjorde jeg desværre, jeg troede det var for at ophæve spærringen. min datter Trine sidder ved siden af mig nu

Malene, Kystbanken · 19:11
Det forstår jeg godt, de er meget dygtige til at narre. Jeg har sendt en anmodning om tilbageførsel til modtagerbanken, sag 24-118-0093. Du skal også anmelde det til politiet. Står dit navn som Bent Sørensen, og er dit nummer stadig 20 41 77 35?

Du · 19:12
ja, eller Trine's nummer 60 18 25 49

Malene, Kystbanken · 19:13
Tak. En kollega fra svindelafdelingen ringer i morgen mellem 9 og 11. Dit nye kort kommer om 3-5 hverdage til Havnegade 2, 4000 Roskilde.
""", [
    P("4571 8493 4072 2470", "card", scheme="card"),
    P("300473-3355", "national_id", scheme="cpr"),
    N("Malene"),
    N("Bent Sørensen"),
    P("DK08 7890 8203 6903 37", "iban", scheme="iban"),
    N("Trine"),
    P("20 41 77 35", "phone"),
    P("60 18 25 49", "phone"),
    A("Havnegade 2, 4000 Roskilde", street="Havnegade 2", postcode="4000"),
], [
    L("2 hævninger", "quantity"), L("14.980 kr.", "price"), L("MitID", "product"), L("24-118-0093", "case"),
    L("mellem 9 og 11", "time"), L("3-5 hverdage", "duration"), L("19:02", "time"),
]),

# ------------------------------------------------------------------ telecom chat, roaming bill, typos
rec("da-chat-007", """
Telenord chat – logget ind som rasmus_kh
rasmus_kh (10:12): hej min regning er på 1.249,75 kr den plejer at være 149 kr??? 
Emma fra Telenord (10:14): Hej Rasmus, det må vi lige se på 🙂 Er det nummeret +45 31 22 40 87 det drejer sig om?
rasmus_kh (10:15): nej det er min søns nummer, 0045 2611 7392. han hedder Victor og var på skiferie i schweiz
Emma fra Telenord (10:17): Jeg kan se, at der er brugt 3,2 GB data i Schweiz, som ikke er en del af EU-roaming. Det koster 0,39 kr. pr. MB.
rasmus_kh (10:18): det vidste vi ikke, kan i gøre noget? vi har været kunder i 11 år
Emma fra Telenord (10:21): Jeg kan give en engangskreditering på 800 kr. Må jeg få fulde navn på kontoejer til sagen?
rasmus_kh (10:22): Rasmus Kjeldsen Hansen. min kone Mette-Marie kan også godkende hvis det skal være hende, hendes nr er 28 55 40 11
Emma fra Telenord (10:24): Det er fint med dig. Krediteringen kommer på næste regning (sag TN-558812). Jeg har også slået et roaming-loft på 300 kr. til på nummeret til Victor.
rasmus_kh (10:25): mange tak emma, du er sød
""", [
    P("rasmus_kh", "username"),
    N("Emma"),
    N("Rasmus Kjeldsen Hansen"),
    P("+45 31 22 40 87", "phone"),
    P("0045 2611 7392", "phone"),
    N("Victor"),
    N("Mette-Marie"),
    P("28 55 40 11", "phone"),
], [
    L("1.249,75 kr", "price"), L("149 kr", "price"), L("3,2 GB", "quantity"), L("0,39 kr. pr. MB", "price"),
    L("11 år", "duration"), L("800 kr.", "price"), L("TN-558812", "case"), L("300 kr.", "price"),
]),

# ------------------------------------------------------------------ municipality chat, residents' parking permit
rec("da-chat-008", """
Københavns Kommune · Chat med Parkering
Chatten startede 27-05-2024 kl. 12:40

Ditte (sagsbehandler): Hej, du skriver med Ditte fra Parkering. Hvad kan jeg hjælpe med?
Borger: Hej. Jeg har købt en ny bil og skal have flyttet min beboerlicens. Gammel nummerplade AX 41 229, ny BN 77 016.
Ditte (sagsbehandler): Det kan jeg godt klare for dig. Må jeg få dit navn og cpr-nummer?
Borger: Oskar Lindberg, 200895-3513
Ditte (sagsbehandler): Tak. Du bor på Amagerbrogade 118, 5. th., 2300 København S?
Borger: ja. Min kæreste Yasmin Haddad bor her også, kan hun også få licens til sin bil?
Ditte (sagsbehandler): Ja, der kan være 2 licenser pr. husstand, men hun skal selv ansøge med MitID. Licensen koster 1.200 kr. om året i zone Grøn.
Borger: ok. Bilen er en leasingbil, står det som et problem?
Ditte (sagsbehandler): Nej, når du er registreret bruger i Motorregistret. Licensen er flyttet fra i dag. Kvittering sendes til oskar.lindberg@example.com. Sagsnr. 2024-0419877.
Borger: tak for hjælpen!
""", [
    N("Ditte"),
    P("AX 41 229", "plate", scheme="dk_plate"),
    P("BN 77 016", "plate", scheme="dk_plate"),
    N("Oskar Lindberg"),
    P("200895-3513", "national_id", scheme="cpr"),
    A("Amagerbrogade 118, 5. th., 2300 København S", street="Amagerbrogade 118", postcode="2300"),
    N("Yasmin Haddad"),
    E("oskar.lindberg@example.com"),
], [
    L("27-05-2024 kl. 12:40", "date"), L("2 licenser", "quantity"), L("1.200 kr.", "price"),
    L("zone Grøn", "other"), L("2024-0419877", "case"), L("Motorregistret", "other"),
]),

# ------------------------------------------------------------------ home insurance chat, burglary
rec("da-chat-009", """
Trygfast Forsikring – Chat
14:05 Kunde: Hej, vi har haft indbrud i nat 😞 hvad gør jeg?
14:07 Jannik (Trygfast): Hej, det er jeg virkelig ked af at høre. Har I anmeldt det til politiet?
14:08 Kunde: ja, journalnummer 4400-80151-00212-24
14:09 Jannik (Trygfast): Godt. Hvad er dit navn og cpr-nummer, så jeg kan finde policen?
14:10 Kunde: Lasse Kristensen 110972-1191
14:12 Jannik (Trygfast): Tak Lasse. Jeg ser indboforsikring på Fasanvej 27, 5500 Middelfart. Hvad er blevet stjålet?
14:15 Kunde: en bærbar, en Sonos Era 100, min kones smykker og vores Louis Poulsen PH5 lampe (!). naboen Gitte så en hvid varevogn ved 3-tiden
14:16 Jannik (Trygfast): Det er en del. Kan du lave en liste med priser og kvitteringer? Selvrisikoen er 1.976 kr.
14:18 Kunde: ja. min kone Hanne har kvitteringerne, hun sender dem fra hanne.k@example.dk
14:20 Jannik (Trygfast): Perfekt. Erstatningen udbetales til den konto, der står på policen, DK55 9704 0135 1384 71. Stemmer det?
14:21 Kunde: ja
14:22 Jannik (Trygfast): Skadesnummer er 24-7720145. En taksator ringer på 24 36 10 58 inden fredag.
""", [
    N("Jannik"),
    N("Lasse Kristensen"),
    P("110972-1191", "national_id", scheme="cpr"),
    A("Fasanvej 27, 5500 Middelfart", street="Fasanvej 27", postcode="5500"),
    N("naboen Gitte", only=["Gitte"]),
    N("Hanne"),
    E("hanne.k@example.dk"),
    P("DK55 9704 0135 1384 71", "iban", scheme="iban"),
    P("24 36 10 58", "phone"),
], [
    L("4400-80151-00212-24", "case"), L("Sonos Era 100", "product"), L("Louis Poulsen PH5", "product"),
    L("ved 3-tiden", "time"), L("1.976 kr.", "price"), L("24-7720145", "claim"), L("fredag", "date"),
]),

# ------------------------------------------------------------------ tax chat, Faroese student in Copenhagen
rec("da-chat-010", """
Skattestyrelsen · Skriv til os (logget ind med MitID)
Bruger: Rúni Dam Jacobsen
-------------------------------------------------
[10/06/2024 11:02] Rúni: Hej, min årsopgørelse 2023 siger, at jeg skal have 3.118 kr. tilbage, men jeg har ikke nogen NemKonto i Danmark endnu. Kan I sætte dem ind på min færøske konto?
[10/06/2024 11:09] Medarbejder (Søs): Hej Rúni. Det kan vi godt, men du skal oprette kontoen som udenlandsk NemKonto. Hvad er dit cpr-nummer?
[10/06/2024 11:10] Rúni: 020651-0742 nej undskyld, det er min far Jógvan der har det nummer. mit er 090399-4127
[10/06/2024 11:12] Medarbejder (Søs): Tak. Og kontonummeret?
[10/06/2024 11:13] Rúni: FO95 6471 3076 0796 45
[10/06/2024 11:16] Medarbejder (Søs): Noteret. Jeg kan også se, at du ikke har fået befordringsfradrag. Du kører 24 km hver vej til dit studiejob hos Hansen & Larsen ApS?
[10/06/2024 11:17] Rúni: ja, fra Tagensvej 52, vær. 314, 2200 København N. I kan også ringe til mig på +298 51 77 20, jeg har stadig færøsk nummer
[10/06/2024 11:20] Medarbejder (Søs): Så kan du få ca. 6.420 kr. i fradrag. Jeg sender et brev til din Digital Post. Ring gerne på 70 00 18 18, hvis du har spørgsmål.
""", [
    N("Rúni Dam Jacobsen"),
    N("Søs"),
    P("020651-0742", "national_id", scheme="cpr"),
    P("090399-4127", "national_id", scheme="cpr"),
    P("FO95 6471 3076 0796 45", "iban", scheme="iban"),
    A("Tagensvej 52, vær. 314, 2200 København N", street="Tagensvej 52", postcode="2200"),
    N("Jógvan"),
    P("+298 51 77 20", "phone"),
], [
    L("2023", "date"), L("3.118 kr.", "price"), L("24 km", "quantity"), L("Hansen & Larsen ApS", "company"),
    L("6.420 kr.", "price"), L("10/06/2024 11:02", "date"),
]),
]
