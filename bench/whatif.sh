#!/usr/bin/env bash
# What-if latency (issue 14): for each seed, generate the county (once), then `scheduler bench --whatif`: plan the year
# (or reuse OUT/plan-sSEED.json), record January to the month before FROM (5% not done), replan from FROM, and time
# COUNT seeded what-ifs (an enterprise closed, a department losing visits, one more need) against that replan, each a
# bounded replan of its own. Prints one row per seed from OUT/sSEED/whatif.json.
# Usage: bench/whatif.sh [ENTERPRISES] [SEEDS] [COUNT] [FROM] [OUT]   e.g. bench/whatif.sh 12000 "1 2" 200 6 /tmp/whatif
set -euo pipefail
enterprises=${1:-12000} seeds=${2:-"1"} count=${3:-50} from=${4:-6} out=${5:-/tmp/whatif}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build -c Release "$root/src/Scheduler.Cli" > /dev/null
cli="$root/src/Scheduler.Cli/bin/Release/net10.0/linux-x64/scheduler"
mkdir -p "$out"
printf "| seed | what-ifs | p50 ms | p95 ms | max ms | p95 close / capacity / need | answered | valid |\n|---|---|---|---|---|---|---|---|\n"
for seed in $seeds; do
  county="$out/c${enterprises}-s${seed}.json"
  [ -f "$county" ] || "$cli" generate --enterprises "$enterprises" --seed "$seed" -o "$county" > /dev/null
  plan=()
  [ -f "$out/plan-s${seed}.json" ] && plan=(--plan "$out/plan-s${seed}.json")
  "$cli" bench --whatif "$county" "${plan[@]}" --from "$from" --seed "$seed" --count "$count" -o "$out/s${seed}" > "$out/s${seed}.log"
  [ -f "$out/s${seed}/plan.json" ] && cp "$out/s${seed}/plan.json" "$out/plan-s${seed}.json"
  python3 - "$out/s${seed}/whatif.json" "$seed" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); k = d["p95MsByKind"]
print("| %s | %d | %.0f | %.0f | %.0f | %.0f / %.0f / %.0f | %d | %s |" % (sys.argv[2], d["count"], d["p50Ms"], d["p95Ms"], d["maxMs"],
      k.get("close", 0), k.get("capacity", 0), k.get("need", 0), d["answered"], d["allValid"]))
PY
done
