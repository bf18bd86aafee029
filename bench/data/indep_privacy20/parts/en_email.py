import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from mk import *

RECORDS = [
rec("en-email-001", """Subject: Wrong tax code on May payslip

Hi Payroll team,

I started on 13 May and my payslip shows an emergency tax code (1257L W1/M1). I've attached my P45 from my previous employer, Harcourt Joinery Ltd.

My details:
Name: Rebecca Ashworth-Lyle
National Insurance number: JT 48 27 91 C
Date of birth: 03/12/1994
Bank: sort code 30-96-14, account 48812603

My net pay was £1,642.07 which seems low for a £34,500 salary.

Many thanks,
Becky Ashworth-Lyle
Flat 2, 5 Chapel Street, Halifax, HX1 1SL
07700 900 263

--
Payroll Services | Calder Valley Housing Group | payroll@caldervalley.example | This e-mail and any attachments are confidential.""",
[name("Rebecca Ashworth-Lyle"), nid("JT 48 27 91 C", "nino"), dob("03/12/1994"), acct("account 48812603", "48812603"), name("Becky Ashworth-Lyle"),
 addr("Flat 2, 5 Chapel Street, Halifax, HX1 1SL", "5 Chapel Street", "HX1 1SL"), phone("07700 900 263")],
[L("13 May", "date"), L("1257L W1/M1", "tax_code"), L("Harcourt Joinery Ltd", "company_name"), L("£1,642.07", "price"), L("£34,500", "price"),
 L("Calder Valley Housing Group", "company_name")]),

rec("en-email-002", """From: Declan Fitzpatrick <declan.fitz@example.ie>
Sent: Tuesday 9 July 2024 21:16
To: Claims <claims@atlanticassure.example>
Subject: RE: Claim AA-HOME-2024-08831 - storm damage

Hi Orla,

Thanks for the call today. As requested, my PPS number is 7681843Q and the bank details for the settlement are IE92 AIBK 8468 0639 1671 06.
The roofer (Kilbride Roofing) quoted €3,900 + VAT. The assessor can call to the house any morning, the Eircode is A92 F3W6 (Clogherhead Road, Drogheda). My wife Sinéad will be there, her mobile is 083 442 9018.

Regards,
Declan

-----Original Message-----
From: Orla Brennan <o.brennan@atlanticassure.example>
Sent: Tuesday 9 July 2024 15:40
Subject: Claim AA-HOME-2024-08831 - storm damage

Dear Mr Fitzpatrick,
We acknowledge receipt of your claim under policy HP-551093. Please provide your PPSN and bank details.
Kind regards,
Orla Brennan, Claims Handler, Atlantic Assure DAC""",
[name("Declan Fitzpatrick"), email("declan.fitz@example.ie"), name("Orla Brennan"), email("o.brennan@atlanticassure.example"), nid("7681843Q", "ppsn"),
 iban("IE92 AIBK 8468 0639 1671 06"), pc("A92 F3W6"), name("Sinéad"), phone("083 442 9018")],
[L("Tuesday 9 July 2024 21:16", "date"), L("AA-HOME-2024-08831", "claim_number"), L("Kilbride Roofing", "company_name"), L("€3,900", "price"),
 L("HP-551093", "policy_number"), L("Atlantic Assure DAC", "company_name")]),

rec("en-email-003", """Subject: Absence + change of address for Mateo (Grade 4, Ms. Patterson's class)

Good morning,

My son Mateo Alvarez-Ruiz will be absent Thursday 3/14 and Friday 3/15 for a family funeral in San Antonio. He will be back on Monday.

Also, we have moved. Please update his records:
New address: 3318 Cedar Hollow Drive, Round Rock, TX 78681
Home phone: (512) 555-0134
My cell: (512) 555-0187

Emergency contact is still his grandmother, Rosa Ruiz.

Thank you,
Gabriela Alvarez
gabi.alvarez@example.net

Sent from Yahoo Mail on Android""",
[name("Patterson"), name("Mateo Alvarez-Ruiz"), addr("3318 Cedar Hollow Drive, Round Rock, TX 78681", "3318 Cedar Hollow Drive", "78681"),
 phone("(512) 555-0134"), phone("(512) 555-0187"), name("Rosa Ruiz"), name("Gabriela Alvarez"), email("gabi.alvarez@example.net")],
[L("Grade 4", "class"), L("Thursday 3/14", "date"), L("Friday 3/15", "date"), L("San Antonio", "location"), L("Yahoo Mail", "product_name"),
 L("Monday", "date")]),
rec("en-email-004", """Subject: Unit 1507 - heating not working / notice to vacate

Hello Lakeshore Property Management,

The baseboard heater in the bedroom of my unit (1507, 2200 Lake Shore Blvd W, Toronto, M8V 1A4) has not worked since Nov 2. I submitted maintenance request MR-40917 but no one has come.

Separately, please accept this as my 60-day notice to vacate at the end of February. My roommate Tyler Boateng will also be moving out; his number is 416-555-0155.

My forwarding address will be 41 Queen Street North, Kitchener, ON N2H 2G8. Please return the last month's rent deposit ($2,350.00) by e-transfer to this e-mail.

Sincerely,
Anjali Sharma-Beaulieu
416-555-0121
anjali.sb@example.ca""",
[addr("unit (1507, 2200 Lake Shore Blvd W, Toronto, M8V 1A4", "2200 Lake Shore Blvd W", "M8V 1A4"), name("Tyler Boateng"), phone("416-555-0155"),
 addr("41 Queen Street North, Kitchener, ON N2H 2G8", "41 Queen Street North", "N2H 2G8"), name("Anjali Sharma-Beaulieu"), phone("416-555-0121"),
 email("anjali.sb@example.ca")],
[L("Lakeshore Property Management", "company_name"), L("Nov 2", "date"), L("MR-40917", "ticket_number"), L("60-day", "quantity"),
 L("end of February", "date"), L("$2,350.00", "price")]),

rec("en-email-005", """From: Service Desk <service@gumtreemotors.example.com.au>
To: Craig Dawson <craigd71@example.com.au>
Subject: RE: RE: Booking for logbook service - rego EXA 91K

Hi Craig,

No dramas, we've moved your booking to Wednesday 21 August, drop-off 7:30am. The 60,000 km logbook service on the Ford Ranger XLT is $649, plus the front brake pads you mentioned ($285 fitted).
Courtesy car is booked in your wife's name as requested – please have Leanne bring her licence.

Cheers,
Shane | Service Advisor
Gumtree Motors, Ballarat

> On Mon, 12 Aug 2024 at 6:02 pm, Craig Dawson <craigd71@example.com.au> wrote:
> G'day, can we push the service back a week? I'm away for work. Leanne Dawson will drop it off. Her mobile is 0491 572 665, mine is 0491 570 737.
> We're at 9 Wattle Court, Alfredton VIC 3350.
> Cheers, Craig""",
[name("Craig Dawson"), email("craigd71@example.com.au"), plate("EXA 91K"), name("Leanne Dawson"), phone("0491 572 665"), phone("0491 570 737"),
 addr("9 Wattle Court, Alfredton VIC 3350", "9 Wattle Court", "3350"), name("Shane")],
[L("Gumtree Motors", "company_name"), L("Wednesday 21 August", "date"), L("7:30am", "time"), L("Ford Ranger XLT", "product_name"),
 L("$649", "price"), L("$285", "price"), L("Mon, 12 Aug 2024 at 6:02 pm", "date"), L("60,000 km", "quantity")]),

rec("en-email-006", """Subject: Query on municipal account – estimated water readings

Dear Sir/Madam

For the past four months my water usage has been estimated at 48 kl per month, while the actual meter reading (meter no. 19W442871) is 31,204 kl. My account is now R6,812.55 in arrears because of this.

Please correct the account. My details are:
Account holder: Nomvula Dlamini
ID number: 8606124936085
Property: Erf 1128, 16 Protea Crescent, Lynnwood Glen, Pretoria, 0081
Cell: 072 884 3105
Email: nomvula.dlamini@example.co.za

I also authorise my son, Bongani Dlamini (ID 9612085203084), to deal with this query on my behalf.

Kind regards
N. Dlamini

---
City Revenue Services · Customer Care · 012 000 0000 · revenue@city.example.gov.za""",
[name("Nomvula Dlamini"), nid("8606124936085", "sa_id"), addr("Erf 1128, 16 Protea Crescent, Lynnwood Glen, Pretoria, 0081", "Erf 1128", "16 Protea Crescent", "0081"),
 phone("072 884 3105"), email("nomvula.dlamini@example.co.za"), name("Bongani Dlamini"), nid("9612085203084", "sa_id")],
[L("four months", "quantity"), L("48 kl", "quantity"), L("19W442871", "meter_number"), L("31,204 kl", "meter_reading"),
 L("R6,812.55", "price")]),
rec("en-email-007", """---------- Forwarded message ---------
From: Hayley Brooks <hayley@southernskytravel.example.co.nz>
Date: Thu, 5 Sept 2024 at 10:21
Subject: Rarotonga booking STX-209118 – passport details needed
To: <wiremu.h@example.co.nz>

Kia ora Wiremu,
To finalise your Rarotonga package (departing 14 Nov, NZ46 AKL–RAR 08:30) we need passport details for all travellers. Total paid so far: NZ$4,120.
Ngā mihi, Hayley

---------------------------------
Hi Hayley,

Forwarding on behalf of my dad. Details:
1. Wiremu Hēnare, DOB 22/06/1958, passport LM482913
2. Moana Hēnare, DOB 01/01/1961, passport LM482914

His address for the documents is 14 Kauri Place, Whangārei 0110 and his IRD number if you need it for the GST refund form is 134-018-054.

Thanks heaps,
Tama Hēnare
022 617 4039""",
[name("Hayley Brooks"), email("wiremu.h@example.co.nz"), name("Wiremu Hēnare"), dob("22/06/1958"), nid("LM482913", "passport"), name("Moana Hēnare"),
 dob("01/01/1961"), nid("LM482914", "passport"), addr("14 Kauri Place, Whangārei 0110", "14 Kauri Place", "0110"), nid("134-018-054", "ird"),
 name("Tama Hēnare"), phone("022 617 4039")],
[L("Thu, 5 Sept 2024 at 10:21", "date"), L("STX-209118", "booking_reference"), L("14 Nov", "date"), L("NZ46", "flight_number"),
 L("NZ$4,120", "price"), L("08:30", "time")]),

rec("en-email-008", """Subject: Request for discharge summary and insurance claim documents

Dear Sir/Madam,

My father, Mr. Suresh Kumar Iyer, was admitted to your hospital from 12/06/2024 to 18/06/2024 under Dr. Ramachandran (Cardiology), IP bill no. IPB/24/118273, total ₹2,84,560.

For the reimbursement claim with our insurer (claim intimation no. CLM-HI-7730182) we need:
- Discharge summary (attested)
- Final bill with breakup
- Investigation reports

Patient details: DOB 04-11-1951, Aadhaar 7550 9926 7219, residing at 12/3, 2nd Cross Street, Besant Nagar, Chennai 600090.

Kindly courier the documents to me at the same address or email to me.

Thanks and regards,
Lakshmi Iyer (daughter)
+91 94440 18273
lakshmi.iyer@example.in""",
[name("Suresh Kumar Iyer"), name("Ramachandran"), dob("04-11-1951"), nid("7550 9926 7219", "aadhaar"),
 addr("12/3, 2nd Cross Street, Besant Nagar, Chennai 600090", "12/3, 2nd Cross Street", "600090"), name("Lakshmi Iyer"), phone("+91 94440 18273"),
 email("lakshmi.iyer@example.in")],
[L("12/06/2024 to 18/06/2024", "date"), L("IPB/24/118273", "invoice_number"), L("₹2,84,560", "price"), L("CLM-HI-7730182", "claim_number"),
 L("Cardiology", "department")]),
]
