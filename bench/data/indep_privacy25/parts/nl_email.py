import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from common import P, L, Rec  # noqa: E402

RECORDS = []
A = RECORDS.append

# 001 energy complaint, three-level quoted thread
A(Rec("nl-email-001", """
Van: Klantenservice Helder Energie <klachten@example.nl>
Verzonden: dinsdag 9 april 2024 11:26
Aan: Robert Vos <r.vos1971@example.nl>
Onderwerp: RE: RE: Klacht jaarafrekening 2023 - klantnummer 40 55 18 203

Geachte heer Vos,

Hartelijk dank voor uw aanvullende gegevens. Wij hebben de meterstanden gecorrigeerd naar de door u opgegeven standen (normaal 31877, dal 29402). De nieuwe jaarafrekening komt uit op een teruggave van € 412,77. Dit bedrag storten wij binnen 14 dagen op uw rekening eindigend op 33 02.

Mijn collega Patrick heeft u eerder verkeerd geïnformeerd over de looptijd van uw contract; daarvoor bieden wij onze excuses aan. Als tegemoetkoming ontvangt u een eenmalige korting van € 50,- op uw volgende termijn.

Met vriendelijke groet,

Naima El Idrissi
Klachtenteam Helder Energie
T 0800 0223 (gratis) | klachten@example.nl
Helder Energie B.V. | Postbus 1234, 3500 AA Utrecht | KvK 30112233

-----Oorspronkelijk bericht-----
Van: Robert Vos <r.vos1971@example.nl>
Verzonden: dinsdag 2 april 2024 21:14
Aan: Klantenservice Helder Energie <klachten@example.nl>
Onderwerp: RE: Klacht jaarafrekening 2023 - klantnummer 40 55 18 203

Beste mensen,

Zoals gevraagd hierbij de gegevens. Foto's van de meter zitten in de bijlage (meter_april.jpg).

Naam: R.J. Vos
Adres: Tulpstraat 19, 7522 ER Enschede
Geboortedatum: 17-06-1971
Rekeningnummer: NL28 TRIO 7611 9333 02
Telefoon overdag: 053 - 431 88 20 (of mijn vrouw Ingrid: 06 22 91 03 47)

Ik vind het echt bizar dat ik drie keer heb moeten bellen. Die Patrick zei dat mijn contract tot 2025 liep, maar het blijkt al afgelopen te zijn.

Groet,
Robert

> Op 28 mrt. 2024 om 09:02 schreef Klantenservice Helder Energie <klachten@example.nl>:
>
> Beste heer Vos,
>
> Wij hebben uw klacht ontvangen onder nummer KL-2024-06631. Om de jaarafrekening te controleren hebben wij uw actuele meterstanden en een foto van de meter nodig.
>
> Met vriendelijke groet,
> Patrick
> Klantenservice Helder Energie
>
>> Op 20 mrt. 2024 om 22:47 schreef Robert Vos <r.vos1971@example.nl>:
>>
>> Geachte heer/mevrouw,
>>
>> Ik ben het absoluut niet eens met de jaarafrekening 2023 die ik op 18 maart heb ontvangen. U rekent met een verbruik van 5.210 kWh terwijl wij normaal rond de 2.900 kWh zitten. Bovendien staat het voorschot voor 2024 ineens op € 276,- per maand.
>>
>> Ik heb hierover op 12 maart al gebeld en toen zei uw medewerker Patrick dat de meterstand zou worden aangepast. Er is niets gebeurd.
>>
>> Ik verzoek u dit als formele klacht te behandelen.
>>
>> Met vriendelijke groet,
>> R.J. Vos
>> Tulpstraat 19
>> 7522 ER Enschede
>> Klantnummer 40 55 18 203
>>
>> Verzonden vanaf mijn iPad
""", [
    P("Robert Vos", "name", "Robert", "R.J. Vos"),
    P("r.vos1971@example.nl", "email"),
    P("Patrick", "name"),
    P("Naima El Idrissi", "name"),
    P("Tulpstraat 19, 7522 ER Enschede", "address", "Tulpstraat 19", "7522 ER"),
    P("17-06-1971", "birth_date"),
    P("NL28 TRIO 7611 9333 02", "iban", scheme="iban"),
    P("053 - 431 88 20", "phone"),
    P("Ingrid", "name"),
    P("06 22 91 03 47", "phone"),
], [
    L("40 55 18 203", "customer_number"), L("31877", "meter_reading"), L("29402", "meter_reading"),
    L("€ 412,77", "price"), L("€ 50,-", "price"), L("KL-2024-06631", "case_number"), L("KvK 30112233", "company_id"),
    L("meter_april.jpg", "attachment"), L("Postbus 1234, 3500 AA Utrecht", "org_address"),
    L("5.210 kWh", "quantity"), L("2.900 kWh", "quantity"), L("€ 276,-", "price"),
]))

