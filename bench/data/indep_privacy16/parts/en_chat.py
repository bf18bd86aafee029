"""English chats (10): UK, Ireland, US, Canada, Australia, NZ, South Africa, India.
Written by hand; all personal data made up."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from rec import email, handle, la, name, only, pii, rec  # noqa: E402

RECORDS = []

# 001 UK retailer live chat, bot hand-over, IP in metadata
RECORDS.append(rec("en-chat-001", """
Live chat transcript - hartleyandfinch.example
Started: 12/04/2024 20:17 | Visitor IP: 198.51.100.219 | Browser: Safari 17.4

Ellie (virtual assistant): Hi there 👋 I'm Ellie, the Hartley & Finch assistant. What can I help with today?
Visitor: where is my order
Ellie (virtual assistant): I can help with that! Please enter your order number (it starts with HF).
Visitor: HF-20391847
Ellie (virtual assistant): Your order was dispatched on 9 April with tracking number QF123456789GB. Would you like to speak to a member of the team?
Visitor: yes please its saying delivered but it isnt
Ellie (virtual assistant): Connecting you now...
Josh (Hartley & Finch): Hi, you're chatting with Josh. Sorry to hear that! Can I confirm the name and delivery address on the order?
Visitor: Karen Osei, 31 Elmfield Road, Bristol BS9 1QT
Josh (Hartley & Finch): Thanks Karen. The courier photo shows it left in a green bin store. Is that at your property?
Visitor: no we dont have one!! I moved in january, I changed it on my account but it obviously went to the old flat. Flat 2, 8 Coronation Road, BS3 1AS
Josh (Hartley & Finch): Ah, I can see that. I'll raise an investigation with the courier (ref INV-558210) and if it isn't found in 48 hours I'll send a replacement of the Linen Throw - Sage (£45.00) to Elmfield Road.
Visitor: ok thank you. can you text me updates? 07700 900417
Josh (Hartley & Finch): Of course. I'll also email karen.osei@oldmail.example with the case details.
Visitor: thats my old email, use karenosei88@example.com
Josh (Hartley & Finch): Updated! Anything else I can help with, Karen?
Visitor: no thats all ta
""", [
    pii("ip", "198.51.100.219"),
    name("Josh"),
    name("Karen Osei"),
    only("address", "31 Elmfield Road, Bristol BS9 1QT", "31 Elmfield Road", "BS9 1QT"),
    only("address", "Flat 2, 8 Coronation Road, BS3 1AS", "Flat 2, 8 Coronation Road", "BS3 1AS"),
    pii("phone", "07700 900417"),
    email("karen.osei@oldmail.example"),
    email("karenosei88@example.com"),
], [
    la("bot_name", "Ellie"),
    la("company_name", "Hartley & Finch"),
    la("order_number", "HF-20391847"),
    la("date", "9 April"),
    la("tracking_number", "QF123456789GB"),
    la("case_number", "INV-558210"),
    la("product_name", "Linen Throw - Sage"),
    la("price", "£45.00"),
    la("duration", "48 hours"),
]))

# 002 Irish letting agent on WhatsApp, HAP form
RECORDS.append(rec("en-chat-002", """
[14/05/2024, 18:22:05] Ciara Byrne: Hi Declan, it's Ciara from the viewing on Saturday, the 2 bed in Phibsborough. We'd love to take it!
[14/05/2024, 18:40:11] Declan - Liffey Lettings: Hi Ciara, great news. The landlord is happy to go ahead. Are you still applying through HAP?
[14/05/2024, 18:41:30] Ciara Byrne: Yes. What do you need from me?
[14/05/2024, 18:44:02] Declan - Liffey Lettings: For the HAP form I need your full name, date of birth and PPS number, plus the names of anyone else living there.
[14/05/2024, 18:47:55] Ciara Byrne: Ciara Byrne, 19/02/1993, PPS 2152588H. My partner is Shane Kinsella and my little boy Oisín (4)
[14/05/2024, 18:48:20] Ciara Byrne: <attached: 00000012-PHOTO-2024-05-14-18-48-20.jpg>
[14/05/2024, 18:50:13] Declan - Liffey Lettings: Perfect, thanks. Rent is €1,850 a month, deposit is one month. Tenancy would start 1 June. The address for the form is Apartment 12, Royal Canal View, Dublin 7, D07 XH52.
[14/05/2024, 18:52:41] Ciara Byrne: Brilliant. Can you send the lease to ciarabyrne.dub@example.com? And Shane's number is 086 305 7719 if you can't get me
[14/05/2024, 18:53:09] Declan - Liffey Lettings: Will do. The RTB registration number for the tenancy is RT0000451223 - you'll need that for HAP as well.
[14/05/2024, 18:55:47] Ciara Byrne: Thanks a million 🙏 the deposit will come from my account, IE38 PTSB 4923 2219 8598 48
[14/05/2024, 18:56:02] Declan - Liffey Lettings: 👍
""", [
    name("Ciara Byrne"),
    name("Declan"),
    pii("birth_date", "19/02/1993"),
    pii("national_id", "2152588H"),
    name("Shane Kinsella"),
    name("Oisín"),
    only("address", "Apartment 12, Royal Canal View, Dublin 7, D07 XH52", "Apartment 12, Royal Canal View", "D07 XH52"),
    email("ciarabyrne.dub@example.com"),
    pii("phone", "086 305 7719"),
    pii("iban", "IE38 PTSB 4923 2219 8598 48"),
], [
    la("company_name", "Liffey Lettings"),
    la("place_name", "Phibsborough"),
    la("price", "€1,850 a month"),
    la("date", "1 June"),
    la("reference", "RT0000451223"),
    la("date", "14/05/2024"),
]))

# 003 US airline, X/Twitter direct messages
RECORDS.append(rec("en-chat-003", """
Direct Messages · @SkyBridgeAir ⇄ @jenna_travels

