import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from common import P, L, Rec  # noqa: E402

RECORDS = []
A = RECORDS.append

# 001 web shop, bot handover
A(Rec("da-chat-001", """
Chat – Hjemmeliv.dk
Startet 02.05.2024 kl. 19:41

Ella (virtuel assistent): Hej 👋 Jeg er Ella, Hjemmelivs digitale assistent. Hvad kan jeg hjælpe med?
Kunde: hvor er min ordre
Ella (virtuel assistent): Skriv dit ordrenummer, så tjekker jeg det 😊
Kunde: HL-2291847
Ella (virtuel assistent): Din ordre med Sofabord Freja (eg, 1.799 kr.) er sendt med GLS. Vil du tale med en medarbejder?
Kunde: ja tak den skulle være kommet i mandags
Ella (virtuel assistent): Jeg sætter dig i kø. Forventet ventetid: 4 min.
--- Sebastian har overtaget samtalen ---
Sebastian: Hej, det er Sebastian fra kundeservice. Jeg kan se, at pakken er blevet returneret til os, fordi adressen ikke kunne findes. Er adressen Kastanievej 12B, 6700 Esbjerg korrekt?
Kunde: nej det er 12 A!! Kastanievej 12A
Kunde: jeg hedder Rikke Thomsen hvis det hjælper
Sebastian: Tak Rikke, det retter jeg. Så sender vi den igen i morgen uden beregning. Hvilket telefonnummer kan GLS sms'e til?
Kunde: +4560417723
Sebastian: Perfekt. Og bekræftelsen sendes til rikke.t@example.dk?
Kunde: ja. og kan min mor afhente den hvis jeg ikke er hjemme? hun hedder Grethe Thomsen
Sebastian: Ja, hun skal bare vise legitimation og pakkekoden. Du får en rabatkode på 10 % for besværet: SORRY10.
Kunde: tak 🙏
""", [
    P("Sebastian", "name"),
    P("Kastanievej 12B, 6700 Esbjerg", "address", "Kastanievej 12B", "6700"),
    P("Kastanievej 12A", "address", "Kastanievej 12A"),
    P("Rikke Thomsen", "name"),
    P("+4560417723", "phone"),
    P("rikke.t@example.dk", "email"),
    P("Grethe Thomsen", "name"),
], [
    L("Ella (virtuel assistent)", "chatbot_name"), L("HL-2291847", "order_number"), L("Sofabord Freja", "product"),
    L("1.799 kr.", "price"), L("4 min", "duration"), L("SORRY10", "discount_code"), L("02.05.2024 kl. 19:41", "timestamp"),
]))

# 002 WhatsApp export (iOS, Danish date format), carpenter + customers
A(Rec("da-chat-002", """
[14.03.2024, 09.12.33] Jensen & Søn Tømrer: Hej Henriette, her er tilbuddet på de nye vinduer som aftalt. Samlet pris 48.750 kr. inkl. moms.
[14.03.2024, 09.12.41] Jensen & Søn Tømrer: ‎dokument udeladt
[14.03.2024, 10.02.17] Henriette Lund: Tak Allan! Det ser fint ud. Min mand Jakob vil gerne vide om det er med 3-lags glas?
[14.03.2024, 10.05.55] Jensen & Søn Tømrer: Ja, alle 7 vinduer er 3-lags energiglas, U-værdi 0,8.
[14.03.2024, 10.21.09] ‎Henriette Lund tilføjede +45 31 62 09 48
[14.03.2024, 10.21.40] +45 31 62 09 48: Hej, det er Jakob. Kan I starte i uge 16? Vi er væk i uge 15.
[14.03.2024, 10.30.12] Jensen & Søn Tømrer: Uge 16 passer fint. Min svend Kenneth og lærlingen Mathias kommer mandag kl. 7.
[14.03.2024, 10.31.03] Henriette Lund: Super. Adressen er Strandvejen 301, 2930 Klampenborg. Nøglen ligger hos naboen Lisbeth i nr. 303, hvis vi ikke er hjemme
[14.03.2024, 10.33.26] Jensen & Søn Tømrer: Noteret 👍 Depositum 10.000 kr. til vores konto, faktura kommer på mail.
[14.03.2024, 10.35.50] Henriette Lund: Send den til henriette.lund@example.dk
[14.03.2024, 10.36.02] +45 31 62 09 48: Og kan vi betale resten med MobilePay på 31620948?
[14.03.2024, 10.40.44] Jensen & Søn Tømrer: Det kan I godt. Tak for ordren!
""", [
    P("Henriette Lund", "name", "Henriette"),
    P("Allan", "name"),
    P("Jakob", "name"),
    P("+45 31 62 09 48", "phone", "31620948"),
    P("Kenneth", "name"),
    P("Mathias", "name"),
    P("Strandvejen 301, 2930 Klampenborg", "address", "Strandvejen 301", "2930"),
    P("Lisbeth", "name"),
    P("henriette.lund@example.dk", "email"),
], [
    L("Jensen & Søn Tømrer", "company_named_after_person"), L("48.750 kr.", "price"), L("7 vinduer", "quantity"),
    L("U-værdi 0,8", "measurement"), L("uge 16", "date"), L("10.000 kr.", "price"), L("[14.03.2024, 10.30.12]", "timestamp"),
]))

