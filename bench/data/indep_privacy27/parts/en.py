# English-language records (UK, IE, US, CA, AU, NZ, ZA, IN).  Hand-written.
from _h import P, L, R

RECORDS = []
add = RECORDS.append

# ------------------------------------------------------------------ calls

add(R("en-call-001", """
Call ID 7f2a-118 | 2024-01-22 16:04 | Queue: Billing | Handle time 08:12
Agent: Thanks for calling Brightwell Energy, you're speaking with Aisha, how can I help?
Customer: Hi Aisha, this is John, John Featherstone. I've had a bill for four hundred and twelve pounds and it's normally about ninety.
Agent: Oh no, let's have a look. Can I take the first line of the address and the postcode?
Customer: Yeah, 14 Carlton Terrace, postcode N G seven, two E Q.
Agent: So that's NG7 2EQ. And for security, your date of birth?
Customer: Second of November, nineteen seventy-six.
Agent: Lovely, thank you Mr Featherstone. So the last two bills were estimated, and this one's based on a reading submitted online by a C. Okafor?
Customer: That'll be my lodger, Chinedu. He must have read the meter wrong.
Agent: Could be. Can you give me the reading now?
Customer: Hang on... electric is 0 4 7 2 1 3.
Agent: 047213, that's much lower. I'll re-bill from that, so the new balance is £96.40.
Customer: Great. Can I also switch to direct debit?
Agent: Of course. Sort code and account number?
Customer: Sort code twenty, forty-five, seventy-seven, account number three one five six, two oh nine eight.
Agent: And the best number to reach you on?
Customer: Oh seven seven double oh, nine double oh, three one four.
Agent: Perfect. I'll send confirmation to the email we have, jfeatherstone76@example.com?
Customer: Yes that's right.
Agent: Brilliant, the first collection will be on the 1st of February, £88 a month. Your reference is BW-5530127. Anything else, John?
Customer: No, that's great, cheers Aisha.
""", [
    P("Aisha", "name"),
    P("John Featherstone", "name"),
    P("14 Carlton Terrace", "address", mns=["14 Carlton Terrace"]),
    P("N G seven, two E Q", "postcode", also=["NG7 2EQ"]),
    P("Second of November, nineteen seventy-six", "birth_date"),
    P("C. Okafor", "name"),
    P("Chinedu", "name"),
    P("Sort code twenty, forty-five, seventy-seven, account number three one five six, two oh nine eight",
      "iban", chk="uk_account", digits="20-45-77 31562098"),
    P("Oh seven seven double oh, nine double oh, three one four", "phone", digits="07700 900314"),
    P("jfeatherstone76@example.com", "email"),
], [
    L("four hundred and twelve pounds", "price"), L("about ninety", "price"), L("047213", "meter_reading"),
    L("£96.40", "price"), L("£88 a month", "price"), L("BW-5530127", "reference"),
    L("1st of February", "date"), L("Call ID 7f2a-118", "call_id"),
]))

add(R("en-call-002", """
spk_0: thank you for calling eirwave my name is declan how can i help
spk_1: hi declan um its siobhan ni bhriain here my broadband has been dropping out all week
spk_0: sorry to hear that can i get the account holders name and eircode
spk_1: the account is in my name siobhan ni bhriain and the eircode is d zero six x two k seven
spk_0: grand and for security can you confirm your date of birth
spk_1: the fourteenth of july eighty nine
spk_0: thanks siobhan um i can see the line is showing a lot of errors from the cabinet ill run a test now
spk_1: my neighbour padraig said his is gone too
spk_0: okay ive raised a fault its reference f r five five two zero nine an engineer can come out thursday between eight and one
spk_1: thursday is fine but my partner will be there his name is tadhg
spk_0: no problem whats the best number for the engineer to call
spk_1: oh eight seven double two four one nine six three
spk_0: and youre due a credit for the outage can i get the iban for the refund
spk_1: oh its i e seven eight a i b k two eight three seven oh four four eight six five triple nine one
spk_0: perfect youll get a credit of fifteen euro and ill email you the details what email have we
spk_1: siobhan underscore b at example dot com
spk_0: lovely thats all done siobhan
""", [
    P("declan", "name"),
    P("siobhan ni bhriain", "name"),
    P("d zero six x two k seven", "postcode"),
    P("the fourteenth of july eighty nine", "birth_date"),
    P("padraig", "name"),
    P("tadhg", "name"),
    P("oh eight seven double two four one nine six three", "phone", digits="087 224 1963"),
    P("i e seven eight a i b k two eight three seven oh four four eight six five triple nine one", "iban",
      chk="iban", digits="IE78 AIBK 2837 0448 6599 91"),
    P("siobhan underscore b at example dot com", "email"),
], [
    L("f r five five two zero nine", "ticket_number"), L("thursday between eight and one", "time"),
    L("fifteen euro", "price"), L("eirwave", "company"), L("all week", "duration"),
]))

add(R("en-call-003", """
(00:00:02) Rep: Thank you for calling Evergreen Health Plans, my name is Tyler, may I have your member ID?
(00:00:07) Member: Sure, it's EHP 4471 0092 3.
(00:00:12) Rep: Thank you. And can you verify your full name and date of birth?
(00:00:15) Member: Maria Guadalupe Ortiz, March fifth, nineteen eighty-two.
(00:00:22) Rep: Thank you Ms. Ortiz. I also need to verify your Social Security number.
(00:00:26) Member: It's five five oh, two two, two five five eight.
(00:00:33) Rep: Thank you. How can I help today?
(00:00:35) Member: I got a bill from Dr. Anand Krishnamurthy's office for $1,240 for my son's MRI, and it should have been covered.
(00:00:44) Rep: Let me pull up the claim. Is that for Mateo Ortiz, date of birth June 18, 2011?
(00:00:50) Member: Yes.
(00:00:52) Rep: I see claim number 2024-03-771920. It was denied for missing prior authorization, so Dr. Krishnamurthy's office would need to submit the PA retroactively.
(00:01:04) Member: Ugh. Okay. Can you also update my address? We moved to 2210 Alder Creek Dr, Apt 5B, Sacramento, CA 95825.
(00:01:13) Rep: Done. And your phone, is it still (916) 555-0148?
(00:01:17) Member: Yes. Oh, and my husband Luis wants to be added as an authorized representative.
(00:01:22) Rep: He'll need to be on the line with you, or you can fill out the form online. Would you like reimbursements by direct deposit?
(00:01:29) Member: Yes, routing 091507033, account 4471902835.
(00:01:38) Rep: Got it. Your reference for today's call is C-88120-TX.
""", [
    P("Tyler", "name"),
    P("Maria Guadalupe Ortiz", "name"),
    P("March fifth, nineteen eighty-two", "birth_date"),
    P("five five oh, two two, two five five eight", "national_id", chk="ssn", digits="550-22-2558"),
    P("Anand Krishnamurthy", "name"),
    P("Mateo Ortiz", "name"),
    P("June 18, 2011", "birth_date"),
    P("2210 Alder Creek Dr, Apt 5B, Sacramento, CA 95825", "address",
      mns=["2210 Alder Creek Dr, Apt 5B", "95825"]),
    P("(916) 555-0148", "phone"),
    P("Luis", "name"),
    P("routing 091507033, account 4471902835", "iban", chk="aba_account", mns=["091507033", "4471902835"]),
], [
    L("EHP 4471 0092 3", "member_number"), L("$1,240", "price"), L("2024-03-771920", "claim_number"),
    L("C-88120-TX", "reference"), L("MRI", "procedure"), L("(00:01:38)", "timestamp"),
]))

