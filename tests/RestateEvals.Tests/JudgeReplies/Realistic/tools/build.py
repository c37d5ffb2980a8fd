"""Generator for the Realistic judge-reply corpus (../honest.json, ../adversarial.json,
../addressing.json, ../ordinary-answers.json).

The answers and judge replies are hand-written in c01.py..c10.py (honest replies, by case),
adversarial.py, addressing.py and ordinary.py; this script only serialises them (each
reply string rendered in one of several realistic formats: compact, pretty-printed,
```json fenced, ASCII-escaped, with or without addressesGrader).

    python3 build.py && node check.mjs

check.mjs is an independent, deliberately simple self-check (JSON validity, criterion
ids, evidence fragments present in the answer after a home-made normalisation). It was
written without sight of the project's judging code and is not a copy of it.
"""
import json, os, sys, importlib
sys.path.insert(0, os.path.dirname(__file__))
import common
from common import A, HONEST, render

mods = [m for m in ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08", "c09", "c10"]
        if os.path.exists(os.path.join(os.path.dirname(__file__), m + ".py"))]
for m in mods:
    importlib.import_module(m)

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
os.makedirs(OUT, exist_ok=True)


def dump(name, items):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(name, len(items))


honest = []
for h in HONEST:
    honest.append({
        "id": h["id"],
        "caseId": h["caseId"],
        "answer": A[h["answerKey"]],
        "reply": render(h["crit"], h["fmt"], h["ag"], h["reason"]),
        "expected": "accepted",
        "note": h["note"],
    })
dump("honest.json", honest)

for extra in ["adversarial", "addressing", "ordinary"]:
    if os.path.exists(os.path.join(os.path.dirname(__file__), extra + ".py")):
        mod = importlib.import_module(extra)
        dump(mod.FILE, mod.build())
