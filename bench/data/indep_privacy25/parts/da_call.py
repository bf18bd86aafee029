import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from common import P, L, Rec  # noqa: E402

RECORDS = []
A = RECORDS.append

# 001 district heating, Aarhus, CPR in pairs
A(Rec("da-call-001", """
Rådgiver: Aarhus Fjernvarme, du taler med Mads, hvad kan jeg hjælpe med?
Kunde: Hej Mads, det er Mette Kjær. Jeg er flyttet ind i en ny lejlighed og skal have varmen overført til mit navn.
Rådgiver: Det kan vi sagtens. Hvad er adressen?
Kunde: Jægergårdsgade 41, 1. sal, 8000 Aarhus C.
Rådgiver: Og hvornår overtog du lejligheden?
Kunde: Den første marts. Måleren stod på 4512 MWh... nej undskyld, 45,12 MWh, og målernummeret er 6021-88714.
Rådgiver: Tak. Så skal jeg bruge dit CPR-nummer.
Kunde: Ja, det er tolv nul tre femogfirs elleve syvogtredive.
Rådgiver: Tak. Og et telefonnummer?
Kunde: Tyve femogfyrre syvogfirs tolv.
Rådgiver: Og e-mail til din faktura?
Kunde: Det er mette punktum kjaer snabel-a example punktum dk. Kjær med a e.
Rådgiver: Fint. Vil du betale via Betalingsservice?
Kunde: Ja. Reg.nr. 7986, kontonummer 1060590040.
Rådgiver: Modtaget. Din a conto bliver 1.450 kr. om måneden, første gang den 1. april. Kundenummeret er 300-441927.
Kunde: Og den tidligere lejer, Niels Ravn, han står ikke på noget længere?
Rådgiver: Nej, han er afmeldt pr. 28. februar. Han får selv en slutopgørelse.
Kunde: Perfekt. Tak for hjælpen, Mads.
""", [
    P("Mads", "name"),
    P("Mette Kjær", "name", "kjaer"),
    P("Jægergårdsgade 41, 1. sal, 8000 Aarhus C", "address", "Jægergårdsgade 41", "8000 Aarhus C"),
    P("tolv nul tre femogfirs elleve syvogtredive", "national_id", scheme="cpr", canon="1203851137"),
    P("Tyve femogfyrre syvogfirs tolv", "phone"),
    P("mette punktum kjaer snabel-a example punktum dk", "email", "mette punktum kjaer"),
    P("Reg.nr. 7986, kontonummer 1060590040", "iban", "1060590040", scheme="plain_account"),
    P("Niels Ravn", "name"),
], [
    L("Aarhus Fjernvarme", "organisation"), L("45,12 MWh", "meter_reading"), L("6021-88714", "meter_number"),
    L("1.450 kr.", "price"), L("1. april", "date"), L("300-441927", "customer_number"), L("28. februar", "date"),
]))

# 002 telecom, lower-case ASR, spelling alphabet, number porting
A(Rec("da-call-002", """
spk_0: velkommen til mobilnet du taler med freja
spk_1: øh ja hej jeg vil gerne flytte mit nummer over til jer fra mit gamle selskab
spk_0: det kan vi godt hjælpe med hvad er dit navn
spk_1: søren bækgaard
spk_0: kan du stave efternavnet
spk_1: ja b som bernhard æ som ægir k som karen g som georg a a r d
spk_0: tak søren og hvilket nummer er det du vil flytte
spk_1: det er øh enogtres toogfyrre nul ni otteogfirs
spk_0: enogtres toogfyrre nul ni otteogfirs ja og så skal jeg bruge dit cpr-nummer
spk_1: to fire nul syv en og halvfems to otte fire seks
spk_0: tak og din adresse
spk_1: [uforståeligt] undskyld jeg kører bil øh det er det er
spk_1: algade ni første sal fire tusind roskilde
spk_0: fint og hvilken mail skal ordrebekræftelsen sendes til
spk_1: soren punktum baekgaard snabel-a example punktum dk
spk_0: super jeg har lavet ordren den har nummer mn nul tre otte fire fire ni nummeret bliver flyttet om fem hverdage og du får et nyt simkort med posten
spk_1: fedt og kan min kæreste louise også få et abonnement på samme konto
spk_0: ja men så skal hun selv ringe ind eller så skal vi have hendes samtykke
spk_1: okay så ringer hun selv
spk_0: det er fri data til hundrede og niogtredive kroner om måneden og ingen binding
spk_1: tak for hjælpen
""", [
    P("freja", "name"),
    P("søren bækgaard", "name", "søren", "b som bernhard æ som ægir k som karen g som georg a a r d"),
    P("enogtres toogfyrre nul ni otteogfirs", "phone"),
    P("to fire nul syv en og halvfems to otte fire seks", "national_id", scheme="cpr", canon="2407912846"),
    P("algade ni første sal fire tusind roskilde", "address", "algade ni", "fire tusind roskilde"),
    P("soren punktum baekgaard snabel-a example punktum dk", "email", "soren punktum baekgaard"),
    P("louise", "name"),
], [
    L("mobilnet", "organisation"), L("mn nul tre otte fire fire ni", "order_number"), L("fem hverdage", "duration"),
    L("fri data", "product"), L("hundrede og niogtredive kroner om måneden", "price"), L("ingen binding", "contract_term"),
]))

