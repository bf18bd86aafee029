from _lib import p, rec

RECORDS = [

rec("en-email-001", """
From: Graham Whitaker <g.whitaker@example.com>
Sent: 07 March 2024 19:44
To: Council Tax <counciltax@northbridge-council.example.org>
Subject: RE: Council tax account 60012345 - single person discount

Dear Ms Reid,

Thank you for your reply. As requested, here is the information for the single person discount and the council tax reduction claim:

Name: Graham Whitaker
Address: 47 Chapel Lane, Stockport, SK4 2HL
National Insurance number: KJ 93 32 05 D
Date of birth: 14/10/1958
Date my partner moved out: 28 January 2024 (she now lives with her sister in Macclesfield)

Please can any refund be paid to my bank account rather than credited to next year: sort code 30-40-46, account 94796930.

I'm usually in after 4pm on 0161 496 0751, or my mobile 07700 900214.

Kind regards,
Graham Whitaker

-----Original Message-----
From: Council Tax <counciltax@northbridge-council.example.org>
Sent: 05 March 2024 11:20
To: g.whitaker@example.com
Subject: Council tax account 60012345 - single person discount

> Dear Mr Whitaker,
>
> Thank you for your email. Your property is in Band C and the annual charge for 2023/24 is £1,842.17,
> payable in 10 monthly instalments. To apply a 25% single person discount from the date your partner,
> Ms Deborah Marsh, left the property, please confirm the date she moved out and her forwarding address.
>
> Yours sincerely
> Amanda Reid
> Revenues Officer
> Northbridge Borough Council, Town Hall, Market Street, Northbridge NB1 1AA
""", [
    p("Graham Whitaker", "name"),
    p("g.whitaker@example.com", "email"),
    p("Reid", "name"),
    p("47 Chapel Lane, Stockport, SK4 2HL", "address", mns=["47 Chapel Lane", "SK4 2HL"]),
    p("KJ 93 32 05 D", "national_id", scheme="nino"),
    p("14/10/1958", "birth_date"),
    p("sort code 30-40-46, account 94796930", "iban", mns=["30-40-46", "94796930"]),
    p("0161 496 0751", "phone"),
    p("07700 900214", "phone"),
    p("Deborah Marsh", "name"),
    p("Amanda Reid", "name"),
], [
    ("60012345", "account_number"), ("Band C", "band"), ("£1,842.17", "price"), ("10 monthly instalments", "quantity"),
    ("25% single person discount", "percentage"), ("28 January 2024", "date"),
]),

rec("en-email-002", """
Subject: Fwd: Leak from flat above - job 55120
From: Shabana Akhtar <shabana.akhtar@example.net>
Date: Tue, 12 Mar 2024 at 08:17
To: repairs@canalside-homes.example.org

Hi,

I'm forwarding the email I got from the plumber. He says it's not his job to sort the flat above, so can you PLEASE get someone to look at it. Water has been coming through my kitchen ceiling for 3 weeks now. My tenancy ref is CH/0082214.

I live at Flat 14, Marlowe House, 3 Canal Street, Manchester M1 3HE. The flat above is 24, the tenant is Mr Kowalski but he's hardly ever in. His daughter Kasia sometimes comes round.

I work shifts so please call before you come, 07700 900781.

Thanks
Shabana

---------- Forwarded message ---------
From: Dean Carter <dean@hollis-sons-plumbing.example.com>
Date: Mon, 11 Mar 2024 at 17:02
Subject: Leak from flat above - job 55120
To: Shabana Akhtar <shabana.akhtar@example.net>

Hi Shabana,

I came out today for job 55120 as booked by Canalside Homes. The leak isn't from your pipework, it's coming from the flat above, most likely the bath seal or the waste pipe. I couldn't get access to number 24 as nobody was in.

Canalside will need to raise a new job for the flat above. I've put a bucket under it and isolated the kitchen light for safety. Don't use the light until an electrician has checked it.

Cheers,
Dean
Hollis & Sons Plumbing Ltd
""", [
    p("Shabana Akhtar", "name", add=["Shabana"]),
    p("shabana.akhtar@example.net", "email"),
    p("Flat 14, Marlowe House, 3 Canal Street, Manchester M1 3HE", "address", mns=["Flat 14, Marlowe House", "3 Canal Street", "M1 3HE"]),
    p("Kowalski", "name"),
    p("Kasia", "name"),
    p("07700 900781", "phone"),
    p("Dean Carter", "name"),
    p("dean@hollis-sons-plumbing.example.com", "email"),
], [
    ("job 55120", "job_number"), ("3 weeks", "duration"), ("CH/0082214", "tenancy_reference"),
    ("Hollis & Sons Plumbing Ltd", "company"), ("Canalside Homes", "company"), ("Tue, 12 Mar 2024 at 08:17", "timestamp"),
]),

rec("en-email-003", """
From: Niamh Brennan <claims@shamrock-insurance.example.com>
Sent: Wednesday 13 March 2024 15:02
To: Fergal Quinn <fergal.quinn@example.com>
Cc: Patrick Doyle <p.doyle@keane-loss-adjusters.example.com>
Subject: RE: Claim HC-24-118230 - escape of water, 12 Castle Street

Dear Mr Quinn,

Thank you for the photographs and the plumber's report. I have appointed Patrick Doyle of Keane Loss Adjusters to inspect the damage at 12 Castle Street, Kilkenny, R95 X2E4. Patrick will contact you on 086 771 2053 to arrange a visit this week.

Based on the estimate of €4,750 for the kitchen floor and units, and your policy excess of €350, we expect to settle the claim once the inspection is complete. The settlement will be paid to IE32 AIBK 9523 7507 4384 62 as per your policy HOM/884213.

Kind regards,
Niamh Brennan
Claims Handler, Home Claims
Shamrock Insurance DAC, Harcourt Road, Dublin 2 | 01 555 2000

-----Original Message-----
From: Fergal Quinn <fergal.quinn@example.com>
Sent: Monday 11 March 2024 21:36
To: claims@shamrock-insurance.example.com
Subject: Claim HC-24-118230 - escape of water, 12 Castle Street

Hi,

Attached are 14 photos and the report from our plumber, Seán Keogh, who found a burst pipe under the sink. My wife Gráinne discovered it on Saturday morning when the floor was flooded. We've had two dehumidifiers running since.

Date of birth for the policy holder (me) is 02/07/1976.

Regards,
Fergal Quinn
086 771 2053
""", [
    p("Niamh Brennan", "name"),
    p("Fergal Quinn", "name"),
    p("fergal.quinn@example.com", "email"),
    p("Patrick Doyle", "name"),
    p("p.doyle@keane-loss-adjusters.example.com", "email"),
    p("12 Castle Street, Kilkenny, R95 X2E4", "address", mns=["12 Castle Street", "R95 X2E4"]),
    p("086 771 2053", "phone"),
    p("IE32 AIBK 9523 7507 4384 62", "iban", scheme="iban"),
    p("Seán Keogh", "name"),
    p("Gráinne", "name"),
    p("02/07/1976", "birth_date"),
], [
    ("HC-24-118230", "claim_number"), ("Keane Loss Adjusters", "company"), ("€4,750", "price"), ("€350", "price"), ("HOM/884213", "policy_number"),
    ("14 photos", "quantity"), ("two dehumidifiers", "quantity"),
]),

rec("en-email-004", """
From: Linda Morales, EA <office@morales-tax.example.com>
To: Michael Sullivan <mike.sullivan@example.net>
Date: Fri, 8 Mar 2024 16:45:02 -0600
Subject: Re: 2023 return - missing items

Hi Mike,

Thanks for sending everything over. I've started on your 2023 joint return. Here's what I have so far, please check carefully:

Taxpayer: Michael J. Sullivan, SSN 101-56-6927
Spouse: Karen Sullivan, SSN 269-30-4859
Dependent: Owen Sullivan, SSN 842-01-5614, DOB 05/19/2012
Address: 3308 Bouldin Ave, Austin, TX 78704

Income: Form W-2 from your employer ($84,220), Karen's Schedule C for the bakery, and one 1099-INT.

Still missing:
1. Karen's mileage log for the bakery deliveries
2. Childcare receipts for Owen's after-school program (Bright Stars, $3,100?)
3. Direct deposit info: I have routing 121075749 but the account number you sent (004471203388) has 12 digits, can you confirm?

We're on track to file well before April 15.

Linda

On Thu, Mar 7, 2024 at 9:12 PM Michael Sullivan <mike.sullivan@example.net> wrote:
> Linda, attached are the W-2 and 1099. Karen will send her Schedule C numbers separately.
> My cell is (512) 555-0197 if you need anything.
> Mike
""", [
    p("Linda Morales", "name"),
    p("mike.sullivan@example.net", "email"),
    p("Michael J. Sullivan", "name", add=["Mike"]),
    p("101-56-6927", "national_id", scheme="ssn"),
    p("Karen Sullivan", "name"),
    p("269-30-4859", "national_id", scheme="ssn"),
    p("Owen Sullivan", "name"),
    p("842-01-5614", "national_id", scheme="ssn"),
    p("05/19/2012", "birth_date"),
    p("3308 Bouldin Ave, Austin, TX 78704", "address", mns=["3308 Bouldin Ave", "78704"]),
    p("004471203388", "iban"),
    p("(512) 555-0197", "phone"),
], [
    ("Form W-2", "document"), ("$84,220", "price"), ("1099-INT", "document"), ("Bright Stars, $3,100", "price"),
    ("routing 121075749", "routing_number"), ("April 15", "date"), ("12 digits", "quantity"),
]),

rec("en-email-005", """
From: abuse@kiwihost.example.net
To: Tane Walker <t.walker@walker-crafts.example.com>
Date: Wed, 6 Mar 2024 10:31:55 +1300
Subject: [Abuse #KH-22871] Phishing page hosted on your account "tanewalker"

Kia ora Tane,

We received the report below about a phishing page on your hosting account (username: tanewalker, server 203.0.113.77). The page imitates a bank login and is located at /wp-content/uploads/2024/03/secure/index.html.

Access logs show the files were uploaded on 5 March 2024 at 23:12 NZDT via the WordPress admin user "tane_admin" from 192.0.2.201, an IP address in an unusual location for your account. Your last normal login was from 198.51.100.99.

We've disabled the page and reset the WordPress password. Please update all plugins (especially the contact form plugin, version 5.8.2) within 48 hours.

Ngā mihi,
Hemi
KiwiHost Abuse Team

---------- Original report ----------
From: Olivia Chen <o.chen@example.org>
Date: Wed, 6 Mar 2024 07:58
To: abuse@kiwihost.example.net

Hello, I received an SMS claiming to be from my bank, sent to my number 022 318 4471, linking to a page on a site hosted by you. I did NOT enter my details. The SMS came from +64 21 555 0163. Screenshot attached.
Olivia Chen
""", [
    p("Tane Walker", "name", add=["Tane"]),
    p("t.walker@walker-crafts.example.com", "email"),
    p("tanewalker", "username"),
    p("203.0.113.77", "ip"),
    p("tane_admin", "username"),
    p("192.0.2.201", "ip"),
    p("198.51.100.99", "ip"),
    p("Hemi", "name"),
    p("Olivia Chen", "name"),
    p("o.chen@example.org", "email"),
    p("022 318 4471", "phone"),
    p("+64 21 555 0163", "phone"),
], [
    ("Abuse #KH-22871", "ticket_number"), ("/wp-content/uploads/2024/03/secure/index.html", "path"),
    ("5 March 2024 at 23:12 NZDT", "timestamp"), ("version 5.8.2", "version"), ("48 hours", "duration"),
]),

rec("en-email-006", """
Subject: RE: RE: RE: Complaint - estimated bills (Account 7730 4412 09)

From: Karen Mitchell <karenmitchell.tba@example.com>
Sent: Thursday, 14 March 2024 9:12 PM
To: Customer Relations <customer.relations@downsenergy.example.com>

Josh,

This is now my fourth email. I have had 3 estimated bills in a row and the last one is $1,217.40, which is double what I normally pay. Your meter reader has not been able to get in because the side gate was locked, but I have told you twice that our dog, Bluey, is friendly and the gate code is in the notes.

I have a Pensioner Concession Card (CRN 204 417 663X) and I should be getting the concession, which is not on the last two bills either.

If this is not fixed by Friday I will be going to the Energy and Water Ombudsman Queensland.

Karen Mitchell
8 Banksia Crescent, Toowoomba QLD 4350
(07) 4555 0128

---
From: Customer Relations
Sent: Monday, 11 March 2024 2:40 PM
To: Karen Mitchell

Hi Karen,
Thanks for your patience. I've asked for a special read for NMI 3120458833. Once we have an actual read we'll re-issue the bill. Can you confirm your date of birth so I can apply the concession?
Kind regards,
Josh (Customer Relations)
Downs Energy | 13 14 15

---
From: Karen Mitchell
Sent: Friday, 8 March 2024 7:03 AM

Date of birth 23/01/1952. My son Craig Mitchell helps me with the bills, you can also talk to him on 0417 550 218.
""", [
    p("Karen Mitchell", "name"),
    p("karenmitchell.tba@example.com", "email"),
    p("Josh", "name"),
    p("204 417 663X", "national_id"),
    p("8 Banksia Crescent, Toowoomba QLD 4350", "address", mns=["8 Banksia Crescent", "4350"]),
    p("(07) 4555 0128", "phone"),
    p("23/01/1952", "birth_date"),
    p("Craig Mitchell", "name"),
    p("0417 550 218", "phone"),
], [
    ("Account 7730 4412 09", "account_number"), ("$1,217.40", "price"), ("Bluey", "pet_name"),
    ("Energy and Water Ombudsman Queensland", "company"), ("NMI 3120458833", "meter_point_id"), ("3 estimated bills", "quantity"),
]),

rec("en-email-007", """
From: Aisha Rahman <aisha.rahman@example.com>
Sent: March 15, 2024 11:02 AM
To: claims@northpost.example.com
Subject: FW: Damaged parcel - tracking 7021 4410 2289 1034

Hello,

Please see the thread below. I'm filing a claim for the damaged parcel. The seller is an individual, not a business, so she can't file it on her side.

Declared value: $214.00 CAD (handmade ceramic dinner set, 12 pieces). Photos attached (5).
My address: 306-123 Portage Ave, Winnipeg, MB R3B 2B2
Phone: 204-555-0148

Thank you,
Aisha Rahman

-----Original Message-----
From: Jenna Kowal <jenna.kowal.pottery@example.net>
Sent: March 14, 2024 6:40 PM
To: Aisha Rahman <aisha.rahman@example.com>
Subject: RE: Damaged parcel

Hi Aisha,
I'm so sorry! I packed it in double boxes with bubble wrap. I shipped from my home, 58 Lakeview Drive, Kenora, ON P9N 3X2, on March 8, with signature required. My phone is 807-555-0110 if the claims person needs it. I'll send you a replacement once the claim is through.
Jenna

-----Original Message-----
From: Aisha Rahman
Sent: March 14, 2024 5:15 PM
To: Jenna Kowal
Subject: Damaged parcel

Hi Jenna, the dinner set arrived today but 4 plates are broken. My neighbour Doug signed for it and said the box was crushed.
""", [
    p("Aisha Rahman", "name"),
    p("aisha.rahman@example.com", "email"),
    p("306-123 Portage Ave, Winnipeg, MB R3B 2B2", "address", mns=["306-123 Portage Ave", "R3B 2B2"]),
    p("204-555-0148", "phone"),
    p("Jenna Kowal", "name"),
    p("jenna.kowal.pottery@example.net", "email"),
    p("58 Lakeview Drive, Kenora, ON P9N 3X2", "address", mns=["58 Lakeview Drive", "P9N 3X2"]),
    p("807-555-0110", "phone"),
    p("Doug", "name"),
], [
    ("7021 4410 2289 1034", "tracking_number"), ("$214.00 CAD", "price"), ("12 pieces", "quantity"),
    ("Photos attached (5)", "quantity"), ("March 8", "date"), ("4 plates", "quantity"),
]),

rec("en-email-008", """
From: Sipho Ndlovu <sipho.ndlovu@example.com>
To: Michelle van Wyk <hr.onboarding@ubuntu-logistics.example.com>
Date: 19 March 2024 08:05
Subject: Onboarding documents - Sipho Ndlovu (EMP-2024-0412)

Good morning Michelle,

Please find my onboarding details below for my start date of 1 April 2024.

Full names: Sipho Bongani Ndlovu
ID number: 6304133982082
Income tax reference number: 0183772450
Residential address: 23 Florida Road, Morningside, Durban, 4001
Cell: +27 83 555 0177

Banking details for salary:
Bank: FNB, Account holder: S.B. Ndlovu
Account number: 62 4410 88123
Branch code: 250655

Emergency contact: my wife, Zodwa Ndlovu, 072 555 0149.

I have also joined the medical aid (Discovery Health, Classic Saver) as discussed. My previous employer's HR contact was Pieter Botha, in case you need a reference.

Kind regards,
Sipho

> From: Michelle van Wyk
> Sent: 15 March 2024 14:30
> Welcome to Ubuntu Logistics! Your offer of R38 500 per month (CTC) has been approved. Please send your ID, tax number,
> bank details and emergency contact before your first day. UIF and PAYE will be deducted monthly.
> Michelle van Wyk | HR Business Partner | Ubuntu Logistics (Pty) Ltd | 12 Umgeni Road, Durban | 031 555 7000
""", [
    p("Sipho Ndlovu", "name"),
    p("sipho.ndlovu@example.com", "email"),
    p("Michelle van Wyk", "name"),
    p("Sipho Bongani Ndlovu", "name"),
    p("6304133982082", "national_id", scheme="za_id"),
    p("0183772450", "national_id"),
    p("23 Florida Road, Morningside, Durban, 4001", "address", mns=["23 Florida Road", "4001"]),
    p("+27 83 555 0177", "phone"),
    p("62 4410 88123", "iban"),
    p("Zodwa Ndlovu", "name"),
    p("072 555 0149", "phone"),
    p("Pieter Botha", "name"),
], [
    ("EMP-2024-0412", "employee_number"), ("1 April 2024", "date"), ("Branch code: 250655", "bank_code"),
    ("Discovery Health, Classic Saver", "product"), ("R38 500 per month", "price"), ("UIF and PAYE", "term"),
]),
]
