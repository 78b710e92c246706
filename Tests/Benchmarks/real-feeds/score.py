#!/usr/bin/env python3
"""Announcement detection on real crypto feed items: each item's title and summary, read by `herald extract`,
scored against our labels (labels.tsv). Usage: score.py HERALD FEEDS_DIR [-v]"""
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict


def items(herald, feeds_dir):
    """(feed file, entry id, published day, text) of every titled entry, in feed order."""
    for name in sorted(os.listdir(feeds_dir)):
        parsed = json.loads(subprocess.run([herald, "parse-feed", os.path.join(feeds_dir, name)],
                                           check=True, capture_output=True, text=True).stdout)
        for entry in parsed["entries"]:
            title = (entry.get("title") or "").strip()
            if not title:
                continue
            body = (entry.get("content_text") or entry.get("summary_text") or "").strip()
            day = (entry.get("published") or entry.get("updated") or "")[:10] or "2025-12-12"
            yield name, entry["id"], day, f"{title}\n\n{body}\n"


def announced(herald, found):
    """The (feed, id) keys whose item gets announcements, and those announcements, extracting a day's items at once."""
    by_day = defaultdict(list)
    for name, entry_id, day, text in found:
        by_day[day].append(((name, entry_id), text))
    result = {}
    with tempfile.TemporaryDirectory() as scratch:
        for day, group in sorted(by_day.items()):
            paths = {}
            for index, (key, text) in enumerate(group):
                path = os.path.join(scratch, f"{day}-{index}.txt")
                with open(path, "w") as file:
                    file.write(text)
                paths[path] = key
            out = subprocess.run([herald, "extract", "--published", day, *paths], check=True,
                                 capture_output=True, text=True).stdout
            for line in out.splitlines():
                record = json.loads(line)
                result[paths[record["input"]]] = record["announcements"]
    return result


def main():
    herald, feeds_dir = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv[3:]
    labels = {}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels.tsv")) as file:
        for line in file:
            if line.startswith("#") or not line.strip():
                continue
            feed, entry_id, label, _ = line.rstrip("\n").split("\t")
            labels[(feed, entry_id)] = label
    found = list(items(herald, feeds_dir))
    frames = announced(herald, found)
    tp = fp = fn = 0
    for name, entry_id, _, text in found:
        key = (name, entry_id)
        label = labels.get(key, "no")
        got = bool(frames.get(key))
        if label == "borderline":
            continue
        if got and label == "yes":
            tp += 1
        elif got:
            fp += 1
        elif label == "yes":
            fn += 1
        else:
            continue
        if verbose:
            kind = "TP" if got and label == "yes" else ("FP" if got else "FN")
            summary = [(a.get("actor"), a["action"], a["status"], a.get("jurisdiction")) for a in frames.get(key, [])]
            print(f"{kind} {text.splitlines()[0][:90]} {summary}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scored = sum(1 for name, entry_id, _, _ in found if labels.get((name, entry_id), "no") != "borderline")
    print(f"Real feed items: {len(found)} ({scored} scored), announcements P {precision:.3f} R {recall:.3f} "
          f"F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
