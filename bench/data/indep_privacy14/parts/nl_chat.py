import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import N, E, P, L, R  # noqa: E402

RECORDS = []

# 001 web shop chat: bot hand-over to a human agent, refund to IBAN
RECORDS.append(R("nl-chat-001", """Lotte (digitale assistent): Hoi! 👋 Ik ben Lotte, de digitale assistent van Huis & Haard. Waar kan ik je mee helpen?
Jij: bestlling niet compleet ontvangen
Lotte (digitale assistent): Wat vervelend! Vul je je ordernummer in? Dat begint met HH.
Jij: HH-2024-557310
Lotte (digitale assistent): Bedankt. Je bestelling is in 2 zendingen verstuurd. Ik verbind je door met een medewerker, de wachttijd is ongeveer 4 minuten ⏳
*** Daniëlle neemt het gesprek over ***
Daniëlle: Hoi, je spreekt met Daniëlle! Ik zie dat het gaat om de bank Sofia 3-zits in cognac en twee kussens Ravi. Wat is er niet aangekomen?
Jij: de bank is gekomen maar de kussens niet. track&trace zegt geleverd maar ik heb niks gehad
Daniëlle: Dat zoeken we uit. Mag ik voor de controle je naam en postcode?
Jij: Kim Janssens, 5611 BV
Daniëlle: Dank je Kim. Als bezorgadres staat hier Hoogstraat 14b, klopt dat?
Jij: ja klopt
Daniëlle: Het pakket met trackingcode 3SHHA4471002 is volgens de bezorger afgegeven bij de buren op nr. 16, naam Verhagen.
Jij: die zijn al 2 weken op vakantie 🙄🙄
Daniëlle: Dat verklaart het 😅 Wil je dat we de kussens opnieuw sturen, of wil je je geld terug? Het gaat om € 59,90.
Jij: geld terug graag, ik vind ze niet meer zo mooi eigenlijk. NL79 INGB 6532 6948 46 tnv K. Janssens
Daniëlle: Komt goed! Je krijgt binnen 3 werkdagen een bevestiging op kim.janssens@example.com.
Jij: kan je m ook naar mn werkmail sturen? k.janssens@werk.example
Jij: en als er iets is mag je bellen hoor 06-51 23 49 87
Daniëlle: Doe ik! Fijne avond nog 🌙""", [
    N("Daniëlle"),
    N("Kim Janssens"),
    P("5611 BV", "postcode"),
    P("Hoogstraat 14b", "address"),
    N("Verhagen"),
    P("NL79 INGB 6532 6948 46", "iban", check="iban"),
    E("kim.janssens@example.com"),
    E("k.janssens@werk.example"),
    P("06-51 23 49 87", "phone"),
], [
    L("Lotte", "bot_name"),
    L("Huis & Haard", "company"),
    L("HH-2024-557310", "order_number"),
    L("4 minuten", "duration"),
    L("Sofia 3-zits", "product"),
    L("Ravi", "product"),
    L("3SHHA4471002", "tracking_number"),
    L("€ 59,90", "price"),
    L("3 werkdagen", "duration"),
]))