@jenna_travels: hey my flight to Denver got cancelled and the app keeps crashing, can someone help?? conf QX7P2L
@SkyBridgeAir: Hi Jenna, so sorry about the cancellation! I can rebook you here. Please confirm the full names of everyone on the reservation as they appear on your IDs. ^MR
@jenna_travels: Jenna Kowalczyk and Brandon Lee
@SkyBridgeAir: Thank you. For Secure Flight I also need dates of birth for both travelers.
@jenna_travels: mine is 03/14/1996, his is 11/02/1994
@SkyBridgeAir: Thanks! I can get you both on SB 1187 tomorrow at 7:05 AM from Chicago O'Hare, arriving Denver 8:52 AM. I've added a $12 meal voucher for tonight. Does that work? ^MR
@jenna_travels: ugh early but ok. can you send the new itinerary to jenna.k@example.net
@SkyBridgeAir: Done! I've also added a mobile number for flight alerts, is it still (312) 555-0161? ^MR
@jenna_travels: yes thats me. brandons is (312) 555-0187 if you need it
@SkyBridgeAir: Added to his profile as well. Safe travels! ^MR
""", [
    handle("@jenna_travels"),
    name("Jenna Kowalczyk"),
    name("Brandon Lee"),
    pii("birth_date", "03/14/1996"),
    pii("birth_date", "11/02/1994"),
    email("jenna.k@example.net"),
    pii("phone", "(312) 555-0161"),
    pii("phone", "(312) 555-0187"),
], [
    la("company_name", "SkyBridgeAir"),
    la("booking_reference", "QX7P2L"),
    la("flight_number", "SB 1187"),
    la("time", "7:05 AM"),
    la("time", "8:52 AM"),
    la("price", "$12 meal voucher"),
    la("place_name", "Chicago O'Hare"),
]))

# 004 US bank web chat, fraud dispute, customer pastes card number
RECORDS.append(rec("en-chat-004", """
Secure Chat - First Prairie Bank
Session ID 7c21-88af | Client IP 203.0.113.92 | Authenticated user: dwilliams_82

