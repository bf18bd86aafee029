# English chats (10)
RECORDS = []

RECORDS.append(dict(id="en-chat-001", language="en", channel="chat", text="""[10:02] Kerry (FibreNest): Hi, you're chatting with Kerry. How can I help today?
[10:03] Guest: hiya my broadband keeps droping every evening since tuesday, acount name is Tom Hargreaves-Bell
[10:04] Kerry (FibreNest): Sorry to hear that, Tom. Can you confirm the postcode and first line of the address?
[10:05] Guest: BS7 8NJ, 61 Gloucester rd
[10:06] Kerry (FibreNest): Thanks! I can see your FibreNest Hub 3 (firmware v4.2.17) on the Full Fibre 500 plan. Your public IP is 203.0.113.88, and the line test shows 14 drops in the last 24 hours.
[10:07] Guest: thats about right lol. also my username for the portal is tomhb_bristol and the password reset link doesnt work
[10:08] Kerry (FibreNest): I'll send a fresh link. I've booked an engineer for Friday 7th, 8am-1pm, fault ref FN-0093321, no charge. Best contact number?
[10:09] Guest: 07700 900732. if im not in my flatmate Priya Nair will let them in
[10:09] Kerry (FibreNest): Perfect. Confirmation will go to tom.hb@fastmail.co.uk. Anything else?
[10:10] Guest: nope ta""",
planted=[
    P("Kerry", "name", ["Kerry"]),
    P("Tom Hargreaves-Bell", "name", ["Tom", "Hargreaves", "Bell"]),
    P("BS7 8NJ", "postcode"),
    P("61 Gloucester rd", "address"),
    P("203.0.113.88", "ip"),
    P("tomhb_bristol", "username"),
    P("07700 900732", "phone"),
    P("Priya Nair", "name", ["Priya", "Nair"]),
    P("tom.hb@fastmail.co.uk", "email", ["tom.hb@fastmail.co.uk", "tom.hb"]),
],
lookalikes=[
    L("FibreNest Hub 3", "product"),
    L("v4.2.17", "version"),
    L("Full Fibre 500", "product"),
    L("14 drops", "quantity"),
    L("24 hours", "duration"),
    L("Friday 7th, 8am-1pm", "appointment"),
    L("FN-0093321", "fault_reference"),
]))

RECORDS.append(dict(id="en-chat-002", language="en", channel="chat", text="""Outfitter Co. Live Chat
Derek (Outfitter Co.): Hey there! I'm Derek. What can I help you with?
Kayla: hi! my order #OC-558120 shows delivered but I only got one shoe box?? the Trailrunner 2 GTX, size 9.5
Derek (Outfitter Co.): Oh no! Can I get the name and ZIP on the order?
Kayla: Kayla Brooks, ZIP 97214
Derek (Outfitter Co.): Thanks Kayla. UPS tracking 1Z999AA10123456784 shows two packages, one still in transit. SKU 44-TRL-09 was split into two shipments.
Kayla: oh weird. can you just refund the second one? I already bought a pair in store. my card was 6011 2788 5223 3432
Derek (Outfitter Co.): No need to share the card number, the refund of $129.00 goes automatically back to the original payment method within 5-7 business days. I've masked your message for security.
Kayla: ok thanks. if UPS needs to call, it's (503) 555-0129, and the address is 2231 SE Belmont St, Apt 5, Portland, OR 97214
Derek (Outfitter Co.): Got it. I'll email the label to kbrooks.pdx@gmail.com. Have a great day!""",
planted=[
    P("Derek", "name", ["Derek"]),
    P("Kayla Brooks", "name", ["Kayla", "Brooks"]),
    P("97214", "postcode"),
    P("6011 2788 5223 3432", "card", check="luhn"),
    P("(503) 555-0129", "phone"),
    P("2231 SE Belmont St, Apt 5", "address", ["2231 SE Belmont St, Apt 5", "2231 SE Belmont St"]),
    P("kbrooks.pdx@gmail.com", "email", ["kbrooks.pdx@gmail.com", "kbrooks.pdx"]),
],
lookalikes=[
    L("#OC-558120", "order_number"),
    L("Trailrunner 2 GTX", "product"),
    L("size 9.5", "size"),
    L("1Z999AA10123456784", "tracking_number"),
    L("44-TRL-09", "sku"),
    L("$129.00", "amount"),
    L("5-7 business days", "duration"),
]))

