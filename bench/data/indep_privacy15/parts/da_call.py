# Danish call transcripts (12), incl. Faroese and Greenlandic customers.
# Hand-written; all persons made up.  Danes read phone and CPR numbers in pairs.

RECORDS = [
{
"id": "da-call-001",
"note": "DK electricity supplier, house move in Copenhagen; phone read in pairs",
"text": """Medarbejder: Nordlys Energi, du taler med Camilla. Hvad kan jeg hjælpe med?
Kunde: Hej, det er Mette Kjærgaard. Jeg skal flytte og vil gerne have min elaftale med til den nye adresse.
Medarbejder: Det klarer vi. Må jeg få dit CPR-nummer, så jeg kan finde dig?
Kunde: Ja, det er 220379-3270.
Medarbejder: Tak. Du bor på Ryesgade 28, 2. th. nu?
Kunde: Ja, indtil 31. marts. Den nye adresse er Vesterbrogade 112, 3. tv., 1620 København V.
Medarbejder: På den nye adresse har installationen aftagenummer 571313506068536155. Vi starter leverancen 1. april.
Kunde: Super.
Medarbejder: Husk at aflæse måleren på Ryesgade, når du flytter. Sidste aflæsning var 1.842 kWh på måler nummer 6105 4473.
Kunde: Det gør jeg. Og så har jeg fået nyt nummer, det er tyve, toogfyrre, femoghalvfems, tretten.
Medarbejder: 20 42 95 13, ja. Og din mail?
Kunde: mette punktum kjærgaard snabel-a example punktum dk.
Medarbejder: Fint. Din pris er stadig 2,35 kr. pr. kWh inklusive afgifter. Betaler du stadig via Betalingsservice fra reg.nr. 9212, kontonummer 7799799552?
Kunde: Ja, det gør jeg.
Medarbejder: Så er det på plads. Du får en bekræftelse på mail. Hav en god dag, Mette.""",
"planted": [
    ("Camilla", "name", ["Camilla"]),
    ("Mette Kjærgaard", "name", ["Mette", "Kjærgaard"]),
    ("220379-3270", "national_id", ["220379-3270"], "cpr"),
    ("Ryesgade 28, 2. th.", "address", ["Ryesgade 28"]),
    ("Vesterbrogade 112, 3. tv.", "address", ["Vesterbrogade 112"]),
    ("1620", "postcode", ["1620"]),
    ("tyve, toogfyrre, femoghalvfems, tretten", "phone",
     ["tyve, toogfyrre, femoghalvfems, tretten", "20 42 95 13"]),
    ("mette punktum kjærgaard snabel-a example punktum dk", "email",
     ["mette punktum kjærgaard snabel-a example punktum dk", "mette punktum kjærgaard"]),
    ("reg.nr. 9212, kontonummer 7799799552", "iban", ["7799799552"], "none"),
],
"lookalikes": [
    ("Nordlys Energi", "company_name"),
    ("31. marts", "date"),
    ("571313506068536155", "ean"),
    ("1. april", "date"),
    ("1.842 kWh", "quantity"),
    ("6105 4473", "meter_number"),
    ("2,35 kr. pr. kWh", "price"),
],
},
{
"id": "da-call-002",
"note": "Faroese customer calls a Danish web shop; surname with particle 'á', spelled; FO IBAN",
"text": """Kundeservice: Elektrobutikken, det er Mikkel.
Kunde: Góðan dag – hej, det er Rógvi á Lakjuni, jeg ringer fra Tórshavn.
Kundeservice: Hej Rógvi. Hvordan kan jeg hjælpe?
Kunde: Jeg har bestilt en Lydbar Nova 300, ordrenummer 4410-88213, og den er ikke kommet endnu.
Kundeservice: Må jeg få efternavnet igen?
Kunde: Lakjuni. L-A-K-J-U-N-I. Der står et lille á foran, men det skal ikke med i søgningen.
Kundeservice: Tak. Pakken står i Hirtshals og venter på skibet. Leveringsadressen er Niels Finsens gøta 14, FO-100 Tórshavn?
Kunde: Ja. Men jeg har betalt dansk moms, og det skal jeg vel ikke, når det går til Færøerne?
Kundeservice: Det er rigtigt, momsen på kr. 1.199,80 refunderer vi. Hvilken konto skal pengene ind på?
Kunde: Det er en færøsk konto: FO28 2037 7889 2554 66.
Kundeservice: Og et telefonnummer til fragtfirmaet?
Kunde: Plus to ni otte, enogtyve, femogfyrre, syvogtres. Hvis jeg ikke er hjemme, så ring til min kone Turið på 29 81 40.
Kundeservice: Og din mail?
Kunde: rogvi.lakjuni@example.com.
Kundeservice: Så sender jeg sporingsnummeret 00370715208834126600. Den forventes fremme torsdag den 12.
Kunde: Takk fyri – tak skal du have.""",
"planted": [
    ("Mikkel", "name", ["Mikkel"]),
    ("Rógvi á Lakjuni", "name", ["Rógvi", "Lakjuni", "L-A-K-J-U-N-I"]),
    ("Niels Finsens gøta 14", "address", ["Niels Finsens gøta 14"]),
    ("FO-100", "postcode", ["FO-100"]),
    ("FO28 2037 7889 2554 66", "iban", ["FO28 2037 7889 2554 66"]),
    ("Plus to ni otte, enogtyve, femogfyrre, syvogtres", "phone",
     ["Plus to ni otte, enogtyve, femogfyrre, syvogtres"]),
    ("Turið", "name", ["Turið"]),
    ("29 81 40", "phone", ["29 81 40"]),
    ("rogvi.lakjuni@example.com", "email", ["rogvi.lakjuni@example.com", "rogvi.lakjuni"]),
],
"lookalikes": [
    ("Elektrobutikken", "company_name"),
    ("Lydbar Nova 300", "product_name"),
    ("4410-88213", "order_number"),
    ("kr. 1.199,80", "amount"),
    ("00370715208834126600", "tracking_number"),
    ("torsdag den 12.", "date"),
],
},
{
"id": "da-call-003",
"note": "DK bank, card misuse; CPR read in pairs, Dankort number, reg.nr./kontonr.",
"text": """[00:00:01] Rådgiver: Velkommen til Fjordbanken, det er Sebastian.
[00:00:04] Kunde: Hej, det er Birgitte Holm. Mit kort er blevet brugt i en butik, jeg aldrig har været i.
[00:00:10] Rådgiver: Det må vi se på med det samme. Jeg skal lige have dit CPR-nummer.
[00:00:14] Kunde: Nul fire, tolv, seksoghalvtreds, otteogtyve, otteogtyve.
[00:00:22] Rådgiver: Tak, Birgitte. Hvilken transaktion drejer det sig om?
[00:00:26] Kunde: 4.995 kr. hos Elektronikhuset i går klokken 15.42.
[00:00:33] Rådgiver: Jeg kan se den. Kan du læse kortnummeret op, så jeg spærrer det rigtige kort?
[00:00:38] Kunde: 5019 2214 1888 0597.
[00:00:45] Rådgiver: Kortet er spærret nu. Jeg opretter en indsigelse med sagsnummer 2025-118834. Beløbet bliver sat tilbage på din konto, reg.nr. 7177, kontonr. 4490581477, mens vi undersøger det.
[00:01:02] Kunde: Hvornår får jeg et nyt kort?
[00:01:05] Rådgiver: Inden for 5 hverdage. Vi sender det til Æblehaven 6, 4000 Roskilde. Bor du stadig der?
[00:01:12] Kunde: Ja.
[00:01:13] Rådgiver: Du skal aktivere det nye kort i MitID-appen. Vi sender en sms til 31 64 80 22.
[00:01:19] Kunde: Og så vil jeg gerne have kvitteringen på mail, birgitte.holm@example.dk.
[00:01:24] Rådgiver: Det sender jeg. Var der andet?
[00:01:26] Kunde: Nej, tak for hjælpen.""",
"planted": [
    ("Sebastian", "name", ["Sebastian"]),
    ("Birgitte Holm", "name", ["Birgitte", "Holm"]),
    ("Nul fire, tolv, seksoghalvtreds, otteogtyve, otteogtyve", "national_id",
     ["Nul fire, tolv, seksoghalvtreds, otteogtyve, otteogtyve"], "cpr", "0412562828"),
    ("5019 2214 1888 0597", "card", ["5019 2214 1888 0597"]),
    ("reg.nr. 7177, kontonr. 4490581477", "iban", ["4490581477"], "none"),
    ("Æblehaven 6", "address", ["Æblehaven 6"]),
    ("4000", "postcode", ["4000"]),
    ("31 64 80 22", "phone", ["31 64 80 22"]),
    ("birgitte.holm@example.dk", "email", ["birgitte.holm@example.dk", "birgitte.holm"]),
],
"lookalikes": [
    ("Fjordbanken", "company_name"),
    ("4.995 kr.", "amount"),
    ("Elektronikhuset", "company_name"),
    ("klokken 15.42", "time"),
    ("2025-118834", "case_number"),
    ("5 hverdage", "duration"),
    ("MitID", "product_name"),
],
},
{
"id": "da-call-004",
"note": "DK GP clinic, lower-case ASR without punctuation or labels; CPR read in pairs",
"text": """lægerne i bymidten det er lone
ja goddag det er jens peter nørgaard jeg skulle have bestilt en tid hos doktor lindberg
ja hvad er dit cpr nummer
det er sytten nul ni otteogfyrre enogtredive treogtredive
tak jens peter og hvad drejer det sig om
øh jeg har det der med hjertet igen og så skal jeg have fornyet min hjertemagnyl
den kan jeg godt sende til apoteket men doktor lindberg vil gerne se dig jeg har en tid på torsdag klokken ti tyve det er en konsultation på femten minutter
det er fint min kone hanne kan køre mig
bor du stadig på søndergade fjorten
ja ja
og telefonnummeret er stadig otteoghalvfems tolv seksoghalvfjerds toogtredive
ja det er det
så ses vi på torsdag og husk at tage din medicinliste med
tak skal du have farvel""",
"planted": [
    ("lone", "name", ["lone"]),
    ("jens peter nørgaard", "name", ["jens", "peter", "nørgaard"]),
    ("lindberg", "name", ["lindberg"]),
    ("sytten nul ni otteogfyrre enogtredive treogtredive", "national_id",
     ["sytten nul ni otteogfyrre enogtredive treogtredive"], "cpr", "1709483133"),
    ("hanne", "name", ["hanne"]),
    ("søndergade fjorten", "address", ["søndergade fjorten"]),
    ("otteoghalvfems tolv seksoghalvfjerds toogtredive", "phone",
     ["otteoghalvfems tolv seksoghalvfjerds toogtredive"]),
],
"lookalikes": [
    ("lægerne i bymidten", "company_name"),
    ("hjertemagnyl", "medication"),
    ("på torsdag", "date"),
    ("klokken ti tyve", "time"),
    ("femten minutter", "duration"),
],
},
{
"id": "da-call-005",
"note": "Greenlandic tenant in Nuuk calls the housing company; GL IBAN, +299 numbers",
"text": """Sagsbehandler: Nuuk Boligservice, det er Naja.
Lejer: Aluu, det er Aviaja Lyberth. Jeg skal fraflytte min lejlighed, og jeg vil høre om mit depositum.
Sagsbehandler: Ja. Hvilken adresse er det?
Lejer: Qernertunnguit 14, lejlighed 302, 3900 Nuuk.
Sagsbehandler: Og dit CPR-nummer?
Lejer: 090892-1542.
Sagsbehandler: Tak. Jeg kan se lejekontrakt NB-7712. Du fraflytter 30. juni?
Lejer: Ja, min kæreste Malik og jeg flytter til Sisimiut.
Sagsbehandler: Så kommer vi til fraflytningssyn mandag den 1. juli klokken 13. Depositummet er kr. 18.600, og hvis der ikke skal trækkes noget, udbetaler vi det til din konto.
Lejer: Kontoen er GL52 8168 5054 2357 33.
Sagsbehandler: Og hvordan fanger jeg dig, hvis synet bliver flyttet?
Lejer: På 52 18 74, eller Malik på 55 40 91.
Sagsbehandler: Og en mailadresse, nu hvor I flytter?
Lejer: aviaja.l@example.com.
Sagsbehandler: Tak, så sender jeg en bekræftelse på synet. Qujanaq.""",
"planted": [
    ("Naja", "name", ["Naja"]),
    ("Aviaja Lyberth", "name", ["Aviaja", "Lyberth"]),
    ("Qernertunnguit 14, lejlighed 302", "address", ["Qernertunnguit 14, lejlighed 302", "Qernertunnguit 14"]),
    ("3900", "postcode", ["3900"]),
    ("090892-1542", "national_id", ["090892-1542"], "cpr"),
    ("Malik", "name", ["Malik"]),
    ("GL52 8168 5054 2357 33", "iban", ["GL52 8168 5054 2357 33"]),
    ("52 18 74", "phone", ["52 18 74"]),
    ("55 40 91", "phone", ["55 40 91"]),
    ("aviaja.l@example.com", "email", ["aviaja.l@example.com", "aviaja.l"]),
],
"lookalikes": [
    ("Nuuk Boligservice", "company_name"),
    ("NB-7712", "contract_number"),
    ("30. juni", "date"),
    ("mandag den 1. juli klokken 13", "datetime"),
    ("kr. 18.600", "amount"),
],
},
{
"id": "da-call-006",
"note": "DK parcel carrier, name spelled letter by letter, e-mail with snabel-a",
"text": """[Medarbejder] PakkeNord kundeservice, du taler med Ida.
[Kunde] Hej, det er Søren Bøgelund. Jeg har en pakke, der står som leveret i en pakkeshop, selvom jeg valgte levering til døren.
[Medarbejder] Har du pakkenummeret?
[Kunde] 00370718840216573302.
[Medarbejder] Og efternavnet?
[Kunde] Bøgelund. B-Ø-G-E-L-U-N-D.
[Medarbejder] Tak. Den ligger i pakkeshoppen Hannes Kiosk i Ry. Den vejer 4,2 kg, så den har nok ikke kunnet være i postkassen.
[Kunde] Det er jo 12 kilometer væk. Jeg bor på Skovvej 11, 8660 Skanderborg.
[Medarbejder] Jeg kan bestille en ny levering onsdag mellem 16 og 21. Må chaufføren stille den ved døren?
[Kunde] Ja, eller hos naboen Ole i nummer 13. Min kone Lene er også hjemme fra klokken 17.
[Medarbejder] Telefonnummer til chaufføren?
[Kunde] 40 27 18 53.
[Medarbejder] Og mail til sporingen?
[Kunde] soren punktum bogelund snabel-a example punktum dk.
[Medarbejder] Så er det bestilt. Hav en god dag.""",
"planted": [
    ("Ida", "name", ["Ida"]),
    ("Søren Bøgelund", "name", ["Søren", "Bøgelund", "B-Ø-G-E-L-U-N-D"]),
    ("Skovvej 11", "address", ["Skovvej 11"]),
    ("8660", "postcode", ["8660"]),
    ("Ole", "name", ["Ole"]),
    ("Lene", "name", ["Lene"]),
    ("40 27 18 53", "phone", ["40 27 18 53"]),
    ("soren punktum bogelund snabel-a example punktum dk", "email",
     ["soren punktum bogelund snabel-a example punktum dk", "soren punktum bogelund"]),
],
"lookalikes": [
    ("PakkeNord", "company_name"),
    ("00370718840216573302", "tracking_number"),
    ("Hannes Kiosk", "store_name"),
    ("4,2 kg", "quantity"),
    ("12 kilometer", "quantity"),
    ("onsdag mellem 16 og 21", "time"),
],
},
{
"id": "da-call-007",
"note": "DK car insurance claim; two plates, other party's name and number",
"text": """Agent: Trygfast Forsikring, skadeafdelingen, det er Frederik.
Kunde: Hej, det er Louise Damgaard. Jeg har været ude for et lille uheld her til morgen.
Agent: Åh nej, er du okay?
Kunde: Ja, ja, det er bare en bule. En anden bil bakkede ind i mig på parkeringspladsen ved Bilka.
Agent: Må jeg få dit CPR-nummer?
Kunde: 151188-1036.
Agent: Tak. Det er bilen med nummerpladen CX 41 872?
Kunde: Ja.
Agent: Har du den anden parts oplysninger?
Kunde: Ja, vi udfyldte en skadeanmeldelse sammen. Han hedder Kasper Friis, hans nummerplade er DU 58 119, og hans telefon er 26 93 14 70.
Agent: Super. Din police er 66-4420-918 med en selvrisiko på 2.500 kr. Jeg opretter skaden under skadenummer S-25-0049731. Du kan få bilen repareret hos Autoværkstedet Carl & Søn, som er et af vores samarbejdsværksteder.
Kunde: Det ligger lige ved siden af, perfekt.
Agent: Hvis vi mangler noget, ringer vi på 61 12 38 47?
Kunde: Ja. Og mailen er louise.damgaard@example.dk.
Agent: Så sender jeg en kvittering. God dag, Louise.""",
"planted": [
    ("Frederik", "name", ["Frederik"]),
    ("Louise Damgaard", "name", ["Louise", "Damgaard"]),
    ("151188-1036", "national_id", ["151188-1036"], "cpr"),
    ("CX 41 872", "plate", ["CX 41 872"]),
    ("Kasper Friis", "name", ["Kasper", "Friis"]),
    ("DU 58 119", "plate", ["DU 58 119"]),
    ("26 93 14 70", "phone", ["26 93 14 70"]),
    ("61 12 38 47", "phone", ["61 12 38 47"]),
    ("louise.damgaard@example.dk", "email", ["louise.damgaard@example.dk", "louise.damgaard"]),
],
"lookalikes": [
    ("Trygfast Forsikring", "company_name"),
    ("Bilka", "company_name"),
    ("66-4420-918", "policy_number"),
    ("2.500 kr.", "amount"),
    ("S-25-0049731", "claim_number"),
    ("Autoværkstedet Carl & Søn", "company_name"),
],
},
{
"id": "da-call-008",
"note": "DK pharmacy, daughter calls for her mother; CPR of the mother",
"text": """Apotek: Apoteket Ved Torvet, det er Pernille.
Kunde: Hej, det er Anja Lund. Jeg ringer for min mor, Inge Lund. Hun skal have fornyet sin Furix, og hun kan ikke selv komme ned til jer.
Apotek: Må jeg få din mors CPR-nummer?
Kunde: Ja, det er 210140-2846.
Apotek: Tak. Der ligger en recept fra hendes læge, Kjeldsen, på Furix 40 mg, 100 stk. Med tilskud bliver det 87,50 kr.
Kunde: Kan I bringe det ud?
Apotek: Ja, vi har udbringning tirsdag og fredag. Adressen er Kirkevænget 3, 6200 Aabenraa?
Kunde: Ja. Ring gerne til mig i stedet for til hende, hun hører dårligt. 22 81 64 09.
Apotek: Det noterer jeg. Så kommer det fredag mellem 10 og 14.
Kunde: Tusind tak.""",
"planted": [
    ("Pernille", "name", ["Pernille"]),
    ("Anja Lund", "name", ["Anja", "Lund"]),
    ("Inge Lund", "name", ["Inge", "Lund"]),
    ("210140-2846", "national_id", ["210140-2846"], "cpr"),
    ("Kjeldsen", "name", ["Kjeldsen"]),
    ("Kirkevænget 3", "address", ["Kirkevænget 3"]),
    ("6200", "postcode", ["6200"]),
    ("22 81 64 09", "phone", ["22 81 64 09"]),
],
"lookalikes": [
    ("Apoteket Ved Torvet", "company_name"),
    ("Furix 40 mg", "medication"),
    ("100 stk.", "quantity"),
    ("87,50 kr.", "price"),
    ("fredag mellem 10 og 14", "time"),
],
},
{
"id": "da-call-009",
"note": "DK payroll provider; employee of a company named after brothers; account change",
"text": """(00:03) Rådgiver: LønPartner, du taler med Katrine.
(00:07) Opkalder: Hej, det er Ahmad Rahimi. Jeg arbejder hos Tømrerfirmaet Brdr. Mikkelsen ApS. Min løn for marts er ikke kommet.
(00:15) Rådgiver: Det skal vi finde ud af. Må jeg få dit CPR-nummer?
(00:19) Opkalder: 020690-2957.
(00:24) Rådgiver: Tak. Lønnen på 23.416,00 kr. blev udbetalt den 31. marts til reg.nr. 9570, konto 0012840331.
(00:33) Opkalder: Den konto har jeg lukket. Jeg har givet min chef den nye. Det er reg.nr. 1551, konto 3481992076.
(00:41) Rådgiver: Den er ikke kommet igennem til os. Jeg retter det nu, og så sender vi lønnen igen i morgen. Er du også flyttet?
(00:47) Opkalder: Ja, jeg bor nu på Hasserisvej 41, 1. sal, 9000 Aalborg.
(00:55) Rådgiver: Det er rettet. Feriepengene på 12,5 % kommer som normalt. Vil du have lønsedlen på mail?
(01:01) Opkalder: Ja, ahmad.rahimi@example.com.
(01:05) Rådgiver: Og et telefonnummer?
(01:07) Opkalder: 53 70 26 11.
(01:10) Rådgiver: Tak, Ahmad. Du får en sms, når pengene er sendt.""",
"planted": [
    ("Katrine", "name", ["Katrine"]),
    ("Ahmad Rahimi", "name", ["Ahmad", "Rahimi"]),
    ("020690-2957", "national_id", ["020690-2957"], "cpr"),
    ("reg.nr. 9570, konto 0012840331", "iban", ["0012840331"], "none"),
    ("reg.nr. 1551, konto 3481992076", "iban", ["3481992076"], "none"),
    ("Hasserisvej 41, 1. sal", "address", ["Hasserisvej 41"]),
    ("9000", "postcode", ["9000"]),
    ("ahmad.rahimi@example.com", "email", ["ahmad.rahimi@example.com", "ahmad.rahimi"]),
    ("53 70 26 11", "phone", ["53 70 26 11"]),
],
"lookalikes": [
    ("LønPartner", "company_name"),
    ("Tømrerfirmaet Brdr. Mikkelsen ApS", "company_name"),
    ("23.416,00 kr.", "amount"),
    ("31. marts", "date"),
    ("12,5 %", "percentage"),
],
},
{
"id": "da-call-010",
"note": "DK travel agency, family booking; children's birth dates; e-mail and phone spoken",
"text": """Rejsebureau: SolRejser, du taler med Maja.
Kunde: Hej Maja, det er Rasmus Thygesen. Vi har bestilt en tur til Mallorca, bookingnummer SR-559104, og jeg skal lige have rettet navnene på børnene.
Rejsebureau: Det klarer vi. Hvem skal med?
Kunde: Mig, min kone Sofie Thygesen, og så Alfred, født 2. marts 2015, og Ella, født 19. november 2018.
Rejsebureau: Tak. Så er I fire på Hotel Maria Luisa, afrejse 7. juli kl. 06.25 med TX 418. Prisen er stadig 28.740 kr.
Kunde: Fint. Og kan I sende rejsebeviserne til min mail?
Rejsebureau: Selvfølgelig. Hvad er den?
Kunde: rasmus punktum thygesen snabel-a example punktum dk.
Rejsebureau: Og et mobilnummer, hvis flyet bliver forsinket?
Kunde: Tooghalvtreds, otteogtyve, nul fire, enoghalvfems.
Rejsebureau: Tak, Rasmus. God tur!""",
"planted": [
    ("Maja", "name", ["Maja"]),
    ("Rasmus Thygesen", "name", ["Rasmus", "Thygesen"]),
    ("Sofie Thygesen", "name", ["Sofie", "Thygesen"]),
    ("Alfred", "name", ["Alfred"]),
    ("2. marts 2015", "birth_date", ["2. marts 2015"]),
    ("Ella", "name", ["Ella"]),
    ("19. november 2018", "birth_date", ["19. november 2018"]),
    ("rasmus punktum thygesen snabel-a example punktum dk", "email",
     ["rasmus punktum thygesen snabel-a example punktum dk", "rasmus punktum thygesen"]),
    ("Tooghalvtreds, otteogtyve, nul fire, enoghalvfems", "phone",
     ["Tooghalvtreds, otteogtyve, nul fire, enoghalvfems"]),
],
"lookalikes": [
    ("SolRejser", "company_name"),
    ("SR-559104", "booking_reference"),
    ("Hotel Maria Luisa", "company_name"),
    ("7. juli kl. 06.25", "datetime"),
    ("TX 418", "flight_number"),
    ("28.740 kr.", "price"),
],
},
{
"id": "da-call-011",
"note": "DK gym cancellation, raw lower-case ASR with hesitations",
"text": """fitzone kundeservice det er mads
hej øh det er emil sørensen jeg vil gerne opsige mit medlemskab
okay det er ærgerligt hvad er din fødselsdato
den niende juni nitten niogfirs
og hvad er din adresse
jagtvej hundrede og tolv anden sal til venstre toogtyve hundrede københavn n
tak du har basis plus til 299 kroner om måneden og der er en måneds opsigelse så det stopper første juni
øh okay og min kæreste freja hun har også et medlemskab gennem mig
så skal hun selv ringe ind desværre
nå okay
vi sender en bekræftelse hvad er din mail
det er emil punktum s snabel-a example punktum com
og dit telefonnummer
femogtyve seksoghalvfems nul tre fireogfyrre
super så er det registreret hav en god dag
i lige måde""",
"planted": [
    ("mads", "name", ["mads"]),
    ("emil sørensen", "name", ["emil", "sørensen"]),
    ("den niende juni nitten niogfirs", "birth_date", ["den niende juni nitten niogfirs"]),
    ("jagtvej hundrede og tolv anden sal til venstre", "address",
     ["jagtvej hundrede og tolv anden sal til venstre", "jagtvej hundrede og tolv"]),
    ("toogtyve hundrede", "postcode", ["toogtyve hundrede"]),
    ("freja", "name", ["freja"]),
    ("emil punktum s snabel-a example punktum com", "email",
     ["emil punktum s snabel-a example punktum com", "emil punktum s"]),
    ("femogtyve seksoghalvfems nul tre fireogfyrre", "phone",
     ["femogtyve seksoghalvfems nul tre fireogfyrre"]),
],
"lookalikes": [
    ("fitzone", "company_name"),
    ("basis plus", "product_name"),
    ("299 kroner", "price"),
    ("en måneds opsigelse", "duration"),
    ("første juni", "date"),
],
},
{
"id": "da-call-012",
"note": "DK car leasing return, dash lines without role labels",
"text": """– Nordisk Billeasing, det er Henrik.
– Hej Henrik, det er Tobias Winther. Vi skal aflevere vores leasingbil, og jeg vil høre, hvordan det foregår.
– Hvad er nummerpladen?
– DF 73 204. Det er en Skoda Enyaq.
– Tak. Kontrakt LK-2021-04471 udløber fredag den 28. februari. Hvor mange kilometer har den kørt?
– 48.300 km.
– Det er inden for aftalen. Vi kan hente bilen hjemme hos jer. Er det stadig Strandvejen 212, 2920 Charlottenlund?
– Ja. Min kone Julie er hjemme hele dagen, det er også hende, der kører den mest.
– Der er noteret en ridse på bagklappen ved sidste syn, den vil koste ca. 3.400 kr. at udbedre.
– Okay. Kan I ringe til Julie på 28 44 61 95 om tidspunktet?
– Selvfølgelig. Og rapporten sender vi til din mail, tobias.winther@example.dk?
– Ja tak.""",
"planted": [
    ("Henrik", "name", ["Henrik"]),
    ("Tobias Winther", "name", ["Tobias", "Winther"]),
    ("DF 73 204", "plate", ["DF 73 204"]),
    ("Strandvejen 212", "address", ["Strandvejen 212"]),
    ("2920", "postcode", ["2920"]),
    ("Julie", "name", ["Julie"]),
    ("28 44 61 95", "phone", ["28 44 61 95"]),
    ("tobias.winther@example.dk", "email", ["tobias.winther@example.dk", "tobias.winther"]),
],
"lookalikes": [
    ("Nordisk Billeasing", "company_name"),
    ("Skoda Enyaq", "product_name"),
    ("LK-2021-04471", "contract_number"),
    ("fredag den 28. februari", "date"),
    ("48.300 km", "quantity"),
    ("3.400 kr.", "amount"),
],
},
]
