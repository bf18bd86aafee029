# English e-mails (8): UK, US, Australia, NZ, India, South Africa, Ireland, Canada.
# Headers, quoted replies, forwards, signatures, footers.  Hand-written; persons made up.

RECORDS = [
{
"id": "en-email-001",
"note": "UK home insurance complaint with quoted reply; hyphenated surname; Ofcom Bristol drama number",
"text": """From: Helen Carter-Price <helen.carterprice@example.co.uk>
To: Claims Team <claims@harbourhome.example>
Subject: RE: Claim HH-2291-0473 – escape of water

Dear Mr Lyle,

Thank you for your email, but I'm afraid I don't accept that the damage is "gradual". The leak came from the pipe under the bath at my neighbour's house (Mr Adeyemi at number 19), and it appeared within a single weekend. He has confirmed this in writing.

I have now had a quote of £2,340 from Avon Damp Services to strip and re-plaster the kitchen ceiling. If I don't have a decision within 8 weeks of my original complaint, I will refer this to the Financial Ombudsman Service.

For your records:
Policy: HOM-884120-UK
Date of birth: 28/09/1973
Address: 17 Ashgrove Road, Bristol, BS7 9LU
Phone: 0117 496 0455

Kind regards,
Helen Carter-Price

On 3 Mar 2025, at 11:02, Claims Team <claims@harbourhome.example> wrote:
> Dear Mrs Carter-Price,
>
> We have reviewed your claim HH-2291-0473. Our surveyor's view is that the damage occurred gradually and is therefore excluded under section 4.2 of your policy wording.
>
> Yours sincerely,
> Stuart Lyle
> Claims Handler, Harbour Home Insurance""",
"planted": [
    ("Helen Carter-Price", "name", ["Helen", "Carter-Price", "Carter", "Price"]),
    ("helen.carterprice@example.co.uk", "email", ["helen.carterprice@example.co.uk", "helen.carterprice"]),
    ("Adeyemi", "name", ["Adeyemi"]),
    ("28/09/1973", "birth_date", ["28/09/1973"]),
    ("17 Ashgrove Road", "address", ["17 Ashgrove Road"]),
    ("BS7 9LU", "postcode", ["BS7 9LU"]),
    ("0117 496 0455", "phone", ["0117 496 0455"]),
    ("Stuart Lyle", "name", ["Stuart", "Lyle"]),
],
"lookalikes": [
    ("HH-2291-0473", "claim_number"),
    ("£2,340", "amount"),
    ("Avon Damp Services", "company_name"),
    ("8 weeks", "duration"),
    ("HOM-884120-UK", "policy_number"),
    ("3 Mar 2025, at 11:02", "datetime"),
    ("section 4.2", "reference"),
],
},
{
"id": "en-email-002",
"note": "US HR forwards an employee's direct-deposit and address change to payroll; SSN",
"text": """Hi Kevin,

Can you process this before Friday's run? He's already sent the new W-4 through the portal.

Thx,
Melissa Grant
HR Generalist | Sunbelt Logistics

---------- Forwarded message ---------
From: Tyrell Washington <tyrell.w@example.com>
Date: Mon, Mar 10, 2025 at 8:47 AM
Subject: Direct deposit + address change
To: HR <hr@sunbeltlogistics.example>

Hi Melissa,

I moved last month and switched banks, so please update my info before the March 14 pay date.

New address: 5120 Magnolia Ave, Apt 12, Riverside, CA 92506
New checking account: 004417829913 at Golden Valley Credit Union

In case you need it to match me up: SSN 533-04-9760, DOB 06/12/1990.

My manager Carlos Mendoza already approved my move to the night shift at $24.50/hour starting next week.

Best number for me is (951) 555-0126.

Thanks!
Tyrell""",
"planted": [
    ("Kevin", "name", ["Kevin"]),
    ("Melissa Grant", "name", ["Melissa", "Grant"]),
    ("Tyrell Washington", "name", ["Tyrell", "Washington"]),
    ("tyrell.w@example.com", "email", ["tyrell.w@example.com", "tyrell.w"]),
    ("5120 Magnolia Ave, Apt 12", "address", ["5120 Magnolia Ave"]),
    ("92506", "postcode", ["92506"]),
    ("004417829913", "iban", ["004417829913"], "none"),
    ("533-04-9760", "national_id", ["533-04-9760"], "ssn"),
    ("06/12/1990", "birth_date", ["06/12/1990"]),
    ("Carlos Mendoza", "name", ["Carlos", "Mendoza"]),
    ("(951) 555-0126", "phone", ["(951) 555-0126"]),
],
"lookalikes": [
    ("Friday's run", "date"),
    ("W-4", "reference"),
    ("Sunbelt Logistics", "company_name"),
    ("Mon, Mar 10, 2025 at 8:47 AM", "datetime"),
    ("March 14", "date"),
    ("Golden Valley Credit Union", "company_name"),
    ("$24.50/hour", "price"),
],
},
{
"id": "en-email-003",
"note": "Australian GP clinic: patient updates details and asks for a referral; Medicare number",
"text": """From: Hannah Nguyen <hannah.nguyen@example.com.au>
To: reception@fitzroyfamilyclinic.example
Subject: Update details + referral request

Hi there,

Could you please update my details before my appointment with Dr Alistair Boyd on Thursday 20 March at 10:15am?

Name: Hannah Nguyen
DOB: 04/07/1994
Medicare: 6286 58348 1 (IRN 2)
New address: 33 Wattle Street, Fitzroy VIC 3065
Mobile: 0491 572 665

I'd also like a referral to the dermatologist Dr Mei Lin Tan for the mole check we discussed. I understand the referral is valid for 12 months and her consult isn't bulk billed (there's a $95 gap).

Thanks so much,
Hannah

--
Fitzroy Family Clinic | Ph (03) 7010 4455 | This mailbox is monitored Mon–Fri 8am–6pm""",
"planted": [
    ("Hannah Nguyen", "name", ["Hannah", "Nguyen"]),
    ("hannah.nguyen@example.com.au", "email", ["hannah.nguyen@example.com.au", "hannah.nguyen"]),
    ("Alistair Boyd", "name", ["Alistair", "Boyd"]),
    ("04/07/1994", "birth_date", ["04/07/1994"]),
    ("6286 58348 1", "national_id", ["6286 58348 1"], "medicare"),
    ("33 Wattle Street", "address", ["33 Wattle Street"]),
    ("3065", "postcode", ["3065"]),
    ("0491 572 665", "phone", ["0491 572 665"]),
    ("Mei Lin Tan", "name", ["Mei", "Lin", "Tan"]),
],
"lookalikes": [
    ("Thursday 20 March at 10:15am", "datetime"),
    ("IRN 2", "reference"),
    ("12 months", "duration"),
    ("$95 gap", "price"),
    ("Fitzroy Family Clinic", "company_name"),
],
},
{
"id": "en-email-004",
"note": "NZ property manager and tenants: bond refund split between flatmates",
"text": """From: Kirsten Walsh <kirsten@harbourcitypm.example>
To: Sione Taufa <sione.taufa@example.co.nz>
Subject: RE: Bond refund – Flat 3, 88 Cuba Street

Kia ora Sione,

Thanks for sending those through. Final inspection on 28 February at 4pm went well apart from the carpet, so we'll deduct $180 for the carpet clean from the $2,400 bond (bond ref 1188234-001). The rest will be split three ways as requested.

Kind regards,
Kirsten Walsh
Property Manager | Harbour City Property Management

> From: Sione Taufa
> Sent: Sunday, 2 March 2025 7:41 PM
>
> Hi Kirsten,
> Here are the details for the bond refund for Flat 3, 88 Cuba Street, Te Aro, Wellington 6011:
> – Sione Taufa: 02-0500-0733216-00
> – Maddie Clarke: 38-9012-0548873-01
> – Ravi Singh: same as me, he'll sort it with me directly
> My number is 022 318 7740 if you need anything.
> Cheers, Sione""",
"planted": [
    ("Kirsten Walsh", "name", ["Kirsten", "Walsh"]),
    ("kirsten@harbourcitypm.example", "email", ["kirsten@harbourcitypm.example", "kirsten"]),
    ("Sione Taufa", "name", ["Sione", "Taufa"]),
    ("sione.taufa@example.co.nz", "email", ["sione.taufa@example.co.nz", "sione.taufa"]),
    ("Flat 3, 88 Cuba Street", "address", ["Flat 3, 88 Cuba Street"]),
    ("6011", "postcode", ["6011"]),
    ("02-0500-0733216-00", "iban", ["02-0500-0733216-00"], "none"),
    ("Maddie Clarke", "name", ["Maddie", "Clarke"]),
    ("38-9012-0548873-01", "iban", ["38-9012-0548873-01"], "none"),
    ("Ravi Singh", "name", ["Ravi", "Singh"]),
    ("022 318 7740", "phone", ["022 318 7740"]),
],
"lookalikes": [
    ("28 February at 4pm", "datetime"),
    ("$180", "price"),
    ("$2,400", "amount"),
    ("1188234-001", "reference"),
    ("Harbour City Property Management", "company_name"),
    ("Sunday, 2 March 2025 7:41 PM", "datetime"),
],
},
{
"id": "en-email-005",
"note": "India: customer replies to a bank's re-KYC request with PAN, Aadhaar and father's name",
"text": """From: Joanna Fernandes <joanna.fernandes@example.in>
To: kyc.panaji@coastalcoopbank.example
Subject: Re: Re-KYC pending – Ref KYC/2025/88123

Dear Sir,

As requested please find my details for Re-KYC below. Self-attested copies of PAN and Aadhaar are attached.

Name: Joanna Fernandes
Father's name: Anthony Fernandes
Date of birth: 22-01-1987
PAN: QTJPF4545C
Aadhaar: 4252 2041 2151
Address: House No. 14, Rua de Ourem, Fontainhas, Panaji, Goa - 403001
Mobile: +91 98220 41763

Kindly confirm once updated, as I need to withdraw ₹10,000 next week.

Regards,
Joanna

On Mon, 17 Mar 2025 at 11:20, Coastal Co-operative Bank wrote:
> Dear Customer,
> Your Re-KYC is pending. Please submit the documents before 31 March 2025 to avoid restrictions on your account.
> Regards,
> Suresh Nair
> Branch Manager, Panaji""",
"planted": [
    ("Joanna Fernandes", "name", ["Joanna", "Fernandes"]),
    ("joanna.fernandes@example.in", "email", ["joanna.fernandes@example.in", "joanna.fernandes"]),
    ("Anthony Fernandes", "name", ["Anthony", "Fernandes"]),
    ("22-01-1987", "birth_date", ["22-01-1987"]),
    ("QTJPF4545C", "national_id", ["QTJPF4545C"], "pan"),
    ("4252 2041 2151", "national_id", ["4252 2041 2151"], "aadhaar"),
    ("House No. 14, Rua de Ourem, Fontainhas", "address", ["House No. 14, Rua de Ourem"]),
    ("403001", "postcode", ["403001"]),
    ("+91 98220 41763", "phone", ["+91 98220 41763"]),
    ("Suresh Nair", "name", ["Suresh", "Nair"]),
],
"lookalikes": [
    ("KYC/2025/88123", "reference"),
    ("₹10,000", "amount"),
    ("Mon, 17 Mar 2025 at 11:20", "datetime"),
    ("Coastal Co-operative Bank", "company_name"),
    ("31 March 2025", "date"),
],
},
{
"id": "en-email-006",
"note": "South Africa medical scheme: chronic medication application; surname with 'du'",
"text": """From: Anneke du Plessis <anneke.dp@example.co.za>
To: chronic@karoohealth.example
Subject: Chronic medication application – Eltroxin

Good day,

Please find attached the chronic medication application for my daughter Liezl, signed by Dr Venter. She has been prescribed Eltroxin 100mcg, one tablet daily.

Main member: Anneke du Plessis, ID 791121 4825 086
Spouse: Riaan du Plessis
Option: Classic Saver

We have already paid R4 870 out of pocket since January. Can this be refunded once the authorisation is approved?

Our address is 12 Protea Close, Durbanville, 7550, and I can be reached on 082 447 1935.

Kind regards
Anneke

---
Karoo Health Medical Scheme – automatic acknowledgement: your reference is KH-2025-33190. Applications are processed within 10 working days.""",
"planted": [
    ("Anneke du Plessis", "name", ["Anneke", "Plessis"]),
    ("anneke.dp@example.co.za", "email", ["anneke.dp@example.co.za", "anneke.dp"]),
    ("Liezl", "name", ["Liezl"]),
    ("Venter", "name", ["Venter"]),
    ("791121 4825 086", "national_id", ["791121 4825 086"], "said"),
    ("Riaan du Plessis", "name", ["Riaan", "Plessis"]),
    ("12 Protea Close, Durbanville", "address", ["12 Protea Close"]),
    ("7550", "postcode", ["7550"]),
    ("082 447 1935", "phone", ["082 447 1935"]),
],
"lookalikes": [
    ("Eltroxin 100mcg", "medication"),
    ("Classic Saver", "plan_name"),
    ("R4 870", "amount"),
    ("Karoo Health Medical Scheme", "company_name"),
    ("KH-2025-33190", "reference"),
    ("10 working days", "duration"),
],
},
{
"id": "en-email-007",
"note": "Ireland gas supplier: meter read, IBAN for direct debit, Eircode; quoted reply",
"text": """From: Deirdre Fitzpatrick <deirdre.fitz@example.ie>
To: Liffey Gas Customer Care <care@liffeygas.example>
Subject: Re: Estimated bill – GPRN 3419877

Hi Aoibhinn,

Thanks for getting back to me. The actual reading this morning was 04512, photo attached, so the estimated bill of €312.45 is far too high.

While you're at it, could you switch the direct debit to my new account please? IBAN IE36 AIBK 5746 0042 0352 44, account holder Deirdre Fitzpatrick. My husband Ronan is no longer on the account.

Address is still 14 Clontarf Park, Dublin 3, D03 W5T8. You can ring me on 087 552 0931 if you need anything.

Thanks,
Deirdre

> On 11/02/2025 09:32, Liffey Gas Customer Care wrote:
> Hi Deirdre,
> Your last bill was estimated because we couldn't access the meter. If you send us an actual reading within 14 days we will reissue the bill.
> Kind regards,
> Aoibhinn
> Liffey Gas Customer Care""",
"planted": [
    ("Deirdre Fitzpatrick", "name", ["Deirdre", "Fitzpatrick"]),
    ("deirdre.fitz@example.ie", "email", ["deirdre.fitz@example.ie", "deirdre.fitz"]),
    ("Aoibhinn", "name", ["Aoibhinn"]),
    ("IE36 AIBK 5746 0042 0352 44", "iban", ["IE36 AIBK 5746 0042 0352 44"]),
    ("Ronan", "name", ["Ronan"]),
    ("14 Clontarf Park", "address", ["14 Clontarf Park"]),
    ("D03 W5T8", "postcode", ["D03 W5T8"]),
    ("087 552 0931", "phone", ["087 552 0931"]),
],
"lookalikes": [
    ("GPRN 3419877", "meter_number"),
    ("04512", "quantity"),
    ("€312.45", "amount"),
    ("Liffey Gas", "company_name"),
    ("11/02/2025 09:32", "datetime"),
    ("14 days", "duration"),
],
},
{
"id": "en-email-008",
"note": "Canada outdoor-gear web shop: return of a jacket; Mac- surname, PayPal address",
"text": """From: Ethan MacLeod <ethan.macleod@example.ca>
To: returns@northtrailoutfitters.example
Subject: Return for order #CA-100482

Hi Jordan,

Following up on our chat: I've sent the Trail Runner 2 jacket back with Canada Post, tracking 7739 2210 4485 6612. It's the wrong size for my partner Chloe, who it was a gift for.

Please refund the $179.99 CAD to my PayPal (ethan.m.ns@example.com) rather than the card, as that card has been cancelled.

If the parcel comes back for any reason, my address is 77 Spring Garden Road, Unit 402, Halifax NS B3J 3R4, and my phone is 902-555-0145.

Thanks,
Ethan

> On Mar 4, 2025, North Trail Outfitters <returns@northtrailoutfitters.example> wrote:
> Hi Ethan, no problem at all – returns are free within 30 days. Your return authorization is RMA-55417.
> Cheers, Jordan""",
"planted": [
    ("Ethan MacLeod", "name", ["Ethan", "MacLeod"]),
    ("ethan.macleod@example.ca", "email", ["ethan.macleod@example.ca", "ethan.macleod"]),
    ("Jordan", "name", ["Jordan"]),
    ("Chloe", "name", ["Chloe"]),
    ("ethan.m.ns@example.com", "email", ["ethan.m.ns@example.com", "ethan.m.ns"]),
    ("77 Spring Garden Road, Unit 402", "address", ["77 Spring Garden Road"]),
    ("B3J 3R4", "postcode", ["B3J 3R4"]),
    ("902-555-0145", "phone", ["902-555-0145"]),
],
"lookalikes": [
    ("#CA-100482", "order_number"),
    ("Trail Runner 2", "product_name"),
    ("7739 2210 4485 6612", "tracking_number"),
    ("$179.99 CAD", "price"),
    ("Mar 4, 2025", "date"),
    ("30 days", "duration"),
    ("RMA-55417", "reference"),
],
},
]
