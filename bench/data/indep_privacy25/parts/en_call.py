import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from common import P, L, Rec  # noqa: E402

RECORDS = []
A = RECORDS.append

# 001 UK energy, Leeds, spoken postcode and phone
A(Rec("en-call-001", """
Agent: Good morning, you're through to Northern Power customer services, my name's Chloe, can I take your account number please?
Customer: Morning. Yeah, it's 8 8 2 0 4 1 7 3 6.
Agent: Thank you. And who am I speaking to?
Customer: It's Gary Whitfield.
Agent: Thanks Gary. Can you confirm the first line of the address and the postcode?
Customer: 14 Harehills Lane, and it's L S eight, five H T.
Agent: Lovely, that's LS8 5HT. How can I help today?
Customer: I've had a letter saying my direct debit's going up to a hundred and sixty-two pounds a month, which is mental, it was ninety-eight.
Agent: I can have a look at that for you. I can see your last meter read was 24 519 on the electric on the 3rd of January and gas was 11 872. Have you got a more recent reading?
Customer: Hang on... electric's 25 388 and gas is 12 040.
Agent: Perfect. So the estimate was quite high. With those reads I can bring it down to a hundred and twelve pounds.
Customer: That's better. Can you also add my partner to the account? Her name's Donna Pickering.
Agent: I'd need to speak to Donna as well, for data protection. Is she there?
Customer: No, she's at work. Can she ring back?
Agent: Yeah, she can call us on 0800 111 222 and quote reference NP-5521093. What's the best number for you, Gary?
Customer: Oh seven seven double oh, nine double oh, one two three.
Agent: And is the email still gary.w@example.com?
Customer: Yeah that's right.
Agent: Brilliant. And the direct debit still comes out of the Barclays account ending 0590 29? Full number on file GB60 BARC 2961 4493 0590 29?
Customer: Yeah, that's the one.
Agent: All done. You'll get a confirmation within 48 hours. Anything else I can help with?
Customer: No, cheers Chloe.
""", [
    P("Chloe", "name"),
    P("Gary Whitfield", "name", "Gary"),
    P("14 Harehills Lane", "address", "14 Harehills Lane"),
    P("L S eight, five H T", "postcode"),
    P("LS8 5HT", "postcode"),
    P("Donna Pickering", "name", "Donna"),
    P("Oh seven seven double oh, nine double oh, one two three", "phone"),
    P("gary.w@example.com", "email"),
    P("GB60 BARC 2961 4493 0590 29", "iban", scheme="iban"),
], [
    L("8 8 2 0 4 1 7 3 6", "account_number"), L("a hundred and sixty-two pounds", "price"), L("24 519", "meter_reading"),
    L("11 872", "meter_reading"), L("25 388", "meter_reading"), L("12 040", "meter_reading"),
    L("NP-5521093", "reference"), L("0800 111 222", "org_hotline"), L("48 hours", "duration"),
]))

# 002 UK bank fraud, lower-case ASR, card read digit by digit
A(Rec("en-call-002", """
agent: you're through to the fraud team at harbour bank my name is priya can i start with your full name
caller: yeah hi it's daniel o'connor
agent: thanks daniel and your date of birth
caller: nineteenth of march nineteen ninety
agent: and the first line of your address
caller: flat three twenty seven cavendish road manchester
agent: and postcode
caller: m twenty one j g
agent: lovely thank you you're fully verified so how can i help
caller: um i've got a text saying there's a payment of four hundred and ninety nine pounds to some electronics site and that wasn't me
agent: okay can you read me the long number on the front of the card
caller: yeah it's four five seven oh nine six three one five double oh four eight oh double nine
agent: thank you so i can see that transaction it's pending at the moment i'm going to cancel the card and raise a dispute
caller: ok do i need a new card
agent: yes a new one will be with you in three to five working days the case reference is f r seven seven three one two
caller: and can you send the new pin to my mum's address cos i'm staying with her at the minute her name's margaret o'connor
agent: i'm afraid we can only send it to the registered address for security
caller: ok fair enough
agent: and can i just check the mobile we've got is oh seven seven double oh nine double oh four four six
caller: yep
agent: great and the current account the card is linked to is sort code five seven six three seven one account nine oh nine one seven three three oh
caller: yeah that's right
agent: perfect you're all sorted daniel is there anything else
caller: no thanks priya
""", [
    P("priya", "name"),
    P("daniel o'connor", "name", "daniel"),
    P("nineteenth of march nineteen ninety", "birth_date"),
    P("flat three twenty seven cavendish road manchester", "address", "twenty seven cavendish road"),
    P("m twenty one j g", "postcode"),
    P("four five seven oh nine six three one five double oh four eight oh double nine", "card",
      scheme="card", canon="4570963150048099"),
    P("margaret o'connor", "name", "margaret"),
    P("oh seven seven double oh nine double oh four four six", "phone"),
    P("sort code five seven six three seven one account nine oh nine one seven three three oh", "iban",
      "nine oh nine one seven three three oh", scheme="plain_account", canon="57637190917330"),
], [
    L("harbour bank", "organisation"), L("four hundred and ninety nine pounds", "price"),
    L("three to five working days", "duration"), L("f r seven seven three one two", "case_number"),
    L("the fraud team", "department"), L("electronics site", "merchant"),
]))

