from _common import R, N, E, P, L

RECORDS = []

RECORDS += [
R("en-chat-001", """
Chat with Hollis & Hart
Leanne (Hollis & Hart): Hi, you're chatting with Leanne 😊 How can I help?
Customer: hiya my order hasnt come and its been a week!! order no HH-55829-UK
Leanne (Hollis & Hart): So sorry about that! Can you confirm the name and postcode on the order?
Customer: Chantelle Okonkwo, M14 5RB
Leanne (Hollis & Hart): Thanks Chantelle. It went out with SwiftDrop, tracking SD4410982267, and it's marked delivered on Tuesday at 13:42, "left in porch".
Customer: i live in a flat theres no porch?? its Flat 9, Maple Court, 31 Wilmslow Rd
Leanne (Hollis & Hart): Ah, the address on the order says 31 Wimslow Road (without the L), that could have confused the driver 🙈
Customer: omg autocorrect. can u resend?
Leanne (Hollis & Hart): I can send a replacement of the Satin Slip Dress in Emerald, size 12, £45.00, to the corrected address. Shall I text the tracking to the mobile on your account?
Customer: yes pls its 07700 900 582. account name is chantelle_xo btw
Leanne (Hollis & Hart): Done! I've also added a £10 goodwill code: SORRY10HH. Your new order is HH-55904-UK.
Customer: ur a star Leanne x. also my email is wrong on there, its chantelle.ok@hotmail.co.uk not chantelle.ok@hotmial.co.uk
Leanne (Hollis & Hart): Updated ✅ Have a lovely day!
""", [
    N("Leanne"),
    N("Chantelle Okonkwo"),
    P("M14 5RB", "postcode"),
    P("Flat 9, Maple Court, 31 Wilmslow Rd", "address", "Maple Court", "31 Wilmslow Rd"),
    P("31 Wimslow Road", "address"),
    P("07700 900 582", "phone"),
    P("chantelle_xo", "username"),
    E("chantelle.ok@hotmail.co.uk"),
    E("chantelle.ok@hotmial.co.uk"),
], [
    L("Hollis & Hart", "company"),
    L("HH-55829-UK", "order_number"),
    L("SwiftDrop", "company"),
    L("SD4410982267", "tracking_number"),
    L("Tuesday at 13:42", "delivery_time"),
    L("Satin Slip Dress in Emerald, size 12", "product"),
    L("£45.00", "price"),
    L("SORRY10HH", "discount_code"),
]),

R("en-chat-002", """
Chat ID 8812-4471 | Started 06/14/2024 7:12 PM CST
Kestrel Fiber Bot: Hi! Before we connect you, please enter your service ZIP code.
You: 60614
Kestrel Fiber Bot: Thanks! Connecting you to an agent...
Rosa M. (Kestrel Fiber): Hi, I'm Rosa. I see you're having trouble with port forwarding?
You: yeah im trying to host a minecraft server and my friends cant connect. whatismyip shows 198.51.100.214 but the router says something different
Rosa M. (Kestrel Fiber): That's because your connection is behind CGNAT, so the router only gets a shared address. I can assign you a static IPv4 for $10/month.
You: ok do it. the account holder is my dad tho, Gregory Lindholm. im Ethan
Rosa M. (Kestrel Fiber): No problem, Ethan, but Gregory needs to authorize the change. I can send an authorization link to the email on file, g.lindholm@sbcglobal.net.
You: yeah send it. his cell is (312) 555-0176 too
Rosa M. (Kestrel Fiber): Sent! Once approved, your static IP will be 203.0.113.77. To set up forwarding, log in to 192.168.0.1 with your Kestrel username glindholm_home.
You: sick. also what service address do u have? we moved inside the building last year
Rosa M. (Kestrel Fiber): I show 2450 N Clark St Apt 7F, Chicago, IL 60614.
You: yep thats right
Rosa M. (Kestrel Fiber): Great! Your ticket is #KF-2024-339218, plan Kestrel Gig 1000. Anything else?
You: nah thx rosa
""", [
    P("60614", "postcode"),
    N("Rosa M.", "rosa"),
    P("198.51.100.214", "ip"),
    N("Gregory Lindholm"),
    N("Ethan"),
    E("g.lindholm@sbcglobal.net"),
    P("(312) 555-0176", "phone"),
    P("203.0.113.77", "ip"),
    P("glindholm_home", "username"),
    P("2450 N Clark St Apt 7F", "address", "2450 N Clark St"),
], [
    L("Chat ID 8812-4471", "chat_id"),
    L("06/14/2024 7:12 PM CST", "timestamp"),
    L("minecraft server", "product"),
    L("CGNAT", "term"),
    L("$10/month", "price"),
    L("192.168.0.1", "private_ip"),
    L("#KF-2024-339218", "ticket_number"),
    L("Kestrel Gig 1000", "product"),
]),

R("en-chat-003", """
Harbour Bank Ireland – Secure Chat
Niamh (Harbour Bank): Hi there, you're chatting with Niamh. How can I help?
Caoimhe Gallagher: hi niamh i want to set up a standing order for my rent but my landlord's IBAN isn't working
Niamh (Harbour Bank): No bother. Can you paste the IBAN and name you're using?
Caoimhe Gallagher: IE96 AIBK 9659 7919 0327 83 - Declan Fitzgerald
Niamh (Harbour Bank): That IBAN is valid. What message do you get?
Caoimhe Gallagher: it says "beneficiary name mismatch". maybe the account is in the name of his company, Corrib Lettings Ltd
Niamh (Harbour Bank): That'll be it – it's the Confirmation of Payee check. You can proceed anyway or ask him to confirm the account name. What amount and date?
Caoimhe Gallagher: €1,450 on the 1st of every month, starting 1 July
Niamh (Harbour Bank): Set up ✅ It will come from your current account IE12 BOFI 9819 0185 6089 44.
Caoimhe Gallagher: perfect. can you also update my address, its now Apartment 14, The Granary, Grand Canal Street Upper, Dublin 4, D04 Y6K2
Niamh (Harbour Bank): Sure. For verification, what's your date of birth?
Caoimhe Gallagher: 03/05/1994
Niamh (Harbour Bank): Thanks Caoimhe. Address updated. A confirmation letter will go to the new address and a text to 085 731 4409.
Caoimhe Gallagher: thank u! oh and my partner Rory wants to be added to the account
Niamh (Harbour Bank): He'll need to book an appointment in a branch with photo ID and proof of address. Reference for today: HB-CH-0061724.
""", [
    N("Niamh", "niamh"),
    N("Caoimhe Gallagher"),
    P("IE96 AIBK 9659 7919 0327 83", "iban"),
    N("Declan Fitzgerald"),
    P("IE12 BOFI 9819 0185 6089 44", "iban"),
    P("Apartment 14, The Granary, Grand Canal Street Upper", "address", "Apartment 14", "The Granary"),
    P("D04 Y6K2", "postcode"),
    P("03/05/1994", "birth_date"),
    P("085 731 4409", "phone"),
    N("Rory"),
], [
    L("Harbour Bank Ireland", "company"),
    L("beneficiary name mismatch", "error_message"),
    L("Corrib Lettings Ltd", "company"),
    L("Confirmation of Payee", "service"),
    L("€1,450", "amount"),
    L("starting 1 July", "start_date"),
    L("HB-CH-0061724", "reference"),
]),

R("en-chat-004", """
Maple Trust Online Chat
Agent Harpreet: Hello! You're chatting with Harpreet from Maple Trust. How can I help?
Client: Hi, I got a letter saying my SIN is missing on my T5 slip and there might be a penalty?
Agent Harpreet: I can fix that for you. What's your SIN?
Client: 749 109 062
Agent Harpreet: Thank you. And your full name and date of birth for verification?
Client: Olivia Marchetti-Singh, 1986-07-22
Agent Harpreet: Thanks, Olivia. Your mailing address on file is 1105-1288 West Georgia Street, Vancouver BC V6E 4N7. Is that current?
Client: yes. also my TFSA contribution of $7,000 from Jan 15 isn't showing
Agent Harpreet: I see it – it was deposited into your chequing account instead (transit 04512). I can move it over. Can you confirm the chequing account number?
Client: 5087214
Agent Harpreet: Done. An amended T5 will be issued within 10 business days. For security, I've sent a one-time code to (604) 555-0138 – please type it here.
Client: 448210
Agent Harpreet: Confirmed. Your reference is MT-78231-C.
Client: thanks! my husband Arjun Singh has the same problem, should he chat too?
Agent Harpreet: Yes, he'll need to contact us himself from his own profile.
""", [
    N("Harpreet"),
    P("749 109 062", "national_id", check="sin"),
    N("Olivia Marchetti-Singh"),
    P("1986-07-22", "birth_date"),
    P("1105-1288 West Georgia Street", "address"),
    P("V6E 4N7", "postcode"),
    P("5087214", "iban", check="none"),
    P("(604) 555-0138", "phone"),
    N("Arjun Singh"),
], [
    L("Maple Trust", "company"),
    L("T5 slip", "document_type"),
    L("$7,000", "amount"),
    L("Jan 15", "date"),
    L("transit 04512", "branch_transit"),
    L("10 business days", "duration"),
    L("448210", "one_time_code"),
    L("MT-78231-C", "reference"),
]),

R("en-chat-005", """
WhatsApp chat with Sam Adeyemi (+44 7700 900 921)
[14/06/2024, 09:12] Redbrick Lettings: Morning Sam, it's Jade from Redbrick Lettings. The plumber's booked for tomorrow 8-12 for the boiler at 14B Victoria Road.
[14/06/2024, 09:20] Sam Adeyemi: morning jade. tomorrow's fine but i'm at work, my housemate Kofi can let him in
[14/06/2024, 09:21] Redbrick Lettings: No problem. Can you send Kofi's number so the plumber can call ahead?
[14/06/2024, 09:25] Sam Adeyemi: 07700 900 163. the boiler's a Worcester Greenstar 30i and the pressure keeps dropping to 0.5 bar
[14/06/2024, 09:27] Redbrick Lettings: Thanks. The plumber is Dave Hartley from Avon Heating Services.
[14/06/2024, 09:40] Sam Adeyemi: cool. btw our deposit is protected right? £1,350. my mum Folake is our guarantor and she asked
[14/06/2024, 09:42] Redbrick Lettings: Yes, it's with the DPS, certificate DPS-0098-1147-22.
[14/06/2024, 09:45] Sam Adeyemi: and is the rent going up from july? my standing order comes from acc 63018847
[14/06/2024, 09:47] Redbrick Lettings: Rent stays at £1,150 pcm until the renewal on 1 September. I'll email the renewal to sam.adeyemi91@gmail.com. The tenancy address is 14B Victoria Road, Bristol BS3 4AQ, all correct?
[14/06/2024, 09:48] Sam Adeyemi: yep 👍
""", [
    N("Sam Adeyemi"),
    P("+44 7700 900 921", "phone"),
    N("Jade", "jade"),
    P("14B Victoria Road", "address"),
    N("Kofi"),
    P("07700 900 163", "phone"),
    N("Dave Hartley"),
    N("Folake"),
    P("63018847", "iban", check="none"),
    E("sam.adeyemi91@gmail.com"),
    P("BS3 4AQ", "postcode"),
], [
    L("tomorrow 8-12", "appointment"),
    L("Worcester Greenstar 30i", "product"),
    L("0.5 bar", "measurement"),
    L("Avon Heating Services", "company"),
    L("£1,350", "amount"),
    L("DPS-0098-1147-22", "certificate_number"),
    L("£1,150 pcm", "amount"),
    L("1 September", "date"),
]),
]

