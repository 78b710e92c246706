#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a number of seconds.
#
#   Tests/Fuzz/run.sh TARGET SECONDS
#
# TARGET is feed, page, date, opml or rulebook. The corpus starts from the project's own samples and seeds and,
# when present, the shared corpora in ../shared (compressed pages are decompressed into the work directory, never
# beside the originals). Work files (corpus, crash artifacts, log) go to $HERALD_FUZZ_WORK (default
# /tmp/herald-fuzz/TARGET). Exits non-zero when libFuzzer reports a crash, leak or timeout.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 feed|page|date|opml|rulebook SECONDS" >&2
    exit 64
fi
target=$1
seconds=$2
fuzz_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$fuzz_dir/../.." && pwd)
shared="$root/../shared"
work=${HERALD_FUZZ_WORK:-/tmp/herald-fuzz/$target}

case $target in
    feed) product=FeedParserFuzzer; max_len=262144 ;;
    page) product=PageExtractorFuzzer; max_len=262144 ;;
    date) product=DateFuzzer; max_len=4096 ;;
    opml) product=OPMLFuzzer; max_len=65536 ;;
    rulebook) product=RulebookFuzzer; max_len=65536 ;;
    *) echo "unknown target $target (feed, page, date, opml or rulebook)" >&2; exit 64 ;;
esac

build_flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
(cd "$fuzz_dir" && nice -n 10 swift build "${build_flags[@]}" --product "$product" >&2)
binary="$(cd "$fuzz_dir" && swift build "${build_flags[@]}" --show-bin-path)/$product"

mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"
copy_seeds() { # copy_seeds DIR PATTERN...
    local dir=$1; shift
    [ -d "$dir" ] || return 0
    for pattern in "$@"; do
        find "$dir" -type f -name "$pattern" -size -1024k -exec cp -f {} "$work/seeds/" \; 2>/dev/null || true
    done
}
case $target in
    feed)
        copy_seeds "$root/Feeds/sample" '*.xml' '*.json'
        copy_seeds "$root/Tests" '*.xml' '*.rss' '*.atom' '*.rdf'
        copy_seeds "$shared/conformance/feeds" '*.xml' '*.rss' '*.atom' '*.rdf' '*.json' ;;
    page)
        copy_seeds "$root/Feeds/sample/articles" '*.html'
        copy_seeds "$root/Tests" '*.html'
        if [ -d "$shared/benchmarks/article-extraction/html" ]; then
            for page in "$shared"/benchmarks/article-extraction/html/*.html.gz; do
                gzip -dc "$page" > "$work/seeds/$(basename "$page" .gz)" || true
            done
        fi ;;
    date) copy_seeds "$fuzz_dir/seeds/dates" '*' ;;
    opml) copy_seeds "$fuzz_dir/seeds/opml" '*'; copy_seeds "$shared/conformance" '*.opml' ;;
    rulebook) copy_seeds "$fuzz_dir/seeds/rulebook" '*'; copy_seeds "$root/Feeds" '*.yaml' ;;
esac

echo "fuzzing $target for $seconds s with $(ls "$work/seeds" | wc -l) seeds; log in $work/fuzz.log" >&2
export LSAN_OPTIONS="suppressions=$fuzz_dir/lsan.supp:print_suppressions=1"
nice -n 10 "$binary" "$work/corpus" "$work/seeds" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" 2>&1 | tee "$work/fuzz.log" | grep -E '^(#[0-9]+ +(INITED|DONE|pulse)|==[0-9]+==|stat::|SUMMARY|artifact_prefix|Done)' >&2
status=${PIPESTATUS[0]}
echo "corpus: $(ls "$work/corpus" | wc -l) files; artifacts: $(ls "$work/artifacts" | wc -l)" >&2
exit "$status"
