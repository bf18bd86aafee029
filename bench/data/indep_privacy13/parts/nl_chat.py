# Dutch / Flemish chats (10)
RECORDS = []

RECORDS.append(dict(id="nl-chat-001", language="nl", channel="chat", text="""[03-02-2025 19:14] Kim de Jong: hoi, mn nummer is geport maar ik heb nog steeds geen bereik??
[03-02-2025 19:15] BelMobiel: Hoi Kim! Vervelend zeg. Ik ben Sjoerd en ik help je graag. Om welk nummer gaat het?
[03-02-2025 19:16] Kim de Jong: 0612873340
[03-02-2025 19:16] BelMobiel: Dankje. Voor de verificatie: wat is je geboortedatum en je IBAN?
[03-02-2025 19:18] Kim de Jong: 12-10-1995 en NL93INGB0894060829
[03-02-2025 19:19] BelMobiel: Top, gevonden. Ik zie dat je bundel Onbeperkt 5G van € 17,50 p/m pas morgen actief wordt, de porteerdatum staat op 04-02.
[03-02-2025 19:19] Kim de Jong: serieus?? ik had 't op vandaag gezet
[03-02-2025 19:21] BelMobiel: Sorry! Ik heb ticket #448213 aangemaakt om het te versnellen. Wordt je nieuwe Samsung Galaxy A55 nog naar het oude adres gestuurd?
[03-02-2025 19:22] Kim de Jong: neee ik woon nu op de Burg. Rijkensstraat 3A, 4901 HB Oosterhout
[03-02-2025 19:23] BelMobiel: Aangepast. De bevestiging gaat naar kimdejong95@gmail.com. Binnen 24 uur moet alles werken.
[03-02-2025 19:23] Kim de Jong: oke thnx 👍""",
planted=[
    P("Kim de Jong", "name", ["Kim", "Jong"]),
    P("Sjoerd", "name", ["Sjoerd"]),
    P("0612873340", "phone"),
    P("12-10-1995", "birth_date"),
    P("NL93INGB0894060829", "iban", check="iban"),
    P("Burg. Rijkensstraat 3A, 4901 HB Oosterhout", "address", ["Burg. Rijkensstraat 3A", "4901 HB"]),
    P("kimdejong95@gmail.com", "email", ["kimdejong95@gmail.com", "kimdejong95"]),
],
lookalikes=[
    L("Onbeperkt 5G", "product"),
    L("€ 17,50 p/m", "price"),
    L("04-02", "porting_date"),
    L("#448213", "ticket_number"),
    L("Samsung Galaxy A55", "product"),
    L("24 uur", "duration"),
    L("03-02-2025 19:21", "timestamp"),
]))

