# English call transcripts (12): UK, IE, US, CA, AU, NZ, ZA, IN
RECORDS = []

RECORDS.append(dict(id="en-call-001", language="en", channel="call", text="""Agent: Good morning, you're through to Brightwell Energy, my name's Callum Reid. Can I take your name, please?
Customer: Morning. It's Mrs Aisha Rahman-Pryce.
Agent: Thanks, Mrs Rahman-Pryce. And the first line of the address and the postcode?
Customer: 42 Harehills Lane, Leeds, LS8 5QW.
Agent: And your date of birth, just for security?
Customer: Ninth of March, nineteen eighty-seven.
Agent: Lovely, thank you. How can I help today?
Customer: Well, my smart meter's stopped sending readings, and my direct debit's jumped up to £168 a month.
Agent: Let me have a look. So the meter, serial 19P0283746, last sent a reading on the 14th of January. Could you read me what's on the display now?
Customer: Er, zero four eight one two.
Agent: Perfect. I've put that in and raised complaint reference CMP-778120. Are you still paying from the account ending, let me see, sort code 20-45-77, account number 63018842?
Customer: Yes, that's the one.
Agent: And the best number to reach you on?
Customer: Oh seven seven double oh, nine double oh, one two three.
Agent: And the email for the engineer booking?
Customer: aisha dot r p at outlook dot com. Or you can talk to my husband, Daniel, he's usually in.
Agent: Brilliant. The engineer should be in touch within five to seven working days, and we'll review your Fixed Saver June 2026 payments once the readings come through.""",
planted=[
    P("Callum Reid", "name", ["Callum", "Reid"]),
    P("Aisha Rahman-Pryce", "name", ["Aisha", "Rahman", "Pryce"]),
    P("42 Harehills Lane, Leeds, LS8 5QW", "address", ["42 Harehills Lane", "LS8 5QW"]),
    P("Ninth of March, nineteen eighty-seven", "birth_date"),
    P("63018842", "iban"),
    P("Oh seven seven double oh, nine double oh, one two three", "phone"),
    P("aisha dot r p at outlook dot com", "email", ["aisha dot r p at outlook dot com", "aisha dot r p"]),
    P("Daniel", "name", ["Daniel"]),
],
lookalikes=[
    L("£168 a month", "price"),
    L("19P0283746", "meter_serial"),
    L("14th of January", "date"),
    L("zero four eight one two", "meter_reading"),
    L("CMP-778120", "complaint_reference"),
    L("five to seven working days", "duration"),
    L("Fixed Saver June 2026", "product"),
]))

RECORDS.append(dict(id="en-call-002", language="en", channel="call", text="""[00:00:03] AGENT: Good afternoon, Ardmore Bank, Niamh speaking, how can I help?
[00:00:06] CALLER: Hi Niamh, this is Pádraig Ó Súilleabháin, I'm ringing about my mortgage.
[00:00:11] AGENT: No problem. Could you spell the surname for me?
[00:00:14] CALLER: It's O with a fada, then S-U-I-L-L-E-A-B-H-A-I-N, also with a fada on the second A.
[00:00:24] AGENT: Grand. And your PPS number?
[00:00:27] CALLER: One five eight six four five two R.
[00:00:33] AGENT: And your date of birth?
[00:00:35] CALLER: The twenty-second of October, 1979.
[00:00:39] AGENT: Thanks. I have mortgage account MTG 40072913 here. What's the query?
[00:00:44] CALLER: The repayment went up to €1,420.36 and I want to ask about a payment break, maybe three months, I'm on reduced hours.
[00:00:55] AGENT: I can request that. The repayments come out of IE07 AIBK 3161 8921 9696 19 on the 28th of each month, is that still right?
[00:01:04] CALLER: Yes.
[00:01:06] AGENT: And the property is still Apartment 12, The Maltings, Grand Canal Street, Dublin 2, D02 KX72?
[00:01:12] CALLER: That's it.
[00:01:14] AGENT: I'll send the forms out. Best number?
[00:01:16] CALLER: Oh eight seven, six one four, two two nine oh.
[00:01:22] AGENT: Perfect, your reference is AB-22913. Someone from the arrears support unit will call within ten working days.""",
planted=[
    P("Niamh", "name", ["Niamh"]),
    P("Pádraig Ó Súilleabháin", "name", ["Pádraig", "Súilleabháin", "S-U-I-L-L-E-A-B-H-A-I-N"]),
    P("One five eight six four five two R", "national_id", check=["ppsn", "1586452R"]),
    P("The twenty-second of October, 1979", "birth_date"),
    P("IE07 AIBK 3161 8921 9696 19", "iban", check="iban"),
    P("Apartment 12, The Maltings, Grand Canal Street, Dublin 2, D02 KX72", "address", ["Apartment 12, The Maltings", "D02 KX72"]),
    P("Oh eight seven, six one four, two two nine oh", "phone"),
],
lookalikes=[
    L("MTG 40072913", "account_reference"),
    L("€1,420.36", "amount"),
    L("three months", "duration"),
    L("28th of each month", "date"),
    L("AB-22913", "reference"),
    L("ten working days", "duration"),
    L("00:00:44", "timestamp"),
]))