# 003 bank portal chat, username + IP, account pasted
A(Rec("da-chat-003", """
NETBANK – SIKKER BESKED / CHAT
Bruger: mortenb_1983 (logget ind med MitID) | IP 192.0.2.146 | Session 00A7-19F2
Dato: 07-02-2024

10:14 mortenb_1983: Hej. Jeg har overført 25.000 kr. til forkert konto. Kan I stoppe den?
10:16 Rådgiver Sara K.: Hej Morten. Det er Sara. Hvornår lavede du overførslen, og til hvilken konto?
10:17 mortenb_1983: i morges kl 8.30. til reg 0276 konto 2943978380, det skulle have været 0276 2943978308 (min søn Frederik, det er hans konto)
10:19 Rådgiver Sara K.: Overførslen er desværre allerede gennemført, fordi det var en straksoverførsel. Jeg kan sende en anmodning om tilbageførsel til modtagerens bank. Det kræver modtagerens samtykke.
10:20 mortenb_1983: ok gør det. mit tlf er 20 11 84 36 hvis de skal ringe
10:22 Rådgiver Sara K.: Det er gjort, sag nr. TB-558120. Må jeg bekræfte din adresse: Tordenskjoldsgade 9, 4. tv., 5000 Odense C?
10:22 mortenb_1983: ja
10:23 Systemmeddelelse: Ny enhed tilknyttet sessionen (IP 2001:db8:ac10:fe01::2b)
10:24 mortenb_1983: det er bare min telefon
10:25 Rådgiver Sara K.: Ok. Din hovedkonto er DK34 0207 6326 1678 70. Hvis pengene kommer retur, sættes de ind der. Svartid normalt 5-10 bankdage.
10:25 mortenb_1983: tak sara
""", [
    P("mortenb_1983", "username"),
    P("192.0.2.146", "ip"),
    P("Sara K.", "name", "Sara", "sara"),
    P("Morten", "name"),
    P("reg 0276 konto 2943978380", "iban", "2943978380", scheme="plain_account"),
    P("0276 2943978308", "iban", scheme="plain_account"),
    P("Frederik", "name"),
    P("20 11 84 36", "phone"),
    P("Tordenskjoldsgade 9, 4. tv., 5000 Odense C", "address", "Tordenskjoldsgade 9", "5000 Odense C"),
    P("2001:db8:ac10:fe01::2b", "ip"),
    P("DK34 0207 6326 1678 70", "iban", scheme="iban"),
], [
    L("25.000 kr.", "price"), L("kl 8.30", "time"), L("TB-558120", "case_number"), L("5-10 bankdage", "duration"),
    L("00A7-19F2", "session_id"), L("07-02-2024", "date"),
]))