# 003 bank, MitID, card spoken in pairs
A(Rec("da-call-003", """
Medarbejder: Nordbanken, det er Jonas.
Kunde: Hej, det er Kirsten Lauridsen. Jeg har mistet mit Dankort, og så tror jeg, nogen har brugt det.
Medarbejder: Det er jeg ked af at høre. Jeg skal lige identificere dig. Kan du godkende i MitID-appen? Jeg sender en anmodning nu.
Kunde: Ja... så er den godkendt.
Medarbejder: Tak. Kan du læse kortnummeret op, hvis du har det?
Kunde: Jeg har et billede af det. Halvtreds nitten, nul syv toogtyve, treoghalvfjerds tooghalvfjerds, otteogtyve syvoghalvtreds.
Medarbejder: Tak, det spærrer jeg nu. Jeg kan se to hævninger i går i Netto, 389,50 kr. og 1.200 kr. i en automat på Strøget kl. 22.14.
Kunde: Det er ikke mig. Min mand Poul Lauridsen var hjemme med mig hele aftenen.
Kunde: Men hvordan kan de bruge det uden pinkoden?
Medarbejder: Den første er en kontaktløs betaling. Normalt kan man betale op til 350 kr. uden kode. Den anden er en hævning i automat, og der skal koden bruges. Har du skrevet koden ned nogen steder?
Kunde: Nej... altså, den stod på en lap papir i pungen. Det ved jeg godt, man ikke må.
Medarbejder: Okay. Det betyder desværre, at du kan risikere en selvrisiko på op til 1.100 kr., men det vurderer vores indsigelsesteam. Hvornår havde du sidst kortet?
Kunde: Jeg var i Føtex i Valby ved 17-tiden, der havde jeg det.
Medarbejder: Ja, jeg kan se en betaling der kl. 17.06 på 212,75 kr. Den er din?
Kunde: Ja, det var aftensmaden.
Medarbejder: Så er det forsvundet mellem kl. 17.06 og kl. 22.14. Du skal også anmelde det til politiet på politi.dk og sende os journalnummeret.
Kunde: Det gør jeg i aften.
Medarbejder: Jeg opretter en indsigelse, sagsnummer IND-2024-33102. Beløbet kan blive sat ind igen på din konto 0207 6326167870.
Kunde: Ja, det er min lønkonto.
Medarbejder: Det nye kort sendes til Vesterbrogade 112, 2. tv., 1620 København V?
Kunde: Ja. Og kan I ringe til min datter, hvis der er noget? Hun hedder Camilla, 28 91 44 06. Jeg hører ikke så godt i telefonen.
Medarbejder: Det kan jeg kun, hvis du giver en fuldmagt. Jeg sender en blanket. Din egen fødselsdato er 3. november 1966, ikke?
Kunde: Jo.
Medarbejder: Godt. Du får svar på indsigelsen inden for 14 dage.
""", [
    P("Jonas", "name"),
    P("Kirsten Lauridsen", "name"),
    P("Halvtreds nitten, nul syv toogtyve, treoghalvfjerds tooghalvfjerds, otteogtyve syvoghalvtreds", "card",
      scheme="card", canon="5019072273722857"),
    P("Poul Lauridsen", "name"),
    P("0207 6326167870", "iban", scheme="plain_account"),
    P("Vesterbrogade 112, 2. tv., 1620 København V", "address", "Vesterbrogade 112", "1620 København V"),
    P("Camilla", "name"),
    P("28 91 44 06", "phone"),
    P("3. november 1966", "birth_date"),
], [
    L("Nordbanken", "organisation"), L("389,50 kr.", "price"), L("1.200 kr.", "price"), L("kl. 22.14", "time"),
    L("IND-2024-33102", "case_number"), L("14 dage", "duration"), L("Netto", "merchant"), L("350 kr.", "price"), L("1.100 kr.", "price"), L("212,75 kr.", "price"),
    L("Føtex i Valby", "merchant"),
]))

