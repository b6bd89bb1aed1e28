import yaml, json, os, sys, glob, collections
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
VERD = {'correct', 'incorrect', 'missing', 'unclear'}
KINDS = {'answer', 'shape', 'choice', 'text', 'expression'}

def json_lines(path, title):
    d = json.load(open(path, encoding='utf-8'))
    lines = []
    found = False
    for c in d:
        t = c.get('title', c.get('name'))
        if t != title:
            continue
        found = True
        if 'mapping' in c:
            mp = c['mapping']
            if 'current_node' in c:
                cur = c['current_node']
            else:
                parents = {n.get('parent') for n in mp.values()}
                leaves = [k for k in mp if k not in parents]
                cur = max(leaves, key=lambda k: (mp[k]['message'] or {}).get('create_time') or 0)
            branch = []
            while cur:
                branch.append(cur); cur = mp[cur].get('parent')
            for k in branch:
                m = mp[k].get('message')
                if not m or m['author']['role'] != 'assistant': continue
                ct = m['content']
                if ct['content_type'] != 'text': continue
                for p in ct.get('parts', []) or []:
                    if isinstance(p, str): lines += p.split('\n')
        else:
            for m in c['chat_messages']:
                if m['sender'] != 'assistant': continue
                for b in m['content']:
                    if b.get('type') == 'text': lines += b['text'].split('\n')
    assert found, (path, title)
    return lines

tot = collections.Counter()
errors = 0
for half in ('dev', 'final'):
    hc = collections.Counter(); nt = 0; ns = 0
    for sd in sorted(glob.glob(f'{ROOT}/{half}/*/')):
        ns += 1
        if not os.path.exists(sd + 'key.yaml'):
            print('NO KEY', sd); continue
        key = yaml.safe_load(open(sd + 'key.yaml'))['parts']
        for pid, spec in key.items():
            ks = set(spec) & KINDS
            assert len(ks) == 1, (sd, pid, spec)
            assert set(spec) - KINDS <= {'tolerance', 'layout'}, (sd, pid)
        if not os.path.exists(sd + 'labels.yaml'):
            print('NO LABELS', sd); continue
        labels = yaml.safe_load(open(sd + 'labels.yaml'))
        trs = sorted(os.listdir(sd + 'transcripts'))
        if set(trs) != set(labels):
            print('MISMATCH transcripts vs labels', sd, set(trs) ^ set(labels)); errors += 1
        for tr in trs:
            nt += 1
            p = sd + 'transcripts/' + tr
            lab = labels.get(tr)
            if lab is None: continue
            if tr.endswith('.json'):
                lines = json_lines(p, lab.get('conversation'))
            else:
                assert 'conversation' not in lab or lab['conversation'] is None
                lines = open(p, encoding='utf-8').read().split('\n')
            parts = {str(k): v for k, v in lab['parts'].items()}
            if set(parts) != set(str(k) for k in key):
                print('PART MISMATCH', sd, tr, set(parts) ^ set(map(str, key))); errors += 1
            for pid, v in parts.items():
                if v['verdict'] not in VERD:
                    print('BAD VERDICT', sd, tr, pid); errors += 1
                hc[v['verdict']] += 1
                ev = v.get('evidence')
                if ev is None:
                    if v['verdict'] != 'missing':
                        print('NO EVIDENCE', sd, tr, pid); errors += 1
                    continue
                if not any(ev in l for l in lines):
                    print('EVIDENCE NOT FOUND', sd, tr, pid, repr(ev)); errors += 1
                if v['verdict'] == 'missing' and v.get('answer') is not None:
                    print('missing with answer', sd, tr, pid); errors += 1
                if v['verdict'] == 'unclear' and not isinstance(v.get('answer'), list):
                    print('unclear without list', sd, tr, pid); errors += 1
    n = sum(hc.values())
    print(half, 'sets', ns, 'transcripts', nt, 'parts', n, {k: f'{c} ({100*c/n:.0f}%)' for k, c in sorted(hc.items())} if n else '')
    tot += hc
print('errors', errors)