# 002 WhatsApp export (Android format), customer shown as phone number
RECORDS.append(R("nl-chat-002", """12-03-24 09:14 - Berichten en oproepen worden end-to-end versleuteld. Niemand buiten deze chat, zelfs WhatsApp niet, kan ze lezen of beluisteren.
12-03-24 09:14 - +31 6 41552087: Goedemorgen ik wil graag mijn meterstanden doorgeven, de app doet het niet
12-03-24 09:16 - Stroomwijs Service: Goedemorgen! Je spreekt met Youssef van Stroomwijs 😊 Dat regel ik voor je. Wat is je naam en adres?
12-03-24 09:17 - +31 6 41552087: Bas Mulder
12-03-24 09:17 - +31 6 41552087: Hazelaarlaan 3, 7423 DH Deventer
12-03-24 09:18 - Stroomwijs Service: Dank je Bas! Voor de controle ook even je geboortedatum?
12-03-24 09:18 - +31 6 41552087: 21-06-1971
12-03-24 09:19 - Stroomwijs Service: Top, geef maar door!
12-03-24 09:21 - +31 6 41552087: <Media weggelaten>
12-03-24 09:21 - +31 6 41552087: stroom normaal 04512 dal 03877, gas 2211,4
12-03-24 09:24 - Stroomwijs Service: Ontvangen 👍 Ik heb ze ingevoerd bij meter E0053001928374. Je nieuwe termijnbedrag wordt € 118 vanaf 1 april.
12-03-24 09:25 - +31 6 41552087: Oke prima. Kan ik ook mijn mail aanpassen? Die oude bas.mulder@example.net lees ik nooit
12-03-24 09:25 - +31 6 41552087: nieuwe is basmulder71@example.com
12-03-24 09:27 - Stroomwijs Service: Is aangepast ✅
12-03-24 09:28 - +31 6 41552087: En mijn vrouw Ingrid wil ook op het contract, kan dat?
12-03-24 09:30 - Stroomwijs Service: Dat kan, dan heb ik wel haar toestemming nodig. Ze kan zelf een berichtje sturen naar dit nummer. Fijne dag Bas!""", [
    P("+31 6 41552087", "phone"),
    N("Youssef"),
    N("Bas Mulder"),
    P("Hazelaarlaan 3, 7423 DH Deventer", "address", "Hazelaarlaan 3", "7423 DH"),
    P("21-06-1971", "birth_date"),
    E("bas.mulder@example.net"),
    E("basmulder71@example.com"),
    N("Ingrid"),
], [
    L("Stroomwijs", "company"),
    L("04512", "quantity"),
    L("03877", "quantity"),
    L("2211,4", "quantity"),
    L("E0053001928374", "meter_number"),
    L("€ 118", "price"),
    L("1 april", "date"),
    L("12-03-24 09:21", "time"),
]))

# 003 Instagram DM with a sneaker shop, handles and emoji
RECORDS.append(R("nl-chat-003", """Instagram · Berichten
lisa.vdberg
Hoii! Ik heb vorige week bij jullie de Nova sneakers besteld (maat 39) maar ik heb de verkeerde kleur gekregen 😩 bestelnummer #SNK10492
Vandaag 14:02
loopwerk.store
Hey Lisa! Oh nee wat balen 😞 Sorry! Stuur je even je volledige naam en e-mailadres, dan zoek ik het op 🙏 x Femke
lisa.vdberg
Lisa van den Berg
lisavandenberg@example.com
loopwerk.store
Gevonden! Je hebt wit besteld en zwart gekregen toch? Je krijgt een retourlabel (RET-20931) in je mail, en ik reserveer een wit paar voor je. Zelfde adres?
lisa.vdberg
jaa Steenstraat 5a, 6828 CA Arnhem 🏠
en kan de bezorger me bellen als ik er niet ben? 06 87 54 21 30
loopwerk.store
Is genoteerd! Je hoeft niks bij te betalen, de € 89,95 blijft gewoon staan. Binnen 5 werkdagen heb je ze ✨
lisa.vdberg
topp dankjewel!! mijn vriendin @noor.bakx had trouwens precies hetzelfde haha
loopwerk.store
Oeps 🙈 Laat haar maar een DM sturen, dan kijken we ook even voor haar!""", [
    P("lisa.vdberg", "username"),
    N("Lisa van den Berg"),
    E("lisavandenberg@example.com"),
    N("Femke"),
    P("Steenstraat 5a, 6828 CA Arnhem", "address", "Steenstraat 5a", "6828 CA"),
    P("06 87 54 21 30", "phone"),
    P("@noor.bakx", "username", "noor.bakx"),
], [
    L("Nova sneakers", "product"),
    L("maat 39", "quantity"),
    L("#SNK10492", "order_number"),
    L("Vandaag 14:02", "time"),
    L("RET-20931", "reference_number"),
    L("€ 89,95", "price"),
    L("5 werkdagen", "duration"),
]))

