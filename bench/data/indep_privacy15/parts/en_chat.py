# English chats (10): web chat with bot hand-over, WhatsApp exports, X/Instagram DMs,
# in-app chats; UK, Australia, US, India, NZ, South Africa, Canada, Ireland.
# Hand-written; all persons made up.

RECORDS = [
{
"id": "en-chat-001",
"note": "UK bank web chat; bot Ava hands over to a human; sort code and account number",
"text": """Ava (virtual assistant): Hi, I'm Ava 🤖 What can I help you with today?
You: someone has taken money out of my account
Ava (virtual assistant): I'm sorry to hear that. I'm connecting you to a colleague now. Average wait: 3 minutes.
Josh joined the chat
Josh: Hi, I'm Josh from the fraud team. To get started, can you confirm your full name, date of birth and postcode?
You: Rachel Obi, 02/11/1990, M14 6LR
Josh: Thanks Rachel. Which payment don't you recognise?
You: £349.99 to something called QuickTix on 7 Jan. I've never heard of them
Josh: I can see it. It was made with Apple Pay on a device added yesterday. I've frozen your card and raised case ref 00418872. Can you confirm the account it came from?
You: sort code 30-99-50 account 61824407
Josh: Thank you. A new card will go to 22 Platt Lane, M14 6LR, within 3-5 working days. Is your mobile still 07700 900 781?
You: yes
Josh: And we'll send the claim form to rachel.obi@example.co.uk 👍
You: thank you so much""",
"planted": [
    ("Josh", "name", ["Josh"]),
    ("Rachel Obi", "name", ["Rachel", "Obi"]),
    ("02/11/1990", "birth_date", ["02/11/1990"]),
    ("M14 6LR", "postcode", ["M14 6LR"]),
    ("sort code 30-99-50 account 61824407", "iban", ["61824407"], "none"),
    ("22 Platt Lane", "address", ["22 Platt Lane"]),
    ("07700 900 781", "phone", ["07700 900 781"]),
    ("rachel.obi@example.co.uk", "email", ["rachel.obi@example.co.uk", "rachel.obi"]),
],
"lookalikes": [
    ("Ava", "bot_name"),
    ("3 minutes", "duration"),
    ("£349.99", "amount"),
    ("QuickTix", "company_name"),
    ("7 Jan", "date"),
    ("Apple Pay", "product_name"),
    ("00418872", "case_number"),
    ("3-5 working days", "duration"),
],
},
{
"id": "en-chat-002",
"note": "WhatsApp export with an Australian surf shop; ACMA fictitious mobiles; product named like a person",
"text": """[14/02/2025, 9:12:44 am] +61 491 570 313: hey guys, ordered the Big Kev longboard last week (#AU-55821) and tracking hasn't moved in 4 days 🏄‍♀️
[14/02/2025, 9:20:05 am] Salty Days Surf Co: Hey! Thanks for reaching out, Tayla here 😊 Can I grab your name and delivery address?
[14/02/2025, 9:21:30 am] +61 491 570 313: Brooke Sinclair
7/22 Marine Parade
Coolangatta QLD 4225
[14/02/2025, 9:26:12 am] Salty Days Surf Co: Thanks Brooke! Looks like RoosterFreight had it sitting in the Brisbane depot. I've chased them and it should be with you in 3-5 business days. It's a big parcel so someone will need to sign.
[14/02/2025, 9:27:40 am] +61 491 570 313: my partner Dean is home most days, can they call him on 0491 571 266?
[14/02/2025, 9:29:03 am] Salty Days Surf Co: Done ✅ I'll also email you the new tracking. Is brooke.sinclair@example.com.au right?
[14/02/2025, 9:29:47 am] +61 491 570 313: yep that's me
[14/02/2025, 9:31:10 am] Salty Days Surf Co: Sweet. And as a sorry, I've popped a $20 credit on your account (board was $489.00). Cheers, Tayla""",
"planted": [
    ("+61 491 570 313", "phone", ["+61 491 570 313"]),
    ("Tayla", "name", ["Tayla"]),
    ("Brooke Sinclair", "name", ["Brooke", "Sinclair"]),
    ("7/22 Marine Parade", "address", ["7/22 Marine Parade"]),
    ("4225", "postcode", ["4225"]),
    ("Dean", "name", ["Dean"]),
    ("0491 571 266", "phone", ["0491 571 266"]),
    ("brooke.sinclair@example.com.au", "email", ["brooke.sinclair@example.com.au", "brooke.sinclair"]),
],
"lookalikes": [
    ("Big Kev longboard", "product_name"),
    ("#AU-55821", "order_number"),
    ("Salty Days Surf Co", "company_name"),
    ("RoosterFreight", "company_name"),
    ("3-5 business days", "duration"),
    ("$20", "amount"),
    ("$489.00", "price"),
],
},
{
"id": "en-chat-003",
"note": "X/Twitter DMs with a UK broadband provider; handle, IP from the router page",
"text": """@sparkyjen_88: broadband's been down since Sunday and nobody at your call centre can tell me why. 3rd time I'm asking 😡
@FibreWaveHelp: Hi there, really sorry about this. Could you DM us the account holder's name, postcode and email so we can take a look? ^Sam
@sparkyjen_88: Jenna Marsh, BS5 9QJ, jen.marsh@example.co.uk. house is 41 Stapleton Road
@FibreWaveHelp: Thanks Jenna. I can see ticket 4471-882 from Monday. Could you log into your Hub 6 and tell me what WAN IP it shows? ^Sam
@sparkyjen_88: it says 203.0.113.201 and the light is flashing orange
@FibreWaveHelp: That tells us the line is syncing but only at 3Mbps instead of 67Mbps. I've booked an engineer for Thursday, 8am-1pm. Best number for them? ^Sam
@sparkyjen_88: 07700 900 633
@FibreWaveHelp: Perfect. I've also added a £32.50 credit for the days without service. We'll update you within 48 hours. ^Sam""",
"planted": [
    ("@sparkyjen_88", "username", ["sparkyjen_88"]),
    ("Sam", "name", ["Sam"]),
    ("Jenna Marsh", "name", ["Jenna", "Marsh"]),
    ("BS5 9QJ", "postcode", ["BS5 9QJ"]),
    ("jen.marsh@example.co.uk", "email", ["jen.marsh@example.co.uk", "jen.marsh"]),
    ("41 Stapleton Road", "address", ["41 Stapleton Road"]),
    ("203.0.113.201", "ip", ["203.0.113.201"]),
    ("07700 900 633", "phone", ["07700 900 633"]),
],
"lookalikes": [
    ("ticket 4471-882", "ticket_number"),
    ("Hub 6", "product_name"),
    ("67Mbps", "speed"),
    ("Thursday, 8am-1pm", "datetime"),
    ("£32.50", "amount"),
    ("48 hours", "duration"),
],
},
{
"id": "en-chat-004",
"note": "US gym membership chat; member pastes a full card number",
"text": """PeakFit Gyms – Member Support
Marcus: Hey there! This is Marcus. What can I do for you?
Member: hi, my card on file expired and my membership got frozen. can i update it here?
Marcus: Sure can. First I just need to verify you: full name, DOB and the ZIP on your account?
Member: Kayla Henderson, 08/21/1995, 78704
Marcus: Thanks Kayla! I see your Gold Flex plan at $39.99/mo, frozen since 3/1 because of a failed payment.
Member: ok new card is 2221 3786 7916 5729 exp 11/28
Marcus: Got it, it's updated and your membership is active again. Heads up: for your security please don't paste full card numbers in chat next time, we'll send a secure link instead 🙂
Member: oops ok
Marcus: The annual fee of $49 will go on the new card on April 15. Still at 1604 Barton Springs Rd, Apt 210, Austin TX?
Member: yes
Marcus: And can we text you at (512) 555-0164 and email kayla.henderson95@example.com?
Member: yep
Marcus: You're all set! Ticket #88213 if you need to follow up.""",
"planted": [
    ("Marcus", "name", ["Marcus"]),
    ("Kayla Henderson", "name", ["Kayla", "Henderson"]),
    ("08/21/1995", "birth_date", ["08/21/1995"]),
    ("78704", "postcode", ["78704"]),
    ("2221 3786 7916 5729", "card", ["2221 3786 7916 5729"]),
    ("1604 Barton Springs Rd, Apt 210", "address", ["1604 Barton Springs Rd"]),
    ("(512) 555-0164", "phone", ["(512) 555-0164"]),
    ("kayla.henderson95@example.com", "email", ["kayla.henderson95@example.com", "kayla.henderson95"]),
],
"lookalikes": [
    ("PeakFit Gyms", "company_name"),
    ("Gold Flex", "plan_name"),
    ("$39.99/mo", "price"),
    ("$49", "price"),
    ("April 15", "date"),
    ("#88213", "ticket_number"),
],
},
{
"id": "en-chat-005",
"note": "Indian broadband/mobile web chat; typos, Hinglish, Aadhaar typed in",
"text": """Bharat Connect Live Chat
Sneha: Hello! Welcome to Bharat Connect. I am Sneha, how may I assist you today?
Customer: hi sneha my fiber connection not working from 2 days and no one is coming
Customer: plz help yaar
Sneha: Sorry for the inconvenience sir. May I know your registered mobile number and name?
Customer: vikram reddy 9876 012 345
Sneha: Thank you Mr. Reddy. I can see complaint SR no. 1-88421937 is open for your address. Please confirm the installation address.
Customer: H.No. 8-2-293/A, Road No. 12, Banjara Hills, Hyderabad 500034
Sneha: Thank you. For KYC re-verification the system is asking Aadhaar, can you share?
Customer: 5139 0128 5194
Sneha: Thank you sir. Your plan is 5G Unlimited 299 and the last recharge of ₹299 is valid for 28 days, so you will get compensation for the down days. The technician will visit tomorrow between 10 AM and 1 PM.
Customer: ok. technician call my alternate number 7032 441 896 my wife will be there
Sneha: Noted sir. Please also share your email for the service report.
Customer: vikram.reddy.hyd@example.com
Sneha: Thank you for contacting Bharat Connect 😊""",
"planted": [
    ("Sneha", "name", ["Sneha", "sneha"]),
    ("vikram reddy", "name", ["vikram", "reddy", "Reddy"]),
    ("9876 012 345", "phone", ["9876 012 345"]),
    ("H.No. 8-2-293/A, Road No. 12, Banjara Hills", "address", ["H.No. 8-2-293/A, Road No. 12"]),
    ("500034", "postcode", ["500034"]),
    ("5139 0128 5194", "national_id", ["5139 0128 5194"], "aadhaar"),
    ("7032 441 896", "phone", ["7032 441 896"]),
    ("vikram.reddy.hyd@example.com", "email", ["vikram.reddy.hyd@example.com", "vikram.reddy.hyd"]),
],
"lookalikes": [
    ("Bharat Connect", "company_name"),
    ("SR no. 1-88421937", "ticket_number"),
    ("5G Unlimited 299", "plan_name"),
    ("₹299", "price"),
    ("28 days", "duration"),
    ("between 10 AM and 1 PM", "time"),
],
},
{
"id": "en-chat-006",
"note": "NZ pet insurance chat; the pet has a Māori personal name (look-alike), vet is a person",
"text": """PawCover NZ – chat
Tane: Kia ora! You're chatting with Tane. How can I help?
Customer: Hi Tane, I sent in a claim for our dog Rangi two weeks ago and haven't heard anything
Tane: Sorry about the wait. Can I get your full name and address?
Customer: Ngaio Patterson, 15 Takahe Drive, Rototuna, Hamilton 3210
Tane: Thanks Ngaio. Found it: claim PC-20931 for $612.40 at Furry Friends Vet Clinic. We just need the clinical notes from the vet, it's missing the vet's name.
Customer: It was Dr Priya Naidu. I'll ask the clinic to email them
Tane: Awesome. Your policy covers 80%, so once we have them you'll get $489.92 back. Is it still going to 06-0501-0456789-00?
Customer: Yes that's right
Tane: Easy. I'll email the checklist to ngaio.patterson@example.co.nz and text 027 445 9180 when it's paid.
Customer: Cheers!""",
"planted": [
    ("Tane", "name", ["Tane"]),
    ("Ngaio Patterson", "name", ["Ngaio", "Patterson"]),
    ("15 Takahe Drive, Rototuna", "address", ["15 Takahe Drive"]),
    ("3210", "postcode", ["3210"]),
    ("Priya Naidu", "name", ["Priya", "Naidu"]),
    ("06-0501-0456789-00", "iban", ["06-0501-0456789-00"], "none"),
    ("ngaio.patterson@example.co.nz", "email", ["ngaio.patterson@example.co.nz", "ngaio.patterson"]),
    ("027 445 9180", "phone", ["027 445 9180"]),
],
"lookalikes": [
    ("PawCover NZ", "company_name"),
    ("Rangi", "pet_name"),
    ("PC-20931", "claim_number"),
    ("$612.40", "amount"),
    ("Furry Friends Vet Clinic", "company_name"),
    ("80%", "percentage"),
    ("$489.92", "amount"),
],
},
{
"id": "en-chat-007",
"note": "South Africa prepaid electricity vendor chat; SA ID, meter number and token are look-alikes",
"text": """PowerVend Support Chat
Lerato: Sawubona! You're chatting with Lerato. How can I help?
Customer: Hi Lerato. I bought electricity for R350 this morning but the token doesn't load, the meter says REJECT
Customer: token is 4417 2093 8861 5530 2214, meter number 04123456789
Lerato: Sorry about that! I'll check the meter registration. Can you confirm the name and ID number of the meter owner?
Customer: Sipho Dlamini, 870203 9488 088
Lerato: Thank you Mr Dlamini. The meter is registered at 19 Jacaranda Avenue, Kempton Park, 1619. Correct?
Customer: Yes
Lerato: The meter needed a key change after the tariff update on 1 April. I'm sending you two key change tokens and a new token by SMS. Which number?
Customer: 076 552 8130
Lerato: Sent ✅ Enter the 2 key change tokens first, then the new one. Your reference is PV-77812. Can I also send the receipt to your email?
Customer: sipho.dlamini@example.co.za. Also my neighbour Mrs Botha has the same problem, she will contact you
Lerato: No problem, she can chat to us anytime. Have a lekker day!""",
"planted": [
    ("Lerato", "name", ["Lerato"]),
    ("Sipho Dlamini", "name", ["Sipho", "Dlamini"]),
    ("870203 9488 088", "national_id", ["870203 9488 088"], "said"),
    ("19 Jacaranda Avenue, Kempton Park", "address", ["19 Jacaranda Avenue"]),
    ("1619", "postcode", ["1619"]),
    ("076 552 8130", "phone", ["076 552 8130"]),
    ("sipho.dlamini@example.co.za", "email", ["sipho.dlamini@example.co.za", "sipho.dlamini"]),
    ("Botha", "name", ["Botha"]),
],
"lookalikes": [
    ("PowerVend", "company_name"),
    ("R350", "amount"),
    ("4417 2093 8861 5530 2214", "reference"),
    ("04123456789", "meter_number"),
    ("1 April", "date"),
    ("PV-77812", "reference"),
    ("2 key change tokens", "quantity"),
],
},
{
"id": "en-chat-008",
"note": "Canadian rental application chat in a property-management app; SIN for the credit check",
"text": """Parkside Towers Leasing · In-app chat
Mélanie Tremblay (Leasing): Hi Omar! Thanks for applying for the 2-bedroom (suite type 2B). To run the credit check I need a few more details.
Omar Haddad: Sure, what do you need?
Mélanie Tremblay (Leasing): Date of birth, SIN, current address and a reference from your current landlord.
Omar Haddad: DOB 1988-12-04. SIN 733 036 750. I'm at 415 Rue Saint-Paul Ouest, apt 3, Montréal QC H2Y 2A3. My landlord is Gary Fitzgerald, 514-555-0112.
Mélanie Tremblay (Leasing): Thank you! Rent is $2,150/month starting May 1, application #RA-40917. Best way to reach you?
Omar Haddad: 438-555-0186 or omar.haddad@example.ca
Mélanie Tremblay (Leasing): Perfect. You'll hear back within 2 business days. Bonne journée!""",
"planted": [
    ("Mélanie Tremblay", "name", ["Mélanie", "Tremblay"]),
    ("Omar Haddad", "name", ["Omar", "Haddad"]),
    ("1988-12-04", "birth_date", ["1988-12-04"]),
    ("733 036 750", "national_id", ["733 036 750"], "sin"),
    ("415 Rue Saint-Paul Ouest, apt 3", "address", ["415 Rue Saint-Paul Ouest"]),
    ("H2Y 2A3", "postcode", ["H2Y 2A3"]),
    ("Gary Fitzgerald", "name", ["Gary", "Fitzgerald"]),
    ("514-555-0112", "phone", ["514-555-0112"]),
    ("438-555-0186", "phone", ["438-555-0186"]),
    ("omar.haddad@example.ca", "email", ["omar.haddad@example.ca", "omar.haddad"]),
],
"lookalikes": [
    ("Parkside Towers Leasing", "company_name"),
    ("suite type 2B", "reference"),
    ("$2,150/month", "price"),
    ("May 1", "date"),
    ("#RA-40917", "reference"),
    ("2 business days", "duration"),
],
},
{
"id": "en-chat-009",
"note": "Irish primary school parent app; teacher with 'Ní' surname, child's details, Eircode",
"text": """Scoil Bhríde – Class App · 2nd Class
Ms Ní Dhuibhir: Hi all, reminder that the school tour to Fota Wildlife Park is on Friday 9th May. The bus leaves at 9:30 sharp and the cost is €15. Please send on any medical info and an emergency contact. Thanks!
Gráinne Kelly: Hi Ms Ní Dhuibhir, Oisín has asthma and will have his inhaler (Ventolin) in his bag. Emergency contact is me on 085 219 4470 or his dad Colm on 087 604 1183.
Gráinne Kelly: Also the insurance form asks for his date of birth, it's 17/03/2017. And our new address is 3 Glen Rise, Ballincollig, P31 X6T2 if you could update the roll
Ms Ní Dhuibhir: Thanks Gráinne, all noted. Could you email the signed form to the office? Or I can take it from you at the gate.
Gráinne Kelly: Will do, sending it from grainne.kelly@example.ie now 👍""",
"planted": [
    ("Ní Dhuibhir", "name", ["Dhuibhir"]),
    ("Gráinne Kelly", "name", ["Gráinne", "Kelly"]),
    ("Oisín", "name", ["Oisín"]),
    ("085 219 4470", "phone", ["085 219 4470"]),
    ("Colm", "name", ["Colm"]),
    ("087 604 1183", "phone", ["087 604 1183"]),
    ("17/03/2017", "birth_date", ["17/03/2017"]),
    ("3 Glen Rise, Ballincollig", "address", ["3 Glen Rise"]),
    ("P31 X6T2", "postcode", ["P31 X6T2"]),
    ("grainne.kelly@example.ie", "email", ["grainne.kelly@example.ie", "grainne.kelly"]),
],
"lookalikes": [
    ("Scoil Bhríde", "company_name"),
    ("2nd Class", "class_name"),
    ("Fota Wildlife Park", "company_name"),
    ("Friday 9th May", "date"),
    ("9:30", "time"),
    ("€15", "price"),
    ("Ventolin", "medication"),
],
},
{
"id": "en-chat-010",
"note": "UK garage booking chat on the garage's website; plate, portal username",
"text": """Patel & Sons Garage – Web chat
Aisha: Hi, Aisha here 👋 How can I help?
Visitor: hi need to book an MOT and service for my Ford Kuga, reg YK21 HNP
Visitor: MOT due 14/06/2025
Aisha: No problem! We have Tuesday 10th June at 8:30am. MOT and full service comes to £185.00. Can I take your name?
Visitor: Dave Morgan
Aisha: Thanks Dave. Is the best number still 0113 496 0972?
Visitor: yep. can you collect it? im at 6 Wharfedale View LS21 1AB
Aisha: Collection is £15 within 5 miles, you're just inside 👍 I've made job 88120. You can track it in the customer portal, your username is dave_morgan77.
Visitor: perfect, send invoice to dmorgan77@example.co.uk please
Aisha: Will do. See you on the 10th!""",
"planted": [
    ("Aisha", "name", ["Aisha"]),
    ("YK21 HNP", "plate", ["YK21 HNP"]),
    ("Dave Morgan", "name", ["Dave", "Morgan"]),
    ("0113 496 0972", "phone", ["0113 496 0972"]),
    ("6 Wharfedale View", "address", ["6 Wharfedale View"]),
    ("LS21 1AB", "postcode", ["LS21 1AB"]),
    ("dave_morgan77", "username", ["dave_morgan77"]),
    ("dmorgan77@example.co.uk", "email", ["dmorgan77@example.co.uk", "dmorgan77"]),
],
"lookalikes": [
    ("Patel & Sons Garage", "company_name"),
    ("Ford Kuga", "product_name"),
    ("14/06/2025", "date"),
    ("Tuesday 10th June at 8:30am", "datetime"),
    ("£185.00", "price"),
    ("£15", "price"),
    ("job 88120", "job_number"),
],
},
]