# 002 housing, Outlook forward with nested headers
A(Rec("nl-email-002", """
Van: Jeroen Smit <j.smit@example.nl>
Verzonden: woensdag 17 januari 2024 16:40
Aan: Sandra Willems <s.willems@example.nl>
Onderwerp: FW: Overlast bovenburen - dossier OV-2024-0042

Hoi Sandra,

Zie onderstaande klacht van mevrouw Demir. Ik ben vanaf maandag drie weken met verlof, wil jij dit oppakken? Het gaat om de familie Koopmans op 88b. Eerder al twee meldingen (2022 en 2023). Mevrouw heeft een geluidsmeter-app laten lopen, pieken van 85 dB na 23:00.

Ze is overdag bereikbaar op 06 47 30 12 95, liever niet na 17:00 want dan werkt ze.

Groet,
Jeroen

Jeroen Smit | Wijkconsulent Oost
Woonkracht Groningen | Postbus 100, 9700 AC Groningen | 050 700 0000

________________________________
Van: Hatice Demir <hatice.demir@example.com>
Verzonden: dinsdag 16 januari 2024 23:52
Aan: info@example.nl
Onderwerp: Overlast bovenburen

Geachte heer/mevrouw,

Ik woon op de Oosterhamrikkade 88a, 9714 BN Groningen (huurnummer 0117-0088A). Sinds de zomer hebben wij bijna elke nacht last van de bovenburen, de familie Koopmans. Ze draaien harde muziek en er wordt geschreeuwd. Mijn zoon Emre (9) kan hierdoor niet slapen en heeft problemen op school.

Ik heb al een keer met meneer Koopmans gepraat maar hij werd boos. De buurvrouw van 88c, mevrouw Tjoelker, kan het bevestigen.

Ik hoop dat u iets kunt doen.

Met vriendelijke groet,
H. Demir
""", [
    P("Jeroen Smit", "name", "Jeroen"),
    P("j.smit@example.nl", "email"),
    P("Sandra Willems", "name", "Sandra"),
    P("s.willems@example.nl", "email"),
    P("Koopmans", "name"),
    P("06 47 30 12 95", "phone"),
    P("Hatice Demir", "name", "H. Demir"),
    P("hatice.demir@example.com", "email"),
    P("Oosterhamrikkade 88a, 9714 BN Groningen", "address", "Oosterhamrikkade 88a", "9714 BN"),
    P("Emre", "name"),
    P("Tjoelker", "name"),
], [
    L("OV-2024-0042", "case_number"), L("85 dB", "quantity"), L("na 23:00", "time"),
    L("0117-0088A", "contract_number"), L("050 700 0000", "org_hotline"), L("drie weken", "duration"),
    L("Postbus 100, 9700 AC Groningen", "org_address"),
]))

# 003 HR onboarding e-mail to payroll
A(Rec("nl-email-003", """
Onderwerp: Nieuwe medewerker per 1 september - gegevens voor salarisadministratie
Van: HR Bouwbedrijf Jansen & Zn <hr@example.nl>
Aan: loonadministratie@example.net
CC: Mark Teunissen <m.teunissen@example.nl>
Datum: 21-08-2024 09:12

Beste collega's van de loonadministratie,

Per 1 september 2024 start een nieuwe uitvoerder bij ons. Hieronder de gegevens voor het personeelsdossier (graag na verwerking deze mail verwijderen i.v.m. AVG):

Naam: Kevin Ramdas
Geboortedatum: 02-12-1993
BSN: 307 090 772
Adres: Zuidwal 63, 2512 XS Den Haag
Telefoon: +31 (0)6 11 72 58 40
Privé e-mail: kevin.ramdas@example.com
IBAN: NL98 INGB 3275 3328 48
Noodcontact: Priya Ramdas (echtgenote), 06 57 02 33 81

Functie: uitvoerder, schaal G, trede 4 conform cao Bouw & Infra
Personeelsnummer: 2024-117
Arbeidsduur: 40 uur per week
Leaseauto: categorie C, bijtelling 22%

Mark, wil jij als leidinggevende het contract tekenen? Het ligt op je bureau.

Met vriendelijke groet,

Wendy Kuipers
HR-adviseur
Bouwbedrijf Jansen & Zn B.V.
Industrieweg 14, 2651 BC Berkel en Rodenrijs
""", [
    P("Mark Teunissen", "name", "Mark"),
    P("m.teunissen@example.nl", "email"),
    P("Kevin Ramdas", "name"),
    P("02-12-1993", "birth_date"),
    P("307 090 772", "national_id", scheme="bsn"),
    P("Zuidwal 63, 2512 XS Den Haag", "address", "Zuidwal 63", "2512 XS"),
    P("+31 (0)6 11 72 58 40", "phone"),
    P("kevin.ramdas@example.com", "email"),
    P("NL98 INGB 3275 3328 48", "iban", scheme="iban"),
    P("Priya Ramdas", "name"),
    P("06 57 02 33 81", "phone"),
    P("Wendy Kuipers", "name"),
], [
    L("Bouwbedrijf Jansen & Zn", "company_named_after_person"), L("1 september 2024", "date"),
    L("schaal G, trede 4", "pay_scale"), L("2024-117", "employee_number"), L("40 uur per week", "quantity"),
    L("22%", "percentage"), L("Industrieweg 14, 2651 BC Berkel en Rodenrijs", "org_address"),
]))

