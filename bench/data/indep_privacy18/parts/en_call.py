from rec import P, L

RECORDS = [
# ---------------------------------------------------------------- 001 UK energy, change of tenancy
{
"id": "en-call-001", "language": "en", "channel": "call",
"text": """Agent: Good morning, you're through to Brightwater Energy, my name's Callum, how can I help?
Customer: Hiya, it's Karen Whitfield. I've just moved into a new flat and I want to get the energy in my name.
Agent: Lovely, congratulations on the move. What's the address?
Customer: Flat 2, 14 Cardigan Mews, Leeds, LS6 3AG.
Agent: Thanks, Karen. And your date of birth?
Customer: Twenty-second of November, 1990.
Agent: Perfect. I've set you up on our Fix'd April 2025 tariff, and your account number with us is A-7713204, it starts with an A. Have you got a meter reading?
Customer: Erm... hang on... the electric one says 04217.
Agent: Brilliant. Your estimated Direct Debit is £118 a month. Can I take the bank details?
Customer: Yeah, sort code 06-52-69, account number 35504530.
Agent: And a contact number?
Customer: 0113 496 0457.
Agent: And an email for your bills?
Customer: karen dot whitfield at example dot com, all lower case.
Agent: Lovely. You'll get a welcome pack within five working days. Anything else I can help with today?
Customer: No, that's great, cheers Callum.""",
"planted": [
    P("Callum", "name"),
    P("Karen Whitfield", "name"),
    P("Flat 2, 14 Cardigan Mews, Leeds, LS6 3AG", "address", mns=["14 Cardigan Mews", "LS6 3AG"]),
    P("Twenty-second of November, 1990", "birth_date"),
    P("06-52-69, account number 35504530", "iban", mns=["35504530"]),
    P("0113 496 0457", "phone"),
    P("karen dot whitfield at example dot com", "email", "karen dot whitfield"),
],
"lookalikes": [
    L("Brightwater Energy", "company"),
    L("Fix'd April 2025", "product"),
    L("A-7713204", "customer_number"),
    L("04217", "quantity"),
    L("£118", "price"),
    L("five working days", "duration"),
],
},
# ---------------------------------------------------------------- 002 UK broadband, ASR lower case
{
"id": "en-call-002", "language": "en", "channel": "call",
"text": """thanks for calling northern fibre you're speaking to jade how can i help yeah hi it's gary halliwell my broadband's been dropping out every night for a week now oh sorry to hear that can i take your postcode please m two one nine e x and the first line of the address forty seven egerton road thank you and just to confirm can you spell your surname h a l l i w e l l halliwell lovely and your date of birth third of may nineteen seventy eight thank you gary i can see you're on the five hundred meg package at thirty five pounds a month and there have been a few drops on the line i'm going to raise a fault reference h b four four one nine two an engineer can come out next tuesday between eight and one is there a mobile number for the engineer oh seven seven double oh nine hundred three one two yeah that's fine and can i send the confirmation to gary dot h seventy eight at example dot com that's the one brilliant and if it's not fixed we'll credit you for the days you've had no service great thanks jade""",
"planted": [
    P("jade", "name"),
    P("gary halliwell", "name", "h a l l i w e l l", "gary"),
    P("m two one nine e x", "postcode"),
    P("forty seven egerton road", "address"),
    P("third of may nineteen seventy eight", "birth_date"),
    P("oh seven seven double oh nine hundred three one two", "phone"),
    P("gary dot h seventy eight at example dot com", "email", "gary dot h seventy eight"),
],
"lookalikes": [
    L("northern fibre", "company"),
    L("five hundred meg", "quantity"),
    L("thirty five pounds", "price"),
    L("h b four four one nine two", "ticket_number"),
    L("next tuesday", "date"),
    L("between eight and one", "time"),
],
},
# ---------------------------------------------------------------- 003 Ireland, motor claim
{
"id": "en-call-003", "language": "en", "channel": "call",
"text": """[SPEAKER 1] Hello, you're through to the claims team at Shamrock Direct Insurance, my name is Aoife, how can I help?
[SPEAKER 2] Hi Aoife, it's Siobhán Ní Bhriain here, I was in a bit of a bump this morning and I want to report it.
[SPEAKER 1] Oh no, I'm sorry to hear that. Is everyone okay?
[SPEAKER 2] Grand, yeah, just the back bumper.
[SPEAKER 1] Can I take your policy number?
[SPEAKER 2] It's MTR-4471093.
[SPEAKER 1] Lovely. And that's the Toyota Corolla, registration 191-D-40721?
[SPEAKER 2] That's it. I was stopped at the lights on the Navan Road at about half eight and a van went into the back of me.
[SPEAKER 1] Did you get the other driver's details?
[SPEAKER 2] I did. Declan O'Shea, the van was 12-KY-3356, and his number is 087 214 6630.
[SPEAKER 1] Perfect. I'll open a claim now, it's CLM-2024-08812. Your excess is €350 but if the other party accepts liability you'll get that back. Can I confirm your Eircode?
[SPEAKER 2] D15 K7W2. It's 6 Ashfield Grove, Castleknock.
[SPEAKER 1] Thanks. I'll email the claim form to siobhan.nibhriain@example.com, is that right?
[SPEAKER 2] Yeah, that's it.
[SPEAKER 1] Grand so. Send us the photos and we'll have an assessor out within three working days.""",
"planted": [
    P("Aoife", "name"),
    P("Siobhán Ní Bhriain", "name"),
    P("191-D-40721", "plate"),
    P("Declan O'Shea", "name"),
    P("12-KY-3356", "plate"),
    P("087 214 6630", "phone"),
    P("D15 K7W2", "postcode"),
    P("6 Ashfield Grove, Castleknock", "address", mns=["6 Ashfield Grove"]),
    P("siobhan.nibhriain@example.com", "email"),
],
"lookalikes": [
    L("Shamrock Direct Insurance", "company"),
    L("MTR-4471093", "policy_number"),
    L("Toyota Corolla", "vehicle_model"),
    L("half eight", "time"),
    L("CLM-2024-08812", "claim_number"),
    L("€350", "price"),
    L("three working days", "duration"),
],
},
# ---------------------------------------------------------------- 004 US pharmacy refill
{
"id": "en-call-004", "language": "en", "channel": "call",
"text": """REP: Thank you for calling RiteCare Pharmacy, this is Destiny, can I have your name and date of birth?
CALLER: Hi, yes, Marisol Ortega, O-R-T-E-G-A, date of birth 04/17/1969.
REP: Thank you. And for verification, the last four of your social?
CALLER: 6120.
REP: Thank you, Ms. Ortega. How can I help?
CALLER: I'm trying to refill my blood pressure meds, the lisinopril 10 mg, but the app says it's too soon.
REP: Let me look. I see Rx 6041187, last filled on March 2nd as a 90-day supply. Your plan will let us refill it after May 24th.
CALLER: I'm going to be traveling. Dr. Patel said he'd call in a vacation override.
REP: I don't see anything from Dr. Patel yet. Once we get it, your copay will be $12.40. Should we text you at (617) 555-0148 when it's ready?
CALLER: Yes, please. And can you mail it? I'm at 88 Linden Street, Apt 3, Somerville, MA 02143.
REP: Sure, mail order takes 3 to 5 business days. Anything else?
CALLER: No, that's it, thank you, Destiny.""",
"planted": [
    P("Destiny", "name"),
    P("Marisol Ortega", "name", "O-R-T-E-G-A"),
    P("04/17/1969", "birth_date"),
    P("6120", "national_id", check="ssn"),
    P("Patel", "name"),
    P("(617) 555-0148", "phone"),
    P("88 Linden Street, Apt 3, Somerville, MA 02143", "address", mns=["88 Linden Street", "02143"]),
],
"lookalikes": [
    L("RiteCare Pharmacy", "company"),
    L("lisinopril 10 mg", "product"),
    L("Rx 6041187", "reference"),
    L("90-day supply", "quantity"),
    L("May 24th", "date"),
    L("$12.40", "price"),
    L("3 to 5 business days", "duration"),
],
},
# ---------------------------------------------------------------- 005 US credit card fraud
{
"id": "en-call-005", "language": "en", "channel": "call",
"text": """Agent: Thanks for calling Peachtree Federal Card Services, my name is Tyler. Who am I speaking with?
Caller: Hey Tyler, this is Brandon Mitchell. I just got a text about a charge I didn't make.
Agent: I'm sorry about that, let's take a look. Can you read me the card number?
Caller: Uh, sure, hold on. Four two four eight, five one eight three, seven seven six eight, six three seven eight.
Agent: Thank you. And the billing ZIP code?
Caller: 30307.
Agent: Okay Mr. Mitchell, I see a pending charge of $1,249.99 at Best Buy in Houston, Texas, today at 2:14 p.m. Was that you?
Caller: No, I'm in Atlanta, I've been at work all day.
Agent: Understood. I've blocked the card and opened a dispute, case number DSP-558120. A replacement card will go to 1140 Briarcliff Place NE, Atlanta, GA 30307, is that still correct?
Caller: Yes.
Agent: It should arrive in 7 to 10 business days. Can we reach you at (404) 555-0119 if we need anything?
Caller: Yeah, that's my cell. You can also email me, brandon.mitchell84 at example dot com.
Agent: Got it. You won't be responsible for the $1,249.99. Anything else today?
Caller: No, thanks man.""",
"planted": [
    P("Tyler", "name"),
    P("Brandon Mitchell", "name"),
    P("Four two four eight, five one eight three, seven seven six eight, six three seven eight", "card", canon="4248518377686378"),
    P("30307", "postcode"),
    P("1140 Briarcliff Place NE, Atlanta, GA 30307", "address", mns=["1140 Briarcliff Place NE", "30307"]),
    P("(404) 555-0119", "phone"),
    P("brandon.mitchell84 at example dot com", "email", "brandon.mitchell84"),
],
"lookalikes": [
    L("Peachtree Federal Card Services", "company"),
    L("$1,249.99", "amount"),
    L("Best Buy", "company"),
    L("2:14 p.m.", "time"),
    L("DSP-558120", "case_number"),
    L("7 to 10 business days", "duration"),
],
},
# ---------------------------------------------------------------- 006 Canada, internet install
{
"id": "en-call-006", "language": "en", "channel": "call",
"text": """[00:00:03] Agent: Thank you for calling Maple Fibre, this is Harpreet. Can I get your name please?
[00:00:07] Customer: Hi, it's Jennifer Tremblay. I'm moving and I want to set up internet at the new place.
[00:00:13] Agent: Happy to help. What's the new address?
[00:00:16] Customer: 57 Glebemount Avenue, Toronto, M4C 3R8.
[00:00:22] Agent: Great news, that address can get our Fibre 1 Gbps plan, it's $85 a month with a two-year term. For the credit check I'll need your date of birth.
[00:00:31] Customer: June 9th, 1987.
[00:00:34] Agent: And you can optionally provide your SIN, otherwise we'll ask for a $100 deposit.
[00:00:39] Customer: Um, okay, sure, it's 028 772 762.
[00:00:46] Agent: Thank you, you're approved, no deposit. Order number is MF-20240322-4417. Installation window is Friday March 22nd, 8 a.m. to noon. Best number to reach you?
[00:00:57] Customer: (416) 555-0173.
[00:01:00] Agent: And email?
[00:01:01] Customer: jen.tremblay at example dot com.
[00:01:05] Agent: Perfect. The technician will call 30 minutes before arriving. Is there anyone else who'll be home?
[00:01:10] Customer: My roommate, Kwame Mensah, might let them in.
[00:01:14] Agent: I'll add him as an authorized contact.""",
"planted": [
    P("Harpreet", "name"),
    P("Jennifer Tremblay", "name"),
    P("57 Glebemount Avenue, Toronto, M4C 3R8", "address", mns=["57 Glebemount Avenue", "M4C 3R8"]),
    P("June 9th, 1987", "birth_date"),
    P("028 772 762", "national_id", check="sin"),
    P("(416) 555-0173", "phone"),
    P("jen.tremblay at example dot com", "email", "jen.tremblay"),
    P("Kwame Mensah", "name"),
],
"lookalikes": [
    L("Maple Fibre", "company"),
    L("Fibre 1 Gbps", "product"),
    L("$85", "price"),
    L("$100", "amount"),
    L("MF-20240322-4417", "order_number"),
    L("Friday March 22nd", "date"),
    L("30 minutes", "duration"),
],
},
# ---------------------------------------------------------------- 007 Australia, private health insurance
{
"id": "en-call-007", "language": "en", "channel": "call",
"text": """Consultant: G'day, you've called Southern Cross Health Fund, my name's Jarrod. Can I get your membership number?
Member: Yeah, it's 40288173.
Consultant: Thanks. And your name and date of birth?
Member: Bronwyn Kelly, the 3rd of February 1976.
Consultant: Thanks Bronwyn. What can I do for you today?
Member: I want to add my son to the policy. He's just turned 18 but he's still studying.
Consultant: No worries, he can stay on as a student dependant until 25. What's his name and date of birth?
Member: Lachlan Kelly, 11 March 2006.
Consultant: And can I get his Medicare card number? Or your family card.
Member: It's the family card, 3364 29045 3, he's number 3 on it.
Consultant: Lovely. That'll stay on your Gold Hospital and Extras cover at $212.35 a fortnight, no change. Is the address still 27 Jacaranda Crescent, Toowoomba 4350?
Member: That's right.
Consultant: And mobile 0491 570 156?
Member: Yep.
Consultant: Too easy. I'll email a new policy summary to bronwyn.kelly at example dot com dot au... sorry, example dot com. Reference for today's call is CR-772104.""",
"planted": [
    P("Jarrod", "name"),
    P("Bronwyn Kelly", "name"),
    P("the 3rd of February 1976", "birth_date"),
    P("Lachlan Kelly", "name"),
    P("11 March 2006", "birth_date"),
    P("3364 29045 3", "national_id", check="medicare"),
    P("27 Jacaranda Crescent, Toowoomba 4350", "address", mns=["27 Jacaranda Crescent", "4350"]),
    P("0491 570 156", "phone"),
    P("bronwyn.kelly at example dot com", "email", "bronwyn.kelly"),
],
"lookalikes": [
    L("Southern Cross Health Fund", "company"),
    L("40288173", "customer_number"),
    L("Gold Hospital and Extras", "product"),
    L("$212.35", "price"),
    L("CR-772104", "reference"),
    L("until 25", "quantity"),
],
},
# ---------------------------------------------------------------- 008 Australia, payroll / TFN
{
"id": "en-call-008", "language": "en", "channel": "call",
"text": """[00:00:02] Payroll: Payroll Services, Kirsty speaking.
[00:00:04] Employee: Hi Kirsty, it's Daniel Nguyen from the Parramatta warehouse. I got my first payslip and heaps of tax came out.
[00:00:11] Payroll: Let me check. Can you give me your date of birth to confirm it's you?
[00:00:14] Employee: 19/08/1998.
[00:00:17] Payroll: Thanks Daniel. Yeah, you've been taxed at the no-TFN rate, 47 percent. We never got your TFN declaration.
[00:00:24] Employee: Oh, I filled it in on the first day. It's 714 402 411.
[00:00:31] Payroll: Got it. I'll update that now, and the over-deducted tax will come back in the next pay run on the 28th. Your gross this fortnight was $2,460.18.
[00:00:41] Employee: And can you change my bank? BSB 062-692, account 1034 5678.
[00:00:47] Payroll: Done. And your super's going to Aware Super, is that right?
[00:00:51] Employee: Yep.
[00:00:52] Payroll: I'll also update your address, is it still Unit 4, 19 Rawson Street, Epping NSW 2121?
[00:00:58] Employee: Yes. And my mobile's 0491 570 159.
[00:01:02] Payroll: All updated. I'll send a confirmation to daniel.nguyen98@example.com. Ticket number's PAY-30918.""",
"planted": [
    P("Kirsty", "name"),
    P("Daniel Nguyen", "name"),
    P("19/08/1998", "birth_date"),
    P("714 402 411", "national_id", check="tfn"),
    P("BSB 062-692, account 1034 5678", "iban", mns=["1034 5678"]),
    P("Unit 4, 19 Rawson Street, Epping NSW 2121", "address", mns=["19 Rawson Street", "2121"]),
    P("0491 570 159", "phone"),
    P("daniel.nguyen98@example.com", "email"),
],
"lookalikes": [
    L("Parramatta warehouse", "company"),
    L("47 percent", "percentage"),
    L("the 28th", "date"),
    L("$2,460.18", "amount"),
    L("Aware Super", "company"),
    L("PAY-30918", "ticket_number"),
],
},
# ---------------------------------------------------------------- 009 New Zealand, garage WOF
{
"id": "en-call-009", "language": "en", "channel": "call",
"text": """- Kia ora, Te Awamutu Auto Care, Shane speaking.
- Kia ora Shane, it's Aroha Parata. I need to book a WOF for my car, it's due at the end of the month.
- Sweet as. What's the rego?
- KLM482. It's the silver Corolla, 2009.
- Yep, got you here. I can do Tuesday at 10:30. The WOF's $65, and you mentioned last time the cambelt was getting close?
- Oh, yeah, can you quote that too?
- Cambelt and water pump would be around $780. I'll have a look first.
- Okay. My partner Nikau will drop it off, he starts work at eight.
- No worries. Still on 021 048 7731?
- That's me.
- And still at 12 Kowhai Street, Te Awamutu 3800 for the invoice?
- Yep. Actually can you email it? aroha.parata@example.com.
- Easy. See you Tuesday, ka kite.""",
"planted": [
    P("Shane", "name"),
    P("Aroha Parata", "name"),
    P("KLM482", "plate"),
    P("Nikau", "name"),
    P("021 048 7731", "phone"),
    P("12 Kowhai Street, Te Awamutu 3800", "address", mns=["12 Kowhai Street", "3800"]),
    P("aroha.parata@example.com", "email"),
],
"lookalikes": [
    L("Te Awamutu Auto Care", "company"),
    L("Corolla, 2009", "vehicle_model"),
    L("Tuesday at 10:30", "date"),
    L("$65", "price"),
    L("$780", "price"),
    L("cambelt", "product"),
],
},
# ---------------------------------------------------------------- 010 South Africa, municipal account
{
"id": "en-call-010", "language": "en", "channel": "call",
"text": """Agent: Good afternoon, City Utilities Call Centre, you are speaking to Sipho. How may I assist?
Caller: Hi Sipho, my name is Thandiwe Nkosi. My electricity account is showing R 14 620,50 and that can't be right.
Agent: Eish, that is a big one. Let me check for you. What is your account number?
Caller: 551 208 743.
Agent: Okay. And for security, your ID number please?
Caller: 8607142902083.
Agent: Thank you, ma'am. The property is 14 Acacia Road, Orange Grove, 2192?
Caller: Yes, but I only moved in on the 1st of February. The previous owner, Mr Pieterse, never paid.
Agent: I see, the meter was read as 48 213 kWh on the 31st of January. I will log a query so that the arrears are moved to the previous owner. Your query number is 9001-447120.
Caller: Thank you. Can you SMS me the reference? 082 555 0143.
Agent: I will. And please email us the deed of sale and your lease, and we will reply to thandiwe.nkosi at example dot com.
Caller: My attorney, Ruan Botha, has the deed, I'll ask him to send it.
Agent: That is fine. It takes about 14 working days.""",
"planted": [
    P("Sipho", "name"),
    P("Thandiwe Nkosi", "name"),
    P("8607142902083", "national_id", check="said"),
    P("14 Acacia Road, Orange Grove, 2192", "address", mns=["14 Acacia Road", "2192"]),
    P("Pieterse", "name"),
    P("082 555 0143", "phone"),
    P("thandiwe.nkosi at example dot com", "email", "thandiwe.nkosi"),
    P("Ruan Botha", "name"),
],
"lookalikes": [
    L("R 14 620,50", "amount"),
    L("551 208 743", "customer_number"),
    L("the 1st of February", "date"),
    L("48 213 kWh", "quantity"),
    L("9001-447120", "reference"),
    L("14 working days", "duration"),
],
},
# ---------------------------------------------------------------- 011 India, home loan KYC
{
"id": "en-call-011", "language": "en", "channel": "call",
"text": """Agent: Good afternoon, thank you for calling Deccan Home Finance, this is Ankit speaking. May I know whom I am speaking with?
Customer: Hello, this is Sneha Kulkarni. I had applied for the home loan, my KYC is pending it seems.
Agent: Sure ma'am, I will check. Can you tell me your application number?
Customer: HL24-0087312.
Agent: Thank you. For verification, your date of birth?
Customer: 12-08-1990.
Agent: Thank you ma'am. Yes, I can see the PAN is verified, ABKPK4821M, but the Aadhaar could not be validated. Can you please confirm the number?
Customer: 4118 6315 7736.
Agent: Okay, now it is matching. Earlier it was entered wrongly by the branch. The sanctioned amount is ₹38,50,000 with EMI of ₹32,140 for 240 months.
Customer: Okay, and the property address is same, Flat 302, Sai Krupa Apartments, Baner Road, Pune 411045.
Agent: Yes ma'am. Your co-applicant, Mr. Rohan Kulkarni, also needs to do e-KYC. I will send the link to his mobile, +91 98201 44673?
Customer: No no, that is my number. His is +91 99230 18456.
Agent: Noted, I will correct it. Your service request number is SR-2241987, and the sanction letter will come on sneha.kulkarni90@example.com within 48 hours.""",
"planted": [
    P("Ankit", "name"),
    P("Sneha Kulkarni", "name"),
    P("12-08-1990", "birth_date"),
    P("ABKPK4821M", "national_id", check="pan"),
    P("4118 6315 7736", "national_id", check="aadhaar"),
    P("Flat 302, Sai Krupa Apartments, Baner Road, Pune 411045", "address", mns=["Flat 302, Sai Krupa Apartments", "411045"]),
    P("Rohan Kulkarni", "name"),
    P("+91 98201 44673", "phone"),
    P("+91 99230 18456", "phone"),
    P("sneha.kulkarni90@example.com", "email"),
],
"lookalikes": [
    L("Deccan Home Finance", "company"),
    L("HL24-0087312", "reference"),
    L("₹38,50,000", "amount"),
    L("₹32,140", "amount"),
    L("240 months", "duration"),
    L("SR-2241987", "ticket_number"),
    L("48 hours", "duration"),
],
},
# ---------------------------------------------------------------- 012 India, hospital appointment
{
"id": "en-call-012", "language": "en", "channel": "call",
"text": """Reception: Namaskara, Sunrise Multispeciality Hospital, this is Divya. How can I help you?
Caller: Hello madam, I am calling for my father's appointment with cardiology. His name is Ramesh Gowda.
Reception: Okay sir. Is he a registered patient? Age and date of birth please.
Caller: He is 67, date of birth fifth June nineteen fifty six. Already registered, but last time they asked Aadhaar, now also they are asking.
Reception: Yes sir, for the insurance cashless we need it. Please tell.
Caller: Five seven zero five, seven eight five three, double zero two seven.
Reception: Thank you. Dr. Shalini Rao is available on Thursday, the token will be given at the OPD counter from 9:30. Consultation fee is ₹800.
Caller: Okay. And who am I speaking, what is my name to be put as attendant? Karthik Gowda, I am the son.
Reception: Okay Karthik sir, your contact number?
Caller: 98450 71236. And father's number is 080 2334 7719, landline.
Reception: Noted. And the address in our system is No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011, correct?
Caller: Correct.
Reception: Appointment is confirmed, booking ID APT-55120. Please bring the old ECG reports.""",
"planted": [
    P("Divya", "name"),
    P("Ramesh Gowda", "name"),
    P("fifth June nineteen fifty six", "birth_date"),
    P("Five seven zero five, seven eight five three, double zero two seven", "national_id", check="aadhaar", canon="570578530027"),
    P("Shalini Rao", "name"),
    P("Karthik Gowda", "name"),
    P("98450 71236", "phone"),
    P("080 2334 7719", "phone"),
    P("No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011", "address", mns=["No. 14, 3rd Cross", "560011"]),
],
"lookalikes": [
    L("Sunrise Multispeciality Hospital", "company"),
    L("Thursday", "date"),
    L("from 9:30", "time"),
    L("₹800", "price"),
    L("APT-55120", "booking_reference"),
    L("ECG", "product"),
],
},
]
