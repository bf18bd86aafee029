# Dutch-language records (NL + Flemish/BE).  Hand-written.
from _h import P, L, R

RECORDS = []
add = RECORDS.append

# ------------------------------------------------------------------ calls

add(R("nl-call-001", """
Gesprek 14-02-2024 09:41 | wachtrij Verhuizen | duur 00:07:52
Agent: Goedemorgen, u spreekt met Sanne van Stroomkracht Energie, waarmee kan ik u helpen?
Klant: Ja goedemorgen, met Jeroen Smit. Ik ga verhuizen en ik wil mijn contract meenemen.
Agent: Dat kan zeker. Mag ik uw klantnummer?
Klant: Eh, 40027791.
Agent: Dank u. En ter controle uw geboortedatum?
Klant: Drie maart negentien achtentachtig.
Agent: Klopt. Wat wordt het nieuwe adres?
Klant: Kanaalweg 38bis, 3526 KM Utrecht.
Agent: En de sleuteloverdracht is wanneer?
Klant: Op 1 april. De meterstanden van het oude huis heb ik al: stroom normaal 012458, dal 009871, gas 04412.
Agent: Top, die noteer ik voor het oude adres. Dat was Burgemeester Reigerstraat 71, toch?
Klant: Ja klopt.
Agent: Voor het nieuwe adres heb ik de EAN-code 871687120053218774 gevonden. Wilt u het maandbedrag van € 142,00 houden?
Klant: Nee liever iets lager, eh, 125 euro.
Agent: Prima, € 125,00 per maand vanaf april. De incasso blijft op NL60 RABO 3054 3305 13?
Klant: Nee, dat wordt de gezamenlijke rekening met mijn vriendin, Noor Hendriks. Die is NL17 INGB 0742 2221 80.
Agent: Op wiens naam staat die?
Klant: J. Smit en N. Hendriks.
Agent: Helder. Mag ik nog een telefoonnummer voor de monteur die de slimme meter komt controleren?
Klant: Nul zes, vierenveertig, negentien, zevenentachtig, dertig.
Agent: Dus 06-44198730?
Klant: Ja.
Agent: Dan stuur ik de bevestiging naar j.smit88@example.nl.
Klant: Ja graag.
Agent: U ontvangt binnen 5 werkdagen de welkomstbrief. De referentie van deze wijziging is VH-2024-118304. Nog iets anders?
Klant: Nee, dank je wel Sanne.
Agent: Graag gedaan, fijne verhuizing!
""", [
    P("Sanne", "name"),
    P("Jeroen Smit", "name"),
    P("Drie maart negentien achtentachtig", "birth_date"),
    P("Kanaalweg 38bis, 3526 KM Utrecht", "address", mns=["Kanaalweg 38bis", "3526 KM"]),
    P("Burgemeester Reigerstraat 71", "address", mns=["Burgemeester Reigerstraat 71"]),
    P("NL60 RABO 3054 3305 13", "iban"),
    P("Noor Hendriks", "name"),
    P("NL17 INGB 0742 2221 80", "iban"),
    P("06-44198730", "phone", also=["Nul zes, vierenveertig, negentien, zevenentachtig, dertig"]),
    P("j.smit88@example.nl", "email"),
], [
    L("40027791", "customer_number"), L("012458", "meter_reading"), L("009871", "meter_reading"),
    L("871687120053218774", "ean"), L("€ 142,00", "price"), L("€ 125,00", "price"),
    L("VH-2024-118304", "reference"), L("00:07:52", "duration"), L("1 april", "date"),
]))

add(R("nl-call-002", """
spk_0: goedemiddag je spreekt met ruben van de technische dienst van glasnet waarmee kan ik je helpen
spk_1: ja hallo eh ik heb al sinds zaterdag geen internet meer het lampje van de modem knippert rood
spk_0: vervelend zeg eh mag ik je naam
spk_1: fatima el amrani
spk_0: kun je de achternaam even spellen
spk_1: a m r a n i dus el los en dan amrani
spk_0: en op welk adres is de aansluiting
spk_1: wolkammerstraat nummer vijfenzestig in tilburg
spk_0: postcode
spk_1: vijftig achtendertig p w
spk_0: en voor de verificatie je geboortedatum
spk_1: twaalf juni eenennegentig maar de aansluiting staat op naam van mijn man youssef
spk_0: geen probleem je staat als tweede contactpersoon erop eh ik zie hem staan storing is bekend in je wijk sinds zaterdag ticketnummer is vier vier zeven negen nul twee
spk_1: oh oke want mijn buurman meneer hoekstra heeft het ook
spk_0: ja dat klopt er is een kabel geraakt bij graafwerkzaamheden verwachte oplostijd is morgen rond twaalf uur
spk_1: en krijg ik daar compensatie voor ik werk thuis
spk_0: ja je krijgt automatisch vijf euro per dag eh die verrekenen we op de volgende factuur je hebt internet duizend dus eh dat is het maximale bedrag kan ik je per mail op de hoogte houden
spk_1: ja f punt amrani apenstaartje example punt nl
spk_0: even herhalen f punt amrani at example punt nl
spk_1: ja
spk_0: en een mobiel nummer voor de sms
spk_1: nul zes eh achtendertig zeventig nul vijf eenenveertig
spk_0: top dan heb ik alles je hoort van ons fijne middag fatima
spk_1: dank je doei
""", [
    P("ruben", "name"),
    P("fatima el amrani", "name", also=["a m r a n i"]),
    P("wolkammerstraat nummer vijfenzestig", "address", mns=["wolkammerstraat nummer vijfenzestig"]),
    P("vijftig achtendertig p w", "postcode", digits="5038 PW"),
    P("twaalf juni eenennegentig", "birth_date"),
    P("youssef", "name"),
    P("hoekstra", "name"),
    P("f punt amrani apenstaartje example punt nl", "email",
      also=["f punt amrani at example punt nl"]),
    P("nul zes eh achtendertig zeventig nul vijf eenenveertig", "phone", digits="06-38700541"),
], [
    L("vier vier zeven negen nul twee", "ticket_number"), L("vijf euro per dag", "price"),
    L("morgen rond twaalf uur", "time"), L("internet duizend", "product"), L("sinds zaterdag", "date"),
    L("glasnet", "company"),
]))

add(R("nl-call-003", """
[Gemeente Haarlem - KCC - opname 2024-03-05 10:12]
Medewerker: Gemeente Haarlem, u spreekt met Imane, goedemorgen.
Beller: Goedemorgen, Priya Ramdin-Sewdien hier. Ik heb een nieuwe auto en wil mijn parkeervergunning laten omzetten.
Medewerker: Dat kan ik voor u doen. Wat is uw burgerservicenummer?
Beller: Dat is 377443426.
Medewerker: Dank u. Ik zie een bewonersvergunning voor zone H1 op het adres Zijlweg 88, 2013 DJ Haarlem.
Beller: Ja dat klopt.
Medewerker: Wat is het kenteken van de oude auto?
Beller: GZ-412-K, oh nee wacht, dat is de nieuwe. De oude was 87-HJT-3.
Medewerker: Even voor de zekerheid, de nieuwe is G van Gerard, Z van Zaandam, vier-een-twee, K van Karel?
Beller: Precies.
Medewerker: Staat de nieuwe auto op uw naam?
Beller: Nee, op naam van mijn schoonvader, Ramesh Sewdien. Hij woont bij ons in.
Medewerker: Dan heb ik een machtiging van hem nodig. Die kunt u mailen naar parkeren@haarlem.example.nl.
Beller: Oké.
Medewerker: De kosten voor het omzetten zijn € 11,50 aan leges. Betaalt u met iDEAL of mogen we het afschrijven?
Beller: Afschrijven, van NL74 ABNA 2161 0503 94.
Medewerker: Genoteerd. Uw zaaknummer is Z-24-0318876. De bevestiging gaat naar priya.ramdin@example.com, klopt dat nog?
Beller: Ja. En mijn mobiel is +31 6 21 87 54 09, mocht er iets zijn.
Medewerker: Prima, de verwerking duurt maximaal 3 werkdagen. Fijne dag mevrouw Ramdin.
""", [
    P("Imane", "name"),
    P("Priya Ramdin-Sewdien", "name"),
    P("377443426", "national_id", chk="bsn"),
    P("Zijlweg 88, 2013 DJ Haarlem", "address", mns=["Zijlweg 88", "2013 DJ"]),
    P("GZ-412-K", "plate", chk="nl_plate", also=["G van Gerard, Z van Zaandam, vier-een-twee, K van Karel"]),
    P("87-HJT-3", "plate", chk="nl_plate"),
    P("Ramesh Sewdien", "name"),
    P("NL74 ABNA 2161 0503 94", "iban"),
    P("priya.ramdin@example.com", "email"),
    P("+31 6 21 87 54 09", "phone"),
], [
    L("zone H1", "zone"), L("€ 11,50", "price"), L("Z-24-0318876", "case_number"),
    L("3 werkdagen", "duration"), L("2024-03-05 10:12", "timestamp"), L("iDEAL", "product"),
]))

