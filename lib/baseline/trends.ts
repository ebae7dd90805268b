import type { Knex } from 'knex';
import { z } from 'zod';
import { featureByKey, measure } from './features.js';
import { DEVIATION_Z, robustZ, spread } from './stats.js';
import { currentBaseline, sessionsSince, type BaselineValue } from './store.js';

// What a person sees of their own voice baseline: GET /v1/me/baseline and /v1/me/trends(.svg).

/** Sessions a trend shows at most (the newest). */
export const TREND_POINTS = 60;

const stat = z.object({
  median: z.number(),
  mad: z.number().describe('Median absolute deviation from the median.'),
  n: z.int().min(0).describe('Sessions that gave this measure.'),
  label: z.string(),
  unit: z.string(),
});

/** GET /v1/me/baseline. */
export const baselineViewSchema = z.object({
  status: z.enum(['collecting', 'established']),
  sessions: z.int().min(0).describe('Counted sessions the baseline holds (the newest, at most `window`).'),
  required: z.int().min(1).describe('Sessions needed before it is established (BASELINE_MIN_SESSIONS).'),
  window: z.int().min(1).describe('Sessions it is computed over at most (BASELINE_WINDOW).'),
  established_at: z.iso.datetime().nullable().describe('When it last became established; null while collecting.'),
  updated_at: z.iso.datetime().nullable().describe('Last recomputed; null before the first session.'),
  features: z.record(z.string(), stat).describe('Per voice measure: median, MAD and n over the window.'),
});
export type BaselineView = z.infer<typeof baselineViewSchema>;

/** GET /v1/me/trends. */
export const trendViewSchema = z.object({
  feature: z.string(),
  label: z.string(),
  unit: z.string(),
  status: z.enum(['collecting', 'established']).describe('Whether this measure has an established baseline.'),
  sessions: z
    .int()
    .min(0)
    .describe('Counted sessions of the baseline that hold this measure (older ones may lack a measure added since).'),
  required: z.int().min(1),
  band: z
    .object({ median: z.number(), low: z.number(), high: z.number() })
    .nullable()
    .describe('The usual range: median ± 2 robust sds of the current baseline; null while collecting.'),
  points: z
    .array(
      z.object({
        analysis_id: z.uuid(),
        recorded_at: z.iso.datetime(),
        value: z.number(),
        z: z.number().nullable().describe('Robust z against the current baseline; null while collecting.'),
        deviating: z.boolean().describe('Outside the usual range (|z| ≥ 2).'),
      }),
    )
    .describe(`Counted sessions, oldest first: the newest ${TREND_POINTS} at most.`),
});
export type TrendView = z.infer<typeof trendViewSchema>;

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export async function baselineView(
  db: Knex,
  userId: string,
  settings: { window: number; required: number },
): Promise<BaselineView> {
  const found = await currentBaseline(db, userId);
  const value: BaselineValue = found?.value ?? {
    status: 'collecting',
    sessions: 0,
    features: {},
    latest_recorded_at: null,
    ...settings,
  };
  const features: BaselineView['features'] = {};
  for (const [key, stat] of Object.entries(value.features)) {
    const f = featureByKey.get(key);
    if (f)
      features[key] = { median: round(stat.median), mad: round(stat.mad), n: stat.n, label: f.label, unit: f.unit };
  }
  return {
    status: value.status,
    sessions: value.sessions,
    required: value.required,
    window: value.window,
    established_at: value.status === 'established' && found ? found.established_at.toISOString() : null,
    updated_at: found ? found.updated_at.toISOString() : null,
    features,
  };
}

export async function trendView(
  db: Knex,
  userId: string,
  /** As GET …/trends takes it: `since` an ISO time. */
  q: { feature: string; since?: string },
  settings: { window: number; required: number },
): Promise<TrendView> {
  const f = featureByKey.get(q.feature)!;
  const [found, sessions] = await Promise.all([
    currentBaseline(db, userId),
    sessionsSince(db, userId, q.since ? new Date(q.since) : undefined, TREND_POINTS),
  ]);
  const stat = found?.value.status === 'established' ? found.value.features[f.key] : undefined;
  const usable = stat && stat.n >= found!.value.required ? stat : undefined;
  const points: TrendView['points'] = [];
  for (const s of sessions) {
    const value = measure(s.acoustics, f.key);
    if (value === null) continue;
    const z = usable ? robustZ(f.key, value, usable) : null;
    points.push({
      analysis_id: s.analysis_id,
      recorded_at: s.recorded_at.toISOString(),
      value: round(value),
      z: z === null ? null : Math.round(z * 100) / 100,
      deviating: z !== null && Math.abs(z) >= DEVIATION_Z,
    });
  }
  const half = usable ? DEVIATION_Z * spread(f.key, usable) : 0;
  return {
    feature: f.key,
    label: f.label,
    unit: f.unit,
    status: usable ? 'established' : 'collecting',
    // This measure's own count once the baseline is established: older sessions may lack it ("2 of 5", not "7 of 5").
    sessions: found?.value.status === 'established' ? (stat?.n ?? 0) : (found?.value.sessions ?? 0),
    required: found?.value.required ?? settings.required,
    band: usable
      ? { median: round(usable.median), low: round(usable.median - half), high: round(usable.median + half) }
      : null,
    points,
  };
}
