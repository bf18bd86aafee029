import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from common import P, L, Rec  # noqa: E402

RECORDS = []
A = RECORDS.append

# 001 UK web shop, bot handover
A(Rec("en-chat-001", """
Live chat transcript - Wren & Willow Clothing
Started: 11/11/2023 20:14 GMT

Olly 🤖: Hi there! I'm Olly, the Wren & Willow virtual assistant. What can I help with?
Customer: my order hasnt arrived and its a gift
Olly 🤖: Sorry to hear that! Could you share your order number? It starts with WW.
Customer: WW-1188430
Olly 🤖: Thanks! Order WW-1188430 contains: Poppy Midi Dress (size 12, £64.00), gift wrap (£3.50). Let me get a human to help.
--- Zainab joined the chat ---
Zainab: Hi, I'm Zainab 😊 I can see this was sent to a different address from your billing one. Can you confirm the name on the order?
Customer: Harriet Mason. it was going to my sister Lucy Mason at 9 Marlborough Buildings, Bath BA1 2LY
Zainab: Thank you Harriet. Royal Mail shows it was returned as "addressee gone away". Is that address definitely right?
Customer: omg she moved last month 🤦‍♀️ its now Flat 2, 17 Widcombe Parade, Bath BA2 4JT
Zainab: No problem! I'll resend it free of charge by Special Delivery. Can I get a contact number for Lucy in case the courier needs it?
Customer: 07700 900 851
Zainab: Perfect. And shall I send the confirmation to harriet.mason@example.net?
Customer: no thats my old work one, use hattie.m@example.com
Zainab: Done! New tracking will come within 24 hours. Your case number is CS-44718. Have a lovely evening!
""", [
    P("Zainab", "name"),
    P("Harriet Mason", "name", "Harriet"),
    P("Lucy Mason", "name", "Lucy"),
    P("9 Marlborough Buildings, Bath BA1 2LY", "address", "9 Marlborough Buildings", "BA1 2LY"),
    P("Flat 2, 17 Widcombe Parade, Bath BA2 4JT", "address", "17 Widcombe Parade", "BA2 4JT"),
    P("07700 900 851", "phone"),
    P("hattie.m@example.com", "email"),
    P("harriet.mason@example.net", "email"),
], [
    L("Olly 🤖", "chatbot_name"), L("WW-1188430", "order_number"), L("Poppy Midi Dress", "product"),
    L("£64.00", "price"), L("£3.50", "price"), L("24 hours", "duration"), L("CS-44718", "case_number"),
    L("Wren & Willow Clothing", "organisation"),
]))

# 002 WhatsApp export (US Android style), tenants group
A(Rec("en-chat-002", """
3/14/24, 9:12 AM - Mike Kowalczyk created group "Boylston Tenants 🏠"
3/14/24, 9:12 AM - Mike Kowalczyk added you
3/14/24, 9:13 AM - Mike Kowalczyk: Hi all, this is Mike, the new property manager for 88 Boylston St. Water will be shut off Tuesday 3/19 from 10am-2pm for the boiler replacement. Baker & Lowe Plumbing will be doing the work.
3/14/24, 9:20 AM - Sarah Jones (Apt 4): Thanks Mike! Will the heat be off too?
3/14/24, 9:22 AM - Mike Kowalczyk: Yes, heat too. Sorry!
3/14/24, 9:31 AM - +1 (617) 555-0139: Hi this is Carlos in 2B. My dog Biscuit freaks out with workers, can someone text me before they come into the basement?
3/14/24, 9:35 AM - Mike Kowalczyk: Sure Carlos. Everyone please save my cell: 617-555-0172
3/14/24, 10:02 AM - Sarah Jones (Apt 4): Also Mike, rent for April - do we still Venmo it to @Kowalczyk-Properties or is it the portal now?
3/14/24, 10:05 AM - Mike Kowalczyk: Portal from April. Link is in the welcome letter. $2,350 due on the 1st.
3/14/24, 10:11 AM - Daniel Okoro: Hey all, Daniel in 3A. Package room lock is broken again, someone took my Amazon box. Can we get a camera?
3/14/24, 10:14 AM - Mike Kowalczyk: <Media omitted>
3/14/24, 10:14 AM - Mike Kowalczyk: New lock code is 4471# starting tomorrow
3/14/24, 10:19 AM - Tom Reilly: Camera would be great. Also the front door doesn't latch, my Oakley (the big golden retriever lol) pushed it open yesterday
3/14/24, 10:22 AM - +1 (617) 555-0139: +1 to the camera. Mrs. Delgado on the 3rd floor said someone was buzzing everyone at 2am last week
3/14/24, 10:25 AM - Mike Kowalczyk: I'll get a quote for a camera and have the latch fixed this week.
3/14/24, 10:40 AM - Sarah Jones (Apt 4): My sister Emily will be staying in my apartment 3/20-3/27 while I travel, just FYI
3/14/24, 10:41 AM - Mike Kowalczyk: Thanks for the heads up Sarah. Can you send me her number privately?
3/14/24, 10:43 AM - Sarah Jones (Apt 4): It's 857-555-0103, sorry for sending here lol
""", [
    P("Mike Kowalczyk", "name", "Mike"),
    P("88 Boylston St", "address", "88 Boylston St"),
    P("Sarah Jones", "name", "Sarah"),
    P("+1 (617) 555-0139", "phone"),
    P("Carlos", "name"),
    P("617-555-0172", "phone"),
    P("Daniel Okoro", "name", "Daniel"),
    P("Emily", "name"),
    P("857-555-0103", "phone"),
    P("Tom Reilly", "name"),
    P("Delgado", "name"),
], [
    L("Boylston Tenants 🏠", "group_name"), L("Tuesday 3/19 from 10am-2pm", "date"),
    L("Baker & Lowe Plumbing", "company_named_after_person"), L("Biscuit", "pet_name"), L("$2,350", "price"),
    L("4471#", "door_code"), L("3/20-3/27", "date"), L("Oakley", "pet_name"), L("2am", "time"),
    L("3/14/24, 10:05 AM", "timestamp"),
]))

