import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from mk import *

RECORDS = [
rec("en-call-001", """Agent: Good morning, you're through to BrightWatt Energy, my name's Callum, how can I help?
Customer: Hiya, this is Gareth Pryce, I'm moving house and I need to close my account.
Agent: No problem Gareth. Can I take the first line of the address and the postcode?
Customer: 14 Alder Close, CF14 3QT.
Agent: Lovely. And for security, your date of birth?
Customer: Second of August, 1978.
Agent: Thanks. What's the date you're moving out?
Customer: The twenty-eighth of June.
Agent: I'll need final meter readings on that day. Your electricity meter serial is 19K0048813, is that right?
Customer: Yeah that's it.
Agent: And the forwarding address for the final bill?
Customer: Flat 3, 22 Heol Y Deri, Cardiff, CF14 6HF.
Agent: And is the best number still 029 2018 0347?
Customer: No, use my mobile, 07700 900 582.
Agent: Any credit will be refunded to the account you pay from, sort code 20-45-77, account ending 4411?
Customer: Yeah, full number's 6025 4411.
Agent: Perfect. Your reference is BW-66120473 and your final bill should be around £84.""",
[name("Callum"), name("Gareth Pryce"), addr("14 Alder Close, CF14 3QT", "14 Alder Close", "CF14 3QT"), dob("Second of August, 1978"),
 addr("Flat 3, 22 Heol Y Deri, Cardiff, CF14 6HF", "22 Heol Y Deri", "CF14 6HF"), phone("029 2018 0347"), phone("07700 900 582"),
 acct("6025 4411")],
[L("BrightWatt Energy", "company_name"), L("The twenty-eighth of June", "date"), L("19K0048813", "meter_number"),
 L("BW-66120473", "account_reference"), L("£84", "price")]),

rec("en-call-002", """agent thank you for calling lakeline wireless my name is destiny can i get your name please
caller yeah this is uh tamika reynolds
agent thanks tamika and whats the phone number on the account
caller three one two five five five zero one four seven
agent and for verification the last four of your social
caller its four four zero six actually you know what let me just give you the whole thing its four zero two seven one four four zero six
agent oh you only need the last four maam but thats okay whats going on today
caller my bill went up to one eighteen forty two and i didnt change nothing
agent i see the promo on the unlimited plus plan ended on march first thats why
caller can you put it back
agent i can do a loyalty credit of twenty dollars a month for twelve months
caller okay and send that to my email its tamika dot reynolds eighty eight at example dot com
agent tamika dot reynolds eighty eight at example dot com got it and the service address is still forty one twenty west maple street chicago six zero six two four
caller yes and can you add my husband darnell okafor as an authorized user
agent sure darnell okafor is added
agent alright youre all set confirmation number l w eight eight three one""",
[name("destiny"), name("tamika reynolds"), phone("three one two five five five zero one four seven"),
 nid("four zero two seven one four four zero six", "ssn", "four four zero six", digits="402-71-4406"),
 email("tamika dot reynolds eighty eight at example dot com", "tamika dot reynolds eighty eight"),
 addr("forty one twenty west maple street chicago six zero six two four", "forty one twenty west maple street", "six zero six two four"), name("darnell okafor")],
[L("lakeline wireless", "company_name"), L("one eighteen forty two", "price"), L("unlimited plus plan", "product_name"),
 L("march first", "date"), L("twenty dollars a month", "price"), L("twelve months", "quantity"), L("l w eight eight three one", "confirmation_number")]),

rec("en-call-003", """[00:00:02] AGENT: Good afternoon, Shannonside Bank, you're speaking with Aoife.
[00:00:05] CUSTOMER: Hi Aoife, it's Ciarán Ó Súilleabháin here, I'm after losing my debit card in Galway.
[00:00:11] AGENT: Ah no. I'll cancel that for you now. Can I get your date of birth?
[00:00:14] CUSTOMER: Nineteenth of November, eighty-six.
[00:00:19] AGENT: And your PPS number, please, just to verify.
[00:00:22] CUSTOMER: 3776014R.
[00:00:28] AGENT: Grand. The card on the account IE44 BOFI 3189 5714 0698 41 is cancelled. The last transaction was €23.60 in Supermac's at 13:02, was that you?
[00:00:37] CUSTOMER: That was me alright.
[00:00:40] AGENT: A new card will go out to 7 Bóthar na Trá, Salthill, H91 X2P4. Is that still right?
[00:00:46] CUSTOMER: It is, yeah.
[00:00:48] AGENT: And we'll text you on 087 318 4472 when it's dispatched. It'll take five to seven working days. Reference CNX-448190.
[00:00:56] CUSTOMER: Lovely, thanks a million.""",
[name("Aoife"), name("Ciarán Ó Súilleabháin"), dob("Nineteenth of November, eighty-six"), nid("3776014R", "ppsn"),
 iban("IE44 BOFI 3189 5714 0698 41"), addr("7 Bóthar na Trá, Salthill, H91 X2P4", "7 Bóthar na Trá", "H91 X2P4"), phone("087 318 4472")],
[L("Shannonside Bank", "company_name"), L("€23.60", "price"), L("Supermac's", "company_name"), L("13:02", "time"),
 L("five to seven working days", "quantity"), L("CNX-448190", "reference_number")]),

rec("en-call-004", """- Meadowbank Surgery, Jo speaking.
- Hello, it's Mrs Shona McAllister, I need to book a blood test and I've got a question about my prescription.
- Of course. Can you confirm your date of birth?
- 30th of January 1952.
- And your first line of address?
- 9 Thistle Grove, Edinburgh, EH7 4QR.
- Thank you. And have you got your NHS number handy? The system's playing up.
- Yes, it's 938 999 3334. Nine three eight, nine nine nine, three three three four.
- Lovely. Dr Okonkwo has asked for a full blood count and HbA1c. I've got Tuesday the 12th at 8:50.
- That's fine. And the prescription is the Metformin 500mg, I'm running low.
- I'll send that to Boots on Leith Walk, ready in 48 hours. Can I take a contact number?
- 0131 496 0219. Or my son, Ewan, on 07700 900 731.
- Thank you Mrs McAllister.""",
[name("Jo"), name("Shona McAllister"), dob("30th of January 1952"), addr("9 Thistle Grove, Edinburgh, EH7 4QR", "9 Thistle Grove", "EH7 4QR"),
 nid("938 999 3334", "nhs", "Nine three eight, nine nine nine, three three three four"), name("Okonkwo"), phone("0131 496 0219"), name("Ewan"),
 phone("07700 900 731")],
[L("Meadowbank Surgery", "company_name"), L("HbA1c", "test_name"), L("Tuesday the 12th at 8:50", "date"), L("Metformin 500mg", "product_name"),
 L("Boots on Leith Walk", "company_name"), L("48 hours", "quantity")]),

rec("en-call-005", """Consultant: Thanks for calling Coastline Health Cover, this is Bec speaking.
Member: G'day Bec, Brooke Tennant here. I've had a knee reconstruction and I want to check what I'm covered for.
Consultant: No worries, Brooke. Can I grab your membership number or your date of birth?
Member: DOB's the 4th of May 1991.
Consultant: Thanks. And your address?
Member: 27 Banksia Street, Toowong QLD 4066.
Consultant: Perfect. You're on Gold Hospital with Extras Top, policy CHC-2281907. The surgeon's fee was $4,850 and Medicare has paid the schedule fee, is that right?
Member: Yeah. My Medicare number's 4327 10108 0 if you need it.
Consultant: That helps, thanks. We'll cover the gap up to $1,220. Is your bank account still BSB 064-158, account 1093 4477?
Member: Yes.
Consultant: And best contact is 0491 570 156?
Member: That's it. Oh, and my partner Liam Fitzgerald should be on the policy too.
Consultant: I can see Liam. Claim reference is CL-559301, paid within 3 business days.""",
[name("Bec"), name("Brooke Tennant"), dob("4th of May 1991"), addr("27 Banksia Street, Toowong QLD 4066", "27 Banksia Street", "4066"),
 nid("4327 10108 0", "medicare"), acct("BSB 064-158, account 1093 4477", "1093 4477"), phone("0491 570 156"), name("Liam Fitzgerald")],
[L("Coastline Health Cover", "company_name"), L("Gold Hospital with Extras Top", "product_name"), L("CHC-2281907", "policy_number"),
 L("$4,850", "price"), L("$1,220", "price"), L("CL-559301", "claim_number")]),

rec("en-call-006", """[SPEAKER 1] Maple Mutual, Karen speaking, how can I help you today?
[SPEAKER 2] Hi, yeah, my name is Marc-André Gagnon, I'm calling about my RRSP contribution receipt, I never got it.
[SPEAKER 1] Sorry to hear that. Can you confirm your social insurance number for me?
[SPEAKER 2] Sure, four one four, two four five, one three four.
[SPEAKER 1] Thank you. And your date of birth?
[SPEAKER 2] July ninth, nineteen eighty-two.
[SPEAKER 1] I see a contribution of $6,500 on February 27th. The receipt went to 88 Rue Saint-Denis, Gatineau, J8Y 2K7.
[SPEAKER 2] Oh, that's my old place. I'm at 1450 Bank Street, apartment 1204, Ottawa, K1H 7Z3 now.
[SPEAKER 1] I'll update that. Phone number?
[SPEAKER 2] 613-555-0172.
[SPEAKER 1] And e-mail, so I can send the receipt electronically?
[SPEAKER 2] ma.gagnon at example dot ca... sorry, example dot com.
[SPEAKER 1] Okay, ma.gagnon@example.com. You'll have it within 24 hours, case number MM-2024-10387.""",
[name("Karen"), name("Marc-André Gagnon"), nid("four one four, two four five, one three four", "sin", digits="414245134"), dob("July ninth, nineteen eighty-two"),
 addr("88 Rue Saint-Denis, Gatineau, J8Y 2K7", "88 Rue Saint-Denis", "J8Y 2K7"), addr("1450 Bank Street, apartment 1204, Ottawa, K1H 7Z3", "1450 Bank Street", "K1H 7Z3"),
 phone("613-555-0172"), email("ma.gagnon at example dot ca", "ma.gagnon"), email("ma.gagnon@example.com")],
[L("Maple Mutual", "company_name"), L("RRSP", "product_name"), L("$6,500", "price"), L("February 27th", "date"),
 L("24 hours", "quantity"), L("MM-2024-10387", "case_number")]),

rec("en-call-007", """00:00:03 Payroll: Kia ora, Tōtara Payroll Services, Hemi speaking.
00:00:07 Caller: Hi Hemi, it's Aroha Ngata from Kōwhai Café in Rotorua. I've got a new starter and I'm not sure I've done the IR330 right.
00:00:15 Payroll: No worries. What's the employee's name?
00:00:18 Caller: Jackson Tane Whitford. Date of birth the twenty-first of October 2003.
00:00:25 Payroll: And his IRD number?
00:00:28 Caller: 103-374-626.
00:00:33 Payroll: That checks out. Tax code M, and he's on KiwiSaver at 3%?
00:00:37 Caller: Yes. He'll be on $23.15 an hour, 30 hours a week.
00:00:42 Payroll: Bank account for his pay?
00:00:45 Caller: 12-3140-0456789-00.
00:00:51 Payroll: And his address and phone for the records?
00:00:54 Caller: 5 Pukaki Street, Rotorua 3010. His mobile's 021 448 3921.
00:01:01 Payroll: Done. First pay run is Wednesday 17 July.""",
[name("Hemi"), name("Aroha Ngata"), name("Jackson Tane Whitford"), dob("twenty-first of October 2003"), nid("103-374-626", "ird"),
 acct("12-3140-0456789-00"), addr("5 Pukaki Street, Rotorua 3010", "5 Pukaki Street", "3010"), phone("021 448 3921")],
[L("Tōtara Payroll Services", "company_name"), L("Kōwhai Café", "company_name"), L("IR330", "form_name"), L("3%", "percentage"),
 L("$23.15 an hour", "price"), L("30 hours a week", "quantity"), L("Wednesday 17 July", "date")]),

rec("en-call-008", """Agent: Good day, Protea Insure claims, you're speaking to Lerato.
Client: Hi Lerato, it's Pieter van der Merwe. Someone drove into my bakkie at the robot on Voortrekker Road.
Agent: Shame, are you okay?
Client: Ja, I'm fine, just the tailgate is smashed.
Agent: Can I have your ID number please?
Client: 7508177718082.
Agent: Thank you Mr Van der Merwe. And the registration of the vehicle?
Client: CA 418-552.
Agent: That's the Toyota Hilux 2.8 GD-6 on policy PI-88120-V. Do you have the other driver's details?
Client: Yes, a lady, Thandiwe Mokoena, her registration is JK 29 XL GP, cell 082 614 3390.
Agent: Thanks. I've registered claim C24-071185. The excess is R5,000. We'll send an assessor to your address, still 12 Kromboom Road, Rondebosch East, 7780?
Client: That's correct.
Agent: You'll get an SMS within 2 working days.""",
[name("Lerato"), name("Pieter van der Merwe"), nid("7508177718082", "sa_id"), plate("CA 418-552"), name("Thandiwe Mokoena"),
 plate("JK 29 XL GP"), phone("082 614 3390"), addr("12 Kromboom Road, Rondebosch East, 7780", "12 Kromboom Road", "7780")],
[L("Protea Insure", "company_name"), L("Voortrekker Road", "street_reference"), L("Toyota Hilux 2.8 GD-6", "product_name"),
 L("PI-88120-V", "policy_number"), L("C24-071185", "claim_number"), L("R5,000", "price"), L("2 working days", "quantity")]),

rec("en-call-009", """Executive: Thank you for calling Suvidha Finance, my name is Rohit, how may I assist you?
Customer: Hello, this is Priya Venkataraman speaking. My personal loan EMI has been debited twice this month.
Executive: Sorry for the inconvenience ma'am. May I have your loan account number?
Customer: PL-0098273341.
Executive: Thank you. For verification, please tell me your date of birth and registered mobile number.
Customer: 16-08-1990, and mobile is plus nine one nine eight four five zero two two seven one six.
Executive: Thank you ma'am. I can see two debits of ₹14,862 on 5th June. The KYC also shows your PAN as BKVPV4471M, correct?
Customer: Yes. And you people also asked for Aadhaar last time, 4468 6598 5192.
Executive: Not required for this ma'am, but noted. The refund will go to your HDFC account ending 3307, full number 50100 2384 13307.
Customer: Okay. How long will it take?
Executive: Five to seven working days. Your service request number is SR2406-557810. Anything else?
Customer: Please send the confirmation to priya.v1990@example.in.
Executive: Sure. Have a nice day ma'am.""",
[name("Rohit"), name("Priya Venkataraman"), dob("16-08-1990"), phone("plus nine one nine eight four five zero two two seven one six"),
 nid("BKVPV4471M", "pan"), nid("4468 6598 5192", "aadhaar"), acct("50100 2384 13307"), email("priya.v1990@example.in")],
[L("Suvidha Finance", "company_name"), L("PL-0098273341", "loan_account_number"), L("₹14,862", "price"), L("5th June", "date"),
 L("SR2406-557810", "ticket_number"), L("HDFC", "company_name")]),

rec("en-call-010", """agent youre through to swiftdrop parcels my names kyle how can i help
customer hiya yeah its dean hollingworth ive got a parcel thats been marked as delivered but its not here
agent sorry about that can i take the tracking number
customer its s d one two eight eight four seven three nine g b
agent SD12884739GB yeah and the surname on the parcel
customer hollingworth h o l l i n g w o r t h
agent and the postcode
customer l s six two q z
agent ls6 2qz so that's 41 hyde park terrace leeds
customer thats right
agent the driver photo shows it at a blue door is yours blue
customer no mines green my neighbour at forty three has a blue door mrs patel
agent okay id suggest checking with your neighbour first if not ill open an investigation ive put your number down as oh one one three four nine six oh five five one
customer yeah thats my landline mobile is oh seven seven double oh nine double oh two six eight
agent lovely the parcel was a forty nine ninety nine item from brightbay electricals so youre covered up to a hundred pounds""",
[name("kyle"), name("dean hollingworth", "h o l l i n g w o r t h"), pc("l s six two q z"), addr("41 hyde park terrace leeds", "41 hyde park terrace", "ls6 2qz"),
 addr("forty three"), name("patel"), phone("oh one one three four nine six oh five five one"), phone("oh seven seven double oh nine double oh two six eight")],
[L("swiftdrop parcels", "company_name"), L("s d one two eight eight four seven three nine g b", "tracking_number"), L("SD12884739GB", "tracking_number"),
 L("forty nine ninety nine", "price"), L("brightbay electricals", "company_name"), L("a hundred pounds", "price")]),

rec("en-call-011", """Pharmacist: Thank you for calling Greenleaf Pharmacy on Elm, this is Jordan.
Caller: Hi, this is Linda Kowalczyk, I'm calling to refill my husband's prescription.
Pharmacist: Sure. What's the patient's name and date of birth?
Caller: Richard Kowalczyk, that's K-O-W-A-L-C-Z-Y-K, born 11/23/1949.
Pharmacist: I've got him. Lisinopril 10 milligrams, 90-day supply, prescription number RX 4410927.
Caller: That's the one. Can it be delivered? We're at 2217 Birchwood Lane, Dayton, Ohio 45419.
Pharmacist: We deliver Tuesdays and Fridays. Your copay is $12.50. Is the card on file still the Visa?
Caller: No, use this one: 4167 9833 6248 3073.
Pharmacist: Got it. Best number to reach you?
Caller: 937-555-0148.
Pharmacist: Great, it'll arrive Friday between 2 and 5 p.m.""",
[name("Jordan"), name("Linda Kowalczyk"), name("Richard Kowalczyk", "K-O-W-A-L-C-Z-Y-K"), dob("11/23/1949"),
 addr("2217 Birchwood Lane, Dayton, Ohio 45419", "2217 Birchwood Lane", "45419"), card("4167 9833 6248 3073"), phone("937-555-0148")],
[L("Greenleaf Pharmacy on Elm", "company_name"), L("Lisinopril 10 milligrams", "product_name"), L("90-day supply", "quantity"),
 L("RX 4410927", "prescription_number"), L("$12.50", "price"), L("Friday between 2 and 5 p.m.", "time")]),

rec("en-call-012", """Agent: Thanks for calling Harbourline Novated Leasing, you're speaking with Mitch.
Caller: Hi Mitch, it's Jasmine Nguyen. I've just started a new job with Redgum Logistics and I want to transfer my lease across.
Agent: Easy done. Can I get your date of birth and the rego of the car?
Caller: 19/03/1988, and the rego is 1ABC 234... sorry, it's 1XRG 548.
Agent: That's the Hyundai Ioniq 5 on lease agreement HNL-770192. Your new employer will need your tax file number for the salary packaging.
Caller: It's 593 134 892.
Agent: Thanks. And your residential address?
Caller: Unit 6, 18 Lygon Street, Brunswick East VIC 3057.
Agent: And a contact number?
Caller: 0491 570 313.
Agent: And your new work email?
Caller: jasmine.nguyen@redgum.example.com.au.
Agent: Perfect. The packaged amount stays $1,148.60 per month, effective from the 1st of August.""",
[name("Mitch"), name("Jasmine Nguyen"), dob("19/03/1988"), plate("1XRG 548"), plate("1ABC 234"), nid("593 134 892", "tfn"),
 addr("Unit 6, 18 Lygon Street, Brunswick East VIC 3057", "18 Lygon Street", "3057"), phone("0491 570 313"), email("jasmine.nguyen@redgum.example.com.au")],
[L("Harbourline Novated Leasing", "company_name"), L("Redgum Logistics", "company_name"), L("Hyundai Ioniq 5", "product_name"),
 L("HNL-770192", "contract_number"), L("$1,148.60 per month", "price"), L("1st of August", "date")]),
]
