import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from common import P, L, Rec  # noqa: E402

RECORDS = []
A = RECORDS.append

# 001 telecom complaint, quoted Danish thread
A(Rec("da-email-001", """
Fra: Kundeservice TeleNord <kundeservice@example.dk>
Til: Bjarne Kofoed <bjarne.kofoed@example.dk>
Dato: 8. april 2024 kl. 09.02
Emne: SV: SV: SV: Klage over regning – kundenr. 5510-22894

Kære Bjarne

Undskyld ventetiden. Beløbet på 2.085 kr. er nu overført til din konto (reg.nr. 9570, konto ****8490) og bør være synligt inden for 1-2 bankdage. Differencen på 99 kr. svarer til prisen for Norden-pakken, som du jo havde købt.

Jeg har desuden givet dig 3 måneders gratis Norden-pakke som kompensation.

Med venlig hilsen
Kim Bertelsen
Teamleder, Kundeservice
TeleNord A/S

-----Oprindelig meddelelse-----
Fra: Bjarne Kofoed <bjarne.kofoed@example.dk>
Til: Kundeservice TeleNord <kundeservice@example.dk>
Dato: 5. april 2024 kl. 22.48
Emne: SV: SV: Klage over regning – kundenr. 5510-22894

Hej igen

Jeg har nu ventet 3 uger på at få pengene tilbage. Jeg har betalt 2.184 kr. for roaming i Norge, selvom jeg havde købt en Norden-pakke til 99 kr. Michelle skrev jo, at det ville blive krediteret.

Jeg forventer, at beløbet bliver sat ind på min konto senest fredag: reg.nr. 9570 kontonr. 0011728490.

Mit mobilnummer er stadig 24 61 38 05, og jeg bor på Klostergade 28, 8800 Viborg, hvis I vil sende det med posten.

Venlig hilsen
Bjarne Kofoed

Den 22. mar. 2024 kl. 10.12 skrev Kundeservice TeleNord <kundeservice@example.dk>:
> Kære Bjarne
>
> Tak for din henvendelse. Jeg har undersøgt sagen og kan se, at Norden-pakken først blev aktiveret den 3. marts kl. 14.20, mens dit forbrug startede den 2. marts. Det er en fejl hos os, og vi krediterer 2.085 kr.
>
> Pengene udbetales inden for 10 hverdage.
>
> Med venlig hilsen
> Michelle Toft
> Kundeservice, TeleNord A/S · CVR 12345678
>
>> Den 19. mar. 2024 kl. 08.03 skrev Bjarne Kofoed <bjarne.kofoed@example.dk>:
>> Hej
>> Jeg har fået en regning på over 2.000 kr. (faktura 88120466) for data i Norge, men jeg købte Norden-pakken før afrejse. Min kone Hanne kan bekræfte det, hun var med da jeg købte den i butikken i Viborg.
>> Hilsen Bjarne
""", [
    P("Bjarne Kofoed", "name", "Bjarne"),
    P("bjarne.kofoed@example.dk", "email"),
    P("Michelle Toft", "name", "Michelle"),
    P("reg.nr. 9570 kontonr. 0011728490", "iban", "0011728490", scheme="plain_account"),
    P("24 61 38 05", "phone"),
    P("Klostergade 28, 8800 Viborg", "address", "Klostergade 28", "8800"),
    P("Hanne", "name"),
    P("Kim Bertelsen", "name"),
], [
    L("1-2 bankdage", "duration"), L("5510-22894", "customer_number"), L("2.184 kr.", "price"), L("Norden-pakke", "product"), L("99 kr.", "price"),
    L("3. marts kl. 14.20", "date"), L("2.085 kr.", "price"), L("88120466", "invoice_number"), L("CVR 12345678", "company_id"),
    L("10 hverdage", "duration"),
]))