Daniel Williams: hi there are 3 charges on my debit card I didnt make
First Prairie Bank - Ashley: Hi Daniel, I'm sorry to hear that. I'll help you dispute them. Which charges are they?
Daniel Williams: $89.99 at GLOBALSTREAM*SUB, $240.00 at TECHZONE ONLINE and $15.50 at CAFE LUNA, all on 3/22
Daniel Williams: card is 5582 4414 0897 4658 if you need it
First Prairie Bank - Ashley: Please don't share your full card number in chat, even here – I've masked it on my side. I've locked that card and I'm ordering a replacement now.
First Prairie Bank - Ashley: Can you confirm the mailing address for the new card?
Daniel Williams: 5120 Prairie Wind Dr, Apt 3B, Lincoln NE 68516
First Prairie Bank - Ashley: Thanks. The new card will arrive in 5-7 business days. Your dispute case number is DSP-0042781, and provisional credit of $345.49 will post within 10 business days.
Daniel Williams: ok. can you call me if you need anything? (402) 555-0112
First Prairie Bank - Ashley: Sure. I'll also send the dispute forms to d.williams82@example.com for you to sign.
Daniel Williams: thanks Ashley
""", [
    pii("ip", "203.0.113.92"),
    handle("dwilliams_82"),
    name("Daniel Williams"),
    name("Ashley"),
    pii("card", "5582 4414 0897 4658"),
    only("address", "5120 Prairie Wind Dr, Apt 3B, Lincoln NE 68516", "5120 Prairie Wind Dr", "68516"),
    pii("phone", "(402) 555-0112"),
    email("d.williams82@example.com"),
], [
    la("company_name", "First Prairie Bank"),
    la("price", "$89.99"),
    la("company_name", "GLOBALSTREAM*SUB"),
    la("price", "$240.00"),
    la("company_name", "CAFE LUNA"),
    la("date", "3/22"),
    la("case_number", "DSP-0042781"),
    la("price", "$345.49"),
    la("duration", "5-7 business days"),
]))

# 005 Canadian car rental chat, driver's licence
RECORDS.append(rec("en-chat-005", """
NorthStar Car Rental - Chat
Agent: Hi, you're chatting with Jean-Luc from NorthStar. How can I help?
Customer: Hi! I have a reservation for next weekend (NS-448120) and want to add my husband as a second driver
Agent: Happy to help. Can I have the name on the reservation and your postal code?
Customer: Priyanka Sharma-Lewis, V5K 0A3
Agent: Thanks Priyanka. What's your husband's full name and driver's licence number?
Customer: Owen Lewis, driver's licence R4125-78901-50612, issued in Ontario
Agent: Thank you. He'll also need his date of birth on file, drivers must be 25+ for the Full-Size SUV.
Customer: March 8 1987
Agent: Perfect. The additional driver fee is $13.99/day, so $41.97 for the 3 days. Pick-up is Friday at 10:00 at the Vancouver airport location.
Customer: ok. we'll be staying at my sister's, 2245 Kitchener Street, Vancouver BC V5L 2X1, in case you need to reach us
Agent: Noted. Best phone number?
Customer: (604) 555-0139
Agent: And I'll send the updated confirmation to priyanka.sl@example.org. Anything else?
Customer: nope that's it, thanks!
""", [
    name("Jean-Luc"),
    name("Priyanka Sharma-Lewis"),
    pii("postcode", "V5K 0A3"),
    name("Owen Lewis"),
    pii("national_id", "R4125-78901-50612"),
    pii("birth_date", "March 8 1987"),
    only("address", "2245 Kitchener Street, Vancouver BC V5L 2X1", "2245 Kitchener Street", "V5L 2X1"),
    pii("phone", "(604) 555-0139"),
    email("priyanka.sl@example.org"),
], [
    la("company_name", "NorthStar Car Rental"),
    la("booking_reference", "NS-448120"),
    la("product_name", "Full-Size SUV"),
    la("price", "$13.99/day"),
    la("price", "$41.97"),
    la("time", "Friday at 10:00"),
]))

# 006 Australian pet insurance over Messenger
RECORDS.append(rec("en-chat-006", """
Messenger · PawSure Pet Insurance

Chloe Henderson: hi! my dog Biscuit had surgery on his knee last week, how do I claim? 🐶
PawSure Pet Insurance: Hi Chloe! Sorry to hear about Biscuit, hope he's on the mend 💙 You can claim in the app, or send me the invoice here and I'll lodge it for you. What's your policy number?
Chloe Henderson: PS-2281764
PawSure Pet Insurance: Thanks! Can you confirm your address and mobile for security?
Chloe Henderson: 7 Jacaranda Close, Mount Gravatt East QLD 4122, 0491 571 266
Chloe Henderson: <image: invoice_bayside_vet.jpg>
PawSure Pet Insurance: Got it. Invoice VET-33019 from Bayside Vet Hospital, $4,860.00, surgeon Dr Anjali Rao. With your 80% cover and $250 excess you'll get back $3,688.00.
Chloe Henderson: amazing. can it go to my partner's account? Mitch pays the vet bills
PawSure Pet Insurance: It needs to go to an account in the policyholder's name, sorry! 
Chloe Henderson: ok mine then, BSB 083-170 acc 5521 9043
PawSure Pet Insurance: Done ✅ Claim number CL-77120. You'll get an email at chloe.h@example.com within 5 business days. Give Biscuit a pat from us! - Jordan
""", [
    name("Chloe Henderson"),
    only("address", "7 Jacaranda Close, Mount Gravatt East QLD 4122", "7 Jacaranda Close", "4122"),
    pii("phone", "0491 571 266"),
    name("Anjali Rao"),
    name("Mitch"),
    only("iban", "BSB 083-170 acc 5521 9043", "5521 9043"),
    email("chloe.h@example.com"),
    name("Jordan"),
], [
    la("company_name", "PawSure Pet Insurance"),
    la("pet_name", "Biscuit"),
    la("policy_number", "PS-2281764"),
    la("invoice_number", "VET-33019"),
    la("company_name", "Bayside Vet Hospital"),
    la("price", "$4,860.00"),
    la("percentage", "80%"),
    la("price", "$3,688.00"),
    la("claim_number", "CL-77120"),
]))

# 007 New Zealand payroll portal chat, IRD number
RECORDS.append(rec("en-chat-007", """
PayHub NZ - Employee help chat
Connected from 192.0.2.77 · Employer: Tamaki Freight Ltd · Employee ID 30482

