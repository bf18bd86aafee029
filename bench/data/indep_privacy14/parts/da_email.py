import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import N, E, P, L, R  # noqa: E402

RECORDS = []

# 001 complaint to a home insurer, quoted reply below
RECORDS.append(R("da-email-001", """Fra: Anette Lykke Brødsgaard <anette.brodsgaard@example.com>
Til: skade@hjemtryg.example
Emne: SV: Afgørelse i skadesag 2024-VS-40981
Dato: 23. april 2024 kl. 21.12

Kære Jakob Winther

Tak for dit svar, men jeg kan ikke acceptere afgørelsen. Vandskaden skyldes ikke manglende vedligeholdelse. Røret blev skiftet i 2022 af VVS-firmaet Poul Erik Madsen ApS, og fakturaen (nr. 22-3318) vedhæfter jeg.

Min underbo, Gitte Rasmussen, kan bekræfte, at det drev ned fra loftet hos hende samme aften, og at der ikke var fugt tidligere.

Jeg beder om, at sagen bliver genvurderet. Erstatningen på 41.600 kr. for nyt gulv bedes indsat på reg.nr. 3149 konto 9646731879.

Med venlig hilsen
Anette Lykke Brødsgaard
Nørre Boulevard 21, 2. th.
6100 Haderslev
Tlf. 24 81 03 97
Police nr. 88-401-227

> Fra: Hjemtryg Skadeafdeling <skade@hjemtryg.example>
> Sendt: 18. april 2024
> Emne: Afgørelse i skadesag 2024-VS-40981
>
> Kære Anette Lykke Brødsgaard
>
> Vi har modtaget rapporten fra vores taksator, Preben Holt, som har besigtiget skaden den 11. april. Det er hans vurdering, at skaden skyldes en langvarig utæthed, og derfor dækker forsikringen ikke, jf. forsikringsbetingelsernes § 8.2.
>
> Med venlig hilsen
> Jakob Winther
> Skadebehandler, Hjemtryg""", [
    N("Anette Lykke Brødsgaard"),
    E("anette.brodsgaard@example.com"),
    N("Jakob Winther"),
    N("Gitte Rasmussen"),
    P("9646731879", "iban", check="iban", digits="DK3531499646731879"),
    P("Nørre Boulevard 21, 2. th.\n6100 Haderslev", "address", "Nørre Boulevard 21", "6100"),
    P("24 81 03 97", "phone"),
    N("Preben Holt"),
], [
    L("2024-VS-40981", "claim_number"),
    L("23. april 2024 kl. 21.12", "date"),
    L("Poul Erik Madsen ApS", "company"),
    L("22-3318", "invoice_number"),
    L("41.600 kr.", "price"),
    L("88-401-227", "policy_number"),
    L("den 11. april", "date"),
    L("§ 8.2", "reference_number"),
]))

# 002 son forwards his father's e-mail to the housing association (Danish forward header)
RECORDS.append(R("da-email-002", """Fra: Jesper Dalgaard <jesper.dalgaard@example.net>
Til: udlejning@boligvest.example
Emne: VS: Fugt i soveværelset

Hej Boligvest

Jeg videresender en mail, min far sendte i februar. Der er stadig ikke sket noget, og han er 84 og har KOL, så fugten er et reelt problem. Jeg har fuldmagt til at tale på hans vegne (vedhæftet).

I kan fange mig på 30 12 84 67 i dagtimerne.

Venlig hilsen
Jesper Dalgaard

---------- Videresendt besked ----------
Fra: Erling Dalgaard <erling.d@example.com>
Dato: tir. 13. feb. 2024 kl. 10.12
Emne: Fugt i soveværelset
Til: <udlejning@boligvest.example>

Til Boligvest

Jeg bor på Rosenvænget 9, st. tv., 6700 Esbjerg (lejemål 2210-114). Efter I fik skiftet vinduerne i efteråret ved firmaet Jensen & Søn, er der kommet sort skimmel på væggen i soveværelset.

Jeg har ringet to gange, men der er ikke kommet nogen. Mit CPR-nummer er 031258-2589 hvis I skal bruge det.

Med venlig hilsen
Erling Dalgaard
Tlf. 75 13 40 28""", [
    N("Jesper Dalgaard"),
    E("jesper.dalgaard@example.net"),
    P("30 12 84 67", "phone"),
    N("Erling Dalgaard"),
    E("erling.d@example.com"),
    P("Rosenvænget 9, st. tv., 6700 Esbjerg", "address", "Rosenvænget 9", "6700"),
    P("031258-2589", "national_id", check="cpr"),
    P("75 13 40 28", "phone"),
], [
    L("Boligvest", "company"),
    L("februar", "date"),
    L("tir. 13. feb. 2024 kl. 10.12", "date"),
    L("2210-114", "contract_number"),
    L("Jensen & Søn", "company"),
    L("to gange", "quantity"),
]))

