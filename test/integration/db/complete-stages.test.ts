import { expect } from 'chai';
import { webhookAfter } from '../../../jobs/enqueue.js';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import type { Completion } from '../../../lib/analyses/complete-stages.js';
import { CompletionBatcher } from '../../../lib/analyses/completion-batcher.js';
import { joinRowFollows, noFollows } from '../../../lib/statements.js';
import { ResultStore } from '../../../lib/results/result-store.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';

describe('completing one stage of several analyses in one statement (complete-stages.ts) on PostgreSQL', () => {
  let t: TestDatabase;
  let store: AnalysisStore;
  let results: ResultStore;
  let userId: string;
  before(async () => {
    t = await createTestDatabase();
    store = new AnalysisStore(t.db);
    results = new ResultStore(t.db);
    [{ id: userId }] = await t.db('users').insert({ email: 'batch@example.org', role: 'user' }).returning('id');
  });
  after(() => t.drop());

  const create = (callbackUrl?: string) =>
    store.createAtOnce(t.db, { userId, language: 'auto', stages: ['emotion', 'risk'], callbackUrl }, noFollows);
  const emotion = (score: number) => ({
    voice: null,
    text: null,
    dissonance: { score, level: 'none', kind: null, evidence: [] },
  });
  const risk = { level: 'low', score: 0.1, tier: 'none', factors: [] };
  const completion = (
    a: { id: string; conversation_id: string },
    stage: 'emotion' | 'risk',
    opts: { generation?: number } = {},
  ): Completion => {
    const keys = { analysis_id: a.id, user_id: userId, conversation_id: a.conversation_id, generation: 0 };
    const value = stage === 'emotion' ? emotion(a.id.charCodeAt(0) / 1000) : risk;
    const upserts = results.upsertsAfter('completed', keys, [results.validate({ name: stage, value } as never)])!;
    const last = stage === 'risk';
    return {
      ref: { id: a.id, stage, generation: opts.generation ?? 0 },
      run: { attempt: 1, startedAt: new Date(), last },
      follows: last ? joinRowFollows(upserts, webhookAfter(t.db, 'completed')) : upserts,
    };
  };

  it('completes each analysis with its own result and refuses a canceled one and one of another generation alone', async () => {
    const [a, b, canceled, stale] = await Promise.all([create(), create(), create(), create()]);
    await t.db('analyses').where({ id: canceled!.id }).update({ status: 'canceled' });
    const settled = await store.completeStages([
      completion(a!, 'emotion'),
      completion(canceled!, 'emotion'),
      completion(b!, 'emotion'),
      completion(stale!, 'emotion', { generation: 1 }),
    ]);
    expect(settled.map((s) => s?.status)).to.deep.equal(['processing', undefined, 'processing', undefined]);
    const rows = await t.db('emotion_scores').whereIn('analysis_id', [a!.id, b!.id, canceled!.id, stale!.id]);
    expect(rows.map((r: { analysis_id: string }) => r.analysis_id).sort()).to.deep.equal([a!.id, b!.id].sort());
    for (const x of [a!, b!]) {
      const row = rows.find((r: { analysis_id: string }) => r.analysis_id === x.id);
      expect(row.dissonance).to.equal(x.id.charCodeAt(0) / 1000);
      const { stages } = await t.db('analyses').where({ id: x.id }).first('stages');
      expect(stages.emotion).to.include({ status: 'completed', attempts: 1 });
      expect(stages.risk).to.include({ status: 'pending' });
    }
  });

  it('completes the analyses of a last stage and announces only those with a callback_url', async () => {
    const [withHook, without] = await Promise.all([create('https://hooks.example.org/a'), create()]);
    await store.completeStages([completion(withHook!, 'emotion'), completion(without!, 'emotion')]);
    const settled = await store.completeStages([completion(withHook!, 'risk'), completion(without!, 'risk')]);
    expect(settled.map((s) => s?.status)).to.deep.equal(['completed', 'completed']);
    const announced = await t.db('outbox').where({ kind: 'webhook' }).select('payload');
    expect(announced.map((r: { payload: { analysis_id: string } }) => r.payload.analysis_id)).to.deep.equal([
      withHook!.id,
    ]);
    const done = await t.db('analyses').whereIn('id', [withHook!.id, without!.id]).select('status', 'completed_at');
    for (const row of done)
      expect(row).to.include({ status: 'completed' }).and.have.property('completed_at').that.is.a('date');
  });

  it('ends failed, announced as failed, an analysis whose earlier stage failed and was passed over', async () => {
    const [passed, clean] = await Promise.all([
      create('https://hooks.example.org/p'),
      create('https://hooks.example.org/c'),
    ]);
    const ref = { id: passed!.id, stage: 'emotion', generation: 0 };
    const error = { code: 'stage_failed', message: 'boom' };
    const run = { attempt: 5, startedAt: new Date(), last: false };
    await t.db.transaction((trx) => store.failStage(trx, ref, run, error, { passedOver: true }));
    await store.completeStages([completion(clean!, 'emotion')]);
    const settled = await store.completeStages([completion(passed!, 'risk'), completion(clean!, 'risk')]);
    expect(settled.map((s) => s?.status)).to.deep.equal(['failed', 'completed']);
    const announced = await t
      .db('outbox')
      .where({ kind: 'webhook' })
      .whereRaw("payload->>'analysis_id' = ANY(?)", [[passed!.id, clean!.id]])
      .select('payload');
    const statuses = Object.fromEntries(
      announced.map((r: { payload: { analysis_id: string; status: string } }) => [
        r.payload.analysis_id,
        r.payload.status,
      ]),
    );
    expect(statuses).to.deep.equal({ [passed!.id]: 'failed', [clean!.id]: 'completed' });
  });

  it('fails as stage_stalled a stage still pending when the last stage completes, and refuses a failed stage', async () => {
    const [stalled, clean] = await Promise.all([create(), create()]);
    await store.completeStages([completion(clean!, 'emotion')]);
    const settled = await store.completeStages([completion(stalled!, 'risk'), completion(clean!, 'risk')]);
    expect(settled.map((s) => s?.status)).to.deep.equal(['failed', 'completed']);
    const row = await t.db('analyses').where({ id: stalled!.id }).first('error', 'stages');
    expect(row.error).to.include({ code: 'stage_stalled', stage: 'emotion' });
    expect(row.stages.emotion).to.include({ status: 'failed' }).and.have.nested.property('error.code', 'stage_stalled');
    expect(row.stages.risk).to.include({ status: 'completed' });
    // The stalled stage's job, run again, finds its stage failed: nothing changes.
    const late = await create();
    await t
      .db('analyses')
      .where({ id: late!.id })
      .update({ stages: t.db.raw(`jsonb_set(stages, '{emotion,status}', '"failed"')`) });
    expect(await store.completeStages([completion(late!, 'emotion')])).to.deep.equal([undefined]);
  });

  it('commits the completions that arrive together through the batcher as one statement', async () => {
    const analyses = await Promise.all(Array.from({ length: 6 }, () => create()));
    let statements = 0;
    const batcher = new CompletionBatcher((items) => {
      statements += 1;
      return store.completeStages(items);
    });
    const settled = await Promise.all(analyses.map((a) => batcher.add(completion(a, 'emotion'))));
    expect(settled.every((s) => s?.status === 'processing')).to.equal(true);
    expect(statements).to.equal(1);
    expect(
      await t
        .db('emotion_scores')
        .whereIn(
          'analysis_id',
          analyses.map((a) => a.id),
        )
        .count(),
    ).to.deep.equal([{ count: '6' }]);
  });

  it('fails only the completion whose result breaks a constraint, committing the others of its batch', async () => {
    const [good, gone] = await Promise.all([create(), create()]);
    const batcher = new CompletionBatcher((items) => store.completeStages(items));
    // A user that does not own the analysis: the result's key to (analysis, person) refuses it.
    const [{ id: stranger }] = await t
      .db('users')
      .insert({ email: 'stranger@example.org', role: 'user' })
      .returning('id');
    const broken = completion(gone!, 'emotion');
    const keys = { analysis_id: gone!.id, user_id: stranger, conversation_id: gone!.conversation_id, generation: 0 };
    broken.follows = results.upsertsAfter('completed', keys, [
      results.validate({ name: 'emotion', value: emotion(0) } as never),
    ])!;
    const [ok, bad] = await Promise.allSettled([batcher.add(completion(good!, 'emotion')), batcher.add(broken)]);
    expect(ok).to.include({ status: 'fulfilled' });
    expect(bad).to.include({ status: 'rejected' });
    expect((bad as PromiseRejectedResult).reason.message).to.match(/foreign key/);
    expect(
      await t.db('emotion_scores').whereIn('analysis_id', [good!.id, gone!.id]).pluck('analysis_id'),
    ).to.deep.equal([good!.id]);
    expect((await t.db('analyses').where({ id: gone!.id }).first('stages')).stages.emotion.status).to.equal('pending');
  });
  it('erases the audio of the analyses whose transcription says so, in the completing statement, and keeps the others', async () => {
    const [erase, keep] = await Promise.all([create(), create()]);
    for (const a of [erase!, keep!]) {
      const [{ id }] = await t
        .db('recordings')
        .insert({ analysis_id: a.id, user_id: userId, container: 'ogg', size_bytes: 3, sha256: 'x'.repeat(64) })
        .returning('id');
      await t
        .db('recording_blobs')
        .insert({ recording_id: id, user_id: userId, seq: 0, ciphertext: Buffer.from('abc') });
    }
    const info = (audio: 'kept' | 'erased') => ({
      duration_s: 1.23456,
      sample_rate_hz: 48_000,
      channels: 1,
      codec: 'opus',
      audio,
    });
    const stage = (a: { id: string; conversation_id: string }, audio: 'kept' | 'erased'): Completion => {
      const keys = { analysis_id: a.id, user_id: userId, conversation_id: a.conversation_id, generation: 0 };
      const writes = [results.validate({ name: 'recording', value: info(audio) } as never)];
      return {
        ref: { id: a.id, stage: 'emotion', generation: 0 },
        run: { attempt: 1, startedAt: new Date(), last: false },
        follows: results.upsertsAfter('completed', keys, writes)!,
      };
    };
    await store.completeStages([stage(erase!, 'erased'), stage(keep!, 'kept')]);
    const recordings = await t.db('recordings').whereIn('analysis_id', [erase!.id, keep!.id]);
    const of = (id: string) => recordings.find((r: { analysis_id: string }) => r.analysis_id === id);
    expect(of(erase!.id)).to.include({ duration_s: 1.235, sample_rate_hz: 48_000, codec: 'opus' });
    expect(of(erase!.id).erased_at).to.be.a('date');
    expect(of(keep!.id).erased_at).to.equal(null);
    const blobs = await t.db('recording_blobs').whereIn('recording_id', [of(erase!.id).id, of(keep!.id).id]);
    expect(blobs.map((b: { recording_id: string }) => b.recording_id)).to.deep.equal([of(keep!.id).id]);
  });
});
