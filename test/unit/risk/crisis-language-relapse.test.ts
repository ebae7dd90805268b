import { expectLevels } from '../../setup/risk-levels.js';

// Cutting said without "myself" (cues-relapse.ts; RULES.md, "Cutting said bare"): raise only, and only where the
// check-in names self-harm itself; the everyday cuts reviews 54 and 57 wrote stay where they were.

describe('crisis language: cutting said bare', () => {
  it('reads a bare cut beside one’s own history of self-harm as recent self-harm', () => {
    expectLevels({
      'i used to cut and today i cut again': 'critical',
      'I used to cut. Last night I cut again.': 'critical',
      'i used to self harm. i cut again last night': 'critical',
      'Nilikuwa najikata zamani. Yesterday I cut again.': 'critical',
      'i stopped cutting for a year but last night i cut again': 'critical',
    });
  });

  it('reads a relapse told with the cut as recent self-harm on its own', () => {
    expectLevels({ 'i relapsed and cut last night': 'critical', 'i relapsed and cut': 'critical' });
  });

  it('leaves a bare cut with no word of self-harm at its older level', () => {
    expectLevels({
      'i cut again': 'low',
      'last night i cut again': 'high', // the sixth warning reading: high
      'mum rang me three times i cut again': 'low',
    });
  });

  it('leaves everyday cuts beside words of self-harm, relapse or someone else’s history low', () => {
    expectLevels({
      'I used to cut hair in Kawangware. Yesterday I cut again for the first time since covid.': 'low',
      'I used to self harm. Yesterday I cut again, my finger, chopping onions.': 'low',
      'my malaria relapsed yesterday i cut again from work early to see the doctor': 'low',
      'my friend used to self harm and last night i cut the ties with her boyfriend i cut again': 'low',
      'i used to self harm, now im clean. today i cut class': 'low',
    });
  });
});
