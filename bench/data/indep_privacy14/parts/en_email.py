import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import N, E, P, L, R  # noqa: E402

RECORDS = []

# 001 UK home insurance complaint with the insurer's quoted decision letter
RECORDS.append(R("en-email-001", """From: Siân Pritchard-Jones <sian.pj@example.com>
To: claims@hearthguard.example
Subject: RE: Your claim HC-2024-77120 - decision
Date: 22 April 2024 21:47

Dear Mr Grant,

Thank you for your email, but I do not accept that the damage is due to "wear and tear". The pipe was replaced in 2021 by A. Jenkins & Sons Plumbing and I attach their invoice (no. 21-0877). My neighbour, Mrs Eirlys Evans, saw the water coming through her ceiling the same evening and can confirm there was no damp before.

Please review the decision. The cost of replacing the kitchen floor is £4,875.00. If the claim is accepted, the settlement can be paid to sort code 84-02-97, account 24748020.

Yours sincerely,

Siân Pritchard-Jones
22 Heol y Coed, Sketty
Swansea SA2 9GH
07700 900318
Policy: HS/448/0912

> From: HearthGuard Claims <claims@hearthguard.example>
> Sent: 18 April 2024
> Subject: Your claim HC-2024-77120 - decision
>
> Dear Ms Pritchard-Jones,
>
> Following the visit by our loss adjuster, Mr D. Fenwick, on 9 April, we have concluded that the damage resulted from a gradual leak, which is excluded under clause 6.2 of your policy wording.
>
> Kind regards,
> Oliver Grant
> Claims Handler, HearthGuard""", [
    N("Siân Pritchard-Jones"),
    E("sian.pj@example.com"),
    N("Oliver Grant"),
    N("Eirlys Evans"),
    P("24748020", "iban", check="iban", digits="GB87LOYD84029724748020"),
    P("22 Heol y Coed, Sketty\nSwansea SA2 9GH", "address", "22 Heol y Coed", "SA2 9GH"),
    P("07700 900318", "phone", check="ofcom"),
    N("D. Fenwick"),
], [
    L("HC-2024-77120", "claim_number"),
    L("22 April 2024 21:47", "date"),
    L("A. Jenkins & Sons Plumbing", "company"),
    L("21-0877", "invoice_number"),
    L("£4,875.00", "price"),
    L("HS/448/0912", "policy_number"),
    L("9 April", "date"),
    L("clause 6.2", "reference_number"),
]))

# 002 US tenant forwards a roommate's earlier e-mail to property management (Gmail forward header)
RECORDS.append(R("en-email-002", """From: Tyler Okonkwo <tyler.okonkwo@example.net>
To: maintenance@rosecitypm.example
Subject: Fwd: Mold in bedroom - still not fixed

Hi Rose City Property Management,

Forwarding the email my roommate sent you back in February. Nobody has come out and the mold is spreading to the closet. She has asthma so this is a health issue. Work order #WO-55812 was supposedly opened on Jan 29.

Please send someone within 72 hours or we'll contact the city housing inspector. I'm reachable at (503) 555-0139.

Thanks,
Tyler

---------- Forwarded message ---------
From: Hailey Bergstrom <hailey.bergstrom@example.com>
Date: Tue, Feb 13, 2024 at 10:12 AM
Subject: Mold in bedroom
To: <maintenance@rosecitypm.example>

Hello,

I live in Apt 3B at 225 Hawthorne St, Portland, OR 97214 (lease holders Hailey Bergstrom and Tyler Okonkwo). Since the new windows were installed by Cascade Glass & Door there is black mold on the bedroom wall under the window.

Please call me at (503) 555-0172 to schedule a visit. My date of birth is 11/03/1996 if you need it for the tenant portal.

Thank you,
Hailey""", [
    N("Tyler Okonkwo"),
    E("tyler.okonkwo@example.net"),
    P("(503) 555-0139", "phone", check="nanp"),
    N("Hailey Bergstrom"),
    E("hailey.bergstrom@example.com"),
    P("Apt 3B at 225 Hawthorne St, Portland, OR 97214", "address", "225 Hawthorne St", "97214"),
    P("(503) 555-0172", "phone", check="nanp"),
    P("11/03/1996", "birth_date"),
], [
    L("Rose City Property Management", "company"),
    L("February", "date"),
    L("#WO-55812", "order_number"),
    L("Jan 29", "date"),
    L("72 hours", "duration"),
    L("Tue, Feb 13, 2024 at 10:12 AM", "date"),
    L("Cascade Glass & Door", "company"),
]))