# 004 municipality, moving family, timestamps
A(Rec("da-call-004", """
[00:00:03] Borgerservice: Odense Kommune, Borgerservice, du taler med Line.
[00:00:07] Borger: Hej Line, mit navn er Ahmad Rahimi. Jeg skal melde flytning for mig og mine to børn.
[00:00:13] Borgerservice: Det gør man normalt på borger.dk, men jeg kan godt hjælpe. Hvad er dit CPR-nummer?
[00:00:18] Borger: 031166-0915.
[00:00:26] Borgerservice: Tak. Og børnenes?
[00:00:29] Borger: Yasmin er 150212-4433, og Omid er 090717-4127.
[00:00:41] Borgerservice: Hvad er den nye adresse?
[00:00:44] Borger: Skibhusvej 210, st. th., 5000 Odense C. Vi flytter fra Rosengårdcentret-området, Ørbækvej 455, 5220 Odense SØ.
[00:00:58] Borgerservice: Hvornår flytter I?
[00:01:00] Borger: Den 15. juni.
[00:01:03] Borgerservice: Skal børnene skifte skole?
[00:01:06] Borger: Yasmin bliver på Rosenlund Skole, men Omid skal i ny børnehave. Min ekskone, Shirin Karimi, har fælles forældremyndighed. Skal hun også skrive under?
[00:01:19] Borgerservice: Ja, ved fælles forældremyndighed skal hun give samtykke til børnenes flytning. Hun kan gøre det digitalt.
[00:01:27] Borger: Okay. Mit nummer er 42 18 73 95, hvis I mangler noget.
[00:01:33] Borgerservice: Tak. Din sag har nummer 24/18833. Husk også at vælge ny læge, hvis du vil skifte. Ventetiden er cirka 10 dage.
""", [
    P("Line", "name"),
    P("Ahmad Rahimi", "name"),
    P("031166-0915", "national_id", scheme="cpr"),
    P("Yasmin", "name"),
    P("150212-4433", "national_id", scheme="cpr"),
    P("Omid", "name"),
    P("090717-4127", "national_id", scheme="cpr"),
    P("Skibhusvej 210, st. th., 5000 Odense C", "address", "Skibhusvej 210", "5000 Odense C"),
    P("Ørbækvej 455, 5220 Odense SØ", "address", "Ørbækvej 455", "5220 Odense SØ"),
    P("Shirin Karimi", "name"),
    P("42 18 73 95", "phone"),
], [
    L("Odense Kommune", "organisation"), L("borger.dk", "website"), L("15. juni", "date"),
    L("Rosenlund Skole", "school"), L("24/18833", "case_number"), L("10 dage", "duration"), L("[00:01:27]", "timestamp"),
]))

