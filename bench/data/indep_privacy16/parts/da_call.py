"""Danish call transcripts (12), incl. Faroese and Greenlandic customers.
Written by hand; all personal data made up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import email, handle, la, name, only, pii, rec  # noqa: E402

RECORDS = []

# 001 electricity supplier, moving house, Medarbejder:/Kunde:
RECORDS.append(rec("da-call-001", """
Medarbejder: Godmorgen, det er Nanna fra Strømlinjen, hvad kan jeg hjælpe med?
Kunde: Ja, godmorgen. Det er Mette Kjærgaard Nielsen. Jeg skal flytte, og jeg vil gerne tage min elaftale med.
Medarbejder: Det kan vi sagtens. Må jeg bede om dit CPR-nummer, så jeg kan finde dig?
Kunde: Ja, det er fjorten, nul fire, syvogfirs, tolv fyrre.
Medarbejder: Tak. Og du bor på Ryesgade 14, 3. th., 8000 Aarhus C?
Kunde: Ja, indtil den 31. maj. Den nye adresse er Vestergade 52, 1. tv., 7100 Vejle.
Medarbejder: Og hvornår overtager du den nye bolig?
Kunde: Den 1. juni.
Medarbejder: Har du aflæst måleren derovre? Målernummeret står på selve måleren.
Kunde: Øh, ja, målernummer 57120493, og den stod på 18.342 kWh.
Medarbejder: Perfekt. Aftagenummeret på den nye adresse er 571313104400129886, det står også på din bekræftelse. Du beholder Fastpris Grøn. Skal vi stadig trække betalingen via Betalingsservice fra samme konto?
Kunde: Nej, skift det gerne til min nye konto, reg.nr. 9570, kontonummer 6010383298.
Medarbejder: Det er noteret. Skal din samlever også stå på aftalen?
Kunde: Nej, min kæreste, Rasmus Birk, har sin egen aftale, den opsiger han selv.
Medarbejder: Fint. Hvilken mailadresse skal bekræftelsen sendes til?
Kunde: mette punktum kn snabel-a example punktum com.
Medarbejder: Og et telefonnummer?
Kunde: Toogtyve, otteoghalvfjerds, fjorten, nul fem.
Medarbejder: Så er flytningen registreret. Du får en bekræftelse inden for to hverdage, og dit sagsnummer er 2024-0588213.
Kunde: Tusind tak.
""", [
    name("Nanna"),
    name("Mette Kjærgaard Nielsen"),
    pii("national_id", "fjorten, nul fire, syvogfirs, tolv fyrre"),
    only("address", "Ryesgade 14, 3. th., 8000 Aarhus C", "Ryesgade 14", "8000"),
    only("address", "Vestergade 52, 1. tv., 7100 Vejle", "Vestergade 52", "7100"),
    only("iban", "reg.nr. 9570, kontonummer 6010383298", "6010383298"),
    name("Rasmus Birk"),
    email("mette punktum kn snabel-a example punktum com", "mette punktum kn"),
    pii("phone", "Toogtyve, otteoghalvfjerds, fjorten, nul fem"),
], [
    la("company_name", "Strømlinjen"),
    la("date", "den 31. maj"),
    la("date", "Den 1. juni"),
    la("meter_number", "57120493"),
    la("meter_reading", "18.342 kWh"),
    la("ean", "571313104400129886"),
    la("product_name", "Fastpris Grøn"),
    la("duration", "to hverdage"),
    la("case_number", "2024-0588213"),
]))

# 002 mobile operator, number porting, ASR lower case, [TALER n]
RECORDS.append(rec("da-call-002", """
[TALER 1] hej du taler med jonas fra mobilnet hvad kan jeg hjælpe med
[TALER 2] ja hej det er kasper lindholm øh jeg vil gerne flytte mit nummer over til jer fra et andet selskab
[TALER 1] det kan vi godt hvad er nummeret
[TALER 2] det er fireogfyrre tooghalvfjerds nul otte enogtres
[TALER 1] og hvordan staves efternavnet
[TALER 2] l-i-n-d-h-o-l-m
[TALER 1] tak og så skal jeg bruge dit cpr nummer
[TALER 2] nul to elleve femoghalvfems seksogtyve enoghalvtreds
[TALER 1] tak jeg kan se du bor på jagtvej hundrede og tolv tredje sal er det rigtigt
[TALER 2] ja det er rigtigt
[TALER 1] og postnummeret er toogtyve hundrede
[TALER 2] ja
[TALER 1] så skal jeg bruge en mailadresse
[TALER 2] det er kasper lindholm i et ord snabel a example punktum com
[TALER 1] super du får fri tale og hundrede gigabyte til hundrede og niogfyrre kroner om måneden og vi sender et nyt simkort til jagtvej
[TALER 2] fedt øh min kæreste vil også gerne med hun hedder signe bjerre kan hun komme på samme aftale
[TALER 1] hun skal selv bestille på nettet med mitid men så får i familierabat
[TALER 2] okay
[TALER 1] dit nummer bliver flyttet den fjerde marts klokken seks om morgenen og dit ordrenummer er m n fem otte to ni en
[TALER 2] tak skal du have
[TALER 1] selv tak hav en god dag
""", [
    name("jonas"),
    name("kasper lindholm", "l-i-n-d-h-o-l-m"),
    pii("phone", "fireogfyrre tooghalvfjerds nul otte enogtres"),
    pii("national_id", "nul to elleve femoghalvfems seksogtyve enoghalvtreds"),
    only("address", "jagtvej hundrede og tolv tredje sal", "jagtvej hundrede og tolv"),
    pii("postcode", "toogtyve hundrede"),
    email("kasper lindholm i et ord snabel a example punktum com", "kasper lindholm i et ord"),
    name("signe bjerre"),
], [
    la("company_name", "mobilnet"),
    la("quantity", "hundrede gigabyte"),
    la("price", "hundrede og niogfyrre kroner om måneden"),
    la("date", "den fjerde marts"),
    la("time", "klokken seks om morgenen"),
    la("order_number", "m n fem otte to ni en"),
    la("product_name", "mitid"),
]))

# 003 bank, stolen card, timestamps
RECORDS.append(rec("da-call-003", """
00:00:02 Rådgiver: Nordvest Bank, du taler med Camilla.
00:00:05 Kunde: Hej Camilla, det er Henrik Vestergaard. Jeg har mistet mit Visa/Dankort, jeg tror det er blevet stjålet i fitnesscentret.
00:00:11 Rådgiver: Det er jeg ked af at høre. Vi spærrer det med det samme. Kan du bekræfte dit CPR-nummer?
00:00:16 Kunde: 300869-0681.
00:00:24 Rådgiver: Tak. Du har to kort hos os. Ved du, hvilket af dem det er?
00:00:28 Kunde: Jeg kan se kortnummeret i appen, det er 4571 4594 9784 9033.
00:00:35 Rådgiver: Så er det spærret. Jeg kan se en hævning i aften på 2.000 kr. i en automat på Vesterbrogade kl. 19.42. Er det dig?
00:00:44 Kunde: Nej, det er det ikke!
00:00:46 Rådgiver: Så opretter jeg en indsigelse med sagsnummer IND-557120. Pengene bliver som udgangspunkt sat ind igen på din konto 1551 5895065522 inden for 10 bankdage.
00:01:02 Kunde: Okay. Hvad så med et nyt kort?
00:01:05 Rådgiver: Det sender vi til din folkeregisteradresse, Elmevej 7, 5260 Odense S. Du skal også anmelde tyveriet til politiet.
00:01:18 Kunde: Kan det ikke sendes til min datter i stedet? Hun hedder Ida Vestergaard og bor på Skibhusvej 233, 5000 Odense C. Jeg er der det meste af ugen.
00:01:27 Rådgiver: Desværre, af sikkerhedshensyn skal det til folkeregisteradressen. Hvilket nummer kan vi ringe på, hvis der er mere?
00:01:31 Kunde: 40 17 92 35.
00:01:35 Rådgiver: Og jeg sender en kvittering til h.vestergaard@example.net, er den stadig god nok?
00:01:40 Kunde: Ja.
00:01:42 Rådgiver: Sidste spørgsmål: har nogen kendt din pinkode?
00:01:45 Kunde: Nej, den har kun jeg.
00:01:47 Rådgiver: Godt. Så er der ikke mere lige nu. Hav en god aften, Henrik.
""", [
    name("Camilla"),
    name("Henrik Vestergaard"),
    pii("national_id", "300869-0681"),
    pii("card", "4571 4594 9784 9033"),
    pii("iban", "1551 5895065522"),
    only("address", "Elmevej 7, 5260 Odense S", "Elmevej 7", "5260"),
    name("Ida Vestergaard"),
    only("address", "Skibhusvej 233, 5000 Odense C", "Skibhusvej 233", "5000"),
    pii("phone", "40 17 92 35"),
    email("h.vestergaard@example.net"),
], [
    la("company_name", "Nordvest Bank"),
    la("product_name", "Visa/Dankort"),
    la("price", "2.000 kr."),
    la("place_name", "Vesterbrogade"),
    la("time", "kl. 19.42"),
    la("case_number", "IND-557120"),
    la("duration", "10 bankdage"),
]))

# 004 Faroese customer, storm damage, Agent:/Kunde:
RECORDS.append(rec("da-call-004", """
Agent: Tryghavn Forsikring, det er Mikkel.
Kunde: Góðan dag... ja, hej, det er Rannvá Dalsgaard, jeg ringer fra Klaksvík.
Agent: Hej Rannvá, hvad kan jeg hjælpe med?
Kunde: Vi har haft en storm i nat, og vores drivhus er blæst i stykker. Vi har en husforsikring hos jer, policenummer 88-412-0097.
Agent: Lad mig finde den. Hvad er adressen?
Kunde: Heygavegur 12, FO-700 Klaksvík.
Agent: Og din fødselsdato?
Kunde: Den 5. august 1980.
Agent: Tak. Jeg kan se, at din mand også står på policen, Sámal Joensen?
Kunde: Ja, det er rigtigt.
Agent: Godt. Jeg opretter skaden nu, den har skadenummer S-24-118822. Kan du sende billeder af drivhuset?
Kunde: Ja, det gør jeg. Kan I sende mig et link? Min mail er rannva punktum dalsgaard snabel-a example punktum com.
Agent: Det gør jeg. Og dit telefonnummer?
Kunde: +298 55 36 02.
Agent: Der kommer en taksator fra vores samarbejdspartner i Tórshavn, Rógvi Hansen, og kigger på det i næste uge. Din selvrisiko er 2.500 kr. på Husforsikring Basis. Hvilken konto skal erstatningen udbetales til?
Kunde: Det er FO56 9181 8498 0106 83.
Agent: Tak. Så har jeg alt. Du hører fra os.
Kunde: Takk fyri, farvæl.
""", [
    name("Mikkel"),
    name("Rannvá Dalsgaard"),
    only("address", "Heygavegur 12, FO-700 Klaksvík", "Heygavegur 12", "FO-700"),
    pii("birth_date", "5. august 1980"),
    name("Sámal Joensen"),
    email("rannva punktum dalsgaard snabel-a example punktum com", "rannva punktum dalsgaard"),
    pii("phone", "+298 55 36 02"),
    name("Rógvi Hansen"),
    pii("iban", "FO56 9181 8498 0106 83"),
], [
    la("company_name", "Tryghavn Forsikring"),
    la("policy_number", "88-412-0097"),
    la("claim_number", "S-24-118822"),
    la("place_name", "Tórshavn"),
    la("price", "2.500 kr."),
    la("product_name", "Husforsikring Basis"),
]))

# 005 Greenlandic customer, web shop delivery, Kundeservice:/Kunde:
RECORDS.append(rec("da-call-005", """
Kundeservice: Hej, du taler med Oliver fra Hjemmebyg, hvad kan jeg gøre for dig?
Kunde: Ja hej, det er Aviaja Lyberth, jeg ringer fra Nuuk. Jeg har bestilt en opvaskemaskine, men nu står der, at I ikke kan sende til Grønland?
Kundeservice: Det er rigtigt, store hvidevarer sender vi ikke direkte. Men vi kan sende til en speditør, som sender med skib videre. Hvad er ordrenummeret?
Kunde: HB-2207731.
Kundeservice: Tak. Og hvor skal den hen i Nuuk?
Kunde: Jeg bor på Aqqusinersuaq 14, lejlighed 3, men post skal til Postboks 1087, 3900 Nuuk.
Kundeservice: Det er noteret. Speditøren hedder Arktisk Fragt, og fragten bliver cirka 1.850 kr. ekstra. De skal bruge et telefonnummer.
Kunde: +299 52 34 17. Men vent, min søster Pipaluk Lyberth bor i Aalborg, hun skal alligevel sende en container op til mig. Kan den ikke bare sendes til hende?
Kundeservice: Jo, det kan vi godt. Hvad er hendes adresse?
Kunde: Kastetvej 31, 2. tv., 9000 Aalborg. Hendes nummer er 26 48 19 07.
Kundeservice: Så ændrer jeg leveringsadressen. Levering er planlagt til torsdag den 16. maj mellem 8 og 16. Og hvis der skal refunderes noget, hvilken konto?
Kunde: GL90 6471 2691 3811 30.
Kundeservice: Og din mail til ordrebekræftelsen?
Kunde: aviaja punktum l snabel-a example punktum org.
Kundeservice: Perfekt, så sender jeg en ny bekræftelse. Hav en god dag i Nuuk!
Kunde: Qujanaq, i lige måde.
""", [
    name("Oliver"),
    name("Aviaja Lyberth"),
    only("address", "Aqqusinersuaq 14, lejlighed 3", "Aqqusinersuaq 14"),
    only("address", "Postboks 1087, 3900 Nuuk", "Postboks 1087", "3900"),
    pii("phone", "+299 52 34 17"),
    name("Pipaluk Lyberth"),
    only("address", "Kastetvej 31, 2. tv., 9000 Aalborg", "Kastetvej 31", "9000"),
    pii("phone", "26 48 19 07"),
    pii("iban", "GL90 6471 2691 3811 30"),
    email("aviaja punktum l snabel-a example punktum org", "aviaja punktum l"),
], [
    la("company_name", "Hjemmebyg"),
    la("order_number", "HB-2207731"),
    la("company_name", "Arktisk Fragt"),
    la("price", "1.850 kr."),
    la("date", "torsdag den 16. maj"),
    la("time", "mellem 8 og 16"),
]))

# 006 parcel carrier, dash lines, no labels
RECORDS.append(rec("da-call-006", """
— PakkeNord kundeservice, du taler med Freja.
— Hej, det er Jonas Holm Madsen. Jeg har fået en sms om, at min pakke ligger i en pakkeshop, men det er i den forkerte by.
— Det kan jeg undersøge. Har du pakkenummeret?
— Ja, det er 00370719001234567812.
— Tak. Den ligger i Pakkeshop Kiosken i Ringsted. Afsenderen har skrevet postnummer 4100.
— Men jeg bor i Roskilde, Frederiksborgvej 60A, 4000 Roskilde.
— Så kan jeg få den omdirigeret til en pakkeshop i Roskilde. Det tager 1-2 hverdage. Hvem var afsenderen?
— En webshop, Grethes Garn.
— Og hvilket nummer skal sms'en gå til?
— Til min kone, hun henter den. Hun hedder Ditte Holm Madsen, nummeret er tres, toogtyve, treogfirs, nitten.
— Tak. Og dit eget nummer?
— 31 45 78 02. Og hvis den kan leveres til døren i stedet, så tager vores nabo Birgit imod, hun bor på Frederiksborgvej 62.
— Vi kan desværre ikke omdirigere til en privatadresse, men jeg skriver det i noten. Har du en mail?
— jonas punktum h m snabel-a example punktum net.
— Så får du en ny sms, når pakken er klar. Din reference er PN-RET-339018.
— Tak for hjælpen.
""", [
    name("Freja"),
    name("Jonas Holm Madsen"),
    only("address", "Frederiksborgvej 60A, 4000 Roskilde", "Frederiksborgvej 60A", "4000"),
    name("Ditte Holm Madsen"),
    pii("phone", "tres, toogtyve, treogfirs, nitten"),
    pii("phone", "31 45 78 02"),
    name("Birgit"),
    only("address", "Frederiksborgvej 62", "Frederiksborgvej 62"),
    email("jonas punktum h m snabel-a example punktum net", "jonas punktum h m"),
], [
    la("company_name", "PakkeNord"),
    la("tracking_number", "00370719001234567812"),
    la("shop_name", "Pakkeshop Kiosken"),
    la("duration", "1-2 hverdage"),
    la("shop_name", "Grethes Garn"),
    la("reference", "PN-RET-339018"),
]))

# 007 municipality citizen service, health card for child
RECORDS.append(rec("da-call-007", """
Borgerservice: Borgerservice, Søholm Kommune, det er Kirsten.
Borger: Hej, mit navn er Sofie Bech Andersen, jeg ringer om et nyt sundhedskort til min datter.
Borgerservice: Det kan jeg hjælpe med. Hvad hedder hun, og hvad er hendes CPR-nummer?
Borger: Hun hedder Alma, hun er født den 12. september 2019, og CPR-nummeret er 120919-9862.
Borgerservice: Og dit eget CPR-nummer?
Borger: 030692-1686.
Borgerservice: Tak. Jeg kan se, at I er flyttet til Skovbrynet 18, 2880 Bagsværd, den 1. april.
Borger: Ja, og derfor vil vi gerne skifte læge, det er for langt at køre.
Borgerservice: Det kan I selv gøre på borger.dk med MitID, men jeg kan også gøre det nu. Lægehuset Skovbrynet har lukket for tilgang, men Lægerne på Stationsvej har plads.
Borger: Så tager vi dem.
Borgerservice: Det er gjort. Sundhedskortet er gratis, når det er på grund af flytning. Det ligger også digitalt i appen Sundhedskortet.
Borger: Og min mand, Nikolaj Andersen, skal han også skifte?
Borgerservice: Ja, han skal skifte for sig selv, med sit eget MitID.
Borger: Okay. Skal I have et telefonnummer?
Borgerservice: Ja tak, hvis der er noget.
Borger: 53 82 16 40.
Borgerservice: Tak for det. Det nye kort kommer med posten inden for 14 dage.
""", [
    name("Kirsten"),
    name("Sofie Bech Andersen"),
    name("Alma"),
    pii("birth_date", "12. september 2019"),
    pii("national_id", "120919-9862"),
    pii("national_id", "030692-1686"),
    only("address", "Skovbrynet 18, 2880 Bagsværd", "Skovbrynet 18", "2880"),
    name("Nikolaj Andersen"),
    pii("phone", "53 82 16 40"),
], [
    la("company_name", "Søholm Kommune"),
    la("date", "den 1. april"),
    la("url", "borger.dk"),
    la("product_name", "MitID"),
    la("company_name", "Lægerne på Stationsvej"),
    la("product_name", "Sundhedskortet"),
    la("duration", "14 dage"),
]))

# 008 GP practice, chest pain, timestamps
RECORDS.append(rec("da-call-008", """
[08:02:11] Sekretær: Lægerne i Kildebakken, det er Susanne.
[08:02:14] Patient: Ja, godmorgen, det er Birthe Rasmussen. Øh, jeg har det ikke så godt.
[08:02:18] Sekretær: Det er jeg ked af at høre. Må jeg få dit CPR-nummer?
[08:02:21] Patient: Ja, det er nitten, nul to, otteogfyrre, femogtyve, nul nul.
[08:02:30] Sekretær: Tak, Birthe. Hvad drejer det sig om?
[08:02:33] Patient: Jeg har haft ondt i brystet siden klokken tre i nat, og jeg er svimmel.
[08:02:41] Sekretær: Er du alene hjemme?
[08:02:44] Patient: Nej, min nabo, Kurt, er her.
[08:02:47] Sekretær: Godt. Jeg henter lige doktor Schultz, bliv i røret.
[08:03:30] Læge: Hej Birthe, det er Schultz. Tager du din Hjertemagnyl 75 mg?
[08:03:34] Patient: Ja, hver morgen.
[08:03:37] Læge: Jeg sender en ambulance med det samme. Du bor stadig på Fyrrevej 3, 6700 Esbjerg?
[08:03:41] Patient: Ja.
[08:03:42] Læge: Hvilket nummer kan vi ringe på, hvis forbindelsen bliver afbrudt?
[08:03:45] Patient: 75 12 46 98. Og min søn, Carsten, har 21 74 90 33.
[08:03:52] Læge: Godt. Kurt skal låse døren op og tænde lyset udenfor. Ambulancen er der om cirka 10 minutter. Ring 1-1-2, hvis det bliver værre inden.
[08:04:01] Patient: Ja. Tak.
""", [
    name("Susanne"),
    name("Birthe Rasmussen"),
    pii("national_id", "nitten, nul to, otteogfyrre, femogtyve, nul nul"),
    name("Kurt"),
    name("Schultz"),
    only("address", "Fyrrevej 3, 6700 Esbjerg", "Fyrrevej 3", "6700"),
    pii("phone", "75 12 46 98"),
    name("Carsten"),
    pii("phone", "21 74 90 33"),
], [
    la("company_name", "Lægerne i Kildebakken"),
    la("time", "klokken tre i nat"),
    la("product_name", "Hjertemagnyl 75 mg"),
    la("time", "08:03:30"),
    la("duration", "10 minutter"),
    la("reference", "1-1-2"),
]))

# 009 garage, MOT and tyres, Værkfører:/Kunde:
RECORDS.append(rec("da-call-009", """
Værkfører: Autohuset Brødrene Dahl, det er Lasse.
Kunde: Hej, det er Ahmad Rahimi. Min bil skal til syn, og så lyser motorlampen også.
Værkfører: Hvad er nummerpladen?
Kunde: CV 41 873. Det er en Skoda Octavia fra 2016.
Værkfører: Jeg kan se, vi havde den inde i marts. Hvad står kilometertælleren på?
Kunde: Cirka 187.000.
Værkfører: Vi kan tage den tirsdag kl. 7.30. Syn og fejlsøgning er 690 kr. plus reservedele.
Kunde: Fint. Kan I hente den? Den holder hjemme på Hasselvej 21, 2630 Taastrup. Min kone, Leila, er hjemme med nøglen.
Værkfører: Det kan vi godt. Hvilket nummer kan jeg ringe på?
Kunde: 29 63 05 18.
Værkfører: Og hvor skal fakturaen hen?
Kunde: Send den til ahmad.rahimi@example.com. Og min kones bil skal også have skiftet til sommerdæk, det er en Toyota Aygo, BN 29 514.
Værkfører: Den kan vi tage samme dag. Dækskift er 350 kr.
Kunde: Perfekt, tak Lasse.
""", [
    name("Lasse"),
    name("Ahmad Rahimi"),
    pii("plate", "CV 41 873"),
    only("address", "Hasselvej 21, 2630 Taastrup", "Hasselvej 21", "2630"),
    name("Leila"),
    pii("phone", "29 63 05 18"),
    email("ahmad.rahimi@example.com"),
    pii("plate", "BN 29 514"),
], [
    la("company_name", "Autohuset Brødrene Dahl"),
    la("product_name", "Skoda Octavia"),
    la("quantity", "187.000"),
    la("time", "tirsdag kl. 7.30"),
    la("price", "690 kr."),
    la("product_name", "Toyota Aygo"),
    la("price", "350 kr."),
]))

# 010 pet insurance, NemKonto, Rådgiver:/Kunde:
RECORDS.append(rec("da-call-010", """
Rådgiver: Dyretryg, du taler med Emil.
Kunde: Hej, det er Line Frederiksen. Jeg ringer om min hund, Bølle, han har spist en sok og er blevet opereret.
Rådgiver: Åh nej. Er han okay nu?
Kunde: Ja, han er hjemme igen, han er bare lidt træt.
Rådgiver: Godt at høre. Har du dit policenummer?
Kunde: Ja, DT-4418209.
Rådgiver: Tak. Og lige for at bekræfte, din fødselsdato?
Kunde: Ottende december treogfirs.
Rådgiver: Tak. Jeg kan se regningen fra Dyrehospitalet Vest, den er på 14.860 kr. Din selvrisiko er 1.500 kr., så vi udbetaler 13.360 kr.
Kunde: Kan I sætte dem ind på min mands konto? Det er reg. 3409, konto 1211750981, han hedder Mads Frederiksen.
Rådgiver: Desværre, vi udbetaler altid til forsikringstagers NemKonto. Så skal jeg bruge dit CPR-nummer.
Kunde: Det er 081283-0198.
Rådgiver: Tak. Du bor stadig på Søndervangen 5, 8210 Aarhus V?
Kunde: Ja.
Rådgiver: Så sender jeg afgørelsen til line.frederiksen@example.com, og vi ringer, hvis vi mangler noget. Er det 22 91 47 36?
Kunde: Ja, det er det.
Rådgiver: God bedring til Bølle!
""", [
    name("Emil"),
    name("Line Frederiksen"),
    pii("birth_date", "Ottende december treogfirs"),
    only("iban", "reg. 3409, konto 1211750981", "1211750981"),
    name("Mads Frederiksen"),
    pii("national_id", "081283-0198"),
    only("address", "Søndervangen 5, 8210 Aarhus V", "Søndervangen 5", "8210"),
    email("line.frederiksen@example.com"),
    pii("phone", "22 91 47 36"),
], [
    la("company_name", "Dyretryg"),
    la("pet_name", "Bølle"),
    la("policy_number", "DT-4418209"),
    la("company_name", "Dyrehospitalet Vest"),
    la("price", "14.860 kr."),
    la("price", "1.500 kr."),
    la("price", "13.360 kr."),
    la("product_name", "NemKonto"),
]))

# 011 travel agency, passports, ASR lower case with Speaker A/B
RECORDS.append(rec("da-call-011", """
Speaker A: sydrejser goddag du taler med julie
Speaker B: ja goddag det er thomas kofoed vi har en rejse til gran canaria i juli og jeg tror vi har tastet pasnumrene forkert
Speaker A: det kan vi rette hvad er bookingnummeret
Speaker B: s r otte otte to tre en
Speaker A: tak jeg har dig her to voksne og et barn hvad er dit pasnummer
Speaker B: øh det er to nul ni fire otte en syv tre seks
Speaker A: og for louise kofoed
Speaker B: hendes er to en en fem nul tre otte to ni
Speaker A: og jeres søn oscar hvad er hans fødselsdato
Speaker B: han er født den tredje februar to tusind og seksten
Speaker A: så er det rettet i er på flyet d x fire fire en to den tolvte juli klokken seks fyrre fra billund
Speaker B: super og kan vi tilkøbe ekstra bagage
Speaker A: ja det koster to hundrede kroner per kuffert per vej
Speaker B: så tager vi en ekstra kuffert
Speaker A: så sender jeg den nye rejseplan til din mail
Speaker B: thomas kofoed snabel a example punktum net
Speaker A: og jeg har mobilnummeret otteogtyve femoghalvtreds tolv nul ni
Speaker B: ja det er rigtigt
Speaker A: god tur til gran canaria
""", [
    name("julie"),
    name("thomas kofoed"),
    pii("national_id", "to nul ni fire otte en syv tre seks"),
    name("louise kofoed"),
    pii("national_id", "to en en fem nul tre otte to ni"),
    name("oscar"),
    pii("birth_date", "den tredje februar to tusind og seksten"),
    email("thomas kofoed snabel a example punktum net", "thomas kofoed"),
    pii("phone", "otteogtyve femoghalvtreds tolv nul ni"),
], [
    la("company_name", "sydrejser"),
    la("place_name", "gran canaria"),
    la("booking_reference", "s r otte otte to tre en"),
    la("flight_number", "d x fire fire en to"),
    la("date", "den tolvte juli"),
    la("time", "klokken seks fyrre"),
    la("price", "to hundrede kroner per kuffert per vej"),
]))

# 012 housing association, water leak, Driftskontor:/Beboer:
RECORDS.append(rec("da-call-012", """
Driftskontor: Boligselskabet Fjordhuse, driftskontoret, det er Preben.
Beboer: Hej Preben, det er Karina Munk fra Kildevænget 14, 2. th. Der løber vand ned ad væggen i mit badeværelse!
Driftskontor: Av. Det må komme fra lejligheden ovenover. Ved du, hvem der bor der?
Beboer: Det er Jens Thygesen på tredje, men han svarer ikke, når jeg banker på.
Driftskontor: Har du hans nummer?
Beboer: Ja, det er 61 30 24 87, men han tager den ikke.
Driftskontor: Så kommer jeg op med hovednøglen. Hvad er dit lejemålsnummer? Det står på huslejeopkrævningen.
Beboer: Afdeling 12, lejemål 0341.
Driftskontor: Tak. Jeg tager VVS-firmaet Hansen & Søn med, hvis det er et rør. Er du hjemme?
Beboer: Jeg er på arbejde, men min søn Viktor er hjemme, han er 15.
Driftskontor: Det er fint. Hvilket nummer kan jeg ringe på bagefter?
Beboer: 27 40 83 16. Og send gerne billeder til karina.munk@example.org, så jeg kan give dem til mit forsikringsselskab.
Driftskontor: Det gør jeg. Jeg er der inden for en halv time.
""", [
    name("Preben"),
    name("Karina Munk"),
    only("address", "Kildevænget 14, 2. th.", "Kildevænget 14"),
    name("Jens Thygesen"),
    pii("phone", "61 30 24 87"),
    name("Viktor"),
    pii("phone", "27 40 83 16"),
    email("karina.munk@example.org"),
], [
    la("company_name", "Boligselskabet Fjordhuse"),
    la("reference", "Afdeling 12"),
    la("reference", "lejemål 0341"),
    la("company_name", "VVS-firmaet Hansen & Søn"),
    la("duration", "en halv time"),
    la("quantity", "han er 15"),
]))
