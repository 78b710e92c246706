#!/bin/bash
# Announcement detection on the real crypto feed items of ../shared/conformance (title and summary of each item),
# scored against our labels. Usage: Tests/Benchmarks/real-feeds/run.sh [-v]   (from the package root)
set -euo pipefail
cd "$(dirname "$0")/../../.."
feeds=../shared/conformance/feeds/files/syspulse-crypto
[ -d "$feeds" ] || { echo "no $feeds: the real feeds live in ../shared" >&2; exit 1; }
swift build --product herald >/dev/null
python3 Tests/Benchmarks/real-feeds/score.py .build/debug/herald "$feeds" "$@"
