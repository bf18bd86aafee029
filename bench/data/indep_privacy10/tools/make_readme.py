"""Write README.md; every table is computed from corpus.jsonl."""
import json, os, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(__file__))
import build  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ['nl', 'da', 'en']
CHANS = ['call', 'chat', 'email']
KINDS = ['name', 'address', 'postcode', 'phone', 'email', 'birth_date', 'iban', 'national_id',
         'card', 'plate', 'ip', 'username']


def table(header, rows):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '|'.join(['---'] * len(header)) + '|']
    out += ['| ' + ' | '.join(str(c) for c in r) + ' |' for r in rows]
    return '\n'.join(out)


def tables(recs):
    per = defaultdict(lambda: [0, 0, 0])
    for r in recs:
        for key in [(r['language'], r['channel']), (r['language'], 'all'), ('all', 'all')]:
            per[key][0] += 1
            per[key][1] += len(r['planted'])
            per[key][2] += len(r['lookalikes'])
    rows = []
    for l in LANGS:
        for c in CHANS + ['all']:
            v = per[(l, c)]
            rows.append([l, c if c != 'all' else '**all**', v[0], v[1], v[2]])
    v = per[('all', 'all')]
    rows.append(['**total**', '', v[0], v[1], v[2]])
    t1 = table(['language', 'channel', 'records', 'planted', 'look-alikes'], rows)

    pk = defaultdict(Counter)
    for r in recs:
        for p in r['planted']:
            pk[p['kind']][r['language']] += 1
    rows = []
    for k in KINDS:
        rows.append([k] + [pk[k][l] for l in LANGS] + [sum(pk[k].values())])
    tot = [sum(pk[k][l] for k in KINDS) for l in LANGS]
    rows.append(['**total**'] + tot + [sum(tot)])
    t2 = table(['kind', 'nl', 'da', 'en', 'total'], rows)

    lk = defaultdict(Counter)
    for r in recs:
        for x in r['lookalikes']:
            lk[x['kind']][r['language']] += 1
    rows = []
    for k in sorted(lk, key=lambda k: (-sum(lk[k].values()), k)):
        rows.append([k] + [lk[k][l] for l in LANGS] + [sum(lk[k].values())])
    tot = [sum(lk[k][l] for k in lk) for l in LANGS]
    rows.append(['**total**'] + tot + [sum(tot)])
    t3 = table(['look-alike kind', 'nl', 'da', 'en', 'total'], rows)

    log = []
    for r in recs:
        build.check_ids(r, log)
    chk = Counter(x[0] for x in log if x[2] is True)
    bad = sum(1 for x in log if x[2] is False)
    t4 = table(['check', 'valid values'], [[k, chk[k]] for k in sorted(chk)] + [['invalid', bad]])

    n = per[('all', 'all')]
    names = sum(pk['name'].values())
    mns = sum(len(p['must_not_survive']) for r in recs for p in r['planted'])
    summary = (f'{n[0]} records, {n[1]} planted values ({n[1] / n[0]:.2f} per record; '
               f'{names} names = {100 * names / n[1]:.0f} %), {mns} must_not_survive strings, '
               f'{n[2]} look-alikes ({n[2] / n[0]:.2f} per record).')
    return t1, t2, t3, t4, summary


