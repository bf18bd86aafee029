import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import N, E, P, L, R  # noqa: E402

RECORDS = []

# 001 electricity supplier, moving house, Medarbejder:/Kunde:, reg.nr. + kontonr.
RECORDS.append(R("da-call-001", """Medarbejder: Nordlys Energi, det er Kasper, hvad kan jeg hjælpe med?
Kunde: Ja hej, det er Lærke Holm. Jeg skal flytte 1. juni, og jeg vil gerne tage min elaftale med.
Medarbejder: Det kan vi sagtens ordne. Må jeg bede om dit CPR-nummer?
Kunde: Ja, det er 170482-1162.
Medarbejder: Tak. Og hvad er den nye adresse?
Kunde: Det er Jægersborggade 41, 2. tv., 2200 København N.
Medarbejder: Jægersborggade 41, 2. tv. Ved du, hvad der står på elmåleren derude?
Kunde: Ja, jeg tog et billede, målernummeret er 57 31 08 92, og den stod på 18.304 kWh.
Medarbejder: Perfekt. Du har Grøn Strøm Fast i dag til 1,89 kr. pr. kWh, den fortsætter bare. Skal der stå andre på aftalen?
Kunde: Ja, min kæreste Oliver Brandt flytter med, han må gerne stå på.
Medarbejder: Det noterer jeg. Hvilket telefonnummer kan vi fange dig på?
Kunde: 28 14 66 03.
Medarbejder: Og din mail?
Kunde: laerkeholm snabel-a example punktum com. Altså l-a-e, ikke æ.
Medarbejder: Fint. Vil du betale via Betalingsservice?
Kunde: Ja, fra reg.nr. 5089 og kontonummer 2835763688.
Medarbejder: Så er det på plads. Din nye aftale har nummer 440-118273, og du får en bekræftelse inden for 5-7 hverdage.
Kunde: Super, tusind tak Kasper.""", [
    N("Kasper"),
    N("Lærke Holm"),
    P("170482-1162", "national_id", check="cpr"),
    P("Jægersborggade 41, 2. tv., 2200 København N", "address", "Jægersborggade 41", "2200"),
    N("Oliver Brandt"),
    P("28 14 66 03", "phone"),
    E("laerkeholm snabel-a example punktum com", "laerkeholm snabel-a example punktum com", "laerkeholm",
      canon="laerkeholm@example.com"),
    P("2835763688", "iban", check="iban", digits="DK1350892835763688"),
], [
    L("Nordlys Energi", "company"),
    L("1. juni", "date"),
    L("57 31 08 92", "meter_number"),
    L("18.304 kWh", "quantity"),
    L("Grøn Strøm Fast", "product"),
    L("1,89 kr. pr. kWh", "price"),
    L("440-118273", "contract_number"),
    L("5-7 hverdage", "duration"),
]))

# 002 mobile operator, lower-case ASR, numbers in pairs as words, letters spelled
RECORDS.append(R("da-call-002", """du taler med ahmad fra bølge mobil hvad kan jeg hjælpe dig med
ja hej det er søren kjærgaard jeg har fået en regning på næsten to tusind kroner og det kan ikke passe
det må vi lige kigge på hvilket nummer drejer det sig om
det er fireogtyve enogtres otteogtredive halvtreds
og hvad er din fødselsdato
den tolvte i tredje otteogfirs
og efternavnet staves det k j æ r g a a r d
ja med æ og dobbelt a
tak ja jeg kan se regningen er på et tusind ni hundrede og syvogfyrre kroner det er roaming i tyrkiet den sjette maj der er brugt tre komma to gigabyte
nå ja men det er min søn emil der har haft telefonen med på ferie han er atten
okay så er det jo brugt men jeg kan se at du har fri tale halvtreds gigabyte og der burde have været en advarsel ved hundrede kroner
ja han fik ingen sms
så opretter jeg en klage sagsnummer otte otte et fire nul to og så hører du fra os inden for ti arbejdsdage
kan i ringe til emil i stedet han har nummeret halvtreds tolv toogfyrre treogtres
ja det kan vi godt og skal svaret sendes på mail
ja til søren punktum kjaergaard snabel-a example punktum net
og adressen er stadig vestergade femten første sal
ja det er den
fint så har jeg det hele hav en god dag søren""", [
    N("ahmad"),
    N("søren kjærgaard", spelled=["k j æ r g a a r d"]),
    P("fireogtyve enogtres otteogtredive halvtreds", "phone"),
    P("den tolvte i tredje otteogfirs", "birth_date"),
    N("emil"),
    P("halvtreds tolv toogfyrre treogtres", "phone"),
    E("søren punktum kjaergaard snabel-a example punktum net", "søren punktum kjaergaard snabel-a example punktum net",
      "søren punktum kjaergaard", canon="soren.kjaergaard@example.net"),
    P("vestergade femten", "address"),
], [
    L("bølge mobil", "company"),
    L("et tusind ni hundrede og syvogfyrre kroner", "price"),
    L("den sjette maj", "date"),
    L("tre komma to gigabyte", "quantity"),
    L("fri tale halvtreds gigabyte", "product"),
    L("hundrede kroner", "price"),
    L("otte otte et fire nul to", "case_number"),
    L("ti arbejdsdage", "duration"),
]))

