import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
from common import P, L, Rec  # noqa: E402

RECORDS = []
A = RECORDS.append

# 001 UK home insurance claim, long quoted thread, handler in quote
A(Rec("en-email-001", """
From: Rachel Dunmore <homeclaims@example.com>
Sent: 13 February 2024 09:30
To: Graham Pollard <g.pollard@example.org>
Cc: Accounts Payable <ap@example.com>
Subject: RE: RE: RE: Your claim HC/24/118392 - escape of water

Dear Mr Pollard,

Thank you. Payment of £7,845.20 has been authorised to the account ending 1156 and should reach you within 3-5 working days. The Premier Inn costs will be paid separately once we receive the itemised invoice.

I've noted that Phil Hanley will be carrying out the repairs; please ask him to keep receipts for the oak flooring.

Kind regards,
Rachel

-----Original Message-----
From: Graham Pollard <g.pollard@example.org>
Sent: 12 February 2024 18:22
To: Home Claims <homeclaims@example.com>
Subject: RE: RE: Your claim HC/24/118392 - escape of water

Dear Rachel,

Thank you for confirming the settlement. For the avoidance of doubt, please pay the £7,845.20 to our joint account:

Account name: Mr G & Mrs S Pollard
Sort code: 30-94-21
Account number: 22871156

The builder (Phil Hanley of Cotswold Building Services) can start on 4 March. Sue and I will move back in once the floor is done.

Could you also confirm that the alternative accommodation at the Premier Inn (14 nights, £1,162) will be reimbursed separately?

Kind regards,
Graham Pollard
The Old Forge, 3 Church Lane, Little Haddon, OX29 4RJ
Tel: 01632 960 418

-----Original Message-----
From: Rachel Dunmore <homeclaims@example.com>
Sent: 09 February 2024 11:05
To: Graham Pollard <g.pollard@example.org>
Subject: RE: Your claim HC/24/118392 - escape of water

Dear Mr Pollard,

Following the loss adjuster's visit (Crawley & Finch Loss Adjusters, report ref. CF-5520), I'm pleased to confirm we will settle your claim for £7,845.20 after the £350 excess.

Please confirm the bank details you'd like us to use.

Kind regards,
Rachel Dunmore
Claims Handler, Home Claims Team
Sentinel Insurance plc, 1 Riverside Way, Leeds LS1 4AA

> From: Graham Pollard <g.pollard@example.org>
> Sent: 22 January 2024 08:14
> Subject: Your claim HC/24/118392 - escape of water
>
> Hello,
> Policy number HM-4490127. A pipe burst in the loft on 19 January while we were visiting my wife's mother, Joan Bradley, in Harrogate. The kitchen ceiling has come down and the oak floor is ruined. Our neighbour, Mrs Hussain, turned off the stopcock.
> My date of birth is 08/04/1958 if you need it for security.
> Graham
""", [
    P("Graham Pollard", "name", "Graham", "Pollard"),
    P("g.pollard@example.org", "email"),
    P("Rachel Dunmore", "name", "Rachel"),
    P("Sort code: 30-94-21\nAccount number: 22871156", "iban", "22871156", scheme="plain_account"),
    P("Phil Hanley", "name"),
    P("Sue", "name"),
    P("The Old Forge, 3 Church Lane, Little Haddon, OX29 4RJ", "address", "3 Church Lane", "OX29 4RJ"),
    P("01632 960 418", "phone"),
    P("Joan Bradley", "name"),
    P("Hussain", "name"),
    P("08/04/1958", "birth_date"),
], [
    L("HC/24/118392", "claim_number"), L("3-5 working days", "duration"), L("£7,845.20", "price"), L("Cotswold Building Services", "company"),
    L("Crawley & Finch Loss Adjusters", "company_named_after_person"), L("CF-5520", "reference"), L("£350", "price"),
    L("HM-4490127", "policy_number"), L("14 nights, £1,162", "price"), L("1 Riverside Way, Leeds LS1 4AA", "org_address"),
]))

