# Dutch / Flemish call transcripts. Written by hand; all people and numbers made up.


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
        "id": "nl-call-001", "region": "nl",
        "text": """Agent: Goedemorgen, u spreekt met Sanne van Volta Stroom, waarmee kan ik u helpen?
Klant: Ja goedemorgen, met Jeroen Verhoeven. Ik ben verhuisd en ik wil mijn contract meenemen naar het nieuwe adres.
Agent: Dat kan zeker. Mag ik ter controle eerst uw geboortedatum?
Klant: 14 februari 1984.
Agent: Dank u wel, meneer Verhoeven. En wat is het nieuwe adres?
Klant: Vlierstraat 27 in Tilburg. Postcode 5041 KT.
Agent: Momentje... ja, ik zie de aansluiting. De EAN-code voor stroom is 871687120054312345, klopt dat met wat u van de verhuurder heeft gekregen?
Klant: Eh, ja, die eindigt inderdaad op 345.
Agent: Mooi. Dan zet ik de levering in per 1 maart. Wilt u de meterstand doorgeven? Die staat op het display.
Klant: Normaal is 04512 en dal is 03178.
Agent: Genoteerd. U blijft op Groen Vast 3 jaar, het termijnbedrag wordt € 142,50 per maand. Wordt dat nog steeds afgeschreven van NL50 RABO 7357 1432 17?
Klant: Ja, dat klopt.
Agent: En we kunnen u nog bereiken op 06-41873092?
Klant: Ja, of mail naar jeroen.verhoeven84@example.com, dat lees ik vaker.
Agent: Prima. U krijgt een bevestiging met contractnummer VS-2024-118734. Kan ik verder nog iets voor u doen?
Klant: Nee, dat was het. Dank je wel, Sanne.
Agent: Graag gedaan, fijne dag nog.""",
        "planted": [
            P("Sanne", "name"),
            P("Jeroen Verhoeven", "name", "Jeroen", "Verhoeven"),
            P("14 februari 1984", "birth_date"),
            P("Vlierstraat 27", "address"),
            P("5041 KT", "postcode"),
            P("NL50 RABO 7357 1432 17", "iban"),
            P("06-41873092", "phone"),
            E("jeroen.verhoeven84@example.com"),
        ],
        "lookalikes": [
            L("Volta Stroom", "company_name"),
            L("871687120054312345", "ean"),
            L("1 maart", "date"),
            L("04512", "quantity"),
            L("03178", "quantity"),
            L("Groen Vast 3 jaar", "product_name"),
            L("€ 142,50", "price"),
            L("VS-2024-118734", "contract_number"),
        ],
    },
    {
        "id": "nl-call-002", "region": "be",
        "text": """[SPEAKER 1] goeiemiddag u spreekt met wout van telenova waarmee kan ik u helpen
[SPEAKER 2] ja hallo met lies claeys euh ik bel omdat mijn internet de hele tijd wegvalt al sinds het weekend
[SPEAKER 1] oei da's vervelend mevrouw ik ga dat eens nakijken mag ik uw familienaam eens spellen
[SPEAKER 2] claeys c-l-a-e-y-s
[SPEAKER 1] en voor de verificatie uw rijksregisternummer alstublieft
[SPEAKER 2] ja ogenblikje da's acht zeven nul vijf een een vijf negen zes zes drie
[SPEAKER 1] dank u en het adres van de aansluiting
[SPEAKER 2] kortrijksesteenweg honderd twaalf in gent negenduizend
[SPEAKER 1] ik zie het ge hebt het abonnement fibre max aan negenenveertig euro vijfennegentig per maand met een homebox vijf en daar staat nog firmware versie zeven punt twee op
[SPEAKER 2] ik weet da niet hoor mijn man bart heeft dat ding geïnstalleerd
[SPEAKER 1] geen probleem ik stuur een update door en als het morgen nog wegvalt komt er een technieker op donderdag de veertiende tussen acht en twaalf
[SPEAKER 2] oké is goed
[SPEAKER 1] op welk nummer mag hij u bellen
[SPEAKER 2] mijn gsm da's nul vier zevenenzeventig achtendertig negentien zesenvijftig
[SPEAKER 1] en een mailadres voor de bevestiging
[SPEAKER 2] lies punt claeys apenstaartje example punt com
[SPEAKER 1] top uw ticketnummer is vijf vijf acht twee nul negen nog een goeie dag mevrouw claeys""",
        "planted": [
            P("wout", "name"),
            P("lies claeys", "name", "lies", "claeys", "c-l-a-e-y-s"),
            P("acht zeven nul vijf een een vijf negen zes zes drie", "national_id", scheme="rrn",
              norm="87.05.11-596.63"),
            P("kortrijksesteenweg honderd twaalf", "address"),
            P("negenduizend", "postcode"),
            P("bart", "name"),
            P("nul vier zevenenzeventig achtendertig negentien zesenvijftig", "phone"),
            P("lies punt claeys apenstaartje example punt com", "email", "lies punt claeys apenstaartje example punt com",
              "lies punt claeys", norm="lies.claeys@example.com"),
        ],
        "lookalikes": [
            L("telenova", "company_name"),
            L("fibre max", "product_name"),
            L("negenenveertig euro vijfennegentig", "price"),
            L("homebox vijf", "product_name"),
            L("versie zeven punt twee", "version"),
            L("donderdag de veertiende", "date"),
            L("tussen acht en twaalf", "time"),
            L("vijf vijf acht twee nul negen", "ticket_number"),
        ],
    },
    {
        "id": "nl-call-003", "region": "nl",
        "text": """[00:00:03] Medewerker: Goedemiddag, pasblokkeerservice van de Friesland Vlietbank, u spreekt met Youssef.
[00:00:08] Beller: Hallo, met Fatima el Idrissi. Ik ben mijn pinpas kwijt, ik denk dat hij gisteren in de bus uit mijn tas is gevallen.
[00:00:16] Medewerker: Vervelend, mevrouw. Ik ga de pas meteen blokkeren. Weet u het pasnummer of het rekeningnummer?
[00:00:22] Beller: Het rekeningnummer is NL50 FVLB 3857 0839 34. Ik heb ook een foto van de pas, het nummer is 5340 8619 2458 3829.
[00:00:35] Medewerker: Dank u. Voor de zekerheid, wat is uw geboortedatum?
[00:00:39] Beller: 03-07-1991.
[00:00:42] Medewerker: En uw postcode en huisnummer?
[00:00:45] Beller: 1073 TL, Van Ostadestraat 214-3.
[00:00:51] Medewerker: Klopt. Ik zie gisteren om 14:32 een betaling van € 18,45 bij Albert Heijn, is die van u?
[00:00:58] Beller: Ja, die wel. Daarna niks meer gedaan.
[00:01:03] Medewerker: Dan zijn er geen verdachte transacties. Ik heb de pas geblokkeerd, de referentie is BLK-88213. Er is ook een tweede pas op deze rekening, op naam van Amira el Idrissi. Moet die ook geblokkeerd worden?
[00:01:15] Beller: Nee, dat is mijn dochter, die heeft haar pas nog gewoon.
[00:01:19] Medewerker: Goed. De nieuwe pas wordt binnen 5 werkdagen naar uw adres gestuurd. Mogen we u sms'en op +31 6 28 91 40 77 als hij verstuurd is?
[00:01:27] Beller: Ja, prima.
[00:01:29] Medewerker: Dan is alles geregeld, mevrouw el Idrissi. Fijne middag.""",
        "planted": [
            P("Youssef", "name"),
            P("Fatima el Idrissi", "name", "Fatima", "Idrissi"),
            P("NL50 FVLB 3857 0839 34", "iban"),
            P("5340 8619 2458 3829", "card"),
            P("03-07-1991", "birth_date"),
            P("1073 TL", "postcode"),
            P("Van Ostadestraat 214-3", "address"),
            P("Amira el Idrissi", "name", "Amira", "Idrissi"),
            P("+31 6 28 91 40 77", "phone"),
        ],
        "lookalikes": [
            L("Friesland Vlietbank", "company_name"),
            L("14:32", "time"),
            L("€ 18,45", "price"),
            L("Albert Heijn", "store_name"),
            L("BLK-88213", "reference"),
            L("5 werkdagen", "duration"),
            L("[00:01:03]", "time"),
        ],
    },
    {
        "id": "nl-call-004", "region": "nl",
        "text": """- Gemeente Zaanstreek, Burgerzaken, u spreekt met Ingrid.
- Goedemorgen, u spreekt met Ruud Hoekstra. Ik wil een verhuizing doorgeven, maar dat lukt niet met DigiD, ik krijg steeds een foutmelding.
- Dat kan ik telefonisch voor u opnemen. Mag ik uw burgerservicenummer?
- Ja, dat is twee nul drie, zes zes vier, acht vijf een.
- Dank u. En wat wordt het nieuwe adres?
- Meidoornweg 3A, postcode 1544 ND.
- En per wanneer?
- Per 1 april. Mijn vriendin verhuist ook mee, Priscilla de Bruijn. Kan ik haar meteen meenemen?
- Dat mag als ze daar toestemming voor geeft. Weet u haar geboortedatum?
- 23 september 1990.
- Goed, dan noteer ik twee personen. U krijgt een brief met zaaknummer Z-2024-03318, daarin staat ook hoe zij moet bevestigen. Die verwerking duurt ongeveer vijf werkdagen.
- Oké. Kunnen jullie me bellen als er iets niet klopt? Mijn nummer is 075-6123487.
- Zeker. Heeft u ook een e-mailadres?
- r.hoekstra@example.net.
- Dan is het geregeld, meneer Hoekstra. Nog een fijne dag.""",
        "planted": [
            P("Ingrid", "name"),
            P("Ruud Hoekstra", "name", "Ruud", "Hoekstra"),
            P("twee nul drie, zes zes vier, acht vijf een", "national_id", scheme="bsn", norm="203664851"),
            P("Meidoornweg 3A", "address"),
            P("1544 ND", "postcode"),
            P("Priscilla de Bruijn", "name", "Priscilla", "Bruijn"),
            P("23 september 1990", "birth_date"),
            P("075-6123487", "phone"),
            E("r.hoekstra@example.net"),
        ],
        "lookalikes": [
            L("Gemeente Zaanstreek", "company_name"),
            L("DigiD", "product_name"),
            L("1 april", "date"),
            L("twee personen", "quantity"),
            L("Z-2024-03318", "case_number"),
            L("vijf werkdagen", "duration"),
        ],
    },
    {
        "id": "nl-call-005", "region": "nl",
        "text": """Assistente: Huisartsenpraktijk De Linde, goedemorgen, met Marloes.
Beller: Hoi, met Anouk Smit-Kuipers. Ik bel voor mijn zoontje Daan, hij heeft al drie dagen koorts en hij hoest heel erg.
Assistente: Ach, vervelend. Hoe oud is Daan?
Beller: Vier. Hij is geboren op 12-06-2019.
Assistente: Dan heb ik hem, Daan Smit. Woont u nog op de Lindenlaan 45?
Beller: Nee, we zijn in januari verhuisd, naar Kerkpad 2, 3981 AB.
Assistente: Dat pas ik even aan. Hoe hoog is de koorts?
Beller: Vanochtend 38,9 graden. Ik heb hem paracetamol 250 mg gegeven.
Assistente: Goed. Ik plan hem vandaag in bij dokter Bakker, om 10:40. Lukt dat?
Beller: Ja, dat lukt.
Assistente: Als het erger wordt voor die tijd, belt u dan gewoon terug. Op welk nummer kunnen we u bereiken?
Beller: 06-19283746.
Assistente: Prima. Tot straks, mevrouw Smit-Kuipers.""",
        "planted": [
            P("Marloes", "name"),
            P("Anouk Smit-Kuipers", "name", "Anouk", "Smit", "Kuipers", "Smit-Kuipers"),
            P("Daan Smit", "name", "Daan", "Smit"),
            P("12-06-2019", "birth_date"),
            P("Lindenlaan 45", "address"),
            P("Kerkpad 2", "address"),
            P("3981 AB", "postcode"),
            P("Bakker", "name"),
            P("06-19283746", "phone"),
        ],
        "lookalikes": [
            L("Huisartsenpraktijk De Linde", "company_name"),
            L("drie dagen", "duration"),
            L("38,9 graden", "quantity"),
            L("paracetamol 250 mg", "product_name"),
            L("10:40", "time"),
            L("januari", "date"),
        ],
    },
    {
        "id": "nl-call-006", "region": "be",
        "text": """Agent: Goeiedag, klantendienst van PakjeXpress, u spreekt met Jana.
Klant: Dag Jana, met Koen Van den Broeck. Ik heb een pakje dat als geleverd staat maar ik heb niks gekregen.
Agent: Dat ga ik nakijken. Hebt u het zendingsnummer?
Klant: Ja, 3SPXE0048812736. Het is een pakje van Vermandel Fashion.
Agent: Momentje. Op welke naam staat het?
Klant: Van den Broeck, Broeck met c k, B-R-O-E-C-K.
Agent: Ik zie het. Geleverd op zaterdag 16 maart om 11u52, gewicht 2,4 kg. Het adres is Bredabaan 418 bus 3, in 2170 Merksem?
Klant: Klopt, maar er is niemand geweest.
Agent: Volgens de scan is het afgegeven bij de buren. Er staat een handtekening van mevrouw Peeters, op Bredabaan 420.
Klant: Ah, die woont ernaast inderdaad, ik ga daar eens aanbellen.
Agent: Doe dat. Lukt het niet, dan open ik een onderzoek. Op welk nummer kan ik u terugbellen?
Klant: 0486 21 73 09.
Agent: En uw mailadres?
Klant: koen punt v d broeck apenstaartje example punt com.
Agent: Genoteerd. Als het pakje er vandaag niet is, hoor ik het graag. Nog een goeie dag.""",
        "planted": [
            P("Jana", "name"),
            P("Koen Van den Broeck", "name", "Koen", "Broeck", "B-R-O-E-C-K"),
            P("Bredabaan 418 bus 3", "address"),
            P("2170", "postcode"),
            P("Peeters", "name"),
            P("Bredabaan 420", "address"),
            P("0486 21 73 09", "phone"),
            P("koen punt v d broeck apenstaartje example punt com", "email",
              "koen punt v d broeck apenstaartje example punt com", "koen punt v d broeck",
              norm="koen.vdbroeck@example.com"),
        ],
        "lookalikes": [
            L("PakjeXpress", "company_name"),
            L("3SPXE0048812736", "tracking_number"),
            L("Vermandel Fashion", "store_name"),
            L("zaterdag 16 maart", "date"),
            L("11u52", "time"),
            L("2,4 kg", "quantity"),
        ],
    },
    {
        "id": "nl-call-007", "region": "nl",
        "text": """Schadebehandelaar: Goedemiddag, schadeafdeling van Hollandse Polis, met Gerrit.
Verzekerde: Goedemiddag, met Henk-Jan Mulder. Ik wil een aanrijding melden.
Schadebehandelaar: Dat is vervelend. Heeft u uw polisnummer bij de hand?
Verzekerde: AV-7712093.
Schadebehandelaar: Dank u. En ter controle uw geboortedatum?
Verzekerde: 17-10-1968.
Schadebehandelaar: En u woont op Dorpsstraat 71, 7411 PB Deventer?
Verzekerde: Ja.
Schadebehandelaar: Wat is er gebeurd?
Verzekerde: Vorige week dinsdag, 5 maart, stond ik bij het stoplicht en toen reed iemand achterop. Mijn auto is de Opel Corsa met kenteken GZ-217-K.
Schadebehandelaar: Heeft u een schadeformulier ingevuld met de tegenpartij?
Verzekerde: Ja. Dat was een mevrouw, Ilse Vos, zij reed in een auto met kenteken 7-TZK-52. Haar nummer is 06 51 82 44 90.
Schadebehandelaar: Prima. Ik maak een schadedossier aan, nummer SCH-24-004817. U mag de auto laten herstellen bij Autoschade Van Leeuwen, dat is een van onze partnerbedrijven, dan betaalt u geen eigen risico van 150 euro.
Verzekerde: Oh, dat scheelt. Dank u wel.
Schadebehandelaar: Graag gedaan meneer Mulder, u krijgt alles nog per mail.""",
        "planted": [
            P("Gerrit", "name"),
            P("Henk-Jan Mulder", "name", "Henk", "Jan", "Henk-Jan", "Mulder"),
            P("17-10-1968", "birth_date"),
            P("Dorpsstraat 71, 7411 PB", "address", "Dorpsstraat 71", "7411 PB"),
            P("GZ-217-K", "plate"),
            P("Ilse Vos", "name", "Ilse", "Vos"),
            P("7-TZK-52", "plate"),
            P("06 51 82 44 90", "phone"),
        ],
        "lookalikes": [
            L("Hollandse Polis", "company_name"),
            L("AV-7712093", "policy_number"),
            L("5 maart", "date"),
            L("Opel Corsa", "vehicle_model"),
            L("SCH-24-004817", "claim_number"),
            L("Autoschade Van Leeuwen", "company_name"),
            L("150 euro", "price"),
        ],
    },
    {
        "id": "nl-call-008", "region": "nl",
        "text": """goedemiddag je spreekt met kevin van zonnig wonen hoe kan ik je helpen
ja hallo met marieke brouwer ik heb bij jullie een loungeset besteld de loungeset capri en er zit een kapotte poot bij
oh wat vervelend heb je het ordernummer voor me
ja dat is zw vier nul nul drie acht twee een
even kijken ja ik zie hem vier stoelen en een bank zeshonderdnegenenveertig euro klopt dat
ja klopt
en wat is je postcode en huisnummer
achtendertig elf k l en dan weverstraat drieëntwintig
dank je en is het alleen die ene poot
ja de rest is goed mijn buurman henk heeft hem nog gecontroleerd toen hij het pakket aannam
oké dan kunnen we een nieuwe poot opsturen of je krijgt honderd euro terug wat wil je
doe maar het geld terug
prima op welk rekeningnummer
n l acht acht rabo twee twee nul vijf drie drie zeven acht nul nul
en een telefoonnummer voor als er vragen zijn
nul zes een twee vier vijf acht zeven nul drie
en je mailadres
marieke brouwer zeventig apenstaartje example punt net allemaal aan elkaar
top je krijgt binnen veertien dagen het geld terug en een bevestiging per mail fijne dag nog""",
        "planted": [
            P("kevin", "name"),
            P("marieke brouwer", "name", "marieke", "brouwer"),
            P("achtendertig elf k l", "postcode"),
            P("weverstraat drieëntwintig", "address"),
            P("henk", "name"),
            P("n l acht acht rabo twee twee nul vijf drie drie zeven acht nul nul", "iban",
              norm="NL88 RABO 2205 3378 00"),
            P("nul zes een twee vier vijf acht zeven nul drie", "phone", norm="0612458703"),
            P("marieke brouwer zeventig apenstaartje example punt net", "email",
              "marieke brouwer zeventig apenstaartje example punt net", "marieke brouwer zeventig",
              norm="mariekebrouwer70@example.net"),
        ],
        "lookalikes": [
            L("zonnig wonen", "company_name"),
            L("loungeset capri", "product_name"),
            L("zw vier nul nul drie acht twee een", "order_number"),
            L("vier stoelen en een bank", "quantity"),
            L("zeshonderdnegenenveertig euro", "price"),
            L("honderd euro", "price"),
            L("veertien dagen", "duration"),
        ],
    },
    {
        "id": "nl-call-009", "region": "nl",
        "text": """Woonservice: Goedemiddag, Woonstichting Het Anker, met Patrick.
Huurder: Ja hallo, u spreekt met Gülsen Yıldız. Ik heb een lekkage in de badkamer, het water komt door het plafond.
Woonservice: Oei. Op welk adres is dat?
Huurder: Reigerlaan 9, 2215 KC Voorhout.
Woonservice: Ik zie het. Mag ik ter controle uw geboortedatum?
Huurder: 2 januari 1979.
Woonservice: Dank u. Komt het water van de buren boven?
Huurder: Ja, denk ik. Van de familie Oosterhuis, die wonen boven ons. Zij zijn op vakantie tot zondag.
Woonservice: Dan sturen we een loodgieter. Ik heb een reparatieverzoek aangemaakt, nummer 4410-8823. Loodgietersbedrijf Hendriks & Zn komt donderdag 21 maart tussen 7.30 en 12.00.
Huurder: Ik werk donderdag. Mijn zoon Emre is wel thuis, is dat goed?
Woonservice: Prima, als hij meerderjarig is. Op welk nummer kan de loodgieter bellen?
Huurder: 06 3879 1142.
Woonservice: En uw e-mailadres, voor de bevestiging?
Huurder: g.yildiz@example.org.
Woonservice: Top. Dit valt gewoon onder onderhoud, u hoeft niets te betalen naast de huur van € 712,34. Fijne dag, mevrouw Yıldız.""",
        "planted": [
            P("Patrick", "name"),
            P("Gülsen Yıldız", "name", "Gülsen", "Yıldız"),
            P("Reigerlaan 9", "address"),
            P("2215 KC", "postcode"),
            P("2 januari 1979", "birth_date"),
            P("Oosterhuis", "name"),
            P("Emre", "name"),
            P("06 3879 1142", "phone"),
            E("g.yildiz@example.org"),
        ],
        "lookalikes": [
            L("Woonstichting Het Anker", "company_name"),
            L("4410-8823", "ticket_number"),
            L("Loodgietersbedrijf Hendriks & Zn", "company_name"),
            L("donderdag 21 maart", "date"),
            L("tussen 7.30 en 12.00", "time"),
            L("€ 712,34", "price"),
        ],
    },
    {
        "id": "nl-call-010", "region": "be",
        "text": """Medewerker: Goeiemorgen, FitLab Antwerpen-Zuid, Stijn aan de lijn.
Lid: Hallo, ik ben Ann-Sofie Maes, ik zou mijn abonnement willen stopzetten.
Medewerker: Jammer om te horen. Mag ik uw geboortedatum om u op te zoeken?
Lid: 29/11/1995.
Medewerker: Ik heb u. U hebt het abonnement Premium Flex aan € 34,90 per maand. Er is een opzegtermijn van één maand, dus de laatste domiciliëring is eind mei en uw lidmaatschap loopt tot 31 mei.
Lid: Oké, dat is goed.
Medewerker: De domiciliëring loopt via BE62 7511 6663 8461, die stoppen we dan. Woont u nog op de Lange Lozanastraat 58?
Lid: Ja, 2018 Antwerpen.
Medewerker: Dan krijgt u de bevestiging per post en per mail op annsofie.maes@example.com.
Lid: Dat is goed. Mijn personal trainer, coach Dries, heeft nog een sessie van mij staan op dinsdag om 19u, kan die nog doorgaan?
Medewerker: Ja hoor, die blijft gewoon staan. Als er iets is, bellen we u op +32 479 55 12 83.
Lid: Perfect, merci.
Medewerker: Graag gedaan, nog een fijne dag.""",
        "planted": [
            P("Stijn", "name"),
            P("Ann-Sofie Maes", "name", "Ann", "Sofie", "Ann-Sofie", "Maes"),
            P("29/11/1995", "birth_date"),
            P("BE62 7511 6663 8461", "iban"),
            P("Lange Lozanastraat 58", "address"),
            P("2018", "postcode"),
            E("annsofie.maes@example.com"),
            P("Dries", "name"),
            P("+32 479 55 12 83", "phone"),
        ],
        "lookalikes": [
            L("FitLab Antwerpen-Zuid", "company_name"),
            L("Premium Flex", "product_name"),
            L("€ 34,90", "price"),
            L("één maand", "duration"),
            L("31 mei", "date"),
            L("19u", "time"),
        ],
    },
    {
        "id": "nl-call-011", "region": "nl",
        "text": """Apotheek: Apotheek Renkum, goedemiddag, u spreekt met Femke.
Klant: Hallo, met Ria Bos. Ik bel voor mijn vader, Willem Bos, hij zou een herhaalrecept hebben.
Klant: Hij kan zelf niet zo goed meer bellen.
Apotheek: Dat is goed. Wat is de geboortedatum van uw vader?
Klant: 08-04-1941.
Apotheek: En voor de zekerheid zijn BSN, want die naam komt hier vaker voor.
Klant: Ha, ja. Een zes vijf negen nul vijf nul zeven vier.
Apotheek: Dank u. Ik zie het recept van dokter Al-Jaziri, metoprolol 50 mg en omeprazol 20 mg, 90 stuks van elk. Receptnummer R-448120.
Klant: Klopt. Kunnen jullie het bezorgen? Hij woont op Molenweg 6, 6871 ZB.
Apotheek: Dat kan, morgen na 15:00. Er is een eigen bijdrage van € 6,80, die kan de bezorger pinnen.
Klant: Prima. En als er iets is, kunt u mij bellen op 0317-412093.
Apotheek: Genoteerd. Dag mevrouw Bos.""",
        "planted": [
            P("Femke", "name"),
            P("Ria Bos", "name", "Ria", "Bos"),
            P("Willem Bos", "name", "Willem", "Bos"),
            P("08-04-1941", "birth_date"),
            P("Een zes vijf negen nul vijf nul zeven vier", "national_id", scheme="bsn", norm="165905074"),
            P("Al-Jaziri", "name", "Al-Jaziri", "Jaziri"),
            P("Molenweg 6", "address"),
            P("6871 ZB", "postcode"),
            P("0317-412093", "phone"),
        ],
        "lookalikes": [
            L("Apotheek Renkum", "company_name"),
            L("metoprolol 50 mg", "product_name"),
            L("omeprazol 20 mg", "product_name"),
            L("90 stuks", "quantity"),
            L("R-448120", "reference"),
            L("15:00", "time"),
            L("€ 6,80", "price"),
        ],
    },
    {
        "id": "nl-call-012", "region": "be",
        "text": """— Garage Verstraete, goeiemiddag, met Lotte.
— Ja dag, met Pieter-Jan De Smet. Ik rij met een leasewagen van Lease4Pro en mijn onderhoudsbeurt moet gebeuren.
— Oké, welke wagen is het?
— Een Skoda Octavia Combi, nummerplaat 1-KTV-482. Hij staat op 87.450 km.
— Ik zie hem. Het is een wagen van uw werkgever, Brouwerij Haecht, klopt dat?
— Ja. Onze fleetmanager, Sofie Wouters, zei dat ik rechtstreeks mocht bellen.
— Dat klopt. Ik kan u inplannen op dinsdag 9 april om 8u15. Wilt u een vervangwagen?
— Liever ophalen aan huis als dat kan. Vaartstraat 12, 8500 Kortrijk. Mijn vrouw Els is thuis, zij geeft de sleutels.
— Dat kan. Op welk nummer bereik ik u?
— 0495 71 28 36.
— En uw mail voor de bevestiging?
— pj.desmet@example.com.
— Dan ziet u de bevestiging zo verschijnen. Tot dinsdag!""",
        "planted": [
            P("Lotte", "name"),
            P("Pieter-Jan De Smet", "name", "Pieter", "Jan", "Pieter-Jan", "Smet"),
            P("1-KTV-482", "plate"),
            P("Sofie Wouters", "name", "Sofie", "Wouters"),
            P("Vaartstraat 12, 8500 Kortrijk", "address", "Vaartstraat 12", "8500"),
            P("Els", "name"),
            P("0495 71 28 36", "phone"),
            E("pj.desmet@example.com"),
        ],
        "lookalikes": [
            L("Garage Verstraete", "company_name"),
            L("Lease4Pro", "company_name"),
            L("Skoda Octavia Combi", "vehicle_model"),
            L("87.450 km", "quantity"),
            L("Brouwerij Haecht", "company_name"),
            L("dinsdag 9 april", "date"),
            L("8u15", "time"),
        ],
    },
]
