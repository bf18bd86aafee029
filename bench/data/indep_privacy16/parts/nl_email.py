"""Dutch / Flemish e-mails (8). Written by hand; all personal data made up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import email, handle, la, name, only, pii, rec  # noqa: E402

RECORDS = []

# 001 home insurance, water damage, reply with quoted insurer mail
RECORDS.append(rec("nl-email-001", """
Van: Marieke Postma <m.postma@example.com>
Verzonden: maandag 8 april 2024 21:14
Aan: Schadeservice Woonverzekerd <schade@woonverzekerd.example>
Onderwerp: Re: Uw schademelding 2024-SCH-884120

Beste meneer Smulders,

Dank voor uw snelle reactie. Hierbij de gevraagde gegevens:

- Schadeadres: Kloosterstraat 7, 6211 JK Maastricht
- Polisnummer: WV-00728133
- De schade is ontstaan op zaterdag 6 april rond 03:00 uur, toen de slang van de wasmachine losschoot.
- De benedenburen (fam. Lemaire) hebben ook schade aan hun plafond; zij zijn bij een andere maatschappij verzekerd.
- Foto's en de offerte van Schildersbedrijf Frissen (€ 2.340,-) zitten in de bijlage.

Het schadebedrag mag worden overgemaakt op NL96 RABO 1661 0379 67 t.n.v. M. Postma.

Ik ben overdag bereikbaar op 06 23 81 44 09. Mijn man, Hugo Ramakers, is ook aanspreekpunt (06 35 90 12 68).

Met vriendelijke groet,
Marieke Postma

> Op 8 apr. 2024 om 10:32 schreef Schadeservice Woonverzekerd <schade@woonverzekerd.example>:
>
> Geachte mevrouw Postma,
>
> Wij hebben uw schademelding ontvangen onder nummer 2024-SCH-884120. Om de schade te kunnen beoordelen, vragen wij u ons foto's, een offerte en uw rekeningnummer te sturen.
>
> Met vriendelijke groet,
>
> Bart Smulders
> Schadebehandelaar
> Woonverzekerd | Postbus 1250 | 5200 BG 's-Hertogenbosch
""", [
    name("Marieke Postma"),
    email("m.postma@example.com"),
    name("Bart Smulders"),
    only("address", "Kloosterstraat 7, 6211 JK Maastricht", "Kloosterstraat 7", "6211 JK"),
    name("Lemaire"),
    pii("iban", "NL96 RABO 1661 0379 67"),
    pii("phone", "06 23 81 44 09"),
    name("Hugo Ramakers"),
    pii("phone", "06 35 90 12 68"),
], [
    la("claim_number", "2024-SCH-884120"),
    la("policy_number", "WV-00728133"),
    la("date", "zaterdag 6 april"),
    la("time", "03:00 uur"),
    la("company_name", "Schildersbedrijf Frissen"),
    la("price", "€ 2.340,-"),
    la("date", "maandag 8 april 2024 21:14"),
]))

# 002 housing association, internal forward of a tenant complaint
RECORDS.append(rec("nl-email-002", """
Van: Wendy Bakx <wendy.bakx@woonstichting-ijsselland.example>
Verzonden: woensdag 17 januari 2024 09:05
Aan: Ruud Hofman <ruud.hofman@woonstichting-ijsselland.example>
Onderwerp: FW: Schimmel in slaapkamer Bremstraat 31

Hoi Ruud,

Zie onderstaande melding. Kun jij deze week nog langs bij mevrouw Çelik? Er woont een peuter, dus graag met voorrang. Het is al haar derde melding.

Groet,
Wendy

Wendy Bakx | Klantcontact
Woonstichting IJsselland

---------- Doorgestuurd bericht ---------
Van: Ayşe Çelik <aysecelik88@example.com>
Datum: di 16 jan. 2024 om 22:47
Onderwerp: Schimmel in slaapkamer Bremstraat 31
Aan: <info@woonstichting-ijsselland.example>

Goedenavond,