# 003 Irish county council housing adaptation grant: PPSNs, Eircode, IBAN
RECORDS.append(R("en-email-003", """To: housinggrants@corkcoco.example
Subject: Housing Adaptation Grant application - Dermot & Bríd Ó Ceallaigh

Dear Sir/Madam,

I am writing to apply for the Housing Adaptation Grant for People with a Disability on behalf of my husband, Dermot Ó Ceallaigh, who had a stroke in January and now uses a wheelchair. We need a level-access shower and a ramp at the front door. The quote from Ballincollig Builders Ltd is €14,200.

Our details:
Dermot Ó Ceallaigh, PPSN 2823053E, date of birth 21/05/1951
Bríd Ó Ceallaigh, PPSN 9875687D
Address: Ard na Gréine, Model Farm Road, Cork T12 W9R4
Phone: 021 487 3390 / 087 662 1054

The grant can be paid into our joint account, IE73 IPBS 8388 9638 1257 11.

His occupational therapist, Niamh Cotter, has completed the OT report (attached).

Yours faithfully,
Bríd Ó Ceallaigh
brid.oceallaigh@example.com

--
Cork County Council – this e-mail was received by the Housing Grants Section. Reference: HAG/24/1183.""", [
    N("Dermot Ó Ceallaigh"),
    N("Bríd Ó Ceallaigh"),
    P("2823053E", "national_id", check="ppsn"),
    P("21/05/1951", "birth_date"),
    P("9875687D", "national_id", check="ppsn"),
    P("Ard na Gréine, Model Farm Road, Cork T12 W9R4", "address", "Ard na Gréine", "T12 W9R4"),
    P("021 487 3390", "phone"),
    P("087 662 1054", "phone"),
    P("IE73 IPBS 8388 9638 1257 11", "iban", check="iban"),
    N("Niamh Cotter"),
    E("brid.oceallaigh@example.com"),
], [
    L("Housing Adaptation Grant", "product"),
    L("January", "date"),
    L("Ballincollig Builders Ltd", "company"),
    L("€14,200", "price"),
    L("HAG/24/1183", "case_number"),
]))

# 004 Australian super fund: member sends TFN, reply on top
RECORDS.append(R("en-email-004", """Subject: RE: Tax file number not provided

Hi Tom,

Thanks for sending that through. Your TFN has been added to your account, so from your next contribution you'll be taxed at 15% instead of the no-TFN rate of 47%. Your next statement will be issued on 15 July. We've also updated your address and your employer, Coastal Joinery Pty Ltd, has been notified.

Kind regards,
Sarah
Member Services, Southern Cross Super

On Mon, 6 May 2024 at 8:12 am, Tom Castellano <tom.castellano@example.com> wrote:
> Hi,
>
> I got a letter saying you don't have my tax file number. It's 849 375 840.
>
> Name: Thomas Castellano
> DOB: 19/11/1990
> New address: 6/42 Marine Parade, Coolangatta QLD 4225
> Mobile: 0491 572 549
>
> Also can you send the rollover form for my old fund to this email?
>
> Cheers,
> Tom
>
> Sent from my iPhone""", [
    N("Tom Castellano"),
    N("Thomas Castellano"),
    N("Sarah"),
    E("tom.castellano@example.com"),
    P("849 375 840", "national_id", check="tfn"),
    P("19/11/1990", "birth_date"),
    P("6/42 Marine Parade, Coolangatta QLD 4225", "address", "6/42 Marine Parade", "4225"),
    P("0491 572 549", "phone", check="acma"),
], [
    L("15%", "percentage"),
    L("47%", "percentage"),
    L("15 July", "date"),
    L("Coastal Joinery Pty Ltd", "company"),
    L("Southern Cross Super", "company"),
    L("Mon, 6 May 2024 at 8:12 am", "date"),
]))