# 002 US HR onboarding, forwarded message
A(Rec("en-email-002", """
From: Tanya Brooks <tbrooks@example.com>
Date: Mon, Aug 5, 2024 at 9:41 AM
Subject: Fwd: New hire paperwork - Jamal Carter (start 8/19)
To: Payroll Team <payroll@example.com>

Hi team, forwarding Jamal's info for setup in ADP before the 8/16 cutoff. Steve is his manager. Please delete this email after entry - it has his SSN.

Thanks,
Tanya
HR Generalist | Redwood Logistics Inc. | 2200 Commerce Pkwy, Suite 400, Reno, NV 89502

---------- Forwarded message ---------
From: Jamal Carter <jamal.carter92@example.net>
Date: Sat, Aug 3, 2024 at 10:17 PM
Subject: New hire paperwork
To: Tanya Brooks <tbrooks@example.com>

Hi Tanya,

Here's everything you asked for:

Full legal name: Jamal Antoine Carter
SSN: 612-09-3385
DOB: 11/21/1992
Home address: 3390 Kietzke Ln, Apt 118, Reno, NV 89509
Cell: (775) 555-0191
Direct deposit: Wells Fargo, routing 121042882, checking account 8842017734
Emergency contact: Tasha Carter (wife), (775) 555-0144
W-4: married filing jointly, 2 dependents

Let me know if you need my driver's license too. Looking forward to starting!

Jamal
""", [
    P("Tanya Brooks", "name", "Tanya"),
    P("tbrooks@example.com", "email"),
    P("Jamal Carter", "name", "Jamal", "Jamal Antoine Carter", "Antoine"),
    P("Steve", "name"),
    P("jamal.carter92@example.net", "email"),
    P("612-09-3385", "national_id", scheme="ssn"),
    P("11/21/1992", "birth_date"),
    P("3390 Kietzke Ln, Apt 118, Reno, NV 89509", "address", "3390 Kietzke Ln", "89509"),
    P("(775) 555-0191", "phone"),
    P("checking account 8842017734", "iban", "8842017734", scheme="plain_account"),
    P("Tasha Carter", "name"),
    P("(775) 555-0144", "phone"),
], [
    L("8/19", "date"), L("8/16", "date"), L("ADP", "system_name"), L("routing 121042882", "routing_number"),
    L("2 dependents", "quantity"), L("Redwood Logistics Inc.", "organisation"), L("Suite 400", "org_address"),
]))

# 003 Irish school enrolment, quoted reply from secretary
A(Rec("en-email-003", """
From: Niamh Brennan <niamh.brennan@example.com>
To: Scoil Naomh Bríd Office <office@example.org>
Date: 14 May 2024, 21:36
Subject: Re: Junior Infants enrolment 2024/25 - missing documents

Hi Máire,

Apologies for the delay. Here are the details you asked for:

Child's name: Rory Brennan
Date of birth: 22/01/2020
PPSN: 0384191PA
Address: 7 Cnoc na Sí, Oranmore, Co. Galway, H91 P8W3
Parents: Niamh Brennan and Declan Brennan
Mobile: 085 555 0163 (Niamh), 087 555 0129 (Declan)

Rory has mild asthma and uses a blue inhaler; his GP is Dr. Fionnuala Keane in Oranmore. His older sister Saoirse is already in 2nd class there.

Birth cert is attached (cert_RB.pdf).

Thanks a million,
Niamh

On Fri 10 May 2024 at 12:04, Scoil Naomh Bríd Office <office@example.org> wrote:
> Dear Ms Brennan,
> Thank you for your application (ref. JI-2024-037). To complete the enrolment we still need Rory's PPSN, a copy of the birth certificate and any medical information.
> The induction morning is on 20 June at 10:30.
> Le meas,
> Máire Ó Conaill
> School Secretary
""", [
    P("Niamh Brennan", "name", "Niamh"),
    P("niamh.brennan@example.com", "email"),
    P("Máire Ó Conaill", "name"),
    P("Rory Brennan", "name", "Rory"),
    P("22/01/2020", "birth_date"),
    P("0384191PA", "national_id", scheme="ppsn"),
    P("7 Cnoc na Sí, Oranmore, Co. Galway, H91 P8W3", "address", "7 Cnoc na Sí", "H91 P8W3"),
    P("Declan Brennan", "name", "Declan"),
    P("085 555 0163", "phone"),
    P("087 555 0129", "phone"),
    P("Fionnuala Keane", "name"),
    P("Saoirse", "name"),
], [
    L("Junior Infants", "class"), L("2024/25", "school_year"), L("cert_RB.pdf", "attachment"),
    L("JI-2024-037", "reference"), L("20 June at 10:30", "date"), L("2nd class", "class"),
    L("Scoil Naomh Bríd", "organisation"),
]))

