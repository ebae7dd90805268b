import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import { currentBaseline, sessionsBefore } from '../../../lib/baseline/store.js';
import type { Acoustics } from '../../../lib/results/acoustics.js';
import type { BaselineResult } from '../../../lib/results/baseline.js';
import { ResultStore } from '../../../lib/results/result-store.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';

const clip = (
  JSON.parse(readFileSync('bench/eval/data/voice/ravdess/features.json', 'utf8')) as {
    clips: Array<{ label: string; peak: Acoustics }>;
  }
).clips.find((c) => c.label === 'neutral')!.peak;
/** A session whose pitch variability is `k` (so the window's median says which sessions it holds). */
const acoustics = (k: number): Acoustics => ({ ...clip, f0_sd_st: k, quality_ok: true, quality_reasons: [] });
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 8));

/** What the baseline stage writes for a counted session (its own figures do not matter here). */
const counted = (recordedAt: Date, window = 20): BaselineResult => ({
  status: 'collecting',
  sessions: 0,
  required: 3,
  window,
  deviation_score: null,
  deviations: [],
  counted: true,
  reason: null,
  recorded_at: recordedAt.toISOString(),
  trajectory: { direction: null, concern_index: null, sessions: 0, change: null },
});

describe('the voice baseline in PostgreSQL', () => {
  let t: TestDatabase;
  let results: ResultStore;
  before(async () => {
    t = await createTestDatabase();
    results = new ResultStore(t.db);
  });
  after(() => t.drop());

  const newUser = async () =>
    (
      (
        await t
          .db('users')
          .insert({ email: `b${Math.random()}@example.org`, role: 'user' })
          .returning('id')
      )[0] as {
        id: string;
      }
    ).id;

  /** An analysis with its stored acoustics, recorded on `recordedAt`. */
  async function session(userId: string, k: number, recordedAt: Date) {
    const { analysis } = await t.db.transaction((trx) =>
      new AnalysisStore(t.db).create(trx, { userId, language: 'auto', stages: [], recordedAt }),
    );
    const keys = { analysis_id: analysis.id, user_id: userId, conversation_id: analysis.conversation_id };
    await t.db.transaction((trx) => results.write(trx, keys, [{ name: 'acoustics', value: acoustics(k) }]));
    return { keys, recordedAt };
  }
  const count = (s: Awaited<ReturnType<typeof session>>, window?: number) =>
    t.db.transaction((trx) => results.write(trx, s.keys, [{ name: 'baseline', value: counted(s.recordedAt, window) }]));
  const baseline = async (userId: string) => (await currentBaseline(t.db, userId))!.value;

  it('serialises two sessions of one person on the baseline row lock, and the later sees the earlier', async () => {
    const user = await newUser();
    const [a, b] = [await session(user, 1, day(1)), await session(user, 2, day(2))];
    const held = await t.db.transaction();
    await results.write(held, a.keys, [{ name: 'baseline', value: counted(a.recordedAt) }]);
    let second = false;
    const waiting = count(b).then(() => (second = true));
    await new Promise((r) => setTimeout(r, 400));
    expect(second, 'the second write waits for the lock').to.equal(false);
    await held.commit();
    await waiting;
    expect(await baseline(user)).to.include({ sessions: 2 });
  });

  it('counts all six sessions that finish at the same moment (no lost update)', async () => {
    const user = await newUser();
    const six = await Promise.all([1, 2, 3, 4, 5, 6].map((k) => session(user, k, day(k))));
    await Promise.all(six.map((s) => count(s)));
    const value = await baseline(user);
    expect(value).to.include({ sessions: 6, status: 'established' });
    expect(value.features.f0_sd_st).to.include({ n: 6, median: 3.5 });
  });

  it('counts a session once however often its result is written again', async () => {
    const user = await newUser();
    const s = await session(user, 1, day(1));
    for (let i = 0; i < 3; i++) await count(s);
    expect((await baseline(user)).sessions).to.equal(1);
    expect(await t.db('session_deviations').where({ analysis_id: s.keys.analysis_id })).to.have.length(1);
  });

  it('places a late upload by recorded_at: the window keeps the newest recordings', async () => {
    const user = await newUser();
    for (const k of [10, 11, 12]) await count(await session(user, k, day(k)), 3);
    await count(await session(user, 99, day(2)), 3);
    const value = await baseline(user);
    expect(value.sessions).to.equal(3);
    expect(value.features.f0_sd_st!.median).to.equal(11);
    expect(value.latest_recorded_at).to.equal(day(12).toISOString());
  });

  it('lists the sessions before an analysis by recorded_at, not by when they arrived', async () => {
    const user = await newUser();
    const first = await session(user, 1, day(1));
    const third = await session(user, 3, day(3));
    const second = await session(user, 2, day(2));
    for (const s of [first, third, second]) await count(s);
    const before = await sessionsBefore(t.db, user, third.keys.analysis_id, 20);
    expect(before.map((s) => s.acoustics.f0_sd_st)).to.deep.equal([2, 1]);
  });

  it('leaves the baseline alone for a session that does not count, and drops one that no longer counts', async () => {
    const user = await newUser();
    const [a, b] = [await session(user, 1, day(1)), await session(user, 2, day(2))];
    const notCounted = { ...counted(b.recordedAt), counted: false, reason: 'no recording: text only' };
    await t.db.transaction((trx) => results.write(trx, b.keys, [{ name: 'baseline', value: notCounted }]));
    expect(await currentBaseline(t.db, user)).to.equal(undefined);
    await count(a);
    await count(b);
    expect((await baseline(user)).sessions).to.equal(2);
    // A re-run that finds the voice unusable now (say, after reprocessing its transcription) takes it out.
    await t.db.transaction((trx) => results.write(trx, b.keys, [{ name: 'baseline', value: notCounted }]));
    expect((await baseline(user)).sessions).to.equal(1);
  });

  it('takes a deleted analysis out of the baseline in the deleting transaction', async () => {
    const user = await newUser();
    const all: Array<Awaited<ReturnType<typeof session>>> = [];
    for (const k of [1, 2, 3]) all.push(await session(user, k, day(k)));
    for (const s of all) await count(s);
    await t.db.transaction((trx) => results.erase(trx, all[2]!.keys.analysis_id, user));
    const value = await baseline(user);
    expect(value).to.include({ sessions: 2, status: 'collecting' });
    expect(value.features.f0_sd_st!.median).to.equal(1.5);
  });
});