# 003 bank fraud call, [TALER n] labels, Visa/Dankort read out, CPR
RECORDS.append(R("da-call-003", """[TALER 1] Fjordbanken, du taler med Louise. Hvad kan jeg hjælpe med?
[TALER 2] Ja, goddag. Det er Bent Kragh. Jeg tror, jeg er blevet snydt. Jeg fik en sms om at min MitID skulle fornyes, og så har jeg trykket på et link.
[TALER 1] Det er godt, du ringer med det samme. Må jeg få dit CPR-nummer?
[TALER 2] 031258-1159.
[TALER 1] Tak, Bent. Jeg kan se to forsøg på overførsler i går kl. 22.14 på 2.450 kr. og 9.800 kr. fra din lønkonto. Den første er gået igennem.
[TALER 2] Åh nej. Det er kontoen med reg.nr. 0230 og kontonummer 3484233954.
[TALER 1] Ja, det er den. Har du også givet dit kortnummer et sted?
[TALER 2] Ja, jeg skrev det ind. Det er Visa/Dankort, 4571 0089 7581 2433.
[TALER 1] Så spærrer jeg kortet nu, og jeg lukker for netbank indtil videre. Vi opretter en indsigelse på de 2.450 kr. under sagsnummer 2024-55102.
[TALER 2] Min datter, Sofie Kragh, har hjulpet mig med det hele. Kan hun ringe til jer?
[TALER 1] Hvis du giver hende fuldmagt, ja. Det nye kort sender vi til Skovbakken 6, 8660 Skanderborg, er det stadig rigtigt?
[TALER 2] Ja, det er det.
[TALER 1] Og vi kan fange dig på 86 52 19 47?
[TALER 2] Ja, eller mobilen, 40 83 27 16.
[TALER 1] Det nye kort er hos dig inden for fem til syv bankdage. Og husk: banken sender aldrig links på sms.
[TALER 2] Tak, Louise.""", [
    N("Louise"),
    N("Bent Kragh"),
    P("031258-1159", "national_id", check="cpr"),
    P("3484233954", "iban", check="iban", digits="DK0802303484233954"),
    P("4571 0089 7581 2433", "card", check="luhn"),
    N("Sofie Kragh"),
    P("Skovbakken 6, 8660 Skanderborg", "address", "Skovbakken 6", "8660"),
    P("86 52 19 47", "phone"),
    P("40 83 27 16", "phone"),
], [
    L("Fjordbanken", "company"),
    L("MitID", "product"),
    L("i går kl. 22.14", "time"),
    L("2.450 kr.", "price"),
    L("9.800 kr.", "price"),
    L("2024-55102", "case_number"),
    L("fem til syv bankdage", "duration"),
]))

