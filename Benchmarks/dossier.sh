#!/usr/bin/env bash
# Dossier benchmark (design §7, issue 13): `casebook dossier icc --format md` on a generated case of
# 10,000 and of 100,000 citations, as time per 10,000 citations, the scaling factor between the two
# sizes (target: at most 11), and the ratio to `matrix --json` on the same case in the same run (the
# dossier reads the matrix and lays it out: the ratio is what the layout, rendering and writing cost).
#
#   Benchmarks/dossier.sh           10,000 and 100,000 citations
#   Benchmarks/dossier.sh --quick   1,000 and 10,000 citations (seconds)
#   BENCH_REPEAT=5 Benchmarks/dossier.sh   best of 5 runs of each size (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "install GNU time (apt-get install time)"; exit 2; }
SMALL=10000
if [ "${1:-}" = "--quick" ]; then SMALL=1000; fi
LARGE=$((SMALL * 10))
REPEAT=${BENCH_REPEAT:-3}

source Benchmarks/citation-case.sh
release_binary  # CASEBOOK_BINARY: a binary built elsewhere, used as it is
WORK=$(mktemp -d "${TMPDIR:-/tmp}/casebook-dossier-bench.XXXXXX")
trap '[ -n "${BENCH_KEEP:-}" ] || rm -rf "$WORK"' EXIT
export CASEBOOK_HANDLER=bench


# Best of REPEAT runs of a command on a case folder.
best() {
    local folder=$1 best=""; shift
    for _ in $(seq "$REPEAT"); do
        local start end took
        start=$(date +%s.%N)
        "$CASEBOOK" -C "$folder" "$@" > /dev/null
        end=$(date +%s.%N)
        took=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$took < $best" | bc -l)" = 1 ]; then best=$took; fi
    done
    echo "$best"
}

make_case "$SMALL"; make_case "$LARGE"
dossier() { echo dossier icc --format md --out "$WORK/dossier-$1.md" --force --as-of 2026-01-01; }
m_small=$(best "$WORK/case-$SMALL" matrix --json); m_large=$(best "$WORK/case-$LARGE" matrix --json)
t_small=$(best "$WORK/case-$SMALL" $(dossier "$SMALL")); t_large=$(best "$WORK/case-$LARGE" $(dossier "$LARGE"))
rss_small=$(/usr/bin/time -f '%M' "$CASEBOOK" -C "$WORK/case-$SMALL" $(dossier "$SMALL") 2>&1 >/dev/null | tail -1)
rss_large=$(/usr/bin/time -f '%M' "$CASEBOOK" -C "$WORK/case-$LARGE" $(dossier "$LARGE") 2>&1 >/dev/null | tail -1)
printf 'dossier icc (md), %7d citations: %7.3f s (%.3f s per 10,000), %.2fx matrix --json, peak %6d KiB\n' "$SMALL" "$t_small" "$(echo "$t_small * 10000 / $SMALL" | bc -l)" "$(echo "$t_small / $m_small" | bc -l)" "$rss_small"
printf 'dossier icc (md), %7d citations: %7.3f s (%.3f s per 10,000), %.2fx matrix --json, peak %6d KiB\n' "$LARGE" "$t_large" "$(echo "$t_large * 10000 / $LARGE" | bc -l)" "$(echo "$t_large / $m_large" | bc -l)" "$rss_large"
printf 'scaling: 10x the citations cost %.2fx the time (target <= 11)\n' "$(echo "$t_large / $t_small" | bc -l)"
