import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import N, E, P, L, R  # noqa: E402

RECORDS = []

# 001 UK energy supplier (Leeds), home move, Ofcom drama number, sort code + account
RECORDS.append(R("en-call-001", """Agent: Good morning, you're through to Northway Energy, my name's Callum, how can I help?
Customer: Oh hiya, it's Danielle Whitworth. I'm moving house at the end of the month and I need to move my account over.
Agent: No problem at all, Danielle. Can I just take the first line of your current address and the postcode for security?
Customer: Yeah, it's 14 Cardigan Road, LS6 2QT.
Agent: Lovely. And your date of birth?
Customer: Twenty-second of the fourth, eighty-nine.
Agent: Thank you. And where are you moving to?
Customer: 7 Church Lane in Horsforth, LS18 5LB.
Agent: Do you happen to have the meter serial number at the new property?
Customer: The estate agent sent it over, it's 19L3047725.
Agent: Brilliant. So you're on Northway Fixed 12 at the moment, that'll carry on at the new address. Based on the property the estimate's about £1,642 a year. Move date is the 31st of May?
Customer: That's right. And my partner Jordan's moving in with me, can he go on the account too?
Agent: He can, he'll just need to ring us himself to pass security. Best contact number for you?
Customer: 07700 900417.
Agent: And the email address?
Customer: It's d dot whitworth eighty-nine at example dot com.
Agent: Lovely. And the Direct Debit, same bank account?
Customer: No, new one. Sort code 80-47-54, account number 52203812.
Agent: Perfect, that's all set up. Your reference for the move is NW-448190, and you'll get confirmation in 5 to 7 working days. Anything else I can do for you?
Customer: No, that's great, ta.""", [
    N("Callum"),
    N("Danielle Whitworth"),
    P("14 Cardigan Road, LS6 2QT", "address", "14 Cardigan Road", "LS6 2QT"),
    P("Twenty-second of the fourth, eighty-nine", "birth_date"),
    P("7 Church Lane in Horsforth, LS18 5LB", "address", "7 Church Lane", "LS18 5LB"),
    N("Jordan"),
    P("07700 900417", "phone", check="ofcom"),
    E("d dot whitworth eighty-nine at example dot com", "d dot whitworth eighty-nine at example dot com",
      "d dot whitworth eighty-nine", canon="d.whitworth89@example.com"),
    P("52203812", "iban", check="iban", digits="GB15MIDL80475452203812"),
], [
    L("Northway Energy", "company"),
    L("19L3047725", "meter_number"),
    L("Northway Fixed 12", "product"),
    L("£1,642 a year", "price"),
    L("the 31st of May", "date"),
    L("NW-448190", "reference_number"),
    L("5 to 7 working days", "duration"),
]))

# 002 US cable company, lower-case ASR, digits spoken, SSN last four
RECORDS.append(R("en-call-002", """thank you for calling brightwave cable this is marcus can i get your name please
yeah hi this is jennifer kowalski
thanks jennifer and what's the phone number on the account
it's six one four five five five zero one three two
and for verification can you give me the last four of your social
four seven one two
perfect i've got you pulled up at two two one eight maple grove avenue columbus ohio four three two one five is that right
yep that's us
ok so what's going on today
my bill went up like forty dollars this month and nobody told me
i'm sorry about that it looks like your promotional rate ended so internet five hundred plus tv select went from eighty nine ninety nine to one twenty nine ninety nine
that's ridiculous
i hear you what i can do is a loyalty discount of twenty five dollars off for twelve months
ok fine i'll take that
great do you want the confirmation to the email on file j kowalski at example dot com
actually use my new one jen dot kowalski eighty one at example dot net that's k o w a l s k i
got it and is there anything else
yeah can you add my husband as an authorized user so he can call in
sure what's his full name
david kowalski he goes by dave
and a phone number for him
six one four five five five zero one seven eight
alright dave is added your confirmation number is c r eight eight four one nine and the discount shows up on your next statement
awesome thanks marcus""", [
    N("marcus"),
    N("jennifer kowalski", spelled=["k o w a l s k i"]),
    P("six one four five five five zero one three two", "phone", check="nanp", digits="6145550132"),
    P("four seven one two", "national_id", check="ssn", digits="4712"),
    P("two two one eight maple grove avenue columbus ohio four three two one five", "address",
      "two two one eight maple grove avenue", "four three two one five"),
    E("j kowalski at example dot com", "j kowalski at example dot com", "j kowalski", canon="jkowalski@example.com"),
    E("jen dot kowalski eighty one at example dot net", "jen dot kowalski eighty one at example dot net",
      "jen dot kowalski eighty one", canon="jen.kowalski81@example.net"),
    N("david kowalski", extra=["dave"]),
    P("six one four five five five zero one seven eight", "phone", check="nanp", digits="6145550178"),
], [
    L("brightwave cable", "company"),
    L("forty dollars", "price"),
    L("internet five hundred plus tv select", "product"),
    L("eighty nine ninety nine", "price"),
    L("one twenty nine ninety nine", "price"),
    L("twenty five dollars off", "price"),
    L("twelve months", "duration"),
    L("c r eight eight four one nine", "reference_number"),
]))