add(R("en-call-004", """
[10:02:11] Receptionist: Good morning, Parkside Medical Practice, Gemma speaking.
[10:02:14] Caller: Hi, I'm ringing for my dad, he's not well enough to call himself. His name's Dennis Whitworth.
[10:02:20] Receptionist: Okay, and who am I speaking to?
[10:02:22] Caller: His daughter, Karen Bradshaw. I'm on his consent form.
[10:02:27] Receptionist: Yes, I can see you listed. Can I have his date of birth?
[10:02:30] Caller: Twenty-third of the fourth, nineteen forty-one.
[10:02:34] Receptionist: And his NHS number if you've got it?
[10:02:37] Caller: Five nine three, three nine five, oh nine nine eight.
[10:02:45] Receptionist: Thank you. What's the problem today?
[10:02:47] Caller: He's had a chesty cough for ten days and he's getting breathless. Doctor Okonjo saw him last month for his COPD.
[10:02:58] Receptionist: Right. I'll put him on the duty doctor list, Dr Hargreaves will call back before 1pm. Is that on 07700 900722?
[10:03:07] Caller: That's his mobile, he won't hear it. Can you use mine, 07700 900561.
[10:03:14] Receptionist: No problem. And he's still at 9 Moorside Lane, Bradford, BD9 6QA?
[10:03:20] Caller: Yes. His carer from the agency comes at 11, Precious, she might answer the door.
[10:03:28] Receptionist: That's fine. If he gets worse in the meantime, ring 999 or 111.
""", [
    P("Gemma", "name"),
    P("Dennis Whitworth", "name"),
    P("Karen Bradshaw", "name"),
    P("Twenty-third of the fourth, nineteen forty-one", "birth_date"),
    P("Five nine three, three nine five, oh nine nine eight", "national_id", chk="nhs", digits="593 395 0998"),
    P("Okonjo", "name"),
    P("Hargreaves", "name"),
    P("07700 900722", "phone"),
    P("07700 900561", "phone"),
    P("9 Moorside Lane, Bradford, BD9 6QA", "address", mns=["9 Moorside Lane", "BD9 6QA"]),
    P("Precious", "name"),
], [
    L("ten days", "duration"), L("before 1pm", "time"), L("999", "emergency_number"), L("111", "service_number"),
    L("Parkside Medical Practice", "company"), L("[10:02:58]", "timestamp"),
]))

add(R("en-call-005", """
0:00 Agent: Maple Trust, this is Harpreet speaking, how can I help you today?
0:04 Client: Hi, yeah, my name is Émilie Tremblay-Gagnon, I'm calling about opening a TFSA.
0:10 Agent: Happy to help. Are you an existing client?
0:12 Client: Yes, my chequing account is 00123-004-5012238.
0:20 Agent: Thank you. To open a TFSA I'll need your Social Insurance Number.
0:24 Client: It's 468 695 424.
0:31 Agent: And your date of birth?
0:33 Client: January 9, 1994.
0:36 Agent: And your current address?
0:38 Client: 4410 rue Saint-Denis, apartment 3, Montréal, Quebec, H2J 2L1.
0:47 Agent: Perfect. Will you name a successor holder?
0:51 Client: My spouse, Kwame Asante.
0:55 Agent: Okay. And the initial contribution, how much and from which account?
0:59 Client: $6,500 from my chequing. I know the limit is $7,000 this year.
1:03 Agent: That's right. I'll send the documents to your email.
1:06 Client: It's emilie.tg@example.net.
1:10 Agent: And a phone number for the e-signature code?
1:12 Client: 514-555-0193.
1:15 Agent: All set. Your TFSA number will be TF-2024-88231.
""", [
    P("Harpreet", "name"),
    P("Émilie Tremblay-Gagnon", "name"),
    P("00123-004-5012238", "iban", chk="ca_account"),
    P("468 695 424", "national_id", chk="sin"),
    P("January 9, 1994", "birth_date"),
    P("4410 rue Saint-Denis, apartment 3, Montréal, Quebec, H2J 2L1", "address",
      mns=["4410 rue Saint-Denis, apartment 3", "H2J 2L1"]),
    P("Kwame Asante", "name"),
    P("emilie.tg@example.net", "email"),
    P("514-555-0193", "phone"),
], [
    L("TFSA", "product"), L("$6,500", "price"), L("$7,000", "price"), L("TF-2024-88231", "account_reference"),
    L("Maple Trust", "company"),
]))

add(R("en-call-006", """
AGENT: Good afternoon, Redgum Tax and Accounting, Bec speaking.
CLIENT: Hi Bec, it's Minh Tran, I'm booked in with Craig for my tax return on Thursday.
AGENT: Hi Minh. Yes, Thursday the 18th at 2:30. What can I do for you?
CLIENT: Craig said to send through my TFN and Medicare details before the appointment, can I just read them out?
AGENT: Sure, go ahead.
CLIENT: TFN is eight five six, nine two six, nine two eight.
AGENT: 856 926 928. And Medicare?
CLIENT: 5084 35528 2, and I'm number 1 on the card.
AGENT: Thanks. Have you moved since last year?
CLIENT: Yes, we're now at Unit 12, 45 Boundary Street, West End QLD 4101.
AGENT: And for the Medicare levy surcharge we need your spouse's details.
CLIENT: Linh, Linh Pham. Her TFN is six two four, eight oh nine, one four nine.
AGENT: Got it. And where would you like the refund paid?
CLIENT: BSB zero six four, one two three, account one oh four seven two two eight nine.
AGENT: And the best contact number?
CLIENT: Oh four nine one, five seven oh, two two six.
AGENT: Lovely. Our fee is $220 and it comes out of your refund. See you Thursday.
""", [
    P("Bec", "name"),
    P("Minh Tran", "name"),
    P("Craig", "name"),
    P("856 926 928", "national_id", chk="tfn", also=["eight five six, nine two six, nine two eight"]),
    P("5084 35528 2", "national_id", chk="medicare"),
    P("Unit 12, 45 Boundary Street, West End QLD 4101", "address",
      mns=["Unit 12, 45 Boundary Street", "4101"]),
    P("Linh Pham", "name"),
    P("six two four, eight oh nine, one four nine", "national_id", chk="tfn", digits="624 809 149"),
    P("BSB zero six four, one two three, account one oh four seven two two eight nine", "iban",
      chk="au_bank", digits="064-123 10472289"),
    P("Oh four nine one, five seven oh, two two six", "phone", digits="0491 570 226"),
], [
    L("Thursday the 18th at 2:30", "date"), L("$220", "price"), L("number 1 on the card", "card_position"),
    L("Redgum Tax and Accounting", "company"), L("last year", "date"),
]))

add(R("en-call-007", """
SPEAKER_00: Kia ora, you've reached TranzPost, my name's Ruby.
SPEAKER_01: Kia ora Ruby, it's Aroha Ngata. I'm supposed to get a parcel today but the tracking says unable to deliver, address incomplete.
SPEAKER_00: Oh no, what's the tracking number?
SPEAKER_01: NZ 7740 1182 93.
SPEAKER_00: Thanks. It's got the address as 12 Aro Street, Wellington, but no flat number.
SPEAKER_01: Yeah it's flat 3, 12 Aro Street, Aro Valley, Wellington 6021.
SPEAKER_00: Sweet, updated. It'll go out on tomorrow's run. If you're not home, can we leave it with someone?
SPEAKER_01: My neighbour Hemi Walker, he's usually home.
SPEAKER_00: And a mobile for the driver?
SPEAKER_01: Oh two one, two two four, eight nine seven one.
SPEAKER_00: 021 224 8971. And the sender is Fisher & Paykel, it's a dishwasher?
SPEAKER_01: Yeah, the 60 cm one, my partner Sione ordered it on his card.
SPEAKER_00: No worries. Since it's a large item we'll need a signature. I'll text you a delivery window.
SPEAKER_01: Could you email it as well? aroha.ngata@example.com
SPEAKER_00: Done. Ka kite!
""", [
    P("Ruby", "name"),
    P("Aroha Ngata", "name"),
    P("flat 3, 12 Aro Street, Aro Valley, Wellington 6021", "address", mns=["12 Aro Street", "6021"]),
    P("Hemi Walker", "name"),
    P("021 224 8971", "phone", also=["Oh two one, two two four, eight nine seven one"]),
    P("Sione", "name"),
    P("aroha.ngata@example.com", "email"),
], [
    L("NZ 7740 1182 93", "tracking_number"), L("Fisher & Paykel", "company_named_after_person"),
    L("tomorrow's run", "date"), L("60 cm", "measurement"), L("TranzPost", "company"),
]))