# 004 Facebook Messenger, travel agency
A(Rec("da-chat-004", """
Messenger · Sol & Strand Rejser
────────────────
Camilla Bech · 21:07
hej! vi har booket til Kreta i sommer (booking SSR-884120) men jeg har skrevet min søns fødselsdato forkert 🙈

Sol & Strand Rejser · 21:15
Hej Camilla 😊 Tak for din besked, det er Amalie fra kundeservice. Det kan vi godt rette. Hvad er det korrekte navn og fødselsdato?

Camilla Bech · 21:16
Viktor Bech, født 04.09.2016. jeg skrev 2006 ved en fejl haha

Sol & Strand Rejser · 21:18
Haha, så havde han været lidt for gammel til børnerabatten 😄 Jeg har rettet det. Er de andre rejsende stadig Camilla Bech (12.12.1985) og Nikolaj Bech (30.06.1983)?

Camilla Bech · 21:19
ja. og så skal min mor med, kan hun tilføjes? Inger Holm-Bech, 17.05.1956

Sol & Strand Rejser · 21:24
Det kan hun godt! Pris for en ekstra voksen i samme lejlighed er 6.495 kr. Jeg sender et betalingslink til den mail, der står på bookingen. Afrejse fra Billund 5. juli kl. 06:40 ✈️

Camilla Bech · 21:25
super! mit nummer er 27 40 19 66 hvis I skal bruge det

Sol & Strand Rejser · 21:26
Tak! Husk at alle skal have gyldigt pas. God aften 🌞
""", [
    P("Camilla Bech", "name", "Camilla"),
    P("Amalie", "name"),
    P("Viktor Bech", "name"),
    P("04.09.2016", "birth_date"),
    P("12.12.1985", "birth_date"),
    P("Nikolaj Bech", "name"),
    P("30.06.1983", "birth_date"),
    P("Inger Holm-Bech", "name"),
    P("17.05.1956", "birth_date"),
    P("27 40 19 66", "phone"),
], [
    L("Sol & Strand Rejser", "organisation"), L("SSR-884120", "booking_number"), L("6.495 kr.", "price"),
    L("5. juli kl. 06:40", "date"), L("21:07", "time"), L("Billund", "place"),
]))

# 005 telecom chat, number porting, many numbers
A(Rec("da-chat-005", """
[Kundechat – TeleDanmark Online]
Besøgende: Hasan Yilmaz
Email: hasan.yilmaz@example.com

Agent Oscar: Hej og velkommen. Mit navn er Oscar. Hvordan kan jeg hjælpe?
Hasan Yilmaz: hej vil gerne flytte 3 numre til jer. familieabonnement
Hasan Yilmaz: 41 55 20 87 (mig), 41 55 20 88 (min kone Derya) og 50 92 13 74 (min datter Elif)
Agent Oscar: Fint! Er alle tre numre registreret i dit navn hos det nuværende selskab?
Hasan Yilmaz: de 2 første ja. nummeret til Elif er i hendes eget navn, hun er 19
Agent Oscar: Så skal Elif selv godkende flytningen af sit nummer. De andre to kan jeg flytte nu. Jeg skal bruge dit CPR-nummer til kreditvurdering.
Hasan Yilmaz: 190894-2261 nej vent det er min kones.. mit er 060600-4472 nej.. undskyld. mit er 300988-1765
Agent Oscar: Ingen problem 🙂 Jeg har slettet de andre numre fra chatten. Leveringsadresse for SIM-kort?
Hasan Yilmaz: Gartnerivej 3, 7400 Herning
Agent Oscar: Du får Familie 4 x 50 GB for 399 kr./md. Ordrenummer TD-45510273. Numrene flyttes 14. maj.
Hasan Yilmaz: tak!
""", [
    P("Hasan Yilmaz", "name", "Hasan"),
    P("hasan.yilmaz@example.com", "email"),
    P("Oscar", "name"),
    P("41 55 20 87", "phone"),
    P("41 55 20 88", "phone"),
    P("Derya", "name"),
    P("50 92 13 74", "phone"),
    P("Elif", "name"),
    P("190894-2261", "national_id", scheme="cpr"),
    P("060600-4472", "national_id", scheme="cpr"),
    P("300988-1765", "national_id", scheme="cpr"),
    P("Gartnerivej 3, 7400 Herning", "address", "Gartnerivej 3", "7400"),
], [
    L("3 numre", "quantity"), L("Familie 4 x 50 GB", "product"), L("399 kr./md.", "price"),
    L("TD-45510273", "order_number"), L("14. maj", "date"), L("TeleDanmark Online", "organisation"),
]))

