import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from mk import *

RECORDS = [
rec("nl-chat-001", """Eva (virtuele assistent): Hoi! Ik ben Eva, de digitale assistent van Stroomwijs. Waar kan ik je mee helpen?
Bezoeker: meterstanden doorgeven en ander rekeningnummer
Eva (virtuele assistent): Ik verbind je door met een medewerker. Even geduld a.u.b. ⏳
Mark (Stroomwijs): Hoi, je spreekt met Mark. Mag ik je naam en postcode + huisnummer?
Bezoeker: Lieke Janssens, 5613 DX 40
Mark (Stroomwijs): Dank je Lieke. Ik zie Tongelresestraat 40 in Eindhoven. Klopt dat?
Bezoeker: jep
Bezoeker: standen: normaal 012845 dal 009921 gas 03312
Mark (Stroomwijs): Verwerkt 👍 En het nieuwe rekeningnummer?
Bezoeker: NL52ASNB7395296037 t.n.v. L. Janssens
Mark (Stroomwijs): Ter controle, wat is je geboortedatum?
Bezoeker: 30-11-1988
Mark (Stroomwijs): Top. Vanaf de termijn van 1 augustus gaat het van het nieuwe nummer af. Je termijnbedrag blijft €97.
Bezoeker: kan de bevestiging naar liekej88@example.com ? het oude adres werkt niet meer
Mark (Stroomwijs): Aangepast. Nog iets anders?
Bezoeker: nee thx!""",
[name("Mark"), name("Lieke Janssens"), pc("5613 DX"), addr("Tongelresestraat 40"), iban("NL52ASNB7395296037"),
 dob("30-11-1988"), email("liekej88@example.com")],
[L("Eva", "bot_name"), L("Stroomwijs", "company_name"), L("012845", "meter_reading"), L("009921", "meter_reading"),
 L("03312", "meter_reading"), L("1 augustus", "date"), L("€97", "price")]),

rec("nl-chat-002", """[12-03-24 09:14:02] Ronald Meijerink: Goedemorgen, mijn pakket is bezorgd bij de buren maar die zijn er niet
[12-03-24 09:14:40] Ronald Meijerink: Trackingnummer JVGL06189245001234567
[12-03-24 09:16:11] PostPunt Klantenservice: Goedemorgen meneer Meijerink! Ik kijk het voor u na. Welk adres is het afleveradres?
[12-03-24 09:17:03] Ronald Meijerink: Dorpsstraat 61, 6581 AB Malden
[12-03-24 09:18:30] PostPunt Klantenservice: Het pakket is afgeleverd op Dorpsstraat 63 bij "Bakker". Is dat uw buurvrouw?
[12-03-24 09:19:12] Ronald Meijerink: ja dat is Wilma Bakker, maar ze is tot zondag weg 😩
[12-03-24 09:19:15] Ronald Meijerink: <Media weggelaten>
[12-03-24 09:21:44] PostPunt Klantenservice: Dat is vervelend. Als het na zondag niet terecht is kunt u een onderzoek aanvragen. Ik noteer uw nummer: is dat dit WhatsApp-nummer, +31 6 19 84 27 55?
[12-03-24 09:22:10] Ronald Meijerink: Klopt. Mail mag ook: ronald.meijerink@example.net. Mijn vrouw Hatice Meijerink-Kaya kan het ook aannemen
[12-03-24 09:22:51] PostPunt Klantenservice: Ik heb melding 7731-2290 aangemaakt en Hatice als ontvanger toegevoegd. Het pakket van 1,2 kg wordt verzekerd tot €500.
[12-03-24 09:23:05] Ronald Meijerink: ok dank je""",
[name("Ronald Meijerink"), addr("Dorpsstraat 61, 6581 AB Malden", "Dorpsstraat 61", "6581 AB"), addr("Dorpsstraat 63"),
 name("Wilma Bakker", "Bakker"), phone("+31 6 19 84 27 55"), email("ronald.meijerink@example.net"),
 name("Hatice Meijerink-Kaya")],
[L("JVGL06189245001234567", "tracking_number"), L("PostPunt Klantenservice", "company_name"), L("12-03-24 09:14:02", "timestamp"),
 L("7731-2290", "ticket_number"), L("1,2 kg", "quantity"), L("€500", "price")]),

rec("nl-chat-003", """Chatbot Bo: Welkom bij Belcomm! Typ je vraag.
Klant: mijn factuur is veel te hoog dit keer
Chatbot Bo: Ik zet je door naar een collega. Wachttijd ongeveer 4 minuten.
Nathalie: Dag! Nathalie hier van Belcomm. Kan je mij je klantnummer of het gsm-nummer van het abonnement geven?
Klant: 0485 12 39 60 . factuur nr 8100234567 van 214,37 €
Nathalie: Dank je. Op wiens naam staat het abonnement?
Klant: Jolien Verstraeten
Nathalie: Ik zie het, Jolien. Er zijn roamingkosten in Marokko aangerekend, 38 MB data buiten de EU-bundel.
Klant: wtf 🙈 dat was mijn zoon, Arne. die zit op dat nummer 0479 56 71 02
Nathalie: Ik kan eenmalig een creditnota maken van 150 euro. Naar welk adres mag de brief?
Klant: Lange Lozanastraat 109, 2018 Antwerpen
Nathalie: En ter verificatie de laatste 4 cijfers van je rekeningnummer? Of de volledige IBAN mag ook.
Klant: BE70 8410 1657 0825
Nathalie: Perfect. Creditnota CN-66102 komt binnen 10 dagen.""",
[name("Nathalie"), phone("0485 12 39 60"), name("Jolien Verstraeten"), name("Arne"), phone("0479 56 71 02"),
 addr("Lange Lozanastraat 109, 2018 Antwerpen", "Lange Lozanastraat 109", "2018 Antwerpen"), iban("BE70 8410 1657 0825")],
[L("Chatbot Bo", "bot_name"), L("Belcomm", "company_name"), L("8100234567", "invoice_number"), L("214,37 €", "price"),
 L("38 MB", "quantity"), L("150 euro", "price"), L("CN-66102", "credit_note_number")]),

rec("nl-chat-004", """@lisa.vdberg_: heyy mijn bestelling is nog steeds niet binnen?? 😭 al 9 dagen
@bloemenbydaan: Hoi Lisa! Wat vervelend 🌷 Kun je je ordernummer sturen?
@lisa.vdberg_: #BD10442
@bloemenbydaan: Dank je! Ik zie dat hij verstuurd is naar Jan van Goyenkade 5-II, 1075 HN Amsterdam. Klopt dat?
@lisa.vdberg_: nee!! ik woon sinds maart op Bilderdijkstraat 160-hs, 1053 KX
@lisa.vdberg_: de bestelling was voor mijn moeder trouwens, Ingrid van den Berg, die woont op dat oude adres 🙃
@bloemenbydaan: Ahh dan is hij waarschijnlijk bij haar! Boeket 'Zomerse Daantje' van €34,95, bezorgd op 14 juni.
@lisa.vdberg_: omg oke ik bel haar even, haar nummer is 06 48 20 93 17 als jullie iets moeten checken
@bloemenbydaan: Top! Stuur je je eigen mail ook even, dan pas ik je account aan?
@lisa.vdberg_: lisavdberg@example.com
@bloemenbydaan: Gedaan 💐 Fijne dag Lisa!""",
[user("@lisa.vdberg_"), name("Lisa"), addr("Jan van Goyenkade 5-II, 1075 HN Amsterdam", "Jan van Goyenkade 5-II", "1075 HN"),
 addr("Bilderdijkstraat 160-hs, 1053 KX", "Bilderdijkstraat 160-hs", "1053 KX"), name("Ingrid van den Berg", "Berg"),
 phone("06 48 20 93 17"), email("lisavdberg@example.com")],
[L("@bloemenbydaan", "company_handle"), L("#BD10442", "order_number"), L("Zomerse Daantje", "product_name"),
 L("€34,95", "price"), L("14 juni", "date"), L("9 dagen", "quantity")]),

rec("nl-chat-005", """Je chat nu met Nova, de assistent van Rijnbank.
Nova: Waar gaat je vraag over?
Klant: Fraude
Nova: Ik verbind je direct met een specialist.
Kees | Rijnbank: Goedenavond, met Kees van de fraudedesk. Wat is er gebeurd?
Klant: ik ben gebeld door iemand die zei dat hij van jullie was, een zekere Dennis Schouten. ik heb 2.450 euro overgemaakt naar een "kluisrekening"
Klant: NL53TRIO6226527442 stond erbij
Kees | Rijnbank: Dat is helaas oplichting. Ik blokkeer nu uw betaalpas. Kunt u bevestigen dat u Frank Hermans bent, geboren op 05-06-1961?
Klant: ja dat klopt
Kees | Rijnbank: Ik zie een login van vanmiddag 16:42 vanaf IP-adres 203.0.113.77, dat was niet u?
Klant: nee ik zat thuis op de ipad maar die heb ik niet gebruikt
Kees | Rijnbank: Dan is uw app ook overgenomen. Ik zet een terugboekingsverzoek uit onder zaaknummer FR-2024-55817. Welk nummer hebt u gebeld?
Klant: ze belden mij, van 085 208 44 19, mijn eigen nummer is 06 39 15 60 82
Kees | Rijnbank: Doet u ook aangifte bij de politie. Uw nieuwe pas komt binnen 3 werkdagen.""",
[name("Kees"), name("Dennis Schouten"), iban("NL53TRIO6226527442"), name("Frank Hermans"), dob("05-06-1961"), ip("203.0.113.77"),
 phone("085 208 44 19"), phone("06 39 15 60 82")],
[L("Nova", "bot_name"), L("Rijnbank", "company_name"), L("2.450 euro", "price"), L("16:42", "time"),
 L("FR-2024-55817", "case_number"), L("3 werkdagen", "quantity")]),

rec("nl-chat-006", """Apotheek De Vijzel - chat
Assistent Marieke: Goedemiddag, waarmee kan ik helpen?
Gast: Hallo ik wil vragen of de medicijnen van mijn vader klaar liggen. Hij heet Jan-Willem Mulder
Assistent Marieke: Mag ik zijn geboortedatum en BSN? Dan kan ik het opzoeken.
Gast: 17-08-1950, bsn 614784517
Assistent Marieke: Dank u. Ik zie de Eliquis 5 mg (60 tabletten) en de Furosemide 40 mg. De Eliquis ligt klaar, de Furosemide komt morgen na 11:00.
Gast: kan het bezorgd worden? hij woont Molenweg 3, Brielle, 3231 BM. Hij is slecht ter been
Assistent Marieke: Dat kan, bezorging is op dinsdag en vrijdag. Wie kunnen we bellen als hij niet opendoet?
Gast: mij, Saskia Mulder, 06 55 13 42 08
Assistent Marieke: Genoteerd. De eigen bijdrage is €12,40, die komt op de rekening.""",
[name("Marieke"), name("Jan-Willem Mulder"), dob("17-08-1950"), nid("614784517", "bsn"), addr("Molenweg 3"), pc("3231 BM"),
 name("Saskia Mulder"), phone("06 55 13 42 08")],
[L("Apotheek De Vijzel", "company_name"), L("Eliquis 5 mg", "product_name"), L("60 tabletten", "quantity"),
 L("Furosemide 40 mg", "product_name"), L("morgen na 11:00", "time"), L("€12,40", "price")]),

rec("nl-chat-007", """ZonReizen Chat
Klant: hoi ik wil namen wijzigen voor de boeking naar Kreta, ik had namen verkeerd gespeld
Medewerker Tim: Hoi! Geef maar het boekingsnummer en de juiste namen zoals in het paspoort.
Klant: boeking ZR-884102. reisgenoten: Daphne Wijnands geb 02-02-1990 en Kevin Sluijter geb 19-07-1989
Klant: kevin stond als Sluiter zonder j
Medewerker Tim: Duidelijk. Mag ik het paspoortnummer van Kevin ter controle?
Klant: NXK4R8T21
Medewerker Tim: Dank je. Een naamswijziging kost €25 per persoon. Vlucht blijft 12 september 06:35 vanaf Eindhoven.
Klant: prima, betaal met ideal. bevestiging naar daphne.wijnands@example.org
Medewerker Tim: Gedaan! Nieuwe reisdocumenten komen binnen 24 uur. Fijne reis Daphne!""",
[name("Tim"), name("Daphne Wijnands"), dob("02-02-1990"), name("Kevin Sluijter", "kevin", "Sluiter"), dob("19-07-1989"),
 nid("NXK4R8T21", "passport"), email("daphne.wijnands@example.org")],
[L("ZonReizen", "company_name"), L("ZR-884102", "booking_number"), L("€25", "price"), L("12 september 06:35", "date"),
 L("Kreta", "location"), L("24 uur", "quantity")]),

rec("nl-chat-008", """WhatsApp-chat met Gemeente Haarlemmerliede
[08:02, 4-9-2024] +31 6 28 71 40 96: Goeiemorgen, de grijze container is weer niet geleegd!! Derde keer
[08:05, 4-9-2024] Gemeente Haarlemmerliede: Goedemorgen, vervelend om te horen. Wat is uw naam en adres?
[08:07, 4-9-2024] +31 6 28 71 40 96: Ab Koster, Hofje van Staats 12, 2011 KZ
[08:07, 4-9-2024] +31 6 28 71 40 96: Albertus eigenlijk maar iedereen zegt Ab
[08:10, 4-9-2024] Gemeente Haarlemmerliede: Dank u meneer Koster. De container met chipnummer 0F3A22918 staat bij ons als niet aangeboden. Hij wordt vrijdag 6 september alsnog geleegd.
[08:11, 4-9-2024] +31 6 28 71 40 96: En m'n buurvrouw mevr. Çelik op nr 14 heeft hetzelfde
[08:13, 4-9-2024] Gemeente Haarlemmerliede: Die moet zelf een melding doen, of mag ik haar voornaam en telefoonnummer?
[08:15, 4-9-2024] +31 6 28 71 40 96: Ayşe Çelik, 06 11 70 38 25
[08:16, 4-9-2024] Gemeente Haarlemmerliede: Melding MOR-2024-31877 aangemaakt. Voor de afvalstoffenheffing kunt u ook terecht via DigiD met uw BSN.
[08:18, 4-9-2024] +31 6 28 71 40 96: mijn bsn is 180404544 als dat nodig is
[08:19, 4-9-2024] Gemeente Haarlemmerliede: Dat is via WhatsApp niet nodig, stuurt u dat liever niet. Fijne dag!""",
[phone("+31 6 28 71 40 96"), name("Ab Koster"), name("Albertus"), addr("Hofje van Staats 12, 2011 KZ", "Hofje van Staats 12", "2011 KZ"),
 name("Ayşe Çelik", "Çelik"), addr("nr 14"), phone("06 11 70 38 25"), nid("180404544", "bsn")],
[L("Gemeente Haarlemmerliede", "company_name"), L("08:02, 4-9-2024", "timestamp"), L("0F3A22918", "container_chip_number"),
 L("vrijdag 6 september", "date"), L("MOR-2024-31877", "ticket_number")]),

rec("nl-chat-009", """Dierenpolis webchat
Systeem: U wordt geholpen door Robin.
Robin: Hallo! Hoe kan ik je helpen?
Klant: Hoi, ik wil een declaratie indienen voor mijn hond Bommel, hij heeft een operatie gehad aan zijn knie
Robin: Oei, arme Bommel 🐶 Wat is je polisnummer?
Klant: DP-22019-K
Robin: Ik zie het: verzekeringnemer Joyce Hartman, Labrador Bommel, chipnummer 528140000612345. Klopt dat?
Klant: ja
Robin: Stuur de nota van Dierenkliniek Overvecht maar mee. Hoe hoog was het bedrag?
Klant: 1.280,00 euro, factuurnummer DK-4471
Robin: Je hebt een eigen risico van €100. Op welke rekening mogen we uitkeren?
Klant: NL84 RABO 3103 7745 70 maar die staat op naam van mijn partner Rutger Hartman
Robin: Dat is geen probleem als het een gezamenlijke polis is. Ik heb ook nog je geboortedatum nodig.
Klant: 9 januari 1985
Robin: Dank je! Woon je nog op Amsterdamsestraatweg 402?
Klant: ja, 3551 CV
Robin: Top. Je ontvangt bericht op joyce.h@example.net. Verwerking duurt ca. 10 werkdagen.""",
[name("Robin"), name("Joyce Hartman"), iban("NL84 RABO 3103 7745 70"), name("Rutger Hartman"), dob("9 januari 1985"),
 email("joyce.h@example.net"), addr("Amsterdamsestraatweg 402"), pc("3551 CV")],
[L("Dierenpolis", "company_name"), L("Bommel", "pet_name"), L("DP-22019-K", "policy_number"), L("528140000612345", "chip_number"),
 L("Dierenkliniek Overvecht", "company_name"), L("1.280,00 euro", "price"), L("DK-4471", "invoice_number"), L("€100", "price")]),

rec("nl-chat-010", """DM @KlantenserviceTelMax
@mo_bouzid1: jullie hebben 2x afgeschreven deze maand!!! echt belachelijk
@KlantenserviceTelMax: Hoi! Dat zoeken we uit. Kun je je naam, postcode en geboortedatum sturen? Nooit je wachtwoord ^Sjoerd
@mo_bouzid1: Mohamed Bouzid 1067 SL 12-12-1997
@mo_bouzid1: hier afschrijving van mn creditcard 4126 9198 7399 2681 2x 27,50
@KlantenserviceTelMax: Dank je Mohamed. Je hoeft je kaartnummer niet te delen hoor, verwijder dat bericht maar even 🙏 Ik zie inderdaad een dubbele betaling voor Sim Only 20GB. Het adres is Pieter Calandlaan 88?
@mo_bouzid1: ja klopt nr 88 drie hoog
@KlantenserviceTelMax: Ik zet een terugbetaling klaar van €27,50, referentie TM-RF-0093321. Binnen 5 werkdagen terug. Op welk 06-nummer heb je het abonnement?
@mo_bouzid1: 06 33 20 84 71 en de mail is mbouzid97@example.com
@KlantenserviceTelMax: Top, bevestiging volgt per mail. ^Sjoerd""",
[user("@mo_bouzid1"), name("Mohamed Bouzid"), pc("1067 SL"), dob("12-12-1997"), card("4126 9198 7399 2681"),
 addr("Pieter Calandlaan 88"), phone("06 33 20 84 71"), email("mbouzid97@example.com"), name("Sjoerd")],
[L("@KlantenserviceTelMax", "company_handle"), L("27,50", "price"), L("Sim Only 20GB", "product_name"),
 L("TM-RF-0093321", "refund_reference"), L("5 werkdagen", "quantity"), L("drie hoog", "floor")]),
]
