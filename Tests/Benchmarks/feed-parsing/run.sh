#!/usr/bin/env bash
# Feed-parsing throughput: Herald's FeedParser against feedparser 6.0.14 and feedparser-rs 0.7.1
# over the conformance corpus, side by side in one run, one core each (taskset -c 0).
#
#   Tests/Benchmarks/feed-parsing/run.sh [RUNS]     (from anywhere; RUNS defaults to 7)
#
# Needs ../shared/conformance/feeds (skips cleanly when absent), python3 and access to PyPI the
# first time (the Python parsers go into Tests/Benchmarks/.venv, never into Herald).
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-7}"
corpus="../shared/conformance/feeds/files"
if [ ! -d "$corpus" ]; then
    echo "conformance corpus not found at $corpus: skipping"
    exit 0
fi
pin=(taskset -c 0)
command -v taskset >/dev/null || pin=()

venv="Tests/Benchmarks/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import feedparser, feedparser_rs, chardet" 2>/dev/null \
    || "$venv/bin/pip" install --quiet "feedparser==6.0.14" "chardet==7.7.0" "feedparser-rs==0.7.1"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
swift build -c release --product FeedParsingBenchmark > "$log" 2>&1 || { cat "$log"; exit 1; }

"${pin[@]}" .build/release/FeedParsingBenchmark "$corpus" "$runs" | tee -a "$log"
"${pin[@]}" "$venv/bin/python" Tests/Benchmarks/feed-parsing/python_run.py feedparser "$corpus" "$runs" | tee -a "$log"
"${pin[@]}" "$venv/bin/python" Tests/Benchmarks/feed-parsing/python_run.py feedparser_rs "$corpus" "$runs" | tee -a "$log"

rate() { sed -n "s/^$1: .* \([0-9.]*\) MB\/s.*/\1/p" "$log" | tail -1; }
python3 -c "h, f, r = $(rate herald), $(rate feedparser), $(rate feedparser_rs); print(f'== ratios: Herald/feedparser {h / f:.1f}x, Herald/feedparser-rs {h / r:.2f}x')"
