import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from mk import *

RECORDS = [
rec("nl-call-001", """Agent: Goedemiddag, Energie Noord, u spreekt met Rick, waarmee kan ik u helpen?
Klant: Ja hallo, met Marloes Verhoef. Ik ga verhuizen en ik wil mijn contract meenemen.
Agent: Dat kan zeker. Mag ik uw postcode en huisnummer?
Klant: Postcode is 3514 BK, huisnummer 27.
Agent: Dan zie ik hier Lijsterbesstraat 27 in Utrecht, klopt dat?
Klant: Klopt. Het nieuwe adres wordt Vaartweg 112, 1217 SN Hilversum.
Agent: En per wanneer? Klant: Per 1 juni.
Agent: Ter controle nog even uw geboortedatum?
Klant: 14 februari 1979.
Agent: Dank u. Ik zie contractnummer 40018823 met een termijnbedrag van €142 per maand. Het EAN van de nieuwe aansluiting is 871687120053476213, dat zoek ik zo op.
Klant: Oké. Mijn nummer is trouwens veranderd, het is nu 06 41 27 93 58.
Agent: Genoteerd. E-mail nog steeds marloes.verhoef@example.com?
Klant: Ja. En de incasso blijft van NL05 ABNA 3848 2655 62.
Agent: Prima mevrouw Verhoef, u krijgt binnen vijf werkdagen een bevestiging.""",
[name("Rick"), name("Marloes Verhoef"), pc("3514 BK"), addr("Lijsterbesstraat 27"),
 addr("Vaartweg 112, 1217 SN Hilversum", "Vaartweg 112", "1217 SN"), dob("14 februari 1979"),
 phone("06 41 27 93 58"), email("marloes.verhoef@example.com"), iban("NL05 ABNA 3848 2655 62")],
[L("Energie Noord", "company_name"), L("1 juni", "date"), L("40018823", "contract_number"),
 L("€142", "price"), L("871687120053476213", "ean")]),

rec("nl-call-002", """[SPREKER 1] goedemorgen je spreekt met sanne van belnet hoe kan ik je helpen
[SPREKER 2] ja goedemorgen met eh henk hoogendoorn ik heb eh al drie dagen geen internet
[SPREKER 1] vervelend meneer hoogendoorn mag ik uw klantgegevens even eh uw postcode
[SPREKER 2] twee vijf vier vier gee ka
[SPREKER 1] en het huisnummer
[SPREKER 2] achtenveertig a
[SPREKER 1] ik zie hier het abonnement internet en tv plus voor negenenveertig euro vijfennegentig klopt dat
[SPREKER 2] ja dat klopt
[SPREKER 1] en uw geboortedatum ter verificatie
[SPREKER 2] drie maart negentien zesenvijftig
[SPREKER 1] dank u ik zie een storing in uw wijk met ticketnummer s g vier vier zeven een nul ik maak een melding aan onder nummer 55120931
[SPREKER 2] kunt u mij dan mailen
[SPREKER 1] jazeker welk adres
[SPREKER 2] h punt hoogendoorn apenstaartje example punt com
[SPREKER 1] h punt hoogendoorn apenstaartje example punt com genoteerd en een terugbelnummer
[SPREKER 2] nul zes twee acht vier vier een nul negen zeven
[SPREKER 1] prima de monteur komt donderdag tussen acht en een uur de modem is de fritzbox zevenvijfnegentig toch
[SPREKER 2] ja die zwarte""",
[name("sanne"), name("henk hoogendoorn"), pc("twee vijf vier vier gee ka"), addr("achtenveertig a"),
 dob("drie maart negentien zesenvijftig"), email("h punt hoogendoorn apenstaartje example punt com", "h punt hoogendoorn"),
 phone("nul zes twee acht vier vier een nul negen zeven")],
[L("belnet", "company_name"), L("negenenveertig euro vijfennegentig", "price"), L("s g vier vier zeven een nul", "ticket_number"),
 L("55120931", "ticket_number"), L("donderdag tussen acht en een uur", "time"), L("fritzbox zevenvijfnegentig", "product_name")]),

rec("nl-call-003", """[00:00:03] Medewerker: Goeiemiddag, Spaarbank Vlaanderen, u spreekt met Jens. 
[00:00:07] Klant: Ja, dag meneer, met Griet Vandenbroucke. Ik ben mijn bankkaart kwijt, ik denk dat ze gestolen is aan de Kouter.
[00:00:15] Medewerker: Oei, dat is vervelend. Ik ga die direct blokkeren. Mag ik uw rijksregisternummer?
[00:00:21] Klant: Euh, 66.12.01-994.58.
[00:00:30] Medewerker: Dank u. Het gaat om de kaart op rekening BE29 4522 8152 8164?
[00:00:36] Klant: Ja, dat is de zichtrekening. De kaart eindigt op 8821, denk ik.
[00:00:41] Medewerker: Klopt. Ik zie nog een betaling van 64,90 euro bij Kruidvat van vanmiddag om 14u12, is die van u?
[00:00:48] Klant: Ja, die wel.
[00:00:52] Medewerker: Goed. Blokkering staat erop, referentie BLK-2231907. Nieuwe kaart komt naar uw adres, Brugsesteenweg 241, 9000 Gent?
[00:01:01] Klant: Nee, ik woon nu bij mijn dochter, Sofie Declercq, Hoogpoort 18 bus 3, 9000 Gent.
[00:01:09] Medewerker: Dan moet u dat eerst laten aanpassen in uw kantoor, met uw identiteitskaart. Op welk GSM-nummer kan ik u bereiken?
[00:01:15] Klant: 0478 31 62 09.
[00:01:20] Medewerker: Merci mevrouw Vandenbroucke, u krijgt een sms met de bevestiging.""",
[name("Jens"), name("Griet Vandenbroucke"), nid("66.12.01-994.58", "be_rrn"), iban("BE29 4522 8152 8164"),
 addr("Brugsesteenweg 241, 9000 Gent", "Brugsesteenweg 241", "9000 Gent"), name("Sofie Declercq"),
 addr("Hoogpoort 18 bus 3", "Hoogpoort 18"), phone("0478 31 62 09")],
[L("Spaarbank Vlaanderen", "company_name"), L("64,90 euro", "price"), L("Kruidvat", "company_name"),
 L("14u12", "time"), L("BLK-2231907", "ticket_number"), L("00:01:09", "time")]),

rec("nl-call-004", """Gemeente Zeewolde, goedemorgen, u spreekt met Annemiek de Graaf. Goedemorgen, u spreekt met Youssef El Amrani, ik bel over een parkeervergunning. Ik heb een nieuwe auto en de vergunning staat nog op het oude kenteken. Oké, dan heb ik even uw BSN nodig. Dat is 239300944. Ja, ik zie u, u woont aan de Spiegelmakerstraat 9? Klopt, 3891 GH. En het nieuwe kenteken? Dat is K-372-RT, K van Karel. En het oude was 31-HXB-7. Dan ga ik die omzetten. De vergunning kost 52 euro per jaar, dat blijft gelijk, vergunningnummer PV-2024-01188. Mag ik een telefoonnummer voor als er iets is? 06 18 55 20 47. En een e-mailadres? y.elamrani@example.org. Dan staat het vanaf maandag 8 april om 00:00 op het nieuwe kenteken. Super, dank u wel mevrouw De Graaf. Graag gedaan meneer El Amrani, fijne dag.""",
[name("Annemiek de Graaf", "Graaf"), name("Youssef El Amrani", "Amrani"), nid("239300944", "bsn"),
 addr("Spiegelmakerstraat 9"), pc("3891 GH"), plate("K-372-RT"), plate("31-HXB-7"), phone("06 18 55 20 47"),
 email("y.elamrani@example.org")],
[L("Gemeente Zeewolde", "company_name"), L("52 euro", "price"), L("PV-2024-01188", "permit_number"),
 L("maandag 8 april", "date"), L("00:00", "time")]),

rec("nl-call-005", """- Huisartsenpraktijk De Linde, met Ilse, assistente.
- Hallo, met Corrie Blommestijn, ik wil graag een herhaalrecept aanvragen.
- Dat kan. Hoe spelt u uw achternaam?
- B-L-O-M-M-E-S-T-IJ-N. Blommestijn.
- En uw geboortedatum?
- Zeven juli negentienhonderdeenenveertig.
- Dank u. Ik zie hier de omeprazol 20 mg, 90 stuks, en de metoprolol.
- Ja, allebei graag. En kunnen ze naar de Apotheek Zuiderpark?
- Dat is goed. Ik heb voor de apotheek ook uw BSN nodig, want die staat hier niet goed.
- Dat is 1 3 3 3 3 1 4 2 8.
- Dank u. Woont u nog op Ravelijn 4A?
- Ja, in Zutphen, 7201 HK.
- Dan staat het klaar vanaf woensdag na 15:00. Mag ik nog een telefoonnummer?
- Mijn schoonzoon haalt het op, Bart Nijhof, die is bereikbaar op 06 27 39 81 60.
- Prima, dan zet ik dat erbij. Dag mevrouw Blommestijn.""",
[name("Ilse"), name("Corrie Blommestijn", "B-L-O-M-M-E-S-T-IJ-N"), dob("Zeven juli negentienhonderdeenenveertig"),
 nid("1 3 3 3 3 1 4 2 8", "bsn"), addr("Ravelijn 4A"), pc("7201 HK"), name("Bart Nijhof"), phone("06 27 39 81 60")],
[L("Huisartsenpraktijk De Linde", "company_name"), L("omeprazol 20 mg", "product_name"), L("90 stuks", "quantity"),
 L("Apotheek Zuiderpark", "company_name"), L("woensdag na 15:00", "time")]),

rec("nl-call-006", """klantenservice snelpakket u spreekt met dewi
ja hoi met jeroen de jong ik wacht op een pakket en de track en trace zegt al twee dagen sorteercentrum
even kijken heeft u de trackingcode
ja drie es ee ha vijf acht acht twee negen één nul nul
3SEH58829100 ja die heb ik hij ligt in het sorteercentrum in nieuwegein
oké en kan hij naar een afhaalpunt
dat kan op welke naam staat hij
jeroen de jong met j o n g
en uw postcode
drie vijf een twee el em huisnummer drieënzestig
dan wordt het de primera op de twijnstraat als afhaalpunt u krijgt een mail op
jee dee jee negentien vijfentachtig apenstaartje example punt net
jee dee jee negentien vijfentachtig apenstaartje example punt net klopt
ja en mag mijn vriendin sevda yilmaz hem ook ophalen
ja dan zet ik sevda yilmaz erbij die moet wel een legitimatie laten zien
ja en mijn mobiel is nul zes vijf drie negen een twee acht zeven nul
genoteerd het pakket weegt twee komma vier kilo en komt morgen na vier uur
top bedankt dewi
graag gedaan fijne dag verder""",
[name("dewi"), name("jeroen de jong", "j o n g"), pc("drie vijf een twee el em"),
 addr("huisnummer drieënzestig"), email("jee dee jee negentien vijfentachtig apenstaartje example punt net", "jee dee jee negentien vijfentachtig"), name("sevda yilmaz"),
 phone("nul zes vijf drie negen een twee acht zeven nul")],
[L("snelpakket", "company_name"), L("drie es ee ha vijf acht acht twee negen één nul nul", "tracking_number"),
 L("3SEH58829100", "tracking_number"), L("sorteercentrum in nieuwegein", "location"),
 L("twee komma vier kilo", "quantity"), L("morgen na vier uur", "time")]),
rec("nl-call-007", """Medewerker: Goedendag, Verzekeringen Scheldeland, schadedienst, met Thomas.
Beller: Ja, goeiendag, met Kevin Van Acker. Ik heb een aanrijding gehad op de E17 ter hoogte van Kortrijk.
Medewerker: Is er iemand gewond, meneer Van Acker?
Beller: Nee nee, gelukkig niet. Alleen blikschade.
Medewerker: Oké. Uw polisnummer, hebt ge dat bij de hand?
Beller: AU-5512.776.
Medewerker: Dank u. Uw nummerplaat is 1-KVA-482?
Beller: Juist. De tegenpartij was een Nederlander, meneer Wouter Hazenberg, met een kenteken GX-815-P.
Medewerker: Hebt ge een aanrijdingsformulier ingevuld?
Beller: Ja, dat heb ik hier. Zijn telefoonnummer staat erop, +31 6 4387 2215.
Medewerker: Goed. Ik open een dossier, schadenummer SCH-24-093311. Uw auto, de Skoda Octavia, staat nu bij Garage Depoorter?
Beller: Ja, in Harelbeke. De expert mag daar komen kijken.
Medewerker: Dan stuur ik alles naar uw e-mail, kevin.vanacker@example.be? Klopt dat nog?
Beller: Ja dat klopt. En de vrijstelling was 250 euro, hè?
Medewerker: Correct. Ik heb nog uw geboortedatum nodig voor het dossier.
Beller: Negen oktober tweeëntachtig.
Medewerker: Merci, ge hoort van ons binnen 48 uur.""",
[name("Thomas"), name("Kevin Van Acker", "Acker"), plate("1-KVA-482"), name("Wouter Hazenberg"), plate("GX-815-P"),
 phone("+31 6 4387 2215"), email("kevin.vanacker@example.be"), dob("Negen oktober tweeëntachtig")],
[L("Verzekeringen Scheldeland", "company_name"), L("AU-5512.776", "policy_number"), L("SCH-24-093311", "claim_number"),
 L("Skoda Octavia", "product_name"), L("Garage Depoorter", "company_name"), L("250 euro", "price"), L("48 uur", "quantity")]),

rec("nl-call-008", """A: FitFabriek Amersfoort, met Jordy.
K: Hoi, met Naomi Brouwer-Smit. Ik wil mijn abonnement opzeggen, ik ga verhuizen naar het buitenland.
A: Jammer! Mag ik je lidnummer of je geboortedatum?
K: Mijn geboortedatum is 22-09-1994.
A: Ik zie je, Naomi, All-in abonnement van 34,99 per vier weken. Wat is je adres ook alweer?
K: Kamperfoelielaan 15, 3824 PJ.
A: Klopt. Opzegtermijn is een maand, dus laatste incasso op 28 juni. Van welk rekeningnummer gaat het af?
K: NL eh 84 RABO 3103 7745 70.
A: Ja, die zie ik. Wil je nog de persoonlijke trainer-sessies overzetten naar iemand? Je hebt er nog 3 staan.
K: Oh ja! Mijn collega Femke Rutgers wil ze wel. Die is ook lid.
A: Dan heb ik haar nummer nodig.
K: 06 22 14 70 53.
A: En jouw mailadres voor de bevestiging?
K: naomibs at example dot com, alles aan elkaar.
A: Super. Opzegging staat erin onder OPZ-77819. Succes met de verhuizing!""",
[name("Jordy"), name("Naomi Brouwer-Smit", "Naomi"), dob("22-09-1994"), addr("Kamperfoelielaan 15, 3824 PJ", "Kamperfoelielaan 15", "3824 PJ"),
 iban("NL eh 84 RABO 3103 7745 70", digits="NL84RABO3103774570"), name("Femke Rutgers"), phone("06 22 14 70 53"),
 email("naomibs at example dot com", "naomibs")],
[L("FitFabriek Amersfoort", "company_name"), L("34,99", "price"), L("28 juni", "date"), L("3 staan", "quantity"),
 L("OPZ-77819", "ticket_number"), L("All-in abonnement", "product_name")]),

rec("nl-call-009", """00:00:02 Klant: Hallo, ik bel over een retour. Ik heb een bestelling gedaan bij jullie, een koffiezetapparaat.
00:00:09 Agent: Dag, u spreekt met Priscilla van HuisEnHaard punt nl. Heeft u het ordernummer voor mij?
00:00:14 Klant: 2024-118-4471.
00:00:20 Agent: Ik zie hem. Op naam van Gerrit-Jan Oosterveld?
00:00:23 Klant: Ja, dat ben ik.
00:00:25 Agent: De Philips 3200 voor €449,00, geleverd op 2 mei. Wat is er mis mee?
00:00:31 Klant: Hij lekt. Ik wil graag mijn geld terug op de creditcard.
00:00:36 Agent: Dat kan. Voor de verificatie: welk e-mailadres staat op het account?
00:00:41 Klant: gj punt oosterveld apenstaartje example punt nl. Nee wacht, punt com.
00:00:48 Agent: Gj punt oosterveld apenstaartje example punt com, ja. En uw postcode?
00:00:53 Klant: 9716 LX, nummer 3.
00:00:57 Agent: Dank u. De kaart waar het op terugkomt eindigt op 1583?
00:01:00 Klant: Ja, de Mastercard, 5444 7068 0836 1583.
00:01:05 Agent: U hoeft het volledige nummer niet te noemen hoor, dat heb ik niet nodig. Ik maak een retourlabel aan, RMA-55603, die krijgt u per mail.
00:01:14 Klant: Prima, dank je wel.""",
[name("Priscilla"), name("Gerrit-Jan Oosterveld"), email("gj punt oosterveld apenstaartje example punt nl", "gj punt oosterveld"),
 email("Gj punt oosterveld apenstaartje example punt com", "Gj punt oosterveld"), pc("9716 LX"), addr("nummer 3"),
 card("5444 7068 0836 1583")],
[L("HuisEnHaard punt nl", "company_name"), L("2024-118-4471", "order_number"), L("Philips 3200", "product_name"),
 L("€449,00", "price"), L("2 mei", "date"), L("RMA-55603", "return_number"), L("00:01:05", "time")]),

rec("nl-call-010", """Goedemorgen, Woonstichting Het Anker, reparatieverzoeken, u spreekt met Mustafa. Ja goedemorgen, u spreekt met mevrouw Tjoe-A-Long, ik woon op de Karel Doormanstraat 212, en er is een lekkage vanuit de bovenburen. Welke postcode is dat mevrouw? 2622 EN, in Delft. Ik zie het, dat is het complex aan de Karel Doormanstraat. Wat is uw voornaam? Esther. Ja, Esther Tjoe-A-Long, ik heb u. Weet u wie de bovenburen zijn? Ja, meneer Van Bemmel, Dirk van Bemmel, maar hij is er niet, hij is op vakantie. Oké, dan komt er een loodgieter van Installatiebedrijf Kok, dat is reparatieverzoek 8830142. Wanneer bent u thuis? Morgen de hele dag. Dan plan ik het tussen 08:00 en 12:00. Op welk nummer kunnen ze u bellen? 015 256 77 31, of mijn mobiel 06 50 38 12 94. Prima. Heeft u schade aan uw inboedel? Ja, het plafond in de slaapkamer en een kast van de IKEA, de Pax. Dat moet u bij uw eigen inboedelverzekering melden. O ja. Dank u wel. Graag gedaan, mevrouw Tjoe-A-Long.""",
[name("Mustafa"), name("Tjoe-A-Long", "Tjoe", "Long"), addr("Karel Doormanstraat 212"), pc("2622 EN"), name("Esther"),
 name("Dirk van Bemmel", "Bemmel"), phone("015 256 77 31"), phone("06 50 38 12 94")],
[L("Woonstichting Het Anker", "company_name"), L("Installatiebedrijf Kok", "company_name"), L("8830142", "ticket_number"),
 L("tussen 08:00 en 12:00", "time"), L("Pax", "product_name"), L("Morgen de hele dag", "date")]),

rec("nl-call-011", """Agent (Lease Direct): Goedemiddag, met Lars van Lease Direct, fleetafdeling.
Beller: Middag, met Roos Kamphuis, ik rijd een leaseauto via mijn werkgever, Bouwbedrijf Hoekstra. Ik heb een ruitschade.
Agent (Lease Direct): Vervelend. Wat is het kenteken?
Beller: X-290-JV. Xavier, twee negen nul, Jan Victor.
Agent (Lease Direct): Ik zie een Kia e-Niro, contract LD-0049921, tot november 2026. Klopt dat?
Beller: Ja. Er zit een ster in de voorruit, zo groot als een twee-euromunt.
Agent (Lease Direct): Dan maak ik een afspraak bij Autoglas Centrum. Op welk adres staat de auto?
Beller: Bij mij thuis, Hanzeweg 8, 8011 ZA Zwolle. Maar overdag op mijn werk.
Agent (Lease Direct): Dan thuis, donderdag 14:30. Wat is uw mobiele nummer?
Beller: 06 34 92 11 78.
Agent (Lease Direct): En het rijbewijsnummer staat niet meer goed in ons systeem, wilt u dat doorgeven?
Beller: 5403318612.
Agent (Lease Direct): Dank u. De bevestiging gaat naar r.kamphuis@hoekstra.example.nl?
Beller: Ja, die is goed.""",
[name("Lars"), name("Roos Kamphuis"), plate("X-290-JV", "Xavier, twee negen nul, Jan Victor"), addr("Hanzeweg 8, 8011 ZA Zwolle", "Hanzeweg 8", "8011 ZA"),
 phone("06 34 92 11 78"), nid("5403318612", "nl_rijbewijs"), email("r.kamphuis@hoekstra.example.nl")],
[L("Lease Direct", "company_name"), L("Bouwbedrijf Hoekstra", "company_name"), L("Kia e-Niro", "product_name"),
 L("LD-0049921", "contract_number"), L("november 2026", "date"), L("donderdag 14:30", "time"), L("Autoglas Centrum", "company_name")]),

rec("nl-call-012", """Secretariaat: Goeiemorgen, Sint-Jozefscollege Hasselt, secretariaat, met Veerle.
Ouder: Dag mevrouw, met Bert Claes, de papa van Lotte Claes uit het derde jaar, klas 3B.
Secretariaat: Dag meneer Claes, zeg het maar.
Ouder: Lotte is ziek, ze heeft een doktersbriefje tot vrijdag. En we zijn verhuisd, dus ik wil het adres laten aanpassen.
Secretariaat: Dat doe ik. Wat is het nieuwe adres?
Ouder: Kempische Steenweg 77, 3500 Hasselt.
Secretariaat: Voor de inschrijving moet ik haar rijksregisternummer even controleren.
Ouder: Dat is 09.05.14-212.09. Ze is geboren op 14 mei 2009.
Secretariaat: Dank u. En uw GSM-nummer blijft 0496 20 35 71?
Ouder: Ja. Maar zet ook het nummer van haar mama erbij, An Peeters, 0471 88 40 16.
Secretariaat: Genoteerd. De schoolrekening van 185,50 euro voor de Parijsreis staat nog open, factuur 2024/0318.
Ouder: Die betaal ik deze week.
Secretariaat: Prima. Beterschap aan Lotte.""",
[name("Veerle"), name("Bert Claes"), name("Lotte Claes"), addr("Kempische Steenweg 77, 3500 Hasselt", "Kempische Steenweg 77", "3500 Hasselt"),
 nid("09.05.14-212.09", "be_rrn"), dob("14 mei 2009"), phone("0496 20 35 71"), name("An Peeters", "Peeters"), phone("0471 88 40 16")],
[L("Sint-Jozefscollege Hasselt", "company_name"), L("klas 3B", "class"), L("vrijdag", "date"), L("185,50 euro", "price"),
 L("2024/0318", "invoice_number"), L("Parijsreis", "product_name")]),
]
