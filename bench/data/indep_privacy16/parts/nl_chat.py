"""Dutch / Flemish chats (10). Written by hand; all personal data made up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import email, handle, la, name, only, pii, rec  # noqa: E402

RECORDS = []

# 001 web shop, bot hand-over, metadata with IP
RECORDS.append(rec("nl-chat-001", """
Chatgesprek gestart 14:02 via koopgigant.example/klantenservice
Bezoeker-IP: 198.51.100.73

Robin (virtuele assistent): Hoi! Ik ben Robin, de digitale assistent van Koopgigant 🤖 Waar kan ik je mee helpen?
Jij: mijn bestelling is nog steeds niet binnen
Robin (virtuele assistent): Vervelend! Wat is je bestelnummer? Je vindt het in de bevestigingsmail (begint met KG).
Jij: KG-40918273
Robin (virtuele assistent): Ik zie dat je bestelling op 3 april is verzonden. Wil je met een medewerker chatten?
Jij: ja graag
Robin (virtuele assistent): Ik verbind je door. Gemiddelde wachttijd: 4 minuten.
Mila (Koopgigant): Hoi, je spreekt met Mila! Ik zie dat je airfryer XL (€ 89,99) naar Hoofdweg 301-1 is gestuurd en daar weer retour is gekomen. Klopt dat adres niet meer?
Jij: nee ik ben in maart verhuisd, heb het ook aangepast in mijn account maar blijkbaar niet goed gegaan 🙄
Jij: nieuw adres is eerste Helmersstraat 88-2, 1054 DJ Amsterdam
Mila (Koopgigant): Dank je! En op welke naam mag het pakket?
Jij: Sanne Vos. Als ik niet thuis ben mag het bij mijn huisgenoot Daniël, die is er bijna altijd
Mila (Koopgigant): Top. Ik heb het adres aangepast en de airfryer opnieuw verstuurd, nieuwe track & trace: 3SKGT0048821. Verwachte levering donderdag tussen 17:00 en 21:00.
Mila (Koopgigant): Mag ik nog een 06-nummer voor de bezorger?
Jij: 06 51 30 84 27
Jij: en stuur de bevestiging maar naar sannevos.ams@example.com, het oude mailadres gebruik ik niet meer
Mila (Koopgigant): Is geregeld! Nog een fijne dag, Sanne 😊
Jij: thx!!
""", [
    pii("ip", "198.51.100.73"),
    name("Mila"),
    only("address", "Hoofdweg 301-1", "Hoofdweg 301-1"),
    only("address", "eerste Helmersstraat 88-2, 1054 DJ Amsterdam", "Helmersstraat 88-2", "eerste Helmersstraat 88-2", "1054 DJ"),
    name("Sanne Vos"),
    name("Daniël"),
    pii("phone", "06 51 30 84 27"),
    email("sannevos.ams@example.com"),
], [
    la("bot_name", "Robin"),
    la("company_name", "Koopgigant"),
    la("order_number", "KG-40918273"),
    la("date", "3 april"),
    la("product_name", "airfryer XL"),
    la("price", "€ 89,99"),
    la("tracking_number", "3SKGT0048821"),
    la("time", "tussen 17:00 en 21:00"),
    la("duration", "4 minuten"),
]))

# 002 WhatsApp export, mobile operator
RECORDS.append(rec("nl-chat-002", """
12-03-2024 09:14 - Berichten en oproepen zijn end-to-end versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren.
12-03-2024 09:14 - Priya Ramdin: Goedemorgen, mijn sim doet het niet meer sinds ik een nieuwe telefoon heb 😩
12-03-2024 09:16 - Belnet Mobiel: Goedemorgen! Je spreekt met Koen 👋 Om welk mobiel nummer gaat het?
12-03-2024 09:17 - Priya Ramdin: 06 28 47 11 93
12-03-2024 09:17 - Priya Ramdin: klantnummer weet ik niet uit mn hoofd
12-03-2024 09:19 - Belnet Mobiel: Geen probleem. Voor de verificatie: wat zijn je postcode en geboortedatum?
12-03-2024 09:21 - Priya Ramdin: 2531 VK 14-06-1991
12-03-2024 09:22 - Belnet Mobiel: Dank je! Heb je de simkaart goed in je nieuwe toestel (iPhone 15) geplaatst? Kun je een foto sturen van de melding?
12-03-2024 09:25 - Priya Ramdin: <Media weggelaten>
12-03-2024 09:27 - Belnet Mobiel: Ik zie het al, de sim is geblokkeerd na 3x een verkeerde pincode. Je krijgt de PUK-code per sms op je vaste nummer, of ik kan hem in Mijn Belnet zetten.
12-03-2024 09:28 - Priya Ramdin: mijn belnet graag
12-03-2024 09:31 - Priya Ramdin: ok het werkt weer!! 🙏 trouwens, kan het nummer van mijn vader bij mijn abonnement? hij heet Dinesh Ramdin, 06 19 72 40 58
12-03-2024 09:33 - Belnet Mobiel: Dat kan, dan krijgen jullie de Samen-korting van € 5 per maand. Hij moet wel zelf toestemming geven, laat hem even appen naar dit nummer.
12-03-2024 09:34 - Priya Ramdin: oké. en de rekening moet voortaan van NL58 TRIO 9366 8955 62 afgeschreven worden
12-03-2024 09:36 - Belnet Mobiel: Een rekeningnummer wijzigen mag ik helaas niet via WhatsApp doen. Dat kan in Mijn Belnet onder Gegevens > Betalen.
12-03-2024 09:37 - Priya Ramdin: pff ok
12-03-2024 09:38 - Priya Ramdin: mijn mail is priya.r@example.com als jullie nog iets moeten sturen
12-03-2024 09:39 - Belnet Mobiel: Helemaal goed! Fijne dag verder, groetjes Koen
""", [
    name("Priya Ramdin"),
    name("Koen"),
    pii("phone", "06 28 47 11 93"),
    pii("postcode", "2531 VK"),
    pii("birth_date", "14-06-1991"),
    name("Dinesh Ramdin"),
    pii("phone", "06 19 72 40 58"),
    pii("iban", "NL58 TRIO 9366 8955 62"),
    email("priya.r@example.com"),
], [
    la("company_name", "Belnet Mobiel"),
    la("date", "12-03-2024"),
    la("product_name", "iPhone 15"),
    la("quantity", "3x"),
    la("price", "€ 5 per maand"),
    la("time", "09:31"),
    la("product_name", "Mijn Belnet"),
]))

# 003 Instagram DM, Flemish fashion shop named after a person
RECORDS.append(rec("nl-chat-003", """
Instagram · Berichten · studiomirte.be

