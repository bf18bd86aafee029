# Danish-language records (DK, Faroe Islands, Greenland).  Hand-written.
from _h import P, L, R

RECORDS = []
add = RECORDS.append

# ------------------------------------------------------------------ calls

add(R("da-call-001", """
Opkald 2024-02-07 kl. 08:53 | Kø: Flytning | Varighed 6:41
Medarbejder: Godmorgen, det er Kasper fra Nordlys Energi.
Kunde: Hej, det er Mette Kjær. Jeg skal flytte og vil gerne have min elaftale med.
Medarbejder: Det kan vi sagtens. Må jeg bede om dit CPR-nummer?
Kunde: Ja, det er 120484-1072.
Medarbejder: Tak. Hvad er den nye adresse?
Kunde: Vestergade 14, 2. th., 8000 Aarhus C.
Medarbejder: Og hvornår overtager du?
Kunde: Den første marts. Den gamle adresse er Skovvejen 3, 1. tv., 8240 Risskov, og måleren dér står på 48213 kWh.
Medarbejder: Fint. Jeg kan se målepunkt-ID 571313104400876512 på den nye adresse. Vil du beholde Betalingsservice fra samme konto?
Kunde: Nej, den skal over på vores fælles konto. Reg.nr. 5301, kontonummer 4948996884. Den står også i min kærestes navn, Jonas Brandt.
Medarbejder: Og et telefonnummer, vi kan sende SMS til?
Kunde: Femogtyve, tolv, otteogtredive, niogfyrre.
Medarbejder: 25 12 38 49, tak. Og e-mail?
Kunde: mette.kjaer@example.dk.
Medarbejder: Din a conto-rate bliver 785 kr. om måneden. Aftalenummeret er 30-448127. Er der andet?
Kunde: Nej, tak for hjælpen, Kasper.
""", [
    P("Kasper", "name"),
    P("Mette Kjær", "name"),
    P("120484-1072", "national_id", chk="cpr"),
    P("Vestergade 14, 2. th., 8000 Aarhus C", "address", mns=["Vestergade 14, 2. th.", "8000"]),
    P("Skovvejen 3, 1. tv., 8240 Risskov", "address", mns=["Skovvejen 3, 1. tv.", "8240"]),
    P("4948996884", "iban", chk="dk_account"),
    P("Jonas Brandt", "name"),
    P("25 12 38 49", "phone", also=["Femogtyve, tolv, otteogtredive, niogfyrre"]),
    P("mette.kjaer@example.dk", "email"),
], [
    L("48213 kWh", "meter_reading"), L("571313104400876512", "ean"), L("785 kr.", "price"),
    L("30-448127", "contract_number"), L("Varighed 6:41", "duration"), L("Den første marts", "date"),
]))

add(R("da-call-002", """
spk_0: du taler med ida fra telefix hvad kan jeg hjælpe med
spk_1: øh ja hej det er søren østergaard jeg har fået en regning på tusind og firs kroner og jeg plejer at betale to hundrede og nioghalvfems
spk_0: det lyder forkert lad mig lige finde dig hvad er dit mobilnummer
spk_1: det er toogfyrre seksogtres nul otte elleve
spk_0: tak og kan du bekræfte din fødselsdato
spk_1: niende i tredje nitten halvfjerds
spk_0: super jeg kan se der er brugt seks gigabyte roaming i tyskland det er det der koster
spk_1: nå men jeg var i berlin med min søn mikkel det var hans telefon det er et ekstra kort på mit abonnement
spk_0: ja det er nummeret otteogtyve halvfjerds nul fire niogtres
spk_1: ja det er hans
spk_0: øh jeg kan give dig en kulance på halvdelen så fem hundrede og fyrre kroner
spk_1: det er fint
spk_0: og vi sender stadig papirregning til ahornvej elleve i silkeborg skal jeg lave det om til mail
spk_1: ja søren punktum oestergaard snabel a example punktum dk
spk_0: søren med ø
spk_1: nej s o e r e n
spk_0: perfekt sagsnummer er t fire fire otte to ni hav en god dag
""", [
    P("ida", "name"),
    P("søren østergaard", "name"),
    P("toogfyrre seksogtres nul otte elleve", "phone", digits="42 66 08 11"),
    P("niende i tredje nitten halvfjerds", "birth_date"),
    P("mikkel", "name"),
    P("otteogtyve halvfjerds nul fire niogtres", "phone", digits="28 70 04 69"),
    P("ahornvej elleve", "address", mns=["ahornvej elleve"]),
    P("søren punktum oestergaard snabel a example punktum dk", "email", also=["s o e r e n"]),
], [
    L("tusind og firs kroner", "price"), L("to hundrede og nioghalvfems", "price"),
    L("seks gigabyte", "quantity"), L("fem hundrede og fyrre kroner", "price"),
    L("t fire fire otte to ni", "case_number"), L("telefix", "company"),
]))

add(R("da-call-003", """
Borgerservice Odense Kommune - telefonopkald 11.03.2024 10:26
SB: Borgerservice, du taler med Louise.
Borger: Hej, mit navn er Farid Sultani. Min datter har mistet sit sundhedskort, det gule kort, og hun skal til tandlæge på torsdag.
SB: Det kan vi godt hjælpe med. Hvad er hendes CPR-nummer?
Borger: 080312-4545. Hun hedder Yasmin.
SB: Og du er far til Yasmin, kan jeg se. Dit eget CPR-nummer?
Borger: 031171-2553.
SB: Tak. I bor på Hjallesevej 58, 1. sal, 5230 Odense M. Er det stadig rigtigt?
Borger: Ja.
SB: Hun kan bruge det digitale sundhedskort i appen, men et nyt plastikkort koster 205 kr.
Borger: Hun har ikke en smartphone, hun er kun tolv. Vi tager et nyt kort.
SB: Så sender jeg en betalingsanmodning via MobilePay til dit nummer, er det 31 47 82 06?
Borger: Nej, det er min kones nummer, Nasrin. Mit er 60 18 39 27.
SB: Jeg retter det. Kortet bliver sendt inden for 2 uger. Hendes læge er stadig Lægerne Ørbækvej, doktor Henrik Lund?
Borger: Ja, det er rigtigt.
SB: Sagsnummeret er 24/08815. Hav en god dag.
""", [
    P("Louise", "name"),
    P("Farid Sultani", "name"),
    P("080312-4545", "national_id", chk="cpr"),
    P("Yasmin", "name"),
    P("031171-2553", "national_id", chk="cpr"),
    P("Hjallesevej 58, 1. sal, 5230 Odense M", "address", mns=["Hjallesevej 58, 1. sal", "5230"]),
    P("31 47 82 06", "phone"),
    P("Nasrin", "name"),
    P("60 18 39 27", "phone"),
    P("Henrik Lund", "name"),
], [
    L("205 kr.", "price"), L("2 uger", "duration"), L("24/08815", "case_number"), L("på torsdag", "date"),
    L("11.03.2024 10:26", "timestamp"), L("Lægerne Ørbækvej", "clinic"),
]))

add(R("da-call-004", """
[00:00] Rådgiver: Velkommen til Vestnorden Bank, du taler med Sigrid.
[00:04] Kunde: Hej, det er Jóhanna Joensen fra Tórshavn. Mit kort er blevet slugt af en automat i Kastrup lufthavn.
[00:12] Rådgiver: Åh nej. Så spærrer vi det lige. Kan du oplyse dit p-tal?
[00:16] Kunde: 140281-953.
[00:22] Rådgiver: Tak. Jeg kan se to kort. Er det Visa/Dankort 4571 4610 3610 2460?
[00:30] Kunde: Ja, det er det.
[00:33] Rådgiver: Det er nu spærret. Et nyt kort koster 150 kr. og sendes normalt til din adresse, Niels Finsens gøta 9, FO-100 Tórshavn.
[00:45] Kunde: Men jeg er i København til den 20., jeg bor hos min bror Rógvi. Kan det sendes dertil?
[00:51] Rådgiver: Ja, til en midlertidig adresse. Hvad er den?
[00:54] Kunde: Amagerbrogade 131, 4. tv., 2300 København S. Der står Rógvi Joensen på døren.
[01:05] Rådgiver: Fint. Har du brug for kontanter imens? Jeg kan overføre fra din konto FO54 6460 4499 5168 31 til hans.
[01:14] Kunde: Ja tak, overfør 3.000 kr. til hans konto, reg. 3409 konto 6395808187.
[01:25] Rådgiver: Det er sat i gang. Vi sender en bekræftelse på SMS til +298 21 84 37.
[01:30] Kunde: Tak skal du have.
""", [
    P("Sigrid", "name"),
    P("Jóhanna Joensen", "name"),
    P("140281-953", "national_id", chk="fo_ptal"),
    P("4571 4610 3610 2460", "card"),
    P("Niels Finsens gøta 9, FO-100 Tórshavn", "address", mns=["Niels Finsens gøta 9", "FO-100"]),
    P("Rógvi Joensen", "name"),
    P("Amagerbrogade 131, 4. tv., 2300 København S", "address", mns=["Amagerbrogade 131, 4. tv.", "2300"]),
    P("FO54 6460 4499 5168 31", "iban"),
    P("6395808187", "iban", chk="dk_account"),
    P("+298 21 84 37", "phone"),
], [
    L("150 kr.", "price"), L("3.000 kr.", "price"), L("den 20.", "date"), L("[01:05]", "timestamp"),
    L("Kastrup lufthavn", "place"), L("Vestnorden Bank", "company"),
]))