Ik huur sinds 2021 een woning aan de Bremstraat 31 in Deventer (huurcontract 300-114-5528). In de slaapkamer van mijn dochter Elif (2 jaar) komt steeds meer zwarte schimmel op de muur bij het raam. Ik heb dit al twee keer gemeld (melding 55190 en 55812) maar er is niets mee gedaan.

Kunt u iemand sturen? Ik ben bereikbaar op 06 84 21 30 57, het liefst na 15:00 uur. Als ik niet thuis ben heeft mijn buurvrouw Joke een reservesleutel, zij woont op Bremstraat 33.

Met vriendelijke groet,
Ayşe Çelik
""", [
    name("Wendy Bakx"),
    email("wendy.bakx@woonstichting-ijsselland.example"),
    name("Ruud Hofman"),
    email("ruud.hofman@woonstichting-ijsselland.example"),
    name("Ayşe Çelik"),
    email("aysecelik88@example.com"),
    only("address", "Bremstraat 31 in Deventer", "Bremstraat 31"),
    name("Elif"),
    pii("phone", "06 84 21 30 57"),
    name("Joke"),
    only("address", "Bremstraat 33", "Bremstraat 33"),
], [
    la("company_name", "Woonstichting IJsselland"),
    la("contract_number", "300-114-5528"),
    la("case_number", "55190"),
    la("case_number", "55812"),
    la("time", "15:00 uur"),
    la("quantity", "2 jaar"),
    la("date", "di 16 jan. 2024 om 22:47"),
]))

# 003 Flemish health fund, reply on top of the original
RECORDS.append(rec("nl-email-003", """
Van: Ziekenfonds Samen - Terugbetalingen <terugbetalingen@ziekenfondssamen.example>
Verzonden: vrijdag 19 april 2024 11:26
Aan: Pieter Vandenberghe <pieter.vandenberghe@telenet.example>
Onderwerp: RE: terugbetaling kinesitherapie Jules

Dag meneer Vandenberghe,

Bedankt voor uw bericht. De terugbetaling van € 312,40 voor de 18 beurten kinesitherapie van Jules is op 17 april uitgevoerd op uw rekening. Uw nieuwe adres hebben we aangepast in ons ledenbestand.

Met vriendelijke groeten,

Ilse Verbruggen
Dienst terugbetalingen
Ziekenfonds Samen
Dit e-mailbericht en de eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.

-----Oorspronkelijk bericht-----
Van: Pieter Vandenberghe <pieter.vandenberghe@telenet.example>
Verzonden: dinsdag 9 april 2024 08:12
Aan: terugbetalingen@ziekenfondssamen.example
Onderwerp: terugbetaling kinesitherapie Jules

Beste,

Mijn zoon Jules Vandenberghe (rijksregisternummer 11.05.09-865.33) heeft in februari en maart 18 beurten kinesitherapie gehad bij Kinepraktijk Ter Kamere. Ik heb de getuigschriften op 2 april binnengebracht in jullie kantoor, maar ik zie nog geen terugbetaling op onze rekening BE58 7357 1997 2279.

Kunnen jullie dat eens nakijken? Ons lidnummer is 214/0088731.

Nog iets: sinds 1 maart wonen we in de Zavelstraat 12, 3010 Kessel-Lo.

Alvast bedankt,
Pieter Vandenberghe
0477 81 20 36
""", [
    name("Pieter Vandenberghe"),
    email("pieter.vandenberghe@telenet.example"),
    name("Jules Vandenberghe"),
    name("Ilse Verbruggen"),
    pii("national_id", "11.05.09-865.33"),
    pii("iban", "BE58 7357 1997 2279"),
    only("address", "Zavelstraat 12, 3010 Kessel-Lo", "Zavelstraat 12", "3010"),
    pii("phone", "0477 81 20 36"),
], [
    la("company_name", "Ziekenfonds Samen"),
    la("price", "€ 312,40"),
    la("quantity", "18 beurten"),
    la("date", "17 april"),
    la("company_name", "Kinepraktijk Ter Kamere"),
    la("customer_number", "214/0088731"),
    la("date", "1 maart"),
]))

# 004 secondary school, mentor reply, quoted parent mail
RECORDS.append(rec("nl-email-004", """
Onderwerp: Re: Afwezigheid Mees
Van: S. Hamidi <s.hamidi@hetbakencollege.example>
Aan: Jolanda Dijkstra-Kok <jolanda.dk@example.net>
Datum: 18 maart 2024 12:10