# 004 NZ accountant, IRD numbers
A(Rec("en-email-004", """
From: Mere Tawhiri <mere@example.net>
To: Aleksander Nowak <a.nowak@example.com>
Subject: Re: 2024 tax return - rental property
Date: Wed, 24 Apr 2024 16:02:55 +1200

Kia ora Aleksander,

Thanks for sending those through. Just a couple of things before I can file:

1. Your IRD number on the form is missing a digit. I've used 68-829-026 from our records - please confirm.
2. Is your partner, Ewa Nowak, also an owner of the Petone property? If so I need her IRD number as well.
3. The rates invoice for 12 Jackson Street, Petone, Lower Hutt 5012 shows $3,418.60 - correct?

Ngā mihi,
Mere Tawhiri
Harbourside Chartered Accountants

On 22/04/2024 9:15 pm, Aleksander Nowak <a.nowak@example.com> wrote:
> Hi Mere,
> Attached: rental statements from Harcourts (rent $680/wk, 49 weeks let), interest certificate, rates.
> Yes Ewa is 50% owner. Her IRD is 104-423-787.
> Refunds to our joint account please: 06-0501-0834561-00.
> Our home address is 5 Kauri Street, Eastbourne, Lower Hutt 5013. Best number is 027 555 0148.
> Cheers, A.
""", [
    P("Mere Tawhiri", "name", "Mere"),
    P("mere@example.net", "email"),
    P("Aleksander Nowak", "name", "Aleksander"),
    P("a.nowak@example.com", "email"),
    P("68-829-026", "national_id", scheme="ird"),
    P("Ewa Nowak", "name", "Ewa"),
    P("104-423-787", "national_id", scheme="ird"),
    P("06-0501-0834561-00", "iban", scheme="plain_account"),
    P("5 Kauri Street, Eastbourne, Lower Hutt 5013", "address", "5 Kauri Street", "5013"),
    P("027 555 0148", "phone"),
    P("12 Jackson Street, Petone, Lower Hutt 5012", "address", "12 Jackson Street", "5012"),
], [
    L("$3,418.60", "price"), L("Harbourside Chartered Accountants", "organisation"), L("Harcourts", "organisation"),
    L("$680/wk", "price"), L("49 weeks", "duration"), L("50%", "percentage"),
]))

# 005 Canadian rental application, reference check
A(Rec("en-email-005", """
Subject: Rental application - Unit 1208, 1345 W 15th Ave
From: Arjun Dhaliwal <arjun.dhaliwal@example.com>
To: Leasing Office <leasing@example.org>
Date: Thursday, June 13, 2024 7:55 PM

Hello,

Please find my application for Unit 1208 (2 bed, $3,150/month) from July 1.

Applicant: Arjun Dhaliwal, DOB 1990-02-03
Co-applicant: Simran Kaur (my wife), DOB 1992-10-19
Current address: 4521 Fraser St, Vancouver, BC V5V 4G8
Phone: 604-555-0117
Employer: Fraser Health, RN, annual income $96,400 (HR contact: Linda Cho, 604-555-0175)
Previous landlord: Gordon McAllister, 778-555-0132

We have one cat named Maple (spayed, 6 years). We can send the $1,575 damage deposit by Interac e-Transfer.

You asked for a SIN for the credit check - I'm not comfortable emailing it, so I'd prefer to bring my credit report in person. If you absolutely need it, it's 786 254 599, but please delete this email afterwards.

Best regards,
Arjun
""", [
    P("Arjun Dhaliwal", "name", "Arjun"),
    P("arjun.dhaliwal@example.com", "email"),
    P("1990-02-03", "birth_date"),
    P("Simran Kaur", "name"),
    P("1992-10-19", "birth_date"),
    P("4521 Fraser St, Vancouver, BC V5V 4G8", "address", "4521 Fraser St", "V5V 4G8"),
    P("604-555-0117", "phone"),
    P("Linda Cho", "name"),
    P("604-555-0175", "phone"),
    P("Gordon McAllister", "name"),
    P("778-555-0132", "phone"),
    P("786 254 599", "national_id", scheme="sin"),
], [
    L("Unit 1208, 1345 W 15th Ave", "property_listing"), L("$3,150/month", "price"), L("July 1", "date"),
    L("$96,400", "price"), L("Maple", "pet_name"), L("$1,575", "price"), L("Fraser Health", "organisation"),
]))

