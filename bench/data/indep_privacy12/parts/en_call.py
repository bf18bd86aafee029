from _common import R, N, E, P, L

RECORDS = []

RECORDS += [
R("en-call-001", """
Agent: Good morning, you're through to Brightwell Energy, my name's Priya Chaudhary, how can I help?
Customer: Hiya, yeah, it's Gareth Llewellyn-Price. I'm moving house next week and I need to, erm, move my account over.
Agent: No problem at all. Can I take your account number?
Customer: It's, er, B W nine four four seven one two oh eight.
Agent: Thank you. And for security, your date of birth?
Customer: Third of October, nineteen eighty-one.
Agent: Lovely. And you're currently at 27 Harold Grove, Leeds, LS6 1PJ?
Customer: That's right.
Agent: And the new address?
Customer: It's Flat 3, Calder House, 112 Skipton Road, Ilkley. Postcode L S two nine, nine B H.
Agent: LS29 9BH, lovely. When do you get the keys?
Customer: Friday the fourteenth.
Agent: I'll set the move for the 14th of June, then. Could you give us meter readings on the day? Your current meter serial is 19K0452873, and the new property's MPAN core is 1610004017733.
Customer: OK.
Agent: Your tariff, Brightwell Fix 12 v4, moves with you, and the Direct Debit stays at £118 a month. Can you just confirm the sort code and account number it's coming from?
Customer: Sort code one four, three five, five nine, account six two oh five two two two three.
Agent: Perfect. And the best contact number?
Customer: It's oh seven seven double oh, nine double oh, three one six.
Agent: And an email address?
Customer: gareth dot l p at btinternet dot com.
Agent: Great. My colleague Tom in the metering team might ring you to book a smart meter install. Your reference is MOV-2291-PL.
Customer: Cheers, Priya.
""", [
    N("Priya Chaudhary"),
    N("Gareth Llewellyn-Price"),
    P("Third of October, nineteen eighty-one", "birth_date"),
    P("27 Harold Grove", "address"),
    P("LS6 1PJ", "postcode"),
    P("Flat 3, Calder House, 112 Skipton Road", "address", "Calder House", "112 Skipton Road"),
    P("LS29 9BH", "postcode", "LS29 9BH", "L S two nine, nine B H"),
    P("one four, three five, five nine, account six two oh five two two two three", "iban",
      check="none", digits="143559 62052223"),
    P("oh seven seven double oh, nine double oh, three one six", "phone"),
    P("gareth dot l p at btinternet dot com", "email", "gareth dot l p at btinternet dot com", "gareth dot l p"),
    N("Tom"),
], [
    L("B W nine four four seven one two oh eight", "account_number"),
    L("Friday the fourteenth", "moving_date"),
    L("14th of June", "moving_date"),
    L("19K0452873", "meter_serial"),
    L("1610004017733", "mpan"),
    L("Brightwell Fix 12 v4", "tariff"),
    L("£118 a month", "amount"),
    L("MOV-2291-PL", "reference"),
]),

R("en-call-002", """
[00:00:01] AGENT: Thank you for calling Lakeside Federal Credit Union, this is Marcus Bell. Can I get your full name?
[00:00:05] CALLER: Yeah, hi, this is Dolores Quintanilla-Reyes.
[00:00:09] AGENT: Thank you, Ms. Quintanilla-Reyes. For verification, can you give me the last four of your Social?
[00:00:13] CALLER: Oh, you can have the whole thing, it's 412-58-3907.
[00:00:19] AGENT: Ma'am, I only need the last four, but thank you. And your date of birth?
[00:00:23] CALLER: March 9th, 1957.
[00:00:27] AGENT: Thank you. What's going on today?
[00:00:29] CALLER: There's charges on my debit card I didn't make. Something called GLOBALTEK*DIGITAL 888-0142, two times $249.99.
[00:00:40] AGENT: I see both transactions, posted June 3rd. I'm going to close that card. Do you have it in front of you? Can you read me the card number?
[00:00:48] CALLER: Four zero one six, six five one six, oh six eight oh, five seven three one.
[00:00:58] AGENT: Thank you. It's blocked, and I've opened dispute number DSP-0098812. A new card will go to 1840 Alder Creek Drive, Apartment 2B, Sacramento, California 95825. Is that still correct?
[00:01:10] CALLER: Yes, that's right. My grandson helps me with all this, can you put him on the account? Tyler Reyes, his number is (916) 555-0147.
[00:01:22] AGENT: I can't add him without a signed consent form, but I'll note him as a contact. And your own number is still (916) 555-0183?
[00:01:30] CALLER: Yes. And the money, can you put it back in my savings? Account number 7730 0192 4458.
[00:01:38] AGENT: Provisional credit of $499.98 will post to that savings account within 10 business days. Anything else I can help with?
[00:01:45] CALLER: No, thank you, Marcus.
""", [
    N("Marcus Bell"),
    N("Dolores Quintanilla-Reyes"),
    P("412-58-3907", "national_id", check="ssn"),
    P("March 9th, 1957", "birth_date"),
    P("Four zero one six, six five one six, oh six eight oh, five seven three one", "card",
      check="luhn", digits="4016651606805731"),
    P("1840 Alder Creek Drive, Apartment 2B", "address", "1840 Alder Creek Drive"),
    P("95825", "postcode"),
    N("Tyler Reyes"),
    P("(916) 555-0147", "phone"),
    P("(916) 555-0183", "phone"),
    P("7730 0192 4458", "iban", check="none"),
], [
    L("Lakeside Federal Credit Union", "company"),
    L("GLOBALTEK*DIGITAL 888-0142", "merchant_descriptor"),
    L("$249.99", "amount"),
    L("June 3rd", "transaction_date"),
    L("DSP-0098812", "dispute_number"),
    L("$499.98", "amount"),
    L("10 business days", "duration"),
    L("[00:01:10]", "timestamp"),
]),

R("en-call-003", """
Agent: Good afternoon, Motor Tax Office, Ballinmore County Council, Siobhán speaking.
Caller: Hi Siobhán, Pádraig Ó Súilleabháin here. I'm trying to tax the car online but it says the, em, the vehicle isn't in my name.
Agent: Right so. What's the reg?
Caller: One eight two, M H, four four seven one.
Agent: 182-MH-4471, a 2018 Toyota Corolla. I have the registered owner as Aoife Brennan.
Caller: Yeah, I bought it off her in April. Did she not send in the change of ownership?
Agent: It's... [inaudible] ...not come through yet. Have you the vehicle registration cert?
Caller: I have, the number on it is 8841220731.
Agent: Grand. To put it in your name I'll need your PPS number and your Eircode.
Caller: PPS is five nine seven three one nine two T A. Eircode is H91 K2R6, that's 14 Ashgrove Park, Knocknacarra.
Agent: Thanks. And a phone number?
Caller: Oh eight seven, two one four, nine nine three five.
Agent: And your date of birth?
Caller: Twenty-second of November, eighty-eight.
Agent: Perfect. Once that's processed you can tax it online. It's Band B, so it'll be €280 for twelve months, or you can pay quarterly. Where will I send the confirmation?
Caller: padraig dot o s at gmail dot com. [crosstalk] All lower case.
Agent: Grand so. Your reference is MT-24-118093. Anything else?
Caller: No, that's everything, thanks a million.
""", [
    N("Siobhán"),
    N("Pádraig Ó Súilleabháin"),
    P("182-MH-4471", "plate", "182-MH-4471", "One eight two, M H, four four seven one"),
    N("Aoife Brennan"),
    P("five nine seven three one nine two T A", "national_id", check="ppsn", digits="5973192TA"),
    P("H91 K2R6", "postcode"),
    P("14 Ashgrove Park", "address"),
    P("Oh eight seven, two one four, nine nine three five", "phone"),
    P("Twenty-second of November, eighty-eight", "birth_date"),
    P("padraig dot o s at gmail dot com", "email", "padraig dot o s at gmail dot com", "padraig dot o s"),
], [
    L("Ballinmore County Council", "organisation"),
    L("2018 Toyota Corolla", "product"),
    L("in April", "date"),
    L("8841220731", "document_number"),
    L("Band B", "tax_band"),
    L("€280 for twelve months", "price"),
    L("MT-24-118093", "reference"),
]),

R("en-call-004", """
Rep: G'day, thanks for calling Southern Link Mobile, you're speaking with Bree, can I grab your name?
Cust: Yeah, hi Bree, it's Lachlan O'Connor.
Rep: Thanks Lachlan. What can I do for you today?
Cust: My phone got nicked at the footy on Saturday and I need a new SIM, same number.
Rep: Sorry to hear that. What's the mobile number?
Cust: Oh-four-nine-one, five-seven-oh, one-five-six.
Rep: Righto. For a SIM swap I need to verify you with an ID document. Have you got your driver's licence handy?
Cust: Yep, New South Wales, number one seven three nine four two oh five.
Rep: Thanks, and date of birth?
Cust: Twenty-ninth of Feb, ninety-two.
Rep: All matches. We'll send the new SIM to your address on file, Unit 4, 17 Darley Street, Newtown NSW 2042?
Cust: Actually I've moved out of there, can it go to my partner's work? Jess Nguyen, Level 9, 255 Pitt Street, Sydney 2000.
Rep: No worries. Jess will need to show ID to collect it. I've also put a block on the old SIM. Your plan, the Southern Link 40GB at $45 a month, stays the same.
Cust: Sweet. Can you send the confirmation to my email, lachie dot oc at outlook dot com dot au?
Rep: Done. Your order number is SLM-7738201 and it'll arrive in 2-3 business days by Express Post. Anything else?
Cust: Nah, that's it. Cheers Bree.
""", [
    N("Bree"),
    N("Lachlan O'Connor"),
    P("Oh-four-nine-one, five-seven-oh, one-five-six", "phone"),
    P("one seven three nine four two oh five", "national_id", check="none", digits="17394205"),
    P("Twenty-ninth of Feb, ninety-two", "birth_date"),
    P("Unit 4, 17 Darley Street", "address", "17 Darley Street"),
    P("2042", "postcode"),
    N("Jess Nguyen"),
    P("Level 9, 255 Pitt Street", "address", "255 Pitt Street"),
    P("2000", "postcode"),
    P("lachie dot oc at outlook dot com dot au", "email", "lachie dot oc at outlook dot com dot au", "lachie dot oc"),
], [
    L("Southern Link Mobile", "company"),
    L("on Saturday", "date"),
    L("Southern Link 40GB", "product"),
    L("$45 a month", "price"),
    L("SLM-7738201", "order_number"),
    L("2-3 business days", "duration"),
    L("Express Post", "service"),
]),
]