# 005 doctor's surgery, Danish dialogue dashes, no speaker names
A(Rec("da-call-005", """
– Lægehuset Søndergade, det er Pia.
– Hej, det er Lars Brøndum. Jeg vil gerne bestille tid hos min læge.
– Hvem er din læge?
– Birgitte Holm.
– Og dit CPR-nummer?
– To otte nul fire fem ni, tretten nul otte.
– Tak Lars. Hvad drejer det sig om?
– Jeg har haft ondt i brystet de sidste par dage. Ikke slemt, men min kone Jette synes, jeg skal ringe.
– Når det er brystsmerter, vil jeg gerne have, at du taler med en af lægerne nu. Har du ondt lige nu?
– Nej, ikke lige nu.
– Okay. Doktor Holm har en akuttid i dag kl. 13.40. Kan du komme der?
– Ja, det kan jeg.
– Hvis smerterne kommer igen inden, skal du ringe 1-1-2. Er dit mobilnummer stadig 51 84 22 90?
– Nej, det er nyt: 30 67 18 02.
– Det retter jeg. Og du bor stadig på Boulevarden 13, 4. sal, 9000 Aalborg?
– Ja.
– Godt. Husk at tage din medicinliste med. Jeg kan se, du får Hjertemagnyl 75 mg og Simvastatin 40 mg.
– Tak skal du have.
""", [
    P("Pia", "name"),
    P("Lars Brøndum", "name", "Lars"),
    P("Birgitte Holm", "name"),
    P("To otte nul fire fem ni, tretten nul otte", "national_id", scheme="cpr", canon="2804591308"),
    P("Jette", "name"),
    P("51 84 22 90", "phone"),
    P("30 67 18 02", "phone"),
    P("Boulevarden 13, 4. sal, 9000 Aalborg", "address", "Boulevarden 13", "9000 Aalborg"),
], [
    L("Lægehuset Søndergade", "organisation"), L("kl. 13.40", "time"), L("1-1-2", "emergency_number"),
    L("Hjertemagnyl 75 mg", "medication"), L("Simvastatin 40 mg", "medication"), L("de sidste par dage", "duration"),
]))

# 006 car insurance, plates, other driver
A(Rec("da-call-006", """
[SPEAKER 0] Tryghedsforsikring, skadeafdelingen, det er Rasmus.
[SPEAKER 1] Hej, det er Signe Mikkelsen. Jeg har været ude for et færdselsuheld.
[SPEAKER 0] Åh nej. Er du kommet noget til?
[SPEAKER 1] Nej, kun bilen. Det var i morges kl. 7.50 i rundkørslen ved Ringvejen i Vejle.
[SPEAKER 0] Hvad er din nummerplade?
[SPEAKER 1] CX 41 278. En sølvgrå Skoda Octavia.
[SPEAKER 0] Og modpartens?
[SPEAKER 1] BP 93 611. Føreren hed Henrik Dalsgaard, han kørte ind i siden på mig. Vi udfyldte en skadeanmeldelse sammen. Hans telefon er 22 40 81 57.
[SPEAKER 0] Godt. Var der vidner?
[SPEAKER 1] Ja, en dame der hed Birthe Nygaard stoppede. Jeg har hendes nummer: 61 30 95 12.
[SPEAKER 0] Tak. Din police er BIL-7719220 med kasko og selvrisiko på 5.000 kr. Hvis modparten er skyld, betaler hans forsikring. Jeg har oprettet skade nummer SK-24-0410771.
[SPEAKER 1] Skal jeg have en lånebil?
[SPEAKER 0] Du kan få en lånebil i op til 14 dage via Autohuset Kristensen. Har du brug for, at vi sender en e-mail med oplysningerne?
[SPEAKER 1] Ja tak, signe.mikkelsen@example.dk.
[SPEAKER 0] Og bekræft lige din adresse: Gammel Kongevej 7, 7100 Vejle.
[SPEAKER 1] Korrekt.
""", [
    P("Rasmus", "name"),
    P("Signe Mikkelsen", "name"),
    P("CX 41 278", "plate"),
    P("BP 93 611", "plate"),
    P("Henrik Dalsgaard", "name"),
    P("22 40 81 57", "phone"),
    P("Birthe Nygaard", "name"),
    P("61 30 95 12", "phone"),
    P("signe.mikkelsen@example.dk", "email"),
    P("Gammel Kongevej 7, 7100 Vejle", "address", "Gammel Kongevej 7", "7100"),
], [
    L("kl. 7.50", "time"), L("Skoda Octavia", "product"), L("BIL-7719220", "policy_number"),
    L("5.000 kr.", "price"), L("SK-24-0410771", "claim_number"), L("14 dage", "duration"),
    L("Autohuset Kristensen", "company_named_after_person"),
]))