add(R("nl-call-004", """
[00:00:03] Medewerker: Zilverkruis Zorgverzekeringen, met Thijs.
[00:00:06] Klant: Hallo, u spreekt met Kofi Mensah. Ik bel over een declaratie voor mijn dochter.
[00:00:13] Medewerker: Ik help u graag. Wat is uw polisnummer?
[00:00:16] Klant: 80451127.
[00:00:24] Medewerker: Dank u. En voor de verificatie uw geboortedatum en postcode?
[00:00:29] Klant: 14 augustus 1979, postcode 1102 BT.
[00:00:35] Medewerker: Dat klopt. Over welke declaratie gaat het?
[00:00:38] Klant: Mijn dochter Abena is bij de kaakchirurg geweest, dokter Verhoeven in het AMC. Nota van € 684,20 en jullie hebben maar € 250,00 vergoed.
[00:00:51] Medewerker: Even kijken. Ik heb het BSN van uw dochter nodig, staat dat op de nota?
[00:00:56] Klant: Eh ja, 298442668.
[00:01:09] Medewerker: Ik zie hem. Die behandeling is verwerkt onder de aanvullende tandartsverzekering, TandPlus 250, en daar zit een maximum op per kalenderjaar.
[00:01:22] Klant: Maar de huisarts, dokter Lindeboom, heeft haar doorverwezen, het is een kaakoperatie.
[00:01:35] Medewerker: Met een verwijzing kan het onder de basisverzekering vallen. Kunt u de verwijsbrief uploaden in de app?
[00:01:44] Klant: Die heb ik niet hier, mijn vrouw Efua heeft alle papieren.
[00:01:48] Medewerker: Dan zet ik een heroverweging klaar onder nummer HV-7781203. U kunt de brief ook sturen naar declaraties@zilverkruis.example.nl. Op welk nummer bellen we u terug?
[00:02:01] Klant: 06 51 90 33 82.
[00:02:05] Medewerker: Top. Binnen 10 werkdagen hoort u van ons.
""", [
    P("Thijs", "name"),
    P("Kofi Mensah", "name"),
    P("14 augustus 1979", "birth_date"),
    P("1102 BT", "postcode"),
    P("Abena", "name"),
    P("Verhoeven", "name"),
    P("298442668", "national_id", chk="bsn"),
    P("Lindeboom", "name"),
    P("Efua", "name"),
    P("06 51 90 33 82", "phone"),
], [
    L("80451127", "policy_number"), L("€ 684,20", "price"), L("€ 250,00", "price"),
    L("TandPlus 250", "product"), L("HV-7781203", "case_number"), L("10 werkdagen", "duration"),
]))

add(R("nl-call-005", """
OPNAME 2024-01-19 18:02:44 | LIJN KAARTBLOKKERING | TAAL NL-BE
AGENT - Goeienavond, Scheldebank kaartenservice, u spreekt met Wannes.
KLANT - Ja goeienavond, ik ben Lieselotte Vermeulen, mijn bankkaart is gestolen op de tram, ik denk een halfuur geleden.
AGENT - Oei, dat is vervelend. Ik ga de kaart meteen blokkeren. Mag ik uw rijksregisternummer?
KLANT - Ja, vijfentachtig, nul zeven, dertig, zes vijfenzeventig, vijfenzestig.
AGENT - Dus 85.07.30-675.65?
KLANT - Juist.
AGENT - Dank u. Over welke kaart gaat het, ik zie er twee: een debetkaart op rekening BE81 6893 8742 2024 en een Mastercard.
KLANT - De debetkaart. Het nummer is 6703 0535 4762 1195 6, dat staat hier nog in mijn bankapp.
AGENT - In orde, ik blokkeer die nu... Dat is gebeurd om 18u04. Is er al iets mee betaald?
KLANT - Ik zie een betaling van 89,90 euro bij een Carrefour Express die ik niet gedaan heb.
AGENT - Die kunnen we betwisten. Uw dossiernummer is 2024/BLK/006621. U moet wel aangifte doen bij de politie.
KLANT - Oké. Mijn vriend Bram zit hier naast mij, hij zegt dat ik ook moet vragen naar een nieuwe kaart.
AGENT - Die wordt automatisch opgestuurd naar uw adres, Vlaanderenstraat 41 bus 3, 9000 Gent?
KLANT - Ja, dat klopt nog.
AGENT - En uw gsm-nummer voor de bevestigingssms, 0478 21 56 09?
KLANT - Ja.
AGENT - Binnen 5 werkdagen hebt u de nieuwe kaart. De pincode volgt apart per post.
""", [
    P("Wannes", "name"),
    P("Lieselotte Vermeulen", "name"),
    P("vijfentachtig, nul zeven, dertig, zes vijfenzeventig, vijfenzestig", "national_id",
      chk="be_rrn", digits="85.07.30-675.65"),
    P("85.07.30-675.65", "national_id", chk="be_rrn"),
    P("BE81 6893 8742 2024", "iban"),
    P("6703 0535 4762 1195 6", "card"),
    P("Bram", "name"),
    P("Vlaanderenstraat 41 bus 3, 9000 Gent", "address", mns=["Vlaanderenstraat 41 bus 3", "9000"]),
    P("0478 21 56 09", "phone"),
], [
    L("89,90 euro", "price"), L("2024/BLK/006621", "case_number"), L("18u04", "time"),
    L("5 werkdagen", "duration"), L("Carrefour Express", "company"), L("2024-01-19 18:02:44", "timestamp"),
]))

add(R("nl-call-006", """
goedemiddag pakketdienst snelpost u spreekt met anouk
ja hallo met henk bosman ik wacht al sinds dinsdag op een pakket en volgens de app is het bezorgd maar ik heb niks
vervelend meneer heeft u de trackingcode voor mij
ja die begint met drie s eh 3SSNP48820517
dank u wel ik zie het de bezorger heeft het om veertien uur zeven afgegeven bij de buren
bij de buren welke buren dan links is mevrouw yilmaz maar die is op vakantie
hmm er staat als naam ingevuld d jansen met een handtekening
wie is dat nou weer bij ons in de straat woont geen jansen
kunt u uw adres even bevestigen
klaverstraat vijftien in zwolle
en de postcode
tachtig eenentwintig k v
en hoe schrijft u bosman
b van bernard o van otto s van simon m van marie a van anton n van nico
dank u ik maak een onderzoek aan dat heeft nummer 5521 0937 en dat duurt twee tot drie werkdagen
oke het pakket is trouwens besteld door mijn zoon gijs maar op mijn adres
geen probleem op welk nummer kan de depotmanager u bellen
nul achtendertig vier twee twee drie negen zes een
dat is een vast nummer toch
ja ik ben overdag thuis
prima meneer bosman u hoort van ons
""", [
    P("anouk", "name"),
    P("henk bosman", "name",
      also=["b van bernard o van otto s van simon m van marie a van anton n van nico"]),
    P("yilmaz", "name"),
    P("d jansen", "name"),
    P("klaverstraat vijftien", "address", mns=["klaverstraat vijftien"]),
    P("tachtig eenentwintig k v", "postcode", digits="8021 KV"),
    P("gijs", "name"),
    P("nul achtendertig vier twee twee drie negen zes een", "phone", digits="038-4223961"),
], [
    L("3SSNP48820517", "tracking_number"), L("veertien uur zeven", "time"), L("5521 0937", "case_number"),
    L("twee tot drie werkdagen", "duration"), L("sinds dinsdag", "date"), L("pakketdienst snelpost", "company"),
]))

add(R("nl-call-007", """
[SPEAKER 1] Woonstichting De Linie, goedemiddag, u spreekt met Mohamed.
[SPEAKER 2] Goedemiddag. Mijn naam is Agnieszka Kowalczyk, ik huur een appartement aan de Thorbeckelaan 214 in Den Haag.
[SPEAKER 1] Ik zie u staan, Thorbeckelaan 214, postcode 2564 BZ. Wat kan ik voor u doen?
[SPEAKER 2] Er lekt water door het plafond in de badkamer. Van de bovenburen, denk ik, meneer en mevrouw Doğan.
[SPEAKER 1] Heeft u al contact met hen gehad?
[SPEAKER 2] Ja, meneer Doğan zegt dat er bij hen niks lekt.
[SPEAKER 1] Oké. Ik maak een reparatieverzoek aan, nummer RV-2024-04417. De loodgieter van Installatiebedrijf Van Dijk & Zn. komt langs. Wanneer bent u thuis?
[SPEAKER 2] Donderdag tussen 8 en 12 kan. Anders is mijn partner thuis, Tomasz.
[SPEAKER 1] Op welk nummer kan de monteur bellen?
[SPEAKER 2] Mijn nummer, 06 12 47 90 38, of dat van Tomasz, 06 39 81 27 04.
[SPEAKER 1] Genoteerd. Ik zie trouwens dat de huur van maart nog openstaat, € 782,35.
[SPEAKER 2] Dat klopt, er ging iets mis met de incasso. Ik heb een nieuwe rekening, NL31 SNSB 5642 0841 40.
[SPEAKER 1] Dat pas ik aan. Dan wordt de € 782,35 op de 28e opnieuw geïncasseerd. Geboortedatum van de hoofdhuurder nog ter controle?
[SPEAKER 2] 17 november 1990.
[SPEAKER 1] Klopt. Fijne middag.
""", [
    P("Mohamed", "name"),
    P("Agnieszka Kowalczyk", "name"),
    P("Thorbeckelaan 214", "address", mns=["Thorbeckelaan 214"]),
    P("2564 BZ", "postcode"),
    P("Doğan", "name"),
    P("Tomasz", "name"),
    P("06 12 47 90 38", "phone"),
    P("06 39 81 27 04", "phone"),
    P("NL31 SNSB 5642 0841 40", "iban"),
    P("17 november 1990", "birth_date"),
], [
    L("RV-2024-04417", "case_number"), L("Installatiebedrijf Van Dijk & Zn.", "company_named_after_person"),
    L("€ 782,35", "price"), L("Donderdag tussen 8 en 12", "time"), L("de 28e", "date"),
    L("Woonstichting De Linie", "company"),
]))

