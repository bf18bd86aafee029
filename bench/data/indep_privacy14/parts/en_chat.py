import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import N, E, P, L, R  # noqa: E402

RECORDS = []

# 001 UK homeware web shop: bot hands over to an agent, customer pastes card number
RECORDS.append(R("en-chat-001", """Ava (virtual assistant): Hi there! I'm Ava, Brightside Home's virtual assistant 🤖 What can I help you with today?
You: kettle arrived broken
Ava (virtual assistant): Sorry to hear that! Can you type your order number? It starts with BH.
You: BH-4471203
Ava (virtual assistant): Thanks! I'm passing you to one of the team now. Current wait: about 2 minutes.
Niamh joined the chat
Niamh: Hiya, Niamh here 👋 I can see a Morphy Richards kettle and a 4-slice toaster on that order. What's happened to the kettle?
You: the handle is cracked right through, looks like it was dropped in transit
Niamh: Oh no, sorry about that. Can I take your full name and postcode to confirm the order?
You: Gareth Lloyd, CF24 4QJ
Niamh: Thanks Gareth. I can send a replacement or refund the £39.99 — which would you prefer?
You: refund please. the card I paid with has been cancelled tho, can you put it on this one 4303 1372 4091 8496
Niamh: Please don't post card details in chat — I've masked that message for your security. Refunds can only go back to the original card, but your bank will pass it on to your new card automatically.
You: oh ok fair enough
Niamh: The courier will collect the kettle on Thursday from 18 Bangor Street. Is that right?
You: yes. if I'm out leave it with my neighbour at 20, Mrs Pritchard
Niamh: Will do. Your returns number is RT-88213. We'll email gareth.lloyd@example.com once the refund's processed, usually 3-5 working days. And we'll text 07700 900254 when the driver's on the way.
You: cheers""", [
    N("Niamh"),
    N("Gareth Lloyd"),
    P("CF24 4QJ", "postcode"),
    P("4303 1372 4091 8496", "card", check="luhn"),
    P("18 Bangor Street", "address"),
    N("Pritchard"),
    E("gareth.lloyd@example.com"),
    P("07700 900254", "phone", check="ofcom"),
], [
    L("Ava", "bot_name"),
    L("Brightside Home", "company"),
    L("BH-4471203", "order_number"),
    L("about 2 minutes", "duration"),
    L("Morphy Richards kettle", "product"),
    L("£39.99", "price"),
    L("Thursday", "date"),
    L("RT-88213", "reference_number"),
    L("3-5 working days", "duration"),
]))

# 002 US dental office WhatsApp export (iOS format), customer saved by name
RECORDS.append(R("en-chat-002", """[3/12/24, 9:14:07 AM] Lakeview Family Dental: Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
[3/12/24, 9:14:07 AM] Ashley Romero: Hi! I need to book a cleaning for my son and a crown follow-up for me
[3/12/24, 9:16:42 AM] Lakeview Family Dental: Hi Ashley! Happy to help 😊 Can you send both patients' full names and dates of birth?
[3/12/24, 9:18:10 AM] Ashley Romero: Ashley Romero 07/22/1988 and Ethan Romero 01/15/2016
[3/12/24, 9:20:31 AM] Lakeview Family Dental: Thank you! Dr. Patel has openings Thursday 3/21 at 3:30 PM and 4:00 PM, back to back. Would that work?
[3/12/24, 9:21:02 AM] Ashley Romero: yes perfect
[3/12/24, 9:22:45 AM] Lakeview Family Dental: Great, you're booked. We also need an updated address for our records, we have mail coming back.
[3/12/24, 9:23:30 AM] Ashley Romero: 1840 W Belmont Ave Apt 2F, Chicago IL 60657
[3/12/24, 9:24:12 AM] Lakeview Family Dental: Got it. Is (312) 555-0164 still the best number?
[3/12/24, 9:24:40 AM] Ashley Romero: yes. and email is ash.romero88@example.com
[3/12/24, 9:25:51 AM] Lakeview Family Dental: Perfect. Your copay for the crown visit is estimated at $45. See you on the 21st! 🦷""", [
    N("Ashley Romero"),
    P("07/22/1988", "birth_date"),
    N("Ethan Romero"),
    P("01/15/2016", "birth_date"),
    N("Patel"),
    P("1840 W Belmont Ave Apt 2F, Chicago IL 60657", "address", "1840 W Belmont Ave Apt 2F", "60657"),
    P("(312) 555-0164", "phone", check="nanp"),
    E("ash.romero88@example.com"),
], [
    L("Lakeview Family Dental", "company"),
    L("[3/12/24, 9:14:07 AM]", "time"),
    L("Thursday 3/21", "date"),
    L("3:30 PM", "time"),
    L("4:00 PM", "time"),
    L("$45", "price"),
    L("the 21st", "date"),
]))

