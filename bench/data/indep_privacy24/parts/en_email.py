from schema import P, L, R

RECORDS = [
R("en-email-001", """
    From: Owen Brackley <owen.brackley@example.com>
    To: Claims Team <claims@shieldline.example.com>
    Subject: Re: Claim SL-MTR-2024-07731 - third party details
    Date: Wed, 17 Apr 2024 19:22:05 +0100

    Hi Natalie,

    As requested, the third party's details:
    Driver: Mr Graham Pollock
    Reg: YF19 KRW (silver Vauxhall Astra)
    Insurer: he said Admiral but wasn't sure
    Phone: 07700 900 388
    Address on his licence: 5 Bramble Way, Harrogate HG2 7LS

    My passenger was my colleague, Shona Ferguson, she's fine. My own car is BD21 OXE, photos attached (6 files).

    Best,
    Owen

    On Tue, 16 Apr 2024 at 11:04, Natalie Greaves <claims@shieldline.example.com> wrote:
    > Dear Mr Brackley,
    >
    > Thank you for reporting the incident on 15/04/2024. To progress your claim, please send us:
    > - the third party's name, registration and contact details
    > - photographs of the damage
    >
    > Your policy excess is £350.
    >
    > Kind regards,
    > Natalie Greaves
    > Motor Claims Handler | Shieldline Insurance | PO Box 7210, Leeds LS1 4AP | 0330 555 0192
    """,
    [P("Owen Brackley", "name"),
     P("owen.brackley@example.com", "email"),
     P("Natalie Greaves", "name"),
     P("Graham Pollock", "name"),
     P("YF19 KRW", "plate"),
     P("07700 900 388", "phone"),
     P("5 Bramble Way, Harrogate HG2 7LS", "address", mns=["5 Bramble Way", "HG2 7LS"]),
     P("Shona Ferguson", "name"),
     P("BD21 OXE", "plate")],
    [L("SL-MTR-2024-07731", "claim_number"), L("Vauxhall Astra", "product_first_name"),
     L("Admiral", "company"), L("15/04/2024", "date"), L("£350", "price"), L("6 files", "quantity")]),

R("en-email-002", """
    From: Rachel Kim <rachel.kim@example.com>
    Date: Mon, Jun 3, 2024 at 8:14 AM
    Subject: Fwd: Onboarding – your start date and paperwork
    To: HR Onboarding <onboarding@brightpath.example.com>

    Hi again, forwarding the email from Josh below since he said to send my details to you directly.

    SSN: 896-96-6097
    DOB: 02/14/1991
    Direct deposit: routing 047102385, checking account 44712290883
    Emergency contact: David Kim (husband), (206) 555-0171
    Address: 3340 NE 55th St, Seattle, WA 98105

    Thanks!
    Rachel

    ---------- Forwarded message ---------
    From: Josh Whitaker <josh.whitaker@example.com>
    Date: Fri, May 31, 2024 at 4:52 PM
    Subject: Onboarding – your start date and paperwork
    To: Rachel Kim <rachel.kim@example.com>

    Hi Rachel,

    Welcome aboard! Your start date is Monday, June 17, and your employee ID will be BP-10442. Please send your I-9 documents and direct deposit info to HR Onboarding before then. Your manager will be Priya Venkataraman.

    Best,
    Josh Whitaker | Talent Acquisition | BrightPath Logistics | 1100 2nd Ave, Seattle WA 98101
    """,
    [P("Rachel Kim", "name"),
     P("rachel.kim@example.com", "email"),
     P("Josh Whitaker", "name"),
     P("896-96-6097", "national_id", scheme="ssn"),
     P("02/14/1991", "birth_date", scheme="birth", norm="1991-02-14"),
     P("44712290883", "iban", scheme="us_account"),
     P("David Kim", "name"),
     P("(206) 555-0171", "phone"),
     P("3340 NE 55th St, Seattle, WA 98105", "address", mns=["3340 NE 55th St", "98105"]),
     P("josh.whitaker@example.com", "email"),
     P("Priya Venkataraman", "name")],
    [L("Mon, Jun 3, 2024 at 8:14 AM", "date"), L("Monday, June 17", "date"), L("BP-10442", "employee_id"),
     L("047102385", "routing_number"), L("I-9", "form")]),

R("en-email-003", """
    From: Aoibheann Daly <aoibheann.daly@example.com>
    Sent: Thursday, January 11, 2024 10:37 PM
    To: lettings@corribproperties.example.com
    Subject: HAP application - 14 Seapoint Avenue Apt 3

    Hi Fergal,

    Thanks for agreeing to accept HAP for the apartment. The council needs the landlord part of the form filled in, and my details for it are below.

    Name: Aoibheann Daly
    PPSN: 9671783L
    Current address: 22 Bóthar na Mara, Salthill, Galway H91 X3K8
    New tenancy: Apt 3, 14 Seapoint Avenue, Galway H91 R2C6, from 1 February
    Rent: €1,450 per month, deposit €1,450
    Household: me and my daughter Caoimhe (age 6)
    Phone: 086 412 7730

    My previous landlord, Seamus Moran, is happy to give a reference, his number is 091 524 880.

    The tenancy will need to be registered with the RTB as well, the old one was RTB reg. 0012-8841.

    Thanks,
    Aoibheann
    """,
    [P("Aoibheann Daly", "name"),
     P("aoibheann.daly@example.com", "email"),
     P("Fergal", "name"),
     P("9671783L", "national_id", scheme="ppsn"),
     P("22 Bóthar na Mara, Salthill, Galway H91 X3K8", "address", mns=["22 Bóthar na Mara", "H91 X3K8"]),
     P("Apt 3, 14 Seapoint Avenue, Galway H91 R2C6", "address", mns=["14 Seapoint Avenue", "H91 R2C6"]),
     P("Caoimhe", "name"),
     P("086 412 7730", "phone"),
     P("Seamus Moran", "name"),
     P("091 524 880", "phone")],
    [L("Thursday, January 11, 2024 10:37 PM", "date"), L("€1,450 per month", "price"), L("1 February", "date"),
     L("age 6", "age"), L("RTB reg. 0012-8841", "registration_number")]),

R("en-email-004", """
    From: reception@baysidefamilymed.example.com
    To: referrals@northshoreortho.example.com
    Subject: Referral – Ms Olivia Brennan-Walsh DOB 23/06/1985

    Dear Dr Castellano,

    Re: Olivia Brennan-Walsh, DOB 23/06/1985
    Address: 7 Grevillea Court, Mona Vale NSW 2103
    Medicare: 2966 90040 5 / 1
    Phone: 0491 570 156
    NOK: Patrick Walsh (husband), 0491 570 159

    Thank you for seeing this 38 y.o. physiotherapist with a 6-week history of right knee pain and instability following a netball injury. She had an ACL reconstruction on the same knee by Dr Helen Ng in 2015.

    MRI (Lumus Imaging, 02/04/2024): complex tear of the medial meniscus, intact graft.
    Meds: Panadol Osteo 665 mg PRN. Allergies: penicillin.

    I would value your opinion regarding arthroscopy.

    Kind regards,
    Dr Sunil Mehta
    Bayside Family Medical | 330 Barrenjoey Rd, Newport NSW 2106 | (02) 5550 1234
    """,
    [P("Olivia Brennan-Walsh", "name"),
     P("23/06/1985", "birth_date", scheme="birth", norm="1985-06-23"),
     P("Castellano", "name"),
     P("7 Grevillea Court, Mona Vale NSW 2103", "address", mns=["7 Grevillea Court", "2103"]),
     P("2966 90040 5 / 1", "national_id", scheme="medicare", norm="2966 90040 5 1",
       mns=["2966 90040 5 / 1", "2966 90040 5"]),
     P("0491 570 156", "phone"),
     P("Patrick Walsh", "name"),
     P("0491 570 159", "phone"),
     P("Helen Ng", "name"),
     P("Sunil Mehta", "name")],
    [L("38 y.o.", "age"), L("6-week history", "duration"), L("Lumus Imaging", "organisation"),
     L("02/04/2024", "date"), L("Panadol Osteo 665 mg", "product")]),

R("en-email-005", """
    From: Zanele Mokoena <zanele.mokoena@example.com>
    To: support@mzansimart.example.com
    Subject: Order MZ-2024-339817 – wrong fridge delivered AGAIN
    Date: 22 March 2024 at 07:15

    Good day

    This is my third email. On 12 March I ordered a Defy 300L fridge (R8 999). The courier (the driver's name was Bongani, bakkie FX 23 KL GP) delivered a 200L model, and when I phoned he said he can't take it back.

    I paid by EFT from my Capitec account 1458223019, proof of payment attached.

    Delivery address: 18 Protea Crescent, Kempton Park, 1619. Please phone before delivering, I work shifts: 082 771 4039. If I'm not home my sister Lindiwe Mokoena (061 339 8820) can receive it.

    For the warranty registration you asked for my ID number: 7010220109187.

    Regards
    Zanele Mokoena

    Sent from my Galaxy
    """,
    [P("Zanele Mokoena", "name"),
     P("zanele.mokoena@example.com", "email"),
     P("Bongani", "name"),
     P("FX 23 KL GP", "plate"),
     P("1458223019", "iban", scheme="za_account"),
     P("18 Protea Crescent, Kempton Park, 1619", "address", mns=["18 Protea Crescent", "1619"]),
     P("082 771 4039", "phone"),
     P("Lindiwe Mokoena", "name"),
     P("061 339 8820", "phone"),
     P("7010220109187", "national_id", scheme="sa_id")],
    [L("MZ-2024-339817", "order_number"), L("Defy 300L", "product"), L("R8 999", "price"), L("12 March", "date"),
     L("200L", "quantity"), L("Galaxy", "product")]),

R("en-email-006", """
    From: Abuse Desk <abuse@hostwell.example.net>
    To: Callum Reid <callum@reid-design.example.com>
    Cc: Fiona Reid <fiona.reid@example.com>
    Subject: [Abuse AB-55190] Outbound SSH brute force from your server vps-lon-0442
    Date: Sat, 9 Mar 2024 02:41:17 +0000

    Hello Callum,

    We have received reports that your VPS (vps-lon-0442, IPv4 198.51.100.214, IPv6 2001:db8:1f70::42) has been attempting SSH logins against third-party hosts. Sample from the complainant's logs:

    Mar  9 01:12:44 gw sshd[22817]: Failed password for invalid user admin from 198.51.100.214 port 51022 ssh2
    Mar  9 01:12:47 gw sshd[22819]: Failed password for root from 198.51.100.214 port 51040 ssh2

    On the server we found a cron job under the account deploy_callum that downloads a script every 5 minutes. It was created after a login from 203.0.113.77 at 23:58 using the SSH key of the user fr_admin.

    Please respond within 24 hours, otherwise the server will be null-routed.

    Regards,
    Tomasz Nowak
    Abuse & Security | Hostwell Ltd | 71-75 Shelton Street, London WC2H 9JQ
    """,
    [P("Callum Reid", "name"),
     P("callum@reid-design.example.com", "email"),
     P("Fiona Reid", "name"),
     P("fiona.reid@example.com", "email"),
     P("198.51.100.214", "ip"),
     P("2001:db8:1f70::42", "ip"),
     P("deploy_callum", "username"),
     P("203.0.113.77", "ip"),
     P("fr_admin", "username"),
     P("Tomasz Nowak", "name")],
    [L("AB-55190", "ticket_number"), L("vps-lon-0442", "server_id"), L("port 51022", "port"),
     L("every 5 minutes", "duration"), L("24 hours", "duration"), L("Sat, 9 Mar 2024 02:41:17 +0000", "date")]),

R("en-email-007", """
    From: Payroll Services <payroll@cedarline.example.com>
    To: Amandeep Gill <amandeep.gill@example.com>
    Subject: RE: T4 2023 - wrong name and address
    Sent: February 27, 2024 3:18 PM

    Hi Amandeep,

    Thanks for flagging this. We've issued an amended T4 (slip A-2023-00917) with your correct name, SIN 648 301 562 and your current address, 4410 Fraser Street, Vancouver BC V5V 4G9. Your RRSP contribution through the group plan ($3,120) is on a separate slip.

    Regards,
    Jasmine Tran
    Payroll Administrator

    -----Original Message-----
    From: Amandeep Gill <amandeep.gill@example.com>
    Sent: February 26, 2024 9:02 AM
    To: Payroll Services
    Subject: T4 2023 - wrong name and address

    Hello,

    My T4 for 2023 has my name spelled "Amandip Gill" and shows my old address (Unit 12, 7788 Kingsway, Burnaby BC V5E 1G5). My wife Harpreet does our taxes and she needs the corrected slip before we file. Could you call me at 604-555-0133 if anything is unclear?

    Thanks,
    Amandeep Gill
    Warehouse Lead, Employee 5521
    """,
    [P("Amandeep Gill", "name"),
     P("amandeep.gill@example.com", "email"),
     P("648 301 562", "national_id", scheme="sin"),
     P("4410 Fraser Street, Vancouver BC V5V 4G9", "address", mns=["4410 Fraser Street", "V5V 4G9"]),
     P("Jasmine Tran", "name"),
     P("Amandip Gill", "name"),
     P("Unit 12, 7788 Kingsway, Burnaby BC V5E 1G5", "address", mns=["7788 Kingsway", "V5E 1G5"]),
     P("Harpreet", "name"),
     P("604-555-0133", "phone")],
    [L("A-2023-00917", "document_number"), L("$3,120", "price"), L("February 27, 2024 3:18 PM", "date"),
     L("Employee 5521", "employee_number"), L("T4 2023", "form")]),

R("en-email-008", """
    From: Grace Thornton <grace.thornton@example.com>
    To: Bookings – Southern Cross Travel <bookings@sctravel.example.com>
    Subject: RE: Booking SCT-884120 – passenger details for Queenstown trip

    Hi Mihi,

    Here are the details as they appear in our passports:
    1. Grace Elizabeth Thornton – DOB 14/05/1979 – passport 541882907 (UK)
    2. Mark Thornton – DOB 02/12/1976 – passport 538110472 (UK)
    3. Isla Thornton – DOB 08/08/2010 – travelling on her father's passport? No, sorry, she has her own, I'll send it tonight.

    Our address in NZ is 16 Kererū Lane, Wānaka 9305, and my mobile is +64 27 448 1093.

    Isla is coeliac, could you note that for the meal on the flight?

    Thanks!
    Grace

    > On 3/04/2024, at 4:12 PM, Mihi Rangi <bookings@sctravel.example.com> wrote:
    >
    > Kia ora Grace,
    >
    > Thanks for booking with us! Flights NZ 615 CHC-ZQN depart 18 April 09:40. Total NZ$4,812.00 paid.
    > Please send full names as per passport, DOB and passport numbers for all travellers by 10 April.
    >
    > Ngā mihi,
    > Mihi Rangi
    > Travel Consultant
    """,
    [P("Grace Elizabeth Thornton", "name"),
     P("grace.thornton@example.com", "email"),
     P("Mihi Rangi", "name"),
     P("14/05/1979", "birth_date", scheme="birth", norm="1979-05-14"),
     P("541882907", "national_id", scheme="passport"),
     P("Mark Thornton", "name"),
     P("02/12/1976", "birth_date", scheme="birth", norm="1976-12-02"),
     P("538110472", "national_id", scheme="passport"),
     P("Isla Thornton", "name"),
     P("08/08/2010", "birth_date", scheme="birth", norm="2010-08-08"),
     P("16 Kererū Lane, Wānaka 9305", "address", mns=["16 Kererū Lane", "9305"]),
     P("+64 27 448 1093", "phone")],
    [L("SCT-884120", "booking_number"), L("NZ 615", "flight_number"), L("CHC-ZQN", "route"),
     L("18 April 09:40", "date"), L("NZ$4,812.00", "price"), L("10 April", "date")]),
]
