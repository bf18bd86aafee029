# English e-mails (8)
RECORDS = []

RECORDS.append(dict(id="en-email-001", language="en", channel="email", text="""From: Nkechi Adeyemi-Clarke <nkechi.ac@btinternet.com>
To: counciltax@sheffieldcity.example.gov.uk
Subject: RE: Council Tax account CT 4410 2287 – single person discount

Dear Mr Halloran,

Thank you for your reply. As requested, my National Insurance number is JT 48 27 19 B. My former partner, Jordan Clarke, moved out on 31 January and now lives at 9 Crookesmoor Road, Sheffield S6 3FR, so I am the only adult at Flat 14, Cavendish Court, 2 Mill Lane, Sheffield S3 8GH.

I would be grateful if the 25% discount could be backdated, as the bill of £1,874.22 for Band C is difficult for me to pay on my own.

You can reach me on 0114 496 0571 during the day.

Kind regards,
Nkechi Adeyemi-Clarke

-----Original Message-----
From: Liam Halloran <revenues@sheffieldcity.example.gov.uk>
Sent: 12 February 2025 14:03
Subject: Council Tax account CT 4410 2287

Dear Ms Adeyemi-Clarke, to apply the single person discount we need the National Insurance number of the person living at the property. Revenues & Benefits, Town Hall, Pinstone Street, Sheffield S1 2HH.""",
planted=[
    P("Nkechi Adeyemi-Clarke", "name", ["Nkechi", "Adeyemi", "Clarke"]),
    P("nkechi.ac@btinternet.com", "email", ["nkechi.ac@btinternet.com", "nkechi.ac"]),
    P("Mr Halloran", "name", ["Halloran"]),
    P("JT 48 27 19 B", "national_id"),
    P("Jordan Clarke", "name", ["Jordan", "Clarke"]),
    P("9 Crookesmoor Road, Sheffield S6 3FR", "address", ["9 Crookesmoor Road", "S6 3FR"]),
    P("Flat 14, Cavendish Court, 2 Mill Lane, Sheffield S3 8GH", "address", ["Flat 14, Cavendish Court, 2 Mill Lane", "S3 8GH"]),
    P("0114 496 0571", "phone"),
    P("Liam Halloran", "name", ["Liam", "Halloran"]),
],
lookalikes=[
    L("CT 4410 2287", "account_number"),
    L("31 January", "date"),
    L("25%", "percentage"),
    L("£1,874.22", "amount"),
    L("Band C", "tax_band"),
    L("12 February 2025 14:03", "timestamp"),
]))

RECORDS.append(dict(id="en-email-002", language="en", channel="email", text="""Begin forwarded message:

From: Karen Whitlock <kwhitlock@buckeyemutual.example.com>
Subject: Fwd: Water damage claim HO-2025-004417
Date: March 6, 2025 at 9:41:12 AM EST
To: SIU Review <siu@buckeyemutual.example.com>

Please review before we release payment. Claimant's SSN didn't match on the first pass. – Karen

> From: Terrence Boateng <t.boateng614@gmail.com>
> Date: March 5, 2025
> Subject: Water damage claim HO-2025-004417
>
> Hi Karen,
> As discussed, here is the information you asked for:
> Name: Terrence K. Boateng
> SSN: 298-44-1170
> Date of birth: 01/27/1981
> Property: 117 Maple Ridge Dr, Columbus, OH 43215
> Co-insured: Abena Boateng (spouse)
> Phone: (614) 555-0136
>
> Buckeye Restoration estimated $18,640 for drywall and flooring. The burst pipe was in the upstairs bathroom; the plumber's invoice #7781 is attached.
>
> Thanks,
> Terrence""",
planted=[
    P("Karen Whitlock", "name", ["Karen", "Whitlock"]),
    P("kwhitlock@buckeyemutual.example.com", "email", ["kwhitlock@buckeyemutual.example.com", "kwhitlock"]),
    P("Terrence Boateng", "name", ["Terrence", "Boateng"]),
    P("t.boateng614@gmail.com", "email", ["t.boateng614@gmail.com", "t.boateng614"]),
    P("Terrence K. Boateng", "name", ["Terrence", "Boateng"]),
    P("298-44-1170", "national_id"),
    P("01/27/1981", "birth_date"),
    P("117 Maple Ridge Dr, Columbus, OH 43215", "address", ["117 Maple Ridge Dr", "43215"]),
    P("Abena Boateng", "name", ["Abena", "Boateng"]),
    P("(614) 555-0136", "phone"),
],
lookalikes=[
    L("HO-2025-004417", "claim_number"),
    L("March 6, 2025 at 9:41:12 AM EST", "timestamp"),
    L("siu@buckeyemutual.example.com", "organisation_email"),
    L("Buckeye Restoration", "company_name"),
    L("$18,640", "amount"),
    L("#7781", "invoice_number"),
]))

