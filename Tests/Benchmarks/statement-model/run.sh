#!/usr/bin/env bash
# The statement model measured on sets it was not fitted on: fits it on the training sets, builds Herald with those
# weights, and scores the validation and later sets with the model and with the rules alone (herald eval
# --rules-only). The shipped weights are put back on exit; rebuild afterwards.
#
#   Tests/Benchmarks/statement-model/run.sh          (from the package root)
#
# Training sets: blind, blind3, blind5, blind7, blind9, blind15-17 and sample; scored: the validation sets (blind2, 4,
# 6, 8, 10, pooled), blind11-14, blind18-21 and blind22-25 (each pooled).
set -euo pipefail
cd "$(dirname "$0")/../../.."
gold=Tests/Gold
weights=Sources/Extractor/Language/Statements/StatementModel+Weights.swift
work="$(mktemp -d)"
cp "$weights" "$work/shipped.swift"
trap 'cp "$work/shipped.swift" "$weights"; rm -rf "$work"' EXIT

pool() {
    local name="$1"; shift
    mkdir -p "$work/$name"
    for set in "$@"; do cp "$gold/$set"/*.json "$work/$name/"; done
}
pool validation blind2 blind4 blind6 blind8 blind10
pool blind11-14 blind11 blind12 blind13 blind14
pool blind18-21 blind18 blind19 blind20 blind21
pool blind22-25 blind22 blind23 blind24 blind25

swift build --product herald > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
.build/debug/herald train-model "$gold/blind" "$gold/blind3" "$gold/blind5" "$gold/blind7" "$gold/blind9" \
    "$gold/blind15" "$gold/blind16" "$gold/blind17" "$gold/sample" -o "$weights"
swift build --product herald > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

printf "%-12s %-12s %s\n" "set" "reading" "statements (P, R, F1; action, status)"
for set in validation blind11-14 blind18-21 blind22-25; do
    for reading in rules model; do
        flag=(); [ "$reading" = rules ] && flag=(--rules-only)
        .build/debug/herald eval "${flag[@]}" "$work/$set" | awk -v set="$set" -v reading="$reading" '
            /^Statements/ { p = $3; r = $5; f = $7 }
            /action/ && !a { a = $2; s = $5 }
            END { printf "%-12s %-12s P %s R %s F1 %s; action %s, status %s\n", set, reading, p, r, f, a, s }'
    done
done
