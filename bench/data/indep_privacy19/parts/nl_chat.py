from rec import P, L, R

RECORDS = [
R("nl-chat-001", """
Chat gestart 14:02 | kanaal: webchat | IP-adres bezoeker: 198.51.100.23
[14:02] Robin (chatbot): Hoi! Ik ben Robin, de digitale assistent van Kees Kookt 👋 Waar kan ik je mee helpen?
[14:02] Bezoeker: retour
[14:02] Robin (chatbot): Wil je een bestelling retourneren? Typ je bestelnummer.
[14:03] Bezoeker: KK-2024-339812
[14:03] Robin (chatbot): Sorry, dat lukt me niet. Ik verbind je door met een collega.
[14:04] Systeem: Daphne neemt het gesprek over.
[14:04] Daphne: Hoi! Ik zie je bestelling KK-2024-339812 met de gietijzeren braadpan 24 cm. Wat is er mee?
[14:05] Bezoeker: die is beschadigd aangekomen, er zit een deuk in het deksel.. ik heb een foto
[14:05] Daphne: Wat vervelend! Mag ik ter controle je naam en e-mailadres?
[14:06] Bezoeker: Anouk de Graaf, anoukdegraaf@example.com
[14:06] Daphne: Dank je Anouk. Wil je een nieuwe pan of je geld terug?
[14:07] Bezoeker: geld terug graag. was 89,95 toch? mag het op een andere rekening want die van toen heb ik opgeheven. NL87 TRIO 6252 7601 89
[14:08] Daphne: Komt goed. Je krijgt een retourlabel per mail. Ophaaladres is Kinkerstraat 212-II, klopt dat?
[14:08] Bezoeker: ja klopt, 1053 EJ
[14:09] Daphne: PostNL haalt het pakket morgen tussen 9:00 en 13:00 op. Je retournummer is R-559012.
[14:09] Bezoeker: top dankjewel! 😊 kan de bezorger even bellen als ie er is? 06-39 14 77 52
[14:10] Daphne: Ik zet het in de notitie. Fijne dag!
""",
[
    P("198.51.100.23", "ip"),
    P("Daphne", "name", "Daphne"),
    P("Anouk de Graaf", "name", "Anouk", "Graaf"),
    P("anoukdegraaf@example.com", "email", "anoukdegraaf@example.com", "anoukdegraaf"),
    P("NL87 TRIO 6252 7601 89", "iban"),
    P("Kinkerstraat 212-II", "address"),
    P("1053 EJ", "postcode"),
    P("06-39 14 77 52", "phone"),
],
[
    L("Robin", "bot_name"),
    L("Kees Kookt", "company_name"),
    L("KK-2024-339812", "order_number"),
    L("gietijzeren braadpan 24 cm", "product_name"),
    L("89,95", "price"),
    L("tussen 9:00 en 13:00", "time"),
    L("R-559012", "reference"),
    L("PostNL", "company_name"),
]),

R("nl-chat-002", """
03-04-2024 09:14 - Berichten en gesprekken worden end-to-end versleuteld. Niemand buiten deze chat, zelfs WhatsApp niet, kan ze lezen of beluisteren.
03-04-2024 09:14 - Thijs Brouwer: Goedemorgen, mijn pakket staat al 3 dagen op 'bij afhaalpunt' maar ik heb nooit een kaartje gehad
03-04-2024 09:14 - Thijs Brouwer: Track en trace is SNP4482019937NL
03-04-2024 09:21 - Snelpost Klantenservice: Goedemorgen! Ik kijk even met je mee. Op welk adres had het bezorgd moeten worden?
03-04-2024 09:23 - Thijs Brouwer: Vinkenstraat 5 in leiden, 2316 XB
03-04-2024 09:23 - Thijs Brouwer: <Media weggelaten>
03-04-2024 09:26 - Snelpost Klantenservice: Dank je. De bezorger heeft op 29-03 aangebeld maar niemand aangetroffen. Het ligt bij Pakketpunt Tabakshop De Hoek en blijft daar nog 7 dagen liggen.
03-04-2024 09:27 - Thijs Brouwer: Huh ik was gewoon thuis 🙄 maar ok. Ik kan er deze week niet heen, mag mijn huisgenoot het ophalen?
03-04-2024 09:30 - Snelpost Klantenservice: Dat kan, hij of zij moet dan de ophaalcode en een eigen ID laten zien. Wat is de naam van je huisgenoot?
03-04-2024 09:31 - Thijs Brouwer: Sem Oosterhuis
03-04-2024 09:33 - Snelpost Klantenservice: Ik heb Sem als gemachtigde toegevoegd. De ophaalcode sturen we per sms en mail. Klopt 06 27 39 55 01 en thijsbrouwer@example.net nog?
03-04-2024 09:33 - Thijs Brouwer: Jup 👍
03-04-2024 09:34 - Snelpost Klantenservice: Top! Fijne dag. Groetjes, Mirjam
""",
[
    P("Thijs Brouwer", "name", "Thijs", "Brouwer"),
    P("Vinkenstraat 5", "address"),
    P("2316 XB", "postcode"),
    P("Sem Oosterhuis", "name", "Sem", "Oosterhuis"),
    P("06 27 39 55 01", "phone"),
    P("thijsbrouwer@example.net", "email", "thijsbrouwer@example.net", "thijsbrouwer"),
    P("Mirjam", "name", "Mirjam"),
],
[
    L("SNP4482019937NL", "tracking_number"),
    L("Snelpost Klantenservice", "company_name"),
    L("03-04-2024", "date"),
    L("29-03", "date"),
    L("Pakketpunt Tabakshop De Hoek", "company_name"),
    L("7 dagen", "duration"),
    L("3 dagen", "duration"),
]),

R("nl-chat-003", """
@fietsopa_almere: hoi al 3 dagen geen bereik binnenshuis 😡😡 bellen gaat alleen in de tuin. wat is hier aan de hand??
@NoordNet_Helpt: Hoi! Balen zeg. Er is werk aan de mast in Almere Haven (storing 4471), dat kan meespelen. Stuur je ons even een DM met je postcode + huisnr? ^Lars
@fietsopa_almere: [DM] 1312 LM 44
NoordNet_Helpt: [DM] Dank je! Om je gegevens in te zien heb ik nog je naam, geboortedatum en het nummer van de simkaart nodig.
fietsopa_almere: [DM] sjaak hofstede, 17-11-1971, nummer is 06-51 20 98 43
NoordNet_Helpt: [DM] Top Sjaak. Welke telefoon heb je?
fietsopa_almere: [DM] samsung galaxy A54, android 14. en de telefoon van mijn dochter Evi heeft ook niks
NoordNet_Helpt: [DM] Dan ligt het echt aan de storing. De verwachting is dat het vrijdag 12 april is opgelost. Voor het ongemak krijg je € 10 korting op je volgende factuur. Zet wifi-bellen aan in de instellingen, dan kun je binnen wel bellen.
fietsopa_almere: [DM] oke. kunnen jullie mailen als het klaar is? s.hofstede@example.com
NoordNet_Helpt: [DM] Doen we! ^Lars
""",
[
    P("@fietsopa_almere", "username", "fietsopa_almere"),
    P("Lars", "name", "Lars"),
    P("1312 LM 44", "address", "1312 LM 44", "1312 LM"),
    P("sjaak hofstede", "name", "sjaak", "hofstede", "Sjaak"),
    P("17-11-1971", "birth_date"),
    P("06-51 20 98 43", "phone"),
    P("Evi", "name", "Evi"),
    P("s.hofstede@example.com", "email", "s.hofstede@example.com", "s.hofstede"),
],
[
    L("Almere Haven", "place_name"),
    L("storing 4471", "ticket_number"),
    L("samsung galaxy A54", "product_name"),
    L("android 14", "version"),
    L("vrijdag 12 april", "date"),
    L("€ 10", "price"),
]),

R("nl-chat-004", """
Chantal Mertens
Hoi! Ik wil mijn abonnement opzeggen, ik ga verhuizen naar Groningen 🙈

FitFabriek Deventer
Hoi Chantal! Jammer dat je weggaat. Ik ben Sven en ik help je even. Wat is je lidnummer?

Chantal Mertens
FF-008813

FitFabriek Deventer
En je geboortedatum ter controle?

Chantal Mertens
8 februari 1997

FitFabriek Deventer
Top. Je hebt Premium All-in voor € 29,99 per 4 weken met een opzegtermijn van 1 maand. Dan loopt het door tot en met 31 mei. Oh en je hebt nog een tegoed van € 12,50, op welke rekening mag dat?

Chantal Mertens
NL46 RABO 4373 5724 75 t.n.v. C Mertens

Chantal Mertens
En mag ik de laatste maand overdragen aan een vriendin? Naomi wil het wel overnemen

FitFabriek Deventer
Dat mag! Dan moet Naomi zelf even langs de balie met haar ID. Naar welk adres sturen we de eindafrekening?

Chantal Mertens
Oude Ebbingestraat 31a, 9712 HL Groningen. Mail is ook goed: chantal.mertens@example.com

FitFabriek Deventer
Genoteerd! Voor als er nog iets is, mogen we je bellen op 06 40 51 92 36?

Chantal Mertens
Ja is goed. Dankjewel Sven!! 💪
""",
[
    P("Chantal Mertens", "name", "Chantal", "Mertens"),
    P("Sven", "name", "Sven"),
    P("8 februari 1997", "birth_date"),
    P("NL46 RABO 4373 5724 75", "iban"),
    P("Naomi", "name", "Naomi"),
    P("Oude Ebbingestraat 31a, 9712 HL Groningen", "address", "Oude Ebbingestraat 31a", "9712 HL"),
    P("chantal.mertens@example.com", "email", "chantal.mertens@example.com", "chantal.mertens"),
    P("06 40 51 92 36", "phone"),
],
[
    L("FitFabriek Deventer", "company_name"),
    L("FF-008813", "customer_number"),
    L("Premium All-in", "plan_name"),
    L("€ 29,99 per 4 weken", "price"),
    L("1 maand", "duration"),
    L("31 mei", "date"),
    L("€ 12,50", "price"),
]),

R("nl-chat-005", """
Bea (virtuele assistent): Dag! Ik ben Bea. Stel je vraag in een paar woorden.
U: kaart geweigerd in spanje
Bea (virtuele assistent): Ik begrijp dat je kaart niet werkt. Ik zet je door naar een medewerker. Deel nooit je pincode of volledige kaartnummer in de chat.
Stijn (Leiebank): Goeiemiddag, u spreekt met Stijn. Ik kijk even mee. Mag ik uw naam?
U: Bart Claes. mijn visa werkt niet meer sinds gisteren, het is deze 4012 8888 8888 1881
Stijn (Leiebank): Dank u, meneer Claes, maar plak uw kaartnummer liever niet in de chat, ik heb het ondertussen gevonden. De kaart is preventief geblokkeerd na een betaling van € 1.249,00 gisteren om 22u14 in een webshop.
U: dat was ik niet!! ik zit hier met mijn vrouw Hilde op hotel in Málaga en we kunnen niks betalen
Stijn (Leiebank): Ik begrijp het. Ik laat een nieuwe kaart maken. Die kan niet naar Spanje, enkel naar uw domicilieadres: Kortrijksesteenweg 1021, 9051 Sint-Denijs-Westrem?
U: ja. kan ik intussen geld afhalen van mijn zichtrekening BE31 9734 5044 1055 met de kaart van Hilde?
Stijn (Leiebank): Ja, haar Bancontact blijft gewoon werken. Ik open een fraudedossier met referentie 24-07-FR-1182. Een collega belt u morgen op +32 472 18 93 05, klopt dat nummer?
U: ja. en mail mag ook naar bart.claes@example.com
Stijn (Leiebank): Genoteerd. Nog een fijne vakantie ondanks alles!
""",
[
    P("Stijn", "name", "Stijn"),
    P("Bart Claes", "name", "Bart", "Claes"),
    P("4012 8888 8888 1881", "card"),
    P("Hilde", "name", "Hilde"),
    P("Kortrijksesteenweg 1021, 9051 Sint-Denijs-Westrem", "address", "Kortrijksesteenweg 1021", "9051"),
    P("BE31 9734 5044 1055", "iban"),
    P("+32 472 18 93 05", "phone"),
    P("bart.claes@example.com", "email", "bart.claes@example.com", "bart.claes"),
],
[
    L("Bea", "bot_name"),
    L("Leiebank", "company_name"),
    L("€ 1.249,00", "price"),
    L("22u14", "time"),
    L("Málaga", "place_name"),
    L("24-07-FR-1182", "case_number"),
    L("Bancontact", "product_name"),
]),

R("nl-chat-006", """
*** Chat met Veilig Onderweg Verzekeringen gestart om 10:41 ***
Klant: goedemorgen ik heb zaterdag een aanrijding gehad en wil schade melden
Systeem: U wordt doorverbonden met een schadebehandelaar. Gemiddelde wachttijd: 3 minuten.
*** Gesprek overgedragen aan Meryem ***
Meryem: Goedemorgen, u spreekt met Meryem. Vervelend om te horen! Mag ik uw naam en geboortedatum?
Klant: Jasper Wijnands, 30-06-1988
Meryem: Dank u. Om welk kenteken gaat het?
Klant: KT-332-D
Meryem: Ik zie de polis AUTO-7730215 voor een Volkswagen Golf. Wat is er gebeurd?
Klant: Op de rotonde bij de Dorpsstraat reed iemand tegen mijn achterkant. We hebben een europees schadeformulier ingevuld. De andere bestuurder heet R. Koster, zijn kenteken is 55-DNV-9
Meryem: Heeft u het formulier bij de hand? Dan maak ik schadedossier SCH-24-118830 aan en kunt u het uploaden in MijnVeilig.
Klant: ja heb ik. De auto staat nu bij Carrosserie Van Houten. Zij zeggen ongeveer € 1.850 aan schade
Meryem: Dan neemt een expert binnen 2 werkdagen contact op. Kan dat op 06 13 88 20 47?
Klant: ja. Of mail naar jasper.wijnands@example.org
Meryem: Genoteerd. Was er letsel?
Klant: nee gelukkig niet
Meryem: Fijn. Ik wens u veel sterkte met de afhandeling, meneer Wijnands.
""",
[
    P("Meryem", "name", "Meryem"),
    P("Jasper Wijnands", "name", "Jasper", "Wijnands"),
    P("30-06-1988", "birth_date"),
    P("KT-332-D", "plate"),
    P("R. Koster", "name", "Koster"),
    P("55-DNV-9", "plate"),
    P("06 13 88 20 47", "phone"),
    P("jasper.wijnands@example.org", "email", "jasper.wijnands@example.org", "jasper.wijnands"),
],
[
    L("Veilig Onderweg Verzekeringen", "company_name"),
    L("AUTO-7730215", "policy_number"),
    L("Volkswagen Golf", "vehicle_model"),
    L("SCH-24-118830", "claim_number"),
    L("Carrosserie Van Houten", "company_name"),
    L("€ 1.850", "price"),
    L("2 werkdagen", "duration"),
    L("3 minuten", "duration"),
]),

R("nl-chat-007", """
[08-01-24 16:45:12] Ahmed Bakkali: Goedemiddag, ik wil mijn dochter aanmelden voor groep 3. Kan dat via WhatsApp?
[08-01-24 16:52:40] OBS De Regenboog administratie: Goedemiddag! Ja hoor, stuur maar de gegevens, dan zet ik het inschrijfformulier klaar.
[08-01-24 16:55:03] Ahmed Bakkali: Naam: Mila Bakkali
Geboren: 21-10-2017
BSN: 116947202
Adres: Heiligeweg 17, 2011 GB Haarlem
[08-01-24 16:55:31] Ahmed Bakkali: Ze zat hiervoor bij juf Ilse op de peuterspeelzaal
[08-01-24 17:02:18] OBS De Regenboog administratie: Dank u! Mila kan vanaf maandag 15 januari starten in groep 3B. Voor het formulier heb ik nog een e-mailadres nodig en een telefoonnummer voor noodgevallen.
[08-01-24 17:04:47] Ahmed Bakkali: a.bakkali@example.com en 06 12 90 37 45
[08-01-24 17:05:02] Ahmed Bakkali: Of mijn vrouw Samia: 06 22 41 58 09
[08-01-24 17:09:30] OBS De Regenboog administratie: Top, dan stuur ik het formulier (versie 2024-1) vandaag nog. De ouderbijdrage is € 45 per jaar.
[08-01-24 17:10:11] Ahmed Bakkali: 👍 dank u wel
""",
[
    P("Ahmed Bakkali", "name", "Ahmed", "Bakkali"),
    P("Mila Bakkali", "name", "Mila", "Bakkali"),
    P("21-10-2017", "birth_date"),
    P("116947202", "national_id", check="bsn"),
    P("Heiligeweg 17, 2011 GB Haarlem", "address", "Heiligeweg 17", "2011 GB"),
    P("Ilse", "name", "Ilse"),
    P("a.bakkali@example.com", "email", "a.bakkali@example.com", "a.bakkali"),
    P("06 12 90 37 45", "phone"),
    P("Samia", "name", "Samia"),
    P("06 22 41 58 09", "phone"),
],
[
    L("OBS De Regenboog", "company_name"),
    L("groep 3", "class_name"),
    L("maandag 15 januari", "date"),
    L("groep 3B", "class_name"),
    L("versie 2024-1", "version"),
    L("€ 45 per jaar", "price"),
]),

R("nl-chat-008", """
noortje.vd.berg: heyy ik heb de linnen blazer Ivy besteld in maat M maar hij is echt te groot 😩 kan ik ruilen voor een S?
studio.liv.amsterdam: Hii! Natuurlijk kan dat 🤍 Wat is je ordernummer?
noortje.vd.berg: #LIV10442
studio.liv.amsterdam: Ik zie hem! Op naam van Noortje van den Berg toch? Maat S is nog op voorraad (nog 2 stuks). Stuur je de M retour? Dan sturen wij de S meteen op.
noortje.vd.berg: jaa. naar hetzelfde adres, Vondellaan 88, 3521 GH utrecht
studio.liv.amsterdam: Perfect. Ik heb je een retourlabel gestuurd naar noortjevdberg@example.com. Het kost niks, ruilen is gratis tot €100
noortje.vd.berg: yesss dankjee!! ow en kan de bezorger bellen als ik niet thuis ben? 0687 14 23 59
studio.liv.amsterdam: Zet ik erbij! Liefs, Roos @ Studio Liv
noortje.vd.berg: ❤️❤️ tag jullie wel als ik hem aan heb haha @noortje.vd.berg
""",
[
    P("noortje.vd.berg", "username", "noortje.vd.berg"),
    P("Noortje van den Berg", "name", "Noortje", "Berg"),
    P("Vondellaan 88", "address"),
    P("3521 GH", "postcode"),
    P("noortjevdberg@example.com", "email", "noortjevdberg@example.com", "noortjevdberg"),
    P("0687 14 23 59", "phone"),
    P("Roos", "name", "Roos"),
],
[
    L("linnen blazer Ivy", "product_name"),
    L("maat M", "measurement"),
    L("#LIV10442", "order_number"),
    L("nog 2 stuks", "quantity"),
    L("€100", "price"),
    L("Studio Liv", "company_name"),
]),

R("nl-chat-009", """
ReisKoerier chat — boeking wijzigen
U: Hallo, ik heb een pakketreis naar San Sebastián geboekt, boekingsnummer 7281946, maar de naam van mijn dochter is verkeerd gespeld.
ReisKoerier (Iris): Hallo! Dat passen we aan. Wie staan er allemaal op de boeking?
U: Ik, Marieke ten Brink, geb. 03-02-1983, mijn man Johan ten Brink, en onze dochter, het moet zijn Sophie, niet Sofie. Zij is geboren op 19-06-2016.
ReisKoerier (Iris): Bij de vlucht HV 6123 op 14 juli moet de naam precies overeenkomen met het paspoort. Wat is het documentnummer van Sophie?
U: NW7K4L9P2
ReisKoerier (Iris): Dank u. De naamswijziging kost normaal € 35 per persoon, maar omdat het een typefout is doen we het gratis.
U: Fijn! En het hotel, Hotel Maria Cristina, blijft hetzelfde toch? Totaal was € 2.486.
ReisKoerier (Iris): Ja, het hotel en de prijs blijven gelijk. U krijgt de nieuwe bevestiging op marieke.tenbrink@example.com?
U: Nee, het is marieke.tenbrink@example.org
ReisKoerier (Iris): Excuus, ik pas het aan: marieke.tenbrink@example.org. Mogen we u bij wijzigingen bellen op 06 35 19 62 84?
U: Ja. Bedankt Iris!
""",
[
    P("Iris", "name", "Iris"),
    P("Marieke ten Brink", "name", "Marieke", "Brink"),
    P("03-02-1983", "birth_date"),
    P("Johan ten Brink", "name", "Johan", "Brink"),
    P("Sophie", "name", "Sophie", "Sofie"),
    P("19-06-2016", "birth_date"),
    P("NW7K4L9P2", "national_id", check="none:passport"),
    P("marieke.tenbrink@example.com", "email", "marieke.tenbrink@example.com", "marieke.tenbrink"),
    P("marieke.tenbrink@example.org", "email", "marieke.tenbrink@example.org", "marieke.tenbrink"),
    P("06 35 19 62 84", "phone"),
],
[
    L("ReisKoerier", "company_name"),
    L("San Sebastián", "place_name"),
    L("7281946", "booking_reference"),
    L("HV 6123", "flight_number"),
    L("14 juli", "date"),
    L("€ 35 per persoon", "price"),
    L("Hotel Maria Cristina", "company_name"),
    L("€ 2.486", "price"),
]),

R("nl-chat-010", """
Apotheek Zonnehof – chat via de app
Wilma Zwart (namens G. Zwart): Goedemiddag, ik bestel de medicijnen voor mijn vader, Gerrit Zwart. Zijn herhaalrecept voor metoprolol 50 mg is op, maar er staat in de app dat het recept verlopen is.
Apotheek (Ruud): Goedemiddag mevrouw Zwart. Voor de controle: wat is de geboortedatum en postcode van uw vader?
Wilma Zwart (namens G. Zwart): 4 april 1938, 8232 JN
Apotheek (Ruud): Dank u. Het recept van dokter Haddou is inderdaad verlopen per 1 maart. Ik vraag een nieuw recept aan bij de praktijk, dat duurt meestal 2 werkdagen.
Wilma Zwart (namens G. Zwart): Kan het daarna bezorgd worden? Hij komt de deur bijna niet meer uit.
Apotheek (Ruud): Ja, bezorging is gratis voor 75-plussers. Bezorgen we op Kerkhoflaan 6 in Lelystad?
Wilma Zwart (namens G. Zwart): Ja. Wilt u mij bellen als het gebracht wordt? 06 58 02 74 19. Ik ben er dan ook.
Apotheek (Ruud): Doe ik. Bestelnummer is HR-240311-082. Ook de Movicolon sachets (30 stuks) doe ik erbij, die stonden nog open.
Wilma Zwart (namens G. Zwart): Super, dank u wel.
""",
[
    P("Wilma Zwart", "name", "Wilma", "Zwart"),
    P("Gerrit Zwart", "name", "Gerrit", "Zwart"),
    P("Ruud", "name", "Ruud"),
    P("4 april 1938", "birth_date"),
    P("8232 JN", "postcode"),
    P("Haddou", "name", "Haddou"),
    P("Kerkhoflaan 6", "address"),
    P("06 58 02 74 19", "phone"),
],
[
    L("Apotheek Zonnehof", "company_name"),
    L("metoprolol 50 mg", "medication"),
    L("1 maart", "date"),
    L("2 werkdagen", "duration"),
    L("HR-240311-082", "order_number"),
    L("Movicolon sachets", "medication"),
    L("30 stuks", "quantity"),
]),
]
