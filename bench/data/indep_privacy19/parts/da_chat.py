from rec import P, L, R

RECORDS = [
R("da-chat-001", """
Chat startet 19:41 · kilde: nordiskbolig.example/kundeservice · besøgende-IP 203.0.113.88
Frida 🤖: Hej! Jeg er Frida, Nordisk Boligudstyrs chatbot. Hvad kan jeg hjælpe med i dag?
Besøgende: min kaffemaskine virker ikke
Frida 🤖: Øv! Er det en reklamation? Skriv dit ordrenummer, så finder jeg din ordre.
Besøgende: DK-558190
Frida 🤖: Tak! Jeg sender dig videre til en medarbejder, der kan hjælpe med reklamationer.
--- Sara har overtaget samtalen ---
Sara: Hej, det er Sara 😊 Jeg kan se ordren på Barista Pro 2 til 1.899 kr. Hvad er der galt med den?
Besøgende: Den lækker vand i bunden efter 2 uger. Jeg vil bare ha pengene retur. Jeg betalte med mit mastercard 5137 6024 8614 2720
Sara: Tak, men du må endelig ikke skrive hele kortnummeret her 🙈 Vi refunderer automatisk til det kort, du betalte med. Må jeg lige få dit navn og din mail?
Besøgende: Kristian Bruun, kbruun@example.net
Sara: Tak Kristian. Du får en returlabel til GLS Pakkeshop. Skal vi sende den til Ryesgade 19B, 2. tv., 2100 København Ø?
Besøgende: ja
Sara: Perfekt. Hvis vi har spørgsmål til fejlen, må vi så ringe på 22 81 46 09?
Besøgende: jep. tak for hjælpen
Sara: Selv tak! Din reklamationssag har nr. R-24-1907.
""",
[
    P("203.0.113.88", "ip"),
    P("Sara", "name", "Sara"),
    P("5137 6024 8614 2720", "card"),
    P("Kristian Bruun", "name", "Kristian", "Bruun"),
    P("kbruun@example.net", "email", "kbruun@example.net", "kbruun"),
    P("Ryesgade 19B, 2. tv., 2100 København Ø", "address", "Ryesgade 19B", "2100"),
    P("22 81 46 09", "phone"),
],
[
    L("Frida", "bot_name"),
    L("Nordisk Boligudstyr", "company_name"),
    L("DK-558190", "order_number"),
    L("Barista Pro 2", "product_name"),
    L("1.899 kr.", "price"),
    L("2 uger", "duration"),
    L("GLS Pakkeshop", "company_name"),
    L("R-24-1907", "case_number"),
]),

R("da-chat-002", """
[14.05.2024 10.12.33] Eyðun Jacobsen: Hej. Eg havi bílagt eitt sofabord hjá tykkum, ordre BN-22871. Kan det sendast til Føroyar?
[14.05.2024 10.31.08] Bolig Nord: Hej Eyðun 😊 Ja, vi sender til Færøerne med fragtmand. Fragten er 695 kr., og der kan komme told og moms oveni, som du betaler ved levering.
[14.05.2024 10.33.47] Eyðun Jacobsen: Ok. Men eg havi goldið 895 kr. í frakt á heimasíðuni, so tað er ov nógv
[14.05.2024 10.40.12] Bolig Nord: Du har ret, der er betalt for meget. Vi refunderer de 200 kr. Hvilken konto skal pengene ind på?
[14.05.2024 10.42.55] Eyðun Jacobsen: FO70 9181 1825 4051 66
[14.05.2024 10.43.20] Eyðun Jacobsen: Adressan er Nólsoyar Pálsgøta 12, FO-700 Klaksvík
[14.05.2024 10.47.02] Bolig Nord: Tak! Fragtmanden ringer før levering. Hvilket nummer?
[14.05.2024 10.49.30] Eyðun Jacobsen: 45 67 12. Ella konan, Turið, 28 19 03
[14.05.2024 10.52.14] Bolig Nord: Noteret 👍 Ordrebekræftelsen sendes til e.jacobsen@example.com. Forventet levering uge 24. Mvh Jonna, Bolig Nord
[14.05.2024 10.53.01] Eyðun Jacobsen: Takk fyri 🙏
""",
[
    P("Eyðun Jacobsen", "name", "Eyðun", "Jacobsen"),
    P("FO70 9181 1825 4051 66", "iban"),
    P("Nólsoyar Pálsgøta 12, FO-700 Klaksvík", "address", "Nólsoyar Pálsgøta 12", "FO-700"),
    P("45 67 12", "phone"),
    P("Turið", "name", "Turið"),
    P("28 19 03", "phone"),
    P("e.jacobsen@example.com", "email", "e.jacobsen@example.com", "e.jacobsen"),
    P("Jonna", "name", "Jonna"),
],
[
    L("BN-22871", "order_number"),
    L("Bolig Nord", "company_name"),
    L("695 kr.", "price"),
    L("895 kr.", "price"),
    L("200 kr.", "price"),
    L("uge 24", "date"),
    L("14.05.2024", "date"),
]),

R("da-chat-003", """
Martin Juhl kommenterede på Telefix Danmarks opslag:
"3 dage uden internet nu og ingen svarer telefonen 😤😤 hvad betaler man egentlig for?? #telefix"

Telefix Danmark svarede:
"Hej Martin, det er vi rigtig kede af 😞 Skriv til os i en privat besked, så kigger vi på det med det samme. /Rikke"

--- Privat besked ---
Martin Juhl: hej. det er router nr 2 som ikke virker. adressen er Tværgade 5, 1. mf, 5000 odense c
Telefix Danmark: Hej Martin, tak. For at finde dit abonnement skal jeg bruge dit kundenummer eller dit mobilnummer.
Martin Juhl: har ik kundenr her. mobil 26 55 80 13
Telefix Danmark: Tak! Jeg kan se at der er en fejl på fiberboksen (fejl-ID F-20881). Routerens IP 192.0.2.14 svarer ikke, så vi sender en tekniker. Passer onsdag mellem 12 og 16?
Martin Juhl: ja min kæreste Sanne er hjemme der. hendes nr er 30 12 77 49
Telefix Danmark: Perfekt 👍 Du får en kompensation på 1 måneds abonnement (399 kr.). Bekræftelse sendes til den mail vi har: m.juhl@example.org. /Rikke
Martin Juhl: ok tak. undskyld tonen i kommentaren
""",
[
    P("Martin Juhl", "name", "Martin", "Juhl"),
    P("Rikke", "name", "Rikke"),
    P("Tværgade 5, 1. mf, 5000 odense c", "address", "Tværgade 5", "5000"),
    P("26 55 80 13", "phone"),
    P("192.0.2.14", "ip"),
    P("Sanne", "name", "Sanne"),
    P("30 12 77 49", "phone"),
    P("m.juhl@example.org", "email", "m.juhl@example.org", "m.juhl"),
],
[
    L("Telefix Danmark", "company_name"),
    L("3 dage", "duration"),
    L("#telefix", "hashtag"),
    L("router nr 2", "product_name"),
    L("F-20881", "error_code"),
    L("onsdag mellem 12 og 16", "datetime"),
    L("399 kr.", "price"),
]),

R("da-chat-004", """
Netbank-chat · Sydhavn Sparekasse
Kunde (Lotte Brandt): Hej. Jeg prøver at overføre husleje til min datters udlejer i Berlin, men netbanken afviser den.
Morten (Sydhavn Sparekasse): Hej Lotte. Det ser jeg på. Hvad står der i fejlbeskeden?
Kunde (Lotte Brandt): "Modtagerkonto ugyldig". Det er til Jörg Wendland, DE75 4293 2361 4732 6838 77, 650 euro
Morten (Sydhavn Sparekasse): Jeg kan se, at du har tastet et mellemrum for meget i BIC-feltet. Prøv at sende den igen uden, så burde den gå igennem. Skal overførslen ske fra din lønkonto DK39 3409 8482 6347 74?
Kunde (Lotte Brandt): ja. Og så vil jeg gerne give min datter Alma adgang til at se kontoen, hun bor på Boxhagener Str. 41, 10245 Berlin nu
Morten (Sydhavn Sparekasse): Fuldmagt skal Alma selv underskrive med MitID. Jeg sender en fuldmagtsblanket til hende. Hvad er hendes danske mobilnummer?
Kunde (Lotte Brandt): 51 88 24 06
Morten (Sydhavn Sparekasse): Tak. Gebyret for en SEPA-overførsel er 0 kr., og kursen i dag er 7,46. Pengene er fremme i morgen.
Kunde (Lotte Brandt): super. kan du ringe mig hvis den fejler igen? 20 41 93 57
Morten (Sydhavn Sparekasse): Det gør jeg. Sagen har ID 2024-SEPA-3318. God aften.
""",
[
    P("Lotte Brandt", "name", "Lotte", "Brandt"),
    P("Morten", "name", "Morten"),
    P("Jörg Wendland", "name", "Jörg", "Wendland"),
    P("DE75 4293 2361 4732 6838 77", "iban"),
    P("DK39 3409 8482 6347 74", "iban"),
    P("Alma", "name", "Alma"),
    P("Boxhagener Str. 41, 10245 Berlin", "address", "Boxhagener Str. 41", "10245"),
    P("51 88 24 06", "phone"),
    P("20 41 93 57", "phone"),
],
[
    L("Sydhavn Sparekasse", "company_name"),
    L("650 euro", "price"),
    L("MitID", "product_name"),
    L("0 kr.", "price"),
    L("7,46", "amount"),
    L("2024-SEPA-3318", "case_number"),
]),

R("da-chat-005", """
Trafikforsikring – skadechat
Kasper (skadeafdelingen): Hej, du taler med Kasper. Hvad er der sket?
Kunde: Hej. Nogen har bakket ind i min bil på parkeringspladsen ved Føtex i Holstebro i går. Jeg har hans oplysninger
Kasper (skadeafdelingen): Godt du fik dem! Må jeg først få dit navn og cpr-nummer?
Kunde: Line Mortensen 080686-0492
Kasper (skadeafdelingen): Tak Line. Hvad er din nummerplade?
Kunde: BK 37 104, det er en VW Up
Kasper (skadeafdelingen): Og modpartens?
Kunde: AP 91 550. Han hedder Kenneth Vestergaard og er forsikret hos et andet selskab, han har skrevet under på at det var hans skyld
Kasper (skadeafdelingen): Perfekt, så er det hans forsikring der dækker. Jeg opretter skadeanmeldelse 99-2024-44718 og beder om et billede af den underskrevne erklæring. Du kan uploade den via linket, vi sender til din mail.
Kunde: line.m86@example.com
Kasper (skadeafdelingen): Tak. Skaden skal vurderes af en taksator. Vi ringer på 29 70 15 34 for at aftale tid. Selvrisiko er 0 kr., når modparten har erkendt.
Kunde: 👍 tak
""",
[
    P("Kasper", "name", "Kasper"),
    P("Line Mortensen", "name", "Line", "Mortensen"),
    P("080686-0492", "national_id", check="cpr_strict"),
    P("BK 37 104", "plate"),
    P("AP 91 550", "plate"),
    P("Kenneth Vestergaard", "name", "Kenneth", "Vestergaard"),
    P("line.m86@example.com", "email", "line.m86@example.com", "line.m86"),
    P("29 70 15 34", "phone"),
],
[
    L("Trafikforsikring", "company_name"),
    L("Føtex", "company_name"),
    L("VW Up", "vehicle_model"),
    L("99-2024-44718", "claim_number"),
    L("0 kr.", "price"),
    L("Holstebro", "place_name"),
]),

R("da-chat-006", """
Aalborg Kommune · Chat med Borgerservice
Anna (digital assistent): Hej, jeg er Anna, kommunens digitale assistent. Stil dit spørgsmål med få ord.
Borger: boligstøtte
Anna (digital assistent): Boligstøtte søges hos Udbetaling Danmark på borger.dk. Vil du tale med en medarbejder?
Borger: ja
Peter (Borgerservice): Hej, det er Peter. Hvad kan jeg hjælpe med?
Borger: Hej Peter. Jeg hedder Naja Rosing, jeg er flyttet herned fra Sisimiut med mine 2 børn og vil gerne vide om jeg kan få boligstøtte. Mit cpr er 030391-3610
Peter (Borgerservice): Velkommen til Aalborg! Jeg kan se, at du er registreret på Hasserisgade 31, st. th., 9000 Aalborg siden 1. september. Børnene er Ivik og Nuka, ikke?
Borger: Jo
Peter (Borgerservice): Så kan du sagtens søge. Huslejen skal fremgå af lejekontrakten, og du skal bruge MitID. Hvis du ikke har MitID endnu, kan du få det her i Borgerservice, Boulevarden 13.
Borger: Jeg har kun NemID fra Grønland, det virker ikke
Peter (Borgerservice): Så book en tid. Jeg kan sende et link til din mail eller sms?
Borger: mail naja.rosing@example.com og ellers 81 22 54 09
Peter (Borgerservice): Sendt. Dit henvendelsesnummer er BS-77104.
""",
[
    P("Peter", "name", "Peter"),
    P("Naja Rosing", "name", "Naja", "Rosing"),
    P("030391-3610", "national_id", check="cpr_strict"),
    P("Hasserisgade 31, st. th., 9000 Aalborg", "address", "Hasserisgade 31", "9000"),
    P("Ivik", "name", "Ivik"),
    P("Nuka", "name", "Nuka"),
    P("naja.rosing@example.com", "email", "naja.rosing@example.com", "naja.rosing"),
    P("81 22 54 09", "phone"),
],
[
    L("Anna", "bot_name"),
    L("Udbetaling Danmark", "company_name"),
    L("Sisimiut", "place_name"),
    L("2 børn", "quantity"),
    L("1. september", "date"),
    L("BS-77104", "reference"),
    L("NemID", "product_name"),
]),

R("da-chat-007", """
12.04.2024 14.03 - +45 27 18 40 53: Hej, jeg har fået et tilbud fra jer på en flytning, tilbud 5512. Kan vi rykke den en uge?
12.04.2024 14.20 - Bonde & Søn Flytning: Hej! Det er Henrik. Hvem taler jeg med?
12.04.2024 14.21 - +45 27 18 40 53: Emil Kragh. Det er fra Jægergårdsgade 88, 3. sal uden elevator, til Egebakken 7 i Solbjerg
12.04.2024 14.26 - Bonde & Søn Flytning: Tak Emil. Den var sat til lørdag den 27. april. Vi kan tage lørdag den 4. maj kl. 8.00 i stedet.
12.04.2024 14.27 - +45 27 18 40 53: Perfekt. Prisen er stadig 8.950 kr. inkl. moms?
12.04.2024 14.31 - Bonde & Søn Flytning: Ja, 2 mand og 1 bil i op til 6 timer. Flyttekasser (20 stk.) leverer vi ugen før.
12.04.2024 14.32 - +45 27 18 40 53: Min kæreste Kristine er hjemme tirsdag, kan de komme der?
12.04.2024 14.35 - Bonde & Søn Flytning: Ja. Jeg sender ny ordrebekræftelse til den mail du skrev sidst, emilkragh@example.net 👍
12.04.2024 14.35 - +45 27 18 40 53: 👍
""",
[
    P("+45 27 18 40 53", "phone"),
    P("Henrik", "name", "Henrik"),
    P("Emil Kragh", "name", "Emil", "Kragh"),
    P("Jægergårdsgade 88", "address"),
    P("Egebakken 7", "address"),
    P("Kristine", "name", "Kristine"),
    P("emilkragh@example.net", "email", "emilkragh@example.net", "emilkragh"),
],
[
    L("tilbud 5512", "reference"),
    L("Bonde & Søn Flytning", "company_name"),
    L("lørdag den 27. april", "date"),
    L("lørdag den 4. maj kl. 8.00", "datetime"),
    L("8.950 kr.", "price"),
    L("20 stk.", "quantity"),
    L("6 timer", "duration"),
]),

R("da-chat-008", """
@stinebirk_: hejjj! kan man få gravering på hjerte vedhænget i sølv?? 💕
@guldsmedhansen_: Hej! Ja, det kan man 😊 Max 15 tegn. Hvad skal der stå?
@stinebirk_: "Emma 14.08.2021" det er til min søster, det er hendes datters fødselsdag
@guldsmedhansen_: Hvor sødt! Det kan sagtens være der. Gravering koster 149 kr. oveni smykkets 349 kr. Vil du bestille her, så sender jeg et betalingslink?
@stinebirk_: ja tak. navn er Stine Birk, leveres til Stationsvej 3A, 4600 Køge
@guldsmedhansen_: Og mail + mobil til betalingslink og track & trace?
@stinebirk_: stinebirk@example.com 42 55 19 83
@guldsmedhansen_: Ordre #GH10293 er oprettet ✨ Forventet levering 5-7 hverdage. Kh Josefine, Guldsmed Hansen
@stinebirk_: 🥰🥰
""",
[
    P("@stinebirk_", "username", "stinebirk_"),
    P("Emma", "name", "Emma"),
    P("14.08.2021", "birth_date"),
    P("Stine Birk", "name", "Stine", "Birk"),
    P("Stationsvej 3A, 4600 Køge", "address", "Stationsvej 3A", "4600"),
    P("stinebirk@example.com", "email", "stinebirk@example.com", "stinebirk"),
    P("42 55 19 83", "phone"),
    P("Josefine", "name", "Josefine"),
],
[
    L("hjerte vedhænget i sølv", "product_name"),
    L("15 tegn", "quantity"),
    L("149 kr.", "price"),
    L("349 kr.", "price"),
    L("#GH10293", "order_number"),
    L("5-7 hverdage", "duration"),
    L("Guldsmed Hansen", "company_name"),
]),

R("da-chat-009", """
Nordhavsfærgen · Bookingchat
Kunde: Hej, vi skal til Færøerne i sommer med bil og campingvogn og vil gerne booke
Bárður (Nordhavsfærgen): Hej og velkommen! Jeg hedder Bárður. Hvilken afgang?
Kunde: Hirtshals den 2. juli kl. 15.30, retur 16. juli
Bárður (Nordhavsfærgen): Det kan lade sig gøre. Jeg skal bruge navne og fødselsdatoer på alle passagerer og nummerpladen på bilen.
Kunde: Kirsten Ravn 06.08.1962 og Poul Ravn 20.10.1958. Bilen er DP 20 771, campingvognen har ikke egen plade
Bárður (Nordhavsfærgen): Tak. Campingvognen skal have sin egen plade, hvis den er over 750 kg? Ellers noterer jeg længden.
Kunde: Den er 6,2 meter. Og vi skal bo hos min søster i Runavík, Heygavegur 9, hvis I skal bruge en adresse derovre
Bárður (Nordhavsfærgen): Fint, det noterer jeg som kontaktadresse. Jeg har fundet en 4-køjers kahyt med vindue. Samlet pris 7.640 kr.
Kunde: Det tager vi. Mit mobilnummer er 21 64 38 90
Bárður (Nordhavsfærgen): Din booking er NHF-883104. Betalingslink og billetter kommer på sms. God tur til Føroyar!
""",
[
    P("Bárður", "name", "Bárður"),
    P("Kirsten Ravn", "name", "Kirsten", "Ravn"),
    P("06.08.1962", "birth_date"),
    P("Poul Ravn", "name", "Poul", "Ravn"),
    P("20.10.1958", "birth_date"),
    P("DP 20 771", "plate"),
    P("Heygavegur 9", "address"),
    P("21 64 38 90", "phone"),
],
[
    L("Nordhavsfærgen", "company_name"),
    L("den 2. juli kl. 15.30", "datetime"),
    L("16. juli", "date"),
    L("750 kg", "measurement"),
    L("6,2 meter", "measurement"),
    L("4-køjers kahyt", "product_name"),
    L("7.640 kr.", "price"),
    L("NHF-883104", "booking_reference"),
]),

R("da-chat-010", """
Kildeapoteket – Spørg apoteket (chat)
Julie Bundgaard: Hej. Min søn har fået penicillinmikstur af lægen, men jeg er i tvivl om dosis. Der står 2 x 5 ml på etiketten, men lægen sagde 3 gange om dagen?
Lise, farmaceut: Hej Julie. Det finder vi ud af. Hvad hedder din søn, og hvad er hans cpr-nummer? Så kan jeg se recepten.
Julie Bundgaard: Viggo, 160919-5483
Lise, farmaceut: Tak. Jeg kan se en recept på Kåvepenin 50 mg/ml fra læge Abdi, udstedt i går. Der står 5 ml 3 gange dagligt i 7 dage, så det er etiketten, der er forkert. Giv ham det lægen sagde.
Julie Bundgaard: Okay tak! Så rækker flasken vel ikke?
Lise, farmaceut: Nej, 100 ml er lidt for lidt. Vi sender en ekstra flaske gratis. Skal den bringes ud?
Julie Bundgaard: Ja gerne, til Kirkevej 52, 3600 Frederikssund. Ring på 60 21 87 45 når I er udenfor
Lise, farmaceut: Det gør vi. Ordrenummer K-77120. God bedring til Viggo.
""",
[
    P("Julie Bundgaard", "name", "Julie", "Bundgaard"),
    P("Lise", "name", "Lise"),
    P("Viggo", "name", "Viggo"),
    P("160919-5483", "national_id", check="cpr_strict"),
    P("Abdi", "name", "Abdi"),
    P("Kirkevej 52, 3600 Frederikssund", "address", "Kirkevej 52", "3600"),
    P("60 21 87 45", "phone"),
],
[
    L("Kildeapoteket", "company_name"),
    L("2 x 5 ml", "dosage"),
    L("Kåvepenin 50 mg/ml", "medication"),
    L("7 dage", "duration"),
    L("100 ml", "quantity"),
    L("K-77120", "order_number"),
]),
]