add(R("en-call-008", """
Consultant: Good morning, Protea Insure claims, you're speaking to Lerato.
Client: Morning Lerato, it's Thandiwe Nkosi. My car was damaged in the hailstorm yesterday in Bellville.
Consultant: Sorry to hear that. Can I have your ID number please?
Client: 921002 4941 086.
Consultant: Thank you Ms Nkosi. And the vehicle registration?
Client: CA 512-884.
Consultant: That's the Toyota Corolla Cross?
Client: Yes.
Consultant: Was anyone else driving at the time?
Client: My brother, Sibusiso Nkosi. It was parked at his work.
Consultant: I'll need his ID as well for the driver declaration.
Client: 8806145165082.
Consultant: Thank you. I've logged the claim; your excess is R 3,500. The assessor, Mr Johan Botha, will contact you to book an inspection at our drive-in centre in Montague Gardens.
Client: Okay. My number is 082 441 7390.
Consultant: And your address for the file, still 17 Protea Road, Claremont, Cape Town, 7708?
Client: Yes.
Consultant: And the banking details for any payout?
Client: FNB, account 62841190374, branch code 250655.
Consultant: Thank you. Your claim number is HL-24-03318.
""", [
    P("Lerato", "name"),
    P("Thandiwe Nkosi", "name"),
    P("921002 4941 086", "national_id", chk="za_id"),
    P("CA 512-884", "plate", chk="za_plate"),
    P("Sibusiso Nkosi", "name"),
    P("8806145165082", "national_id", chk="za_id"),
    P("Johan Botha", "name"),
    P("082 441 7390", "phone"),
    P("17 Protea Road, Claremont, Cape Town, 7708", "address", mns=["17 Protea Road", "7708"]),
    P("62841190374", "iban", chk="za_account"),
], [
    L("Toyota Corolla Cross", "product"), L("R 3,500", "price"), L("HL-24-03318", "claim_number"),
    L("branch code 250655", "bank_code"), L("Protea Insure", "company"), L("Montague Gardens", "place"),
]))

add(R("en-call-009", """
Executive: Good evening, thank you for calling Sahyadri Bank, this is Pooja, how may I assist you?
Customer: Hello madam, I want to update my KYC, my account is getting frozen it seems.
Executive: I will help you sir. May I know your name and account number?
Customer: Rajesh Kumar Iyer, account number 50100228471936.
Executive: Thank you Mr. Iyer. For KYC we need Aadhaar and PAN. Please tell me the Aadhaar number.
Customer: Seven four zero zero, nine five one four, nine two seven one.
Executive: And PAN?
Customer: A-B-K-P-I-4-4-1-7-C.
Executive: Date of birth as per Aadhaar?
Customer: 12th August 1971.
Executive: And current address?
Customer: Flat 302, Sai Krupa Apartments, 14th Cross, Malleshwaram, Bengaluru 560003.
Executive: Is your registered mobile still +91 98450 21736?
Customer: No madam, now it is 94481 60257. The old one is with my son Karthik.
Executive: Mobile number change needs OTP on both numbers, sir. Also, your nominee is listed as Lakshmi Iyer, correct?
Customer: Yes, my wife.
Executive: Your KYC update request number is KYC2024061800417. It will be done within 48 hours. Branch IFSC is SAHY0000214.
Customer: Thank you madam.
""", [
    P("Pooja", "name"),
    P("Rajesh Kumar Iyer", "name"),
    P("50100228471936", "iban", chk="in_account"),
    P("Seven four zero zero, nine five one four, nine two seven one", "national_id", chk="aadhaar",
      digits="7400 9514 9271"),
    P("A-B-K-P-I-4-4-1-7-C", "national_id", chk="pan", digits="ABKPI4417C"),
    P("12th August 1971", "birth_date"),
    P("Flat 302, Sai Krupa Apartments, 14th Cross, Malleshwaram, Bengaluru 560003", "address",
      mns=["Flat 302, Sai Krupa Apartments, 14th Cross", "560003"]),
    P("+91 98450 21736", "phone"),
    P("94481 60257", "phone"),
    P("Karthik", "name"),
    P("Lakshmi Iyer", "name"),
], [
    L("KYC2024061800417", "request_number"), L("48 hours", "duration"), L("SAHY0000214", "bank_code"),
    L("Sahyadri Bank", "company"), L("OTP", "term"),
]))

add(R("en-call-010", """
Baker & Lowe Motors - call recording 2024-03-07 16:52
Baker and Lowe Motors, Dan speaking.
Hiya Dan, it's Gareth Pritchard, I've got the Golf booked in for an MOT tomorrow but I need to move it.
No bother. What's the reg?
It's Whiskey Kilo one nine, Hotel Lima Sierra.
WK19 HLS, Volkswagen Golf, yeah got it. When do you want it?
Any chance of Saturday morning?
I've got eight thirty on Saturday the 9th. MOT's fifty-four eighty-five and the interim service is a hundred and forty-nine.
Lovely. My wife Bethan will drop it off, she'll need a courtesy car.
I'll need her licence when she comes in. Is it the same number for you, oh seven seven double oh, nine double oh, eight one two?
No, I changed it, it's oh seven nine five three, two one six, four eight oh.
And the address for the invoice, still 22 Heol y Felin, Cardiff CF14 2DU?
That's us.
And I'll send the reminder to gareth.pritchard@example.com.
Perfect.
Okay Gareth, that's you booked in, Saturday 8:30. Job number 44170.
Cheers Dan.
""", [
    P("Dan", "name"),
    P("Gareth Pritchard", "name"),
    P("WK19 HLS", "plate", chk="uk_plate", also=["Whiskey Kilo one nine, Hotel Lima Sierra"]),
    P("Bethan", "name"),
    P("oh seven seven double oh, nine double oh, eight one two", "phone", digits="07700 900812"),
    P("oh seven nine five three, two one six, four eight oh", "phone", digits="07953 216480"),
    P("22 Heol y Felin, Cardiff CF14 2DU", "address", mns=["22 Heol y Felin", "CF14 2DU"]),
    P("gareth.pritchard@example.com", "email"),
], [
    L("Baker & Lowe Motors", "company_named_after_person"), L("Baker and Lowe Motors", "company_named_after_person"),
    L("Volkswagen Golf", "product"), L("fifty-four eighty-five", "price"), L("a hundred and forty-nine", "price"),
    L("Saturday the 9th", "date"), L("Job number 44170", "job_number"),
]))

add(R("en-call-011", """
Agent (Kayla): Thanks for calling Northwind Outfitters, this is Kayla, can I get your order number?
Caller: Yeah, it's N W dash 7 7 3 0 1 9 2.
Agent (Kayla): Thank you. Who am I speaking with?
Caller: Darnell Washington.
Agent (Kayla): Hi Darnell. What can I help with?
Caller: My card got declined on the order, I think the billing ZIP was wrong. Can I just give you the card?
Agent (Kayla): Sure, go ahead when you're ready.
Caller: Four one seven nine, eight eight six four, six two nine two, five seven two seven.
Agent (Kayla): And the billing ZIP?
Caller: Three zero three one eight.
Agent (Kayla): 30318, got it. And the billing address?
Caller: 1475 Howell Mill Road Northwest, unit 210, Atlanta, Georgia.
Agent (Kayla): Perfect, that went through. Total is $186.47 with shipping, that's the jacket in size large and two pairs of the Carhartt work pants.
Caller: Cool. Can you ship it to my mom's house instead? Gloria Washington, 88 Peachtree Circle Northeast, Atlanta 30309.
Agent (Kayla): Sure. What's the best email for the receipt?
Caller: darnell dot washington eighty-eight at example dot com.
Agent (Kayla): And a phone number in case the carrier needs it?
Caller: Four oh four, five five five, oh one six two.
Agent (Kayla): You're all set, Darnell. Have a good one!
""", [
    P("Kayla", "name"),
    P("Darnell Washington", "name"),
    P("Four one seven nine, eight eight six four, six two nine two, five seven two seven", "card",
      digits="4179 8864 6292 5727"),
    P("Three zero three one eight", "postcode", digits="30318", also=["30318"]),
    P("1475 Howell Mill Road Northwest, unit 210", "address", mns=["1475 Howell Mill Road Northwest, unit 210"]),
    P("Gloria Washington", "name"),
    P("88 Peachtree Circle Northeast, Atlanta 30309", "address", mns=["88 Peachtree Circle Northeast", "30309"]),
    P("darnell dot washington eighty-eight at example dot com", "email"),
    P("Four oh four, five five five, oh one six two", "phone", digits="404-555-0162"),
], [
    L("N W dash 7 7 3 0 1 9 2", "order_number"), L("$186.47", "price"), L("size large", "size"),
    L("Carhartt", "company_named_after_person"), L("Northwind Outfitters", "company"), L("two pairs", "quantity"),
]))

