from rec import R, N, P, A, E, U, L

RECORDS = [
R("en-email-001", """
From: Alistair Brennan <alistair.brennan@example.com>
To: claims@hearthstone-insurance.example
Subject: RE: Your claim HS/HC/2024/08814

Dear Ms Okafor-Reid,

Thank you for your email. As requested, please find attached photographs of the water damage to the kitchen ceiling and the quote from Kendrick & Sons Plumbing (£1,640.00 inc. VAT). The leak started on 17 January.

My policy number is HHC-5521907 and the property is 8 Ravensworth Gardens, Newcastle upon Tyne, NE3 4QP. Please pay any settlement to my Lloyds account, IBAN GB67 LOYD 2233 0669 7058 71.

I'm usually reachable on 0191 498 0623 during the day. If I'm unavailable, my wife Helen can let the loss adjuster in (07700 900752).

Kind regards,
Alistair Brennan

> On 19 Jan 2024, at 10:42, Hearthstone Claims <claims@hearthstone-insurance.example> wrote:
> Dear Mr Brennan,
> Thank you for notifying us. Please send photographs and a repair quote. Your claim is being handled by Joanne Okafor-Reid.
> Kind regards,
> Joanne Okafor-Reid, Claims Handler
> Hearthstone Insurance plc | PO Box 4410 | Leeds LS1 9ZZ | Authorised and regulated by the FCA
""", [
    N("Alistair Brennan"), E("alistair.brennan@example.com"), N("Joanne Okafor-Reid"),
    A("8 Ravensworth Gardens, Newcastle upon Tyne, NE3 4QP", "8 Ravensworth Gardens", "NE3 4QP"),
    P("GB67 LOYD 2233 0669 7058 71", "iban"), P("0191 498 0623", "phone"), N("Helen"), P("07700 900752", "phone"),
], [L("HS/HC/2024/08814", "claim_number"), L("Kendrick & Sons Plumbing", "company"), L("£1,640.00", "price"),
    L("17 January", "date"), L("HHC-5521907", "policy_number"), L("19 Jan 2024, at 10:42", "date")]),

R("en-email-002", """
Subject: FW: Housing Adaptation Grant application – 14 Castle View

Hi Eimear, can you log this one against the grants queue? Thanks, Pádraig (Customer Services)

---------- Forwarded message ---------
From: Mairéad Fennelly <mairead.fennelly@example.com>
Date: Tue, 9 Apr 2024 at 21:16
Subject: Housing Adaptation Grant application – 14 Castle View
To: <housing@countycouncil.example>

Dear Sir/Madam,

I am applying for the Housing Adaptation Grant for People with a Disability on behalf of my father, Thomas Fennelly (PPSN 0950718B, date of birth 30/11/1941), who lives with us at 14 Castle View, Kilkenny, R95 E2T7.

The OT report recommends a level-access shower; the quote from Nore Valley Builders is €9,850. My own PPSN is 6647378N as I am the applicant for the household.

You can contact me on 087 604 3129 or my husband, Liam Fennelly, on 086 118 7405.

Yours faithfully,
Mairéad Fennelly
""", [
    N("Eimear"), N("Pádraig"), N("Mairéad Fennelly"), E("mairead.fennelly@example.com"), N("Thomas Fennelly"),
    P("0950718B", "national_id", scheme="ppsn"), P("30/11/1941", "birth_date"),
    A("14 Castle View, Kilkenny, R95 E2T7", "14 Castle View", "R95 E2T7"), P("6647378N", "national_id", scheme="ppsn"),
    P("087 604 3129", "phone"), N("Liam Fennelly"), P("086 118 7405", "phone"),
], [L("Tue, 9 Apr 2024 at 21:16", "date"), L("Housing Adaptation Grant", "product"), L("Nore Valley Builders", "company"),
    L("€9,850", "price"), L("OT report", "document_type")]),

R("en-email-003", """
Hi Harper & Finch team,

I placed order #HF-10492277 yesterday (2x "Eleanor" linen duvet covers, queen, and 1 fitted sheet) but I just noticed it's going to my old address. Could you please change it to:

Megan Kowalski
3318 N Lakewood Ave, Unit 2
Chicago, IL 60657

If you need to re-charge the shipping, please use the same Mastercard, 5212 6062 1759 6961. My cell is (773) 555-0152 in case the driver needs it. If I'm not home my neighbor Doris Whitmore in Unit 1 can sign.

Thanks so much!
Megan

--
Megan Kowalski
megkowalski@example.org

On Mon, Apr 8, 2024 at 2:20 PM Harper & Finch <orders@harperfinch.example> wrote:
> Thanks for your order! Order total: $214.85. Estimated delivery: Thu, Apr 11.
""", [
    N("Megan Kowalski"), A("3318 N Lakewood Ave, Unit 2\nChicago, IL 60657", "3318 N Lakewood Ave, Unit 2", "60657"),
    P("5212 6062 1759 6961", "card"), P("(773) 555-0152", "phone"), N("Doris Whitmore"), E("megkowalski@example.org"),
    N("Megan"),
], [L("Harper & Finch", "company"), L("#HF-10492277", "order_number"), L('"Eleanor"', "product"), L("$214.85", "price"),
    L("Thu, Apr 11", "date"), L("Mon, Apr 8, 2024 at 2:20 PM", "date")]),

R("en-email-004", """
Subject: Tax return 2023-24 – documents for Lachlan & Mia

Hi Deb,

Attached are our payment summaries and receipts for this year's returns. Details as requested:

Lachlan Brooks – TFN 559 823 846, DOB 17/02/1986
Mia Brooks – TFN 668 050 960, DOB 04/10/1988
Medicare card: 5519 84150 3 (Lachlan is 1, Mia is 2), and Mia's new card for the kids is 3883 00596 4.
Address: 7 Wattle Grove, Ascot Vale VIC 3032
Refunds to BSB 063-000, account 1029 4471 (joint).

Also we bought a standing desk from Officeworks for $649 and Mia's union fees were $412.30.

Best number is Lachlan's mobile, 0491 570 159.

Cheers,
Lachlan

Brooks Family | sent from Outlook
""", [
    N("Deb"), N("Lachlan Brooks"), P("559 823 846", "national_id", scheme="tfn"), P("17/02/1986", "birth_date"),
    N("Mia Brooks"), P("668 050 960", "national_id", scheme="tfn"), P("04/10/1988", "birth_date"),
    P("5519 84150 3", "national_id", scheme="medicare"), P("3883 00596 4", "national_id", scheme="medicare"),
    A("7 Wattle Grove, Ascot Vale VIC 3032", "7 Wattle Grove", "3032"), P("1029 4471", "iban", scheme="none"),
    P("0491 570 159", "phone"),
], [L("2023-24", "year"), L("Officeworks", "company"), L("$649", "price"), L("$412.30", "price"), L("BSB 063-000", "bank_code")]),

R("en-email-005", """
From: Ruby Thompson
Sent: Wednesday, 3 April 2024 8:41 a.m.
To: Payroll – Kauri Coast Construction
Subject: New starter details – Ruby Thompson

Kia ora Payroll team,

Here are my details for my start on Monday 15 April:

Full name: Ruby Aroha Thompson
IRD number: 082-397-990
Tax code: M SL
Bank account: 02-0248-0311562-000
KiwiSaver: yes, 4%
Address: 22B Pōhutukawa Drive, Ōrewa 0931
Phone: 021 555 6720
Emergency contact: my mum, Hine Thompson, 027 555 4093

My IR330 form is attached.

Ngā mihi,
Ruby
ruby.thompson@example.com
""", [
    N("Ruby Thompson"), N("Ruby Aroha Thompson"), P("082-397-990", "national_id", scheme="ird"),
    P("02-0248-0311562-000", "iban", scheme="none"), A("22B Pōhutukawa Drive, Ōrewa 0931", "22B Pōhutukawa Drive", "0931"),
    P("021 555 6720", "phone"), N("Hine Thompson"), P("027 555 4093", "phone"), E("ruby.thompson@example.com"),
], [L("Wednesday, 3 April 2024 8:41 a.m.", "date"), L("Kauri Coast Construction", "company"), L("M SL", "tax_code"),
    L("4%", "quantity"), L("Monday 15 April", "date"), L("IR330", "form_number")]),

R("en-email-006", """
Subject: Query on municipal account 3004415582 – incorrect meter reading

Good day,

My municipal account for March (R3 812.40) is far higher than usual. The water meter reading on the bill is 04711 kl but the actual reading on 31 March was 03958 kl. Photo attached. Meter number WM-88120-C.

Account holder: Nomvula Dlamini-Khumalo
ID number: 7112021351081
Property: 41 Kingfisher Crescent, Westville, 3629
Cell: 082 555 0174

Please also note that my late husband, Themba Khumalo, is still listed on the account; kindly remove him.

Regards,
Nomvula Dlamini-Khumalo
nomvula.dk@example.com
""", [
    N("Nomvula Dlamini-Khumalo"), P("7112021351081", "national_id", scheme="sa_id"),
    A("41 Kingfisher Crescent, Westville, 3629", "41 Kingfisher Crescent", "3629"), P("082 555 0174", "phone"),
    N("Themba Khumalo"), E("nomvula.dk@example.com"), N("Nomvula"),
], [L("3004415582", "account_number"), L("R3 812.40", "price"), L("04711 kl", "meter_reading"),
    L("31 March", "date"), L("03958 kl", "meter_reading"), L("WM-88120-C", "meter_number")]),

R("en-email-007", """
To: kyc.support@indusbank.example
Subject: Re-KYC for savings account – documents

Dear Sir/Madam,

As per your SMS dated 02-04-2024, I am submitting my re-KYC documents for savings account no. 50100238847716 (IFSC INDB0001842).

Name: Sanjay Kumar Iyer
Date of Birth: 11-07-1974
Aadhaar: 9215 0906 0823
PAN: AKRPI4471F
Address: B-702, Lotus Heights, Powai, Mumbai 400076
Mobile: +91 98200 41573

My wife Lakshmi Iyer is the nominee on this account. Kindly update the address for her also.

I visited the Hiranandani branch on 05-04-2024 but was asked to email instead. Please also waive the minimum balance charge of ₹10,000 shortfall applied in March.

Please confirm once the KYC is updated. The branch reference given was KYC/MUM/24/11832.

Thanks & regards,
Sanjay Iyer
sanjay.iyer74@example.com
""", [
    P("50100238847716", "iban", scheme="none"), N("Sanjay Kumar Iyer"), P("11-07-1974", "birth_date"),
    P("9215 0906 0823", "national_id", scheme="aadhaar"), P("AKRPI4471F", "national_id", scheme="none"),
    A("B-702, Lotus Heights, Powai, Mumbai 400076", "B-702, Lotus Heights", "400076"), P("+91 98200 41573", "phone"),
    N("Lakshmi Iyer"), E("sanjay.iyer74@example.com"),
], [L("02-04-2024", "date"), L("INDB0001842", "ifsc_code"), L("KYC/MUM/24/11832", "reference"),
    L("05-04-2024", "date"), L("₹10,000", "price"), L("Hiranandani branch", "branch")]),

R("en-email-008", """
Hi Mr. Chen,

Following up on our lease renewal for Unit 1406 at 88 Harbour Square. We'd like to sign for another 12 months at the $2,350/month you quoted.

For the tenant insurance and pre-authorized debit forms:
Tenant 1: Olivia Bergeron, born 1990-06-14
Tenant 2: Nathan Singh-Walker, born 1989-01-27
PAD account: transit 00042, institution 004, account 5087713
Olivia's cell: (416) 555-0109

Our building fob numbers are 44817 and 44818. Also, the parking spot P2-117 should stay with us.

Nathan mentioned you need a SIN for the credit check — his is 403 887 375. Please let us know if there's a more secure way to send it next time.

Thanks,
Olivia Bergeron
olivia.bergeron@example.com
""", [
    N("Chen"), N("Olivia Bergeron"), P("1990-06-14", "birth_date"), N("Nathan Singh-Walker"), P("1989-01-27", "birth_date"),
    P("5087713", "iban", scheme="none"), P("(416) 555-0109", "phone"), P("403 887 375", "national_id", scheme="sin"),
    E("olivia.bergeron@example.com"), N("Nathan"), A("Unit 1406 at 88 Harbour Square", "Unit 1406", "88 Harbour Square"),
], [L("44818", "fob_number"), L("12 months", "duration"), L("$2,350/month", "price"),
    L("44817", "fob_number"), L("P2-117", "parking_spot")]),
]
