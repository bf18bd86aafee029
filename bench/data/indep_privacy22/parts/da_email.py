import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from helpers import A, E, L, N, P, rec  # noqa: E402

RECORDS = [

# ------------------------------------------------------------------ telecom complaint, quoted reply
rec("da-email-001", """
Fra: Jens Peter Vinther <jpvinther@example.dk>
Til: kundeservice@example.dk
Dato: 14. marts 2024 kl. 21.03
Emne: Sv: Din henvendelse (sag 2403-11872)

Kære Marianne Lykke

Tak for svaret, men det løser ikke problemet. Fibernettet på Engtoften 6, 4300 Holbæk har været ustabilt siden januar, og jeg betaler 399 kr. om måneden for 500/500 Mbit, men får sjældent over 40.

Jeg har kontaktet jer 4 gange nu, og min kone Rikke har ringet to gange. Min nabo, Poul Erik Lauridsen, har samme problem, og han har givet mig lov til at nævne det.

Jeg forventer en kompensation. Kundenummer 1004-772-19. I kan ringe på 59 43 12 88 efter kl. 16 eller på min mobil 22 19 84 07.

Venlig hilsen
Jens Peter Vinther

Den 12. mar. 2024 kl. 10.14 skrev Kundeservice <kundeservice@example.dk>:
> Kære Jens Peter
>
> Tak for din henvendelse. Vi har genstartet din forbindelse og kan ikke se fejl på linjen.
> Hvis problemet fortsætter, anbefaler vi, at du tester med kabel i stedet for wifi.
>
> Med venlig hilsen
> Marianne Lykke
> Kundeservice, FiberFyn A/S
> Tlf. 70 10 20 30 · Hverdage 8-20
> FiberFyn A/S · Vestergade 1 · 5000 Odense C · CVR 12345678
""", [
    N("Jens Peter Vinther"),
    E("jpvinther@example.dk"),
    N("Marianne Lykke"),
    A("Engtoften 6, 4300 Holbæk", street="Engtoften 6", postcode="4300"),
    N("Poul Erik Lauridsen"),
    P("59 43 12 88", "phone"),
    N("Rikke"),
    P("22 19 84 07", "phone"),
], [
    L("2403-11872", "case"), L("399 kr.", "price"), L("500/500 Mbit", "product"), L("4 gange", "quantity"),
    L("1004-772-19", "customer"), L("efter kl. 16", "time"), L("12. mar. 2024 kl. 10.14", "date"),
]),

# ------------------------------------------------------------------ forwarded plumber invoice to insurer
rec("da-email-002", """
Fra: Anne-Sofie Bækgaard <asb@example.com>
Til: skade@example.dk
Emne: VS: Faktura 2024-0311 – vandskade
Dato: 2. april 2024 08:12

Hej

Jeg videresender hermed fakturaen fra VVS-firmaet. Skaden er anmeldt under skadenummer 24-3300871 (police 7712-004-66). Vandet kom fra underboen, Karsten Holm, hvis opvaskemaskine var utæt – hans forsikringsselskab er orienteret.
Beløbet bedes udbetalt til reg.nr. 3409 kontonr. 0263027616.

Mvh
Anne-Sofie Bækgaard
Sankt Hans Gade 19, 2. tv.
2200 København N
Mobil 30 64 21 97

---------- Videresendt meddelelse ----------
Fra: Lauritzen & Co VVS <faktura@example.com>
Dato: fre. 29. mar. 2024 kl. 15.40
Emne: Faktura 2024-0311 – vandskade
Til: <asb@example.com>

Kære Anne-Sofie

Tak for opgaven. Vores montør Thomas var ude den 27. marts og udskiftede 2 m vandrør samt en afløbsskål.

Arbejdsløn 4 timer á 595 kr.      2.380,00 kr.
Materialer                          1.145,50 kr.
I alt inkl. moms                    4.406,88 kr.

Betalingsfrist 8 dage.

Med venlig hilsen
Lauritzen & Co VVS · Industrivej 12 · 2600 Glostrup · tlf. 43 96 00 00
""", [
    N("Anne-Sofie Bækgaard"),
    E("asb@example.com"),
    N("Karsten Holm"),
    P("reg.nr. 3409 kontonr. 0263027616", "iban", scheme="dk_account", canon="34090263027616", extra=["0263027616"]),
    A("Sankt Hans Gade 19, 2. tv.\n2200 København N", street="Sankt Hans Gade 19", postcode="2200"),
    P("30 64 21 97", "phone"),
    N("Thomas"),
], [
    L("2024-0311", "invoice"), L("24-3300871", "claim"), L("7712-004-66", "policy"),
    L("Lauritzen & Co VVS", "company"), L("27. marts", "date"), L("4.406,88 kr.", "price"),
    L("4 timer", "quantity"), L("8 dage", "duration"),
]),

# ------------------------------------------------------------------ HR, Outlook headers, parental leave
rec("da-email-003", """
Fra: Nicolai Bech <nicolai.bech@example.com>
Sendt: 6. maj 2024 07:58
Til: HR <hr@example.com>
Cc: Tina Lassen <tina.lassen@example.com>
Emne: Barsel og ny kontaktinfo

Hej HR

Vi har fået en søn, Valdemar, født den 1. maj 2024 🎉 Jeg vil gerne holde 11 ugers forældreorlov fra 1. juli, som aftalt med Tina.

Til lønsystemet:
- Mor til Valdemar: Katrine Winther (ikke ansat her)
- Mit cpr: 210874-1978
- Ny lønkonto: reg. 1551 konto 7149700413
- Ny adresse fra 15. maj: Lupinvej 8, 8920 Randers NV
- Privat mobil: 26 40 93 15

På forhånd tak.

Venlig hilsen
Nicolai Bech
Projektleder, Anlæg
Nordanlæg A/S | Havnevej 3 | 8900 Randers C | www.example.com
""", [
    N("Nicolai Bech"),
    E("nicolai.bech@example.com"),
    N("Tina Lassen"),
    E("tina.lassen@example.com"),
    N("Valdemar"),
    P("1. maj 2024", "birth_date"),
    N("Katrine Winther"),
    P("210874-1978", "national_id", scheme="cpr"),
    P("reg. 1551 konto 7149700413", "iban", scheme="dk_account", canon="15517149700413", extra=["7149700413"]),
    A("Lupinvej 8, 8920 Randers NV", street="Lupinvej 8", postcode="8920"),
    P("26 40 93 15", "phone"),
], [
    L("11 ugers", "duration"), L("1. juli", "date"), L("15. maj", "date"), L("6. maj 2024 07:58", "date"),
    L("Nordanlæg A/S", "company"),
]),

# ------------------------------------------------------------------ co-op flat sale, quoted reply from administrator
rec("da-email-004", """
Emne: Re: Salg af andel – lejlighed nr. 14
Fra: Birthe Kragh <birthe.kragh@example.dk>
Til: Administration <adm@example.dk>

Kære Lisbeth Krog

Tak for hurtigt svar. Her er køberens oplysninger, som I bad om:

Navn: Ali Hassan Mirza
Cpr-nr.: 040982-1566
Nuværende adresse: Bülowsvej 22, 1. th., 1870 Frederiksberg C
Telefon: 31 66 02 48
E-mail: ali.mirza@example.com

Overtagelse 1. oktober som aftalt. Salgsprovenuet bedes overført til min konto DK47 9704 0419 7936 51.

Venlig hilsen
Birthe Kragh

Den 19.08.2024 kl. 13:05 skrev Lisbeth Krog <adm@example.dk>:
> Kære Birthe
>
> Bestyrelsen har godkendt andelsværdien på 1.250.000 kr. jf. vurderingsrapport VR-2291.
> Vi skal bruge køberens navn, cpr-nr., adresse og kontaktoplysninger for at kunne
> udarbejde overdragelsesaftalen. Boligafgiften er fortsat 5.830 kr. pr. måned.
>
> Med venlig hilsen
> Lisbeth Krog, administrator
> A/B Solgården · c/o Boligadministration Øst · Strandvejen 100 · 2900 Hellerup
""", [
    N("Birthe Kragh"),
    E("birthe.kragh@example.dk"),
    N("Lisbeth Krog"),
    N("Ali Hassan Mirza"),
    P("040982-1566", "national_id", scheme="cpr"),
    A("Bülowsvej 22, 1. th., 1870 Frederiksberg C", street="Bülowsvej 22", postcode="1870"),
    P("31 66 02 48", "phone"),
    E("ali.mirza@example.com"),
    P("DK47 9704 0419 7936 51", "iban", scheme="iban"),
], [
    L("lejlighed nr. 14", "other"), L("1. oktober", "date"), L("1.250.000 kr.", "price"), L("VR-2291", "reference"),
    L("5.830 kr.", "price"), L("19.08.2024 kl. 13:05", "date"),
]),

# ------------------------------------------------------------------ web shop, customer in Greenland
rec("da-email-005", """
Fra: Pipaluk Kleist <pipaluk.kleist@example.com>
Til: ordre@example.dk
Emne: Ordre 5521-0093 – forkert fragt til Grønland

Hej

Jeg har bestilt 2 stk. Billy-reol og en kontorstol (ordre 5521-0093), men I har opkrævet 1.895 kr. i fragt, selvom der stod 695 kr. til Grønland på jeres side. Pakken skal til:

Pipaluk Kleist
B-1417
3952 Ilulissat
Grønland

Hvis fragtmanden skal ringe, er mit nummer +299 94 12 33. Hvis jeg er i Nuuk på arbejde, kan min søster Ivalo Kleist tage imod, +299 55 60 71.

Venligst refunder differencen på 1.200 kr. til GL49 1551 0119 1248 45.

Qujanaq / tak
Pipaluk

--
Boligbutikken.dk · Kundeservice hverdage 9-16 · tlf. 70 11 22 33
Denne mail er sendt fra vores kontaktformular. Svar ikke direkte på den.
""", [
    N("Pipaluk Kleist"),
    E("pipaluk.kleist@example.com"),
    A("B-1417\n3952 Ilulissat", street="B-1417", postcode="3952"),
    P("+299 94 12 33", "phone"),
    N("Ivalo Kleist"),
    P("+299 55 60 71", "phone"),
    P("GL49 1551 0119 1248 45", "iban", scheme="iban"),
], [
    L("5521-0093", "order"), L("2 stk.", "quantity"), L("Billy-reol", "product"), L("1.895 kr.", "price"),
    L("695 kr.", "price"), L("1.200 kr.", "price"),
]),

# ------------------------------------------------------------------ hospital department, quoted reply from secretary
rec("da-email-006", """
Fra: Ortopædkirurgisk Afdeling <ortopaedi@example.dk>
Til: Erik Thorsen <erik.thorsen@example.net>
Dato: 22-04-2024 10:47
Emne: SV: Flytning af operation

Kære Erik Thorsen

Din operation (ny hofte, venstre side) er flyttet til mandag den 13. maj kl. 07.30. Du skal møde fastende i afsnit B3. Overlæge Henrik Munk opererer.
Husk at tage din hustru Inger eller en anden pårørende med til forsamtalen.

Med venlig hilsen
Bente Friis, lægesekretær
Ortopædkirurgisk Afdeling, Regionshospitalet Vest · Sygehusvej 1 · 7400 Herning

-----Oprindelig meddelelse-----
Fra: Erik Thorsen <erik.thorsen@example.net>
Sendt: 19. april 2024 16:20
Til: ortopaedi@example.dk
Emne: Flytning af operation

Goddag

Jeg har fået tid til hofteoperation den 29. april, men der er vi på ferie. Kan den flyttes? Mit cpr-nr. er 230949-1248. Jeg bor på Markvej 11, 7430 Ikast, og kan nås på 97 15 38 62, eller min kone Inger på 21 57 90 34.

Venlig hilsen
Erik Thorsen
""", [
    N("Erik Thorsen"),
    E("erik.thorsen@example.net"),
    N("Henrik Munk"),
    N("Inger"),
    N("Bente Friis"),
    P("230949-1248", "national_id", scheme="cpr"),
    A("Markvej 11, 7430 Ikast", street="Markvej 11", postcode="7430"),
    P("97 15 38 62", "phone"),
    P("21 57 90 34", "phone"),
], [
    L("mandag den 13. maj", "date"), L("kl. 07.30", "time"), L("afsnit B3", "other"), L("29. april", "date"),
    L("22-04-2024 10:47", "date"),
]),

# ------------------------------------------------------------------ school platform message (Aula), birthday
rec("da-email-007", """
Aula – Ny besked
Fra: Simone Ravn (forælder til Alfred 2.B)
Til: Forældre i 2.B; Lærer Jonas Kirk
Dato: 3. sep. 2024 20:41
Emne: Fødselsdag for Alfred lørdag

Hej alle

Alfred fylder 8 og holder fødselsdag lørdag d. 14. september kl. 14-17 i Jumpzone Herning. Alle 24 børn fra klassen er inviteret 🎈

Giv gerne besked senest torsdag på sms til mig, 28 64 51 09, eller til hans far, Mikael, 41 30 72 86.

Vi har allerede fået svar fra Ellen, Storm og Nora – tak! Børn med allergi: skriv endelig, så sørger vi for noget andet end kage.

Hvis nogen kan køre fra Gullestrupvej 18 (hos os) kl. 13.30, så sig til.

Kh. Simone

Denne besked er sendt via Aula. Du kan ikke svare på denne e-mail.
""", [
    N("Simone Ravn"),
    N("Alfred"),
    N("Jonas Kirk"),
    P("28 64 51 09", "phone"),
    N("Mikael"),
    P("41 30 72 86", "phone"),
    N("Ellen"),
    N("Storm"),
    N("Nora"),
    A("Gullestrupvej 18", street="Gullestrupvej 18"),
], [
    L("2.B", "other"), L("14. september", "date"), L("kl. 14-17", "time"), L("Jumpzone Herning", "company"),
    L("24 børn", "quantity"), L("kl. 13.30", "time"),
]),

# ------------------------------------------------------------------ GDPR access request to a gym chain, DPO reply
rec("da-email-008", """
Fra: Databeskyttelse <dpo@example.dk>
Til: Jacob Nørgaard <jacob.norgaard@example.org>
Emne: SV: Anmodning om indsigt (art. 15)
Dato: 28. februar 2024

Kære Jacob Nørgaard

Vi bekræfter modtagelsen af din anmodning om indsigt. Vi har fundet følgende oplysninger om dig:

Medlemsnummer: 77-400981
Brugernavn i app: jacobn_løber
Adresse: Ørstedsvej 5, 3. mf., 8000 Aarhus C
Telefon: 51 92 06 44
Cpr-nr.: 260978-3870 (registreret ved oprettelse i 2019)
Seneste log-ins: 192.0.2.150 (27.02.2024 06:12), 198.51.100.88 (25.02.2024 18:40)
Betalingskort: Mastercard 5150 6605 2176 3100 (udløbet)

Vi beklager, at cpr-nummer og fuldt kortnummer stadig var gemt. De er nu slettet, jf. vores slettepolitik. Medlemskabet (PT-pakke, 449 kr./md.) kører uændret.

Med venlig hilsen
Helle Juhl
Databeskyttelsesrådgiver, FitHuset A/S

> Fra: Jacob Nørgaard
> Sendt: 12. februar 2024 22:15
> Jeg vil gerne have indsigt i alle oplysninger, I har registreret om mig, jf. GDPR artikel 15.
""", [
    N("Jacob Nørgaard"),
    E("jacob.norgaard@example.org"),
    P("jacobn_løber", "username"),
    A("Ørstedsvej 5, 3. mf., 8000 Aarhus C", street="Ørstedsvej 5", postcode="8000"),
    P("51 92 06 44", "phone"),
    P("260978-3870", "national_id", scheme="cpr"),
    P("192.0.2.150", "ip"),
    P("198.51.100.88", "ip"),
    P("5150 6605 2176 3100", "card", scheme="card"),
    N("Helle Juhl"),
], [
    L("77-400981", "member"), L("27.02.2024 06:12", "date"), L("2019", "date"), L("PT-pakke", "product"),
    L("449 kr./md.", "price"), L("12. februar 2024 22:15", "date"),
]),
]
