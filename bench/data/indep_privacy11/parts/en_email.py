from _helpers import P, L, R

RECORDS = [
R("en-email-001", """
From: Deborah Akinola <deb.akinola@gmail.com>
To: complaints@midshireswater.co.uk
Subject: RE: Your complaint ref. CMP/2024/041187 – Account 6001 882 419

Dear Mr Pearce,

Thank you for your reply, but I'm afraid it doesn't address my complaint. My bill for the period 1 October to 31 March is £612.40, more than double the usual £260. Your own engineer, Kieran, visited on 14 March and found a leak on your side of the stopcock, outside the property boundary. The meter (serial 19M334871) therefore recorded water that never reached my home.

I'd like the bill recalculated on my average usage and the leak allowance applied. If I don't hear back within 8 weeks I'll refer this to the Consumer Council for Water.

I've paid by direct debit from my account (sort code 80-23-45, account number 88892631) throughout, so please don't pass this to your debt team.

Kind regards,
Deborah Akinola
22 Sandringham Avenue
Birmingham B13 8QR
Tel: 0121 496 0518

-----Original Message-----
From: Midshires Water Customer Relations <complaints@midshireswater.co.uk>
Sent: 18 April 2024 10:02
To: deb.akinola@gmail.com
Subject: Your complaint ref. CMP/2024/041187 – Account 6001 882 419

Dear Ms Akinola,

Thank you for contacting us. Having reviewed your account, the meter readings appear accurate and the bill is payable.

Yours sincerely,
Andrew Pearce
Customer Relations Team

Midshires Water Ltd. Registered in England and Wales No. 02366871. Registered office: Waterside House, 1 Canal Street, Derby DE1 2SZ.
This email and any attachments are confidential and intended solely for the addressee.
""", [
    P("Deborah Akinola", "name"),
    P("deb.akinola@gmail.com", "email"),
    P("Kieran", "name"),
    P("88892631", "iban"),
    P("22 Sandringham Avenue\nBirmingham B13 8QR", "address", ["22 Sandringham Avenue", "B13 8QR"]),
    P("0121 496 0518", "phone"),
    P("Andrew Pearce", "name"),
], [
    L("CMP/2024/041187", "reference_number"),
    L("6001 882 419", "account_number_supplier"),
    L("£612.40", "amount"),
    L("£260", "amount"),
    L("14 March", "event_date"),
    L("19M334871", "meter_serial"),
    L("8 weeks", "duration"),
    L("Consumer Council for Water", "organisation"),
]),

R("en-email-002", """
From: Mei-Ling Harris <meiling.harris@comcast.net>
To: financialassistance@stlukesregional.org
Date: Mon, Jun 10, 2024 at 4:18 PM
Subject: Fwd: Statement for patient HARRIS, DOROTHY – Acct #HB-00419927

Hello,

I'm forwarding the statement below for my mother, Dorothy Harris. She's 81 and on a fixed income, and I'd like to apply for financial assistance on her behalf. I'm her healthcare proxy (form attached).

Her details: Dorothy June Harris, DOB 11/02/1942, Medicare MBI 5TK8-QW3-RR21. She lives with me at 1836 Willow Creek Ln, Overland Park, KS 66213. Best number is my cell, (913) 555-0104.

Thanks,
Mei-Ling Harris

---------- Forwarded message ---------
From: St. Luke's Regional Billing <no-reply@stlukesregional.org>
Date: Fri, Jun 7, 2024 at 9:00 AM
Subject: Statement for patient HARRIS, DOROTHY – Acct #HB-00419927
To: <meiling.harris@comcast.net>

Patient: HARRIS, DOROTHY J
Date of service: 04/22/2024 – 04/25/2024
Attending: Samuel Oyelaran, MD
Total charges: $18,406.55
Insurance paid: $15,720.00
Patient responsibility: $2,686.55
Due date: 07/07/2024

Pay online at stlukesregional.org/pay or call 1-800-555-0100.
""", [
    P("Mei-Ling Harris", "name"),
    P("meiling.harris@comcast.net", "email"),
    P("HARRIS, DOROTHY", "name"),
    P("Dorothy Harris", "name"),
    P("Dorothy June Harris", "name"),
    P("11/02/1942", "birth_date"),
    P("5TK8-QW3-RR21", "national_id", check="none"),
    P("1836 Willow Creek Ln, Overland Park, KS 66213", "address", ["1836 Willow Creek Ln", "66213"]),
    P("(913) 555-0104", "phone"),
    P("HARRIS, DOROTHY J", "name"),
    P("Samuel Oyelaran", "name"),
], [
    L("#HB-00419927", "account_number_supplier"),
    L("04/22/2024 – 04/25/2024", "event_date"),
    L("$18,406.55", "amount"),
    L("$15,720.00", "amount"),
    L("$2,686.55", "amount"),
    L("07/07/2024", "event_date"),
    L("stlukesregional.org/pay", "website"),
]),

R("en-email-003", """
From: Niamh Kavanagh <niamhkav@gmail.com>
To: office@scoilbhride-naas.ie
Subject: Enrolment – Senior Infants 2024/25 – Oisín Kavanagh-Mensah

Dear Ms Brennan,

Thank you for the offer of a place for our son Oisín in Senior Infants from September. Please find the completed enrolment form attached. As requested, his details are:

Full name: Oisín Kwame Kavanagh-Mensah
Date of birth: 03/05/2019
PPS number: 7336283KA
Address: 14 Castle Grove, Naas, Co. Kildare, W91 P2X8

Parents/guardians:
Niamh Kavanagh – 087 552 1430 – niamhkav@gmail.com
Kofi Mensah – 085 710 2286 – kofi.mensah@outlook.ie

Oisín has a mild nut allergy (his epipen will be in his bag) and he will be collected on Wednesdays by his grandmother, Bernadette Kavanagh.

We'd also like to apply for the school book rental scheme (€45). Is it possible to pay that in two instalments?

Many thanks,
Niamh
""", [
    P("Niamh Kavanagh", "name"),
    P("niamhkav@gmail.com", "email"),
    P("Oisín Kavanagh-Mensah", "name"),
    P("Brennan", "name"),
    P("Oisín Kwame Kavanagh-Mensah", "name"),
    P("03/05/2019", "birth_date"),
    P("7336283KA", "national_id", check="ppsn"),
    P("14 Castle Grove, Naas, Co. Kildare, W91 P2X8", "address", ["14 Castle Grove", "W91 P2X8"]),
    P("087 552 1430", "phone"),
    P("Kofi Mensah", "name"),
    P("085 710 2286", "phone"),
    P("kofi.mensah@outlook.ie", "email"),
    P("Bernadette Kavanagh", "name"),
], [
    L("Senior Infants 2024/25", "class"),
    L("September", "event_date"),
    L("Wednesdays", "event_date"),
    L("€45", "price"),
    L("two instalments", "term"),
]),

R("en-email-004", """
From: Harrison Tupou <h.tupou@icloud.com>
To: claims@coastlineinsurance.com.au
Subject: Hail damage claim – policy MV-2281-0047

Hi team,

I'd like to lodge a claim for hail damage to my car during the storm on Saturday 19 October in western Sydney.

Policyholder: Harrison Tupou
Vehicle: 2021 Mazda CX-5, rego CJ 45 NK (NSW)
Driver licence: 14 882 931
Address: 6 Jacaranda Cres, Blacktown NSW 2148
Mobile: 0491 570 158

The car was parked in the driveway. There are around 40 dents on the roof and bonnet and the windscreen is cracked. My neighbour, Vikram Raghunathan, took photos during the storm, which I've attached along with my own.

I've had a quote from Western Suburbs Smash Repairs for $7,850 inc. GST. I understand my excess is $800.

If the car is written off, please pay the settlement into my account: BSB 062-000, account 1048 7735.

My partner Salote is also listed as a driver on the policy, in case you need to speak to her.

Cheers,
Harrison
""", [
    P("Harrison Tupou", "name"),
    P("h.tupou@icloud.com", "email"),
    P("CJ 45 NK", "plate"),
    P("14 882 931", "national_id", check="none"),
    P("6 Jacaranda Cres, Blacktown NSW 2148", "address", ["6 Jacaranda Cres", "2148"]),
    P("0491 570 158", "phone"),
    P("Vikram Raghunathan", "name"),
    P("1048 7735", "iban"),
    P("Salote", "name"),
], [
    L("MV-2281-0047", "policy_number"),
    L("Saturday 19 October", "event_date"),
    L("2021 Mazda CX-5", "product"),
    L("40 dents", "quantity"),
    L("Western Suburbs Smash Repairs", "company"),
    L("$7,850", "amount"),
    L("$800", "amount"),
]),

R("en-email-005", """
Canada Revenue Agency / Agence du revenu du Canada

Notice of Reassessment – Canada Child Benefit
Date: September 16, 2024
Account reference: CCB-2023-7719048

Fatima Rahimi
302-1550 Barton St E
Hamilton ON  L8H 2Y4

Social insurance number: 434 858 130

Dear Fatima Rahimi,

We have reviewed your Canada Child Benefit (CCB) for the July 2023 to June 2024 benefit year. Based on the information you provided, including the change in marital status on March 1, 2023, we have recalculated your benefit.

Children included in this calculation:
- Zahra Rahimi, born May 4, 2015
- Omid Rahimi, born January 21, 2019

Your former spouse, Javad Karimi, is no longer considered part of your family net income as of the date above.

Result: an overpayment of $1,118.40 has been recovered from your payments. Your new monthly amount is $1,037.25.

If you disagree, you can file an objection within 90 days of the date of this notice. For questions, call 1-800-555-0199 or sign in to My Account.

Agent ID: 5582 (for internal use)
""", [
    P("Fatima Rahimi", "name"),
    P("302-1550 Barton St E\nHamilton ON  L8H 2Y4", "address", ["302-1550 Barton St E", "L8H 2Y4"]),
    P("434 858 130", "national_id", check="sin"),
    P("Zahra Rahimi", "name"),
    P("May 4, 2015", "birth_date"),
    P("Omid Rahimi", "name"),
    P("January 21, 2019", "birth_date"),
    P("Javad Karimi", "name"),
], [
    L("CCB-2023-7719048", "reference_number"),
    L("September 16, 2024", "event_date"),
    L("July 2023 to June 2024", "period"),
    L("March 1, 2023", "event_date"),
    L("$1,118.40", "amount"),
    L("$1,037.25", "amount"),
    L("90 days", "duration"),
]),

R("en-email-006", """
From: Reza Abrahams <reza.abrahams@telkomsa.net>
To: accounts.southern@capetown.gov.example
Cc: Cllr Nadia Jacobs
Subject: Dispute of water account 401 228 193 – Erf 88214 Rondebosch East

Good day,

I wish to formally dispute the water charges on my municipal account 401 228 193 for the property at 31 Bokmakierie Avenue, Rondebosch East, 7780 (Erf 88214).

The March statement shows consumption of 96 kl, compared to my normal 14 kl per month. The meter reading on the statement is 04472, but my own photo of the meter taken on 30 March shows 03891. The municipal reading was clearly estimated.

Account holder: Reza Abrahams
ID number: 7103155284081
Cell: 083 555 0170
Postal address: PO Box 1187, Rondebosch, 7701

I request that the account be corrected to an actual reading and that the R4,812.60 in disputed charges be put on hold. I have copied our ward councillor, Ms Nadia Jacobs, who is aware of several similar cases in our street, including my neighbour Mr Achmat Daniels at no. 29.

Regards,
Reza Abrahams
""", [
    P("Reza Abrahams", "name"),
    P("reza.abrahams@telkomsa.net", "email"),
    P("Nadia Jacobs", "name"),
    P("31 Bokmakierie Avenue, Rondebosch East, 7780", "address", ["31 Bokmakierie Avenue", "7780"]),
    P("7103155284081", "national_id", check="said"),
    P("083 555 0170", "phone"),
    P("PO Box 1187, Rondebosch, 7701", "address", ["PO Box 1187", "7701"]),
    P("Achmat Daniels", "name"),
], [
    L("401 228 193", "account_number_supplier"),
    L("Erf 88214", "property_number"),
    L("96 kl", "consumption"),
    L("14 kl", "consumption"),
    L("04472", "meter_reading"),
    L("03891", "meter_reading"),
    L("R4,812.60", "amount"),
]),

R("en-email-007", """
From: Supporter Care – Aotearoa Animal Rescue <supportercare@aar.org.nz>
To: Graham Whitcombe <g.whitcombe@xtra.co.nz>
Subject: Re: Gift in my will & donation receipt

Kia ora Graham,

Thank you so much for letting us know that you've included Aotearoa Animal Rescue in your will – it means a great deal to the team and the animals in our care.

As requested, we've noted the contact details of your solicitor, Ms Priya Ramanathan at Harbourside Law, Napier, in case we ever need to be in touch about your bequest.

Your 2023/24 donation receipt for $1,450.00 (receipt no. AAR-R-0098213) is attached. To claim the 33.33% donation tax credit you'll need to include your IRD number, which we have recorded as 672-850-487 – please check this is correct.

We'll continue to send Paws for Thought to 8 Kōwhai Terrace, Taradale, Napier 4112. If you'd prefer to receive it by email, just reply to this message.

Ngā mihi nui,
Ruby Tane
Supporter Care Coordinator
Aotearoa Animal Rescue | 0800 555 227 | Charity no. CC12345

> On 3 May 2024, Graham Whitcombe <g.whitcombe@xtra.co.nz> wrote:
> Hello, my wife Margaret passed away last year and I've now updated my will to leave a gift to AAR. My lawyer is Priya Ramanathan. Could I please also have a receipt for my donations? My phone is 06 844 1937.
> Regards, Graham Whitcombe
""", [
    P("Graham Whitcombe", "name"),
    P("g.whitcombe@xtra.co.nz", "email"),
    P("Priya Ramanathan", "name"),
    P("672-850-487", "national_id", check="ird"),
    P("8 Kōwhai Terrace, Taradale, Napier 4112", "address", ["8 Kōwhai Terrace", "4112"]),
    P("Ruby Tane", "name"),
    P("Margaret", "name"),
    P("06 844 1937", "phone"),
], [
    L("Aotearoa Animal Rescue", "organisation"),
    L("Harbourside Law", "company"),
    L("2023/24", "period"),
    L("$1,450.00", "amount"),
    L("AAR-R-0098213", "receipt_number"),
    L("33.33%", "percentage"),
    L("Paws for Thought", "product"),
]),

R("en-email-008", """
HOLLINGWORTH & SONS
Independent Funeral Directors since 1921
12 Market Street, Ludlow, Shropshire SY8 1AA · 01632 960 118

Mrs Sandra Jenkins
The Old Forge
Clee Hill Road
Ludlow
SY8 3NQ

Our ref: HS/2024/118

15 July 2024

Dear Mrs Jenkins,

Re: The late Mr Dennis Arthur Jenkins (born 4 January 1939)

Please accept our sincere condolences on the loss of your husband. As discussed with your son, Mr Stephen Jenkins, the funeral service will take place at St Laurence's Church, Ludlow, on Friday 26 July at 11.30 am, followed by committal at Shrewsbury Crematorium.

To complete the Cremation forms we hold the following details for Mr Jenkins:
National Insurance number: JT 48 29 17 B
NHS number: 615 753 1525
Last address: The Old Forge, Clee Hill Road, Ludlow SY8 3NQ
GP: Dr Eleanor Whitlock, Corve Street Surgery

Our estimate for the funeral is £4,985.00, including disbursements. A deposit of £1,000 has been received. The balance may be paid from the estate; we understand that probate is being handled by your daughter, Mrs Helen Marsh, who can reach us on 01632 960 118.

With deepest sympathy,

Christopher Beddoes
Funeral Director

Hollingworth & Sons Ltd. Registered in England & Wales, company no. 01234567. Member of the National Association of Funeral Directors.
""", [
    P("Sandra Jenkins", "name"),
    P("The Old Forge\nClee Hill Road\nLudlow\nSY8 3NQ", "address", ["The Old Forge", "SY8 3NQ"]),
    P("Dennis Arthur Jenkins", "name"),
    P("4 January 1939", "birth_date"),
    P("Stephen Jenkins", "name"),
    P("JT 48 29 17 B", "national_id", check="none"),
    P("615 753 1525", "national_id", check="nhs"),
    P("The Old Forge, Clee Hill Road, Ludlow SY8 3NQ", "address", ["The Old Forge", "SY8 3NQ"]),
    P("Eleanor Whitlock", "name"),
    P("Helen Marsh", "name"),
    P("Christopher Beddoes", "name"),
], [
    L("HS/2024/118", "reference_number"),
    L("15 July 2024", "event_date"),
    L("St Laurence's Church", "place"),
    L("Friday 26 July at 11.30 am", "event_time"),
    L("Shrewsbury Crematorium", "place"),
    L("Corve Street Surgery", "organisation"),
    L("£4,985.00", "amount"),
    L("£1,000", "amount"),
]),
]
