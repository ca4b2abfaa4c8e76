#!/usr/bin/env bash
# Monthly stage benchmark: plans each month of an annual plan in its own process, timing each,
# then validates all twelve with ../shared/tools/validate_plan.py.
# usage: bench/monthly.sh INSTANCE ANNUAL_PLAN OUT_DIR [TIME_LIMIT_SECONDS]
set -euo pipefail
instance=$1 plan=$2 out=$3 limit=${4:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build -c Release "$root/src/Scheduler.Cli" > /dev/null
cli="$root/src/Scheduler.Cli/bin/Release/net10.0/linux-x64/scheduler"
mkdir -p "$out"
for m in $(seq 1 12); do
  file=$(printf "%s/month-%02d.json" "$out" "$m")
  /usr/bin/time -f "month $m: %e s wall, %M KB peak" "$cli" month "$instance" "$plan" --month "$m" -o "$file" \
    --time-limit "$limit" > /dev/null 2>> "$out/times.txt" || { tail -3 "$out/times.txt"; exit 1; }
  tail -1 "$out/times.txt"
done
python3 "$root/../shared/tools/validate_plan.py" "$instance" "$plan" "$out"/month-*.json | python3 -c '
import json, sys
d = json.load(sys.stdin)
ms = d["months"]
print("valid:", d["valid"], "violations:", d["violations"])
for m in ms:
    print("month %2d: visits %5d unscheduled %3d team-days %4d officer-days %5d travel %6.1f h busiest %d days"
          % (m["month"], m["visits"], m["unscheduled"], m["teamDays"], m["officerDays"], m["travelMinutes"] / 60, m["maxDaysPerInspector"]))
v = sum(m["visits"] for m in ms); u = sum(m["unscheduled"] for m in ms)
print("year: %d visits, %d unscheduled (%.2f%%), %d officer-days, %.0f travel hours"
      % (v, u, 100.0 * u / max(1, v), sum(m["officerDays"] for m in ms), sum(m["travelMinutes"] for m in ms) / 60))'
