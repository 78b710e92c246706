"""Times trafilatura on the benchmark pages, the same way the Swift benchmark times Herald.

Usage: python trafilatura_run.py PAGES_DIR GROUND_TRUTH.json OUT.json [RUNS]
Pages are read into memory first; timing covers extract(html) only (parsing included).
"""
import json
import statistics
import sys
import time

import trafilatura


def main() -> None:
    pages_dir, truth_path, out_path = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    with open(truth_path, encoding="utf-8") as handle:
        ids = sorted(json.load(handle))
    pages = {}
    for page_id in ids:
        with open(f"{pages_dir}/{page_id}.html", encoding="utf-8") as handle:
            pages[page_id] = handle.read()
    predictions = {}
    durations = []
    processor_times = []
    for run in range(runs):
        start = time.perf_counter()
        processor_start = time.process_time()
        for page_id, html in pages.items():
            text = trafilatura.extract(html, include_comments=False)
            if run == 0:
                predictions[page_id] = {"articleBody": text or ""}
        durations.append(time.perf_counter() - start)
        processor_times.append(time.process_time() - processor_start)
    median = statistics.median(durations)
    processor_median = statistics.median(processor_times)
    print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages, median of {runs} runs: "
          f"wall {median:.3f} s ({len(pages) / median:.1f} pages/s), "
          f"CPU {processor_median:.3f} s ({len(pages) / processor_median:.1f} pages/s)")
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(predictions, handle)


if __name__ == "__main__":
    main()
