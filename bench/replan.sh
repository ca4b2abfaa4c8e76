#!/usr/bin/env bash
# The replan bench of issue 14, several runs a seed (this machine's speed swings between runs of the same work; the plans
# do not): for each seed, generate the county (`generate -n ENTERPRISES -s SEED`: its fixed staff of about 370 officers per
# 12,000 enterprises) unless OUT has it, then RUNS times `scheduler bench --replan COUNTY --from 6 --seed SEED -t 300`,
# `bench/replan_needs.py` on each, and one table row per run. The last column says whether the run's replan is the
# same file as the seed's first run (it should be: the plans are deterministic).
# Usage: bench/replan.sh [ENTERPRISES] [SEEDS] [RUNS] [OUT]     e.g. bench/replan.sh 12000 "1 2 3" 3 /tmp/replan
set -euo pipefail
enterprises=${1:-12000} seeds=${2:-"1 2 3"} runs=${3:-3} out=${4:-/tmp/replan}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build -c Release "$root/src/Scheduler.Cli" > /dev/null
cli="$root/src/Scheduler.Cli/bin/Release/net10.0/linux-x64/scheduler"
mkdir -p "$out"
printf "| seed | run | replanSeconds | annual + months s | keptShare | visits / scratch | unassigned / scratch | needs worse | unscheduled / scratch | valid | same plan |\n"
printf "|---|---|---:|---|---:|---|---|---:|---|---|---|\n"
for seed in $seeds; do
  county="$out/c${enterprises}-s${seed}.json"
  [ -f "$county" ] || "$cli" generate -n "$enterprises" -s "$seed" -o "$county" > /dev/null
  for run in $(seq 1 "$runs"); do
    dir="$out/s${seed}-r${run}"
    "$cli" bench --replan "$county" --from 6 --seed "$seed" -t 300 -o "$dir" > "$dir.out" 2> "$dir.err"
    python3 "$root/bench/replan_needs.py" "$dir" > "$dir.needs"
    python3 - "$dir" "$out/s${seed}-r1" "$seed" "$run" <<'PY'
import json, sys
from pathlib import Path
d, first = Path(sys.argv[1]), Path(sys.argv[2])
r = json.loads((d / "replan.json").read_text())
n = json.loads(Path(str(d) + ".needs").read_text())
same = (d / "replan-plan.json").read_bytes() == (first / "replan-plan.json").read_bytes()
print("| %s | %s | %.1f | %.1f + %.1f | %.3f | %d / %d (%+.2f%%) | %d / %d | %d | %d / %d | %s | %s |" % (
    sys.argv[3], sys.argv[4], r["replanSeconds"], r["replanAnnualSeconds"], r["replanMonthsSeconds"], r["keptShare"],
    r["visits"], r["scratchVisits"], 100.0 * (r["visits"] - r["scratchVisits"]) / r["scratchVisits"],
    r["unassigned"], r["scratchUnassigned"], n["needsWorse"], r["unscheduled"], r["scratchUnscheduled"],
    "yes" if r["valid"] and r.get("monthsValid", True) else "NO", "yes" if same else "NO"))
PY
  done
done
