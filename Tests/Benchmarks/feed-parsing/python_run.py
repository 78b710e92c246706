"""Feed-parsing throughput of a Python parser over every file of a corpus, in one process.

    python_run.py feedparser|feedparser_rs DIRECTORY [RUNS]

Reads every file into memory, parses the whole set RUNS times (default 7) and prints the median
run as MB/s and feeds/s, the same figures FeedParsingBenchmark prints.
"""
import importlib
import os
import sys
import time

name, root = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 7
parser = importlib.import_module(name)
documents = []
for directory, _, files in os.walk(root):
    for file in sorted(files):
        with open(os.path.join(directory, file), "rb") as handle:
            documents.append(handle.read())
total = sum(len(d) for d in documents)
durations = []
entries = 0
for _ in range(runs):
    entries = 0
    start = time.perf_counter()
    for document in documents:
        try:
            entries += len(parser.parse(document).entries)
        except Exception:
            pass
    durations.append(time.perf_counter() - start)
median = sorted(durations)[len(durations) // 2]
megabytes = total / 1_000_000
print(f"{name}: {len(documents)} files, {megabytes:.2f} MB, {entries} entries; "
      f"median of {runs} runs {median:.3f} s: {megabytes / median:.1f} MB/s, {len(documents) / median:.0f} feeds/s")
