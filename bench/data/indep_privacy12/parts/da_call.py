from _common import R, N, E, P, L

RECORDS = []

RECORDS += [
R("da-call-001", """
Agent: Elværk Nord, du taler med Jonas Holm, hvad kan jeg hjælpe med?
Kunde: Hej, det er Mette Kjær Rasmussen. Jeg skal flytte, og jeg vil gerne tage min elaftale med.
Agent: Det kan vi sagtens. Må jeg bede om dit kundenummer?
Kunde: Øh, ja, det er 4011-82736.
Agent: Tak. Og for at bekræfte din identitet, dit CPR-nummer?
Kunde: Ja, det er nul to, elleve, syvogfirs, seksten, tooghalvtreds.
Agent: Tak, Mette. Du bor nu på Ahornsgade 9, 1. th., 2200 København N, ikke?
Kunde: Jo, indtil udgangen af juli.
Agent: Og den nye adresse?
Kunde: Det er Jægersborg Allé 41, st. mf. i Charlottenlund. 2920.
Agent: Hvornår overtager I?
Kunde: Vi får nøglerne den 1. august.
Agent: Så flytter jeg leveringen til 1. august. Husk at aflæse måleren. På den gamle adresse har jeg målernummer 0221-4478-19, og aftagenummeret på den nye adresse er 571313104400218837.
Kunde: Okay.
Agent: Dit produkt, Grøn Strøm Fastpris 24, fortsætter uændret, og acontobeløbet bliver 685 kr. om måneden. Det trækkes stadig via Betalingsservice fra reg.nr. 5743, kontonummer 6108898806?
Kunde: Ja, det er min lønkonto.
Agent: Perfekt. Hvor skal bekræftelsen sendes hen?
Kunde: Til min mail, det er mette punktum kjaer snabel-a gmail punktum com. Kjær med a-e.
Agent: Og et telefonnummer?
Kunde: Toogtyve, femogfyrre, nitten, otteogtres.
Agent: Du får en bekræftelse med sagsnummer FLY-552901 inden for tre hverdage. Min kollega Karina fra måleraflæsningen ringer dig måske op.
Kunde: Tak skal du have, Jonas.
""", [
    N("Jonas Holm"),
    N("Mette Kjær Rasmussen"),
    P("nul to, elleve, syvogfirs, seksten, tooghalvtreds", "national_id", check="cpr", digits="021187-1652"),
    P("Ahornsgade 9, 1. th.", "address", "Ahornsgade 9"),
    P("2200", "postcode"),
    P("Jægersborg Allé 41, st. mf.", "address", "Jægersborg Allé 41"),
    P("2920", "postcode"),
    P("6108898806", "iban", check="none"),
    P("mette punktum kjaer snabel-a gmail punktum com", "email",
      "mette punktum kjaer snabel-a gmail punktum com", "mette punktum kjaer"),
    P("Toogtyve, femogfyrre, nitten, otteogtres", "phone"),
    N("Karina"),
], [
    L("4011-82736", "customer_number"),
    L("1. august", "moving_date"),
    L("0221-4478-19", "meter_number"),
    L("571313104400218837", "ean_code"),
    L("Grøn Strøm Fastpris 24", "product"),
    L("685 kr.", "amount"),
    L("Betalingsservice", "product"),
    L("FLY-552901", "case_number"),
]),

R("da-call-002", """
[00:00:03] Rådgiver: Sparekassen Vestkyst, du taler med Anders Lykke Nielsen.
[00:00:07] Kunde: Hej, det er Birthe Mortensen. Jeg tror, jeg er blevet snydt. Der var en, der ringede og sagde, han var fra banken.
[00:00:15] Rådgiver: Det er godt, du ringer. Vil du bekræfte med MitID? Jeg sender en anmodning nu.
[00:00:24] Kunde: Ja, nu har jeg godkendt.
[00:00:27] Rådgiver: Tak, Birthe. Jeg kan se, at der i går kl. 19.42 er godkendt en overførsel på 18.500,00 kr. til en konto i Polen, PL40 1012 3559 5222 6412 7026 1832. Var det dig?
[00:00:41] Kunde: Nej! Han sagde, jeg skulle godkende for at stoppe en betaling. Han hed Martin, sagde han, og han ringede fra +45 91 77 40 13.
[00:00:52] Rådgiver: Jeg kan også se et login fra IP-adressen 203.0.113.88 kl. 19.38, som ikke er din sædvanlige enhed. Jeg spærrer nu din netbank og dit kort. Har du kortet ved hånden? Læs lige kortnummeret op.
[00:01:05] Kunde: Ja... det er mit Visa/Dankort: 4571 4570 3290 9445.
[00:01:16] Rådgiver: Tak. Kortet er spærret. Jeg opretter en indsigelse med sagsnummer SV-IND-77031 og prøver at kalde pengene tilbage. Du bør også anmelde det til politiet på 114.
[00:01:30] Kunde: Han bad også om mit bruger-id til MitID. Det er birthe1949.
[00:01:37] Rådgiver: Så skal du kontakte MitID-support og få det spærret. Beløbet er trukket fra din budgetkonto, reg.nr. 3884, kontonummer 8734412131.
[00:01:52] Kunde: Min søn, Kasper, hjælper mig med det hele.
[00:01:57] Rådgiver: Godt. Vi sender et nyt kort til Toftevej 12, 6700 Esbjerg. Er det rigtigt?
[00:02:04] Kunde: Ja, det er rigtigt.
[00:02:06] Rådgiver: Så er du sikret. Du hører fra os inden for 5 bankdage.
""", [
    N("Anders Lykke Nielsen"),
    N("Birthe Mortensen"),
    P("PL40 1012 3559 5222 6412 7026 1832", "iban"),
    N("Martin"),
    P("+45 91 77 40 13", "phone"),
    P("203.0.113.88", "ip"),
    P("4571 4570 3290 9445", "card"),
    P("birthe1949", "username"),
    P("8734412131", "iban", check="none"),
    N("Kasper"),
    P("Toftevej 12", "address"),
    P("6700", "postcode"),
], [
    L("Sparekassen Vestkyst", "company"),
    L("kl. 19.42", "time"),
    L("18.500,00 kr.", "amount"),
    L("kl. 19.38", "time"),
    L("SV-IND-77031", "case_number"),
    L("114", "police_phone"),
    L("5 bankdage", "duration"),
    L("[00:01:05]", "timestamp"),
]),

R("da-call-003", """
hej du taler med louise fra fjordnet hvad kan jeg hjælpe dig med ja hej mit navn er ahmad hussein jeg vil gerne flytte mit nummer fra mit gamle selskab over til jer okay det kan jeg godt hjælpe med hvad er nummeret det er fireogtyve seksogtredive halvfjerds tolv og står nummeret i dit navn ja i mit navn h u s s e i n okay og jeg skal bruge dit cpr-nummer til nummerflytningen ja det er nul tre nul fire fem to tre syv tre fem tak og hvilket abonnement vil du have vi har fjordnet fri tale 50 gigabyte til 149 kroner om måneden ja det tager jeg og hvor skal simkortet sendes hen til min adresse vestergade 88 anden sal til venstre 8000 aarhus c og min datter sara hun skal også have et nummer hun er under atten kan det stå på mig ja det kan godt lade sig gøre hvad er hendes fødselsdato den syttende april to tusind og tre okay og en e-mail til ordrebekræftelsen ahmad punktum hussein snabel-a mail punktum dk godt og har du et andet nummer vi kan ringe på hvis der er problemer ja min kones nummer det er otteogtyve nul et fireoghalvfems femogtredive hvad hedder hun amina tak så sender jeg simkortene med postnord det tager en til tre hverdage og nummerflytningen sker den femogtyvende juni klokken seks om morgenen ordrenummeret er f n fire fire syv otte to ni super tak for hjælpen selv tak hav en god dag
""", [
    N("louise"),
    N("ahmad hussein"),
    P("fireogtyve seksogtredive halvfjerds tolv", "phone"),
    P("h u s s e i n", "name"),
    P("nul tre nul fire fem to tre syv tre fem", "national_id", check="cpr", digits="030452-3735"),
    P("vestergade 88 anden sal til venstre", "address", "vestergade 88"),
    P("8000", "postcode"),
    N("sara"),
    P("den syttende april to tusind og tre", "birth_date"),
    P("ahmad punktum hussein snabel-a mail punktum dk", "email",
      "ahmad punktum hussein snabel-a mail punktum dk", "ahmad punktum hussein"),
    P("otteogtyve nul et fireoghalvfems femogtredive", "phone"),
    N("amina"),
], [
    L("fjordnet fri tale 50 gigabyte", "product"),
    L("149 kroner om måneden", "price"),
    L("postnord", "company"),
    L("en til tre hverdage", "duration"),
    L("den femogtyvende juni klokken seks om morgenen", "porting_date"),
    L("f n fire fire syv otte to ni", "order_number"),
]),

R("da-call-004", """
Skadekonsulent: Tryghavn Forsikring, det er Camilla Brandt, hvad kan jeg gøre for dig?
Kunde: Hej Camilla, Lars Østergaard her. Jeg har haft et færdselsuheld i morges.
Skadekonsulent: Det er jeg ked af at høre. Er nogen kommet til skade?
Kunde: Nej nej, kun bilen. En anden bil bakkede ud fra en parkeringsplads ved indkøbscentret i Næstved.
Skadekonsulent: Okay. Må jeg få dit policenummer?
Kunde: Det er 6401-228-917.
Skadekonsulent: Tak. Og dit CPR-nummer til bekræftelse?
Kunde: 280283-0419.
Skadekonsulent: Tak, Lars. Hvad er dit registreringsnummer?
Kunde: CV 41 382. Det er en Toyota Yaris Hybrid.
Skadekonsulent: Og modpartens?
Kunde: AZ 77 915. Føreren hed Sofie Bach, hun er forsikret hos Nordlys Forsikring. Vi har udfyldt en fælles skadeanmeldelse. Hendes telefonnummer er 61 44 20 87.
Skadekonsulent: Godt. Jeg skal også bruge dit kørekortnummer.
Kunde: 31285016.
Skadekonsulent: Din selvrisiko er 3.000 kr., men vi vil forsøge at få modpartens forsikring til at dække. Du kan køre bilen til Autoværkstedet Jensen & Søn, som er vores samarbejdspartner. Skadenummeret er SK-24-091877.
Kunde: Kan I skrive til mig på lars.oestergaard@outlook.dk?
Skadekonsulent: Ja. Og bor du stadig på Ringstedgade 27, 4700 Næstved?
Kunde: Ja, det gør jeg.
Skadekonsulent: Så er det noteret. Hav en god dag, Lars.
""", [
    N("Camilla Brandt"),
    N("Lars Østergaard"),
    P("280283-0419", "national_id", check="cpr"),
    P("CV 41 382", "plate"),
    P("AZ 77 915", "plate"),
    N("Sofie Bach"),
    P("61 44 20 87", "phone"),
    P("31285016", "national_id", check="none"),
    E("lars.oestergaard@outlook.dk"),
    P("Ringstedgade 27", "address"),
    P("4700", "postcode"),
], [
    L("Tryghavn Forsikring", "company"),
    L("6401-228-917", "policy_number"),
    L("Toyota Yaris Hybrid", "product"),
    L("Nordlys Forsikring", "company"),
    L("3.000 kr.", "amount"),
    L("Autoværkstedet Jensen & Søn", "company"),
    L("SK-24-091877", "claim_number"),
]),
]

