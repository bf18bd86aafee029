import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from helpers import A, E, L, N, P, rec  # noqa: E402

RECORDS = [

# ------------------------------------------------------------------ bot handover, ISP web chat
rec("nl-chat-001", """
[14:02] Eva (virtuele assistent): Hoi! Ik ben Eva, de digitale assistent van Glasweb. Waar kan ik je mee helpen?
[14:02] Bezoeker: mijn internet doet het al 2 dagen niet!!
[14:02] Eva (virtuele assistent): Wat vervelend. Heb je het modem al opnieuw opgestart? Haal de stekker er 30 seconden uit.
[14:03] Bezoeker: ja al 5x gedaan
[14:03] Eva (virtuele assistent): Ik verbind je door met een medewerker. Even geduld alsjeblieft.
[14:05] Systeem: Je chat nu met Rachid.
[14:05] Rachid: Hoi, ik ben Rachid. Ik help je verder. Mag ik je postcode en huisnummer?
[14:06] Bezoeker: 2518KL 14
[14:06] Rachid: En op welke naam staat het abonnement?
[14:06] Bezoeker: Stefan Bosman
[14:08] Rachid: Dank je Stefan. Ik zie een storing in de wijkkast, storingsnummer ST-2291837. Het modem (Glasweb Fiber 500) zelf lijkt in orde. Ik plan een monteur in, donderdag tussen 8:00 en 13:00. Lukt dat?
[14:09] Bezoeker: ik werk dan, maar mijn buurman Jos heeft een sleutel. de hond heet Boris, die blaft alleen maar
[14:09] Rachid: Prima, dan zet ik dat in de notitie. De monteur heet Patrick, hij belt een half uur van tevoren. Welk nummer?
[14:10] Bezoeker: 06-41 23 87 09 of van Jos 070 345 91 26
[14:10] Rachid: En je krijgt een bevestiging op s.bosman@example.com, klopt dat nog?
[14:11] Bezoeker: ja
[14:11] Rachid: Omdat je meer dan 24 uur zonder internet zit krijg je € 12,50 compensatie. Die storten we op NL31BUNQ9722285839, de rekening waarvan je betaalt.
[14:12] Bezoeker: top dank je
[14:12] Rachid: Graag gedaan! Nog een fijne dag 😊
""", [
    N("Rachid"),
    A("2518KL 14", street="2518KL 14", postcode="2518KL"),
    N("Stefan Bosman"),
    N("Jos"),
    N("Patrick"),
    P("06-41 23 87 09", "phone"),
    P("070 345 91 26", "phone"),
    E("s.bosman@example.com"),
    P("NL31BUNQ9722285839", "iban", scheme="iban"),
], [
    L("Eva", "bot"), L("Boris", "pet"), L("2 dagen", "duration"), L("30 seconden", "duration"), L("ST-2291837", "ticket"),
    L("Glasweb Fiber 500", "product"), L("8:00", "time"), L("13:00", "time"), L("€ 12,50", "price"),
]),

# ------------------------------------------------------------------ WhatsApp export (iOS style), web shop return
rec("nl-chat-002", """
[12-03-2024 14:05:11] Marloes Brink: Hoi! Ik heb vorige week een bank besteld (order 7004-33918) maar er zit een scheur in de stof 😢
[12-03-2024 14:05:40] Marloes Brink: <bijgevoegd: 00000012-PHOTO-2024-03-12-14-05-38.jpg>
[12-03-2024 14:09:02] Wonenshop Klantenservice: Hoi Marloes, wat balen! Dank voor de foto. Het gaat om de 3-zits bank Sofia in okergeel, klopt dat?
[12-03-2024 14:09:55] Marloes Brink: ja die
[12-03-2024 14:11:20] Wonenshop Klantenservice: We halen hem kosteloos op en je krijgt een nieuwe. Kun je je adres bevestigen?
[12-03-2024 14:13:47] Marloes Brink: Dorpsstraat 6a, 1566 AB Assendelft. Mijn vriend Koen is maandag thuis, ik niet
[12-03-2024 14:14:30] Wonenshop Klantenservice: Top. Welk nummer kan de bezorger bellen?
[12-03-2024 14:15:02] Marloes Brink: die van Koen: +31 6 20 48 77 15
[12-03-2024 14:17:10] Wonenshop Klantenservice: Genoteerd. Ophalen en nieuwe leveren gebeurt maandag 18 maart in het tijdvak 12:00-16:00. Liever je geld terug? Dan storten we € 899,00 terug.
[12-03-2024 14:18:33] Marloes Brink: Nee nieuwe is prima. Of wacht, als hij niet op voorraad is wel geld terug op NL55 SNSB 5959 4591 72 alsjeblieft
[12-03-2024 14:19:01] Wonenshop Klantenservice: Hij is op voorraad (artikel 8712200753298) dus dat komt goed 👍 Groetjes, Jasper
[12-03-2024 14:19:20] Marloes Brink: Thanks Jasper!! o en de factuur graag naar marloes.brink91@example.nl, niet naar mijn oude mail
[12-03-2024 14:20:12] Wonenshop Klantenservice: Aangepast 👌
""", [
    N("Marloes Brink"),
    A("Dorpsstraat 6a, 1566 AB Assendelft", street="Dorpsstraat 6a", postcode="1566 AB"),
    N("Koen"),
    P("+31 6 20 48 77 15", "phone"),
    P("NL55 SNSB 5959 4591 72", "iban", scheme="iban"),
    N("Jasper"),
    E("marloes.brink91@example.nl"),
], [
    L("7004-33918", "order"), L("Sofia", "product"), L("maandag 18 maart", "date"), L("12:00-16:00", "time"),
    L("€ 899,00", "price"), L("8712200753298", "ean"), L("3-zits", "quantity"),
]),

# ------------------------------------------------------------------ WhatsApp export (Android style), lease car damage
rec("nl-chat-003", """
14-03-24 08:12 - Niels Hofman: Goedemorgen, ik heb gisteren een aanrijding gehad met de leaseauto 1-KTB-23
14-03-24 08:12 - Niels Hofman: IMG-20240313-WA0004.jpg (bestand bijgevoegd)
14-03-24 08:13 - Niels Hofman: IMG-20240313-WA0005.jpg (bestand bijgevoegd)
14-03-24 08:31 - Autolease Noord: Goedemorgen Niels, vervelend! Is iedereen ok? Heb je een schadeformulier ingevuld met de tegenpartij?
14-03-24 08:35 - Niels Hofman: Ja, allemaal ok. Formulier is ingevuld. Tegenpartij is Gert-Jan Vos, kenteken H-512-RT, tel 06 19 27 55 30
14-03-24 08:36 - Niels Hofman: Een mevrouw die het zag, Hanneke, heeft haar nummer ook gegeven als getuige maar dat staat op het formulier
14-03-24 08:44 - Autolease Noord: Dank je. Ik heb schadenummer SCH-2024-00417 aangemaakt. De Volkswagen ID.3 kan naar Schadeherstel Van der Meer, die halen hem op. Eigen risico is € 250.
14-03-24 08:45 - Autolease Noord: Kun je het formulier mailen naar schade@example.nl met het schadenummer in het onderwerp? Groet, Mirjam
14-03-24 08:47 - Niels Hofman: doe ik. kan de bevestiging naar n.hofman@example.com, mijn werkmail doet raar
14-03-24 08:47 - Niels Hofman: o en mijn geboortedatum vroegen jullie vorige keer ook, 02-10-1991
14-03-24 09:02 - Autolease Noord: Staat erin 👍 De auto wordt binnen 3 werkdagen opgehaald, tussen 14:40 en 17:00 bellen ze je.
""", [
    N("Niels Hofman"),
    P("1-KTB-23", "plate", scheme="nl_plate"),
    N("Gert-Jan Vos"),
    P("H-512-RT", "plate", scheme="nl_plate"),
    P("06 19 27 55 30", "phone"),
    N("Hanneke"),
    N("Mirjam"),
    E("n.hofman@example.com"),
    P("02-10-1991", "birth_date"),
], [
    L("SCH-2024-00417", "claim"), L("Volkswagen ID.3", "product"), L("Schadeherstel Van der Meer", "company"),
    L("€ 250", "price"), L("3 werkdagen", "duration"), L("14:40", "time"), L("IMG-20240313-WA0004.jpg", "other"),
]),

# ------------------------------------------------------------------ hosting portal chat, username + IPs
rec("nl-chat-004", """
=== Chatsessie #448120 — Mijn Hostpoort ===
Klant: bvanleeuwen84 (ingelogd) · IP 198.51.100.23 · Firefox 124 / Windows 11
Gestart: 2024-04-02 21:47:13 CEST

21:47 bvanleeuwen84: mijn webshop is ineens offline, krijg een 503
21:48 Nadia (Hostpoort): Hoi Bart, ik kijk even mee. Gaat het om shop.example.nl?
21:48 bvanleeuwen84: ja
21:50 Nadia (Hostpoort): Ik zie dat het geheugen (512 MB) vol zit en dat er vanaf 203.0.113.77 duizenden verzoeken per minuut binnenkomen. Ken je dat adres?
21:51 bvanleeuwen84: dat is mijn eigen thuis-IP denk ik?? ik draai een scriptje dat de voorraad checkt
21:53 Nadia (Hostpoort): Dan zit daar waarschijnlijk een lus in. Ik heb dat IP tijdelijk geblokkeerd. Je IPv6-adres 2001:db8:4a1::17 staat nog wel op de whitelist voor SSH.
21:54 bvanleeuwen84: ok prima. draait de site op PHP 8.2?
21:54 Nadia (Hostpoort): Ja. De site is weer online.
21:55 bvanleeuwen84: top. kun je de facturen vanaf nu ook naar mijn compagnon sturen? Erwin Smeets, erwin.smeets@example.nl
21:57 Nadia (Hostpoort): Dat moet de hoofdgebruiker zelf aanpassen, en dat ben jij volgens mij: Bart van Leeuwen. Ik stuur een verificatiecode naar 06 51 37 20 84, klopt dat nog?
21:57 bvanleeuwen84: klopt
21:58 Nadia (Hostpoort): Code verstuurd. Het pakket blijft € 7,95 per maand. De nachtelijke back-up draait om 03:00.
""", [
    P("bvanleeuwen84", "username"),
    P("198.51.100.23", "ip"),
    N("Nadia"),
    P("203.0.113.77", "ip"),
    P("2001:db8:4a1::17", "ip"),
    N("Erwin Smeets"),
    E("erwin.smeets@example.nl"),
    N("Bart van Leeuwen"),
    P("06 51 37 20 84", "phone"),
], [
    L("#448120", "ticket"), L("Firefox 124", "version"), L("512 MB", "quantity"), L("PHP 8.2", "version"),
    L("€ 7,95", "price"), L("03:00", "time"), L("2024-04-02 21:47:13", "date"),
]),

# ------------------------------------------------------------------ Instagram DM, clothing shop, lower case + emoji
rec("nl-chat-005", """
Instagram · Berichten
@lisa.vdberg · 10:41
heyy ik heb de jurk Ella in maat M besteld maar hij is echt te klein 🙈 kan ik ruilen voor een L??

Studio Fenna · 10:58
hoii! natuurlijk kan dat 💛 wat is je ordernummer?

@lisa.vdberg · 11:02
#SF10442
op naam van Lisa van den Berg 

Studio Fenna · 11:05
gevonden! de L is nog op voorraad. stuur de M terug met retourcode 3S-RT-77812, dan sturen we de L naar hetzelfde adres: Twijnstraat 40bis, 3511 ZM Utrecht?

@lisa.vdberg · 11:06
jaa klopt. mijn vriendin Sophie heeft dezelfde besteld (ook te klein haha) ze stuurt jullie nog een dm @sophiee_xo

Studio Fenna · 11:09
haha oke! mag ik voor de koerier je telnr? en check even of je mail goed is: lisavdberg@example.com

@lisa.vdberg · 11:10
0645128830 en ja klopt 

Studio Fenna · 11:12
top! ruilen is gratis, normaal € 4,95 verzendkosten. binnen 2 werkdagen in huis ✨ xx Mirthe
""", [
    P("@lisa.vdberg", "username", extra=["lisa.vdberg"]),
    N("Lisa van den Berg"),
    A("Twijnstraat 40bis, 3511 ZM Utrecht", street="Twijnstraat 40bis", postcode="3511 ZM"),
    N("Sophie"),
    P("@sophiee_xo", "username", extra=["sophiee_xo"]),
    E("lisavdberg@example.com"),
    P("0645128830", "phone"),
    N("Mirthe"),
], [
    L("Ella", "product"), L("Studio Fenna", "company"), L("#SF10442", "order"), L("3S-RT-77812", "reference"),
    L("€ 4,95", "price"), L("2 werkdagen", "duration"), L("maat M", "other"),
]),

# ------------------------------------------------------------------ bank chat, card + IBANs pasted
rec("nl-chat-006", """
Chat met Bank Delta – 05/04/2024
Jij (09:12): hallo ik ben mijn pas kwijt en ik zie rare afschrijvingen
Bank Delta (09:13): Goedemorgen, je spreekt met Ahmet. Ik help je graag. Om welke pas gaat het?
Jij (09:14): 4778 0764 3731 8779
Bank Delta (09:14): Dank je, maar deel je volledige kaartnummer nooit in de chat. Ik heb de pas voor de zekerheid direct geblokkeerd. Ik zie 3 afschrijvingen van vanochtend, waaronder € 41,99 bij Albert Heijn. Herken je die?
Jij (09:16): nee die niet!! en ik heb gisteren ook per ongeluk € 650,00 overgemaakt naar het verkeerde nummer, NL54ABNA8650309529 (H. de Graaf) ipv mijn spaarrekening
Bank Delta (09:18): Voor de verkeerde overboeking kunnen we een terugboekingsverzoek doen. Mag ik ter controle je volledige naam en geboortedatum?
Jij (09:18): Saskia Koster 23-11-1990
Bank Delta (09:19): En van welke rekening ging het? Dan zet ik het verzoek erop.
Jij (09:19): NL20 INGB 1160 9494 95
Bank Delta (09:21): Verzoek staat. Het kan 5 werkdagen duren. Mijn collega Mireille van de fraudeafdeling belt je vandaag nog over de pas. Op 06 28 47 10 39?
Jij (09:21): ja
Bank Delta (09:22): Je nieuwe pas is binnen 3 dagen in huis. Fijne dag!
""", [
    N("Ahmet"),
    P("4778 0764 3731 8779", "card", scheme="card"),
    P("NL54ABNA8650309529", "iban", scheme="iban"),
    N("H. de Graaf"),
    N("Saskia Koster"),
    P("23-11-1990", "birth_date"),
    P("NL20 INGB 1160 9494 95", "iban", scheme="iban"),
    N("Mireille"),
    P("06 28 47 10 39", "phone"),
], [
    L("05/04/2024", "date"), L("3 afschrijvingen", "quantity"), L("€ 41,99", "price"), L("Albert Heijn", "company"),
    L("€ 650,00", "price"), L("5 werkdagen", "duration"), L("3 dagen", "duration"),
]),

# ------------------------------------------------------------------ Facebook Messenger, telecom, typos
rec("nl-chat-007", """
Yvette Willems · 09:14
hoi ik wil mijn nummer 06 37 55 01 28 overzetten naar een zakelijk abbo, kan dat via hier?

Tele2Go Zakelijk · 09:20
Hoi Yvette! Dat kan zeker. Ik ben Dewi 🙂 Voor zakelijk hebben we het abonnement Zakelijk Onbeperkt voor € 30,25 excl. btw per maand, 24 maanden. Wat is je klantnummer?

Yvette Willems · 09:22
88-1029-3345. het adres is veranderd trouwens, we zitten nu op sint annastraat 112, 6524 GH nijmegen

Yvette Willems · 09:23
en mijn collega ruben wil er ook een. zijn nummer is +31 (0)6 44 90 18 72

Tele2Go Zakelijk · 09:27
Prima. Voor de aanvraag heb ik nog je geboortedatum en een mailadres nodig.

Yvette Willems · 09:29
16-8-85 en yvette@example.org. sorry voor de typfoutjes ik zit in de trein

Tele2Go Zakelijk · 09:31
Geen probleem! Ik stuur de aanvraag naar je mail, daar kun je ook het rekeningnummer invullen. De overstap duurt ongeveer 1 werkdag.
""", [
    N("Yvette Willems"),
    P("06 37 55 01 28", "phone"),
    N("Dewi"),
    A("sint annastraat 112, 6524 GH nijmegen", street="sint annastraat 112", postcode="6524 GH"),
    N("ruben"),
    P("+31 (0)6 44 90 18 72", "phone"),
    P("16-8-85", "birth_date"),
    E("yvette@example.org"),
], [
    L("Zakelijk Onbeperkt", "product"), L("€ 30,25", "price"), L("24 maanden", "duration"),
    L("88-1029-3345", "customer"), L("09:22", "time"), L("1 werkdag", "duration"),
]),

# ------------------------------------------------------------------ municipality chat, parking permit, plates
rec("nl-chat-008", """
Chat gestart op 08-04-2024 om 10:02
Medewerker Gemeente Haarlem (Priscilla): Goedemorgen, waarmee kan ik u helpen?
U: Goedemorgen. Ik wil een bewonersvergunning aanvragen, we zijn net verhuisd naar Kleverparkweg 31, 2023 CE Haarlem.
Medewerker Gemeente Haarlem (Priscilla): Welkom in Haarlem! Dat kan. Mag ik uw naam, geboortedatum en BSN?
U: Wouter Prins, 19 juli 1983, BSN 208025820
Medewerker Gemeente Haarlem (Priscilla): Dank u. Op welk kenteken?
U: TN-492-P. En mijn vriendin Naomi Dekker heeft ook een auto, 3-ZKP-71. Kunnen we er twee krijgen?
Medewerker Gemeente Haarlem (Priscilla): In zone 11 kunt u maximaal 2 vergunningen per adres krijgen. De eerste kost € 143,40 per jaar, de tweede € 286,80. Staat de auto van uw vriendin op haar naam?
U: Ja. Ze staat ook ingeschreven op het adres.
Medewerker Gemeente Haarlem (Priscilla): Dan moet zij zelf ook aanvragen via DigiD. Ik heb uw aanvraag PV-2024-55123 aangemaakt, de vergunning gaat in per 1 mei. U krijgt binnen 5 werkdagen bericht. Mogen we u bellen als er vragen zijn?
U: Ja, 06 70 13 48 26.
""", [
    N("Priscilla"),
    A("Kleverparkweg 31, 2023 CE Haarlem", street="Kleverparkweg 31", postcode="2023 CE"),
    N("Wouter Prins"),
    P("19 juli 1983", "birth_date"),
    P("208025820", "national_id", scheme="bsn"),
    P("TN-492-P", "plate", scheme="nl_plate"),
    N("Naomi Dekker"),
    P("3-ZKP-71", "plate", scheme="nl_plate"),
    P("06 70 13 48 26", "phone"),
], [
    L("08-04-2024", "date"), L("zone 11", "other"), L("€ 143,40", "price"), L("€ 286,80", "price"),
    L("PV-2024-55123", "case"), L("1 mei", "date"), L("5 werkdagen", "duration"),
]),

# ------------------------------------------------------------------ Flemish insurer chat, RRN, BE/FR plates
rec("nl-chat-009", """
Chatgesprek – Verzekeringen Scheldeland – 22/05/2024
Stijn (klant) 16:20: Dag, ik had vanochtend een ongeval op de E40 en wil dat aangeven
Joke (Scheldeland) 16:21: Dag Stijn, vervelend! Is iemand gewond?
Stijn (klant) 16:21: nee gelukkig niet, alleen blikschade
Joke (Scheldeland) 16:22: Gelukkig. Mag ik voor de identificatie uw rijksregisternummer en de nummerplaat?
Stijn (klant) 16:23: 82.12.04-688.28 en 2-GKT-481
Joke (Scheldeland) 16:25: Dank u, meneer Stijn Claes, polis 40.221.587. Wie was de tegenpartij?
Stijn (klant) 16:26: Een Fransman, Julien Moreau, 12 rue des Lilas, 59000 Lille, gsm +33 6 12 48 90 37, nummerplaat FG-482-KL. We hebben het Europees aanrijdingsformulier ingevuld.
Joke (Scheldeland) 16:28: Perfect. Ik open schadedossier 2024/SD/7715. U kunt de wagen laten herstellen bij een erkende hersteller, bv. Garage Van Hecke. De vrijstelling is € 1.200 omdat u in fout bent volgens de schets? Dat bekijkt de expert nog.
Stijn (klant) 16:30: ok. Mijn gsm is 0479 08 11 62 en mail stijn.claes@example.com
Joke (Scheldeland) 16:31: Als er een vergoeding komt, storten we die op BE73 3632 1917 3560?
Stijn (klant) 16:31: ja dat is nog steeds mijn rekening
Joke (Scheldeland) 16:32: Dan is alles in orde. De expert belt u vóór 17:45 morgen. Goede avond!
""", [
    N("Stijn Claes"),
    N("Joke"),
    P("82.12.04-688.28", "national_id", scheme="rrn"),
    P("2-GKT-481", "plate", scheme="be_plate"),
    N("Julien Moreau"),
    P("FG-482-KL", "plate", scheme="fr_plate"),
    A("12 rue des Lilas, 59000 Lille", street="12 rue des Lilas", postcode="59000"),
    P("+33 6 12 48 90 37", "phone"),
    P("0479 08 11 62", "phone"),
    E("stijn.claes@example.com"),
    P("BE73 3632 1917 3560", "iban", scheme="iban"),
], [
    L("22/05/2024", "date"), L("E40", "other"), L("40.221.587", "policy"), L("2024/SD/7715", "claim"),
    L("Garage Van Hecke", "company"), L("€ 1.200", "price"), L("17:45", "time"),
]),

# ------------------------------------------------------------------ benefits portal chat, BSNs, IBAN
rec("nl-chat-010", """
Mijn toeslagen · Chat
Gebruiker ingelogd: mtahiri_1989   (sessie 7f3a-22c1)

Medewerker 4417: Goedemiddag, hoe kan ik u helpen?
mtahiri_1989: hallo ik snap de beschikking kinderopvangtoeslag niet. ik krijg ineens € 412 minder per maand
Medewerker 4417: Ik kijk even mee. Ik zie dat de aanvraag op naam staat van Meryem Tahiri, BSN 470761969. Klopt dat?
mtahiri_1989: ja dat ben ik
Medewerker 4417: In januari is uw toeslagpartner Karim Bouzid bij u ingeschreven. Zijn inkomen telt nu mee. Zijn BSN is 762968357?
mtahiri_1989: ja klopt, hij woont sinds 1 januari 2024 bij ons
Medewerker 4417: Dat verklaart het verschil. Gaat uw dochter Amira nog 36 uur per maand naar Kinderopvang Pippeloentje, tegen € 8,97 per uur?
mtahiri_1989: nee sinds maart 48 uur, dat heb ik nog niet doorgegeven
Medewerker 4417: Dat kunt u het beste zo snel mogelijk aanpassen in het portaal. Dan wordt het voorschot hoger. De betaling blijft gaan naar NL45ASNB1413927448.
mtahiri_1989: ok. kunnen jullie mij bellen als ik er niet uitkom? 06 11 58 23 90
Medewerker 4417: Dat kan, ik zet een terugbelverzoek in voor morgen tussen 9:00 en 12:00.
""", [
    P("mtahiri_1989", "username"),
    N("Meryem Tahiri"),
    P("470761969", "national_id", scheme="bsn"),
    N("Karim Bouzid"),
    P("762968357", "national_id", scheme="bsn"),
    N("Amira"),
    P("NL45ASNB1413927448", "iban", scheme="iban"),
    P("06 11 58 23 90", "phone"),
], [
    L("€ 412", "price"), L("1 januari 2024", "date"), L("36 uur per maand", "quantity"),
    L("Kinderopvang Pippeloentje", "company"), L("€ 8,97", "price"), L("48 uur", "quantity"),
    L("Medewerker 4417", "other"), L("9:00", "time"),
]),
]
