import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from helpers import A, E, L, N, P, rec  # noqa: E402

RECORDS = [

# ------------------------------------------------------------------ electricity, Rådgiver/Kunde, CPR in pairs
rec("da-call-001", """
Rådgiver: Nordstrøm Energi, det er Jonas.
Kunde: Ja hej, det er Mette Kjær. Jeg ringer om min elregning, den er næsten dobbelt så høj som sidst.
Rådgiver: Det må vi kigge på. Må jeg få dit cpr-nummer?
Kunde: Ja, det er øh tyve nul seks toogfirs niogtredive niogfyrre.
Rådgiver: Tak. Og adressen er Frederiksgade 12, 2. th., 8000 Aarhus C?
Kunde: Ja, det passer.
Rådgiver: Jeg kan se at din seneste måleraflæsning er 24.518 kWh, og før det 21.870. Regningen er på 3.412,50 kr. for kvartalet.
Kunde: Det kan simpelthen ikke passe. Min mand Anders har tjekket måleren i går og den viser noget helt andet.
Rådgiver: Så sender vi en montør ud og tjekker måleren. Målernummeret er 5705481454216, står det også på jeres måler?
Kunde: Det ved jeg ikke, det må Anders se på.
Rådgiver: Montøren kan komme tirsdag mellem 8 og 12. Hvilket nummer skal han ringe på?
Kunde: Toogtyve femogfyrre atten otteogtres.
Rådgiver: Og vil du have bekræftelsen på mail?
Kunde: Ja, mette punktum kjaer snabel-a example punktum dk.
Rådgiver: Godt. Og betalingen kører via Betalingsservice fra reg.nr. 6471 kontonummer 2851512964, skal det fortsætte?
Kunde: Ja, det er fint.
Rådgiver: Så har jeg oprettet sag 2024-77104. Du hører fra os inden for 5 hverdage. Hav en god dag, Mette.
""", [
    N("Jonas"),
    N("Mette Kjær"),
    P("tyve nul seks toogfirs niogtredive niogfyrre", "national_id", scheme="cpr", spoken=True, canon="2006823949"),
    A("Frederiksgade 12, 2. th., 8000 Aarhus C", street="Frederiksgade 12", postcode="8000"),
    N("Anders"),
    P("Toogtyve femogfyrre atten otteogtres", "phone", spoken=True, canon="22451868"),
    E("mette punktum kjaer snabel-a example punktum dk", local="mette punktum kjaer", canon="mette.kjaer@example.dk"),
    P("reg.nr. 6471 kontonummer 2851512964", "iban", scheme="dk_account", canon="64712851512964",
      extra=["2851512964"]),
], [
    L("24.518 kWh", "meter"), L("21.870", "meter"), L("3.412,50 kr.", "price"), L("5705481454216", "ean"),
    L("tirsdag mellem 8 og 12", "time"), L("2024-77104", "case"), L("5 hverdage", "duration"),
]),

# ------------------------------------------------------------------ telecom, lower-case ASR, Speaker n:
rec("da-call-002", """
Speaker 1: hej du taler med louise fra telenord hvad kan jeg hjælpe med
Speaker 2: ja hej øh jeg hedder jesper østergaard og jeg vil gerne flytte mit nummer over til jer
Speaker 1: det kan vi godt hjælpe med hvad er nummeret
Speaker 2: det er enogtres fjorten halvfems nul syv
Speaker 1: og dit efternavn hvordan staves det
Speaker 2: ø s t e r g a a r d med dobbelt a
Speaker 1: tak og din fødselsdato
Speaker 2: fjortende marts nitten hundrede og otteogfirs
Speaker 1: fint og hvor skal simkortet sendes hen
Speaker 2: til vestergade otteogtyve første sal femtusind odense c
Speaker 1: og en mailadresse til ordrebekræftelsen
Speaker 2: jesper otteogfirs snabel-a example punktum com
Speaker 1: super jeg har lavet ordren den hedder or niogtredive tolv og abonnementet koster nioghalvtreds kroner om måneden med tredive gigabyte
Speaker 2: og min kæreste sofie vil også gerne flytte hun ringer selv i morgen
Speaker 1: det er helt fint så må hun bare nævne dit navn nummerflytningen tager normalt tre til fem hverdage
Speaker 2: perfekt tak louise
Speaker 1: selv tak hav en god dag
""", [
    N("louise"),
    N("jesper østergaard", extra=["ø s t e r g a a r d"]),
    P("enogtres fjorten halvfems nul syv", "phone", spoken=True, canon="61149007"),
    P("fjortende marts nitten hundrede og otteogfirs", "birth_date"),
    A("vestergade otteogtyve første sal femtusind odense c", street="vestergade otteogtyve",
      postcode="femtusind"),
    E("jesper otteogfirs snabel-a example punktum com", local="jesper otteogfirs", canon="jesper88@example.com"),
    N("sofie"),
], [
    L("or niogtredive tolv", "order"), L("nioghalvtreds kroner", "price"), L("tredive gigabyte", "quantity"),
    L("tre til fem hverdage", "duration"), L("i morgen", "date"),
]),

# ------------------------------------------------------------------ bank, blocking a Dankort
rec("da-call-003", """
Medarbejder: Andelsbanken Syd, du taler med Rasmus.
Kunde: Hej, det er Birgitte Holm. Jeg skal have spærret mit kort, min taske er blevet stjålet.
Medarbejder: Det er jeg ked af at høre. Jeg skal lige bruge dit cpr-nummer først.
Kunde: 051169-3709.
Medarbejder: Tak, Birgitte. Hvilket kort drejer det sig om?
Kunde: Mit Dankort. Jeg har nummeret her fra en gammel kontoudskrift: 5019 0216 7617 4794.
Medarbejder: Så er det spærret. Der er ikke trukket noget siden kl. 13.40 i dag. Har din søn Mikkel ikke også et ekstrakort på kontoen?
Kunde: Jo, men det har han selv. Det skal ikke spærres.
Medarbejder: Fint. Det nye kort sendes til Skovvej 7, 6400 Sønderborg, og det tager 5-7 bankdage. Kontoen er stadig reg. 9704 konto 9477151941?
Kunde: Ja.
Medarbejder: Du skal også anmelde tyveriet til politiet. Her er dit sagsnummer: KS-448102. Har du MobilePay koblet på kortet?
Kunde: Ja, på min mobil, 40 52 18 77.
Medarbejder: Så skal du lige tilføje det nye kort, når det kommer. Min kollega Camilla ringer dig op i morgen og tjekker, at alt er i orden.
Kunde: Tak skal du have.
""", [
    N("Rasmus"),
    N("Birgitte Holm"),
    P("051169-3709", "national_id", scheme="cpr"),
    P("5019 0216 7617 4794", "card", scheme="card"),
    N("Mikkel"),
    A("Skovvej 7, 6400 Sønderborg", street="Skovvej 7", postcode="6400"),
    P("reg. 9704 konto 9477151941", "iban", scheme="dk_account", canon="97049477151941", extra=["9477151941"]),
    P("40 52 18 77", "phone"),
    N("Camilla"),
], [
    L("kl. 13.40", "time"), L("5-7 bankdage", "duration"), L("KS-448102", "case"), L("MobilePay", "product"),
    L("i morgen", "date"),
]),

# ------------------------------------------------------------------ municipality, moving, children, timestamps
rec("da-call-004", """
[00:00:02] Borgerservice: Borgerservice Odense, det er Line.
[00:00:05] Borger: Hej Line, mit navn er Kasper Lund. Vi skal flytte, og jeg kan ikke finde ud af at melde flytning for børnene på borger.dk.
[00:00:13] Borgerservice: Det kan jeg hjælpe med. Hvad er dit cpr-nummer?
[00:00:16] Borger: 080271-2913.
[00:00:24] Borgerservice: Og hvem flytter med?
[00:00:26] Borger: Min kone, Sara Lund, og vores to børn, Emil og Freja. Emil er 140312-4127.
[00:00:37] Borgerservice: Tak. Og den nye adresse?
[00:00:40] Borger: Tarupvej 33, st. tv., 5210 Odense NV. Fra den 1. august.
[00:00:48] Borgerservice: Så skal I også vælge ny læge, hvis I vil skifte. I står i dag hos læge Thomas Brandt.
[00:00:56] Borger: Vi bliver hos ham, det er ikke så langt.
[00:01:02] Borgerservice: Fint. Freja skal også skifte skole? Så skal du kontakte skolen. Jeg har registreret flytningen med sagsnummer 24/18832, og I får et brev i e-Boks inden for 3 dage.
[00:01:15] Borger: Super. Kan I ringe mig, hvis der mangler noget? 28 91 04 63.
[00:01:20] Borgerservice: Det gør vi. Hav en god dag.
""", [
    N("Line"),
    N("Kasper Lund"),
    P("080271-2913", "national_id", scheme="cpr"),
    N("Sara Lund"),
    N("Emil"),
    N("Freja"),
    P("140312-4127", "national_id", scheme="cpr"),
    A("Tarupvej 33, st. tv., 5210 Odense NV", street="Tarupvej 33", postcode="5210"),
    N("Thomas Brandt"),
    P("28 91 04 63", "phone"),
], [
    L("1. august", "date"), L("24/18832", "case"), L("3 dage", "duration"), L("e-Boks", "product"),
    L("00:01:15", "time"),
]),

# ------------------------------------------------------------------ parcel to the Faroe Islands
rec("da-call-005", """
AGENT: Pakkeposten kundeservice, du taler med Mads.
KUNDE: Góðan dag, hej, det er Jóannes Joensen, jeg ringer fra Tórshavn. Jeg venter på en pakke fra Danmark, men den er strandet i toldcentret.
AGENT: Lad mig se. Har du sporingsnummeret?
KUNDE: Ja, det er CC 482 719 361 DK.
AGENT: Den står til fortoldning. Der mangler en fortoldningsværdi og dit p-tal.
KUNDE: Mit p-tal er 150381-247.
AGENT: Tak. Og værdien?
KUNDE: Det er en ny racercykel, Cannondale, 12.900 kr. Den er købt hos Cykelhandler Poulsen i Esbjerg.
AGENT: Så bliver der en afgift, og det koster 95 kr. i gebyr. Adressen er Dalavegur 14, FO-100 Tórshavn?
KUNDE: Ja, men min svigerinde, Sunneva Hansen, henter den, jeg er på arbejde.
AGENT: Intet problem. Hun skal bare have legitimation med. Hvilket telefonnummer?
KUNDE: 21 43 65, eller min kones, Rakul, 55 19 82.
AGENT: Og afgiften kan betales via bankoverførsel, fra hvilken konto?
KUNDE: FO33 7890 9225 0072 94.
AGENT: Tak. Pakken bliver sendt med næste skib, Norröna, på torsdag.
""", [
    N("Mads"),
    N("Jóannes Joensen"),
    P("150381-247", "national_id", scheme="ptal"),
    A("Dalavegur 14, FO-100 Tórshavn", street="Dalavegur 14", postcode="FO-100"),
    N("Sunneva Hansen"),
    P("21 43 65", "phone"),
    N("Rakul"),
    P("55 19 82", "phone"),
    P("FO33 7890 9225 0072 94", "iban", scheme="iban"),
], [
    L("CC 482 719 361 DK", "tracking"), L("Cannondale", "product"), L("12.900 kr.", "price"),
    L("Cykelhandler Poulsen", "company"), L("95 kr.", "price"), L("Norröna", "other"), L("torsdag", "date"),
]),

# ------------------------------------------------------------------ car insurance, DK + German plates
rec("da-call-006", """
Skade: Trygfast Forsikring, skadeafdelingen, det er Pernille.
Kunde: Hej Pernille, Nikolaj Frost her. Jeg er blevet påkørt bagfra i morges ved Kruså.
Skade: Åh nej. Er du okay?
Kunde: Ja, lidt øm i nakken, men ellers okay.
Skade: Godt. Må jeg få dit cpr-nummer og registreringsnummeret på bilen?
Kunde: 180494-0254, og bilen er CV 48 213, en VW Up.
Skade: Tak. Hvem var den anden part?
Kunde: En tysk turist, Lukas Hoffmann. Tysk nummerplade FL-KM 482. Vi har udfyldt den europæiske skadeanmeldelse. Hans telefon er +49 160 9187 4412.
Skade: Perfekt. Var der vidner?
Kunde: Ja, en dame der hedder Hanne Vestergaard, hun stod ved busstoppestedet. Hun har givet mig sit nummer, 26 73 40 15.
Skade: Så opretter jeg skadenummer 24-0091877 på din police 4401-228-19. Da du ikke er skyld i skaden, skal du ikke betale selvrisiko på 2.500 kr. Du kan få bilen repareret hos Autoværksted Jensen & Søn i Aabenraa, de har aftale med os.
Kunde: Fint. Kan du sende papirerne til nikolaj.frost@example.dk?
Skade: Det gør jeg. Og du bor stadig på Storegade 41, 6200 Aabenraa?
Kunde: Ja.
Skade: Jeg vil anbefale, at du får tjekket nakken hos lægen. God bedring, Nikolaj.
""", [
    N("Pernille"),
    N("Nikolaj Frost"),
    P("180494-0254", "national_id", scheme="cpr"),
    P("CV 48 213", "plate", scheme="dk_plate"),
    N("Lukas Hoffmann"),
    P("FL-KM 482", "plate", scheme="de_plate"),
    P("+49 160 9187 4412", "phone"),
    N("Hanne Vestergaard"),
    P("26 73 40 15", "phone"),
    E("nikolaj.frost@example.dk"),
    A("Storegade 41, 6200 Aabenraa", street="Storegade 41", postcode="6200"),
], [
    L("VW Up", "product"), L("24-0091877", "claim"), L("4401-228-19", "policy"), L("2.500 kr.", "price"),
    L("Autoværksted Jensen & Søn", "company"), L("i morges", "date"),
]),

# ------------------------------------------------------------------ GP clinic, child's blood test, [SPEAKER n]
rec("da-call-007", """
[SPEAKER 1] Lægehuset Vesterbro, det er Maja.
[SPEAKER 2] Hej, det er Signe Dahl, jeg ringer for at høre om prøvesvar for min søn, Oliver.
[SPEAKER 1] Ja. Jeg skal have hans cpr-nummer og dit.
[SPEAKER 2] Hans er 090619-4512, og mit er 290380-2279.
[SPEAKER 1] Tak. Jeg kan se, at Karen Holt har kigget på svarene. Hans hæmoglobin er 7,1 mmol/l, det er lidt lavt, så hun vil gerne se ham igen om 3 uger.
[SPEAKER 2] Okay. Er det noget alvorligt?
[SPEAKER 1] Nej, det er ikke noget at være bekymret for, men lægen vil gerne have ham til kontrol. Hun foreslår jerntilskud, fx Ferro Duretter, men det snakker I om ved konsultationen.
[SPEAKER 2] Kan hans far, Jakob, tage ham med? Jeg arbejder den dag.
[SPEAKER 1] Det er helt fint, han har også forældremyndighed. Jeg booker en tid onsdag den 12. juni kl. 8.15. Hvilket nummer skal vi sende sms-påmindelse til?
[SPEAKER 2] Send til Jakob, 31 25 88 40.
[SPEAKER 1] Det er noteret. Husk at der er telefontid kl. 8.00-9.00, hvis I har spørgsmål.
""", [
    N("Maja"),
    N("Signe Dahl"),
    N("Oliver"),
    P("090619-4512", "national_id", scheme="cpr"),
    P("290380-2279", "national_id", scheme="cpr"),
    N("Karen Holt"),
    N("Jakob"),
    P("31 25 88 40", "phone"),
], [
    L("7,1 mmol/l", "quantity"), L("3 uger", "duration"), L("Ferro Duretter", "product"),
    L("onsdag den 12. juni", "date"), L("kl. 8.15", "time"), L("kl. 8.00-9.00", "time"),
]),

# ------------------------------------------------------------------ Greenland, internet provider
rec("da-call-008", """
Operatør: Nuna Net kundeservice, du taler med Inuk.
Kunde: Hej Inuk, det er Aviaja Lynge. Vores internet har været nede i to dage her i Nuuk.
Operatør: Det beklager jeg. Hvad er adressen?
Kunde: Aqqusinersuaq 18, lejlighed 3, 3900 Nuuk.
Operatør: Og dit cpr-nummer til at bekræfte?
Kunde: 120787-3314.
Operatør: Tak. Jeg kan se, at I har Nuna Net 100 Mbit til 499 kr. om måneden, kundenummer 300-88213. Der er en fejl på radiokæden i hele bydelen. Den bliver rettet inden for to dage.
Kunde: Kan vi få kompensation? Min samlever, Malik, arbejder hjemmefra.
Operatør: Ja, I får en måneds rabat. Skal den betales tilbage til jeres konto?
Kunde: Ja, GL40 1551 2385 9085 01.
Operatør: Fint. Hvilket nummer kan teknikeren ringe på?
Kunde: Fastnet 32 14 58 eller mobil +299 52 81 09. Hvis vi ikke er hjemme, har min søster Naja en nøgle, hun bor i nummer 20. Og hunden hedder Bamse, han bider ikke.
Operatør: Så noterer jeg det. Teknikeren hedder Kunuk, han kommer i uge 32.
""", [
    N("Inuk"),
    N("Aviaja Lynge"),
    A("Aqqusinersuaq 18, lejlighed 3, 3900 Nuuk", street="Aqqusinersuaq 18", postcode="3900"),
    P("120787-3314", "national_id", scheme="cpr"),
    N("Malik"),
    P("GL40 1551 2385 9085 01", "iban", scheme="iban"),
    P("32 14 58", "phone"),
    P("+299 52 81 09", "phone"),
    N("Naja"),
    N("Kunuk"),
], [
    L("to dage", "duration"), L("Nuna Net 100 Mbit", "product"), L("499 kr.", "price"), L("300-88213", "customer"),
    L("uge 32", "date"), L("nummer 20", "other"), L("Bamse", "pet"),
]),

# ------------------------------------------------------------------ housing association, no labels, fillers
rec("da-call-009", """
Boligselskabet Kærhaven, det er Susanne.
Ja hej, øh, det er Ahmad Rahimi, jeg bor i afdeling 12, Kærvej 14, 1. tv.
Hej Ahmad. Hvad kan jeg hjælpe med?
Øhm, det er igen ham ovenpå, Brian Nielsen, han spiller musik til klokken tre om natten. Det har stået på i over en måned nu. Mine børn kan ikke sove.
Det er jeg ked af at høre. Har du skrevet en klage?
Ja, jeg sendte en i marts, men der skete ikke noget. Viceværten, Søren, sagde han ville tale med ham.
Jeg kan se klagen, den har nummer KL-2024-031. Jeg sender den videre til afdelingsbestyrelsen, og så får han en skriftlig advarsel. Har du også skrevet dagbog over hvornår, det sker?
Ja, min datter Leila har skrevet det ned, 17 gange i april.
Godt, send den gerne til os. Hvad er dit telefonnummer, så boligkonsulenten kan ringe?
Det er halvtreds firs toogtyve enogtres.
50 80 22 61?
Ja, præcis.
Og postnummeret er 9200 Aalborg SV, ikke?
Jo.
Fint, så har jeg det. Du hører fra os inden for 14 dage.
""", [
    N("Susanne"),
    N("Ahmad Rahimi"),
    A("Kærvej 14, 1. tv.", street="Kærvej 14", postcode="9200"),
    N("Brian Nielsen"),
    N("Søren"),
    N("Leila"),
    P("halvtreds firs toogtyve enogtres", "phone", spoken=True, canon="50802261"),
    P("50 80 22 61", "phone"),
], [
    L("afdeling 12", "other"), L("klokken tre om natten", "time"), L("KL-2024-031", "case"),
    L("17 gange", "quantity"), L("14 dage", "duration"), L("Boligselskabet Kærhaven", "company"),
]),

# ------------------------------------------------------------------ travel agency, grandparents + grandchildren
rec("da-call-010", """
Rejsekonsulent: Solrejser, god eftermiddag, det er Frederik.
Kunde: Hej, Helle Bach her. Vi har bestilt en rejse til Mallorca, og jeg skal lige have tilføjet vores to børnebørn.
Rejsekonsulent: Hvad er bookingnummeret?
Kunde: 881-20455.
Rejsekonsulent: Ja, Helle og Torben Bach, afrejse 14. juli kl. 06.15 fra Billund, fly DY 3541. Hvad hedder børnene?
Kunde: Alma Bach Iversen, født 12.04.2015, og Oscar Bach Iversen, født 03.09.2017.
Rejsekonsulent: Tak. Så bliver prisen 18.640 kr. i alt for 4 personer, og I bor på Hotel Christian IV i Alcúdia.
Kunde: Fint. Deres mor, min datter Julie, skal kunne kontaktes hvis der sker noget. Hendes nummer er 23 45 67 01.
Rejsekonsulent: Jeg tilføjer hende som nødkontakt. Bekræftelsen sendes til helle.bach@example.dk?
Kunde: Ja. Og vores eget nummer er 86 22 19 30.
Rejsekonsulent: Husk at børnene skal have eget pas. God tur!
""", [
    N("Frederik"),
    N("Helle Bach"),
    N("Torben Bach"),
    N("Alma Bach Iversen"),
    P("12.04.2015", "birth_date"),
    N("Oscar Bach Iversen"),
    P("03.09.2017", "birth_date"),
    N("Julie"),
    P("23 45 67 01", "phone"),
    E("helle.bach@example.dk"),
    P("86 22 19 30", "phone"),
], [
    L("881-20455", "booking"), L("14. juli", "date"), L("kl. 06.15", "time"), L("DY 3541", "other"),
    L("18.640 kr.", "price"), L("4 personer", "quantity"), L("Hotel Christian IV", "company"),
]),

# ------------------------------------------------------------------ fitness, spelling alphabet, spoken e-mail
rec("da-call-011", """
FitHuset: FitHuset Nørrebro, du taler med Kristian.
Medlem: Hej, jeg vil gerne melde mig ind, men jeres app siger der er en fejl.
FitHuset: Den kigger vi på. Jeg kan oprette dig her. Hvad er dit navn?
Medlem: Nanna Skov. Skov med S som Søren, K som Karen, O som Ole, V som Viggo.
FitHuset: Og fødselsdato?
Medlem: Den tredje januar totusind og to.
FitHuset: Adresse?
Medlem: Nørrebrogade 150, 4. th., 2200 København N.
FitHuset: Telefonnummer?
Medlem: Toogfyrre nul otte tooghalvtreds seksten.
FitHuset: Og e-mail?
Medlem: nanna punktum skov snabel-a example punktum dk.
FitHuset: Super. Medlemskabet koster 299 kr. om måneden, ingen binding, og oprettelsen er 0 kr. i denne uge. Hvem betaler?
Medlem: Min mor, Lone Skov. Hun har sagt ja til det.
FitHuset: Så sender jeg et link til Betalingsservice til hende. Dit medlemsnummer bliver 40-11872. Du kan starte allerede i dag, og holdet Spinning 45 kl. 17.30 har stadig ledige pladser.
""", [
    N("Kristian"),
    N("Nanna Skov", extra=["S som Søren, K som Karen, O som Ole, V som Viggo"]),
    P("Den tredje januar totusind og to", "birth_date"),
    A("Nørrebrogade 150, 4. th., 2200 København N", street="Nørrebrogade 150", postcode="2200"),
    P("Toogfyrre nul otte tooghalvtreds seksten", "phone", spoken=True, canon="42085216"),
    E("nanna punktum skov snabel-a example punktum dk", local="nanna punktum skov", canon="nanna.skov@example.dk"),
    N("Lone Skov"),
], [
    L("299 kr.", "price"), L("0 kr.", "price"), L("40-11872", "member"), L("Spinning 45", "product"),
    L("kl. 17.30", "time"), L("FitHuset Nørrebro", "company"),
]),

# ------------------------------------------------------------------ payroll, cross-border worker in Flensburg
rec("da-call-012", """
Lønkontoret: Sønderjysk Transport, løn, det er Charlotte.
Medarbejder: Hej Charlotte, det er Sebastian Wolf fra lageret i Padborg. Jeg er flyttet til Tyskland og skal have ændret nogle oplysninger.
Lønkontoret: Okay. Hvad er din nye adresse?
Medarbejder: Norderstraße 44, 24939 Flensburg.
Lønkontoret: Så er du grænsegænger. Du bliver stadig beskattet i Danmark, men vi skal bruge dit tyske skatte-id til indberetningen.
Medarbejder: Det er 99822042287.
Lønkontoret: Tak. Dit cpr-nummer har jeg, 220672-1839. Lønnen skal den stadig gå ind på den danske konto?
Medarbejder: Nej, gerne på min tyske konto: DE33 1850 0702 4537 5416 71.
Lønkontoret: Det ændrer jeg fra lønkørslen i juni. Din lønseddel for maj viser 32.450 kr. brutto for 37 timer om ugen, og A-skatten er 38 %.
Medarbejder: Det passer. Min chef, Morten Skytte, har sagt jeg kan gå ned på 32 timer fra august.
Lønkontoret: Så skal han sende en ændring til mig. Hvad er dit tyske nummer?
Medarbejder: 0160 7741 2290.
Lønkontoret: Perfekt, så har jeg det hele.
""", [
    N("Charlotte"),
    N("Sebastian Wolf"),
    A("Norderstraße 44, 24939 Flensburg", street="Norderstraße 44", postcode="24939"),
    P("99822042287", "national_id", scheme="steuerid"),
    P("220672-1839", "national_id", scheme="cpr"),
    P("DE33 1850 0702 4537 5416 71", "iban", scheme="iban"),
    N("Morten Skytte"),
    P("0160 7741 2290", "phone"),
], [
    L("32.450 kr.", "price"), L("37 timer", "quantity"), L("38 %", "percentage"), L("32 timer", "quantity"),
    L("juni", "date"), L("Sønderjysk Transport", "company"),
]),
]