# 002 HR, forwarded sick-leave message (Outlook headers)
A(Rec("da-email-002", """
Fra: Louise Winther <lw@example.dk>
Sendt: 8. januar 2024 09:17
Til: HR Afdeling <hr@example.dk>
Emne: VS: Sygemelding – Jesper Kragh

Hej HR

Videresender nedenstående fra Jesper. Han er sygemeldt indtil videre. Kan I starte sygedagpengerefusion op? Han har været ansat siden 2019 (medarbejder nr. 1187).

CPR: 280791-1849 (fra lønsystemet)

/Louise
Afdelingsleder, Lager & Logistik

---------- Videresendt meddelelse ----------
Fra: Jesper Kragh <jesper.kragh76@example.com>
Dato: søn. 7. jan. 2024 kl. 21.30
Emne: Sygemelding
Til: Louise Winther <lw@example.dk>

Hej Louise

Jeg er desværre blevet sygemeldt af min læge, Hans-Erik Bonde, med diskusprolaps. Han regner med mindst 4-6 uger. Jeg har en tid hos en rygkirurg på Regionshospitalet Silkeborg d. 16/1.

Jeg kan kontaktes på 26 03 91 57, men min kæreste Stine svarer nok, hvis jeg ligger ned. Hvis der skal sendes papirer, er min adresse Birkevej 19, Hørning, 8362 Hørning.

Mvh Jesper
""", [
    P("Louise Winther", "name", "Louise"),
    P("lw@example.dk", "email"),
    P("Jesper Kragh", "name", "Jesper"),
    P("280791-1849", "national_id", scheme="cpr"),
    P("jesper.kragh76@example.com", "email"),
    P("Hans-Erik Bonde", "name"),
    P("26 03 91 57", "phone"),
    P("Stine", "name"),
    P("Birkevej 19, Hørning, 8362 Hørning", "address", "Birkevej 19", "8362"),
], [
    L("2019", "year"), L("1187", "employee_number"), L("4-6 uger", "duration"), L("16/1", "date"),
    L("Regionshospitalet Silkeborg", "organisation"), L("8. januar 2024 09:17", "timestamp"),
]))

# 003 tenant - landlord, deposit refund
A(Rec("da-email-003", """
Emne: Tilbagebetaling af depositum – Frederiksberg Allé 31, 3. th.
Fra: Astrid Mølgaard <astrid.molgaard@example.net>
Til: udlejning@example.dk
Cc: Jonas Ravnkilde <jonas.r@example.net>

Kære Ejendomsselskabet Holm & Co

Jeg og min tidligere medlejer Jonas Ravnkilde fraflyttede lejligheden Frederiksberg Allé 31, 3. th., 1820 Frederiksberg C den 31. januar. Ved fraflytningssynet (rapport nr. FS-0131-24) blev der kun noteret maling af to vægge, anslået 3.800 kr.

Depositum var 3 måneders husleje, i alt 36.600 kr. Vi har endnu ikke modtaget nogen afregning, selvom der nu er gået 8 uger.

Vi vil bede om, at beløbet bliver delt ligeligt og overført til:
– Astrid Mølgaard: reg. 1551, konto 3419982206
– Jonas Ravnkilde: DK03 2999 0541 2398 07 (Jonas' konto i Nordea)

Vores nye adresser er:
Astrid: Valby Langgade 140, 2. tv., 2500 Valby
Jonas: Thorvaldsensvej 3, 5610 Assens

Jeg kan træffes på 28 14 66 30.

Med venlig hilsen
Astrid Mølgaard

Sendt fra min iPhone
""", [
    P("Astrid Mølgaard", "name", "Astrid"),
    P("astrid.molgaard@example.net", "email"),
    P("Jonas Ravnkilde", "name", "Jonas"),
    P("jonas.r@example.net", "email"),
    P("Frederiksberg Allé 31, 3. th., 1820 Frederiksberg C", "address", "Frederiksberg Allé 31", "1820"),
    P("reg. 1551, konto 3419982206", "iban", "3419982206", scheme="plain_account"),
    P("DK03 2999 0541 2398 07", "iban", scheme="iban"),
    P("Valby Langgade 140, 2. tv., 2500 Valby", "address", "Valby Langgade 140", "2500"),
    P("Thorvaldsensvej 3, 5610 Assens", "address", "Thorvaldsensvej 3", "5610"),
    P("28 14 66 30", "phone"),
], [
    L("Holm & Co", "company_named_after_person"), L("FS-0131-24", "report_number"), L("3.800 kr.", "price"),
    L("36.600 kr.", "price"), L("8 uger", "duration"), L("31. januar", "date"), L("3 måneders husleje", "quantity"),
]))

