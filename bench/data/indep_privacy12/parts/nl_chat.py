from _common import R, N, E, P, L

RECORDS = []

RECORDS += [
R("nl-chat-001", """
[Chatbot Kiki] Hoi! Ik ben Kiki, de digitale assistent van Wonenshop 🛋️ Waar kan ik je mee helpen?
[Jij] adres wijzigen bestelling
[Chatbot Kiki] Ik verbind je door met een collega. Een ogenblik geduld...
[Naomi | Wonenshop] Hoi, je spreekt met Naomi! Om welke bestelling gaat het?
[Jij] hoi naomi, WS-2024-0611-8873. de bank Lissabon 3-zits en de eettafel Jorrit 220 cm
[Naomi | Wonenshop] Ik zie hem. Op welke naam staat de bestelling?
[Jij] tessa jacobs, account tessa_j93
[Naomi | Wonenshop] Dank je Tessa. Nu staat als bezorgadres Vondellaan 33, 2332 AA Leiden. Wat wordt het nieuwe adres?
[Jij] we verhuizen eerder dan gepland, nieuwe adres is rijnsburgerweg 151a, 2334 bx leiden. de bezorging staat op woensdag 19 juni tussen 12:00 en 16:00, blijft dat zo?
[Naomi | Wonenshop] Dat blijft gewoon staan. Wil je de wijziging nog even bevestigen met het telefoonnummer op je account?
[Jij] 06 24 55 81 39
[Naomi | Wonenshop] Top, ik heb het aangepast. De chauffeurs bellen 30 min van tevoren. Het totaalbedrag van € 1.299 blijft gelijk.
[Jij] super. kan de bevestiging naar tess.jacobs@gmail.com? ik kom niet meer in mn oude hotmail
[Naomi | Wonenshop] Gewijzigd! Nog één ding: is er een lift aanwezig?
[Jij] ja lift is er, 2e verdieping. vraag anders naar mijn vriend mehmet, die is er die dag ook
[Naomi | Wonenshop] Genoteerd! Fijne dag nog 🙂
""", [
    N("Naomi", "naomi"),
    N("tessa jacobs", "Tessa"),
    P("tessa_j93", "username"),
    P("Vondellaan 33", "address"),
    P("2332 AA", "postcode"),
    P("rijnsburgerweg 151a", "address"),
    P("2334 bx", "postcode"),
    P("06 24 55 81 39", "phone"),
    E("tess.jacobs@gmail.com"),
    N("mehmet"),
], [
    L("Kiki", "bot_name"),
    L("WS-2024-0611-8873", "order_number"),
    L("bank Lissabon 3-zits", "product"),
    L("eettafel Jorrit 220 cm", "product"),
    L("woensdag 19 juni tussen 12:00 en 16:00", "delivery_slot"),
    L("30 min", "duration"),
    L("€ 1.299", "amount"),
    L("2e verdieping", "floor"),
]),

R("nl-chat-002", """
WhatsApp-chat met Bart Verhoeven (+31 6 17 44 30 18)
[12-06-24 08:14] Bart Verhoeven: goedemorgen! mn fiets is gisteren gejat bij het station 😩
[12-06-24 08:16] Trapkracht: Hoi Bart, wat balen! Ik ben Mirte van Trapkracht. Heb je al aangifte gedaan bij de politie?
[12-06-24 08:17] Bart Verhoeven: ja gisteravond online. nummer PL1300-2024178823
[12-06-24 08:18] Trapkracht: Top. Kun je je lidnummer sturen en het framenummer als je het hebt?
[12-06-24 08:20] Bart Verhoeven: lidnr 5508124, framenummer staat op het contract: WTK24118390L
[12-06-24 08:22] Trapkracht: Dank je! Je hebt een Trapkracht Original 2 met diefstaldekking, je eigen risico is €40. Op welk adres mogen we de vervangende fiets brengen?
[12-06-24 08:25] Bart Verhoeven: Sumatrastraat 212-3, 1094 NV. wel 3 hoog dus bel even aan. mijn huisgenote Lisa van Dam kan m ook aannemen
[12-06-24 08:26] Trapkracht: Genoteerd. Monteur Kevin komt vrijdag tussen 17:00 en 19:00. Het eigen risico schrijven we af van je rekening, klopt NL20 TRIO 5710 9052 33 nog?
[12-06-24 08:27] Bart Verhoeven: ja klopt
[12-06-24 08:27] Bart Verhoeven: oh en dit is mn werktelefoon. mijn eigen nummer is 06 41 92 07 55
[12-06-24 08:29] Trapkracht: Aangepast 👍 Wil je de sleutel van de oude fiets (sleutelnummer 118) terugsturen? Of gooi m in de brievenbus bij de winkel op de Javastraat.
[12-06-24 08:30] Bart Verhoeven: doe ik. tnx Mirte!
""", [
    N("Bart Verhoeven"),
    P("+31 6 17 44 30 18", "phone"),
    N("Mirte"),
    P("Sumatrastraat 212-3", "address"),
    P("1094 NV", "postcode"),
    N("Lisa van Dam"),
    N("Kevin"),
    P("NL20 TRIO 5710 9052 33", "iban"),
    P("06 41 92 07 55", "phone"),
], [
    L("PL1300-2024178823", "police_report_number"),
    L("5508124", "member_number"),
    L("WTK24118390L", "frame_number"),
    L("Trapkracht Original 2", "product"),
    L("€40", "amount"),
    L("vrijdag tussen 17:00 en 19:00", "appointment"),
    L("sleutelnummer 118", "key_number"),
    L("winkel op de Javastraat", "shop_location"),
]),

R("nl-chat-003", """
Medewerker (Joost) 14:02: Goedemiddag, je chat met Joost van Bank Hollandia. Waarmee kan ik helpen?
Klant 14:03: Hallo Joost, ik wil een jeugdrekening openen voor mijn dochter, kan dat via de chat?
Medewerker (Joost) 14:03: Dat kan grotendeels. Ben je zelf al klant bij ons?
Klant 14:04: Ja, op naam van A.M. Dijkstra. Annemarie dus.
Klant 14:05: mijn creditcard is 4265 4295 2651 3711 als je die nodig hebt
Medewerker (Joost) 14:05: Dank je, maar let op: deel nooit je volledige kaartnummer in een chat! Ik heb het bericht laten maskeren. Voor het openen heb ik de naam, geboortedatum en het BSN van je dochter nodig.
Klant 14:07: Noor Dijkstra, geboren 03-09-2012, bsn 609162020
Medewerker (Joost) 14:08: Dank je. Welk product wil je? De Jeugdrekening is gratis tot 18 jaar, daarnaast kun je een Spaarrekening Plus openen met 1,75% rente.
Klant 14:09: allebei graag. en koppel de spaarrekening aan mijn eigen rekening NL95 ASNB 7259 5090 37
Medewerker (Joost) 14:10: Dat is een rekening bij een andere bank, dat kan als tegenrekening. Er volgt wel een eenmalige controle via een overboeking van € 0,01.
Klant 14:11: prima
Medewerker (Joost) 14:11: Op welk e-mailadres wil je de contractstukken ontvangen? En je mobiele nummer voor de bevestigingscode?
Klant 14:12: annemarie.dijkstra@kpnplanet.nl en 06-50 33 71 92
Medewerker (Joost) 14:13: Top. Je ontvangt binnen 10 minuten een link om te ondertekenen. Referentie van dit gesprek: CHT-449102.
Klant 14:13: dankjewel!
""", [
    N("Joost"),
    N("A.M. Dijkstra"),
    N("Annemarie"),
    P("4265 4295 2651 3711", "card"),
    N("Noor Dijkstra"),
    P("03-09-2012", "birth_date"),
    P("609162020", "national_id", check="bsn"),
    P("NL95 ASNB 7259 5090 37", "iban"),
    E("annemarie.dijkstra@kpnplanet.nl"),
    P("06-50 33 71 92", "phone"),
], [
    L("Bank Hollandia", "company"),
    L("Jeugdrekening", "product"),
    L("tot 18 jaar", "age_limit"),
    L("Spaarrekening Plus", "product"),
    L("1,75%", "interest_rate"),
    L("€ 0,01", "amount"),
    L("10 minuten", "duration"),
    L("CHT-449102", "reference"),
]),

R("nl-chat-004", """
Bezoeker (Marleen Goossens): Dag, ik heb de getuigschriften van de kinesist binnengebracht maar nog geen terugbetaling gekregen
Elke (Zorgsaam): Goeiedag! Ik ben Elke. Mag ik voor de zekerheid uw rijksregisternummer?
Bezoeker (Marleen Goossens): 62.11.04-152.40
Elke (Zorgsaam): Dank u, mevrouw Goossens. Ik zie 9 beurten kinesitherapie bij Hanne Wouters, nomenclatuurcode 560011. Die zijn goedgekeurd op 3 juni.
Bezoeker (Marleen Goossens): ja maar er is niks op mijn rekening gekomen. BE23 1294 5067 0491
Elke (Zorgsaam): Ik zie dat we betaald hebben op een ouder rekeningnummer, BE91 6194 0403 2176. Is dat nog van u?
Bezoeker (Marleen Goossens): oei dat is de rekening van mijn ex-man, Luc Janssens. die gebruik ik al lang niet meer!!
Elke (Zorgsaam): Vervelend. Ik pas het rekeningnummer aan. Voor het terugvorderen moet u een formulier invullen; ik stuur dat naar uw adres, nog steeds Lange Kievitstraat 88 bus 12, 2018 Antwerpen?
Bezoeker (Marleen Goossens): jaja
Elke (Zorgsaam): Het bedrag is € 27,53 per beurt, min het remgeld. Ik maak een dossier aan: TB-24-099812.
Bezoeker (Marleen Goossens): ok. kunnen jullie me mailen op marleen.goossens@proximus.be of bellen op 0486 72 19 45
Elke (Zorgsaam): Ik noteer het. Nog een fijne dag!
""", [
    N("Marleen Goossens"),
    N("Elke"),
    P("62.11.04-152.40", "national_id", check="rrn"),
    N("Hanne Wouters"),
    P("BE23 1294 5067 0491", "iban"),
    P("BE91 6194 0403 2176", "iban"),
    N("Luc Janssens"),
    P("Lange Kievitstraat 88 bus 12", "address"),
    P("2018", "postcode"),
    E("marleen.goossens@proximus.be"),
    P("0486 72 19 45", "phone"),
], [
    L("Zorgsaam", "company"),
    L("9 beurten", "quantity"),
    L("560011", "nomenclature_code"),
    L("3 juni", "date"),
    L("€ 27,53 per beurt", "amount"),
    L("remgeld", "term"),
    L("TB-24-099812", "case_number"),
]),

R("nl-chat-005", """
PakketPunt Assistent: Welkom! Vul je trackingcode in.
Klant: 3SPKP9917734550
PakketPunt Assistent: Bedankt. Vul ter controle je postcode en huisnummer in.
Klant: 3062gm 41
PakketPunt Assistent: Je pakket van Van Dalen Mode wordt vandaag bezorgd tussen 14:25 en 16:25.
Klant: ik ben niet thuis. kan het naar de buren
PakketPunt Assistent: Je kunt kiezen: (1) Bezorgen bij de buren (2) Afhalen bij een PakketPunt (3) Andere dag
Klant: 1
PakketPunt Assistent: Bij welk huisnummer?
Klant: 43, mw. de Bruijn
PakketPunt Assistent: Ik heb het doorgegeven. Kan ik nog iets voor je doen?
Klant: ja ik wil een mens spreken er is nog een ander pakket zoek
Medewerker Sven: Hoi, met Sven. Welk pakket mis je?
Klant: die had 3SPKP9920018832 ofzo. van een verkoper op marktplaats, afzender was Pieter-Bas Kwakman
Medewerker Sven: Op welke naam en welk adres moest het bezorgd worden?
Klant: Wessel Brink, Kralingse Plaslaan 41
Medewerker Sven: Dat verklaart het: de afzender heeft geen postcode ingevuld, dus het pakket gaat retour. Dat duurt 2-5 werkdagen. Daarna kan de verkoper het opnieuw versturen, dat kost hem weer € 6,95.
Klant: pff. kun je me een mail sturen als het retour is? w.brink@hotmail.com of sms naar +31687234410
Medewerker Sven: Ik heb een melding aangemaakt. Sorry voor het gedoe!
""", [
    P("3062gm", "postcode"),
    N("mw. de Bruijn"),
    N("Sven"),
    N("Pieter-Bas Kwakman"),
    N("Wessel Brink"),
    P("Kralingse Plaslaan 41", "address"),
    E("w.brink@hotmail.com"),
    P("+31687234410", "phone"),
], [
    L("3SPKP9917734550", "tracking_number"),
    L("Van Dalen Mode", "company"),
    L("tussen 14:25 en 16:25", "delivery_slot"),
    L("(2) Afhalen bij een PakketPunt", "menu_option"),
    L("3SPKP9920018832", "tracking_number"),
    L("2-5 werkdagen", "duration"),
    L("€ 6,95", "price"),
    L("PakketPunt Assistent", "bot_name"),
]),
]

