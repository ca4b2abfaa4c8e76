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

# A throwaway PostgreSQL cluster for the data and API tests (scripts/pg.sh), stopped on exit. The tests create their
# own databases from SCHEDULER_TEST_PG; with SCHEDULER_TEST_PG already set, no cluster is started.
# shellcheck source=scripts/pg.sh
. scripts/pg.sh
# Debian Chromium for the browser tests (tests/Scheduler.Web.Tests), installed when missing.
# shellcheck source=scripts/browser.sh
. scripts/browser.sh

start_postgres() {
    if [ -n "${SCHEDULER_TEST_PG:-}" ]; then
        echo "using the PostgreSQL of SCHEDULER_TEST_PG" >&2
        return
    fi
    trap pg_stop EXIT
    pg_start
    export SCHEDULER_TEST_PG="$PG_CONNECTION"
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
browser_ensure
start_postgres

status=0
dotnet test "$TARGET" -c Release --logger "trx;LogFilePrefix=results" --results-directory "$RESULTS" || status=$?

summarise || status=1
exit "$status"
