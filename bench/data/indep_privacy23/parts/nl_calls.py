from _h import name, em, sem, ad, p, L, rec

RECORDS = [

rec("nl-call-001", "call", """
Agent: Goedemiddag, u spreekt met Priya van Stroomlijn Energie, waarmee kan ik u helpen?
Klant: Ja goedemiddag, met Jeroen Smit. Ik ga verhuizen en ik wil mijn contract eigenlijk meenemen.
Agent: Dat kan zeker. Heeft u uw klantnummer bij de hand, of anders uw postcode en huisnummer?
Klant: Klantnummer niet nee. Postcode is 3521 KJ, nummer 112.
Agent: Dank u. Ik zie hier Croeselaan 112 in Utrecht, op naam van J. Smit. Voor de controle, wat is uw geboortedatum?
Klant: Veertien augustus negentienachtentachtig.
Agent: Klopt. En per wanneer gaat u verhuizen?
Klant: De sleutel krijg ik op 1 maart. Het nieuwe adres is Johan de Wittstraat 9A in Den Haag, postcode 2518 RL.
Agent: Genoteerd. Weet u toevallig al wie er na u in de Croeselaan komt wonen?
Klant: Ja, mijn neef, Daan Verbeek, die neemt het huurcontract over. Die belt zelf nog.
Agent: Prima. Dan heb ik van het oude adres nog de eindstanden nodig op de dag van de sleuteloverdracht. Als u die nu al heeft is het makkelijk.
Klant: Ik heb vanochtend een foto gemaakt. Normaal 045812, dal 038770.
Agent: Dank u. En de EAN-code van het nieuwe adres, die staat vaak in het welkomstpakket van de verhuurder. Heeft u die?
Klant: Eh ja, 871687766181802053.
Agent: Helemaal goed. Uw termijnbedrag blijft voorlopig 142 euro, na drie maanden kijken we of het past bij het nieuwe huis. En de Toon-thermostaat neemt u gewoon mee.
Klant: Oké. En de afschrijving, die blijft van dezelfde rekening?
Agent: Ik heb nu een rekening eindigend op 52 10 staan. Wilt u dat zo houden?
Klant: Nee, zet hem maar op mijn nieuwe rekening. NL72 INGB 0006 0552 10... sorry, dat is de oude. De nieuwe is NL30 INGB 3851 0435 25.
Agent: NL30 INGB 3851 0435 25, genoteerd. Mag ik nog een mobiel nummer voor de monteur?
Klant: Nul zes, achtendertig, eenenveertig, zeventien, nul twee.
Agent: En uw e-mailadres voor de bevestiging?
Klant: jeroen punt smit achtentachtig apenstaartje example punt nl.
Agent: U krijgt binnen 5 werkdagen een bevestiging met contractnummer 40018823. Nog een fijne verhuizing!
""", [
    name("Priya"),
    name("Jeroen Smit"),
    p("postcode", "3521 KJ"),
    ad("Croeselaan 112 in Utrecht", "Croeselaan 112"),
    p("birth_date", "Veertien augustus negentienachtentachtig"),
    ad("Johan de Wittstraat 9A in Den Haag, postcode 2518 RL", "Johan de Wittstraat 9A", "2518 RL"),
    name("Daan Verbeek"),
    p("iban", "NL72 INGB 0006 0552 10", chk="iban"),
    p("iban", "NL30 INGB 3851 0435 25", chk="iban"),
    p("phone", "Nul zes, achtendertig, eenenveertig, zeventien, nul twee", norm="0638411702"),
    sem("jeroen punt smit achtentachtig apenstaartje example punt nl", "jeroen punt smit achtentachtig"),
], [
    L("date", "1 maart"), L("meter_reading", "045812"), L("meter_reading", "038770"),
    L("ean", "871687766181802053"), L("price", "142 euro"), L("product", "Toon-thermostaat"),
    L("contract", "contractnummer 40018823"), L("duration", "binnen 5 werkdagen"),
]),

rec("nl-call-002", "call", """
spk_0: goedemiddag u spreekt met kevin van belnet waarmee kan ik u helpen
spk_1: eh ja hallo met marloes kuipers ik wil eh mijn nummer meenemen naar jullie
spk_0: ja dat kan zeker ehm kunt u uw achternaam even spellen
spk_1: kuipers k van karel u van utrecht i van izaak p van pieter e van eduard r van rudolf s van simon
spk_0: top dank u wel en wat is uw geboortedatum
spk_1: drie juni negentien vijfennegentig
spk_0: en het nummer dat u wilt meenemen
spk_1: nul zes vier zeven nul nul negen drie een acht
spk_0: ik herhaal even nul zes vier zeven nul nul negen drie een acht klopt dat
spk_1: ja klopt maar eh dat abonnement gebruikt eigenlijk mijn zoon thijs hij is zestien
spk_0: oké geen probleem dan zet ik hem er als gebruiker bij en het adres waar de simkaart heen moet
spk_1: de eikenlaan vierentwintig in apeldoorn
spk_0: en de postcode
spk_1: drieënzeventig zevenentwintig b d
spk_0: ik zie een sim only van twintig gigabyte voor vijftien euro per maand klopt dat met wat u op de site zag
spk_1: eh ja die met die vierentwintig maanden
spk_0: ja precies de sim komt binnen twee werkdagen en uw referentienummer is vier vier twee acht nul
spk_1: oké super
spk_0: nog een fijne dag verder
""", [
    name("kevin"),
    name("marloes kuipers"),
    p("name", "k van karel u van utrecht i van izaak p van pieter e van eduard r van rudolf s van simon"),
    p("birth_date", "drie juni negentien vijfennegentig"),
    p("phone", "nul zes vier zeven nul nul negen drie een acht", norm="0647009318"),
    name("thijs"),
    ad("de eikenlaan vierentwintig in apeldoorn", "eikenlaan vierentwintig"),
    p("postcode", "drieënzeventig zevenentwintig b d"),
], [
    L("quantity", "twintig gigabyte"), L("price", "vijftien euro per maand"),
    L("duration", "vierentwintig maanden"), L("duration", "binnen twee werkdagen"),
    L("ticket", "vier vier twee acht nul"), L("quantity", "zestien"),
]),

rec("nl-call-003", "call", """
[00:00:03] Medewerker: Gemeente Amsterdam, Parkeren, u spreekt met Ellen.
[00:00:07] Beller: Goedemorgen, u spreekt met mevrouw El Amrani. Yasmina El Amrani.
[00:00:12] Medewerker: Goedemorgen mevrouw. Waar gaat het over?
[00:00:15] Beller: Ik heb een nieuwe auto en ik wil het kenteken op mijn parkeervergunning laten wijzigen.
[00:00:21] Medewerker: Dat kan. Voor ik in uw gegevens kan kijken heb ik uw burgerservicenummer nodig.
[00:00:26] Beller: Twee zes vier, acht vijf nul, twee twee een.
[00:00:33] Medewerker: Dank u. Dan zie ik een vergunning op de Bilderdijkstraat 88-3, 1053 LW. Klopt dat nog?
[00:00:40] Beller: Ja. Alleen de auto staat op naam van mijn man, Karim. Is dat een probleem?
[00:00:45] Medewerker: Nee, als u op hetzelfde adres staat ingeschreven niet. Wat is het nieuwe kenteken?
[00:00:50] Beller: G van Gerard, vijf twaalf, K X. Dus G-512-KX.
[00:00:57] Medewerker: G-512-KX. Dat is een Renault Zoe, zie ik, elektrisch. Dan heeft u ook recht op de laadpaal-regeling.
[00:01:06] Beller: O, leuk. En mijn buurvrouw, mevrouw Visser van driehoog, zei dat ik een bezoekersvergunning kan krijgen?
[00:01:13] Medewerker: Klopt, dat is apart. De wijziging kost niets, de vergunning zelf blijft € 267,40 per half jaar.
[00:01:21] Medewerker: U krijgt een bevestiging met zaaknummer Z-2024-118734. Zijn we u nog op een telefoonnummer kwijt?
[00:01:27] Beller: 06 81 22 45 90.
[00:01:31] Medewerker: Dank u. De wijziging is binnen 8 weken verwerkt, meestal veel sneller.
[00:01:36] Beller: Oké, dank u wel.
""", [
    name("Ellen"),
    name("Yasmina El Amrani", "El Amrani"),
    p("national_id", "Twee zes vier, acht vijf nul, twee twee een", chk="bsn", norm="264850221"),
    ad("Bilderdijkstraat 88-3, 1053 LW", "Bilderdijkstraat 88-3", "1053 LW"),
    name("Karim"),
    p("plate", "G van Gerard, vijf twaalf, K X"),
    p("plate", "G-512-KX"),
    name("Visser"),
    p("phone", "06 81 22 45 90"),
], [
    L("product", "Renault Zoe"), L("price", "€ 267,40"), L("case", "Z-2024-118734"),
    L("duration", "binnen 8 weken"), L("time", "00:01:21"),
]),

rec("nl-call-004", "call", """
Doktersassistente: Huisartsenpraktijk De Linde, met Sevgi.
Beller: Ja goedemorgen, u spreekt met Anouk, ik bel voor mijn moeder, mevrouw Hendriks-Mulder. Truus Hendriks-Mulder.
Doktersassistente: Goedemorgen. Wat is de geboortedatum van uw moeder?
Beller: 07-11-1941.
Doktersassistente: En voor de zekerheid het BSN?
Beller: Eh even kijken, die staat op haar pas... 311530357.
Doktersassistente: Dank u. Ik heb haar. Wat is er aan de hand?
Beller: Ze is gisteren gevallen in de badkamer en haar pols is erg dik. Ze kan niet zelf komen, dus ik vroeg me af of dokter Brouwer langs kan komen.
Doktersassistente: Ik overleg even. Woont ze nog op hetzelfde adres, Lindelaan 3 in Velp?
Beller: Ja, Lindelaan 3, 6881 BA.
Doktersassistente: Dokter Brouwer zit vandaag vol, maar de waarnemer, dokter Van Dongen, kan rond 13:15 langskomen. Is er iemand thuis?
Beller: Ik ben er, en anders de buurman, meneer Hoogendijk, die heeft een sleutel.
Doktersassistente: Prima. Mag ik een nummer waarop we u kunnen bereiken?
Beller: Mijn mobiel, 06 19 44 80 27. Of haar vaste nummer, 026 - 364 18 22.
Doktersassistente: Geef haar tot die tijd paracetamol 500 mg, maximaal 3 keer per dag, en de pols hoog leggen. Als het erger wordt belt u de huisartsenpost.
Beller: Haar medicijnen haalt ze bij Apotheek Van der Meer, kunnen die er dan meteen een brace klaarleggen?
Doktersassistente: Dat regelt de dokter. Ik noteer het onder afspraak 13:15, duur ongeveer 20 minuten.
""", [
    name("Sevgi"),
    name("Anouk"),
    name("Truus Hendriks-Mulder"),
    p("birth_date", "07-11-1941"),
    p("national_id", "311530357", chk="bsn"),
    name("Brouwer"),
    ad("Lindelaan 3, 6881 BA", "Lindelaan 3", "6881 BA"),
    name("Van Dongen", "Dongen"),
    name("Hoogendijk"),
    p("phone", "06 19 44 80 27"),
    p("phone", "026 - 364 18 22"),
], [
    L("company", "Huisartsenpraktijk De Linde"), L("product", "paracetamol 500 mg"),
    L("quantity", "3 keer per dag"), L("company", "Apotheek Van der Meer"),
    L("time", "afspraak 13:15"), L("duration", "ongeveer 20 minuten"),
]),

rec("nl-call-005", "call", """
— Medewerker: Goeiendag, Kaartdienst van Schelde Bank, u spreekt met Wouter.
— Klant: Dag, Pieter-Jan Claes hier. Ik denk dat er met mijn kaart gefraudeerd wordt, ik zie daarnet een betaling van € 349,99 die ik niet gedaan heb.
— Medewerker: Dat is vervelend, we gaan dat meteen bekijken. Mag ik eerst uw rijksregisternummer?
— Klant: 63.10.24-095.93.
— Medewerker: Dank u. Over welke kaart gaat het?
— Klant: De Mastercard. Het nummer is 5417 1984 7984 2625.
— Medewerker: Ik zie de transactie, vandaag om 14:32 bij een webwinkel. Die kaart blokkeer ik nu. Heeft u nog een tweede kaart op die rekening?
— Klant: Mijn vrouw, Els, heeft er eentje. Die mag blijven werken.
— Medewerker: Dat is een aparte kaart, die blijft actief. De rekening is BE56 3632 5885 9088, klopt dat?
— Klant: Ja, dat is onze zichtrekening.
— Medewerker: Dan stuur ik een nieuwe kaart naar het adres dat we hebben: Kouter 27 bus 3, 9000 Gent.
— Klant: Klopt. Duurt dat lang?
— Medewerker: Ongeveer vijf werkdagen. U krijgt een sms op 0475 62 18 39 zodra hij verstuurd is. Ik open ook een fraudedossier, nummer 2024/11873. Vorige week had u ook een betaling bij Delhaize van € 86,12, die is wel van u?
— Klant: Ja, die is van mij.
— Medewerker: Goed. Kaart is geblokkeerd om 14:51. Nog een fijne dag, meneer Claes.
""", [
    name("Wouter"),
    name("Pieter-Jan Claes"),
    p("national_id", "63.10.24-095.93", chk="be_rrn"),
    p("card", "5417 1984 7984 2625", chk="luhn"),
    name("Els"),
    p("iban", "BE56 3632 5885 9088", chk="iban"),
    ad("Kouter 27 bus 3, 9000 Gent", "Kouter 27 bus 3", "9000"),
    p("phone", "0475 62 18 39"),
], [
    L("price", "€ 349,99"), L("time", "14:32"), L("case", "2024/11873"),
    L("company", "Delhaize"), L("price", "€ 86,12"), L("duration", "vijf werkdagen"), L("time", "14:51"),
]),

rec("nl-call-006", "call", """
- Schadeservice Veilig Onderweg, goedemiddag, met Lisa.
- Ja hoi, met Bas Hoekstra. Ik heb vanochtend een aanrijding gehad en ik wil dat melden.
- Vervelend om te horen. Is iedereen oké?
- Ja, alleen blikschade. Ik stond stil voor het stoplicht en iemand reed achterop.
- Wat is het kenteken van uw auto?
- ZT-218-H, een blauwe Seat Leon.
- Dank u. En heeft u de gegevens van de andere partij?
- Ja, we hebben een schadeformulier ingevuld. Het was een meneer Wolters, Frank Wolters, zijn kenteken is 86-KHN-4. Zijn nummer is 06-21873304.
- Fijn. Waren er getuigen?
- Een fietser heeft het gezien, mevrouw Sanders. Ze heeft haar nummer op het formulier gezet maar dat is niet goed leesbaar.
- Geen probleem, het formulier is genoeg. Waar staat de auto nu?
- Bij Autoschade Van Wijk in Zeist, die hebben de schade al bekeken. Ze schatten ongeveer € 1.850.
- Dat is een van onze herstellers, dus dat kunnen zij rechtstreeks met ons regelen. U heeft polis 77-204519-3, allrisk, zonder eigen risico bij een erkende hersteller.
- Mooi. En mocht ik de huurauto zelf betalen, waar moet het geld dan heen?
- Naar de rekening die bij ons bekend is, NL54 RABO 6408 6556 11.
- Klopt. En de bevestiging kan naar b.hoekstra@example.nl.
- Genoteerd. Uw schadenummer is S24-0091827. U hoort binnen 48 uur van ons.
""", [
    name("Lisa"),
    name("Bas Hoekstra"),
    p("plate", "ZT-218-H"),
    name("Frank Wolters"),
    p("plate", "86-KHN-4"),
    p("phone", "06-21873304"),
    name("Sanders"),
    p("iban", "NL54 RABO 6408 6556 11", chk="iban"),
    em("b.hoekstra@example.nl"),
], [
    L("product", "Seat Leon"), L("company", "Autoschade Van Wijk"), L("price", "€ 1.850"),
    L("policy", "polis 77-204519-3"), L("claim", "S24-0091827"), L("duration", "binnen 48 uur"),
]),

rec("nl-call-007", "call", """
AGENT: GOEDEMIDDAG, KLANTENSERVICE HUIS EN TUIN DIRECT, U SPREEKT MET MOHAMED.
KLANT: JA HALLO, MET FATMA YILDIZ. IK HEB EEN BOEKENKAST BESTELD EN DIE IS BESCHADIGD AANGEKOMEN.
AGENT: VERVELEND. HEEFT U HET BESTELNUMMER?
KLANT: 1029384756.
AGENT: DANK U. DAN ZIE IK EEN BILLY BOEKENKAST WIT, 80 BIJ 202 CENTIMETER, VOOR € 89,95. OP WELKE NAAM STAAT DE BESTELLING?
KLANT: YILDIZ, Y-I-L-D-I-Z.
AGENT: EN HET AFLEVERADRES IS PATERSWOLDSEWEG 301, 9727 BT GRONINGEN?
KLANT: JA. MAAR IK BEN OVERDAG NIET THUIS, DUS ALS JULLIE HEM OPHALEN MAG HET BIJ DE BUREN, FAMILIE DIJKSTRA, PATERSWOLDSEWEG 303.
AGENT: DAT NOTEER IK. IK MAAK EEN RETOURLABEL AAN, NUMMER RT-55810. OP WELK E-MAILADRES WILT U DIE ONTVANGEN?
KLANT: FATMA PUNT YILDIZ APENSTAARTJE EXAMPLE PUNT COM.
AGENT: EN EEN TELEFOONNUMMER VOOR DE CHAUFFEUR?
KLANT: 050 318 77 12.
AGENT: DE OPHAALDIENST KOMT DONDERDAG TUSSEN 8:00 EN 13:00. U KRIJGT HET BEDRAG BINNEN 14 DAGEN TERUG.
KLANT: SUPER, DANK U.
""", [
    name("MOHAMED"),
    name("FATMA YILDIZ", "Y-I-L-D-I-Z"),
    ad("PATERSWOLDSEWEG 301, 9727 BT GRONINGEN", "PATERSWOLDSEWEG 301", "9727 BT"),
    name("DIJKSTRA"),
    sem("FATMA PUNT YILDIZ APENSTAARTJE EXAMPLE PUNT COM", "FATMA PUNT YILDIZ"),
    p("phone", "050 318 77 12"),
    ad("PATERSWOLDSEWEG 303", "PATERSWOLDSEWEG 303"),
], [
    L("order", "1029384756"), L("product", "BILLY BOEKENKAST"), L("price", "€ 89,95"),
    L("quantity", "80 BIJ 202 CENTIMETER"), L("ticket", "RT-55810"), L("time", "TUSSEN 8:00 EN 13:00"),
    L("duration", "BINNEN 14 DAGEN"),
]),


rec("nl-call-008", "call", """
Goedemiddag, PakketPost klantenservice, u spreekt met Tim.
Ja hallo, met Ruud de Graaf. Ik zou vandaag een pakket krijgen maar volgens de app is het bezorgd en ik heb niks.
Vervelend. Heeft u de track-en-tracecode?
Ja, 3SPKRD0184482.
Dank u. Wat is uw postcode?
Vijfentwintig twaalf, h e. En huisnummer 41.
Dan zie ik inderdaad bezorgd om 14:07, afgegeven bij de buren. Heeft u bij de buren gekeken?
Nee, bij welke buren dan?
Hier staat huisnummer 43, ondertekend door... het lijkt op Koster.
O, mevrouw Koster. Die is overdag op haar werk, maar haar zoon is vaak thuis. Ik zal vanavond even aanbellen.
Zou kunnen. Anders hoor ik het graag, dan starten we een onderzoek. Het pakket weegt 2,4 kilo, dus het is geen brievenbuspakje.
Mijn vrouw, Ingrid, heeft het besteld, maakt dat uit?
Nee hoor. Mag ik voor de zekerheid uw telefoonnummer? Dan belt de bezorger de volgende keer eerst.
Zes, één, nul, zes... sorry, nul zes, één nul, zes twee, negen drie, zeven zeven.
Dus 06 10 62 93 77?
Ja.
En uw e-mailadres?
ruud.degraaf@example.nl, alles aan elkaar, de graaf met een spatie ertussen niet.
Genoteerd. Het onderzoek heeft nummer 20240611-8813, we wachten 2 werkdagen af. Kan ik verder nog iets voor u doen?
Nee, dank u wel.
""", [
    name("Tim"),
    name("Ruud de Graaf"),
    p("postcode", "Vijfentwintig twaalf, h e"),
    p("address", "huisnummer 41", mns=["huisnummer 41"]),
    p("address", "huisnummer 43", mns=["huisnummer 43"]),
    name("Koster"),
    name("Ingrid"),
    p("phone", "nul zes, één nul, zes twee, negen drie, zeven zeven", norm="0610629377"),
    p("phone", "06 10 62 93 77"),
    em("ruud.degraaf@example.nl", "de graaf"),
], [
    L("tracking", "3SPKRD0184482"), L("time", "14:07"), L("quantity", "2,4 kilo"),
    L("case", "20240611-8813"), L("duration", "2 werkdagen"),
]),

rec("nl-call-009", "call", """
[SPEAKER 1] Woonstichting Maasoever, reparatieverzoeken, goedemorgen, met Naima.
[SPEAKER 2] Ja goedemorgen, met Gerrit-Jan Bos, ik huur een woning aan de Slaghekstraat. De cv-ketel doet het niet meer, we hebben geen warm water.
[SPEAKER 1] O, dat is niet fijn. Wat is het precieze adres?
[SPEAKER 2] Slaghekstraat 67B, 3074 LG Rotterdam.
[SPEAKER 1] En uw geboortedatum ter controle?
[SPEAKER 2] 2 februari 1970.
[SPEAKER 1] Dank u, ik heb uw huurcontract, 000418872. Wat voor ketel is het?
[SPEAKER 2] Een Remeha Tzerra, de druk staat op 1,2 bar en er knippert een storingscode.
[SPEAKER 1] Dan plan ik een monteur in. Morgen, dinsdag 14 mei, tussen 7:30 en 12:00. Lukt dat?
[SPEAKER 2] Ik moet werken, maar mijn dochter Noor is thuis, zij is achttien.
[SPEAKER 1] Prima. De monteur heet Erik van Kooten, hij belt een half uur van tevoren. Op welk nummer?
[SPEAKER 2] Bel Noor maar, 06 42 71 08 36. Of mij op 010 - 485 22 91.
[SPEAKER 1] Genoteerd. Uw reparatieverzoek heeft nummer R-24-06631. En nog een vraag: de buurvrouw boven u, mevrouw Pinas, belde gisteren ook al over lekkage. Heeft u daar last van?
[SPEAKER 2] Nee, bij ons is alles droog.
[SPEAKER 1] Fijn. Dan hoort u morgen van de monteur.
""", [
    name("Naima"),
    name("Gerrit-Jan Bos"),
    ad("Slaghekstraat 67B, 3074 LG Rotterdam", "Slaghekstraat 67B", "3074 LG"),
    p("birth_date", "2 februari 1970"),
    name("Noor"),
    name("Erik van Kooten"),
    p("phone", "06 42 71 08 36"),
    p("phone", "010 - 485 22 91"),
    name("Pinas"),
], [
    L("contract", "000418872"), L("product", "Remeha Tzerra"), L("quantity", "1,2 bar"),
    L("date", "dinsdag 14 mei"), L("time", "tussen 7:30 en 12:00"), L("ticket", "R-24-06631"),
]),

rec("nl-call-010", "call", """
A: Salarisadministratie, goedemiddag, met Joost.
B: Hoi Joost, met Sevda Aydın van de afdeling logistiek. Ik heb een vraag over mijn loonstrook van april.
A: Hoi Sevda. Wat is je personeelsnummer?
B: 100482.
A: Ik heb je. Wat is de vraag?
B: Ik heb netto € 2.318,56 gekregen maar ik had meer verwacht, ik heb in april overuren gemaakt.
A: Ik zie 36 uur per week contract en in periode 5 zes uur overwerk. Die worden volgende maand uitbetaald, die zijn pas na de sluitingsdatum goedgekeurd door je leidinggevende.
B: Door Marco? Marco de Bruin?
A: Ja. Verder zie ik dat je loonheffingskorting aanstaat. Klopt je BSN nog, 255360526?
B: Ja, dat klopt.
A: Mooi. Verder nog iets?
B: Ja, ik heb een nieuwe bankrekening. Kan ik dat telefonisch doorgeven?
A: Dat moet eigenlijk via het portaal, maar noem hem maar, dan zet ik er een notitie bij.
B: NL94 KNAB 0660 4580 21.
A: En ben je ook verhuisd? Ik heb hier nog Oude Kerkstraat 5 in Tilburg.
B: Ja, sinds maart woon ik op de Ringbaan-Oost 212, 5013 CD.
A: Dan moet je dat in het portaal aanpassen, anders klopt je reiskostenvergoeding van 0,23 per kilometer niet. En je geboortedatum staat hier als 19 september 1991, klopt dat?
B: Ja.
A: Vakantiegeld, 8 procent, komt in mei. Succes!
""", [
    name("Joost"),
    name("Sevda Aydın"),
    name("Marco de Bruin"),
    p("national_id", "255360526", chk="bsn"),
    p("iban", "NL94 KNAB 0660 4580 21", chk="iban"),
    ad("Oude Kerkstraat 5 in Tilburg", "Oude Kerkstraat 5"),
    ad("Ringbaan-Oost 212, 5013 CD", "Ringbaan-Oost 212", "5013 CD"),
    p("birth_date", "19 september 1991"),
], [
    L("member", "100482"), L("price", "€ 2.318,56"), L("quantity", "36 uur per week"),
    L("date", "periode 5"), L("price", "0,23 per kilometer"), L("quantity", "8 procent"),
]),

rec("nl-call-011", "call", """
ja goedemorgen met de eh met saskia van beek de moeder van lotte uit groep vijf
goedemorgen met basisschool de regenboog u spreekt met gerda
ja hoi gerda eh lotte is ziek ze heeft waterpokken denken we dus ze komt vandaag en morgen niet
ach gossie wat vervelend welke groep zei u
groep vijf bij juf marleen
even kijken lotte van beek ik zie hier twee kinderen die lotte heten wat is haar geboortedatum
vijftien oktober tweeduizend zestien
ja die heb ik en klopt het adres nog want ik zie hier een oud adres
nee we zijn verhuisd we wonen nu op de merelstraat negen in bunnik
oké en de postcode
drie negen acht een c r
dank u ik geef het door aan de administratie en aan juf marleen en is er een telefoonnummer waarop we u vandaag kunnen bereiken
eh mijn mobiel nul zes zeventien drieëntwintig tachtig eenenvijftig
en eh is ze al bij de dokter geweest
nee we hebben om half elf een afspraak bij dokter jansen
oké sterkte en het schoolreisje is donderdag dus hopelijk is ze dan weer beter
ja dat hoop ik ook ze praat al twee weken nergens anders over
haar leerlingnummer voor de ziekmelding is twintig vier zeventien dat zie ik hier staan
oké fijn dank je wel dag
""", [
    name("saskia van beek"),
    name("lotte"),
    name("gerda"),
    name("marleen"),
    p("birth_date", "vijftien oktober tweeduizend zestien"),
    ad("de merelstraat negen in bunnik", "merelstraat negen"),
    p("postcode", "drie negen acht een c r"),
    p("phone", "nul zes zeventien drieëntwintig tachtig eenenvijftig", norm="0617238051"),
    name("jansen"),
], [
    L("quantity", "groep vijf"), L("company", "basisschool de regenboog"), L("time", "om half elf"),
    L("duration", "twee weken"), L("member", "twintig vier zeventien"), L("date", "donderdag"),
]),

rec("nl-call-012", "call", """
Agent (Robin): FitFabriek Leiden, je spreekt met Robin, waarmee kan ik je helpen?
Klant: Hoi, met Thomas Vermeulen. Ik wil graag mijn abonnement opzeggen.
Agent (Robin): Jammer! Wat is je lidnummer?
Klant: 55-20931.
Agent (Robin): Dank je. Voor de check: je geboortedatum?
Klant: Tweeëntwintig december negentienhonderdachtennegentig.
Agent (Robin): Top. Ik zie een All Access abonnement van € 29,99 per maand, met BodyPump erbij. Er geldt een opzegtermijn van 1 maand, dus je laatste termijn is per 31 juli.
Klant: Oké. Mijn vriendin, Iris, heeft ook een abonnement bij jullie, maar die wil blijven.
Agent (Robin): Dat staat los van elkaar. Wordt er van dezelfde rekening afgeschreven?
Klant: Nee, die van mij is NL07 RABO 3359 9542 17.
Agent (Robin): Klopt. Dan stuur ik de bevestiging naar het e-mailadres dat we hebben, thomas streepje vermeulen at example punt com?
Klant: Nee, dat is oud. Het is t punt vermeulen negen acht apenstaartje example punt net.
Agent (Robin): Genoteerd. En woon je nog op de Haarlemmerstraat 140?
Klant: Nee, ik ben verhuisd naar Utrecht, daarom zeg ik ook op. Adriaen van Ostadelaan 33 bis, 3583 AD.
Agent (Robin): Dat pas ik aan. En een mobiel nummer voor de zekerheid?
Klant: 06 31 58 04 66.
Agent (Robin): Je krijgt de bevestiging binnen 24 uur. Succes in Utrecht!
""", [
    name("Robin"),
    name("Thomas Vermeulen"),
    p("birth_date", "Tweeëntwintig december negentienhonderdachtennegentig"),
    name("Iris"),
    p("iban", "NL07 RABO 3359 9542 17", chk="iban"),
    sem("thomas streepje vermeulen at example punt com", "thomas streepje vermeulen"),
    sem("t punt vermeulen negen acht apenstaartje example punt net", "t punt vermeulen negen acht"),
    ad("Haarlemmerstraat 140", "Haarlemmerstraat 140"),
    ad("Adriaen van Ostadelaan 33 bis, 3583 AD", "Adriaen van Ostadelaan 33 bis", "3583 AD"),
    p("phone", "06 31 58 04 66"),
], [
    L("member", "55-20931"), L("price", "€ 29,99 per maand"), L("product", "BodyPump"),
    L("duration", "opzegtermijn van 1 maand"), L("date", "31 juli"), L("duration", "binnen 24 uur"),
    L("product", "All Access"),
]),

]