add(R("en-call-012", """
AIRE VALLEY HOMES - REPAIRS LINE - RECORDED 2024-02-12 09:47
CSA: Aire Valley Homes repairs, you're through to Shabnam.
TENANT: Hello love, it's Mrs Doreen Ashworth, I'm in the flats on Beeston Road.
CSA: Hello Mrs Ashworth. Can I confirm your full address and date of birth?
TENANT: Flat 47, Linton House, Beeston Road, Leeds, LS11 6AH. Born the 30th of May, 1948.
CSA: Thank you. What's the repair?
TENANT: The lift's been broken since Friday, and I'm on the ninth floor. And there's damp in the bedroom, black mould. My son Gary's been bleaching it.
CSA: Oh dear. The lift's already reported, job LFT-20931. For the damp I'll raise an inspection, that's job DMP-77412, a surveyor will come within 10 working days.
TENANT: And my neighbour, Mr Haroon Qureshi, he's got the same.
CSA: He'll need to ring himself, but I'll note it. Is your number still 0113 496 0721?
TENANT: Yes, or Gary's mobile, 07700 900265.
CSA: And are there any vulnerabilities we should know about?
TENANT: I've got a pacemaker and I use a walking frame. My GP is Dr Lindqvist at Beeston Hill.
CSA: Noted, I'll flag you as priority. While I have you, your Housing Benefit review needs your National Insurance number.
TENANT: It's J T four eight two one oh seven C.
CSA: Lovely, that's all on. Your rent account 3318-0042-7 is up to date as well.
""", [
    P("Shabnam", "name"),
    P("Doreen Ashworth", "name"),
    P("Flat 47, Linton House, Beeston Road, Leeds, LS11 6AH", "address",
      mns=["Flat 47, Linton House, Beeston Road", "LS11 6AH"]),
    P("the 30th of May, 1948", "birth_date"),
    P("Gary", "name"),
    P("Haroon Qureshi", "name"),
    P("0113 496 0721", "phone"),
    P("07700 900265", "phone"),
    P("Lindqvist", "name"),
    P("J T four eight two one oh seven C", "national_id", chk="nino", digits="JT482107C"),
], [
    L("LFT-20931", "job_number"), L("DMP-77412", "job_number"), L("10 working days", "duration"),
    L("ninth floor", "floor"), L("since Friday", "date"), L("rent account 3318-0042-7", "account_reference"),
]))

# ------------------------------------------------------------------ chats

add(R("en-chat-001", """
[Chat transcript] Session 0f93c1 | Started 11/04/2024 21:14 BST | Channel: web
Ava (Virtual Assistant): Hi there 👋 I'm Ava. I can help with orders, returns and deliveries. What do you need help with?
Customer: where is my order
Ava (Virtual Assistant): I can check that! Please enter your order number (it starts with HH).
Customer: HH20418833
Ava (Virtual Assistant): Thanks! Your order was dispatched on 8 April. Tracking: H01ZXA0003981427. Would you like to speak to an agent?
Customer: yes please it says delivered but its not here
Ava (Virtual Assistant): Connecting you now... ⏳
Connor joined the chat.
Connor: Hi, I'm Connor. Sorry to hear that! Can you confirm the delivery postcode and first line of the address?
Customer: 71 Lisburn Road, BT9 7AF
Connor: Thanks. The courier's photo shows it left in a "safe place - porch". Do you have a porch?
Customer: no its a flat!! maybe my downstairs neighbour Colm took it in
Connor: That's possible. If it doesn't turn up by tomorrow 5pm, I'll send a replacement. What's your name for the case?
Customer: Niamh McAllister
Connor: Thanks Niamh. Best number to reach you?
Customer: 07700 900483 or ring my partner Ruairí on 07700 900127, he works from home
Connor: And I'll email updates to the address on your account, niamh.mca@example.com, ok?
Customer: yep
Connor: Case ref CS-449201. The Billie bedside lamp and 2 x Harper cushions will be resent if needed 😊
""", [
    P("Connor", "name"),
    P("71 Lisburn Road, BT9 7AF", "address", mns=["71 Lisburn Road", "BT9 7AF"]),
    P("Colm", "name"),
    P("Niamh McAllister", "name"),
    P("07700 900483", "phone"),
    P("Ruairí", "name"),
    P("07700 900127", "phone"),
    P("niamh.mca@example.com", "email"),
], [
    L("Ava", "chatbot_name"), L("HH20418833", "order_number"), L("H01ZXA0003981427", "tracking_number"),
    L("8 April", "date"), L("tomorrow 5pm", "time"), L("CS-449201", "case_number"),
    L("Billie bedside lamp", "product_first_name"), L("2 x Harper cushions", "product_first_name"),
    L("Session 0f93c1", "session_id"),
]))

add(R("en-chat-002", """
[06/05/2024, 10:12:33] Dave - Coastline Plumbing: Morning! Dave here from Coastline Plumbing, got your message about the hot water system. What's the address?
[06/05/2024, 10:15:02] Priya Raman: Hi Dave, it's 27 Kooyong Avenue, Burleigh Heads QLD 4220. The Rheem unit is leaking from the bottom 😩
[06/05/2024, 10:15:40] Priya Raman: ‎image omitted
[06/05/2024, 10:20:11] Dave - Coastline Plumbing: Yeah that tank's cooked, looks like the 2009 model. Replacement 315L electric is $2,380 installed. Can do Wednesday.
[06/05/2024, 10:22:47] Priya Raman: ok go ahead. my husband Karthik will be home, his mob is 0412 558 903
[06/05/2024, 10:23:05] Priya Raman: mine is 0433 201 667
[06/05/2024, 10:23:30] Dave - Coastline Plumbing: No dramas. I'll bring my apprentice Jayden. Invoice to which email?
[06/05/2024, 10:25:12] Priya Raman: priya.raman@example.com
[08/05/2024, 16:41:09] Dave - Coastline Plumbing: All done 👍 Invoice INV-3307 sent. Bank details are on the invoice.
[08/05/2024, 18:02:55] Priya Raman: Paid from BSB 124-001 acc 2290 4417, thanks heaps! Our dog Biscuit loved Jayden haha
""", [
    P("Dave", "name"),
    P("Priya Raman", "name"),
    P("27 Kooyong Avenue, Burleigh Heads QLD 4220", "address", mns=["27 Kooyong Avenue", "4220"]),
    P("Karthik", "name"),
    P("0412 558 903", "phone"),
    P("0433 201 667", "phone"),
    P("Jayden", "name"),
    P("priya.raman@example.com", "email"),
    P("BSB 124-001 acc 2290 4417", "iban", chk="au_bank", mns=["2290 4417"]),
], [
    L("Rheem unit", "product_company_named_after_person"), L("2009 model", "product"), L("315L", "quantity"),
    L("$2,380", "price"), L("INV-3307", "invoice_number"), L("Biscuit", "pet_name"), L("Coastline Plumbing", "company"),
]))

