import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from common import P, L, Rec  # noqa: E402

RECORDS = []
A = RECORDS.append

# 001 web shop, bot handover
A(Rec("nl-chat-001", """
Chattranscript Woonwinkel Stijl&Co
Gestart: 14-05-2024 10:38 | Kanaal: website | Bezoeker: Femke Jacobs (f.jacobs@example.nl)

Sem (digitale assistent): Hoi! Ik ben Sem, de digitale assistent van Stijl&Co. Waar kan ik je mee helpen?
Bezoeker: mijn bank is beschadigd bezorgd
Sem (digitale assistent): Wat vervelend! Wat is je ordernummer? Je vindt het in je bevestigingsmail.
Bezoeker: 2024-NL-0087731
Sem (digitale assistent): Bedankt. Ik zie een bestelling van Bank Sofia 3-zits, kleur oker, € 899,-. Ik verbind je door met een collega.
[10:41] Laura is de chat binnengekomen
Laura: Hoi Femke, ik ben Laura van de klantenservice. Kun je een foto sturen van de schade?
Bezoeker: [bijlage: IMG_2045.jpg]
Bezoeker: de rugleuning is gescheurd aan de zijkant. mijn vriend Sven heeft voor ontvangst getekend, hij zag het pas later
Laura: Dank je, ik zie het. Dit valt gewoon onder de garantie. Wil je een nieuwe bank of je geld terug?
Bezoeker: liever geld terug eigenlijk
Laura: Dat kan. Op welk rekeningnummer wil je het terugontvangen?
Bezoeker: NL 57 KNAB 4866 4803 43 tnv F Jacobs
Laura: Top. De vervoerder haalt de bank op. Klopt het ophaaladres Prinsengracht 402-III, 1016 JB Amsterdam?
Bezoeker: ja klopt, 3e verdieping, geen lift (sorry 😅)
Laura: Geen probleem, ze komen met twee man. Op welk nummer kunnen ze je bellen?
Bezoeker: 0645098812
Laura: Genoteerd. Ophalen gebeurt binnen 5 tot 7 werkdagen, daarna storten we € 899,- terug. Je retournummer is RET-771204.
Bezoeker: super bedankt laura!
Laura: Graag gedaan, fijne dag!
[10:52] De chat is beëindigd door Bezoeker
""", [
    P("Femke Jacobs", "name", "F Jacobs"),
    P("f.jacobs@example.nl", "email"),
    P("Laura", "name", "laura"),
    P("Sven", "name"),
    P("NL 57 KNAB 4866 4803 43", "iban", scheme="iban"),
    P("Prinsengracht 402-III, 1016 JB Amsterdam", "address", "Prinsengracht 402-III", "1016 JB"),
    P("0645098812", "phone"),
], [
    L("Sem (digitale assistent)", "chatbot_name"), L("2024-NL-0087731", "order_number"),
    L("Bank Sofia 3-zits", "product"), L("€ 899,-", "price"), L("IMG_2045.jpg", "attachment"),
    L("5 tot 7 werkdagen", "duration"), L("RET-771204", "return_number"), L("14-05-2024 10:38", "timestamp"),
]))

