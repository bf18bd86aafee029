"""Build corpus.jsonl from parts/*.txt sources, validate, and compute README tables.

Source format per record:
### <id> <language> <channel>
<text lines>
@@planted
<kind> | <value> [| <must_not_survive 1> ;; <must_not_survive 2> ...]
@@lookalikes
<kind> | <value>
@@end
"""
import json, os, re, sys, glob
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(__file__))
from checks import *

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {'name', 'address', 'postcode', 'phone', 'email', 'birth_date', 'iban', 'national_id',
         'card', 'plate', 'ip', 'username'}
PARTICLES = {'van', 'de', 'der', 'den', 'het', "'t", 'ten', 'ter', 'te', 'el', 'al', 'la', 'le', 'du',
             'da', 'di', 'dos', 'das', 'von', 'ní', 'nic', 'ó', 'bin', 'ben', 'ibn', 'af', 'op', 'in',
             'mr', 'mrs', 'ms', 'miss', 'dr', 'mevrouw', 'meneer', 'dhr', 'mevr', 'fru', 'hr', 'mw', 'mx'}
ORDER = ['nl', 'da', 'en']
CHANNELS = ['call', 'chat', 'email']


def default_mns(kind, value):
    if kind == 'name':
        if re.fullmatch(r'([A-Za-zÀ-ÿÆØÅæøå][ -.]){2,}[A-Za-zÀ-ÿÆØÅæøå]\.?', value):
            return [value]  # spelled letter by letter
        toks = re.split(r'[\s]+', value)
        out = []
        for t in toks:
            for p in ([t] if "'" in t else t.split('-')):
                p = p.strip('.,;:()')
                if len(p) < 2 or p.lower() in PARTICLES:
                    continue
                out.append(p)
        return out
    if kind == 'email':
        if '@' in value:
            return [value, value.split('@')[0]]
        return None
    if kind == 'username':
        return [value.lstrip('@')]
    if kind == 'address':
        return None
    return [value]


def parse_file(path):
    recs = []
    txt = open(path, encoding='utf-8').read()
    blocks = re.split(r'^### ', txt, flags=re.M)[1:]
    for b in blocks:
        head, rest = b.split('\n', 1)
        rid, lang, chan = head.split()
        text, rest = rest.split('\n@@planted\n', 1)
        pl, rest = rest.split('\n@@lookalikes\n', 1)
        lk, _ = rest.split('\n@@end', 1)
        rec = {'id': rid, 'language': lang, 'channel': chan, 'text': text.strip('\n'),
               'planted': [], 'lookalikes': []}
        for line in pl.split('\n'):
            if not line.strip():
                continue
            parts = line.split(' | ', 2)
            kind, value = parts[0].strip(), parts[1]
            if len(parts) == 3:
                mns = [m for m in parts[2].split(' ;; ')]
            else:
                mns = default_mns(kind, value)
                if mns is None:
                    raise SystemExit(f'{rid}: must_not_survive needed for {kind} {value!r}')
            rec['planted'].append({'value': value, 'kind': kind, 'must_not_survive': mns})
        for line in lk.split('\n'):
            if not line.strip():
                continue
            kind, value = line.split(' | ', 1)
            rec['lookalikes'].append({'value': value, 'kind': kind.strip()})
        recs.append(rec)
    return recs


NUM = {}
for i, w in enumerate('nul een twee drie vier vijf zes zeven acht negen'.split()):
    NUM.setdefault('nl', {})[w] = str(i)
NUM['nl']['één'] = '1'
for i, w in enumerate('nul en to tre fire fem seks syv otte ni'.split()):
    NUM.setdefault('da', {})[w] = str(i)
NUM['da']['et'] = '1'
for i, w in enumerate('zero one two three four five six seven eight nine'.split()):
    NUM.setdefault('en', {})[w] = str(i)
