import { noisyOr } from '../../lib/risk/noisy-or.js';
import { TIERS, type CrisisTier } from './language/detect.js';

// How the layers make one score (issue 11 item 3), monotone by construction: every factor is a probability-like
// weight in [0, 1) joined by noisy-OR, score = 1 − Π(1 − wᵢ), so adding a factor can only raise it; then the
// speaker's tier sets a floor (max), and the tier is the most severe any factor showed, so more evidence never
// lowers the floor either. Emotion, dissonance and baseline deviation enter only as such factors: they raise,
// never lower.

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';
/** The levels in order, least first. */
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high', 'critical'];

export interface RiskFactor {
  /** language, moderation, emotion, dissonance, baseline. */
  layer: string;
  code: string;
  /** In [0, 1): what this factor alone would make the score. */
  weight: number;
  /** The speaker's own tier this factor shows, if any. */
  tier?: CrisisTier;
  span?: string;
}

/** Lower bounds of each level (the score is in [0, 1]). */
export const LEVEL_FROM = { medium: 0.35, high: 0.65, critical: 0.9 } as const;

/** The score a tier guarantees: passive → medium, active → high, plan or behaviour → critical (DESIGN §10). */
export const TIER_FLOOR: Record<CrisisTier, number> = {
  none: 0,
  passive: LEVEL_FROM.medium,
  active: LEVEL_FROM.high,
  plan: LEVEL_FROM.critical,
  behaviour: 0.95,
};

function levelOf(score: number): RiskLevel {
  if (score >= LEVEL_FROM.critical) return 'critical';
  if (score >= LEVEL_FROM.high) return 'high';
  if (score >= LEVEL_FROM.medium) return 'medium';
  return 'low';
}

export function combine(factors: readonly RiskFactor[]): { score: number; level: RiskLevel; tier: CrisisTier } {
  const tier = factors.reduce<CrisisTier>(
    (t, f) => (f.tier && TIERS.indexOf(f.tier) > TIERS.indexOf(t) ? f.tier : t),
    'none',
  );
  const score = Math.max(noisyOr(factors.map((f) => f.weight)), TIER_FLOOR[tier]);
  const rounded = Math.round(score * 1000) / 1000;
  return { score: rounded, level: levelOf(rounded), tier };
}
