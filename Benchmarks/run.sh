#!/usr/bin/env bash
# Casebook's integrity benchmarks: each figure is a ratio against a standard tool run on the same
# files in the same run, so a noisy machine moves both sides alike.
#
#   Benchmarks/run.sh            (builds release, needs openssl, sha256sum, hashdeep, GNU time)
#   BENCH_BIG_MIB=512 Benchmarks/run.sh   for a quicker run with a smaller large file
#   Benchmarks/run.sh --quick            every figure on small inputs, in a few minutes
#
# Targets (issue 3): ingest of one 2 GiB file <= 1.15 x openssl dgst -sha512; verify of it
# <= 1.1 x openssl dgst -sha256; verify of 5,000 x 64 KiB files <= 0.25 x sha256sum and
# <= 0.35 x hashdeep; peak memory for a 2 GiB file within 10 MiB of a 2 MiB file.
# Target (issue 7): the leak scan with 1,000 witnesses < 2 x its time per MB with 10.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hashdeep >/dev/null || { echo "install hashdeep (apt-get install hashdeep)"; exit 2; }
[ -x /usr/bin/time ] || { echo "install GNU time (apt-get install time)"; exit 2; }

swift build -c release --product casebook >/dev/null
CASEBOOK="$PWD/.build/release/casebook"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/casebook-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export CASEBOOK_HANDLER=bench
BIG_MIB=${BENCH_BIG_MIB:-2048}
REPEAT=${BENCH_REPEAT:-5}
FILES=5000
SCAN_MB=10
QUICK=""
# --quick: every figure, on smaller inputs, in a few minutes (a 64 MiB file, 500 small files,
# 2 runs each, a 2 MB document, the quick import and matrix sizes).
if [ "${1:-}" = "--quick" ]; then BIG_MIB=64; REPEAT=${BENCH_REPEAT:-2}; FILES=500; SCAN_MB=2; QUICK="--quick"; fi

# Wall-clock seconds of running "$@" REPEAT times: prints "MIN MEDIAN". $SETUP (if set) runs
# before each run, untimed. The minimum is the steadiest figure on a shared virtual machine.
timed() {
    local times=()
    for _ in $(seq "$REPEAT"); do
        if [ -n "${SETUP:-}" ]; then eval "$SETUP"; fi
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc -l)")
    done
    local sorted
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    echo "$(echo "$sorted" | head -1) $(echo "$sorted" | sed -n "$(( (REPEAT + 1) / 2 ))p")"
}
ratio() { echo "scale=3; $1 / $2" | bc -l; }
# report LABEL "OURS_MIN OURS_MEDIAN" "BASE_MIN BASE_MEDIAN" TARGET
report() {
    local ours=($2) base=($3)
    printf '%-50s best %7.3f s vs %7.3f s = %5s   median %7.3f s vs %7.3f s = %5s   (target %s)\n' "$1" \
        "${ours[0]}" "${base[0]}" "$(ratio "${ours[0]}" "${base[0]}")" "${ours[1]}" "${base[1]}" "$(ratio "${ours[1]}" "${base[1]}")" "$4"
}
first() { echo "$1" | cut -d' ' -f1; }

echo "Preparing a ${BIG_MIB} MiB file and $FILES files of 64 KiB in $WORK ..."
head -c $((BIG_MIB * 1024 * 1024)) /dev/urandom > "$WORK/big.bin"
mkdir -p "$WORK/small"
python3 - "$WORK/small" "$FILES" <<'PY'
import os, sys
for i in range(int(sys.argv[2])):
    with open(os.path.join(sys.argv[1], f"f{i:05d}.bin"), "wb") as f:
        f.write(os.urandom(65536))
