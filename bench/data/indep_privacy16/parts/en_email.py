"""English e-mails (8): UK, Ireland, US, Canada, Australia, NZ, South Africa.
Written by hand; all personal data made up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import email, handle, la, name, only, pii, rec  # noqa: E402

RECORDS = []

# 001 UK housing association, damp and mould complaint, quoted reply
RECORDS.append(rec("en-email-001", """
From: Gemma Fairclough <gemma.fairclough@example.com>
Sent: 04 March 2024 21:36
To: Daniel Price <daniel.price@airevalleyhomes.example>
Subject: RE: Repair REP-0098123 - damp in back bedroom - STILL NOT FIXED

Hi Daniel,

I'm writing again because nobody has come out since my last email. The mould in the back bedroom is worse and my son Alfie (he's 6) has been on his inhaler every night. His GP, Dr Hussain, has written a letter saying the damp is affecting his asthma, which I've attached.

Your Damp & Mould Policy v3.2 says you'll inspect within 28 days. It has now been 41 days since I first reported it on 22 January.

Address again in case it helps: Flat 14, Linden House, Holbeck Lane, Leeds LS11 9QP. I'm in every day after 3pm, or you can ring me on 0113 496 0862.

Regards,
Gemma Fairclough

-----Original Message-----
From: Daniel Price <daniel.price@airevalleyhomes.example>
Sent: 12 February 2024 10:04
To: Gemma Fairclough <gemma.fairclough@example.com>
Subject: Repair REP-0098123 - damp in back bedroom

Dear Ms Fairclough,

Thank you for reporting the damp. I have raised this as a priority repair (REP-0098123) and a surveyor will be in touch to book an inspection.

Kind regards,
Daniel Price
Housing Officer | Aire Valley Homes
This email and any attachments are confidential and intended solely for the addressee.
""", [
    name("Gemma Fairclough"),
    email("gemma.fairclough@example.com"),
    name("Daniel Price"),
    email("daniel.price@airevalleyhomes.example"),
    name("Alfie"),
    name("Hussain"),
    only("address", "Flat 14, Linden House, Holbeck Lane, Leeds LS11 9QP", "Flat 14, Linden House", "LS11 9QP"),
    pii("phone", "0113 496 0862"),
], [
    la("reference", "REP-0098123"),
    la("version", "Damp & Mould Policy v3.2"),
    la("duration", "28 days"),
    la("duration", "41 days"),
    la("date", "22 January"),
    la("company_name", "Aire Valley Homes"),
    la("date", "12 February 2024 10:04"),
]))

# 002 UK GP practice forwards a patient's hospital appointment query
RECORDS.append(rec("en-email-002", """
From: Nicola Barnes <nicola.barnes@oakfieldsurgery.example>
Date: Tue, 7 May 2024 at 11:52
Subject: Fwd: Hospital appointment - can you help?
To: Outpatients Bookings <bookings@staldhelms.example>

Good morning,

Please see the message below from one of our patients. He was referred to Mr Adebayo's orthopaedic clinic (UBRN 0004 1182 9934) but the letter went to an old address. Could you contact him directly to rebook?

Patient: Graham Pettifer, DOB 11/10/1948, NHS number 999 608 3438.

Many thanks,
Nicola Barnes
Medical Secretary, Oakfield Surgery

---------- Forwarded message ---------
From: Graham Pettifer <g.pettifer48@example.net>
Date: Mon, 6 May 2024 at 19:20
Subject: Hospital appointment - can you help?
To: Oakfield Surgery <reception@oakfieldsurgery.example>

Dear Sir/Madam,

I believe I had an appointment at St Aldhelm's Hospital, Clinic 7B, on 2 May at 09:20, but the letter was sent to our previous address and I only found out when my wife, Maureen, got a text reminder on her phone. We moved in March to 3 Chantry Close, Salisbury SP2 7LN.

Could you please pass this on so they can send me a new date? Our home number is 01632 960419.