add(R("nl-call-008", """
Garage: Garage De Boer, met Kees.
Klant: Hoi Kees, met Tjeerd Hoekstra. Ik wil de Zoe laten keuren, de APK verloopt eind mei.
Garage: Ha Tjeerd. Welk kenteken was het ook alweer?
Klant: ZG-518-T.
Garage: Die Renault Zoe, ja. Kilometerstand ongeveer?
Klant: 61.420 nu.
Garage: Ik kan je volgende week inplannen, dinsdag 14 mei om 8:15. APK plus kleine beurt is € 189,-.
Klant: Prima. Mijn schoonzus, Femke de Wit, brengt hem, want ik zit die week in Groningen voor werk.
Garage: Geen probleem. Adres voor de factuur nog steeds Hoofdstraat 9, 9244 CK Beetsterzwaag?
Klant: Ja.
Garage: En je mobiel is 06-28473910?
Klant: Nee, nieuw nummer: 06 47 03 18 26.
Garage: Oké. Zal ik de factuur mailen naar tjeerd@hoekstrabouw.example.nl?
Klant: Ja doe maar. Kan Femke een leenauto krijgen?
Garage: Ja, de Opel Karl staat vrij. Ze moet wel even haar rijbewijs laten zien.
Klant: Top, bedankt Kees.
""", [
    P("Kees", "name"),
    P("Tjeerd Hoekstra", "name"),
    P("ZG-518-T", "plate", chk="nl_plate"),
    P("Femke de Wit", "name"),
    P("Hoofdstraat 9, 9244 CK Beetsterzwaag", "address", mns=["Hoofdstraat 9", "9244 CK"]),
    P("06-28473910", "phone"),
    P("06 47 03 18 26", "phone"),
    P("tjeerd@hoekstrabouw.example.nl", "email"),
], [
    L("Garage De Boer", "company_named_after_person"), L("Renault Zoe", "product_first_name"),
    L("61.420", "mileage"), L("dinsdag 14 mei om 8:15", "date"), L("€ 189,-", "price"),
    L("Opel Karl", "product_first_name"),
]))

add(R("nl-call-009", """
00:00:02 spk_0  Salarisadministratie, goedemorgen, met Linda.
00:00:05 spk_1  Goedemorgen Linda, met Mehmet Yıldırım, personeelsnummer 30417.
00:00:10 spk_0  Hoi Mehmet. Waar kan ik je mee helpen?
00:00:12 spk_1  Mijn loonstrook van februari klopt niet, ik mis de ploegentoeslag. Dat moet ongeveer 312 euro bruto zijn.
00:00:21 spk_0  Even kijken... ja, ik zie dat je teamleider, Sandra Oosterhuis, de uren van week 7 en 8 nog niet heeft goedgekeurd.
00:00:33 spk_1  Ah. Dan bel ik haar. En ik wil ook mijn rekeningnummer wijzigen.
00:00:37 spk_0  Dat kan met een controlevraag. Wat is je BSN?
00:00:41 spk_1  Vier één zeven, drie vier negen, één nul vijf.
00:00:48 spk_0  Klopt. Nieuwe IBAN?
00:00:50 spk_1  NL39 TRIO 6742 3236 42, op naam van M. Yıldırım.
00:00:58 spk_0  Genoteerd, gaat in bij de volgende verloning op 25 maart. Woon je nog op de Van Ostadestraat 19-2?
00:01:05 spk_1  Nee, ik ben verhuisd naar Almere. Landdrostdreef 77, 1314 SJ.
00:01:12 spk_0  Dan zet ik dat ook door. En je noodcontact is nog steeds je vrouw, Elif?
00:01:16 spk_1  Ja, Elif, 06 19 28 44 73.
00:01:21 spk_0  Helemaal goed. Je krijgt een bevestiging op je privémail, m.yildirim@example.com.
00:01:27 spk_1  Top, bedankt.
""", [
    P("Linda", "name"),
    P("Mehmet Yıldırım", "name"),
    P("Sandra Oosterhuis", "name"),
    P("Vier één zeven, drie vier negen, één nul vijf", "national_id", chk="bsn", digits="417349105"),
    P("NL39 TRIO 6742 3236 42", "iban"),
    P("Van Ostadestraat 19-2", "address", mns=["Van Ostadestraat 19-2"]),
    P("Landdrostdreef 77, 1314 SJ", "address", mns=["Landdrostdreef 77", "1314 SJ"]),
    P("Elif", "name"),
    P("06 19 28 44 73", "phone"),
    P("m.yildirim@example.com", "email"),
], [
    L("30417", "employee_number"), L("312 euro bruto", "price"), L("week 7 en 8", "date"),
    L("25 maart", "date"), L("00:01:05", "timestamp"), L("ploegentoeslag", "pay_component"),
]))

add(R("nl-call-010", """
Reisadviseur: Zonvaart Reizen, met Joris, goedemiddag.
Klant: Hoi, met Sarita Bhoendie. We hebben een reis geboekt naar Curaçao, boekingsnummer ZV-889214, en ik moet de gegevens van de kinderen nog doorgeven.
Reisadviseur: Dat klopt, die staan nog open. Zegt u het maar.
Klant: Maya Verbeek, geboren 2 juli 2015, en Jayden Verbeek, 19 januari 2018.
Reisadviseur: En hebben ze een eigen paspoort?
Klant: Ja, Maya heeft NWR8K2PH1 en Jayden... even pakken... BF7L90TD3.
Reisadviseur: En uw man staat erop als W. Verbeek, is dat Wouter?
Klant: Ja, Wouter.
Reisadviseur: Stoelreservering voor vier personen is € 35 per persoon per vlucht, dus € 280 in totaal. Zal ik dat toevoegen?
Klant: Ja graag. Kunt u het van de creditcard afschrijven? 5331 7538 4679 0221.
Reisadviseur: Creditcardgegevens mag ik telefonisch niet aannemen, ik stuur u een betaallink. Naar welk e-mailadres?
Klant: sarita.bhoendie@example.net
Reisadviseur: Top. Vertrek is op 12 oktober, vlucht KL0735 om 10:25 vanaf Schiphol.
Klant: Super, dank u wel.
""", [
    P("Joris", "name"),
    P("Sarita Bhoendie", "name"),
    P("Maya Verbeek", "name"),
    P("2 juli 2015", "birth_date"),
    P("Jayden Verbeek", "name"),
    P("19 januari 2018", "birth_date"),
    P("NWR8K2PH1", "national_id", chk="passport"),
    P("BF7L90TD3", "national_id", chk="passport"),
    P("Wouter", "name"),
    P("5331 7538 4679 0221", "card"),
    P("sarita.bhoendie@example.net", "email"),
], [
    L("ZV-889214", "booking_number"), L("€ 35", "price"), L("€ 280", "price"),
    L("12 oktober", "date"), L("KL0735", "flight_number"), L("10:25", "time"),
]))

add(R("nl-call-011", """
0:00 Spreker A: obs de regenboog goedemorgen met de administratie u spreekt met wilma
0:03 Spreker B: ja goedemorgen met uh dewi sastrowardoyo de moeder van kiki uit groep vijf
0:09 Spreker A: goedemorgen mevrouw wat kan ik voor u doen
0:11 Spreker B: kiki is ziek ze heeft koorts dus ze blijft vandaag en morgen thuis
0:16 Spreker A: oh wat vervelend ik geef het door aan juf marloes uh de groepsleerkracht
0:21 Spreker B: en ze zou vrijdag mee op schoolreisje naar de efteling
0:25 Spreker A: als ze beter is mag ze gewoon mee anders krijgt u de eigen bijdrage van uh vijfendertig euro terug
0:32 Spreker B: oke en moet ik dat ergens aanvragen
0:35 Spreker A: nee dat gaat automatisch naar het rekeningnummer waarmee betaald is
0:39 Spreker B: oh maar dat was de rekening van mijn ex rick die heeft het betaald
0:44 Spreker A: dan kunt u een ander nummer opgeven
0:47 Spreker B: ok uh n l zesentachtig rabo drie vier zeven drie vier nul zes twee twee zes
0:58 Spreker A: op naam van
1:00 Spreker B: d sastrowardoyo
1:02 Spreker A: en wij hebben als adres nog de lindenlaan drieëntwintig a
1:06 Spreker B: nee we zijn verhuisd naar de kastanjelaan veertien in capelle
1:10 Spreker A: postcode
1:11 Spreker B: uh 2 9 0 2 n k
1:15 Spreker A: en uw telefoonnummer is nog nul zes twee acht negen nul een vier vier zeven
1:21 Spreker B: ja klopt
1:23 Spreker A: dan pas ik het aan beterschap voor kiki
""", [
    P("wilma", "name"),
    P("dewi sastrowardoyo", "name"),
    P("kiki", "name"),
    P("marloes", "name"),
    P("rick", "name"),
    P("n l zesentachtig rabo drie vier zeven drie vier nul zes twee twee zes", "iban",
      chk="iban", digits="NL86 RABO 3473 4062 26"),
    P("lindenlaan drieëntwintig a", "address", mns=["lindenlaan drieëntwintig a"]),
    P("kastanjelaan veertien", "address", mns=["kastanjelaan veertien"]),
    P("2 9 0 2 n k", "postcode", digits="2902 NK"),
    P("nul zes twee acht negen nul een vier vier zeven", "phone", digits="06-28901447"),
], [
    L("obs de regenboog", "school"), L("groep vijf", "class"), L("vijfendertig euro", "price"),
    L("vrijdag", "date"), L("de efteling", "company"), L("vandaag en morgen", "date"),
]))