RECORDS += [
R("en-chat-006", """
Wattle Air – Live chat
Sienna (Wattle Air): Hi! I'm Sienna. How can I help?
Guest: hey, I need to add passport details to my booking to Bali
Sienna (Wattle Air): Happy to help! What's your booking reference?
Guest: WX4T9B
Sienna (Wattle Air): Thanks! I see 2 passengers on WA 721 Brisbane–Denpasar on 3 Aug. Who's travelling?
Guest: me (Kayla Robinson-Thwaites) and my son Jaxon Robinson, he's 7
Sienna (Wattle Air): Lovely. Please send passport number, expiry and date of birth for each traveller.
Guest: Kayla: PA4821937, exp 14/09/2031, DOB 21/01/1990. Jaxon: PB1073385, exp 02/03/2029, DOB 11/11/2016
Sienna (Wattle Air): All saved ✅ Just a heads up, Indonesia needs at least 6 months passport validity. Would you like to add a mobile for flight updates?
Guest: 0491 570 313
Sienna (Wattle Air): And the home address on the booking is still 19 Wattlebird Cres, Springfield Lakes QLD 4300?
Guest: yep!
Sienna (Wattle Air): Sorted. You each have 23kg checked baggage. Your e-ticket numbers are 812 2410 558812 and 812 2410 558813.
""", [
    N("Sienna"),
    N("Kayla Robinson-Thwaites"),
    N("Jaxon Robinson"),
    P("PA4821937", "national_id", check="none"),
    P("21/01/1990", "birth_date"),
    P("PB1073385", "national_id", check="none"),
    P("11/11/2016", "birth_date"),
    P("0491 570 313", "phone"),
    P("19 Wattlebird Cres", "address"),
    P("4300", "postcode"),
], [
    L("WX4T9B", "booking_reference"),
    L("WA 721", "flight_number"),
    L("Brisbane–Denpasar", "route"),
    L("3 Aug", "flight_date"),
    L("exp 14/09/2031", "expiry_date"),
    L("exp 02/03/2029", "expiry_date"),
    L("6 months", "duration"),
    L("812 2410 558812", "ticket_number"),
    L("812 2410 558813", "ticket_number"),
]),

R("en-chat-007", """
[2024/06/12, 15:03] Ubuntu Mobile: Sawubona! 👋 You're chatting to Ubuntu Mobile. Reply 1 for RICA, 2 for billing.
[2024/06/12, 15:04] +27 83 291 6604: 1
[2024/06/12, 15:04] Ubuntu Mobile: To RICA your SIM please send your full name, ID number and residential address.
[2024/06/12, 15:07] +27 83 291 6604: Sipho Mahlangu, 9005146779087, Unit 12 Jacana Court, 45 Louis Botha Avenue, Orange Grove, Johannesburg 2192
[2024/06/12, 15:10] Ubuntu Mobile: Thanks Sipho, I'm Lerato 🙂 The photo of your ID is blurry, please resend it.
[2024/06/12, 15:12] +27 83 291 6604: ok sent. also the other SIM is for my gogo, Nomvula Mahlangu, can i do it in her name? her ID is 5207230107084
[2024/06/12, 15:14] Ubuntu Mobile: For a SIM in her name she must RICA herself with her own ID and proof of address.
[2024/06/12, 15:15] +27 83 291 6604: eish ok. she stays at 7781 Mokoena Street, Orlando West 1804, is there a store near?
[2024/06/12, 15:17] Ubuntu Mobile: She can visit any Ubuntu store with her ID. Your own SIM is RICA'd ✅ and active. Your Ubuntu Max 2GB bundle is R149. Ref: RICA-ZA-5530918
""", [
    P("+27 83 291 6604", "phone"),
    N("Sipho Mahlangu"),
    P("9005146779087", "national_id", check="said"),
    P("Unit 12 Jacana Court, 45 Louis Botha Avenue", "address", "Jacana Court", "45 Louis Botha Avenue"),
    P("2192", "postcode"),
    N("Lerato"),
    N("Nomvula Mahlangu"),
    P("5207230107084", "national_id", check="said"),
    P("7781 Mokoena Street", "address"),
    P("1804", "postcode"),
], [
    L("Reply 1 for RICA, 2 for billing", "menu_text"),
    L("Ubuntu Mobile", "company"),
    L("[2024/06/12, 15:14]", "timestamp"),
    L("Ubuntu Max 2GB", "product"),
    L("R149", "price"),
    L("RICA-ZA-5530918", "reference"),
]),

R("en-chat-008", """
Wakefield Borough Council — Council Tax web chat
Officer (Ravi): Hello, you're chatting with Ravi from Council Tax. How can I help?
Resident: hi, I've just become a single occupant, my husband moved out. can I get the 25% discount
Officer (Ravi): Yes, you can apply for Single Person Discount. Can I take your council tax account number and the property address?
Resident: account 70412893, address 58 Ferndale Road, Wakefield, WF2 9HP
Officer (Ravi): Thanks. And your full name?
Resident: Lorraine McAllister
Officer (Ravi): And the date your husband moved out, his name and his forwarding address?
Resident: 1 June. Gary McAllister, he's at 3 Orchard Mews, Castleford WF10 4PL
Officer (Ravi): Thank you. You may also qualify for Council Tax Reduction if your income has dropped. For that I need your National Insurance number.
Resident: JT 48 29 61 B
Officer (Ravi): Thanks. Your revised bill is £1,236.48 for the year, 10 instalments of £123.65. Would you like to pay by Direct Debit?
Resident: yes please, sort code 30-94-57 account 01288473
Officer (Ravi): Set up. Where shall I email the confirmation?
Resident: lorraine.mca@gmail.com
Officer (Ravi): Thanks Lorraine. Your reference is CTX/24/55019.
""", [
    N("Ravi"),
    P("58 Ferndale Road", "address"),
    P("WF2 9HP", "postcode"),
    N("Lorraine McAllister"),
    N("Gary McAllister"),
    P("3 Orchard Mews", "address"),
    P("WF10 4PL", "postcode"),
    P("JT 48 29 61 B", "national_id", check="ni"),
    P("01288473", "iban", check="none"),
    E("lorraine.mca@gmail.com"),
], [
    L("Wakefield Borough Council", "organisation"),
    L("25%", "percentage"),
    L("Single Person Discount", "product"),
    L("70412893", "council_tax_account"),
    L("£1,236.48", "amount"),
    L("10 instalments of £123.65", "amount"),
    L("30-94-57", "sort_code"),
    L("CTX/24/55019", "reference"),
]),

R("en-chat-009", """
ShopLoop Seller Support | Case #SL-4471908
Kendra (Support): Hi there! I'm Kendra with ShopLoop Seller Support. What's going on?
vintagevinyl_tx: buyer is claiming item not received but tracking says delivered. buyer username is mr_grooves_88
Kendra (Support): Sorry about that! What's the order number?
vintagevinyl_tx: 7741-2209-5531
Kendra (Support): Found it. USPS tracking 9400 1118 9922 3344 5566 77 shows delivered 6/10 at 2:14 PM in ZIP 78704.
vintagevinyl_tx: exactly. it went to 4105 S Congress Ave Unit 212, Austin TX, buyer name Trevor Haskins
Kendra (Support): Thanks. Because you uploaded valid tracking within your handling time, you're covered by Seller Protection. The $186.40 hold will be released within 48 hours.
vintagevinyl_tx: great. also someone tried to log into my account from 203.0.113.19 last night. not me
Kendra (Support): I've signed out all sessions. Please turn on 2FA. Is your payout email still carla.mendez.records@gmail.com?
vintagevinyl_tx: yes. and my phone for 2FA is (512) 555-0193
Kendra (Support): All set, Carla! Anything else?
vintagevinyl_tx: nope ty
""", [
    N("Kendra"),
    P("vintagevinyl_tx", "username"),
    P("mr_grooves_88", "username"),
    P("78704", "postcode"),
    P("4105 S Congress Ave Unit 212", "address", "4105 S Congress Ave"),
    N("Trevor Haskins"),
    P("203.0.113.19", "ip"),
    E("carla.mendez.records@gmail.com"),
    P("(512) 555-0193", "phone"),
    N("Carla"),
], [
    L("#SL-4471908", "case_number"),
    L("7741-2209-5531", "order_number"),
    L("9400 1118 9922 3344 5566 77", "tracking_number"),
    L("6/10 at 2:14 PM", "delivery_time"),
    L("Seller Protection", "product"),
    L("$186.40", "amount"),
    L("48 hours", "duration"),
    L("2FA", "term"),
]),

R("en-chat-010", """
Tui Energy – chat
Tama (Tui Energy): Kia ora! Tama here. What can I do for you?
Customer: hi, we're moving into a new place on 1 July and want to set up power
Tama (Tui Energy): Sweet as. What's the address?
Customer: 7A Puriri Street, Whanganui 4500
Tama (Tui Energy): Got it. The ICP for that address is 0001439281UN4B7 and there's a smart meter ✅ Which plan? Our Everyday Low User plan is 19.8c/kWh plus 60c daily.
Customer: low user pls. names on the account: Ngaio Parata and Ben Hollis
Tama (Tui Energy): Can I get a date of birth and ID for the main account holder? A driver licence works.
Customer: Ngaio, 02/09/1985, licence DK482913 version 451
Tama (Tui Energy): Thanks! Billing email and mobile?
Customer: ngaio.parata@gmail.com, 021 733 0458
Tama (Tui Energy): And your previous address for the credit check?
Customer: 23 Seaview Road, Paraparaumu 5032
Tama (Tui Energy): All done. Your account number is 88-201-4471 and the first bill comes on 1 August. Want to pay by direct debit?
Customer: yes, from 06-0501-0844297-00
Tama (Tui Energy): Perfect, all set up. Welcome to Tui!
""", [
    N("Tama"),
    P("7A Puriri Street", "address"),
    P("4500", "postcode"),
    N("Ngaio Parata"),
    N("Ben Hollis"),
    P("02/09/1985", "birth_date"),
    P("DK482913", "national_id", check="none"),
    E("ngaio.parata@gmail.com"),
    P("021 733 0458", "phone"),
    P("23 Seaview Road", "address"),
    P("5032", "postcode"),
    P("06-0501-0844297-00", "iban", check="none"),
], [
    L("on 1 July", "moving_date"),
    L("0001439281UN4B7", "icp_number"),
    L("Everyday Low User", "product"),
    L("19.8c/kWh plus 60c daily", "price"),
    L("version 451", "licence_version"),
    L("88-201-4471", "account_number"),
    L("1 August", "billing_date"),
]),
]