RECORDS.append(dict(id="en-chat-003", language="en", channel="chat", text="""Direct messages · @NorthernAirCA ↔ @mapleleafmike
@mapleleafmike: My flight NA 402 YVR-YYZ got cancelled last night and nobody at the gate could rebook me. 6 hours in line. Booking KP7XQ2
@NorthernAirCA: Hi Michael, we're really sorry. To look into this, can you DM the full name on the booking, a phone number and email?
@mapleleafmike: Michael Chen-Okafor, 604-555-0162, mike.chenokafor@shaw.ca
@NorthernAirCA: Thank you. You're now on NA 408 tomorrow at 07:10, seat 14C. Under the APPR you may be eligible for $400 compensation. Please submit the form with your booking code. -Jess
@mapleleafmike: Ok. Also my mom Grace Chen was travelling with me on a separate booking, KP7XR9. Is she rebooked too?
@NorthernAirCA: We can only discuss her booking with her consent, but she's welcome to DM us. -Jess
@mapleleafmike: Fine. Send the hotel voucher to 1208-1155 Seymour St, Vancouver BC V6B 0G1? Or do I pick it up?
@NorthernAirCA: Pick-up at the Level 3 service desk. Voucher #HV-22018. Safe travels! -Jess""",
planted=[
    P("mapleleafmike", "username"),
    P("Michael Chen-Okafor", "name", ["Michael", "Chen", "Okafor"]),
    P("604-555-0162", "phone"),
    P("mike.chenokafor@shaw.ca", "email", ["mike.chenokafor@shaw.ca", "mike.chenokafor"]),
    P("Jess", "name", ["Jess"]),
    P("Grace Chen", "name", ["Grace", "Chen"]),
    P("1208-1155 Seymour St, Vancouver BC V6B 0G1", "address", ["1208-1155 Seymour St", "V6B 0G1"]),
],
lookalikes=[
    L("NA 402", "flight_number"),
    L("YVR-YYZ", "route"),
    L("KP7XQ2", "booking_reference"),
    L("NA 408", "flight_number"),
    L("07:10", "time"),
    L("seat 14C", "seat"),
    L("$400", "amount"),
    L("#HV-22018", "voucher_number"),
]))

RECORDS.append(dict(id="en-chat-004", language="en", channel="chat", text="""WhatsApp · Suraksha Health Insurance
[18/03/25, 9:14 am] +91 94440 18273: Hello, I want to file cashless claim for my husband's surgery at Apollo Hospitals Greams Road. Policy no. SHI/2024/8812047
[18/03/25, 9:16 am] Suraksha Health Insurance: Good morning! This is Meera from claims desk. May I have the patient's name and DOB?
[18/03/25, 9:18 am] +91 94440 18273: Arjun Krishnan, 12/07/1984. I am Priya Krishnan, the proposer
[18/03/25, 9:20 am] Suraksha Health Insurance: Thank you ma'am. For KYC please share Aadhaar of proposer.
[18/03/25, 9:21 am] +91 94440 18273: 5209 4617 0526
[18/03/25, 9:24 am] Suraksha Health Insurance: Received. Pre-authorisation request PA-77120 raised for ₹1,85,000 (knee arthroscopy). Sum insured ₹5,00,000 is available. Approval within 6 hours.
[18/03/25, 9:25 am] +91 94440 18273: any balance I can pay via UPI? my id is priya.k86@okaxis
[18/03/25, 9:26 am] Suraksha Health Insurance: Yes, the hospital will share a link. Please confirm address for documents: No. 14, 2nd Main Road, Besant Nagar, Chennai 600090?
[18/03/25, 9:27 am] +91 94440 18273: yes correct 🙏""",
planted=[
    P("+91 94440 18273", "phone"),
    P("Meera", "name", ["Meera"]),
    P("Arjun Krishnan", "name", ["Arjun", "Krishnan"]),
    P("12/07/1984", "birth_date"),
    P("Priya Krishnan", "name", ["Priya", "Krishnan"]),
    P("5209 4617 0526", "national_id", check="aadhaar"),
    P("priya.k86@okaxis", "username", ["priya.k86@okaxis", "priya.k86"]),
    P("No. 14, 2nd Main Road, Besant Nagar, Chennai 600090", "address", ["No. 14, 2nd Main Road", "600090"]),
],
lookalikes=[
    L("Apollo Hospitals Greams Road", "organisation"),
    L("SHI/2024/8812047", "policy_number"),
    L("PA-77120", "reference"),
    L("₹1,85,000", "amount"),
    L("₹5,00,000", "amount"),
    L("6 hours", "duration"),
    L("18/03/25, 9:24 am", "timestamp"),
]))

