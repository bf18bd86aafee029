from _common import R, N, E, P, L

RECORDS = []

RECORDS += [
R("nl-call-001", """
Agent: Goedemiddag, u spreekt met Sanne Verbeek van Voltana Energie, waarmee kan ik u helpen?
Klant: Ja, hallo, eh, met Hendrik-Jan van der Molen. Ik ga verhuizen en ik wil mijn contract meenemen naar het nieuwe adres.
Agent: Dat kan zeker. Heeft u uw klantnummer bij de hand?
Klant: Eh... ja, dat is 700238816.
Agent: Dank u. En voor de controle, mag ik uw geboortedatum?
Klant: Veertien maart negentien achtenvijftig.
Agent: En de achternaam, hoe schrijft u die precies?
Klant: Van der Molen, los geschreven, M-O-L-E-N.
Agent: Klopt. U woont nu op de Populierenlaan 23 in Utrecht, postcode 3581 KT?
Klant: Ja, nog wel, tot eind juni.
Agent: En wat wordt het nieuwe adres?
Klant: Graaf Florisstraat 112 B, in Alkmaar. Postcode achttien elf, C D.
Agent: 1811 CD... ja, ik zie het adres. Wat is de verhuisdatum?
Klant: De sleutel krijgen we vrijdag 28 juni, maar we zitten er vanaf 1 juli.
Agent: Dan zet ik de levering op 1 juli. Kunt u op de verhuisdag de meterstanden doorgeven? Voor het oude adres heb ik meternummer E0053-2186-7714, de laatste stand was 18.264 kWh.
Klant: Die schrijf ik even op.
Agent: Op het nieuwe adres hoort EAN-code 871687120053472918 bij de aansluiting. Uw product, Groene Stroom Vast 3 jaar, loopt gewoon door. Het voorschot wordt voorlopig 142 euro per maand.
Klant: Oké. En het wordt nog steeds afgeschreven van NL37 ABNA 7191 2977 21?
Agent: Ja, dat rekeningnummer blijft staan. Mag ik nog een telefoonnummer voor de monteur?
Klant: Nul zes, eenenveertig, zevenentwintig, drieënnegentig, achtenvijftig.
Agent: En de bevestiging stuur ik naar...?
Klant: hj punt vandermolen apenstaartje gmail punt com.
Agent: Prima. U krijgt binnen vijf werkdagen een bevestiging met referentie VH-2024-118734. Kan ik verder nog iets voor u doen?
Klant: Nee, dank u wel.
Agent: Graag gedaan, een fijne verhuizing gewenst!
""", [
    N("Sanne Verbeek"),
    N("Hendrik-Jan van der Molen"),
    P("M-O-L-E-N", "name"),
    P("Veertien maart negentien achtenvijftig", "birth_date"),
    P("Populierenlaan 23", "address"),
    P("3581 KT", "postcode"),
    P("Graaf Florisstraat 112 B", "address"),
    P("1811 CD", "postcode", "1811 CD", "achttien elf, C D"),
    P("NL37 ABNA 7191 2977 21", "iban"),
    P("Nul zes, eenenveertig, zevenentwintig, drieënnegentig, achtenvijftig", "phone"),
    P("hj punt vandermolen apenstaartje gmail punt com", "email",
      "hj punt vandermolen apenstaartje gmail punt com", "hj punt vandermolen"),
], [
    L("700238816", "customer_number"),
    L("vrijdag 28 juni", "moving_date"),
    L("E0053-2186-7714", "meter_number"),
    L("18.264 kWh", "meter_reading"),
    L("871687120053472918", "ean_code"),
    L("Groene Stroom Vast 3 jaar", "product"),
    L("142 euro", "amount"),
    L("VH-2024-118734", "reference"),
]),

R("nl-call-002", """
goeiemiddag u spreekt met jens de smedt van orbitel waarmee kan ik u helpen ja dag meneer ik ben gisteren mijn gsm verloren op tram 4 en ik wil dus mijn simkaart laten blokkeren ja dat is vervelend dat regelen we meteen over welk nummer gaat het dat is nul vier negen zeven drieëntwintig achttien eenenzestig oké en op wiens naam staat het abonnement op mijn naam nathalie vermeulen v e r m e u l e n ja ik heb u gevonden voor de veiligheid mag ik uw rijksregisternummer dat staat achteraan op uw identiteitskaart ja momentje eh negentig nul twee zeventien twee vier vier drieëntachtig dank u en uw adres is nog altijd kortrijksesteenweg 214 bus 3 in 9000 gent ja dat klopt goed dan blokkeer ik nu de kaart van het abonnement orbit flex 20 gigabyte ja zo de blokkering is actief uw dossiernummer is blk 551087 een nieuwe simkaart kost vijftien euro die kunt u ophalen in onze winkel in de veldstraat of we sturen hem op ja opsturen graag maar naar mijn ouders want daar ben ik overdag dat is molenhoek 12 in 9840 de pinte ter attentie van marc vermeulen dat is mijn vader oké molenhoek 12 9840 genoteerd die is er binnen twee werkdagen en als er iets is kunnen we u dan bellen op een ander nummer ja op mijn vaste lijn nul negen twee twee één vijf zes acht drie en de bevestiging mag naar nathalie punt vermeulen at telenet punt be super dan komt die mail nog vandaag nog iets anders nee dat was het merci u ook bedankt en nog een fijne dag
""", [
    N("jens de smedt"),
    N("nathalie vermeulen"),
    P("v e r m e u l e n", "name"),
    P("nul vier negen zeven drieëntwintig achttien eenenzestig", "phone"),
    P("negentig nul twee zeventien twee vier vier drieëntachtig", "national_id",
      check="rrn", digits="90.02.17-244.83"),
    P("kortrijksesteenweg 214 bus 3", "address"),
    P("9000", "postcode"),
    P("molenhoek 12", "address"),
    P("9840", "postcode"),
    N("marc vermeulen"),
    P("nul negen twee twee één vijf zes acht drie", "phone"),
    P("nathalie punt vermeulen at telenet punt be", "email",
      "nathalie punt vermeulen at telenet punt be", "nathalie punt vermeulen"),
], [
    L("tram 4", "public_transport_line"),
    L("orbit flex 20 gigabyte", "product"),
    L("blk 551087", "case_number"),
    L("vijftien euro", "price"),
    L("winkel in de veldstraat", "shop_location"),
    L("binnen twee werkdagen", "delivery_time"),
]),

R("nl-call-003", """
[00:00:02] Medewerker: Hollandse Spaarbank, fraudelijn, u spreekt met Rachid Amrani, goedemiddag.
[00:00:06] Beller: Ja, goedemiddag, u spreekt met Ilse Hoogendoorn. Ik bel voor mijn moeder, die zit naast me, ze heeft op zo'n link in een sms geklikt...
[00:00:14] Medewerker: Vervelend. Mag ik uw moeder even spreken, zodat ze toestemming geeft?
[00:00:19] Beller (moeder): Ja, hallo, met mevrouw Hoogendoorn-de Graaf. Willemijn Hoogendoorn-de Graaf. Mijn dochter mag het voor me regelen hoor.
[00:00:27] Medewerker: Dank u, mevrouw. Voor de controle: wat is uw geboortedatum?
[00:00:31] Beller (moeder): 9 augustus 1949.
[00:00:36] Medewerker: Klopt. Ik zie inderdaad vandaag om 14:32 een overboeking van € 2.450,00 naar rekening NL57 TRIO 3575 8291 28, op naam van ene D. Kramer. Herkent u die?
[00:00:49] Beller: Nee, absoluut niet. Ze kreeg een bericht dat haar pas zou verlopen en toen...
[00:00:55] Medewerker: Ik zie ook een inlog vanaf IP-adres 203.0.113.54, dat is niet het apparaat waarmee uw moeder normaal inlogt. Ik blokkeer nu de toegang tot de app en de betaalpas. Heeft ze ook een creditcard bij ons? Dan wil ik het kaartnummer even horen.
[00:01:08] Beller: Ja, die ligt hier: 5199 4211 4528 5027.
[00:01:15] Medewerker: Dank u. Alles is geblokkeerd. Ik maak een fraudemelding aan onder nummer FM-77120 en ik probeer het geld terug te halen via de ontvangende bank.
[00:01:33] Medewerker: Er komt een nieuwe pas naar het adres Beukenhof 7 in Zeist, klopt dat nog?
[00:01:41] Beller: Ja, Beukenhof 7, 3701 HB.
[00:01:45] Medewerker: En een nummer waarop we u kunnen terugbellen?
[00:01:49] Beller: Mijn eigen nummer is beter, 06-28471930.
[00:01:55] Medewerker: Genoteerd. U ontvangt de nieuwe pas binnen vijf werkdagen. Let op: wij vragen nooit om uw pincode. Nog een vraag?
[00:02:03] Beller: Nee, dank u wel, meneer Amrani.
""", [
    N("Rachid Amrani"),
    N("Ilse Hoogendoorn"),
    N("Willemijn Hoogendoorn-de Graaf"),
    P("9 augustus 1949", "birth_date"),
    P("NL57 TRIO 3575 8291 28", "iban"),
    N("D. Kramer"),
    P("203.0.113.54", "ip"),
    P("5199 4211 4528 5027", "card"),
    P("Beukenhof 7", "address"),
    P("3701 HB", "postcode"),
    P("06-28471930", "phone"),
], [
    L("Hollandse Spaarbank", "company"),
    L("14:32", "time"),
    L("€ 2.450,00", "amount"),
    L("FM-77120", "case_number"),
    L("vijf werkdagen", "delivery_time"),
    L("[00:01:08]", "timestamp"),
]),

R("nl-call-004", """
— Klantenservice Klikmarkt, met Femke.
— Ja hoi, met Emre Yıldız. Ik heb een soundbar besteld en die doet het niet.
— Oh, wat vervelend. Heeft u het bestelnummer voor me?
— Ja, 1004-778-2291.
— Even kijken... een Zenvo SoundBar X300, geleverd op dinsdag de achttiende. Op welke naam staat de bestelling?
— Op mijn naam, Yıldız, met een i zonder puntje, Y-I-L-D-I-Z.
— Ja, ik heb hem. Het adres is Koningin Julianaweg 44-II in Leiden?
— Ja, tweede verdieping, 2315 ZX.
— Top. Wat doet hij precies?
— Hij gaat aan, maar na twee minuten valt het geluid weg. Ik heb de firmware al bijgewerkt naar versie 2.3.7.
— Dan maak ik een retour aan. Artikelnummer 9200000112 is uitverkocht, dus omruilen lukt niet; ik stel een terugbetaling voor van 349 euro. Naar welke rekening mag dat?
— Eh, N L zes twee, T R I O, zeven zeven één zeven, twee zes zes drie, vier acht.
— Genoteerd. De koerier haalt hem op, u krijgt een track-en-tracecode, zoiets als 3SKLK0048812733. Op welk nummer mag de koerier bellen?
— Plus eenendertig zes, negentien vijfendertig, zevenentwintig vierenzestig.
— En als u niet thuis bent?
— Dan mag hij hem afgeven bij mevrouw Brouwer, de buurvrouw, die heeft een sleutel.
— Prima. En het e-mailadres voor het retourlabel?
— emre punt yildiz achtentachtig at hotmail punt nl.
— Perfect. U krijgt het label vandaag nog. Uw referentie is RMA-55102.
— Dankjewel, Femke.
""", [
    N("Femke"),
    N("Emre Yıldız"),
    P("Y-I-L-D-I-Z", "name"),
    P("Koningin Julianaweg 44-II", "address"),
    P("2315 ZX", "postcode"),
    P("N L zes twee, T R I O, zeven zeven één zeven, twee zes zes drie, vier acht", "iban",
      check="iban", digits="NL62TRIO7717266348"),
    P("Plus eenendertig zes, negentien vijfendertig, zevenentwintig vierenzestig", "phone"),
    N("Brouwer"),
    P("emre punt yildiz achtentachtig at hotmail punt nl", "email",
      "emre punt yildiz achtentachtig at hotmail punt nl", "emre punt yildiz achtentachtig"),
], [
    L("1004-778-2291", "order_number"),
    L("Zenvo SoundBar X300", "product"),
    L("dinsdag de achttiende", "delivery_date"),
    L("versie 2.3.7", "firmware_version"),
    L("9200000112", "article_number"),
    L("349 euro", "amount"),
    L("3SKLK0048812733", "tracking_number"),
    L("RMA-55102", "return_reference"),
]),
]