add(R("da-call-005", """
pakkeservice goddag det er frederik
hej det er aviaja kristiansen jeg ringer fra nuuk jeg venter på en pakke fra harald nyborg den har været undervejs i tre uger
ja pakker til grønland går med skib det kan tage op til seks uger har du track and trace nummeret
ja det er øh c p to to otte fire syv fire ni fem d k
tak jeg kan se den står i aalborg og venter på skibet den tolvte april hvad er adressen den skal til
aqqusinersuaq tolv lejlighed fem niogtredive hundrede nuuk
og et telefonnummer i grønland
plus to ni ni to to fire fire tre otte
og hvis vi ikke kan nå dig
så min mand nuka han har nummer fem to en fem seks syv
jeg skriver det på og så kan du følge den på mail hvad er din mail
aviaja punktum k snabel a example punktum dk
og dit fulde navn igen til fragtbrevet
aviaja a v i a j a kristiansen
tak aviaja du får en mail når den er lastet
""", [
    P("frederik", "name"),
    P("aviaja kristiansen", "name", also=["a v i a j a"]),
    P("aqqusinersuaq tolv lejlighed fem", "address", mns=["aqqusinersuaq tolv lejlighed fem"]),
    P("niogtredive hundrede", "postcode"),
    P("plus to ni ni to to fire fire tre otte", "phone", digits="+299 22 44 38"),
    P("nuka", "name"),
    P("fem to en fem seks syv", "phone", digits="52 15 67"),
    P("aviaja punktum k snabel a example punktum dk", "email"),
], [
    L("harald nyborg", "company_named_after_person"), L("tre uger", "duration"), L("seks uger", "duration"),
    L("c p to to otte fire syv fire ni fem d k", "tracking_number"), L("den tolvte april", "date"),
]))

add(R("da-call-006", """
[00:00:01] Speaker 0: Skadeservice, Trygsam Forsikring, det er Mikkel.
[00:00:04] Speaker 1: Hej Mikkel, Lars Thygesen her. Jeg har været ude for et færdselsuheld her til morgen.
[00:00:10] Speaker 0: Det er jeg ked af at høre. Er nogen kommet til skade?
[00:00:13] Speaker 1: Nej, heldigvis ikke. Det var på Roskildevej ved Glostrup. En bakkede ud fra en parkeringsplads og ramte min bagskærm.
[00:00:22] Speaker 0: Hvad er din nummerplade?
[00:00:24] Speaker 1: CX 47 219.
[00:00:27] Speaker 0: Og modpartens?
[00:00:29] Speaker 1: Han havde en tysk bil, HH-LK 4471. Han hedder Thorsten Behrendt, fra Hamborg.
[00:00:38] Speaker 0: Fik du hans kontaktoplysninger?
[00:00:40] Speaker 1: Ja, +49 170 5528143. Og hans forsikring var Allianz med policenummer AS-55018823.
[00:00:52] Speaker 0: Godt. Var der vidner?
[00:00:54] Speaker 1: En dame, Birthe Mølgaard, hun gav mig sit nummer, 22 91 04 58.
[00:01:03] Speaker 0: Super. Politiet?
[00:01:05] Speaker 1: De kom ikke, men jeg har et journalnummer, 0100-80271-00412-24.
[00:01:12] Speaker 0: Fint. Din police er 61-3349870, kasko med selvrisiko 5.000 kr. Bilen kan køres til Autohuset Vestergaard i Albertslund, det er vores partnerværksted.
[00:01:25] Speaker 1: Okay. Kan I sende det hele til lars.thygesen@example.dk?
[00:01:30] Speaker 0: Selvfølgelig. Og dit CPR-nummer til skadesanmeldelsen?
[00:01:33] Speaker 1: 010162-0290.
[00:01:38] Speaker 0: Tak Lars. Skadenummeret er S24-118273.
""", [
    P("Mikkel", "name"),
    P("Lars Thygesen", "name"),
    P("CX 47 219", "plate", chk="dk_plate"),
    P("HH-LK 4471", "plate", chk="de_plate"),
    P("Thorsten Behrendt", "name"),
    P("+49 170 5528143", "phone"),
    P("Birthe Mølgaard", "name"),
    P("22 91 04 58", "phone"),
    P("lars.thygesen@example.dk", "email"),
    P("010162-0290", "national_id", chk="cpr"),
], [
    L("AS-55018823", "policy_number"), L("0100-80271-00412-24", "case_number"), L("61-3349870", "policy_number"),
    L("5.000 kr.", "price"), L("Autohuset Vestergaard", "company_named_after_person"), L("S24-118273", "claim_number"),
]))

add(R("da-call-007", """
LÆGEHUSET I SKANDERBORG - TELEFONTID 08:00-09:00 - 2024-05-13
SEKRETÆR: Lægehuset, det er Pernille.
PATIENT: Godmorgen, jeg hedder Hodan Warsame. Jeg vil gerne bestille tid til min søn, han har haft feber i fire dage.
SEKRETÆR: Hvad er hans CPR-nummer?
PATIENT: 050518-5044.
SEKRETÆR: Tak. Det er Abdirahman, ikke?
PATIENT: Ja.
SEKRETÆR: Han står hos læge Birgitte Holm, men hun er på kursus i dag. Jeg kan give jer en tid hos doktor Rasmussen klokken 11:20.
PATIENT: Det er fint.
SEKRETÆR: Har han fået noget?
PATIENT: Panodil junior, 250 mg, tre gange i døgnet.
SEKRETÆR: Okay. Og dit eget nummer, hvis lægen skal ringe?
PATIENT: 42 17 66 03. Min mand Mahad kan også tage den, 29 30 81 44.
SEKRETÆR: Bor I stadig på Adelgade 72, st.?
PATIENT: Nej, vi er flyttet til Ladegårdsvej 19, 8660 Skanderborg.
SEKRETÆR: Det retter jeg. Husk sundhedskortet. Vi ses klokken 11:20.
""", [
    P("Pernille", "name"),
    P("Hodan Warsame", "name"),
    P("050518-5044", "national_id", chk="cpr"),
    P("Abdirahman", "name"),
    P("Birgitte Holm", "name"),
    P("Rasmussen", "name"),
    P("42 17 66 03", "phone"),
    P("Mahad", "name"),
    P("29 30 81 44", "phone"),
    P("Adelgade 72, st.", "address", mns=["Adelgade 72"]),
    P("Ladegårdsvej 19, 8660 Skanderborg", "address", mns=["Ladegårdsvej 19", "8660"]),
], [
    L("Panodil junior, 250 mg", "medication"), L("tre gange i døgnet", "quantity"), L("klokken 11:20", "time"),
    L("fire dage", "duration"), L("08:00-09:00", "time"), L("2024-05-13", "date"),
]))