# 006 vet clinic chat, pet names
A(Rec("da-chat-006", """
Dyreklinikken Havnen – online booking chat
----
Klinikken: Hej! Du skriver med Dyreklinikken Havnen. Hvad kan vi hjælpe med?
Kunde: hej, min hund Bella har kastet op hele natten og vil ikke spise
Klinikken: Det er vi kede af at høre. Hvor gammel er Bella, og hvad vejer hun?
Kunde: 6 år, labrador, ca 31 kg. Vi har også katten Max men han er fin
Klinikken: Har hun kunnet spise noget, hun ikke må (ben, chokolade, sokker)?
Kunde: min søn Noah gav hende måske rester fra grillen i går 😬
Klinikken: Så vil vi gerne se hende i dag. Dyrlæge Johanne Friis har en tid kl. 11.20. Passer det?
Kunde: ja
Klinikken: Fint. Må vi få navn, adresse og telefon til journalen?
Kunde: Tobias Skov, Havnegade 17, 1. th., 8700 Horsens. tlf 23 51 08 94
Klinikken: Tak Tobias. Bella har journalnummer 10482 hos os. Konsultation koster 595 kr., røntgen hvis nødvendigt 1.250 kr.
Kunde: ok. kan jeg betale med kort ved skranken?
Klinikken: Ja, eller MobilePay. Vi ses kl. 11.20 🐶
Kunde: det bliver nok min kone Sofie Skov der kommer med hende, jeg er på arbejde
Klinikken: Det er helt fint. Vi sender en bekræftelse – hvilken mail?
Kunde: tobias.skov@example.dk
""", [
    P("Noah", "name"),
    P("Johanne Friis", "name"),
    P("Tobias Skov", "name", "Tobias"),
    P("Havnegade 17, 1. th., 8700 Horsens", "address", "Havnegade 17", "8700"),
    P("23 51 08 94", "phone"),
    P("Sofie Skov", "name", "Sofie"),
    P("tobias.skov@example.dk", "email"),
], [
    L("Bella", "pet_name"), L("Max", "pet_name"), L("6 år", "age"), L("31 kg", "weight"), L("kl. 11.20", "time"),
    L("10482", "journal_number"), L("595 kr.", "price"), L("1.250 kr.", "price"),
]))

# 007 web hosting support chat, IPs
A(Rec("da-chat-007", """
Webhotellet.dk Support · live chat
Kunde-ID 88301 · logget ind som: kjeld_webshop · IP 198.51.100.77

[11:02] kjeld_webshop: hej min webshop er nede. fejl 500
[11:03] Support (Nanna): Hej Kjeld, det er Nanna. Jeg kigger lige på det. Det ser ud til, at PHP-versionen blev opdateret til 8.3 i nat, og et af dine plugins (WooPay 2.1.4) er ikke kompatibelt.
[11:04] kjeld_webshop: kan i rulle tilbage?
[11:05] Support (Nanna): Ja, jeg sætter den til 8.1 igen. Ser det ud til at virke nu?
[11:07] kjeld_webshop: ja!! tak. min kollega Henning kunne ikke logge ind i admin i går, han sidder på 203.0.113.201
[11:08] Support (Nanna): Hans IP var blokeret efter 5 forkerte logins. Jeg har fjernet blokeringen. Jeg kan også se login-forsøg fra 198.51.100.4, kender du den?
[11:09] kjeld_webshop: nej den kender jeg ikke
[11:10] Support (Nanna): Så blokerer jeg den og anbefaler, at I skifter adgangskode. Jeg sender en vejledning til kjeld.pedersen@example.dk
[11:11] kjeld_webshop: fint. og fakturaen skal fremover stiles til firmaet, Pedersens Honning ApS, ikke mig personligt
[11:12] Support (Nanna): Det har jeg ændret. Faktura WH-2024-03318 på 1.188 kr. er allerede betalt.
""", [
    P("kjeld_webshop", "username"),
    P("198.51.100.77", "ip"),
    P("Nanna", "name"),
    P("Kjeld", "name"),
    P("Henning", "name"),
    P("203.0.113.201", "ip"),
    P("198.51.100.4", "ip"),
    P("kjeld.pedersen@example.dk", "email"),
], [
    L("88301", "customer_number"), L("fejl 500", "error_code"), L("PHP-versionen", "software"), L("WooPay 2.1.4", "software"),
    L("Pedersens Honning ApS", "company_named_after_person"), L("WH-2024-03318", "invoice_number"), L("1.188 kr.", "price"),
    L("5 forkerte logins", "quantity"),
]))