RECORDS += [
R("en-call-005", """
receptionist: good morning hollybush medical practice you're speaking to kerry how can i help
caller: oh hello yes um i'm ringing on behalf of my mum she's not very well she needs a home visit
receptionist: okay can i take her name
caller: it's margaret thornbury t h o r n b u r y
receptionist: and her date of birth
caller: fourteenth of february nineteen sixty two
receptionist: and do you have her nhs number
caller: yeah it's six three four eight oh one eight nine nine seven
receptionist: thank you and the address we've got is 41 brook lane kings heath b14 7dp
caller: that's right
receptionist: and who am i speaking to
caller: i'm her daughter joanne fenwick
receptionist: okay joanne what's the best number to call you back on
caller: my mobile oh seven seven double oh nine double oh eight four two
receptionist: lovely and what are her symptoms
caller: she's had a temperature since sunday and she's really breathless she's on amlodipine five milligrams and the salbutamol inhaler
receptionist: okay i'll put her on the list for a home visit today dr okafor is doing visits this afternoon between two and five
caller: thank you and her landline is oh one two one four nine six oh two nine one if i'm not there
receptionist: that's fine if she gets worse ring one one one or nine nine nine your reference for today is v dash two four one six
caller: thank you so much kerry
""", [
    N("kerry"),
    N("margaret thornbury"),
    P("t h o r n b u r y", "name"),
    P("fourteenth of february nineteen sixty two", "birth_date"),
    P("six three four eight oh one eight nine nine seven", "national_id", check="nhs", digits="634 801 8997"),
    P("41 brook lane", "address"),
    P("b14 7dp", "postcode"),
    N("joanne fenwick"),
    P("oh seven seven double oh nine double oh eight four two", "phone"),
    N("dr okafor"),
    P("oh one two one four nine six oh two nine one", "phone"),
], [
    L("hollybush medical practice", "company"),
    L("since sunday", "date"),
    L("amlodipine five milligrams", "medication"),
    L("salbutamol inhaler", "medication"),
    L("between two and five", "time_window"),
    L("one one one", "service_number"),
    L("nine nine nine", "emergency_number"),
    L("v dash two four one six", "reference"),
]),

R("en-call-006", """
Adjuster: Lakeshore Mutual claims, this is Devon Tremblay speaking. May I have your policy number?
Insured: Sure, it's LKM-ON-5520193.
Adjuster: Thanks. And your name?
Insured: Mei-Ling Fraser.
Adjuster: Thank you, Ms. Fraser. Can you confirm your date of birth?
Insured: August 17th, 1990.
Adjuster: And your address?
Insured: Unit 1203, 55 Harbour Square, Toronto, M5J 2L1.
Adjuster: What happened?
Insured: I was rear-ended on the Gardiner, eastbound, around 5:40 p.m. yesterday. The other driver, a Mr. Kowalczyk, Piotr Kowalczyk, admitted it was his fault.
Adjuster: Did you exchange information?
Insured: Yes. His plate is Ontario CRTM 418, he's insured with Northern Shield, policy NS-88412-A, and his licence number is K6420-31778-50912.
Adjuster: And your vehicle?
Insured: A 2021 Honda CR-V, plate CKLM 482.
Adjuster: Anyone hurt?
Insured: No, just a bit sore.
Adjuster: Glad to hear it. I'll open claim 24-ON-661708. Under the direct compensation rules we handle your damage ourselves. Your deductible is $500, and you can take the car to an approved body shop; the closest is Harbourfront Collision on Queens Quay.
Insured: Great. My cell is 416-555-0162 and my email is meiling.fraser@rogers.com.
Adjuster: Perfect. An appraiser will call you within two business days.
""", [
    N("Devon Tremblay"),
    N("Mei-Ling Fraser"),
    P("August 17th, 1990", "birth_date"),
    P("Unit 1203, 55 Harbour Square", "address", "55 Harbour Square"),
    P("M5J 2L1", "postcode"),
    N("Piotr Kowalczyk"),
    P("CRTM 418", "plate"),
    P("K6420-31778-50912", "national_id", check="none"),
    P("CKLM 482", "plate"),
    P("416-555-0162", "phone"),
    E("meiling.fraser@rogers.com"),
], [
    L("LKM-ON-5520193", "policy_number"),
    L("5:40 p.m.", "time"),
    L("Northern Shield", "company"),
    L("NS-88412-A", "policy_number"),
    L("2021 Honda CR-V", "product"),
    L("24-ON-661708", "claim_number"),
    L("$500", "amount"),
    L("Harbourfront Collision on Queens Quay", "company"),
]),

R("en-call-007", """
Consultant: Good morning, you're speaking to Thandeka at Protea Life, how may I help you?
Client: Morning Thandeka, it's Johan van der Merwe. I want to update the beneficiaries on my funeral policy.
Consultant: Certainly, Mr van der Merwe. For security, can I have your ID number?
Client: Ja, it's seven nine one zero zero one, six four one eight, zero eight two.
Consultant: Thank you. And the policy number?
Client: FP 2208 4471.
Consultant: Thank you. Who would you like to add?
Client: My wife, Annelie van der Merwe, her ID is 8804122025080, and my son from my first marriage, Ruan. His ID is 9512246200088.
Consultant: What split would you like between them?
Client: Sixty-forty.
Consultant: Noted. Your premium stays R389 per month. Is the debit order still from the same account?
Client: No, eish, I changed banks. It's now cheque account 62884109273, branch code 250655.
Consultant: Thank you. And your contact details?
Client: Cell is 072 418 3390. And we moved, it's 12 Jacaranda Street, Waterkloof, Pretoria, 0181.
Consultant: And e-mail?
Client: johan.vdm@mweb.co.za.
Consultant: Lekker, everything is updated. Your reference is PLX-90231, and the changes will show on your next statement on the 25th.
Client: Thanks, Thandeka.
""", [
    N("Thandeka"),
    N("Johan van der Merwe"),
    P("seven nine one zero zero one, six four one eight, zero eight two", "national_id",
      check="said", digits="7910016418082"),
    N("Annelie van der Merwe"),
    P("8804122025080", "national_id", check="said"),
    N("Ruan"),
    P("9512246200088", "national_id", check="said"),
    P("62884109273", "iban", check="none"),
    P("072 418 3390", "phone"),
    P("12 Jacaranda Street", "address"),
    P("0181", "postcode"),
    E("johan.vdm@mweb.co.za"),
], [
    L("Protea Life", "company"),
    L("FP 2208 4471", "policy_number"),
    L("Sixty-forty", "split"),
    L("R389 per month", "amount"),
    L("250655", "branch_code"),
    L("PLX-90231", "reference"),
    L("on the 25th", "date"),
]),

R("en-call-008", """
Kauri: Kia ora, you've called Kauri Savings, this is Hemi, how can I help?
Member: Kia ora Hemi, it's Aroha Te Whata. I'm buying my first home and I want to make a first-home withdrawal from my KiwiSaver.
Kauri: Ka pai, congratulations! I'll need to verify you first. What's your IRD number?
Member: One one two, oh nine two, six seven six.
Kauri: And your date of birth?
Member: Seventh of July, nineteen ninety-three.
Kauri: Thanks Aroha. Your balance is $38,412.76 in the Growth Fund. For the withdrawal we need the sale and purchase agreement and your lawyer's trust account details.
Member: My lawyer is Sarah Whitcombe at Harbourside Legal.
Kauri: And the address of the property you're buying?
Member: 23 Kowhai Road, Mount Eden, Auckland 1024.
Kauri: Settlement date?
Member: Thirtieth of August.
Kauri: Okay. And where do you live at the moment?
Member: Flat 2, 14 Rimu Street, Karori, Wellington 6012.
Kauri: And the best phone number?
Member: Oh two one, oh four eight, three three nine one.
Kauri: I'll email the form to the address we have, aroha.tewhata@xtra.co.nz, is that right?
Member: Yes, that's me.
Kauri: Your reference is KS-FHW-44190. Processing takes 10 working days once we have everything. Ngā mihi!
""", [
    N("Hemi"),
    N("Aroha Te Whata"),
    P("One one two, oh nine two, six seven six", "national_id", check="ird", digits="112-092-676"),
    P("Seventh of July, nineteen ninety-three", "birth_date"),
    N("Sarah Whitcombe"),
    P("23 Kowhai Road", "address"),
    P("1024", "postcode"),
    P("Flat 2, 14 Rimu Street", "address", "14 Rimu Street"),
    P("6012", "postcode"),
    P("Oh two one, oh four eight, three three nine one", "phone"),
    E("aroha.tewhata@xtra.co.nz"),
], [
    L("Kauri Savings", "company"),
    L("KiwiSaver", "product"),
    L("$38,412.76", "amount"),
    L("Growth Fund", "product"),
    L("Harbourside Legal", "company"),
    L("Thirtieth of August", "settlement_date"),
    L("KS-FHW-44190", "reference"),
    L("10 working days", "duration"),
]),
]