# 002 WhatsApp export (iOS style), garage, several participants
A(Rec("nl-chat-002", """
[12-03-24 09:14:22] Garage De Boer: Goedemorgen! Dit is het WhatsApp-nummer van Garage De Boer. Waarmee kunnen we helpen?
[12-03-24 09:15:03] +31 6 40 12 77 85: hoi, met Jolanda Mertens. Onze Golf moet voor de APK, kenteken TK-418-H. Kan dat deze week nog?
[12-03-24 09:17:40] Garage De Boer: Hoi Jolanda, donderdag 14 maart om 08:00 kan. Henk doet de keuring.
[12-03-24 09:18:12] +31 6 40 12 77 85: top. Mijn man Piet brengt hem, kan hij in deze groep?
[12-03-24 09:18:30] Garage De Boer: Ik maak even een groepje.
[12-03-24 09:20:55] Garage De Boer heeft Piet Mertens toegevoegd
[12-03-24 09:21:10] Piet Mertens: Morgen. Ik breng hem donderdag om 8 uur. Kilometerstand is 143.228 km, de remmen piepen een beetje.
[14-03-24 11:02:47] Henk (Garage De Boer): Goedemorgen Piet. APK is goedgekeurd, maar remblokken voor zijn op. Onderdeelnummer 1K0698151, kosten € 187,50 inclusief arbeid. Zal ik ze vervangen?
[14-03-24 11:05:19] Piet Mertens: Ja doe maar.
[14-03-24 11:05:40] Piet Mertens: <Media weggelaten>
[14-03-24 11:06:02] Piet Mertens: Dat is de kras op de achterklep, kan die ook mee?
[14-03-24 11:09:31] Henk (Garage De Boer): Spuitwerk doen we niet zelf, ik geef het door aan Schadeherstel Van Os. Totaal wordt nu € 487,35.
[14-03-24 15:47:12] Henk (Garage De Boer): Hij staat klaar! Factuur F-24-0311 gaat naar welk mailadres?
[14-03-24 15:49:44] +31 6 40 12 77 85: jolanda.mertens@example.nl graag 🙏
[14-03-24 15:50:01] +31 6 40 12 77 85: en kunnen jullie hem thuis afleveren? Dorpsstraat 21, 1721 BD Broek op Langedijk
[14-03-24 15:52:26] Garage De Boer: Dat kan morgen, bezorgservice kost € 15,-. Het nummer van onze chauffeur Gerrit is 06 18 27 55 40 als er iets is.
[14-03-24 15:53:02] Piet Mertens: 👍
""", [
    P("+31 6 40 12 77 85", "phone"),
    P("Jolanda Mertens", "name"),
    P("TK-418-H", "plate"),
    P("Henk", "name"),
    P("Piet Mertens", "name"),
    P("jolanda.mertens@example.nl", "email"),
    P("Dorpsstraat 21, 1721 BD Broek op Langedijk", "address", "Dorpsstraat 21", "1721 BD"),
    P("Gerrit", "name"),
    P("06 18 27 55 40", "phone"),
], [
    L("Garage De Boer", "company_named_after_person"), L("donderdag 14 maart om 08:00", "date"),
    L("143.228 km", "quantity"), L("1K0698151", "part_number"), L("€ 187,50", "price"),
    L("Schadeherstel Van Os", "company_named_after_person"), L("€ 487,35", "price"),
    L("F-24-0311", "invoice_number"), L("€ 15,-", "price"), L("[14-03-24 11:02:47]", "timestamp"),
]))