# 003 NHS GP practice, NHS number spoken
A(Rec("en-call-003", """
Receptionist: Good afternoon, Millbrook Surgery, Jess speaking.
Patient: Hi, it's Amina Yusuf. I need to book an appointment for my son, Ibrahim.
Receptionist: Of course. What's his date of birth?
Patient: Second of June, 2018.
Receptionist: And do you have his NHS number handy?
Patient: Yeah, it's six one six, eight oh two, three four oh two.
Receptionist: Thank you. What's the problem today?
Patient: He's had a temperature of about 38.9 since Sunday and he's pulling at his ear.
Receptionist: Okay. Dr Okafor has an appointment at 4:10 today, would that work?
Patient: Yes please. Actually, is Dr Hamilton in? He saw Ibrahim last time.
Receptionist: Dr Hamilton's not in until Thursday, so Dr Okafor it is. Can I check the address, is it still 58 Gloucester Road, Bristol, BS7 8AE?
Patient: Yes.
Receptionist: And the contact number 0117 496 0732?
Patient: That's the landline, better to use my mobile, 07700 900 618.
Receptionist: Updated. If he gets worse before then, call 111. And your own NHS number, for the file? We've got 972 432 2033 for you.
Patient: That's right.
Receptionist: Lovely, see you at ten past four.
""", [
    P("Jess", "name"),
    P("Amina Yusuf", "name"),
    P("Ibrahim", "name"),
    P("Second of June, 2018", "birth_date"),
    P("six one six, eight oh two, three four oh two", "national_id", scheme="nhs", canon="6168023402"),
    P("Okafor", "name"),
    P("Hamilton", "name"),
    P("58 Gloucester Road, Bristol, BS7 8AE", "address", "58 Gloucester Road", "BS7 8AE"),
    P("0117 496 0732", "phone"),
    P("07700 900 618", "phone"),
    P("972 432 2033", "national_id", scheme="nhs"),
], [
    L("Millbrook Surgery", "organisation"), L("38.9", "measurement"), L("since Sunday", "duration"),
    L("4:10", "time"), L("111", "org_hotline"), L("ten past four", "time"),
]))

