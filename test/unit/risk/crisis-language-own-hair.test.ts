import { expectLevels } from '../../setup/risk-levels.js';

// own-hair.ts: "nimejikata nywele" is one's own haircut, unless anything else in the check-in tells of harm (session 41,
// red teams 182 and 184, a code review).
describe('crisis language: cutting one’s own hair, nails or beard', () => {
  it('reads cutting one’s own hair, nails or beard said alone as no self-harm', () => {
    expectLevels({
      'nimejikata nywele leo mwenyewe, niko fresh sana': 'low',
      'nimejikata kucha': 'low',
      'najikata nywele kila wiki': 'critical', // "kila wiki" is no word of the haircut list: kept
    });
  });

  it('keeps self-harm told beside it, in any form, on the body or hidden', () => {
    expectLevels({
      'nimejikata nywele... na mapaja pia, nimevaa long trouser wasione. nafanya hivi every day sasa na sijui kuacha':
        'critical',
      'nimejikata nywele na nimejikata mkono pia': 'critical',
      'nimejikata nywele zote na kujiumiza': 'critical',
      'nimejikata ndevu na kujidhuru': 'critical',
      'nimejikata nywele na mwili wote': 'critical',
      'nimejikata kucha na vidole mpaka nikavuja': 'critical',
      nimejikata: 'critical',
      'nimejikata mkono jana usiku': 'critical',
    });
  });
});
