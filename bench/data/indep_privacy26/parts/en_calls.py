from _lib import p, rec

RECORDS = [

rec("en-call-001", """
Call ID 88120-447 | 11/03/2024 10:02 | Queue: Moving home / PSR | Handle time 14:21
Agent: Good morning, you're through to Brightwell Energy, my name's Priya, how can I help?
Customer: Oh hello love, it's Margaret O'Donnell. I'm moving into sheltered housing next month and my son said I need to ring you.
Agent: No problem at all, Margaret. Can I take the first line of your address and postcode?
Customer: It's 14 Hawthorn Close, and the postcode is L for... Lima? S for Sierra, six, two, Q for Quebec, T for Tango.
Agent: LS6 2QT, lovely. And just for security, your date of birth?
Customer: Ninth of November, nineteen forty-one.
Agent: Thank you. I can see you're on our Priority Services Register, is that still right?
Customer: Yes, I'm on oxygen at night, so if the power goes off I need to know.
Agent: I'll make sure that moves with you. What's the new address?
Customer: Flat 6, Beechwood Court, 22 Moor Road, Headingley. LS6 4BL. My son Gary's sorted all the paperwork.
Agent: Great. Can I get a meter reading on the day you leave? The meter's showing an estimate of 04471 at the moment.
Customer: Gary will do that. Can you ring him? His number's oh seven seven double oh, nine double oh, four six two.
Agent: 07700 900462. And should the final bill still come out by direct debit from the same account?
Customer: No, that's closed. It's sort code twenty, ninety-two, eighty, account nine eight five six eight one two oh.
Agent: Let me read that back: 20-92-80, account 98568120. You're currently on Fix'd Saver 12M at £142 a month and you had the Warm Home Discount of £150 in January.
Customer: Will I still get that?
Agent: You'll need to reapply at the new place, but I'll put a note on. Your account number is BW-0019283746, keep that handy. If you need us, our number's 0800 123 4567, or you can email help@brightwell.example.com.
Customer: You're very kind, Priya. Thank you.
""", [
    p("Priya", "name"),
    p("Margaret O'Donnell", "name"),
    p("14 Hawthorn Close", "address"),
    p("L for... Lima? S for Sierra, six, two, Q for Quebec, T for Tango", "postcode"),
    p("LS6 2QT", "postcode"),
    p("Ninth of November, nineteen forty-one", "birth_date"),
    p("Flat 6, Beechwood Court, 22 Moor Road, Headingley. LS6 4BL", "address", mns=["22 Moor Road", "LS6 4BL"]),
    p("Gary", "name"),
    p("oh seven seven double oh, nine double oh, four six two", "phone"),
    p("07700 900462", "phone"),
    p("sort code twenty, ninety-two, eighty, account nine eight five six eight one two oh", "iban", mns=["twenty, ninety-two, eighty", "nine eight five six eight one two oh"]),
    p("20-92-80, account 98568120", "iban", mns=["20-92-80", "98568120"]),
], [
    ("04471", "meter_reading"), ("Fix'd Saver 12M", "product"), ("£142 a month", "price"),
    ("Warm Home Discount of £150", "price"), ("BW-0019283746", "account_number"), ("Handle time 14:21", "duration"),
    ("Call ID 88120-447", "call_id"),
]),

rec("en-call-002", """
thank you for calling skyline wireless this is john how can i help you today hi john yeah this is maria gonzalez i'm calling because my bill went up like thirty dollars and nobody told me okay i'm sorry to hear that maria i can definitely take a look can i get the phone number on the account sure it's two one seven five five five zero one four six two one seven five five five zero one four six perfect and for verification can i get the last four of the social or the full social if you're setting up a new line well i'm also adding a line for my son so i guess the full one it's four seven six one five nine three three four okay thank you and can you confirm the billing address it's one twenty eight maple avenue apartment four b springfield illinois six two seven zero four
okay so i see what happened your promotional discount of thirty dollars expired last month so you went from fifty five to eighty five dollars um is there anything you can do yeah i can move you to the unlimited plus plan it's eighty dollars with autopay and i can give you a ten dollar loyalty credit for twelve months okay do that and the new line is for my son diego he's sixteen he wants the galaxy s twenty four okay i'll add diego as an authorized user do you want him to have his own email for notifications no just use mine it's maria g eighty one at example dot com got it that's m a r i a g eight one at example dot com yes
alright so the order number is w x four four one seven two the phone ships in two business days and it'll go to the billing address do you need anything else no that's it thanks john thank you maria have a great day
""", [
    p("john", "name"),
    p("maria gonzalez", "name"),
    p("two one seven five five five zero one four six", "phone"),
    p("four seven six one five nine three three four", "national_id", scheme="ssn", canon="476159334"),
    p("one twenty eight maple avenue apartment four b", "address"),
    p("six two seven zero four", "postcode"),
    p("diego", "name"),
    p("maria g eighty one at example dot com", "email", mns=["maria g eighty one at example dot com", "maria g eighty one"]),
    p("m a r i a g eight one at example dot com", "email", mns=["m a r i a g eight one at example dot com", "m a r i a g eight one"]),
], [
    ("thirty dollars", "price"), ("eighty five dollars", "price"), ("unlimited plus plan", "product"),
    ("ten dollar loyalty credit for twelve months", "price"), ("galaxy s twenty four", "product"),
    ("w x four four one seven two", "order_number"), ("two business days", "duration"),
]),

rec("en-call-003", """
BANK: Good afternoon, Shannon Bank card services, this is Ciarán speaking.
CUSTOMER: Hi Ciarán, it's Siobhán Ní Bhriain. There's a payment on my account I don't recognise, two and a half thousand euro.
BANK: I'm sorry to hear that, Siobhán. I'll need to verify you first. Can you give me your date of birth and your PPS number?
CUSTOMER: Fourteenth of March, 1990. PPS is 2519343CA.
BANK: Thank you. And the address we have for you?
CUSTOMER: 27 Oakley Road, Ranelagh, Dublin 6. Eircode D06 K7P4.
BANK: Perfect. And one more security question, your mother's maiden name?
CUSTOMER: Kavanagh.
BANK: Grand. So I can see a transfer of €2,500 at 14:05 today from your current account, IE10 AIBK 9912 5556 7446 56, to a new payee, reference TRF-88120. Did you set up a new payee recently?
CUSTOMER: No! I got a text this morning saying my Revolut was locked... oh no. I clicked it.
BANK: Okay, don't worry. I'm going to freeze the account and the card now. Is that the Visa debit ending 3486?
CUSTOMER: Yeah, 4510 7614 9154 3486.
BANK: That's blocked. We'll raise a fraud case and try to recall the payment, but I can't promise. It usually takes three to five working days. What's the best number for you?
CUSTOMER: 087 241 9930. Or my partner, Darragh, he's on 085 307 6612.
BANK: I'll put both on the case. You'll get a new card in the post to the Ranelagh address. If anything else comes up, ring the 24-hour line on 1800 200 300.
CUSTOMER: Thanks a million, Ciarán.
""", [
    p("Ciarán", "name"),
    p("Siobhán Ní Bhriain", "name", mns=["Siobhán", "Bhriain", "Ní Bhriain"]),
    p("Fourteenth of March, 1990", "birth_date"),
    p("2519343CA", "national_id", scheme="ppsn"),
    p("27 Oakley Road", "address"),
    p("D06 K7P4", "postcode"),
    p("Kavanagh", "name"),
    p("IE10 AIBK 9912 5556 7446 56", "iban", scheme="iban"),
    p("4510 7614 9154 3486", "card", scheme="luhn"),
    p("087 241 9930", "phone"),
    p("Darragh", "name"),
    p("085 307 6612", "phone"),
], [
    ("€2,500", "price"), ("14:05", "time"), ("TRF-88120", "reference"), ("Revolut", "company"),
    ("three to five working days", "duration"), ("24-hour line", "service"),
]),

rec("en-call-004", """
Consultant: Thanks for calling Southern Cross Motor Insurance, you're speaking with Brooke. Is anyone injured?
Caller: No, no, everyone's fine. It's Liam Nguyen, I had a bingle on Parramatta Road this morning.
Consultant: Sorry to hear that, Liam. Can I grab your policy number or rego?
Caller: Rego's CK 72 MP, New South Wales.
Consultant: Got it, a 2019 Toyota Corolla. And your date of birth for security?
Caller: Twenty-second of June, '93.
Consultant: Thanks. What happened?
Caller: I was stopped at the lights and a ute rear-ended me. The other driver was Chloe Papadopoulos, she was really apologetic. Her rego's 1XR 7KQ, Victorian plates.
Consultant: Did you get her phone number and insurer?
Caller: Yeah, 0412 883 190, and she's with some insurer in Melbourne.
Consultant: Great. Is your car drivable?
Caller: Nah, the boot won't close and there's something leaking. Bruce's Towing took it to their yard in Granville.
Consultant: No worries, we'll arrange to have it assessed there. Because you're not at fault, there's no excess to pay, normally it'd be $800. Your claim number is CLM-2203-88417.
Caller: Sweet. Do I get a hire car?
Consultant: Yes, not-at-fault hire is covered for up to 14 days. Can I confirm your address is 12 Wattle Street, Parramatta NSW 2150?
Caller: That's right.
Consultant: And mobile 0491 570 156, email liam.nguyen93@example.com?
Caller: Yep, both correct.
Consultant: Perfect. You'll get an SMS with the assessor booking within 24 hours. Anything else I can help with?
Caller: Nah, that's it, cheers Brooke.
""", [
    p("Brooke", "name"),
    p("Liam Nguyen", "name"),
    p("CK 72 MP", "plate"),
    p("Twenty-second of June, '93", "birth_date"),
    p("Chloe Papadopoulos", "name"),
    p("1XR 7KQ", "plate"),
    p("0412 883 190", "phone"),
    p("12 Wattle Street, Parramatta NSW 2150", "address", mns=["12 Wattle Street", "2150"]),
    p("0491 570 156", "phone"),
    p("liam.nguyen93@example.com", "email"),
], [
    ("Parramatta Road", "place"), ("2019 Toyota Corolla", "product"), ("Bruce's Towing", "company"), ("$800", "price"),
    ("CLM-2203-88417", "claim_number"), ("14 days", "duration"), ("24 hours", "duration"),
]),

rec("en-call-005", """
[12:04:02] Agent: Lakeshore Hydro customer care, this is Jordan, may I have your name please?
[12:04:06] Caller: Hi, Olivia Tremblay. I'm moving into a condo downtown and need to open an account.
[12:04:12] Agent: Welcome! What's the service address?
[12:04:15] Caller: 88 Queen Street East, unit 1204, Toronto. Postal code M5C 1S6.
[12:04:24] Agent: And the move-in date?
[12:04:26] Caller: April first.
[12:04:29] Agent: Okay. Because you don't have a history with us, there's a security deposit of $250, unless we can do a credit check. For the credit check I'd need your date of birth and, optionally, your SIN.
[12:04:41] Caller: Sure, I'd rather not pay the deposit. Born July 30th, 1988. SIN is two zero zero, nine four seven, five eight eight.
[12:04:55] Agent: Thanks, that went through, no deposit needed. Is anyone else going to be on the account?
[12:04:59] Caller: My partner, Marc-André Gagnon. He's moving in in May.
[12:05:05] Agent: I can add him as a secondary contact. Phone number for him?
[12:05:08] Caller: 514-555-0139, he's still in Montreal. Mine is 416-555-0182.
[12:05:16] Agent: And do you know your landlord's name? Sometimes we need to confirm the lease.
[12:05:20] Caller: It's a Mr. Patel, Vikram Patel, I have his email: vikram.patel.condos@example.com.
[12:05:30] Agent: Perfect. Your new account number is 4400 1982 773, and bills will be monthly. You'll also see the Ontario Electricity Rebate on your bill. Anything else?
[12:05:39] Caller: No, that's great, thanks Jordan.
""", [
    p("Jordan", "name"),
    p("Olivia Tremblay", "name"),
    p("88 Queen Street East, unit 1204, Toronto", "address", mns=["88 Queen Street East"]),
    p("M5C 1S6", "postcode"),
    p("July 30th, 1988", "birth_date"),
    p("two zero zero, nine four seven, five eight eight", "national_id", scheme="sin", canon="200947588"),
    p("Marc-André Gagnon", "name"),
    p("514-555-0139", "phone"),
    p("416-555-0182", "phone"),
    p("Vikram Patel", "name"),
    p("vikram.patel.condos@example.com", "email"),
], [
    ("April first", "date"), ("security deposit of $250", "price"), ("4400 1982 773", "account_number"),
    ("Ontario Electricity Rebate", "product"), ("[12:05:39]", "timestamp"), ("Lakeshore Hydro", "company"),
]),

rec("en-call-006", """
SPEAKER_00: Good morning, Heath Lane Surgery, Rhian speaking.
SPEAKER_01: Morning. I need to book an appointment for my husband please, he's not well.
SPEAKER_00: Of course. What's his name?
SPEAKER_01: Derek Pritchard. P-R-I-T-C-H-A-R-D.
SPEAKER_00: And his date of birth?
SPEAKER_01: Third of August, 1952.
SPEAKER_00: Thank you. Do you have his NHS number handy? It just helps me find the right Derek.
SPEAKER_01: It's on his letter... four oh seven, six seven one, six eight six eight.
SPEAKER_00: Lovely. And you are?
SPEAKER_01: I'm his wife, Jean. He's given consent, it should be on his notes.
SPEAKER_00: Yes, I can see that. What's the problem?
SPEAKER_01: He's been really dizzy since Dr Okafor upped his blood pressure tablets. The amlodipine, five milligrams now.
SPEAKER_00: Okay. I've got a telephone appointment with Dr Okafor today at ten fifteen, or a face-to-face on Thursday.
SPEAKER_01: Telephone today, please. He'll be at home, 29 Heol Llanishen Fach, CF14 6RG.
SPEAKER_00: And the number to call?
SPEAKER_01: The landline, oh two nine two oh, double six, one four double three. If he doesn't answer, my mobile, 07700 900871.
SPEAKER_00: Great. If he gets worse before then, please call 111. I'll also print a blood test form, you can collect it from reception. Any prescriptions need doing?
SPEAKER_01: He's nearly out of the omeprazole, can that go to Boots on Merthyr Road?
SPEAKER_00: I'll send it across now. Take care, Jean.
""", [
    p("Rhian", "name"),
    p("Derek Pritchard", "name", add=["P-R-I-T-C-H-A-R-D"]),
    p("Third of August, 1952", "birth_date"),
    p("four oh seven, six seven one, six eight six eight", "national_id", scheme="nhs", canon="4076716868"),
    p("Jean", "name"),
    p("Okafor", "name"),
    p("29 Heol Llanishen Fach, CF14 6RG", "address", mns=["29 Heol Llanishen Fach", "CF14 6RG"]),
    p("oh two nine two oh, double six, one four double three", "phone"),
    p("07700 900871", "phone"),
], [
    ("amlodipine, five milligrams", "quantity"), ("ten fifteen", "time"), ("Thursday", "date"), ("111", "service_number"),
    ("Boots", "company"), ("omeprazole", "product"), ("Heath Lane Surgery", "company"),
]),

rec("en-call-007", """
00:00:04 [Agent] Kia ora, you're through to Kōtuku Couriers, Jess speaking.
00:00:08 [Caller] Kia ora Jess, it's Aroha Te Rangi. My parcel says delivered but it's not here.
00:00:14 [Agent] Oh no. Have you got the tracking number handy?
00:00:17 [Caller] Yeah, NZP4471023988.
00:00:27 [Agent] Thanks. It says it was left at the front door at 2:47 yesterday afternoon. What's your address?
00:00:33 [Caller] 42 Rata Street, Naenae, Lower Hutt 5011.
00:00:40 [Agent] Hmm, the driver's photo shows a blue door with a number 44.
00:00:45 [Caller] That's next door, Mr Fifita's place. He's away in Tonga for a month, so it's probably just sitting on his porch.
00:00:53 [Agent] Ah, that'd be it. Can you or someone pop over and check?
00:00:57 [Caller] My cousin Wiremu can go round after work. If it's not there, what then?
00:01:03 [Agent] Then I'll lodge a lost parcel investigation. The parcel's 3.2 kilos from Mitre 10, so they'd resend it. Can I confirm a phone number?
00:01:12 [Caller] 021 284 7710.
00:01:15 [Agent] And email for updates?
00:01:18 [Caller] It's aroha dot terangi at example dot com.
00:01:25 [Agent] aroha.terangi@example.com, got it. Reference number is CR-558201. Anything else today?
00:01:31 [Caller] No, that's all, ka pai. Thanks Jess.
""", [
    p("Jess", "name"),
    p("Aroha Te Rangi", "name", mns=["Aroha", "Te Rangi", "Rangi"]),
    p("42 Rata Street, Naenae, Lower Hutt 5011", "address", mns=["42 Rata Street", "5011"]),
    p("Fifita", "name"),
    p("Wiremu", "name"),
    p("021 284 7710", "phone"),
    p("aroha dot terangi at example dot com", "email", mns=["aroha dot terangi at example dot com", "aroha dot terangi"]),
    p("aroha.terangi@example.com", "email"),
], [
    ("NZP4471023988", "tracking_number"), ("2:47 yesterday afternoon", "time"), ("3.2 kilos", "quantity"),
    ("Mitre 10", "company"), ("CR-558201", "reference"), ("for a month", "duration"),
]),

rec("en-call-008", """
Agent: Good day, Protea Bank, you're speaking to Zanele. How may I help?
Client: Hi Zanele, this is Thabo Mokoena. I want to change the debit order for my car insurance, it's going off the wrong account.
Agent: I can help with that. For verification, please give me your ID number.
Client: Seven five zero two one zero, nine four eight, three zero nine seven.
Agent: Thank you, Mr Mokoena. And your residential address?
Client: 17 Jacaranda Street, Lynnwood, Pretoria, 0081.
Agent: That matches. Which account should the debit order go off?
Client: My cheque account, the one ending 0471. The full number is 62 8812 04471.
Agent: And the debit order is R1 499 on the first of the month, from Suid-Kaap Versekering, reference ZA-2024-55103, for the Polo with registration JK 48 LP GP?
Client: That's the one. My wife Lerato set it up on her account by mistake, and her account keeps going into overdraft.
Agent: I understand. I'll move it from the next cycle. Would you like the confirmation by SMS to 082 555 0134?
Client: Yes please. And also email to thabo.mokoena@example.com.
Agent: Done. Is there anything else?
Client: Actually yes, my card got swallowed by an ATM at Checkers in Hatfield yesterday, during load-shedding.
Agent: I'm sorry, sir. I can see that card, ending 7693, was retained. I'll order a new one, you can collect it at the Menlyn branch in 5 working days.
Client: Perfect, thank you Zanele.
""", [
    p("Zanele", "name"),
    p("Thabo Mokoena", "name"),
    p("Seven five zero two one zero, nine four eight, three zero nine seven", "national_id", scheme="za_id", canon="7502109483097"),
    p("17 Jacaranda Street, Lynnwood, Pretoria, 0081", "address", mns=["17 Jacaranda Street", "0081"]),
    p("62 8812 04471", "iban"),
    p("JK 48 LP GP", "plate"),
    p("Lerato", "name"),
    p("082 555 0134", "phone"),
    p("thabo.mokoena@example.com", "email"),
], [
    ("R1 499", "price"), ("ZA-2024-55103", "reference"), ("Suid-Kaap Versekering", "company"), ("Checkers", "company"),
    ("Menlyn branch", "place"), ("5 working days", "duration"), ("first of the month", "date"),
]),

rec("en-call-009", """
Agent: Thank you for calling Trident Bank, my name is Deepak, how may I assist you?
Customer: Hello Deepak, I am Ramesh Iyer. My KYC is showing pending and my account is frozen for debits.
Agent: Sorry for the inconvenience sir. May I have your account number?
Customer: Yes, it is 50100234567891.
Agent: Thank you. For verification, please tell me your date of birth and registered mobile number.
Customer: Date of birth is 12th April 1979. Mobile is plus nine one, nine eight four five zero, one two three four five.
Agent: Thank you sir. I can see your PAN is linked, but the Aadhaar seeding has failed. Can you please confirm your Aadhaar number?
Customer: It is four one one three, eight two one seven, three five one zero.
Agent: And the PAN, please spell it.
Customer: A for Apple, B, C, P for Papa, I for India, four four two one, K.
Agent: ABCPI4421K. Thank you. The issue is that the name on your Aadhaar is "Ramesh Srinivasan Iyer" but in the bank it is "Ramesh Iyer". We need the full name to match.
Customer: Srinivasan is my father's name, it comes in the middle. Okay, what should I do?
Agent: Please visit the branch with the Aadhaar card, or upload it in the app under Service Requests. I have raised ticket SR-77120934, it will be updated within 48 hours. Also please confirm your address: Flat 304, Prestige Lakeview, 5th Cross, Koramangala, Bengaluru 560034.
Customer: Yes, correct.
Agent: Is there anything else, sir? IFSC of your branch is HDFC0004471 if you need it for NEFT.
Customer: Yes, the FASTag on my car is also showing blocked. Registration MH 12 KT 4471.
Agent: That is also due to the KYC, sir. It will be unblocked along with the account.
Customer: Okay, thank you.
""", [
    p("Deepak", "name"),
    p("Ramesh Iyer", "name"),
    p("50100234567891", "iban"),
    p("12th April 1979", "birth_date"),
    p("plus nine one, nine eight four five zero, one two three four five", "phone"),
    p("four one one three, eight two one seven, three five one zero", "national_id", scheme="aadhaar", canon="411382173510"),
    p("A for Apple, B, C, P for Papa, I for India, four four two one, K", "national_id", scheme="pan", canon="ABCPI4421K"),
    p("ABCPI4421K", "national_id", scheme="pan"),
    p("MH 12 KT 4471", "plate"),
    p("Ramesh Srinivasan Iyer", "name"),
    p("Flat 304, Prestige Lakeview, 5th Cross, Koramangala, Bengaluru 560034", "address", mns=["Flat 304, Prestige Lakeview", "560034"]),
], [
    ("KYC", "term"), ("SR-77120934", "ticket_number"), ("48 hours", "duration"), ("IFSC of your branch is HDFC0004471", "bank_code"),
    ("NEFT", "term"), ("Service Requests", "product"),
]),

rec("en-call-010", """
PAYROLL: Payroll, Rachel speaking.
EMPLOYEE: Hi Rachel, it's Kwame Asante from the Swindon warehouse. My pay's come through way short this month.
PAYROLL: Oh no. Can I take your payroll number?
EMPLOYEE: 004417.
PAYROLL: Thanks Kwame. Let me look... right, I can see you've been put on an emergency tax code, 0T, instead of 1257L. That's why.
EMPLOYEE: Why would that happen? I've been here two years.
PAYROLL: It looks like HMRC sent us a new code after you started your second job. Have you started anywhere else?
EMPLOYEE: Yeah, weekends at a pub. My manager, Tom Whitfield, said it wouldn't affect anything.
PAYROLL: It does affect your tax code. I'll need to check your National Insurance number with HMRC. Can you read it out?
EMPLOYEE: C-L, seven five, five nine, three four, C.
PAYROLL: CL 75 59 34 C, thank you. And your date of birth?
EMPLOYEE: Second of February, ninety-seven.
PAYROLL: Okay. Your gross this month was £2,143.50 and you paid £612 in tax. Once HMRC sends the right code, the overpayment comes back in month 12.
EMPLOYEE: Fine. And it still goes to my Nationwide account?
PAYROLL: I've got sort code 60-38-97, account 72298166.
EMPLOYEE: Yeah. Can you email me when it's sorted? kwame dot asante at example dot com.
PAYROLL: kwame.asante@example.com. Anything else?
EMPLOYEE: Oh, yeah, the car park permit. I've changed cars, the new reg is KX19 LRT.
PAYROLL: That's facilities, but I'll forward it to them. Anything else?
EMPLOYEE: No, that's it. Cheers Rachel.
""", [
    p("Rachel", "name"),
    p("Kwame Asante", "name"),
    p("Tom Whitfield", "name"),
    p("C-L, seven five, five nine, three four, C", "national_id", scheme="nino", canon="CL755934C"),
    p("CL 75 59 34 C", "national_id", scheme="nino"),
    p("Second of February, ninety-seven", "birth_date"),
    p("sort code 60-38-97, account 72298166", "iban", mns=["60-38-97", "72298166"]),
    p("kwame.asante@example.com", "email"),
    p("kwame dot asante at example dot com", "email", mns=["kwame dot asante at example dot com", "kwame dot asante"]),
    p("KX19 LRT", "plate"),
], [
    ("004417", "payroll_number"), ("0T", "tax_code"), ("1257L", "tax_code"), ("£2,143.50", "price"),
    ("£612", "price"), ("month 12", "pay_period"), ("Swindon warehouse", "place"),
]),

rec("en-call-011", """
Rep: Thank you for calling Keystone Health Plans, my name is Tanya. Can I have your member ID?
Member: Sure, it's XJH884120395.
Rep: Thank you. Who am I speaking with?
Member: Daniel Okonkwo.
Rep: And can you verify your date of birth and the last four of your Social?
Member: January 9th, 1981, and my Social is 701-58-4436, the whole thing, in case you need it for the appeal.
Rep: Thank you, I only needed the last four, but that's fine. How can I help?
Member: I got a denial letter for my MRI. Claim number 2024-03-118842. Dr. Hannah Kowalski ordered it, she said it was pre-authorized.
Rep: Let me check... I see the prior auth was submitted, but for a different CPT code. The MRI was billed as 72148, the auth was for 72141.
Member: So what do I do?
Rep: Dr. Kowalski's office can submit a corrected claim, or you can file an appeal. Until then, the $1,250 deductible wouldn't apply.
Member: Okay. And while I have you, my husband, Greg, is trying to refill his prescription at Walgreens and it's showing inactive.
Rep: He's on your plan as a dependent, Greg Okonkwo? His coverage shows active. It might be the pharmacy has the old address. Do we have 4410 Elm Street, Apt 3, Columbus, OH 43214?
Member: Yes, that's right.
Rep: Then it's probably the 30-day supply limit. I'll send you a summary by email, is that daniel.okonkwo@example.net?
Member: Yes, and my cell is (614) 555-0123.
Rep: Perfect. Your reference for today's call is KHP-0311-2291.
""", [
    p("Tanya", "name"),
    p("Daniel Okonkwo", "name"),
    p("January 9th, 1981", "birth_date"),
    p("701-58-4436", "national_id", scheme="ssn"),
    p("Hannah Kowalski", "name"),
    p("Greg Okonkwo", "name"),
    p("4410 Elm Street, Apt 3, Columbus, OH 43214", "address", mns=["4410 Elm Street", "43214"]),
    p("daniel.okonkwo@example.net", "email"),
    p("(614) 555-0123", "phone"),
], [
    ("XJH884120395", "member_id"), ("2024-03-118842", "claim_number"), ("72148", "cpt_code"), ("72141", "cpt_code"),
    ("$1,250 deductible", "price"), ("Walgreens", "company"), ("30-day supply", "quantity"), ("KHP-0311-2291", "reference"),
]),

rec("en-call-012", """
Good morning, Harbour Tax Accountants, Sam speaking. Oh hi Sam, it's Emily Walsh, I'm a new client, I was referred by my neighbour Dave Kowalczyk. Welcome aboard, Emily, what can I do for you? I want to lodge my tax return, I've never done it through an agent before. No dramas. I'll need a few details to link you in the ATO portal. Can I get your full name and date of birth? Emily Jane Walsh, the fourth of December, 1995. And your tax file number? Seven eight zero, eight six nine, four seven nine. Thank you. And your residential address? Unit 3, 17 Beach Road, St Kilda, Victoria, 3182. Great. For the refund, which bank account? It's a CommBank account, BSB zero six three, one two three, account number one zero four four, seven seven one two. So BSB 063-123, account 1044 7712. Yep. Now, did you have any other income, like shares or a side business? I do a bit of freelance photography, about $6,400 last year, and I've got a HECS debt. Okay, we'll need your invoices. And is there a spouse? My partner Ben, but we're not married. For the Medicare levy we still count de facto partners, so I'll need his details too, can he call us? Sure, his number is 0423 118 560. Lovely. Can I also get your Medicare card number, just for the private health insurance statement? 5137 49720 8, I'm number one on the card. Perfect. Your estimated refund looks like about $1,900, we lodge by 31 October. I'll send the engagement letter to emily.walsh@example.com. Thanks so much, Sam.
""", [
    p("Sam", "name"),
    p("Emily Walsh", "name"),
    p("Dave Kowalczyk", "name"),
    p("Emily Jane Walsh", "name"),
    p("the fourth of December, 1995", "birth_date"),
    p("Seven eight zero, eight six nine, four seven nine", "national_id", scheme="tfn", canon="780869479"),
    p("Unit 3, 17 Beach Road, St Kilda, Victoria, 3182", "address", mns=["17 Beach Road", "3182"]),
    p("BSB zero six three, one two three, account number one zero four four, seven seven one two", "iban",
      mns=["zero six three, one two three", "one zero four four, seven seven one two", "063-123", "1044 7712"]),
    p("Ben", "name"),
    p("0423 118 560", "phone"),
    p("5137 49720 8", "national_id", scheme="medicare"),
    p("emily.walsh@example.com", "email"),
], [
    ("ATO portal", "product"), ("$6,400", "price"), ("HECS debt", "term"), ("Medicare levy", "term"),
    ("$1,900", "price"), ("31 October", "date"), ("Harbour Tax Accountants", "company"),
]),
]
