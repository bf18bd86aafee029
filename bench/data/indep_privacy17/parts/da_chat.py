# Danish chats (web chat, Messenger/Instagram, WhatsApp/SMS). Written by hand; all data made up.


def P(value, kind, *mns, **kw):
    d = {"value": value, "kind": kind, "must_not_survive": list(mns) if mns else [value]}
    d.update(kw)
    return d


def E(value, *extra, **kw):
    mns = [value] + ([value.split("@")[0]] if "@" in value else []) + list(extra)
    return P(value, "email", *mns, **kw)


def L(value, kind):
    return {"value": value, "kind": kind}


RECORDS = [
    {
        "id": "da-chat-001", "region": "dk",
        "text": """[14:02] Viggo 🤖: Hej! Jeg er Viggo, Østjysk Forsynings chatbot. Hvad kan jeg hjælpe med?
[14:02] Du: flytning fjernvarme
[14:02] Viggo 🤖: Jeg kan se, at du vil melde flytning. Jeg sætter dig i kø til en medarbejder.
[14:06] Line (kundeservice): Hej, det er Line. Hvad er din adresse og dit navn?
[14:07] Du: Peter Thomsen, Fasanvej 7, 8381 Tilst. Jeg flytter ud 30. juni
[14:07] Line (kundeservice): Tak Peter. Jeg har målernr. 66021147 på adressen. Flytter du til en adresse, vi også forsyner?
[14:08] Du: nej, men min kone Susanne bliver boende og overtager aftalen
[14:09] Line (kundeservice): Fint, så skifter vi navn pr. 1. juli. Din slutafregning sender vi i e-Boks. Hvis der er tilgodehavende, hvor skal det udbetales til?
[14:10] Du: reg 2200 kontonr 5337223879
[14:10] Line (kundeservice): Tak. Susanne fortsætter med aconto på kr. 1.150 pr. måned. Hvilken mail skal slutregningen sendes til?
[14:11] Du: peter.thomsen.dk@example.com og mit mobilnr er 30 64 11 82
[14:12] Line (kundeservice): Det er noteret under sag #48812. Ha' en god dag!""",
        "planted": [
            P("Line", "name"),
            P("Peter Thomsen", "name", "Peter", "Thomsen"),
            P("Fasanvej 7", "address"),
            P("8381", "postcode"),
            P("Susanne", "name"),
            P("reg 2200 kontonr 5337223879", "iban", "5337223879", scheme="account"),
            E("peter.thomsen.dk@example.com"),
            P("30 64 11 82", "phone"),
        ],
        "lookalikes": [
            L("Viggo", "bot_name"),
            L("30. juni", "date"),
            L("66021147", "meter_number"),
            L("1. juli", "date"),
            L("kr. 1.150", "price"),
            L("#48812", "case_number"),
            L("[14:02]", "time"),
        ],
    },
    {
        "id": "da-chat-002", "region": "dk",
        "text": """Instagram · @nordiskstrik.dk

louise_k_cph: hejjj 🙋‍♀️ jeg har fået den forkerte str i min sweater
louise_k_cph: ordre #NS-20418
nordiskstrik.dk: Hej Louise! Øv da 🙈 hvad har du bestilt og hvad fik du? /Signe
louise_k_cph: Sweater Karen i str M men fik en L. Min veninde Amalie fik også forkert str, men hun skriver selv
nordiskstrik.dk: Den er helt gal, undskyld! Vi sender en ny Sweater Karen i M, og du kan bare beholde den i L 💛 Skal den til samme adresse?
louise_k_cph: nej til min nye adresse!! Louise Kragh, Vesterbrogade 112, 4. tv, 1620 København V
nordiskstrik.dk: Perfekt. Den ryger med PostNord i morgen og er der på 3-5 hverdage. Skriv lige dit mobilnr til pakkeboksen?
louise_k_cph: 53 20 17 48
louise_k_cph: og kan i sende kvitteringen på mail? louisekragh@example.net
nordiskstrik.dk: Klart! Den er på kr. 649, men du skal selvfølgelig ikke betale igen. God weekend 🧶 /Signe""",
        "planted": [
            P("louise_k_cph", "username"),
            P("Signe", "name"),
            P("Amalie", "name"),
            P("Louise Kragh", "name", "Louise", "Kragh"),
            P("Vesterbrogade 112, 4. tv", "address", "Vesterbrogade 112"),
            P("1620", "postcode"),
            P("53 20 17 48", "phone"),
            E("louisekragh@example.net"),
        ],
        "lookalikes": [
            L("nordiskstrik.dk", "company_name"),
            L("#NS-20418", "order_number"),
            L("Sweater Karen", "product_name"),
            L("PostNord", "company_name"),
            L("3-5 hverdage", "duration"),
            L("kr. 649", "price"),
        ],
    },
    {
        "id": "da-chat-003", "region": "dk",
        "text": """[07.03.24, 07:58:12] Morten tømrer: Godmorgen Kirsten, vi kommer kl. 7 i morgen og skifter de 2 stk Velux GGL MK06. Hvor kan vi parkere?
[07.03.24, 08:20:45] Kirsten Vinther: Godmorgen! I kan holde i indkørslen bag min bil, den sorte Golf CX 71 504. Adressen er Bøgevej 18, 2970 Hørsholm, hvis I skal bruge den i GPS'en 😊
[07.03.24, 08:21:30] Kirsten Vinther: Jeg er på arbejde, men min søn Mathias lukker jer ind. Hans nr er 42 71 90 33
[07.03.24, 08:23:02] Morten tømrer: Super. Vi regner med at være færdige torsdag eftermiddag.
[08.03.24, 15:47:19] Morten tømrer: Så er vi færdige. Faktura 2024-117 kommer fra Vestegnens Byg ApS på mail, kr. 18.750 ekskl. moms. Hvilken mail skal den til?
[08.03.24, 16:05:51] Kirsten Vinther: kirsten.vinther@example.org 👍 tak for god og hurtig hjælp!
[08.03.24, 16:06:10] Kirsten Vinther: <billede udeladt>""",
        "planted": [
            P("Morten", "name"),
            P("Kirsten Vinther", "name", "Kirsten", "Vinther"),
            P("CX 71 504", "plate"),
            P("Bøgevej 18", "address"),
            P("2970", "postcode"),
            P("Mathias", "name"),
            P("42 71 90 33", "phone"),
            E("kirsten.vinther@example.org"),
        ],
        "lookalikes": [
            L("kl. 7", "time"),
            L("2 stk", "quantity"),
            L("Velux GGL MK06", "product_name"),
            L("2024-117", "invoice_number"),
            L("Vestegnens Byg ApS", "company_name"),
            L("kr. 18.750", "price"),
            L("07.03.24", "date"),
        ],
    },
    {
        "id": "da-chat-004", "region": "dk",
        "text": """Vestkysten Bank – sikker chat

Maria (Vestkysten Bank): Hej, du skriver med Maria. Du har markeret en betaling som ukendt?
Kunde: ja der er trukket kr. 4.999 hos Elgiganten i nat kl. 02:13, det er ikke mig!!
Maria (Vestkysten Bank): Det ser vi på med det samme. Du er logget ind med MitID som Jesper Kofoed, cpr 050877-2815, stemmer det?
Kunde: ja
Maria (Vestkysten Bank): Jeg kan se, at der i går blev logget ind i netbanken med dit bruger-id jkofoed77 fra IP-adressen 192.0.2.144, som ikke er din normale. Har du givet dine oplysninger til nogen?
Kunde: jeg fik en sms om en pakke og tastede mit kort ind. 4571 4885 0696 9813
Maria (Vestkysten Bank): Tak. Så spærrer jeg kortet nu og bestiller et nyt. Pengene på din lønkonto 3001 6078420947 er ikke rørt. Jeg har oprettet indsigelsessag 77-20412. Svar kommer inden for 5 bankdage.
Kunde: tak. ring gerne på 27 90 44 16 hvis I skal bruge mere
Maria (Vestkysten Bank): Det gør vi. Vi sender også en kopi af sagen til jesper.kofoed@example.com. Husk at skifte adgangskode.""",
        "planted": [
            P("Maria", "name"),
            P("Jesper Kofoed", "name", "Jesper", "Kofoed"),
            P("050877-2815", "national_id", scheme="cpr"),
            P("jkofoed77", "username"),
            P("192.0.2.144", "ip"),
            P("4571 4885 0696 9813", "card"),
            P("3001 6078420947", "iban", scheme="account"),
            P("27 90 44 16", "phone"),
            E("jesper.kofoed@example.com"),
        ],
        "lookalikes": [
            L("Vestkysten Bank", "company_name"),
            L("kr. 4.999", "price"),
            L("Elgiganten", "store_name"),
            L("kl. 02:13", "time"),
            L("MitID", "product_name"),
            L("77-20412", "case_number"),
            L("5 bankdage", "duration"),
        ],
    },
    {
        "id": "da-chat-005", "region": "fo",
        "text": """Nøtnet kundechat
Turið: Hey! Du skriver med Turið fra Nøtnet. Hvordan kan jeg hjælpe?
Kunde: Hey. Mit internet er ekstremt langsomt siden i går. Jeg hedder Rúni Joensen
Turið: Ærgerligt, Rúni. Må jeg få dit p-tal og adresse, så jeg kan finde forbindelsen?
Kunde: 020885-323, Heiðavegur 21, FO-700 Klaksvík
Turið: Tak! Jeg kan se din FiberBox 2 kører firmware 2.1.7. Kan du gå ind på 192.168.1.1 og sende mig den IPv6-adresse, der står under WAN?
Kunde: 2001:db8:4a::17
Turið: Super. Der er en fejl på linjen, jeg har oprettet mál nr. 55012. En tekniker kan komme mandag den 18. efter kl. 16. Dit abonnement er på kr. 349 om måneden, og du får afslag for nedetiden.
Kunde: Fint. Han kan ringe på +298 51 22 87
Turið: Noteret. Bekræftelsen kommer på runi.joensen@example.net. Góðan dag!""",
        "planted": [
            P("Turið", "name"),
            P("Rúni Joensen", "name", "Rúni", "Joensen"),
            P("020885-323", "national_id", scheme="ptal"),
            P("Heiðavegur 21", "address"),
            P("FO-700", "postcode"),
            P("2001:db8:4a::17", "ip"),
            P("+298 51 22 87", "phone"),
            E("runi.joensen@example.net"),
        ],
        "lookalikes": [
            L("Nøtnet", "company_name"),
            L("FiberBox 2", "product_name"),
            L("firmware 2.1.7", "version"),
            L("55012", "ticket_number"),
            L("mandag den 18.", "date"),
            L("efter kl. 16", "time"),
            L("kr. 349", "price"),
        ],
    },
    {
        "id": "da-chat-006", "region": "dk",
        "text": """Frederiksberg Kommune – Parkering · Chat
Heidi: Hej og velkommen. Du skriver med Heidi. Hvad drejer det sig om?
Borger: Hej. Jeg har fået ny bil og skal have flyttet min beboerlicens, licens nr. BL-2024-3391
Heidi: Det klarer vi. Jeg skal bruge dit navn, cpr-nr. og den nye nummerplade.
Borger: Thomas Overgaard, 011290-1175, nummerpladen er DJ 55 120, det er en Tesla Model 3
Heidi: Tak. Licensen er registreret på Godthåbsvej 33, 2. mf., 2000 Frederiksberg, er det fortsat rigtigt?
Borger: Ja. Min kæreste Sara har også en licens på adressen, den skal ikke ændres
Heidi: Den rører jeg ikke. Den nye licens gælder fra 1. april, prisen er stadig kr. 795 pr. år. Der går 2-3 hverdage, før den er aktiv i systemet.
Borger: perfekt. sendes kvittering til thomas.overgaard@example.com?
Heidi: Ja, og vi kan sende en sms til 22 81 47 63, når den er aktiv.
Borger: Tak!""",
        "planted": [
            P("Heidi", "name"),
            P("Thomas Overgaard", "name", "Thomas", "Overgaard"),
            P("011290-1175", "national_id", scheme="cpr"),
            P("DJ 55 120", "plate"),
            P("Godthåbsvej 33, 2. mf.", "address", "Godthåbsvej 33"),
            P("2000", "postcode"),
            P("Sara", "name"),
            E("thomas.overgaard@example.com"),
            P("22 81 47 63", "phone"),
        ],
        "lookalikes": [
            L("Frederiksberg Kommune", "company_name"),
            L("BL-2024-3391", "reference"),
            L("Tesla Model 3", "vehicle_model"),
            L("1. april", "date"),
            L("kr. 795 pr. år", "price"),
            L("2-3 hverdage", "duration"),
        ],
    },
    {
        "id": "da-chat-007", "region": "dk",
        "text": """Dyreliv Forsikring · Chat
Nanna: Hej! Det er Nanna. Hvad kan jeg hjælpe med i dag? 🐾
Kunde: Hej. Min hund Bamse er blevet opereret og jeg vil anmelde det
Nanna: Åh, stakkels Bamse! Hvad er dit navn og din fødselsdato?
Kunde: Charlotte Frost, 14.08.1981
Nanna: Tak Charlotte. Jeg har police 3004-88172. Hvor blev han behandlet?
Kunde: Dyreklinikken Kongens Lyngby d. 2. april, dyrlæge Jens Krogh. Regningen var på kr. 6.340
Nanna: Jeg opretter skade 24-01455. Upload gerne regningen her i chatten. Hvilken konto skal erstatningen udbetales til?
Kunde: reg.nr 0400 kontonr 0432777147
Nanna: Noteret. Adressen er stadig Lyngbyvej 290, 2800 Kongens Lyngby?
Kunde: ja. og min mail er cfrost@example.org, tlf 29 03 66 18
Nanna: Fint. Du hører fra os inden for 10 dage. God bedring til Bamse 💙""",
        "planted": [
            P("Nanna", "name"),
            P("Charlotte Frost", "name", "Charlotte", "Frost"),
            P("14.08.1981", "birth_date"),
            P("Jens Krogh", "name", "Jens", "Krogh"),
            P("reg.nr 0400 kontonr 0432777147", "iban", "0432777147", scheme="account"),
            P("Lyngbyvej 290", "address"),
            P("2800", "postcode"),
            E("cfrost@example.org"),
            P("29 03 66 18", "phone"),
        ],
        "lookalikes": [
            L("Dyreliv Forsikring", "company_name"),
            L("Bamse", "pet_name"),
            L("3004-88172", "policy_number"),
            L("Dyreklinikken Kongens Lyngby", "company_name"),
            L("2. april", "date"),
            L("kr. 6.340", "price"),
            L("24-01455", "claim_number"),
            L("10 dage", "duration"),
        ],
    },
    {
        "id": "da-chat-008", "region": "dk",
        "text": """Besked – Vestre Skole – Kontoret
Fra: Michael Juhl (forælder til Ella Juhl, 3.B)
Til: Skolekontoret
Emne: Adresseændring og lejrskole

Hej kontoret
Vi er flyttet, så Ella skal registreres på Tranevej 12, 7100 Vejle. Hendes cpr er 180314-6434, hvis I skal bruge det til kommunen. Min telefon er 31 42 77 08 og mail michael.juhl@example.com.
Ella bor fremover hver anden uge hos sin mor, Katrine, så hun skal også have beskeder.
Vh Michael

Svar fra Skolekontoret, kl. 8.00:
Hej Michael. Tak, det er rettet. Vi giver også Pernille (klasselærer) besked. Husk betaling af kr. 450 for lejrskolen i uge 24 via Aula senest fredag.
Venlig hilsen Skolekontoret""",
        "planted": [
            P("Michael Juhl", "name", "Michael", "Juhl"),
            P("Ella Juhl", "name", "Ella", "Juhl"),
            P("Tranevej 12", "address"),
            P("7100", "postcode"),
            P("180314-6434", "national_id", scheme="cpr"),
            P("31 42 77 08", "phone"),
            E("michael.juhl@example.com"),
            P("Katrine", "name"),
            P("Pernille", "name"),
        ],
        "lookalikes": [
            L("Vestre Skole", "company_name"),
            L("3.B", "reference"),
            L("kl. 8.00", "time"),
            L("kr. 450", "price"),
            L("uge 24", "date"),
            L("Aula", "product_name"),
        ],
    },
    {
        "id": "da-chat-009", "region": "dk",
        "text": """LønPortal version 3.1 — Chat med Lønservice
Anne (Lønservice): Hej, du skriver med Anne fra Lønservice.
Medarbejder: Hej Anne. Jeg er lige startet og har ikke fået løn for marts. Sidsel Rask, lager i Horsens
Anne (Lønservice): Velkommen! Jeg skal lige have dit cpr-nr. for at slå dig op.
Medarbejder: 300795-3320
Anne (Lønservice): Tak. Du er oprettet, men vi mangler din NemKonto og dit skattekort. Har du en bankkonto?
Medarbejder: ja reg 5470 konto 9202180303
Anne (Lønservice): Super. Skattekortet henter vi automatisk nu. Lønnen for marts, kr. 31.842,50 for 37 timer om ugen, bliver udbetalt 29. marts. Feriepenge er 12,5 %.
Medarbejder: Jeg er også flyttet, ny adresse er Søndergade 44, 1. th., 8700 Horsens
Anne (Lønservice): Rettet. Din leder Frank skal godkende timesedlen i portalen. Har du en privat mail og et nummer?
Medarbejder: sidselrask@example.com og 50 12 38 94
Anne (Lønservice): Tak, så er alt på plads.""",
        "planted": [
            P("Anne", "name"),
            P("Sidsel Rask", "name", "Sidsel", "Rask"),
            P("300795-3320", "national_id", scheme="cpr"),
            P("reg 5470 konto 9202180303", "iban", "9202180303", scheme="account"),
            P("Søndergade 44, 1. th.", "address", "Søndergade 44"),
            P("8700", "postcode"),
            P("Frank", "name"),
            E("sidselrask@example.com"),
            P("50 12 38 94", "phone"),
        ],
        "lookalikes": [
            L("LønPortal version 3.1", "version"),
            L("kr. 31.842,50", "price"),
            L("37 timer", "quantity"),
            L("29. marts", "date"),
            L("12,5 %", "percentage"),
            L("Lønservice", "company_name"),
        ],
    },
    {
        "id": "da-chat-010", "region": "gl",
        "text": """Hotel Isfjord · Webchat
Kristian: Aluu og velkommen til Hotel Isfjord i Ilulissat. Det er Kristian. Hvordan kan jeg hjælpe?
Gæst: Hej Kristian! Jeg vil gerne booke et dobbeltværelse 12.-15. juni, 3 nætter. Inuk Petersen
Gæst: vi er to, mig og Arnaq
Kristian: Det har vi. Prisen er kr. 1.895 pr. nat inkl. morgenmad. Skal jeg reservere?
Gæst: ja tak. kan jeg betale med kort her? 4571 5873 1044 2311 udløb 11/26
Kristian: Tak. Jeg holder reservationen med kortet, og du bliver først trukket ved ankomst. Du har booking 55-81203. Indtjekning er fra kl. 15.
Gæst: fedt. faktura til min adresse Aqqusinersuaq 32, 3900 Nuuk. mail inuk.p@example.com
Kristian: Og et mobilnummer, hvis flyet er forsinket?
Gæst: +299 48 27 19
Kristian: Tak, vi glæder os til at se jer!
(Af sikkerhedshensyn bør du ikke skrive kortnumre i chatten.)""",
        "planted": [
            P("Kristian", "name"),
            P("Inuk Petersen", "name", "Inuk", "Petersen"),
            P("Arnaq", "name"),
            P("4571 5873 1044 2311", "card"),
            P("Aqqusinersuaq 32", "address"),
            P("3900", "postcode"),
            E("inuk.p@example.com"),
            P("+299 48 27 19", "phone"),
        ],
        "lookalikes": [
            L("Hotel Isfjord", "company_name"),
            L("12.-15. juni", "date"),
            L("3 nætter", "quantity"),
            L("kr. 1.895", "price"),
            L("55-81203", "booking_reference"),
            L("kl. 15", "time"),
            L("dobbeltværelse", "product_name"),
        ],
    },
]
