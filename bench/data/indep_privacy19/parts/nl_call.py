from rec import P, L, R

RECORDS = [
R("nl-call-001", """
Agent: Goedemorgen, u spreekt met Sanne van Stroomlijn Energie, waarmee kan ik u helpen?
Klant: Ja, goedemorgen, met Marloes Verbeek. Ik ga verhuizen en ik wil mijn contract eigenlijk meenemen naar het nieuwe adres.
Agent: Dat kan zeker. Mag ik eerst uw klantnummer?
Klant: Eh... momentje, het staat op de jaarnota. 40172893.
Agent: Dank u wel. Voor de controle: wat is uw geboortedatum?
Klant: 14 maart 1986.
Agent: En het adres waar u nu woont?
Klant: Lindenlaan 27, 3581 GK in Utrecht.
Agent: Klopt. En waar gaat u naartoe?
Klant: Dat wordt Koekoekstraat 8A, postcode 3514 CS, ook in Utrecht.
Agent: Wanneer krijgt u de sleutel?
Klant: Op 1 juni.
Agent: Dan zet ik de leverdatum op 1 juni. De EAN-code voor stroom op het nieuwe adres is 871687120054321987, die staat straks ook in uw bevestiging. Wilt u op de dag van de sleuteloverdracht de meterstanden doorgeven via de app?
Klant: Ja hoor. Kan het termijnbedrag ook omlaag? Ik betaal nu 142 euro en het nieuwe huis is een stuk kleiner.
Agent: Ik zet het voorlopig op € 118 per maand. Betaalt u nog via automatische incasso van NL76 PLDR 5260 1815 90?
Klant: Nee, dat wordt een gezamenlijke rekening, NL66 RABO 6091 3909 96, op naam van mij en mijn partner, Joost Hamstra.
Agent: Prima, dat pas ik aan. Is 06-41 22 87 90 nog uw mobiele nummer?
Klant: Ja, dat klopt.
Agent: En de bevestiging mag naar m.verbeek@example.com?
Klant: Ja.
Agent: Dan krijgt u binnen vijf werkdagen een bevestiging met referentie VH-2024-118734. Kan ik verder nog iets voor u doen?
Klant: Nee, dat was het, dank u wel.
""",
[
    P("Sanne", "name", "Sanne"),
    P("Marloes Verbeek", "name", "Marloes", "Verbeek"),
    P("14 maart 1986", "birth_date"),
    P("Lindenlaan 27, 3581 GK", "address", "Lindenlaan 27", "3581 GK"),
    P("Koekoekstraat 8A", "address"),
    P("3514 CS", "postcode"),
    P("NL76 PLDR 5260 1815 90", "iban"),
    P("NL66 RABO 6091 3909 96", "iban"),
    P("Joost Hamstra", "name", "Joost", "Hamstra"),
    P("06-41 22 87 90", "phone"),
    P("m.verbeek@example.com", "email", "m.verbeek@example.com", "m.verbeek"),
],
[
    L("Stroomlijn Energie", "company_name"),
    L("40172893", "customer_number"),
    L("1 juni", "date"),
    L("871687120054321987", "ean"),
    L("142 euro", "price"),
    L("€ 118", "price"),
    L("VH-2024-118734", "reference"),
]),

R("nl-call-002", """
[SPEAKER 1] goedemiddag je spreekt met jeroen van belnet hoe kan ik je helpen
[SPEAKER 2] ja hoi met eh mehmet aydin ik heb sinds zaterdag gewoon geen internet meer
[SPEAKER 1] vervelend om te horen mag ik het telefoonnummer waar het abonnement op staat
[SPEAKER 2] ja dat is nul zes vierenveertig achttien zevenentwintig drieënnegentig
[SPEAKER 1] en je adres
[SPEAKER 2] weimarstraat achtendertig in den haag
[SPEAKER 1] en de postcode
[SPEAKER 2] vijfentwintig twaalf k l
[SPEAKER 1] ja ik zie hem mehmet aydin weimarstraat achtendertig het abonnement van vijfenveertig euro klopt dat
[SPEAKER 2] ja klopt
[SPEAKER 1] ik zie dat je modem een fritzbox 7590 is met firmware 7.57 ik ga hem even op afstand herstarten
[SPEAKER 2] oké
[SPEAKER 1] ik zie nu wel weer verbinding je publieke ip adres is 203.0.113.45 kun je even kijken of het lampje groen is
[SPEAKER 2] nee hij knippert oranje mijn vrouw esra heeft gisteren ook al gebeld daarover
[SPEAKER 1] dan maak ik een storingsmelding aan het nummer is 58210437 er komt een monteur donderdag tussen acht en één
[SPEAKER 2] oké
[SPEAKER 1] op welk e-mailadres wil je de bevestiging ontvangen
[SPEAKER 2] mehmet punt aydin zevenenzeventig apenstaartje example punt com
[SPEAKER 1] dus mehmet punt aydin zevenenzeventig apenstaartje example punt com
[SPEAKER 2] ja precies
[SPEAKER 1] top dan is het geregeld nog een fijne dag
""",
[
    P("jeroen", "name", "jeroen"),
    P("mehmet aydin", "name", "mehmet", "aydin"),
    P("nul zes vierenveertig achttien zevenentwintig drieënnegentig", "phone"),
    P("weimarstraat achtendertig", "address"),
    P("vijfentwintig twaalf k l", "postcode"),
    P("203.0.113.45", "ip"),
    P("esra", "name", "esra"),
    P("mehmet punt aydin zevenenzeventig apenstaartje example punt com", "email",
      "mehmet punt aydin zevenenzeventig apenstaartje example punt com",
      "mehmet punt aydin zevenenzeventig"),
],
[
    L("belnet", "company_name"),
    L("vijfenveertig euro", "price"),
    L("fritzbox 7590", "product_name"),
    L("firmware 7.57", "version"),
    L("58210437", "ticket_number"),
    L("donderdag tussen acht en één", "datetime"),
]),

R("nl-call-003", """
[00:00:02] Medewerker: Goedemiddag, Polderbank, u spreekt met Rik.
[00:00:05] Klant: Hallo, ik ben mijn portemonnee kwijt, met mijn betaalpas en mijn creditcard erin. Volgens mij is hij gestolen in de tram.
[00:00:12] Medewerker: Vervelend, dan gaan we de passen meteen blokkeren. Mag ik uw naam?
[00:00:15] Klant: Ingrid Bosman-Dekker.
[00:00:18] Medewerker: En uw geboortedatum, mevrouw Bosman-Dekker?
[00:00:21] Klant: Drie november negentienhonderdeenenzestig.
[00:00:26] Medewerker: Dank u. Om welke rekening gaat het?
[00:00:29] Klant: NL70 PLDR 8301 6613 18.
[00:00:36] Medewerker: Ik zie de betaalpas en een Mastercard. Weet u het nummer van de creditcard? Dan weet ik zeker dat ik de goede blokkeer.
[00:00:42] Klant: Ik heb een foto van de voorkant op mijn telefoon... 5555 5555 5555 4444.
[00:00:51] Medewerker: Die is nu geblokkeerd. Ik zie vanmiddag om 14:32 nog een betaling van € 63,40 bij Albert Heijn. Was u dat zelf?
[00:00:58] Klant: Nee! Dan was ik allang in de tram. Misschien mijn zoon Daan, die had mijn pas even geleend... nee, die zat op school.
[00:01:06] Medewerker: Dan zet ik die transactie in onderzoek onder melding 2024-BL-55871. De nieuwe passen sturen we naar uw woonadres, Van Speijkstraat 112 in Den Haag, klopt dat nog?
[00:01:14] Klant: Ja, 2518 GH.
[00:01:16] Medewerker: Binnen 5 werkdagen heeft u ze. De fraudeafdeling belt u nog terug, op 06 18 52 44 09?
[00:01:22] Klant: Ja, dat is mijn mobiel.
[00:01:24] Medewerker: Prima. Doe ook even aangifte bij de politie, mevrouw Bosman-Dekker.
""",
[
    P("Rik", "name", "Rik"),
    P("Ingrid Bosman-Dekker", "name", "Ingrid", "Bosman", "Dekker", "Bosman-Dekker"),
    P("Drie november negentienhonderdeenenzestig", "birth_date"),
    P("NL70 PLDR 8301 6613 18", "iban"),
    P("5555 5555 5555 4444", "card"),
    P("Daan", "name", "Daan"),
    P("Van Speijkstraat 112", "address"),
    P("2518 GH", "postcode"),
    P("06 18 52 44 09", "phone"),
],
[
    L("Polderbank", "company_name"),
    L("14:32", "time"),
    L("€ 63,40", "price"),
    L("Albert Heijn", "company_name"),
    L("2024-BL-55871", "case_number"),
    L("5 werkdagen", "duration"),
]),

R("nl-call-004", """
A: Goeiendag, Zorgkas Vlaanderen, ge spreekt met Tom.
B: Ja, goeiendag, met Katrien Peeters. Ik bel voor de terugbetaling van de tandarts van mijn zoon.
A: Geen probleem. Mag ik uw rijksregisternummer?
B: Ja, da's acht negen, nul vijf, een drie, acht negen een, vier een.
A: Ik heb u. En voor wie is het attest?
B: Voor Wout, mijn zoon, geboren op 2 juli 2015.
A: Ah ja, ik zie hem staan. Wat is er juist gebeurd?
B: Hij is gevallen met de fiets, en tandarts Claessens heeft een stukske van zijn voortand moeten herstellen. Ik heb het getuigschrift voor verstrekte hulp hier, dat is 27,50 euro remgeld en de rest...
A: Ge moogt dat gewoon in de brievenbus van ons kantoor steken of opsturen met een klevertje erop. Binnen de drie weken staat het op uw rekening.
B: Op welke rekening? Want ik heb een nieuwe, BE32 0638 2336 1802.
A: Ik pas dat aan. Woont ge nog altijd in de Kapelstraat 44 bus 3, 2060 Antwerpen?
B: Ja, da's nog juist.
A: En uw gsm-nummer, 0486 73 21 09?
B: Allez, dat is al lang niet meer. Het is nu 0479 58 14 62.
A: Genoteerd. Ik maak een dossier aan, dossiernummer 2024/118/4471. De bevestiging komt via mail, naar katrien.peeters@example.com?
B: Ja, perfect. En voor de orthodontist, dat is een ander formulier hé?
A: Dat is het formulier Orthodontie, dat kunt ge downloaden. Nog een goeie dag, mevrouw Peeters.
""",
[
    P("Tom", "name", "Tom"),
    P("Katrien Peeters", "name", "Katrien", "Peeters"),
    P("acht negen, nul vijf, een drie, acht negen een, vier een", "national_id",
      check="rrn", canon="89.05.13-891.41"),
    P("Wout", "name", "Wout"),
    P("2 juli 2015", "birth_date"),
    P("Claessens", "name", "Claessens"),
    P("BE32 0638 2336 1802", "iban"),
    P("Kapelstraat 44 bus 3, 2060 Antwerpen", "address", "Kapelstraat 44", "2060"),
    P("0486 73 21 09", "phone"),
    P("0479 58 14 62", "phone"),
    P("katrien.peeters@example.com", "email", "katrien.peeters@example.com", "katrien.peeters"),
],
[
    L("Zorgkas Vlaanderen", "company_name"),
    L("27,50 euro", "price"),
    L("drie weken", "duration"),
    L("2024/118/4471", "case_number"),
    L("formulier Orthodontie", "product_name"),
]),

R("nl-call-005", """
– Gemeente Zuiderveld, goedemorgen, u spreekt met Fleur.
– Goedemorgen, met Gerard van Leeuwen. Ik heb een nieuwe auto en ik wil de parkeervergunning omzetten.
– Dat kan ik telefonisch voor u doen. Mag ik uw burgerservicenummer?
– Ja, dat is 3184.01.101.
– Dank u, meneer Van Leeuwen. U woont op de Molenweg 3?
– Ja, Molenweg 3, 7721 BK.
– En het nieuwe kenteken?
– ZB-436-G. Dus zet, bee, vier drie zes, gee.
– ZB-436-G, een Toyota Yaris, klopt dat?
– Ja, dat is hem.
– De vergunning PV-2023-00871 zet ik per vandaag om. De kosten blijven € 42,60 per jaar, u betaalt pas weer per 1 januari.
– En mijn buurvrouw, mevrouw Kaya, vroeg of zij als mantelzorger ook een bezoekersvergunning kan krijgen?
– Dat moet ze zelf aanvragen via het digitale loket, maximaal 2 vergunningen per adres.
– O ja, dan geef ik dat door.
– Zal ik de bevestiging mailen? Welk adres?
– g.vanleeuwen58@example.net.
– En een telefoonnummer voor als er iets is?
– 0523 61 44 87, dat is vast.
– Dan is het geregeld. Fijne dag verder.
– U ook.
""",
[
    P("Fleur", "name", "Fleur"),
    P("Gerard van Leeuwen", "name", "Gerard", "Leeuwen"),
    P("3184.01.101", "national_id", check="bsn"),
    P("Molenweg 3", "address"),
    P("7721 BK", "postcode"),
    P("ZB-436-G", "plate", "ZB-436-G", "zet, bee, vier drie zes, gee"),
    P("Kaya", "name", "Kaya"),
    P("g.vanleeuwen58@example.net", "email", "g.vanleeuwen58@example.net", "g.vanleeuwen58"),
    P("0523 61 44 87", "phone"),
],
[
    L("Gemeente Zuiderveld", "company_name"),
    L("Toyota Yaris", "vehicle_model"),
    L("PV-2023-00871", "reference"),
    L("€ 42,60", "price"),
    L("1 januari", "date"),
    L("2 vergunningen", "quantity"),
]),

R("nl-call-006", """
Assistente: Huisartsenpraktijk De Brink, met Linda.
Patiënt: Goedemorgen, u spreekt met Femke Huizinga. Ik wil graag een afspraak, ik heb al een week maagklachten.
Assistente: Hoe schrijft u uw achternaam?
Patiënt: H-U-I-Z-I-N-G-A.
Assistente: En uw geboortedatum?
Patiënt: 12-09-1994.
Assistente: Ik zie twee keer een Huizinga met die datum... wat is uw adres?
Patiënt: Oosterkade 19, 9711 RA.
Assistente: Dank u. En voor de zekerheid uw BSN?
Patiënt: 946648980.
Assistente: Goed. Gebruikt u op dit moment medicijnen?
Patiënt: Alleen omeprazol 20 mg, maar dat helpt niet echt meer.
Assistente: Ik plan u in bij dokter Mulder, morgen om 10.40 uur. Lukt dat?
Patiënt: Ja, prima.
Assistente: Op welk nummer kunnen we u bereiken als er iets verandert?
Patiënt: 06 29 71 03 58.
Assistente: En neemt u uw zorgpas mee? Ik zie nog polisnummer 183447209 bij ons staan, dat is nog actueel?
Patiënt: Ja, nog steeds dezelfde verzekeraar.
Assistente: Dan stuur ik het recept voor de nieuwe dosering straks naar Apotheek De Linde. Tot morgen.
""",
[
    P("Linda", "name", "Linda"),
    P("Femke Huizinga", "name", "Femke", "Huizinga", "H-U-I-Z-I-N-G-A"),
    P("12-09-1994", "birth_date"),
    P("Oosterkade 19, 9711 RA", "address", "Oosterkade 19", "9711 RA"),
    P("946648980", "national_id", check="bsn"),
    P("Mulder", "name", "Mulder"),
    P("06 29 71 03 58", "phone"),
],
[
    L("Huisartsenpraktijk De Brink", "company_name"),
    L("omeprazol 20 mg", "medication"),
    L("10.40 uur", "time"),
    L("183447209", "policy_number"),
    L("Apotheek De Linde", "company_name"),
    L("een week", "duration"),
]),

R("nl-call-007", """
goedemiddag klantenservice pakketpost u spreekt met yvonne ja hallo met ruben de jong ik wacht op een pakket van coolblue maar de bezorger heeft het volgens de app afgeleverd en ik heb niks gekregen oké dat is vervelend heeft u de trackingcode bij de hand ja het is 3spkl00471293 ik zie het staat afgeleverd om 16.12 uur op lauriergracht 96 klopt het adres ja klopt tweehoog en de postcode tien zestien a b ja precies volgens de scan is het bij de buren afgegeven bij mevrouw schouten dan ga ik daar even aanbellen ja doe dat en anders dien ik een onderzoek in maar daar heb ik een telefoonnummer voor nodig nul zes dertien vijfenveertig achtenzestig negentien en e-mail r punt de jong tachtig at example punt org dus r punt de jong tachtig at example punt org ja het gaat om twee pakketten een philips airfryer en een doos filters en mijn vriendin lotte mag ook tekenen als ik er niet ben dat noteer ik u hoort binnen drie werkdagen van ons fijne middag
""",
[
    P("yvonne", "name", "yvonne"),
    P("ruben de jong", "name", "ruben", "jong"),
    P("lauriergracht 96", "address"),
    P("tien zestien a b", "postcode"),
    P("schouten", "name", "schouten"),
    P("nul zes dertien vijfenveertig achtenzestig negentien", "phone"),
    P("r punt de jong tachtig at example punt org", "email",
      "r punt de jong tachtig at example punt org", "r punt de jong tachtig"),
    P("lotte", "name", "lotte"),
],
[
    L("pakketpost", "company_name"),
    L("coolblue", "company_name"),
    L("3spkl00471293", "tracking_number"),
    L("16.12 uur", "time"),
    L("twee pakketten", "quantity"),
    L("philips airfryer", "product_name"),
    L("drie werkdagen", "duration"),
]),

R("nl-call-008", """
MW: Goedemiddag, Woonstichting Kempenhof, met Bram.
H: Ja, dag, u spreekt met mevrouw el Idrissi, Samira el Idrissi. De lift is wéér kapot.
MW: O jee. Welk adres is het?
H: Dahliastraat 212, dat is de flat aan het park, 5642 VT.
MW: Ik zie het. Sinds wanneer staat hij stil?
H: Sinds gisteravond. Ik woon op de elfde en ik heb een rollator, dus ik kom eh... ik kom de deur niet uit. Mijn buurman meneer Terpstra heeft gisteren ook al gebeld.
MW: Dat zie ik, daar hangt al een reparatieverzoek aan, nummer 7731904. Liftservice Noord komt woensdag 9 oktober, tussen 8.00 en 12.00 uur.
H: Woensdag pas? Kan dat niet eerder?
MW: Ik zet er spoed op. Op welk nummer kunnen ze u bellen?
H: 06 55 20 13 87. En anders mijn dochter Yasmina, 06 31 90 46 72, die komt vaak langs.
MW: Genoteerd. Uw huurcontract 10044871 staat op uw naam alleen, klopt dat?
H: Ja.
MW: Ik stuur een bevestiging naar samira.elidrissi@example.org.
H: Dank u wel, meneer.
MW: Graag gedaan, mevrouw El Idrissi. Sterkte.
""",
[
    P("Bram", "name", "Bram"),
    P("Samira el Idrissi", "name", "Samira", "Idrissi"),
    P("Dahliastraat 212", "address"),
    P("5642 VT", "postcode"),
    P("Terpstra", "name", "Terpstra"),
    P("06 55 20 13 87", "phone"),
    P("Yasmina", "name", "Yasmina"),
    P("06 31 90 46 72", "phone"),
    P("samira.elidrissi@example.org", "email", "samira.elidrissi@example.org", "samira.elidrissi"),
],
[
    L("Woonstichting Kempenhof", "company_name"),
    L("7731904", "ticket_number"),
    L("Liftservice Noord", "company_name"),
    L("woensdag 9 oktober", "date"),
    L("tussen 8.00 en 12.00 uur", "time"),
    L("10044871", "contract_number"),
]),

R("nl-call-009", """
Receptie: Autobedrijf Wolters, goedemorgen, met Sjoerd.
Beller: Morgen, met Hennie Kamphuis. Mijn Opel Astra moet voor de APK, en hij maakt een raar geluid bij het remmen.
Receptie: Wat is het kenteken?
Beller: 63-RTT-0, dus zes drie, R T T, nul.
Receptie: Ik heb hem. De APK verloopt 30 april. Ik kan hem dinsdag 16 april inplannen, brengen om 8 uur?
Beller: Dat lukt niet, ik heb geen vervoer. Kunnen jullie hem ophalen?
Receptie: Haal- en brengservice kan, € 15 extra. Wat is het adres?
Beller: Esdoornlaan 7 in Hengelo, 7552 DW.
Receptie: Dan doen we de APK voor € 49 en kijken we naar de remmen. Als het de remblokken zijn, zit je met voor en achter op zo'n € 189.
Beller: Dat is goed, maar wel even bellen voordat jullie iets vervangen.
Receptie: Natuurlijk. Op welk nummer?
Beller: 06 47 12 88 30, of anders mijn vrouw Gerda.
Receptie: En de factuur, mag die per mail?
Beller: Ja, naar h.kamphuis@example.com.
Receptie: Dan staat het, werkorder 24-0416-07. Tot dinsdag.
""",
[
    P("Sjoerd", "name", "Sjoerd"),
    P("Hennie Kamphuis", "name", "Hennie", "Kamphuis"),
    P("63-RTT-0", "plate", "63-RTT-0", "zes drie, R T T, nul"),
    P("Esdoornlaan 7", "address"),
    P("7552 DW", "postcode"),
    P("06 47 12 88 30", "phone"),
    P("Gerda", "name", "Gerda"),
    P("h.kamphuis@example.com", "email", "h.kamphuis@example.com", "h.kamphuis"),
],
[
    L("Autobedrijf Wolters", "company_name"),
    L("Opel Astra", "vehicle_model"),
    L("30 april", "date"),
    L("dinsdag 16 april", "date"),
    L("€ 15", "price"),
    L("€ 49", "price"),
    L("€ 189", "price"),
    L("24-0416-07", "order_number"),
]),

R("nl-call-010", """
Operator: Goeiemiddag, Scheldestroom Energie, Jolien aan de lijn.
Beller: Dag Jolien, met Wouter De Smet. 'k Ga samenwonen met mijn vriendin en we willen het contract op haar appartement op mijn naam zetten.
Operator: Allez, proficiat! Op welk adres is dat?
Beller: Sint-Bernardsesteenweg 301 bus 12, 2660 Hoboken.
Operator: Ik heb het gevonden. Staat nu op naam van Elke Janssens, klopt dat?
Beller: Ja, da's zij. Zij blijft er ook wonen, maar ik betaal.
Operator: Dan zet ik u erbij als medebewoner en als betaler. De EAN-code is 541448820000123456, de netbeheerder blijft Fluvius. Welke rekening mag ik gebruiken voor de domiciliëring?
Beller: BE54 9732 5726 0097.
Operator: Het voorschot wordt € 96 per maand vanaf 1 september. Uw gsm-nummer?
Beller: Nul vier negen vijf, achtendertig, zeventien, drieënzestig.
Operator: En een e-mailadres?
Beller: wouter punt de smet apenstaartje example punt com, alles aan elkaar behalve het puntje.
Operator: Dus wouter.desmet@example.com.
Beller: Ja, juist.
Operator: De meterstand van meter 1SAG1100042387 mag ge doorgeven op de dag van de overname. Bedankt en nog een schone dag.
""",
[
    P("Jolien", "name", "Jolien"),
    P("Wouter De Smet", "name", "Wouter", "Smet"),
    P("Sint-Bernardsesteenweg 301 bus 12, 2660 Hoboken", "address", "Sint-Bernardsesteenweg 301", "2660"),
    P("Elke Janssens", "name", "Elke", "Janssens"),
    P("BE54 9732 5726 0097", "iban"),
    P("Nul vier negen vijf, achtendertig, zeventien, drieënzestig", "phone"),
    P("wouter punt de smet apenstaartje example punt com", "email",
      "wouter punt de smet apenstaartje example punt com", "wouter punt de smet"),
    P("wouter.desmet@example.com", "email", "wouter.desmet@example.com", "wouter.desmet"),
],
[
    L("Scheldestroom Energie", "company_name"),
    L("541448820000123456", "ean"),
    L("Fluvius", "company_name"),
    L("€ 96 per maand", "price"),
    L("1 september", "date"),
    L("1SAG1100042387", "meter_number"),
]),

R("nl-call-011", """
[Medewerker] Goedemiddag, Dierbaar Verzekerd, u spreekt met Noor.
[Klant] Hoi, met Lisa Timmermans. Ik heb een declaratie gestuurd voor onze hond, Bommel, maar ik heb nog niks terug gehoord.
[Medewerker] Dat zoek ik voor u op. Wat is uw postcode en geboortedatum?
[Klant] 6821 EX, en 5 januari 1990.
[Medewerker] Ik heb u gevonden. Het gaat om schadenummer S-2024-0931, de operatie bij Dierenkliniek Het Anker?
[Klant] Ja, van de kruisband. Dokter Van Wijk heeft hem geopereerd.
[Medewerker] De nota is € 312,85. Uw eigen risico is € 50, dus we vergoeden € 262,85. Ik zie alleen dat het chipnummer op de nota, 528140000123456, niet overeenkomt met de polis.
[Klant] O, dat kan, Bommel heeft een tweede chip gekregen toen de eerste niet uit te lezen was.
[Medewerker] Dan heb ik een verklaring van de dierenarts nodig. Die kan naar declaraties@dierbaar.example. En de vergoeding, die mag naar NL35 ASNB 9482 1993 51?
[Klant] Ja.
[Medewerker] Kan ik u bereiken op 026 351 22 78?
[Klant] Liever mobiel, 06 82 14 37 55. En mailen kan naar lisa.timmermans@example.net.
[Medewerker] Genoteerd. Beterschap voor Bommel!
""",
[
    P("Noor", "name", "Noor"),
    P("Lisa Timmermans", "name", "Lisa", "Timmermans"),
    P("6821 EX", "postcode"),
    P("5 januari 1990", "birth_date"),
    P("Van Wijk", "name", "Wijk"),
    P("NL35 ASNB 9482 1993 51", "iban"),
    P("026 351 22 78", "phone"),
    P("06 82 14 37 55", "phone"),
    P("lisa.timmermans@example.net", "email", "lisa.timmermans@example.net", "lisa.timmermans"),
],
[
    L("Dierbaar Verzekerd", "company_name"),
    L("Bommel", "pet_name"),
    L("S-2024-0931", "claim_number"),
    L("Dierenkliniek Het Anker", "company_name"),
    L("€ 312,85", "price"),
    L("€ 262,85", "price"),
    L("528140000123456", "serial_number"),
]),

R("nl-call-012", """
Speaker A: Salarisadministratie, goedemiddag, met Esther.
Speaker B: Hoi Esther, met Pieter-Jan Kuipers, ik werk bij Bouwbedrijf Van Dijk & Zonen. Op mijn jaaropgaaf 2023 staat een verkeerd BSN.
Speaker A: Oei, dat moeten we snel rechtzetten. Wat is je personeelsnummer?
Speaker B: 20391.
Speaker A: Ik zie je. Welk BSN zou het moeten zijn?
Speaker B: Vier nul nul, vier vier zes, zeven twee acht.
Speaker A: Even herhalen: vier nul nul, vier vier zes, zeven twee acht. En je geboortedatum?
Speaker B: 22 augustus 1979.
Speaker A: Dat klopt met ons systeem. Dan was het een typfout bij de invoer. Ik maak een correctie, je krijgt een nieuwe jaaropgaaf, versie 2.
Speaker B: Fijn. En nu ik je toch spreek: mijn salaris moet vanaf de loonstrook van april naar een andere rekening.
Speaker A: Dat mag telefonisch niet, dat moet je via het formulier doen, maar ik kan het alvast klaarzetten. Welke rekening?
Speaker B: NL91 SNSB 7975 4323 19.
Speaker A: Staat je adres nog goed, Hoofdstraat 120A in Veendam?
Speaker B: Ja.
Speaker A: Ik stuur het formulier naar je privémail, pj.kuipers@example.net, en ik bel je terug op 06 21 84 39 70 als het verwerkt is. Je ticket is HR-55123.
Speaker B: Top, bedankt!
""",
[
    P("Esther", "name", "Esther"),
    P("Pieter-Jan Kuipers", "name", "Pieter-Jan", "Pieter", "Jan", "Kuipers"),
    P("Vier nul nul, vier vier zes, zeven twee acht", "national_id",
      "Vier nul nul, vier vier zes, zeven twee acht",
      "vier nul nul, vier vier zes, zeven twee acht",
      check="bsn", canon="400446728"),
    P("22 augustus 1979", "birth_date"),
    P("NL91 SNSB 7975 4323 19", "iban"),
    P("Hoofdstraat 120A", "address"),
    P("pj.kuipers@example.net", "email", "pj.kuipers@example.net", "pj.kuipers"),
    P("06 21 84 39 70", "phone"),
],
[
    L("Bouwbedrijf Van Dijk & Zonen", "company_name"),
    L("jaaropgaaf 2023", "product_name"),
    L("20391", "customer_number"),
    L("versie 2", "version"),
    L("loonstrook van april", "date"),
    L("HR-55123", "ticket_number"),
]),
]
