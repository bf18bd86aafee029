from rec import P, L

RECORDS = [
# ---------------------------------------------------------------- 001 fjernvarme, flytning
{
"id": "da-call-001", "language": "da", "channel": "call",
"text": """Medarbejder: Østjysk Forsyning, du taler med Mikkel.
Kunde: Hej, det er Louise Kjær-Hansen. Jeg skal flytte, og jeg vil gerne melde flytning.
Medarbejder: Det kan jeg hjælpe med. Har du dit kundenummer?
Kunde: Øh ja, 4410 2387.
Medarbejder: Tak. Og til kontrol din fødselsdato?
Kunde: Den 12. marts 81.
Medarbejder: Super. Du bor nu på Vestergade 12, 1. th., 8000 Aarhus C?
Kunde: Ja, og fra 1. maj er det Skovbrynet 7, 8240 Risskov.
Medarbejder: Vil du aflæse måleren på Vestergade den dag du flytter? Målernummeret er 71203348.
Kunde: Jeg har faktisk et billede fra i morges, den står på 142,318 MWh.
Medarbejder: Perfekt. Din a conto bliver 1.150 kr. om måneden på den nye adresse. Skal det stadig trækkes via Betalingsservice fra 3331-3365261414?
Kunde: Ja tak.
Medarbejder: Og telefonnummeret er stadig 29 47 11 85?
Kunde: Ja. Og mail, det er louise punktum kjaer snabel-a example punktum com. Kjær med æ i navnet, men ae i mailen.
Medarbejder: Modtaget. Du får en slutopgørelse i e-Boks inden for seks uger. Hav en god dag, Louise.""",
"planted": [
    P("Mikkel", "name"),
    P("Louise Kjær-Hansen", "name"),
    P("12. marts 81", "birth_date"),
    P("Vestergade 12, 1. th., 8000 Aarhus C", "address", mns=["Vestergade 12", "8000"]),
    P("Skovbrynet 7, 8240 Risskov", "address", mns=["Skovbrynet 7", "8240"]),
    P("3331-3365261414", "iban"),
    P("29 47 11 85", "phone"),
    P("louise punktum kjaer snabel-a example punktum com", "email", "louise punktum kjaer"),
],
"lookalikes": [
    L("Østjysk Forsyning", "company"),
    L("4410 2387", "customer_number"),
    L("1. maj", "date"),
    L("71203348", "meter_number"),
    L("142,318 MWh", "quantity"),
    L("1.150 kr.", "price"),
    L("seks uger", "duration"),
],
},
# ---------------------------------------------------------------- 002 teleselskab, ASR uden tegnsætning
{
"id": "da-call-002", "language": "da", "channel": "call",
"text": """velkommen til nordtele du taler med camilla hvad kan jeg hjælpe dig med hej det er rasmus dalgaard jeg vil gerne flytte mit nummer over til jer fra telia okay det kan vi sagtens hvad er nummeret det er toogtyve femogfyrre nul otte enogtres okay og så skal jeg bruge dit cpr-nummer til kreditvurderingen ja det er tolv nul seks ni fire to ni fire syv tak og dalgaard staves det d a l g a a r d ja med dobbelt a fint og adressen søndergade fireogtyve første sal postnummer otte syv nul nul horsens perfekt så har du valgt abonnementet med tres gigabyte til hundrede og nioghalvfems kroner om måneden ja og så en mailadresse til ordrebekræftelsen rasmus punktum d snabel-a example punktum com tak nummeret flytter den første april og dit ordrenummer er n t fire fire otte to nul du får også en sms når simkortet er aktiveret""",
"planted": [
    P("camilla", "name"),
    P("rasmus dalgaard", "name", "d a l g a a r d"),
    P("toogtyve femogfyrre nul otte enogtres", "phone"),
    P("tolv nul seks ni fire to ni fire syv", "national_id", check="cpr", canon="1206942947"),
    P("søndergade fireogtyve", "address"),
    P("otte syv nul nul", "postcode"),
    P("rasmus punktum d snabel-a example punktum com", "email", "rasmus punktum d"),
],
"lookalikes": [
    L("nordtele", "company"),
    L("telia", "company"),
    L("tres gigabyte", "quantity"),
    L("hundrede og nioghalvfems kroner", "price"),
    L("den første april", "date"),
    L("n t fire fire otte to nul", "order_number"),
],
},
# ---------------------------------------------------------------- 003 borgerservice, sundhedskort
{
"id": "da-call-003", "language": "da", "channel": "call",
"text": """[00:00:01] TALER 1: Borgerservice, Odense Kommune, det er Jonas.
[00:00:04] TALER 2: Ja hej, Henrik Østergaard hedder jeg. Jeg har mistet mit sundhedskort, og så vil jeg egentlig også gerne skifte læge.
[00:00:12] TALER 1: Det kan vi klare i samme omgang. Må jeg få dit cpr-nummer?
[00:00:15] TALER 2: 300967-1837.
[00:00:22] TALER 1: Tak. Du bor på Nørregade 48, 5000 Odense C?
[00:00:26] TALER 2: Ja, det passer.
[00:00:27] TALER 1: Du er i sygesikringsgruppe 1. Hvilken læge vil du skifte til?
[00:00:31] TALER 2: Lægerne Munkebjerg, min kone Birgitte Østergaard går der allerede.
[00:00:36] TALER 1: Der er plads. Skiftet koster 220 kr., og du får et nyt kort med posten inden for 14 dage. Har du brug for en midlertidig erstatning?
[00:00:44] TALER 2: Ja, gerne.
[00:00:45] TALER 1: Så sender jeg et midlertidigt kort i din digitale post. Jeg opretter sag 2024-118702. Telefonnummer, hvis der er spørgsmål?
[00:00:52] TALER 2: 66 13 82 47.
[00:00:55] TALER 1: Og kvittering på mail til h.ostergaard@example.com, står der her.
[00:00:59] TALER 2: Det er korrekt.
[00:01:01] TALER 1: Så er det registreret kl. 10.15. Tak for opkaldet.""",
"planted": [
    P("Jonas", "name"),
    P("Henrik Østergaard", "name"),
    P("300967-1837", "national_id", check="cpr"),
    P("Nørregade 48, 5000 Odense C", "address", mns=["Nørregade 48", "5000"]),
    P("Birgitte Østergaard", "name"),
    P("66 13 82 47", "phone"),
    P("h.ostergaard@example.com", "email"),
],
"lookalikes": [
    L("gruppe 1", "reference"),
    L("Lægerne Munkebjerg", "company"),
    L("220 kr.", "price"),
    L("14 dage", "duration"),
    L("2024-118702", "case_number"),
    L("kl. 10.15", "time"),
],
},
# ---------------------------------------------------------------- 004 bank, færøsk kunde, mistet kort
{
"id": "da-call-004", "language": "da", "channel": "call",
"text": """Bank: Kortspærring, goddag, du taler med Trine.
Kunde: Góðan dag, undskyld, jeg taler lidt dårligt dansk. Jógvan Joensen her, fra Tórshavn. Mit kort er væk.
Bank: Ingen problem, vi tager det stille og roligt. Hvad er dit p-tal?
Kunde: 211187-320.
Bank: Tak. Og kortet, er det dit Mastercard Debit?
Kunde: Ja. Nummeret er 5570 7384 6411 1933, jeg har det fra en gammel kvittering.
Bank: Tak, kortet er spærret nu, kl. 22.47. Jeg kan se en hævning i går på 3.900 kr. i en automat i Klaksvík. Er det dig?
Kunde: Nej! Jeg var hjemme hele dagen med min kone, Sunneva.
Bank: Så opretter jeg en indsigelse, sag K-88411. Beløbet bliver sat ind på FO38 8893 8437 7529 08, hvis sagen går igennem.
Kunde: Det er min lønkonto, ja.
Bank: Det nye kort sender vi til Áarvegur 12, FO-100 Tórshavn. Det tager 5-7 hverdage.
Kunde: Godt. Og I kan ringe på +298 21 45 67.
Bank: Det noterer jeg. Er der andet, Jógvan?
Kunde: Nej, takk fyri.""",
"planted": [
    P("Trine", "name"),
    P("Jógvan Joensen", "name"),
    P("211187-320", "national_id", check="ptal"),
    P("5570 7384 6411 1933", "card"),
    P("Sunneva", "name"),
    P("FO38 8893 8437 7529 08", "iban"),
    P("Áarvegur 12, FO-100 Tórshavn", "address", mns=["Áarvegur 12", "FO-100"]),
    P("+298 21 45 67", "phone"),
],
"lookalikes": [
    L("Mastercard Debit", "product"),
    L("kl. 22.47", "time"),
    L("3.900 kr.", "amount"),
    L("K-88411", "case_number"),
    L("5-7 hverdage", "duration"),
],
},
# ---------------------------------------------------------------- 005 lægehus, tankestreger
{
"id": "da-call-005", "language": "da", "channel": "call",
"text": """- Lægehuset Hyllested, det er Pia.
- Hej, det er Sara Bech. Jeg ringer for min søn, han har haft feber i tre dage.
- Hvad hedder han, og hvad er hans cpr-nummer?
- Alfred Bech, 220419-4397.
- Alfred, født 22. april 2019. Hvor høj er feberen?
- I morges 39,4 grader. Han har fået Panodil Junior.
- Okay. Lone Fischer har en tid kl. 11.20. Kan I nå det?
- Ja, det kan vi godt.
- Bor I stadig på Hybenvej 3?
- Ja.
- Og det er det her nummer, 40 28 16 93, jeg skal ringe på, hvis tiden rykker sig?
- Ja, det er min mobil.
- Fint. Husk at I også kan bestille tid i MinLæge-appen næste gang. Vi ses.""",
"planted": [
    P("Pia", "name"),
    P("Sara Bech", "name"),
    P("Alfred Bech", "name"),
    P("220419-4397", "national_id", check="cpr"),
    P("22. april 2019", "birth_date"),
    P("Lone Fischer", "name"),
    P("Hybenvej 3", "address"),
    P("40 28 16 93", "phone"),
],
"lookalikes": [
    L("Lægehuset Hyllested", "company"),
    L("tre dage", "duration"),
    L("39,4 grader", "quantity"),
    L("Panodil Junior", "product"),
    L("kl. 11.20", "time"),
    L("MinLæge-appen", "product"),
],
},
# ---------------------------------------------------------------- 006 bilforsikring, skade
{
"id": "da-call-006", "language": "da", "channel": "call",
"text": """FORSIKRING: Skadeafdelingen, du taler med Line.
KUNDE: Hej, Ahmad Rahimi. Jeg har været ude for et færdselsuheld i morges og vil anmelde skaden.
FORSIKRING: Det var ærgerligt. Er alle okay?
KUNDE: Ja, kun bulerne.
FORSIKRING: Har du dit policenummer?
KUNDE: POL-8834120.
FORSIKRING: Det er din Skoda Octavia, CX 48 219?
KUNDE: Ja. Det var kl. 07.50 i et lyskryds. Hun bag mig kørte op i mig. Ditte Mortensen hedder hun, nummerplade BK 71 304.
FORSIKRING: Har du hendes telefonnummer?
KUNDE: 41 27 90 36. Vi har udfyldt en skadeanmeldelse sammen og taget billeder.
FORSIKRING: Godt. Jeg opretter skade S-2024-044718. Da hun kørte bagind, er det hendes forsikring der dækker, så du skal ikke betale selvrisiko på 5.000 kr. Du kan få bilen vurderet hos Autoskadecenter Syd.
KUNDE: Og lejebil?
FORSIKRING: Det kigger vi på. Hvis du får udgifter, udbetaler vi til din NemKonto, eller vil du have det på 5338-3864406353 som står her?
KUNDE: Den er fin.
FORSIKRING: Og bekræftelse til ahmad.rahimi@example.com?
KUNDE: Ja tak.""",
"planted": [
    P("Line", "name"),
    P("Ahmad Rahimi", "name"),
    P("CX 48 219", "plate"),
    P("Ditte Mortensen", "name"),
    P("BK 71 304", "plate"),
    P("41 27 90 36", "phone"),
    P("5338-3864406353", "iban"),
    P("ahmad.rahimi@example.com", "email"),
],
"lookalikes": [
    L("POL-8834120", "policy_number"),
    L("Skoda Octavia", "vehicle_model"),
    L("kl. 07.50", "time"),
    L("S-2024-044718", "claim_number"),
    L("5.000 kr.", "price"),
    L("Autoskadecenter Syd", "company"),
],
},
# ---------------------------------------------------------------- 007 webshop, returnering
{
"id": "da-call-007", "language": "da", "channel": "call",
"text": """[00:00:04] Agent: Møbelkassen, det er Sebastian.
[00:00:06] Kunde: Hej Sebastian, Mathilde Nygaard her. Jeg har fået lænestolen Ingrid, men den har en flænge i stoffet.
[00:00:14] Agent: Det er jeg ked af at høre. Har du ordrenummeret?
[00:00:17] Kunde: MK-558120.
[00:00:22] Agent: Jeg kan se den. Leveret af GLS i fredags, og det var en Oliver Kragh der kvitterede?
[00:00:28] Kunde: Ja, det er min kæreste.
[00:00:30] Agent: Okay. Vi henter den, og du får de 4.495 kr. retur. Du har 30 dages returret, så det er helt fint. Adressen er Tingvej 18, 7600 Struer?
[00:00:40] Kunde: Ja. Chaufføren må gerne ringe på 31 22 84 50 inden.
[00:00:45] Agent: Det skriver jeg på. Du betalte med MobilePay, så pengene går retur dertil.
[00:00:50] Kunde: Det var faktisk min kærestes MobilePay, 60 14 27 93. Går det?
[00:00:55] Agent: Ja, det går tilbage til det nummer der betalte. Og returlabel sender jeg til...
[00:00:59] Kunde: mathilde snabel-a example punktum com.
[00:01:03] Agent: Så er det sendt. Pakkenummeret til returneringen er 05712345678901.""",
"planted": [
    P("Sebastian", "name"),
    P("Mathilde Nygaard", "name"),
    P("Oliver Kragh", "name"),
    P("Tingvej 18, 7600 Struer", "address", mns=["Tingvej 18", "7600"]),
    P("31 22 84 50", "phone"),
    P("60 14 27 93", "phone"),
    P("mathilde snabel-a example punktum com", "email", mns=["mathilde snabel-a example punktum com", "mathilde"]),
],
"lookalikes": [
    L("lænestolen Ingrid", "product"),
    L("MK-558120", "order_number"),
    L("GLS", "company"),
    L("4.495 kr.", "price"),
    L("30 dages returret", "duration"),
    L("05712345678901", "tracking_number"),
],
},
# ---------------------------------------------------------------- 008 pakke til Grønland
{
"id": "da-call-008", "language": "da", "channel": "call",
"text": """Kundeservice: Nordpakke kundeservice, du taler med Kasper.
Opkalder: Aluu, hej. Det er Aviaja Lynge i Nuuk. Jeg venter på en pakke fra Danmark, men den er stoppet i tolden.
Kundeservice: Lad mig se. Har du forsendelsesnummeret?
Opkalder: 373987654321098765.
Kundeservice: Ja, den står hos toldbehandlingen. Der mangler en toldangivelse, og der er en afgift på 412 kr. Til den skal jeg bruge dit cpr-nummer.
Opkalder: 190101-6212.
Kundeservice: Tak. Og leveringsadressen er Issortarfimmut 14, lejl. 104, 3900 Nuuk?
Opkalder: Ja. Men jeg er på arbejde i Sisimiut næste uge, så min bror Malik henter den.
Kundeservice: Det er fint, han skal bare have en fuldmagt med. Hvad er hans telefonnummer?
Opkalder: +299 58 20 93. Mit eget er +299 52 34 17.
Kundeservice: Pakken kommer med næste skib, forventet ankomst den 18. juni. Vi sender en sms og en mail til aviaja.lynge@example.com.
Opkalder: Qujanaq, tak.""",
"planted": [
    P("Kasper", "name"),
    P("Aviaja Lynge", "name"),
    P("190101-6212", "national_id", check="cpr"),
    P("Issortarfimmut 14, lejl. 104, 3900 Nuuk", "address", mns=["Issortarfimmut 14", "3900"]),
    P("Malik", "name"),
    P("+299 58 20 93", "phone"),
    P("+299 52 34 17", "phone"),
    P("aviaja.lynge@example.com", "email"),
],
"lookalikes": [
    L("Nordpakke", "company"),
    L("373987654321098765", "tracking_number"),
    L("412 kr.", "price"),
    L("næste uge", "date"),
    L("den 18. juni", "date"),
],
},
# ---------------------------------------------------------------- 009 boligselskab, vandskade
{
"id": "da-call-009", "language": "da", "channel": "call",
"text": """B: Boligselskabet Lyngbo, driften, det er Torben.
L: Hej Torben, det er Gitte Frandsen fra Rosenhøj 4, st. th. Der drypper vand ned fra loftet på badeværelset.
B: Det lyder ikke godt. Kommer det ovenfra?
L: Ja, fra Madsen på første sal, tror jeg. Han er på ferie, så jeg kan ikke få fat i ham.
B: Jeg sender en blikkenslager. Vi bruger Vvs-firmaet Bent Nielsen ApS. Må jeg lige få hele adressen med postnummer?
L: Rosenhøj 4, st. th., 8260 Viby J.
B: Tak. Jeg opretter en reparationssag, R-77412. De kommer i morgen, onsdag mellem 8 og 12.
L: Det er fint. Kan de ringe først? 27 63 04 18.
B: Det skriver jeg på. Og skal vi sende en mail, når sagen er lukket?
L: Ja, til gitte.frandsen@example.com... nej vent, brug gf1978@example.net, den anden tjekker jeg aldrig.
B: Haha, helt i orden. Hvis der kommer en regning på mere end 2.000 kr., ringer vi altid til dig først.
L: Tusind tak, Torben.""",
"planted": [
    P("Torben", "name"),
    P("Gitte Frandsen", "name"),
    P("Rosenhøj 4, st. th., 8260 Viby J", "address", mns=["Rosenhøj 4", "8260"]),
    P("Madsen", "name"),
    P("27 63 04 18", "phone"),
    P("gf1978@example.net", "email"),
    P("gitte.frandsen@example.com", "email"),
],
"lookalikes": [
    L("Boligselskabet Lyngbo", "company"),
    L("Vvs-firmaet Bent Nielsen ApS", "company"),
    L("R-77412", "ticket_number"),
    L("onsdag mellem 8 og 12", "time"),
    L("2.000 kr.", "price"),
],
},
# ---------------------------------------------------------------- 010 fitness, opsigelse
{
"id": "da-call-010", "language": "da", "channel": "call",
"text": """Agent: FitZone, du taler med Freja!
Medlem: Hej, det er Emil. Emil Jørgensen. Jeg vil gerne opsige mit medlemskab, jeg er flyttet til Aalborg.
Agent: Åh, hvor ærgerligt. Har du dit medlemsnummer?
Medlem: FZ-220194.
Agent: Tak. Din fødselsdato til kontrol?
Medlem: Tredje august 1999.
Agent: Tak. Du har Flex+ til 299 kr. om måneden. Opsigelsen er løbende måned plus en måned, så sidste træk er 31. maj.
Medlem: Okay. Jeg har betalt et ekstra personlig træner-forløb, som jeg ikke har brugt. Kan I sende pengene tilbage?
Agent: Ja, 600 kr. Hvilken konto?
Medlem: Reg.nr. fire to nul syv, konto et to tre tre otte ni otte nul syv nul.
Agent: Det har jeg skrevet. Og din profil i appen, emil_j99, skal den slettes?
Medlem: Ja, bare slet den.
Agent: Du får en kvittering på emil.jorgensen99@example.com. Og er dit nummer stadig 53 81 27 40?
Medlem: Ja.
Agent: Så er du opsagt. Held og lykke i Aalborg!""",
"planted": [
    P("Freja", "name"),
    P("Emil Jørgensen", "name"),
    P("Tredje august 1999", "birth_date"),
    P("fire to nul syv, konto et to tre tre otte ni otte nul syv nul", "iban", mns=["et to tre tre otte ni otte nul syv nul"], canon="42071233898070"),
    P("emil_j99", "username"),
    P("emil.jorgensen99@example.com", "email"),
    P("53 81 27 40", "phone"),
],
"lookalikes": [
    L("FZ-220194", "customer_number"),
    L("Flex+", "product"),
    L("299 kr.", "price"),
    L("31. maj", "date"),
    L("600 kr.", "amount"),
    L("FitZone", "company"),
],
},
# ---------------------------------------------------------------- 011 lønservice
{
"id": "da-call-011", "language": "da", "channel": "call",
"text": """Lønservice: Lønservice, det er Anders.
Medarbejder: Hej, Nanna Søndergaard. Jeg er ansat hos Tømrerfirmaet Brdr. Kjeldsen, og min lønseddel for marts er forkert.
Lønservice: Det kigger vi på. Dit cpr-nummer, tak?
Medarbejder: Nul syv nul et otteogfirs, nul ni seksogfirs.
Lønservice: Tak. Hvad er der galt?
Medarbejder: Der er brugt trækprocent 38, men på min forskudsopgørelse står der 36. Og feriepengene, 2.875,40 kr., er ikke kommet.
Lønservice: Jeg kan se, at vi ikke har hentet dit nye skattekort fra eIndkomst. Det retter vi på lønperiode 04-2024. Lønnen gik ind på reg. 6102 konto 7068580695, er det rigtigt?
Medarbejder: Ja. Men jeg er også flyttet: Fasanvej 9, 2. mf., 4200 Slagelse.
Lønservice: Noteret. Telefon?
Medarbejder: 22 91 05 66. Og send gerne den rettede lønseddel til nanna.sondergaard@example.org.
Lønservice: Det gør jeg. Den ligger også i e-Boks inden fredag.""",
"planted": [
    P("Anders", "name"),
    P("Nanna Søndergaard", "name"),
    P("Nul syv nul et otteogfirs, nul ni seksogfirs", "national_id", check="cpr", canon="0701880986"),
    P("6102 konto 7068580695", "iban", mns=["7068580695"]),
    P("Fasanvej 9, 2. mf., 4200 Slagelse", "address", mns=["Fasanvej 9", "4200"]),
    P("22 91 05 66", "phone"),
    P("nanna.sondergaard@example.org", "email"),
],
"lookalikes": [
    L("Tømrerfirmaet Brdr. Kjeldsen", "company"),
    L("trækprocent 38", "percentage"),
    L("2.875,40 kr.", "amount"),
    L("eIndkomst", "product"),
    L("lønperiode 04-2024", "reference"),
    L("inden fredag", "date"),
],
},
# ---------------------------------------------------------------- 012 dyreforsikring
{
"id": "da-call-012", "language": "da", "channel": "call",
"text": """[agent] Dyresikring Danmark, du taler med Mads.
[kunde] Hej, Katrine Friis her. Jeg har sendt en regning fra dyrlægen for tre uger siden og har ikke hørt noget.
[agent] Det må du undskylde. Hvad hedder dyret?
[kunde] Bølle, min labrador. Han åd en strømpe og skulle opereres.
[agent] Åh nej, stakkel. Jeg fandt policen, DF-118273, og skaden S-50214 fra Dyreklinikken Ole Munk på 8.640 kr. Den mangler bare et kontonummer.
[kunde] Nå. Så er det DK30 6731 4731 1377 11. Den står i min kærestes navn, Jesper Holt, men det er vores fælles konto.
[agent] Det er fint. Efter selvrisiko på 1.249 kr. og 20 % egenbetaling udbetaler vi 5.912 kr.
[kunde] Super. Kan I sende brevet til vores nye adresse? Egevej 22, 4000 Roskilde.
[agent] Ja. Telefon og mail, er det stadig 26 48 93 01 og katrine.friis@example.com?
[kunde] Ja.
[agent] Så er det på plads. Kærlig hilsen til Bølle.""",
"planted": [
    P("Mads", "name"),
    P("Katrine Friis", "name"),
    P("DK30 6731 4731 1377 11", "iban"),
    P("Jesper Holt", "name"),
    P("Egevej 22, 4000 Roskilde", "address", mns=["Egevej 22", "4000"]),
    P("26 48 93 01", "phone"),
    P("katrine.friis@example.com", "email"),
],
"lookalikes": [
    L("Bølle", "pet_name"),
    L("DF-118273", "policy_number"),
    L("S-50214", "claim_number"),
    L("Dyreklinikken Ole Munk", "company"),
    L("8.640 kr.", "price"),
    L("1.249 kr.", "amount"),
    L("5.912 kr.", "amount"),
],
},
]
