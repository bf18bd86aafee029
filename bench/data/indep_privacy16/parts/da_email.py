"""Danish e-mails (8), incl. Faroese and Greenlandic senders.
Written by hand; all personal data made up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import email, handle, la, name, only, pii, rec  # noqa: E402

RECORDS = []

# 001 home insurance, bike theft, reply with > quote
RECORDS.append(rec("da-email-001", """
Fra: Lars Winkel <lars.winkel@example.com>
Sendt: 3. april 2024 22:18
Til: Skade - Forsikring Nord <skade@forsikringnord.example>
Emne: SV: Din anmeldelse af cykeltyveri - skadenr. 24-77120

Hej Gitte

Tak for hurtigt svar. Her er de oplysninger, I mangler:

Cyklen er en Kildemoes Logic 8, stelnummer WKV1820347, købt hos Cykelhandler Jørgensen i maj 2022 for 7.499 kr. Kvitteringen er vedhæftet.

Politiets journalnummer er 0300-84120-00417-24.

Cyklen var låst med ringlås og kædelås i cykelkælderen under Humlebækgade 31, 2200 København N, natten til mandag. Min datter, Ellen, opdagede det, da hun skulle i skole.

Erstatningen må gerne udbetales til min NemKonto. Mit CPR-nr. er 220780-0247, hvis I skal bruge det.

Min kone, Sofie Winkel, har også en cykel i kælderen, men den blev ikke taget.

Mvh
Lars Winkel
Tlf. 28 40 51 93

> Den 3. apr. 2024 kl. 09.14 skrev Forsikring Nord <skade@forsikringnord.example>:
>
> Kære Lars Winkel
>
> Vi har modtaget din anmeldelse af cykeltyveri. For at behandle sagen har vi brug for:
> - cyklens mærke og stelnummer
> - kvittering for købet
> - politiets journalnummer
>
> Venlig hilsen
> Gitte Thorsen
> Skadeafdelingen, Forsikring Nord
""", [
    name("Lars Winkel"),
    email("lars.winkel@example.com"),
    name("Gitte Thorsen"),
    only("address", "Humlebækgade 31, 2200 København N", "Humlebækgade 31", "2200"),
    name("Ellen"),
    pii("national_id", "220780-0247"),
    name("Sofie Winkel"),
    pii("phone", "28 40 51 93"),
], [
    la("claim_number", "24-77120"),
    la("product_name", "Kildemoes Logic 8"),
    la("serial_number", "WKV1820347"),
    la("shop_name", "Cykelhandler Jørgensen"),
    la("date", "maj 2022"),
    la("price", "7.499 kr."),
    la("case_number", "0300-84120-00417-24"),
]))

# 002 school office forwards a parent's mail to the class teacher (Outlook VS:)
RECORDS.append(rec("da-email-002", """
Fra: Skolekontoret, Engskolen <kontor@engskolen.example>
Sendt: 9. september 2024 08:31
Til: Anne Dahl Frandsen <adf@engskolen.example>
Emne: VS: Allergi - Viggo i 2.B

Hej Anne

Videresender fra mor til Viggo. Kan du give besked til SFO og madordningen?

Hilsen Pia
Skolesekretær, Engskolen

-------- Oprindelig meddelelse --------
Fra: Rikke Bonde <rikke.bonde@example.net>
Dato: 8. september 2024 kl. 21.47
Til: kontor@engskolen.example
Emne: Allergi - Viggo i 2.B

Hej

Vores søn Viggo Bonde Lassen (2.B, CPR 140516-9265) har fået konstateret nøddeallergi og har fået en EpiPen Junior (0,15 mg), som ligger i hans taske. Han må ikke få noget med nødder, heller ikke spor. Vi har udfyldt medicinskemaet og afleverer det i morgen.

Hvis der sker noget, så ring til mig på 22 64 18 90 eller til hans far, Simon Lassen, på 31 09 72 45. Vi bor på Engtoften 6, 5260 Odense S, så vi er der hurtigt.

Mvh Rikke Bonde
""", [
    name("Anne Dahl Frandsen"),
    email("adf@engskolen.example"),
    name("Pia"),
    name("Rikke Bonde"),
    email("rikke.bonde@example.net"),
    name("Viggo Bonde Lassen"),
    pii("national_id", "140516-9265"),
    pii("phone", "22 64 18 90"),
    name("Simon Lassen"),
    pii("phone", "31 09 72 45"),
    only("address", "Engtoften 6, 5260 Odense S", "Engtoften 6", "5260"),
], [
    la("company_name", "Engskolen"),
    la("course_code", "2.B"),
    la("product_name", "EpiPen Junior"),
    la("quantity", "0,15 mg"),
    la("company_name", "SFO"),
    la("date", "9. september 2024 08:31"),
]))

# 003 Greenlandic tenant gives notice, reply on top
RECORDS.append(rec("da-email-003", """
Fra: Illuut Bolig - Udlejning <udlejning@illuutbolig.example>
Til: Kunuk Heilmann <kunuk.heilmann@example.org>
Emne: SV: Opsigelse af lejemål 2201-0341 og tilbagebetaling af depositum