# 004 Irish utility, PPSN, Eircode, IBAN
A(Rec("en-call-004", """
Agent: Good morning, Emerald Energy, you're speaking with Ciarán. Can I have your account number?
Caller: Hiya, it's 2-0-0-9-4-1-7-7.
Agent: And the name on the account?
Caller: Siobhán Ní Bhriain. That's S-I-O-B-H-A-N, fada on the a.
Agent: Thanks Siobhán. And can you confirm the address?
Caller: 12 Oakwood Avenue, Ballincollig, Co. Cork. Eircode P31 X2F4.
Agent: Grand. What can I do for you?
Caller: I'm applying for the Household Benefits fuel allowance for my dad, he's moving in with me, and they said I need to register him as a vulnerable customer on my account.
Agent: No bother. What's his name?
Caller: Tadhg O'Brien. He's on oxygen at night, so we can't have the power cut off.
Agent: I'll add him to the Special Services Register. For the allowance, the Department will need his PPS number, but I can note it too if you like.
Caller: Sure, it's one two oh two three nine five L.
Agent: Okay, 1202395L. And a contact number in case of planned outages?
Caller: 087 316 4402.
Agent: And the direct debit will stay on IE41 AIBK 8049 9910 6974 57?
Caller: Yes.
Agent: Perfect. Your bill for March was €187.45, and with the credit it'll come down to €153. Anything else?
Caller: No, thanks a million, Ciarán.
""", [
    P("Ciarán", "name"),
    P("Siobhán Ní Bhriain", "name", "S-I-O-B-H-A-N"),
    P("12 Oakwood Avenue, Ballincollig, Co. Cork", "address", "12 Oakwood Avenue"),
    P("P31 X2F4", "postcode"),
    P("Tadhg O'Brien", "name"),
    P("one two oh two three nine five L", "national_id", scheme="ppsn", canon="1202395L"),
    P("1202395L", "national_id", scheme="ppsn"),
    P("087 316 4402", "phone"),
    P("IE41 AIBK 8049 9910 6974 57", "iban", scheme="iban"),
], [
    L("Emerald Energy", "organisation"), L("2-0-0-9-4-1-7-7", "account_number"), L("Household Benefits", "programme"),
    L("Special Services Register", "programme"), L("€187.45", "price"), L("€153", "price"),
]))

# 005 US telecom, [SPEAKER n], SSN
A(Rec("en-call-005", """
[SPEAKER 1] Thank you for calling Liberty Wireless, this is Marcus, who do I have the pleasure of speaking with?
[SPEAKER 2] Hi Marcus, this is Jennifer Alvarez.
[SPEAKER 1] Hi Jennifer. What can I help you with today?
[SPEAKER 2] I want to open a new line for my daughter, she's turning thirteen.
[SPEAKER 1] Congratulations! For a new line I need to run a quick credit check. Can I get the last four of your social?
[SPEAKER 2] You know what, the app said I need the full one. It's 523-71-4408.
[SPEAKER 1] Perfect, that went through. And your date of birth?
[SPEAKER 2] July 9th, 1984.
[SPEAKER 1] Great. And what's the billing address?
[SPEAKER 2] 4417 North Winchester Avenue, Apartment 2B, Chicago, Illinois 60640.
[SPEAKER 1] And your daughter's name for the line?
[SPEAKER 2] Sofia Alvarez. And my husband Luis is the other line on the plan already.
[SPEAKER 1] Yep, I see Luis on there. The new number will be (312) 555-0147, does that work?
[SPEAKER 2] Sure.
[SPEAKER 2] Can she get the cheaper phone, the one you had on the website? The one for like two hundred bucks?
[SPEAKER 1] That would be the Galaxy A15, it's $199.99 or $8.34 a month for 24 months. It comes in black or light blue.
[SPEAKER 2] Light blue. She'll like that. And can I put parental controls on it?
[SPEAKER 1] Yes, you can add SafeKids for $4.99 a month, or use the free controls in the phone settings. Most parents start with the free ones.
[SPEAKER 2] Free is fine. What about insurance?
[SPEAKER 1] Device protection is $7 a month with a $99 deductible for screen repairs. Honestly, with a thirteen-year-old...
[SPEAKER 2] Ha, yeah, add it.
[SPEAKER 1] Done. Please hold for just a moment while I submit the credit check.
[SPEAKER 1] [hold music]
[SPEAKER 1] Thanks for holding, Jennifer. You're approved.
[SPEAKER 1] Your total with the Family Unlimited plan will be $140 a month for three lines plus the Galaxy A15 at $8.34 a month for 24 months. Order number LW-7730129.
[SPEAKER 2] Okay. Can you text me the confirmation at my number, 773-555-0188?
[SPEAKER 1] Absolutely. And I'll email it to j.alvarez84@example.com as well. Anything else today?
[SPEAKER 2] No, that's it. Thanks!
""", [
    P("Marcus", "name"),
    P("Jennifer Alvarez", "name"),
    P("523-71-4408", "national_id", scheme="ssn"),
    P("July 9th, 1984", "birth_date"),
    P("4417 North Winchester Avenue, Apartment 2B, Chicago, Illinois 60640", "address",
      "4417 North Winchester Avenue", "60640"),
    P("Sofia Alvarez", "name"),
    P("Luis", "name"),
    P("(312) 555-0147", "phone"),
    P("773-555-0188", "phone"),
    P("j.alvarez84@example.com", "email"),
], [
    L("Liberty Wireless", "organisation"), L("Family Unlimited", "product"), L("$140 a month", "price"),
    L("Galaxy A15", "product"), L("$8.34 a month for 24 months", "price"), L("LW-7730129", "order_number"),
    L("three lines", "quantity"), L("$199.99", "price"), L("SafeKids", "product"),
    L("$7 a month", "price"), L("$99 deductible", "price"),
]))

