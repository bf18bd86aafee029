import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import N, E, P, L, R  # noqa: E402

RECORDS = []

# 001 home insurance complaint, reply with quoted insurer letter
RECORDS.append(R("nl-email-001", """Van: Hanneke Scholten <hanneke.scholten@example.com>
Aan: schade@woonzeker.example
Onderwerp: RE: Uw schademelding 2024-WS-118230
Datum: 22 april 2024 21:47

Geachte heer Brouwer,

Dank voor uw reactie, maar ik ben het er niet mee eens dat de schade onder "achterstallig onderhoud" valt. De leiding is in 2021 nog vervangen door Loodgietersbedrijf Gerrit Hofstede; de factuur (nr. 21-0877) stuur ik als bijlage mee. Mijn buurman, de heer Koopmans, was erbij toen het lek ontdekt werd en kan dat bevestigen.

Ik verzoek u het besluit te heroverwegen. Het gaat om € 3.275,40 aan herstelkosten voor de parketvloer. Een eventuele uitkering kunt u overmaken op NL72 RABO 9030 7225 24.

Met vriendelijke groet,

Hanneke Scholten
Prins Hendrikkade 14-II
1012 TL Amsterdam
06 22 81 47 39
Polisnummer: WZ-0098123

> Van: Schadeafdeling WoonZeker <schade@woonzeker.example>
> Datum: 18 april 2024
> Onderwerp: Uw schademelding 2024-WS-118230
>
> Geachte mevrouw Scholten,
>
> Wij hebben uw melding van waterschade d.d. 9 april ontvangen. Na beoordeling door onze expert, de heer K. Vermeer, concluderen wij dat de schade is ontstaan door langdurige lekkage en daarmee onder de uitsluiting achterstallig onderhoud valt (artikel 7.3 van de polisvoorwaarden).
>
> Met vriendelijke groet,
> Dirk Brouwer
> Schadebehandelaar WoonZeker""", [
    N("Hanneke Scholten"),
    E("hanneke.scholten@example.com"),
    N("Dirk Brouwer"),
    N("Koopmans"),
    P("NL72 RABO 9030 7225 24", "iban", check="iban"),
    P("Prins Hendrikkade 14-II\n1012 TL Amsterdam", "address", "Prins Hendrikkade 14-II", "1012 TL"),
    P("06 22 81 47 39", "phone"),
    N("K. Vermeer"),
], [
    L("2024-WS-118230", "claim_number"),
    L("22 april 2024 21:47", "date"),
    L("Loodgietersbedrijf Gerrit Hofstede", "company"),
    L("21-0877", "invoice_number"),
    L("€ 3.275,40", "price"),
    L("WZ-0098123", "policy_number"),
    L("9 april", "date"),
    L("artikel 7.3", "reference_number"),
]))

# 002 daughter forwards her mother's e-mail to the housing association (Dutch forward header)
RECORDS.append(R("nl-email-002", """Van: Sanne Kuijpers <sanne.kuijpers@example.net>
Aan: info@woonstede-noord.example
Onderwerp: Fwd: Schimmel in slaapkamer

Beste medewerker van Woonstede Noord,

Hieronder stuur ik de mail door die mijn moeder in februari heeft gestuurd. Er is nog steeds niets gebeurd. Mijn moeder is 82 en heeft COPD, dus de schimmel is echt een probleem. Ik ben gemachtigd om namens haar te handelen, de machtiging zit in de bijlage.

U kunt mij overdag bereiken op 06 57 31 28 04.

Groet,
Sanne Kuijpers

---------- Doorgestuurd bericht ---------
Van: Thea Kuijpers-van Dam <t.kuijpers@example.com>
Datum: di 13 feb 2024 om 10:12
Onderwerp: Schimmel in slaapkamer
Aan: <info@woonstede-noord.example>

Geachte heer/mevrouw,

Ik woon op Esdoornstraat 5, 8014 LC Zwolle (huurnummer 30418-02). Sinds de nieuwe kozijnen zijn geplaatst door de firma Jansen & Zn. zit er zwarte schimmel op de muur van de slaapkamer. Ik heb al twee keer gebeld maar er komt niemand.

Voor de controle: mijn geboortedatum is 17-06-1941.

Kunt u binnen 6 weken iemand sturen?

Met vriendelijke groet,
Th. Kuijpers-van Dam
tel. 038 421 67 90""", [
    N("Sanne Kuijpers"),
    E("sanne.kuijpers@example.net"),
    P("06 57 31 28 04", "phone"),
    N("Thea Kuijpers-van Dam"),
    E("t.kuijpers@example.com"),
    P("Esdoornstraat 5, 8014 LC Zwolle", "address", "Esdoornstraat 5", "8014 LC"),
    P("17-06-1941", "birth_date"),
    P("038 421 67 90", "phone"),
], [
    L("Woonstede Noord", "company"),
    L("februari", "date"),
    L("di 13 feb 2024 om 10:12", "date"),
    L("30418-02", "contract_number"),
    L("Jansen & Zn.", "company"),
    L("binnen 6 weken", "duration"),
]))

