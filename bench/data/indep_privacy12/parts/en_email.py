from _common import R, N, E, P, L

RECORDS = []

RECORDS += [
R("en-email-001", """
From: Beverley Okafor-Hughes <bev.okaforhughes@gmail.com>
To: complaints@brightwell-energy.co.uk
Subject: RE: Complaint ref CMP-118273 – incorrect final bill

Dear Mr Whitfield,

Thank you for your reply, but the issue is still not resolved. I moved out of 9 Alma Street, Sheffield S3 8SA on 28 February and gave a closing reading of 45,821 on meter E12Z067734. Your final bill of £612.09 uses an estimated reading instead.

My forwarding address is 62 Kingsway, Cardiff CF10 3DX.

I would like the credit of £184.22 refunded to my account: sort code 20-17-68, account 43390128. If this is not resolved within eight weeks I will refer it to the Energy Ombudsman.

Kind regards,
Beverley Okafor-Hughes
Tel: 029 2018 0457

> From: Martin Whitfield <martin.whitfield@brightwell-energy.co.uk>
> Sent: 12 March 2024 11:04
> Subject: Complaint ref CMP-118273
>
> Dear Ms Okafor-Hughes,
>
> Thank you for contacting us. Your final bill was calculated using an estimated reading because no reading was received within five working days of your move.
>
> Yours sincerely,
> Martin Whitfield
> Complaints Team, Brightwell Energy Ltd
> PO Box 4410, Leeds LS1 9ZZ | 03069 990 412
""", [
    N("Beverley Okafor-Hughes"),
    E("bev.okaforhughes@gmail.com"),
    P("9 Alma Street", "address"),
    P("S3 8SA", "postcode"),
    P("62 Kingsway", "address"),
    P("CF10 3DX", "postcode"),
    P("43390128", "iban", check="none"),
    P("029 2018 0457", "phone"),
    N("Martin Whitfield"),
    E("martin.whitfield@brightwell-energy.co.uk"),
], [
    L("complaints@brightwell-energy.co.uk", "company_email"),
    L("CMP-118273", "complaint_reference"),
    L("45,821", "meter_reading"),
    L("E12Z067734", "meter_serial"),
    L("£612.09", "amount"),
    L("£184.22", "amount"),
    L("20-17-68", "sort_code"),
    L("PO Box 4410, Leeds LS1 9ZZ", "company_address"),
    L("03069 990 412", "company_phone"),
]),

R("en-email-002", """
From: Jamal Whitaker <jamal.whitaker@icloud.com>
To: claims@pinnacleinsure.com
Subject: Fwd: Water leak in Unit 3C - renters claim HO4-77812095

Hello,

Please see below the email from my property manager. Water from the unit above damaged my laptop, a rug and a bookshelf. Estimated loss: $2,380.

Policy: HO4-77812095
Insured: Jamal Whitaker, DOB 04/17/1992
Address: 915 Magnolia Ave, Unit 3C, Long Beach, CA 90813
Phone: (562) 555-0114
Driver license (for ID): D4821937 (California)
Upstairs neighbor: Brittany Kowalski, (562) 555-0172

Thanks,
Jamal

---------- Forwarded message ---------
From: Harbor View Property Management <maintenance@harborviewpm.com>
Date: Mon, Jun 10, 2024 at 4:51 PM
Subject: Water leak in Unit 3C
To: <jamal.whitaker@icloud.com>

Hi Jamal,

A supply line under the kitchen sink in the unit above yours failed on Sunday night. Our plumber, Luis Ortega, shut off the water at 11:20 PM. The building's master policy does not cover tenants' personal property, so please file with your renters insurance. Work order #WO-55821.

Best,
Denise Carrow
Community Manager
Harbor View Property Management | 1200 Ocean Blvd, Suite 400, Long Beach, CA 90802 | (562) 555-0100
""", [
    N("Jamal Whitaker"),
    E("jamal.whitaker@icloud.com"),
    P("04/17/1992", "birth_date"),
    P("915 Magnolia Ave, Unit 3C", "address", "915 Magnolia Ave"),
    P("90813", "postcode"),
    P("(562) 555-0114", "phone"),
    P("D4821937", "national_id", check="none"),
    N("Brittany Kowalski"),
    P("(562) 555-0172", "phone"),
    N("Luis Ortega"),
    N("Denise Carrow"),
], [
    L("claims@pinnacleinsure.com", "company_email"),
    L("maintenance@harborviewpm.com", "company_email"),
    L("HO4-77812095", "policy_number"),
    L("$2,380", "amount"),
    L("Mon, Jun 10, 2024 at 4:51 PM", "timestamp"),
    L("11:20 PM", "time"),
    L("#WO-55821", "work_order"),
    L("1200 Ocean Blvd, Suite 400, Long Beach, CA 90802", "company_address"),
    L("(562) 555-0100", "company_phone"),
]),

R("en-email-003", """
To: claims@shamrockhealth.ie
Subject: Claim for outpatient physiotherapy – member no. SH-30077126

Dear Sir/Madam,

Please find attached receipts for 6 physiotherapy sessions with Ms Orla Kinsella MISCP at Riverside Physio Clinic between 4 April and 30 May 2024 (total €390).

Member: Seán Mac Giolla Phádraig
Date of birth: 19/08/1979
PPS number: 0311609NA
Address: Cnoc na Gréine, Kilcolgan, Co. Galway, H91 E2W4

Please pay the refund into IE37 IPBS 9817 4468 8637 73 (account name S. Mac Giolla Phádraig). My wife Máire is also on the policy (member no. SH-30077127) and will send her own receipts separately.

Kind regards,
Seán Mac Giolla Phádraig
087 662 1905

> From: Shamrock Health Claims
> Dear Seán,
> Thank you, your claim has been received under claim reference CLM-2024-88310. Claims are usually assessed within 10 working days.
> Kind regards,
> Eimear Doyle, Claims Team
""", [
    N("Orla Kinsella"),
    N("Seán Mac Giolla Phádraig"),
    P("19/08/1979", "birth_date"),
    P("0311609NA", "national_id", check="ppsn"),
    P("Cnoc na Gréine, Kilcolgan", "address", "Cnoc na Gréine"),
    P("H91 E2W4", "postcode"),
    P("IE37 IPBS 9817 4468 8637 73", "iban"),
    N("Máire"),
    P("087 662 1905", "phone"),
    N("Eimear Doyle"),
], [
    L("claims@shamrockhealth.ie", "company_email"),
    L("SH-30077126", "member_number"),
    L("6 physiotherapy sessions", "quantity"),
    L("Riverside Physio Clinic", "company"),
    L("4 April and 30 May 2024", "date_range"),
    L("€390", "amount"),
    L("SH-30077127", "member_number"),
    L("CLM-2024-88310", "claim_reference"),
]),

R("en-email-004", """
From: Card Services <disputes@northernmaplebank.ca>
To: g.tremblay.n@videotron.ca
Subject: RE: Dispute – unauthorized charge on my card

Bonjour Geneviève,

Thank you for reaching out. We have opened dispute case DSP-CA-00918273 and applied a provisional credit of $1,129.00 CAD while we investigate. Your supplementary card has been cancelled as requested.

Regards,
Kevin O'Neill
Card Services, Northern Maple Bank

-----Original Message-----
From: g.tremblay.n@videotron.ca
Sent: June 13, 2024 8:12 AM
Subject: Dispute – unauthorized charge on my card

Hello,

I'm disputing a charge of $1,129.00 CAD from "TRVL*SKYHOPPER 09/06" on my American Express 3720 304249 04941. I did not authorize this and the card has been in my possession the whole time. The statement dated June 12, 2024 is attached.

Cardholder: Geneviève Tremblay-Nakamura
Address: 4471 rue Saint-Denis, app. 3, Montréal QC H2J 2L1
Phone: 514-555-0151
Date of birth: 1975-02-03

Please also cancel the supplementary card issued to my son, Hiroshi Nakamura.

Thank you,
Geneviève
""", [
    E("g.tremblay.n@videotron.ca"),
    N("Geneviève Tremblay-Nakamura"),
    N("Kevin O'Neill"),
    P("3720 304249 04941", "card"),
    P("4471 rue Saint-Denis, app. 3", "address", "4471 rue Saint-Denis"),
    P("H2J 2L1", "postcode"),
    P("514-555-0151", "phone"),
    P("1975-02-03", "birth_date"),
    N("Hiroshi Nakamura"),
], [
    L("disputes@northernmaplebank.ca", "company_email"),
    L("DSP-CA-00918273", "dispute_number"),
    L("$1,129.00 CAD", "amount"),
    L("TRVL*SKYHOPPER 09/06", "merchant_descriptor"),
    L("June 12, 2024", "statement_date"),
    L("June 13, 2024 8:12 AM", "timestamp"),
    L("Northern Maple Bank", "company"),
]),
]

