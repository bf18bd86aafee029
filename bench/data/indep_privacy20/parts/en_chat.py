import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from mk import *

RECORDS = [
rec("en-chat-001", """Ollie (virtual assistant): Hi, I'm Ollie 🤖 What can I help you with today?
You: broadband keeps dropping
Ollie (virtual assistant): I'm sorry to hear that. Let me connect you to one of our team.
Ollie (virtual assistant): You're now chatting with Priya.
Priya: Hi there, Priya here from Fibrenest. Could I take your full name and the postcode of the property?
You: Danny Whitlock, NE6 5TR
Priya: Thanks Danny. And the first line of the address?
You: 31 Shields Road, flat B
Priya: Great, I can see your Fibre 500 package. Our line test shows drops since Tuesday. Your router's WAN IP is 203.0.113.194 — can you confirm the lights on the Nest Hub 2?
You: orange flashing
Priya: That's a sync fault. I've booked an engineer for Thu 14 Nov, 8am-1pm, job ref ENG-5541982. Who'll be at home?
You: me or my flatmate Ruth Akinyemi
Priya: Best contact number?
You: 07700 900 418
Priya: And we'll send the confirmation to danny.whitlock@example.co.uk, is that right?
You: yep cheers""",
[name("Priya"), name("Danny Whitlock"), pc("NE6 5TR"), addr("31 Shields Road, flat B", "31 Shields Road"), ip("203.0.113.194"),
 name("Ruth Akinyemi"), phone("07700 900 418"), email("danny.whitlock@example.co.uk")],
[L("Ollie (virtual assistant)", "bot_name"), L("Fibrenest", "company_name"), L("Fibre 500", "product_name"), L("Nest Hub 2", "product_name"),
 L("Thu 14 Nov, 8am-1pm", "date"), L("ENG-5541982", "job_reference")]),

rec("en-chat-002", """[03/10/2024, 11:02] Niamh Ní Bhriain: Hi, I've a parcel that's been sitting in the depot for a week, tracking CE 441 902 173 IE
[03/10/2024, 11:09] Emerald Express: Hi Niamh, sorry about that! Can you confirm the delivery address and Eircode?
[03/10/2024, 11:11] Niamh Ní Bhriain: 22 Cnoc na Gréine, Ballincollig, Co. Cork, P31 K8D2
[03/10/2024, 11:13] Emerald Express: Thanks. The driver couldn't find the house, there's no number on the gate. Could we have a phone number for the driver?
[03/10/2024, 11:14] Niamh Ní Bhriain: 086 204 7731. or my husband Conor Twomey 085 117 6409
[03/10/2024, 11:15] Niamh Ní Bhriain: it's the yellow house beside Dunnes, can't miss it 😅
[03/10/2024, 11:18] Emerald Express: Perfect, rescheduled for tomorrow between 10:00 and 14:00. There's €4.50 customs charge outstanding, you can pay at the door.
[03/10/2024, 11:19] Niamh Ní Bhriain: grand, and can you send the receipt to niamh.nibhriain@example.ie
[03/10/2024, 11:21] Emerald Express: Done ✅ Ref EE-77120.""",
[name("Niamh Ní Bhriain"), addr("22 Cnoc na Gréine, Ballincollig, Co. Cork, P31 K8D2", "22 Cnoc na Gréine", "P31 K8D2"), phone("086 204 7731"),
 name("Conor Twomey"), phone("085 117 6409"), email("niamh.nibhriain@example.ie"), addr("the yellow house beside Dunnes")],
[L("CE 441 902 173 IE", "tracking_number"), L("Emerald Express", "company_name"), L("between 10:00 and 14:00", "time"),
 L("€4.50", "price"), L("EE-77120", "reference_number"), L("03/10/2024, 11:02", "timestamp")]),
rec("en-chat-003", """Direct Message · @FlySkyward
@brandon_tx_22: yo my flight got cancelled and nobody at the gate will help 😤 conf # QK7TRP
@FlySkyward: Hi Brandon, we're sorry about the disruption. Please DM us the full name on the booking and your date of birth so we can locate it. ^JL
@brandon_tx_22: Brandon Lee Whitaker, 06/14/1995
@FlySkyward: Thanks. We've rebooked you on SK1182 DFW–ORD tomorrow at 7:45 AM, seat 14C. Your travel companion Kayla Ortiz is on the same flight in 14D. ^JL
@brandon_tx_22: ok. can u send a hotel voucher? im at the terminal D
@FlySkyward: A $150 hotel voucher and $24 meal voucher have been sent to bwhitaker95@example.com. ^JL
@brandon_tx_22: what about my known traveler number it didnt carry over. its 98831047
@FlySkyward: Added to the new reservation. If anything else comes up, call us from (214) 555-0163? Is that your number on file? ^JL
@brandon_tx_22: ya""",
[user("@brandon_tx_22"), name("Brandon Lee Whitaker"), dob("06/14/1995"), name("Kayla Ortiz"), email("bwhitaker95@example.com"),
 nid("98831047", "passport"), phone("(214) 555-0163")],
[L("@FlySkyward", "company_handle"), L("QK7TRP", "booking_reference"), L("SK1182", "flight_number"), L("7:45 AM", "time"),
 L("seat 14C", "seat"), L("$150", "price"), L("$24", "price")]),

rec("en-chat-004", """Instagram · @saltandwattle.co
@kirra.m.designs: hey! ordered the Matilda linen dress in sage size 12 like 3 weeks ago and still nothing?? order #SW-30918
@saltandwattle.co: Hi Kirra! So sorry 🙏 Let me check. Can you confirm the delivery address?
@kirra.m.designs: 4/71 Beach Road, Coogee NSW 2034
@saltandwattle.co: Thanks! Aus Post shows it was returned to us as "addressee unknown" 😩 was the name on the order Kirra Mahoney?
@kirra.m.designs: no its Kirra McLeod-Mahoney, I think the label got cut off
@saltandwattle.co: Ah that'd be it. We'll resend it today with express post, free of charge ($89.95 dress + $12 express). Best mobile for the courier?
@kirra.m.designs: 0491 571 266
@saltandwattle.co: Sent! Tracking will go to kirra.mm@example.com.au xx Georgie""",
[user("@kirra.m.designs"), name("Kirra"), addr("4/71 Beach Road, Coogee NSW 2034", "4/71 Beach Road", "2034"), name("Kirra Mahoney"),
 name("Kirra McLeod-Mahoney"), phone("0491 571 266"), email("kirra.mm@example.com.au"), name("Georgie")],
[L("@saltandwattle.co", "company_handle"), L("Matilda linen dress", "product_name"), L("size 12", "size"), L("#SW-30918", "order_number"),
 L("$89.95", "price"), L("$12 express", "price"), L("Aus Post", "company_name")]),

rec("en-chat-005", """Northern Trust Credit Union – Secure chat
System: You are now connected with Harpreet.
Harpreet: Hello! How can I help you this evening?
Member: hi there's a charge on my visa I didn't make, $742.18 at "ELECTRO ZONE ONLINE"
Harpreet: I'm sorry to hear that. For verification, can you confirm your full name, date of birth and postal code?
Member: Émilie Tremblay-Roy, 1987-02-11, H2J 3K9
Harpreet: Thank you Émilie. I see the charge was made from an IP address 2001:db8:4a1c::17, which isn't one you've used before. I've blocked the card ending 5583.
Member: ok. the full number is 4886 7496 0241 6672 if that helps
Harpreet: Please don't share the full number in chat, even with us! A replacement will be sent to 5120 Avenue du Parc, Montréal. Is that still correct?
Member: yes apt 3
Harpreet: Dispute case DC-0093317 is open. We'll call you at 514-555-0119 if we need more information.""",
[name("Harpreet"), name("Émilie Tremblay-Roy"), dob("1987-02-11"), pc("H2J 3K9"), ip("2001:db8:4a1c::17"), card("4886 7496 0241 6672"),
 addr("5120 Avenue du Parc", "5120 Avenue du Parc"), phone("514-555-0119")],
[L("Northern Trust Credit Union", "company_name"), L("$742.18", "price"), L("ELECTRO ZONE ONLINE", "merchant_name"),
 L("DC-0093317", "case_number"), L("this evening", "time")]),
rec("en-chat-006", """Kererū Power · Live chat
Kererū Power: Kia ora! You're chatting with Sione. What can I help with?
Customer: hi im moving out of my flat on friday and need to close the power account
Sione: No problem. What's the address and the account holder's name?
Customer: Mereana Tipene, 17B Aro Street, Aro Valley, Wellington 6021
Sione: Thanks Mereana. The ICP for that property is 0000154879WE3A1. Can you send a final meter reading on Friday?
Customer: sure. can the bond refund... sorry i mean the credit go to my bank acc 06-0501-0732148-00
Sione: Yes, you have $63.20 in credit. I'll also need your date of birth for verification.
Customer: 2 April 1999
Sione: Perfect. And where are you moving to, in case we need to send the final bill?
Customer: back home to mum's, 88 Tukituki Road, Waipawa 4210. my email is mereana.t@example.co.nz
Sione: All sorted! Ref KP-4410927.""",
[name("Sione"), name("Mereana Tipene"), addr("17B Aro Street, Aro Valley, Wellington 6021", "17B Aro Street", "6021"), acct("06-0501-0732148-00"),
 dob("2 April 1999"), addr("88 Tukituki Road, Waipawa 4210", "88 Tukituki Road", "4210"), email("mereana.t@example.co.nz")],
[L("Kererū Power", "company_name"), L("0000154879WE3A1", "icp_number"), L("$63.20", "price"), L("on Friday", "date"), L("KP-4410927", "reference_number")]),

rec("en-chat-007", """WhatsApp · Ubuntu Mobile Support
[2024/08/19, 08:41] +27 71 508 2264: Morning, I bought a new SIM and it says I must RICA it. How?
[2024/08/19, 08:44] Ubuntu Mobile Support: Good morning! 😊 My name is Zanele. Please send your full name, SA ID number and residential address.
[2024/08/19, 08:47] +27 71 508 2264: Sipho Ndlovu 9001066708081
[2024/08/19, 08:47] +27 71 508 2264: 45 Jabulani Street, Soweto, 1868
[2024/08/19, 08:52] Ubuntu Mobile Support: Thank you Mr Ndlovu. What is the SIM serial number? (printed on the card, starts with 8927)
[2024/08/19, 08:55] +27 71 508 2264: 8927 0012 3456 7890 123
[2024/08/19, 08:58] Ubuntu Mobile Support: Your SIM is now RICA'd ✅ The new number is 063 219 4470. You have R29 airtime and 1GB data bonus.
[2024/08/19, 08:59] +27 71 508 2264: thanks sisi. my email for the statements is sipho.ndlovu90@example.co.za
[2024/08/19, 09:01] Ubuntu Mobile Support: Updated. Have a lekker day!""",
[phone("+27 71 508 2264"), name("Zanele"), name("Sipho Ndlovu"), nid("9001066708081", "sa_id"), addr("45 Jabulani Street, Soweto, 1868", "45 Jabulani Street", "1868"),
 phone("063 219 4470"), email("sipho.ndlovu90@example.co.za")],
[L("Ubuntu Mobile Support", "company_name"), L("8927 0012 3456 7890 123", "sim_serial"), L("R29", "price"), L("1GB", "quantity"),
 L("2024/08/19, 08:41", "timestamp"), L("RICA", "regulation_name")]),

rec("en-chat-008", """ShopKart Help Centre – Chat transcript
ShopKart Assistant: Hi! I'm Kartik, your ShopKart assistant. Please choose an option: 1) Track order 2) Return 3) Refund
Customer: 3
ShopKart Assistant: Connecting you to an agent...
Agent Sneha: Hello, this is Sneha. How may I help?
Customer: refund not received for order OD4412987735 prestige pressure cooker 5L rs 2,149
Agent Sneha: Kindly confirm the registered mobile number and name.
Customer: Arjun Mehta, 98201 55473
Agent Sneha: Thank you sir. Refund was initiated to UPI ID arjun.mehta88@okaxis on 2nd Sept, UTR 424611890213. It may take 5-7 days.
Customer: its been 10 days. the account is in my wife's name Kavya Mehta btw. also pickup guy took the cooker from my flat B-704, Lokhandwala Residency, Andheri West, Mumbai 400053
Agent Sneha: I'm raising a priority ticket TKT-88710342. You'll get an update on arjunm.work@example.in within 48 hours.""",
[name("Sneha"), name("Arjun Mehta"), phone("98201 55473"), user("arjun.mehta88@okaxis", "arjun.mehta88"),
 addr("B-704, Lokhandwala Residency, Andheri West, Mumbai 400053", "B-704, Lokhandwala Residency", "400053"), email("arjunm.work@example.in"),
 name("Kavya Mehta")],
[L("ShopKart Assistant", "bot_name"), L("Kartik", "bot_name"), L("OD4412987735", "order_number"), L("prestige pressure cooker 5L", "product_name"),
 L("rs 2,149", "price"), L("UTR 424611890213", "transaction_reference"), L("TKT-88710342", "ticket_number")]),
rec("en-chat-009", """PawSure Pet Insurance – Web chat
Bot: Hi, I'm Biscuit 🐾 PawSure's helper. Are you an existing customer?
Customer: yes, need to make a claim
Bot: Great, passing you to a claims handler.
Claims handler (Tom): Hi, Tom here. Which pet is the claim for?
Customer: our cat Mr Whiskers, he was hit by a car 😢 policy PS-0048127
Claims handler (Tom): I'm so sorry. I can see Mr Whiskers, policyholder Hannah Greenwood, 58 Mill Lane, Didsbury, M20 2PL. Is that right?
Customer: yes but the vet bill is in my partner's name, Olusegun Adebayo
Claims handler (Tom): That's fine. Which vet treated him and how much was it?
Customer: Riverside Vets, £1,372.40, invoice RV-22918
Claims handler (Tom): Thanks. The excess is £99 plus 20% co-pay. Shall we pay the vet directly or to your account?
Customer: to us please, sort code 40-12-76 acct 31884520
Claims handler (Tom): And can you confirm your date of birth, Hannah?
Customer: 07/09/1989. you can reach me on 0161 496 0582 too""",
[name("Tom"), name("Hannah Greenwood"), addr("58 Mill Lane, Didsbury, M20 2PL", "58 Mill Lane", "M20 2PL"), name("Olusegun Adebayo"),
 acct("sort code 40-12-76 acct 31884520", "31884520"), dob("07/09/1989"), phone("0161 496 0582")],
[L("Biscuit", "bot_name"), L("Mr Whiskers", "pet_name"), L("PS-0048127", "policy_number"), L("Riverside Vets", "company_name"),
 L("£1,372.40", "price"), L("RV-22918", "invoice_number"), L("£99", "price"), L("20%", "percentage")]),

rec("en-chat-010", """Bristol City Council – Parking services webchat
Advisor: Hello, you're chatting with Yasmin. How can I help?
Resident: i got a PCN outside my own house and i have a permit!! PCN number BR60341227
Resident: reg is WK19 HTZ
Advisor: Thanks. I can see the PCN for £70 issued 22/05/2024 at 09:14 on Cotham Brow. The permit on our system is for a different car, reg LV67 OPA. Did you change vehicles?
Resident: oh yeah i got a new car in april. forgot to update it
Advisor: No problem, I can update your permit. Can I have your name and address?
Resident: Gemma O'Driscoll, 12 Cotham Vale, BS6 6HR
Advisor: Thanks Gemma. I'll also need the V5C document reference or the log book name. Is the new car registered to you?
Resident: no it's in my dad's name, Patrick O'Driscoll
Advisor: Then please email a copy of the V5C to parking@bristol.example with your phone number.
Resident: ok, it's 0117 496 0731
Advisor: Great, I've put the PCN on hold for 21 days. Reference PK-559104.""",
[name("Yasmin"), plate("WK19 HTZ"), plate("LV67 OPA"), name("Gemma O'Driscoll", "Driscoll"), addr("12 Cotham Vale, BS6 6HR", "12 Cotham Vale", "BS6 6HR"),
 name("Patrick O'Driscoll"), phone("0117 496 0731")],
[L("BR60341227", "pcn_number"), L("£70", "price"), L("22/05/2024 at 09:14", "date"), L("Cotham Brow", "street_reference"),
 L("V5C", "document_name"), L("21 days", "quantity"), L("PK-559104", "reference_number")]),
]