# 005 Canadian garage (BC), appointment thread, Outlook header
RECORDS.append(R("en-email-005", """From: Fraser Valley Auto Care <service@fvautocare.example>
To: Ryan MacKinnon <ryan.mackinnon@example.org>
Subject: RE: Brakes + oil change

Hi Ryan,

You're booked in for Thursday, May 23 at 8:00 AM for the 2017 Subaru Outback (plate PK4 19T). Front pads and rotors plus the oil change comes to $689.95 before tax. If we find anything else we'll call you at (604) 555-0193 before doing any work.

No problem with your daughter Kayla dropping it off; the key drop box is beside the service door. Work order 24-3381.

Thanks,
Dale
Service Advisor, Fraser Valley Auto Care

From: Ryan MacKinnon <ryan.mackinnon@example.org>
Sent: Monday, May 13, 2024 7:31 PM
To: service@fvautocare.example
Subject: Brakes + oil change

Hi there,

My Outback (PK4 19T) is grinding when I brake and it's due for an oil change, odometer is at 142,300 km. Could you fit me in next week? If you have a shuttle, I'm at 3321 Ross Road, Abbotsford, V2S 6K9.

My daughter Kayla can bring it in if that's easier.

Ryan MacKinnon
(604) 555-0193""", [
    N("Ryan MacKinnon"),
    E("ryan.mackinnon@example.org"),
    P("PK4 19T", "plate"),
    P("(604) 555-0193", "phone", check="nanp"),
    N("Kayla"),
    N("Dale"),
    P("3321 Ross Road, Abbotsford, V2S 6K9", "address", "3321 Ross Road", "V2S 6K9"),
], [
    L("Fraser Valley Auto Care", "company"),
    L("Thursday, May 23", "date"),
    L("8:00 AM", "time"),
    L("2017 Subaru Outback", "product"),
    L("$689.95", "price"),
    L("24-3381", "order_number"),
    L("142,300 km", "quantity"),
]))

# 006 Indian hospital appointment, son writes for his father (Aadhaar, address with PIN)
RECORDS.append(R("en-email-006", """To: opd.appointments@sanjeevani-hospital.example
Subject: Request to reschedule cardiology appointment - Mr. Ramesh Kulkarni

Dear Sir/Madam,

My father, Mr. Ramesh Kulkarni, has a follow-up appointment with Dr. Anjali Deshpande (Cardiology) on 3rd June at 10:15 AM, token no. C-42. Unfortunately we will be travelling to Nashik for a family function on that date. Kindly reschedule to any date after 10th June.

Patient details for your reference:
Name: Ramesh Vasant Kulkarni
Date of birth: 12-01-1956
Aadhaar: 8966 5580 8652
Address: B-704, Shanti Kunj CHS, Paud Road, Kothrud, Pune 411038
Mobile: +91 94220 71836

Please send the confirmation to me on this email or call me on +91 98230 55410. The previous ECG report (Ref. ECG/24/0912) is attached.

Thanks and regards,
Nikhil Kulkarni
nikhil.kulkarni@example.com

> Sanjeevani Multispeciality Hospital
> Appointment confirmed: Dr. Anjali Deshpande, Cardiology OPD, 3rd June 2024, 10:15 AM
> Consultation fee: Rs. 800
> Please report 20 minutes before your slot.""", [
    N("Ramesh Vasant Kulkarni"),
    N("Anjali Deshpande"),
    P("12-01-1956", "birth_date"),
    P("8966 5580 8652", "national_id", check="aadhaar"),
    P("B-704, Shanti Kunj CHS, Paud Road, Kothrud, Pune 411038", "address", "B-704, Shanti Kunj CHS", "411038"),
    P("+91 94220 71836", "phone"),
    P("+91 98230 55410", "phone"),
    N("Nikhil Kulkarni"),
    E("nikhil.kulkarni@example.com"),
], [
    L("3rd June", "date"),
    L("10:15 AM", "time"),
    L("C-42", "reference_number"),
    L("10th June", "date"),
    L("ECG/24/0912", "reference_number"),
    L("Sanjeevani Multispeciality Hospital", "company"),
    L("Rs. 800", "price"),
    L("20 minutes", "duration"),
]))