add(R("nl-call-012", """
Fitness Fabriek Antwerpen - inkomend gesprek - 22/02/2024 13:37
- Fitness Fabriek, goeiemiddag, met Jolien.
- Ja hallo, ik bel om mijn abonnement op te zeggen. Mijn naam is Youssef Benali.
- Ik zoek u op. Hebt u uw lidnummer bij de hand?
- FF-204417.
- Ik zie het. Uw geboortedatum ter controle?
- 21 mei 2003.
- Dank u. Wat is de reden van de opzeg?
- Ik verhuis naar Nederland voor mijn studie, naar Eindhoven.
- Dan kan het zonder opzegtermijn als u een bewijs stuurt. Het nieuwe adres?
- Tongelresestraat 302, 5613 DK Eindhoven.
- En uw Belgisch gsm-nummer blijft actief?
- Nee, vanaf volgende maand wordt het +31 6 83 20 11 57. Tot dan 0486 33 17 92.
- Goed. Het laatste lidgeld van € 29,99 wordt nog geïnd op BE51 9259 8153 2362.
- Oké. Kan mijn broer Karim mijn plaats overnemen? Hij wil ook lid worden.
- Dat kan, met een instapkorting van 50%. Dan heb ik wel zijn rijksregisternummer nodig.
- Ik heb alleen het mijne hier, 03.05.21-692.66. Het zijne weet ik niet vanbuiten.
- Geen probleem, hij kan langskomen aan de balie. De bevestiging van de opzeg komt per mail.
""", [
    P("Jolien", "name"),
    P("Youssef Benali", "name"),
    P("21 mei 2003", "birth_date"),
    P("Tongelresestraat 302, 5613 DK Eindhoven", "address", mns=["Tongelresestraat 302", "5613 DK"]),
    P("+31 6 83 20 11 57", "phone"),
    P("0486 33 17 92", "phone"),
    P("BE51 9259 8153 2362", "iban"),
    P("Karim", "name"),
    P("03.05.21-692.66", "national_id", chk="be_rrn"),
], [
    L("FF-204417", "member_number"), L("€ 29,99", "price"), L("50%", "quantity"),
    L("22/02/2024 13:37", "timestamp"), L("volgende maand", "date"), L("Fitness Fabriek", "company"),
]))

# ------------------------------------------------------------------ chats

add(R("nl-chat-001", """
Chat gestart 08-03-2024 19:47 via www.wonenplein.example.nl
Eva (virtuele assistent): Hoi! Ik ben Eva, de digitale assistent van Wonenplein. Waar kan ik je mee helpen?
Bezoeker: mijn bestelling is niet compleet
Eva (virtuele assistent): Vervelend! Wat is je bestelnummer? Je vindt het in de bevestigingsmail (bijv. WP-1234567).
Bezoeker: WP-5580213
Eva (virtuele assistent): Dank je. Ik verbind je door met een collega. Gemiddelde wachttijd: 4 minuten.
--- Daan is de chat binnengekomen ---
Daan: Hoi, met Daan! Ik zie 3 artikelen: eettafel Liv (eiken, 180 cm), 4x stoel Otto antraciet en een vloerkleed. Wat mist er?
Bezoeker: de stoelen. er zijn er maar 2 gekomen ipv 4
Daan: Oei. Mag ik voor de controle je naam en postcode?
Bezoeker: Samira Haddou, 6215 BK
Daan: Dank je Samira. Het is in 2 colli verzonden, het tweede pakket heeft trackingnummer JVGL06291847552 en staat nog in het depot.
Bezoeker: en wanneer komt dat dan. ik ben alleen dinsdag en donderdag thuis
Daan: Ik kan het laten bezorgen op donderdag 14 maart. Adres is Brusselseweg 147a, Maastricht?
Bezoeker: ja klopt. mag de bezorger bellen op 0643812095 als ik er niet ben, dan komt mijn buurvrouw Lotte
Daan: Zet ik erbij ✅ Bevestiging gaat naar s.haddou@example.nl
Bezoeker: nee die gebruik ik niet meer, samira.h1992@example.com
Daan: Aangepast! Nog iets?
Bezoeker: nee top dankje
Daan: Graag gedaan, fijne avond! 🙂
Chat beëindigd 20:03 | beoordeling 5/5
""", [
    P("Daan", "name"),
    P("Samira Haddou", "name"),
    P("6215 BK", "postcode"),
    P("Brusselseweg 147a", "address", mns=["Brusselseweg 147a"]),
    P("0643812095", "phone"),
    P("Lotte", "name"),
    P("s.haddou@example.nl", "email"),
    P("samira.h1992@example.com", "email"),
], [
    L("Eva", "chatbot_name"), L("WP-5580213", "order_number"), L("WP-1234567", "order_number"),
    L("eettafel Liv", "product_first_name"), L("stoel Otto", "product_first_name"),
    L("JVGL06291847552", "tracking_number"), L("donderdag 14 maart", "date"), L("4 minuten", "duration"),
]))

add(R("nl-chat-002", """
[12-03-2024 14:05:12] Zonnig Dak Installaties: Goedemiddag! Welkom bij Zonnig Dak. Stuur ons je vraag, we reageren binnen 1 werkdag. ☀️
[12-03-2024 14:07:40] Gerrit-Jan Kuipers: Hallo, de omvormer geeft sinds gisteren een foutcode F-31
[12-03-2024 14:07:58] Gerrit-Jan Kuipers: Installatie is in 2021 door jullie geplaatst, 14 panelen
[12-03-2024 14:31:02] Zonnig Dak Installaties: Hoi Gerrit-Jan, Wendy hier. Vervelend! Kun je een foto van het display sturen? En je adres?
[12-03-2024 14:33:15] Gerrit-Jan Kuipers: ‎<bijlage: IMG_4471.jpg weggelaten>
[12-03-2024 14:33:49] Gerrit-Jan Kuipers: Molenweg 3, 7441 BW Nijverdal
[12-03-2024 14:40:12] Zonnig Dak Installaties: Dank je. Ik zie 'm, omvormer SN 2107-GW5K-44817. F-31 is een netspanningsfout, vaak door het net zelf. Kun je de netspanning aflezen?
[12-03-2024 14:52:30] Gerrit-Jan Kuipers: 253 V staat er
[12-03-2024 14:53:05] Zonnig Dak Installaties: Dat is te hoog. We sturen morgen tussen 13:00 en 17:00 een monteur, Erik Dijkstra. Klopt je nummer nog, +31 6 55 02 94 18?
[12-03-2024 14:55:21] Gerrit-Jan Kuipers: Ja. Ik ben er zelf niet, mijn vrouw Hanneke wel
[12-03-2024 14:55:40] Gerrit-Jan Kuipers: Valt dit onder garantie? Vorige keer is € 95 voorrijkosten afgeschreven van NL17 KNAB 6138 0261 27
[12-03-2024 15:02:11] Zonnig Dak Installaties: Binnen 5 jaar garantie, dus geen kosten 👍 Werkbon WB-24-1187 sturen we na afloop per mail.
[12-03-2024 15:02:44] Gerrit-Jan Kuipers: Graag naar gjkuipers@example.nl 👍
""", [
    P("Gerrit-Jan Kuipers", "name"),
    P("Wendy", "name"),
    P("Molenweg 3, 7441 BW Nijverdal", "address", mns=["Molenweg 3", "7441 BW"]),
    P("Erik Dijkstra", "name"),
    P("+31 6 55 02 94 18", "phone"),
    P("Hanneke", "name"),
    P("NL17 KNAB 6138 0261 27", "iban"),
    P("gjkuipers@example.nl", "email"),
], [
    L("F-31", "error_code"), L("14 panelen", "quantity"), L("SN 2107-GW5K-44817", "serial_number"),
    L("253 V", "measurement"), L("€ 95", "price"), L("WB-24-1187", "work_order"),
    L("IMG_4471.jpg", "filename"),
]))

