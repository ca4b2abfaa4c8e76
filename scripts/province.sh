#!/usr/bin/env bash
# The province run's bench (issue 15): a throwaway PostgreSQL, 1 web + N worker processes (scripts/cluster-lib.sh, as
# scripts/cluster.sh starts them), N generated counties (`scheduler generate --counties`, the default fixed staff)
# registered through the API, every department's needs submitted concurrently with its own token, one province run of
# the year; optionally one worker killed with kill -9 S seconds in (no replacement: its county's job is taken up by
# another worker once Scheduler:JobInvisibilitySeconds has passed, 15 here unless set); then every county's stored plan
# downloaded and checked by ../shared/tools/validate_plan.py, and each county checked to hold exactly one stored
# succeeded plan of the run. bench/province.py does the API work. Ends with ONE line of JSON:
#   {"counties": …, "stored": …, "valid": …, "lost": …, "wallSeconds": …}   (wallSeconds: the run, start to close)
# Usage: scripts/province.sh [--counties N] [--enterprises N] [--workers N] [--kill-after S] [--seed S]
#        (defaults 90, 11100, 2, no kill, seed 1; CLUSTER_PORT, 5280 here, for the web port, workers on the next)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/cluster-lib.sh
. scripts/cluster-lib.sh

COUNTIES=90 ENTERPRISES=11100 WORKERS=2 KILL_AFTER="" SEED=1
while [ $# -gt 0 ]; do
    case "$1" in
        --counties) COUNTIES=${2:?--counties needs a number}; shift 2 ;;
        --enterprises) ENTERPRISES=${2:?--enterprises needs a number}; shift 2 ;;
        --workers) WORKERS=${2:?--workers needs a number}; shift 2 ;;
        --kill-after) KILL_AFTER=${2:?--kill-after needs seconds}; shift 2 ;;
        --seed) SEED=${2:?--seed needs a number}; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "error: unknown argument $1 (see scripts/province.sh --help)" >&2; exit 2 ;;
    esac
done
for value in "$COUNTIES" "$ENTERPRISES" "$WORKERS" "$SEED"; do
    case "$value" in ''|*[!0-9]*) echo "error: --counties, --enterprises, --workers and --seed take whole numbers, not '$value'" >&2; exit 2 ;; esac
done
[ "$WORKERS" -ge 1 ] && [ "$WORKERS" -le 32 ] || { echo "error: --workers must be 1-32, not $WORKERS" >&2; exit 2; }
[ "$WORKERS" -ge 2 ] || [ -z "$KILL_AFTER" ] || { echo "error: --kill-after needs at least 2 workers (no replacement is started)" >&2; exit 2; }
VALIDATOR=../shared/tools/validate_plan.py
[ -f "$VALIDATOR" ] || { echo "error: $VALIDATOR is missing" >&2; exit 2; }

export CLUSTER_PORT=${CLUSTER_PORT:-5280}
export Scheduler__ProvinceToken="province.bench-$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')"
# A killed worker's county is taken up again this long after its last heartbeat (docs/deploy.md).
export Scheduler__JobInvisibilitySeconds=${Scheduler__JobInvisibilitySeconds:-15}

WORK=$(mktemp -d /tmp/scheduler-province.XXXXXX)
stop_all() {
    trap - EXIT INT TERM
    cluster_stop
    echo "stopped the cluster (logs in $CLUSTER_LOGS; counties, plans and details in $WORK)" >&2
}
trap stop_all EXIT
trap 'exit 130' INT TERM

echo "building src/Scheduler.Cli (Release)" >&2
dotnet build src/Scheduler.Cli -c Release -nologo -v quiet >&2
S=src/Scheduler.Cli/bin/Release/net10.0/linux-x64/scheduler
"$S" generate --counties "$COUNTIES" --enterprises "$ENTERPRISES" --seed "$SEED" -o "$WORK/counties" >&2

cluster_start "$WORKERS"
echo "web $CLUSTER_URL (pid ${CLUSTER_PIDS[0]}), workers ${CLUSTER_PIDS[*]:1}, logs $CLUSTER_LOGS" >&2

python3 bench/province.py --url "$CLUSTER_URL" --province-token "$Scheduler__ProvinceToken" --folder "$WORK/counties" \
    --psql "$PG_BIN/psql" --pg-port "$PG_PORT" --workers "${CLUSTER_PIDS[@]:1}" --validator "$VALIDATOR" \
    --details "$WORK/details.json" ${KILL_AFTER:+--kill-after "$KILL_AFTER"}