RECORDS += [
R("nl-chat-006", """
U ▸ hallo, ik ben mijn afvalpas kwijt en er staat ook al 3 weken een bank bij de container op onze hoek
Gemeente (Wim) ▸ Goedemiddag, u chat met Wim van Gemeente Oosterkwartier. Ik help u graag met allebei. Eerst de afvalpas: op welk adres woont u?
U ▸ Aalscholverhof 27, 7701 ML
Gemeente (Wim) ▸ En uw naam en geboortedatum ter controle?
U ▸ Roos Kalkman-Bos, 21-06-1972
Gemeente (Wim) ▸ Dank u, mevrouw Kalkman. Een nieuwe afvalpas kost € 15,00 en wordt binnen 5 werkdagen bezorgd. De oude pas blokkeer ik nu.
U ▸ prima. dan die bank: ik heb gezien wie hem gedumpt heeft, een witte bus met kenteken VJ-612-X. de man heette volgens de buurvrouw Henk of Hans iets
Gemeente (Wim) ▸ Dank u voor de melding. Ik geef het kenteken door aan de handhavers; wij kunnen zelf geen gegevens van de eigenaar opvragen. Het meldingsnummer is M-2024-071223. De bank wordt opgehaald op maandag 24 juni.
U ▸ en mijn eigen grofvuil? ik heb een oude kast en 2 matrassen
Gemeente (Wim) ▸ U kunt per keer maximaal 2 m³ aanbieden. Of u brengt het zelf naar Afvalbrengstation Hessenweg, daar heeft u wel uw pas voor nodig.
U ▸ ok ik wacht de pas wel af. bel me gerust op 0523-614382 of mobiel 06 1947 2265 als er iets is
Gemeente (Wim) ▸ Genoteerd. Voor dringende zaken kunt u ook bellen met 14 0529.
U ▸ dank je!
""", [
    N("Wim"),
    P("Aalscholverhof 27", "address"),
    P("7701 ML", "postcode"),
    N("Roos Kalkman-Bos"),
    P("21-06-1972", "birth_date"),
    P("VJ-612-X", "plate"),
    N("Henk"),
    N("Hans"),
    P("0523-614382", "phone"),
    P("06 1947 2265", "phone"),
], [
    L("3 weken", "duration"),
    L("€ 15,00", "price"),
    L("5 werkdagen", "duration"),
    L("M-2024-071223", "case_number"),
    L("maandag 24 juni", "pickup_date"),
    L("maximaal 2 m³", "quantity"),
    L("Afvalbrengstation Hessenweg", "facility"),
    L("14 0529", "company_phone"),
]),

R("nl-chat-007", """
Gesprek gestart 18-06-2024 19:42
GlasNet Support (Hamza): Goedenavond, je spreekt met Hamza. Hoe kan ik helpen?
Roel Timmermans: mijn internet is super traag sinds gister, betaal voor 1000 Mbit/s en haal amper 80
GlasNet Support (Hamza): Vervelend! Mag ik je klantnummer of de gebruikersnaam van Mijn GlasNet?
Roel Timmermans: gebruikersnaam is rtimmer77
GlasNet Support (Hamza): Dank je. Voor de verificatie: wat is het adres van de aansluiting?
Roel Timmermans: Spoorsingel 19, 4811 ZV Breda
GlasNet Support (Hamza): Klopt. Ik zie dat je GlasNet Box 2 online is met extern IP 192.0.2.146 en IPv6-prefix 2001:db8:3c4d:15::/64. Kun je een speedtest doen via een kabel?
Roel Timmermans: via kabel haal ik 940. via wifi 80. ik heb alles al gedaan, ingelogd op 192.168.1.1 met admin en de box herstart
GlasNet Support (Hamza): Dan ligt het aan de wifi. Je box draait nog op firmware 7.57; ik zet er 7.62 op, dat verbetert de wifi. Duurt ca. 10 minuten.
Roel Timmermans: ok. en ik wil graag mijn nummer wijzigen in jullie systeem, nieuw nummer 06-22 81 47 90
GlasNet Support (Hamza): Aangepast. En het mailadres roel.timmermans@ziggo.nl blijft?
Roel Timmermans: nee, dat wordt r.timmermans@protonmail.com, dat andere zeg ik op haha
GlasNet Support (Hamza): 😄 Aangepast. Ik heb storingsnummer 88121 aangemaakt voor het geval het niet beter wordt.
Roel Timmermans: thx
""", [
    N("Hamza"),
    N("Roel Timmermans"),
    P("rtimmer77", "username"),
    P("Spoorsingel 19", "address"),
    P("4811 ZV", "postcode"),
    P("192.0.2.146", "ip"),
    P("2001:db8:3c4d:15::/64", "ip"),
    P("06-22 81 47 90", "phone"),
    E("roel.timmermans@ziggo.nl"),
    E("r.timmermans@protonmail.com"),
], [
    L("18-06-2024 19:42", "timestamp"),
    L("1000 Mbit/s", "bandwidth"),
    L("GlasNet Box 2", "product"),
    L("192.168.1.1", "private_ip"),
    L("admin", "default_login"),
    L("firmware 7.57", "firmware_version"),
    L("7.62", "firmware_version"),
    L("storingsnummer 88121", "ticket_number"),
]),

R("nl-chat-008", """
Jolanda Mertens-van Dijk: Goedemiddag, ik heb een vraag over de declaratie van de beugel van mijn zoon
Zekerzorg | Ingrid: Goedemiddag! Ik help je graag. Wat is de naam en geboortedatum van je zoon?
Jolanda Mertens-van Dijk: Sem Mertens, 14-02-2011. bsn 318198654 als dat handig is
Zekerzorg | Ingrid: Dank je. Ik zie declaratie D-77801923 van Orthodontiepraktijk Smile, factuur 2024-0311, € 1.240,00. Die is voor 75% vergoed tot maximaal € 500 per jaar uit de TandVrij 500.
Jolanda Mertens-van Dijk: maar dr. Claassen zei dat het onder de basisverzekering viel omdat het medisch noodzakelijk is??
Zekerzorg | Ingrid: Dat kan als de orthodontist vooraf een machtiging aanvraagt. Ik stuur je het formulier. Naar welk mailadres?
Jolanda Mertens-van Dijk: jolanda.mertens@gmail.com. en het geld graag naar NL43 KNAB 8757 3772 84, dat is onze gezamenlijke rekening met mijn man Erik
Zekerzorg | Ingrid: Prima. Hoort die rekening bij polisnummer 2044 913 77?
Jolanda Mertens-van Dijk: ja. mijn telnr is 0031 6 5590 2817 mocht er iets zijn
Zekerzorg | Ingrid: Dank je, Jolanda. Je hoort binnen 10 werkdagen van ons.
""", [
    N("Jolanda Mertens-van Dijk"),
    N("Ingrid"),
    N("Sem Mertens"),
    P("14-02-2011", "birth_date"),
    P("318198654", "national_id", check="bsn"),
    N("dr. Claassen"),
    E("jolanda.mertens@gmail.com"),
    P("NL43 KNAB 8757 3772 84", "iban"),
    N("Erik"),
    P("0031 6 5590 2817", "phone"),
], [
    L("D-77801923", "claim_number"),
    L("Orthodontiepraktijk Smile", "company"),
    L("2024-0311", "invoice_number"),
    L("€ 1.240,00", "amount"),
    L("75%", "percentage"),
    L("maximaal € 500 per jaar", "limit"),
    L("TandVrij 500", "product"),
    L("2044 913 77", "policy_number"),
]),

R("nl-chat-009", """
[16/06/2024, 21:14] Thibault Maes: Goeienavond, mijn valies is niet aangekomen in Zaventem, vlucht TB1452 vanuit Málaga
[16/06/2024, 21:20] Skyline Airways: Goedenavond Thibault, vervelend om te horen. Ik ben Ines van het bagageteam. Heb je aan de balie een dossier laten aanmaken?
[16/06/2024, 21:22] Thibault Maes: ja, dossier BRUTB48812, bagagelabel 0745 TB 118834
[16/06/2024, 21:25] Skyline Airways: Dank je. Je koffer is gelokaliseerd in Málaga en komt morgen mee met de vlucht van 14:35. Waar mogen we hem leveren?
[16/06/2024, 21:27] Thibault Maes: Vlaamsesteenweg 61, 1000 Brussel. Appartement 4B. Als ik er niet ben mag Sarah Lambrechts hem aannemen, mijn vriendin
[16/06/2024, 21:29] Skyline Airways: Prima. Bij ontvangst moet je een identiteitsbewijs tonen. Mag ik je paspoortnummer zoals het in de boeking staat?
[16/06/2024, 21:31] Thibault Maes: EH384921
[16/06/2024, 21:33] Skyline Airways: Klopt. De koerier belt je vooraf, op +32 485 22 61 90?
[16/06/2024, 21:34] Thibault Maes: ja. of op Sarah haar nummer 0472 19 83 55
[16/06/2024, 21:36] Skyline Airways: Genoteerd. Bewaar je bonnetjes voor noodaankopen: we vergoeden tot € 50 per dag. Je ontvangt het claimformulier op thibault.maes@outlook.be.
[16/06/2024, 21:37] Thibault Maes: top, merci Ines!
""", [
    N("Thibault Maes"),
    N("Ines"),
    P("Vlaamsesteenweg 61", "address"),
    P("1000", "postcode"),
    N("Sarah Lambrechts"),
    P("EH384921", "national_id", check="none"),
    P("+32 485 22 61 90", "phone"),
    P("0472 19 83 55", "phone"),
    E("thibault.maes@outlook.be"),
], [
    L("Zaventem", "airport"),
    L("TB1452", "flight_number"),
    L("Málaga", "city"),
    L("BRUTB48812", "baggage_file_reference"),
    L("0745 TB 118834", "bag_tag"),
    L("14:35", "time"),
    L("€ 50 per dag", "amount"),
    L("Skyline Airways", "company"),
]),

R("nl-chat-010", """
[Koopjeshoek Helpdesk] Hoi! Je chat met Daan. Waar kan ik je mee helpen?
[fietsfreak_020] ik ben opgelicht. heb een fiets gekocht via jullie site, geld overgemaakt en niks gekregen
[Koopjeshoek Helpdesk] Wat vervelend! Om welke advertentie ging het?
[fietsfreak_020] advertentie 1209448321, Gazelle Orange C7 voor €385. verkoper heette marieke_woont_hier
[Koopjeshoek Helpdesk] Dank je. Dat account is inmiddels geblokkeerd, er zijn meer meldingen over binnengekomen. Waar heb je het geld naartoe gemaakt?
[fietsfreak_020] naar NL10 INGB 5720 6480 75 t.n.v. M. Verhagen. ze heeft me ook gebeld vanaf 06 3819 2074
[Koopjeshoek Helpdesk] Doe zeker aangifte via politie.nl en vraag je bank om een terugboeking. Mag ik voor ons dossier je naam en het e-mailadres van je account?
[fietsfreak_020] Pepijn de Groot, pepijn.degroot@live.nl
[Koopjeshoek Helpdesk] Ik zie ook inlogpogingen op jouw account vanaf IP 198.51.100.77, niet vanaf je gebruikelijke locatie. Herken je dat?
[fietsfreak_020] nee!!
[Koopjeshoek Helpdesk] Wijzig dan je wachtwoord en zet tweestapsverificatie aan. Ik heb al je sessies uitgelogd. Meldingsnummer: KH-55-20931.
[fietsfreak_020] dank je Daan. ik woon trouwens in Amstelveen, Van der Hooplaan 140, 1185 LN, als de politie iets wil ophalen of zo
[Koopjeshoek Helpdesk] Bewaar alle chats met de verkoper als bewijs. Gebruik voortaan Veilig Betalen, dan ben je tot € 1.000 beschermd.
""", [
    N("Daan"),
    P("fietsfreak_020", "username"),
    P("marieke_woont_hier", "username"),
    P("NL10 INGB 5720 6480 75", "iban"),
    N("M. Verhagen"),
    P("06 3819 2074", "phone"),
    N("Pepijn de Groot"),
    E("pepijn.degroot@live.nl"),
    P("198.51.100.77", "ip"),
    P("Van der Hooplaan 140", "address"),
    P("1185 LN", "postcode"),
], [
    L("1209448321", "advert_number"),
    L("Gazelle Orange C7", "product"),
    L("€385", "price"),
    L("politie.nl", "website"),
    L("tweestapsverificatie", "term"),
    L("KH-55-20931", "case_number"),
    L("Veilig Betalen", "product"),
    L("€ 1.000", "amount"),
]),
]