# 003 Australian fashion label, Instagram DMs with handles
RECORDS.append(R("en-chat-003", """Instagram Direct
mia.kaye_
hiii my order still hasnt come and its been 2 weeks 😭 order #AU20931, the Sienna dress in size 10
saltandsage.label
Hey lovely! So sorry about that 🙏 Can you pop your full name and email through and I'll chase it up? – Jess
mia.kaye_
Mia Kaye-Whitford, miakaye@example.com
saltandsage.label
Thanks Mia! Looks like Australia Post has it stuck at the Alexandria facility, tracking 33LKJ0092837501. What address did you put down?
mia.kaye_
2/14 Darley St, Newtown NSW 2042
mia.kaye_
oh wait it might have the old one, 88 Parramatta Rd?? I moved last month 🙈
saltandsage.label
Yep that's the one on the order! I'll get them to redirect it to Darley St, no charge. Can the driver call you?
mia.kaye_
yes 0491 571 266
saltandsage.label
Done 💛 Should be with you in 2-4 business days. And if it doesn't fit, returns are free within 30 days.
mia.kaye_
thank u!! my sister @lou.kaye wants the same one in a 12 haha""", [
    P("mia.kaye_", "username"),
    N("Jess"),
    N("Mia Kaye-Whitford"),
    E("miakaye@example.com"),
    P("2/14 Darley St, Newtown NSW 2042", "address", "2/14 Darley St", "2042"),
    P("88 Parramatta Rd", "address"),
    P("0491 571 266", "phone", check="acma"),
    P("@lou.kaye", "username", "lou.kaye"),
], [
    L("#AU20931", "order_number"),
    L("Sienna dress", "product"),
    L("size 10", "quantity"),
    L("Australia Post", "company"),
    L("33LKJ0092837501", "tracking_number"),
    L("2-4 business days", "duration"),
    L("30 days", "duration"),
]))

# 004 Irish gym web chat, typos, SEPA direct debit, Eircode
RECORDS.append(R("en-chat-004", """Chat started 02/04/2024 19:42
[19:42] FlexFit: Hi there! Drop us your question and one of the team will be with you shortly 💪
[19:43] Guest: hi i want to freeze my membrship, i broke my ankle
[19:45] Conor (FlexFit): Ah no, sorry to hear that! We can freeze it for up to 3 months with a doctor's note. Can I get your name and date of birth?
[19:46] Guest: Róisín Keane, 14/09/1997
[19:47] Conor (FlexFit): Thanks Róisín. I see you're on the Anytime membership at €49.99 a month. The freeze fee is €5 a month.
[19:48] Guest: ok thats fine. can the €5 come from a different account tho, my old one is closed
[19:49] Conor (FlexFit): Sure, I'll need the new IBAN and you'll get a new SEPA mandate by email.
[19:50] Guest: IE40 BOFI 6497 1617 9183 09
[19:51] Conor (FlexFit): Perfect. And is your address still 5 Oakfield Close, Ballincollig, P31 X2N8?
[19:51] Guest: yep
[19:52] Conor (FlexFit): Email for the mandate?
[19:52] Guest: roisinkeane97@example.com
[19:53] Conor (FlexFit): And a mobile in case we need to reach you?
[19:53] Guest: 086 204 7719
[19:54] Conor (FlexFit): All done. Your freeze starts 1 May and runs until 31 July. Mind that ankle!""", [
    N("Conor"),
    N("Róisín Keane"),
    P("14/09/1997", "birth_date"),
    P("IE40 BOFI 6497 1617 9183 09", "iban", check="iban"),
    P("5 Oakfield Close, Ballincollig, P31 X2N8", "address", "5 Oakfield Close", "P31 X2N8"),
    E("roisinkeane97@example.com"),
    P("086 204 7719", "phone"),
], [
    L("FlexFit", "company"),
    L("02/04/2024 19:42", "date"),
    L("3 months", "duration"),
    L("Anytime membership", "product"),
    L("€49.99 a month", "price"),
    L("€5 a month", "price"),
    L("1 May", "date"),
    L("31 July", "date"),
]))