PY
cat "$WORK/big.bin" > /dev/null; cat "$WORK"/small/* > /dev/null   # warm the page cache

fresh_case() { rm -rf "$WORK/case"; "$CASEBOOK" init "$WORK/case" --title bench >/dev/null; }

# 1. Ingest of one large file vs openssl dgst -sha512 (the slower of the two digests).
t_sha512=$(timed openssl dgst -sha512 "$WORK/big.bin")
t_ingest=$(SETUP=fresh_case timed "$CASEBOOK" -C "$WORK/case" evidence add "$WORK/big.bin")
report "ingest ${BIG_MIB} MiB (SHA-256 + SHA-512 + copy + fsync)" "$t_ingest" "$t_sha512" "<= 1.15"

# What each part costs, alone.
t_sha256=$(timed openssl dgst -sha256 "$WORK/big.bin")
t_copy=$(SETUP='rm -f "$WORK/copy.bin"' timed sh -c "cat '$WORK/big.bin' > '$WORK/copy.bin' && sync '$WORK/copy.bin'")
rm -f "$WORK/copy.bin"
printf '   what each part costs alone (best of %d): openssl sha512 %.3f s, openssl sha256 %.3f s, cat + sync of the copy %.3f s\n' \
    "$REPEAT" "$(first "$t_sha512")" "$(first "$t_sha256")" "$(first "$t_copy")"

# 2. Verify of that one file vs openssl dgst -sha256 (verify re-hashes SHA-256 only).
fresh_case; "$CASEBOOK" -C "$WORK/case" evidence add "$WORK/big.bin" >/dev/null
t_verify_big=$(timed "$CASEBOOK" -C "$WORK/case" verify)
report "verify ${BIG_MIB} MiB" "$t_verify_big" "$t_sha256" "<= 1.1"

# 3. Verify of 5,000 small files vs sha256sum and hashdeep over the same files.
fresh_case; "$CASEBOOK" -C "$WORK/case" evidence add --recursive "$WORK/small" >/dev/null
t_verify_small=$(timed "$CASEBOOK" -C "$WORK/case" verify)
# The baselines hash the very files verify reads: the stored copies (warmed once, like verify's).
OBJECTS="$WORK/case/evidence/objects"
find "$OBJECTS" -type f -exec cat {} + > /dev/null
t_sha256sum=$(timed sh -c "find '$OBJECTS' -type f -not -path '*/.incoming/*' -print0 | xargs -0 sha256sum > /dev/null")
t_hashdeep=$(timed hashdeep -c sha256 -r "$OBJECTS")
report "verify $FILES x 64 KiB" "$t_verify_small" "$t_sha256sum" "<= 0.25 x sha256sum"
report "verify $FILES x 64 KiB" "$t_verify_small" "$t_hashdeep" "<= 0.35 x hashdeep"

# Ingest of the small files, for the record (no target).
t_ingest_small=$(SETUP=fresh_case timed "$CASEBOOK" -C "$WORK/case" evidence add --recursive "$WORK/small")
report "ingest $FILES x 64 KiB (for the record)" "$t_ingest_small" "$t_sha256sum" "none"

# 4. Peak memory: a large file vs a 2 MiB file.
head -c $((2 * 1024 * 1024)) /dev/urandom > "$WORK/two.bin"
peak() { fresh_case; /usr/bin/time -f '%M' "$CASEBOOK" -C "$WORK/case" evidence add "$1" 2>&1 >/dev/null | tail -1; }
rss_big=$(peak "$WORK/big.bin")
rss_small=$(peak "$WORK/two.bin")
printf '%-58s %6d KiB vs %6d KiB  difference %d KiB (target <= 10240 KiB)\n' "peak memory: ingest ${BIG_MIB} MiB vs 2 MiB" \
    "$rss_big" "$rss_small" $((rss_big - rss_small))

# 5. The leak scan: a 10 MB document scanned for 10 and for 1,000 witnesses' names and their
# generated spellings, in one pass each (target: the ratio under 2).
swift build -c release --package-path Benchmarks/LeakScan >/dev/null
Benchmarks/LeakScan/.build/release/leak-scan-bench "$SCAN_MB" "$REPEAT"

# 6. Import (issue 12): 10,000 and 100,000 incidents from CSV, time per 10,000 rows and the
# scaling factor (target <= 11), with the peak memory of each. Alone: Benchmarks/import.sh [--quick].
Benchmarks/import.sh $QUICK

# 7. The proof matrix (issue 12): matrix --json on 10,000 and 100,000 citations, time per 10,000
# and the scaling factor (target <= 11), with the peak memory of each. Alone: Benchmarks/matrix.sh.
BENCH_REPEAT=$REPEAT Benchmarks/matrix.sh $QUICK

# 8. The ICC dossier (issue 13): dossier icc --format md on the same kind of case, time per 10,000
# citations, the scaling factor (target <= 11) and the ratio to matrix --json in the same run.
# Alone: Benchmarks/dossier.sh [--quick].
BENCH_REPEAT=$REPEAT Benchmarks/dossier.sh $QUICK