# 003 hosting portal chat, usernames, IPv4/IPv6
A(Rec("en-chat-003", """
CloudNest Support Portal - Conversation #CN-77120
Customer: oadeyemi (Olumide Adeyemi) | Plan: Business VPS | Auth: SSO + 2FA
Client IP: 203.0.113.88 | Region: eu-west

[16:20:02] oadeyemi: Hi, I think my server got hacked. CPU is 100% and there's a process called "kdevtmpfsi"
[16:21:15] Agent (Tomás): Hi Olumide, Tomás here. That's a known crypto-miner. I can see SSH logins from 198.51.100.203 and 2001:db8:1c::e4 in the last 24 hours. Do you recognise those?
[16:22:40] oadeyemi: the first one no. the IPv6 one is my developer, Funmi Bakare, she's in Lagos
[16:23:05] Agent (Tomás): OK. I've blocked 198.51.100.203 at the network level. Was password login enabled for the user "deploy"?
[16:23:51] oadeyemi: yes 😬
[16:24:30] Agent (Tomás): I'd recommend rebuilding from your snapshot of 02/04 (snap-4417a) and disabling password auth. I've created ticket SEC-2024-0912 for our security team.
[16:25:10] oadeyemi: ok do it. also please add funmi.b@example.net as a technical contact
[16:26:00] Agent (Tomás): Added. She'll need to accept the invite. Your billing contact is still olumide@example.org?
[16:26:22] oadeyemi: yes
[16:27:45] Agent (Tomás): Rebuild is running, ETA 12 minutes. No extra charge; your monthly plan remains $48.00.
""", [
    P("oadeyemi", "username"),
    P("Olumide Adeyemi", "name", "Olumide"),
    P("203.0.113.88", "ip"),
    P("Tomás", "name"),
    P("198.51.100.203", "ip"),
    P("2001:db8:1c::e4", "ip"),
    P("Funmi Bakare", "name"),
    P("funmi.b@example.net", "email"),
    P("olumide@example.org", "email"),
], [
    L("#CN-77120", "ticket_number"), L("kdevtmpfsi", "process_name"), L("snap-4417a", "snapshot_id"),
    L("SEC-2024-0912", "ticket_number"), L("12 minutes", "duration"), L("$48.00", "price"), L("eu-west", "region"),
]))

