"""The whole pipeline at scale: `cxmine run` on a generated export of N customer contacts (default 100,000).

Run from the repo root:  .venv/bin/python bench/bench_run.py [--contacts N] [--keep] [--out DIR] [--seed S]

1. Generates an export as a shop would hand it over: one mbox of e-mail threads (1-3 messages: customer,
   agent reply with the customer's mail quoted, customer follow-up), one JSON Lines chat export (conversation
   ids, 2-8 turns, author_type customer/agent) and a few hundred call transcripts (WebVTT with voice tags or
   `Klant:` prefixes, and plain `Agent:` / `Klant:` / `Kunde:` / `Customer:` transcripts), in Dutch, Danish and
   English, spread over 8 ISO weeks (2026-W41..W48; a few themes rise in the last weeks). Customer texts come
   from 25 themes per language (delivery, returns, refunds, payment, invoices, damage, ...; 4 of them not in
   the FAQ), 2-4 templates per theme and language, with slots (products, order numbers, amounts, cities,
   carriers, payment methods, e-mail addresses, phone numbers, names), openers, context sentences and
   chat-style lowercasing, so texts are not all identical. Plus a FAQ CSV (id, language, question, answer):
   30 entries per language covering 21 of the 25 themes.
2. Runs `cxmine run EXPORTS --out OUT --kb FAQ --agent-domain shop.example --no-progress` in a child process
   under `/usr/bin/time -v`, from a folder without a cxmine.toml, and measures: wall time; per-stage seconds
   (parsed from the run's summary table); peak memory of the process tree (summed PSS and summed RSS of all
   processes, sampled every 0.5 s from /proc, so forked workers count; the largest single process's max RSS
   from GNU time); and the peak PSS while each stage ran (stage boundaries from the run's stage lines on stderr).
3. Counts contacts, messages, questions, intents, KB matches and gaps in OUT, and writes bench/results/run.md.

With --out DIR the export is generated into DIR/exports (kept, and reused when it was generated with the same
--contacts and --seed) and the run writes DIR/out (replaced on every run); without it a temporary folder is
used and deleted unless --keep.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
CXMINE = Path(sys.executable).parent / "cxmine"
LANGS = ("nl", "da", "en")
LANG_WEIGHTS = (0.45, 0.30, 0.25)
WEEKS = [(2026, w) for w in range(41, 49)]  # 8 ISO weeks, Mon 5 Oct - Sun 29 Nov 2026 (Black Friday in W48)
END = datetime.combine(date.fromisocalendar(2026, 49, 1), datetime.min.time(), timezone.utc)  # export cut-off
AGENT_DOMAIN = "shop.example"
SAMPLE_EVERY = 0.5
GEN_VERSION = 2  # bump when the generator changes, so a kept export is not reused

# ---------------------------------------------------------------------------------------------------------------
# Slot values per language. Danish products are definite forms ("sofaen"), so templates say "{p}", never "min {p}".

SLOTS = {
    "nl": {
        "p": ["bank", "eettafel", "hanglamp", "kledingkast", "bureaustoel", "boekenkast", "matras", "spiegel",
              "vloerkleed", "fauteuil", "dressoir", "salontafel", "bedframe", "hoekbank", "tuinset", "stoelen"],
        "c": ["Utrecht", "Zwolle", "Amsterdam", "Eindhoven", "Groningen", "Rotterdam", "Nijmegen", "Haarlem",
              "Breda", "Leeuwarden", "Maastricht", "Den Haag"],
        "cr": ["PostNL", "DHL", "DPD"],
        "pay": ["iDEAL", "Klarna", "creditcard", "PayPal", "Bancontact"],
        "day": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
        "col": ["groen", "grijs", "blauw", "zwart", "beige", "terracotta", "wit"],
        "isl": ["Texel", "Terschelling", "Vlieland", "Ameland", "Schiermonnikoog"],
        "tld": "nl",
        "first": ["Anna", "Sanne", "Lisa", "Daan", "Bram", "Fatima", "Joost", "Marloes", "Pieter", "Eva", "Sem",
                  "Noor", "Thijs", "Mohamed", "Iris", "Ruben", "Femke", "Kees"],
        "last": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "de Wit", "Mulder", "El Amrani", "Bos",
                 "van Dijk", "Peters", "Hendriks", "Kok", "de Boer"],
        "agents": ["Sanne", "Joost", "Iris", "Daan", "Ruben"],
        "phone": lambda r: f"06-{r.randint(10000000, 99999999)}",
        "amount": lambda r: f"{r.randint(19, 1899)},{r.choice(['00', '95', '99', '50'])}",
    },
    "da": {
        "p": ["sofaen", "spisebordet", "lampen", "klædeskabet", "kontorstolen", "reolen", "madrassen", "spejlet",
              "tæppet", "lænestolen", "skænken", "sofabordet", "sengen", "hjørnesofaen", "havemøblerne", "stolene"],
        "c": ["København", "Aarhus", "Odense", "Aalborg", "Roskilde", "Esbjerg", "Vejle", "Horsens", "Randers",
              "Kolding", "Silkeborg", "Næstved"],
        "cr": ["PostNord", "GLS", "DAO"],
        "pay": ["MobilePay", "Dankort", "Klarna", "Visa", "kreditkort"],
        "day": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
        "col": ["grøn", "grå", "blå", "sort", "beige", "rust", "hvid"],
        "isl": ["Bornholm", "Færøerne", "Ærø", "Samsø", "Fanø"],
        "tld": "dk",
        "first": ["Mette", "Sofie", "Ida", "Karsten", "Lars", "Frederik", "Line", "Mads", "Camilla", "Jonas",
                  "Freja", "Rasmus", "Emma", "Anders", "Nanna", "Søren"],
        "last": ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
                 "Rasmussen", "Jørgensen", "Madsen", "Kristensen"],
        "agents": ["Line", "Lone", "Mads", "Camilla", "Søren"],
        "phone": lambda r: f"+45 {r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
        "amount": lambda r: f"{r.randint(149, 14999)}",
    },
    "en": {
        "p": ["sofa", "dining table", "pendant lamp", "wardrobe", "office chair", "bookcase", "mattress", "mirror",
              "rug", "armchair", "sideboard", "coffee table", "bed frame", "corner sofa", "garden set", "chairs"],
        "c": ["Leeds", "Bristol", "Manchester", "York", "Cardiff", "London", "Glasgow", "Brighton", "Norwich",
              "Belfast", "Edinburgh", "Oxford"],
        "cr": ["DPD", "Royal Mail", "Evri"],
        "pay": ["card", "PayPal", "Klarna", "Apple Pay", "Amex"],
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        "col": ["green", "grey", "blue", "black", "beige", "rust", "white"],
        "isl": ["the Isle of Man", "the Shetland Islands", "Orkney", "the Isle of Skye", "Jersey"],
        "tld": "co.uk",
        "first": ["James", "Chloe", "Olivia", "Harry", "Priya", "Josh", "Emily", "Tom", "Aisha", "Jack", "Sophie",
                  "Oliver", "Grace", "Liam", "Megan", "Callum"],
        "last": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "O'Neill", "Patel", "Evans", "Walker",
                 "Wright", "Thompson"],
        "agents": ["Priya", "Josh", "Emma", "Tom", "Grace"],
        "phone": lambda r: f"07700 {r.randint(900000, 900999)}",
        "amount": lambda r: f"{r.randint(19, 1499)}.{r.choice(['00', '95', '99', '50'])}",
    },
}

NL_HET = {"vloerkleed", "dressoir", "bedframe", "matras"}

# ---------------------------------------------------------------------------------------------------------------
# Customer questions: theme -> language -> templates. The last four themes have no FAQ entry (the gaps to find).

THEMES: dict[str, dict[str, list[str]]] = {
    "order_status": {
        "nl": ["Waar blijft mijn {p}? Ik heb bestelling {o} {d} dagen geleden geplaatst.",
               "Mijn track & trace van {cr} zegt al {d} dagen 'in behandeling', waar is mijn pakket?",
               "hoi, wanneer komt mijn bestelling {o} nou eindelijk",
               "Kunt u mij laten weten wat de status is van order {o}?"],
        "da": ["Hvor bliver {p} af? Jeg bestilte for {d} dage siden, ordre {o}.",
               "Sporingen hos {cr} har stået stille i {d} dage, hvor er min pakke?",
               "hej hvornår kommer min ordre {o}",
               "Kan I fortælle mig status på ordre {o}?"],
        "en": ["Where is my {p}? I placed order {o} {d} days ago.",
               "The {cr} tracking has said 'in transit' for {d} days, where is my parcel?",
               "hi when will order {o} finally arrive",
               "Could you tell me the status of order {o}?"],
    },
    "delivery_time": {
        "nl": ["Wat is de levertijd van de {p}?", "Hoe lang duurt het voordat een {p} in {c} bezorgd wordt?",
               "Als ik vandaag de {p} bestel, heb ik hem dan voor {day}?"],
        "da": ["Hvad er leveringstiden på {p}?", "Hvor lang tid tager det at få {p} leveret til {c}?",
               "Hvis jeg bestiller {p} i dag, har jeg den så inden {day}?"],
        "en": ["What is the delivery time for the {p}?", "How long does it take to deliver a {p} to {c}?",
               "If I order the {p} today, will I have it by {day}?"],
    },
    "delivery_slot": {
        "nl": ["Kan ik een tijdvak kiezen voor de bezorging? Ik werk overdag.",
               "Kunnen jullie de {p} op {day} na 18 uur bezorgen?",
               "Belt de bezorger van tevoren? Mijn nummer is {ph}"],
        "da": ["Kan jeg vælge et tidsrum for leveringen? Jeg arbejder om dagen.",
               "Kan I levere {p} på {day} efter kl. 18?",
               "Ringer chaufføren i forvejen? Mit nummer er {ph}"],
        "en": ["Can I choose a delivery slot? I work during the day.",
               "Could you deliver the {p} on {day} after 6 pm?",
               "Does the driver call ahead? My number is {ph}"],
    },
    "missed_delivery": {
        "nl": ["Ik heb de hele dag thuis gewacht maar de bezorger van {cr} is niet gekomen. Wat nu?",
               "Er lag een briefje dat ik niet thuis was, maar ik was gewoon thuis! Wanneer komen ze opnieuw?",
               "De chauffeur heeft de {p} bij de buren gezet zonder te vragen, kan dat zomaar?"],
        "da": ["Jeg ventede hjemme hele dagen, men {cr} kom aldrig. Hvad gør jeg nu?",
               "Der lå en seddel om at jeg ikke var hjemme, men det var jeg! Hvornår kommer de igen?",
               "Chaufføren stillede {p} hos naboen uden at spørge, er det i orden?"],
        "en": ["I waited in all day but the {cr} driver never came. What now?",
               "There was a card saying I wasn't in, but I was home! When will they try again?",
               "The driver left the {p} with my neighbour without asking, is that allowed?"],
    },
    "change_address": {
        "nl": ["Kan ik het bezorgadres van bestelling {o} nog wijzigen? Ik verhuis naar {c}.",
               "Ik heb een verkeerd huisnummer ingevuld, kunnen jullie dat aanpassen?",
               "Is het mogelijk de {p} naar mijn werkadres in {c} te sturen?"],
        "da": ["Kan jeg stadig ændre leveringsadressen på ordre {o}? Jeg flytter til {c}.",
               "Jeg har skrevet et forkert husnummer, kan I rette det?",
               "Er det muligt at sende {p} til min arbejdsadresse i {c}?"],
        "en": ["Can I still change the delivery address for order {o}? I'm moving to {c}.",
               "I entered the wrong house number, can you correct it?",
               "Is it possible to send the {p} to my work address in {c}?"],
    },
    "cancel": {
        "nl": ["Ik wil mijn bestelling {o} annuleren, kan dat nog?",
               "hoi kan ik de {p} nog annuleren, hij is nog niet verzonden",
               "Hoe annuleer ik een bestelling die al onderweg is?"],
        "da": ["Jeg vil gerne annullere min ordre {o}, kan det lade sig gøre?",
               "hej kan jeg nå at annullere {p}, den er ikke sendt endnu",
               "Hvordan annullerer jeg en ordre der allerede er afsendt?"],
        "en": ["I'd like to cancel my order {o}, is that still possible?",
               "hi can I still cancel the {p}, it hasn't shipped yet",
               "How do I cancel an order that is already on its way?"],
    },
    "returns": {
        "nl": ["Hoe kan ik de {p} retourneren?", "Ik wil de {p} terugsturen, krijg ik een retourlabel?",
               "Hoeveel dagen heb ik om een artikel te retourneren?",
               "Halen jullie een grote {p} op voor retour? Hij past niet in mijn auto."],
        "da": ["Hvordan returnerer jeg {p}?", "Jeg vil sende {p} tilbage, får jeg en returlabel?",
               "Hvor mange dage har jeg til at returnere en vare?",
               "Henter I {p} ved retur? Den kan ikke være i min bil."],
        "en": ["How do I return the {p}?", "I want to send the {p} back, do I get a return label?",
               "How many days do I have to return an item?",
               "Do you collect a large {p} for return? It won't fit in my car."],
    },
    "refund": {
        "nl": ["Ik heb nog steeds geen terugbetaling ontvangen voor de {p}, het is al {w} weken.",
               "Wanneer krijg ik mijn geld terug? Ik heb de retour {d} dagen geleden verstuurd.",
               "Jullie zouden € {amt} terugstorten maar ik zie nog niks op mijn rekening"],
        "da": ["Jeg har stadig ikke fået pengene tilbage for {p}, det er {w} uger siden.",
               "Hvornår får jeg mine penge retur? Jeg sendte varen tilbage for {d} dage siden.",
               "I skulle refundere {amt} kr, men jeg kan ikke se noget på kontoen"],
        "en": ["I still haven't received my refund for the {p}, it has been {w} weeks.",
               "When will I get my money back? I sent the return {d} days ago.",
               "You said you would refund £{amt} but nothing has arrived in my account"],
    },
    "payment_failed": {
        "nl": ["Mijn betaling met {pay} is mislukt, maar het geld is wel afgeschreven. Wat moet ik doen?",
               "Ik kan niet afrekenen, de betaalpagina geeft steeds een foutmelding",
               "Waarom wordt mijn betaling met {pay} geweigerd?"],
        "da": ["Min betaling med {pay} gik ikke igennem, men pengene er trukket. Hvad gør jeg?",
               "Jeg kan ikke gennemføre købet, betalingssiden giver en fejl hver gang",
               "Hvorfor bliver min betaling med {pay} afvist?"],
        "en": ["My {pay} payment failed but the money has left my account. What should I do?",
               "I can't check out, the payment page keeps showing an error",
               "Why is my {pay} payment being declined?"],
    },
    "double_charge": {
        "nl": ["Ik ben twee keer gedebiteerd voor bestelling {o}, € {amt} per keer",
               "Er is {n} keer geld afgeschreven voor dezelfde {p}, kunnen jullie dat terugboeken?"],
        "da": ["Jeg er blevet trukket to gange for ordre {o}, {amt} kr hver gang",
               "Der er trukket penge {n} gange for den samme ordre, kan I tilbageføre det?"],
        "en": ["I've been charged twice for order {o}, £{amt} each time",
               "You've taken the money {n} times for the same {p}, can you reverse it?"],
    },
    "invoice": {
        "nl": ["Kunnen jullie de factuur van bestelling {o} opnieuw sturen naar {e}?",
               "Ik heb geen factuur ontvangen voor de {p}, waar kan ik die downloaden?",
               "Ik heb een factuur op bedrijfsnaam nodig met btw-nummer, kan dat?"],
        "da": ["Kan I sende fakturaen for ordre {o} igen til {e}?",
               "Jeg har ikke modtaget en faktura for {p}, hvor kan jeg hente den?",
               "Jeg skal bruge en faktura med CVR-nummer til firmaet, kan det lade sig gøre?"],
        "en": ["Could you resend the invoice for order {o} to {e}?",
               "I never got an invoice for the {p}, where can I download it?",
               "I need a VAT invoice in my company's name, is that possible?"],
    },
    "damaged": {
        "nl": ["De {p} is kapot aangekomen, er zit een grote kras op. Wat nu?",
               "Het glas van de {p} was gebroken bij levering, kunnen jullie een nieuwe sturen?",
               "De doos was helemaal ingedeukt en de {p} is beschadigd"],
        "da": ["{P} kom i stykker, der er en stor ridse i den. Hvad nu?",
               "Glasset i {p} var knust ved levering, kan I sende en ny?",
               "Kassen var helt mast og {p} er beskadiget"],
        "en": ["The {p} arrived damaged, there's a big scratch on it. What now?",
               "The glass on the {p} was broken on delivery, can you send a new one?",
               "The box was crushed and the {p} is damaged"],
    },
    "wrong_item": {
        "nl": ["Ik heb de {p} in het {col} besteld maar een andere kleur gekregen",
               "Er ontbreken schroeven in de doos van de {p}, kunnen jullie die opsturen?",
               "Ik heb de verkeerde {p} ontvangen, hoe ruil ik die om?"],
        "da": ["Jeg bestilte {p} i {col}, men fik en anden farve",
               "Der mangler skruer i kassen til {p}, kan I sende dem?",
               "Jeg har fået den forkerte vare, hvordan bytter jeg den?"],
        "en": ["I ordered the {p} in {col} but got a different colour",
               "There are screws missing from the box of the {p}, can you send them?",
               "I received the wrong {p}, how do I swap it?"],
    },
    "discount_code": {
        "nl": ["Mijn kortingscode {code} werkt niet bij het afrekenen",
               "Kan ik de kortingscode achteraf nog gebruiken voor bestelling {o}?",
               "Geldt de Black Friday korting ook voor de {p}?"],
        "da": ["Min rabatkode {code} virker ikke ved betalingen",
               "Kan jeg bruge rabatkoden bagefter på ordre {o}?",
               "Gælder Black Friday-rabatten også {p}?"],
        "en": ["My discount code {code} doesn't work at checkout",
               "Can I still apply the discount code to order {o} afterwards?",
               "Does the Black Friday discount apply to the {p} too?"],
    },
    "account": {
        "nl": ["Ik kan niet inloggen, de mail om mijn wachtwoord te resetten komt niet aan",
               "Hoe wijzig ik het e-mailadres van mijn account naar {e}?",
               "Mijn account is geblokkeerd na te veel inlogpogingen, wat nu?"],
        "da": ["Jeg kan ikke logge ind, mailen til at nulstille adgangskoden kommer aldrig",
               "Hvordan ændrer jeg e-mailadressen på min konto til {e}?",
               "Min konto er spærret efter for mange forsøg, hvad gør jeg?"],
        "en": ["I can't log in, the password reset email never arrives",
               "How do I change the email address on my account to {e}?",
               "My account is locked after too many login attempts, what now?"],
    },
    "warranty": {
        "nl": ["Mijn {p} is na {n} maanden al kapot, valt dat onder de garantie?",
               "Hoe lang is de garantie op de {p}?",
               "De poot van de {p} is afgebroken, kan die gerepareerd worden?"],
        "da": ["{P} er gået i stykker efter {n} måneder, er det dækket af garantien?",
               "Hvor lang garanti er der på {p}?",
               "Benet på {p} er knækket, kan det repareres?"],
        "en": ["My {p} broke after {n} months, is that covered by the warranty?",
               "How long is the warranty on the {p}?",
               "A leg of the {p} has snapped off, can it be repaired?"],
    },
    "stock": {
        "nl": ["Wanneer is de {p} in het {col} weer op voorraad?",
               "Is de {p} nog leverbaar of is hij uit het assortiment?",
               "Kan ik een melding krijgen als de {p} weer binnen is?"],
        "da": ["Hvornår er {p} i {col} på lager igen?", "Kan man stadig få {p}, eller er den udgået?",
               "Kan jeg få besked når {p} er på lager igen?"],
        "en": ["When will the {p} in {col} be back in stock?",
               "Is the {p} still available or has it been discontinued?",
               "Can I get a notification when the {p} is back in stock?"],
    },
    "product_info": {
        "nl": ["Wat zijn de afmetingen van de {p}? Past hij door een deur van {cm} cm?",
               "Van welk materiaal is de {p} gemaakt?", "Hoe maak ik de stof van de {p} schoon?"],
        "da": ["Hvad er målene på {p}? Kan den komme gennem en dør på {cm} cm?",
               "Hvilket materiale er {p} lavet af?", "Hvordan rengør jeg stoffet på {p}?"],
        "en": ["What are the dimensions of the {p}? Will it fit through a {cm} cm door?",
               "What material is the {p} made of?", "How do I clean the fabric of the {p}?"],
    },
    "assembly": {
        "nl": ["Kunnen jullie de {p} ook monteren? Wat kost dat?",
               "Is de {p} moeilijk in elkaar te zetten of doen jullie dat?",
               "Ik mis de montagehandleiding van de {p}, waar vind ik die?"],
        "da": ["Kan I også samle {p}? Hvad koster det?", "Er {p} svær at samle, eller gør I det?",
               "Jeg mangler samlevejledningen til {p}, hvor finder jeg den?"],
        "en": ["Can you assemble the {p} for me? How much does that cost?",
               "Is the {p} hard to put together or do you do it?",
               "I've lost the assembly instructions for the {p}, where can I find them?"],
    },
    "stores": {
        "nl": ["Hoe laat gaat jullie winkel in {c} open op {day}?", "Staat de {p} in de winkel in {c}?",
               "Wat is jullie telefoonnummer, ik kom er niet uit via de chat"],
        "da": ["Hvornår åbner butikken i {c} på {day}?", "Kan man se {p} i butikken i {c}?",
               "Hvad er jeres telefonnummer? Jeg kan ikke få hjælp i chatten"],
        "en": ["What time does your {c} store open on {day}?", "Can I see the {p} in the {c} store?",
               "What's your phone number? I'm not getting anywhere with the chat"],
    },
    "exchange": {
        "nl": ["Kan ik de {p} ruilen voor een grotere maat in plaats van geld terug?",
               "Ik wil de {p} omruilen voor het {col}, hoe gaat dat?"],
        "da": ["Kan jeg bytte {p} til en større størrelse i stedet for pengene tilbage?",
               "Jeg vil bytte {p} til {col}, hvordan gør jeg?"],
        "en": ["Can I exchange the {p} for a bigger size instead of a refund?",
               "I'd like to swap the {p} for the {col} one, how does that work?"],
    },
    "gift_card": {
        "nl": ["Kan ik met een cadeaukaart betalen en de rest met {pay}?",
               "Hoe lang is mijn cadeaubon van € {amt} geldig?"],
        "da": ["Kan jeg betale med et gavekort og resten med {pay}?", "Hvor længe gælder mit gavekort på {amt} kr?"],
        "en": ["Can I pay with a gift card and the rest by {pay}?", "How long is my £{amt} gift card valid?"],
    },
    "pay_later": {
        "nl": ["Kan ik achteraf betalen met Klarna?", "Kan ik de {p} in termijnen betalen?"],
        "da": ["Kan jeg betale senere med Klarna?", "Kan jeg dele betalingen for {p} op i rater?"],
        "en": ["Can I pay later with Klarna?", "Can I pay for the {p} in instalments?"],
    },
    # --- not in the FAQ ---
    "islands": {
        "nl": ["Bezorgen jullie ook op {isl}? Ik kan daar geen verzendoptie kiezen.",
               "Wat kost het om een {p} naar {isl} te laten bezorgen?"],
        "da": ["Leverer I også til {isl}? Jeg kan ikke vælge en leveringsmetode.",
               "Hvad koster det at få {p} leveret til {isl}?"],
        "en": ["Do you deliver to {isl}? I can't select a shipping option.",
               "How much does it cost to have a {p} delivered to {isl}?"],
    },
    "old_furniture": {
        "nl": ["Nemen jullie mijn oude {p} mee als de nieuwe wordt bezorgd?",
               "Kunnen jullie mijn oude bank laten recyclen? Ik heb geen auto."],
        "da": ["Tager I det gamle møbel med, når {p} bliver leveret?",
               "Kan I sørge for at min gamle sofa bliver genbrugt? Jeg har ingen bil."],
        "en": ["Will you take away my old {p} when you deliver the new one?",
               "Can you recycle my old sofa? I don't have a car."],
    },
    "business": {
        "nl": ["Wij willen {n0} bureaustoelen bestellen voor ons kantoor, krijgen we staffelkorting?",
               "Kunnen bedrijven bij jullie op rekening bestellen met 30 dagen betaaltermijn?"],
        "da": ["Vi vil bestille {n0} kontorstole til kontoret, kan vi få mængderabat?",
               "Kan virksomheder handle på kredit hos jer med 30 dages betaling?"],
        "en": ["We'd like to order {n0} office chairs for our office, is there a bulk discount?",
               "Can businesses order on account with 30-day payment terms?"],
    },
    "price_match": {
        "nl": ["De {p} is bij een andere winkel € {amt2} goedkoper, doen jullie aan prijsgarantie?",
               "Een week na mijn bestelling is de {p} in de aanbieding, krijg ik het verschil terug?"],
        "da": ["{P} er {amt2} kr billigere i en anden butik, matcher I prisen?",
               "En uge efter jeg købte {p}, kom den på tilbud. Får jeg forskellen retur?"],
        "en": ["The {p} is £{amt2} cheaper at another shop, do you price match?",
               "A week after I bought the {p} it went on sale, can I get the difference back?"],
    },
}
NOT_IN_FAQ = ("islands", "old_furniture", "business", "price_match")
# Relative weights; the last two weeks get more damage / missed deliveries, the last week (Black Friday) more
# discount-code and payment questions, the first weeks a few more returns.
BASE_WEIGHT = {"order_status": 10, "delivery_time": 6, "returns": 7, "refund": 6, "damaged": 5, "payment_failed": 4,
               "invoice": 4, "cancel": 4, "change_address": 3, "missed_delivery": 3}


def theme_weights(week_index: int) -> tuple[list[str], list[float]]:
    names, ws = list(THEMES), []
    for t in names:
        w = BASE_WEIGHT.get(t, 2.0 if t not in NOT_IN_FAQ else 1.0)
        if week_index >= 6 and t in ("damaged", "missed_delivery"):
            w *= 2.5
        if week_index == 7 and t in ("discount_code", "payment_failed", "double_charge"):
            w *= 3
        if week_index <= 1 and t in ("returns", "refund"):
            w *= 1.5
        ws.append(w)
    return names, ws


OPENERS = {
    "nl": ["", "", "Hoi, ", "Hallo, ", "Goedemiddag, ", "Hey, "],
    "da": ["", "", "Hej, ", "Hej med jer, ", "Goddag, "],
    "en": ["", "", "Hi, ", "Hello, ", "Hey there, "],
}
CONTEXT = {
    "nl": ["Ik heb {d} dagen geleden een {p} besteld (bestelnummer {o}).", "Het gaat om bestelling {o}.",
           "Vorige week heb ik bij jullie de {p} gekocht.", "Ik ben al {n0} jaar klant bij jullie.",
           "Ik heb al twee keer gebeld maar niemand kon me helpen."],
    "da": ["Jeg bestilte {p} for {d} dage siden (ordre {o}).", "Det drejer sig om ordre {o}.",
           "I sidste uge købte jeg {p} hos jer.", "Jeg har været kunde hos jer i {n0} år.",
           "Jeg har allerede ringet to gange, men ingen kunne hjælpe mig."],
    "en": ["I ordered a {p} {d} days ago (order {o}).", "This is about order {o}.",
           "Last week I bought the {p} from you.", "I've been a customer for {n0} years.",
           "I've already called twice but nobody could help me."],
}
FOLLOW_UPS = {
    "nl": ["Mijn bestelnummer is {o}.", "Het gaat om de {p}.", "Ok, en hoe lang duurt dat dan?",
           "Kunnen jullie me terugbellen op {ph}?", "Is er een mailadres waar ik foto's naar kan sturen?",
           "Moet ik daarvoor zelf iets printen?", "En wat kost dat?", "Oké, maar wanneer hoor ik dan iets?"],
    "da": ["Mit ordrenummer er {o}.", "Det drejer sig om {p}.", "Ok, og hvor lang tid tager det så?",
           "Kan I ringe mig op på {ph}?", "Er der en mailadresse, hvor jeg kan sende billeder?",
           "Skal jeg selv printe noget?", "Og hvad koster det?", "Okay, men hvornår hører jeg noget?"],
    "en": ["My order number is {o}.", "It's about the {p}.", "Ok, and how long will that take?",
           "Can you call me back on {ph}?", "Is there an email address I can send photos to?",
           "Do I need to print anything myself?", "And how much does that cost?", "Okay, but when will I hear back?"],
}
THANKS = {
    "nl": ["top, bedankt!", "Dank je wel, fijne dag!", "ok dank", "Super, bedankt voor de hulp"],
    "da": ["ok tak", "Tusind tak for hjælpen!", "Super, tak", "Tak, god dag"],
    "en": ["thanks!", "Great, thank you", "ok cheers", "Thanks for your help, have a nice day"],
}
AGENT = {
    "nl": ["Ik kijk het even voor je na. Wat is je bestelnummer?", "Vervelend om te horen! Ik zoek het voor je uit.",
           "Dank voor je geduld. Ik heb het doorgegeven aan ons magazijn.",
           "Je ontvangt binnen 2 werkdagen een e-mail van ons.",
           "Ik heb een retourlabel naar je e-mailadres gestuurd.", "Dat is geregeld, je krijgt een bevestiging per mail.",
           "Graag gedaan! Nog een fijne dag.", "De levertijd is 3-5 werkdagen."],
    "da": ["Jeg kigger lige på det. Hvad er dit ordrenummer?", "Det er vi kede af at høre! Jeg undersøger det.",
           "Tak for tålmodigheden. Jeg har givet besked til lageret.",
           "Du får en e-mail fra os inden for 2 hverdage.", "Jeg har sendt en returlabel til din e-mail.",
           "Det er ordnet, du får en bekræftelse på mail.", "Selv tak! Hav en god dag.",
           "Leveringstiden er 3-5 hverdage."],
    "en": ["Let me check that for you. What's your order number?", "Sorry to hear that! I'll look into it.",
           "Thanks for your patience. I've passed it on to our warehouse.",
           "You'll get an email from us within 2 working days.", "I've sent a return label to your email address.",
           "That's sorted, you'll get a confirmation by email.", "You're welcome! Have a nice day.",
           "Delivery takes 3-5 working days."],
}
MAIL = {
    "nl": {"hello": ["Beste klantenservice,", "Goedemorgen,", "Hallo,", "Geachte heer/mevrouw,"],
           "bye": ["Met vriendelijke groet,", "Groet,", "Mvg,", "Alvast bedankt!"],
           "subject": "Vraag over bestelling {o}", "re": "Re: ", "to": "klantenservice",
           "agent_name": "Shop Klantenservice", "agent_hello": "Beste {first},", "agent_bye": "Met vriendelijke groet,",
           "wrote": "Op {when} schreef {who}:", "mobile": "Verstuurd vanaf mijn iPhone"},
    "da": {"hello": ["Hej,", "Kære kundeservice", "Goddag,", "Hej med jer"],
           "bye": ["Med venlig hilsen", "Venlig hilsen", "Mvh", "På forhånd tak"],
           "subject": "Spørgsmål til ordre {o}", "re": "SV: ", "to": "kundeservice",
           "agent_name": "Shop Kundeservice", "agent_hello": "Hej {first},", "agent_bye": "Venlig hilsen",
           "wrote": "Den {when} skrev {who}:", "mobile": "Sendt fra min iPhone"},
    "en": {"hello": ["Hi,", "Hello,", "Dear customer service,", "Hi there,"],
           "bye": ["Kind regards,", "Best,", "Thanks,", "Many thanks,"],
           "subject": "Question about order {o}", "re": "RE: ", "to": "support",
           "agent_name": "Shop Support", "agent_hello": "Hi {first},", "agent_bye": "Kind regards,",
           "wrote": "On {when}, {who} wrote:", "mobile": "Sent from my iPhone"},
}
CALL_LABELS = {"nl": (("Klant", 3), ("Beller", 1)), "da": (("Kunde", 3), ("Opkalder", 1)),
               "en": (("Customer", 3), ("Caller", 1))}
AGENT_LABELS = {"nl": ("Agent", "Medewerker"), "da": ("Agent", "Medarbejder"), "en": ("Agent",)}
CALL_GREETING = {"nl": "Goedemiddag, u spreekt met de klantenservice van Shop, met {a}.",
                 "da": "Shop kundeservice, det er {a}.", "en": "Shop customer service, this is {a} speaking."}
HI = {"nl": "Hoi", "da": "Hej", "en": "Hi"}
SPOKEN = {"nl": ["ja hallo, ", "eh, ", "ja, ", ""], "da": ["ja hej, ", "øh, ", "ja, ", ""],
          "en": ["yeah hi, ", "erm, ", "right, ", ""]}

# ---------------------------------------------------------------------------------------------------------------
# The FAQ: 30 entries, each in nl / da / en (question, answer).

FAQ: list[tuple[str, dict[str, tuple[str, str]]]] = [
    ("track-order", {
        "nl": ("Waar is mijn pakket? Hoe volg ik mijn bestelling?", "Zodra je bestelling is verzonden, krijg je een e-mail met een track-en-tracecode."),
        "da": ("Hvor er min pakke? Hvordan følger jeg min ordre?", "Når din ordre er afsendt, får du en e-mail med et sporingsnummer."),
        "en": ("Where is my parcel? How do I track my order?", "Once your order has shipped you get an email with a tracking code.")}),
    ("delivery-time", {
        "nl": ("Wat is de levertijd van mijn bestelling?", "Voorraadartikelen worden binnen 3-5 werkdagen bezorgd; meubels op bestelling in 4-8 weken."),
        "da": ("Hvad er leveringstiden på min ordre?", "Varer på lager leveres inden for 3-5 hverdage; møbler på bestilling på 4-8 uger."),
        "en": ("How long does delivery take?", "Items in stock are delivered within 3-5 working days; made-to-order furniture takes 4-8 weeks.")}),
    ("delivery-slot", {
        "nl": ("Kan ik een bezorgmoment of tijdvak kiezen?", "Grote meubels bezorgen we zelf; je krijgt een dag van tevoren een tijdvak van vier uur per sms."),
        "da": ("Kan jeg vælge leveringstidspunkt eller tidsrum?", "Store møbler leverer vi selv; du får dagen før et tidsrum på fire timer på sms."),
        "en": ("Can I choose a delivery day or time slot?", "We deliver large furniture ourselves; you get a four-hour slot by text the day before.")}),
    ("missed-delivery", {
        "nl": ("De bezorger is niet gekomen of ik was niet thuis. Wat nu?", "Neem contact op met de vervoerder via de link in je track-en-tracemail om een nieuwe bezorgdag te kiezen."),
        "da": ("Chaufføren kom ikke, eller jeg var ikke hjemme. Hvad nu?", "Kontakt fragtfirmaet via linket i din sporingsmail og vælg en ny leveringsdag."),
        "en": ("The driver didn't come or I wasn't home. What now?", "Contact the carrier through the link in your tracking email to choose a new delivery day.")}),
    ("change-address", {
        "nl": ("Kan ik mijn bezorgadres wijzigen?", "Zolang je bestelling nog niet is verzonden, kunnen we het adres aanpassen. Stuur ons je bestelnummer en het nieuwe adres."),
        "da": ("Kan jeg ændre min leveringsadresse?", "Så længe ordren ikke er afsendt, kan vi ændre adressen. Send os ordrenummer og den nye adresse."),
        "en": ("Can I change my delivery address?", "As long as the order hasn't shipped we can change the address. Send us the order number and the new address.")}),
    ("cancel-order", {
        "nl": ("Hoe annuleer ik mijn bestelling?", "Je kunt kosteloos annuleren tot de bestelling is verzonden, via je account of de klantenservice."),
        "da": ("Hvordan annullerer jeg min ordre?", "Du kan annullere gratis, indtil ordren er afsendt, via din konto eller kundeservice."),
        "en": ("How do I cancel my order?", "You can cancel free of charge until the order has shipped, in your account or through customer service.")}),
    ("return-policy", {
        "nl": ("Hoe lang heb ik om iets te retourneren?", "Je hebt 30 dagen bedenktijd. Grote meubels halen we op; kleine artikelen stuur je terug met het retourlabel."),
        "da": ("Hvor lang tid har jeg til at returnere en vare?", "Du har 30 dages returret. Store møbler henter vi; små varer sender du med returlabelen."),
        "en": ("How long do I have to return something?", "You have 30 days. We collect large furniture; small items go back with the return label.")}),
    ("return-label", {
        "nl": ("Hoe krijg ik een retourlabel?", "Meld je retour aan in je account; je ontvangt het retourlabel per e-mail."),
        "da": ("Hvordan får jeg en returlabel?", "Anmeld returneringen på din konto; du får returlabelen på e-mail."),
        "en": ("How do I get a return label?", "Register the return in your account; the return label comes by email.")}),
    ("refund-time", {
        "nl": ("Wanneer krijg ik mijn geld terug?", "We storten het bedrag binnen 5 werkdagen nadat we je retour hebben ontvangen terug."),
        "da": ("Hvornår får jeg mine penge tilbage?", "Vi refunderer beløbet inden for 5 hverdage, efter vi har modtaget din returvare."),
        "en": ("When will I get my refund?", "We refund the amount within 5 working days of receiving your return.")}),
    ("payment-methods", {
        "nl": ("Hoe kan ik betalen?", "Je kunt betalen met iDEAL, creditcard, PayPal, Bancontact en Klarna."),
        "da": ("Hvordan kan jeg betale?", "Du kan betale med MobilePay, Dankort, Visa/Mastercard og Klarna."),
        "en": ("Which payment methods do you accept?", "You can pay by card, PayPal, Apple Pay and Klarna.")}),
    ("payment-failed", {
        "nl": ("Mijn betaling is mislukt, wat nu?", "Een mislukte betaling wordt automatisch teruggestort binnen 3 werkdagen. Probeer opnieuw of kies een andere betaalmethode."),
        "da": ("Min betaling gik ikke igennem, hvad gør jeg?", "En mislykket betaling frigives automatisk inden for 3 hverdage. Prøv igen eller vælg en anden betalingsmetode."),
        "en": ("My payment failed, what should I do?", "A failed payment is released automatically within 3 working days. Try again or choose another payment method.")}),
    ("charged-twice", {
        "nl": ("Ik ben twee keer afgeschreven, wat nu?", "Een dubbele afschrijving is meestal een reservering die binnen 3 werkdagen vervalt. Anders storten we het bedrag terug."),
        "da": ("Jeg er blevet trukket to gange, hvad nu?", "En dobbelt trækning er som regel en reservation, der frigives inden for 3 hverdage. Ellers refunderer vi beløbet."),
        "en": ("I was charged twice, what now?", "A double charge is usually a reservation that drops off within 3 working days. Otherwise we refund it.")}),
    ("invoice-copy", {
        "nl": ("Waar vind ik mijn factuur?", "Je factuur staat als pdf in je account onder Bestellingen en wordt na verzending gemaild."),
        "da": ("Hvor finder jeg min faktura?", "Din faktura ligger som pdf på din konto under Ordrer og sendes på mail efter afsendelse."),
        "en": ("Where can I find my invoice?", "Your invoice is a PDF in your account under Orders and is emailed after shipping.")}),
    ("vat-invoice", {
        "nl": ("Kan ik een factuur op bedrijfsnaam met btw-nummer krijgen?", "Ja, vul bij het afrekenen je bedrijfsnaam en btw-nummer in, of mail ons en we passen de factuur aan."),
        "da": ("Kan jeg få en faktura med firmanavn og CVR-nummer?", "Ja, angiv firmanavn og CVR-nummer ved betalingen, eller skriv til os, så retter vi fakturaen."),
        "en": ("Can I get a VAT invoice with my company name?", "Yes, enter your company name and VAT number at checkout, or email us and we'll amend the invoice.")}),
    ("damaged-item", {
        "nl": ("Mijn artikel is beschadigd aangekomen. Wat moet ik doen?", "Stuur binnen 48 uur foto's van de schade en de verpakking; we sturen een nieuw onderdeel of product."),
        "da": ("Min vare er kommet beskadiget. Hvad gør jeg?", "Send billeder af skaden og emballagen inden for 48 timer; vi sender en ny del eller vare."),
        "en": ("My item arrived damaged. What should I do?", "Send photos of the damage and the packaging within 48 hours; we'll send a new part or product.")}),
    ("wrong-item", {
        "nl": ("Ik heb een verkeerd artikel of de verkeerde kleur ontvangen.", "Excuses! We halen het verkeerde artikel kosteloos op en bezorgen het juiste."),
        "da": ("Jeg har fået en forkert vare eller farve.", "Undskyld! Vi henter den forkerte vare gratis og leverer den rigtige."),
        "en": ("I received the wrong item or colour.", "Sorry! We collect the wrong item free of charge and deliver the right one.")}),
    ("missing-parts", {
        "nl": ("Er ontbreken onderdelen of schroeven. Hoe krijg ik die?", "Geef het artikelnummer en het onderdeelnummer uit de handleiding door; we sturen ze gratis op."),
        "da": ("Der mangler dele eller skruer. Hvordan får jeg dem?", "Oplys varenummer og delnummer fra vejledningen; vi sender dem gratis."),
        "en": ("Parts or screws are missing. How do I get them?", "Give us the item number and the part number from the instructions; we send them free of charge.")}),
    ("discount-code", {
        "nl": ("Mijn kortingscode werkt niet.", "Een kortingscode geldt niet voor artikelen in de sale en moet bij het afrekenen worden ingevuld; achteraf toepassen kan niet."),
        "da": ("Min rabatkode virker ikke.", "En rabatkode gælder ikke for udsalgsvarer og skal indtastes ved betalingen; den kan ikke bruges bagefter."),
        "en": ("My discount code doesn't work.", "Discount codes don't apply to sale items and must be entered at checkout; they can't be applied afterwards.")}),
    ("reset-password", {
        "nl": ("Ik ben mijn wachtwoord vergeten of kan niet inloggen.", "Klik op 'Wachtwoord vergeten'. Komt de mail niet, kijk dan in je spam of neem contact met ons op."),
        "da": ("Jeg har glemt min adgangskode eller kan ikke logge ind.", "Klik på 'Glemt adgangskode'. Kommer mailen ikke, så tjek spam eller kontakt os."),
        "en": ("I forgot my password or can't log in.", "Click 'Forgot password'. If the email doesn't arrive, check your spam folder or contact us.")}),
    ("change-email", {
        "nl": ("Hoe wijzig ik het e-mailadres van mijn account?", "Ga naar Mijn account > Gegevens en vul je nieuwe e-mailadres in."),
        "da": ("Hvordan ændrer jeg e-mailadressen på min konto?", "Gå til Min konto > Oplysninger og indtast din nye e-mailadresse."),
        "en": ("How do I change the email address on my account?", "Go to My account > Details and enter your new email address.")}),
    ("warranty", {
        "nl": ("Hoe lang is de garantie?", "Op meubels zit 2 jaar garantie, op bureaustoelen en matrassen 5 jaar. Meld een defect met foto's."),
        "da": ("Hvor lang er garantien?", "Der er 2 års garanti på møbler og 5 år på kontorstole og madrasser. Anmeld en fejl med billeder."),
        "en": ("How long is the warranty?", "Furniture has a 2-year warranty, office chairs and mattresses 5 years. Report a defect with photos.")}),
    ("back-in-stock", {
        "nl": ("Wanneer is een uitverkocht artikel weer op voorraad?", "Op de productpagina staat de verwachte week; met 'Mail mij' krijg je bericht zodra het binnen is."),
        "da": ("Hvornår er en udsolgt vare på lager igen?", "Den forventede uge står på produktsiden; med 'Giv mig besked' får du en mail, når den er på lager."),
        "en": ("When will a sold-out item be back in stock?", "The product page shows the expected week; 'Notify me' sends you an email when it's back.")}),
    ("product-dimensions", {
        "nl": ("Wat zijn de afmetingen en het materiaal van een product?", "De afmetingen, het materiaal en het gewicht staan op de productpagina onder Specificaties."),
        "da": ("Hvad er målene og materialet på en vare?", "Mål, materiale og vægt står på produktsiden under Specifikationer."),
        "en": ("What are the dimensions and materials of a product?", "Dimensions, materials and weight are on the product page under Specifications.")}),
    ("fabric-care", {
        "nl": ("Hoe onderhoud en reinig ik de stof van mijn bank?", "Stofzuig regelmatig en dep vlekken met lauw water; de hoezen van de meeste banken kunnen op 30 graden in de was."),
        "da": ("Hvordan vedligeholder og rengør jeg stoffet på min sofa?", "Støvsug jævnligt og dup pletter med lunkent vand; betrækket på de fleste sofaer kan vaskes ved 30 grader."),
        "en": ("How do I care for and clean the fabric of my sofa?", "Vacuum regularly and dab stains with lukewarm water; most sofa covers can be washed at 30 degrees.")}),
    ("assembly-service", {
        "nl": ("Kunnen jullie mijn meubel monteren?", "Ja, montage kost € 49,95 per meubel en kun je bij het afrekenen kiezen. Handleidingen staan op de productpagina."),
        "da": ("Kan I samle mine møbler?", "Ja, montering koster 395 kr pr. møbel og vælges ved betalingen. Vejledninger ligger på produktsiden."),
        "en": ("Can you assemble my furniture?", "Yes, assembly costs £45 per item and can be chosen at checkout. Instructions are on the product page.")}),
    ("opening-hours", {
        "nl": ("Wat zijn de openingstijden van de winkels?", "Onze winkels zijn open van maandag tot en met zaterdag van 10 tot 18 uur, op zondag van 12 tot 17 uur."),
        "da": ("Hvad er butikkernes åbningstider?", "Vores butikker har åbent mandag til lørdag kl. 10-18 og søndag kl. 12-16."),
        "en": ("What are your store opening hours?", "Our stores are open Monday to Saturday 10 am - 6 pm and Sunday 11 am - 5 pm.")}),
    ("contact", {
        "nl": ("Hoe kan ik jullie bereiken?", "Via de chat, per e-mail of telefonisch op werkdagen van 9 tot 17 uur."),
        "da": ("Hvordan kontakter jeg jer?", "Via chatten, på e-mail eller telefon på hverdage kl. 9-17."),
        "en": ("How can I contact you?", "Through the chat, by email or by phone on weekdays from 9 am to 5 pm.")}),
    ("exchange", {
        "nl": ("Kan ik een artikel ruilen voor een andere maat of kleur?", "Ja, binnen 30 dagen. Meld een retour aan en plaats een nieuwe bestelling, of vraag de klantenservice om een ruil."),
        "da": ("Kan jeg bytte en vare til en anden størrelse eller farve?", "Ja, inden for 30 dage. Anmeld en retur og bestil igen, eller bed kundeservice om en ombytning."),
        "en": ("Can I exchange an item for another size or colour?", "Yes, within 30 days. Register a return and place a new order, or ask customer service for an exchange.")}),
    ("gift-card", {
        "nl": ("Hoe werkt een cadeaukaart en hoe lang is die geldig?", "Een cadeaukaart is 2 jaar geldig en kan gecombineerd worden met een andere betaalmethode."),
        "da": ("Hvordan virker et gavekort, og hvor længe gælder det?", "Et gavekort gælder i 2 år og kan kombineres med en anden betalingsmetode."),
        "en": ("How do gift cards work and how long are they valid?", "A gift card is valid for 2 years and can be combined with another payment method.")}),
    ("pay-later", {
        "nl": ("Kan ik achteraf of in termijnen betalen?", "Ja, met Klarna betaal je binnen 30 dagen of in 3 termijnen zonder rente."),
        "da": ("Kan jeg betale senere eller i rater?", "Ja, med Klarna betaler du inden for 30 dage eller i 3 rater uden renter."),
        "en": ("Can I pay later or in instalments?", "Yes, with Klarna you pay within 30 days or in 3 interest-free instalments.")}),
]

# ---------------------------------------------------------------------------------------------------------------
# Generation


class Gen:
    """Random texts for one run: the same seed gives the same export."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.week_themes = [theme_weights(i) for i in range(len(WEEKS))]

    def fill(self, template: str, lang: str, product: str | None = None) -> str:
        r, s = self.r, SLOTS[lang]
        p = product or r.choice(s["p"])
        first = r.choice(s["first"])
        if lang == "nl":  # "de bank", "het dressoir"
            template = template.replace("de {p}", "{dp}").replace("De {p}", "{Dp}")
        elif lang == "en":  # "a sofa", "an armchair"
            template = template.replace("a {p}", "{ap}")
        dp = ("het " if p in NL_HET else "de ") + p
        vals = {
            "p": p, "P": p[:1].upper() + p[1:], "dp": dp, "Dp": dp.capitalize(),
            "ap": ("an " if p[0] in "aeiou" else "a ") + p, "o": str(r.randint(100_000_000, 109_999_999)), "d": r.randint(2, 21),
            "w": r.randint(2, 6), "n": r.randint(2, 14), "n0": r.randint(3, 40), "cm": r.choice((70, 75, 78, 80, 83)),
            "c": r.choice(s["c"]), "cr": r.choice(s["cr"]), "pay": r.choice(s["pay"]), "day": r.choice(s["day"]),
            "col": r.choice(s["col"]), "isl": r.choice(s["isl"]), "amt": s["amount"](r), "amt2": r.randint(10, 250),
            "ph": s["phone"](r), "code": f"{r.choice(('WELKOM', 'SALE', 'BF', 'VIP', 'HOME'))}{r.randint(10, 99)}",
            "e": f"{first.lower().replace(' ', '')}{r.randint(1, 999)}@example.{s['tld']}",
        }
        return template.format(**vals)

    def theme(self, week: int) -> str:
        names, ws = self.week_themes[week]
        return self.r.choices(names, ws)[0]

    def question(self, lang: str, theme: str, chat: bool = False, product: str | None = None,
                 opener: bool = False) -> str:
        r = self.r
        text = self.fill(r.choice(THEMES[theme][lang]), lang, product)
        if chat and r.random() < 0.35:  # chat style: lower case, no final question mark
            text = text[:1].lower() + text[1:] if not text.startswith(("I ", "I'")) else text
            if r.random() < 0.6:
                text = text.rstrip("?")
        opener = r.choice(OPENERS[lang]) if opener else ""
        if opener:
            text = opener + (text[:1].lower() + text[1:] if not text.startswith(("I ", "I'")) else text)
        return text

    def second_question(self, lang: str, week: int, chat: bool) -> str | None:
        """Now and then a second, unrelated question in the same message or turn."""
        return self.question(lang, self.theme(week), chat) if self.r.random() < 0.18 else None

    def when(self, week: int) -> datetime:
        r = self.r
        y, w = WEEKS[week]
        day = date.fromisocalendar(y, w, r.choices(range(1, 8), (16, 14, 14, 13, 12, 7, 5))[0])
        hour = r.choices(range(7, 23), (2, 6, 9, 10, 9, 8, 8, 7, 7, 6, 5, 5, 6, 6, 4, 2))[0]
        return datetime(day.year, day.month, day.day, hour, r.randint(0, 59), r.randint(0, 59), tzinfo=timezone.utc)

    def customer(self, lang: str, pool: int) -> tuple[str, str]:
        """(display name, address) of one of ``pool`` customers per language, so some contact us again."""
        r, s = self.r, SLOTS[lang]
        k = r.randrange(pool)
        rk = random.Random(k * 7 + LANGS.index(lang))
        first, last = rk.choice(s["first"]), rk.choice(s["last"])
        local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        return f"{first} {last}", f"{local}{k}@example.{s['tld']}"


