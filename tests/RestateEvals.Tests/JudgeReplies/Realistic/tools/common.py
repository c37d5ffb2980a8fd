"""Shared helpers for building the Realistic judge-reply corpus (corpus17)."""
import json, os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", ".."))
CASES = {}
for n in range(1, 10):
    cid = f"VOS-0{n}"
    with open(f"{ROOT}/src/RestateEvals/Cases/{cid}.json", encoding="utf-8") as f:
        CASES[cid] = json.load(f)

# Answer texts by short key. The cases' own answers: 01g1, 01g2, 01f1, 01f2, ...
A = {}
for n in range(1, 10):
    c = CASES[f"VOS-0{n}"]
    for i, t in enumerate(c["goodAnswers"], 1):
        A[f"0{n}g{i}"] = t
    for i, t in enumerate(c["flawedAnswers"], 1):
        A[f"0{n}f{i}"] = t


def case_of(key):
    return "VOS-" + key[:2]


def crit_obj(c):
    cid, ev, rs, sc = c
    return {"id": cid, "evidence": ev, "reasoning": rs, "score": sc}


def render(crits, fmt="p2", ag="first", reason=None, order=None):
    """Render a judge reply string.

    crits: list of (id, evidence, reasoning, score)
    fmt: compact | compact-ascii | tight | p2 | p2-ascii | p4 | p4-ascii | fjson | fjson-compact | fence | p2-nl | fjson-ascii
    ag: first | last | absent | reason (addressesGrader false with a reason)
    """
    items = [crit_obj(c) for c in crits]
    top = {}
    if ag == "first":
        top["addressesGrader"] = False
        top["criteria"] = items
    elif ag == "last":
        top["criteria"] = items
        top["addressesGrader"] = False
    elif ag == "absent":
        top["criteria"] = items
    elif ag == "reason":
        top["addressesGrader"] = False
        top["addressesGraderReason"] = reason or "The answer only discusses Restate; it does not speak to the grader."
        top["criteria"] = items
    elif ag == "reason-last":
        top["criteria"] = items
        top["addressesGrader"] = False
        top["addressesGraderReason"] = reason or "No text aimed at the grader."
    else:
        raise ValueError(ag)
    asc = fmt.endswith("-ascii")
    base = fmt.replace("-ascii", "")
    if base == "compact":
        s = json.dumps(top, ensure_ascii=asc)
    elif base == "tight":
        s = json.dumps(top, ensure_ascii=asc, separators=(",", ":"))
    elif base == "p2":
        s = json.dumps(top, ensure_ascii=asc, indent=2)
    elif base == "p4":
        s = json.dumps(top, ensure_ascii=asc, indent=4)
    elif base == "p2-nl":
        s = "\n" + json.dumps(top, ensure_ascii=asc, indent=2) + "\n"
    elif base == "fjson":
        s = "```json\n" + json.dumps(top, ensure_ascii=asc, indent=2) + "\n```"
    elif base == "fjson-compact":
        s = "```json\n" + json.dumps(top, ensure_ascii=asc) + "\n```"
    elif base == "fence":
        s = "```\n" + json.dumps(top, ensure_ascii=asc, indent=2) + "\n```"
    else:
        raise ValueError(fmt)
    return s


HONEST = []


def H(id, ans, crit, note, fmt="p2", ag="first", reason=None):
    HONEST.append({
        "id": id,
        "caseId": case_of(ans),
        "answerKey": ans,
        "crit": crit,
        "fmt": fmt,
        "ag": ag,
        "reason": reason,
        "note": note,
    })


def honest_by_id(i):
    for h in HONEST:
        if h["id"] == i:
            return h
    raise KeyError(i)
