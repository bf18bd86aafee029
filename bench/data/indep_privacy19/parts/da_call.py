from rec import P, L, R

RECORDS = [
R("da-call-001", """
Medarbejder: Vestkyst Energi, det er Nikolaj. Hvad kan jeg hjælpe med?
Kunde: Hej, det er Camilla Bech. Jeg skal flytte, og jeg vil gerne have strømmen med til den nye adresse.
Medarbejder: Det klarer vi. Må jeg få dit cpr-nummer?
Kunde: Ja, det er 140283-1266.
Medarbejder: Tak. Og du bor nu på Vestergade 14, 1. th. i Aarhus C?
Kunde: Ja, indtil den 30. april.
Medarbejder: Og hvor skal du hen?
Kunde: Skovvej 3, 8660 Skanderborg. Det er et hus, men der er fjernvarme, så det er kun el.
Medarbejder: Der er målernummer 32189704 på adressen, og GSRN-nummeret er 571313174112345678. Skal vi starte leverancen den 1. maj?
Kunde: Ja tak. Og min kæreste, Mads Østergaard, flytter med. Skal han også stå på aftalen?
Medarbejder: Det kan han godt, så skal han selv godkende med MitID. Din a conto bliver 650 kr. om måneden til at starte med.
Kunde: Det er fint.
Medarbejder: Hvilken mail skal bekræftelsen sendes til?
Kunde: camilla punktum bech snabel-a example punktum com.
Medarbejder: Og et telefonnummer?
Kunde: 28 14 93 07.
Medarbejder: Super, så er det på plads. Dit aftalenummer er 4400-98213, og du får en mail inden for et par dage.
Kunde: Tak for hjælpen.
""",
[
    P("Nikolaj", "name", "Nikolaj"),
    P("Camilla Bech", "name", "Camilla", "Bech"),
    P("140283-1266", "national_id", check="cpr_strict"),
    P("Vestergade 14, 1. th.", "address", "Vestergade 14"),
    P("Skovvej 3, 8660 Skanderborg", "address", "Skovvej 3", "8660"),
    P("Mads Østergaard", "name", "Mads", "Østergaard"),
    P("camilla punktum bech snabel-a example punktum com", "email",
      "camilla punktum bech snabel-a example punktum com", "camilla punktum bech"),
    P("28 14 93 07", "phone"),
],
[
    L("Vestkyst Energi", "company_name"),
    L("30. april", "date"),
    L("32189704", "meter_number"),
    L("571313174112345678", "ean"),
    L("1. maj", "date"),
    L("MitID", "product_name"),
    L("650 kr.", "price"),
    L("4400-98213", "contract_number"),
]),

R("da-call-002", """
[SPEAKER 1] du taler med sofie fra nordlink hvad kan jeg hjælpe med
[SPEAKER 2] ja hej det er kasper vinther jeg vil gerne flytte mit nummer over til jer fra mit gamle selskab
[SPEAKER 1] det kan vi sagtens hvad er nummeret
[SPEAKER 2] det er toogtyve otteogtres nul fire nitten
[SPEAKER 1] og så skal jeg lige bruge dit cpr nummer
[SPEAKER 2] nul tre nul ni syvoghalvfjerds ti femoghalvfems
[SPEAKER 1] tak og din adresse
[SPEAKER 2] ahornvej 12 stuen til venstre 5230 odense m
[SPEAKER 1] super jeg kan se du har valgt fri tale og 50 gb til 149 kr om måneden skal det være et fysisk simkort eller esim
[SPEAKER 2] esim tak det er til en iphone 13 og så skal min søn emil også have et nummer
[SPEAKER 1] hvor gammel er han
[SPEAKER 2] han er født den tredje marts to tusind og ni
[SPEAKER 1] så kan han godt få et børneabonnement på dit cpr og hvad er din mail
[SPEAKER 2] k vinther otteogfirs snabel a example punktum net
[SPEAKER 1] k vinther otteogfirs snabel a example punktum net
[SPEAKER 2] ja
[SPEAKER 1] nummerflytningen sker fredag den 15 og dit ordrenummer er 771042 du får en sms når det er aktivt
[SPEAKER 2] perfekt tak
""",
[
    P("sofie", "name", "sofie"),
    P("kasper vinther", "name", "kasper", "vinther"),
    P("toogtyve otteogtres nul fire nitten", "phone"),
    P("nul tre nul ni syvoghalvfjerds ti femoghalvfems", "national_id",
      check="cpr_strict", canon="030977-1095"),
    P("ahornvej 12 stuen til venstre 5230 odense m", "address", "ahornvej 12", "5230"),
    P("emil", "name", "emil"),
    P("den tredje marts to tusind og ni", "birth_date"),
    P("k vinther otteogfirs snabel a example punktum net", "email",
      "k vinther otteogfirs snabel a example punktum net", "k vinther otteogfirs"),
],
[
    L("nordlink", "company_name"),
    L("fri tale og 50 gb", "plan_name"),
    L("149 kr om måneden", "price"),
    L("iphone 13", "product_name"),
    L("fredag den 15", "date"),
    L("771042", "order_number"),
]),

R("da-call-003", """
[00:00:03] Rådgiver: Limfjord Bank, du taler med Louise.
[00:00:06] Kunde: Ja, goddag, det er Jens Erik Thomsen. Jeg har lige fået en sms om et køb, jeg ikke har lavet.
[00:00:12] Rådgiver: Det lyder ubehageligt. Jeg skal lige have dig identificeret. Hvad er dit cpr-nummer?
[00:00:16] Kunde: 091165-2765.
[00:00:21] Rådgiver: Tak. Og hvilket kort drejer det sig om?
[00:00:24] Kunde: Mit Visa/Dankort. Nummeret er 4571 9458 0730 2150.
[00:00:33] Rådgiver: Jeg kan se et køb hos Zalando på 2.499,00 kr. i nat kl. 02.47. Er det dig?
[00:00:39] Kunde: Nej, jeg sov. Og min kone, Birgitte, har sit eget kort.
[00:00:44] Rådgiver: Så spærrer jeg kortet nu og opretter en indsigelse med sagsnummer IND-240317-55. Pengene bliver sat ind igen på kontoen, reg.nr. 7681 konto 4369577941, mens vi undersøger sagen.
[00:00:58] Kunde: Godt. Hvornår får jeg et nyt kort?
[00:01:01] Rådgiver: Det sendes til din folkeregisteradresse, Søndergade 41, 9000 Aalborg, inden for 5-7 bankdage. Du kan bruge MobilePay med det nye kort, så snart du har aktiveret det.
[00:01:10] Kunde: Kan I sende en sms, når det er afsendt? Mit nummer er 40 37 18 62.
[00:01:14] Rådgiver: Det gør vi. Er der andet, jeg kan hjælpe med?
[00:01:17] Kunde: Nej tak, det var det.
""",
[
    P("Louise", "name", "Louise"),
    P("Jens Erik Thomsen", "name", "Jens", "Erik", "Thomsen"),
    P("091165-2765", "national_id", check="cpr_strict"),
    P("4571 9458 0730 2150", "card"),
    P("Birgitte", "name", "Birgitte"),
    P("reg.nr. 7681 konto 4369577941", "iban", "7681", "4369577941", check="none:dk_account"),
    P("Søndergade 41, 9000 Aalborg", "address", "Søndergade 41", "9000"),
    P("40 37 18 62", "phone"),
],
[
    L("Limfjord Bank", "company_name"),
    L("Zalando", "company_name"),
    L("2.499,00 kr.", "price"),
    L("kl. 02.47", "time"),
    L("IND-240317-55", "case_number"),
    L("5-7 bankdage", "duration"),
    L("MobilePay", "product_name"),
]),

R("da-call-004", """
– Odense Kommune, Borgerservice, du taler med Maja.
– Góðan dag, eller goddag. Det er Rúni Joensen. Jeg flytter fra Færøerne til Odense med min familie og vil gerne høre, hvad vi skal gøre.
– Velkommen til. I skal anmelde flytningen på borger.dk senest 5 hverdage efter, I er flyttet. Har I allerede et cpr-nummer?
– Ja, jeg har 280881-2153, jeg har læst i Aarhus. Men min kone, Sunneva, og vores datter Elin har kun færøske numre.
– Så skal de møde op her med pas og lejekontrakt, så får de tildelt et cpr-nummer. Hvad er jeres nye adresse?
– Dalumvej 88, 2. sal, 5250 Odense SV. Vi får nøglerne den 1. august.
– Og hvor bor I nu?
– Niels Finsens gøta 7, FO-100 Tórshavn.
– Tak. Når I er registreret, skal I vælge læge, og så kommer det gule sundhedskort med posten efter cirka 2 uger.
– Kan I ringe til mig, hvis der mangler noget? Mit færøske nummer er +298 21 73 40, og fra august har jeg 42 71 30 66.
– Det noterer jeg på sagen, sagsnummer 2024-118044. Vil du have en mail med tjeklisten?
– Ja tak, runi.joensen@example.com.
– Den er sendt. God flytning!
""",
[
    P("Maja", "name", "Maja"),
    P("Rúni Joensen", "name", "Rúni", "Joensen"),
    P("280881-2153", "national_id", check="cpr_strict"),
    P("Sunneva", "name", "Sunneva"),
    P("Elin", "name", "Elin"),
    P("Dalumvej 88, 2. sal, 5250 Odense SV", "address", "Dalumvej 88", "5250"),
    P("Niels Finsens gøta 7, FO-100 Tórshavn", "address", "Niels Finsens gøta 7", "FO-100"),
    P("+298 21 73 40", "phone"),
    P("42 71 30 66", "phone"),
    P("runi.joensen@example.com", "email", "runi.joensen@example.com", "runi.joensen"),
],
[
    L("Odense Kommune", "company_name"),
    L("borger.dk", "url"),
    L("5 hverdage", "duration"),
    L("1. august", "date"),
    L("sundhedskort", "product_name"),
    L("2 uger", "duration"),
    L("2024-118044", "case_number"),
]),

R("da-call-005", """
Sekretær: Lægehuset Kildevang, det er Dorte.
Patient: Hej Dorte, det er Lone Skovgaard. Jeg skal have fornyet min recept på blodtrykspillerne.
Sekretær: Det kan jeg hjælpe med. Hvordan staves dit efternavn?
Patient: S-K-O-V-G-A-A-R-D.
Sekretær: Og dit cpr-nummer?
Patient: 021269-2840.
Sekretær: Tak. Det er Losartan 50 mg, ikke? Den sidste blev udskrevet i oktober.
Patient: Ja, det er den.
Sekretær: Læge Hviid vil gerne se dig til årskontrol, før han forlænger den igen. Jeg kan give dig en tid tirsdag den 9. april kl. 10.20, og så sender jeg en recept på én pakke med 98 stk. til Apoteket på Torvet indtil da.
Patient: Det passer fint. Min mand, Torben, skal i øvrigt også have en tid til en blodprøve.
Sekretær: Så skal han selv ringe eller bestille på appen. Bor I stadig på Kirkebakken 4?
Patient: Ja.
Sekretær: Og dit mobilnummer, er det stadig 61 28 40 93?
Patient: Ja, det er det.
Sekretær: Så ses vi tirsdag. Hej hej.
""",
[
    P("Dorte", "name", "Dorte"),
    P("Lone Skovgaard", "name", "Lone", "Skovgaard", "S-K-O-V-G-A-A-R-D"),
    P("021269-2840", "national_id", check="cpr_strict"),
    P("Hviid", "name", "Hviid"),
    P("Torben", "name", "Torben"),
    P("Kirkebakken 4", "address"),
    P("61 28 40 93", "phone"),
],
[
    L("Lægehuset Kildevang", "company_name"),
    L("Losartan 50 mg", "medication"),
    L("tirsdag den 9. april", "date"),
    L("kl. 10.20", "time"),
    L("98 stk.", "quantity"),
    L("Apoteket på Torvet", "company_name"),
]),

R("da-call-006", """
velkommen til kundeservice hos pakkeløbet du taler med thomas ja hej det er freja lauridsen jeg har en pakke fra zalando som siger den er leveret men den er her ikke okay har du track and trace nummeret ja det er 00370712345678901234 lige et øjeblik ja jeg kan se den er leveret i går klokken 13.52 på rosenvænget 14 8260 viby j og chaufføren har skrevet at den er stillet hos naboen larsen nå okay dem kender jeg ikke rigtig men jeg kan gå over og spørge ja gør det og hvis den ikke er der så opretter jeg en eftersøgning så skal jeg bruge dit telefonnummer det er fireogfyrre tolv nul otte femoghalvtreds og en mail f lauridsen snabel a example punktum org og min samboer jonas må også gerne hente den hvis den kommer i pakkeshop det noterer jeg der er to kolli i forsendelsen en sko æske og en pose ja ring tilbage hvis den ikke dukker op senest i morgen efter klokken 14 tak for det hej hej
""",
[
    P("thomas", "name", "thomas"),
    P("freja lauridsen", "name", "freja", "lauridsen"),
    P("rosenvænget 14 8260 viby j", "address", "rosenvænget 14", "8260"),
    P("larsen", "name", "larsen"),
    P("fireogfyrre tolv nul otte femoghalvtreds", "phone"),
    P("f lauridsen snabel a example punktum org", "email",
      "f lauridsen snabel a example punktum org", "f lauridsen"),
    P("jonas", "name", "jonas"),
],
[
    L("pakkeløbet", "company_name"),
    L("zalando", "company_name"),
    L("00370712345678901234", "tracking_number"),
    L("klokken 13.52", "time"),
    L("to kolli", "quantity"),
    L("i morgen efter klokken 14", "datetime"),
]),

R("da-call-007", """
Kundeservice: Boligforeningen Fjordparken, du taler med Helle.
Beboer: Hej, det er Ida Kjærgaard. Der drypper vand ned fra loftet i mit badeværelse, det kommer fra lejligheden ovenover.
Kundeservice: Det må vi få kigget på hurtigt. Hvornår startede det?
Beboer: Søndag den 3. marts, og nu er der en stor plet, og det lugter.
Kundeservice: Hvad er din adresse?
Beboer: Havnegade 22, 3. tv., 7100 Vejle. Mit lejemålsnummer er 14-0312-3.
Kundeservice: Tak. Har du talt med naboen ovenover?
Beboer: Ja, Hussein i 4. tv. Han siger, at hans vaskemaskine har været utæt.
Kundeservice: Så sender jeg vores vicevært, Ulrik, forbi i morgen mellem kl. 8 og 10. Han ringer, inden han kommer. Hvilket nummer?
Beboer: 26 90 14 38. Og hvis jeg er på arbejde, kan han ringe til min far, 75 82 33 19, han har en nøgle.
Kundeservice: Det skriver jeg på opgave nr. 88213. Du skal også anmelde skaden til dit eget indboforsikringsselskab.
Beboer: Det er Tryg, jeg gør det i dag.
Kundeservice: Godt. Ellers er der andet?
Beboer: Nej, tak for hjælpen.
""",
[
    P("Helle", "name", "Helle"),
    P("Ida Kjærgaard", "name", "Ida", "Kjærgaard"),
    P("Havnegade 22, 3. tv., 7100 Vejle", "address", "Havnegade 22", "7100"),
    P("Hussein", "name", "Hussein"),
    P("Ulrik", "name", "Ulrik"),
    P("26 90 14 38", "phone"),
    P("75 82 33 19", "phone"),
],
[
    L("Boligforeningen Fjordparken", "company_name"),
    L("Søndag den 3. marts", "date"),
    L("14-0312-3", "contract_number"),
    L("mellem kl. 8 og 10", "time"),
    L("88213", "ticket_number"),
    L("Tryg", "company_name"),
]),

R("da-call-008", """
Værksted: Bjarnes Auto, det er Kim.
Kunde: Hej, det er Søren Dalsgaard. Min bil skal til syn, og jeg tror også, der er noget galt med bremserne.
Værksted: Hvad er nummerpladen?
Kunde: CV 48 219. Cæsar Viggo, otteogfyrre, to, nitten.
Værksted: Det er en Skoda Octavia stationcar fra 2017, ikke?
Kunde: Jo.
Værksted: Jeg kan tage den torsdag den 18. april kl. 7.30. Syn koster 1.200 kr., og så kigger vi på bremserne samtidig. Skal du have lånebil?
Kunde: Nej, min kone, Anette, kører mig på arbejde.
Værksted: Fint. Hvis bremseklodserne skal skiftes, ringer jeg først. Hvilket nummer?
Kunde: 53 66 21 04.
Værksted: Og fakturaen, skal den på mail?
Kunde: Ja, til soren.dalsgaard@example.net. Kan jeg betale med MobilePay?
Værksted: Ja, på 53 66 21 04 får du en betalingsanmodning. Bor du stadig på Bredgade 12 i Ringkøbing?
Kunde: Ja.
Værksted: Så er det aftalt. Ordren hedder 2024-0418-3.
""",
[
    P("Kim", "name", "Kim"),
    P("Søren Dalsgaard", "name", "Søren", "Dalsgaard"),
    P("CV 48 219", "plate", "CV 48 219", "Cæsar Viggo, otteogfyrre, to, nitten"),
    P("Anette", "name", "Anette"),
    P("53 66 21 04", "phone"),
    P("soren.dalsgaard@example.net", "email", "soren.dalsgaard@example.net", "soren.dalsgaard"),
    P("Bredgade 12", "address"),
],
[
    L("Bjarnes Auto", "company_name"),
    L("Skoda Octavia stationcar", "vehicle_model"),
    L("torsdag den 18. april kl. 7.30", "datetime"),
    L("1.200 kr.", "price"),
    L("MobilePay", "product_name"),
    L("2024-0418-3", "order_number"),
]),

R("da-call-009", """
00:00:04 Rejsekonsulent: Nordatlantisk Rejser, du taler med Christian.
00:00:08 Kunde: Hej, det er Pipaluk Heilmann, jeg ringer fra Nuuk. Jeg vil gerne ændre en rejse til København for mig og min søn.
00:00:15 Rejsekonsulent: Det kan vi godt. Hvordan staves dit fornavn?
00:00:18 Kunde: P-I-P-A-L-U-K. Bookingnummeret er NR7K2Q.
00:00:25 Rejsekonsulent: Jeg har den. Pipaluk Heilmann og Malik Heilmann, udrejse den 14. juni med GL 780 Nuuk–Kangerlussuaq og videre til Kastrup.
00:00:34 Kunde: Ja, men vi skal først rejse den 21. juni. Malik har eksamen.
00:00:39 Rejsekonsulent: Jeg skal lige have hans fødselsdato, fordi han flyver på børnebillet.
00:00:43 Kunde: 4. november 2012.
00:00:47 Rejsekonsulent: Tak. Ændringen koster 850 kr. pr. person, og der er stadig 2 x 23 kg bagage med. Prisforskellen refunderer vi. Skal det til den konto, billetten blev betalt fra?
00:00:58 Kunde: Nej, den er lukket. Brug GL51 6471 8191 5042 53 i GrønlandsBANKEN.
00:01:06 Rejsekonsulent: Noteret. Og vi sender de nye billetter til pipaluk.h@example.com?
00:01:11 Kunde: Ja. Og min adresse er ændret, det er nu Aqqusinersuaq 34, lejl. 2, 3900 Nuuk.
00:01:18 Rejsekonsulent: Og telefon?
00:01:20 Kunde: +299 52 41 87.
00:01:23 Rejsekonsulent: Perfekt, så er det ændret. God tur.
""",
[
    P("Christian", "name", "Christian"),
    P("Pipaluk Heilmann", "name", "Pipaluk", "Heilmann", "P-I-P-A-L-U-K"),
    P("Malik Heilmann", "name", "Malik", "Heilmann"),
    P("4. november 2012", "birth_date"),
    P("GL51 6471 8191 5042 53", "iban"),
    P("pipaluk.h@example.com", "email", "pipaluk.h@example.com", "pipaluk.h"),
    P("Aqqusinersuaq 34, lejl. 2, 3900 Nuuk", "address", "Aqqusinersuaq 34", "3900"),
    P("+299 52 41 87", "phone"),
],
[
    L("Nordatlantisk Rejser", "company_name"),
    L("NR7K2Q", "booking_reference"),
    L("14. juni", "date"),
    L("GL 780", "flight_number"),
    L("21. juni", "date"),
    L("850 kr. pr. person", "price"),
    L("2 x 23 kg", "quantity"),
    L("GrønlandsBANKEN", "company_name"),
]),

R("da-call-010", """
Rådgiver: Velkommen til Poteforsikring, du taler med Jeanette.
Kunde: Hej, det er Rasmus Holm Nielsen. Jeg har anmeldt en skade på vores hund, Bølle, og jeg har ikke hørt noget.
Rådgiver: Det skal jeg nok finde ud af. Må jeg få dit cpr-nummer?
Rådgiver: Eller dit policenummer, hvis du har det ved hånden.
Kunde: Cpr-nummeret er 261072-3953.
Rådgiver: Tak. Jeg kan se skadenummer 24-771903, behandling hos Dyreklinikken Vestbyen den 2. februar. Det var en fremmedlegemeoperation?
Kunde: Ja, han havde spist en sok. Dyrlæge Sørensen opererede ham.
Rådgiver: Regningen er på 14.380 kr. Vi mangler journalen fra klinikken, og så passer chipnummeret 208098100123456 ikke med det, vi har registreret.
Kunde: Det er mærkeligt. Min kone, Signe, registrerede ham, da vi fik ham.
Rådgiver: Jeg beder klinikken sende journalen direkte. Når sagen er godkendt, udbetaler vi til din NemKonto, minus selvrisiko på 1.500 kr. Står du stadig på Birkealle 9, 4000 Roskilde?
Kunde: Ja.
Rådgiver: Og vi kan fange dig på 31 47 02 85 og rasmus.hn@example.org?
Kunde: Det er korrekt.
Rådgiver: Så hører du fra os inden for 10 hverdage. God bedring til Bølle.
""",
[
    P("Jeanette", "name", "Jeanette"),
    P("Rasmus Holm Nielsen", "name", "Rasmus", "Holm", "Nielsen"),
    P("261072-3953", "national_id", check="cpr_strict"),
    P("Sørensen", "name", "Sørensen"),
    P("Signe", "name", "Signe"),
    P("Birkealle 9, 4000 Roskilde", "address", "Birkealle 9", "4000"),
    P("31 47 02 85", "phone"),
    P("rasmus.hn@example.org", "email", "rasmus.hn@example.org", "rasmus.hn"),
],
[
    L("Poteforsikring", "company_name"),
    L("Bølle", "pet_name"),
    L("24-771903", "claim_number"),
    L("Dyreklinikken Vestbyen", "company_name"),
    L("2. februar", "date"),
    L("14.380 kr.", "price"),
    L("208098100123456", "serial_number"),
    L("NemKonto", "product_name"),
    L("1.500 kr.", "price"),
]),

R("da-call-011", """
Person A: Lønservice, det er Anders.
Person B: Hej Anders, det er Birgitte Lund Madsen fra Maskinfabrikken Jørgensen & Søn. Der er blevet trukket alt for meget i skat på min lønseddel for marts.
Person A: Det kigger jeg på. Dit cpr-nummer, tak?
Person B: Tredive nul fire otteogfirs, enogtredive otteoghalvfjerds.
Person A: Tak, Birgitte. Jeg kan se, at vi har fået et bikort fra Skattestyrelsen, så der er trukket 38 procent uden fradrag. Har du ændret noget i din forskudsopgørelse?
Person B: Ja, min mand, Carsten, og jeg har flyttet fradraget rundt, fordi han er gået ned i tid. Så det er nok min fejl.
Person A: Så skal du bare rette det på skat.dk, så henter vi et nyt hovedkort automatisk. Differencen kommer med på aprillønnen.
Person B: Okay. Og så skal lønnen fremover gå til en ny konto. Reg.nr. 9570, kontonummer 5926640489.
Person A: Det skal du desværre selv registrere i lønportalen, af sikkerhedshensyn. Jeg kan se, vi har adressen Lindevej 7, 6000 Kolding, er det stadig korrekt?
Person B: Ja, det er det.
Person A: Så sender jeg en vejledning til birgitte.lm@example.com og opretter sagen som LS-20931. Og du kan stadig træffes på 23 58 71 40?
Person B: Ja, det kan jeg. Tak for hjælpen.
Person A: Selv tak, hav en god dag.
""",
[
    P("Anders", "name", "Anders"),
    P("Birgitte Lund Madsen", "name", "Birgitte", "Lund", "Madsen"),
    P("Tredive nul fire otteogfirs, enogtredive otteoghalvfjerds", "national_id",
      check="cpr_strict", canon="300488-3178"),
    P("Carsten", "name", "Carsten"),
    P("Reg.nr. 9570, kontonummer 5926640489", "iban", "9570", "5926640489",
      check="none:dk_account"),
    P("Lindevej 7, 6000 Kolding", "address", "Lindevej 7", "6000"),
    P("birgitte.lm@example.com", "email", "birgitte.lm@example.com", "birgitte.lm"),
    P("23 58 71 40", "phone"),
],
[
    L("Lønservice", "company_name"),
    L("Maskinfabrikken Jørgensen & Søn", "company_name"),
    L("Skattestyrelsen", "company_name"),
    L("38 procent", "percentage"),
    L("skat.dk", "url"),
    L("LS-20931", "ticket_number"),
]),

R("da-call-012", """
Fitness Nord: Hej og velkommen til Fitness Nord, det er Mikkel.
Medlem: Hej, det er Amalie Dahl. Jeg vil gerne sætte mit medlemskab på pause, jeg har fået en knæskade.
Fitness Nord: Ej, det er jeg ked af at høre. Hvad er dit medlemsnummer?
Medlem: Det har jeg ikke lige. Men min fødselsdato er den 12.3.99.
Fitness Nord: Så prøver jeg at søge på dit telefonnummer.
Medlem: 93 12 60 75.
Fitness Nord: Der er du. Du har Flex-medlemskab, 299 kr. om måneden, medlemsnummer 300-4471. Vi kan sætte det på pause i op til 3 måneder, hvis du sender dokumentation.
Medlem: Jeg har en erklæring fra min fysioterapeut, Nanna Krogh. Hvor skal jeg sende den hen?
Fitness Nord: Du kan svare på den mail, jeg sender nu. Er det amalie dahl 99 snabel-a example punktum com?
Medlem: Ja, alt i ét ord: amaliedahl99@example.com.
Fitness Nord: Perfekt. Pausen starter den 1. juni. Og din adresse er stadig Nørrebrogade 110, 4. th., 2200 København N?
Medlem: Ja.
Fitness Nord: Så er det klaret. God bedring med knæet.
""",
[
    P("Mikkel", "name", "Mikkel"),
    P("Amalie Dahl", "name", "Amalie", "Dahl"),
    P("12.3.99", "birth_date"),
    P("93 12 60 75", "phone"),
    P("Nanna Krogh", "name", "Nanna", "Krogh"),
    P("amalie dahl 99 snabel-a example punktum com", "email",
      "amalie dahl 99 snabel-a example punktum com", "amalie dahl 99"),
    P("amaliedahl99@example.com", "email", "amaliedahl99@example.com", "amaliedahl99"),
    P("Nørrebrogade 110, 4. th., 2200 København N", "address", "Nørrebrogade 110", "2200"),
],
[
    L("Fitness Nord", "company_name"),
    L("Flex-medlemskab", "plan_name"),
    L("299 kr. om måneden", "price"),
    L("300-4471", "customer_number"),
    L("3 måneder", "duration"),
    L("1. juni", "date"),
]),
]