# 004 municipality, day-care place
A(Rec("da-email-004", """
Fra: Pladsanvisningen, Aalborg Kommune <pladsanvisning@example.dk>
Til: Nadia Hamdi <nadia.hamdi@example.com>
Emne: Re: Ønske om vuggestueplads – sag 2024-11287

Kære Nadia

Tak for din mail. Vi har registreret Adam på ventelisten til Vuggestuen Mælkebøtten med opstart 1. september 2024. Pladsgarantien betyder, at han får en plads senest 1. oktober, men ikke nødvendigvis i jeres ønskede institution.

Forældrebetalingen er 4.210 kr. pr. måned (11 måneder om året). Hvis I vil søge om økonomisk friplads, skal begge forældres indkomst oplyses – også Karim Hamdi, da I er gift.

Med venlig hilsen
Birgit Sand
Pladsanvisningen
Aalborg Kommune · Postboks 219 · 9100 Aalborg

-----Oprindelig meddelelse-----
Fra: Nadia Hamdi <nadia.hamdi@example.com>
Sendt: 14. maj 2024 21:03
Emne: Ønske om vuggestueplads

Hej

Jeg vil gerne skrive min søn op til vuggestue fra september.

Navn: Adam Hamdi
CPR: 240323-4615
Adresse: Hasserisgade 21, st., 9000 Aalborg
Forældre: Nadia Hamdi (mor) og Karim Hamdi (far)
Telefon: 31 77 42 08

Vi ønsker Mælkebøtten eller Troldehøjen. Hans storebror, Yassin, går i børnehave i Troldehøjen.

Mvh Nadia
""", [
    P("Nadia Hamdi", "name", "Nadia"),
    P("nadia.hamdi@example.com", "email"),
    P("Adam Hamdi", "name", "Adam"),
    P("Karim Hamdi", "name"),
    P("Birgit Sand", "name"),
    P("240323-4615", "national_id", scheme="cpr"),
    P("Hasserisgade 21, st., 9000 Aalborg", "address", "Hasserisgade 21", "9000 Aalborg"),
    P("31 77 42 08", "phone"),
    P("Yassin", "name"),
], [
    L("2024-11287", "case_number"), L("Vuggestuen Mælkebøtten", "institution"), L("1. september 2024", "date"),
    L("4.210 kr. pr. måned", "price"), L("11 måneder", "duration"), L("Postboks 219 · 9100 Aalborg", "org_address"),
    L("Troldehøjen", "institution"),
]))

