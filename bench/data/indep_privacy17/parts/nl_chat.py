# Dutch / Flemish chats (web chat, WhatsApp, social DM). Written by hand; all data made up.


def P(value, kind, *mns, **kw):
    d = {"value": value, "kind": kind, "must_not_survive": list(mns) if mns else [value]}
    d.update(kw)
    return d


def E(value, *extra, **kw):
    mns = [value] + ([value.split("@")[0]] if "@" in value else []) + list(extra)
    return P(value, "email", *mns, **kw)


def L(value, kind):
    return {"value": value, "kind": kind}


RECORDS = [
    {
        "id": "nl-chat-001", "region": "nl",
        "text": """[09:14] Eva (chatbot): Hoi! Ik ben Eva, de digitale assistent van Drinkwater Midden. Waar kan ik je mee helpen?
[09:14] Jij: verhuizing doorgeven en rekeningnr wijzigen
[09:14] Eva (chatbot): Daar help ik je graag mee. Ik verbind je door met een medewerker. Er zijn 3 wachtenden voor je.
[09:19] Mohamed (klantenservice): Goedemorgen, je spreekt met Mohamed. Mag ik je naam, postcode en huisnummer?
[09:20] Jij: Lisa van der Linden, 3572BJ 140A
[09:21] Mohamed (klantenservice): Dank je Lisa. Ik zie je aansluiting met watermeter 17-M-004412. Wat wil je precies wijzigen?
[09:23] Jij: per 15 april woon ik op Kanaalweg 5, 3533 HA Utrecht. mijn vriend Thijs blijft hier wonen en neemt het contract over
[09:24] Mohamed (klantenservice): Helder! Dan heb ik van Thijs een geboortedatum en e-mailadres nodig, dan stuur ik hem een overnameformulier.
[09:25] Jij: 11-08-1993 en thijs.k@example.com
[09:25] Jij: en voor mijn nieuwe adres wil ik graag betalen van NL15 ASNB 0180 1464 79
[09:27] Mohamed (klantenservice): Staat erin. Je nieuwe voorschot wordt € 14,20 per maand. Kan ik je bellen als er nog iets ontbreekt?
[09:27] Jij: ja 06 2741 8830
[09:28] Mohamed (klantenservice): Top, je ontvangt alles per mail. Fijne dag!
[09:28] Eva (chatbot): Hoe heb je dit gesprek ervaren? 😊 🙂 😐 🙁""",
        "planted": [
            P("Mohamed", "name"),
            P("Lisa van der Linden", "name", "Lisa", "Linden"),
            P("3572BJ", "postcode"),
            P("Kanaalweg 5", "address"),
            P("3533 HA", "postcode"),
            P("Thijs", "name"),
            P("11-08-1993", "birth_date"),
            E("thijs.k@example.com"),
            P("NL15 ASNB 0180 1464 79", "iban"),
            P("06 2741 8830", "phone"),
        ],
        "lookalikes": [
            L("Eva", "bot_name"),
            L("Drinkwater Midden", "company_name"),
            L("3 wachtenden", "quantity"),
            L("17-M-004412", "meter_number"),
            L("15 april", "date"),
            L("€ 14,20", "price"),
            L("[09:14]", "time"),
        ],
    },
    {
        "id": "nl-chat-002", "region": "nl",
        "text": """12-03-2024 14:02 - +31 6 48392017: Hoi! Is mijn fiets al klaar? Heb hem vrijdag gebracht, Gazelle Ultimate C8, op naam van Wessel Dekker
12-03-2024 14:05 - Rijwielhandel Jansen: Hoi Wessel, bijna 👍 nieuwe ketting en remblokjes, komt op €87,50 incl. arbeid
12-03-2024 14:06 - +31 6 48392017: top. kan ik morgen na 17.30 langskomen?
12-03-2024 14:09 - Rijwielhandel Jansen: Wij zijn morgen tot 18.00 open. Of we brengen hem, kost €7,50
12-03-2024 14:11 - +31 6 48392017: oh dat is handig! Zandvoortselaan 201, 2106 CR Heemstede. Als ik er niet ben is mijn vriendin Fleur thuis, haar nr is 06-10293847
12-03-2024 14:12 - Rijwielhandel Jansen: Prima. Mailadres voor de factuur?
12-03-2024 14:14 - +31 6 48392017: wesseldekker@example.com
12-03-2024 14:15 - Rijwielhandel Jansen: <Media weggelaten>
12-03-2024 14:15 - Rijwielhandel Jansen: Factuur 2024-0318. Framenummer GA4471239K hebben we ook even gecontroleerd, klopt met je registratie.
13-03-2024 09:47 - +31 6 48392017: overgemaakt van NL77 BUNQ 6903 9819 24 🙏
13-03-2024 09:50 - Rijwielhandel Jansen: Ontvangen, dank je! Fiets komt vanmiddag tussen 15.00 en 16.00""",
        "planted": [
            P("+31 6 48392017", "phone"),
            P("Wessel Dekker", "name", "Wessel", "Dekker"),
            P("Zandvoortselaan 201", "address"),
            P("2106 CR", "postcode"),
            P("Fleur", "name"),
            P("06-10293847", "phone"),
            E("wesseldekker@example.com"),
            P("NL77 BUNQ 6903 9819 24", "iban"),
        ],
        "lookalikes": [
            L("Gazelle Ultimate C8", "product_name"),
            L("Rijwielhandel Jansen", "store_name"),
            L("€87,50", "price"),
            L("17.30", "time"),
            L("2024-0318", "invoice_number"),
            L("GA4471239K", "serial_number"),
            L("12-03-2024", "date"),
        ],
    },
    {
        "id": "nl-chat-003", "region": "nl",
        "text": """Instagram – berichten met @zonreizen.nl

sarah.vdberg: Hoi! Vraagje over onze boeking ZR-5581203 naar Kreta 🌞 de mail die ik kreeg klopt niet helemaal
zonreizen.nl: Hoi Sarah! Vervelend, we kijken graag mee. Stuur je je volledige naam, geboortedatum en postcode? Dan zoeken we je op 🔎 ^Linda
sarah.vdberg: Sarah van den Berg, 21-10-1986, 2511 CV
zonreizen.nl: Dankjewel! Ik zie de boeking voor 3 personen, vertrek 14 juni met TB 1542. Wat klopt er niet?
sarah.vdberg: mijn vriend staat erop als Mark Jakobs maar het is Mark Jacobs met een c. En mijn dochter Noor heeft een nieuw paspoort, nummer NWR4K7LP2
zonreizen.nl: Dat passen we aan, de naam moet exact gelijk zijn aan het paspoort. Het paspoortnummer van Noor heb ik genoteerd. De totaalprijs blijft € 2.489, inclusief 20 kg ruimbagage p.p.
sarah.vdberg: super!! kunnen jullie de nieuwe bevestiging naar sarah.vandenberg@example.com sturen? of bellen op +31 6 55 20 31 87 als er iets is
zonreizen.nl: Komt in orde! Binnen 24 uur heb je de nieuwe bevestiging. Fijne vakantie alvast ☀️ ^Linda""",
        "planted": [
            P("sarah.vdberg", "username"),
            P("Sarah van den Berg", "name", "Sarah", "Berg"),
            P("21-10-1986", "birth_date"),
            P("2511 CV", "postcode"),
            P("Mark Jacobs", "name", "Mark", "Jacobs", "Jakobs"),
            P("Noor", "name"),
            P("NWR4K7LP2", "national_id", scheme="passport"),
            E("sarah.vandenberg@example.com"),
            P("+31 6 55 20 31 87", "phone"),
            P("Linda", "name"),
        ],
        "lookalikes": [
            L("zonreizen.nl", "company_name"),
            L("ZR-5581203", "booking_reference"),
            L("14 juni", "date"),
            L("TB 1542", "flight_number"),
            L("€ 2.489", "price"),
            L("20 kg", "quantity"),
            L("24 uur", "duration"),
        ],
    },
    {
        "id": "nl-chat-004", "region": "be",
        "text": """Chat gestart 14/05 10:02 – Technische dienst Telenova

Nathalie: Goeiemorgen, u chat met Nathalie van de technische dienst. Waarmee kan ik helpen?
Klant: hallo, al 2 dagen geen internet meer, lampje op de NetBox 3 blijft rood knipperen
Nathalie: Vervelend! Mag ik uw naam en rijksregisternummer om uw dossier te openen?
Klant: Jonas Vercauteren, 90.02.17-783.29
Nathalie: Dank u, meneer Vercauteren. Is het adres van de installatie nog Hoogstraat 33, 3000 Leuven?
Klant: ja
Nathalie: Ik zie dat uw modem op firmware 3.4.1 staat. Kunt u in de app inloggen en mij het WAN IP-adres doorgeven?
Klant: login jvercauteren, momentje... het IP is 198.51.100.23
Nathalie: Top. Ik heb de lijn gereset en een storingsmelding gemaakt: INC-00441872. Als het na een herstart niet werkt, komt een technieker langs tussen 13u en 17u. Uw formule Internet Comfort aan € 59,99 wordt voor die dagen gecrediteerd.
Klant: ok. Bel me gerust op 0468 12 93 40 of mail jonas.vercauteren@example.com
Nathalie: Genoteerd. Nog een fijne dag!""",
        "planted": [
            P("Nathalie", "name"),
            P("Jonas Vercauteren", "name", "Jonas", "Vercauteren"),
            P("90.02.17-783.29", "national_id", scheme="rrn"),
            P("Hoogstraat 33", "address"),
            P("3000", "postcode"),
            P("jvercauteren", "username"),
            P("198.51.100.23", "ip"),
            P("0468 12 93 40", "phone"),
            E("jonas.vercauteren@example.com"),
        ],
        "lookalikes": [
            L("Telenova", "company_name"),
            L("NetBox 3", "product_name"),
            L("firmware 3.4.1", "version"),
            L("INC-00441872", "ticket_number"),
            L("tussen 13u en 17u", "time"),
            L("Internet Comfort", "product_name"),
            L("€ 59,99", "price"),
            L("14/05", "date"),
        ],
    },
    {
        "id": "nl-chat-005", "region": "nl",
        "text": """Tom | Wijnhuis Joost: Hoi! Waarmee kan ik je helpen vandaag? 🍷
Bezoeker: hoi ik heb een bestelling gedaan maar er klopt iets niet mett het adres 🙈 bestelnr #WJ-302918
Tom | Wijnhuis Joost: Geen probleem, ik kijk even! Ik zie 6 flessen Rioja Crianza 2019, totaal € 71,40. Wat moet er anders?
Bezoeker: het oude adres staat er nog, moet dit zijn:

Demi Willems
Lorentzweg 18
9723 EJ Groningen
06 31 44 58 02

Bezoeker: sorry voor de dubbele spatie haha
Tom | Wijnhuis Joost: Aangepast! Omdat het alcohol is moet de bezorger je leeftijd checken, klopt je geboortedatum 30-06-1996?
Bezoeker: jup klopt
Bezoeker: oja en inloggen met demiwillems96 lukt niet, wachtwoord vergeten mail komt niet aan
Tom | Wijnhuis Joost: Op welk mailadres verwacht je hem?
Bezoeker: demi.w@example.com
Tom | Wijnhuis Joost: Ah, er stond een typfout in je account (dmei.w@example.com), ik heb het verbeterd. De nieuwe link is onderweg. PostNL levert vrijdag 22 maart.
Bezoeker: yesss dankjewel Tom!!""",
        "planted": [
            P("Tom", "name"),
            P("Demi Willems", "name", "Demi", "Willems"),
            P("Lorentzweg 18", "address"),
            P("9723 EJ", "postcode"),
            P("06 31 44 58 02", "phone"),
            P("30-06-1996", "birth_date"),
            P("demiwillems96", "username"),
            E("demi.w@example.com"),
            E("dmei.w@example.com"),
        ],
        "lookalikes": [
            L("Wijnhuis Joost", "store_name"),
            L("#WJ-302918", "order_number"),
            L("6 flessen", "quantity"),
            L("Rioja Crianza 2019", "product_name"),
            L("€ 71,40", "price"),
            L("PostNL", "company_name"),
            L("vrijdag 22 maart", "date"),
        ],
    },
    {
        "id": "nl-chat-006", "region": "nl",
        "text": """Naomi (Dierverzekering Thuis): Hallo! Je chat met Naomi. Hoe kan ik je helpen?
Erik: Hoi Naomi, ik heb 3 weken geleden een declaratie ingediend voor Bobbie maar nog niks gehoord
Naomi (Dierverzekering Thuis): Vervelend dat het zo lang duurt. Wat is je naam en geboortedatum?
Erik: Erik Postma, 05-12-1977
Naomi (Dierverzekering Thuis): Dank je. Ik zie polis DV-558712 met de dekking Huisdier Compleet. De declaratie CL-24-11873 van € 386,20 van 2 maart staat nog open, omdat de factuur van de dierenarts niet leesbaar was.
Erik: oh. Het was bij Dierenkliniek Ter Borch, dierenarts Karin Hofman heeft hem geopereerd aan zijn poot
Naomi (Dierverzekering Thuis): Kun je de factuur opnieuw uploaden of mailen? Dan zorg ik dat hij met voorrang wordt behandeld.
Erik: ik mail hem vanavond vanaf erik.postma@example.net
Erik: en het geld mag naar NL28 INGB 7633 6067 70, niet meer naar de oude rekening
Naomi (Dierverzekering Thuis): Aangepast. Klopt je adres nog, Beukenlaan 12, 9301 KX Roden?
Erik: Ja. Bel me anders even op 06 4417 2290
Naomi (Dierverzekering Thuis): Komt goed. Veel beterschap voor Bobbie! 🐶""",
        "planted": [
            P("Naomi", "name"),
            P("Erik Postma", "name", "Erik", "Postma"),
            P("05-12-1977", "birth_date"),
            P("Karin Hofman", "name", "Karin", "Hofman"),
            E("erik.postma@example.net"),
            P("NL28 INGB 7633 6067 70", "iban"),
            P("Beukenlaan 12", "address"),
            P("9301 KX", "postcode"),
            P("06 4417 2290", "phone"),
        ],
        "lookalikes": [
            L("Dierverzekering Thuis", "company_name"),
            L("Bobbie", "pet_name"),
            L("DV-558712", "policy_number"),
            L("Huisdier Compleet", "product_name"),
            L("CL-24-11873", "claim_number"),
            L("€ 386,20", "price"),
            L("2 maart", "date"),
            L("Dierenkliniek Ter Borch", "company_name"),
        ],
    },
    {
        "id": "nl-chat-007", "region": "be",
        "text": """Bericht – Sint-Jozefscollege Lokeren – Secretariaat

Griet Van Damme (ouder van Lowie Janssens, 1B) – 08:12
Goeiemorgen, ik wou even laten weten dat we verhuisd zijn. Ons nieuw adres is Molenstraat 27 bus 2, 9160 Lokeren. Kunnen jullie dat aanpassen in het leerlingendossier?

Secretariaat – Hilde – 08:40
Dag mevrouw Van Damme, dat doe ik. Voor de inschrijving bij het CLB heb ik ook het rijksregisternummer van Lowie nodig, dat ontbrak nog.

Griet Van Damme (ouder van Lowie Janssens, 1B) – 08:47
Dat is 12.09.03-395.53, geboren 03/09/2012. Mijn gsm is veranderd, het is nu 0471 83 20 65. En mail liefst naar griet.vandamme@example.com

Secretariaat – Hilde – 09:05
Alles aangepast. Nog een vraagje: de schoolfactuur 2024/0871 van € 126,50 (uitstap naar Planckendael op 23 mei) staat nog open.

Griet Van Damme (ouder van Lowie Janssens, 1B) – 09:11
Oei vergeten, ik betaal het vandaag nog. En zegt u aan meester Bram dat Lowie vrijdag om 14u30 naar de tandarts moet?

Secretariaat – Hilde – 09:13
Ik geef het door. Fijne dag!""",
        "planted": [
            P("Griet Van Damme", "name", "Griet", "Damme"),
            P("Lowie Janssens", "name", "Lowie", "Janssens"),
            P("Molenstraat 27 bus 2", "address"),
            P("9160", "postcode"),
            P("Hilde", "name"),
            P("12.09.03-395.53", "national_id", scheme="rrn"),
            P("03/09/2012", "birth_date"),
            P("0471 83 20 65", "phone"),
            E("griet.vandamme@example.com"),
            P("Bram", "name"),
        ],
        "lookalikes": [
            L("Sint-Jozefscollege Lokeren", "company_name"),
            L("2024/0871", "invoice_number"),
            L("€ 126,50", "price"),
            L("Planckendael", "company_name"),
            L("23 mei", "date"),
            L("14u30", "time"),
        ],
    },
    {
        "id": "nl-chat-008", "region": "nl",
        "text": """Je chat nu met Esther van het Fraudeteam van de Friesland Vlietbank.

Esther: Goedenavond, u heeft aangegeven dat er geld van uw rekening is verdwenen. Kunt u uw naam en rekeningnummer geven?
Klant: Rachid Bouzid, NL21 FVLB 7402 1064 02. Er is gisteren om 23:14 € 1.250,00 overgemaakt, dat was ik niet!!
Esther: Ik zie de transactie. Het geld is overgemaakt naar NL12 TRIO 8625 1891 88 t.n.v. J. Bakker. Kent u die persoon?
Klant: nee. ik heb wel iets verkocht op Marktplaats en op een linkje geklikt om betaald te krijgen
Esther: Dat klinkt als phishing. We zien ook een inlog vanaf IP-adres 203.0.113.88 op uw gebruikersnaam rbouzid01, om 23:09. Heeft u daarna uw kaartgegevens ergens ingevuld?
Klant: ja ik heb deze ingevuld: 4943 2376 1788 3616 exp 09/27
Esther: Dan blokkeer ik die creditcard direct en ook de toegang tot Mijn Vlietbank app (versie 8.12.0). Ik heb een fraudemelding gemaakt met ticketnummer FRD-2024-00571.
Klant: oke. krijg ik mijn geld terug?
Esther: Dat onderzoeken we. Doe ook aangifte bij de politie. We bellen u morgen op 06 1357 8642, klopt dat nummer? En uw mailadres is rachid.bouzid@example.com?
Klant: ja klopt allebei
Esther: Dank u. Sterkte, we nemen morgen contact op.""",
        "planted": [
            P("Esther", "name"),
            P("Rachid Bouzid", "name", "Rachid", "Bouzid"),
            P("NL21 FVLB 7402 1064 02", "iban"),
            P("NL12 TRIO 8625 1891 88", "iban"),
            P("J. Bakker", "name", "Bakker"),
            P("203.0.113.88", "ip"),
            P("rbouzid01", "username"),
            P("4943 2376 1788 3616", "card"),
            P("06 1357 8642", "phone"),
            E("rachid.bouzid@example.com"),
        ],
        "lookalikes": [
            L("Friesland Vlietbank", "company_name"),
            L("23:14", "time"),
            L("€ 1.250,00", "price"),
            L("Marktplaats", "company_name"),
            L("Mijn Vlietbank app", "product_name"),
            L("versie 8.12.0", "version"),
            L("FRD-2024-00571", "ticket_number"),
        ],
    },
    {
        "id": "nl-chat-009", "region": "nl",
        "text": """Chat met Gemeente Amsterdam-Noordwest – Parkeren
Kim (medewerker): Welkom bij de chat. Ik ben Kim. Waar kan ik u mee helpen?
U: ik heb een nieuwe auto en wil mijn parkeervergunning omzetten. vergunning PV-2024-77120
Kim (medewerker): Dat kan. Mag ik uw naam en BSN voor de controle?
U: Bas Timmermans, 953753669
Kim (medewerker): Dank u. Ik zie de vergunning op Spaarndammerstraat 77-H, 1013 SV. Welk kenteken moet eraf en welk erbij?
U: oude is 58-TZF-3, nieuwe is R-804-JF (Toyota Yaris). De auto van mijn vrouw Yvonne staat er ook op, die blijft hetzelfde
Kim (medewerker): Genoteerd. De nieuwe vergunning gaat in op 1 mei, het tarief blijft € 156,00 per jaar. Wilt u de bevestiging per mail?
U: ja graag, b.timmermans@example.org. en bel me als er iets niet klopt 06 2098 7761
Kim (medewerker): Doe ik! U ziet de wijziging ook in Mijn Gemeente. Prettige dag.""",
        "planted": [
            P("Kim", "name"),
            P("Bas Timmermans", "name", "Bas", "Timmermans"),
            P("953753669", "national_id", scheme="bsn"),
            P("Spaarndammerstraat 77-H", "address"),
            P("1013 SV", "postcode"),
            P("58-TZF-3", "plate"),
            P("R-804-JF", "plate"),
            P("Yvonne", "name"),
            E("b.timmermans@example.org"),
            P("06 2098 7761", "phone"),
        ],
        "lookalikes": [
            L("Gemeente Amsterdam-Noordwest", "company_name"),
            L("PV-2024-77120", "reference"),
            L("Toyota Yaris", "vehicle_model"),
            L("1 mei", "date"),
            L("€ 156,00", "price"),
            L("Mijn Gemeente", "product_name"),
        ],
    },
    {
        "id": "nl-chat-010", "region": "nl",
        "text": """SalarisPortaal v4.2 – chat met de salarisadministratie

Ruben (Salarisadministratie): Hoi, je spreekt met Ruben. Waar gaat je vraag over?
Medewerker: Hoi Ruben, op mijn loonstrook van periode 03 staat nog mijn oude rekeningnummer en adres. Ik ben Noah Kramer, afdeling logistiek.
Ruben (Salarisadministratie): Dag Noah. Om je gegevens te wijzigen moet ik je identiteit controleren. Wat is je BSN en geboortedatum?
Medewerker: 416743195, geboren 19 mei 1999
Ruben (Salarisadministratie): Klopt. Wat is het nieuwe rekeningnummer?
Medewerker: NL13 ABNA 7267 0834 77
Ruben (Salarisadministratie): En het nieuwe adres?
Medewerker: Stationsweg 4C, 8011 CZ Zwolle
Ruben (Salarisadministratie): Aangepast. Het salaris van maart (€ 2.874,16 netto, 36 uur) wordt op 25 maart naar het nieuwe nummer overgemaakt. Het vakantiegeld van 8% komt in mei.
Medewerker: Top. Moet Hanneke Dijkstra (mijn leidinggevende) nog iets tekenen?
Ruben (Salarisadministratie): Nee, dat is niet nodig. Ik stuur een bevestiging naar je privémail, is dat nog noah.kramer99@example.com?
Medewerker: Ja. Mijn nieuwe mobiel is trouwens 06 8812 0457
Ruben (Salarisadministratie): Ook aangepast. Fijne dag!""",
        "planted": [
            P("Ruben", "name"),
            P("Noah Kramer", "name", "Noah", "Kramer"),
            P("416743195", "national_id", scheme="bsn"),
            P("19 mei 1999", "birth_date"),
            P("NL13 ABNA 7267 0834 77", "iban"),
            P("Stationsweg 4C", "address"),
            P("8011 CZ", "postcode"),
            P("Hanneke Dijkstra", "name", "Hanneke", "Dijkstra"),
            E("noah.kramer99@example.com"),
            P("06 8812 0457", "phone"),
        ],
        "lookalikes": [
            L("SalarisPortaal v4.2", "product_name"),
            L("periode 03", "reference"),
            L("€ 2.874,16", "price"),
            L("36 uur", "quantity"),
            L("25 maart", "date"),
            L("8%", "percentage"),
        ],
    },
]