# 004 gym web chat, cancellation after moving, typos
RECORDS.append(R("nl-chat-004", """Chat gestart op 03-04-2024 om 19:42
[19:42] FitFabriek: Hallo! Stel hier je vraag, een van onze coaches reageert zo snel mogelijk 💪
[19:43] Gast: hoi ik wil mijn abbonement opzeggen ivm verhuizing
[19:44] Sven (FitFabriek): Hoi! Jammer dat je weggaat. Mag ik je naam, geboortedatum en het e-mailadres waarmee je bent ingeschreven?
[19:46] Gast: Roos Hermans, 07-03-1996, roosje.hermans@example.com
[19:47] Sven (FitFabriek): Dank je Roos! Ik zie een All-in abonnement van € 34,99 per 4 weken. Waar ga je naartoe verhuizen?
[19:48] Gast: naar groningen, nieuwe adres is Nieuwe Ebbingestraat 102, 9718 BC
[19:48] Gast: daar hebben jullie geen vestiging toch
[19:50] Sven (FitFabriek): Klopt! Dan kun je kosteloos opzeggen per 1 mei als je een uittreksel van je nieuwe inschrijving uploadt. Je krijgt daarvoor een linkje per mail.
[19:51] Gast: top. en de incasso van maart is 2x afgeschreven van NL30 SNSB 5728 0112 20, kan dat terug?
[19:53] Sven (FitFabriek): Ik zie het, sorry! Ik zet de dubbele € 34,99 terug, dat duurt ongeveer 2 maanden want het gaat via de boekhouding 🙈
[19:53] Gast: 2 maanden?? nou ok
[19:54] Gast: mijn vriend Daan heeft ook een abbo, kan ik die ook meteen opzeggen?
[19:55] Sven (FitFabriek): Dat moet Daan helaas zelf doen ivm privacy 😉 Mag ik nog een telefoonnummer voor als er iets mis gaat met de upload?
[19:56] Gast: 0614398820
[19:56] Sven (FitFabriek): Dankje, succes met de verhuizing!""", [
    N("Sven"),
    N("Roos Hermans"),
    P("07-03-1996", "birth_date"),
    E("roosje.hermans@example.com"),
    P("Nieuwe Ebbingestraat 102, 9718 BC", "address", "Nieuwe Ebbingestraat 102", "9718 BC"),
    P("NL30 SNSB 5728 0112 20", "iban", check="iban"),
    N("Daan"),
    P("0614398820", "phone"),
], [
    L("FitFabriek", "company"),
    L("03-04-2024", "date"),
    L("19:42", "time"),
    L("All-in abonnement", "product"),
    L("€ 34,99", "price"),
    L("1 mei", "date"),
    L("2 maanden", "duration"),
]))

# 005 Flemish bank app chat, customer pastes full card number
RECORDS.append(R("nl-chat-005", """Chatgesprek – KBV Bank app – 18/04/2024
Klant (Annelies): Goeiemorgen, mijn kaart is geblokkeerd na 3x verkeerde pincode, kan die gedeblokkeerd worden? kaartnr 4837 2950 6796 7262
Bankmedewerker Wout: Goeiemorgen Annelies. Opgelet: deel nooit uw volledige kaartnummer in een chat, ook niet met ons. Kunt ge u identificeren met uw rijksregisternummer?
Klant (Annelies): 91.11.02-874.84
Bankmedewerker Wout: Merci, mevrouw Peeters. Na 3 foute pogingen moet er een nieuwe pincode aangevraagd worden. Die wordt per post gestuurd naar Sint-Jorisstraat 12, 3000 Leuven.
Klant (Annelies): nee ik woon al een half jaar in Gent! Vlaanderenstraat 88 bus 2, 9000 Gent. is dat nog niet aangepast??
Bankmedewerker Wout: Blijkbaar niet, excuses. Ik pas het nu aan. Kunt ge uw volledige naam bevestigen zoals op uw identiteitskaart?
Klant (Annelies): Annelies Peeters
Bankmedewerker Wout: Dank u. De nieuwe pincode wordt binnen de 5 werkdagen naar Vlaanderenstraat 88 bus 2 gestuurd. Uw Visa Debit blijft in tussentijd geblokkeerd, maar via de app kunt ge wel overschrijven. Uw daglimiet blijft € 2.500.
Klant (Annelies): ok. kunt ge me een sms sturen als hij verstuurd is? 0472 18 90 55
Bankmedewerker Wout: Doe ik. We sturen ook een bevestiging naar annelies.peeters@example.com. Referentie van dit gesprek: CHT-240418-0093.
Klant (Annelies): merci!""", [
    N("Annelies Peeters"),
    P("4837 2950 6796 7262", "card", check="luhn"),
    N("Wout"),
    P("91.11.02-874.84", "national_id", check="rrn"),
    P("Sint-Jorisstraat 12, 3000 Leuven", "address", "Sint-Jorisstraat 12", "3000"),
    P("Vlaanderenstraat 88 bus 2, 9000 Gent", "address", "Vlaanderenstraat 88", "9000"),
    P("0472 18 90 55", "phone"),
    E("annelies.peeters@example.com"),
], [
    L("KBV Bank", "company"),
    L("18/04/2024", "date"),
    L("3x", "quantity"),
    L("binnen de 5 werkdagen", "duration"),
    L("Visa Debit", "product"),
    L("€ 2.500", "price"),
    L("CHT-240418-0093", "reference_number"),
]))