add(R("nl-chat-003", """
03/11/2023, 21:14 - Berichten en gesprekken worden end-to-end versleuteld. Niemand buiten deze chat, zelfs WhatsApp niet, kan ze lezen of beluisteren.
03/11/2023, 21:14 - Shanice Martina: Goedenavond, ik heb gereageerd op het appartement aan de Twijnstraat. Is de bezichtiging nog op maandag?
03/11/2023, 21:20 - Niels | Stadswonen: Hoi Shanice, ja maandag 6 november om 17:30. Neem je een kopie ID en je laatste 3 loonstroken mee?
03/11/2023, 21:22 - Shanice Martina: Top. Mijn vriend Jurgen komt ook mee, hij gaat meehuren
03/11/2023, 21:25 - Niels | Stadswonen: Prima. Dan heb ik van jullie allebei nodig: naam, geboortedatum, huidig adres en werkgever
03/11/2023, 21:31 - Shanice Martina: Shanice Martina, 24-06-1996, Amsterdamsestraatweg 501, 3553 EH Utrecht. werk in het ziekenhuis als verpleegkundige
03/11/2023, 21:33 - Shanice Martina: Jurgen Doornbos, 02-12-1994, zelfde adres. hij werkt bij de gemeente
03/11/2023, 21:40 - Niels | Stadswonen: Dank! Huur is € 1.375 kale huur + € 85 servicekosten. Borg 2 maanden.
03/11/2023, 21:41 - Shanice Martina: oke 👌 en op welk nummer kan ik bellen als ik te laat ben
03/11/2023, 21:41 - Niels | Stadswonen: Gewoon dit nummer 😉
03/11/2023, 21:42 - Shanice Martina: haha ok. anders is mijn nummer 06-41779203 en van Jurgen 06-20583316
06/11/2023, 18:45 - Niels | Stadswonen: Leuk jullie gesproken te hebben! Willen jullie de borg overmaken o.v.v. referentie SW-TWIJN-12?
06/11/2023, 19:02 - Shanice Martina: gedaan vanaf NL94 INGB 2965 0325 39 ✅
06/11/2023, 19:03 - Shanice Martina: <Media weggelaten>
""", [
    P("Shanice Martina", "name"),
    P("Niels", "name"),
    P("Jurgen Doornbos", "name"),
    P("24-06-1996", "birth_date"),
    P("Amsterdamsestraatweg 501, 3553 EH Utrecht", "address", mns=["Amsterdamsestraatweg 501", "3553 EH"]),
    P("02-12-1994", "birth_date"),
    P("06-41779203", "phone"),
    P("06-20583316", "phone"),
    P("NL94 INGB 2965 0325 39", "iban"),
], [
    L("maandag 6 november om 17:30", "date"), L("€ 1.375", "price"), L("€ 85", "price"),
    L("2 maanden", "duration"), L("SW-TWIJN-12", "reference"), L("3 loonstroken", "quantity"),
]))

add(R("nl-chat-004", """
=== Sessie-export Berichtencentrum | KlaverBank ===
Klant: R. Tjon-A-Foe | gebruikersnaam: r.tjonafo | sessie-ID 8f3c-22a1 | IP-adres 198.51.100.73 | apparaat: iPhone, app 8.14.2
[10:02] Roy Tjon-A-Foe: Goedemorgen, ik zie een afschrijving van 249,00 die ik niet ken, "NETFLX PAYMENTS 0049"??
[10:04] Medewerker (Esra): Goedemorgen! Ik kijk even met u mee. Gaat het om rekening NL36 ABNA 2643 6851 51?
[10:04] Roy Tjon-A-Foe: ja
[10:06] Medewerker (Esra): Ik zie dat de betaling met uw creditcard is gedaan en daarna van de rekening is afgeschreven.
[10:07] Roy Tjon-A-Foe: dit is de kaart 4382 4266 1662 3366
[10:08] Medewerker (Esra): Let op: deel nooit uw volledige kaartnummer in de chat 🙏 Ik blokkeer de kaart en start een terugboeking, referentie CB-2024-031877.
[10:09] Roy Tjon-A-Foe: ok. is het misschien mijn dochter geweest? ze heeft de kaart weleens gebruikt, Naomi
[10:11] Medewerker (Esra): Dat kan ik niet zien. Wel zie ik dat er op 2 maart is ingelogd vanaf IP 203.0.113.18, een ander adres dan u nu gebruikt.
[10:12] Roy Tjon-A-Foe: dat is bij mijn moeder thuis, daar was ik toen
[10:14] Medewerker (Esra): Duidelijk. De nieuwe kaart sturen we naar Goudsbloemlaan 58, 2565 CR Den Haag. Klopt dat?
[10:15] Roy Tjon-A-Foe: ja
[10:16] Medewerker (Esra): Heeft u nog vragen, dan kunt u ons bellen op 070 - 311 22 33 (ma-vr 8-20 uur).
[10:16] Roy Tjon-A-Foe: dank je Esra
""", [
    P("Roy Tjon-A-Foe", "name"),
    P("r.tjonafo", "username"),
    P("198.51.100.73", "ip"),
    P("Esra", "name"),
    P("NL36 ABNA 2643 6851 51", "iban"),
    P("4382 4266 1662 3366", "card"),
    P("Naomi", "name"),
    P("203.0.113.18", "ip"),
    P("Goudsbloemlaan 58, 2565 CR Den Haag", "address", mns=["Goudsbloemlaan 58", "2565 CR"]),
], [
    L("249,00", "price"), L("NETFLX PAYMENTS 0049", "merchant"), L("CB-2024-031877", "reference"),
    L("sessie-ID 8f3c-22a1", "session_id"), L("app 8.14.2", "version"), L("2 maart", "date"),
]))

add(R("nl-chat-005", """
Messenger · Belmobiel Klantenservice
VANDAAG 11:20
Brenda Oduya: hallo ik heb een vraag over mn rekening 😡😡
Brenda Oduya: ik betaal ineens 47 euro ipv 22,50
Belmobiel: Hoi Brenda! Sorry voor het ongemak 😔 Ik ben Tim en ik ga je helpen. Mag ik het telefoonnummer waar het abonnement op staat + je postcode & huisnummer?
Brenda Oduya: 0631572846 en 1324 RM 8
Belmobiel: Dankje! Ik zie dat je in februari buiten je bundel hebt gebeld naar een buitenlands nummer, +233 24 418 7702 (Ghana). Dat kost € 0,85 per minuut 📞
Brenda Oduya: ja das mijn moeder Akosua😅 maar ik dacht dat ik bundel buitenland had
Belmobiel: Die bundel (Wereld 100) geldt alleen voor de EU. Ik kan je omzetten naar Wereld Plus voor € 7,50 p/m, dan is Ghana inbegrepen
Brenda Oduya: ja doe maar. en kan die 24,50 terug??
Belmobiel: Ik heb € 24,50 gecrediteerd als coulance 🙌 Voor de wijziging heb ik nog je geboortedatum nodig ter verificatie
Brenda Oduya: 11-9-1987
Belmobiel: Top, gelukt! Je ontvangt een bevestiging op brenda.oduya87@example.com. Fijne dag! ~Tim
Brenda Oduya: thnx tim❤️
""", [
    P("Brenda Oduya", "name"),
    P("Tim", "name", also=["tim"]),
    P("0631572846", "phone"),
    P("1324 RM 8", "address", mns=["1324 RM"]),
    P("+233 24 418 7702", "phone"),
    P("Akosua", "name"),
    P("11-9-1987", "birth_date"),
    P("brenda.oduya87@example.com", "email"),
], [
    L("47 euro", "price"), L("22,50", "price"), L("€ 0,85 per minuut", "price"), L("Wereld 100", "product"),
    L("Wereld Plus", "product"), L("€ 7,50 p/m", "price"), L("€ 24,50", "price"),
]))

add(R("nl-chat-006", """
Instagram · Berichten · studio.veldwerk
elke.desmet_ · 2 d.
hey! ik heb vorige week de jurk Rosa besteld maar hij is te groot 🙈 kan ik ruilen?
studio.veldwerk
Hoi Elke! Natuurlijk 💛 Welke maat heb je en wat is je bestelnummer?
elke.desmet_
maat M, bestelling #VW10482
ik wil S
studio.veldwerk
Even checken... S is nog op voorraad! Stuur je 'm terug met het retourlabel? Op welk adres mogen we de nieuwe leveren?
elke.desmet_
Elke De Smet
Kortrijksesteenweg 1093 bus 2, 9051 Sint-Denijs-Westrem
en mijn gsm 0494 61 38 25
studio.veldwerk
Top! Goed nieuws: de S zit in de sale, € 59,95 ipv € 79,95, dus je krijgt € 20 terug. Op welke rekening?
elke.desmet_
BE82 4620 0054 0568 op naam van mijn mama, Hilde Vanhecke
studio.veldwerk
Genoteerd 🙌 Groetjes, Lien van team Veldwerk
elke.desmet_
merci Lien!! 😘
elke.desmet_
oh en mijn mail is elke.ds@example.com voor het label
""", [
    P("elke.desmet_", "username"),
    P("Elke De Smet", "name"),
    P("Kortrijksesteenweg 1093 bus 2, 9051 Sint-Denijs-Westrem", "address",
      mns=["Kortrijksesteenweg 1093 bus 2", "9051"]),
    P("0494 61 38 25", "phone"),
    P("BE82 4620 0054 0568", "iban"),
    P("Hilde Vanhecke", "name"),
    P("Lien", "name"),
    P("elke.ds@example.com", "email"),
], [
    L("jurk Rosa", "product_first_name"), L("#VW10482", "order_number"), L("maat M", "size"),
    L("€ 59,95", "price"), L("€ 79,95", "price"), L("€ 20", "price"),
]))