add(R("en-chat-003", """
SecureMessage Center - Keystone Federal Credit Union
Member: jrodriguez_77 | Member # 0088213 | Login IP: 198.51.100.23 | Device: Chrome 123 / Windows
09:14 AM  jrodriguez_77: hi there's a charge for $749.99 from BESTTECH ONLINE that i didn't make
09:15 AM  Keystone (Brandon): Good morning! I'm sorry to hear that. I see the charge on your Visa debit card. I'm going to lock the card right away.
09:16 AM  jrodriguez_77: ok the card is 4006 4716 3844 1997 if you need it
09:16 AM  Keystone (Brandon): Thank you, but for your security please don't post full card numbers here. The card is now locked.
09:18 AM  jrodriguez_77: also i got a text from someone saying they were from you and asking for my code. i gave it to them 😬
09:19 AM  Keystone (Brandon): Understood. I can see a login from 203.0.113.201 at 11:52 PM last night that doesn't match your usual location. I've reset your online banking access.
09:21 AM  jrodriguez_77: omg
09:22 AM  Keystone (Brandon): Let's verify you: please confirm your full name, date of birth and the address on file.
09:23 AM  jrodriguez_77: Jessica Rodriguez, 02/17/1991, 3820 W Kimberly Ave, Apt 12, Phoenix AZ 85051
09:24 AM  Keystone (Brandon): Thank you Jessica. I've filed dispute DSP-2024-55180 for the $749.99. A new card will arrive in 7-10 business days.
09:25 AM  jrodriguez_77: can you also take my ex-husband Marco off the joint savings?
09:26 AM  Keystone (Brandon): That requires his signature or a court order. We'll call you at (602) 555-0117 if we need anything else.
""", [
    P("jrodriguez_77", "username"),
    P("198.51.100.23", "ip"),
    P("Brandon", "name"),
    P("4006 4716 3844 1997", "card"),
    P("203.0.113.201", "ip"),
    P("Jessica Rodriguez", "name"),
    P("02/17/1991", "birth_date"),
    P("3820 W Kimberly Ave, Apt 12, Phoenix AZ 85051", "address",
      mns=["3820 W Kimberly Ave, Apt 12", "85051"]),
    P("Marco", "name"),
    P("(602) 555-0117", "phone"),
], [
    L("Member # 0088213", "member_number"), L("$749.99", "price"), L("BESTTECH ONLINE", "merchant"),
    L("DSP-2024-55180", "case_number"), L("7-10 business days", "duration"), L("Chrome 123", "version"),
    L("11:52 PM", "time"),
]))

add(R("en-chat-004", """
Messenger · FlexFit Galway
Today 18:32
Ciara Ó Súilleabháin: hi lads can i freeze my membership for 2 months im after breaking my ankle 🙃
FlexFit Galway: Ah no Ciara, sorry to hear that! 😬 Yes, you can freeze for up to 3 months with a doctor's note. Can you send us your member number?
Ciara Ó Súilleabháin: FFG-10298
FlexFit Galway: Thanks! Can you confirm your date of birth and address for security?
Ciara Ó Súilleabháin: 21/03/1997, 5 Fr Griffin Road, Galway H91 X6P2
FlexFit Galway: Perfect. Freeze starts Monday 15th, €10 freeze fee. The direct debit pauses after that. It's from IE71 AIBK 4188 2002 0872 33, is that still right?
Ciara Ó Súilleabháin: yep thats it. my number changed btw 085 712 4460
Ciara Ó Súilleabháin: also my friend Aoife Brennan wants to join, can she get the referral deal?
FlexFit Galway: Defo! She gets her first month free and you get €20 off. Or we can give her a call?
Ciara Ó Súilleabháin: her number is 086 331 9024
Ciara Ó Súilleabháin: oh and can you take my car off the car park system while im frozen, its 191-G-4417
FlexFit Galway: No problem, removed 🚗
FlexFit Galway: Great, Seán from sales will give her a ring 💪 Mind yourself!
Ciara Ó Súilleabháin: thanks a mil Seán 😁
""", [
    P("Ciara Ó Súilleabháin", "name"),
    P("21/03/1997", "birth_date"),
    P("5 Fr Griffin Road, Galway H91 X6P2", "address", mns=["5 Fr Griffin Road", "H91 X6P2"]),
    P("IE71 AIBK 4188 2002 0872 33", "iban"),
    P("085 712 4460", "phone"),
    P("Aoife Brennan", "name"),
    P("086 331 9024", "phone"),
    P("191-G-4417", "plate", chk="ie_plate"),
    P("Seán", "name"),
], [
    L("FFG-10298", "member_number"), L("2 months", "duration"), L("3 months", "duration"),
    L("Monday 15th", "date"), L("€10 freeze fee", "price"), L("€20 off", "price"), L("first month free", "offer"),
]))

add(R("en-chat-005", """
Ticket #55821 - Live Chat - Kookaburra Cloud
Customer: ollie.b (cPanel user: obrienwd) - connected from 2001:db8:aa10::1f:7c
Oliver O'Brien: site's down again, getting 503s since about 3am
Support (Mai): Hi Oliver, looking now. Your account hit its entry process limit (20). Looks like a bot hammering /xmlrpc.php from 203.0.113.45.
Oliver O'Brien: can you block it
Support (Mai): Done, blocked at the firewall. I'd also suggest disabling XML-RPC if you don't use it.
Oliver O'Brien: ok. also i need to add my new dev as a user, Tama Fifita, his email is tama.fifita@example.com
Support (Mai): Sure, I'll create a sub-user "tfifita" with FTP + file manager only. He'll get an invite.
Oliver O'Brien: ta. and can you update billing, new card is 5468 9870 6119 4389
Support (Mai): Please don't share card numbers in chat 🙏 Use the billing portal instead, I've masked that message in our logs.
Oliver O'Brien: sorry. also our ABN changed, it's 33 102 417 032
Support (Mai): No worries, updated. Anything else?
Oliver O'Brien: nah thanks Mai
""", [
    P("ollie.b", "username"),
    P("obrienwd", "username"),
    P("2001:db8:aa10::1f:7c", "ip"),
    P("Oliver O'Brien", "name"),
    P("Mai", "name"),
    P("203.0.113.45", "ip"),
    P("Tama Fifita", "name"),
    P("tama.fifita@example.com", "email"),
    P("tfifita", "username"),
    P("5468 9870 6119 4389", "card"),
], [
    L("#55821", "ticket_number"), L("503s", "error_code"), L("entry process limit (20)", "quantity"),
    L("/xmlrpc.php", "path"), L("33 102 417 032", "company_registration"), L("about 3am", "time"),
    L("Kookaburra Cloud", "company"),
]))

add(R("en-chat-006", """
Instagram Direct · northernthreads.co
@maya.patel.yyz
hiii my order still hasnt shipped?? it's been 2 weeks 😭 order #NT-60217
northernthreads.co
Hi Maya! So sorry 😞 Let me look into it. Can you confirm the shipping address & postal code?
@maya.patel.yyz
Maya Patel, 88 Harbord St, Toronto ON M5S 1G6
northernthreads.co
Found it! The Frankie cardigan in oat was backordered, it ships Thursday 📦 As a sorry, here's 15% off your next order: SORRY15
@maya.patel.yyz
ok thanks! can you change the shipping to my sister? she's in Vancouver now. Anjali Patel, 1402-1155 Seymour St, Vancouver BC V6B 0H1
northernthreads.co
Done ✅ And a phone # for the courier?
@maya.patel.yyz
604-555-0127 (hers)
northernthreads.co
Perfect. Tracking will go to the email on the order, m.patel@example.net 💌 Jess
""", [
    P("maya.patel.yyz", "username"),
    P("Maya Patel", "name"),
    P("88 Harbord St, Toronto ON M5S 1G6", "address", mns=["88 Harbord St", "M5S 1G6"]),
    P("Anjali Patel", "name"),
    P("1402-1155 Seymour St, Vancouver BC V6B 0H1", "address", mns=["1402-1155 Seymour St", "V6B 0H1"]),
    P("604-555-0127", "phone"),
    P("m.patel@example.net", "email"),
    P("Jess", "name"),
], [
    L("#NT-60217", "order_number"), L("Frankie cardigan", "product_first_name"), L("15% off", "offer"),
    L("SORRY15", "promo_code"), L("2 weeks", "duration"), L("ships Thursday", "date"),
]))

