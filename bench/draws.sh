#!/usr/bin/env bash
# Draws benchmark (issue 13): on generated 12,000-enterprise counties with the rules of `generate --rules`,
# coordinated against independent draws on the same rules (merged visits: the spec's lower bound and the optimized
# annual plan of each drawn instance, staff ignored), the replay, and the time of a 60,000-enterprise draw.
# usage: bench/draws.sh [OUT_DIR] [SEEDS...]     (default: /tmp/draws-bench, seeds 1 2 3)
set -euo pipefail
out=${1:-/tmp/draws-bench}; shift || true
seeds=${*:-1 2 3}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build -c Release "$root/src/Scheduler.Cli" > /dev/null
cli="$root/src/Scheduler.Cli/bin/Release/net10.0/linux-x64/scheduler"
mkdir -p "$out"
field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$@"; }

printf "%-5s %-12s %7s %8s %10s %12s %12s %10s %8s %s\n" seed mode checks distinct "bound" "rules bound" "optimized" unassigned "overlap" "replay"
for s in $seeds; do
  d="$out/s$s"; mkdir -p "$d"
  "$cli" generate --enterprises 12000 --seed "$s" -o "$d/county.json" --rules "$d/rules.json" > /dev/null
  for mode in coordinated independent; do
    "$cli" draw "$d/county.json" "$d/rules.json" --seed "$s" --mode "$mode" -o "$d/$mode" --json > "$d/$mode.figures.json"
    "$cli" plan "$d/$mode/instance.json" -o "$d/$mode/plan.json" --staff ignore --json > "$d/$mode.plan.json"
    "$cli" draw "$d/county.json" "$d/rules.json" --seed "$s" --mode "$mode" -o "$d/$mode-again" > /dev/null
    cmp -s "$d/$mode/draw.json" "$d/$mode-again/draw.json" && cmp -s "$d/$mode/instance.json" "$d/$mode-again/instance.json" && same=identical || same=DIFFERENT
    "$cli" draw --verify "$d/$mode/draw.json" "$d/county.json" "$d/rules.json" > /dev/null && verify=verified || verify=FAILED
    printf "%-5s %-12s %7s %8s %10s %12s %12s %10s %8s %s\n" "$s" "$mode" \
      "$(field "$d/$mode.figures.json" 'd["departmentChecks"]')" "$(field "$d/$mode.figures.json" 'd["distinctEnterprises"]')" \
      "$(field "$d/$mode.figures.json" 'd["mergedVisitsBound"]')" "$(field "$d/$mode.figures.json" 'd["mergedVisitsRulesBound"]')" "$(field "$d/$mode.plan.json" 'd["figures"]["visits"] if "figures" in d else d["visits"]')" \
      "$(field "$d/$mode.plan.json" 'd["figures"]["unassigned"] if "figures" in d else d["unassigned"]')" \
      "$(field "$d/$mode.figures.json" 'round(d["pairOverlap"]/max(1,d["pairOverlapBound"]),3)')" "$same, $verify"
  done
  python3 - "$d" <<'PY'
import json, sys
d = sys.argv[1]
c, i = (json.load(open(f"{d}/{m}.figures.json")) for m in ("coordinated", "independent"))
def visits(m):
    p = json.load(open(f"{d}/{m}.plan.json")); return (p.get("figures") or p)["visits"]
print(f"      coordinated against independent: bound {1 - c['mergedVisitsBound'] / i['mergedVisitsBound']:.1%} fewer, "
      f"bound under the visit rules {1 - c['mergedVisitsRulesBound'] / i['mergedVisitsRulesBound']:.1%} fewer, "
      f"optimized plan {1 - visits('coordinated') / visits('independent'):.1%} fewer visits, "
      f"distinct enterprises {1 - c['distinctEnterprises'] / i['distinctEnterprises']:.1%} fewer")
PY
done

d="$out/big"; mkdir -p "$d"
"$cli" generate --enterprises 60000 --seed 1 -o "$d/county.json" --rules "$d/rules.json" > /dev/null
for k in 1 2 3; do
  /usr/bin/time -f "60,000 enterprises: whole command %e s wall, %M KB peak" "$cli" draw "$d/county.json" "$d/rules.json" --seed 1 -o "$d/draw" 2> "$d/time.txt" | grep -o "in [0-9.]* s:[^,]*strata"
  cat "$d/time.txt"
done
"$cli" draw --verify "$d/draw/draw.json" "$d/county.json" "$d/rules.json" | cut -c1-160
