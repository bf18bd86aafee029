"""Authoring aid: print each record with every must_not_survive string masked, to spot
personal data that was forgotten in the annotations."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import load_records
pref = sys.argv[1] if len(sys.argv) > 1 else ""
for r in load_records():
    if not r["id"].startswith(pref):
        continue
    t = r["text"]
    mns = sorted({m for p in r["planted"] for m in p["must_not_survive"]} | {p["value"] for p in r["planted"]}, key=len, reverse=True)
    for m in mns:
        t = t.replace(m, "█")
    print("=====", r["id"])
    print(t)