RECORDS.append(dict(id="en-call-003", language="en", channel="call", text="""thank you for calling keystone health this is marcus how can i help you today hi yeah my name is dolores mcallister that's m c a l l i s t e r i'm calling about a bill i got for four hundred twelve dollars and fifty cents okay i can help with that can i get your member id it's k h p four four one nine zero two seven three and your date of birth july fourth nineteen sixty two and for verification the full social please five two nine zero four seven seven eight one thank you miss mcallister i see a claim c l m two zero two five zero three one one eight from doctor patel's office on march third it was billed as out of network well he's been my doctor for ten years i know it's frustrating it looks like the provider's address changed so i'll reprocess it that takes about thirty days can i confirm your mailing address eighteen fourteen west elm street apartment three b springfield illinois six two seven zero four yes and a good callback number two one seven five five five zero one four six my daughter kimberly usually picks up if i don't okay i've added a note that kimberly can discuss the claim with us your reference for today is r e f nine nine one four anything else no that's all thank you marcus""",
planted=[
    P("marcus", "name", ["marcus"]),
    P("dolores mcallister", "name", ["dolores", "mcallister", "m c a l l i s t e r"]),
    P("july fourth nineteen sixty two", "birth_date"),
    P("five two nine zero four seven seven eight one", "national_id"),
    P("doctor patel", "name", ["patel"]),
    P("eighteen fourteen west elm street apartment three b springfield illinois six two seven zero four", "address", ["eighteen fourteen west elm street apartment three b", "six two seven zero four"]),
    P("two one seven five five five zero one four six", "phone"),
    P("kimberly", "name", ["kimberly"]),
],
lookalikes=[
    L("four hundred twelve dollars and fifty cents", "amount"),
    L("k h p four four one nine zero two seven three", "member_id"),
    L("c l m two zero two five zero three one one eight", "claim_number"),
    L("march third", "date"),
    L("ten years", "duration"),
    L("thirty days", "duration"),
    L("r e f nine nine one four", "reference"),
]))

RECORDS.append(dict(id="en-call-004", language="en", channel="call", text="""REP: Maple Shield Insurance, claims line, this is Priyanka. May I have your policy number?
CALLER: Sure, it's MS-ON-4471920.
REP: Thank you. And who am I speaking with?
CALLER: Jean-François Tremblay. My wife Geneviève is on the policy too.
REP: Thanks, Mr. Tremblay. What happened?
CALLER: Someone rear-ended our 2019 Honda CR-V on the Don Valley Parkway this morning, around 8:15.
REP: I'm sorry to hear that. Is everyone okay?
CALLER: Yeah, just shaken up.
REP: Can you confirm your date of birth and the licence number of whoever was driving?
CALLER: It was me. August 15th, 1975. Licence is T6512-48207-50815.
REP: And your plate?
CALLER: CKLM 482.
REP: And the other driver's details?
CALLER: A young guy, Dylan Morrison, white Civic, plate CTRW 119. He gave me his number, (647) 555-0188.
REP: Great. The car is at Johnny's Towing in Scarborough. Your collision deductible is $500. I've opened claim CL-2025-118402. Is your address still 88 Glenmount Avenue, Toronto, M4C 1B5?
CALLER: Yes. And my cell is (416) 555-0143.
REP: An adjuster will call you within 24 hours.""",
planted=[
    P("Priyanka", "name", ["Priyanka"]),
    P("Jean-François Tremblay", "name", ["Jean-François", "Jean", "François", "Tremblay"]),
    P("Geneviève", "name", ["Geneviève"]),
    P("August 15th, 1975", "birth_date"),
    P("T6512-48207-50815", "national_id"),
    P("CKLM 482", "plate"),
    P("Dylan Morrison", "name", ["Dylan", "Morrison"]),
    P("CTRW 119", "plate"),
    P("(647) 555-0188", "phone"),
    P("88 Glenmount Avenue, Toronto, M4C 1B5", "address", ["88 Glenmount Avenue", "M4C 1B5"]),
    P("(416) 555-0143", "phone"),
],
lookalikes=[
    L("MS-ON-4471920", "policy_number"),
    L("2019 Honda CR-V", "product"),
    L("8:15", "time"),
    L("Johnny's Towing", "company_name"),
    L("$500", "amount"),
    L("CL-2025-118402", "claim_number"),
    L("24 hours", "duration"),
]))

