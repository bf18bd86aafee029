"""Dutch / Flemish call transcripts (12). Written by hand; all personal data made up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import email, handle, la, name, only, pii, rec  # noqa: E402

RECORDS = []

# 001 energy supplier, move house, Agent:/Klant:
RECORDS.append(rec("nl-call-001", """
Agent: Goedemorgen, u spreekt met Daan van Stroomwijzer Energie, waarmee kan ik u helpen?
Klant: Ja, goedemorgen, met Ilse Verhoeven. Ik ga verhuizen en ik wil mijn energiecontract graag meenemen.
Agent: Dat regelen we. Mag ik voor de controle eerst uw postcode en huisnummer?
Klant: 3581 KT, huisnummer 46.
Agent: En uw geboortedatum?
Klant: Twaalf augustus 1984.
Agent: Dank u wel, mevrouw Verhoeven. Ik zie het contract met nummer SWE-2281937. Wat wordt het nieuwe adres?
Klant: Fazantlaan 27 in Driebergen, postcode 3972 BR.
Agent: En per wanneer heeft u de sleutel?
Klant: Per 1 maart. Mijn vriend, Joris Aalbers, komt er ook wonen. Kan hij ook op het contract?
Agent: Hij kan als tweede contractant worden toegevoegd, dan heb ik wel zijn geboortedatum nodig.
Klant: Eh... 3 november 1982.
Agent: Genoteerd. Op het nieuwe adres hoort de aansluiting met EAN-code 871687140002345617 voor stroom. Heeft u bij de oplevering de meterstanden opgeschreven?
Klant: Ja, stroom 04512 en gas 2210,4.
Agent: Mooi. Het termijnbedrag wordt dan € 142 per maand. Wilt u dat van hetzelfde rekeningnummer laten afschrijven?
Klant: Nee, van onze gezamenlijke rekening, dat is NL83 INGB 6763 3606 77.
Agent: Op naam van?
Klant: I. Verhoeven en J. Aalbers.
Agent: Prima. En kunnen we u nog bereiken op 06-41827730?
Klant: Ja, dat klopt.
Agent: Dan stuur ik de bevestiging naar ilse punt verhoeven apenstaartje example punt com, klopt dat nog?
Klant: Ja, dat is goed.
Agent: Dan heeft u binnen vijf werkdagen de bevestiging in uw mail. Kan ik verder nog iets voor u doen?
Klant: Nee, dank u wel. Fijne dag.
""", [
    name("Daan"),
    name("Ilse Verhoeven"),
    pii("postcode", "3581 KT"),
    pii("birth_date", "Twaalf augustus 1984"),
    only("address", "Fazantlaan 27 in Driebergen, postcode 3972 BR", "Fazantlaan 27", "3972 BR"),
    name("Joris Aalbers"),
    pii("birth_date", "3 november 1982"),
    pii("iban", "NL83 INGB 6763 3606 77"),
    pii("phone", "06-41827730"),
    email("ilse punt verhoeven apenstaartje example punt com", "ilse punt verhoeven"),
], [
    la("contract_number", "SWE-2281937"),
    la("ean", "871687140002345617"),
    la("meter_reading", "04512"),
    la("meter_reading", "2210,4"),
    la("date", "1 maart"),
    la("price", "€ 142"),
    la("company_name", "Stroomwijzer Energie"),
    la("quantity", "vijf werkdagen"),
]))

# 002 Flemish telecom, internet outage, Medewerker:/Klant:
RECORDS.append(rec("nl-call-002", """
Medewerker: Goeiendag, Telvia klantendienst, ge spreekt met Jolien. Waarmee kan ik u helpen?
Klant: Ja, goeiendag, 't is Wouter Claes hier. Mijn internet ligt al sinds gisteren plat, en ik werk van thuis, dus da's nie zo handig.
Medewerker: Dat begrijp ik. Mag ik uw klantennummer, of anders uw rijksregisternummer?
Klant: Klantennummer heb ik nie bij de hand. Rijksregisternummer is 79.04.02-501.59.
Medewerker: Merci. En op welk adres is de aansluiting?
Klant: Kapelstraat 14 bus 3, 2580 Putte.
Medewerker: Ik zie het. Op welk nummer kan de technieker u bereiken?
Klant: Op mijn gsm, 0478 36 21 94.
Medewerker: Er is inderdaad een storing in uw straat, die staat geregistreerd onder ticket INC-0047821. Uw modem, is dat nog de Giga Box 3?
Klant: Ja, die zwarte.
Medewerker: Als het vandaag nie opgelost is, kan er een technieker langskomen op dinsdag tussen 8 en 13 uur.
Klant: Dan ben ik zelf op kantoor, maar mijn vrouw is thuis, Nathalie Peeters. Zij is op 0479 52 80 13 bereikbaar.
Medewerker: Dat noteer ik erbij. Voor de onderbreking storten we ook een compensatie van € 12,50 terug. Is uw rekeningnummer nog BE35 9739 7278 4237?
Klant: Ja, dat is die.
Medewerker: En de bevestiging stuur ik naar w punt claes apenstaartje example punt com?
Klant: Ja, correct.
Medewerker: Allez, dan is alles in orde. Nog een fijne dag, meneer Claes.
Klant: Merci, insgelijks.
""", [
    name("Jolien"),
    name("Wouter Claes"),
    pii("national_id", "79.04.02-501.59"),
    only("address", "Kapelstraat 14 bus 3, 2580 Putte", "Kapelstraat 14", "2580"),
    pii("phone", "0478 36 21 94"),
    name("Nathalie Peeters"),
    pii("phone", "0479 52 80 13"),
    pii("iban", "BE35 9739 7278 4237"),
    email("w punt claes apenstaartje example punt com", "w punt claes"),
], [
    la("ticket_number", "INC-0047821"),
    la("product_name", "Giga Box 3"),
    la("time", "tussen 8 en 13 uur"),
    la("price", "€ 12,50"),
    la("company_name", "Telvia"),
    la("date", "dinsdag"),
]))

# 003 bank, stolen debit card, ASR lower case without punctuation, [SPEAKER n]
RECORDS.append(rec("nl-call-003", """
[SPEAKER 1] goedemiddag kustbank u spreekt met mehmet waarmee kan ik u helpen
[SPEAKER 2] ja hallo met eh bram van oosterwijk ik eh mijn pinpas is gestolen denk ik uit mijn jas in de trein
[SPEAKER 1] vervelend om te horen dan gaan we die meteen blokkeren mag ik uw geboortedatum
[SPEAKER 2] zeventien juni negentien vijfennegentig
[SPEAKER 1] en om welke rekening gaat het
[SPEAKER 2] dat is n l zes vier s n s b zeven vijf drie zes zes drie een zes zeven vier
[SPEAKER 1] ik zie hem op naam van b van oosterwijk en wat is uw adres
[SPEAKER 2] populierenlaan achtendertig in zwolle
[SPEAKER 1] en de postcode
[SPEAKER 2] acht nul twee twee e k
[SPEAKER 1] dank u de pas is nu geblokkeerd ik zie wel twee betalingen van vanochtend een van zesentachtig euro vijftig bij een webshop en eentje van twaalf euro bij de kiosk op utrecht centraal herkent u die
[SPEAKER 2] nee die niet ik zat toen gewoon in de trein
[SPEAKER 1] dan zet ik ze in onderzoek uw meldingsnummer is drie acht nul twee vijf vijf
[SPEAKER 2] oke en krijg ik dan een nieuwe pas
[SPEAKER 1] ja die wordt binnen vijf werkdagen naar de populierenlaan gestuurd
[SPEAKER 2] kan die niet naar mijn vriendin lotte in amersfoort ik ben daar de hele week
[SPEAKER 1] dat kan helaas niet hij gaat altijd naar het adres dat bij ons bekend is
[SPEAKER 2] hm oke
[SPEAKER 1] ik stuur de bevestiging van de blokkade naar uw mail is dat nog bram punt v o apenstaartje example punt com
[SPEAKER 2] ja klopt
[SPEAKER 1] en als we vragen hebben over het onderzoek bellen we u op nul zes twee acht vier een nul negen negen zeven
[SPEAKER 2] ja dat is mijn mobiel
[SPEAKER 1] doe ook even aangifte bij de politie dan kan ik verder niks meer voor u doen
[SPEAKER 2] nee dank je wel doei
""", [
    name("mehmet"),
    name("bram van oosterwijk"),
    pii("birth_date", "zeventien juni negentien vijfennegentig"),
    pii("iban", "n l zes vier s n s b zeven vijf drie zes zes drie een zes zeven vier"),
    only("address", "populierenlaan achtendertig in zwolle", "populierenlaan achtendertig"),
    pii("postcode", "acht nul twee twee e k"),
    name("lotte"),
    email("bram punt v o apenstaartje example punt com", "bram punt v o"),
    pii("phone", "nul zes twee acht vier een nul negen negen zeven"),
], [
    la("company_name", "kustbank"),
    la("price", "zesentachtig euro vijftig"),
    la("price", "twaalf euro"),
    la("place_name", "utrecht centraal"),
    la("case_number", "drie acht nul twee vijf vijf"),
    la("quantity", "vijf werkdagen"),
]))

# 004 health insurer, newborn, timestamps
RECORDS.append(rec("nl-call-004", """
[00:00:03] Medewerker: Goedemiddag, Zorgzaam Verzekeringen, u spreekt met Femke.
[00:00:07] Beller: Hallo, met Yasmina El Amrani. Ik wil mijn dochtertje aanmelden, ze is vorige week geboren.
[00:00:12] Medewerker: Gefeliciteerd! Dan heb ik eerst uw eigen gegevens nodig. Wat is uw burgerservicenummer?
[00:00:18] Beller: 603463733.
[00:00:25] Medewerker: En uw geboortedatum?
[00:00:27] Beller: 2 februari 1993.
[00:00:33] Medewerker: Dank u. Ik zie uw polis, polisnummer 40.118.772. Hoe heet uw dochter?
[00:00:38] Beller: Noor. Voluit Noor Amina El Amrani.
[00:00:44] Medewerker: En haar geboortedatum?
[00:00:46] Beller: 9 mei 2024.
[00:00:50] Medewerker: Heeft ze al een BSN van de gemeente gekregen?
[00:00:53] Beller: Ja, dat staat op de brief, even kijken... 762 059 102.
[00:01:04] Medewerker: Dan heb ik haar toegevoegd per geboortedatum. Kinderen zijn gratis meeverzekerd tot hun 18e, en ze krijgt dezelfde aanvullende verzekering, Jong & Gezond Plus.
[00:01:15] Beller: En mijn man, Karim Bouzid, staat die ook bij jullie?
[00:01:19] Medewerker: Dat mag ik u helaas niet vertellen, dat moet hij zelf even navragen.
[00:01:26] Beller: Oké. Kunnen de pasjes naar ons nieuwe adres? We wonen sinds kort op de Hoefsmidstraat 9, 5611 AB Eindhoven.
[00:01:35] Medewerker: Adreswijzigingen krijgen wij normaal automatisch door, maar ik zet het er alvast in. Wilt u de zorgpas ook digitaal in de app?
[00:01:41] Beller: Ja graag. Mijn mobiele nummer is 06 1938 4470.
[00:01:47] Medewerker: Dan ontvangt u binnen 10 werkdagen de zorgpas. De referentie van dit gesprek is 2024-KV-55812.
[00:01:55] Beller: Top, dank u wel.
""", [
    name("Femke"),
    name("Yasmina El Amrani"),
    pii("national_id", "603463733"),
    pii("birth_date", "2 februari 1993"),
    name("Noor Amina El Amrani"),
    pii("birth_date", "9 mei 2024"),
    pii("national_id", "762 059 102"),
    name("Karim Bouzid"),
    only("address", "Hoefsmidstraat 9, 5611 AB Eindhoven", "Hoefsmidstraat 9", "5611 AB"),
    pii("phone", "06 1938 4470"),
], [
    la("company_name", "Zorgzaam Verzekeringen"),
    la("policy_number", "40.118.772"),
    la("product_name", "Jong & Gezond Plus"),
    la("quantity", "10 werkdagen"),
    la("reference", "2024-KV-55812"),
    la("time", "00:01:15"),
]))

# 005 parcel carrier, dash lines
RECORDS.append(rec("nl-call-005", """
- Goedemiddag, klantenservice PakjeKoerier, met Romy.
- Ja hoi, met Hanneke Jacobs. Ik kreeg een melding dat mijn pakket bij de buren is afgeleverd, maar die zeggen dat ze niks hebben.
- Vervelend. Heeft u de trackingcode voor mij?
- Ja, 3SPKR4711902.
- Dank u. Ik zie dat het gisteren om 14:52 is afgegeven op Leeuwerikstraat 11. Uw eigen adres is Leeuwerikstraat 5, 7004 GL Doetinchem?
- Ja, klopt. Op elf wonen de Wientjes, maar die zijn op vakantie.
- Er staat wel een handtekening bij, met de naam Wientjes.
- Dat is raar, Dirk Wientjes zit al twee weken in Spanje.
- Dan ga ik een onderzoek starten. Dat kan tot 5 werkdagen duren. Op welk nummer kan ik u bereiken?
- Thuis op 0314 682 915, of mobiel 06 52 03 47 18.
- En uw e-mailadres?
- hanneke.jacobs@example.com
- Wat zat er in het pakket en wat was de waarde?
- Een koptelefoon, de Sonora QX5, 249 euro, besteld bij Muziekhuis Brugman.
- Dan heeft uw onderzoek nummer OND-88120-NL. Als het pakket niet boven water komt, moet de verkoper het met ons afhandelen, dus neem ook even contact op met de winkel.
- Oké, dat doe ik. Bedankt.
- Graag gedaan, fijne middag nog.
""", [
    name("Romy"),
    name("Hanneke Jacobs"),
    only("address", "Leeuwerikstraat 11", "Leeuwerikstraat 11"),
    only("address", "Leeuwerikstraat 5, 7004 GL Doetinchem", "Leeuwerikstraat 5", "7004 GL"),
    name("Dirk Wientjes"),
    pii("phone", "0314 682 915"),
    pii("phone", "06 52 03 47 18"),
    email("hanneke.jacobs@example.com"),
], [
    la("company_name", "PakjeKoerier"),
    la("tracking_number", "3SPKR4711902"),
    la("time", "14:52"),
    la("product_name", "Sonora QX5"),
    la("price", "249 euro"),
    la("shop_name", "Muziekhuis Brugman"),
    la("case_number", "OND-88120-NL"),
    la("quantity", "5 werkdagen"),
]))

# 006 municipality, parking permit, no speaker labels
RECORDS.append(rec("nl-call-006", """
Goedemorgen, gemeente Zuiderveen, u spreekt met Sander.
Goedemorgen, u spreekt met Marloes Hoekstra. Ik heb een nieuwe auto en ik wil het kenteken op mijn parkeervergunning laten wijzigen.
Dat kan. Weet u het nummer van de vergunning?
Ja, PV-2023-04418.
Dank u. En voor de controle uw geboortedatum en adres?
30 oktober 1976, Kastanjelaan 61.
En de postcode?
1814 HM.
Klopt. Wat was het oude kenteken?
Dat was 54-KTL-7.
En het nieuwe?
S-812-NB. Een elektrische.
Staat die op uw naam?
Nee, op naam van mijn man, Erik-Jan Hoekstra, maar die woont op hetzelfde adres.
Dan heb ik even zijn BSN nodig, om te controleren dat hij op het adres ingeschreven staat.
Moment hoor... 129659459.
Ik heb het gewijzigd, het nieuwe kenteken geldt vanaf 1 juni. De kosten blijven € 96,00 per jaar.
Fijn. En ik wil ook de auto van mijn moeder als bezoeker aanmelden, dat is de 21-LB-PH.
Bezoekers meldt u zelf aan in de app ParkeerZuid, met uw bezoekerstegoed van 40 uur per maand. Dat kan ik helaas niet voor u doen.
O, oké. Kunt u de bevestiging naar marloes.hoekstra@example.net mailen?
Doe ik. En op welk nummer kan ik u bereiken als er iets niet klopt?
06 24 71 90 36.
Dank u wel, dan is het geregeld.
""", [
    name("Sander"),
    name("Marloes Hoekstra"),
    pii("birth_date", "30 oktober 1976"),
    only("address", "Kastanjelaan 61", "Kastanjelaan 61"),
    pii("postcode", "1814 HM"),
    pii("plate", "54-KTL-7"),
    pii("plate", "S-812-NB"),
    name("Erik-Jan Hoekstra"),
    pii("national_id", "129659459"),
    pii("plate", "21-LB-PH"),
    email("marloes.hoekstra@example.net"),
    pii("phone", "06 24 71 90 36"),
], [
    la("reference", "PV-2023-04418"),
    la("date", "1 juni"),
    la("price", "€ 96,00"),
    la("product_name", "ParkeerZuid"),
    la("quantity", "40 uur per maand"),
]))

# 007 GP practice, triage for father
RECORDS.append(rec("nl-call-007", """
Assistente: Huisartsenpraktijk De Brug, met Petra, waarmee kan ik u helpen?
Beller: Hallo, u spreekt met Esra Yıldız. Ik bel voor mijn vader, Mustafa Yıldız. Hij is sinds gisteravond erg benauwd.
Assistente: Ik ga u een paar vragen stellen. Wat is de geboortedatum van uw vader?
Beller: 1 juli 1951.
Assistente: En op welk adres verblijft hij nu?
Beller: Gewoon thuis, Wilhelminastraat 22 in Oosterhout.
Assistente: Heeft hij koorts?
Beller: Vanochtend 38,6. Hij gebruikt ook zijn puffer, salbutamol, maar dat helpt niet echt.
Assistente: Dan wil ik dat de dokter vandaag nog komt kijken. Dokter Van Wijk komt tussen 13:00 en 15:00 uur langs. Kunt u dan bij hem zijn?
Beller: Ja, ik ga er nu heen. Als er iets is, mijn nummer is 06-38 17 45 02.
Assistente: En op welk nummer is uw vader zelf bereikbaar?
Beller: Vaste lijn, 0162 45 81 37. Maar hij neemt niet altijd op, de buurman, meneer Groeneveld, heeft ook een sleutel.
Assistente: Ik zet het erbij. Ik zie dat de recepten altijd naar apotheek De Linde gaan, is dat nog zo?
Beller: Ja, dat klopt.
Assistente: Goed. Als hij blauwe lippen krijgt of erg suf wordt, belt u meteen 112. Niet wachten op de dokter.
Beller: Oké, dank u wel.
""", [
    name("Petra"),
    name("Esra Yıldız"),
    name("Mustafa Yıldız"),
    pii("birth_date", "1 juli 1951"),
    only("address", "Wilhelminastraat 22 in Oosterhout", "Wilhelminastraat 22"),
    name("Van Wijk"),
    pii("phone", "06-38 17 45 02"),
    pii("phone", "0162 45 81 37"),
    name("Groeneveld"),
], [
    la("company_name", "Huisartsenpraktijk De Brug"),
    la("quantity", "38,6"),
    la("product_name", "salbutamol"),
    la("time", "13:00"),
    la("time", "15:00 uur"),
    la("company_name", "apotheek De Linde"),
]))

# 008 Flemish hospital appointment line, A:/B:, national number read out
RECORDS.append(rec("nl-call-008", """
A: Goeiemorgen, AZ Groenhove, afsprakenlijn, ge spreekt met Kenny.
B: Ja, goeiemorgen, ik zou graag een afspraak maken bij de oogarts, voor mijn moeder.
A: Dat kan. Hebt ge haar rijksregisternummer bij?
B: Euh ja, dat is vijf drie, nul zeven, één negen, twee vier zes, vijf vijf.
A: Dan heb ik hier mevrouw Godelieve Van den Bossche?
B: Ja, dat is ze.
A: Woont ze nog in de Dorpsstraat 112 in Herentals?
B: Nee, ze is verhuisd naar een serviceflat, da's nu Hofstraat 8, 2200 Herentals, flat 2.04.
A: Ik pas het aan. En welk telefoonnummer mag ik noteren?
B: Best het mijne, 0496 21 38 70. Ik ben haar dochter, Katrien Van Hoof.
A: Is er een verwijsbrief van de huisarts?
B: Ja, van dokter Wuyts.
A: Goed. Dan heb ik een plaats op dinsdag 14 mei om 10u20 bij dokter Lemmens. Ge moet naar route 42 op het gelijkvloers.
B: Dat past. Moet ze nuchter zijn?
A: Nee, maar ze mag niet zelf rijden, want ze krijgt druppels. Breng haar identiteitskaart mee, de verwijsbrief en haar huidige bril. De parking kost 3 euro 50 voor de eerste twee uur.
B: Oké, merci.
A: Ze krijgt nog een sms-herinnering op uw nummer. Nog een goeie dag.
""", [
    name("Kenny"),
    pii("national_id", "vijf drie, nul zeven, één negen, twee vier zes, vijf vijf"),
    name("Godelieve Van den Bossche"),
    only("address", "Dorpsstraat 112 in Herentals", "Dorpsstraat 112"),
    only("address", "Hofstraat 8, 2200 Herentals, flat 2.04", "Hofstraat 8", "2200"),
    pii("phone", "0496 21 38 70"),
    name("Katrien Van Hoof"),
    name("Wuyts"),
    name("Lemmens"),
], [
    la("company_name", "AZ Groenhove"),
    la("date", "dinsdag 14 mei"),
    la("time", "10u20"),
    la("room_number", "route 42"),
    la("price", "3 euro 50"),
    la("duration", "twee uur"),
]))

# 009 car lease, damage report, Medewerker:/Beller:
RECORDS.append(rec("nl-call-009", """
Medewerker: Goedemiddag, LeaseLijn schadeservice, u spreekt met Ricardo.
Beller: Goedemiddag, met Thijs Kramer. Ik heb een aanrijding gehad met mijn leaseauto.
Medewerker: Vervelend. Is er iemand gewond geraakt?
Beller: Nee, gelukkig niet. Alleen blikschade.
Medewerker: Gelukkig. Wat is het kenteken van uw auto?
Beller: ZK-538-T, een Kia Niro. Contractnummer LC-0091837 als u dat nodig hebt.
Medewerker: Dank u. Voor de verificatie, wat is uw geboortedatum?
Beller: 22 januari 1990.
Medewerker: Wanneer en waar is het gebeurd?
Beller: Vrijdag 12 april, rond half zes, op de rotonde bij het station in Nijmegen. Een andere auto reed achterop.
Medewerker: Heeft u een schadeformulier ingevuld met de tegenpartij?
Beller: Ja. Dat was mevrouw Sevda Aksoy, Kolpingstraat 19, 6521 TD Nijmegen. Haar kenteken is G-477-FB, ze is verzekerd bij Rijnmond Verzekeringen, polisnummer RV 88.231.409.
Medewerker: Heeft u ook haar telefoonnummer?
Beller: Ja, 06 47 19 82 05.
Medewerker: Dan maak ik een schadedossier aan, nummer SCH-24-006117. U kunt de auto laten herstellen bij Autoschade Hendriks, die is bij ons aangesloten. Mag ik uw eigen mobiele nummer?
Beller: 06 11 90 28 64.
Medewerker: En het schadeformulier kunt u scannen en mailen, de bevestiging komt op t.kramer@example.org?
Beller: Ja, dat is mijn werkmail, prima.
Medewerker: Dan is het geregeld. U krijgt binnen twee dagen bericht van de hersteller.
""", [
    name("Ricardo"),
    name("Thijs Kramer"),
    pii("plate", "ZK-538-T"),
    pii("birth_date", "22 januari 1990"),
    name("Sevda Aksoy"),
    only("address", "Kolpingstraat 19, 6521 TD Nijmegen", "Kolpingstraat 19", "6521 TD"),
    pii("plate", "G-477-FB"),
    pii("phone", "06 47 19 82 05"),
    pii("phone", "06 11 90 28 64"),
    email("t.kramer@example.org"),
], [
    la("company_name", "LeaseLijn"),
    la("product_name", "Kia Niro"),
    la("contract_number", "LC-0091837"),
    la("date", "Vrijdag 12 april"),
    la("time", "rond half zes"),
    la("company_name", "Rijnmond Verzekeringen"),
    la("policy_number", "RV 88.231.409"),
    la("claim_number", "SCH-24-006117"),
    la("shop_name", "Autoschade Hendriks"),
]))

# 010 Flemish social housing, leak, name spelled
RECORDS.append(rec("nl-call-010", """
[Medewerker] Woonhaven Leie, goeiemiddag, met Nele.
[Huurder] Ja, dag mevrouw, ik heb waterlast in de badkamer, het komt van boven.
[Medewerker] Oei. Mag ik uw naam?
[Huurder] Lies Vermeersch. Vermeersch met s-c-h op het einde, V-E-R-M-E-E-R-S-C-H.
[Medewerker] En uw geboortedatum, ter controle?
[Huurder] 4 maart 1988.
[Medewerker] Merci. Ik heb u gevonden, huurdersnummer H-204187, Tulpenlaan 37 bus 5, 8500 Kortrijk. Klopt dat?
[Huurder] Ja. Het water druppelt langs de lamp, er staat al 2 cm water in de douchebak. De bovenburen, da's de familie Haddouchi, zijn nie thuis.
[Medewerker] Ik maak een dringende werkbon aan, nummer WO-77310. De loodgieter komt morgen, donderdag, tussen 8 en 12. Zijt ge dan thuis?
[Huurder] Ik moet werken, maar mijn zoon Arne is thuis.
[Medewerker] Goed. Op welk nummer kan de loodgieter bellen?
[Huurder] 0485 77 21 09.
[Medewerker] En uw e-mail, voor de bevestiging?
[Huurder] lies punt vermeersch at example punt com.
[Medewerker] Prima. Zet ondertussen de elektriciteit in de badkamer af, voor de zekerheid.
[Huurder] Oké. En moet ik dat dan zelf betalen? Mijn huur is al 512 euro.
[Medewerker] Nee, als het een lek in de leidingen is, is dat voor de verhuurder. Tot morgen.
""", [
    name("Nele"),
    name("Lies Vermeersch", "V-E-R-M-E-E-R-S-C-H"),
    pii("birth_date", "4 maart 1988"),
    only("address", "Tulpenlaan 37 bus 5, 8500 Kortrijk", "Tulpenlaan 37", "8500"),
    name("Haddouchi"),
    name("Arne"),
    pii("phone", "0485 77 21 09"),
    email("lies punt vermeersch at example punt com", "lies punt vermeersch"),
], [
    la("company_name", "Woonhaven Leie"),
    la("customer_number", "H-204187"),
    la("quantity", "2 cm"),
    la("reference", "WO-77310"),
    la("time", "tussen 8 en 12"),
    la("price", "512 euro"),
]))

# 011 gym cancellation, labels with company name
RECORDS.append(rec("nl-call-011", """
Medewerker FitFabriek: Hoi, je spreekt met Fleur van FitFabriek, waarmee kan ik je helpen?
Klant: Hoi, met Jeroen Smits. Ik wil mijn abonnement opzeggen, ik verhuis naar België.
Medewerker FitFabriek: Jammer! Wat is je lidnummer?
Klant: FF-0018274.
Medewerker FitFabriek: En je geboortedatum en postcode?
Klant: 17-09-1997, en postcode 2512 CH.
Medewerker FitFabriek: Dank je. Je hebt het All-in Flex abonnement van € 34,99 per maand, met een opzegtermijn van één maand. De laatste incasso wordt dan die van 28 maart.
Klant: Oké. Maar ik zie dat jullie deze maand twee keer hebben afgeschreven.
Medewerker FitFabriek: Even kijken... ja, dat klopt, er is een dubbele incasso geweest. Dat storten we terug. Naar welk rekeningnummer?
Klant: NL36 BUNQ 4534 4573 50.
Medewerker FitFabriek: Staat genoteerd. Wat wordt je nieuwe adres, voor de eindafrekening?
Klant: Korte Meer 14, 9000 Gent.
Medewerker FitFabriek: En in de app, wat is je gebruikersnaam daar? Dan sluit ik die ook af.
Klant: jeroen_lifts97.
Medewerker FitFabriek: Top. De bevestiging komt op jeroen.smits@example.com en ik stuur ook een sms naar 06 33 58 20 14.
Klant: Prima, bedankt Fleur.
""", [
    name("Fleur"),
    name("Jeroen Smits"),
    pii("birth_date", "17-09-1997"),
    pii("postcode", "2512 CH"),
    pii("iban", "NL36 BUNQ 4534 4573 50"),
    only("address", "Korte Meer 14, 9000 Gent", "Korte Meer 14", "9000"),
    handle("jeroen_lifts97"),
    email("jeroen.smits@example.com"),
    pii("phone", "06 33 58 20 14"),
], [
    la("customer_number", "FF-0018274"),
    la("product_name", "All-in Flex"),
    la("price", "€ 34,99"),
    la("date", "28 maart"),
    la("duration", "één maand"),
    la("quantity", "twee keer"),
]))

# 012 pet insurance claim, MW:/KL:
RECORDS.append(rec("nl-call-012", """
MW: Goedemorgen, Dierenzeker, u spreekt met Rick.
KL: Goedemorgen, met Anouk Brouwer. Ik heb een declaratie ingediend voor mijn hond, maar ik heb nog niks gehoord.
MW: Dat ga ik voor u na. Wat is uw polisnummer?
KL: DV-3318204.
MW: Dank u. En uw geboortedatum?
KL: 8 december 1985.
MW: Het gaat om Bommel, de labrador?
KL: Ja. Hij had een maagdraaiing, hij is geopereerd bij Dierenkliniek De Hoeve. De factuur was 386,40 euro, factuurnummer F2024-1187.
MW: Ik zie de declaratie. Er ontbrak alleen nog het rekeningnummer voor de uitbetaling.
KL: O, dat is NL07 RABO 0853 3798 36, op naam van mijn vriend, Tim Koopmans.
MW: Het moet op naam van de verzekeringnemer staan, dus op uw naam.
KL: Dan neem ik mijn eigen rekening, NL56 ABNA 5726 7083 47.
MW: Goed. U krijgt € 336,40 uitbetaald, er gaat € 50 eigen risico af. Klopt uw adres nog, postcode 9721 SB?
KL: Ja.
MW: En mailen we naar anoukbrouwer@example.net?
KL: Ja, dat is goed. Of bellen op 06 21 45 70 93.
MW: Dan wordt het binnen vijf werkdagen overgemaakt. Beterschap voor Bommel!
""", [
    name("Rick"),
    name("Anouk Brouwer"),
    pii("birth_date", "8 december 1985"),
    pii("iban", "NL07 RABO 0853 3798 36"),
    name("Tim Koopmans"),
    pii("iban", "NL56 ABNA 5726 7083 47"),
    pii("postcode", "9721 SB"),
    email("anoukbrouwer@example.net"),
    pii("phone", "06 21 45 70 93"),
], [
    la("company_name", "Dierenzeker"),
    la("policy_number", "DV-3318204"),
    la("pet_name", "Bommel"),
    la("company_name", "Dierenkliniek De Hoeve"),
    la("price", "386,40 euro"),
    la("invoice_number", "F2024-1187"),
    la("price", "€ 336,40"),
    la("price", "€ 50"),
]))