# 006 Indian e-commerce refund escalation, forwarded
A(Rec("en-email-006", """
From: Grievance Officer <grievance@example.com>
To: Escalations Team <escalations@example.com>
Date: 02-09-2024 11:18 IST
Subject: FW: Refund not received for 23 days - Order OD3319920184 - URGENT

Team, please process on priority. Customer has threatened consumer court. Refund of ₹18,499 for the returned Redmi Note 13 Pro is stuck since 10-Aug. Return was picked up (AWB 14220098812374).

Regards,
Kavitha R.
Grievance Officer

-----Forwarded Message-----
From: Rahul Menon <rahul.menon@example.net>
Sent: Sunday, 1 September 2024 22:40
To: grievance@example.com
Subject: Refund not received for 23 days - Order OD3319920184 - URGENT

Sir/Madam,

I returned the phone on 10 August. Your executive Mr. Suresh on the phone said refund will come in 5-7 days. Till now nothing.

Since it was Cash on Delivery, please transfer to my bank account:
A/c holder: Rahul Menon
A/c no: 30412298871
IFSC: SBIN0070123
Bank: State Bank of India, Vazhuthacaud branch

My address: TC 25/1432, Vazhuthacaud, Thiruvananthapuram 695014
Mobile: +91 94470 22815

If not resolved in 48 hours I will go to consumer forum. My brother-in-law Adv. Joseph Kurian is already aware.

Rahul Menon

-----Original Message-----
From: support@example.com
Sent: Tuesday, 20 August 2024 09:15
To: Rahul Menon <rahul.menon@example.net>
Subject: [Ticket #5518820] Return pickup done - Order OD3319920184

Dear Customer, thank you for contacting us. Your ticket #5518820 has been created. We will get back to you within 24-48 hours. Please do not reply to this email.

-----Original Message-----
From: Rahul Menon <rahul.menon@example.net>
Sent: Tuesday, 20 August 2024 09:12
To: support@example.com
Subject: Return pickup done - Order OD3319920184

Hi,
Pickup agent came on 10 Aug and collected the phone in original box with charger. He gave pickup slip no. PK-88120. Your app still shows "Return requested". Please update.
Thanks,
Rahul
""", [
    P("Kavitha R.", "name", "Kavitha"),
    P("Rahul Menon", "name"),
    P("rahul.menon@example.net", "email"),
    P("Suresh", "name"),
    P("A/c no: 30412298871", "iban", "30412298871", scheme="plain_account"),
    P("TC 25/1432, Vazhuthacaud, Thiruvananthapuram 695014", "address", "TC 25/1432", "695014"),
    P("+91 94470 22815", "phone"),
    P("Joseph Kurian", "name"),
], [
    L("OD3319920184", "order_number"), L("₹18,499", "price"), L("Redmi Note 13 Pro", "product"),
    L("AWB 14220098812374", "tracking_number"), L("SBIN0070123", "ifsc_code"), L("5-7 days", "duration"),
    L("48 hours", "duration"), L("PK-88120", "reference"), L("#5518820", "ticket_number"),
]))

