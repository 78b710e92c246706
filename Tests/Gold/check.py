#!/usr/bin/env python3
"""Checks gold cases against the format of ../shared/gold/SCHEMA.md before they are used for scoring.

Usage: python3 Tests/Gold/check.py [FOLDER...]   (default: Tests/Gold/sample next to this script)

For every *.json case it checks that the file parses, that the vocabularies and ISO values are valid, that every
entity name and alias, every date text (as many times as it is annotated) and every statement quote occurs in the
case's text, that statement and announcement actors name one of the case's entities, and that the text holds no
fragment of the code a writer used to build the case (Python literals such as `None,` or `True)`). Exits 1 on any
problem.
"""
import json
import re
import sys
from pathlib import Path

ENTITY_TYPES = {"person", "organization", "authority", "location", "asset"}
ACTIONS = {"prohibit", "restrict", "require", "permit", "enforce", "warn"}
STATUSES = {"in_effect", "announced", "proposed", "considering"}
SUBJECTS = {"trading", "exchange-services", "mining", "mining-hardware", "crypto-sales", "payments", "custody",
            "lending", "staking", "derivatives", "stablecoins", "token-sales", "advertising", "listing", "kyc-aml",
            "taxation", "cbdc", "defi", "nft", "etf"}
ISO_VALUE = re.compile(r"^\d{4}(-\d\d(-\d\d)?|-W\d\d|-Q[1-4])?$")
JURISDICTION = re.compile(r"^([A-Z]{2}|EU|GLOBAL)$")
CODE_FRAGMENT = re.compile(r"\b(None|True|False)[,)\]]|\b[A-Z]\(\"")


def folded(text):
    """Case-folded text with typographic quotes made plain and white space collapsed, as the scorer compares."""
    for curly, plain in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, plain)
    return " ".join(text.split()).casefold()


def occurrences(needle, text):
    """How many times `needle` occurs in `text` as whole words."""
    return len(re.findall(r"(?<!\w)" + re.escape(folded(needle)) + r"(?!\w)", folded(text)))


def problems_in(case):
    """Every problem found in one decoded gold case."""
    found = []
    text = case.get("text", "")
    for key in ("id", "source", "text", "is_announcement", "entities", "dates", "statements", "announcements"):
        if key not in case:
            found.append(f"missing key {key}")
    for fragment in CODE_FRAGMENT.finditer(text):
        found.append(f"text holds a fragment of code near {text[max(0, fragment.start() - 30):fragment.end() + 30]!r}")
    published = case.get("source", {}).get("published", "")
    if not re.match(r"^\d{4}-\d\d-\d\d", published):
        found.append(f"source.published is not a day: {published!r}")

    names = set()
    for entity in case.get("entities", []):
        if entity.get("type") not in ENTITY_TYPES:
            found.append(f"entity {entity.get('name')!r}: unknown type {entity.get('type')!r}")
        for form in [entity.get("name", "")] + entity.get("aliases", []):
            names.add(folded(form))
            if occurrences(form, text) == 0:
                found.append(f"entity form {form!r} does not occur in the text")
        if entity.get("type") == "location" and entity.get("code") and not JURISDICTION.match(entity["code"]):
            found.append(f"entity {entity['name']!r}: bad country code {entity['code']!r}")

    annotated = {}
    for date in case.get("dates", []):
        annotated[date["text"]] = annotated.get(date["text"], 0) + 1
        if not ISO_VALUE.match(date.get("value", "")):
            found.append(f"date {date['text']!r}: bad value {date.get('value')!r}")
    for date_text, count in annotated.items():
        if occurrences(date_text, text) < count:
            found.append(f"date text {date_text!r} is annotated {count} times but occurs {occurrences(date_text, text)}")

    def check_frame(kind, frame):
        label = f"{kind} {frame.get('quote', frame.get('actor'))!r}"
        if frame.get("action") not in ACTIONS:
            found.append(f"{label}: unknown action {frame.get('action')!r}")
        if frame.get("status") not in STATUSES:
            found.append(f"{label}: unknown status {frame.get('status')!r}")
        if frame.get("actor") is not None and folded(frame["actor"]) not in names:
            found.append(f"{label}: actor {frame['actor']!r} is not an entity name or alias")
        for key in ("effective", "enforcement"):
            if frame.get(key) is not None and not ISO_VALUE.match(frame[key]):
                found.append(f"{label}: bad {key} {frame[key]!r}")

    for statement in case.get("statements", []):
        if folded(statement.get("quote", "")) not in folded(text):
            found.append(f"statement quote {statement.get('quote')!r} does not occur in the text")
        check_frame("statement", statement)
    for announcement in case.get("announcements", []):
        check_frame("announcement", announcement)
        unknown = set(announcement.get("subjects", [])) - SUBJECTS
        if unknown:
            found.append(f"announcement {announcement.get('actor')!r}: unknown subjects {sorted(unknown)}")
        if not JURISDICTION.match(announcement.get("jurisdiction") or ""):
            found.append(f"announcement {announcement.get('actor')!r}: bad jurisdiction")
    if case.get("is_announcement") != bool(case.get("announcements")):
        found.append("is_announcement disagrees with the announcements list")
    return found


def main(folders):
    totals = dict(cases=0, entities=0, dates=0, statements=0, announcements=0)
    failed = False
    for folder in folders:
        for path in sorted(Path(folder).glob("*.json")):
            try:
                case = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
                print(f"{path}: cannot read: {error}")
                failed = True
                continue
            for problem in problems_in(case):
                print(f"{path.name}: {problem}")
                failed = True
            totals["cases"] += 1
            for key in ("entities", "dates", "statements", "announcements"):
                items = case.get(key, [])
                required = sum(1 for item in items if not item.get("optional"))
                totals[key] += len(items)
                totals[key + " required"] = totals.get(key + " required", 0) + required
    print(", ".join(f"{key}: {value}" for key, value in totals.items()))
    return 1 if failed or totals["cases"] == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [Path(__file__).parent / "sample"]))