# 007 Faroe Islands bank, P-tal, FO IBAN
A(Rec("da-call-007", """
Agent: Føroya Sparikassi, góðan dag, det er Hjørdis.
Kunde: Góðan dag, det er Jógvan Joensen. Kan vi tage det på dansk? Jeg ringer fra Danmark.
Agent: Selvfølgelig. Hvad kan jeg hjælpe med?
Kunde: Jeg har boet i Odense i tre år, men nu flytter jeg hjem til Tórshavn igen. Jeg vil gerne have min konto aktiveret igen.
Agent: Det kan vi. Må jeg få dit p-tal?
Kunde: 140582-133.
Agent: Tak. Kontoen er FO61 6460 1494 4579 66, den har været hvilende siden 2021. Hvad bliver din adresse?
Kunde: Niels Finsens gøta 12, FO-100 Tórshavn. Det er min mors hus, Rannvá Joensen.
Agent: Og telefon?
Kunde: +298 21 84 30. Det danske nummer, 26 19 04 77, har jeg stadig et par måneder.
Agent: Tak. Skal din løn fra Smyril Line ind på kontoen?
Kunde: Ja, fra 1. august. Jeg skal også have overført penge fra min danske konto, DK45 7984 0963 9212 85.
Agent: Det kan du gøre i netbanken. Der er et gebyr på 25 kr. for udenlandske overførsler. Din kontaktperson bliver Sámal í Dali hos os.
Kunde: Perfekt, takk fyri.
""", [
    P("Hjørdis", "name"),
    P("Jógvan Joensen", "name"),
    P("140582-133", "national_id", scheme="ptal"),
    P("FO61 6460 1494 4579 66", "iban", scheme="iban"),
    P("Niels Finsens gøta 12, FO-100 Tórshavn", "address", "Niels Finsens gøta 12", "FO-100"),
    P("Rannvá Joensen", "name"),
    P("+298 21 84 30", "phone"),
    P("26 19 04 77", "phone"),
    P("DK45 7984 0963 9212 85", "iban", scheme="iban"),
    P("Sámal í Dali", "name", "Dali"),
], [
    L("Føroya Sparikassi", "organisation"), L("tre år", "duration"), L("2021", "year"),
    L("Smyril Line", "organisation"), L("1. august", "date"), L("25 kr.", "price"),
]))

# 008 Greenland utility, Nuuk
A(Rec("da-call-008", """
Operatør: Nuuk Forsyning, det er Aviaja.
Kunde: Hej, det er Nivi Olsen. Vores strøm blev afbrudt i morges, og jeg tror, det er fordi regningen ikke er betalt.
Operatør: Lad mig se. Hvad er dit kundenummer?
Kunde: 77-20419.
Operatør: Og dit CPR-nummer til kontrol?
Kunde: 011290-1914.
Operatør: Tak. Ja, der er en restance på 2.318,75 kr. for januar og februar. Adressen er Aqqusinersuaq 14, lejlighed 3, 3900 Nuuk?
Kunde: Ja. Min samlever, Aputsiaq Heilmann, troede han havde betalt den. Han er ude at sejle til Sisimiut.
Operatør: Hvis du betaler nu med kort, kan vi genåbne i dag. Vil du betale med kort?
Kunde: Ja. Det er et Visa/Dankort, 4571 8733 3623 8481, udløb 09/26.
Operatør: Tak, betalingen er gennemført. Kvitteringen sendes til?
Kunde: nivi.olsen@example.dk.
Operatør: Montøren kommer mellem kl. 12 og 15. Hvilket nummer kan han ringe på?
Kunde: 52 48 17, eller med landekode +299 52 48 17.
Operatør: Perfekt. Jeg opretter også en betalingsaftale via GL57 6471 6359 2439 85, så det ikke sker igen?
Kunde: Ja tak, det er min konto i GrønlandsBANKEN.
""", [
    P("Aviaja", "name"),
    P("Nivi Olsen", "name"),
    P("011290-1914", "national_id", scheme="cpr"),
    P("Aqqusinersuaq 14, lejlighed 3, 3900 Nuuk", "address", "Aqqusinersuaq 14", "3900 Nuuk"),
    P("Aputsiaq Heilmann", "name"),
    P("4571 8733 3623 8481", "card", scheme="card"),
    P("nivi.olsen@example.dk", "email"),
    P("52 48 17", "phone"),
    P("GL57 6471 6359 2439 85", "iban", scheme="iban"),
], [
    L("Nuuk Forsyning", "organisation"), L("77-20419", "customer_number"), L("2.318,75 kr.", "price"),
    L("09/26", "expiry_date"), L("mellem kl. 12 og 15", "time"), L("Sisimiut", "place"),
]))

