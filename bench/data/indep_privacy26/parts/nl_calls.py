from _lib import p, rec

RECORDS = [

rec("nl-call-001", """
[Gesprek 2024-03-11 09:14:22 | wachtrij: Verhuizen | duur 00:11:48 | opname: ja]
Agent: Goedemorgen, u spreekt met Sanne van Stroomwijzer Energie, waarmee kan ik u helpen?
Klant: Ja goedemorgen, met Kees Verhoeven. Eh, ik ga verhuizen en ik wil m'n contract eigenlijk gewoon meenemen.
Agent: Dat kan zeker meneer. Heeft u uw klantnummer bij de hand?
Klant: Eh ja, even kijken hoor... 401288317.
Agent: Dank u. En voor de controle, wat is uw geboortedatum?
Klant: Veertien februari 1961.
Agent: Klopt. En u woont nu nog op de Populierenlaan 23, 3862 BK Nijkerk?
Klant: Ja, tot eind deze maand. Dan gaan we naar Amsterdam, naar m'n dochter in de buurt.
Agent: Leuk. Wat wordt het nieuwe adres?
Klant: Jan van Galenstraat 41, tweede verdieping. Postcode 1056 BW.
Agent: Even herhalen, Jan van Galenstraat 41, 1056 BW Amsterdam. Hoe spel ik uw achternaam precies, met v of f?
Klant: Met een v. V-E-R-H-O-E-V-E-N.
Agent: Top. Staat er nog iemand anders op het contract?
Klant: Mijn vrouw, Ineke, maar die wil er niet meer op. Mag alleen op mijn naam.
Agent: Dat is prima. Ik heb dan wel de eindstanden nodig op de verhuisdatum, dat is 1 april?
Klant: 1 april ja. Ik heb vanochtend al even gekeken: stroom normaal 48213, dal 39977, en gas 12044 komma 6.
Agent: Die noteer ik als voorlopige stand. Het EAN van het nieuwe adres heeft u waarschijnlijk nog niet?
Klant: Jawel, van de makelaar gekregen: 871687140012345678 voor stroom.
Agent: Prima. Het termijnbedrag wordt opnieuw berekend, nu is het 142 euro per maand, in een appartement wordt dat waarschijnlijk lager.
Klant: Mooi. En het gaat nog steeds van dezelfde rekening af?
Agent: Ik zie dat er nu een rekening van de ING aan gekoppeld is, klopt dat nog?
Klant: Ja, maar zet er voor de zekerheid even het goede nummer bij: NL81 INGB 8263 6303 22.
Agent: Haha, komt vaker voor. Telefoonnummer nog hetzelfde?
Klant: Nee, nieuw mobiel nummer: nul zes, eenenveertig, zevenentachtig, tweeëntwintig, negentig.
Agent: 06-41872290. En e-mail?
Klant: kees punt verhoeven apenstaartje example punt nl.
Agent: Dus kees.verhoeven@example.nl. U ontvangt binnen drie werkdagen een bevestiging. Als u nog vragen heeft kunt u ons bellen op 088 776 12 00, op werkdagen van 8 tot 18 uur.
Klant: Dank u wel Sanne, fijne dag.
Agent: Insgelijks, meneer Verhoeven.
""", [
    p("Sanne", "name"),
    p("Kees Verhoeven", "name", add=["V-E-R-H-O-E-V-E-N"]),
    p("Veertien februari 1961", "birth_date"),
    p("Populierenlaan 23, 3862 BK Nijkerk", "address", mns=["Populierenlaan 23", "3862 BK"]),
    p("Jan van Galenstraat 41", "address"),
    p("1056 BW", "postcode"),
    p("Ineke", "name"),
    p("NL81 INGB 8263 6303 22", "iban", scheme="iban"),
    p("nul zes, eenenveertig, zevenentachtig, tweeëntwintig, negentig", "phone"),
    p("06-41872290", "phone"),
    p("kees punt verhoeven apenstaartje example punt nl", "email", mns=["kees punt verhoeven apenstaartje example punt nl", "kees punt verhoeven"]),
    p("kees.verhoeven@example.nl", "email"),
], [
    ("401288317", "customer_number"), ("48213", "meter_reading"), ("39977", "meter_reading"),
    ("12044 komma 6", "meter_reading"), ("871687140012345678", "ean"), ("142 euro per maand", "price"),
    ("1 april", "date"), ("00:11:48", "duration"), ("drie werkdagen", "duration"),
]),

rec("nl-call-002", """
goedemiddag je spreekt met ilse van belnet hoe kan ik je helpen ja goedemiddag met jeroen smit eh ik heb een vraag over mijn abonnement want ik wil eigenlijk eh overstappen naar sim only ja dat kan ik even voor je nakijken mag ik eerst je mobiele nummer ja dat is nul zes twee acht vier een nul zeven negen zes nul zes twee acht vier een nul zeven negen zes ja klopt ik zie hier een abonnement op naam van j smit klopt dat ja dat ben ik oké en voor de controle mag ik je geboortedatum drie juni negentien vierentachtig top en je postcode en huisnummer twee vijf een vijf k l achtentachtig even kijken dat is de laan van meerdervoort achtentachtig in den haag ja klopt
oké dan zie ik dat je contract nog loopt tot eh augustus dus eh als je nu overstapt dan eh betaal je de resterende termijnen van je toestel dat is nog een iphone dertien toch ja ja nou dat is nog zo'n honderdtwintig euro hm ja ik dacht al zoiets eh nou en wat kost dan die sim only dan heb je twintig gigabyte voor zeventien euro vijftig per maand en dat is dan vierentwintig maanden of je neemt maandelijks opzegbaar dan is het twee euro duurder
ja doe maar die vierentwintig maanden en kan mijn dochter er ook bij want lotte heeft ook een nummer bij jullie maar dat staat op haar eigen naam ja dan moet lotte zelf even bellen of we koppelen het als ze toestemming geeft wat is haar nummer nul zes een nul negen drie acht zeven twee vier ja die zie ik staan die zit op een prepaid oké laat maar dan belt ze zelf wel
nog een dingetje ik krijg de facturen niet meer per mail welk e-mailadres hebben we nu eh het zou moeten zijn jeroen smit vierentachtig apenstaartje example punt nl aan elkaar ja dat staat er maar met een streepje ertussen ah dat is fout dan pas ik het aan en ik zie ook nog een oude melding over de alexa die niet verbond met de wifi is dat opgelost ja dat is goed gekomen prima dan zet ik de overstap klaar je krijgt een sms met ordernummer bn vier vier zeven een twee en de nieuwe simkaart komt binnen twee werkdagen fijn dankjewel ilse graag gedaan fijne middag nog
""", [
    p("ilse", "name"),
    p("jeroen smit", "name"),
    p("nul zes twee acht vier een nul zeven negen zes", "phone"),
    p("j smit", "name", mns=["smit"]),
    p("drie juni negentien vierentachtig", "birth_date"),
    p("twee vijf een vijf k l achtentachtig", "address"),
    p("laan van meerdervoort achtentachtig", "address"),
    p("lotte", "name"),
    p("nul zes een nul negen drie acht zeven twee vier", "phone"),
    p("jeroen smit vierentachtig apenstaartje example punt nl", "email", mns=["jeroen smit vierentachtig apenstaartje example punt nl", "jeroen smit vierentachtig"]),
], [
    ("iphone dertien", "product"), ("honderdtwintig euro", "price"), ("twintig gigabyte", "quantity"),
    ("zeventien euro vijftig per maand", "price"), ("vierentwintig maanden", "duration"), ("alexa", "product"),
    ("bn vier vier zeven een twee", "order_number"), ("twee werkdagen", "duration"),
]),

rec("nl-call-003", """
Medewerker: Goeiemiddag, Kaartblokkering Noordzee Bank, u spreekt met Pieter-Jan.
Beller: Ja, dag meneer, met Els Vermeulen. Mijn portefeuille is gestolen op de tram en mijn bankkaart zat erin, en ook mijn kredietkaart.
Medewerker: Oei, vervelend mevrouw. We gaan die direct blokkeren. Mag ik uw rijksregisternummer, dat staat op de achterkant van uw identiteitskaart... ah maar die is ook weg natuurlijk.
Beller: Ik ken het vanbuiten. Vierentachtig twaalf nul acht, nul drieëntwintig, drieëndertig.
Medewerker: Dank u. Dus geboren op 8 december '84?
Beller: Ja.
Medewerker: En uw adres?
Beller: Kortrijksesteenweg 212 bus 3, 9000 Gent.
Medewerker: Ok, ik vind u terug. Welke kaart wilt u eerst blokkeren?
Beller: De Mastercard. Ik heb het nummer nog op een foto staan, wacht... 5425 4894 0520 3234.
Medewerker: Die is geblokkeerd om 14u32. Ik zie wel twee betalingen van vandaag die ik niet vertrouw: 249,95 euro bij een elektronicawinkel en 60 euro bij een tankstation in Merelbeke.
Beller: Nee, die zijn niet van mij! Ik was om die tijd gewoon op mijn werk.
Medewerker: Dan open ik een betwisting, dossiernummer FR-2024-0318-77. Het geld wordt teruggestort op uw zichtrekening, is dat nog de BE39 0681 3456 7319?
Beller: Ja, dat is die.
Medewerker: En de Bancontact-kaart blokkeer ik ook. Nieuwe kaarten komen binnen 3 werkdagen met de post. Op welk nummer kunnen we u bereiken als er nog iets is?
Beller: 0476 23 18 95. Of anders mijn man, Wim, maar die zit in het buitenland tot vrijdag.
Medewerker: Ik noteer 0476 23 18 95. Doe ook zeker aangifte bij de politie, dan kunnen we dat bij het dossier voegen.
Beller: Ja, ik ga straks naar het commissariaat. Moet ik iets doen met de Payconiq-app?
Medewerker: Die werkt via uw bankkaart, dus die is ook geblokkeerd. U kunt altijd 24 op 24 bellen naar 078 15 22 44 als er nog iets is.
Beller: Merci, Pieter-Jan.
""", [
    p("Pieter-Jan", "name"),
    p("Els Vermeulen", "name"),
    p("Vierentachtig twaalf nul acht, nul drieëntwintig, drieëndertig", "national_id", scheme="be_rrn", canon="84.12.08-023.33"),
    p("8 december '84", "birth_date"),
    p("Kortrijksesteenweg 212 bus 3, 9000 Gent", "address", mns=["Kortrijksesteenweg 212", "9000"]),
    p("5425 4894 0520 3234", "card", scheme="luhn"),
    p("BE39 0681 3456 7319", "iban", scheme="iban"),
    p("0476 23 18 95", "phone"),
    p("Wim", "name"),
], [
    ("14u32", "time"), ("249,95 euro", "price"), ("60 euro", "price"),
    ("FR-2024-0318-77", "case_number"), ("3 werkdagen", "duration"), ("Bancontact", "product"),
    ("24 op 24", "duration"),
]),

rec("nl-call-004", """
spk_0: goedemiddag met Dennis van Zekerheid Direct schadeservice
spk_1: ja hallo met Fatima el Amrani ik eh ik heb een aanrijding gehad vanochtend en ik weet niet zo goed wat ik moet doen
spk_0: vervelend om te horen, is iedereen oké?
spk_1: ja ja niemand gewond alleen de auto
spk_0: gelukkig. mag ik uw polisnummer of kenteken
spk_1: kenteken is GZ-418-K
spk_0: GZ-418-K, een Toyota Aygo, op naam van mevrouw F. el Amrani, Vondellaan 7 in Leiden?
spk_1: ja klopt
spk_0: en uw geboortedatum voor de verificatie
spk_1: negentien oktober negentienachtentachtig
spk_0: dank u. vertel eens wat er gebeurd is
spk_1: nou ik stond te wachten voor het stoplicht bij de Haagweg en toen reed er iemand achterop, een bestelbusje van een schilder of zo, en die meneer heette Dekker, Henk Dekker, hij heeft ook het formulier ingevuld
spk_0: heeft u het schadeformulier hier, dan neem ik de gegevens over
spk_1: ja zijn kenteken is VND-43-T en zijn verzekering is ook bij jullie geloof ik, nee wacht, bij een andere
spk_0: maakt niet uit. telefoonnummer van de tegenpartij staat dat erop
spk_1: ja 06 29 71 44 08
spk_0: en was er een getuige
spk_1: ja een mevrouw die op de stoep stond, Sandra, achternaam weet ik niet, ze heeft haar nummer gegeven maar dat heb ik niet bij me
spk_0: dat kunt u later doorsturen. ik maak een claim aan, het claimnummer is SCH-2024-118432. u kunt de auto laten herstellen bij een van onze partnerbedrijven, bijvoorbeeld Garage De Boer in Oegstgeest
spk_1: oh daar kom ik altijd langs ja
spk_0: omdat u niet schuldig bent geldt het eigen risico van 150 euro niet. ik stuur de bevestiging naar fatima.elamrani@example.com, klopt dat nog
spk_1: ja dat klopt
spk_0: dan heeft u binnen 48 uur een mail. fijne dag verder en sterkte
spk_1: dank u wel
""", [
    p("Dennis", "name"),
    p("Fatima el Amrani", "name", add=["el Amrani"]),
    p("F. el Amrani", "name", mns=["Amrani"]),
    p("GZ-418-K", "plate"),
    p("Vondellaan 7", "address"),
    p("negentien oktober negentienachtentachtig", "birth_date"),
    p("Henk Dekker", "name"),
    p("VND-43-T", "plate"),
    p("06 29 71 44 08", "phone"),
    p("Sandra", "name"),
    p("fatima.elamrani@example.com", "email"),
], [
    ("Toyota Aygo", "product"), ("SCH-2024-118432", "claim_number"), ("Garage De Boer", "company"),
    ("150 euro", "price"), ("48 uur", "duration"), ("Zekerheid Direct", "company"),
]),

rec("nl-call-005", """
GEMEENTE: Gemeente Breda, Monique, goedemorgen.
INWONER: Goedemorgen, ik bel over mijn parkeervergunning. Ik heb een nieuwe auto en ik wil het kenteken laten wijzigen.
GEMEENTE: Dat kan. Mag ik uw naam?
INWONER: Ahmet Yilmaz.
GEMEENTE: Kunt u de achternaam even spellen?
INWONER: Y van Ypsilon, I, L, M, A, Z. Dus Y-I-L-M-A-Z.
GEMEENTE: Dank u. En uw burgerservicenummer?
INWONER: Twee twee acht, vier twee negen, drie een zes.
GEMEENTE: Ik heb u gevonden, Boschstraat 14B, 4811 GH. U heeft nu een vergunning voor het kenteken 1-KBB-23, klopt dat?
INWONER: Ja, die Opel is verkocht. Het nieuwe kenteken is K-628-HV.
GEMEENTE: K-628-HV, even kijken in het register... die staat op naam van M. Jacobs, niet op uw naam.
INWONER: Ja, dat is mijn vriendin, Merel Jacobs. Ze woont bij mij op hetzelfde adres.
GEMEENTE: Dan is dat prima, mits zij ook op dit adres ingeschreven staat. Ik zie dat dat zo is. De wijziging kost 12 euro 50 aan leges. De vergunning blijft geldig in vergunningsgebied B3, tot 1 juli.
INWONER: En die bezoekersregeling, mag ik nog steeds in de Chassé Parking staan met korting?
GEMEENTE: Ja, dat blijft hetzelfde, 40 uur per maand met de bezoekersapp.
INWONER: Oké. Kunt u de bevestiging mailen?
GEMEENTE: Naar a.yilmaz@example.nl?
INWONER: Ja.
GEMEENTE: Ik heb het zaaknummer Z/24/118450 aangemaakt. De wijziging is binnen vijf werkdagen actief. Tot die tijd kunt u de oude vergunning laten zien aan de handhaver. Verder nog iets?
INWONER: Nee, dank u wel Monique.
GEMEENTE: Graag gedaan meneer Yilmaz. Voor vragen kunt u ook altijd 14 076 bellen. Fijne dag!
""", [
    p("Monique", "name"),
    p("Ahmet Yilmaz", "name", add=["Y-I-L-M-A-Z", "Y van Ypsilon, I, L, M, A, Z"]),
    p("Twee twee acht, vier twee negen, drie een zes", "national_id", scheme="bsn", canon="228429316"),
    p("Boschstraat 14B, 4811 GH", "address", mns=["Boschstraat 14B", "4811 GH"]),
    p("1-KBB-23", "plate"),
    p("K-628-HV", "plate"),
    p("M. Jacobs", "name", mns=["Jacobs"]),
    p("Merel Jacobs", "name"),
    p("a.yilmaz@example.nl", "email"),
], [
    ("12 euro 50", "price"), ("vergunningsgebied B3", "zone"), ("1 juli", "date"), ("Chassé Parking", "company"),
    ("40 uur per maand", "quantity"), ("Z/24/118450", "case_number"), ("vijf werkdagen", "duration"),
]),

rec("nl-call-006", """
[SPEAKER 1] Huisartsenpraktijk De Linde, met de assistente, Naima.
[SPEAKER 2] Ja goedemorgen, u spreekt met Marco Bosch, ik bel eigenlijk voor mijn moeder.
[SPEAKER 1] Goedemorgen. Wat is de naam van uw moeder?
[SPEAKER 2] Wilhelmina Bosch-Kramer. Ze is geboren op 12-05-1938.
[SPEAKER 1] Ik heb haar. Mag ik voor de zekerheid haar BSN?
[SPEAKER 2] Eh, dat staat op haar pas... 4 0 8 0 4 6 1 2 0.
[SPEAKER 1] Klopt. Grote Noord 55 in Hoorn, dat adres klopt nog?
[SPEAKER 2] Ja ja. Ze is gisteren gevallen in de badkamer en ze heeft nu veel pijn in haar pols. Dokter Van Leeuwen zei vorige keer dat we meteen moesten bellen als er iets was met de bloeddruk, maar nu is het de pols.
[SPEAKER 1] Is de pols dik of blauw?
[SPEAKER 2] Dik, en ze kan haar kopje niet vasthouden.
[SPEAKER 1] Dan wil ik haar vandaag zien. Dokter Van Leeuwen heeft vandaag geen spreekuur, maar dokter Hamidi wel. Kan ze om 10:40 komen? Anders is er donderdag 21 maart.
[SPEAKER 2] 10:40 lukt, ik breng haar.
[SPEAKER 1] Gebruikt ze nog steeds de metoprolol 50 mg, twee keer per dag?
[SPEAKER 2] Ja, en sinds kort ook iets van de apotheek tegen maagzuur, dat heeft Apotheek De Roos meegegeven.
[SPEAKER 1] Dat zie ik. Op welk nummer kan ik u bereiken als er iets verandert?
[SPEAKER 2] Het beste mijn mobiel, 06-38 21 47 90. Of bij haar thuis op 0229 21 47 83, maar daar neemt ze vaak niet op.
[SPEAKER 1] Ik noteer het. Mogelijk sturen we haar door voor een foto, dan krijgt u een verwijzing mee. Het labnummer van de vorige bloedafname was 24-00871, dat zet ik er ook bij.
[SPEAKER 2] Fijn, dank u wel Naima.
""", [
    p("Naima", "name"),
    p("Marco Bosch", "name"),
    p("Wilhelmina Bosch-Kramer", "name"),
    p("12-05-1938", "birth_date"),
    p("4 0 8 0 4 6 1 2 0", "national_id", scheme="bsn", canon="408046120"),
    p("Grote Noord 55", "address"),
    p("Van Leeuwen", "name", mns=["Leeuwen"]),
    p("Hamidi", "name"),
    p("06-38 21 47 90", "phone"),
    p("0229 21 47 83", "phone"),
], [
    ("10:40", "time"), ("donderdag 21 maart", "date"), ("metoprolol 50 mg", "quantity"),
    ("twee keer per dag", "quantity"), ("Apotheek De Roos", "company"), ("24-00871", "lab_number"),
    ("Huisartsenpraktijk De Linde", "company"),
]),

rec("nl-call-007", """
[00:00:02] Agent: Goedemiddag, PakketPost klantenservice, je spreekt met Youssef.
[00:00:06] Klant: Ja hoi, met Robin de Graaf. Ik mis een pakket, volgens de app is het gisteren bezorgd maar ik heb niks.
[00:00:14] Agent: Dat is vervelend. Heb je de trackingcode?
[00:00:17] Klant: Ja, 3SPKP0047719283.
[00:00:29] Agent: Ik zie hem. Bezorgd gisteren om 14:52 bij de buren, op nummer 104.
[00:00:35] Klant: Bij nummer 104? Daar woont niemand, dat pand staat leeg.
[00:00:41] Agent: Hm. Even voor de zekerheid, je adres is Oudegracht 102 bis?
[00:00:45] Klant: Ja, en postcode 3511 AP, Anton Pieter.
[00:00:52] Agent: En je achternaam, hoe schrijf je die?
[00:00:55] Klant: Met een spatie, de, en dan Graaf: Gerard, Rudolf, Anton, Anton, Ferdinand.
[00:01:06] Agent: Dank je. De chauffeur heeft een foto gemaakt, ik zie een deur met een groene brievenbus.
[00:01:12] Klant: Oh wacht, dat is de deur van mevrouw Jansen, van beneden. Die is groen. Ik ga even kijken.
[00:01:40] Klant: Nee, ze is niet thuis. Ze is meestal pas om zes uur terug.
[00:01:46] Agent: Oké. Als hij er vanavond niet is, dan start ik een onderzoek. Het pakket weegt 2,3 kilo en komt van Bol... van een webwinkel, de afzender kan dan een nieuw pakket sturen. Op welk nummer kan ik je bereiken?
[00:01:58] Klant: 06 17 58 20 39.
[00:02:03] Agent: En je e-mailadres?
[00:02:06] Klant: robin.degraaf@example.net.
[00:02:14] Agent: Ik heb een notitie gemaakt onder ticket PP-7781204. Morgen kun je ook een tweede afleverpoging aanvragen bij het pakketpunt, dat is de Albert Heijn aan de Twijnstraat, tussen 14:00 en 16:30.
[00:02:30] Klant: Oké. Top, dank je Youssef.
[00:02:33] Agent: Graag gedaan, fijne dag nog.
""", [
    p("Youssef", "name"),
    p("Robin de Graaf", "name", add=["Gerard, Rudolf, Anton, Anton, Ferdinand"]),
    p("Oudegracht 102 bis", "address", mns=["Oudegracht 102"]),
    p("3511 AP", "postcode", add=["3511 AP, Anton Pieter"]),
    p("Jansen", "name"),
    p("06 17 58 20 39", "phone"),
    p("robin.degraaf@example.net", "email"),
], [
    ("3SPKP0047719283", "tracking_number"), ("14:52", "time"), ("2,3 kilo", "quantity"),
    ("PP-7781204", "ticket_number"), ("Albert Heijn", "company"), ("tussen 14:00 en 16:30", "time"),
    ("00:02:33", "timestamp"),
]),

rec("nl-call-008", """
MEDEWERKER: Woonstichting Twentehuis, goedemiddag, met Bas.
HUURDER: Ja goedemiddag, met mevrouw Hoekstra, Gerda Hoekstra. Ik heb alweer lekkage in de badkamer.
MEDEWERKER: Oh jee. Op welk adres is het?
HUURDER: Lijsterbeslaan 31, 7524 PD.
MEDEWERKER: Ik zie een eerder reparatieverzoek van februari. Mag ik ter controle uw geboortedatum?
HUURDER: Elf september negentienvijftig.
MEDEWERKER: Dank u. Waar komt het water vandaan?
HUURDER: Van boven, van de buren. De familie Öztürk woont daar, die hebben een nieuwe douche laten zetten en sindsdien druppelt het bij mij door het plafond. Ik heb al twee emmers staan.
MEDEWERKER: Heeft u contact gehad met de buren?
HUURDER: Ja, meneer Öztürk is heel aardig, die zei dat ik jullie moest bellen. Zijn nummer is 06 44 90 12 77 als de monteur boven moet kijken.
MEDEWERKER: Dat noteer ik. Ik plan een monteur in van Loodgietersbedrijf Wessels. Dinsdag tussen 8 en 12, lukt dat?
HUURDER: Ja. Komt Erik weer? Die was de vorige keer ook hier, heel vriendelijk.
MEDEWERKER: Dat kan ik niet beloven, maar ik zet het erbij. Op welk nummer kan de monteur u bellen?
HUURDER: 053 434 17 08, ik heb geen mobiel.
MEDEWERKER: En heeft u een e-mailadres voor de bevestiging?
HUURDER: Ja, dat heeft mijn zoon aangemaakt: g punt hoekstra apenstaartje example punt nl.
MEDEWERKER: Prima. Het reparatieverzoek is RV-2024-33817. Schade aan uw spullen moet u bij uw eigen inboedelverzekering melden. En zag ik nou dat de huur van maart nog openstaat, 712 euro 48?
HUURDER: Nee, dat heb ik overgemaakt vanaf NL94 RABO 0029 0819 70, gisteren pas, dus misschien is het er nog niet.
MEDEWERKER: Dan zal het deze week binnenkomen. Ik wens u sterkte met de emmers, mevrouw.
HUURDER: Dank u Bas.
""", [
    p("Bas", "name"),
    p("Gerda Hoekstra", "name"),
    p("Lijsterbeslaan 31, 7524 PD", "address", mns=["Lijsterbeslaan 31", "7524 PD"]),
    p("Elf september negentienvijftig", "birth_date"),
    p("Öztürk", "name"),
    p("06 44 90 12 77", "phone"),
    p("Erik", "name"),
    p("053 434 17 08", "phone"),
    p("g punt hoekstra apenstaartje example punt nl", "email", mns=["g punt hoekstra apenstaartje example punt nl", "g punt hoekstra"]),
    p("NL94 RABO 0029 0819 70", "iban", scheme="iban"),
], [
    ("twee emmers", "quantity"), ("Loodgietersbedrijf Wessels", "company"), ("Dinsdag tussen 8 en 12", "time"),
    ("RV-2024-33817", "repair_number"), ("712 euro 48", "price"), ("Woonstichting Twentehuis", "company"),
]),

rec("nl-call-009", """
- Goedemiddag, Kidsmarkt klantenservice, je spreekt met Noor.
- Hallo, ja, met Priya Ramdin. Ik heb een bestelling die ik wil retourneren maar het retourlabel werkt niet.
- Oké, geen probleem. Heb je het ordernummer?
- WS-88241937.
- Ik zie het. Een Sophie de Giraf, een Billie jurkje in maat 86 en een boxkleed. Wat wil je retourneren?
- Het jurkje, het valt veel te klein. En die giraf hebben we dubbel gekregen van de kraamvisite.
- Dat snap ik. Je hebt 14 dagen bedenktijd, dus dat kan allebei. Staat je account op priya_r88?
- Ja, daar log ik mee in.
- Ik zie dat het label naar een oud adres is gegaan. Klopt Kasteellaan 218 nog?
- Nee, we zijn verhuisd, het is nu Mierloseweg 77, 5707 AN Helmond.
- Dan pas ik dat aan. Je krijgt een nieuw label op je e-mail, is dat priya.ramdin@example.com?
- Ja. Of stuur het naar mijn man, Sven, die brengt het pakket weg. Maar goed, gewoon naar mij.
- Helemaal goed. Je betaalde met iDEAL, dus het bedrag van 19,99 plus 24,95 wordt teruggestort. Wil je het op dezelfde rekening?
- Nee, die rekening gebruiken we niet meer. Liever op NL37 ASNB 9820 1128 80.
- Dat noteer ik. En welk nummer kan de koerier bellen?
- 06 52 18 33 04.
- Top. Het duurt meestal 3 tot 5 werkdagen na ontvangst. Nog iets anders, Priya?
- Nee, dank je wel Noor!
""", [
    p("Noor", "name"),
    p("Priya Ramdin", "name"),
    p("priya_r88", "username"),
    p("Kasteellaan 218", "address"),
    p("Mierloseweg 77, 5707 AN Helmond", "address", mns=["Mierloseweg 77", "5707 AN"]),
    p("priya.ramdin@example.com", "email"),
    p("Sven", "name"),
    p("NL37 ASNB 9820 1128 80", "iban", scheme="iban"),
    p("06 52 18 33 04", "phone"),
], [
    ("WS-88241937", "order_number"), ("Sophie de Giraf", "product"), ("Billie jurkje", "product"),
    ("maat 86", "quantity"), ("14 dagen", "duration"), ("19,99", "price"), ("24,95", "price"),
    ("3 tot 5 werkdagen", "duration"),
]),

rec("nl-call-010", """
A: FitFabriek Tilburg, met Stefan.
B: Hoi Stefan, met Lars Brouwer, ik wil graag mijn lidmaatschap opzeggen.
A: Jammer om te horen! Mag ik vragen waarom?
B: Ik ga verhuizen naar Groningen voor m'n werk.
A: Ah, daar hebben we geen vestiging helaas. Wat is je lidnummer?
B: FF-00917734.
A: En je geboortedatum?
B: 23-07-1995.
A: Oké, Lars, ik zie je. Je hebt een abonnement van 29,99 per vier weken, met personal training bij Kim, twee keer per maand.
B: Klopt, die sessies met Kim wil ik nog wel afmaken.
A: De opzegtermijn is één maand, dus je laatste dag wordt 31 mei. De resterende sessies kun je tot dan gebruiken. De laatste incasso gaat nog van NL80 BUNQ 0679 1051 31 af.
B: Prima.
A: Ik zie trouwens nog een openstaande bestelling van 2 zakken Milo eiwitshake in de shop, die staat nog klaar bij de balie.
B: Oh ja, die haal ik zaterdag op.
A: Top. De bevestiging van de opzegging komt per mail. Naar lars.brouwer95@example.com?
B: Ja.
A: En je telefoonnummer staat als 06 21 09 84 56, klopt dat?
B: Ja, dat klopt. Oh, en mijn vriendin, Anouk Peeters, heeft ook een abonnement, maar die blijft gewoon lid.
A: Haha, die zie ik hier vaak. Succes met de verhuizing, Lars!
""", [
    p("Stefan", "name"),
    p("Lars Brouwer", "name"),
    p("23-07-1995", "birth_date"),
    p("Kim", "name"),
    p("NL80 BUNQ 0679 1051 31", "iban", scheme="iban"),
    p("lars.brouwer95@example.com", "email"),
    p("06 21 09 84 56", "phone"),
    p("Anouk Peeters", "name"),
], [
    ("FF-00917734", "member_number"), ("29,99 per vier weken", "price"), ("twee keer per maand", "quantity"),
    ("één maand", "duration"), ("31 mei", "date"), ("2 zakken Milo eiwitshake", "product"),
    ("FitFabriek Tilburg", "company"),
]),

rec("nl-call-011", """
Medewerker HR: Salarisadministratie, met Femke.
Beller: Hallo Femke, met Thomas Krüger, ik werk bij de productie in Nijmegen. Ik heb een vraag over mijn loonstrook van maart.
Medewerker HR: Goedemiddag Thomas. Mag ik je personeelsnummer?
Beller: P-004512.
Medewerker HR: Dank je. Wat is je vraag?
Beller: Ik woon in Duitsland, in Kleve, en er is loonheffing ingehouden terwijl ik dacht dat dat in Duitsland moest. Mijn Steuer-ID is 64984336953 en die heb ik vorig jaar al doorgegeven aan Ingrid van Dam.
Medewerker HR: Ingrid werkt hier niet meer, ik pak het over. Ik zie je BSN, 508249478, en inderdaad staat de heffingskorting aan. Dat moet uit, want je woont niet in Nederland. Je adres is Hagsche Straße 41, 47533 Kleve?
Beller: Ja, klopt.
Medewerker HR: In periode 3 is bruto 3.412,50 uitbetaald op basis van 36 uur. Ik ga het corrigeren in periode 4. Je krijgt dan het te veel ingehouden bedrag terug.
Beller: En wordt dat nog steeds op mijn Duitse rekening gestort? Die is DE53 3704 0044 8063 0805 53.
Medewerker HR: Ja, die staat erin. De reiskostenvergoeding is 0,23 per kilometer, dat blijft hetzelfde.
Beller: Mijn teamleider, Rutger, zei dat ik ook een formulier voor de Duitse belasting nodig heb?
Medewerker HR: Klopt, een jaaropgave. Die mail ik naar je. Naar je privé mail?
Beller: Ja, thomas.krueger@example.com.
Medewerker HR: En ben je bereikbaar op +49 2821 718342?
Beller: Ja, dat is mijn mobiel.
Medewerker HR: Top, ik zet een taak uit en je hoort binnen een week van me.
""", [
    p("Femke", "name"),
    p("Thomas Krüger", "name"),
    p("64984336953", "national_id", scheme="de_steuerid"),
    p("Ingrid van Dam", "name"),
    p("508249478", "national_id", scheme="bsn"),
    p("Hagsche Straße 41, 47533 Kleve", "address", mns=["Hagsche Straße 41", "47533"]),
    p("DE53 3704 0044 8063 0805 53", "iban", scheme="iban"),
    p("Rutger", "name"),
    p("thomas.krueger@example.com", "email"),
    p("+49 2821 718342", "phone"),
], [
    ("P-004512", "employee_number"), ("periode 3", "pay_period"), ("3.412,50", "price"), ("36 uur", "duration"),
    ("0,23 per kilometer", "price"), ("binnen een week", "duration"),
]),

rec("nl-call-012", """
Tamara: Goedemiddag, Zonvaart Reizen, u spreekt met Tamara.
Beller: Goedemiddag, met Johan Dijkstra. We hebben een reis geboekt naar Kreta en ik wil een naam laten aanpassen.
Tamara: Natuurlijk. Wat is het boekingsnummer?
Beller: 4471-208-93.
Tamara: Ik zie een boeking voor vier personen, vertrek 14 juli met vlucht HV 6043, Hotel Villa Elena in Chersonissos, 10 nachten. Welke naam klopt niet?
Beller: Mijn vrouw staat erop als Mieke, maar in haar paspoort staat Maria Wilhelmina. Ze gebruikt altijd Mieke.
Tamara: Dan moet het de naam uit het paspoort zijn, anders kan ze niet boarden. Mag ik het paspoortnummer?
Beller: NXC7R2K41.
Tamara: Dank u. En de kinderen, Sem en Fleur, die kloppen wel?
Beller: Ja, al moet Sem nog een nieuwe ID-kaart, die is verlopen. Hij is geboren op 2 maart 2013, dus hij is nu elf.
Tamara: Dan is het handig om die voor vertrek aan te vragen bij de gemeente, dat duurt ongeveer een week. De naamswijziging kost 35 euro administratiekosten.
Beller: Prima. Kunt u het op de mail zetten?
Tamara: Naar johan.dijkstra@example.nl?
Beller: Ja. En als er iets is, mijn nummer is nul zes, achtendertig, zestien, negenenveertig, nul twee.
Tamara: 06 38 16 49 02, genoteerd. Fijne vakantie alvast, meneer Dijkstra.
""", [
    p("Tamara", "name"),
    p("Johan Dijkstra", "name"),
    p("Mieke", "name"),
    p("Maria Wilhelmina", "name"),
    p("NXC7R2K41", "national_id"),
    p("Sem", "name"),
    p("Fleur", "name"),
    p("2 maart 2013", "birth_date"),
    p("johan.dijkstra@example.nl", "email"),
    p("nul zes, achtendertig, zestien, negenenveertig, nul twee", "phone"),
    p("06 38 16 49 02", "phone"),
], [
    ("4471-208-93", "booking_number"), ("14 juli", "date"), ("HV 6043", "flight_number"),
    ("Hotel Villa Elena", "product"), ("10 nachten", "duration"), ("35 euro", "price"),
    ("Zonvaart Reizen", "company"),
]),
]