# 004 Faroese customer phoning a marine insurer: Faroese address, +298 number, FO IBAN, p-tal
RECORDS.append(R("da-call-004", """Rådgiver: Nordatlantisk Forsikring, god eftermiddag, det er Mikkel.
Kunde: Góðan dag, ja undskyld mit danske, det er Jóannes Joensen fra Klaksvík. Jeg vil gerne forsikre min nye båd.
Rådgiver: Velkommen, Jóannes. Hvad er det for en båd?
Kunde: En lille snekke, 22 fod, med en Yamaha 40 hk påhængsmotor. Hun hedder Sólja.
Rådgiver: Flot navn. Har du allerede en police hos os?
Kunde: Ja, husforsikringen, policenummer NA-77120.
Rådgiver: Den kan jeg se. Til identifikation skal jeg bruge dit p-tal.
Kunde: 140379-137.
Rådgiver: Tak. Og adressen er stadig Ósavegur 14, FO-700 Klaksvík?
Kunde: Ja. Båden ligger i havnen i Klaksvík.
Rådgiver: Prisen bliver 4.800 kr. om året. Skal det trækkes fra samme konto som husforsikringen?
Kunde: Nej, fra min kones konto, hun hedder Sunnvá Joensen. Kontoen er FO34 6460 1166 7455 04.
Rådgiver: FO34 6460 1166 7455 04, noteret. Er Sunnvá også ejer af båden?
Kunde: Ja, vi ejer den sammen.
Rådgiver: Så sætter jeg hende på policen. Hvilket nummer kan jeg ringe til, hvis der er noget?
Kunde: Mit mobilnummer er +298 21 84 37, eller hjemme 45 61 22.
Rådgiver: Og så sender jeg policen til din mail.
Kunde: joannes.j snabel-a example punktum com.
Rådgiver: Perfekt, den kommer i løbet af i dag. Tak for opkaldet.""", [
    N("Mikkel"),
    N("Jóannes Joensen"),
    P("140379-137", "national_id", check="ptal"),
    P("Ósavegur 14, FO-700 Klaksvík", "address", "Ósavegur 14", "FO-700"),
    N("Sunnvá Joensen"),
    P("FO34 6460 1166 7455 04", "iban", check="iban"),
    P("+298 21 84 37", "phone"),
    P("45 61 22", "phone"),
    E("joannes.j snabel-a example punktum com", "joannes.j snabel-a example punktum com", "joannes.j",
      canon="joannes.j@example.com"),
], [
    L("Nordatlantisk Forsikring", "company"),
    L("22 fod", "quantity"),
    L("Yamaha 40 hk", "product"),
    L("Sólja", "product"),
    L("NA-77120", "policy_number"),
    L("4.800 kr. om året", "price"),
]))

# 005 municipal citizen service, timestamps, CPR read digit by digit
RECORDS.append(R("da-call-005", """[00:00:01] Borgerservice: Silkeborg Kommune, Borgerservice, du taler med Henrik.
[00:00:04] Borger: Hej, det er Mathias Thygesen. Jeg skal have nyt pas, og så skal jeg også melde flytning.
[00:00:10] Borgerservice: Det kan vi godt. Må jeg få dit CPR-nummer?
[00:00:13] Borger: Ja. 2 5 0 9 8 7, 1 7 7 7.
[00:00:21] Borgerservice: Tak. Hvor flytter du hen?
[00:00:23] Borger: Til Drewsensvej 33, 1. sal, 8600 Silkeborg. Vi flytter den 15. juni.
[00:00:31] Borgerservice: Drewsensvej 33. Flytter der andre med?
[00:00:34] Borger: Ja, min kæreste og vores datter. Min kæreste hedder Nanna Skov, og vores datter hedder Alma.
[00:00:42] Borgerservice: Nanna skal selv melde flytning via borger.dk med sit MitID, men Alma kan du tage med, hvis du har forældremyndigheden.
[00:00:50] Borger: Det har vi begge to.
[00:00:52] Borgerservice: Godt. Så passet. Du skal møde op personligt. Den første ledige tid er tirsdag den 14. maj kl. 10.40, skranke 4.
[00:01:01] Borger: Det er fint.
[00:01:03] Borgerservice: Et pas koster 672 kr. og tager cirka 10 hverdage. Dit bookingnummer er 5521-88. Må jeg få et mobilnummer til en påmindelse?
[00:01:11] Borger: 31 45 90 28.
[00:01:14] Borgerservice: Og din mail?
[00:01:16] Borger: mathias.thygesen snabel-a example punktum org.
[00:01:21] Borgerservice: Så er du booket. Husk dit gamle pas og sygesikringskortet.""", [
    N("Henrik"),
    N("Mathias Thygesen"),
    P("2 5 0 9 8 7, 1 7 7 7", "national_id", check="cpr"),
    P("Drewsensvej 33, 1. sal, 8600 Silkeborg", "address", "Drewsensvej 33", "8600"),
    N("Nanna Skov"),
    N("Alma"),
    P("31 45 90 28", "phone"),
    E("mathias.thygesen snabel-a example punktum org", "mathias.thygesen snabel-a example punktum org",
      "mathias.thygesen", canon="mathias.thygesen@example.org"),
], [
    L("Silkeborg Kommune", "company"),
    L("den 15. juni", "date"),
    L("tirsdag den 14. maj", "date"),
    L("kl. 10.40", "time"),
    L("skranke 4", "room_number"),
    L("672 kr.", "price"),
    L("10 hverdage", "duration"),
    L("5521-88", "booking_reference"),
]))

