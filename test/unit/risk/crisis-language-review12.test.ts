import { expectLevels } from '../../setup/risk-levels.js';

// Review 12 (2026-12-02): a second helper wrote 689 new check-ins against the corrected version (f9350a1) and scored
// them on 7b97ccc and on it; these are its 301 confirmed findings, each pinned at the level the final rules give (most
// of that version's changes were withdrawn after it). Where that differs from the reviewer's level the comment says
// so: no crisis here is below 7b97ccc's level; no ordinary text is above it except where a censored spelling
// ("s*icide") is now read as the plain word is.

describe('review 12: crises the first version graded lower (a)', () => {
  it('keeps the level of a denial followed by news of being well later (withdrawn)', () => {
    expectLevels({
      "I have no thoughts of suicide. Tonight I'll be fine, the letters are written.": 'critical',
      "No thoughts of ending my life. Today I'm not okay at all, I keep picturing my funeral.": 'high',
      'Sina mpango wa kujiua. Sasa niko sawa kwa sababu nimeamua.': 'low', // reviewer: critical; 7b97ccc: low
      "I don't have any thoughts of suicide. Tonight I'll be better, it will all be over.": 'low', // reviewer: critical; 7b97ccc: low
      "I have no intention of killing myself. Soon I'll be better, I bought poison this morning.": 'critical',
      "I have no intention of killing myself. Soon I'll be fine, I bought what I need this morning and hid it.":
        'critical',
      'Sina nia ya kujiua. Kesho nitakuwa freshi, nimeshanunua kamba.': 'critical',
      'Sina nia ya kujiua. Kesho nitakuwa poa, kila kitu kiko tayari.': 'critical',
      'Sina mawazo ya kujiua. Usiku huu nitakuwa sawa. Nimeficha vidonge chini ya godoro.': 'low', // reviewer: critical; 7b97ccc: low
      "I have no thoughts of suicide. By tomorrow I'll be fine. Goodbye mum.": 'critical',
      'No thoughts of killing myself. All good now, see you on the other side.': 'high', // reviewer: critical; 7b97ccc: high
      "I have no plans to end my life. Tonight I'm better off dead and I know it.": 'critical',
      'Sina nia ya kujiua. Leo usiku niko sawa, nimejiandaa.': 'critical',
      "I have no intention of killing myself. Today I'm fine, the pills are counted.": 'low', // reviewer: critical; 7b97ccc: low
      "I don't have any thoughts of suicide. Soon I'm going to be okay, no more pain ever.": 'low', // reviewer: critical; 7b97ccc: low
      "I have no intention of dying. Tomorrow morning I'll be alright, my things are packed and the letters posted.":
        'high', // reviewer: critical; 7b97ccc: high
      'sina mawazo ya kujiua. sasa niko poa, nimeshanunua kila kitu.': 'low', // reviewer: critical; 7b97ccc: low
      "I have no plans to kill myself. My husband is helping more now. He doesn't know about the rope.": 'critical',
    });
  });
  it('keeps the level of a denied act followed by being well, or by the act named again (withdrawn)', () => {
    expectLevels({
      'Sitajiua leo. Kesho nitakuwa sawa kumaliza kila kitu.': 'critical', // reviewer: critical; low until 2026-12-03
      'im not going to end my life tonight tomorrow ill be fine to finish what i started': 'critical',
      'im not killing myself today tomorrow ill be fine i will be gone': 'critical',
      'Sitajiua leo. Kesho nitakuwa poa, nitakuwa nimeondoka.': 'critical', // reviewer: critical; medium until 2026-12-03
      "I'm not going to end my life today. Next week I'll be better off, it will be finished.": 'critical',
      'sitajiua usiku huu kesho nitakuwa fiti kujinyonga': 'critical', // reviewer: critical; medium until 2026-12-03
      'Sitajiua leo, kesho nitakuwa salama mbinguni na bibi.': 'critical', // reviewer: critical; low until 2026-12-03
      "I won't end my life today. I'll be okay tomorrow once I've done what I planned.": 'critical',
      'im not going to take my life this afternoon tomorrow morning ill be fine to jump': 'critical',
      'sitajiua leo kesho nitakuwa sawa kuondoka': 'critical', // reviewer: critical; low until 2026-12-03
      'i wont kill myself this evening tomorrow ill be okay to leave this world': 'critical',
      'i wont kill myself tonight tomorrow night ill be fine because it will be finished': 'critical',
      'im not ending my life today by sunday ill be better off gone': 'critical', // reviewer: critical; medium until 2026-12-03
      'sitajimaliza leo kesho nitakuwa poa nikiwa nimeenda': 'critical', // reviewer: critical; medium until 2026-12-03
      'i wont take my life today next week i will be alright to swallow them all': 'critical',
      'not going to kill myself today but tomorrow ill be okay to use the rope': 'critical',
      'sitajiua leo kesho nitakuwa sawa nikimaliza kila kitu': 'critical', // reviewer: critical; low until 2026-12-03
      'im not going to end my life tonight on friday ill be fine to take all the pills': 'critical',
      'i wont kill myself today by the weekend ill be okay because ill be gone': 'critical', // reviewer: critical; low until 2026-12-03
      'sitajiua leo kesho nitakuwa freshi kujinyonga': 'critical', // reviewer: critical; low until 2026-12-03
      'im not going to kill myself this evening tomorrow ill be alright to drink it': 'critical',
      'sitajitoa uhai leo kesho nitakuwa sawa kwenda mtoni': 'critical', // reviewer: critical; low until 2026-12-03
    });
  });
  it('keeps the level of self-harm not done for years (withdrawn)', () => {
    expectLevels({
      "I haven't cut myself in years. Last night I relapsed.": 'critical',
      'i havent self harmed in years. until yesterday.': 'critical',
      "I haven't hurt myself in years. This weekend that changed.": 'critical',
      "I haven't self harmed for a long time. The blade is back in my drawer and I used it on Sunday.": 'critical',
      "I haven't cut myself in ages. I bought a razor today and I know what it's for.": 'critical',
      "I haven't hurt myself in years. Tonight I'm going to.": 'critical',
      'i havent cut myself for many years. yesterday i did it again.': 'critical',
      "I haven't self-harmed in five years. The streak ended on Friday.": 'critical',
      "I haven't tried to kill myself in years. The tablets are counted out on my table.": 'critical',
      "I haven't attempted suicide in years. I have been saving my tablets for a month.": 'critical',
      "I haven't self harmed in years. Nimenunua wembe leo.": 'critical',
      "I haven't hurt myself in years. Nimeficha kamba kwa chumba.": 'critical',
      "I havent self harmed in ten years. I did it again this morning, I'm so ashamed.": 'critical',
      "I haven't hurt myself in years. Relapsed last week, my arms are a mess.": 'critical',
      "I haven't cut for years. Started again on Monday.": 'low', // reviewer: critical; 7b97ccc: low
      'i havent cut myself in years but last night i did': 'critical',
      'i havent self harmed for a long time but on sunday i slipped': 'critical',
      'i havent hurt myself in ages but this week i started again': 'critical',
      'havent cut in years but the razor is back under my pillow and i used it': 'high', // reviewer: critical; 7b97ccc: low; the sixth warning reading: high
      'i havent self harmed in years though yesterday i broke my streak': 'critical',
      'i havent tried to kill myself in years but i came very close on friday night': 'critical',
      'i havent cut myself for many years but tonight i will': 'critical',
      'i havent cut in years but i relapsed after the funeral': 'high', // reviewer: critical; 7b97ccc: low; the sixth warning reading: high
      'i havent cut myself for a long time though on wednesday i gave in': 'critical',
      'havent self harmed in ages but the new blade is in my bag and i plan to tonight': 'low', // reviewer: critical; 7b97ccc: low
      'i havent hurt myself for many years but after the fight i did it again': 'critical',
      'i havent tried to end my life in years but i have the tablets counted out and ready': 'critical',
      'i havent cut in years but on monday i broke the streak and it felt good': 'low', // reviewer: critical; 7b97ccc: low
      'i havent hurt myself in years but the urge won this morning': 'critical',
      'i havent hurt myself for years but i did yesterday and i am hiding it': 'critical',
    });
  });
  it('keeps the level of a year closing a clause ("that was 2017"; patterns.ts)', () => {
    expectLevels({
      'Nilijaribu kujiua. Ni zaidi ya miaka mitano sijafanya hivyo, lakini jana ilikuwa mbaya.': 'critical', // reviewer: medium; 7b97ccc: critical
      'I self harmed. I had been clean since my daughter was born, that was 2020.': 'low', // reviewer: critical; 7b97ccc: low
      "I tried to end my life on Saturday. I haven't done that in years.": 'critical',
      "I tried to end my life over the weekend. I haven't done that in years.": 'critical',
      'I overdosed on Saturday. I have not done that in years.': 'critical',
      'nilijaribu kujiua wikendi sijafanya hivyo kwa miaka mitatu': 'critical',
      'nilimeza vidonge jumapili usiku sijafanya hivyo kwa zaidi ya miaka miwili': 'low', // reviewer: critical; 7b97ccc: low
      'Nilijaribu kujiua mwezi huu. Ni zaidi ya miaka mitatu sasa sijarudia hadi hii.': 'critical',
      "I tried to kill myself on Friday, I haven't done it in years.": 'critical',
      "I overdosed Sunday night. I haven't done so for years.": 'critical',
      'i attempted on monday i have not done it for many years before this': 'low', // reviewer: critical; 7b97ccc: low
      'nilijaribu kujiua jumamosi sijafanya hivyo kwa miaka': 'critical',
      'nilijikata baada ya kupigana na bwana sijarudia kwa miaka mingi hadi hiyo siku': 'low', // reviewer: critical; 7b97ccc: low
      'nilijaribu kujiua ijumaa sijafanya hivyo kwa miaka minne': 'critical',
    });
  });
  it('keeps the level of suicide as the subject of something watched or read (withdrawn)', () => {
    expectLevels({
      'Nimeangalia video kuhusu kujiua kwa kamba mara nyingi wiki hii.': 'high',
      'nimekuwa nikisoma makala kuhusu kujiua bila maumivu kila usiku': 'low', // reviewer: high; 7b97ccc: low
      'I watched a film about suicide with pills and wrote down the name of the tablets.': 'low', // reviewer: high; 7b97ccc: low
      'i watched a video about suicide methods last night': 'high',
      'I keep reading the same article about suicide methods every night.': 'high',
      'I watched a documentary about suicide pacts, still thinking about messaging that guy from the group.': 'high', // reviewer: critical; 7b97ccc: high
      'nimeangalia clip kuhusu kujiua bila maumivu mara kumi leo': 'high',
      'i read a story about suicide and honestly same': 'high',
      'I keep replaying a podcast episode about suicide, it feels like the answer.': 'high',
      'Every night I watch the same video about suicide by a height, over and over.': 'high',
      'I have been reading a book about suicide methods hidden under my pillow.': 'low', // reviewer: high; 7b97ccc: low
      'watched a movie about suicide and felt jealous of the character': 'low', // reviewer: high; 7b97ccc: low
      'i keep watching this one video about self harm tips every night': 'critical', // reviewer: high; 7b97ccc: critical
      'I read an article on suicide methods, the painless ones, for hours.': 'high',
      'i watched a documentary about suicide methods and took notes': 'high',
      'i keep rewatching a clip about suicide by a height every single night': 'high',
      'read an article about suicide and now it feels like the answer': 'low', // reviewer: high; 7b97ccc: low
      'listened to a podcast about suicide and honestly same same same': 'low', // reviewer: high; 7b97ccc: low
      'nimesoma story kuhusu kujiua na honestly ndio nataka': 'high',
      'i watched a video about suicide methods until four in the morning': 'high',
      'i read an article about suicide methods on the bus and saved it': 'high',
      'nimeangalia documentary kuhusu kujiua na honestly inanivutia sana': 'high',
      'saw a clip about suicide and thought finally someone gets it': 'low', // reviewer: high; 7b97ccc: low
      'nilitazama movie kuhusu kujiua jana usiku na nikaona hiyo ndio suluhisho': 'low', // reviewer: high; 7b97ccc: low
      'i keep playing one podcast on suicide methods when everyone is asleep': 'critical', // reviewer: high; 7b97ccc: critical
      'i watched a documentary on suicide and honestly it looked peaceful': 'high',
    });
  });
  it('keeps the level of "haven\'t thought of / had any" before the cue (withdrawn)', () => {
    expectLevels({
      'i havent considered suicide i have made up my mind': 'critical',
      "I haven't considered ending my life, I've arranged everything with the pills.": 'high', // reviewer: critical; 7b97ccc: high
      "I haven't really considered killing myself. I wrote the letters on Sunday.": 'critical',
      "I haven't had any thoughts of suicide, I've had whole plans.": 'high',
      "I haven't had any suicidal thoughts, I've had attempts.": 'high', // reviewer: critical; 7b97ccc: high
      'i havent had any suicidal thoughts that i could control, they just take over': 'high',
      "I haven't had any suicidal thoughts I could tell my family about.": 'high',
      "I haven't had any thoughts of killing myself that I could fight off this week.": 'high',
      'i havent had any suicidal thoughts that went away on their own': 'high',
      "I haven't had any plans to kill myself that I didn't act on.": 'critical',
      'i havent had any suicidal thoughts the pastor could pray away': 'high',
      "haven't ever considered suicide this seriously": 'low', // reviewer: high; 7b97ccc: low
      'i havent had any suicidal thoughts i have had a rope in my room for a week': 'high', // reviewer: critical; 7b97ccc: high
      'i havent had any thoughts of suicide that i could stop this week': 'high',
      'i havent had any plans to end my life that i didnt try': 'critical',
      'i havent had any thoughts of ending my life that stayed away longer than a day': 'high',
      'i havent considered suicide i have made my decision and said goodbye to my sister': 'critical',
      'i havent had any suicidal thoughts i could talk myself out of lately': 'high',
    });
  });
  it('keeps the level of a topic taken up across a comma or a full stop (dislocation.ts)', () => {
    expectLevels({
      'Suicidal thoughts too, they are back, not gonna lie to you.': 'high',
      'The suicidal thoughts though, they keep coming back like they used to.': 'low', // reviewer: high; 7b97ccc: low
      "Suicidal urges, they're back, I didn't tell my mum.": 'high',
    });
  });
  it('keeps the level of censored spellings of suicide (normalise.ts)', () => {
    expectLevels({
      'having s**cidal thoughts again': 'low', // reviewer: high; 7b97ccc: low
      'thinking about su1c1de a lot': 'low', // reviewer: high; 7b97ccc: low
      'lately my mind keeps going to sui-cide': 'low', // reviewer: high; 7b97ccc: low
      'thoughts of s.u.i.c.i.d.e daily': 'low', // reviewer: high; 7b97ccc: low
      'been thinking about $uicide every night': 'low', // reviewer: high; 7b97ccc: low
      'i have s**cidal thoughts': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of ku-unalive (normalise.ts)', () => {
    expectLevels({
      'niko na mawazo ya ku-jiunalive': 'low', // reviewer: high; 7b97ccc: low
    });
  });
});

describe('review 12: ordinary check-ins the first version graded higher (b)', () => {
  it('keeps the level of a denial followed by "so bad" or "so strong" (withdrawn)', () => {
    expectLevels({
      'i have no thoughts of killing myself the hunger at home is so bad this month we need food support': 'low',
      'I have no intention of killing myself, my migraines are just so bad at the moment.': 'low',
      'sina nia ya kujiua ni stress tu ya kazi imekuwa so bad': 'low',
      'no thoughts of ending my life, my period cramps are this bad every month': 'low',
      'I have no plans to end my life. My faith is that strong.': 'low',
      'i have no intention of taking my life my faith in god is so strong': 'low',
      "I have no thoughts of suicide. The music from the bar next door is so loud I can't sleep.": 'low',
      "I have no wish to die. The joy I felt at my sister's wedding was so intense.": 'low',
      'i have no desire to die the training at the gym is so intense this week': 'low',
      'Sijawahi kufikiria kujiua. Mvua ya jana ilikuwa so bad tukalala na maji.': 'low',
      'I have no intention of ending my life. I just miss my mum so bad.': 'low',
      'no plans to kill myself. i just want a job so bad.': 'low',
      "I have no thoughts of suicide. My husband's snoring is that loud, I sleep on the couch.": 'low',
      'I have no plans to end my life. The emptiness is so strong some nights.': 'low', // reviewer: medium; 7b97ccc: low
      'Sina mpango wa kujiua. Ni vile tu pressure ya deni ni so strong.': 'low',
      'i have no thoughts of suicide the stomach pain is so bad i want to see a doctor': 'low',
      'i have no intention of killing myself my love for my kids is that strong': 'low',
      'i have no thoughts of ending my life the heat in garissa is this bad every february': 'low',
      'sina nia ya kujiua mvua imekuwa so strong tunalala na maji': 'low',
      'i have no wish to die i just miss home so bad': 'low',
      'i dont have any plans to end my life my toothache is so intense i cant eat': 'low',
      'i have no thoughts of suicide the coffee at work is so strong i cant sleep': 'low',
      'i have no desire to die my hunger for success is so strong': 'low',
      'i have no thoughts of ending my life the dust on this road is so bad my chest hurts': 'low',
      'i have no intention of hurting myself the smell of the fish market is so strong': 'low',
      "no plans to kill myself my sister's music is so loud i cant study": 'low',
      'i have no wish to die i just want to pass my exams so bad': 'low',
      'i have no thoughts of killing myself the mosquitoes this season are this bad every night': 'low',
      'sina nia ya kujiua msee ni hii njaa iko so bad tu': 'low',
      'i have no thoughts of ending my life the cold in limuru is so bad this july': 'low',
      'i have no intention of killing myself my love for music is so strong': 'low',
    });
  });
  it('keeps the level of a topic taken up across a comma or a full stop (dislocation.ts)', () => {
    expectLevels({
      "Thoughts of suicide, they keep coming back in my grandmother's stories about the war.": 'low',
      'Suicidal thoughts, they are worse for my brother since his divorce.': 'low',
      'Suicidal thoughts, those came back once last year and the clinic helped me.': 'low',
    });
  });
  it('keeps the level of hoping not to wake (cues-oblique.ts)', () => {
    expectLevels({
      'hoping i dont wake up tomorrow with swollen eyes after all this crying over the movie': 'low',
      'wishing i didnt wake up and find the electricity gone again kplc is tiring': 'low',
      "Since the third trimester I'm up five times a night, hoping I don't wake up anymore at night after delivery.":
        'medium', // the fifth learned reading: medium
      'prayed i didnt wake up then realise the wedding was a dream lol no it was real': 'low',
      "I drank chamomile hoping I don't wake up at all during the night, I need proper sleep.": 'low',
      'hoping i dont wake up in the morning with a hangover after the harusi': 'low',
      'i wished i didnt wake up and have to face the exam results but they were good': 'low',
      'nimelala hoping i dont wake up tomorrow nikiwa na hangover ya sherehe': 'low',
      'hoping i dont wake up and find the sink full of dishes again roommates please': 'low',
      'hoping i dont wake up tomorrow with this flu getting worse': 'medium', // the fifth learned reading: medium
      'i prayed i didnt wake up and find my shop broken into again': 'low',
    });
  });
  it('keeps the level of "nimechoka kuwepo" (cues-oblique.ts)', () => {
    expectLevels({
      'Nimechoka kuwepo tu hapa ofisini saa kumi na mbili jioni, nataka kurudi nyumbani.': 'low',
      'nimechoka kuwepo kabisa kwa hii group ya chama': 'low',
      'Nimechoka kuwepo yaani kama msaidizi tu kazini, nataka promotion.': 'low',
      'nimechoka kuwepo kwenyewe hapa shags, town ndio iko na maisha': 'low',
      'nimechoka na kuwepo tu kwa line ya ID, wameniambia nirudi kesho': 'low',
      'nimechoka kuexist kabisa kwa hii estate hakuna maji': 'low',
      'nimechoka kuwepo yaani kwa mama mkwe wiki yote': 'low',
      'nimechoka kuwepo tu kwa bench ya hii timu coach hanichezi': 'low',
      'nimechoka kuwepo kabisa kwa hii chama hakuna pesa tunapata': 'low',
      'nimechoka kuwepo tu nyumbani holiday ni ndefu sana': 'low',
    });
  });
  it('keeps the level of not caring if a vehicle hit one (cues-oblique.ts)', () => {
    expectLevels({
      'Kama matatu ingenigonga leo singelalamika kwa sababu insurance ingelipa hospital bill yangu yote, joke.': 'low',
      'if a truck knocked me down on the highway i would not complain as long as it was the one carrying my cement order haha':
        'low',
      'kama boda ikinigonga sitajali kwenda hospitali ya private nina nhif': 'low',
      'kama nduthi ingenigonga leo singelalamika kwa boss nisingeenda kazi haha': 'low',
      'if a matatu knocked me down i would not complain as long as they pay my fees lol': 'low',
      'if a matatu hit me i wouldnt complain if it was the one with the nice music haha': 'low',
    });
  });
  it('keeps the level of kujiondoa duniani, kukatisha maisha (cues-oblique.ts)', () => {
    expectLevels({
      'Nataka kujiondoa maishani mwako, usinitafute tena.': 'low',
      'nafikiria kujiondoa maishani kwake kabisa, ameoa mwingine': 'low',
      'natamani kujiondoa duniani kwa siku mbili nipumzike bila simu': 'low',
      'nataka kujiondoa duniani kwa wiki moja niende retreat ya maombi': 'medium', // reviewer: low; 7b97ccc: medium
      'nimeanza kufikiria kujiondoa maishani mwenu nyote, mnanitumia tu': 'low',
      'Ninawaza kujiondoa maishani kwa huyu jamaa, ananicheat': 'low',
      'nataka kujiondoa maishani mwako kabisa usinipigie tena': 'low',
      'natamani kujiondoa duniani kwa siku tatu niende maombi mlimani': 'low',
      'nafikiria kujiondoa maishani kwa hawa marafiki wa pombe': 'low',
      'nataka kujiondoa duniani wiki hii tu nizime data nipumzike': 'medium', // reviewer: low; 7b97ccc: medium
      'nataka kujiondoa maishani kwa hii boyfriend yangu ananichosha': 'low',
      'nimeanza kufikiria kujiondoa duniani kwa siku kumi ya kufunga na kuomba': 'low',
      'natamani kujiondoa duniani kwa wiki mbili niende safari ya mlima kenya': 'low',
    });
  });
  it('keeps the level of "I won\'t be around for long, and I hope so" (cues-oblique.ts)', () => {
    expectLevels({
      'sitakuwepo kwa muda mrefu hapa nairobi natumaini iwe hivyo, nataka kurudi kisumu': 'low',
      'i wont be here much longer in this hostel hopefully so i graduate in june': 'low',
      'sitakuwepo kwa muda mrefu hii kazi natumaini iwe hivyo nimepata offer nyingine': 'low',
      'i wont be around for long in this hostel hopefully so i am moving to a bedsitter': 'low',
    });
  });
  it('keeps the level of ways looked up (withdrawn)', () => {
    expectLevels({
      'I spend hours googling ways every night, side hustles mostly, nothing works.': 'low',
      "been googling ways late at night, like how do i make chapati soft like my mum's": 'low',
      'im always looking up ways at night when i cant sleep, recipes and diy stuff': 'low',
      'googling ways every night, the landlord wants the rent and i have nothing': 'low',
      'looking up ways at night when i cant sleep mostly hair care and skin care': 'low',
      'i spend my nights googling ways every night about farming tomatoes in a greenhouse': 'low',
    });
  });
  it('keeps the level of thinking how one would do it (withdrawn)', () => {
    expectLevels({
      'My boss gave me a huge project. I keep thinking about how I could do it.': 'medium', // reviewer: low; 7b97ccc: medium
      'They asked me to lead the youth retreat, I keep thinking how I would do it.': 'medium', // reviewer: low; 7b97ccc: medium
      'mama amenipa kazi ya kupika chakula cha harusi, nawaza jinsi ningeifanya': 'low',
      'boss amenipa project mpya nafikiria tu namna ningeweza kuifanya': 'low',
      "My daughter wants box braids for school, I'm imagining how I'd do it.": 'medium', // the fifth learned reading: medium
      'I want to open a kinyozi next year. Been thinking about how I might do it.': 'medium', // reviewer: low; 7b97ccc: medium
      'my pastor asked me to organise the youth camp i keep thinking about how i would do it': 'medium', // reviewer: low; 7b97ccc: medium
      'boss wants the audit done by myself nawaza jinsi ningeweza kuifanya': 'low',
      'my son wants a birthday cake shaped like a car im imagining how id do it': 'low',
      'my daughter wants cornrows for the concert nafikiria jinsi ningeifanya': 'low',
      'church wants me to paint the mural i keep imagining how i would do it': 'medium', // reviewer: low; 7b97ccc: medium
      'the client wants a logo by tomorrow and i keep thinking how i could actually do it': 'medium', // reviewer: low; 7b97ccc: medium
      'my boss wants the whole warehouse counted by monday i keep thinking about how i would do it': 'medium', // reviewer: low; 7b97ccc: medium
    });
  });
  it('keeps the level of held back only by someone (cues-oblique.ts)', () => {
    expectLevels({
      'Ningeachana na mume wangu, kitu pekee kinachonizuia ni watoto wangu.': 'low',
      'nimepata mchumba mzungu kitu pekee kinachonizuia ni mama yangu': 'low',
      'Nimeambiwa nihamie Mombasa kwa kazi mpya, kitu pekee kinachonizuia ni familia yangu.': 'low',
      'naweza kuolewa mwaka huu kitu pekee kinachonizuia ni mama': 'low',
      'Ningerudi chuo, kitu pekee kinachonishikilia ni watoto.': 'low',
      'Ningeenda kusoma Australia, kitu pekee kinachonizuia ni mama yangu.': 'low',
      'kuokoka kabisa na kuacha pombe, kitu pekee kinanizuia ni familia yangu tu': 'medium', // reviewer: low; 7b97ccc: medium
      'ningeachana na huyu bwana kitu pekee kinachonizuia ni watoto wangu': 'low',
      'ningehama nyumbani kwa wazazi kitu pekee kinachonizuia ni mama yangu tu': 'low',
    });
  });
  it('keeps the level of a last goodbye (withdrawn)', () => {
    expectLevels({
      "My grandmother doesn't know it was the last time she'll see me, I fly to Canada on Monday for my masters.":
        'low',
      'Mpenzi wangu hajui ni mara ya mwisho ananiona, nimeamua kumwacha.': 'high', // reviewer: low; 7b97ccc: high
      "He doesn't know this is the last time he'll see me, I'm relocating to Kigali for work.": 'low',
      "My boss doesn't know it was the last time he'll see me, I resigned by email.": 'high', // reviewer: low; 7b97ccc: high
    });
  });
  it('keeps the level of censored spellings of suicide (normalise.ts)', () => {
    expectLevels({
      'The pastor preached about s**cide and I cried for my late uncle.': 'high', // reviewer: low; 7b97ccc: low
      'the term sui*ide is censored on instagram so I wrote my essay on facebook': 'low',
      'the pastor preached about s*icide and i cried for my late auntie': 'high', // reviewer: low; 7b97ccc: low
    });
  });
  it('keeps the level of ku-unalive (normalise.ts)', () => {
    expectLevels({
      'Kwa hii game unaweza kujiunalive ukitaka kurestart level.': 'low',
      'kwa game ya pubg kujiunalive ni rahisi unaruka tu kwa cliff': 'low',
    });
  });
});

describe('review 12: crises close to a changed rule that both versions graded too low (c)', () => {
  it('keeps the level of a denial followed by "so bad" or "so strong" (withdrawn)', () => {
    expectLevels({
      'sina mawazo ya kujiua ila leo yamekuwa so strong': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of a denied act followed by being well, or by the act named again (withdrawn)', () => {
    expectLevels({
      "I won't do it today. Tomorrow I'll be fine doing it.": 'medium', // reviewer: critical; 7b97ccc: medium
    });
  });
  it('keeps the level of self-harm not done for years (withdrawn)', () => {
    expectLevels({
      "I haven't cut myself in years, but I did on Thursday.": 'critical',
      "I haven't cut myself in years. Started again this week.": 'critical',
    });
  });
  it('keeps the level of a topic taken up across a comma or a full stop (dislocation.ts)', () => {
    expectLevels({
      'Suicidal thoughts, yeah, they are back.': 'high',
      'The thoughts of suicide, they have returned.': 'high',
      "Suicidal thoughts... they're back this week.": 'high',
      "Suicidal thoughts, they've crept back in since Sunday.": 'low', // reviewer: high; 7b97ccc: low
      "the suicidal thoughts, yeah they're back": 'low', // reviewer: high; 7b97ccc: low
      'suicidal thoughts... they are back': 'high',
      "Suicidal thoughts, they've come back stronger.": 'low', // reviewer: high; 7b97ccc: low
      'suicidal thoughts they are back': 'high',
    });
  });
  it('keeps the level of "have not … since yesterday / yet" and "a day without" (around.ts)', () => {
    expectLevels({
      'sijajikata tangu jana usiku': 'low', // reviewer: critical; 7b97ccc: low
      'sijajikata tangu jana': 'low', // reviewer: critical; 7b97ccc: low
      'sijajidhuru tangu juzi tu': 'low', // reviewer: critical; 7b97ccc: low
      'i havent cut since this morning and its so hard': 'low', // reviewer: critical; 7b97ccc: low
      'havent had a single day free of suicidal thoughts': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of hoping not to wake (cues-oblique.ts)', () => {
    expectLevels({
      'every night i pray to not wake up': 'medium', // reviewer: medium; 7b97ccc: low; the fifth learned reading: medium
      'hoping i dont wake up this time': 'medium', // reviewer: medium; 7b97ccc: low; the fifth learned reading: medium
      'i pray every night that i dont wake up': 'low', // reviewer: medium; 7b97ccc: low
      'i hope tonight i sleep and just dont wake up': 'low', // reviewer: medium; 7b97ccc: low
    });
  });
  it('keeps the level of "nimechoka kuwepo" (cues-oblique.ts)', () => {
    expectLevels({
      'Nimechoka kuendelea kuwepo.': 'low', // reviewer: medium; 7b97ccc: low
    });
  });
  it('keeps the level of not caring if a vehicle hit one (cues-oblique.ts)', () => {
    expectLevels({
      'If a boda ran into me on the way to work, honestly I would not mind.': 'low', // reviewer: medium; 7b97ccc: low
      'hata gari ikinigonga leo sijali': 'medium', // reviewer: medium; 7b97ccc: low; cues-wish-plain.ts (review 110): medium
      "I wouldn't mind if a bus ran me over.": 'low', // reviewer: medium; 7b97ccc: low
      'nikigongwa na gari sijali tena': 'low', // reviewer: medium; 7b97ccc: low
    });
  });
  it('keeps the level of thoughts of suicide back or worse (cues-oblique.ts)', () => {
    expectLevels({
      'the suicidal thoughts have come back': 'high',
      'hizi suicidal thoughts zimeanza kunirudia': 'low', // reviewer: high; 7b97ccc: low
      'the suicidal thoughts have come back again this week': 'high',
      'the suicidal thoughts have come back since i lost the baby': 'high',
    });
  });
  it('keeps the level of kujiondoa duniani, kukatisha maisha (cues-oblique.ts)', () => {
    expectLevels({
      'napanga kujiondoa duniani hivi karibuni': 'critical',
      'nina mpango wa kukatisha maisha yangu': 'critical', // reviewer: critical; 7b97ccc: low; high until session 57
      'nataka kujiondolea maisha': 'low', // reviewer: high; 7b97ccc: low
      'nina mpango wa kujiondoa duniani wiki ijayo': 'critical',
      'napanga kukatisha maisha yangu wiki hii': 'high', // reviewer: critical; 7b97ccc: medium
    });
  });
  it("keeps the level of reasons to end one's life (cues-oblique.ts)", () => {
    expectLevels({
      'i have more reasons to end it than to stay': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of "I won\'t be around for long, and I hope so" (cues-oblique.ts)', () => {
    expectLevels({
      'sitakuwepo kwa muda mrefu na ni sawa tu': 'low', // reviewer: medium; 7b97ccc: low
    });
  });
  it('keeps the level of ways looked up (withdrawn)', () => {
    expectLevels({
      'every night i search for a painless way out': 'low', // reviewer: high; 7b97ccc: low
      'Late at night I research how much it would take, then delete the history.': 'low', // reviewer: high; 7b97ccc: low
      'I google ways every night and clear my history so no one sees.': 'low', // reviewer: high; 7b97ccc: low
      'i have been looking up ways at night to not wake up': 'high', // reviewer: high; 7b97ccc: low; the sixth warning reading: high
    });
  });
  it('keeps the level of thinking how one would do it (withdrawn)', () => {
    expectLevels({
      'nawaza jinsi ya kufanya ili iishe kabisa': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of held back only by someone (cues-oblique.ts)', () => {
    expectLevels({
      'the only thing stopping me from ending it is my mum': 'high',
      'the only thing keeping me from ending it is my mum': 'high',
      'the only thing stopping me from doing it is my daughter': 'high',
    });
  });
  it('keeps the level of a last goodbye (withdrawn)', () => {
    expectLevels({
      'i hugged my kids extra long today because it was the last time': 'medium', // reviewer: critical; 7b97ccc: medium
      "she has no idea she won't see me again after tonight": 'medium', // reviewer: critical; 7b97ccc: medium
    });
  });
  it('keeps the level of censored spellings of suicide (normalise.ts)', () => {
    expectLevels({
      'i have s*icidal thoughts every night': 'high',
    });
  });
});
