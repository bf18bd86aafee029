import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from helpers import A, E, L, N, P, rec  # noqa: E402

RECORDS = [

# ------------------------------------------------------------------ UK energy supplier, Agent/Customer, digits read out
rec("en-call-001", """
Agent: Good morning, you're through to Brightwell Energy, my name's Priya, how can I help?
Customer: Hiya, this is John, John Pearson. I've had a bill for six hundred quid and we're only a two-bed flat.
Agent: Oh no, let's have a look. Can I take the first line of your address and your postcode?
Customer: Flat 2, 14 Elm Grove, and it's LS6 2AB.
Agent: Thank you. And can you confirm your date of birth?
Customer: Twenty-third of August, nineteen seventy-nine.
Agent: Lovely. So I can see account 8800412736, and the last reading we had was estimated, 45210 on the day meter. Have you got a reading for me?
Customer: Yeah, my wife Sarah took a photo this morning. It says 41877.
Agent: Right, that's quite a bit lower. I'll rebill that now and it should come down to about £212.40.
Customer: That's more like it. Can you also change the direct debit? We've switched banks.
Agent: Of course. Sort code and account number?
Customer: Sort code forty, eleven, sixty-two. Account three one nine two six eight one nine.
Agent: Thank you. And is the best number still oh seven seven double oh, nine double oh, four eight two?
Customer: That's mine, yeah. Or Sarah's, 07700 900317.
Agent: Perfect. I've logged that under reference BW-5530921. You'll get an email within 48 hours. Is there anything else, Mr Pearson?
Customer: No, that's everything, cheers Priya.
""", [
    N("Priya"),
    N("John Pearson"),
    A("Flat 2, 14 Elm Grove", street="14 Elm Grove", postcode="LS6 2AB"),
    P("Twenty-third of August, nineteen seventy-nine", "birth_date"),
    N("Sarah"),
    P("Sort code forty, eleven, sixty-two. Account three one nine two six eight one nine", "iban",
      scheme="uk_account", spoken=True, canon="40116231926819",
      extra=["forty, eleven, sixty-two", "three one nine two six eight one nine"]),
    P("oh seven seven double oh, nine double oh, four eight two", "phone", spoken=True, canon="07700900482"),
    P("07700 900317", "phone"),
], [
    L("six hundred quid", "price"), L("8800412736", "customer"), L("45210", "meter"), L("41877", "meter"),
    L("£212.40", "price"), L("BW-5530921", "reference"), L("48 hours", "duration"),
]),

# ------------------------------------------------------------------ UK bank fraud, lower-case ASR, [SPEAKER_nn]
rec("en-call-002", """
[SPEAKER_00] you're through to the fraud team at harbour bank my name is megan can i take your full name please
[SPEAKER_01] yeah it's daniel hughes
[SPEAKER_00] thanks daniel and your date of birth
[SPEAKER_01] fourteenth of february eighty eight
[SPEAKER_00] and the postcode we hold for you
[SPEAKER_01] m fourteen five r l
[SPEAKER_00] lovely thank you so what's happened today
[SPEAKER_01] um i got a call from someone saying they were from you and they got me to move money to a safe account i think i've been scammed
[SPEAKER_00] okay i'm really sorry to hear that let's get this sorted can you read me the long number on your card
[SPEAKER_01] four five five one two nine oh nine two eight seven seven three eight six two
[SPEAKER_00] thank you i've stopped that card now and where did you send the money
[SPEAKER_01] they said it was in the name of marcus bell sort code twenty forty-four nineteen account seven one three three oh eight five two
[SPEAKER_00] and how much did you send
[SPEAKER_01] two payments one of nine hundred and ninety nine pounds and one of four hundred
[SPEAKER_00] okay i've raised a claim under reference f r nine nine two one four and we'll contact the receiving bank can we call you back on oh one six one four nine six oh double one two
[SPEAKER_01] yeah that's my landline
[SPEAKER_00] we aim to give you an answer within fifteen business days and please don't answer any more calls like that one
[SPEAKER_01] thank you megan
""", [
    N("megan"),
    N("daniel hughes"),
    P("fourteenth of february eighty eight", "birth_date"),
    P("m fourteen five r l", "postcode"),
    P("four five five one two nine oh nine two eight seven seven three eight six two", "card", scheme="card",
      spoken=True, canon="4551290928773862"),
    N("marcus bell"),
    P("sort code twenty forty-four nineteen account seven one three three oh eight five two", "iban",
      scheme="uk_account", spoken=True, canon="20441971330852",
      extra=["twenty forty-four nineteen", "seven one three three oh eight five two"]),
    P("oh one six one four nine six oh double one two", "phone", spoken=True, canon="01614960112"),
], [
    L("two payments", "quantity"), L("nine hundred and ninety nine pounds", "price"), L("four hundred", "price"),
    L("f r nine nine two one four", "claim"), L("fifteen business days", "duration"), L("harbour bank", "company"),
]),

# ------------------------------------------------------------------ GP surgery (Wales), NHS number read in groups
rec("en-call-003", """
Receptionist: Good afternoon, Roath Park Surgery, Bethan speaking.
Caller: Hello, my name's Aisha Rahman, I'm calling on behalf of my dad, Mohammed Rahman. He needs his repeat prescription but he's not well enough to come in.
Receptionist: That's fine. Are you listed as his representative?
Caller: I think so, yes. His NHS number is six two oh, five eight eight, six five six one.
Receptionist: Thank you. And his date of birth?
Caller: 3rd of March 1947.
Receptionist: And the address we have is 27 Wellington Road, Cardiff, CF11 9LN?
Caller: That's right.
Receptionist: OK, so it's the Amlodipine 5mg and the Ramipril, 28 days each. Dr Okafor wants to see him for a blood pressure review before the next one though.
Caller: Could she do a home visit? He really can't manage the stairs. His carer, Gwen, is with him most mornings.
Receptionist: I'll put a note in for the home visits list. It'll probably be Thursday, late morning. Which number should the doctor ring?
Caller: My mobile, 07700 900861, or his landline 029 2018 0734.
Receptionist: The prescription will go to Boots on Albany Road and be ready after 2pm tomorrow. Your request number is 44918.
Caller: Thanks so much, Bethan.
""", [
    N("Bethan"),
    N("Aisha Rahman"),
    N("Mohammed Rahman"),
    P("six two oh, five eight eight, six five six one", "national_id", scheme="nhs", spoken=True, canon="6205886561"),
    P("3rd of March 1947", "birth_date"),
    A("27 Wellington Road, Cardiff, CF11 9LN", street="27 Wellington Road", postcode="CF11 9LN"),
    N("Dr Okafor", only=["Okafor"]),
    N("Gwen"),
    P("07700 900861", "phone"),
    P("029 2018 0734", "phone"),
], [
    L("Amlodipine 5mg", "product"), L("28 days", "duration"), L("Thursday, late morning", "time"),
    L("Boots", "company"), L("after 2pm tomorrow", "time"), L("44918", "reference"),
]),

# ------------------------------------------------------------------ Irish telecom, (mm:ss) stamps, PPSN + Eircode
rec("en-call-004", """
(00:00) Agent: Thanks for calling Emerald Mobile, you're speaking with Ciarán.
(00:04) Customer: Hi Ciarán, it's Siobhán Murphy here, I'm trying to set up bill pay but the app keeps failing the ID check.
(00:11) Agent: No bother, I can do that over the phone. How are you spelling your first name?
(00:15) Customer: S-I-O-B-H-A-N, with a fada on the A.
(00:21) Agent: Grand. For the credit check I'll need your PPS number.
(00:24) Customer: Five six seven five one five oh G.
(00:31) Agent: And your address with the Eircode?
(00:33) Customer: 31 Usher's Quay, Dublin 8, D08 K7P2.
(00:41) Agent: Lovely. And the bank account for the direct debit?
(00:44) Customer: IE57 AIBK 0275 2728 9214 51. It's a joint account with my husband, Darragh.
(00:52) Agent: That's no problem once you're one of the account holders. Contact number?
(00:55) Customer: Oh eight seven, two three four, five six one nine.
(01:01) Agent: Perfect. So that's the Unlimited 5G plan at €35 a month, 24-month contract, and your order number is EM-2290174. You'll get a text within 2 hours.
(01:10) Customer: Brilliant, thanks a million.
""", [
    N("Ciarán"),
    N("Siobhán Murphy", extra=["S-I-O-B-H-A-N"]),
    P("Five six seven five one five oh G", "national_id", scheme="ppsn", spoken=True, canon="5675150G"),
    A("31 Usher's Quay, Dublin 8, D08 K7P2", street="31 Usher's Quay", postcode="D08 K7P2"),
    P("IE57 AIBK 0275 2728 9214 51", "iban", scheme="iban"),
    N("Darragh"),
    P("Oh eight seven, two three four, five six one nine", "phone", spoken=True, canon="0872345619"),
], [
    L("Unlimited 5G", "product"), L("€35", "price"), L("24-month", "duration"), L("EM-2290174", "order"),
    L("2 hours", "duration"), L("Emerald Mobile", "company"),
]),

# ------------------------------------------------------------------ US health insurance, SSN + dependant
rec("en-call-005", """
Representative: Thank you for calling Lakeshore Health Plans, this is Tyler. Can I have your member ID?
Caller: Sure, it's XJH448201937.
Representative: Thank you. Who am I speaking with?
Caller: Robert Kowalski.
Representative: Mr. Kowalski, to verify, can I get your date of birth and the last four of your social?
Caller: June 9, 1981. Actually, I'll give you the whole thing because the new card has it wrong: five one eight, four four, two oh nine three.
Representative: Got it, 518-44-2093. I see the mismatch, I'll fix that. What else can I help with?
Caller: My daughter Emily had an ER visit on March 2nd and we got a bill for $1,840. Her date of birth is April 2nd, 2012, in case that's the issue.
Representative: I see claim 2024031500871. It was denied because it was listed as out-of-network. The attending physician was Dr. Anjali Patel?
Caller: Yes, but that was an emergency, we didn't choose the doctor.
Representative: Understood, I'll send it back for reprocessing as an emergency. Is your address still 2150 N Halsted St, Apt 3B, Chicago, IL 60614?
Caller: Yes.
Representative: And the best phone number?
Caller: (312) 555-0147.
Representative: You'll get an updated EOB in 30 to 45 days. Your call reference is 77-RK-2291.
""", [
    N("Tyler"),
    N("Robert Kowalski"),
    P("June 9, 1981", "birth_date"),
    P("five one eight, four four, two oh nine three", "national_id", scheme="ssn", spoken=True, canon="518-44-2093"),
    P("518-44-2093", "national_id", scheme="ssn"),
    N("Emily"),
    P("April 2nd, 2012", "birth_date"),
    N("Dr. Anjali Patel"),
    A("2150 N Halsted St, Apt 3B, Chicago, IL 60614", street="2150 N Halsted St", postcode="60614"),
    P("(312) 555-0147", "phone"),
], [
    L("XJH448201937", "member"), L("March 2nd", "date"), L("$1,840", "price"), L("2024031500871", "claim"),
    L("30 to 45 days", "duration"), L("77-RK-2291", "reference"), L("Lakeshore Health Plans", "company"),
]),

# ------------------------------------------------------------------ Canadian bank, SIN, transit/institution/account
rec("en-call-006", """
Agent: Maple Trust, good afternoon, my name is Marc-André. How can I help you today?
Client: Hi, this is Mei-Ling Chen. I'm opening a TFSA and the form online wants my SIN but it keeps giving me an error.
Agent: I can take that over the phone. Go ahead when you're ready.
Client: It's three oh nine, oh seven nine, six two two.
Agent: Thank you, that validated fine. And your current address?
Client: 88 Queens Quay West, Unit 1502, Toronto, Ontario, M5J 0B8.
Agent: Great. For the initial contribution of $2,500, which account should we pull from?
Client: My chequing. Transit 00452, institution 004, account 5029113.
Agent: Perfect. Do you want to add a successor holder?
Client: Yes, my husband, David Chen. His date of birth is November 30, 1979.
Agent: Got it. And a phone number to reach you?
Client: (416) 555-0193.
Agent: You're all set. The contribution will show by the 15th, usually within 5 business days. Reference number CA-77120.
""", [
    N("Marc-André"),
    N("Mei-Ling Chen"),
    P("three oh nine, oh seven nine, six two two", "national_id", scheme="sin", spoken=True, canon="309079622"),
    A("88 Queens Quay West, Unit 1502, Toronto, Ontario, M5J 0B8", street="88 Queens Quay West", postcode="M5J 0B8"),
    P("Transit 00452, institution 004, account 5029113", "iban", scheme="ca_account", canon="004520045029113",
      extra=["5029113"]),
    N("David Chen"),
    P("November 30, 1979", "birth_date"),
    P("(416) 555-0193", "phone"),
], [
    L("TFSA", "product"), L("$2,500", "price"), L("the 15th", "date"), L("5 business days", "duration"),
    L("CA-77120", "reference"), L("Maple Trust", "company"),
]),

# ------------------------------------------------------------------ Australian super fund, TFN + Medicare + BSB
rec("en-call-007", """
Consultant: G'day, you're speaking with Bronwyn at Southern Cross Super. Can I grab your member number?
Member: Yeah, it's 4410-882-017.
Consultant: Thanks. And your full name?
Member: Chloe Nguyen.
Consultant: Thanks Chloe. What can I do for you?
Member: I got a letter saying you don't have my tax file number, so my contributions are being taxed at the top rate?
Consultant: That's right, without a TFN we have to withhold 47%. Do you have it handy?
Member: Yep. Seven six nine, nine eight seven, oh four oh.
Consultant: Lovely, that's been accepted. While I've got you, the insurance claim form also asked for your Medicare number.
Member: It's 6742 69778 2.
Consultant: Got it. Address still 12 Wattle Street, Fitzroy VIC 3065?
Member: No, we moved. It's 5/41 Brunswick Road, Brunswick East VIC 3057 now. My partner Liam is on the lease too if that matters.
Consultant: It doesn't for us, just you. And for the refund of the excess tax, which account?
Member: BSB 063 019, account 1048 7723.
Consultant: And a mobile?
Member: 0491 570 156.
Consultant: Beauty. The refund of $1,284.60 should come through in 10 business days. Your employer, Harvey Norman, will keep paying the 11% as usual.
""", [
    N("Bronwyn"),
    N("Chloe Nguyen"),
    P("Seven six nine, nine eight seven, oh four oh", "national_id", scheme="tfn", spoken=True, canon="769987040"),
    P("6742 69778 2", "national_id", scheme="medicare_au"),
    A("12 Wattle Street, Fitzroy VIC 3065", street="12 Wattle Street", postcode="3065"),
    A("5/41 Brunswick Road, Brunswick East VIC 3057", street="5/41 Brunswick Road", postcode="3057"),
    N("Liam"),
    P("BSB 063 019, account 1048 7723", "iban", scheme="au_account", canon="06301910487723", extra=["1048 7723"]),
    P("0491 570 156", "phone"),
], [
    L("4410-882-017", "member"), L("47%", "percentage"), L("$1,284.60", "price"), L("10 business days", "duration"),
    L("Harvey Norman", "company"), L("11%", "percentage"),
]),

# ------------------------------------------------------------------ New Zealand KiwiSaver, IRD + bank account
rec("en-call-008", """
Aroha: Kia ora, you're through to Tōtara KiwiSaver, my name's Aroha.
Caller: Kia ora Aroha, it's Tama Ngata. I want to change my contribution rate and update some details.
Aroha: Sweet as. Can I confirm your IRD number first?
Caller: 105-435-606.
Aroha: Thanks Tama. And your date of birth?
Caller: 17 October 1990.
Aroha: Perfect. What rate would you like?
Caller: From 3% up to 6%. My employer, Fletcher Building, said they'll keep matching 3%.
Aroha: No worries, I'll send the form to them. Any other changes?
Caller: New address: 27 Cuba Street, Te Aro, Wellington 6011. And the bank account for any withdrawals is 12-3140-0847261-00.
Aroha: Got it. And is 021 044 7731 still your mobile?
Caller: Yes. Oh, and I want to add my daughter Mere as beneficiary. She's only 9, is that okay?
Aroha: That's fine, we'll just need her full name and date of birth on the form.
Caller: Mere Ngata, 4 June 2015.
Aroha: All done. Your balance is $38,412.50 as of 1 April. You'll get a confirmation email within 3 working days.
""", [
    N("Aroha"),
    N("Tama Ngata"),
    P("105-435-606", "national_id", scheme="ird"),
    P("17 October 1990", "birth_date"),
    A("27 Cuba Street, Te Aro, Wellington 6011", street="27 Cuba Street", postcode="6011"),
    P("12-3140-0847261-00", "iban", scheme="nz_account"),
    P("021 044 7731", "phone"),
    N("Mere Ngata"),
    P("4 June 2015", "birth_date"),
], [
    L("3%", "percentage"), L("6%", "percentage"), L("Fletcher Building", "company"), L("$38,412.50", "price"),
    L("1 April", "date"), L("3 working days", "duration"), L("Tōtara KiwiSaver", "company"),
]),

# ------------------------------------------------------------------ South African municipality, prepaid electricity, no labels
rec("en-call-009", """
— Good morning, City Power customer care, my name is Lerato.
— Morning Lerato. I bought electricity last night and the token isn't working on my meter.
— Sorry about that ma'am. Can I have your name and ID number?
— Thandiwe Mokoena. ID is seven six oh four two three, four oh four two, oh eight five.
— Thank you Mrs Mokoena. What is the meter number?
— 04223188410.
— I can see the purchase of R350.00 at 21:14, 82.6 kWh. The token was generated against an old key revision. I'll issue two key change tokens, please enter them before the electricity token.
— OK. Can you SMS them? My son Sipho is at home, he'll type them in. Send it to 082 555 0143.
— Done. The address on the account is 14 Jan Smuts Avenue, Parktown, 2193?
— Yes.
— Your reference number is CP2024/118290. If it still fails, a technician will come within 48 hours.
— Also, my neighbour, Mrs Botha, has the same problem.
— She must call us herself, ma'am, we can't log it from your account. Anything else?
— No, thank you.
""", [
    N("Lerato"),
    N("Thandiwe Mokoena"),
    P("seven six oh four two three, four oh four two, oh eight five", "national_id", scheme="za_id",
      spoken=True, canon="7604234042085"),
    N("Sipho"),
    P("082 555 0143", "phone"),
    A("14 Jan Smuts Avenue, Parktown, 2193", street="14 Jan Smuts Avenue", postcode="2193"),
    N("Mrs Botha", only=["Botha"]),
], [
    L("04223188410", "meter"), L("R350.00", "price"), L("21:14", "time"), L("82.6 kWh", "quantity"),
    L("CP2024/118290", "reference"), L("48 hours", "duration"), L("two key change tokens", "quantity"),
]),

# ------------------------------------------------------------------ Indian telecom KYC, Aadhaar + PAN spelled
rec("en-call-010", """
Executive: Thank you for calling Bharat Connect, this is Deepika, how may I help you?
Customer: Hello madam, I am Ramesh Iyer. My SIM is blocked because of KYC pending, it seems.
Executive: Sorry for the trouble sir. I can complete re-verification on call. May I have your Aadhaar number please?
Customer: Two eight two four, three eight two four, five one three five.
Executive: Thank you sir. And the PAN for the postpaid plan?
Customer: B N Z P K four eight two one Q.
Executive: And the registered mobile number?
Customer: Plus ninety-one, nine eight four five oh, one two seven six three.
Executive: Address please sir.
Customer: Flat 302, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038.
Executive: Thank you. Your date of birth?
Customer: 12 December 1975.
Executive: OK sir. You are on the 5G Unlimited ₹499 plan. Shall I also add your wife's number as an add-on?
Customer: Yes, Lakshmi's number is 98860 44217.
Executive: Done. Your ticket number is 8841207 and the SIM will be active within 4 hours.
""", [
    N("Deepika"),
    N("Ramesh Iyer"),
    P("Two eight two four, three eight two four, five one three five", "national_id", scheme="aadhaar",
      spoken=True, canon="282438245135"),
    P("B N Z P K four eight two one Q", "national_id", scheme="pan", spoken=True, canon="BNZPK4821Q"),
    P("Plus ninety-one, nine eight four five oh, one two seven six three", "phone", spoken=False),
    A("Flat 302, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038",
      street="Flat 302, Sai Krupa Apartments", postcode="560038"),
    P("12 December 1975", "birth_date"),
    N("Lakshmi"),
    P("98860 44217", "phone"),
], [
    L("5G Unlimited", "product"), L("₹499", "price"), L("8841207", "ticket"), L("4 hours", "duration"),
    L("Bharat Connect", "company"),
]),

# ------------------------------------------------------------------ UK parcel carrier, upper-case labels with timestamps
rec("en-call-011", """
[00:00:01] AGENT: Swiftway Parcels, you're speaking to Jordan, can I take your tracking number?
[00:00:06] CALLER: Yeah, it's JD0002212345678901. It says delivered but I've got nothing.
[00:00:14] AGENT: Let me check. It was delivered at 13:42 yesterday and left with a neighbour at number 25, signed by "PATEL".
[00:00:22] CALLER: Mr Patel's been away for a fortnight, so that can't be right.
[00:00:27] AGENT: Hmm. Can I confirm the delivery address: Flat 4, 27 Albert Road, Bristol, BS2 0XA?
[00:00:33] CALLER: That's right. My name's Hannah Okonkwo.
[00:00:37] AGENT: Thanks Hannah. The driver, Gary, has a photo on file, it shows a blue door. Is yours blue?
[00:00:43] CALLER: No, ours is green. I think it went to Albert Street by mistake, that's happened before.
[00:00:49] AGENT: I'll open an investigation, reference SW-4471-03. It's 3 parcels from the same order, a Dyson V8 and two smaller boxes. Best number?
[00:00:57] CALLER: 0117 496 0582, or email hannah.ok@example.com.
[00:01:03] AGENT: Great. We'll come back to you within 2 working days.
""", [
    N("Jordan"),
    N("Mr Patel", extra=["PATEL"], only=["Patel"]),
    A("Flat 4, 27 Albert Road, Bristol, BS2 0XA", street="27 Albert Road", postcode="BS2 0XA"),
    N("Hannah Okonkwo"),
    N("Gary"),
    P("0117 496 0582", "phone"),
    E("hannah.ok@example.com"),
], [
    L("JD0002212345678901", "tracking"), L("13:42", "time"), L("number 25", "other"), L("SW-4471-03", "case"),
    L("3 parcels", "quantity"), L("Dyson V8", "product"), L("2 working days", "duration"),
]),

# ------------------------------------------------------------------ UK car insurance, NATO alphabet plate
rec("en-call-012", """
Agent: Kestrel Insurance claims, Rob speaking. Is anyone injured?
Caller: No, thankfully. Someone went into the back of me at the lights on Hills Road.
Agent: Glad you're okay. Can I take your name and the registration?
Caller: Olivia Bennett, and it's Lima Romeo one nine, Kilo Delta November.
Agent: LR19 KDN, a grey Ford Fiesta?
Caller: That's it.
Agent: And your date of birth, Olivia?
Caller: Second of May, ninety-four.
Agent: Did you get the other driver's details?
Caller: Yes, Gareth Evans, his reg is WX68 PLM. His number is 07700 900245. And a lady who saw it gave me her name, Joan Fielding.
Agent: Brilliant. I've opened claim KI-88310-2 on policy PX4471902. Since it wasn't your fault, your £250 excess should be recovered. Hargreaves Recovery can collect the car today.
Caller: Please. It's parked outside home, 9 Mill Lane, Cambridge CB2 1RX.
Agent: And the best number for the driver?
Caller: 01223 496 0771? Sorry, 01223 496077.
Agent: No problem. The claim pack goes to your email on file, olivia.bennett@example.org.
""", [
    N("Rob"),
    N("Olivia Bennett"),
    P("LR19 KDN", "plate", scheme="uk_plate", extra=["Lima Romeo one nine, Kilo Delta November"]),
    P("Second of May, ninety-four", "birth_date"),
    N("Gareth Evans"),
    P("WX68 PLM", "plate", scheme="uk_plate"),
    P("07700 900245", "phone"),
    N("Joan Fielding"),
    A("9 Mill Lane, Cambridge CB2 1RX", street="9 Mill Lane", postcode="CB2 1RX"),
    P("01223 496077", "phone", extra=["01223 496 0771"]),
    E("olivia.bennett@example.org"),
], [
    L("Ford Fiesta", "product"), L("KI-88310-2", "claim"), L("PX4471902", "policy"), L("£250", "price"),
    L("Hargreaves Recovery", "company"), L("Hills Road", "other"),
]),
]
