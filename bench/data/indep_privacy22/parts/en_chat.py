import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from helpers import A, E, L, N, P, rec  # noqa: E402

RECORDS = [

# ------------------------------------------------------------------ bot handover, UK broadband
rec("en-chat-001", """
Ava (virtual assistant) 18:02: Hi there 👋 I'm Ava, Fibrelink's virtual assistant. What can I help with today?
You 18:02: internet keeps dropping every evening
You 18:03: like every 10 mins
Ava (virtual assistant) 18:03: Sorry to hear that. I've run a line test and found an intermittent fault. I'll pass you to one of our team.
System 18:07: Callum has joined the chat.
Callum 18:07: Hi, Callum here. Can I confirm the account holder's full name and the postcode please?
You 18:08: Emma Whitaker, LE1 6SL
Callum 18:09: Thanks Emma. I can see the Hub 3 at 22 Belvoir Street is reporting 14 disconnections in the last 24 hours. I'm booking an engineer for Saturday, 8am-1pm. Is 0116 496 0923 the best number for them?
You 18:10: yes or my flatmate Joe on 07700 900518 if I'm out
Callum 18:11: Perfect. Your case number is 00981245. You'll also get £8.50 credit on your next bill for the disruption.
You 18:11: thanks. can the confirmation go to emma.w@example.net, not the old hotmail
Callum 18:12: Done ✅ Anything else?
You 18:12: no thats all cheers
""", [
    N("Callum"),
    N("Emma Whitaker"),
    P("LE1 6SL", "postcode"),
    A("22 Belvoir Street", street="22 Belvoir Street"),
    P("0116 496 0923", "phone"),
    N("Joe"),
    P("07700 900518", "phone"),
    E("emma.w@example.net"),
], [
    L("Ava", "bot"), L("10 mins", "duration"), L("Hub 3", "product"), L("14 disconnections", "quantity"),
    L("Saturday, 8am-1pm", "time"), L("00981245", "case"), L("£8.50", "price"),
]),

# ------------------------------------------------------------------ WhatsApp export (US iOS format), dental office
rec("en-chat-002", """
[3/14/24, 2:05:11 PM] Jessica Alvarez: Hi! I need to reschedule my son's cleaning on Tuesday, he has a school trip 😅
[3/14/24, 2:09:47 PM] Bright Smiles Dental: Hi Jessica! No problem. What's his name and date of birth?
[3/14/24, 2:10:30 PM] Jessica Alvarez: Mateo Alvarez, 08/21/2015
[3/14/24, 2:14:02 PM] Bright Smiles Dental: Got him. We have openings with Dr. Rosen on Thursday 3/21 at 3:30 PM or Monday 3/25 at 8:00 AM.
[3/14/24, 2:15:18 PM] Jessica Alvarez: thursday please
[3/14/24, 2:16:40 PM] Bright Smiles Dental: Booked! Also, we noticed your insurance changed. Can you send the new member ID?
[3/14/24, 2:18:55 PM] Jessica Alvarez: <attached: 00000019-PHOTO-2024-03-14-14-18-51.jpg>
[3/14/24, 2:19:10 PM] Jessica Alvarez: it's under my husband, Carlos Alvarez, member ID W88412093, group 004471
[3/14/24, 2:21:33 PM] Bright Smiles Dental: Thanks! Is your address still 1420 E Pine St, Apt 5, Seattle, WA 98122?
[3/14/24, 2:22:01 PM] Jessica Alvarez: yes. and my cell changed, it's (206) 555-0172 now
[3/14/24, 2:23:45 PM] Bright Smiles Dental: Updated. Copay for the cleaning is $25. See you Thursday! – Brianna
""", [
    N("Jessica Alvarez"),
    N("Mateo Alvarez"),
    P("08/21/2015", "birth_date"),
    N("Dr. Rosen", only=["Rosen"]),
    N("Carlos Alvarez"),
    A("1420 E Pine St, Apt 5, Seattle, WA 98122", street="1420 E Pine St", postcode="98122"),
    P("(206) 555-0172", "phone"),
    N("Brianna"),
], [
    L("Thursday 3/21", "date"), L("3:30 PM", "time"), L("Monday 3/25", "date"), L("W88412093", "member"),
    L("004471", "reference"), L("$25", "price"), L("Bright Smiles Dental", "company"),
]),

# ------------------------------------------------------------------ WhatsApp export (UK Android format), letting agent
rec("en-chat-003", """
14/03/2024, 09:15 - Tom Gallagher: Morning, the boiler at the flat has packed in again, no hot water since last night
14/03/2024, 09:16 - Tom Gallagher: IMG-20240314-WA0007.jpg (file attached)
14/03/2024, 09:40 - Oakfield Lettings: Morning Tom, sorry to hear that. Is that Flat 3B, 112 Cowley Road?
14/03/2024, 09:41 - Tom Gallagher: yep OX4 1JE
14/03/2024, 09:52 - Oakfield Lettings: I've spoken to the landlord, Mrs Achterberg, and she's approved a repair. Dave from Hughes Heating will call you to arrange a time.
14/03/2024, 09:53 - Tom Gallagher: great. can he call my flatmate Priyanka if I don't pick up? 07700 900774
14/03/2024, 09:55 - Tom Gallagher: mine is 07700 900913. tell him the cat (Pickles) will try to get out lol
14/03/2024, 10:20 - Oakfield Lettings: Will do. FYI your deposit is protected with the DPS, ref 1284-7730-99, in case you wondered after last week's email. Regards, Natalie
14/03/2024, 10:21 - Tom Gallagher: cheers Natalie 👍
14/03/2024, 15:02 - Tom Gallagher: Dave came, all fixed. it was the pressure, 1.5 bar now
""", [
    N("Tom Gallagher"),
    A("Flat 3B, 112 Cowley Road", street="112 Cowley Road", postcode="OX4 1JE"),
    N("Mrs Achterberg", only=["Achterberg"]),
    N("Dave"),
    N("Priyanka"),
    P("07700 900774", "phone"),
    P("07700 900913", "phone"),
    N("Natalie"),
], [
    L("Hughes Heating", "company"), L("Pickles", "pet"), L("1284-7730-99", "reference"), L("1.5 bar", "quantity"),
    L("IMG-20240314-WA0007.jpg", "other"), L("Oakfield Lettings", "company"), L("last week", "date"),
]),

# ------------------------------------------------------------------ SaaS support portal chat, username + IPs + Amex pasted
rec("en-chat-004", """
Support chat · Signed in as: kwashington · Account ID 200-41187 · IP 198.51.100.61 · Chrome 123 (macOS)

Sam (Support) 4:12 PM: Hi Keisha, thanks for reaching out. How can I help?
kwashington 4:13 PM: Hi! Our workspace got suspended for non-payment but the card on file just expired. Can I give you the new one here?
Sam (Support) 4:14 PM: Please use the billing page rather than chat, but if it's failing I can help.
kwashington 4:15 PM: it keeps failing. 3737 091365 05059, billing zip 30308
Sam (Support) 4:17 PM: Thanks — I've added it and removed your message from the transcript view. The $1,188.00 annual invoice (INV-2024-01932) is now paid and the workspace is back.
kwashington 4:18 PM: amazing. also one of our users, Marcus Reid, got locked out after too many logins from 2001:db8:85a3::8a2e:370:7334
Sam (Support) 4:20 PM: I see that. It's his home IPv6 — I've unlocked him. His username is mreid_ops, right?
kwashington 4:20 PM: yes
Sam (Support) 4:21 PM: All sorted. Your plan renews on 04/18/2025. Anything else?
kwashington 4:22 PM: nope, thanks Sam!
""", [
    P("kwashington", "username"),
    P("198.51.100.61", "ip"),
    N("Sam"),
    N("Keisha"),
    P("3737 091365 05059", "card", scheme="card"),
    P("30308", "postcode"),
    N("Marcus Reid"),
    P("2001:db8:85a3::8a2e:370:7334", "ip"),
    P("mreid_ops", "username"),
], [
    L("200-41187", "customer"), L("Chrome 123", "version"), L("$1,188.00", "price"), L("INV-2024-01932", "invoice"),
    L("04/18/2025", "date"), L("4:12 PM", "time"),
]),

# ------------------------------------------------------------------ Instagram DM, Perth café catering, lower case + emoji
rec("en-chat-005", """
Instagram · Messages

@jaz.m_ · 11:04
hey!! do u guys do catering for a small work lunch? like 12 ppl 🙏

Little Crow Café · 11:20
hey! we sure do 🥪 what were you thinking?

@jaz.m_ · 11:23
maybe 6 reubens and 6 caesar wraps? and a gf option for my colleague tegan

Little Crow Café · 11:31
easy! the Reuben platter + Caesar wraps for 12 comes to $186 incl. GST, gf is no extra. when and where?

@jaz.m_ · 11:35
friday 12:30 to 3/17 Beaufort St, Perth WA 6000, level 2. order under Jasmine Morales

@jaz.m_ · 11:35
my mob is 0491 570 737 if the driver cant find it

Little Crow Café · 11:40
perfect 🙌 invoice will go to jasmine.morales@example.com — pay by friday morning pls. cheers, Mick
""", [
    P("@jaz.m_", "username", extra=["jaz.m_"]),
    N("tegan"),
    A("3/17 Beaufort St, Perth WA 6000", street="3/17 Beaufort St", postcode="6000"),
    N("Jasmine Morales"),
    P("0491 570 737", "phone"),
    E("jasmine.morales@example.com"),
    N("Mick"),
], [
    L("12 ppl", "quantity"), L("Reuben", "product"), L("reubens", "product"), L("Caesar wraps", "product"),
    L("$186", "price"), L("friday 12:30", "time"), L("Little Crow Café", "company"), L("level 2", "other"),
]),

# ------------------------------------------------------------------ UK online retailer, card pasted, typos
rec("en-chat-006", """
Live chat – Harlow & Finch Home
Chat started 12 Feb 2024, 20:31

Agent (Leah): Hi, you're chatting with Leah. How can I help?
Customer: hi my order HF-7730215 says payment failed but money has left my account??
Agent (Leah): Sorry about that! Could you confirm the name on the order and the delivery postcode?
Customer: ben carter, GU1 4AP
Customer: card was 4769 7182 8910 9944 if that helps
Agent (Leah): Thank you Ben — please don't share full card numbers in chat, I've masked it on our side. I can see a pending authorisation of £349.00 which will drop off in 3-5 days. The order itself didn't go through.
Customer: ugh ok. can you put it through again? same adress, Flat 12, Marlowe House, 3 Station Approach
Agent (Leah): I can send you a payment link instead. Best email?
Customer: ben.carter.84@example.com
Customer: and my mum Linda might ring about it as its a present for her, her number is 01632 960 418
Agent (Leah): No problem, I'll add a note. The sofa (Ellis 3-seater, oat) is still in stock, delivery 7-10 working days.
Customer: ok thanks
""", [
    N("ben carter", extra=["Ben"]),
    P("GU1 4AP", "postcode"),
    P("4769 7182 8910 9944", "card", scheme="card"),
    N("Leah"),
    A("Flat 12, Marlowe House, 3 Station Approach", street="3 Station Approach", extra=["Marlowe House"]),
    E("ben.carter.84@example.com"),
    N("Linda"),
    P("01632 960 418", "phone"),
], [
    L("HF-7730215", "order"), L("£349.00", "price"), L("3-5 days", "duration"), L("Ellis 3-seater", "product"),
    L("7-10 working days", "duration"), L("Harlow & Finch Home", "company"), L("12 Feb 2024, 20:31", "date"),
]),

# ------------------------------------------------------------------ Irish energy supplier web chat, MPRN look-alike
rec("en-chat-007", """
[10:02] Niamh – Glas Energy: Hi there, you're through to Niamh. How can I help you today?
[10:03] Customer: Hi Niamh, we've just moved in and want to set up electricity. MPRN is 10012345678 I think, it was on the meter box
[10:04] Niamh – Glas Energy: Grand, thanks. What's the address and Eircode?
[10:05] Customer: Apt 7, The Maltings, Bray, Co. Wicklow, A98 X2W4
[10:06] Niamh – Glas Energy: Perfect, that matches. And the account holder's name?
[10:06] Customer: Aoife Byrne, and can you add my partner Cathal Doyle as a second contact
[10:08] Niamh – Glas Energy: No problem. Meter reading today?
[10:09] Customer: 004127
[10:10] Niamh – Glas Energy: Thanks. You'll be on the Smart Saver plan at 32.5c per kWh with a €50 welcome credit. For the direct debit, what's the IBAN?
[10:11] Customer: IE16 IPBS 1510 8865 6136 40
[10:12] Niamh – Glas Energy: And best mobile?
[10:12] Customer: 086 419 2277, or Cathal on 085 730 6614
[10:13] Niamh – Glas Energy: All set, Aoife! Your account number is GE-4410928 and the switch completes in 21 days.
""", [
    N("Niamh"),
    A("Apt 7, The Maltings, Bray, Co. Wicklow, A98 X2W4", street="Apt 7, The Maltings", postcode="A98 X2W4"),
    N("Aoife Byrne"),
    N("Cathal Doyle"),
    P("IE16 IPBS 1510 8865 6136 40", "iban", scheme="iban"),
    P("086 419 2277", "phone"),
    P("085 730 6614", "phone"),
], [
    L("10012345678", "meter"), L("004127", "meter"), L("Smart Saver", "product"), L("32.5c per kWh", "price"),
    L("€50", "price"), L("GE-4410928", "customer"), L("21 days", "duration"),
]),

# ------------------------------------------------------------------ Canadian payroll portal chat, SIN pasted
rec("en-chat-008", """
PayNorth Employee Portal — Chat
Session: j.tremblay@example.com · 203.0.113.58 · 2024-02-27 19:44 EST

Karen (PayNorth): Hi Julien, how can I help?
Julien: hi, my T4 for 2023 has the wrong SIN on it. the right one is 354 982 225
Karen (PayNorth): Thanks Julien. I see the T4 shows a different number, looks like a typo by your employer. I'll request an amended T4 from Boulangerie Gagnon Inc.
Julien: ok. also my address is old, I'm now at 4520 Rue Saint-Denis, apt 3, Montréal QC H2J 2L3
Karen (PayNorth): Updated. Your 2023 employment income was $62,400.00, that won't change.
Julien: good. and can you add my wife Amélie Roy as emergency contact, (514) 555-0166
Karen (PayNorth): Done. Your own number is still (514) 555-0121?
Julien: yes
Karen (PayNorth): Perfect. The amended T4 should be available within 10 business days. Ticket PN-33018.
""", [
    E("j.tremblay@example.com"),
    P("203.0.113.58", "ip"),
    N("Karen"),
    N("Julien"),
    P("354 982 225", "national_id", scheme="sin"),
    A("4520 Rue Saint-Denis, apt 3, Montréal QC H2J 2L3", street="4520 Rue Saint-Denis", postcode="H2J 2L3"),
    N("Amélie Roy"),
    P("(514) 555-0166", "phone"),
    P("(514) 555-0121", "phone"),
], [
    L("T4", "other"), L("2023", "date"), L("Boulangerie Gagnon Inc.", "company"), L("$62,400.00", "price"),
    L("10 business days", "duration"), L("PN-33018", "ticket"), L("2024-02-27 19:44 EST", "date"),
]),

# ------------------------------------------------------------------ South African insurer on WhatsApp Business
rec("en-chat-009", """
[2024/03/14, 09:12:44] Pieter van der Merwe: Morning, I need to log a claim. Someone reversed into my bakkie at the Checkers parking lot in Bellville
[2024/03/14, 09:13:10] Pieter van der Merwe: ID 6304216794081, reg CA 456-789
[2024/03/14, 09:20:31] Fynbos Insure: Morning Pieter, sorry to hear that. Thanks, I've found your policy FI-0098813 (Toyota Hilux). Did you get the other driver's details?
[2024/03/14, 09:22:02] Pieter van der Merwe: Yes. Nomsa Dlamini, cell 072 555 0184, her reg is CY 218-443. she admitted fault
[2024/03/14, 09:22:40] Pieter van der Merwe: <attached: IMG-20240314-WA0011.jpg>
[2024/03/14, 09:31:15] Fynbos Insure: Great, we'll claim from her insurer. Please also get a case number from SAPS within 24 hours. Your excess is R5,000 but we'll refund it once we recover.
[2024/03/14, 09:33:48] Pieter van der Merwe: ok. my cell is +27 82 555 0198 if the assessor wants to call. my wife Marlize can also take the bakkie in
[2024/03/14, 09:35:20] Fynbos Insure: Claim number CLM-24-55012. The assessor, Johan, will contact you by tomorrow. Regards, Zanele
""", [
    N("Pieter van der Merwe"),
    P("6304216794081", "national_id", scheme="za_id"),
    P("CA 456-789", "plate", scheme="za_plate"),
    N("Nomsa Dlamini"),
    P("072 555 0184", "phone"),
    P("CY 218-443", "plate", scheme="za_plate"),
    P("+27 82 555 0198", "phone"),
    N("Marlize"),
    N("Johan"),
    N("Zanele"),
], [
    L("Checkers", "company"), L("FI-0098813", "policy"), L("Toyota Hilux", "product"), L("24 hours", "duration"),
    L("R5,000", "price"), L("CLM-24-55012", "claim"), L("IMG-20240314-WA0011.jpg", "other"),
]),

# ------------------------------------------------------------------ Indian e-commerce chat, UPI ID + bank refund
rec("en-chat-010", """
ShopKart Help Centre · Chat
Order #OD42291877301 · Samsung Galaxy M14 (₹13,490)

ShopKart Assistant: Hi! I'm Kiara, ShopKart's assistant. How can I help with this order?
Customer: the delivery guy marked it delivered but i never got it
ShopKart Assistant: Sorry to hear that! Connecting you to an agent...
Vikram (ShopKart): Hello, this is Vikram. I'm checking with the courier. The delivery executive Suresh says he handed it to a "Mr. Kumar" at the gate?
Customer: there is no Mr Kumar here. my name is Ananya Krishnan and i live alone. address is 14B, Lotus Residency, Anna Nagar West, Chennai 600040
Customer: my number is +91 94440 18273
Vikram (ShopKart): Understood ma'am. I've raised a complaint, ID CMP-7781230. If not found within 48 hours we'll refund ₹13,490. Refund to UPI or bank?
Customer: UPI ananya.k@oksbi
Customer: or bank a/c 50100234871126 IFSC HDFC0001234 if upi fails
Vikram (ShopKart): Noted both. You'll get an SMS update. Anything else?
Customer: no thanks
""", [
    N("Vikram"),
    N("Suresh"),
    N("Mr. Kumar", only=["Kumar"]),
    N("Ananya Krishnan"),
    A("14B, Lotus Residency, Anna Nagar West, Chennai 600040", street="14B, Lotus Residency", postcode="600040"),
    P("+91 94440 18273", "phone"),
    P("ananya.k@oksbi", "username"),
    P("50100234871126", "iban", scheme="in_account"),
], [
    L("#OD42291877301", "order"), L("Samsung Galaxy M14", "product"), L("₹13,490", "price"), L("Kiara", "bot"),
    L("CMP-7781230", "case"), L("48 hours", "duration"), L("HDFC0001234", "other"),
]),
]
