#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed, N skipped".
# Usage: scripts/test.sh [PROJECT]  (default: the whole Scheduler.sln; e.g. tests/Scheduler.Cli.Tests)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RESULTS=TestResults
TARGET=${1:-Scheduler.sln}

require() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "error: '$1' is not installed or not on PATH. $2" >&2
        exit 2
    fi
}

# A throwaway PostgreSQL cluster for the data and API tests (see ../shared/NOTES.md, "PostgreSQL in tests"):
# a fresh data folder under /tmp, 127.0.0.1 on a port of our own, trust auth, fsync off, stopped on exit.
# initdb refuses root, so as root the cluster belongs to the postgres OS user. The tests create their own
# databases from SCHEDULER_TEST_PG; with SCHEDULER_TEST_PG already set, no cluster is started.
PG_DATA=""
PG_BIN=""

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

find_pg_bin() {
    local initdb
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$initdb" ] && dirname "$initdb"
}

stop_postgres() {
    if [ -n "$PG_DATA" ] && [ -d "$PG_DATA" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DATA"
    fi
}

start_postgres() {
    if [ -n "${SCHEDULER_TEST_PG:-}" ]; then
        echo "using the PostgreSQL of SCHEDULER_TEST_PG" >&2
        return
    fi
    PG_BIN=$(find_pg_bin || true)
    if [ -z "$PG_BIN" ]; then
        if [ "$(id -u)" != 0 ]; then
            echo "error: PostgreSQL server binaries are missing; install them: apt-get install -y postgresql" >&2
            exit 2
        fi
        echo "installing PostgreSQL (apt-get install -y postgresql)" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        PG_BIN=$(find_pg_bin || true)
        [ -n "$PG_BIN" ] || { echo "error: apt-get installed no initdb" >&2; exit 2; }
    fi

    # A port nobody answers on: a cluster left by an earlier run (or another checkout's run) keeps its own.
    local port
    for port in $(seq 55432 55451); do
        if ! "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres >/dev/null 2>&1; then break; fi
    done

    PG_DATA=$(mktemp -d /tmp/scheduler-pg.XXXXXX)
    trap stop_postgres EXIT
    [ "$(id -u)" = 0 ] && chown postgres "$PG_DATA"
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PG_DATA.initdb.log" 2>&1 \
        || { cat "$PG_DATA.initdb.log" >&2; exit 2; }
    rm -f "$PG_DATA.initdb.log"
    # Sockets go in the data folder (the postgres user owns it); clients use TCP on 127.0.0.1.
    if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 30 \
        -o "-p $port -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
        echo "error: PostgreSQL did not start:" >&2
        cat "$PG_DATA/server.log" >&2 || true
        exit 2
    fi
    export SCHEDULER_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_DATA)" >&2
}

# Prints "N passed, N failed, N skipped" summed over every TRX file, and exits 1 unless some test
# passed and none failed.
summarise() {
    python3 - "$RESULTS" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
# Count each test's outcome (xunit's skipped tests are "NotExecuted"); run-level errors count as failures.
passed = failed = skipped = 0
files = sorted(glob.glob(f"{sys.argv[1]}/*.trx"))
for path in files:
    root = ET.parse(path).getroot()
    for result in root.iterfind(".//{*}UnitTestResult"):
        outcome = result.get("outcome", "")
        if outcome == "Passed":
            passed += 1
        elif outcome in ("NotExecuted", "Inconclusive"):
            skipped += 1
        else:
            failed += 1
    counters = root.find(".//{*}ResultSummary/{*}Counters")
    if counters is not None:
        failed += sum(int(counters.get(name, 0)) for name in ("error", "timeout", "aborted"))
if not files:
    print("no test results found in " + sys.argv[1], file=sys.stderr)
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(0 if passed > 0 and failed == 0 else 1)
PY
}

require dotnet "Install the .NET 10 SDK: https://dotnet.microsoft.com/download"
require python3 "The tests check plans with ../shared/tools/validate_plan.py; install python3."

rm -rf "$RESULTS"
start_postgres

status=0
dotnet test "$TARGET" -c Release --logger "trx;LogFilePrefix=results" --results-directory "$RESULTS" || status=$?

summarise || status=1
exit "$status"