# 003 citizen e-mails the municipality about housing benefit (CPR, account)
RECORDS.append(R("da-email-003", """Fra: Hussein Abdi <h.abdi@example.com>
Til: borgerservice@horsens-kommune.example
Emne: Boligstøtte - ændring af husstand

Hej

Jeg modtager boligstøtte, og jeg skal melde en ændring. Min svigermor, Amina Warsame, er flyttet ind hos os den 1. marts. Hun har ingen indtægt.

Mine oplysninger:
Navn: Hussein Abdi
CPR: 110879-2945
Adresse: Sundvej 48, 1. mf., 8700 Horsens
Telefon: 52 60 18 34

Jeg har også fået ny bankkonto: reg. 7372 kontonr. 7413779609. Men jeg forstår, at støtten går til NemKonto?

På forhånd tak.
Hussein

-- 
Denne mail er modtaget af Horsens Kommune, Borgerservice. Din henvendelse har fået journalnummer 27.12.00-P20-1-24. Svartid er op til 10 hverdage.""", [
    N("Hussein Abdi"),
    E("h.abdi@example.com"),
    N("Amina Warsame"),
    P("110879-2945", "national_id", check="cpr"),
    P("Sundvej 48, 1. mf., 8700 Horsens", "address", "Sundvej 48", "8700"),
    P("52 60 18 34", "phone"),
    P("7413779609", "iban", check="iban", digits="DK4773727413779609"),
], [
    L("den 1. marts", "date"),
    L("NemKonto", "product"),
    L("Horsens Kommune", "company"),
    L("27.12.00-P20-1-24", "case_number"),
    L("10 hverdage", "duration"),
]))

# 004 pharmacy: repeat prescription, reply on top, sent from phone
RECORDS.append(R("da-email-004", """Emne: SV: Fornyelse af recept

Kære Grethe Lauritsen

Din medicin er klar til afhentning fra torsdag den 9. maj efter kl. 14. Da din nabo, Vagn Sørensen, henter for dig, skal han medbringe dit sundhedskort eller en fuldmagt. Metformin 500 mg er i restordre, så du får 100 stk. af et andet mærke (samme indhold).

Med venlig hilsen
Tina, farmakonomelev
Apoteket ved Torvet

Den 6. maj 2024 kl. 08.12 skrev Grethe Lauritsen <grethe.lauritsen49@example.com>:

> Goddag
>
> Jeg vil gerne bestille mine piller igen: Metformin 500 mg og Enalapril 10 mg.
>
> Grethe Lauritsen
> CPR 030349-1880
> Mølleparken 3, 9700 Brønderslev
> Tlf. 98 82 16 40
>
> Jeg kan ikke selv komme, min nabo Vagn kommer.
>
> Sendt fra min iPad""", [
    N("Grethe Lauritsen"),
    N("Vagn Sørensen"),
    N("Tina"),
    E("grethe.lauritsen49@example.com"),
    P("030349-1880", "national_id", check="cpr"),
    P("Mølleparken 3, 9700 Brønderslev", "address", "Mølleparken 3", "9700"),
    P("98 82 16 40", "phone"),
], [
    L("torsdag den 9. maj", "date"),
    L("kl. 14", "time"),
    L("Metformin 500 mg", "product"),
    L("100 stk.", "quantity"),
    L("Apoteket ved Torvet", "company"),
    L("Den 6. maj 2024 kl. 08.12", "date"),
    L("Enalapril 10 mg", "product"),
]))