Yours faithfully,
Graham Pettifer
""", [
    name("Nicola Barnes"),
    email("nicola.barnes@oakfieldsurgery.example"),
    name("Adebayo"),
    name("Graham Pettifer"),
    pii("birth_date", "11/10/1948"),
    pii("national_id", "999 608 3438"),
    email("g.pettifer48@example.net"),
    name("Maureen"),
    only("address", "3 Chantry Close, Salisbury SP2 7LN", "3 Chantry Close", "SP2 7LN"),
    pii("phone", "01632 960419"),
], [
    la("booking_reference", "0004 1182 9934"),
    la("company_name", "Oakfield Surgery"),
    la("company_name", "St Aldhelm's Hospital"),
    la("room_number", "Clinic 7B"),
    la("date", "2 May"),
    la("time", "09:20"),
]))

# 003 Irish payroll, new starter details, reply on top
RECORDS.append(rec("en-email-003", """
From: Sinéad Murray <payroll@brightsidelogistics.example>
To: Pádraig Mac Giolla Phádraig <padraig.mgp@example.com>
Subject: RE: New starter details - Monday 3 June

Hi Pádraig,

Thanks for sending these on. You're all set up in the system (employee no. EMP-20418) and we've pulled your Revenue Payroll Notification, so you won't go on emergency tax. First pay date is Friday 28 June.

Kind regards,
Sinéad
Sinéad Murray | Payroll & HR | Brightside Logistics Ltd

-----Original Message-----
From: Pádraig Mac Giolla Phádraig <padraig.mgp@example.com>
Sent: Thursday 23 May 2024 20:14
To: payroll@brightsidelogistics.example
Subject: New starter details - Monday 3 June

Hi Sinéad,

As requested, here are my details for payroll before I start on Monday 3 June:

Full name: Pádraig Mac Giolla Phádraig
Date of birth: 27/04/1991
PPS number: 3881039HA
Address: 22 Ardmore Park, Bray, Co. Wicklow, A98 W2N6
Bank (IBAN): IE97 BOFI 6360 7494 1147 38
Mobile: 087 901 2244

Emergency contact: Orla Mac Giolla Phádraig (wife), 085 633 1870

I agreed a salary of €48,500 with Brian in the interview, just so it's on record.

Thanks,
Pádraig
""", [
    name("Sinéad Murray"),
    name("Pádraig Mac Giolla Phádraig"),
    email("padraig.mgp@example.com"),
    pii("birth_date", "27/04/1991"),
    pii("national_id", "3881039HA"),
    only("address", "22 Ardmore Park, Bray, Co. Wicklow, A98 W2N6", "22 Ardmore Park", "A98 W2N6"),
    pii("iban", "IE97 BOFI 6360 7494 1147 38"),
    pii("phone", "087 901 2244"),
    name("Orla Mac Giolla Phádraig"),
    pii("phone", "085 633 1870"),
    name("Brian"),
], [
    la("date", "Monday 3 June"),
    la("customer_number", "EMP-20418"),
    la("product_name", "Revenue Payroll Notification"),
    la("date", "Friday 28 June"),
    la("company_name", "Brightside Logistics Ltd"),
    la("price", "€48,500"),
]))

# 004 US auto insurance claim thread
RECORDS.append(rec("en-email-004", """
From: Carlos Mendez <cmendez@bayoumutual.example>
To: Megan Thibodeaux <megan.thibodeaux@example.com>
Date: Wed, Apr 17, 2024 at 9:41 AM
Subject: Re: Claim CLM-4471-0982 - rear-end collision 4/12

Hi Megan,

Thanks for the photos and the police report. I've reached the other driver's carrier and they've accepted liability, so your $500 deductible will be waived. Gulf Coast Collision estimated $2,350.00 for the bumper and tailgate on the 2019 Honda Civic. You can drop it off any time this week; a rental is approved for up to 7 days.

Best,
Carlos Mendez
Claims Adjuster, Bayou Mutual Insurance
Direct: (504) 555-0104

On Tue, Apr 16, 2024 at 3:12 PM Megan Thibodeaux <megan.thibodeaux@example.com> wrote:
> Hi Carlos,
>
> Here's the info you asked for on claim CLM-4471-0982 (policy AUT-208813374):
>
> - My car: 2019 Honda Civic, Louisiana plate 428 BXT
> - Other driver: Trevor Haskins, plate 719 KLM, phone (504) 555-0177
> - It happened at the light on Veterans Blvd around 5:30 PM on 4/12
> - My address for the check: 3309 Pecan Grove Lane, Metairie, LA 70003
>
> Best number for me is (504) 555-0135.
>
> Thanks,
> Megan
""", [
    name("Carlos Mendez"),
    email("cmendez@bayoumutual.example"),
    pii("phone", "(504) 555-0104"),
    name("Megan Thibodeaux"),
    email("megan.thibodeaux@example.com"),
    pii("plate", "428 BXT"),
    name("Trevor Haskins"),
    pii("plate", "719 KLM"),
    pii("phone", "(504) 555-0177"),
    only("address", "3309 Pecan Grove Lane, Metairie, LA 70003", "3309 Pecan Grove Lane", "70003"),
    pii("phone", "(504) 555-0135"),
], [
    la("claim_number", "CLM-4471-0982"),
    la("policy_number", "AUT-208813374"),
    la("price", "$500 deductible"),
    la("shop_name", "Gulf Coast Collision"),
    la("price", "$2,350.00"),
    la("product_name", "2019 Honda Civic"),
    la("date", "4/12"),
    la("duration", "7 days"),
]))

# 005 Canadian rental application, applicant volunteers SIN
RECORDS.append(rec("en-email-005", """
From: Rebecca Thornton <rthornton@lakeviewpm.example>
To: Wei Zhang <weizhang.to@example.com>
Subject: RE: Rental application - 1 bedroom, July 1