RECORDS += [
R("en-call-009", """
ADVISOR: Parcelwise customer services, you're speaking with Callum, how can I help?
CUSTOMER: Hello, yes, I've had a card saying you tried to deliver but I was in all day.
ADVISOR: Sorry about that. Have you got the tracking number from the card?
CUSTOMER: It's P W 0 0 4 7 1 1 9 2 8 3 G B.
ADVISOR: PW0047119283GB, thank you. And the name on the parcel?
CUSTOMER: Mrs H. Pennington-Shaw. Hilary.
ADVISOR: And the delivery address?
CUSTOMER: Rose Cottage, Mill Lane, Little Haddon, near Oundle. P E eight, five J Q.
ADVISOR: Ah, I think that's the problem. The driver's notes say "no number, couldn't find property". Does the house have a number?
CUSTOMER: No, it's just Rose Cottage. It's the one next to the old chapel, with the green gate.
ADVISOR: I'll add that to the delivery instructions. [hold music] Right, I've rebooked it for Thursday the 20th, between 10:15 and 11:15. Our driver that day will be Stuart.
CUSTOMER: Could he leave it in the log store if I'm out? It's a garden bench from Cotswold Garden Supplies, it weighs a ton.
ADVISOR: It says 14.2 kg, so yes, I'll set the log store as your safe place. If there's a problem, which number should he ring?
CUSTOMER: My mobile, it's 07700 900 457. Or my neighbour, Mr Ashworth at Chapel House, he's always in.
ADVISOR: Lovely. And should I send updates to the email on the order, hilary.ps@btopenworld.com?
CUSTOMER: Yes please.
ADVISOR: Done. Anything else I can help with?
CUSTOMER: No, thank you, Callum.
""", [
    N("Callum"),
    N("Mrs H. Pennington-Shaw"),
    N("Hilary"),
    P("Rose Cottage, Mill Lane", "address", "Rose Cottage"),
    P("P E eight, five J Q", "postcode"),
    N("Stuart"),
    P("07700 900 457", "phone"),
    N("Mr Ashworth"),
    P("Chapel House", "address"),
    E("hilary.ps@btopenworld.com"),
], [
    L("P W 0 0 4 7 1 1 9 2 8 3 G B", "tracking_number"),
    L("PW0047119283GB", "tracking_number"),
    L("Thursday the 20th", "delivery_date"),
    L("between 10:15 and 11:15", "delivery_slot"),
    L("log store", "safe_place"),
    L("Cotswold Garden Supplies", "company"),
    L("14.2 kg", "weight"),
]),

R("en-call-010", """
Rep (Janelle): Thank you for calling Evergreen Health Plans, my name is Janelle. May I have your name and date of birth?
Member: Yes, it's Raymond Oduya, O-D-U-Y-A, date of birth 11/02/1949.
Rep (Janelle): Thank you, Mr. Oduya. And can you verify your address?
Member: 3317 Pinecrest Avenue, Dayton, Ohio 45405.
Rep (Janelle): Thanks. How can I help you today?
Member: My new Medicare card came, and the pharmacy says my plan doesn't match. The number on the card is 5TW8-KC2-HN61.
Rep (Janelle): Let me update that. [typing] Got it. You're on Evergreen Rx Saver, plan ID S5921-042.
Member: They told me my Eliquis 5 mg was going to cost a fortune.
Rep (Janelle): With the updated Medicare number it should process as Tier 3, which is $47 copay for a 30-day supply. Who picks up your prescriptions?
Member: My daughter, Keisha Oduya-Grant. She's on my HIPAA form.
Rep (Janelle): Yes, I see her as authorized. And Dr. Lindqvist is still your primary care provider, NPI 1467553290?
Member: Yes, ma'am.
Rep (Janelle): And the best number to reach you?
Member: (937) 555-0129.
Rep (Janelle): I've created reference number EHP-240611-0088. Please allow 24 to 48 hours for the pharmacy to see the update.
Member: Thank you, Janelle.
""", [
    N("Janelle"),
    N("Raymond Oduya"),
    P("O-D-U-Y-A", "name"),
    P("11/02/1949", "birth_date"),
    P("3317 Pinecrest Avenue", "address"),
    P("45405", "postcode"),
    P("5TW8-KC2-HN61", "national_id", check="none"),
    N("Keisha Oduya-Grant"),
    N("Dr. Lindqvist"),
    P("(937) 555-0129", "phone"),
], [
    L("Evergreen Health Plans", "company"),
    L("Evergreen Rx Saver", "product"),
    L("S5921-042", "plan_id"),
    L("Eliquis 5 mg", "medication"),
    L("Tier 3", "tier"),
    L("$47 copay for a 30-day supply", "price"),
    L("NPI 1467553290", "provider_id"),
    L("EHP-240611-0088", "reference"),
]),

R("en-call-011", """
[Agent – Amira] Good afternoon, Crestline Vehicle Leasing, Amira speaking.
[Driver] Hi Amira, Ian Rutherford here. I've got a speeding fine through for the lease car and you've charged me an admin fee on top.
[Agent – Amira] Let me have a look. What's the registration?
[Driver] Y K seven one, L X R.
[Agent – Amira] YK71 LXR, a BMW 320d Touring, agreement CVL-448120. Yes, we received a Notice of Intended Prosecution from Humberside Police, reference NIP/24/0093312, for 11 May, and we nominated you as the driver. The £30 admin fee is in the terms, I'm afraid.
[Driver] Fair enough. They've asked for my driving licence number for the speed awareness course. Have you got it on file?
[Agent – Amira] We have it as R-U-T-H-E seven oh six two three five I A nine W X.
[Driver] That's it.
[Agent – Amira] For data protection, can I confirm your date of birth and home address?
[Driver] 23rd of June 1975, and it's The Old Forge, 6 Church Street, Beverley, HU17 8DL.
[Agent – Amira] Thanks. The police letter will go to you there.
[Driver] Can you also update my mobile? It's 07700 900 718. And my wife, Claire, might call about the return date.
[Agent – Amira] I can add Claire Rutherford as an authorised contact. Is your email still ian.rutherford@outlook.com?
[Driver] Yes.
[Agent – Amira] Done. The car's due back on 30 September, and at 28,410 miles you're well within the 30,000-mile allowance.
""", [
    N("Amira"),
    N("Ian Rutherford"),
    P("YK71 LXR", "plate", "YK71 LXR", "Y K seven one, L X R"),
    P("R-U-T-H-E seven oh six two three five I A nine W X", "national_id", check="none"),
    P("23rd of June 1975", "birth_date"),
    P("The Old Forge, 6 Church Street", "address", "The Old Forge", "6 Church Street"),
    P("HU17 8DL", "postcode"),
    P("07700 900 718", "phone"),
    N("Claire Rutherford"),
    E("ian.rutherford@outlook.com"),
], [
    L("Crestline Vehicle Leasing", "company"),
    L("BMW 320d Touring", "product"),
    L("CVL-448120", "agreement_number"),
    L("Humberside Police", "organisation"),
    L("NIP/24/0093312", "reference"),
    L("11 May", "offence_date"),
    L("£30 admin fee", "amount"),
    L("28,410 miles", "mileage"),
]),

R("en-call-012", """
[09:31:02] Thanks for calling Southern Cross Super, my name's Tahlia, who am I speaking with?
[09:31:06] Hi Tahlia, it's Dimitri Papadopoulos.
[09:31:09] Thanks Dimitri. Can I get your member number or your date of birth?
[09:31:13] Date of birth's the fifth of May, 1968.
[09:31:18] And your residential address?
[09:31:20] 8/42 Beach Road, St Kilda, Victoria 3182.
[09:31:28] Thanks. How can I help today?
[09:31:30] I got a letter saying you don't have my tax file number, and I'm paying extra tax.
[09:31:36] That's right, without a TFN your contributions are taxed at the highest rate. Can you read it out to me?
[09:31:41] Yeah, four one four, eight oh three, five two five.
[09:31:49] Thanks, that's validated with the ATO. Do you want the refund paid to the bank account we have?
[09:31:55] No, new one. BSB 063-019, account 1044 7281.
[09:32:05] Done. And on your insurance cover, your beneficiary is still your wife, Eleni Papadopoulos?
[09:32:11] Yes, and I want to add my daughter Sophia, she was born 12 March 2001.
[09:32:16] I'll send you a binding nomination form. To the email, dimitri.p68 at bigpond dot com?
[09:32:22] That's the one. Mobile is 0491 571 266 if you need me.
[09:32:27] Great. Your case number is SCS-558210. The excess tax of $1,284.50 will be refunded within 28 days.
[09:32:35] Legend, thanks Tahlia.
""", [
    N("Tahlia"),
    N("Dimitri Papadopoulos"),
    P("the fifth of May, 1968", "birth_date"),
    P("8/42 Beach Road", "address"),
    P("3182", "postcode"),
    P("four one four, eight oh three, five two five", "national_id", check="tfn", digits="414 803 525"),
    P("1044 7281", "iban", check="none"),
    N("Eleni Papadopoulos"),
    N("Sophia"),
    P("12 March 2001", "birth_date"),
    P("dimitri.p68 at bigpond dot com", "email", "dimitri.p68 at bigpond dot com", "dimitri.p68"),
    P("0491 571 266", "phone"),
], [
    L("Southern Cross Super", "company"),
    L("ATO", "organisation"),
    L("BSB 063-019", "bank_branch_code"),
    L("binding nomination form", "document_type"),
    L("SCS-558210", "case_number"),
    L("$1,284.50", "amount"),
    L("28 days", "duration"),
    L("[09:31:41]", "timestamp"),
]),
]
