# Extract single-label English XED lines mapped to the 7 target classes.
import subprocess, sys, random, csv, collections, re
gd, out = sys.argv[1], sys.argv[2]
def show(p): return subprocess.run(['git','--git-dir',gd,'show','HEAD:'+p],capture_output=True).stdout.decode('utf-8')
MAP = {1:'angry',3:'disgust',4:'fear',5:'happy',6:'sad',7:'surprise'}   # 2 anticipation, 8 trust dropped
rows=[]
for line in show('AnnotatedData/en-annotated.tsv').splitlines():
    if '\t' not in line: continue
    t, labs = line.rsplit('\t',1)
    labs = [int(x) for x in labs.replace(' ','').split(',') if x]
    t = ' '.join(t.split())
    # light detokenisation so annotated lines look like the neutral file (avoid a tokenisation cue)
    t = re.sub(r" ([,.!?;:%])", r"\1", t); t = re.sub(r" (n't|'s|'re|'ll|'ve|'m|'d)\b", r"\1", t); t = t.replace(" ' ", "' ").strip()
    if len(labs)!=1 or labs[0] not in MAP: continue
    if len(re.findall(r"[A-Za-z']+", t)) < 4: continue
    rows.append((t, MAP[labs[0]], 'en-annotated.tsv'))
for line in show('AnnotatedData/neu_en.txt').splitlines():
    if '\t' not in line: continue
    lab, t = line.split('\t',1); t=' '.join(t.split())
    if len(re.findall(r"[A-Za-z']+", t)) < 4: continue
    rows.append((t,'neutral','neu_en.txt'))
seen=set(); by=collections.defaultdict(list)
for t,l,s in rows:
    k=t.lower()
    if k in seen: continue
    seen.add(k); by[l].append((t,l,s))
rnd=random.Random(20240611); sel=[]
for lab in ['neutral','happy','sad','angry','fear','surprise','disgust']:
    L=by[lab]; rnd.shuffle(L); sel+=L[:200]; print(lab,len(L),'->',min(200,len(L)))
with open(out,'w',newline='',encoding='utf-8') as f:
    w=csv.writer(f); w.writerow(['text','label','source_file']); w.writerows(sel)