# 003 Irish bank, [SPEAKER n] labels, PPSN, Eircode, switching from another IE account
RECORDS.append(R("en-call-003", """[SPEAKER 1] Good afternoon, you're through to Liffey Bank, my name is Aoife, how can I help you today?
[SPEAKER 2] Hi Aoife, this is Ciarán Ó Súilleabháin. I want to switch my current account over to yous, and open one for my daughter as well, she's starting college in September.
[SPEAKER 1] Grand, we can do both. For the identity check I'll need your PPS number.
[SPEAKER 2] It's 7121754P.
[SPEAKER 1] Thanks. And your date of birth?
[SPEAKER 2] Third of March, 1971.
[SPEAKER 1] And your address with the Eircode?
[SPEAKER 2] 12 Glenageary Park, Dún Laoghaire, A96 K2P7.
[SPEAKER 1] Lovely. And which account are we switching from?
[SPEAKER 2] The one I have with the other crowd, IE06 AIBK 8610 0442 4331 83. All the direct debits are on that, the ESB and the Bord Gáis.
[SPEAKER 1] No bother, we'll move those across for you under the switching code, your switch reference is SW-230411. It takes 10 working days. And your daughter's name?
[SPEAKER 2] Saoirse. Saoirse Ní Shúilleabháin. She's 18, born the 9th of July 2005.
[SPEAKER 1] Beautiful name. She'll get the Student Current Account, no fees for the first three years. She'll have to verify her own ID in the app though.
[SPEAKER 2] That's fine. Will you ring me on my mobile if there's a problem? It's 087 915 2264.
[SPEAKER 1] I will, and I'll send the forms to your email.
[SPEAKER 2] It's ciaran.os at example dot com, no fada.
[SPEAKER 1] Perfect. That's all in, Ciarán. Anything else?
[SPEAKER 2] No, that's everything, thanks a million.""", [
    N("Aoife"),
    N("Ciarán Ó Súilleabháin"),
    P("7121754P", "national_id", check="ppsn"),
    P("Third of March, 1971", "birth_date"),
    P("12 Glenageary Park, Dún Laoghaire, A96 K2P7", "address", "12 Glenageary Park", "A96 K2P7"),
    P("IE06 AIBK 8610 0442 4331 83", "iban", check="iban"),
    N("Saoirse Ní Shúilleabháin"),
    P("the 9th of July 2005", "birth_date"),
    P("087 915 2264", "phone"),
    E("ciaran.os at example dot com", "ciaran.os at example dot com", "ciaran.os", canon="ciaran.os@example.com"),
], [
    L("Liffey Bank", "company"),
    L("September", "date"),
    L("ESB", "company"),
    L("Bord Gáis", "company"),
    L("SW-230411", "reference_number"),
    L("10 working days", "duration"),
    L("Student Current Account", "product"),
    L("first three years", "duration"),
]))

