import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from helpers import A, E, L, N, P, rec  # noqa: E402

RECORDS = [

# ------------------------------------------------------------------ energy complaint, quoted reply
rec("nl-email-001", """
Van: Greetje Hoogendoorn <g.hoogendoorn@example.nl>
Aan: klantenservice@example.nl
Datum: dinsdag 16 april 2024 08:57
Onderwerp: RE: Uw klacht 2024-KL-30981

Geachte mevrouw Bos,

Dank voor uw antwoord, maar ik ben het er niet mee eens. Mijn zoon Martijn heeft de meterstanden van 1 januari nog eens gecontroleerd: 004521 (hoog) en 003877 (laag). Dat is iets heel anders dan wat u gebruikt.

Ik verzoek u het teveel betaalde bedrag van € 214,36 terug te storten op NL91 TRIO 1094 6685 23. Voor de volledigheid: mijn adres is Zonnebloemstraat 22, 9675 KB Winschoten en mijn geboortedatum is 04-02-1948, voor het geval u mij weer niet kunt vinden.

Telefonisch ben ik overdag bereikbaar op 0597 41 38 07.

Met vriendelijke groet,
G.J. Hoogendoorn-Bakker

> Op 10 apr. 2024 om 14:22 schreef Klantenservice Voltaro Energie <klantenservice@example.nl>:
>
> Geachte mevrouw Hoogendoorn-Bakker,
>
> Wij hebben uw klacht over de jaarafrekening ontvangen onder klantnummer 200733104.
> Na controle zien wij geen reden om de afrekening aan te passen. De geschatte
> standen zijn gebaseerd op uw verbruik van vorig jaar.
>
> Met vriendelijke groet,
>
> Lieke Bos
> Klantenservice Voltaro Energie
> T 0800 022 1122 (gratis) | ma-vr 8:00-20:00
>
> Voltaro Energie B.V. · Postbus 1200 · 3500 BE Utrecht · KvK 30112233
""", [
    E("g.hoogendoorn@example.nl"),
    N("Greetje Hoogendoorn", extra=["Hoogendoorn-Bakker", "Bakker"]),
    N("Lieke Bos"),
    N("Martijn"),
    P("NL91 TRIO 1094 6685 23", "iban", scheme="iban"),
    A("Zonnebloemstraat 22, 9675 KB Winschoten", street="Zonnebloemstraat 22", postcode="9675 KB"),
    P("04-02-1948", "birth_date"),
    P("0597 41 38 07", "phone"),
], [
    L("2024-KL-30981", "case"), L("004521", "meter"), L("003877", "meter"), L("€ 214,36", "price"),
    L("200733104", "customer"), L("10 apr. 2024", "date"), L("14:22", "time"),
]),

# ------------------------------------------------------------------ forwarded contractor quote to insurer
rec("nl-email-002", """
Van: Pieter-Bas de Wit <pbdewit@example.com>
Aan: schade@example.nl
Onderwerp: Fwd: Offerte herstel plafond - schade 77-203-118

Beste mensen,

Hierbij stuur ik de offerte door voor het herstel van de waterschade. Het lek kwam van de bovenburen (familie Yilmaz, Havikstraat 15-2), hun verzekeraar is ook op de hoogte. Polisnummer van mij is WH-4471190.
De uitkering graag op NL51 TRIO 7039 7011 76 t.n.v. P.B. de Wit.
Ik ben bereikbaar op 06-24 31 78 50.

Groet,
Pieter-Bas
Havikstraat 15-1
6533 KX Nijmegen

---------- Doorgestuurd bericht ---------
Van: Schildersbedrijf Jansen & Zn. <offerte@example.com>
Datum: vr 19 apr 2024 om 16:05
Onderwerp: Offerte herstel plafond
Aan: <pbdewit@example.com>

Beste heer De Wit,

Naar aanleiding van de opname op 17 april door onze collega Dirk sturen wij u de offerte:

- plafond badkamer en gang stucen, 14 m²      € 980,00
- 2x sauzen                                     € 420,00
- totaal excl. btw                              € 1.400,00

Offertenummer 2024-188. Geldig tot 30 dagen na dagtekening.

Met vriendelijke groet,
Schildersbedrijf Jansen & Zn.
Industrieweg 8 · 6541 TV Nijmegen · 024 378 00 11
""", [
    N("Pieter-Bas de Wit"),
    E("pbdewit@example.com"),
    N("familie Yilmaz", only=["Yilmaz"]),
    A("Havikstraat 15-2", street="Havikstraat 15-2"),
    P("NL51 TRIO 7039 7011 76", "iban", scheme="iban"),
    P("06-24 31 78 50", "phone"),
    A("Havikstraat 15-1", street="Havikstraat 15-1", postcode="6533 KX"),
    N("Dirk"),
], [
    L("77-203-118", "claim"), L("WH-4471190", "policy"), L("Schildersbedrijf Jansen & Zn.", "company"),
    L("14 m²", "quantity"), L("€ 1.400,00", "price"), L("2024-188", "reference"), L("30 dagen", "duration"),
    L("17 april", "date"),
]),

# ------------------------------------------------------------------ HR, Outlook headers, birth of a child
rec("nl-email-003", """
Van: Karin Verhoeven <k.verhoeven@example.com>
Verzonden: maandag 3 juni 2024 11:14
Aan: HR Servicedesk <hr@example.com>
CC: Mark de Ridder <m.deridder@example.com>
Onderwerp: Geboorte dochter + adreswijziging (ticket HR-22817)

Hoi HR,

Goed nieuws: onze dochter Fleur is geboren op 28 mei 2024! Alles gaat goed met haar en met mij. Mijn partner Joris neemt zijn geboorteverlof op bij zijn eigen werkgever.

Voor de administratie een paar wijzigingen:
- Nieuw adres per 1 juni: Lindenlaan 45, 2651 AD Berkel en Rodenrijs
- Nieuw rekeningnummer voor mijn salaris: NL86TRIO9254185035
- Mijn BSN voor het formulier van de pensioenuitvoerder: 155144339
- Privénummer blijft 06 43 29 07 16

Mijn zwangerschapsverlof loopt door tot 16 weken na de bevalling; daarna wil ik graag 32 uur gaan werken in plaats van 36. Mark is al op de hoogte (zie cc).

Groetjes,
Karin

Karin Verhoeven | Senior planner | Brons Logistiek
Venloseweg 200, 5928 RX Venlo | +31 77 320 11 00
""", [
    N("Karin Verhoeven"),
    E("k.verhoeven@example.com"),
    N("Mark de Ridder"),
    E("m.deridder@example.com"),
    N("Fleur"),
    P("28 mei 2024", "birth_date"),
    N("Joris"),
    A("Lindenlaan 45, 2651 AD Berkel en Rodenrijs", street="Lindenlaan 45", postcode="2651 AD"),
    P("NL86TRIO9254185035", "iban", scheme="iban"),
    P("155144339", "national_id", scheme="bsn"),
    P("06 43 29 07 16", "phone"),
], [
    L("HR-22817", "ticket"), L("1 juni", "date"), L("16 weken", "duration"), L("32 uur", "quantity"),
    L("36", "quantity"), L("3 juni 2024 11:14", "date"), L("Brons Logistiek", "company"),
]),

# ------------------------------------------------------------------ tenant vs. private landlord, quoted reply
rec("nl-email-004", """
Onderwerp: Re: Huurverhoging per 1 juli 2024
Van: Marieke Veenstra <m.veenstra@example.nl>
Aan: Willem Schouten <w.schouten@example.net>

Beste meneer Schouten,

Wij (Sven Jacobs en ik) gaan niet akkoord met een verhoging van 5,8%. Voor een woning van 42 m² is € 875,00 kale huur al aan de hoge kant en de kozijnen zijn nog steeds niet geschilderd. We betalen voorlopig de oude huur, zoals altijd op uw rekening NL46 KNAB 9232 3212 40.

Als u het hier niet mee eens bent, leggen we het voor aan de Huurcommissie. Bellen kan op 06 57 80 14 33.

Met vriendelijke groet,
Marieke Veenstra
Nieuwe Ebbingestraat 77-A
9712 NM Groningen

Op wo 8 mei 2024 om 21:40 schreef Willem Schouten <w.schouten@example.net>:
> Beste huurders,
>
> Hierbij deel ik u mee dat de huur per 1 juli 2024 met 5,8% wordt verhoogd.
> Het nieuwe bedrag wordt € 925,75. Graag binnen 2 maanden reageren.
>
> Met vriendelijke groet,
> W. Schouten
> 06 12 90 44 81
""", [
    N("Marieke Veenstra"),
    E("m.veenstra@example.nl"),
    N("Willem Schouten"),
    E("w.schouten@example.net"),
    N("Sven Jacobs"),
    P("NL46 KNAB 9232 3212 40", "iban", scheme="iban"),
    P("06 57 80 14 33", "phone"),
    A("Nieuwe Ebbingestraat 77-A\n9712 NM Groningen", street="Nieuwe Ebbingestraat 77-A", postcode="9712 NM"),
    P("06 12 90 44 81", "phone"),
], [
    L("5,8%", "percentage"), L("42 m²", "quantity"), L("€ 875,00", "price"), L("€ 925,75", "price"),
    L("1 juli 2024", "date"), L("2 maanden", "duration"), L("21:40", "time"),
]),

# ------------------------------------------------------------------ web shop, informal, product named Clara
rec("nl-email-005", """
Van: Fatima Bakkali <f.bakkali@example.com>
Aan: service@example.nl
Onderwerp: bestelling niet ontvangen!!! 

hallo

ik heb op 2 mei een Kobo Clara 2E besteld bestelnr 1200-558-731 en volgens de track en trace (3SBOL88127765) is hij bezorgd bij de buren op nr 12 maar mevr Smits zegt dat ze niks heeft gekregen. er staat dat een Thijs heeft getekend maar die woont hier niet eens. ik woon op de Vondellaan 10 in 3521 GH Utrecht

ik wil graag mijn geld terug (€ 149,99) op NL07 TRIO 3197 2257 39 of een nieuwe, maakt me niet uit

bel me maar als er vragen zijn 06-30 81 55 42

fatima

Verstuurd vanaf mijn iPhone

--
Dit bericht is verzonden via het contactformulier van Boekenhoek.nl. Klantenservice: 030 799 10 00 (ma-za 9:00-18:00).
""", [
    N("Fatima Bakkali", extra=["fatima"]),
    E("f.bakkali@example.com"),
    N("mevr Smits", only=["Smits"]),
    N("Thijs"),
    A("Vondellaan 10 in 3521 GH Utrecht", street="Vondellaan 10", postcode="3521 GH"),
    P("NL07 TRIO 3197 2257 39", "iban", scheme="iban"),
    P("06-30 81 55 42", "phone"),
], [
    L("2 mei", "date"), L("Kobo Clara 2E", "product"), L("1200-558-731", "order"), L("3SBOL88127765", "tracking"),
    L("€ 149,99", "price"), L("nr 12", "other"), L("iPhone", "product"),
]),

# ------------------------------------------------------------------ physiotherapy practice, BSN + GP
rec("nl-email-006", """
Van: Praktijk Fysio Oost <info@example.nl>
Aan: Anton Kramer <a.kramer@example.com>
Datum: 21-05-2024 09:31
Onderwerp: RE: verwijzing en afspraak

Beste meneer Kramer,

Dank voor de verwijzing van dr. M.A. Verbruggen. We hebben u ingepland bij Evelien op dinsdag 28 mei om 15:15 (intake, 45 minuten).
Voor de declaratie bij Zorgzaam hebben we uw BSN al ontvangen; uw polisnummer (2019-778-045) staat ook in ons systeem.

Met vriendelijke groet,
Evelien Hartman, fysiotherapeut
Praktijk Fysio Oost | Dorpsweg 3 | 7531 AA Enschede | 053 430 22 10

-----Oorspronkelijk bericht-----
Van: Anton Kramer <a.kramer@example.com>
Verzonden: maandag 20 mei 2024 22:48
Aan: info@example.nl
Onderwerp: verwijzing en afspraak

Goedenavond,

In de bijlage de verwijzing van mijn huisarts dr. Verbruggen voor mijn rugklachten. Kan ik zo snel mogelijk terecht, liefst na 15:00?

Mijn gegevens:
Anton Kramer, geb. 11-09-1964
Lange Wal 19, 7531 BH Enschede
BSN 544956370
tel. 06 29 48 33 17

Vriendelijke groet,
Anton Kramer
""", [
    N("Anton Kramer"),
    E("a.kramer@example.com"),
    N("dr. M.A. Verbruggen", only=["Verbruggen"]),
    N("Evelien Hartman"),
    P("11-09-1964", "birth_date"),
    A("Lange Wal 19, 7531 BH Enschede", street="Lange Wal 19", postcode="7531 BH"),
    P("544956370", "national_id", scheme="bsn"),
    P("06 29 48 33 17", "phone"),
], [
    L("dinsdag 28 mei", "date"), L("15:15", "time"), L("45 minuten", "duration"), L("2019-778-045", "policy"),
    L("21-05-2024 09:31", "date"), L("Zorgzaam", "company"),
]),

# ------------------------------------------------------------------ school, forwarded message from ex-partner
rec("nl-email-007", """
Van: Esther Kuijpers <esther.kuijpers@example.nl>
Aan: administratie@example.org
Onderwerp: FW: ophalen kinderen + contactgegevens

Beste juf Romy en administratie,

Hieronder het bericht van mijn ex-partner. Vanaf 1 september wonen Noah en Tess om de week bij hem. Hij mag de kinderen dan ook van school ophalen. Zijn nummer is 06 73 21 50 94, het mijne blijft 06 15 66 82 07.
Mijn nieuwe adres is Hofstraat 8 in 5211 AJ 's-Hertogenbosch. Noah zit in groep 3 en Tess in groep 7.

Met vriendelijke groet,
Esther Kuijpers

-------- Oorspronkelijk bericht --------
Onderwerp: ophalen kinderen
Datum: 26-08-2024 20:15
Van: Bart Meulenbelt <bartmeulenbelt@example.com>
Aan: Esther Kuijpers <esther.kuijpers@example.nl>

Hoi Esther,

Kun jij school laten weten dat ik vanaf 1 september de even weken heb? Mijn adres is Orthenseweg 120, 5212 XD Den Bosch. Oma Riet haalt ze op woensdag op, zet haar er ook maar bij.

Bart
""", [
    N("Esther Kuijpers"),
    E("esther.kuijpers@example.nl"),
    N("juf Romy", only=["Romy"]),
    N("Noah"),
    N("Tess"),
    P("06 73 21 50 94", "phone"),
    P("06 15 66 82 07", "phone"),
    A("Hofstraat 8 in 5211 AJ 's-Hertogenbosch", street="Hofstraat 8", postcode="5211 AJ"),
    N("Bart Meulenbelt"),
    E("bartmeulenbelt@example.com"),
    A("Orthenseweg 120, 5212 XD Den Bosch", street="Orthenseweg 120", postcode="5212 XD"),
    N("Oma Riet", only=["Riet"]),
], [
    L("1 september", "date"), L("groep 3", "other"), L("groep 7", "other"), L("26-08-2024 20:15", "date"),
    L("even weken", "other"), L("woensdag", "date"),
]),

# ------------------------------------------------------------------ hosting abuse report, log lines
rec("nl-email-008", """
Van: Joost Verhagen <joost@example.net>
Aan: abuse@example.net
Datum: 14-05-2024 07:02
Onderwerp: Brute force op mijn WordPress vanaf jullie netwerk

Goedemorgen,

Mijn site (hosting-account jverhagen, pakket Basis) wordt sinds vannacht bestookt met inlogpogingen vanaf een server die volgens de whois bij jullie zit. Uit mijn access log:

198.51.100.142 - - [14/May/2024:03:12:55 +0200] "POST /wp-login.php HTTP/1.1" 200 4521 "-" "Mozilla/5.0"
198.51.100.142 - - [14/May/2024:03:12:56 +0200] "POST /wp-login.php HTTP/1.1" 200 4521 "-" "Mozilla/5.0"
203.0.113.9 - - [14/May/2024:03:14:02 +0200] "POST /xmlrpc.php HTTP/1.1" 403 199 "-" "python-requests/2.31"

In totaal 4.312 pogingen in 2 uur. Mijn eigen IP (192.0.2.61) heb ik uiteraard op de whitelist gezet. Ik draai WordPress 6.5.

Kunnen jullie hier iets mee? Bel gerust: 06 84 02 19 63.

Groet,
Joost Verhagen
Bosrand 4, 3941 ZK Doorn

---
Ticket ABU-99812 is aangemaakt. U ontvangt binnen 1 werkdag een reactie van ons abuse-team.
""", [
    N("Joost Verhagen"),
    E("joost@example.net"),
    P("jverhagen", "username"),
    P("198.51.100.142", "ip"),
    P("203.0.113.9", "ip"),
    P("192.0.2.61", "ip"),
    P("06 84 02 19 63", "phone"),
    A("Bosrand 4, 3941 ZK Doorn", street="Bosrand 4", postcode="3941 ZK"),
], [
    L("14/May/2024:03:12:55 +0200", "date"), L("HTTP/1.1", "version"), L("4.312 pogingen", "quantity"),
    L("2 uur", "duration"), L("WordPress 6.5", "version"), L("ABU-99812", "ticket"), L("1 werkdag", "duration"),
]),
]