# 005 garage: MOT inspection booking, reply on top with Outlook-style header
RECORDS.append(R("da-email-005", """Fra: Autohuset Ole Bang <vaerksted@autohuset-olebang.example>
Til: Lotte Egholm <lotte.egholm@example.org>
Emne: SV: Syn og service

Hej Lotte

Din Toyota Aygo (BK 41 905) er booket til syn og service torsdag den 23. maj kl. 7.30. Prisen er 2.195 kr. inkl. moms og synsgebyr. Hvis vi finder andet, der skal laves, ringer vi til dig på 61 30 27 84, inden vi går i gang.

Det er helt fint, at Maja afleverer bilen — nøglen kan lægges i nøgleboksen ved porten. Arbejdskort nr. 24-5512.

Venlig hilsen
Brian
Autohuset Ole Bang · Værksted og syn

Fra: Lotte Egholm <lotte.egholm@example.org>
Sendt: 13. maj 2024 19:31
Til: vaerksted@autohuset-olebang.example
Emne: Syn og service

Hej

Min bil (Toyota Aygo, BK 41 905) skal synes inden 1. juni. Den har kørt 96.420 km. Kan I også lave et almindeligt service? Jeg bor på Egevej 14 i Ringsted, hvis I har hente-bringe-ordning.

Min datter Maja kan aflevere den.

Mvh Lotte Egholm
61 30 27 84""", [
    N("Lotte Egholm"),
    E("lotte.egholm@example.org"),
    P("BK 41 905", "plate"),
    P("61 30 27 84", "phone"),
    N("Maja"),
    N("Brian"),
    P("Egevej 14", "address"),
], [
    L("Autohuset Ole Bang", "company"),
    L("Toyota Aygo", "product"),
    L("torsdag den 23. maj", "date"),
    L("kl. 7.30", "time"),
    L("2.195 kr.", "price"),
    L("24-5512", "order_number"),
    L("96.420 km", "quantity"),
    L("1. juni", "date"),
]))

# 006 Greenlandic patient referred to Copenhagen; hospitals are look-alikes
RECORDS.append(R("da-email-006", """Til: hjertecentret.ambulatorium@hospital.example
Emne: Ændring af tid - henvist fra Dronning Ingrids Hospital

Goddag

Jeg er blevet henvist fra Dronning Ingrids Hospital i Nuuk til undersøgelse på Rigshospitalet, og jeg har fået tid mandag den 3. juni kl. 10.15 (se nedenfor). Men flyet fra Kangerlussuaq, GL 782, går kun tirsdag og lørdag i juni, så jeg kan først være i København tirsdag aften. Kan tiden flyttes til onsdag den 5. juni eller senere?

Mine oplysninger:
Navn: Kuupik Berthelsen
CPR: 141066-1787... 
Rettelse: 250987-0423 er mit CPR, undskyld, det første var en forkert kopi.
Adresse: Qasapi 14, 3952 Ilulissat
Telefon: +299 94 37 12 / mobil +299 58 41 06

Min kone Nivi Berthelsen rejser med som ledsager, og vi bor på Patienthjemmet under opholdet.

Med venlig hilsen
Kuupik Berthelsen
kuupik.b@example.com

> Rigshospitalet – Hjertecentret, Ambulatorium 2143
> Tid: mandag den 3. juni 2024 kl. 10.15
> Læge: overlæge Susanne Brix
> Mød venligst 15 minutter før.""", [
    N("Kuupik Berthelsen"),
    P("141066-1787", "national_id", check="cpr"),
    P("250987-0423", "national_id", check="cpr"),
    P("Qasapi 14, 3952 Ilulissat", "address", "Qasapi 14", "3952"),
    P("+299 94 37 12", "phone"),
    P("+299 58 41 06", "phone"),
    N("Nivi Berthelsen"),
    E("kuupik.b@example.com"),
    N("Susanne Brix"),
], [
    L("Dronning Ingrids Hospital", "company"),
    L("Rigshospitalet", "company"),
    L("mandag den 3. juni", "date"),
    L("kl. 10.15", "time"),
    L("GL 782", "flight_number"),
    L("onsdag den 5. juni", "date"),
    L("Ambulatorium 2143", "room_number"),
    L("15 minutter", "duration"),
]))