# 005 Greenland insurance, theft, handler in quoted reply
A(Rec("da-email-005", """
Fra: Malik Kleist <malik.kleist@example.dk>
Til: skade@example.dk
Emne: Re: Anmeldelse af tyveri – skadenr. GL-24-00871
Dato: 2. oktober 2024 08:55

Hej Lone

Tak for svar. Politiets journalnummer er 5000-80123-00456-24. Jeg har vedhæftet kvitteringen for cyklen (Trek Marlin 7, 8.495 kr., købt i Nuuk Sport 2022) og rammenummeret WTU221C4567.

Cyklen stod låst ved min arbejdsplads på Kissarneqqortuunnguaq, men hjemadressen er Qernertunnguit 12, 3905 Nuussuaq.

Min kone, Paninnguaq Kleist, var den sidste der så den. Hun kan kontaktes på +299 34 81 22.

Mit CPR-nummer er 050688-2937 hvis I skal bruge det. Erstatningen kan sættes ind på GL50 6471 3743 5795 53.

Qujanaq / tak
Malik

> Den 30.09.2024 kl. 15:12 skrev Nuna Forsikring Skadeservice <skade@example.dk>:
> Kære Malik Kleist
> Vi har modtaget din anmeldelse af tyveri af cykel. For at behandle sagen skal vi bruge politiets journalnummer og dokumentation for købet.
> Med venlig hilsen
> Lone Frost, skadebehandler
> Nuna Forsikring · Postboks 1020 · 3900 Nuuk
""", [
    P("Malik Kleist", "name", "Malik"),
    P("malik.kleist@example.dk", "email"),
    P("Lone Frost", "name", "Lone"),
    P("Qernertunnguit 12, 3905 Nuussuaq", "address", "Qernertunnguit 12", "3905"),
    P("Paninnguaq Kleist", "name"),
    P("+299 34 81 22", "phone"),
    P("050688-2937", "national_id", scheme="cpr"),
    P("GL50 6471 3743 5795 53", "iban", scheme="iban"),
], [
    L("GL-24-00871", "claim_number"), L("5000-80123-00456-24", "police_reference"), L("Trek Marlin 7", "product"),
    L("8.495 kr.", "price"), L("WTU221C4567", "frame_number"), L("Nuuk Sport", "organisation"),
    L("Postboks 1020 · 3900 Nuuk", "org_address"),
]))

# 006 Faroese municipality / bank, Danish-language e-mail
A(Rec("da-email-006", """
From: Rannvá Poulsen <rannva.p@example.com>
To: Klaksvíkar kommuna <kommunan@example.dk>
Date: Mon, 11 Mar 2024 07:42:10 +0000
Subject: Byggeloyvi / byggetilladelse – Nólsoyar Páls gøta 5

Góðan morgun / Goddag

Jeg skriver på dansk, da min mand Jens-Ole Poulsen ikke læser færøsk så godt, og han står også på ansøgningen.

Vi vil gerne søge om tilladelse til en tilbygning (carport, 28 m²) på vores grund, Nólsoyar Páls gøta 5, FO-700 Klaksvík. Matrikel nr. 412b.

Ansøgere:
1) Rannvá Poulsen, p-tal 030379-214
2) Jens-Ole Poulsen, CPR 170276-1185 (dansk statsborger)

Gebyret på 1.500 kr. kan trækkes fra vores konto FO30 6460 7187 3849 35.

Tegningerne er lavet af arkitekt Heðin Mortensen, I kan ringe til ham på +298 51 22 90 ved tekniske spørgsmål. Mit eget nummer er +298 77 10 43.

Vinarliga / venlig hilsen
Rannvá Poulsen
""", [
    P("Rannvá Poulsen", "name", "Rannvá"),
    P("rannva.p@example.com", "email"),
    P("Jens-Ole Poulsen", "name"),
    P("Nólsoyar Páls gøta 5, FO-700 Klaksvík", "address", "Nólsoyar Páls gøta 5", "FO-700"),
    P("030379-214", "national_id", scheme="ptal"),
    P("170276-1185", "national_id", scheme="cpr"),
    P("FO30 6460 7187 3849 35", "iban", scheme="iban"),
    P("Heðin Mortensen", "name"),
    P("+298 51 22 90", "phone"),
    P("+298 77 10 43", "phone"),
], [
    L("28 m²", "area"), L("Matrikel nr. 412b", "cadastral_number"), L("1.500 kr.", "price"),
    L("Klaksvíkar kommuna", "organisation"), L("Mon, 11 Mar 2024 07:42:10 +0000", "timestamp"),
]))