def write_chat(g: Gen, path: Path, n: int, pool: int) -> tuple[int, int]:
    """JSON Lines chat export; returns (conversations, messages)."""
    r, msgs = g.r, 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            lang = r.choices(LANGS, LANG_WEIGHTS)[0]
            week = r.randrange(len(WEEKS))
            theme = g.theme(week)
            t = g.when(week)
            cust, _ = g.customer(lang, pool)
            first = cust.split()[0]
            agent = r.choice(SLOTS[lang]["agents"])
            n_turns = r.randint(2, 8)
            product = r.choice(SLOTS[lang]["p"])
            for k in range(n_turns):
                who = "customer" if k % 2 == 0 else "agent"
                if who == "agent":
                    text = r.choice(AGENT[lang])
                    if k == 1 and r.random() < 0.3:
                        text = f"{HI[lang]} {first}! {text}"
                elif k == 0:
                    text = g.question(lang, theme, chat=True, product=product, opener=True)
                    if (extra := g.second_question(lang, week, True)) is not None:
                        text += " " + extra
                elif k == n_turns - 1 or r.random() < 0.2:
                    text = r.choice(THANKS[lang])
                elif r.random() < 0.5:
                    text = g.fill(r.choice(FOLLOW_UPS[lang]), lang, product)
                else:
                    text = g.question(lang, theme, chat=True, product=product)
                t += timedelta(seconds=r.randint(20, 240))
                if t >= END:
                    break
                rec = {"conversation_id": f"chat-{i + 1:07d}", "message_id": f"chat-{i + 1:07d}-{k}",
                       "timestamp": t.isoformat().replace("+00:00", "Z"), "author_type": who,
                       "author_name": first if who == "customer" else agent, "text": text}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                msgs += 1
    return n, msgs


