import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from mk import *

RECORDS = [
rec("da-call-001", """Medarbejder: Velkommen til Nordlys Energi, du taler med Camilla.
Kunde: Hej, det er Søren Kjærgaard. Jeg skal flytte og vil gerne have strømmen med.
Medarbejder: Det kan vi sagtens. Må jeg bede om dit CPR-nummer?
Kunde: Ja, det er 190874-3355.
Medarbejder: Tak. Jeg kan se du bor på Vestergade 14, 1. th. i Aarhus. Hvor skal du flytte hen?
Kunde: Til Skovvænget 9, 8600 Silkeborg. Pr. 1. september.
Medarbejder: Fint. Målernummeret på den nye adresse har du nok ikke?
Kunde: Jo, det står på skabet: 57104493. Og målerstanden var 18.402 kWh da vi var derude.
Medarbejder: Super. Prisen er stadig spotpris plus 19 øre pr. kWh. Skal betalingen stadig ske via Betalingsservice fra reg.nr. 9570 kontonummer 0012 4471 83?
Kunde: Ja, det er den samme konto.
Medarbejder: Og dit telefonnummer er stadig 22 61 48 90?
Kunde: Nej, det er nyt: 31 77 05 26.
Medarbejder: Tak Søren. Du får en bekræftelse i e-Boks inden for to hverdage.""",
[name("Camilla"), name("Søren Kjærgaard"), nid("190874-3355", "cpr"), addr("Vestergade 14, 1. th.", "Vestergade 14"),
 addr("Skovvænget 9, 8600 Silkeborg", "Skovvænget 9", "8600 Silkeborg"), acct("reg.nr. 9570 kontonummer 0012 4471 83", "0012 4471 83"),
 phone("22 61 48 90"), phone("31 77 05 26")],
[L("Nordlys Energi", "company_name"), L("1. september", "date"), L("57104493", "meter_number"), L("18.402 kWh", "meter_reading"),
 L("19 øre pr. kWh", "price"), L("e-Boks", "product_name")]),

rec("da-call-002", """agent hej og velkommen til telefonia det er mikkel
kunde ja hej det er eh lone mortensen jeg har et problem med min regning
agent det vil jeg gerne hjælpe med hvad er dit mobilnummer
kunde det er fireogtyve femogtredive nul otte nitten
agent og så skal jeg lige have din fødselsdato
kunde otte marts nitten hundrede og treoghalvfjerds
agent tak lone jeg kan se fakturaen på fire hundrede og niogtres kroner det er fordi du har brugt data i schweiz
kunde nå det vidste jeg slet ikke
agent jeg kan give dig en kreditnota på to hundrede kroner sagsnummer k ni ni tre to
kunde okay kan du sende det på mail
agent ja hvad er din mail
kunde lone punktum mortensen snabel-a example punktum dk
agent lone punktum mortensen snabel-a example punktum dk
kunde ja og min adresse er ændret det er nu rosenvænget otte st tv fire tusind roskilde
agent rosenvænget otte står til venstre perfekt det er registreret""",
[name("mikkel"), name("lone mortensen"), phone("fireogtyve femogtredive nul otte nitten"), dob("otte marts nitten hundrede og treoghalvfjerds"),
 email("lone punktum mortensen snabel-a example punktum dk", "lone punktum mortensen"), addr("rosenvænget otte st tv", "rosenvænget otte"),
 pc("fire tusind roskilde")],
[L("telefonia", "company_name"), L("fire hundrede og niogtres kroner", "price"), L("schweiz", "location"),
 L("to hundrede kroner", "price"), L("k ni ni tre to", "case_number")]),

rec("da-call-003", """[00:00:04] Rådgiver: Góðan dag, Føroya Sparikassi, tú tosar við Heðin. Skal vi tage det på dansk?
[00:00:09] Kunde: Ja tak, det er nemmest. Det er Rannvá Joensen, jeg ringer fra Tórshavn.
[00:00:15] Rådgiver: Hvad kan jeg hjælpe med, Rannvá?
[00:00:18] Kunde: Jeg skal overføre penge til min søn i Danmark, Jógvan Poulsen. Han har konto i Danske Bank.
[00:00:26] Rådgiver: Fint. Har du hans IBAN?
[00:00:29] Kunde: DK48 8753 7671 5185 22.
[00:00:37] Rådgiver: Og fra din konto FO42 6385 7715 8910 51?
[00:00:42] Kunde: Ja. Det er 12.000 kroner.
[00:00:45] Rådgiver: Til legitimation skal jeg have dit p-tal.
[00:00:49] Kunde: 140562-247.
[00:00:55] Rådgiver: Tak. Overførslen er gennemført, kvittering nummer TX-55018820. Din adresse er stadig Dalavegur 21, FO-100 Tórshavn?
[00:01:04] Kunde: Ja, og mit nummer er 21 45 80.
[00:01:08] Rådgiver: Så er det på plads. Farvæl.""",
[name("Heðin"), name("Rannvá Joensen"), name("Jógvan Poulsen"), iban("DK48 8753 7671 5185 22"), iban("FO42 6385 7715 8910 51"),
 nid("140562-247", "ptal"), addr("Dalavegur 21, FO-100 Tórshavn", "Dalavegur 21", "FO-100"), phone("21 45 80")],
[L("Føroya Sparikassi", "company_name"), L("Danske Bank", "company_name"), L("12.000 kroner", "price"),
 L("TX-55018820", "transaction_id"), L("00:00:45", "time")]),

rec("da-call-004", """Borgerservice Odsherred, det er Henrik. Hej, det er Malene Kristiansen, jeg ringer angående min datters pas, hun skal have fornyet det. Ja, hvad hedder din datter? Ida Kristiansen Holm. Holm med H. Og hendes CPR-nummer? 080312-4418. Hun er født 8. marts 2012. Tak. Jeg kan se passet udløber 14. august, så I skal nå det inden sommerferien. Begge forældre skal give samtykke, er far Thomas Holm? Ja, han bor på Storegade 33 i Nykøbing Sjælland, 4500. Så sender vi samtykkeerklæringen til ham i e-Boks. Et børnepas koster 154 kroner. Vil du booke en tid? Ja, gerne tirsdag. Så er der tid tirsdag den 7. maj klokken 10.20, booking nummer BS-31047. Hvilket nummer kan du sms'es på? 40 18 92 73. Tak Malene, vi ses.""",
[name("Henrik"), name("Malene Kristiansen"), name("Ida Kristiansen Holm"), nid("080312-4418", "cpr"), dob("8. marts 2012"),
 name("Thomas Holm"), addr("Storegade 33"), pc("4500"), phone("40 18 92 73")],
[L("Borgerservice Odsherred", "company_name"), L("14. august", "date"), L("154 kroner", "price"),
 L("tirsdag den 7. maj klokken 10.20", "date"), L("BS-31047", "booking_number")]),

rec("da-call-005", """- Lægehuset Ved Åen, det er Bettina, sekretær.
- Hej, det er Preben Thygesen. Jeg skal have fornyet min recept på Lipitor.
- Det kan jeg hjælpe med. Hvordan staver du efternavnet?
- T-H-Y-G-E-S-E-N.
- Og dit CPR-nummer?
- Det er nul ni nul ni syv fem, streg, fem fem ni tre.
- Tak. Lipitor 20 mg, 100 stk. Skal den sendes til Apoteket Nørreport?
- Nej, til Lemvig Apotek. Og så vil jeg gerne have en tid til blodprøve.
- Fredag kl. 8.15. Du bor stadig på Nørrebrogade 112, 7620 Lemvig?
- Ja. Og min kone, Hanne Thygesen, skal også have en tid, hun har sit eget sygesikringskort.
- Hun skal selv ringe, men jeg noterer det. Hvilket telefonnummer?
- 97 82 14 56, det er fastnettet.
- Fint. Tak for opkaldet, Preben.""",
[name("Bettina"), name("Preben Thygesen", "T-H-Y-G-E-S-E-N"), nid("nul ni nul ni syv fem, streg, fem fem ni tre", "cpr", digits="090975-5593"),
 addr("Nørrebrogade 112, 7620 Lemvig", "Nørrebrogade 112", "7620 Lemvig"), name("Hanne Thygesen"), phone("97 82 14 56"),
 name("Preben")],
[L("Lægehuset Ved Åen", "company_name"), L("Lipitor 20 mg", "product_name"), L("100 stk", "quantity"),
 L("Apoteket Nørreport", "company_name"), L("Lemvig Apotek", "company_name"), L("Fredag kl. 8.15", "date")]),

rec("da-call-006", """pakkenord kundeservice det er jonas
hej det er nivi lyberth jeg ringer fra nuuk min pakke er ikke kommet
okay har du track and trace nummeret
ja det er p n fire fire syv otte nul to et ni dk
PN44780219DK jeg kan se den står i aalborg og venter på skib
hvor længe tager det
det næste skib går torsdag så cirka to uger til nuuk
okay pakken er til min mand malik lyberth
ja og adressen er
aqqusinersuaq tolv tre tusind ni hundrede nuuk
og telefonnummer
toogtredive femogfyrre seksogtres
det er et grønlandsk nummer ikke
jo plus to ni ni
fint og hvis toldvæsenet skal bruge hans cpr
det er tyve tolv niogfirs streg en fem tre syv
tak jeg har noteret det pakken vejer otte kilo og portoen var seks hundrede og halvtreds kroner""",
[name("jonas"), name("nivi lyberth"), name("malik lyberth"), addr("aqqusinersuaq tolv"), pc("tre tusind ni hundrede nuuk"),
 phone("toogtredive femogfyrre seksogtres"), nid("tyve tolv niogfirs streg en fem tre syv", "cpr", digits="201289-1537")],
[L("pakkenord", "company_name"), L("p n fire fire syv otte nul to et ni dk", "tracking_number"), L("PN44780219DK", "tracking_number"),
 L("torsdag", "date"), L("otte kilo", "quantity"), L("seks hundrede og halvtreds kroner", "price")]),

rec("da-call-007", """Skadeservice: Du har ringet til Tryghavn Forsikring, skadeservice, det er Louise.
Kunde: Hej, det er Kasper Lindholm. Jeg er blevet påkørt bagfra på Roskildevej.
Skadeservice: Åh nej. Er du kommet noget til?
Kunde: Lidt ondt i nakken, men ellers okay.
Skadeservice: Hvad er din nummerplade?
Kunde: BK 41 298.
Skadeservice: Tak, det er jeres Toyota Corolla på police 1140-882-77. Har du modpartens oplysninger?
Kunde: Ja, det er en Anders Vinther, nummerplade CX 90 114, og han er forsikret i et andet selskab.
Skadeservice: Har du hans telefonnummer?
Kunde: 28 93 41 07.
Skadeservice: Fint. Jeg opretter skadesag S-2024-77103. Selvrisikoen er 3.000 kr. Må jeg få din mail?
Kunde: kasper.lindholm@example.dk.
Skadeservice: Og din adresse er stadig Hyldegårdsvej 3, 2650 Hvidovre?
Kunde: Ja.
Skadeservice: Så får du en mail med en skadeanmeldelse, og bilen kan køres til Autohuset Brøndby.""",
[name("Louise"), name("Kasper Lindholm"), plate("BK 41 298"), name("Anders Vinther"), plate("CX 90 114"), phone("28 93 41 07"),
 email("kasper.lindholm@example.dk"), addr("Hyldegårdsvej 3, 2650 Hvidovre", "Hyldegårdsvej 3", "2650 Hvidovre")],
[L("Tryghavn Forsikring", "company_name"), L("Toyota Corolla", "product_name"), L("1140-882-77", "policy_number"),
 L("S-2024-77103", "claim_number"), L("3.000 kr.", "price"), L("Autohuset Brøndby", "company_name")]),

rec("da-call-008", """Medarbejder (FitLine): FitLine Vejle, det er Sebastian.
Medlem: Hej, det er Julie Bech-Nielsen. Jeg vil gerne sætte mit medlemskab på pause, jeg er gravid.
Medarbejder (FitLine): Tillykke! Hvad er dit medlemsnummer eller din fødselsdato?
Medlem: Fødselsdato 3/11-1995.
Medarbejder (FitLine): Jeg har dig. Du betaler 299 kr. om måneden via MobilePay Subscriptions fra nummeret 51 20 84 66?
Medlem: Ja.
Medarbejder (FitLine): Pausen kan max vare 6 måneder, fra 1. juni til 30. november. Koster 49 kr. om måneden.
Medlem: Det er fint. Kan min kæreste, Oliver Dam, overtage mine PT-timer? Han har ikke medlemskab endnu.
Medarbejder (FitLine): Så skal han oprette sig. Hvad er hans mail?
Medlem: oliverdam94 snabel-a example punktum com.
Medarbejder (FitLine): Og din adresse for kvittering?
Medlem: Kirkebakken 18, 7100 Vejle.
Medarbejder (FitLine): Alt er registreret, sag P-8812. Held og lykke, Julie!""",
[name("Sebastian"), name("Julie Bech-Nielsen"), dob("3/11-1995"), phone("51 20 84 66"), name("Oliver Dam"),
 email("oliverdam94 snabel-a example punktum com", "oliverdam94"), addr("Kirkebakken 18, 7100 Vejle", "Kirkebakken 18", "7100 Vejle")],
[L("FitLine Vejle", "company_name"), L("299 kr.", "price"), L("MobilePay Subscriptions", "product_name"),
 L("1. juni til 30. november", "date"), L("49 kr.", "price"), L("P-8812", "case_number")]),

rec("da-call-009", """00:00:01 Kunde: Hej, jeg ringer om en returnering. Jeg har købt en støvsuger hos jer.
00:00:06 Agent: Hej, du taler med Amalie fra Hjemmeshoppen. Har du ordrenummeret?
00:00:10 Kunde: HS-4410283.
00:00:14 Agent: Tak. Det er en Dyson V15 til 4.999 kr., leveret 12. april. Hvad er dit navn?
00:00:19 Kunde: Rasmus Ebbesen.
00:00:22 Agent: Og e-mailen på kontoen?
00:00:25 Kunde: rasmus snabel-a ebbesen punktum example punktum net. Nej, det er rasmus punktum ebbesen snabel-a example punktum net.
00:00:35 Agent: Rasmus punktum ebbesen snabel-a example punktum net, fint. Pengene går tilbage til kortet, var det Visa?
00:00:41 Kunde: Ja, skal du have nummeret? 4583 8604 5410 2413.
00:00:47 Agent: Det behøver jeg faktisk ikke, men tak. Du får en returlabel, RET-99120. Pakken kan afleveres i en pakkeshop. Hvor bor du?
00:00:55 Kunde: Søndergade 40, 3. sal, 6700 Esbjerg.
00:01:00 Agent: Og telefonnummer til sms om afhentning?
00:01:03 Kunde: 60 35 19 82.""",
[name("Amalie"), name("Rasmus Ebbesen", "rasmus", "ebbesen"), email("rasmus punktum ebbesen snabel-a example punktum net", "rasmus punktum ebbesen"),
 email("Rasmus punktum ebbesen snabel-a example punktum net", "Rasmus punktum ebbesen"), card("4583 8604 5410 2413"),
 addr("Søndergade 40, 3. sal, 6700 Esbjerg", "Søndergade 40", "6700 Esbjerg"), phone("60 35 19 82")],
[L("Hjemmeshoppen", "company_name"), L("HS-4410283", "order_number"), L("Dyson V15", "product_name"), L("4.999 kr.", "price"),
 L("12. april", "date"), L("RET-99120", "return_number")]),

rec("da-call-010", """Boligselskabet Fjordbo, driften, det er Kim. Hej Kim, det er Birthe Laursen fra blok C, vi har ingen varme. Hvilken adresse er det? Fjordparken 22, 2. mf., 9000 Aalborg. Tak. Vi har flere meldinger fra blok C i dag, der er en fejl på fjernvarmen, ticket 48812. Kan der komme en vicevært? Ja, Allan kommer forbi mellem 13 og 15. Jeg har også en nabo, Ahmad Rahimi på nummer 24, han er gammel og har brug for en elradiator. Har du hans telefonnummer? 25 61 39 04, men han taler ikke så godt dansk. Okay, vi har tre elradiatorer på lager, så vi bringer en til ham. Og dit nummer, Birthe? 98 13 42 77 eller mobil 42 70 18 35. Tak, vi ringer når det er ordnet.""",
[name("Kim"), name("Birthe Laursen"), addr("Fjordparken 22, 2. mf., 9000 Aalborg", "Fjordparken 22", "9000 Aalborg"), name("Allan"),
 name("Ahmad Rahimi"), addr("nummer 24"), phone("25 61 39 04"), phone("98 13 42 77"), phone("42 70 18 35")],
[L("Boligselskabet Fjordbo", "company_name"), L("blok C", "building"), L("ticket 48812", "ticket_number"),
 L("mellem 13 og 15", "time"), L("tre elradiatorer", "quantity")]),

rec("da-call-011", """AGENT: Autolease Danmark, du taler med Frederik.
KUNDE: Hej, det er Signe Thorsen. Jeg kører en leasingbil gennem min arbejdsplads, Vestas-leverandøren Windpart, og jeg har fået en parkeringsbøde.
AGENT: Hvad er registreringsnummeret?
KUNDE: AF 27 619.
AGENT: Jeg kan se en Volvo XC40, kontrakt AL-220187. Bøden er på 510 kr. fra Q-Park den 3. februar. Vi skal overføre den til føreren. Må jeg få dit kørekortnummer?
KUNDE: 31582046.
AGENT: Og din fødselsdato?
KUNDE: 17. januar 1987.
AGENT: Tak. Adressen til brevet?
KUNDE: Havnegade 5A, 5000 Odense C.
AGENT: Og så skal jeg have en mail.
KUNDE: signe.t@windpart.example.
AGENT: Godt. Du får en faktura på bøden plus et gebyr på 150 kr.""",
[name("Frederik"), name("Signe Thorsen"), plate("AF 27 619"), nid("31582046", "dk_kørekort"), dob("17. januar 1987"),
 addr("Havnegade 5A, 5000 Odense C", "Havnegade 5A", "5000 Odense"), email("signe.t@windpart.example")],
[L("Autolease Danmark", "company_name"), L("Windpart", "company_name"), L("Volvo XC40", "product_name"), L("AL-220187", "contract_number"),
 L("510 kr.", "price"), L("3. februar", "date"), L("150 kr.", "price")]),

rec("da-call-012", """Skolesekretær: Sct. Jørgens Skole, det er Dorte.
Forælder: Hej Dorte, det er Aviaja Berthelsen, mor til Pipaluk i 4.B. Vi er lige flyttet fra Sisimiut, og jeg vil høre om skolebussen.
Skolesekretær: Velkommen til! Har du fået skoleindskrivningen færdig?
Forælder: Næsten. Hendes CPR er 100766... nej undskyld, det er mit eget. Hendes er 210914-6628.
Skolesekretær: Tak. Så er Pipaluk Berthelsen født 21. september 2014?
Forælder: Ja.
Skolesekretær: Og jeres adresse?
Forælder: Bøgevej 7, 4700 Næstved.
Skolesekretær: Bussen kører kl. 7.40 fra Bøgevej. I skal have et buskort, det koster 0 kr. for elever. Hvilket telefonnummer?
Forælder: Jeg har stadig mit grønlandske nummer, +299 55 18 62, men min mand Niels Heilmann har dansk nummer: 26 84 93 10.
Skolesekretær: Det skriver jeg på. Aula-invitationen kommer på mail.""",
[name("Dorte"), name("Aviaja Berthelsen"), name("Pipaluk Berthelsen"), nid("210914-6628", "cpr"), dob("21. september 2014"), dob("100766"),
 addr("Bøgevej 7, 4700 Næstved", "Bøgevej 7", "4700 Næstved"), phone("+299 55 18 62"), name("Niels Heilmann"), phone("26 84 93 10")],
[L("Sct. Jørgens Skole", "company_name"), L("4.B", "class"), L("kl. 7.40", "time"), L("0 kr.", "price"), L("Aula", "product_name")]),
]