# 009 parcel delivery, no labels
A(Rec("da-call-009", """
PostHurtig kundeservice, du taler med Emil.
Hej Emil, jeg hedder Oliver Stampe. Jeg har fået en besked om, at min pakke er leveret, men den er her ikke.
Det lyder træls. Har du pakkenummeret?
Ja, det er 70 43 15 00 21 93 66 82.
Tak. Den er afleveret i går kl. 14.03, og chaufføren har skrevet "afleveret til nabo". Hvor bor du?
Nørrebrogade 58, 3. th., 2200 København N.
Ifølge systemet er den givet til en nabo på 3. tv. Der står underskrevet af M. Frandsen.
Nå, det er Malene ovenpå? Nej vent, hun bor på tredje til venstre, det passer. Så spørger jeg hende.
Hvis den ikke er der, kan du ringe igen, så starter vi en eftersøgning. Det tager op til 10 arbejdsdage.
Okay. Det er en ny iPhone til 8.999 kr., så jeg er lidt nervøs.
Forståeligt. Må jeg få dit telefonnummer, så chaufføren kan ringe næste gang?
Ja, det er toogtyve, treogtres, nul otte, femoghalvfems.
Og e-mail?
oliver.stampe@example.com.
Tak Oliver. Jeg har lavet en note om, at der ikke må afleveres hos naboer fremover. Sagsnummer PH-6639102.
""", [
    P("Emil", "name"),
    P("Oliver Stampe", "name", "Oliver"),
    P("Nørrebrogade 58, 3. th., 2200 København N", "address", "Nørrebrogade 58", "2200 København N"),
    P("M. Frandsen", "name"),
    P("Malene", "name"),
    P("toogtyve, treogtres, nul otte, femoghalvfems", "phone"),
    P("oliver.stampe@example.com", "email"),
], [
    L("PostHurtig", "organisation"), L("70 43 15 00 21 93 66 82", "tracking_number"), L("kl. 14.03", "time"),
    L("10 arbejdsdage", "duration"), L("8.999 kr.", "price"), L("PH-6639102", "case_number"), L("iPhone", "product"),
]))

# 010 tax office, S1/S2 labels
A(Rec("da-call-010", """
S1: Skattestyrelsen, det er Anders.
S2: Hej, det er Charlotte Vinther. Jeg har et spørgsmål til min forskudsopgørelse.
S1: Ja. Må jeg bede om dit CPR-nummer?
S2: Nitten nul otte fireoghalvfems, toogtyve enogtres.
S1: Tak. Hvad drejer det sig om?
S2: Jeg er begyndt som selvstændig ved siden af mit job, og jeg ved ikke, hvordan jeg skal skrive indtægten.
S1: Hvad forventer du at tjene i virksomheden i år?
S2: Cirka 120.000 kr. før skat, og så har jeg lønnen på 412.000 kr.
S1: Så skal du rette forskudsopgørelsen under "personlig indkomst fra virksomhed". Har du et CVR-nummer?
S2: Ja, 40123456. Firmaet hedder Nordlys Design ApS, det er min svigerfar Kurt, der ejer halvdelen.
S1: Okay, hvis det er et ApS, er det lidt anderledes, så får du løn eller udbytte fra selskabet. Jeg sender dig et link.
S2: Og min adresse er ændret, står der Møllevej 4, 3460 Birkerød?
S1: Ja, den er opdateret.
S2: Godt. Og tilbagebetalingen går til min NemKonto, ikke? Reg. 2999, konto 0541239807.
S1: Ja, til NemKontoen. Du kan også ringe til os på 72 22 18 18.
S2: Og hvis I skal ringe tilbage, så er mit nummer 93 12 40 76.
S1: Det har jeg skrevet ned. Hav en god dag, Charlotte.
""", [
    P("Anders", "name"),
    P("Charlotte Vinther", "name"),
    P("Nitten nul otte fireoghalvfems, toogtyve enogtres", "national_id", scheme="cpr", canon="1908942261"),
    P("Kurt", "name"),
    P("Møllevej 4, 3460 Birkerød", "address", "Møllevej 4", "3460"),
    P("Reg. 2999, konto 0541239807", "iban", "0541239807", scheme="plain_account"),
    P("93 12 40 76", "phone"),
], [
    L("Skattestyrelsen", "organisation"), L("120.000 kr.", "price"), L("412.000 kr.", "price"),
    L("40123456", "company_id"), L("72 22 18 18", "org_hotline"), L("personlig indkomst fra virksomhed", "form_field"),
    L("Nordlys Design ApS", "company"),
]))

