import heapq
from collections import deque
E={'s':{'a':4,'b':2},'a':{'c':5},'b':{'a':1,'c':8,'d':10},'c':{'d':2,'t':6},'d':{'t':3},'t':{}}
def dij(E,src):
    d={v:float('inf') for v in E}; p={}; d[src]=0; h=[(0,src)]
    while h:
        du,u=heapq.heappop(h)
        if du>d[u]: continue
        for v,w in E[u].items():
            if du+w<d[v]: d[v]=du+w; p[v]=u; heapq.heappush(h,(d[v],v))
    return d,p
d,p=dij(E,'s')
print("1a", d['t'])
path=['t']
while path[-1]!='s': path.append(p[path[-1]])
print("1b", ",".join(reversed(path)))
print("1c", [d[v] for v in 'sabcdt'])
print("1d", "false")
def maxflow(C):
    F={u:{v:0 for v in C} for u in C}; tot=0
    while True:
        par={'s':None}; q=deque(['s'])
        while q:
            u=q.popleft()
            for v in C:
                r=C[u].get(v,0)-F[u][v]
                if v not in par and r>0: par[v]=u; q.append(v)
        if 't' not in par: break
        b=float('inf'); v='t'
        while par[v] is not None: u=par[v]; b=min(b,C[u].get(v,0)-F[u][v]); v=u
        v='t'
        while par[v] is not None: u=par[v]; F[u][v]+=b; F[v][u]-=b; v=u
        tot+=b
    return tot,set(par)
C={'s':{'a':10,'b':8},'a':{'b':5,'c':6,'d':4},'b':{'d':9},'c':{'t':7},'d':{'c':3,'t':10},'t':{}}
f,S=maxflow(C)
print("2a", f)
print("2b", "{"+",".join(v for v in "sabcdt" if v in S)+"}")
C2={k:dict(v) for k,v in C.items()}; C2['d']['t']+=5
print("2c", maxflow(C2)[0])
from math import comb
print("3", comb(7,3))
