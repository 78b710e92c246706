#!/usr/bin/env python3
"""to_predictions.py SECOND_DIR PRED_DIR [--required-only]

Turns a second annotator's gold cases into predictions in the extractor's format, so that `herald eval GOLD_DIR
--predictions PRED_DIR` scores one annotator against the other exactly as it scores Herald. A statement becomes the
sentence that holds its quote, as Herald reports statements (the scorer matches a gold quote inside a predicted
sentence; offsets and date roles, which it does not score, are left at 0 and "other"). With --required-only, the
second annotator's optional items are left out.
"""
import json
import os
import re
import sys


def sentence_around(text, quote):
    """The sentence (split at . ! ? followed by space, or at a line break) that holds the quote; the quote alone
    when it is not found."""
    start = text.find(quote)
    if start < 0:
        return quote
    end = start + len(quote)
    boundary = re.compile(r"[.!?][\"'\u201d\u2019)]*\s|\n")
    left = 0
    for match in boundary.finditer(text, 0, start):
        left = match.end()
    right_match = boundary.search(text, end)
    right = right_match.start() + 1 if right_match else len(text)
    return text[left:right].strip()


def convert(case, required_only):
    keep = (lambda item: not item.get("optional", False)) if required_only else (lambda item: True)
    text = case["text"]
    return {
        "entities": [{"name": e["name"], "type": e["type"], "code": e.get("code")} for e in case["entities"] if keep(e)],
        "dates": [{"text": d["text"], "value": d["value"], "start": 0, "end": 0, "role": "other"} for d in case["dates"] if keep(d)],
        "statements": [
            {"text": sentence_around(text, s["quote"]), "start": 0, "end": 0, "actor": s.get("actor"), "action": s["action"],
             "status": s["status"], "effective": s.get("effective"), "object": s.get("object") or s["quote"]}
            for s in case["statements"] if keep(s)
        ],
        "announcements": [
            {"actor": a.get("actor"), "action": a["action"], "status": a["status"], "subjects": a.get("subjects", []),
             "jurisdiction": a.get("jurisdiction"), "effective": a.get("effective"), "enforcement": a.get("enforcement")}
            for a in case["announcements"] if keep(a)
        ],
    }


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    source, target = sys.argv[1], sys.argv[2]
    required_only = "--required-only" in sys.argv[3:]
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(source)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(source, name), encoding="utf-8") as handle:
            case = json.load(handle)
        with open(os.path.join(target, name), "w", encoding="utf-8") as handle:
            json.dump(convert(case, required_only), handle, ensure_ascii=False)


if __name__ == "__main__":
    main()
