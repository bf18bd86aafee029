# English call transcripts (12): UK, Ireland, US, Canada, Australia, NZ, South Africa, India.
# Hand-written; all persons made up.  Fictitious number ranges where they exist
# (Ofcom 07700 900xxx / 0113 496 0xxx / 0161 496 0xxx, NANP 555-01xx, ACMA 0491 570 xxx).

RECORDS = [
{
"id": "en-call-001",
"note": "UK energy supplier, home move; surname spelled, mobile read out with 'double'",
"text": """Agent: Good morning, you're through to Brightside Energy, my name's Callum. Can I take your name please?
Customer: Hiya, it's Gemma Whitfield.
Agent: Thanks Gemma. Could you spell the surname for me?
Customer: W-H-I-T-F-I-E-L-D.
Agent: Lovely. And for security, your date of birth?
Customer: Twenty-third of April, 1986.
Agent: And the first line of the address and the postcode?
Customer: 14 Cardigan Terrace, LS6 3QT.
Agent: Perfect, I've found you. How can I help?
Customer: I'm moving out on the 1st of March, so I want to give you a final reading and set up the new place.
Agent: No problem. What's the reading?
Customer: Electric is 48213, the meter serial is E12Z045678.
Agent: Got it. And the new address?
Customer: Flat 2, 9 Harehills Lane, Leeds, LS8 4HS.
Agent: I'll move you onto our Flex Saver tariff there, that's 24.5p per kWh, and I'd estimate £87 a month. Best contact number?
Customer: Oh seven seven double oh, nine double oh, four one two.
Agent: 07700 900412. And an email?
Customer: gemma dot whitfield at example dot co dot uk.
Agent: And will you keep paying by Direct Debit from the same account?
Customer: No, new one. Sort code 20-45-77, account number 43918826.
Agent: Brilliant, that's all set up. You'll get a confirmation email within the hour. Anything else, Gemma?
Customer: No, that's everything, ta.""",
"planted": [
    ("Callum", "name", ["Callum"]),
    ("Gemma Whitfield", "name", ["Gemma", "Whitfield", "W-H-I-T-F-I-E-L-D"]),
    ("Twenty-third of April, 1986", "birth_date", ["Twenty-third of April, 1986"]),
    ("14 Cardigan Terrace", "address", ["14 Cardigan Terrace"]),
    ("LS6 3QT", "postcode", ["LS6 3QT"]),
    ("Flat 2, 9 Harehills Lane", "address", ["Flat 2, 9 Harehills Lane"]),
    ("LS8 4HS", "postcode", ["LS8 4HS"]),
    ("Oh seven seven double oh, nine double oh, four one two", "phone",
     ["Oh seven seven double oh, nine double oh, four one two", "07700 900412"]),
    ("gemma dot whitfield at example dot co dot uk", "email",
     ["gemma dot whitfield at example dot co dot uk", "gemma dot whitfield"]),
    ("Sort code 20-45-77, account number 43918826", "iban", ["43918826"], "none"),
],
"lookalikes": [
    ("Brightside Energy", "company_name"),
    ("1st of March", "date"),
    ("48213", "quantity"),
    ("E12Z045678", "meter_number"),
    ("Flex Saver", "tariff_name"),
    ("24.5p per kWh", "price"),
    ("£87 a month", "price"),
],
},
{
"id": "en-call-002",
"note": "Ireland motor insurance claim; Irish-language names with Ó / Ní, Eircode, Irish plates",
"text": """Agent: Good afternoon, Emerald Shield Insurance, Niamh speaking.
Caller: Hi Niamh, this is Ciarán Ó Súilleabháin, I'm ringing about a bit of a bump I had yesterday.
Agent: Oh no, sorry to hear that. Are you alright?
Caller: Grand, grand, nobody hurt.
Agent: Good. Can I get your policy number?
Caller: It's MOT-IE-558120.
Agent: And your date of birth to confirm?
Caller: The 2nd of November 1978.
Agent: Thanks. And the car is the 191-D-23456?
Caller: That's it.
Agent: Can you tell me what happened?
Caller: I was stopped at the lights on the Rock Road and a woman went into the back of me. Aoife Ní Bhriain, she gave me her details. Her car is an 08-KY-4471, and her number is 086 207 5519.
Agent: Perfect. I've opened claim CLM-24-09931. Your excess is €650, but if she's found at fault you'll get that back. Is your address still 12 Grove Park, Rathmines, D06 K2T7?
Caller: It is, yeah.
Agent: And the best number for you?
Caller: 083 419 2716.
Agent: I'll send the claim form to ciaran.osuilleabhain@example.com. You can bring the car to any approved garage, Brennan's Motors in Booterstown is on our panel.
Caller: Great stuff, thanks Niamh.""",
"planted": [
    ("Niamh", "name", ["Niamh"]),
    ("Ciarán Ó Súilleabháin", "name", ["Ciarán", "Súilleabháin"]),
    ("The 2nd of November 1978", "birth_date", ["The 2nd of November 1978"]),
    ("191-D-23456", "plate", ["191-D-23456"]),
    ("Aoife Ní Bhriain", "name", ["Aoife", "Bhriain"]),
    ("08-KY-4471", "plate", ["08-KY-4471"]),
    ("086 207 5519", "phone", ["086 207 5519"]),
    ("12 Grove Park, Rathmines", "address", ["12 Grove Park"]),
    ("D06 K2T7", "postcode", ["D06 K2T7"]),
    ("083 419 2716", "phone", ["083 419 2716"]),
    ("ciaran.osuilleabhain@example.com", "email",
     ["ciaran.osuilleabhain@example.com", "ciaran.osuilleabhain"]),
],
"lookalikes": [
    ("Emerald Shield Insurance", "company_name"),
    ("MOT-IE-558120", "policy_number"),
    ("CLM-24-09931", "claim_number"),
    ("€650", "amount"),
    ("Brennan's Motors", "company_name"),
],
},
{
"id": "en-call-003",
"note": "US family practice front desk, rescheduling; NANP 555-01xx numbers",
"text": """Front desk: Lakeview Family Health, this is Ashley, how can I help you?
Patient: Hi, this is Danielle Ruiz, I need to reschedule my appointment with Dr. Okafor.
Front desk: Sure. Can I get your date of birth?
Patient: March 3rd, 1979.
Front desk: Okay, I see you on Thursday the 6th at 9:40. What works better?
Patient: Anything next week after lunch.
Front desk: I have Tuesday the 11th at 2:15 with Dr. Okafor, it's a 20-minute visit.
Patient: Perfect.
Front desk: Let me update your info while I have you. Still at 2210 West Addison Street, Apartment 3B, Chicago, 60618?
Patient: Yes.
Front desk: And the phone is (312) 555-0147?
Patient: That's my cell, yes.
Front desk: Emergency contact is still Marco Ruiz at (312) 555-0188?
Patient: Yeah, my husband.
Front desk: And you're still with Midwest Care PPO, so your copay will be $25.
Patient: Yes. Can you send the reminder by email? It's druiz79 at example dot com.
Front desk: Got it. You'll also get form B-12 to fill out before the visit.
Patient: Thanks so much.""",
"planted": [
    ("Ashley", "name", ["Ashley"]),
    ("Danielle Ruiz", "name", ["Danielle", "Ruiz"]),
    ("Okafor", "name", ["Okafor"]),
    ("March 3rd, 1979", "birth_date", ["March 3rd, 1979"]),
    ("2210 West Addison Street, Apartment 3B", "address", ["2210 West Addison Street"]),
    ("60618", "postcode", ["60618"]),
    ("(312) 555-0147", "phone", ["(312) 555-0147"]),
    ("Marco Ruiz", "name", ["Marco", "Ruiz"]),
    ("(312) 555-0188", "phone", ["(312) 555-0188"]),
    ("druiz79 at example dot com", "email", ["druiz79 at example dot com", "druiz79"]),
],
"lookalikes": [
    ("Lakeview Family Health", "company_name"),
    ("Thursday the 6th at 9:40", "datetime"),
    ("Tuesday the 11th at 2:15", "datetime"),
    ("20-minute", "duration"),
    ("Midwest Care PPO", "product_name"),
    ("$25", "price"),
    ("form B-12", "reference"),
],
},
{
"id": "en-call-004",
"note": "Canada bank, credit card application by phone; SIN read out in groups",
"text": """Rep: Thank you for calling Northshore Bank, my name is Jean-Philippe. How can I help you today?
Client: Hi, this is Meera Chandrasekaran. I'm applying for the Cash Back Plus Visa and the online form keeps timing out.
Rep: I can finish that with you over the phone. Can I get your date of birth?
Client: July 19th, 1992.
Rep: And for the credit check I'll need your social insurance number.
Client: Sure, it's one six zero, nine zero eight, eight one zero.
Rep: Thank you. Your current address?
Client: 88 Harbord Street, unit 5, Toronto, M6G 1H4.
Rep: Phone number?
Client: 416-555-0139.
Rep: And email?
Client: meera.chandra@example.com.
Rep: Okay. Just so you know, the card is at 19.99% on purchases and we'd start you with a $5,000 limit. Your application reference is 3381-7752, and you'll hear back within 7 to 10 business days.
Client: Great, thanks Jean-Philippe.""",
"planted": [
    ("Jean-Philippe", "name", ["Jean-Philippe", "Jean", "Philippe"]),
    ("Meera Chandrasekaran", "name", ["Meera", "Chandrasekaran"]),
    ("July 19th, 1992", "birth_date", ["July 19th, 1992"]),
    ("one six zero, nine zero eight, eight one zero", "national_id",
     ["one six zero, nine zero eight, eight one zero"], "sin", "160908810"),
    ("88 Harbord Street, unit 5", "address", ["88 Harbord Street"]),
    ("M6G 1H4", "postcode", ["M6G 1H4"]),
    ("416-555-0139", "phone", ["416-555-0139"]),
    ("meera.chandra@example.com", "email", ["meera.chandra@example.com", "meera.chandra"]),
],
"lookalikes": [
    ("Northshore Bank", "company_name"),
    ("Cash Back Plus Visa", "product_name"),
    ("19.99%", "percentage"),
    ("$5,000", "amount"),
    ("3381-7752", "reference"),
    ("7 to 10 business days", "duration"),
],
},
{
"id": "en-call-005",
"note": "Australian super fund, consolidation; TFN read out, ACMA fictitious mobile",
"text": """[00:00:04] Agent: G'day, you're speaking with Mia at Coastline Super, how can I help?
[00:00:08] Caller: Oh hi Mia, my name's Shane O'Connell. I've just started a new job and I want to roll my old super into my account with you.
[00:00:16] Agent: No worries. Can I confirm your date of birth?
[00:00:19] Caller: Twelfth of August, eighty-three.
[00:00:23] Agent: And so we can search for your other accounts, I'll need your tax file number.
[00:00:28] Caller: Yep, seven nine two, four eight oh, one nine six.
[00:00:36] Agent: Thanks. I can see a balance of $18,420.55 sitting with Harbourline Super. Want me to roll that over?
[00:00:44] Caller: Yes please.
[00:00:46] Agent: Done, it usually takes 3 business days. You're in the Balanced option, fees are 0.85% a year. What's your residential address?
[00:00:55] Caller: Unit 4, 18 Bondi Road, Bondi NSW 2026.
[00:01:01] Agent: And mobile?
[00:01:03] Caller: 0491 570 156.
[00:01:07] Agent: And email?
[00:01:09] Caller: shane.oconnell@example.com.
[00:01:13] Agent: Lovely. You'll also get form SR-2 to sign in the app. Anything else, Shane?
[00:01:18] Caller: Nah, that's it, cheers.""",
"planted": [
    ("Mia", "name", ["Mia"]),
    ("Shane O'Connell", "name", ["Shane", "O'Connell", "Connell"]),
    ("Twelfth of August, eighty-three", "birth_date", ["Twelfth of August, eighty-three"]),
    ("seven nine two, four eight oh, one nine six", "national_id",
     ["seven nine two, four eight oh, one nine six"], "tfn", "792480196"),
    ("Unit 4, 18 Bondi Road", "address", ["Unit 4, 18 Bondi Road", "18 Bondi Road"]),
    ("2026", "postcode", ["2026"]),
    ("0491 570 156", "phone", ["0491 570 156"]),
    ("shane.oconnell@example.com", "email", ["shane.oconnell@example.com", "shane.oconnell"]),
],
"lookalikes": [
    ("Coastline Super", "company_name"),
    ("$18,420.55", "amount"),
    ("Harbourline Super", "company_name"),
    ("3 business days", "duration"),
    ("Balanced option", "product_name"),
    ("0.85%", "percentage"),
    ("form SR-2", "reference"),
],
},
{
"id": "en-call-006",
"note": "NZ payroll bureau; IRD number read out, NZ bank account format",
"text": """PAYROLL: Kia ora, KiwiPay Payroll, Hemi speaking.
CALLER: Kia ora Hemi, it's Aroha Tipene. I started at Waikato Kitchens three weeks ago and my first pay had way too much tax taken off.
PAYROLL: Let's have a look. Can I get your IRD number?
CALLER: Zero one four, five two two, three two eight.
PAYROLL: Thanks. Yep, you've been on the no-notification rate of 45 percent, because we never got your tax code declaration.
CALLER: I filled it in! Tax code M.
PAYROLL: It hasn't come through to us. I'll send you the form again and once it's back we'll fix it in the next pay run. Your net pay was $1,842.60 for the pay period ending 14 March, so you'll get a refund of the extra tax.
CALLER: Okay. And can you check my bank account is right? It should be 12-3140-0412958-00.
PAYROLL: That's what we have. And KiwiSaver at 3 percent, is that right?
CALLER: Yes.
PAYROLL: Where should I post the form?
CALLER: 27 Kowhai Street, Hamilton East, Hamilton 3216. Or email is easier, aroha.tipene@example.com.
PAYROLL: I'll email it. And a phone number in case?
CALLER: 021 084 3371.
PAYROLL: Sweet as, you'll have it in five minutes.""",
"planted": [
    ("Hemi", "name", ["Hemi"]),
    ("Aroha Tipene", "name", ["Aroha", "Tipene"]),
    ("Zero one four, five two two, three two eight", "national_id",
     ["Zero one four, five two two, three two eight"], "ird", "014522328"),
    ("12-3140-0412958-00", "iban", ["12-3140-0412958-00"], "none"),
    ("27 Kowhai Street, Hamilton East", "address", ["27 Kowhai Street"]),
    ("3216", "postcode", ["3216"]),
    ("aroha.tipene@example.com", "email", ["aroha.tipene@example.com", "aroha.tipene"]),
    ("021 084 3371", "phone", ["021 084 3371"]),
],
"lookalikes": [
    ("KiwiPay Payroll", "company_name"),
    ("Waikato Kitchens", "company_name"),
    ("45 percent", "percentage"),
    ("Tax code M", "reference"),
    ("$1,842.60", "amount"),
    ("14 March", "date"),
    ("3 percent", "percentage"),
],
},
{
"id": "en-call-007",
"note": "South Africa medical scheme, adding a newborn; agent has an Afrikaans name with particles",
"text": """Agent: Good morning, Ubuntu Health Medical Scheme, you're speaking to Pieter van der Merwe.
Member: Morning Pieter, it's Thandiwe Nkosi. I want to add my baby to my medical aid.
Agent: Congratulations! Can I have your ID number please?
Member: 900814 2875 081.
Agent: Thank you, Mrs Nkosi. And the baby's name and date of birth?
Member: Lwazi, L-W-A-Z-I, born on the 2nd of February 2025.
Agent: Lovely. You have 30 days from the birth to add him without waiting periods, so we're in time. You're on the Comprehensive Plus option, so the contribution goes up by R1 250 a month for a child dependant.
Member: Okay, that's fine.
Agent: Is your address still 44 Mthembu Street, Diepkloof, 1862?
Member: Yes.
Agent: And your cell number is 072 318 4409?
Member: Yes. My husband Sibusiso can also be a contact, his number is 083 611 2094.
Agent: I'll add him. Please email the birth certificate to us and put reference MED-55102 in the subject. Which email should the confirmation go to?
Member: thandi.nkosi@example.com.
Agent: Done. Enjoy the little one!""",
"planted": [
    ("Pieter van der Merwe", "name", ["Pieter", "Merwe"]),
    ("Thandiwe Nkosi", "name", ["Thandiwe", "Nkosi"]),
    ("900814 2875 081", "national_id", ["900814 2875 081"], "said"),
    ("Lwazi", "name", ["Lwazi", "L-W-A-Z-I"]),
    ("the 2nd of February 2025", "birth_date", ["the 2nd of February 2025"]),
    ("44 Mthembu Street, Diepkloof", "address", ["44 Mthembu Street"]),
    ("1862", "postcode", ["1862"]),
    ("072 318 4409", "phone", ["072 318 4409"]),
    ("Sibusiso", "name", ["Sibusiso"]),
    ("083 611 2094", "phone", ["083 611 2094"]),
    ("thandi.nkosi@example.com", "email", ["thandi.nkosi@example.com", "thandi.nkosi"]),
],
"lookalikes": [
    ("Ubuntu Health Medical Scheme", "company_name"),
    ("30 days", "duration"),
    ("Comprehensive Plus", "product_name"),
    ("R1 250 a month", "price"),
    ("MED-55102", "reference"),
],
},
{
"id": "en-call-008",
"note": "India bank KYC call, lower-case ASR with Hinglish; Aadhaar and PAN read out",
"text": """agent: thank you for calling sahyadri bank this is rahul how may i help you
customer: haan hi rahul my name is ananya iyer i got one sms that my kyc is pending and account will be frozen
agent: yes ma'am i can help you with that can you please confirm your date of birth
customer: fifth june nineteen ninety four
agent: thank you ma'am and your aadhaar number please
customer: it is nine four seven nine two five eight seven eight seven six one
agent: and your pan number
customer: r e v p i eight four nine two a
agent: thank you ma'am your registered mobile number
customer: nine eight four five one six three seven two zero
agent: and current address ma'am
customer: flat three zero two lotus residency fourth cross indiranagar bengaluru five six zero zero three eight
agent: okay ma'am i have updated everything your ticket number is s r four four eight one two zero seven and kyc will be updated within forty eight hours
customer: and minimum balance is still ten thousand na
agent: yes ma'am ten thousand rupees for the savings max account
customer: okay and please send confirmation on mail ananya dot iyer at example dot com
agent: sure ma'am also please update the sahyadri bank app to version eight point one point three
customer: okay thank you
agent: thank you for calling have a nice day""",
"planted": [
    ("rahul", "name", ["rahul"]),
    ("ananya iyer", "name", ["ananya", "iyer"]),
    ("fifth june nineteen ninety four", "birth_date", ["fifth june nineteen ninety four"]),
    ("nine four seven nine two five eight seven eight seven six one", "national_id",
     ["nine four seven nine two five eight seven eight seven six one"], "aadhaar", "947925878761"),
    ("r e v p i eight four nine two a", "national_id",
     ["r e v p i eight four nine two a"], "pan", "REVPI8492A"),
    ("nine eight four five one six three seven two zero", "phone",
     ["nine eight four five one six three seven two zero"]),
    ("flat three zero two lotus residency fourth cross indiranagar", "address",
     ["flat three zero two lotus residency"]),
    ("five six zero zero three eight", "postcode", ["five six zero zero three eight"]),
    ("ananya dot iyer at example dot com", "email",
     ["ananya dot iyer at example dot com", "ananya dot iyer"]),
],
"lookalikes": [
    ("sahyadri bank", "company_name"),
    ("s r four four eight one two zero seven", "ticket_number"),
    ("forty eight hours", "duration"),
    ("ten thousand rupees", "amount"),
    ("savings max account", "product_name"),
    ("version eight point one point three", "version"),
],
},
{
"id": "en-call-009",
"note": "UK GP surgery repeat prescription; NHS number read out; Ofcom Leeds drama number",
"text": """[SPEAKER 1] Good morning, Moorside Medical Practice, Claire speaking.
[SPEAKER 2] Morning love, it's Margaret Oyelaran. I need my blood pressure tablets sorting.
[SPEAKER 1] Can I take your date of birth, Margaret?
[SPEAKER 2] Ninth of January, 1951.
[SPEAKER 1] And the first line of your address?
[SPEAKER 2] 17 Elmtree Close.
[SPEAKER 1] Thank you. Your record's showing a different NHS number to the hospital letter, could you read me the one on your letter?
[SPEAKER 2] Eight one seven, two eight oh, five six nine one.
[SPEAKER 1] Lovely, that matches now. So that's the amlodipine 5mg, 28 tablets, I'll send it to your usual pharmacy. Dr Hussain wants to see you for a review in 6 months.
[SPEAKER 2] My son Tunde picks them up, from Boots on Briggate.
[SPEAKER 1] That's fine. Is your phone number still 0113 496 0581?
[SPEAKER 2] It is. And the postcode's LS17 8QT if you need it.
[SPEAKER 1] Got it. It'll be ready in 48 hours.
[SPEAKER 2] Thank you, love.""",
"planted": [
    ("Claire", "name", ["Claire"]),
    ("Margaret Oyelaran", "name", ["Margaret", "Oyelaran"]),
    ("Ninth of January, 1951", "birth_date", ["Ninth of January, 1951"]),
    ("17 Elmtree Close", "address", ["17 Elmtree Close"]),
    ("Eight one seven, two eight oh, five six nine one", "national_id",
     ["Eight one seven, two eight oh, five six nine one"], "nhs", "8172805691"),
    ("Hussain", "name", ["Hussain"]),
    ("Tunde", "name", ["Tunde"]),
    ("0113 496 0581", "phone", ["0113 496 0581"]),
    ("LS17 8QT", "postcode", ["LS17 8QT"]),
],
"lookalikes": [
    ("Moorside Medical Practice", "company_name"),
    ("amlodipine 5mg", "medication"),
    ("28 tablets", "quantity"),
    ("6 months", "duration"),
    ("Boots on Briggate", "store_name"),
    ("48 hours", "duration"),
],
},
{
"id": "en-call-010",
"note": "UK parcel carrier, raw lower-case ASR without labels; postcode and phone spoken",
"text": """hi you're through to swiftparcel my name's jade how can i help
yeah hiya it's tom brennan i've had a card through saying you tried to deliver but i was in all day
oh sorry about that have you got the tracking number
yeah it's s p seven seven four one two zero nine three g b
and can i take the postcode
s k nine seven d w
and the first line of the address
fourteen larch avenue
thank you tom so it says the driver couldn't get access
there's no gate or anything honestly
okay what i can do is book a redelivery for thursday between ten and two the first redelivery is free after that it's three ninety nine
thursday's fine if i'm out just leave it in the green wheelie bin or with mrs patel at number twelve
i'll add that as a safe place and if the driver needs to call you what's the best number
oh one six one four nine six oh three two seven
and an email for updates
tom dot brennan at example dot com
lovely and you said someone else might be in
yeah my partner kirsty works from home on thursdays
great it's two point four kilos so it'll fit in the bin no problem
cheers jade""",
"planted": [
    ("jade", "name", ["jade"]),
    ("tom brennan", "name", ["tom", "brennan"]),
    ("s k nine seven d w", "postcode", ["s k nine seven d w"]),
    ("fourteen larch avenue", "address", ["fourteen larch avenue"]),
    ("patel", "name", ["patel"]),
    ("oh one six one four nine six oh three two seven", "phone",
     ["oh one six one four nine six oh three two seven"]),
    ("tom dot brennan at example dot com", "email",
     ["tom dot brennan at example dot com", "tom dot brennan"]),
    ("kirsty", "name", ["kirsty"]),
],
"lookalikes": [
    ("swiftparcel", "company_name"),
    ("s p seven seven four one two zero nine three g b", "tracking_number"),
    ("thursday between ten and two", "time"),
    ("three ninety nine", "price"),
    ("two point four kilos", "quantity"),
],
},
{
"id": "en-call-011",
"note": "Irish county council housing grant; PPSN read out, Eircode, apartment building name",
"text": """00:00:03 Agent: Shannonside County Council, housing section, Eoin speaking.
00:00:07 Caller: Hello Eoin, my name is Siobhán Ní Mhurchú. I'm ringing about my application for the Housing Adaptation Grant.
00:00:15 Agent: No problem. Have you the application reference?
00:00:18 Caller: HAG-2024-1187.
00:00:22 Agent: Thanks. And for verification, your PPS number?
00:00:25 Caller: Seven oh nine five four four oh B.
00:00:33 Agent: And your date of birth?
00:00:35 Caller: The twenty-first of June, 1962.
00:00:40 Agent: Thank you. We're still waiting on the occupational therapist's report. Once we have it, the decision takes six to eight weeks. The grant is up to €30,000 for the bathroom works. Is the address Apartment 6, Riverside Court, Ennis Road, Limerick, V94 R2K8?
00:00:58 Caller: That's right.
00:01:00 Agent: I'll post out Form HG2 for the contractor quotes.
00:01:05 Caller: Could you send it to my husband Declan as well? He looks after the paperwork. His mobile is 087 316 4482.
00:01:14 Agent: I can only post it to the applicant, but I can email you a copy. What email have you?
00:01:19 Caller: siobhan.nimhurchu@example.com.
00:01:24 Agent: Grand, that's gone to you now.""",
"planted": [
    ("Eoin", "name", ["Eoin"]),
    ("Siobhán Ní Mhurchú", "name", ["Siobhán", "Mhurchú"]),
    ("Seven oh nine five four four oh B", "national_id",
     ["Seven oh nine five four four oh B"], "ppsn", "7095440B"),
    ("The twenty-first of June, 1962", "birth_date", ["The twenty-first of June, 1962"]),
    ("Apartment 6, Riverside Court, Ennis Road", "address", ["Apartment 6, Riverside Court"]),
    ("V94 R2K8", "postcode", ["V94 R2K8"]),
    ("Declan", "name", ["Declan"]),
    ("087 316 4482", "phone", ["087 316 4482"]),
    ("siobhan.nimhurchu@example.com", "email", ["siobhan.nimhurchu@example.com", "siobhan.nimhurchu"]),
],
"lookalikes": [
    ("Shannonside County Council", "company_name"),
    ("Housing Adaptation Grant", "product_name"),
    ("HAG-2024-1187", "reference"),
    ("six to eight weeks", "duration"),
    ("€30,000", "amount"),
    ("Form HG2", "reference"),
],
},
{
"id": "en-call-012",
"note": "Canadian airline, adding a child to a booking; hyphenated surname, card read out",
"text": """AGENT (Brianna): Thanks for calling Maple Air, this is Brianna. Can I get your confirmation code?
CALLER: QX7P2L. The name's Kenji Watanabe-Ross.
AGENT (Brianna): Thank you. I see you on flight 1184 Vancouver to Toronto on June 14th at 7:05 a.m. How can I help?
CALLER: I need to add my daughter, Hana. She turned two so she needs her own seat now.
AGENT (Brianna): Of course. Her date of birth?
CALLER: May 30th, 2023. Hana Watanabe-Ross, same last name as me.
AGENT (Brianna): I can put her in seat 22C next to you. The fare is $214.60 plus taxes. How would you like to pay?
CALLER: Visa, four oh three eight, two one one five, three five two five, nine six seven six.
AGENT (Brianna): And the billing address?
CALLER: 1820 West 4th Avenue, Vancouver, V6J 1M3.
AGENT (Brianna): Is 604-555-0173 still the best number?
CALLER: Yes.
AGENT (Brianna): And I'll send the updated itinerary to the email on file?
CALLER: Actually use kenji dot w r at example dot com.
AGENT (Brianna): Done. Hana's all set. Have a great trip!""",
"planted": [
    ("Brianna", "name", ["Brianna"]),
    ("Kenji Watanabe-Ross", "name", ["Kenji", "Watanabe-Ross", "Watanabe", "Ross"]),
    ("Hana Watanabe-Ross", "name", ["Hana", "Watanabe-Ross", "Watanabe", "Ross"]),
    ("May 30th, 2023", "birth_date", ["May 30th, 2023"]),
    ("four oh three eight, two one one five, three five two five, nine six seven six", "card",
     ["four oh three eight, two one one five, three five two five, nine six seven six"],
     "card", "4038211535259676"),
    ("1820 West 4th Avenue", "address", ["1820 West 4th Avenue"]),
    ("V6J 1M3", "postcode", ["V6J 1M3"]),
    ("604-555-0173", "phone", ["604-555-0173"]),
    ("kenji dot w r at example dot com", "email",
     ["kenji dot w r at example dot com", "kenji dot w r"]),
],
"lookalikes": [
    ("Maple Air", "company_name"),
    ("QX7P2L", "booking_reference"),
    ("flight 1184", "flight_number"),
    ("June 14th at 7:05 a.m.", "datetime"),
    ("seat 22C", "reference"),
    ("$214.60", "price"),
],
},
]