add(R("en-chat-007", """
LiveChat - Sunline Mobile SA
17:02 You: hi my number was ported without my permission!!! i cant make calls since this morning
17:02 Sunline Bot: I'm sorry to hear that. I'm transferring you to an agent.
17:04 Agent Nomvula: Hi, I'm Nomvula. I'm sorry about this, SIM swap fraud is unfortunately common. Which number is affected?
17:04 You: 072 318 4469
17:05 Agent Nomvula: To verify, please give me your full name and ID number.
17:06 You: bongani dlamini 0103196617080
17:07 Agent Nomvula: Thank you Bongani. I can see a SIM swap was done at 09:41 today at a store in Durban. I've blocked the new SIM. Please also contact your bank immediately.
17:08 You: yoh ok. my bank is capitec, acc 1509 227 846
17:08 Agent Nomvula: Please don't share bank details here, rather call your bank directly on the number on your card.
17:09 You: sorry. my wife thandi can come fetch the new sim, is that ok
17:10 Agent Nomvula: She'll need a certified copy of your ID and a signed letter. Which store is closest to you?
17:11 You: we stay at 14 mthembu street umlazi 4031, so umlazi mega city
17:12 Agent Nomvula: Great. Ref number for the fraud case: SF-2024-118204. What's your email for updates?
17:13 You: bongani.d@example.com
17:14 Agent Nomvula: Thanks. You'll get an SMS once the number is restored (24-48 hours).
""", [
    P("Nomvula", "name"),
    P("072 318 4469", "phone"),
    P("bongani dlamini", "name", also=["Bongani"]),
    P("0103196617080", "national_id", chk="za_id"),
    P("1509 227 846", "iban", chk="za_account"),
    P("thandi", "name"),
    P("14 mthembu street umlazi 4031", "address", mns=["14 mthembu street", "4031"]),
    P("bongani.d@example.com", "email"),
], [
    L("SF-2024-118204", "case_number"), L("24-48 hours", "duration"), L("09:41", "time"),
    L("umlazi mega city", "place"), L("Sunline Bot", "chatbot_name"),
]))

add(R("en-chat-008", """
[Saffron Air Chat] 2024-07-02 08:17 IST
Tara (AI assistant): Namaste! I'm Tara. How can I help you today? ✈️
Passenger: i need to add passport details for my international booking PNR X4KR7T
Tara (AI assistant): Sure! Connecting you to a live agent for document updates.
Agent Imran: Good morning! I'm Imran. I see PNR X4KR7T, Bengaluru to Singapore on 14 July, 2 passengers. Please share passenger details.
Passenger: 1) Ananya Reddy, DOB 19-11-1990, passport V4829173
Passenger: 2) Vikram Reddy, DOB 04-02-1987, passport W1187265
Agent Imran: Thank you. Emergency contact?
Passenger: my father K. Srinivas Reddy, +91 98860 41275
Agent Imran: Noted. Your seats are 14A and 14B. Would you like to add a meal? Veg meal is ₹450.
Passenger: yes 2 veg meals
Agent Imran: Added. A payment link for ₹900 has been sent to your registered mobile +91 90080 22614 and email ananya.reddy@example.com.
Passenger: thx
Agent Imran: Also, please carry a copy of your visa. Have a great trip! 😊
""", [
    P("Imran", "name"),
    P("Ananya Reddy", "name"),
    P("19-11-1990", "birth_date"),
    P("V4829173", "national_id", chk="passport"),
    P("Vikram Reddy", "name"),
    P("04-02-1987", "birth_date"),
    P("W1187265", "national_id", chk="passport"),
    P("K. Srinivas Reddy", "name"),
    P("+91 98860 41275", "phone"),
    P("+91 90080 22614", "phone"),
    P("ananya.reddy@example.com", "email"),
], [
    L("Tara", "chatbot_name"), L("X4KR7T", "booking_number"), L("14 July", "date"),
    L("seats are 14A and 14B", "seat"), L("₹450", "price"), L("₹900", "price"), L("2 passengers", "quantity"),
]))

add(R("en-chat-009", """
Kōwhai Pharmacy - online chat - 2024-04-16
14:05 Customer: Kia ora, I need to get a repeat of my blood pressure meds, my GP sent the script through last week
14:06 Pharmacist (Grace): Kia ora! Can I get your full name, date of birth and NHI?
14:07 Customer: Wiremu Tapsell, 7 August 1965, NHI PKT4825
14:09 Pharmacist (Grace): Thanks Wiremu. I've got the script from Dr Fiona McKenzie: cilazapril 2.5 mg, 90 tablets, 3 repeats. It's ready for pick up after 4pm. The $5 co-payment applies.
14:10 Customer: can my moko Tia pick it up? she's 17
14:11 Pharmacist (Grace): Yes, she can collect it if she gives your name and address. Is your address still 33 Kowhai Street, Whanganui 4500?
14:12 Customer: yes. and ring me on 027 418 2096 if theres any problem
14:12 Pharmacist (Grace): Will do. We're also doing free flu jabs this season, want me to book you in?
14:13 Customer: ka pai, yes please. my wife Mere wants one too
""", [
    P("Grace", "name"),
    P("Wiremu Tapsell", "name"),
    P("7 August 1965", "birth_date"),
    P("PKT4825", "national_id", chk="nhi"),
    P("Fiona McKenzie", "name"),
    P("Tia", "name"),
    P("33 Kowhai Street, Whanganui 4500", "address", mns=["33 Kowhai Street", "4500"]),
    P("027 418 2096", "phone"),
    P("Mere", "name"),
], [
    L("cilazapril 2.5 mg", "medication"), L("90 tablets", "quantity"), L("3 repeats", "quantity"),
    L("after 4pm", "time"), L("$5 co-payment", "price"), L("last week", "date"), L("Kōwhai Pharmacy", "company"),
]))

add(R("en-chat-010", """
ParcelPoint Support Chat
Chat ID: PP-CH-7781204 | 03/14/2024 2:47 PM ET
Bot (Parker): Hi! I'm Parker, ParcelPoint's virtual assistant. Enter your tracking number to get started.
User: PP7730021984US
Bot (Parker): This package was delivered on 03/13/2024 at 6:12 PM and signed for by "MARTINEZ". Was there an issue?
User: yes, nobody named martinez lives here. i need an agent
Bot (Parker): Connecting you to an agent...
Agent (Denise): Hi, this is Denise! I'm sorry for the trouble. Can you confirm the delivery address?
User: 615 Elm Street, Apt 2R, Hoboken NJ 07030
Agent (Denise): Thank you. It looks like the driver, Anthony, delivered to 615 Elm St Apt 2F by mistake. I'll open a trace. Who's the shipper?
User: it's from my aunt in Texas, Rosa Delgado. It's a birthday gift for my daughter Sofia
Agent (Denise): Aww, hope we can get it there in time 🎁 Can I get your name and phone number for the claim?
User: Kevin Tran, 201-555-0176
Agent (Denise): Thanks Kevin. Claim #CLM-448201 is open. The declared value is $85.00. We'll contact Apt 2F today and update you by 6 PM tomorrow.
User: ok. email me at kevintran.nj@example.com too
Agent (Denise): Will do!
""", [
    P("Denise", "name"),
    P("615 Elm Street, Apt 2R, Hoboken NJ 07030", "address", mns=["615 Elm Street, Apt 2R", "07030"]),
    P("MARTINEZ", "name", also=["martinez"]),
    P("Anthony", "name"),
    P("615 Elm St Apt 2F", "address", mns=["615 Elm St Apt 2F"]),
    P("Rosa Delgado", "name"),
    P("Sofia", "name"),
    P("Kevin Tran", "name"),
    P("201-555-0176", "phone"),
    P("kevintran.nj@example.com", "email"),
], [
    L("Parker", "chatbot_name"), L("PP7730021984US", "tracking_number"), L("Chat ID: PP-CH-7781204", "chat_id"),
    L("CLM-448201", "claim_number"), L("$85.00", "price"), L("6 PM tomorrow", "time"),
    L("03/13/2024 at 6:12 PM", "timestamp"),
]))

# ------------------------------------------------------------------ e-mails

