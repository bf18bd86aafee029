from _helpers import P, L, R

RECORDS = [
R("nl-chat-001", """
[10:41] HuisEnTuin-bot: Hoi! Waarmee kan ik je helpen? Kies een onderwerp of typ je vraag 🙂
[10:41] Bezoeker: mijn bestelling is nog steeds niet binnen
[10:41] HuisEnTuin-bot: Wat is je bestelnummer?
[10:42] Bezoeker: 4581229304
[10:42] HuisEnTuin-bot: Ik verbind je door met een medewerker.
[10:44] Lotte (HuisEnTuin): Hoi, je spreekt met Lotte! Ik zie je bestelling van de Tuinset Lissabon 4-delig. Mag ik je naam ter controle?
[10:44] Bezoeker: demi kuipers
[10:45] Lotte (HuisEnTuin): Dankje Demi. Het pakket is met barcode 3SHET0048213976 aangeboden op het adres Van Speijkstraat 122-2, maar niemand thuis.
[10:46] Bezoeker: ja das mn oude adres!! ik heb het toch aangepast?? ik woon nu op de vondelstraat 3 hs 1054 GA adam
[10:46] Bezoeker: sorry typo, 1054 GA Amsterdam
[10:47] Lotte (HuisEnTuin): Geen probleem, ik pas het aan naar Vondelstraat 3-hs, 1054 GA Amsterdam. Het wordt opnieuw bezorgd op vrijdag 19 april tussen 13:00 en 17:00.
[10:47] Bezoeker: top 👍 kan de bezorger me bellen? 0623481157
[10:48] Lotte (HuisEnTuin): Staat erbij! En de bevestiging gaat naar demikuipers@gmail.com, klopt dat?
[10:48] Bezoeker: jaa
[10:48] Bezoeker: o en mn huisgenoot Sem kan ook tekenen als ik er niet ben, Sem Boukhari
[10:49] Lotte (HuisEnTuin): Genoteerd 😊 Als compensatie krijg je een kortingscode van € 15: SORRY15. Fijne dag!
""", [
    P("Lotte", "name"),
    P("demi kuipers", "name"),
    P("Demi", "name"),
    P("Van Speijkstraat 122-2", "address", ["Van Speijkstraat 122-2"]),
    P("vondelstraat 3 hs 1054 GA", "address", ["vondelstraat 3", "1054 GA"]),
    P("Vondelstraat 3-hs, 1054 GA Amsterdam", "address", ["Vondelstraat 3-hs", "1054 GA"]),
    P("0623481157", "phone"),
    P("demikuipers@gmail.com", "email"),
    P("Sem Boukhari", "name"),
], [
    L("4581229304", "order_number"),
    L("Tuinset Lissabon 4-delig", "product"),
    L("3SHET0048213976", "tracking_number"),
    L("vrijdag 19 april", "event_date"),
    L("tussen 13:00 en 17:00", "time"),
    L("€ 15", "price"),
    L("SORRY15", "discount_code"),
]),

R("nl-chat-002", """
Gijs 🚲: hallo, mijn glasvezel valt steeds weg sinds de update, echt elke 20 min 😤
Netlijn | Samira: Hoi Gijs! Vervelend zeg. Mag ik je klantnummer of postcode + huisnummer?
Gijs 🚲: klantnr 1.204.775.310
Netlijn | Samira: Dank je. Spreek ik met Gijs van Wageningen, Burgemeester Reigerstraat 51, Utrecht?
Gijs 🚲: jep
Netlijn | Samira: Ik zie dat je modem firmware 7.3.2 draait, daar zat een bug in. Je publieke IPv4 is 198.51.100.23 en IPv6 2001:db8:4a1c::17, die wisselen ook steeds, dat bevestigt het.
Gijs 🚲: ok en nu?
Netlijn | Samira: Ik zet een update naar 7.3.4 klaar, die komt vannacht tussen 02:00 en 05:00. Lukt het daarna nog niet, dan sturen we een nieuwe box.
Gijs 🚲: prima. kun je wel even mijn mailadres aanpassen? gijs.vanwageningen@proton.me ipv dat oude hotmail adres
Netlijn | Samira: Gedaan! Let op: je inlognaam voor MijnNetlijn blijft gijsvw_utrecht.
Gijs 🚲: thx 🙏
Netlijn | Samira: Graag gedaan! Je storingsticket is NL-ST-559031, status: in behandeling. Fijne avond!
""", [
    P("Samira", "name"),
    P("Gijs van Wageningen", "name"),
    P("Burgemeester Reigerstraat 51", "address", ["Burgemeester Reigerstraat 51"]),
    P("198.51.100.23", "ip"),
    P("2001:db8:4a1c::17", "ip"),
    P("gijs.vanwageningen@proton.me", "email"),
    P("gijsvw_utrecht", "username"),
], [
    L("20 min", "duration"),
    L("1.204.775.310", "customer_number"),
    L("7.3.2", "version"),
    L("7.3.4", "version"),
    L("tussen 02:00 en 05:00", "time"),
    L("MijnNetlijn", "product"),
    L("NL-ST-559031", "ticket_number"),
]),

R("nl-chat-003", """
Elke – Energie Vlaanderen: Goeiemiddag! Waarmee kan ik helpen?
Klant: dag, ik verhuis volgende maand en wil mijn contract laten overzetten
Elke – Energie Vlaanderen: Geen probleem! Mag ik uw klantnummer en uw naam?
Klant: Kobe Van den Broeck, klantnummer 700 412 883
Elke – Energie Vlaanderen: Merci Kobe. Wat wordt het nieuwe adres?
Klant: Lange Leemstraat 118 bus 4, 2018 Antwerpen. ik weet de EAN niet
Elke – Energie Vlaanderen: Geen zorgen, die zoek ik op: EAN elektriciteit 541448820044817263, EAN gas 541448860012098341.
Klant: super. de meterstand op het oude adres was 21345 dag en 09876 nacht, gas 4512
Elke – Energie Vlaanderen: Genoteerd. Vergeet het overnamedocument niet te laten tekenen door de nieuwe bewoner. Weet u al wie dat is?
Klant: ja een koppel, Lotte Wouters en Arne Jacobs
Elke – Energie Vlaanderen: 👍 Wilt u de domiciliëring behouden op BE28 1663 0494 0320?
Klant: ja klopt, en mag alles naar kobe.vdbroeck@skynet.be
Elke – Energie Vlaanderen: Dat is gebeurd. Uw voorschot blijft € 165 per maand. Fijne verhuis, Kobe!
""", [
    P("Elke", "name"),
    P("Kobe Van den Broeck", "name"),
    P("Lange Leemstraat 118 bus 4, 2018 Antwerpen", "address", ["Lange Leemstraat 118", "2018"]),
    P("Lotte Wouters", "name"),
    P("Arne Jacobs", "name"),
    P("BE28 1663 0494 0320", "iban"),
    P("kobe.vdbroeck@skynet.be", "email"),
], [
    L("Energie Vlaanderen", "company"),
    L("700 412 883", "customer_number"),
    L("541448820044817263", "ean_code"),
    L("541448860012098341", "ean_code"),
    L("21345", "meter_reading"),
    L("09876", "meter_reading"),
    L("4512", "meter_reading"),
    L("€ 165", "price"),
]),

R("nl-chat-004", """
@sannevdberg_: hoii ik heb 2 weekend passes gekocht maar mijn vriendin kan niet meer, kan ik haar ticket op naam van iemand anders zetten?
@zomerfest_nl: Hey! Ja dat kan via de officiële doorverkoop of een naamswijziging (€ 5). Wat is je bestelnummer? 🎪
@sannevdberg_: ZF-23-889104
@zomerfest_nl: Top! Op welke naam staat het ticket nu?
@sannevdberg_: Roos Meijer
@zomerfest_nl: En wie wordt de nieuwe eigenaar? We hebben naam, e-mail en geboortedatum nodig (18+ check)
@sannevdberg_: Jort Hendriks, jort.hendriks02@outlook.com, 09-02-2002
@zomerfest_nl: Gelukt! Jort krijgt een mail met een nieuwe barcode. De oude (1209 8841 7730) is ongeldig. Zaterdag 13 juli gaan de poorten om 11:00 open, camping C opent vrijdag al 🙌
@sannevdberg_: yesss dankjewel!! mijn naam staat er nog wel op he, Sanne van den Berg?
@zomerfest_nl: Klopt, jouw ticket blijft op jouw naam. Tot op het festival! ☀️
""", [
    P("sannevdberg_", "username"),
    P("Roos Meijer", "name"),
    P("Jort Hendriks", "name"),
    P("jort.hendriks02@outlook.com", "email"),
    P("09-02-2002", "birth_date"),
    P("Sanne van den Berg", "name"),
], [
    L("zomerfest_nl", "company_handle"),
    L("€ 5", "price"),
    L("ZF-23-889104", "order_number"),
    L("1209 8841 7730", "ticket_barcode"),
    L("Zaterdag 13 juli", "event_date"),
    L("11:00", "time"),
    L("camping C", "place"),
]),

R("nl-chat-005", """
12-03-2024 08:52 - Mirjam Dekker: Goedemorgen, Bobbie heeft sinds gisteren diarree en eet niks. Kan hij vandaag nog komen?
12-03-2024 08:58 - Dierenkliniek De Hoef: Goedemorgen Mirjam, wat vervelend voor Bobbie 🐶 We hebben om 16:15 nog plek bij dierenarts Van Leeuwen. Lukt dat?
12-03-2024 09:01 - Mirjam Dekker: Ja top. Mijn man Erik komt met hem want ik werk
12-03-2024 09:02 - Dierenkliniek De Hoef: Prima. Voor de zekerheid: is jullie adres nog Weidelaan 27 in Bilthoven? En telefoon 06-24 81 33 09?
12-03-2024 09:04 - Mirjam Dekker: Adres klopt, maar bel liever Erik: 06 57 70 12 84
12-03-2024 09:05 - Dierenkliniek De Hoef: Genoteerd. Bobbie weegt volgens ons dossier 32 kg, dan nemen we ook de Bravecto 20-40 kg mee die in april verloopt. Dat is € 67,95.
12-03-2024 09:06 - Mirjam Dekker: Ok prima 👍
12-03-2024 16:48 - Dierenkliniek De Hoef: Hoi Mirjam, Bobbie heeft een dieetvoer meegekregen (Hill's i/d), bij Erik afgerekend. Factuurnummer 2024-03118. Beterschap!
""", [
    P("Mirjam Dekker", "name"),
    P("Van Leeuwen", "name", ["Leeuwen"]),
    P("Erik", "name"),
    P("Weidelaan 27", "address", ["Weidelaan 27"]),
    P("06-24 81 33 09", "phone"),
    P("06 57 70 12 84", "phone"),
], [
    L("Bobbie", "pet_name"),
    L("Dierenkliniek De Hoef", "company"),
    L("16:15", "time"),
    L("32 kg", "measurement"),
    L("Bravecto 20-40 kg", "product"),
    L("€ 67,95", "price"),
    L("Hill's i/d", "product"),
    L("2024-03118", "invoice_number"),
]),

R("nl-chat-006", """
Klant: goeiendag ik wil schade melden aan mn auto
PolisDirect – Femke: Goedemiddag! Dat regelen we samen. Wat is je polisnummer of kenteken?
Klant: kenteken 75-HJF-2
PolisDirect – Femke: Dank je. Ik zie een polis op naam van S. Wijnstra, ben jij dat?
Klant: ja Sjoerd Wijnstra
PolisDirect – Femke: Wat is er gebeurd, en wanneer?
Klant: gister om kwart over 5 op de rotonde bij Heerenveen-Zuid, een mevrouw reed mijn zijkant in. Hanneke Postma heet ze, we hebben een europees schadeformulier ingevuld
PolisDirect – Femke: Goed dat je dat gedaan hebt 👍 Heb je haar kenteken?
Klant: R-824-SG, is een blauwe Toyota Yaris
PolisDirect – Femke: En wie is haar verzekeraar?
Klant: Univé geloof ik
PolisDirect – Femke: Top. Je polis PD-6655102 heeft allrisk met € 150 eigen risico, maar omdat de schuld bij de tegenpartij ligt betaal je dat niet. Kun je foto’s uploaden via de link die ik stuur naar je mail?
Klant: sjoerd.wijnstra@kpnmail.nl. en mn nummer is 0513 62 44 81
PolisDirect – Femke: Verstuurd! Schadenummer is 24-SCH-80714. Je hoort binnen 3 werkdagen van ons.
""", [
    P("Femke", "name"),
    P("75-HJF-2", "plate"),
    P("S. Wijnstra", "name"),
    P("Sjoerd Wijnstra", "name"),
    P("Hanneke Postma", "name"),
    P("R-824-SG", "plate"),
    P("sjoerd.wijnstra@kpnmail.nl", "email"),
    P("0513 62 44 81", "phone"),
], [
    L("kwart over 5", "time"),
    L("Heerenveen-Zuid", "place"),
    L("Toyota Yaris", "product"),
    L("Univé", "company"),
    L("PD-6655102", "policy_number"),
    L("€ 150", "amount"),
    L("24-SCH-80714", "claim_number"),
    L("3 werkdagen", "duration"),
]),

R("nl-chat-007", """
Marie-Claire D.: Bonjour / goeiedag, ik wacht op mijn zetel, bestelling BE-2024-113908
Wonen&Co (Kristof): Goeiedag! Ik kijk het even na. Uw Bank Oslo 3-zit in de kleur antraciet is klaar voor levering. Mag ik uw volledige naam?
Marie-Claire D.: Marie-Claire Dumont
Wonen&Co (Kristof): Merci. Leveradres: Vlaamsesteenweg 56, 1000 Brussel, 3de verdiep zonder lift?
Marie-Claire D.: oui, euh ja. De lift is kapot sinds maand
Wonen&Co (Kristof): Dan moeten we met 2 leveraars komen, dat is gratis. Kan het op dinsdag 7 mei tussen 8u en 12u?
Marie-Claire D.: ja ok. mijn buurman Youssef Amrani kan openen als ik te laat ben
Wonen&Co (Kristof): Prima, wat is zijn gsm?
Marie-Claire D.: +32 486 90 12 77. de mijne is +32 478 12 45 90
Wonen&Co (Kristof): Staat genoteerd 👍 De openstaande € 349 betaalt u bij levering met Bancontact. Ruilen kan nog 14 dagen in de showroom Wijnegem.
Marie-Claire D.: kan ik nu al betalen met mijn kaart? 4916 3134 3794 7866
Wonen&Co (Kristof): Deel nooit uw volledige kaartnummer in de chat, ik heb het bericht verborgen. Betalen kan veilig via de link in uw mail of bij levering.
Marie-Claire D.: merci beaucoup!
""", [
    P("Marie-Claire D.", "name", ["Marie-Claire", "Marie", "Claire"]),
    P("Kristof", "name"),
    P("Marie-Claire Dumont", "name"),
    P("Vlaamsesteenweg 56, 1000 Brussel", "address", ["Vlaamsesteenweg 56", "1000"]),
    P("Youssef Amrani", "name"),
    P("+32 486 90 12 77", "phone"),
    P("+32 478 12 45 90", "phone"),
    P("4916 3134 3794 7866", "card"),
], [
    L("BE-2024-113908", "order_number"),
    L("Bank Oslo 3-zit", "product"),
    L("Wonen&Co", "company"),
    L("dinsdag 7 mei", "event_date"),
    L("tussen 8u en 12u", "time"),
    L("€ 349", "price"),
    L("14 dagen", "duration"),
    L("showroom Wijnegem", "shop_location"),
]),

R("nl-chat-008", """
Support ticket #GX-7719203 — chat transcript
[19:02] xX_D3stroyer_Xx: mijn account is gebanned maar ik heb niks gedaan!!! 😡😡
[19:03] Support (Jasper): Hoi! Ik ga je helpen. Even voor de check: op welk e-mailadres staat je account?
[19:03] xX_D3stroyer_Xx: luukvos2011@gmail.com
[19:04] Support (Jasper): Dank je. Ik zie een login vanaf 203.0.113.45 om 03:12 vannacht, daarna zijn er 1200 Gems gekocht voor € 9,99 en weggegeven. Was jij dat?
[19:05] xX_D3stroyer_Xx: nee ik sliep. mijn vader zit naast me
[19:06] xX_D3stroyer_Xx: hallo dit is de vader, Marco Vos. Luuk is 13, geboren 22-06-2011. Ik heb die betaling niet goedgekeurd
[19:07] Support (Jasper): Dank u, meneer Vos. Ik zie dat de betaling via PayPal ging op marco.vos@ziggo.nl. We blokkeren de 1200 Gems en zetten het account van Luuk terug. Het wachtwoord moet wel opnieuw ingesteld.
[19:08] xX_D3stroyer_Xx: ok. kan er ook 2FA op?
[19:08] Support (Jasper): Ja, via Instellingen > Beveiliging in versie 2.8.1 of hoger. Ban-code B-4471 is opgeheven 👍
""", [
    P("xX_D3stroyer_Xx", "username"),
    P("Jasper", "name"),
    P("luukvos2011@gmail.com", "email"),
    P("203.0.113.45", "ip"),
    P("Marco Vos", "name"),
    P("Luuk", "name"),
    P("22-06-2011", "birth_date"),
    P("marco.vos@ziggo.nl", "email"),
], [
    L("GX-7719203", "ticket_number"),
    L("03:12", "time"),
    L("1200 Gems", "product"),
    L("€ 9,99", "price"),
    L("PayPal", "company"),
    L("2.8.1", "version"),
    L("B-4471", "error_code"),
]),

R("nl-chat-009", """
Jij: Hallo, ik wil een vaste opdracht instellen voor mijn huur maar de app geeft fout 403
Noordbank Chat – Ahmed: Goedemiddag! Vervelend. Ik help je graag. Spreek ik met Nadia Haddou?
Jij: ja
Noordbank Chat – Ahmed: Voor wie is de betaling en naar welke rekening?
Jij: naar mijn verhuurder, Pieter-Jan de Graaf, NL69 INGB 5807 3021 57. Het is € 1.175 per maand op de 1e
Jij: met betalingskenmerk 7001 2345 6789 0123
Noordbank Chat – Ahmed: Dank je. Ik zie dat de fout komt door een oude versie van de app (8.4). Na updaten naar 8.6 zou het moeten werken. Ik kan het ook voor je klaarzetten, dan moet je alleen bevestigen.
Jij: graag, vanaf mijn betaalrekening NL02 SNSB 4154 9909 51
Noordbank Chat – Ahmed: Staat klaar! Eerste betaling 1 juni 2024. Bevestig in de app met je pincode. Nog iets?
Jij: nee dankjewel Ahmed 😊
""", [
    P("Ahmed", "name"),
    P("Nadia Haddou", "name"),
    P("Pieter-Jan de Graaf", "name"),
    P("NL69 INGB 5807 3021 57", "iban"),
    P("NL02 SNSB 4154 9909 51", "iban"),
], [
    L("fout 403", "error_code"),
    L("€ 1.175", "amount"),
    L("7001 2345 6789 0123", "payment_reference"),
    L("8.4", "version"),
    L("8.6", "version"),
    L("1 juni 2024", "event_date"),
    L("Noordbank", "company"),
]),

R("nl-chat-010", """
Bezoeker (H. Mulder): Goedemiddag, ik wil graag onze maandelijkse gift stoppen. Mijn vrouw is naar een verpleeghuis en we moeten wat bezuinigen.
Zeehondenhulp – Anke: Goedemiddag meneer Mulder, dat begrijp ik helemaal. Wat fijn dat u ons zo lang heeft gesteund. Mag ik uw donateurnummer?
Bezoeker (H. Mulder): 88120934. Op naam van Henk en Gerda Mulder.
Zeehondenhulp – Anke: Dank u. Ik zie een machtiging van € 10 per maand sinds 2009 van rekening NL42 INGB 3236 4056 22. Die stop ik per direct, de incasso van 28 mei wordt niet meer uitgevoerd.
Bezoeker (H. Mulder): Dank u. Kunnen jullie het blad ook naar mijn dochter sturen? Die wil graag donateur worden. Marjolein Mulder, Dorpsstraat 8, 1761 AH Anna Paulowna.
Zeehondenhulp – Anke: Wat leuk! Ik stuur haar een welkomstpakket. Heeft u haar e-mail?
Bezoeker (H. Mulder): m.mulder67@hotmail.com. Geboren 4 oktober 1967, als dat nodig is.
Zeehondenhulp – Anke: Dat is niet nodig, maar dank u. Uw eigen adres, Zeeweg 112 in Den Helder, halen we uit de mailinglijst. Sterkte met alles, meneer Mulder. 🦭
""", [
    P("H. Mulder", "name"),
    P("Anke", "name"),
    P("Henk en Gerda Mulder", "name"),
    P("NL42 INGB 3236 4056 22", "iban"),
    P("Marjolein Mulder", "name"),
    P("Dorpsstraat 8, 1761 AH", "address", ["Dorpsstraat 8", "1761 AH"]),
    P("m.mulder67@hotmail.com", "email"),
    P("4 oktober 1967", "birth_date"),
    P("Zeeweg 112", "address", ["Zeeweg 112"]),
], [
    L("Zeehondenhulp", "organisation"),
    L("88120934", "donor_number"),
    L("€ 10", "amount"),
    L("2009", "year"),
    L("28 mei", "event_date"),
    L("Anna Paulowna", "place"),
    L("Den Helder", "place"),
]),
]
