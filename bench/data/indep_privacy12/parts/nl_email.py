from _common import R, N, E, P, L

RECORDS = []

RECORDS += [
R("nl-email-001", """
Van: Marjolein Terpstra <m.terpstra@xs4all.nl>
Aan: Klantenservice Voltana Energie <service@voltana-energie.nl>
Onderwerp: Re: Uw jaarafrekening 2023 – klantnummer 700581226

Beste heer/mevrouw,

Ik ben het niet eens met de jaarafrekening die ik op 4 maart heb ontvangen. Volgens jullie heb ik 6.812 kWh verbruikt, terwijl mijn meterstand op 31 december 41.097 was (foto in de bijlage). Het eindbedrag van € 1.187,34 klopt dus niet.

Ook zie ik dat jullie nog steeds mijn oude adres (Rozengracht 77-2, 1016 LV Amsterdam) gebruiken voor de correspondentie, terwijl ik sinds september woon op Bilderdijkkade 5 huis, 1053 VA Amsterdam.

Graag ontvang ik een gecorrigeerde afrekening. Het teveel betaalde bedrag kan worden teruggestort op NL64 RABO 1499 7562 55.

Met vriendelijke groet,

Marjolein Terpstra
06-18 27 39 50

> Op 6 maart 2024 om 09:12 schreef Klantenservice Voltana Energie <service@voltana-energie.nl>:
>
> Beste mevrouw Terpstra,
>
> Hartelijk dank voor uw bericht. Uw jaarafrekening is gebaseerd op de standen die uw slimme meter (meternummer 3SZ-4401-77218) heeft doorgegeven. Als u denkt dat deze niet kloppen, kunt u een foto van de meter sturen.
>
> Met vriendelijke groet,
>
> Dennis Wouda
> Klantenservice Voltana Energie
> Postbus 1200, 3500 BE Utrecht | 088 - 123 45 00
""", [
    N("Marjolein Terpstra"),
    E("m.terpstra@xs4all.nl"),
    P("Rozengracht 77-2", "address"),
    P("1016 LV", "postcode"),
    P("Bilderdijkkade 5 huis", "address"),
    P("1053 VA", "postcode"),
    P("NL64 RABO 1499 7562 55", "iban"),
    P("06-18 27 39 50", "phone"),
    N("Dennis Wouda"),
], [
    L("700581226", "customer_number"),
    L("6.812 kWh", "consumption"),
    L("41.097", "meter_reading"),
    L("€ 1.187,34", "amount"),
    L("3SZ-4401-77218", "meter_number"),
    L("service@voltana-energie.nl", "company_email"),
    L("Postbus 1200, 3500 BE Utrecht", "company_address"),
    L("088 - 123 45 00", "company_phone"),
]),

R("nl-email-002", """
Van: Kees Wijnands <keeswijnands@hetnet.nl>
Verzonden: maandag 10 juni 2024 21:47
Aan: info@woonstede-noord.nl
Onderwerp: FW: lekkage badkamer – Van Heemskerckstraat 31-1

Geachte heer, mevrouw,

Hieronder stuur ik de mail van mijn bovenbuurman door. Sinds twee weken lekt er water door mijn plafond. Ik heb al twee keer gebeld (meldingsnummer RV-2024-04417) maar er is nog niemand geweest.

Vriendelijke groet,
Kees Wijnands
Van Heemskerckstraat 31-1
2518 JD Den Haag
tel. 070-362 81 94

---------- Doorgestuurd bericht ----------
Van: Ayoub Benali <a.benali.dh@gmail.com>
Datum: zo 9 jun 2024 om 18:02
Onderwerp: lekkage
Aan: Kees <keeswijnands@hetnet.nl>

Hoi Kees,

Sorry voor het water! De loodgieter (Loodgietersbedrijf Jansen & Zn) heeft vandaag gekeken, het komt van de afvoer van het bad en die valt onder de corporatie. Hij heeft het tijdelijk afgedicht. Zijn rapport zit in de bijlage (offerte OF-8812, € 465,00 incl. btw).

Ik ben de komende week bereikbaar op 0684 19 27 30.

Groet,
Ayoub
""", [
    N("Kees Wijnands"),
    E("keeswijnands@hetnet.nl"),
    P("Van Heemskerckstraat 31-1", "address"),
    P("2518 JD", "postcode"),
    P("070-362 81 94", "phone"),
    N("Ayoub Benali"),
    E("a.benali.dh@gmail.com"),
    P("0684 19 27 30", "phone"),
], [
    L("maandag 10 juni 2024 21:47", "timestamp"),
    L("info@woonstede-noord.nl", "company_email"),
    L("RV-2024-04417", "case_number"),
    L("twee weken", "duration"),
    L("Loodgietersbedrijf Jansen & Zn", "company"),
    L("OF-8812", "quote_number"),
    L("€ 465,00 incl. btw", "amount"),
]),

R("nl-email-003", """
Van: Klantenservice Loopwerk <klantenservice@loopwerk.nl>
Aan: lien.wuyts@hotmail.be
Onderwerp: RE: Retour bestelling 50077812 – verkeerde maat

Beste Lien,

Excuses voor de verwisseling. In de bijlage vind je een internationaal retourlabel (retournummer RET-BE-20931). Je kunt het pakket afgeven in elk bpost-punt. Zodra we het paar ontvangen hebben, storten we € 89,95 terug.

Met sportieve groet,
Bram Dekeyser
Klantenservice Loopwerk
KvK 71234567 | BTW NL001234567B01

-----Oorspronkelijk bericht-----
Van: lien.wuyts@hotmail.be
Verzonden: maandag 3 juni 2024 08:15
Onderwerp: Retour bestelling 50077812 – verkeerde maat

Goeiedag,

Op 2 juni bestelde ik bij jullie twee paar sneakers (artikel SN-4471-38 en SN-4471-39), maar in het pakket zat twee keer maat 38. Ik wil het tweede paar graag terugsturen. Kunnen jullie een retourlabel sturen? Ik woon in België, dus het Nederlandse label werkt hier niet.

Mijn gegevens:
Lien Wuyts
Kerkstraat 4 bus 1
3500 Hasselt
GSM: +32 494 61 22 08
Rekeningnummer voor de terugbetaling: BE91 4972 4219 3376

Het pakket werd overigens afgegeven bij mijn buurman, Jef Vanderlinden, op nummer 6.

Alvast bedankt!
Lien

Verzonden vanaf mijn iPhone
""", [
    E("lien.wuyts@hotmail.be"),
    N("Bram Dekeyser"),
    N("Lien Wuyts"),
    P("Kerkstraat 4 bus 1", "address"),
    P("3500", "postcode"),
    P("+32 494 61 22 08", "phone"),
    P("BE91 4972 4219 3376", "iban"),
    N("Jef Vanderlinden"),
], [
    L("50077812", "order_number"),
    L("RET-BE-20931", "return_number"),
    L("€ 89,95", "amount"),
    L("KvK 71234567", "company_registration"),
    L("BTW NL001234567B01", "vat_number"),
    L("SN-4471-38", "article_number"),
    L("SN-4471-39", "article_number"),
    L("klantenservice@loopwerk.nl", "company_email"),
]),

R("nl-email-004", """
Aan: schade@veiligonderweg.nl
Onderwerp: Schademelding polis 88-30194-AU – aanrijding parkeerplaats

Geachte heer/mevrouw,

Hierbij meld ik schade aan mijn auto (Peugeot 208, kenteken 6-KZT-94), ontstaan op donderdag 13 juni om ca. 16.15 uur op de parkeerplaats van de supermarkt aan de Burgemeester Roelenweg in Zwolle.

De tegenpartij, mevrouw S. Ayhan, reed achteruit en raakte mijn linker portier. Zij heeft de schuld erkend op het schadeformulier. Haar gegevens:
- Naam: Selin Ayhan
- Adres: Assendorperstraat 102, 8012 DK Zwolle
- Telefoon: 06 27 93 04 18
- Kenteken: HT-739-B
- Verzekerd bij: Noordzee Verzekeringen, polis 4417-2209-X

Ik heb de schade laten taxeren bij Schadeherstel Zwolle-Zuid; de offerte bedraagt € 1.846,20.

Met vriendelijke groet,

ing. R.J. (Rik) Kamphuis
Hoogstraat 12
8021 AB Zwolle
06 53 00 82 19
rik.kamphuis@home.nl

Bijlagen: schadeformulier.pdf, fotos_portier.zip, offerte_SZZ_2024-118.pdf
""", [
    P("6-KZT-94", "plate"),
    N("Selin Ayhan"),
    P("Assendorperstraat 102", "address"),
    P("8012 DK", "postcode"),
    P("06 27 93 04 18", "phone"),
    P("HT-739-B", "plate"),
    N("R.J. (Rik) Kamphuis"),
    P("Hoogstraat 12", "address"),
    P("8021 AB", "postcode"),
    P("06 53 00 82 19", "phone"),
    E("rik.kamphuis@home.nl"),
], [
    L("schade@veiligonderweg.nl", "company_email"),
    L("88-30194-AU", "policy_number"),
    L("Peugeot 208", "product"),
    L("16.15 uur", "time"),
    L("Noordzee Verzekeringen", "company"),
    L("4417-2209-X", "policy_number"),
    L("€ 1.846,20", "amount"),
    L("offerte_SZZ_2024-118.pdf", "file_name"),
]),
]

