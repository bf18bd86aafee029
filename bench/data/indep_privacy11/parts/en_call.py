from _helpers import P, L, R

RECORDS = [
R("en-call-001", """
Receptionist: Good morning, Parkside Medical Practice, you're speaking to Gemma, how can I help?
Caller: Oh hiya, it's Donna Whitfield, I'm ringing for my dad. He needs his repeat prescription and he's been told he needs a blood test.
Receptionist: No problem. Can I take your dad's name and date of birth?
Caller: Raymond Whitfield, that's Raymond with a Y, second of June 1948.
Receptionist: And his NHS number, if you've got it to hand?
Caller: Erm, yeah, it's on his letter. 918 202... sorry, 918 202 2836.
Receptionist: Lovely. And he's still at 14 Ashworth Close, M20 6XL?
Caller: That's right, yeah.
Receptionist: I can see he's on amlodipine 10mg and atorvastatin 20mg. Dr Okonkwo wants him to have his bloods done before she signs it off.
Caller: Right. Can he do it this week? I'll have to bring him, he doesn't drive anymore.
Receptionist: I've got Tuesday the 12th at 9.40 with the nurse, Sister Fitzgerald, or Thursday at 2.15.
Caller: Tuesday's fine. Can you text me the confirmation? It's 07700 900461.
Receptionist: And are you down as his next of kin?
Caller: I should be. Donna Marie Whitfield. If I'm not there, my brother Gary will bring him.
Receptionist: That's all on there. The prescription will go to Boots on Wilmslow Road, usually ready in 48 hours. Anything else?
Caller: No, that's brilliant, thanks Gemma. Ta-ra.
""", [
    P("Gemma", "name"),
    P("Donna Whitfield", "name"),
    P("Raymond Whitfield", "name"),
    P("second of June 1948", "birth_date"),
    P("918 202 2836", "national_id", check="nhs"),
    P("14 Ashworth Close, M20 6XL", "address", ["14 Ashworth Close", "M20 6XL"]),
    P("Okonkwo", "name"),
    P("Fitzgerald", "name"),
    P("07700 900461", "phone"),
    P("Donna Marie Whitfield", "name"),
    P("Gary", "name"),
], [
    L("Parkside Medical Practice", "organisation"),
    L("amlodipine 10mg", "product"),
    L("atorvastatin 20mg", "product"),
    L("Tuesday the 12th at 9.40", "event_time"),
    L("Thursday at 2.15", "event_time"),
    L("Boots on Wilmslow Road", "shop_location"),
    L("48 hours", "duration"),
]),

R("en-call-002", """
Agent: Good afternoon, you're through to Éire Energy, my name is Ciara, how can I help you today?
Customer: Hi Ciara, it's Siobhán Ní Bhriain here, I'm after moving house and I want to move the electricity over.
Agent: No bother at all. Can I get your account number there?
Customer: It's 7 0 0 4 4 1 8 2 9.
Agent: Grand. And what's the new address?
Customer: Rose Cottage, Ballinrobe Road, Castlebar, County Mayo. The Eircode is F23 K2P7.
Agent: F23 K2P7, lovely. And would you have the MPRN for the new place? It's on the meter or an old bill, starts with 10.
Customer: I do, 10 013 884 215.
Agent: Perfect. And a reading on the meter?
Customer: 45 682, it's an old one.
Agent: That's fine. We'll put you on the Home Saver plan, that's 32.45 cent per kilowatt hour with a standing charge of €287 a year. Will the direct debit stay on the same account?
Customer: No, it'll be a new joint account with my partner, IE44 AIBK 8482 8884 4693 42. His name is Pádraig Ó Súilleabháin, he'll be on it too.
Agent: I'll add Pádraig as a second account holder. And the best number for you?
Customer: 087 341 5590.
Agent: And your email, is that still siobhan.nibhriain@eircom.net?
Customer: It is, yeah.
Agent: Sorted. You'll get a welcome pack within ten working days. Anything else I can do for you?
Customer: No, that's everything. Thanks a million.
""", [
    P("Ciara", "name"),
    P("Siobhán Ní Bhriain", "name"),
    P("Rose Cottage, Ballinrobe Road, Castlebar", "address", ["Rose Cottage"]),
    P("F23 K2P7", "postcode"),
    P("IE44 AIBK 8482 8884 4693 42", "iban"),
    P("Pádraig Ó Súilleabháin", "name"),
    P("087 341 5590", "phone"),
    P("siobhan.nibhriain@eircom.net", "email"),
], [
    L("Éire Energy", "company"),
    L("7 0 0 4 4 1 8 2 9", "account_number_supplier"),
    L("10 013 884 215", "meter_point_number"),
    L("45 682", "meter_reading"),
    L("Home Saver", "product"),
    L("32.45 cent per kilowatt hour", "price"),
    L("€287", "price"),
    L("ten working days", "duration"),
]),

R("en-call-003", """
[00:00:01] Speaker 1: Thank you for calling Lakeshore Health Plans, this is Tyrone, may I have your name please?
[00:00:06] Speaker 2: Yes, hi, my name is Luis Delgado. I'm calling about a claim that got denied.
[00:00:11] Speaker 1: I'm sorry to hear that, Mr. Delgado. Can I get your member ID from your card?
[00:00:15] Speaker 2: I don't have my card on me. Can you use my social?
[00:00:18] Speaker 1: Sure, go ahead.
[00:00:19] Speaker 2: It's 987-65-4325.
[00:00:24] Speaker 1: And your date of birth?
[00:00:26] Speaker 2: March 14th, 1962.
[00:00:29] Speaker 1: Thank you. I see the claim, number 2024-0311-88716, for an office visit with Dr. Anjali Mehta on February 27th, procedure code 99214, billed at $1,248.60. It was denied as out of network.
[00:00:45] Speaker 2: But she's in network, I checked on your website. She's at Northwestern Memorial.
[00:00:50] Speaker 1: Let me look... You're right, it looks like she was added to the network in January. I'll send it back for reprocessing. It can take up to 30 days.
[00:01:00] Speaker 2: Okay. Also my wife, Rosa Delgado, got the same letter for her visit.
[00:01:05] Speaker 1: I'd need Rosa on the line to discuss her claim, or she can sign a HIPAA authorization form.
[00:01:10] Speaker 2: Fine. Can you mail me the confirmation? 4410 N Ravenswood Ave, Apt 2B, Chicago, IL 60640.
[00:01:18] Speaker 1: I have that address on file. And a phone number in case we need to reach you?
[00:01:21] Speaker 2: (773) 555-0148.
[00:01:24] Speaker 1: Great. Your reference number for this call is CRM-55812, and your group number is 0081442 if you need it for your employer.
""", [
    P("Tyrone", "name"),
    P("Luis Delgado", "name"),
    P("987-65-4325", "national_id", check="none"),
    P("March 14th, 1962", "birth_date"),
    P("Anjali Mehta", "name"),
    P("Rosa Delgado", "name"),
    P("4410 N Ravenswood Ave, Apt 2B, Chicago, IL 60640", "address", ["4410 N Ravenswood Ave", "60640"]),
    P("(773) 555-0148", "phone"),
], [
    L("Lakeshore Health Plans", "company"),
    L("2024-0311-88716", "claim_number"),
    L("February 27th", "event_date"),
    L("99214", "procedure_code"),
    L("$1,248.60", "amount"),
    L("Northwestern Memorial", "place"),
    L("30 days", "duration"),
    L("CRM-55812", "reference_number"),
    L("0081442", "group_number"),
]),

R("en-call-004", """
AGENT: Thanks for calling MapleLink, my name is Maxime. Who am I speaking with?
CALLER: Hey Maxime, it's Gurpreet Sandhu. My internet's been dropping every night for like a week.
AGENT: Sorry about that, Gurpreet. Can I get the postal code on the account?
CALLER: M6P 2R1.
AGENT: And for verification, your date of birth?
CALLER: 1991-07-23.
AGENT: Thanks. And I'm showing the service address as 88 Indian Grove, unit 3, is that correct?
CALLER: Yep.
AGENT: Okay, I can see your modem is an XB7 and it's rebooting around 2 a.m. every night. There's actually a known outage in your area, ticket OT-558201. It should be fixed by Friday.
CALLER: Friday? I work from home, eh. I need this fixed.
AGENT: I totally understand. I can put a $25 credit on your account, that's account number 3309 4412 871, and I can send a tech between 8 and noon tomorrow.
CALLER: Tomorrow's good. My roommate Connor will be home if I'm not, Connor Whitehorse.
AGENT: I'll note that. What number should the tech call?
CALLER: (416) 555-0182. Or my work cell, (647) 555-0139.
AGENT: Got it. And should I send the confirmation to g.sandhu91@gmail.com?
CALLER: Yeah, that works. Thanks, man.
AGENT: No problem. Your bill will go from $85.50 down to $60.50 this month. Have a good one!
""", [
    P("Maxime", "name"),
    P("Gurpreet Sandhu", "name"),
    P("M6P 2R1", "postcode"),
    P("1991-07-23", "birth_date"),
    P("88 Indian Grove, unit 3", "address", ["88 Indian Grove"]),
    P("Connor Whitehorse", "name"),
    P("(416) 555-0182", "phone"),
    P("(647) 555-0139", "phone"),
    P("g.sandhu91@gmail.com", "email"),
], [
    L("MapleLink", "company"),
    L("XB7", "model_number"),
    L("2 a.m.", "time"),
    L("OT-558201", "ticket_number"),
    L("$25", "amount"),
    L("3309 4412 871", "account_number_supplier"),
    L("between 8 and noon", "time"),
    L("$85.50", "price"),
    L("$60.50", "price"),
]),

R("en-call-005", """
Agent (Southern Cross Mobile): G'day, you've called Southern Cross Mobile, Jake speaking.
Customer: Hi Jake, it's Bec Nguyen, Rebecca. I want to upgrade my phone but the app keeps saying I need to verify my ID.
Agent (Southern Cross Mobile): No worries, I can do that over the phone. What's the mobile number on the account?
Customer: 0491 570 156.
Agent (Southern Cross Mobile): Thanks, Bec. For ID I'll need either your driver licence or your Medicare card.
Customer: Medicare's easier, it's 5283 60569 1, and I'm number 2 on the card.
Agent (Southern Cross Mobile): Lovely, that's verified. And the address, still Unit 4/27 Beaconsfield Tce, Gordon Park QLD 4031?
Customer: Yep, that's us.
Agent (Southern Cross Mobile): And you're after the Galaxy S24 on the $65 plan, 24 months?
Customer: Yeah. And can you add a second line for my partner? His number is 0491 570 159, he's with another carrier. Tom Callaghan.
Agent (Southern Cross Mobile): Sure thing, I'll send Tom a port code. Date of birth for you, just to finalise the credit check?
Customer: 28th of February, '93.
Agent (Southern Cross Mobile): Beauty. The order number is SCM-7781204 and it'll be delivered by Aus Post by Friday arvo. Anything else?
Customer: Nah, that's it, cheers.
""", [
    P("Jake", "name"),
    P("Bec Nguyen", "name"),
    P("Rebecca", "name"),
    P("0491 570 156", "phone"),
    P("5283 60569 1", "national_id", check="medicare", digits="5283605691"),
    P("Unit 4/27 Beaconsfield Tce, Gordon Park QLD 4031", "address", ["4/27 Beaconsfield Tce", "4031"]),
    P("0491 570 159", "phone"),
    P("Tom Callaghan", "name"),
    P("28th of February, '93", "birth_date"),
], [
    L("Southern Cross Mobile", "company"),
    L("Galaxy S24", "product"),
    L("$65 plan", "product"),
    L("24 months", "duration"),
    L("SCM-7781204", "order_number"),
    L("Aus Post", "company"),
    L("Friday arvo", "event_time"),
]),

R("en-call-006", """
Hemi: Kia ora, you're through to Inland Revenue, my name's Hemi. Can I start with your IRD number?
Caller: Kia ora Hemi. It's 536-855-537.
Hemi: Thank you. And your full name?
Caller: Aroha Te Whata. Aroha Mereana Te Whata.
Hemi: And your date of birth, Aroha?
Caller: The 4th of the 11th, 1986.
Hemi: Ka pai. What can I help you with today?
Caller: I got a letter saying I owe $1,204.33 from the 2023 tax year, but I think it's because my second job at the café was taxed on the wrong code.
Hemi: Let me have a look. Yes, I can see the secondary job had tax code M instead of S. That's where the bill comes from. I can set up an instalment arrangement if that helps, something like $50 a fortnight?
Caller: That'd be great. Can it come out of my account? 12-3045-0123456-00, it's with ASB.
Hemi: Sure. And I'll also update your KiwiSaver rate while we're here? You're on 3%.
Caller: Leave that for now. Oh, and I've moved, I'm at 27 Kowhai Street, Ōtāhuhu, Auckland 1062 now.
Hemi: Updated. And your best number?
Caller: 021 045 8832.
Hemi: Choice. You can see all of this in myIR as well. The arrangement reference is IA-2024-771342. Anything else?
Caller: No, that's all. Ngā mihi.
""", [
    P("Hemi", "name"),
    P("536-855-537", "national_id", check="ird"),
    P("Aroha Te Whata", "name", ["Aroha", "Whata"]),
    P("Aroha Mereana Te Whata", "name", ["Aroha", "Mereana", "Whata"]),
    P("The 4th of the 11th, 1986", "birth_date"),
    P("12-3045-0123456-00", "iban"),
    P("27 Kowhai Street, Ōtāhuhu, Auckland 1062", "address", ["27 Kowhai Street", "1062"]),
    P("021 045 8832", "phone"),
], [
    L("Inland Revenue", "organisation"),
    L("$1,204.33", "amount"),
    L("2023 tax year", "period"),
    L("tax code M", "tax_code"),
    L("$50 a fortnight", "amount"),
    L("ASB", "company"),
    L("3%", "percentage"),
    L("myIR", "product"),
    L("IA-2024-771342", "reference_number"),
]),

R("en-call-007", """
[Agent] Good day, you're speaking to Thandeka at Ubuntu Insure, how can I assist?
[Client] Morning Thandeka, it's Pieter van der Merwe. I was in an accident this morning on the N1 near Century City.
[Agent] Ag shame, are you okay, Mr van der Merwe?
[Client] Ja, I'm fine, just shaken. The bakkie is not so fine.
[Agent] Can I have your ID number to pull up the policy?
[Client] 870514 6872 086.
[Agent] Thank you. I see a Toyota Hilux, registration CA 482-913, on policy UI-4471982. Is that the vehicle?
[Client] That's the one. The other driver went into the back of me. Sipho Dlamini, he gave me his details. His car is a Polo, HJ 45 KL GP.
[Agent] Did he give you a contact number?
[Client] Ja, 072 555 0193. And he's insured with Santam, I think.
[Agent] Thank you. I'm logging the claim now. Your excess is R3,500, but if the third party is liable you'll get it back. Where is the vehicle now?
[Client] Still here, I need a tow.
[Agent] I'll send a tow truck, it should be there in about 45 minutes. What's the best number for the driver to reach you?
[Client] 082 555 0147.
[Agent] And where should the assessor's report be posted? Still 12 Protea Road, Claremont, 7708?
[Client] That's right. You can also email my wife, she handles the admin, Marelize van der Merwe, marelize.vdm@mweb.co.za.
[Agent] Noted. Your claim reference is CLM-0092281. Drive safe, Pieter.
""", [
    P("Thandeka", "name"),
    P("Pieter van der Merwe", "name"),
    P("870514 6872 086", "national_id", check="said"),
    P("CA 482-913", "plate"),
    P("Sipho Dlamini", "name"),
    P("HJ 45 KL GP", "plate"),
    P("072 555 0193", "phone"),
    P("082 555 0147", "phone"),
    P("12 Protea Road, Claremont, 7708", "address", ["12 Protea Road", "7708"]),
    P("Marelize van der Merwe", "name"),
    P("marelize.vdm@mweb.co.za", "email"),
], [
    L("Ubuntu Insure", "company"),
    L("N1 near Century City", "place"),
    L("Toyota Hilux", "product"),
    L("UI-4471982", "policy_number"),
    L("Santam", "company"),
    L("R3,500", "amount"),
    L("45 minutes", "duration"),
    L("CLM-0092281", "claim_number"),
]),

R("en-call-008", """
A: Leeds City Council, council tax, you're speaking to Imran.
C: Oh hello, love. My name's Patricia Holroyd. My husband passed away last month and my daughter said I should ring you.
A: I'm very sorry for your loss, Mrs Holroyd. I'll help you with that. What was your husband's name?
C: Geoffrey. Geoffrey Alan Holroyd.
A: And the address?
C: 37 Kirkstall Lane, Leeds, LS5 3BE.
A: Thank you. I can see the account, reference 3104887721, band C. As you're now living alone, you'll get a 25% single person discount, and we'll take his name off the bill from the date of death.
C: Oh, that's a relief. Does it still come out of the same bank account? It was in his name.
A: It's a direct debit from an account in Mr Holroyd's name, so we'll need a new one set up. Do you have your own account details?
C: I do, sort code 31-13-36, account number 14854058.
A: Lovely. Your new annual bill will be £1,381.62 instead of £1,842.16, over 10 instalments from April.
C: Could you send a copy of the letter to my daughter? Karen. She's at karen.holroyd@btinternet.com.
A: We'll need your permission on record. Are you happy for Karen Holroyd to discuss your account?
C: Yes, love, of course.
A: Lovely. Best number for you?
C: 0113 496 0327.
A: All done. Take care, Mrs Holroyd.
""", [
    P("Imran", "name"),
    P("Patricia Holroyd", "name"),
    P("Geoffrey Alan Holroyd", "name"),
    P("37 Kirkstall Lane, Leeds, LS5 3BE", "address", ["37 Kirkstall Lane", "LS5 3BE"]),
    P("14854058", "iban"),
    P("karen.holroyd@btinternet.com", "email"),
    P("Karen Holroyd", "name"),
    P("0113 496 0327", "phone"),
], [
    L("Leeds City Council", "organisation"),
    L("3104887721", "reference_number"),
    L("band C", "tax_band"),
    L("25%", "percentage"),
    L("£1,381.62", "amount"),
    L("£1,842.16", "amount"),
    L("10 instalments", "term"),
]),

R("en-call-009", """
agent thank you for calling skyline airways my name is destiny can i have your confirmation code
customer yeah hi this is kwame asante its h x four q two r
agent hx4q2r thank you mister asante i see you and ama asante on flight 2231 from atlanta to accra on the 18th
customer yeah i need to change my wife's return she needs to stay another week
agent okay for security can i get the date of birth for ama
customer september ninth nineteen eighty seven
agent thank you and can you confirm her passport number for the record
customer a five three one eight eight two zero four
agent perfect so moving her return to july 2nd there's a change fee of two hundred and fifty dollars plus a fare difference of one eighty four
customer ugh okay fine
agent what card would you like to use
customer visa four five three nine eight six five nine three six three three zero three zero five
agent and the billing zip
customer three zero three one eight
agent perfect that went through your new e ticket will be sent to kwame dot asante at yahoo dot com is that right
customer yes and can you add my cell for text alerts four zero four five five five zero one one nine
agent done your reference for the change is c h g seven seven one zero anything else
customer no thats it thanks destiny
""", [
    P("destiny", "name"),
    P("kwame asante", "name"),
    P("ama asante", "name"),
    P("september ninth nineteen eighty seven", "birth_date"),
    P("a five three one eight eight two zero four", "national_id", check="none"),
    P("four five three nine eight six five nine three six three three zero three zero five", "card",
      check="luhn", digits="4539865936330305"),
    P("three zero three one eight", "postcode"),
    P("kwame dot asante at yahoo dot com", "email", ["kwame dot asante", "kwame dot asante at yahoo dot com"]),
    P("four zero four five five five zero one one nine", "phone"),
], [
    L("skyline airways", "company"),
    L("h x four q two r", "booking_reference"),
    L("hx4q2r", "booking_reference"),
    L("flight 2231", "flight_number"),
    L("atlanta to accra", "route"),
    L("july 2nd", "event_date"),
    L("two hundred and fifty dollars", "price"),
    L("c h g seven seven one zero", "reference_number"),
]),

R("en-call-010", """
00:02 Agent: Good morning, M50 Toll Services, you're speaking with Declan.
00:05 Caller: Hi Declan, my name is Katarzyna Nowak. I got a letter about an unpaid toll and a penalty, but I paid it.
00:12 Agent: Okay, let's have a look. What's the vehicle registration?
00:15 Caller: 161-KY-2209.
00:19 Agent: And the name and address of the registered owner?
00:22 Caller: Me, Katarzyna Nowak, 12 The Paddocks, Clonee, Dublin 15. Eircode D15 X2K7.
00:30 Agent: Thank you. I see a passage on the 3rd of March at 14:52 between junctions 6 and 7, €3.70, and a penalty of €3.00 on top because it wasn't paid by 8pm the next day.
00:42 Caller: I paid on the app that night, my husband did it for me, Marek.
00:46 Agent: I can see a payment on the 3rd of March at 23:10 from a card ending... let me see, the full card number on that transaction is 5512 3375 2357 9247?
00:55 Caller: Yes, that's Marek's Mastercard, Marek Nowak.
00:58 Agent: Ah, that payment was applied to a different registration, 161-KY-2290. Looks like two digits were swapped.
01:05 Caller: Oh no. That's not even our car.
01:08 Agent: Don't worry, I'll move the payment across and cancel the penalty. The case number is TS-4471092. Can I have a phone number?
01:14 Caller: 086 044 1928.
01:17 Agent: Sorted. You'll get a letter within 5 working days confirming it.
""", [
    P("Declan", "name"),
    P("Katarzyna Nowak", "name"),
    P("161-KY-2209", "plate"),
    P("12 The Paddocks, Clonee, Dublin 15", "address", ["12 The Paddocks"]),
    P("D15 X2K7", "postcode"),
    P("5512 3375 2357 9247", "card"),
    P("Marek Nowak", "name"),
    P("161-KY-2290", "plate"),
    P("086 044 1928", "phone"),
], [
    L("M50 Toll Services", "company"),
    L("the 3rd of March at 14:52", "event_time"),
    L("junctions 6 and 7", "place"),
    L("€3.70", "price"),
    L("€3.00", "price"),
    L("8pm the next day", "deadline"),
    L("TS-4471092", "case_number"),
    L("5 working days", "duration"),
]),

R("en-call-011", """
Parcelwise: Parcelwise customer services, this is Shona. Can I take your tracking number?
Customer: Aye, hello, it's JD0002231457889012.
Parcelwise: Thanks. And your name?
Customer: Hamish MacLeod.
Parcelwise: Thanks, Mr MacLeod. I can see our driver tried to deliver yesterday, but the note says "address not found".
Customer: That's because your driver's satnav takes them up the wrong road. It's Birch Cottage, off the B7059. Birch Cottage, 3 Loanhead Road, Penicuik, EH26 0PX.
Parcelwise: Okay, I'll add delivery instructions. Anything in particular?
Customer: Tell them it's the white house with the green gate after the farm. And if I'm out, leave it with my neighbour at Hillview, Mrs Zielińska. Agnieszka Zielińska.
Parcelwise: Lovely. The parcel is back at the depot in Livingston. I can rebook it for Monday between 07:00 and 19:00, or you could collect it.
Customer: Monday's fine.
Parcelwise: There's usually a £4.99 redelivery fee, but I'll waive that. Can I take a number for the driver?
Customer: 0131 496 0872. Or my mobile, 07700 900318.
Parcelwise: And an email for the updates?
Customer: hamish.macleod@btinternet.com.
Parcelwise: That's you all set. Anything else I can help with today?
Customer: No, ta very much, Shona.
""", [
    P("Shona", "name"),
    P("Hamish MacLeod", "name"),
    P("Birch Cottage, 3 Loanhead Road, Penicuik, EH26 0PX", "address",
      ["Birch Cottage", "3 Loanhead Road", "EH26 0PX"]),
    P("Hillview", "address", ["Hillview"]),
    P("Agnieszka Zielińska", "name"),
    P("0131 496 0872", "phone"),
    P("07700 900318", "phone"),
    P("hamish.macleod@btinternet.com", "email"),
], [
    L("Parcelwise", "company"),
    L("JD0002231457889012", "tracking_number"),
    L("B7059", "road"),
    L("Livingston", "shop_location"),
    L("Monday between 07:00 and 19:00", "event_time"),
    L("£4.99", "price"),
]),

R("en-call-012", """
Service Canada agent: Service Canada, this is Marie-Ève speaking, how may I help you?
Caller: Hello. My husband died three weeks ago, and the funeral home told me to call about the Canada Pension Plan.
Service Canada agent: I'm so sorry for your loss. I can help with the survivor's pension and the death benefit. May I have your name?
Caller: Olena Hrytsenko. O-L-E-N-A.
Service Canada agent: Thank you, Mrs. Hrytsenko. And your husband's full name and Social Insurance Number?
Caller: Bohdan Hrytsenko. His SIN is 672 943 644.
Service Canada agent: And his date of birth?
Caller: August 19, 1951.
Service Canada agent: Thank you. And your own SIN?
Caller: 683 756 894.
Service Canada agent: I see you're already receiving CPP retirement. The death benefit is a one-time payment of $2,500, and the survivor's pension will be combined with your own pension. It usually takes 6 to 8 weeks.
Caller: Will it go to the same bank account?
Service Canada agent: Your direct deposit is with institution 003, transit 04512. Can you confirm the account number?
Caller: 5081237.
Service Canada agent: That matches. I'll also confirm your address: 1207 Portage Ave, Winnipeg, MB R3G 0T6?
Caller: Yes. My son, Taras, is helping me with the papers. Can you call him too? (204) 555-0163.
Service Canada agent: I can send the forms by mail; for me to speak with Taras he'd need to be added as your representative. Your reference number is 2024-SC-88104.
""", [
    P("Marie-Ève", "name"),
    P("Olena Hrytsenko", "name"),
    P("O-L-E-N-A", "name", ["O-L-E-N-A"]),
    P("Bohdan Hrytsenko", "name"),
    P("672 943 644", "national_id", check="sin"),
    P("August 19, 1951", "birth_date"),
    P("683 756 894", "national_id", check="sin"),
    P("5081237", "iban"),
    P("1207 Portage Ave, Winnipeg, MB R3G 0T6", "address", ["1207 Portage Ave", "R3G 0T6"]),
    P("Taras", "name"),
    P("(204) 555-0163", "phone"),
], [
    L("Service Canada", "organisation"),
    L("Canada Pension Plan", "product"),
    L("$2,500", "amount"),
    L("6 to 8 weeks", "duration"),
    L("CPP", "product"),
    L("2024-SC-88104", "reference_number"),
    L("three weeks ago", "relative_date"),
]),
]
