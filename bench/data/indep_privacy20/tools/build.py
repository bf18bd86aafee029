"""Load parts/<lang>_<channel>.py, validate every record, write corpus.jsonl."""
import importlib.util, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from checks import SCHEMES
from mk import PARTICLES

LANGS = ["nl", "da", "en"]
CHANNELS = {"call": 12, "chat": 10, "email": 8}
KINDS = {"name", "address", "postcode", "phone", "email", "birth_date", "iban", "national_id",
         "card", "plate", "ip", "username"}

def occ(text, s):
    i = text.find(s)
    while i >= 0:
        yield i, i + len(s)
        i = text.find(s, i + 1)

def main():
    errors, warnings, out = [], [], []
    ids = set()
    for lang in LANGS:
        for ch, want in CHANNELS.items():
            path = os.path.join(ROOT, "parts", "%s_%s.py" % (lang, ch))
            if not os.path.exists(path):
                errors.append("missing part %s" % path); continue
            spec = importlib.util.spec_from_file_location("%s_%s" % (lang, ch), path)
            mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
            recs = mod.RECORDS
            if len(recs) != want:
                errors.append("%s_%s: %d records, want %d" % (lang, ch, len(recs), want))
            for n, r in enumerate(recs, 1):
                rid = r.get("id")
                E = lambda m: errors.append("%s: %s" % (rid, m))
                W = lambda m: warnings.append("%s: %s" % (rid, m))
                if not re.fullmatch(r"%s-%s-\d{3}" % (lang, ch), rid or ""):
                    E("bad id")
                if rid in ids:
                    E("duplicate id")
                ids.add(rid)
                if r["language"] != lang or r["channel"] != ch:
                    E("language/channel mismatch")
                text = r["text"]
                pl, la = r["planted"], r["lookalikes"]
                if len(pl) < 7 or len(pl) > 12:
                    W("%d planted items" % len(pl))
                if len(la) < 5:
                    W("%d look-alikes" % len(la))
                spans = []
                all_mns = []
                seen_vals = set()
                for p in pl:
                    v, k = p["value"], p["kind"]
                    if k not in KINDS:
                        E("bad kind %r" % k)
                    if v in seen_vals:
                        W("duplicate planted value %r" % v)
                    seen_vals.add(v)
                    if v not in text:
                        E("planted value not in text: %r" % v)
                    spans += list(occ(text, v))
                    if not p["must_not_survive"]:
                        E("empty must_not_survive for %r" % v)
                    for m in p["must_not_survive"]:
                        all_mns.append(m)
                        if m not in text:
                            E("must_not_survive not in text: %r" % m)
                        if k == "name":
                            if m.lower() in PARTICLES or len(m) < 2 or re.fullmatch(r"\w\.?", m):
                                E("particle/initial in name mns: %r" % m)
                    sch = p.get("scheme")
                    if sch:
                        d = p.get("digits") or v
                        if not SCHEMES[sch](d):
                            E("check digit fails (%s): %r" % (sch, d))
                    elif k in ("card",):
                        E("card without scheme")
                    elif k == "national_id":
                        E("national_id without scheme: %r" % v)
                for m in set(all_mns):
                    for a, b in occ(text, m):
                        if (m[0].isalnum() and a > 0 and text[a - 1].isalnum()) or \
                           (m[-1].isalnum() and b < len(text) and text[b].isalnum()):
                            E("mns %r inside longer word at %d: %r" % (m, a, text[max(0, a - 10):b + 10]))
                            break
                lvals = set()
                for l in la:
                    v = l["value"]
                    if not l.get("kind"):
                        E("look-alike without kind: %r" % v)
                    if v in lvals:
                        W("duplicate look-alike %r" % v)
                    lvals.add(v)
                    if v not in text:
                        E("look-alike not in text: %r" % v); continue
                    for m in all_mns:
                        if m in v:
                            E("look-alike %r contains mns %r" % (v, m))
                    for a, b in occ(text, v):
                        for c, d in spans:
                            if a < d and c < b:
                                E("look-alike %r overlaps planted %r" % (v, text[c:d]))
                clean = dict(r)
                clean["planted"] = [{"value": p["value"], "kind": p["kind"],
                                     "must_not_survive": p["must_not_survive"]} for p in pl]
                clean["lookalikes"] = [{"value": l["value"], "kind": l["kind"]} for l in la]
                out.append(clean)
    with open(os.path.join(ROOT, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("WARN ", w)
    from collections import Counter
    print("records:", len(out), dict(Counter((r["language"], r["channel"]) for r in out)))
    print("planted:", sum(len(r["planted"]) for r in out), dict(Counter(p["kind"] for r in out for p in r["planted"])))
    print("lookalikes:", sum(len(r["lookalikes"]) for r in out))
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