RECORDS.append(dict(id="en-call-005", language="en", channel="call", text="""Operator: Thanks for calling SwiftPost, you're speaking with Bronwyn.
Caller: G'day Bronwyn, it's Liam O'Connell. I've got a parcel that says delivered but it's not here.
Operator: Oh no. Have you got the tracking number?
Caller: Yep, SP7734 9921 0045 AU.
Operator: Thanks. It says it was left at 2:47 pm yesterday, "with neighbour". What's the delivery address?
Caller: Unit 4/27 Brunswick Street, Fitzroy VIC 3065.
Operator: The driver, Shane, has noted it went to number 25.
Caller: That'd be Mrs Nguyen, but she's overseas till March.
Operator: Right. It's a 3.5 kilo parcel from Koala Sleep. I'll lodge an investigation, case 88120, and if it turns up we can move it to Parcel Locker 0112 Fitzroy North.
Caller: Sounds good.
Operator: What's the best mobile?
Caller: Oh four nine one, five seven oh, one five six.
Operator: And an email?
Caller: liam.oc@bigpond.com.
Operator: Lovely. You'll hear back within two business days. If it's lost, the $14.95 postage gets refunded to the sender.""",
planted=[
    P("Bronwyn", "name", ["Bronwyn"]),
    P("Liam O'Connell", "name", ["Liam", "O'Connell", "Connell"]),
    P("Unit 4/27 Brunswick Street, Fitzroy VIC 3065", "address", ["Unit 4/27 Brunswick Street", "3065"]),
    P("Shane", "name", ["Shane"]),
    P("Mrs Nguyen", "name", ["Nguyen"]),
    P("Oh four nine one, five seven oh, one five six", "phone"),
    P("liam.oc@bigpond.com", "email", ["liam.oc@bigpond.com", "liam.oc"]),
],
lookalikes=[
    L("SP7734 9921 0045 AU", "tracking_number"),
    L("2:47 pm", "time"),
    L("3.5 kilo", "weight"),
    L("Koala Sleep", "company_name"),
    L("case 88120", "case_number"),
    L("Parcel Locker 0112 Fitzroy North", "location"),
    L("two business days", "duration"),
    L("$14.95", "price"),
]))

RECORDS.append(dict(id="en-call-006", language="en", channel="call", text="""C: Kia ora, Auckland Council, you're speaking with Hemi.
R: Kia ora Hemi, it's Moana Te Rangi. I want to apply for the rates rebate and ask about my bins.
C: Sure thing. What's the property address?
R: 14 Kowhai Road, Mount Albert, Auckland 1025.
C: And the rates account number?
R: 50129-44817.
C: Thanks. I see the annual rates are $3,412.80, with the next instalment due 20 May. For the rebate we'll need your IRD number and income details.
R: IRD is 547-527-720. Do you need my partner's too? Sione Taufa, he lives here as well.
C: Yes, his income counts. He can fill in his part of form RR-1. Now, the bins?
R: Our red-lid bin was taken on Tuesday and never came back.
C: I'll log a replacement, job number 7731092. Can I get a phone number?
R: Oh two one, oh four seven, three three nine two.
C: And email?
R: moana dot terangi at xtra dot co dot nz.
C: Ka pai. The new bin should arrive within 10 working days.""",
planted=[
    P("Hemi", "name", ["Hemi"]),
    P("Moana Te Rangi", "name", ["Moana", "Rangi"]),
    P("14 Kowhai Road, Mount Albert, Auckland 1025", "address", ["14 Kowhai Road", "1025"]),
    P("547-527-720", "national_id", check="nz_ird"),
    P("Sione Taufa", "name", ["Sione", "Taufa"]),
    P("Oh two one, oh four seven, three three nine two", "phone"),
    P("moana dot terangi at xtra dot co dot nz", "email", ["moana dot terangi at xtra dot co dot nz", "moana dot terangi"]),
],
lookalikes=[
    L("50129-44817", "rates_account"),
    L("$3,412.80", "amount"),
    L("20 May", "date"),
    L("RR-1", "form_number"),
    L("red-lid bin", "product"),
    L("7731092", "job_number"),
    L("10 working days", "duration"),
]))

