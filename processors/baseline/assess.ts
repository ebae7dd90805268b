import { BASELINE_FEATURES, measure } from '../../lib/baseline/features.js';
import { DEVIATION_Z, robustZ, summarise } from '../../lib/baseline/stats.js';
import type { CountedSession } from '../../lib/baseline/store.js';
import type { Acoustics } from '../../lib/results/acoustics.js';
import type { BaselineResult } from '../../lib/results/baseline.js';
import { trajectory } from './trajectory.js';

// One session against the person's own baseline (DESIGN §9): whether it counts, robust z per feature against the
// sessions before it, the features that deviate, in words, and one overall score.

/** The concern index's bound per marker; also the score's bound when a session has a single feature to compare. */
const Z_CAP = 6;

export interface SessionInput {
  /** Undefined for a text-only check-in. */
  acoustics: Acoustics | undefined;
  /** The person's counted sessions recorded before this one, newest first, at most `window`. */
  earlier: readonly CountedSession[];
  window: number;
  required: number;
  recordedAt: Date;
}

const round = (x: number) => Math.round(x * 100) / 100;
const cap = (z: number) => Math.max(-Z_CAP, Math.min(Z_CAP, z));

/** Why a session's voice does not count, or null when it does. */
function notCountedReason(a: Acoustics | undefined): string | null {
  if (!a) return 'no recording: text only';
  if (!a.quality_ok) return `voice unusable: ${a.quality_reasons.join('; ') || 'quality check failed'}`;
  return null;
}

export function assessSession(input: SessionInput): BaselineResult {
  const { acoustics, earlier, window, required } = input;
  const reason = notCountedReason(acoustics);
  const status = earlier.length >= required ? 'established' : 'collecting';
  const zs = status === 'established' && !reason ? featureZ(acoustics!, earlier, required) : undefined;
  const score = zs && zs.size > 0 ? deviationScore([...zs.values()]) : null;
  const concern = zs ? concernIndex(zs) : null;
  return {
    status,
    sessions: earlier.length,
    required,
    window,
    deviation_score: score === null ? null : round(score),
    deviations: zs ? deviations(zs) : [],
    counted: reason === null,
    reason,
    recorded_at: input.recordedAt.toISOString(),
    trajectory: trajectory(concern, earlier),
  };
}

/** z of each feature that this session has and the baseline holds from at least `required` sessions. */
function featureZ(a: Acoustics, earlier: readonly CountedSession[], required: number): Map<string, number> {
  const stats = summarise(earlier.map((s) => s.acoustics));
  const out = new Map<string, number>();
  for (const f of BASELINE_FEATURES) {
    const x = measure(a, f.key);
    const stat = stats[f.key];
    // A measure added after older sessions were stored has a smaller n: it joins once enough sessions hold it.
    if (x === null || !stat || stat.n < required) continue;
    out.set(f.key, robustZ(f.key, x, stat));
  }
  return out;
}

/**
 * Root mean square of the features' |z|, the largest counted no higher than the second largest: a single measure
 * cannot lift the score on its own (a glitch moves one measure; a change of voice moves several), while deviations
 * that several measures confirm count in full. About 0.9–1.3 for an ordinary session; BASELINE.md says why.
 */
export function deviationScore(zs: readonly number[]): number {
  const a = zs.map(Math.abs).sort((p, q) => q - p);
  a[0] = Math.min(a[0]!, a[1] ?? Z_CAP);
  return Math.sqrt(a.reduce((s, z) => s + z * z, 0) / a.length);
}

function deviations(zs: Map<string, number>): BaselineResult['deviations'] {
  return BASELINE_FEATURES.filter((f) => Math.abs(zs.get(f.key) ?? 0) >= DEVIATION_Z)
    .map((f) => {
      const z = zs.get(f.key)!;
      return { feature: f.key, z: round(z), direction: z > 0 ? f.words[0] : f.words[1] };
    })
    .sort((p, q) => Math.abs(q.z) - Math.abs(p.z));
}

/** Mean z of the low-mood markers (less pitch variability, slower speech, more and longer pauses, flatter loudness),
 * each signed so that higher is further towards them; null when this session has none of them. */
function concernIndex(zs: Map<string, number>): number | null {
  const parts = BASELINE_FEATURES.filter((f) => f.concern !== 0 && zs.has(f.key)).map(
    (f) => f.concern * cap(zs.get(f.key)!),
  );
  return parts.length ? round(parts.reduce((s, x) => s + x, 0) / parts.length) : null;
}
