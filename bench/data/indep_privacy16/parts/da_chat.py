"""Danish chats (10), incl. Faroese and Greenlandic customers.
Written by hand; all personal data made up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import email, handle, la, name, only, pii, rec  # noqa: E402

RECORDS = []

# 001 electronics web shop, bot hand-over, visitor IP
RECORDS.append(rec("da-chat-001", """
Chat startet 19:41 · elkoeb.example/kundeservice · Besøgende: 203.0.113.207

Ella (chatbot): Hej! Jeg er Ella, ElKøbs digitale assistent 😊 Hvad kan jeg hjælpe med? [Min ordre] [Returnering] [Reklamation] [Andet]
Dig: Min ordre
Ella (chatbot): Skriv dit ordrenummer (8 cifre).
Dig: 30118842
Ella (chatbot): Din ordre blev sendt 14. marts. Vil du tale med en medarbejder?
Dig: ja tak, den er ikke komet
Ella (chatbot): Jeg sætter dig i kø. Forventet ventetid: 6 min.
Sebastian (ElKøb): Hej, du skriver med Sebastian 👋 Jeg kan se, at pakken (Samsung 55" TV, 4.999 kr.) er leveret til en pakkeshop, men den er aldrig blevet hentet. Har du fået en sms?
Dig: nej, jeg har skiftet nummer. det gamle var 23 14 65 09, det nye er 52 90 37 18
Sebastian (ElKøb): Det forklarer det 🙂 Pakken er desværre sendt retur til os. Skal jeg sende den igen, evt. direkte til din adresse?
Dig: ja helst til døren. Malene Skov, Østerbrogade 88, 4. mf., 2100 København Ø
Sebastian (ElKøb): Perfekt. Hvis du ikke er hjemme, må chaufføren så stille den hos en nabo?
Dig: ja hos Anders på 4. th, han er altid hjemme
Sebastian (ElKøb): Noteret! Ny levering fredag 22. marts mellem 12 og 18. Track & trace: 00057129384571029384
Dig: super. kan du også rette min mail? den nye er malene.skov85@example.com
Sebastian (ElKøb): Klaret ✅ Ha' en god aften, Malene!
""", [
    pii("ip", "203.0.113.207"),
    name("Sebastian"),
    pii("phone", "23 14 65 09"),
    pii("phone", "52 90 37 18"),
    name("Malene Skov"),
    only("address", "Østerbrogade 88, 4. mf., 2100 København Ø", "Østerbrogade 88", "2100"),
    name("Anders"),
    email("malene.skov85@example.com"),
], [
    la("bot_name", "Ella"),
    la("order_number", "30118842"),
    la("date", "14. marts"),
    la("product_name", 'Samsung 55" TV'),
    la("price", "4.999 kr."),
    la("date", "fredag 22. marts"),
    la("tracking_number", "00057129384571029384"),
    la("duration", "6 min."),
]))

# 002 mobile operator chat, customer pastes card
RECORDS.append(rec("da-chat-002", """
[Bølgen Mobil · Chat · 09.12]
Kunde: hej jeg kan ikke betale min regning i appen, kan jeg ikke bare give jer kortnummeret her?
Kunde: 5585 5027 7969 1705 udl. 08/27
Maja · Bølgen Mobil: Hej! Jeg har skjult beskeden med dit kortnummer – del det aldrig i chatten 🙏 Jeg sender dig et sikkert betalingslink i stedet. Hvad er dit mobilnummer?
Kunde: 42 18 93 60
Maja · Bølgen Mobil: Tak. Og dit navn og din fødselsdato, så jeg kan bekræfte, at det er dig?
Kunde: Peter Lauridsen 17.01.1972
Maja · Bølgen Mobil: Tak, Peter. Regningen på 329,00 kr. (faktura 7004412983) forfaldt 1. februar, så der er kommet et rykkergebyr på 100 kr.
Kunde: rykkeren kom til min gamle adresse, Bredgade 19 i Kolding. jeg bor på Sønderskovvej 4, 6091 Bjert nu
Maja · Bølgen Mobil: Det har jeg rettet. Betalingslinket sendes til p.lauridsen@example.net – er det rigtigt?
Kunde: ja. og kan I ikke bare trække det fra min konto fremover? 7890 0488067437
Maja · Bølgen Mobil: Betalingsservice opretter du selv i din netbank med vores PBS-nr. 04188332 og dit kundenummer 55120094. Så sker det automatisk hver måned 👍
Kunde: ok tak
""", [
    pii("card", "5585 5027 7969 1705"),
    name("Maja"),
    pii("phone", "42 18 93 60"),
    name("Peter Lauridsen"),
    pii("birth_date", "17.01.1972"),
    only("address", "Bredgade 19 i Kolding", "Bredgade 19"),
    only("address", "Sønderskovvej 4, 6091 Bjert", "Sønderskovvej 4", "6091"),
    email("p.lauridsen@example.net"),
    pii("iban", "7890 0488067437"),
], [
    la("company_name", "Bølgen Mobil"),
    la("price", "329,00 kr."),
    la("invoice_number", "7004412983"),
    la("date", "1. februar"),
    la("price", "100 kr."),
    la("reference", "04188332"),
    la("customer_number", "55120094"),
]))

# 003 Faroese family, ferry booking over Messenger
RECORDS.append(rec("da-chat-003", """
Messenger · Atlantferjan

Jógvan í Gerðinum: Góðan dag! Hej, vi vil gerne ændre vores booking fra Tórshavn til Hirtshals, bookingnr. AF-559201
Atlantferjan: Hej Jógvan! Det kan vi sagtens. Hvad skal ændres?
Jógvan í Gerðinum: vi vil rejse en uge senere, 14. juli i stedet for 7. juli. og vores søn Bárður kommer alligevel med
Atlantferjan: Så skal jeg bruge fulde navne og fødselsdatoer på alle, der rejser med.
Jógvan í Gerðinum: Jógvan í Gerðinum 11.11.1978, Turið Joensen 02.09.1981, Bárður í Gerðinum 03.05.2010
Atlantferjan: Tak! Så bliver det en 4-personers kahyt, og prisen stiger med 3.450 kr. inkl. bil. Er det stadig Volvo XC60?
Jógvan í Gerðinum: ja den samme. adressen er Varðagøta 21, FO-100 Tórshavn hvis I skal sende noget
Atlantferjan: Og et mobilnummer til sms om afgang?
Jógvan í Gerðinum: +298 21 76 54. og kvittering gerne til jogvan.gerdinum@example.com
Atlantferjan: Det er ordnet 👍 Den nye billet kommer på mail inden for en time. God tur! /Katrin
Jógvan í Gerðinum: takk fyri 🙏
""", [
    name("Jógvan í Gerðinum"),
    pii("birth_date", "11.11.1978"),
    name("Turið Joensen"),
    pii("birth_date", "02.09.1981"),
    name("Bárður í Gerðinum"),
    pii("birth_date", "03.05.2010"),
    only("address", "Varðagøta 21, FO-100 Tórshavn", "Varðagøta 21", "FO-100"),
    pii("phone", "+298 21 76 54"),
    email("jogvan.gerdinum@example.com"),
    name("Katrin"),
], [
    la("company_name", "Atlantferjan"),
    la("booking_reference", "AF-559201"),
    la("place_name", "Hirtshals"),
    la("date", "14. juli"),
    la("date", "7. juli"),
    la("price", "3.450 kr."),
    la("product_name", "Volvo XC60"),
]))

# 004 WhatsApp export, dentist clinic
RECORDS.append(rec("da-chat-004", """
28.03.2024 07.58 - Beskeder og opkald er end-to-end-krypteret. Ingen uden for denne chat kan læse eller lytte til dem.
28.03.2024 07.58 - Stine Kjær: Godmorgen 🙂 Min datter Emma har fået ondt i en tand, kan hun komme ind i dag?
28.03.2024 08.05 - Tandlægerne ved Åen: Godmorgen Stine! Det er Lærke fra klinikken. Hvad er CPR-nummeret på Emma? Så finder jeg hende.
28.03.2024 08.06 - Stine Kjær: 280317-4958
28.03.2024 08.09 - Tandlægerne ved Åen: Tak. Emma hører egentlig til Børnetandplejen, men vi har en akuttid i dag kl. 14.20 hos tandlæge Vibeke Holst. Passer det?
28.03.2024 08.10 - Stine Kjær: Ja perfekt 👍
28.03.2024 08.10 - Stine Kjær: Vi er i øvrigt flyttet, nu Kirkebakken 9, 7100 Vejle
28.03.2024 08.12 - Tandlægerne ved Åen: Det retter jeg. Er det stadig 30 57 12 84, vi skal ringe til?
28.03.2024 08.13 - Stine Kjær: Nej, det er min mands, Morten. Mit er 28 46 93 01
28.03.2024 08.14 - Stine Kjær: <Medier udeladt>
28.03.2024 08.14 - Stine Kjær: det er den tand
28.03.2024 08.16 - Tandlægerne ved Åen: Tak for billedet. Vi ses kl. 14.20 – husk sundhedskortet. Ring 75 82 00 10 hvis I bliver forsinket.
""", [
    name("Stine Kjær"),
    name("Emma"),
    name("Lærke"),
    pii("national_id", "280317-4958"),
    name("Vibeke Holst"),
    only("address", "Kirkebakken 9, 7100 Vejle", "Kirkebakken 9", "7100"),
    pii("phone", "30 57 12 84"),
    name("Morten"),
    pii("phone", "28 46 93 01"),
], [
    la("company_name", "Tandlægerne ved Åen"),
    la("date", "28.03.2024"),
    la("company_name", "Børnetandplejen"),
    la("time", "kl. 14.20"),
    la("time", "08.16"),
    la("product_name", "sundhedskortet"),
]))

# 005 fitness chain in-app chat, freeze membership
RECORDS.append(rec("da-chat-005", """
FitZone app · Support
Bruger: naja.runs · Medlem nr. 4410293

naja.runs: hej! jeg har brækket foden 😭 kan jeg sætte mit medlemskab på pause?
FitZone Support (Sara): Øv, god bedring! 🤕 Ja, du kan få pause i op til 3 måneder med lægeerklæring. Hvad er dit fulde navn og din fødselsdato?
naja.runs: Naja Petersen, 30.04.1999
FitZone Support (Sara): Tak! Jeg kan se du har Flex All Access til 299 kr./md. Pausen starter 1. maj. Du skal sende lægeerklæringen til os på mail.
naja.runs: ok den kommer fra min mail naja.p99@example.net
naja.runs: og I trak mig to gange i april, kan jeg få pengene tilbage? reg 9570 konto 6953129857
FitZone Support (Sara): Det kigger jeg på. Jeg har lavet en sag, nr. FZ-23318, og du får svar inden for 5 hverdage. Hvilket nummer kan vi ringe på?
naja.runs: 31 72 58 04
naja.runs: og min veninde Clara Wessel vil gerne melde sig ind, får jeg så en rabat? hendes mail er clarawessel@example.org
FitZone Support (Sara): Ja! I får begge 1 gratis måned med Hent-en-ven 🎉 Jeg sender Clara et link.
""", [
    handle("naja.runs"),
    name("Sara"),
    name("Naja Petersen"),
    pii("birth_date", "30.04.1999"),
    email("naja.p99@example.net"),
    only("iban", "reg 9570 konto 6953129857", "6953129857"),
    pii("phone", "31 72 58 04"),
    name("Clara Wessel"),
    email("clarawessel@example.org"),
], [
    la("customer_number", "4410293"),
    la("duration", "3 måneder"),
    la("product_name", "Flex All Access"),
    la("price", "299 kr./md."),
    la("date", "1. maj"),
    la("case_number", "FZ-23318"),
    la("product_name", "Hent-en-ven"),
]))

# 006 online bank secure chat, MobilePay to wrong number
RECORDS.append(rec("da-chat-006", """
Fynsk Sparekasse · Sikker besked
Logget ind med MitID · session fra 198.51.100.12 · Kunde: Niels Kragh

Niels Kragh: Hej. Jeg har i går kl. 21.14 sendt 1.200 kr. med MobilePay til et forkert nummer. Jeg skrev 28 19 46 07, men det skulle have været min søn, Mikkel Kragh, på 28 19 46 70. I appen står modtageren som Lone K.
Henriette, Fynsk Sparekasse: Hej Niels. Det er en ærgerlig fejl. Vi kan ikke trække en MobilePay-betaling tilbage, men vi kan kontakte modtagerens bank og bede om, at pengene bliver sendt retur. Det kræver modtagerens samtykke.
Niels Kragh: Okay. Hvor lang tid tager det?
Henriette, Fynsk Sparekasse: Typisk 3-5 bankdage. Jeg har oprettet sagen med nummer MP-INV-220913. Pengene bliver sat ind på den konto, de blev trukket fra: 1551 0509510742.
Niels Kragh: Fint. Kan I sende besked til min søn, når det er klaret?
Henriette, Fynsk Sparekasse: Vi kan kun skrive til dig, desværre. Jeg giver besked her i netbanken.
Niels Kragh: Tak for hjælpen.
""", [
    pii("ip", "198.51.100.12"),
    name("Niels Kragh"),
    pii("phone", "28 19 46 07"),
    name("Mikkel Kragh"),
    pii("phone", "28 19 46 70"),
    name("Lone"),
    name("Henriette"),
    pii("iban", "1551 0509510742"),
], [
    la("company_name", "Fynsk Sparekasse"),
    la("product_name", "MitID"),
    la("time", "i går kl. 21.14"),
    la("price", "1.200 kr."),
    la("product_name", "MobilePay"),
    la("duration", "3-5 bankdage"),
    la("case_number", "MP-INV-220913"),
]))

# 007 Greenlandic customer, home internet, web chat
RECORDS.append(rec("da-chat-007", """
Nuna Tele · Kundechat · startet 16:20 (grønlandsk tid)
Agent Aputsiaq har tilsluttet sig chatten.

Aputsiaq: Aluu! Velkommen til Nuna Tele. Hvad kan jeg hjælpe med?
Kunde: hej internettet hjemme har været nede siden i går aftes. jeg har Net 50/10
Aputsiaq: Det beklager jeg. Må jeg få dit navn og CPR-nummer?
Kunde: Malik Kleist 140290-0415
Aputsiaq: Tak, Malik. Adressen er Tuapannguit 40, lejl. 2, 3905 Nuussuaq?
Kunde: ja
Aputsiaq: Der er ingen kendt fejl i området. Har du prøvet at genstarte routeren (Router AX3000)?
Kunde: ja to gange
Aputsiaq: Så sender jeg en tekniker. Jeg har oprettet fejlmelding NT-88127. Teknikeren ringer før han kommer, torsdag formiddag. Hvilket nummer?
Kunde: +299 48 12 73. hvis jeg er på arbejde så ring til min kone Nivi Kleist på +299 55 90 16
Aputsiaq: Noteret. Du bliver kompenseret for nedetiden på næste regning (499 kr. om måneden, så ca. 33 kr. pr. dag). Skal den stadig trækkes fra GL09 6471 6107 8728 41?
Kunde: ja. kvittering til malik.kleist@example.com
Aputsiaq: Det er sendt. Qujanaq og god aften!
""", [
    name("Aputsiaq"),
    name("Malik Kleist"),
    pii("national_id", "140290-0415"),
    only("address", "Tuapannguit 40, lejl. 2, 3905 Nuussuaq", "Tuapannguit 40", "3905"),
    pii("phone", "+299 48 12 73"),
    name("Nivi Kleist"),
    pii("phone", "+299 55 90 16"),
    pii("iban", "GL09 6471 6107 8728 41"),
    email("malik.kleist@example.com"),
], [
    la("company_name", "Nuna Tele"),
    la("product_name", "Net 50/10"),
    la("product_name", "Router AX3000"),
    la("ticket_number", "NT-88127"),
    la("date", "torsdag formiddag"),
    la("price", "499 kr. om måneden"),
    la("price", "33 kr. pr. dag"),
]))

# 008 Instagram DM, Danish clothing brand named after a person
RECORDS.append(rec("da-chat-008", """
Instagram · studio.ingrid.dk

frida.hjorth: hejsa! jeg har købt kjolen Vera i str. M men den er for lille 🙈 kan jeg bytte til en L?
studio.ingrid.dk: Hej Frida! Selvfølgelig 💛 Send os dit ordrenummer, navn og adresse, så laver vi en returlabel.
frida.hjorth: #SI-20931, Frida Hjorth, Jægergårdsgade 41, 2. th, 8000 Aarhus C
studio.ingrid.dk: Tak! Du har 14 dage til at sende den retur. Hvilken mail skal labelen til?
frida.hjorth: fridahjorth@example.com 🙏
frida.hjorth: og må den nye sendes til min kæreste? Mathias Brandt, Nørregade 7, 1. sal, 5000 Odense C. jeg er hos ham hele juni
studio.ingrid.dk: Klart! Skriv et telefonnummer til fragtfirmaet, så kan de sende en sms 📦
frida.hjorth: 60 21 48 93 (mit)
studio.ingrid.dk: Perfekt. Vi sender str. L af kjolen Vera, så snart vi har modtaget returneringen, forventet 5/6 ✨ Kh Studio Ingrid
frida.hjorth: tusind tak 💕
""", [
    handle("frida.hjorth"),
    name("Frida Hjorth"),
    only("address", "Jægergårdsgade 41, 2. th, 8000 Aarhus C", "Jægergårdsgade 41", "8000"),
    email("fridahjorth@example.com"),
    name("Mathias Brandt"),
    only("address", "Nørregade 7, 1. sal, 5000 Odense C", "Nørregade 7", "5000"),
    pii("phone", "60 21 48 93"),
], [
    la("shop_name", "Studio Ingrid"),
    la("product_name", "kjolen Vera"),
    la("quantity", "str. M"),
    la("order_number", "#SI-20931"),
    la("duration", "14 dage"),
    la("date", "5/6"),
    la("quantity", "str. L"),
]))

# 009 car insurance web chat, bot hand-over, accident
RECORDS.append(rec("da-chat-009", """
Forsikring Nord · Chat
Vigga (digital assistent): Hej, jeg er Vigga 🤖 Vil du anmelde en skade? [Bil] [Hus] [Rejse] [Andet]
Kunde: Bil
Vigga (digital assistent): Jeg stiller dig om til en skadebehandler.
Kasper (Forsikring Nord): Hej, det er Kasper. Er alle uskadte?
Kunde: ja heldigvis. en anden bil bakkede ind i mig på parkeringspladsen ved Bilka i går kl. 16.30
Kasper (Forsikring Nord): Godt at høre, at ingen kom til skade. Må jeg få dit navn, CPR-nummer og din nummerplade?
Kunde: Jakob Overgaard, 111178-1849, DF 83 102
Kasper (Forsikring Nord): Tak. Har du oplysninger på modparten?
Kunde: ja hun hedder Anne-Mette Fogh, nummerplade AP 47 990, tlf 24 61 85 09. hun er forsikret hos et andet selskab
Kasper (Forsikring Nord): Perfekt. Jeg opretter skaden under din police 6620-118-774. Skadenummer bliver BS-2024-40117. Selvrisikoen er 5.000 kr., men den får du tilbage, hvis modparten erkender.
Kunde: ok. kan I ringe til mig på 40 93 27 16? og send gerne skadeanmeldelsen til jakob.overgaard@example.net
Kasper (Forsikring Nord): Det gør jeg. Tag billeder af skaderne og upload dem via linket i mailen.
""", [
    name("Kasper"),
    name("Jakob Overgaard"),
    pii("national_id", "111178-1849"),
    pii("plate", "DF 83 102"),
    name("Anne-Mette Fogh"),
    pii("plate", "AP 47 990"),
    pii("phone", "24 61 85 09"),
    pii("phone", "40 93 27 16"),
    email("jakob.overgaard@example.net"),
], [
    la("company_name", "Forsikring Nord"),
    la("bot_name", "Vigga"),
    la("company_name", "Bilka"),
    la("time", "i går kl. 16.30"),
    la("policy_number", "6620-118-774"),
    la("claim_number", "BS-2024-40117"),
    la("price", "5.000 kr."),
]))

# 010 payroll service chat, teenage employee
RECORDS.append(rec("da-chat-010", """
LønNet medarbejderportal · Chat med lønafdelingen
Forbindelse: 192.0.2.88 · Virksomhed: KvikMarked Viby · Medarbejdernr. 20417

Medarbejder: hej jeg har fået min første lønseddel men der er trukket skat?? jeg troede jeg havde frikort
Bente (Løn): Hej! Det ser jeg på. Hvad er dit navn og CPR-nummer?
Medarbejder: Oliver Juhl Sørensen 060608-9603
Bente (Løn): Tak, Oliver. Vi har ikke modtaget dit skattekort fra Skat endnu, derfor er der trukket 55 % på lønnen for 1.-31. marts. Din mor skal måske hjælpe dig med at bestille frikort på skat.dk, da du er under 18.
Medarbejder: ok min mor hedder Hanne Juhl, hun har nummer 26 03 71 48 hvis I skal ringe
Bente (Løn): Vi må kun tale med dig, men hun må gerne hjælpe dig med det. Når frikortet er på plads, får du pengene tilbage på næste lønseddel.
Medarbejder: fint. og lønnen skal ind på min egen konto nu, den er reg 3409 kontonr 1687818763
Bente (Løn): Løn udbetales altid til din NemKonto. Den ændrer du i din bank.
Medarbejder: ok. jeg er også flyttet, nu Grønnegade 12, 8260 Viby J
Bente (Løn): Den er rettet. Jeg sender en opsummering til oliverjuhl08@example.com. Din timeløn er 98,50 kr., og du er registreret med 12 timer om ugen.
Medarbejder: tak!! mit nummer er 52 17 40 66 hvis der er mere
""", [
    pii("ip", "192.0.2.88"),
    name("Bente"),
    name("Oliver Juhl Sørensen"),
    pii("national_id", "060608-9603"),
    name("Hanne Juhl"),
    pii("phone", "26 03 71 48"),
    only("iban", "reg 3409 kontonr 1687818763", "1687818763"),
    only("address", "Grønnegade 12, 8260 Viby J", "Grønnegade 12", "8260"),
    email("oliverjuhl08@example.com"),
    pii("phone", "52 17 40 66"),
], [
    la("company_name", "KvikMarked Viby"),
    la("customer_number", "20417"),
    la("percentage", "55 %"),
    la("date", "1.-31. marts"),
    la("url", "skat.dk"),
    la("price", "98,50 kr."),
    la("quantity", "12 timer om ugen"),
]))