RECORDS.append(dict(id="en-call-007", language="en", channel="call", text="""(0:02) Agent: Good day, Ubuntu Life, you're speaking to Thandiwe. How can I help?
(0:06) Caller: Morning. My name is Pieter van der Merwe, I want to update the beneficiary on my funeral cover.
(0:12) Agent: Certainly. Can I have your ID number, please?
(0:15) Caller: Eight nine zero six one five, five three three one, zero eight five.
(0:24) Agent: Thank you, Mr van der Merwe. I have policy UL-55012983 with R 30 000 cover, premium R 485 per month, debit order on the 25th. Who would you like to add?
(0:35) Caller: My wife, Anneke van der Merwe. Her ID is 9211030970085.
(0:44) Agent: Thank you. And is the premium still coming from the same FNB account, 62841937025?
(0:50) Caller: Yes.
(0:52) Agent: Can I confirm your postal address, 12 Jacaranda Avenue, Lynnwood, Pretoria, 0081?
(0:58) Caller: Correct.
(1:00) Agent: And a contact number?
(1:02) Caller: Oh eight three, four one two, seven seven oh nine.
(1:08) Agent: Done. Your reference is 7712 and the change is effective from the 1st of next month.""",
planted=[
    P("Thandiwe", "name", ["Thandiwe"]),
    P("Pieter van der Merwe", "name", ["Pieter", "Merwe"]),
    P("Eight nine zero six one five, five three three one, zero eight five", "national_id", check=["za_id", "8906155331085"]),
    P("Anneke van der Merwe", "name", ["Anneke", "Merwe"]),
    P("9211030970085", "national_id", check="za_id"),
    P("62841937025", "iban"),
    P("12 Jacaranda Avenue, Lynnwood, Pretoria, 0081", "address", ["12 Jacaranda Avenue", "0081"]),
    P("Oh eight three, four one two, seven seven oh nine", "phone"),
],
lookalikes=[
    L("UL-55012983", "policy_number"),
    L("R 30 000", "amount"),
    L("R 485 per month", "price"),
    L("the 25th", "date"),
    L("FNB", "company_name"),
    L("reference is 7712", "reference"),
    L("1st of next month", "date"),
]))

RECORDS.append(dict(id="en-call-008", language="en", channel="call", text="""Agent: Namaste, thank you for calling Vayu Telecom, my name is Rohan. How may I help you?
Customer: Hello Rohan, I am Lakshmi Venkataraman. I want to port my number from another operator and take your Unlimited 599 plan.
Agent: Very good, ma'am. The plan is ₹599 for 84 days with 5G data. For KYC I need your Aadhaar number.
Customer: Four one six four, five zero four one, nine eight six eight.
Agent: Thank you. And PAN card, optional, for the postpaid upgrade later?
Customer: A K V P V four eight two one L.
Agent: Noted. The number to be ported is?
Customer: Plus nine one, nine eight four five oh, one two seven six three.
Agent: And your communication address?
Customer: Flat 302, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038.
Agent: Any alternate number?
Customer: My husband Srinivas's number, +91 99001 55482.
Agent: And e-mail ID?
Customer: lakshmi dot v eighty-four at yahoo dot co dot in.
Agent: Thank you, ma'am. Your service request is SR-20250311-0042. The porting will complete within 3 working days, and the first recharge is due on the 12th.""",
planted=[
    P("Rohan", "name", ["Rohan"]),
    P("Lakshmi Venkataraman", "name", ["Lakshmi", "Venkataraman"]),
    P("Four one six four, five zero four one, nine eight six eight", "national_id", check=["aadhaar", "416450419868"]),
    P("A K V P V four eight two one L", "national_id"),
    P("Plus nine one, nine eight four five oh, one two seven six three", "phone"),
    P("Flat 302, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038", "address", ["Flat 302, Sai Krupa Apartments", "560038"]),
    P("Srinivas", "name", ["Srinivas"]),
    P("+91 99001 55482", "phone"),
    P("lakshmi dot v eighty-four at yahoo dot co dot in", "email", ["lakshmi dot v eighty-four at yahoo dot co dot in", "lakshmi dot v eighty-four"]),
],
lookalikes=[
    L("Unlimited 599", "product"),
    L("₹599", "price"),
    L("84 days", "duration"),
    L("5G", "product"),
    L("SR-20250311-0042", "ticket_number"),
    L("3 working days", "duration"),
    L("the 12th", "date"),
]))

