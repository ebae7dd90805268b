import { expectLevels } from '../../setup/risk-levels.js';

// cues-wish-plain.ts (session 56, red team 257): "it would be easier if i was gone" is a passive wish, after a denial
// of suicide too.

describe('crisis language: easier if i were gone', () => {
  it('reads "it would be easier if i just didnt wake up" as a passive wish after a denial', () => {
    expectLevels({
      'im not suicidal but it would be easier if i just didnt wake up': 'medium',
      'i dont want to die but it would be easier if i was gone': 'medium',
      'sitaki kufa lakini ingekuwa rahisi kama nisingeamka': 'medium',
    });
  });

  it('does not read an easier life when something else happens as a wish to die', () => {
    expectLevels({
      'im not suicidal but it would be easier if i was here with you': 'low',
      'im not suicidal but life would be better when i get a job': 'low',
    });
  });
});
