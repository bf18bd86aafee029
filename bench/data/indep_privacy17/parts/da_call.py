# Danish call transcripts (Denmark, Faroe Islands, Greenland). Written by hand; all data made up.


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
        "id": "da-call-001", "region": "dk",
        "text": """Medarbejder: Nordlys Energi, det er Kasper, goddag.
Kunde: Goddag, det er Mette Lundgaard Nielsen. Jeg skal flytte og vil gerne tage min elaftale med.
Medarbejder: Det kan vi sagtens. Må jeg få dit cpr-nummer?
Kunde: Ja, det er 120478-2802.
Medarbejder: Tak. Og hvad er den nye adresse?
Kunde: Skovvej 14, 1. th., 8600 Silkeborg.
Medarbejder: Fint. Jeg kan se aftagenummeret 571313104400123456 på adressen. Overtager du pr. 1. marts?
Kunde: Ja, nøglerne får jeg den 28.
Medarbejder: Så skal du aflæse måleren den dag og sende os tallet. Den gamle måler stod på 24.518 kWh ved sidste aflæsning.
Kunde: Det gør jeg.
Medarbejder: Du fortsætter på Fastpris Grøn 24, og dit forventede aconto bliver kr. 1.245 i kvartalet. Skal det stadig trækkes via Betalingsservice fra reg.nr. og konto 1551 3262263163?
Kunde: Ja, det er samme konto.
Medarbejder: Og kan vi stadig fange dig på 28 41 73 09?
Kunde: Ja, eller på mail, mettelundgaard@example.com.
Medarbejder: Super. Du får en bekræftelse med ordrenummer 771-4402 i løbet af dagen.
Kunde: Tak for hjælpen, Kasper.""",
        "planted": [
            P("Kasper", "name"),
            P("Mette Lundgaard Nielsen", "name", "Mette", "Lundgaard", "Nielsen"),
            P("120478-2802", "national_id", scheme="cpr"),
            P("Skovvej 14, 1. th.", "address", "Skovvej 14"),
            P("8600", "postcode"),
            P("1551 3262263163", "iban", scheme="account"),
            P("28 41 73 09", "phone"),
            E("mettelundgaard@example.com"),
        ],
        "lookalikes": [
            L("Nordlys Energi", "company_name"),
            L("571313104400123456", "ean"),
            L("1. marts", "date"),
            L("24.518 kWh", "quantity"),
            L("Fastpris Grøn 24", "product_name"),
            L("kr. 1.245", "price"),
            L("771-4402", "order_number"),
        ],
    },
    {
        "id": "da-call-002", "region": "dk",
        "text": """hej du taler med mads fra teleløbet hvad kan jeg hjælpe med
ja hej det er rikke holm jeg vil gerne flytte mit nummer over til jer fra fonix
det kan vi godt hvilket nummer er det
det er toogtyve otteogfyrre nitten femogtredive
og så skal jeg lige have dit cpr-nummer for at lave aftalen
ja det er ti nul seks femogfirs nul otte otte seks
tak og hvilken adresse skal sim-kortet sendes til
ryesgade syvogtyve tredje sal otte tusind aarhus c
fint og hvilket abonnement tænker du
det der fri tale plus hundrede giga til nioghalvfems kroner
ja det er en god en så flytter vi nummeret den første april og du får sim-kortet inden for fem arbejdsdage
okay super og min kæreste jonas han vil måske også skifte senere
det kan han bare ringe om jeg skal lige have en mail til ordrebekræftelsen
ja rikke punktum holm snabel-a example punktum com
rikke punktum holm snabel-a example punktum com ja
ja
dit ordrenummer er fire fem ni to otte hav en god dag""",
        "planted": [
            P("mads", "name"),
            P("rikke holm", "name", "rikke", "holm"),
            P("toogtyve otteogfyrre nitten femogtredive", "phone"),
            P("ti nul seks femogfirs nul otte otte seks", "national_id", scheme="cpr", norm="100685-0886"),
            P("ryesgade syvogtyve", "address"),
            P("otte tusind", "postcode"),
            P("jonas", "name"),
            P("rikke punktum holm snabel-a example punktum com", "email",
              "rikke punktum holm snabel-a example punktum com", "rikke punktum holm",
              norm="rikke.holm@example.com"),
        ],
        "lookalikes": [
            L("teleløbet", "company_name"),
            L("fonix", "company_name"),
            L("fri tale plus hundrede giga", "product_name"),
            L("nioghalvfems kroner", "price"),
            L("den første april", "date"),
            L("fem arbejdsdage", "duration"),
            L("fire fem ni to otte", "order_number"),
        ],
    },
    {
        "id": "da-call-003", "region": "fo",
        "text": """Rådgiver: Atlantsbankin, Bjarni her.
Kunde: Hey, det er Jógvan Poulsen. Jeg ringer om det lån vi snakkede om til huset.
Rådgiver: Hej Jógvan. Må jeg lige få dit p-tal, så jeg kan finde dig?
Kunde: 280493-118.
Rådgiver: Tak. Jeg har dig her. Er adressen stadig Niels Finsens gøta 14, FO-100 Tórshavn?
Kunde: Ja, men vi flytter når huset er købt. Min kone Sunnvá skal også stå på lånet.
Rådgiver: Det er fint, så skal hun også underskrive. Vi har regnet på kr. 450.000 med en rente på 3,95 %, lån nr. 6460-771203. Første ydelse trækkes 15. maj fra FO94 6460 3037 1707 86.
Kunde: Det passer. Og så er der noget galt med mit kort, det bliver afvist i udlandet.
Rådgiver: Er det Visa/Dankortet, der ender på 6846?
Kunde: Ja, 4571 9167 0469 6846.
Rådgiver: Det er spærret for brug uden for Norden. Jeg åbner det nu.
Kunde: Tak. Kan du sende papirerne til jogvan.p@example.com? Og ring gerne på +298 21 43 65, hvis der er noget.
Rådgiver: Selvfølgelig. Kan du komme ind og skrive under torsdag kl. 13.30?
Kunde: Det passer fint.""",
        "planted": [
            P("Bjarni", "name"),
            P("Jógvan Poulsen", "name", "Jógvan", "Poulsen"),
            P("280493-118", "national_id", scheme="ptal"),
            P("Niels Finsens gøta 14", "address"),
            P("FO-100", "postcode"),
            P("Sunnvá", "name"),
            P("FO94 6460 3037 1707 86", "iban"),
            P("4571 9167 0469 6846", "card"),
            E("jogvan.p@example.com"),
            P("+298 21 43 65", "phone"),
        ],
        "lookalikes": [
            L("Atlantsbankin", "company_name"),
            L("kr. 450.000", "price"),
            L("3,95 %", "percentage"),
            L("6460-771203", "contract_number"),
            L("15. maj", "date"),
            L("kl. 13.30", "time"),
        ],
    },
    {
        "id": "da-call-004", "region": "dk",
        "text": """(00:00:04) Borgerservice: Københavns Borgerservice, du taler med Louise.
(00:00:08) Borger: Hej, mit navn er Ahmad Rahimi. Jeg vil gerne skifte læge for min søn.
(00:00:14) Borgerservice: Det kan jeg hjælpe med. Hvad er din søns cpr-nummer?
(00:00:19) Borger: Det er 220915-5527. Han hedder Omid Rahimi.
(00:00:26) Borgerservice: Tak. Jeg kan se, at I bor på Nørrebrogade 184, 3. tv., 2200 København N. Passer det?
(00:00:33) Borger: Ja, det passer.
(00:00:35) Borgerservice: Hvilken læge vil I skifte til?
(00:00:38) Borger: Lægehuset Nørrebro, hos Birgitte Holm. Min kone går der også.
(00:00:45) Borgerservice: Hun har åbent for tilgang, så det er fint. Skiftet koster ikke noget, fordi han er under 15. Der kommer et nyt gult sundhedskort inden for 14 dage. Sagsnummeret er 2024-118830.
(00:01:02) Borger: Tak. Kan I sende besked, når det er gjort?
(00:01:05) Borgerservice: Ja, vi sender det i Digital Post. Har du også et telefonnummer og en mail?
(00:01:10) Borger: 52 63 18 40, og mail er ahmad.rahimi@example.net.
(00:01:18) Borgerservice: Tak, Ahmad. Ha' en god dag.""",
        "planted": [
            P("Louise", "name"),
            P("Ahmad Rahimi", "name", "Ahmad", "Rahimi"),
            P("220915-5527", "national_id", scheme="cpr"),
            P("Omid Rahimi", "name", "Omid", "Rahimi"),
            P("Nørrebrogade 184, 3. tv.", "address", "Nørrebrogade 184"),
            P("2200", "postcode"),
            P("Birgitte Holm", "name", "Birgitte", "Holm"),
            P("52 63 18 40", "phone"),
            E("ahmad.rahimi@example.net"),
        ],
        "lookalikes": [
            L("Københavns Borgerservice", "company_name"),
            L("Lægehuset Nørrebro", "company_name"),
            L("gult sundhedskort", "product_name"),
            L("14 dage", "duration"),
            L("2024-118830", "case_number"),
            L("Digital Post", "product_name"),
            L("(00:01:05)", "time"),
        ],
    },
    {
        "id": "da-call-005", "region": "dk",
        "text": """Apoteket Vesterbro, det er Sofie.
- Ja, goddag, det er Preben Kjær. Jeg ringer om min medicin, min kone plejer at hente den, men hun er syg.
Det er jeg ked af at høre. Skal jeg lige have dit cpr-nummer?
- 031149-3353.
Tak. Jeg kan se en recept fra doktor Aagaard på Pinex 500 mg, 100 stk., og så din blodtryksmedicin. Recept-id 7734 1190.
- Ja, det er dem.
Vil du have det bragt ud?
- Ja tak, hvis det kan lade sig gøre. Til Enghavevej 51, 2. th., 1674 København V. Min kone Grethe er hjemme hele dagen.
Det kan vi godt, det bliver i morgen efter kl. 12. Det koster kr. 87,50 med udbringning.
- Det er fint.
Og hvis chaufføren ikke kan komme ind, hvilket nummer skal han ringe på?
- 33 21 90 47, det er fastnettet.
Så har jeg det hele. God bedring til din kone.""",
        "planted": [
            P("Sofie", "name"),
            P("Preben Kjær", "name", "Preben", "Kjær"),
            P("031149-3353", "national_id", scheme="cpr"),
            P("Aagaard", "name"),
            P("Enghavevej 51, 2. th.", "address", "Enghavevej 51"),
            P("1674", "postcode"),
            P("Grethe", "name"),
            P("33 21 90 47", "phone"),
        ],
        "lookalikes": [
            L("Apoteket Vesterbro", "company_name"),
            L("Pinex 500 mg", "product_name"),
            L("100 stk.", "quantity"),
            L("7734 1190", "reference"),
            L("efter kl. 12", "time"),
            L("kr. 87,50", "price"),
        ],
    },
    {
        "id": "da-call-006", "region": "dk",
        "text": """[10:02:11] Pakkeløven, du taler med Mikkel.
[10:02:14] Hej, det er Camilla Brandt-Jørgensen. Jeg har en pakke, der står som leveret, men den er her ikke.
[10:02:20] Det undersøger jeg. Har du trackingnummeret?
[10:02:24] Ja, PL 7734 0091 2284 DK. Den er fra Harald Nyborg, en havetrampolin.
[10:02:33] Den står leveret i går kl. 16.42 på Rosenvænget 3, 5250 Odense SV. Det er din adresse?
[10:02:40] Ja, men jeg var hjemme hele eftermiddagen.
[10:02:44] Chaufføren har skrevet, at den er afleveret til naboen i nummer 5, Henrik.
[10:02:50] Nå, okay. Pakken er egentlig til min søn, Oliver, han har fødselsdag på lørdag.
[10:02:57] Så håber jeg, den dukker op. Hvis ikke, opretter vi en eftersøgning, som tager op til 10 hverdage. Hvad er dit nummer?
[10:03:05] Det er +45 31 62 90 14.
[10:03:09] Og din mail?
[10:03:11] camilla snabel-a example punktum net.
[10:03:16] Tak. Du får en sms, hvis vi hører noget. Pakken vejer 38 kg, så den er ikke til at overse.""",
        "planted": [
            P("Mikkel", "name"),
            P("Camilla Brandt-Jørgensen", "name", "Camilla", "Brandt", "Jørgensen", "Brandt-Jørgensen"),
            P("Rosenvænget 3", "address"),
            P("5250", "postcode"),
            P("Henrik", "name"),
            P("Oliver", "name"),
            P("+45 31 62 90 14", "phone"),
            P("camilla snabel-a example punktum net", "email", "camilla snabel-a example punktum net",
              "camilla", norm="camilla@example.net"),
        ],
        "lookalikes": [
            L("Pakkeløven", "company_name"),
            L("PL 7734 0091 2284 DK", "tracking_number"),
            L("Harald Nyborg", "store_name"),
            L("kl. 16.42", "time"),
            L("10 hverdage", "duration"),
            L("38 kg", "quantity"),
            L("[10:02:11]", "time"),
        ],
    },
    {
        "id": "da-call-007", "region": "gl",
        "text": """Skadekonsulent: Polar Forsikring, skadeafdelingen, Trine.
Kunde: Aluu, det er Aviaja Kleist fra Sisimiut. Vi har fået frostsprængte rør i huset.
Skadekonsulent: Åh nej. Hvornår skete det?
Kunde: Natten til den 28. februar. Det var minus 25 grader, og varmen gik ud.
Skadekonsulent: Må jeg få dit cpr-nummer?
Kunde: 270283-2244.
Skadekonsulent: Tak. Det drejer sig om huset på Aqqusinersuaq 12, 3911 Sisimiut, police nr. 4471-GR-2290?
Kunde: Ja. Min mand Nuka har lukket for vandet, og Tømrer Lyberth ApS har været her og kigget.
Skadekonsulent: Godt. Jeg opretter skade nr. S-24-0712. Din selvrisiko er kr. 2.500. Hvad regner tømreren med, det koster?
Kunde: Omkring kr. 12.000 foreløbig.
Skadekonsulent: Så sender vi en taksator op med næste fly. Udbetalingen går til GL90 6471 7915 1760 62, er det stadig rigtigt?
Kunde: Ja.
Skadekonsulent: Hvilket nummer kan taksatoren ringe på?
Kunde: +299 52 14 87. Og send gerne papirer til aviaja.kleist@example.org.
Skadekonsulent: Det gør jeg. Qujanaq og god dag.""",
        "planted": [
            P("Trine", "name"),
            P("Aviaja Kleist", "name", "Aviaja", "Kleist"),
            P("270283-2244", "national_id", scheme="cpr"),
            P("Aqqusinersuaq 12", "address"),
            P("3911", "postcode"),
            P("Nuka", "name"),
            P("GL90 6471 7915 1760 62", "iban"),
            P("+299 52 14 87", "phone"),
            E("aviaja.kleist@example.org"),
        ],
        "lookalikes": [
            L("Polar Forsikring", "company_name"),
            L("den 28. februar", "date"),
            L("minus 25 grader", "quantity"),
            L("4471-GR-2290", "policy_number"),
            L("Tømrer Lyberth ApS", "company_name"),
            L("S-24-0712", "claim_number"),
            L("kr. 2.500", "price"),
            L("kr. 12.000", "price"),
        ],
    },
    {
        "id": "da-call-008", "region": "dk",
        "text": """- Børnebyen.dk kundeservice, du taler med Emma.
- Hej, det er Lasse Dahl Christensen. Jeg har bestilt en Stokke Tripp Trapp til min datter Freja, men der mangler en pose med skruer.
- Det var ærgerligt. Har du ordrenummeret?
- Ja, det er ordre 100-448213.
- Tak. Den kostede kr. 2.199 og blev sendt med GLS. Vil du have tilsendt skruerne, eller vil du hellere returnere hele stolen? Du har 14 dages returret.
- Bare skruerne, tak.
- Så sender jeg dem til Klostergade 9, 4. sal, 6000 Kolding. Er det korrekt?
- Ja.
- Og til besværet refunderer vi kr. 100. Skal det gå tilbage på MobilePay?
- Ja, nummeret er 40 18 72 65. Eller du kan sætte det ind på min konto, reg. 9570 konto 9310050210.
- Jeg sender det til MobilePay. Bekræftelsen kommer på lasse.dc@example.com.
- Perfekt, tak.""",
        "planted": [
            P("Emma", "name"),
            P("Lasse Dahl Christensen", "name", "Lasse", "Dahl", "Christensen"),
            P("Freja", "name"),
            P("Klostergade 9, 4. sal", "address", "Klostergade 9"),
            P("6000", "postcode"),
            P("40 18 72 65", "phone"),
            P("reg. 9570 konto 9310050210", "iban", "9310050210", scheme="account"),
            E("lasse.dc@example.com"),
        ],
        "lookalikes": [
            L("Børnebyen.dk", "company_name"),
            L("Stokke Tripp Trapp", "product_name"),
            L("100-448213", "order_number"),
            L("kr. 2.199", "price"),
            L("GLS", "company_name"),
            L("14 dages", "duration"),
            L("kr. 100", "price"),
        ],
    },
    {
        "id": "da-call-009", "region": "dk",
        "text": """[SPEAKER 1] Boligselskabet Ålehaven, det er Søren.
[SPEAKER 2] Ja hej Søren, det er Hanne Skov. Jeg bor i afdeling 4, og mit toilet løber hele tiden.
[SPEAKER 1] Det får vi kigget på. For at finde dig, må jeg så få din fødselsdato og adresse?
[SPEAKER 2] 3. oktober 1962. Ålekistevej 23, st. th., 2500 Valby.
[SPEAKER 1] Tak. Jeg kan se lejemål 0412-023. Jeg bestiller VVS-firmaet Brdr. Madsen, de kan komme torsdag den 21. mellem kl. 8 og 12.
[SPEAKER 2] Jeg er på arbejde torsdag. Kan de låne nøglen hos Knud Eriksen ovenpå? Han er pensionist og altid hjemme.
[SPEAKER 1] Det går fint, hvis han skriver under på, at han har nøglen. Hvad er dit nummer, så håndværkeren kan ringe?
[SPEAKER 2] 26 74 50 91.
[SPEAKER 1] Og din mail?
[SPEAKER 2] hanne.skov62@example.com.
[SPEAKER 1] Super. Det er almindelig vedligeholdelse, så det bliver ikke lagt på huslejen af kr. 6.480.
[SPEAKER 2] Dejligt. Tak for hjælpen.""",
        "planted": [
            P("Søren", "name"),
            P("Hanne Skov", "name", "Hanne", "Skov"),
            P("3. oktober 1962", "birth_date"),
            P("Ålekistevej 23, st. th.", "address", "Ålekistevej 23"),
            P("2500", "postcode"),
            P("Knud Eriksen", "name", "Knud", "Eriksen"),
            P("26 74 50 91", "phone"),
            E("hanne.skov62@example.com"),
        ],
        "lookalikes": [
            L("Boligselskabet Ålehaven", "company_name"),
            L("afdeling 4", "reference"),
            L("0412-023", "contract_number"),
            L("VVS-firmaet Brdr. Madsen", "company_name"),
            L("torsdag den 21.", "date"),
            L("mellem kl. 8 og 12", "time"),
            L("kr. 6.480", "price"),
        ],
    },
    {
        "id": "da-call-010", "region": "dk",
        "text": """Medarbejder: FitZone Aalborg, du taler med Julie.
Medlem: Hej, det er Nikolaj Bech. Jeg vil gerne opsige mit medlemskab.
Medarbejder: Det er vi kede af. Må jeg få din fødselsdato?
Medlem: 22.08.1991.
Medarbejder: Tak. Du har Basis+ til kr. 299 pr. md. Opsigelsen er løbende måned plus én, så sidste træningsdag bliver 31. maj.
Medlem: Okay. Og så er der trukket to gange i april på mit kort.
Medarbejder: Det kan jeg se. Det er kortet 5019 7685 6546 5754?
Medlem: Ja, det er mit Dankort.
Medarbejder: Så refunderer jeg det ene beløb. Det kan tage op til fem bankdage. Jeg har din adresse som Vesterbro 61, 9000 Aalborg?
Medlem: Ja.
Medarbejder: Og du har en PT-aftale med Maja på torsdag kl. 17. Skal den også aflyses?
Medlem: Nej, den tager jeg lige med. Send gerne bekræftelsen til nikolajbech@example.org, og ellers er mit nummer 61 30 84 27.
Medarbejder: Det gør jeg. Tak for denne gang.""",
        "planted": [
            P("Julie", "name"),
            P("Nikolaj Bech", "name", "Nikolaj", "Bech"),
            P("22.08.1991", "birth_date"),
            P("5019 7685 6546 5754", "card"),
            P("Vesterbro 61", "address"),
            P("9000", "postcode"),
            P("Maja", "name"),
            E("nikolajbech@example.org"),
            P("61 30 84 27", "phone"),
        ],
        "lookalikes": [
            L("FitZone Aalborg", "company_name"),
            L("Basis+", "product_name"),
            L("kr. 299 pr. md.", "price"),
            L("løbende måned plus én", "duration"),
            L("31. maj", "date"),
            L("fem bankdage", "duration"),
            L("kl. 17", "time"),
        ],
    },
    {
        "id": "da-call-011", "region": "dk",
        "text": """Værksted: Autohuset Bruun, værkstedet, det er Rasmus.
Kunde: Hej Rasmus, det er Anders Mølgaard. Min bil skal til service, og den har også en mærkelig lyd fra forhjulet.
Værksted: Hvad er nummerpladen?
Kunde: CV 48 213, det er en Peugeot 208.
Værksted: Ja, der har jeg den. Den står til 142.000 km, så det er den store service. Den er dækket af din serviceaftale SA-55813, men forhjulet kommer oveni.
Kunde: Hvad kan det komme til at koste?
Værksted: Hvis det er et hjullejer, omkring kr. 3.895 med montering. Kan du aflevere den onsdag den 10. april kl. 7.30?
Kunde: Ja. Min kone Lone kører den derind. Kan I ringe til hende, når den er færdig? Eller til mig på 20 55 91 36.
Værksted: Det gør vi. Hvis du vil have en lånebil, skal jeg bruge din adresse og mail.
Kunde: Gerne. Hvidkærvej 40, 5250 Odense SV, og anders.molgaard@example.net.
Værksted: Så er du booket. Vi ses onsdag.""",
        "planted": [
            P("Rasmus", "name"),
            P("Anders Mølgaard", "name", "Anders", "Mølgaard"),
            P("CV 48 213", "plate"),
            P("Lone", "name"),
            P("20 55 91 36", "phone"),
            P("Hvidkærvej 40", "address"),
            P("5250", "postcode"),
            E("anders.molgaard@example.net"),
        ],
        "lookalikes": [
            L("Autohuset Bruun", "company_name"),
            L("Peugeot 208", "vehicle_model"),
            L("142.000 km", "quantity"),
            L("SA-55813", "contract_number"),
            L("kr. 3.895", "price"),
            L("onsdag den 10. april", "date"),
            L("kl. 7.30", "time"),
        ],
    },
    {
        "id": "da-call-012", "region": "gl",
        "text": """A: Polar Air booking, det er Pipaluk.
K: Aluu, det er Nivi Lynge. Jeg skal ændre en billet for min søn og mig, vi skulle have fløjet til København.
A: Hvad er bookingreferencen?
K: QX7R2M.
A: Tak. Det er GL 781 fra Nuuk tirsdag den 14. maj kl. 09.40, for Nivi Lynge og Malik Lynge. Hvad skal ændres?
K: Vi skal først rejse en uge senere, og Malik er fyldt to, så han skal vel have sit eget sæde nu?
A: Hvornår er han født?
K: 02.05.2022.
A: Så skal han have eget sæde fra den nye afrejse, ja. Ændringen koster kr. 650 pr. person, og I har 23 kg bagage hver.
K: Fint. Kvitteringen skal til nivi punktum lynge snabel-a example punktum org.
A: Og kontaktnummer og adresse til rejseplanen?
K: +299 34 56 78. Qaqqamut 4, 3900 Nuuk.
A: Tak. Du får den nye rejseplan inden for en time.""",
        "planted": [
            P("Pipaluk", "name"),
            P("Nivi Lynge", "name", "Nivi", "Lynge"),
            P("Malik Lynge", "name", "Malik", "Lynge"),
            P("02.05.2022", "birth_date"),
            P("nivi punktum lynge snabel-a example punktum org", "email",
              "nivi punktum lynge snabel-a example punktum org", "nivi punktum lynge",
              norm="nivi.lynge@example.org"),
            P("+299 34 56 78", "phone"),
            P("Qaqqamut 4", "address"),
            P("3900", "postcode"),
        ],
        "lookalikes": [
            L("Polar Air", "company_name"),
            L("QX7R2M", "booking_reference"),
            L("GL 781", "flight_number"),
            L("tirsdag den 14. maj", "date"),
            L("kl. 09.40", "time"),
            L("kr. 650", "price"),
            L("23 kg", "quantity"),
        ],
    },
]
