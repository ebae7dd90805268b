import { expectLevels } from '../../setup/risk-levels.js';

// Sheng "jicut" (cut oneself) reads as Swahili "jikata" (normalise.ts): self-harm told in Sheng is self-harm.

describe('crisis language: Sheng "nimejicut"', () => {
  it('reads cutting oneself told in Sheng as recent self-harm', () => {
    expectLevels({
      'nimejicut tena': 'critical',
      'nilijicut jana': 'critical',
      'nimejicut na blade jana usiku': 'critical',
      'niliji cut jana': 'critical',
      najicut: 'critical',
    });
  });

  it("keeps Swahili's readings of others, denials and kitchen accidents", () => {
    expectLevels({
      'rafiki yangu anajicut': 'low',
      'sijajicut kwa miezi mitatu': 'low',
      'nimejicut kidole nikipika': 'low',
    });
  });
});