add(R("en-email-001", """
From: Olumide Adeyemi <o.adeyemi@example.com>
To: claims@thamesmutual.example.com
Date: Tue, 5 Mar 2024 18:22:10 +0000
Subject: Re: Claim TM/MTR/0448127 - incident 29/02/2024

Hi Rebecca,

Thanks for your email. Answers below:

1. Third party: the other driver was Mr Stuart Kenning, 07700 900944, Ford Transit reg LR68 XKP. He didn't know his policy number.
2. Witness: my colleague Yetunde Bakare was in the passenger seat; she's happy to give a statement.
3. My vehicle: VW Polo, reg YD21 MFN, currently at Halfords Autocentre Croydon.
4. Please refund the excess (£250) to sort code 40-12-76, account 31926554 if the third party accepts liability.

My address for correspondence has changed to 41 Selhurst Road, London SE25 6LH.

Kind regards,
Olumide Adeyemi
Mob: 07700 900385

On Mon, 4 Mar 2024 at 11:05, Rebecca Thornton <r.thornton@thamesmutual.example.com> wrote:
> Dear Mr Adeyemi,
>
> Thank you for reporting the incident on 29/02/2024. To progress your claim please provide:
> 1. Third party details  2. Witness details  3. Vehicle location  4. Bank details for any refund
>
> Kind regards,
> Rebecca Thornton
> Motor Claims Handler | Thames Mutual | PO Box 7731, Reading RG1 1AA | 0345 600 1234
""", [
    P("Olumide Adeyemi", "name"),
    P("o.adeyemi@example.com", "email"),
    P("Rebecca Thornton", "name"),
    P("r.thornton@thamesmutual.example.com", "email"),
    P("Stuart Kenning", "name"),
    P("07700 900944", "phone"),
    P("LR68 XKP", "plate", chk="uk_plate"),
    P("Yetunde Bakare", "name"),
    P("YD21 MFN", "plate", chk="uk_plate"),
    P("sort code 40-12-76, account 31926554", "iban", chk="uk_account", mns=["40-12-76", "31926554"]),
    P("41 Selhurst Road, London SE25 6LH", "address", mns=["41 Selhurst Road", "SE25 6LH"]),
    P("07700 900385", "phone"),
], [
    L("TM/MTR/0448127", "claim_number"), L("29/02/2024", "date"), L("Ford Transit", "product"), L("VW Polo", "product"),
    L("£250", "price"), L("Halfords Autocentre Croydon", "company"), L("Tue, 5 Mar 2024 18:22:10 +0000", "timestamp"),
]))

add(R("en-email-002", """
From: Keisha Robinson <keisha.robinson@example.com>
Date: Wed, Sep 11, 2024 at 7:02 AM
Subject: Fwd: Bus stop change for Jalen
To: transportation@riversideusd.example.org

Good morning,

Please see below from his teacher. We moved over the summer. Jalen Robinson (Student ID 2218034, Grade 4, Lincoln Elementary) needs his bus stop changed to our new address: 9127 Magnolia Ave, Riverside, CA 92503.
His dad, Terrence Robinson, will be picking him up on Wednesdays; his cell is (951) 555-0182. Mine is (951) 555-0139.
Date of birth for the form: 05/22/2015.

Thank you,
Keisha Robinson

---------- Forwarded message ---------
From: Laura Chen <lchen@riversideusd.example.org>
Date: Tue, Sep 10, 2024 at 3:41 PM
Subject: Bus stop change for Jalen
To: Keisha Robinson <keisha.robinson@example.com>

Hi Mrs. Robinson,

Jalen mentioned you moved! For bus changes you'll need to email Transportation directly with his student ID and new address. The address we still have on file is 4410 Pine St, Riverside, CA 92504.

Best,
Laura Chen
4th Grade, Lincoln Elementary
""", [
    P("Keisha Robinson", "name"),
    P("keisha.robinson@example.com", "email"),
    P("Jalen Robinson", "name"),
    P("9127 Magnolia Ave, Riverside, CA 92503", "address", mns=["9127 Magnolia Ave", "92503"]),
    P("Terrence Robinson", "name"),
    P("(951) 555-0182", "phone"),
    P("(951) 555-0139", "phone"),
    P("05/22/2015", "birth_date"),
    P("Laura Chen", "name"),
    P("lchen@riversideusd.example.org", "email"),
    P("4410 Pine St, Riverside, CA 92504", "address", mns=["4410 Pine St", "92504"]),
], [
    L("Student ID 2218034", "student_number"), L("Grade 4", "class"), L("Lincoln Elementary", "school_named_after_person"),
    L("Wed, Sep 11, 2024 at 7:02 AM", "timestamp"), L("on Wednesdays", "date"),
    L("Tue, Sep 10, 2024 at 3:41 PM", "timestamp"),
]))

add(R("en-email-003", """
From: Tevita Fonua <tevita.fonua@example.com>
Sent: Monday, 15 July 2024 9:14 PM
To: Payroll <payroll@bluegumlogistics.example.com>
Cc: Megan O'Connor <megan.oconnor@bluegumlogistics.example.com>
Subject: New starter details - Tevita Fonua (Warehouse, Altona)

Hi Payroll team,

As requested by Megan, here are my details for onboarding:

Full name: Tevita Fonua
Date of birth: 03/10/1995
Address: 16 Maidstone Street, Altona VIC 3018
Mobile: 0412 903 117
TFN: 255 370 904
Bank: BSB 063-182, Account 1048 2277 (Commonwealth Bank)
Super fund: AustralianSuper, member no. 800412739
Emergency contact: Mele Fonua (wife), 0433 774 208

I've attached my TFN declaration and super choice form.

Cheers,
Tevita
""", [
    P("Tevita Fonua", "name"),
    P("tevita.fonua@example.com", "email"),
    P("Megan O'Connor", "name"),
    P("megan.oconnor@bluegumlogistics.example.com", "email"),
    P("03/10/1995", "birth_date"),
    P("16 Maidstone Street, Altona VIC 3018", "address", mns=["16 Maidstone Street", "3018"]),
    P("0412 903 117", "phone"),
    P("255 370 904", "national_id", chk="tfn"),
    P("BSB 063-182, Account 1048 2277", "iban", chk="au_bank", mns=["1048 2277"]),
    P("Mele Fonua", "name"),
    P("0433 774 208", "phone"),
], [
    L("member no. 800412739", "member_number"), L("AustralianSuper", "company"),
    L("Monday, 15 July 2024 9:14 PM", "timestamp"), L("Commonwealth Bank", "company"),
    L("super choice form", "document"),
]))

add(R("en-email-004", """
From: Brendan Doherty <bdoherty1954@example.net>
To: Customer Care <care@emeraldenergy.example.com>
Date: 22 January 2024 14:07
Subject: Account 2003 4471 882 - Household Benefits allowance + change of address

Dear Sir/Madam,

I have been approved for the Household Benefits Package by the Department of Social Protection and I would like the electricity allowance applied to my account.
My PPS number is 6781967K and my date of birth is 14/06/1954. My wife, Bridget Doherty (PPS 1692431LA), lives with me.
Please also note that we have moved to a smaller house: 3 Clancy Court, Ballina, Co. Mayo, F26 K2X9. The MPRN for the new house is 10006 224 718.
Our daughter Gráinne Doherty deals with the bills for us now; her number is 087 609 4412 and you may speak with her.
Payments by direct debit from IE23 BOFI 5525 1377 9044 35 please.

Yours faithfully,
Brendan Doherty
Tel. (096) 71284

Sent from my iPad
""", [
    P("Brendan Doherty", "name"),
    P("bdoherty1954@example.net", "email"),
    P("6781967K", "national_id", chk="ppsn"),
    P("14/06/1954", "birth_date"),
    P("Bridget Doherty", "name"),
    P("1692431LA", "national_id", chk="ppsn"),
    P("3 Clancy Court, Ballina, Co. Mayo, F26 K2X9", "address", mns=["3 Clancy Court", "F26 K2X9"]),
    P("Gráinne Doherty", "name"),
    P("087 609 4412", "phone"),
    P("IE23 BOFI 5525 1377 9044 35", "iban"),
    P("(096) 71284", "phone"),
], [
    L("2003 4471 882", "account_number"), L("10006 224 718", "mprn"), L("Household Benefits Package", "product"),
    L("22 January 2024 14:07", "timestamp"), L("Department of Social Protection", "organisation"),
]))