# 006 Canada, tax/benefits call, spk labels, SIN spoken
A(Rec("en-call-006", """
spk_0: Canada Benefits Helpdesk, my name is Agent Tremblay, ID 4471. Before we begin, can I have your full name?
spk_1: Yeah, it's Wei Zhang. W-E-I, Z-H-A-N-G.
spk_0: Thank you. And your social insurance number?
spk_1: Three oh five, four two two, four five three.
spk_0: Thank you. And your date of birth?
spk_1: November twenty-second, 1991.
spk_0: And the amount you entered on line 15000 of your 2023 return?
spk_1: Uh, I think it was 58,240.
spk_0: That matches. How can I help?
spk_1: I haven't received my Canada Child Benefit since I moved. My new address is 218 Rue Saint-Paul Ouest, Montréal, Quebec, H2Y 1Z8.
spk_0: I see the old address is 85 Bloor Street West, Unit 1207, Toronto, M5S 1M3. That would explain it. I'll update it now. Is your spouse, Mei Lin Chen, also at the new address?
spk_1: Yes, and our son, Ethan.
spk_0: Okay. Payments were on hold since April. You'll receive the back payments of $1,874.22 within 10 business days. Direct deposit is still to the account at institution 004, transit 12345, account 5567821?
spk_1: Yes, that's right.
spk_0: And a phone number?
spk_1: (514) 555-0162.
spk_0: Thank you, Mr. Zhang. Your reference number is 2024-CCB-889104.
""", [
    P("Tremblay", "name"),
    P("Wei Zhang", "name", "W-E-I, Z-H-A-N-G", "Zhang"),
    P("Three oh five, four two two, four five three", "national_id", scheme="sin", canon="305422453"),
    P("November twenty-second, 1991", "birth_date"),
    P("218 Rue Saint-Paul Ouest, Montréal, Quebec, H2Y 1Z8", "address", "218 Rue Saint-Paul Ouest", "H2Y 1Z8"),
    P("85 Bloor Street West, Unit 1207, Toronto, M5S 1M3", "address", "85 Bloor Street West", "M5S 1M3"),
    P("Mei Lin Chen", "name"),
    P("Ethan", "name"),
    P("institution 004, transit 12345, account 5567821", "iban", "5567821", scheme="plain_account"),
    P("(514) 555-0162", "phone"),
], [
    L("ID 4471", "staff_id"), L("line 15000", "form_field"), L("58,240", "price"), L("$1,874.22", "price"),
    L("10 business days", "duration"), L("2024-CCB-889104", "reference"), L("Canada Child Benefit", "programme"),
]))