# 004 Australian bank chat, card pasted
A(Rec("en-chat-004", """
Koala Bank App - Secure Chat
Customer verified via app | 18/07/2024

Bot: Hi! You're chatting with Koala Bank. Tell me what you need in a few words.
Customer: card declined overseas
Bot: Got it. Connecting you with a banker now...
Banker Josh: Hey there, Josh here. Sorry your card's giving you trouble. Where are you travelling?
Customer: Bali. my card is 4997 7000 8678 8025 and it keeps saying declined at every shop
Banker Josh: Thanks - just a heads-up, please don't share full card numbers in chat, I've masked it. It looks like an overseas fraud block was triggered after a $1,240.00 transaction at a jewellery store in Ubud. Was that you?
Customer: yes that was me lol, bought a ring for my partner Tuan
Banker Josh: Congrats! 💍 I've lifted the block. Can I confirm your name and DOB?
Customer: Mia Nguyen, 27/03/1995
Banker Josh: Thanks Mia. Also, I see your mobile on file is 0412 555 019, is that still right? We'll text you if anything else is flagged.
Customer: it's 0491 570 006 now
Banker Josh: Updated. Want me to send a travel notification to your everyday account too, BSB 083-170 account 4421 9087?
Customer: yes please. and my home address is 5/88 Beach Road, Bondi NSW 2026 if you need it for anything
Banker Josh: All good, that's what we have. Enjoy Bali!
""", [
    P("Josh", "name"),
    P("4997 7000 8678 8025", "card", scheme="card"),
    P("Tuan", "name"),
    P("Mia Nguyen", "name", "Mia"),
    P("27/03/1995", "birth_date"),
    P("0412 555 019", "phone"),
    P("0491 570 006", "phone"),
    P("BSB 083-170 account 4421 9087", "iban", "4421 9087", scheme="plain_account"),
    P("5/88 Beach Road, Bondi NSW 2026", "address", "5/88 Beach Road", "2026"),
], [
    L("18/07/2024", "date"), L("$1,240.00", "price"), L("Ubud", "place"), L("Koala Bank", "organisation"),
    L("Bali", "place"), L("every shop", "quantity"),
]))

# 005 Instagram DM, Indian skincare brand
A(Rec("en-chat-005", """
Instagram · @glowkart.in
────────────
priyankaa_m: hiii my order hasn't come yet 😩 its been 9 days
glowkart.in: Hi Priyanka! So sorry 🙏 This is Neha from GlowKart. Could you share your order ID?
priyankaa_m: GK-IN-558102
glowkart.in: Thanks! I see the Vitamin C serum + Rosie lip tint (₹1,249) is stuck at the Bhiwandi hub. Can you confirm the delivery address?
priyankaa_m: B-1204, Lodha Park, Pandurang Budhkar Marg, Worli, Mumbai 400018
glowkart.in: Got it, and phone number?
priyankaa_m: +91 99200 41873. or my mom Sunita's number 98201 55432 if I don't pick
glowkart.in: Noted 😊 We'll reship today with express delivery, ETA 2 days. Since you paid via UPI, would you like a refund instead?
priyankaa_m: no reship is fine. but if refund then send to priyankam@okhdfc
glowkart.in: Sure! Also here is a 15% code for the trouble: GLOWUP15 ✨
priyankaa_m: yayyy thank u neha 💖
""", [
    P("priyankaa_m", "username"),
    P("Priyanka", "name"),
    P("Neha", "name", "neha"),
    P("B-1204, Lodha Park, Pandurang Budhkar Marg, Worli, Mumbai 400018", "address", "B-1204, Lodha Park", "400018"),
    P("+91 99200 41873", "phone"),
    P("Sunita", "name"),
    P("98201 55432", "phone"),
    P("priyankam@okhdfc", "username"),
], [
    L("GK-IN-558102", "order_number"), L("Rosie lip tint", "product"), L("₹1,249", "price"), L("Bhiwandi", "place"),
    L("2 days", "duration"), L("GLOWUP15", "discount_code"), L("9 days", "duration"), L("@glowkart.in", "org_account"),
]))

# 006 Irish gym chat
A(Rec("en-chat-006", """
FlexFit Galway - Member chat
Opened 06/01/2024 07:32

FlexFit: Hi! Thanks for messaging FlexFit Galway. A member of our team will reply shortly.
Member: Hi I want to freeze my membership, I broke my wrist over Christmas
FlexFit (Aoife): Oh no, sorry to hear that! Aoife here. Can I get your name and date of birth?
Member: Cian Mulligan, 30/08/2001
FlexFit (Aoife): Thanks Cian. I can freeze it for up to 3 months with a doctor's note. Is the note from your GP?
Member: yeah Dr. Nolan in the Claddagh practice
FlexFit (Aoife): Perfect, you can email it to us. Your membership (no. FFG-22917, Student Annual, €29.99/month) will be paused from today. The direct debit from IE28 BOFI 7928 0372 5267 10 will stop until 06/04.
Member: great. also can my brother Oisín use my locker while im out? its locker 114
FlexFit (Aoife): Lockers are personal I'm afraid, but he can rent one for €5/month 🙂
Member: ok. my address changed too, its now 14 Father Griffin Road, Galway, H91 E2K7
FlexFit (Aoife): Updated! And still 086 555 0412 for texts?
Member: yep
FlexFit (Aoife): All sorted. Get well soon Cian! 💪
""", [
    P("Aoife", "name"),
    P("Cian Mulligan", "name", "Cian"),
    P("30/08/2001", "birth_date"),
    P("Nolan", "name"),
    P("IE28 BOFI 7928 0372 5267 10", "iban", scheme="iban"),
    P("Oisín", "name"),
    P("14 Father Griffin Road, Galway, H91 E2K7", "address", "14 Father Griffin Road", "H91 E2K7"),
    P("086 555 0412", "phone"),
], [
    L("FFG-22917", "member_number"), L("Student Annual", "product"), L("€29.99/month", "price"), L("06/04", "date"),
    L("locker 114", "locker_number"), L("€5/month", "price"), L("3 months", "duration"),
]))

