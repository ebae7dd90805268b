import { expectLevels } from '../../setup/risk-levels.js';

// tense.ts (session 54): "am / got used to" before an -ing form is a habit now, as before a noun (review 49).

describe('crisis language: used to, before an -ing form', () => {
  it('reads being used to wanting to die as a wish now', () => {
    expectLevels({
      'i am used to wanting to die': 'medium',
      'im used to wanting to die': 'medium',
      'i have gotten used to wanting to die': 'medium',
      'i got used to thinking about killing myself every night': 'high',
      'i got used to the idea of ending my life': 'high',
      'im so used to thinking about killing myself since my dad quit paying my fees': 'high',
      'i am used to wanting to die now im okay with it': 'medium',
      'i am used to cutting myself. my friend quit smoking years ago': 'critical',
      'i am used to wanting to die but my sister helped me carry the shopping': 'medium',
      'i used to wanting to die honestly its like a normal thing for me now every morning': 'medium',
    });
  });

  it('leaves a bare used to, and a habit told as over, as they were', () => {
    expectLevels({
      'i used to wanting to die': 'low',
      'i used to want to die but now i am okay': 'low',
      'i got used to cutting myself in high school but i stopped years ago': 'low',
      'i used to hurting myself but i stopped years ago': 'low',
      'i used to cutting myself every day but i have been clean for two years': 'low',
      'i used to thinking about killing myself every day but therapy helped me a lot': 'low',
    });
  });

  it('leaves a counsellor used to hearing it as not the speaker', () => {
    expectLevels({
      'as a counsellor i am used to hearing people say they want to die': 'low',
    });
  });
});
