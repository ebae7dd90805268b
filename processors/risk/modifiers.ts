import type { BaselineResult, EmotionResult } from '../../lib/results/index.js';
import type { RiskFactor } from './combine.js';

// Emotion, dissonance and baseline deviation as modifiers (DESIGN §10): each is a small factor that raises the
// score, never lowers it. Alone none reaches medium (0.35); together with a passive wish they can lift it to high.

/** At most what a distressed voice, distressed words, dissonance or a deviating voice adds on its own. */
const CAP = { voice: 0.12, text: 0.12, dissonance: 0.15, baseline: 0.12, declining: 0.08 };
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Sadness and fear, the share of the distribution a low mood shows. */
const distress = (c: Record<string, number>) => (c.sad ?? 0) + (c.fear ?? 0);

export function emotionFactors(e: EmotionResult | undefined): RiskFactor[] {
  if (!e) return [];
  const out: RiskFactor[] = [];
  // Above the even share of two of seven categories (2/7) counts; all of it is the cap.
  const over = (share: number) => Math.max(0, (share - 2 / 7) / (1 - 2 / 7));
  if (e.voice && over(distress(e.voice.categories)) > 0)
    out.push({
      layer: 'emotion',
      code: 'distressed_voice',
      weight: round(CAP.voice * over(distress(e.voice.categories))),
    });
  if (e.text && over(distress(e.text.categories)) > 0)
    out.push({
      layer: 'emotion',
      code: 'distressed_words',
      weight: round(CAP.text * over(distress(e.text.categories))),
    });
  if (e.dissonance.score > 0 && e.dissonance.kind === 'reassuring_words_distressed_voice')
    out.push({ layer: 'dissonance', code: e.dissonance.kind, weight: round(CAP.dissonance * e.dissonance.score) });
  return out;
}

export function baselineFactors(b: BaselineResult | undefined): RiskFactor[] {
  if (!b || b.deviation_score === null) return [];
  const out: RiskFactor[] = [];
  // An ordinary session scores about 1–1.5; from 2 on the voice moved, fully counted from 4.
  const moved = Math.min(1, Math.max(0, (b.deviation_score - 2) / 2));
  if (moved > 0) out.push({ layer: 'baseline', code: 'voice_deviation', weight: round(CAP.baseline * moved) });
  if (b.trajectory.direction === 'declining') out.push({ layer: 'baseline', code: 'declining', weight: CAP.declining });
  return out;
}