# 004 Belgian insurance claim, handler in quoted reply
A(Rec("nl-email-004", """
Van: Katrien Goossens <katrien.goossens@example.com>
Aan: schade@example.org
Datum: ma 4 mrt. 2024 om 08:03
Onderwerp: Re: Waterschade Bruul - schadedossier 24/WS/08817

Beste heer Van Acker,

Bedankt voor uw snelle reactie. Hierbij de gevraagde stukken:
- offerte Bouwwerken Vercammen (€ 6.780 incl. btw)
- foto's van het plafond en de parketvloer
- het attest van de loodgieter

De expert van Bureau Lemmens mag langskomen, liefst op een woensdag. Ik ben bereikbaar op 0497 62 11 08. Als ik niet thuis ben, heeft mijn buurman Luc een sleutel.

Kunt u de vergoeding storten op BE21 6458 9757 6603 (rekening op naam van mij en mijn man, Bart Claessens)?

Met vriendelijke groeten,
Katrien Goossens
Bruul 56 bus 2
2800 Mechelen

Op vr 1 mrt. 2024 om 15:27 schreef Schadeafdeling Brabant Verzekeringen <schade@example.org>:
> Geachte mevrouw Goossens,
>
> Wij hebben uw aangifte van waterschade van 26/02/2024 goed ontvangen. Uw polis BR-BRAND-559102 dekt waterschade aan het gebouw. Om uw dossier verder te behandelen vragen wij:
> 1. een bestek van de herstelling
> 2. foto's
> 3. een verslag van de loodgieter
>
> Bij schade boven € 2.500 sturen wij een expert langs.
>
> Met vriendelijke groeten,
> Dirk Van Acker
> Schadebeheerder
> Brabant Verzekeringen nv - Meir 1, 2000 Antwerpen
""", [
    P("Katrien Goossens", "name", "Katrien"),
    P("katrien.goossens@example.com", "email"),
    P("Van Acker", "name", "Acker"),
    P("0497 62 11 08", "phone"),
    P("Luc", "name"),
    P("BE21 6458 9757 6603", "iban", scheme="iban"),
    P("Bart Claessens", "name"),
    P("Bruul 56 bus 2\n2800 Mechelen", "address", "Bruul 56", "2800 Mechelen"),
    P("Dirk Van Acker", "name"),
], [
    L("24/WS/08817", "claim_number"), L("Bouwwerken Vercammen", "company_named_after_person"),
    L("€ 6.780", "price"), L("Bureau Lemmens", "company_named_after_person"), L("BR-BRAND-559102", "policy_number"),
    L("26/02/2024", "date"), L("€ 2.500", "price"), L("Meir 1, 2000 Antwerpen", "org_address"),
]))