# 006 GP surgery, dash lines, son calls for his mother
RECORDS.append(R("da-call-006", """- Lægerne i Havnegade, det er Pia, sekretær.
- Hej Pia, det er Thomas Bach. Jeg ringer for min mor, hun har haft feber i tre dage og hoster meget.
- Det må du undskylde, jeg skal lige have hendes CPR-nummer.
- Ja, hun hedder Inge Bach, og det er 030349-1236.
- Tak. Og hun bor stadig på Strandvejen 118 i Hellerup?
- Ja, Strandvejen 118, 2900.
- Hvad er hun i temperatur?
- 38,9 i morges. Hun har taget Pamol 500 mg, to stykker.
- Så synes jeg, at doktor Friis skal se hende i dag. Kan hun komme kl. 11.15?
- Ja, jeg kører hende.
- Hvis hun får det værre, eller hvis hun får svært ved at trække vejret, skal I ringe 1813 eller tage på Gentofte Hospital.
- Ja.
- Hvilket nummer kan vi ringe til dig på?
- 22 67 41 95. Min mors fastnet er 39 62 18 04, men hun hører det ikke altid.
- Fint, så står begge numre her. Vi ses kl. 11.15.""", [
    N("Pia"),
    N("Thomas Bach"),
    N("Inge Bach"),
    P("030349-1236", "national_id", check="cpr"),
    P("Strandvejen 118, 2900", "address", "Strandvejen 118", "2900"),
    N("Friis"),
    P("22 67 41 95", "phone"),
    P("39 62 18 04", "phone"),
], [
    L("Lægerne i Havnegade", "company"),
    L("tre dage", "duration"),
    L("38,9", "quantity"),
    L("Pamol 500 mg", "product"),
    L("kl. 11.15", "time"),
    L("to stykker", "quantity"),
    L("Gentofte Hospital", "company"),
]))

# 007 parcel carrier, PN:/Kunde: labels, parcel left with a neighbour
RECORDS.append(R("da-call-007", """PN: PakkeNord kundeservice, du taler med Jonas.
Kunde: Hej Jonas, det er Camilla Vestergaard. Jeg har fået besked om, at min pakke er leveret, men den er her ikke.
PN: Det må vi finde ud af. Har du stregkodenummeret?
Kunde: Ja, det er 00370726201934511872.
PN: Tak. Den er afleveret i går kl. 14.37 hos naboen, Lauridsen, på 4. tv., fordi du ikke var hjemme.
Kunde: Nå, men vi bor på 4. th., Ryesgade 27, og Lauridsen er flyttet for to måneder siden!
PN: Åh, det var uheldigt. Hvad er der i pakken?
Kunde: En vinterjakke fra Stilhuset, ordrenummer 100293847, den kostede 1.299 kr.
PN: Så opretter jeg en eftersøgning. Chaufføren kører derud igen i morgen og spørger de nye naboer. Hvis den ikke dukker op inden for 14 dage, erstatter vi den.
Kunde: Okay. Min kæreste Frederik er hjemme i morgen, kan han tage imod den?
PN: Ja, det er fint. Hvilket nummer skal chaufføren ringe til?
Kunde: Mit nummer, +45 61 73 28 90.
PN: Og postnummeret er 8000?
Kunde: Ja, 8000 Aarhus C.
PN: Jeg sender en kvittering til den mail, der står på forsendelsen, cami.vest snabel-a example punktum com?
Kunde: Ja, det er min.
PN: Så er sagen oprettet. Pakken vejer 2,3 kg, så den burde være nem at finde. Hav en god dag.""", [
    N("Jonas"),
    N("Camilla Vestergaard"),
    N("Lauridsen"),
    P("Ryesgade 27", "address"),
    N("Frederik"),
    P("+45 61 73 28 90", "phone"),
    P("8000", "postcode"),
    E("cami.vest snabel-a example punktum com", "cami.vest snabel-a example punktum com", "cami.vest",
      canon="cami.vest@example.com"),
], [
    L("PakkeNord", "company"),
    L("00370726201934511872", "tracking_number"),
    L("i går kl. 14.37", "time"),
    L("Stilhuset", "company"),
    L("100293847", "order_number"),
    L("1.299 kr.", "price"),
    L("inden for 14 dage", "duration"),
    L("2,3 kg", "quantity"),
]))