# 003 energy portal chat, signed-in user, IPs, pasted IBAN
A(Rec("nl-chat-003", """
=== Mijn Energiek - portaalchat ===
sessie: 7f3a9c2e | ingelogd als: mvandijk_1979 | IP: 198.51.100.23 | browser: Firefox 125 / Windows 10
contract: 3100427788 | start: 02-04-2024 19:12:05

19:12 Systeem: Je wordt zo geholpen door een medewerker. Gemiddelde wachttijd: 3 minuten.
19:15 Sophie (Energiek): Goedenavond, je spreekt met Sophie. Ik zie dat je bent ingelogd als Martijn van Dijk. Waarmee kan ik helpen?
19:15 mvandijk_1979: mijn termijnbedrag is ineens verhoogd naar 246 euro terwijl ik zonnepanelen heb
19:16 Sophie (Energiek): Dat zoek ik voor je uit. Voor de veiligheid: wat is je geboortedatum?
19:16 mvandijk_1979: 03-02-1979
19:17 Sophie (Energiek): Dank je. Ik zie dat de meterstand van de jaarafrekening geschat is: 24511 kWh levering en 3120 kWh teruglevering. Klopt dat met je meter?
19:19 mvandijk_1979: nee hij staat nu op 21877 levering en 6934 teruglevering
19:20 Sophie (Energiek): Dan gaat er iets mis. Ik pas het aan en het nieuwe termijnbedrag wordt € 118,-. Het te veel betaalde storten we terug. Is dit nog je rekening: NL52RABO5984467178?
19:21 mvandijk_1979: ja
19:21 Systeem: IP-adres gewijzigd: 2001:db8:85a3::8a2e:370:7334 (mobiel)
19:22 mvandijk_1979: sorry, zit nu op mn telefoon. kan de terugbetaling ook naar de rekening van mijn vrouw? NL36ABNA5810148883 (E. van Dijk-Bosman)
19:23 Sophie (Energiek): Dat kan alleen als zij ook contractant is. Ik zie alleen jou op het adres Kastanjelaan 45, 7241 VJ Lochem.
19:24 mvandijk_1979: dan laat maar, doe maar op de mijne
19:25 Sophie (Energiek): Prima. Je krijgt een aangepaste jaarafrekening met kenmerk JA-2024-551902. Verder nog iets?
19:25 mvandijk_1979: nee thanks
19:26 Systeem: Chat beëindigd. Beoordeel je gesprek met Sophie!
""", [
    P("mvandijk_1979", "username"),
    P("198.51.100.23", "ip"),
    P("Sophie", "name"),
    P("Martijn van Dijk", "name"),
    P("03-02-1979", "birth_date"),
    P("NL52RABO5984467178", "iban", scheme="iban"),
    P("2001:db8:85a3::8a2e:370:7334", "ip"),
    P("NL36ABNA5810148883", "iban", scheme="iban"),
    P("E. van Dijk-Bosman", "name"),
    P("Kastanjelaan 45, 7241 VJ Lochem", "address", "Kastanjelaan 45", "7241 VJ"),
], [
    L("3100427788", "contract_number"), L("246 euro", "price"), L("24511 kWh", "meter_reading"),
    L("3120 kWh", "meter_reading"), L("21877", "meter_reading"), L("6934", "meter_reading"),
    L("€ 118,-", "price"), L("JA-2024-551902", "reference"), L("02-04-2024 19:12:05", "timestamp"),
    L("7f3a9c2e", "session_id"),
]))

# 004 bank chat, customer pastes a full card number
A(Rec("nl-chat-004", """
Bank Lage Landen - Chat
Klant: L. Bouzid | Klantnummer 88120573 | Geverifieerd via app

Bas: Hallo, je spreekt met Bas. Hoe kan ik je helpen?
Klant: hoi, er staat een betaling op mijn creditcard die ik niet herken. 4003 1741 0758 8636
Bas: Dank je. Let op: deel nooit je volledige kaartnummer in een chat, ook niet met ons. Ik heb het nummer nu afgeschermd. Om welke betaling gaat het?
Klant: 12-04 om 23:48, € 329,99 bij ONLINESHOP*GLX AMSTERDAM
Klant: sorry voor het nummer 🙈
Bas: Geen probleem. Ik blokkeer de kaart en zet een terugvordering in gang, dossier CB-2024-44817. Klopt het dat je Latifa Bouzid heet en geboren bent op 30-09-1991?
Klant: ja klopt
Bas: Je nieuwe kaart wordt verstuurd naar Amstelveenseweg 500 huis, 1081 KL Amsterdam. Nog steeds goed?
Klant: nee ik woon sinds kort bij mijn zus, Nadia Bouzid, Lodewijk Napoleonplantsoen 12, 3532 AR Utrecht
Bas: Dan moet je eerst je adres wijzigen in de app, anders mogen we niet naar een ander adres versturen. Het maandlimiet van je kaart is € 2.500, wil je dat zo houden?
Klant: ja. kan het geld terug naar NL16 ABNA 6034 7040 49? dat is mijn eigen rekening bij een andere bank
Bas: De terugboeking komt altijd op de creditcard zelf, binnen 10 werkdagen. Je kunt me ook bellen op 020 123 4567 (dat is ons algemene nummer).
Klant: ok en mijn mobiel is veranderd, het is nu 06-34811926
Bas: Die wijziging doe je ook in de app onder Profiel. Fijne dag, Latifa!
""", [
    P("L. Bouzid", "name"),
    P("Bas", "name"),
    P("4003 1741 0758 8636", "card", scheme="card"),
    P("Latifa Bouzid", "name"),
    P("30-09-1991", "birth_date"),
    P("Amstelveenseweg 500 huis, 1081 KL Amsterdam", "address", "Amstelveenseweg 500", "1081 KL"),
    P("Nadia Bouzid", "name"),
    P("Lodewijk Napoleonplantsoen 12, 3532 AR Utrecht", "address", "Lodewijk Napoleonplantsoen 12", "3532 AR"),
    P("NL16 ABNA 6034 7040 49", "iban", scheme="iban"),
    P("06-34811926", "phone"),
], [
    L("88120573", "customer_number"), L("12-04 om 23:48", "date"), L("€ 329,99", "price"),
    L("ONLINESHOP*GLX AMSTERDAM", "merchant"), L("CB-2024-44817", "case_number"), L("€ 2.500", "price"),
    L("10 werkdagen", "duration"), L("020 123 4567", "org_hotline"),
]))

