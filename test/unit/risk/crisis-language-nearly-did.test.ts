import { expectLevels } from '../../setup/risk-levels.js';

// An attempt stopped short (cues-nearly-did.ts; review 106).

describe('crisis language: an attempt stopped short', () => {
  it('reads "i almost killed myself" as active, and "i nearly did it" after the act was named as an attempt', () => {
    expectLevels({
      'i almost killed myself yesterday': 'high',
      'i have wanted to kill myself and yesterday i nearly did it': 'critical',
      'i want to end my life and last night i almost did it': 'critical',
      'nataka kujiua na jana nusura nifanye': 'critical',
      'no suicidal thoughts today but yesterday i almost killed myself': 'critical',
    });
  });

  it('reads it with a time up to three months back and "on purpose" as the same (red team 146)', () => {
    expectLevels({
      'i nearly killed myself last month': 'high',
      'i nearly killed myself two weeks ago': 'high',
      'i almost killed myself yesterday on purpose': 'high',
      'i almost killed myself last month in a car accident': 'low',
    });
  });

  it('leaves a mishap, a joke, studying and someone else as they were', () => {
    expectLevels({
      'i almost killed myself laughing yesterday': 'low',
      'i almost killed myself on the stairs yesterday': 'low',
      'i almost killed myself at the gym': 'low',
      'the exam was so hard i almost killed myself studying': 'low',
      'my friend almost killed himself yesterday': 'low',
    });
  });
});
