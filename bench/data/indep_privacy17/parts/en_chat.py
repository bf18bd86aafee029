# English chats (web chat, WhatsApp, social DMs). Written by hand; all data made up.


def P(value, kind, *mns, **kw):
    d = {"value": value, "kind": kind, "must_not_survive": list(mns) if mns else [value]}
    d.update(kw)
    return d


def E(value, *extra, **kw):
    mns = [value] + ([value.split("@")[0]] if "@" in value else []) + list(extra)
    return P(value, "email", *mns, **kw)


def L(value, kind):
    return {"value": value, "kind": kind}


RECORDS = [
    {
        "id": "en-chat-001", "region": "uk",
        "text": """Ellie (virtual assistant): Hi there! 👋 I'm Ellie, Sofa Sanctuary's virtual assistant. What can I help with?
You: change delivery address on order
Ellie (virtual assistant): I can't change addresses myself, so I'm passing you to one of the team. You're number 2 in the queue.
Connor: Hi, you're chatting with Connor! Can I grab your name and order number?
You: Hannah Okonkwo-Price, order #UKS-1184392, it's the Harper 3-Seater Sofa
Connor: Thanks Hannah! It's booked in with DPD for Saturday 16 March, between 7am and 7pm. Where would you like it to go instead?
You: I've moved, new address is Flat 9, 41 Wilmslow Road, M14 5RT. My sister Chioma will be in to sign for it
Connor: No problem, I've updated that. It's still £749.00, nothing extra to pay. Is 0161 496 0733 still the best number for the driver?
You: yes thats fine
Connor: And I've noticed your account login is hannahop_91 but the email on it bounced, could you confirm your email?
You: hannah.okonkwoprice@example.com, sorry I had a typo before
Connor: All updated! You'll get a new confirmation shortly. Anything else?
You: no that's all thanks!!
Ellie (virtual assistant): Thanks for chatting with Sofa Sanctuary. How did we do? ⭐⭐⭐⭐⭐""",
        "planted": [
            P("Connor", "name"),
            P("Hannah Okonkwo-Price", "name", "Hannah", "Okonkwo", "Price", "Okonkwo-Price"),
            P("Flat 9, 41 Wilmslow Road", "address", "Flat 9, 41 Wilmslow Road", "41 Wilmslow Road"),
            P("M14 5RT", "postcode"),
            P("Chioma", "name"),
            P("0161 496 0733", "phone"),
            P("hannahop_91", "username"),
            E("hannah.okonkwoprice@example.com"),
        ],
        "lookalikes": [
            L("Ellie", "bot_name"),
            L("Sofa Sanctuary", "company_name"),
            L("#UKS-1184392", "order_number"),
            L("Harper 3-Seater Sofa", "product_name"),
            L("DPD", "company_name"),
            L("Saturday 16 March", "date"),
            L("between 7am and 7pm", "time"),
            L("£749.00", "price"),
        ],
    },
    {
        "id": "en-chat-002", "region": "uk",
        "text": """Webchat – Northfield Borough Council – Council Tax

Sophie (Council Tax team): Hello, you're chatting with Sophie. How can I help?
Resident: hi my partner has moved out so I want the single person discount. and also a visitor parking permit
Sophie (Council Tax team): I can help with both. Can I take your full name, address and date of birth?
Resident: Kieran Walsh, 3 Thornbury Close, NG5 8LP, 30/01/1986
Resident: my ex Leanne moved out on the 1st of March
Sophie (Council Tax team): Thanks Kieran. I'll apply the 25% discount from the 1st of March. Your bill will drop from £1,842.30 for the year. Are you also applying for Council Tax Reduction? If so I'll need your National Insurance number.
Resident: yes please, it's JT 48 21 93 C
Sophie (Council Tax team): Thank you. I've opened case CTR-77120 for the reduction, a decision takes around 10 working days. For the visitor permit, what's the vehicle registration?
Resident: it's my mum's car, KX19 ZPF
Sophie (Council Tax team): Lovely. We'll post the permit. Can I take a phone number and email in case we need anything?
Resident: 0115 496 0371 and kieran.walsh86@example.com
Sophie (Council Tax team): All done. Thanks for contacting Northfield Borough Council.""",
        "planted": [
            P("Sophie", "name"),
            P("Kieran Walsh", "name", "Kieran", "Walsh"),
            P("3 Thornbury Close", "address"),
            P("NG5 8LP", "postcode"),
            P("30/01/1986", "birth_date"),
            P("Leanne", "name"),
            P("JT 48 21 93 C", "national_id", scheme="nino"),
            P("KX19 ZPF", "plate"),
            P("0115 496 0371", "phone"),
            E("kieran.walsh86@example.com"),
        ],
        "lookalikes": [
            L("Northfield Borough Council", "company_name"),
            L("1st of March", "date"),
            L("25%", "percentage"),
            L("£1,842.30", "price"),
            L("CTR-77120", "case_number"),
            L("10 working days", "duration"),
        ],
    },
    {
        "id": "en-chat-003", "region": "ie",
        "text": """[14/03/2024, 18:22:05] Fionnuala - Dunmore Lettings: Hi Conor, just confirming the final inspection at Apt 12, The Maltings, Bonham Street, D08 X2Y4 went grand today 👍
[14/03/2024, 18:40:17] Conor Byrne: Great stuff, thanks Fionnuala. When will the deposit be back?
[14/03/2024, 18:41:02] Fionnuala - Dunmore Lettings: Mr. Kavanagh has approved the full €1,950. It'll be returned within 5 working days once I have your IBAN. Ref DL-3318.
[14/03/2024, 18:44:39] Conor Byrne: IE76 BOFI 9000 1707 5494 05
[14/03/2024, 18:45:10] Conor Byrne: Account in my name, Conor Byrne
[14/03/2024, 18:47:26] Fionnuala - Dunmore Lettings: Perfect. Final meter reading was 22184, I'll pass it to the electricity company. Any forwarding address for post?
[14/03/2024, 18:52:51] Conor Byrne: 27 Seaview Terrace, Bray, A98 K7P3. Or ring me on +353 87 318 2064
[14/03/2024, 18:53:30] Fionnuala - Dunmore Lettings: Noted. Can you send me an email address too so I can send the signed inspection report?
[14/03/2024, 19:02:14] Conor Byrne: conor.byrne.dub@example.com
[14/03/2024, 19:03:00] Fionnuala - Dunmore Lettings: Thanks Conor. The tenancy ends officially 30th of April and I'll update the RTB. All the best!""",
        "planted": [
            P("Fionnuala", "name"),
            P("Conor Byrne", "name", "Conor", "Byrne"),
            P("Apt 12, The Maltings, Bonham Street", "address", "Apt 12, The Maltings", "The Maltings"),
            P("D08 X2Y4", "postcode"),
            P("Kavanagh", "name"),
            P("IE76 BOFI 9000 1707 5494 05", "iban"),
            P("27 Seaview Terrace", "address"),
            P("A98 K7P3", "postcode"),
            P("+353 87 318 2064", "phone"),
            E("conor.byrne.dub@example.com"),
        ],
        "lookalikes": [
            L("Dunmore Lettings", "company_name"),
            L("€1,950", "price"),
            L("5 working days", "duration"),
            L("DL-3318", "reference"),
            L("22184", "quantity"),
            L("30th of April", "date"),
            L("RTB", "company_name"),
        ],
    },
    {
        "id": "en-chat-004", "region": "us",
        "text": """Direct Messages · SkyHarbor Air

jess_mendoza_22: hey!! our flight SH 1142 on May 18 got moved from 6:05 AM to 2:40 PM and now we miss our connection 😩 conf code K7XQ2P
SkyHarbor Air: Hi Jessica, so sorry about the schedule change! To look into your reservation, please DM us the full names and DOBs of everyone on it. ^Derek
jess_mendoza_22: Jessica Mendoza 04/11/1990 and my son Mateo Mendoza 09/23/2015
SkyHarbor Air: Thank you! I can rebook you both on the 6:05 AM to Denver and the 10:15 AM connection, still in Main Cabin, no $189 change fee. Does that work? ^Derek
jess_mendoza_22: yes perfect. also can you add my passport # for the international leg, it's 567198834
SkyHarbor Air: Added. For your records, your new itinerary will go to the email on file. Can you confirm it?
jess_mendoza_22: jessmendoza@example.net and cell is (305) 555-0134
SkyHarbor Air: All set! New confirmation is on its way. Have a great trip ✈️ ^Derek""",
        "planted": [
            P("jess_mendoza_22", "username"),
            P("Jessica Mendoza", "name", "Jessica", "Mendoza"),
            P("04/11/1990", "birth_date"),
            P("Mateo Mendoza", "name", "Mateo", "Mendoza"),
            P("09/23/2015", "birth_date"),
            P("Derek", "name"),
            P("567198834", "national_id", scheme="passport"),
            E("jessmendoza@example.net"),
            P("(305) 555-0134", "phone"),
        ],
        "lookalikes": [
            L("SkyHarbor Air", "company_name"),
            L("SH 1142", "flight_number"),
            L("May 18", "date"),
            L("6:05 AM", "time"),
            L("K7XQ2P", "booking_reference"),
            L("Main Cabin", "product_name"),
            L("$189", "price"),
        ],
    },
    {
        "id": "en-chat-005", "region": "us",
        "text": """StreamWave Support Chat — Session started 03/21 09:12 AM
Anthony: Hi, I'm Anthony with StreamWave tech support. What's going on today?
Customer: internet keeps dropping every 20 min or so. Gig Plus plan, Netgear Nighthawk router
Anthony: Sorry about that! Can I get the account holder's name and service address?
Customer: Bradley Kowalski, 5520 W Fullerton Ave, Chicago IL 60639
Anthony: Thanks Bradley. Can you log into the router (username is your account login) and tell me the WAN IP it shows?
Customer: login is bkowalski, WAN IP says 198.51.100.77, firmware v2.8.14
Anthony: I see a lot of signal errors on our side. I've opened ticket #TW-448102 and a technician can come tomorrow between 12 and 4 PM.
Customer: ok. also can you switch autopay to my amex, 3740 4180 9453 154
Anthony: For your security please don't share full card numbers in chat — I've removed it from our notes. You can update autopay in the app. Your bill stays at $79.99/month.
Customer: oh oops sorry. ok
Anthony: The tech will call (773) 555-0128 before arriving. Confirmation goes to brad.kowalski@example.com. Anything else?
Customer: nope thanks""",
        "planted": [
            P("Anthony", "name"),
            P("Bradley Kowalski", "name", "Bradley", "Kowalski"),
            P("5520 W Fullerton Ave", "address"),
            P("60639", "postcode"),
            P("bkowalski", "username"),
            P("198.51.100.77", "ip"),
            P("3740 4180 9453 154", "card"),
            P("(773) 555-0128", "phone"),
            E("brad.kowalski@example.com"),
        ],
        "lookalikes": [
            L("StreamWave", "company_name"),
            L("Gig Plus", "product_name"),
            L("Netgear Nighthawk", "product_name"),
            L("v2.8.14", "version"),
            L("#TW-448102", "ticket_number"),
            L("between 12 and 4 PM", "time"),
            L("$79.99/month", "price"),
            L("03/21 09:12 AM", "date"),
        ],
    },
    {
        "id": "en-chat-006", "region": "ca",
        "text": """Fraser Valley Credit Union – Secure Messaging
Olivia (Member Services): Good afternoon! You're chatting with Olivia. How can I help?
Member: Hi, my T5 slip is missing from online banking and my accountant needs it. Also my TFSA contribution of $2,500.00 isn't showing
Olivia (Member Services): I can help with that. To verify, please provide your full name, date of birth and SIN.
Member: Harpreet Sandhu, 1983-06-17, SIN 440 497 485
Olivia (Member Services): Thank you, Harpreet. The T5 slip was mailed to 13458 72 Avenue, Surrey, BC V3W 2L7 but returned. Is that still your address?
Member: No, I moved. 9087 152 Street, Surrey V3R 4E8
Olivia (Member Services): Updated. The TFSA contribution was made March 1 from your Mastercard 5473 3045 8591 5104 as a cash advance, which is why it shows differently. Reference 88-20415.
Member: ahh ok that explains it
Olivia (Member Services): I'll email the T5 slip to the address on file. Is it still hsandhu@example.net?
Member: no, it's harpreet.sandhu@example.com now. Phone is (604) 555-0171
Olivia (Member Services): All updated! Have a great day.""",
        "planted": [
            P("Olivia", "name"),
            P("Harpreet Sandhu", "name", "Harpreet", "Sandhu"),
            P("1983-06-17", "birth_date"),
            P("440 497 485", "national_id", scheme="sin"),
            P("13458 72 Avenue", "address"),
            P("V3W 2L7", "postcode"),
            P("9087 152 Street", "address"),
            P("V3R 4E8", "postcode"),
            P("5473 3045 8591 5104", "card"),
            E("hsandhu@example.net"),
            E("harpreet.sandhu@example.com"),
            P("(604) 555-0171", "phone"),
        ],
        "lookalikes": [
            L("Fraser Valley Credit Union", "company_name"),
            L("T5 slip", "product_name"),
            L("$2,500.00", "price"),
            L("March 1", "date"),
            L("88-20415", "reference"),
            L("TFSA", "product_name"),
        ],
    },
    {
        "id": "en-chat-007", "region": "au",
        "text": """Instagram · Pulse Fitness Fremantle

mitch.obrien_fit: hey team, can i freeze my membership? doing my knee in footy 🙄
Pulse Fitness Fremantle: Oh no, sorry to hear! Yes we can do a 3-month freeze. Can you send your full name and DOB so we can find you? – Tahlia (Pulse team)
mitch.obrien_fit: Mitchell O'Brien 22/09/1998
Pulse Fitness Fremantle: Thanks Mitchell! Freeze starts 25 March, your $16.95/week will pause. Do you want to keep your PT sessions with Kirra on hold as well?
mitch.obrien_fit: yeah pls. also my bank changed, new one is BSB 066-123 account 1048 7721
Pulse Fitness Fremantle: For privacy we'll update that over the phone rather than here – what's the best number to call you on?
mitch.obrien_fit: 0491 571 804 after 6am is fine lol
Pulse Fitness Fremantle: Legend. And we have you at 8 Marine Terrace, South Fremantle WA 6162, with email mitch.obrien98@example.com?
mitch.obrien_fit: yep that's me
Pulse Fitness Fremantle: Done ✅ Get well soon!""",
        "planted": [
            P("mitch.obrien_fit", "username"),
            P("Tahlia", "name"),
            P("Mitchell O'Brien", "name", "Mitchell", "O'Brien", "Brien"),
            P("22/09/1998", "birth_date"),
            P("Kirra", "name"),
            P("1048 7721", "iban", scheme="account"),
            P("0491 571 804", "phone"),
            P("8 Marine Terrace", "address"),
            P("6162", "postcode"),
            E("mitch.obrien98@example.com"),
        ],
        "lookalikes": [
            L("Pulse Fitness Fremantle", "company_name"),
            L("3-month freeze", "duration"),
            L("25 March", "date"),
            L("$16.95/week", "price"),
            L("6am", "time"),
        ],
    },
    {
        "id": "en-chat-008", "region": "nz",
        "text": """PawCare NZ live chat
Mere: Kia ora! You're chatting with Mere from PawCare NZ. How can I help?
Customer: Hi Mere, I submitted a claim for Poppy two weeks ago and haven't heard anything
Mere: I'm sorry for the wait! Could I get your name and date of birth?
Customer: Grace Thompson, 03/07/1979
Mere: Thanks Grace. I can see claim #PC-220914 for $1,460.20 from Hawke's Bay Vets on 20 March. We're just waiting on the clinical notes from the vet.
Customer: Oh! Dr Amanda Reid said she'd send them. I'll chase her up
Mere: That'd be great. Once we have them we'll reimburse 80% to your account ending 00 – is that still 38-9017-0426581-00?
Customer: yes that's right
Mere: And your address is still 55 Ahuriri Road, Napier 4110?
Customer: yep
Mere: Great. We'll email you at gracet@example.org when it's approved, or text 027 382 1190.
Customer: Thanks so much! Poppy says woof 🐶""",
        "planted": [
            P("Mere", "name"),
            P("Grace Thompson", "name", "Grace", "Thompson"),
            P("03/07/1979", "birth_date"),
            P("Amanda Reid", "name", "Amanda", "Reid"),
            P("38-9017-0426581-00", "iban", scheme="account"),
            P("55 Ahuriri Road", "address"),
            P("4110", "postcode"),
            E("gracet@example.org"),
            P("027 382 1190", "phone"),
        ],
        "lookalikes": [
            L("PawCare NZ", "company_name"),
            L("Poppy", "pet_name"),
            L("#PC-220914", "claim_number"),
            L("$1,460.20", "price"),
            L("Hawke's Bay Vets", "company_name"),
            L("20 March", "date"),
            L("80%", "percentage"),
        ],
    },
    {
        "id": "en-chat-009", "region": "za",
        "text": """[11/03/2024, 08:15] Suidkaap Versekering: Good morning! Welcome to Suidkaap Versekering on WhatsApp. You're chatting with Zanele. How can we help?
[11/03/2024, 08:17] +27 83 612 4478: Morning. Hail damage on my bakkie yesterday, want to claim. Johan du Plessis
[11/03/2024, 08:18] Suidkaap Versekering: Sorry to hear, Mr du Plessis! Please send your ID number and the vehicle registration.
[11/03/2024, 08:20] +27 83 612 4478: 7903029708086. Toyota Fortuner CY 552-817
[11/03/2024, 08:22] Suidkaap Versekering: Thanks. Policy SKV-118204 is active. I've opened claim HAG-2024-0331. Your excess is R5 000. Where is the vehicle now?
[11/03/2024, 08:24] +27 83 612 4478: At home, 14 Wellington Road, Durbanville 7550. My wife Annelie will be there if the assessor comes
[11/03/2024, 08:26] Suidkaap Versekering: The assessor can come Monday 11 March after 14:00 or you can take it to Koos se Paneelkloppers, our approved panelbeater.
[11/03/2024, 08:27] +27 83 612 4478: Koos is fine, send the details to johan.dp@example.com
[11/03/2024, 08:28] Suidkaap Versekering: Sent ✅ Baie dankie!""",
        "planted": [
            P("Zanele", "name"),
            P("+27 83 612 4478", "phone"),
            P("Johan du Plessis", "name", "Johan", "Plessis"),
            P("7903029708086", "national_id", scheme="sa_id"),
            P("CY 552-817", "plate"),
            P("14 Wellington Road", "address"),
            P("7550", "postcode"),
            P("Annelie", "name"),
            E("johan.dp@example.com"),
        ],
        "lookalikes": [
            L("Suidkaap Versekering", "company_name"),
            L("Toyota Fortuner", "vehicle_model"),
            L("SKV-118204", "policy_number"),
            L("HAG-2024-0331", "claim_number"),
            L("R5 000", "price"),
            L("Monday 11 March", "date"),
            L("Koos se Paneelkloppers", "company_name"),
        ],
    },
    {
        "id": "en-chat-010", "region": "in",
        "text": """ShopKart Help Centre – Chat
Rohit: Hi! I'm Rohit from ShopKart. How can I help you today?
Customer: hi. i ordered Samsung Galaxy M34 order id OD42118830271 but it was delivered to wrong address, my old flat
Customer: name is Ananya Iyer
Rohit: Extremely sorry for the trouble, Ananya! Could you share the correct address please?
Customer: B-204, Lotus Towers, Hiranandani Gardens, Powai, Mumbai 400076. phone +91 98200 17734
Rohit: Thank you. The order value is ₹24,999. I will raise a return from the old address and a fresh delivery. Will someone be available to receive it?
Customer: yes my husband Karthik will be home
Rohit: Great. Refund ID RF-99201 is created in case the replacement is not possible. Refund will go to your UPI ID ananya.iyer92@pockt, please confirm.
Customer: yes correct
Rohit: Since it is above ₹20,000 we need PAN for the GST invoice.
Customer: AAXPI3321K
Rohit: Thank you. Invoice will be sent to ananya.iyer92@example.com. Delivery within 7 working days.""",
        "planted": [
            P("Rohit", "name"),
            P("Ananya Iyer", "name", "Ananya", "Iyer"),
            P("B-204, Lotus Towers", "address", "B-204, Lotus Towers"),
            P("400076", "postcode"),
            P("+91 98200 17734", "phone"),
            P("Karthik", "name"),
            P("ananya.iyer92@pockt", "username", "ananya.iyer92@pockt", "ananya.iyer92"),
            P("AAXPI3321K", "national_id", scheme="pan"),
            E("ananya.iyer92@example.com"),
        ],
        "lookalikes": [
            L("ShopKart", "company_name"),
            L("Samsung Galaxy M34", "product_name"),
            L("OD42118830271", "order_number"),
            L("₹24,999", "price"),
            L("RF-99201", "reference"),
            L("₹20,000", "price"),
            L("7 working days", "duration"),
        ],
    },
]