add(R("en-email-005", """
From: Jean-Baptiste Lévesque <jb.levesque@example.net>
To: Priya Sandhu <priya@northstartax.example.com>
Subject: 2023 return docs - Lévesque / Okafor
Date: April 2, 2024 10:48 PM EDT

Hi Priya,

Here are the missing pieces for our 2023 returns:

- My SIN: 350 320 842
- Ngozi's SIN: 785 653 528 (she's filing as spouse, DOB Oct 30, 1989)
- Our new address since Nov 1: 208-1550 Bank Street, Ottawa ON K1V 7Z1
- RRSP receipts (2 x $3,000) and the T4 from Hydro Ottawa are attached
- Daycare receipts for Chidera (born 2019): $9,840 total, Tiny Hoppers
- Direct deposit: transit 00214, institution 002, account 7731904

Call me at 613-555-0164 if anything's missing.

Merci!
JB

> On Mar 28, 2024, at 9:15 AM, Priya Sandhu <priya@northstartax.example.com> wrote:
>
> Hi JB, I still need SINs for you and Ngozi, your new address, and your banking info for direct deposit. - Priya
""", [
    P("Jean-Baptiste Lévesque", "name", also=["JB"]),
    P("jb.levesque@example.net", "email"),
    P("Priya Sandhu", "name"),
    P("priya@northstartax.example.com", "email"),
    P("350 320 842", "national_id", chk="sin"),
    P("Ngozi", "name", also=["Okafor"]),
    P("785 653 528", "national_id", chk="sin"),
    P("Oct 30, 1989", "birth_date"),
    P("208-1550 Bank Street, Ottawa ON K1V 7Z1", "address", mns=["208-1550 Bank Street", "K1V 7Z1"]),
    P("Chidera", "name"),
    P("transit 00214, institution 002, account 7731904", "iban", chk="ca_account", mns=["7731904"]),
    P("613-555-0164", "phone"),
], [
    L("2 x $3,000", "price"), L("Hydro Ottawa", "company"), L("$9,840", "price"), L("Tiny Hoppers", "company"),
    L("since Nov 1", "date"), L("April 2, 2024 10:48 PM EDT", "timestamp"),
]))

add(R("en-email-006", """
From: Johannes (Hannes) Pretorius <hannes.pretorius@example.com>
To: rates@metro.example.org
Date: 19 February 2024 08:12
Subject: Rates account 5003 8817 2204 - valuation objection & pensioner rebate

Good day,

I am writing about the rates on our property at 412 Jan Shoba Street, Brooklyn, Pretoria, 0181 (stand no. 1127).

I turned 65 this year and qualify for the pensioner rebate. My ID number is 5903125093088. My wife, Marietjie Pretorius (ID 6207140123089), is co-owner.
The municipal valuation of R 2 850 000 seems too high; a comparable house in our street sold for R 2 100 000 in 2023.
Please refund the overpayment of R 3 412,50 to my account: Absa, account 4078 112 539, branch 632005.
You can reach me on 083 559 2170 or at home on 012 346 8821.

Kind regards,
Hannes Pretorius

-----Original Message-----
From: Sipho Mahlangu <smahlangu@metro.example.org>
Sent: 12 February 2024 10:15
To: hannes.pretorius@example.com
Subject: RE: Rates account 5003 8817 2204

> Dear Mr Pretorius,
> Objections to the valuation roll must be lodged on the official form before 31 March. Your reference is OBJ/2024/00871.
> Regards, S. Mahlangu, Revenue Management
""", [
    P("Johannes (Hannes) Pretorius", "name"),
    P("hannes.pretorius@example.com", "email"),
    P("412 Jan Shoba Street, Brooklyn, Pretoria, 0181", "address", mns=["412 Jan Shoba Street", "0181"]),
    P("5903125093088", "national_id", chk="za_id"),
    P("Marietjie Pretorius", "name"),
    P("6207140123089", "national_id", chk="za_id"),
    P("4078 112 539", "iban", chk="za_account"),
    P("083 559 2170", "phone"),
    P("012 346 8821", "phone"),
    P("Sipho Mahlangu", "name"),
    P("smahlangu@metro.example.org", "email"),
], [
    L("5003 8817 2204", "account_number"), L("stand no. 1127", "property_number"), L("R 2 850 000", "price"),
    L("R 2 100 000", "price"), L("R 3 412,50", "price"), L("branch 632005", "bank_code"), L("OBJ/2024/00871", "reference"),
]))

add(R("en-email-007", """
From: Fatima Sheikh <fatima.sheikh91@example.com>
To: nodal@bharatmobile.example.com
Date: 03-06-2024 11:42
Subject: Complaint: SIM issued fraudulently on my Aadhaar - Ticket 1-88472019

Respected Sir/Madam,

I am writing to escalate complaint no. 1-88472019, which was not resolved by your customer care.
On checking the Sanchar Saathi portal, I found that three mobile numbers are registered against my Aadhaar (5446 1651 7907), of which only one (+91 98201 33476) is mine. The other two, +91 70458 21903 and +91 88793 60214, were not taken by me.

My details:
Name: Fatima Irfan Sheikh
DOB: 27/09/1991
Address: B-204, Gulmohar Residency, Link Road, Malad West, Mumbai 400064
PAN: BQRPS7731K

Please block these numbers and share the details of the retailer who did the KYC. As per your SMS, the PoS agent was "Ramesh Telecom, Goregaon" and the executive was Mr. Ajay Yadav.

Regards,
Fatima Sheikh
""", [
    P("fatima.sheikh91@example.com", "email"),
    P("5446 1651 7907", "national_id", chk="aadhaar"),
    P("+91 98201 33476", "phone"),
    P("+91 70458 21903", "phone"),
    P("+91 88793 60214", "phone"),
    P("Fatima Irfan Sheikh", "name"),
    P("27/09/1991", "birth_date"),
    P("B-204, Gulmohar Residency, Link Road, Malad West, Mumbai 400064", "address",
      mns=["B-204, Gulmohar Residency, Link Road", "400064"]),
    P("BQRPS7731K", "national_id", chk="pan"),
    P("Ajay Yadav", "name"),
], [
    L("1-88472019", "ticket_number"), L("Sanchar Saathi portal", "product"),
    L("Ramesh Telecom", "company_named_after_person"), L("three mobile numbers", "quantity"),
    L("03-06-2024 11:42", "timestamp"),
]))

add(R("en-email-008", """
From: Lena Hoffmann <lena.hoffmann@example.org>
Sent: Friday, 29 March 2024 4:51 p.m.
To: accounts@harbourviewcafe.example.com
Cc: Tania Ruatapu <tania.ruatapu@harbourviewcafe.example.com>
Subject: Final pay + leaving NZ - Lena Hoffmann (staff no. 114)

Kia ora,

My last shift is on Sunday 7 April, and I fly back to Germany on the 12th. Could you please:
1. Pay my final pay and holiday pay into my NZ account 12-3140-0577921-00 by the 10th, as I'm closing it after that.
2. If anything comes after the 10th, please use my German account DE16 3486 0469 6242 0705 78.
3. Send my final payslip to the email above.

For the IRD: my IRD number is 157-736-914 and my tax code is M.
My address until the 11th: 5/22 Marine Parade, Mount Maunganui 3116. After that: Schillerstraße 41, 50968 Köln, Germany.
Phone: 022 051 7734 (NZ) / +49 1578 2290413 (DE).

Tania, thanks so much for everything - say bye to Rawiri and the kitchen crew!

Ngā mihi,
Lena
""", [
    P("Lena Hoffmann", "name"),
    P("lena.hoffmann@example.org", "email"),
    P("Tania Ruatapu", "name"),
    P("tania.ruatapu@harbourviewcafe.example.com", "email"),
    P("12-3140-0577921-00", "iban", chk="nz_bank"),
    P("DE16 3486 0469 6242 0705 78", "iban"),
    P("157-736-914", "national_id", chk="ird"),
    P("5/22 Marine Parade, Mount Maunganui 3116", "address", mns=["5/22 Marine Parade", "3116"]),
    P("Schillerstraße 41, 50968 Köln", "address", mns=["Schillerstraße 41", "50968"]),
    P("022 051 7734", "phone"),
    P("+49 1578 2290413", "phone"),
    P("Rawiri", "name"),
], [
    L("staff no. 114", "employee_number"), L("Sunday 7 April", "date"), L("tax code is M", "tax_code"),
    L("the 12th", "date"), L("Friday, 29 March 2024 4:51 p.m.", "timestamp"), L("holiday pay", "pay_component"),
]))
