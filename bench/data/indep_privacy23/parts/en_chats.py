from _h import name, em, sem, ad, p, L, rec

RECORDS = [

rec("en-chat-001", "chat", """
Live chat transcript – Fibrelink Broadband – 21/05/2024
Aria (virtual assistant) 18:02: Hi, I'm Aria 👋 What can I help you with today?
Customer 18:02: internet keeps dropping every evening
Aria (virtual assistant) 18:02: Sorry to hear that. I can run a line test. Please enter your account number or the postcode of your service address.
Customer 18:03: NG1 7EH
Aria (virtual assistant) 18:03: Thanks. I found more than one account at that postcode. Let me connect you to an adviser.
Nathan (Fibrelink) 18:07: Hi, you're chatting with Nathan. Could you confirm your full name, the first line of your address and date of birth?
Customer 18:08: Priyanka Shah, Flat 12 Marlowe House, 3 Canal Street, 14/09/1990
Nathan (Fibrelink) 18:09: Thanks Priyanka. The line test shows 214 disconnections in the last 7 days. I'd like to send an engineer. Is the router serial SN 2211A0049817?
Customer 18:09: yes that's the one on the sticker
Nathan (Fibrelink) 18:10: The earliest slot is Saturday 25 May, 8am–1pm. Someone over 18 needs to be in.
Customer 18:11: my landlord Mr Hargreaves might need to let them into the comms cupboard, his number is 0115 496 0824
Nathan (Fibrelink) 18:12: No problem, I've added that to the notes. What's the best number for the engineer to call you on?
Customer 18:12: 07700 900 477
Nathan (Fibrelink) 18:13: Booked. Reference FL-7731904. You'll get £2.50 credit per day the fault lasts. Confirmation is going to p.shah90@example.net – wait, I've got priyanka.shah@example.com on file, which one?
Customer 18:14: the example.com one pls
Nathan (Fibrelink) 18:14: Done. Thanks for chatting!
""", [
    p("postcode", "NG1 7EH"),
    name("Nathan"),
    name("Priyanka Shah"),
    ad("Flat 12 Marlowe House, 3 Canal Street", "3 Canal Street", None, "Flat 12 Marlowe House"),
    p("birth_date", "14/09/1990"),
    name("Hargreaves"),
    p("phone", "0115 496 0824"),
    p("phone", "07700 900 477"),
    em("priyanka.shah@example.com"),
    em("p.shah90@example.net"),
], [
    L("bot", "Aria"), L("quantity", "214 disconnections"), L("serial", "SN 2211A0049817"),
    L("time", "Saturday 25 May, 8am–1pm"), L("ticket", "FL-7731904"), L("price", "£2.50 credit per day"),
]),

rec("en-chat-002", "chat", """
3/12/24, 2:02 PM - Rodriguez & Sons Plumbing: Hi! This is Rodriguez & Sons confirming your appointment tomorrow between 9-11 AM for the water heater. Reply YES to confirm.
3/12/24, 2:15 PM - Megan O'Connor: YES. Address is 2207 Maple Ave, Evanston, IL 60201. Side door, the front one sticks
3/12/24, 2:16 PM - Megan O'Connor: our dog Biscuit is friendly but loud lol
3/12/24, 2:20 PM - Rodriguez & Sons Plumbing: Got it 🐶 Luis will be your technician. Is (847) 555-0126 still the best number?
3/12/24, 2:21 PM - Megan O'Connor: Use my husband's cell, (847) 555-0191, he'll be home. His name is Derek
3/13/24, 11:48 AM - Rodriguez & Sons Plumbing: Luis has finished. New 50-gallon Rheem water heater installed. Invoice #RS-10932, total $1,684.00. You can pay via Zelle to our business email or Venmo @RodriguezSonsPlumbing
3/13/24, 12:05 PM - Megan O'Connor: Sent via Venmo from @megan-oc-22 👍
3/13/24, 12:06 PM - Megan O'Connor: <Media omitted>
3/13/24, 12:09 PM - Rodriguez & Sons Plumbing: Received, thank you! 10-year warranty registered to Megan O'Connor, confirmation goes to meganoc@example.com
3/13/24, 12:10 PM - Megan O'Connor: perfect thanks!!
""", [
    name("Megan O'Connor"),
    ad("2207 Maple Ave, Evanston, IL 60201", "2207 Maple Ave", "60201"),
    name("Luis"),
    p("phone", "(847) 555-0126"),
    p("phone", "(847) 555-0191"),
    name("Derek"),
    p("username", "@megan-oc-22", "megan-oc-22"),
    em("meganoc@example.com"),
], [
    L("company", "Rodriguez & Sons Plumbing"), L("pet", "Biscuit"), L("product", "Rheem"),
    L("invoice", "#RS-10932"), L("price", "$1,684.00"), L("duration", "10-year warranty"),
    L("username_org", "@RodriguezSonsPlumbing"), L("quantity", "50-gallon"),
]),

rec("en-chat-003", "chat", """
[04/01/2024, 19:41:07] Róisín Walsh: Hi Cian, sorry to bother you so late. I'm claiming the rent tax credit on Revenue and it's asking for the landlord's details
[04/01/2024, 19:52:30] Cian – Harbour Lettings: Hi Róisín, no bother. For 2023 you'll need:
Landlord: Brendan Fitzgerald
PPSN: 5955618Q
Property: Apt 7, Dockside Quay, Cork T12 RX36
RTB registration: RT0000448120
[04/01/2024, 19:53:02] Róisín Walsh: Amazing thanks. Total rent for the year was €18,600 right?
[04/01/2024, 19:55:45] Cian – Harbour Lettings: Yes, €1,550 x 12. Is Saoirse claiming her share too? She'll need the same info
[04/01/2024, 19:56:10] Róisín Walsh: Yeah I'll send it to her 😊
[04/01/2024, 19:58:21] Róisín Walsh: Also when I move out in June can the deposit go back to IE44 ULSB 7592 3275 2541 09? Saoirse's is separate
[04/01/2024, 20:01:03] Cian – Harbour Lettings: Yes, just put it in writing to lettings@harbourlettings.example.com. Brendan will do the inspection himself
[04/01/2024, 20:01:40] Róisín Walsh: perfect. my number changed btw, it's 086 319 2275 now
[04/01/2024, 20:02:14] Cian – Harbour Lettings: Updated 👍
""", [
    name("Róisín Walsh"),
    name("Cian"),
    name("Brendan Fitzgerald"),
    ad("Apt 7, Dockside Quay, Cork T12 RX36", "Apt 7, Dockside Quay", "T12 RX36"),
    p("national_id", "5955618Q", chk="ppsn"),
    name("Saoirse"),
    p("iban", "IE44 ULSB 7592 3275 2541 09", chk="iban"),
    p("phone", "086 319 2275"),
], [
    L("company", "Harbour Lettings"), L("case", "RT0000448120"), L("price", "€18,600"),
    L("price", "€1,550 x 12"), L("date", "2023"), L("date", "in June"),
], org=["lettings@harbourlettings.example.com"]),

rec("en-chat-004", "chat", """
CloudCroft Hosting · Live Support
Signed in as: dan_mercer_dev · Plan: VPS Pro 4GB · Client IP: 203.0.113.62
Session opened 2024-08-02 14:20:05 BST
───────────────────────────────
[14:20] dan_mercer_dev: my VPS is unreachable since ~13:50. can't ssh, site down
[14:22] Priti (Support): Hi Dan, Priti here. I can see the server was suspended for an unpaid invoice, INV-2024-08831 (£36.00). The card on file was declined.
[14:23] dan_mercer_dev: ugh, new card. can I just give it to you? 3711 040477 98401 exp 11/27
[14:24] Priti (Support): Please don't share full card numbers in chat – I've masked it on our side. You can update it securely under Billing → Payment methods.
[14:27] dan_mercer_dev: done. also can you whitelist my home IP for the admin panel? 198.51.100.9 and the v6 is 2001:db8:85a3::8a2e:370:7334
[14:29] Priti (Support): Whitelisted both. Payment went through, server is booting now. I also see failed logins from 192.0.2.66 – is that you or your colleague Hannah Price?
[14:30] dan_mercer_dev: not me, Hannah is on holiday. block it
[14:31] Priti (Support): Blocked. Ticket #CC-55201 for your records. Uptime SLA is 99.9% so you'll get a pro-rata credit.
""", [
    p("username", "dan_mercer_dev"),
    p("ip", "203.0.113.62"),
    name("Priti"),
    name("Dan"),
    p("card", "3711 040477 98401", chk="luhn"),
    p("ip", "198.51.100.9"),
    p("ip", "2001:db8:85a3::8a2e:370:7334"),
    p("ip", "192.0.2.66"),
    name("Hannah Price"),
], [
    L("product", "VPS Pro 4GB"), L("invoice", "INV-2024-08831"), L("price", "£36.00"),
    L("ticket", "#CC-55201"), L("quantity", "99.9%"), L("time", "~13:50"),
]),

rec("en-chat-005", "chat", """
Instagram · Messages · @saltandsage.label
jaz.nguyen · Active 2h ago

jaz.nguyen: hiii my Frankie dress came in the wrong size 😭 ordered a 10 got a 14
saltandsage.label: Oh no!! So sorry lovely 🙈 can you send your order number + name?
jaz.nguyen: #SS48821, Jasmine Nguyen
saltandsage.label: Thank you! We'll send a size 10 out today. Same address? Unit 5/28 Brunswick St, Fitzroy VIC 3065
jaz.nguyen: yes!! but can u put attn to my housemate Chloe Barnes incase im at work
saltandsage.label: Of course 💕 AusPost tracking will be 33LPB5012345. Just pop the 14 back in the satchel with the return label
jaz.nguyen: do i need to pay return postage? i paid with afterpay
saltandsage.label: Nope, it's on us. The $129.95 won't be charged again. Can we grab a phone number for the courier?
jaz.nguyen: 0491 570 993
jaz.nguyen: and email for the receipt jasmine.n.92@example.com
saltandsage.label: All done! xx Ella @ Salt & Sage
""", [
    p("username", "jaz.nguyen"),
    name("Jasmine Nguyen"),
    ad("Unit 5/28 Brunswick St, Fitzroy VIC 3065", "Unit 5/28 Brunswick St", "3065"),
    name("Chloe Barnes"),
    p("phone", "0491 570 993"),
    em("jasmine.n.92@example.com"),
    name("Ella"),
], [
    L("product", "Frankie dress"), L("order", "#SS48821"), L("tracking", "33LPB5012345"),
    L("price", "$129.95"), L("product", "afterpay"), L("quantity", "size 10"),
]),

rec("en-chat-006", "chat", """
Prairie Credit Union – Secure Chat
Started: Nov 18, 2024 9:12 PM MT

Member: hi i think i got scammed on a rental listing. i sent an interac e-transfer of $1,800 to the "landlord"
Agent (Jordan): Hi, this is Jordan from the fraud team. I'm sorry this happened. Can you confirm your full name and date of birth?
Member: Harpreet Gill, April 2 1995
Agent (Jordan): Thank you. Who did you send the e-Transfer to?
Member: someone called Tyler Brooks, to rentalhelp.tb@example.net. reference CA7Hx2R9
Member: he also asked for my card to "hold the unit" and i gave it 4495 8035 2027 9721 😩
Agent (Jordan): Please don't type card numbers here. I've blocked that card and ordered a replacement. Is your mailing address still 1450 Kingsway, Unit 310, Vancouver, BC V5N 2S2?
Member: yes
Agent (Jordan): I've flagged the e-Transfer. If it hasn't been deposited yet we may be able to cancel it. He had a phone number?
Member: he texted from (604) 555-0117
Agent (Jordan): Thanks. Your case number is 2024-11-0456. You should also report it to the Canadian Anti-Fraud Centre. We'll call you within 30 minutes on (604) 555-0174, is that right?
Member: yes thank you
""", [
    name("Jordan"),
    name("Harpreet Gill"),
    p("birth_date", "April 2 1995"),
    name("Tyler Brooks"),
    em("rentalhelp.tb@example.net"),
    p("card", "4495 8035 2027 9721", chk="luhn"),
    ad("1450 Kingsway, Unit 310, Vancouver, BC V5N 2S2", "1450 Kingsway", "V5N 2S2"),
    p("phone", "(604) 555-0117"),
    p("phone", "(604) 555-0174"),
], [
    L("price", "$1,800"), L("case", "CA7Hx2R9"), L("case", "2024-11-0456"), L("duration", "within 30 minutes"),
    L("product", "interac e-transfer"), L("date", "Nov 18, 2024 9:12 PM MT"),
]),

rec("en-chat-007", "chat", """
Messenger · Southern Alps Fitness Christchurch

Sione Taufa · 7:48 pm
Kia ora, I need to freeze my membership, I've done my ACL at rugby 🤕

Southern Alps Fitness · 8:02 pm
Oh no, sorry to hear that Sione! We can freeze for up to 8 weeks with a medical certificate. What's your member number?

Sione Taufa · 8:03 pm
CHC-20418

Southern Alps Fitness · 8:05 pm
Thanks. You're on the $17.95 per week plan, paid from 02-0800-0731596-00. I'll pause it from Monday. Who's your doctor for the certificate?

Sione Taufa · 8:06 pm
Dr Rangi Parata at Riccarton Medical. surgery is on the 14th

Southern Alps Fitness · 8:09 pm
Kia kaha! Please email the certificate to us and we'll confirm. Still at 14 Riccarton Road, Riccarton, Christchurch 8011? And 027 482 1190?

Sione Taufa · 8:10 pm
Yep. My partner Mele wants to keep going to Les Mills BODYPUMP, her membership's fine though

Southern Alps Fitness · 8:11 pm
No worries, hers stays active. Confirmation will go to sione.t@example.com. – Georgia, front desk
""", [
    name("Sione Taufa"),
    p("iban", "02-0800-0731596-00", chk="nz_bank"),
    name("Rangi Parata"),
    ad("14 Riccarton Road, Riccarton, Christchurch 8011", "14 Riccarton Road", "8011"),
    p("phone", "027 482 1190"),
    name("Mele"),
    em("sione.t@example.com"),
    name("Georgia"),
], [
    L("duration", "up to 8 weeks"), L("member", "CHC-20418"), L("price", "$17.95 per week"),
    L("company", "Les Mills"), L("company", "Riccarton Medical"), L("date", "on the 14th"),
]),

rec("en-chat-008", "chat", """
Coastway Airlines · Chat
Skye (bot): Hi! I'm Skye ✈️ Ask me about bookings, baggage or flight status.
You: need to add my kids to my booking
Skye (bot): I can't change passenger lists, so I'll connect you to an agent. Please have your booking reference ready.
Agent Marcus: Hi there, Marcus here. What's the booking reference?
You: X7K2LM. Ngozi Adebayo
Agent Marcus: Thanks Ngozi. I see flight CW 418 London Gatwick → Lagos on 14 Dec, seat 14A. Who would you like to add?
You: Tobi Adebayo born 03/05/2015 and Kemi Adebayo born 22/11/2018
Agent Marcus: Two child fares come to £1,186.40 including taxes. I'll hold them for 24 hours. Can I take a mobile number for flight alerts?
You: +44 7700 900 256
Agent Marcus: And your frequent flyer number if you'd like the miles? 
You: CW 8827 4410
Agent Marcus: Added. Payment link sent to ngozi.adebayo@example.org. Their passport details can be added under Manage Booking up to 72 hours before departure.
""", [
    name("Marcus"),
    name("Ngozi Adebayo"),
    name("Tobi Adebayo"),
    p("birth_date", "03/05/2015"),
    name("Kemi Adebayo"),
    p("birth_date", "22/11/2018"),
    p("phone", "+44 7700 900 256"),
    em("ngozi.adebayo@example.org"),
], [
    L("bot", "Skye"), L("booking", "X7K2LM"), L("flight", "CW 418"), L("quantity", "seat 14A"),
    L("price", "£1,186.40"), L("member", "CW 8827 4410"), L("duration", "72 hours"),
]),

rec("en-chat-009", "chat", """
Kartly Help Centre – Chat
[11:04 AM] Kartly Assistant: Hi! Please select the order you need help with.
[11:04 AM] You selected: OD4128837461123 – boAt Airdopes 141 (₹1,299)
[11:05 AM] Kartly Assistant: Connecting you to a support executive...
[11:07 AM] Neha (Kartly Support): Hello, I'm Neha. I see the order was marked delivered yesterday. How can I help?
[11:07 AM] Customer: it was NOT delivered. the delivery boy Santosh called and said he left it with security but security says no
[11:08 AM] Neha (Kartly Support): I'm sorry. Can you confirm your name and delivery address?
[11:09 AM] Customer: Rahul Sharma, B-14 Shanti Nagar Society, Baner Road, Pune 411045
[11:10 AM] Neha (Kartly Support): Thank you. Since this was Cash on Delivery, the refund needs a bank account. Please share account number and IFSC.
[11:11 AM] Customer: 50100234761882 IFSC HDFC0001234 account holder Rahul Sharma
[11:12 AM] Neha (Kartly Support): Got it. Refund of ₹1,299 will reach within 5-7 business days. Your complaint ID is CMP-8841207. We may call you to verify.
[11:12 AM] Customer: call on 98220 17654, my father Rajesh picks up if i dont
[11:13 AM] Neha (Kartly Support): Noted. Email confirmation will go to rahul.sharma.pune@example.com.
""", [
    name("Neha"),
    name("Santosh"),
    name("Rahul Sharma"),
    ad("B-14 Shanti Nagar Society, Baner Road, Pune 411045", "B-14 Shanti Nagar Society", "411045"),
    p("iban", "50100234761882", chk="in_account"),
    p("phone", "98220 17654"),
    name("Rajesh"),
    em("rahul.sharma.pune@example.com"),
], [
    L("order", "OD4128837461123"), L("product", "boAt Airdopes 141"), L("price", "₹1,299"),
    L("bank_code", "IFSC HDFC0001234"), L("duration", "5-7 business days"), L("case", "CMP-8841207"),
]),

rec("en-chat-010", "chat", """
City Power & Water – WhatsApp Business
[2024/06/18 07:15] +27 72 881 4402: Morning. My prepaid electricity token isn't working. It says "REJECT 2"
[2024/06/18 07:21] City Power & Water: Good morning! This is Zanele from the utilities help desk. Please send the meter number and the token you bought.
[2024/06/18 07:23] +27 72 881 4402: Meter 04123456789. Token 4521 8830 0912 6674 1180. Bought for R 350 at Shoprite
[2024/06/18 07:27] City Power & Water: Thank you. The meter is registered to a Mr Gert Botha at 14 Lower Main Road, Observatory, Cape Town, 7925. Are you the owner?
[2024/06/18 07:29] +27 72 881 4402: No I'm the tenant, Nomvula Dlamini. Mr Botha is my landlord
[2024/06/18 07:30] City Power & Water: The token failed because the meter needs a key change. I'll send you two key change tokens first. For our records please send your ID number.
[2024/06/18 07:32] +27 72 881 4402: 7705254140087
[2024/06/18 07:35] City Power & Water: Thank you. Enter the 2 key change tokens, then your original token again. You'll get 212.4 kWh. Reference CPW-558102.
[2024/06/18 07:40] +27 72 881 4402: it worked!! thank you Zanele 🙏 you can email the reference to nomvula.d@example.com
""", [
    p("phone", "+27 72 881 4402"),
    name("Zanele"),
    name("Gert Botha"),
    ad("14 Lower Main Road, Observatory, Cape Town, 7925", "14 Lower Main Road", "7925"),
    name("Nomvula Dlamini"),
    p("national_id", "7705254140087", chk="sa_id"),
    em("nomvula.d@example.com"),
], [
    L("error_code", "REJECT 2"), L("meter", "04123456789"), L("token", "4521 8830 0912 6674 1180"),
    L("price", "R 350"), L("company", "Shoprite"), L("quantity", "212.4 kWh"), L("case", "CPW-558102"),
]),

]
