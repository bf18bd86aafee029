"""Write README.md; all tables are computed from the records (same data as corpus.jsonl)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402


def main():
    records = [json.loads(l) for l in open(os.path.join(ROOT, "corpus.jsonl"), encoding="utf-8")]
    t1, t2, t3, share = build.tables(records)
    n_pl = sum(len(r["planted"]) for r in records)
    n_lk = sum(len(r["lookalikes"]) for r in records)
    n_mns = sum(len(p["must_not_survive"]) for r in records for p in r["planted"])
    text = f"""# indep_privacy11: independent PII-redaction evaluation set (nl / da / en)

**Score once, untuned.** Nobody may change the redaction tool's rules, patterns, name lists, thresholds or prompts after looking at this set (its texts, its annotations or the per-record results). Run the tool as it is, record the score, and don't tune on it afterwards.

## Who wrote it and how

An independent helper session wrote this set. It saw only a short brief, which gave the file format, the annotation conventions and the target counts. It did not read the repository, the redaction tool, its tests or any other benchmark data, and it did not search code or the web. Every text, name, address and number comes from general knowledge of how customer-service calls, chats and e-mails look in the Netherlands, Flanders, Denmark, the Faroe Islands, Greenland, the UK, Ireland, the US, Canada, South Africa, New Zealand and Australia. All people, addresses and identifiers are made up. Any resemblance to a real person is accidental.

Workflow:
- Records were written a few at a time into `parts/<lang>_<channel>.py`, one part per language and channel. Small helpers in `parts/_helpers.py` write the records.
- `tools/build.py` joins the parts into `corpus.jsonl` and checks them:
  - every planted value and every `must_not_survive` string is an exact, case-sensitive substring of the text;
  - ids are unique, and each language has 12 calls, 10 chats and 8 e-mails;
  - no occurrence of a look-alike overlaps an occurrence of a planted value, and no look-alike contains a `must_not_survive` string;
  - no `must_not_survive` string shows up inside a longer word outside the planted spans (for example, a first name hidden inside a street name);
  - all identifiers that have a check digit are valid.
- `tools/checkdigits.py` generated and validates those identifiers:
  - IBANs: mod 97, plus the Belgian national check;
  - Dutch BSN: 11-test;
  - Belgian rijksregisternummer / INSZ: mod 97, including children born after 2000;
  - Danish CPR: mod 11 with a plausible century digit;
  - payment cards: Luhn;
  - NHS number: mod 11;
  - Irish PPSN: mod 23, old and new format;
  - Canadian SIN: Luhn;
  - South African ID number: Luhn;
  - Australian Medicare: weighted check;
  - New Zealand IRD number: mod 11.

  Identifiers without a check digit are marked as such in the parts: passports, ID cards, driving licences, US SSN, UK NI number and US Medicare MBI.
- Fictitious number ranges are used wherever they exist:
  - UK: Ofcom drama numbers (07700 900xxx, 0113/0121/0131 496 0xxx, 01632 960xxx);
  - US and Canada: 555-01xx;
  - Australia: ACMA 0491 570 1xx;
  - US SSN: 987-65-432x;
  - UK NI number prefix JT, in the usual format;
  - IP addresses: documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32.
- `tools/readme.py` computes the tables below from `corpus.jsonl`.

## Format

`corpus.jsonl` holds one JSON object per line:

```json
{{"id": "nl-call-001", "language": "nl", "channel": "call", "text": "...",
 "planted": [{{"value": "...", "kind": "name", "must_not_survive": ["...", "..."]}}],
 "lookalikes": [{{"value": "...", "kind": "order_number"}}]}}
```

- `language` is `nl` (includes Flemish), `da` (includes Faroese and Greenlandic customers writing or speaking Danish) or `en`. `channel` is `call`, `chat` or `email`.
- `planted` lists personal data that must be redacted. `value` is an exact substring of `text`. `kind` is one of:
  - `name`, `address`, `postcode`, `phone`, `email`, `birth_date`;
  - `iban`: IBANs and plain bank account numbers;
  - `national_id`: BSN, rijksregisternummer/INSZ, CPR, NHS, NI number, PPSN, SSN, SIN, SA ID, IRD, Medicare, passport, ID card and driving licence numbers;
  - `card`, `plate`, `ip`, `username`.
- `must_not_survive` lists exact, case-sensitive substrings that must not appear anywhere in the redacted output:
  - Names: each given name and surname of two or more letters. Particles such as van, de, den, der, el, Ní, Te, á and við are left out. A name spelled letter by letter is kept whole as spelled, for example `j-a-n-s-s-e-n-s`.
  - Addresses: the street with its house number (or the house name, such as "Rose Cottage" or "The Old Forge") plus the postcode.
  - E-mail addresses: the local part and the whole address. For spoken addresses, the spoken forms are used, for example `mette punktum kjaergaard snabel-a jubii punktum dk`.
  - Usernames: the handle without a leading @.
  - Numbers: the number as written, including spoken forms such as "nul zes vier zeven ...".
  - Bank details given as reg.nr./sort code/BSB/transit plus account: only the account number is listed.