RECORDS.append(dict(id="nl-chat-002", language="nl", channel="chat", text="""Bo (digitale assistent): Hoi! Ik ben Bo, de digitale assistent van Noordkust Bank. Waar kan ik je mee helpen?
Klant: ik denk dat ik opgelicht ben
Bo (digitale assistent): Wat vervelend. Ik verbind je door met een medewerker.
Mirjam (Noordkust Bank): Goedemiddag, u spreekt met Mirjam van de afdeling fraude. U bent ingelogd als Roel Kuipers, klopt dat?
Klant: ja. ik heb gisteren 1250 euro overgemaakt voor een caravan op Marktplaats naar NL37 KNAB 0660 5250 07 tnv M. de Haan en nu reageert die persoon niet meer
Mirjam (Noordkust Bank): Ik zie de transactie van 12-03 van € 1.250,00. Ik dien een terugboekingsverzoek in bij de andere bank, referentie FR-2025-33190. Had u ook uw creditcard gebruikt?
Klant: nee alleen de overboeking. wel heb ik mn kaartnummer naar die persoon gestuurd voor de 'borg'... 4103 9068 9873 8972
Mirjam (Noordkust Bank): Die kaart blokkeer ik direct. U krijgt binnen 5 werkdagen een nieuwe pas op Weverstraat 61, 7511 JS Enschede. Klopt dat adres nog?
Klant: ja klopt
Mirjam (Noordkust Bank): Kan de recherche u bereiken op 06 83 21 47 90 en r.kuipers@xs4all.nl?
Klant: ja. de verkoper had een telefoonnummer 0687451209 en noemde zichzelf Dirk
Mirjam (Noordkust Bank): Dank u. Doe ook aangifte bij de politie en vermeld daarin het dossiernummer FR-2025-33190. Ons fraudenummer is 24/7 bereikbaar via 088 700 70 70.""",
planted=[
    P("Mirjam", "name", ["Mirjam"]),
    P("Roel Kuipers", "name", ["Roel", "Kuipers"]),
    P("NL37 KNAB 0660 5250 07", "iban", check="iban"),
    P("M. de Haan", "name", ["Haan"]),
    P("4103 9068 9873 8972", "card", check="luhn"),
    P("Weverstraat 61, 7511 JS Enschede", "address", ["Weverstraat 61", "7511 JS"]),
    P("06 83 21 47 90", "phone"),
    P("r.kuipers@xs4all.nl", "email", ["r.kuipers@xs4all.nl", "r.kuipers"]),
    P("0687451209", "phone"),
    P("Dirk", "name", ["Dirk"]),
],
lookalikes=[
    L("Bo", "assistant_name"),
    L("1250 euro", "amount"),
    L("Marktplaats", "company_name"),
    L("12-03", "transaction_date"),
    L("€ 1.250,00", "amount"),
    L("FR-2025-33190", "case_number"),
    L("5 werkdagen", "duration"),
]))

RECORDS.append(dict(id="nl-chat-003", language="nl", channel="chat", text="""Instagram – berichten met @studiolinnen

@lisa.vdmeer: hoii ik heb bestelling #SL-20931 geplaatst maar de jurk Rosa in saliegroen is in maat 38 gekomen ipv 36 😩
@studiolinnen: Hey Lisa! Wat balen, sorry! Mag ik je volledige naam + postcode voor de check?
@lisa.vdmeer: Lisa van der Meer, 2011 KG
@studiolinnen: Dankjewel! We sturen maat 36 gratis na. Nog steeds naar Kleverparkweg 88 rood in Haarlem?
@lisa.vdmeer: nee eigenlijk moet hij naar mn zus want het is een cadeau, Iris Hagenaars, Oudegracht 157 bis, 3511 AZ Utrecht
@studiolinnen: Komt goed! Mag ik een telefoonnummer voor de bezorger? En je mail voor het retourlabel van maat 38?
@lisa.vdmeer: 06-29 47 81 30, lisavandermeer@icloud.com
@studiolinnen: Top. Verzending gaat met de Studio Linnen Express (1-2 werkdagen). Retour binnen 30 dagen, je krijgt € 59,95 terug zodra hij binnen is. Liefs, Noor 🌿""",
planted=[
    P("lisa.vdmeer", "username"),
    P("Lisa van der Meer", "name", ["Lisa", "Meer"]),
    P("2011 KG", "postcode"),
    P("Kleverparkweg 88 rood", "address"),
    P("Iris Hagenaars", "name", ["Iris", "Hagenaars"]),
    P("Oudegracht 157 bis, 3511 AZ Utrecht", "address", ["Oudegracht 157 bis", "3511 AZ"]),
    P("06-29 47 81 30", "phone"),
    P("lisavandermeer@icloud.com", "email", ["lisavandermeer@icloud.com", "lisavandermeer"]),
    P("Noor", "name", ["Noor"]),
],
lookalikes=[
    L("#SL-20931", "order_number"),
    L("jurk Rosa", "product"),
    L("maat 38", "size"),
    L("maat 36", "size"),
    L("Studio Linnen Express", "service"),
    L("1-2 werkdagen", "duration"),
    L("€ 59,95", "price"),
]))

