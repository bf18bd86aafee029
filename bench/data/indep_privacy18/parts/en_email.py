from rec import P, L

RECORDS = [
# ---------------------------------------------------------------- 001 UK council tax, quoted reply
{
"id": "en-email-001", "language": "en", "channel": "email",
"text": """From: Hannah Lloyd <hannah.lloyd@example.com>
To: Council Tax Team <counciltax@northvale.gov.example>
Subject: Re: Council Tax account CT 60118823 – single person discount

Hi,

Thanks for getting back to me. As requested, my ex-partner Matthew Reeves moved out on 29 February and is now living at 8 Orchard Close, Didsbury, Manchester M20 6QT. I'm the only adult at 31 Beech Avenue, Stockport SK4 2HD from that date, so I'd like the 25% single person discount applied.

I've also applied for Council Tax Reduction as my hours have been cut. My National Insurance number is QQ 48 29 17 B.

You can reach me on 0161 496 0821 during the day.

Kind regards,
Hannah Lloyd

On Tue, 5 Mar 2024 at 10:12, Council Tax Team <counciltax@northvale.gov.example> wrote:
> Dear Ms Lloyd,
>
> Thank you for your email. Your 2024/25 bill for a Band C property is £1,842.36, payable in 10 monthly instalments from 1 April 2024. To consider a single person discount, please confirm the date the other adult left and their forwarding address.
>
> Yours sincerely,
> Revenues Team
> Northvale Metropolitan Borough Council · Town Hall, Northvale NV1 1AA · 0161 000 0000""",
"planted": [
    P("Hannah Lloyd", "name"),
    P("hannah.lloyd@example.com", "email"),
    P("Matthew Reeves", "name"),
    P("8 Orchard Close, Didsbury, Manchester M20 6QT", "address", mns=["8 Orchard Close", "M20 6QT"]),
    P("31 Beech Avenue, Stockport SK4 2HD", "address", mns=["31 Beech Avenue", "SK4 2HD"]),
    P("QQ 48 29 17 B", "national_id", check="nino"),
    P("0161 496 0821", "phone"),
],
"lookalikes": [
    L("CT 60118823", "customer_number"),
    L("29 February", "date"),
    L("25%", "percentage"),
    L("5 Mar 2024 at 10:12", "date"),
    L("Band C", "reference"),
    L("£1,842.36", "amount"),
    L("1 April 2024", "date"),
],
},
# ---------------------------------------------------------------- 002 UK tour operator, forwarded booking
{
"id": "en-email-002", "language": "en", "channel": "email",
"text": """Subject: Fwd: Your booking confirmation – ref SUN-7741902
From: Craig Henderson <craig.henderson@example.net>
To: help@sunseekerholidays.example

Hello,

Please see our booking below. My wife's surname is spelled wrong – it should be Henderson-Okafor, not Henderson-Okafer – and it needs to match her passport or she won't be allowed to fly. Can this be corrected free of charge?

Also our youngest now needs a seat of her own as she turned two in February, so she's no longer an infant.

Thanks,
Craig Henderson
07700 900734
12 Kelvin Drive, Glasgow G20 8QN

---------- Forwarded message ---------
From: Sunseeker Holidays <noreply@sunseekerholidays.example>
Date: Sat, 13 Jan 2024 at 21:18
Subject: Your booking confirmation – ref SUN-7741902
To: <craig.henderson@example.net>

Lead passenger: Mr Craig Henderson (DOB 03/03/1984)
Passengers:
Mrs Adaeze Henderson-Okafer (DOB 19/10/1986)
Miss Zara Henderson (DOB 07/02/2022, infant)
Flights: GLA–PMI, LS 1421, Sat 20 Jul 2024 06:25
Hotel: Hotel Santa Ponsa Park, 7 nights, half board
Total price: £3,214.00 (deposit paid £300.00)""",
"planted": [
    P("Craig Henderson", "name"),
    P("craig.henderson@example.net", "email"),
    P("Henderson-Okafor", "name"),
    P("Adaeze Henderson-Okafer", "name"),
    P("07700 900734", "phone"),
    P("12 Kelvin Drive, Glasgow G20 8QN", "address", mns=["12 Kelvin Drive", "G20 8QN"]),
    P("03/03/1984", "birth_date"),
    P("19/10/1986", "birth_date"),
    P("Zara Henderson", "name"),
    P("07/02/2022", "birth_date"),
],
"lookalikes": [
    L("SUN-7741902", "booking_reference"),
    L("Sat, 13 Jan 2024 at 21:18", "date"),
    L("LS 1421", "flight_number"),
    L("Sat 20 Jul 2024 06:25", "date"),
    L("Hotel Santa Ponsa Park", "company"),
    L("£3,214.00", "price"),
    L("£300.00", "amount"),
],
},
# ---------------------------------------------------------------- 003 Ireland, parent to secondary school
{
"id": "en-email-003", "language": "en", "channel": "email",
"text": """From: Róisín Mac Giolla Phádraig <roisin.mgp@example.com>
To: office@scoilmhuire.example
Subject: Enrolment form – Oisín Fitzpatrick, 1st Year 2024/25

Dear Ms Brennan,

Please find attached the completed enrolment form for my son, Oisín Fitzpatrick, for 1st Year starting in September. I couldn't fit everything on the form, so here are the details you asked for:

Date of birth: 30/06/2012
PPSN: 5260181E
Address: 44 Cnoc na Gréine, Tuam Road, Galway, H91 X2P6
Mother: Róisín Mac Giolla Phádraig, 085 903 1147
Father: Conor Fitzpatrick, 087 662 0418
GP: Dr Fionnuala Hegarty, Westside Medical Centre

Oisín has an exemption from Irish (he lived in Germany until he was 10) – the letter from his primary school is attached. He also has mild asthma and carries a Ventolin inhaler.

I have paid the €120 book rental and the €60 locker fee online, reference BR-2024-0311.

Kind regards,
Róisín""",
"planted": [
    P("Róisín Mac Giolla Phádraig", "name", mns=["Róisín", "Giolla", "Phádraig"]),
    P("roisin.mgp@example.com", "email"),
    P("Brennan", "name"),
    P("Oisín Fitzpatrick", "name"),
    P("30/06/2012", "birth_date"),
    P("5260181E", "national_id", check="ppsn"),
    P("44 Cnoc na Gréine, Tuam Road, Galway, H91 X2P6", "address", mns=["44 Cnoc na Gréine", "H91 X2P6"]),
    P("085 903 1147", "phone"),
    P("Conor Fitzpatrick", "name"),
    P("087 662 0418", "phone"),
    P("Fionnuala Hegarty", "name"),
],
"lookalikes": [
    L("1st Year 2024/25", "reference"),
    L("Westside Medical Centre", "company"),
    L("Ventolin", "product"),
    L("€120", "price"),
    L("€60", "price"),
    L("BR-2024-0311", "reference"),
],
},
# ---------------------------------------------------------------- 004 US payroll, direct deposit change
{
"id": "en-email-004", "language": "en", "channel": "email",
"text": """From: Tanisha Brooks <tbrooks.home@example.com>
To: payroll@lakeshorelogistics.example
Subject: Direct deposit + address change (Employee ID on file)

Hi Payroll team,

I switched banks and need my direct deposit changed starting with the pay period ending 03/29/2024. New details:

Bank: Great Lakes Credit Union
Routing number: 272489019 (from the voided check, attached)
Account number: 4471029385
Account type: Checking

Also please update my address to 2518 W. Belmont Ave, Apt 2F, Chicago, IL 60618 for my W-2. For verification my SSN is 987-65-4327 and my date of birth is 08/22/1991.

My last check ($2,870.50 net) went to the old account, which is closed – can you confirm it will bounce back and be reissued?

My emergency contact has also changed to my sister, Keisha Brooks, (312) 555-0176.

Thanks so much,
Tanisha Brooks
Warehouse Supervisor, 2nd shift
Cell: (773) 555-0134""",
"planted": [
    P("Tanisha Brooks", "name"),
    P("tbrooks.home@example.com", "email"),
    P("4471029385", "iban"),
    P("2518 W. Belmont Ave, Apt 2F, Chicago, IL 60618", "address", mns=["2518 W. Belmont Ave", "60618"]),
    P("987-65-4327", "national_id", check="ssn"),
    P("08/22/1991", "birth_date"),
    P("Keisha Brooks", "name"),
    P("(312) 555-0176", "phone"),
    P("(773) 555-0134", "phone"),
],
"lookalikes": [
    L("03/29/2024", "date"),
    L("Great Lakes Credit Union", "company"),
    L("W-2", "reference"),
    L("$2,870.50", "amount"),
    L("2nd shift", "reference"),
    L("Checking", "product"),
],
},
# ---------------------------------------------------------------- 005 Canada, condo management, quoted reply
{
"id": "en-email-005", "language": "en", "channel": "email",
"text": """Subject: RE: Parking and fob request – Unit 1807

Hi Olivia,

Thanks for the quick reply. Here's the info for the new parking permit:

Vehicle: 2021 Mazda CX-5, grey
Plate: CKRT 482 (Ontario)
Owner: Sanjay Mehta (my husband) – he'll be using spot P2-114

The second fob can be picked up by him or by our nanny, Rosa Delgado, if that's allowed. Her number is (647) 555-0129.

Also, just so security knows, we have a small dog, Biscuit, who is registered with the city.

Best,
Anita Mehta
Unit 1807, 88 Harbour Street, Toronto ON M5J 0C2
(416) 555-0108

-----Original Message-----
From: Olivia Chen <management@harbourviewcondos.example>
Sent: Monday, April 8, 2024 11:05 AM
To: Anita Mehta <anita.mehta@example.com>
Subject: RE: Parking and fob request – Unit 1807

> Hi Anita,
> Happy to help. A replacement fob is $75 and we'll need the plate and owner of any vehicle parking in the building. Permits are issued within 2 business days.
> Olivia Chen, Property Manager
> Harbourview Condominium Corp. No. 2291 · 416-000-0000""",
"planted": [
    P("Olivia Chen", "name", "Olivia"),
    P("CKRT 482", "plate"),
    P("Sanjay Mehta", "name"),
    P("Rosa Delgado", "name"),
    P("(647) 555-0129", "phone"),
    P("Anita Mehta", "name"),
    P("Unit 1807, 88 Harbour Street, Toronto ON M5J 0C2", "address", mns=["88 Harbour Street", "M5J 0C2"]),
    P("(416) 555-0108", "phone"),
    P("anita.mehta@example.com", "email"),
],
"lookalikes": [
    L("Mazda CX-5", "vehicle_model"),
    L("P2-114", "reference"),
    L("Biscuit", "pet_name"),
    L("Monday, April 8, 2024 11:05 AM", "date"),
    L("$75", "price"),
    L("2 business days", "duration"),
],
},
# ---------------------------------------------------------------- 006 Australia, pet insurance claim
{
"id": "en-email-006", "language": "en", "channel": "email",
"text": """From: Matt Sullivan <matt.sullivan@example.com>
To: claims@furrycoverpetinsurance.example
Subject: Claim for Bella – Policy FCP-0092817

Hi there,

I'd like to claim for Bella's surgery last week. She's our 4 year old Cavoodle (microchip 956000012345678) and she swallowed a corn cob, which had to be removed.

Vet: Northside Animal Hospital, Dr Sarah O'Neill
Date of treatment: 22/03/2024
Invoice number: INV-30418
Total: $4,865.40 (paid in full on my credit card)

Our policy has 80% cover with a $250 excess, so by my maths we should get back $3,692.32.

Please pay the benefit to:
BSB: 484-799
Account: 1190 2254
Account name: M & K Sullivan

Our address is 9 Wattle Street, Kedron QLD 4031 and my wife Kate is also on the policy (0491 571 266).
My mobile is 0491 573 087.

Cheers,
Matt""",
"planted": [
    P("Matt Sullivan", "name"),
    P("matt.sullivan@example.com", "email"),
    P("Sarah O'Neill", "name"),
    P("BSB: 484-799\nAccount: 1190 2254", "iban", mns=["1190 2254"]),
    P("9 Wattle Street, Kedron QLD 4031", "address", mns=["9 Wattle Street", "4031"]),
    P("Kate", "name"),
    P("0491 571 266", "phone"),
    P("0491 573 087", "phone"),
],
"lookalikes": [
    L("Bella", "pet_name"),
    L("FCP-0092817", "policy_number"),
    L("Cavoodle", "product"),
    L("956000012345678", "reference"),
    L("Northside Animal Hospital", "company"),
    L("INV-30418", "invoice_number"),
    L("$4,865.40", "price"),
    L("$3,692.32", "amount"),
],
},
# ---------------------------------------------------------------- 007 South Africa, medical scheme claim query
{
"id": "en-email-007", "language": "en", "channel": "email",
"text": """From: Nomvula Dlamini <nomvula.d@example.com>
To: claims@ubuntuhealthscheme.example
Cc: Sibusiso Dlamini <sbu.dlamini@example.net>
Subject: Rejected claim – dependant 02 – member no. UHS 3308417

Good day

Your statement of 15 March shows that the claim for my son's hospital admission was rejected with reason "member details do not match". I suspect his ID number was captured incorrectly by the hospital.

Dependant: Sibusiso Dlamini
ID number: 9211235897083
Admission: 2–5 February 2024, Moot Private Hospital, practice no. 5812345
Diagnosis code: J18.9
Amount: R38 412,65

Please reprocess the claim. If there is a shortfall, refunds can be paid into my account: Capitec, account number 1452 0098 31.

My contact details:
Cell: 083 555 0162
Address: 21 Jacaranda Close, Waterkloof, Pretoria, 0181

Kind regards
Nomvula Dlamini (principal member)""",
"planted": [
    P("Nomvula Dlamini", "name"),
    P("nomvula.d@example.com", "email"),
    P("Sibusiso Dlamini", "name"),
    P("sbu.dlamini@example.net", "email"),
    P("9211235897083", "national_id", check="said"),
    P("1452 0098 31", "iban"),
    P("083 555 0162", "phone"),
    P("21 Jacaranda Close, Waterkloof, Pretoria, 0181", "address", mns=["21 Jacaranda Close", "0181"]),
],
"lookalikes": [
    L("UHS 3308417", "customer_number"),
    L("15 March", "date"),
    L("5812345", "reference"),
    L("J18.9", "reference"),
    L("R38 412,65", "amount"),
    L("Capitec", "company"),
    L("Moot Private Hospital", "company"),
],
},
# ---------------------------------------------------------------- 008 India, telecom grievance with forwarded complaint
{
"id": "en-email-008", "language": "en", "channel": "email",
"text": """To: appellate.authority@bharatnetmobile.example
Subject: Appeal – complaint no. BNM/2024/0418823 not resolved

Respected Sir/Madam,

I am writing to the Appellate Authority because my complaint to the Nodal Officer has not been resolved in 15 days. My number was ported out without my consent and I have lost access to my bank OTPs.

Name: Mohammed Irfan Siddiqui
Mobile number (ported): +91 98300 62419
Aadhaar (used for re-verification): 4106 0363 1236
Address: 17/2B, Ripon Street, Kolkata 700016

I have already visited your store at Park Street with my original Aadhaar card on 02/04/2024. My brother, Imran Siddiqui (+91 98311 40552), was present as witness.

Please restore my number and share the call detail records for March 2024.

Regards,
M. I. Siddiqui
irfan.siddiqui@example.com

---------- Forwarded message ---------
From: Nodal Officer <nodal.wb@bharatnetmobile.example>
Date: Mon, 25 Mar 2024, 6:40 pm
Subject: Your complaint BNM/2024/0418823
To: irfan.siddiqui@example.com

Dear Customer, your complaint regarding your ₹599 prepaid plan has been registered. We will resolve it within 7 working days.""",
"planted": [
    P("Mohammed Irfan Siddiqui", "name"),
    P("+91 98300 62419", "phone"),
    P("4106 0363 1236", "national_id", check="aadhaar"),
    P("17/2B, Ripon Street, Kolkata 700016", "address", mns=["17/2B, Ripon Street", "700016"]),
    P("Imran Siddiqui", "name"),
    P("+91 98311 40552", "phone"),
    P("irfan.siddiqui@example.com", "email"),
],
"lookalikes": [
    L("BNM/2024/0418823", "case_number"),
    L("15 days", "duration"),
    L("02/04/2024", "date"),
    L("Mon, 25 Mar 2024, 6:40 pm", "date"),
    L("₹599", "price"),
    L("7 working days", "duration"),
],
},
]