add(R("da-call-008", """
[SPEAKER 1] Boligselskabet Fjordly, driftskontoret, du taler med Rune.
[SPEAKER 2] Hej, det er Ayşe Demir fra afdeling 14. Jeg bor på Fjordparken 22, 3. th. Der er vand i kælderrummet igen.
[SPEAKER 1] Åh, det er tredje gang. Har du snakket med varmemesteren?
[SPEAKER 2] Jeg har prøvet at ringe til Jan, men han tager den ikke.
[SPEAKER 1] Han er syg i denne uge. Jeg opretter en sag, nummer 2024-0412-77. Er det kælderrum nummer 31?
[SPEAKER 2] Ja. Og naboen, Kurt Mortensen, har også vand, han bad mig sige det.
[SPEAKER 1] Okay. Vi har tilkaldt VVS-firmaet Poul Erik Hansen ApS, de kommer i morgen mellem 7 og 15. Kan de låne en nøgle?
[SPEAKER 2] Min søster Elif har en nøgle, hun bor ovenpå. Hendes nummer er 53 28 17 90.
[SPEAKER 1] Fint. Og dit?
[SPEAKER 2] 71 84 22 09.
[SPEAKER 1] Der er også en restance på huslejen fra april, 6.842,50 kr. Den bliver trukket via Betalingsservice den første.
[SPEAKER 2] Ja, jeg har skiftet bank. Den nye konto er DK88 1551 7486 2570 29.
[SPEAKER 1] Den skal du selv tilmelde i din netbank. Vil du have kvittering på mail?
[SPEAKER 2] Ja, ayse.demir@example.dk.
""", [
    P("Rune", "name"),
    P("Ayşe Demir", "name"),
    P("Fjordparken 22, 3. th.", "address", mns=["Fjordparken 22, 3. th."]),
    P("Jan", "name"),
    P("Kurt Mortensen", "name"),
    P("Elif", "name"),
    P("53 28 17 90", "phone"),
    P("71 84 22 09", "phone"),
    P("DK88 1551 7486 2570 29", "iban"),
    P("ayse.demir@example.dk", "email"),
], [
    L("afdeling 14", "department"), L("2024-0412-77", "case_number"), L("kælderrum nummer 31", "unit_number"),
    L("Poul Erik Hansen ApS", "company_named_after_person"), L("mellem 7 og 15", "time"), L("6.842,50 kr.", "price"),
]))

add(R("da-call-009", """
— Lønservice, det er Camilla.
— Hej Camilla, det er Ahmad Rahimi fra lageret i Kolding, medarbejdernummer 11873.
— Hej Ahmad. Hvad kan jeg hjælpe med?
— Jeg har fået trukket alt for meget i skat i maj. Der er trukket 55 procent.
— Lad mig se... Vi havde ikke modtaget dit skattekort, så der er brugt bikort. Hvad er dit CPR-nummer?
— 240690-1491.
— Tak. Skattekortet kom i går. Trækprocenten er 37 og fradraget 5.200 kr. om måneden. Vi efterregulerer på næste lønseddel.
— Okay. Og lønnen skal fremover gå til min nye konto, reg.nr. 9570 kontonr. 2477356092.
— Hvis det er din NemKonto, skal du ændre den i banken. Ellers skal du udfylde en blanket, som din leder skal skrive under. Hvem er din leder?
— Det er Karsten Bjerre.
— Så sender jeg blanketten til din mail, er det stadig ahmad.r@example.com?
— Ja. Og jeg har fået ny adresse: Låsbygade 41, 1. th., 6000 Kolding.
— Den opdaterer vi automatisk fra CPR-registret. Har du stadig samme telefonnummer?
— Nej, det er 28 61 40 77 nu.
— Noteret. Hav en god dag, Ahmad.
""", [
    P("Camilla", "name"),
    P("Ahmad Rahimi", "name"),
    P("240690-1491", "national_id", chk="cpr"),
    P("2477356092", "iban", chk="dk_account"),
    P("Karsten Bjerre", "name"),
    P("ahmad.r@example.com", "email"),
    P("Låsbygade 41, 1. th., 6000 Kolding", "address", mns=["Låsbygade 41, 1. th.", "6000"]),
    P("28 61 40 77", "phone"),
], [
    L("medarbejdernummer 11873", "employee_number"), L("55 procent", "quantity"),
    L("Trækprocenten er 37", "tax_rate"), L("5.200 kr.", "price"), L("i maj", "date"), L("næste lønseddel", "document"),
]))

add(R("da-call-010", """
A: FitZone Aalborg, det er Oliver.
B: Hej, jeg vil gerne opsige mit medlemskab. Det er Line Bøgh.
A: Hvordan staves efternavnet?
B: B som Bernhard, Ø som Øresund, G som Georg, H som Hans.
A: Tak. Jeg har to med det navn. Kan du give mig din fødselsdato?
B: 30. september 1988.
A: Så har jeg dig. Medlemsnummer 7700-31442, Basis-abonnement til 249 kr. om måneden. Opsigelsesperioden er løbende måned plus én, så sidste træningsdag er 31. juli.
B: Okay. Det er min mand, Morten Bøgh, der betaler med sit kort.
A: Ja, der står et Mastercard på Morten. Skal vi fjerne kortet?
B: Ja tak.
A: Det gør jeg. Adressen er stadig Hasserisgade 20, 2. tv.?
B: Ja.
A: Bekræftelsen sendes på SMS til 31 09 77 52 og til line.boegh@example.dk.
B: Fint. Og min veninde Maja Kristensen fortsætter, hun spurgte om hun kan få mit skab nummer 112.
A: Det kan hun godt, hvis hun kommer forbi receptionen.
B: Super. Nu skal jeg hjem og lufte Bamse. Tak for hjælpen.
""", [
    P("Oliver", "name"),
    P("Line Bøgh", "name", also=["B som Bernhard, Ø som Øresund, G som Georg, H som Hans"]),
    P("30. september 1988", "birth_date"),
    P("Morten Bøgh", "name"),
    P("Hasserisgade 20, 2. tv.", "address", mns=["Hasserisgade 20, 2. tv."]),
    P("31 09 77 52", "phone"),
    P("line.boegh@example.dk", "email"),
    P("Maja Kristensen", "name"),
], [
    L("7700-31442", "member_number"), L("249 kr.", "price"), L("31. juli", "date"),
    L("skab nummer 112", "locker_number"), L("Bamse", "pet_name"), L("FitZone Aalborg", "company"),
]))

add(R("da-call-011", """
Rejsekonsulent: Sol & Strand Rejser, det er Natasha.
Kunde: Hej, det er Peter Vang Nielsen. Vi har bestilt Mallorca i efterårsferien, bestillingsnummer SS-4471902.
Rejsekonsulent: Ja, afrejse lørdag den 12. oktober fra Billund kl. 06:40. Hvad kan jeg hjælpe med?
Kunde: Vi skal have min svigermor med, Inger Vang, hun er født 15. december 1955.
Rejsekonsulent: Det kan lade sig gøre. Tillægget er 4.295 kr. Skal hun bo på samme værelse?
Kunde: Nej, eget enkeltværelse. Og så skal I bruge pasnumre, ikke? Mit er 206483712, min kones 211907354. Svigermors har jeg ikke her.
Rejsekonsulent: Ja, dem skal vi have. Din kones fulde navn?
Kunde: Khadija Vang Nielsen.
Rejsekonsulent: Tak. Restbeløbet på 18.640 kr. forfalder 1. september. Vil du betale nu?
Kunde: Ja, med Visa/Dankort 4571 7201 5566 3499.
Rejsekonsulent: Kortoplysninger må jeg ikke tage over telefonen, men du får et betalingslink på SMS. Hvilket nummer?
Kunde: 40 22 18 93.
Rejsekonsulent: Perfekt. God tur!
""", [
    P("Natasha", "name"),
    P("Peter Vang Nielsen", "name"),
    P("Inger Vang", "name"),
    P("15. december 1955", "birth_date"),
    P("206483712", "national_id", chk="passport"),
    P("211907354", "national_id", chk="passport"),
    P("Khadija Vang Nielsen", "name"),
    P("4571 7201 5566 3499", "card"),
    P("40 22 18 93", "phone"),
], [
    L("SS-4471902", "booking_number"), L("lørdag den 12. oktober", "date"), L("kl. 06:40", "time"),
    L("4.295 kr.", "price"), L("18.640 kr.", "price"), L("1. september", "date"),
]))

add(R("da-call-012", """
— vesterbro skole kontoret det er hanne
— hej hanne det er pipaluk lynge jeg er mor til inuk i 2.b
— hej ja
— øh inuk skal hentes af sin morfar i dag han hedder kaali egede og han har ikke hentet før
— okay så skal jeg lige have hans fødselsdato så sfo kan tjekke ham
— øh han er født den anden januar nitten tres
— og hans telefonnummer
— tooghalvfjerds femten nul ni fireogtredive
— tak jeg skriver det til malene i sfo'en og så mangler vi stadig jeres nye adresse i forældreintra
— ja det er enghavevej seksogtyve fjerde sal
— postnummer
— fireogtyve halvtreds
— og din mail
— pipaluk punktum lynge snabel a example punktum dk
— super og så skal du huske at betale sfo for juni det er 1.980 kroner
— ja det står på betalingsservice
— jamen så er det på plads hej hej
""", [
    P("hanne", "name"),
    P("pipaluk lynge", "name"),
    P("inuk", "name"),
    P("kaali egede", "name"),
    P("den anden januar nitten tres", "birth_date"),
    P("tooghalvfjerds femten nul ni fireogtredive", "phone", digits="72 15 09 34"),
    P("malene", "name"),
    P("enghavevej seksogtyve fjerde sal", "address", mns=["enghavevej seksogtyve fjerde sal"]),
    P("fireogtyve halvtreds", "postcode", digits="2450"),
    P("pipaluk punktum lynge snabel a example punktum dk", "email"),
], [
    L("vesterbro skole", "school"), L("2.b", "class"), L("i dag", "date"), L("1.980 kroner", "price"),
    L("for juni", "date"),
]))