RECORDS += [
R("nl-call-005", """
A: Goedemorgen, Veilig Onderweg Verzekeringen, u spreekt met Thomas Kuipers.
K: Goedemorgen, Priya Ramdin hier. Ik wil een schade melden, iemand is achterop mijn auto geklapt.
A: Dat is schrikken. Bent u zelf ongedeerd?
K: Ja, alleen wat stijf in mijn nek.
A: Fijn dat het meevalt. Heeft u uw polisnummer bij de hand?
K: AP-4471902-03.
A: Dank u. Voor de verificatie: uw geboortedatum?
K: 12-04-1988.
A: Klopt. Wanneer is het gebeurd?
K: Zaterdag 8 juni, rond 17.45 uur, bij de kruising met de Marnixlaan.
A: Om welk voertuig gaat het?
K: Mijn Volkswagen Polo, kenteken GX-518-S.
A: En de tegenpartij?
K: Een meneer Dekker, hij reed in een bestelbus met kenteken 84-KTB-3. We hebben samen het Europees schadeformulier ingevuld.
A: Heel goed. Wilt u daar een foto van uploaden in de app? Ik heb ook uw rijbewijsnummer nodig, dat staat op het formulier.
K: Eh... 5204871936.
A: Dank u. U bent all-risk verzekerd, dus de schade wordt vergoed; er geldt wel een eigen risico van 150 euro, tenzij we het kunnen verhalen op de tegenpartij.
K: Ik heb de auto al naar Autobedrijf Van Leeuwen gebracht, kunnen zij de schade opnemen?
A: Ja, dat is een van onze aangesloten herstellers. Ik maak schadenummer SCH24-018832 aan. Een schade-expert neemt contact met u op. Is 06 53 81 20 74 nog uw nummer?
K: Ja, klopt.
A: En uw mailadres, p.ramdin@ziggo.nl?
K: Nee, dat is oud, het is nu priya.ramdin@outlook.com.
A: Aangepast. Kan ik verder nog iets voor u doen?
K: Nee, bedankt.
""", [
    N("Thomas Kuipers"),
    N("Priya Ramdin"),
    P("12-04-1988", "birth_date"),
    P("GX-518-S", "plate"),
    N("Dekker"),
    P("84-KTB-3", "plate"),
    P("5204871936", "national_id", check="none"),
    P("06 53 81 20 74", "phone"),
    E("p.ramdin@ziggo.nl"),
    E("priya.ramdin@outlook.com"),
], [
    L("AP-4471902-03", "policy_number"),
    L("Zaterdag 8 juni", "incident_date"),
    L("17.45 uur", "time"),
    L("Volkswagen Polo", "product"),
    L("Europees schadeformulier", "form_name"),
    L("150 euro", "amount"),
    L("Autobedrijf Van Leeuwen", "company"),
    L("SCH24-018832", "claim_number"),
]),

R("nl-call-006", """
Medewerker gemeente: Gemeente Westerhaven, goedemorgen, u spreekt met Lotte.
Inwoner: Goedemorgen, met Anouk Smit. Ik wil een parkeervergunning aanvragen, we zijn net verhuisd.
Medewerker gemeente: Gefeliciteerd. Staat de verhuizing al verwerkt?
Inwoner: Ja, we hebben ons vorige week ingeschreven. Maar ik kom niet binnen met DigiD, daarom bel ik.
Medewerker gemeente: Geen probleem. Mag ik uw burgerservicenummer?
Inwoner: Ja, vier twee twee, zeven negen drie, één vijf twee.
Medewerker gemeente: En uw geboortedatum?
Inwoner: Drieëntwintig november negentienhonderdtweeënnegentig.
Medewerker gemeente: Dank u. Ik zie u ingeschreven op de Lange Nieuwstraat 58-A, 3512 PJ. Klopt dat?
Inwoner: Ja.
Medewerker gemeente: Voor welk kenteken wilt u de vergunning?
Inwoner: Voor mijn eigen auto, de R-746-FZ. En mijn vriend, Joris Bakker, heeft een leaseauto, kan die er ook bij?
Medewerker gemeente: Per adres krijgt u in vergunningsgebied C3 maximaal twee vergunningen. Staat hij ook op dit adres ingeschreven?
Inwoner: Ja, sinds dezelfde datum.
Medewerker gemeente: Wat is zijn kenteken?
Inwoner: Dat is... ka, drie acht negen, tee vee. Dus K-389-TV.
Medewerker gemeente: Voor een leaseauto heb ik nog een verklaring van de werkgever nodig. De eerste vergunning kost € 138,40 per half jaar. Er is op dit moment geen wachtlijst voor uw gebied.
Inwoner: Fijn. Kan de factuur naar mijn mail?
Medewerker gemeente: U krijgt alles via de Berichtenbox. Ik heb wel een telefoonnummer nodig.
Inwoner: 06-31784402.
Medewerker gemeente: Uw aanvraag staat geregistreerd onder zaaknummer Z/24/1183920. Heeft u nog vragen, dan belt u gewoon 14 030.
Inwoner: Dank je wel, Lotte.
""", [
    N("Lotte"),
    N("Anouk Smit"),
    P("vier twee twee, zeven negen drie, één vijf twee", "national_id", check="bsn", digits="422793152"),
    P("Drieëntwintig november negentienhonderdtweeënnegentig", "birth_date"),
    P("Lange Nieuwstraat 58-A", "address"),
    P("3512 PJ", "postcode"),
    P("R-746-FZ", "plate"),
    N("Joris Bakker"),
    P("K-389-TV", "plate", "K-389-TV", "ka, drie acht negen, tee vee"),
    P("06-31784402", "phone"),
], [
    L("DigiD", "product"),
    L("vergunningsgebied C3", "zone"),
    L("twee vergunningen", "quantity"),
    L("€ 138,40 per half jaar", "price"),
    L("Berichtenbox", "product"),
    L("Z/24/1183920", "case_number"),
    L("14 030", "company_phone"),
]),

R("nl-call-007", """
[Assistente] Huisartsenpraktijk De Linde, met Esther, goedemorgen.
[Beller] Goedemorgen, met Karin Bosman. Ik bel voor mijn vader, Gerrit Bosman, hij is patiënt bij jullie.
[Assistente] Prima. Wat is de geboortedatum van uw vader?
[Beller] Drie mei 1941.
[Assistente] En het adres, voor de zekerheid?
[Beller] Dorpsstraat 14, in Zevenhuizen. 2761 AC.
[Assistente] Ja, ik heb hem. Waar gaat het om?
[Beller] Zijn metoprolol 50 milligram is bijna op en de apotheek zegt dat er een nieuw herhaalrecept nodig is. En hij is erg kortademig sinds het weekend.
[Assistente] Dan wil dokter Visser hem graag even zien. Ik heb dinsdag 18 juni om 10.20 uur, of woensdag om 08.40 uur.
[Beller] Dinsdag is goed. Moet hij zijn verzekeringspas meenemen? Hij zit bij ZorgSamen, polisnummer 183224019.
[Assistente] Dat hebben we al. Wel zie ik dat het burgerservicenummer ontbreekt in ons systeem, kunt u dat geven?
[Beller] Ja, het staat op zijn paspoort: 259 626 260.
[Assistente] Dank u. En op welk nummer kunnen we u bereiken als er iets verandert?
[Beller] Op mijn mobiel, 06-47 22 19 03. Of op de vaste lijn van mijn vader, 0180-631274.
[Assistente] Genoteerd. Dan staat hij dinsdag bij dokter Visser in kamer 3. Als hij benauwder wordt, bel dan meteen de huisartsenpost of 112.
[Beller] Doe ik, dank u wel, Esther.
""", [
    N("Esther"),
    N("Karin Bosman"),
    N("Gerrit Bosman"),
    P("Drie mei 1941", "birth_date"),
    P("Dorpsstraat 14", "address"),
    P("2761 AC", "postcode"),
    N("Visser"),
    P("259 626 260", "national_id", check="bsn"),
    P("06-47 22 19 03", "phone"),
    P("0180-631274", "phone"),
], [
    L("Huisartsenpraktijk De Linde", "company"),
    L("metoprolol 50 milligram", "medication"),
    L("dinsdag 18 juni om 10.20 uur", "appointment"),
    L("woensdag om 08.40 uur", "appointment"),
    L("ZorgSamen", "company"),
    L("183224019", "policy_number"),
    L("kamer 3", "room"),
    L("112", "emergency_number"),
]),

R("nl-call-008", """
Pakketdienst Snelpost België, goeiedag, u spreekt met Yasmina, wat kan ik voor u doen?
Ja, goeiedag, Koen Van den Broeck hier. Ik wacht al een week op een pakje en volgens de website is het geleverd, maar ik heb niks gekregen.
Oei, dat is niet goed. Hebt u het zendingsnummer?
Ja, JVGL0623114588720011.
Een ogenblikje... ik zie dat het pakket van Jules & Jasper zaterdag rond 11.10 uur is afgeleverd, bij afleverpoging 2. Op welk adres woont u?
Bredabaan 412, 2930 Brasschaat.
Ja, de chauffeur heeft genoteerd: afgegeven bij de buren, nummer 414.
Bij mevrouw Peeters? Die is op reis, dat kan niet. En ik of mijn vrouw Hilde waren de hele zaterdag thuis.
Ik zie hier een handtekening, maar die is niet leesbaar. Ik open een onderzoek, referentie OND-2024-33871. Het pakket weegt 3,2 kilo, klopt dat met wat u besteld hebt?
Ja, dat zijn twee winterjassen.
Ik laat de chauffeur nagaan waar hij het precies gelaten heeft. Hoe kunnen we u bereiken?
Op mijn gsm, nul vier zeven acht, vijfenvijftig, negentien, nul vier.
En een e-mailadres?
Koen punt v d broeck, apenstaartje, skynet punt be. Alles aan elkaar en in kleine letters.
Prima. Binnen drie werkdagen hoort u van ons. Als het pakket niet gevonden wordt, kan de afzender een nieuwe zending sturen.
Oké. Het adres van mevrouw Peeters is Bredabaan 414, als de chauffeur daar wil gaan kijken, ze heeft een tuinhuisje achteraan.
Ik noteer het, merci.
Merci, Yasmina, goeiedag.
""", [
    N("Yasmina"),
    N("Koen Van den Broeck"),
    P("Bredabaan 412", "address"),
    P("2930", "postcode"),
    N("Peeters"),
    N("Hilde"),
    P("nul vier zeven acht, vijfenvijftig, negentien, nul vier", "phone"),
    P("Koen punt v d broeck, apenstaartje, skynet punt be", "email",
      "Koen punt v d broeck, apenstaartje, skynet punt be", "Koen punt v d broeck"),
    P("Bredabaan 414", "address"),
], [
    L("JVGL0623114588720011", "tracking_number"),
    L("Jules & Jasper", "company"),
    L("11.10 uur", "time"),
    L("afleverpoging 2", "delivery_attempt"),
    L("OND-2024-33871", "case_number"),
    L("3,2 kilo", "weight"),
    L("drie werkdagen", "duration"),
]),
]