# 008 school platform messages, many participants
A(Rec("da-chat-008", """
Skoleintra – Beskeder – Tråd: "Lejrskole 6.B – Bornholm"
Deltagere: Marianne Schou (lærer), Peter Krogh, Dorthe Krogh, Aisha Hussein, Klaus Lindberg, Susanne Dam

Marianne Schou (lærer) – 12. februar 2024 15:31
Kære forældre. Lejrskolen til Bornholm er 22.–26. april. Prisen er 1.650 kr. pr. elev. Husk at udfylde helbredsskemaet senest 1. marts. Venlig hilsen Marianne

Peter Krogh – 12. februar 2024 16:05
Hej Marianne. Vores Frida har nøddeallergi (EpiPen). Skal det stå i skemaet eller skal vi snakke sammen? Mvh Peter og Dorthe

Aisha Hussein – 12. februar 2024 17:40
Hej. Yusuf kan desværre ikke deltage i fredagens aktiviteter pga. fredagsbøn. Kan han tage hjem torsdag aften? Jeg kan hente ham i Rønne. Mit nr er 53 20 77 41.

Klaus Lindberg – 12. februar 2024 19:02
Jeg kan godt køre med som ekstra voksen. Jeg har hentet Carl og Oskar fra fodbold i mange år, så de kender mig 😊

Susanne Dam – 12. februar 2024 19:15
Tak Klaus! Oskar glæder sig. Marianne, vi er flyttet – ny adresse til skolens kartotek er Fasanvej 8, 4300 Holbæk.

Marianne Schou (lærer) – 13. februar 2024 07:58
Tak alle sammen. Peter og Dorthe: skriv det i skemaet, så tager vi en snak. Aisha: det finder vi ud af. Susanne: det skal rettes på kontoret, ring til skolens kontor på 72 36 00 00.
""", [
    P("Marianne Schou", "name", "Marianne"),
    P("Peter Krogh", "name"),
    P("Dorthe Krogh", "name"),
    P("Aisha Hussein", "name"),
    P("Klaus Lindberg", "name", "Klaus"),
    P("Susanne Dam", "name"),
    P("Frida", "name"),
    P("Yusuf", "name"),
    P("53 20 77 41", "phone"),
    P("Carl", "name"),
    P("Oskar", "name"),
    P("Fasanvej 8, 4300 Holbæk", "address", "Fasanvej 8", "4300"),
], [
    L("6.B", "class"), L("22.–26. april", "date"), L("1.650 kr.", "price"), L("1. marts", "date"),
    L("72 36 00 00", "org_hotline"), L("12. februar 2024 15:31", "timestamp"), L("EpiPen", "product"),
]))