# 003 Flemish resident to the city about a parking permit: plates, RRN, structured payment reference
RECORDS.append(R("nl-email-003", """Van: Bram Wuyts <bram.wuyts@example.com>
Aan: mobiliteit@stad-lier.example
Onderwerp: aanvraag bewonerskaart - nieuwe wagen

Goeiedag,

Ik heb sinds vorige week een nieuwe wagen en wil graag mijn bewonerskaart laten overzetten. Mijn oude nummerplaat was 1-KPL-482, de nieuwe is 2-ABF-937 (een Toyota Yaris Cross, benzine).

Mijn gegevens:
Adres: Kartuizersvest 56, 2500 Lier
Rijksregisternummer: 67.06.28-269.49

De kaart kost € 25 per jaar. Ik heb dat bedrag gisteren al overgeschreven van BE79 4087 4161 0333, met de gestructureerde mededeling +++090/4418/72335+++ die op jullie website stond.

Mijn partner, Eline Goossens, rijdt ook met de wagen. Moet zij nog iets apart aanvragen?

Alvast bedankt.

Met vriendelijke groeten,
Bram Wuyts
gsm 0477 20 58 13

--
Stad Lier - Dienst Mobiliteit
Dit bericht werd automatisch geregistreerd onder dossier MOB/2024/3318.""", [
    N("Bram Wuyts"),
    E("bram.wuyts@example.com"),
    P("1-KPL-482", "plate"),
    P("2-ABF-937", "plate"),
    P("Kartuizersvest 56, 2500 Lier", "address", "Kartuizersvest 56", "2500"),
    P("67.06.28-269.49", "national_id", check="rrn"),
    P("BE79 4087 4161 0333", "iban", check="iban"),
    N("Eline Goossens"),
    P("0477 20 58 13", "phone"),
], [
    L("Toyota Yaris Cross", "product"),
    L("€ 25 per jaar", "price"),
    L("+++090/4418/72335+++", "reference_number"),
    L("MOB/2024/3318", "case_number"),
    L("Stad Lier", "company"),
]))

# 004 pharmacy repeat prescription: reply above the quoted original (sent from phone)
RECORDS.append(R("nl-email-004", """Onderwerp: Re: herhaalrecept

Beste meneer Wolters,

Uw herhaalrecept staat donderdag 9 mei na 14:00 voor u klaar. Omdat mevrouw Lubbers het voor u ophaalt, vragen wij haar een legitimatiebewijs mee te nemen. De omeprazol is op dit moment slecht leverbaar; u krijgt daarom eenmalig 30 stuks van een ander merk.

Met vriendelijke groet,

Yasmina
Apothekersassistente
Apotheek De Gaper
Wilt u herhaalmedicatie voortaan via de app bestellen? Dat kan 24 uur per dag.

Op 6 mei 2024 om 08:12 schreef G.J. Wolters <gj.wolters@example.com>:

> Goedemiddag,
>
> Graag wil ik mijn herhaalrecept bestellen voor metoprolol 50 mg (90 stuks) en omeprazol 20 mg.
>
> Naam: Gerrit Jan Wolters
> Geb.datum: 15-01-1949
> BSN: 438926572
> Adres: Hoofdstraat 122, 7811 EP Emmen
> Tel: 0591 61 29 74
>
> Ik kan het niet zelf ophalen, mijn buurvrouw mevr. Lubbers haalt het op.
>
> Met vriendelijke groet,
> G.J. Wolters
>
> Verzonden vanaf mijn iPhone""", [
    N("Gerrit Jan Wolters"),
    N("Lubbers"),
    N("Yasmina"),
    E("gj.wolters@example.com"),
    P("15-01-1949", "birth_date"),
    P("438926572", "national_id", check="bsn"),
    P("Hoofdstraat 122, 7811 EP Emmen", "address", "Hoofdstraat 122", "7811 EP"),
    P("0591 61 29 74", "phone"),
], [
    L("donderdag 9 mei", "date"),
    L("14:00", "time"),
    L("30 stuks", "quantity"),
    L("Apotheek De Gaper", "company"),
    L("6 mei 2024 om 08:12", "date"),
    L("metoprolol 50 mg", "product"),
    L("90 stuks", "quantity"),
    L("omeprazol 20 mg", "product"),
]))

