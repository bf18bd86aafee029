from rec import P, L

RECORDS = [
# ---------------------------------------------------------------- 001 energie, verhuizing
{
"id": "nl-call-001", "language": "nl", "channel": "call",
"text": """Agent: Goedemorgen, u spreekt met Romy van Zonnewind Energie, waarmee kan ik u helpen?
Klant: Ja goedemorgen, met Sanne Vermeulen. Ik ga verhuizen en ik wil mijn contract graag meenemen.
Agent: Dat kan. Mag ik eerst uw klantnummer?
Klant: Eh, even kijken... 20418873.
Agent: Dank u wel. En ter controle uw geboortedatum?
Klant: Veertien februari 1986.
Agent: Dat klopt. U woont nu op Beukenstraat 17 in Amersfoort, toch?
Klant: Ja, en per 1 april wordt dat Hofstede 8, 3991 VT Houten.
Agent: Hofstede 8 in Houten, genoteerd. Weet u toevallig de EAN-code van de nieuwe aansluiting?
Klant: Die heeft de makelaar gestuurd, 871687120054339218 voor stroom.
Agent: Top. De meterstand geef ik u straks door via de app. Uw termijnbedrag blijft voorlopig € 142 per maand.
Klant: Prima. En het gaat nog steeds van NL48 ASNB 4731 7914 42 af?
Agent: Ja, de machtiging loopt gewoon door. Op welk nummer kunnen we u bereiken als de monteur komt?
Klant: 06 41 82 27 90.
Agent: En de bevestiging mail ik naar sanne punt vermeulen apenstaartje example punt com?
Klant: Ja, dat is 'm.
Agent: Dan heeft u die binnen een kwartier in uw mailbox. Nog een fijne dag, mevrouw Vermeulen.""",
"planted": [
    P("Romy", "name"),
    P("Sanne Vermeulen", "name"),
    P("Veertien februari 1986", "birth_date"),
    P("Beukenstraat 17", "address"),
    P("Hofstede 8, 3991 VT Houten", "address", mns=["Hofstede 8", "3991 VT"]),
    P("NL48 ASNB 4731 7914 42", "iban"),
    P("06 41 82 27 90", "phone"),
    P("sanne punt vermeulen apenstaartje example punt com", "email", "sanne punt vermeulen"),
],
"lookalikes": [
    L("20418873", "customer_number"),
    L("871687120054339218", "ean"),
    L("1 april", "date"),
    L("€ 142", "price"),
    L("Zonnewind Energie", "company"),
    L("een kwartier", "duration"),
],
},
# ---------------------------------------------------------------- 002 telecom, ASR zonder leestekens
{
"id": "nl-call-002", "language": "nl", "channel": "call",
"text": """goedemiddag u spreekt met daan van belnet mobiel waarmee kan ik u helpen ja hallo met eh marloes bakhuis ik wil graag mijn nummer overzetten van kpn naar jullie ik heb vorige week een sim besteld oké even kijken hoe schrijft u uw achternaam b a k h u i s bakhuis ja ik zie een bestelling staan bestelnummer b m vier vier negen een twee nul klopt dat ja en om welk nummer gaat het nul zes vijftig drieëntwintig achtenveertig eenenzestig oké en ter verificatie uw geboortedatum drie juli negentien tweeënnegentig dank u en het adres is haagweg honderdtwaalf in breda postcode vier acht een een k p ja dat klopt de overzetting staat gepland voor vrijdag de achtste uw bundel is twintig gigabyte voor vijftien euro vijftig per maand o ja en kan de factuur naar een ander mailadres ja natuurlijk welk adres marloes punt bakhuis apenstaartje example punt com met een punt ertussen ja ik pas het aan u krijgt nog een sms met de bevestiging op het nummer dat eindigt op eenenzestig fijne middag nog""",
"planted": [
    P("daan", "name"),
    P("marloes bakhuis", "name", "b a k h u i s"),
    P("nul zes vijftig drieëntwintig achtenveertig eenenzestig", "phone"),
    P("drie juli negentien tweeënnegentig", "birth_date"),
    P("haagweg honderdtwaalf", "address"),
    P("vier acht een een k p", "postcode"),
    P("marloes punt bakhuis apenstaartje example punt com", "email", "marloes punt bakhuis"),
],
"lookalikes": [
    L("b m vier vier negen een twee nul", "order_number"),
    L("vrijdag de achtste", "date"),
    L("twintig gigabyte", "quantity"),
    L("vijftien euro vijftig", "price"),
    L("belnet mobiel", "company"),
    L("kpn", "company"),
],
},
# ---------------------------------------------------------------- 003 gemeente, parkeervergunning
{
"id": "nl-call-003", "language": "nl", "channel": "call",
"text": """[00:00:02] SPEAKER 1: Gemeente Haarlem, goedemiddag, u spreekt met Ilse.
[00:00:05] SPEAKER 2: Ja goedemiddag, met Hüseyin Yıldız. Ik heb een parkeervergunning aangevraagd maar ik hoor niks.
[00:00:11] SPEAKER 1: Vervelend. Hoe schrijft u uw achternaam?
[00:00:14] SPEAKER 2: Y-I-L-D-I-Z, met een i zonder puntje, maar dat maakt jullie systeem er altijd een gewone i van.
[00:00:21] SPEAKER 1: Haha, ja dat klopt. Mag ik uw BSN?
[00:00:24] SPEAKER 2: 225039989.
[00:00:31] SPEAKER 1: En uw geboortedatum?
[00:00:33] SPEAKER 2: 3 september 1975.
[00:00:36] SPEAKER 1: Ik zie de aanvraag, zaaknummer Z-2024-118734. Adres Zijlweg 140, 2013 DK?
[00:00:42] SPEAKER 2: Ja.
[00:00:43] SPEAKER 1: Het kenteken dat ik hier heb is GZX-18-K, een Opel Corsa.
[00:00:48] SPEAKER 2: Nee, die heb ik verkocht. Het moet de nieuwe zijn: 9-TNV-47.
[00:00:53] SPEAKER 1: Negen, T, N, V, zevenenveertig. Dan pas ik het aan. De vergunning kost € 67,50 per kwartaal en gaat in per 1 juni, zone K2.
[00:01:04] SPEAKER 2: Oké. Kunnen jullie me bellen als het rond is? 06 19 28 37 46.
[00:01:09] SPEAKER 1: Of ik mail het, h.yildiz@example.com staat bij ons geregistreerd.
[00:01:13] SPEAKER 2: Mailen is ook goed.""",
"planted": [
    P("Ilse", "name"),
    P("Hüseyin Yıldız", "name", "Y-I-L-D-I-Z"),
    P("225039989", "national_id", check="bsn"),
    P("3 september 1975", "birth_date"),
    P("Zijlweg 140, 2013 DK", "address", mns=["Zijlweg 140", "2013 DK"]),
    P("GZX-18-K", "plate"),
    P("9-TNV-47", "plate", "Negen, T, N, V, zevenenveertig"),
    P("06 19 28 37 46", "phone"),
    P("h.yildiz@example.com", "email"),
],
"lookalikes": [
    L("Z-2024-118734", "case_number"),
    L("Opel Corsa", "vehicle_model"),
    L("€ 67,50", "price"),
    L("1 juni", "date"),
    L("zone K2", "reference"),
    L("00:01:04", "time"),
],
},
# ---------------------------------------------------------------- 004 bank (Vlaanderen), kaart kwijt
{
"id": "nl-call-004", "language": "nl", "channel": "call",
"text": """Medewerker: Goeiendag, Kaartenservice, u spreekt met Jens.
Klant: Ja dag meneer, Els Van den Broeck hier. Ik ben mijn bankkaart kwijt, allee, ik denk dat ze gestolen is op de markt.
Medewerker: Oei, dat is vervelend. Ik ga ze meteen blokkeren. Mag ik uw rijksregisternummer?
Klant: Ja, 79.11.02-820.80.
Medewerker: Dank u. Dus geboren op 2 november 1979?
Klant: Juist.
Medewerker: Het gaat over de kaart gekoppeld aan rekening BE91 5774 6813 8576?
Klant: Ja, dat is mijn zichtrekening.
Medewerker: Hebt ge het kaartnummer toevallig bij de hand?
Klant: Ik heb een oud afschrift... 5575 5300 0839 0619.
Medewerker: Perfect. Die is nu geblokkeerd, om 15u42. Ik zie wel een betaling van € 1.250 bij een elektrozaak vanmorgen, die hebt gij niet gedaan?
Klant: Amai, nee! Zeker niet.
Medewerker: Dan open ik een dossier, nummer DS-77310-B, voor een terugbetaling. De nieuwe kaart sturen we naar Kortrijksesteenweg 412, 9000 Gent, klopt dat nog?
Klant: Ja, dat klopt.
Medewerker: En uw gsm-nummer voor de Payconiq-activatie?
Klant: Nul vier zevenenzeventig, drieënzestig, eenentwintig, nul negen. Dus 0477 63 21 09.
Medewerker: Goed. Ge krijgt de kaart binnen vijf werkdagen. Nog een goede dag, mevrouw Van den Broeck.""",
"planted": [
    P("Jens", "name"),
    P("Els Van den Broeck", "name"),
    P("79.11.02-820.80", "national_id", check="rrn"),
    P("2 november 1979", "birth_date"),
    P("BE91 5774 6813 8576", "iban"),
    P("5575 5300 0839 0619", "card"),
    P("Kortrijksesteenweg 412, 9000 Gent", "address", mns=["Kortrijksesteenweg 412", "9000"]),
    P("0477 63 21 09", "phone", "Nul vier zevenenzeventig, drieënzestig, eenentwintig, nul negen"),
],
"lookalikes": [
    L("15u42", "time"),
    L("€ 1.250", "price"),
    L("DS-77310-B", "case_number"),
    L("Payconiq", "product"),
    L("vijf werkdagen", "duration"),
],
},
# ---------------------------------------------------------------- 005 huisarts, geen labels, streepjes
{
"id": "nl-call-005", "language": "nl", "channel": "call",
"text": """– Huisartsenpraktijk De Linde, met Fatima, goedemorgen.
– Goedemorgen, u spreekt met Joost Brouwer. Ik bel voor mijn dochter, ze heeft al drie dagen koorts.
– Wat is de naam en de geboortedatum van uw dochter?
– Lieke Brouwer, 4 mei 2017.
– Even zoeken... Ik heb een Lieke Brouwer op Meidoornlaan 6 in Zeist, klopt dat?
– Ja, dat klopt.
– Hoe hoog is de koorts?
– Vanochtend 38,9 graden. Ze krijgt paracetamol 240 mg zetpillen.
– Oké. Ze staat nog niet helemaal goed in ons systeem, ik mis haar BSN.
– Dat is 568127389.
– Dank u. Dokter Bosman heeft om 10.40 uur nog een plekje. Lukt dat?
– Ja, dat lukt.
– Mocht er iets veranderen, op welk nummer kan ik u bellen?
– Op mijn mobiel, 06 27 50 81 44.
– Prima. Neem het gele boekje mee als ze nog vaccinaties heeft gehad bij het consultatiebureau. Tot straks.""",
"planted": [
    P("Fatima", "name"),
    P("Joost Brouwer", "name"),
    P("Lieke Brouwer", "name"),
    P("4 mei 2017", "birth_date"),
    P("Meidoornlaan 6", "address"),
    P("568127389", "national_id", check="bsn"),
    P("Bosman", "name"),
    P("06 27 50 81 44", "phone"),
],
"lookalikes": [
    L("Huisartsenpraktijk De Linde", "company"),
    L("38,9 graden", "quantity"),
    L("paracetamol 240 mg", "product"),
    L("10.40 uur", "time"),
    L("drie dagen", "duration"),
],
},
# ---------------------------------------------------------------- 006 autoverzekering, schademelding
{
"id": "nl-call-006", "language": "nl", "channel": "call",
"text": """MEDEWERKER: Schadeservice, goedemiddag, u spreekt met Mirjam.
KLANT: Hoi, met Rachid El Amrani. Ik heb vanochtend een aanrijding gehad en ik wil dat melden.
MEDEWERKER: Wat vervelend. Is iedereen in orde?
KLANT: Ja gelukkig wel, alleen blikschade.
MEDEWERKER: Mag ik uw polisnummer?
KLANT: AV-3092871.
MEDEWERKER: Dank u. Dat is de Toyota Yaris met kenteken J-254-RX?
KLANT: Ja. Om kwart over acht, op de rotonde. De andere partij reed achterop, een mevrouw, Wendy Schouten.
MEDEWERKER: Heeft u haar kenteken?
KLANT: 5-TXK-82. En haar telefoonnummer, 06 55 01 93 27. We hebben een Europees schadeformulier ingevuld.
MEDEWERKER: Heel goed. Ik maak een schadedossier aan: SCH24-004512. Wilt u het formulier en foto's mailen?
KLANT: Ja. Kunnen jullie het bevestigen op r.elamrani@example.com?
MEDEWERKER: Zeker. U bent allrisk verzekerd met een eigen risico van 250 euro. Heeft u al een herstelbedrijf?
KLANT: Nee, nog niet.
MEDEWERKER: Dan verwijs ik u naar Autoschade Centrum Noord. Als de tegenpartij aansprakelijk is, keren we het eigen risico terug op uw rekening, NL47 ABNA 4966 8896 61, klopt dat nog?
KLANT: Ja, klopt.""",
"planted": [
    P("Mirjam", "name"),
    P("Rachid El Amrani", "name"),
    P("J-254-RX", "plate"),
    P("Wendy Schouten", "name"),
    P("5-TXK-82", "plate"),
    P("06 55 01 93 27", "phone"),
    P("r.elamrani@example.com", "email"),
    P("NL47 ABNA 4966 8896 61", "iban"),
],
"lookalikes": [
    L("AV-3092871", "policy_number"),
    L("Toyota Yaris", "vehicle_model"),
    L("kwart over acht", "time"),
    L("SCH24-004512", "claim_number"),
    L("250 euro", "price"),
    L("Autoschade Centrum Noord", "company"),
],
},
# ---------------------------------------------------------------- 007 webshop, retour
{
"id": "nl-call-007", "language": "nl", "channel": "call",
"text": """[00:00:03] Medewerker: Goedemiddag, klantenservice Huis & Haard Online, met Bas.
[00:00:07] Klant: Ja hallo, u spreekt met Tom Hendriks. Ik heb twee weken terug een koffiezetapparaat besteld, een Senseo Switch, maar die lekt.
[00:00:15] Medewerker: Oei. Heeft u het bestelnummer voor me?
[00:00:18] Klant: 1004-558-217.
[00:00:24] Medewerker: Ik zie 'm. Besteld op 22 februari, 2 stuks?
[00:00:27] Klant: Ja, eentje was voor mijn vrouw, Annelies, op haar werk. Die doet het wel.
[00:00:33] Medewerker: Dan retourneren we er één. U krijgt € 89,99 terug. U heeft achteraf betaald, dus dat storten we op uw rekening. Welk rekeningnummer?
[00:00:42] Klant: NL57 BUNQ 8577 6266 86.
[00:00:48] Medewerker: En het retourlabel stuur ik naar...
[00:00:50] Klant: tom streepje hendriks apenstaartje example punt com.
[00:00:55] Medewerker: Tom streepje Hendriks, top. De koerier haalt het op bij Nieuwstraat 9, 7411 LH Deventer?
[00:01:01] Klant: Ja. Belt hij vooraf? Mijn nummer is 0570 612 488.
[00:01:05] Medewerker: Hij stuurt een sms met een tijdvak. Uw retourzending heeft trackingcode 3SKAD0041928377.""",
"planted": [
    P("Bas", "name"),
    P("Tom Hendriks", "name"),
    P("Annelies", "name"),
    P("NL57 BUNQ 8577 6266 86", "iban"),
    P("tom streepje hendriks apenstaartje example punt com", "email", "tom streepje hendriks", "Tom streepje Hendriks"),
    P("Nieuwstraat 9, 7411 LH Deventer", "address", mns=["Nieuwstraat 9", "7411 LH"]),
    P("0570 612 488", "phone"),
],
"lookalikes": [
    L("Senseo Switch", "product"),
    L("1004-558-217", "order_number"),
    L("22 februari", "date"),
    L("2 stuks", "quantity"),
    L("€ 89,99", "price"),
    L("3SKAD0041928377", "tracking_number"),
    L("Huis & Haard Online", "company"),
],
},
# ---------------------------------------------------------------- 008 pakjesdienst (Vlaanderen)
{
"id": "nl-call-008", "language": "nl", "channel": "call",
"text": """Operator: Goeiemiddag, klantendienst Pakjespunt Vlaanderen, met Nathalie.
Beller: Ja, goeiemiddag, hier is Pieter-Jan De Smedt. Mijn pakje van Torfs staat al drie dagen op "in levering" en ik heb niks gekregen.
Operator: Hebt ge de trackingcode?
Beller: CD492817365BE.
Operator: Hmm, volgens de scan is het gisteren om 11u03 afgeleverd bij de buren.
Beller: Bij welke buren dan?
Operator: Er staat "mevr. Peeters, nr. 235".
Beller: Die woont daar al lang niet meer! Ik woon op Turnhoutsebaan 233 bus 4, 2140 Borgerhout.
Operator: Ik versta het. Hoe schrijft ge de familienaam?
Beller: D-E-S-M-E-D-T, aan elkaar, met een hoofdletter D.
Operator: Ik start een onderzoek op, referentie ON-2024-55612. Kunnen we u bereiken op het nummer waarmee ge nu belt?
Beller: Ja, 0495 27 81 63. Of mail naar pj.desmedt@example.com.
Operator: En als we het terugvinden, wilt ge het op uw werk laten leveren?
Beller: Ja, graag: Noorderlaan 147, 2030 Antwerpen, tussen 9u en 17u.
Operator: Noteer ik. Het ging om 1 pakje van 2,4 kg, klopt dat?
Beller: Ja, een paar wandelschoenen.""",
"planted": [
    P("Nathalie", "name"),
    P("Pieter-Jan De Smedt", "name", "D-E-S-M-E-D-T"),
    P("Peeters", "name"),
    P("Turnhoutsebaan 233 bus 4, 2140 Borgerhout", "address", mns=["Turnhoutsebaan 233 bus 4", "2140"]),
    P("0495 27 81 63", "phone"),
    P("pj.desmedt@example.com", "email"),
    P("Noorderlaan 147, 2030 Antwerpen", "address", mns=["Noorderlaan 147", "2030"]),
],
"lookalikes": [
    L("Torfs", "company"),
    L("CD492817365BE", "tracking_number"),
    L("11u03", "time"),
    L("ON-2024-55612", "case_number"),
    L("2,4 kg", "quantity"),
    L("tussen 9u en 17u", "time"),
],
},
# ---------------------------------------------------------------- 009 woningcorporatie, lekkage
{
"id": "nl-call-009", "language": "nl", "channel": "call",
"text": """Woonstichting: Woonstichting Het Noorden, reparatieverzoeken, u spreekt met Wouter.
Huurder: Ja, goedemorgen, met mevrouw Postma. Gerda Postma.
Woonstichting: Goedemorgen mevrouw Postma, waar gaat het om?
Huurder: Er lekt water door het plafond van de badkamer. Ik denk dat het van boven komt, van meneer Kuipers.
Woonstichting: Welk adres is het?
Huurder: Esdoornstraat 44, 9744 CB Groningen.
Woonstichting: Ter controle, uw geboortedatum?
Huurder: 12-10-1948.
Woonstichting: Dank u. Ik maak een spoedwerkorder aan, WO-778120. Installatiebedrijf Hofman komt woensdag 20 maart tussen 8 en 12 uur.
Huurder: Kan het niet eerder? Het drupt echt.
Woonstichting: Ik zet hem op spoed, dan bellen ze u vandaag nog. Op welk nummer?
Huurder: Thuis, 050 318 27 46. En anders mijn zoon Erik, die regelt het meestal, 06 38 44 10 92.
Woonstichting: En een e-mailadres voor de bevestiging?
Huurder: Dat van Erik maar: erik.postma@example.net.
Woonstichting: Dat heb ik. Uw huurcontract HC-0099817 valt gewoon onder de reparatieservice, dus er zijn geen kosten voor u.""",
"planted": [
    P("Wouter", "name"),
    P("Gerda Postma", "name"),
    P("Kuipers", "name"),
    P("Esdoornstraat 44, 9744 CB Groningen", "address", mns=["Esdoornstraat 44", "9744 CB"]),
    P("12-10-1948", "birth_date"),
    P("050 318 27 46", "phone"),
    P("Erik", "name"),
    P("06 38 44 10 92", "phone"),
    P("erik.postma@example.net", "email"),
],
"lookalikes": [
    L("Woonstichting Het Noorden", "company"),
    L("WO-778120", "ticket_number"),
    L("Installatiebedrijf Hofman", "company"),
    L("woensdag 20 maart", "date"),
    L("tussen 8 en 12 uur", "time"),
    L("HC-0099817", "contract_number"),
],
},
# ---------------------------------------------------------------- 010 sportschool, opzeggen
{
"id": "nl-call-010", "language": "nl", "channel": "call",
"text": """A: FitFabriek, je spreekt met Noor!
B: Hé, met Lars. Lars Dekker. Ik wil mijn abonnement opzeggen, ik ga verhuizen naar het buitenland.
A: Ah, jammer! Heb je je lidnummer?
B: SF-448120.
A: Top. En je geboortedatum?
B: 23-09-1999.
A: Je hebt het All-In Flex abonnement van € 34,95 per maand. De opzegtermijn is een maand, dus de laatste incasso is op 31 mei.
B: Oké. Het geld gaat nu van mijn oude rekening af, maar kun je het restant van mijn tegoed storten op mijn nieuwe rekening?
A: Tuurlijk. Zeg maar.
B: NL zevenenvijftig, BUNQ, acht vijf zeven zeven, zes twee zes zes, acht zes.
A: Genoteerd. En je krijgt een bevestiging op lars.dekker99@example.com?
B: Ja. O, en in de app heet ik larsliftsheavy, kan dat account ook weg?
A: Dat verwijderen we automatisch na 30 dagen. Nog een telefoonnummer voor als er iets is?
B: 06 12 90 44 73.
A: Dan is alles geregeld. Succes in het buitenland!""",
"planted": [
    P("Noor", "name"),
    P("Lars Dekker", "name"),
    P("23-09-1999", "birth_date"),
    P("NL zevenenvijftig, BUNQ, acht vijf zeven zeven, zes twee zes zes, acht zes", "iban", canon="NL57BUNQ8577626686"),
    P("lars.dekker99@example.com", "email"),
    P("larsliftsheavy", "username"),
    P("06 12 90 44 73", "phone"),
],
"lookalikes": [
    L("FitFabriek", "company"),
    L("SF-448120", "customer_number"),
    L("All-In Flex", "product"),
    L("€ 34,95", "price"),
    L("31 mei", "date"),
    L("30 dagen", "duration"),
],
},
# ---------------------------------------------------------------- 011 salarisadministratie
{
"id": "nl-call-011", "language": "nl", "channel": "call",
"text": """Servicedesk: Servicedesk HR en salaris, goedemiddag, met Dennis.
Werknemer: Hallo, met Priya Ramdin, ik werk bij Schoonmaakbedrijf Van Vliet. Mijn loonstrook van maart klopt niet.
Servicedesk: Vervelend. Ik moet u eerst even identificeren. Wat is uw BSN?
Werknemer: Een vier zeven acht negen drie twee acht acht.
Servicedesk: En uw geboortedatum?
Werknemer: 9 januari 1991.
Servicedesk: Dank u. Wat klopt er niet?
Werknemer: Ik krijg € 2.318,40 netto, maar mijn reiskosten staan er niet op. En het salaris is op mijn oude rekening gestort, terwijl ik vorige maand NL94 ASNB 0944 7879 09 heb doorgegeven.
Servicedesk: Ik zie de wijziging binnengekomen op 25 april, net na de verwerking van periode 4. Ik maak een melding, INC-0045521.
Werknemer: En mijn nieuwe adres staat er ook nog niet op. Laan van Meerdervoort 1020, 2564 AZ Den Haag.
Servicedesk: Dat zet ik er gelijk in. Telefoonnummer nog steeds 06 83 27 15 40?
Werknemer: Ja.
Servicedesk: En ik stuur de gecorrigeerde strook naar priya.ramdin@example.org. In versie 3.2 van de app kunt u hem ook downloaden.""",
"planted": [
    P("Dennis", "name"),
    P("Priya Ramdin", "name"),
    P("Een vier zeven acht negen drie twee acht acht", "national_id", check="bsn"),
    P("9 januari 1991", "birth_date"),
    P("NL94 ASNB 0944 7879 09", "iban"),
    P("Laan van Meerdervoort 1020, 2564 AZ Den Haag", "address", mns=["Laan van Meerdervoort 1020", "2564 AZ"]),
    P("06 83 27 15 40", "phone"),
    P("priya.ramdin@example.org", "email"),
],
"lookalikes": [
    L("Schoonmaakbedrijf Van Vliet", "company"),
    L("€ 2.318,40", "amount"),
    L("25 april", "date"),
    L("periode 4", "reference"),
    L("INC-0045521", "ticket_number"),
    L("versie 3.2", "version"),
],
},
# ---------------------------------------------------------------- 012 school (Vlaanderen), inschrijving
{
"id": "nl-call-012", "language": "nl", "channel": "call",
"text": """SECRETARIAAT: Sint-Jozefscollege, goeiemorgen, Hilde aan de lijn.
OUDER: Goeiemorgen, ik ben Kathleen Goossens, de mama van Mathis Vermeiren. Ik bel voor de inschrijving in het vierde leerjaar.
SECRETARIAAT: Ah ja. Ik heb nog een paar gegevens nodig. Het rijksregisternummer van Mathis?
OUDER: Dat staat op zijn kids-ID... 15.05.19-259.35.
SECRETARIAAT: Dus geboren op 19 mei 2015. En het adres?
OUDER: Diestsestraat 88, 3000 Leuven.
SECRETARIAAT: Dank u. Wie mogen we contacteren in geval van nood?
OUDER: Mij, op 0486 12 70 35, en anders zijn papa, Bart Vermeiren, 0472 90 18 64.
SECRETARIAAT: En een mailadres voor Smartschool?
OUDER: kathleen.goossens@example.com.
SECRETARIAAT: Goed. Hij komt in klas 4B. De schooldag begint om 8u25. De bosklassen in mei kosten € 95, dat komt op de eerste schoolrekening.
OUDER: Prima. Start hij op 1 september?
SECRETARIAAT: Ja, dan verwachten we hem.""",
"planted": [
    P("Hilde", "name"),
    P("Kathleen Goossens", "name"),
    P("Mathis Vermeiren", "name"),
    P("15.05.19-259.35", "national_id", check="rrn"),
    P("19 mei 2015", "birth_date"),
    P("Diestsestraat 88, 3000 Leuven", "address", mns=["Diestsestraat 88", "3000"]),
    P("0486 12 70 35", "phone"),
    P("Bart Vermeiren", "name"),
    P("0472 90 18 64", "phone"),
    P("kathleen.goossens@example.com", "email"),
],
"lookalikes": [
    L("Sint-Jozefscollege", "company"),
    L("Smartschool", "product"),
    L("klas 4B", "reference"),
    L("8u25", "time"),
    L("€ 95", "price"),
    L("1 september", "date"),
],
},
]