# 005 Instagram DM, fashion shop, emoji, typos
A(Rec("nl-chat-005", """
Instagram Direct | @modebymila.nl (bedrijfsaccount) ↔ @jessie.vd.b

@jessie.vd.b: heyyy 😍 ik heb vorige week de jurk Roos besteld in maat 38 maar hij is te klein 😭😭
@modebymila.nl: Hoii! Wat jammer 😢 Je spreekt met Kim van het team. Wat is je bestelnummer?
@jessie.vd.b: #MBM10442
@modebymila.nl: Thanks! Op naam van Jessica van den Berg toch?
@jessie.vd.b: jup dat ben ik haha
@modebymila.nl: Wil je ruilen voor een 40? Die hebben we nog 2x op voorraad 🙌
@jessie.vd.b: jaaa graag!! kunnen jullie hem naar mn werk sturen want ik ben nooit thuis
@jessie.vd.b: kapsalon Hair by Nikki, Kruisstraat 8a, 5612 CJ eindhoven
@modebymila.nl: Komt goed! Mag ik nog je telefoonnummer voor de bezorger? En je mail voor het retourlabel?
@jessie.vd.b: 06 85 21 44 19 en jessievdberg@example.com
@jessie.vd.b: ohh en mn zus demi wil de zelfde jurk in maat 36, kan ik die gelijk bestellen?
@modebymila.nl: Dat moet ze even zelf via de site doen, dan krijgt ze ook 10% met de code WELKOM10 ✨
@jessie.vd.b: oke top
@modebymila.nl: Het retourlabel is verstuurd! De nieuwe jurk (€59,95, je hoeft niks bij te betalen) gaat de deur uit zodra we de oude binnen hebben, meestal binnen 3 werkdagen 📦
@jessie.vd.b: jullie zijn de bestee 💕💕
""", [
    P("jessie.vd.b", "username"),
    P("Kim", "name"),
    P("Jessica van den Berg", "name"),
    P("Kruisstraat 8a, 5612 CJ eindhoven", "address", "Kruisstraat 8a", "5612 CJ"),
    P("06 85 21 44 19", "phone"),
    P("jessievdberg@example.com", "email"),
    P("demi", "name"),
], [
    L("jurk Roos", "product"), L("maat 38", "size"), L("#MBM10442", "order_number"),
    L("Hair by Nikki", "company_named_after_person"), L("WELKOM10", "discount_code"),
    L("€59,95", "price"), L("3 werkdagen", "duration"), L("@modebymila.nl", "org_account"),
]))