# ------------------------------------------------------------------ chats

add(R("da-chat-001", """
Chat startet 14.02.2024 kl. 20:11 | elhjem.example.dk
Sofie (chatbot): Hej! Jeg er Sofie 🤖 Hvad kan jeg hjælpe dig med i dag?
Kunde: min højtaler er gået i stykker
Sofie (chatbot): Øv! Er den købt hos os? Skriv dit ordrenummer (fx EH-100200300).
Kunde: EH-204881937
Sofie (chatbot): Tak! Jeg sætter dig i forbindelse med en kollega. Forventet ventetid: 3 min.
[Mathias har overtaget samtalen]
Mathias: Hej, det er Mathias 😊 Jeg kan se en Bang & Olufsen Beosound A1, købt 3. november 2023 til 2.199 kr. Hvad er der galt?
Kunde: den lader ikke mere. lyset blinker orange
Mathias: Den er dækket af reklamationsretten. Jeg laver en RMA. Hvem står ordren på?
Kunde: Frederikke Holm-Larsen, Nørregade 8, 1. tv., 4600 Køge
Mathias: Tak Frederikke. Vi sender en returlabel til frederikke.hl@example.dk?
Kunde: ja. mit nr er 51 73 20 46 og hvis den skal hentes så ring til min kæreste Mads på 26 84 19 03
Mathias: Noteret. RMA-nummer er RMA-88213. Husk at vedlægge kvitteringen 👍
Kunde: og hvis den ikke kan repareres vil jeg ha pengene tilbage på mit kort, det var 5019 2984 5132 6407
Mathias: Tak, men skriv aldrig dit kortnummer i chatten 🙈 Pengene går automatisk tilbage til det kort, du betalte med.
Kunde: ok sry
""", [
    P("Mathias", "name"),
    P("Frederikke Holm-Larsen", "name"),
    P("Nørregade 8, 1. tv., 4600 Køge", "address", mns=["Nørregade 8, 1. tv.", "4600"]),
    P("frederikke.hl@example.dk", "email"),
    P("51 73 20 46", "phone"),
    P("Mads", "name"),
    P("26 84 19 03", "phone"),
    P("5019 2984 5132 6407", "card"),
], [
    L("Sofie", "chatbot_name"), L("EH-204881937", "order_number"), L("EH-100200300", "order_number"),
    L("Bang & Olufsen Beosound A1", "product_company_named_after_person"), L("3. november 2023", "date"),
    L("2.199 kr.", "price"), L("RMA-88213", "case_number"), L("3 min.", "duration"),
]))

add(R("da-chat-002", """
[03.04.24 09:12:44] Jensen & Søn Tømrer: Hej Birgit, tak for din henvendelse. Vi kan komme og se på vinduerne fredag kl. 8. Hvad er adressen?
[03.04.24 09:20:03] Birgit Nørgaard: Hej, det er Elmevej 5, 3460 Birkerød. Der er en stor hund, Bølle, men han er sød 🐕
[03.04.24 09:21:15] Jensen & Søn Tømrer: Haha det er fint 😄 Det bliver Anders der kommer, han er vores svend.
[03.04.24 09:25:40] Birgit Nørgaard: Super. Det er 6 vinduer i stuen og 2 i køkkenet. Træet er råddent i bunden.
[05.04.24 14:02:18] Jensen & Søn Tømrer: Hej Birgit. Anders har målt op. Tilbud: udskiftning af 8 vinduer inkl. montering 64.800 kr. ekskl. moms. Tilbud nr. T-2024-031.
[05.04.24 14:30:55] Birgit Nørgaard: Puha. Kan man få håndværkerfradrag?
[05.04.24 14:33:10] Jensen & Søn Tømrer: Ja, for arbejdslønnen. Det skal du selv indberette, du skal bruge vores CVR 31 45 77 20.
[05.04.24 14:40:12] Birgit Nørgaard: ok. Min mand Ole skal også lige se det. Kan du sende tilbuddet til ole.noergaard@example.dk og mig på birgit.n@example.dk
[05.04.24 14:41:00] Jensen & Søn Tømrer: Gør jeg 👍
[08.04.24 19:03:27] Birgit Nørgaard: Vi siger ja. Depositum er overført fra 2000-2184090536
[08.04.24 19:03:51] Birgit Nørgaard: ‎billede udeladt
[08.04.24 19:10:02] Jensen & Søn Tømrer: Modtaget, tak! Vi starter i uge 18. Anders ringer til dig på 29 40 63 17 dagen før.
""", [
    P("Birgit Nørgaard", "name"),
    P("Elmevej 5, 3460 Birkerød", "address", mns=["Elmevej 5", "3460"]),
    P("Anders", "name"),
    P("Ole", "name"),
    P("ole.noergaard@example.dk", "email"),
    P("birgit.n@example.dk", "email"),
    P("2000-2184090536", "iban", chk="dk_account"),
    P("29 40 63 17", "phone"),
], [
    L("Jensen & Søn Tømrer", "company_named_after_person"), L("Bølle", "pet_name"), L("fredag kl. 8", "date"),
    L("64.800 kr.", "price"), L("T-2024-031", "quote_number"), L("CVR 31 45 77 20", "company_registration"),
    L("uge 18", "date"), L("6 vinduer", "quantity"),
]))

add(R("da-chat-003", """
Messenger
Cykelsmeden Vesterbro
I dag 15:47
Tharshini Sivakumar: hej 👋 er min cykel klar?? afleverede den mandag
Cykelsmeden Vesterbro: Hej Tharshini! Hvilken cykel er det? 🚲
Tharshini Sivakumar: en christiania ladcykel, sort. skulle ha nye bremser
Cykelsmeden Vesterbro: Den står her! Reparationsnr. 5521. Nye skivebremser for og bag + justering = 1.450 kr
Tharshini Sivakumar: okay dyrt men ok 😅 kan min bror hente den? han hedder Arun
Cykelsmeden Vesterbro: Ja sagtens, han skal bare vise id eller sige dit tlf nr
Tharshini Sivakumar: 50 62 31 84
Cykelsmeden Vesterbro: Perfekt. Vi har åbent til 17.30 i dag. Hilsen Jakob
Tharshini Sivakumar: kan jeg betale m mobilepay nu så han bare kan ta den
Cykelsmeden Vesterbro: Ja, MobilePay box 44 81 20 😊
Tharshini Sivakumar: betalt ✅ fra min brors konto tho, Arun Sivakumar
Tharshini Sivakumar: og kan i sende kvittering til tharshini.s@example.com
Cykelsmeden Vesterbro: Klart! Forresten, din adresse i systemet er Istedgade 98, 4. th., 1650 Kbh V, passer det?
Tharshini Sivakumar: nej flyttet til Valby, Toftegårds Allé 12, 2500 Valby
Cykelsmeden Vesterbro: Rettet 👍
""", [
    P("Tharshini Sivakumar", "name"),
    P("Arun Sivakumar", "name"),
    P("50 62 31 84", "phone"),
    P("Jakob", "name"),
    P("tharshini.s@example.com", "email"),
    P("Istedgade 98, 4. th., 1650 Kbh V", "address", mns=["Istedgade 98, 4. th.", "1650"]),
    P("Toftegårds Allé 12, 2500 Valby", "address", mns=["Toftegårds Allé 12", "2500"]),
], [
    L("Reparationsnr. 5521", "repair_number"), L("1.450 kr", "price"), L("17.30", "time"),
    L("christiania ladcykel", "product"), L("mandag", "date"), L("Cykelsmeden Vesterbro", "company"),
]))

