# AfriSenti Swahili (data/swa/{dev,test}.tsv): balanced-ish sample for valence-sign evaluation.
import subprocess, sys, random, csv, collections
gd, out = sys.argv[1], sys.argv[2]
rows=[]
for split in ['dev','test']:
    txt=subprocess.run(['git','--git-dir',gd,'show',f'HEAD:data/swa/{split}.tsv'],capture_output=True).stdout.decode('utf-8')
    r=csv.reader(txt.splitlines(), delimiter='\t', quoting=csv.QUOTE_NONE)
    next(r)
    for row in r:
        if len(row)<2: continue
        t=' '.join(row[0].split()); lab=row[1].strip()
        if len(t.split())<3: continue
        rows.append((t,lab,split))
seen=set(); by=collections.defaultdict(list)
for t,l,s in rows:
    if t.lower() in seen: continue
    seen.add(t.lower()); by[l].append((t,l,s))
rnd=random.Random(20240611); sel=[]
for lab in ['negative','neutral','positive']:
    L=by[lab]; rnd.shuffle(L); sel+=L[:150]; print(lab,len(L),'->',min(150,len(L)))
with open(out,'w',newline='',encoding='utf-8') as f:
    w=csv.writer(f); w.writerow(['text','label','split']); w.writerows(sel)