RECORDS += [
R("nl-email-005", """
Aan: Gemeente Spaarnestad, Afdeling Parkeerbelastingen
Onderwerp: Bezwaar naheffingsaanslag 2024.0.118.774.2

Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen de naheffingsaanslag met nummer 2024.0.118.774.2 van 28 mei 2024, opgelegd om 10:14 uur voor mijn auto met kenteken 52-HRN-7.

Ik had op dat moment een geldige bezoekersparkeervergunning via de app van mijn moeder, mevrouw H.M. Zwart-Roodenburg, die woont op Kenaupark 18, 2011 MT. Zij is hoogbejaard en kan niet zelf inloggen, daarom heb ik het kenteken voor haar aangemeld. Het transactienummer in de app is TX-99120455, gestart om 09:58 uur. Een schermafdruk zit in de bijlage.

Mijn gegevens:
Naam: G. (Gert) Zwart
BSN: 498113516
Geboortedatum: 17-10-1961
Adres: Lindenlaan 45, 2061 CG Bloemendaal
IBAN voor terugbetaling van € 72,40: NL75 INGB 4135 8180 31

Hoogachtend,

G. Zwart
""", [
    P("52-HRN-7", "plate"),
    N("H.M. Zwart-Roodenburg"),
    P("Kenaupark 18", "address"),
    P("2011 MT", "postcode"),
    N("G. (Gert) Zwart"),
    P("498113516", "national_id", check="bsn"),
    P("17-10-1961", "birth_date"),
    P("Lindenlaan 45", "address"),
    P("2061 CG", "postcode"),
    P("NL75 INGB 4135 8180 31", "iban"),
], [
    L("Afdeling Parkeerbelastingen", "department"),
    L("2024.0.118.774.2", "assessment_number"),
    L("28 mei 2024", "date"),
    L("10:14 uur", "time"),
    L("TX-99120455", "transaction_number"),
    L("09:58 uur", "time"),
    L("€ 72,40", "amount"),
]),

R("nl-email-006", """
Van: h.bruinsma@kpnmail.nl
Aan: patientenservice@zkh-oostmeer.nl
Onderwerp: Verzoek afschrift medisch dossier

Geachte medewerker van het Patiëntenservicebureau,

Graag ontvang ik een kopie van mijn medisch dossier van de afdeling Cardiologie, met name van mijn opname van 3 t/m 7 maart 2024 en de uitslag van de hartkatheterisatie (uitgevoerd door dr. F. El Khatib). Mijn nieuwe cardioloog in Groningen, dr. Anna Veldman, heeft deze gegevens nodig.

Mijn gegevens:
Hanneke Bruinsma
geboren 29 januari 1958
BSN 433311381
Noorderbinnensingel 41a, 9712 XP Groningen
Telefoon 050 - 312 84 77

Een kopie van mijn paspoort (nummer NVK7L2R93, BSN afgeschermd) stuur ik mee. Ik heb het formulier 'Inzage medisch dossier' (versie 2.1) ingevuld als bijlage toegevoegd. Ik begrijp dat de wettelijke termijn vier weken is.

Wilt u de stukken via beveiligde mail sturen en niet per gewone post?

Met vriendelijke groet,
Hanneke Bruinsma
""", [
    E("h.bruinsma@kpnmail.nl"),
    N("dr. F. El Khatib"),
    N("dr. Anna Veldman"),
    N("Hanneke Bruinsma"),
    P("29 januari 1958", "birth_date"),
    P("433311381", "national_id", check="bsn"),
    P("Noorderbinnensingel 41a", "address"),
    P("9712 XP", "postcode"),
    P("050 - 312 84 77", "phone"),
    P("NVK7L2R93", "national_id", check="none"),
], [
    L("patientenservice@zkh-oostmeer.nl", "company_email"),
    L("Patiëntenservicebureau", "department"),
    L("afdeling Cardiologie", "department"),
    L("3 t/m 7 maart 2024", "admission_dates"),
    L("hartkatheterisatie", "procedure"),
    L("(versie 2.1)", "form_version"),
    L("vier weken", "duration"),
]),

R("nl-email-007", """
Onderwerp: RE: Doorbelasting verkeersboete – kenteken XL-804-P

Hallo Mireille,

Dank voor je bericht. Ik reed op 22 april inderdaad in de auto, maar ik betwist de gemeten snelheid. Kun je de boete op mijn naam laten zetten, zodat ik zelf bezwaar kan maken? Mijn gegevens:

Naam: Hidde Jan Zijlstra
Rijbewijsnummer: 5319274860
Geboortedatum: 08-07-1990
Adres: Zuiderweg 7A, 8911 BB Leeuwarden

Groet,
Hidde Zijlstra
Accountmanager | Friesland Techniek B.V.
M 06 2210 4498

-----Oorspronkelijk bericht-----
Van: Mireille Bakx <m.bakx@fleetwise-lease.nl>
Verzonden: dinsdag 11 juni 2024 14:03
Aan: Zijlstra, Hidde <h.zijlstra@frieslandtechniek.nl>
Onderwerp: Doorbelasting verkeersboete – kenteken XL-804-P

Geachte heer Zijlstra,

Wij ontvingen een boete van het CJIB voor uw leaseauto met kenteken XL-804-P (overtreding op de A7, 22-04-2024, 17 km/u te hard). CJIB-kenmerk 3018 4420 9917 6632. Het boetebedrag van € 112,00 plus € 9,00 administratiekosten wordt doorbelast aan uw werkgever.

Met vriendelijke groet,
Mireille Bakx
Team Boetes | FleetWise Lease
""", [
    P("XL-804-P", "plate"),
    N("Mireille Bakx"),
    N("Hidde Jan Zijlstra"),
    P("5319274860", "national_id", check="none"),
    P("08-07-1990", "birth_date"),
    P("Zuiderweg 7A", "address"),
    P("8911 BB", "postcode"),
    P("06 2210 4498", "phone"),
    E("m.bakx@fleetwise-lease.nl"),
    E("h.zijlstra@frieslandtechniek.nl"),
], [
    L("22 april", "date"),
    L("Friesland Techniek B.V.", "company"),
    L("dinsdag 11 juni 2024 14:03", "timestamp"),
    L("A7", "road"),
    L("17 km/u", "speed"),
    L("3018 4420 9917 6632", "fine_reference"),
    L("€ 112,00", "amount"),
    L("Team Boetes", "department"),
]),

R("nl-email-008", """
Aan: klachten@belnet.nl
Onderwerp: Klacht: SIM-swap zonder mijn toestemming!!

Geachte klantenservice,

Op zaterdag 15 juni rond 23:40 viel mijn mobiele nummer 06 4788 1236 ineens uit. Achteraf blijkt dat iemand via Mijn Belnet (gebruikersnaam: hvdberg_1969) een nieuwe eSIM heeft aangevraagd. In het overzicht van inlogactiviteit zie ik een login vanaf IP 203.0.113.201, en dat ben ik niet.

Daarna is er met mijn nummer ingelogd bij mijn bank en is er € 3.900 afgeschreven. Aangifte is gedaan (proces-verbaal 2024161233-1).

Ik verwacht dat jullie:
1. mijn nummer per direct terugzetten op mijn fysieke simkaart;
2. schriftelijk bevestigen hoe en door wie de eSIM is aangevraagd.

Klantnummer: 3300 1188 422
Abonnement: Belnet Sim Only 10 GB

Ik ben tot die tijd bereikbaar via het nummer van mijn vrouw, Ellen van den Berg-Hoekman: 06 1177 2093, of per mail.

Met vriendelijke groet,

Harm van den Berg
Geboortedatum 04-03-1969
Prinses Irenelaan 22, 3862 ZE Nijkerk
harm.vdberg@gmail.com

> Automatisch antwoord: Bedankt voor uw e-mail aan Belnet. Uw ticketnummer is #T-2024-661839. We reageren binnen 3 werkdagen.
""", [
    P("06 4788 1236", "phone"),
    P("hvdberg_1969", "username"),
    P("203.0.113.201", "ip"),
    N("Ellen van den Berg-Hoekman"),
    P("06 1177 2093", "phone"),
    N("Harm van den Berg"),
    P("04-03-1969", "birth_date"),
    P("Prinses Irenelaan 22", "address"),
    P("3862 ZE", "postcode"),
    E("harm.vdberg@gmail.com"),
], [
    L("klachten@belnet.nl", "company_email"),
    L("zaterdag 15 juni rond 23:40", "datetime"),
    L("Mijn Belnet", "product"),
    L("€ 3.900", "amount"),
    L("2024161233-1", "police_report_number"),
    L("3300 1188 422", "customer_number"),
    L("Belnet Sim Only 10 GB", "product"),
    L("#T-2024-661839", "ticket_number"),
    L("3 werkdagen", "duration"),
]),
]
