import { readFileSync } from 'node:fs';
import type { Knex } from 'knex';
import { AnalysisStore } from '../../lib/analyses/analysis-store.js';
import { sessionsBefore } from '../../lib/baseline/store.js';
import type { Acoustics } from '../../lib/results/acoustics.js';
import { ResultStore } from '../../lib/results/result-store.js';
import { assessSession } from '../../processors/baseline/assess.js';

// A person's check-ins as the baseline stage leaves them, without running the pipeline: each session's acoustics are
// stored, then the stage's own assessment of it is committed through the results store, oldest first.

const neutral = (
  JSON.parse(readFileSync('bench/eval/data/voice/ravdess/features.json', 'utf8')) as {
    clips: Array<{ label: string; peak: Acoustics }>;
  }
).clips.find((c) => c.label === 'neutral')!.peak;

/** One real neutral voice with `change` applied (e.g. { f0_sd_st: 1.2 }), judged usable. */
export const voiceWith = (change: Partial<Acoustics> = {}): Acoustics => ({
  ...neutral,
  ...change,
  quality_ok: true,
  quality_reasons: [],
});

export const sessionDay = (d: number) => new Date(Date.UTC(2026, 10, d, 7, 30));

/** Stores and assesses `voices` as the person's sessions on consecutive days from `firstDay`; returns the analysis ids. */
export async function seedSessions(db: Knex, userId: string, voices: Acoustics[], firstDay = 1): Promise<string[]> {
  const results = new ResultStore(db);
  const ids: string[] = [];
  for (const [i, voice] of voices.entries()) {
    const recordedAt = sessionDay(firstDay + i);
    const { analysis } = await db.transaction((trx) =>
      new AnalysisStore(db).create(trx, { userId, language: 'auto', stages: [], recordedAt }),
    );
    const keys = { analysis_id: analysis.id, user_id: userId, conversation_id: analysis.conversation_id };
    await db.transaction((trx) => results.write(trx, keys, [{ name: 'acoustics', value: voice }]));
    const earlier = await sessionsBefore(db, userId, analysis.id, 20);
    const value = assessSession({ acoustics: voice, earlier, window: 20, required: 5, recordedAt });
    await db.transaction((trx) => results.write(trx, keys, [{ name: 'baseline', value }]));
    ids.push(analysis.id);
  }
  return ids;
}