NUM['en']['oh'] = '0'; NUM['en']['o'] = '0'
TEENS = {
    'nl': dict(zip('tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien'.split(), range(10, 20))),
    'da': dict(zip('ti elleve tolv tretten fjorten femten seksten sytten atten nitten'.split(), range(10, 20))),
    'en': dict(zip('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(), range(10, 20))),
}
TENS = {
    'nl': dict(zip('twintig dertig veertig vijftig zestig zeventig tachtig negentig'.split(), range(20, 100, 10))),
    'da': dict(zip('tyve tredive fyrre halvtreds tres halvfjerds firs halvfems'.split(), range(20, 100, 10))),
    'en': dict(zip('twenty thirty forty fifty sixty seventy eighty ninety'.split(), range(20, 100, 10))),
}


def spoken_to_digits(s, lang):
    """Best-effort conversion of a spoken number string to digits; None if unsure."""
    s = s.lower().replace('-', ' ').replace(',', ' ').replace('.', ' ')
    out = ''
    toks = s.split()
    i = 0
    mult = 1
    for t in toks:
        if t.isdigit():
            out += t * mult; mult = 1; continue
        if lang == 'en' and t in ('double', 'triple'):
            mult = 2 if t == 'double' else 3; continue
        if t in NUM[lang]:
            out += NUM[lang][t] * mult; mult = 1; continue
        if t in TEENS[lang]:
            out += str(TEENS[lang][t]); continue
        if t in TENS[lang]:
            out += str(TENS[lang][t]); continue
        # compounds: nl 'drieëntachtig', da 'treogfirs'
        done = False
        if lang == 'nl':
            for u, d in NUM['nl'].items():
                for sep in ('ën', 'en'):
                    for tw, v in TENS['nl'].items():
                        if t == u + sep + tw:
                            out += str(v + int(d)); done = True
        if lang == 'da':
            for u, d in NUM['da'].items():
                for tw, v in TENS['da'].items():
                    if t == u + 'og' + tw:
                        out += str(v + int(d)); done = True
        if not done:
            if re.fullmatch(r'[a-z]', t) or t in ('streepje', 'bindestreg', 'dash', 'space', 'spatie'):
                out += t if len(t) == 1 else ''
                continue
            return None
    return out


def norm_id(value, lang):
    words = set(NUM[lang]) | set(TEENS[lang]) | set(TENS[lang]) | {'double', 'triple'}
    toks = re.split(r'[\s,.-]+', value.lower())
    if any(t in words or re.search('(en|ën|og)(' + '|'.join(TENS[lang]) + ')$', t) for t in toks if len(t) > 1):
        return spoken_to_digits(value, lang)
    return value


def check_ids(rec, log):
    lang = rec['language']
    for p in rec['planted']:
        v, k = p['value'], p['kind']
        if k not in ('iban', 'card', 'national_id'):
            continue
        n = norm_id(v, lang)
        if n is None:
            log.append(('UNCHECKED', rec['id'], k, v)); continue
        ctx = rec['text'][max(0, rec['text'].find(v) - 120): rec['text'].find(v)].lower()
        raw = re.sub(r'[^0-9A-Za-z]', '', n).upper()
        digits = re.sub(r'\D', '', n)
        res = None
        if k == 'iban':
            if re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', raw):
                res = ('IBAN', iban_valid(raw))
            else:
                res = ('account(no check)', None)
        elif k == 'card':
            if len(digits) >= 13:
                res = ('Luhn', luhn_valid(digits))
            else:
                res = ('partial card', None)
        elif k == 'national_id':
            if lang == 'nl' and len(digits) == 9 and raw.isdigit():
                res = ('BSN', bsn_valid(digits))
            elif lang == 'nl' and len(digits) == 11 and raw.isdigit():
                res = ('RRN', rrn_valid(digits))
            elif lang == 'da' and len(digits) == 10 and raw.isdigit():
                res = ('CPR', cpr_valid(digits))
            elif lang == 'en' and re.fullmatch(r'\d{7}[A-W][A-IW]?', raw):
                res = ('PPSN', ppsn_valid(raw))
            elif lang == 'en' and len(digits) == 10 and raw.isdigit() and 'nhs' in ctx:
                res = ('NHS', nhs_valid(digits))
            elif lang == 'en' and len(digits) == 9 and raw.isdigit() and ('tfn' in ctx or 'tax file' in ctx):
                res = ('TFN', tfn_valid(digits))
            elif lang == 'en' and len(digits) == 9 and raw.isdigit() and ('sin' in ctx or 'social insurance' in ctx):
                res = ('SIN', luhn_valid(digits))
            elif lang == 'en' and len(digits) in (8, 9) and raw.isdigit() and 'ird' in ctx:
                res = ('IRD', ird_valid(digits))
            else:
                res = ('other id (no check digit)', None)
        if res:
            log.append((res[0], rec['id'], res[1], v))


def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def validate(recs):
    errs, warns = [], []
    ids = Counter(r['id'] for r in recs)
    for i, c in ids.items():
        if c > 1:
            errs.append(f'duplicate id {i}')
    for r in recs:
        rid, t = r['id'], r['text']
        m = re.fullmatch(r'(nl|da|en)-(call|chat|email)-\d{3}', rid)
        if not m or m.group(1) != r['language'] or m.group(2) != r['channel']:
            errs.append(f'{rid}: id/language/channel mismatch')
        spans = []
        for p in r['planted']:
            if p['kind'] not in KINDS:
                errs.append(f'{rid}: bad kind {p["kind"]}')
            if p['value'] not in t:
                errs.append(f'{rid}: planted value not in text: {p["value"]!r}')
            spans += occurrences(t, p['value'])
            if not p['must_not_survive']:
                errs.append(f'{rid}: empty must_not_survive for {p["value"]!r}')
            for s in p['must_not_survive']:
                if s not in t:
                    errs.append(f'{rid}: must_not_survive not in text: {s!r}')
        lkspans = []
        for l in r['lookalikes']:
            if l['value'] not in t:
                errs.append(f'{rid}: lookalike not in text: {l["value"]!r}')
            for a, b in occurrences(t, l['value']):
                lkspans.append((a, b, l['value']))
                for c, d in spans:
                    if a < d and c < b:
                        errs.append(f'{rid}: lookalike {l["value"]!r} overlaps planted {t[c:d]!r}')
            for p in r['planted']:
                if p['value'] == l['value']:
                    errs.append(f'{rid}: lookalike equals planted {l["value"]!r}')
        for p in r['planted']:
            for s in p['must_not_survive']:
                for a, b in occurrences(t, s):
                    inside = any(c <= a and b <= d for c, d in spans)
                    for c, d, lv in lkspans:
                        if a < d and c < b:
                            errs.append(f'{rid}: must_not_survive {s!r} overlaps lookalike {lv!r}')
                    if not inside:
                        before = t[a - 1] if a > 0 else ' '
                        after = t[b] if b < len(t) else ' '
                        tail = t[b:b + 2]
                        genitive = after == 's' and not (tail[1:2].isalnum())
                        if before.isalnum() or (after.isalnum() and not genitive):
                            errs.append(f'{rid}: must_not_survive {s!r} occurs inside a larger word: {t[max(0,a-15):b+15]!r}')
                        else:
                            warns.append(f'{rid}: {s!r} also outside planted spans: {t[max(0,a-20):b+20]!r}')
    return errs, warns


def main():
    recs = []
    for lang in ORDER:
        for ch in CHANNELS:
            src = os.path.join(ROOT, 'parts', f'{lang}-{ch}.txt')
            if not os.path.exists(src):
                continue
            rs = parse_file(src)
            with open(os.path.join(ROOT, 'parts', f'{lang}-{ch}.jsonl'), 'w', encoding='utf-8') as f:
                for r in rs:
                    f.write(json.dumps(r, ensure_ascii=False) + '\n')
            recs += rs
    # corpus = concatenation of the jsonl parts
    with open(os.path.join(ROOT, 'corpus.jsonl'), 'w', encoding='utf-8') as out:
        for lang in ORDER:
            for ch in CHANNELS:
                p = os.path.join(ROOT, 'parts', f'{lang}-{ch}.jsonl')
                if os.path.exists(p):
                    out.write(open(p, encoding='utf-8').read())
    recs = [json.loads(l) for l in open(os.path.join(ROOT, 'corpus.jsonl'), encoding='utf-8')]
    errs, warns = validate(recs)
    log = []
    for r in recs:
        check_ids(r, log)
    bad = [x for x in log if x[2] is False]
    for x in bad:
        errs.append(f'{x[1]}: invalid {x[0]} {x[3]!r}')
    verbose = '-v' in sys.argv
    if verbose:
        for w in warns:
            print('WARN', w)
        for x in log:
            print('ID', x)
    for e in errs:
        print('ERROR', e)
    print(f'{len(recs)} records, {len(errs)} errors, {len(warns)} warnings; '
          f'ids checked: {Counter(x[0] for x in log if x[2] is not None)}; unchecked: '
          f'{[(x[1], x[3]) for x in log if x[0] == "UNCHECKED"]}')
    stats(recs, '-s' in sys.argv)
    return recs


def stats(recs, show):
    per = defaultdict(lambda: [0, 0, 0])
    for r in recs:
        k = (r['language'], r['channel'])
        per[k][0] += 1; per[k][1] += len(r['planted']); per[k][2] += len(r['lookalikes'])
    if not show:
        tot = [sum(v[i] for v in per.values()) for i in range(3)]
        names = sum(1 for r in recs for p in r['planted'] if p['kind'] == 'name')
        print('per lang/channel:', {f'{a}-{b}': v for (a, b), v in sorted(per.items())})
        print('total', tot, 'avg planted %.2f lookalikes %.2f names share %.2f' % (
            tot[1] / max(1, tot[0]), tot[2] / max(1, tot[0]), names / max(1, tot[1])))
    return per


if __name__ == '__main__':
    main()
