#!/usr/bin/env python3
"""Why an enterprise's visits of one month stay apart in a staffed year (bench/README.md, session 19).

Usage: python3 bench/merge_left.py INSTANCE PLAN MONTHS_DIR

For every pair of one enterprise's visits in one month: a visit rule forbids the merged visit (more than
maxDepartmentsPerVisit departments, a standalone check, over maxVisitMinutes on site, one need twice), or, on every
joint day of the month, some department of the merged visit has fewer than two officers free (not on a team-day that
date, not on leave, at county level or posted to the township), or some joint day has them. Prints the pair count
and the reasons counted.
"""
import json, sys, glob, datetime
from collections import Counter, defaultdict
c = json.load(open(sys.argv[1])); p = json.load(open(sys.argv[2])); mdir = sys.argv[3]
need = {n['id']: n for n in c['needs']}; item = {i['id']: i for i in c['checkItems']}
ent = {e['id']: e for e in c['enterprises']}
off = {i['id']: i for i in c['inspectors']}
R = c.get('rules', {}); maxd = R.get('maxDepartmentsPerVisit', 4); maxmin = R.get('maxVisitMinutes', 240)
jd = set(c['calendar'].get('jointWeekdays', ['Tuesday']))
def deps(v): return {need[t['need']]['department'] for t in v['tasks']}
def minutes(tasks):
    per = defaultdict(set)
    for t in tasks:
        n = need[t['need']]; per[n['department']].update(n['items'])
    return max(sum(item[i]['minutes'] for i in s) for s in per.values())
def ok(a, b):
    ts = a['tasks'] + b['tasks']; ds = deps(a) | deps(b)
    if len(ds) > maxd: return 'departments'
    if any(need[t['need']].get('standalone') for t in ts) and len(ds) > 1: return 'standalone'
    if minutes(ts) > maxmin: return 'minutes'
    if len({t['need'] for t in ts}) < len(ts): return 'same need'
    return None
byent = defaultdict(lambda: defaultdict(list))
for v in p['visits']: byent[v['enterprise']][v['month']].append(v)
months = {}
for f in sorted(glob.glob(mdir + '/month-*.json')):
    m = json.load(open(f)); months[m['month']] = m
reasons = Counter(); pairs = 0
for e, bm in byent.items():
    for mo, vs in bm.items():
        if len(vs) < 2: continue
        for i in range(len(vs)):
            for j in range(i + 1, len(vs)):
                pairs += 1; r = ok(vs[i], vs[j])
                if r: reasons[r] += 1; continue
                ds = deps(vs[i]) | deps(vs[j]); T = ent[e]['township']
                # any joint date with 2 free-or-present officers of each dept?
                m = months[mo]; busy = defaultdict(set); days_by_date = defaultdict(list)
                for td in m['teamDays']:
                    busy[td['date']].update(td['inspectors'])
                    if td['township'] == T: days_by_date[td['date']].append(td)
                dates = sorted({td['date'] for td in m['teamDays'] if datetime.date.fromisoformat(td['date']).strftime('%A') in jd})
                found = False
                for d in dates:
                    good = True
                    for dep in ds:
                        free = [o for o, x in off.items() if x['department'] == dep and o not in busy[d] and d not in x.get('unavailable', []) and (not x.get('township') or x['township'] == T)]
                        if len(free) < 2: good = False; break
                    if good: found = True; break
                reasons['free officers on some joint date' if found else 'no free officers on any joint date'] += 1
print(pairs, reasons)