# 007 Australia, superannuation fund, timestamps
A(Rec("en-call-007", """
00:00:01 AGENT: G'day, you've called Southern Cross Super, my name's Brooke. Can I get your member number?
00:00:06 CALLER: Yeah, it's 1 0 0 4 8 8 2 3 1.
00:00:12 AGENT: Thanks. And your full name and date of birth?
00:00:15 CALLER: Liam Fitzgerald, 14th of August 1979.
00:00:20 AGENT: Thanks Liam. What can I help with today?
00:00:23 CALLER: I just changed jobs and I want to consolidate my old super into this account. Do you need my tax file number?
00:00:30 AGENT: We've got a TFN on file, but let me just confirm it. Can you read it out?
00:00:34 CALLER: Four one one, oh four nine, nine eight nine.
00:00:41 AGENT: That matches. And your residential address?
00:00:44 CALLER: 22 Kembla Street, Wollongong NSW 2500.
00:00:50 AGENT: Beautiful. Your current balance is $84,311.06. I can see another fund holding $12,900. I'll start the rollover, which takes up to 3 business days.
00:01:02 CALLER: Great. Oh, and my wife Kate needs to be added as a binding beneficiary, along with our daughter Ruby.
00:01:08 AGENT: For a binding nomination you need to fill out a form with two witnesses. I'll email it to you. Is it still liam.fitz@example.com?
00:01:15 CALLER: Yep. And my mobile's changed, it's 0491 570 159.
00:01:20 AGENT: Updated. If you want your insurance payout to go to your bank, it's BSB 062-000, account 1234 5678 on file?
00:01:27 CALLER: Yes.
00:01:28 AGENT: Done. Case number is SCS-221047. Anything else, Liam?
""", [
    P("Brooke", "name"),
    P("Liam Fitzgerald", "name", "Liam"),
    P("14th of August 1979", "birth_date"),
    P("Four one one, oh four nine, nine eight nine", "national_id", scheme="tfn", canon="411049989"),
    P("22 Kembla Street, Wollongong NSW 2500", "address", "22 Kembla Street", "2500"),
    P("Kate", "name"),
    P("Ruby", "name"),
    P("liam.fitz@example.com", "email"),
    P("0491 570 159", "phone"),
    P("BSB 062-000, account 1234 5678", "iban", "1234 5678", scheme="plain_account"),
], [
    L("1 0 0 4 8 8 2 3 1", "member_number"), L("$84,311.06", "price"), L("$12,900", "price"),
    L("3 business days", "duration"), L("SCS-221047", "case_number"), L("Southern Cross Super", "organisation"),
    L("00:01:08", "timestamp"),
]))

# 008 NZ KiwiSaver, lower-case ASR without labels, IRD spoken
A(Rec("en-call-008", """
kia ora you're through to tui kiwisaver my name is hemi how can i help
hi hemi um my name is aroha te whata i want to change my contribution rate
no worries aroha can i get your ird number please
yeah it's one two one three five six five nine seven
and your date of birth
the fourth of february nineteen eighty eight
and your address
sorry you cut out there [inaudible] the the line's a bit bad
and your address please
seventeen ponsonby road grey lynn auckland one oh two one
thanks aroha you're verified what rate would you like
i'm on three percent and i want to go up to six um [crosstalk] yeah six my employer is switching me over next month
sure thing i'll update that and let your employer know through inland revenue so you're with pakuranga plumbing limited is that right
yep
and i see your partner nikau is a member too do you want me to link the accounts for the first home withdrawal
oh yeah that'd be good we're buying a place in hamilton
i can't link them but i can send you both the first home withdrawal form what's the best email
aroha dot tw at example dot com
and a mobile number
oh two one five five five oh one nine three
lovely and your withdrawal would go to the same bank account one two dash three one four oh dash oh one two three four five six dash oh oh
yes that's right
easy your reference is k s nine nine four one two thanks aroha
""", [
    P("hemi", "name"),
    P("aroha te whata", "name", "aroha", "whata"),
    P("one two one three five six five nine seven", "national_id", scheme="ird", canon="121356597"),
    P("the fourth of february nineteen eighty eight", "birth_date"),
    P("seventeen ponsonby road grey lynn auckland one oh two one", "address", "seventeen ponsonby road",
      "one oh two one"),
    P("nikau", "name"),
    P("aroha dot tw at example dot com", "email", "aroha dot tw"),
    P("oh two one five five five oh one nine three", "phone"),
    P("one two dash three one four oh dash oh one two three four five six dash oh oh", "iban", scheme="plain_account",
      canon="123140012345600"),
], [
    L("tui kiwisaver", "organisation"), L("three percent", "percentage"), L("go up to six", "percentage"),
    L("pakuranga plumbing limited", "company"), L("k s nine nine four one two", "reference"),
    L("next month", "date"),
]))

