from _common import R, N, E, P, L

RECORDS = []

RECORDS += [
R("da-email-001", """
Fra: Jens-Ole Krarup <jo.krarup@mail.tele.dk>
Til: kundeservice@elvaerknord.dk
Emne: SV: Slutafregning – kundenr. 4011-90217

Hej,

Tak for svaret, men jeg er stadig ikke enig. Jeg flyttede fra Søndergade 33, 1. sal, 7100 Vejle den 31. marts og aflæste måleren til 28.614 kWh (foto vedhæftet). I har brugt et skønnet tal på 29.102 kWh, og derfor er jeg blevet opkrævet ca. 1.270 kr. for meget.

Tilgodehavendet bedes udbetalt til min konto: reg. 5178 konto 5501364679.

Min nye adresse er Strandvejen 211, 2900 Hellerup.

Venlig hilsen
Jens-Ole Krarup
Tlf. 40 26 71 93

-----Oprindelig meddelelse-----
Fra: Elværk Nord Kundeservice <kundeservice@elvaerknord.dk>
Sendt: 14. april 2024 10:22
Til: jo.krarup@mail.tele.dk
Emne: Slutafregning – kundenr. 4011-90217

Kære Jens-Ole Krarup

Tak for din henvendelse. Din slutafregning er lavet på baggrund af et skøn, da vi ikke modtog en aflæsning inden fristen (aftagenummer 571313104400551209).

Med venlig hilsen
Pernille Skov
Kundeservice
Elværk Nord A/S · CVR 12345678 · Elværkvej 1, 9000 Aalborg
""", [
    N("Jens-Ole Krarup"),
    E("jo.krarup@mail.tele.dk"),
    P("Søndergade 33, 1. sal", "address", "Søndergade 33"),
    P("7100", "postcode"),
    P("5501364679", "iban", check="none"),
    P("Strandvejen 211", "address"),
    P("2900", "postcode"),
    P("40 26 71 93", "phone"),
    N("Pernille Skov"),
], [
    L("kundeservice@elvaerknord.dk", "company_email"),
    L("4011-90217", "customer_number"),
    L("28.614 kWh", "meter_reading"),
    L("29.102 kWh", "meter_reading"),
    L("1.270 kr.", "amount"),
    L("571313104400551209", "ean_code"),
    L("CVR 12345678", "company_registration"),
    L("Elværkvej 1, 9000 Aalborg", "company_address"),
]),

R("da-email-002", """
Fra: Amalie Søgaard <amalie.sogaard@gmail.com>
Til: raadgivning@lejerforeningen-aarhus.dk
Emne: Fwd: Fraflytning og depositum – Jægergårdsgade 64, 2. th.

Hej,

Jeg videresender her min udlejers mail. Han vil trække 14.800 kr. fra mit depositum på 27.000 kr. for maling og et nyt køkkenbord, men køkkenet var allerede slidt, da jeg flyttede ind i 2019. Min mor, Hanne Søgaard, var med til synet og kan bekræfte det. Kan I hjælpe mig?

Mit medlemsnummer er 20-44187.

Mvh
Amalie Søgaard
Frederiks Allé 101, 8000 Aarhus C (ny adresse)
Tlf. 22 63 09 51

---------- Videresendt meddelelse ---------
Fra: Per Lauritsen <p.lauritsen@ostjysk-ejendom.dk>
Dato: man. 10. jun. 2024 kl. 16.05
Emne: Fraflytning og depositum – Jægergårdsgade 64, 2. th.
Til: Amalie Søgaard <amalie.sogaard@gmail.com>

Kære Amalie

Ved fraflytningssynet den 3. juni konstaterede jeg de mangler, der er beskrevet i den vedhæftede rapport. Restbeløbet på 12.200 kr. overføres til din konto DK38 6336 8259 2962 12.

Hvis du er uenig, kan du indbringe sagen for Huslejenævnet.

Med venlig hilsen
Per Lauritsen
Østjysk Ejendomsadministration ApS
""", [
    N("Amalie Søgaard"),
    E("amalie.sogaard@gmail.com"),
    P("Jægergårdsgade 64, 2. th.", "address", "Jægergårdsgade 64"),
    N("Hanne Søgaard"),
    P("Frederiks Allé 101", "address"),
    P("8000", "postcode"),
    P("22 63 09 51", "phone"),
    N("Per Lauritsen"),
    E("p.lauritsen@ostjysk-ejendom.dk"),
    P("DK38 6336 8259 2962 12", "iban"),
], [
    L("raadgivning@lejerforeningen-aarhus.dk", "organisation_email"),
    L("14.800 kr.", "amount"),
    L("27.000 kr.", "amount"),
    L("20-44187", "member_number"),
    L("man. 10. jun. 2024 kl. 16.05", "timestamp"),
    L("12.200 kr.", "amount"),
    L("Huslejenævnet", "authority"),
    L("Østjysk Ejendomsadministration ApS", "company"),
]),

R("da-email-003", """
Til: skade@tryghavn.dk
Emne: Anmeldelse af vandskade – sommerhus, police 6401-551-208

Kære Tryghavn

Da vi kom til vores sommerhus "Klitrosen", Klitvej 14, 9492 Blokhus, lørdag den 8. juni, var et vandrør sprunget under køkkenvasken. Gulvet i køkken og stue (ca. 35 m²) er ødelagt.

VVS-firmaet Blokhus VVS & Blik lukkede for vandet samme dag (faktura nr. 24-1187, 3.450 kr. inkl. moms). Naboen, Erik Thomsen, Klitvej 16, opdagede lækagen og kan bekræfte forløbet (tlf. 98 24 71 30).

Forsikringstager: Ulla Bisgaard Lauridsen, CPR 031068-0346
Helårsadresse: Vesterbrogade 148, 3. tv., 1620 København V
Tlf.: 29 47 60 11
Erstatningen bedes udbetalt til DK47 2411 1175 7474 46.

Billeder og faktura er vedhæftet.

Med venlig hilsen
Ulla Bisgaard Lauridsen
""", [
    P('"Klitrosen", Klitvej 14', "address", "Klitrosen", "Klitvej 14"),
    P("9492", "postcode"),
    N("Erik Thomsen"),
    P("Klitvej 16", "address"),
    P("98 24 71 30", "phone"),
    N("Ulla Bisgaard Lauridsen"),
    P("031068-0346", "national_id", check="cpr"),
    P("Vesterbrogade 148, 3. tv.", "address", "Vesterbrogade 148"),
    P("1620", "postcode"),
    P("29 47 60 11", "phone"),
    P("DK47 2411 1175 7474 46", "iban"),
], [
    L("skade@tryghavn.dk", "company_email"),
    L("6401-551-208", "policy_number"),
    L("lørdag den 8. juni", "incident_date"),
    L("ca. 35 m²", "area"),
    L("Blokhus VVS & Blik", "company"),
    L("24-1187", "invoice_number"),
    L("3.450 kr. inkl. moms", "amount"),
]),

R("da-email-004", """
Til: parkering@ringsmark.dk
Emne: Indsigelse mod parkeringsafgift nr. 7730-118842

Hej

Jeg har modtaget en parkeringsafgift på 510 kr. den 5. juni kl. 14.22 på Torvegade for bilen med reg.nr. BN 62 704.

Der lå et gyldigt handicapparkeringskort (nr. 2023-HK-00918) i forruden – foto er vedhæftet. Bilen tilhører min far, Niels Aagaard Holm, som kortet er udstedt til, og jeg havde kørt ham til Lægerne i Torvegade.

Hans CPR-nummer er 140358-2707, og mit er 081171-2779, hvis I skal bruge dem.

Jeg beder om, at afgiften annulleres.

Venlig hilsen
Jesper Aagaard Holm
Bakkedraget 5, 4000 Roskilde
Mobil 26 70 34 98
jesper.aagaard@webspeed.dk
""", [
    P("BN 62 704", "plate"),
    N("Niels Aagaard Holm"),
    P("140358-2707", "national_id", check="cpr"),
    P("081171-2779", "national_id", check="cpr"),
    N("Jesper Aagaard Holm"),
    P("Bakkedraget 5", "address"),
    P("4000", "postcode"),
    P("26 70 34 98", "phone"),
    E("jesper.aagaard@webspeed.dk"),
], [
    L("parkering@ringsmark.dk", "company_email"),
    L("7730-118842", "fine_number"),
    L("510 kr.", "amount"),
    L("5. juni kl. 14.22", "datetime"),
    L("2023-HK-00918", "permit_number"),
    L("Lægerne i Torvegade", "company"),
]),
]