# 008 motor insurance claim with two Danish plates
RECORDS.append(R("da-call-008", """Skadekonsulent: Trygheden Forsikring, skadeafdelingen, det er Rikke.
Forsikringstager: Ja, goddag, det er Kim Lindgaard Nørgaard. Jeg har været ude for et færdselsuheld i morges.
Skadekonsulent: Det er jeg ked af at høre. Kom nogen til skade?
Forsikringstager: Nej, heldigvis ikke. En anden bil bakkede ud fra en parkeringsplads på Vejlevej og ind i siden på min bil.
Skadekonsulent: Må jeg få dit CPR-nummer, så jeg kan finde din police?
Forsikringstager: 141066-1221.
Skadekonsulent: Tak. Det er Skoda Octavia'en, registreringsnummer CX 45 812?
Forsikringstager: Ja. Og den anden var en rød VW Up med nummeret AS 12 307. Han hed Kurt Mortensen, og han har skrevet under på, at det var hans skyld.
Skadekonsulent: Rigtig godt. Har du hans telefonnummer?
Forsikringstager: 23 90 14 58.
Skadekonsulent: Så opretter jeg skaden under skadenummer 24-889104 på police 6612-4400. Da modparten erkender skylden, skal du ikke betale selvrisikoen på 5.000 kr. Bilen kan repareres hos Brandts Autoværksted, som vi samarbejder med.
Forsikringstager: Fint, de ligger tæt på. Jeg bor på Kirkebakken 9, 7100 Vejle.
Skadekonsulent: Hvis du skal have en lejebil, så refunderer vi den til din konto. Hvilken konto?
Forsikringstager: Min NemKonto, det er reg. 6273 konto 1222035980.
Skadekonsulent: Og din mail?
Forsikringstager: kim.l.noergaard snabel-a example punktum dk... nej, punktum com.
Skadekonsulent: kim.l.noergaard snabel-a example punktum com. Du får en kvittering i dag. Tak for opkaldet.""", [
    N("Rikke"),
    N("Kim Lindgaard Nørgaard"),
    P("141066-1221", "national_id", check="cpr"),
    P("CX 45 812", "plate"),
    P("AS 12 307", "plate"),
    N("Kurt Mortensen"),
    P("23 90 14 58", "phone"),
    P("Kirkebakken 9, 7100 Vejle", "address", "Kirkebakken 9", "7100"),
    P("1222035980", "iban", check="iban", digits="DK6762731222035980"),
    E("kim.l.noergaard snabel-a example punktum com", "kim.l.noergaard snabel-a example punktum com",
      "kim.l.noergaard snabel-a example punktum dk", "kim.l.noergaard", canon="kim.l.noergaard@example.com"),
], [
    L("Trygheden Forsikring", "company"),
    L("Skoda Octavia", "product"),
    L("VW Up", "product"),
    L("24-889104", "claim_number"),
    L("6612-4400", "policy_number"),
    L("5.000 kr.", "price"),
    L("Brandts Autoværksted", "company"),
]))