# 007 Canadian telecom chat, Amex pasted
A(Rec("en-chat-007", """
Maple Mobile · Chat with us
Agent: Gurpreet | Customer: Marie-Claude Gagnon | Account 3350-1128-77

Gurpreet: Hello Marie-Claude! How can I help you today?
Marie-Claude Gagnon: Bonjour, I'm moving next week and need to transfer my home internet.
Gurpreet: Happy to help! What's the new address?
Marie-Claude Gagnon: 1450 Rue Beaubien Est, apt 3, Montréal QC H2G 1K8. Current one is 77 Avenue Laurier Ouest, Montréal QC H2T 2N6
Gurpreet: Thanks. The earliest technician date is April 22 between 8am and 12pm. Will someone be home?
Marie-Claude Gagnon: My roommate Julien Roy will be there, his cell is 438-555-0126
Gurpreet: Perfect. There's a $49.99 transfer fee. Would you like to pay it now?
Marie-Claude Gagnon: Yes, use my Amex 375931394268695 exp 08/26
Gurpreet: Thank you - for your security I've removed that message from the transcript and processed the payment. Confirmation #MM-TR-44190.
Marie-Claude Gagnon: Merci! And can you send the confirmation to mc.gagnon@example.com?
Gurpreet: Done! Anything else?
Marie-Claude Gagnon: Non, c'est tout. Merci Gurpreet!
""", [
    P("Gurpreet", "name"),
    P("Marie-Claude Gagnon", "name"),
    P("1450 Rue Beaubien Est, apt 3, Montréal QC H2G 1K8", "address", "1450 Rue Beaubien Est", "H2G 1K8"),
    P("77 Avenue Laurier Ouest, Montréal QC H2T 2N6", "address", "77 Avenue Laurier Ouest", "H2T 2N6"),
    P("Julien Roy", "name"),
    P("438-555-0126", "phone"),
    P("375931394268695", "card", scheme="card"),
    P("mc.gagnon@example.com", "email"),
], [
    L("3350-1128-77", "account_number"), L("April 22 between 8am and 12pm", "date"), L("$49.99", "price"),
    L("08/26", "expiry_date"), L("#MM-TR-44190", "confirmation_number"), L("Maple Mobile", "organisation"),
]))

# 008 UK council chat, parking permit, plates
A(Rec("en-chat-008", """
Southwark Online Services - Webchat
Reference: WC-20240311-0457

Advisor: Hello, you're chatting with Gemma from Parking Services. How can I help?
Resident: Hi, my resident permit expired and I got a PCN this morning. I did apply to renew though
Advisor: Sorry about that. Can you give me your name, address and vehicle registration?
Resident: Kwame Mensah, Flat 11, 204 Walworth Road, London SE17 1JE. Reg is LB68 XKT
Advisor: Thanks Kwame. I can see the renewal application but the proof of address was rejected because the council tax bill was in your partner's name.
Resident: yes it's in Abena's name, Abena Owusu, we live together
Advisor: That's fine, we just need a document showing your name at the address, e.g. a bank statement from the last 3 months. You can upload it via your account.
Resident: ok. and can I add her car too? YD21 MFO
Advisor: A second permit is £187 per year for a second vehicle in zone E. She'd need to apply herself as it's registered to her.
Resident: fair enough. what about the PCN? it's ZY40119873, £80
Advisor: Once your permit is approved, you can challenge it online and mention this chat reference. We'll email you. Is it kwame.mensah@example.net?
Resident: no, k.mensah@example.com
Advisor: Updated. Anything else?
Resident: no thanks Gemma
""", [
    P("Gemma", "name"),
    P("Kwame Mensah", "name", "Kwame"),
    P("Flat 11, 204 Walworth Road, London SE17 1JE", "address", "204 Walworth Road", "SE17 1JE"),
    P("LB68 XKT", "plate"),
    P("Abena Owusu", "name", "Abena"),
    P("YD21 MFO", "plate"),
    P("kwame.mensah@example.net", "email"),
    P("k.mensah@example.com", "email"),
], [
    L("WC-20240311-0457", "reference"), L("3 months", "duration"), L("£187 per year", "price"), L("zone E", "zone"),
    L("ZY40119873", "pcn_number"), L("£80", "price"), L("PCN", "document"),
]))

