from rec import P, L

RECORDS = [
# ---------------------------------------------------------------- 001 glasvezel, bot -> medewerker
{
"id": "nl-chat-001", "language": "nl", "channel": "chat",
"text": """Tessa (digitale assistent) 19:02
Hoi! Ik ben Tessa, de digitale assistent van Glasvezel Plus. Waar kan ik je mee helpen?
Jij 19:02
mijn internet valt steeds weg, al 3 dagen
Tessa (digitale assistent) 19:03
Vervelend! Wat is je postcode en huisnummer? Dan check ik of er een storing is.
Jij 19:03
6832 GH 21
Tessa (digitale assistent) 19:03
Bedankt. Ik zie geen storing bij jou in de buurt. Ik verbind je door met een medewerker. 👩‍💻
--- Youssef heeft het gesprek overgenomen ---
Youssef 19:06
Hoi, je spreekt met Youssef. Met wie heb ik het genoegen?
Jij 19:06
thijs kramer.. ik bedoel Thijs Kramer
Youssef 19:07
Hoi Thijs! Ik zie een aansluiting op Vlietstraat 21 in Arnhem, klopt dat? Kun je ook het mailadres van je account geven?
Jij 19:07
ja klopt. thijs.kramer@example.com, inloggen doe ik met tkramer88
Youssef 19:09
Top. Je modem is een FRITZ!Box 7590 met firmware 7.57. Wat staat er bij extern IP-adres in het statusscherm?
Jij 19:10
203.0.113.47
Youssef 19:12
Dank je. Ik zie veel CRC-fouten op de lijn, je haalt maar 80 van de 500 Mbit/s. Ik heb een storingsticket aangemaakt: T-20240311-0932. Een monteur komt donderdag 14 maart tussen 13:00 en 17:00. Op welk nummer kan hij je bellen?
Jij 19:13
06 22 91 37 58
Youssef 19:13
Genoteerd! Fijne avond nog Thijs 😊""",
"planted": [
    P("6832 GH", "postcode"),
    P("Youssef", "name"),
    P("Thijs Kramer", "name", "thijs kramer"),
    P("Vlietstraat 21", "address"),
    P("thijs.kramer@example.com", "email"),
    P("tkramer88", "username"),
    P("203.0.113.47", "ip"),
    P("06 22 91 37 58", "phone"),
],
"lookalikes": [
    L("Tessa", "bot_name"),
    L("FRITZ!Box 7590", "product"),
    L("firmware 7.57", "version"),
    L("500 Mbit/s", "quantity"),
    L("T-20240311-0932", "ticket_number"),
    L("donderdag 14 maart", "date"),
    L("tussen 13:00 en 17:00", "time"),
],
},
# ---------------------------------------------------------------- 002 garage, WhatsApp-export
{
"id": "nl-chat-002", "language": "nl", "channel": "chat",
"text": """12-03-2024 08:14 - Autobedrijf Henk Jansen: Goedemorgen mevrouw Smits, de Volkswagen Golf met kenteken TZ-391-H staat morgen ingepland voor APK en kleine beurt. Zullen we hem ophalen?
12-03-2024 08:31 - Ingrid Smits: Ja graag! Weverstraat 3, 4904 PV Oosterhout. Sleutel ligt bij mijn man
12-03-2024 08:32 - Autobedrijf Henk Jansen: Prima, Frank komt rond 8 uur.
13-03-2024 10:47 - Autobedrijf Henk Jansen: Goedemorgen, APK is goedgekeurd ✅ Wel zijn de remblokken voor op, kosten € 186,40 incl. montage. Akkoord?
13-03-2024 10:52 - +31 6 48 20 17 93: Hoi, dit is Ruud, de man van Ingrid. Doe maar 👍 kunt u de factuur naar ismits@example.com mailen?
13-03-2024 10:53 - Autobedrijf Henk Jansen: Doen we. Km-stand was 148.212 trouwens, en de olie (5W-30) is ook ververst.
13-03-2024 15:20 - Autobedrijf Henk Jansen: <Media weggelaten>
13-03-2024 15:20 - Autobedrijf Henk Jansen: Factuur 2024-0312 staat klaar, totaal € 250,90. Betalen kan via de Tikkie die u net heeft gekregen. Frank brengt de auto om half 5 terug.
13-03-2024 15:22 - Ingrid Smits: Top, bedankt!!""",
"planted": [
    P("TZ-391-H", "plate"),
    P("Ingrid Smits", "name"),
    P("Weverstraat 3, 4904 PV Oosterhout", "address", mns=["Weverstraat 3", "4904 PV"]),
    P("Frank", "name"),
    P("+31 6 48 20 17 93", "phone"),
    P("Ruud", "name"),
    P("ismits@example.com", "email"),
],
"lookalikes": [
    L("Autobedrijf Henk Jansen", "company"),
    L("Volkswagen Golf", "vehicle_model"),
    L("€ 186,40", "price"),
    L("148.212", "quantity"),
    L("5W-30", "product"),
    L("2024-0312", "invoice_number"),
    L("€ 250,90", "price"),
    L("12-03-2024 08:14", "time"),
],
},
# ---------------------------------------------------------------- 003 dierenverzekering
{
"id": "nl-chat-003", "language": "nl", "channel": "chat",
"text": """[14:21] Lotte (Dierbaar Verzekerd): Goedemiddag, je chat met Lotte. Waarmee kan ik je helpen?
[14:22] Klant: Hoi Lotte, ik heb vorige week een declaratie ingediend voor onze hond Guus, maar ik heb nog niks teruggekregen
[14:22] Lotte (Dierbaar Verzekerd): Wat vervelend! Mag ik je naam en geboortedatum?
[14:23] Klant: Sophie de Graaf, 27-06-1983
[14:24] Lotte (Dierbaar Verzekerd): Dank je Sophie. Ik zie polis DV-2210348 en declaratie CL-88120 van Dierenkliniek De Wissel, € 412,75 voor de operatie aan zijn knie. Die is goedgekeurd, maar de uitbetaling is mislukt omdat het rekeningnummer niet klopte.
[14:25] Klant: huh? ik heb NL46 INGB 6554 9155 21 opgegeven
[14:26] Lotte (Dierbaar Verzekerd): Klopt, maar bij de naamcheck kwam een andere naam terug dan die van de polishouder 🙈
[14:26] Klant: o ja dat is de rekening van mijn vriend, Martijn Oosterhuis. mag dat?
[14:27] Lotte (Dierbaar Verzekerd): Dat mag, ik heb het goedgekeurd. Je krijgt 80% vergoed, dus € 330,20, binnen 5 werkdagen.
[14:27] Klant: fijn. kan de brief ook naar mijn nieuwe adres? Burgemeester de Withstraat 12, 1742 NB Schagen
[14:28] Lotte (Dierbaar Verzekerd): Is aangepast. Staat je mailadres nog goed, sophiedegraaf@example.org?
[14:28] Klant: ja. en mijn nieuwe mobiel is 06 71 05 39 22
[14:29] Lotte (Dierbaar Verzekerd): Alles is bijgewerkt. Beterschap voor Guus! 🐶""",
"planted": [
    P("Sophie de Graaf", "name", "Sophie"),
    P("27-06-1983", "birth_date"),
    P("NL46 INGB 6554 9155 21", "iban"),
    P("Martijn Oosterhuis", "name"),
    P("Burgemeester de Withstraat 12, 1742 NB Schagen", "address", mns=["Burgemeester de Withstraat 12", "1742 NB"]),
    P("sophiedegraaf@example.org", "email"),
    P("06 71 05 39 22", "phone"),
    P("Lotte", "name"),
],
"lookalikes": [
    L("Guus", "pet_name"),
    L("DV-2210348", "policy_number"),
    L("CL-88120", "claim_number"),
    L("Dierenkliniek De Wissel", "company"),
    L("€ 412,75", "price"),
    L("€ 330,20", "price"),
    L("80%", "percentage"),
],
},
# ---------------------------------------------------------------- 004 webshop (Vlaanderen), geplakte kaart
{
"id": "nl-chat-004", "language": "nl", "channel": "chat",
"text": """Chatgesprek - Tuinhuis.be klantendienst
Bezoeker (Jolien): hallo, mijn betaling lukt niet voor de bbq, hij blijft hangen op 3D Secure
Stijn (Tuinhuis.be): Dag Jolien, dat spijt me. Mag ik uw volledige naam?
Bezoeker (Jolien): Jolien Claes
Stijn (Tuinhuis.be): Dank u. Over welke bestelling gaat het?
Bezoeker (Jolien): bestelling 20240315-8841, de Weber Spirit E-325
Bezoeker (Jolien): 4726 7622 0002 0576 exp 09/27
Bezoeker (Jolien): dit is de kaart die ik probeer
Stijn (Tuinhuis.be): Opgelet: deel nooit uw volledige kaartnummer in de chat, ik heb het bericht laten afschermen. Voor de zekerheid laat ge de kaart best blokkeren via Card Stop. Ik kan u een betaallink via Bancontact sturen. Naar welk mailadres?
Bezoeker (Jolien): jolien.claes@example.com
Stijn (Tuinhuis.be): Verstuurd. Het bedrag is € 749,00 inclusief levering. Leveradres is Kapelstraat 27, 2960 Brecht?
Bezoeker (Jolien): ja dat klopt. factuur mag op naam van mijn vriend, Robbe Maes. mag de chauffeur bellen op voorhand? 0468 33 09 71
Stijn (Tuinhuis.be): Komt in orde. Levering voorzien op dinsdag 26 maart, tussen 7u en 13u.
Bezoeker (Jolien): super merci!!""",
"planted": [
    P("Jolien Claes", "name"),
    P("Stijn", "name"),
    P("4726 7622 0002 0576", "card"),
    P("jolien.claes@example.com", "email"),
    P("Kapelstraat 27, 2960 Brecht", "address", mns=["Kapelstraat 27", "2960"]),
    P("0468 33 09 71", "phone"),
    P("Robbe Maes", "name"),
],
"lookalikes": [
    L("20240315-8841", "order_number"),
    L("Weber Spirit E-325", "product"),
    L("€ 749,00", "price"),
    L("dinsdag 26 maart", "date"),
    L("tussen 7u en 13u", "time"),
    L("3D Secure", "product"),
],
},
# ---------------------------------------------------------------- 005 social DM, trein
{
"id": "nl-chat-005", "language": "nl", "channel": "chat",
"text": """Berichten · Fleur 🌻 (@fleurtjuh_) ↔ TreinZuid Webcare (@TreinZuidNL)

Fleur 🌻 @fleurtjuh_ · 17 mrt
hoi!! mijn trein van 18:42 (IC 3528) naar eindhoven had 45 min vertraging en nu krijg ik mn geld niet terug via de site 😤😤

TreinZuid Webcare @TreinZuidNL · 17 mrt
Hoi Fleur, balen zeg! Via DM kijken we even mee. Wil je je reisnummer en het e-mailadres van je account sturen? Deel hier geen betaalgegevens. ^Jasper

Fleur 🌻 @fleurtjuh_ · 17 mrt
reisnummer 7741-2290-18, mail is fleurmulder2001@example.com

Fleur 🌻 @fleurtjuh_ · 17 mrt
oja en voor mn vriendin eline ook pls, zij had n los kaartje van € 27,80 en zat naast me lol

TreinZuid Webcare @TreinZuidNL · 17 mrt
Ik zie het account op naam van Fleur Mulder, reis van 17 maart. Voor jou zet ik € 13,90 (50%) klaar 👍 Voor Eline heb ik haar eigen mailadres en geboortedatum nodig. ^Jasper

Fleur 🌻 @fleurtjuh_ · 17 mrt
e.hoekstra@example.net, 02-11-2000. ze heet eline hoekstra

TreinZuid Webcare @TreinZuidNL · 18 mrt
Gelukt, jullie krijgen allebei binnen 5 werkdagen een mail. Goeie reis verder! ^Jasper""",
"planted": [
    P("@fleurtjuh_", "username"),
    P("Fleur Mulder", "name"),
    P("fleurmulder2001@example.com", "email"),
    P("Jasper", "name"),
    P("eline hoekstra", "name", "eline", "Eline"),
    P("e.hoekstra@example.net", "email"),
    P("02-11-2000", "birth_date"),
],
"lookalikes": [
    L("18:42", "time"),
    L("IC 3528", "reference"),
    L("45 min", "duration"),
    L("7741-2290-18", "booking_reference"),
    L("€ 27,80", "price"),
    L("€ 13,90", "price"),
    L("17 maart", "date"),
],
},
# ---------------------------------------------------------------- 006 apotheek
{
"id": "nl-chat-006", "language": "nl", "channel": "chat",
"text": """Chat – Apotheek De Vijzel (via de app)
Apotheek De Vijzel: Goedemiddag, u chat met Esther, apothekersassistente. Waarmee kan ik u helpen?
Klant: goedemiddag, ik kom zondag mijn maagtabletten tekort. omeprazol 20 mg. kan de herhaling eerder?
Apotheek De Vijzel: Dat kijk ik na. Mag ik uw naam en geboortedatum?
Klant: Willemijn Aarts, 15-08-1962
Apotheek De Vijzel: Ik zie twee mevrouwen Aarts met die datum 😅 Kunt u uw BSN geven?
Klant: 514781580
Apotheek De Vijzel: Dank u. Het recept van dokter Meijer loopt nog tot juni. Ik zet 90 tabletten klaar onder receptnummer R-550184. De eigen bijdrage is € 8,50.
Klant: kan het bezorgd worden? ik ben slecht ter been. Parkweg 71b, 6212 XN Maastricht
Apotheek De Vijzel: Bezorgen kan vrijdag 22 maart na 16:00. Op welk nummer kan de bezorger bellen?
Klant: 043 325 18 90, anders haalt mijn man Hans het op
Apotheek De Vijzel: Prima, dan zetten we Hans als gemachtigde in uw dossier. Beterschap!""",
"planted": [
    P("Esther", "name"),
    P("Willemijn Aarts", "name"),
    P("15-08-1962", "birth_date"),
    P("514781580", "national_id", check="bsn"),
    P("Meijer", "name"),
    P("Parkweg 71b, 6212 XN Maastricht", "address", mns=["Parkweg 71b", "6212 XN"]),
    P("043 325 18 90", "phone"),
    P("Hans", "name"),
],
"lookalikes": [
    L("Apotheek De Vijzel", "company"),
    L("omeprazol 20 mg", "product"),
    L("90 tabletten", "quantity"),
    L("R-550184", "reference"),
    L("€ 8,50", "price"),
    L("vrijdag 22 maart", "date"),
    L("na 16:00", "time"),
],
},
# ---------------------------------------------------------------- 007 private lease
{
"id": "nl-chat-007", "language": "nl", "channel": "chat",
"text": """Webchat LeaseLicht – gesprek #88213
Anouk: Hoi! Je chat met Anouk van LeaseLicht. Hoe kan ik je helpen?
Bezoeker: Hallo, ik heb een deuk in de achterklep van mijn leaseauto, kenteken K-347-VD. Wat moet ik doen?
Anouk: Vervelend! Mag ik je naam en contractnummer?
Bezoeker: Kevin Smit, contract PL-2023-004417
Anouk: Dank je Kevin. Ter controle: je geboortedatum en postcode?
Bezoeker: 30-01-1990 en 3812 TE
Anouk: Klopt. Het gaat om de Kia Niro EV, 20.000 km per jaar, € 389 per maand. Schade kun je laten herstellen bij Autoschade Hermans in Amersfoort, dat is onze partner. Eigen risico is € 150.
Bezoeker: ok. en dat eigen risico, wordt dat geïncasseerd van NL15 BUNQ 2207 9455 14? want dat is mijn nieuwe rekening
Anouk: Je nieuwe rekening moet je via Mijn LeaseLicht wijzigen, dat kan ik niet in de chat. Het adres waar de vervangende auto gebracht wordt is Leusderweg 212, klopt dat?
Bezoeker: ja
Anouk: Top. Hermans belt je om een afspraak te maken, is 06 44 18 73 05 nog goed? En de bevestiging gaat naar k.smit90@example.com.
Bezoeker: ja allebei goed, thanks
Anouk: Graag gedaan! Je hoort uiterlijk vrijdag 5 april van ze.""",
"planted": [
    P("Anouk", "name"),
    P("K-347-VD", "plate"),
    P("Kevin Smit", "name"),
    P("30-01-1990", "birth_date"),
    P("3812 TE", "postcode"),
    P("NL15 BUNQ 2207 9455 14", "iban"),
    P("Leusderweg 212", "address"),
    P("06 44 18 73 05", "phone"),
    P("k.smit90@example.com", "email"),
],
"lookalikes": [
    L("#88213", "ticket_number"),
    L("PL-2023-004417", "contract_number"),
    L("Kia Niro EV", "vehicle_model"),
    L("20.000 km per jaar", "quantity"),
    L("€ 389", "price"),
    L("Autoschade Hermans", "company"),
    L("vrijdag 5 april", "date"),
],
},
# ---------------------------------------------------------------- 008 bank (Vlaanderen), fraude, app-chat
{
"id": "nl-chat-008", "language": "nl", "channel": "chat",
"text": """Ellie (digitale assistent): Dag! Ik ben Ellie. Stel uw vraag in een paar woorden.
Klant: fraude
Ellie (digitale assistent): Ik breng u meteen in contact met een medewerker van het fraudeteam. ⏳
Sofie (Fraudeteam): Goeiemiddag, u chat met Sofie. Wat is er gebeurd?
Klant: er is deze nacht om 03u12 € 980 van mijn rekening gegaan en ik heb dat niet gedaan. Wim Lambrechts is mijn naam
Sofie (Fraudeteam): Dat is ernstig, ik kijk direct mee. Voor de veiligheid: wat is uw rijksregisternummer?
Klant: 90.08.14-335.27
Sofie (Fraudeteam): Dank u meneer Lambrechts. Ik zie een overschrijving vanaf BE30 8390 9228 3411 naar BE65 5408 8183 5796 op naam van K. Jacobs. Er werd ingelogd vanaf IP-adres 198.51.100.23, dat is niet uw gewone toestel. Hebt ge gisteren een sms gekregen over itsme?
Klant: ja een bericht dat mijn itsme vervallen was 😩 en ik heb op de link geklikt
Sofie (Fraudeteam): Dat is phishing. Ik blokkeer uw online bankieren en start een terugvorderingsaanvraag, referentie FR-24-03381. Op welk nummer kan een collega u vandaag bellen?
Klant: 0491 22 80 37
Sofie (Fraudeteam): En we sturen het aangifteformulier naar wim.lambrechts@example.com?
Klant: ja
Sofie (Fraudeteam): Ga ook langs bij de politie. We verwachten een antwoord van de andere bank tegen vrijdag 15 maart.""",
"planted": [
    P("Sofie", "name"),
    P("Wim Lambrechts", "name"),
    P("90.08.14-335.27", "national_id", check="rrn"),
    P("BE30 8390 9228 3411", "iban"),
    P("BE65 5408 8183 5796", "iban"),
    P("K. Jacobs", "name"),
    P("198.51.100.23", "ip"),
    P("0491 22 80 37", "phone"),
    P("wim.lambrechts@example.com", "email"),
],
"lookalikes": [
    L("Ellie", "bot_name"),
    L("03u12", "time"),
    L("€ 980", "amount"),
    L("itsme", "product"),
    L("FR-24-03381", "case_number"),
    L("vrijdag 15 maart", "date"),
],
},
# ---------------------------------------------------------------- 009 reisbureau, WhatsApp (iOS-export)
{
"id": "nl-chat-009", "language": "nl", "channel": "chat",
"text": """[18-01-2024 20:14:03] Zonvakanties Reisadvies: Goedenavond! U spreekt met Mireille. Ik heb de offerte voor Mallorca klaar: Hotel Doña Lola, 8 nachten all-inclusive, vertrek 3 augustus met HV 6171. Totaal € 2.486 voor 2 volwassenen en 1 kind.
[18-01-2024 20:31:47] Marieke: Wauw super 😍 we boeken hem!
[18-01-2024 20:32:10] Zonvakanties Reisadvies: Leuk! Dan heb ik van alle reizigers de namen zoals in het paspoort en de geboortedata nodig.
[18-01-2024 20:36:55] Marieke: Marieke Dijkstra 03-04-1985
Jeroen Dijkstra 21-12-1983
Sem Dijkstra 07-07-2016
[18-01-2024 20:37:20] Marieke: bevestiging graag naar marieke.dijkstra@example.com
[18-01-2024 20:38:02] Zonvakanties Reisadvies: Dank u. En een noodcontact dat thuisblijft?
[18-01-2024 20:40:41] Marieke: mijn vader, Klaas Wiersma, 06 52 83 10 47
[18-01-2024 20:41:09] Zonvakanties Reisadvies: Top. Boekingsnummer is ZV-4471203. De aanbetaling van 15% kunt u via de link in de mail doen. Fijne avond!""",
"planted": [
    P("Mireille", "name"),
    P("Marieke Dijkstra", "name"),
    P("03-04-1985", "birth_date"),
    P("Jeroen Dijkstra", "name"),
    P("21-12-1983", "birth_date"),
    P("Sem Dijkstra", "name"),
    P("07-07-2016", "birth_date"),
    P("marieke.dijkstra@example.com", "email"),
    P("Klaas Wiersma", "name"),
    P("06 52 83 10 47", "phone"),
],
"lookalikes": [
    L("Hotel Doña Lola", "company"),
    L("8 nachten", "duration"),
    L("3 augustus", "date"),
    L("HV 6171", "flight_number"),
    L("€ 2.486", "price"),
    L("ZV-4471203", "booking_reference"),
    L("15%", "percentage"),
],
},
# ---------------------------------------------------------------- 010 gemeente, afvalpas
{
"id": "nl-chat-010", "language": "nl", "channel": "chat",
"text": """Chat met Gemeente Lindeveen
Gemeente: Welkom bij de chat van de gemeente. U spreekt met Jolanda. Waar kan ik u mee helpen?
Inwoner: hoi ik ben net verhuisd en heb geen afvalpas, de container zit op slot
Inwoner: en er staat nog een gft bak van de vorige bewoner, mevr. Terpstra
Gemeente: Welkom in Lindeveen! Ik help u graag. Wat is uw naam en nieuwe adres?
Inwoner: Bram Koster, Molenwerf 5, 8441 AT
Gemeente: Dank u. Om de pas aan te vragen heb ik uw BSN en geboortedatum nodig.
Inwoner: 655733796 en 11-11-1994
Gemeente: Uw aanvraag staat erin onder nummer AV-2403-7719. De pas kost € 12,50 en komt binnen 10 werkdagen. De GFT-container 140 liter van mevrouw Terpstra mag u houden, die zetten we op uw adres.
Inwoner: top. kunnen jullie me bellen als hij verstuurd is? 06 30 57 62 19
Gemeente: We sturen een mail, naar welk adres?
Inwoner: bramkoster@example.org
Gemeente: Genoteerd. Tot die tijd kunt u op dinsdag 2 april met uw ID naar de milieustraat.""",
"planted": [
    P("Jolanda", "name"),
    P("Terpstra", "name"),
    P("Bram Koster", "name"),
    P("Molenwerf 5, 8441 AT", "address", mns=["Molenwerf 5", "8441 AT"]),
    P("655733796", "national_id", check="bsn"),
    P("11-11-1994", "birth_date"),
    P("06 30 57 62 19", "phone"),
    P("bramkoster@example.org", "email"),
],
"lookalikes": [
    L("Gemeente Lindeveen", "company"),
    L("AV-2403-7719", "reference"),
    L("€ 12,50", "price"),
    L("10 werkdagen", "duration"),
    L("GFT-container 140 liter", "product"),
    L("dinsdag 2 april", "date"),
],
},
]
