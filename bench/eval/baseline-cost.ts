import { fileURLToPath } from 'node:url';
import { AnalysisStore } from '../../lib/analyses/analysis-store.js';
import { sessionsBefore } from '../../lib/baseline/store.js';
import type { Acoustics } from '../../lib/results/acoustics.js';
import { ResultStore } from '../../lib/results/result-store.js';
import { assessSession } from '../../processors/baseline/assess.js';
import { countQueries } from '../proc.js';
import { createBenchDatabase } from '../system.js';
import { loadClips, samplesOf } from './voice-features.js';

// Issue 10: the baseline stage's cost per analysis with a full window (goal: a fixed number of queries, ≤ 10 ms
// CPU in the worker). Each analysis does what the stage does: read its acoustics and the person's history, assess,
// and commit the result, which recomputes the person's baseline under its lock. Baseline in the same run: as many
// trivial statements (SELECT 1), so the ratio is our work beyond the round trips themselves.

const GOAL_MS = 10;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROUNDS = 200;

export async function benchBaselineCost(say: (line: string) => void = console.log): Promise<void> {
  const bdb = await createBenchDatabase(ADMIN_URL, 'baseline');
  try {
    const counter = countQueries(bdb.db);
    const voices = samplesOf(await loadClips())
      .filter((s) => s.speaker === 'ravdess_01')
      .map((s) => ({ ...s.a, quality_ok: true, quality_reasons: [] }) as Acoustics);
    const results = new ResultStore(bdb.db);
    const [{ id: userId }] = await bdb.db('users').insert({ email: 'bench@example.org', role: 'user' }).returning('id');
    const analyses = new AnalysisStore(bdb.db);

    /** One analysis of the person, its acoustics stored as the transcription stage leaves them. */
    const session = async (k: number) => {
      const recordedAt = new Date(Date.UTC(2026, 0, 1) + k * 86_400_000);
      const { analysis } = await bdb.db.transaction((trx) =>
        analyses.create(trx, { userId, language: 'auto', stages: [], recordedAt }),
      );
      const keys = { analysis_id: analysis.id, user_id: userId as string, conversation_id: analysis.conversation_id };
      await bdb.db.transaction((trx) =>
        results.write(trx, keys, [{ name: 'acoustics', value: voices[k % voices.length]! }]),
      );
      return { keys, recordedAt };
    };
    /** The stage's own work for one analysis: what it reads, its assessment and its committed write. */
    const stageWork = async (s: Awaited<ReturnType<typeof session>>, window: number) => {
      const [acoustics, earlier] = await Promise.all([
        results.read(s.keys.analysis_id, 'acoustics'),
        sessionsBefore(bdb.db, userId, s.keys.analysis_id, window),
      ]);
      const value = assessSession({ acoustics, earlier, window, required: 5, recordedAt: s.recordedAt });
      await bdb.db.transaction((trx) => results.write(trx, s.keys, [{ name: 'baseline', value }]));
      return value;
    };

    const history = [];
    for (let k = 0; k < 25; k++) history.push(await session(k));
    for (const s of history.slice(0, 24)) await stageWork(s, 20);
    const last = history[24]!;
    const measure = async (fn: () => Promise<unknown>) => {
      for (let i = 0; i < 20; i++) await fn(); // warm the JIT and the pool
      const q0 = counter.queries;
      const c0 = process.cpuUsage();
      for (let i = 0; i < ROUNDS; i++) await fn();
      const c = process.cpuUsage(c0);
      return { cpuMs: (c.user + c.system) / 1000 / ROUNDS, queries: (counter.queries - q0) / ROUNDS };
    };
    const full = await measure(() => stageWork(last, 20));
    const small = await measure(() => stageWork(last, 5));
    const trivial = await measure(async () => {
      for (let i = 0; i < full.queries; i++) await bdb.db.raw('SELECT 1');
    });
    const result = await stageWork(last, 20);
    say(
      `\n[baseline cost] one person with ${history.length} sessions, window 20 (RAVDESS dev features), ${ROUNDS} rounds`,
    );
    say(
      `  queries per analysis: ${full.queries} with a window of 20, ${small.queries} with a window of 5 ` +
        `(fixed: ${full.queries === small.queries ? 'PASS' : 'NO'}); result sessions ${result.sessions}`,
    );
    say(
      `  worker CPU ${full.cpuMs.toFixed(2)} ms per analysis (goal ≤ ${GOAL_MS} ms: ${full.cpuMs <= GOAL_MS ? 'PASS' : 'ABOVE'}); ` +
        `baseline (${full.queries} × SELECT 1) ${trivial.cpuMs.toFixed(2)} ms; ratio ${(full.cpuMs / trivial.cpuMs).toFixed(2)}`,
    );
  } finally {
    await bdb.drop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchBaselineCost();