RECORDS.append(dict(id="en-email-003", language="en", channel="email", text="""To: outpatients@mercyuniversityhospital.example.ie
Subject: Appointment 17 April – referral ORT/25/1183

Dear Sir or Madam,

I received a letter for an appointment in the Orthopaedic OPD on 17 April at 10.15, but I will be abroad for work that week. Could it be rescheduled to any date after 28 April?

My details:
Declan Fitzgerald
Date of birth: 2 November 1965
PPSN: 4660529P
Address: Rathcoole House, Ballincollig, Co. Cork, P31 X7W4
Mobile: 087 902 5513

My GP, Dr Fionnuala Byrne, made the referral in January. I understand there is a €80 fee for the consultation as I do not have a medical card.

If it is easier, my wife Gráinne can take the call on 021 487 3360.

Many thanks,
Declan Fitzgerald
declan.fitz65@eircom.net""",
planted=[
    P("Declan Fitzgerald", "name", ["Declan", "Fitzgerald"]),
    P("2 November 1965", "birth_date"),
    P("4660529P", "national_id", check="ppsn"),
    P("Rathcoole House, Ballincollig, Co. Cork, P31 X7W4", "address", ["Rathcoole House", "P31 X7W4"]),
    P("087 902 5513", "phone"),
    P("Dr Fionnuala Byrne", "name", ["Fionnuala", "Byrne"]),
    P("Gráinne", "name", ["Gráinne"]),
    P("021 487 3360", "phone"),
    P("declan.fitz65@eircom.net", "email", ["declan.fitz65@eircom.net", "declan.fitz65"]),
],
lookalikes=[
    L("17 April", "appointment_date"),
    L("ORT/25/1183", "referral_reference"),
    L("Orthopaedic OPD", "department"),
    L("10.15", "time"),
    L("28 April", "date"),
    L("€80", "amount"),
]))

RECORDS.append(dict(id="en-email-004", language="en", channel="email", text="""From: Marie-Ève Gagnon <me.gagnon@videotron.example.ca>
To: Payroll – Laurentide Logistics <payroll@laurentide.example.ca>
Subject: Direct deposit change / changement de dépôt direct

Bonjour Stéphane,

Please update my direct deposit for the pay period starting March 16. New banking info:
Institution 003, transit 04512, account 5081234.
A void cheque is attached.

For my T4, my SIN is 254 585 524 and my new address is 4521 rue Saint-Denis, app. 3, Montréal QC H2J 2L4.

Also, please increase my RRSP contribution to $250 per pay. My employee number is LL-20871 if you need it.

Merci!
Marie-Ève Gagnon
Dispatch Coordinator
Cell: 514-555-0112

> On Mar 3, 2025, Stéphane Lévesque <s.levesque@laurentide.example.ca> wrote:
> Hi Marie-Ève, the deadline for banking changes for the March 16-29 period is March 12.""",
planted=[
    P("Marie-Ève Gagnon", "name", ["Marie-Ève", "Marie", "Ève", "Gagnon"]),
    P("me.gagnon@videotron.example.ca", "email", ["me.gagnon@videotron.example.ca", "me.gagnon"]),
    P("5081234", "iban"),
    P("254 585 524", "national_id", check="sin"),
    P("4521 rue Saint-Denis, app. 3, Montréal QC H2J 2L4", "address", ["4521 rue Saint-Denis, app. 3", "H2J 2L4"]),
    P("514-555-0112", "phone"),
    P("Stéphane Lévesque", "name", ["Stéphane", "Lévesque"]),
    P("s.levesque@laurentide.example.ca", "email", ["s.levesque@laurentide.example.ca", "s.levesque"]),
],
lookalikes=[
    L("March 16", "date"),
    L("Institution 003", "bank_institution"),
    L("T4", "form"),
    L("$250 per pay", "amount"),
    L("LL-20871", "employee_number"),
    L("March 16-29", "date_range"),
    L("March 12", "date"),
]))