add(R("da-chat-004", """
Netbank Chat · Sydfyns Sparekasse
Logget ind: brugernavn "kjeld.s1961" · MitID · IP 203.0.113.140 · 22-01-2024 21:08
Kjeld Simonsen: Jeg kan ikke overføre penge til mit barnebarn, den siger fejl 4021
Rådgiver Nanna: Hej Kjeld. Det er fordi beløbet overstiger din daglige grænse på 25.000 kr. Hvor meget vil du overføre?
Kjeld Simonsen: 30.000 til Sofie Simonsen, hun skal bruge det til depositum, hendes konto er DK91 0400 6566 6581 20
Rådgiver Nanna: Jeg kan hæve grænsen midlertidigt. Kan du bekræfte dit CPR-nummer?
Kjeld Simonsen: 151255-0013
Rådgiver Nanna: Tak. Grænsen er nu 50.000 kr. i 24 timer.
Kjeld Simonsen: og så vil jeg spærre mit gamle kort, 5019 6481 8084 7364, det er væk
Rådgiver Nanna: Det er spærret nu. Nyt Dankort sendes til Strandvejen 44, 5700 Svendborg. Tip: skriv aldrig hele kortnummeret i chatten 😉
Kjeld Simonsen: ja ja. min kone Grethe sagde det også
Rådgiver Nanna: 😄 Jeg kan også se et login fra en ukendt enhed i går, IP 192.0.2.58, var det dig?
Kjeld Simonsen: det var min søn Henrik på hans computer, han hjælper mig med netbanken
Rådgiver Nanna: Okay. Husk at han ikke må bruge dit MitID. Hav en god aften!
""", [
    P("kjeld.s1961", "username"),
    P("203.0.113.140", "ip"),
    P("Kjeld Simonsen", "name"),
    P("Nanna", "name"),
    P("Sofie Simonsen", "name"),
    P("DK91 0400 6566 6581 20", "iban"),
    P("151255-0013", "national_id", chk="cpr"),
    P("5019 6481 8084 7364", "card"),
    P("Strandvejen 44, 5700 Svendborg", "address", mns=["Strandvejen 44", "5700"]),
    P("Grethe", "name"),
    P("192.0.2.58", "ip"),
    P("Henrik", "name"),
], [
    L("fejl 4021", "error_code"), L("25.000 kr.", "price"), L("30.000", "price"), L("50.000 kr.", "price"),
    L("24 timer", "duration"), L("22-01-2024 21:08", "timestamp"),
]))

add(R("da-chat-005", """
Chat - Telemax Kundeservice - 2024-06-03
Du chatter med Oskar 👋
kunde: hej vil gerne flytte mit nr til jer fra 3
Oskar: Hej! Fedt 😊 Hvilket nummer drejer det sig om?
kunde: 60 55 21 83 og min datters 61 20 48 97
Oskar: Super. Jeg skal bruge navn, cpr og adresse på den der står som ejer hos det gamle selskab
kunde: det er mig begge to. yusuf abdi, 210779-3585, rådhusvej 3 st tv 7100 vejle
Oskar: Tak Yusuf. Og din datters navn til simkortet?
kunde: amina
Oskar: Hvilket abonnement? Vi har Fri Tale + 50 GB til 129 kr/md og 100 GB til 169 kr/md
kunde: 50gb til begge
Oskar: Perfekt. Nummerflytningen sker om 5 hverdage, og simkortene sendes til adressen. Vil du betale med betalingsservice?
kunde: ja reg 5470 konto 2961112422
Oskar: Tak! Bekræftelsen kommer på mail, hvad er din mail?
kunde: yusuf.abdi@example.com
Oskar: Tak og god dag 😊 /Oskar
""", [
    P("Oskar", "name"),
    P("60 55 21 83", "phone"),
    P("61 20 48 97", "phone"),
    P("yusuf abdi", "name", also=["Yusuf"]),
    P("210779-3585", "national_id", chk="cpr"),
    P("rådhusvej 3 st tv 7100 vejle", "address", mns=["rådhusvej 3 st tv", "7100"]),
    P("amina", "name"),
    P("2961112422", "iban", chk="dk_account"),
    P("yusuf.abdi@example.com", "email"),
], [
    L("Fri Tale + 50 GB", "product"), L("129 kr/md", "price"), L("169 kr/md", "price"),
    L("5 hverdage", "duration"), L("2024-06-03", "date"), L("50gb", "quantity"),
]))

add(R("da-chat-006", """
14/08/2023, 18.02 - Beskeder og opkald er end-to-end-krypteret. Ingen uden for denne chat, heller ikke WhatsApp, kan læse eller lytte til dem.
14/08/2023, 18.02 - Villads Udlejning: Hej Cecilie, fraflytningssyn er fredag d. 1/9 kl. 10 på Sankt Hans Gade 7, 2. sal
14/08/2023, 18.10 - Cecilie Bak: Hej, det passer fint. Min far, Steen Bak, kommer også med
14/08/2023, 18.11 - Villads Udlejning: Perfekt. Husk at nøglerne (3 stk) skal afleveres
14/08/2023, 18.30 - Cecilie Bak: Skal depositummet på 27.000 kr. tilbage til min konto? Den er 1551-2855950103
14/08/2023, 18.31 - Cecilie Bak: og skal i bruge mit cpr? 290296-3872
14/08/2023, 18.40 - Villads Udlejning: Nej tak, kontonummeret er nok 🙂
01/09/2023, 11.47 - Villads Udlejning: Tak for i dag. Der er et hul i væggen i soveværelset og malerarbejde, vi trækker 4.350 kr. Resten 22.650 kr. overføres inden 6 uger
01/09/2023, 11.52 - Cecilie Bak: Det hul var der da jeg flyttede ind!! Det står i indflytningsrapporten
01/09/2023, 11.53 - Cecilie Bak: <Medier udeladt>
01/09/2023, 12.20 - Villads Udlejning: Ok jeg tjekker med Lone der lavede indflytningssynet
01/09/2023, 12.21 - Cecilie Bak: Min nye adresse er Ravnsborggade 16, 1. th, 2200 København N hvis i skal sende noget. Og mit nr er skiftet: 93 82 14 70
01/09/2023, 15.04 - Villads Udlejning: Lone bekræfter, vi trækker kun malerarbejdet 1.900 kr. 👍
""", [
    P("Cecilie Bak", "name"),
    P("Sankt Hans Gade 7, 2. sal", "address", mns=["Sankt Hans Gade 7, 2. sal"]),
    P("Steen Bak", "name"),
    P("1551-2855950103", "iban", chk="dk_account"),
    P("290296-3872", "national_id", chk="cpr"),
    P("Lone", "name"),
    P("Ravnsborggade 16, 1. th, 2200 København N", "address", mns=["Ravnsborggade 16, 1. th", "2200"]),
    P("93 82 14 70", "phone"),
], [
    L("Villads Udlejning", "company_named_after_person"), L("fredag d. 1/9 kl. 10", "date"), L("3 stk", "quantity"),
    L("27.000 kr.", "price"), L("4.350 kr.", "price"), L("22.650 kr.", "price"), L("1.900 kr.", "price"),
    L("6 uger", "duration"),
]))

add(R("da-chat-007", """
Support-chat · Webhotel Danmark · Sag #WH-552190
Kunde logget ind som: hbdesign_admin (kundenr. 80311)
Forbindelse: 2001:db8:4a1c:17::2f3
[11:02] Helle Brandstrup: Hej, jeg kan ikke logge på FTP længere. Får "530 Login incorrect"
[11:03] Support (Victor): Hej Helle! FTP-kontoen blev låst efter 5 fejlforsøg fra 2001:db8:ff00:42::8329. Er det din IP?
[11:04] Helle Brandstrup: nej aner det ikke. men min freelancer Nikolaj Ravn har adgang, måske ham?
[11:06] Support (Victor): Kan være. Jeg låser op og nulstiller adgangskoden. Ny kode sendes til helle@hbdesign.example.dk
[11:07] Helle Brandstrup: tak. og kan nikolaj få sin egen konto? hans mail er nikolaj.ravn@example.com
[11:09] Support (Victor): Ja, jeg opretter underkontoen "nravn_ftp" med adgang til /public_html/shop.
[11:10] Helle Brandstrup: super. og jeg vil gerne opgradere til Business-pakken
[11:11] Support (Victor): Business er 89 kr./md. ekskl. moms og 50 GB. Det trækkes fra dit kort som vanligt. Fakturaadressen er stadig Vesterbrogade 112, 3. tv., 1620 København V?
[11:12] Helle Brandstrup: ja. tlf 27 19 50 84 hvis noget
[11:12] Support (Victor): 👍 Hav en god dag
""", [
    P("hbdesign_admin", "username"),
    P("2001:db8:4a1c:17::2f3", "ip"),
    P("Helle Brandstrup", "name"),
    P("Victor", "name"),
    P("2001:db8:ff00:42::8329", "ip"),
    P("Nikolaj Ravn", "name", also=["nikolaj"]),
    P("helle@hbdesign.example.dk", "email"),
    P("nikolaj.ravn@example.com", "email"),
    P("nravn_ftp", "username"),
    P("Vesterbrogade 112, 3. tv., 1620 København V", "address", mns=["Vesterbrogade 112, 3. tv.", "1620"]),
    P("27 19 50 84", "phone"),
], [
    L("#WH-552190", "ticket_number"), L("kundenr. 80311", "customer_number"), L("530 Login incorrect", "error_code"),
    L("5 fejlforsøg", "quantity"), L("89 kr./md.", "price"), L("/public_html/shop", "path"),
]))

