import { z } from 'zod';
import { countedBefore, lockBaseline, recomputeBaseline } from '../baseline/store.js';
import { json, upsertKind, type ResultKind } from './kind.js';

// `result.baseline` as DESIGN §9 has it, plus whether the session counted (and why not), when it was recorded,
// and the trajectory; the baseline stage (processors/baseline) computes it.

export const TRAJECTORIES = ['improving', 'stable', 'declining'] as const;

export const baselineSchema = z.object({
  status: z.enum(['collecting', 'established']),
  /** Earlier counted sessions this one was compared with (at most `window`). */
  sessions: z.number().int().min(0),
  required: z.number().int().min(1),
  window: z.number().int().min(1),
  deviation_score: z.number().nullable(),
  deviations: z.array(z.object({ feature: z.string(), z: z.number(), direction: z.string() })),
  /** Whether this session's voice entered the person's baseline; `reason` says why not. */
  counted: z.boolean(),
  reason: z.string().nullable(),
  /** Where the session sits in the person's history (the client's recorded_at, else when it was submitted). */
  recorded_at: z.iso.datetime({ offset: true }),
  trajectory: z.object({
    direction: z.enum(TRAJECTORIES).nullable(),
    /** Mean z of the low-mood markers, signed so that higher is further towards them; null while collecting. */
    concern_index: z.number().nullable(),
    /** Sessions the trend was read over (this one and up to four before it with an index). */
    sessions: z.number().int().min(0),
    /** Fitted change of the concern index over those sessions. */
    change: z.number().nullable(),
  }),
});
export type BaselineResult = z.infer<typeof baselineSchema>;

/** One `session_deviations` row (type `voice`) per analysis holds the whole result and places it in the window. */
const row = upsertKind<BaselineResult>({
  table: 'session_deviations',
  schema: baselineSchema,
  columns: ['current_value'],
  scope: { deviation_type: 'voice' },
  conflict: ['analysis_id', 'deviation_type'],
  toRow: (b, keys) => ({
    session_id: keys.conversation_id,
    baseline_value: json({ status: b.status, sessions: b.sessions, required: b.required, window: b.window }),
    current_value: json(b),
    // The upstream column is NOT NULL: a session not compared with a baseline deviates by nothing.
    deviation_score: b.deviation_score ?? 0,
    recorded_at: b.recorded_at,
    counted: b.counted,
    detected_at: new Date(),
  }),
  fromRow: (r) => baselineSchema.parse(r.current_value),
});

/**
 * Writing a session's result also recomputes the person's `user_baselines` row from the stored features of the
 * window, under that row's lock: concurrent sessions serialise, a re-run counts once, a late one takes its place.
 */
const { upsertAfter: oneStatement, ...rowKind } = row;

export const baselineKind: ResultKind<BaselineResult> = {
  ...rowKind,
  // One statement only for a first run's uncounted session: nothing of the baseline changes, and no earlier run of
  // this analysis can have counted it; anything else takes the lock and recomputes (write below).
  upsertAfter: (keys, value) => (keys.generation === 0 && !value.counted ? oneStatement!(keys, value) : undefined),
  async write(trx, keys, value) {
    // A session that neither counts nor counted before (a text-only check-in) leaves the baseline as it is. The
    // analysis row lock the completing transaction holds keeps its own earlier row from changing meanwhile.
    if (!value.counted && !(await countedBefore(trx, keys.analysis_id))) return rowKind.write(trx, keys, value);
    const before = await lockBaseline(trx, keys.user_id);
    await rowKind.write(trx, keys, value);
    await recomputeBaseline(trx, keys.user_id, before, { window: value.window, required: value.required });
  },
  async erased(trx, userId) {
    await recomputeBaseline(trx, userId, await lockBaseline(trx, userId));
  },
};
