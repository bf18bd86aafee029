# English e-mails (UK, IE, US, CA, AU, NZ, ZA, IN). Written by hand; all data made up.


def P(value, kind, *mns, **kw):
    d = {"value": value, "kind": kind, "must_not_survive": list(mns) if mns else [value]}
    d.update(kw)
    return d


def E(value, *extra, **kw):
    mns = [value] + ([value.split("@")[0]] if "@" in value else []) + list(extra)
    return P(value, "email", *mns, **kw)


def L(value, kind):
    return {"value": value, "kind": kind}


RECORDS = [
    {
        "id": "en-email-001", "region": "uk",
        "text": """From: Rachel Ashworth <rachel.ashworth@example.com>
To: office@staidans-primary.example
Subject: RE: Oscar Ashworth – Year 4 – absence Thursday

Hi,

Thanks for getting back to me. Yes, it's a hospital appointment at Leeds General Infirmary on Thursday 21st March at 9:15am, so I'll bring Oscar in after lunch. Could you let Mr Hughes know?

While I'm writing – we've moved, so please update his records to 14 Larkfield Avenue, LS19 6DY. My mobile is still 07700 900481. His dad, Dave Ashworth, is still the second contact.

We've also added his grandma as an emergency contact: Pauline Ashworth, 0113 496 0275.

I've paid the £12.50 for the trip on ParentPay.

Thanks,
Rachel

-----Original Message-----
From: School Office <office@staidans-primary.example>
Sent: 18 March 2024 14:02
To: Rachel Ashworth <rachel.ashworth@example.com>
Subject: RE: Oscar Ashworth – Year 4 – absence Thursday

Dear Mrs Ashworth,

Thank you for letting us know. Could you confirm what time Oscar will be back in school and whether the absence is for a medical appointment?

Kind regards,
School Office
St Aidan's Primary School | Church Lane, Yeadon | 0113 000 0000""",
        "planted": [
            P("Rachel Ashworth", "name", "Rachel", "Ashworth"),
            E("rachel.ashworth@example.com"),
            P("Oscar Ashworth", "name", "Oscar", "Ashworth"),
            P("Hughes", "name"),
            P("14 Larkfield Avenue", "address"),
            P("LS19 6DY", "postcode"),
            P("07700 900481", "phone"),
            P("Dave Ashworth", "name", "Dave", "Ashworth"),
            P("Pauline Ashworth", "name", "Pauline", "Ashworth"),
            P("0113 496 0275", "phone"),
        ],
        "lookalikes": [
            L("Year 4", "reference"),
            L("Leeds General Infirmary", "company_name"),
            L("Thursday 21st March", "date"),
            L("9:15am", "time"),
            L("£12.50", "price"),
            L("ParentPay", "product_name"),
            L("St Aidan's Primary School", "company_name"),
        ],
    },
    {
        "id": "en-email-002", "region": "ie",
        "text": """From: Eoin Ó Murchú <eoin.omurchu@example.com>
To: outpatients@seregional-hospital.example
Subject: Appointment – Clinic 4 – Friday 19th April

Dear Sir/Madam,

I received a letter for an appointment at Clinic 4 on Friday 19th April at 10:30, but I think it was sent to my old address. Could you please update my details:

Name: Eoin Ó Murchú
Date of birth: 07/12/1971
PPSN: 7930513NA
Address: Apartment 3, Kilmore House, Cork Road, Waterford, X91 P2H6
Phone: 085 207 6614

I have a medical card, so I don't think I should have been charged the €80 fee on the letter. My GP, Dr. Nuala Fennelly, referred me about 12 weeks ago.

My wife Gráinne will be driving me, as I can't drive after the procedure.

Kind regards,
Eoin

South East Regional Hospital – Outpatients Department – Please do not reply to automated messages.""",
        "planted": [
            P("Eoin Ó Murchú", "name", "Eoin", "Murchú"),
            E("eoin.omurchu@example.com"),
            P("07/12/1971", "birth_date"),
            P("7930513NA", "national_id", scheme="ppsn"),
            P("Apartment 3, Kilmore House", "address", "Apartment 3, Kilmore House", "Kilmore House"),
            P("X91 P2H6", "postcode"),
            P("085 207 6614", "phone"),
            P("Nuala Fennelly", "name", "Nuala", "Fennelly"),
            P("Gráinne", "name"),
        ],
        "lookalikes": [
            L("Clinic 4", "room_number"),
            L("Friday 19th April", "date"),
            L("10:30", "time"),
            L("€80", "price"),
            L("12 weeks", "duration"),
            L("South East Regional Hospital", "company_name"),
        ],
    },
    {
        "id": "en-email-003", "region": "us",
        "text": """From: Daniel Whitaker <dwhitaker.home@example.com>
To: Tiffany (HR Benefits) <benefits@blueridgelogistics.example>
Subject: Open enrollment – adding dependents

Hi Tiffany,

Per our call, here is the info to add my wife and son to the PPO Gold 500 plan for the 2025 plan year:

Spouse: Megan Whitaker, DOB 02/14/1988, SSN 401-62-8835
Dependent: Owen Whitaker, DOB 08/30/2019, SSN 612-09-4471

Our address is 7714 Sycamore Lane, Raleigh, NC 27615 for both of them. Best number to reach me is (919) 555-0152.

Can you confirm the new deduction? I was quoted $412.18 per paycheck. I know the deadline is November 15.

Thanks,
Dan

--
Daniel Whitaker
Dispatch Supervisor, Blue Ridge Logistics
This email and any attachments are confidential.""",
        "planted": [
            P("Daniel Whitaker", "name", "Daniel", "Whitaker"),
            E("dwhitaker.home@example.com"),
            P("Tiffany", "name"),
            P("Megan Whitaker", "name", "Megan", "Whitaker"),
            P("02/14/1988", "birth_date"),
            P("401-62-8835", "national_id", scheme="ssn"),
            P("Owen Whitaker", "name", "Owen", "Whitaker"),
            P("08/30/2019", "birth_date"),
            P("612-09-4471", "national_id", scheme="ssn"),
            P("7714 Sycamore Lane", "address"),
            P("27615", "postcode"),
            P("(919) 555-0152", "phone"),
        ],
        "lookalikes": [
            L("PPO Gold 500", "product_name"),
            L("2025 plan year", "date"),
            L("$412.18", "price"),
            L("November 15", "date"),
            L("Blue Ridge Logistics", "company_name"),
        ],
    },
    {
        "id": "en-email-004", "region": "ca",
        "text": """From: Sarah-Jane Cooke <sj.cooke@example.org>
To: Greg Fournier <leasing@harbourview-apts.example>
Subject: Rental application – Unit 3, Harbourview Apartments

Hi Greg,

Thanks for showing me the unit on Saturday. I'd love to apply for the 12-month lease starting May 1 at $1,875/month. Here are the details you asked for:

Full name: Sarah-Jane Cooke
Date of birth: 1992-11-04
Current address: 2217 Fernwood Road, Victoria, BC V8T 2Z1
Phone: (250) 555-0146
Employer: Island Health (RN, full time)

For the pre-authorized rent payments, my void cheque details are transit 04512, institution 003, account 5012847.

My current landlord is happy to give a reference: Doug MacLeod, (250) 555-0193.

And yes, I have one cat, Mochi – she's 6 and very quiet!

Best,
Sarah-Jane""",
        "planted": [
            P("Sarah-Jane Cooke", "name", "Sarah", "Jane", "Sarah-Jane", "Cooke"),
            E("sj.cooke@example.org"),
            P("Greg Fournier", "name", "Greg", "Fournier"),
            P("1992-11-04", "birth_date"),
            P("2217 Fernwood Road", "address"),
            P("V8T 2Z1", "postcode"),
            P("(250) 555-0146", "phone"),
            P("5012847", "iban", scheme="account"),
            P("Doug MacLeod", "name", "Doug", "MacLeod"),
            P("(250) 555-0193", "phone"),
        ],
        "lookalikes": [
            L("Harbourview Apartments", "company_name"),
            L("12-month lease", "duration"),
            L("May 1", "date"),
            L("$1,875/month", "price"),
            L("Island Health", "company_name"),
            L("Mochi", "pet_name"),
        ],
    },
    {
        "id": "en-email-005", "region": "au",
        "text": """From: Ruby Chen <ruby.chen.mel@example.com>
To: Bec – People & Culture <people@harbourside-hg.example>
Subject: Onboarding forms – Ruby Chen (barista, starting Mon)

Hi Bec,

As requested, here are my details for payroll so I'm all set for my first shift on Monday 8 April at 7:30am:

Tax File Number: 731 886 454
Date of birth: 11/06/2001
Address: 3/27 Grevillea St, Brunswick VIC 3056
Mobile: 0491 573 087
Bank: BSB 083-004, account 51 882 9940
Super: please pay into my existing fund, member details attached

Emergency contact: my mum, Linda Chen, 0491 572 665

Just to confirm, the rate is $32.50/hr for 38 hours a week? I've read the Employee Handbook v3.2 and signed the last page.

Thanks heaps,
Ruby

Harbourside Hospitality Group · People & Culture · Level 4, 100 Example St, Melbourne""",
        "planted": [
            P("Ruby Chen", "name", "Ruby", "Chen"),
            E("ruby.chen.mel@example.com"),
            P("Bec", "name"),
            P("731 886 454", "national_id", scheme="tfn"),
            P("11/06/2001", "birth_date"),
            P("3/27 Grevillea St", "address"),
            P("3056", "postcode"),
            P("0491 573 087", "phone"),
            P("51 882 9940", "iban", scheme="account"),
            P("Linda Chen", "name", "Linda", "Chen"),
            P("0491 572 665", "phone"),
        ],
        "lookalikes": [
            L("Monday 8 April", "date"),
            L("7:30am", "time"),
            L("$32.50/hr", "price"),
            L("38 hours", "quantity"),
            L("Employee Handbook v3.2", "version"),
            L("Harbourside Hospitality Group", "company_name"),
        ],
    },
    {
        "id": "en-email-006", "region": "nz",
        "text": """From: Shane <workshop@riverside-auto.example>
To: Tama Rāwiri <tama.rawiri@example.net>
Subject: Re: WoF booking MKT452

Kia ora Tama,

All good, we've booked your Mazda Demio (MKT452) in for a WoF and service on Wednesday 17 April, drop off at 8am. WoF is $89, service is quoted on job card 55821.

Your courtesy car will be the white Corolla, rego LZB718. Just bring your licence.

Cheers,
Shane
Riverside Auto Whanganui

> On Mon, 15 Apr 2024 at 19:12, Tama Rāwiri <tama.rawiri@example.net> wrote:
> Hi there,
> Can I book my car in for a warrant this week? It's the blue Demio, plate MKT452.
> I'm at 9 Puriri Lane, Whanganui 4500. My partner Kiri might drop it off if I'm at work.
> Best to text me on 022 614 3308.
> Thanks, Tama""",
        "planted": [
            P("Shane", "name"),
            P("Tama Rāwiri", "name", "Tama", "Rāwiri"),
            E("tama.rawiri@example.net"),
            P("MKT452", "plate"),
            P("LZB718", "plate"),
            P("9 Puriri Lane", "address"),
            P("4500", "postcode"),
            P("Kiri", "name"),
            P("022 614 3308", "phone"),
        ],
        "lookalikes": [
            L("Mazda Demio", "vehicle_model"),
            L("Wednesday 17 April", "date"),
            L("8am", "time"),
            L("$89", "price"),
            L("55821", "reference"),
            L("Riverside Auto Whanganui", "company_name"),
            L("Mon, 15 Apr 2024 at 19:12", "date"),
        ],
    },
    {
        "id": "en-email-007", "region": "za",
        "text": """From: Lerato Mokoena <lerato.mokoena@example.com>
To: customercare@tshwane-utilities.example
Subject: Incorrect electricity bill – February 2024 – meter no. 04221187352

Good day,

I am writing about my electricity bill for February 2024, which shows R2 184.60. This is almost three times my normal bill. The meter number is 04221187352 and the property is 22 Jacaranda Street, Mamelodi East, 0122.

I am the tenant; the owner of the property is Mr Sello Maseko. I have attached proof that I paid the January account in full from my account 62781104952.

My ID number is 9211254841087, as requested for the query. Please call me on 072 558 1904 if you need a meter reading.

Your call centre gave me reference TSH-REF-88120 and said it would be resolved in 7 working days, but I have heard nothing.

Kind regards,
Lerato Mokoena

City of Tshwane Utilities · Customer Care · This mailbox is monitored Monday to Friday""",
        "planted": [
            P("Lerato Mokoena", "name", "Lerato", "Mokoena"),
            E("lerato.mokoena@example.com"),
            P("22 Jacaranda Street", "address"),
            P("0122", "postcode"),
            P("Sello Maseko", "name", "Sello", "Maseko"),
            P("62781104952", "iban", scheme="account"),
            P("9211254841087", "national_id", scheme="sa_id"),
            P("072 558 1904", "phone"),
        ],
        "lookalikes": [
            L("February 2024", "date"),
            L("04221187352", "meter_number"),
            L("R2 184.60", "price"),
            L("TSH-REF-88120", "reference"),
            L("7 working days", "duration"),
            L("City of Tshwane Utilities", "company_name"),
        ],
    },
    {
        "id": "en-email-008", "region": "in",
        "text": """From: Suresh Kumar Nair <sureshknair@example.com>
To: Deepa Menon <rm.jayanagar@coromandelbank.example>
Subject: Fwd: Dispute – unauthorised transaction on credit card

Dear Ms. Deepa,

As discussed on phone, forwarding the complaint I sent to Coromandel Bank card support. Kindly escalate, it has been more than 7 working days.

For the KYC update you asked: Aadhaar 2390 4880 6742, PAN BQWPN5527L, DOB 04/05/1968. New address: No. 12, 3rd Main Road, Jayanagar 4th Block, Bengaluru 560011.

Regards,
Suresh Kumar Nair
+91 94480 22815

---------- Forwarded message ---------
From: Suresh Kumar Nair <sureshknair@example.com>
Date: Wed, 13 Mar 2024, 09:05
Subject: Dispute – unauthorised transaction on credit card
To: <cards.support@coromandelbank.example>

Sir/Madam,
A transaction of ₹18,450.00 on 12-Mar-2024 23:41 on my card 4867 1900 7408 3059 was not done by me. I have blocked the card through the app. Please reverse the amount.
Complaint no. CMP2403118872.
Suresh""",
        "planted": [
            P("Suresh Kumar Nair", "name", "Suresh", "Kumar", "Nair"),
            E("sureshknair@example.com"),
            P("Deepa Menon", "name", "Deepa", "Menon"),
            P("2390 4880 6742", "national_id", scheme="aadhaar"),
            P("BQWPN5527L", "national_id", scheme="pan"),
            P("04/05/1968", "birth_date"),
            P("No. 12, 3rd Main Road", "address"),
            P("560011", "postcode"),
            P("+91 94480 22815", "phone"),
            P("4867 1900 7408 3059", "card"),
        ],
        "lookalikes": [
            L("7 working days", "duration"),
            L("Wed, 13 Mar 2024, 09:05", "date"),
            L("₹18,450.00", "price"),
            L("12-Mar-2024 23:41", "date"),
            L("CMP2403118872", "ticket_number"),
            L("Coromandel Bank", "company_name"),
        ],
    },
]
