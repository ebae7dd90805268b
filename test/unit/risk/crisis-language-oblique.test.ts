import { expectLevels } from '../../setup/risk-levels.js';

// Crises told without the plain words and ordinary talk read as crises, from a blind set written for them
// (probes23.jsonl, PROBES.md; scored before it was read), each with the lookalikes that must not move.

describe('crisis language: crises told obliquely (probes23)', () => {
  it('reads hoping not to wake as a wish, not waking late', () => {
    expectLevels({
      'I go to bed every night hoping I just don’t wake up in the morning. Then I do, and I’m disappointed.': 'medium',
      // A time named raises a wish one step (upgrade.ts).
      'praying i dont wake up tomorrow': 'high',
      'hoping i dont wake up late for my shift tomorrow': 'low',
    });
  });

  it('reads thoughts of suicide said to be back or worse as the speaker’s, not others’ or society’s', () => {
    expectLevels({
      'suicidal thoughts are getting worse': 'high',
      'the suicidal thoughts are back': 'high',
      'the thoughts of suicide are getting stronger': 'high',
      'suicidal thoughts zimerudi': 'high',
      'The suicidal thoughts though, those have been back since January.': 'high',
      'his suicidal thoughts are getting worse': 'low',
      'suicidal thoughts are increasing among students': 'low',
      'the suicidal thoughts are not back': 'low',
      'The suicidal thoughts though, those are gone now.': 'low',
    });
  });

  it('reads ways looked up, and thinking how one would do it, as active thoughts; other ways and plans stay quiet', () => {
    expectLevels({
      'i’ve been looking up ways at night on my phone then clearing the history so nobody sees': 'high',
      'I keep thinking about how I could do it. The details just play in my head.': 'high',
      'msee nakaa nikiplan venye ningeifanya inanirudia kila saa': 'high',
      'i keep imagining my funeral and then nawaza tu how id actually do it': 'high',
      'i have been looking up ways to save money for school fees': 'low',
      // The learned layer's medium, as before the rule: the rule adds nothing to it.
      'i keep thinking about how i could do it better next term': 'medium',
    });
  });

  it('reads being held back only by someone as active thoughts, not a purchase held back by money', () => {
    expectLevels({
      'the only thing stopping me right now is my mum i dont want her to be the one who finds me': 'high',
      'Kitu pekee kinachonizuia ni watoto wangu. Kama si wao, ningekuwa nimeshaondoka.': 'high',
      'the only thing stopping me from buying a car is money': 'low',
      'kitu pekee kinachonizuia kuacha kazi ni mshahara': 'low',
    });
  });

  it('reads a last goodbye the other does not know of as a plan', () => {
    expectLevels({
      'When I left I hugged her for a long time. She doesn’t know it was the last time she’ll see me.': 'critical',
      'Nimehug mathe leo kwa muda mrefu, hajui ni mara ya mwisho ananiona.': 'critical',
      'my coach doesnt know this is the last time he will see me play for the club': 'low',
      'shosho hajui ni mara ya mwisho ananiona na uniform ya shule': 'low',
    });
  });

  it('reads Swahili euphemisms, censored and Sheng forms, reasons weighed and a hoped-for end', () => {
    expectLevels({
      'Mawazo ya kujiondoa duniani yananijia mara kwa mara, hata nikiwa kanisani.': 'high',
      'kila nikiwa peke yangu nawaza jinsi ninavyoweza kukatisha maisha yangu': 'high',
      'Honestly I’ve been thinking about s*icide more than usual this week.': 'high',
      'naskia tu kuunalive mimi mwenyewe siwezi tena hii life': 'high',
      'Nimekuwa nikiandika reasons za kuendelea na reasons za kuend my life, na list ya pili ni ndefu zaidi.': 'high',
      'nahisi sitakuwepo kwa muda mrefu na kusema kweli natumaini iwe hivyo': 'medium',
      'yaani kama nduthi ingenigonga leo singejali hata kidogo ingekuwa kama relief tu': 'medium',
      'nimechoka kuwepo tu yaani si kazi si watu ni kuwepo kwenyewe': 'medium',
      'nimechoka kuwepo hapa nairobi nataka kurudi ushago': 'low',
      'nimejiondoa kwenye group ya chama': 'low',
    });
  });
});

describe('crisis language: ordinary talk probes23 found read as a crisis', () => {
  it('keeps a denial when a later sentence only says the speaker will be well, and takes it back when one turns on it', () => {
    expectLevels({
      'Sijawahi kuwaza kujiua, I promise. Niko tu na bad day, kesho nitakuwa sawa.': 'low',
      'Some people think mothers like me want to harm themselves. I have no thoughts of suicide at all. My husband is helping more now.':
        'low',
      'i have no thoughts of suicide. but tonight i will do it.': 'critical',
      'I have no thoughts of suicide. Tonight I’ll end it.': 'critical',
      'No thoughts of ending my life. At least not today.': 'high',
      'Sina mpango wa kujiua. Kesho.': 'critical',
    });
  });

  it('postpones a denied act by a later time, unless that time only brings the speaker’s own news of being well', () => {
    expectLevels({
      'im not going to kill myself today tomorrow i will be fine': 'low',
      'I’m not going to kill myself today, probably next week': 'critical',
      'i am not going to kill myself today i will be alright to do it next week': 'critical',
      'i am not going to kill myself tonight my kids will be okay with my sister from tomorrow': 'critical',
      'i dont want to kill myself, but i wouldnt mind if a matatu hit me tomorrow': 'critical',
    });
  });

  it('reads self-harm not done for years as over where nothing else speaks of harm; since lately or without, no denial', () => {
    expectLevels({
      'I have scars on my arms from when I was a teenager. They’re old. I haven’t hurt myself in years.': 'low',
      'No, I haven’t thought of hurting myself. The doctor asked twice.': 'low',
      'i havent hurt myself in years. i have a rope in my room.': 'critical',
      'i have not self harmed since yesterday': 'critical',
      'it has not been a day without suicidal thoughts for me': 'high',
      'i havent had any suicidal thoughts except last night when i stood by the window': 'high',
      'nilianza kujikata nilipokuwa chuoni na bado najikata': 'critical',
      'i havent been able to stop cutting myself': 'critical',
    });
  });

  it('reads suicide as the subject of something watched or read, unless the speaker goes on of themselves', () => {
    expectLevels({
      'i listened to a podcast about suicide and i think im going to be the next one': 'high',
      'Nimeona documentary kuhusu suicide kwa vijana wa Kenya. Tunahitaji kuongea zaidi kuhusu mental health.': 'low',
      'I watched a documentary about suicide among young people in Kenya. It was eye opening.': 'low',
      'i watched a documentary about suicide and now i want to kill myself': 'high',
    });
  });
});

describe('crisis language: a past dated by a year said alone after the act', () => {
  it('dates "that was 2017" closing the clause, not "it was 2023 when i lost my job"', () => {
    expectLevels({
      'i tried to kill myself. that was 2017': 'low',
      'I attempted suicide. It was 2023 when I lost my job and now this.': 'critical',
      'i overdosed that was 2015 the first time this time it was worse': 'critical',
    });
  });
});