add(R("da-chat-008", """
Skat.dk - Chat med Skattestyrelsen
Du er logget på med MitID som: Mikael Frandsen (CPR 111093-1930)
Mikael Frandsen 09:41: Hej, jeg har fået en restskat på 8.412 kr. for 2023. Jeg tror ikke mit kørselsfradrag er kommet med, jeg kører 62 km hver vej til arbejde
Skattestyrelsen (Signe) 09:44: Hej Mikael. Befordringsfradraget skal du selv indtaste i årsopgørelsen under rubrik 51. Med 62 km hver vej og 218 arbejdsdage bliver det ca. 20.000 kr.
Mikael Frandsen 09:46: ok. min kæreste Julie Ahlgren bor hos mig nu, skal hun også ændre noget? hendes cpr er 300988-2205
Skattestyrelsen (Signe) 09:49: Du skal ikke skrive hendes CPR-nummer her, hun skal selv logge på. Men er hun flyttet ind, skal hun være registreret på adressen, Grønnegade 3, 6700 Esbjerg, som vi har på dig.
Mikael Frandsen 09:50: ja det er hun. kan restskatten trækkes over min løn? jeg arbejder hos Esbjerg Havnelogistik
Skattestyrelsen (Signe) 09:52: Restskat under 22.000 kr. bliver automatisk indregnet i din forskudsopgørelse for 2025, hvis du ikke betaler inden 1. juli. Overskydende skat udbetales til din NemKonto, 9070-6238573415.
Mikael Frandsen 09:53: ok tak for hjælpen. min tlf er ændret til 22 64 80 19 hvis i skal ringe
Skattestyrelsen (Signe) 09:54: Det kan du selv rette under Profil. God dag!
""", [
    P("Mikael Frandsen", "name"),
    P("111093-1930", "national_id", chk="cpr"),
    P("Signe", "name"),
    P("Julie Ahlgren", "name"),
    P("300988-2205", "national_id", chk="cpr"),
    P("Grønnegade 3, 6700 Esbjerg", "address", mns=["Grønnegade 3", "6700"]),
    P("9070-6238573415", "iban", chk="dk_account"),
    P("22 64 80 19", "phone"),
], [
    L("8.412 kr.", "price"), L("62 km", "quantity"), L("rubrik 51", "form_field"), L("218 arbejdsdage", "quantity"),
    L("20.000 kr.", "price"), L("22.000 kr.", "price"), L("1. juli", "date"),
    L("Esbjerg Havnelogistik", "company"),
]))

add(R("da-chat-009", """
[15.05.2024 16:20] Bot Pelle: Hej! Jeg hedder Pelle 🐾 Hvad drejer din henvendelse sig om? (1) Skade (2) Police (3) Andet
[15.05.2024 16:20] Kunde: 1
[15.05.2024 16:21] Bot Pelle: Hvad hedder dit dyr, og hvad er policenummeret?
[15.05.2024 16:21] Kunde: Kaffe, hun er en labrador. police PF-2209817
[15.05.2024 16:22] Bot Pelle: Tak! Jeg overdrager dig til en skadebehandler.
[15.05.2024 16:25] Skadebehandler Amalie: Hej, det er Amalie. Hvad er der sket med Kaffe?
[15.05.2024 16:27] Kunde: hun spiste en sok og skulle opereres på Dyrehospitalet Nordsjælland i går. regningen var 14.760 kr
[15.05.2024 16:29] Skadebehandler Amalie: Åh nej, stakkels Kaffe 🐶 Hvem var dyrlægen?
[15.05.2024 16:30] Kunde: dyrlæge Kirsten Aagaard
[15.05.2024 16:31] Skadebehandler Amalie: Tak. Din selvrisiko er 1.500 kr. + 20 %. Hvem står som forsikringstager?
[15.05.2024 16:32] Kunde: Nikolai Sørensen, cpr 170805-4449, Kongevejen 201, 2830 Virum
[15.05.2024 16:33] Skadebehandler Amalie: Tak Nikolai. Udbetalingen sker til din NemKonto. Har vi dit rigtige nummer, 30 19 84 62?
[15.05.2024 16:34] Kunde: ja. og min mor Susanne har også en kat, Mis, forsikret hos jer. kan i slå dem sammen
[15.05.2024 16:35] Skadebehandler Amalie: Det kan vi desværre ikke. Upload fakturaen i appen eller mail den til skade@poteforsikring.example.dk
[15.05.2024 16:36] Kunde: ok sender fra nikolai.s05@example.dk
[15.05.2024 16:36] Skadebehandler Amalie: Perfekt! Skadenummer SK-24-40118 🐾
""", [
    P("Amalie", "name"),
    P("Kirsten Aagaard", "name"),
    P("Nikolai Sørensen", "name"),
    P("170805-4449", "national_id", chk="cpr"),
    P("Kongevejen 201, 2830 Virum", "address", mns=["Kongevejen 201", "2830"]),
    P("30 19 84 62", "phone"),
    P("Susanne", "name"),
    P("nikolai.s05@example.dk", "email"),
], [
    L("Pelle", "chatbot_name"), L("Kaffe", "pet_name"), L("Mis", "pet_name"), L("PF-2209817", "policy_number"),
    L("14.760 kr", "price"), L("1.500 kr. + 20 %", "price"), L("SK-24-40118", "claim_number"),
    L("Dyrehospitalet Nordsjælland", "company"),
]))

add(R("da-chat-010", """
Biludlejning · Live chat · 28.06.2024
Agent (Sebastian): Hej og velkommen til Nordic Car Rental. Hvordan kan jeg hjælpe?
Kunde: hej, jeg har lejet en bil i Kastrup og fået en p-afgift på 790 kr. som i vil ha 175 kr. i gebyr for oveni
Agent (Sebastian): Lad mig se. Hvad er lejeaftalenummeret?
Kunde: RA-DK-6620178
Agent (Sebastian): Tak. Det er en Toyota Yaris, reg.nr. DL 43 918, lejet af Rasmus Iversen 14.–18. juni. Er det dig?
Kunde: ja
Agent (Sebastian): P-afgiften er udstedt 16. juni kl. 14.12 på Nørrebrogade. Gebyret dækker vores administration.
Kunde: jeg var der slet ikke, min kollega Ibrahim lånte bilen den dag
Agent (Sebastian): Så kan vi overdrage afgiften til føreren. Vi skal bruge fulde navn og adresse.
Kunde: Ibrahim Çelik, Friesische Straße 87, 24937 Flensburg
Agent (Sebastian): Tak. Og dine egne oplysninger: vi har Toldbodgade 9, 6200 Aabenraa og mobil +45 21 36 70 58?
Kunde: korrekt. mail er rasmus.iversen@example.net
Agent (Sebastian): Jeg sender sagen videre. Sagsnummer PA-33102.
""", [
    P("Sebastian", "name"),
    P("DL 43 918", "plate", chk="dk_plate"),
    P("Rasmus Iversen", "name"),
    P("Ibrahim Çelik", "name"),
    P("Friesische Straße 87, 24937 Flensburg", "address", mns=["Friesische Straße 87", "24937"]),
    P("Toldbodgade 9, 6200 Aabenraa", "address", mns=["Toldbodgade 9", "6200"]),
    P("+45 21 36 70 58", "phone"),
    P("rasmus.iversen@example.net", "email"),
], [
    L("790 kr.", "price"), L("175 kr.", "price"), L("RA-DK-6620178", "contract_number"), L("Toyota Yaris", "product"),
    L("16. juni kl. 14.12", "date"), L("PA-33102", "case_number"), L("14.–18. juni", "date"),
]))

# ------------------------------------------------------------------ e-mails