RECORDS.append(dict(id="nl-chat-004", language="nl", channel="chat", text="""WhatsApp – FitFabriek Tilburg
+31 6 24 81 55 09: Hoi, ik wil mn abbo opzeggen. Ben verhuisd naar Breda
FitFabriek: Hoi! Jammer dat je gaat 😢 Ik ben Kevin. Op welke naam staat het lidmaatschap?
+31 6 24 81 55 09: Mohamed Azzouzi, maar iedereen hier kent me als Momo
FitFabriek: Haha ja Momo, ik weet wie je bent! Voor de zekerheid nog je geboortedatum?
+31 6 24 81 55 09: 5 juni 1998
FitFabriek: Top. Lidnummer 00451872, abonnement All-in Flex van € 34,99 per 4 weken. Opzegtermijn is 1 maand, dus laatste incasso is 28 maart.
+31 6 24 81 55 09: ok. en het wordt afgeschreven van NL38RABO0140811555 toch? niet meer daarna?
FitFabriek: Klopt, daarna niks meer. Wil je de bevestiging op je nieuwe adres of per mail?
+31 6 24 81 55 09: mail, mo.azzouzi98@live.nl . nieuwe adres is wel Haagweg 402, 4814 GN Breda voor de zekerheid
FitFabriek: Verwerkt! Je pasje mag je weggooien. Succes in Breda 💪 Tip: onze vestiging Breda-Noord heeft Les Mills BodyPump op dinsdag 19:30""",
planted=[
    P("+31 6 24 81 55 09", "phone"),
    P("Kevin", "name", ["Kevin"]),
    P("Mohamed Azzouzi", "name", ["Mohamed", "Azzouzi", "Momo"]),
    P("5 juni 1998", "birth_date"),
    P("NL38RABO0140811555", "iban", check="iban"),
    P("mo.azzouzi98@live.nl", "email", ["mo.azzouzi98@live.nl", "mo.azzouzi98"]),
    P("Haagweg 402, 4814 GN Breda", "address", ["Haagweg 402", "4814 GN"]),
],
lookalikes=[
    L("00451872", "membership_number"),
    L("All-in Flex", "product"),
    L("€ 34,99 per 4 weken", "price"),
    L("1 maand", "duration"),
    L("28 maart", "date"),
    L("Les Mills BodyPump", "product"),
    L("dinsdag 19:30", "time"),
]))

RECORDS.append(dict(id="nl-chat-005", language="nl", channel="chat", text="""Chat – De Zorgkas, ziekenfonds
Jeroen (De Zorgkas): Goeiedag, u chat met Jeroen. Waarmee kan ik helpen?
Bezoeker: dag jeroen, ik heb een vraag over de terugbetaling van mijn kinesist. ik heb nog niks gekregen
Jeroen (De Zorgkas): Geen probleem. Mag ik uw naam en rijksregisternummer?
Bezoeker: Godelieve Van Acker, 69081987362
Jeroen (De Zorgkas): Dank u mevrouw Van Acker. Ik zie een attest van 14/02 met nomenclatuurnummer 560011, terugbetaling € 23,80. Dat staat nog in behandeling.
Bezoeker: hoe lang duurt dat nog? mijn dochter Lieve heeft ook nog een attest binnengebracht
Jeroen (De Zorgkas): Dat van uw dochter vind ik niet op uw dossier, ze heeft sinds haar 25 een eigen aansluiting. Uw dossier heeft nummer 2025-KR-0912, de betaling volgt binnen 10 werkdagen op BE05 7330 4864 0375.
Bezoeker: ok. mijn adres is wel veranderd he, het is nu Brugsesteenweg 45, 8500 Kortrijk
Jeroen (De Zorgkas): Aangepast. Mag ik voor het dossier nog een telefoonnummer?
Bezoeker: 056 21 43 87
Jeroen (De Zorgkas): Perfect. Nog een fijne dag!""",
planted=[
    P("Jeroen", "name", ["Jeroen", "jeroen"]),
    P("Godelieve Van Acker", "name", ["Godelieve", "Acker"]),
    P("69081987362", "national_id", check="be_rrn"),
    P("Lieve", "name", ["Lieve"]),
    P("BE05 7330 4864 0375", "iban", check="iban"),
    P("Brugsesteenweg 45, 8500 Kortrijk", "address", ["Brugsesteenweg 45", "8500"]),
    P("056 21 43 87", "phone"),
],
lookalikes=[
    L("14/02", "date"),
    L("560011", "nomenclature_code"),
    L("€ 23,80", "amount"),
    L("2025-KR-0912", "case_number"),
    L("10 werkdagen", "duration"),
    L("De Zorgkas", "company_name"),
]))