RECORDS.append(dict(id="en-call-009", language="en", channel="call", text="""Receptionist: Good morning, Meanwood Health Centre, Tracey speaking.
Patient: Oh hello, it's Graham Whitfield. I need my blood pressure tablets renewing, and I think I'm due a blood test.
Receptionist: Can I take your date of birth, Graham?
Patient: Fourteenth of February, fifty-eight.
Receptionist: And your NHS number, if you have it handy?
Patient: Yes, it's on the letter... eight four seven, nine five five, seven one six eight.
Receptionist: Lovely. So that's ramipril 5mg, 28 days. Dr Okonkwo will sign it off today and it'll go to the pharmacy you've nominated.
Patient: Smashing. And the blood test?
Receptionist: I can do 8:40 tomorrow with the nurse, Joanne.
Patient: That's fine. My wife Maureen will drive me.
Receptionist: Are you still at Flat 3, Rosebank House, 19 Chapel Road, Leeds LS6 3HX?
Patient: Still there, yes.
Receptionist: And the home number, 0113 496 0382?
Patient: That's the one.
Receptionist: Perfect. Please fast for 12 hours before the test. We're open 8 till 6:30 if you need us.""",
planted=[
    P("Tracey", "name", ["Tracey"]),
    P("Graham Whitfield", "name", ["Graham", "Whitfield"]),
    P("Fourteenth of February, fifty-eight", "birth_date"),
    P("eight four seven, nine five five, seven one six eight", "national_id", check=["nhs", "8479557168"]),
    P("Dr Okonkwo", "name", ["Okonkwo"]),
    P("Joanne", "name", ["Joanne"]),
    P("Maureen", "name", ["Maureen"]),
    P("Flat 3, Rosebank House, 19 Chapel Road, Leeds LS6 3HX", "address", ["Flat 3, Rosebank House, 19 Chapel Road", "Rosebank House", "LS6 3HX"]),
    P("0113 496 0382", "phone"),
],
lookalikes=[
    L("Meanwood Health Centre", "organisation"),
    L("ramipril 5mg", "product"),
    L("28 days", "duration"),
    L("8:40 tomorrow", "appointment"),
    L("12 hours", "duration"),
    L("8 till 6:30", "opening_hours"),
]))

RECORDS.append(dict(id="en-call-010", language="en", channel="call", text="""[SPEAKER 1] Pontcanna Motors, Rhys speaking.
[SPEAKER 2] Hiya, it's Gareth Llewellyn, I booked the Focus in for its MOT. Registration L K one nine X R T.
[SPEAKER 1] Yep, LK19 XRT, Ford Focus, 68,412 miles. Bad news I'm afraid, it failed on the front brake discs and a tyre.
[SPEAKER 2] Go on, how much?
[SPEAKER 1] Discs and pads are £289.99, the tyre's a Michelin Primacy 4 at £112. Part number for the discs is 1 846 212.
[SPEAKER 2] Ouch. Go on then. It's a company car though, I'll need the invoice for my boss, Helen Carvalho.
[SPEAKER 1] No problem. For the courtesy car I'll need your driving licence number.
[SPEAKER 2] LLEWE702143G99LK.
[SPEAKER 1] Cheers. And your mobile, still oh seven seven double oh nine double oh four six one?
[SPEAKER 2] That's it. And email the invoice to gareth.llew@valleymail.co.uk.
[SPEAKER 1] Lovely. It'll be ready Thursday at 4. Your job card is JC-30417.""",
planted=[
    P("Rhys", "name", ["Rhys"]),
    P("Gareth Llewellyn", "name", ["Gareth", "Llewellyn"]),
    P("L K one nine X R T", "plate"),
    P("LK19 XRT", "plate"),
    P("Helen Carvalho", "name", ["Helen", "Carvalho"]),
    P("LLEWE702143G99LK", "national_id"),
    P("oh seven seven double oh nine double oh four six one", "phone"),
    P("gareth.llew@valleymail.co.uk", "email", ["gareth.llew@valleymail.co.uk", "gareth.llew"]),
],
lookalikes=[
    L("Pontcanna Motors", "company_name"),
    L("Ford Focus", "product"),
    L("68,412 miles", "mileage"),
    L("£289.99", "price"),
    L("Michelin Primacy 4", "product"),
    L("1 846 212", "part_number"),
    L("Thursday at 4", "appointment"),
    L("JC-30417", "job_number"),
]))