# 004 Indian mobile operator, SIM re-KYC: Aadhaar, PAN, PIN code, building name
RECORDS.append(R("en-call-004", """Executive: Namaste, welcome to Sampark Mobile customer care, my name is Rohit, how may I help you?
Caller: Hello Rohit, I am Lakshmi Venkataraman speaking. My SIM is blocked since morning, it is showing KYC pending.
Executive: Sorry for the inconvenience, ma'am. May I know the registered mobile number?
Caller: 98450 31276.
Executive: Thank you, ma'am. For re-verification I will need your Aadhaar number.
Caller: It is 6360 3350 2865.
Executive: And date of birth as per Aadhaar?
Caller: 14-08-1982.
Executive: And one more document, ma'am, PAN card number?
Caller: PAN is AKLPV4821F.
Executive: Thank you. Your address as per our records is Flat 302, Sri Sai Residency, 5th Cross, Koramangala 4th Block, Bengaluru 560034. Is it correct?
Caller: Yes, correct.
Executive: I have raised the request, ticket number SR-24031877. Your services will be restored within 24 to 48 hours. Your current plan is the ₹399 plan with 28 days validity, it will not be affected.
Caller: Okay. Can you give one alternate number also, in case this one is not reachable? My husband Suresh's number, 99001 47823.
Executive: Sure ma'am, I have added Suresh Venkataraman as alternate contact. And email ID for the confirmation?
Caller: lakshmi.v82 at example dot com.
Executive: lakshmi dot v 82 at example dot com. Done, ma'am. Is there anything else I can help you with?
Caller: No, that's all. Thank you.""", [
    N("Rohit"),
    N("Lakshmi Venkataraman"),
    P("98450 31276", "phone"),
    P("6360 3350 2865", "national_id", check="aadhaar"),
    P("14-08-1982", "birth_date"),
    P("AKLPV4821F", "national_id", check="pan"),
    P("Flat 302, Sri Sai Residency, 5th Cross, Koramangala 4th Block, Bengaluru 560034", "address",
      "Flat 302, Sri Sai Residency", "560034"),
    N("Suresh Venkataraman"),
    P("99001 47823", "phone"),
    E("lakshmi.v82 at example dot com", "lakshmi.v82 at example dot com", "lakshmi.v82",
      "lakshmi dot v 82 at example dot com", "lakshmi dot v 82", canon="lakshmi.v82@example.com"),
], [
    L("Sampark Mobile", "company"),
    L("SR-24031877", "ticket_number"),
    L("24 to 48 hours", "duration"),
    L("₹399 plan", "product"),
    L("28 days", "duration"),
]))

# 005 UK council tax, timestamps, NI number, council tax reduction
RECORDS.append(R("en-call-005", """[00:00:03] Advisor: Good morning, Riverside City Council, council tax, you're speaking with Gemma.
[00:00:07] Caller: Morning. My name's Mohammed Iqbal. My partner's moved out and I want to apply for the single person discount, and maybe council tax reduction as well.
[00:00:16] Advisor: Sorry to hear that. Can I take your council tax account reference?
[00:00:20] Caller: 4400123987.
[00:00:25] Advisor: Thank you. And can you confirm the address?
[00:00:28] Caller: Flat 3, 41 Wilmslow Road, M14 5RT.
[00:00:33] Advisor: And your date of birth?
[00:00:35] Caller: 2nd of November 1986.
[00:00:39] Advisor: When did your partner move out, and what's her name?
[00:00:42] Caller: Sana Malik, she moved out on the 1st of April.
[00:00:47] Advisor: Okay. So you're Band B, £1,618.40 a year, and with 25% off that goes down from the 1st of April. For council tax reduction I'll need your National Insurance number.
[00:00:58] Caller: QQ 12 34 56 C.
[00:01:03] Advisor: Thanks. I'll send you the form. Is there a good number for you?
[00:01:06] Caller: 0161 496 0753.
[00:01:09] Advisor: And email?
[00:01:11] Caller: mo.iqbal86@example.com.
[00:01:15] Advisor: And do you want to stay on 10 monthly instalments?
[00:01:18] Caller: Yes, but by Direct Debit please, sort code 13-17-80, account 03946731.
[00:01:26] Advisor: That's set up. Your new bill will come out within 14 days.""", [
    N("Gemma"),
    N("Mohammed Iqbal"),
    P("Flat 3, 41 Wilmslow Road, M14 5RT", "address", "Flat 3, 41 Wilmslow Road", "M14 5RT"),
    P("2nd of November 1986", "birth_date"),
    N("Sana Malik"),
    P("QQ 12 34 56 C", "national_id", check="nino"),
    P("0161 496 0753", "phone", check="ofcom"),
    E("mo.iqbal86@example.com"),
    P("03946731", "iban", check="iban", digits="GB09NWBK13178003946731"),
], [
    L("Riverside City Council", "company"),
    L("4400123987", "reference_number"),
    L("the 1st of April", "date"),
    L("Band B", "product"),
    L("£1,618.40 a year", "price"),
    L("25% off", "percentage"),
    L("10 monthly instalments", "quantity"),
    L("within 14 days", "duration"),
]))