RECORDS.append(dict(id="nl-chat-006", language="nl", channel="chat", text="""X / Direct Message
@dennis_zwolle → @PakketPuntNL: jullie bezorger heeft mn pakket gewoon in de container gegooid 🤬🤬 trackingcode 3SPKD0091122458
@PakketPuntNL → @dennis_zwolle: Hoi Dennis, dat hoort natuurlijk niet! Kun je je volledige naam, adres en tel.nummer sturen? Dan zoeken we het uit. ^Priya
@dennis_zwolle → @PakketPuntNL: Dennis Mulder, Assendorperstraat 150-a, 8012 DK Zwolle, 06 14 28 99 31
@PakketPuntNL → @dennis_zwolle: Dank je! Ik zie dat het pakket op 09-04 om 16:52 is afgeleverd met de notitie "achterom, groene container". Was dat jouw instructie? ^Priya
@dennis_zwolle → @PakketPuntNL: nee!! ik had gezegd bij de buren op nr 152, meneer Smit. de doos van 60x40x40 is nu helemaal nat
@PakketPuntNL → @dennis_zwolle: Wat vervelend. Ik heb een schadeclaim gestart, nummer SC-448102. Stuur je een foto naar het mailadres in onze bio en je eigen mail in dit gesprek? ^Priya
@dennis_zwolle → @PakketPuntNL: d.mulder.zwl@proton.me""",
planted=[
    P("dennis_zwolle", "username"),
    P("Dennis Mulder", "name", ["Dennis", "Mulder"]),
    P("Assendorperstraat 150-a, 8012 DK Zwolle", "address", ["Assendorperstraat 150-a", "8012 DK"]),
    P("06 14 28 99 31", "phone"),
    P("meneer Smit", "name", ["Smit"]),
    P("Priya", "name", ["Priya"]),
    P("d.mulder.zwl@proton.me", "email", ["d.mulder.zwl@proton.me", "d.mulder.zwl"]),
],
lookalikes=[
    L("3SPKD0091122458", "tracking_number"),
    L("09-04", "delivery_date"),
    L("16:52", "time"),
    L("nr 152", "house_number_reference"),
    L("60x40x40", "dimensions"),
    L("SC-448102", "claim_number"),
    L("@PakketPuntNL", "company_handle"),
]))