# 006 municipality chat, moving with children
A(Rec("nl-chat-006", """
Gemeente Zwolle | Webchat | 22-05-2024

Wim (Gemeente Zwolle): Goedemiddag, u chat met Wim van Burgerzaken. Waar kan ik u mee helpen?
Inwoner: Goedemiddag. Wij verhuizen binnen Zwolle en ik wil de verhuizing doorgeven voor het hele gezin.
Wim (Gemeente Zwolle): Dat kan het makkelijkst via MijnZwolle met DigiD. Lukt dat niet?
Inwoner: Nee, ik krijg steeds een foutmelding (code E-402). Mijn naam is Dewi Santoso, BSN 249536353.
Wim (Gemeente Zwolle): Dank u, mevrouw Santoso. Wat is het nieuwe adres en de verhuisdatum?
Inwoner: Assendorperstraat 98, 8012 DM Zwolle, per 1 juni. Nu wonen we nog op Hortensiastraat 3, 8013 PR Zwolle.
Wim (Gemeente Zwolle): En wie verhuizen er mee?
Inwoner: Mijn man Arjen Kok en de kinderen Raka (geboren 08-08-2015) en Sari (geboren 19-12-2018).
Wim (Gemeente Zwolle): Uw man moet zelf akkoord geven, of u heeft een machtiging nodig. De kinderen kunt u als ouder meenemen.
Inwoner: Oké, hij doet het vanavond zelf.
Wim (Gemeente Zwolle): Prima. Ik heb een zaak aangemaakt: Z-2024-031877. U ontvangt binnen 5 werkdagen een bevestiging. Mogen we u bellen als er iets ontbreekt?
Inwoner: Ja, 038 421 66 09.
Wim (Gemeente Zwolle): Dank u wel. Let op: de afvalpas voor de ondergrondse container wordt automatisch omgezet.
""", [
    P("Wim", "name"),
    P("Dewi Santoso", "name"),
    P("249536353", "national_id", scheme="bsn"),
    P("Assendorperstraat 98, 8012 DM Zwolle", "address", "Assendorperstraat 98", "8012 DM"),
    P("Hortensiastraat 3, 8013 PR Zwolle", "address", "Hortensiastraat 3", "8013 PR"),
    P("Arjen Kok", "name"),
    P("Raka", "name"),
    P("08-08-2015", "birth_date"),
    P("Sari", "name"),
    P("19-12-2018", "birth_date"),
    P("038 421 66 09", "phone"),
], [
    L("22-05-2024", "date"), L("code E-402", "error_code"), L("1 juni", "date"), L("Z-2024-031877", "case_number"),
    L("5 werkdagen", "duration"), L("MijnZwolle", "portal_name"),
]))

# 007 hosting provider, usernames and IPs
A(Rec("nl-chat-007", """
HostHaven Support - ticket-chat #HH-209981
Ingelogd: tkoster (klant 55018) | Laatste login vanaf 203.0.113.57

[14:02] Tim Koster: hoi, mijn VPS vps-ams-0412 reageert niet meer sinds vannacht
[14:03] Support - Yara: Hoi Tim, ik kijk even mee. Ik zie dat de server om 03:14 is vastgelopen door een volle schijf (80 GB van 80 GB gebruikt).
[14:04] Tim Koster: ah. dat zijn vast de backups van de webshop van Bakkerij Van Ginkel, die draait erop
[14:05] Support - Yara: Dat kan. Ik heb hem in de rescue-modus gestart. Je kunt inloggen via SSH op poort 2222 vanaf je eigen IP. Ik zie dat je nu vanaf 203.0.113.57 komt, maar gisteren ook vanaf 2001:db8:4f2::17. Beide toevoegen aan de firewall?
[14:06] Tim Koster: ja allebei, de tweede is mijn collega Lars thuis
[14:06] Support - Yara: Toegevoegd. Let op, het rescue-wachtwoord stuur ik naar het e-mailadres op het account, tim@example.net.
[14:07] Tim Koster: kan het ook naar lars? lars.dijkman@example.org
[14:08] Support - Yara: Alleen naar de accounthouder, sorry. Je kunt Lars wel als technisch contact toevoegen in het portaal.
[14:12] Tim Koster: binnen! 40 GB aan oude .tar.gz verwijderd
[14:13] Support - Yara: Top. Wil je upgraden naar VPS-M (160 GB, € 18,50 p/m)? Factuur F2024-11872 van deze maand is al betaald.
[14:13] Tim Koster: nee voorlopig niet, bedankt!
""", [
    P("tkoster", "username"),
    P("203.0.113.57", "ip"),
    P("Tim Koster", "name"),
    P("Yara", "name"),
    P("2001:db8:4f2::17", "ip"),
    P("Lars", "name", "lars"),
    P("tim@example.net", "email"),
    P("lars.dijkman@example.org", "email"),
], [
    L("#HH-209981", "ticket_number"), L("55018", "customer_number"), L("vps-ams-0412", "hostname"),
    L("80 GB", "quantity"), L("Bakkerij Van Ginkel", "company_named_after_person"), L("poort 2222", "port"),
    L("€ 18,50 p/m", "price"), L("F2024-11872", "invoice_number"), L("03:14", "time"),
]))

