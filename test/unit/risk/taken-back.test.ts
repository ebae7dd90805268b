import { expectLevels } from '../../setup/risk-levels.js';

// taken-back.ts: an everyday word after a denial ("but", "tomorrow", "will", "lakini", "kesho") takes it back only
// when what follows is about the act, says nothing else, dates the denial or raises something read alone. Before,
// any of them did, and "I have no thoughts of suicide. Tomorrow I have an exam." was critical (a blind set, probes23).

describe('taken-back: a denial followed by an everyday word', () => {
  it('lets a denial stand when an everyday sentence of its own follows it', () => {
    expectLevels({
      'I have no thoughts of suicide. Tomorrow I have an exam.': 'low',
      "I don't want to kill myself. Tomorrow I have an exam.": 'low',
      'Sina mpango wa kujiua. Kesho naenda kanisani.': 'low',
      'i have no plan to kill myself but i will see the doctor tomorrow': 'low',
      'I have no thoughts of suicide but I am tired': 'low',
      'Sina mawazo ya kujiua lakini kazi imenichosha sana.': 'low',
      'i have no thoughts of suicide only stress about money': 'low',
      "I'm not going to kill myself. I'm going to the clinic on Monday for my results.": 'low',
    });
  });

  it('keeps the alarm when what follows speaks of no everyday thing, however plain its words', () => {
    expectLevels({
      "I have no plans to kill myself. Tomorrow I'm checking out.": 'critical',
      'sina mpango wa kujiua lakini kesho nitakuwa huru': 'critical',
      'I have no thoughts of suicide. Tomorrow the pain stops.': 'critical',
    });
  });

  it('takes a denial back when what follows points back at the thoughts or the act', () => {
    expectLevels({
      'I have no thoughts of suicide but they come back at night': 'high',
      'Sina mawazo ya kujiua lakini yananijia kila siku.': 'high',
      "I have no thoughts of suicide. But I can't promise.": 'high',
      'Sina nia ya kujiua. Kesho nitaenda mtoni nimalize kila kitu.': 'critical',
      'No thoughts of killing myself. All good now, see you on the other side.': 'high',
    });
  });

  it('takes a denial back when what follows is only a time ("Kesho.", "Tomorrow, we\'ll see.")', () => {
    expectLevels({
      'Sina mpango wa kujiua. Kesho.': 'critical',
      'Sina mpango wa kujiua. Kesho saa kumi.': 'critical',
      "I have no thoughts of suicide. Tomorrow, we'll see.": 'critical',
    });
  });

  it('takes a denial back when what follows raises something read alone (a means bought)', () => {
    expectLevels({ 'Sina nia ya kujiua. Kesho nitakuwa freshi, nimeshanunua kamba.': 'critical' });
  });

  it('keeps a denial dated right after the act and postponed a plan', () => {
    expectLevels({
      // Review 14: a day right after the denied act puts it off; without punctuation it cannot be told from two sentences.
      'sitaki kujiua kesho nina mtihani': 'critical',
      'i am not going to kill myself tomorrow i have a job interview': 'critical',
      "I won't kill myself tomorrow, I have a shift at the hospital.": 'critical',
      "I'm not going to kill myself today, probably next week": 'critical',
      'sitaki kujiua kwa sasa, labda wiki ijayo': 'critical',
      // Review 13: a later time with no everyday word, and a denial dated "at least for now".
      "I'm not going to kill myself this week. Next week maybe.": 'critical',
      'sitaki kujiua wiki hii wiki ijayo labda': 'critical',
      "I'm not going to commit suicide on my birthday. After my birthday.": 'critical',
      'I have no thoughts of suicide, at least for now.': 'high',
    });
  });
});
