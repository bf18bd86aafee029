from rec import R, N, P, A, E, U, L

RECORDS = [
R("da-call-001", """
Agent: Velkommen til Nordlys Energi, du taler med Camilla. Hvad kan jeg hjælpe med?
Kunde: Hej Camilla, det er Henrik Østergaard. Jeg skal flytte og vil gerne tage min elaftale med.
Agent: Det kan vi sagtens. Må jeg få dit kundenummer?
Kunde: Ja, det er 5500 3187 22.
Agent: Tak. Og til verifikation dit CPR-nummer?
Kunde: 281081-0907.
Agent: Tak. Jeg kan se, du bor på Vestergade 44, 1. sal, 8000 Aarhus C. Hvor skal du flytte hen?
Kunde: Til Skovbrynet 3 i Risskov. Postnummer 8240.
Agent: Og overtagelsesdatoen?
Kunde: Den første juni.
Agent: Så sætter jeg flytningen til 1. juni. Aftalen "Grøn Fastpris" på 2,19 kr. per kWh følger med. Kan du stave dit efternavn for mig?
Kunde: Ø-S-T-E-R-G-A-A-R-D.
Agent: Tak. Hvilken mail skal bekræftelsen sendes til?
Kunde: henrik punktum oestergaard snabel-a example punktum com.
Agent: Så henrik.oestergaard@example.com. Og dit mobilnummer er stadig 28 46 91 37?
Kunde: Ja, det er det.
Agent: Fint. Betalingen fortsætter via Betalingsservice fra konto DK44 3216 1207 2114 24. Du får en bekræftelse inden for 24 timer.
""", [
    N("Camilla"), N("Henrik Østergaard", "Ø-S-T-E-R-G-A-A-R-D"), P("281081-0907", "national_id", scheme="cpr"),
    A("Vestergade 44, 1. sal, 8000 Aarhus C", "Vestergade 44", "8000"), A("Skovbrynet 3 i Risskov", "Skovbrynet 3"),
    P("8240", "postcode"), E("henrik.oestergaard@example.com", "henrik punktum oestergaard snabel-a example punktum com", "henrik punktum oestergaard"),
    P("28 46 91 37", "phone"), P("DK44 3216 1207 2114 24", "iban"),
], [L("5500 3187 22", "customer_number"), L("1. juni", "date"), L('"Grøn Fastpris"', "product"),
    L("2,19 kr.", "price"), L("24 timer", "duration"), L("Nordlys Energi", "company")]),

R("da-call-002", """
goddag du taler med mette fra telenord hvad kan jeg hjælpe med hej det er søren kjærgaard mit bredbånd har været nede siden i går okay det er jeg ked af må jeg få dit telefonnummer så jeg kan finde dig ja det er tyve femogfyrre syvogtres niogfirs tak og så adressen for en sikkerheds skyld ja det er elmevej atten i odense postnummer fem to tre nul og din fødselsdato femte marts nitten hundrede toogfirs tak jeg kan se der er en fejl på en kabelboks i dit område den forventes løst i morgen klokken tolv jeg opretter en sag sagsnummeret er 448120 skal jeg sende en sms når det virker igen ja gerne og hvis du skal have fat i min kone så er det lone hun har nummeret enogtredive toogtyve syvogfirs fyrre okay og din mail er den stadig soeren k snabel-a example punktum dk nej den er lukket brug soeren punktum kjaergaard snabel-a example punktum com fint du får også en kompensation på halvtreds kroner på næste regning tak for hjælpen
""", [
    N("mette"), N("søren kjærgaard"), P("tyve femogfyrre syvogtres niogfirs", "phone"),
    A("elmevej atten i odense postnummer fem to tre nul", "elmevej atten", "fem to tre nul"),
    P("femte marts nitten hundrede toogfirs", "birth_date"), N("lone"),
    P("enogtredive toogtyve syvogfirs fyrre", "phone"),
    E("soeren k snabel-a example punktum dk", "soeren k"),
    E("soeren punktum kjaergaard snabel-a example punktum com", "soeren punktum kjaergaard"),
], [L("telenord", "company"), L("i morgen klokken tolv", "time"), L("448120", "ticket_number"),
    L("halvtreds kroner", "price"), L("kabelboks", "product")]),

R("da-call-003", """
[SPEAKER 1] Vesturbanki kundeservice, tú tosar við... undskyld, du taler med Rasmus, skal vi tage det på dansk?
[SPEAKER 2] Ja tak, det er fint. Det er Jógvan Joensen fra Tórshavn.
[SPEAKER 1] Hej Jógvan. Hvad kan jeg hjælpe med?
[SPEAKER 2] Jeg har fået en opkrævning fra et firma i Danmark, og den er gået fra min konto to gange. 1.450 kroner, den 3. maj.
[SPEAKER 1] Det kigger vi på. Må jeg få dit p-tal til verifikation?
[SPEAKER 2] 150388-127.
[SPEAKER 1] Tak. Og kontoen det drejer sig om?
[SPEAKER 2] FO03 5133 0550 1890 69.
[SPEAKER 1] Jeg kan se begge træk, referencen er NETS-77812034. Jeg sender en indsigelse. Bor du stadig på Niels Finsens gøta 22, FO-100 Tórshavn?
[SPEAKER 2] Ja.
[SPEAKER 1] Og telefon +298 21 73 54?
[SPEAKER 2] Nej, det er min kones, Turið. Mit er +298 58 19 02.
[SPEAKER 1] Jeg retter det. Du hører fra os inden for ti bankdage.
""", [
    N("Rasmus"), N("Jógvan Joensen"), P("150388-127", "national_id", scheme="ptal"), P("FO03 5133 0550 1890 69", "iban"),
    A("Niels Finsens gøta 22, FO-100 Tórshavn", "Niels Finsens gøta 22", "FO-100"), P("+298 21 73 54", "phone"),
    N("Turið"), P("+298 58 19 02", "phone"),
], [L("1.450 kroner", "price"), L("3. maj", "date"), L("NETS-77812034", "reference"),
    L("ti bankdage", "duration"), L("Vesturbanki", "company")]),

R("da-call-004", """
[00:00:02] Medarbejder: Borgerservice, Aalborg Kommune, det er Jesper.
[00:00:05] Borger: Hej, mit navn er Aylin Demir. Jeg har mistet mit sundhedskort og skal bruge et nyt.
[00:00:11] Medarbejder: Det kan jeg hjælpe med. Dit CPR-nummer?
[00:00:14] Borger: 070389-6561.
[00:00:22] Medarbejder: Tak. Det sendes til din folkeregisteradresse, Hasserisgade 19, st. tv., 9000 Aalborg. Er det rigtigt?
[00:00:29] Borger: Ja. Kan min datter også få et nyt? Hun hedder Elif, hendes er også væk.
[00:00:35] Medarbejder: Ja, hvad er hendes CPR-nummer?
[00:00:38] Borger: 120614-4328.
[00:00:46] Medarbejder: Begge kort koster 195 kroner hver og kommer inden for 2-3 uger. Du får en faktura i e-Boks. Har du et telefonnummer?
[00:00:53] Borger: 61 38 27 04.
[00:00:57] Medarbejder: Tak. Sagsnummeret er 2024-118733. Du kan bruge kvitteringen som midlertidigt kort.
""", [
    N("Jesper"), N("Aylin Demir"), P("070389-6561", "national_id", scheme="cpr"),
    A("Hasserisgade 19, st. tv., 9000 Aalborg", "Hasserisgade 19", "9000"), N("Elif"),
    P("120614-4328", "national_id", scheme="cpr"), P("61 38 27 04", "phone"),
], [L("Aalborg Kommune", "organisation"), L("195 kroner", "price"), L("2-3 uger", "duration"),
    L("2024-118733", "case_number"), L("e-Boks", "product")]),

R("da-call-005", """
Sekretær: Lægerne i Hvidovre, det er Pia.
Patient: Hej, det er Mads Lindholm. Jeg ringer for min søn, Oscar, han har haft feber i tre dage.
Sekretær: Okay. Hvad er drengens CPR-nummer?
Patient: 0903 19, og så 5871. Altså 090319-5871.
Sekretær: Tak. Hvor høj er feberen?
Patient: 39,8 i morges.
Sekretær: Så skal han ses i dag. Doktor Frandsen har en tid klokken 13:20.
Patient: Det er fint. Min kæreste, Sara Nyholm, kommer med ham.
Sekretær: Står jeres adresse stadig som Strandmarksvej 61, 2650 Hvidovre?
Patient: Ja.
Sekretær: Og hvis jeg skal ringe tilbage?
Patient: 42 71 09 83.
Sekretær: Fint. Giv ham gerne Panodil Junior imens, efter vægt.
""", [
    N("Pia"), N("Mads Lindholm"), N("Oscar"), P("090319-5871", "national_id", scheme="cpr"),
    P("0903 19, og så 5871", "national_id", scheme="cpr", canon="090319-5871"), N("Frandsen"), N("Sara Nyholm"),
    A("Strandmarksvej 61, 2650 Hvidovre", "Strandmarksvej 61", "2650"), P("42 71 09 83", "phone"),
], [L("tre dage", "duration"), L("39,8", "quantity"), L("13:20", "time"), L("Panodil Junior", "medication"),
    L("Lægerne i Hvidovre", "company")]),

R("da-call-006", """
- PakkeXpres, goddag, du taler med Nikolaj.
- Hej, det er Birgitte Skov. Min pakke står som leveret, men den er her ikke.
- Øv. Har du track-and-trace-nummeret?
- Ja, det er 00057081234567890123.
- Tak. Den er lagt ved døren på Ryesgade 7, 3. th., klokken 11:47.
- Jeg bor på Ryesgade 7, 2. th.! Postnummer 2200.
- Så har chaufføren taget fejl af etagen. Naboen ovenpå, står der Frederik Holm på døren?
- Det ved jeg ikke.
- Jeg opretter en eftersøgning, den har nummer EF-302918. Vi kontakter dig inden for 3 hverdage. Hvad er dit nummer?
- 22 81 46 59.
- Og mail?
- birgitte punktum skov snabel-a example punktum com, skov med k.
- Tak Birgitte. Pakken er fra webshoppen Hjem & Hygge, 4,1 kg.
""", [
    N("Nikolaj"), N("Birgitte Skov"), A("Ryesgade 7, 3. th.", "Ryesgade 7, 3. th."),
    A("Ryesgade 7, 2. th.! Postnummer 2200", "Ryesgade 7, 2. th.", "2200"), N("Frederik Holm"),
    P("22 81 46 59", "phone"), E("birgitte punktum skov snabel-a example punktum com", "birgitte punktum skov"),
], [L("00057081234567890123", "tracking_number"), L("11:47", "time"), L("EF-302918", "case_number"),
    L("3 hverdage", "duration"), L("Hjem & Hygge", "company"), L("4,1 kg", "quantity")]),

R("da-call-007", """
spk_0: tryg bil skadesanmeldelse du taler med louise
spk_1: ja hej det er kasper friis jeg er blevet påkørt på en parkeringsplads i roskilde
spk_0: åh nej er du okay
spk_1: ja ja det er bare buleskade
spk_0: okay har du dit policenummer
spk_1: ja det er 6102 884 391
spk_0: og registreringsnummeret på din bil
spk_1: c x fire otte to en syv
spk_0: og den anden part
spk_1: det var en mand der hedder ole bach han havde en varevogn med nummerpladen a b tre tre ni nul seks
spk_0: har I udfyldt en skadeanmeldelse sammen
spk_1: ja og jeg har billeder
spk_0: så sender jeg et link til din mail
spk_1: kasper friis snabel-a example punktum com i ét ord
spk_0: og dit nummer
spk_1: fireogtyve treogtres nul otte enoghalvfjerds
spk_0: skadesnummeret er s 24 0771 der er en selvrisiko på tre tusind kroner en taksator ringer inden for fem hverdage
""", [
    N("louise"), N("kasper friis"), P("c x fire otte to en syv", "plate"), N("ole bach"),
    P("a b tre tre ni nul seks", "plate"), E("kasper friis snabel-a example punktum com", "kasper friis snabel-a"),
    P("fireogtyve treogtres nul otte enoghalvfjerds", "phone"),
], [L("6102 884 391", "policy_number"), L("s 24 0771", "claim_number"), L("tre tusind kroner", "price"),
    L("fem hverdage", "duration"), L("roskilde", "location")]),

R("da-call-008", """
Kundeservice (Line): Hej, du taler med Line fra Nordisk Design Webshop.
Kunde: Hej Line, det er Thomas Bjerre. Jeg har bestilt en lampe, ordre 77-401923, og den kom i stykker.
Kundeservice (Line): Det er jeg ked af. Det er vores "Ingrid" pendel til 1.299 kr., ikke?
Kunde: Jo. Jeg vil bare have pengene tilbage.
Kundeservice (Line): Det ordner jeg. Du betalte med MobilePay fra 53 92 18 46?
Kunde: Nej, det var min kæreste, Julie Winther. Hendes nummer er 30 47 62 15. Men refunder gerne til min konto.
Kundeservice (Line): Så skal jeg bruge reg.nr. og kontonummer.
Kunde: Reg. 9570, konto 0012 458 771.
Kundeservice (Line): Tak. Og skal GLS hente pakken på Åboulevarden 27, 4. mf., 8000 Aarhus?
Kunde: Ja, eller hos naboen.
Kundeservice (Line): Returlabel sendes til thomas.bjerre@example.net. Refusion inden for 5 bankdage.
""", [
    N("Line"), N("Thomas Bjerre"), P("53 92 18 46", "phone"), N("Julie Winther"), P("30 47 62 15", "phone"),
    P("Reg. 9570, konto 0012 458 771", "iban", "0012 458 771", scheme="none"),
    A("Åboulevarden 27, 4. mf., 8000 Aarhus", "Åboulevarden 27", "8000"), E("thomas.bjerre@example.net"),
], [L("Nordisk Design Webshop", "company"), L("77-401923", "order_number"), L('"Ingrid"', "product"),
    L("1.299 kr.", "price"), L("5 bankdage", "duration"), L("GLS", "company")]),

R("da-call-009", """
A: Boligforeningen Fjordbo, det er Henriette.
B: Ja goddag, det er Ejnar Poulsen. Mit køleskab er gået i stykker, et gammelt Gram, og det er jo boligforeningens.
A: Det kigger vi på, Ejnar. Hvilken adresse?
B: Fjordparken 12, 1. tv.
A: Og postnummer?
B: 4000 Roskilde.
A: Tak. Til min kontrol, din fødselsdato?
B: Den 2. januar 1951.
A: Tak. Jeg opretter en serviceordre, nummer SO-55210. Vicevært Torben kommer torsdag mellem 8 og 12.
B: Jeg hører dårligt. Kan han ringe til min nevø i stedet? Han hedder Bjarne Poulsen og har 23 45 81 90.
A: Selvfølgelig. Og dit eget nummer er stadig 46 35 12 78?
B: Ja.
A: Fint. Husk at dit lejemål 12-0344 ikke skal betale noget for reparationen.
""", [
    N("Henriette"), N("Ejnar Poulsen"), A("Fjordparken 12, 1. tv.", "Fjordparken 12"), P("4000", "postcode"),
    P("2. januar 1951", "birth_date"), N("Torben"), N("Bjarne Poulsen"), P("23 45 81 90", "phone"), P("46 35 12 78", "phone"),
], [L("Boligforeningen Fjordbo", "company"), L("SO-55210", "order_number"), L("torsdag mellem 8 og 12", "time"),
    L("12-0344", "lease_number"), L("Gram", "brand")]),

R("da-call-010", """
Operatør: Arctic Leasing, god eftermiddag, du taler med Simon.
Kunde: Hej, det er Aviaja Berthelsen, jeg ringer fra Nuuk. Vores firmabil skal til service.
Operatør: Det klarer vi. Registreringsnummeret?
Kunde: GR 10 482.
Operatør: Tak. Det er en Toyota Hilux, kontrakt AL-2209. Kilometerstand?
Kunde: Cirka 61.200.
Operatør: Så booker jeg tid hos Nuuk Auto på mandag kl. 9. Dit CPR-nummer til kørselsbogen?
Kunde: 231056-4063. Nej undskyld, det er min mands, Malik. Mit er 140288-3916.
Operatør: Tak. Og din telefon?
Kunde: +299 52 18 43.
Operatør: Og adresse til nøgleboksen?
Kunde: Aqqusinersuaq 14, 3900 Nuuk.
Operatør: Perfekt. Bekræftelse sendes på sms.
""", [
    N("Simon"), N("Aviaja Berthelsen"), P("GR 10 482", "plate"), P("231056-4063", "national_id", scheme="cpr"),
    N("Malik"), P("140288-3916", "national_id", scheme="cpr"), P("+299 52 18 43", "phone"),
    A("Aqqusinersuaq 14, 3900 Nuuk", "Aqqusinersuaq 14", "3900"),
], [L("Arctic Leasing", "company"), L("Toyota Hilux", "product"), L("AL-2209", "contract_number"),
    L("61.200", "quantity"), L("Nuuk Auto", "company"), L("mandag kl. 9", "time")]),

R("da-call-011", """
[Agent] Hospitalsenheden Vest, booking, det er Katrine.
[Borger] Goddag, det er Inge-Lise Mortensen. Jeg har fået en indkaldelse til røntgen, men jeg kan ikke komme.
[Agent] Jeg finder den. Dit CPR-nummer?
[Borger] 020151-3375.
[Agent] Tak. Jeg ser en tid den 22. august klokken 10:15 i afsnit R3. Hvornår passer det bedre?
[Borger] Ugen efter. Min datter Hanne kører mig, hun har fri om onsdagen.
[Agent] Onsdag den 28. august klokken 11:00 kan jeg give dig. Bor du stadig på Nørregade 5 i Herning?
[Borger] Ja, 7400.
[Agent] Og telefonnummeret 97 12 48 63?
[Borger] Ja. Og så min datters nummer, hvis I ikke kan få fat i mig: 29 84 61 07.
[Agent] Noteret. Husk at tage din medicinliste med.
""", [
    N("Katrine"), N("Inge-Lise Mortensen"), P("020151-3375", "national_id", scheme="cpr"), N("Hanne"),
    A("Nørregade 5 i Herning", "Nørregade 5"), P("7400", "postcode"), P("97 12 48 63", "phone"), P("29 84 61 07", "phone"),
], [L("22. august klokken 10:15", "date"), L("R3", "location"), L("28. august klokken 11:00", "date"),
    L("Hospitalsenheden Vest", "organisation"), L("medicinliste", "document_type")]),

R("da-call-012", """
agent: fitnessfabrikken god aften det er jonas
kunde: hej det er sofie andersen jeg vil gerne opsige mit medlemskab
agent: okay ærgerligt hvad er dit medlemsnummer
kunde: 3310982
agent: tak og din fødselsdato
kunde: 16 05 1999
agent: du har premium all access til 349 kr om måneden der er en måneds opsigelse så sidste træk er 30 juni
kunde: ok men I har trukket to gange i denne måned
agent: ja der var en fejl jeg refunderer det hvad er dit reg nummer og konto
kunde: reg 1551 konto 3498 217 604
agent: og du bor stadig på ravnsborggade 9 2200
kunde: ja
agent: bekræftelse til sofie punktum a snabel-a example punktum com
kunde: ja
agent: og dit nummer er 26184953
kunde: ja det er rigtigt
""", [
    N("jonas"), N("sofie andersen"), P("16 05 1999", "birth_date"),
    P("reg 1551 konto 3498 217 604", "iban", "3498 217 604", scheme="none"),
    A("ravnsborggade 9 2200", "ravnsborggade 9", "2200"),
    E("sofie punktum a snabel-a example punktum com", "sofie punktum a"), P("26184953", "phone"),
], [L("3310982", "member_number"), L("premium all access", "product"), L("349 kr", "price"),
    L("30 juni", "date"), L("fitnessfabrikken", "company")]),
]