# 007 utility (district heating / water), payment arrangement; organisation footer left unannotated
RECORDS.append(R("da-email-007", """Fra: Dorthe Munk <dorthe.munk1977@example.com>
Til: kundeservice@vestforsyning.example
Emne: Afdragsordning - faktura 800233845

Hej

Jeg har fået en rykker for faktura 800233845 på 6.487,16 kr. for varme og vand. Jeg kan ikke betale det hele på én gang, fordi jeg har været sygemeldt siden marts. Kan jeg få en afdragsordning over 6 måneder?

Jeg har en sagsbehandler i kommunen, Ulla Toft, som gerne må kontaktes.

Dorthe Munk
Kløvermarken 44
7400 Herning
Født 09.09.1977
Mobil 20 91 87 35
Konto: reg. 8036 kontonr. 7559260329

Venlig hilsen
Dorthe

________________________________
Vestforsyning A/S · Forsyningsvej 1 · 7400 Herning · CVR 00000000
Vi har modtaget din mail og svarer inden for 5 hverdage.""", [
    N("Dorthe Munk"),
    E("dorthe.munk1977@example.com"),
    N("Ulla Toft"),
    P("Kløvermarken 44\n7400 Herning", "address", "Kløvermarken 44", "7400"),
    P("09.09.1977", "birth_date"),
    P("20 91 87 35", "phone"),
    P("7559260329", "iban", check="iban", digits="DK6580367559260329"),
], [
    L("800233845", "invoice_number"),
    L("6.487,16 kr.", "price"),
    L("marts", "date"),
    L("6 måneder", "duration"),
    L("5 hverdage", "duration"),
]))

# 008 employee and HR: reply above a quoted Gmail-style message
RECORDS.append(R("da-email-008", """Fra: HR <hr@nordbyg.example>
Til: Mikkel Lund Vestergaard
Emne: SV: Ændring af personoplysninger

Hej Mikkel

Din nye adresse og kontaktperson er registreret. Lønnen går fortsat til din NemKonto, så kontoændringen skal du lave i din bank — vi kan ikke ændre den herfra. Ændringerne slår igennem på lønnen den 28. juni.

Venlig hilsen
Pernille Koch
HR-partner, NordByg A/S

Den tir. 4. jun. 2024 kl. 16.05 skrev Mikkel Lund Vestergaard <mikkel.lv@example.com>:
> Hej HR
>
> Jeg er flyttet og har et par ændringer:
> - Ny adresse: Fasanvej 7, 8900 Randers C
> - Ny konto til løn: reg. 3620 konto 8598271980
> - Kontaktperson ved ulykke: min kæreste Louise Dam, 22 40 87 19
> - Privat mail: mikkel.vestergaard@example.org
>
> Mit mobilnummer er uændret, 31 12 56 70.
>
> Hilsen
> Mikkel
> Formand, byggeplads Havnefronten etape 2""", [
    N("Mikkel Lund Vestergaard"),
    N("Pernille Koch"),
    E("mikkel.lv@example.com"),
    P("Fasanvej 7, 8900 Randers C", "address", "Fasanvej 7", "8900"),
    P("8598271980", "iban", check="iban", digits="DK6236208598271980"),
    N("Louise Dam"),
    P("22 40 87 19", "phone"),
    E("mikkel.vestergaard@example.org"),
    P("31 12 56 70", "phone"),
], [
    L("NemKonto", "product"),
    L("den 28. juni", "date"),
    L("NordByg A/S", "company"),
    L("tir. 4. jun. 2024 kl. 16.05", "date"),
    L("Havnefronten etape 2", "product"),
]))