def _quote(text: str) -> str:
    return "\n".join("> " + x if x else ">" for x in text.splitlines())


def write_mbox(g: Gen, path: Path, n: int, pool: int) -> tuple[int, int]:
    """One mbox of e-mail threads (1-3 messages), written in date order; returns (threads, messages)."""
    r = g.r
    mails: list[tuple[datetime, str]] = []
    for i in range(n):
        lang = r.choices(LANGS, LANG_WEIGHTS)[0]
        m = MAIL[lang]
        week = r.randrange(len(WEEKS))
        theme = g.theme(week)
        t = g.when(week)
        name, addr = g.customer(lang, pool)
        first = name.split()[0]
        shop = f"{m['agent_name']} <{m['to']}@{AGENT_DOMAIN}>"
        cust = f"{name} <{addr}>"
        product = r.choice(SLOTS[lang]["p"])
        order = str(r.randint(100_000_000, 109_999_999))
        subject = m["subject"].format(o=order) if r.random() < 0.5 else g.question(lang, theme, product=product)[:70]
        # 1. the customer's mail
        parts = [r.choice(m["hello"]), ""]
        if r.random() < 0.6:
            parts.append(g.fill(r.choice(CONTEXT[lang]), lang, product))
        parts.append(g.question(lang, theme, product=product))
        if (extra := g.second_question(lang, week, False)) is not None:
            parts.append(extra)
        parts += ["", r.choice(m["bye"]), name]
        if r.random() < 0.4:
            parts.append(SLOTS[lang]["phone"](r))
        if r.random() < 0.15:
            parts += ["", m["mobile"]]
        body = "\n".join(parts)
        n_msgs = r.choices((1, 2, 3), (35, 35, 30))[0]
        mid = f"<{i}.{r.getrandbits(40):x}@mail.example.{SLOTS[lang]['tld']}>"
        thread = [(t, cust, shop, subject, mid, [], body)]
        prev_body, prev_from, prev_t, refs = body, name, t, [mid]
        for k in range(1, n_msgs):
            agent_turn = k % 2 == 1 and not (n_msgs == 2 and r.random() < 0.15)  # sometimes a reminder, no reply
            t2 = prev_t + timedelta(hours=r.randint(1, 40), minutes=r.randint(0, 59))
            if t2 >= END:  # after the export's cut-off
                break
            if agent_turn:
                own = "\n".join([m["agent_hello"].format(first=first), "", r.choice(AGENT[lang]), "",
                                 m["agent_bye"], r.choice(SLOTS[lang]["agents"]), m["agent_name"]])
                frm, to, who = shop, cust, m["agent_name"]
            else:
                follow = g.fill(r.choice(FOLLOW_UPS[lang]), lang, product) if r.random() < 0.5 else \
                    g.question(lang, theme, product=product)
                own = "\n".join([r.choice(m["hello"]), "", follow, "", r.choice(m["bye"]), name])
                frm, to, who = cust, shop, name
            quoted = m["wrote"].format(when=format_datetime(prev_t), who=prev_from) + "\n" + _quote(prev_body)
            body2 = own + "\n\n" + quoted
            mid2 = f"<{i}.{k}.{r.getrandbits(40):x}@{AGENT_DOMAIN if agent_turn else 'mail.example.' + SLOTS[lang]['tld']}>"
            thread.append((t2, frm, to, m["re"] + subject, mid2, list(refs), body2))
            refs.append(mid2)
            prev_body, prev_from, prev_t = own, who, t2
        for (when, frm, to, subj, msg_id, references, text) in thread:
            head = [f"From: {frm}", f"To: {to}", f"Subject: {subj}", f"Date: {format_datetime(when)}",
                    f"Message-ID: {msg_id}"]
            if references:
                head += [f"In-Reply-To: {references[-1]}", f"References: {' '.join(references)}"]
            head += ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit"]
            sender = re.search(r"<([^>]+)>", frm).group(1)
            text = re.sub(r"^From ", ">From ", text, flags=re.M)
            mails.append((when, f"From {sender} {when.strftime('%a %b %d %H:%M:%S %Y')}\n" + "\n".join(head) +
                          "\n\n" + text + "\n\n"))
    mails.sort(key=lambda x: x[0])
    with open(path, "w", encoding="utf-8") as f:
        for _, raw in mails:
            f.write(raw)
    return n, len(mails)