# 005 Canadian bank chat: SIN for a TFSA, pasted credit card number
RECORDS.append(R("en-chat-005", """Secure chat – Northern Lakes Bank – Apr 18, 2024
Customer: Hi, I'm trying to open a TFSA online but it keeps saying my SIN doesn't match. It's 403 561 624
Advisor (Priyanka): Hi there! Sorry for the trouble. Can you confirm your full name and date of birth?
Customer: Jean-François Lévesque, March 9 1985
Advisor (Priyanka): Thank you, Jean-François. On your profile the SIN has two digits switched, so it's a typo on our side. I've corrected it.
Customer: great. also can you check why my mastercard 5565 2466 4176 6865 was declined at Canadian Tire yesterday
Advisor (Priyanka): Please don't share your full card number in chat, I've hidden that message. I see a fraud hold on a $612.48 purchase. Was that you?
Customer: yes that was me, snow tires
Advisor (Priyanka): Thanks, I've released the hold. Your address is still 412 Rue Saint-Joseph, Gatineau, QC J8Y 3Z7?
Customer: yes
Advisor (Priyanka): And the best number to reach you is (819) 555-0121?
Customer: yes or my wife Isabelle at (819) 555-0190
Advisor (Priyanka): Noted. Your TFSA contribution room for 2024 is $7,000. Anything else today?
Customer: no thats all merci""", [
    P("403 561 624", "national_id", check="sin"),
    N("Priyanka"),
    N("Jean-François Lévesque"),
    P("March 9 1985", "birth_date"),
    P("5565 2466 4176 6865", "card", check="luhn"),
    P("412 Rue Saint-Joseph, Gatineau, QC J8Y 3Z7", "address", "412 Rue Saint-Joseph", "J8Y 3Z7"),
    P("(819) 555-0121", "phone", check="nanp"),
    N("Isabelle"),
    P("(819) 555-0190", "phone", check="nanp"),
], [
    L("Northern Lakes Bank", "company"),
    L("Apr 18, 2024", "date"),
    L("TFSA", "product"),
    L("Canadian Tire", "company"),
    L("$612.48", "price"),
    L("$7,000", "price"),
]))

# 006 UK pet insurance chat: pets with people names, vet practice named after people
RECORDS.append(R("en-chat-006", """PawSure live chat
Hannah (PawSure) 10:02
Morning! How can I help today?
Customer 10:03
Hi, I need to claim for our cocker spaniel Alfie, he had a lump removed last week at Harris & Webb Veterinary Surgeons
Hannah (PawSure) 10:04
Oh bless him, I hope he's recovering well! Can I take the policyholder's name and date of birth?
Customer 10:05
Rebecca Thornton, 03/02/1981
Hannah (PawSure) 10:06
Thanks Rebecca. I can see policy PS-3392017 covering Alfie and your cat, Mabel. What was the vet bill?
Customer 10:07
£1,284.60, invoice HW-55127
Hannah (PawSure) 10:08
You're on Lifetime Plus, so after the £99 excess and 20% co-pay we'd pay the rest. Would you like it paid to you or direct to the vet?
Customer 10:09
to me please, I've already paid. sort code 20-45-67 account 43218765
Hannah (PawSure) 10:10
Noted. Just to confirm we have 9 Holly Bank, Hebden Bridge, HX7 8AB and 01632 960471 for you?
Customer 10:11
yes but my mobile is better, 07700 900682. and my husband Stuart might call you about it too
Hannah (PawSure) 10:12
No problem, I'll add a note. I'll send the claim form to rebecca.thornton@example.org now. Give Alfie a cuddle from us 🐾""", [
    N("Hannah"),
    N("Rebecca Thornton"),
    P("03/02/1981", "birth_date"),
    P("43218765", "iban", check="none", why="UK account number quoted with sort code (plain)"),
    P("9 Holly Bank, Hebden Bridge, HX7 8AB", "address", "9 Holly Bank", "HX7 8AB"),
    P("01632 960471", "phone", check="ofcom"),
    P("07700 900682", "phone", check="ofcom"),
    N("Stuart"),
    E("rebecca.thornton@example.org"),
], [
    L("Alfie", "pet_name"),
    L("Harris & Webb Veterinary Surgeons", "company"),
    L("PS-3392017", "policy_number"),
    L("Mabel", "pet_name"),
    L("£1,284.60", "price"),
    L("HW-55127", "invoice_number"),
    L("Lifetime Plus", "product"),
    L("£99 excess", "price"),
    L("20% co-pay", "percentage"),
]))

