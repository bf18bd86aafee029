from rec import P, L

RECORDS = [
# ---------------------------------------------------------------- 001 UK retailer, bot -> agent
{
"id": "en-chat-001", "language": "en", "channel": "chat",
"text": """Ava (virtual assistant): Hi there! I'm Ava, Harrington & Cole's virtual assistant. What can I help you with today?
You: where is my parcel
Ava (virtual assistant): I can help with that! Please enter your order number.
You: HC10448719
Ava (virtual assistant): Thanks! Your order was handed to Evri on 12 March. Tracking number H01HYA0071234567. Would you like to speak to someone?
You: yes please it says delivered but it isnt here
Ava (virtual assistant): No problem, connecting you to an advisor now...
Ben joined the chat
Ben: Hi, you're chatting with Ben. Sorry to hear your parcel hasn't turned up. Can I take your full name and the delivery address please?
You: Priya Shah, Flat 9 Wickham Court, 22 Station Road, Reading RG1 1LX
Ben: Thanks Priya. The driver's photo shows it left in a "safe place" by a green door. Is that your building?
You: no our door is black!! theres a green door at no 24 though, thats the neighbours
Ben: Ah, that'll be it. I've raised an investigation with Evri (ref EV-3318827). If it isn't found within 48 hours we'll send a replacement Dyson V8 (£249.99) at no cost. Best number to reach you?
You: 0118 496 0732
Ben: And I'll email updates to the address on your account, priya.shah@example.org?
You: thats my old one, use pshah.reading@example.com. my login is priyas91 if you need it
Ben: All updated 👍 Anything else I can help with?
You: no thanks""",
"planted": [
    P("Ben", "name"),
    P("Priya Shah", "name"),
    P("Flat 9 Wickham Court, 22 Station Road, Reading RG1 1LX", "address", mns=["Flat 9 Wickham Court", "22 Station Road", "RG1 1LX"]),
    P("0118 496 0732", "phone"),
    P("priya.shah@example.org", "email"),
    P("pshah.reading@example.com", "email"),
    P("priyas91", "username"),
],
"lookalikes": [
    L("Ava", "bot_name"),
    L("Harrington & Cole", "company"),
    L("HC10448719", "order_number"),
    L("12 March", "date"),
    L("H01HYA0071234567", "tracking_number"),
    L("EV-3318827", "reference"),
    L("Dyson V8", "product"),
    L("£249.99", "price"),
],
},
# ---------------------------------------------------------------- 002 UK GP surgery, message thread
{
"id": "en-chat-002", "language": "en", "channel": "chat",
"text": """Online consultation – Millbrook Medical Practice
Patient request (submitted 08:02, Mon 18 Mar)
Name: Gareth Pryce
Date of birth: 14/09/1963
NHS number: 999 371 2043
Mobile: 07700 900418
Request: Hi, I need a repeat of my sertraline 50mg, I've got 3 left. Also my address has changed to 5 Heol y Parc, Cardiff CF14 6NR. Cheers

Millbrook Medical Practice (Receptionist – Bethan) 09:47
Hi Gareth, thanks for your message. I've updated your address. Your sertraline is due a medication review before we can issue another 56 tablets, so Dr Anwar Hussain will call you today between 12:00 and 14:00. The prescription will then go to your nominated pharmacy, Boots Whitchurch Road.

Gareth Pryce 09:52
ok ta. can he call my wife Sian's number instead, I'm at work with no signal. 07700 900562

Millbrook Medical Practice (Receptionist – Bethan) 09:55
Only if you give consent for us to discuss your care with her. Reply YES to consent.

Gareth Pryce 09:56
YES""",
"planted": [
    P("Gareth Pryce", "name"),
    P("14/09/1963", "birth_date"),
    P("999 371 2043", "national_id", check="nhs"),
    P("07700 900418", "phone"),
    P("5 Heol y Parc, Cardiff CF14 6NR", "address", mns=["5 Heol y Parc", "CF14 6NR"]),
    P("Bethan", "name"),
    P("Anwar Hussain", "name"),
    P("Sian", "name"),
    P("07700 900562", "phone"),
],
"lookalikes": [
    L("Millbrook Medical Practice", "company"),
    L("08:02, Mon 18 Mar", "date"),
    L("sertraline 50mg", "product"),
    L("56 tablets", "quantity"),
    L("between 12:00 and 14:00", "time"),
    L("Boots Whitchurch Road", "company"),
],
},
# ---------------------------------------------------------------- 003 Ireland, WhatsApp with letting agent
{
"id": "en-chat-003", "language": "en", "channel": "chat",
"text": """[14/03/2024, 09:12:44] Eoin – Liffey Lettings: Morning Niamh, for the HAP form I need a few bits from you. Your PPS number and the landlord's bank details are on my side.
[14/03/2024, 09:30:02] Niamh Gallagher: Morning Eoin! PPS is 7970488J
[14/03/2024, 09:30:19] Niamh Gallagher: And my partner is on the tenancy too, Ciarán Doyle, his is 9706710GA
[14/03/2024, 09:31:05] Eoin – Liffey Lettings: Perfect thanks. Rent is €1,850 a month, and the council pays €1,400 of that directly. The deposit of €1,850 is registered with the RTB.
[14/03/2024, 09:33:40] Niamh Gallagher: Grand. The address for the form is Apt 12, The Granary, Cork Street, Dublin 8, D08 T6Y4 right?
[14/03/2024, 09:34:12] Eoin – Liffey Lettings: Yep 👍 And what's the best number for the council to ring?
[14/03/2024, 09:35:51] Niamh Gallagher: 086 419 2273
[14/03/2024, 09:36:20] Eoin – Liffey Lettings: Sound. Also, the refund of the overpaid March rent, will I send it back to IE79 AIBK 7233 6901 0391 87?
[14/03/2024, 09:37:02] Niamh Gallagher: Yes that's mine. Thanks a million!
[14/03/2024, 09:37:15] Eoin – Liffey Lettings: <attached: HAP_form_draft.pdf>""",
"planted": [
    P("Eoin", "name"),
    P("Niamh Gallagher", "name"),
    P("7970488J", "national_id", check="ppsn"),
    P("Ciarán Doyle", "name"),
    P("9706710GA", "national_id", check="ppsn"),
    P("Apt 12, The Granary, Cork Street, Dublin 8, D08 T6Y4", "address", mns=["Apt 12, The Granary", "D08 T6Y4"]),
    P("086 419 2273", "phone"),
    P("IE79 AIBK 7233 6901 0391 87", "iban"),
],
"lookalikes": [
    L("Liffey Lettings", "company"),
    L("€1,850", "price"),
    L("€1,400", "amount"),
    L("RTB", "company"),
    L("14/03/2024, 09:12:44", "time"),
    L("HAP_form_draft.pdf", "reference"),
],
},
# ---------------------------------------------------------------- 004 US airline, X DMs
{
"id": "en-chat-004", "language": "en", "channel": "chat",
"text": """Direct messages – @jess_on_the_go and @SkywardAirHelp

@jess_on_the_go: hiii my flight 1184 from DEN to MCO got cancelled and the app keeps rebooking me on a flight tomorrow at 6am 😭 i have a wedding tonight
@SkywardAirHelp: Oh no, Jessica! Let's see what we can do. Can you DM us your confirmation code and the email on the reservation? *KM
@jess_on_the_go: K7PZQ2 and jessica.alvarez@example.com
@SkywardAirHelp: Thanks! I can move you to flight 2096 departing 3:40 PM today, arriving 9:12 PM, seat 14C. Would that work? *KM
@jess_on_the_go: YES omg thank u. can u also move my brother, he's on the same booking, Marco Alvarez (@marcoalv_88)
@SkywardAirHelp: Done for both of you ✈️ We'll text the new boarding passes to the number on file, or is there a better one?
@jess_on_the_go: text me at (720) 555-0191 pls
@SkywardAirHelp: Got it. You'll also get a $12 meal voucher each for the delay. Enjoy the wedding! *KM - Kayla""",
"planted": [
    P("@jess_on_the_go", "username"),
    P("Jessica", "name"),
    P("jessica.alvarez@example.com", "email"),
    P("Marco Alvarez", "name"),
    P("(720) 555-0191", "phone"),
    P("Kayla", "name"),
    P("@marcoalv_88", "username"),
],
"lookalikes": [
    L("flight 1184", "flight_number"),
    L("K7PZQ2", "booking_reference"),
    L("flight 2096", "flight_number"),
    L("3:40 PM", "time"),
    L("seat 14C", "reference"),
    L("$12", "price"),
],
},
# ---------------------------------------------------------------- 005 Canada mobile, pasted card
{
"id": "en-chat-005", "language": "en", "channel": "chat",
"text": """Chat transcript – Northern Lights Mobile
Marie-Ève: Bonjour / Hi! You're chatting with Marie-Ève. How can I help?
Customer: hi i want to pay my overdue bill, the website keeps giving an error
Marie-Ève: I can help with that! Can I get the account holder's name and the postal code on the account?
Customer: Liam Fraser, V5K 0A4
Marie-Ève: Thanks Liam. Your balance is $142.67, overdue since March 3.
Customer: 4828 2073 8221 8306 12/27
Customer: just charge that one
Marie-Ève: Please don't share full card numbers in chat – I've masked that message for your security 🔒 I'll send you a secure payment link instead. Is liam.fraser@example.com still your email?
Customer: yep
Marie-Ève: Sent! You can also pay by Interac e-Transfer. Once it's paid your Unlimited 50 GB plan ($65/month) is reactivated within 2 hours.
Customer: ok paid. also can u send the new SIM to my new place? 2210 Pandora Street, Vancouver BC V5L 1M2
Marie-Ève: Done, order PMT-88412. And the number to text tracking to, (604) 555-0162?
Customer: thats it. thx""",
"planted": [
    P("Marie-Ève", "name"),
    P("Liam Fraser", "name"),
    P("V5K 0A4", "postcode"),
    P("4828 2073 8221 8306", "card"),
    P("liam.fraser@example.com", "email"),
    P("2210 Pandora Street, Vancouver BC V5L 1M2", "address", mns=["2210 Pandora Street", "V5L 1M2"]),
    P("(604) 555-0162", "phone"),
],
"lookalikes": [
    L("$142.67", "amount"),
    L("March 3", "date"),
    L("Interac e-Transfer", "product"),
    L("Unlimited 50 GB", "product"),
    L("$65/month", "price"),
    L("2 hours", "duration"),
    L("PMT-88412", "order_number"),
],
},
# ---------------------------------------------------------------- 006 Australia gym, Messenger
{
"id": "en-chat-006", "language": "en", "channel": "chat",
"text": """Messenger · Pulse24 Fitness Bondi

Chloe Anderson
hey! can I put my membership on hold for 2 months? heading overseas 🌏✈️

Pulse24 Fitness Bondi
Hey Chloe! No dramas at all. Can you confirm your DOB and the mobile on your account? – Tahlia

Chloe Anderson
02/07/1995 and 0491 570 110

Pulse24 Fitness Bondi
Thanks! Member no. P24-10387. A hold costs $2.50/week instead of your usual $17.95 a week, starting 15 April. It'll still come out via direct debit from BSB 032-001 account 204 881 – that right?

Chloe Anderson
yep. oh and I've moved, new address is 3/41 Campbell Parade, Bondi Beach NSW 2026

Pulse24 Fitness Bondi
All updated 🙌 Confirmation is on its way to chloe.anderson@example.com

Chloe Anderson
legend. also my sister Mia wants to join, can she use my referral code REF-7Q2X9?

Pulse24 Fitness Bondi
Heaps! She'll get her first 2 weeks free. – Tahlia""",
"planted": [
    P("Chloe Anderson", "name"),
    P("02/07/1995", "birth_date"),
    P("0491 570 110", "phone"),
    P("Tahlia", "name"),
    P("BSB 032-001 account 204 881", "iban", mns=["204 881"]),
    P("3/41 Campbell Parade, Bondi Beach NSW 2026", "address", mns=["3/41 Campbell Parade", "2026"]),
    P("chloe.anderson@example.com", "email"),
    P("Mia", "name"),
],
"lookalikes": [
    L("Pulse24 Fitness Bondi", "company"),
    L("2 months", "duration"),
    L("P24-10387", "customer_number"),
    L("$2.50/week", "price"),
    L("$17.95 a week", "price"),
    L("15 April", "date"),
    L("REF-7Q2X9", "reference"),
],
},
# ---------------------------------------------------------------- 007 New Zealand KiwiSaver chat
{
"id": "en-chat-007", "language": "en", "channel": "chat",
"text": """Live chat – Harbourside KiwiSaver
Mere (Member Services): Kia ora, you're chatting with Mere. How can I help today?
You: hi, I want to switch from the conservative fund to growth, and update my details
Mere (Member Services): Sure thing! To verify you, can I please get your full name, date of birth and IRD number?
You: Hemi Walker, 23/05/1989, IRD 113-387-831
Mere (Member Services): Thanks Hemi, you're verified. Your balance is $24,310.55, in the Conservative Fund. I've submitted the switch to the Growth Fund – it takes effect in 2-3 working days.
You: choice. also my contribution rate should be 6% not 3% from 1 April, my employer changed it
Mere (Member Services): Contribution rates are set through your employer and IR, so they'll update that on their side. What details did you want to update?
You: new address Flat 2, 18 Ponsonby Terrace, Auckland 1011 and mobile 022 318 4470
Mere (Member Services): Done. And for the first-home withdrawal you asked about last week, the funds would be paid to 12-3140-0456789-00?
You: yeah thats our joint account with my partner Kiri
Mere (Member Services): Perfect. I'll email the forms to hemi.walker@example.com. Ngā mihi!""",
"planted": [
    P("Mere", "name"),
    P("Hemi Walker", "name"),
    P("23/05/1989", "birth_date"),
    P("113-387-831", "national_id", check="ird"),
    P("Flat 2, 18 Ponsonby Terrace, Auckland 1011", "address", mns=["18 Ponsonby Terrace", "1011"]),
    P("022 318 4470", "phone"),
    P("12-3140-0456789-00", "iban"),
    P("Kiri", "name"),
    P("hemi.walker@example.com", "email"),
],
"lookalikes": [
    L("Harbourside KiwiSaver", "company"),
    L("$24,310.55", "amount"),
    L("Conservative Fund", "product"),
    L("Growth Fund", "product"),
    L("2-3 working days", "duration"),
    L("6%", "percentage"),
    L("1 April", "date"),
],
},
# ---------------------------------------------------------------- 008 South Africa, WhatsApp motor claim
{
"id": "en-chat-008", "language": "en", "channel": "chat",
"text": """[2024/03/09, 16:44] Khanya – SafeRide Insurance: Good afternoon Mr van Wyk, we have received your claim notification. Please confirm your ID number and the vehicle registration.
[2024/03/09, 16:51] Johan van Wyk: Afternoon. ID 7903028384087, reg CA 412-908
[2024/03/09, 16:52] Johan van Wyk: The other guy skipped a red robot on Durban Road and hit my bakkie
[2024/03/09, 16:55] Khanya – SafeRide Insurance: Sorry to hear that! Claim number CLM-ZA-88120 is open for your Toyota Hilux. Did you get the third party's details?
[2024/03/09, 17:02] Johan van Wyk: Ja. Lerato Mokoena, 072 555 0187, her car is a white Polo, CY 118-447
[2024/03/09, 17:02] Johan van Wyk: <image omitted>
[2024/03/09, 17:05] Khanya – SafeRide Insurance: Thank you. Your excess is R5 000. The vehicle was towed by Dial-a-Tow to their yard? We will send an assessor on Monday.
[2024/03/09, 17:07] Johan van Wyk: Yes. Please send the documents to johan.vanwyk@example.com. Home address is 17 Protea Street, Durbanville, 7550 if you need it
[2024/03/09, 17:08] Khanya – SafeRide Insurance: Noted, thank you Mr van Wyk. Please also get a case number from the SAPS within 24 hours.""",
"planted": [
    P("Khanya", "name"),
    P("Johan van Wyk", "name"),
    P("7903028384087", "national_id", check="said"),
    P("CA 412-908", "plate"),
    P("Lerato Mokoena", "name"),
    P("072 555 0187", "phone"),
    P("CY 118-447", "plate"),
    P("johan.vanwyk@example.com", "email"),
    P("17 Protea Street, Durbanville, 7550", "address", mns=["17 Protea Street", "7550"]),
],
"lookalikes": [
    L("SafeRide Insurance", "company"),
    L("CLM-ZA-88120", "claim_number"),
    L("Toyota Hilux", "vehicle_model"),
    L("R5 000", "amount"),
    L("Dial-a-Tow", "company"),
    L("24 hours", "duration"),
    L("2024/03/09, 16:44", "time"),
],
},
# ---------------------------------------------------------------- 009 India e-commerce, bot -> agent, UPI refund
{
"id": "en-chat-009", "language": "en", "channel": "chat",
"text": """Nova (ShopKaro Assistant): Hi! I'm Nova 🤖 How can I help you today?
Customer: refund not received for cancelled order
Nova (ShopKaro Assistant): Please share your order ID.
Customer: OD4301198827341
Nova (ShopKaro Assistant): I see the refund of ₹14,999 was initiated on 11 Mar. Refunds take 5-7 business days. Do you want to talk to an agent?
Customer: yes its been 12 days!!
Nova (ShopKaro Assistant): Connecting you to an agent...
Pooja (ShopKaro Support): Hi, I am Pooja. Sorry for the trouble. Can you confirm your registered mobile number and name?
Customer: Rahul Verma, +91 90041 27788
Pooja (ShopKaro Support): Thank you Rahul ji. The refund for your Redmi Note 13 Pro went to the UPI ID rahulverma92@oksbi but the bank returned it. Is this UPI ID active?
Customer: no i closed that sbi account. send to my paytm UPI 9004127788@paytm
Pooja (ShopKaro Support): Done. New refund reference RFD-6620183. Delivery of the replacement phone will go to B-204, Shanti Niketan Society, Sector 62, Noida 201309, correct?
Customer: yes. and mail the invoice to rverma.noida@example.com pls
Pooja (ShopKaro Support): Sure. You will get it within 24 hours.""",
"planted": [
    P("Pooja", "name"),
    P("Rahul Verma", "name"),
    P("+91 90041 27788", "phone"),
    P("rahulverma92@oksbi", "username"),
    P("9004127788@paytm", "username", mns=["9004127788@paytm", "9004127788"]),
    P("B-204, Shanti Niketan Society, Sector 62, Noida 201309", "address", mns=["B-204, Shanti Niketan Society", "201309"]),
    P("rverma.noida@example.com", "email"),
],
"lookalikes": [
    L("Nova", "bot_name"),
    L("OD4301198827341", "order_number"),
    L("₹14,999", "price"),
    L("11 Mar", "date"),
    L("Redmi Note 13 Pro", "product"),
    L("RFD-6620183", "reference"),
    L("5-7 business days", "duration"),
],
},
# ---------------------------------------------------------------- 010 India bank, card pasted, suspicious login
{
"id": "en-chat-010", "language": "en", "channel": "chat",
"text": """Chat with Malabar Bank – Card Services
Bot: Welcome to Malabar Bank. Please enter the last 4 digits of your card.
Customer: 5449 6725 2408 0391
Bot: Sorry, I did not understand. Connecting you to an executive.
Executive (Anjali): Good evening, this is Anjali. Please do not share your full card number or CVV in chat. How may I help you?
Customer: sorry. someone did transactions on my credit card in the night, 3 transactions total ₹48,200. I am Arjun Menon
Executive (Anjali): I am sorry to hear that, Mr. Menon. Please confirm your date of birth and registered mobile number.
Customer: 27/01/1985, +91 94470 51832
Executive (Anjali): Thank you. I have blocked the card ending 0391. I can see a net banking login at 11:42 PM from IP address 198.51.100.77 which is not your usual device. Did you share any OTP?
Customer: no!! i got a call saying KYC update from bank and he asked for my customer ID only
Executive (Anjali): Please never share details on such calls. I have raised dispute ticket CRN-55120993. Replacement card will be sent to TC 24/1187, Sasthamangalam, Thiruvananthapuram 695010 within 7 working days. Confirmation will go to arjun.menon85@example.com.""",
"planted": [
    P("5449 6725 2408 0391", "card"),
    P("Anjali", "name"),
    P("Arjun Menon", "name"),
    P("27/01/1985", "birth_date"),
    P("+91 94470 51832", "phone"),
    P("198.51.100.77", "ip"),
    P("TC 24/1187, Sasthamangalam, Thiruvananthapuram 695010", "address", mns=["TC 24/1187, Sasthamangalam", "695010"]),
    P("arjun.menon85@example.com", "email"),
],
"lookalikes": [
    L("Malabar Bank", "company"),
    L("₹48,200", "amount"),
    L("11:42 PM", "time"),
    L("CRN-55120993", "ticket_number"),
    L("7 working days", "duration"),
    L("3 transactions", "quantity"),
],
},
]