RECORDS.append(dict(id="en-chat-005", language="en", channel="chat", text="""Messenger · PulseFit Helensvale
Chloe Papadopoulos: hey guys, can I put my membership on hold? doing a fly in fly out job for 2 weeks on 2 weeks off
PulseFit Helensvale: Hey Chloe! Jaxon here 💪 Yep, suspensions are $5 a week. Can you confirm your member number and DOB?
Chloe Papadopoulos: member #AU-00918, DOB 23/11/1996
PulseFit Helensvale: Thanks! You're on Platinum 24/7 at $22.95 per week. Do you still want the direct debit from BSB 062-914, account 1048 7733?
Chloe Papadopoulos: actually can you change it to my new account, same bank, account 1093 2284
PulseFit Helensvale: You'll need to fill in the DD form for that, I'll email it. Still chloe.papa96@outlook.com.au?
Chloe Papadopoulos: yep. and new address is 8 Wattle Close, Helensvale QLD 4212
PulseFit Helensvale: Updated ✅ Your hold starts Monday. If you want a PT session when you're back, Jaxon's Monday 6am slot is free 😉 Ph 0491 570 110 is still best?
Chloe Papadopoulos: yes haha thanks""",
planted=[
    P("Chloe Papadopoulos", "name", ["Chloe", "Papadopoulos"]),
    P("Jaxon", "name", ["Jaxon"]),
    P("23/11/1996", "birth_date"),
    P("1048 7733", "iban"),
    P("1093 2284", "iban"),
    P("chloe.papa96@outlook.com.au", "email", ["chloe.papa96@outlook.com.au", "chloe.papa96"]),
    P("8 Wattle Close, Helensvale QLD 4212", "address", ["8 Wattle Close", "4212"]),
    P("0491 570 110", "phone"),
],
lookalikes=[
    L("2 weeks", "duration"),
    L("$5 a week", "price"),
    L("#AU-00918", "membership_number"),
    L("Platinum 24/7", "product"),
    L("$22.95 per week", "price"),
    L("Monday 6am", "appointment"),
]))

RECORDS.append(dict(id="en-chat-006", language="en", channel="chat", text="""Instagram · @lanemarlowe.studio
@ellie.m.styles: hiii so my order #LM48213 arrived but it's the Harriet midi in size 12 and I ordered a 10 😭
@lanemarlowe.studio: Hi lovely! So sorry about that. Could you pop your full name + postcode over so we can find it?
@ellie.m.styles: Eleanor Mbeki-Shaw, N16 7UX
@lanemarlowe.studio: Found you! We'll send the 10 out today via Royal Mail Tracked 48. Is it still going to Flat 2B, 38 Amhurst Road, London?
@ellie.m.styles: yes! and can you ring before, my buzzer is broken. 07700 900218
@lanemarlowe.studio: Of course. Pop the 12 back in the bag with the returns slip. Here's 10% off for the trouble: SORRY10 💕 The £65 will stay on your account. x Hattie
@ellie.m.styles: omg you're the best. btw my sister Zoe Mbeki-Shaw wants the same dress in a 14 lol""",
planted=[
    P("ellie.m.styles", "username"),
    P("Eleanor Mbeki-Shaw", "name", ["Eleanor", "Mbeki", "Shaw"]),
    P("N16 7UX", "postcode"),
    P("Flat 2B, 38 Amhurst Road", "address", ["Flat 2B, 38 Amhurst Road", "38 Amhurst Road"]),
    P("07700 900218", "phone"),
    P("Hattie", "name", ["Hattie"]),
    P("Zoe Mbeki-Shaw", "name", ["Zoe", "Mbeki", "Shaw"]),
],
lookalikes=[
    L("#LM48213", "order_number"),
    L("Harriet midi", "product"),
    L("size 12", "size"),
    L("Royal Mail Tracked 48", "service"),
    L("SORRY10", "discount_code"),
    L("£65", "amount"),
    L("@lanemarlowe.studio", "company_handle"),
]))

