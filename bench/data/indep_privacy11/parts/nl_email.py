from _helpers import P, L, R

RECORDS = [
R("nl-email-001", """
Van: Gerrit-Jan Bosman <gj.bosman@planet.nl>
Aan: klantenservice@energieknederland.nl
Onderwerp: RE: Uw jaarafrekening 2023 – klantnummer 4011 8875

Geachte heer Kaya,

Dank voor uw reactie, maar ik ben het er niet mee eens. Op de jaarafrekening staat een verbruik van 5.840 kWh, terwijl mijn meter op 31 december 2023 een stand van 44187 aangaf (foto bijgevoegd). Dat is ongeveer 3.100 kWh. U rekent dus ruim € 700 te veel.

Ik heb in juli al gebeld en toen met een collega van u gesproken, mevrouw Schouten, die beloofde dat de stand gecorrigeerd zou worden. Daar is niets van terechtgekomen.

Ik verzoek u de afrekening te corrigeren en het te veel betaalde terug te storten op NL23 RBRB 4547 5277 20. Lukt dat niet binnen 14 dagen, dan leg ik de klacht voor aan de Geschillencommissie Energie.

Met vriendelijke groet,

G.J. Bosman
Hertenkamp 14
7421 BT Deventer
tel. 0570 61 88 23

-----Oorspronkelijk bericht-----
Van: Klantenservice Energiek Nederland <klantenservice@energieknederland.nl>
Verzonden: dinsdag 6 februari 2024 11:32
Aan: gj.bosman@planet.nl
Onderwerp: Uw jaarafrekening 2023 – klantnummer 4011 8875

Beste heer Bosman,

Wij hebben uw bezwaar tegen de jaarafrekening (factuurnummer 9100442871) bekeken. De meterstanden zijn automatisch uitgelezen via de slimme meter en wij zien geen aanleiding om deze aan te passen.

Met vriendelijke groet,
Mehmet Kaya
Klantenservice Energiek Nederland

Energiek Nederland B.V. | Postbus 1250 | 3500 BG Utrecht | KvK 30123456
Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onbedoeld heeft ontvangen, verzoeken wij u het te verwijderen.
""", [
    P("Gerrit-Jan Bosman", "name"),
    P("gj.bosman@planet.nl", "email"),
    P("Schouten", "name"),
    P("NL23 RBRB 4547 5277 20", "iban"),
    P("G.J. Bosman", "name"),
    P("Hertenkamp 14\n7421 BT Deventer", "address", ["Hertenkamp 14", "7421 BT"]),
    P("0570 61 88 23", "phone"),
    P("Mehmet Kaya", "name"),
], [
    L("4011 8875", "customer_number"),
    L("5.840 kWh", "consumption"),
    L("31 december 2023", "event_date"),
    L("44187", "meter_reading"),
    L("€ 700", "amount"),
    L("9100442871", "invoice_number"),
    L("Geschillencommissie Energie", "organisation"),
    L("14 dagen", "duration"),
]),

R("nl-email-002", """
Hoi Baran,

Kun jij dit voor mij regelen? Ik snap niet wat ze willen. Mama

---------- Doorgestuurd bericht ---------
Van: Woonstichting Eigen Thuis <verhuur@eigenthuis-wonen.nl>
Datum: ma 15 apr 2024 om 09:12
Onderwerp: Aankondiging planmatig onderhoud – huurcontract 40-2291-07
Aan: <gulsen.demir1962@hotmail.com>

Geachte mevrouw Demir,

In het kader van planmatig onderhoud worden in uw woning aan de Kastanjelaan 63 te Zwolle de kozijnen vervangen. De werkzaamheden worden uitgevoerd door Van Dijk Onderhoud en starten op maandag 3 juni 2024 om 7.30 uur. Zij duren naar verwachting drie werkdagen.

Wij vragen u de vensterbanken vrij te maken. Bent u niet thuis, dan kunt u een sleutel afgeven bij de opzichter, de heer Jeroen Haverkamp, bereikbaar op 06-41 20 77 93.

Uit ons systeem blijkt verder dat er nog een tweede bewoner op het adres staat ingeschreven, de heer Serkan Demir. Als dat niet meer klopt, verzoeken wij u dit door te geven.

Met vriendelijke groet,

Team Verhuur
Woonstichting Eigen Thuis
Postbus 40, 8000 AA Zwolle · 038 455 00 00

---

Van: Baran Demir <baran.demir@student.uva.nl>
Aan: verhuur@eigenthuis-wonen.nl
Onderwerp: RE: Aankondiging planmatig onderhoud – huurcontract 40-2291-07

Goedemiddag,

Ik reageer namens mijn moeder, mevrouw Gülsen Demir. Mijn vader, Serkan Demir, is in 2022 overleden; wilt u hem uitschrijven als medebewoner? De sleutel brengt mijn moeder zelf naar de heer Haverkamp. Voor vragen ben ik bereikbaar op 06 28 93 10 44.

Met vriendelijke groet,
Baran Demir
""", [
    P("gulsen.demir1962@hotmail.com", "email"),
    P("Kastanjelaan 63", "address", ["Kastanjelaan 63"]),
    P("Jeroen Haverkamp", "name"),
    P("06-41 20 77 93", "phone"),
    P("Serkan Demir", "name"),
    P("Baran Demir", "name"),
    P("baran.demir@student.uva.nl", "email"),
    P("Gülsen Demir", "name"),
    P("06 28 93 10 44", "phone"),
], [
    L("40-2291-07", "contract_number"),
    L("Woonstichting Eigen Thuis", "company"),
    L("Van Dijk Onderhoud", "company"),
    L("maandag 3 juni 2024", "event_date"),
    L("7.30 uur", "time"),
    L("drie werkdagen", "duration"),
    L("Zwolle", "place"),
]),

R("nl-email-003", """
Aan: Mobiliteitsbedrijf Stad Gent
Betreft: aanvraag bewonerskaart zone Binnenstad – dossier MB/2024/18832

Geachte heer, mevrouw,

Hierbij vraag ik een bewonerskaart aan voor de zone Binnenstad. Ik ben op 1 maart 2024 gedomicilieerd op het adres Sint-Pietersnieuwstraat 141, 9000 Gent.

Mijn gegevens:
Naam: Hannelore Verstraete
Rijksregisternummer: 85.04.12-441.42
Nummerplaat: 2-GKT-418 (Peugeot 208, ingeschreven op naam van mijn werkgever, leasing via Athlon)
Gsm: 0494 77 20 18
E-mail: hannelore.verstraete@telenet.be

De wagen staat op naam van de vennootschap, maar ik ben de enige gebruiker. Als bewijs voeg ik een verklaring van mijn werkgever toe, ondertekend door mijn leidinggevende, de heer Pascal Lambrecht.

Mijn partner, Dries Maes, is op hetzelfde adres gedomicilieerd maar heeft geen wagen. Hij vraagt dus geen kaart aan.

De retributie van € 30 per jaar betaal ik graag via overschrijving van rekening BE12 0954 6111 3992.

Met vriendelijke groeten,

Hannelore Verstraete
Gent, 4 maart 2024

Bijlagen: kopie inschrijvingsbewijs, verklaring werkgever
""", [
    P("Sint-Pietersnieuwstraat 141, 9000 Gent", "address", ["Sint-Pietersnieuwstraat 141", "9000"]),
    P("Hannelore Verstraete", "name"),
    P("85.04.12-441.42", "national_id", check="rrn"),
    P("2-GKT-418", "plate"),
    P("0494 77 20 18", "phone"),
    P("hannelore.verstraete@telenet.be", "email"),
    P("Pascal Lambrecht", "name"),
    P("Dries Maes", "name"),
    P("BE12 0954 6111 3992", "iban"),
], [
    L("Mobiliteitsbedrijf Stad Gent", "organisation"),
    L("MB/2024/18832", "case_number"),
    L("1 maart 2024", "event_date"),
    L("Peugeot 208", "product"),
    L("Athlon", "company"),
    L("€ 30", "price"),
    L("4 maart 2024", "event_date"),
]),

R("nl-email-004", """
Onderwerp: Schademelding waterschade – polis WH-77.412.903
Van: "Dewi Sastrowardoyo" <dewi.sastro@gmail.com>
Aan: schade@veiligwonenverzekeringen.nl
Datum: 22-01-2024 21:47

Beste mensen,

Hierbij meld ik waterschade in mijn appartement aan de Piet Heinkade 201 (1019 HN Amsterdam). Op zaterdag 20 januari rond 14.00 uur kwam er water door het plafond van de badkamer en de slaapkamer. De oorzaak is een gesprongen leiding bij de bovenburen, de familie Öztürk op nummer 203. De heer Hakan Öztürk heeft dit bevestigd; zijn verzekeraar is Interpolis.

Beschadigd zijn onder andere:
- laminaatvloer slaapkamer (ca. 14 m², aangeschaft 2019 voor € 1.120)
- boxspring Auping Essential 160x200
- plafond en stucwerk badkamer

De VvE-beheerder, mevrouw Claudia Ferreira van VvE Beheer IJ-oevers, heeft een loodgieter gestuurd (werkbon 55810). Foto's en de factuur van de loodgieter (€ 285,00) zitten in de bijlage.

Kunt u een expert sturen? Ik ben telefonisch bereikbaar op 06 30 77 41 29, het liefst na 17.00 uur. Eventuele uitkering graag op NL31 INGB 4056 0865 69 t.n.v. D.A. Sastrowardoyo.

Hartelijke groet,
Dewi Sastrowardoyo
geb. 11-08-1988
""", [
    P("Dewi Sastrowardoyo", "name"),
    P("dewi.sastro@gmail.com", "email"),
    P("Piet Heinkade 201 (1019 HN Amsterdam)", "address", ["Piet Heinkade 201", "1019 HN"]),
    P("Hakan Öztürk", "name"),
    P("Claudia Ferreira", "name"),
    P("06 30 77 41 29", "phone"),
    P("NL31 INGB 4056 0865 69", "iban"),
    P("D.A. Sastrowardoyo", "name"),
    P("11-08-1988", "birth_date"),
], [
    L("WH-77.412.903", "policy_number"),
    L("zaterdag 20 januari", "event_date"),
    L("14.00 uur", "time"),
    L("Interpolis", "company"),
    L("€ 1.120", "price"),
    L("Auping Essential 160x200", "product"),
    L("werkbon 55810", "work_order"),
    L("€ 285,00", "amount"),
]),

R("nl-email-005", """
Van: Ingrid Hofstede-Koster <ihofstede@kpnplanet.nl>
Aan: Pensioenfonds Zorg & Welzijn Service <klantenservice@pfzw-service.example>
Onderwerp: Wijziging gegevens – relatienummer 1004 77 213

Geacht pensioenfonds,

Per 1 mei ga ik met pensioen en ik wil een aantal gegevens wijzigen.

1. Mijn nieuwe adres is: De Ruyterstraat 5, 4461 GT Goes (per 15 april).
2. Het pensioen graag overmaken naar NL07 ABNA 2621 2997 22 (op mijn naam, niet meer de gezamenlijke rekening).
3. Sinds de scheiding in 2021 is er een verevening met mijn ex-man, de heer Arjen Hofstede, geboren 02-05-1958. Hij heeft zijn deel rechtstreeks aangevraagd, zo begreep ik. Kunt u bevestigen dat dit goed is verwerkt?

Ter identificatie:
BSN: 308251659
Geboortedatum: 19 september 1958
Telefoon: 0113 24 55 90

In uw brief van 12 maart (kenmerk PF/UIT/2024/05517) staat een bruto-pensioen van € 1.482,36 per maand. Klopt het dat de AOW-leeftijd voor mij 66 jaar en 4 maanden is?

Met vriendelijke groet,
Ingrid Hofstede-Koster
""", [
    P("Ingrid Hofstede-Koster", "name"),
    P("ihofstede@kpnplanet.nl", "email"),
    P("De Ruyterstraat 5, 4461 GT", "address", ["De Ruyterstraat 5", "4461 GT"]),
    P("NL07 ABNA 2621 2997 22", "iban"),
    P("Arjen Hofstede", "name"),
    P("02-05-1958", "birth_date"),
    P("308251659", "national_id", check="bsn"),
    P("19 september 1958", "birth_date"),
    P("0113 24 55 90", "phone"),
], [
    L("1004 77 213", "customer_number"),
    L("1 mei", "event_date"),
    L("15 april", "event_date"),
    L("12 maart", "event_date"),
    L("PF/UIT/2024/05517", "reference_number"),
    L("€ 1.482,36", "amount"),
    L("66 jaar en 4 maanden", "duration"),
]),

R("nl-email-006", """
Van: Reisbureau Zonnig Weg – Boekingen <boekingen@zonnigweg.nl>
Aan: r.kartosen@gmail.com
Onderwerp: Bevestiging boeking ZW-2024-66190 – Gran Canaria

Beste heer Kartosen,

Hartelijk dank voor uw boeking. Wilt u onderstaande reizigersgegevens controleren? De namen moeten exact overeenkomen met het paspoort.

Reiziger 1: KARTOSEN, Rakesh – geb. 14-02-1982 – paspoort NW7F28KL4
Reiziger 2: KARTOSEN-BHAGWANDIN, Anjali – geb. 30-11-1984 – paspoort NR2H91XP6
Reiziger 3: KARTOSEN, Dev – geb. 07-06-2013 – ID-kaart IL8C43MZ0
Reiziger 4: KARTOSEN, Maya – geb. 25-01-2017 – ID-kaart IP5D07TR3

Vlucht heen: HV 6021, Amsterdam – Las Palmas, zaterdag 19 oktober 2024, vertrek 06:45
Vlucht terug: HV 6022, zaterdag 26 oktober 2024, vertrek 13:20
Hotel: Hotel Playa del Sol, Maspalomas, familiekamer, all-inclusive
Totaalprijs: € 4.386,00, aanbetaling € 1.096,50 voldaan op 2 april.

Het noodnummer tijdens de reis wordt doorgegeven aan uw contactpersoon in Nederland, mevrouw Sharmila Kartosen (06 49 12 03 88).

Met zonnige groet,
Yvonne
Reisbureau Zonnig Weg, Marktplein 3, 2801 HA Gouda, 0182 50 50 50
Lid ANVR/SGR/Calamiteitenfonds

> Op 2 apr 2024 om 20:14 schreef Rakesh Kartosen <r.kartosen@gmail.com>:
> Hoi Yvonne, hierbij onze gegevens voor Gran Canaria. Anjali's paspoort verloopt in december, is dat een probleem?
> Groet, Rakesh
""", [
    P("r.kartosen@gmail.com", "email"),
    P("KARTOSEN, Rakesh", "name"),
    P("14-02-1982", "birth_date"),
    P("NW7F28KL4", "national_id", check="none"),
    P("KARTOSEN-BHAGWANDIN, Anjali", "name"),
    P("30-11-1984", "birth_date"),
    P("NR2H91XP6", "national_id", check="none"),
    P("KARTOSEN, Dev", "name"),
    P("07-06-2013", "birth_date"),
    P("IL8C43MZ0", "national_id", check="none"),
    P("KARTOSEN, Maya", "name"),
    P("25-01-2017", "birth_date"),
    P("IP5D07TR3", "national_id", check="none"),
    P("Sharmila Kartosen", "name"),
    P("06 49 12 03 88", "phone"),
    P("Yvonne", "name"),
    P("Rakesh Kartosen", "name"),
], [
    L("ZW-2024-66190", "booking_reference"),
    L("Gran Canaria", "place"),
    L("HV 6021", "flight_number"),
    L("HV 6022", "flight_number"),
    L("zaterdag 19 oktober 2024", "event_date"),
    L("06:45", "time"),
    L("Hotel Playa del Sol", "company"),
    L("€ 4.386,00", "price"),
    L("€ 1.096,50", "price"),
]),

R("nl-email-007", """
Van: Katrien Vandenberghe <katrien.vdberghe@outlook.be>
Aan: Patiëntenfacturatie AZ Sint-Lucas <facturatie@azsintlucas.example>
CC: Vlaamse Mutualiteit, dienst ziekenhuisopname
Onderwerp: Betwisting factuur 2024/0412557 – patiënt Gilbert Vandenberghe

Geachte,

Ik schrijf u in naam van mijn vader, de heer Gilbert Vandenberghe (°27/03/1942, INSZ 42.03.27-155.35), die van 8 tot 16 januari 2024 opgenomen was op de dienst geriatrie (kamer 3.14).

Op de factuur 2024/0412557 wordt een supplement van € 412,00 aangerekend voor een eenpersoonskamer. Mijn vader heeft echter nooit om een eenpersoonskamer gevraagd; hij werd daar gelegd omwille van isolatie (MRSA). Dat werd ook zo bevestigd door de hoofdverpleegkundige, mevrouw Nele Desmet.

Mijn vader is aangesloten bij de Vlaamse Mutualiteit, lidnummer 0120-448812-33, en heeft een hospitalisatieverzekering via DKV (polis 5.118.204).

Gelieve het supplement te schrappen en een gecorrigeerde factuur te sturen naar zijn adres: Brugsesteenweg 402, 8800 Roeselare. Het reeds betaalde voorschot van € 150 mag teruggestort worden op BE39 3095 5972 9719.

Voor verdere vragen kan u mij bereiken op 0472 15 66 09 of via dit e-mailadres.

Met vriendelijke groeten,
Katrien Vandenberghe
""", [
    P("Katrien Vandenberghe", "name"),
    P("katrien.vdberghe@outlook.be", "email"),
    P("Gilbert Vandenberghe", "name"),
    P("°27/03/1942", "birth_date", ["27/03/1942"]),
    P("42.03.27-155.35", "national_id", check="rrn"),
    P("Nele Desmet", "name"),
    P("Brugsesteenweg 402, 8800 Roeselare", "address", ["Brugsesteenweg 402", "8800"]),
    P("BE39 3095 5972 9719", "iban"),
    P("0472 15 66 09", "phone"),
], [
    L("2024/0412557", "invoice_number"),
    L("8 tot 16 januari 2024", "event_date"),
    L("kamer 3.14", "room_number"),
    L("€ 412,00", "amount"),
    L("0120-448812-33", "member_number"),
    L("DKV", "company"),
    L("5.118.204", "policy_number"),
    L("€ 150", "amount"),
]),

R("nl-email-008", """
From: Klantenservice ModeLab <service@modelab.nl>
To: Xiaomei Lin <xiaomei.lin88@gmail.com>
Subject: FW: Retour niet ontvangen? – bestelling ML-10928475

Beste Xiaomei,

Wij hebben navraag gedaan bij de vervoerder. Hieronder hun antwoord. Zodra het pakket bij ons magazijn in Tilburg binnen is, storten wij € 89,90 terug op NL13 BUNQ 6661 9345 14.

Groet,
Bram | ModeLab Klantenservice

-------- Forwarded message --------
From: DHL Parcel Zakelijk <zakelijk@dhlparcel.example>
Date: Thu, 7 Mar 2024 16:02
Subject: RE: Zending JVGL05612349870012345

Beste Bram,

De zending JVGL05612349870012345 is op 29-02 afgegeven bij het ServicePoint Albert Heijn Hoogvliet, Binnenban 2. Sindsdien is er geen scan meer geweest. Op het label staat als afzender:
X. Lin
Zuidwijkstraat 18b
3082 TD Rotterdam
tel. 06-81 92 33 07

We hebben een onderzoek gestart (ref. ONZ-2024-330187). Doorlooptijd 5 werkdagen.

Met vriendelijke groet,
Fatoumata Diallo
DHL Parcel Zakelijk

> Op 5 mrt 2024 schreef Xiaomei Lin:
> Ik heb de jurk (maat 38, art. 4410-226) teruggestuurd maar nog geen geld ontvangen. Mijn klantaccount is xiaomei_l.
""", [
    P("Xiaomei Lin", "name"),
    P("xiaomei.lin88@gmail.com", "email"),
    P("NL13 BUNQ 6661 9345 14", "iban"),
    P("Bram", "name"),
    P("X. Lin", "name", ["Lin"]),
    P("Zuidwijkstraat 18b\n3082 TD", "address", ["Zuidwijkstraat 18b", "3082 TD"]),
    P("06-81 92 33 07", "phone"),
    P("Fatoumata Diallo", "name"),
    P("xiaomei_l", "username"),
], [
    L("ML-10928475", "order_number"),
    L("Tilburg", "place"),
    L("€ 89,90", "amount"),
    L("JVGL05612349870012345", "tracking_number"),
    L("ServicePoint Albert Heijn Hoogvliet, Binnenban 2", "shop_location"),
    L("ONZ-2024-330187", "reference_number"),
    L("5 werkdagen", "duration"),
    L("art. 4410-226", "article_number"),
]),
]