# 006 pet insurance claim chat, two pets (look-alikes), vet practice named after a person
RECORDS.append(R("nl-chat-006", """Mila (Dierzeker) 10:02
Goedemorgen! Waarmee kan ik je helpen?
Marieke 10:03
Hoi, ik wil een declaratie indienen voor onze hond Guus, die heeft een operatie gehad aan zijn knie. De factuur is van Dierenkliniek Van Wijk.
Mila (Dierzeker) 10:04
Ach, arme Guus! Beterschap. Mag ik je volledige naam, geboortedatum en polisnummer?
Marieke 10:06
Marieke Hoogendoorn, 19-11-1979, polis DZ-778120
Mila (Dierzeker) 10:07
Dank je. Ik zie een polis voor Guus (labrador) en voor jullie kat Saartje. Hoe hoog is de factuur?
Marieke 10:07
€ 412,50, factuurnummer DK-2024-0318. Ik heb hem al betaald.
Mila (Dierzeker) 10:09
Jullie hebben de Compleet-dekking, dus we vergoeden 80% na aftrek van het eigen risico van € 50. Op welke rekening wil je het ontvangen?
Marieke 10:10
NL13 KNAB 4621 1607 63, staat op naam van mijn man, Erik Hoogendoorn. Kan dat?
Mila (Dierzeker) 10:11
Dat mag, als hij ook verzekeringnemer is, en dat is zo. Woon je nog op Dahliastraat 8 in Den Haag?
Marieke 10:11
ja, 2565 XP
Mila (Dierzeker) 10:12
Top. Upload je de factuur via de link die ik naar m.hoogendoorn@example.com stuur? Mocht de link niet werken, dan bel ik je op 06 29 84 10 57.
Marieke 10:13
Ja prima, dankjewel Mila!""", [
    N("Mila"),
    N("Marieke Hoogendoorn"),
    P("19-11-1979", "birth_date"),
    N("Erik Hoogendoorn"),
    P("NL13 KNAB 4621 1607 63", "iban", check="iban"),
    P("Dahliastraat 8", "address"),
    P("2565 XP", "postcode"),
    E("m.hoogendoorn@example.com"),
    P("06 29 84 10 57", "phone"),
], [
    L("Guus", "pet_name"),
    L("Saartje", "pet_name"),
    L("Dierenkliniek Van Wijk", "company"),
    L("DZ-778120", "policy_number"),
    L("€ 412,50", "price"),
    L("DK-2024-0318", "invoice_number"),
    L("80%", "percentage"),
    L("€ 50", "price"),
    L("10:07", "time"),
]))

