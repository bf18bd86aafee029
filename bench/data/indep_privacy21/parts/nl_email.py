from rec import R, N, P, A, E, U, L

RECORDS = [
R("nl-email-001", """
Van: Roel Hartman <roel.hartman@example.com>
Aan: schade@veiligthuis-verzekeringen.example
Onderwerp: RE: Uw schademelding S24-004417

Geachte heer/mevrouw,

Hierbij stuur ik zoals gevraagd de foto's van de waterschade en de offerte van Schildersbedrijf De Kwast (€ 1.875,00 incl. btw). De schade is ontstaan op 2 februari door een gesprongen leiding.

Mijn polisnummer is WV-7718392. Het adres is Prinses Irenestraat 31, 5211 KX 's-Hertogenbosch. Het bedrag mag worden overgemaakt naar NL55 ABNA 0127 0718 98 t.n.v. R.J. Hartman.

Ik ben overdag bereikbaar op 06-27194480.

Met vriendelijke groet,
Roel Hartman

> Op 5 feb. 2024 om 11:02 schreef Schadeafdeling VeiligThuis <schade@veiligthuis-verzekeringen.example>:
> Beste heer Hartman,
> Bedankt voor uw melding. Wilt u ons foto's en een offerte sturen? Uw dossier wordt behandeld door Marieke Stoel.
> Met vriendelijke groet,
> Marieke Stoel
> Schadebehandelaar | VeiligThuis Verzekeringen | Postbus 1200, 3500 BC Utrecht
""", [
    N("Roel Hartman"), E("roel.hartman@example.com"), A("Prinses Irenestraat 31, 5211 KX 's-Hertogenbosch", "Prinses Irenestraat 31", "5211 KX"),
    P("NL55 ABNA 0127 0718 98", "iban"), N("R.J. Hartman"), P("06-27194480", "phone"), N("Marieke Stoel"),
], [L("S24-004417", "claim_number"), L("Schildersbedrijf De Kwast", "company"), L("€ 1.875,00", "price"),
    L("2 februari", "date"), L("WV-7718392", "policy_number"), L("5 feb. 2024 om 11:02", "date")]),

R("nl-email-002", """
Onderwerp: Fwd: bezwaar WOZ-beschikking 2024

Hoi, zie hieronder, kunnen jullie dit doorzetten naar belastingen? Groet, Annelies (balie)

---------- Doorgestuurd bericht ---------
Van: Willem Schouten <w.schouten@example.net>
Datum: ma 18 mrt 2024 om 21:47
Onderwerp: bezwaar WOZ-beschikking 2024
Aan: <info@gemeente-voorbeeld.example>

Geachte heer, mevrouw,

Ik maak bezwaar tegen de WOZ-waarde van mijn woning aan de Bergweg 104, 3036 BE Rotterdam. De waarde is vastgesteld op € 412.000, terwijl vergelijkbare woningen in de straat rond € 365.000 liggen. Het aanslagnummer is 8820.1192.0477.

Mijn gegevens:
Naam: W.F. (Willem) Schouten
BSN: 555609704
Geboortedatum: 07-03-1961
Telefoon: 010 - 466 29 81

Ik verzoek u de waarde te verlagen en mij een taxatieverslag te sturen.

Hoogachtend,
Willem Schouten
""", [
    N("Annelies"), N("Willem Schouten"), E("w.schouten@example.net"),
    A("Bergweg 104, 3036 BE Rotterdam", "Bergweg 104", "3036 BE"), N("W.F. (Willem) Schouten"),
    P("555609704", "national_id", scheme="bsn"), P("07-03-1961", "birth_date"), P("010 - 466 29 81", "phone"),
], [L("ma 18 mrt 2024 om 21:47", "date"), L("€ 412.000", "price"), L("€ 365.000", "price"),
    L("8820.1192.0477", "assessment_number"), L("WOZ-waarde", "term")]),

R("nl-email-003", """
Beste klantenservice van Pluim & Co,

Ik heb gisteren bestelling 100-4482913 geplaatst (2x dekbedovertrek 'Nina' 240x220 en 1x hoeslaken), maar ik zie dat het oude afleveradres is gebruikt. Kunnen jullie het nog wijzigen naar:

Sophie Kramer
Van Lennepkade 12-3
1054 ZJ Amsterdam

Mijn telefoonnummer voor de bezorger is 06 47 81 20 59. Als ik niet thuis ben mag het bij de buurman, Gert-Jan Hofman. Betaald met creditcard 4229 1938 9193 7534, mocht het opnieuw moeten.

Alvast bedankt!
Groetjes, Sophie

--
Sophie Kramer
sophiekramer@example.org

Op di 9 apr. 2024 14:20 schreef Pluim & Co <noreply@pluimenco.example>:
> Bedankt voor je bestelling! Totaalbedrag: € 139,85. Verwachte levering: do 11 april.
""", [
    N("Sophie Kramer"), A("Van Lennepkade 12-3\n1054 ZJ Amsterdam", "Van Lennepkade 12-3", "1054 ZJ"),
    P("06 47 81 20 59", "phone"), P("4229 1938 9193 7534", "card"), E("sophiekramer@example.org"), N("Gert-Jan Hofman"),
    N("Sophie"),
], [L("Pluim & Co", "company"), L("100-4482913", "order_number"), L("'Nina'", "product"), L("240x220", "size"),
    L("€ 139,85", "price"), L("do 11 april", "date")]),

R("nl-email-004", """
Onderwerp: Terugbetaling kinesitherapie - dossier van mijn dochter

Beste,

In bijlage de getuigschriften voor verstrekte hulp voor de kinesitherapie van mijn dochter Amber Wuyts (rijksregisternummer 03.06.17-454.43), in totaal 9 sessies voor € 243,00.

Mijn eigen lidnummer bij het ziekenfonds is 118-2047733-21. Wij zijn verhuisd naar Kerkstraat 8, 2390 Malle. Graag de terugbetaling op rekening BE32 0495 3964 6202 op naam van Nathalie Wuyts-Janssens.

Voor vragen kan u mij bereiken op 0494 71 20 85 of via dit adres.

Met vriendelijke groeten,
Nathalie Wuyts-Janssens
nathalie.wuyts@example.com

Dit bericht werd verstuurd vanaf mijn iPhone
""", [
    N("Amber Wuyts"), P("03.06.17-454.43", "national_id", scheme="rrn"),
    A("Kerkstraat 8, 2390 Malle", "Kerkstraat 8", "2390"), P("BE32 0495 3964 6202", "iban"),
    N("Nathalie Wuyts-Janssens"), P("0494 71 20 85", "phone"), E("nathalie.wuyts@example.com"),
], [L("9 sessies", "quantity"), L("€ 243,00", "price"), L("118-2047733-21", "member_number"),
    L("iPhone", "product"), L("getuigschriften voor verstrekte hulp", "document_type")]),

R("nl-email-005", """
Van: Thijs Bosman
Verzonden: donderdag 4 april 2024 08:12
Aan: HR Salarisadministratie
Onderwerp: Wijziging bankrekening + adres

Hoi HR,

Per 1 mei wil ik mijn salaris graag op een nieuwe rekening: NL42 ASNB 0208 3629 05 (t.n.v. T. Bosman). Ook ben ik verhuisd, mijn nieuwe adres is Kastanjelaan 71, 7522 DL Enschede.

Mijn personeelsnummer is 10553. In de bijlage een kopie van mijn ID (nummer IRV38KF40), zoals gevraagd in het formulier HR-07.

Kan de loonheffingskorting blijven zoals hij is? Mijn partner Femke gaat bij jullie ook beginnen per 1 juni, zij komt zelf nog langs.

Groeten,
Thijs Bosman
Teamleider Magazijn | tel. 06 12 95 73 38
""", [
    N("Thijs Bosman"), P("NL42 ASNB 0208 3629 05", "iban"), N("T. Bosman"),
    A("Kastanjelaan 71, 7522 DL Enschede", "Kastanjelaan 71", "7522 DL"),
    P("IRV38KF40", "national_id", scheme="none"), N("Femke"), P("06 12 95 73 38", "phone"),
], [L("donderdag 4 april 2024 08:12", "date"), L("1 mei", "date"), L("10553", "employee_number"),
    L("HR-07", "form_number"), L("1 juni", "date")]),

R("nl-email-006", """
Onderwerp: Overlast bovenburen / huurnummer 40-2217-09

Geachte heer Vos,

Ik schrijf u opnieuw over de geluidsoverlast van de bewoners van Oranjeplein 14B. Sinds januari wordt er vrijwel elke nacht tot 03:00 uur muziek gedraaid. Ik heb dit ook gemeld op 12 februari (meldingnummer 2024-OV-0392) maar er is niets veranderd.

De buurvrouw van 14C, mevrouw Ellen Timmer, kan dit bevestigen; zij is bereikbaar op 06-52 39 18 07 en heeft toestemming gegeven haar nummer te delen.

Ik woon zelf op Oranjeplein 14A, 6221 EJ Maastricht.

Met vriendelijke groet,
Kees-Jan Peters
tel. 043 - 352 81 46

Wooncorporatie Maasoever | Klantcontact | Postbus 555, 6200 AN Maastricht | www.maasoever.example
""", [
    N("Vos"), A("Oranjeplein 14B", "Oranjeplein 14B"), N("Ellen Timmer"), P("06-52 39 18 07", "phone"),
    A("Oranjeplein 14A, 6221 EJ Maastricht", "Oranjeplein 14A", "6221 EJ"), N("Kees-Jan Peters"),
    P("043 - 352 81 46", "phone"),
], [L("40-2217-09", "contract_number"), L("03:00", "time"), L("12 februari", "date"),
    L("2024-OV-0392", "ticket_number"), L("Wooncorporatie Maasoever", "company")]),

R("nl-email-007", """
Onderwerp: Nummerbehoud aanvraag mislukt

Beste Telefix,

Mijn overstap (ordernummer TF-229017) is vastgelopen. De nummerportering van 06 30 71 84 52 werd geweigerd met foutcode NP-14. Mijn oude provider zegt dat het klantnummer niet klopt, maar ik heb het overgenomen van mijn factuur: 7720185533.

De nieuwe simkaart heb ik al op 2 april ontvangen. Het abonnement staat op naam van mijn vader, Henk Jacobs, geboren 14-08-1958, maar ik ben de gebruiker. Zijn mailadres is henk.jacobs1958@example.net en hij woont op De Ruyterstraat 9, 4381 KC Vlissingen.

Kunnen jullie het opnieuw aanvragen? Ik wil graag het 'Onbeperkt 5G' abonnement van € 25 houden.

Mvg,
Eva Jacobs
""", [
    P("06 30 71 84 52", "phone"), N("Henk Jacobs"), P("14-08-1958", "birth_date"), E("henk.jacobs1958@example.net"),
    A("De Ruyterstraat 9, 4381 KC Vlissingen", "De Ruyterstraat 9", "4381 KC"), N("Eva Jacobs"),
    P("7720185533", "iban", scheme="none"),
], [L("TF-229017", "order_number"), L("NP-14", "error_code"), L("2 april", "date"),
    L("'Onbeperkt 5G'", "product"), L("€ 25", "price")]),

R("nl-email-008", """
Van: Apotheek De Linde <recepten@apotheekdelinde.example>
Aan: Huisartsenpraktijk Zuiderpark
Onderwerp: Herhaalrecept - vraag

Beste collega's,

Wij ontvingen een herhaalverzoek voor mevr. G. (Gonny) Verschoor-Lindeman, geb. 23-05-1944, BSN 797201476, wonende Zonnebloemstraat 3, 2564 RT Den Haag.

Het gaat om metoprolol 50 mg, 90 stuks, en omeprazol 20 mg. Volgens ons systeem is de laatste controle door dokter Bakhuizen van 11-10-2023. Kunnen jullie bevestigen dat herhalen akkoord is?

Patiënte is telefonisch bereikbaar via haar schoonzoon, Erik, op 06 11 49 83 72.

Met vriendelijke groet,
Joyce
Apothekersassistente, Apotheek De Linde
""", [
    N("Gonny"), N("Verschoor-Lindeman"), P("23-05-1944", "birth_date"), P("797201476", "national_id", scheme="bsn"),
    A("Zonnebloemstraat 3, 2564 RT Den Haag", "Zonnebloemstraat 3", "2564 RT"), N("Bakhuizen"), N("Erik"),
    P("06 11 49 83 72", "phone"), N("Joyce"),
], [L("Apotheek De Linde", "company"), L("metoprolol 50 mg", "medication"), L("90 stuks", "quantity"),
    L("omeprazol 20 mg", "medication"), L("11-10-2023", "date"), L("Huisartsenpraktijk Zuiderpark", "company")]),
]