add(R("da-email-001", """
Fra: Kirsten Mikkelsen <kirsten.mikkelsen@example.dk>
Til: Skade <skade@hjemsikring.example.dk>
Dato: 12. februar 2024 kl. 07.55
Emne: SV: Skadenr. 2024-0087731 - vandskade i sommerhus

Kære Jesper Kold

Tak for dit svar. Her er de oplysninger, du bad om:

- Sommerhusets adresse: Rylevej 14, 6853 Vejers Strand
- Min bopæl: Bernstorffsgade 21, 3. th., 8000 Aarhus C
- Vores nabo, Poul Kjeldsen, opdagede skaden den 3. februar og lukkede for vandet.
- Regning fra Brødrene Kjær VVS: 11.245 kr. inkl. moms (faktura 55021), vedhæftet.
- Erstatningen bedes udbetalt til DK05 7780 6199 3364 75.

Min mand Henning kan træffes på 40 86 13 92, hvis I vil aftale besigtigelse.

Venlig hilsen
Kirsten Mikkelsen
Tlf. 51 22 03 47

> Den 9. feb. 2024 kl. 14.12 skrev Jesper Kold <jesper.kold@hjemsikring.example.dk>:
>
> Kære Kirsten Mikkelsen
>
> Vi har modtaget din anmeldelse om frostsprængning i sommerhuset (police 702-118-442).
> For at behandle sagen skal vi bruge sommerhusets adresse, regning for udbedring og kontonummer til udbetaling.
> Selvrisikoen er 2.500 kr.
>
> Med venlig hilsen
> Jesper Kold, skadebehandler
> HjemSikring A/S · Sankt Annæ Plads 18 · 1250 København K · 70 20 30 40
""", [
    P("Kirsten Mikkelsen", "name"),
    P("kirsten.mikkelsen@example.dk", "email"),
    P("Jesper Kold", "name"),
    P("jesper.kold@hjemsikring.example.dk", "email"),
    P("Rylevej 14, 6853 Vejers Strand", "address", mns=["Rylevej 14", "6853"]),
    P("Bernstorffsgade 21, 3. th., 8000 Aarhus C", "address", mns=["Bernstorffsgade 21, 3. th.", "8000"]),
    P("Poul Kjeldsen", "name"),
    P("DK05 7780 6199 3364 75", "iban"),
    P("Henning", "name"),
    P("40 86 13 92", "phone"),
    P("51 22 03 47", "phone"),
], [
    L("2024-0087731", "claim_number"), L("Brødrene Kjær VVS", "company_named_after_person"), L("11.245 kr.", "price"),
    L("faktura 55021", "invoice_number"), L("702-118-442", "policy_number"), L("2.500 kr.", "price"),
    L("3. februar", "date"),
]))

add(R("da-email-002", """
Fra: Mohammad Haidari <m.haidari@example.com>
Sendt: 4. marts 2024 21:17
Til: pladsanvisning@aarhus.example.dk
Emne: Fwd: Søskenderabat - Zahra og Ali

Hej,

Jeg sender denne mail videre fra børnehaven. Vi har to børn i institution, men vi får ikke søskenderabat.
Børnene er Zahra Haidari (CPR 140219-4128) i Børnehuset Solsikken og Ali Haidari (CPR 221121-5306) i Vuggestuen Mælkebøtten.
Min kone, Fatemeh Rezaei, står som betaler. Vi bor på Grenåvej 233, 8240 Risskov.

Mvh
Mohammad Haidari
Mobil 61 49 07 23

---------- Videresendt meddelelse ----------
Fra: Børnehuset Solsikken <solsikken@aarhus.example.dk>
Dato: fre. 1. mar. 2024 kl. 13.02
Emne: Søskenderabat
Til: <m.haidari@example.com>

Kære forældre til Zahra

Vi kan se, at I betaler fuld pris for begge børn (3.374 kr. og 4.299 kr. pr. måned). Søskenderabat skal søges hos Pladsanvisningen, det kan vi ikke ordne herfra.

Venlig hilsen
Pædagog Mette-Marie Lauridsen
Børnehuset Solsikken
""", [
    P("Mohammad Haidari", "name"),
    P("m.haidari@example.com", "email"),
    P("Zahra Haidari", "name"),
    P("140219-4128", "national_id", chk="cpr"),
    P("Ali Haidari", "name"),
    P("221121-5306", "national_id", chk="cpr"),
    P("Fatemeh Rezaei", "name"),
    P("Grenåvej 233, 8240 Risskov", "address", mns=["Grenåvej 233", "8240"]),
    P("61 49 07 23", "phone"),
    P("Mette-Marie Lauridsen", "name"),
], [
    L("Børnehuset Solsikken", "institution"), L("Vuggestuen Mælkebøtten", "institution"), L("3.374 kr.", "price"),
    L("4.299 kr.", "price"), L("fre. 1. mar. 2024 kl. 13.02", "timestamp"), L("4. marts 2024 21:17", "timestamp"),
]))

add(R("da-email-003", """
Fra: Paweł Zieliński <pawel.zielinski@example.com>
Sendt: 2. januar 2024 06:12
Til: Løn & Personale <hr@nordbyg.example.dk>
Cc: Thomas Frost <thomas.frost@nordbyg.example.dk>
Emne: Personaleoplysninger - ny medarbejder

Hej,

Jeg starter på byggepladsen i Horsens den 8. januar (kontrakt NB-24-0016). Her er mine oplysninger:

Navn: Paweł Zieliński
CPR-nr.: 110386-1657
Adresse: Sundvej 14B, 1. th., 8700 Horsens
Telefon: +45 52 71 09 36
NemKonto: DK41 2191 9333 5273 01
Pårørende: min kone Katarzyna Zielińska, +48 601 224 871 (Polen)

Jeg har svejsecertifikat efter EN ISO 9606-1. Thomas Frost (formand) har sagt, at jeg skal have arbejdstøj str. L og sikkerhedssko str. 44.

Med venlig hilsen / Pozdrawiam
Paweł Zieliński
""", [
    P("Paweł Zieliński", "name"),
    P("pawel.zielinski@example.com", "email"),
    P("Thomas Frost", "name"),
    P("thomas.frost@nordbyg.example.dk", "email"),
    P("110386-1657", "national_id", chk="cpr"),
    P("Sundvej 14B, 1. th., 8700 Horsens", "address", mns=["Sundvej 14B, 1. th.", "8700"]),
    P("+45 52 71 09 36", "phone"),
    P("DK41 2191 9333 5273 01", "iban"),
    P("Katarzyna Zielińska", "name"),
    P("+48 601 224 871", "phone"),
], [
    L("den 8. januar", "date"), L("NB-24-0016", "contract_number"), L("EN ISO 9606-1", "standard"),
    L("str. L", "size"), L("str. 44", "size"), L("2. januar 2024 06:12", "timestamp"),
]))

add(R("da-email-004", """
Emne: Reklamation ordre 1100-48213 - CH24 stol med skade
Fra: Ingrid Falk-Poulsen <ingrid.fp@example.dk>
Til: kundeservice@designhjem.example.dk
Dato: 19-03-2024 10:04

Hej DesignHjem

Jeg modtog i går 2 stk. Carl Hansen & Søn CH24 (Wishbone Chair) i eg/sæbe, 2 x 5.995 kr. Den ene stol har en revne i ryglænet (foto vedhæftet). Chaufføren, Brian, sagde at jeg skulle skrive til jer. Min nabo Lise Holt tog imod, da jeg ikke var hjemme, og hun så skaden med det samme.

Jeg ønsker en ny stol leveret til:
Ingrid Falk-Poulsen
c/o Svend Poulsen
Strandboulevarden 130, st. tv.
2100 København Ø

Jeg kan kontaktes på 28 90 14 63 (bedst efter kl. 16).
Fragten (249 kr.) vil jeg gerne have retur på DK27 3001 6209 6654 28.

Venlig hilsen
Ingrid

Sendt fra Outlook til Android
""", [
    P("Ingrid Falk-Poulsen", "name"),
    P("ingrid.fp@example.dk", "email"),
    P("Brian", "name"),
    P("Lise Holt", "name"),
    P("Svend Poulsen", "name"),
    P("Strandboulevarden 130, st. tv.\n2100 København Ø", "address", mns=["Strandboulevarden 130, st. tv.", "2100"]),
    P("28 90 14 63", "phone"),
    P("DK27 3001 6209 6654 28", "iban"),
], [
    L("1100-48213", "order_number"), L("Carl Hansen & Søn CH24", "product_company_named_after_person"),
    L("Wishbone Chair", "product"), L("2 x 5.995 kr.", "price"), L("249 kr.", "price"),
    L("efter kl. 16", "time"), L("19-03-2024 10:04", "timestamp"),
]))