# 007 fibre ISP support chat: login name, public IP address
RECORDS.append(R("nl-chat-007", """Welkom bij de chat van Glasvezel Oost. Je wordt zo geholpen door een van onze medewerkers.
Je bent verbonden met Thijs.
Thijs: Goedenavond! Waar kan ik je mee helpen?
Klant: hey, mijn internet valt steeds weg, elke avond rond 21:00. ik zit op het 1000 Mbit pakket maar haal soms maar 40
Thijs: Vervelend! Ben je ingelogd op Mijn GlasOost? Dan kan ik meekijken.
Klant: ja, inlognaam rvdmeer84
Thijs: Dank je. En je naam en adres?
Klant: Rik van der Meer, Zonnebloemweg 77, 7543 PJ Enschede
Thijs: Ik zie je FiberHub 6 online. Welk IP-adres zie jij in het statusscherm?
Klant: WAN IP: 203.0.113.57
Thijs: Dat klopt met wat ik zie. De firmware is nog v3.4.17, er is een update naar v3.5.2 die dit probleem oplost. Ik zet hem nu klaar, het modem herstart dan 1 keer.
Klant: ok. moet ik iets doen?
Thijs: Nee hoor. Ik maak er wel een storingsmelding van, nummer GO-558812, voor als het terugkomt. Mag ik je geboortedatum voor het dossier?
Klant: 11 mei 1984
Thijs: En een telefoonnummer waarop de monteur je kan bereiken?
Klant: 053 480 22 61 of mobiel 06 44 18 73 09
Thijs: Perfect. Je krijgt een mailtje op rik.vandermeer@example.net als de update klaar is. Fijne avond!""", [
    N("Thijs"),
    P("rvdmeer84", "username"),
    N("Rik van der Meer"),
    P("Zonnebloemweg 77, 7543 PJ Enschede", "address", "Zonnebloemweg 77", "7543 PJ"),
    P("203.0.113.57", "ip"),
    P("11 mei 1984", "birth_date"),
    P("053 480 22 61", "phone"),
    P("06 44 18 73 09", "phone"),
    E("rik.vandermeer@example.net"),
], [
    L("Glasvezel Oost", "company"),
    L("21:00", "time"),
    L("1000 Mbit", "product"),
    L("FiberHub 6", "product"),
    L("v3.4.17", "version"),
    L("v3.5.2", "version"),
    L("GO-558812", "ticket_number"),
]))

# 008 travel agency chat, two passengers with passport numbers
RECORDS.append(R("nl-chat-008", """Reisbureau Zonnig – chat
Sharon: Hallo, je spreekt met Sharon! Ik zie dat je vragen hebt over boeking ZNG7K2?
Erwin: Hoi Sharon. Ja, we hebben de reis naar San Sebastián geboekt maar bij het invullen van de paspoortgegevens ging iets mis, de site gaf een foutmelding
Sharon: Dat komt vaker voor, ik vul het graag voor je in. Het gaat om vlucht HV 6145 op 15 juli en 7 nachten in Hotel Maria Cristina, klopt dat?
Erwin: Ja klopt
Sharon: Mag ik van beide reizigers de naam zoals in het paspoort, geboortedatum en paspoortnummer?
Erwin: Erwin de Ruiter, 02-05-1985, NR4HK81T5
Erwin: Manon Visser, 28-09-1987, NT19XPL62
Sharon: Dank je! Ik zie trouwens dat de naam op de boeking "Erwin de Ruyter" is, met een y. Klopt dat?
Erwin: Nee oeps, met ui, graag aanpassen 🙈
Sharon: Is aangepast, kosteloos 😊 Het totaalbedrag blijft € 1.849. Waar mag de bevestiging naartoe?
Erwin: erwinderuiter@example.com
Sharon: En een mobiel nummer voor als er iets met de vlucht is?
Erwin: 06 93 17 44 08
Sharon: Alles staat erin. Je krijgt de tickets uiterlijk 14 dagen voor vertrek. Goede reis alvast!""", [
    N("Sharon"),
    N("Erwin de Ruiter"),
    P("02-05-1985", "birth_date"),
    P("NR4HK81T5", "national_id", check="none", why="Dutch passport document number, no printed check digit"),
    N("Manon Visser"),
    P("28-09-1987", "birth_date"),
    P("NT19XPL62", "national_id", check="none", why="Dutch passport document number, no printed check digit"),
    N("Erwin de Ruyter"),
    E("erwinderuiter@example.com"),
    P("06 93 17 44 08", "phone"),
], [
    L("Reisbureau Zonnig", "company"),
    L("ZNG7K2", "booking_reference"),
    L("HV 6145", "flight_number"),
    L("15 juli", "date"),
    L("7 nachten", "duration"),
    L("Hotel Maria Cristina", "company"),
    L("€ 1.849", "price"),
    L("14 dagen", "duration"),
]))