Beste mevrouw Dijkstra-Kok,

Dank voor het doorgeven. Ik heb Mees voor maandag en dinsdag ziek gemeld in Magister. De toets Duits (hoofdstuk 5) kan hij inhalen op donderdag 21 maart, het 8e uur, in lokaal B1.14. Zijn nieuwe telefoonnummer heb ik in het systeem gezet.

Beterschap voor Mees!

Met vriendelijke groet,
Samira Hamidi
Mentor 4 havo B
Het Baken College

Op 18 mrt 2024, om 07:41, heeft Jolanda Dijkstra-Kok <jolanda.dk@example.net> het volgende geschreven:

> Goedemorgen mevrouw Hamidi,
>
> Mees is sinds zaterdag ziek (griep) en blijft vandaag en morgen thuis. Hij mist daardoor de toets Duits. Kan hij die later inhalen?
> Wilt u het huiswerk naar zijn schoolmail sturen? Dat is mees.dijkstra@leerling.hetbakencollege.example
>
> Verder is mijn telefoonnummer veranderd: 06 57 30 19 84. Het nummer van zijn vader (Ruben Dijkstra) is nog hetzelfde.
>
> Groetjes,
> Jolanda Dijkstra-Kok
> Sterrenlaan 3
> 8302 XK Emmeloord
""", [
    name("Jolanda Dijkstra-Kok"),
    email("jolanda.dk@example.net"),
    name("Samira Hamidi"),
    email("s.hamidi@hetbakencollege.example"),
    name("Mees"),
    email("mees.dijkstra@leerling.hetbakencollege.example"),
    pii("phone", "06 57 30 19 84"),
    name("Ruben Dijkstra"),
    only("address", "Sterrenlaan 3", "Sterrenlaan 3", "8302 XK"),
], [
    la("product_name", "Magister"),
    la("reference", "hoofdstuk 5"),
    la("date", "donderdag 21 maart"),
    la("time", "8e uur"),
    la("room_number", "lokaal B1.14"),
    la("course_code", "4 havo B"),
    la("company_name", "Het Baken College"),
]))

# 005 web shop return, forwarded order confirmation, "Verzonden vanaf mijn iPad"
RECORDS.append(rec("nl-email-005", """
Van: Henk Oudshoorn <henk.oudshoorn@example.com>
Aan: klantenservice@wonenbijlotje.example
Onderwerp: Retour bestelling 20240311-7734

Geachte heer/mevrouw,

Op 11 maart heb ik bij u twee eetkamerstoelen Fien in de kleur oker besteld. Eén stoel is beschadigd aangekomen (scheur in de zitting). Ik wil deze graag retourneren en het bedrag terug ontvangen op rekening NL36 ASNB 1470 9707 88 t.n.v. H.J. Oudshoorn.

De stoel kan worden opgehaald op het onderstaande adres. Ik ben in de ochtenden thuis. Mijn vrouw Tineke zit in een rolstoel, wilt u daarom aanbellen bij de zijdeur? Mocht er niemand opendoen, dan kunt u terecht bij de buren op Wilgenhof 16 (fam. Zwart).

Met vriendelijke groet,

H.J. (Henk) Oudshoorn
Wilgenhof 14
2181 HK Hillegom
tel. 0252 51 83 40

Verzonden vanaf mijn iPad

Begin doorgestuurd bericht:

Van: Wonen bij Lotje <noreply@wonenbijlotje.example>
Datum: 11 maart 2024 om 16:02:11 CET
Aan: henk.oudshoorn@example.com
Onderwerp: Bedankt voor je bestelling 20240311-7734!

Hoi Henk,

Bedankt voor je bestelling! We gaan er meteen mee aan de slag.

