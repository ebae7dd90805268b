import { expectLevels } from '../../setup/risk-levels.js';

// cues-into-traffic.ts (session 43, red team 190): walking into traffic with the intent said is the act.
describe('crisis language: into traffic on purpose', () => {
  it('reads walking into traffic on purpose, in English and Swahili, as an attempt', () => {
    expectLevels({
      'i walked into traffic on purpose': 'critical',
      'i ran into traffic on purpose yesterday because i wanted it to end': 'critical',
      'Jumatano vijana wa boda walinivuta kutoka barabarani. Nilikuwa nimeingia kwenye magari makusudi.': 'critical',
      'nilijirusha katikati ya magari kwa makusudi jana usiku': 'critical',
    });
  });

  it('leaves a slip, a crossing, a denial, a joke and someone else as they were', () => {
    expectLevels({
      'i stepped into traffic by mistake': 'low',
      'i walked into the road on purpose to stop the matatu': 'low',
      'niliingia barabarani makusudi ili nivuke haraka': 'low',
      'i did not walk into traffic on purpose': 'low',
      'i walked into traffic on purpose last night lol': 'low',
      'my brother walked into traffic on purpose': 'low',
    });
  });
});
