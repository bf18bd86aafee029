from rec import P, L, R

RECORDS = [
R("en-email-001", """
From: Rebecca Thornton <becky.thornton@example.com>
To: Council Tax <counciltax@sheffieldvale.example>
Subject: Fwd: Notice of Enforcement - account 50012784

Dear Sir/Madam,

Please see the email below which I received this morning. I don't think this is right as I applied for the single person discount in March when my ex-partner, Daniel Hughes, moved out (he left on 1 March). I also asked to pay the arrears in instalments.

My details:
Name: Rebecca Thornton
Address: 27 Hawthorn Close, Sheffield S11 9PL
National Insurance number: QQ 48 21 07 C
Phone: 0114 496 0562

I'm happy to set up a Direct Debit for the arrears of £486.20 from sort code 40-11-62, account 71554031, over 6 months. Please can you put the enforcement on hold while this is sorted.

Kind regards,
Becky Thornton

---------- Forwarded message ---------
From: Garside Enforcement Services <notices@garside-enforcement.example>
Date: Tue, 16 Apr 2024 at 07:58
Subject: Notice of Enforcement - account 50012784
To: <becky.thornton@example.com>

Dear Ms R Thornton,

We have been instructed by Sheffield Vale Council to collect £486.20 plus a compliance fee of £75.00. Your enforcement agent is Mr P. Wheatley-Shaw. Please call us within 7 days quoting reference GES/24/118834.
""",
[
    P("Rebecca Thornton", "name", "Rebecca", "Thornton"),
    P("becky.thornton@example.com", "email", "becky.thornton@example.com", "becky.thornton"),
    P("Daniel Hughes", "name", "Daniel", "Hughes"),
    P("27 Hawthorn Close, Sheffield S11 9PL", "address", "27 Hawthorn Close", "S11 9PL"),
    P("QQ 48 21 07 C", "national_id", check="nino"),
    P("0114 496 0562", "phone"),
    P("sort code 40-11-62, account 71554031", "iban", "40-11-62", "71554031",
      check="none:uk_account"),
    P("Becky Thornton", "name", "Becky", "Thornton"),
    P("Wheatley-Shaw", "name", "Wheatley-Shaw", "Wheatley", "Shaw"),
],
[
    L("50012784", "account_reference"),
    L("1 March", "date"),
    L("£486.20", "price"),
    L("6 months", "duration"),
    L("Tue, 16 Apr 2024 at 07:58", "datetime"),
    L("Sheffield Vale Council", "company_name"),
    L("£75.00", "price"),
    L("GES/24/118834", "reference"),
    L("Garside Enforcement Services", "company_name"),
]),

R("en-email-002", """
From: Orla Dunne <orla.dunne@example.com>
To: Scoil Naomh Pádraig Office <office@snp.example>
Subject: RE: Enrolment form - Junior Infants September 2024

Hi Bríd,

Thanks for sending on the form. Here are the missing bits:

Child's name: Saoirse Dunne
Date of birth: 14/05/2020
PPS number: 2837411QA
Address: 9 Willow Park, Ratoath, Co. Meath, A85 YT62

Parents: Orla Dunne (087 552 9014) and Shane Dunne (085 117 3360). Either of us can be contacted in an emergency.

Saoirse's older brother is in Ms Ní Mhurchú's class (2nd class), so we'd like her on the same school bus route, R14. I've paid the €100 bus ticket online.

Thanks a million,
Orla

On Mon 8 Apr 2024 at 11:15, Scoil Naomh Pádraig Office <office@snp.example> wrote:
> Dear Orla,
> Thank you for your application. Your enrolment form is missing the child's PPS number and an emergency contact. Could you reply with these by Friday 19 April?
> Kind regards,
> Bríd Ní Fhlannagáin, School Secretary
> Scoil Naomh Pádraig, Ratoath | Roll No. 19876K
""",
[
    P("Orla Dunne", "name", "Orla", "Dunne"),
    P("orla.dunne@example.com", "email", "orla.dunne@example.com", "orla.dunne"),
    P("Saoirse Dunne", "name", "Saoirse", "Dunne"),
    P("14/05/2020", "birth_date"),
    P("2837411QA", "national_id", check="ppsn"),
    P("9 Willow Park, Ratoath, Co. Meath, A85 YT62", "address", "9 Willow Park", "A85 YT62"),
    P("087 552 9014", "phone"),
    P("Shane Dunne", "name", "Shane", "Dunne"),
    P("085 117 3360", "phone"),
    P("Mhurchú", "name", "Mhurchú"),
    P("Bríd Ní Fhlannagáin", "name", "Bríd", "Fhlannagáin"),
],
[
    L("Junior Infants September 2024", "class_name"),
    L("2nd class", "class_name"),
    L("R14", "route_number"),
    L("€100", "price"),
    L("Mon 8 Apr 2024 at 11:15", "datetime"),
    L("Friday 19 April", "date"),
    L("Roll No. 19876K", "reference"),
]),

R("en-email-003", """
From: Dana Whitcombe <dana.whitcombe@example.net>
To: Ramón Ortiz <rortiz@lonestarmutual.example>
Subject: Re: Claim HO-24-771093 – hail damage, 8842 Cedar Hollow Ln

Hi Ramón,

Thanks for coming out on Thursday. Attached are the two roofing estimates you asked for:

1. Lone Star Roofing & Gutters – $18,450
2. Hill Country Exteriors – $21,900

We'd like to go with Lone Star. Our mortgage company is Frontier Mortgage, so I understand the check will be made out to both of us and them.

Also, my husband Greg found more damage on the back fence after the storm on May 2. Can that be added to the same claim or does it need a new one?

Best number is my cell, (512) 555-0174. We're home most afternoons at 8842 Cedar Hollow Ln, Austin, TX 78745.

Thanks,
Dana

On Fri, May 10, 2024 at 4:02 PM Ramón Ortiz <rortiz@lonestarmutual.example> wrote:
> Hi Ms. Whitcombe,
> Per our inspection, please send two contractor estimates for the roof. Your deductible under policy HP-5530217 is $2,500 (1% of Coverage A).
> Regards,
> Ramón Ortiz | Field Adjuster | Lone Star Mutual
""",
[
    P("Dana Whitcombe", "name", "Dana", "Whitcombe"),
    P("dana.whitcombe@example.net", "email", "dana.whitcombe@example.net", "dana.whitcombe"),
    P("Ramón Ortiz", "name", "Ramón", "Ortiz"),
    P("rortiz@lonestarmutual.example", "email", "rortiz@lonestarmutual.example", "rortiz"),
    P("8842 Cedar Hollow Ln, Austin, TX 78745", "address", "8842 Cedar Hollow Ln", "78745"),
    P("Greg", "name", "Greg"),
    P("(512) 555-0174", "phone"),
],
[
    L("HO-24-771093", "claim_number"),
    L("Lone Star Roofing & Gutters", "company_name"),
    L("$18,450", "price"),
    L("Hill Country Exteriors", "company_name"),
    L("$21,900", "price"),
    L("Frontier Mortgage", "company_name"),
    L("May 2", "date"),
    L("HP-5530217", "policy_number"),
    L("$2,500", "price"),
]),

R("en-email-004", """
From: Arjun Malhotra <arjun.malhotra@example.com>
To: customercare@hydronorthern.example
Subject: Move-out and final bill – account 2207-448-19

Hello,

I am moving out of 56 Sandalwood Pkwy E, Unit 1203, Brampton, ON L6Z 1Y5 on June 30 and would like to close the account in my name on that date. I have been on the Time-of-Use plan with Hydro Northern since 2021. My roommate, Ethan Clarke, is staying and will open his own account.

The landlord, Mr. Gill, will be doing the walk-through on June 30 at 11 a.m., so the meter reading can be taken then (meter no. HN-0093317).

Please send my final bill to my new address:
418 Queen St W, Apt 7, Toronto, ON M5V 2A9

The final amount can be taken by pre-authorized debit from the same account as before (transit 04512, institution 004, account 1185530). My phone number is (905) 555-0191.

Thank you,
Arjun Malhotra
""",
[
    P("Arjun Malhotra", "name", "Arjun", "Malhotra"),
    P("arjun.malhotra@example.com", "email", "arjun.malhotra@example.com", "arjun.malhotra"),
    P("56 Sandalwood Pkwy E, Unit 1203, Brampton, ON L6Z 1Y5", "address",
      "56 Sandalwood Pkwy E, Unit 1203", "L6Z 1Y5"),
    P("Ethan Clarke", "name", "Ethan", "Clarke"),
    P("Gill", "name", "Gill"),
    P("418 Queen St W, Apt 7, Toronto, ON M5V 2A9", "address", "418 Queen St W, Apt 7", "M5V 2A9"),
    P("transit 04512, institution 004, account 1185530", "iban", "1185530",
      check="none:ca_account"),
    P("(905) 555-0191", "phone"),
],
[
    L("2207-448-19", "customer_number"),
    L("June 30", "date"),
    L("11 a.m.", "time"),
    L("HN-0093317", "meter_number"),
    L("Time-of-Use plan", "plan_name"),
    L("Hydro Northern", "company_name"),
]),

R("en-email-005", """
From: Lachlan Murray <lachie.murray@example.com>
To: claims@wagandpurr.example
Subject: Re: Claim WP-558210 – Biscuit (cat)

Hi Kirsty,

As requested, here's the itemised invoice from Bayside Vet Clinic for Biscuit's dental surgery on 12 March ($1,240.50). Dr Sarah Nguyen has also written a short note confirming the tooth problem wasn't pre-existing – it's attached.

Could the payment go into my new account please: BSB 732-118, account 5502 9917 (L J Murray).

My postal address has changed to 7 Wattle Lane, Kiama NSW 2533, and my mobile is 0491 573 770.

Cheers,
Lachie

> On 18/03/2024, Kirsty from Wag & Purr Pet Insurance wrote:
> Hi Lachlan, thanks for lodging your claim for Biscuit under policy PET-3318720. We need the itemised invoice and the vet's clinical notes before we can assess it. Your benefit is 80% after the $100 excess.
> Kirsty, Claims Team
""",
[
    P("Lachlan Murray", "name", "Lachlan", "Murray"),
    P("lachie.murray@example.com", "email", "lachie.murray@example.com", "lachie.murray"),
    P("Kirsty", "name", "Kirsty"),
    P("Sarah Nguyen", "name", "Sarah", "Nguyen"),
    P("BSB 732-118, account 5502 9917", "iban", "732-118", "5502 9917", check="none:au_bsb_account"),
    P("7 Wattle Lane, Kiama NSW 2533", "address", "7 Wattle Lane", "2533"),
    P("0491 573 770", "phone"),
    P("Lachie", "name", "Lachie"),
],
[
    L("WP-558210", "claim_number"),
    L("Biscuit", "pet_name"),
    L("Bayside Vet Clinic", "company_name"),
    L("12 March", "date"),
    L("$1,240.50", "price"),
    L("PET-3318720", "policy_number"),
    L("80%", "percentage"),
    L("$100 excess", "price"),
]),

R("en-email-006", """
From: Sione Taufa <sione.taufa@example.net>
To: Onehunga Auto Services <bookings@onehunga-auto.example>
Subject: Re: WOF booking KLP482

Kia ora Craig,

Thursday 18 April at 8am works for the WOF. Can you also have a look at the front brakes while it's in? There's a grinding noise when I stop. Odometer is about 142,300 km.

It's the 2014 Toyota Corolla hatch, rego KLP482. My partner Leilani will drop it off on her way to work and I'll pick it up after 4.

Please send the invoice to the address on file, 23 Mariposa Crescent, Māngere Bridge, Auckland 2022. You can ring me on 027 480 1936 if the brakes need doing.

Thanks heaps,
Sione

On Tue, 9 Apr 2024 at 3:12 PM, Onehunga Auto Services <bookings@onehunga-auto.example> wrote:
> Kia ora Sione, your WOF for KLP482 expires on 30 April. We have slots on Thursday 18 April or Monday 22 April. WOF is $65. Cheers, Craig – Onehunga Auto Services
""",
[
    P("Sione Taufa", "name", "Sione", "Taufa"),
    P("sione.taufa@example.net", "email", "sione.taufa@example.net", "sione.taufa"),
    P("Craig", "name", "Craig"),
    P("KLP482", "plate"),
    P("Leilani", "name", "Leilani"),
    P("23 Mariposa Crescent, Māngere Bridge, Auckland 2022", "address",
      "23 Mariposa Crescent", "2022"),
    P("027 480 1936", "phone"),
],
[
    L("Thursday 18 April at 8am", "datetime"),
    L("142,300 km", "measurement"),
    L("2014 Toyota Corolla hatch", "vehicle_model"),
    L("30 April", "date"),
    L("Monday 22 April", "date"),
    L("$65", "price"),
    L("Onehunga Auto Services", "company_name"),
]),

R("en-email-007", """
From: Naledi Khumalo <naledi.khumalo@example.com>
To: Payroll <payroll@mahlangupartners.example>
Cc: Chantelle Adams <chantelle.adams@mahlangupartners.example>
Subject: Updated banking and tax details – employee no. MP0442

Good day Chantelle,

As discussed, please update my details before the 25th so my April salary goes to the right account:

Full name: Naledi Khumalo
ID number: 9103140427082
SARS income tax number: 0123456789
Bank: Capitec, account number 1520 4478 91, branch code 470010
Residential address: Unit 14, Mopani Gardens, 21 Kingfisher Road, Midrand, 1685
Cell: 071 306 5528

I've attached the bank confirmation letter (stamped) and the IRP5 from my previous employer, Dlamini Logistics (Pty) Ltd.

Kind regards,
Naledi Khumalo
Candidate Attorney | Mahlangu & Partners Inc.
""",
[
    P("Naledi Khumalo", "name", "Naledi", "Khumalo"),
    P("naledi.khumalo@example.com", "email", "naledi.khumalo@example.com", "naledi.khumalo"),
    P("Chantelle Adams", "name", "Chantelle", "Adams"),
    P("chantelle.adams@mahlangupartners.example", "email",
      "chantelle.adams@mahlangupartners.example", "chantelle.adams"),
    P("9103140427082", "national_id", check="said"),
    P("0123456789", "national_id", check="none:sars_tax_reference"),
    P("account number 1520 4478 91", "iban", "1520 4478 91", check="none:za_account"),
    P("Unit 14, Mopani Gardens, 21 Kingfisher Road, Midrand, 1685", "address",
      "Unit 14, Mopani Gardens", "21 Kingfisher Road", "1685"),
    P("071 306 5528", "phone"),
],
[
    L("MP0442", "customer_number"),
    L("the 25th", "date"),
    L("Capitec", "company_name"),
    L("470010", "reference"),
    L("IRP5", "product_name"),
    L("Dlamini Logistics (Pty) Ltd", "company_name"),
    L("Mahlangu & Partners Inc.", "company_name"),
]),

R("en-email-008", """
From: Venkatesh Raghavan <venkat.raghavan@example.com>
To: refunds@skylineairways.example
Subject: Refund not received - PNR X7KQ2M - flight SK 417 cancelled

Dear Sir/Madam,

Our flight SK 417 from Chennai to Singapore on 14 March 2024 was cancelled by the airline. We were promised a full refund of ₹48,760 within 7 working days but it has not been credited even after 5 weeks.

Passenger details:
1. Venkatesh Raghavan, DOB 22/08/1975, Passport No. K4821973
2. Meera Raghavan, DOB 09/01/1979, Passport No. K4821974

Kindly credit the refund to the original account as below:
Account holder: Venkatesh Raghavan
Account number: 50100234567812
IFSC: HDFC0001234

Postal address: No. 12, 3rd Main Road, Gandhi Nagar, Adyar, Chennai 600020
Mobile: +91 94440 27815

Kindly treat this as urgent and do the needful.

Thanks and regards,
Venkatesh Raghavan

--
Skyline Airways auto-acknowledgement: Your request has been registered with ticket ID REF-2024-0098812. Please do not reply to this email.
""",
[
    P("Venkatesh Raghavan", "name", "Venkatesh", "Raghavan"),
    P("venkat.raghavan@example.com", "email", "venkat.raghavan@example.com", "venkat.raghavan"),
    P("22/08/1975", "birth_date"),
    P("K4821973", "national_id", check="none:passport"),
    P("Meera Raghavan", "name", "Meera", "Raghavan"),
    P("09/01/1979", "birth_date"),
    P("K4821974", "national_id", check="none:passport"),
    P("50100234567812", "iban", check="none:in_account"),
    P("No. 12, 3rd Main Road, Gandhi Nagar, Adyar, Chennai 600020", "address",
      "No. 12, 3rd Main Road", "600020"),
    P("+91 94440 27815", "phone"),
],
[
    L("X7KQ2M", "booking_reference"),
    L("SK 417", "flight_number"),
    L("14 March 2024", "date"),
    L("₹48,760", "price"),
    L("7 working days", "duration"),
    L("HDFC0001234", "reference"),
    L("REF-2024-0098812", "ticket_number"),
]),
]
