from rec import R, N, P, A, E, U, L

RECORDS = [
R("en-call-001", """
Agent: Good morning, you're through to Brightwave Energy, my name's Chloe, how can I help?
Caller: Hiya Chloe, it's Gareth Pritchard. I'm moving house and want to give you my final meter readings.
Agent: No problem. Can I take your account number?
Caller: It's BW-00418827.
Agent: Thanks. And for security, your date of birth?
Caller: Twenty-third of September, 1976.
Agent: Lovely. So I've got you at 14 Alder Close, Cardiff, CF14 3RT. What's the new address?
Caller: Flat 2, 61 Wellfield Road, CF24 3PB.
Agent: And the moving date?
Caller: The 31st of May.
Agent: Right, readings please.
Caller: Electric is 04519, gas is 11873.
Agent: Brilliant. Your final bill will be around £86.40. Best number for you?
Caller: 07700 900461.
Agent: And email still gareth dot pritchard at example dot com?
Caller: Yeah, that's the one, gareth.pritchard@example.com.
Agent: Perfect. Any refund goes back to the Barclays account, sort code 20-45-77, account number 43018826?
Caller: Yep.
""", [
    N("Chloe"), N("Gareth Pritchard"), P("Twenty-third of September, 1976", "birth_date"),
    A("14 Alder Close, Cardiff, CF14 3RT", "14 Alder Close", "CF14 3RT"), A("Flat 2, 61 Wellfield Road, CF24 3PB", "Flat 2, 61 Wellfield Road", "CF24 3PB"),
    P("07700 900461", "phone"), E("gareth.pritchard@example.com", "gareth dot pritchard at example dot com", "gareth dot pritchard"),
    P("43018826", "iban", scheme="none"),
], [L("BW-00418827", "account_number"), L("31st of May", "date"), L("04519", "meter_reading"), L("11873", "meter_reading"),
    L("£86.40", "price"), L("Brightwave Energy", "company")]),

R("en-call-002", """
thank you for calling horizon wireless my name is tyler can i get your name please yeah this is brianna castillo okay brianna and what's the phone number on the account it's three one two five five five zero one four seven got it and can you verify the last four of your social three three zero eight thank you so what's going on today um my bill went up like forty dollars and i didn't change anything okay let me take a look yeah i see your promo for the unlimited plus plan expired on march fifteenth so it went from sixty five to a hundred and five i can put you on the loyalty discount that brings it to seventy five okay yeah do that and can you also remove my ex from the account his name's derek hollis his line is three one two five five five zero one nine two sure he'll need to transfer or cancel it himself okay and can you send the confirmation to bri castillo eighty eight at example dot com sure and is your address still twenty two fourteen west fullerton avenue chicago illinois six zero six one four yes it is alright you're all set reference number is h w two two seven one nine zero
""", [
    N("tyler"), N("brianna castillo"), P("three one two five five five zero one four seven", "phone"),
    P("three three zero eight", "national_id", scheme="none"), N("derek hollis"),
    P("three one two five five five zero one nine two", "phone"),
    E("bri castillo eighty eight at example dot com", "bri castillo eighty eight"),
    A("twenty two fourteen west fullerton avenue chicago illinois six zero six one four", "twenty two fourteen west fullerton avenue", "six zero six one four"),
], [L("horizon wireless", "company"), L("forty dollars", "price"), L("unlimited plus", "product"), L("march fifteenth", "date"),
    L("h w two two seven one nine zero", "reference"), L("seventy five", "price")]),

R("en-call-003", """
[SPEAKER 1] Good afternoon, Liffey Credit Union, Aoife speaking.
[SPEAKER 2] Hi Aoife, this is Ciarán Ó Súilleabháin, I'm ringing about the car loan application.
[SPEAKER 1] Grand, Ciarán. Can I just take your PPS number to find you?
[SPEAKER 2] It's 1433113M.
[SPEAKER 1] Thanks. And your date of birth?
[SPEAKER 2] Fourth of July, 1990. Four, seven, ninety.
[SPEAKER 1] Lovely. So the application is for €14,500 over five years. I just need a proof of address, is it still 27 Ardmore Park, Bray, A98 K2F6?
[SPEAKER 2] Ah no, we moved, it's 9 Seaview Terrace, Greystones, A63 XW81.
[SPEAKER 1] No problem, send in a utility bill to the loans email. Will the loan be paid into your current account, IE86 IPBS 9791 4154 7139 51?
[SPEAKER 2] Yeah, that's the one.
[SPEAKER 1] And the best mobile?
[SPEAKER 2] 087 341 9920. Or my wife Niamh on 086 772 1048.
[SPEAKER 1] Grand. Your application reference is LCU-L-20931. You'll hear back within 48 hours.
""", [
    N("Aoife"), N("Ciarán Ó Súilleabháin"), P("1433113M", "national_id", scheme="ppsn"),
    P("Fourth of July, 1990. Four, seven, ninety", "birth_date", "Four, seven, ninety", "Fourth of July, 1990"),
    A("27 Ardmore Park, Bray, A98 K2F6", "27 Ardmore Park", "A98 K2F6"), A("9 Seaview Terrace, Greystones, A63 XW81", "9 Seaview Terrace", "A63 XW81"),
    P("IE86 IPBS 9791 4154 7139 51", "iban"), P("087 341 9920", "phone"), N("Niamh"), P("086 772 1048", "phone"),
], [L("Liffey Credit Union", "company"), L("€14,500", "price"), L("five years", "duration"),
    L("LCU-L-20931", "reference"), L("48 hours", "duration")]),

R("en-call-004", """
[00:00:04] AGENT: Maple Shield Insurance, claims line, this is Luc speaking.
[00:00:08] CALLER: Hi Luc, my name is Jennifer Tremblay, I was in a fender bender this morning on the 401.
[00:00:15] AGENT: Sorry to hear that. Is everyone okay?
[00:00:17] CALLER: Yeah, just shaken.
[00:00:20] AGENT: Can I get your policy number?
[00:00:23] CALLER: MS-AU-7730214.
[00:00:31] AGENT: And to verify, your date of birth and postal code?
[00:00:35] CALLER: March 8th, 1984, and M4C 1B5.
[00:00:42] AGENT: Thank you. What's your licence plate?
[00:00:45] CALLER: CKLM 417. The other driver was a Raymond Okafor, his plate was BXRT 902.
[00:01:02] AGENT: Got it. For the accident benefits form I'll need your SIN as well.
[00:01:06] CALLER: 397 059 726.
[00:01:14] AGENT: Thank you. Your claim number is 24-ON-558120. An adjuster will call within two business days. Best number?
[00:01:20] CALLER: 416-555-0182.
[00:01:24] AGENT: And we'll email jen.tremblay@example.ca... sorry, is it example.com?
[00:01:27] CALLER: Dot com, yes. jen.tremblay@example.com.
""", [
    N("Luc"), N("Jennifer Tremblay"), P("March 8th, 1984", "birth_date"), P("M4C 1B5", "postcode"), P("CKLM 417", "plate"),
    N("Raymond Okafor"), P("BXRT 902", "plate"), P("397 059 726", "national_id", scheme="sin"), P("416-555-0182", "phone"),
    E("jen.tremblay@example.com", "jen.tremblay@example.ca"),
], [L("Maple Shield Insurance", "company"), L("MS-AU-7730214", "policy_number"), L("24-ON-558120", "claim_number"),
    L("two business days", "duration"), L("the 401", "location")]),

R("en-call-005", """
Receptionist: Elm Lane Surgery, Harriet speaking.
Patient: Oh hello, it's Mrs Doreen Whitfield here, I need a repeat of my blood pressure tablets.
Receptionist: Of course. Can I take your date of birth?
Patient: Second of February, nineteen forty-nine.
Receptionist: And the first line of your address?
Patient: 3 Rosemary Cottages, Little Hadham. SG11 2DW.
Receptionist: Thank you. And I'll need your NHS number for the new system, if you have it.
Patient: Hang on, it's on my letter... 999 414 2623.
Receptionist: Lovely. That's amlodipine 5 milligrams, 28 tablets. Dr Okonkwo will sign it off by Thursday.
Patient: Can my son Graham collect it? He's my carer.
Receptionist: Yes, if he's listed. And which pharmacy, Boots in Bishop's Stortford?
Patient: No, the Hadham Pharmacy. And my number's 01632 960 418 if they need me.
Receptionist: Noted, Mrs Whitfield.
""", [
    N("Harriet"), N("Doreen Whitfield"), P("Second of February, nineteen forty-nine", "birth_date"),
    A("3 Rosemary Cottages, Little Hadham. SG11 2DW", "3 Rosemary Cottages", "SG11 2DW"),
    P("999 414 2623", "national_id", scheme="nhs"), N("Okonkwo"), N("Graham"), P("01632 960 418", "phone"),
], [L("Elm Lane Surgery", "organisation"), L("amlodipine 5 milligrams", "medication"), L("28 tablets", "quantity"),
    L("Thursday", "date"), L("Hadham Pharmacy", "company")]),

R("en-call-006", """
- Thanks for calling ParcelDash, you're speaking with Josh.
- Hi Josh, it's Priyanka Naidoo. My parcel says delivered but it's not here.
- Sorry about that. Have you got the tracking number?
- Yep, PD4409183320AU.
- Thanks. It shows left at front door at 2:14pm at 18 Banksia Street, Indooroopilly.
- I'm at 81 Banksia Street. Eight one. Postcode 4068.
- Ah, looks like the driver's swapped the digits. Do you know who's at number 18?
- I think it's an older bloke, Trevor Whitaker.
- I'll get the driver to go back today. Can I grab a mobile?
- 0491 570 156.
- And an email for updates?
- priyanka dot naidoo at example dot com. That's P-R-I-Y-A-N-K-A.
- Lovely. It's a 3.2 kilo parcel from Koala Homewares. Case number CS-8812047.
""", [
    N("Josh"), N("Priyanka Naidoo", "P-R-I-Y-A-N-K-A"), A("18 Banksia Street, Indooroopilly", "18 Banksia Street"),
    A("81 Banksia Street. Eight one. Postcode 4068", "81 Banksia Street", "4068"), N("Trevor Whitaker"), P("0491 570 156", "phone"),
    E("priyanka dot naidoo at example dot com", "priyanka dot naidoo"),
], [L("ParcelDash", "company"), L("PD4409183320AU", "tracking_number"), L("2:14pm", "time"), L("3.2 kilo", "quantity"),
    L("Koala Homewares", "company"), L("CS-8812047", "case_number")]),

R("en-call-007", """
Agent: Namaste, thank you for calling Jio... sorry, JyotiNet Broadband, this is Rohit speaking.
Customer: Hello Rohit, this is Kavitha Subramanian from Chennai. My connection is down since yesterday.
Agent: Sorry ma'am. Can you tell me the registered mobile number?
Customer: Nine eight four one zero, two two seven three six. 98410 22736.
Agent: Thank you. For KYC verification, please tell me the last four digits of your Aadhaar.
Customer: Full number only I'll give, it's 6529 6870 8137.
Agent: Ma'am, last four is enough. I'm not storing the full number. I can see the installation at Plot 12, 4th Cross Street, Besant Nagar, Chennai 600090?
Customer: Yes, correct.
Agent: There's a fibre cut in your area, ticket number JN-TKT-4471023. It will be restored in 24 to 48 hours. Your plan is Fibre 300 Mbps at ₹999 per month, I'll add 3 days' credit.
Customer: Okay. Please send SMS also to my husband, Venkatesh, 94440 18352.
Agent: Done ma'am. And email kavitha.s@example.com is correct?
Customer: Yes.
""", [
    N("Rohit"), N("Kavitha Subramanian"), P("Nine eight four one zero, two two seven three six", "phone"), P("98410 22736", "phone"),
    P("6529 6870 8137", "national_id", scheme="aadhaar"),
    A("Plot 12, 4th Cross Street, Besant Nagar, Chennai 600090", "Plot 12, 4th Cross Street", "600090"),
    N("Venkatesh"), P("94440 18352", "phone"), E("kavitha.s@example.com"),
], [L("JyotiNet Broadband", "company"), L("JN-TKT-4471023", "ticket_number"), L("24 to 48 hours", "duration"),
    L("Fibre 300 Mbps", "product"), L("₹999", "price"), L("3 days", "duration")]),

R("en-call-008", """
CONSULTANT: Good day, you're through to Protea Bank fraud line, my name is Lerato.
CLIENT: Hi Lerato, it's Johan van der Merwe. There's a transaction on my card I didn't make.
CONSULTANT: I'm sorry to hear that, Mr van der Merwe. Can I have your ID number please?
CLIENT: 880414 5073 083.
CONSULTANT: Thank you. Which transaction is it?
CLIENT: R4 299.99 at an online store called GadgetHub, yesterday at 23:10.
CONSULTANT: I see it. Is that on the card ending 9907?
CLIENT: Yes, the full number is 5581 1863 4775 9907.
CONSULTANT: I've stopped that card. The new one will be delivered to 16 Protea Road, Durbanville, 7550 in about five working days.
CLIENT: Can the courier call my wife, Annelie? 082 555 0193.
CONSULTANT: I'll add that. And your own cellphone, is it still 083 555 0127?
CLIENT: Yes.
CONSULTANT: Your dispute reference is FRD-2024-11873.
""", [
    N("Lerato"), N("Johan van der Merwe"), P("880414 5073 083", "national_id", scheme="sa_id"),
    P("5581 1863 4775 9907", "card", "9907"), A("16 Protea Road, Durbanville, 7550", "16 Protea Road", "7550"),
    N("Annelie"), P("082 555 0193", "phone"), P("083 555 0127", "phone"),
], [L("Protea Bank", "company"), L("R4 299.99", "price"), L("GadgetHub", "company"), L("23:10", "time"),
    L("five working days", "duration"), L("FRD-2024-11873", "reference")]),

R("en-call-009", """
Kia ora, you're talking to Hemi at Southern Lights Power, how can I help?
Yeah gidday Hemi, it's Sarah Ngata here, I've had a letter saying I'm behind on my power bill.
No worries, let's sort it out. What's the account number?
It's 5520 341 87.
Cheers. And can you confirm your address?
47 Kowhai Street, Whanganui, 4500.
And your date of birth?
The twelfth of January eighty-eight.
Thanks Sarah. So you're $312.60 behind. I can set you up on a payment plan, $40 a week. Do you want that coming out of the same account, 12-3140-0587264-00?
Yes please. Oh and I've got a new job, do you need my IRD number for the winter energy payment thing?
Not for us, that's through MSD, but I can note it.
It's 087-708-691.
Got it. What's the best number to reach you?
021 555 7304. Or my partner Tama, 027 555 1189.
Choice. I'll email it through to sarah.ngata@example.com, is that still right?
Yep, that's it.
""", [
    N("Hemi"), N("Sarah Ngata"), A("47 Kowhai Street, Whanganui, 4500", "47 Kowhai Street", "4500"),
    P("The twelfth of January eighty-eight", "birth_date"), P("12-3140-0587264-00", "iban", scheme="none"),
    P("087-708-691", "national_id", scheme="ird"), P("021 555 7304", "phone"), N("Tama"), P("027 555 1189", "phone"),
    E("sarah.ngata@example.com"),
], [L("Southern Lights Power", "company"), L("5520 341 87", "account_number"), L("$312.60", "price"),
    L("$40 a week", "price"), L("MSD", "organisation")]),

R("en-call-010", """
Officer: Parking services, Leeds City Council, Amira speaking.
Resident: Morning, my name is Declan Fairweather. I've had a penalty charge notice but I have a resident permit.
Officer: Okay, what's the PCN number?
Resident: LS48820193.
Officer: And the vehicle registration?
Resident: YH67 KLM. Yankee Hotel six seven, Kilo Lima Mike.
Officer: Thank you. The permit on our system is for vehicle YC19 PWX.
Resident: Oh, that was my old car. I changed it last month.
Officer: That's the problem then. I can put the PCN on hold for 14 days if you send in the new V5C. Your address is 22 Headingley Mount, LS6 3EL?
Resident: That's right.
Officer: And your email?
Resident: declan dot fairweather at example dot org.
Officer: The charge is £70, reduced to £35 if paid within 14 days, but we'll hold it. Any contact number?
Resident: 0113 496 0782.
""", [
    N("Amira"), N("Declan Fairweather"), P("YH67 KLM", "plate"), P("Yankee Hotel six seven, Kilo Lima Mike", "plate"),
    P("YC19 PWX", "plate"), A("22 Headingley Mount, LS6 3EL", "22 Headingley Mount", "LS6 3EL"),
    E("declan dot fairweather at example dot org", "declan dot fairweather"), P("0113 496 0782", "phone"),
], [L("Leeds City Council", "organisation"), L("LS48820193", "pcn_number"), L("14 days", "duration"),
    L("V5C", "document_type"), L("£70", "price"), L("£35", "price")]),

R("en-call-011", """
PHARMACIST: Good evening, Cedar Grove Pharmacy, this is Dana.
CALLER: Hi Dana, this is Robert Lindqvist, I'm calling about my mother's prescription. Her name's Evelyn Lindqvist.
PHARMACIST: Sure. What's her date of birth?
CALLER: October 2nd, 1938.
PHARMACIST: Thank you. I see metformin 500 mg and atorvastatin 20 mg, ready for pickup. Her insurance copay is $12.50.
CALLER: Great. Can you deliver? She's at 1150 Birchwood Lane, Apartment 4B, Naperville, 60540.
PHARMACIST: We deliver Tuesdays and Fridays between 2 and 5. Phone for her?
CALLER: Her landline is 630-555-0114. I'm at 630-555-0168 if she doesn't pick up.
PHARMACIST: Got it. And her Medicare ID for the file? It's showing as expired.
CALLER: 4TE7-QN2-MK83.
PHARMACIST: Thanks Robert. Rx number 7720149 is set for Friday delivery.
""", [
    N("Dana"), N("Robert Lindqvist"), N("Evelyn Lindqvist"), P("October 2nd, 1938", "birth_date"),
    A("1150 Birchwood Lane, Apartment 4B, Naperville, 60540", "1150 Birchwood Lane, Apartment 4B", "60540"),
    P("630-555-0114", "phone"), P("630-555-0168", "phone"), P("4TE7-QN2-MK83", "national_id", scheme="none"),
], [L("Cedar Grove Pharmacy", "company"), L("metformin 500 mg", "medication"), L("atorvastatin 20 mg", "medication"),
    L("$12.50", "price"), L("7720149", "rx_number"), L("Tuesdays and Fridays between 2 and 5", "time")]),

R("en-call-012", """
agent: thanks for calling flexfit gyms you're speaking with kayla
member: hi kayla it's liam o'connell i wanna cancel my membership
agent: no worries can i grab your member number
member: yeah it's f f eight eight two one four
agent: and date of birth
member: ninth of august ninety five
agent: cheers liam so you're on the anytime plus at twenty one ninety five a fortnight there's a thirty day notice so your last debit will be the twenty eighth of june
agent: do you want the refund for the double charge back to the same account b s b zero six two zero zero zero account one two three four five six seven eight
member: no that's closed use zero six three one one one and then four one five five three eight two zero
agent: easy and you're still at unit five forty two smith street collingwood three zero six six
member: yep
agent: i'll send it to liam oc at example dot com
member: sweet and my number's oh four nine one five seven oh seven three seven
""", [
    N("kayla"), N("liam o'connell"), P("ninth of august ninety five", "birth_date"),
    P("one two three four five six seven eight", "iban", scheme="none"),
    P("four one five five three eight two zero", "iban", scheme="none"),
    A("unit five forty two smith street collingwood three zero six six", "unit five forty two smith street", "three zero six six"),
    E("liam oc at example dot com", "liam oc"), P("oh four nine one five seven oh seven three seven", "phone"),
], [L("flexfit gyms", "company"), L("f f eight eight two one four", "member_number"), L("anytime plus", "product"),
    L("twenty one ninety five", "price"), L("thirty day", "duration"), L("twenty eighth of june", "date")]),
]