add(R("nl-chat-007", """
Ticket #HV-88213 | Live chat | Polderhost
Klant: gebruiker pieterjanbos (account 10448), verbonden vanaf 192.0.2.211
[14:02:31] Pieter-Jan Bos: Mijn website geeft een 502 error sinds vannacht
[14:03:02] Support - Mustafa: Hoi Pieter-Jan, ik kijk mee. Gaat het om dekoffieboon.example.nl op VPS-NL-0332?
[14:03:40] Pieter-Jan Bos: ja klopt
[14:05:12] Support - Mustafa: PHP-FPM is gestopt door geheugentekort (limiet 2 GB). Ik heb hem herstart. Ik zie ook honderden inlogpogingen op wp-admin vanaf 203.0.113.77. Ken jij dat IP?
[14:06:00] Pieter-Jan Bos: nee. mijn collega Anouk werkt vanaf thuis, haar IP is 198.51.100.240 volgens haar
[14:07:13] Support - Mustafa: Dan blokkeer ik 203.0.113.77 in de firewall. Advies: zet 2FA aan. Wil je upgraden naar VPS M (4 GB, € 14,95 p/m)?
[14:08:40] Pieter-Jan Bos: ja doe maar, zelfde incasso als nu
[14:09:02] Support - Mustafa: Je mandaat staat op NL78 ASNB 7902 5255 44 t.n.v. Koffieboon VOF, klopt dat?
[14:09:40] Pieter-Jan Bos: klopt
[14:10:05] Support - Mustafa: Upgrade ingepland vannacht 02:00-02:15. Factuur gaat naar pj@dekoffieboon.example.nl. Nog iets?
[14:10:30] Pieter-Jan Bos: nee thx 👍
""", [
    P("pieterjanbos", "username"),
    P("192.0.2.211", "ip"),
    P("Pieter-Jan Bos", "name"),
    P("Mustafa", "name"),
    P("203.0.113.77", "ip"),
    P("Anouk", "name"),
    P("198.51.100.240", "ip"),
    P("NL78 ASNB 7902 5255 44", "iban"),
    P("pj@dekoffieboon.example.nl", "email"),
], [
    L("#HV-88213", "ticket_number"), L("account 10448", "account_number"), L("502 error", "error_code"),
    L("VPS-NL-0332", "server_name"), L("€ 14,95 p/m", "price"), L("02:00-02:15", "time"),
    L("Koffieboon VOF", "company"),
]))

add(R("nl-chat-008", """
Chat Belastingen | gemeente Zwolle | aangemeld met DigiD (BSN 565628161)
14:21 U: Ik wil bezwaar maken tegen de WOZ-waarde van mijn woning, die is € 412.000 en dat is veel te hoog
14:22 Chatmedewerker: Goedemiddag! Over welk adres gaat het?
14:22 U: Assendorperstraat 64, 8012 DJ
14:23 Chatmedewerker: Ik zie het. Aanslagnummer 2024.118.40772, WOZ-objectnummer 019300018223. Wat is volgens u de waarde?
14:24 U: max 370.000, het huis van de buren (fam. Brouwer) is in 2023 voor 365.000 verkocht
14:26 Chatmedewerker: U kunt het bezwaar hier in de chat indienen, dan zet ik het door. Ik heb nog nodig: uw naam, telefoonnummer en eventueel een gemachtigde.
14:27 U: Willemijn Ter Horst-Akkerman, 038 421 77 05. Mijn broer Joost Akkerman helpt mij, hij is makelaar
14:29 Chatmedewerker: Prima. Wilt u een eventuele teruggave op hetzelfde rekeningnummer als de aanslag, NL69 BUNQ 5467 3051 74?
14:29 U: ja
14:30 Chatmedewerker: Uw bezwaar is geregistreerd onder nummer BZ-2024-06613. U krijgt binnen 6 weken een beslissing. Groet, Inge
14:30 Chatmedewerker: Vragen? Bel 14 038, op werkdagen van 8.30 tot 17.00 uur.
""", [
    P("565628161", "national_id", chk="bsn"),
    P("Assendorperstraat 64, 8012 DJ", "address", mns=["Assendorperstraat 64", "8012 DJ"]),
    P("Brouwer", "name"),
    P("Willemijn Ter Horst-Akkerman", "name"),
    P("038 421 77 05", "phone"),
    P("Joost Akkerman", "name"),
    P("NL69 BUNQ 5467 3051 74", "iban"),
    P("Inge", "name"),
], [
    L("€ 412.000", "price"), L("370.000", "price"), L("365.000", "price"), L("2024.118.40772", "assessment_number"),
    L("019300018223", "object_number"), L("BZ-2024-06613", "case_number"), L("6 weken", "duration"),
]))

add(R("nl-chat-009", """
E-consult | Huisartsenpraktijk De Linde | patiëntenportaal
Patiënt: Gülşen Aydın · geb. 04-10-1962 · BSN 611569553
Onderwerp: herhaalrecept + uitslag
-----
Gülşen Aydın (09:14): Goedemorgen, ik wil graag herhaling van mijn metformine 500 mg, 2x per dag, en ik heb nog geen uitslag van het bloedonderzoek van 28 februari
Assistente Manon (10:02): Goedemorgen mevrouw Aydın. Het recept voor metformine 500 mg (180 tabletten) ligt vanaf morgen 14:00 klaar bij Apotheek Oosterpoort.
Assistente Manon (10:03): De uitslag is bekeken door dokter Van den Berg: HbA1c 52 mmol/mol, iets hoger dan vorige keer. Zij wil u graag spreken. Kan ze u bellen op 050-3128744?
Gülşen Aydın (10:20): Dat is mijn oude vaste nummer, liever 06-30492288. Mijn zoon Emre mag ook gebeld worden, hij tolkt: 06-14903367
Assistente Manon (10:22): Genoteerd. Dr. Van den Berg belt u donderdag tussen 13:00 en 14:00.
Gülşen Aydın (10:23): Dank u wel 🙏
""", [
    P("Gülşen Aydın", "name"),
    P("04-10-1962", "birth_date"),
    P("611569553", "national_id", chk="bsn"),
    P("Manon", "name"),
    P("Van den Berg", "name"),
    P("050-3128744", "phone"),
    P("06-30492288", "phone"),
    P("Emre", "name"),
    P("06-14903367", "phone"),
], [
    L("metformine 500 mg", "medication"), L("2x per dag", "quantity"), L("180 tabletten", "quantity"),
    L("Apotheek Oosterpoort", "company"), L("HbA1c 52 mmol/mol", "measurement"), L("28 februari", "date"),
    L("donderdag tussen 13:00 en 14:00", "time"),
]))

add(R("nl-chat-010", """
Chatgesprek MijnLease | 17-04-2024
Systeem: Je bent verbonden met Bart van het team Boetes & Schades.
Bart: Hoi! Waarmee kan ik je helpen?
Bestuurder: hoi, ik heb een brief gekregen over een franse snelheidsboete met mijn leaseauto, kenteken N-391-HP
Bart: Klopt, wij hebben een avis de contravention ontvangen, nr. 2024-0915-88217: 131 km/u waar 110 mocht, op 23 maart om 15:42 bij Lyon. Bedrag € 135. Wie reed er?
Bestuurder: mijn zwager, hij woont in frankrijk. Mathieu Lefèvre, 14 rue des Capucins, 69001 Lyon
Bart: Dank je. Voor de aanwijzing hebben we ook zijn geboortedatum en telefoonnummer nodig.
Bestuurder: 07/07/1984 en +33 6 12 44 80 93
Bart: Top. En ter controle je leasecontract?
Bestuurder: contract LC-77120-NL, ik ben Sven Mulder
Bart: Helemaal goed Sven. We sturen de aanwijzing binnen 3 werkdagen naar de Franse autoriteiten. De administratiekosten van € 15 worden via je werkgever, Van Leeuwen Logistiek, verrekend.
Bestuurder: ok en kan de kopie naar mijn prive mail, svenmulder@example.net
Bart: Doe ik! Fijne dag.
""", [
    P("Bart", "name"),
    P("N-391-HP", "plate", chk="nl_plate"),
    P("Mathieu Lefèvre", "name"),
    P("14 rue des Capucins, 69001 Lyon", "address", mns=["14 rue des Capucins", "69001"]),
    P("07/07/1984", "birth_date"),
    P("+33 6 12 44 80 93", "phone"),
    P("Sven Mulder", "name"),
    P("svenmulder@example.net", "email"),
], [
    L("2024-0915-88217", "case_number"), L("131 km/u", "measurement"), L("23 maart om 15:42", "date"),
    L("€ 135", "price"), L("LC-77120-NL", "contract_number"), L("€ 15", "price"),
    L("Van Leeuwen Logistiek", "company_named_after_person"),
]))