TEMPLATE = """# indep_privacy10 – independent evaluation set for redaction of customer-contact logs

**Score once, untuned.** Nobody may change the redaction tool's rules, word lists, thresholds or code after looking at this set; run it once against the tool as it stands and report that result.

## Who wrote it and how

The set was written by an independent helper session that received only a written brief. The helper did not open, list, search or read anything else in the repository, did not look at the redaction tool, its rules, its tests or its other data, and did not search code or the web. All texts, people, addresses and numbers were invented from general knowledge of how customer-service phone calls, chats and e-mails look in the Netherlands, Flanders, Denmark, the UK, Ireland, the US, Canada, New Zealand and Australia. Any resemblance to real persons is accidental. Towns and most street names are real; house numbers and all combinations of name, address and number are invented.

{summary}

Deviation from the brief's targets: the brief asked for about 7-8 planted values and 6-7 look-alikes per record, about 40 % of them names. The texts came out slightly denser, and names make up about half of the planted values. Calls and e-mails naturally name the agent, the customer and one or more third parties. Repeated mentions with the same spelling are not planted again (see Conventions). Different written forms of the same name, such as initials, lower case or spelled out, are planted separately.

## Files

- `corpus.jsonl` – the evaluation set, one JSON object per line (90 records).
- `parts/<language>-<channel>.txt` – the hand-written source of each record; `parts/<language>-<channel>.jsonl` – the same records as JSON lines. `corpus.jsonl` is the concatenation of the `.jsonl` parts.
- `tools/gen.py` – seeded generator of the check-digit identifiers (output in `tools/ids.txt`; not every generated value was used); `tools/checks.py` – the check-digit functions.
- `tools/build.py` – builds the parts and `corpus.jsonl` and validates them; `tools/make_readme.py` – writes this README with tables computed from `corpus.jsonl`.

Rebuild and validate with `python3 tools/build.py` (use `-v` to list every occurrence of a protected string outside its planted value and every checked identifier), then `python3 tools/make_readme.py`.

## Format

```json
{{"id": "nl-call-001", "language": "nl", "channel": "call", "text": "...",
 "planted": [{{"value": "...", "kind": "name", "must_not_survive": ["...", "..."]}}],
 "lookalikes": [{{"value": "...", "kind": "order_number"}}]}}
```

- `language`: `nl` (Dutch, including Flemish), `da` (Danish, including Greenlandic and Faroese people and addresses), `en` (UK, Ireland, US, Canada, New Zealand, Australia). `channel`: `call`, `chat` or `email`.
- `planted`: personal data the tool must remove. `value` is an exact substring of `text`. `kind` is one of `name, address, postcode, phone, email, birth_date, iban, national_id, card, plate, ip, username` (`iban` also covers plain bank account numbers; `national_id` covers BSN, rijksregisternummer, CPR, NHS number, National Insurance number, PPSN, SSN last four, passport, ID-card, driving licence, health card, IRD, TFN and SIN numbers).
- `must_not_survive`: exact, case-sensitive substrings of `text` that must not appear anywhere in the redacted output. Names: every given name and surname of two or more letters (particles such as van, de, el, Ní and initials left out; a name spelled letter by letter is kept whole as spelled; hyphenated given names may be kept whole). Addresses: the street with its house number (or the house name) and the postcode. E-mail addresses: the whole address and the local part (for spoken addresses the spoken forms). Usernames: the handle without a leading @. Numbers: the number as written or spoken. Bank details given as reg.nr./sort code/BSB + account list only the account number.
- `lookalikes`: strings that look like personal data but are not, and must be kept verbatim (order, case, policy, ticket, tracking, customer and member numbers, meter readings, prices, event dates, times, durations, company, product, pet and place names, shop locations, error codes, opening hours, law references, ...). `kind` is a free label. Look-alikes never overlap a planted value, and no `must_not_survive` string occurs inside a look-alike.

Conventions:

- A person mentioned several times is planted at least once; later mentions with the same spelling (e.g. "mevrouw Postma", "Thanks Harpreet") are not listed again but are covered by `must_not_survive`, because those strings must not appear anywhere. Different written forms of a name (initials, spelled out, lower case, married/double-barrelled forms) are planted separately. A Danish/English/Dutch genitive ("Pouls", "Grace's") counts as a mention of the name.
- Left unannotated on purpose: company postal addresses, phone numbers, registration numbers (KvK, CVR, ABN, BIV, company number) and generic mailboxes in headers, footers and bodies; organisation phone numbers; transcript and message timestamps; bank branch codes (reg.nr., sort code, BSB) standing apart from the account number; bare house or flat numbers such as "nr. 14", "op nummer 17", "number 11", "app. 5.1"; partially read-out numbers before a self-correction ("0 4 7").
- Self-corrections: when a speaker gives a wrong phone number or address and corrects it, both forms are planted.

## Counts per language and channel

{t1}

## Planted values by kind and language

{t2}

## Look-alikes by kind and language

{t3}

## Check-digit identifiers

All identifiers that carry a check digit were generated with `tools/gen.py` and are re-validated by `tools/build.py` (spoken digit sequences are converted back to digits first): IBANs (mod 97; Belgian IBANs also with their national mod-97 check), BSN (11-test), rijksregisternummer (mod 97, with the 2000+ variant), CPR (mod 11, century digit consistent with the birth year, last digit consistent with the sex of the person), payment cards and Canadian SIN (Luhn), NHS number (mod 11), PPSN (mod 23, old and new format), Australian TFN and New Zealand IRD (weighted mod 11). Numbers without a check digit (passports, driving licences, NI number, SSN last four, Danish/NZ/Australian/UK account numbers) are format-plausible only. Phone numbers use fictitious ranges where they exist: UK Ofcom drama numbers (07700 900xxx, 0113/0114/0121 496 0xxx, 029 2018 0xxx, 01632 960xxx), North American 555-01xx, Australian 0491 570 1xx (and (08) 5550 for a company). IP addresses come from the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32.

{t4}

## What the texts cover

- **Channels.** Calls are speech-recognition style transcripts, one turn per line: with speaker labels of many kinds (Medewerker/Klant, SPK_1/SPK_2, Speaker 1, AGENT/CALLER, names with company), with or without timestamps in several formats, some entirely lower case without punctuation; hesitations, self-corrections, numbers read out in words or digit by digit (Dutch, Danish and English number words, "double oh"), e-mail addresses spoken out ("apenstaartje", "snabel-a", "at … dot com"), names spelled letter by letter. Chats have short turns, typos, slang, emoji, agent author labels, a WhatsApp export, an Instagram DM thread, an X/Twitter DM thread, a Messenger thread, an Aula school message, bots. E-mails include complaints with quoted replies, forwarded messages with headers, formal letters with sender and recipient blocks, signatures and legal/company footers.
- **Sectors.** Energy and water utilities, telecom and broadband, banks and card issuers (fraud, lost cards, mistaken payments), insurers (car, home, burglary, dog bite, water damage, health), pensions and superannuation, municipalities and tax authorities (moving house, parking permit, council tax, access-to-records request, childcare subsidy, tax refund), GP surgery, hospital and pharmacy, schools and childcare, parcel delivery, web shops, travel agencies and airlines, car rental and parking enforcement, housing associations, private landlords and property managers, gyms, ticketing, gaming, veterinary clinics, funeral directors, charities, a trade union and a privacy (CCPA) request.
- **People.** Dutch, Flemish, Frisian, Danish, Greenlandic, Faroese, English, Welsh, Scottish, Irish (with fadas and Ní/Ó), Māori, Pacific, Turkish, Moroccan, Surinamese-Hindustani, Polish, Somali, Syrian/Arab, Indian, Pakistani, Punjabi, Chinese, Vietnamese, Nigerian, Ghanaian, Ukrainian, Greek, Japanese, Hispanic, French and Quebec names; self-introductions, agents introducing themselves, partners, children, parents, neighbours, landlords, doctors, nurses, teachers, witnesses, colleagues, notaries, undertakers, counterparties; names that are also ordinary words (Koning, Roos, Groen, Bakker, Vlaming, Doorn, Holm, Ravn, Due, Lærke, Joy, Grace, Dawn, Price, Baker, Joke, Line, Hans), initials (K. Peeters, J.W. Kuipers, Liam T.), double-barrelled and married names, lower-case names in transcripts, misspelled names.
- **Addresses.** Dutch toevoegingen (215 bis, 88-3, 140-II, 23 hs, 231 zwart, 12-c, 8 C), Belgian bus numbers, Danish floor/side (3. tv., st. th., 4 mf, 1. sal), a Faroese and a Greenlandic address, UK flats and house names, Welsh streets, Irish Eircodes and apartment/house names, US apartments and ZIP codes, Canadian units and postcodes, Australian unit notation (4/17, 5/22), New Zealand flats, German, French and Swedish addresses, streets named after people (Tweede Jan Steenstraat, Pr. Irenestraat, Jan van Goyenlaan, Niels Finsens gøta, Skt. Pauls Gade).
- **Look-alike traps.** Company and place names that contain surnames or given names (Bloemenhuis Vos, Bouwbedrijf Hendriks, firma Vanhecke, Bedemand Lykke & Søn, Hotel Niels Juel, Anderson & Reid Funerals, St Andrew's Uniting Church), pet names (Tijger, Bobbie, Oscar, Bølle, Mochi, Biscuit), bot names, company social-media handles, numbers shaped like IDs or phone numbers (9-digit policy numbers, 8-digit member numbers, 16-digit tracking numbers, pet microchips, SIM numbers, EAN codes), dates and times of appointments and events, prices, meter readings.
"""


def main():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, 'corpus.jsonl'), encoding='utf-8')]
    t1, t2, t3, t4, summary = tables(recs)
    text = TEMPLATE.format(t1=t1, t2=t2, t3=t3, t4=t4, summary=summary)
    open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write(text)
    print(t1); print(); print(t2); print(); print(summary)


if __name__ == '__main__':
    main()