RECORDS += [
R("da-call-005", """
09:14:02 Borgerservice: Skovlund Kommune, Borgerservice, du taler med Henrik.
09:14:06 Borger: Goddag, mit navn er Aaja Lynge Kristiansen. Vi er lige flyttet hertil fra Nuuk, og jeg skal have sundhedskort til mig og min datter.
09:14:15 Borgerservice: Velkommen til kommunen. Er I registreret på den nye adresse?
09:14:19 Borger: Ja, vi flyttede ind den 3. juni på Lærkevej 4, 1. sal, 8600 Silkeborg.
09:14:27 Borgerservice: Må jeg få dit CPR-nummer?
09:14:30 Borger: Det er 120177-2016.
09:14:36 Borgerservice: Tak. Og din datters?
09:14:39 Borger: Hun hedder Nivi Lynge Kristiansen, hendes er 220311-5590.
09:14:50 Borgerservice: Tak. I er begge registreret. Sundhedskortene bestilles nu og sendes til adressen inden for 2-3 uger. I mellemtiden kan I bruge appen "Sundhedskort".
09:15:04 Borger: Og læge? Vi skal vælge en praktiserende læge.
09:15:08 Borgerservice: Der er åbent for tilgang i Lægehuset Søndertorv hos læge Peter Vinther. Der er plads til 4 nye patienter.
09:15:16 Borger: Det tager vi. Min mand bliver i øvrigt boende i Nuuk indtil august, på Aqqusinersuaq 12, 3900 Nuuk. Skal det noteres?
09:15:27 Borgerservice: Nej, det klarer han selv med sin kommune. Har du et telefonnummer, vi kan kontakte dig på?
09:15:33 Borger: Mit grønlandske nummer virker stadig: +299 52 18 44. Ellers mit danske, 42 73 19 05.
09:15:42 Borgerservice: Tak. Din sag har nummer BS-2024-18821. Du får besked i e-Boks.
09:15:48 Borger: Qujanaq, tak for hjælpen!
""", [
    N("Henrik"),
    N("Aaja Lynge Kristiansen"),
    P("Lærkevej 4, 1. sal", "address", "Lærkevej 4"),
    P("8600", "postcode"),
    P("120177-2016", "national_id", check="cpr"),
    N("Nivi Lynge Kristiansen"),
    P("220311-5590", "national_id", check="cpr"),
    N("Peter Vinther"),
    P("Aqqusinersuaq 12", "address"),
    P("3900", "postcode"),
    P("+299 52 18 44", "phone"),
    P("42 73 19 05", "phone"),
], [
    L("3. juni", "date"),
    L("2-3 uger", "duration"),
    L('appen "Sundhedskort"', "product"),
    L("Lægehuset Søndertorv", "company"),
    L("4 nye patienter", "quantity"),
    L("BS-2024-18821", "case_number"),
    L("e-Boks", "product"),
]),

R("da-call-006", """
Sekretær: Ortopædkirurgisk ambulatorium, Regionshospitalet Vestby, det er sekretær Hanne Dalgaard.
Patient: Hej, det er Poul Erik Sørensen. Jeg har fået en indkaldelse til MR-scanning, men jeg kan ikke komme.
Sekretær: Det ordner vi. Dit CPR-nummer, tak.
Patient: Tre en en nul fire fem, tre to fem fem.
Sekretær: Tak, Poul Erik. Du står til MR-scanning af venstre knæ tirsdag den 25. juni kl. 08.15. Henvisningen er fra din egen læge, Dorte Mikkelsen.
Patient: Ja, men min kone, Inger, skal opereres samme dag, så jeg skal køre hende.
Sekretær: Jeg kan tilbyde torsdag den 4. juli kl. 13.40 eller mandag den 8. juli kl. 10.00.
Patient: Torsdag er fint.
Sekretær: Så er du booket. Husk at medbringe din medicinliste. Vi sender en ny indkaldelse i e-Boks.
Patient: Jeg er fritaget for digital post, så send den til Skolebakken 3, Hvidbjerg, 7790 Thyholm. Og ring gerne på fastnettet, 97 87 12 54, eller på min søns mobil, 30 28 65 41. Han hedder Bjarne.
Sekretær: Noteret. Hvis du får forfald igen, så ring på 78 45 99 00 mellem kl. 8 og 12.
Patient: Det skal jeg nok. Tak.
""", [
    N("Hanne Dalgaard"),
    N("Poul Erik Sørensen"),
    P("Tre en en nul fire fem, tre to fem fem", "national_id", check="cpr", digits="311045-3255"),
    N("Dorte Mikkelsen"),
    N("Inger"),
    P("Skolebakken 3", "address"),
    P("7790", "postcode"),
    P("97 87 12 54", "phone"),
    P("30 28 65 41", "phone"),
    N("Bjarne"),
], [
    L("Regionshospitalet Vestby", "company"),
    L("MR-scanning af venstre knæ", "procedure"),
    L("tirsdag den 25. juni kl. 08.15", "appointment"),
    L("torsdag den 4. juli kl. 13.40", "appointment"),
    L("mandag den 8. juli kl. 10.00", "appointment"),
    L("e-Boks", "product"),
    L("78 45 99 00", "company_phone"),
    L("mellem kl. 8 og 12", "opening_hours"),
]),

R("da-call-007", """
– PakkeNord kundeservice, du taler med Rasmus.
– Hej, det er Paninnguaq Olsen fra Nuuk. Jeg venter på en pakke fra Danmark, men den har stået stille i to uger.
– Det må du undskylde. Har du forsendelsesnummeret?
– Ja, CE 481 226 573 DK.
– Tak. Den ligger i tolden i Aalborg, fordi der mangler en tolddeklaration. Hvem har sendt den?
– Min mormor, Ellen Olsen. Hun bor i Svendborg.
– Den er sendt fra Bryggervej 6, 5700 Svendborg, ikke?
– Jo, det passer.
– Indholdet står som "gave, tøj, 2,4 kg". Når værdien er under 500 kr., skal du ikke betale told, men der kommer et ekspeditionsgebyr på 95 kr.
– Okay, og hvordan betaler jeg det?
– Du får et link på sms. Hvad er dit nummer?
– Det er plus to ni ni, femoghalvtreds, treogfyrre, enogtyve.
– Tak. Og din adresse i Nuuk?
– Qarsaajunnguaq 4, lejlighed 302, 3900 Nuuk. Der står også P.O. Box 1127 på pakken, men det er min gamle postboks.
– Jeg retter det. Må jeg også få din e-mail, så du kan følge pakken?
– paninnguaq punktum olsen snabel-a greennet punktum g l.
– Så er det på plads. Pakken forventes at være fremme inden for 7-10 dage.
– Qujanaq.
""", [
    N("Rasmus"),
    N("Paninnguaq Olsen"),
    N("Ellen Olsen"),
    P("Bryggervej 6", "address"),
    P("5700", "postcode"),
    P("plus to ni ni, femoghalvtreds, treogfyrre, enogtyve", "phone"),
    P("Qarsaajunnguaq 4, lejlighed 302", "address", "Qarsaajunnguaq 4"),
    P("3900", "postcode"),
    P("P.O. Box 1127", "address"),
    P("paninnguaq punktum olsen snabel-a greennet punktum g l", "email",
      "paninnguaq punktum olsen snabel-a greennet punktum g l", "paninnguaq punktum olsen"),
], [
    L("PakkeNord", "company"),
    L("to uger", "duration"),
    L("CE 481 226 573 DK", "tracking_number"),
    L("tolden i Aalborg", "location"),
    L("gave, tøj, 2,4 kg", "parcel_contents"),
    L("500 kr.", "amount"),
    L("95 kr.", "amount"),
    L("7-10 dage", "duration"),
]),

R("da-call-008", """
M: Boligselskabet Lærkehaven, det er Susanne.
B: Ja hej Susanne, det er Frederik Dahl fra Tranehaven 22, 2. tv. Vi har fået skimmel i soveværelset.
M: Det lyder ikke rart. Hvad er postnummeret, så jeg finder den rigtige afdeling?
B: 2650.
M: Tak. Og til sikkerhed, din fødselsdato?
B: Ottende november enoghalvfjerds.
M: Ja, jeg har dig. Lejemål 112-0457-03 i afdeling 14. Hvor stort er området?
B: Omkring en halv kvadratmeter bag skabet, og det lugter. Min kæreste, Julie, har astma, så det haster lidt.
M: Jeg sender vores inspektør, Michael Friis, ud. Han kan komme onsdag den 19. juni mellem 8 og 10. Er det i orden?
B: Ja. Han kan ringe på 26 81 53 40, hvis han bliver forsinket.
M: Noteret. Han tager en fugtmåler med, en Testo 606-2, og måler væggene. Indtil da skal I lufte ud tre gange om dagen i 10 minutter.
B: Kan I sende en bekræftelse?
M: Til frederik.dahl@live.dk?
B: Ja tak.
M: Din reparationssag har nummer R-24-3318. Hav en god dag.
""", [
    N("Susanne"),
    N("Frederik Dahl"),
    P("Tranehaven 22, 2. tv.", "address", "Tranehaven 22"),
    P("2650", "postcode"),
    P("Ottende november enoghalvfjerds", "birth_date"),
    N("Julie"),
    N("Michael Friis"),
    P("26 81 53 40", "phone"),
    E("frederik.dahl@live.dk"),
], [
    L("Boligselskabet Lærkehaven", "company"),
    L("112-0457-03", "lease_number"),
    L("afdeling 14", "department"),
    L("en halv kvadratmeter", "quantity"),
    L("onsdag den 19. juni mellem 8 og 10", "appointment"),
    L("Testo 606-2", "product"),
    L("tre gange om dagen i 10 minutter", "instruction"),
    L("R-24-3318", "case_number"),
]),
]