# 006 UK GP surgery (Bristol), dash lines, NHS number
RECORDS.append(R("en-call-006", """- Good morning, Brookside Surgery, Kirsty speaking.
- Oh hello, it's Patricia O'Donnell. I'm ringing about my repeat prescription and my blood test results.
- Of course. Can I take your date of birth?
- Nineteenth of June, 1952.
- And the first line of your address?
- 27 Greville Road, Bedminster. BS3 4HQ.
- Thank you, Patricia. I can see your repeat for amlodipine 5mg, 28 tablets. Which pharmacy do you use?
- Boots on East Street.
- That'll be ready in 48 hours. Now the bloods, Dr Okafor's looked at them and wants a quick chat. Can I book you a phone appointment?
- Yes, please.
- Thursday at ten past nine?
- That's fine. Will you ring me on the landline? 0117 496 0382.
- Yes. And just so I've got it right for the lab form, your NHS number is 999 446 8219?
- I think so, I've got the card here... yes, 999 446 8219.
- Lovely. And if you're not in, can the doctor speak to someone else?
- My son, Declan O'Donnell, he's on 07700 900863.
- I'll put a note on. Anything else?
- No, thank you, love.""", [
    N("Kirsty"),
    N("Patricia O'Donnell"),
    P("Nineteenth of June, 1952", "birth_date"),
    P("27 Greville Road, Bedminster. BS3 4HQ", "address", "27 Greville Road", "BS3 4HQ"),
    N("Okafor"),
    P("0117 496 0382", "phone", check="ofcom"),
    P("999 446 8219", "national_id", check="nhs"),
    N("Declan O'Donnell"),
    P("07700 900863", "phone", check="ofcom"),
], [
    L("Brookside Surgery", "company"),
    L("amlodipine 5mg", "product"),
    L("28 tablets", "quantity"),
    L("Boots", "company"),
    L("48 hours", "duration"),
    L("Thursday at ten past nine", "time"),
]))

