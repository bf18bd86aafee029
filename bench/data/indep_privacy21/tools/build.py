"""Load parts/<lang>_<channel>.py, check every rule, write corpus.jsonl. Reports errors and warnings."""
import os, sys, re, json, importlib.util, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import checks
from rec import PARTICLES, name_parts

LANGS = ["nl", "da", "en"]
CHANNELS = {"call": 12, "chat": 10, "email": 8}
KINDS = {"name", "address", "postcode", "phone", "email", "birth_date", "iban", "national_id",
         "card", "plate", "ip", "username"}
IBAN_RE = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9 ]{10,}$")
errors, warnings = [], []

def err(rid, msg): errors.append("%s: %s" % (rid, msg))
def warn(rid, msg): warnings.append("%s: %s" % (rid, msg))

def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out

def main():
    records, ids = [], set()
    counts = collections.Counter()
    for lang in LANGS:
        for ch, want in CHANNELS.items():
            path = os.path.join(ROOT, "parts", "%s_%s.py" % (lang, ch))
            if not os.path.exists(path):
                err(path, "missing part file"); continue
            spec = importlib.util.spec_from_file_location("part_%s_%s" % (lang, ch), path)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            recs = mod.RECORDS
            if len(recs) != want:
                err(path, "expected %d records, got %d" % (want, len(recs)))
            for r in recs:
                counts[(lang, ch)] += 1
                check_record(r, lang, ch)
                records.append(r)
            for i, r in enumerate(recs, 1):
                exp = "%s-%s-%03d" % (lang, ch, i)
                if r["id"] != exp:
                    warn(r["id"], "id out of sequence, expected %s" % exp)
    for r in records:
        if r["id"] in ids:
            err(r["id"], "duplicate id")
        ids.add(r["id"])
    out = os.path.join(ROOT, "corpus.jsonl")
    kinds, lk = collections.Counter(), collections.Counter()
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            clean = {"id": r["id"], "language": r["language"], "channel": r["channel"], "text": r["text"],
                     "planted": [{"value": p["value"], "kind": p["kind"],
                                  "must_not_survive": p["must_not_survive"]} for p in r["planted"]],
                     "lookalikes": [{"value": l["value"], "kind": l["kind"]} for l in r["lookalikes"]]}
            f.write(json.dumps(clean, ensure_ascii=False) + "\n")
            kinds.update(p["kind"] for p in r["planted"])
            lk.update(l["kind"] for l in r["lookalikes"])
    print("records:", len(records))
    for k in sorted(counts):
        print("  %s/%s: %d" % (k[0], k[1], counts[k]))
    print("planted kinds:", dict(sorted(kinds.items())))
    print("lookalike kinds:", dict(sorted(lk.items())))
    print("planted total:", sum(kinds.values()), " lookalikes total:", sum(lk.values()))
    for w in warnings: print("WARNING", w)
    for e in errors: print("ERROR", e)
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    return 1 if errors else 0

def check_record(r, lang, ch):
    rid = r.get("id", "?")
    if not re.fullmatch(r"(nl|da|en)-(call|chat|email)-\d{3}", rid):
        err(rid, "bad id")
    if r.get("language") != lang or r.get("channel") != ch or not rid.startswith("%s-%s-" % (lang, ch)):
        err(rid, "language/channel mismatch with file")
    t = r["text"]
    P, Lk = r["planted"], r["lookalikes"]
    if len(P) < 7 or len(P) > 12:
        warn(rid, "%d planted items (want 7-12)" % len(P))
    if len(Lk) < 5:
        warn(rid, "only %d look-alikes" % len(Lk))
    all_mns = []
    pspans = []
    seen_vals = set()
    for p in P:
        v, k, m = p["value"], p["kind"], p["must_not_survive"]
        if k not in KINDS:
            err(rid, "bad kind %r" % k)
        if v in seen_vals:
            warn(rid, "planted value listed twice: %r" % v)
        seen_vals.add(v)
        if v not in t:
            err(rid, "planted value not in text: %r" % v)
        pspans += spans(t, v)
        if not m:
            err(rid, "empty must_not_survive for %r" % v)
        for s in m:
            if s not in t:
                err(rid, "must_not_survive not in text: %r" % s)
            for a, b in spans(t, s):
                if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                    err(rid, "must_not_survive %r occurs inside a longer word at %d: %r" % (s, a, t[max(0, a - 10):b + 10]))
            if len(s.strip()) < 2:
                err(rid, "must_not_survive too short: %r" % s)
            if k == "name" and (s.lower() in PARTICLES or len(s) < 2):
                err(rid, "particle/initial in name must_not_survive: %r" % s)
            all_mns.append(s)
        if k == "name":
            for part in name_parts(v):
                if part not in m:
                    warn(rid, "name part %r of %r not in must_not_survive" % (part, v))
        if k == "email" and "@" in v and v.split("@")[0] not in m:
            warn(rid, "local part of %r missing" % v)
        if k == "username" and v.lstrip("@") not in m:
            warn(rid, "handle of %r missing" % v)
        # check digits
        scheme = p.get("scheme")
        val = p.get("canon") or v
        if k == "iban" and not scheme:
            scheme = "iban" if IBAN_RE.match(val.upper()) else None
            if not scheme:
                err(rid, "plain account %r needs scheme='none' or a check" % v)
        if k == "card" and not scheme:
            scheme = "card"
        if k == "national_id" and not scheme:
            err(rid, "national_id %r has no scheme" % v)
        if scheme:
            if scheme not in checks.SCHEMES:
                err(rid, "unknown scheme %r" % scheme)
            else:
                if scheme != "none" and re.search(r"[a-z]{3,}", val) and scheme not in ("ppsn",):
                    err(rid, "value %r looks spoken; give canon=" % v)
                if not checks.SCHEMES[scheme](val):
                    err(rid, "check digit fails (%s): %r" % (scheme, val))
        if k == "birth_date" and not re.search(r"\d|[a-z]", v):
            warn(rid, "odd birth date %r" % v)
        if k == "ip" and not re.match(r"^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8:|2001:DB8:)", v):
            warn(rid, "ip %r not in documentation range" % v)
        if k == "email" and "@" in v and not re.search(r"@(?:[\w.-]+\.)?example(?:\.(?:com|net|org))?$|\.example$|\.test$", v):
            warn(rid, "email %r not on an example domain" % v)
    lseen = set()
    for l in Lk:
        v = l["value"]
        if v in lseen:
            warn(rid, "look-alike listed twice %r" % v)
        lseen.add(v)
        if not l.get("kind"):
            err(rid, "look-alike without kind %r" % v)
        if v not in t:
            err(rid, "look-alike not in text: %r" % v)
        for s in all_mns:
            if s in v:
                err(rid, "look-alike %r contains must_not_survive %r" % (v, s))
        for a, b in spans(t, v):
            for c, d in pspans:
                if a < d and c < b:
                    err(rid, "look-alike %r overlaps planted value at %d" % (v, a))
                    break
            for s in all_mns:
                for c, d in spans(t, s):
                    if a < d and c < b:
                        warn(rid, "look-alike %r overlaps must_not_survive %r" % (v, s))

if __name__ == "__main__":
    sys.exit(main())