# ------------------------------------------------------------------ e-mails

add(R("nl-email-001", """
Van: Anneke Bouwhuis <a.bouwhuis@example.nl>
Aan: schade@veiligthuis.example.nl
Datum: dinsdag 9 januari 2024 08:17
Onderwerp: RE: Uw schademelding SCH-2023-447810 - stormschade

Beste heer Kramer,

Hierbij de offerte van Dakdekkersbedrijf Gebr. Wolters voor het herstel van de dakpannen (€ 2.318,40 incl. btw) en 6 foto's.
Mijn man Geert is de afgelopen week drie keer het dak op geweest om zeil te spannen, dus we willen graag snel duidelijkheid.
De uitkering mag op rekening NL16 INGB 6639 2332 14 t.n.v. A. Bouwhuis-Veldkamp.

Met vriendelijke groet,
Anneke Bouwhuis
Esdoornstraat 27
7906 JD Hoogeveen
06-51204873

-----Oorspronkelijk bericht-----
Van: Ruud Kramer | VeiligThuis Verzekeringen <r.kramer@veiligthuis.example.nl>
Verzonden: donderdag 4 januari 2024 16:40
Aan: a.bouwhuis@example.nl
Onderwerp: Uw schademelding SCH-2023-447810 - stormschade

> Geachte mevrouw Bouwhuis,
>
> Wij hebben uw melding van 2 januari ontvangen over stormschade aan uw woning aan de Esdoornstraat 27 te Hoogeveen (polisnummer WP-03318872).
> Om de schade te beoordelen vragen wij u een offerte en foto's te sturen. Bij een bedrag boven € 2.500 komt er een expert langs, de heer T. Oudshoorn van Expertisebureau Lamberts.
>
> Met vriendelijke groet,
> Ruud Kramer
> Schadebehandelaar
> VeiligThuis Verzekeringen | Postbus 480 | 8000 AL Zwolle | 088 - 550 44 00
""", [
    P("Anneke Bouwhuis", "name"),
    P("a.bouwhuis@example.nl", "email"),
    P("Kramer", "name", also=["Ruud"]),
    P("r.kramer@veiligthuis.example.nl", "email"),
    P("Geert", "name"),
    P("NL16 INGB 6639 2332 14", "iban"),
    P("A. Bouwhuis-Veldkamp", "name"),
    P("Esdoornstraat 27\n7906 JD Hoogeveen", "address", mns=["Esdoornstraat 27", "7906 JD"]),
    P("06-51204873", "phone"),
    P("T. Oudshoorn", "name"),
], [
    L("SCH-2023-447810", "claim_number"), L("Dakdekkersbedrijf Gebr. Wolters", "company_named_after_person"),
    L("€ 2.318,40", "price"), L("WP-03318872", "policy_number"), L("€ 2.500", "price"),
    L("Expertisebureau Lamberts", "company_named_after_person"), L("6 foto's", "quantity"),
]))

add(R("nl-email-002", """
Van: Hüseyin Kaya <h.kaya1958@example.com>
Verzonden: maandag 15 april 2024 11:02
Aan: wmo@gemeente-ede.example.nl
Onderwerp: Fwd: Indicatie huishoudelijke hulp moeder

Goedemorgen,

Hieronder de mail van de thuiszorg. Mijn moeder, mevrouw Zeynep Kaya-Arslan (BSN 415628404, geboren 01-07-1941), woont sinds kort bij ons in. Kunnen jullie de indicatie overzetten naar ons adres, Bovenbuurtweg 12, 6717 XA Ede?
Ik ben bereikbaar op 0318-642917 of 06 41 27 08 53.

Met vriendelijke groet,
Hüseyin Kaya

---------- Doorgestuurd bericht ---------
Van: Zorggroep Vallei Thuiszorg <planning@valleithuiszorg.example.nl>
Datum: vr 12 apr 2024 om 16:45
Onderwerp: Indicatie huishoudelijke hulp
Aan: <h.kaya1958@example.com>

Beste heer Kaya,

Uw moeder ontvangt op dit moment 3 uur huishoudelijke hulp per week (indicatie WMO-2022-3381, geldig t/m 31-12-2024) op het adres Dorpsstraat 5, 3927 BC Renswoude. Bij verhuizing naar een andere gemeente vervalt deze indicatie. U moet dan een nieuwe aanvraag doen bij de gemeente Ede.
Vaste hulp Ilse blijft tot eind april komen.

Met vriendelijke groet,
Planning Zorggroep Vallei
T 0318 - 30 40 50
""", [
    P("Hüseyin Kaya", "name"),
    P("h.kaya1958@example.com", "email"),
    P("Zeynep Kaya-Arslan", "name"),
    P("415628404", "national_id", chk="bsn"),
    P("01-07-1941", "birth_date"),
    P("Bovenbuurtweg 12, 6717 XA Ede", "address", mns=["Bovenbuurtweg 12", "6717 XA"]),
    P("0318-642917", "phone"),
    P("06 41 27 08 53", "phone"),
    P("Dorpsstraat 5, 3927 BC Renswoude", "address", mns=["Dorpsstraat 5", "3927 BC"]),
    P("Ilse", "name"),
], [
    L("3 uur huishoudelijke hulp per week", "quantity"), L("WMO-2022-3381", "case_number"),
    L("31-12-2024", "date"), L("vr 12 apr 2024 om 16:45", "timestamp"),
    L("maandag 15 april 2024 11:02", "timestamp"),
]))

add(R("nl-email-003", """
Van: Schröder, Lukas <lukas.schroeder@example.com>
Verzonden: woensdag 6 maart 2024 21:48
Aan: HR Services <hr@bouwgroepoost.example.nl>
CC: Mertens, Ilona <i.mertens@bouwgroepoost.example.nl>
Onderwerp: Gegevens loonadministratie / grensarbeider

Beste collega's van HR,

Per 1 april begin ik als werkvoorbereider bij de vestiging Enschede. Zoals gevraagd mijn gegevens voor de loonadministratie:

Naam: Lukas Schröder
Geboortedatum: 22.09.1991
Adres: Bahnhofstraße 17, 48599 Gronau (Westf.)
Steuer-ID: 38 249 051 634
BSN: 123333209 (aangevraagd via het RNI-loket)
Bankrekening: DE38 3120 9203 1939 4626 15
Telefoon: +49 1523 7784102

Mijn leidinggevende Ilona Mertens heeft het contract (CTR-2024-0177, 38 uur) al ondertekend. De leaseauto wordt een Škoda Enyaq; kenteken volgt.

Met vriendelijke groet / Mit freundlichen Grüßen
Lukas Schröder
""", [
    P("Lukas Schröder", "name"),
    P("lukas.schroeder@example.com", "email"),
    P("Ilona Mertens", "name"),
    P("i.mertens@bouwgroepoost.example.nl", "email"),
    P("22.09.1991", "birth_date"),
    P("Bahnhofstraße 17, 48599 Gronau (Westf.)", "address", mns=["Bahnhofstraße 17", "48599"]),
    P("38 249 051 634", "national_id", chk="steuerid"),
    P("123333209", "national_id", chk="bsn"),
    P("DE38 3120 9203 1939 4626 15", "iban"),
    P("+49 1523 7784102", "phone"),
], [
    L("1 april", "date"), L("CTR-2024-0177", "contract_number"), L("38 uur", "quantity"),
    L("Škoda Enyaq", "product"), L("woensdag 6 maart 2024 21:48", "timestamp"), L("RNI-loket", "office"),
]))

add(R("nl-email-004", """
Onderwerp: Klacht bestelling 4410298-NL - wasmachine beschadigd geleverd
Van: r.doelwijt@example.net
Aan: klantenservice@witgoedexpres.example.nl

Geachte heer/mevrouw,

Op 3 mei is mijn wasmachine (Miele WWD 320, € 1.049,-) bezorgd met een flinke deuk in de zijkant. De bezorgers (ik meen Dennis en een collega) lieten mij het afleverbewijs tekenen voordat ik de doos open mocht maken. Mijn buurman, de heer Pinas, stond erbij en kan dit bevestigen. Mijn vrouw Sharda heeft direct foto's gemaakt, die zitten in de bijlage.

Ik wil graag een nieuw exemplaar of € 250 compensatie. Dat mag op NL76 RABO 6881 9736 99 t.n.v. R.J. Doelwijt.

Met vriendelijke groet,

Ricardo Doelwijt
Albert Cuypstraat 208-III
1073 BL Amsterdam
tel. 06 - 24 81 59 30

> Op 3 mei 2024 om 18:04 schreef WitgoedExpres <noreply@witgoedexpres.example.nl>:
> Beste Ricardo,
> Je bestelling 4410298-NL is bezorgd! Je factuur F-2024-220913 vind je in je account.
> Heb je een vraag? Bel 085 - 020 40 60 of mail klantenservice@witgoedexpres.example.nl.
""", [
    P("r.doelwijt@example.net", "email"),
    P("Dennis", "name"),
    P("Pinas", "name"),
    P("Sharda", "name"),
    P("NL76 RABO 6881 9736 99", "iban"),
    P("Ricardo Doelwijt", "name"),
    P("Albert Cuypstraat 208-III\n1073 BL Amsterdam", "address", mns=["Albert Cuypstraat 208-III", "1073 BL"]),
    P("06 - 24 81 59 30", "phone"),
], [
    L("4410298-NL", "order_number"), L("Miele WWD 320", "product_company_named_after_person"),
    L("€ 1.049,-", "price"), L("€ 250", "price"), L("F-2024-220913", "invoice_number"),
    L("3 mei 2024 om 18:04", "timestamp"),
]))