RECORDS.append(dict(id="en-chat-007", language="en", channel="chat", text="""Shannonside Energy – Web chat
System: You are now chatting with Orla.
Orla: Hi there, Orla here. How can I help?
Customer: hi orla, my bill from 11 Feb is €212.47 which is way higher than normal. name on the account is Ciarán Mac Aodha
Orla: Thanks Ciarán. Can you confirm the address and MPRN?
Customer: 7 Ard na Gréine, Ennis, Co. Clare, V95 T8P2. MPRN is 10 012 345 678
Orla: Perfect. It looks like the bill was estimated. Could you give me a reading off the meter?
Customer: 23114
Orla: Thanks. I've rebilled it at €0.2843/kWh on Smart Saver 24hr, it comes down to €141.90. Ticket 556102. Will I leave the direct debit on IE15 BOFI 2383 6321 0432 22?
Customer: yes. and my phone is 085 221 9043 if u need it. My partner Róisín Hegarty is also on the account
Orla: Noted, thanks. Is there anything else?
Customer: no that's great. actually send the corrected bill to ciaran.macaodha@eircom.net too""",
planted=[
    P("Orla", "name", ["Orla", "orla"]),
    P("Ciarán Mac Aodha", "name", ["Ciarán", "Aodha"]),
    P("7 Ard na Gréine, Ennis, Co. Clare, V95 T8P2", "address", ["7 Ard na Gréine", "V95 T8P2"]),
    P("IE15 BOFI 2383 6321 0432 22", "iban", check="iban"),
    P("085 221 9043", "phone"),
    P("Róisín Hegarty", "name", ["Róisín", "Hegarty"]),
    P("ciaran.macaodha@eircom.net", "email", ["ciaran.macaodha@eircom.net", "ciaran.macaodha"]),
],
lookalikes=[
    L("11 Feb", "date"),
    L("€212.47", "amount"),
    L("10 012 345 678", "meter_point_reference"),
    L("23114", "meter_reading"),
    L("€0.2843/kWh", "price"),
    L("Smart Saver 24hr", "product"),
    L("€141.90", "amount"),
    L("556102", "ticket_number"),
]))

RECORDS.append(dict(id="en-chat-008", language="en", channel="chat", text="""WhatsApp · Zola Mobile Help
Zanele: Hi, I bought a new SIM at Pick n Pay but it says not RICA'd. Number is 071 884 2290
Zola Mobile: Hi Zanele 👋 this is Sipho from Zola. To RICA we need your full name, ID number and residential address.
Zanele: Zanele Nomvula Dlamini. ID 9504210463081
Zanele: Unit 12, Seaview Court, 45 Marine Drive, Sea Point, Cape Town 8005
Zola Mobile: Thank you. Your SIM serial ends 4471 right? The 40GB bundle at R299 pm will activate within 2 hours of RICA.
Zanele: yes. can my mom also use my old number? her name is Thokozile Dlamini
Zola Mobile: She'll need to RICA it in her own name at a store with her own ID. Your reference is ZM-RC-33018. Anything else?
Zanele: send me the invoice on zanele.d@webmail.co.za pls""",
planted=[
    P("071 884 2290", "phone"),
    P("Sipho", "name", ["Sipho"]),
    P("Zanele Nomvula Dlamini", "name", ["Zanele", "Nomvula", "Dlamini"]),
    P("9504210463081", "national_id", check="za_id"),
    P("Unit 12, Seaview Court, 45 Marine Drive, Sea Point, Cape Town 8005", "address", ["Unit 12, Seaview Court, 45 Marine Drive", "8005"]),
    P("Thokozile Dlamini", "name", ["Thokozile", "Dlamini"]),
    P("zanele.d@webmail.co.za", "email", ["zanele.d@webmail.co.za", "zanele.d"]),
],
lookalikes=[
    L("Pick n Pay", "company_name"),
    L("ends 4471", "sim_serial_fragment"),
    L("40GB", "quantity"),
    L("R299 pm", "price"),
    L("2 hours", "duration"),
    L("ZM-RC-33018", "reference"),
]))