hanne.gsns: hey!! ik heb vorige week de Lina jurk besteld (maat 38) maar die is veeeel te groot 🙈 kan ik die ruilen?
studiomirte.be: Hoi Hanne! Natuurlijk ☺️ Stuur je even je bestelnummer + naam en adres? Dan maken we een retourlabel voor je
hanne.gsns: #SM10442
hanne.gsns: Hanne Goossens, Lange Lozanastraat 141 bus 2, 2018 Antwerpen
studiomirte.be: Top! Welke maat wil je in de plaats? En naar welk mailadres mogen we het label sturen?
hanne.gsns: 36 aub. hanne.goossens@example.com
hanne.gsns: oh en kan de nieuwe naar mijn zus? ik ben overdag nooit thuis. Elke Goossens, Kerkstraat 5, 2500 Lier
studiomirte.be: Dat kan! Zet je er een gsm-nummer bij? Dan kan de koerier haar bellen 📦
hanne.gsns: 0472 19 83 56 (da's van mijn zus)
studiomirte.be: Perfect, het label zit in je mailbox. Je ruil staat ingeboekt onder R-2291 ✨ We houden de Lina jurk in maat 36 voor je apart tot 18/05.
hanne.gsns: merciii 💕 jullie zijn de beste
studiomirte.be: Graag gedaan! Veel plezier ermee x Studio Mirte
""", [
    handle("hanne.gsns"),
    name("Hanne Goossens"),
    only("address", "Lange Lozanastraat 141 bus 2, 2018 Antwerpen", "Lange Lozanastraat 141", "2018"),
    email("hanne.goossens@example.com"),
    name("Elke Goossens"),
    only("address", "Kerkstraat 5, 2500 Lier", "Kerkstraat 5", "2500"),
    pii("phone", "0472 19 83 56"),
], [
    la("shop_name", "Studio Mirte"),
    la("product_name", "Lina jurk"),
    la("quantity", "maat 38"),
    la("order_number", "#SM10442"),
    la("reference", "R-2291"),
    la("date", "18/05"),
    la("quantity", "maat 36"),
]))

# 004 Flemish energy web chat, bot hand-over
RECORDS.append(rec("nl-chat-004", """
[10:02] Lumi (chatbot): Dag! Ik ben Lumi ⚡ Waarmee kan ik u helpen? Meterstand doorgeven | Factuur | Verhuis | Iets anders
[10:02] Klant: Iets anders
[10:03] Lumi (chatbot): Ik zet u door naar een collega van Energia Vlaanderen. Een ogenblikje.
[10:05] Sofie (Energia): Goeiemorgen, u spreekt met Sofie. Waarmee kan ik u helpen?
[10:06] Klant: dag, mijn voorschot is plots van 95 naar 210 euro gegaan, da klopt toch nie
[10:06] Sofie (Energia): Dat bekijk ik graag. Mag ik uw naam en adres of uw klantnummer?
[10:07] Klant: Geert Mertens, Molenstraat 41, 3500 Hasselt. klantnr 3004417729
[10:08] Sofie (Energia): Merci. Voor de veiligheid vraag ik ook uw rijksregisternummer.
[10:09] Klant: 67.11.30-913.59
[10:11] Sofie (Energia): Dank u. Ik zie dat uw laatste meterstand geschat is, daardoor is het voorschot zo hoog. Kunt u de huidige stand doorgeven van de meter met EAN 541448820000123456?
[10:13] Klant: dag 012457 nacht 008931
[10:15] Sofie (Energia): Perfect. Met die standen wordt uw nieuw voorschot 118 euro per maand vanaf 1 juli. Het teveel betaalde storten we terug. Op hetzelfde rekeningnummer?
[10:16] Klant: nee op die van mijn vrouw, Ann Jacobs: BE25 1433 8721 2482
[10:17] Sofie (Energia): Dat kan als zij akkoord gaat. Mag ik haar gsm-nummer, dan sturen we haar een bevestiging?
[10:17] Klant: 0468 22 19 07
[10:18] Sofie (Energia): En voor uzelf, mag de aangepaste voorschotfactuur naar geert.mertens67@example.com?
[10:19] Klant: ja dat is goed
[10:19] Sofie (Energia): Dan is alles aangepast. Nog een goeie dag, meneer Mertens!
""", [
    name("Sofie"),
    name("Geert Mertens"),
    only("address", "Molenstraat 41, 3500 Hasselt", "Molenstraat 41", "3500"),
    pii("national_id", "67.11.30-913.59"),
    name("Ann Jacobs"),
    pii("iban", "BE25 1433 8721 2482"),
    pii("phone", "0468 22 19 07"),
    email("geert.mertens67@example.com"),
], [
    la("bot_name", "Lumi"),
    la("company_name", "Energia Vlaanderen"),
    la("price", "van 95 naar 210 euro"),
    la("customer_number", "3004417729"),
    la("ean", "541448820000123456"),
    la("meter_reading", "012457"),
    la("meter_reading", "008931"),
    la("price", "118 euro per maand"),
    la("date", "1 juli"),
]))

# 005 travel agency chat, passenger data
RECORDS.append(rec("nl-chat-005", """
Chat met Zonreizen | Boeking ZR-7719035 | 5 passagiers
Klant (Martijn Dekker): Hallo, we willen de namen in onze boeking aanpassen, mijn vrouw staat er verkeerd in
Medewerker Zonreizen: Hallo Martijn, dat kan. Hoe moet het worden?
Klant (Martijn Dekker): ze staat erin als Esther Dekker maar haar paspoort staat op haar eigen naam: Esther Brinkman
Medewerker Zonreizen: Duidelijk, de naam moet precies gelijk zijn aan het paspoort. Mag ik haar geboortedatum en paspoortnummer? Die geven we door aan de luchtvaartmaatschappij.
Klant (Martijn Dekker): 11-02-1986, paspoortnummer NW8LK4RP2
Medewerker Zonreizen: Dank je. De kinderen staan erin als Sem Dekker en Julia Dekker, kloppen hun geboortedata nog? 03-08-2015 en 27-05-2018
Klant (Martijn Dekker): ja klopt. en mijn schoonmoeder Gerda Brinkman gaat ook mee, die staat goed erin denk ik
Medewerker Zonreizen: Klopt, die staat goed. Een naamswijziging kost € 25 per persoon, dus in totaal € 25. Jullie vliegen met TB 1742 op 14 juli om 06:25 vanaf Eindhoven.
Klant (Martijn Dekker): prima. kunnen de nieuwe tickets naar m.dekker@example.org?
Medewerker Zonreizen: Doe ik. En mag ik nog een mobiel nummer voor eventuele vluchtwijzigingen?
Klant (Martijn Dekker): 06 40 31 77 82
Medewerker Zonreizen: Top, alles is aangepast. Fijne vakantie alvast!
""", [
    name("Martijn Dekker"),
    name("Esther Brinkman"),
    pii("birth_date", "11-02-1986"),
    pii("national_id", "NW8LK4RP2"),
    name("Sem Dekker"),
    name("Julia Dekker"),
    pii("birth_date", "03-08-2015"),
    pii("birth_date", "27-05-2018"),
    name("Gerda Brinkman"),
    email("m.dekker@example.org"),
    pii("phone", "06 40 31 77 82"),
], [
    la("company_name", "Zonreizen"),
    la("booking_reference", "ZR-7719035"),
    la("quantity", "5 passagiers"),
    la("flight_number", "TB 1742"),
    la("date", "14 juli"),
    la("time", "06:25"),
    la("price", "€ 25 per persoon"),
]))

# 006 garden web shop, customer pastes full card number
RECORDS.append(rec("nl-chat-006", """
--- Chattranscript ---
Website: tuinlanddirect.example
Datum: 21-05-2024
Bezoeker: Kees Bosman (IP 203.0.113.58)

Kees Bosman: goedemiddag ik wil de loungeset Bali 4-delig bestellen maar de betaling lukt niet met iDEAL
Jasper | Tuinland Direct: Goedemiddag! Vervelend. Je kunt het ook met een creditcard proberen, of ik zet de bestelling voor je klaar op rekening.
Kees Bosman: kan ik hem niet gewoon hier doorgeven? 5528 9436 7124 5218 geldig tot 09/27
Jasper | Tuinland Direct: Liever niet! Ik heb het nummer niet opgeslagen, maar deel je kaartgegevens nooit in de chat. Ik stuur je een betaallink.
Kees Bosman: o sorry. ok
Jasper | Tuinland Direct: Geen probleem. Naar welk adres moet de set?
Kees Bosman: Dorpsweg 17, 8271 PB IJsselmuiden. Graag achterom, bij de schuur
Jasper | Tuinland Direct: En een telefoonnummer voor de chauffeur?
Kees Bosman: 038 333 71 52 of mijn vrouw Ria, 06 12 98 44 03
Jasper | Tuinland Direct: Top. De betaallink gaat naar k.bosman@planet.example, klopt dat?
Kees Bosman: ja
Jasper | Tuinland Direct: Je bestelnummer is TD-558102, totaal € 649,00 incl. bezorging. Levering vrijdag 24 mei.
""", [
    name("Kees Bosman"),
    pii("ip", "203.0.113.58"),
    name("Jasper"),
    pii("card", "5528 9436 7124 5218"),
    only("address", "Dorpsweg 17, 8271 PB IJsselmuiden", "Dorpsweg 17", "8271 PB"),
    pii("phone", "038 333 71 52"),
    name("Ria"),
    pii("phone", "06 12 98 44 03"),
    email("k.bosman@planet.example"),
], [
    la("company_name", "Tuinland Direct"),
    la("date", "21-05-2024"),
    la("product_name", "loungeset Bali 4-delig"),
    la("product_name", "iDEAL"),
    la("order_number", "TD-558102"),
    la("price", "€ 649,00"),
    la("date", "vrijdag 24 mei"),
]))

# 007 municipality chat, ID card appointment, lost passport
RECORDS.append(rec("nl-chat-007", """
Gemeente Lindeveld - Chat met de gemeente
Gemeente: Welkom bij de chat van gemeente Lindeveld. Stel uw vraag, een medewerker reageert zo snel mogelijk.
U: hoi ik ben mijn paspoort kwijt en wil een nieuwe id kaart aanvragen voor mij en mijn zoon
Gemeente: Vervelend om te horen. Voor een vermist paspoort moet u eerst een verklaring van vermissing invullen. Weet u het documentnummer nog?
U: ja heb een foto gemaakt ooit, NRB4F7K19
Gemeente: Dank u. Mag ik uw naam, geboortedatum en BSN?
U: Lisanne de Boer, 19 april 1989, bsn 587163203
Gemeente: En uw zoon?
U: Finn de Boer geboren 2 oktober 2014 bsn is 473003569
Gemeente: Ik heb voor u allebei een afspraak gereserveerd op woensdag 5 juni om 11:20 in het Stadskantoor. Neemt u uw zoon mee, hij moet zelf aanwezig zijn. De kosten zijn € 77,25 voor u en € 41,60 voor hem.
U: oke. moet ik nog iets meenemen
Gemeente: Een recente pasfoto per persoon. Staat u nog ingeschreven op Zandweg 12?
U: nee sinds januari op Irenestraat 4, 3841 BL
Gemeente: Dat zie ik, klopt. Op welk telefoonnummer kunnen we u bereiken als de afspraak verschuift?
U: 06 18 45 72 90, mail mag ook, lisannedeboer@example.com
Gemeente: Dank u, u ontvangt een bevestiging per mail met kenmerk AFS-2024-31877.
""", [
    pii("national_id", "NRB4F7K19"),
    name("Lisanne de Boer"),
    pii("birth_date", "19 april 1989"),
    pii("national_id", "587163203"),
    name("Finn de Boer"),
    pii("birth_date", "2 oktober 2014"),
    pii("national_id", "473003569"),
    only("address", "Zandweg 12", "Zandweg 12"),
    only("address", "Irenestraat 4, 3841 BL", "Irenestraat 4", "3841 BL"),
    pii("phone", "06 18 45 72 90"),
    email("lisannedeboer@example.com"),
], [
    la("company_name", "gemeente Lindeveld"),
    la("date", "woensdag 5 juni"),
    la("time", "11:20"),
    la("price", "€ 77,25"),
    la("price", "€ 41,60"),
    la("reference", "AFS-2024-31877"),
]))

# 008 Flemish primary school app messages
RECORDS.append(rec("nl-chat-008", """
SchoolPlein · Berichten · Basisschool De Regenboog
Van: Tom Willems (ouder)   Aan: Secretariaat, juf Leen (klas 3B)

Tom Willems: Goeiemorgen, Lotte is vandaag ziek (koorts), ze blijft thuis. Kan ze het huiswerk van deze week ergens vinden?
Secretariaat (Griet): Goeiemorgen meneer Willems, beterschap voor Lotte! Juf Leen zet de taken op SchoolPlein. Vergeet niet dat vrijdag 15 maart de zwemles doorgaat, kostprijs 4,50 euro.
Tom Willems: Merci. Nog iets anders: we zijn verhuisd, ons nieuw adres is Stationsstraat 56, 9200 Dendermonde. Kunnen jullie dat aanpassen?
Secretariaat (Griet): Dat doe ik. Mag ik voor de zekerheid het rijksregisternummer van Lotte? Dan pas ik het aan in het leerlingendossier.
Tom Willems: 16.02.21-004.36
Secretariaat (Griet): Dank u. Zijn de noodnummers nog juist?
Tom Willems: Mijn gsm is veranderd: 0493 60 18 27. En als wij nie bereikbaar zijn, mag u de oma bellen, Rita De Smedt, 052 41 93 66.
Secretariaat (Griet): Genoteerd. Mailen we de rapporten nog naar tom.willems@telenet.example?
Tom Willems: Ja, dat is goed. Het leesboek Kikker en de Vriendschap moet ook nog terug naar de bib, dat breng ik maandag.
Secretariaat (Griet): Geen probleem. Goed herstel aan Lotte!
""", [
    name("Tom Willems"),
    name("Leen"),
    name("Lotte"),
    name("Griet"),
    only("address", "Stationsstraat 56, 9200 Dendermonde", "Stationsstraat 56", "9200"),
    pii("national_id", "16.02.21-004.36"),
    pii("phone", "0493 60 18 27"),
    name("Rita De Smedt"),
    pii("phone", "052 41 93 66"),
    email("tom.willems@telenet.example"),
], [
    la("product_name", "SchoolPlein"),
    la("company_name", "Basisschool De Regenboog"),
    la("course_code", "klas 3B"),
    la("date", "vrijdag 15 maart"),
    la("price", "4,50 euro"),
    la("product_name", "Kikker en de Vriendschap"),
]))

# 009 Facebook Messenger with a garage named after its owner
RECORDS.append(rec("nl-chat-009", """
Messenger · Garage Van der Meulen
Bas Hendrikx: Hoi, kan ik volgende week de APK laten doen voor mijn Volkswagen Polo? kenteken 71-ZRK-4
Garage Van der Meulen: Hoi Bas, dat kan! Dinsdag 9:00 of donderdag 13:30? APK kost € 49,50, afmeldkosten inbegrepen.
Bas Hendrikx: dinsdag is goed. kunnen jullie de auto ophalen? ik werk thuis, Berkenlaan 9 in Heeze
Bas Hendrikx: (auto staat op naam van mijn vader, Ton Hendrikx, maakt dat uit?)
Garage Van der Meulen: Nee hoor, maakt niet uit. Ophalen en brengen kan, dat is € 15 extra. Wat is de kilometerstand ongeveer?
Bas Hendrikx: 128.400 km
Bas Hendrikx: en kunnen jullie dan ook de winterbanden van de auto van mijn vriendin Lisa eraf halen? die komt zelf woensdag, 7-TFR-19
Garage Van der Meulen: Komt goed, wisselen kost € 40 per set. Mag ik nog een telefoonnummer en mailadres voor de factuur?
Bas Hendrikx: 06 27 18 93 40, bas.hendrikx@example.com. mijn account hier is trouwens van mijn oude naam, bassie.hx
Garage Van der Meulen: Haha geen probleem. Tot dinsdag! Groet, Wim
""", [
    name("Bas Hendrikx"),
    pii("plate", "71-ZRK-4"),
    only("address", "Berkenlaan 9 in Heeze", "Berkenlaan 9"),
    name("Ton Hendrikx"),
    name("Lisa"),
    pii("plate", "7-TFR-19"),
    pii("phone", "06 27 18 93 40"),
    email("bas.hendrikx@example.com"),
    handle("bassie.hx"),
    name("Wim"),
], [
    la("company_name", "Garage Van der Meulen"),
    la("product_name", "Volkswagen Polo"),
    la("time", "Dinsdag 9:00"),
    la("price", "€ 49,50"),
    la("quantity", "128.400 km"),
    la("price", "€ 40 per set"),
    la("price", "€ 15 extra"),
]))

# 010 payroll / HR portal chat
RECORDS.append(rec("nl-chat-010", """
LoonWijzer HR-portaal - chat salarisadministratie
Sessie 8812-QX | ingelogd vanaf 192.0.2.141 | werkgever: Bouwbedrijf Jansen & Zn.

Medewerker (personeelsnr. 00417): Hallo, ik wil mijn rekeningnummer wijzigen voor de salarisbetaling.
Salarisadministratie - Nadia: Hallo! Dat kan. Voor de controle: wat is uw volledige naam en BSN?
Medewerker (personeelsnr. 00417): Dennis Kuipers, 766561914
Salarisadministratie - Nadia: Dank u. Wat is het nieuwe rekeningnummer?
Medewerker (personeelsnr. 00417): NL16 INGB 2732 6371 72
Salarisadministratie - Nadia: Ik zet de wijziging klaar. Die gaat in per de salarisrun van 25 juni; de loonstrook van mei gaat nog naar de oude rekening. U krijgt ter bevestiging een sms op het nummer dat bij ons bekend is, 06 49 20 15 37?
Medewerker (personeelsnr. 00417): Ja klopt. Oh en ik ben ook verhuisd, naar Meidoornstraat 28, 7552 KV Hengelo
Salarisadministratie - Nadia: Dat pas ik ook aan. Let op: uw reiskostenvergoeding verandert mee, die is nu 23 km enkele reis.
Medewerker (personeelsnr. 00417): Klopt, nu wordt het 9 km. En mijn loonheffingskorting staat nog aan, toch? Ik heb een tweede baantje erbij genomen.
Salarisadministratie - Nadia: Ja, die staat aan. Die mag maar bij één werkgever, dus zet hem bij die andere werkgever uit. Ik stuur u het formulier Opgaaf gegevens loonheffingen naar d.kuipers@example.org
Medewerker (personeelsnr. 00417): Top, bedankt!
""", [
    pii("ip", "192.0.2.141"),
    name("Nadia"),
    name("Dennis Kuipers"),
    pii("national_id", "766561914"),
    pii("iban", "NL16 INGB 2732 6371 72"),
    pii("phone", "06 49 20 15 37"),
    only("address", "Meidoornstraat 28, 7552 KV Hengelo", "Meidoornstraat 28", "7552 KV"),
    email("d.kuipers@example.org"),
], [
    la("company_name", "Bouwbedrijf Jansen & Zn."),
    la("reference", "8812-QX"),
    la("customer_number", "00417"),
    la("date", "25 juni"),
    la("quantity", "23 km"),
    la("quantity", "9 km"),
    la("product_name", "Opgaaf gegevens loonheffingen"),
]))
