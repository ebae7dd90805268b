import { fileURLToPath } from 'node:url';
import { runNight, DEFAULT_BATCH_SIZE, type NightRun } from '../lib/interfaces/run-night.js';
import { countQueries } from './proc.js';
import { createBenchDatabase, type BenchDatabase } from './system.js';

// Issue 12, part 4: the nightly personalisation over 1,000 and 10,000 synthetic people (goal: linear, batched, no
// N+1). Each size gets its own database, seeded in bulk with SQL. Baseline in the same run on the same data: the same
// job one person per batch (the N+1 shape: a read and a write transaction per person), as a ratio.

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = [1_000, 10_000];
const AS_OF = new Date('2026-12-02T00:00:00Z');
const ZONES = ['Africa/Nairobi', 'Africa/Dar_es_Salaam', 'Africa/Kampala'];

/**
 * `n` people with 6 completed check-ins each over 30 days (emotion, risk and baseline results varied by person);
 * every tenth person's newest check-in is two days old (not active), every tenth other one has only two.
 */
async function seed(db: BenchDatabase['db'], n: number): Promise<void> {
  await db.raw(
    `INSERT INTO users (email, role) SELECT 'p' || g || '@bench.example', 'user' FROM generate_series(1, ?) g`,
    [n],
  );
  await db.raw(`INSERT INTO conversations (user_id, started_at) SELECT id, ?::timestamptz FROM users`, [AS_OF]);
  await db.raw(
    `INSERT INTO analyses (user_id, conversation_id, status, created_at, completed_at)
     SELECT c.user_id, c.id, 'completed', t, t
       FROM (SELECT c.*, row_number() OVER (ORDER BY c.user_id) AS k FROM conversations c) c,
            generate_series(0, CASE WHEN c.k % 10 = 5 THEN 1 ELSE 5 END) AS s,
            LATERAL (SELECT ?::timestamptz - make_interval(hours => 2 + 24 * s + CASE WHEN c.k % 10 = 0 THEN 48 ELSE 0 END)
                       + make_interval(mins => (c.k % 60)::int) AS t) AS at`,
    [AS_OF],
  );
  const labels = `(ARRAY['neutral','happy','sad','fear','angry','neutral','sad'])`;
  await db.raw(
    `INSERT INTO emotion_scores (analysis_id, user_id, voice, text, dissonance, details)
     SELECT a.id, a.user_id,
            jsonb_build_object('label', ${labels}[1 + (abs(hashtext(a.id::text)) % 7)]),
            jsonb_build_object('label', ${labels}[1 + (abs(hashtext(a.user_id::text)) % 7)],
                               'language', (ARRAY['en','sw','mixed'])[1 + (abs(hashtext(a.user_id::text)) % 3)]),
            0.1, jsonb_build_object('dissonance', jsonb_build_object('level', 'none'))
       FROM analyses a`,
  );
  await db.raw(
    `INSERT INTO risk_assessments (analysis_id, user_id, session_id, risk_score, risk_level)
     SELECT a.id, a.user_id, a.conversation_id, 0.2,
            CASE WHEN abs(hashtext(a.id::text)) % 50 = 0 THEN 'high'
                 WHEN abs(hashtext(a.id::text)) % 10 = 0 THEN 'medium' ELSE 'low' END
       FROM analyses a`,
  );
  await db.raw(
    `INSERT INTO session_deviations (analysis_id, user_id, session_id, deviation_type, deviation_score, recorded_at,
                                     counted, current_value)
     SELECT a.id, a.user_id, a.conversation_id, 'voice', 0.5, a.created_at, true,
            jsonb_build_object('trajectory', jsonb_build_object('direction',
              (ARRAY['improving','stable','declining'])[1 + (abs(hashtext(a.id::text)) % 3)]))
       FROM analyses a`,
  );
  await db.raw('ANALYZE');
}

interface Figures {
  msPerPerson: number;
  queriesPerPerson: number;
  written: number;
  active: number;
}

async function measure(bdb: BenchDatabase, run: NightRun): Promise<Figures> {
  const counter = countQueries(bdb.db);
  const q0 = counter.queries;
  const t0 = performance.now();
  const p = await runNight(bdb.db, run);
  const ms = performance.now() - t0;
  return {
    msPerPerson: ms / p.active,
    queriesPerPerson: (counter.queries - q0) / p.active,
    written: p.written,
    active: p.active,
  };
}

export async function benchPersonalise(say: (line: string) => void = console.log): Promise<void> {
  const rows: Array<{ n: number; ours: Figures; naive: Figures }> = [];
  for (const n of SIZES) {
    const bdb = await createBenchDatabase(ADMIN_URL, 'personalise');
    try {
      await seed(bdb.db, n);
      const run = (night: string, batchSize: number): NightRun => ({
        timeZone: ZONES[0]!,
        zones: ZONES,
        night,
        asOf: AS_OF,
        minSessions: 3,
        batchSize,
      });
      // A first night gives everyone a previous row, so both measured nights deactivate one and write one.
      await runNight(bdb.db, run('2026-11-30', DEFAULT_BATCH_SIZE));
      // As autovacuum would have by the next night: planner statistics that know user_interfaces is no longer empty.
      await bdb.db.raw('ANALYZE user_interfaces');
      const ours = await measure(bdb, run('2026-12-01', DEFAULT_BATCH_SIZE));
      const naive = await measure(bdb, run('2026-12-02', 1));
      rows.push({ n, ours, naive });
    } finally {
      await bdb.drop();
    }
  }
  say(
    `\n[personalise] the nightly job over synthetic people (6 check-ins each with emotion, risk and baseline results; ` +
      `a tenth inactive, a tenth with too few); batch ${DEFAULT_BATCH_SIZE} against the same job one person per batch`,
  );
  say('  people  active  written  ours ms/person  queries/person  batch-1 ms/person  queries/person  time ratio');
  for (const { n, ours, naive } of rows) {
    say(
      `  ${String(n).padStart(6)}  ${String(ours.active).padStart(6)}  ${String(ours.written).padStart(7)}  ` +
        `${ours.msPerPerson.toFixed(3).padStart(14)}  ${ours.queriesPerPerson.toFixed(4).padStart(14)}  ` +
        `${naive.msPerPerson.toFixed(3).padStart(17)}  ${naive.queriesPerPerson.toFixed(2).padStart(14)}  ` +
        `${(ours.msPerPerson / naive.msPerPerson).toFixed(3).padStart(10)}`,
    );
  }
  const [small, large] = rows;
  if (small && large) {
    const time = large.ours.msPerPerson / small.ours.msPerPerson;
    const naiveTime = large.naive.msPerPerson / small.naive.msPerPerson;
    const queries = large.ours.queriesPerPerson / small.ours.queriesPerPerson;
    say(
      `  ${large.n} / ${small.n} people: ours ${time.toFixed(2)}× the time per person (batch-1: ${naiveTime.toFixed(2)}×; ` +
        `goal about flat: ${time <= 1.5 ? 'PASS' : 'ABOVE'}), ${queries.toFixed(2)}× the queries per person ` +
        `(goal: towards 5 per batch of ${DEFAULT_BATCH_SIZE} = ${(5 / DEFAULT_BATCH_SIZE).toFixed(3)}; ` +
        `${large.ours.queriesPerPerson <= 2 * (5 / DEFAULT_BATCH_SIZE) + 0.001 ? 'PASS' : 'ABOVE'})`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchPersonalise();