# 009 South Africa municipal utilities, upper-case labels
A(Rec("en-call-009", """
CONSULTANT: GOOD DAY, CITY UTILITIES CALL CENTRE, YOU'RE SPEAKING TO THANDI.
CUSTOMER: Morning Thandi. My name is Pieter van der Merwe, I'm calling about my water account, it's way too high.
CONSULTANT: Sorry to hear that, sir. Can I have your account number?
CUSTOMER: 4401 2276 39.
CONSULTANT: And for verification, your ID number?
CUSTOMER: Eight six oh four two two, eight oh eight eight, oh eight five.
CONSULTANT: Thank you. The property is 9 Kloof Nek Road, Tamboerskloof, Cape Town, 8001?
CUSTOMER: Ja, that's it. The bill is R4,870 for one month. Normally it's about R650.
CONSULTANT: I see the reading jumped from 1 204 kl to 1 298 kl. That could be a leak. Do you have a plumber?
CUSTOMER: My neighbour, Johan Botha, said there's water running in the pavement by my meter.
CONSULTANT: Then I'll log a leak for the city team, reference number 9100872215. If it's on the city side you won't pay for the water lost.
CUSTOMER: And if it's on my side?
CONSULTANT: Then you can apply for a leak rebate. Can I take a cell number for the technician?
CUSTOMER: 082 555 0134. Or my wife Annelie on 072 555 0198.
CONSULTANT: And do you still pay by debit order from Standard Bank account 0714 5523 281?
CUSTOMER: Yes.
CONSULTANT: I'll put a hold on the debit order until the leak is investigated. Anything else, Mr van der Merwe?
CUSTOMER: No, thank you Thandi.
""", [
    P("THANDI", "name", "Thandi"),
    P("Pieter van der Merwe", "name"),
    P("Eight six oh four two two, eight oh eight eight, oh eight five", "national_id", scheme="sa_id",
      canon="8604228088085"),
    P("9 Kloof Nek Road, Tamboerskloof, Cape Town, 8001", "address", "9 Kloof Nek Road", "8001"),
    P("Johan Botha", "name"),
    P("082 555 0134", "phone"),
    P("Annelie", "name"),
    P("072 555 0198", "phone"),
    P("0714 5523 281", "iban", scheme="plain_account"),
], [
    L("4401 2276 39", "account_number"), L("R4,870", "price"), L("R650", "price"), L("1 204 kl", "meter_reading"),
    L("1 298 kl", "meter_reading"), L("9100872215", "reference"), L("CITY UTILITIES CALL CENTRE", "organisation"),
]))

# 010 India, bank KYC update, Aadhaar/PAN
A(Rec("en-call-010", """
Executive: Thank you for calling Sahyadri Bank phone banking, my name is Rohit, how may I assist you?
Customer: Hello Rohit, I am Ananya Sharma. I got an SMS that my KYC is expired and my account will be frozen.
Executive: Yes ma'am, I will help you. Please tell me your customer ID.
Customer: 7 0 4 4 1 9 2 3.
Executive: Thank you ma'am. For verification, please confirm your registered mobile number.
Customer: 98450 12763.
Executive: Thank you. For re-KYC I need your Aadhaar and PAN.
Customer: Aadhaar is eight nine zero six, eight five zero six, six two eight two. PAN is BKRPS4471M.
Executive: Ma'am, PAN is showing name as Ananya Sharma, date of birth 12/05/1993, correct?
Customer: Yes.
Executive: And communication address, Flat 402, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038?
Customer: No, we shifted. New address is 27, 2nd Main, HSR Layout Sector 3, Bengaluru 560102.
Executive: For address change, please upload address proof in the app or visit branch. Is your husband Vikram Iyer also joint holder?
Customer: Yes, savings account ending 3312.
Executive: Then he also needs to do re-KYC ma'am. I have raised service request SR2404118873. It will be completed within 48 hours.
Customer: Okay, and one more thing, please send the statement to ananya.s93@example.com.
Executive: Sure ma'am. Thank you for banking with us.
""", [
    P("Rohit", "name"),
    P("Ananya Sharma", "name"),
    P("98450 12763", "phone"),
    P("eight nine zero six, eight five zero six, six two eight two", "national_id", scheme="aadhaar",
      canon="890685066282"),
    P("BKRPS4471M", "national_id", scheme="pan"),
    P("12/05/1993", "birth_date"),
    P("Flat 402, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038", "address",
      "Flat 402, Sai Residency, 14th Cross", "560038"),
    P("27, 2nd Main, HSR Layout Sector 3, Bengaluru 560102", "address", "27, 2nd Main", "560102"),
    P("Vikram Iyer", "name"),
    P("ananya.s93@example.com", "email"),
], [
    L("Sahyadri Bank", "organisation"), L("7 0 4 4 1 9 2 3", "customer_id"), L("ending 3312", "account_suffix"),
    L("SR2404118873", "ticket_number"), L("48 hours", "duration"), L("KYC", "process"),
]))

