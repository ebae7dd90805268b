import { expectLevels } from '../../setup/risk-levels.js';

// Review 11 (2026-12-02): a helper wrote 501 check-ins against each change of the sixteenth session (probes23's rules)
// and scored them on 7b97ccc and on the first version (77481ba); these are its 291 findings, each pinned at the level
// the final rules give. Where that differs from the reviewer's level the comment says so: no crisis here is below
// 7b97ccc's level, no ordinary text above it.

describe('review 11: crises the first version graded lower (a)', () => {
  it('keeps the level of a denial taken back in a later sentence (reading.ts TAKEN_BACK)', () => {
    expectLevels({
      'I have no thoughts of suicide. Since my husband left it is all I think about.': 'high',
      'I have no intention of killing myself. Tomorrow when everyone is at church I will be free.': 'critical',
      'No plans to end my life. Soon.': 'critical',
      "I have no intention of killing myself. I'm going to wait for my kids to finish school first.": 'high', // reviewer: critical; 7b97ccc: high
      'Sina nia ya kujiua. Kesho nitaenda mtoni nimalize kila kitu.': 'critical',
      'Sijawahi kufikiria kujiua. Mpaka wiki hii.': 'high',
      'Sijawahi kufikiria kujiua. Hadi mwezi huu mume wangu alipoondoka.': 'high',
      'Suicide has never crossed my mind. Now it is all I think about.': 'high',
      "I have no intention to die. Tonight I'll finish it.": 'high', // reviewer: critical; 7b97ccc: high
      'I have no thoughts of suicide. Like today, I stood on the balcony for an hour.': 'high',
      'sina mpango wa kujiua. kesho asubuhi nitaenda kumaliza kila kitu.': 'critical',
      "I have no plans to end my life. Soon I'll be with my late mother.": 'critical',
      "I have no thoughts of suicide. Gonna go to the river tomorrow and that's it.": 'critical',
      'Sijafikiria kujiua. Leo tu asubuhi ndio nimeanza kuwaza hivyo.': 'high',
      'I have no intention of killing myself. Tonight after everyone sleeps.': 'critical',
      'Sina nia ya kujiua. Leo usiku.': 'critical',
      'Sina mpango wa kujiua. Kesho.': 'critical',
      "Suicide has never crossed my mind. Tonight it's all I can think of.": 'critical', // reviewer: high; 7b97ccc: critical
      'Sijawahi kufikiria kujiua. Sasa hivi nawaza kila dakika.': 'high',
      "I have no intention of killing myself. Because I already know I'll be at the river on Sunday.": 'critical',
      "I have no thoughts of suicide. I'm going to pretend that's true for the counsellor.": 'high',
      'Sina nia ya kujiua. Mpaka nikimaliza kulipa deni, halafu basi.': 'high', // reviewer: critical; 7b97ccc: high
    });
  });
  it('keeps the level of a denied act postponed to a later time (upgrade.ts negatedThenTimed)', () => {
    expectLevels({
      "I'm not going to kill myself today. Maybe on Friday when everyone is at work.": 'critical',
      "I'm not going to end my life today. Tomorrow is a better day for it.": 'critical',
      'i am not going to kill myself tonight my kids will be okay with my sister from tomorrow': 'critical',
      "I'm not going to kill myself today. I'll wait until the kids are back in school next week.": 'critical',
      'i wont end my life today, tomorrow everything will be ready.': 'critical',
      'i am not going to kill myself today i will be alright to do it next week after the funeral': 'critical',
      "I'm not going to kill myself today. Tomorrow I will be ready, I've got everything.": 'critical',
      'im not going to kill myself yet. next week when the rent is due.': 'critical',
    });
  });
  it('keeps the level of "haven\'t" before the act or thoughts (around.ts doneLately)', () => {
    expectLevels({
      'i havent had suicidal thoughts this bad before': 'high',
      "I haven't had suicidal thoughts this strong in my whole life.": 'high',
      'i havent had any suicidal thoughts except last night when i stood by the window': 'high',
      "I haven't had suicidal thoughts for a while but they came back this morning.": 'high',
      'i havent had thoughts of killing myself for months but this week they are back': 'high',
      'i havent self harmed since yesterday': 'critical',
      "I haven't cut myself since Friday, it's only been two days.": 'critical',
      'i havent cut myself yet today but the urge is so strong': 'critical',
      'it hasnt been a day without suicidal thoughts': 'high',
      'i havent had suicidal thoughts like these before they are so loud': 'high',
      'i havent tried to kill myself since sunday': 'critical',
      'i havent attempted suicide again since last week': 'critical',
      'i havent cut myself since friday its only been two days': 'critical',
      'i havent had suicidal thoughts for a while but they came back this morning': 'high',
      'i havent hurt myself since last night': 'critical',
      'i havent overdosed since saturday': 'critical',
      'i havent had suicidal thoughts this often since i was in form three': 'high',
      'i havent had any thoughts of ending my life this intense before': 'high',
      'i havent cut myself today yet but i did last night': 'critical',
      "haven't tried to end my life since last week's attempt": 'critical',
      'i havent wanted to die this much in years': 'medium',
      'i havent had suicidal thoughts in a while but tonight theyre so strong': 'critical', // reviewer: high; 7b97ccc: critical
      'i havent had any suicidal thoughts lately except right now': 'high',
    });
  });
  it('keeps the level of self-harm not done for years beside another crisis', () => {
    expectLevels({
      "I haven't self harmed in years. Suicidal thoughts every night though.": 'critical', // reviewer: high; 7b97ccc: critical
      'i havent hurt myself in years. i have a rope in my room.': 'critical',
      'havent cut in years but i took an overdose on friday': 'critical',
      "I haven't cut for a long time but I have started hurting myself in other ways.": 'critical',
      'i havent self harmed for years, its the thoughts of ending my life that wont leave me': 'critical', // reviewer: high; 7b97ccc: critical
      'Sijajikata kwa miaka. Lakini mawazo ya kujiua yapo kila siku.': 'high',
      'i havent cut in ages but suicidal thoughts are my daily life': 'high',
      "I haven't done it in years but I overdosed on Saturday.": 'critical',
      'i havent cut in years i tried to end my life two weeks back': 'critical',
      "I haven't hurt myself in years. I attempted suicide on Sunday.": 'critical',
      'i havent done that for years. i took a lot of pills on monday night.': 'critical',
      'sijajidhuru kwa miaka mingi lakini nilijaribu kujiua jumapili': 'critical',
      "I haven't cut in years. I've chosen the day to end it.": 'critical',
      'i have not cut for many years but i tried to end my life after new year': 'critical',
      "I haven't cut in years. Thoughts of killing myself, constantly.": 'high',
      'sijafanya hivyo kwa miaka, ila mawazo ya kujiua hayaishi': 'high',
      'i havent self harmed in years suicidal thoughts every night though': 'critical', // reviewer: high; 7b97ccc: critical
      'i havent done it in years but i overdosed on saturday': 'critical',
      'i havent hurt myself in years i attempted suicide on sunday': 'critical',
      'i havent cut in years ive chosen the day to end it': 'critical',
      'havent cut for a long time but thoughts of killing myself are constant': 'high',
    });
  });
  it('keeps the level of a year after the act ("that was 2015 the first time"; patterns.ts pastAnchorBack)', () => {
    expectLevels({
      'i tried to end my life that was 2018 when i last felt like this': 'critical',
      'nilijaribu kujiua tena, it was 2021 the first time': 'critical',
      'I attempted suicide. It was 2023 when I lost my job and now this.': 'critical',
      'I overdosed. That was 2015 the first time, this time it was worse.': 'critical',
      'I tried to take my life. It was 2024 that my husband died and I cannot cope.': 'critical',
      'i self harmed that was 2021 the last time and now its back': 'critical',
      'i attempted suicide it was 2023 when i lost my job and now this': 'critical',
      'i overdosed that was 2015 the first time this time it was worse': 'critical',
      'i tried to take my life it was 2024 that my husband died and i cannot cope': 'critical',
    });
  });
  it('keeps the level of suicide as the subject of something watched or read', () => {
    expectLevels({
      'i watched a documentary about suicide and honestly i am thinking about it for myself': 'high',
      'i posted a video about self harm i did last night': 'critical',
      'there was a news story about suicide on the bridge and i keep thinking that will be me': 'high',
      'nimeangalia video kuhusu kujiua na nahisi ndio njia yangu pia': 'high',
      "I listened to a podcast about suicide and I think I'm going to be the next one.": 'high',
      'the sermon on suicide hit me because i am that person': 'high',
      "I'm writing a story about suicide, my own, it ends this Friday.": 'high', // reviewer: critical; 7b97ccc: high
      'nimesoma article kuhusu kujiua bila maumivu nikaamua nitajaribu': 'high', // reviewer: critical; 7b97ccc: high
      'i listened to a podcast about suicide and i think im going to be the next one': 'high',
      'i am writing a story about suicide my own it ends this friday': 'high', // reviewer: critical; 7b97ccc: high
      'nilitazama kipindi juu ya kujiua nikajiona mimi ndio yule': 'high',
      'i watched a video on self harm then i did it again last night': 'critical',
    });
  });
});