# 011 housing association, upper-case labels
A(Rec("da-call-011", """
MEDARBEJDER: BOLIGFORENINGEN ENGPARKEN, DET ER TINA.
LEJER: Hej Tina, det er Kasper Holt fra Engparken 22, 2. th. Jeg ringer om vandskaden i køkkenet.
MEDARBEJDER: Hej Kasper. Hvad er dit lejemålsnummer?
LEJER: 1104-0222.
MEDARBEJDER: Tak. Jeg kan se, at Jensen & Søn Tømrer har været ude at kigge på det den 4. marts. De skal skifte skabene og bordpladen.
LEJER: Ja, men der er ikke sket noget siden. Og naboen nedenunder, Ida Sørensen, siger, at det også er trængt ned hos hende.
MEDARBEJDER: Det noterer jeg. Jeg ringer til Jensen & Søn i dag. Kan de ringe direkte til dig?
LEJER: Ja, 29 77 03 14. Og hvis jeg ikke tager den, kan de ringe til min bror Mikkel på 40 21 55 68, han har en nøgle.
MEDARBEJDER: Fint. Og din postadresse er stadig Engparken 22, 2. th., 2730 Herlev?
LEJER: Ja.
MEDARBEJDER: Jeg sender også en bekræftelse til kasper.holt@example.dk. Sagen har nummer VS-2024-087. Ejendomsfunktionær Bo Winther er kontaktperson.
LEJER: Tak, Tina.
""", [
    P("TINA", "name", "Tina"),
    P("Kasper Holt", "name", "Kasper"),
    P("Ida Sørensen", "name"),
    P("29 77 03 14", "phone"),
    P("Mikkel", "name"),
    P("40 21 55 68", "phone"),
    P("Engparken 22, 2. th., 2730 Herlev", "address", "Engparken 22", "2730"),
    P("kasper.holt@example.dk", "email"),
    P("Bo Winther", "name"),
], [
    L("BOLIGFORENINGEN ENGPARKEN", "organisation"), L("1104-0222", "lease_number"),
    L("Jensen & Søn Tømrer", "company_named_after_person"), L("4. marts", "date"), L("VS-2024-087", "case_number"),
    L("Jensen & Søn", "company_named_after_person"),
]))

# 012 payroll, move to Germany
A(Rec("da-call-012", """
Lønservice: Lønservice, Nordic Cargo, det er Maja.
Medarbejder: Hej Maja, det er Thomas Iversen fra lageret i Padborg, medarbejdernummer 30551.
Lønservice: Hej Thomas, hvad kan jeg gøre for dig?
Medarbejder: Jeg flytter til Tyskland den 1. maj, til Flensborg. Hvad skal I bruge fra mig?
Lønservice: Din nye adresse, dit tyske skatte-ID og en kontoinformation, hvis lønnen skal gå til en tysk konto.
Medarbejder: Adressen er Norderstraße 86, 24939 Flensburg. Steuer-ID er 52183674853.
Lønservice: Og dit CPR-nummer har jeg her, 221069-3013. Du er stadig fuldt skattepligtig til Danmark, fordi du arbejder her, men du skal udfylde en blanket 04.063.
Medarbejder: Okay. Lønnen må gerne gå til DE09 2015 1793 9849 3296 85.
Lønservice: Det noterer jeg. Får du et tysk telefonnummer?
Medarbejder: Ja, +49 176 44180293. Og min kone, Anja Iversen, skal også have det ændret, hun arbejder i regnskab hos jer.
Lønservice: Hun skal selv kontakte os. Din løn for april, 31.250 kr. brutto, kommer på den gamle konto.
Medarbejder: Perfekt. Tak Maja.
""", [
    P("Maja", "name"),
    P("Thomas Iversen", "name", "Thomas"),
    P("Norderstraße 86, 24939 Flensburg", "address", "Norderstraße 86", "24939"),
    P("52183674853", "national_id", scheme="steuer_id"),
    P("221069-3013", "national_id", scheme="cpr"),
    P("DE09 2015 1793 9849 3296 85", "iban", scheme="iban"),
    P("+49 176 44180293", "phone"),
    P("Anja Iversen", "name"),
], [
    L("Nordic Cargo", "organisation"), L("30551", "employee_number"), L("1. maj", "date"),
    L("blanket 04.063", "form"), L("31.250 kr.", "price"), L("Padborg", "place"),
]))
