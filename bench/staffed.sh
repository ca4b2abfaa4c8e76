#!/usr/bin/env bash
# The staffed year against the staff-blind one, on generated counties with a fixed staff: for each seed, generate the
# county, plan it with --staff ignore and with the default (fit), both with --months, check every file with
# ../shared/tools/validate_plan.py, and print one row per run (visits, unscheduled, price over the per-enterprise bound,
# wall time, peak memory). Usage: bench/staffed.sh [ENTERPRISES] [OFFICERS] [SEEDS] [OUT]
#   e.g. bench/staffed.sh 12000 370 "1 2 3" /tmp/staffed   (STAFF_MODES="fit" runs only the staffed year)
set -euo pipefail
enterprises=${1:-12000} officers=${2:-370} seeds=${3:-"1 2 3"} out=${4:-/tmp/staffed}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build -c Release "$root/src/Scheduler.Cli" > /dev/null
cli="$root/src/Scheduler.Cli/bin/Release/net10.0/linux-x64/scheduler"
validator="$root/../shared/tools/validate_plan.py"
mkdir -p "$out"
printf "| seed | staff | visits | per-enterprise bound | price | price bound | unassigned | unscheduled | share | wall s | peak MB | valid |\n"
printf "|---|---|---|---|---|---|---|---|---|---|---|---|\n"
for seed in $seeds; do
  county="$out/c${enterprises}-o${officers}-s${seed}.json"
  [ -f "$county" ] || "$cli" generate -n "$enterprises" -s "$seed" --officers "$officers" -o "$county" > /dev/null
  for staff in ${STAFF_MODES:-ignore fit}; do
    run="$out/s${seed}-${staff}"
    mkdir -p "$run"
    /usr/bin/time -f "%e %M" -o "$run/time.txt" "$cli" plan "$county" -o "$run/plan.json" --months "$run/months" --seed "$seed" \
      --staff "$staff" --json > "$run/figures.json"
    valid=$(python3 "$validator" "$county" "$run/plan.json" "$run"/months/month-*.json | python3 -c 'import json,sys; print(json.load(sys.stdin)["valid"])')
    python3 - "$run/figures.json" "$run/time.txt" "$seed" "$staff" "$valid" <<'PY'
import json, sys
f = json.load(open(sys.argv[1])); wall, kb = open(sys.argv[2]).read().split()
y = f["year"]; bound = y["perEnterpriseBound"]
pb = y.get("staffingPriceBound") or 0
print("| %s | %s | %d | %d | %+.1f%% | %d (%+.1f%%) | %d | %d | %.2f%% | %.0f | %d | %s |" % (sys.argv[3], sys.argv[4], y["visits"], bound,
      100.0 * (y["visits"] - bound) / bound, pb, 100.0 * pb / bound, y["unassigned"], y["unscheduled"], 100.0 * y["unscheduledShare"],
      float(wall), int(kb) // 1024, sys.argv[5]))
PY
  done
done