# 008 WhatsApp school parents group (Android style)
A(Rec("nl-chat-008", """
12/03/2024, 08:15 - Juf Annelies: Goedemorgen ouders van groep 5! Herinnering: vrijdag 15 maart is de excursie naar het Natuurmuseum. We vertrekken om 08:45. Bijdrage € 12,50 graag voor woensdag overmaken.
12/03/2024, 08:17 - Mirjam Visser: Dank je Annelies! Ik kan mee als begeleider, ik rijd met de auto (5 plekken)
12/03/2024, 08:21 - +31 6 23 45 91 07: Hoi allemaal, ik ben de vader van Lieke, nieuw in de groep. Ik kan ook rijden. Groetjes, Rachid
12/03/2024, 08:22 - Juf Annelies: Welkom Rachid! Fijn 🙂
12/03/2024, 08:30 - Mirjam Visser: Lieke mag bij ons in de auto met Thomas en Saar als ze wil
12/03/2024, 08:34 - Bart Hulshof: Ons Gijs heeft medicatie bij zich (puffer), kan de begeleider daar op letten? Staat ook in ParnasSys.
12/03/2024, 08:36 - Juf Annelies: Staat genoteerd Bart 👍
12/03/2024, 09:02 - Mirjam Visser: <Media weggelaten>
12/03/2024, 09:02 - Mirjam Visser: O sorry dat was het verkeerde, dat was de uitnodiging voor het verjaardagsfeestje van Thomas 😂 zaterdag 16 maart 14:00-16:30, adres Rozenhof 27, 3434 BG Nieuwegein, iedereen is welkom
12/03/2024, 09:10 - +31 6 23 45 91 07: Lieke komt graag! 🎉
12/03/2024, 09:41 - Juf Annelies: Lieve ouders, graag privéberichten niet in deze groep. De ouderbijdrage gaat naar rekening van de school. Voor vragen bel de administratie, 030-7001234.
""", [
    P("Annelies", "name"),
    P("Mirjam Visser", "name"),
    P("+31 6 23 45 91 07", "phone"),
    P("Lieke", "name"),
    P("Rachid", "name"),
    P("Thomas", "name"),
    P("Saar", "name"),
    P("Bart Hulshof", "name"),
    P("Gijs", "name"),
    P("Rozenhof 27, 3434 BG Nieuwegein", "address", "Rozenhof 27", "3434 BG"),
], [
    L("groep 5", "class"), L("vrijdag 15 maart", "date"), L("08:45", "time"), L("€ 12,50", "price"),
    L("5 plekken", "quantity"), L("zaterdag 16 maart 14:00-16:30", "date"), L("030-7001234", "org_hotline"),
    L("12/03/2024, 08:15", "timestamp"), L("ParnasSys", "system_name"),
]))