# 009 energy chat, moving, EAN
A(Rec("da-chat-009", """
GrønEl kundeservice – chatlog
Session startet: 29.06.2024 13:02:11

13:02 Bot: Hej! Hvad drejer din henvendelse sig om? [Flytning] [Regning] [Andet]
13:02 Kunde: Flytning
13:03 Bot: Du bliver nu stillet om til en medarbejder.
13:04 Medarbejder Ulrik: Hej, det er Ulrik. Hvor skal du flytte hen?
13:05 Kunde: hej jeg flytter fra Søndergade 44, 8600 Silkeborg til Åboulevarden 70, 2. mf, 8000 Aarhus C den 1/8
13:06 Medarbejder Ulrik: Tak. Har du aflæst måleren på den gamle adresse? Og har du målernummer/EAN på den nye?
13:08 Kunde: gamle måler: 57814 kWh. ny adresse EAN 571313174000123456
13:09 Medarbejder Ulrik: Perfekt. Hvad er dit navn og fødselsdato?
13:09 Kunde: Julie Søgaard Nielsen, 14/10/1997
13:10 Medarbejder Ulrik: Tak Julie. Din aftale "GrønEl Fastpris 24" følger med. Din kundeservice-mail er julie.sn@example.dk – stadig korrekt?
13:11 Kunde: ja. min roommate Ditte flytter også ind, skal hun stå på?
13:11 Medarbejder Ulrik: Kun hvis I vil dele aftalen. Ellers står den kun på dig.
13:12 Kunde: kun mig
13:13 Medarbejder Ulrik: Det er registreret med sagsnr. FL-660241. Slutafregning fra Silkeborg kommer inden 6 uger.
""", [
    P("Ulrik", "name"),
    P("Søndergade 44, 8600 Silkeborg", "address", "Søndergade 44", "8600"),
    P("Åboulevarden 70, 2. mf, 8000 Aarhus C", "address", "Åboulevarden 70", "8000 Aarhus C"),
    P("Julie Søgaard Nielsen", "name"),
    P("14/10/1997", "birth_date"),
    P("julie.sn@example.dk", "email"),
    P("Ditte", "name"),
], [
    L("57814 kWh", "meter_reading"), L("571313174000123456", "ean"), L("GrønEl Fastpris 24", "product"),
    L("FL-660241", "case_number"), L("6 uger", "duration"), L("29.06.2024 13:02:11", "timestamp"), L("1/8", "date"),
]))

# 010 insurance chat, card pasted for payment
A(Rec("da-chat-010", """
Forsikring Direkte | Chat | 18-09-2024

Du chatter med Victor 👋
Victor: Hej, hvad kan jeg hjælpe dig med i dag?
Kunde: min betaling af indboforsikringen er afvist. kan jeg betale her?
Victor: Det kan du godt via betalingslinket, jeg sender det om lidt. Må jeg få dit policenummer?
Kunde: 7700-312-889. kan jeg ikke bare give jer mit kort: 5019 8189 2045 5725 exp 11/27
Victor: Tak, men skriv venligst aldrig kortoplysninger i chatten. Jeg har skjult beskeden for dine oplysninger. Brug linket i stedet.
Kunde: ups sorry
Victor: Det er helt ok. Policen står på Mathilde Brandt, Grønnegade 5, 1. sal, 5700 Svendborg. Er det dig?
Kunde: ja. men jeg har fået nyt mobilnummer: 60 12 74 39
Victor: Det opdaterer jeg. Beløbet er 1.287 kr. for kvartalet. Vil du hellere betale via PBS?
Kunde: ja gerne fra min konto reg 7338 kontonr 6766277133
Victor: Det er sat op. Første træk d. 1. oktober. Og din samlever Rune står som medforsikret, skal det fortsætte?
Kunde: ja 🙂
""", [
    P("Victor", "name"),
    P("5019 8189 2045 5725", "card", scheme="card"),
    P("Mathilde Brandt", "name"),
    P("Grønnegade 5, 1. sal, 5700 Svendborg", "address", "Grønnegade 5", "5700"),
    P("60 12 74 39", "phone"),
    P("reg 7338 kontonr 6766277133", "iban", "6766277133", scheme="plain_account"),
    P("Rune", "name"),
], [
    L("7700-312-889", "policy_number"), L("11/27", "expiry_date"), L("1.287 kr.", "price"), L("1. oktober", "date"),
    L("18-09-2024", "date"), L("Forsikring Direkte", "organisation"),
]))
