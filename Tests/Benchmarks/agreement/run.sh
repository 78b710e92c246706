#!/usr/bin/env bash
# Agreement between two annotators of the same articles, scored as Herald is scored, beside Herald's own scores.
#
#   Tests/Benchmarks/agreement/run.sh FIRST SECOND   (from the package root; FIRST and SECOND are folders of gold
#                                                     cases with the same file names, such as
#                                                     Tests/Gold/unseen/blind38 and Tests/Gold/agreement/blind38)
#
# Prints four `herald eval` reports: the second annotator's cases scored against the first's (optional items
# included, as a system reports everything it finds), the first's against the second's, and Herald against each.
set -euo pipefail
cd "$(dirname "$0")/../../.."
first="${1:?usage: run.sh FIRST SECOND}"
second="${2:?usage: run.sh FIRST SECOND}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build -c release --product herald >/dev/null
herald=".build/release/herald"
python3 Tests/Benchmarks/agreement/to_predictions.py "$second" "$work/second"
python3 Tests/Benchmarks/agreement/to_predictions.py "$first" "$work/first"
echo "== The second annotator, scored against the first"
"$herald" eval "$first" --predictions "$work/second"
echo "== The first annotator, scored against the second"
"$herald" eval "$second" --predictions "$work/first"
echo "== Herald, scored against the first"
"$herald" eval "$first"
echo "== Herald, scored against the second"
"$herald" eval "$second"
