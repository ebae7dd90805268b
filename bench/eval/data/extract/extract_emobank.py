# EmoBank (corpus/emobank.csv, combined reader+writer VAD, 1..5): dev+test-split sample stratified by valence.
import subprocess, sys, random, csv, io, collections
gd,out=sys.argv[1],sys.argv[2]
txt=subprocess.run(['git','--git-dir',gd,'show','HEAD:corpus/emobank.csv'],capture_output=True).stdout.decode('utf-8')
rows=[r for r in csv.DictReader(io.StringIO(txt)) if r['split'] in ('dev','test')]
def lab(v):
    v=float(v)
    if v<=2.6: return 'negative'
    if v>=3.4: return 'positive'
    if 2.9<=v<=3.1: return 'neutral'
    return None
by=collections.defaultdict(list)
for r in rows:
    t=' '.join(r['text'].split())
    if len(t.split())<4: continue
    l=lab(r['V'])
    if l: by[l].append(dict(text=t,label=l,V=r['V'],A=r['A'],D=r['D'],id=r['id'],split=r['split']))
rnd=random.Random(20240611); sel=[]
for l in ['negative','neutral','positive']:
    L=by[l]; rnd.shuffle(L); sel+=L[:150]; print(l,len(L),'->',min(150,len(L)))
with open(out,'w',newline='',encoding='utf-8') as f:
    w=csv.DictWriter(f,fieldnames=['text','label','V','A','D','id','split']); w.writeheader(); w.writerows(sel)
