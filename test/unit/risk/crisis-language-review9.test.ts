import { expectLevels } from '../../setup/risk-levels.js';

// Review 9 of ba5f931..e7531ae (long spoken check-ins, probes20): texts the change graded worse than b948b8b did, and
// texts the new rules set out to cover but still graded wrong; every case was graded otherwise on e7531ae. Written by the
// reviewer (none from a blind set); where the fix leaves a case as b948b8b had it, or at medium through the first learned
// reading, the comment says so.

describe('review 9: crises the change grades lower (a)', () => {
  // reading.ts TAKEN_BACK_LATER: "lakini", "ila", "but", "now", "sasa", "leo", "today", "yet", "though", "because" left
  // out, so a denial taken back in the next sentence in just those words now stands (all were read before).
  it('keeps a denial taken back in the next sentence by but / lakini / now / sasa / yet / today', () => {
    expectLevels({
      'Sijawahi kufikiria kujiua. Lakini siku hizi nafikiria sana.': 'high',
      'Sina mpango wa kujiua. Lakini nawaza kila siku.': 'high',
      'Siwazi kujiua. Ila sasa hivi nawaza.': 'high',
      'sijawahi kufikiria kujiua. but sai ndio nafikiria kila time': 'high',
      'Sijawahi kufikiria kujiua…lakini wiki hii nimefikiria mara tatu': 'high',
      'I have no thoughts of suicide. Yet.': 'high',
      // As at b948b8b: a plan named in a denial taken back stays a plan.
      'No plans to kill myself. Yet.': 'critical',
      'No thoughts of ending my life. At least not today.': 'high',
      "I have no thoughts of suicide. Well, I didn't. Now I do, every day.": 'high',
      'I have no intention of killing myself. Though some days I really want to.': 'high',
      'Work has been a lot this month, the new manager is on my case and rent is late again. I have no thoughts of suicide, I told the nurse that too. Now though, they come every evening when I get home. I am scared of myself.':
        'high',
    });
  });

  // reading.ts answeredNo: the answer "no" is taken back only by TAKEN_BACK_LATER or UNTRUE words.
  it('keeps a question answered no and then taken back ("but honestly, yes", "ukweli ni ndiyo", "that was before")', () => {
    expectLevels({
      'The counsellor asked me if I think about ending my life. The answer is no. But honestly, yes.': 'high',
      'Daktari aliniuliza kama nawaza kujiua. Jibu ni hapana. Lakini ukweli ni ndiyo.': 'high',
      'kila mtu ananiuliza kama nataka kujiua. jibu ni hapana. ukweli ni kwamba nataka': 'high',
      'Mama aliniuliza kama nawaza kujiua. Jibu ni hapana, kamwe. Lakini ukweli ni kwamba nawaza kila siku tangu nifukuzwe kazi, na sijui nimwambie nani.':
        'high',
      'my husband asked whether i think of killing myself. no never. i just hide it better now.': 'high',
      'Aliniuliza kama nataka kujiua. Hapana kamwe. Hiyo ilikuwa kabla ya mume wangu kuondoka.': 'high',
      'The nurse asked me if I want to die. The answer was no. That was before my husband left though.': 'medium',
    });
  });

  // reading.ts DENIED_BEFORE "(si|sio) (eti|kwamba) (word)?", "haimaanishi (word)?": the one optional word lets it deny a
  // cue that follows a different denied thing ("it's not that I'm happy — I want to die").
  it('does not read "si eti / sio kwamba / haimaanishi" + another word as denying the cue after it', () => {
    expectLevels({
      'si eti nimefurahi nataka kufa': 'medium',
      'kusmile haimaanishi nimefiti nataka kufa': 'medium',
      'sio kwamba nimepona nataka kujiua tu': 'high',
      'haimaanishi nimepona nataka kujiua bado': 'high',
      'si eti nimechoka nataka kujiua kweli': 'high',
    });
  });

  // patterns.ts NEGATION_FILLER 'wanted', 'wish', 'wished': "not wanted" (unloved) now negates the wish after it, and
  // "never wished … more than now" reads as a denial.
  it('does not let "never wanted" / "not wanted" (unloved) or "never wished … like today" deny a wish', () => {
    expectLevels({
      'i was never wanted wish i was never born': 'medium',
      'my mother told me i was never wanted wish i had never been born': 'medium',
      'i know i am not wanted wish i was dead': 'medium',
      'am not wanted want to die': 'medium',
      'i feel i am not wanted want to kill myself': 'high',
      'i was never wanted better off dead honestly': 'medium',
      'never wished to die like i do today': 'medium',
      'i have never wished to die more than now': 'medium',
    });
  });

  // reading.ts DENIED_WISH_OR reaches the coordinated act whatever follows it.
  it('does not deny self-harm the speaker says goes on ("… any more than i already do")', () => {
    expectLevels({
      'i dont want to die or hurt myself anymore than i already do': 'critical',
    });
  });

  // detect.ts OTHERS_WORDS_BEFORE: "my <noun> … i wrote/posted things like" — the "my" is the speaker's diary, status,
  // notebook, and the writer is "i".
  it('reads what the speaker wrote or posted as the speaker’s own, not someone else’s post', () => {
    expectLevels({
      'in my diary last night i wrote things like i want to die': 'medium',
      'my whatsapp status yesterday i posted saying i want to end my life': 'high',
      'my friends saw what i posted saying i want to die and they called me': 'medium',
      'my mum found my notebook where i wrote things like i want to die and she cried': 'medium',
      'my therapist says i keep writing things like i want to die in my journal': 'medium',
      'my teacher saw my composition where i wrote things like i want to end my life': 'high',
    });
  });

  // patterns.ts PAST_ANCHOR "that was in <year>", "hiyo ilikuwa mwaka <year>", "hiyo ni (story ya) zamani", "that time has
  // passed", "that season is over": anchors for the whole text, so they date an attempt or wish told of in another
  // sentence (the case "my wife left me in 2025. i tried to kill myself" stays critical only without "that was").
  it('does not let "that was in 2022" / "hiyo ni zamani" said of another event date an attempt or wish', () => {
    expectLevels({
      'My wife left me, that was in 2022. I tried to kill myself.': 'critical',
      'Business collapsed and we lost the house, that was in 2023. I tried to kill myself and ended up in hospital.':
        'critical',
      'Nilifukuzwa kazi, hiyo ilikuwa mwaka 2023. Nilijaribu kujiua.': 'critical',
      'Mwaka jana biashara ilifilisika, hiyo ilikuwa mwaka 2025. Nilijaribu kujiua nikapelekwa hospitali. Sasa nimerudi nyumbani lakini bado nina mawazo hayo.':
        'critical',
      'we moved to nairobi that was in 2020 and i tried to kill myself': 'critical',
      'The bank took our land, that season is over. I tried to end my life.': 'critical',
      'I failed my exams, that time has passed. I wanted to kill myself.': 'medium',
      'my husband left us that was in 2023 and i wanted to kill myself i have told nobody about it': 'medium',
      'Baba alifariki, hiyo ilikuwa mwaka 2023. Nilitamani kufa kila siku tangu hapo.': 'medium',
      // "bado nataka" says the wish goes on: current, high (session 36, RULES.md "Still, in a later sentence").
      'Mpenzi aliniacha, hiyo ni story ya zamani. Nilitaka kujiua na bado nataka.': 'high',
    });
  });

  // patterns.ts HISTORY "when … in <year>", "ile time <year>": thoughts that began then and go on are not over.
  it('keeps thoughts that began "when … in 2024" / "ile time 2024" and have not stopped', () => {
    expectLevels({
      'when my business collapsed in 2024 suicidal thoughts started and they have not left me': 'high',
      'ile time 2024 mawazo ya kujiua yalianza na hayajaisha': 'high',
      'when i failed kcse in 2024 i started having thoughts of ending my life and they come every night': 'high',
      'when my baby died in 2025 i became suicidal and nothing has changed': 'high',
      'when i lost my job in 2025 i started wanting to die and it has not stopped': 'medium',
    });
  });

  // patterns.ts HISTORY "when i was in form N", "nilipokuwa kidato|chuo|…": a student still at school, or thoughts and
  // cutting that go on ("bado" is not CONTINUING).
  it('keeps self-harm and thoughts that began in form two or three and go on', () => {
    expectLevels({
      'nilianza kujikata nilipokuwa kidato cha tatu na bado najikata hadi sasa nikiwa kidato cha nne': 'critical',
      'i started cutting myself when i was in form three and i am in form four now': 'critical',
      'nilipokuwa kidato cha pili nilianza kuwaza kujiua na bado nawaza': 'high',
      'tangu nilipokuwa chuo mawazo ya kujiua hayajaniacha': 'high',
      'since when i was in form two suicidal thoughts have never left me': 'high',
      'i have wanted to die since when i was in form two': 'medium',
    });
  });

  // patterns.ts MILDER_NOW and the "(?<!lakini |but )" lookbehind in CONTINUING: "not like before" also says worse.
  it('keeps thoughts said to go on "not like before" when they are not said to be milder', () => {
    expectLevels({
      'years ago i wanted to kill myself and honestly i still do, just not like before anymore': 'medium',
      'back in 2015 i wanted to die and i still do but not like before anymore': 'medium',
      'zamani nilitaka kujiua na bado nataka, si kama zamani hata kidogo sasa ni mbaya zaidi': 'medium',
      'zamani nilitaka kujiua lakini si kama zamani sasa ni mbaya zaidi': 'medium',
      'i used to want to die and i still do but not like then anymore it is way worse now': 'medium',
    });
  });

  // cues-more.ts / cues-speech.ts: "the end(?! of)" and "my last day(?! of|here|on|as|with …)" drop one's own end;
  // cues-speech has no "today"; the Swahili guard has no "duniani"/"dunia" exception as the English has "earth".
  it('keeps one’s own end or last day: "the end of everything", "my last day here on earth", "ya mwisho hapa duniani"', () => {
    expectLevels({
      'today is the end of everything for me': 'critical',
      'today is the end of my life i cant do this anymore': 'critical',
      'today is the end of the road for me': 'critical',
      'tomorrow is my last day here on earth': 'critical',
      'today is my last day here on this earth': 'critical',
      'tomorrow is my last day on this planet': 'critical',
      'today is my last day of living': 'critical',
      'tomorrow is my last day as a living person': 'critical',
      'today is my last day in this cruel world': 'critical',
      'tomorrow is my last day with this pain forever': 'critical',
      'tomorrow is my last day here, i have said goodbye to everyone': 'critical',
      'kesho ni siku yangu ya mwisho hapa duniani': 'critical',
    });
  });

  // patterns.ts BACKSTOP.fearOfDeath window {0,8}: a wish to die "if i could" after seven or eight words of thinking.
  it('does not read "i think <my family> would … if i could die" as fear of dying', () => {
    expectLevels({
      'sometimes i think my parents would stop fighting if i could die': 'medium',
      'i think my children would not suffer if i could die': 'medium',
    });
  });
});