# 007 Indian ISP support chat: login ID, public IP address, PIN code
RECORDS.append(R("en-chat-007", """You are now chatting with Tejas from JaldiNet Fibre support.
Tejas: Hello! How may I assist you today?
Customer: hi my internet is very slow from 3 days, I have 300 Mbps plan but getting only 20-25
Tejas: Sorry for the inconvenience, sir. May I know your registered user ID?
Customer: arjun_menon_blr
Tejas: Thank you. Kindly confirm name and installation address.
Customer: Arjun Menon, No. 17, 2nd Main, Indiranagar 1st Stage, Bengaluru 560038
Tejas: Thank you sir. Can you please check the WAN IP showing in your router page?
Customer: 203.0.113.88
Tejas: Thanks. I can see the ONT is showing high optical loss (-27 dBm). This needs a technician visit. I am raising complaint number JN-4410937.
Customer: ok when will he come
Tejas: Technician will visit tomorrow between 10 AM and 1 PM. He will call you before coming. Registered mobile number is +91 98801 64523?
Customer: yes, or call my wife Divya on 97400 28816 if I don't pick up
Tejas: Noted sir. You will receive an SMS and mail on arjun.menon@example.com. Your next bill of ₹1,179 will have a credit of 3 days.
Customer: ok thanks""", [
    N("Tejas"),
    P("arjun_menon_blr", "username"),
    N("Arjun Menon"),
    P("No. 17, 2nd Main, Indiranagar 1st Stage, Bengaluru 560038", "address", "No. 17, 2nd Main", "560038"),
    P("203.0.113.88", "ip"),
    P("+91 98801 64523", "phone"),
    N("Divya"),
    P("97400 28816", "phone"),
    E("arjun.menon@example.com"),
], [
    L("JaldiNet Fibre", "company"),
    L("300 Mbps plan", "product"),
    L("-27 dBm", "quantity"),
    L("JN-4410937", "ticket_number"),
    L("between 10 AM and 1 PM", "time"),
    L("₹1,179", "price"),
    L("3 days", "duration"),
]))

# 008 South African travel agency chat: passports, ID number, +27 numbers
RECORDS.append(R("en-chat-008", """Sunway Travel – chat with Lerato
Lerato: Hi! I'm Lerato. How can I help with your booking today?
Customer: Hi Lerato, we booked the Zanzibar package, ref SWT-88K41, but we got an email saying passport details are missing
Lerato: Let me check. Yes, I need passport numbers and dates of birth for both travellers, exactly as in the passport.
Customer: Pieter Botha, born 3 September 1976, passport A08815273
Customer: Zanele Botha, born 14 February 1988, passport A09227461
Lerato: Thank you! For the travel insurance we also need the main traveller's SA ID number.
Customer: 7609039796082
Lerato: Perfect. You fly FA 312 on 12 July at 10:40, then 7 nights at the Baraka Beach Resort, total R38,450 for two.
Customer: great. please send the docs to pieter.botha76@example.com
Lerato: Will do. And a cellphone number for travel alerts?
Customer: +27 82 555 0147
Lerato: Lovely, you're all set. Your travel documents will be emailed 7 days before departure. Safe travels!""", [
    N("Lerato"),
    N("Pieter Botha"),
    P("3 September 1976", "birth_date"),
    P("A08815273", "national_id", check="none", why="South African passport number, no public check digit"),
    N("Zanele Botha"),
    P("14 February 1988", "birth_date"),
    P("A09227461", "national_id", check="none", why="South African passport number, no public check digit"),
    P("7609039796082", "national_id", check="said"),
    E("pieter.botha76@example.com"),
    P("+27 82 555 0147", "phone"),
], [
    L("Sunway Travel", "company"),
    L("SWT-88K41", "booking_reference"),
    L("FA 312", "flight_number"),
    L("12 July at 10:40", "date"),
    L("7 nights", "duration"),
    L("Baraka Beach Resort", "company"),
    L("R38,450", "price"),
    L("7 days", "duration"),
]))

