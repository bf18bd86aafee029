from schema import P, L, R

RECORDS = [
R("en-chat-001", """
    Max (virtual assistant): Hi there! I'm Max 🤖 How can I help today?
    You: where is my order
    Max (virtual assistant): I can help with that! Please enter your order number.
    You: HX-20240315-8812
    Max (virtual assistant): Thanks! Your order was dispatched on 15/03 with ParcelDash. Would you like to talk to a member of our team?
    You: yes its been 10 days
    Max (virtual assistant): Connecting you to a team member... ⏳
    Aisha: Hi, this is Aisha from Homely Living. I can see the parcel was returned as undeliverable because the address was incomplete. Can you confirm the full address?
    You: Flat 7, Kingfisher Court, 41 Riverside Drive, Norwich NR1 1SQ
    Aisha: Thank you! The flat number was missing. Whose name is the order under?
    You: its under my girlfriends name, Zoe Harrington
    Aisha: Thanks. And the email on the account?
    You: zoe.harrington@example.com
    Aisha: Perfect. I've re-sent it, arriving 27 March: 1 x Ivy table lamp and 2 x Florence cushions. As an apology here's 10% off your next order: SORRY10
    You: thanks. can the courier call me when hes outside 07700 900 145 my names Tom btw
    Aisha: Of course, Tom! I've added that to the delivery note.
    You: also i paid with my card 4485 2620 5682 5831 can you check it wasnt charged twice
    Aisha: Please don't share full card numbers in chat 🙏 I can confirm there was only one charge of £64.98.
    You: ok cool. if no one answers her mum Linda is usually home
    Aisha: Noted! Have a lovely day 😊
    """,
    [P("Aisha", "name"),
     P("Flat 7, Kingfisher Court, 41 Riverside Drive, Norwich NR1 1SQ", "address",
       mns=["41 Riverside Drive", "NR1 1SQ", "Flat 7, Kingfisher Court"]),
     P("Zoe Harrington", "name"),
     P("zoe.harrington@example.com", "email"),
     P("07700 900 145", "phone"),
     P("Tom", "name"),
     P("4485 2620 5682 5831", "card", scheme="card"),
     P("Linda", "name")],
    [L("Max", "chatbot_name"), L("HX-20240315-8812", "order_number"), L("10 days", "duration"),
     L("27 March", "date"), L("Ivy table lamp", "product_first_name"), L("Florence cushions", "product_first_name"),
     L("SORRY10", "discount_code"), L("£64.98", "price")]),

R("en-chat-002", """
    [1/14/24, 3:02:11 PM] Sunny Keys Rentals: Hi Brandon! This is Kelsey from Sunny Keys Rentals 🌴 Your check-in for 1/19 at Sea Breeze Villas, unit 4B, is confirmed.
    [1/14/24, 3:05:47 PM] Brandon Kessler: Awesome thanks! Quick q, can we add one more guest? My buddy Tyrell is flying in from Denver on Saturday
    [1/14/24, 3:06:30 PM] Sunny Keys Rentals: Sure! Max occupancy is 6 so you're fine. We need full names of all adult guests for the HOA.
    [1/14/24, 3:09:12 PM] Brandon Kessler: Brandon Kessler, Megan Kessler, Tyrell Washington, Chris Ortiz
    [1/14/24, 3:09:50 PM] Sunny Keys Rentals: Thanks! And a photo of the primary guest's driver's license please
    [1/14/24, 3:12:02 PM] Brandon Kessler: <attached: IMG_4471.jpg>
    [1/14/24, 3:12:40 PM] Brandon Kessler: its an Ohio license, number TK412887 in case the pic is blurry
    [1/14/24, 3:15:00 PM] Sunny Keys Rentals: Got it 👍 A security deposit of $500 will be held and released after checkout.
    [1/14/24, 3:20:18 PM] Brandon Kessler: Also our flight lands at 11:40pm, AA 1452, is late check-in ok? My cell is 614-555-0129
    [1/14/24, 3:21:00 PM] Sunny Keys Rentals: Yes! The door code will be sent the morning of check-in 🔑
    [1/14/24, 3:25:33 PM] Brandon Kessler: perfect. can you send the receipt to brandon.kessler@example.com, billing address 1290 Maple Ave, Columbus, OH 43215
    [1/14/24, 3:26:02 PM] Sunny Keys Rentals: Done ✅ See you Friday!
    """,
    [P("Kelsey", "name"),
     P("Brandon Kessler", "name"),
     P("Tyrell Washington", "name"),
     P("Megan Kessler", "name"),
     P("Chris Ortiz", "name"),
     P("TK412887", "national_id", scheme="passport"),
     P("614-555-0129", "phone"),
     P("brandon.kessler@example.com", "email"),
     P("1290 Maple Ave, Columbus, OH 43215", "address", mns=["1290 Maple Ave", "43215"])],
    [L("1/14/24, 3:02:11 PM", "timestamp"), L("1/19", "date"), L("$500", "price"), L("AA 1452", "flight_number"),
     L("11:40pm", "time"), L("IMG_4471.jpg", "file_name"), L("unit 4B", "unit")]),

R("en-chat-003", """
    Conversation with Visitor 88213 · CloudNest Support
    Visitor info: Name: Priyanka Shah · Email: pshah@example.org · Account: pshah_dev · IP: 2001:db8:85a3::8a2e:370:7334 · Browser: Firefox 124
    (10:14:02 AM) Priyanka Shah: hey, my API keys stopped working right after I enabled 2FA
    (10:14:40 AM) *** Ben joined the chat ***
    (10:14:55 AM) Ben: Hi Priyanka, Ben here from CloudNest support. Can you confirm your account username?
    (10:15:10 AM) Priyanka Shah: pshah_dev
    (10:16:30 AM) Ben: Thanks. It's not the 2FA: the keys were revoked at 09:58 UTC by a second user on your team, ollie.dev.
    (10:17:02 AM) Priyanka Shah: ugh that's Oliver Grant, my contractor. he was meant to rotate them not delete them
    (10:18:11 AM) Ben: I can restore revoked keys within 24 hours. The revocation came from 198.51.100.142, is that one of yours?
    (10:18:40 AM) Priyanka Shah: nope thats oliver's ip prob, he's working from Lisbon this month
    (10:19:30 AM) Ben: Done ✅ key ID k-4471 restored. You're on the Team plan at $49/month, so you could also give him a read-only role.
    (10:20:00 AM) Priyanka Shah: good idea. can you also make my cofounder Ravi Menon a billing contact? ravi.menon@example.net
    (10:20:45 AM) Ben: Added! Anything else?
    (10:21:00 AM) Priyanka Shah: nope, cheers
    """,
    [P("Priyanka Shah", "name"),
     P("pshah@example.org", "email"),
     P("pshah_dev", "username"),
     P("2001:db8:85a3::8a2e:370:7334", "ip"),
     P("Ben", "name"),
     P("ollie.dev", "username"),
     P("Oliver Grant", "name", extra=["oliver"]),
     P("198.51.100.142", "ip"),
     P("Ravi Menon", "name"),
     P("ravi.menon@example.net", "email")],
    [L("88213", "visitor_id"), L("Firefox 124", "product"), L("09:58 UTC", "time"), L("24 hours", "duration"),
     L("k-4471", "key_id"), L("$49/month", "price"), L("10:14:02 AM", "timestamp")]),

R("en-chat-004", """
    @ironbark.fitness · Instagram · Direct
    jess.m_fit: heyyy is the 6am hiit class on tmrw?
    ironbark.fitness: Hey! Yep 6am HIIT with coach Brodie is on 💪
    jess.m_fit: sweet. also can i freeze my membership for 3 weeks im going to bali 🌴
    ironbark.fitness: Of course! We just need your full name + membership no.
    jess.m_fit: jessica mcallister, IB-20931
    ironbark.fitness: Thanks Jessica! A freeze is $5/week. Should we charge the same card?
    jess.m_fit: nah use my new account bsb 063-019 acc 1188 4402
    ironbark.fitness: Got it. Your DOB for verification?
    jess.m_fit: 12/09/1997
    ironbark.fitness: All done! Freeze from 1 May to 22 May. Also, is your emergency contact still Liam McAllister, 0491 570 110?
    jess.m_fit: yep thats my brother
    ironbark.fitness: Cool. Have an amazing trip! Say hi to Biscuit for us 🐶 lol
    jess.m_fit: haha she's staying w my neighbour Tash while im away
    jess.m_fit: oh and my address changed, 5/18 Ocean Street, Narrabeen NSW 2101
    ironbark.fitness: Updated ✅
    """,
    [P("jess.m_fit", "username"),
     P("Brodie", "name"),
     P("jessica mcallister", "name"),
     P("Jessica", "name"),
     P("063-019 acc 1188 4402", "iban", scheme="au_bsb", norm="063-019 11884402",
       mns=["063-019 acc 1188 4402", "1188 4402"]),
     P("12/09/1997", "birth_date", scheme="birth", norm="1997-09-12"),
     P("Liam McAllister", "name"),
     P("0491 570 110", "phone"),
     P("Tash", "name"),
     P("5/18 Ocean Street, Narrabeen NSW 2101", "address", mns=["5/18 Ocean Street", "2101"])],
    [L("6am", "time"), L("IB-20931", "member_number"), L("$5/week", "price"), L("1 May to 22 May", "date"),
     L("Biscuit", "pet_name"), L("3 weeks", "duration")]),

R("en-chat-005", """
    Webchat transcript | Ref WC-3318-2024 | 08/02/2024
    [08/02/2024 19:41] Customer (authenticated: Niamh Brennan): my card was declined in the shop and the app says blocked??
    [08/02/2024 19:42] Agent Colm: Hi Niamh, I'm Colm. Sorry for the hassle. Your debit card was blocked after a transaction of €640.00 at BIGDEALS-EU at 02:17 last night. Was that you?
    [08/02/2024 19:43] Customer: no!! i was asleep
    [08/02/2024 19:43] Customer: 4916 9636 6421 0998 thats the card
    [08/02/2024 19:44] Agent Colm: Please don't share your card number here. I've reported the transaction as fraud. A new card will go to 7 Ashgrove Lawn, Celbridge, Co. Kildare, W23 F2X8. Is that correct?
    [08/02/2024 19:45] Customer: yes. can u refund the 640 to my other account IE10 AIBK 9775 1620 8392 11
    [08/02/2024 19:46] Agent Colm: The refund will go back to the original account within 3-5 working days. While I have you, our records are missing your PPS number, could you provide it?
    [08/02/2024 19:47] Customer: 2747320D
    [08/02/2024 19:48] Customer: my boyfriend Cathal had his card skimmed last week too, is this the same thing
    [08/02/2024 19:49] Agent Colm: I can't discuss other customers, but he's welcome to contact us.
    [08/02/2024 19:50] Customer: ok. text me when the card is posted 087 933 1204
    [08/02/2024 19:50] Agent Colm: Will do!
    """,
    [P("Niamh Brennan", "name"),
     P("Colm", "name"),
     P("4916 9636 6421 0998", "card", scheme="card"),
     P("7 Ashgrove Lawn, Celbridge, Co. Kildare, W23 F2X8", "address", mns=["7 Ashgrove Lawn", "W23 F2X8"]),
     P("IE10 AIBK 9775 1620 8392 11", "iban", scheme="iban"),
     P("2747320D", "national_id", scheme="ppsn"),
     P("Cathal", "name"),
     P("087 933 1204", "phone")],
    [L("WC-3318-2024", "case_number"), L("€640.00", "price"), L("BIGDEALS-EU", "merchant"), L("02:17", "time"),
     L("3-5 working days", "duration"), L("08/02/2024 19:41", "timestamp")]),

R("en-chat-006", """
    Zizi (virtual assistant): Sawubona! 👋 I'm Zizi, how can I help?
    Customer: my number stopped working this morning and my bank called about a sim swap
    Zizi (virtual assistant): That sounds urgent. Connecting you to a consultant now.
    Lerato (Consultant): Hi, I'm Lerato. I'm sorry to hear that. What's the affected number?
    Customer: 072 318 5560
    Lerato (Consultant): Thank you. To verify, please give your full name and ID number as per RICA.
    Customer: Nomvula Khumalo, 7302193972182
    Lerato (Consultant): Thank you. A SIM swap was done at 06:12 today at a store in Midrand. Did you request it?
    Customer: no!!!
    Lerato (Consultant): I've blocked the new SIM and reversed the swap. You'll need to visit a store with your ID within 24-48 hours to get a new SIM.
    Customer: my husband Sizwe is near the Menlyn store can he go for me
    Lerato (Consultant): He'll need a letter of authority and a certified copy of your ID.
    Customer: ok. my address for RICA is 33 Jacaranda Street, Lynnwood, Pretoria, 0081
    Lerato (Consultant): That matches. Your incident reference is SIMF-20240412-771.
    Customer: pls email the ref to nomvula.k@example.com and cc sizwe.khumalo@example.net
    Lerato (Consultant): Done. Your R399 contract isn't affected.
    """,
    [P("072 318 5560", "phone"),
     P("Nomvula Khumalo", "name"),
     P("7302193972182", "national_id", scheme="sa_id"),
     P("Lerato", "name"),
     P("Sizwe", "name"),
     P("33 Jacaranda Street, Lynnwood, Pretoria, 0081", "address", mns=["33 Jacaranda Street", "0081"]),
     P("nomvula.k@example.com", "email"),
     P("sizwe.khumalo@example.net", "email")],
    [L("Zizi", "chatbot_name"), L("06:12", "time"), L("SIMF-20240412-771", "case_number"), L("R399", "price"),
     L("24-48 hours", "duration")]),

R("en-chat-007", """
    Chat started: 2024-02-06 4:45 PM EST
    Visitor: Hi I'm moving into a new apartment and need to set up hydro
    Agent Marie-Claude: Bonjour/Hi! I can help with that. What's the service address?
    Visitor: 1205-250 Queens Quay W, Toronto ON M5J 2N2
    Agent Marie-Claude: Thanks. Move-in date?
    Visitor: March 1
    Agent Marie-Claude: And the name for the account?
    Visitor: Daniel Okafor. actually put my roommate on it too, Ethan Liu
    Agent Marie-Claude: Both of you will need a credit check or a security deposit of $350 each. For the credit check I need your date of birth; SIN is optional.
    Visitor: mine is Nov 30 1996, SIN 319 395 703. Ethan will call you himself
    Agent Marie-Claude: Thank you Daniel. Phone number?
    Visitor: 416-555-0155
    Agent Marie-Claude: Email for e-billing?
    Visitor: dan.okafor96@example.com
    Agent Marie-Claude: Your account number will be 7720 441 908 and there's a one-time connection fee of $25.00. Would you like pre-authorized payments?
    Visitor: yes from my chequing, 00482-004-5519023
    Agent Marie-Claude: All set! You'll get a confirmation by email.
    """,
    [P("1205-250 Queens Quay W, Toronto ON M5J 2N2", "address", mns=["1205-250 Queens Quay W", "M5J 2N2"]),
     P("Marie-Claude", "name"),
     P("Daniel Okafor", "name"),
     P("Ethan Liu", "name"),
     P("Nov 30 1996", "birth_date", scheme="birth", norm="1996-11-30"),
     P("319 395 703", "national_id", scheme="sin"),
     P("416-555-0155", "phone"),
     P("dan.okafor96@example.com", "email"),
     P("00482-004-5519023", "iban", scheme="ca_account")],
    [L("2024-02-06 4:45 PM EST", "timestamp"), L("March 1", "date"), L("$350", "price"),
     L("7720 441 908", "account_number_utility"), L("$25.00", "price")]),

R("en-chat-008", """
    ParentMail · Message thread · Year 3 Oak

    From: Mrs Hollis (Class Teacher) – 09:12
    Hi Mr Adeyemi, just a reminder that Kemi's reading record hasn't come back since half term.

    From: Tunde Adeyemi – 18:40
    Evening Mrs Hollis, sorry about that, it's in her brother's bag 🙈 Femi is in Year 5 with Mr Dunmore. Also, Kemi has a dentist appointment on Thursday 2pm with Dr Rahman, so she'll be collected at 1:15 by her grandma, Grace Adeyemi.

    From: Mrs Hollis (Class Teacher) – 08:05
    Thanks! Could you confirm Kemi's date of birth for the trip consent form? The system shows 29/02/2016.

    From: Tunde Adeyemi – 08:30
    Yes that's right, she's a leap year baby 😄 Grandma's mobile is 07700 900 512 if you need her. Our new address is 12 Thornbury Road, Bristol BS7 9PN.

    From: Mrs Hollis (Class Teacher) – 08:41
    Updated. The trip to Cadbury World costs £14.50 via ParentPay, by 15 March please.
    """,
    [P("Hollis", "name"),
     P("Tunde Adeyemi", "name"),
     P("Kemi", "name"),
     P("Femi", "name"),
     P("Dunmore", "name"),
     P("Rahman", "name"),
     P("Grace Adeyemi", "name"),
     P("29/02/2016", "birth_date", scheme="birth", norm="2016-02-29"),
     P("07700 900 512", "phone"),
     P("12 Thornbury Road, Bristol BS7 9PN", "address", mns=["12 Thornbury Road", "BS7 9PN"])],
    [L("Year 3 Oak", "class"), L("Thursday 2pm", "time"), L("1:15", "time"),
     L("Cadbury World", "company_named_after_person"), L("£14.50", "price"), L("15 March", "date")]),

R("en-chat-009", """
    Sat 11 May 2024
    Kate (PawsCover) 2:14 pm: Kia ora! Thanks for getting in touch. How can I help?
    Hemi Walker 2:15 pm: hi our cat Mittens got hit by a car last night, she's at the vet now, is she covered?
    Kate (PawsCover) 2:16 pm: Oh no, I'm so sorry 😢 Can I grab your policy number?
    Hemi Walker 2:17 pm: PC-8812-4401
    Kate (PawsCover) 2:18 pm: Thanks Hemi. Mittens is on Accident & Illness with an $8,000 annual limit and $250 excess. Which clinic is she at?
    Hemi Walker 2:19 pm: Vets on Victoria, Dr Anika Rao is treating her
    Kate (PawsCover) 2:20 pm: Great, she can send us the estimate directly. Is the policy address still 44 Totara Street, Mount Maunganui 3116?
    Hemi Walker 2:21 pm: no we moved to 9 Pōhutukawa Place, Papamoa 3118
    Kate (PawsCover) 2:22 pm: Updated! Claims are paid to 38-9012-0445521-00, is that still right?
    Hemi Walker 2:22 pm: yes. my partner Ngaire can also talk to you if im at work, her number is 027 318 4402
    Kate (PawsCover) 2:23 pm: I'll add her as an authorised person, I just need her full name and DOB
    Hemi Walker 2:24 pm: Ngaire Walker-Tane, 3 March 1990
    Kate (PawsCover) 2:25 pm: Done. Also, Rex the dog is due for renewal on 1 June at $42.10/month 🐶
    """,
    [P("Kate", "name"),
     P("Hemi Walker", "name"),
     P("Anika Rao", "name"),
     P("44 Totara Street, Mount Maunganui 3116", "address", mns=["44 Totara Street", "3116"]),
     P("9 Pōhutukawa Place, Papamoa 3118", "address", mns=["9 Pōhutukawa Place", "3118"]),
     P("38-9012-0445521-00", "iban", scheme="nz_account"),
     P("027 318 4402", "phone"),
     P("Ngaire Walker-Tane", "name"),
     P("3 March 1990", "birth_date", scheme="birth", norm="1990-03-03")],
    [L("Mittens", "pet_name"), L("Rex", "pet_name"), L("PC-8812-4401", "policy_number"), L("$8,000", "price"),
     L("$250", "price"), L("1 June", "date"), L("$42.10/month", "price")]),

R("en-chat-010", """
    Tax Help Desk – Chat Transcript (Ticket TH-2024-0930-11812)
    User: ravi_kulkarni87 (logged in) | Session IP 203.0.113.19
    [11:02] Ravi Kulkarni: Namaste, my refund for AY 2023-24 is not credited, status shows "refund failed"
    [11:03] Agent Meenakshi: Namaste sir. Refund failure usually happens when the bank account is not pre-validated. Kindly share your PAN.
    [11:04] Ravi Kulkarni: BQRPK7720M
    [11:05] Agent Meenakshi: Thank you. The refund of ₹18,420 failed because account 50100234418820 is closed.
    [11:06] Ravi Kulkarni: yes that account is closed. new account is 918010044217335, IFSC UTIB0000230
    [11:07] Agent Meenakshi: Please pre-validate the new account in the portal. Also your PAN is not linked with Aadhaar, that is also required.
    [11:08] Ravi Kulkarni: my aadhaar is 8748 1132 5549, can you link it from your side?
    [11:09] Agent Meenakshi: Sorry sir, linking must be done by you under Quick Links. After that the refund is reissued in 7 working days.
    [11:10] Ravi Kulkarni: ok. my wife Sunita Kulkarni also filed separately, her refund is also pending
    [11:11] Agent Meenakshi: I can only discuss your account, she can raise a separate ticket.
    [11:12] Ravi Kulkarni: ok. my mobile is 98220 41736 and email ravi.kulkarni87@example.com if you need
    [11:13] Agent Meenakshi: Noted. Thank you for contacting the help desk.
    """,
    [P("ravi_kulkarni87", "username"),
     P("203.0.113.19", "ip"),
     P("Ravi Kulkarni", "name"),
     P("Meenakshi", "name"),
     P("BQRPK7720M", "national_id", scheme="pan"),
     P("50100234418820", "iban", scheme="in_account"),
     P("918010044217335", "iban", scheme="in_account"),
     P("8748 1132 5549", "national_id", scheme="aadhaar"),
     P("Sunita Kulkarni", "name"),
     P("98220 41736", "phone"),
     P("ravi.kulkarni87@example.com", "email")],
    [L("TH-2024-0930-11812", "ticket_number"), L("AY 2023-24", "date"), L("₹18,420", "price"),
     L("UTIB0000230", "ifsc_code"), L("7 working days", "duration"), L("[11:02]", "timestamp")]),
]
