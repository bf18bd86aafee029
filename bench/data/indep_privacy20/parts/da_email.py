import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from mk import *

RECORDS = [
rec("da-email-001", """Emne: Forkert skattekort på lønseddel april

Hej Lønservice,

Jeg kan se at der er trukket 55 % i skat på min lønseddel for april 2024, selvom jeg har sendt mit hovedkort. Min leder, Ulrik Mogensen, har bekræftet det. Mine oplysninger:

Navn: Anja Rasmussen
CPR: 071284-9634
Løn udbetales til: reg. 9255 konto 0347 882 190

Nettoløn var 14.212,50 kr. i stedet for ca. 19.800 kr.

Venlig hilsen
Anja Rasmussen
Tlf. 27 63 14 90
anja.rasmussen@example.dk
Bakkedraget 11, 3400 Hillerød

----
LønPartner ApS · Industrivej 3 · 2600 Glostrup · CVR 12345678""",
[name("Ulrik Mogensen"), name("Anja Rasmussen"), nid("071284-9634", "cpr"), acct("reg. 9255 konto 0347 882 190", "0347 882 190"),
 phone("27 63 14 90"), email("anja.rasmussen@example.dk"), addr("Bakkedraget 11, 3400 Hillerød", "Bakkedraget 11", "3400 Hillerød")],
[L("55 %", "percentage"), L("april 2024", "date"), L("14.212,50 kr.", "price"), L("ca. 19.800 kr.", "price"), L("LønPartner ApS", "company_name")]),

rec("da-email-002", """Fra: Kirsten Bisgaard <kbisgaard@example.com>
Sendt: 2. oktober 2024 07:58
Til: Kundeservice Trygbo Forsikring
Emne: SV: Skadesag 24-881035 – vandskade i kælder

Kære Kasper Holt

Tak for hurtigt svar. Vedhæftet er fakturaen fra VVS-firmaet Brdr. Kjeldsen på 23.450 kr. samt billeder. Taksatoren må gerne komme mandag, ring til min mand Poul Bisgaard på 40 51 27 83, jeg er på arbejde.

Udbetaling til NemKonto tilknyttet mit CPR 080351-0883.

Med venlig hilsen
Kirsten Bisgaard
Fasanvej 19, 5500 Middelfart

> Fra: Kasper Holt, Trygbo Forsikring
> Sendt: 1. oktober 2024 15:20
> Vi har modtaget din anmeldelse under police HF-77412-3. Send venligst dokumentation.""",
[name("Kirsten Bisgaard"), email("kbisgaard@example.com"), name("Kasper Holt"), name("Poul Bisgaard"), phone("40 51 27 83"),
 nid("080351-0883", "cpr"), addr("Fasanvej 19, 5500 Middelfart", "Fasanvej 19", "5500 Middelfart")],
[L("2. oktober 2024 07:58", "date"), L("24-881035", "claim_number"), L("Brdr. Kjeldsen", "company_name"), L("23.450 kr.", "price"),
 L("HF-77412-3", "policy_number"), L("1. oktober 2024 15:20", "date")]),

rec("da-email-003", """Emne: Ændring af tid – ortopædkirurgisk ambulatorium

Kære afdeling

Jeg har fået en indkaldelse til forundersøgelse den 14. november kl. 11.30, men jeg er ude at rejse. Kan jeg få en ny tid i uge 48 eller 49?

Patient: Bent Frederiksen
CPR-nr.: 150448-2713
Adresse: Lærkevej 2, 9850 Hirtshals
Telefon: 98 94 21 66 (fastnet) – 20 81 44 97 (mobil)

Min datter Susanne Frederiksen (susfred@example.net) hjælper mig med post, så skriv gerne også til hende.

Venlig hilsen
Bent Frederiksen

Sendt fra min iPhone""",
[name("Bent Frederiksen"), nid("150448-2713", "cpr"), addr("Lærkevej 2, 9850 Hirtshals", "Lærkevej 2", "9850 Hirtshals"),
 phone("98 94 21 66"), phone("20 81 44 97"), name("Susanne Frederiksen"), email("susfred@example.net")],
[L("14. november kl. 11.30", "date"), L("uge 48", "date"), L("49", "week"), L("ortopædkirurgisk ambulatorium", "department"), L("iPhone", "product_name")]),

rec("da-email-004", """---------- Videresendt besked ---------
Fra: Autoværkstedet Nørby <vaerksted@noerby-auto.example>
Dato: tir. 11. jun. 2024 kl. 14.02
Emne: Faktura 10772 – syn og service
Til: <thomas.noerregaard@example.com>

Kære Thomas Nørregaard

Din Peugeot 308 med reg.nr. DL 55 302 er nu synet og klar til afhentning. Beløb: 4.380,00 kr. inkl. moms.

Venlig hilsen
Autoværkstedet Nørby
---------------

Hej Pernille

Kan du lægge den her ind under firmabilen? Jeg har betalt med firmakortet. Min egen konto til refusion er DK43 8802 7090 7282 26 hvis det ikke går.

Tak
Thomas
Mobil: +45 24 60 17 93""",
[email("thomas.noerregaard@example.com"), name("Thomas Nørregaard"), plate("DL 55 302"), name("Pernille"), iban("DK43 8802 7090 7282 26"),
 phone("+45 24 60 17 93"), name("Thomas")],
[L("Autoværkstedet Nørby", "company_name"), L("tir. 11. jun. 2024 kl. 14.02", "date"), L("10772", "invoice_number"),
 L("Peugeot 308", "product_name"), L("4.380,00 kr.", "price")]),

rec("da-email-005", """Góðan dag / Goddag

Jeg skriver fra Klaksvík angående min mors abonnement. Hun hedder Marjun Hansen og har i dag Talvan 200 til 149 kr. om måneden hos TeleNord Føroyar. Hun bruger det næsten ikke, så vi vil gerne skifte til Eldri Frí til 79 kr. fra 1. desember.

Hendes nummer: +298 45 71 30
Hendes adresse: Biskupsstøðgøta 6, FO-700 Klaksvík
P-tal: 220340-118

Regningen kan trækkes fra min konto FO90 8334 3421 0536 29.

Mit navn er Sjúrður Hansen, og I kan kontakte mig på sjurdurh@example.fo eller +298 29 14 63.

Vinarliga / Venlig hilsen
Sjúrður""",
[name("Marjun Hansen"), phone("+298 45 71 30"), addr("Biskupsstøðgøta 6, FO-700 Klaksvík", "Biskupsstøðgøta 6", "FO-700"),
 nid("220340-118", "ptal"), iban("FO90 8334 3421 0536 29"), name("Sjúrður Hansen"), email("sjurdurh@example.fo"), phone("+298 29 14 63")],
[L("Talvan 200", "product_name"), L("149 kr.", "price"), L("Eldri Frí", "product_name"), L("79 kr.", "price"), L("1. desember", "date"), L("TeleNord Føroyar", "company_name")]),

rec("da-email-006", """Emne: Fravær – Magnus 7.A

Kære Lotte

Magnus er desværre syg i dag og i morgen. Han kommer derfor heller ikke med på lejrskolen til Bornholm (afgang onsdag kl. 8.00 fra skolen). Kan vi få de 1.200 kr. retur? De blev betalt med MobilePay fra 60 92 18 47.

Vi er desuden flyttet. Ny adresse: Tranevej 15, 8260 Viby J.

Venlig hilsen
Mia Lundgaard (mor til Magnus Lundgaard Friis)

Den man. 16. sep. 2024 kl. 09.12 skrev Lotte Brandt <lotte.brandt@skolen.example>:
> Kære forældre i 7.A
> Husk tilmelding og betaling til lejrskolen senest fredag. Pris 1.200 kr.
> Mvh Lotte, klasselærer""",
[name("Lotte Brandt"), name("Magnus Lundgaard Friis"), phone("60 92 18 47"), addr("Tranevej 15, 8260 Viby J", "Tranevej 15", "8260 Viby"),
 name("Mia Lundgaard"), email("lotte.brandt@skolen.example"), name("Lotte")],
[L("7.A", "class"), L("Bornholm", "location"), L("onsdag kl. 8.00", "time"), L("1.200 kr.", "price"), L("man. 16. sep. 2024 kl. 09.12", "date"),
 L("MobilePay", "product_name")]),

rec("da-email-007", """Emne: Reklamation ordre 2024-55871 – defekt kaffemaskine

Hej Elektronikhuset

Jeg købte en Sage Barista Express (varenr. 9312345678907) den 3. marts for 4.299 kr. Den lækker nu vand. Jeg vil gerne have den repareret eller byttet.

Kvittering vedhæftet. Jeg betalte med Dankort, og ordren blev leveret til min arbejdsplads, men jeg vil gerne have den nye sendt hjem:

Nikolaj Brandstrup
Vesterbrogade 74, 4. th.
1620 København V
Tlf. 22 90 46 17
nbrandstrup@example.org

Mvh
Nikolaj

> Den 8. april skrev Elektronikhuset Kundeservice:
> Tak for din henvendelse. Din sag har fået nummer #RK-30194. Vi vender tilbage inden for 5 hverdage.
> Mvh Christina, Kundeservice""",
[name("Nikolaj Brandstrup"), addr("Vesterbrogade 74, 4. th.", "Vesterbrogade 74"), pc("1620 København V", "1620"), phone("22 90 46 17"),
 email("nbrandstrup@example.org"), name("Christina"), name("Nikolaj")],
[L("2024-55871", "order_number"), L("Sage Barista Express", "product_name"), L("9312345678907", "ean"), L("3. marts", "date"),
 L("4.299 kr.", "price"), L("#RK-30194", "ticket_number"), L("5 hverdage", "quantity")]),

rec("da-email-008", """Fra: Nuka Petersen <nuka.p@example.gl>
Til: Udlejning – Boligselskabet INI-Nord
Emne: Opsigelse af lejemål

Aluu / Hej

Jeg opsiger hermed mit lejemål i Nuuk med 3 måneders varsel pr. 1. december 2024. Jeg flytter til Danmark for at studere.

Lejer: Nuka Petersen
Adresse: Qernertuarsuit 14, lejl. 203, 3900 Nuuk
CPR: 120501-3417
Telefon: +299 52 83 16

Depositum på 9.600 kr. bedes indsat på GL85 0599 8199 1895 59.

Min nye adresse fra december: c/o Naja Kleist, Rughavevej 6, 2700 Brønshøj.

Qujanaq / Tak
Nuka""",
[name("Nuka Petersen"), email("nuka.p@example.gl"), addr("Qernertuarsuit 14, lejl. 203, 3900 Nuuk", "Qernertuarsuit 14", "3900 Nuuk"),
 nid("120501-3417", "cpr"), phone("+299 52 83 16"), iban("GL85 0599 8199 1895 59"), name("Naja Kleist"),
 addr("Rughavevej 6, 2700 Brønshøj", "Rughavevej 6", "2700 Brønshøj")],
[L("Boligselskabet INI-Nord", "company_name"), L("3 måneders varsel", "quantity"), L("1. december 2024", "date"), L("9.600 kr.", "price"),
 L("Danmark", "location")]),
]