RECORDS.append(dict(id="nl-chat-007", language="nl", channel="chat", text="""Gemeente Den Haag – Chat met een medewerker
Anouk (gemeente): Goedemiddag, u chat met Anouk van Burgerzaken. Waar kan ik u mee helpen?
U: Ik wil een afspraak voor een nieuw paspoort, mijn oude is gestolen. Nummer van de oude was NWJ3K8R24
Anouk (gemeente): Vervelend. Heeft u daar al aangifte van gedaan? Dan kan ik het document als vermist registreren. Mag ik uw BSN en geboortedatum?
U: 584221836, 30-11-1964
Anouk (gemeente): Dank u. Ik zie u staan als Johanna (Joke) Ruijters, Laan van Meerdervoort 1120 C, 2555 CH Den Haag. Klopt dat?
U: ja dat klopt
Anouk (gemeente): Ik kan u inplannen op dinsdag 4 maart om 10:30 in het stadhuis, balie 12. Het paspoort kost € 84,70 en is na 5 werkdagen klaar.
U: prima. mijn kleinzoon Thijs komt mee om te helpen, is dat goed?
Anouk (gemeente): Natuurlijk. U krijgt een bevestiging per sms op 070 362 18 44? Dat is een vast nummer, dus liever een mobiel nummer.
U: dan 06 22 91 03 76
Anouk (gemeente): Gedaan. Uw afspraaknummer is A-2025-118274. Vergeet uw aangifte en een pasfoto niet.""",
planted=[
    P("Anouk", "name", ["Anouk"]),
    P("NWJ3K8R24", "national_id"),
    P("584221836", "national_id", check="bsn"),
    P("30-11-1964", "birth_date"),
    P("Johanna (Joke) Ruijters", "name", ["Johanna", "Joke", "Ruijters"]),
    P("Laan van Meerdervoort 1120 C, 2555 CH Den Haag", "address", ["Laan van Meerdervoort 1120 C", "2555 CH"]),
    P("Thijs", "name", ["Thijs"]),
    P("070 362 18 44", "phone"),
    P("06 22 91 03 76", "phone"),
],
lookalikes=[
    L("dinsdag 4 maart om 10:30", "appointment"),
    L("balie 12", "desk"),
    L("€ 84,70", "price"),
    L("5 werkdagen", "duration"),
    L("A-2025-118274", "appointment_number"),
    L("Burgerzaken", "department"),
]))

RECORDS.append(dict(id="nl-chat-008", language="nl", channel="chat", text="""Messenger · Zonnig Verre Reizen
Agnieszka Nowak: Goedemorgen, onze vlucht HV 5521 van Kos naar Eindhoven had 7 uur vertraging. Hoe vraag ik compensatie aan? Boeking ZV-88213
Zonnig Verre Reizen: Goedemorgen Agnieszka! Rik hier. Vervelend! Je hebt recht op € 400 per persoon volgens EU 261. Voor welke reizigers vraag je het aan?
Agnieszka Nowak: Ik, mijn man Tomasz Nowak en onze dochter Zofia (geb. 21-08-2016)
Zonnig Verre Reizen: Dank je. Op welk rekeningnummer mag de vergoeding?
Agnieszka Nowak: NL73 ABNA 0411 9037 32 t.n.v. A. Nowak-Wiśniewska
Zonnig Verre Reizen: En een e-mailadres voor de bevestiging?
Agnieszka Nowak: a.nowak.wis@gmail.com
Zonnig Verre Reizen: Top. Je aanvraag staat onder CL-0452-NL, doorlooptijd 6 weken. Mocht je vragen hebben, bel gerust. Groet, Rik""",
planted=[
    P("Agnieszka Nowak", "name", ["Agnieszka", "Nowak"]),
    P("Rik", "name", ["Rik"]),
    P("Tomasz Nowak", "name", ["Tomasz", "Nowak"]),
    P("Zofia", "name", ["Zofia"]),
    P("21-08-2016", "birth_date"),
    P("NL73 ABNA 0411 9037 32", "iban", check="iban"),
    P("A. Nowak-Wiśniewska", "name", ["Nowak", "Wiśniewska"]),
    P("a.nowak.wis@gmail.com", "email", ["a.nowak.wis@gmail.com", "a.nowak.wis"]),
],
lookalikes=[
    L("HV 5521", "flight_number"),
    L("7 uur", "duration"),
    L("ZV-88213", "booking_number"),
    L("€ 400 per persoon", "amount"),
    L("EU 261", "regulation"),
    L("CL-0452-NL", "claim_number"),
    L("6 weken", "duration"),
]))

