from rec import P, L, R

RECORDS = [
R("en-chat-001", """
Chat transcript · Pemberton & Hale · started 20:07 · visitor IP 2001:db8:4f2a::17
Ellie (virtual assistant): Hi there! I'm Ellie 😊 How can I help you today?
Visitor: where is my sofa
Ellie (virtual assistant): I can help with deliveries. Please enter your order number.
Visitor: PH-4481902
Ellie (virtual assistant): Thanks! Your order is scheduled for delivery. Would you like to speak to someone about it?
Visitor: yes please it was meant to come today and nobody turned up
Ellie (virtual assistant): Connecting you to an agent now…
Priya joined the chat
Priya: Hi, I'm Priya, sorry to hear about that. Can I take your name and postcode please?
Visitor: Oliver Bradshaw, BS7 8LD
Priya: Thanks Oliver. I can see the Harlow 3-seater in Sage Velvet was on today's run but the van broke down, I'm really sorry. We can deliver Saturday 16th, 7am–1pm. Is 14 Ashgrove Terrace still the right address?
Visitor: yes. if im not in can they leave it with mrs khan next door? she's always in
Priya: We can't leave furniture with neighbours unfortunately, it's a 2-person delivery. Can we call you on 0117 496 0388 on the morning?
Visitor: yeah fine. can you email me the new slot too? ollie.bradshaw@example.com
Priya: Done ✅ I've also added a £25 goodwill credit. Anything else?
Visitor: no thats it thanks
""",
[
    P("2001:db8:4f2a::17", "ip"),
    P("Priya", "name", "Priya"),
    P("Oliver Bradshaw", "name", "Oliver", "Bradshaw"),
    P("BS7 8LD", "postcode"),
    P("14 Ashgrove Terrace", "address"),
    P("khan", "name", "khan"),
    P("0117 496 0388", "phone"),
    P("ollie.bradshaw@example.com", "email",
      "ollie.bradshaw@example.com", "ollie.bradshaw"),
],
[
    L("Pemberton & Hale", "company_name"),
    L("Ellie", "bot_name"),
    L("PH-4481902", "order_number"),
    L("Harlow 3-seater in Sage Velvet", "product_name"),
    L("Saturday 16th, 7am–1pm", "datetime"),
    L("£25", "price"),
    L("2-person delivery", "service_name"),
]),

R("en-chat-002", """
21/03/2024, 09:14 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
21/03/2024, 09:14 - +44 7700 900871: Hi, I had a card through the door saying you tried to deliver but I was in all morning?? Tracking SP9921470056GB
21/03/2024, 09:22 - SwiftParcel Support: Hi there, sorry about that! Can you confirm your name and delivery address please?
21/03/2024, 09:25 - +44 7700 900871: Aisha Rahman, Flat 5, 118 Wilmslow Road, Manchester M14 5AQ
21/03/2024, 09:31 - SwiftParcel Support: Thank you Aisha. Your driver Tomasz has noted "no access to building". Is there a buzzer code we can add?
21/03/2024, 09:32 - +44 7700 900871: There's no code, you just press 5. Or leave it with Dave downstairs, he's the caretaker
21/03/2024, 09:33 - +44 7700 900871: <Media omitted>
21/03/2024, 09:40 - SwiftParcel Support: Thanks for the photo! I've rebooked for tomorrow (Fri 22 Mar) between 10:00 and 14:00 with the note. If you're out, it can go to the caretaker.
21/03/2024, 09:41 - +44 7700 900871: Perfect. Also my brother Imran might be in, he can sign
21/03/2024, 09:43 - SwiftParcel Support: Noted 👍 We'll email updates to aisha.rahman@example.com. Anything else?
21/03/2024, 09:43 - +44 7700 900871: No thanks x
""",
[
    P("+44 7700 900871", "phone"),
    P("Aisha Rahman", "name", "Aisha", "Rahman"),
    P("Flat 5, 118 Wilmslow Road, Manchester M14 5AQ", "address",
      "Flat 5, 118 Wilmslow Road", "M14 5AQ"),
    P("Tomasz", "name", "Tomasz"),
    P("Dave", "name", "Dave"),
    P("Imran", "name", "Imran"),
    P("aisha.rahman@example.com", "email", "aisha.rahman@example.com", "aisha.rahman"),
],
[
    L("SP9921470056GB", "tracking_number"),
    L("SwiftParcel Support", "company_name"),
    L("21/03/2024", "date"),
    L("09:14", "time"),
    L("Fri 22 Mar", "date"),
    L("between 10:00 and 14:00", "time"),
]),

R("en-chat-003", """
@kaylee_b_travels: @SkyHarborAir my flight SH 1184 DEN–BOS got cancelled and the app won't let me rebook 😭 I have a wedding tomorrow
@SkyHarborAir: We're so sorry, Kaylee! Please send us a DM with your confirmation code and we'll take a look. -Tasha
--- Direct Message ---
kaylee_b_travels: hi, confirmation QX7P2L. it's me and my friend Marisol Vega
SkyHarborAir: Thanks! For security, can you confirm the full name and date of birth on the reservation?
kaylee_b_travels: Kaylee Brennan, 07/30/1996
SkyHarborAir: Got it. I can put you both on SH 1720 tonight at 9:45 PM, arriving 3:58 AM, or tomorrow at 6:10 AM. Both have seats.
kaylee_b_travels: tonight pls!! also my known traveler number isn't on there, it's 98173245, can you add it so I get precheck
SkyHarborAir: Added to your profile. You're in 14C and 14D. We've also issued a $200 voucher each for the disruption. New itinerary has gone to kbrennan96@example.com. Anything else? -Tasha
kaylee_b_travels: can you text me the gate too? 720-555-0138
SkyHarborAir: Text alerts are on for that number ✈️ Safe travels!
""",
[
    P("@kaylee_b_travels", "username", "kaylee_b_travels"),
    P("Kaylee", "name", "Kaylee"),
    P("Tasha", "name", "Tasha"),
    P("Marisol Vega", "name", "Marisol", "Vega"),
    P("Kaylee Brennan", "name", "Kaylee", "Brennan"),
    P("07/30/1996", "birth_date"),
    P("98173245", "national_id", check="none:known_traveler_number"),
    P("kbrennan96@example.com", "email", "kbrennan96@example.com", "kbrennan96"),
    P("720-555-0138", "phone"),
],
[
    L("SH 1184", "flight_number"),
    L("QX7P2L", "booking_reference"),
    L("SH 1720", "flight_number"),
    L("9:45 PM", "time"),
    L("14C", "seat_number"),
    L("$200 voucher", "price"),
]),

R("en-chat-004", """
jen.mackenzie.yyc
Hi! Do you still have spots for custom cakes for the weekend of June 8? It's my son's 5th birthday 🎂

Auntie Bev's Bakery
Hi Jen! Yes we do 😊 I'm Nadine, I'll help you with the order. What are you thinking?

jen.mackenzie.yyc
A dinosaur one, chocolate, serves about 20. And "Happy 5th Birthday Noah" on it. His actual birthday is June 6 but the party is Saturday the 8th so pickup that morning would be perfect

Auntie Bev's Bakery
Love it! The 8" two-tier Dino cake is $85 and serves 20-24. Pickup or delivery? Delivery is $15 within Calgary.

jen.mackenzie.yyc
Delivery please, 88 Evanston Drive NW, Calgary T3P 0E2. Name on the order is Jen MacKenzie

Auntie Bev's Bakery
Perfect. I'll need a 50% deposit by Interac e-Transfer to orders@auntiebevs.example and a phone number for the driver.

jen.mackenzie.yyc
(403) 555-0162. Sending the e-Transfer now, it'll come from jmackenzie@example.net

Auntie Bev's Bakery
Got it, thank you! Order #1187 confirmed for Sat June 8, delivery 10am–12pm 🦕
""",
[
    P("jen.mackenzie.yyc", "username", "jen.mackenzie.yyc"),
    P("Jen", "name", "Jen"),
    P("Nadine", "name", "Nadine"),
    P("Noah", "name", "Noah"),
    P("June 6", "birth_date"),
    P("88 Evanston Drive NW, Calgary T3P 0E2", "address", "88 Evanston Drive NW", "T3P 0E2"),
    P("Jen MacKenzie", "name", "Jen", "MacKenzie"),
    P("(403) 555-0162", "phone"),
    P("jmackenzie@example.net", "email", "jmackenzie@example.net", "jmackenzie"),
],
[
    L("Auntie Bev's Bakery", "company_name"),
    L("weekend of June 8", "date"),
    L("Sat June 8", "date"),
    L("serves about 20", "quantity"),
    L("Dino cake", "product_name"),
    L("$85", "price"),
    L("$15", "price"),
    L("50% deposit", "percentage"),
    L("Order #1187", "order_number"),
    L("10am–12pm", "time"),
]),

R("en-chat-005", """
Live chat – Southern Cross Telecom
Max (bot): G'day! I'm Max 🤖 What can I help with? Choose: Billing | Faults | Moving house | Something else
Customer: Moving house
Max (bot): No worries. Moving your NBN takes about 10 business days. I'll pop you through to a consultant to set it up.
Josh: Hey, Josh here! Can I grab your name and date of birth to find your account?
Customer: Chloe Papadopoulos, 19/01/1991
Josh: Thanks Chloe. And the new address?
Customer: 3/45 Fitzroy Street, St Kilda VIC 3182. Moving in on the 28th
Josh: Easy. That address is already NBN fibre to the premises, so you can keep your NBN 100 plan at $89/month. For the move we need to re-verify ID – a driver licence number is fine.
Customer: 041 772 390 (VIC)
Josh: Perfect, that's verified. The technician window is 28 Feb, 8am–12pm. Your Netgear Nighthawk modem will work there, just plug it in after 12.
Customer: Great. Can the tech call me when he's on the way? 0491 571 266
Josh: Done. Confirmation is going to chloe.p@example.org. Anything else I can help with today?
Customer: Nope, legend, thanks!
""",
[
    P("Josh", "name", "Josh"),
    P("Chloe Papadopoulos", "name", "Chloe", "Papadopoulos"),
    P("19/01/1991", "birth_date"),
    P("3/45 Fitzroy Street, St Kilda VIC 3182", "address", "3/45 Fitzroy Street", "3182"),
    P("041 772 390", "national_id", check="none:au_driver_licence"),
    P("0491 571 266", "phone"),
    P("chloe.p@example.org", "email", "chloe.p@example.org", "chloe.p"),
],
[
    L("Southern Cross Telecom", "company_name"),
    L("Max", "bot_name"),
    L("10 business days", "duration"),
    L("NBN 100", "plan_name"),
    L("$89/month", "price"),
    L("28 Feb, 8am–12pm", "datetime"),
    L("Netgear Nighthawk", "product_name"),
]),

R("en-chat-006", """
[3/04/24, 6:12:45 PM] Tama Ngata: Kia ora, I need to cancel my membership, I'm moving to Wellington for work 😢
[3/04/24, 6:20:03 PM] Fit Aotearoa Ponsonby: Kia ora Tama! Sad to see you go. Can you confirm your membership number and date of birth?
[3/04/24, 6:21:37 PM] Tama Ngata: #FA20331, 12/09/1988
[3/04/24, 6:25:10 PM] Fit Aotearoa Ponsonby: Thanks. Moving cities counts as a hardship cancel, so no 30-day notice fee 🙌 Do you want to transfer to our Te Aro club instead? Same rate, $21.99/week.
[3/04/24, 6:26:02 PM] Tama Ngata: Ooh yes actually. Can the direct debit stay on the same account? 06-0501-0834219-00
[3/04/24, 6:30:48 PM] Fit Aotearoa Ponsonby: Yep, same account. What's your new address?
[3/04/24, 6:31:55 PM] Tama Ngata: 14 Aro Street, Aro Valley, Wellington 6021
[3/04/24, 6:32:40 PM] Tama Ngata: Also can you tell Mereana thanks for the PT sessions, she's been awesome
[3/04/24, 6:35:12 PM] Fit Aotearoa Ponsonby: Will do! Transfer is set for 15 April. We'll send the new key tag to the address, and the details to your email tamangata@example.net. Still on +64 22 318 4471?
[3/04/24, 6:35:50 PM] Tama Ngata: Yep chur 🤙
""",
[
    P("Tama Ngata", "name", "Tama", "Ngata"),
    P("12/09/1988", "birth_date"),
    P("06-0501-0834219-00", "iban", check="none:nz_account"),
    P("14 Aro Street, Aro Valley, Wellington 6021", "address", "14 Aro Street", "6021"),
    P("Mereana", "name", "Mereana"),
    P("tamangata@example.net", "email", "tamangata@example.net", "tamangata"),
    P("+64 22 318 4471", "phone"),
],
[
    L("Fit Aotearoa Ponsonby", "company_name"),
    L("#FA20331", "customer_number"),
    L("30-day notice fee", "price"),
    L("Te Aro club", "place_name"),
    L("$21.99/week", "price"),
    L("15 April", "date"),
]),

R("en-chat-007", """
Emerald Motor Insurance – Online claims chat
Aisling: Hi, you're chatting with Aisling from the claims team. How can I help?
Customer: Hi Aisling, I was rear-ended at a roundabout in Swords this morning. Nobody hurt thank god
Aisling: Oh no, glad you're okay. Can I take your name, date of birth and car reg please?
Customer: Cian Fitzgerald, 03/11/1985, 191-D-12345
Aisling: Thank you Cian. Did you get the other driver's details?
Customer: Yes, Niamh Byrne, her reg is 08-KY-4471. She admitted it was her fault and gave me her insurer, it's on the form
Aisling: Great. I've opened claim EMI-CL-2024-55102 on policy EM-0098812. Your car can go to one of our approved repairers, the nearest is Fingal Autobody.
Customer: Can they collect it? I'm at 27 Ard na Gréine, Swords, K67 E2W4
Aisling: They can, usually within 2 working days. You're covered for a courtesy car under Comprehensive Plus. What number can the repairer ring?
Customer: 086 442 1907
Aisling: And we'll send the claim documents to your email?
Customer: cianfitz85@example.com
Aisling: Done. Please upload photos of the damage through the link in that email.
""",
[
    P("Aisling", "name", "Aisling"),
    P("Cian Fitzgerald", "name", "Cian", "Fitzgerald"),
    P("03/11/1985", "birth_date"),
    P("191-D-12345", "plate"),
    P("Niamh Byrne", "name", "Niamh", "Byrne"),
    P("08-KY-4471", "plate"),
    P("27 Ard na Gréine, Swords, K67 E2W4", "address", "27 Ard na Gréine", "K67 E2W4"),
    P("086 442 1907", "phone"),
    P("cianfitz85@example.com", "email", "cianfitz85@example.com", "cianfitz85"),
],
[
    L("Emerald Motor Insurance", "company_name"),
    L("EMI-CL-2024-55102", "claim_number"),
    L("EM-0098812", "policy_number"),
    L("Fingal Autobody", "company_name"),
    L("2 working days", "duration"),
    L("Comprehensive Plus", "plan_name"),
]),

R("en-chat-008", """
[2024/05/06, 08:02] Ubuntu Bank: Good morning 👋 You're chatting to Ubuntu Bank on WhatsApp. Please never share your PIN or OTP.
[2024/05/06, 08:03] Johan van der Merwe: Morning. My card got swallowed at the ATM at Menlyn last night. This one: 5200 8282 8282 8210
[2024/05/06, 08:05] Ubuntu Bank: Hi Johan, this is Lerato. Please don't send full card numbers here, I've blocked it now for safety. Can you confirm your ID number for verification?
[2024/05/06, 08:06] Johan van der Merwe: 8010127552082
[2024/05/06, 08:09] Ubuntu Bank: Thanks. I'll order a replacement Gold Cheque card, fee is R140. Collect at branch or courier?
[2024/05/06, 08:10] Johan van der Merwe: Courier pls. 45 Jacaranda Avenue, Waterkloof Ridge, Pretoria 0181
[2024/05/06, 08:12] Ubuntu Bank: Noted. The courier will phone before delivery, is 083 627 1150 still your number?
[2024/05/06, 08:12] Johan van der Merwe: Ja. Or my wife Annelize if I don't answer
[2024/05/06, 08:14] Ubuntu Bank: Only you can sign for the card, sorry. It'll take 3-5 working days. Reference INC0045521 has been sent to johan.vdmerwe@example.com.
[2024/05/06, 08:15] Johan van der Merwe: Lekker, thanks Lerato
""",
[
    P("Johan van der Merwe", "name", "Johan", "Merwe"),
    P("5200 8282 8282 8210", "card"),
    P("Lerato", "name", "Lerato"),
    P("8010127552082", "national_id", check="said"),
    P("45 Jacaranda Avenue, Waterkloof Ridge, Pretoria 0181", "address",
      "45 Jacaranda Avenue", "0181"),
    P("083 627 1150", "phone"),
    P("Annelize", "name", "Annelize"),
    P("johan.vdmerwe@example.com", "email",
      "johan.vdmerwe@example.com", "johan.vdmerwe"),
],
[
    L("Ubuntu Bank", "company_name"),
    L("Menlyn", "place_name"),
    L("Gold Cheque card", "product_name"),
    L("R140", "price"),
    L("3-5 working days", "duration"),
    L("INC0045521", "reference"),
]),

R("en-chat-009", """
Shoppy Help Centre · Chat
Shoppy Assistant: Hi! I am Shoppy Assistant. Please select your order.
Customer: OD4281937710 - boAt Airdopes 141
Shoppy Assistant: I see this order was delivered on 2 Apr. What is the issue?
Customer: Left earbud not charging. I want refund not replacement
Shoppy Assistant: Connecting you to our support executive...
Rahul: Hello, this is Rahul. I am sorry for the trouble. May I know your name please?
Customer: Ananya Iyer
Rahul: Thank you ma'am. The return pickup will be arranged from B-204, Lotus Residency, Baner Road, Pune 411045. Please keep the product with box and invoice ready.
Customer: Ok. Refund to my UPI ananya92@oksbi please, not Shoppy wallet
Rahul: Sure ma'am, ₹1,299 will be refunded to the UPI ID within 3-5 business days after pickup. Delivery executive will call on +91 99220 48713. If you are not available someone else can hand over.
Customer: My brother Karthik will be home
Rahul: Noted. Confirmation is sent to ananya.iyer@example.com. Is there anything else?
Customer: No thanks
""",
[
    P("Rahul", "name", "Rahul"),
    P("Ananya Iyer", "name", "Ananya", "Iyer"),
    P("B-204, Lotus Residency, Baner Road, Pune 411045", "address",
      "B-204, Lotus Residency", "411045"),
    P("ananya92@oksbi", "username", "ananya92@oksbi", "ananya92"),
    P("+91 99220 48713", "phone"),
    P("Karthik", "name", "Karthik"),
    P("ananya.iyer@example.com", "email", "ananya.iyer@example.com", "ananya.iyer"),
],
[
    L("Shoppy Assistant", "bot_name"),
    L("OD4281937710", "order_number"),
    L("boAt Airdopes 141", "product_name"),
    L("2 Apr", "date"),
    L("₹1,299", "price"),
    L("3-5 business days", "duration"),
]),

R("en-chat-010", """
Northgate Homes – Report a repair (webchat)
Graham (Repairs): Hello, you're through to Graham in the repairs team. What would you like to report?
Tenant: Hi, theres black mould all over the bedroom wall and the window frame. Ive reported it twice already
Graham (Repairs): I'm sorry, that shouldn't have happened. Can I take your name and address?
Tenant: Bethany Oduya, Flat 12, Kestrel House, Rowley Way, London NW8 0SF
Graham (Repairs): Thanks Bethany. I can see the earlier reports, job numbers 5510298 and 5510771, both closed without a visit. I'm escalating this as a damp and mould priority case.
Tenant: Thank you. My daughter Amara is 2 and she's had a cough for weeks, the health visitor, Sandra, said it could be the mould
Graham (Repairs): I've noted that. A surveyor will inspect within 5 working days, and we'll treat the mould in the meantime. Which number is best?
Tenant: 020 7946 0815 or email bethany.oduya@example.org
Graham (Repairs): Thanks. Your case number is DM-24-00318. You'll get a text with the appointment slot.
Tenant: ok thanks
""",
[
    P("Graham", "name", "Graham"),
    P("Bethany Oduya", "name", "Bethany", "Oduya"),
    P("Flat 12, Kestrel House, Rowley Way, London NW8 0SF", "address",
      "Flat 12, Kestrel House", "NW8 0SF"),
    P("Amara", "name", "Amara"),
    P("020 7946 0815", "phone"),
    P("bethany.oduya@example.org", "email", "bethany.oduya@example.org", "bethany.oduya"),
    P("Sandra", "name", "Sandra"),
],
[
    L("Northgate Homes", "company_name"),
    L("5510298", "ticket_number"),
    L("5510771", "ticket_number"),
    L("5 working days", "duration"),
    L("damp and mould priority case", "service_name"),
    L("DM-24-00318", "case_number"),
]),
]