def write_calls(g: Gen, folder: Path, n: int) -> tuple[int, int]:
    """Call transcripts, half WebVTT and half plain text; returns (calls, turns)."""
    r, turns = g.r, 0
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        lang = r.choices(LANGS, LANG_WEIGHTS)[0]
        week = r.randrange(len(WEEKS))
        theme = g.theme(week)
        labels, weights = zip(*CALL_LABELS[lang])
        cust_label = r.choices(labels, weights)[0]
        agent_label = r.choice(AGENT_LABELS[lang])
        agent = r.choice(SLOTS[lang]["agents"])
        product = r.choice(SLOTS[lang]["p"])
        lines: list[tuple[str, str]] = [(agent_label, CALL_GREETING[lang].format(a=agent))]
        for k in range(r.randint(5, 13)):
            if k % 2 == 0:
                q = g.question(lang, theme, chat=True, product=product) if k == 0 or r.random() < 0.4 else \
                    g.fill(r.choice(FOLLOW_UPS[lang]), lang, product)
                lines.append((cust_label, r.choice(SPOKEN[lang]) + (q if q.startswith(("I ", "I'")) else q[:1].lower() + q[1:])))
            else:
                lines.append((agent_label, r.choice(AGENT[lang])))
        lines.append((cust_label, r.choice(THANKS[lang])))
        turns += len(lines)
        ts = 0.0
        if i % 2 == 0:
            out = ["WEBVTT", "", f"NOTE call {i + 1} (2026-W{WEEKS[week][1]})", ""]
            voice = r.random() < 0.5
            for label, text in lines:
                dur = 1.5 + len(text) / 14
                stamp = f"{_vtt(ts)} --> {_vtt(ts + dur)}"
                out += [stamp, f"<v {label}>{text}" if voice else f"{label}: {text}", ""]
                ts += dur + r.uniform(0.2, 1.5)
            (folder / f"call_{lang}_{i + 1:05d}.vtt").write_text("\n".join(out), encoding="utf-8")
        else:
            out = [f"Call {i + 1} - 2026-W{WEEKS[week][1]}", ""]
            stamped = r.random() < 0.6
            for label, text in lines:
                out.append(f"[{_hms(ts)}] {label}: {text}" if stamped else f"{label}: {text}")
                ts += 1.5 + len(text) / 14 + r.uniform(0.2, 1.5)
            (folder / f"call_{lang}_{i + 1:05d}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    return n, turns


def _vtt(s: float) -> str:
    return f"{int(s // 3600):02d}:{int(s % 3600 // 60):02d}:{s % 60:06.3f}"


def _hms(s: float) -> str:
    return f"{int(s // 3600):02d}:{int(s % 3600 // 60):02d}:{int(s % 60):02d}"


def write_faq(path: Path) -> int:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "language", "question", "answer"])
        for kb_id, by_lang in FAQ:
            for lang in LANGS:
                w.writerow([kb_id, lang, *by_lang[lang]])
    return len(FAQ) * len(LANGS)


