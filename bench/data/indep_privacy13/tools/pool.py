import random, sys
sys.path.insert(0, "tools")
from checks import *
random.seed(1313)
def rd(n): return "".join(random.choice("0123456789") for _ in range(n))
out = {}
# BSN
b=[]
while len(b)<12:
    d=rd(9)
    if d[0]!="0" and bsn_ok(d): b.append(d)
out["bsn"]=b
# BE RRN
r=[]
for yy,mm,dd in [(78,4,12),(85,11,3),(91,2,27),(69,8,19),(2,6,14),(88,1,30)]:
    seq=f"{random.randint(1,997):03d}"
    base=f"{yy:02d}{mm:02d}{dd:02d}{seq}"
    pre = "2"+base if yy<20 else base
    c=97-int(pre)%97
    r.append(f"{yy:02d}.{mm:02d}.{dd:02d}-{seq}.{c:02d}")
out["be_rrn"]=r
# CPR
c=[]
for ddmmyy in ["140386","020791","271158","090604","311275","150862","061199","230480","180973","050502","120167","280894"]:
    while True:
        s=ddmmyy+rd(4)
        if cpr_ok(s): c.append(s[:6]+"-"+s[6:]); break
out["cpr"]=c
n=[]
while len(n)<8:
    d=rd(10)
    if d[0]!="0" and nhs_ok(d): n.append(d[:3]+" "+d[3:6]+" "+d[6:])
out["nhs"]=n
p=[]
while len(p)<4:
    d=rd(7)
    for L in "ABCDEFGHIJKLMNOPQRSTUVW":
        if ppsn_ok(d+L): p.append(d+L); break
out["ppsn"]=p
s=[]
while len(s)<4:
    d=random.choice("1234567")+rd(8)
    if sin_ok(d): s.append(d[:3]+" "+d[3:6]+" "+d[6:])
out["sin"]=s
a=[]
while len(a)<4:
    d=random.choice("23456789")+rd(11)
    if aadhaar_ok(d): a.append(d[:4]+" "+d[4:8]+" "+d[8:])
out["aadhaar"]=a
cards=[]
for pre,L in [("4",16),("4",16),("4",16),("5",16),("5",16),("5",16),("37",15),("4",16),("5",16),("4",16),("6011",16),("5",16)]:
    while True:
        d=pre+rd(L-len(pre))
        if luhn_ok(d): cards.append(d); break
out["card"]=[ " ".join(x[i:i+4] for i in range(0,len(x),4)) for x in cards]
ib=[]
for bank in ["INGB","RABO","ABNA","SNSB","TRIO","ASNB","BUNQ","KNAB"]:
    ib.append(fmt4(make_iban("NL",bank+"0"+rd(9))))
out["iban_nl"]=ib
be=[]
for _ in range(3):
    x=rd(10); be.append(fmt4(make_iban("BE",x+f"{(int(x)%97 or 97):02d}")))
out["iban_be"]=be
out["iban_dk"]=[fmt4(make_iban("DK",rd(14))) for _ in range(6)]
out["iban_fo"]=[fmt4(make_iban("FO",rd(14)))]
out["iban_gl"]=[fmt4(make_iban("GL",rd(14)))]
out["iban_gb"]=[fmt4(make_iban("GB",b+rd(14))) for b in ["NWBK","BARC","LOYD","MIDL","HBUK"]]
out["iban_ie"]=[fmt4(make_iban("IE",b+rd(14))) for b in ["AIBK","BOFI"]]
out["iban_de"]=[fmt4(make_iban("DE",rd(18)))]
for k,v in out.items(): print(k, v)