# 005 hospital outpatient clinic
A(Rec("nl-email-005", """
From: Fatma Arslan <fatma.arslan@example.net>
Sent: Thursday, 6 June 2024 07:58
To: Polikliniek Cardiologie <poli.cardiologie@example.nl>
Subject: afspraak verzetten voor mijn vader - patiëntnummer 7004312

Goedemorgen,

Ik mail namens mijn vader, de heer Osman Arslan, geboren 01-07-1948, BSN 553102035. Hij heeft op 12 juni om 10:45 een afspraak bij dr. Koster (cardioloog), maar hij ligt sinds gisteren in het verpleeghuis Rosendael voor revalidatie na een val.

Zijn huisarts, dokter Van der Meulen, heeft gevraagd of de controle (Holter 24 uur) kan worden verplaatst naar juli. Ik kan hem brengen vanaf het verpleeghuis.

Kunt u mij bellen op 06-28193370? Mijn vader zelf heeft geen telefoon meer. Post mag nog steeds naar zijn huisadres, Bloemgracht 22, 1015 TK Amsterdam, daar kijkt mijn broer Hakan regelmatig.

Alvast bedankt.

Vriendelijke groet,
Fatma Arslan

--
Deze e-mail is verzonden vanaf mijn telefoon.

______________________________________
Deze e-mail en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde. Ziekenhuis Amstelland, Laan van de Zorg 1, 1100 AA Amsterdam. Telefoon 020 555 0100.
""", [
    P("Fatma Arslan", "name"),
    P("fatma.arslan@example.net", "email"),
    P("Osman Arslan", "name"),
    P("01-07-1948", "birth_date"),
    P("553102035", "national_id", scheme="bsn"),
    P("Koster", "name"),
    P("Van der Meulen", "name", "Meulen"),
    P("06-28193370", "phone"),
    P("Bloemgracht 22, 1015 TK Amsterdam", "address", "Bloemgracht 22", "1015 TK"),
    P("Hakan", "name"),
], [
    L("7004312", "patient_number"), L("12 juni om 10:45", "date"), L("Rosendael", "facility"),
    L("Holter 24 uur", "procedure"), L("020 555 0100", "org_hotline"),
    L("Laan van de Zorg 1, 1100 AA Amsterdam", "org_address"),
]))

# 006 web shop refund thread, top-posted replies
A(Rec("nl-email-006", """
Onderwerp: Re: Re: Retour bestelling 110-4471829 - Lamp Olivia
Van: Ricardo Fernandes <ricardo.fernandes@example.nl>
Aan: service@example.com
Datum: 18 okt 2023, 20:31

Hallo Joyce,

Nog steeds niets ontvangen. Het is nu al 4 weken. Hieronder nogmaals mijn rekeningnummer: NL26 ASNB 3910 5061 27 t.n.v. R. Fernandes.

Ik wil ook graag weten waarom de Lamp Olivia (art. 4400-221, € 129,-) wel is teruggestort maar de kap (art. 4400-230, € 34,95) niet.

Groeten,
Ricardo
06 39 70 15 82

Op 11 okt 2023 om 14:05 schreef Klantenservice LichtHuis <service@example.com>:

    Beste Ricardo,

    Excuses voor het wachten. Je retour is op 2 oktober ontvangen in ons magazijn in Tilburg. Ik heb de terugbetaling opnieuw aangevraagd. Kun je voor de zekerheid je IBAN nog een keer sturen?

    Hartelijke groet,
    Joyce
    Team LichtHuis

    Op 1 okt 2023 om 10:12 schreef Ricardo Fernandes <ricardo.fernandes@example.nl>:

        Beste LichtHuis,

        Ik heb de lamp retour gestuurd via het pakketpunt, trackingnummer 3SLHT0998812004. Mijn adres is Kemphaanpad 7, 1319 EH Almere. Mijn vriendin Ana Sousa heeft het pakket weggebracht, het bonnetje heb ik nog.

        Groet,
        Ricardo Fernandes
""", [
    P("Ricardo Fernandes", "name", "Ricardo", "R. Fernandes"),
    P("ricardo.fernandes@example.nl", "email"),
    P("Joyce", "name"),
    P("NL26 ASNB 3910 5061 27", "iban", scheme="iban"),
    P("06 39 70 15 82", "phone"),
    P("Kemphaanpad 7, 1319 EH Almere", "address", "Kemphaanpad 7", "1319 EH"),
    P("Ana Sousa", "name"),
], [
    L("110-4471829", "order_number"), L("Lamp Olivia", "product"), L("art. 4400-221", "article_number"),
    L("€ 129,-", "price"), L("€ 34,95", "price"), L("3SLHT0998812004", "tracking_number"), L("4 weken", "duration"),
    L("2 oktober", "date"),
]))