Bestelnummer: 20240311-7734
2x Eetkamerstoel Fien - oker      € 179,00
Verzendkosten                     € 0,00
Totaal                            € 358,00
Betaald met: iDEAL

Bezorgadres:
H.J. Oudshoorn
Wilgenhof 14
2181 HK Hillegom
""", [
    name("Henk Oudshoorn"),
    email("henk.oudshoorn@example.com"),
    pii("iban", "NL36 ASNB 1470 9707 88"),
    name("Tineke"),
    only("address", "Wilgenhof 16", "Wilgenhof 16"),
    name("Zwart"),
    only("address", "Wilgenhof 14\n2181 HK Hillegom", "Wilgenhof 14", "2181 HK"),
    pii("phone", "0252 51 83 40"),
], [
    la("order_number", "20240311-7734"),
    la("date", "11 maart"),
    la("product_name", "Eetkamerstoel Fien"),
    la("price", "€ 179,00"),
    la("price", "€ 358,00"),
    la("product_name", "iDEAL"),
    la("shop_name", "Wonen bij Lotje"),
]))

# 006 debt counsellor asks energy supplier for a payment plan
RECORDS.append(rec("nl-email-006", """
Van: Jorien Vink <j.vink@waterland-oost.example>
Aan: incasso@noordstroom.example
CC: r.pinas@example.com
Datum: 2 mei 2024 14:37
Onderwerp: Verzoek betalingsregeling dhr. R. Pinas - klantnummer 5500781236

Geachte heer, mevrouw,

Namens mijn cliënt, de heer Roy Pinas, geboren 30-01-1979, wonende Westerweg 40, 1441 KM Purmerend (BSN 170349901), verzoek ik u om een betalingsregeling te treffen voor de openstaande facturen 2024-118273 en 2024-130044, in totaal € 1.284,55.

Dhr. Pinas ontvangt een uitkering en heeft een budgetplan met ons afgesproken. Hij kan maandelijks € 45 aflossen per automatische incasso van rekening NL07 INGB 9607 7502 75, ingaande 1 juni.

Ik verzoek u tevens de incassomaatregelen en de geplande afsluiting van 15 mei op te schorten zolang de regeling loopt. Bijgevoegd treft u de machtiging aan, ondertekend door dhr. Pinas.

Voor vragen ben ik bereikbaar op 06 13 55 82 47 (ma t/m do).

Met vriendelijke groet,

Jorien Vink
Schuldhulpverlener
Gemeente Waterland-Oost | Afdeling Werk en Inkomen

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het bericht dan en informeer de afzender.
""", [
    name("Jorien Vink"),
    email("j.vink@waterland-oost.example"),
    email("r.pinas@example.com"),
    name("Roy Pinas"),
    pii("birth_date", "30-01-1979"),
    only("address", "Westerweg 40, 1441 KM Purmerend", "Westerweg 40", "1441 KM"),
    pii("national_id", "170349901"),
    pii("iban", "NL07 INGB 9607 7502 75"),
    pii("phone", "06 13 55 82 47"),
], [
    la("customer_number", "5500781236"),
    la("invoice_number", "2024-118273"),
    la("invoice_number", "2024-130044"),
    la("price", "€ 1.284,55"),
    la("price", "€ 45"),
    la("date", "15 mei"),
    la("date", "1 juni"),
]))

# 007 Flemish city, residents' parking card, reply with > quote
RECORDS.append(rec("nl-email-007", """
Onderwerp: RE: Aanvraag bewonerskaart 1-KPL-482
Van: Mobiliteitsdienst Stad Roeselare <mobiliteit@roeselare.example>
Aan: Sarah Declercq <sarah.declercq@example.com>
Datum: woensdag 17 april 2024 10:48

Beste mevrouw Declercq,

Uw aanvraag voor een bewonerskaart voor het voertuig met nummerplaat 1-KPL-482 is goedgekeurd. De kaart is geldig van 01/05/2024 tot 30/04/2025 in zone Centrum-Noord en kost € 25 per jaar.

Het tweede voertuig (2-BHT-917) is ingeschreven op naam van een vennootschap. Voor bedrijfswagens kunnen we alleen een bewonerskaart uitreiken als u een attest van de werkgever bezorgt.

