import csv,re,json,random,hashlib,collections
csv.field_size_limit(10**9)
CC_SRC="counsel-chat:nbertagnolli/counsel-chat@e202e19c data/20200325_counsel_chat.csv"
CC_LIC="MIT (repository LICENSE)"
XED_SRC="xed:Helsinki-NLP/XED@76666d25 AnnotatedData/*"
XED_LIC="CC BY 4.0"
AF_SRC="afrisenti:afrisenti-semeval/afrisent-semeval-2023@5aec3cfc data/swa/*.tsv"
AF_LIC="CC BY 4.0"
OWN="own_translation"; OWN_LIC="CC0 (written for this set)"
items=[]
def add(text,lang,tier,kind,src,lic,ref=""):
    items.append(dict(text=text.strip(),language=lang,tier=tier,kind=kind,source=src+(" #"+ref if ref else ""),licence=lic))
# ---------- English: counsel-chat (verbatim sentences trimmed from question text; ref = questionID)
cc=[
("67","I think I'm ugly, and sometimes I just want to die.","passive","ideation"),
("107","It makes me feel guilty and at times depressed to the point where I'd rather never wake up anymore.","passive","ideation"),
("28","I have been having panic attacks, feeling like I can't control my fears, and I can't even bring myself to care if I live or die anymore.","passive","ideation"),
("729","I feel like I am worthless and would be better off not in this world where I don't fit in.","passive","ideation"),
("0","I barely sleep and I do nothing but think about how I'm worthless and how I shouldn't be here.","passive","ideation"),
("17","I'm not suicidal and wouldn't take my own life, but sometimes, I've wished for an accident to occur and take it.","passive","ideation"),
("72","I sometimes think of killing myself and that my family deserve someone better than me. I just cry and write in my book all these feelings.","active","ideation"),
("53","I've had everything from suicidal thoughts to trying to quit my job. I have no one.","active","ideation"),
("9","I self-harm, and I stop for awhile. Then when I see something sad or depressing, I automatically want to self-harm.","behaviour","ideation"),
("63","I last self-harmed a week ago. When I am stressed, overwhelmed, hurt, or angry, the urge to self-harm is all I can think of.","behaviour","ideation"),
("320","When I'm not cutting, I'm drinking. I can't help but self harm.","behaviour","ideation"),
("222","Whenever I don't tell my friends or anyone what I did, I feel terrible, like there's a hole in my stomach. It only goes away when I hurt myself.","behaviour","ideation"),
("66","I have self-harmed in the last and used to be suicidal. How do I tell them this and ask for therapy?","none","past"),
("148","I've had anxiety attacks and suicidal thoughts and self-harm in the past. Currently I'm going through anxiety and my therapist is not available.","none","past"),
("48","I've fought depression and won; however, stress and anxiety are killing me.","none","idiom"),
("38","I'm not happy overall, but I'm not suicidal. Can I just feel happy?","none","negated"),
("833","I don't want to die, and I'm not suicidal. I just think about what would happen if I died or if someone I loved died.","none","negated"),
("54","How can I help my husband after a suicide attempt? After he got home from the hospital he was angry, then for a time wonderful.","none","third_party"),
("251","She cried screamed said she hated her grandma and that she wanted to kill herself!","none","third_party"),
("116","Her depression flares up out of nowhere and causes her to become very suicidal and self-harming.","none","third_party"),
("309","I feel like I have to pity her because she has also been suicidal before.","none","third_party"),
("394","I recently lost a friend to suicide. How can I handle this better?","none","third_party"),
("480","My boyfriend lost his dad to suicide. He says that because his dad died, so did his heart.","none","third_party"),
("62","Both of my parents committed suicide together, and I was the one who found them.","none","third_party"),
("473","I went to my ex-boyfriend to reach out to one of his high school friends who's attempted to commit suicide.","none","third_party"),
("257","I found out my stepdaughter overdosed today. My daughter blames me.","none","third_party"),
("841","He subsequently overdosed and was found dead.","none","third_party"),
("77","Now I can't laugh at all, and I'm dead inside.","none","idiom"),
("738","She is the one I want for my life, and this is killing me. Every day, I cry, and I am desperate for help.","none","idiom"),
("335","Should I end it? How do I decide if I should end my relationship with my boyfriend?","none","idiom"),
("18","I can't even smile or fake one. I can't feel happiness about anything and I can't show love towards another person.","none","distress"),
("85","My motivation has gone away. It's hard to get out of bed. I really don't know what to do anymore. I'm miserable.","none","distress"),
("117","I see no light at the end of this tunnel and need some help.","none","distress"),
("45","I feel alone and that i have no one.","none","distress"),
("190","I failed a class, and my boyfriend that I live with thinks I'm stupid and wants to break up with me. I have nowhere to go, and I feel like I'm losing everything.","none","distress"),
("50","I don't know what to do any more. I don't know who I am anymore.","none","distress"),
("105","I've suffered from depression ever since the breakup and have been unable to connect with anyone else.","none","distress"),
("12","It's not entirely true to say I enjoy being sad, but I always find a way to feel that way.","none","distress"),
("185","I never feel like myself. I can't even think straight anymore.","none","distress"),
("458","I was under a lot of stress, and life lost meaning.","none","distress"),
("778","I'm having a really hard time getting back on my feet. Can you help me please?","none","distress"),
("101","My life is completely normal, yet I feel empty inside.","none","distress"),
("128","I feel pity for myself a lot but don't know what to do.","none","distress"),
("368","I feel like I don't exist to anyone anymore as there is no contact from anyone who I thought cared about me.","none","distress"),
("337","I miss her so much and can't seem to get over being so heartbroken.","none","distress"),
("84","I feel like my life is pointless. I have absolutely nothing to do with my life but lay in bed on my phone.","none","distress"),
("8","I experience highs where I feel amazing and energetic and then lows where I lack focus, energy, and generally have a more dark outlook on my life.","none","distress"),
]
for ref,t,tier,kind in cc: add(t,"en",tier,kind,CC_SRC,CC_LIC,"q"+ref)
# advice sentence from a counsel-chat therapist answer
add("A good friend or an open parent can be as helpful as a professional counselor, but if you don't have those, then by all means call your local Mental Health Association, suicide prevention, or go see your school counseling department.","en","none","advice",CC_SRC,CC_LIC,"answer")
# extra counsel-chat distress: first sentence(s) of questions without any risk wording
r=list(csv.DictReader(open('cc.csv',encoding='utf-8')))
qs={}
for x in r: qs.setdefault(x['questionID'],x)
used={c[0] for c in cc}
riskpat=re.compile(r'suicid|kill|die\b|died|dead|death|end (my|it)|live anymore|wake up|cut|harm|hurt|overdos|pills|gun|weapon|rope|jump|bridge|not be here|disappear|abuse|rape|sex',re.I)
emo=re.compile(r'depress|anxi|\bsad\b|stress|lonely|alone|hopeless|worthless|\bcry|tired|empty|miserable|overwhelm|panic|scared|afraid|worr|exhaust|numb|unhappy|grief|griev',re.I)
extra=[]
for k,x in qs.items():
    if k in used or x['topic'] not in ('depression','anxiety','stress','self-esteem','grief-and-loss','trauma'): continue
    full=x['questionText']
    if riskpat.search(full): continue
    sents=re.split(r'(?<=[.!?])\s+',full.strip().replace('\n',' '))
    s=" ".join(sents[:2]).strip()
    if 25<len(s)<260 and emo.search(s) and re.search(r"\b(I|I'm|I've|my|me)\b",s): extra.append((k,s))
