#!/usr/bin/env bash
# Article-extraction benchmark: Herald against trafilatura 2.0.0 on the Zyte benchmark pages,
# side by side, one core each (taskset -c 0), same pages, same metric.
#
#   Tests/Benchmarks/article-extraction/run.sh [RUNS]     (from the package root; RUNS defaults to 5)
#
# Needs ../shared/benchmarks/article-extraction (skips cleanly when absent), python3 and network
# access to PyPI the first time (trafilatura goes into Tests/Benchmarks/.venv).
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-5}"
data="../shared/benchmarks/article-extraction"
if [ ! -d "$data/html" ]; then
    echo "benchmark data not found at $data: skipping"
    exit 0
fi
pin=(taskset -c 0)
command -v taskset >/dev/null || pin=()

pages="$(mktemp -d)"
trap 'rm -rf "$pages"' EXIT
for file in "$data"/html/*.html.gz; do
    gunzip -c "$file" > "$pages/$(basename "$file" .gz)"
done

swift build -c release --product ArticleExtractionBenchmark > "$pages/build.log" 2>&1 || { cat "$pages/build.log"; exit 1; }
venv="Tests/Benchmarks/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "trafilatura==2.0.0" "lxml==5.4.0" lxml_html_clean
fi

echo "== Herald (release build, one core)"
"${pin[@]}" .build/release/ArticleExtractionBenchmark extract "$pages" "$data/ground-truth.json" \
    --runs "$runs" --out "$pages/herald.json" | tee "$pages/herald.txt"
echo "== trafilatura (one core)"
"${pin[@]}" "$venv/bin/python" Tests/Benchmarks/article-extraction/trafilatura_run.py \
    "$pages" "$data/ground-truth.json" "$pages/trafilatura.json" "$runs" | tee "$pages/trafilatura.txt"
.build/release/ArticleExtractionBenchmark score "$data/ground-truth.json" "$pages/trafilatura.json"

rate() { sed -n "s/.*$1 [0-9.]* s (\([0-9.]*\) pages\/s).*/\1/p" "$2" | head -1; }
for measure in wall CPU; do
    herald_rate=$(rate "$measure" "$pages/herald.txt")
    trafilatura_rate=$(rate "$measure" "$pages/trafilatura.txt")
    echo "== speed ratio by $measure time (Herald pages/s ÷ trafilatura pages/s):" \
        "$(python3 -c "print(f'{$herald_rate / $trafilatura_rate:.1f}x')")"
done