# 009 US school office message thread (parent portal)
RECORDS.append(R("en-chat-009", """ParentSquare – Messages
From: Marcus Whitaker (parent)
To: Front Office, Oak Hollow Elementary

Hi, we just moved to the district and my daughter will be starting 3rd grade after spring break. What do you need from us?

From: Front Office – Ms. Delgado
Hi Mr. Whitaker, welcome! Please send your daughter's full legal name, date of birth, home address and two emergency contacts. We also need proof of residency (a utility bill or lease).

From: Marcus Whitaker (parent)
Her name is Zoe Amara Whitaker, DOB 05/30/2015.
We live at 4471 Cedar Ridge Dr, Austin TX 78745.
Emergency contacts: me, (512) 555-0112, and her grandmother Gloria Whitaker, (512) 555-0187.
My email is marcus.whitaker@example.net. The lease is attached.
Zoe has a peanut allergy, the EpiPen form is attached too.

From: Front Office – Ms. Delgado
Thank you! Zoe is enrolled in Room 14 with Mrs. Brooks starting Monday, March 25. School starts at 7:45 AM. Lunch is $3.25 a day, or you can apply for free meals online.""", [
    N("Marcus Whitaker"),
    N("Delgado"),
    N("Zoe Amara Whitaker"),
    P("05/30/2015", "birth_date"),
    P("4471 Cedar Ridge Dr, Austin TX 78745", "address", "4471 Cedar Ridge Dr", "78745"),
    P("(512) 555-0112", "phone", check="nanp"),
    N("Gloria Whitaker"),
    P("(512) 555-0187", "phone", check="nanp"),
    E("marcus.whitaker@example.net"),
    N("Brooks"),
], [
    L("Oak Hollow Elementary", "company"),
    L("3rd grade", "quantity"),
    L("EpiPen", "product"),
    L("Room 14", "room_number"),
    L("Monday, March 25", "date"),
    L("7:45 AM", "time"),
    L("$3.25 a day", "price"),
]))

# 010 New Zealand shop, Facebook Messenger, profile URL handle
RECORDS.append(R("en-chat-010", """Messenger · Tuatara Outdoor Co.
Hemi Walker
kia ora, I ordered a Macpac tent 2 weeks ago (#TT-10294) and it still says processing?
Tuatara Outdoor Co.
Kia ora Hemi! Sorry about the wait. Can you confirm your email and address so I can find it? – Georgia
Hemi Walker
hemi.walker@example.com, 31 Beach Road, Kaikōura 7300
Tuatara Outdoor Co.
Found it! The Duolight 2 was on backorder but it's just come in. It'll go out today with NZ Post, usually 2-3 working days to Kaikōura.
Hemi Walker
choice. can you send the tracking to my partner Anahera too, she's on fb as facebook.com/anahera.walker.77
Tuatara Outdoor Co.
We can only send tracking by email or text, sorry! What's her number?
Hemi Walker
027 604 1183
Tuatara Outdoor Co.
Done 👍 Tracking is PQ882107365NZ. Enjoy the trip!""", [
    N("Hemi Walker"),
    N("Georgia"),
    E("hemi.walker@example.com"),
    P("31 Beach Road, Kaikōura 7300", "address", "31 Beach Road", "7300"),
    N("Anahera"),
    P("anahera.walker.77", "username"),
    P("027 604 1183", "phone"),
], [
    L("Tuatara Outdoor Co.", "company"),
    L("Macpac", "company"),
    L("#TT-10294", "order_number"),
    L("Duolight 2", "product"),
    L("NZ Post", "company"),
    L("2-3 working days", "duration"),
    L("PQ882107365NZ", "tracking_number"),
]))
