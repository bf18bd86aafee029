# English call transcripts (UK, IE, US, CA, AU, NZ, ZA, IN). Written by hand; all data made up.


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
        "id": "en-call-001", "region": "uk",
        "text": """Agent: Good morning, you're through to Brightwell Energy, my name's Callum. Can I take your name please?
Customer: Hiya, yeah, it's Gemma Whitfield.
Agent: Thanks Gemma. Could you spell the surname for me?
Customer: W-H-I-T-F-I-E-L-D.
Agent: Lovely. And the first line of the address and the postcode?
Customer: 27 Ashgrove Road, LS6 2HP.
Agent: And just for security, your date of birth?
Customer: Fourth of September, 1987.
Agent: Perfect, thank you. How can I help today?
Customer: I've had a bill for £412.67, which is way more than normal. It says the meter reading is 48213 but the meter actually says 41870.
Agent: Ah, that one's an estimated reading. I'll put the actual one on and re-bill you. You'll stay on the Fixed Saver 12M tariff. The new bill should be with you within 5 working days, reference BW-22871043.
Customer: Great. Oh, and my partner Dan wants to be added to the account so he can ring up too.
Agent: No problem, I'll just need him to pass security the first time he calls. Anything else?
Customer: Yeah, can you change the direct debit? Sort code 60-16-13, account number 77014619.
Agent: Done. First collection on the new account will be the 14th of March. Is the best number still oh seven seven double oh, nine double oh, three one two?
Customer: That's the one.
Agent: And we'll email the bill to gemma dot whitfield at example dot com?
Customer: Yep, that's right.
Agent: Brilliant, thanks Gemma, have a lovely day.""",
        "planted": [
            P("Callum", "name"),
            P("Gemma Whitfield", "name", "Gemma", "Whitfield", "W-H-I-T-F-I-E-L-D"),
            P("27 Ashgrove Road", "address"),
            P("LS6 2HP", "postcode"),
            P("Fourth of September, 1987", "birth_date"),
            P("Dan", "name"),
            P("77014619", "iban", scheme="account"),
            P("oh seven seven double oh, nine double oh, three one two", "phone", norm="07700 900312"),
            P("gemma dot whitfield at example dot com", "email", "gemma dot whitfield at example dot com",
              "gemma dot whitfield", norm="gemma.whitfield@example.com"),
        ],
        "lookalikes": [
            L("Brightwell Energy", "company_name"),
            L("£412.67", "price"),
            L("48213", "quantity"),
            L("41870", "quantity"),
            L("Fixed Saver 12M", "tariff"),
            L("5 working days", "duration"),
            L("BW-22871043", "reference"),
            L("14th of March", "date"),
        ],
    },
    {
        "id": "en-call-002", "region": "uk",
        "text": """[00:00:02] RECEPTION: Good afternoon, Parkside Medical Centre, Aisha speaking.
[00:00:05] CALLER: Oh hello, I'm ringing for my mum, she's not well and she can't get out. Her name's Margaret Hollis.
[00:00:12] RECEPTION: Okay. Are you down as her carer?
[00:00:14] CALLER: Yes, I'm her son, Stephen Hollis.
[00:00:17] RECEPTION: Yes, I can see you on her record. Can I have her date of birth please?
[00:00:20] CALLER: 19th June 1938.
[00:00:23] RECEPTION: And her NHS number if you've got it handy?
[00:00:26] CALLER: Erm, nine nine nine, five six nine, one four five oh.
[00:00:33] RECEPTION: Thank you. And she's still at Flat 4, Cedar Court, 12 Mill Lane, BS3 4QT?
[00:00:39] CALLER: That's right.
[00:00:41] RECEPTION: What's the problem today?
[00:00:43] CALLER: Bad cough, temperature, she's really chesty. Dr Okafor gave her amoxicillin 500mg last month but it's come back.
[00:00:51] RECEPTION: Right. I'll put her on the home visit list for Dr Okafor this afternoon, usually between 1 and 3pm. Visit reference HV-0419. What number can the doctor ring before he comes?
[00:01:02] CALLER: Best is my mobile, 0117 496 0528. Actually sorry, that's my landline, but I'm working from home so it's fine.
[00:01:09] RECEPTION: Lovely, that's all booked for you.""",
        "planted": [
            P("Aisha", "name"),
            P("Margaret Hollis", "name", "Margaret", "Hollis"),
            P("Stephen Hollis", "name", "Stephen", "Hollis"),
            P("19th June 1938", "birth_date"),
            P("nine nine nine, five six nine, one four five oh", "national_id", scheme="nhs", norm="999 569 1450"),
            P("Flat 4, Cedar Court, 12 Mill Lane", "address", "Flat 4, Cedar Court", "12 Mill Lane"),
            P("BS3 4QT", "postcode"),
            P("Okafor", "name"),
            P("0117 496 0528", "phone"),
        ],
        "lookalikes": [
            L("Parkside Medical Centre", "company_name"),
            L("amoxicillin 500mg", "product_name"),
            L("between 1 and 3pm", "time"),
            L("HV-0419", "reference"),
            L("[00:00:02]", "time"),
            L("last month", "date"),
        ],
    },
    {
        "id": "en-call-003", "region": "ie",
        "text": """agent: good morning payroll services at clover accounts this is niamh speaking
caller: hi niamh it's declan o'sullivan here i work for harbour joinery i started there three weeks ago but i'm still on emergency tax
agent: ah okay we can sort that can i take your pps number
caller: yeah it's two nine one two eight oh six j a
agent: and your date of birth
caller: the fourteenth of february nineteen ninety
agent: grand so revenue hasn't registered the employment yet i'll send it through today and you should be back on normal credits by the next pay date friday the twenty second
caller: brilliant and my bank changed as well the new iban is i e one nine a i b k nine three one one five two seven one seven seven six nine eight two
agent: i'll read that back i e one nine a i b k nine three one one five two seven one seven seven six nine eight two
caller: that's it
agent: and is your address still fourteen rathmore park castletroy
caller: yeah eircode v nine four x seven k two
agent: perfect and a mobile number
caller: oh eight seven two two one four six five three
agent: and an email for the payslips
caller: deco ninety at example dot com
agent: grand and who's your manager there just so i can let them know
caller: aoife she does the rosters
agent: lovely i've logged that under reference one seven seven two nine you'll get the first corrected payslip by email""",
        "planted": [
            P("niamh", "name"),
            P("declan o'sullivan", "name", "declan", "o'sullivan", "sullivan"),
            P("two nine one two eight oh six j a", "national_id", scheme="ppsn", norm="2912806JA"),
            P("the fourteenth of february nineteen ninety", "birth_date", "fourteenth of february nineteen ninety"),
            P("i e one nine a i b k nine three one one five two seven one seven seven six nine eight two", "iban",
              norm="IE19 AIBK 9311 5271 7769 82"),
            P("fourteen rathmore park", "address"),
            P("v nine four x seven k two", "postcode"),
            P("oh eight seven two two one four six five three", "phone", norm="0872214653"),
            P("deco ninety at example dot com", "email", "deco ninety at example dot com", "deco ninety",
              norm="deco90@example.com"),
            P("aoife", "name"),
        ],
        "lookalikes": [
            L("clover accounts", "company_name"),
            L("harbour joinery", "company_name"),
            L("three weeks", "duration"),
            L("friday the twenty second", "date"),
            L("one seven seven two nine", "reference"),
        ],
    },
    {
        "id": "en-call-004", "region": "ie",
        "text": """Agent: Emerald Motor Insurance claims, Ciarán speaking, how can I help?
Caller: Hi, my name is Siobhán Ní Bhriain, I had a bit of a bump on Tuesday the 5th of March and I want to make a claim.
Agent: Sorry to hear that, are you okay?
Caller: I'm grand, just shook up.
Agent: Good. Can I get your policy number?
Caller: EMI-4471029.
Agent: Thanks. And your date of birth for security?
Caller: 23rd of October 1994.
Agent: And the address we have is 6 Cluain Ard, Knocknacarra, H91 E2W5?
Caller: That's right.
Agent: What's the registration of your car?
Caller: 182-G-4471, it's a Skoda Fabia.
Agent: And the other driver?
Caller: A man called Pádraig Mac Cárthaigh. His reg was 10-KY-2213. He went into the back of me at the lights.
Agent: Did he admit liability?
Caller: He did, yeah, he said it was his fault.
Agent: That's great. I've opened claim CLM/24/00871. Your excess is €350 but if his insurer accepts liability you'll get that back. What's the best number for the assessor?
Caller: 086 415 2290.
Agent: And an email?
Caller: siobhan.nibhriain@example.com.
Agent: Perfect. You'll hear from the assessor within 48 hours.""",
        "planted": [
            P("Ciarán", "name"),
            P("Siobhán Ní Bhriain", "name", "Siobhán", "Bhriain"),
            P("23rd of October 1994", "birth_date"),
            P("6 Cluain Ard", "address"),
            P("H91 E2W5", "postcode"),
            P("182-G-4471", "plate"),
            P("Pádraig Mac Cárthaigh", "name", "Pádraig", "Cárthaigh"),
            P("10-KY-2213", "plate"),
            P("086 415 2290", "phone"),
            E("siobhan.nibhriain@example.com"),
        ],
        "lookalikes": [
            L("Emerald Motor Insurance", "company_name"),
            L("Tuesday the 5th of March", "date"),
            L("EMI-4471029", "policy_number"),
            L("Skoda Fabia", "vehicle_model"),
            L("CLM/24/00871", "claim_number"),
            L("€350", "price"),
            L("48 hours", "duration"),
        ],
    },
    {
        "id": "en-call-005", "region": "us",
        "text": """Rep: Thank you for calling Lakeshore Federal Credit Union, this is Brandon. Who do I have the pleasure of speaking with?
Caller: Hi Brandon, this is Tamika Reynolds. I think my debit card got stolen.
Rep: I'm sorry to hear that, Ms. Reynolds. Let's get it locked right away. Can you verify your Social Security number for me?
Caller: Sure, it's five two three, eight one, four oh nine seven.
Rep: Thank you. And your date of birth?
Caller: March 3rd, 1985.
Rep: Okay. Do you have the card number?
Caller: I have a picture of it. 4847 6064 2258 3834.
Rep: Got it. I'm seeing a charge of $1,284.50 at Walmart Supercenter at 11:47 PM last night. Was that you?
Caller: No! That's definitely not me.
Rep: Okay, I've blocked the card and opened a dispute, case number 0071-55821. Your husband Marcus is an authorized user on the account, so his card will be replaced as well.
Caller: Okay, that's fine.
Rep: The new cards will be mailed to 4410 Maple Ridge Drive, Apt 2B, Columbus, Ohio 43219. Is that still correct?
Caller: Yes.
Rep: They should arrive in 7 to 10 business days. Is (614) 555-0142 still a good number?
Caller: Yes, and you can email me at tamika.r@example.com.
Rep: Perfect. Is there anything else I can help you with today?""",
        "planted": [
            P("Brandon", "name"),
            P("Tamika Reynolds", "name", "Tamika", "Reynolds"),
            P("five two three, eight one, four oh nine seven", "national_id", scheme="ssn", norm="523-81-4097"),
            P("March 3rd, 1985", "birth_date"),
            P("4847 6064 2258 3834", "card"),
            P("Marcus", "name"),
            P("4410 Maple Ridge Drive, Apt 2B", "address", "4410 Maple Ridge Drive"),
            P("43219", "postcode"),
            P("(614) 555-0142", "phone"),
            E("tamika.r@example.com"),
        ],
        "lookalikes": [
            L("Lakeshore Federal Credit Union", "company_name"),
            L("$1,284.50", "price"),
            L("Walmart Supercenter", "store_name"),
            L("11:47 PM", "time"),
            L("0071-55821", "case_number"),
            L("7 to 10 business days", "duration"),
        ],
    },
    {
        "id": "en-call-006", "region": "us",
        "text": """[SPEAKER 1] Hoffman's Pharmacy, this is Kayla, how can I help you?
[SPEAKER 2] Hi Kayla, I'm calling to refill a prescription for my father. His name is Ernesto Delgado.
[SPEAKER 1] Sure. And what's his date of birth?
[SPEAKER 2] 11/02/1947.
[SPEAKER 1] Okay, I've got him. Which prescription?
[SPEAKER 2] The blood pressure one, the lisinopril 10 mg. The number on the bottle is Rx 6120447.
[SPEAKER 1] Yep, I see it. It's a 90-day supply, prescribed by Dr. Patel. Your copay with his Medicare Part D plan is $12.40. It'll be ready after 2 p.m.
[SPEAKER 2] Can you deliver it? He doesn't drive anymore.
[SPEAKER 1] We can. Is the address still 218 Pine Street, Phoenix, 85004?
[SPEAKER 2] Yes. He's home all day, his number is (602) 555-0187.
[SPEAKER 1] And who am I speaking with?
[SPEAKER 2] This is his daughter, Rosa Delgado. You can reach me at (602) 555-0119 if there's a problem.
[SPEAKER 1] Great, Rosa. I've put a note on his profile. Have a good day!""",
        "planted": [
            P("Kayla", "name"),
            P("Ernesto Delgado", "name", "Ernesto", "Delgado"),
            P("11/02/1947", "birth_date"),
            P("Patel", "name"),
            P("218 Pine Street", "address"),
            P("85004", "postcode"),
            P("(602) 555-0187", "phone"),
            P("Rosa Delgado", "name", "Rosa", "Delgado"),
            P("(602) 555-0119", "phone"),
        ],
        "lookalikes": [
            L("Hoffman's Pharmacy", "store_name"),
            L("lisinopril 10 mg", "product_name"),
            L("Rx 6120447", "reference"),
            L("90-day supply", "quantity"),
            L("Medicare Part D", "product_name"),
            L("$12.40", "price"),
            L("after 2 p.m.", "time"),
        ],
    },
    {
        "id": "en-call-007", "region": "ca",
        "text": """AGENT: Thanks for calling NorthernLink, my name is Jordan. Are you calling about an existing account?
CUSTOMER: No, I want to sign up for a new phone plan. I'm Marie-Ève Tremblay.
AGENT: Welcome! Which plan were you looking at?
CUSTOMER: The Unlimited 50 plan, the $65/month one, with a 2-year term.
AGENT: Great choice. Since it includes a phone, we'll need to do a credit check. Can I get your date of birth and your SIN?
CUSTOMER: July 29th, 1996. And my SIN is six one six, two nine four, four one nine.
AGENT: Thank you. And your home address?
CUSTOMER: 88 Bayview Avenue, Unit 1204, Toronto, M4S 2B7.
AGENT: Okay, the credit check's approved. Your order number is NL-5520913. The phone will be delivered Saturday, April 13, between 8 and noon. What's a good contact number until then?
CUSTOMER: My current one, (416) 555-0163.
AGENT: And an email for the order confirmation?
CUSTOMER: marieeve.tremblay@example.com.
AGENT: Perfect, you're all set, Marie-Ève.""",
        "planted": [
            P("Jordan", "name"),
            P("Marie-Ève Tremblay", "name", "Marie", "Ève", "Marie-Ève", "Tremblay"),
            P("July 29th, 1996", "birth_date"),
            P("six one six, two nine four, four one nine", "national_id", scheme="sin", norm="616 294 419"),
            P("88 Bayview Avenue, Unit 1204", "address", "88 Bayview Avenue, Unit 1204", "88 Bayview Avenue"),
            P("M4S 2B7", "postcode"),
            P("(416) 555-0163", "phone"),
            E("marieeve.tremblay@example.com"),
        ],
        "lookalikes": [
            L("NorthernLink", "company_name"),
            L("Unlimited 50", "product_name"),
            L("$65/month", "price"),
            L("2-year term", "duration"),
            L("NL-5520913", "order_number"),
            L("Saturday, April 13", "date"),
            L("between 8 and noon", "time"),
        ],
    },
    {
        "id": "en-call-008", "region": "au",
        "text": """CSR: G'day, AusFreight customer care, you're speaking with Jess.
CUST: Hi Jess, it's Liam Nguyen. I've got a parcel that says delivered but it's not here.
CSR: Oh no. Have you got the tracking number handy?
CUST: Yeah, 33PQR0049120. It's a TV from Harvey Norman.
CSR: Right, and can you spell your surname for me?
CUST: N-G-U-Y-E-N.
CSR: Thanks Liam. It says delivered yesterday, Tuesday the 9th, to Unit 5, 23 Bellevue Street, Surry Hills, 2010. Is that your address?
CUST: Yeah, that's me.
CSR: The driver's noted it was left with a neighbour, Mrs Papadopoulos at 25 Bellevue Street. Parcel's 12 kg, so he wouldn't have left it out the front.
CUST: Ah, she's lovely, I'll pop over. If she hasn't got it though?
CSR: Then give us a call back before 5pm and we'll open an investigation. What's the best number for you?
CUST: 0491 570 156.
CSR: And your email?
CUST: liam dot nguyen at example dot net.
CSR: No worries, I've made a note. Have a good one.""",
        "planted": [
            P("Jess", "name"),
            P("Liam Nguyen", "name", "Liam", "Nguyen", "N-G-U-Y-E-N"),
            P("Unit 5, 23 Bellevue Street", "address", "Unit 5, 23 Bellevue Street", "23 Bellevue Street"),
            P("2010", "postcode"),
            P("Papadopoulos", "name"),
            P("25 Bellevue Street", "address"),
            P("0491 570 156", "phone"),
            P("liam dot nguyen at example dot net", "email", "liam dot nguyen at example dot net", "liam dot nguyen",
              norm="liam.nguyen@example.net"),
        ],
        "lookalikes": [
            L("AusFreight", "company_name"),
            L("33PQR0049120", "tracking_number"),
            L("Harvey Norman", "store_name"),
            L("Tuesday the 9th", "date"),
            L("12 kg", "quantity"),
            L("before 5pm", "time"),
        ],
    },
    {
        "id": "en-call-009", "region": "au",
        "text": """Member Services: Thanks for calling Coastal Health Fund, Hayden speaking.
Member: Hi Hayden, I'm Chloe Fitzgerald. I'd like to add my daughter to my policy.
Member Services: Congratulations! Can I confirm your date of birth first?
Member: 15/05/1991.
Member Services: Thanks Chloe. And what's your daughter's name and date of birth?
Member: Isla Fitzgerald, born 02/02/2024.
Member Services: Lovely. Is she on your Medicare card yet?
Member: Yes, the card number is 2752 44950 1 and she's number 3 on it.
Member Services: Perfect. Your current cover is Silver Plus Hospital, $214.35 per fortnight as a couple. Adding Isla changes it to family cover, it'll be $231.90 from 1 July. As she's a newborn added within 2 months, there's no waiting period.
Member: Great. And her dad Ben is already on the policy, right?
Member Services: Yes, he is. Are you still at 14 Wattle Crescent, Toowong, 4066?
Member: Yep.
Member Services: And the contact number (07) 5550 1932?
Member: That's the home phone, yeah.
Member Services: And your email for the new membership card?
Member: chloe.fitz@example.org.
Member Services: All done, you'll get the new cards in the mail.""",
        "planted": [
            P("Hayden", "name"),
            P("Chloe Fitzgerald", "name", "Chloe", "Fitzgerald"),
            P("15/05/1991", "birth_date"),
            P("Isla Fitzgerald", "name", "Isla", "Fitzgerald"),
            P("02/02/2024", "birth_date"),
            P("2752 44950 1", "national_id", scheme="medicare"),
            P("Ben", "name"),
            P("14 Wattle Crescent", "address"),
            P("4066", "postcode"),
            P("(07) 5550 1932", "phone"),
            E("chloe.fitz@example.org"),
        ],
        "lookalikes": [
            L("Coastal Health Fund", "company_name"),
            L("Silver Plus Hospital", "product_name"),
            L("$214.35", "price"),
            L("$231.90", "price"),
            L("1 July", "date"),
            L("2 months", "duration"),
        ],
    },
    {
        "id": "en-call-010", "region": "nz",
        "text": """Agent: Kia ora, you're through to Kōwhai Power, Sam speaking.
Customer: Kia ora Sam, it's Aroha Tipene. We're moving house and I want to take the power with us.
Agent: Sweet as. Can I confirm your date of birth?
Customer: 8 November 1989.
Agent: Thanks Aroha. You're currently at 42 Grey Street, Hamilton East. What's the new address?
Customer: 17 Kowhai Street, Hamilton, 3216. Funny, eh, Kōwhai Power on Kowhai Street.
Agent: Ha, it's meant to be. The ICP number there is 0000123456NR4A2. When are you moving?
Customer: Friday the 12th.
Agent: Okay, I'll start the new connection that day. Can you send us a photo of the final reading at Grey Street? Last one was 38215.
Customer: Will do. My partner Hemi will be at the new place for the reading there.
Agent: No worries. You'll stay on the Low User plan, daily charge $2.30 a day. Bills are still paid from 06-0313-0845512-00?
Customer: Yes, that's right.
Agent: And your mobile's 021 045 8821?
Customer: Yes.
Agent: And emails go to aroha.tipene@example.com?
Customer: Yep, all good.
Agent: Awesome, you're sorted. Ka kite!""",
        "planted": [
            P("Sam", "name"),
            P("Aroha Tipene", "name", "Aroha", "Tipene"),
            P("8 November 1989", "birth_date"),
            P("42 Grey Street", "address"),
            P("17 Kowhai Street", "address"),
            P("3216", "postcode"),
            P("Hemi", "name"),
            P("06-0313-0845512-00", "iban", scheme="account"),
            P("021 045 8821", "phone"),
            E("aroha.tipene@example.com"),
        ],
        "lookalikes": [
            L("Kōwhai Power", "company_name"),
            L("0000123456NR4A2", "meter_number"),
            L("Friday the 12th", "date"),
            L("38215", "quantity"),
            L("Low User", "tariff"),
            L("$2.30", "price"),
        ],
    },
    {
        "id": "en-call-011", "region": "za",
        "text": """Consultant: Good day, UmoyaSure claims, my name is Ruan, how can I help?
Client: Hi Ruan, my name is Thandiwe Nkosi, someone broke into my car last night.
Consultant: Eish, I'm sorry to hear that. Are you safe?
Client: Yes, it was parked outside the house.
Consultant: Can I have your ID number to pull up the policy?
Client: 8807140958083.
Consultant: Thank you, Ms Nkosi. I see policy UMS-0094481 for a VW Polo Vivo, registration CA 418-209. Is that the car?
Client: Yes. They broke the window and took the radio.
Consultant: Did you report it at the police station?
Client: Yes, I have a case number from SAPS. My husband Sipho went this morning.
Consultant: Good. I'm opening claim 44102-WC. The excess is R3 500 for theft. The address is 12 Protea Road, Claremont, 7708?
Client: Correct. The car is at home, I had Jan's Towing on standby but it still drives.
Consultant: Fine, an assessor will come on Thursday 7 March. Which number should they call?
Client: 082 413 7720. And please email me at thandi.nkosi@example.com.
Consultant: Done. Sharp, have a good day.""",
        "planted": [
            P("Ruan", "name"),
            P("Thandiwe Nkosi", "name", "Thandiwe", "Nkosi"),
            P("8807140958083", "national_id", scheme="sa_id"),
            P("CA 418-209", "plate"),
            P("Sipho", "name"),
            P("12 Protea Road", "address"),
            P("7708", "postcode"),
            P("082 413 7720", "phone"),
            E("thandi.nkosi@example.com"),
        ],
        "lookalikes": [
            L("UmoyaSure", "company_name"),
            L("UMS-0094481", "policy_number"),
            L("VW Polo Vivo", "vehicle_model"),
            L("44102-WC", "claim_number"),
            L("R3 500", "price"),
            L("Jan's Towing", "company_name"),
            L("Thursday 7 March", "date"),
        ],
    },
    {
        "id": "en-call-012", "region": "in",
        "text": """Executive: Good evening sir, thank you for calling SkyTel, this is Ravi speaking. How may I help you?
Customer: Hello Ravi, my name is Venkatesh Raghavan. My SIM is not working since morning, showing no service.
Executive: Sorry for the inconvenience sir. For verification, may I have your Aadhaar number please?
Customer: Yes, five five five six, six two double zero, two four six three.
Executive: Thank you sir. And your date of birth?
Customer: 12-08-1982.
Executive: Sir, your KYC is pending, that is why the SIM is blocked. I need your PAN also for re-verification.
Customer: ABKPR4471Q.
Executive: Thank you. Please confirm your address sir.
Customer: Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038.
Executive: Sir, the mobile number is +91 98450 31276, correct?
Customer: Correct. If it is not reachable please call my wife Lakshmi on +91 99001 44872.
Executive: Sure sir. I have raised SR number 1-88412093, the SIM will be activated within 24 hours. Your ₹599 plan with 2GB per day has 84 days validity remaining.
Customer: Okay. Send the confirmation to my email, venkat dot r eighty two at example dot com.
Executive: Noted sir. Is there anything else I can help you with?""",
        "planted": [
            P("Ravi", "name"),
            P("Venkatesh Raghavan", "name", "Venkatesh", "Raghavan"),
            P("five five five six, six two double zero, two four six three", "national_id", scheme="aadhaar",
              norm="5556 6200 2463"),
            P("12-08-1982", "birth_date"),
            P("ABKPR4471Q", "national_id", scheme="pan"),
            P("Flat 302, Sai Residency, 14th Cross", "address", "Flat 302, Sai Residency, 14th Cross", "Sai Residency"),
            P("560038", "postcode"),
            P("+91 98450 31276", "phone"),
            P("Lakshmi", "name"),
            P("+91 99001 44872", "phone"),
            P("venkat dot r eighty two at example dot com", "email", "venkat dot r eighty two at example dot com",
              "venkat dot r eighty two", norm="venkat.r82@example.com"),
        ],
        "lookalikes": [
            L("SkyTel", "company_name"),
            L("1-88412093", "ticket_number"),
            L("within 24 hours", "duration"),
            L("₹599", "price"),
            L("2GB per day", "quantity"),
            L("84 days", "duration"),
        ],
    },
]