# 009 NZ campervan / ferry booking chat
A(Rec("en-chat-009", """
[Kiwi Roads Rentals - chat log]
09:02 Visitor: hi we need to change our campervan booking KRR-301554
09:02 Sam (Kiwi Roads): Kia ora! Sam here. What would you like to change?
09:03 Visitor: pick up in Christchurch instead of Auckland and add a second driver. I'm Hannah Schmidt, the other driver is my husband Jonas Schmidt
09:04 Sam (Kiwi Roads): No worries Hannah. For the second driver I'll need his date of birth and licence country.
09:05 Visitor: 17.02.1986, German licence
09:05 Sam (Kiwi Roads): Sweet. And yours is 03.11.1988 on the booking, correct?
09:06 Visitor: yes
09:07 Sam (Kiwi Roads): Changing the pick-up branch is NZ$150. The Interislander ferry is then not needed, so we refund NZ$412 for that. Net refund NZ$262 to your card ending 8099.
09:08 Visitor: great! our address in NZ while we're here is 34 Riccarton Road, Riccarton, Christchurch 8011 (my cousin Lena Fischer's place)
09:09 Sam (Kiwi Roads): Lovely. And a local phone number?
09:09 Visitor: 022 555 0187. or email hannah.schmidt@example.org
09:10 Sam (Kiwi Roads): All updated. Pick-up 14 Dec at 10:00, 21 days, 4-berth Kea. Safe travels!
""", [
    P("Sam", "name"),
    P("Hannah Schmidt", "name", "Hannah"),
    P("Jonas Schmidt", "name"),
    P("17.02.1986", "birth_date"),
    P("03.11.1988", "birth_date"),
    P("34 Riccarton Road, Riccarton, Christchurch 8011", "address", "34 Riccarton Road", "8011"),
    P("Lena Fischer", "name"),
    P("022 555 0187", "phone"),
    P("hannah.schmidt@example.org", "email"),
], [
    L("KRR-301554", "booking_number"), L("NZ$150", "price"), L("NZ$412", "price"), L("NZ$262", "price"),
    L("14 Dec at 10:00", "date"), L("21 days", "duration"), L("4-berth Kea", "product"),
]))

# 010 US health insurer chat, SSN + DOB
A(Rec("en-chat-010", """
LoneStar Health Member Portal - Secure Chat
Logged in: dwashington77 | Member ID: LSH 884 21 7730 | 2024-05-02 14:48 CT

System: Please do not share your full Social Security number in chat.
dwashington77: my claim for my son's ER visit got denied, can someone help
Agent Keisha: Hi, I'm Keisha, I'd be glad to help. Which claim number?
dwashington77: CLM-2024-0419887, ER at St. David's on April 3, $3,912
Agent Keisha: Thanks. The claim was denied because your son, Jaylen Washington, isn't showing as a dependent. What's his date of birth?
dwashington77: 09/14/2010. his SSN is 287-44-9061 if you need it
Agent Keisha: Thank you. I've added Jaylen as a dependent effective January 1, and sent the claim back for reprocessing. His pediatrician, Dr. Rachel Goldberg, will need to resubmit the referral.
dwashington77: ok. my address is 1207 Maple Ridge Dr, Austin, TX 78745 if they need it
Agent Keisha: We have that. And your own DOB for verification?
dwashington77: 02/28/1977, Denise Washington
Agent Keisha: Verified. Reprocessing takes 10-14 business days. You can call us at 1-800-555-0100 with reference CS-55120.
""", [
    P("dwashington77", "username"),
    P("Keisha", "name"),
    P("Jaylen Washington", "name", "Jaylen"),
    P("09/14/2010", "birth_date"),
    P("287-44-9061", "national_id", scheme="ssn"),
    P("Rachel Goldberg", "name"),
    P("1207 Maple Ridge Dr, Austin, TX 78745", "address", "1207 Maple Ridge Dr", "78745"),
    P("02/28/1977", "birth_date"),
    P("Denise Washington", "name"),
], [
    L("LSH 884 21 7730", "member_id"), L("CLM-2024-0419887", "claim_number"), L("$3,912", "price"),
    L("April 3", "date"), L("10-14 business days", "duration"), L("1-800-555-0100", "org_hotline"),
    L("CS-55120", "reference"), L("St. David's", "facility"),
]))