RECORDS.append(dict(id="en-chat-009", language="en", channel="chat", text="""Kiwi Savings Bank – Secure chat
Aroha Williams: Kia ora, I'd like to open a term deposit, $2,500 for 6 months
KSB (Ben): Kia ora Aroha, Ben here. Our 6-month rate is 4.85% p.a. Which account should we fund it from?
Aroha Williams: my everyday account 12-3140-0123456-00
KSB (Ben): Thanks. For our ID checks, can you confirm your date of birth and passport number?
Aroha Williams: 4 September 1990, passport LA482913
KSB (Ben): Thank you. Is your address still Flat 2, 33 Cuba Street, Te Aro, Wellington 6011?
Aroha Williams: yep
KSB (Ben): Great. Your deposit reference is TD-88213 and it matures on 14 November. We'll text 022 318 4470 when it does.
Aroha Williams: sweet, and email the certificate to aroha.w@orcon.net.nz please
KSB (Ben): Will do. Ngā mihi!""",
planted=[
    P("Aroha Williams", "name", ["Aroha", "Williams"]),
    P("Ben", "name", ["Ben"]),
    P("12-3140-0123456-00", "iban"),
    P("4 September 1990", "birth_date"),
    P("LA482913", "national_id"),
    P("Flat 2, 33 Cuba Street, Te Aro, Wellington 6011", "address", ["Flat 2, 33 Cuba Street", "6011"]),
    P("022 318 4470", "phone"),
    P("aroha.w@orcon.net.nz", "email", ["aroha.w@orcon.net.nz", "aroha.w"]),
],
lookalikes=[
    L("$2,500", "amount"),
    L("6 months", "duration"),
    L("4.85% p.a.", "rate"),
    L("TD-88213", "reference"),
    L("14 November", "date"),
    L("Kiwi Savings Bank", "company_name"),
]))

RECORDS.append(dict(id="en-chat-010", language="en", channel="chat", text="""Larkspur Residences – Leasing chat
Leasing (Brianna): Hi! Thanks for your interest in Unit 3C at The Larkspur. How can I help?
Destiny: Hi, I submitted my application yesterday but it says incomplete. Destiny Alvarez
Leasing (Brianna): Hi Destiny! It looks like the SSN field didn't save. You can type it here, it's encrypted, or call us.
Destiny: ok it's 412-71-0936. DOB 06/19/1993
Leasing (Brianna): Got it. Current address for the landlord reference?
Destiny: 4410 Fredericksburg Rd Apt 212, San Antonio, TX 78201. landlord is Mr. Hollis, (210) 555-0191
Leasing (Brianna): Thanks! And you mentioned a pet?
Destiny: yes my dog Murphy, 35 lbs, lab mix
Leasing (Brianna): Perfect, that's under our 50 lb limit. Pet rent is $35/month on top of $1,895/month. Application fee $55 is paid. We'll send the lease to your email.
Destiny: destiny.alvarez93@yahoo.com, phone (210) 555-0157. thanks Brianna!""",
planted=[
    P("Brianna", "name", ["Brianna"]),
    P("Destiny Alvarez", "name", ["Destiny", "Alvarez"]),
    P("412-71-0936", "national_id"),
    P("06/19/1993", "birth_date"),
    P("4410 Fredericksburg Rd Apt 212, San Antonio, TX 78201", "address", ["4410 Fredericksburg Rd Apt 212", "78201"]),
    P("Mr. Hollis", "name", ["Hollis"]),
    P("(210) 555-0191", "phone"),
    P("destiny.alvarez93@yahoo.com", "email", ["destiny.alvarez93@yahoo.com", "destiny.alvarez93"]),
    P("(210) 555-0157", "phone"),
],
lookalikes=[
    L("Unit 3C", "unit"),
    L("The Larkspur", "property_name"),
    L("Murphy", "pet_name"),
    L("35 lbs", "weight"),
    L("50 lb", "weight"),
    L("$35/month", "price"),
    L("$1,895/month", "price"),
    L("$55", "amount"),
]))
