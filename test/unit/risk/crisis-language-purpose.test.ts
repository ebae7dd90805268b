import { expectLevels } from '../../setup/risk-levels.js';

// A substance taken with the purpose of dying told (cues-purpose.ts; RULES.md, "Thoughts of suicide said to be strong, a substance taken to die"), with
// the lookalikes review 35 wrote against it.

describe('crisis language: a substance taken to die', () => {
  it('reads it as an attempt in English and Swahili', () => {
    expectLevels({
      'i swallowed pills to die': 'critical',
      'i took pills to kill myself': 'critical',
      'nilimeza vidonge ili nife': 'critical',
      'nimemeza vidonge vyote kujiua': 'critical',
      'last night i swallowed my pills to end it all': 'critical',
    });
  });

  it('leaves medicine for an illness, someone else’s act, a joke and a past now over as they were', () => {
    expectLevels({
      'i took medicine to kill the pain': 'low',
      'nilikunywa dawa ili nisife': 'low',
      'i took my pills dont want to die': 'low',
      'i took my sleeping pills so i can never wake up at 2am again': 'low',
      'my brother swallowed pills to die': 'low',
      'the exam was so hard i took tablets to die kidding just a headache': 'medium',
      'nilimeza vidonge ili nife lakini hiyo ni story ya zamani': 'medium',
      'i took tablets to die, that was in 2016, i am well and studying nursing': 'medium',
    });
  });
});