describe('review 9: ordinary check-ins the change grades higher (b)', () => {
  // cues-more.ts SW_WHEN now takes weekdays and "wiki hii", but ORDINARY_ENDS lists few deadlines.
  it('does not read a weekday deadline ("ijumaa ni mwisho wa kulipa karo") as one’s own end', () => {
    expectLevels({
      'ijumaa ni mwisho wa kulipa karo na sina pesa': 'low',
      'wiki hii ni mwisho wa kufanya registration chuoni': 'low',
      'jumatatu ndio mwisho wa kuapply ile job ya county': 'low',
      'jumamosi ni mwisho wa ligi tunacheza fainali': 'low',
      'ijumaa hii ndio mwisho kulipa fees': 'low',
      'jumanne ni mwisho wa kuchukua fomu za helb': 'low',
      'Jumamosi ndio mwisho, harusi itaisha na wageni wataondoka': 'low',
      // The rules no longer read it (was critical); the first learned reading still follows it up.
      'ijumaa hii ni mwisho wa probation yangu kazini naomba nipate confirmation': 'medium',
    });
  });

  // patterns.ts TIMING weekday + upgrade.ts negatedThenTimed: a denial with any weekday plan becomes a plan.
  it('does not make a denial a plan because a Swahili weekday is named for church, work or a wedding', () => {
    expectLevels({
      'Sitaki kujiua. Jumapili hii naenda kanisani kuomba na familia, tumekuwa na wiki ngumu.': 'low',
      'hapana sitaki kujiua jumatatu ijayo nitaanza kazi mpya na nimefurahi sana': 'low',
      'sitaki kujiua kamwe. ijumaa usiku tuna kesha kanisani': 'low',
      'sitaki kujiua bana, jumamosi hii niko na function ya chama': 'low',
      'i dont want to kill myself. jumamosi hii nitaenda kwa harusi ya rafiki': 'low',
      'sina wazo la kujiua. jumatano hii nitaenda hospitali kuona daktari': 'low',
    });
  });

  // upgrade.ts SELF_KILL_NAMED: "i will do it" of a goal in the sentence after a denial.
  it('does not make a plan of "i will do it" said of a goal after a denial', () => {
    expectLevels({
      'I dont want to kill myself. I want to finish my degree and I will do it, even if it takes longer.': 'low',
      'I would never kill myself. I want to see my kids graduate and I am going to do it.': 'low',
      'I would never end my life. My goal is to open a salon and I will do it.': 'low',
      'I dont want to kill myself bana. Nataka kumaliza campus and i will do it.': 'low',
    });
  });

  // reading.ts UNTRUE: any "lie", "lying", "not true", "uongo", "si ukweli" later in the text takes a denial back.
  it('does not take a denial back by "lie down", "lie awake" or someone else’s lies', () => {
    expectLevels({
      'I have no thoughts of ending my life. I lie awake at night worrying about fees.': 'low',
      'I have no thoughts of killing myself. I just need to lie down and rest.': 'low',
      'I have no thoughts of suicide. My brother is lying about me to our parents.': 'low',
      'I have no intention of killing myself. The rumours about me at work are not true and I am fighting them.': 'low',
      'Sijawahi kufikiria kujiua. Habari wanazosema kunihusu si ukweli.': 'low',
      'Sijafikiria kujiua hata kidogo. Ile story ya jirani ni uongo.': 'low',
    });
  });

  // cues-checkins.ts: "sitaki kuendelea na maisha haya tena" said of drinking, hard work, a lifestyle to change.
  it('does not read wanting to change one’s way of life as a wish to be dead', () => {
    expectLevels({
      'nimechoka kulewa kila siku sitaki kuendelea na maisha haya tena nataka kubadilika': 'medium', // the fifth learned reading: medium
      'sitaki kuendelea na maisha haya tena nataka kurudi shule nisome': 'medium', // the fifth learned reading: medium
      'kazi ya mjengo imenichosha sitaki kuendelea na maisha hii tena nitarudi shambani': 'low',
      'ile pombe imeniharibu sitaki kuendelea na maisha yangu tena hivyo': 'low',
      'I dont want to continue with this life anymore, I want to go back to school and get my diploma. My uncle said he will help with fees.':
        'low',
      'mama yangu analalamika kila siku eti sitaki kuendelea na maisha haya tena': 'low',
    });
  });

  // cues-checkins.ts not_here: "(thats|its)" after "i wont be here" is how a day off or a trip is explained.
  it('does not read a day off, a night shift or a trip ("… i wont be here thats my night shift") as a wish', () => {
    expectLevels({
      'tonight i wont be here thats my night shift at the hospital': 'medium', // the fifth learned reading: medium
      'tonight i will not be around its my night out with the girls': 'low',
      'next week i wont be here thats when i go for my sisters ruracio': 'low',
      // Learned reading (medium), no longer a wish the rules raise to high.
      'next week i wont be around thats when i travel to mombasa for the wedding': 'medium',
      'tomorrow i wont be here its my day off so my sister will open the shop': 'medium',
    });
  });

  // cues-checkins.ts attempt: "i went (there|over|home) to end it" is a break-up; "nilienda X kujiua" a seminar.
  it('does not read ending a relationship or a suicide seminar as an aborted attempt', () => {
    expectLevels({
      'He cheated on me again so I went there to end it with him. It was painful but now I feel free and my friends are supporting me.':
        'low',
      'so i went to end it with her face to face because she deserved that': 'low',
      'i went over to end it and we agreed to stay friends': 'low',
      'i went home to end it with my girlfriend because she keeps lying': 'low',
      'jana nilienda semina kuhusu kujiua kanisani ilikuwa nzuri sana': 'low',
      // As at b948b8b (the bare verb is read); no longer an attempt.
      'nilienda kumzuia kujiua kijana wa jirani': 'high',
      'nilienda kufundisha kuhusu kujiua shuleni': 'low',
      'I was about to jump into the pool then I got down the ladder because the water was cold. The kids laughed at me.':
        'low',
    });
  });

  // cues-checkins.ts preparation: unlessNear lists a few chores and ailments; others read as a plan.
  it('does not read medicine, poison for pests or a knife for slaughter as means made ready', () => {
    expectLevels({
      'my knife is here i will use it to slaughter the chicken for christmas': 'low',
      'the poison is ready i am going to use it on the cockroaches tonight': 'medium', // low until the sixth reading (session 44): a standing false alarm
      'the pills are here i will use them after food like the doctor said': 'low',
      'my blade is ready i will use it to shave': 'low',
      'the rope is here i will use it to hang the clothes': 'low',
      'the tablets are here i will use them every morning for my pressure': 'low',
      'my tablets are here i will use them before bed like the doctor said': 'low',
    });
  });

  // detect.ts: "close my eyes" in the cue makes it the speaker's own even inside someone else's reported words.
  it('keeps someone else’s "i want to close my eyes and never open them" theirs', () => {
    expectLevels({
      'my sister called crying saying i just want to close my eyes and never open them again': 'low',
      'my friend always says i want to close my eyes and never open them': 'low',
      'mama yangu anasema i want to close my eyes and never open them': 'low',
      'msee wangu alinitext jana eti i want to close my eyes and never open them nikampigia simu': 'low',
    });
  });
});

