import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from mk import *

RECORDS = [
rec("da-chat-001", """Sofie (chatbot): Hej! Jeg er Sofie, Vandværket Øst's digitale assistent 💧 Hvad kan jeg hjælpe med?
Du: aflæse måler
Sofie (chatbot): Du kan aflæse din måler her. Vil du tale med en medarbejder?
Du: ja tak, det virker ikke
Sofie (chatbot): Jeg stiller dig videre. Ventetid ca. 3 min.
Mette (Vandværket Øst): Hej, det er Mette. Hvad er dit forbrugernummer eller din adresse?
Du: Lyngbyvej 201, 2100 Kbh Ø. Målernr. 22071834
Mette (Vandværket Øst): Tak! Står det i dit navn, Peter Skov Andersen?
Du: ja men jeg er flyttet ind med Camilla Winther, hun skal stå på også
Mette (Vandværket Øst): Det gør jeg. Hvad er hendes mail og telefon?
Du: camillawinther@example.dk 53 72 19 04
Mette (Vandværket Øst): Og måleraflæsningen?
Du: 384,217 m3
Mette (Vandværket Øst): Registreret den 31.12. Din næste a conto-regning bliver 1.245 kr. Har du en NemKonto til evt. tilbagebetaling?
Du: DK08 0539 9727 6500 03""",
[name("Mette"), addr("Lyngbyvej 201, 2100 Kbh Ø", "Lyngbyvej 201", "2100 Kbh"), name("Peter Skov Andersen"), name("Camilla Winther"),
 email("camillawinther@example.dk"), phone("53 72 19 04"), iban("DK08 0539 9727 6500 03")],
[L("Sofie (chatbot)", "bot_name"), L("Vandværket Øst", "company_name"), L("22071834", "meter_number"), L("384,217 m3", "meter_reading"),
 L("31.12", "date"), L("1.245 kr.", "price")]),
rec("da-chat-002", """[14.05.2024 18:32:10] Jesper Kofoed: Hej, jeg har bestilt en sofa hos jer og den er kommet med en flænge 😡
[14.05.2024 18:32:41] Jesper Kofoed: ordre 77120-B
[14.05.2024 18:40:03] Møbelkompagniet: Hej Jesper, det er vi kede af! Kan du sende et billede og din leveringsadresse?
[14.05.2024 18:41:55] Jesper Kofoed: billede udeladt
[14.05.2024 18:42:20] Jesper Kofoed: Klostergade 8, 2. sal, 8000 Aarhus C
[14.05.2024 18:45:12] Møbelkompagniet: Tak. Det er sofaen Viggo 3-pers. i grå til 8.995 kr. Vi sender en tekniker. Er det dette nummer vi skal ringe på: +45 29 40 73 18?
[14.05.2024 18:46:00] Jesper Kofoed: ja eller min kone Tina Kofoed 61 22 87 49. hun får også mails på tina.k@example.com
[14.05.2024 18:48:31] Møbelkompagniet: Perfekt. Sag R-40519. Tekniker Brian kommer torsdag mellem 8 og 12.
[14.05.2024 18:49:02] Jesper Kofoed: 👍""",
[name("Jesper Kofoed"), addr("Klostergade 8, 2. sal, 8000 Aarhus C", "Klostergade 8", "8000 Aarhus"), phone("+45 29 40 73 18"),
 name("Tina Kofoed"), phone("61 22 87 49"), name("Brian"), email("tina.k@example.com")],
[L("Møbelkompagniet", "company_name"), L("77120-B", "order_number"), L("Viggo", "product_name"), L("8.995 kr.", "price"),
 L("R-40519", "case_number"), L("torsdag mellem 8 og 12", "time"), L("14.05.2024 18:32:10", "timestamp")]),

rec("da-chat-003", """Privatsikring chat
Emil (Privatsikring): Hej, du skriver med Emil. Hvordan kan jeg hjælpe?
Gæst: hej min cykel er blevet stjålet fra banegården i odense
Emil (Privatsikring): Øv! Må jeg få dit navn og CPR-nr. så jeg kan finde din police?
Gæst: Line Abildgaard 080377-1897
Emil (Privatsikring): Tak Line. Jeg kan se din indboforsikring, police IF-3309172. Har du stelnummeret på cyklen?
Gæst: WBK7730918, det er en Kildemoes Logic til 7.499 kr
Emil (Privatsikring): Super. Har du anmeldt det til politiet? Du skal bruge journalnummeret.
Gæst: ja 2300-80471-00512-24
Emil (Privatsikring): Erstatningen udbetales til din NemKonto. Vi har reg. 1551 konto 3400918275, er den stadig rigtig?
Gæst: ja
Emil (Privatsikring): Og adresse Åboulevarden 41, 4. tv?
Gæst: nej jeg er flyttet til Munkebjergvej 130, 5230 Odense M
Emil (Privatsikring): Opdateret ✅ Skadenr. C-118842.""",
[name("Emil"), name("Line Abildgaard"), nid("080377-1897", "cpr"), acct("reg. 1551 konto 3400918275", "3400918275"),
 addr("Åboulevarden 41, 4. tv", "Åboulevarden 41"), addr("Munkebjergvej 130, 5230 Odense M", "Munkebjergvej 130", "5230 Odense"),
 name("Line")],
[L("Privatsikring", "company_name"), L("IF-3309172", "policy_number"), L("WBK7730918", "frame_number"), L("Kildemoes Logic", "product_name"),
 L("7.499 kr", "price"), L("2300-80471-00512-24", "police_reference"), L("C-118842", "claim_number")]),

rec("da-chat-004", """Instagram DM
@sara.holmgaard: hej!! jeg har ikke fået min ordre #SK20931 endnu og det er 2 uger siden 🥲
@stineskandinavisk: Hej Sara 💛 Undskyld ventetiden! Vi har haft travlt med Black Week. Hvad er din adresse?
@sara.holmgaard: Skolegade 4 1.th 4000 Roskilde
@stineskandinavisk: Den står som leveret til pakkeshop i Netto, Algade. Kan du tjekke der?
@sara.holmgaard: de siger den ikke er der. den er bestilt i min mors navn, Birgit Holmgaard
@stineskandinavisk: Ah! Så skal hun vise ID. Hvis ikke, sender vi en ny. Skriv dit tlf så GLS kan sms'e
@sara.holmgaard: 71 84 29 30
@stineskandinavisk: Tak! Og bekræft mailen: sara.holmgaard@example.net?
@sara.holmgaard: yes
@stineskandinavisk: Vi sender 2 x uldsokker 'Ida' (199 kr) igen hvis den ikke dukker op i morgen ✨ /Stine""",
[user("@sara.holmgaard"), name("Sara"), addr("Skolegade 4 1.th 4000 Roskilde", "Skolegade 4", "4000 Roskilde"), name("Birgit Holmgaard"),
 phone("71 84 29 30"), email("sara.holmgaard@example.net"), name("Stine")],
[L("@stineskandinavisk", "company_handle"), L("#SK20931", "order_number"), L("Black Week", "event"), L("Netto, Algade", "company_name"),
 L("Ida", "product_name"), L("199 kr", "price"), L("GLS", "company_name")]),
rec("da-chat-005", """Du chatter med Fjordbanken
Bankbot Frida: Hej! Skriv kort hvad det drejer sig om.
Kunde: nogen har brugt mit MitID?? der er overført penge
Bankbot Frida: Det lyder alvorligt. Jeg sender dig videre til vores svindelteam nu.
Rådgiver Jonas Ø.: Hej, det er Jonas fra svindelteamet. Jeg spærrer din netbank med det samme. Hvad hedder du?
Kunde: Gitte Vestergaard, født 28.02.1966
Rådgiver Jonas Ø.: Tak Gitte. Jeg kan se en overførsel på 18.500 kr. til DK04 2093 9837 9788 44 i går kl. 21.14, modtager "M. Nyborg". Kender du den person?
Kunde: nej overhovedet ikke. jeg fik en sms om at min pakke ventede og trykkede på et link
Rådgiver Jonas Ø.: Login skete fra IP 198.51.100.23. Har du givet nogen din kode?
Kunde: jeg skrev mine oplysninger ind på siden, også kortnummer 5462 1371 0090 9795
Rådgiver Jonas Ø.: Jeg spærrer også kortet. Sagen har nummer SV-24-03318. Du bør anmelde det til politiet. Vi ringer dig op på 20 47 61 93?
Kunde: ja""",
[name("Jonas"), name("Gitte Vestergaard"), dob("28.02.1966"), iban("DK04 2093 9837 9788 44"), name("M. Nyborg"), ip("198.51.100.23"),
 card("5462 1371 0090 9795"), phone("20 47 61 93")],
[L("Fjordbanken", "company_name"), L("Bankbot Frida", "bot_name"), L("18.500 kr.", "price"), L("i går kl. 21.14", "time"),
 L("SV-24-03318", "case_number"), L("MitID", "product_name")]),

rec("da-chat-006", """Apoteket Trekanten – skriv med os
Farmaceut Rikke: Hej og velkommen. Hvad kan jeg hjælpe med?
Bruger: hej kan jeg hente min fars medicin? han hedder Knud Erik Munk og er på plejehjem
Bruger: hans cpr er 100766-5805
Farmaceut Rikke: Du skal have en fuldmagt til at hente receptmedicin for ham. Hvad hedder du?
Bruger: Lene Munk Sørensen
Farmaceut Rikke: Tak. Han har Marevan 2,5 mg og Furix 40 mg klar, i alt 187,45 kr. efter tilskud.
Bruger: ok kan det leveres til plejehjemmet? Solgården, Kirkevej 14, 6000 Kolding
Farmaceut Rikke: Ja, levering tirsdag. Kan vi ringe til dig på et nummer?
Bruger: 23 58 14 07
Farmaceut Rikke: Og din mail til fuldmagtsblanketten?
Bruger: lene.munk.s@example.dk""",
[name("Rikke"), name("Knud Erik Munk"), nid("100766-5805", "cpr"), name("Lene Munk Sørensen"), phone("23 58 14 07"),
 email("lene.munk.s@example.dk"), addr("Kirkevej 14, 6000 Kolding", "Kirkevej 14", "6000 Kolding")],
[L("Apoteket Trekanten", "company_name"), L("Marevan 2,5 mg", "product_name"), L("Furix 40 mg", "product_name"), L("187,45 kr.", "price"),
 L("Solgården", "company_name"), L("tirsdag", "date")]),

rec("da-chat-007", """Sol & Strand Rejser – Chat
Kunde: Hej, vi skal til Mallorca 3. juli og jeg har glemt at skrive børnenes pasnumre
Agent Maja: Hej! Det hjælper jeg gerne med. Bookingnummer?
Kunde: SSR-6620914
Agent Maja: Tak. Rejsende: Morten Riis, Anne Riis, Oscar Riis og Freja Riis. Hvad er pasnumrene?
Kunde: Oscar 211847305, Freja 211847306
Agent Maja: Og deres fødselsdatoer som i passet?
Kunde: Oscar 12.06.2015, Freja 30.01.2018
Agent Maja: Registreret. Fly DY3612 kl. 06.05 fra Billund. Ekstra bagage 2 x 20 kg koster 590 kr. Skal jeg tilføje?
Kunde: ja tak. træk det på det samme kort
Agent Maja: Gjort. Bekræftelse sendes til morten.riis@example.com""",
[name("Maja"), name("Morten Riis"), name("Anne Riis"), name("Oscar Riis"), name("Freja Riis"), nid("211847305", "passport"),
 nid("211847306", "passport"), dob("12.06.2015"), dob("30.01.2018"), email("morten.riis@example.com")],
[L("Sol & Strand Rejser", "company_name"), L("3. juli", "date"), L("SSR-6620914", "booking_number"), L("DY3612", "flight_number"),
 L("kl. 06.05", "time"), L("2 x 20 kg", "quantity"), L("590 kr.", "price")]),

rec("da-chat-008", """Messenger · Vordingborg Kommune – Affald og Genbrug
Hanne Ottesen: Hej. Vores papircontainer er ikke tømt i 3 uger!!
Vordingborg Kommune – Affald og Genbrug: Hej Hanne. Det beklager vi. Hvilken adresse drejer det sig om?
Hanne Ottesen: Præstøvej 87, 4760 Vordingborg
Vordingborg Kommune – Affald og Genbrug: Tak. Der har været problemer med ruten, den tømmes fredag. Må vi få dit telefonnummer, så chaufføren kan ringe hvis vejen er spærret?
Hanne Ottesen: 30 19 56 48. Der står en trailer fra vores nabo Kenneth Dahl, den kan spærre
Vordingborg Kommune – Affald og Genbrug: Noteret. Sagsnr. AFF-2024-1187.
Hanne Ottesen: tak. og kan jeg få en ekstra 240 L beholder til pap?
Vordingborg Kommune – Affald og Genbrug: Ja, det koster 410 kr./år. Skal den på din ejendom med matr.nr. 12b?
Hanne Ottesen: ja. mit cpr hvis det skal bruges er 090975-5593... nej det er min mands, Torben Ottesen
Vordingborg Kommune – Affald og Genbrug: Vi har ikke brug for CPR her, slet gerne beskeden 🙂""",
[name("Hanne Ottesen"), addr("Præstøvej 87, 4760 Vordingborg", "Præstøvej 87", "4760 Vordingborg"), phone("30 19 56 48"), name("Kenneth Dahl"),
 nid("090975-5593", "cpr"), name("Torben Ottesen"), name("Hanne")],
[L("Vordingborg Kommune – Affald og Genbrug", "company_name"), L("AFF-2024-1187", "case_number"), L("240 L", "quantity"),
 L("410 kr./år", "price"), L("fredag", "date"), L("3 uger", "quantity")]),
rec("da-chat-009", """Dyreforsikring Danmark · Webchat
Medarbejder Nanna: Hej, hvad kan jeg hjælpe med i dag?
Kunde: Hej, vores hund Bølle har spist en sok og skal opereres. Er det dækket?
Medarbejder Nanna: Stakkels Bølle! Hvad er dit policenummer eller CPR?
Kunde: police DD-552190. forsikringstager er min kæreste Mathias Krogh, jeg er Cecilie Frost
Medarbejder Nanna: Tak Cecilie. Jeg kan se Bølle, fransk bulldog, chip 208250000471193. Operationen er dækket med en selvrisiko på 1.500 kr.
Kunde: super. dyrlægen er Dyreklinikken Amager, regningen bliver ca. 14.000 kr
Medarbejder Nanna: Klinikken kan sende regningen direkte til os. Ellers udbetaler vi til jeres konto, er det stadig DK06 1306 8262 8716 19?
Kunde: ja. Mathias tlf er 28 40 93 17 hvis i skal fange ham
Medarbejder Nanna: God bedring til Bølle 🐾""",
[name("Nanna"), name("Mathias Krogh"), name("Cecilie Frost"), iban("DK06 1306 8262 8716 19"), phone("28 40 93 17"),
 name("Mathias"), name("Cecilie")],
[L("Dyreforsikring Danmark", "company_name"), L("Bølle", "pet_name"), L("DD-552190", "policy_number"), L("208250000471193", "chip_number"),
 L("1.500 kr.", "price"), L("Dyreklinikken Amager", "company_name"), L("ca. 14.000 kr", "price")]),

rec("da-chat-010", """X · Beskeder · @NetNordDK
@kristoffer_hj: hvorfor er mit internet nede igen?? 3. gang i denne uge
@NetNordDK: Hej Kristoffer, det er vi kede af. Send os gerne din adresse og kundens fulde navn i DM, så kigger vi på det. /Ditte
@kristoffer_hj: Kristoffer Hjort, Jægergårdsgade 152, 8000 Aarhus C
@kristoffer_hj: router er en ZyXEL EX5601, blinker rødt
@NetNordDK: Tak! Der er en kabelfejl i området, driftsmeddelelse DM-8841, forventet løst i morgen kl. 14. Vi giver 1 måneds rabat (349 kr.). /Ditte
@kristoffer_hj: fedt. i kan trække det fra kortet 4095 6620 0114 9082
@NetNordDK: Vi har allerede dine betalingsoplysninger, så del venligst aldrig kortnummer her – slet gerne beskeden. Din router har IP 192.0.2.144 på vores side, den genstarter vi nu. /Ditte
@kristoffer_hj: ok sorry. min tlf er 42 19 36 58 hvis teknikeren skal ringe""",
[user("@kristoffer_hj"), name("Kristoffer Hjort"), addr("Jægergårdsgade 152, 8000 Aarhus C", "Jægergårdsgade 152", "8000 Aarhus"),
 card("4095 6620 0114 9082"), ip("192.0.2.144"), phone("42 19 36 58"), name("Ditte")],
[L("@NetNordDK", "company_handle"), L("ZyXEL EX5601", "product_name"), L("DM-8841", "ticket_number"), L("i morgen kl. 14", "time"),
 L("349 kr.", "price")]),
]
