from schema import P, L, R

RECORDS = [
R("en-call-001", """
    Agent: Good morning, you're through to Brightwell Energy, my name's Chloe, how can I help?
    Caller: Hiya, yeah, it's Gareth Pritchard, I've just moved house and I need to set up the account at the new place.
    Agent: No problem at all. Can I take the postcode of the new property?
    Caller: It's C F two four, three A B.
    Agent: And the house number?
    Caller: Forty-two, Albany Road.
    Agent: Lovely. And when did you move in?
    Caller: Fourteenth of March.
    Agent: Did you take meter readings on the day?
    Caller: Yeah, electric was 03472 and gas was one one nine eight.
    Agent: Perfect. And a contact number?
    Caller: Oh seven seven double oh, nine double oh, four six one.
    Agent: And the date of birth of the account holder?
    Caller: Second of November, eighty-seven.
    Agent: Will you be paying by direct debit?
    Caller: Yes. Sort code twenty thirty-two oh six, account number four one eight eight nine oh two three.
    Agent: And is that account in your name only?
    Caller: No, it's a joint account with my partner, Rhiannon Lewis-Price.
    Agent: That's fine. Can I get an email address for the welcome pack?
    Caller: gareth dot pritchard eighty-seven at example dot com.
    Agent: Lovely. Your new customer reference is 600 412 887 and your estimated monthly payment is £96.
    """,
    [P("Chloe", "name"),
     P("Gareth Pritchard", "name"),
     P("C F two four, three A B", "postcode", spoken=True, norm="CF24 3AB"),
     P("Forty-two, Albany Road", "address", mns=["Forty-two, Albany Road"]),
     P("Oh seven seven double oh, nine double oh, four six one", "phone", spoken=True, norm="07700900461",
       extra=["four six one"]),
     P("Second of November, eighty-seven", "birth_date", scheme="birth", norm="1987-11-02"),
     P("twenty thirty-two oh six, account number four one eight eight nine oh two three", "iban",
       scheme="uk_account", norm="20-32-06 41889023", spoken=True,
       extra=["four one eight eight nine oh two three"]),
     P("Rhiannon Lewis-Price", "name"),
     P("gareth dot pritchard eighty-seven at example dot com", "email", spoken=True,
       mns=["gareth dot pritchard eighty-seven at example dot com", "gareth dot pritchard eighty-seven"])],
    [L("Fourteenth of March", "date"), L("03472", "meter_reading"), L("one one nine eight", "meter_reading"),
     L("600 412 887", "customer_reference"), L("£96", "price")]),

R("en-call-002", """
    RECEPTION: Good morning, Parkside Medical Practice, Janine speaking.
    CALLER: Hi, I'm calling for my dad, he's had a fall and he's quite confused. His name's Derek Ashworth.
    RECEPTION: Oh dear. Are you registered as his carer or next of kin?
    CALLER: Yes, I'm his daughter, Helen Ashworth. Well, it's Helen McBride now, I got married.
    RECEPTION: Can I have his date of birth and NHS number, please?
    CALLER: Date of birth is the 9th of June 1940, NHS number is four nine oh, oh oh seven, eight three nine five.
    RECEPTION: Thank you. He's registered with Dr Okonkwo. Is he in any pain, has he hit his head?
    CALLER: He says his hip hurts, no head injury as far as I can tell.
    RECEPTION: I'll put him down for a home visit today. Is he still at 17 Moorfield Terrace, Hebden Bridge, HX7 8PL?
    CALLER: That's right. I'm there with him now, my number is 07700 900 218.
    RECEPTION: The duty doctor today is Dr Saunders, she'll ring you first, usually within two hours. If he gets worse, call 999, or 111 for advice.
    CALLER: OK. He's on warfarin 3mg, does that matter?
    RECEPTION: Yes, I'll add that to the note. Who collects his prescriptions?
    CALLER: His neighbour, Pat, picks them up from Boots for him.
    RECEPTION: Lovely, thank you.
    """,
    [P("Janine", "name"),
     P("Derek Ashworth", "name"),
     P("Helen Ashworth", "name"),
     P("Helen McBride", "name"),
     P("9th of June 1940", "birth_date", scheme="birth", norm="1940-06-09"),
     P("four nine oh, oh oh seven, eight three nine five", "national_id", scheme="nhs", norm="4900078395",
       spoken=True),
     P("Okonkwo", "name"),
     P("17 Moorfield Terrace, Hebden Bridge, HX7 8PL", "address", mns=["17 Moorfield Terrace", "HX7 8PL"]),
     P("07700 900 218", "phone"),
     P("Saunders", "name"),
     P("Pat", "name")],
    [L("999", "service_number"), L("111", "service_number"), L("warfarin 3mg", "product"),
     L("Boots", "company_named_after_person"), L("two hours", "duration")]),

R("en-call-003", """
    a: thanks for calling westlink broadband my name is ciara how can i help
    c: hi ciara yeah its siobhan o'sullivan here im trying to move my broadband to the new house
    a: no bother can i get the eircode of the new address
    c: its d six w k eight p three its twelve kimmage grove
    a: grand and whats the best number to reach you on
    c: oh eight seven double two five four one nine oh
    a: and do you want to keep paying by direct debit
    c: yeah but from a new account its i e sixteen b o f i nine one two two five two four oh oh six one nine eight nine
    a: and whose name is the account in
    c: me and my husband declan declan o'sullivan
    a: and for security can i get your date of birth
    c: fourth of april eighty nine
    a: thank you so i have you booked for installation on tuesday the twenty third between eight and one theres a once off fee of forty nine euro and youre keeping the five hundred meg package
    c: perfect
    a: your order reference is w l four four nine two one
    c: and can you text the engineer details to my sister aoife shell be letting him in her number is oh eight five one one two three four five six
    a: no problem ill do that now
    """,
    [P("ciara", "name"),
     P("siobhan o'sullivan", "name", mns=["siobhan", "o'sullivan", "sullivan"]),
     P("d six w k eight p three", "postcode", spoken=True, norm="D6W K8P3"),
     P("twelve kimmage grove", "address", mns=["twelve kimmage grove"]),
     P("oh eight seven double two five four one nine oh", "phone", spoken=True, norm="0872254190"),
     P("i e sixteen b o f i nine one two two five two four oh oh six one nine eight nine", "iban", scheme="iban",
       norm="IE16 BOFI 9122 5240 0619 89", spoken=True),
     P("declan o'sullivan", "name", mns=["declan", "o'sullivan", "sullivan"]),
     P("fourth of april eighty nine", "birth_date", scheme="birth", norm="1989-04-04"),
     P("aoife", "name"),
     P("oh eight five one one two three four five six", "phone", spoken=True, norm="0851123456")],
    [L("tuesday the twenty third", "date"), L("between eight and one", "time"), L("forty nine euro", "price"),
     L("w l four four nine two one", "order_reference"), L("five hundred meg package", "product")]),

R("en-call-004", """
    00:00:04 AGENT
    Thank you for calling Lakeshore Federal Credit Union, this is Marcus, can I have your member number please?
    00:00:09 CUSTOMER
    Yeah it's 2204-88173.
    00:00:15 AGENT
    Thank you. And who am I speaking with?
    00:00:17 CUSTOMER
    Tamika Robinson.
    00:00:19 AGENT
    Hi Tamika. For verification can you give me your Social Security number?
    00:00:24 CUSTOMER
    Five nine oh, sixty-two, six eight nine four.
    00:00:31 AGENT
    Thank you. How can I help you today?
    00:00:33 CUSTOMER
    There's a charge on my debit card for $1,249.00 from TECHMART ONLINE and I didn't make it.
    00:00:41 AGENT
    I'm sorry to hear that. Can you confirm the card number?
    00:00:44 CUSTOMER
    5191 0123 8131 8438.
    00:00:52 AGENT
    OK, I've locked that card and filed a dispute, case number DSP-0419-2287. The replacement goes to 4418 North Kedzie Avenue, Apt 2R, Chicago, IL 60625, is that still correct?
    00:01:05 CUSTOMER
    Yes.
    00:01:06 AGENT
    You'll see a provisional credit within 10 business days. Your paycheck direct deposit goes into checking account 0041 8827 3390, that's not affected. Can you confirm a callback number?
    00:01:18 CUSTOMER
    (312) 555-0147. Or my mom, Denise Robinson, at (773) 555-0192, she's on the account too.
    00:01:27 AGENT
    Got it. And I'll email the dispute form to tamika.r.robinson@example.com.
    00:01:33 CUSTOMER
    Thank you.
    """,
    [P("Marcus", "name"),
     P("Tamika Robinson", "name"),
     P("Five nine oh, sixty-two, six eight nine four", "national_id", scheme="ssn", norm="590626894", spoken=True),
     P("5191 0123 8131 8438", "card", scheme="card"),
     P("4418 North Kedzie Avenue, Apt 2R, Chicago, IL 60625", "address",
       mns=["4418 North Kedzie Avenue", "60625"]),
     P("0041 8827 3390", "iban", scheme="us_account", norm="004188273390"),
     P("(312) 555-0147", "phone"),
     P("Denise Robinson", "name"),
     P("(773) 555-0192", "phone"),
     P("tamika.r.robinson@example.com", "email")],
    [L("2204-88173", "member_number"), L("$1,249.00", "price"), L("TECHMART ONLINE", "merchant"),
     L("DSP-0419-2287", "case_number"), L("10 business days", "duration"), L("00:00:04", "timestamp")]),

R("en-call-005", """
    [SPEAKER 1] Northpoint Payroll, this is Priya speaking.
    [SPEAKER 2] Hi Priya, it's Jean-François Gagnon, I do the payroll for MacLeod Brothers Plumbing. I'm setting up a new hire and the system won't let me save him.
    [SPEAKER 1] Sure, what's the employee's name?
    [SPEAKER 2] Tyler Baptiste. B-A-P-T-I-S-T-E.
    [SPEAKER 1] And the SIN you're entering?
    [SPEAKER 2] Seven oh seven, eight eight two, seven eight three.
    [SPEAKER 1] Seven oh seven, eight eight two, seven eight three, that one validates fine. The problem is the date of birth field is blank.
    [SPEAKER 2] Oh. It's March 3rd, 2001.
    [SPEAKER 1] OK. And his home address for the T4?
    [SPEAKER 2] 88 Rideau Crescent, unit 5, Kingston, Ontario, K7L 2Z6.
    [SPEAKER 1] And direct deposit details?
    [SPEAKER 2] Transit, institution, account: 00312-004-7219904.
    [SPEAKER 1] Got it. Pay rate?
    [SPEAKER 2] $24.50 an hour, 80 hours bi-weekly, first pay date April 12.
    [SPEAKER 1] Phone number for him?
    [SPEAKER 2] 613-555-0178. And his emergency contact is his girlfriend, Brooke Anderson.
    [SPEAKER 1] Perfect, you should be able to save the profile now.
    """,
    [P("Priya", "name"),
     P("Jean-François Gagnon", "name"),
     P("Tyler Baptiste", "name"),
     P("B-A-P-T-I-S-T-E", "name"),
     P("Seven oh seven, eight eight two, seven eight three", "national_id", scheme="sin", norm="707882783",
       spoken=True),
     P("March 3rd, 2001", "birth_date", scheme="birth", norm="2001-03-03"),
     P("88 Rideau Crescent, unit 5, Kingston, Ontario, K7L 2Z6", "address",
       mns=["88 Rideau Crescent", "K7L 2Z6"]),
     P("00312-004-7219904", "iban", scheme="ca_account"),
     P("613-555-0178", "phone"),
     P("Brooke Anderson", "name")],
    [L("MacLeod Brothers Plumbing", "company_named_after_person"), L("T4", "form"), L("$24.50 an hour", "price"),
     L("80 hours", "duration"), L("April 12", "date")]),

R("en-call-006", """
    (00:00:03) Agent: G'day, Harbourside Tax Agents, Mitch speaking.
    (00:00:06) Client: Hi Mitch, it's Kylie Nguyen, I've got an appointment to do my tax return with Sharon on Thursday but I wanted to give you my details beforehand.
    (00:00:14) Agent: No worries. What's your TFN?
    (00:00:16) Client: Four five six, seven oh seven, three seven eight.
    (00:00:24) Agent: And your Medicare number, for the levy?
    (00:00:27) Client: 3485 56708 5, and I'm number 2 on the card.
    (00:00:40) Agent: Which account do you want the refund into?
    (00:00:42) Client: BSB 062-914, account 1048 7726.
    (00:00:55) Agent: And your address is still 6/21 Beach Road, Coogee NSW 2034?
    (00:01:00) Client: No, we moved to Canberra, it's now 14 Wattle Street, Lyneham ACT 2602.
    (00:01:10) Agent: And your husband, will he be lodging with us too?
    (00:01:13) Client: Yes, Tuan Nguyen. He'll call himself.
    (00:01:18) Agent: Great. Best number for you?
    (00:01:20) Client: 0491 570 156.
    (00:01:26) Agent: Lovely. The appointment is 45 minutes and the fee is $220, deductible next year. Bring your private health insurance statement for 2023–24. Deadline if you lodge yourself is 31 October.
    """,
    [P("Mitch", "name"),
     P("Kylie Nguyen", "name"),
     P("Sharon", "name"),
     P("Four five six, seven oh seven, three seven eight", "national_id", scheme="tfn", norm="456707378",
       spoken=True),
     P("3485 56708 5", "national_id", scheme="medicare", norm="3485 56708 5 2"),
     P("062-914, account 1048 7726", "iban", scheme="au_bsb", norm="062-914 10487726",
       mns=["062-914, account 1048 7726", "1048 7726"]),
     P("6/21 Beach Road, Coogee NSW 2034", "address", mns=["6/21 Beach Road", "2034"]),
     P("14 Wattle Street, Lyneham ACT 2602", "address", mns=["14 Wattle Street", "2602"]),
     P("Tuan Nguyen", "name"),
     P("0491 570 156", "phone")],
    [L("Harbourside Tax Agents", "organisation"), L("45 minutes", "duration"), L("$220", "price"),
     L("2023–24", "date"), L("31 October", "date"), L("00:00:03", "timestamp")]),

R("en-call-007", """
    Speaker A: Kia ora, you've reached Tōtara KiwiSaver, my name is Aroha.
    Speaker B: Oh hi, I'm ringing about a first home withdrawal. My name's Liam Fletcher.
    Speaker A: Kia ora Liam. Can I get your IRD number to find your account?
    Speaker B: It's 101-455-564.
    Speaker A: And your date of birth?
    Speaker B: Twenty-second of August, 1994.
    Speaker A: Thanks. Your balance is $38,412.77 and you can withdraw everything except $1,000.
    Speaker B: Great. We're buying with my partner, Mere Paewai, she's with another provider.
    Speaker A: No problem. Who is your lawyer?
    Speaker B: Sarah at Ngata & Brown Law.
    Speaker A: And the property address?
    Speaker B: 27 Kōwhai Drive, Rototuna, Hamilton 3210. Settlement date is 28 June.
    Speaker A: And your current address?
    Speaker B: Flat 3, 118 Grey Street, Hamilton East 3216.
    Speaker A: The funds go to your lawyer's trust account, not to you. We need 10 working days. For any refund, what's your bank account?
    Speaker B: 12-3140-0554321-00.
    Speaker A: And a contact number?
    Speaker B: 021 044 8812.
    Speaker A: Ka pai, I'll send the forms out today.
    """,
    [P("Aroha", "name"),
     P("Liam Fletcher", "name"),
     P("101-455-564", "national_id", scheme="ird"),
     P("Twenty-second of August, 1994", "birth_date", scheme="birth", norm="1994-08-22"),
     P("Mere Paewai", "name"),
     P("Sarah", "name"),
     P("27 Kōwhai Drive, Rototuna, Hamilton 3210", "address", mns=["27 Kōwhai Drive", "3210"]),
     P("Flat 3, 118 Grey Street, Hamilton East 3216", "address", mns=["118 Grey Street", "3216"]),
     P("12-3140-0554321-00", "iban", scheme="nz_account"),
     P("021 044 8812", "phone")],
    [L("Ngata & Brown Law", "company_named_after_person"), L("$38,412.77", "price"), L("$1,000", "price"),
     L("10 working days", "duration"), L("28 June", "date")]),

R("en-call-008", """
    AGENT: Good afternoon, thank you for calling Ubuntu Insure, my name is Thandiwe, may I have your policy number?
    CLIENT: Hi Thandiwe, it's PL-7730-1184. My name is Pieter van der Merwe.
    AGENT: For security, your ID number please?
    CLIENT: Seven two oh six two four, nine eight one six, oh eight nine.
    AGENT: Thank you Mr van der Merwe. How can I help?
    CLIENT: My bakkie was stolen last night from outside my house. A Toyota Hilux, registration CA 418-220.
    AGENT: I'm so sorry. Have you reported it to SAPS?
    CLIENT: Yes, case number CAS 112/04/2024 at Durbanville.
    AGENT: Your risk address is 14 Wellington Road, Durbanville, 7550?
    CLIENT: Yes.
    AGENT: Who is the regular driver of the vehicle?
    CLIENT: Me and my son Ruan. He's 22.
    AGENT: I'll need his ID number as well for the regular driver question. Can he send it?
    CLIENT: He's at work, he'll SMS it. His cell is 083 412 7790.
    AGENT: Your assessor will be Sipho Dlamini, he'll call you within 48 hours. Your excess is R4 500. Which number should he call?
    CLIENT: Mine, 071 220 8841. And please email me everything, pieter.vdm@example.com.
    AGENT: Will do.
    """,
    [P("Thandiwe", "name"),
     P("Pieter van der Merwe", "name"),
     P("Seven two oh six two four, nine eight one six, oh eight nine", "national_id", scheme="sa_id",
       norm="7206249816089", spoken=True),
     P("CA 418-220", "plate"),
     P("14 Wellington Road, Durbanville, 7550", "address", mns=["14 Wellington Road", "7550"]),
     P("Ruan", "name"),
     P("083 412 7790", "phone"),
     P("Sipho Dlamini", "name"),
     P("071 220 8841", "phone"),
     P("pieter.vdm@example.com", "email")],
    [L("PL-7730-1184", "policy_number"), L("Toyota Hilux", "product"), L("CAS 112/04/2024", "case_number"),
     L("48 hours", "duration"), L("R4 500", "price")]),

R("en-call-009", """
    Thank you for calling Skyline Telecom, this is Rohit, how may I help you?
    Hello Rohit, I want to convert my SIM to eSIM, my number is 98450 31762.
    Sure ma'am, may I know your name please?
    Ananya Iyer.
    Thank you Ms Iyer. For verification I need your Aadhaar number.
    It is 5888 1763 3982.
    OK, and your date of birth as per Aadhaar?
    Fifteenth January 1993.
    Thank you ma'am. One more thing, your billing address shows Flat 402, Lakeview Residency, HSR Layout, Bengaluru 560102, is it correct?
    No no, we shifted. New address is 22, 3rd Main, Jayanagar 4th Block, Bengaluru 560011.
    OK ma'am, for address change I need PAN or some address proof.
    PAN is AKXPI4471Q.
    OK. Also, the alternate contact on the account is Karthik Iyer?
    That is my husband, his number also changed, new one is 99001 84527.
    Noted. The eSIM QR code will be sent to your email, ananya.iyer@example.com?
    Yes.
    Charges are Rs 25 plus GST, and it will be active within 4 hours. Your request ID is SR4471920. Your 599 plan stays the same. Anything else?
    No, thank you.
    """,
    [P("Rohit", "name"),
     P("98450 31762", "phone"),
     P("Ananya Iyer", "name"),
     P("5888 1763 3982", "national_id", scheme="aadhaar"),
     P("Fifteenth January 1993", "birth_date", scheme="birth", norm="1993-01-15"),
     P("Flat 402, Lakeview Residency, HSR Layout, Bengaluru 560102", "address",
       mns=["Flat 402, Lakeview Residency", "560102"]),
     P("22, 3rd Main, Jayanagar 4th Block, Bengaluru 560011", "address", mns=["22, 3rd Main", "560011"]),
     P("AKXPI4471Q", "national_id", scheme="pan"),
     P("Karthik Iyer", "name"),
     P("99001 84527", "phone"),
     P("ananya.iyer@example.com", "email")],
    [L("Rs 25 plus GST", "price"), L("within 4 hours", "duration"), L("SR4471920", "request_id"),
     L("599 plan", "product"), L("Skyline Telecom", "organisation")]),

R("en-call-010", """
    Advisor: Thanks for calling Swiftpost, you're speaking to Jordan, can I take your tracking number?
    Customer: Um yeah it's SP 4471 2290 0183 GB.
    Advisor: Thank you, and your name?
    Customer: Margaret Oyelaran-Hughes. That's O-Y-E-L-A-R-A-N, hyphen, Hughes.
    Advisor: Thanks Margaret. I can see it was delivered at 14:52 yesterday and left with a neighbour, a Mr Whitfield at 23 Larch Close.
    Customer: Twenty-three? Uh, he's in hospital, the house is empty!
    Advisor: Oh. The photo shows it on the doorstep there. It's a small one, 2.3 kg.
    Customer: I'm at 21 Larch Close, Didsbury, M20 6TQ, it should've come to me. Who was the driver?
    Advisor: The driver today was Kev. I'll raise it with the depot.
    Customer: Can someone ring my son Daniel, he's got a key to Mr Whitfield's?
    Advisor: I can pass on a number, yes.
    Customer: Daniel's is 07700 900 633. Mine is 0161 496 0872.
    Advisor: Thank you. If we can't recover it, redelivery is free, otherwise it's normally £4.99. We'll be in touch by the next working day.
    """,
    [P("Jordan", "name"),
     P("Margaret Oyelaran-Hughes", "name"),
     P("O-Y-E-L-A-R-A-N", "name"),
     P("Whitfield", "name"),
     P("23 Larch Close", "address", mns=["23 Larch Close"]),
     P("21 Larch Close, Didsbury, M20 6TQ", "address", mns=["21 Larch Close", "M20 6TQ"]),
     P("Kev", "name"),
     P("Daniel", "name"),
     P("07700 900 633", "phone"),
     P("0161 496 0872", "phone")],
    [L("SP 4471 2290 0183 GB", "tracking_number"), L("14:52", "time"), L("2.3 kg", "quantity"),
     L("£4.99", "price"), L("next working day", "duration")]),

R("en-call-011", """
    <Agent> Morning, Hartley & Sons Motors, Becky speaking.
    <Customer> Hi Becky, it's Ravi Patel, I need to book my car in for its MOT and a service.
    <Agent> Patel, is that P for Papa, A for Alpha, T for Tango, E for Echo, L for Lima?
    <Customer> That's it.
    <Agent> What's the reg?
    <Customer> It's K-V-one-eight, G-X-Z.
    <Agent> KV18 GXZ, a Ford Focus. The MOT's due on the 30th. We can do Tuesday the 14th, drop off at 8am. Full service and MOT is £249.
    <Customer> Lovely. Can I get a courtesy car?
    <Agent> Yes, I'll need your driving licence number for the insurance.
    <Customer> PATEL802148R99AB.
    <Agent> Thank you. And your wife's car, the Polo, LR69 HMT, that's due as well.
    <Customer> Oh yeah, Anjali's. Can we do both the same day?
    <Agent> Sure. Best contact number?
    <Customer> 07700 900 781.
    <Agent> And the invoice address is still 9 Cedar Avenue, Leicester LE2 3FN?
    <Customer> Yes.
    <Agent> Great. Your technician will be Gaz, he'll call if anything comes up.
    """,
    [P("Becky", "name"),
     P("Ravi Patel", "name"),
     P("P for Papa, A for Alpha, T for Tango, E for Echo, L for Lima", "name",
       mns=["P for Papa, A for Alpha, T for Tango, E for Echo, L for Lima"]),
     P("K-V-one-eight, G-X-Z", "plate", spoken=True, norm="KV18GXZ"),
     P("KV18 GXZ", "plate"),
     P("PATEL802148R99AB", "national_id", scheme="ukdl"),
     P("LR69 HMT", "plate"),
     P("Anjali", "name"),
     P("07700 900 781", "phone"),
     P("9 Cedar Avenue, Leicester LE2 3FN", "address", mns=["9 Cedar Avenue", "LE2 3FN"]),
     P("Gaz", "name")],
    [L("Hartley & Sons Motors", "company_named_after_person"), L("Ford Focus", "product"),
     L("Tuesday the 14th", "date"), L("8am", "time"), L("£249", "price")]),

R("en-call-012", """
    Rep: Thank you for calling Evergreen Health Plans, my name is Dana, may I have your member ID?
    Member: EVG 4402 9918 01.
    Rep: Thank you. Can you verify your name and date of birth?
    Member: Carlos Mendoza-Reyes, July 19th, 1978.
    Rep: And the zip code on file?
    Member: 78704.
    Rep: Thank you Mr Mendoza-Reyes, how can I help?
    Member: I'm calling about my daughter, Sofia, she's on my plan. Her pediatrician, Dr. Hannah Kowalski, ordered an MRI and it got denied.
    Rep: Let me pull that up. What's her date of birth?
    Member: 04/11/2012.
    Rep: I see the request from Austin Pediatric Partners, CPT 72148, denied for missing clinical notes. Estimated cost without coverage is $1,850. You can appeal.
    Member: Yes please.
    Rep: For the appeal I need to verify the subscriber's Social Security number.
    Member: One seven one, oh three, five nine two three.
    Rep: Thank you. I've opened appeal APL-2024-558190, you'll have a decision within 30 days. Our medical director, Dr. Feldman, may request a peer-to-peer with Dr. Kowalski.
    Member: My wife, Lucia, usually handles this, can you call her at (512) 555-0163?
    Rep: She'd need to be on the HIPAA authorization first. I'll mail that form to 2207 South 3rd Street, Austin, TX 78704.
    Member: OK, thanks.
    """,
    [P("Dana", "name"),
     P("Carlos Mendoza-Reyes", "name"),
     P("July 19th, 1978", "birth_date", scheme="birth", norm="1978-07-19"),
     P("78704", "postcode"),
     P("Sofia", "name"),
     P("Hannah Kowalski", "name"),
     P("04/11/2012", "birth_date", scheme="birth", norm="2012-04-11"),
     P("One seven one, oh three, five nine two three", "national_id", scheme="ssn", norm="171035923", spoken=True),
     P("Feldman", "name"),
     P("Lucia", "name"),
     P("(512) 555-0163", "phone"),
     P("2207 South 3rd Street, Austin, TX 78704", "address", mns=["2207 South 3rd Street", "78704"])],
    [L("EVG 4402 9918 01", "member_id"), L("CPT 72148", "procedure_code"), L("$1,850", "price"),
     L("APL-2024-558190", "case_number"), L("30 days", "duration"), L("Austin Pediatric Partners", "organisation")]),
]