add(R("da-email-005", """
Fra: Rói Dalsgaard <roi.dalsgaard@example.com>
Til: Kundeservice <kundi@orka.example.com>
Dato: 2. maj 2024 kl. 08:31
Emne: Flutningur / flytning - kundenummer 20-11847

Góðan dag / Goddag

Vi er flyttet fra Tórshavn til Klaksvík pr. 1. maj. Vil I venligst flytte elaftalen:

Gammel adresse: Varðagøta 48, FO-100 Tórshavn
Ny adresse: Klaksvíksvegur 21, FO-700 Klaksvík
Aflæsning ved fraflytning: 31 884 kWh (måler 7700215)
Aflæsning på ny adresse: 12 067 kWh (måler 7704390)

Aftalen skal fremover stå i min kones navn, Marjun Dalsgaard, p-tal 020967-708. Mit eget p-tal er 091178-412.
Betaling via Betalingsservice fra FO15 9181 1166 7737 31.
Telefon: +298 55 21 40 / Marjun +298 28 71 63.

Vinarliga / Venlig hilsen
Rói Dalsgaard
""", [
    P("Rói Dalsgaard", "name"),
    P("roi.dalsgaard@example.com", "email"),
    P("Varðagøta 48, FO-100 Tórshavn", "address", mns=["Varðagøta 48", "FO-100"]),
    P("Klaksvíksvegur 21, FO-700 Klaksvík", "address", mns=["Klaksvíksvegur 21", "FO-700"]),
    P("Marjun Dalsgaard", "name"),
    P("020967-708", "national_id", chk="fo_ptal"),
    P("091178-412", "national_id", chk="fo_ptal"),
    P("FO15 9181 1166 7737 31", "iban"),
    P("+298 55 21 40", "phone"),
    P("+298 28 71 63", "phone"),
], [
    L("20-11847", "customer_number"), L("31 884 kWh", "meter_reading"), L("måler 7700215", "meter_number"),
    L("12 067 kWh", "meter_reading"), L("måler 7704390", "meter_number"), L("1. maj", "date"),
]))

add(R("da-email-006", """
Fra: Naja Kleist <najakleist@example.dk>
Til: Studieservice <studieservice@ku.example.dk>
Dato: 11. september 2023 kl. 23:05
Emne: Re: SU og boligtilskud - studienr. 2021-48812

Kære Anne-Sofie

Tak for svaret. Jeg har nu vedhæftet dokumentation for min flytning fra Nuuk. Min adresse i Danmark er Tagensvej 154, værelse 312, 2200 København N, og min tidligere adresse i Grønland var Qernertuarsuit 14, 3900 Nuuk.
Mit CPR-nummer er 240602-4318.
Min mor, Ane Kleist, er min kontaktperson: +299 48 22 91.
SU bedes udbetalt til GL52 6471 6140 8316 00, indtil jeg har fået en dansk konto.
Jeg kan træffes på 91 63 40 28.

Qujanaq / mange hilsner
Naja Kleist

Den tors. 7. sep. 2023 kl. 11.20 skrev Studieservice <studieservice@ku.example.dk>:
> Kære Naja
>
> For at få SU fra oktober skal du have dansk folkeregisteradresse og dokumentere flytningen. SU-satsen for udeboende er 6.589 kr. før skat.
>
> Venlig hilsen
> Anne-Sofie Winther
> Studieservice, Nørregade 10, 1165 København K
""", [
    P("Naja Kleist", "name"),
    P("najakleist@example.dk", "email"),
    P("Anne-Sofie Winther", "name"),
    P("Tagensvej 154, værelse 312, 2200 København N", "address", mns=["Tagensvej 154, værelse 312", "2200"]),
    P("Qernertuarsuit 14, 3900 Nuuk", "address", mns=["Qernertuarsuit 14", "3900"]),
    P("240602-4318", "national_id", chk="cpr"),
    P("Ane Kleist", "name"),
    P("+299 48 22 91", "phone"),
    P("GL52 6471 6140 8316 00", "iban"),
    P("91 63 40 28", "phone"),
], [
    L("studienr. 2021-48812", "student_number"), L("tors. 7. sep. 2023 kl. 11.20", "timestamp"),
    L("6.589 kr.", "price"), L("fra oktober", "date"), L("11. september 2023 kl. 23:05", "timestamp"),
]))

add(R("da-email-007", """
Fra: A/B Klostergården - bestyrelsen <bestyrelse@klostergaarden.example.dk>
Til: Lise Dam <lise.dam@adminpartner.example.dk>
Dato: 27. maj 2024 kl. 19:40
Emne: Salg af andel - Klostervej 12, 2. tv. (lejl. nr. 27)

Hej Lise

Bestyrelsen har på mødet i går godkendt salget af andelen i lejl. nr. 27, Klostervej 12, 2. tv.

Sælger: Erik Holmgaard (flytter på plejehjem; datteren Bente Holmgaard har fuldmagt, tlf. 23 56 81 04).
Køber: nr. 3 på ventelisten, Omar Farouk Jensen, nuværende adresse Jagtvej 61, 4. th., 2200 København N, mail omarfj@example.com.

Andelsværdi 1.245.000 kr. + forbedringer 85.000 kr. Overtagelse 1. august.
Købers CPR til overdragelsesaftalen: 080891-2713.
Sælgers konto til udbetaling af provenu: DK93 5325 8225 1239 37.

Mvh
Vibeke Thorup, formand
A/B Klostergården
""", [
    P("Lise Dam", "name"),
    P("lise.dam@adminpartner.example.dk", "email"),
    P("Klostervej 12, 2. tv.", "address", mns=["Klostervej 12, 2. tv."]),
    P("Erik Holmgaard", "name"),
    P("Bente Holmgaard", "name"),
    P("23 56 81 04", "phone"),
    P("Omar Farouk Jensen", "name"),
    P("Jagtvej 61, 4. th., 2200 København N", "address", mns=["Jagtvej 61, 4. th.", "2200"]),
    P("omarfj@example.com", "email"),
    P("080891-2713", "national_id", chk="cpr"),
    P("DK93 5325 8225 1239 37", "iban"),
    P("Vibeke Thorup", "name"),
], [
    L("lejl. nr. 27", "unit_number"), L("nr. 3 på ventelisten", "queue_position"), L("1.245.000 kr.", "price"),
    L("85.000 kr.", "price"), L("1. august", "date"), L("A/B Klostergården", "company"),
]))

add(R("da-email-008", """
Fra: Signe Lykke Bennett <signe.bennett@example.org>
Til: refusion@nordicair.example.dk
Dato: 30. maj 2024 kl. 22:47
Emne: Aflyst fly DX 1417 - refusion, booking K7QX9P

Hej

Vores fly DX 1417 fra Edinburgh til København den 18. maj blev aflyst, og vi købte selv nye billetter hos et andet selskab for £ 612,40.
Passagerer på bookingen:
- Signe Lykke Bennett, født 03.04.1985
- Callum Bennett, født 22.11.1983
- Freja Bennett (barn, 6 år)

Vi bor i Skotland: 27 Marchmont Crescent, Edinburgh EH9 1HQ.
Beløbet bedes overført til vores britiske konto GB44 BARC 1292 2121 9510 72.
Mit mobilnummer er +44 7700 900418.

Mvh Signe

-----Original Message-----
From: Nordic Air Kundeservice <noreply@nordicair.example.dk>
Sent: 18 May 2024 09:02
Subject: Din rejse er aflyst / Your flight is cancelled

> Kære Signe Lykke Bennett
> Vi beklager, at din rejse DX 1417 er aflyst. Du kan søge refusion via formularen. Referencenummer CX-2024-118820.
""", [
    P("Signe Lykke Bennett", "name"),
    P("signe.bennett@example.org", "email"),
    P("03.04.1985", "birth_date"),
    P("Callum Bennett", "name"),
    P("22.11.1983", "birth_date"),
    P("Freja Bennett", "name"),
    P("27 Marchmont Crescent, Edinburgh EH9 1HQ", "address", mns=["27 Marchmont Crescent", "EH9 1HQ"]),
    P("GB44 BARC 1292 2121 9510 72", "iban"),
    P("+44 7700 900418", "phone"),
], [
    L("DX 1417", "flight_number"), L("K7QX9P", "booking_number"), L("£ 612,40", "price"), L("den 18. maj", "date"),
    L("6 år", "age"), L("CX-2024-118820", "reference"),
]))