Kære Kunuk

Tak for din opsigelse, som vi har registreret til fraflytning pr. 31. juli 2024. Flyttesynet er aftalt til mandag den 29. juli kl. 10.00 med vores ejendomsfunktionær, Nukaaka Petersen. Depositum udbetales, når flytteopgørelsen er færdig, normalt inden for 6 uger.

Med venlig hilsen
Inge-Lise Berthelsen
Udlejningsafdelingen, Illuut Bolig A/S

-----Oprindelig meddelelse-----
Fra: Kunuk Heilmann <kunuk.heilmann@example.org>
Sendt: 12. juni 2024 19:40
Til: udlejning@illuutbolig.example
Emne: Opsigelse af lejemål 2201-0341 og tilbagebetaling af depositum

Kære Illuut Bolig

Hermed opsiger jeg og min samlever, Paninnguaq Olsen, lejemål 2201-0341, Qernertunnguit 12, lejl. 201, 3900 Nuuk, til fraflytning pr. 31. juli 2024. Vi flytter til Danmark, og vores nye adresse bliver Trøjborgvej 48, st. tv., 8200 Aarhus N.

Depositum på 18.600 kr. bedes indbetalt på GL90 6471 5448 2153 17 (Kunuk Heilmann).

Mit CPR-nr. er 011286-3761. Jeg kan træffes på +299 22 41 85 indtil 31/7, derefter på +45 61 74 20 93.

Med venlig hilsen
Kunuk Heilmann
""", [
    name("Kunuk Heilmann"),
    email("kunuk.heilmann@example.org"),
    name("Nukaaka Petersen"),
    name("Inge-Lise Berthelsen"),
    name("Paninnguaq Olsen"),
    only("address", "Qernertunnguit 12, lejl. 201, 3900 Nuuk", "Qernertunnguit 12", "3900"),
    only("address", "Trøjborgvej 48, st. tv., 8200 Aarhus N", "Trøjborgvej 48", "8200"),
    pii("iban", "GL90 6471 5448 2153 17"),
    pii("national_id", "011286-3761"),
    pii("phone", "+299 22 41 85"),
    pii("phone", "+45 61 74 20 93"),
], [
    la("contract_number", "2201-0341"),
    la("date", "31. juli 2024"),
    la("date", "mandag den 29. juli kl. 10.00"),
    la("duration", "6 uger"),
    la("price", "18.600 kr."),
    la("company_name", "Illuut Bolig A/S"),
    la("date", "31/7"),
]))

# 004 furniture web shop complaint, "Sendt fra min iPhone", forwarded confirmation
RECORDS.append(rec("da-email-004", """
Fra: Bodil Ravn <bodil.ravn@example.com>
Til: kundeservice@bolighjem.example
Emne: Reklamation - ordre 100488213

Hej

Jeg har købt en sofa hos jer (Sofa Karen 3-pers.), som blev leveret 12. april. Allerede nu er sømmen gået op på armlænet. Jeg vedhæfter billeder.

Jeg vil gerne have den repareret eller byttet. Jeg er hjemme de fleste formiddage, ellers kan min nabo Erling på Tjørnevej 16 lukke jer ind. Det er min datter, Ulla Ravn, der har bestilt den for mig, så I kan også skrive til hende på ulla.ravn@example.net.

Venlig hilsen
Bodil Ravn
Tlf. 86 14 27 39

Sendt fra min iPhone

Start på videresendt besked:

Fra: BoligHjem <ordre@bolighjem.example>
Dato: 2. april 2024 kl. 14.05.33 CEST
Til: bodil.ravn@example.com
Emne: Tak for din ordre 100488213

Hej Bodil

Ordrenummer: 100488213
1 x Sofa Karen 3-pers., stof Grå Melange     8.995,00 kr.
Levering til døren                             299,00 kr.
I alt                                        9.294,00 kr.

Leveringsadresse:
Bodil Ravn
Tjørnevej 14
8600 Silkeborg
""", [
    name("Bodil Ravn"),
    email("bodil.ravn@example.com"),
    name("Erling"),
    only("address", "Tjørnevej 16", "Tjørnevej 16"),
    name("Ulla Ravn"),
    email("ulla.ravn@example.net"),
    pii("phone", "86 14 27 39"),
    only("address", "Tjørnevej 14\n8600 Silkeborg", "Tjørnevej 14", "8600"),
], [
    la("order_number", "100488213"),
    la("product_name", "Sofa Karen 3-pers."),
    la("date", "12. april"),
    la("product_name", "Grå Melange"),
    la("price", "8.995,00 kr."),
    la("price", "9.294,00 kr."),
    la("company_name", "BoligHjem"),
]))

# 005 employee to HR: sick leave, address and next of kin; company footer
RECORDS.append(rec("da-email-005", """
Fra: Sanne Østergaard <sanne.oestergaard@example.com>
Sendt: mandag 22. april 2024 07:12
Til: Mette Bruun <mbr@grafisktryk.example>
Emne: Sygemelding + nye oplysninger