# 005 garage MOT (APK) appointment, garage reply on top, car model with a first name
RECORDS.append(R("nl-email-005", """Van: Garage Van Vliet <werkplaats@garagevanvliet.example>
Aan: Wendy Kroon <wendykroon@example.org>
Onderwerp: Re: APK + kleine beurt

Hoi Wendy,

Prima, we hebben de Opel Adam met kenteken 8-TKS-47 ingepland voor donderdag 23 mei om 8:00. Een APK met kleine beurt kost € 189,- inclusief olie. Als er extra reparaties nodig zijn bellen we eerst even op 06 31 77 20 54.

Onze haal- en brengservice rijdt op donderdag niet, dus fijn dat Fleur de auto komt brengen. De sleutel kan eventueel in de sleutelkluis naast de deur. Werkordernummer: 24-1193.

Groet,
Ronald
Garage Van Vliet – APK, onderhoud en schadeherstel

-----Oorspronkelijk bericht-----
Van: Wendy Kroon <wendykroon@example.org>
Verzonden: maandag 13 mei 2024 19:31
Aan: werkplaats@garagevanvliet.example
Onderwerp: APK + kleine beurt

Hallo,

Mijn auto (Opel Adam, 8-TKS-47) moet voor 1 juni APK gekeurd worden. De teller staat op 86.420 km. Kunnen jullie ook meteen een kleine beurt doen? Ik woon op Beukenlaan 31 in Doorn, mocht de auto opgehaald kunnen worden.

Mijn dochter Fleur brengt hem wel als dat handiger is.

Groetjes,
Wendy Kroon
06 31 77 20 54""", [
    N("Wendy Kroon"),
    E("wendykroon@example.org"),
    P("8-TKS-47", "plate"),
    P("06 31 77 20 54", "phone"),
    N("Fleur"),
    N("Ronald"),
    P("Beukenlaan 31", "address"),
], [
    L("Garage Van Vliet", "company"),
    L("Opel Adam", "product"),
    L("donderdag 23 mei", "date"),
    L("8:00", "time"),
    L("€ 189,-", "price"),
    L("24-1193", "order_number"),
    L("86.420 km", "quantity"),
    L("1 juni", "date"),
]))

# 006 hospital outpatient appointment change, hospital named after a person
RECORDS.append(R("nl-email-006", """Aan: polidermatologie@ziekenhuis.example
Onderwerp: Afspraak verzetten - 3 juni

Geachte heer/mevrouw,

Ik heb van u een afspraakbevestiging gekregen (zie hieronder), maar op maandag 3 juni kan ik helaas niet, want dan moet ik mijn man naar de dagbehandeling brengen. Zou de afspraak verplaatst kunnen worden naar een dinsdag of donderdag in juni?

Mijn gegevens:
Naam: Petra Lammers-Oosterhout
Geboortedatum: 30 mei 1964
BSN: 149982379
Adres: Lupinestraat 19, 5262 TS Vught
Telefoon: 073 657 33 18 (overdag) / 06 45 22 09 71

Mijn huisarts is dokter Meijer in Vught, mocht u de verwijzing nodig hebben.

Met vriendelijke groet,
Petra Lammers
petra.lammers@example.net

> Jeroen Bosch Ziekenhuis – Polikliniek Dermatologie
> Uw afspraak: maandag 3 juni 2024, 10:15 uur
> Bij: dr. A. Veenstra, dermatoloog
> Locatie: Route 42, 1e verdieping
> Meld u 10 minuten van tevoren aan bij de aanmeldzuil.""", [
    N("Petra Lammers-Oosterhout"),
    P("30 mei 1964", "birth_date"),
    P("149982379", "national_id", check="bsn"),
    P("Lupinestraat 19, 5262 TS Vught", "address", "Lupinestraat 19", "5262 TS"),
    P("073 657 33 18", "phone"),
    P("06 45 22 09 71", "phone"),
    N("Meijer"),
    E("petra.lammers@example.net"),
    N("A. Veenstra"),
], [
    L("maandag 3 juni", "date"),
    L("Jeroen Bosch Ziekenhuis", "company"),
    L("10:15 uur", "time"),
    L("Route 42", "room_number"),
    L("10 minuten", "duration"),
    L("juni", "date"),
]))

