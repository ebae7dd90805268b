import type { RiskResult } from '../../lib/results/index.js';

// A risk result at a level and tier, with a score inside the level and no factors: for tests of what a result opens.

export const riskResult = (level: RiskResult['level'], tier: RiskResult['tier']): RiskResult => ({
  level,
  score: { low: 0.1, medium: 0.4, high: 0.7, critical: 0.95 }[level],
  tier,
  reason: null,
  factors: [],
});
