#!/usr/bin/env bash
# Proof-matrix page benchmark (issue "strength of proof" §3): `casebook matrix --format html` on a
# generated case of 5,000 allegations (50,000 citations), then the page opened in headless
# Chromium, printed to PDF on A4 landscape. Prints the time and peak memory of the write, the
# page's size, and Chromium's time and the number of printed pages. Not run in CI.
#
#   Benchmarks/matrix-page.sh            5,000 allegations
#   Benchmarks/matrix-page.sh --quick    500 allegations
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "install GNU time (apt-get install time)"; exit 2; }
command -v chromium >/dev/null || { echo "install Chromium (apt-get install chromium)"; exit 2; }
CITATIONS=50000
if [ "${1:-}" = "--quick" ]; then CITATIONS=5000; fi

source Benchmarks/citation-case.sh
release_binary  # CASEBOOK_BINARY: a binary built elsewhere, used as it is
WORK=$(mktemp -d "${TMPDIR:-/tmp}/casebook-matrix-page-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export CASEBOOK_HANDLER=bench

make_case "$CITATIONS"
PAGE="$WORK/matrix.html"
# The generated case has no sealed identities: the leak scan has nothing to look for.
start=$(date +%s.%N)
rss=$(/usr/bin/time -f '%M' "$CASEBOOK" -C "$WORK/case-$CITATIONS" matrix --format html --out "$PAGE" --no-leak-scan 2>&1 >/dev/null | tail -1)
end=$(date +%s.%N)
printf 'matrix --format html, %d allegations: %.3f s, peak %d KiB, page %d bytes\n' "$((CITATIONS / 10))" "$(echo "$end - $start" | bc -l)" "$rss" "$(stat -c %s "$PAGE")"
start=$(date +%s.%N)
timeout 600 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$WORK/matrix.pdf" "file://$PAGE" 2>/dev/null
end=$(date +%s.%N)
pages=$(python3 -c "import re,sys; print(len(re.findall(rb'/Type\s*/Page[^s]', open(sys.argv[1],'rb').read())))" "$WORK/matrix.pdf")
printf 'Chromium opened and printed it in %.1f s: %d A4 landscape pages\n' "$(echo "$end - $start" | bc -l)" "$pages"