Hi Wei,

Thank you for your application (#LV-2024-0613). Just so you know, we don't need your SIN for a rental application, and I've deleted it from our file. For the credit check we only use your name, date of birth and current address.

The unit is $2,450/month with a July 1 move-in. I'll call your previous landlord this week.

Best regards,
Rebecca Thornton
Leasing Coordinator, Lakeview Property Management

> From: Wei Zhang <weizhang.to@example.com>
> Sent: June 10, 2024 10:47 PM
> Subject: Rental application - 1 bedroom, July 1
>
> Hello Rebecca,
>
> Please find my application attached (I used Rental Application Form v2.1). My details:
> Name: Wei Zhang
> Date of birth: 1995-08-19
> SIN: 064 460 215
> Current address: 412 Dundas Street East, Apt 6, Toronto, ON M5A 2A8
> Phone: (416) 555-0158
> Employer: Northbridge Analytics, Data Analyst
>
> Previous landlord: Frank Delaney, (416) 555-0121
>
> Thank you,
> Wei
""", [
    name("Rebecca Thornton"),
    email("rthornton@lakeviewpm.example"),
    name("Wei Zhang"),
    email("weizhang.to@example.com"),
    pii("birth_date", "1995-08-19"),
    pii("national_id", "064 460 215"),
    only("address", "412 Dundas Street East, Apt 6, Toronto, ON M5A 2A8", "412 Dundas Street East", "M5A 2A8"),
    pii("phone", "(416) 555-0158"),
    name("Frank Delaney"),
    pii("phone", "(416) 555-0121"),
], [
    la("reference", "#LV-2024-0613"),
    la("price", "$2,450/month"),
    la("date", "July 1"),
    la("company_name", "Lakeview Property Management"),
    la("version", "Rental Application Form v2.1"),
    la("company_name", "Northbridge Analytics"),
]))

# 006 Australian onboarding, TFN and bank details, forwarded within HR
RECORDS.append(rec("en-email-006", """
From: Brad Nicholls <brad.nicholls@coastalfreshfoods.example>
Sent: Friday, 7 June 2024 4:05 PM
To: Payroll <payroll@coastalfreshfoods.example>
Subject: FW: Onboarding forms - Mia Costa (starts 17 June)

Hi team,

Forwarding new starter details for Mia, Level 2 warehouse supervisor, $78,000 + super, Employee ID 4471. Can you set her up before the 17 June pay cycle?

Cheers,
Brad

From: Mia Costa <mia.costa@example.com>
Sent: Thursday, 6 June 2024 8:31 PM
To: Brad Nicholls <brad.nicholls@coastalfreshfoods.example>
Subject: Onboarding forms

Hi Brad,

Here are my details, and the signed TFN declaration is attached:

TFN: 357 168 526
Date of birth: 21/09/1992
Address: 3/18 Hibiscus Parade, Merrimac QLD 4226
Bank: BSB 034-702, account 2291 6630
Super: please pay into my existing Coastal Super account, member no. 88123409
Mobile: 0491 572 665

Emergency contact: Rosa Costa (mum), 0491 573 087

Thanks heaps, see you on the 17th!
Mia
""", [
    name("Brad Nicholls"),
    email("brad.nicholls@coastalfreshfoods.example"),
    name("Mia Costa"),
    email("mia.costa@example.com"),
    pii("national_id", "357 168 526"),
    pii("birth_date", "21/09/1992"),
    only("address", "3/18 Hibiscus Parade, Merrimac QLD 4226", "3/18 Hibiscus Parade", "4226"),
    only("iban", "BSB 034-702, account 2291 6630", "2291 6630"),
    pii("phone", "0491 572 665"),
    name("Rosa Costa"),
    pii("phone", "0491 573 087"),
], [
    la("date", "17 June"),
    la("course_code", "Level 2"),
    la("price", "$78,000 + super"),
    la("customer_number", "4471"),
    la("company_name", "Coastal Super"),
    la("policy_number", "88123409"),
]))

# 007 New Zealand vet clinic, reply with quote
RECORDS.append(rec("en-email-007", """
From: Harbourview Vets <reception@harbourviewvets.example>
To: Ngaire Thompson <ngaire.thompson@example.com>
Subject: RE: Refund for cancelled booster appointment

Kia ora Ngaire,

No problem at all. We've refunded the $186.50 deposit (invoice INV-20931) to the account you gave us; it should show in 2-3 working days. Moana and Rex are now booked with Dr Sophie Leclerc on Saturday 14 September at 10:15am, and their booster is due 12/09/2024.

Ngā mihi,
Kelly
Vet Nurse, Harbourview Vets

-----Original Message-----
From: Ngaire Thompson <ngaire.thompson@example.com>
Sent: Monday, 2 September 2024 7:58 PM
To: reception@harbourviewvets.example
Subject: Refund for cancelled booster appointment

Hi there,

I had to cancel Thursday's appointment for Moana (cat) and Rex (dog) because I was unwell. Could the deposit please be refunded to 38-9017-0482763-01? That's our joint account with my husband Rawiri Thompson.

We've also moved, so please update our details: 51 Kauri Road, Birkenhead, Auckland 0626. My mobile is 027 390 1148.

Thanks,
Ngaire
""", [
    name("Ngaire Thompson"),
    email("ngaire.thompson@example.com"),
    name("Sophie Leclerc"),
    name("Kelly"),
    pii("iban", "38-9017-0482763-01"),
    name("Rawiri Thompson"),
    only("address", "51 Kauri Road, Birkenhead, Auckland 0626", "51 Kauri Road", "0626"),
    pii("phone", "027 390 1148"),
], [
    la("company_name", "Harbourview Vets"),
    la("price", "$186.50"),
    la("invoice_number", "INV-20931"),
    la("pet_name", "Moana"),
    la("pet_name", "Rex"),
    la("date", "Saturday 14 September"),
    la("time", "10:15am"),
    la("date", "12/09/2024"),
]))

# 008 South African funeral policy, beneficiary change, quoted reply
RECORDS.append(rec("en-email-008", """
From: Pieter van Wyk <pieter.vanwyk@ubuntulife.example>
To: Nomvula Dlamini <nomvula.dlamini@example.com>
Date: 19 June 2024 14:22
Subject: RE: Change of beneficiary - policy FP-7719203

Dear Mrs Dlamini

Thank you for your email. I confirm that Bongani Dlamini has been added as the main beneficiary on your Ubuntu Family Plan (R15 000 cover, R189 per month). The change will reflect within 48 hours and you will receive an SMS on 072 908 3316.

Please note that the debit order will continue from the same account, with branch code 250655.

Kind regards
Pieter van Wyk
Client Services, Ubuntu Life

> On 18 June 2024, Nomvula Dlamini <nomvula.dlamini@example.com> wrote:
> Good day
>
> I want to change the beneficiary on my funeral policy FP-7719203 from my late husband to my son.
>
> My details: Nomvula Dlamini, ID 5612073056084, 45 Umgeni Road, Morningside, Durban, 4001.
> My son: Bongani Dlamini, ID 9301255615083, cell 081 557 2094.
>
> The premium is paid from my account 62481937750.
>
> Thank you
> Nomvula
""", [
    name("Pieter van Wyk"),
    email("pieter.vanwyk@ubuntulife.example"),
    name("Nomvula Dlamini"),
    email("nomvula.dlamini@example.com"),
    name("Bongani Dlamini"),
    pii("phone", "072 908 3316"),
    pii("national_id", "5612073056084"),
    only("address", "45 Umgeni Road, Morningside, Durban, 4001", "45 Umgeni Road", "4001"),
    pii("national_id", "9301255615083"),
    pii("phone", "081 557 2094"),
    pii("iban", "62481937750"),
], [
    la("policy_number", "FP-7719203"),
    la("product_name", "Ubuntu Family Plan"),
    la("price", "R15 000 cover"),
    la("price", "R189 per month"),
    la("duration", "48 hours"),
    la("reference", "250655"),
    la("company_name", "Ubuntu Life"),
]))
