import { expectLevels } from '../../setup/risk-levels.js';

// cues-into-traffic.ts (session 43, red team 190): walking into traffic with the intent said is the act.
describe('crisis language: into traffic on purpose', () => {
  it('reads walking into traffic on purpose, in English and Swahili, as an attempt', () => {
    expectLevels({
      'i walked into traffic on purpose': 'critical',
      'i ran into traffic on purpose yesterday because i wanted it to end': 'critical',
      'Jumatano vijana wa boda walinivuta kutoka barabarani. Nilikuwa nimeingia kwenye magari makusudi.': 'critical',
      'nilijirusha katikati ya magari kwa makusudi jana usiku': 'critical',
      // The code review's: a reason or what followed after it, the intent said first, "out into".
      'i walked into the traffic on purpose i wanted it all to stop': 'critical',
      'i walked into traffic on purpose and my sister had to get me from the hospital': 'critical',
      'nilijitupa kwenye magari makusudi ili nife': 'critical',
      'i deliberately walked into traffic': 'critical',
      'i walked out into traffic on purpose': 'critical',
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
      // The code review's: denials, another's view or question, a road one drives or waits by.
      'i walked into traffic and it wasnt on purpose': 'low',
      'i walked into traffic i swear it wasnt on purpose': 'low',
      'my mom thinks i walked into traffic on purpose but i tripped': 'low',
      'the doctor asked if i walked into traffic on purpose': 'low',
      'i went onto the highway on purpose to avoid the jam': 'low',
      'nilisimama barabarani makusudi nikisubiri matatu': 'low',
      'i ran onto the road in front of my house on purpose to meet my friend': 'low',
    });
  });
});
