import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from helpers import A, E, L, N, P, rec  # noqa: E402

RECORDS = [

# ------------------------------------------------------------------ UK council tax, quoted reply, NI number
rec("en-email-001", """
From: Graham Pickering <g.pickering@example.org>
To: counciltax@example.org
Date: Tue, 9 Jan 2024 19:22
Subject: Re: Council Tax account 40018273 – single person discount

Dear Ms Malik,

Thank you for your reply. As requested, here are the details for the Council Tax Reduction claim:

Name: Graham Pickering
Date of birth: 02/11/1958
National Insurance number: JT 48 21 07 C
Address: 41 Beech Road, Sheffield S7 1FD

My mother, Margaret Pickering, passed away on 14 November and I am now the sole occupier. The solicitor handling the estate is Helen Akinola at Marsh & Webb (probate ref MW/PRB/2291).

You can reach me on 0114 496 0350 during the day.

Kind regards,
Graham

On Fri, 5 Jan 2024 at 11:03, Council Tax <counciltax@example.org> wrote:
> Dear Mr Pickering,
>
> Thank you for notifying us of the change in circumstances. To apply the 25% single
> person discount from 15/11/2023 we need your date of birth and National Insurance
> number. The current balance on account 40018273 is £1,412.07.
>
> Yours sincerely,
> S. Malik
> Revenues Officer
> Sheffield City Council · Howden House · 1 Union Street · Sheffield S1 2SH · 0114 273 4567
""", [
    N("Graham Pickering"),
    E("g.pickering@example.org"),
    N("Ms Malik", only=["Malik"]),
    P("02/11/1958", "birth_date"),
    P("JT 48 21 07 C", "national_id", scheme="nino"),
    A("41 Beech Road, Sheffield S7 1FD", street="41 Beech Road", postcode="S7 1FD"),
    N("Margaret Pickering"),
    N("Helen Akinola"),
    P("0114 496 0350", "phone"),
], [
    L("40018273", "customer"), L("25%", "percentage"), L("15/11/2023", "date"), L("£1,412.07", "price"),
    L("Marsh & Webb", "company"), L("MW/PRB/2291", "reference"), L("14 November", "date"),
]),

# ------------------------------------------------------------------ US auto claim, Gmail-style forward from body shop
rec("en-email-002", """
From: Kevin Doyle <kdoyle.home@example.com>
To: claims@example.com
Subject: Fwd: Estimate for 2019 Honda Civic – Claim 0447-21-88105
Date: Mon, Apr 8, 2024 at 9:14 AM

Hi,

Forwarding the estimate from the body shop. The other driver was Stephanie Ruiz (plate 8KXD412, California). Her insurer already accepted liability. My own plate is 7MRB935.

Please send payment to the shop directly. If you need me, my cell is (858) 555-0134.

Thanks,
Kevin Doyle
3815 Voltaire St, San Diego, CA 92107

---------- Forwarded message ---------
From: Ortega Brothers Collision <estimates@example.net>
Date: Fri, Apr 5, 2024 at 4:47 PM
Subject: Estimate for 2019 Honda Civic
To: <kdoyle.home@example.com>

Hi Kevin,

Attached is estimate #E-24-1193 for the rear bumper, trunk lid and tail lamp. Total: $4,286.55, 5 days repair time. Luis will be your technician.

Best,
Ortega Brothers Collision · 2200 Morena Blvd, San Diego, CA 92110 · (619) 555-0100
""", [
    N("Kevin Doyle"),
    E("kdoyle.home@example.com"),
    N("Stephanie Ruiz"),
    P("8KXD412", "plate", scheme="us_plate"),
    P("7MRB935", "plate", scheme="us_plate"),
    P("(858) 555-0134", "phone"),
    A("3815 Voltaire St, San Diego, CA 92107", street="3815 Voltaire St", postcode="92107"),
    N("Luis"),
], [
    L("2019 Honda Civic", "product"), L("0447-21-88105", "claim"), L("Ortega Brothers Collision", "company"),
    L("#E-24-1193", "reference"), L("$4,286.55", "price"), L("5 days", "duration"),
]),

# ------------------------------------------------------------------ Irish new starter, Outlook headers, PPSN + IBAN
rec("en-email-003", """
From: Orla Kennedy <orla.kennedy88@example.com>
Sent: Thursday, February 1, 2024 8:03 PM
To: People Team <people@example.com>
Cc: Declan Foley <declan.foley@example.com>
Subject: New starter details – Orla Kennedy (start date 19 Feb)

Hi all,

Please find my details for payroll below, as requested by Declan:

Full name: Orla Máire Kennedy
Date of birth: 27/06/1988
PPSN: 3586071V
Address: 18 Castle Park, Ballincollig, Co. Cork, P31 E6K2
Bank: IE96 AIBK 8984 1283 6215 84
Mobile: 087 552 1906
Emergency contact: Bríd Kennedy (mother), 021 487 3350

I've also signed the contract (40 hours, €48,500 p.a.) and returned the laptop request form.

Looking forward to starting!
Orla
""", [
    N("Orla Kennedy", extra=["Máire"]),
    E("orla.kennedy88@example.com"),
    N("Declan Foley"),
    E("declan.foley@example.com"),
    P("27/06/1988", "birth_date"),
    P("3586071V", "national_id", scheme="ppsn"),
    A("18 Castle Park, Ballincollig, Co. Cork, P31 E6K2", street="18 Castle Park", postcode="P31 E6K2"),
    P("IE96 AIBK 8984 1283 6215 84", "iban", scheme="iban"),
    P("087 552 1906", "phone"),
    N("Bríd Kennedy"),
    P("021 487 3350", "phone"),
], [
    L("19 Feb", "date"), L("40 hours", "quantity"), L("€48,500", "price"), L("February 1, 2024 8:03 PM", "date"),
    L("People Team", "other"),
]),

# ------------------------------------------------------------------ Australian rental application, quoted reply
rec("en-email-004", """
From: Ethan Brooks <ethan.brooks@example.com>
To: leasing@example.com
Subject: RE: Application – 6/22 Glebe Point Road, Glebe

Hi Rachel,

Thanks for getting back to us so quickly. Answers to your questions:

1. Both applicants: Ethan Brooks and Zoe Martin. Zoe's mobile is 0491 571 266, mine is 0491 570 313.
2. Current address: 14/3 Crown Street, Surry Hills NSW 2010 (since March 2021).
3. Previous landlord reference: Sharon Ng, 02 5550 1834 – she's happy to be contacted.
4. Holding deposit paid from BSB 062-914, acc 1055 2871 on Friday, $650.
5. Pets: one small dog, Biscuit.

Cheers,
Ethan

> From: Rachel Tan <leasing@example.com>
> Sent: Monday, 22 April 2024 10:15 AM
> Subject: Application – 6/22 Glebe Point Road, Glebe
>
> Hi Ethan,
>
> Thanks for your application for the 2-bedroom unit at $780 per week. Before the landlord
> decides, could you confirm both applicants, a landlord reference and how the holding
> deposit was paid? Application ID APP-558102.
>
> Kind regards,
> Rachel Tan | Property Manager | Harbourside Realty
> Level 4, 100 George Street, Sydney NSW 2000 | (02) 5550 9000
""", [
    N("Ethan Brooks"),
    E("ethan.brooks@example.com"),
    N("Rachel Tan"),
    N("Zoe Martin"),
    P("0491 571 266", "phone"),
    P("0491 570 313", "phone"),
    A("14/3 Crown Street, Surry Hills NSW 2010", street="14/3 Crown Street", postcode="2010"),
    N("Sharon Ng"),
    P("02 5550 1834", "phone"),
    P("BSB 062-914, acc 1055 2871", "iban", scheme="au_account", canon="06291410552871", extra=["1055 2871"]),
], [
    L("6/22 Glebe Point Road", "other"), L("$650", "price"), L("Biscuit", "pet"), L("2-bedroom", "quantity"),
    L("$780 per week", "price"), L("APP-558102", "reference"), L("Harbourside Realty", "company"),
]),

# ------------------------------------------------------------------ New Zealand school, injury report, NHI number
rec("en-email-005", """
From: Office – Kowhai Primary School <office@example.org>
To: Hemi Walker <hemi.walker@example.net>; Sophie Walker <sophiewalker@example.net>
Date: 16 May 2024, 2:48 pm
Subject: Accident report – Ruby Walker (Room 7)

Kia ora Hemi and Sophie,

Just letting you know that Ruby had a fall from the climbing frame at lunchtime today. Mrs Tautahi, the duty teacher, applied ice and she seemed fine, but she was complaining of wrist pain at 2pm so we'd recommend getting it checked.

If you take her to the after-hours clinic, her NHI number from our enrolment form is HUT2597. Our records show her date of birth as 30 September 2016 and her GP as Dr Fiona Grant at Newtown Medical.

We've also filed an ACC report (ref ACC-240516-07). Please let us know how she gets on, or call Jenny in the office on 04 389 2210.

Ngā mihi,
Jenny Rowe
Office Manager, Kowhai Primary School
12 Kowhai Road, Newtown, Wellington 6021
""", [
    N("Hemi Walker"),
    E("hemi.walker@example.net"),
    N("Sophie Walker"),
    E("sophiewalker@example.net"),
    N("Ruby Walker"),
    N("Mrs Tautahi", only=["Tautahi"]),
    P("HUT2597", "national_id", scheme="nhi"),
    P("30 September 2016", "birth_date"),
    N("Dr Fiona Grant"),
    N("Jenny Rowe"),
], [
    L("Room 7", "other"), L("2pm", "time"), L("Newtown Medical", "company"), L("ACC-240516-07", "reference"),
    L("16 May 2024, 2:48 pm", "date"), L("Kowhai Primary School", "company"),
]),

# ------------------------------------------------------------------ Canadian university registrar, SIN for tax slip
rec("en-email-006", """
From: Priya Sharma <priya.sharma02@example.com>
To: registrar@example.org
Subject: T2202 tuition slip – wrong SIN and address (Student ID 300118245)

Hello,

My T2202 for 2023 shows an incorrect SIN and my old address. Could you please correct both and reissue it?

Correct SIN: 686 718 982
Current address: 1207-350 Webb Drive, Mississauga, ON L5B 3W4
Date of birth: 2002-03-11
Phone: (905) 555-0182

My father, Rajesh Sharma, pays the tuition, so he may call about the receipt (his number is (905) 555-0145). The eligible tuition amount should be $8,740.00 for the Fall and Winter terms.

Thank you,
Priya Sharma
BSc Computer Science, Year 2
""", [
    N("Priya Sharma"),
    E("priya.sharma02@example.com"),
    P("686 718 982", "national_id", scheme="sin"),
    A("1207-350 Webb Drive, Mississauga, ON L5B 3W4", street="1207-350 Webb Drive", postcode="L5B 3W4"),
    P("2002-03-11", "birth_date"),
    P("(905) 555-0182", "phone"),
    N("Rajesh Sharma"),
    P("(905) 555-0145", "phone"),
], [
    L("T2202", "other"), L("300118245", "member"), L("2023", "date"), L("$8,740.00", "price"),
    L("Fall and Winter terms", "date"), L("Year 2", "other"),
]),

# ------------------------------------------------------------------ South African medical aid, ID numbers + bank account
rec("en-email-007", """
From: Lindiwe Khumalo <lindiwe.khumalo@example.com>
To: claims@example.org
Subject: Claim for hospital admission – member no. 88012245, dependant 02

Good day,

Please find attached the account from Sunninghill Hospital for my son's admission from 3 to 5 March 2024 (appendicitis). The surgeon was Dr Naidoo and the anaesthetist Dr Coetzee.

Main member: Lindiwe Khumalo, ID 8608100594086
Dependant: Lwazi Khumalo, ID 1405125443085, born 12 May 2014
Address: 27 Acacia Crescent, Sunninghill, Sandton, 2191
Cell: 083 555 0129

The hospital says there is a shortfall of R7,842.30. If the scheme pays this to me, my details are: Nedbank, branch code 198765, account 1128 445 906.

Kind regards
Lindiwe
""", [
    N("Lindiwe Khumalo"),
    E("lindiwe.khumalo@example.com"),
    N("Dr Naidoo", only=["Naidoo"]),
    N("Dr Coetzee", only=["Coetzee"]),
    P("8608100594086", "national_id", scheme="za_id"),
    N("Lwazi Khumalo"),
    P("1405125443085", "national_id", scheme="za_id"),
    P("12 May 2014", "birth_date"),
    A("27 Acacia Crescent, Sunninghill, Sandton, 2191", street="27 Acacia Crescent", postcode="2191"),
    P("083 555 0129", "phone"),
    P("1128 445 906", "iban", scheme="za_account"),
], [
    L("88012245", "member"), L("dependant 02", "other"), L("Sunninghill Hospital", "company"),
    L("3 to 5 March 2024", "date"), L("R7,842.30", "price"), L("198765", "other"),
]),

# ------------------------------------------------------------------ Indian bank KYC update, nominee
rec("en-email-008", """
From: Arjun Mehta <arjun.mehta@example.com>
To: kyc.support@example.org
Date: 21 Feb 2024, 10:37 IST
Subject: Re-KYC and nominee update for SB account

Dear Sir/Madam,

As per your SMS dated 15/02/2024, please update the KYC for my savings account 918010045523671 (IFSC SBIN0007712).

Aadhaar: 3044 6343 4869
PAN: AKSPM7729L
Current address: B-704, Sai Siddhi Tower, Sector 15, Kharghar, Navi Mumbai 410210
Mobile: +91 98200 31477

I understand the update can take 7 working days.

I would also like to change the nominee from my late father, Suresh Mehta, to my wife, Kavya Mehta (DOB 09/08/1992, relationship: spouse).

Regards,
Arjun Mehta

This email and any files transmitted with it are confidential. If you are not the intended recipient, please delete it.
""", [
    N("Arjun Mehta"),
    E("arjun.mehta@example.com"),
    P("918010045523671", "iban", scheme="in_account"),
    P("3044 6343 4869", "national_id", scheme="aadhaar"),
    P("AKSPM7729L", "national_id", scheme="pan"),
    A("B-704, Sai Siddhi Tower, Sector 15, Kharghar, Navi Mumbai 410210", street="B-704, Sai Siddhi Tower",
      postcode="410210"),
    P("+91 98200 31477", "phone"),
    N("Suresh Mehta"),
    N("Kavya Mehta"),
    P("09/08/1992", "birth_date"),
], [
    L("15/02/2024", "date"), L("SBIN0007712", "other"), L("21 Feb 2024, 10:37 IST", "date"),
    L("SB account", "product"), L("7 working days", "duration"),
]),
]