# 009 Belgian telecom chat (Flemish)
A(Rec("nl-chat-009", """
TeleVlaanderen - Chat met een medewerker
Je bent verbonden met Ellen.

Ellen: Dag! Waarmee kan ik je helpen vandaag?
Klant: hallo, ik wil mijn internet verhuizen naar een nieuw adres
Ellen: Geen probleem. Wat is je klantnummer of de naam van de contracthouder?
Klant: klantnummer 1.204.338.917, op naam van Stijn Maes
Ellen: Dank je Stijn. Voor de identificatie heb ik je rijksregisternummer nodig.
Klant: 91.11.02-118.64
Ellen: Klopt. Wat is het nieuwe adres?
Klant: Lange Leemstraat 213, 2018 Antwerpen. nu is het nog De Merodelei 47, 2600 Berchem
Ellen: Ik kan een technieker inplannen op woensdag 22/05 tussen 8u en 12u. Is er iemand thuis?
Klant: mijn vriendin Sofie Janssens is thuis, haar gsm is 0472 18 36 90
Ellen: Top. Je abonnement Internet 150 Mbps blijft € 72,- per maand. De modem (SN 4C5E0A7712) neem je gewoon mee.
Klant: en de domiciliëring blijft op BE60 1938 9528 5870?
Ellen: Ja, dat blijft ongewijzigd. Je krijgt een sms met de bevestiging, referentie VH-88213.
Klant: merci!
""", [
    P("Ellen", "name"),
    P("Stijn Maes", "name"),
    P("91.11.02-118.64", "national_id", scheme="be_rrn"),
    P("Lange Leemstraat 213, 2018 Antwerpen", "address", "Lange Leemstraat 213", "2018 Antwerpen"),
    P("De Merodelei 47, 2600 Berchem", "address", "De Merodelei 47", "2600 Berchem"),
    P("Sofie Janssens", "name"),
    P("0472 18 36 90", "phone"),
    P("BE60 1938 9528 5870", "iban", scheme="iban"),
], [
    L("1.204.338.917", "customer_number"), L("woensdag 22/05", "date"), L("tussen 8u en 12u", "time"),
    L("Internet 150 Mbps", "product"), L("€ 72,-", "price"), L("SN 4C5E0A7712", "serial_number"),
    L("VH-88213", "reference"),
]))

# 010 insurance claim chat, car damage
A(Rec("nl-chat-010", """
Verzekeraar Veilig Onderweg - Schadechat
---------------------------------------
Klant (ingelogd): l.prins | polis AUTO-6620193

Bot Max: Hoi! Ik ben Max, de virtuele assistent. Heb je schade gemeld of wil je schade melden?
l.prins: schade melden. iemand is achterop me gereden
Bot Max: Wat vervelend. Ik breng je in contact met een schadebehandelaar.
Schadebehandelaar Rianne: Hallo, met Rianne. Gaat het goed met je? Ben je gewond?
l.prins: nee alleen geschrokken, het was gisteren om 17:20 op de kruising Stationsweg/Molenweg in Zwolle
Schadebehandelaar Rianne: Fijn dat je niet gewond bent. Wat is je kenteken en dat van de tegenpartij?
l.prins: mijn auto is GTR-71-B, de ander 5-LHV-92. De bestuurder heette T. Yilmaz, we hebben een schadeformulier ingevuld
l.prins: zijn telefoonnummer is 06 51 40 88 23 en hij is verzekerd bij een andere maatschappij
Schadebehandelaar Rianne: Dank je. Kun je het schadeformulier uploaden? Dan verhalen wij de schade op zijn verzekeraar.
l.prins: [bijlage: schadeformulier_scan.pdf]
Schadebehandelaar Rianne: Ontvangen. Ik zie Lisa Prins als bestuurder, geboren 14-07-1996, klopt dat?
l.prins: ja
Schadebehandelaar Rianne: Je kunt je auto laten herstellen bij Autoschade Hendriksen in Zwolle, dan hoef je geen eigen risico (€ 150) te betalen. Je schadenummer is SCH-24-118230.
l.prins: en mijn getuige, moet die ook iets doen? Kees Brinkman, hij stond erbij
Schadebehandelaar Rianne: Alleen als de tegenpartij de schuld betwist. Zet zijn gegevens er voor de zekerheid bij.
""", [
    P("l.prins", "username"),
    P("Rianne", "name"),
    P("GTR-71-B", "plate"),
    P("5-LHV-92", "plate"),
    P("T. Yilmaz", "name"),
    P("06 51 40 88 23", "phone"),
    P("Lisa Prins", "name"),
    P("14-07-1996", "birth_date"),
    P("Kees Brinkman", "name"),
], [
    L("AUTO-6620193", "policy_number"), L("Bot Max", "chatbot_name"), L("17:20", "time"),
    L("Stationsweg/Molenweg", "location"), L("schadeformulier_scan.pdf", "attachment"),
    L("Autoschade Hendriksen", "company_named_after_person"), L("€ 150", "price"), L("SCH-24-118230", "claim_number"),
]))