Employee: hi i started last week and my first pay had heaps of tax taken off?
Kate (PayHub): Kia ora! That usually means we didn't have your tax code yet, so the no-notification rate of 45% was used. Can you give me your full name and IRD number?
Employee: Sione Fifita, 083-777-613
Kate (PayHub): Thanks Sione. I can see your IR330 wasn't submitted. What tax code should you be on?
Employee: M i think, its my only job
Kate (PayHub): Great, I've set you to M. The over-deducted tax will be refunded on your next pay on Wednesday 22 May. Are you joining KiwiSaver?
Employee: yes 4% please
Kate (PayHub): Done. Which bank account should your pay go into?
Employee: 06-0158-0932145-00
Kate (PayHub): And can I confirm your home address and phone for your employment record?
Employee: 23 Tui Street, Otahuhu, Auckland 1062, 022 417 3098
Kate (PayHub): Thanks! Your payslips will be emailed to sione.fifita@example.com. Anything else?
Employee: all good cheers
""", [
    pii("ip", "192.0.2.77"),
    name("Kate"),
    name("Sione Fifita"),
    pii("national_id", "083-777-613"),
    pii("iban", "06-0158-0932145-00"),
    only("address", "23 Tui Street, Otahuhu, Auckland 1062", "23 Tui Street", "1062"),
    pii("phone", "022 417 3098"),
    email("sione.fifita@example.com"),
], [
    la("company_name", "Tamaki Freight Ltd"),
    la("customer_number", "30482"),
    la("percentage", "45%"),
    la("product_name", "IR330"),
    la("date", "Wednesday 22 May"),
    la("product_name", "KiwiSaver"),
    la("percentage", "4%"),
]))

# 008 South African municipality WhatsApp, prepaid electricity
RECORDS.append(rec("en-chat-008", """
[2024/06/03, 07:41] Lerato Mokoena: Morning, my prepaid meter is not accepting the token I bought yesterday 😩
[2024/06/03, 07:49] Tshwane Metro Utilities: Good morning! You're chatting with Thandi. Please send the meter number, the token and the account holder's ID number.
[2024/06/03, 07:52] Lerato Mokoena: Meter 04281937465, token 5823 0917 4462 1098 3375
[2024/06/03, 07:52] Lerato Mokoena: ID 8409022937085
[2024/06/03, 07:58] Tshwane Metro Utilities: Thank you Ms Mokoena. The meter is registered at 12 Jacaranda Avenue, Lynnwood, Pretoria, 0081. Is that correct?
[2024/06/03, 07:59] Lerato Mokoena: Yes but my tenant stays there, Sipho Ndlovu. He bought the token, R350
[2024/06/03, 08:05] Tshwane Metro Utilities: The meter needs a key change after the tariff update. I'll send two KCT tokens and then the original token will work. Can I have a cellphone number to SMS them to?
[2024/06/03, 08:06] Lerato Mokoena: Send to Sipho please, 083 612 4470. Mine is 082 419 7730
[2024/06/03, 08:10] Tshwane Metro Utilities: Sent ✅ Reference TMU-2024-118375. If it still doesn't work, email lerato.m@example.com is on file, we'll contact you there.
[2024/06/03, 08:11] Lerato Mokoena: Thank you so much!
""", [
    name("Lerato Mokoena"),
    name("Thandi"),
    pii("national_id", "8409022937085"),
    only("address", "12 Jacaranda Avenue, Lynnwood, Pretoria, 0081", "12 Jacaranda Avenue", "0081"),
    name("Sipho Ndlovu"),
    pii("phone", "083 612 4470"),
    pii("phone", "082 419 7730"),
    email("lerato.m@example.com"),
], [
    la("company_name", "Tshwane Metro Utilities"),
    la("meter_number", "04281937465"),
    la("reference", "5823 0917 4462 1098 3375"),
    la("price", "R350"),
    la("product_name", "KCT tokens"),
    la("reference", "TMU-2024-118375"),
    la("date", "2024/06/03"),
]))

# 009 Indian e-commerce chat, COD order and UPI refund
RECORDS.append(rec("en-chat-009", """
ShopKart Help Centre - Chat
ShopKart Assistant: Hi! I'm Kiara, your ShopKart assistant. Please select: Track order | Return | Refund | Talk to an agent
Customer: Talk to an agent
Ritu (ShopKart): Hello, I am Ritu. How may I help you today?
Customer: hello mam my order of Zentro earbuds was cancelled but amount was debited from my UPI
Ritu (ShopKart): I am sorry for the trouble. Please share your order ID.
Customer: OD4471920385
Ritu (ShopKart): Thank you. I can see ₹1,299 was paid. The refund will be processed to the source UPI ID within 5-7 working days. Can you confirm the UPI ID?
Customer: ananya.iyer94@okaxis
Ritu (ShopKart): Thank you Ananya ji. Do you want to place the order again? Delivery address on the order is 14, 2nd Main Road, near Ganesh Temple, Jayanagar 4th Block, Bengaluru 560011.
Customer: yes same address but please give my brother number also, Karthik 90080 55213, I will be in office
Ritu (ShopKart): Noted. And your registered mobile is 99001 42786?
Customer: yes
Ritu (ShopKart): Your new order ID is OD4471931120, expected delivery by Thursday, 6 June. Invoice will be sent to iyer.ananya@example.com.
Customer: thank you
""", [
    name("Ritu"),
    handle("ananya.iyer94@okaxis"),
    name("Ananya"),
    only("address", "14, 2nd Main Road, near Ganesh Temple, Jayanagar 4th Block, Bengaluru 560011", "14, 2nd Main Road", "560011"),
    name("Karthik"),
    pii("phone", "90080 55213"),
    pii("phone", "99001 42786"),
    email("iyer.ananya@example.com"),
], [
    la("bot_name", "Kiara"),
    la("company_name", "ShopKart"),
    la("product_name", "Zentro earbuds"),
    la("order_number", "OD4471920385"),
    la("price", "₹1,299"),
    la("duration", "5-7 working days"),
    la("order_number", "OD4471931120"),
    la("date", "Thursday, 6 June"),
]))

# 010 Indian bank chat, KYC update with PAN and Aadhaar
RECORDS.append(rec("en-chat-010", """
Bharat Sahakari Bank - NetBanking Chat
Login from 198.51.100.45 | Customer ID 71029384

