from rec import R, N, P, A, E, U, L

RECORDS = [
R("nl-call-001", """
Agent: Goedemorgen, u spreekt met Sanne van Stroomwijzer Energie, waarmee kan ik u helpen?
Klant: Ja goedemorgen, met Mark Hoekstra. Ik ga verhuizen en wil mijn contract meenemen.
Agent: Dat kan. Mag ik eerst uw klantnummer?
Klant: Eh... 400218773.
Agent: Dank u. En ter controle uw geboortedatum?
Klant: Veertien maart negentienhonderdnegenenzeventig.
Agent: Klopt. Ik zie nu nog het adres Populierenlaan 23 in De Bilt, postcode 3731 GK. Wat wordt het nieuwe adres?
Klant: Kromme Nieuwegracht 8 in Utrecht. Postcode is 3512 HD.
Agent: En wanneer krijgt u de sleutel?
Klant: Eerste april.
Agent: Dan zet ik de verhuisdatum op 1 april. Kunt u uw achternaam even spellen voor de bevestiging?
Klant: H-O-E-K-S-T-R-A.
Agent: Prima. Het termijnbedrag blijft voorlopig € 112,50 per maand. Op welk nummer bent u bereikbaar?
Klant: Even kijken, 06 48 27 19 53.
Agent: En de bevestiging mag naar mark.hoekstra@example.com?
Klant: Nee, dat is oud. Het wordt m punt hoekstra79 apenstaartje example punt net.
Agent: Dus m.hoekstra79@example.net. Genoteerd. De EAN-code van de nieuwe aansluiting is 871687120053291844, die staat straks ook in de mail. De incasso loopt door via NL48 INGB 0664 7378 28?
Klant: Ja, dat klopt.
Agent: Dan is alles geregeld. Fijne verhuizing!
""", [
    N("Sanne"), N("Mark Hoekstra", "H-O-E-K-S-T-R-A"),
    P("Veertien maart negentienhonderdnegenenzeventig", "birth_date"),
    A("Populierenlaan 23 in De Bilt, postcode 3731 GK", "Populierenlaan 23", "3731 GK"),
    A("Kromme Nieuwegracht 8", "Kromme Nieuwegracht 8"), P("3512 HD", "postcode"),
    P("06 48 27 19 53", "phone"), E("mark.hoekstra@example.com"),
    E("m.hoekstra79@example.net", "m punt hoekstra79 apenstaartje example punt net", "m punt hoekstra79"),
    P("NL48 INGB 0664 7378 28", "iban"),
], [L("400218773", "customer_number"), L("1 april", "date"), L("€ 112,50", "price"),
    L("871687120053291844", "ean"), L("Stroomwijzer Energie", "company")]),

R("nl-call-002", """
goedemiddag u spreekt met kevin van belnet waarmee kan ik u helpen ja hallo met petra van den berg eh ik heb sinds zaterdag geen internet meer oh dat is vervelend mevrouw van den berg mag ik uw postcode en huisnummer ja drie vijf twee een k l nummer veertien even kijken ik zie de lindelaan veertien in utrecht klopt dat ja klopt en voor de verificatie uw geboortedatum twaalf juni negentien vierentachtig dank u ik zie inderdaad een storing in uw wijk ik maak een melding aan het storingsnummer is 58213447 heeft u de fritzbox 7590 al opnieuw opgestart ja twee keer oké dan komt er een monteur donderdag tussen acht en een op welk nummer kan hij u bellen nul zes vijf drie acht een nul twee negen zeven of anders mijn man jeroen nul zes twee twee vier vier een zeven acht drie prima en de bevestiging stuur ik naar p v d b zeventig apenstaartje example punt com ja dat klopt u krijgt ook vijftien euro compensatie op de volgende factuur fijn dank u wel
""", [
    N("kevin"), N("petra van den berg"), P("drie vijf twee een k l", "postcode"),
    A("lindelaan veertien in utrecht", "lindelaan veertien"),
    P("twaalf juni negentien vierentachtig", "birth_date"),
    P("nul zes vijf drie acht een nul twee negen zeven", "phone"), N("jeroen"),
    P("nul zes twee twee vier vier een zeven acht drie", "phone"),
    E("p v d b zeventig apenstaartje example punt com", "p v d b zeventig"),
], [L("58213447", "ticket_number"), L("fritzbox 7590", "product"), L("donderdag tussen acht en een", "time"),
    L("vijftien euro", "price"), L("belnet", "company")]),

R("nl-call-003", """
[SPEAKER 1] Bank Schelde, goeiemiddag, u spreekt met Wouter.
[SPEAKER 2] Ja, dag Wouter, met Els Verhaegen-Claes. Mijn portefeuille is gestolen op de markt hier in Leuven, ik wil mijn kaarten laten blokkeren.
[SPEAKER 1] Dat doen we meteen, mevrouw. Mag ik voor de identificatie uw rijksregisternummer?
[SPEAKER 2] Ja, dat is 91.11.02-694.70.
[SPEAKER 1] Dank u. En uw adres?
[SPEAKER 2] Naamsestraat 141 bus 3, 3000 Leuven.
[SPEAKER 1] Oké. Ik zie de Bancontactkaart op rekening BE50 7040 4406 3218. Die blokkeer ik nu. Had u nog andere kaarten bij?
[SPEAKER 2] Mijn Visa ook. Ik heb het nummer hier op een oud rekeninguittreksel: 4300 2107 7946 6667.
[SPEAKER 1] Die zet ik ook op blokkering, om 14u35. Uw nieuwe kaarten zijn er binnen de vijf werkdagen, dat kost eenmalig 12 euro. Is de kaart van uw man, Koen, ook gestolen?
[SPEAKER 2] Nee nee, die had hij zelf bij.
[SPEAKER 1] Goed. Mag ik een gsm-nummer waarop we u kunnen bereiken als er verdachte transacties zijn?
[SPEAKER 2] 0470 18 42 96.
[SPEAKER 1] En de bevestiging stuur ik naar els.verhaegen@example.com, klopt dat?
[SPEAKER 2] Ja, da's juist.
[SPEAKER 1] Uw dossiernummer is BLK-2024-88412. Doe zeker ook aangifte bij de politie.
""", [
    N("Wouter"), N("Els Verhaegen-Claes"), P("91.11.02-694.70", "national_id", scheme="rrn"),
    A("Naamsestraat 141 bus 3, 3000 Leuven", "Naamsestraat 141 bus 3", "3000"),
    P("BE50 7040 4406 3218", "iban"), P("4300 2107 7946 6667", "card"), N("Koen"),
    P("0470 18 42 96", "phone"), E("els.verhaegen@example.com"),
], [L("14u35", "time"), L("vijf werkdagen", "duration"), L("12 euro", "price"),
    L("BLK-2024-88412", "case_number"), L("Bancontactkaart", "product"), L("Bank Schelde", "company")]),

R("nl-call-004", """
[00:00:03] Medewerker: Goedemiddag, gemeente Haarlem, u spreekt met Dennis.
[00:00:07] Beller: Hallo, met Fatima el Amrani. Ik heb een parkeervergunning aangevraagd maar die staat al drie weken op 'in behandeling'.
[00:00:15] Medewerker: Ik kijk even met u mee. Heeft u een zaaknummer?
[00:00:18] Beller: Ja, Z-2024-031877.
[00:00:26] Medewerker: Gevonden. Voor de controle: uw burgerservicenummer?
[00:00:30] Beller: 1455 43 079.
[00:00:41] Medewerker: En uw woonadres?
[00:00:43] Beller: Kleverparkweg 61, 2023 CE.
[00:00:52] Medewerker: Dank u. Ik zie dat de aanvraag is gedaan voor kenteken S-421-HT.
[00:00:58] Beller: O, dat is de oude auto. Het moet G-738-PN zijn.
[00:01:09] Medewerker: Dat verklaart het, het kenteken staat niet op uw naam. Ik pas het aan. De vergunning kost € 57,20 per kwartaal en gaat in per 1 oktober.
[00:01:24] Beller: Prima.
[00:01:26] Medewerker: Krijgt u de bevestiging op fatima.elamrani@example.com?
[00:01:31] Beller: Ja. En mijn nummer is +31 6 2187 4409, als er nog iets is.
[00:01:38] Medewerker: Genoteerd, mevrouw el Amrani. Uw vergunningnummer wordt PV-88213.
""", [
    N("Dennis"), N("Fatima el Amrani"), P("1455 43 079", "national_id", scheme="bsn"),
    A("Kleverparkweg 61, 2023 CE", "Kleverparkweg 61", "2023 CE"),
    P("S-421-HT", "plate"), P("G-738-PN", "plate"), E("fatima.elamrani@example.com"),
    P("+31 6 2187 4409", "phone"),
], [L("Z-2024-031877", "case_number"), L("€ 57,20", "price"), L("1 oktober", "date"),
    L("PV-88213", "permit_number"), L("drie weken", "duration")]),

R("nl-call-005", """
Assistente: Huisartsenpraktijk De Vaart, met Ilse.
Patiënt: Hoi, met Bram Koster. Ik bel voor mijn dochter, ze heeft sinds gisteren hoge koorts.
Assistente: Wat vervelend. Wat is haar naam en geboortedatum?
Patiënt: Noor Koster, 3 februari 2019.
Assistente: Ik heb haar. Nog steeds op de Hazelaarstraat 9, 1326 BK?
Patiënt: Ja.
Assistente: Hoe hoog is de koorts?
Patiënt: Vanochtend 39,4 graden. Ze heeft 250 mg paracetamol gehad.
Assistente: Dan wil ik haar vandaag laten zien. Ik kan u om 10:40 inplannen bij dokter Rahimi.
Patiënt: Dat is goed, mijn vrouw Lotte komt met haar.
Assistente: Prima. Zou u het BSN van Noor willen doorgeven? Dat ontbreekt nog in het dossier.
Patiënt: 3320 92 239.
Assistente: Dank u. En op welk nummer kan ik u bellen als het eerder kan?
Patiënt: 06 39 11 58 20.
Assistente: Eventuele medicijnen kunt u daarna ophalen bij Apotheek Stadshart.
""", [
    N("Ilse"), N("Bram Koster"), N("Noor Koster"), P("3 februari 2019", "birth_date"),
    A("Hazelaarstraat 9, 1326 BK", "Hazelaarstraat 9", "1326 BK"), N("Rahimi"), N("Lotte"),
    P("3320 92 239", "national_id", scheme="bsn"), P("06 39 11 58 20", "phone"),
], [L("39,4 graden", "quantity"), L("250 mg", "quantity"), L("10:40", "time"),
    L("Huisartsenpraktijk De Vaart", "company"), L("Apotheek Stadshart", "company")]),

R("nl-call-006", """
- Goedemiddag, PakketPost klantenservice, u spreekt met Joost.
- Ja hallo, met mevrouw Yıldız. Ik wacht op een pakket maar in de app staat dat het bij de buren is bezorgd, en niemand heeft het.
- Vervelend. Heeft u de trackingcode?
- Ja, 3SPKP0048172659.
- Dank u. Ik zie dat het is afgegeven op Dorpsstraat 47, bij de familie Bakker.
- 47? Ik woon op Dorpsstraat 45, 2411 AC Bodegraven. Daar woont al een jaar niemand meer.
- Dan gaat er iets mis. Mag ik uw volledige naam?
- Ayşe Yıldız. Yıldız is Y-I-L-D-I-Z.
- Dank u. Het pakket komt van webwinkel TuinTotaal, 2,3 kg, gescand om 14:52. Ik start een onderzoek, dat duurt maximaal vijf werkdagen.
- En als het niet terugkomt?
- Dan vergoedt de afzender het. Mag ik een telefoonnummer en e-mailadres voor de terugkoppeling?
- 06 44 12 98 73, en ayse.yildiz@example.com.
- Als het toch opduikt mag iemand anders het ophalen?
- Mijn zoon Emre, die is 's middags thuis.
- Prima, ik noteer het. Uw onderzoeksnummer is OND-771203.
""", [
    N("Joost"), N("Ayşe Yıldız", "Y-I-L-D-I-Z"), A("Dorpsstraat 47", "Dorpsstraat 47"), N("Bakker"),
    A("Dorpsstraat 45, 2411 AC Bodegraven", "Dorpsstraat 45", "2411 AC"),
    P("06 44 12 98 73", "phone"), E("ayse.yildiz@example.com"), N("Emre"),
], [L("3SPKP0048172659", "tracking_number"), L("TuinTotaal", "company"), L("2,3 kg", "quantity"),
    L("14:52", "time"), L("OND-771203", "case_number"), L("vijf werkdagen", "duration")]),

R("nl-call-007", """
spk_0: verzekeringen zuiderkempen goeiedag u spreekt met nathalie
spk_1: ja goeiedag euh met stijn peeters ik heb gisteren een aanrijding gehad op de ring in antwerpen
spk_0: oei is er iemand gewond
spk_1: nee nee alleen blikschade
spk_0: oké heeft u uw polisnummer bij de hand
spk_1: euh ja dat is au 20084561
spk_0: en uw nummerplaat
spk_1: een k t r vier vijf twee
spk_0: en de tegenpartij
spk_1: een mevrouw euh sofie claes met een bestelwagen plaat twee v b n nul negen een
spk_0: heeft u samen het europees aanrijdingsformulier ingevuld
spk_1: ja en ik heb fotos
spk_0: dan stuur ik u een link om die op te laden naar welk e-mailadres
spk_1: stijn punt peeters at example punt com
spk_0: en uw gsm-nummer
spk_1: nul vier negen zeven achtenveertig tweeëntwintig negentien
spk_0: en u woont nog op de kapelsestraat honderdtwaalf in kapellen
spk_1: ja twee negen vijf nul kapellen
spk_0: goed uw dossiernummer is 24 s 118207 er is een franchise van tweehonderdvijftig euro een expert neemt binnen de vijf werkdagen contact op
spk_1: merci
""", [
    N("nathalie"), N("stijn peeters"), P("een k t r vier vijf twee", "plate"), N("sofie claes"),
    P("twee v b n nul negen een", "plate"), E("stijn punt peeters at example punt com", "stijn punt peeters"),
    P("nul vier negen zeven achtenveertig tweeëntwintig negentien", "phone"),
    A("kapelsestraat honderdtwaalf in kapellen", "kapelsestraat honderdtwaalf", "twee negen vijf nul"),
], [L("au 20084561", "policy_number"), L("24 s 118207", "claim_number"), L("tweehonderdvijftig euro", "price"),
    L("vijf werkdagen", "duration"), L("verzekeringen zuiderkempen", "company")]),

R("nl-call-008", """
Medewerker (Fleur): Goedemiddag, klantenservice Huis & Haard, je spreekt met Fleur.
Klant: Hoi Fleur, met Dirk-Jan Smits. Ik heb vorige week de koffiemachine Bella bij jullie besteld, bestelling HH-2024-558102, maar hij lekt.
Medewerker (Fleur): Oei. Dan kun je hem binnen 14 dagen kosteloos retourneren. Zal ik een ophaalopdracht maken?
Klant: Graag. Ophalen op Tolhuisweg 3, 7411 ZS Deventer.
Medewerker (Fleur): Top. Op welk nummer kan de koerier je bereiken?
Klant: 06 51 90 27 64. Overdag is mijn vriendin Mirjam thuis.
Medewerker (Fleur): Prima. Het bedrag van € 249,00 storten we terug. Je had met iDEAL betaald, maar die rekening is opgeheven zie ik in de notitie?
Klant: Klopt, dat was de rekening van M. Smits-Oudeman. Stort het maar op NL68 SNSB 0005 9612 33.
Medewerker (Fleur): Staat die op jouw naam?
Klant: Ja.
Medewerker (Fleur): Dan ontvang je de retourcode RT88321X op dj.smits@example.net.
Klant: Helemaal goed.
""", [
    N("Fleur"), N("Dirk-Jan Smits"), A("Tolhuisweg 3, 7411 ZS Deventer", "Tolhuisweg 3", "7411 ZS"),
    P("06 51 90 27 64", "phone"), N("Mirjam"), N("M. Smits-Oudeman"), P("NL68 SNSB 0005 9612 33", "iban"),
    E("dj.smits@example.net"),
], [L("Bella", "product"), L("HH-2024-558102", "order_number"), L("14 dagen", "duration"),
    L("€ 249,00", "price"), L("RT88321X", "return_code"), L("Huis & Haard", "company")]),

R("nl-call-009", """
A: Woonstichting Drentse Aa, goedemorgen, met Marloes.
B: Ja, goeiemorgen, met Mulder, Gerrit Mulder. Ik heb lekkage in de badkamer, het water komt bij de buren door het plafond.
A: Dat is vervelend meneer Mulder. Wat is uw adres?
B: Vlasakkers 112.
A: En de postcode?
B: 9403 KS.
A: Ik zie twee huurders met die naam in Assen, dus voor de zekerheid: uw geboortedatum?
B: Zeven augustus negentien zevenenveertig.
A: Dank u. Ik heb een reparatieverzoek aangemaakt, nummer RV-77215. Installatiebedrijf Wierenga komt dinsdag tussen 8 en 12 uur.
B: Ik ben slecht ter been. Kunnen ze eerst mijn dochter bellen? Anita, 06 17 92 33 48.
A: Natuurlijk. En uw eigen nummer?
B: 0592 34 87 21.
A: Hoe spelt u uw achternaam precies? Er staat hier Molder.
B: Nee, zonder s. M-U-L-D-E-R.
A: Ik pas het aan. Uw huurcontract 2208-4417 blijft verder gewoon doorlopen.
""", [
    N("Marloes"), N("Gerrit Mulder", "M-U-L-D-E-R", "Molder"), A("Vlasakkers 112", "Vlasakkers 112"),
    P("9403 KS", "postcode"), P("Zeven augustus negentien zevenenveertig", "birth_date"), N("Anita"),
    P("06 17 92 33 48", "phone"), P("0592 34 87 21", "phone"),
], [L("RV-77215", "ticket_number"), L("Installatiebedrijf Wierenga", "company"),
    L("dinsdag tussen 8 en 12 uur", "time"), L("2208-4417", "contract_number"), L("Woonstichting Drentse Aa", "company")]),

R("nl-call-010", """
Servicedesk: Lease Noord, goedemiddag, met Tim.
Bestuurder: Hoi Tim, met Priya Ramdin, ik rij een auto van Van Wijk Logistiek. Ik heb een steenslagsterretje in de voorruit.
Servicedesk: Geen probleem. Wat is het kenteken?
Bestuurder: ZK-719-T.
Servicedesk: Ik zie een Škoda Octavia, leasecontract LC-0048812. Wat is de kilometerstand ongeveer?
Bestuurder: 48.310 km.
Servicedesk: Dan plan ik reparatie bij Autobedrijf Hendriks, vrijdag om 08:30. Voor de schademelding heb ik uw geboortedatum en rijbewijsnummer nodig.
Bestuurder: 22-09-1990, en het rijbewijsnummer is 5183027746.
Servicedesk: Dank je. Wil je een vervangende auto laten brengen?
Bestuurder: Ja graag, thuis: Bilderdijkstraat 140-II, 1053 KZ Amsterdam.
Servicedesk: En je mobiel en mail?
Bestuurder: 06 28 47 10 93 en priya.ramdin@example.com.
Servicedesk: Top, je krijgt een bevestiging.
""", [
    N("Tim"), N("Priya Ramdin"), P("ZK-719-T", "plate"), P("22-09-1990", "birth_date"),
    P("5183027746", "national_id", scheme="none"),
    A("Bilderdijkstraat 140-II, 1053 KZ Amsterdam", "Bilderdijkstraat 140-II", "1053 KZ"),
    P("06 28 47 10 93", "phone"), E("priya.ramdin@example.com"),
], [L("Van Wijk Logistiek", "company"), L("Škoda Octavia", "product"), L("LC-0048812", "contract_number"),
    L("48.310 km", "quantity"), L("Autobedrijf Hendriks", "company"), L("08:30", "time")]),

R("nl-call-011", """
[Agent] Ziekenhuis Lingewaard, afsprakenbureau, u spreekt met Esther.
[Beller] Goedemorgen, met Hendrika de Graaf-Bos. Ik heb een afspraak bij de polikliniek cardiologie maar ik kan dan niet.
[Agent] Ik zoek het even op. Uw geboortedatum?
[Beller] 18-11-1952.
[Agent] En uw burgerservicenummer voor de zekerheid?
[Beller] Negen een twee, acht een zes, een een negen.
[Agent] Dank u. Ik zie de afspraak op 14 mei om 9:15, afspraakcode CAR-22871. Wanneer kunt u wel?
[Beller] Liever een week later. Mijn zoon Wim brengt me, die werkt niet op dinsdag.
[Agent] Dinsdag 21 mei om 10:30 kan. U komt via route 42. Staat uw adres nog goed, Molenweg 7 in Tiel?
[Beller] Ja, 4001 AB.
[Agent] En het telefoonnummer 0344 61 28 75?
[Beller] Dat klopt. Maar iedereen noemt me Riek hoor, zet dat er maar bij.
[Agent] Doe ik, mevrouw De Graaf.
""", [
    N("Esther"), N("Hendrika de Graaf-Bos"), P("18-11-1952", "birth_date"),
    P("Negen een twee, acht een zes, een een negen", "national_id", scheme="bsn", canon="912816119"),
    N("Wim"), A("Molenweg 7 in Tiel", "Molenweg 7", "4001 AB"), P("4001 AB", "postcode"),
    P("0344 61 28 75", "phone"), N("Riek"),
], [L("14 mei", "date"), L("9:15", "time"), L("CAR-22871", "appointment_code"),
    L("Dinsdag 21 mei om 10:30", "date"), L("route 42", "location"), L("Ziekenhuis Lingewaard", "company")]),

R("nl-call-012", """
agent: fitfabriek goedenavond met yasmina
klant: hallo met daan kuipers ik wil mijn abonnement opzeggen
agent: oké jammer mag ik je lidnummer
klant: 10048277
agent: dank je en je geboortedatum
klant: vier juli tweeduizend
agent: ik zie het flex max abonnement van 29,99 per maand er geldt een opzegtermijn van een maand dus de laatste incasso is 31 mei
klant: oké maar ik zie dat jullie twee keer hebben afgeschreven deze maand
agent: dat klopt er ging iets mis ik stort het terug naar welk rekeningnummer
klant: en el zesenveertig a b n a nul zes zes negen zeven nul vijf acht zeven een
agent: en woon je nog op de kanaalstraat 88 b
klant: ja 3531 cj
agent: en kan ik de bevestiging sturen naar kuipers punt d apenstaartje example punt com
klant: ja dat is goed
agent: en je mobiel is nog 0628441937
klant: ja
agent: top dan is alles geregeld fijne avond
""", [
    N("yasmina"), N("daan kuipers"), P("vier juli tweeduizend", "birth_date"),
    P("en el zesenveertig a b n a nul zes zes negen zeven nul vijf acht zeven een", "iban", canon="NL46ABNA0669705871"),
    A("kanaalstraat 88 b", "kanaalstraat 88 b"), P("3531 cj", "postcode"),
    E("kuipers punt d apenstaartje example punt com", "kuipers punt d"), P("0628441937", "phone"),
], [L("10048277", "member_number"), L("flex max", "product"), L("29,99", "price"),
    L("31 mei", "date"), L("fitfabriek", "company")]),
]