RECORDS.append(dict(id="nl-chat-009", language="nl", channel="chat", text="""WhatsApp Woonhaven Antwerpen
[14:02] +32 485 19 27 63: goeiedag, de lift in blok C is al 2 weken kapot en ik woon op 8ste verdiep, met mijn rug is dat echt niet te doen
[14:05] Woonhaven: Goeiedag, met Els van Woonhaven. Sorry voor het ongemak. Mag ik uw naam en adres?
[14:07] +32 485 19 27 63: Mehmet Yılmaz, Sint-Bernardsesteenweg 312 bus 12, 2660 Hoboken
[14:08] Woonhaven: Dank u meneer Yılmaz. Er loopt een melding, ticket W-25-3381, het onderdeel voor lift 2 wordt verwacht op 17/10.
[14:10] +32 485 19 27 63: en de huur van € 412 moet ik die wel volledig betalen?
[14:12] Woonhaven: U kunt een huurvermindering aanvragen. Daarvoor heb ik uw rijksregisternummer nodig en uw rekeningnummer.
[14:15] +32 485 19 27 63: 78.04.12-440.90 en BE60 9141 4123 7870
[14:16] +32 485 19 27 63: meneer Peeters boven mij heeft hetzelfde probleem trouwens, hij is 84
[14:18] Woonhaven: Ik neem contact met hem op. Uw aanvraag staat genoteerd onder contract 44-1187. Groetjes, Els""",
planted=[
    P("+32 485 19 27 63", "phone"),
    P("Els", "name", ["Els"]),
    P("Mehmet Yılmaz", "name", ["Mehmet", "Yılmaz"]),
    P("Sint-Bernardsesteenweg 312 bus 12, 2660 Hoboken", "address", ["Sint-Bernardsesteenweg 312 bus 12", "2660"]),
    P("78.04.12-440.90", "national_id", check="be_rrn"),
    P("BE60 9141 4123 7870", "iban", check="iban"),
    P("meneer Peeters", "name", ["Peeters"]),
],
lookalikes=[
    L("blok C", "building"),
    L("2 weken", "duration"),
    L("W-25-3381", "ticket_number"),
    L("lift 2", "asset"),
    L("17/10", "date"),
    L("€ 412", "price"),
    L("44-1187", "contract_number"),
]))

RECORDS.append(dict(id="nl-chat-010", language="nl", channel="chat", text="""Live chat – MegaByte Elektronica
14:31 Systeem: Je bent verbonden met Stijn.
14:31 Stijn: Hallo! Waar kan ik je mee helpen?
14:32 Klant: hoi, mijn laptop (ZenBook 14 OLED, UX3405) start niet meer op na de update naar bios 3.2.1. bestelling 5002318877
14:33 Stijn: Balen! Op welke naam is de bestelling?
14:33 Klant: stefan wolters. account s_wolt87
14:34 Stijn: Gevonden, Stefan Wolters, Noordsingel 76b, 3035 EM Rotterdam. Hij valt nog onder de garantie van 24 maanden.
14:35 Klant: top. moet ik de reparatie betalen met mn creditcard? 4555 3425 3982 7920
14:35 Stijn: Deel alsjeblieft nooit je volledige kaartnummer in de chat! Ik heb het bericht laten maskeren. De reparatie is gratis.
14:36 Klant: oeps sorry
14:37 Stijn: Geen probleem. Ik stuur een verzendlabel naar stefan.wolters@kpnplanet.nl, je kunt hem inleveren bij elk afgiftepunt. Repair-ID RP-77120.
14:38 Klant: kan de koerier ook bellen? 010 411 96 28
14:38 Stijn: Genoteerd. Doorlooptijd is 10 tot 14 dagen.""",
planted=[
    P("Stijn", "name", ["Stijn"]),
    P("stefan wolters", "name", ["stefan", "wolters", "Stefan", "Wolters"]),
    P("s_wolt87", "username"),
    P("Noordsingel 76b, 3035 EM Rotterdam", "address", ["Noordsingel 76b", "3035 EM"]),
    P("4555 3425 3982 7920", "card", check="luhn"),
    P("stefan.wolters@kpnplanet.nl", "email", ["stefan.wolters@kpnplanet.nl", "stefan.wolters"]),
    P("010 411 96 28", "phone"),
],
lookalikes=[
    L("ZenBook 14 OLED", "product"),
    L("UX3405", "model_number"),
    L("bios 3.2.1", "version"),
    L("5002318877", "order_number"),
    L("24 maanden", "duration"),
    L("RP-77120", "repair_number"),
    L("10 tot 14 dagen", "duration"),
]))