RECORDS += [
R("en-email-005", """
From: mia.castellano@live.com.au
To: support@orbitfleet.com.au
Subject: Novated lease – change of bank account and address (Agreement NL-4471-09)

Hi team,

Could you please update my details for my novated lease (Toyota RAV4 Hybrid, rego 2KT 8MW, agreement NL-4471-09)?

New residential address: 3/118 Glenferrie Road, Malvern VIC 3144
New bank account for reimbursements: BSB 083-004, account 51 772 9034

I'd also like to add my partner, Harrison Vu, as an additional driver. His licence number is 048 217 935 (VIC) and his DOB is 30/03/1989.

My employer's payroll contact is Bronwyn Ellis (payroll@kestrelanalytics.com.au), employee ID K-20914.

Cheers,
Mia Castellano
0491 576 398

> On 7 Jun 2024, Orbit Fleet Support wrote:
> Hi Mia, thanks for getting in touch. Your current pre-tax deduction is $612.40 per fortnight. Let us know what you'd like to change.
""", [
    E("mia.castellano@live.com.au"),
    P("2KT 8MW", "plate"),
    P("3/118 Glenferrie Road", "address"),
    P("3144", "postcode"),
    P("51 772 9034", "iban", check="none"),
    N("Harrison Vu"),
    P("048 217 935", "national_id", check="none"),
    P("30/03/1989", "birth_date"),
    N("Bronwyn Ellis"),
    N("Mia Castellano"),
    P("0491 576 398", "phone"),
], [
    L("support@orbitfleet.com.au", "company_email"),
    L("Toyota RAV4 Hybrid", "product"),
    L("NL-4471-09", "agreement_number"),
    L("BSB 083-004", "bank_branch_code"),
    L("payroll@kestrelanalytics.com.au", "company_email"),
    L("K-20914", "employee_id"),
    L("$612.40 per fortnight", "amount"),
]),

R("en-email-006", """
To: pals@northvale.nhs.uk
Subject: Complaint about cancelled operation – NHS no. 533 051 3073

Dear PALS team,

I am writing on behalf of my father, Mr Winston Clarke, whose hip replacement at Northvale General Hospital has now been cancelled on the day twice (14 May and 4 June). Both times he had been fasting since midnight and waited on the ward for most of the day.

Patient: Winston Clarke
NHS number: 533 051 3073
Date of birth: 02/12/1942
Address: 17 Laburnum Close, Harrogate HG2 7LT
Consultant: Mr Rajesh Iyer, Orthopaedics
GP: Dr Helen Stowe, Valley Road Surgery

I hold a lasting power of attorney for his health and welfare (OPG reference 7000-1234-5678), a copy of which is attached.

Please contact me rather than my father:
Angela Clarke-Bowen
0113 496 0528
angela.cb@btinternet.com

Yours sincerely,
Angela Clarke-Bowen
""", [
    N("Mr Winston Clarke"),
    P("533 051 3073", "national_id", check="nhs"),
    P("02/12/1942", "birth_date"),
    P("17 Laburnum Close", "address"),
    P("HG2 7LT", "postcode"),
    N("Mr Rajesh Iyer"),
    N("Dr Helen Stowe"),
    N("Angela Clarke-Bowen"),
    P("0113 496 0528", "phone"),
    E("angela.cb@btinternet.com"),
], [
    L("pals@northvale.nhs.uk", "organisation_email"),
    L("Northvale General Hospital", "organisation"),
    L("14 May and 4 June", "dates"),
    L("hip replacement", "procedure"),
    L("Orthopaedics", "department"),
    L("Valley Road Surgery", "organisation"),
    L("7000-1234-5678", "document_reference"),
]),

R("en-email-007", """
To: rates@mooirivier.gov.za
Subject: Query on rates & water account 3008841277 – incorrect owner details

Good day,

I bought the property at 28 Protea Avenue, Hilton, 3245 in March, but the account is still in the previous owner's name, Mr P. J. Botha, and I am receiving his arrears of R14,220.55. Transfer was registered on 22 March 2024 (title deed T12345/2024). My conveyancer, Riana Pretorius of Midlands Conveyancing Inc, can confirm this.

My details:
Name: Zanele Dlamini-Khumalo
ID number: 8311302577088
Postal address: PO Box 2210, Hilton, 3245
Cell: 082 447 1903
Email: zanele.dk@outlook.com
Bank account for the debit order: 1189 402 771

Please move the account into my name from the transfer date and remove the previous owner's arrears.

Regards,
Zanele Dlamini-Khumalo
Mooirivier Local Municipality ratepayer
""", [
    P("28 Protea Avenue", "address"),
    P("3245", "postcode"),
    N("Mr P. J. Botha"),
    N("Riana Pretorius"),
    N("Zanele Dlamini-Khumalo"),
    P("8311302577088", "national_id", check="said"),
    P("PO Box 2210", "address"),
    P("082 447 1903", "phone"),
    E("zanele.dk@outlook.com"),
    P("1189 402 771", "iban", check="none"),
], [
    L("rates@mooirivier.gov.za", "organisation_email"),
    L("3008841277", "municipal_account"),
    L("R14,220.55", "amount"),
    L("22 March 2024", "date"),
    L("T12345/2024", "title_deed_number"),
    L("Midlands Conveyancing Inc", "company"),
    L("Mooirivier Local Municipality", "organisation"),
]),

R("en-email-008", """
From: Rangi Walker <rangi.walker@xtra.co.nz>
To: bookings@southernskytravel.co.nz
Subject: Fwd: Booking confirmation SST-229184 – passport details

Kia ora Mere,

Here are the passport details you asked for:
- Rangi Walker, passport LM739204, DOB 14/06/1971
- Hine Walker, passport LN201847, DOB 09/10/1974

Our home address is 16 Tawa Grove, Tauranga 3110, and my mobile is 027 418 2290.

Ngā mihi,
Rangi

---------- Forwarded message ----------
From: Mere Tapsell <mere@southernskytravel.co.nz>
Date: Tue, 11 Jun 2024 10:02
Subject: Booking confirmation SST-229184

Kia ora Rangi and Hine,

Your trip to Rarotonga is confirmed: NZ 946 AKL–RAR on 18 September, returning 27 September. The total is NZ$6,840.00 including 6 nights at the Edgewater Resort. Please send both passport numbers and dates of birth by 30 June.

Ngā mihi,
Mere Tapsell
Southern Sky Travel | Level 2, 88 Cameron Road, Tauranga | 0800 478 2000
""", [
    N("Rangi Walker"),
    E("rangi.walker@xtra.co.nz"),
    P("LM739204", "national_id", check="none"),
    P("14/06/1971", "birth_date"),
    N("Hine Walker"),
    P("LN201847", "national_id", check="none"),
    P("09/10/1974", "birth_date"),
    P("16 Tawa Grove", "address"),
    P("3110", "postcode"),
    P("027 418 2290", "phone"),
    N("Mere Tapsell"),
    E("mere@southernskytravel.co.nz"),
], [
    L("bookings@southernskytravel.co.nz", "company_email"),
    L("SST-229184", "booking_reference"),
    L("NZ 946", "flight_number"),
    L("AKL–RAR", "route"),
    L("18 September", "travel_date"),
    L("NZ$6,840.00", "price"),
    L("Level 2, 88 Cameron Road, Tauranga", "company_address"),
    L("0800 478 2000", "company_phone"),
]),
]