# 007 Australian parcel carrier, A:/C: labels, ACMA fictitious numbers
RECORDS.append(R("en-call-007", """A: Thanks for calling ParcelRoo, you're speaking with Bec.
C: G'day Bec, it's Liam Nguyen. I've got a parcel that says delivered but it's definitely not here.
A: Oh no, sorry about that, Liam. Have you got the tracking number handy?
C: Yeah, it's 3ZR5501882736401.
A: Thanks. So it shows delivered yesterday at 2:47pm, left in a safe place. What's the delivery address?
C: Unit 4, 27 Albert Street, Brunswick VIC 3056.
A: Right, and the photo the driver took shows it at the front door of number 29.
C: Ah, that'll be Mrs Papadopoulos next door. She's lovely but she's away at her daughter's till Sunday.
A: Okay. What was in it, just so I know the value?
C: A Dyson V15 from Harvey Norman, $1,149. My partner Hannah's working from home today if someone can swing by.
A: I'll lodge an investigation, case number CAS-0091723, and ask the driver to go back. If it's not found in 3 business days, the retailer will replace it. Best number to reach you?
C: Mobile's 0491 570 156, or work, that's (03) 5550 4172.
A: And an email for the updates?
C: liam dot nguyen at example dot com.
A: Perfect, you'll get a text and an email when the driver's on his way. Anything else I can help with?
C: Nah, that's it. Cheers, Bec.""", [
    N("Bec"),
    N("Liam Nguyen"),
    P("Unit 4, 27 Albert Street, Brunswick VIC 3056", "address", "Unit 4, 27 Albert Street", "3056"),
    N("Papadopoulos"),
    N("Hannah"),
    P("0491 570 156", "phone", check="acma"),
    P("(03) 5550 4172", "phone", check="acma"),
    E("liam dot nguyen at example dot com", "liam dot nguyen at example dot com", "liam dot nguyen",
      canon="liam.nguyen@example.com"),
], [
    L("ParcelRoo", "company"),
    L("3ZR5501882736401", "tracking_number"),
    L("yesterday at 2:47pm", "time"),
    L("Dyson V15", "product"),
    L("Harvey Norman", "company"),
    L("$1,149", "price"),
    L("CAS-0091723", "case_number"),
    L("3 business days", "duration"),
]))

# 008 Canadian auto insurance claim (Ontario): two plates, driver's licence, 555-01xx numbers
RECORDS.append(R("en-call-008", """Rep: Maple Shield Insurance claims, this is Devon speaking, is everyone okay?
Insured: Yes, thank God. Hi, my name is Marie-Claude Tremblay. Someone rear-ended me on the Don Valley Parkway on Tuesday around 5:30.
Rep: I'm sorry to hear that. Can I get your policy number?
Insured: MS-5517702.
Rep: Thanks. And your date of birth to confirm?
Insured: October 4th, 1979.
Rep: Great. Is this for the Honda Civic, plate CBXR 417?
Insured: That's the one.
Rep: Do you have the other driver's details?
Insured: Yes. Gurpreet Dhillon, a grey Ford F-150, plate BNTM 882. His number is 647-555-0183. He admitted it was his fault.
Rep: Good. Did the police attend?
Insured: No, we went to the collision reporting centre the next day.
Rep: Okay. I'll open claim CLM-2024-118340. Since you weren't at fault, your $500 deductible shouldn't apply. I need your driver's licence number for the file.
Insured: T7645-30918-60315.
Rep: And your current address?
Insured: 58 Danforth Avenue, Toronto, M4K 1N2.
Rep: And the best number to reach you?
Insured: (416) 555-0147.
Rep: And an email so the adjuster can send you the estimate?
Insured: mc.tremblay@example.com.
Rep: Perfect. An adjuster will call within one business day to book the appraisal.""", [
    N("Devon"),
    N("Marie-Claude Tremblay"),
    P("October 4th, 1979", "birth_date"),
    P("CBXR 417", "plate"),
    N("Gurpreet Dhillon"),
    P("BNTM 882", "plate"),
    P("647-555-0183", "phone", check="nanp"),
    P("T7645-30918-60315", "national_id", check="none", why="Ontario driver's licence number, no public check digit"),
    P("58 Danforth Avenue, Toronto, M4K 1N2", "address", "58 Danforth Avenue", "M4K 1N2"),
    P("(416) 555-0147", "phone", check="nanp"),
    E("mc.tremblay@example.com"),
], [
    L("Maple Shield Insurance", "company"),
    L("Tuesday around 5:30", "time"),
    L("MS-5517702", "policy_number"),
    L("Honda Civic", "product"),
    L("Ford F-150", "product"),
    L("CLM-2024-118340", "claim_number"),
    L("$500 deductible", "price"),
    L("one business day", "duration"),
]))

