#!/usr/bin/env bash
# Proof-matrix benchmark (issue 12 §6): `casebook matrix --json` on a generated case of 10,000 and
# of 100,000 citations, as time per 10,000 citations and the scaling factor between the two sizes,
# measured in the same run (target: 10x the citations cost at most 11x the time), with the peak
# memory of each. The cases are written straight into the database with sqlite3 (the command
# under test is the matrix, not the import).
#
#   Benchmarks/matrix.sh           10,000 and 100,000 citations
#   Benchmarks/matrix.sh --quick   1,000 and 10,000 citations (seconds)
#   BENCH_REPEAT=5 Benchmarks/matrix.sh   best of 5 runs of each size (default 3)
#   CASEBOOK_BINARY=/path/to/casebook Benchmarks/matrix.sh   time that binary instead of building one
#   BASELINE=/path/to/older/casebook Benchmarks/matrix.sh
#       also times that binary (for example a release build of the commit before a change) on a
#       case of the larger size made by it, and prints the ratio of the two, measured in one run
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "install GNU time (apt-get install time)"; exit 2; }
SMALL=10000
if [ "${1:-}" = "--quick" ]; then SMALL=1000; fi
LARGE=$((SMALL * 10))
REPEAT=${BENCH_REPEAT:-3}

source Benchmarks/citation-case.sh
release_binary  # CASEBOOK_BINARY: a binary built elsewhere, used as it is
WORK=$(mktemp -d "${TMPDIR:-/tmp}/casebook-matrix-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export CASEBOOK_HANDLER=bench


best() {
    local folder=$1 binary=${2:-$CASEBOOK} best=""
    for _ in $(seq "$REPEAT"); do
        local start end took
        start=$(date +%s.%N)
        "$binary" -C "$folder" matrix --json > /dev/null
        end=$(date +%s.%N)
        took=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$took < $best" | bc -l)" = 1 ]; then best=$took; fi
    done
    echo "$best"
}

make_case "$SMALL"; make_case "$LARGE"
t_small=$(best "$WORK/case-$SMALL"); t_large=$(best "$WORK/case-$LARGE")
rss_small=$(/usr/bin/time -f '%M' "$CASEBOOK" -C "$WORK/case-$SMALL" matrix --json 2>&1 >/dev/null | tail -1)
rss_large=$(/usr/bin/time -f '%M' "$CASEBOOK" -C "$WORK/case-$LARGE" matrix --json 2>&1 >/dev/null | tail -1)
printf 'matrix --json, %7d citations: %7.3f s (%.3f s per 10,000), peak %6d KiB\n' "$SMALL" "$t_small" "$(echo "$t_small * 10000 / $SMALL" | bc -l)" "$rss_small"
printf 'matrix --json, %7d citations: %7.3f s (%.3f s per 10,000), peak %6d KiB\n' "$LARGE" "$t_large" "$(echo "$t_large * 10000 / $LARGE" | bc -l)" "$rss_large"
printf 'scaling: 10x the citations cost %.2fx the time (target <= 11)\n' "$(echo "$t_large / $t_small" | bc -l)"
if [ -n "${BASELINE:-}" ]; then
    # The baseline makes its own case (its schema may be older); the rows are the same.
    CURRENT=$CASEBOOK CASEBOOK=$BASELINE WORK_MAIN=$WORK
    WORK="$WORK/baseline"; mkdir -p "$WORK"; make_case "$LARGE"; CASEBOOK=$CURRENT
    t_base=$(best "$WORK/case-$LARGE" "$BASELINE")
    rss_base=$(/usr/bin/time -f '%M' "$BASELINE" -C "$WORK/case-$LARGE" matrix --json 2>&1 >/dev/null | tail -1)
    WORK=$WORK_MAIN
    printf 'baseline %s, %d citations: %.3f s, peak %d KiB\n' "$BASELINE" "$LARGE" "$t_base" "$rss_base"
    printf 'this build / baseline: %.2fx the time, %.2fx the peak memory\n' "$(echo "$t_large / $t_base" | bc -l)" "$(echo "$rss_large / $rss_base" | bc -l)"
fi