RECORDS.append(dict(id="en-email-005", language="en", channel="email", text="""From: Rebecca Thompson <bec.thompson@iinet.example.net.au>
To: Year 4 – Room 12 <room12@mtlawleyps.example.wa.edu.au>
Subject: Rottnest Island excursion – Matilda Thompson

Hi Mrs Yates,

Please find Matilda's signed permission slip (form version 3.1) for the Rottnest Island excursion on Friday 21 March. I've paid the $45 via the QKR app.

On the medical form I couldn't fit everything, so:
Medicare number: 4580 73029 1 (Matilda is number 3 on the card)
Allergies: bee stings – she carries an EpiPen Jr in her bag.

Her dad, Connor Thompson, will pick her up at the ferry terminal at 4:30pm. If there's any problem you can call me on 0491 570 006 or home on (08) 5550 1234.

Our new address is 12 Banksia Crescent, Mount Lawley WA 6050, in case the school records still have the old one.

Thanks so much,
Bec""",
planted=[
    P("Rebecca Thompson", "name", ["Rebecca", "Thompson", "Bec"]),
    P("bec.thompson@iinet.example.net.au", "email", ["bec.thompson@iinet.example.net.au", "bec.thompson"]),
    P("Matilda Thompson", "name", ["Matilda", "Thompson"]),
    P("Mrs Yates", "name", ["Yates"]),
    P("4580 73029 1", "national_id", check="au_medicare"),
    P("Connor Thompson", "name", ["Connor", "Thompson"]),
    P("0491 570 006", "phone"),
    P("(08) 5550 1234", "phone"),
    P("12 Banksia Crescent, Mount Lawley WA 6050", "address", ["12 Banksia Crescent", "6050"]),
],
lookalikes=[
    L("Room 12", "class"),
    L("version 3.1", "version"),
    L("Friday 21 March", "date"),
    L("$45", "price"),
    L("EpiPen Jr", "product"),
    L("4:30pm", "time"),
    L("Rottnest Island", "place"),
]))

RECORDS.append(dict(id="en-email-006", language="en", channel="email", text="""---------- Forwarded message ---------
From: Rahul Deshpande <rahul.deshpande88@gmail.com>
Date: Mon, 10 Mar 2025 at 19:22
Subject: Wrong item delivered – Order OD4318876521
To: <support@bazaarkart.example.in>

Hello team,

I ordered a Samsung Galaxy M35 (₹24,999) but received an empty box with only the charger. The delivery boy, Santosh, left before I could open it.

Delivery address: B-704, Kumar Paradise, Kalyani Nagar, Pune 411006
Mobile: +91 98220 47361
PAN for the GST invoice: BQRPD5821K

I want a full refund or replacement within the 7-day replacement window. My wife Ananya Deshpande has the unboxing video.

Regards,
Rahul

---
Forwarded by Sneha Kulkarni (Escalations) – ticket #1-88213, priority P2""",
planted=[
    P("Rahul Deshpande", "name", ["Rahul", "Deshpande"]),
    P("rahul.deshpande88@gmail.com", "email", ["rahul.deshpande88@gmail.com", "rahul.deshpande88"]),
    P("Santosh", "name", ["Santosh"]),
    P("B-704, Kumar Paradise, Kalyani Nagar, Pune 411006", "address", ["B-704, Kumar Paradise", "411006"]),
    P("+91 98220 47361", "phone"),
    P("BQRPD5821K", "national_id"),
    P("Ananya Deshpande", "name", ["Ananya", "Deshpande"]),
    P("Sneha Kulkarni", "name", ["Sneha", "Kulkarni"]),
],
lookalikes=[
    L("Mon, 10 Mar 2025 at 19:22", "timestamp"),
    L("OD4318876521", "order_number"),
    L("Samsung Galaxy M35", "product"),
    L("₹24,999", "price"),
    L("7-day", "duration"),
    L("#1-88213", "ticket_number"),
    L("P2", "priority"),
]))

