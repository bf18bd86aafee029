import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from helpers import A, E, L, N, P, rec  # noqa: E402

RECORDS = [

# ------------------------------------------------------------------ energy, Agent/Klant
rec("nl-call-001", """
Agent: Goedemiddag, u spreekt met Voltaro Energie, mijn naam is Sanne. Waarmee kan ik u helpen?
Klant: Ja goedemiddag, met Jeroen Smit. Ik bel over de jaarafrekening, die klopt volgens mij echt niet.
Agent: Vervelend om te horen meneer. Mag ik eerst uw postcode en huisnummer?
Klant: Ja, 3532 KT, nummer 41.
Agent: Dan zie ik hier Amsterdamsestraatweg 41 in Utrecht. En ter controle uw geboortedatum?
Klant: Eh, twaalf april negentien zevenenzeventig.
Agent: Dank u wel. Ik zie klantnummer 200418833. Wat klopt er niet aan de afrekening?
Klant: Jullie rekenen met een meterstand van 18342 normaal, maar ik heb zelf 16987 doorgegeven in januari. Ik heb er een foto van.
Agent: Ik zie inderdaad twee standen. De afrekening komt nu uit op € 1.284,50 bij te betalen, dat is fors.
Klant: Ja, en m'n vrouw Annelies had ook al gemaild maar daar kregen we geen antwoord op.
Agent: Dat spijt me. Het EAN van uw stroomaansluiting is, even kijken, 871689458073021571, klopt dat met de meter?
Klant: Geen idee eerlijk gezegd. Staat dat op de meter?
Agent: Meestal op de afrekening. Ik zet de controle uit en dan hoort u binnen 10 werkdagen van ons. Welk nummer kan ik bellen als ik vragen heb?
Klant: 06-48213907.
Agent: En uw e-mailadres hebben we als... wilt u het even voorlezen?
Klant: jeroen punt smit apenstaartje example punt nl.
Agent: Top. Het voorschot wordt dan tijdelijk niet verhoogd, u blijft op € 137 per maand. Wilt u het termijnbedrag van de rekening laten afschrijven of zelf overmaken?
Klant: Afschrijven. Mijn rekeningnummer is NL vijfentwintig RABO drie nul negen zeven twee één vijf één drie vier.
Agent: Dank u. Gebruikt u trouwens de slimme thermostaat Toon nog? Die staat nog op uw contract.
Klant: Nee, die hangt er al een jaar niet meer.
Agent: Dan neem ik dat ook mee. Fijne middag meneer Smit.
""", [
    N("Sanne"),
    N("Jeroen Smit"),
    A("Amsterdamsestraatweg 41", street="Amsterdamsestraatweg 41", postcode="3532 KT"),
    P("twaalf april negentien zevenenzeventig", "birth_date"),
    N("Annelies"),
    P("06-48213907", "phone"),
    E("jeroen punt smit apenstaartje example punt nl", local="jeroen punt smit", canon="jeroen.smit@example.nl"),
    P("NL vijfentwintig RABO drie nul negen zeven twee één vijf één drie vier", "iban", scheme="iban",
      spoken=True, canon="NL25RABO3097215134"),
], [
    L("200418833", "customer"), L("18342", "meter"), L("16987", "meter"), L("€ 1.284,50", "price"),
    L("871689458073021571", "ean"), L("10 werkdagen", "duration"), L("€ 137", "price"), L("Toon", "product"),
]),

# ------------------------------------------------------------------ telecom, ASR lower case, spk_0/spk_1
rec("nl-call-002", """
spk_0: goedemorgen u spreekt met kevin van kliknet mobiel waarmee kan ik u helpen
spk_1: ja hallo met eh mevrouw de vries ingrid de vries ik wil mijn nummer meenemen naar eh naar jullie
spk_0: oke dat kan zeker mag ik het nummer dat u wilt overzetten
spk_1: nul zes eenendertig zesenveertig nul nul achtentachtig
spk_0: en hoe schrijf ik uw achternaam
spk_1: de vries v r i e s los geschreven met een kleine d
spk_0: dank u en uw geboortedatum
spk_1: drie november negentien tweeëntachtig
spk_0: prima en bij welke aanbieder zit u nu
spk_1: bij belmobiel klantnummer 120045788 dat heb ik hier op de brief
spk_0: oke dan vraag ik de overstap aan dat duurt meestal drie werkdagen u houdt gewoon uw nummer
spk_1: en de bundel is dan tien gigabyte voor zeventien euro vijftig toch
spk_0: klopt ja zeventien euro vijftig per maand de eerste drie maanden de helft
spk_1: mijn zoon daan gebruikt het toestel trouwens maar het abonnement staat op mijn naam
spk_0: dat is geen probleem waar mogen we de simkaart naartoe sturen
spk_1: tongelresestraat 128 5613 dk eindhoven
spk_0: en voor de bevestiging een e-mailadres
spk_1: ingrid punt de vries tweeëntachtig apenstaartje example punt com
spk_0: en het rekeningnummer voor de automatische incasso
spk_1: eh n l zesenvijftig a b n a vijf negen twee acht zes nul negen nul negen vier
spk_0: dank u ik heb een ticket aangemaakt t 558120 als u daar naar vraagt weten mijn collegas waar het over gaat
spk_1: fijn dank je wel
spk_0: geen dank fijne dag nog
""", [
    N("kevin"),
    N("ingrid de vries", extra=["v r i e s"]),
    P("nul zes eenendertig zesenveertig nul nul achtentachtig", "phone", spoken=True, canon="0631460088"),
    P("drie november negentien tweeëntachtig", "birth_date"),
    N("daan"),
    A("tongelresestraat 128 5613 dk eindhoven", street="tongelresestraat 128", postcode="5613 dk"),
    E("ingrid punt de vries tweeëntachtig apenstaartje example punt com",
      local="ingrid punt de vries tweeëntachtig", canon="ingrid.devries82@example.com"),
    P("n l zesenvijftig a b n a vijf negen twee acht zes nul negen nul negen vier", "iban", scheme="iban",
      spoken=True, canon="NL56ABNA5928609094"),
], [
    L("120045788", "customer"), L("drie werkdagen", "duration"), L("tien gigabyte", "quantity"),
    L("zeventien euro vijftig", "price"), L("de eerste drie maanden", "duration"), L("t 558120", "ticket"),
]),

# ------------------------------------------------------------------ health insurer, Medewerker/Beller
rec("nl-call-003", """
Medewerker: Zorgzaam Verzekeringen, u spreekt met Bas.
Beller: Hallo, goedemiddag, u spreekt met Petra Hoekstra-Visser. Ik bel eigenlijk voor mijn moeder, die kan zelf niet zo goed meer bellen.
Medewerker: Geen probleem. Staat u als gemachtigde bij ons geregistreerd?
Beller: Ja, dat heb ik vorig jaar geregeld. Mijn moeder is mevrouw Wilhelmina Visser, geboren 7 januari 1941.
Medewerker: En haar burgerservicenummer?
Beller: Eh, dat is één vijf zes, vier twee drie, twee één twee.
Medewerker: Dank u. Ik zie haar, polisnummer 2019-448-301. Woont ze nog op de Hoofdstraat 88?
Beller: Nee, dat is het nou juist, ze is verhuisd naar het verpleeghuis. Het nieuwe adres is Julianalaan 3, 7906 AE Hoogeveen. Dat hebben we al aan de gemeente doorgegeven.
Medewerker: Dan pas ik het bij ons ook aan, dat loopt meestal automatisch via de BRP maar ik zet het er handmatig in.
Beller: Fijn. Dan de vraag: ze krijgt fysiotherapie bij Fysio Vermeer en die zeggen dat de 9 behandelingen op zijn.
Medewerker: Klopt, in de aanvullende verzekering zitten 9 behandelingen per jaar. Daarna valt het onder de basisverzekering als er een verwijzing is. Heeft haar huisarts, dokter Koops, een verwijzing gegeven?
Beller: Ja, die ligt hier. Die is van 14 februari.
Medewerker: Dan kan de fysiotherapeut de declaratie gewoon indienen. Let wel op het eigen risico van € 385.
Beller: Dat is al op, ze heeft in maart een operatie gehad. Kunt u mij terugbellen als er iets mis is met de declaratie 88412? Mijn nummer is 06 22 91 75 03.
Medewerker: Dat zet ik erbij. Nog een fijne dag, mevrouw Hoekstra.
""", [
    N("Bas"),
    N("Petra Hoekstra-Visser"),
    N("Wilhelmina Visser"),
    P("7 januari 1941", "birth_date"),
    P("één vijf zes, vier twee drie, twee één twee", "national_id", scheme="bsn", spoken=True, canon="156423212"),
    A("Hoofdstraat 88", street="Hoofdstraat 88"),
    A("Julianalaan 3, 7906 AE Hoogeveen", street="Julianalaan 3", postcode="7906 AE"),
    N("dokter Koops", only=["Koops"]),
    P("06 22 91 75 03", "phone"),
], [
    L("2019-448-301", "policy"), L("Fysio Vermeer", "company"), L("9 behandelingen", "quantity"),
    L("14 februari", "date"), L("€ 385", "price"), L("88412", "claim"),
]),

# ------------------------------------------------------------------ municipality, timestamps
rec("nl-call-004", """
[00:00:03] Medewerker: Gemeente Zwolle, goedemorgen, u spreekt met Femke.
[00:00:07] Inwoner: Goedemorgen, met Mohamed El Amrani. Ik wil een verhuizing doorgeven maar het lukt niet online.
[00:00:14] Medewerker: Wat vervelend. Wat gaat er mis?
[00:00:17] Inwoner: Hij zegt steeds dat mijn DigiD niet klopt, maar mijn vrouw kon wel inloggen.
[00:00:24] Medewerker: Dan kan ik het telefonisch starten. Mag ik uw burgerservicenummer?
[00:00:29] Inwoner: 322347981.
[00:00:41] Medewerker: En uw geboortedatum?
[00:00:43] Inwoner: 3 september 1986.
[00:00:48] Medewerker: Dank u. U woont nu aan de Assendorperstraat 112?
[00:00:52] Inwoner: Ja, en we gaan naar Diezerkade 7-A, postcode 8021 CW. Per 15 mei.
[00:01:05] Medewerker: Met hoeveel personen verhuist u?
[00:01:07] Inwoner: Vier. Ik, mijn vrouw Yasmina, en de kinderen Sami en Noor.
[00:01:15] Medewerker: Uw vrouw moet de aangifte ook ondertekenen, of u heeft een machtiging nodig. Ik maak zaak Z-2024-118734 aan en dan krijgt u binnen 2 werkdagen een formulier.
[00:01:29] Inwoner: Oké. Kan het naar mijn mobiel, 06-17 40 52 98?
[00:01:36] Medewerker: Dat gaat per post, naar het nieuwe adres als u wilt. Anders kunt u een afspraak maken aan de balie, er is morgen nog plek om 10:45.
[00:01:48] Inwoner: Doe die afspraak maar.
[00:01:50] Medewerker: Staat genoteerd. Neem een geldig legitimatiebewijs mee, en van de kinderen hoeft niks. Fijne dag meneer El Amrani.
""", [
    N("Femke"),
    N("Mohamed El Amrani", only=["Mohamed", "El Amrani", "Amrani"]),
    P("322347981", "national_id", scheme="bsn"),
    P("3 september 1986", "birth_date"),
    A("Assendorperstraat 112", street="Assendorperstraat 112"),
    A("Diezerkade 7-A, postcode 8021 CW", street="Diezerkade 7-A", postcode="8021 CW"),
    N("Yasmina"),
    N("Sami"),
    N("Noor"),
    P("06-17 40 52 98", "phone"),
], [
    L("15 mei", "date"), L("Z-2024-118734", "case"), L("2 werkdagen", "duration"), L("10:45", "time"),
    L("Vier", "quantity"), L("00:01:48", "time"),
]),

# ------------------------------------------------------------------ parcel carrier, [SPEAKER n], Flemish caller
rec("nl-call-005", """
[SPEAKER 1] Goeiemiddag, klantendienst van Snelpakket, u spreekt met Dennis.
[SPEAKER 2] Ja hallo, Lotte Verbeeck hier. Ik heb een pakje dat als afgeleverd staat maar ik heb niks gekregen.
[SPEAKER 1] Dat is vervelend. Heeft u het trackingnummer bij de hand?
[SPEAKER 2] Ja, 3SPKL0012345678. Er zouden 2 pakketten komen, eentje is wel toegekomen.
[SPEAKER 1] Ik zie dat het tweede gisteren om 14:52 is afgeleverd op Lange Kievitstraat 57 bus 3 in 2018 Antwerpen. Is dat uw adres?
[SPEAKER 2] Ja maar bus 3, dat is bij mij. Ik was de hele dag thuis.
[SPEAKER 1] Hier staat "afgegeven bij de buren". Misschien bij nummer 59?
[SPEAKER 2] Dat is Martine, die heeft niks, ik heb het al gevraagd. Ik heb de koerier wel gezien trouwens, ik denk dat hij Youssef heette, hij komt hier vaker.
[SPEAKER 1] Ik ga een onderzoek opstarten bij het depot. Dat kan tot 5 werkdagen duren. Op welk nummer kunnen we u bereiken?
[SPEAKER 2] 0478 55 21 90.
[SPEAKER 1] En uw e-mailadres?
[SPEAKER 2] lotte.verbeeck@example.com, met dubbel e in Verbeeck.
[SPEAKER 1] Genoteerd. U kunt ook kijken bij het afhaalpunt, dat is Bakkerij Peeters om de hoek, soms leggen ze het daar.
[SPEAKER 2] Oké, dan loop ik daar dinsdag 9 april langs.
[SPEAKER 1] Prima. Uw onderzoeksnummer is OZ-77120. Nog een fijne dag.
""", [
    N("Dennis"),
    N("Lotte Verbeeck"),
    A("Lange Kievitstraat 57 bus 3 in 2018 Antwerpen", street="Lange Kievitstraat 57", postcode="2018"),
    N("Martine"),
    N("Youssef"),
    P("0478 55 21 90", "phone"),
    E("lotte.verbeeck@example.com"),
], [
    L("3SPKL0012345678", "tracking"), L("2 pakketten", "quantity"), L("14:52", "time"),
    L("5 werkdagen", "duration"), L("Bakkerij Peeters", "company"), L("dinsdag 9 april", "date"),
    L("OZ-77120", "case"),
]),

# ------------------------------------------------------------------ Flemish bank, fraud, UPPER CASE transcript
rec("nl-call-006", """
MEDEWERKER: BANK NOORDZEE FRAUDELIJN GOEDENAVOND U SPREEKT MET NATHALIE
KLANT: JA GOEDENAVOND KRISTOF VAN DEN BROECK IK DENK DAT ER GELD VAN MIJN REKENING IS GEHAALD DAT IK NIET HEB GEDAAN
MEDEWERKER: DAT GAAN WE METEEN BEKIJKEN MAG IK EERST UW RIJKSREGISTERNUMMER
KLANT: 78.01.28-909.90
MEDEWERKER: DANK U EN OM WELKE REKENING GAAT HET
KLANT: BE ZEVENENVEERTIG NUL NUL EEN ACHT TWEE DRIE EEN NUL DRIE ZES ACHT NUL
MEDEWERKER: IK ZIE DRIE TRANSACTIES VANDAAG OM 14:32 EEN OVERSCHRIJVING VAN € 2.450,00 NAAR EEN NEDERLANDSE REKENING NL10ASNB4264824426 OP NAAM VAN JONAS LAMBERT KENT U DIE PERSOON
KLANT: NEE NOOIT VAN GEHOORD IK HEB WEL EEN SMS GEHAD DAT MIJN KAART ZOU VERVALLEN EN TOEN HEB IK OP DE LINK GEKLIKT
MEDEWERKER: OKE DAN BLOKKEER IK NU UW KAART IS DAT DE MASTERCARD VIJF EEN NUL TWEE ACHT ZEVEN EEN NUL EEN ZEVEN NUL ZEVEN ZES EEN ZES ZEVEN
KLANT: JA DIE
MEDEWERKER: DE KAART IS GEBLOKKEERD U KRIJGT BINNEN VIJF WERKDAGEN EEN NIEUWE IK OPEN DOSSIERNUMMER 88-4410-2 VOOR DE TERUGVORDERING EN OP WELK NUMMER KAN DE FRAUDEAFDELING U BEREIKEN
KLANT: 0476 38 19 52
MEDEWERKER: GOED HET KAN 24 UUR DUREN VOOR U GEBELD WORDT DOE INTUSSEN AANGIFTE BIJ DE POLITIE
KLANT: DAT ZAL IK DOEN MERCI
""", [
    N("NATHALIE"),
    N("KRISTOF VAN DEN BROECK"),
    P("78.01.28-909.90", "national_id", scheme="rrn"),
    P("BE ZEVENENVEERTIG NUL NUL EEN ACHT TWEE DRIE EEN NUL DRIE ZES ACHT NUL", "iban", scheme="iban",
      spoken=True, canon="BE47001823103680"),
    P("NL10ASNB4264824426", "iban", scheme="iban"),
    N("JONAS LAMBERT"),
    P("VIJF EEN NUL TWEE ACHT ZEVEN EEN NUL EEN ZEVEN NUL ZEVEN ZES EEN ZES ZEVEN", "card", scheme="card",
      spoken=True, canon="5102871017076167"),
    P("0476 38 19 52", "phone"),
], [
    L("DRIE TRANSACTIES", "quantity"), L("14:32", "time"), L("€ 2.450,00", "price"),
    L("VIJF WERKDAGEN", "duration"), L("88-4410-2", "case"), L("24 UUR", "duration"),
]),

# ------------------------------------------------------------------ garage, dash turns, spelling alphabet
rec("nl-call-007", """
- Garage De Boer, met Henk.
- Ja hoi Henk, met Ruud Janssen. Ik had een afspraak voor de APK maar ik kan morgen niet.
- Geen punt. Welk kenteken?
- G van Gerard, Z van Zaandam, vier twaalf, K van Karel.
- Even kijken... GZ-412-K, de Renault Zoe?
- Ja klopt, de auto van m'n vrouw Marieke eigenlijk, maar ik regel het.
- Ik zie werkorder 2024-0871 staan, APK plus kleine beurt, € 89 voor de APK. Zullen we hem verzetten naar donderdag, half negen?
- Prima. Kunnen jullie hem ophalen? We wonen op Molenweg 14 in Rijssen, 7461 BK.
- Dat kan, haal- en brengservice is € 15 extra. Kilometerstand ongeveer?
- Rond de 84.210 denk ik.
- Oké. Welk nummer moet de chauffeur bellen?
- Bel Marieke maar, die is thuis: 06 39 81 22 47. Of mij op 0548 51 66 03.
- En de factuur mag naar uw mail?
- Ja, r.janssen@example.nl.
- Top Ruud, dan zie je de bevestiging vanmiddag.
""", [
    N("Henk"),
    N("Ruud Janssen"),
    P("GZ-412-K", "plate", scheme="nl_plate", extra=["G van Gerard, Z van Zaandam, vier twaalf, K van Karel"]),
    N("Marieke"),
    A("Molenweg 14 in Rijssen, 7461 BK", street="Molenweg 14", postcode="7461 BK"),
    P("06 39 81 22 47", "phone"),
    P("0548 51 66 03", "phone"),
    E("r.janssen@example.nl"),
], [
    L("Garage De Boer", "company"), L("Renault Zoe", "product"), L("2024-0871", "order"), L("€ 89", "price"),
    L("donderdag, half negen", "time"), L("€ 15", "price"), L("84.210", "meter"),
]),

# ------------------------------------------------------------------ travel agency, mm:ss timestamps
rec("nl-call-008", """
00:00 Agent: Zonvast Reizen, goedemiddag, met Yvonne.
00:03 Klant: Hoi, met Sandra Wolters. Ik heb een reis geboekt naar Gran Canaria en ik moet de namen van de kinderen nog doorgeven.
00:11 Agent: Dat klopt, dat moet uiterlijk 6 weken voor vertrek. Wat is het boekingsnummer?
00:15 Klant: BK-5581203.
00:21 Agent: Ja, ik heb hem. 2 volwassenen en 2 kinderen, vertrek 27 juli om 06:40 met HV 6221. Wie is de tweede volwassene?
00:29 Klant: Mijn man, Erik Wolters.
00:32 Agent: En de kinderen? Precies zoals in het paspoort graag.
00:36 Klant: Jesse, geboren 12-06-2016, en Mila, geboren 30-01-2019.
00:45 Agent: Jesse met dubbel s?
00:47 Klant: Ja, J-E-S-S-E.
00:51 Agent: Dank u. U zit in Hotel Maria Cristina, all-inclusive, totaal € 3.864. Er staat nog € 2.864 open.
01:02 Klant: Klopt, dat betalen we volgende maand. Kan de factuur naar s.wolters@example.nl?
01:08 Agent: Zeker. En een mobiel nummer voor als de vlucht wijzigt?
01:11 Klant: 06 54 11 93 80.
01:15 Agent: Staat erin. Fijne vakantie alvast!
""", [
    N("Yvonne"),
    N("Sandra Wolters"),
    N("Erik Wolters"),
    N("Jesse", extra=["J-E-S-S-E"]),
    P("12-06-2016", "birth_date"),
    N("Mila"),
    P("30-01-2019", "birth_date"),
    E("s.wolters@example.nl"),
    P("06 54 11 93 80", "phone"),
], [
    L("6 weken", "duration"), L("BK-5581203", "booking"), L("27 juli", "date"), L("06:40", "time"),
    L("HV 6221", "other"), L("Hotel Maria Cristina", "company"), L("€ 3.864", "price"), L("€ 2.864", "price"),
]),

# ------------------------------------------------------------------ housing corporation, no labels, fillers
rec("nl-call-009", """
Woonstede klantcontact, met Jolanda, goedemiddag.
Ja goedemiddag, u spreekt met eh Hasan Özdemir, van de Van Lennepstraat 23-2.
Ja meneer Özdemir, zegt u het maar.
Ja eh ik heb dus al drie weken lekkage in de badkamer, het komt van boven, van mevrouw Kuipers van drie-hoog, en er gebeurt gewoon niks.
Even kijken... ik zie een reparatieverzoek van 4 maart, nummer R-40918, dat staat op ingepland.
Ingepland, ja, maar er is niemand gekomen. Het plafond is nu helemaal bruin. Mijn dochter Elif heeft ook al gebeld.
Dat zie ik, ja. Eh, de loodgieter is Loodgietersbedrijf Van Dijk, die zouden contact opnemen. Ik ga ze nu zelf bellen.
Graag. En kan iemand ook even kijken naar de ventilatie, want die maakt een herrie.
Ik maak er een tweede melding van. Op welk nummer kunnen ze u bereiken?
Het beste op het nummer van Elif, want ik werk overdag, 06 83 02 77 14. En mijn eigen nummer is 020 618 42 07.
En is het postcode 1053 HK?
Ja klopt.
Goed, ik heb het doorgezet met spoed. U hoort binnen 24 uur iets. Als het niet zo is, belt u dan terug en vraag naar mij of naar mijn collega Ricardo.
Oké dank u wel mevrouw.
""", [
    N("Jolanda"),
    N("Hasan Özdemir"),
    A("Van Lennepstraat 23-2", street="Van Lennepstraat 23-2", postcode="1053 HK"),
    N("mevrouw Kuipers", only=["Kuipers"]),
    N("Elif"),
    P("06 83 02 77 14", "phone"),
    P("020 618 42 07", "phone"),
    N("Ricardo"),
], [
    L("drie weken", "duration"), L("4 maart", "date"), L("R-40918", "ticket"),
    L("Loodgietersbedrijf Van Dijk", "company"), L("24 uur", "duration"), L("drie-hoog", "other"),
]),

# ------------------------------------------------------------------ payroll, A/B, cross-border to Germany
rec("nl-call-010", """
A: Salarisadministratie Brons Logistiek, met Wendy.
B: Hoi Wendy, met Thomas Kok, ik werk op het distributiecentrum in Venlo. Ik ga verhuizen naar Duitsland en ik wil weten wat ik moet doorgeven.
A: Ah, grensarbeider. Vanaf wanneer?
B: Per 1 juni. Het nieuwe adres is Hauptstraße 14, 47533 Kleve.
A: Oké. Voor de loonheffing blijft Nederland in principe heffen, maar we hebben je Duitse Steuer-ID nodig voor de administratie. Heb je die al?
B: Ja, die kreeg ik per brief: 50345791282.
A: Prima. En je BSN heb ik hier, 392819818, dat blijft gewoon hetzelfde.
B: Oké. Mijn salaris mag vanaf juni op mijn Duitse rekening, DE59 1450 7898 7303 2400 71.
A: Dat kan. Wil je de oude rekening NL24TRIO6321989059 dan helemaal laten vervallen?
B: Ja, die gaat dicht.
A: Dan heb ik nog een formulier nodig, getekend door je leidinggevende. Wie is dat?
B: Ellen Dekkers.
A: Ik stuur het formulier naar je privémail, welke is dat?
B: thomas.kok88@example.com.
A: Top. Ik zie trouwens dat op je loonstrook van maart € 3.412,18 bruto staat bij 38 uur, klopt dat nog?
B: Ja, dat klopt.
A: Dan ben ik rond. Als er iets is, mijn directe nummer is 077 320 11 45, niet naar de algemene lijn.
""", [
    N("Wendy"),
    N("Thomas Kok"),
    A("Hauptstraße 14, 47533 Kleve", street="Hauptstraße 14", postcode="47533"),
    P("50345791282", "national_id", scheme="steuerid"),
    P("392819818", "national_id", scheme="bsn"),
    P("DE59 1450 7898 7303 2400 71", "iban", scheme="iban"),
    P("NL24TRIO6321989059", "iban", scheme="iban"),
    N("Ellen Dekkers"),
    E("thomas.kok88@example.com"),
    P("077 320 11 45", "phone"),
], [
    L("1 juni", "date"), L("€ 3.412,18", "price"), L("38 uur", "quantity"), L("Brons Logistiek", "company"),
    L("maart", "date"),
]),

# ------------------------------------------------------------------ school administration, Ouder/School
rec("nl-call-011", """
School: Basisschool De Regenboog, met Marjolein van de administratie.
Ouder: Hallo, met Ilse Mulder, de moeder van Finn Mulder uit groep 6.
School: Hoi Ilse, waar kan ik je mee helpen?
Ouder: Twee dingen. We zijn verhuisd, naar Kastanjelaan 9 in Amersfoort, postcode 3818 LN. En Finn heeft een nieuw mobiel nummer voor noodgevallen, of eigenlijk is het het nummer van zijn opa, Gerrit, 06 12 08 44 91.
School: Oké, dat pas ik aan in ParnasSys. Ik heb voor de gemeente ook nog het burgerservicenummer van Finn nodig, dat ontbrak bij de inschrijving.
Ouder: Dat is 233681292.
School: Dank je. En het tweede?
Ouder: Finn wordt al een paar weken gepest door een jongen uit zijn klas, Lars. Ik heb het al tegen juf Anouk gezegd maar het houdt niet op.
School: Wat naar. Ik zet een notitie voor de intern begeleider en vraag of ze je vrijdag 12 april kan bellen. Schikt 8:30?
Ouder: Ja, dat is goed. Mijn mail is ilse.mulder@example.nl als dat makkelijker is.
School: Prima. O en het schoolreisje van € 32,50 staat nog open, maar dat komt wel.
Ouder: Oh, sorry, dat maak ik vandaag over.
""", [
    N("Marjolein"),
    N("Ilse Mulder"),
    N("Finn Mulder"),
    A("Kastanjelaan 9 in Amersfoort, postcode 3818 LN", street="Kastanjelaan 9", postcode="3818 LN"),
    N("Gerrit"),
    P("06 12 08 44 91", "phone"),
    P("233681292", "national_id", scheme="bsn"),
    N("Lars"),
    N("juf Anouk", only=["Anouk"]),
    E("ilse.mulder@example.nl"),
], [
    L("groep 6", "other"), L("ParnasSys", "product"), L("een paar weken", "duration"),
    L("vrijdag 12 april", "date"), L("8:30", "time"), L("€ 32,50", "price"),
]),

# ------------------------------------------------------------------ gym, spelling alphabet, spoken e-mail
rec("nl-call-012", """
Medewerker (00:00:02): FitPlaza Leiden, met Kim.
Beller (00:00:05): Ja hallo, ik wil mijn abonnement pauzeren, ik heb mijn knie geblesseerd.
Medewerker (00:00:09): Oei, beterschap. Op welke naam staat het?
Beller (00:00:12): Tim Dijkstra. D van Dirk, IJ, K van Karel, S van Simon, T van Teun, R van Rudolf, A van Anton.
Medewerker (00:00:24): Ik heb je. Lidnummer 100-2291, abonnement van € 29,95 per maand. Geboortedatum ter controle?
Beller (00:00:31): Negen mei tweeduizend één.
Medewerker (00:00:35): Top. Pauzeren kan maximaal 3 maanden, met een doktersverklaring. Wie is je huisarts of fysio?
Beller (00:00:41): Ik loop bij fysiotherapeut Bram Hendriks, bij het LUMC in de buurt.
Medewerker (00:00:46): Stuur die verklaring maar naar ons ledenmailadres. En dan je eigen e-mail voor de bevestiging?
Beller (00:00:51): tim dijkstra zeven apenstaartje example punt nl, alles aan elkaar.
Medewerker (00:00:58): En de incasso loopt nog via NL38 ABNA 5806 4848 66?
Beller (00:01:03): Nee, die is veranderd, het is nu NL98RABO4956904998.
Medewerker (00:01:09): Aangepast. Dan gaat de pauze in per 1 juli. Je kunt daarna gewoon weer 2 keer per week naar de groepsles.
Beller (00:01:16): Super, dank je Kim.
""", [
    N("Kim"),
    N("Tim Dijkstra", extra=["D van Dirk, IJ, K van Karel, S van Simon, T van Teun, R van Rudolf, A van Anton"]),
    P("Negen mei tweeduizend één", "birth_date"),
    N("Bram Hendriks"),
    E("tim dijkstra zeven apenstaartje example punt nl", local="tim dijkstra zeven", canon="timdijkstra7@example.nl"),
    P("NL38 ABNA 5806 4848 66", "iban", scheme="iban"),
    P("NL98RABO4956904998", "iban", scheme="iban"),
], [
    L("100-2291", "member"), L("€ 29,95", "price"), L("3 maanden", "duration"), L("1 juli", "date"),
    L("2 keer per week", "quantity"), L("FitPlaza Leiden", "company"),
]),
]
