from _lib import p, rec

RECORDS = [

rec("da-email-001", """
Fra: Susanne Kragh <susanne.kragh@example.dk>
Sendt: 4. marts 2024 22:13
Til: Kundeservice Nordlys <kundeservice@nordlys.example.dk>
Emne: SV: Din henvendelse om slutopgørelse (sag 24-KS-08812)

Hej Morten

Tak for svaret, men det er stadig ikke rigtigt. Jeg flyttede ud af Ringkøbingvej 7, 6950 Ringkøbing den 31. december, og ny lejer overtog 1. januar. Alligevel har I opkrævet mig for januar og februar, i alt 2.318,75 kr.

Jeg har vedhæftet overtagelsesrapporten, hvor både jeg og udlejer (Bjarne Søgaard) har skrevet under, og hvor måleren står på 22.918.

Pengene bedes sat ind på min konto: reg.nr. 7780, kontonr. 4214839527.

Min nye adresse er Strandvejen 55, 1. tv., 6960 Hvide Sande, og mit nummer er 28 14 55 90.

Venlig hilsen
Susanne Kragh
Kundenr. 5500718201

-----Oprindelig meddelelse-----
Fra: Kundeservice Nordlys <kundeservice@nordlys.example.dk>
Sendt: 1. marts 2024 11:02
Til: susanne.kragh@example.dk
Emne: Din henvendelse om slutopgørelse (sag 24-KS-08812)

> Kære Susanne Kragh
>
> Tak for din henvendelse. Vi har ikke modtaget en flyttemeddelelse fra den nye lejer, og derfor står
> målepunktet stadig i dit navn. Vi har brug for dokumentation for overtagelsen.
>
> Med venlig hilsen
> Morten Ibsen
> Kundeservice
> Nordlys Energi A/S · Havnegade 1 · 8000 Aarhus C · tlf. 70 10 20 30 · CVR 12345678
""", [
    p("Susanne Kragh", "name"),
    p("susanne.kragh@example.dk", "email"),
    p("Morten Ibsen", "name", add=["Morten"]),
    p("Ringkøbingvej 7, 6950 Ringkøbing", "address", mns=["Ringkøbingvej 7", "6950 Ringkøbing"]),
    p("Bjarne Søgaard", "name"),
    p("reg.nr. 7780, kontonr. 4214839527", "iban", mns=["4214839527", "7780"]),
    p("Strandvejen 55, 1. tv., 6960 Hvide Sande", "address", mns=["Strandvejen 55", "6960 Hvide Sande"]),
    p("28 14 55 90", "phone"),
], [
    ("24-KS-08812", "case_number"), ("31. december", "date"), ("2.318,75 kr.", "price"), ("22.918", "meter_reading"),
    ("5500718201", "customer_number"), ("1. marts 2024 11:02", "timestamp"),
]),

rec("da-email-002", """
Emne: VS: Skimmelsvamp i badeværelset
Fra: Rune Laursen <rune.laursen@example.net>
Dato: man. 11. mar. 2024 kl. 08.20
Til: Boligforeningen Vesterport <drift@bf-vesterport.example.dk>

Hej

Jeg videresender lige mailen fra vores varmemester, da han siger, at sagen skal gå gennem administrationen. Vi har nu haft skimmel i 4 måneder, og vores datter Karla på 2 år hoster hele tiden. Vores læge, Hans-Henrik Bang, har skrevet en erklæring, som jeg gerne sender.

Lejemål nr. 1204-0331, Tingvej 14, st. th., 8800 Viborg.
Telefon 22 78 30 61.

Mvh Rune

---------- Videresendt meddelelse ----------
Fra: Kim Bertelsen <varmemester.tingvej@example.dk>
Dato: fre. 8. mar. 2024 kl. 14.47
Emne: Skimmelsvamp i badeværelset
Til: Rune Laursen <rune.laursen@example.net>

Hej Rune

Jeg har målt fugt i badeværelset i dag: 78 % ved loftet og 64 % ved vinduet. Det er for højt. Problemet skyldes nok ventilationen, som deles med naboen ovenpå, Hatice Yıldız i 1. th. Jeg har også set skimmel hos hende.
Det skal gå videre til administrationen, som skal bestille en skimmelsvampe-rapport. Det tager normalt 2-3 uger.

Hilsen Kim
Varmemester, afd. 12
""", [
    p("Rune Laursen", "name"),
    p("rune.laursen@example.net", "email"),
    p("Karla", "name"),
    p("Hans-Henrik Bang", "name"),
    p("Tingvej 14, st. th., 8800 Viborg", "address", mns=["Tingvej 14", "8800 Viborg"]),
    p("22 78 30 61", "phone"),
    p("Kim Bertelsen", "name"),
    p("varmemester.tingvej@example.dk", "email"),
    p("Hatice Yıldız", "name"),
], [
    ("4 måneder", "duration"), ("Lejemål nr. 1204-0331", "contract_number"), ("78 %", "percentage"),
    ("64 %", "percentage"), ("2-3 uger", "duration"), ("afd. 12", "department"),
]),

rec("da-email-003", """
Fra: Pia Kofoed <skade@trygheden.example.dk>
Sendt: onsdag 13. marts 2024 10:41
Til: claus.eriksen@example.com
Emne: SV: Indbrud - skadenr. 24-681002

Kære Claus Eriksen

Tak for din anmeldelse og politiets journalnummer (3700-80121-00411-24). For at kunne behandle sagen har jeg brug for kvitteringer eller andre beviser for følgende genstande:
- MacBook Air 13" (anslået 8.999 kr.)
- Georg Jensen armbånd (anslået 3.450 kr.)
- 2 stk. Royal Copenhagen-vaser

Selvrisikoen er 2.000 kr. Erstatningen udbetales til din NemKonto.

Med venlig hilsen
Pia Kofoed
Skadebehandler, Indbo
Trygheden Forsikring · Strandboulevarden 100 · 2100 København Ø · 70 20 30 40

-----Oprindelig meddelelse-----
Fra: Claus Eriksen <claus.eriksen@example.com>
Sendt: mandag 11. marts 2024 19:55
Til: skade@trygheden.example.dk
Emne: Indbrud

Hej

Der har været indbrud i vores hus på Lindevej 23, 3400 Hillerød, mens vi var på ferie i uge 10. Naboen, Gitte Mørch, opdagede at terrassedøren var brudt op.
Mit CPR er 161047-9116 og min kone Annelise er medforsikret. Min NemKonto er DK45 7780 4214 8395 27.
Telefon 48 26 17 30 eller mobil 20 88 14 62.

Venlig hilsen Claus
""", [
    p("Pia Kofoed", "name"),
    p("claus.eriksen@example.com", "email"),
    p("Claus Eriksen", "name"),
    p("Lindevej 23, 3400 Hillerød", "address", mns=["Lindevej 23", "3400 Hillerød"]),
    p("Gitte Mørch", "name"),
    p("161047-9116", "national_id", scheme="cpr"),
    p("Annelise", "name"),
    p("DK45 7780 4214 8395 27", "iban", scheme="iban"),
    p("48 26 17 30", "phone"),
    p("20 88 14 62", "phone"),
], [
    ("24-681002", "claim_number"), ("3700-80121-00411-24", "police_reference"), ('MacBook Air 13"', "product"),
    ("Georg Jensen armbånd", "product"), ("Royal Copenhagen-vaser", "product"), ("2.000 kr.", "price"),
    ("uge 10", "date"),
]),

rec("da-email-004", """
From: Thomas Schou Damgaard <tsd@example.net>
To: Skatterådgivning Midt <post@skatmidt.example.dk>
Date: 2024-03-17 21:05
Subject: Årsopgørelse 2023 - fradrag for dobbelt husførelse

Hej Lise

Som aftalt på telefonen sender jeg oplysningerne til årsopgørelsen for 2023:

Mig: Thomas Schou Damgaard, CPR 010868-6118
Min hustru: Rikke Damgaard, CPR 170772-5126
Vores datter: Asta Damgaard, CPR 020499-8700 (hun studerer i København, men har stadig adresse hjemme hos os)

Jeg har arbejdet i Esbjerg mandag-torsdag hele året og har haft en lejlighed på Kongensgade 72, 2. sal, 6700 Esbjerg, mens familien bor på Hovedgaden 9, 8660 Skanderborg. Husleje i Esbjerg: 5.400 kr./md. Befordring: 2 x 186 km om ugen.

Overskydende skat skal gå til NemKonto DK21 9570 7410 8100 99.

Mvh Thomas
Mobil 40 71 22 96

Skatterådgivning Midt ApS · Søndergade 1 · 8600 Silkeborg · CVR 87654321
""", [
    p("Thomas Schou Damgaard", "name"),
    p("tsd@example.net", "email"),
    p("Lise", "name"),
    p("010868-6118", "national_id", scheme="cpr"),
    p("Rikke Damgaard", "name"),
    p("020499-8700", "national_id", scheme="cpr"),
    p("170772-5126", "national_id", scheme="cpr"),
    p("Asta Damgaard", "name"),
    p("Kongensgade 72, 2. sal, 6700 Esbjerg", "address", mns=["Kongensgade 72", "6700 Esbjerg"]),
    p("Hovedgaden 9, 8660 Skanderborg", "address", mns=["Hovedgaden 9", "8660 Skanderborg"]),
    p("DK21 9570 7410 8100 99", "iban", scheme="iban"),
    p("40 71 22 96", "phone"),
], [
    ("Årsopgørelse 2023", "document"), ("mandag-torsdag", "date"), ("5.400 kr./md", "price"),
    ("2 x 186 km om ugen", "quantity"), ("2024-03-17 21:05", "timestamp"), ("fradrag for dobbelt husførelse", "term"),
]),

rec("da-email-005", """
Fra: Kristian (DanHost Sikkerhed) <sikkerhed@danhost.example.dk>
Til: Lene Brix <lene@brix-keramik.example.dk>
Dato: 6. marts 2024 09:12
Emne: [SEC-20240306-02] Mistænkelig adgang til din webshop-database

Hej Lene

Vi har registreret, at nogen har hentet en eksport af kundetabellen fra din webshop (brix-keramik.example.dk) i nat. Uddrag af loggen:

  2024-03-06 02:41:17 GET /admin/export.php?table=customers  200  ip=203.0.113.207  user=lene_admin
  2024-03-06 02:41:19 GET /admin/export.php?table=orders     200  ip=203.0.113.207  user=lene_admin
  2024-03-05 17:03:55 POST /admin/login.php                   200  ip=192.0.2.18     user=lene_admin

Login kl. 17.03 var fra din sædvanlige IP (192.0.2.18). Login kl. 02.41 var fra en IP, vi ikke har set før. Eksporten indeholdt 1.318 rækker, bl.a. disse kunder, som vi bemærkede i det uddrag, angriberen testede med:
  jytte.bonde@example.com, Jytte Bonde, Skolegade 3, 7500 Holstebro
  per.kvist@example.net, Per Kvist, tlf. 51 22 90 43

Vi har nulstillet adgangskoden til brugeren lene_admin og blokeret IP'en. Da der er tale om persondata, skal du vurdere, om hændelsen skal anmeldes til Datatilsynet inden for 72 timer.

Venlig hilsen
Kristian
DanHost A/S, sikkerhedsteamet
""", [
    p("Lene Brix", "name"),
    p("lene@brix-keramik.example.dk", "email"),
    p("203.0.113.207", "ip"),
    p("lene_admin", "username"),
    p("192.0.2.18", "ip"),
    p("jytte.bonde@example.com", "email"),
    p("Jytte Bonde", "name"),
    p("Skolegade 3, 7500 Holstebro", "address", mns=["Skolegade 3", "7500 Holstebro"]),
    p("per.kvist@example.net", "email"),
    p("Per Kvist", "name"),
    p("51 22 90 43", "phone"),
    p("Kristian", "name"),
], [
    ("SEC-20240306-02", "ticket_number"), ("1.318 rækker", "quantity"), ("72 timer", "duration"),
    ("GET /admin/export.php?table=customers", "log_fragment"), ("kl. 02.41", "time"), ("Datatilsynet", "authority"),
]),

rec("da-email-006", """
Fra: Jan Petersen <jan.petersen.flensborg@example.com>
Til: ordre@nordisk-design.example.dk
Dato: 8. marts 2024 kl. 16:29
Emne: Ordre 118-55402 - knust vase og forkert moms

Goddag

Jeg er en del af det danske mindretal i Flensborg og handler tit hos jer. Denne gang er det gået galt:

1) Kähler-vasen (varenr. KH-10882, 349 kr.) var knust ved levering. Billede vedhæftet.
2) I har opkrævet dansk moms på 25 %, men ordren er leveret til Tyskland, så der skal være tysk moms.

Leveringsadressen var:
Jan Petersen
Friesische Straße 88
24937 Flensburg

Refusion bedes overført til DE72 2175 0000 4754 7475 44 (Nord-Ostsee Sparkasse). Min kone, Elke Petersen, har en konto i Danmark, men den bruger vi ikke til dette. Pakken blev i øvrigt modtaget af vores nabo, Hauke Jessen, som kan bekræfte, at kassen var mast.

Jeg kan træffes på +49 461 318 4402 hverdage efter kl. 16.

Med venlig hilsen / Mit freundlichen Grüßen
Jan Petersen

> Den 5. mar. 2024 skrev Nordisk Design:
> Tak for din ordre 118-55402! 2 stk. Bodum-kaffepresser og 1 stk. Kähler-vase sendes med DAO inden for 3-5 hverdage.
> Nordisk Design ApS · Vestergade 30 · 5000 Odense C · +45 66 11 22 33
""", [
    p("Jan Petersen", "name"),
    p("jan.petersen.flensborg@example.com", "email"),
    p("Friesische Straße 88\n24937 Flensburg", "address", mns=["Friesische Straße 88", "24937"]),
    p("DE72 2175 0000 4754 7475 44", "iban", scheme="iban"),
    p("Elke Petersen", "name"),
    p("+49 461 318 4402", "phone"),
    p("Hauke Jessen", "name"),
], [
    ("118-55402", "order_number"), ("Kähler-vasen", "product"), ("KH-10882", "article_number"), ("349 kr.", "price"),
    ("25 %", "percentage"), ("Bodum-kaffepresser", "product"), ("3-5 hverdage", "duration"),
]),

rec("da-email-007", """
From: Ivalu Kleist <ivalu.kleist@example.com>
To: Kollegiekontoret <bolig@kollegiekontoret.example.dk>
Cc: Naja Kleist <naja.k@example.net>
Date: Tue, 5 Mar 2024 23:48:10 -0300
Subject: Ansøgning om kollegieværelse - KA-2024-0877

Kære kollegiekontor

Jeg søger et kollegieværelse fra semesterstart 2. september, hvor jeg starter på sygeplejerskeuddannelsen i Aarhus. Jeg kommer fra Sisimiut og har ingen familie i Danmark.

Mine oplysninger:
Navn: Ivalu Kleist
CPR: 120305-4418
Adresse: Aqqusinersuaq 4, 3911 Sisimiut, Grønland
Telefon: +299 86 43 21

Min mor, Naja Kleist, står som kontaktperson og betaler depositum. Hendes telefon er +299 55 90 17.

Jeg har set, at et værelse på 18 m² koster ca. 3.150 kr. om måneden. Er ventetiden stadig 6-8 uger?
Jeg har også søgt boligstøtte; min sagsbehandler i kommunen hedder Aputsiaq Berthelsen, hvis I skal bruge en udtalelse.

Med venlig hilsen / Inussiarnersumik inuulluaqqusillunga
Ivalu
""", [
    p("Ivalu Kleist", "name"),
    p("ivalu.kleist@example.com", "email"),
    p("Naja Kleist", "name"),
    p("naja.k@example.net", "email"),
    p("120305-4418", "national_id", scheme="cpr"),
    p("Aqqusinersuaq 4, 3911 Sisimiut", "address", mns=["Aqqusinersuaq 4", "3911 Sisimiut"]),
    p("+299 86 43 21", "phone"),
    p("+299 55 90 17", "phone"),
    p("Aputsiaq Berthelsen", "name"),
], [
    ("KA-2024-0877", "application_number"), ("2. september", "date"), ("18 m²", "quantity"),
    ("3.150 kr. om måneden", "price"), ("6-8 uger", "duration"), ("Tue, 5 Mar 2024 23:48:10 -0300", "timestamp"),
]),

rec("da-email-008", """
Fra: Erling Vind <erling.vind@example.dk>
Til: Ortopædkirurgisk Ambulatorium <ortopaedi.booking@region-syd.example.dk>
Sendt: 2. marts 2024 07:15
Emne: SV: Indkaldelse til MR-scanning

Goddag

Jeg kan desværre ikke komme den 14. marts kl. 09.30, da jeg skal til min brors begravelse. Kan jeg få en ny tid? Min datter, Dorthe Vind, kører mig, så det skal helst være efter kl. 12. Hun kan kontaktes på 30 62 18 74.

Jeg har ikke noget metal i kroppen, men jeg har fået ny hofte i 2019 på Vejle Sygehus (overlæge Jens Winkel), er det et problem?

Venlig hilsen
Erling Vind
CPR 180365-8464... rettelse: 180356-8464
Tlf. 75 82 33 10

> Kære Erling Vind, cpr.nr. 180356-8464
>
> Du er indkaldt til MR-scanning af venstre knæ torsdag den 14. marts kl. 09.30,
> Afdeling O, indgang 3, 2. sal. Du skal være fastende 6 timer før undersøgelsen.
> Forventet varighed: 45 minutter.
> Henvisende læge: Susanne Friis, Lægehuset Kolding.
>
> Med venlig hilsen
> Ortopædkirurgisk Ambulatorium, Sygehus Lillebælt, Skovvangen 2-8, 6000 Kolding, tlf. 76 36 20 00
""", [
    p("Erling Vind", "name"),
    p("erling.vind@example.dk", "email"),
    p("Dorthe Vind", "name"),
    p("30 62 18 74", "phone"),
    p("Jens Winkel", "name"),
    p("180365-8464", "national_id", scheme="cpr"),
    p("180356-8464", "national_id", scheme="cpr"),
    p("75 82 33 10", "phone"),
    p("Susanne Friis", "name"),
], [
    ("14. marts kl. 09.30", "time"), ("kl. 12", "time"), ("Afdeling O, indgang 3", "location"),
    ("6 timer", "duration"), ("45 minutter", "duration"), ("2019", "year"), ("Lægehuset Kolding", "company"),
]),
]