# 007 school enrolment, forwarded (Doorgestuurd bericht)
A(Rec("nl-email-007", """
Van: Administratie OBS De Regenboog <administratie@example.nl>
Datum: vr 8 mrt 2024 om 13:20
Onderwerp: Fwd: Aanmelding zij-instromer groep 6
Aan: Wouter Brands <w.brands@example.nl>

Hoi Wouter,

Zie hieronder, een zij-instromer voor jouw groep 6 vanaf de meivakantie. Wil jij contact opnemen met de ouders voor een intakegesprek? Het onderwijskundig rapport van de vorige school komt nog.

Groetjes,
Gonny

---------- Doorgestuurd bericht ---------
Van: Sven Lindqvist <sven.lindqvist@example.org>
Date: do 7 mrt 2024 om 22:47
Subject: Aanmelding zij-instromer groep 6
To: <administratie@example.nl>

Goedenavond,

Wij verhuizen in april vanuit Zweden naar Wageningen en willen onze dochter aanmelden voor groep 6.

Naam kind: Maja Lindqvist
Geboortedatum: 23-10-2014
BSN: 265 531 937 (aangevraagd bij inschrijving RNI)
Vorige school: Ekbackeskolan, Uppsala
Nieuw adres: Generaal Foulkesweg 41, 6703 BT Wageningen
Ouders: Sven Lindqvist en Eline Lindqvist-Boer
Telefoon: +46 70 123 45 67 (tot april), daarna 06 12 08 39 44

Maja spreekt Nederlands (mijn vrouw is Nederlands) maar lezen en schrijven gaat nog moeizaam. Ze heeft een lichte vorm van dyslexie.

Met vriendelijke groet,
Sven
""", [
    P("Wouter Brands", "name", "Wouter"),
    P("w.brands@example.nl", "email"),
    P("Gonny", "name"),
    P("Sven Lindqvist", "name", "Sven"),
    P("sven.lindqvist@example.org", "email"),
    P("Maja Lindqvist", "name", "Maja"),
    P("23-10-2014", "birth_date"),
    P("265 531 937", "national_id", scheme="bsn"),
    P("Generaal Foulkesweg 41, 6703 BT Wageningen", "address", "Generaal Foulkesweg 41", "6703 BT"),
    P("Eline Lindqvist-Boer", "name"),
    P("+46 70 123 45 67", "phone"),
    P("06 12 08 39 44", "phone"),
], [
    L("OBS De Regenboog", "organisation"), L("groep 6", "class"), L("meivakantie", "period"),
    L("Ekbackeskolan, Uppsala", "school"), L("vr 8 mrt 2024 om 13:20", "timestamp"), L("RNI", "register_name"),
]))

# 008 accountant, cross-border NL/BE/FR
A(Rec("nl-email-008", """
Van: Pascale Dubois <pascale.dubois@example.com>
Aan: Administratiekantoor De Wit & Partners <info@example.net>
Onderwerp: Aangifte IB 2023 - grensarbeider + vakantiehuis Frankrijk
Datum: 3 mei 2024 22:15
Bijlagen: jaaropgave_2023.pdf; WOZ_beschikking.pdf; acte_notariale.pdf

Beste heer Verhoeven,

Zoals besproken stuur ik u de gegevens voor mijn aangifte 2023. Ik woon in België maar werk in Nederland (Maastricht).

- Naam: Pascale Dubois
- Geboren: 11 december 1977
- Rijksregisternummer: 77.12.11-302.02
- BSN: 401477162
- Woonadres: Rue Saint-Gilles 18, 4000 Liège
- Nederlandse rekening voor teruggave: NL72 SNSB 6650 1808 31

Sinds maart 2023 heb ik samen met mijn broer Olivier een vakantiehuis in Frankrijk: 12 Chemin des Vignes, 84110 Vaison-la-Romaine. Wij zijn elk voor 50% eigenaar, aankoopprijs € 238.000. Ik weet niet of dat in Nederland of België moet worden aangegeven.

Mijn jaaropgave toont een brutoloon van € 61.420 en ingehouden loonheffing € 17.905.

U kunt mij ook bellen: +32 478 90 14 62.

Met vriendelijke groeten,
Pascale
""", [
    P("Pascale Dubois", "name", "Pascale"),
    P("pascale.dubois@example.com", "email"),
    P("11 december 1977", "birth_date"),
    P("77.12.11-302.02", "national_id", scheme="be_rrn"),
    P("401477162", "national_id", scheme="bsn"),
    P("Rue Saint-Gilles 18, 4000 Liège", "address", "Rue Saint-Gilles 18", "4000 Liège"),
    P("NL72 SNSB 6650 1808 31", "iban", scheme="iban"),
    P("Olivier", "name"),
    P("12 Chemin des Vignes, 84110 Vaison-la-Romaine", "address", "12 Chemin des Vignes", "84110"),
    P("+32 478 90 14 62", "phone"),
    P("Verhoeven", "name"),
], [
    L("De Wit & Partners", "company_named_after_person"), L("2023", "year"), L("50%", "percentage"),
    L("€ 238.000", "price"), L("€ 61.420", "price"), L("€ 17.905", "price"), L("jaaropgave_2023.pdf", "attachment"),
]))