- `lookalikes` are strings that look like personal data but aren't, and must be kept verbatim. `kind` is a free label.
- Left unannotated (neither planted nor look-alike): company postal addresses, phone numbers, registration numbers (KvK, CVR, company no.) and generic mailboxes in headers and footers, transcript timestamps, bank branch codes that stand apart from an account number, and bare house numbers such as "nummer 16" or "no. 29".
- Agents' and employees' names are planted as names, because they are personal data too.
- When a person is mentioned several times, the fullest form is planted. Shorter later mentions ("meneer Hoogendijk", "Tak, Lene") are covered by the name tokens in `must_not_survive`, not planted separately. Visibly different forms are planted separately: spelled-out versions, upper-case passport style ("KARTOSEN, Rakesh"), and initials plus surname.

## Counts per language and channel

{t1}

In total there are {n_pl} planted values, with {n_mns} `must_not_survive` strings, and {n_lk} look-alikes: {n_pl / len(records):.1f} planted and {n_lk / len(records):.1f} look-alikes per record. Names make up {share:.0%} of planted values.

## Planted values by kind and language

{t2}

## Look-alikes by kind

{t3}

## What the texts cover

- **Channels and forms**
  - Calls are speech-recognition-style transcripts with one turn per line. They use several kinds of speaker labels (Medewerker/Klant, Spreker 1/2, spk_0/spk_1, [agent]/[klant], A:/C:, named labels) or none at all, with or without timestamps. They include hesitations (eh, øh, erm, uh), self-corrections, repeated numbers, and four fully lower-case transcripts without punctuation (nl-call-002, nl-call-009, da-call-002, en-call-009).
  - Chats are short turns with typos, slang, emoji and author names. They come from web chat, WhatsApp exports, Facebook Messenger, Instagram DMs, Discord and X/Twitter (public replies followed by DMs), and include social-media handles and people pasting card numbers or CPR numbers into the chat.
  - E-mails are complaints with quoted replies, forwarded threads with From/To/Date headers, formal letters (a municipality, a school, a funeral director, a government benefit notice), signatures and legal footers.
- **Ways personal data is written**
  - Names: given names alone, full names, initials ("G.J. Bosman", "X. Lin", "S. Wijnstra"), upper-case passport style, names spelled letter by letter, nicknames (Bec, Shaz), genitives (Maliks, Kenneths, Ewas) and handles that contain names.
  - Third persons: partners, children, neighbours, landlords, GPs, colleagues and the other driver in an accident.
  - Addresses in each country's style:
    - Dutch "huisnummer + toevoeging" (122-2, 3-hs, 41 zwart) and Flemish "bus 3";
    - Danish "2. tv." and "st. th.";
    - Faroese and Greenlandic addresses (Tórshavn, Leirvík, Nuuk, Sisimiut);
    - UK house names, Irish Eircodes, US ZIPs, Canadian postal codes, Australian unit/street forms, NZ rural delivery, South African suburbs and PO boxes;
    - spoken addresses and postcodes.
  - Phones in national and international formats, grouped in pairs, and spoken as digits or in Danish pair words.
  - Dates of birth: numeric in national orders (dd-mm-yyyy, dd.mm.yy, mm/dd/yyyy, ISO), written out, and spoken.
- **Origins of the people**: Dutch, Flemish, Frisian, Moroccan-, Turkish-, Surinamese-Hindustani-, Moluccan-, Indonesian- and Chinese-Dutch, Congolese-Belgian, Ukrainian, Polish, French, Danish, Faroese, Greenlandic, Somali, Afghan, Iranian, Vietnamese, Pakistani, Swedish, English, Scottish, Irish (including Irish-language names), Ghanaian, Nigerian, Māori, Tongan, Greek-Australian, Indian, Punjabi, Québécois, Afrikaans, Zulu and Cape Malay.
- **Sectors**: energy and water utilities, telecom and broadband, banks and payments (card fraud, MobilePay, direct debits), insurers (car, home, storm, bicycle theft, hail), health (GP surgery, pharmacy, out-of-hours line, hospital billing, health insurer, dentist), municipalities and government (parking permits, Borgerservice, council tax, child benefit, student grants, tax, pensions), schools and day care, travel (airlines, ferries, package holidays), parcels and freight, web shops, gyms, housing associations, car lease and tolls, parking, charities, ticketing, gaming, veterinary practices and funeral services.
- **Look-alikes** deliberately resemble personal data:
  - order, invoice, case, ticket, policy, claim, contract and customer numbers;
  - tracking numbers, EAN codes, MPRN and meter serials, SIM serials, payment references that look like card numbers;
  - booking references and flight numbers (including "GL 781" next to a GL IBAN);
  - meter readings, prices and amounts, event dates and times, durations, opening hours, versions and error codes;
  - company, product, place and shop-location names, pet names;
  - spelling-alphabet words ("G als Gerard").
"""
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print("README.md written")


if __name__ == "__main__":
    main()
