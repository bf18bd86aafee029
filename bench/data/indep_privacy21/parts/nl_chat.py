from rec import R, N, P, A, E, U, L

RECORDS = [
R("nl-chat-001", """
[10:02] Eva (digitale assistent): Hoi! Ik ben Eva, de digitale assistent van Zonnedak Energie. Waar kan ik je mee helpen?
[10:02] Bezoeker: mijn voorschot is veel te hoog
[10:02] Eva (digitale assistent): Ik begrijp dat je vragen hebt over je termijnbedrag. Wat is je postcode en huisnummer?
[10:03] Bezoeker: 6821 LP 17
[10:03] Eva (digitale assistent): Ik verbind je door met een collega. De wachttijd is ongeveer 4 minuten.
[10:07] Ruben (Zonnedak Energie): Hoi, je spreekt met Ruben. Ik zie het adres Sonsbeeksingel 17 in Arnhem. Spreek ik met de contracthouder?
[10:07] Bezoeker: ja, Wendy Lammers
[10:08] Ruben (Zonnedak Energie): Dank je Wendy. Voor de controle: je geboortedatum?
[10:08] Bezoeker: 02-05-1987
[10:09] Ruben (Zonnedak Energie): Klopt. Je voorschot staat op € 187 per maand, gebaseerd op 3.450 kWh. Heb je een recente meterstand?
[10:10] Bezoeker: 2 weken geleden stond ie op 41237, we hebben nu zonnepanelen sinds juni
[10:11] Ruben (Zonnedak Energie): Dan kan het omlaag naar € 121. Ik stuur een bevestiging naar w.lammers@example.com, klopt dat nog?
[10:11] Bezoeker: nee liever wendylammers.arnhem@example.org
[10:12] Ruben (Zonnedak Energie): Aangepast 👍 Incasso blijft via NL76 ASNB 0021 1072 85.
[10:12] Bezoeker: top bedankt!!
""", [
    P("6821 LP", "postcode"), N("Ruben"), A("Sonsbeeksingel 17 in Arnhem", "Sonsbeeksingel 17", "6821 LP"),
    N("Wendy Lammers"), P("02-05-1987", "birth_date"), E("w.lammers@example.com"),
    E("wendylammers.arnhem@example.org"), P("NL76 ASNB 0021 1072 85", "iban"),
], [L("Eva", "bot_name"), L("€ 187", "price"), L("3.450 kWh", "quantity"), L("41237", "meter_reading"),
    L("€ 121", "price"), L("4 minuten", "duration"), L("Zonnedak Energie", "company")]),

R("nl-chat-002", """
14-03-24 08:51 - Sandra Wouters: Goedemorgen, is de auto al klaar? Het is de grijze Clio, 8-TKL-42
14-03-24 08:53 - Garage Van Leeuwen: Goedemorgen Sandra, nog niet helemaal. De APK is gedaan maar de remblokken voor moeten vervangen worden. Kost € 186,50 incl. montage. Akkoord?
14-03-24 08:55 - Sandra Wouters: Ja doe maar. Kan mijn man hem ophalen? Hij heet Hans
14-03-24 08:55 - Sandra Wouters: Hans Wouters bedoel ik, hij belt wel vanaf 06-41873092
14-03-24 08:56 - Garage Van Leeuwen: Prima. Klaar rond 16:00. Factuur 2024-0317 stuur ik naar het adres dat we hebben, Heerenweg 218?
14-03-24 08:58 - Sandra Wouters: Nee we zijn verhuisd, het is nu Akkerwinde 5, 1851 VM Heiloo
14-03-24 08:58 - Sandra Wouters: <Media weggelaten>
14-03-24 09:01 - Garage Van Leeuwen: Aangepast 👍. Volgende APK is 14-03-2025.
14-03-24 09:02 - Sandra Wouters: Dankjewel!! 🙏
""", [
    N("Sandra Wouters"), P("8-TKL-42", "plate"), N("Hans"), N("Hans Wouters"), P("06-41873092", "phone"),
    A("Heerenweg 218", "Heerenweg 218"), A("Akkerwinde 5, 1851 VM Heiloo", "Akkerwinde 5", "1851 VM"),
], [L("Garage Van Leeuwen", "company"), L("€ 186,50", "price"), L("16:00", "time"),
    L("2024-0317", "invoice_number"), L("14-03-2025", "date"), L("Clio", "product")]),

R("nl-chat-003", """
Instagram DM — @kaarsenmakerij.lume

@marloes_bakt_taart: hoiii ik heb 2 weken geleden de geurkaars 'Sophie' besteld (bestelnr #LUM10482) maar nog niks ontvangen 😢
@kaarsenmakerij.lume: Hi! Wat vervelend 😔 Op welke naam staat de bestelling?
@marloes_bakt_taart: Marloes Brouwer, Spoorlaan 34A, 5038 CB Tilburg
@kaarsenmakerij.lume: Ik zie hem, hij is verzonden met tracking 3SDEVC8814920 maar komt terug als 'adres onbekend'. Staat er een bordje met je naam op de bel?
@marloes_bakt_taart: nee de bel staat nog op naam van de vorige huurder, Koopmans ofzo
@marloes_bakt_taart: kan hij anders naar mijn werk? Brouwer, t.a.v. receptie, Stationsplein 2, 5038 TX. Of bel me even 0612873409
@kaarsenmakerij.lume: Doen we! En omdat het zo lang duurt krijg je 15% korting op je volgende bestelling met code SORRY15 💛 Bevestiging gaat naar marloes.b@example.net
@marloes_bakt_taart: jaaa super lief dankje!!
""", [
    U("@marloes_bakt_taart"), N("Marloes Brouwer"), A("Spoorlaan 34A, 5038 CB Tilburg", "Spoorlaan 34A", "5038 CB"),
    N("Koopmans"), A("Stationsplein 2, 5038 TX", "Stationsplein 2", "5038 TX"), P("0612873409", "phone"),
    E("marloes.b@example.net"),
], [L("@kaarsenmakerij.lume", "company_handle"), L("'Sophie'", "product"), L("#LUM10482", "order_number"),
    L("3SDEVC8814920", "tracking_number"), L("15%", "quantity"), L("SORRY15", "discount_code")]),

R("nl-chat-004", """
Chat met Bank Schelde — 09/04/2024
Jasper (Bank Schelde): Goeiedag, u chat met Jasper. Hoe kan ik helpen?
Klant: ik heb een betaling gedaan naar een verkeerd rekeningnummer, kan dat terug?
Jasper (Bank Schelde): Dat bekijken we. Over welke betaling gaat het?
Klant: 475 euro op 8 april naar BE26 7035 2596 7929, moest naar BE31 7428 9420 6255 (mijn verhuurder, Guido Maes)
Jasper (Bank Schelde): Ik zie de overschrijving, referentie OV/240408/2291. Van welke rekening vertrok ze?
Klant: BE90 6152 2704 2832 op naam van Jonas Van Damme
Jasper (Bank Schelde): Dank u. Voor een terugvorderingsaanvraag heb ik nog uw rijksregisternummer nodig.
Klant: 84031267769
Klant: en hier mijn kaart voor de zekerheid 5478 3999 5549 7597
Jasper (Bank Schelde): Gelieve nooit uw volledige kaartnummer via chat te delen, dat hebben we niet nodig. Ik heb de aanvraag ingediend, u krijgt antwoord binnen 10 werkdagen op jonas.vandamme@example.com.
Klant: ok merci
""", [
    P("BE26 7035 2596 7929", "iban"), P("BE31 7428 9420 6255", "iban"), N("Guido Maes"),
    P("BE90 6152 2704 2832", "iban"), N("Jonas Van Damme"), P("84031267769", "national_id", scheme="rrn"),
    P("5478 3999 5549 7597", "card"), E("jonas.vandamme@example.com"), N("Jasper"),
], [L("475 euro", "price"), L("8 april", "date"), L("OV/240408/2291", "reference"),
    L("10 werkdagen", "duration"), L("09/04/2024", "date"), L("Bank Schelde", "company")]),

R("nl-chat-005", """
ReisWijzer chat
Klant: Hallo, we hebben een reis naar Kreta geboekt (boekingsnummer RW-5581920) en ik zie dat de naam van mijn vriend fout op de bevestiging staat
Lieke | ReisWijzer: Hoi! Je spreekt met Lieke. Welke naam staat er en wat moet het zijn?
Klant: Er staat Tom Verbeek maar hij heet Thom Verbeek, met h. Zijn paspoort is NW7K83J21
Lieke | ReisWijzer: Dank je. Mag ik ook zijn geboortedatum zoals in het paspoort?
Klant: 11 oktober 1993
Lieke | ReisWijzer: En voor de hoofdboeker: jouw naam en geboortedatum?
Klant: Jill de Ruiter, 27-01-1995
Lieke | ReisWijzer: Top. De vlucht HV 5627 op 6 juli om 06:45 blijft gelijk. Naamswijziging kost € 35. Je krijgt de nieuwe bevestiging op jilldr@example.com
Klant: ok prima. Kunnen jullie ook mijn nummer updaten? 06 - 33 19 82 07
Lieke | ReisWijzer: Gedaan! Fijne reis ☀️
""", [
    N("Tom Verbeek"), N("Thom Verbeek"), P("NW7K83J21", "national_id", scheme="none"),
    P("11 oktober 1993", "birth_date"), N("Lieke"), N("Jill de Ruiter"), P("27-01-1995", "birth_date"),
    E("jilldr@example.com"), P("06 - 33 19 82 07", "phone"),
], [L("RW-5581920", "booking_number"), L("HV 5627", "flight_number"), L("6 juli", "date"),
    L("06:45", "time"), L("€ 35", "price"), L("Kreta", "location")]),

R("nl-chat-006", """
Ouderportaal OBS De Regenboog - berichten
Van: Karim Haddou (ouder)
Aan: administratie
Goedemiddag, onze zoon Yusuf Haddou (groep 3) is per 1 augustus ingeschreven maar we hebben het inschrijfformulier nog niet volledig. Hier de gegevens:
BSN Yusuf: 438013396
geb. datum: 19-04-2017
adres: Koekoeksbloem 12, 3824 PH Amersfoort
tel. moeder (Samira): 06 29 04 71 65
Mvg Karim

Van: administratie (Ingrid)
Aan: Karim Haddou
Dank u wel! Het formulier is nu compleet. De ouderbijdrage van € 45,00 voor schooljaar 2024-2025 kunt u overmaken onder vermelding van kenmerk OB-2024-117. De eerste schooldag is maandag 19 augustus.
Groet, Ingrid
""", [
    N("Karim Haddou"), N("Yusuf Haddou"), P("438013396", "national_id", scheme="bsn"),
    P("19-04-2017", "birth_date"), A("Koekoeksbloem 12, 3824 PH Amersfoort", "Koekoeksbloem 12", "3824 PH"),
    N("Samira"), P("06 29 04 71 65", "phone"), N("Ingrid"),
], [L("OBS De Regenboog", "organisation"), L("groep 3", "class"), L("1 augustus", "date"),
    L("€ 45,00", "price"), L("OB-2024-117", "reference"), L("maandag 19 augustus", "date")]),

R("nl-chat-007", """
DierZeker - chat
Bot Kwispel: Woef! Ik ben Kwispel 🐶. Heb je een vraag over een declaratie, je polis of iets anders?
Klant: declaratie
Bot Kwispel: Ik zet je door naar een medewerker.
Noah (DierZeker): Hoi, met Noah. Waar gaat de declaratie over?
Klant: Onze hond Max is geopereerd aan zijn knie bij Dierenkliniek Ten Boer, rekening van € 1.240,-. Polisnummer DZ-300871
Noah (DierZeker): Vervelend voor Max! Op wiens naam staat de polis?
Klant: Op mijn naam, Anouk Dijkhuizen. Geboren 30-06-1982.
Noah (DierZeker): Dank je. Klopt het adres Hoofdweg 88, 9791 AE Ten Boer nog?
Klant: ja
Noah (DierZeker): Je krijgt 80% vergoed, min eigen risico van € 50. Naar welk rekeningnummer?
Klant: NL44RABO0187863528 tnv A Dijkhuizen
Noah (DierZeker): Dank je. Wil je de factuur nog mailen naar declaraties@dierzeker.example? Vermeld je e-mail anouk.dijkhuizen@example.com als afzender dan koppel ik hem meteen.
Klant: doe ik, thanks!
""", [
    N("Noah"), N("Anouk Dijkhuizen"), P("30-06-1982", "birth_date"),
    A("Hoofdweg 88, 9791 AE Ten Boer", "Hoofdweg 88", "9791 AE"), P("NL44RABO0187863528", "iban"),
    N("A Dijkhuizen"), E("anouk.dijkhuizen@example.com"),
], [L("Kwispel", "bot_name"), L("Max", "pet_name"), L("Dierenkliniek Ten Boer", "company"),
    L("€ 1.240,-", "price"), L("DZ-300871", "policy_number"), L("80%", "quantity"), L("€ 50", "price")]),

R("nl-chat-008", """
Salarisportaal - chat met Payroll Servicedesk
Medewerker: Hoi, ik ben Bas van de payroll servicedesk. Waar kan ik je mee helpen?
Gebruiker (ingelogd als r.oosterhuis): mijn loonstrook van maart klopt niet, ik mis mijn reiskostenvergoeding
Medewerker: Dat zoek ik uit. Mag ik je personeelsnummer en BSN?
Gebruiker: personeelsnr 40877, bsn 233698061
Medewerker: Dank je Rianne. Ik zie inderdaad dat de vergoeding van € 92,40 niet is meegenomen. Dat wordt gecorrigeerd in de run van 25 april.
Gebruiker: en het staat nu nog op mijn oude rekening toch? NL15 SNSB 0995 8912 25. Dat moet NL13 KNAB 0457 8657 64 worden
Medewerker: Die wijziging moet je zelf doorvoeren in het portaal onder 'Mijn gegevens', vanwege tweestapsverificatie. Ik zie overigens een inlogpoging vanaf 203.0.113.87 gisteren om 23:14, was jij dat?
Gebruiker: ja dat was ik, via de wifi bij mijn ouders
Medewerker: Prima. Nog iets anders, Rianne Oosterhuis?
Gebruiker: nee, dank je
""", [
    N("Bas"), U("r.oosterhuis"), P("233698061", "national_id", scheme="bsn"), N("Rianne Oosterhuis"),
    P("NL15 SNSB 0995 8912 25", "iban"), P("NL13 KNAB 0457 8657 64", "iban"), P("203.0.113.87", "ip"),
], [L("40877", "employee_number"), L("€ 92,40", "price"), L("25 april", "date"),
    L("23:14", "time"), L("'Mijn gegevens'", "ui_label")]),

R("nl-chat-009", """
Stad Gent - Digitaal Loket (chat)
Medewerker Lotte: Goeiemiddag, waarmee kan ik u helpen?
Burger: goeiemiddag, ik wil een bewonerskaart aanvragen voor de parking maar de website geeft een fout
Medewerker Lotte: Vervelend. Welke foutmelding krijgt u?
Burger: "Fout 503 - rijksregisternummer niet gevonden". Mijn RRN is 76.01.29-929.95
Medewerker Lotte: Dank u. Op welke naam en welk adres?
Burger: Filip Goossens, Sleepstraat 57, 9000 Gent
Medewerker Lotte: Ik zie dat uw domicilie pas sinds 3 dagen gewijzigd is, dan duurt het max. 48 uur voor het systeem bijgewerkt is. Wat is uw nummerplaat?
Burger: 2-GHW-418
Medewerker Lotte: Dan kan ik de aanvraag manueel registreren. De kaart kost € 15 per jaar. Mag ik een gsm-nummer?
Burger: +32 486 27 31 90
Medewerker Lotte: Ok. U krijgt een bericht op filip.goossens@example.net? 
Burger: nee, fgoossens@example.com
Medewerker Lotte: Aangepast. Uw aanvraagnummer is BK-24-009311.
""", [
    N("Lotte"), P("76.01.29-929.95", "national_id", scheme="rrn"), N("Filip Goossens"),
    A("Sleepstraat 57, 9000 Gent", "Sleepstraat 57", "9000"), P("2-GHW-418", "plate"),
    P("+32 486 27 31 90", "phone"), E("filip.goossens@example.net"), E("fgoossens@example.com"),
], [L("Fout 503", "error_code"), L("3 dagen", "duration"), L("48 uur", "duration"), L("€ 15", "price"),
    L("BK-24-009311", "reference")]),

R("nl-chat-010", """
Hostingbedrijf Wolkwerk - live chat
Klant: hoi, ik kan niet meer inloggen op mijn controlepaneel, krijg 'IP geblokkeerd'
Sem (Wolkwerk): Hoi! Met Sem. Wat is je gebruikersnaam?
Klant: d.vermeer_design
Sem (Wolkwerk): En je klantnummer of domeinnaam?
Klant: klantnr 771230, domein atelier-vermeer.example
Sem (Wolkwerk): Ik zie 5 mislukte pogingen vanaf 198.51.100.23. Is dat jouw IP?
Klant: ja thuis. op kantoor heb ik 198.51.100.140
Sem (Wolkwerk): Ik heb de blokkade opgeheven. Voor de verificatie: naam en geboortedatum van de accounthouder?
Klant: Daphne Vermeer, 08-12-1989
Sem (Wolkwerk): Dank je Daphne. Ik raad je aan 2FA aan te zetten. Je pakket Webhosting Pro 2.0 verlengt op 01-06-2024 voor € 8,95 p/m.
Klant: ok, en kun je mijn telefoonnummer aanpassen naar 06 81 20 37 46?
Sem (Wolkwerk): Gedaan ✅
""", [
    N("Sem"), U("d.vermeer_design"), P("198.51.100.23", "ip"), P("198.51.100.140", "ip"),
    N("Daphne Vermeer"), P("08-12-1989", "birth_date"), P("06 81 20 37 46", "phone"),
], [L("771230", "customer_number"), L("Webhosting Pro 2.0", "product"), L("01-06-2024", "date"),
    L("€ 8,95", "price"), L("5 mislukte pogingen", "quantity"), L("Wolkwerk", "company")]),
]
