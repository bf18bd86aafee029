from _helpers import P, L, R

RECORDS = [
R("da-email-001", """
Fra: Michael Østergaard <michael.ostergaard@mail.dk>
Sendt: 14. marts 2024 08:12
Til: kundeservice@telenord.dk
Emne: SV: Din henvendelse – sag 2403-118842

Hej Sanne

Tak for svaret, men det løser ikke problemet. Jeg har nu i tre måneder betalt for Fiber 1000 (399 kr./md.), men hastighedstesten viser aldrig over 180 Mbit/s. Jeres tekniker, Dennis, var her den 2. februar og sagde selv, at fejlen ligger i jeres fordelerskab på hjørnet.

Jeg forventer et forholdsmæssigt afslag for januar, februar og marts, i alt 3 × 399 kr., overført til reg.nr. 7916 konto 0110843646. Ellers går jeg til Ankenævnet på Teleområdet.

Venlig hilsen
Michael Østergaard
Toftegårds Allé 9, st.
2500 Valby
Mobil 28 40 61 95

-----Oprindelig meddelelse-----
Fra: Telenord Kundeservice <kundeservice@telenord.dk>
Sendt: 11. marts 2024 15:40
Til: Michael Østergaard
Emne: Din henvendelse – sag 2403-118842

Kære Michael

Tak for din henvendelse. Vi har målt på din forbindelse, og vi ser ingen fejl. Hastigheden kan variere ved brug af wifi. Prøv at tilslutte din computer med kabel til routeren (model ZX-6200).

Med venlig hilsen
Sanne Krogh
Kundeservice, Telenord A/S
Telenord A/S · Teglholmsgade 1 · 2450 København SV · CVR 12345678
""", [
    P("Michael Østergaard", "name"),
    P("michael.ostergaard@mail.dk", "email"),
    P("Dennis", "name"),
    P("0110843646", "iban"),
    P("Toftegårds Allé 9, st.\n2500", "address", ["Toftegårds Allé 9", "2500"]),
    P("28 40 61 95", "phone"),
    P("Sanne Krogh", "name"),
], [
    L("2403-118842", "case_number"),
    L("Fiber 1000", "product"),
    L("399 kr./md.", "price"),
    L("180 Mbit/s", "measurement"),
    L("den 2. februar", "event_date"),
    L("Ankenævnet på Teleområdet", "organisation"),
    L("ZX-6200", "model_number"),
]),

R("da-email-002", """
Emne: VS: Indflytningssyn – Elmeparken 44, 1. th. (lejemål 0817-044-12)

Hej mor og far,

Kan I læse den her igennem? Jeg forstår ikke helt, hvad de mener med "malerstandard". Kh Astrid

---------- Videresendt meddelelse ----------
Fra: Boligforeningen Vesthøj <udlejning@vesthoj.dk>
Dato: man. 29. apr. 2024 kl. 10.05
Emne: Indflytningssyn – Elmeparken 44, 1. th. (lejemål 0817-044-12)
Til: astrid.nyholm@gmail.com

Kære Astrid Nyholm

Velkommen som lejer i Boligforeningen Vesthøj. Du overtager lejemålet Elmeparken 44, 1. th., 2620 Albertslund pr. 1. juni 2024.

Indflytningssynet afholdes fredag den 31. maj kl. 9.00 med ejendomsfunktionær Tariq Mahmood. Lejligheden er istandsat efter A-ordningen (malerstandard), og du kan gøre indsigelse mod mangler senest 14 dage efter overtagelsen.

Vi har registreret følgende:
Lejer: Astrid Nyholm, cpr. 091287-2947
Medlejer: Jonathan Brix (samlever)
Depositum: 27.600 kr. – indbetalt 22.04.2024
Månedlig leje: 6.900 kr. inkl. a conto varme

Med venlig hilsen
Udlejningen, Boligforeningen Vesthøj
Vesthøjvej 2, 2620 Albertslund · tlf. 43 64 00 00
""", [
    P("Elmeparken 44, 1. th.", "address", ["Elmeparken 44"]),
    P("astrid.nyholm@gmail.com", "email"),
    P("Astrid Nyholm", "name"),
    P("Elmeparken 44, 1. th., 2620 Albertslund", "address", ["Elmeparken 44", "2620"]),
    P("Tariq Mahmood", "name"),
    P("091287-2947", "national_id", check="cpr"),
    P("Jonathan Brix", "name"),
], [
    L("0817-044-12", "contract_number"),
    L("Boligforeningen Vesthøj", "company"),
    L("1. juni 2024", "event_date"),
    L("fredag den 31. maj kl. 9.00", "event_time"),
    L("A-ordningen", "term"),
    L("27.600 kr.", "amount"),
    L("22.04.2024", "event_date"),
    L("6.900 kr.", "amount"),
]),

R("da-email-003", """
Til: Aarhus Kommune, Børn og Unge, Pladsanvisningen
Vedr.: Klage over afgørelse om dagtilbud – jeres j.nr. 24/018832

Aarhus, den 8. april 2024

Jeg klager hermed over afgørelsen af 2. april 2024, hvor vores søn Viggo Emil Sandberg-Mortensen (cpr. 030123-6557) er blevet tilbudt plads i Børnehuset Solsikken i Hasle i stedet for Vuggestuen Skovbrynet, som ligger 400 meter fra vores bopæl.

Oplysninger:
Barn: Viggo Emil Sandberg-Mortensen, født 3. januar 2023
Forældre: Karoline Sandberg (cpr. 070774-1007) og Thomas Mortensen
Adresse: Frederikshaldsgade 21, 3. tv., 8200 Aarhus N
Telefon: 61 22 83 47 (Karoline), 27 90 15 64 (Thomas)

Vi har søskendefortrin, da vores datter Ellen allerede går i Skovbrynet. Pasningsgarantien på 3 måneder er desuden ikke overholdt, da vi søgte den 4. oktober 2023.

Vi beder om, at sagen genoptages.

Med venlig hilsen
Karoline Sandberg
""", [
    P("Viggo Emil Sandberg-Mortensen", "name"),
    P("030123-6557", "national_id", check="cpr"),
    P("070774-1007", "national_id", check="cpr"),
    P("3. januar 2023", "birth_date"),
    P("Karoline Sandberg", "name"),
    P("Thomas Mortensen", "name"),
    P("Frederikshaldsgade 21, 3. tv., 8200", "address", ["Frederikshaldsgade 21", "8200"]),
    P("61 22 83 47", "phone"),
    P("27 90 15 64", "phone"),
    P("Ellen", "name"),
], [
    L("24/018832", "case_number"),
    L("den 8. april 2024", "event_date"),
    L("2. april 2024", "event_date"),
    L("Børnehuset Solsikken", "organisation"),
    L("Vuggestuen Skovbrynet", "organisation"),
    L("400 meter", "measurement"),
    L("3 måneder", "duration"),
    L("den 4. oktober 2023", "event_date"),
]),

R("da-email-004", """
From: Ali Reza Mohammadi <alireza.mohammadi@outlook.dk>
To: skade@trygtnord.dk
Subject: Anmeldelse af cykeltyveri – police 88-2210-447

Hej

Min elcykel er blevet stjålet fra cykelkælderen i min opgang natten mellem den 17. og 18. maj.

Cykel: Kalkhoff Endeavour 5.B Move, sort, købt i 2022 for 24.995 kr. hos Cykelmageren i Odense
Stelnummer: WKH2207815
Politianmeldelse: journalnr. 2300-80150-04412-24 (anmeldt via politi.dk)

Min adresse er Vesterbro 61, 2. th., 5000 Odense C. Min nabo, Camilla Ravn, så en mand med en boltsaks i opgangen omkring kl. 2. Hun kan kontaktes på 31 55 08 72.

Erstatningen bedes udbetalt til min konto: IBAN DK20 9748 2123 7899 14.

Jeg er født 11.04.1963, hvis I skal bruge det til at finde mig.

Med venlig hilsen
Ali Reza Mohammadi
Tlf. 50 39 14 88

Vedhæftet: kvittering.pdf, foto_cykel.jpg
""", [
    P("Ali Reza Mohammadi", "name"),
    P("alireza.mohammadi@outlook.dk", "email"),
    P("Vesterbro 61, 2. th., 5000 Odense C", "address", ["Vesterbro 61", "5000"]),
    P("Camilla Ravn", "name"),
    P("31 55 08 72", "phone"),
    P("DK20 9748 2123 7899 14", "iban"),
    P("11.04.1963", "birth_date"),
    P("50 39 14 88", "phone"),
], [
    L("88-2210-447", "policy_number"),
    L("Kalkhoff Endeavour 5.B Move", "product"),
    L("24.995 kr.", "price"),
    L("Cykelmageren", "company"),
    L("WKH2207815", "frame_number"),
    L("2300-80150-04412-24", "police_reference"),
    L("kl. 2", "time"),
]),

R("da-email-005", """
Fra: Sol & Strand Rejser <booking@sologstrand.dk>
Til: hr.jensen.kolding@gmail.com
Emne: Rejsebevis – Kreta, afrejse 06.07.2024 – bookingnr. SS-884102

Kære Henrik Rahbek Jensen

Tak for din bestilling. Kontrollér venligst, at navne og fødselsdatoer stemmer overens med pas:

1. Henrik Rahbek Jensen, f. 12.09.1979, pas nr. 208113457
2. Ewa Jensen, f. 30.06.1981, pas nr. 209774120
3. Oskar Rahbek Jensen, f. 01.02.2012
4. Klara Rahbek Jensen, f. 19.11.2015

Fly: SKY 4471 Billund–Chania, lørdag 06.07.2024 kl. 07.35
Hotel: Aphrodite Beach Resort, 2 x familieværelse, all inclusive
Pris i alt: 31.480 kr. – restbeløb 23.610 kr. betales senest 06.06.2024

Nødkontakt i Danmark: Bodil Rahbek, tlf. 75 52 19 30

Vi gør opmærksom på, at Ewas pas skal være gyldigt i hele opholdet.

God rejse!
Sol & Strand Rejser · Jernbanegade 4 · 6000 Kolding · Medlem af Rejsegarantifonden nr. 2144
""", [
    P("hr.jensen.kolding@gmail.com", "email"),
    P("Henrik Rahbek Jensen", "name"),
    P("12.09.1979", "birth_date"),
    P("208113457", "national_id", check="none"),
    P("Ewa Jensen", "name"),
    P("30.06.1981", "birth_date"),
    P("209774120", "national_id", check="none"),
    P("Oskar Rahbek Jensen", "name"),
    P("01.02.2012", "birth_date"),
    P("Klara Rahbek Jensen", "name"),
    P("19.11.2015", "birth_date"),
    P("Bodil Rahbek", "name"),
    P("75 52 19 30", "phone"),
], [
    L("06.07.2024", "event_date"),
    L("SS-884102", "booking_reference"),
    L("SKY 4471", "flight_number"),
    L("Billund–Chania", "route"),
    L("Aphrodite Beach Resort", "company"),
    L("31.480 kr.", "price"),
    L("23.610 kr.", "price"),
    L("06.06.2024", "event_date"),
]),

R("da-email-006", """
Fra: Tandlægerne i Vejle <klinik@tandvejle.dk>
Til: "Sara Lindqvist" <saralindqvist@live.dk>
Emne: Regning for behandling – patient Lucas Lindqvist Holm

Kære Sara

Hermed regning for Lucas' behandling den 22. maj hos tandlæge Peter Aagaard.

Patient: Lucas Lindqvist Holm, cpr. 150714-4485

Ydelser:
- Undersøgelse, ydelse 1000 — 0,00 kr. (børn under 18)
- Tandregulering, konsultation — 0,00 kr.
- Fluorlak — 0,00 kr.

Der er ingen egenbetaling, da Lucas er under 18 år. Regningen er kun til orientering.

Næste tid: torsdag 19. september kl. 8.15.

Vi har registreret Lucas' far, Morten Holm, som anden forælder med telefon 24 66 10 37. Hvis det ikke er korrekt, bedes I kontakte os.

Med venlig hilsen
Klinikassistent Gitte
Tandlægerne i Vejle · Dæmningen 18 · 7100 Vejle · tlf. 75 82 00 00
""", [
    P("Sara Lindqvist", "name"),
    P("saralindqvist@live.dk", "email"),
    P("Lucas Lindqvist Holm", "name"),
    P("Peter Aagaard", "name"),
    P("150714-4485", "national_id", check="cpr"),
    P("Morten Holm", "name"),
    P("24 66 10 37", "phone"),
    P("Gitte", "name"),
], [
    L("Tandlægerne i Vejle", "company"),
    L("den 22. maj", "event_date"),
    L("ydelse 1000", "procedure_code"),
    L("0,00 kr.", "amount"),
    L("under 18 år", "age_rule"),
    L("torsdag 19. september kl. 8.15", "event_time"),
]),

R("da-email-007", """
Frá/Fra: Norðurbankin <kundi@nordurbankin.fo>
Til: Rógvi Hansen <rogvi.hansen@olivant.fo>
Emne: Lánsumsókn / Låneansøgning – sag NB-2024-3318

Kæri Rógvi / Kære Rógvi

Tak for din låneansøgning på 450.000 DKK til renovering af huset på Gøtugjógv 3, 520 Leirvík.

Vi har brug for følgende, før vi kan behandle ansøgningen:
1. Årsopgørelse 2023 fra TAKS for både dig og din samlever, Elin Joensen.
2. Kontoudtog for de seneste 3 måneder fra jeres fælleskonto FO53 9669 0911 1146 56.
3. Et tilbud fra håndværkeren.

Ifølge vores oplysninger er dit cpr-nummer fra tiden i Danmark 110463-1602; vi bruger fremover dit p-tal, som du bedes oplyse ved næste møde.

Lånet forventes at få en fast rente på 4,75 % med en løbetid på 20 år. Den månedlige ydelse bliver ca. 2.910 DKK.

Du kan booke et møde med din rådgiver, Turið Mortensen, på tlf. 33 10 00 eller direkte på +298 28 47 12.

Vinarliga heilsan / Venlig hilsen
Turið Mortensen
Norðurbankin · Bryggjubakki 1 · FO-100 Tórshavn
""", [
    P("Rógvi Hansen", "name"),
    P("rogvi.hansen@olivant.fo", "email"),
    P("Gøtugjógv 3, 520 Leirvík", "address", ["Gøtugjógv 3", "520 Leirvík"]),
    P("Elin Joensen", "name"),
    P("FO53 9669 0911 1146 56", "iban"),
    P("110463-1602", "national_id", check="cpr"),
    P("Turið Mortensen", "name"),
    P("+298 28 47 12", "phone"),
], [
    L("NB-2024-3318", "case_number"),
    L("450.000 DKK", "amount"),
    L("TAKS", "organisation"),
    L("3 måneder", "duration"),
    L("4,75 %", "interest_rate"),
    L("20 år", "duration"),
    L("2.910 DKK", "amount"),
]),

R("da-email-008", """
Fra: Naja Motzfeldt <naja.motzfeldt@gmail.com>
Til: Inuk Egede
Emne: VS: Husleje og vandskade – lejl. Qullilerfik 2, 14

Hej Inuk, her er svaret fra boligselskabet. Kan du tjekke, om vi har fået den rigtige husleje? Du har jo adgang til vores fælleskonto. /Naja

----- Videresendt -----
Fra: Nunaqarfik Boliger A/S <udlejning@nunaqarfik.gl>
Sendt: 3. juni 2024 kl. 11:20
Til: naja.motzfeldt@gmail.com
Emne: SV: Husleje og vandskade – lejl. Qullilerfik 2, 14

Kære Naja Motzfeldt

Tak for din henvendelse vedr. vandskaden i lejemål nr. NQ-0214-14 (Qullilerfik 2, lejl. 14, 3900 Nuuk).

Vores tekniker, Hans-Henrik Lyberth, har registreret skaden den 28. maj. Vi udbedrer den i uge 25. Som kompensation nedsættes huslejen for juni med 1.500 kr., så du skal betale 7.240 kr. i stedet for 8.740 kr.

Beløbet trækkes via Betalingsservice fra konto GL66 5322 7501 4217 74 som sædvanligt.

Registrerede lejere: Naja Motzfeldt (cpr. 300683-1922) og Inuk Egede.

Ved spørgsmål kan du kontakte os på tlf. 34 90 00 eller ringe direkte til Hans-Henrik på +299 48 33 06.

Med venlig hilsen
Nunaqarfik Boliger A/S
""", [
    P("Naja Motzfeldt", "name"),
    P("naja.motzfeldt@gmail.com", "email"),
    P("Inuk Egede", "name"),
    P("Qullilerfik 2, 14", "address", ["Qullilerfik 2"]),
    P("Qullilerfik 2, lejl. 14, 3900 Nuuk", "address", ["Qullilerfik 2", "3900"]),
    P("Hans-Henrik Lyberth", "name"),
    P("GL66 5322 7501 4217 74", "iban"),
    P("300683-1922", "national_id", check="cpr"),
    P("+299 48 33 06", "phone"),
], [
    L("Nunaqarfik Boliger A/S", "company"),
    L("NQ-0214-14", "contract_number"),
    L("den 28. maj", "event_date"),
    L("uge 25", "event_date"),
    L("1.500 kr.", "amount"),
    L("7.240 kr.", "amount"),
    L("8.740 kr.", "amount"),
]),
]
