import { expectLevels } from '../../setup/risk-levels.js';

// tense.ts (session 54): "used to" before an -ing form is "I'm used to", a habit now, as before a noun (review 49).

describe('crisis language: used to, before an -ing form', () => {
  it('reads being used to wanting to die as a wish now', () => {
    expectLevels({
      'i am used to wanting to die': 'medium',
      'im used to wanting to die': 'medium',
      'i have gotten used to wanting to die': 'medium',
    });
  });

  it('follows up a bare used to wanting to die, and leaves it over when wellbeing is told now', () => {
    expectLevels({
      'i used to wanting to die': 'medium',
      'i used to wanting to die but now i am okay': 'low',
      'i used to want to die but now i am okay': 'low',
    });
  });

  it('leaves a counsellor used to hearing it as not the speaker', () => {
    expectLevels({
      'as a counsellor i am used to hearing people say they want to die': 'low',
    });
  });
});
