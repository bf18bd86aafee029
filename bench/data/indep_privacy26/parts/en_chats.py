from _lib import p, rec

RECORDS = [

rec("en-chat-001", """
Transcript - Toybox Direct live chat - 13/03/2024

[18:02] Penny (Virtual Assistant): Hi there 👋 I'm Penny, Toybox Direct's virtual assistant. How can I help today?
[18:02] Customer: my order hasnt arrived and its my daughters birthday on saturday
[18:02] Penny (Virtual Assistant): I'm sorry to hear that! Please enter your order number.
[18:03] Customer: UK-30018845
[18:03] Penny (Virtual Assistant): Thanks! Your order contains: Barbie Dreamhouse (x1). Status: With courier (Evri). Would you like to speak to an agent?
[18:03] Customer: YES
[18:03] Penny (Virtual Assistant): Connecting you to an agent. Estimated wait: 6 minutes.
[18:09] Callum: Hi, you're chatting with Callum. I can see the parcel got stuck at the Evri depot. Can you confirm your name and delivery address?
[18:10] Customer: Hollie Barker, Flat 2, 9 Albion Street, Brighton BN2 9NE
[18:11] Callum: Thanks Hollie. It's not going to make Saturday I'm afraid. I can cancel it and send a new one with next-day DPD, but you'd need to pay the £4.99 upgrade, or I can refund the £64.99.
[18:12] Customer: send a new one. just take the 4.99 off my card its 5143 9575 5131 3735 exp 09/27
[18:13] Callum: Please don't share full card details in chat, I've masked them now 🙂 I'll waive the £4.99 as a goodwill gesture. It'll arrive Friday.
[18:13] Customer: omg thank you!! can the driver text me, 07700 900318. and if im out leave it with Mrs Okoro at number 11
[18:14] Callum: I've added that as a delivery note. Confirmation is going to hollie.barker@example.com, the email on your account. Is that right?
[18:14] Customer: yes thats right
[18:15] Callum: All done. Happy birthday to your little one! 🎉
""", [
    p("Callum", "name"),
    p("Hollie Barker", "name"),
    p("Flat 2, 9 Albion Street, Brighton BN2 9NE", "address", mns=["9 Albion Street", "BN2 9NE"]),
    p("5143 9575 5131 3735", "card", scheme="luhn"),
    p("07700 900318", "phone"),
    p("Okoro", "name"),
    p("hollie.barker@example.com", "email"),
], [
    ("Penny (Virtual Assistant)", "bot_name"), ("UK-30018845", "order_number"), ("Barbie Dreamhouse", "product"),
    ("6 minutes", "duration"), ("£64.99", "price"), ("exp 09/27", "card_expiry"), ("Evri", "company"),
]),

rec("en-chat-002", """
[3/14/24, 8:02:17 AM] Mike's Auto Repair: Morning Tyler, this is Luis from Mike's. Your truck's on the lift now.
[3/14/24, 8:05:40 AM] Tyler Brooks: Great thanks. Plate is 8KJP447 in case you have two silver F-150s lol
[3/14/24, 10:48:02 AM] Mike's Auto Repair: Front brake pads and rotors are worn, and there's a small oil leak from the valve cover gasket. Total would be $689.40 with labor. RO #10447. OK to proceed?
[3/14/24, 10:51:13 AM] Tyler Brooks: ‎image omitted
[3/14/24, 10:51:30 AM] Tyler Brooks: That's more than I thought. Can you just do the brakes today
[3/14/24, 10:53:55 AM] Mike's Auto Repair: Sure, brakes only is $412.15. Ready by 5:30 PM.
[3/14/24, 10:54:21 AM] Tyler Brooks: ok do it. My wife Ashley will pick it up, her cell is (503) 555-0178
[3/14/24, 10:54:58 AM] Tyler Brooks: she'll pay with my card, can you put it on file? Visa 4972 9975 2882 0015
[3/14/24, 11:01:09 AM] Mike's Auto Repair: We can't take card numbers over text, sorry! She can pay at the counter. Mileage in is 92,300 btw, you're due for an oil change at 95k.
[3/14/24, 5:12:44 PM] Mike's Auto Repair: All done Tyler 👍 Invoice is emailed to tbrooks@example.net
[3/14/24, 5:40:03 PM] Tyler Brooks: Ashley's on her way. She's coming from 2214 SE Division St so might be a few min
[3/14/24, 6:02:11 PM] Mike's Auto Repair: She got it, drive safe!
""", [
    p("Luis", "name"),
    p("Tyler Brooks", "name"),
    p("8KJP447", "plate"),
    p("Ashley", "name"),
    p("(503) 555-0178", "phone"),
    p("4972 9975 2882 0015", "card", scheme="luhn"),
    p("tbrooks@example.net", "email"),
    p("2214 SE Division St", "address"),
], [
    ("Mike's Auto Repair", "company"), ("F-150s", "product"), ("$689.40", "price"), ("RO #10447", "repair_order"),
    ("$412.15", "price"), ("5:30 PM", "time"), ("92,300", "odometer"), ("95k", "odometer"),
]),

rec("en-chat-003", """
Jasmine Kaur
hey! can i pause my membership for 6 weeks? going to india for my cousins wedding 🇮🇳
Sent 7:41pm

PulseFit Adelaide
Hey Jasmine! Congrats to your cousin 🎉 Yes you can pause for up to 8 weeks. It's $5 per week while paused instead of $14.95 per week. Can you confirm your DOB and mobile?
Sent 8:03pm

Jasmine Kaur
19/09/2000 and 0438 227 915
Sent 8:04pm

PulseFit Adelaide
Thanks! You're booked into the 12-week challenge with Coach Ryan though, that'll be forfeited if you pause. Still want to go ahead?
Sent 8:06pm

Jasmine Kaur
ugh yes. can my sister Simran take my spot? she'll pay
Sent 8:06pm

PulseFit Adelaide
She can! She'll just need to sign up at the front desk. Also, your direct debit bounced last week, do you want to pay the $29.90 now?
Sent 8:09pm

Jasmine Kaur
oh no sorry. just use this card 4826 3304 3483 9549 exp 11/26
Sent 8:10pm

PulseFit Adelaide
Got it, payment done ✅ and we've deleted the card number from this chat. Is your address still 5/88 Hindley Street, Adelaide SA 5000 for the pause letter?
Sent 8:14pm

Jasmine Kaur
yes. and email is jas.kaur00@example.com
Sent 8:14pm

PulseFit Adelaide
Perfect. Enjoy the wedding, and the Les Mills BODYPUMP class will be waiting for you 💪 ~Tash
Sent 8:16pm
""", [
    p("Jasmine Kaur", "name"),
    p("19/09/2000", "birth_date"),
    p("0438 227 915", "phone"),
    p("Ryan", "name"),
    p("Simran", "name"),
    p("4826 3304 3483 9549", "card", scheme="luhn"),
    p("5/88 Hindley Street, Adelaide SA 5000", "address", mns=["5/88 Hindley Street", "5000"]),
    p("jas.kaur00@example.com", "email"),
    p("Tash", "name"),
], [
    ("6 weeks", "duration"), ("$14.95 per week", "price"), ("12-week challenge", "product"), ("$29.90", "price"),
    ("Les Mills BODYPUMP", "product"), ("exp 11/26", "card_expiry"), ("PulseFit Adelaide", "company"),
]),

rec("en-chat-004", """
==== Emerald Hosting - Support chat ====
Account: efitz_design   (client #20-77140)
Session IP: 198.51.100.142
Started: 09/03/2024 16:20 GMT

16:20 efitz_design: hi, SSL cert on my site expired and Chrome is showing a big red warning
16:21 Emerald Bot: Thanks! A human will be with you shortly. Average wait: 4 minutes.
16:24 Aoife (Emerald): Hi Eoin, Aoife here. I see the Let's Encrypt certificate on fitzgerald-design.example.com failed to renew on 02/03. The DNS A record points to 203.0.113.9, but your server is 203.0.113.12 now since the migration.
16:26 efitz_design: ah that's the migration Conor did last month. can you fix the DNS?
16:27 Aoife (Emerald): I can, but for DNS changes I need to verify the account holder. Full name, and the address on the account?
16:28 efitz_design: Eoin Fitzgerald, 4 Shandon Court, Blackpool, Cork T23 F6P2
16:29 Aoife (Emerald): Thanks Eoin. DNS updated, cert will reissue within 30 minutes. Also, your direct debit of €19.99/month failed this month, we have IE36 BOFI 9744 8464 7754 90 on file. Has that account changed?
16:31 efitz_design: yes, new one is IE71 IPBS 9569 4239 3731 19
16:32 Aoife (Emerald): Updated. Anything else?
16:33 efitz_design: can you add conor as a technical contact? conor.byrne@example.net, 086 440 1927
16:35 Aoife (Emerald): Done, Conor Byrne added with cPanel access. Ticket #IE-90214 is closed. Have a good weekend!
""", [
    p("efitz_design", "username"),
    p("198.51.100.142", "ip"),
    p("Aoife", "name"),
    p("Eoin Fitzgerald", "name"),
    p("203.0.113.9", "ip"),
    p("203.0.113.12", "ip"),
    p("Conor Byrne", "name", add=["conor"]),
    p("4 Shandon Court, Blackpool, Cork T23 F6P2", "address", mns=["4 Shandon Court", "T23 F6P2"]),
    p("IE36 BOFI 9744 8464 7754 90", "iban", scheme="iban"),
    p("IE71 IPBS 9569 4239 3731 19", "iban", scheme="iban"),
    p("conor.byrne@example.net", "email"),
    p("086 440 1927", "phone"),
], [
    ("client #20-77140", "customer_number"), ("Emerald Bot", "bot_name"), ("Let's Encrypt", "product"),
    ("30 minutes", "duration"), ("€19.99/month", "price"), ("Ticket #IE-90214", "ticket_number"), ("cPanel", "product"),
]),

rec("en-chat-005", """
Maple Leaf Bank · Secure Messaging · Conversation #7HJ-22041

Nathan Chow · Mar 12, 2024 9:14 PM
Hi, I still haven't received my T5 slip for 2023. My accountant needs it by Friday. Also my SIN on the old slip was wrong, it should be 610 860 603.

Maple Leaf Bank · Mélanie · Mar 13, 2024 8:32 AM
Good morning Nathan, thank you for your message. I've corrected your SIN on file. The T5 for tax year 2023 shows $1,284.66 in interest from your high-interest savings account. I can reissue it to your online banking documents today.

Nathan Chow · Mar 13, 2024 8:40 AM
Great, thanks. Also I want to move $6,500 into my TFSA. Can you link my external account? It's at another bank: transit 00120, institution 004, account 5012345.

Maple Leaf Bank · Mélanie · Mar 13, 2024 8:47 AM
For security I'll need to confirm a few details: your date of birth and current address, please.

Nathan Chow · Mar 13, 2024 8:50 AM
May 2, 1991. 1502-1188 Richards St, Vancouver, BC V6B 3E6

Maple Leaf Bank · Mélanie · Mar 13, 2024 9:05 AM
Thank you. The external account is linked; a micro-deposit will appear within 2 business days. Your accountant, is that Grace Liu? She's listed as a third-party contact.

Nathan Chow · Mar 13, 2024 9:06 AM
Yes, Grace. You can send the T5 to her too, grace.liu.cpa@example.com. My phone if needed 604-555-0156.
""", [
    p("Nathan Chow", "name"),
    p("610 860 603", "national_id", scheme="sin"),
    p("Mélanie", "name"),
    p("transit 00120, institution 004, account 5012345", "iban", mns=["5012345", "transit 00120"]),
    p("May 2, 1991", "birth_date"),
    p("1502-1188 Richards St, Vancouver, BC V6B 3E6", "address", mns=["1502-1188 Richards St", "V6B 3E6"]),
    p("Grace Liu", "name"),
    p("grace.liu.cpa@example.com", "email"),
    p("604-555-0156", "phone"),
], [
    ("#7HJ-22041", "case_number"), ("T5 slip", "document"), ("$1,284.66", "price"), ("$6,500", "price"),
    ("TFSA", "product"), ("2 business days", "duration"), ("tax year 2023", "date"),
]),

rec("en-chat-006", """
Paws & Claws Pet Insurance NZ — Live chat — 21 Feb 2024

Visitor: hi there, our dog Milo had surgery last week and I want to claim
Kiri (Paws & Claws): Kia ora! I'm Kiri, happy to help. What's your policy number?
Visitor: PC-4410983
Kiri (Paws & Claws): Thanks. Am I speaking with Hamish Robertson?
Visitor: yes
Kiri (Paws & Claws): And Milo is the 4 year old cavoodle? What was the surgery for?
Visitor: he swallowed a corn cob 🙄 the vet, Dr Sarah McKenzie at Bays Vet Clinic, had to remove it. total bill was $3,870
Kiri (Paws & Claws): Oh no, poor Milo! Good news, foreign body removal is covered. Your excess is $250 so we'd pay $3,620. I'll request the clinical notes from Dr McKenzie.
Visitor: great. pay it into 12-3140-0123456-00 please
Kiri (Paws & Claws): No problem. Can I confirm your address as 17 Kowhai Road, Mairangi Bay, Auckland 0630?
Visitor: yep
Kiri (Paws & Claws): And your phone, 027 441 8802?
Visitor: that's my wife Fiona's phone actually. mine is 021 660 3194
Kiri (Paws & Claws): Updated! You'll get an email to hamish.robertson@example.com once the claim's approved, usually within 5 working days. Give Milo a pat from us 🐾
""", [
    p("Kiri", "name"),
    p("Hamish Robertson", "name"),
    p("Sarah McKenzie", "name"),
    p("12-3140-0123456-00", "iban"),
    p("17 Kowhai Road, Mairangi Bay, Auckland 0630", "address", mns=["17 Kowhai Road", "0630"]),
    p("027 441 8802", "phone"),
    p("Fiona", "name"),
    p("021 660 3194", "phone"),
    p("hamish.robertson@example.com", "email"),
], [
    ("Milo", "pet_name"), ("PC-4410983", "policy_number"), ("$3,870", "price"), ("$250", "price"),
    ("$3,620", "price"), ("Bays Vet Clinic", "company"), ("5 working days", "duration"),
]),

rec("en-chat-007", """
ClassConnect | St Aidan's C of E Primary | Messages
Signed in as: nhughes82 (Parent/Carer)

From: Natalie Hughes
To: Mr Adeyemi (Year 4 - Willow Class)
Sent: Mon 11 Mar 2024, 07:22
Subject: Poppy - trip & medication

Hi Mr Adeyemi,
Poppy won't be in today, she has a temperature. Could you let me know what she misses?
Also, for the trip to Chester Zoo on 21 June, I've paid the £18.50 on ParentPay but the form asks for her date of birth and I put 31/06/2015 by mistake, it should be 13/06/2015.
She'll need her inhaler on the trip. Her grandad, Keith Morley, will pick her up afterwards, his number is 07700 900556.
Thanks,
Natalie

-----
From: Mr Adeyemi (Year 4 - Willow Class)
Sent: Mon 11 Mar 2024, 08:51

Dear Ms Hughes,
Thank you for letting me know, I hope Poppy feels better soon. I've corrected the date of birth. I'll pass the inhaler information to Mrs Clarke, our SENCo, so it's added to her care plan.
Please note pick-up is at 3:15pm from the school gates. Keith Morley will need to show ID as he's not yet on the collection list.
Kind regards,
Femi Adeyemi
""", [
    p("nhughes82", "username"),
    p("Natalie Hughes", "name"),
    p("Femi Adeyemi", "name", add=["Adeyemi"]),
    p("Poppy", "name"),
    p("31/06/2015", "birth_date"),
    p("13/06/2015", "birth_date"),
    p("Keith Morley", "name"),
    p("07700 900556", "phone"),
    p("Clarke", "name"),
], [
    ("Year 4 - Willow Class", "class"), ("Chester Zoo", "place"), ("21 June", "date"), ("£18.50", "price"),
    ("ParentPay", "product"), ("3:15pm", "time"), ("Mon 11 Mar 2024, 08:51", "timestamp"),
]),

rec("en-chat-008", """
JioNext Support Chat | 15-03-2024

JioNext Assistant: Namaste! I'm Ira, your virtual assistant. Please choose: 1) Recharge 2) SIM / KYC 3) Talk to agent
User: 3
JioNext Assistant: Connecting you to an agent. Your SR no. is 1-88721340.
Ananya (Agent): Hello, this is Ananya. How may I help you?
User: hi, my sim got blocked saying kyc incomplete. number is 98220 45117
Ananya (Agent): I'm sorry for the trouble. May I know the name on the connection?
User: Priyanka Sharma
Ananya (Agent): Thank you ma'am. For e-KYC please share your Aadhaar number.
User: 3255 8661 9889
Ananya (Agent): Thank you. The address in Aadhaar is Flat B-702, Ganga Platinum, Kharadi, Pune 411014, but your connection address is in Wakad. Which one is current?
User: kharadi is current. wakad was my brothers flat, Rohit Sharma, he had the connection before me
Ananya (Agent): Understood. The connection is still in Rohit's name, so we need a transfer of ownership. Rohit must send consent from his registered number.
User: his number is +91 98765 10432. also my email is priyanka.s@example.com
Ananya (Agent): I've sent him an SMS link. Once he approves, your ₹599 plan with 2GB/day for 84 days will be restored within 24 hours. 5G will also be activated.
User: ok thanks
""", [
    p("Ananya", "name"),
    p("98220 45117", "phone"),
    p("Priyanka Sharma", "name"),
    p("3255 8661 9889", "national_id", scheme="aadhaar"),
    p("Flat B-702, Ganga Platinum, Kharadi, Pune 411014", "address", mns=["Flat B-702, Ganga Platinum", "411014"]),
    p("Rohit Sharma", "name", add=["Rohit"]),
    p("+91 98765 10432", "phone"),
    p("priyanka.s@example.com", "email"),
], [
    ("Ira, your virtual assistant", "bot_name"), ("SR no. is 1-88721340", "ticket_number"), ("₹599 plan", "price"),
    ("2GB/day", "quantity"), ("84 days", "duration"), ("24 hours", "duration"), ("5G", "product"),
]),

rec("en-chat-009", """
Instagram · Messages · @kasi.threads.ct

naledi.dlamini_
hi!! the Thandi dress in size 6, is it still available? 😍
10:14

kasi.threads.ct
Hey lovely! Yes we have 2 left in size 6 💛 It's R450 + R95 delivery with The Courier Guy. Want one?
10:31

naledi.dlamini_
yes please! Naledi Dlamini, Unit 7, 45 Bree Street, Cape Town, 8001. my number is 071 555 0192
10:33

kasi.threads.ct
Perfect. You can EFT to our account and send proof of payment here. Once paid we'll ship same day. Order #CT-2291 ~ Kea
10:35

naledi.dlamini_
paid! from my capitec account 1470012345. ref is my name
10:52

naledi.dlamini_
also can you gift wrap it? it's for my mom Nomsa's birthday, her bday is 2 April
10:53

kasi.threads.ct
Received, thank you! Gift wrap is free 🎁 We'll email the waybill to you, what's your email?
11:04

naledi.dlamini_
ndlamini.ct@example.com
11:05
""", [
    p("naledi.dlamini_", "username"),
    p("Naledi Dlamini", "name"),
    p("Unit 7, 45 Bree Street, Cape Town, 8001", "address", mns=["45 Bree Street", "8001"]),
    p("071 555 0192", "phone"),
    p("Kea", "name"),
    p("1470012345", "iban"),
    p("Nomsa", "name"),
    p("ndlamini.ct@example.com", "email"),
], [
    ("Thandi dress", "product"), ("size 6", "quantity"), ("R450", "price"), ("R95 delivery", "price"),
    ("The Courier Guy", "company"), ("Order #CT-2291", "order_number"), ("2 April", "date"),
]),

rec("en-chat-010", """
Skyward Travel — Web chat transcript
Date: 2024-03-18 | Channel: Manage my booking | Booking ref: QX7LMB

14:01 Agent Marcus: Hi, you're chatting with Marcus from Skyward Travel. How can I help?
14:02 Rebecca Stein: Hi Marcus, we're flying JFK to London Heathrow on April 6 and I just noticed my son's name is misspelled. It says NOA STEIN but it should be NOAH.
14:03 Agent Marcus: I can fix that. A minor correction of up to 3 letters is free. Can you confirm his date of birth and passport number?
14:04 Rebecca Stein: Noah Stein, DOB 08/22/2013, passport 567812349
14:06 Agent Marcus: Thank you. Updated to NOAH STEIN. I can also see Ava Stein and yourself on the booking. Are your passport details still current?
14:07 Rebecca Stein: mine's renewed, new number is 642018753. Ava's is fine
14:08 Agent Marcus: Updated. Your seats are 32A, 32B and 32C, and you have 2 checked bags of 23 kg each. Is your frequent flyer number SW 882 104 557 still correct?
14:09 Rebecca Stein: yes. and can you add my husband David as an emergency contact? (917) 555-0163
14:10 Agent Marcus: Done. The updated e-ticket will be sent to rebecca.stein@example.org. Have a great trip!
""", [
    p("Marcus", "name"),
    p("Rebecca Stein", "name"),
    p("NOA STEIN", "name", mns=["NOA STEIN", "STEIN"]),
    p("NOAH", "name"),
    p("Noah Stein", "name"),
    p("08/22/2013", "birth_date"),
    p("567812349", "national_id"),
    p("Ava Stein", "name"),
    p("642018753", "national_id"),
    p("David", "name"),
    p("(917) 555-0163", "phone"),
    p("rebecca.stein@example.org", "email"),
], [
    ("QX7LMB", "booking_reference"), ("April 6", "date"), ("3 letters", "quantity"), ("32A, 32B and 32C", "seat"),
    ("2 checked bags of 23 kg each", "quantity"), ("SW 882 104 557", "frequent_flyer_number"), ("JFK", "airport"),
]),
]