describe('review 11: ordinary check-ins the first version graded higher (b)', () => {
  it('keeps the level of hoping not to wake (cues-oblique.ts)', () => {
    expectLevels({
      'i was tiptoeing in hoping i dont wake up the baby': 'low',
      'hoping i dont wake up in pain tomorrow after the surgery': 'medium', // the fifth learned reading: medium
      'hoping i dont wake up at 3am again like last night': 'low',
      'hoping i dont wake up sore after the gym': 'low',
      'wishing i didnt wake up so early every day for work': 'low',
      "I go to bed hoping I don't wake up hungry like last week.": 'medium', // the fifth learned reading: medium
      'hoping that i dont wake up my husband when i go to pray at night': 'low',
      'nilirudi late nikiingia polepole hoping i dont wake up mathe': 'medium', // the fifth learned reading: medium
      'i took my meds hoping i dont wake up groggy tomorrow': 'low',
      'hoping i dont wake up before my alarm again': 'low',
    });
  });
  it('keeps the level of "nimechoka kuwepo" (cues-oblique.ts)', () => {
    expectLevels({
      'nimechoka kuwepo kwenye group hii ya whatsapp': 'low',
      'nimechoka kuwepo na watu wasio na adabu kazini': 'low',
      'nimechoka kuwepo kwenye hii relationship': 'low',
      'nimechoka kuwepo Nairobi, nataka kurudi shags': 'low',
      'nimechoka kuwepo single, nataka mpenzi': 'low',
      'nimechoka kuwepo bila kazi miezi sita sasa': 'low',
      'nimechoka kuwepo kama mgeni kwa nyumba ya mjomba': 'low',
      'nimechoka kuwepo kwenye line ya bank kila mwezi': 'low',
      'nimechoka kuwepo chini ya boss huyu': 'low',
      'nimechoka kuwepo bila pesa kila mwisho wa mwezi': 'low',
    });
  });
  it('keeps the level of a vehicle hitting one (cues-oblique.ts)', () => {
    expectLevels({
      'if a matatu hits me i wont complain i will sue them and get rich': 'low',
    });
  });
  it('keeps the level of thoughts of suicide back or worse (cues-oblique.ts)', () => {
    expectLevels({
      'suicidal thoughts are increasing in kenya according to the radio': 'low',
      'we talked about suicidal thoughts again in the support group': 'low',
      'the pastor preached about suicidal thoughts again on sunday': 'low',
      'i worry that the suicidal thoughts come back when i stop my meds': 'low',
      'if the suicidal thoughts come back i will call you': 'low',
      'the doctor said suicidal thoughts are more frequent in men': 'low',
      'the show says suicidal thoughts are worse in winter': 'low',
      'in class we discussed suicidal thoughts again for the exam': 'low',
      'my doctor asked if the suicidal thoughts are back and i said no not at all': 'low',
    });
  });
  it('keeps the level of kujiondoa duniani, kukatisha maisha (cues-oblique.ts)', () => {
    expectLevels({
      'nataka kujiondoa kwenye dunia hii ya social media': 'low',
      'nataka kujiondoa kwenye dunia ya siasa kabisa': 'low',
      'nafikiria kujiondoa maishani mwa ex wangu': 'low',
      'nataka kujiondoa maishani mwake kabisa, amenichosha': 'low',
      'natamani kujiondoa maishani mwao, hawanithamini': 'low',
      'nataka kujiondoa duniani kwa muda, nizime simu wiki nzima': 'medium', // reviewer: low; 7b97ccc: medium
      'nimeanza kufikiria kujiondoa kwenye dunia ya betting': 'low',
      'nataka kukatisha maisha ya ukapera mwaka huu': 'low',
      'nawaza kujiondoa maishani mwa hii familia ya mume wangu': 'medium', // the fifth learned reading: medium
      'nataka kujiondoa maishani mwake kabisa amenichosha': 'low',
      'nafikiria kujiondoa kwenye dunia ya mitandao kwa mwezi mmoja': 'low',
      'msee nataka kujiondoa maishani mwa hawa mabeste fake': 'low',
      'natamani kujiondoa duniani ya showbiz nirudi shags': 'low',
    });
  });
  it('keeps the level of "sitakuwepo \u2026 natumaini iwe hivyo" (cues-oblique.ts)', () => {
    expectLevels({
      'sitakuwepo wiki ijayo nitakuwa safari natumaini iwe hivyo': 'low',
      'sitakuwepo kesho kwa kikao nimepata interview natumaini itakuwa hivyo': 'low',
      'sitakuwepo kazini wiki ijayo nimeomba leave natumaini iwe hivyo': 'low',
      'i wont be around this weekend i might travel i hope so': 'medium', // reviewer: low; 7b97ccc: medium
    });
  });
  it('keeps the level of ways looked up (withdrawn)', () => {
    expectLevels({
      'looking up ways and means to pay rent this month': 'low',
      "I've been researching different methods every day for my thesis.": 'low',
      'searching easy ways on my phone to make money online': 'low',
      'looking up quick ways so i can lose weight before the wedding': 'low',
      'there is no painless way out of this debt': 'low',
      'is there a painless way to go about quitting my job': 'low',
      'i keep looking up ways then giving up, this budgeting is hard': 'low',
      'i spent the night researching methods then fell asleep on my notes': 'low',
      'i have been searching methods late into the night for my chemistry project': 'low',
      'googling ways at night to get my baby to sleep': 'low',
      'im looking up ways and means to clear my helb loan': 'low',
      'been researching methods every night for my final year project': 'low',
      'searching quick ways and shortcuts for excel': 'low',
    });
  });
  it('keeps the level of thinking how one would do it (withdrawn)', () => {
    expectLevels({
      'My boss gave me a big project and I keep thinking about how I could do it and still meet the deadline': 'medium', // reviewer: low; 7b97ccc: medium
      'the exam is in two weeks and i keep thinking about how i could do it when i have not studied': 'medium', // reviewer: low; 7b97ccc: medium
      'i want to start a business nawaza tu how id do it the right way': 'medium', // reviewer: low; 7b97ccc: medium
      'wondering how i could do it every day with a newborn and a full time job': 'low',
      'nawaza jinsi nitaifanya kazi hii kabla ya ijumaa': 'low',
      'naplan venye nitaifanya harusi yangu mwakani': 'low',
      'the presentation is tomorrow and i keep imagining how i will do it and messing up': 'medium', // reviewer: low; 7b97ccc: medium
      'nafikiria jinsi ningeifanya biashara ya mitumba': 'low',
      'i was thinking about how i could do it over the weekend, the painting of the house': 'medium', // reviewer: low; 7b97ccc: medium
      'nawaza jinsi nitaifanya hii project na sina laptop': 'low',
      'the boss wants the report by friday i keep thinking about how i can do it and sleep': 'medium', // reviewer: low; 7b97ccc: medium
      'wedding yangu iko december naplan venye nitaifanya bila deni': 'low',
    });
  });
  it('keeps the level of held back only by someone (cues-oblique.ts)', () => {
    expectLevels({
      'i want to move out the only thing stopping me is my mum she says i am too young': 'low',
      'honestly the only thing holding me back is my family, i want to travel to dubai for work': 'medium', // reviewer: low; 7b97ccc: medium
      'the only people holding me back are my kids, i really want to go back to school': 'low',
      "I'd love to quit and start my own salon, the only thing holding me back is my husband.": 'low',
      'i want to get a tattoo, the only thing stopping me right now is my dad': 'medium', // reviewer: low; 7b97ccc: medium
      'kama si mama yangu ningekuwa nimeshaondoka kwenda Qatar kufanya kazi': 'low',
      'nataka kuhamia dubai kitu pekee kinachonizuia ni mama yangu': 'low',
      'i would quit this job today the only thing holding me back is my kids school fees': 'medium', // reviewer: low; 7b97ccc: medium
      'i want to go back to campus the only thing holding me back is my family they need my salary': 'medium', // reviewer: low; 7b97ccc: medium
    });
  });
  it('keeps the level of a day chosen said alone (withdrawn)', () => {
    expectLevels({
      "My fiancé and I are so excited. I've set the date!": 'low',
      'Dowry negotiations went well. I have fixed the date.': 'low',
      'my boss asked when i want my leave, i picked the day': 'low',
      'Harusi yetu itakuwa Desemba. Nimechagua tarehe.': 'low',
      'nimeongea na pastor nimechagua tarehe': 'low',
      "The doctor said I can choose when to have the surgery. I've chosen the day.": 'low',
      "For the ruracio we argued a lot but finally, I've picked the date.": 'low',
      'Moving to the new house is stressful. I have chosen the day already.': 'low',
      "My son's baptism is coming. I set the date.": 'low',
      'the landlord wanted me to choose when to move out so i picked a day': 'low',
      'Nimepata kazi mpya Mombasa, nimeshachagua siku tayari': 'low',
      'nilikuwa naogopa kwenda hospitali kwa upasuaji lakini nimechagua siku': 'low',
      'tumeongea na mchumba wangu nimechagua tarehe': 'low',
      'my leave was approved i picked the day': 'low',
      'i went to the registrar and i have set the date': 'low',
      'the clinic said i can choose when to come in for the induction i have chosen the day': 'medium', // low until the sixth reading (session 44): a standing false alarm
    });
  });
  it('keeps the level of a last goodbye (withdrawn)', () => {
    expectLevels({
      'nahamia marekani wiki ijayo bibi hajui kwamba ni mara ya mwisho ananiona': 'medium', // reviewer: low; 7b97ccc: medium
      'she doesnt know it was the last time she will see me and i feel so guilty about moving abroad': 'medium', // reviewer: low; 7b97ccc: medium
      'my ex doesnt know that was the last time she will see me, i blocked her everywhere': 'high', // reviewer: low; 7b97ccc: high
      'my dad doesnt know it is the last time he will see me and im moving to the states': 'low',
    });
  });
  it('keeps the level of censored and Sheng forms (normalise.ts)', () => {
    expectLevels({
      'kuunalive zombies kwa game ndio kazi yangu usiku mzima': 'low',
      'the word s*icide is banned on my youtube channel so i say unalive': 'low',
      'kwa game ya call of duty kuunalive enemies ndio inanipa points': 'low',
    });
  });
  it('keeps the level of a topic taken up across a comma (dislocation.ts)', () => {
    expectLevels({
      'Suicidal thoughts though, they are not a problem for me anymore.': 'low',
      'Thoughts of suicide, those are what my brother struggles with.': 'low',
      'Suicidal thoughts, they are something I have never had.': 'low',
      "Thoughts of suicide, those are my sister's struggle, not mine.": 'low',
    });
  });
  it('keeps the level of a denial taken back in a later sentence (reading.ts TAKEN_BACK)', () => {
    expectLevels({
      'I have no thoughts of suicide at all. Okay goodbye, thanks for checking in.': 'low',
      "No thoughts of ending my life. I'm just tired. Goodbye doctor.": 'low',
      'I have no thoughts of suicide. Sorry I have to go, goodbye.': 'low',
    });
  });
  it('keeps the level of a denied act postponed to a later time (upgrade.ts negatedThenTimed)', () => {
    expectLevels({
      'Mama usijali, sitajiua. Kesho nitakuja nyumbani.': 'low',
      'Sitajiua, kesho nina kazi.': 'low',
      'usijali sitajiua kesho naenda kazini kama kawaida': 'low',
      'Sitajiua leo wala kesho, nina watoto wa kulea.': 'low',
      'sitajiua kwa sababu ya mwanaume, kesho naenda saloon': 'low',
      'Sitajimaliza kwa ajili ya deni. Kesho nitaongea na benki.': 'low',
      'sitajiua ju ya mtu kesho ni siku mpya': 'low',
      'Sitajitoa uhai, nina imani. Kesho nitaenda kanisani.': 'low',
      'mama usijali sitajiua kesho nitakuja nyumbani': 'low',
      'sitajiua kesho nina kazi': 'low',
      'sitajiua kwa sababu ya deni kesho nitaongea na benki': 'low',
      'msee sitajiua ju ya manzi kesho ni siku mpya': 'low',
      'sitajimaliza kwa sababu ya mtihani kesho nitarudia': 'low',
      'sitajiua bana kesho niko job': 'low',
      'sitajitoa uhai kwa ajili ya mwanaume wiki ijayo naanza kazi mpya': 'low',
    });
  });
});

