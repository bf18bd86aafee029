from _h import name, em, sem, ad, p, L, rec

RECORDS = [

rec("en-call-001", "call", """
Agent: Good morning, you're through to Brightwatt Energy, my name's Callum. Can I take your name, please?
Customer: Yeah, hiya, it's John Whitfield.
Agent: Thanks John. And the first line of the address and the postcode?
Customer: 27 Chatsworth Road, and it's L S six, four A X.
Agent: Lovely. And for security, your date of birth?
Customer: Third of March, nineteen seventy-six.
Agent: Perfect, I've got you. How can I help today?
Customer: My bill's gone up to £112 a month and I'm on my own in the house, it was £74 before.
Agent: Let me have a look. I can see we've been estimating since January. Could you give me a reading from the meter? You're on Economy 7, so there'll be two.
Customer: Day is 04821, night is 12390.
Agent: Thank you. That brings the estimate down quite a bit. I'd suggest £86 a month. Your day rate is 24.5p per kWh.
Customer: Yeah, go on then. Oh and my partner Janet's moving in next month, does she need to be on the account?
Agent: She doesn't have to be, but we can add her as a second account holder if she calls in. Your account number's 8500 1294 7731 for when she does. Do you want to keep paying from the same bank account?
Customer: No, new one. Sort code twenty, forty-five, seventy-seven, account four one five five eight eight seven oh.
Agent: Twenty, forty-five, seventy-seven, four one five five eight eight seven oh. Got that. And is the best number still the mobile?
Customer: Yeah, oh seven seven double oh, nine double oh, one four two.
Agent: And I'll email the new direct debit guarantee over, what's the address?
Customer: j whitfield seventy six at example dot com, all one word.
Agent: Brilliant. You'll get that within 10 working days. Anything else I can help with?
Customer: No, that's it, cheers Callum.
""", [
    name("Callum"),
    name("John Whitfield"),
    ad("27 Chatsworth Road", "27 Chatsworth Road"),
    p("postcode", "L S six, four A X"),
    p("birth_date", "Third of March, nineteen seventy-six"),
    name("Janet"),
    p("iban", "Sort code twenty, forty-five, seventy-seven, account four one five five eight eight seven oh",
      "Twenty, forty-five, seventy-seven, four one five five eight eight seven oh",
      chk="uk_sort_account", norm="20-45-77 41558870"),
    p("phone", "oh seven seven double oh, nine double oh, one four two", norm="07700900142"),
    sem("j whitfield seventy six at example dot com", "j whitfield seventy six"),
], [
    L("price", "£112 a month"), L("price", "£74"), L("product", "Economy 7"), L("meter_reading", "04821"),
    L("meter_reading", "12390"), L("price", "24.5p per kWh"), L("customer_number", "8500 1294 7731"),
    L("duration", "within 10 working days"),
]),

rec("en-call-002", "call", """
Receptionist: Good afternoon, Parkside Medical Centre, Lauren speaking.
Caller: Hiya love, I'm ringing for my mum, Margaret Doyle. She's not well enough to come to the phone.
Receptionist: That's okay. Can I take your name, and has your mum agreed for you to speak for her?
Caller: Yes, she has, it's on her file. I'm Sharon, Sharon Pickering.
Receptionist: Thanks Sharon. Your mum's date of birth?
Caller: Twelfth of June, 1944.
Receptionist: And her NHS number, if you've got it handy?
Caller: It's on the letter here... six oh six, seven five one, two eight two three.
Receptionist: Lovely, that matches. What's the problem today?
Caller: She's got a bad chest, she's coughing all night and she's really breathless. Dr Okafor saw her last month for the same thing.
Receptionist: I'll put her on the list for a home visit, the duty doctor today is Dr Hussain. Is she still at Flat 6, Hollins Court, 41 Mill Lane, M22 4RT?
Caller: That's right. If nobody answers, Mrs Kowalski next door has a key.
Receptionist: And the best number to call before the visit?
Caller: My mobile, 07700 900 611, or mum's landline, 0161 496 0731.
Receptionist: Thanks. The doctor will try to come between 12 and 2. If it's amoxicillin again she can get it from Boots on Princess Road, they deliver.
Caller: She had the 500mg ones, three times a day. That worked last time.
Receptionist: I'll pop that in the notes. If she gets worse before then, ring 999 or 111.
""", [
    name("Lauren"),
    name("Margaret Doyle"),
    name("Sharon Pickering"),
    p("birth_date", "Twelfth of June, 1944"),
    p("national_id", "six oh six, seven five one, two eight two three", chk="nhs", norm="6067512823"),
    name("Okafor"),
    name("Hussain"),
    ad("Flat 6, Hollins Court, 41 Mill Lane, M22 4RT", "41 Mill Lane", "M22 4RT", "Flat 6, Hollins Court"),
    name("Kowalski"),
    p("phone", "07700 900 611"),
    p("phone", "0161 496 0731"),
], [
    L("company", "Parkside Medical Centre"), L("time", "between 12 and 2"), L("product", "amoxicillin"),
    L("company", "Boots"), L("quantity", "500mg"), L("quantity", "three times a day"),
]),

rec("en-call-003", "call", """
Agent - Liffey Credit Union, Declan speaking, how can I help?
Caller - Hi Declan, it's Ciarán Ó Súilleabháin here. I'm looking to top up the car loan I have with you.
Agent - No problem, Ciarán. Could you spell the surname for me so I pull up the right account?
Caller - S-U-I-L-L-E-A-B-H-A-I-N, with a fada on the U and the second A. Ó on its own before it.
Agent - Grand. And your PPS number for verification?
Caller - 1762497V.
Agent - Thanks. And date of birth?
Caller - Ninth of August 1985.
Agent - Perfect. I can see loan reference LN-448102, balance €6,240 remaining. How much were you looking for?
Caller - Another €2,500, the car needs a new clutch. My wife Aoife is a joint member as well if that matters.
Agent - It might help, yeah. Current rate is 7.5% APR. We'd lodge it into your current account, IE96 IPBS 7382 1347 8969 31, is that right?
Caller - That's the one.
Agent - And are you still at 12 Seafield Park, Booterstown, A94 X2K1?
Caller - We are.
Agent - Best number to reach you?
Caller - Oh eight seven, two one four, six six nine oh.
Agent - Grand. You'll hear back within 2 working days. The loans officer, Bríd, might ring for payslips.
Caller - No bother. Thanks a million.
""", [
    name("Declan"),
    name("Ciarán Ó Súilleabháin", "S-U-I-L-L-E-A-B-H-A-I-N", drop=("Ó",)),
    p("national_id", "1762497V", chk="ppsn"),
    p("birth_date", "Ninth of August 1985"),
    name("Aoife"),
    p("iban", "IE96 IPBS 7382 1347 8969 31", chk="iban"),
    ad("12 Seafield Park, Booterstown, A94 X2K1", "12 Seafield Park", "A94 X2K1"),
    p("phone", "Oh eight seven, two one four, six six nine oh", norm="0872146690"),
    name("Bríd"),
], [
    L("contract", "LN-448102"), L("price", "€6,240"), L("price", "€2,500"), L("quantity", "7.5% APR"),
    L("duration", "within 2 working days"), L("company", "Liffey Credit Union"),
]),

rec("en-call-004", "call", """
spk_0: thank you for calling lakeshore wireless my name is dwayne can i get your name please
spk_1: um yeah it's it's tasha reynolds
spk_0: hi tasha how can i help you today
spk_1: so i wanna add a line for my son marcus and um get him the iphone fifteen
spk_0: sure thing i can help with that for security can you verify the social security number on the account
spk_1: yeah it's four one two five eight three three oh seven
spk_0: thank you and the billing address
spk_1: forty eight twenty one north damen avenue apartment two b chicago illinois six oh six two five
spk_0: perfect so adding a line on the unlimited plus plan is going to be sixty five dollars a month plus the device payment
spk_1: okay um can i pay the activation fee on my card now
spk_0: yes go ahead with the card number
spk_1: it's 4306 3062 6407 3705 expires oh nine twenty seven
spk_0: got it and the best callback number
spk_1: three one two five five five oh one four seven
spk_0: and an email for the receipt
spk_1: tasha reynolds eighty eight at example dot com
spk_0: alright your order number is seven seven one oh four and the phone ships in two to three business days
spk_1: awesome thank you
""", [
    name("dwayne"),
    name("tasha reynolds"),
    name("marcus"),
    p("national_id", "four one two five eight three three oh seven", chk="ssn", norm="412-58-3307"),
    ad("forty eight twenty one north damen avenue apartment two b chicago illinois six oh six two five",
       "forty eight twenty one north damen avenue", "six oh six two five"),
    p("card", "4306 3062 6407 3705", chk="luhn"),
    p("phone", "three one two five five five oh one four seven", norm="3125550147"),
    sem("tasha reynolds eighty eight at example dot com", "tasha reynolds eighty eight"),
], [
    L("product", "iphone fifteen"), L("product", "unlimited plus plan"), L("price", "sixty five dollars a month"),
    L("order", "seven seven one oh four"), L("duration", "two to three business days"),
    L("date", "expires oh nine twenty seven"),
]),

rec("en-call-005", "call", """
[10:02:11] Claims Specialist: Maple Shield Life, disability claims, this is Karen.
[10:02:15] Claimant: Hi Karen, it's Mathieu Tremblay. I submitted a short-term disability claim last week and wanted to check on it.
[10:02:22] Claims Specialist: Sure. Do you have your claim number?
[10:02:25] Claimant: STD-2024-55810.
[10:02:31] Claims Specialist: Thanks. For verification, your date of birth and the last three digits of your SIN?
[10:02:36] Claimant: June 4th, 1982. And the SIN is 181 608 506, the whole thing, it's fine.
[10:02:44] Claims Specialist: Thanks. I see your employer, Tim Hortons, has sent the employer statement. We're still waiting for the attending physician statement from Dr. Nguyen.
[10:02:53] Claimant: She said she faxed it Friday. Dr. Linh Nguyen at the Parkdale clinic.
[10:02:59] Claims Specialist: I'll follow up with her office. Once approved, benefits are 66.7% of your weekly earnings, up to $1,100 a week.
[10:03:08] Claimant: Okay. Can it go by direct deposit? Transit 04512, institution 003, account 1234567, so 04512-003-1234567.
[10:03:18] Claims Specialist: Got it. And your mailing address is still 88 Dufferin St, Unit 1204, Toronto, ON M6K 3H2?
[10:03:24] Claimant: Yes. And you can reach me at (416) 555-0182, or my wife Geneviève at (416) 555-0139.
[10:03:31] Claims Specialist: Noted. Decision within 10 business days of receiving the physician statement.
""", [
    name("Karen"),
    name("Mathieu Tremblay"),
    p("birth_date", "June 4th, 1982"),
    p("national_id", "181 608 506", chk="sin"),
    name("Linh Nguyen"),
    p("iban", "04512-003-1234567", "Transit 04512, institution 003, account 1234567", chk="ca_account"),
    ad("88 Dufferin St, Unit 1204, Toronto, ON M6K 3H2", "88 Dufferin St", "M6K 3H2"),
    p("phone", "(416) 555-0182"),
    name("Geneviève"),
    p("phone", "(416) 555-0139"),
], [
    L("claim", "STD-2024-55810"), L("company", "Tim Hortons"), L("quantity", "66.7%"),
    L("price", "$1,100 a week"), L("duration", "within 10 business days"), L("time", "[10:02:11]"),
]),

rec("en-call-006", "call", """
OPERATOR: THANK YOU FOR CALLING SOUTHERN CROSS TAX AGENTS, YOU'RE SPEAKING WITH SHANE.
CALLER: HI SHANE, IT'S REBECCA HARLAND, BECKY. I'M JUST CHASING UP MY TAX RETURN.
OPERATOR: NO WORRIES BECKY. CAN I GET YOUR TAX FILE NUMBER TO FIND THE FILE?
CALLER: EIGHT TWO TWO, FIVE NINE NINE, SEVEN NINE ZERO.
OPERATOR: AND DATE OF BIRTH?
CALLER: TWENTY-SECOND OF NOVEMBER, NINETY-ONE.
OPERATOR: GOT YOU. SO YOUR 2023-24 RETURN WAS LODGED ON THE 2ND, LODGEMENT REFERENCE 7F2-99C, AND THE ESTIMATE IS A $2,340 REFUND.
CALLER: OH GREAT. WHERE'S THAT GOING TO BE PAID?
OPERATOR: TO THE ACCOUNT WE HAVE ON FILE, BSB 062-914, ACCOUNT 10482297.
CALLER: YEP, THAT'S STILL MINE. ALSO MY PARTNER DYLAN WANTS TO USE YOU GUYS FOR HIS SOLE TRADER STUFF, ABN 51 824 753 556.
OPERATOR: HAPPY TO HELP. HE CAN BOOK ONLINE, WE NEED THE RETURN IN BEFORE 31 OCTOBER IF HE'S NOT ALREADY WITH AN AGENT.
CALLER: COOL. ARE YOU STILL SENDING THINGS TO 17 MORETON ST, PADDINGTON QLD 4064?
OPERATOR: YES. AND MOBILE ENDING 156, SO 0491 570 156?
CALLER: THAT'S THE ONE. AND EMAIL IS BECKY.HARLAND@EXAMPLE.COM.
OPERATOR: ALL GOOD. REFUNDS USUALLY LAND WITHIN 14 DAYS.
""", [
    name("SHANE"),
    name("REBECCA HARLAND"),
    name("BECKY"),
    p("national_id", "EIGHT TWO TWO, FIVE NINE NINE, SEVEN NINE ZERO", chk="tfn", norm="822599790"),
    p("birth_date", "TWENTY-SECOND OF NOVEMBER, NINETY-ONE"),
    p("iban", "BSB 062-914, ACCOUNT 10482297", chk="au_bsb_account"),
    name("DYLAN"),
    ad("17 MORETON ST, PADDINGTON QLD 4064", "17 MORETON ST", "4064"),
    p("phone", "0491 570 156"),
    em("BECKY.HARLAND@EXAMPLE.COM"),
], [
    L("date", "2023-24"), L("case", "7F2-99C"), L("price", "$2,340"), L("company_id", "ABN 51 824 753 556"),
    L("date", "31 OCTOBER"), L("duration", "WITHIN 14 DAYS"),
]),

rec("en-call-007", "call", """
Kia ora, you're through to Tūī Power, this is Hemi.
Hi Hemi, my name's Aroha Tipene, I'm moving house and need to switch the power over.
No problem Aroha. What's the address you're moving out of?
42 Karaka Road, Mount Eden, Auckland 1024. We're out on the 30th.
And can I confirm your date of birth?
Fourteenth of February 1990.
Thanks. And where are you moving to?
Flat 2, 9 Puriri Street, Grey Lynn, 1021. It's a new build, so I've got the ICP number off the landlord, 0000184213UN6F2.
Perfect, that saves time. What's the meter reading at Karaka Road?
48213.
Great. My flatmate Liam is staying at Karaka Road, so he'll take over the account there?
Yeah, he'll call you himself. His number's 022 318 4406 if you need it.
Okay. You're on the low user plan at the moment, and your final bill will be about $186.40. Where would you like any credit refunded?
Same account as the direct debit, 12-3140-0458721-00.
And best contact number for you?
021 045 8812.
Sweet. I'll book the switch for Thursday between 8 and 12. You'll get a confirmation within 28 days of the final read.
""", [
    name("Hemi"),
    name("Aroha Tipene"),
    ad("42 Karaka Road, Mount Eden, Auckland 1024", "42 Karaka Road", "1024", "Karaka Road"),
    p("birth_date", "Fourteenth of February 1990"),
    ad("Flat 2, 9 Puriri Street, Grey Lynn, 1021", "9 Puriri Street", "1021"),
    name("Liam"),
    p("phone", "022 318 4406"),
    p("iban", "12-3140-0458721-00", chk="nz_bank"),
    p("phone", "021 045 8812"),
], [
    L("meter", "0000184213UN6F2"), L("meter_reading", "48213"), L("product", "low user plan"),
    L("price", "$186.40"), L("time", "Thursday between 8 and 12"), L("duration", "within 28 days"),
]),

rec("en-call-008", "call", """
Consultant: Good afternoon, Highveld Bank card fraud line, you're speaking to Pieter.
Client: Hello, my name is Thandiwe Nkosi, my purse was stolen at the mall and my card is in it.
Consultant: I'm sorry to hear that, ma'am. I'll stop the card right away. Can I have your ID number?
Client: 740511 0938 085.
Consultant: Thank you, Mrs Nkosi. Is it the Mastercard ending 9196?
Client: Yes. The full number is 5118 1825 2786 9196, I have a photo of it.
Consultant: Thank you, the card is stopped. I can see one transaction for R4 850 at Woolworths twenty minutes ago, and another attempt at Pick n Pay that was declined.
Client: That's not me! I was at the hairdresser.
Consultant: I'll log a dispute, reference CBX-88120. The money will be returned to your cheque account, 62 4418 0937, within 24 hours if it's confirmed as fraud.
Client: Thank you. My husband, Sipho, also has a card on that account.
Consultant: His card is separate and stays active. We'll courier a new card to 23 Jan Smuts Avenue, Parktown North, Johannesburg, 2193. Is that correct?
Client: Yes. You can call me on 082 417 3390, or at work, 011 555 0198.
Consultant: Noted. Please also open a case at SAPS, and send the case number to the fraud department. My colleague Lindiwe will follow up tomorrow.
""", [
    name("Pieter"),
    name("Thandiwe Nkosi"),
    p("national_id", "740511 0938 085", chk="sa_id"),
    p("card", "5118 1825 2786 9196", chk="luhn"),
    p("iban", "62 4418 0937", chk="za_account"),
    name("Sipho"),
    ad("23 Jan Smuts Avenue, Parktown North, Johannesburg, 2193", "23 Jan Smuts Avenue", "2193"),
    p("phone", "082 417 3390"),
    p("phone", "011 555 0198"),
    name("Lindiwe"),
], [
    L("price", "R4 850"), L("company", "Woolworths"), L("company", "Pick n Pay"), L("case", "CBX-88120"),
    L("duration", "within 24 hours"), L("duration", "twenty minutes ago"),
]),

rec("en-call-009", "call", """
Executive: Thank you for calling Prithvi Telecom, my name is Ramesh, how may I help you?
Customer: Hi Ramesh, this is Ananya Krishnan. My SIM got blocked saying KYC is pending.
Executive: I will help you ma'am. Please tell me the mobile number.
Customer: +91 98450 21763.
Executive: Thank you. For e-KYC I will need your Aadhaar number.
Customer: 5532 0159 3452.
Executive: And your date of birth as per Aadhaar?
Customer: 27th July 1996.
Executive: Father's name?
Customer: Subramanian Krishnan.
Executive: And the address please.
Customer: Flat 402, Prestige Sunrise, 7th Cross, Indiranagar, Bengaluru 560038.
Executive: Thank you ma'am. You will get an OTP on your alternate number. Which alternate number should I use?
Customer: My husband Vikram's number, 98860 44127. Or the landline, 080 2521 4417.
Executive: Done. Your request ID is KYC7741209. The SIM will be active within 24 hours. Your current plan is ₹399 with 2 GB per day for 84 days.
Customer: Okay, thank you.
""", [
    name("Ramesh"),
    name("Ananya Krishnan"),
    p("phone", "+91 98450 21763"),
    p("national_id", "5532 0159 3452", chk="aadhaar"),
    p("birth_date", "27th July 1996"),
    name("Subramanian Krishnan"),
    ad("Flat 402, Prestige Sunrise, 7th Cross, Indiranagar, Bengaluru 560038", "Flat 402, Prestige Sunrise", "560038"),
    name("Vikram"),
    p("phone", "98860 44127"),
    p("phone", "080 2521 4417"),
], [
    L("case", "KYC7741209"), L("duration", "within 24 hours"), L("price", "₹399"),
    L("quantity", "2 GB per day"), L("duration", "84 days"), L("company", "Prithvi Telecom"),
]),

rec("en-call-010", "call", """
[00:00:02] SPEAKER_00: you're through to swiftdrop customer services this is kyle
[00:00:05] SPEAKER_01: hi yeah um my parcel says delivered but it's not here
[00:00:09] SPEAKER_00: sorry about that can i take the tracking number
[00:00:12] SPEAKER_01: h zero one a y a zero zero one two three four five six seven eight
[00:00:21] SPEAKER_00: thanks and the surname on the parcel
[00:00:23] SPEAKER_01: pryce p for papa r for romeo y for yankee c for charlie e for echo
[00:00:30] SPEAKER_00: and the postcode
[00:00:32] SPEAKER_01: sierra echo one five two november bravo
[00:00:37] SPEAKER_00: okay so gareth pryce forty two bellenden road
[00:00:41] SPEAKER_01: yeah that's me
[00:00:43] SPEAKER_00: the driver's photo shows it was left with a neighbour at number forty four signed for by adeyemi
[00:00:50] SPEAKER_01: oh right that'll be mrs adeyemi she's usually in i'll knock
[00:00:55] SPEAKER_00: if it's not there call back and we'll open a claim it's one point two kilos so it shouldn't be too hard to miss
[00:01:01] SPEAKER_01: okay can you text me when there's an update oh seven seven double oh nine double oh three eight one
[00:01:08] SPEAKER_00: no problem and your email for the claim form
[00:01:11] SPEAKER_01: gareth dot pryce at example dot net
[00:01:15] SPEAKER_00: lovely your reference is five five one oh two nine three next time we can drop it at the parcel shop in the co-op if you prefer
""", [
    name("kyle"),
    p("name", "p for papa r for romeo y for yankee c for charlie e for echo"),
    name("pryce"),
    p("postcode", "sierra echo one five two november bravo"),
    name("gareth"),
    ad("forty two bellenden road", "forty two bellenden road"),
    ad("number forty four", "number forty four"),
    name("adeyemi"),
    p("phone", "oh seven seven double oh nine double oh three eight one", norm="07700900381"),
    sem("gareth dot pryce at example dot net", "gareth dot pryce"),
], [
    L("tracking", "h zero one a y a zero zero one two three four five six seven eight"),
    L("quantity", "one point two kilos"), L("ticket", "five five one oh two nine three"),
    L("company", "co-op"), L("time", "[00:00:43]"),
]),

rec("en-call-011", "call", """
Rep: Thank you for calling Lone Star Health Plans, this is Marisol, may I have your member ID?
Member: Yeah, it's W284 771 903.
Rep: Thank you. Can you verify your full name and date of birth?
Member: Kevin Castellanos, 10/02/1979.
Rep: And for HIPAA verification, your Social Security number?
Member: 530-71-9264.
Rep: Thank you Mr. Castellanos. How can I help?
Member: My wife, Rosa, had an MRI in March and you guys denied it. Claim number 24-CL-0099812.
Rep: I see that. It was denied for missing prior authorization. Her date of birth is 03/15/1981?
Member: Yes.
Rep: Her provider, Dr. Anjali Patel, would need to submit the authorization retroactively. The allowed amount was $1,850 and your deductible is $1,250.
Member: Okay, I'll call Dr. Patel's office. Can the reimbursement go by direct deposit?
Rep: Yes, routing 027200317, account 4471920385 is what we have. Is that right?
Member: Correct.
Rep: And your address is still 1187 Oak Hollow Dr, Austin, TX 78745?
Member: Yes. Phone (512) 555-0163.
Rep: Great. You can also pick up her prescriptions at any Walgreens in network. Reference for this call is 88120-MC.
""", [
    name("Marisol"),
    name("Kevin Castellanos"),
    p("birth_date", "10/02/1979"),
    p("national_id", "530-71-9264", chk="ssn"),
    name("Rosa"),
    p("birth_date", "03/15/1981"),
    name("Anjali Patel"),
    p("iban", "routing 027200317, account 4471920385", chk="us_account"),
    ad("1187 Oak Hollow Dr, Austin, TX 78745", "1187 Oak Hollow Dr", "78745"),
    p("phone", "(512) 555-0163"),
], [
    L("member", "W284 771 903"), L("claim", "24-CL-0099812"), L("price", "$1,850"), L("price", "$1,250"),
    L("company", "Walgreens"), L("case", "88120-MC"), L("product", "MRI"),
]),

rec("en-call-012", "call", """
Advisor — Good morning, Leeds City Council, council tax, you're speaking to Amira.
Resident — Morning. I'm moving out of my flat and wanted to close my council tax account.
Advisor — Of course. Can I take your council tax reference?
Resident — It's 4100 2291 8.
Advisor — Thank you. And your full name?
Resident — Oliver James Brennan.
Advisor — And your National Insurance number, please?
Resident — J G one oh, three seven, eight two, B. JG 10 37 82 B.
Advisor — Thank you, Mr Brennan. So you're leaving Flat 3, 112 Hyde Park Road, LS6 1AG. What's the date?
Resident — The 28th of this month. My housemate, Tom Ashworth, is staying on, he'll open his own account.
Advisor — He'll get a 25% single person discount then. And where are you moving to?
Resident — 9 Wharf Street, Sowerby Bridge, HX6 2AF, that's Calderdale, so not you lot.
Advisor — Right, you'll need to contact Calderdale separately. Your final bill is £212.67, we'll take it by direct debit. I've got sort code 40-11-62, account 93028814, is that still right?
Resident — Yeah, 40-11-62, 93028814.
Advisor — Lovely. Any refund goes back there. Contact number?
Resident — 0113 496 0588.
Advisor — You'll get the final bill within 14 days. Anything else?
Resident — No, that's everything. Thanks Amira.
""", [
    name("Amira"),
    name("Oliver James Brennan"),
    p("national_id", "J G one oh, three seven, eight two, B", chk="nino", norm="JG103782B"),
    p("national_id", "JG 10 37 82 B", chk="nino"),
    ad("Flat 3, 112 Hyde Park Road, LS6 1AG", "112 Hyde Park Road", "LS6 1AG"),
    name("Tom Ashworth"),
    ad("9 Wharf Street, Sowerby Bridge, HX6 2AF", "9 Wharf Street", "HX6 2AF"),
    p("iban", "sort code 40-11-62, account 93028814", "40-11-62, 93028814", chk="uk_sort_account",
      norm="40-11-62 93028814"),
    p("phone", "0113 496 0588"),
], [
    L("customer_number", "4100 2291 8"), L("date", "The 28th of this month"), L("quantity", "25%"),
    L("price", "£212.67"), L("duration", "within 14 days"), L("company", "Calderdale"),
]),

]
