# Shared by matrix.sh and dossier.sh: a generated case of N citations, written straight into the
# database with sqlite3 (the command under test is not the import).
# Needs CASEBOOK (the binary) and WORK (a scratch folder) set by the caller; `release_binary`
# sets CASEBOOK.

# CASEBOOK: the release binary in $CASEBOOK_BINARY (built elsewhere, used as it is), or one built here.
release_binary() {
    if [ -n "${CASEBOOK_BINARY:-}" ]; then
        CASEBOOK=$CASEBOOK_BINARY
    else
        swift build -c release --product casebook >/dev/null
        CASEBOOK="$PWD/.build/release/casebook"
    fi
}

# A case of N citations: N/10 allegations of torture (4 specific elements + 2 contextual), each
# cited 10 times by testimonies of 100 witnesses, on N/10 incidents.
make_case() {
    local n=$1 folder="$WORK/case-$1"
    "$CASEBOOK" init "$folder" --title "matrix bench $n" >/dev/null
    # Every witness consents to ICC use as evidence ($BENCH_CONSENT: 'icc' for a binary older than
    # the three ICC uses, to compare the same dossier side by side).
    python3 - "$n" "${BENCH_CONSENT:-icc-evidence}" > "$WORK/fill-$n.sql" <<'PY'
import sys
n = int(sys.argv[1]); consent = sys.argv[2]; allegations = n // 10; now = "2026-01-01T00:00:00Z"
print("BEGIN;")
for w in range(1, 101):
    print(f"INSERT INTO witness (id, pseudonym, consent, createdAt) VALUES ({w}, 'W{w}', '{consent}', '{now}');")
for t in range(1, 1001):
    print(f"INSERT INTO testimony (id, witnessId, dateText, dateStart, dateEnd, createdAt) VALUES ({t}, {(t % 100) + 1}, '2019', '2019-01-01', '2019-12-31', '{now}');")
elements = ["torture.1", "torture.2", "torture.3", "torture.4", "context.attack", "context.knowledge"]
for a in range(1, allegations + 1):
    print(f"INSERT INTO incident (id, title, dateText, dateStart, dateEnd, createdAt) VALUES ({a}, 'Incident {a}', '2012', '2012-01-01', '2012-12-31', '{now}');")
    print(f"INSERT INTO allegation (id, incidentId, crimeKey, createdAt) VALUES ({a}, {a}, 'torture', '{now}');")
    for c in range(10):
        print(f"INSERT INTO citation (allegationId, testimonyId, elementKey, pinpoint, createdAt) VALUES ({a}, {((a * 10 + c) % 1000) + 1}, '{elements[c % 5]}', 'para. {c + 1}', '{now}');")
print("COMMIT;")
PY
    sqlite3 "$folder/casebook.sqlite" < "$WORK/fill-$n.sql"
}

