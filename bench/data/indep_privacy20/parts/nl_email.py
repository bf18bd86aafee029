import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from mk import *

RECORDS = [
rec("nl-email-001", """Onderwerp: Loonstrook mei klopt niet (loonrun LR-2024-05)

Beste salarisadministratie,

In mijn loonstrook van mei 2024 staat een verkeerd BSN en een oud rekeningnummer. Mijn gegevens:

Naam: Wendy Schipper-de Boer
BSN: 364794161
Geboortedatum: 26-04-1983
IBAN: NL51 TRIO 1199 0519 13
Adres: Oranjesingel 7, 6511 NN Nijmegen

Het nettobedrag van € 2.311,84 is wel goed. Kunt u de jaaropgave 2023 ook opnieuw sturen?

Met vriendelijke groet,
Wendy Schipper
06-23 45 91 07

--
PayrollPartners B.V. | Postbus 1200, 3500 BE Utrecht | salaris@payrollpartners.example
Dit bericht is uitsluitend bestemd voor de geadresseerde.""",
[name("Wendy Schipper-de Boer", "Boer"), nid("364794161", "bsn"), dob("26-04-1983"), iban("NL51 TRIO 1199 0519 13"),
 addr("Oranjesingel 7, 6511 NN Nijmegen", "Oranjesingel 7", "6511 NN"), phone("06-23 45 91 07"), name("Wendy Schipper")],
[L("LR-2024-05", "payroll_run"), L("mei 2024", "date"), L("€ 2.311,84", "price"), L("jaaropgave 2023", "document_name"),
 L("PayrollPartners B.V.", "company_name")]),

rec("nl-email-002", """Van: Hanneke Dijkstra <hanneke.dijkstra@example.com>
Aan: schade@veiligwonen.example
Onderwerp: RE: Uw schademelding 2024-WS-118734

Geachte heer Visser,

Hierbij de foto's van de waterschade zoals gevraagd. De loodgieter (Loodgietersbedrijf Gerritsen) heeft een factuur gestuurd van € 685,00, die zit ook in de bijlage.
Het rekeningnummer voor de uitkering is NL05 ABNA 3848 2655 62 t.n.v. H. Dijkstra.

Met vriendelijke groet,
Hanneke Dijkstra
Zuiderstraat 31
8601 DC Sneek
tel. 0515 42 88 19

> Van: Erik Visser <e.visser@veiligwonen.example>
> Verzonden: dinsdag 14 mei 2024 10:12
> Onderwerp: Uw schademelding 2024-WS-118734
>
> Beste mevrouw Dijkstra,
> Wij hebben uw melding onder polis WV-778201 ontvangen. Wilt u foto's en de nota van de reparateur sturen?
> Met vriendelijke groet,
> Erik Visser, schadebehandelaar
> VeiligWonen Verzekeringen | 088 123 45 00""",
[name("Hanneke Dijkstra"), email("hanneke.dijkstra@example.com"), name("Erik Visser"), email("e.visser@veiligwonen.example"),
 iban("NL05 ABNA 3848 2655 62"), addr("Zuiderstraat 31"), pc("8601 DC"), phone("0515 42 88 19")],
[L("2024-WS-118734", "claim_number"), L("Loodgietersbedrijf Gerritsen", "company_name"), L("€ 685,00", "price"),
 L("dinsdag 14 mei 2024 10:12", "date"), L("WV-778201", "policy_number"), L("VeiligWonen Verzekeringen", "company_name")]),

rec("nl-email-003", """Onderwerp: Afspraak poli dermatologie verzetten

Goedendag,

Ik heb een afspraak op de polikliniek dermatologie op donderdag 20 juni om 09:40 bij dr. Kaan, maar ik kan dan helaas niet. Kan deze verzet worden naar een middag?

Mijn gegevens:
Patiëntnummer: zie brief
Naam: Theo Brinkman
Geboortedatum: 11-03-1957
BSN: 665382807
Telefoon: 038 421 70 55 of 06 82 19 33 40

Mijn dochter Marieke Brinkman rijdt mij, dus liefst op een woensdag.

Vriendelijke groet,
Th. Brinkman
Esdoornlaan 6, 8021 ZM Zwolle

Verzonden vanaf mijn iPad""",
[name("Theo Brinkman"), dob("11-03-1957"), nid("665382807", "bsn"), phone("038 421 70 55"), phone("06 82 19 33 40"),
 name("Marieke Brinkman"), addr("Esdoornlaan 6, 8021 ZM Zwolle", "Esdoornlaan 6", "8021 ZM"), name("Kaan")],
[L("donderdag 20 juni om 09:40", "date"), L("polikliniek dermatologie", "department"), L("iPad", "product_name"),
 L("woensdag", "date"), L("zie brief", "placeholder")]),

rec("nl-email-004", """---------- Doorgestuurd bericht ---------
Van: Autobedrijf Van Dongen <werkplaats@vandongen-auto.example>
Datum: ma 3 jun 2024 om 16:05
Onderwerp: Werkorder 41192 - APK + grote beurt
Aan: <s.ozturk@example.net>

Beste heer Öztürk,

Uw Volkswagen Golf met kenteken 7-KPL-33 is klaar. Kosten APK + grote beurt: € 612,35 incl. btw. Kilometerstand 148.220.

Met vriendelijke groet,
Autobedrijf Van Dongen
----------

Hoi Serkan,

Hierbij de factuur van de garage, kun jij dit declareren bij de zaak? Ik heb het al betaald van onze gezamenlijke rekening NL52 ASNB 7395 2960 37.

Groetjes,
Elif

Elif Öztürk-Yıldız
06 47 21 59 83""",
[email("s.ozturk@example.net"), name("Öztürk"), plate("7-KPL-33"), name("Serkan"), iban("NL52 ASNB 7395 2960 37"),
 name("Elif Öztürk-Yıldız"), phone("06 47 21 59 83")],
[L("Autobedrijf Van Dongen", "company_name"), L("ma 3 jun 2024 om 16:05", "date"), L("41192", "work_order_number"),
 L("Volkswagen Golf", "product_name"), L("€ 612,35", "price"), L("148.220", "mileage")]),

rec("nl-email-005", """Beste,

Via deze weg wil ik het contract van mijn moeder, Maria Jacobs, opzeggen. Zij is op 2 april overleden. Ik ben haar zoon en executeur.

Gegevens van mijn moeder:
Adres: Sint-Truidersteenweg 412, 3500 Hasselt
Rijksregisternummer: 51.07.25-017.62
Klantnummer energie: zie bijlage
EAN elektriciteit: 541448820047811234
Meterstand op 5 april: 23.811 kWh

De slotfactuur mag naar mijn adres: Diestersteenweg 19, 3510 Kermt, en terugbetaling op BE96 1332 7819 4505 (Luc Jacobs).

In de bijlage vindt u de overlijdensakte.

Met vriendelijke groeten,
Luc Jacobs
0473 90 12 64
luc.jacobs@example.be""",
[name("Maria Jacobs"), addr("Sint-Truidersteenweg 412, 3500 Hasselt", "Sint-Truidersteenweg 412", "3500 Hasselt"),
 nid("51.07.25-017.62", "be_rrn"), addr("Diestersteenweg 19, 3510 Kermt", "Diestersteenweg 19", "3510 Kermt"),
 iban("BE96 1332 7819 4505"), name("Luc Jacobs"), phone("0473 90 12 64"), email("luc.jacobs@example.be")],
[L("2 april", "date"), L("541448820047811234", "ean"), L("5 april", "date"), L("23.811 kWh", "meter_reading"),
 L("overlijdensakte", "document_name")]),

rec("nl-email-006", """Beste juf Annelies,

Noah is vandaag ziek, hij heeft koorts. Hij komt dus ook niet mee naar de excursie naar Naturalis van vrijdag 15 maart.
Wilt u de ouderbijdrage van € 45 voor het schoolreisje terugstorten? Het gaat om rekening NL84 RABO 3103 7745 70.

Verder is ons adres veranderd, wij wonen nu op de Goudsbloemstraat 22, 2565 RB Den Haag. Mijn nieuwe mobiele nummer is 06 71 30 25 88.

Groetjes,
Fatima Amrani-Bennani
(moeder van Noah Amrani, groep 5b)

Op ma 11 mrt 2024 om 08:31 schreef Annelies Verbeek <a.verbeek@obsdetoermalijn.example>:
> Beste ouders van groep 5b,
> Vrijdag gaan we naar Naturalis. Vertrek 08:45 vanaf school, terug rond 14:30.
> Groet, juf Annelies""",
[name("Annelies Verbeek"), name("Noah Amrani"), iban("NL84 RABO 3103 7745 70"), addr("Goudsbloemstraat 22, 2565 RB Den Haag", "Goudsbloemstraat 22", "2565 RB"),
 phone("06 71 30 25 88"), name("Fatima Amrani-Bennani"), email("a.verbeek@obsdetoermalijn.example")],
[L("Naturalis", "company_name"), L("vrijdag 15 maart", "date"), L("€ 45", "price"), L("groep 5b", "class"),
 L("ma 11 mrt 2024 om 08:31", "date"), L("08:45", "time"), L("14:30", "time")]),

rec("nl-email-007", """Onderwerp: Klacht bestelling 5100882391 - kapotte stoel

Geachte klantenservice van Woonwinkel Jansen & Zn,

Op 28 februari heb ik twee eetkamerstoelen 'Otto' (artikelnummer 8718475023310) besteld voor € 258,00. Eén stoel kwam aan met een gebroken poot. De bezorger, een zekere Ruud (volgens de app), heeft het pakket gewoon bij de voordeur gezet. Mijn buurman, Harm Kuiper van nummer 6, heeft het zien gebeuren.

Ik wil graag een nieuwe stoel, geen tegoedbon.

Mijn gegevens:
Pieternella Boersma
Kromme Elleboog 4
9712 TG Groningen
06 29 90 41 36
p.boersma@example.org

Ik heb betaald met creditcard (Visa eindigend op 0825).

Met vriendelijke groet,
Pieternella Boersma

> Op 2 maart 2024 schreef Woonwinkel Jansen & Zn <service@woonwinkeljansen.example>:
> Hartelijk dank voor uw bericht. Uw vraag heeft ticketnummer #229104. Wij reageren binnen 3 werkdagen.""",
[name("Ruud"), name("Pieternella Boersma"), addr("Kromme Elleboog 4"), pc("9712 TG"), phone("06 29 90 41 36"),
 email("p.boersma@example.org"), name("Harm Kuiper"), addr("nummer 6")],
[L("5100882391", "order_number"), L("Woonwinkel Jansen & Zn", "company_name"), L("Otto", "product_name"),
 L("8718475023310", "ean"), L("€ 258,00", "price"), L("#229104", "ticket_number"), L("28 februari", "date")]),

rec("nl-email-008", """Van: Dennis Wolters <dwolters1979@example.com>
Verzonden: woensdag 10 juli 2024 22:47
Aan: Huurincasso Woonbron Noord
Onderwerp: Betalingsregeling huurachterstand contract 300-11872

Geachte mevrouw Smeets,

Naar aanleiding van uw brief van 1 juli over de huurachterstand van € 1.642,20 wil ik een betalingsregeling voorstellen van € 150 per maand, te beginnen op 25 juli.
Ik ben sinds maart werkloos en heb een uitkering aangevraagd bij het UWV.

De huur wordt betaald vanaf NL53 TRIO 6226 5274 42. Mijn BSN voor de schuldhulpverlening is 133331428.

Voor vragen ben ik bereikbaar op 06 15 82 47 39, liefst na 17:00.

Met vriendelijke groet,
D. Wolters
Ruisdaelstraat 55-B
3067 KP Rotterdam""",
[name("Dennis Wolters"), email("dwolters1979@example.com"), name("Smeets"), iban("NL53 TRIO 6226 5274 42"), nid("133331428", "bsn"),
 phone("06 15 82 47 39"), addr("Ruisdaelstraat 55-B"), pc("3067 KP")],
[L("woensdag 10 juli 2024 22:47", "date"), L("300-11872", "contract_number"), L("€ 1.642,20", "price"),
 L("€ 150 per maand", "price"), L("25 juli", "date"), L("UWV", "company_name"), L("17:00", "time")]),
]
