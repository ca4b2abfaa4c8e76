#!/usr/bin/env python3
"""How far the months' joint-weekday teams are from the best grouping over many candidate teams (set partitioning).

Usage: python3 bench/team_columns.py INSTANCE PLAN MONTHS_DIR EVERY RUNS   (needs SciPy >= 1.9: apt-get install python3-scipy)

For every EVERY-th township-month (joint-weekday team-days of the staffed months), builds candidate teams: the month's
own, those of RUNS randomized greedy groupings, each of them less one visit, and every visit alone; each within
maxVisitsPerTeamDay and workdayMinutes (on site plus the shortest route). HiGHS then picks teams covering every visit
once with the fewest officer pairs (Σ over teams of their departments), 60 s a township-month. Officers' dates are
ignored: the figure is what a better grouping could save at most over those columns. Used in bench/README.md (session 20).
"""
import json,sys,datetime,collections,math,itertools,random,time
import numpy as np
from scipy.optimize import milp, LinearConstraint, Bounds
from scipy.sparse import csc_matrix
c=json.load(open(sys.argv[1])); p=json.load(open(sys.argv[2])); md=sys.argv[3]
need={n['id']:n for n in c['needs']}; item={i['id']:i for i in c['checkItems']}
ent={e['id']:e for e in c['enterprises']}; tw={t['id']:t for t in c['townships']}
vis={v['id']:v for v in p['visits']}; R=c['rules']
DEP={}
def depts(v):
  if v not in DEP: DEP[v]=frozenset(need[t['need']]['department'] for t in vis[v]['tasks'])
  return DEP[v]
ON={}
def onsite(v):
  if v not in ON:
    its=collections.defaultdict(set)
    for t in vis[v]['tasks']:
      n=need[t['need']]; its[n['department']].update(n['items'])
    ON[v]=max(sum(item[i]['minutes'] for i in s) for s in its.values())
  return ON[v]
def hav(a,b):
  la1,lo1,la2,lo2=map(math.radians,(a['lat'],a['lon'],b['lat'],b['lon']))
  h=math.sin((la2-la1)/2)**2+math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2
  return 2*6371*math.asin(math.sqrt(h))
def tmin(a,b): return hav(a,b)*R['roadFactor']/R['travelKmh']*60
DM={}
def daymin(t,vs):
  key=(t,frozenset(vs))
  if key in DM: return DM[key]
  o=tw[t]['location']; pts=[ent[vis[v]['enterprise']]['location'] for v in vs]
  best=1e9
  for perm in itertools.permutations(range(len(vs))):
    L=[o]+[pts[i] for i in perm]+[o]
    best=min(best,sum(tmin(L[i],L[i+1]) for i in range(len(L)-1)))
  DM[key]=best+sum(onsite(v) for v in vs); return DM[key]
def ok(t,vs): return len(vs)<=R['maxVisitsPerTeamDay'] and daymin(t,vs)<=R['workdayMinutes']
def union(vs):
  s=set()
  for v in vs: s|=depts(v)
  return frozenset(s)
groups=collections.defaultdict(list)
for m in range(1,13):
  mp=json.load(open(f'{md}/month-{m:02d}.json'))
  for td in mp['teamDays']:
    if datetime.date.fromisoformat(td['date']).weekday()==1: groups[(m,td['township'])].append(tuple(td['visits']))
def greedy(t,V,rng,noise):
  left=V[:]; rng.shuffle(left); left.sort(key=lambda v:-len(depts(v))-rng.random()*noise)
  teams=[]
  while left:
    seed=left.pop(0); team=[seed]; D=set(depts(seed))
    while len(team)<6:
      best=None;bc=None
      for w in left:
        g=len(depts(w)-D); idle=len(D-depts(w))+len(team)*g
        cost=idle+rng.random()*noise
        if bc is not None and cost>=bc: continue
        if not ok(t,team+[w]): continue
        best=w;bc=cost
      if best is None: break
      team.append(best); left.remove(best); D|=depts(best)
    teams.append(tuple(team))
  return teams
keys=sorted(groups); rng=random.Random(1)
sel=keys[::int(sys.argv[4])]
TA=TB=0
for key in sel:
  m,t=key; teams=groups[key]; V=[v for T in teams for v in T]
  cols=set(frozenset(T) for T in teams)
  t0=time.time()
  for r in range(int(sys.argv[5])):
    for T in greedy(t,V,rng,noise=[0,0.5,1.5,3][r%4]): cols.add(frozenset(T))
  # add sub-teams: each column minus one visit (helps exact cover)
  for T in list(cols):
    if len(T)>1:
      for v in T: cols.add(T-{v})
  for v in V: cols.add(frozenset([v]))
  cols=list(cols); vi={v:i for i,v in enumerate(V)}
  rows=[];colsidx=[]
  for j,T in enumerate(cols):
    for v in T: rows.append(vi[v]); colsidx.append(j)
  A=csc_matrix((np.ones(len(rows)),(rows,colsidx)),shape=(len(V),len(cols)))
  cost=np.array([len(union(T)) for T in cols],dtype=float)
  res=milp(cost,constraints=LinearConstraint(A,1,1),integrality=np.ones(len(cols)),bounds=Bounds(0,1),options={'time_limit':60})
  actual=sum(len(union(T)) for T in teams)
  TA+=actual; TB+=res.fun
  print(key,'visits',len(V),'teams',len(teams),'cols',len(cols),'actual pairs',actual,'best over columns',res.fun,f'{time.time()-t0:.0f}s',flush=True)
print('total actual',TA,'best',TB, f'{(TA-TB)/TA*100:.1f}% fewer')