add(R("nl-email-005", """
Onderwerp: aanvraag sociaal tarief + domiciliëring
Van: Jozefien Claes <jozefien.claes@example.com>
Aan: info@waterleuven.example.org

Goeiedag,

Ik ontving de jaarafrekening (klantnummer 3004 117 825, factuur van 26/04/2024, € 612,37), maar ik heb recht op het sociaal tarief omdat ik via het ziekenfonds een verhoogde tegemoetkoming krijg.
Mijn gegevens:
- Jozefien Claes, Tiensestraat 166/0201, 3000 Leuven
- rijksregisternummer 92.11.03-050.26
- meterstand op 14/04: 01842 m³ (meternummer 21M04417)
Mijn partner Arne Wouters woont sinds maart ook op dit adres (rijksregisternr. 78.02.14-003.65).
Ik wil ook graag een domiciliëring op BE08 7980 6548 3713.
U kan mij bereiken op 0471 28 93 05, liefst na 16u.

Vriendelijke groeten
Jozefien

Verstuurd vanaf mijn iPhone
""", [
    P("Jozefien Claes", "name"),
    P("jozefien.claes@example.com", "email"),
    P("Tiensestraat 166/0201, 3000 Leuven", "address", mns=["Tiensestraat 166/0201", "3000"]),
    P("92.11.03-050.26", "national_id", chk="be_rrn"),
    P("Arne Wouters", "name"),
    P("78.02.14-003.65", "national_id", chk="be_rrn"),
    P("BE08 7980 6548 3713", "iban"),
    P("0471 28 93 05", "phone"),
], [
    L("3004 117 825", "customer_number"), L("26/04/2024", "date"), L("€ 612,37", "price"),
    L("01842 m³", "meter_reading"), L("21M04417", "meter_number"), L("na 16u", "time"),
]))

add(R("nl-email-006", """
Van: "Marieke Lont" <mlont@example.nl>
Aan: "Studentenadministratie ROC Twente" <studentzaken@roc.example.nl>
Datum: 18-09-2023 20:41
Onderwerp: Re: Lesgeld studiejaar 2023-2024 - studentnummer 224187

Beste meneer Hassan,

Bedankt voor uw snelle reactie. Mijn zoon Daan Lont (geboren 05-02-2005) is inderdaad meerderjarig en krijgt zelf de factuur, begrijp ik. Hij heeft alleen nog geen eigen betaalrekening; mag het lesgeld in termijnen van mijn rekening NL22 ABNA 3563 2729 51 worden afgeschreven?
Zijn nieuwe adres is trouwens Kalanderstraat 4, 7511 HR Enschede (hij woont sinds kort op kamers), nieuw mobiel 06 33 71 82 05.
Zijn mentor, mevrouw Nijboer, is hiervan op de hoogte.

Groet,
Marieke Lont

Op 15-09-2023 09:12 schreef Studentenadministratie ROC Twente <studentzaken@roc.example.nl>:
> Beste mevrouw Lont,
>
> Omdat uw zoon meerderjarig is, zetten wij de factuur lesgeld (€ 1.315,00, factuurnummer LG-23-118220) op zijn naam. Betaling in 5 termijnen is mogelijk.
>
> Met vriendelijke groet,
> Samir Hassan
> Studentenadministratie | Gildeplein 1, 7500 AA Enschede | 053 - 480 00 00
""", [
    P("Marieke Lont", "name"),
    P("mlont@example.nl", "email"),
    P("Samir Hassan", "name"),
    P("Daan Lont", "name"),
    P("05-02-2005", "birth_date"),
    P("NL22 ABNA 3563 2729 51", "iban"),
    P("Kalanderstraat 4, 7511 HR Enschede", "address", mns=["Kalanderstraat 4", "7511 HR"]),
    P("06 33 71 82 05", "phone"),
    P("Nijboer", "name"),
], [
    L("224187", "student_number"), L("€ 1.315,00", "price"), L("LG-23-118220", "invoice_number"),
    L("5 termijnen", "quantity"), L("studiejaar 2023-2024", "date"), L("18-09-2023 20:41", "timestamp"),
]))

add(R("nl-email-007", """
Onderwerp: Fwd: Bevestiging vakantiehuis Dordogne + gegevens sleuteloverdracht

Hoi Kim,

Zie hieronder. Kun jij de reizigers nog aanvullen in het systeem? Boeking VH-FR-30917.

Groet, Bas
(Reisbureau Lindenhof, afdeling vakantiehuizen)

Begin doorgestuurd bericht:

Van: Chan Wei Ling <weiling.chan@example.org>
Onderwerp: Bevestiging vakantiehuis Dordogne + gegevens sleuteloverdracht
Datum: 2 juni 2024 om 22:10:31 CEST
Aan: vakantiehuizen@lindenhof.example.nl

Beste mensen,

Hierbij onze gegevens voor het huisje La Grange (27 juli - 10 augustus, 4 personen):
1. Chan Wei Ling, 12-03-1983, paspoort NXK0R4L72
2. Jasper Hoogendijk, 30-10-1981
3. en 4. onze twee kinderen (9 en 12 jaar)

De eigenaar, madame Aurélie Dufresne, vroeg om een Frans mobiel nummer voor de sleutelcode; we hebben tijdelijk +33 7 81 44 20 19.
De aanbetaling van € 640 is gedaan vanaf NL97 SNSB 8175 6048 06.

Groetjes,
Wei Ling
Vinkenstraat 41, 2312 PL Leiden
""", [
    P("Kim", "name"),
    P("Bas", "name"),
    P("Chan Wei Ling", "name"),
    P("weiling.chan@example.org", "email"),
    P("12-03-1983", "birth_date"),
    P("NXK0R4L72", "national_id", chk="passport"),
    P("Jasper Hoogendijk", "name"),
    P("30-10-1981", "birth_date"),
    P("Aurélie Dufresne", "name"),
    P("+33 7 81 44 20 19", "phone"),
    P("NL97 SNSB 8175 6048 06", "iban"),
    P("Vinkenstraat 41, 2312 PL Leiden", "address", mns=["Vinkenstraat 41", "2312 PL"]),
], [
    L("VH-FR-30917", "booking_number"), L("La Grange", "property_name"), L("27 juli - 10 augustus", "date"),
    L("4 personen", "quantity"), L("€ 640", "price"), L("2 juni 2024 om 22:10:31 CEST", "timestamp"),
]))

add(R("nl-email-008", """
From: Koen van Rijn <koen@dehoeksteen.example.nl>
Sent: Thursday, February 1, 2024 7:55 AM
To: zakelijk@telefonie.example.nl
Subject: Nummerbehoud 3 mobiele nummers - klantnr. 700-55-1902

Goedemorgen,

Wij stappen over naar jullie abonnement Zakelijk Onbeperkt (3x € 24,50 p/m). Graag de volgende nummers porteren van onze huidige provider:
- 06 18 72 40 59 (Koen van Rijn, eigenaar)
- 06 29 84 16 03 (Dirk-Jan Schouten, werkvoorbereider)
- 06 41 09 77 28 (Fenna Boukhari, administratie)
Gewenste overstapdatum: 1 maart. De simkaarten graag naar mijn huisadres sturen: Noordeindseweg 112, 2651 LH Berkel en Rodenrijs.
Incassomachtiging: NL53 RABO 5232 7928 20.
Privé ben ik bereikbaar via koen.vanrijn@example.com.

Met vriendelijke groet,
Koen van Rijn
Klusbedrijf De Hoeksteen | KvK 81234567
""", [
    P("Koen van Rijn", "name"),
    P("koen@dehoeksteen.example.nl", "email"),
    P("06 18 72 40 59", "phone"),
    P("06 29 84 16 03", "phone"),
    P("Dirk-Jan Schouten", "name"),
    P("06 41 09 77 28", "phone"),
    P("Fenna Boukhari", "name"),
    P("Noordeindseweg 112, 2651 LH Berkel en Rodenrijs", "address", mns=["Noordeindseweg 112", "2651 LH"]),
    P("NL53 RABO 5232 7928 20", "iban"),
    P("koen.vanrijn@example.com", "email"),
], [
    L("700-55-1902", "customer_number"), L("Zakelijk Onbeperkt", "product"), L("3x € 24,50 p/m", "price"),
    L("1 maart", "date"), L("KvK 81234567", "company_registration"), L("Klusbedrijf De Hoeksteen", "company"),
    L("Thursday, February 1, 2024 7:55 AM", "timestamp"),
]))