# 009 housing association, ASR with timestamps and spk_ labels
RECORDS.append(R("da-call-009", """00:00:02 spk_0: boligselskabet fjordparken det er ida
00:00:04 spk_1: hej ida det er yasmin haddad jeg bor i blok c og vi har ingen varme igen det er tredje gang den her måned
00:00:11 spk_0: det er jeg ked af hvad er adressen
00:00:13 spk_1: fjordparken 12 3 tv
00:00:16 spk_0: fjordparken 12 3 tv og det er 9000 aalborg ikke
00:00:19 spk_1: jo
00:00:20 spk_0: jeg kan se der er lavet en sag på blok c i forvejen lejemålsnummer 1042-0317 er det dig
00:00:26 spk_1: ja det er mig og min mand karim
00:00:29 spk_0: okay vores varmemester søren er derude i dag mellem 12 og 15 han skal ind i jeres lejlighed for at udlufte radiatorerne er der nogen hjemme
00:00:38 spk_1: nej vi er på arbejde men vores nabo fru damgaard på 3 th har en nøgle
00:00:44 spk_0: det skriver jeg på sagen kan søren ringe til dig
00:00:47 spk_1: ja på 53 18 64 20
00:00:51 spk_0: og skal jeg sende en bekræftelse til yasmin.h87 snabel-a example punktum com
00:00:56 spk_1: ja tak og vi vil gerne have huslejenedsættelse for de dage uden varme vi betaler 7.850 kroner om måneden
00:01:03 spk_0: det kan du søge om via beboerweb det tager op til 30 dage at behandle
00:01:08 spk_1: okay tak""", [
    N("ida"),
    N("yasmin haddad"),
    P("fjordparken 12 3 tv", "address", "fjordparken 12"),
    P("9000", "postcode"),
    N("karim"),
    N("søren"),
    N("damgaard"),
    P("53 18 64 20", "phone"),
    E("yasmin.h87 snabel-a example punktum com", "yasmin.h87 snabel-a example punktum com", "yasmin.h87",
      canon="yasmin.h87@example.com"),
], [
    L("boligselskabet fjordparken", "company"),
    L("blok c", "reference_number"),
    L("1042-0317", "contract_number"),
    L("mellem 12 og 15", "time"),
    L("7.850 kroner om måneden", "price"),
    L("30 dage", "duration"),
]))

# 010 Greenlandic customer and a telecom in Greenland: +299 numbers, 3911 Sisimiut, GL IBAN
RECORDS.append(R("da-call-010", """Kundeservice: Nuna Tele, goddag, du taler med Malene.
Kunde: Aluu, goddag. Det er Aputsiaq Lyberth fra Sisimiut. Jeg vil gerne have internet derhjemme, vi er lige flyttet.
Kundeservice: Tillykke med det nye sted. Hvad er adressen?
Kunde: Aqqusinersuaq 22, 3911 Sisimiut. Det er det gule hus ved siden af kirken.
Kundeservice: Tak. Der kan vi levere Internet 20 Mbit, det koster 599 kr. om måneden, og oprettelsen er gratis i juni.
Kunde: Det lyder fint.
Kundeservice: Så skal jeg bruge dit CPR-nummer til aftalen.
Kunde: 110879-1701.
Kundeservice: Tak. Skal der stå andre på abonnementet?
Kunde: Min kone, Pipaluk Lyberth, men det er mig, der betaler.
Kundeservice: Hvordan vil du betale?
Kunde: Fra min konto i banken, GL65 6471 6736 8133 34.
Kundeservice: Noteret. Og hvilket telefonnummer kan teknikeren ringe på?
Kunde: Mobilen, +299 52 81 44. Fastnettet er 86 43 21, men det bliver opsagt.
Kundeservice: Teknikeren kommer mandag den 3. juni mellem kl. 9 og 12 med en router af typen NT-R5. Dit ordrenummer er NT-30117.
Kunde: Qujanaq. Og send gerne en bekræftelse til aputsiaq.l snabel-a example punktum com.
Kundeservice: aputsiaq.l snabel-a example punktum com, den kommer i dag. God dag, Aputsiaq.""", [
    N("Malene"),
    N("Aputsiaq Lyberth"),
    P("Aqqusinersuaq 22, 3911 Sisimiut", "address", "Aqqusinersuaq 22", "3911"),
    P("110879-1701", "national_id", check="cpr"),
    N("Pipaluk Lyberth"),
    P("GL65 6471 6736 8133 34", "iban", check="iban"),
    P("+299 52 81 44", "phone"),
    P("86 43 21", "phone"),
    E("aputsiaq.l snabel-a example punktum com", "aputsiaq.l snabel-a example punktum com", "aputsiaq.l",
      canon="aputsiaq.l@example.com"),
], [
    L("Nuna Tele", "company"),
    L("Internet 20 Mbit", "product"),
    L("599 kr. om måneden", "price"),
    L("mandag den 3. juni", "date"),
    L("mellem kl. 9 og 12", "time"),
    L("NT-R5", "model_number"),
    L("NT-30117", "order_number"),
]))

