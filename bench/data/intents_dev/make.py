"""Writes messages.csv: development messages for the intent model (cxmine engineer, not independent).

Same columns as bench/data/indep_intents (id, language, channel, previous, text, intent); used to choose the request
focus and previous-turn settings and to check new training data. Never trained on.
"""
import csv
from pathlib import Path

ROWS = {
"nl": [
 ("email", "", "Beste klantenservice,\n\nAllereerst dank voor de snelle levering vorige week, alles zag er netjes uit. Nu heb ik nog een vraag over de kast die erbij zat: de deurtjes sluiten niet goed. Is dat af te stellen of moet ik hem terugsturen?\n\nMet vriendelijke groet,\n<NAME>", "product_question"),
 ("chat", "", "Dankjewel voor je hulp gisteren! Nog iets anders: kan ik de bestelling ook zelf ophalen in de winkel in Zwolle?", "delivery_time"),
 ("chat", "", "Is de Philips Airfryer XXL ook in het zwart te krijgen?", "product_question"),
 ("chat", "Welke bestelling bedoel je precies?", "die van dinsdag, met de tuinstoelen. staat nog steeds op 'in behandeling'", "order_status"),
 ("call", "", "ja goedemiddag eh ik bel omdat eh ik een pakket heb gekregen maar de kan van de waterkoker is gebarsten dus eh wat moet ik nu", "delivery_damage"),
 ("email", "", "Hallo,\nIk heb op 3 mei twee jassen teruggestuurd via PostNL (track & trace 3SABC123). Inmiddels is het drie weken later en ik heb nog steeds geen geld terug ontvangen. Kunnen jullie kijken wat er aan de hand is?\nGroet, <NAME>", "refund_status"),
 ("chat", "", "heb net betaald met ideal maar krijg een foutmelding, is de betaling nou gelukt of niet??", "payment_problem"),
 ("chat", "", "Kunnen jullie een factuur op naam van mijn bedrijf maken? KvK 12345678", "invoice_request"),
 ("chat", "", "ik wil mijn abbonement opzeggen per volgende maand", "cancel_order"),
 ("chat", "Kan ik je nog ergens anders mee helpen?", "ja eigenlijk wel, mijn nieuwe adres is Kerkstraat 5 in Gouda, kan dat nog op de bestelling?", "change_address"),
 ("chat", "", "ik krijg steeds 'onbekend e-mailadres' als ik wil inloggen terwijl ik wel een account heb", "account_login"),
 ("email", "", "Geachte heer/mevrouw,\nAl twee keer heb ik gebeld en beide keren werd mij beloofd dat ik teruggebeld zou worden. Dat is niet gebeurd. Ik vind dit echt onacceptabel.\n<NAME>", "complaint_service"),
 ("chat", "", "mijn stofzuiger (Dyson V11) doet het na een jaar niet meer, valt dat onder de garantie?", "warranty_repair"),
 ("chat", "", "Tot hoe laat is de winkel in Amersfoort open op koopavond?", "opening_hours_contact"),
 ("email", "", "Goedendag, wij zijn een marketingbureau gespecialiseerd in social media voor webshops. Hebben jullie interesse in een vrijblijvend gesprek?", "other"),
 ("chat", "", "wanneer wordt mijn bank geleverd? ik moet er vrij voor nemen", "delivery_time"),
 ("call", "", "eh ja hallo ik heb een bestelling gedaan eh nummer 4 0 0 1 2 3 en ik zie nog niks in de track en trace waar is die", "order_status"),
 ("chat", "", "De schoenen zijn te klein, hoe kan ik ze omruilen voor een maat 42?", "return_request"),
 ("chat", "", "Hoi! Super bedankt voor het snelle antwoord. Nog één vraag: past de hoes van de Vivonita ook op het model van 2022?", "product_question"),
 ("chat", "Het pakket is vandaag afgeleverd volgens PostNL.", "nee hoor er is hier niks bezorgd", "order_status"),
],
"da": [
 ("email", "", "Hej,\n\nTak for en god oplevelse i butikken i lørdags. Jeg købte et spisebord, og jeg vil gerne høre om det kan leveres en lørdag, da jeg arbejder på hverdage?\n\nVenlig hilsen\n<NAME>", "delivery_time"),
 ("chat", "", "Tak for hjælpen! En anden ting: har I Samsung Galaxy Buds 3 på lager i hvid?", "product_question"),
 ("chat", "", "kan jeg hente pakken i jeres butik i stedet for at få den leveret?", "delivery_time"),
 ("chat", "Hvilken ordre drejer det sig om?", "den med de to lamper, 552190. den er stadig ikke afsendt", "order_status"),
 ("call", "", "ja hej øh jeg ringer fordi jeg har fået min kommode i dag men den ene skuffe er helt smadret øh hvad gør jeg", "delivery_damage"),
 ("email", "", "Hej\nJeg returnerede en kjole den 2. i sidste måned og har fået bekræftelse på at I har modtaget den. Men pengene er ikke kommet ind på min konto endnu. Hvornår kan jeg forvente dem?\nMvh <NAME>", "refund_status"),
 ("chat", "", "mobilepay siger betalingen er afvist men pengene er trukket??", "payment_problem"),
 ("chat", "", "kan jeg få en faktura med mit CVR nummer på?", "invoice_request"),
 ("chat", "", "vil gerne annullere min ordre, jeg har fundet den billigere et andet sted", "cancel_order"),
 ("chat", "Er der andet jeg kan hjælpe med?", "ja faktisk, jeg er flyttet. kan I sende den til Vestergade 12 i Aarhus i stedet?", "change_address"),
 ("chat", "", "MitID login virker ikke på jeres side, den bliver bare ved med at loade", "account_login"),
 ("email", "", "Jeg har nu ventet 40 minutter i telefonkø to dage i træk uden at komme igennem. Det er simpelthen ikke godt nok.", "complaint_service"),
 ("chat", "", "min kaffemaskine er gået i stykker efter 14 måneder, kan den repareres under garantien?", "warranty_repair"),
 ("chat", "", "hvad er jeres telefonnummer? kan ikke finde det på siden", "opening_hours_contact"),
 ("email", "", "Hej, jeg er studerende på CBS og skriver speciale om e-handel. Vil I deltage i et kort interview?", "other"),
 ("chat", "", "hvornår kommer min sofa? der står 6-8 uger, passer det stadig?", "delivery_time"),
 ("call", "", "øh ja hej jeg har bestilt nogle sko for en uge siden og der er ikke sket noget hvor er de henne", "order_status"),
 ("chat", "", "bukserne er for store, hvordan bytter jeg dem til en mindre str?", "return_request"),
 ("chat", "", "Hejsa, mange tak for sidst! Kan man bruge jeres gavekort online også?", "product_question"),
 ("chat", "Pakken er leveret til din pakkeshop i går.", "nej der var den ikke, de siger de ikke har noget", "order_status"),
],
"en": [
 ("email", "", "Hi there,\n\nThanks again for sorting out my last order so quickly. I've got a question about the Bosch dishwasher I'm thinking of buying: will the SMV4 model fit a 60cm integrated space?\n\nBest,\n<NAME>", "product_question"),
 ("chat", "", "Thanks so much for your help! One more thing - can I pick up the order from the Leeds store instead of having it delivered?", "delivery_time"),
 ("chat", "", "do you have the Levi's 501 in 32/34 in black?", "product_question"),
 ("chat", "Which order is this about?", "the one with the garden chairs, 10029384. still says processing", "order_status"),
 ("call", "", "yeah hi um I'm ringing because the microwave came this morning and the glass plate is smashed so what happens now", "delivery_damage"),
 ("email", "", "Hello,\nI sent back two jumpers on the 4th with Royal Mail and got an email saying you'd received them. It's been over two weeks and I haven't had the money back yet. Could you look into it?\nThanks, <NAME>", "refund_status"),
 ("chat", "", "klarna says I owe them money but I already paid by card??", "payment_problem"),
 ("chat", "", "could you send me a VAT receipt for my last order please", "invoice_request"),
 ("chat", "", "I want to cancel my subscription from next month", "cancel_order"),
 ("chat", "Is there anything else I can help with?", "yes actually, I've moved - can the parcel go to 8 Mill Lane instead?", "change_address"),
 ("chat", "", "the app keeps logging me out every time I open it", "account_login"),
 ("email", "", "I have emailed you three times now about my order and nobody has bothered to reply. This is a really poor way to treat customers.", "complaint_service"),
 ("chat", "", "my headphones stopped charging after 10 months, are they covered by the warranty?", "warranty_repair"),
 ("chat", "", "what time does the Manchester store open on Sundays?", "opening_hours_contact"),
 ("email", "", "Hi, I run a small YouTube channel about home decor and would love to collaborate with your brand. Who should I talk to?", "other"),
 ("chat", "", "when will my bed be delivered? I need to book a day off", "delivery_time"),
 ("call", "", "hi um yeah I ordered a kettle about a week ago order number 5 5 1 2 and I haven't heard anything where is it", "order_status"),
 ("chat", "", "the trainers are too small, how do I swap them for a size 9?", "return_request"),
 ("chat", "", "Hiya, thanks for the quick reply earlier! Is the Dyson V15 any good on thick carpets?", "product_question"),
 ("chat", "Tracking shows it was delivered yesterday at 2pm.", "it wasn't though, there's nothing here", "order_status"),
],
}
here = Path(__file__).parent
with open(here / "messages.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "language", "channel", "previous", "text", "intent"])
    for lang, rows in ROWS.items():
        for k, (ch, prev, text, intent) in enumerate(rows, 1):
            w.writerow([f"{lang}-d{k:03d}", lang, ch, prev, text, intent])