Hej Mette

Jeg er desværre blevet sygemeldt af min læge resten af uge 17 (22.-26. april) efter en mindre operation. Lægeerklæringen kommer med posten.

Samtidig vil jeg gerne opdatere mine oplysninger i lønsystemet (medarbejdernr. 3381):
- Ny adresse: Skolevej 5B, 4600 Køge
- Nyt mobilnummer: 51 84 20 73
- Ny lønkonto: reg. 5301, konto 4766722161
- Pårørende: min bror, Kristian Østergaard, tlf. 42 70 19 58

Mit CPR-nummer er 140591-2096, hvis I skal bruge det til sygedagpengeanmeldelsen.

Når jeg kommer tilbage, kan jeg godt tage en ekstra vagt i uge 19.

Venlig hilsen
Sanne Østergaard
Trykker, Grafisk Tryk A/S

--
Grafisk Tryk A/S · Industrivej 40 · 4600 Køge
Denne e-mail kan indeholde fortrolige oplysninger. Hvis du har modtaget den ved en fejl, bedes du slette den.
""", [
    name("Sanne Østergaard"),
    email("sanne.oestergaard@example.com"),
    name("Mette Bruun"),
    email("mbr@grafisktryk.example"),
    only("address", "Skolevej 5B, 4600 Køge", "Skolevej 5B"),
    pii("phone", "51 84 20 73"),
    only("iban", "reg. 5301, konto 4766722161", "4766722161"),
    name("Kristian Østergaard"),
    pii("phone", "42 70 19 58"),
    pii("national_id", "140591-2096"),
], [
    la("date", "uge 17"),
    la("date", "22.-26. april"),
    la("customer_number", "3381"),
    la("date", "uge 19"),
    la("company_name", "Grafisk Tryk A/S"),
    la("date", "mandag 22. april 2024 07:12"),
]))

# 006 hospital outpatient clinic, patient moves appointment, CPR in subject
RECORDS.append(rec("da-email-006", """
Fra: Ortopædkirurgisk Ambulatorium, Regionshospitalet Vestby <ortopaedi.vestby@region.example>
Til: grethe.villadsen@example.net
Emne: SV: Flytning af tid - 030357-2104

Kære Grethe Villadsen

Vi har flyttet din tid til fredag den 24. maj kl. 13.15 i Ambulatorium O2, indgang 4. Vi har også rettet din adresse i vores system.

Bemærk: Send venligst ikke CPR-nummer eller helbredsoplysninger med almindelig e-mail. Brug i stedet sundhed.dk eller ring til os.

Med venlig hilsen
Tina Bak, lægesekretær
Ortopædkirurgisk Ambulatorium

> Fra: Grethe Villadsen <grethe.villadsen@example.net>
> Sendt: 6. maj 2024 15:30
> Emne: Flytning af tid - 030357-2104
>
> Goddag
>
> Jeg har fået en indkaldelse til kontrol af mit knæ tirsdag den 14. maj kl. 10.45, men den blev sendt til min gamle adresse, Lindevej 3 i Holstebro. Jeg bor nu på Åbrinken 11, 7500 Holstebro.
>
> Den 14. maj er min mand, Poul Villadsen, som kører mig, desværre indlagt, så jeg vil gerne flytte tiden til en dag i uge 21.
>
> I kan ringe til mig på 97 42 18 65.
>
> Venlig hilsen
> Grethe Villadsen
""", [
    name("Grethe Villadsen"),
    email("grethe.villadsen@example.net"),
    pii("national_id", "030357-2104"),
    name("Tina Bak"),
    only("address", "Lindevej 3 i Holstebro", "Lindevej 3"),
    only("address", "Åbrinken 11, 7500 Holstebro", "Åbrinken 11", "7500"),
    name("Poul Villadsen"),
    pii("phone", "97 42 18 65"),
], [
    la("date", "fredag den 24. maj kl. 13.15"),
    la("room_number", "Ambulatorium O2"),
    la("room_number", "indgang 4"),
    la("date", "tirsdag den 14. maj kl. 10.45"),
    la("date", "uge 21"),
    la("url", "sundhed.dk"),
    la("company_name", "Regionshospitalet Vestby"),
]))

# 007 district heating, change of ownership from estate agent, reply on top
RECORDS.append(rec("da-email-007", """
Fra: Fjernvarme Syd Kundeservice <kundeservice@fjernvarmesyd.example>
Til: Lene Mathiesen <lm@bolighusetmaegler.example>
Emne: SV: Ejerskifte - Rosenvænget 22, 6000 Kolding - overtagelse 1. juni 2024

