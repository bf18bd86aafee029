from _h import name, em, sem, ad, p, L, rec

RECORDS = [

rec("en-email-001", "email", """
From: Customer Relations <customer.relations@severnvale.example.com>
Sent: 09 April 2024 10:14
To: Stuart Kemp <stuart.kemp@severnvale.example.com>
Subject: FW: Complaint - leak allowance refused - acc 6021 4488 390

Stuart,

Can you review this one before it goes to stage 2? The customer has already instructed Baker & Lowe Solicitors, so please handle carefully.

Thanks,
Rachel
Customer Relations Team

-----Original Message-----
From: Deborah Finch <debfinch@example.org>
Sent: 08 April 2024 21:33
To: customer.relations@severnvale.example.com
Subject: Complaint - leak allowance refused - acc 6021 4488 390

Dear Sir or Madam,

I am writing to complain about your decision to refuse a leak allowance on my account (6021 4488 390).

In January a pipe burst under the driveway at 5 Orchard Close, Thornbury, Bristol BS35 2JU. It was repaired within 4 days by a plumber, and I sent you the invoice (£385.00). My bill for the quarter was £642.18 instead of the usual £96. The meter (serial 14M118822) read 1,284 m³ on 2 January and 1,529 m³ on 3 April.

Your advisor on the phone, Kevin, told me the allowance would be approved. Your letter of 28 March says the opposite. My neighbour, Mr Ashok Patel at number 7, saw the water coming up through the drive and can confirm the dates.

I would like this reviewed. You can reach me on 0117 496 0352 during the day.

Yours faithfully,
Deborah Finch

--
Severn Vale Water Ltd · PO Box 410, Bristol BS99 7AU · 0345 600 0000 · Registered in England No. 0123456
""", [
    name("Stuart Kemp"),
    em("stuart.kemp@severnvale.example.com"),
    name("Rachel"),
    name("Deborah Finch"),
    em("debfinch@example.org"),
    ad("5 Orchard Close, Thornbury, Bristol BS35 2JU", "5 Orchard Close", "BS35 2JU"),
    name("Kevin"),
    name("Ashok Patel"),
    ad("number 7", "number 7"),
    p("phone", "0117 496 0352"),
], [
    L("customer_number", "6021 4488 390"), L("company", "Baker & Lowe Solicitors"), L("price", "£385.00"),
    L("price", "£642.18"), L("meter", "14M118822"), L("meter_reading", "1,284 m³"), L("meter_reading", "1,529 m³"),
    L("duration", "within 4 days"),
], org=["customer.relations@severnvale.example.com"]),

rec("en-email-002", "email", """
Subject: RE: Claim MC-24-118204 – collision 3 Feb, Naas Road
From: Patrick Byrne <pbyrne@example.com>
To: Gráinne Murphy <grainne.murphy@shamrockinsure.example.com>
Date: Mon, 19 Feb 2024 08:02

Hi Gráinne,

Thanks for getting back to me. Answers below:

1. The other driver was Sean Delaney, his car was a grey Ford Focus, reg 12-KY-3381. He admitted it at the scene.
2. My car is 191-D-20417. It's at Eddie Nolan Motors in Clondalkin, estimate attached (€3,215.60).
3. My wife Niamh was a passenger and has been to the GP for whiplash.

Please pay the excess refund to IE13 IPBS 0824 7794 7374 32. Post can still go to 44 Cherry Orchard Avenue, Ballyfermot, Dublin 10, D10 F2W8. Mobile 085 771 0429.

Regards,
Patrick

On Fri, 16 Feb 2024 at 15:47, Gráinne Murphy <grainne.murphy@shamrockinsure.example.com> wrote:
> Dear Mr Byrne,
>
> Thank you for notifying us of the incident on 3 February. To progress claim MC-24-118204 we need:
>  - the third party's name and registration
>  - the location of your vehicle and a repair estimate
>  - details of any injuries
>
> Your policy (COMP-7720913) has a €300 excess, recoverable if liability is accepted by the third party insurer.
>
> Kind regards,
> Gráinne Murphy
> Motor Claims Handler
> Shamrock Insurance DAC | 1800 555 100
""", [
    name("Patrick Byrne"),
    em("pbyrne@example.com"),
    name("Gráinne Murphy"),
    em("grainne.murphy@shamrockinsure.example.com"),
    name("Sean Delaney"),
    p("plate", "12-KY-3381"),
    p("plate", "191-D-20417"),
    name("Niamh"),
    p("iban", "IE13 IPBS 0824 7794 7374 32", chk="iban"),
    ad("44 Cherry Orchard Avenue, Ballyfermot, Dublin 10, D10 F2W8", "44 Cherry Orchard Avenue", "D10 F2W8"),
    p("phone", "085 771 0429"),
], [
    L("claim", "MC-24-118204"), L("product", "Ford Focus"), L("company", "Eddie Nolan Motors"),
    L("price", "€3,215.60"), L("policy", "COMP-7720913"), L("price", "€300 excess"), L("date", "3 February"),
]),

rec("en-email-003", "email", """
---------- Forwarded message ---------
From: Kate Sinclair <k.sinclair@northbridge-studios.example.com>
Date: Tue, 2 Jul 2024 at 11:20
Subject: Fwd: Invoice June + payment details
To: Payroll <payroll@northbridge-studios.example.com>

Hi payroll team – forwarding Lena's invoice for June. She's a contractor based in Germany so please pay in EUR. Approved by me (cost centre 4410).

Kate Sinclair
Head of Production

---------- Forwarded message ---------
From: Lena Hoffmann <lena.hoffmann@example.net>
Date: Mon, 1 Jul 2024 at 18:05
Subject: Invoice June + payment details
To: Kate Sinclair <k.sinclair@northbridge-studios.example.com>

Hi Kate,

Please find attached my invoice RE-2024-017 for June (16 days × €400 = €6.400,00, no VAT as per reverse charge).

My bank details changed, please use:
Lena Hoffmann
IBAN DE50 5001 0517 3961 2637 61

For your records, my German tax ID (Steuer-ID) is 71358952543 and my address is Schönhauser Allee 141, 10437 Berlin. Date of birth 17.03.1988, in case your system needs it for the contractor form.

If anything is unclear, call me on +49 30 5557 1840.

Best,
Lena
""", [
    name("Kate Sinclair"),
    em("k.sinclair@northbridge-studios.example.com"),
    name("Lena Hoffmann"),
    em("lena.hoffmann@example.net"),
    p("iban", "DE50 5001 0517 3961 2637 61", chk="iban"),
    p("national_id", "71358952543", chk="de_taxid"),
    ad("Schönhauser Allee 141, 10437 Berlin", "Schönhauser Allee 141", "10437"),
    p("birth_date", "17.03.1988"),
    p("phone", "+49 30 5557 1840"),
], [
    L("quantity", "cost centre 4410"), L("invoice", "RE-2024-017"), L("quantity", "16 days"),
    L("price", "€400"), L("price", "€6.400,00"), L("date", "1 Jul 2024 at 18:05"),
], org=["payroll@northbridge-studios.example.com"]),

rec("en-email-004", "email", """
From: Claire Dubois-Laurent <claire.dl@example.net>
To: claims@globecover.example.com
Date: 23 September 2024, 09:41
Subject: Re: Your claim GC-INT-448120 – additional documents

Hello Tom,

Thank you for your message. Please find attached the itemised invoice from the Hôpital Lariboisière (total €1 240,00) and the prescription from Dr Marc Lefèvre.

As requested:
- Numéro de sécurité sociale: 2 68 05 33 851 544 44
- Address: 14 rue des Martyrs, 75009 Paris
- Reimbursement account: FR76 1130 6147 0906 1836 1716 128 (BIC CEPAFRPP)

The Sécurité sociale has already reimbursed €372,00, so the remaining amount is €868,00. My husband, Julien Laurent, is on the same family policy and had a separate consultation (€75) which I have also attached.

I can be reached on +33 6 12 48 90 37.

Kind regards,
Claire Dubois-Laurent

> On 20 Sep 2024, at 16:02, GlobeCover Claims <claims@globecover.example.com> wrote:
>
> Dear Ms Dubois-Laurent,
> We have received your claim GC-INT-448120 under your International Family Plan (policy GCF-0091882).
> To process it we need an itemised invoice, proof of any reimbursement from your state scheme, and your bank details.
> Best regards,
> Tom Bradley
> Claims Team, GlobeCover International
""", [
    name("Claire Dubois-Laurent"),
    em("claire.dl@example.net"),
    name("Tom Bradley"),
    name("Marc Lefèvre"),
    p("national_id", "2 68 05 33 851 544 44", chk="fr_nir"),
    ad("14 rue des Martyrs, 75009 Paris", "14 rue des Martyrs", "75009"),
    p("iban", "FR76 1130 6147 0906 1836 1716 128", chk="iban"),
    name("Julien Laurent"),
    p("phone", "+33 6 12 48 90 37"),
], [
    L("claim", "GC-INT-448120"), L("company", "Hôpital Lariboisière"), L("price", "€1 240,00"),
    L("price", "€372,00"), L("price", "€868,00"), L("policy", "GCF-0091882"), L("bank_code", "BIC CEPAFRPP"),
], org=["claims@globecover.example.com"]),

rec("en-email-005", "email", """
From: Jake Cartwright <jakecartwright@example.com>
Sent: Thursday, 11 January 2024 7:52 PM
To: People & Culture <people@harbourview-hotels.example.com>
Cc: Sarah Mitchell <s.mitchell@harbourview-hotels.example.com>
Subject: New starter forms – Jake Cartwright, Bar Supervisor (start 22/01)

Hi team,

Sarah asked me to send my details through before my first shift. Here they are:

Full name: Jake Thomas Cartwright
DOB: 30/06/1997
Address: 3/41 Beach Rd, Bondi NSW 2026
Mobile: 0491 570 310
TFN: 545 743 217
Bank: BSB 032-090 Account 448812760 (Westpac)
Super: AustralianSuper, member no. 1048 2217 (please use my existing fund)
Emergency contact: Helen Cartwright (mum) – 0491 570 882

My RSA certificate number is NSW-RSA-2211847 and I've attached a copy. I'm available for the induction on 19/01 at 10am.

Cheers,
Jake

--
Harbourview Hotels Group · Level 4, 1 Macquarie Place, Sydney NSW 2000 · ABN 33 051 775 556
""", [
    name("Jake Thomas Cartwright"),
    em("jakecartwright@example.com"),
    name("Sarah Mitchell"),
    em("s.mitchell@harbourview-hotels.example.com"),
    p("birth_date", "30/06/1997"),
    ad("3/41 Beach Rd, Bondi NSW 2026", "3/41 Beach Rd", "2026"),
    p("phone", "0491 570 310"),
    p("national_id", "545 743 217", chk="tfn"),
    p("iban", "BSB 032-090 Account 448812760", chk="au_bsb_account"),
    name("Helen Cartwright"),
    p("phone", "0491 570 882"),
], [
    L("date", "start 22/01"), L("company", "AustralianSuper"), L("member", "member no. 1048 2217"),
    L("case", "NSW-RSA-2211847"), L("time", "19/01 at 10am"), L("company_id", "ABN 33 051 775 556"),
    L("company", "Westpac"),
], org=["people@harbourview-hotels.example.com"]),

rec("en-email-006", "email", """
From: Émilie Gagnon <emilie.gagnon@example.net>
To: Daniel Ng <dng@plateau-gestion.example.com>
Date: March 4, 2024 at 10:18 PM EST
Subject: Re: Lease renewal – 4520 Saint-Denis, apt 3

Hi Daniel,

Thanks for sending the renewal. A few things:

- For the pre-authorized debit, my account is transit 00231, institution 001, account 4458120 (BMO). Please use it from April 1.
- You asked again for my SIN for the credit check. I'd rather not, but if it's required it's 537 488 793.
- For the parking spot, my new car plate is K42 BXT (Quebec).

Also, the noise from apartment 4 is still a problem. I've spoken to Mr. Roy directly twice. Could you please follow up?

My cell is (514) 555-0148.

Thanks,
Émilie

On Mon, Mar 4, 2024 at 2:05 PM Daniel Ng <dng@plateau-gestion.example.com> wrote:
> Bonjour Émilie,
> Please find attached your lease renewal for 4520 Rue Saint-Denis, Apt 3, Montréal, QC H2J 2L3, from July 1, 2024 to June 30, 2025.
> The new rent is $1,485/month (+3.5%). Parking stays at $75/month.
> Please sign and return by April 1 and include your banking info for pre-authorized debit and your SIN for the annual credit check.
> Daniel Ng
> Property Manager, Plateau Gestion Immobilière
""", [
    name("Émilie Gagnon"),
    em("emilie.gagnon@example.net"),
    name("Daniel Ng"),
    em("dng@plateau-gestion.example.com"),
    p("iban", "transit 00231, institution 001, account 4458120", chk="ca_account", norm="00231-001-4458120"),
    p("national_id", "537 488 793", chk="sin"),
    p("plate", "K42 BXT"),
    name("Roy"),
    p("phone", "(514) 555-0148"),
    ad("4520 Rue Saint-Denis, Apt 3, Montréal, QC H2J 2L3", "4520 Rue Saint-Denis", "H2J 2L3",
       "4520 Saint-Denis"),
], [
    L("company", "BMO"), L("date", "April 1"), L("date", "July 1, 2024 to June 30, 2025"),
    L("price", "$1,485/month"), L("quantity", "+3.5%"), L("price", "$75/month"),
]),

rec("en-email-007", "email", """
---------- Forwarded message ---------
From: Daniel Ortiz <dortiz@westlake-schools.example.org>
Date: Wed, Oct 9, 2024 at 3:41 PM
Subject: Fwd: Ethan - lunch period concerns
To: Keisha Grant <kgrant@westlake-schools.example.org>

Ms. Grant - forwarding this from Ethan Morgan's mom. Can we add this to the agenda for his IEP meeting on 10/14? Thanks, D. Ortiz

---------- Forwarded message ---------
From: Ashley Morgan <ashleymorgan84@example.com>
Date: Tue, Oct 8, 2024 at 9:12 PM
Subject: Ethan - lunch period concerns
To: Daniel Ortiz <dortiz@westlake-schools.example.org>

Hi Mr. Ortiz,

Ethan (Grade 7, Period 3 with you, student ID 2043817) came home upset again today. He says a boy named Brayden keeps taking his lunch and calling him names in the cafeteria. He didn't want me to email, but this has been going on since September.

Ethan was born 02/11/2012 and is on the younger side for his grade, and with his ADHD plan we had agreed he could eat lunch in Room 214 if needed.

His dad, Chris Morgan, and I would like to meet. We can do after 4:30 any day. My cell is (614) 555-0109. Our address changed over the summer to 318 Birchwood Ln, Columbus, OH 43214 – could you make sure the office has it?

Thank you,
Ashley Morgan
""", [
    name("Daniel Ortiz"),
    em("dortiz@westlake-schools.example.org"),
    name("Keisha Grant"),
    name("Ethan Morgan"),
    name("Ashley Morgan"),
    em("ashleymorgan84@example.com"),
    name("Brayden"),
    p("birth_date", "02/11/2012"),
    name("Chris Morgan"),
    p("phone", "(614) 555-0109"),
    ad("318 Birchwood Ln, Columbus, OH 43214", "318 Birchwood Ln", "43214"),
    em("kgrant@westlake-schools.example.org"),
], [
    L("date", "10/14"), L("quantity", "Grade 7"), L("quantity", "Period 3"), L("member", "student ID 2043817"),
    L("quantity", "Room 214"), L("time", "after 4:30"),
]),

rec("en-email-008", "email", """
From: Priya Raman <priya@mckenziecole.example.com>
To: Wiremu Ngata <wiremu.ngata@example.com>
Subject: Your 2024 tax returns – action needed by 7 July

Kia ora Wiremu and Jess,

Your individual returns for the year ended 31 March 2024 are ready. Before we file them with Inland Revenue please check the details below:

Wiremu Ngata – IRD 102-330-056
Jess Ngata – IRD 63-203-054
Postal address: 7 Kowhai Lane, Flagstaff, Hamilton 3210
Refund account: 03-1702-0458861-00 (joint)

Wiremu: rental income from the Raglan bach is $18,420, expenses $11,905. Provisional tax of $4,210 is due 28 August.
Jess: the Working for Families entitlement for Aria and Manaia is included; Manaia's date of birth is recorded as 05/09/2019, please confirm.

If everything is correct, reply "approved" and we'll file. If you have questions, call me on 07 555 0184.

Ngā mihi,
Priya Raman CA
McKenzie & Cole Chartered Accountants
Level 2, 15 Victoria Street, Hamilton 3204 · 07 555 0100
""", [
    name("Priya Raman"),
    em("priya@mckenziecole.example.com"),
    name("Wiremu Ngata"),
    em("wiremu.ngata@example.com"),
    name("Jess Ngata"),
    p("national_id", "102-330-056", chk="ird"),
    p("national_id", "63-203-054", chk="ird"),
    ad("7 Kowhai Lane, Flagstaff, Hamilton 3210", "7 Kowhai Lane", "3210"),
    p("iban", "03-1702-0458861-00", chk="nz_bank"),
    name("Manaia"),
    p("birth_date", "05/09/2019"),
    name("Aria"),
], [
    L("date", "7 July"), L("date", "31 March 2024"), L("price", "$18,420"), L("price", "$11,905"),
    L("price", "$4,210"), L("company", "McKenzie & Cole Chartered Accountants"), L("product", "Working for Families"),
]),

]