# 007 travel refund, cancelled flight
A(Rec("da-email-007", """
Emne: Refusion aflyst fly SK 1423 – booking K7XQ2L
Fra: Niels-Christian Brix <nc.brix@example.dk>
Til: refusion@example.com
Dato: tirsdag 23. juli 2024 11:05

Hej

Vores fly SK 1423 fra København til Nice den 19. juli kl. 07:15 blev aflyst med 2 timers varsel. Vi var 4 rejsende på bookingen K7XQ2L:

- Niels-Christian Brix (f. 02.03.1979)
- Kamilla Brix (f. 25.11.1981)
- Anton Brix (f. 13.08.2012)
- Ella Brix (f. 09.01.2016)

Vi købte selv nye billetter via et andet selskab for i alt 14.860 kr. og overnattede på hotel i Kastrup (1.895 kr.). Kvitteringer er vedhæftet.

Vi ønsker refusion af den oprindelige billetpris (9.940 kr.) samt kompensation efter EU-forordning 261/2004 (4 x 400 EUR).

Beløbet bedes overført til DK18 0276 2943 9783 80.

Vores adresse er Rolighedsvej 6, 3000 Helsingør, og mit mobilnummer er 22 80 15 36.

Med venlig hilsen
Niels-Christian Brix
""", [
    P("Niels-Christian Brix", "name"),
    P("nc.brix@example.dk", "email"),
    P("02.03.1979", "birth_date"),
    P("Kamilla Brix", "name"),
    P("25.11.1981", "birth_date"),
    P("Anton Brix", "name"),
    P("13.08.2012", "birth_date"),
    P("Ella Brix", "name"),
    P("09.01.2016", "birth_date"),
    P("DK18 0276 2943 9783 80", "iban", scheme="iban"),
    P("Rolighedsvej 6, 3000 Helsingør", "address", "Rolighedsvej 6", "3000 Helsingør"),
    P("22 80 15 36", "phone"),
], [
    L("SK 1423", "flight_number"), L("K7XQ2L", "booking_reference"), L("19. juli kl. 07:15", "date"),
    L("14.860 kr.", "price"), L("1.895 kr.", "price"), L("9.940 kr.", "price"), L("261/2004", "regulation"),
    L("4 x 400 EUR", "price"),
]))

# 008 dental clinic
A(Rec("da-email-008", """
Fra: Gitte Abildgaard <gitte.abildgaard@example.net>
Til: Tandklinikken Torvet <klinik@example.dk>
Emne: Afbud + ny tid til min far
Dato: 27-02-2024 06:51

Godmorgen

Jeg må desværre melde afbud til min fars tid i morgen onsdag kl. 09.30 hos tandlæge Karina Due. Han er indlagt på Hvidovre Hospital efter et fald.

Min far hedder Erling Abildgaard, CPR 090340-0971, og bor Ved Stranden 4, 4. th., 2650 Hvidovre. Han har tandprotese i overmunden og den sidder løst, så han skal have en ny tid så hurtigt som muligt efter udskrivelse (forventet uge 11).

Han er medlem af Sygeforsikringen "danmark" gruppe 2, medlemsnummer 4421980.

I må gerne ringe til mig i stedet for ham, på 40 81 16 27. Min bror Torben har også fuldmagt.

Venlig hilsen
Gitte Abildgaard
""", [
    P("Gitte Abildgaard", "name", "Gitte"),
    P("gitte.abildgaard@example.net", "email"),
    P("Karina Due", "name"),
    P("Erling Abildgaard", "name"),
    P("090340-0971", "national_id", scheme="cpr"),
    P("Ved Stranden 4, 4. th., 2650 Hvidovre", "address", "Ved Stranden 4", "2650"),
    P("40 81 16 27", "phone"),
    P("Torben", "name"),
], [
    L("onsdag kl. 09.30", "time"), L("Hvidovre Hospital", "organisation"), L("uge 11", "date"),
    L("gruppe 2", "membership_group"), L("4421980", "member_number"), L("Tandklinikken Torvet", "organisation"),
]))
