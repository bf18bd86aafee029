from _helpers import P, L, R

RECORDS = [
R("en-chat-001", """
[2:14 PM] Kicks Depot Assistant: Hi there! 👟 What can I help you with today?
[2:14 PM] Guest: my order says delivered but nothing here
[2:15 PM] Kicks Depot Assistant: I'm connecting you with an agent now.
[2:16 PM] Brianna (Kicks Depot): Hey! I'm Brianna, sorry about that. Can I get your order number and the email you used?
[2:16 PM] Guest: #KD-4418207 and jaylen.brooks04@gmail.com
[2:17 PM] Brianna (Kicks Depot): Thanks Jaylen! I see the Air Zoom Pegasus 41, size 11, shipped UPS with tracking 1Z999AA10123456784, marked delivered Tuesday at 3:42 PM to 2209 Maple Ridge Dr, Apt 14, Columbus, OH 43215.
[2:18 PM] Guest: thats my old apt lol. i moved to 58 Harmon St, Unit B, Columbus OH 43201 like 2 months ago
[2:18 PM] Guest: it was a gift for my brother Marcus anyway smh
[2:19 PM] Brianna (Kicks Depot): Oh no! I'll open a claim with UPS and send a replacement to the new address. What's a good number in case the driver needs you?
[2:19 PM] Guest: (614) 555-0127
[2:20 PM] Brianna (Kicks Depot): Done ✅ Replacement order #KD-4418319 ships in 1–2 business days. I also added $15 store credit. Anything else?
[2:20 PM] Guest: nah ur the best 🙌 can u put Marcus Brooks as the name on the box tho
[2:21 PM] Brianna (Kicks Depot): You got it!
""", [
    P("Brianna", "name"),
    P("jaylen.brooks04@gmail.com", "email"),
    P("Jaylen", "name"),
    P("2209 Maple Ridge Dr, Apt 14, Columbus, OH 43215", "address", ["2209 Maple Ridge Dr", "43215"]),
    P("58 Harmon St, Unit B, Columbus OH 43201", "address", ["58 Harmon St", "43201"]),
    P("(614) 555-0127", "phone"),
    P("Marcus Brooks", "name"),
], [
    L("#KD-4418207", "order_number"),
    L("Air Zoom Pegasus 41", "product"),
    L("1Z999AA10123456784", "tracking_number"),
    L("Tuesday at 3:42 PM", "event_time"),
    L("#KD-4418319", "order_number"),
    L("1–2 business days", "duration"),
    L("$15", "amount"),
]),

R("en-chat-002", """
Thistle Bank secure chat
You: Hi, there's a direct debit I don't recognise, £49.99 to "GLOBALFIT SUBS", taken on 2 May
Thistle Bank (Aisha): Hi, thanks for getting in touch. I can help you with that. Can you confirm your full name and date of birth, please? Please don't share your PIN or passcode.
You: Callum Fraser-Reid, 17/10/1989
Thistle Bank (Aisha): Thanks Callum. I can see the payment from your current account, sort code 66-27-73, account 06898575. The direct debit was set up online on 29 April from IP address 192.0.2.214.
You: I never signed up to any gym. My flatmate Ross used my laptop though... Ross Kinnaird. Could he have done it?
Thistle Bank (Aisha): I'm unable to say who set it up, but I've cancelled the direct debit and raised an indemnity claim under the Direct Debit Guarantee. Reference DDG-2024-884103. The £49.99 should be back within 3 working days.
You: Brilliant, thanks. Should I get a new card too? It's 4532 2485 9691 5938
Thistle Bank (Aisha): Please never type your full card number in chat – I've masked it on our side. As this was a direct debit, your card isn't affected, but I can order a replacement if you'd like.
You: no thats fine
Thistle Bank (Aisha): No problem. We'll send confirmation to your registered address, Flat 3/2, 41 Dumbarton Road, Glasgow G11 6PD. Have a good evening!
""", [
    P("Aisha", "name"),
    P("Callum Fraser-Reid", "name"),
    P("17/10/1989", "birth_date"),
    P("06898575", "iban"),
    P("192.0.2.214", "ip"),
    P("Ross Kinnaird", "name"),
    P("4532 2485 9691 5938", "card"),
    P("Flat 3/2, 41 Dumbarton Road, Glasgow G11 6PD", "address", ["41 Dumbarton Road", "G11 6PD"]),
], [
    L("£49.99", "amount"),
    L("GLOBALFIT SUBS", "merchant"),
    L("2 May", "event_date"),
    L("29 April", "event_date"),
    L("Direct Debit Guarantee", "product"),
    L("DDG-2024-884103", "reference_number"),
    L("3 working days", "duration"),
]),

R("en-chat-003", """
PulseFit AU · Live chat
Shaz 🏋️‍♀️: hey i wanna cancel my membership, moving to perth next month
PulseFit Team – Liam: Hey! Sorry to see you go 😢 Can you pop your member number or the mobile on the account?
Shaz 🏋️‍♀️: 0491 570 110
PulseFit Team – Liam: Thanks! Is this Sharon Papadopoulos at PulseFit Marrickville?
Shaz 🏋️‍♀️: yep thats me
PulseFit Team – Liam: Legend. Just so you know, we've got clubs in Perth too (Subiaco and Joondalup) – you could transfer instead of cancelling, no fees 🙌
Shaz 🏋️‍♀️: ohh sick. subiaco then
PulseFit Team – Liam: Easy. Your fortnightly rate stays at $27.95. I'll update your address – what's the new one?
Shaz 🏋️‍♀️: 12/88 Rokeby Rd, Subiaco WA 6008. from 1 july
PulseFit Team – Liam: Done. Your app login is still shaz.p_lifts right? You'll need to update to v5.2 to see the new club.
Shaz 🏋️‍♀️: yep. can my sister use my old tag? Eleni Papadopoulos
PulseFit Team – Liam: Tags aren't transferable sorry, but Eleni can grab a 7-day free pass with code FRIEND7. Confirmation sent to shaz.papa@bigpond.com 💪
""", [
    P("Shaz", "name"),
    P("Liam", "name"),
    P("0491 570 110", "phone"),
    P("Sharon Papadopoulos", "name"),
    P("12/88 Rokeby Rd, Subiaco WA 6008", "address", ["12/88 Rokeby Rd", "6008"]),
    P("shaz.p_lifts", "username"),
    P("Eleni Papadopoulos", "name"),
    P("shaz.papa@bigpond.com", "email"),
], [
    L("PulseFit Marrickville", "shop_location"),
    L("Joondalup", "shop_location"),
    L("$27.95", "price"),
    L("1 july", "event_date"),
    L("v5.2", "version"),
    L("7-day", "duration"),
    L("FRIEND7", "discount_code"),
]),

R("en-chat-004", """
Instagram DM · @northernthreads.ca
@mtl_chloe_b: hiii i returned my parka like 3 weeks ago and still no refund 😩 order NT-2024-55180
@northernthreads.ca: Hi Chloé! So sorry for the wait 🙏 Can you confirm the email and postal code on the order?
@mtl_chloe_b: chloe.bergeron@videotron.ca and H2J 3K8
@northernthreads.ca: Thanks! I found it. The return (Canada Post tracking 7023 4419 8810 2245) was received at our Laval warehouse on May 3. The refund of $349.99 + QC taxes was issued on May 6 to the Visa ending in 0514.
@mtl_chloe_b: hmm i dont see it. my bf paid with his card actually, maybe its on his? Alexandre Tremblay
@northernthreads.ca: Yes, it went back to the card used for payment. Alexandre should see it within 5–10 business days depending on his bank.
@mtl_chloe_b: ok ill ask him. also can u update my address, we moved: 4521 rue Fabre, apt 3, Montréal H2J 3V2
@northernthreads.ca: Done! 🍁 Your phone is still 514-555-0176?
@mtl_chloe_b: ya
@northernthreads.ca: Perfect, merci! Here's 15% off your next order: SORRYCHLOE15
""", [
    P("mtl_chloe_b", "username"),
    P("Chloé", "name"),
    P("chloe.bergeron@videotron.ca", "email"),
    P("H2J 3K8", "postcode"),
    P("Alexandre Tremblay", "name"),
    P("4521 rue Fabre, apt 3, Montréal H2J 3V2", "address", ["4521 rue Fabre", "H2J 3V2"]),
    P("514-555-0176", "phone"),
], [
    L("northernthreads.ca", "company_handle"),
    L("NT-2024-55180", "order_number"),
    L("7023 4419 8810 2245", "tracking_number"),
    L("Laval", "place"),
    L("May 3", "event_date"),
    L("$349.99", "amount"),
    L("5–10 business days", "duration"),
    L("SORRYCHLOE15", "discount_code"),
]),

R("en-chat-005", """
Messenger · KiwiCourier NZ
Tui Rangihuna: Kia ora, my parcel's been sitting at the depot for a week. Tracking KC 8820 4471 93NZ
KiwiCourier NZ: Kia ora Tui! Sorry about that 😔 It looks like the address on the label didn't have a rural delivery number, so our driver couldn't find you.
Tui Rangihuna: Ah. It's 1487 State Highway 2, RD 3, Katikati 3178
KiwiCourier NZ: Thanks! I've updated it. Delivery will be on Thursday's run, usually between 10am and 2pm. Is there somewhere safe to leave it?
Tui Rangihuna: In the shed by the letterbox pls, the dogs are friendly lol. Or my neighbour Wiremu Ngata at 1491 can take it
KiwiCourier NZ: Sweet as, noted 👍 Can I grab a contact number for the driver?
Tui Rangihuna: 027 448 1093
KiwiCourier NZ: Choice. The sender was Mitre 10 Tauranga, order MT-118204. Anything else?
Tui Rangihuna: Nah that's it, cheers!
""", [
    P("Tui Rangihuna", "name"),
    P("1487 State Highway 2, RD 3, Katikati 3178", "address", ["1487 State Highway 2", "3178"]),
    P("Wiremu Ngata", "name"),
    P("027 448 1093", "phone"),
], [
    L("KiwiCourier NZ", "company"),
    L("KC 8820 4471 93NZ", "tracking_number"),
    L("Thursday's run", "event_date"),
    L("between 10am and 2pm", "time"),
    L("Mitre 10 Tauranga", "shop_location"),
    L("MT-118204", "order_number"),
]),

R("en-chat-006", """
WhatsApp · Sawubona Mobile Help
[09:12, 14/05/2024] Nomvula: Hi I bought a new SIM but it's not working, it says not RICA'd
[09:13, 14/05/2024] Sawubona Mobile: Hi Nomvula 👋 We can RICA your SIM here. Please send your full name, ID number and residential address. Your info is protected under POPIA.
[09:15, 14/05/2024] Nomvula: Nomvula Precious Khumalo, ID 9503025823083, 17 Ntsane Street, Orlando West, Soweto, 1804
[09:16, 14/05/2024] Sawubona Mobile: Thank you. And the SIM number printed on the card?
[09:17, 14/05/2024] Nomvula: 8927 0012 3456 7890 123
[09:19, 14/05/2024] Sawubona Mobile: Thanks! Your new number 071 555 0186 is now RICA'd ✅ It can take up to 2 hours to activate.
[09:20, 14/05/2024] Nomvula: Can I port my old number instead? 083 555 0142. It's in my mom's name, Busisiwe Khumalo
[09:22, 14/05/2024] Sawubona Mobile: For porting, the account holder (Busisiwe) must request it and we need a copy of her ID. She can send it to this chat or visit our store at Maponya Mall.
[09:23, 14/05/2024] Nomvula: ok thanks
[09:23, 14/05/2024] Sawubona Mobile: Pleasure! Your R99 bundle (1GB + 100 min) is active. Ref: SM-RICA-771238
""", [
    P("Nomvula Precious Khumalo", "name"),
    P("9503025823083", "national_id", check="said"),
    P("17 Ntsane Street, Orlando West, Soweto, 1804", "address", ["17 Ntsane Street", "1804"]),
    P("071 555 0186", "phone"),
    P("083 555 0142", "phone"),
    P("Busisiwe Khumalo", "name"),
], [
    L("Sawubona Mobile", "company"),
    L("POPIA", "law"),
    L("8927 0012 3456 7890 123", "sim_serial"),
    L("2 hours", "duration"),
    L("Maponya Mall", "shop_location"),
    L("R99 bundle (1GB + 100 min)", "product"),
    L("SM-RICA-771238", "reference_number"),
]),

R("en-chat-007", """
TicketHub Ireland – chat
Visitor: hi i bought 2 tickets for the Fontaines gig in the 3Arena but cant go, can i change the name on one
TicketHub Agent (Orla): Hi there! Yes, name changes are allowed for this event for €10. Can I have the order number?
Visitor: TH-IE-0993471
TicketHub Agent (Orla): Thanks! I see 2 x Standing tickets for Saturday 14 September, doors 18:30, in the name of Eoin Gallagher. Is that you?
Visitor: ya. the new name is Aoife Mhic Giolla Phádraig
TicketHub Agent (Orla): Could you spell the surname for me?
Visitor: Mhic Giolla Phádraig, M-H-I-C G-I-O-L-L-A P-H-Á-D-R-A-I-G. ya its a mouthful 😂
TicketHub Agent (Orla): Ha, lovely name! Aoife will need her own TicketHub account to receive the ticket. What email should I send the transfer to?
Visitor: aoife.mgp@gmail.com
TicketHub Agent (Orla): Done! The €10 fee was charged to the card on the account. Your tickets now show as 1 x Eoin Gallagher, 1 x Aoife Mhic Giolla Phádraig. Anything else?
Visitor: my number changed too, its 089 226 4417. and can u charge future stuff to my new card 5188 4695 5722 5398
TicketHub Agent (Orla): Please don't share full card numbers in chat – I've hidden that message. You can add a new card securely under My Account > Payment.
TicketHub Agent (Orla): Updated. Enjoy the gig! 🎸
""", [
    P("Orla", "name"),
    P("Eoin Gallagher", "name"),
    P("Aoife Mhic Giolla Phádraig", "name", ["Aoife", "Giolla", "Phádraig"]),
    P("M-H-I-C G-I-O-L-L-A P-H-Á-D-R-A-I-G", "name", ["M-H-I-C G-I-O-L-L-A P-H-Á-D-R-A-I-G"]),
    P("aoife.mgp@gmail.com", "email"),
    P("089 226 4417", "phone"),
    P("5188 4695 5722 5398", "card"),
], [
    L("Fontaines", "band"),
    L("3Arena", "place"),
    L("€10", "price"),
    L("TH-IE-0993471", "order_number"),
    L("Saturday 14 September", "event_date"),
    L("18:30", "time"),
]),

R("en-chat-008", """
Ironvale Games Support · Ticket 5531902
[user] FrostByte_Kai: hey my account got locked after i logged in on my friends pc??
[agent] Dani (Support): Hi Kai! No worries, that's our security system. Can you confirm the email on the account?
[user] FrostByte_Kai: kai.richardson.2010@gmail.com
[agent] Dani (Support): Thanks. I see a login from 198.51.100.77 (Phoenix, AZ) yesterday at 7:41 PM, and your usual location is Sacramento. Was that your friend's house?
[user] FrostByte_Kai: ya thats my friend Ethan's house, we were playing Stormreach
[agent] Dani (Support): Got it. Since your account shows you're under 18, I need a parent to approve the unlock. Can a parent join?
[user] FrostByte_Kai: hi this is his mom, Lauren Richardson. Kai's birthday is 5/22/2010. Please unlock it
[agent] Dani (Support): Thank you, Ms. Richardson. I've unlocked it and sent a verification link to lauren.richardson@outlook.com as the parent account. Please also note the $19.99 Season Pass purchase was made on the friend's PC – do you want us to refund it?
[user] FrostByte_Kai: no that was ok. thx
[agent] Dani (Support): You're welcome! Error code IV-1042 should be gone after restarting the launcher (v3.14.2).
""", [
    P("FrostByte_Kai", "username"),
    P("Dani", "name"),
    P("Kai", "name"),
    P("kai.richardson.2010@gmail.com", "email"),
    P("198.51.100.77", "ip"),
    P("Ethan", "name"),
    P("Lauren Richardson", "name"),
    P("5/22/2010", "birth_date"),
    P("lauren.richardson@outlook.com", "email"),
], [
    L("5531902", "ticket_number"),
    L("Phoenix, AZ", "place"),
    L("7:41 PM", "time"),
    L("Stormreach", "product"),
    L("$19.99", "price"),
    L("IV-1042", "error_code"),
    L("v3.14.2", "version"),
]),

R("en-chat-009", """
Chat with Willowbank Vets
Customer: Hi, my dog Biscuit has eaten some chocolate, about half a bar of dark chocolate, what do I do??
Willowbank Vets (Nurse Priya): Hi, please don't panic, you've done the right thing getting in touch. How much does Biscuit weigh and roughly how much chocolate was it?
Customer: He's a cocker spaniel, about 14kg. It was half of a 100g bar, 70% cocoa
Willowbank Vets (Nurse Priya): That is a toxic dose, so we'd like to see him straight away. Can you bring him in to our Headington branch now? We're open until 7pm.
Customer: yes leaving now. My name is Olumide Adeyemi, I'm registered with you, address 9 Windmill Road, Oxford OX3 7BL
Willowbank Vets (Nurse Priya): Thank you, Olumide. I can see Biscuit on the system. Is 07700 900612 still the best number?
Customer: yes, or my wife Funmi, 07700 900245
Willowbank Vets (Nurse Priya): Great. The vet on duty is Mr Hallam. Treatment to induce vomiting is usually around £180–£250. We'll see you in about 10 minutes 🐾
Customer: thank you so much
""", [
    P("Priya", "name"),
    P("Olumide Adeyemi", "name"),
    P("9 Windmill Road, Oxford OX3 7BL", "address", ["9 Windmill Road", "OX3 7BL"]),
    P("07700 900612", "phone"),
    P("Funmi", "name"),
    P("07700 900245", "phone"),
    P("Hallam", "name"),
], [
    L("Biscuit", "pet_name"),
    L("14kg", "measurement"),
    L("100g", "measurement"),
    L("Headington branch", "shop_location"),
    L("7pm", "opening_hours"),
    L("£180–£250", "price"),
    L("10 minutes", "duration"),
]),

R("en-chat-010", """
X (Twitter) – public
@gracieokafor_: @ShamrockAirUK 3 hours on the tarmac at Stansted and now my connection to Dublin is gone. no food no water no info. absolute joke #ShamrockAir
@ShamrockAirUK: @gracieokafor_ Hi Grace, we're really sorry to hear this. Please DM us your booking reference so we can help. ^MK

X (Twitter) – direct messages
@gracieokafor_: booking is QX7T2M, name Grace Okafor, flight SR 218 STN-DUB
@ShamrockAirUK: Thanks Grace. I've rebooked you on SR 224 departing 19:55 tonight, seat 14C. As the delay exceeded 3 hours you may be entitled to £220 compensation under UK261. Could you confirm your email and mobile so we can send the claim form?
@gracieokafor_: grace.okafor@hotmail.co.uk / 07700 900783
@ShamrockAirUK: Perfect. Also, you mentioned travelling with your mum – is Mrs Chinwe Okafor on the same booking?
@gracieokafor_: yes she is, she's 74 and needs assistance at the gate
@ShamrockAirUK: I've added special assistance (WCHR) for Chinwe on SR 224. Meal vouchers worth £12 each will be sent to your phone. ^MK
""", [
    P("gracieokafor_", "username"),
    P("Grace Okafor", "name"),
    P("grace.okafor@hotmail.co.uk", "email"),
    P("07700 900783", "phone"),
    P("Chinwe Okafor", "name"),
], [
    L("ShamrockAirUK", "company_handle"),
    L("Stansted", "place"),
    L("#ShamrockAir", "hashtag"),
    L("QX7T2M", "booking_reference"),
    L("SR 218", "flight_number"),
    L("SR 224", "flight_number"),
    L("19:55", "time"),
    L("seat 14C", "seat"),
    L("£220", "amount"),
    L("UK261", "regulation"),
]),
]
