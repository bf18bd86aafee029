"""Writes convs/<id>.jsonl (chat_json, one conversation per file) and gold.jsonl from the hand-written dialogues below (dev set for contact reasons).

A: agent, C: customer. Written by the cxmine engineer for development; not independent.
"""
import json
from pathlib import Path

DIALOGUES = {
 "nl-d1": (["order_status", "change_address"], [
  ("A", "Goedemiddag, je spreekt met Sanne van Wonenz. Waarmee kan ik helpen?"),
  ("C", "hoi"),
  ("C", "mijn bestelling is nog steeds niet binnen, het is al ruim een week"),
  ("A", "Vervelend! Wat is je bestelnummer?"),
  ("C", "400918273"),
  ("A", "Ik zie dat het pakket bij PostNL in sortering staat."),
  ("C", "oke. en kan het nog naar mijn werkadres in Utrecht in plaats van thuis?"),
  ("A", "Dat pas ik aan."),
  ("C", "top, bedankt!")]),
 "nl-d2": (["delivery_damage", "refund_status"], [
  ("C", "Hallo, de glazen tafel die gisteren is bezorgd heeft een barst in het blad. Wat nu?"),
  ("A", "Wat vervelend. Kun je een foto sturen?"),
  ("C", "ja ik stuur hem zo"),
  ("C", "Verder wacht ik nog op het geld van de stoelen die ik vorige maand terugstuurde, wanneer krijg ik dat?"),
  ("A", "Dat wordt deze week teruggestort."),
  ("C", "Dank je wel")]),
 "nl-d3": (["product_question"], [
  ("A", "Hoi! Waarmee kan ik je helpen?"),
  ("C", "Hey, past de hoes van de Ektorp ook op de bank van vorig jaar?"),
  ("A", "Welk model heb je precies?"),
  ("C", "de driezits, grijs"),
  ("A", "Ja, die past."),
  ("C", "Super, dank!")]),
 "nl-d4": (["cancel_order", "invoice_request"], [
  ("C", "goedemorgen ik wil graag mijn bestelling van gisteren annuleren, ik heb hem ergens anders goedkoper gevonden"),
  ("A", "Geen probleem, ik heb hem geannuleerd."),
  ("C", "fijn. kunnen jullie me ook nog een factuur sturen van de bestelling van september? met btw nummer erop"),
  ("A", "Ik mail die vandaag."),
  ("C", "thnx")]),
 "nl-d5": (["account_login"], [
  ("A", "Welkom bij de chat van Fietsplaza!"),
  ("C", "ik kom niet in mijn account, de reset mail komt niet aan"),
  ("A", "Heb je in je spam gekeken?"),
  ("C", "ja daar staat ook niks"),
  ("A", "Ik stuur hem opnieuw."),
  ("C", "gelukt, dank")]),
 "da-d1": (["return_request", "refund_status"], [
  ("A", "Hej og velkommen til Bolighuset. Hvad kan jeg hjælpe med?"),
  ("C", "Hej"),
  ("C", "jeg vil gerne sende de to puder retur, farven passer ikke"),
  ("A", "Det er fint. Du får en returlabel på mail."),
  ("C", "tak. og hvornår får jeg pengene tilbage?"),
  ("A", "Inden for 14 dage efter vi har modtaget dem."),
  ("C", "perfekt tak for hjælpen")]),
 "da-d2": (["payment_problem"], [
  ("C", "Hej, jeg er blevet trukket to gange for den samme ordre på MobilePay"),
  ("A", "Det beklager jeg. Hvad er ordrenummeret?"),
  ("C", "55120934"),
  ("A", "Jeg kan se det. Det ene beløb bliver frigivet."),
  ("C", "okay tak")]),
 "da-d3": (["delivery_time", "opening_hours_contact"], [
  ("A", "Goddag, du skriver med Mads fra Sportsgrossisten."),
  ("C", "Hej Mads. Hvornår kan jeg forvente at få mine løbesko, jeg skal bruge dem til lørdag"),
  ("A", "De bliver leveret torsdag med GLS."),
  ("C", "fint. har butikken i Aarhus åbent søndag?"),
  ("A", "Ja, 10-16."),
  ("C", "tak skal du have")]),
 "da-d4": (["warranty_repair"], [
  ("C", "hej min støvsuger er holdt op med at virke efter 8 måneder"),
  ("C", "den lader ikke op mere"),
  ("A", "Ærgerligt. Den er dækket af reklamationsretten, du kan sende den til reparation."),
  ("C", "hvordan gør jeg det?"),
  ("A", "Jeg sender dig en fragtlabel."),
  ("C", "tak")]),
 "da-d5": (["complaint_service", "order_status"], [
  ("C", "Jeg har nu skrevet tre mails uden at få svar, det er simpelthen for dårligt"),
  ("A", "Det er jeg ked af. Hvad drejer det sig om?"),
  ("C", "min ordre 88123 er stadig ikke kommet og ingen svarer"),
  ("A", "Pakken ligger i din pakkeshop."),
  ("C", "ok")]),
 "en-d1": (["delivery_damage"], [
  ("A", "Hi, you're chatting with Jess from HomeGoods. How can I help?"),
  ("C", "hi jess"),
  ("C", "the lamp I got today has a cracked shade"),
  ("A", "Sorry to hear that! Could you share your order number?"),
  ("C", "HG-20391"),
  ("A", "Thanks, we'll send a new shade."),
  ("C", "great, thanks so much!")]),
 "en-d2": (["order_status", "return_request"], [
  ("C", "Hello, my parcel was supposed to come yesterday but tracking hasn't moved since Monday. Any idea where it is?"),
  ("A", "Let me check. It's at the DPD depot and will be out for delivery tomorrow."),
  ("C", "ok thanks. Also the jeans I got last week are too small, how do I send them back?"),
  ("A", "You can print a return label from your account."),
  ("C", "perfect, cheers")]),
 "en-d3": (["change_address", "delivery_time"], [
  ("A", "Welcome to the Brightline chat!"),
  ("C", "Hi! I moved last week, can you change the delivery address on my order to 12 Elm Road?"),
  ("A", "Done."),
  ("C", "Thank you! One more thing: will it still arrive before Friday?"),
  ("A", "Yes, Thursday."),
  ("C", "brilliant")]),
 "en-d4": (["refund_status"], [
  ("C", "hey"),
  ("C", "I cancelled my order two weeks ago and still haven't got my money back"),
  ("A", "I'm sorry. I can see the refund was issued on the 3rd, it can take 5-10 working days."),
  ("C", "ok fine thanks")]),
 "en-d5": (["other"], [
  ("C", "Hi there, I'm a student at Leeds and I'm doing a survey on online shopping, would someone from your team have 10 minutes to answer some questions?"),
  ("A", "Thanks for reaching out, please email marketing@example.com."),
  ("C", "will do, thanks!")]),

 "nl-d6": (["warranty_repair", "opening_hours_contact"], [
  ("C", "Hallo, ik heb vorig jaar bij jullie een koffiemachine gekocht, de Barista Pro."),
  ("C", "Sinds vorige week lekt hij aan de onderkant en nu doet hij helemaal niks meer."),
  ("A", "Vervelend! Heb je de aankoopbon nog?"),
  ("C", "ja die heb ik. valt dit onder de garantie? kan hij gerepareerd worden?"),
  ("A", "Ja, je kunt hem inleveren in de winkel."),
  ("C", "tot hoe laat zijn jullie zaterdag open?"),
  ("A", "Tot 17:00."),
  ("C", "dank je")]),
 "da-d6": (["delivery_damage", "complaint_service"], [
  ("C", "Hej. Jeg bestilte en sofa hos jer for 3 uger siden, ordre 7719203."),
  ("C", "Den kom i går men det ene armlæn er flænset og der mangler to ben i kassen"),
  ("A", "Det er vi kede af. Send gerne billeder."),
  ("C", "har sendt dem. og chaufføren var i øvrigt meget uhøflig og smed kassen i indkørslen"),
  ("A", "Det giver vi videre."),
  ("C", "hvad sker der nu med sofaen? får jeg en ny?"),
  ("A", "Vi sender nye ben og en tekniker til armlænet."),
  ("C", "ok tak")]),
 "en-d6": (["payment_problem", "invoice_request"], [
  ("A", "Hello, this is Tom from Northwind. How can I help you today?"),
  ("C", "um hi yeah I'm calling because my card got declined three times when I tried to pay for the order"),
  ("A", "I'm sorry about that. Which card are you using?"),
  ("C", "a visa debit. it works everywhere else. the money is there"),
  ("A", "Our payment provider had an outage this morning, could you try again now?"),
  ("C", "ok it went through now. can you email me a vat invoice for it as well"),
  ("A", "Sure, I'll send it."),
  ("C", "great thanks bye")]),
 "en-d7": (["cancel_order"], [
  ("C", "Hi, I placed an order this morning for the Aria desk lamp, order 55-10293."),
  ("C", "I've just realised I ordered the wrong colour, I'd rather cancel the whole thing and reorder"),
  ("A", "No problem, it hasn't shipped yet. I've cancelled it."),
  ("C", "thanks! will the money go back to my card automatically?"),
  ("A", "Yes, within 3-5 days."),
  ("C", "lovely, thank you")]),
 "da-d7": (["product_question", "delivery_time"], [
  ("A", "Hej, du taler med Line fra Cykelkompagniet."),
  ("C", "hej Line. jeg overvejer en Trek Marlin 7, findes den i str L i grøn?"),
  ("A", "Ja, vi har en på lager."),
  ("C", "og hvis jeg bestiller i dag, hvornår kan den så være hos mig i Odense?"),
  ("A", "Typisk 2-3 hverdage."),
  ("C", "super tak")]),
}

here = Path(__file__).parent
(here / "convs").mkdir(exist_ok=True)
gold = []
for cid, (reasons, turns) in DIALOGUES.items():
    conv = []
    for k, (who, text) in enumerate(turns):
        conv.append({"conversation_id": cid, "message_id": f"{cid}-{k}", "timestamp": f"2026-11-16T08:{k:02d}:00Z",
                     "author_type": "agent" if who == "A" else "customer",
                     "author_name": "Agent" if who == "A" else "Klant", "text": text})
    (here / "convs" / f"{cid}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in conv),
                                                 encoding="utf-8")
    gold.append({"conversation_id": cid, "file": f"{cid}.jsonl", "language": cid[:2], "reasons": reasons})
(here / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