# 007 Australian car dealership, plates, company named after people
A(Rec("en-email-007", """
From: Darren Whitby <darren.w@example.com>
To: Sienna Walsh <sienna.walsh@example.net>
Subject: Your new Corolla - delivery Saturday + trade-in paperwork
Date: Tue, 9 Jul 2024 17:20 +1000

Hi Sienna,

Great news - your Corolla Hybrid Ascent Sport is ready for delivery this Saturday 13 July at 11am at Baker & Lowe Toyota, Coburg.

A few things I need from you before then:

1. Trade-in: your 2014 Mazda 3, rego 2BQ 7TR, VIN JM0BM10F200123456. Please bring both keys and the service book. Agreed value $9,500.
2. Please bring your driver licence. Your partner Liam Doherty will need to bring his too if he's listed as a driver on the insurance.
3. The balance of $28,640 will be paid by your financier (Westpac). If you want to pay the $2,000 deposit by card, I can call you on 0491 570 110.

The new car's temporary plate will be 1XY 8QZ until the Vic Roads transfer completes. We'll register it at 12 Hope Street, Brunswick VIC 3056 as per your licence.

See you Saturday!

Darren Whitby
Sales Consultant | Baker & Lowe Toyota
450 Sydney Road, Coburg VIC 3058 | (03) 9555 0100

On Mon, 8 Jul 2024 at 8:03 pm, Sienna Walsh <sienna.walsh@example.net> wrote:
> Hi Darren, can we do Saturday? My mum Colleen wants to come and see it too lol. Also do I need to bring anything for the Mazda?
> Thanks, Sienna
""", [
    P("Darren Whitby", "name", "Darren"),
    P("darren.w@example.com", "email"),
    P("Sienna Walsh", "name", "Sienna"),
    P("sienna.walsh@example.net", "email"),
    P("2BQ 7TR", "plate"),
    P("Liam Doherty", "name"),
    P("0491 570 110", "phone"),
    P("1XY 8QZ", "plate"),
    P("12 Hope Street, Brunswick VIC 3056", "address", "12 Hope Street", "Brunswick VIC 3056"),
    P("Colleen", "name"),
], [
    L("Corolla Hybrid Ascent Sport", "product"), L("Saturday 13 July at 11am", "date"),
    L("Baker & Lowe Toyota", "company_named_after_person"), L("JM0BM10F200123456", "vin"),
    L("$9,500", "price"), L("$28,640", "price"), L("$2,000", "price"), L("(03) 9555 0100", "org_hotline"),
]))

# 008 UK to France move, NIR, FR IBAN, NINO
A(Rec("en-email-008", """
From: Eleanor Whitaker <eleanor.whitaker@example.org>
To: Cabinet Dupont-Hale <contact@example.net>
Cc: Tom Whitaker <tom.w@example.org>
Subject: Cross-border pension + French tax registration
Date: 28/03/2024 14:09

Dear Ms Marchand,

Following our call, here are the details for my file. My husband Tom is copied in.

- Full name: Eleanor Jane Whitaker (née Carr)
- Date of birth: 21 July 1988
- French social security number (NIR): 2 88 07 69 123 045 93
- UK National Insurance number: NP 71 20 58 C
- New address in France: 14 rue Duguesclin, 69006 Lyon
- Previous UK address: 27 Hartington Road, Brighton BN2 3PA (sold 15/02/2024)
- French bank account: FR76 2601 0732 7331 9699 1059 867
- Mobile: +33 6 45 18 22 90

I still receive a small UK workplace pension (approx. £4,200/year) from Aviva and would like to understand whether the UK-France double tax treaty means it's taxed only in France.

Tom's details will follow separately, he's still waiting for his carte vitale.

Many thanks,
Eleanor
""", [
    P("Eleanor Whitaker", "name", "Eleanor", "Eleanor Jane Whitaker", "Jane", "Carr"),
    P("eleanor.whitaker@example.org", "email"),
    P("Tom Whitaker", "name", "Tom"),
    P("tom.w@example.org", "email"),
    P("Marchand", "name"),
    P("21 July 1988", "birth_date"),
    P("2 88 07 69 123 045 93", "national_id", scheme="nir"),
    P("NP 71 20 58 C", "national_id", scheme="nino"),
    P("14 rue Duguesclin, 69006 Lyon", "address", "14 rue Duguesclin", "69006"),
    P("27 Hartington Road, Brighton BN2 3PA", "address", "27 Hartington Road", "BN2 3PA"),
    P("FR76 2601 0732 7331 9699 1059 867", "iban", scheme="iban"),
    P("+33 6 45 18 22 90", "phone"),
], [
    L("Cabinet Dupont-Hale", "company_named_after_person"), L("15/02/2024", "date"), L("£4,200/year", "price"),
    L("Aviva", "organisation"), L("carte vitale", "document"), L("28/03/2024 14:09", "timestamp"),
]))