# 011 payroll service, employee calls about payslip and bank account
RECORDS.append(R("da-call-011", """Lønservice: LønHuset, det er Anders, hvad kan jeg hjælpe med?
Medarbejder: Hej Anders, det er Sara Mikkelsen, jeg arbejder i Café Viggo i Odense. Min lønseddel for april er forkert, der mangler mine aftentillæg.
Lønservice: Det kigger vi på. Må jeg få dit CPR-nummer?
Medarbejder: 060195-1134... nej vent, det er 060195-3196. Jeg blandede det med min brors.
Lønservice: Tak, Sara. Jeg kan se 112 timer i april og en løn på 23.412,50 kr. før skat. Aftentillægget er ikke kommet med, det er en fejl hos os. Det kommer med på maj-lønnen.
Medarbejder: Okay. Og så har jeg skiftet bank, kan lønnen gå ind på den nye konto?
Lønservice: Lønnen går til din NemKonto, så det skal du ændre i din bank. Men hvis du vil have feriepengene et andet sted hen, kan jeg notere en konto.
Medarbejder: Nej, så lader vi det være. Men min adresse er ændret, jeg bor nu på Vesterbro 71, 1. th., 5000 Odense C.
Lønservice: Noteret. Dine feriepenge er 12,5 %, og de bliver udbetalt via Feriepengeinfo.
Medarbejder: Og kan I sende lønsedlen på mail i stedet for e-Boks? sara.mik snabel-a example punktum net.
Lønservice: Desværre, lønsedler sendes kun til e-Boks. Men jeg sender et svar på din henvendelse til sara.mik snabel-a example punktum net. Har du et telefonnummer?
Medarbejder: 42 18 77 06.
Lønservice: Perfekt. Sagen har nummer LH-7713.""", [
    N("Anders"),
    N("Sara Mikkelsen"),
    P("060195-1134", "national_id", check="cpr"),
    P("060195-3196", "national_id", check="cpr"),
    P("Vesterbro 71, 1. th., 5000 Odense C", "address", "Vesterbro 71", "5000"),
    E("sara.mik snabel-a example punktum net", "sara.mik snabel-a example punktum net", "sara.mik",
      canon="sara.mik@example.net"),
    P("42 18 77 06", "phone"),
], [
    L("LønHuset", "company"),
    L("Café Viggo", "company"),
    L("lønseddel for april", "date"),
    L("112 timer", "quantity"),
    L("23.412,50 kr.", "price"),
    L("12,5 %", "percentage"),
    L("LH-7713", "case_number"),
]))

# 012 car leasing, no speaker labels
RECORDS.append(R("da-call-012", """Goddag, Motorleasing Danmark, det er Christian.
Hej, det er Tine Kjeldsen. Jeg leaser en Peugeot 208 hos jer, og jeg kører langt mere end aftalt, så jeg vil gerne have ændret kilometerne.
Det kan vi godt. Hvad er registreringsnummeret?
DV 83 214.
Tak. Og til sikkerhed, din fødselsdato?
Niende februar treoghalvfjerds.
Tak, Tine. Din aftale DK-LS-20931 er på 15.000 km om året, og bilen har kørt 27.880 km. Jeg vil foreslå 20.000 km, så går ydelsen fra 3.495 kr. til 3.720 kr. om måneden.
Det er fint.
Skal ændringen trækkes via Betalingsservice som nu?
Ja. Men jeg er flyttet, adressen er Gammel Kongevej 150, 5. tv., 1850 Frederiksberg C.
Noteret. Og telefonnummeret er stadig 26 91 30 47?
Nej, det er min gamle arbejdstelefon. Min egen er 71 24 58 93.
Og e-mail?
tine.kjeldsen snabel-a example punktum org, med d-s-e-n til sidst.
Tak. Du får et tillæg til kontrakten i e-Boks, og det skal underskrives med MitID inden den 31. maj.
Perfekt, tak for hjælpen.""", [
    N("Christian"),
    N("Tine Kjeldsen"),
    P("DV 83 214", "plate"),
    P("Niende februar treoghalvfjerds", "birth_date"),
    P("Gammel Kongevej 150, 5. tv., 1850 Frederiksberg C", "address", "Gammel Kongevej 150", "1850"),
    P("26 91 30 47", "phone"),
    P("71 24 58 93", "phone"),
    E("tine.kjeldsen snabel-a example punktum org", "tine.kjeldsen snabel-a example punktum org", "tine.kjeldsen",
      canon="tine.kjeldsen@example.org"),
], [
    L("Motorleasing Danmark", "company"),
    L("Peugeot 208", "product"),
    L("DK-LS-20931", "contract_number"),
    L("15.000 km om året", "quantity"),
    L("27.880 km", "quantity"),
    L("3.495 kr.", "price"),
    L("3.720 kr. om måneden", "price"),
    L("den 31. maj", "date"),
]))
