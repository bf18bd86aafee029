from rec import P, L, R

RECORDS = [
R("en-call-001", """
Agent: Good morning, you're through to Brightwater Energy, my name's Connor, how can I help?
Customer: Hiya, yeah, it's Gemma Whitfield. I'm moving house next week and I need to sort out the gas and electric.
Agent: No problem at all. Can I take your account number?
Customer: Erm, I think it's 8800 1475 22.
Agent: Lovely. And just for security, your date of birth?
Customer: Third of June, 1987.
Agent: Thank you. And you're currently at 41 Clarendon Road, Leeds, LS6 4NP?
Customer: That's right, until Friday the 12th.
Agent: And where are you moving to?
Customer: Flat 2, 9 Beech Grove, Harrogate, HG2 0LT.
Agent: Okay. I can see the property's already supplied by us, so it's just a change of tenancy. The MPAN there is 16 1234 5678 901, and the meter serial is E17UP04512. We'll need readings on the day you move in.
Customer: Fine. And can the direct debit come out of a different account? Sort code 20-45-77, account number 41086239.
Agent: I'll update that. Your monthly direct debit will be £96.50 from July. Best number to reach you on?
Customer: My mobile, 07700 900418.
Agent: And shall I send the confirmation to gemma dot whitfield at example dot com?
Customer: Yeah, that's the one.
Agent: Brilliant. Your reference for the move is COT-553901. Anything else I can help with today?
Customer: No, that's it, cheers Connor.
""",
[
    P("Connor", "name", "Connor"),
    P("Gemma Whitfield", "name", "Gemma", "Whitfield"),
    P("Third of June, 1987", "birth_date"),
    P("41 Clarendon Road, Leeds, LS6 4NP", "address", "41 Clarendon Road", "LS6 4NP"),
    P("Flat 2, 9 Beech Grove, Harrogate, HG2 0LT", "address", "Flat 2, 9 Beech Grove", "HG2 0LT"),
    P("Sort code 20-45-77, account number 41086239", "iban", "20-45-77", "41086239",
      check="none:uk_account"),
    P("07700 900418", "phone"),
    P("gemma dot whitfield at example dot com", "email",
      "gemma dot whitfield at example dot com", "gemma dot whitfield"),
],
[
    L("Brightwater Energy", "company_name"),
    L("8800 1475 22", "customer_number"),
    L("Friday the 12th", "date"),
    L("16 1234 5678 901", "meter_number"),
    L("E17UP04512", "meter_number"),
    L("£96.50", "price"),
    L("COT-553901", "reference"),
]),

R("en-call-002", """
Receptionist: Good afternoon, Hollybank Medical Practice, Dawn speaking.
Caller: Oh hello, I'm ringing on behalf of my mum, she's had a fall and she can't get to the phone herself. My name's Joanne Pryce.
Receptionist: I'm sorry to hear that. What's your mum's name?
Caller: Margaret Ellison. That's E-L-L-I-S-O-N.
Receptionist: And her date of birth?
Caller: 14/02/1941.
Receptionist: I've got two patients with that name, can you confirm her address?
Caller: Flat 3, Rowan Court, 22 Mill Lane, Leeds LS12 3RT.
Receptionist: Thank you. And do you have her NHS number by any chance? It'll be on her repeat slip.
Caller: Yes, hang on... 999 622 7995.
Receptionist: Lovely. Is she injured? If she's hit her head you should call 111 or 999.
Caller: No, just bruised, but her hip is painful and she's run out of her amlodipine 5mg.
Receptionist: I'll ask Dr Okafor to do a home visit this afternoon, and I'll send the prescription to Boots on Kirkstall Road. Is there a number the doctor can ring before she comes?
Caller: Mine, 07700 900552, or mum's landline, 0113 496 0731.
Receptionist: Okay, I've put that on the visit request, number 2241. The doctor will aim to be there between 2 and 4.
Caller: Thank you so much, Dawn.
""",
[
    P("Dawn", "name", "Dawn"),
    P("Joanne Pryce", "name", "Joanne", "Pryce"),
    P("Margaret Ellison", "name", "Margaret", "Ellison", "E-L-L-I-S-O-N"),
    P("14/02/1941", "birth_date"),
    P("Flat 3, Rowan Court, 22 Mill Lane, Leeds LS12 3RT", "address",
      "Flat 3, Rowan Court", "22 Mill Lane", "LS12 3RT"),
    P("999 622 7995", "national_id", check="nhs"),
    P("Okafor", "name", "Okafor"),
    P("07700 900552", "phone"),
    P("0113 496 0731", "phone"),
],
[
    L("Hollybank Medical Practice", "company_name"),
    L("111", "service_number"),
    L("amlodipine 5mg", "medication"),
    L("Boots", "company_name"),
    L("2241", "reference"),
    L("between 2 and 4", "time"),
]),

R("en-call-003", """
[SPEAKER 1] good morning you're through to shannonlink my name is darragh how can i help
[SPEAKER 2] hi darragh yeah it's siobhan ni bhriain here the broadband is after going again for the third time this week
[SPEAKER 1] ah no sorry to hear that can i just confirm the address on the account
[SPEAKER 2] it's fourteen the glen ballincollig county cork
[SPEAKER 1] and the eircode
[SPEAKER 2] p three one x two k eight
[SPEAKER 1] grand and the best contact number for you
[SPEAKER 2] oh eight seven two two four six one nine three
[SPEAKER 1] perfect so i can see you're on broadband five hundred at forty nine ninety nine a month and the router is the h268a i'm seeing a lot of drops on the line alright so i'm going to send out a technician
[SPEAKER 2] grand what day would that be
[SPEAKER 1] thursday between eight and one is the first slot
[SPEAKER 2] i'm at work thursday but my husband ciaran will be there
[SPEAKER 1] no bother i'll put his name down as the contact and your ticket number is four four seven one nine oh two and i'll send that to your email is it still siobhan n b at example dot com
[SPEAKER 2] yeah that's it
[SPEAKER 1] lovely you'll get a text the morning of the visit anything else i can do for you
[SPEAKER 2] no that's grand thanks a million
""",
[
    P("darragh", "name", "darragh"),
    P("siobhan ni bhriain", "name", "siobhan", "bhriain"),
    P("fourteen the glen ballincollig", "address"),
    P("p three one x two k eight", "postcode"),
    P("oh eight seven two two four six one nine three", "phone"),
    P("ciaran", "name", "ciaran"),
    P("siobhan n b at example dot com", "email",
      "siobhan n b at example dot com", "siobhan n b"),
],
[
    L("shannonlink", "company_name"),
    L("broadband five hundred", "plan_name"),
    L("forty nine ninety nine a month", "price"),
    L("h268a", "model_number"),
    L("thursday between eight and one", "datetime"),
    L("four four seven one nine oh two", "ticket_number"),
]),

R("en-call-004", """
[00:00:02] Officer: Good afternoon, Revenue, Aoife speaking.
[00:00:05] Caller: Hello Aoife, this is Pádraig Ó Súilleabháin. I started a new job last month and I'm on emergency tax, I think my employer doesn't have my details.
[00:00:13] Officer: I can look into that for you. Can I have your PPS number?
[00:00:16] Caller: Seven nine four nine nine four two J.
[00:00:21] Officer: Thank you. And your date of birth?
[00:00:24] Caller: The 2nd of October, 1992.
[00:00:28] Officer: And your address?
[00:00:30] Caller: 6 Cúirt na Coille, Knocknacarra, Galway, H91 C2N4.
[00:00:37] Officer: Grand. I can see the new employment with Murphy's Hardware Ltd hasn't been registered yet, so you're on week-one basis. I'll register it now and issue a revenue payroll notification, the employer will have it by tomorrow.
[00:00:50] Caller: Great. And will I get the extra tax back?
[00:00:53] Officer: It'll come back through payroll over the next pay dates. If any is left at year end, it'll be refunded to the bank account we have on file, which ends... actually, can you confirm the IBAN?
[00:01:02] Caller: IE25 BOFI 2798 6858 6195 99.
[00:01:09] Officer: That's the one. Your tax credits are €3,750 for the year, standard rate cut-off €42,000. Can I take a contact number?
[00:01:17] Caller: 087 318 2046.
[00:01:20] Officer: Your reference for today's call is 40021178. Is there anything else?
[00:01:24] Caller: No, that's great, go raibh maith agat.
""",
[
    P("Aoife", "name", "Aoife"),
    P("Pádraig Ó Súilleabháin", "name", "Pádraig", "Súilleabháin"),
    P("Seven nine four nine nine four two J", "national_id", check="ppsn", canon="7949942J"),
    P("The 2nd of October, 1992", "birth_date"),
    P("6 Cúirt na Coille, Knocknacarra, Galway, H91 C2N4", "address", "6 Cúirt na Coille", "H91 C2N4"),
    P("IE25 BOFI 2798 6858 6195 99", "iban"),
    P("087 318 2046", "phone"),
],
[
    L("Revenue", "company_name"),
    L("Murphy's Hardware Ltd", "company_name"),
    L("€3,750", "price"),
    L("€42,000", "price"),
    L("40021178", "reference"),
    L("week-one basis", "tariff"),
]),

R("en-call-005", """
[00:00:04] Agent: Thank you for calling Great Lakes Federal Credit Union, this is Marcus, who am I speaking with?
[00:00:08] Member: Hi Marcus, Derek Halvorsen. I just got a text about a charge I didn't make.
[00:00:13] Agent: I'm sorry about that, let's get it sorted. Can you verify your Social Security number for me?
[00:00:18] Member: 987-65-4323.
[00:00:23] Agent: And your date of birth?
[00:00:25] Member: March 9th, 1979.
[00:00:29] Agent: Thank you, Mr. Halvorsen. I see a pending charge of $849.99 at Best Buy in Phoenix. Is this the Visa debit card ending... can you read me the full card number so I block the right one?
[00:00:38] Member: 4000 0566 5566 5556.
[00:00:46] Agent: Got it. I've blocked that card and opened fraud case 2024-FR-77810. A new card will go out to 1420 Maple Ave, Apt 3B, Columbus, OH 43215. Is that still correct?
[00:00:58] Member: Yes it is.
[00:01:00] Agent: It should arrive in 7 to 10 business days. In the meantime you can still use Zelle from the app. We'll send updates to (614) 555-0147 and to dhalvorsen@example.com.
[00:01:10] Member: Perfect. My wife Angela has a card on the same account, is hers okay?
[00:01:15] Agent: Her card wasn't affected, so she can keep using it. Anything else I can help with?
[00:01:19] Member: No, thank you.
""",
[
    P("Marcus", "name", "Marcus"),
    P("Derek Halvorsen", "name", "Derek", "Halvorsen"),
    P("987-65-4323", "national_id", check="ssn"),
    P("March 9th, 1979", "birth_date"),
    P("4000 0566 5566 5556", "card"),
    P("1420 Maple Ave, Apt 3B, Columbus, OH 43215", "address", "1420 Maple Ave, Apt 3B", "43215"),
    P("(614) 555-0147", "phone"),
    P("dhalvorsen@example.com", "email", "dhalvorsen@example.com", "dhalvorsen"),
    P("Angela", "name", "Angela"),
],
[
    L("Great Lakes Federal Credit Union", "company_name"),
    L("$849.99", "price"),
    L("Best Buy", "company_name"),
    L("2024-FR-77810", "case_number"),
    L("7 to 10 business days", "duration"),
    L("Zelle", "product_name"),
]),

R("en-call-006", """
PHARMACY: Thanks for calling Desert Sage Pharmacy, this is Kayla.
PATIENT: Hi Kayla, this is Rosa Delgado. I'm calling about my husband's prescriptions, Luis Delgado.
PHARMACY: Sure. Can I get his date of birth?
PATIENT: 11/23/1956.
PHARMACY: Okay, I see two prescriptions. The metformin 500 mg is ready, Rx 6024418, 90-day supply, your copay is $12.50. The lisinopril needs a new authorization from Dr. Feldman.
PATIENT: Oh, he hasn't called it in yet? He said he would.
PHARMACY: I'll fax his office again today. Would you like us to deliver once both are ready?
PATIENT: Yes please, he can't drive right now. We're at 3309 Camino Alto NE, Albuquerque, 87111.
PHARMACY: And the best number?
PATIENT: (505) 555-0183. And my date of birth is 6/2/1959 if you need it for pickup, I'm on his authorization form.
PHARMACY: Perfect. Delivery is free over $10, it'll be Thursday between 1 and 5 PM.
PATIENT: Great, thank you so much.
""",
[
    P("Kayla", "name", "Kayla"),
    P("Rosa Delgado", "name", "Rosa", "Delgado"),
    P("Luis Delgado", "name", "Luis", "Delgado"),
    P("11/23/1956", "birth_date"),
    P("Feldman", "name", "Feldman"),
    P("3309 Camino Alto NE, Albuquerque, 87111", "address", "3309 Camino Alto NE", "87111"),
    P("(505) 555-0183", "phone"),
    P("6/2/1959", "birth_date"),
],
[
    L("Desert Sage Pharmacy", "company_name"),
    L("metformin 500 mg", "medication"),
    L("Rx 6024418", "reference"),
    L("90-day supply", "quantity"),
    L("$12.50", "price"),
    L("lisinopril", "medication"),
    L("Thursday between 1 and 5 PM", "datetime"),
]),

R("en-call-007", """
Rep: Thank you for calling Maple Leaf Payroll Services, this is Kevin. Bonjour.
Caller: Hi, hello, my name is Mélanie Tremblay. I work at Tim Hortons on Mont-Royal, and my T4 went to my old address.
Rep: Okay, I can help with that. For verification, can I have your SIN?
Caller: Yes, it's 226 229 912.
Rep: Thank you. And your date of birth?
Caller: April 17, 1994. Le dix-sept avril.
Rep: Perfect. What's your new address?
Caller: 2150 rue Sherbrooke Est, app. 4, Montréal, QC H2K 1C1.
Rep: Got it. I'll reissue your T4 for 2023 to that address, and you can also download it in the employee portal, version 5.2 of the app.
Caller: Okay. And I changed banks too, is it too late for the next pay on the 15th?
Rep: If you give me the details now it should be in time. Transit number, institution and account?
Caller: Transit 00012, institution 003, account 5081234.
Rep: Thanks. Best phone number?
Caller: (514) 555-0129.
Rep: And I'll send a confirmation to your email on file, m.tremblay@example.com?
Caller: Yes. Merci!
Rep: You're welcome. Your ticket is MLP-88120.
""",
[
    P("Kevin", "name", "Kevin"),
    P("Mélanie Tremblay", "name", "Mélanie", "Tremblay"),
    P("226 229 912", "national_id", check="sin"),
    P("April 17, 1994", "birth_date"),
    P("Le dix-sept avril", "birth_date"),
    P("2150 rue Sherbrooke Est, app. 4, Montréal, QC H2K 1C1", "address",
      "2150 rue Sherbrooke Est", "H2K 1C1"),
    P("Transit 00012, institution 003, account 5081234", "iban", "5081234",
      check="none:ca_account"),
    P("(514) 555-0129", "phone"),
    P("m.tremblay@example.com", "email", "m.tremblay@example.com", "m.tremblay"),
],
[
    L("Maple Leaf Payroll Services", "company_name"),
    L("Tim Hortons", "company_name"),
    L("T4", "product_name"),
    L("version 5.2", "version"),
    L("the 15th", "date"),
    L("MLP-88120", "ticket_number"),
]),

R("en-call-008", """
Operator: G'day, you've called Coastal Health Fund, Sharon speaking.
Member: Oh hi Sharon, it's Brendan O'Loughlin. I'm trying to claim for my physio but the app keeps saying my Medicare details don't match.
Operator: No worries, let's have a look. What's your membership number?
Member: 30418827.
Operator: Thanks Brendan. And your Medicare number?
Member: 5179 38971 2, and I'm number one on the card.
Operator: And date of birth?
Member: 28th of August, '83.
Operator: Righto. Looks like we've got your old card on file. I'll update that now. Is your address still 12 Banksia Crescent, Mermaid Waters, QLD 4218?
Member: Yep.
Operator: Okay, that's done. You can resubmit the claim for the $95 session through the app. You'll get $57 back on Extras Silver.
Member: Beauty. And my wife Kylie's on the policy too, does she need to do anything?
Operator: No, she's on the same card. We'll text you on 0491 570 156 when the claim's processed, and the statement goes to brendan.ol@example.com.
Member: Sweet as. Cheers, Sharon.
Operator: No worries, have a good arvo.
""",
[
    P("Sharon", "name", "Sharon"),
    P("Brendan O'Loughlin", "name", "Brendan", "O'Loughlin", "Loughlin"),
    P("5179 38971 2", "national_id", check="medicare"),
    P("28th of August, '83", "birth_date"),
    P("12 Banksia Crescent, Mermaid Waters, QLD 4218", "address", "12 Banksia Crescent", "4218"),
    P("Kylie", "name", "Kylie"),
    P("0491 570 156", "phone"),
    P("brendan.ol@example.com", "email", "brendan.ol@example.com", "brendan.ol"),
],
[
    L("Coastal Health Fund", "company_name"),
    L("30418827", "customer_number"),
    L("$95", "price"),
    L("$57", "price"),
    L("Extras Silver", "plan_name"),
    L("number one on the card", "reference"),
]),

R("en-call-009", """
thanks for calling roadpass this is liam hi liam it's jess nguyen i got a toll notice in the mail but i've got an account with you guys so i don't know why okay let's have a look what's the rego on the car it's one a b two c d so 1AB 2CD okay yep i can see it the notice is for the citylink gantry on the third of may for eleven dollars forty it looks like your account went into negative because the card on file expired ah right can i update it now sure go ahead it's five one oh five one oh five one oh five one oh oh and expiry is oh nine twenty seven thanks that's gone through i've waived the admin fee of ten dollars and the account's topped up with forty dollars can i confirm your address is still unit 4 17 station street box hill 3128 yep and your mobile oh four nine one five seven oh one five seven yep and email jess dot nguyen ninety two at example dot com that's right lovely you'll get a receipt shortly reference r p seven seven four one nine anything else no that's all thanks liam
""",
[
    P("liam", "name", "liam"),
    P("jess nguyen", "name", "jess", "nguyen"),
    P("one a b two c d", "plate", "one a b two c d", "1AB 2CD"),
    P("five one oh five one oh five one oh five one oh oh", "card",
      check="luhn", canon="5105105105105100"),
    P("unit 4 17 station street box hill 3128", "address", "unit 4 17 station street", "3128"),
    P("oh four nine one five seven oh one five seven", "phone"),
    P("jess dot nguyen ninety two at example dot com", "email",
      "jess dot nguyen ninety two at example dot com", "jess dot nguyen ninety two"),
],
[
    L("roadpass", "company_name"),
    L("citylink gantry", "product_name"),
    L("the third of may", "date"),
    L("eleven dollars forty", "price"),
    L("ten dollars", "price"),
    L("forty dollars", "price"),
    L("r p seven seven four one nine", "reference"),
]),

R("en-call-010", """
Agent: Kia ora, you're through to Tōtara KiwiSaver, this is Aroha.
Caller: Kia ora Aroha, it's Hemi Walker here. I'm looking to do a first-home withdrawal and I wanted to check what I need.
Agent: Ka pai, congratulations. I'll just need to verify you first. What's your IRD number?
Caller: 113-841-605.
Agent: And your date of birth?
Caller: 5 November 1990.
Agent: Thanks Hemi. You're in the Growth Fund with a balance of about $38,400, contributing 3% through your employer. You can withdraw everything except $1,000 and the government contribution.
Caller: Sweet. Where does the money go?
Agent: It's paid to your solicitor's trust account, not to you. But we need your own bank account on file for verification. Is it still 12-3140-0512345-00?
Caller: Yeah, that's the one.
Agent: And your address, 27 Kowhai Street, Hamilton East, Hamilton 3216?
Caller: We're still there until settlement, yep.
Agent: Choice. I'll email the application form to hemi.walker@example.net. Best number for you?
Caller: 021 044 7391.
Agent: Perfect, your case number is KS-20455. Allow 10 working days once the form's in.
Caller: Cheers, Aroha.
""",
[
    P("Aroha", "name", "Aroha"),
    P("Hemi Walker", "name", "Hemi", "Walker"),
    P("113-841-605", "national_id", check="ird"),
    P("5 November 1990", "birth_date"),
    P("12-3140-0512345-00", "iban", check="none:nz_account"),
    P("27 Kowhai Street, Hamilton East, Hamilton 3216", "address", "27 Kowhai Street", "3216"),
    P("hemi.walker@example.net", "email", "hemi.walker@example.net", "hemi.walker"),
    P("021 044 7391", "phone"),
],
[
    L("Tōtara KiwiSaver", "company_name"),
    L("Growth Fund", "product_name"),
    L("$38,400", "amount"),
    L("3%", "percentage"),
    L("$1,000", "amount"),
    L("KS-20455", "case_number"),
    L("10 working days", "duration"),
]),

R("en-call-011", """
Consultant: Good morning, eKhaya Municipality customer care, you're speaking to Nomvula.
Client: Morning, my name is Thandiwe Mokoena. My prepaid electricity token isn't loading, I bought R350 last night and the meter keeps saying reject.
Consultant: Shame, I'm sorry. Can I have your ID number please?
Client: 8406092352088.
Consultant: Thank you. And the meter number?
Client: 04123456789.
Consultant: I see the account at 12 Protea Street, Lynnwood, Pretoria, 0081. Is that correct?
Client: Ja, that's right.
Consultant: The token you bought is 5617 2290 4481 0936 2271. It's rejecting because the meter needs a key change first. I'll give you two key change tokens, and then you enter the 20-digit token again.
Client: Okay, let me get a pen. Can you SMS them rather? My cellphone is 072 418 3390.
Consultant: I'll SMS them now now. If it still doesn't work, a technician must come out. Will someone be home?
Client: My partner, Sipho, is home in the day.
Consultant: Okay. I've logged reference TSH-112284. I'll also email the tokens to thandi.mokoena@example.com.
Client: Thank you so much, Nomvula.
""",
[
    P("Nomvula", "name", "Nomvula"),
    P("Thandiwe Mokoena", "name", "Thandiwe", "Mokoena"),
    P("8406092352088", "national_id", check="said"),
    P("12 Protea Street, Lynnwood, Pretoria, 0081", "address", "12 Protea Street", "0081"),
    P("072 418 3390", "phone"),
    P("Sipho", "name", "Sipho"),
    P("thandi.mokoena@example.com", "email", "thandi.mokoena@example.com", "thandi.mokoena"),
],
[
    L("eKhaya Municipality", "company_name"),
    L("R350", "price"),
    L("04123456789", "meter_number"),
    L("5617 2290 4481 0936 2271", "reference"),
    L("20-digit token", "product_name"),
    L("TSH-112284", "reference"),
]),

R("en-call-012", """
Executive: Good evening, welcome to Bharat Connect, my name is Pooja, how may I assist you?
Customer: Good evening madam, this is Rajesh Subramanian. My SIM has stopped working since morning, it is showing no service.
Executive: Sorry for the inconvenience, sir. Kindly share your registered mobile number.
Customer: 98450 12345.
Executive: Thank you sir. For verification kindly share your date of birth.
Customer: 15th July 1982.
Executive: Thank you. Sir, I can see a SIM swap request was raised on this number yesterday, request number SR2024041188. Did you raise this request?
Customer: No madam! I did not raise anything.
Executive: Then I am blocking the new SIM immediately, sir. To issue a replacement SIM, you need to do e-KYC. Kindly confirm your Aadhaar number.
Customer: 8910 2269 2991.
Executive: And your PAN is BQTPS4821M as per our records?
Customer: Yes, correct.
Executive: The replacement SIM will be delivered to Flat 402, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038. Same address only, sir?
Customer: Yes, same address only.
Executive: Your ₹299 plan with 28 days validity will continue. Confirmation will be sent to rajesh.s@example.com. Kindly also give an alternate number.
Customer: My wife's number, Lakshmi, 97400 56781.
Executive: Thank you sir. The complaint number is CMP-7783201. Is there anything else?
Customer: No, please do the needful quickly.
""",
[
    P("Pooja", "name", "Pooja"),
    P("Rajesh Subramanian", "name", "Rajesh", "Subramanian"),
    P("98450 12345", "phone"),
    P("15th July 1982", "birth_date"),
    P("8910 2269 2991", "national_id", check="aadhaar"),
    P("BQTPS4821M", "national_id", check="pan"),
    P("Flat 402, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038", "address",
      "Flat 402, Sai Krupa Apartments", "560038"),
    P("rajesh.s@example.com", "email", "rajesh.s@example.com", "rajesh.s"),
    P("Lakshmi", "name", "Lakshmi"),
    P("97400 56781", "phone"),
],
[
    L("Bharat Connect", "company_name"),
    L("SR2024041188", "reference"),
    L("₹299", "price"),
    L("28 days", "duration"),
    L("CMP-7783201", "ticket_number"),
    L("e-KYC", "service_name"),
]),
]
