#!/usr/bin/env python3
"""Per need, the occurrences a replan leaves unassigned that the scratch plan places (issue 14: "nothing unassigned
that the scratch plan places").

Usage: bench/replan_needs.py DIR [--list N]
DIR is a `scheduler bench --replan ... -o DIR` folder (changed.json, replan-plan.json, scratch-plan.json).
Prints one JSON object: the needs where the replan leaves more out than the scratch (and the reverse), their
occurrences, and the replan's reasons for the first N of them.
"""
import json
import sys
from collections import Counter
from pathlib import Path


def unassigned(plan):
    return Counter(u["need"] for u in plan.get("unassigned", []))


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    folder = Path(argv[0])
    shown = int(argv[argv.index("--list") + 1]) if "--list" in argv else 10
    replan = json.loads((folder / "replan-plan.json").read_text(encoding="utf-8"))
    scratch = json.loads((folder / "scratch-plan.json").read_text(encoding="utf-8"))
    r, s = unassigned(replan), unassigned(scratch)
    worse = {n: r[n] - s.get(n, 0) for n in r if r[n] > s.get(n, 0)}
    better = {n: s[n] - r.get(n, 0) for n in s if s[n] > r.get(n, 0)}
    reasons = {}
    for u in replan.get("unassigned", []):
        if u["need"] in worse and len(reasons) < shown:
            reasons.setdefault(u["need"], u["reason"])
    print(json.dumps({
        "replanUnassigned": sum(r.values()),
        "scratchUnassigned": sum(s.values()),
        "needsWorse": len(worse),
        "occurrencesWorse": sum(worse.values()),
        "needsBetter": len(better),
        "occurrencesBetter": sum(better.values()),
        "reasons": reasons,
    }, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