random.seed(11); random.shuffle(extra)
for k,s in extra[:45]: add(s,"en","none","distress",CC_SRC,CC_LIC,"q"+k)
# ---------- English: XED subtitles (movie dialogue; fictional first person)
xed=[
("I want to die.","passive","ideation"),("I hope I never wake up.","passive","ideation"),("I'd rather be dead.","passive","ideation"),
("I'm gonna kill myself.","active","ideation"),
("I don't want to die.","none","negated"),("I don't wanna die.","none","negated"),
("All I know is I can wake up in the morning and want to live again.","none","past"),
("I think he wants to die.","none","third_party"),
("Cos I think that people die sometimes when they don't wanna live no more.","none","third_party"),
("I was bored to death.","none","idiom"),("Fine, except I'm scared to death.","none","idiom"),
("I bet you're starving to death.","none","idiom"),("My husband will kill me when he finds out.","none","idiom"),
("Over my dead body.","none","idiom"),("If I thought I made you feel like that, I'd kill myself.","none","idiom"),
("I thought you'd be thrilled to death.","none","idiom"),("This is just plain suicide, sir.","none","idiom"),
("I've never felt more alive in my whole life.","none","neutral"),("Oh, I'd love to live out in the country.","none","neutral"),
("Suicide Trail through Nightmare Canyon or shortcut at Satan's Ridge?","none","quote"),
("Grandfather, I think it's a good day to die.","none","quote"),
("I live in one room for 8 years and I'm tired of it.","none","distress"),
("I have to live every single day of my life now with everything that's happened to me.","none","distress"),
]
for t,tier,kind in xed: add(t,"en",tier,kind,XED_SRC,XED_LIC)
lines=[l.strip() for l in open('xed_lines.txt',encoding='utf-8')]
xr=re.compile(r'die|dead|death|kill|suicid|live|alive|life|murder|gun|shoot|blood|hang|cut|\[|\]|"|sex|fuck|shit',re.I)
neu=[l for l in lines if 20<len(l)<110 and not xr.search(l) and not l.startswith('-') and re.search(r"\b(I|I'm|my|me|we)\b",l)]
random.seed(5); random.shuffle(neu)
for t in neu[:30]: add(t,"en","none","neutral",XED_SRC,XED_LIC)
# ---------- Swahili / mixed: AfriSenti (real tweets)
af=[
("Jana nilimwambia mtu imagine unakufa huu msimu imetoka bia tamuakasema hapana inauma","mixed","idiom"),
("Yaani kwa kifupi acha kufukua makaburi au kutaka kujuwa kila kitu Utakuja kufa kwa kihoro lisilokuhusu liache","sw","idiom"),
("Biashara ni kitu kizuri kufanya lakini hakuna Biashara isiyolipa kama ya kuchunguza simu ya mpenzi wako Profit ni Stress na depression","mixed","idiom"),
("Nashangaa watu wanaumia na furaha za watu wengine hata ukisema nimeshiba unaambiwa wewe hujui sisi tuna njaa","sw","neutral"),
("Naumiaga sana kuona watu wanajitoa akili huku wanajua kila kitu najizuiaga nashindwa","sw","distress"),
("Wengine ukiwatumia kalaki hata asante hawasemi and they wonder why hatuchangii watu Laki ni ndogo Iliniuma sanaa","mixed","distress"),
("2018 ulikuwa mwaka mbaya sana kwenye maisha yangu nilipitia kwenye misukosuko ktk utafutaji sio mapenzi iliyoniachia alama za milele kwenye moyo wangu","sw","distress"),
("ni sababu tosha kwangu kuwa na matumaini na kamwe siwezi kukata tamaa mpaka mwisho wa maisha yangu","sw","negated"),
("Mimi social media kwangu ni sehemu ya kufurahia na kupeana faraja lakini kwa hali ya sasa imekuwa sio sehemu salama tena sio sehemu yakutolea stress bali kupeana stress","mixed","distress"),
("Mwaka 2016 nilipoteza kazi niliyokuwa nimeajiriwa kwa makosa ambayo sikuhusika","sw","distress"),
("Nilifiwa na babu yangu nikiwa nakaribia kufanya NECTA form 6 Ndiye aliyekua ananilea","sw","distress"),
("Je wajua kuwa unaweza kuipoteza account yako ya Twitter kwa kuandika maudhui yenye Lengo la kuashiria kujiua wewe mwenyewe","mixed","advice"),
("Kwani unaogopa kifo Usiogope ugonjwa muogope mola wako aliekuumba","sw","quote"),
("Watu wengi hukosa furaha kutokana na kuishi maisha ya watu wengine","sw","neutral"),
("Siku uwe na pesa Na hauna furaha je unaweza kutumia hio pesa kununua furaha yako","sw","neutral"),
("Kusema ukweli japo huo ukweli unauma sana na ni ngumu ku accept ila kama imeshindikana kabisa yani hakuna namna","mixed","distress"),
("Mtoto wa Muamar Gaddafi aliyedhaniwa kufariki ajitokeza na kutaka kuiongoza Libya","sw","neutral"),
("Chanjo ya UVIKO19 itakusaidia kupambana na virusi na kukupunguzia hatari ya kupoteza maisha","sw","neutral"),
("Mungu tusaidie mafirstborn wote amen","mixed","neutral"),
]
for t,l,k in af: add(t,l,"none",k,AF_SRC,AF_LIC)
pick={0:"mixed",2:"sw",3:"sw",5:"sw",6:"sw",7:"sw",8:"sw",9:"sw",10:"sw",11:"sw",12:"sw",14:"mixed",15:"sw",16:"mixed",17:"sw",18:"sw",21:"sw",24:"mixed",25:"sw",26:"sw",27:"sw",28:"sw",29:"mixed",32:"sw",34:"sw",35:"sw",36:"sw",37:"sw",38:"sw",39:"sw",40:"sw",41:"sw",44:"sw",47:"sw",49:"mixed",52:"mixed",53:"sw",55:"sw",56:"sw",57:"sw",60:"sw",61:"mixed",62:"sw",63:"sw",64:"sw",65:"sw",67:"sw",68:"mixed",71:"sw",72:"sw",74:"sw",75:"mixed",76:"sw",78:"sw",79:"sw",81:"sw",82:"sw",83:"sw",85:"sw",86:"sw",87:"mixed",90:"sw",91:"sw",93:"sw",95:"mixed",97:"sw",99:"sw",102:"sw",105:"sw",108:"sw",109:"sw"}
rows=[l.rstrip('\n').split('\t') for l in open('afri_sw.tsv',encoding='utf-8') if not l.startswith('tweet\t')]
risk=re.compile(r'kufa|kuua|jiua|kifo|kufariki|amefariki|wamekufa|uhai|kaburi|mauti|bastola|risasi|damu|ua\b|njaa|die|dead|kill|suicid|stress|depress|http|@|\d{4,}',re.I)
cs=re.compile(r'\b(Habari|Ahsante|Asante|Tunapenda|Tunaomba|Pole|pole|Tafadhali|tutumie|DM|inbox|Soma zaidi|gtgt)\b')
name=re.compile(r'(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b')
c=[r for r in rows if 40<=len(r[0])<=170 and not risk.search(r[0]) and not cs.search(r[0]) and not name.search(r[0][1:])]
random.seed(7); random.shuffle(c)
for i,l in pick.items(): add(c[i][0].strip(),l,"none","neutral",AF_SRC,AF_LIC)
# ---------- own translations (Swahili / Sheng / mixed) of English items above; methods redacted
own=[
("Nadhani mimi ni mbaya, na wakati mwingine natamani tu kufa.","sw","passive","ideation","q67"),
("Najiona mbaya, na saa zingine nataka tu kudedi.","sheng","passive","ideation","q67"),
("Sometimes nataka tu kufa, I feel so ugly.","mixed","passive","ideation","q67"),
("Wakati mwingine natamani nilale nisiamke tena.","sw","passive","ideation","q107"),
("Saa zingine nataka tu nilale nisiamke, form ni hiyo.","sheng","passive","ideation","q107"),
("I'd rather never wake up, sitaki kuamka tena kesho.","mixed","passive","ideation","q107"),
("Sijali tena kama nitaishi au nitakufa.","sw","passive","ideation","q28"),
("Siku hizi sijali kama naishi ama nadedi.","sheng","passive","ideation","q28"),
("Najiona sina thamani na ingekuwa bora nisingekuwepo duniani.","sw","passive","ideation","q729"),
("Najiona worthless, ingekuwa better kama singekuwa kwa hii world.","mixed","passive","ideation","q729"),
("Sitaki kujiua, lakini wakati mwingine natamani ajali initokee iniondoe.","sw","passive","ideation","q17"),
("Siko suicidal lakini saa zingine nawish accident initokee inimalize.","mixed","passive","ideation","q17"),
("Bora ningekuwa nimekufa.","sw","passive","ideation","xed"),
("Bora ningekuwa nimededi tu msee.","sheng","passive","ideation","xed"),
("Natamani kufa.","sw","passive","ideation","xed"),
("Nafikiri sipaswi kuwa hapa duniani.","sw","passive","ideation","q0"),
("Wakati mwingine nafikiria kujiua, na kwamba familia yangu inastahili mtu bora kuliko mimi.","sw","active","ideation","q72"),
("Saa zingine nafikiria kujimaliza, familia yangu inafaa mtu poa kuliko mimi.","sheng","active","ideation","q72"),
("I sometimes think of killing myself, sijui nifanye nini.","mixed","active","ideation","q72"),
("Nimekuwa na mawazo ya kujiua na sina mtu wa kuongea naye.","sw","active","ideation","q53"),
("Nimekuwa na mawazo ya kujitoa uhai, sina msee wa kuongea naye.","sheng","active","ideation","q53"),
("Nimekuwa na suicidal thoughts kila siku wiki hii.","mixed","active","ideation","q53"),
("Nitajiua.","sw","active","ideation","xed"),
("Nitajimaliza buda, siwezi tena.","sheng","active","ideation","xed"),
("Nataka kujiua, I can't do this anymore.","mixed","active","ideation","xed"),
("Nafikiria kujiua kila usiku.","sw","active","ideation","q72"),
("Nimeshapanga nitajiua wikendi hii.","sw","plan","ideation","-"),
("Nimeamua kujiua kesho kwa kutumia [method].","sw","plan","ideation","-"),
("Nimeshadecide, leo usiku najimaliza.","mixed","plan","ideation","-"),
("Nimepanga kujimaliza Ijumaa, hakuna mtu atajua.","sheng","plan","ideation","-"),
("Nimeshajua nitatumia [method], ni suala la muda tu.","sw","plan","ideation","-"),
("Nimeandika barua ya kuaga, kesho nitajiua.","sw","behaviour","ideation","-"),
("Nimeshanunua [method], nataka kumaliza maisha yangu.","sw","behaviour","ideation","-"),
("Nimeshaweka [method] tayari, leo ndio mwisho.","sheng","behaviour","ideation","-"),
("Najidhuru, naacha kwa muda, halafu nikiona kitu cha kusikitisha nataka kujidhuru tena.","sw","behaviour","ideation","q9"),
("Mara ya mwisho nilijidhuru wiki moja iliyopita.","sw","behaviour","ideation","q63"),
("Nilijikata last week na urge bado iko.","mixed","behaviour","ideation","q63"),
("Nimekuwa nikijikata, siwezi stop.","mixed","behaviour","ideation","q320"),
("Jana usiku nilijaribu kujiua lakini nikanusurika.","sw","behaviour","ideation","-"),
("Juzi nilijaribu kujitoa, bado niko hosi.","sheng","behaviour","ideation","-"),
("Ni pale tu ninapojiumiza ndipo hisia hii inaondoka.","sw","behaviour","ideation","q222"),
("Nikikosa kujikata nakunywa pombe, I can't help but self harm.","mixed","behaviour","ideation","q320"),
("Sitaki kufa.","sw","none","negated","xed"),
("Sitaki kudedi bana, nataka tu usaidizi.","sheng","none","negated","q833"),
("Usijiue, tafadhali ongea na mtu.","sw","none","advice","cc-answer"),
("Zamani nilikuwa nataka kufa, lakini sasa niko sawa.","sw","none","past","q148"),
("Rafiki yangu anataka kujiua, nifanye nini?","sw","none","third_party","q251"),
("Nakufa na njaa, let's go eat.","mixed","none","idiom","xed"),
]
for t,l,tier,k,ref in own: add(t,l,tier,k,OWN,OWN_LIC,"of "+ref if ref!="-" else "no English counterpart")
# ---------- clean + speech-to-text style for ~1/3
def scrub(t):
    t=re.sub(r'https?://\S+|@\w+','',t); t=re.sub(r'\+?\d[\d\s-]{7,}\d','[number]',t)
    return re.sub(r'\s+',' ',t).strip()