# 009 South African municipal electricity, ASR with timestamps, lower case, ID number as digits
RECORDS.append(R("en-call-009", """00:00:01 spk_0: good morning you're speaking to thandeka at metro power how can i help
00:00:04 spk_1: morning thandeka my name is nomvula dlamini my prepaid meter is not accepting the token i bought last night
00:00:11 spk_0: sorry about that ma'am can i have the meter number
00:00:14 spk_1: 04272318856
00:00:19 spk_0: thank you and for security your id number please
00:00:22 spk_1: 8802141551086
00:00:29 spk_0: thank you ms dlamini and the physical address
00:00:32 spk_1: 14 lower main road observatory 7925
00:00:37 spk_0: i see the meter is registered to a mr van wyk is that the owner
00:00:41 spk_1: yes he is my landlord i rent the cottage
00:00:45 spk_0: okay the token you bought for r450 was generated for an old key revision so the meter rejected it i will send you two key change tokens and then the original token will work
00:00:57 spk_1: okay where will you send them
00:00:59 spk_0: i can sms them to the number you're calling from 083 412 7755 or email
00:01:04 spk_1: sms is fine and also email to nomvula.d at example dot com please
00:01:09 spk_0: done your reference is 1-2844001 if it doesn't work within 72 hours call us back
00:01:15 spk_1: thank you so much""", [
    N("thandeka"),
    N("nomvula dlamini"),
    P("8802141551086", "national_id", check="said"),
    P("14 lower main road observatory 7925", "address", "14 lower main road", "7925"),
    N("van wyk"),
    P("083 412 7755", "phone"),
    E("nomvula.d at example dot com", "nomvula.d at example dot com", "nomvula.d", canon="nomvula.d@example.com"),
], [
    L("metro power", "company"),
    L("04272318856", "meter_number"),
    L("r450", "price"),
    L("two key change tokens", "quantity"),
    L("1-2844001", "reference_number"),
    L("72 hours", "duration"),
]))

# 010 New Zealand broadband, agent label with name, fibre install
RECORDS.append(R("en-call-010", """Agent (Aroha): Kia ora, you're through to Kōwhai Broadband, Aroha speaking.
Customer: Kia ora Aroha, it's Wiremu Parata. We've just moved and I want to get fibre connected at the new place.
Agent (Aroha): Ka pai, congratulations on the move. What's the new address?
Customer: 23 Richmond Road, Grey Lynn, Auckland 1021.
Agent (Aroha): Sweet, that address is fibre ready, there's an ONT already there. Fibre Max is $89.99 a month on a 12 month plan.
Customer: Yeah that's fine.
Agent (Aroha): Can I get your date of birth for the credit check?
Customer: Fifth of February, eighty-four.
Agent (Aroha): And is it just you on the account?
Customer: Me and my partner, Mere Parata.
Agent (Aroha): No worries. Chorus will activate the line on Friday between 8am and 12pm. Best number?
Customer: 021 455 8730.
Agent (Aroha): And email?
Customer: wiremu dot parata at example dot com.
Agent (Aroha): Awesome. And the old address, 7 Kowhai Street in Te Atatū, do you want that one disconnected the same day?
Customer: Yes please.
Agent (Aroha): Done. Your order number is KB-70331. Ngā mihi, Wiremu.""", [
    N("Aroha"),
    N("Wiremu Parata"),
    P("23 Richmond Road, Grey Lynn, Auckland 1021", "address", "23 Richmond Road", "1021"),
    P("Fifth of February, eighty-four", "birth_date"),
    N("Mere Parata"),
    P("021 455 8730", "phone"),
    E("wiremu dot parata at example dot com", "wiremu dot parata at example dot com", "wiremu dot parata",
      canon="wiremu.parata@example.com"),
    P("7 Kowhai Street", "address"),
], [
    L("Kōwhai Broadband", "company"),
    L("Fibre Max", "product"),
    L("$89.99 a month", "price"),
    L("12 month plan", "duration"),
    L("Chorus", "company"),
    L("Friday between 8am and 12pm", "time"),
    L("KB-70331", "order_number"),
]))