RECORDS += [
R("da-call-009", """
Agent: Velkommen til Hjemmeshop, du taler med Mikkel. Hvordan kan jeg hjælpe?
Kunde: Hej Mikkel, jeg hedder Kirsten Bækgaard. Jeg vil gerne returnere en sofa. [pause] Den passer slet ikke ind.
Agent: Det kan vi godt. Har du ordrenummeret?
Kunde: Ja, det er H-S syv syv fire nul otte to.
Agent: HS-774082, sofa Aarhus 3-personers i grå velour, 7.995 kr., leveret den 10. juni. Hvordan staver du dit efternavn?
Kunde: B-Æ-K-G-A-A-R-D.
Agent: Tak. Hvor skal sofaen hentes?
Kunde: Rosenvængets Allé 19, stuen, 2100 København Ø.
Agent: Afhentningen koster 399 kr. Fragtmanden kan komme torsdag i uge 26. Hvad er dit telefonnummer?
Kunde: Fireogfyrre, seksogfirs, nul to, tooghalvfems.
Agent: Og hvor skal pengene tilbage til? Du betalte med MobilePay, men beløbet er over grænsen, så vi overfører til en konto.
Kunde: Reg.nr. otte to nul tre, kontonummer en syv nul seks otte fem ni syv to fire.
Agent: Og din e-mail til returlabelen?
Kunde: [utydeligt] ... k-i-r-s-t-e-n punktum b-a-e-k-g-a-a-r-d snabel-a hotmail punktum com.
Agent: Perfekt. Du modtager en returlabel og en kreditnota med nummer KN-2024-5531. Er der andet?
Kunde: Nej, bare at min nabo, fru Hviid, kan lukke op, hvis jeg ikke er hjemme.
Agent: Noteret. Tak for opkaldet, Kirsten.
""", [
    N("Mikkel"),
    N("Kirsten Bækgaard"),
    P("B-Æ-K-G-A-A-R-D", "name"),
    P("Rosenvængets Allé 19, stuen", "address", "Rosenvængets Allé 19"),
    P("2100", "postcode"),
    P("Fireogfyrre, seksogfirs, nul to, tooghalvfems", "phone"),
    P("en syv nul seks otte fem ni syv to fire", "iban", check="none", digits="1706859724"),
    P("k-i-r-s-t-e-n punktum b-a-e-k-g-a-a-r-d snabel-a hotmail punktum com", "email",
      "k-i-r-s-t-e-n punktum b-a-e-k-g-a-a-r-d snabel-a hotmail punktum com",
      "k-i-r-s-t-e-n punktum b-a-e-k-g-a-a-r-d"),
    N("fru Hviid"),
], [
    L("H-S syv syv fire nul otte to", "order_number"),
    L("HS-774082", "order_number"),
    L("sofa Aarhus 3-personers", "product"),
    L("7.995 kr.", "price"),
    L("10. juni", "delivery_date"),
    L("399 kr.", "price"),
    L("torsdag i uge 26", "pickup_date"),
    L("KN-2024-5531", "credit_note_number"),
]),

R("da-call-010", """
[10:02] Rejsekonsulent: Solkysten Rejser, det er Nanna. Hvad kan jeg hjælpe med?
[10:02] Kunde: Hej Nanna, Thomas Brøndum her. Vi har booket en rejse til Kreta, og jeg skulle sende pasnumre ind.
[10:03] Rejsekonsulent: Det kan vi klare nu. Har du bookingnummeret?
[10:03] Kunde: SOL-4471902.
[10:03] Rejsekonsulent: Tak. Tre personer, afrejse lørdag den 13. juli med fly XR 3412 fra Billund, Hotel Bella Vista, all inclusive. Hvem rejser med?
[10:04] Kunde: Mig, min kone Signe Brøndum og vores datter Alma.
[10:04] Rejsekonsulent: Så tager vi pasnumrene. Dit først.
[10:04] Kunde: To nul ni fire otte et syv tre seks.
[10:05] Rejsekonsulent: 209481736. Og din fødselsdato?
[10:05] Kunde: 19. juli 1975.
[10:05] Rejsekonsulent: Og Signe?
[10:06] Kunde: Hendes pas er 211370582, hun er født 16.09.1984.
[10:06] Rejsekonsulent: Og Alma?
[10:07] Kunde: Alma Brøndum, pas 213655019. Hun er født 04.05.2015.
[10:07] Rejsekonsulent: Tak. Prisen er stadig 24.380 kr. i alt. Rejsebeviserne sender jeg til thomas.brondum@mail.dk. Er det korrekt?
[10:08] Kunde: Ja. Og skriv mit mobilnummer på, hvis flyet bliver forsinket: +45 23 61 48 09.
[10:08] Rejsekonsulent: Det er gjort. God tur til Kreta!
""", [
    N("Nanna"),
    N("Thomas Brøndum"),
    N("Signe Brøndum"),
    N("Alma Brøndum"),
    P("209481736", "national_id", "209481736", "To nul ni fire otte et syv tre seks", check="none"),
    P("19. juli 1975", "birth_date"),
    P("211370582", "national_id", check="none"),
    P("16.09.1984", "birth_date"),
    P("213655019", "national_id", check="none"),
    P("04.05.2015", "birth_date"),
    E("thomas.brondum@mail.dk"),
    P("+45 23 61 48 09", "phone"),
], [
    L("Solkysten Rejser", "company"),
    L("Kreta", "destination"),
    L("SOL-4471902", "booking_number"),
    L("lørdag den 13. juli", "departure_date"),
    L("XR 3412", "flight_number"),
    L("Hotel Bella Vista", "hotel"),
    L("24.380 kr.", "price"),
    L("[10:07]", "timestamp"),
]),

R("da-call-011", """
Medarbejder (Fynlease): Fynlease, goddag, det er Kristoffer Juul.
Kunde: Goddag, Rannvá Joensen her. Min leasingaftale udløber, og jeg flytter hjem til Færøerne, så jeg vil gerne aflevere bilen før tid.
Medarbejder (Fynlease): Det kan vi godt se på. Hvad er registreringsnummeret?
Kunde: EL 93 114.
Medarbejder (Fynlease): Tak. Til identifikation skal jeg bruge dit CPR-nummer.
Kunde: To fem nul fem ni et, nul tre nul seks.
Medarbejder (Fynlease): Tak. Jeg kan se kontrakt FL-20931, en Peugeot e-208 med 15.000 km om året. Hvor mange kilometer har den kørt?
Kunde: 42.310 km.
Medarbejder (Fynlease): Så ligger du lidt over. Ved førtidig opsigelse er der et gebyr på 2.500 kr. Vi henter bilen på adressen, Nyborgvej 214, 1. th., 5220 Odense SØ?
Kunde: Ja, men jeg er der kun til den 28. Bagefter kan min bror, Sámal Joensen, udlevere nøglerne.
Medarbejder (Fynlease): Så skal vi bruge hans kørekortnummer, når han underskriver.
Kunde: Han har 27719043.
Medarbejder (Fynlease): Tak. Depositummet på 15.000 kr. betaler vi tilbage. Til hvilken konto?
Kunde: Min færøske konto: FO02 1004 6907 0681 58.
Medarbejder (Fynlease): Noteret. Og hvordan kan vi fange dig, når du er flyttet?
Kunde: På mit færøske nummer, plus to ni otte, toogtyve, syvogfyrre, tres. Og e-mail rannva.joensen@olivant.fo.
Medarbejder (Fynlease): Så sender jeg en bekræftelse derhen. God rejse hjem!
""", [
    N("Kristoffer Juul"),
    N("Rannvá Joensen"),
    P("EL 93 114", "plate"),
    P("To fem nul fem ni et, nul tre nul seks", "national_id", check="cpr", digits="250591-0306"),
    P("Nyborgvej 214, 1. th.", "address", "Nyborgvej 214"),
    P("5220", "postcode"),
    N("Sámal Joensen"),
    P("27719043", "national_id", check="none"),
    P("FO02 1004 6907 0681 58", "iban"),
    P("plus to ni otte, toogtyve, syvogfyrre, tres", "phone"),
    E("rannva.joensen@olivant.fo"),
], [
    L("Fynlease", "company"),
    L("FL-20931", "contract_number"),
    L("Peugeot e-208", "product"),
    L("15.000 km om året", "mileage_allowance"),
    L("42.310 km", "mileage"),
    L("2.500 kr.", "amount"),
    L("15.000 kr.", "amount"),
    L("den 28.", "date"),
]),

R("da-call-012", """
spk1: fibernet support det er ali du taler med
spk2: hej ali det er jannik bech mit internet har været nede siden i går aftes
spk1: det er jeg ked af hvad er adressen
spk2: hasserisgade 31 tredje sal 9000 aalborg
spk1: og til bekræftelse dit cpr nummer
spk2: et et nul ni syv ni nul ni otte ni
spk1: tak jannik jeg kan se din router en zyxel ex5601 står offline vi så den sidst med ip adressen 198.51.100.12 i går klokken 22.47
spk2: ja lampen blinker rødt
spk1: det er fejlkode 651 det er typisk fiberen der er knækket jeg sender en tekniker han kan komme fredag mellem 12 og 16
spk2: det er fint min nabo pernille kan lukke ham ind hvis jeg ikke er hjemme
spk1: okay har tekniker et nummer han kan ringe til
spk2: ja tooghalvtreds nul seks niogtres fjorten
spk1: og dit login til selvbetjening er det stadig fiber_jb79
spk2: ja
spk1: så får du en sms og en mail på jannik.bech at webspeed punktum dk med ordrenummer t k seks syv nul fire et din hastighed er 1000/1000 mbit så du får også en kompensation på 125 kroner
spk2: super tak
""", [
    N("ali"),
    N("jannik bech"),
    P("hasserisgade 31 tredje sal", "address", "hasserisgade 31"),
    P("9000", "postcode"),
    P("et et nul ni syv ni nul ni otte ni", "national_id", check="cpr", digits="110979-0989"),
    P("198.51.100.12", "ip"),
    N("pernille"),
    P("tooghalvtreds nul seks niogtres fjorten", "phone"),
    P("fiber_jb79", "username"),
    P("jannik.bech at webspeed punktum dk", "email", "jannik.bech at webspeed punktum dk", "jannik.bech"),
], [
    L("zyxel ex5601", "product"),
    L("klokken 22.47", "time"),
    L("fejlkode 651", "error_code"),
    L("fredag mellem 12 og 16", "appointment"),
    L("t k seks syv nul fire et", "order_number"),
    L("1000/1000 mbit", "bandwidth"),
    L("125 kroner", "amount"),
]),
]
