"""English call transcripts (12): UK, Ireland, US, Canada, Australia, NZ, India.
Written by hand; all personal data made up (Ofcom drama numbers, 555-01xx,
ACMA fictitious numbers, SSN 987-65-432x, NHS 999 range)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import email, handle, la, name, only, pii, rec  # noqa: E402

RECORDS = []

# 001 UK energy supplier, moving home, Agent:/Customer:
RECORDS.append(rec("en-call-001", """
Agent: Good morning, you're through to Brightwater Energy, my name's Callum. Can I take your name, please?
Customer: Hi, yeah, it's Joanne Whittaker. That's W-H-I-T-T-A-K-E-R.
Agent: Thanks, Joanne. And the first line of the address and the postcode?
Customer: 42 Cardigan Lane, LS6 2QT.
Agent: And just for security, your date of birth?
Customer: Fourteenth of March, 1979.
Agent: Lovely, thank you. How can I help today?
Customer: I'm moving out on the 28th, so I need to give you final readings and set up the account at the new place.
Agent: No problem at all. What are the readings?
Customer: Electric's 18422 and gas is 07391.
Agent: Got those. And the new address?
Customer: 9 Moorland View, Otley, LS21 3DF.
Agent: Perfect. Would you like to pay by Direct Debit at the new property?
Customer: Yes please. Sort code 35-25-71, account 82195172.
Agent: And the best number to reach you on?
Customer: Mobile's oh seven seven double oh, nine double oh, one four two.
Agent: And an email for the welcome pack?
Customer: jo dot whittaker79 at example dot com.
Agent: Will anyone else be on the account?
Customer: Yeah, my partner, Arjun Malhotra. He's moving in with me.
Agent: I've added him as a second account holder. You'll be on our Fixed Saver 24 tariff, your new account number is BW-5561208, and the final bill for Cardigan Lane will come within two weeks.
Customer: Brilliant, thanks Callum.
""", [
    name("Callum"),
    name("Joanne Whittaker", "W-H-I-T-T-A-K-E-R"),
    only("address", "42 Cardigan Lane, LS6 2QT", "42 Cardigan Lane", "LS6 2QT"),
    pii("birth_date", "Fourteenth of March, 1979"),
    only("address", "9 Moorland View, Otley, LS21 3DF", "9 Moorland View", "LS21 3DF"),
    only("iban", "Sort code 35-25-71, account 82195172", "82195172"),
    pii("phone", "oh seven seven double oh, nine double oh, one four two"),
    email("jo dot whittaker79 at example dot com", "jo dot whittaker79"),
    name("Arjun Malhotra"),
], [
    la("company_name", "Brightwater Energy"),
    la("date", "the 28th"),
    la("meter_reading", "18422"),
    la("meter_reading", "07391"),
    la("tariff", "Fixed Saver 24"),
    la("customer_number", "BW-5561208"),
    la("duration", "two weeks"),
]))

# 002 UK GP surgery, child with a rash, timestamps
RECORDS.append(rec("en-call-002", """
[09:00:12] Receptionist: Good morning, Parkside Medical Centre, Shannon speaking.
[09:00:15] Caller: Morning. I need an appointment for my son, he's had a rash since Saturday.
[09:00:19] Receptionist: Can I take his name and date of birth?
[09:00:22] Caller: Oliver Tran, twenty-second of June 2017.
[09:00:30] Receptionist: And are you mum?
[09:00:31] Caller: Yes, I'm Linh Tran.
[09:00:35] Receptionist: Have you got his NHS number handy by any chance?
[09:00:40] Caller: Erm, yes, it's on his red book. 999 998 5564.
[09:00:48] Receptionist: Thank you. And he's still at 17 Birchfields Road, M14 6PJ?
[09:00:52] Caller: That's right.
[09:00:55] Receptionist: Dr Okafor has an urgent slot at 11:40 this morning. Can you make that?
[09:01:02] Caller: I'm at work, can my mum bring him? Her name's Hoa Nguyen.
[09:01:07] Receptionist: That's fine, as long as you've given consent, which I'll note now. What's the best number for you?
[09:01:10] Caller: The landline's 0161 496 0733, or my mobile, 07700 900581, that's better.
[09:01:20] Receptionist: Lovely. In the meantime you can give him Calpol, 5 ml. If the rash doesn't fade when you press a glass on it, call 999 straight away.
[09:01:30] Caller: Will do, thank you.
""", [
    name("Shannon"),
    name("Oliver Tran"),
    pii("birth_date", "twenty-second of June 2017"),
    name("Linh Tran"),
    pii("national_id", "999 998 5564"),
    only("address", "17 Birchfields Road, M14 6PJ", "17 Birchfields Road", "M14 6PJ"),
    name("Okafor"),
    name("Hoa Nguyen"),
    pii("phone", "0161 496 0733"),
    pii("phone", "07700 900581"),
], [
    la("company_name", "Parkside Medical Centre"),
    la("date", "since Saturday"),
    la("time", "11:40"),
    la("time", "09:00:40"),
    la("product_name", "Calpol"),
    la("quantity", "5 ml"),
]))

# 003 Scottish council tax, single person discount, lower-case ASR
RECORDS.append(rec("en-call-003", """
[SPEAKER 1] good afternoon eastfield council council tax you're speaking to ryan how can i help
[SPEAKER 2] hiya yeah my partner's moved out so i want to apply for the single person discount
[SPEAKER 1] okay no bother can i get your council tax reference number
[SPEAKER 2] it's four zero zero seven one two three eight
[SPEAKER 1] and your full name
[SPEAKER 2] kirsty mcallister
[SPEAKER 1] and the address
[SPEAKER 2] flat two stroke one twenty six dalmally street
[SPEAKER 1] and the postcode
[SPEAKER 2] g twenty eight e x
[SPEAKER 1] thank you and what's the name of the person who's moved out
[SPEAKER 2] darren boyle he left on the fifteenth of april
[SPEAKER 1] have you got a forwarding address for him
[SPEAKER 2] he's at his mum's i think forty one ashgrove crescent in paisley
[SPEAKER 1] that's fine and can i just take your national insurance number to verify
[SPEAKER 2] yeah it's g l nine five oh seven three nine b
[SPEAKER 1] lovely so that's the twenty five percent discount backdated to the fifteenth of april and your new bill will be ninety eight pounds forty a month over ten instalments
[SPEAKER 2] brilliant
[SPEAKER 1] and a contact number in case we need anything
[SPEAKER 2] oh seven seven double oh nine double oh three six nine
[SPEAKER 1] and an email for the new bill
[SPEAKER 2] kirsty mac one two at example dot com
[SPEAKER 1] that's all done for you kirsty you'll get the bill in about five working days
""", [
    name("ryan"),
    name("kirsty mcallister"),
    only("address", "flat two stroke one twenty six dalmally street", "twenty six dalmally street", "flat two stroke one twenty six dalmally street"),
    pii("postcode", "g twenty eight e x"),
    name("darren boyle"),
    only("address", "forty one ashgrove crescent in paisley", "forty one ashgrove crescent"),
    pii("national_id", "g l nine five oh seven three nine b"),
    pii("phone", "oh seven seven double oh nine double oh three six nine"),
    email("kirsty mac one two at example dot com", "kirsty mac one two"),
], [
    la("company_name", "eastfield council"),
    la("reference", "four zero zero seven one two three eight"),
    la("date", "the fifteenth of april"),
    la("percentage", "twenty five percent"),
    la("price", "ninety eight pounds forty"),
    la("quantity", "ten instalments"),
    la("duration", "five working days"),
]))

# 004 Irish car insurance renewal, Agent:/Caller:
RECORDS.append(rec("en-call-004", """
Agent: Good morning, you're through to Emerald Motor Insurance, my name is Aoife. Can I take your policy number?
Caller: Morning Aoife, yeah, it's EMI-3318840.
Agent: Thanks. And your name?
Caller: Cathal Ó Súilleabháin.
Agent: Could you spell the surname for me?
Caller: S-U-I-L-L-E-A-B-H-A-I-N, with a fada on the u and on the second a.
Agent: Grand. And your date of birth?
Caller: Third of November, eighty-six.
Agent: And the address with the Eircode?
Caller: 14 Griffith Avenue, Drumcondra, Dublin 9, D09 K2W7.
Agent: Lovely. So the renewal for the Toyota Corolla, registration 171-D-48213, comes to €742.18 for the year.
Caller: That's gone up a fair bit. I've nine years no-claims.
Agent: I can see that, it's applied already. Was there anything you wanted to change on the policy?
Caller: I was going to add my daughter, Niamh. She's just passed her test, she was born the 2nd of May 2005.
Agent: I can do that, but with a newly qualified driver the premium goes to €1,118.40.
Caller: Ah, leave it so for now. Can I pay by direct debit instead of the card?
Agent: Of course. What's the IBAN?
Caller: IE94 AIBK 2936 5259 9883 24.
Agent: And a mobile number for the documents?
Caller: 087 412 6630.
Agent: That's all done, Cathal. Your documents will be emailed within the hour.
""", [
    name("Aoife"),
    name("Cathal Ó Súilleabháin", "S-U-I-L-L-E-A-B-H-A-I-N"),
    pii("birth_date", "Third of November, eighty-six"),
    only("address", "14 Griffith Avenue, Drumcondra, Dublin 9, D09 K2W7", "14 Griffith Avenue", "D09 K2W7"),
    pii("plate", "171-D-48213"),
    name("Niamh"),
    pii("birth_date", "the 2nd of May 2005"),
    pii("iban", "IE94 AIBK 2936 5259 9883 24"),
    pii("phone", "087 412 6630"),
], [
    la("company_name", "Emerald Motor Insurance"),
    la("policy_number", "EMI-3318840"),
    la("product_name", "Toyota Corolla"),
    la("price", "€742.18"),
    la("duration", "nine years"),
    la("price", "€1,118.40"),
]))

# 005 Irish electricity, new tenant, dash lines
RECORDS.append(rec("en-call-005", """
- Good afternoon, Glas Energy, this is Ronan speaking.
- Hi Ronan. I'm after moving into a new apartment and I want to set up the electricity.
- No problem. Can I take your name?
- Siobhán Ní Bhriain. That's B-H-R-I-A-I-N for the surname.
- Thanks, Siobhán. And the address?
- Apartment 6, Riverside Court, Blackpool, Cork, T23 F6X4.
- Have you got the MPRN? It's usually on the meter box or an old bill.
- The landlord gave it to me, it's 10 006 214 937.
- Perfect. And a meter reading?
- 031582.
- And your date of birth, please?
- The twelfth of the seventh, ninety-four.
- Thanks. I can see the previous tenant, Kevin Doyle, closed his account on the 1st of May, so there's no gap.
- Grand. The landlord's Tadhg Fitzgerald, if you need to contact him.
- That's fine, we won't need to. You'll be on Standard Smart with a €50 welcome credit. Would you like to pay by direct debit?
- Yeah. The IBAN is IE98 BOFI 7776 9734 1632 39.
- And an email address?
- siobhan dot nibhriain at example dot com.
- And a mobile number?
- Oh eight five, seven two two, four nine one six.
- Lovely. You'll get a welcome email today. Anything else I can help with?
- No, that's great, thanks a million.
""", [
    name("Ronan"),
    name("Siobhán Ní Bhriain", "B-H-R-I-A-I-N"),
    only("address", "Apartment 6, Riverside Court, Blackpool, Cork, T23 F6X4", "Apartment 6, Riverside Court", "T23 F6X4"),
    pii("birth_date", "The twelfth of the seventh, ninety-four"),
    name("Kevin Doyle"),
    name("Tadhg Fitzgerald"),
    pii("iban", "IE98 BOFI 7776 9734 1632 39"),
    email("siobhan dot nibhriain at example dot com", "siobhan dot nibhriain"),
    pii("phone", "Oh eight five, seven two two, four nine one six"),
], [
    la("company_name", "Glas Energy"),
    la("meter_number", "10 006 214 937"),
    la("meter_reading", "031582"),
    la("date", "the 1st of May"),
    la("tariff", "Standard Smart"),
    la("price", "€50 welcome credit"),
]))

# 006 US pharmacy refill, Rep:/Caller:
RECORDS.append(rec("en-call-006", """
Rep: Thank you for calling Main Street Pharmacy, this is Tyler. How can I help you?
Caller: Hi, I'm calling to refill a prescription for my mom. She's out of her blood pressure meds.
Rep: Sure thing. What's the patient's name and date of birth?
Caller: Dolores Ramirez, R-A-M-I-R-E-Z, date of birth April ninth, nineteen fifty-two.
Rep: And who am I speaking with?
Caller: I'm her daughter, Gabriela Ramirez-Ortiz.
Rep: Thanks, Gabriela. Do you have the Rx number?
Caller: It's 6104472-03.
Rep: Okay, that's lisinopril 20 milligrams, 90 tablets. It looks like there are no refills left, so I'll send a request to Dr. Kowalski's office.
Caller: Okay. Can you deliver it? She doesn't drive anymore.
Rep: We can. Is the address still 1187 Alder Creek Drive, Sacramento, CA 95831?
Caller: Yes.
Rep: Delivery is $4.99 and her copay is $12.50. Would you like to pay now?
Caller: Yeah, on my card, four seven five one, one seven two oh, one two one seven, seven four oh eight.
Rep: Thank you. Once the doctor approves it, it should go out by 4 p.m. tomorrow. Can we text you when it's on the way?
Caller: Sure, (916) 555-0148. If nobody answers the door, my husband Luis Ortiz is usually home.
Rep: Got it. Anything else today?
Caller: No, that's it, thanks.
""", [
    name("Tyler"),
    name("Dolores Ramirez", "R-A-M-I-R-E-Z"),
    pii("birth_date", "April ninth, nineteen fifty-two"),
    name("Gabriela Ramirez-Ortiz"),
    name("Kowalski"),
    only("address", "1187 Alder Creek Drive, Sacramento, CA 95831", "1187 Alder Creek Drive", "95831"),
    pii("card", "four seven five one, one seven two oh, one two one seven, seven four oh eight"),
    pii("phone", "(916) 555-0148"),
    name("Luis Ortiz"),
], [
    la("company_name", "Main Street Pharmacy"),
    la("reference", "6104472-03"),
    la("product_name", "lisinopril 20 milligrams"),
    la("quantity", "90 tablets"),
    la("price", "$4.99"),
    la("price", "$12.50"),
    la("time", "by 4 p.m. tomorrow"),
]))

# 007 US wireless carrier, new line, lower-case ASR with mm:ss stamps
RECORDS.append(rec("en-call-007", """
00:00 agent: thanks for calling horizon wireless my name is brianna can i get your name please
00:04 caller: yeah it's marcus whitfield
00:07 agent: hi marcus what can i do for you today
00:09 caller: i want to add a line for my daughter she's turning thirteen
00:14 agent: awesome for a new line we run a soft credit check so i'll need your social security number
00:19 caller: uh okay nine eight seven six five four three two three
00:27 agent: and your date of birth
00:29 caller: october third nineteen eighty one
00:33 agent: and the billing address
00:35 caller: four twenty two maple ridge court columbus ohio four three two one five
00:43 agent: perfect and the name for the new line
00:45 caller: kayla whitfield
00:48 agent: okay so that's an iphone fifteen at zero down and twenty three sixty one a month for thirty six months on the unlimited plus plan
00:58 caller: yeah that's fine
01:01 agent: the new number is six one four five five five oh one seven three and it's linked to your main number six one four five five five oh one two nine
01:12 caller: cool
01:14 agent: and where should i send the receipt
01:16 caller: marcus dot whitfield at example dot net
01:21 agent: you're all set your order number is w four four one eight two seven six
""", [
    name("brianna"),
    name("marcus whitfield"),
    pii("national_id", "nine eight seven six five four three two three"),
    pii("birth_date", "october third nineteen eighty one"),
    only("address", "four twenty two maple ridge court columbus ohio", "four twenty two maple ridge court"),
    pii("postcode", "four three two one five"),
    name("kayla whitfield"),
    pii("phone", "six one four five five five oh one seven three"),
    pii("phone", "six one four five five five oh one two nine"),
    email("marcus dot whitfield at example dot net", "marcus dot whitfield"),
], [
    la("company_name", "horizon wireless"),
    la("product_name", "iphone fifteen"),
    la("price", "twenty three sixty one a month"),
    la("duration", "thirty six months"),
    la("tariff", "unlimited plus plan"),
    la("order_number", "w four four one eight two seven six"),
]))

# 008 Canadian bank, TFSA and address change, [Agent]/[Customer]
RECORDS.append(rec("en-call-008", """
[Agent] Thank you for calling Maple Leaf Trust, my name is Gurpreet. How can I help you today?
[Customer] Hi, I'd like to open a TFSA, and I also need to update my address.
[Agent] I can help with both. Can I have your full name?
[Customer] Émilie Gagnon-Roy.
[Agent] And your date of birth?
[Customer] July 30th, 1990.
[Agent] Thank you. I have your address as 88 Broadview Avenue, Unit 1205, Toronto, M4M 2E8.
[Customer] That's the old one. I moved to 2150 Lake Shore Blvd West, Unit 907, Etobicoke, ON M8V 4H4.
[Agent] Updated. For the TFSA I'll need your Social Insurance Number.
[Customer] Sure, it's 026 957 746.
[Agent] Thank you. You have $7,000 of contribution room for this year. Would you like to put it into the 1-year GIC at 4.15%?
[Customer] Yes, let's do that. And I want my husband, Daniel Roy, as the beneficiary.
[Agent] No problem. Is (647) 555-0192 still the best number for you?
[Customer] Yes, it is.
[Agent] And I'll send the documents to emilie.gr@example.com. Your reference number is TF-2209184, and the account is at branch transit 04512.
[Customer] Perfect, thank you.
""", [
    name("Gurpreet"),
    name("Émilie Gagnon-Roy"),
    pii("birth_date", "July 30th, 1990"),
    only("address", "88 Broadview Avenue, Unit 1205, Toronto, M4M 2E8", "88 Broadview Avenue", "M4M 2E8"),
    only("address", "2150 Lake Shore Blvd West, Unit 907, Etobicoke, ON M8V 4H4", "2150 Lake Shore Blvd West", "M8V 4H4"),
    pii("national_id", "026 957 746"),
    name("Daniel Roy"),
    pii("phone", "(647) 555-0192"),
    email("emilie.gr@example.com"),
], [
    la("company_name", "Maple Leaf Trust"),
    la("product_name", "TFSA"),
    la("price", "$7,000"),
    la("product_name", "1-year GIC"),
    la("percentage", "4.15%"),
    la("reference", "TF-2209184"),
    la("reference", "04512"),
]))

# 009 Australian telco, NBN outage, Consultant:/Customer:
RECORDS.append(rec("en-call-009", """
Consultant: G'day, thanks for calling Southern Cross Telco, you're speaking with Bree.
Customer: Hi Bree, it's Liam O'Connell. My internet's been down since yesterday arvo.
Consultant: Sorry to hear that, Liam. Can I grab your date of birth and address to verify the account?
Customer: Fifth of January 1988, and it's Unit 4, 27 Wattle Street, Paddington QLD 4064.
Consultant: Thanks. Yeah, I can see an NBN outage in your area. I'll raise a fault so a tech can check the connection box. Ticket number is SCT-7742091.
Customer: How long will it be?
Consultant: The earliest is Thursday between 8 and 12. Will someone be home?
Customer: I'm at work, but my housemate Jess Nguyen will be. Her number's 0491 570 156.
Consultant: Perfect. And your own mobile is still 0491 570 006?
Customer: Yep.
Consultant: I'll also pop a $15 credit on the account for the outage. You're on NBN 100 Fast, so that'll come off next month's bill.
Customer: Cheers. Can you email me the ticket?
Consultant: Sure, what's the address?
Customer: liam dot oc eighty eight at example dot com.
Consultant: Done. Anything else?
Customer: Nah, that's it, thanks Bree.
""", [
    name("Bree"),
    name("Liam O'Connell"),
    pii("birth_date", "Fifth of January 1988"),
    only("address", "Unit 4, 27 Wattle Street, Paddington QLD 4064", "Unit 4, 27 Wattle Street", "4064"),
    name("Jess Nguyen"),
    pii("phone", "0491 570 156"),
    pii("phone", "0491 570 006"),
    email("liam dot oc eighty eight at example dot com", "liam dot oc eighty eight"),
], [
    la("company_name", "Southern Cross Telco"),
    la("ticket_number", "SCT-7742091"),
    la("date", "Thursday"),
    la("time", "between 8 and 12"),
    la("price", "$15 credit"),
    la("tariff", "NBN 100 Fast"),
]))

# 010 Australian private health insurer, newborn, timestamps
RECORDS.append(rec("en-call-010", """
[00:00:04] Agent: Thanks for calling Harbourside Health, my name's Tom.
[00:00:07] Member: Hi Tom, it's Sarah-Jane Pritchard. I'm ringing to add my new baby to our family cover.
[00:00:13] Agent: Congratulations! Can I get your membership number?
[00:00:16] Member: HH 40219876.
[00:00:22] Agent: Thanks. And the baby's name and date of birth?
[00:00:25] Member: Archie Pritchard, born on the 2nd of March 2024.
[00:00:31] Agent: Lovely. You're on Silver Plus Family, with Lachlan Pritchard as your partner on the policy, is that right?
[00:00:39] Member: That's right.
[00:00:41] Agent: And what's your Medicare card number, so we can match Archie once he's on the card?
[00:00:45] Member: 2644 52546 2. He'll be number four on the card.
[00:00:53] Agent: Thanks. Your premium stays at $412.60 a month. Because you added him within 12 months, there's no waiting period for him. Is the address still 18 Banksia Crescent, Frankston VIC 3199?
[00:01:08] Member: Yes.
[00:01:10] Agent: And for benefits, are we still paying into BSB 063-012, account 1045 8832?
[00:01:16] Member: Yes, that's still our joint account.
[00:01:18] Agent: Great. And contact numbers, I've got (03) 5550 4417 at home and 0491 570 313 for your mobile.
[00:01:26] Member: Both fine.
[00:01:28] Agent: All done. You'll get an updated card in the mail in about 10 business days.
""", [
    name("Tom"),
    name("Sarah-Jane Pritchard"),
    name("Archie Pritchard"),
    pii("birth_date", "the 2nd of March 2024"),
    name("Lachlan Pritchard"),
    pii("national_id", "2644 52546 2"),
    only("address", "18 Banksia Crescent, Frankston VIC 3199", "18 Banksia Crescent", "3199"),
    only("iban", "BSB 063-012, account 1045 8832", "1045 8832"),
    pii("phone", "(03) 5550 4417"),
    pii("phone", "0491 570 313"),
], [
    la("company_name", "Harbourside Health"),
    la("customer_number", "HH 40219876"),
    la("product_name", "Silver Plus Family"),
    la("price", "$412.60 a month"),
    la("duration", "12 months"),
    la("duration", "10 business days"),
]))

# 011 New Zealand power company, moving house, CSR:/CALLER:
RECORDS.append(rec("en-call-011", """
CSR: Kia ora, you're talking to Mere at Kōwhai Power, how can I help?
CALLER: Kia ora Mere, it's Aroha Tipene. I'm moving house and want to take the power with me.
CSR: Sweet as. Can you spell your surname for me?
CALLER: T-I-P-E-N-E.
CSR: Thanks Aroha. And your date of birth?
CALLER: 23/08/1985.
CSR: And your current address?
CALLER: 6 Rata Place, Glen Eden, Auckland 0602.
CSR: And where are you moving to?
CALLER: 14 Kowhai Street, Ponsonby, Auckland 1011. We get the keys Friday the 14th.
CSR: Lovely. The ICP number for the new place is 0001234567AB123. You'll stay on the Low User plan at $0.27 per kWh. Do you have a final reading for Glen Eden?
CALLER: Yep, 44817.
CSR: Perfect. Will anyone else be on the account?
CALLER: My flatmate Hemi Walker, he'll pay half.
CSR: No worries, I'll add him as an authorised person. What's the best number for you?
CALLER: 021 048 3317.
CSR: And any refund on the old account will go back to 12-3140-0456789-00, is that right?
CALLER: Yes, that's the one.
CSR: Ka pai. I'll email the confirmation to aroha.tipene@example.com. Ngā mihi!
""", [
    name("Mere"),
    name("Aroha Tipene", "T-I-P-E-N-E"),
    pii("birth_date", "23/08/1985"),
    only("address", "6 Rata Place, Glen Eden, Auckland 0602", "6 Rata Place", "0602"),
    only("address", "14 Kowhai Street, Ponsonby, Auckland 1011", "14 Kowhai Street", "1011"),
    name("Hemi Walker"),
    pii("phone", "021 048 3317"),
    pii("iban", "12-3140-0456789-00"),
    email("aroha.tipene@example.com"),
], [
    la("company_name", "Kōwhai Power"),
    la("date", "Friday the 14th"),
    la("meter_number", "0001234567AB123"),
    la("tariff", "Low User plan"),
    la("price", "$0.27 per kWh"),
    la("meter_reading", "44817"),
]))

# 012 Indian mobile operator, SIM replacement with Aadhaar e-KYC
RECORDS.append(rec("en-call-012", """
Executive: Good morning sir, welcome to Skyline Mobile, my name is Deepak, how may I help you?
Customer: Good morning. My SIM card got damaged, I need a replacement. And also I want to update my alternate number.
Executive: Sure sir. May I have your registered mobile number?
Customer: 98450 31276.
Executive: Thank you. Can you please confirm your full name?
Customer: Venkatesh Subramanian.
Executive: And for verification, your date of birth?
Customer: 14th August 1977.
Executive: Thank you sir. As per our records your address is Flat 302, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038. Is that correct?
Customer: Yes, correct.
Executive: For SIM replacement we need Aadhaar based e-KYC. Kindly tell me your Aadhaar number.
Customer: 2464 0053 8160.
Executive: You will receive an OTP on your registered number. Please share it only at the store. What is the alternate number you want to update?
Customer: My wife's number, Lakshmi. 94480 17265.
Executive: Updated sir. May I also have an email ID for the service request?
Customer: venkat dot s1977 at example dot com.
Executive: Thank you. Replacement SIM charges are ₹25 plus GST. You can collect it from the Skyline store on 100 Feet Road within 2 hours. Your service request number is SR-118273645.
Customer: Okay, thank you.
Executive: Thank you for calling Skyline Mobile, have a nice day sir.
""", [
    name("Deepak"),
    pii("phone", "98450 31276"),
    name("Venkatesh Subramanian"),
    pii("birth_date", "14th August 1977"),
    only("address", "Flat 302, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038", "Flat 302, Sai Krupa Apartments", "560038"),
    pii("national_id", "2464 0053 8160"),
    name("Lakshmi"),
    pii("phone", "94480 17265"),
    email("venkat dot s1977 at example dot com", "venkat dot s1977"),
], [
    la("company_name", "Skyline Mobile"),
    la("price", "₹25"),
    la("place_name", "100 Feet Road"),
    la("duration", "2 hours"),
    la("case_number", "SR-118273645"),
    la("product_name", "e-KYC"),
]))