DROP=['hit myself','at peace is when','adult life is making him depressed','my girlfriend just quit drinking','abassin','Mr. Dawes','Majesty my opinion']
items=[it for it in items if not any(d.lower() in it['text'].lower() for d in DROP)]
for it in items:
    if it['text'].startswith("I'm humiliated just talking"): it['kind']='distress'
out=[];seen=set()
for i,it in enumerate(items):
    it['text']=scrub(it['text'])
    key=it['text'].lower()
    if key in seen: continue
    seen.add(key)
    h=int(hashlib.md5(it['text'].encode()).hexdigest(),16)
    if h%3==0 and '[method]' not in it['text']:
        it['text']=re.sub(r"[^\w\s'\[\]]",'',it['text'].lower()); it['text']=re.sub(r'\s+',' ',it['text']).strip(); it['asr_style']=True
    out.append(it)
for n,it in enumerate(out):
    it['id']=f"risk-{it['language']}-{n:04d}"
keys=["id","text","language","tier","kind","source","licence"]
with open('/work/main/bench/eval/data/risk/dev.jsonl','w',encoding='utf-8') as f:
    for it in out: f.write(json.dumps({k:it[k] for k in keys}|({"asr_style":True} if it.get('asr_style') else {}),ensure_ascii=False)+"\n")
C=collections.Counter((it['language'],it['tier'],it['kind']) for it in out)
for k in sorted(C): print(k,C[k])
L=collections.Counter(it['language'] for it in out); print(L, len(out))
sw=[it for it in out if it['language']!='en']; print('sw-side',len(sw),'own',sum(it['source'].startswith(OWN) for it in sw))
print('asr',sum(1 for it in out if it.get('asr_style')))
