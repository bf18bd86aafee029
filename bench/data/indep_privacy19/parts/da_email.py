from rec import P, L, R

RECORDS = [
R("da-email-001", """
Fra: Gitte Overgaard <gitte.overgaard@example.com>
Til: kundeservice@sjaellandsvarme.example
Emne: SV: Slutopgørelse forbrugsnr. 61-004471

Hej Jesper

Tak for svaret. Jeg er stadig uenig i slutopgørelsen. Jeg aflæste selv måleren den 31. januar, da jeg flyttede, og den stod på 48,217 MWh, ikke 49,530 MWh. Jeg har vedhæftet et billede.

Jeg flyttede fra Kastanievej 17, 4300 Holbæk, og min nye adresse er Ågade 9, 1. th., 4200 Slagelse. Min tidligere samlever, Brian Holt, stod også på aftalen, men han er flyttet til udlandet, så send venligst alt til mig.

Et eventuelt tilgodehavende kan indsættes på reg.nr. 2211 kontonr. 9457402460.

Venlig hilsen
Gitte Overgaard
Tlf. 24 93 10 58

> Den 14. februar 2024 kl. 09.12 skrev Sjællands Varme <kundeservice@sjaellandsvarme.example>:
>
> Kære Gitte Overgaard
>
> Vedhæftet finder du slutopgørelsen for forbrugsnr. 61-004471. Der skal betales 1.284,50 kr. senest den 1. marts 2024.
>
> Med venlig hilsen
> Jesper Kold
> Kundeservice, Sjællands Varme
> Telefon 70 10 20 30 (hverdage 8-15)
""",
[
    P("Gitte Overgaard", "name", "Gitte", "Overgaard"),
    P("gitte.overgaard@example.com", "email", "gitte.overgaard@example.com", "gitte.overgaard"),
    P("Kastanievej 17, 4300 Holbæk", "address", "Kastanievej 17", "4300"),
    P("Ågade 9, 1. th., 4200 Slagelse", "address", "Ågade 9", "4200"),
    P("Brian Holt", "name", "Brian", "Holt"),
    P("reg.nr. 2211 kontonr. 9457402460", "iban", "2211", "9457402460", check="none:dk_account"),
    P("24 93 10 58", "phone"),
    P("Jesper Kold", "name", "Jesper", "Kold"),
],
[
    L("61-004471", "customer_number"),
    L("31. januar", "date"),
    L("48,217 MWh", "quantity"),
    L("49,530 MWh", "quantity"),
    L("14. februar 2024 kl. 09.12", "datetime"),
    L("1.284,50 kr.", "price"),
    L("1. marts 2024", "date"),
    L("Sjællands Varme", "company_name"),
]),

R("da-email-002", """
Fra: Michael Frandsen <m.frandsen@example.net>
Til: pladsanvisning@randers.example
Emne: VS: Opkrævning SFO – Olivia Frandsen

Hej

Jeg videresender nedenstående, fordi vi har fået opkrævet fuld pris for SFO, selvom vi har fået bevilget økonomisk friplads fra 1. januar. Kan I rette det?

Cpr-nr. på Olivia er 230416-4584. Hendes mor, Sarah Lindholm, og jeg bor begge på adressen Mariagervej 56, 8900 Randers C.

Hilsen
Michael Frandsen
Mobil: 31 09 72 64

---------- Videresendt meddelelse ----------
Fra: Pladsanvisningen <noreply@randers.example>
Dato: tir. 6. feb. 2024 kl. 06.00
Emne: Opkrævning SFO – Olivia Frandsen
Til: <m.frandsen@example.net>

Kære Michael Frandsen

Hermed opkrævning for SFO-plads på Vestervangsskolen for februar 2024.
Beløb: 2.145,00 kr.
Betalings-ID: +71<000000087733102<
Betales senest: 1. marts 2024

Med venlig hilsen
Pladsanvisningen
""",
[
    P("Michael Frandsen", "name", "Michael", "Frandsen"),
    P("m.frandsen@example.net", "email", "m.frandsen@example.net", "m.frandsen"),
    P("Olivia Frandsen", "name", "Olivia", "Frandsen"),
    P("230416-4584", "national_id", check="cpr_strict"),
    P("Sarah Lindholm", "name", "Sarah", "Lindholm"),
    P("Mariagervej 56, 8900 Randers C", "address", "Mariagervej 56", "8900"),
    P("31 09 72 64", "phone"),
],
[
    L("1. januar", "date"),
    L("tir. 6. feb. 2024 kl. 06.00", "datetime"),
    L("Vestervangsskolen", "company_name"),
    L("februar 2024", "date"),
    L("2.145,00 kr.", "price"),
    L("+71<000000087733102<", "reference"),
    L("1. marts 2024", "date"),
]),

R("da-email-003", """
Fra: Aputsiaq Berthelsen <aputsiaq.b@example.org>
Til: skade@arktiskforsikring.example
Emne: Stormskade på hus i Ilulissat – police 3310-20877

Kære Arktisk Forsikring

Under stormen natten til den 9. marts blev en del af taget og et vindue på vores hus revet af. Huset ligger på Illorsuit B-1456, 3952 Ilulissat. Vores nabo, Hans Lynge, så det ske og kan bekræfte det.

Mit cpr-nummer er 151078-0309. Vi har lappet vinduet midlertidigt med krydsfiner. En tømrer fra Ilulissat Byg har givet et overslag på ca. 38.000 kr., jeg vedhæfter det.

Erstatning bedes indsat på GL05 6471 8985 2360 02. I kan ringe til mig på +299 48 12 77, jeg er på arbejde i dagtimerne men kan godt tage telefonen.

Med venlig hilsen / Inussiarnersumik inuulluaqqusillunga
Aputsiaq Berthelsen

> Fra: Arktisk Forsikring
> Sendt: 11. marts 2024 08:40
> Emne: Din anmeldelse er modtaget
> Vi har modtaget din anmeldelse og vender tilbage inden for 5 arbejdsdage. Venlig hilsen, Trine Dahl, sagsbehandler
""",
[
    P("Aputsiaq Berthelsen", "name", "Aputsiaq", "Berthelsen"),
    P("aputsiaq.b@example.org", "email", "aputsiaq.b@example.org", "aputsiaq.b"),
    P("Illorsuit B-1456, 3952 Ilulissat", "address", "Illorsuit B-1456", "3952"),
    P("Hans Lynge", "name", "Hans", "Lynge"),
    P("151078-0309", "national_id", check="cpr_strict"),
    P("GL05 6471 8985 2360 02", "iban"),
    P("+299 48 12 77", "phone"),
    P("Trine Dahl", "name", "Trine", "Dahl"),
],
[
    L("3310-20877", "policy_number"),
    L("9. marts", "date"),
    L("Ilulissat Byg", "company_name"),
    L("38.000 kr.", "price"),
    L("11. marts 2024 08:40", "datetime"),
    L("5 arbejdsdage", "duration"),
]),

R("da-email-004", """
Fra: Jakob Thygesen <jakob.thygesen@example.com>
Til: Birthe Kjær <bkj@skovlyskolen.example>
Emne: Oscar 3.B – afhentning i dag + ny adresse

Hej Birthe

Oscar skal hentes af sin morfar, Knud Pedersen, i dag kl. 14.00 i stedet for at gå i SFO. Knud har tlf. 40 88 13 26, hvis der er noget.

Og så er vi flyttet, så vil du sørge for, at kontoret får den nye adresse? Det er Grønnegade 4, 5700 Svendborg. Mit nummer er uændret, 22 46 09 81.

Husk, at Oscar ikke må få nødder på turen til Naturama på fredag (han har sin EpiPen i tasken).

Mvh Jakob
(far til Oscar Thygesen, 3.B)

Sendt fra Aula
""",
[
    P("Jakob Thygesen", "name", "Jakob", "Thygesen"),
    P("jakob.thygesen@example.com", "email", "jakob.thygesen@example.com", "jakob.thygesen"),
    P("Birthe Kjær", "name", "Birthe", "Kjær"),
    P("bkj@skovlyskolen.example", "email", "bkj@skovlyskolen.example", "bkj"),
    P("Oscar Thygesen", "name", "Oscar", "Thygesen"),
    P("Knud Pedersen", "name", "Knud", "Pedersen"),
    P("40 88 13 26", "phone"),
    P("Grønnegade 4, 5700 Svendborg", "address", "Grønnegade 4", "5700"),
    P("22 46 09 81", "phone"),
],
[
    L("3.B", "class_name"),
    L("kl. 14.00", "time"),
    L("SFO", "service_name"),
    L("Naturama", "place_name"),
    L("EpiPen", "medication"),
    L("Aula", "product_name"),
]),

R("da-email-005", """
Fra: Charlotte Ebbesen <c.ebbesen@example.net>
Til: ordre@hjemogkokken.example
Emne: Reklamation ordre 104-558213 – knust glas

Hej

Jeg modtog i går min ordre 104-558213 (6 stk. Kastehelmi-glas og en Moccamaster KBG Select). Glassene lå uden indpakning i kassen, og 4 af dem var knust. Pakken var desuden stillet ved min nabo, Mogens i nr. 5, uden at jeg havde givet lov til det. Min svigersøn, Rasmus Kirk, hentede den hos ham.

Jeg vil gerne have de 4 glas erstattet eller pengene retur (4 x 89,95 kr.). Pengene kan indsættes på min konto: reg. 1551 konto 8847166531.

Min adresse er Fasanvej 3, 7400 Herning, og jeg kan træffes på 27 36 58 10.

Med venlig hilsen
Charlotte Ebbesen

--
Hjem & Køkken ApS · CVR 37 12 44 58 · Denne mail er sendt automatisk. Din henvendelse har fået sagsnummer 2024-3371.
""",
[
    P("Charlotte Ebbesen", "name", "Charlotte", "Ebbesen"),
    P("c.ebbesen@example.net", "email", "c.ebbesen@example.net", "c.ebbesen"),
    P("Mogens", "name", "Mogens"),
    P("reg. 1551 konto 8847166531", "iban", "1551", "8847166531", check="none:dk_account"),
    P("Fasanvej 3, 7400 Herning", "address", "Fasanvej 3", "7400"),
    P("27 36 58 10", "phone"),
    P("Rasmus Kirk", "name", "Rasmus", "Kirk"),
],
[
    L("104-558213", "order_number"),
    L("6 stk.", "quantity"),
    L("Kastehelmi-glas", "product_name"),
    L("Moccamaster KBG Select", "product_name"),
    L("4 x 89,95 kr.", "price"),
    L("Hjem & Køkken ApS", "company_name"),
    L("CVR 37 12 44 58", "cvr_number"),
    L("2024-3371", "case_number"),
]),

R("da-email-006", """
Fra: Frederik Kjeldsen <frederik.kjeldsen@example.com>
Til: Udlejning, Boligselskabet Solhøj <udlejning@solhoj.example>
Cc: emilie.vang@example.com
Emne: Re: Fraflytningssyn lejemål 22-118-4 / depositum

Hej Bente

Tak for gennemgangen ved fraflytningssynet. Vi er enige i maling af stuen, men ikke i udskiftning af gulvet i soveværelset (3.850 kr.), som allerede var slidt, da vi flyttede ind i 2019. Det står også i indflytningsrapporten.

Resten af depositummet bedes udbetalt til DK27 2211 9457 4024 60, som er vores fælles konto (Emilie Vang og mig).

Vores nye adresse er Tranegårdsvej 61, 2900 Hellerup. I kan ringe til mig på 25 14 80 39 eller til Emilie på 28 63 07 15.

Venlig hilsen
Frederik Kjeldsen og Emilie Vang

Den 2. april 2024 skrev Bente Holmsted <udlejning@solhoj.example>:
> Kære Frederik og Emilie
> Vedhæftet er rapporten fra fraflytningssynet den 28. marts. Istandsættelsen er opgjort til 11.200 kr., som modregnes i depositum på 27.000 kr.
> Venlig hilsen
> Bente Holmsted, udlejningskonsulent
""",
[
    P("Frederik Kjeldsen", "name", "Frederik", "Kjeldsen"),
    P("frederik.kjeldsen@example.com", "email", "frederik.kjeldsen@example.com", "frederik.kjeldsen"),
    P("emilie.vang@example.com", "email", "emilie.vang@example.com", "emilie.vang"),
    P("Emilie Vang", "name", "Emilie", "Vang"),
    P("DK27 2211 9457 4024 60", "iban"),
    P("Tranegårdsvej 61, 2900 Hellerup", "address", "Tranegårdsvej 61", "2900"),
    P("25 14 80 39", "phone"),
    P("28 63 07 15", "phone"),
    P("Bente Holmsted", "name", "Bente", "Holmsted"),
],
[
    L("Boligselskabet Solhøj", "company_name"),
    L("22-118-4", "contract_number"),
    L("3.850 kr.", "price"),
    L("2. april 2024", "date"),
    L("28. marts", "date"),
    L("11.200 kr.", "price"),
    L("27.000 kr.", "price"),
]),

R("da-email-007", """
Til: HR Vestjysk Anlæg <hr@vestjyskanlaeg.example>
Fra: Signe Holmgaard <signe.holmgaard@example.net>
Emne: Opdatering af personaleoplysninger – medarbejdernr. 4417

Hej Pernille

Som aftalt sender jeg mine nye oplysninger fra min private mail:

Ny adresse: Præstevænget 12, 6800 Varde (fra 1. maj)
Nyt mobilnummer: 42 08 66 91
Nærmeste pårørende: min mor, Ulla Holmgaard, tlf. 75 26 41 08
Lønkonto: DK16 7681 1410 0080 32

Jeg har også udfyldt blanketten "Ændring af stamdata v3.2", den ligger i vedhæftningen.

Venlig hilsen
Signe

-----Oprindelig meddelelse-----
Fra: Pernille Aaskov <pernille.aaskov@vestjyskanlaeg.example>
Sendt: 22. april 2024 13:05
Til: Signe Holmgaard <signe.holmgaard@example.net>
Emne: Opdatering af personaleoplysninger – medarbejdernr. 4417

Hej Signe
Send mig dine nye oplysninger, så opdaterer jeg dem inden lønkørslen den 25. april.
Mvh Pernille Aaskov, HR-partner
""",
[
    P("Signe Holmgaard", "name", "Signe", "Holmgaard"),
    P("signe.holmgaard@example.net", "email", "signe.holmgaard@example.net", "signe.holmgaard"),
    P("Præstevænget 12, 6800 Varde", "address", "Præstevænget 12", "6800"),
    P("42 08 66 91", "phone"),
    P("Ulla Holmgaard", "name", "Ulla", "Holmgaard"),
    P("75 26 41 08", "phone"),
    P("DK16 7681 1410 0080 32", "iban"),
    P("Pernille Aaskov", "name", "Pernille", "Aaskov"),
    P("pernille.aaskov@vestjyskanlaeg.example", "email", "pernille.aaskov@vestjyskanlaeg.example", "pernille.aaskov"),
],
[
    L("HR Vestjysk Anlæg", "department"),
    L("4417", "customer_number"),
    L("1. maj", "date"),
    L("Ændring af stamdata v3.2", "version"),
    L("22. april 2024 13:05", "datetime"),
    L("25. april", "date"),
]),

R("da-email-008", """
Frá/Fra: Sunniva Mikkelsen <sunniva.mikkelsen@example.com>
Til: kundeservice@nordlysmode.example
Emne: Told på ordre NM-40917 – Føroyar

Góðan dag / Hej

Jeg har bestilt en vinterjakke (ordre NM-40917, 1.499 kr.) til levering på Færøerne. Pakken er nu hos TAKS i Tórshavn, og de beder om en faktura uden dansk moms, fordi I har trukket 25 % moms, selvom varen går til Færøerne. Kan I sende en korrigeret faktura og refundere momsen?

TAKS skal også bruge mit p-tal til fortoldningen, det er 220690-282, hvis I skal skrive det på fakturaen.

Refusion kan indsættes på FO78 6460 8421 0458 82 (kontohaver: Sunniva Mikkelsen).

Leveringsadresse: Við Sandá 3, FO-410 Kollafjørður. Hvis fragtmanden skal ringe, er nummeret +298 51 23 40 eller min mand Hallur på +298 22 87 14.

Vinarliga / Venlig hilsen
Sunniva Mikkelsen

> Hej Sunniva. Tak for din ordre! Ordren er afsendt med PostNord, trackingnummer 00057151271234567890. Mvh Kundeservice v/ Camilla, Nordlys Mode
""",
[
    P("Sunniva Mikkelsen", "name", "Sunniva", "Mikkelsen"),
    P("sunniva.mikkelsen@example.com", "email", "sunniva.mikkelsen@example.com", "sunniva.mikkelsen"),
    P("220690-282", "national_id", check="ptal"),
    P("FO78 6460 8421 0458 82", "iban"),
    P("Við Sandá 3, FO-410 Kollafjørður", "address", "Við Sandá 3", "FO-410"),
    P("+298 51 23 40", "phone"),
    P("Hallur", "name", "Hallur"),
    P("+298 22 87 14", "phone"),
    P("Camilla", "name", "Camilla"),
],
[
    L("NM-40917", "order_number"),
    L("1.499 kr.", "price"),
    L("TAKS", "company_name"),
    L("25 %", "percentage"),
    L("PostNord", "company_name"),
    L("00057151271234567890", "tracking_number"),
    L("Nordlys Mode", "company_name"),
]),
]
