#!/usr/bin/env bash
# Import benchmark (issue 12): `casebook import` of 10,000 and of 100,000 incidents from CSV, as
# time per 10,000 rows and the scaling factor between the two sizes, measured in the same run
# (target: 10x the rows cost at most 11x the time), with the peak memory of each.
#
#   Benchmarks/import.sh           10,000 and 100,000 rows
#   Benchmarks/import.sh --quick   2,000 and 20,000 rows (under a minute)
#   BENCH_REPEAT=5 Benchmarks/import.sh   best of 5 runs of each size (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "install GNU time (apt-get install time)"; exit 2; }
SMALL=10000
if [ "${1:-}" = "--quick" ]; then SMALL=2000; fi
LARGE=$((SMALL * 10))

swift build -c release --product casebook >/dev/null
CASEBOOK="$PWD/.build/release/casebook"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/casebook-import-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export CASEBOOK_HANDLER=bench

python3 - "$WORK" "$SMALL" "$LARGE" <<'PY'
import csv, sys
folder, sizes = sys.argv[1], [int(n) for n in sys.argv[2:]]
provinces = ["North Hamgyong", "South Hamgyong", "Ryanggang", "Chagang", "South Pyongan"]
for n in sizes:
    with open(f"{folder}/incidents-{n}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["external_id", "title", "date", "place", "country", "latitude", "longitude", "victims", "victims_estimated", "victim_group", "description"])
        for i in range(n):
            w.writerow([f"INC-{i:06d}", f"Incident {i}, generated", f"{1995 + i % 28}-{i % 12 + 1:02d}", provinces[i % 5], "KP",
                        f"{40 + (i % 300) / 100:.2f}", f"{127 + (i % 200) / 100:.2f}", i % 50, "yes" if i % 3 else "no",
                        "political prisoners", "A generated description, with a comma and \"quotes\".\nAnd a second line."])
PY

REPEAT=${BENCH_REPEAT:-3}
# run N: prints "SECONDS PEAK_KIB" for importing N rows into a fresh case: the best time of
# REPEAT runs (the steadiest figure on a shared machine) and the largest peak memory.
run() {
    local best="" peak=0
    for _ in $(seq "$REPEAT"); do
        rm -rf "$WORK/case"
        "$CASEBOOK" init "$WORK/case" --title bench >/dev/null
        local start end rss seconds
        start=$(date +%s.%N)
        rss=$(/usr/bin/time -f '%M' "$CASEBOOK" -C "$WORK/case" import "$WORK/incidents-$1.csv" 2>&1 >/dev/null | tail -1)
        end=$(date +%s.%N)
        seconds=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$seconds < $best" | bc -l)" = 1 ]; then best=$seconds; fi
        if [ "$rss" -gt "$peak" ]; then peak=$rss; fi
    done
    echo "$best $peak"
}
small=($(run "$SMALL"))
large=($(run "$LARGE"))
per_small=$(echo "scale=3; ${small[0]} * 10000 / $SMALL" | bc -l)
per_large=$(echo "scale=3; ${large[0]} * 10000 / $LARGE" | bc -l)
printf 'import %7d incidents: %7.3f s  (%6.3f s per 10,000 rows)  peak memory %7d KiB\n' "$SMALL" "${small[0]}" "$per_small" "${small[1]}"
printf 'import %7d incidents: %7.3f s  (%6.3f s per 10,000 rows)  peak memory %7d KiB\n' "$LARGE" "${large[0]}" "$per_large" "${large[1]}"
printf 'scaling: 10x the rows cost %.2fx the time (target <= 11)\n' "$(echo "${large[0]} / ${small[0]}" | bc -l)"