RECORDS.append(dict(id="en-email-007", language="en", channel="email", text="""To: accounts@cityofcapetown.example.za
Subject: Query – municipal account 2204418871, Erf 4471 Durbanville

Good day Mr Mthembu,

Further to our telephone conversation on 3 March, I attach my ID and the water meter photo. The account shows R 7 412,60 for water in January, while our normal usage is around 14 kilolitres a month (meter no. 09-228741).

Account holder: Charmaine Jacobs
ID number: 8112280886081
Address: 27 Protea Street, Durbanville, 7550
Cell: 082 417 6620

My son Ethan Jacobs is staying with me and may call on my behalf.

Kind regards,
Charmaine Jacobs
charmainej@telkomsa.example.net

> From: Bongani Mthembu
> Sent: 03 March 2025
> Dear Ms Jacobs, please provide a copy of your identity document and a photo of the meter reading so that we can log a billing dispute.""",
planted=[
    P("Mr Mthembu", "name", ["Mthembu"]),
    P("Charmaine Jacobs", "name", ["Charmaine", "Jacobs"]),
    P("8112280886081", "national_id", check="za_id"),
    P("27 Protea Street, Durbanville, 7550", "address", ["27 Protea Street", "7550"]),
    P("082 417 6620", "phone"),
    P("Ethan Jacobs", "name", ["Ethan", "Jacobs"]),
    P("charmainej@telkomsa.example.net", "email", ["charmainej@telkomsa.example.net", "charmainej"]),
    P("Bongani Mthembu", "name", ["Bongani", "Mthembu"]),
],
lookalikes=[
    L("2204418871", "account_number"),
    L("Erf 4471", "erf_number"),
    L("3 March", "date"),
    L("R 7 412,60", "amount"),
    L("14 kilolitres", "quantity"),
    L("09-228741", "meter_number"),
    L("03 March 2025", "date"),
]))

RECORDS.append(dict(id="en-email-008", language="en", channel="email", text="""Subject: Refund for order WS-2291-884 (Henry HVR160 vacuum)

Hello Hoovers Direct,

I returned the Henry HVR160 (£349.00) on 2 April via the Collect+ point on Leith Walk, tracking C+ 4471 8820 13. It's now been three weeks and no refund has appeared on my Amex card ending in the number below.

Card: 3701 099888 27052 (Amex, in the name of my partner, Alasdair Munro)

If a refund to the card isn't possible, please send it by bank transfer to GB50 NWBK 1407 2486 5849 78 (Morag Sinclair).

My details:
Morag Sinclair
Flat 7, 112 Leith Walk, Edinburgh EH6 5DT
0131 496 0744
morag.sinclair@protonmail.example

Thanks,
Morag

--
Hoovers Direct Customer Care · Unit 4, Enterprise Park, Swindon SN2 2PQ · 0800 000 0000""",
planted=[
    P("3701 099888 27052", "card", check="luhn"),
    P("Alasdair Munro", "name", ["Alasdair", "Munro"]),
    P("GB50 NWBK 1407 2486 5849 78", "iban", check="iban"),
    P("Morag Sinclair", "name", ["Morag", "Sinclair"]),
    P("Flat 7, 112 Leith Walk, Edinburgh EH6 5DT", "address", ["Flat 7, 112 Leith Walk", "112 Leith Walk", "EH6 5DT"]),
    P("0131 496 0744", "phone"),
    P("morag.sinclair@protonmail.example", "email", ["morag.sinclair@protonmail.example", "morag.sinclair"]),
],
lookalikes=[
    L("WS-2291-884", "order_number"),
    L("Henry HVR160", "product"),
    L("£349.00", "price"),
    L("2 April", "date"),
    L("C+ 4471 8820 13", "tracking_number"),
    L("three weeks", "duration"),
    L("Hoovers Direct", "company_name"),
]))