RECORDS += [
R("nl-call-009", """
SPREKER_00: goedemiddag woonstichting het anker u spreekt met ruud hoekstra
SPREKER_01: ja goedemiddag met fatima ouali ik bel want de verwarming doet het weer niet
SPREKER_00: vervelend mevrouw ouali mag ik uw adres
SPREKER_01: hobbemastraat 9 drie hoog
SPREKER_00: en de postcode
SPREKER_01: vijf zes één vier k w
SPREKER_00: dank u ik zie huurcontract 40-2291-0087 op naam van f ouali en y el haddouchi klopt dat
SPREKER_01: ja dat is mijn man youssef
SPREKER_00: voor de verificatie mag ik uw geboortedatum
SPREKER_01: twaalf december zevenentachtig
SPREKER_00: oké wat voor ketel heeft u
SPREKER_01: een intergas hre 36/30 en die geeft storingscode f4
SPREKER_00: ik plan een monteur in ik heb donderdag tussen acht en één
SPREKER_01: is goed maar laat hij even van tevoren bellen op nul zes één twee acht acht vier zeven nul drie
SPREKER_00: en een tweede nummer voor als u niet opneemt
SPREKER_01: mijn man nul zes vier vier zeven één negen zes twee vijf
SPREKER_00: de monteur komt van installatiebedrijf de jong en zonen opdrachtnummer r v 7 7 1 3 0 2 u krijgt een bevestiging op fatima punt ouali at outlook punt com
SPREKER_01: ja dat klopt en o ja de huur gaat dit jaar omhoog naar 742 euro toch
SPREKER_00: ja per 1 juli wordt de kale huur 742 euro en 18 cent
SPREKER_01: oké dank u wel
SPREKER_00: graag gedaan fijne middag
""", [
    N("ruud hoekstra"),
    N("fatima ouali"),
    P("hobbemastraat 9 drie hoog", "address"),
    P("vijf zes één vier k w", "postcode"),
    N("y el haddouchi"),
    N("youssef"),
    P("twaalf december zevenentachtig", "birth_date"),
    P("nul zes één twee acht acht vier zeven nul drie", "phone"),
    P("nul zes vier vier zeven één negen zes twee vijf", "phone"),
    P("fatima punt ouali at outlook punt com", "email",
      "fatima punt ouali at outlook punt com", "fatima punt ouali"),
], [
    L("woonstichting het anker", "company"),
    L("40-2291-0087", "contract_number"),
    L("intergas hre 36/30", "product"),
    L("storingscode f4", "error_code"),
    L("donderdag tussen acht en één", "appointment"),
    L("installatiebedrijf de jong en zonen", "company"),
    L("r v 7 7 1 3 0 2", "work_order"),
    L("742 euro en 18 cent", "amount"),
]),

R("nl-call-010", """
Reisadviseur: Zonvast Reizen, goedemiddag, met Gijs Hofman.
Klant: Hallo, met Sophie de Wit. Ik heb een reis naar Gran Canaria geboekt en ik moet de paspoortgegevens nog doorgeven.
Reisadviseur: Dat kan telefonisch. Wat is het boekingsnummer?
Klant: 48291776.
Reisadviseur: Ik zie een boeking voor drie personen, vertrek 14 oktober met vlucht HV 5731, Hotel Marina Bay, halfpension. De reserveringscode bij de luchtvaartmaatschappij is K7XQ2M. Wie reizen er mee?
Klant: Ik, mijn man Ruben Mulder en onze zoon Lucas.
Reisadviseur: Heet Lucas ook De Wit?
Klant: Nee, Mulder. Lucas Mulder.
Reisadviseur: Goed. Dan de documentnummers. Eerst het uwe.
Klant: N T acht F twee K J vier drie.
Reisadviseur: NT8F2KJ43, geldig tot maart 2031. En uw geboortedatum?
Klant: 2 februari 1985.
Reisadviseur: En Ruben?
Klant: Zijn paspoort is NW5B9LX17, hij is geboren op 30-11-1983.
Reisadviseur: En Lucas?
Klant: Lucas heeft een identiteitskaart, nummer IHR4K7P20. Hij is van 17 april 2016.
Reisadviseur: Dank u. De totaalprijs blijft € 2.874,00. Zal ik de reisbescheiden naar sophie.dewit@kpnmail.nl sturen?
Klant: Ja, en zet mijn mobiel erbij voor noodgevallen: 06 1288 4710.
Reisadviseur: Staat erin. Een hele goede reis alvast!
""", [
    N("Gijs Hofman"),
    N("Sophie de Wit"),
    N("Ruben Mulder"),
    N("Lucas Mulder"),
    P("NT8F2KJ43", "national_id", "NT8F2KJ43", "N T acht F twee K J vier drie", check="none"),
    P("2 februari 1985", "birth_date"),
    P("NW5B9LX17", "national_id", check="none"),
    P("30-11-1983", "birth_date"),
    P("IHR4K7P20", "national_id", check="none"),
    P("17 april 2016", "birth_date"),
    E("sophie.dewit@kpnmail.nl"),
    P("06 1288 4710", "phone"),
], [
    L("Gran Canaria", "destination"),
    L("48291776", "booking_number"),
    L("14 oktober", "departure_date"),
    L("HV 5731", "flight_number"),
    L("Hotel Marina Bay", "hotel"),
    L("K7XQ2M", "airline_pnr"),
    L("maart 2031", "expiry_date"),
    L("€ 2.874,00", "price"),
]),

R("nl-call-011", """
10:42:13 | Agent | Goedemorgen, FleetWise Lease, met Jeroen Schouten.
10:42:18 | Bestuurder | Goedemorgen, u spreekt met Dirk Postma. Mijn leasecontract loopt af en ik wil weten hoe het inleveren gaat.
10:42:27 | Agent | Natuurlijk. Wat is uw kenteken?
10:42:31 | Bestuurder | J-293-ZR, een Skoda Octavia Combi.
10:42:40 | Agent | Ik zie contract 330-178826, einddatum 31-03-2025. De teller staat op 87.450 kilometer, dus u zit ruim boven het contract. Meerkilometers kosten € 0,08 per kilometer.
10:43:02 | Bestuurder | Dat weet ik. Kunnen jullie de auto ophalen? Ik woon een beetje afgelegen.
10:43:09 | Agent | Ja hoor. Op welk adres?
10:43:12 | Bestuurder | Boerderij De Eikenhorst, Hoofdweg 112, 9351 PA in Leek.
10:43:25 | Agent | Voor de overdracht heb ik nog uw rijbewijsnummer nodig.
10:43:30 | Bestuurder | 5102938476.
10:43:38 | Agent | En uw geboortedatum?
10:43:41 | Bestuurder | Vijf december zesenzestig.
10:43:47 | Agent | Dank u. Mag iemand anders de auto overdragen als u er niet bent?
10:43:52 | Bestuurder | Ja, mijn vrouw, Gea Postma-Wiersma. Zij is er meestal.
10:44:01 | Agent | Prima. Het eigen risico bij schade is € 300; eventuele kosten worden geïncasseerd van NL16 KNAB 7148 0304 97, dat staat als uw rekening geregistreerd. Klopt dat nog?
10:44:14 | Bestuurder | Ja, dat klopt.
10:44:17 | Agent | De ophaalafspraak wordt bevestigd per mail aan d.postma@planet.nl. Uw dossiernummer is INL-88213.
10:44:25 | Bestuurder | Top, bedankt Jeroen.
""", [
    N("Jeroen Schouten"),
    N("Dirk Postma"),
    P("J-293-ZR", "plate"),
    P("Boerderij De Eikenhorst, Hoofdweg 112", "address", "Eikenhorst", "Hoofdweg 112"),
    P("9351 PA", "postcode"),
    P("5102938476", "national_id", check="none"),
    P("Vijf december zesenzestig", "birth_date"),
    N("Gea Postma-Wiersma"),
    P("NL16 KNAB 7148 0304 97", "iban"),
    E("d.postma@planet.nl"),
], [
    L("FleetWise Lease", "company"),
    L("Skoda Octavia Combi", "product"),
    L("330-178826", "contract_number"),
    L("31-03-2025", "contract_end_date"),
    L("87.450 kilometer", "mileage"),
    L("€ 0,08 per kilometer", "price"),
    L("€ 300", "amount"),
    L("INL-88213", "case_number"),
]),

R("nl-call-012", """
agent: goeiemiddag u spreekt met sofie van de technische dienst van netlinq
klant: ja goeiemiddag wouter claes hier mijn internet valt de hele tijd weg
agent: vervelend meneer claes mag ik uw klantnummer
klant: 1.042.338.771
agent: dank u en voor de identificatie uw rijksregisternummer
klant: achtenzeventig nul negen drieëntwintig vier één één achttien
agent: ok ik zie een installatie op de stationsstraat 17 bus 2 in leuven
klant: ja 3000 leuven
agent: uw modem is de laatste uren een paar keer herstart en uw publiek ip-adres wisselt ook nu is het 198.51.100.23 welke modem heeft u
klant: de netlinq homebox 3 met serienummer hb3-2211-0083 denk ik
agent: klopt de firmware is versie 7.29 dat is de nieuwste ik stuur een technieker ik heb donderdag de twintigste tussen 13 en 17 uur
klant: dan ben ik aan het werk maar mijn zus griet kan er zijn
agent: en een gsm-nummer voor de technieker
klant: nul vier negen negen twaalf drieëndertig zevenenveertig
agent: en uw wifi-netwerk heet nog altijd claes_thuis dan weet de technieker welke router het is
klant: ja
agent: ok uw interventienummer is int 4471 920 de technieker belt een half uur voor hij komt is uw e-mail nog wouter punt claes at gmail punt com
klant: ja dat klopt
agent: verder nog iets
klant: nee merci
""", [
    N("sofie"),
    N("wouter claes"),
    P("achtenzeventig nul negen drieëntwintig vier één één achttien", "national_id",
      check="rrn", digits="78.09.23-411.18"),
    P("stationsstraat 17 bus 2", "address"),
    P("3000", "postcode"),
    P("198.51.100.23", "ip"),
    N("griet"),
    P("nul vier negen negen twaalf drieëndertig zevenenveertig", "phone"),
    P("claes_thuis", "username"),
    P("wouter punt claes at gmail punt com", "email",
      "wouter punt claes at gmail punt com", "wouter punt claes"),
], [
    L("1.042.338.771", "customer_number"),
    L("netlinq homebox 3", "product"),
    L("hb3-2211-0083", "serial_number"),
    L("versie 7.29", "firmware_version"),
    L("donderdag de twintigste tussen 13 en 17 uur", "appointment"),
    L("int 4471 920", "work_order"),
    L("een half uur", "duration"),
]),
]
