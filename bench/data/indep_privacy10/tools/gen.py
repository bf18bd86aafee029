"""Generate valid check-digit identifiers to paste into the corpus (seeded)."""
import random
from checks import *
R = random.Random(20240610)

def rd(n): return ''.join(R.choice('0123456789') for _ in range(n))

def bsn():
    while True:
        d = str(R.randint(1, 6)) + rd(8)
        if bsn_valid(d): return d

def rrn(yy, mm, dd, male=True, y2k=False):
    while True:
        seq = R.randint(1, 997)
        if (seq % 2 == 1) != male: continue
        base = f'{yy:02d}{mm:02d}{dd:02d}{seq:03d}'
        b = int(('2' if y2k else '') + base)
        chk = 97 - b % 97
        s = f'{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{chk:02d}'
        assert rrn_valid(s); return s

def cpr(dd, mm, yyyy, male=True):
    yy = yyyy % 100
    if yyyy < 2000: c7s = [0,1,2,3] + ([4,9] if yy>=37 else [])
    else: c7s = [4,9,5,6,7,8] if yy<=36 else [5,6,7,8]
    while True:
        c7 = R.choice(c7s)
        s = f'{dd:02d}{mm:02d}{yy:02d}{c7}{rd(3)}'
        if int(s[-1]) % 2 != (1 if male else 0): continue
        if cpr_valid(s) and cpr_year(s) == yyyy: return s[:6] + '-' + s[6:]

def card(prefix, n=16):
    while True:
        s = prefix + rd(n - len(prefix))
        if luhn_valid(s): return ' '.join(s[i:i+4] for i in range(0, n, 4))

def nhs():
    while True:
        s = rd(10)
        if s[0] in '4679' and nhs_valid(s): return f'{s[:3]} {s[3:6]} {s[6:]}'

def ppsn(extra=''):
    d = rd(7)
    tot = sum(int(d[i]) * (8 - i) for i in range(7))
    if extra and extra != 'W': tot += (ord(extra)-64)*9
    r = tot % 23
    s = d + ('W' if r == 0 else chr(64 + r)) + extra
    assert ppsn_valid(s); return s

def tfn():
    while True:
        s = rd(9)
        if tfn_valid(s): return f'{s[:3]} {s[3:6]} {s[6:]}'

def sin():
    while True:
        s = R.choice('123456789'[:7]) + rd(8)
        if luhn_valid(s): return f'{s[:3]} {s[3:6]} {s[6:]}'

def ird():
    while True:
        s = rd(9)
        if s[0] in '01' and ird_valid(s): return f'{s[:3]}-{s[3:6]}-{s[6:]}'

def be_iban():
    b = rd(3) + rd(7); m = int(b) % 97 or 97
    return iban_make('BE', b + f'{m:02d}')

def grp(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

print('BSN', [bsn() for _ in range(10)])
print('RRN', [rrn(78,3,14), rrn(85,11,2,False), rrn(62,7,29), rrn(91,1,8,False), rrn(3,5,21,True,True), rrn(12,9,30,False,True), rrn(70,12,5,False)])
print('CPR', [cpr(12,4,1983), cpr(3,9,1957,False), cpr(27,1,1991,False), cpr(15,6,1948), cpr(8,11,2012,False), cpr(30,3,1976), cpr(21,8,1965,False), cpr(2,2,1999), cpr(19,10,2004,False), cpr(11,7,1988), cpr(6,5,1952,False), cpr(24,12,1970)])
for bank in ['ABNA','INGB','RABO','TRIO','SNSB','ASNB','KNAB','BUNQ','INGB','RABO']:
    print('NL', grp(iban_make('NL', bank + rd(10))))
for _ in range(6): print('BE', grp(be_iban()))
for reg in ['1551','5470','9570','3409','2211','0400']: print('DK', grp(iban_make('DK', reg + rd(10))))
for b in ['NWBK601613','BARC204567','LOYD309634','HBUK401276']: print('GB', grp(iban_make('GB', b + rd(8))))
for b in ['AIBK931152','BOFI900017','IPBS990602']: print('IE', grp(iban_make('IE', b + rd(8))))
for _ in range(2): print('DE', grp(iban_make('DE', '37040044' + rd(10))))
print('FR', grp(iban_make('FR', '30004' + '00827' + rd(11) + rd(2))))
print('VISA', [card('4') for _ in range(6)])
print('MC', [card('5' + R.choice('12345')) for _ in range(5)])
print('AMEX', card('37', 15))
print('DANKORT', [card('5019') for _ in range(3)])
print('NHS', [nhs() for _ in range(4)])
print('PPSN', [ppsn(), ppsn('A'), ppsn(), ppsn('W')])
print('TFN', [tfn() for _ in range(3)])
print('SIN', [sin() for _ in range(3)])
print('IRD', [ird() for _ in range(3)])