RECORDS.append(dict(id="en-call-011", language="en", channel="call", text="""Agent: Thank you for calling Sierra Air reservations, my name is Tamika. Can I have your confirmation code?
Caller: Yeah, it's Q-X-7-T-2-M. QX7T2M.
Agent: Thank you. I have two passengers to Cancún on flight SA 1187, departing June 14 at 6:05 a.m. Who am I speaking with?
Caller: Robert Kowalczyk, goes by Bobby. I need to add our passport info.
Agent: Sure. Full name as on the passport, date of birth and passport number?
Caller: Robert James Kowalczyk, born November 2nd, 1968, passport 568214930.
Agent: And the second traveler?
Caller: My wife, Denise Kowalczyk-Reyes, born April 30th, 1971, passport 571093846. And her Known Traveler Number is 98415520.
Agent: Got it. Your ticket numbers are 279 2345678901 and 279 2345678902. The fare difference for the extra bag is $35 each way.
Caller: Fine. Can you text the itinerary to (312) 555-0178?
Agent: Yes. And the email on file is bobbyk68@comcast.net?
Caller: That's right.
Agent: You're all set. Check-in opens 24 hours before departure.""",
planted=[
    P("Tamika", "name", ["Tamika"]),
    P("Robert Kowalczyk", "name", ["Robert", "Kowalczyk", "Bobby"]),
    P("Robert James Kowalczyk", "name", ["Robert", "James", "Kowalczyk"]),
    P("November 2nd, 1968", "birth_date"),
    P("568214930", "national_id"),
    P("Denise Kowalczyk-Reyes", "name", ["Denise", "Kowalczyk", "Reyes"]),
    P("April 30th, 1971", "birth_date"),
    P("571093846", "national_id"),
    P("98415520", "national_id"),
    P("(312) 555-0178", "phone"),
    P("bobbyk68@comcast.net", "email", ["bobbyk68@comcast.net", "bobbyk68"]),
],
lookalikes=[
    L("QX7T2M", "booking_reference"),
    L("Q-X-7-T-2-M", "booking_reference"),
    L("SA 1187", "flight_number"),
    L("June 14 at 6:05 a.m.", "departure"),
    L("279 2345678901", "ticket_number"),
    L("$35 each way", "price"),
    L("24 hours", "duration"),
]))

RECORDS.append(dict(id="en-call-012", language="en", channel="call", text="""Secretary: Scoil Bhríde, good morning, Aoife speaking.
Parent: Morning Aoife, it's Siobhán Ní Bhriain here. I'm ringing about enrolling my son for Junior Infants in September 2025.
Secretary: Lovely. What's his name and date of birth?
Parent: Cian Ó Briain, born the 3rd of May 2021.
Secretary: And we need his PPS number for the enrolment form.
Parent: 6818457K.
Secretary: Thanks. Your address?
Parent: Cnoc na Gréine, Bearna, Co. Galway, H91 E2K3. It's a house name, no number.
Secretary: That's grand. Phone number?
Parent: Oh nine one, five nine two, four four seven. Or my mobile, 086 318 2264.
Secretary: And who'll be collecting him?
Parent: Mostly his grandad, Séamus Ó Briain.
Secretary: Perfect. The voluntary contribution is €120 for the year, and our roll number is 19374K if you need it for the grant form. Open day is Saturday the 8th of March.""",
planted=[
    P("Aoife", "name", ["Aoife"]),
    P("Siobhán Ní Bhriain", "name", ["Siobhán", "Bhriain"]),
    P("Cian Ó Briain", "name", ["Cian", "Briain"]),
    P("the 3rd of May 2021", "birth_date"),
    P("6818457K", "national_id", check="ppsn"),
    P("Cnoc na Gréine, Bearna, Co. Galway, H91 E2K3", "address", ["Cnoc na Gréine", "H91 E2K3"]),
    P("Oh nine one, five nine two, four four seven", "phone"),
    P("086 318 2264", "phone"),
    P("Séamus Ó Briain", "name", ["Séamus", "Briain"]),
],
lookalikes=[
    L("Scoil Bhríde", "organisation"),
    L("Junior Infants", "class"),
    L("September 2025", "date"),
    L("€120", "amount"),
    L("19374K", "school_roll_number"),
    L("Saturday the 8th of March", "date"),
]))