def split_contacts(n: int) -> dict[str, int]:
    calls = min(400, max(20, n // 250))
    emails = round(0.25 * (n - calls))
    return {"email": emails, "chat": n - calls - emails, "call": calls}


def generate(folder: Path, n: int, seed: int) -> dict:
    """Write folder/exports/{email,chat,calls} and folder/faq.csv; returns what was written (also in manifest.json)."""
    manifest_path = folder / "manifest.json"
    if manifest_path.exists():
        got = json.loads(manifest_path.read_text())
        if (got.get("contacts"), got.get("seed"), got.get("version")) == (n, seed, GEN_VERSION):
            print(f"reusing the export in {folder} ({n:,} contacts, seed {seed})", flush=True)
            return got
    shutil.rmtree(folder / "exports", ignore_errors=True)
    exports = folder / "exports"
    (exports / "email").mkdir(parents=True)
    (exports / "chat").mkdir(parents=True)
    split = split_contacts(n)
    pool = max(50, int(0.8 * n / 3))  # customers per language: about one in five contacts is a repeat
    t = time.perf_counter()
    g = Gen(seed)
    e_threads, e_msgs = write_mbox(g, exports / "email" / "mailbox_2026-w41_w48.mbox", split["email"], pool)
    c_convs, c_msgs = write_chat(g, exports / "chat" / "webchat_2026-w41_w48.jsonl", split["chat"], pool)
    k_calls, k_turns = write_calls(g, exports / "calls", split["call"])
    n_faq = write_faq(folder / "faq.csv")
    size = sum(p.stat().st_size for p in exports.rglob("*") if p.is_file())
    manifest = {"contacts": n, "seed": seed, "version": GEN_VERSION, "email_threads": e_threads, "email_messages": e_msgs,
                "chats": c_convs, "chat_messages": c_msgs, "calls": k_calls, "call_turns": k_turns,
                "messages": e_msgs + c_msgs + k_turns, "faq_rows": n_faq, "bytes": size,
                "files": sum(1 for p in exports.rglob("*") if p.is_file()), "seconds": round(time.perf_counter() - t, 1)}
    manifest_path.write_text(json.dumps(manifest, indent=1))
    print(f"generated {n:,} contacts, {manifest['messages']:,} messages, {size / 1e6:.0f} MB in "
          f"{manifest['seconds']} s", flush=True)
    return manifest


# ---------------------------------------------------------------------------------------------------------------
# Measurement


def _tree(pid: int) -> list[int]:
    """The process and its descendants (the same walk as the ingest bench's memory sampler)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_ingest import _tree as tree

    return tree(pid)


def _mem_kb(pids: list[int]) -> tuple[int, int]:
    """Summed (PSS, RSS) in kB of these processes (PSS counts pages shared between them once)."""
    pss = rss = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
                        break
        except OSError:
            pass
    return pss, rss


STAGE_LINE = re.compile(r"^\s*[✓–]\s+(ingest|topics|intents|gaps|report)\b")


def user_cache_dir() -> Path:
    """cxmine's cache folder as the library finds it (``$CXMINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/cxmine``)."""
    if os.environ.get("CXMINE_CACHE_DIR"):
        return Path(os.environ["CXMINE_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cxmine"


def private_cache(folder: Path) -> Path:
    """A cache folder for the run: the machine's language word lists (built once per install, linked), but no
    sentence embeddings, so texts embedded by an earlier run or another benchmark do not make this one faster."""
    cache = folder / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    lexicon = user_cache_dir() / "lexicon"
    if lexicon.is_dir():
        (cache / "lexicon").symlink_to(lexicon, target_is_directory=True)
    return cache


def _busy_cpu_s() -> float:
    """CPU seconds all processes of the machine have used so far (user + nice + system + irq), from /proc/stat."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return (v[0] + v[1] + v[2] + v[5] + v[6]) / os.sysconf("SC_CLK_TCK")


def measure(cmd: list[str], cwd: Path, log: Path, cache: Path) -> dict:
    """Run ``cmd`` under GNU time; sample the process tree's memory; time the stage lines on stderr."""
    timefile = log.with_suffix(".time")
    env = {**os.environ, "COLUMNS": "400", "PYTHONUNBUFFERED": "1", "CXMINE_CACHE_DIR": str(cache)}
    busy0 = _busy_cpu_s()
    t0 = time.perf_counter()
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", str(timefile), *cmd], cwd=cwd, env=env,
                                stdout=out, stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
        stderr_lines: list[tuple[float, str]] = []

        def read_err() -> None:
            for line in proc.stderr:
                stderr_lines.append((time.perf_counter() - t0, line.rstrip("\n")))
                print("  | " + line.rstrip("\n"), flush=True)

        reader = threading.Thread(target=read_err, daemon=True)
        reader.start()
        samples: list[tuple[float, int, int, int]] = []
        while proc.poll() is None:
            pids = _tree(proc.pid)
            pss, rss = _mem_kb(pids)
            samples.append((time.perf_counter() - t0, pss, rss, len(pids)))
            time.sleep(SAMPLE_EVERY)
        reader.join(timeout=10)
    wall = time.perf_counter() - t0
    busy = _busy_cpu_s() - busy0
    gnu = {}
    if timefile.exists():
        for line in timefile.read_text().splitlines():
            k, _, v = line.strip().rpartition(": ")
            gnu[k] = v
    # peak PSS per stage: a stage runs from the previous stage line (or the start) to its own line
    bounds, start = [], 0.0
    for t, line in stderr_lines:
        m = STAGE_LINE.match(line)
        if m:
            bounds.append((m.group(1), start, t))
            start = t
    stage_peak = {name: max((s[1] for s in samples if a <= s[0] <= b), default=0) / 1024 for name, a, b in bounds}
    stage_start = {name: next((s[1] for s in samples if s[0] >= a), 0) / 1024 for name, a, _ in bounds}
    return {
        "rc": proc.returncode, "wall": wall, "stdout": log.read_text(encoding="utf-8", errors="replace"),
        "stderr": "\n".join(x for _, x in stderr_lines),
        "peak_pss_mb": max((s[1] for s in samples), default=0) / 1024,
        "peak_rss_sum_mb": max((s[2] for s in samples), default=0) / 1024,
        "max_procs": max((s[3] for s in samples), default=0) - 1,  # minus GNU time itself
        "gnu_max_rss_mb": int(gnu.get("Maximum resident set size (kbytes)", 0)) / 1024,
        "user_s": float(gnu.get("User time (seconds)", 0)), "sys_s": float(gnu.get("System time (seconds)", 0)),
        "cpu_pct": gnu.get("Percent of CPU this job got", "?"), "stage_peak_mb": stage_peak,
        "stage_start_mb": stage_start, "machine_busy_s": busy, "samples": len(samples),
    }


def parse_summary(stdout: str) -> list[tuple[str, str, float, str]]:
    """The rows of the run's summary table: (stage, status, seconds, result)."""
    rows = []
    for line in stdout.splitlines():
        cells = [c.strip() for c in line.strip().strip("│┃|").split("│")]
        if len(cells) >= 4 and cells[0] in ("ingest", "topics", "intents", "gaps", "report"):
            try:
                rows.append((cells[0], cells[1], float(cells[2]), cells[3]))
            except ValueError:
                continue
    return rows


def count_out(out: Path) -> dict:
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    def table(name: str, columns: list[str] | None = None):
        p = out / name
        return ds.dataset(p, partitioning="hive").to_table(columns=columns) if p.exists() else None

    res: dict = {}
    msgs = table("messages", ["channel", "speaker", "language"])
    if msgs is not None:
        res["messages"] = msgs.num_rows
        res["customer_messages"] = pc.sum(pc.equal(msgs["speaker"], "customer")).as_py() or 0
        for col in ("channel", "language", "speaker"):
            vc = pc.value_counts(msgs[col]).to_pylist()
            res[f"by_{col}"] = {str(x["values"]): x["counts"] for x in sorted(vc, key=lambda x: -x["counts"])}
    for name in ("contacts", "questions", "intents", "kb_matches", "unanswered", "gaps", "topics", "errors", "report"):
        t = table(name, [])
        res[name] = t.num_rows if t is not None else None
    qs = table("questions", ["channel", "language"])
    if qs is not None:
        res["questions_by_channel"] = {str(x["values"]): x["counts"] for x in pc.value_counts(qs["channel"]).to_pylist()}
    return res


# ---------------------------------------------------------------------------------------------------------------


def _mb(x: float | None) -> str:
    return f"{x:,.0f}" if x and x >= 10 else "–"


def _fmt(n: object) -> str:
    return f"{n:,}" if isinstance(n, int) else ("–" if n is None else str(n))


def write_results(args: argparse.Namespace, man: dict, cmd_shown: str, m: dict, rows: list, counts: dict) -> str:
    split = split_contacts(args.contacts)
    total_stages = sum(r[2] for r in rows)
    ok = m["rc"] == 0
    aim_t, aim_m = 600, 4096
    status = "exit 0" if ok else f"FAILED, exit {m['rc']}"
    lines = [
        "## Whole pipeline at scale (`cxmine run`)", "",
        f"Measured {date.today()} with `.venv/bin/python bench/bench_run.py --contacts {args.contacts}` (2-core / "
        f"24 GB machine, other jobs may have been running). The command timed, run from a folder without a "
        f"cxmine.toml, with a fresh OUT and a fresh `CXMINE_CACHE_DIR` (no cached sentence embeddings; the "
        f"language word lists, built once per install, linked from `~/.cache/cxmine/lexicon`):", "",
        f"    {cmd_shown}", "",
        f"Aim (from the issue): at most 10 minutes and 4 GB for 100,000 contacts on this machine. "
        f"Result: **{status}**, "
        f"**{m['wall']:.0f} s** wall ({'within' if m['wall'] <= aim_t else 'OVER'} 600 s), peak memory "
        f"**{m['peak_pss_mb']:,.0f} MB** PSS summed over the process tree "
        f"({'within' if m['peak_pss_mb'] <= aim_m else 'OVER'} 4 GB).", "",
        "### Input", "",
        "| | contacts | messages / turns | files |", "|---|---:|---:|---:|",
        f"| e-mail (one mbox, threads of 1-3) | {man['email_threads']:,} | {man['email_messages']:,} | 1 |",
        f"| chat (one JSON Lines file, 2-8 turns) | {man['chats']:,} | {man['chat_messages']:,} | 1 |",
        f"| calls (WebVTT + plain transcripts) | {man['calls']:,} | {man['call_turns']:,} | {man['calls']:,} |",
        f"| **total** | **{args.contacts:,}** | **{man['messages']:,}** | {man['files']:,} "
        f"({man['bytes'] / 1e6:.0f} MB) |", "",
        f"Plus a FAQ CSV of {len(FAQ)} entries x nl/da/en ({man['faq_rows']} rows). Generated in {man['seconds']} s "
        f"(seed {args.seed}; split {split}).", "",
        "### What came out", "",
        "| table | rows |", "|---|---:|",
        *[f"| {k} | {_fmt(counts.get(k))} |" for k in ("messages", "customer_messages", "contacts", "questions",
                                                       "intents", "kb_matches", "unanswered", "gaps", "topics",
                                                       "report", "errors")], "",
        f"Messages by channel {counts.get('by_channel')}, by language {counts.get('by_language')}, by speaker "
        f"{counts.get('by_speaker')}; questions by channel {counts.get('questions_by_channel')}.", "",
        "### Time and memory per stage", "",
        "| stage | status | seconds | PSS at start, MB | peak PSS while running, MB | result (the run's summary) |",
        "|---|---|---:|---:|---:|---|",
        *[f"| {s} | {st} | {sec:.1f} | {_mb(m['stage_start_mb'].get(s))} | {_mb(m['stage_peak_mb'].get(s))} "
          f"| {res.replace('|', '/')} |" for s, st, sec, res in rows],
        f"| start-up, summary and exit (wall - stages) | | {m['wall'] - total_stages:.1f} | | | |",
        f"| **total (wall)** | | **{m['wall']:.1f}** | | **{m['peak_pss_mb']:,.0f}** | |", "",
        "PSS is summed over all processes of the run (main process and forked workers) and sampled every "
        f"{SAMPLE_EVERY} s; a stage shorter than that may have no sample (–). The main process keeps what earlier "
        "stages allocated, so a stage's peak includes the memory its predecessors left behind.", "",
        f"Memory: peak of the summed PSS of all processes (sampled every {SAMPLE_EVERY} s from `/proc/*/smaps_rollup`, "
        f"{m['samples']} samples, up to {m['max_procs']} processes at once) {m['peak_pss_mb']:,.0f} MB; summed RSS "
        f"(shared pages counted per process) {m['peak_rss_sum_mb']:,.0f} MB; largest single process "
        f"(GNU time max RSS) {m['gnu_max_rss_mb']:,.0f} MB. CPU: {m['user_s']:.0f} s user + {m['sys_s']:.0f} s "
        f"system ({m['cpu_pct']} of one core). Other processes on the machine used about "
        f"{max(0.0, m['machine_busy_s'] - m['user_s'] - m['sys_s']):.0f} CPU seconds meanwhile "
        f"({max(0.0, m['machine_busy_s'] - m['user_s'] - m['sys_s']) / m['wall']:.0%} of one core; "
        f"the machine has {os.cpu_count()} cores).", "",
        "### How the data was generated", "",
        "`bench/bench_run.py` writes it with a seeded generator: e-mail threads of 1-3 messages (customer mail with "
        "greeting, an optional context sentence, the question, sometimes a second question, sign-off, name and "
        "phone number; agent replies from `shop.example` quoting the customer's mail Gmail-style; customer "
        "follow-ups quoting the reply), chats of 2-8 alternating customer/agent turns (chat-style lower case, "
        "missing question marks, follow-ups with order numbers and phone numbers, closing thanks), and call "
        "transcripts of 7-15 turns (half WebVTT with `<v Klant>` voices or `Klant:` prefixes, half plain text "
        "with `Agent:` / `Klant:` / `Kunde:` / `Customer:` labels, with or without `[hh:mm:ss]` stamps; calls "
        "carry no clock time, so they have no `sent_at`). Languages nl 45 %, da 30 %, en 25 %; dates over "
        "2026-W41..W48, weekdays busier than weekends; 25 themes with 2-4 templates per language whose slots "
        "(16 products, 12 cities, carriers, payment methods, colours, islands, order numbers, amounts, e-mail "
        "addresses, phone numbers) make the texts vary; damage and missed deliveries rise in the last two weeks "
        "and discount-code and payment questions in the last (Black Friday) week. Four themes (islands delivery, "
        "taking away old furniture, business orders, price matching) have no FAQ entry. About one contact in five "
        "comes from a customer seen before (repeat contacts).",
    ]
    if not ok:
        lines += ["", "### Failure", "", "```", m["stderr"][-3000:], "```"]
    return "\n".join(lines) + "\n"


NOTES = """
### Notes

- Session of 2026-12-04, same export (100,000 contacts, seed 7), three full runs: 359 s / 3.0 GB (shared
  `~/.cache/cxmine`: intents 65 s), 510 s / 2.9 GB (fresh cache; other jobs were running on the machine around
  then: intents 228 s) and the 344 s / 2.9 GB above (fresh cache, quiet machine: intents 63 s). The intents
  stage embeds the English questions with MiniLM using all cores; measured separately, ~340 texts/s on a quiet
  machine, ~60 texts/s with 2 torch threads while another process holds a core, ~165 texts/s with 1 thread
  then, so a busy machine can cost the stage 3-4x. The bench runs with a private `CXMINE_CACHE_DIR` and reports
  the CPU other processes used.
- Fixed costs: 300 contacts take ~40 s and ~1.7 GB (imports, numba compilation in the topics stage, the
  intent and sentence models); the main process keeps what each stage allocated, so the peak is reached in the
  last stage although the report itself is small.
- The CPU use of the whole run is ~125 % of one core on 2 cores: topics (the largest stage) fits UMAP seeded,
  hence single-threaded, one language after another.
- The number of topics differs from run to run on the same input and seed (719, 713, 709 here; 272 / 263 / 269
  on the 5,000-contact export): UMAP 0.5.12 with `init="spectral"` gives a different layout on every fit although
  `random_state` is set (`init="random"` is reproducible). The gap count varied too (29, 31, 31).
- The data ends on Sunday 29 November (W48) and the report calls W48 a partial week, because a week counts as
  complete only when the data reaches the next Monday.
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--contacts", type=int, default=100_000, help="contacts to generate (default 100,000)")
    ap.add_argument("--out", type=Path, help="folder for the export and the run's OUT (kept); default: a temp folder")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder with the generated data")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-results", action="store_true", help="do not write bench/results/run.md")
    args = ap.parse_args()

    folder = args.out.resolve() if args.out else Path(tempfile.mkdtemp(prefix="cxmine-bench-run-"))
    folder.mkdir(parents=True, exist_ok=True)
    rc = 1
    try:
        man = generate(folder, args.contacts, args.seed)
        out = folder / "out"
        shutil.rmtree(out, ignore_errors=True)
        cwd = folder / "cwd"  # no cxmine.toml / pyproject.toml here: only the options count
        cwd.mkdir(exist_ok=True)
        cmd = [str(CXMINE), "run", str(folder / "exports"), "--out", str(out), "--kb", str(folder / "faq.csv"),
               "--agent-domain", AGENT_DOMAIN, "--no-progress"]
        cmd_shown = "cxmine run EXPORTS --out OUT --kb faq.csv --agent-domain shop.example --no-progress"
        print("running: " + " ".join(cmd), flush=True)
        m = measure(cmd, cwd, folder / "run.log", private_cache(folder))
        rc = m["rc"]
        rows = parse_summary(m["stdout"])
        counts = count_out(out) if m["rc"] == 0 or (out / "messages").exists() else {}
        for s, st, sec, res in rows:
            print(f"{s:<8} {st:<8} {sec:7.1f} s  peak {m['stage_peak_mb'].get(s, 0):7,.0f} MB  {res}")
        print(f"total {m['wall']:.1f} s, peak PSS {m['peak_pss_mb']:,.0f} MB, summed RSS {m['peak_rss_sum_mb']:,.0f} MB, "
              f"largest process {m['gnu_max_rss_mb']:,.0f} MB, exit {m['rc']}")
        print(json.dumps(counts, indent=1))
        if m["rc"] != 0:
            print(m["stderr"][-3000:])
        text = write_results(args, man, cmd_shown, m, rows, counts)
        if args.contacts == 100_000:
            text += NOTES
        if not args.no_results:
            RESULTS.mkdir(parents=True, exist_ok=True)
            (RESULTS / "run.md").write_text(text, encoding="utf-8")
        print(text)
    finally:
        if args.out is None and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            print(f"data kept in {folder}")
    sys.exit(0 if rc == 0 else 1)


if __name__ == "__main__":
    main()
