import { expect } from 'chai';
import { contribution } from '../../../../lib/results/risk.js';

// What each layer contributed, as the upstream columns of risk_assessments record it.

describe('a layer’s contribution to the risk score', () => {
  const factors = [
    { layer: 'language', code: 'ideation_passive', weight: 0.35 },
    { layer: 'dissonance', code: 'reassuring_words_distressed_voice', weight: 0.1 },
    { layer: 'baseline', code: 'voice_deviation', weight: 0.12 },
    { layer: 'baseline', code: 'declining', weight: 0.08 },
  ];

  it('is what that layer’s factors alone make the score (noisy-OR)', () => {
    expect(contribution(factors, 'language')).to.equal(0.35);
    expect(contribution(factors, 'dissonance')).to.equal(0.1);
    // 1 − (1 − 0.12)(1 − 0.08) = 0.1904
    expect(contribution(factors, 'baseline')).to.equal(0.19);
  });

  it('is null for a layer that added no factor, not zero', () => {
    expect(contribution(factors, 'moderation')).to.equal(null);
    expect(contribution([], 'language')).to.equal(null);
  });
});