Kære Lene

Tak for oplysningerne. Vi sender slutopgørelsen til sælgerne på deres nye adresse, og køber oprettes som ny kunde med kundenr. 55813 fra overtagelsesdagen. Aflæsningen på 184,62 MWh er registreret.

Venlig hilsen
Morten Skaarup
Kundeservice, Fjernvarme Syd

-----Oprindelig meddelelse-----
Fra: Lene Mathiesen <lm@bolighusetmaegler.example>
Sendt: 28. maj 2024 11:02
Til: kundeservice@fjernvarmesyd.example
Emne: Ejerskifte - Rosenvænget 22, 6000 Kolding - overtagelse 1. juni 2024

Hej

Hermed meddelelse om ejerskifte på Rosenvænget 22, 6000 Kolding (forbrugernr. 400-118-22).

Sælger: Birgitte og Ole Damgaard
Sælgers nye adresse: Slotsgade 3, 1. tv., 6000 Kolding
Køber: Mohammed Al-Sayed, tlf. 20 58 14 73, mohammed.alsayed@example.com
Overtagelsesdato: 1. juni 2024
Måler nr. 7740123 er aflæst ved overdragelsen: 184,62 MWh

Med venlig hilsen
Lene Mathiesen
Ejendomsmægler, Bolighuset Mægler
""", [
    name("Lene Mathiesen"),
    email("lm@bolighusetmaegler.example"),
    only("address", "Rosenvænget 22, 6000 Kolding", "Rosenvænget 22", "6000"),
    only("name", "Birgitte og Ole Damgaard", "Birgitte", "Ole", "Damgaard"),
    only("address", "Slotsgade 3, 1. tv., 6000 Kolding", "Slotsgade 3", "6000"),
    name("Mohammed Al-Sayed"),
    pii("phone", "20 58 14 73"),
    email("mohammed.alsayed@example.com"),
    name("Morten Skaarup"),
], [
    la("customer_number", "55813"),
    la("meter_reading", "184,62 MWh"),
    la("customer_number", "400-118-22"),
    la("meter_number", "7740123"),
    la("date", "1. juni 2024"),
    la("company_name", "Fjernvarme Syd"),
    la("company_name", "Bolighuset Mægler"),
]))

# 008 Faroese student writes to student housing office, reply on top
RECORDS.append(rec("da-email-008", """
Fra: Kollegiekontoret <info@kollegiekontoret.example>
Til: Marjun Poulsen <marjun.poulsen@example.com>
Emne: SV: Indflytning og depositum - ansøgernr. K-2024-11873

Hej Marjun

Ja, du kan sagtens betale depositum fra en færøsk konto. Husk at skrive dit ansøgernummer i tekstfeltet. Nøgleudlevering er 28. august kl. 12-15 på Amagerkollegiet Syd, værelse 4.12.

Venlig hilsen
Jeppe
Kollegiekontoret

Den 2. juli 2024 kl. 21.05 skrev Marjun Poulsen <marjun.poulsen@example.com>:
> Hej
>
> Jeg starter på universitetet i september og har fået tilbudt værelse 4.12 på Amagerkollegiet Syd. Jeg bor stadig på Færøerne indtil 20. august: Gøtuvegur 7, FO-510 Gøta. Mit færøske nummer er +298 51 22 84, jeg får et dansk nummer senere.
>
> Jeg har fået dansk CPR-nummer: 191002-9300.
>
> Kan jeg betale depositum på 12.400 kr. fra min færøske konto? Den er FO87 6460 5435 1891 01.
>
> Hvis I ikke kan få fat i mig, er min mor, Sólrun Poulsen, kontaktperson (solrun.p@example.net).
>
> Vinarliga / Venlig hilsen
> Marjun Poulsen
""", [
    name("Marjun Poulsen"),
    email("marjun.poulsen@example.com"),
    name("Jeppe"),
    only("address", "Gøtuvegur 7, FO-510 Gøta", "Gøtuvegur 7", "FO-510"),
    pii("phone", "+298 51 22 84"),
    pii("national_id", "191002-9300"),
    pii("iban", "FO87 6460 5435 1891 01"),
    name("Sólrun Poulsen"),
    email("solrun.p@example.net"),
], [
    la("reference", "K-2024-11873"),
    la("date", "28. august kl. 12-15"),
    la("company_name", "Amagerkollegiet Syd"),
    la("room_number", "værelse 4.12"),
    la("date", "20. august"),
    la("price", "12.400 kr."),
]))
