from rec import R, N, P, A, E, U, L

RECORDS = [
R("en-chat-001", """
Penny (virtual assistant): Hi, I'm Penny 🤖, Thistle Bank's digital assistant. What can I help with today?
You: i think someone has used my card
Penny (virtual assistant): I'm sorry to hear that. I'll connect you to a colleague now. Estimated wait: 3 minutes.
Callum (Thistle Bank): Hi, you're chatting with Callum. I can help with that. Could you confirm your full name and date of birth?
You: Fiona McAllister 14/06/1983
Callum (Thistle Bank): Thanks Fiona. Which transactions don't you recognise?
You: two payments to "QuickBuyz" £49.99 and £129.00 on 02/03. the card is 4281 7693 0821 1772
Callum (Thistle Bank): Please don't share full card numbers in chat, I've masked it on our side. I've cancelled the card and raised dispute DSP-339812. Is your address still 5/2 Marchmont Crescent, Edinburgh EH9 1HN?
You: yes
Callum (Thistle Bank): A new card will arrive in 3-5 working days. We'll text you on 07700 900318 if we need anything.
You: ok. refunds go to my current account 71239904 right?
Callum (Thistle Bank): Yes, that's correct.
""", [
    N("Callum"), N("Fiona McAllister"), P("14/06/1983", "birth_date"), P("4281 7693 0821 1772", "card"),
    A("5/2 Marchmont Crescent, Edinburgh EH9 1HN", "5/2 Marchmont Crescent", "EH9 1HN"), P("07700 900318", "phone"),
    P("71239904", "iban", scheme="none"),
], [L("Penny", "bot_name"), L('"QuickBuyz"', "company"), L("£49.99", "price"), L("£129.00", "price"), L("02/03", "date"),
    L("DSP-339812", "reference"), L("3-5 working days", "duration")]),

R("en-chat-002", """
[12/04/24, 6:42:15 PM] Arjun Mehta: Hi, my Samsung washing machine is showing error 4E again. Service request no. SR-5520183
[12/04/24, 6:50:02 PM] CoolCare Service Centre: Hello sir, we will send technician. Please share address and alternate number
[12/04/24, 6:51:40 PM] Arjun Mehta: Flat 304, Sai Krupa Apartments, 7th Main, HSR Layout, Bengaluru 560102. Alternate no. is my wife Deepa's, +91 99001 47236
[12/04/24, 6:52:11 PM] CoolCare Service Centre: Technician Manjunath will come tomorrow 11am-1pm. Visit charge ₹350 if out of warranty
[12/04/24, 6:53:30 PM] Arjun Mehta: It's under extended warranty till 15/08/2025. Invoice attached. Payment by UPI if needed: arjunmehta@okaxis
[12/04/24, 6:53:31 PM] Arjun Mehta: <attached: invoice.pdf>
[12/04/24, 6:55:47 PM] CoolCare Service Centre: Noted sir. For warranty claim please also share PAN or Aadhaar
[12/04/24, 6:57:02 PM] Arjun Mehta: Aadhaar 8917 1525 7385
[12/04/24, 6:57:40 PM] CoolCare Service Centre: Thank you 🙏
""", [
    N("Arjun Mehta"), A("Flat 304, Sai Krupa Apartments, 7th Main, HSR Layout, Bengaluru 560102", "Flat 304, Sai Krupa Apartments", "560102"),
    N("Deepa"), P("+91 99001 47236", "phone"), N("Manjunath"), U("arjunmehta@okaxis"),
    P("8917 1525 7385", "national_id", scheme="aadhaar"),
], [L("error 4E", "error_code"), L("SR-5520183", "ticket_number"), L("CoolCare Service Centre", "company"),
    L("11am-1pm", "time"), L("₹350", "price"), L("15/08/2025", "date")]),

R("en-chat-003", """
Instagram Direct · @saltandsage.candles

@bec.harrington_: hey!! ordered the "Matilda" candle gift set on the 3rd (order #SS-20418) and it still says processing 😩 it's for my mum's bday on sunday
@saltandsage.candles: Hey Bec! So sorry 💛 Can you confirm the name + address on the order?
@bec.harrington_: Rebecca Harrington, 22 Jacaranda Ave, Mount Lawley WA 6050
@saltandsage.candles: Found it! Looks like it got stuck in our system, shipping today with express (free upgrade) – tracking 33XKL8821904
@bec.harrington_: omg legend. can u text me when it ships? 0491 570 313
@saltandsage.candles: Will do! Receipt will go to rebecca.h@example.com 🕯️
@bec.harrington_: actually could u send it straight to mum? Lorraine Harrington, 9 Tuart Place, Bunbury 6230
@saltandsage.candles: Easy – updated ✨
""", [
    U("@bec.harrington_"), N("Rebecca Harrington"), A("22 Jacaranda Ave, Mount Lawley WA 6050", "22 Jacaranda Ave", "6050"),
    P("0491 570 313", "phone"), E("rebecca.h@example.com"), N("Lorraine Harrington"),
    A("9 Tuart Place, Bunbury 6230", "9 Tuart Place", "6230"), N("Bec"),
], [L("@saltandsage.candles", "company_handle"), L('"Matilda"', "product"), L("#SS-20418", "order_number"),
    L("33XKL8821904", "tracking_number"), L("sunday", "date")]),

R("en-chat-004", """
Live chat – Trailhead Outfitters
Agent Marcus: Hi there! Thanks for reaching out. How can I help?
Customer: hi my order hasnt shipped and i need it before my trip on friday
Agent Marcus: I'm sorry about that! Can I get the order number and email on the account?
Customer: TO-8830271, kfitzgerald.hikes@example.com
Agent Marcus: Thanks, Kelly. I see the Ridgeline 45L backpack ($189.95) is backordered. I can swap it for the Ridgeline 50L which is in stock, same price.
Customer: ok do that. also charge the difference for overnight shipping to this card 4119 7070 4213 9212 exp 09/27
Agent Marcus: I've removed the card details from the chat for your security. I'll send a secure payment link to your phone instead. Is it still (303) 555-0176?
Customer: yes
Agent Marcus: And ship to 4820 Arapahoe Ave, Apt 12, Boulder, CO 80303?
Customer: yes. its under my husband's name too, Sean Fitzgerald
Agent Marcus: Perfect. Overnight is $24.00. You'll get tracking by 6 PM MT.
""", [
    N("Marcus"), E("kfitzgerald.hikes@example.com"), N("Kelly"), P("4119 7070 4213 9212", "card"),
    P("(303) 555-0176", "phone"), A("4820 Arapahoe Ave, Apt 12, Boulder, CO 80303", "4820 Arapahoe Ave, Apt 12", "80303"),
    N("Sean Fitzgerald"),
], [L("Trailhead Outfitters", "company"), L("TO-8830271", "order_number"), L("Ridgeline 45L", "product"),
    L("$189.95", "price"), L("Ridgeline 50L", "product"), L("$24.00", "price"), L("6 PM MT", "time")]),

R("en-chat-005", """
Emerald Isle Holidays – webchat
Visitor: Hi, we booked the Algarve package for 4 of us (booking EIH-772190) and my son's surname is spelled wrong
Siobhán (Emerald Isle Holidays): Hi there, Siobhán here! What's on the booking and what should it be?
Visitor: It says Conor MacNamara, it should be Conor McNamara, no a. Passport number is PA4812975
Siobhán (Emerald Isle Holidays): Thanks. And his date of birth as on the passport?
Visitor: 21/03/2010
Siobhán (Emerald Isle Holidays): Perfect. Can you confirm the lead passenger's name and mobile?
Visitor: Gráinne McNamara, 085 219 4467
Siobhán (Emerald Isle Holidays): Thanks Gráinne. The correction is free as it's a minor change. Flights EI 484 on 12 July at 06:35 from Dublin are unchanged. I'll send the amended confirmation to grainne.mcnamara@example.ie
Visitor: it's example.com actually
Siobhán (Emerald Isle Holidays): Sorry! grainne.mcnamara@example.com ✔️
""", [
    N("Siobhán"), N("Conor MacNamara"), N("Conor McNamara"), P("PA4812975", "national_id", scheme="none"),
    P("21/03/2010", "birth_date"), N("Gráinne McNamara"), P("085 219 4467", "phone"), E("grainne.mcnamara@example.com", "grainne.mcnamara@example.ie"),
], [L("EIH-772190", "booking_number"), L("EI 484", "flight_number"), L("12 July", "date"), L("06:35", "time"),
    L("Algarve package", "product"), L("4 of us", "quantity")]),

R("en-chat-006", """
Northern Peak Mobile — Chat transcript
[09:14] System: You are now chatting with Priya.
[09:14] Priya: Hi! I'm Priya. How can I help you today?
[09:15] Customer: hi i'm moving from winnipeg to calgary and want to keep my number 204-555-0139
[09:15] Priya: Absolutely, your number comes with you. Can I get the account holder's name and date of birth for verification?
[09:16] Customer: Dylan Fontaine, 1992-11-30
[09:16] Priya: Thanks Dylan. And your new address for the home internet?
[09:17] Customer: 1207 17 Ave SW, Unit 802, Calgary AB T2T 0B6
[09:18] Priya: Great. Home Fibre 500 is $75/month and installation is on April 22 between 8 and 12. The technician will call 204-555-0139 before arriving.
[09:18] Customer: can u also cancel my old line, it was under my roommate Tyler Boucher
[09:19] Priya: That one needs Tyler to contact us himself. Your order number is NPM-44182.
[09:19] Customer: ok thx. confirmation to d.fontaine@example.com pls
""", [
    N("Priya"), P("204-555-0139", "phone"), N("Dylan Fontaine"), P("1992-11-30", "birth_date"),
    A("1207 17 Ave SW, Unit 802, Calgary AB T2T 0B6", "1207 17 Ave SW, Unit 802", "T2T 0B6"), N("Tyler Boucher"),
    E("d.fontaine@example.com"),
], [L("Northern Peak Mobile", "company"), L("Home Fibre 500", "product"), L("$75/month", "price"),
    L("April 22 between 8 and 12", "date"), L("NPM-44182", "order_number"), L("[09:14]", "time")]),

R("en-chat-007", """
PawsCover NZ – chat
Bot Biscuit: Woof! I'm Biscuit 🐕 I can help with claims, policies and more. What do you need?
You: make a claim
Bot Biscuit: I'll pass you to one of our team.
Anahera (PawsCover): Kia ora, it's Anahera. What's happened?
You: our cat Kumara ate a hair tie and needed surgery at Hillside Vets, bill is $2,480. policy PC-NZ-30917
Anahera (PawsCover): Oh poor Kumara! Who's the policy holder?
You: me, Jacob Tuilagi, DOB 05/05/1979
Anahera (PawsCover): Thanks Jacob. Is your address still 14 Rimu Road, Raumati Beach 5032?
You: yes
Anahera (PawsCover): You're covered at 80% after the $250 excess. What account should we pay?
You: 06-0193-0842117-00
Anahera (PawsCover): Sweet as. We'll email the outcome to jtuilagi@example.com. Any phone number?
You: 022 555 8841
""", [
    N("Anahera"), N("Jacob Tuilagi"), P("05/05/1979", "birth_date"), A("14 Rimu Road, Raumati Beach 5032", "14 Rimu Road", "5032"),
    P("06-0193-0842117-00", "iban", scheme="none"), E("jtuilagi@example.com"), P("022 555 8841", "phone"),
], [L("Biscuit", "bot_name"), L("Kumara", "pet_name"), L("Hillside Vets", "company"), L("$2,480", "price"),
    L("PC-NZ-30917", "policy_number"), L("80%", "quantity"), L("$250", "price")]),

R("en-chat-008", """
[2024/05/06, 08:03] Thandi Mokoena: Morning, is my Polo ready? Reg CA 482-391
[2024/05/06, 08:20] Van Wyk Motors: Morning Thandi 😊 Service is done, but the front brake pads are at 2mm. R1 850 incl. VAT to replace. Go ahead?
[2024/05/06, 08:22] Thandi Mokoena: Yes please. My brother Sipho will fetch it at 4, his number is 072 555 0148
[2024/05/06, 08:23] Van Wyk Motors: No problem. For the Motorplan warranty claim we need your ID number and address please
[2024/05/06, 08:26] Thandi Mokoena: 9509031515084, 23 Jacaranda Street, Rondebosch, 7700
[2024/05/06, 08:27] Van Wyk Motors: Thanks! Invoice INV-33081 will go to thandi.mokoena@example.com
[2024/05/06, 08:27] Thandi Mokoena: 👍🏾
""", [
    N("Thandi Mokoena"), P("CA 482-391", "plate"), N("Sipho"), P("072 555 0148", "phone"),
    P("9509031515084", "national_id", scheme="sa_id"), A("23 Jacaranda Street, Rondebosch, 7700", "23 Jacaranda Street", "7700"),
    E("thandi.mokoena@example.com"),
], [L("Van Wyk Motors", "company"), L("2mm", "quantity"), L("R1 850", "price"), L("at 4", "time"),
    L("INV-33081", "invoice_number"), L("Motorplan", "product"), L("Polo", "product")]),

R("en-chat-009", """
PayHub Employee Portal – Support chat
Support (Naomi): Hi, Naomi from PayHub support here. How can I help?
Employee (signed in as k.osei): hi, my payslip for March shows the wrong tax code, it's on emergency tax 1257L W1/M1
Support (Naomi): I can look into that. Can you confirm your National Insurance number and employee ID?
Employee: NI is SP 51 93 28 D, employee ID 004417 at Greenline Logistics Ltd
Support (Naomi): Thanks Kwame. HMRC sent an updated code on 28 March, it'll be applied in the April pay run on the 26th. Any overpaid tax gets refunded then.
Employee: ok. also my bank changed, new details are sort code 04-00-04, account 82617730
Support (Naomi): For security, bank changes must be made in the portal under My Details. By the way I can see a login from 198.51.100.77 at 03:12 today — was that you?
Employee: no!! I only use my phone, usually 2001:db8:7c1::42
Support (Naomi): I've locked the session. A reset link will go to kwame.osei@example.com. Please confirm your full name?
Employee: Kwame Asante Osei
""", [
    N("Naomi"), U("k.osei"), P("SP 51 93 28 D", "national_id", scheme="none"), P("82617730", "iban", scheme="none"),
    P("198.51.100.77", "ip"), P("2001:db8:7c1::42", "ip"), E("kwame.osei@example.com"), N("Kwame Asante Osei"),
], [L("1257L W1/M1", "tax_code"), L("004417", "employee_number"), L("Greenline Logistics Ltd", "company"),
    L("28 March", "date"), L("03:12", "time"), L("My Details", "ui_label")]),

R("en-chat-010", """
CloudNest Support · Conversation #88213
Customer: hey, my site's been down for an hour, getting a 502
Ethan (CloudNest): Hey! Ethan here. Can you give me your username or the domain?
Customer: user is mgarcia_dev, domain is garcia-bakes.example
Ethan (CloudNest): Thanks. I see our firewall blocked your server after 40 failed SSH logins from 203.0.113.45. Is that your IP?
Customer: ya thats my home office. my coworker Hannah Price also logs in from 203.0.113.201
Ethan (CloudNest): Got it, I've whitelisted both. Your plan is VPS Standard 4GB, renewing 2024-07-01 at $24/mo. For the account record, can you confirm the billing contact?
Customer: Maria Garcia, maria.garcia@example.net, (512) 555-0133
Ethan (CloudNest): Thanks Maria. Site should be back in ~2 minutes. Ticket ref CN-TKT-88213-B.
""", [
    N("Ethan"), U("mgarcia_dev"), P("203.0.113.45", "ip"), N("Hannah Price"), P("203.0.113.201", "ip"), N("Maria Garcia"),
    E("maria.garcia@example.net"), P("(512) 555-0133", "phone"),
], [L("502", "error_code"), L("40 failed SSH logins", "quantity"), L("VPS Standard 4GB", "product"), L("2024-07-01", "date"),
    L("$24/mo", "price"), L("CN-TKT-88213-B", "ticket_number")]),
]