# 007 South African municipality, disputed water bill; municipal footer left unannotated
RECORDS.append(R("en-email-007", """From: Zanele Mokoena <z.mokoena@example.com>
To: accounts@ethekwini-utilities.example
Subject: Dispute: water account 5501882736 - leak repaired

Good day

I received a water bill of R6,487.16 for March, which is about six times my normal usage. We had an underground leak that was repaired by Umhlanga Plumbing & Sons on 18 March (invoice attached). I would like to apply for a leak rebate and arrange to pay the balance over 6 months.

Account holder: Zanele Precious Mokoena
ID number: 8802142772087
Property: 27 Ridge Road, Glenwood, Durban 4001
Cell: 072 418 9035

My tenant, Sipho Ndlovu, was living there at the time and can confirm when the leak was found.

Debit order details: FNB account 62 8841 0937, branch code 250655.

Kind regards
Zanele Mokoena

________________________________
eThekwini Utilities · Private Bag X1 · Durban 4000
This mailbox is monitored during office hours. Please quote your account number in all correspondence.""", [
    N("Zanele Mokoena"),
    E("z.mokoena@example.com"),
    N("Zanele Precious Mokoena"),
    P("8802142772087", "national_id", check="said"),
    P("27 Ridge Road, Glenwood, Durban 4001", "address", "27 Ridge Road", "4001"),
    P("072 418 9035", "phone"),
    N("Sipho Ndlovu"),
    P("62 8841 0937", "iban", check="none", why="South African bank account number (plain)"),
], [
    L("5501882736", "reference_number"),
    L("R6,487.16", "price"),
    L("March", "date"),
    L("Umhlanga Plumbing & Sons", "company"),
    L("18 March", "date"),
    L("6 months", "duration"),
]))

# 008 UK employee and payroll/HR: NI number, bank details, emergency contact
RECORDS.append(R("en-email-008", """From: People Team <people@greystoneretail.example>
To: Aisha Rahman
Subject: RE: Change of details

Hi Aisha,

Thanks, your new address and emergency contact are updated. For the bank change we'll need you to complete the secure form in the HR portal (we can't action bank changes from email, to protect you from fraud). Changes received before the 15th go into that month's payroll; the next pay date is 28 June.

Best wishes,
Ellie Marshall
People Advisor | Greystone Retail

On Tue, 4 Jun 2024 at 16:05, Aisha Rahman <aisha.rahman@example.com> wrote:
> Hi People Team,
>
> I've moved house and have a few changes:
> - New address: 16 Roundhay Mount, Leeds LS8 4DW
> - New bank: sort code 20-45-67, account 41188632
> - Emergency contact: my brother, Imran Rahman, 07700 900571
> - My NI number on my payslip is wrong, it should be QQ 54 72 19 D
>
> My numbers are the same: 0113 496 0288 (home) / 07700 900946 (mobile).
>
> Thanks,
> Aisha
> Store Manager, Briggate branch (store 0412)""", [
    N("Aisha Rahman"),
    N("Ellie Marshall"),
    E("aisha.rahman@example.com"),
    P("16 Roundhay Mount, Leeds LS8 4DW", "address", "16 Roundhay Mount", "LS8 4DW"),
    P("41188632", "iban", check="none", why="UK account number quoted with sort code (plain)"),
    N("Imran Rahman"),
    P("07700 900571", "phone", check="ofcom"),
    P("QQ 54 72 19 D", "national_id", check="nino"),
    P("0113 496 0288", "phone", check="ofcom"),
    P("07700 900946", "phone", check="ofcom"),
], [
    L("the 15th", "date"),
    L("28 June", "date"),
    L("Greystone Retail", "company"),
    L("Tue, 4 Jun 2024 at 16:05", "date"),
    L("store 0412", "reference_number"),
]))