Met vriendelijke groeten,

Jonas Vanhoutte
Mobiliteitsdienst
Stad Roeselare

> Van: Sarah Declercq <sarah.declercq@example.com>
> Verzonden: maandag 15 april 2024 19:03
> Onderwerp: Aanvraag bewonerskaart
>
> Goedenavond,
>
> Ik woon sinds februari in de Ooststraat 64 bus 2 en zou graag een bewonerskaart aanvragen voor mijn auto, 1-KPL-482. Mijn rijksregisternummer is 91.09.23-164.53.
> Mijn partner, Bram Verstraete, heeft een bedrijfswagen (2-BHT-917), kan die er ook bij?
> U kan mij bereiken op 0471 90 25 38.
>
> Vriendelijke groeten,
> Sarah Declercq
""", [
    name("Sarah Declercq"),
    email("sarah.declercq@example.com"),
    pii("plate", "1-KPL-482"),
    pii("plate", "2-BHT-917"),
    name("Jonas Vanhoutte"),
    only("address", "Ooststraat 64 bus 2", "Ooststraat 64"),
    pii("national_id", "91.09.23-164.53"),
    name("Bram Verstraete"),
    pii("phone", "0471 90 25 38"),
], [
    la("date", "01/05/2024"),
    la("date", "30/04/2025"),
    la("place_name", "zone Centrum-Noord"),
    la("price", "€ 25 per jaar"),
    la("date", "maandag 15 april 2024 19:03"),
    la("company_name", "Mobiliteitsdienst Stad Roeselare"),
]))

# 008 pharmacy, repeat prescription for mother, reply on top
RECORDS.append(rec("nl-email-008", """
Van: Apotheek Het Zwaantje <info@apotheekhetzwaantje.example>
Aan: Kim Terpstra <kimterpstra@example.net>
Onderwerp: RE: Herhaalrecept moeder + bezorgen?

Beste Kim,

De medicatie van je moeder ligt woensdag klaar. Onze bezorger komt tussen 14:00 en 17:00 langs op de Parkweg. De metoprolol is tijdelijk van een ander merk, met dezelfde werkzame stof; de bijsluiter zit erbij.

Hartelijke groet,
Hilde, apothekersassistent
Apotheek Het Zwaantje | Voorstreek 21, 8911 JP Leeuwarden | 058 212 44 80

-----Oorspronkelijk bericht-----
Van: Kim Terpstra <kimterpstra@example.net>
Onderwerp: Herhaalrecept moeder + bezorgen?

Goedemiddag,

Ik bestel namens mijn moeder, mevrouw A. Terpstra-Hoogland (Aaltje), geboren 23-06-1941, haar herhaalmedicatie:
- metoprolol 50 mg, 90 stuks
- omeprazol 20 mg, 30 stuks

Ze woont nog zelfstandig op Parkweg 8, 8911 AB Leeuwarden, maar is slecht ter been. Kunnen jullie het bezorgen? Haar BSN is 185543637, als jullie dat nodig hebben. Ze is verzekerd bij Zorgzaam, polisnummer 51.229.087.

Ik ben bereikbaar op 06 31 48 92 05.

Groetjes,
Kim Terpstra
""", [
    name("Kim Terpstra"),
    email("kimterpstra@example.net"),
    name("Hilde"),
    name("A. Terpstra-Hoogland", "Aaltje"),
    pii("birth_date", "23-06-1941"),
    only("address", "Parkweg 8, 8911 AB Leeuwarden", "Parkweg 8", "8911 AB"),
    pii("national_id", "185543637"),
    pii("phone", "06 31 48 92 05"),
], [
    la("company_name", "Apotheek Het Zwaantje"),
    la("date", "woensdag"),
    la("time", "tussen 14:00 en 17:00"),
    la("product_name", "metoprolol 50 mg"),
    la("quantity", "90 stuks"),
    la("product_name", "omeprazol 20 mg"),
    la("policy_number", "51.229.087"),
    la("company_name", "Zorgzaam"),
]))
