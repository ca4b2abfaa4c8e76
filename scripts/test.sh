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

# A throwaway PostgreSQL cluster for the data and API tests (see ../shared/NOTES.md, "PostgreSQL in tests").
# Not needed yet: nothing uses a database. When Scheduler.Data lands, fill this in (initdb as the
# postgres user, listen on 127.0.0.1 on a port of our own, trust auth, fsync off), export the connection
# string for the tests, and stop the cluster in an EXIT trap.
# start_postgres() {
#     local bin=/usr/lib/postgresql/15/bin data port=55432
#     data=$(mktemp -d) && chown postgres "$data"
#     runuser -u postgres -- "$bin/initdb" -D "$data" -A trust >/dev/null
#     runuser -u postgres -- "$bin/pg_ctl" -D "$data" -o "-p $port -k /tmp -c fsync=off -c listen_addresses=127.0.0.1" -w start >/dev/null
#     trap 'runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null; rm -rf "$data"' EXIT
#     export SCHEDULER_TEST_DB="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
# }

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
# start_postgres

status=0
dotnet test "$TARGET" -c Release --logger "trx;LogFilePrefix=results" --results-directory "$RESULTS" || status=$?

summarise || status=1
exit "$status"