# 011 New Zealand payroll: IRD number, bank account, KiwiSaver
RECORDS.append(R("en-call-011", """Payroll: Good afternoon, Harbour Payroll Services, Kate speaking.
Employee: Hi Kate, it's Sione Taufa from Southern Cross Freight, the Ōtāhuhu depot. I started two weeks ago and I've been taxed at the no-notification rate.
Payroll: Ah, that's 45%, that means we don't have your IRD number. Can you give it to me now?
Employee: Yeah, it's 52-639-778.
Payroll: Thanks. And your date of birth?
Employee: 17th of August 1995.
Payroll: Great. And your tax code, are you on M?
Employee: Yeah, M, and I've got a student loan, so M SL.
Payroll: Noted. And KiwiSaver, 3%?
Employee: Make it 4%.
Payroll: Sure. And we'll need your bank account for pay. I've got nothing on file.
Employee: 12-3140-0416789-00.
Payroll: And your address?
Employee: 9 Fitzroy Street, Ōtāhuhu, Auckland 1062.
Payroll: And phone and email in case we need anything?
Employee: 022 318 4470, and sione.taufa95@example.com.
Payroll: All sorted. The over-deducted tax will be corrected on your next pay on Wednesday the 19th.""", [
    N("Kate"),
    N("Sione Taufa"),
    P("52-639-778", "national_id", check="ird"),
    P("17th of August 1995", "birth_date"),
    P("12-3140-0416789-00", "iban", check="none", why="New Zealand bank account number (plain)"),
    P("9 Fitzroy Street, Ōtāhuhu, Auckland 1062", "address", "9 Fitzroy Street", "1062"),
    P("022 318 4470", "phone"),
    E("sione.taufa95@example.com"),
], [
    L("Harbour Payroll Services", "company"),
    L("Southern Cross Freight", "company"),
    L("45%", "percentage"),
    L("M SL", "reference_number"),
    L("3%", "percentage"),
    L("4%", "percentage"),
    L("Wednesday the 19th", "date"),
]))

# 012 Australian private health insurer, no speaker labels, Medicare card with IRN
RECORDS.append(R("en-call-012", """Thanks for calling Wattle Health, you're speaking with Josh.
Hi Josh, it's Chloe Anderson. I've just had a baby and I need to add her to our family cover.
Oh congratulations! What's her name?
Isla. Isla Rose Anderson. Born the 2nd of March.
Beautiful. I just need to confirm a couple of things. Your date of birth?
30th of July, 1991.
Thanks. And has Isla been added to your Medicare card yet?
Yes, she's number 2 on the card. The card number is 6029 48629 1.
Perfect. That's all I need from Medicare. Your Gold Hospital and Extras policy is $412.60 a month, and that doesn't change when you add Isla. Your hospital excess stays at $500.
Oh good. Can you also update the address? We've moved to 12 Banksia Crescent, Mount Gravatt QLD 4122.
Done. Is the mobile still 0491 570 110?
Yep.
And email chloe.anderson91@example.com?
That's the one.
And do you want claims paid into the same account, BSB 062-914, account 1048 7263?
Yes, that's right.
All done, Chloe. Isla's covered from her date of birth. You'll get a new member card in 10 days.""", [
    N("Josh"),
    N("Chloe Anderson"),
    N("Isla Rose Anderson"),
    P("the 2nd of March", "birth_date"),
    P("30th of July, 1991", "birth_date"),
    P("6029 48629 1", "national_id", check="medicare"),
    P("12 Banksia Crescent, Mount Gravatt QLD 4122", "address", "12 Banksia Crescent", "4122"),
    P("0491 570 110", "phone", check="acma"),
    E("chloe.anderson91@example.com"),
    P("1048 7263", "iban", check="none", why="Australian BSB account number (plain)"),
], [
    L("Wattle Health", "company"),
    L("$500", "price"),
    L("Gold Hospital and Extras", "product"),
    L("$412.60 a month", "price"),
    L("10 days", "duration"),
]))