describe('review 9: what the new rules set out to cover and still grade wrong (unchanged from b948b8b)', () => {
  // detect.ts OTHERS_WORDS_BEFORE: "(?:he|she|they|…)(?:\p{L}+ ){0,3}?" has no space after he/she/they, so only "my …"
  // subjects ever match; and a cue naming "myself" is the speaker's own before the check is reached.
  it('reads he / she / they posting, and posts naming "myself", as someone else’s', () => {
    expectLevels({
      'she keeps posting things like i want to die': 'low',
      'he posted things like i want to die on facebook': 'low',
      'they keep posting stuff like i want to die in the class group': 'low',
      // As at b948b8b: a cue naming "myself" is read as the speaker's own.
      'my cousin keeps posting things like i want to kill myself': 'high',
    });
  });

  // cues-speech.ts (third probe set's cue) still has no "shuleni", "ofisini", "ya", "kwa" guard.
  it('reads a last day at school, at the office or of work as ordinary', () => {
    expectLevels({
      // The rules no longer read these (were critical); the first learned reading still follows up the last two.
      'kesho ni siku yangu ya mwisho shuleni': 'low', // medium until the sixth reading's doubt (session 44)
      'leo ni siku yangu ya mwisho ya kazi hapa': 'medium',
      'tomorrow is my last day kazini then i start the new job': 'medium',
    });
  });

  // cues-checkins.ts: "i went (\p{L}+ ){0,2}?to kill myself" misses "to the bridge" (three words); means made ready
  // are missed with "take" for "use" and in Swahili.
  it('grades an attempt gone to "at the river" and means made ready with a time as critical', () => {
    expectLevels({
      'i went to the bridge to kill myself but i turned back': 'critical',
      'i went to the river to end my life but a fisherman talked to me': 'critical',
      'the pills are ready i will take them tonight': 'critical',
      // Read since the twenty-ninth session (cues-pills-planned.ts): "all" of the pills named, at night; "i got the pills
      // from the pharmacy i will take them tonight" (a prescription) stays as it was.
      'i have the pills and i am going to take them all tonight': 'critical',
      'i got the pills from the pharmacy i will take them tonight': 'low',
      // As its English form above since session 39 (cues-means-then-time.ts): pills said ready, then tonight.
      'vidonge viko tayari nitavimeza leo usiku': 'critical',
    });
  });
});

describe('review 9: the working tree after e7531ae (uncommitted edit seen 2026-12-02 17:2x, not in e7531ae)', () => {
  // cues-speech.ts, the third probe set's last-day cue: its guard now also takes "kwa|wa|ya|kwenye|katika" with only the
  // English "earth|world" exception, so one's own last day "ya kuishi", "katika dunia hii" falls (critical on e7531ae).
  it('keeps "siku yangu ya mwisho ya kuishi / kwa hii dunia / katika dunia hii" a plan', () => {
    expectLevels({
      'leo ndio siku yangu ya mwisho ya kuishi': 'critical',
      'kesho ni siku yangu ya mwisho ya kuishi bana': 'critical',
      'leo ni siku yangu ya mwisho katika dunia hii': 'critical',
      'kesho ni siku yangu ya mwisho kwenye dunia hii': 'critical',
      'leo ni siku yangu ya mwisho kwa hii dunia': 'critical',
      'leo ni siku yangu ya mwisho ya kuteseka': 'critical',
    });
  });
});