Customer: I got SMS that my KYC is pending and account will be frozen. Please help
Chat Officer (Neha): Good afternoon sir. I am Neha. To update KYC I need your PAN and Aadhaar details. Kindly confirm your full name as per PAN.
Customer: Ankit Saxena
Chat Officer (Neha): Thank you Mr. Saxena. Please share PAN number.
Customer: PZCPS6516D
Chat Officer (Neha): And Aadhaar number?
Customer: 5674 7615 7221
Chat Officer (Neha): Thank you. Please confirm date of birth and current address.
Customer: 02-11-1989. Address is House No. 56, Sector 21C, Faridabad, Haryana 121001
Chat Officer (Neha): Your savings account ending 0417, full number 50100291830417, IFSC BSBK0000212, is now updated. KYC status will change within 48 hours.
Customer: ok. please update email also, ankit.saxena89@example.com, and mobile +91 98110 46352
Chat Officer (Neha): Mobile number change requires OTP on the old number. I have raised request SRQ-55120983. Is there anything else?
Customer: no thanks
""", [
    pii("ip", "198.51.100.45"),
    name("Neha"),
    name("Ankit Saxena"),
    pii("national_id", "PZCPS6516D"),
    pii("national_id", "5674 7615 7221"),
    pii("birth_date", "02-11-1989"),
    only("address", "House No. 56, Sector 21C, Faridabad, Haryana 121001", "House No. 56, Sector 21C", "121001"),
    pii("iban", "50100291830417"),
    email("ankit.saxena89@example.com"),
    pii("phone", "+91 98110 46352"),
], [
    la("company_name", "Bharat Sahakari Bank"),
    la("customer_number", "71029384"),
    la("reference", "BSBK0000212"),
    la("duration", "48 hours"),
    la("case_number", "SRQ-55120983"),
    la("product_name", "NetBanking"),
]))