RECORDS += [
R("da-email-005", """
Fra: Lydhuset Kundeservice <service@lydhuset.dk>
Til: martin.enevoldsen@gmail.com
Emne: SV: Reklamation – ordre 1029384, højttaler virker ikke

Hej Martin

Tak for din mail. Vi har oprettet RMA-nummer R-55812, og GLS henter pakken hos Charlotte på torsdag. Du får enten en ny højttaler eller pengene retur.

Med venlig hilsen
Sara Lindqvist
Lydhuset Kundeservice
Lydhuset A/S · Industrivej 40, 2605 Brøndby · CVR 39 11 42 78

> Fra: martin.enevoldsen@gmail.com
> Emne: Reklamation – ordre 1029384, højttaler virker ikke
>
> Hej Lydhuset
>
> Jeg købte en Lydhuset Studio 5 højttaler (varenr. 300-1192) i februar, ordre 1029384, til 2.499 kr. Nu virker Bluetooth ikke længere. Serienummer: 4C22-91B8-0071.
>
> Jeg vil gerne have den repareret eller byttet under reklamationsretten. Jeg er ikke hjemme i dagtimerne, så afhentningen skal ske hos min søster: Charlotte Enevoldsen, Hornbækvej 3B, 3000 Helsingør, tlf. 53 18 44 27.
>
> Ellers kan I kontakte mig på 31 62 90 58.
>
> Med venlig hilsen
> Martin Enevoldsen
> Holbækvej 88, 4300 Holbæk
""", [
    E("martin.enevoldsen@gmail.com"),
    N("Martin Enevoldsen"),
    N("Sara Lindqvist"),
    N("Charlotte Enevoldsen"),
    P("Hornbækvej 3B", "address"),
    P("3000", "postcode"),
    P("53 18 44 27", "phone"),
    P("31 62 90 58", "phone"),
    P("Holbækvej 88", "address"),
    P("4300", "postcode"),
], [
    L("service@lydhuset.dk", "company_email"),
    L("1029384", "order_number"),
    L("R-55812", "rma_number"),
    L("Industrivej 40, 2605 Brøndby", "company_address"),
    L("CVR 39 11 42 78", "company_registration"),
    L("Lydhuset Studio 5", "product"),
    L("300-1192", "article_number"),
    L("4C22-91B8-0071", "serial_number"),
]),

R("da-email-006", """
Til: doedsbo@sparekassenvestkyst.dk
Emne: Dødsbo efter Knud Erik Vestergaard (CPR 051266-3311)

Kære Sparekassen Vestkyst

Min far, Knud Erik Vestergaard, CPR 051266-3311, døde den 28. maj 2024. Skifteretten i Esbjerg har udstedt skifteretsattest (sag nr. BS-4412/2024-ESB) til mig som eneste arving.

Jeg beder jer om at:
- lukke hans konto DK52 1021 7907 4244 73,
- spærre hans Visa/Dankort 4571 8942 1247 0618,
- overføre saldoen til min konto DK62 3466 9756 1340 91.

Post til boet kan stadig sendes til hans adresse, Kirkegade 51, 1. th., 6700 Esbjerg, indtil huset er solgt.

Skifteretsattesten og en kopi af mit pas er vedhæftet.

Med venlig hilsen
Anne-Mette Vestergaard
Vibevej 12
8210 Aarhus V
Mobil: +45 60 83 27 15

Sendt fra min iPad
""", [
    N("Knud Erik Vestergaard"),
    P("051266-3311", "national_id", check="cpr"),
    P("DK52 1021 7907 4244 73", "iban"),
    P("4571 8942 1247 0618", "card"),
    P("DK62 3466 9756 1340 91", "iban"),
    P("Kirkegade 51, 1. th.", "address", "Kirkegade 51"),
    P("6700", "postcode"),
    N("Anne-Mette Vestergaard"),
    P("Vibevej 12", "address"),
    P("8210", "postcode"),
    P("+45 60 83 27 15", "phone"),
], [
    L("doedsbo@sparekassenvestkyst.dk", "company_email"),
    L("28. maj 2024", "date"),
    L("Skifteretten i Esbjerg", "authority"),
    L("BS-4412/2024-ESB", "court_case_number"),
    L("skifteretsattest", "document_type"),
    L("Sendt fra min iPad", "signature_boilerplate"),
]),

R("da-email-007", """
Fra: nikolaj.wp@gmail.com
Til: skade@fynlease.dk
Emne: Skade på leasingbil BX 71 308 – stenslag i forrude

Hej Fynlease

Jeg har fået et stenslag i forruden på min leasingbil (VW ID.4, reg.nr. BX 71 308, kontrakt FL-31877) på E20 ved Øresundsbroen den 11. juni.

Jeg bor i Sverige, så jeg vil gerne have den repareret hos et værksted i Malmö, fx Bilglas Syd AB.

Mine oplysninger:
Navn: Nikolaj Würtz Pedersen
Adresse: Södra Förstadsgatan 18 lgh 1102, 211 43 Malmö, Sverige
Dansk CPR: 270888-1697
Svensk personnummer: 880827-3513
Kørekort nr.: 41127093
Telefon: +46 70 174 06 42

Selvrisikoen på 1.500 kr. kan trækkes fra min svenske konto, SE59 2926 7700 3250 7088 6869.

Venlig hilsen
Nikolaj
""", [
    E("nikolaj.wp@gmail.com"),
    P("BX 71 308", "plate"),
    N("Nikolaj Würtz Pedersen"),
    P("Södra Förstadsgatan 18 lgh 1102", "address", "Södra Förstadsgatan 18"),
    P("211 43", "postcode"),
    P("270888-1697", "national_id", check="cpr"),
    P("880827-3513", "national_id", check="luhn"),
    P("41127093", "national_id", check="none"),
    P("+46 70 174 06 42", "phone"),
    P("SE59 2926 7700 3250 7088 6869", "iban"),
], [
    L("skade@fynlease.dk", "company_email"),
    L("VW ID.4", "product"),
    L("FL-31877", "contract_number"),
    L("E20", "road"),
    L("Øresundsbroen", "location"),
    L("11. juni", "incident_date"),
    L("Bilglas Syd AB", "company"),
    L("1.500 kr.", "amount"),
]),

R("da-email-008", """
Fra: Jógvan Dalsgaard <jogvan.dalsgaard@olivant.fo>
Til: kundeservice@faronet.fo
Emne: Klage over nedbrud og regning – kundenr. 77 0183

Goddag

Vores fiberforbindelse har været nede flere gange i maj, senest fra 22. maj kl. 18 til 24. maj kl. 11. Jeg arbejder hjemmefra og har mistet to arbejdsdage. Jeg forventer en kompensation, og at I ikke opkræver de 459 kr. for maj.

Routeren (FaroNet Box 6, firmware 3.1.8) har skiftet IP-adresse flere gange; den seneste offentlige adresse var 203.0.113.145. Mit brugernavn på Mín Síða er jogvan_d. Min kone, Turið Dalsgaard, står også på aftalen.

Adresse: Jónas Broncksgøta 23, FO-100 Tórshavn
Telefon: +298 21 77 40, mobil +298 59 18 62

Med venlig hilsen
Jógvan Dalsgaard

> Kære Jógvan
> Vi beklager ulejligheden. Vi har registreret fejlen under sagsnr. FN-2024-3381 og vender tilbage.
> Med venlig hilsen
> Bárður Jacobsen, FaroNet
""", [
    N("Jógvan Dalsgaard"),
    E("jogvan.dalsgaard@olivant.fo"),
    P("203.0.113.145", "ip"),
    P("jogvan_d", "username"),
    N("Turið Dalsgaard"),
    P("Jónas Broncksgøta 23", "address"),
    P("FO-100", "postcode"),
    P("+298 21 77 40", "phone"),
    P("+298 59 18 62", "phone"),
    N("Bárður Jacobsen"),
], [
    L("kundeservice@faronet.fo", "company_email"),
    L("77 0183", "customer_number"),
    L("22. maj kl. 18", "datetime"),
    L("24. maj kl. 11", "datetime"),
    L("459 kr.", "amount"),
    L("FaroNet Box 6", "product"),
    L("firmware 3.1.8", "firmware_version"),
    L("FN-2024-3381", "case_number"),
]),
]
