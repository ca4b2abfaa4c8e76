#!/usr/bin/env python3
"""How much a local search could save of the officers the months' joint-weekday teams carry.

Usage: python3 bench/team_compaction.py INSTANCE PLAN MONTHS_DIR [month]

For every township and joint weekday (with `month`: every township and month, visits free to change date), takes the
team-days' visits and, while it lowers the sum over teams of their departments (each a pair of officers for the day),
merges two teams or moves one visit to another team, within maxVisitsPerTeamDay and workdayMinutes (on site plus the
shortest route). Prints the officer pairs before and after. Used in bench/README.md (session 20).
"""
import json,sys,datetime,collections,math,itertools
per_date = len(sys.argv) < 5 or sys.argv[4] != 'month'
c=json.load(open(sys.argv[1])); p=json.load(open(sys.argv[2])); md=sys.argv[3]
need={n['id']:n for n in c['needs']}; item={i['id']:i for i in c['checkItems']}
ent={e['id']:e for e in c['enterprises']}; tw={t['id']:t for t in c['townships']}
vis={v['id']:v for v in p['visits']}; R=c['rules']
insp={i['id']:i for i in c['inspectors']}
def depts(v): return frozenset(need[t['need']]['department'] for t in vis[v]['tasks'])
def onsite(v):
  its=collections.defaultdict(set)
  for t in vis[v]['tasks']:
    n=need[t['need']]; its[n['department']].update(n['items'])
  return max(sum(item[i]['minutes'] for i in s) for s in its.values())
def hav(a,b):
  la1,lo1,la2,lo2=map(math.radians,(a['lat'],a['lon'],b['lat'],b['lon']))
  h=math.sin((la2-la1)/2)**2+math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2
  return 2*6371*math.asin(math.sqrt(h))
def tmin(a,b): return hav(a,b)*R['roadFactor']/R['travelKmh']*60
def daymin(t,vs):
  o=tw[t]['location']; best=1e9
  pts=[ent[vis[v]['enterprise']]['location'] for v in vs]
  on=sum(onsite(v) for v in vs)
  if len(vs)>7: return 1e9
  for perm in itertools.permutations(range(len(vs))):
    L=[o]+[pts[i] for i in perm]+[o]
    best=min(best,sum(tmin(L[i],L[i+1]) for i in range(len(L)-1)))
  return on+best
def ok(t,vs): return len(vs)<=R['maxVisitsPerTeamDay'] and daymin(t,vs)<=R['workdayMinutes']
def union(vs): 
  s=set()
  for v in vs: s|=depts(v)
  return s
before=after=0
for m in range(1,13):
  mp=json.load(open(f'{md}/month-{m:02d}.json'))
  groups=collections.defaultdict(list)
  for td in mp['teamDays']:
    if datetime.date.fromisoformat(td['date']).weekday()==1: groups[(td['date'] if per_date else 0, td['township'])].append(list(td['visits']))
  for (d,t),teams in groups.items():
    b=sum(len(union(x)) for x in teams); before+=b
    improved=True
    while improved:
      improved=False
      # merge two teams
      for i,j in itertools.combinations(range(len(teams)),2):
        if len(teams[i])+len(teams[j])<=6 and len(union(teams[i]+teams[j]))<len(union(teams[i]))+len(union(teams[j])) and ok(t,teams[i]+teams[j]):
          teams[i]=teams[i]+teams[j]; del teams[j]; improved=True; break
      if improved: continue
      # move one visit
      for i in range(len(teams)):
        for v in teams[i]:
          for j in range(len(teams)):
            if i==j or len(teams[j])>=6: continue
            rest=[w for w in teams[i] if w!=v]
            old=len(union(teams[i]))+len(union(teams[j]))
            new=(len(union(rest)) if rest else 0)+len(union(teams[j]+[v]))
            if new<old and ok(t,teams[j]+[v]):
              teams[i]=rest; teams[j]=teams[j]+[v]; teams=[x for x in teams if x]; improved=True; break
          if improved: break
        if improved: break
    a=sum(len(union(x)) for x in teams); after+=a
print(f"team-days' departments on the joint weekdays (officer pairs): {before}; after local moves and merges {'per date' if per_date else 'per month'}: {after}")