# 011 UK parcel carrier, no speaker labels, neighbour
A(Rec("en-call-011", """
Hello, you're through to SwiftDrop deliveries, this is Callum.
Hi Callum, I'm ringing about a parcel that says delivered but I haven't got it. My name's Rebecca Lloyd.
Sorry to hear that Rebecca. Have you got the tracking number?
Yeah, it's SD 9921 4470 63GB.
Thanks. It says delivered yesterday at 13:42 to a safe place, the green wheelie bin.
We haven't got a green bin! Our bins are black.
Okay. What's the address?
Flat 6, Rowan Court, 41 Albert Road, Southsea, PO5 2SE.
Hmm, the driver's photo shows number 14. I think it's gone to the wrong house. Do you know the neighbours at 14?
Yeah, that's Mr Patel, Dev Patel. He's away though, I think.
I'll ask the driver, Kieran, to go back and collect it from the bin at 14 tomorrow. If it's not there, we'll open an investigation with the sender.
It's a present for my daughter Evie's birthday on Saturday, it's a LEGO set, £89.99.
I understand. I'll mark it urgent. Can I take a number so Kieran can call you?
It's 07700 900 274.
And an email for updates?
becca.lloyd@example.org.
Perfect. Your reference is SWD-CS-551902. Sorry again, Rebecca.
""", [
    P("Callum", "name"),
    P("Rebecca Lloyd", "name", "Rebecca"),
    P("Flat 6, Rowan Court, 41 Albert Road, Southsea, PO5 2SE", "address", "41 Albert Road", "PO5 2SE"),
    P("Dev Patel", "name", "Patel"),
    P("Kieran", "name"),
    P("Evie", "name"),
    P("07700 900 274", "phone"),
    P("becca.lloyd@example.org", "email"),
], [
    L("SwiftDrop", "organisation"), L("SD 9921 4470 63GB", "tracking_number"), L("13:42", "time"),
    L("LEGO set", "product"), L("£89.99", "price"), L("SWD-CS-551902", "reference"), L("on Saturday", "date"),
]))

# 012 UK payroll, dash labels, NI number
A(Rec("en-call-012", """
- Payroll: Hello, Greenfield Foods payroll, Hannah speaking.
- Employee: Hi Hannah, it's Tomasz Kowalski from the Doncaster site. My employee number is GF-20877.
- Payroll: Hi Tomasz, what can I do for you?
- Employee: I think I'm on the wrong tax code. My payslip says 0T and I've lost like three hundred quid this month.
- Payroll: Let me check. Can you confirm your National Insurance number?
- Employee: JT 48 39 21 B.
- Payroll: Thanks. Yes, you're on 0T M1, an emergency code, because HMRC hasn't sent us your code since you started. It should be 1257L.
- Employee: What do I do?
- Payroll: Ring HMRC on their number and ask them to send us the right code. Once they do, it'll be corrected on the next payroll, the 28th.
- Employee: Okay. Also I've changed bank. New account is sort code 40-11-62, account number 71530982, in my name.
- Payroll: I'll update that. The old one ending 3168 will be closed off. And your address is still 3 Thorne Road, Doncaster, DN1 2HJ?
- Employee: No, I moved in with my girlfriend, Agnieszka. 29 Bawtry Road, Bessacarr, DN4 7BE.
- Payroll: Updated. Date of birth for security?
- Employee: 5th of October 1994.
- Payroll: Great. Net pay this month was £1,642.18. Any questions, email payroll@example.com.
""", [
    P("Hannah", "name"),
    P("Tomasz Kowalski", "name", "Tomasz"),
    P("JT 48 39 21 B", "national_id", scheme="nino"),
    P("sort code 40-11-62, account number 71530982", "iban", "71530982", scheme="plain_account"),
    P("3 Thorne Road, Doncaster, DN1 2HJ", "address", "3 Thorne Road", "DN1 2HJ"),
    P("Agnieszka", "name"),
    P("29 Bawtry Road, Bessacarr, DN4 7BE", "address", "29 Bawtry Road", "DN4 7BE"),
    P("5th of October 1994", "birth_date"),
], [
    L("GF-20877", "employee_number"), L("0T M1", "tax_code"), L("1257L", "tax_code"),
    L("three hundred quid", "price"), L("the 28th", "date"), L("£1,642.18", "price"), L("Greenfield Foods", "organisation"),
]))