# 009 school app chat, parent enrolling a child (child's BSN)
RECORDS.append(R("nl-chat-009", """SchoolApp – gesprek met Administratie OBS De Regenboog
Vader van Sem (groep 4): Goedemiddag, we zijn net verhuisd en mijn zoon begint na de zomer bij jullie in groep 5. De juf zei dat ik de gegevens hier kon doorgeven.
Administratie – Jolanda: Welkom! Klopt, dan zet ik alles in ons systeem. Wat is de volledige naam van je zoon?
Vader van Sem (groep 4): Sem Bouwman
Administratie – Jolanda: Geboortedatum en BSN?
Vader van Sem (groep 4): 4 februari 2016, BSN 177778830
Administratie – Jolanda: En jullie nieuwe adres?
Vader van Sem (groep 4): Meidoornhof 12, 3904 KN Veenendaal
Administratie – Jolanda: Wie zijn de contactpersonen voor noodgevallen?
Vader van Sem (groep 4): ik, Martijn Bouwman, 06 18 57 09 42, en zijn moeder Esra Bouwman-Aydın, 06 41 30 92 86
Administratie – Jolanda: Dank je. Naar welk mailadres mogen de nieuwsbrieven?
Vader van Sem (groep 4): martijn.bouwman@example.org
Administratie – Jolanda: Genoteerd. De ouderbijdrage is € 45 per schooljaar, de factuur komt in september. De eerste schooldag is maandag 26 augustus, dan verwachten we Sem om 8:30 bij het hek.
Vader van Sem (groep 4): Super, dank je wel Jolanda!""", [
    N("Sem Bouwman"),
    N("Jolanda"),
    P("4 februari 2016", "birth_date"),
    P("177778830", "national_id", check="bsn"),
    P("Meidoornhof 12, 3904 KN Veenendaal", "address", "Meidoornhof 12", "3904 KN"),
    N("Martijn Bouwman"),
    P("06 18 57 09 42", "phone"),
    N("Esra Bouwman-Aydın"),
    P("06 41 30 92 86", "phone"),
    E("martijn.bouwman@example.org"),
], [
    L("OBS De Regenboog", "company"),
    L("groep 5", "quantity"),
    L("€ 45 per schooljaar", "price"),
    L("september", "date"),
    L("maandag 26 augustus", "date"),
    L("8:30", "time"),
]))

# 010 Flemish Facebook Messenger with a web shop, profile link, BBQ named after a person
RECORDS.append(R("nl-chat-010", """Messenger – Grillshop Vlaanderen
Jonas De Smedt
dag, ik heb vorige week een Weber Q1200 besteld (#BE-40917) maar die is nog altijd niet geleverd 😤
Grillshop Vlaanderen
Dag Jonas! Sorry voor het wachten. Ik kijk het direct na. Kunt ge uw adres en e-mail eens bevestigen? Groetjes, Elke
Jonas De Smedt
Lindenlei 40, 2930 Brasschaat. jonasdesmedt@example.com
Grillshop Vlaanderen
Merci! Ik zie dat bpost het pakket terug naar ons heeft gestuurd omdat het adres onvolledig was, er stond 'Lindenlei' zonder nummer 🙈 Zendingsnummer 3232 1098 4471 0025 5517 90.
Jonas De Smedt
amai. en nu? ik heb al € 279 betaald, van BE98 7596 4713 8293
Grillshop Vlaanderen
Geen zorgen, we versturen hem opnieuw, zonder extra kosten. Hij wordt donderdag geleverd tussen 9u en 13u. Mag de chauffeur u bellen?
Jonas De Smedt
ja 0495 61 08 27. of stuur een bericht naar mijn vrouw via fb, facebook.com/griet.vercammen.3, zij is de hele dag thuis
Grillshop Vlaanderen
Top, ik geef het door. Nog een fijne dag, Jonas 🔥""", [
    N("Jonas De Smedt"),
    N("Elke"),
    P("Lindenlei 40, 2930 Brasschaat", "address", "Lindenlei 40", "2930"),
    E("jonasdesmedt@example.com"),
    P("BE98 7596 4713 8293", "iban", check="iban"),
    P("0495 61 08 27", "phone"),
    P("griet.vercammen.3", "username"),
], [
    L("Grillshop Vlaanderen", "company"),
    L("Weber Q1200", "product"),
    L("#BE-40917", "order_number"),
    L("bpost", "company"),
    L("3232 1098 4471 0025 5517 90", "tracking_number"),
    L("€ 279", "price"),
    L("donderdag", "date"),
    L("tussen 9u en 13u", "time"),
]))