describe('review 11: crises close to a changed rule that both versions graded too low (c)', () => {
  it('keeps the level of hoping not to wake (cues-oblique.ts)', () => {
    expectLevels({
      'i go to sleep hoping i never open my eyes again': 'medium', // reviewer: medium; 7b97ccc: low; the fifth learned reading: medium
      'i sleep and hope this time i stay asleep forever': 'low', // reviewer: medium; 7b97ccc: low
    });
  });
  it('keeps the level of a vehicle hitting one (cues-oblique.ts)', () => {
    expectLevels({
      'if a car hit me today i wouldnt even be sad': 'medium', // reviewer: medium; 7b97ccc: low; the fifth learned reading: medium
      'kama lori lingenigonga leo singejali': 'low', // reviewer: medium; 7b97ccc: low
      'if i got hit by a car i would not mind': 'medium', // reviewer: medium; 7b97ccc: low; session 45's "got hit by": medium
      'nikigongwa na gari leo sitajali kabisa': 'medium', // reviewer: medium; 7b97ccc: low; session 45's "nikigongwa na": medium
      'wish a matatu would just hit me': 'medium', // reviewer: medium; 7b97ccc: low; the fifth learned reading: medium
      'kama nduthi ingenigonga ningeshukuru': 'low', // reviewer: medium; 7b97ccc: low
      "if a bus knocked me down i'd be fine with it honestly": 'low', // reviewer: medium; 7b97ccc: low
    });
  });
  it('keeps the level of thoughts of suicide back or worse (cues-oblique.ts)', () => {
    expectLevels({
      'the suicide thoughts are back again': 'low', // reviewer: high; 7b97ccc: low
      'suicidal thoughts have returned': 'high',
      'suicidal thoughts zimeanza tena': 'high', // reviewer: high; 7b97ccc: low; since cues-thoughts.ts (review 34): high
      'the suicidal thoughts, they came back last night': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of kujiondoa duniani, kukatisha maisha (cues-oblique.ts)', () => {
    expectLevels({
      'nimefikiria kujiondoa duniani': 'low', // reviewer: high; 7b97ccc: low
      'natamani kuiaga dunia': 'low', // reviewer: medium; 7b97ccc: low
      'nawaza kujikatia maisha': 'low', // reviewer: high; 7b97ccc: low
      'nafikiria kukatiza maisha yangu': 'low', // reviewer: high; 7b97ccc: low
      'nina hamu ya kujiondoa duniani': 'medium', // reviewer: high; 7b97ccc: low; the fifth learned reading: medium
      'naskia kujiondoa duniani tu': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of ways looked up (withdrawn)', () => {
    expectLevels({
      'been googling painless ways lately': 'low', // reviewer: high; 7b97ccc: low
      'i have been searching for ways to go quietly': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of thinking how one would do it (withdrawn)', () => {
    expectLevels({
      "i think about how i'd do it all the time": 'medium', // reviewer: high; 7b97ccc: medium
      'nafikiria tu vile ningefanya ili iishe': 'low', // reviewer: high; 7b97ccc: low
      'i keep planning in my head how i would go': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of held back only by someone (cues-oblique.ts)', () => {
    expectLevels({
      'the only thing keeping me alive is my kids': 'low', // reviewer: high; 7b97ccc: low
      'kitu pekee kinachonifanya niishi ni mama yangu': 'low', // reviewer: high; 7b97ccc: low
      'the only thing stopping me is knowing my mum would be the one to find me': 'medium', // reviewer: high; 7b97ccc: medium
    });
  });
  it('keeps the level of a day chosen said alone (withdrawn)', () => {
    expectLevels({
      'nimeshachagua siku ya kuondoka duniani': 'high', // reviewer: critical; 7b97ccc: high
      "I've picked the day I'm going to do it.": 'low', // reviewer: critical; 7b97ccc: low
      'nimechagua siku ya kujiondoa': 'low', // reviewer: critical; 7b97ccc: low
      'i have set a date for when i will go its after my exams': 'medium', // reviewer: critical; 7b97ccc: medium
    });
  });
  it('keeps the level of a last goodbye (withdrawn)', () => {
    expectLevels({
      'my mum doesnt know tonight is the last time she will see me': 'high', // reviewer: critical; 7b97ccc: high
      'mama hajui hii ndio mara ya mwisho ataniona': 'high', // reviewer: critical; 7b97ccc: high
      'i hugged my sister today and she doesnt know it was goodbye': 'high', // reviewer: critical; 7b97ccc: high
    });
  });
  it('keeps the level of censored and Sheng forms (normalise.ts)', () => {
    expectLevels({
      'i am thinking about s-u-i-c-i-d-e': 'low', // reviewer: high; 7b97ccc: low
      'i keep thinking about sewer slide': 'medium', // reviewer: high; 7b97ccc: medium
      'thinking about su1cide every day': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of a topic taken up across a comma (dislocation.ts)', () => {
    expectLevels({
      'Suicidal thoughts, they have not stopped since January.': 'low', // reviewer: high; 7b97ccc: low
      "Suicidal thoughts too, they're not going away.": 'low', // reviewer: high; 7b97ccc: low
      "The suicidal thoughts, they haven't gone away.": 'low', // reviewer: high; 7b97ccc: low
      'Thoughts of suicide, those never went away, I lied to the nurse.': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of a denial taken back in a later sentence (reading.ts TAKEN_BACK)', () => {
    expectLevels({
      "I don't have any thoughts of ending my life. Well, I do. Every day.": 'low', // reviewer: high; 7b97ccc: low
      'Sina mawazo ya kujiua. Uongo, ninayo kila siku.': 'high', // reviewer: high; low until 2026-12-03
      "I have no thoughts of suicide. Honestly I do, I just don't want to worry you.": 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of a denied act postponed to a later time (upgrade.ts negatedThenTimed)', () => {
    expectLevels({
      "I'm not going to kill myself today, I'll be ready by Friday.": 'critical', // reviewer: critical; low until 2026-12-03
      'sitajiua leo nitakuwa sawa mpaka jumapili halafu basi': 'critical', // reviewer: critical; low until 2026-12-03
      'Sitajiua leo. Nitasubiri mpaka watoto warudi shule wiki ijayo.': 'critical', // reviewer: critical; low until 2026-12-03
      'sitajiua leo. labda wiki ijayo baada ya mshahara kuingia.': 'critical', // reviewer: critical; low until 2026-12-03
      'sitajiua leo, kesho itakuwa sawa kwa sababu nyumba itakuwa tupu': 'critical', // reviewer: critical; low until 2026-12-03
      'Sitajimaliza leo. Kesho baada ya kuwaaga watoto.': 'critical', // reviewer: critical; low until 2026-12-03
      'Sitajiua leo. Nimeamua wiki ijayo baada ya mazishi ya bibi.': 'critical', // reviewer: critical; low until 2026-12-03
    });
  });
  it('keeps the level of "haven\'t" before the act or thoughts (around.ts doneLately)', () => {
    expectLevels({
      'havent had a day without thoughts of suicide': 'low', // reviewer: high; 7b97ccc: low
      'the medication hasnt helped the suicidal thoughts at all': 'low', // reviewer: high; 7b97ccc: low
      'it hasnt been a day this week without suicidal thoughts': 'low', // reviewer: high; 7b97ccc: low
      'havent self harmed since the weekend': 'low', // reviewer: critical; 7b97ccc: low
      'i have the pills i havent taken them yet': 'low', // reviewer: critical; 7b97ccc: low
      'i havent killed myself yet but i think about it every day': 'medium', // reviewer: high; 7b97ccc: medium
      'havent ended my life yet but i want to': 'medium', // reviewer: high; 7b97ccc: medium
      'i havent gone through with killing myself yet, the rope is still in my bag': 'high', // reviewer: critical; 7b97ccc: high
      'havent felt this suicidal since 2020': 'low', // reviewer: high; 7b97ccc: low
    });
  });
  it('keeps the level of self-harm not done for years beside another crisis', () => {
    expectLevels({
      "I haven't cut in years. The suicidal thoughts are constant.": 'high',
      "I haven't done it in years. I have written letters to my kids.": 'low', // reviewer: critical; 7b97ccc: low
      'Sijarudia kwa zaidi ya miaka miwili. Nimeshanunua vidonge.': 'low', // reviewer: critical; 7b97ccc: low
      'havent self harmed in a long time but thoughts of suicide every single day': 'low', // reviewer: high; 7b97ccc: low
      'havent self harmed for years but i attempted last month': 'low', // reviewer: critical; 7b97ccc: low
      'i havent cut in years i have a rope in my room': 'high', // reviewer: critical; 7b97ccc: low; the sixth warning reading: high
      'sijafanya hivyo kwa miaka lakini nimeshanunua sumu': 'low', // reviewer: critical; 7b97ccc: low
    });
  });
  it('keeps the level of suicide as the subject of something watched or read', () => {
    expectLevels({
      "watched a film on suicide, that's exactly what i'll do this weekend": 'low', // reviewer: critical; 7b97ccc: low
      "I read a book about suicide and I realised that's what I want.": 'low', // reviewer: high; 7b97ccc: low
      "reading a novel about suicide, it's what I think about every day now": 'low', // reviewer: high; 7b97ccc: low
    });
  });
});
