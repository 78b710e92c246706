#!/usr/bin/env bash
# Soak benchmark: `herald run` over a local news site of FEEDS feeds × 20 items with article pages, served by
# SoakFeedServer on loopback addresses. Prints, per size: wall time, articles archived, articles/s, peak RSS, and
# herald's CPU time (user + system), whose articles per CPU-second do not depend on how loaded the machine is.
#
#   Tests/Benchmarks/soak/run.sh [FEEDS...]          (default: 100 1000)
#
# Environment: CONCURRENT (feeds at once, default 8), HOSTS (loopback addresses, default 64), ITEMS (default 20),
# REPEATS (default 1), CONFIGURATION (release or debug, default release), SKIP_BUILD=1 to reuse the binaries.
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [ "$#" -gt 0 ]; then sizes=("$@"); else sizes=(100 1000); fi
concurrent=${CONCURRENT:-8}
hosts=${HOSTS:-64}
items=${ITEMS:-20}
repeats=${REPEATS:-1}
configuration=${CONFIGURATION:-release}

if [ -z "${SKIP_BUILD:-}" ]; then
    swift build -c "$configuration" --product herald >&2
    swift build -c "$configuration" --product SoakFeedServer >&2
fi
bin=$(swift build -c "$configuration" --show-bin-path)
work=$(mktemp -d)
trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

printf '| feeds | items | articles | wall s | articles/s | peak RSS MB | herald CPU s | articles/CPU-s | server CPU s |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for feeds in "${sizes[@]}"; do
    for repeat in $(seq 1 "$repeats"); do
        "$bin/SoakFeedServer" --feeds "$feeds" --items "$items" --hosts "$hosts" \
            --feed-list "$work/feeds.yaml" > "$work/port" 2> "$work/server.log" &
        server_pid=$!
        for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.05; done
        out="$work/out-$feeds-$repeat"
        /usr/bin/time -v "$bin/herald" run --feeds "$work/feeds.yaml" --output "$out" \
            --host-delay 0 --requests-per-host 4 --concurrent-feeds "$concurrent" --allow-private \
            > "$work/summary" 2> "$work/time" || true
        server_cpu=$(awk '{print ($14 + $15) / 100}' "/proc/$server_pid/stat")
        kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
        articles=$(awk '/^new articles:/ {print $3}' "$work/summary")
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time")
        rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time")
        rate=$(awk -v a="$articles" -v w="$wall" 'BEGIN {printf "%.0f", a / w}')
        cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {printf "%.1f", s}' "$work/time")
        per_cpu=$(awk -v a="$articles" -v c="$cpu" 'BEGIN {printf "%.0f", a / c}')
        printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$feeds" "$items" "$articles" "$wall" "$rate" "$rss" \
            "$cpu" "$per_cpu" "$server_cpu"
        grep -q '^failures: *0' "$work/summary" || { echo "failures:" >&2; cat "$work/summary" >&2; }
        rm -rf "$out"
    done
done