# 007 water company, payment arrangement, organisation footer (left unannotated)
RECORDS.append(R("nl-email-007", """Van: R. Kaya <r.kaya1977@example.com>
Aan: klantenservice@groendelta-water.example
Onderwerp: Betalingsregeling factuur 6100233845

Goedendag,

Ik heb een herinnering gekregen voor factuur 6100233845 van € 487,16. Ik kan dit bedrag niet in één keer betalen, ik ben sinds maart werkloos. Is het mogelijk om een betalingsregeling te treffen van bijvoorbeeld 6 termijnen?

Ik zit in een traject bij de schuldhulpverlening van de gemeente, mijn contactpersoon is mevrouw Dijkman. U mag contact met haar opnemen.

Gegevens:
Rukiye Kaya
Zilverschoonstraat 44
3824 GP Amersfoort
geb. 09-09-1977
Telefoon 06 12 09 87 35
Rekening: NL52 ASNB 0121 7668 48

Met vriendelijke groet,
Rukiye Kaya

________________________________
Groen-Delta Water B.V. | Postbus 1100 | 3800 BC Amersfoort | KvK 00000000
Deze e-mail is automatisch ontvangen. U krijgt binnen 5 werkdagen een reactie van een van onze medewerkers.""", [
    E("r.kaya1977@example.com"),
    N("Dijkman"),
    N("Rukiye Kaya"),
    P("Zilverschoonstraat 44\n3824 GP Amersfoort", "address", "Zilverschoonstraat 44", "3824 GP"),
    P("09-09-1977", "birth_date"),
    P("06 12 09 87 35", "phone"),
    P("NL52 ASNB 0121 7668 48", "iban", check="iban"),
], [
    L("6100233845", "invoice_number"),
    L("€ 487,16", "price"),
    L("maart", "date"),
    L("6 termijnen", "quantity"),
    L("5 werkdagen", "duration"),
]))

# 008 employee to HR: address, bank account and emergency contact; HR reply with "Op ... schreef"
RECORDS.append(R("nl-email-008", """Van: HR Servicedesk <hr@bouwgroep-delta.example>
Aan: Niels Vos
Onderwerp: RE: Wijzigingen persoonsgegevens

Hoi Niels,

Je nieuwe adres en noodcontact zijn verwerkt. Voor de bankrekening hebben we nog een kopie van je bankpas of een screenshot uit je bankapp nodig waarop je naam en het rekeningnummer staan (bedragen mag je afschermen). De wijziging gaat dan mee in de salarisrun van 21 juni. Let op: wat na de 15e binnenkomt, schuift door naar de maand erna. Het formulier 'Wijziging bankgegevens' (versie 2.1) staat op intranet.

Groet,
Linda Schouten
HR-adviseur | Bouwgroep Delta

Op di 4 jun 2024 om 16:05 schreef Niels Vos <niels.vos.werk@example.com>:
> Hoi HR,
>
> Ik ben verhuisd en heb een paar wijzigingen:
>
> - Nieuw adres: Rietgors 7, 2914 TD Nieuwerkerk aan den IJssel
> - Nieuwe bankrekening voor mijn salaris: NL61 BUNQ 0075 2210 12
> - Noodcontact: mijn vriendin Kirsten Brink, 06 20 44 87 19
> - Mijn privémail is voortaan nielsvos@example.org
>
> Voor de loonheffingsverklaring: mijn BSN is 275737068.
>
> Mijn eigen nummer blijft 06 39 12 56 70.
>
> Groeten,
> Niels Vos
> Uitvoerder project Havenkwartier, fase 2""", [
    N("Niels Vos"),
    N("Linda Schouten"),
    E("niels.vos.werk@example.com"),
    P("Rietgors 7, 2914 TD", "address", "Rietgors 7", "2914 TD"),
    P("NL61 BUNQ 0075 2210 12", "iban", check="iban"),
    N("Kirsten Brink"),
    P("06 20 44 87 19", "phone"),
    E("nielsvos@example.org"),
    P("275737068", "national_id", check="bsn"),
    P("06 39 12 56 70", "phone"),
], [
    L("Bouwgroep Delta", "company"),
    L("21 juni", "date"),
    L("di 4 jun 2024 om 16:05", "date"),
    L("Havenkwartier, fase 2", "product"),
    L("versie 2.1", "version"),
    L("de 15e", "date"),
]))
