from rec import R, N, P, A, E, U, L

RECORDS = [
R("da-email-001", """
Fra: Jens Kofoed <jens.kofoed@example.com>
Til: skade@husly-forsikring.example
Emne: SV: Din skadeanmeldelse 24-H-30917

Hej

Som aftalt sender jeg billeder af vandskaden og tilbuddet fra VVS-firmaet Brdr. Mogensen (18.450 kr. inkl. moms). Skaden skete den 9. februar, da et rør sprang i bryggerset.

Policenummer: 4401-778-12
Adresse: Bakkedraget 17, 3730 Nexø
Erstatningen bedes udbetalt til DK05 4624 4887 9189 08.

Jeg kan træffes på 56 49 21 73 i dagtimerne, ellers kan min kone, Gitte Kofoed, svare på 21 84 05 69.

Med venlig hilsen
Jens Kofoed

> Den 12. feb. 2024 kl. 10.14 skrev Husly Forsikring <skade@husly-forsikring.example>:
> Kære Jens Kofoed
> Tak for din anmeldelse. Send venligst billeder og et tilbud. Din sag behandles af Annette Riis.
> Venlig hilsen
> Annette Riis, skadebehandler
> Husly Forsikring A/S · Havnegade 1 · 1058 København K · CVR 12345678
""", [
    N("Jens Kofoed"), E("jens.kofoed@example.com"), A("Bakkedraget 17, 3730 Nexø", "Bakkedraget 17", "3730"),
    P("DK05 4624 4887 9189 08", "iban"), P("56 49 21 73", "phone"), N("Gitte Kofoed"), P("21 84 05 69", "phone"),
    N("Annette Riis"),
], [L("24-H-30917", "claim_number"), L("Brdr. Mogensen", "company"), L("18.450 kr.", "price"), L("9. februar", "date"),
    L("4401-778-12", "policy_number"), L("12. feb. 2024 kl. 10.14", "date")]),

R("da-email-002", """
Emne: VS: Ansøgning om friplads i SFO

Hej Lone, kan du tage denne? Mvh Brian (Borgerservice)

---------- Videresendt meddelelse ----------
Fra: Yasmin Haddad <yasmin.haddad@example.net>
Dato: tir. 5. mar. 2024 kl. 20.31
Emne: Ansøgning om friplads i SFO
Til: <pladsanvisning@kommune.example>

Til pladsanvisningen

Jeg vil gerne søge om økonomisk friplads til min søn Adam Haddad (CPR 110917-2883), som går i 1.A på Nørre Skole.

Mine oplysninger:
Yasmin Haddad, CPR 280640-5380... undskyld, skal være 230491-4126
Adresse: Ringgaden 140, 2. tv., 8200 Aarhus N
Tlf.: 52 18 93 40

Husstandsindkomsten for 2023 var 287.400 kr. jf. årsopgørelsen, som er vedhæftet.

Med venlig hilsen
Yasmin Haddad
""", [
    N("Lone"), N("Brian"), N("Yasmin Haddad"), E("yasmin.haddad@example.net"), N("Adam Haddad"),
    P("110917-2883", "national_id", scheme="cpr"), P("280640-5380", "national_id", scheme="cpr"),
    P("230491-4126", "national_id", scheme="cpr"), A("Ringgaden 140, 2. tv., 8200 Aarhus N", "Ringgaden 140", "8200"),
    P("52 18 93 40", "phone"),
], [L("tir. 5. mar. 2024 kl. 20.31", "date"), L("1.A", "class"), L("Nørre Skole", "organisation"),
    L("287.400 kr.", "price"), L("2023", "year")]),

R("da-email-003", """
Hej Grøn Have ApS

Jeg har bestilt 3 stk. "Frederik" havestole og en parasol (ordrenr. GH-448190), men kan se at leveringsadressen er forkert. Kan I ændre den til:

Peter Kragelund
Granvænget 8
7330 Brande

Betalt med Visa 4310 1636 6035 8626. Hvis der skal betales fragt igen, så bare træk det på samme kort.

Chaufføren kan ringe på 20 91 46 38, og hvis jeg ikke er hjemme, kan naboen Inger Sørensen i nr. 10 tage imod.

På forhånd tak
Peter

Sendt fra min Samsung Galaxy
--
peter.kragelund@example.org

> Tak for din ordre! Total: 4.196,00 kr. Forventet levering: uge 17.
""", [
    N("Peter Kragelund"), A("Granvænget 8\n7330 Brande", "Granvænget 8", "7330"), P("4310 1636 6035 8626", "card"),
    P("20 91 46 38", "phone"), N("Inger Sørensen"), E("peter.kragelund@example.org"), N("Peter"),
], [L('"Frederik"', "product"), L("GH-448190", "order_number"), L("3 stk.", "quantity"), L("4.196,00 kr.", "price"),
    L("uge 17", "date"), L("Samsung Galaxy", "product")]),

R("da-email-004", """
Emne: Aflysning af tid i Tandklinikken Strøget

Kære klinik

Jeg er desværre nødt til at aflyse min tid torsdag d. 18. april kl. 14.30 (tandrensning). Kan I finde en ny tid i uge 18?

Patient: Bodil Kjeldsen
CPR: 080163-0332
Adresse: Vænget 3, 9800 Hjørring
Telefon: 98 92 17 45 / mobil 24 61 38 07

Min datter, Marianne Kjeldsen, vil gerne have en tid samme dag, hvis det kan lade sig gøre. Hun er født 12.12.1990.

Regningen for sidste behandling (faktura 77031, 1.285 kr.) er betalt via MobilePay.

Venlig hilsen
Bodil Kjeldsen
""", [
    N("Bodil Kjeldsen"), P("080163-0332", "national_id", scheme="cpr"), A("Vænget 3, 9800 Hjørring", "Vænget 3", "9800"),
    P("98 92 17 45", "phone"), P("24 61 38 07", "phone"), N("Marianne Kjeldsen"), P("12.12.1990", "birth_date"),
], [L("torsdag d. 18. april kl. 14.30", "date"), L("uge 18", "date"), L("77031", "invoice_number"),
    L("1.285 kr.", "price"), L("Tandklinikken Strøget", "company"), L("MobilePay", "product")]),

R("da-email-005", """
Fra: Christian Nørgaard
Sendt: 2. april 2024 07:55
Til: Løn (Fyns Tømrer & Snedker A/S)
Emne: Ny lønkonto og adresse

Hej Lønafdeling

Fra næste lønkørsel vil jeg gerne have lønnen på reg.nr. 6880 kontonr. 1043 772 905 (Sparekassen). Jeg er også flyttet til Tarupvej 119, 5210 Odense NV.

Mit medarbejdernr. er 3312, og jeg er på timeløn 214,50 kr. Jeg har ny skattekort-procent fra 1. maj.

Min samlever Mette Bang skal stå som pårørende, tlf. 60 18 35 42.

Hilsen
Christian Nørgaard
Tømrer, Hold 4 | Mobil 31 72 90 16 | christian.n@example.com
""", [
    N("Christian Nørgaard"), P("reg.nr. 6880 kontonr. 1043 772 905", "iban", "1043 772 905", scheme="none"),
    A("Tarupvej 119, 5210 Odense NV", "Tarupvej 119", "5210"), N("Mette Bang"), P("60 18 35 42", "phone"),
    P("31 72 90 16", "phone"), E("christian.n@example.com"),
], [L("2. april 2024 07:55", "date"), L("Fyns Tømrer & Snedker A/S", "company"), L("3312", "employee_number"),
    L("214,50 kr.", "price"), L("1. maj", "date"), L("Hold 4", "team")]),

R("da-email-006", """
Emne: Klage over støj – lejemål 07-1104

Kære Boligselskabet Havnely

Jeg skriver igen om støj fra lejligheden over mig, Havnegade 12, 3. th. Der er fester hver weekend til kl. 4. Jeg klagede senest 14. januar (sagsnr. K-2024-019), uden at der er sket noget.

Beboerne hedder vist Oliver Storm og Signe Lauridsen, i hvert fald står det på postkassen.

Min underbo, Grethe Mølgaard, kan bekræfte det. Hun har givet lov til, at I ringer på 62 20 48 31.

Jeg bor selv på Havnegade 12, 2. th., 5700 Svendborg.

Venlig hilsen
Karsten Ibsen
Tlf. 40 73 12 58

Boligselskabet Havnely · Kundeservice · Havnepladsen 2 · Svendborg · Tlf. 62 21 00 00
""", [
    A("Havnegade 12, 3. th.", "Havnegade 12, 3. th."), N("Oliver Storm"), N("Signe Lauridsen"), N("Grethe Mølgaard"),
    P("62 20 48 31", "phone"), A("Havnegade 12, 2. th., 5700 Svendborg", "Havnegade 12, 2. th.", "5700"), N("Karsten Ibsen"),
    P("40 73 12 58", "phone"),
], [L("07-1104", "lease_number"), L("kl. 4", "time"), L("14. januar", "date"), L("K-2024-019", "case_number"),
    L("Boligselskabet Havnely", "company")]),

R("da-email-007", """
Til: erhverv@nordatlantisk-bank.example
Emne: Overførsel fra Færøerne mangler

Góðan dag / Goddag

Den 22. marts overførte jeg 12.000 DKK fra min konto FO91 8730 8214 3750 52 i Føroya banki til min datters konto i jeres bank, DK28 6844 9883 1953 51. Pengene er ikke kommet frem. Referencen er TRF-0322-88173.

Min datter hedder Ragnhild Olsen og bor på Vesterbrogade 112, 1. tv., 1620 København V. Hendes mobil er 26 83 07 14.

Jeg selv er Hallbjørn Olsen, Heiðavegur 9, FO-600 Saltangará, tlf. +298 77 41 20.

Vinarliga / Venlig hilsen
Hallbjørn Olsen
""", [
    P("FO91 8730 8214 3750 52", "iban"), P("DK28 6844 9883 1953 51", "iban"), N("Ragnhild Olsen"),
    A("Vesterbrogade 112, 1. tv., 1620 København V", "Vesterbrogade 112", "1620"), P("26 83 07 14", "phone"),
    N("Hallbjørn Olsen"), A("Heiðavegur 9, FO-600 Saltangará", "Heiðavegur 9", "FO-600"), P("+298 77 41 20", "phone"),
], [L("22. marts", "date"), L("12.000 DKK", "price"), L("Føroya banki", "company"), L("TRF-0322-88173", "reference"),
    L("Góðan dag", "greeting")]),

R("da-email-008", """
Emne: Restance og betalingsaftale – elev Frida Lund

Kære Højbjerg Efterskole

Vi har modtaget en rykker på 6.750 kr. for skolepenge (faktura EF-24-0392). Vi vil gerne lave en betalingsaftale over 3 måneder.

Vores datter er Frida Lund, 9. C, CPR 070308-4120. Betalingen kommer fra vores fælles konto DK80 7218 2184 9671 26.

Vi bor på Lindevej 5, 8382 Hinnerup. Du kan ringe til mig på 41 27 63 80 eller til hendes mor, Susanne Lund, på 28 14 59 73.

Venlig hilsen
Torben Lund
torben.lund@example.com
""", [
    N("Frida Lund"), P("070308-4120", "national_id", scheme="cpr"), P("DK80 7218 2184 9671 26", "iban"),
    A("Lindevej 5, 8382 Hinnerup", "Lindevej 5", "8382"), P("41 27 63 80", "phone"), N("Susanne Lund"),
    P("28 14 59 73", "phone"), N("Torben Lund"), E("torben.lund@example.com"),
], [L("6.750 kr.", "price"), L("EF-24-0392", "invoice_number"), L("3 måneder", "duration"), L("9. C", "class"),
    L("Højbjerg Efterskole", "organisation")]),
]
