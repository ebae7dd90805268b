import { expect } from 'chai';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import { GenerationStore } from '../../../lib/analyses/generation-store.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';

describe('AnalysisStore (the lifecycle owner) on PostgreSQL', () => {
  let t: TestDatabase;
  let store: AnalysisStore;
  let userId: string;
  before(async () => {
    t = await createTestDatabase();
    store = new AnalysisStore(t.db);
    [{ id: userId }] = await t.db('users').insert({ email: 'store@example.org', role: 'user' }).returning('id');
  });
  after(() => t.drop());

  const create = () =>
    t.db.transaction(async (trx) => {
      const { analysis } = await store.create(trx, { userId, language: 'auto', stages: ['transcription', 'emotion'] });
      return analysis;
    });
  const read = (id: string) => t.db('analyses').where({ id }).first();
  const run = (last: boolean) => ({ attempt: 1, startedAt: new Date(), last });

  it('moves an analysis through its stages to completed, the last stage completing it', async () => {
    const a = await create();
    const ref = (stage: string) => ({ id: a.id, stage, generation: 0 });
    expect((await store.startStage(ref('transcription'), 1))?.status).to.equal('processing');
    expect(await t.db.transaction((trx) => store.completeStage(trx, ref('transcription'), run(false)))).to.include({
      status: 'processing',
    });
    await store.startStage(ref('emotion'), 1);
    await t.db.transaction((trx) => store.completeStage(trx, ref('emotion'), run(true)));
    const row = await read(a.id);
    expect(row.status).to.equal('completed');
    expect(row.completed_at).to.be.instanceOf(Date);
    expect(row.stages.emotion).to.include({ status: 'completed', attempts: 1 });
  });

  it('erases a running analysis for its owner only, after which every transition finds nothing', async () => {
    const a = await create();
    const ref = { id: a.id, stage: 'transcription', generation: 0 };
    await store.startStage(ref, 1);
    const [{ id: other }] = await t.db('users').insert({ email: 'other@example.org', role: 'user' }).returning('id');
    expect(await t.db.transaction((trx) => store.erase(trx, other, a.id))).to.equal(undefined);
    expect(await t.db.transaction((trx) => store.erase(trx, userId, a.id))).to.deep.equal({ generation: 0 });
    expect(await t.db.transaction((trx) => store.completeStage(trx, ref, run(true)))).to.equal(undefined);
    expect(
      await t.db.transaction((trx) => store.failStage(trx, ref, run(false), { code: 'x', message: 'y' })),
    ).to.equal(undefined);
    expect(await store.startStage(ref, 2)).to.equal(undefined);
    expect(await read(a.id)).to.equal(undefined);
  });

  it('fails the analysis on a final stage failure and cancels the stages that will not run', async () => {
    const a = await create();
    const ref = { id: a.id, stage: 'transcription', generation: 0 };
    await store.startStage(ref, 1);
    await t.db.transaction((trx) =>
      store.failStage(trx, ref, run(false), { code: 'invalid_audio', message: 'not audio' }),
    );
    const row = await read(a.id);
    expect(row.status).to.equal('failed');
    expect(row.error).to.deep.equal({ code: 'invalid_audio', message: 'not audio', stage: 'transcription' });
    expect(row.stages.emotion.status).to.equal('canceled');
  });

  it('keeps an analysis processing when a stage is passed over on failure, and its last stage ends it failed', async () => {
    const a = await create();
    const ref = (stage: string) => ({ id: a.id, stage, generation: 0 });
    const error = { code: 'stage_failed', message: 'boom' };
    const settled = await t.db.transaction((trx) =>
      store.failStage(trx, ref('transcription'), run(false), error, { passedOver: true }),
    );
    expect(settled).to.include({ status: 'processing' });
    let row = await read(a.id);
    expect(row).to.include({ status: 'processing', completed_at: null });
    expect(row.error).to.deep.equal({ ...error, stage: 'transcription' });
    expect(row.stages.transcription).to.include({ status: 'failed' });
    expect(row.stages.emotion.status).to.equal('pending');
    expect(await t.db.transaction((trx) => store.completeStage(trx, ref('emotion'), run(true)))).to.include({
      status: 'failed',
    });
    row = await read(a.id);
    expect(row.status).to.equal('failed');
    expect(row.completed_at).to.be.instanceOf(Date);
    expect(row.stages.emotion).to.include({ status: 'completed' });
  });

  it('fails as stage_stalled a stage left pending when the last stage completes (the queue failed it unrecorded)', async () => {
    const a = await create();
    await t.db.transaction((trx) => store.completeStage(trx, { id: a.id, stage: 'emotion', generation: 0 }, run(true)));
    const row = await read(a.id);
    expect(row.status).to.equal('failed');
    expect(row.error).to.include({ code: 'stage_stalled', stage: 'transcription' });
    expect(row.stages.transcription).to.include({ status: 'failed' });
    expect(row.stages.emotion).to.include({ status: 'completed' });
  });

  it('refuses every transition of a stage that already failed in this generation', async () => {
    const a = await create();
    const ref = { id: a.id, stage: 'transcription', generation: 0 };
    const error = { code: 'invalid_audio', message: 'not audio' };
    await t.db.transaction((trx) => store.failStage(trx, ref, run(false), error, { passedOver: true }));
    const stalled = { code: 'stage_stalled', message: 'late' };
    expect(
      await t.db.transaction((trx) => store.failStage(trx, ref, run(false), stalled, { passedOver: true })),
    ).to.equal(undefined);
    expect(await store.startStage(ref, 2)).to.equal(undefined);
    expect(await t.db.transaction((trx) => store.completeStage(trx, ref, run(false)))).to.equal(undefined);
    const row = await read(a.id);
    expect(row.stages.transcription)
      .to.include({ status: 'failed' })
      .and.have.nested.property('error.code', 'invalid_audio');
    expect(row.status).to.equal('processing');
  });

  it('keeps a completed stage completed against a stale attempt of its job, which only a completion may repeat', async () => {
    const a = await create();
    const ref = { id: a.id, stage: 'transcription', generation: 0 };
    await t.db.transaction((trx) => store.completeStage(trx, ref, run(false)));
    // The first attempt of a job that stalled once and was completed by another worker, still running.
    await store.retryStage(ref, run(false), { code: 'stage_timeout', message: 'late' });
    expect(await store.startStage(ref, 2)).to.equal(undefined);
    expect(await store.deferStage(ref, { rateLimited: true })).to.equal(undefined);
    const error = { code: 'stage_failed', message: 'late' };
    expect(await t.db.transaction((trx) => store.failStage(trx, ref, run(false), error))).to.equal(undefined);
    expect(
      await t.db.transaction((trx) => store.failStage(trx, ref, run(false), error, { passedOver: true })),
    ).to.equal(undefined);
    expect(await t.db.transaction((trx) => store.completeStage(trx, ref, run(false)))).to.include({
      status: 'processing',
    });
    await t.db.transaction((trx) => store.completeStage(trx, { ...ref, stage: 'emotion' }, run(true)));
    expect(await read(a.id)).to.include({ status: 'completed', error: null });
  });

  it('fails only earlier stages left pending at the last completion, never one its flow did not hold', async () => {
    const three = await t.db.transaction(
      async (trx) =>
        (await store.create(trx, { userId, language: 'auto', stages: ['transcription', 'emotion', 'reply'] })).analysis,
    );
    await t.db.transaction((trx) =>
      store.completeStage(trx, { id: three.id, stage: 'transcription', generation: 0 }, run(false)),
    );
    // A worker whose pipeline ends at emotion (a deploy under way): reply, after it, was never in its flow.
    await t.db.transaction((trx) =>
      store.completeStage(trx, { id: three.id, stage: 'emotion', generation: 0 }, run(true)),
    );
    const row = await read(three.id);
    expect(row).to.include({ status: 'completed', error: null });
    expect(row.stages.reply.status).to.equal('pending');
    const none = await t.db.transaction(
      async (trx) => (await store.create(trx, { userId, language: 'auto', stages: [] })).analysis,
    );
    await t.db.transaction((trx) => store.completeStage(trx, { id: none.id, stage: 'risk', generation: 0 }, run(true)));
    expect((await read(none.id)).stages).to.have.nested.property('risk.status', 'completed');
  });

  it('ignores the jobs of an older generation once a new one started', async () => {
    const a = await create();
    const old = { id: a.id, stage: 'transcription', generation: 0 };
    await store.startStage(old, 1);
    await t.db.transaction((trx) => store.failStage(trx, old, run(false), { code: 'stage_failed', message: 'boom' }));
    const [started] = await t.db.transaction((trx) =>
      new GenerationStore().startGenerations(trx, [{ id: a.id, stages: ['transcription', 'emotion'] }], ['failed']),
    );
    expect(started).to.include({ id: a.id, generation: 1, from: 'transcription' });
    expect(await store.startStage(old, 2)).to.equal(undefined);
    const row = await store.startStage({ ...old, generation: 1 }, 1);
    expect(row?.status).to.equal('processing');
    expect(row?.error).to.equal(null);
  });

  it('tells a rerun and a resume whether the client sent its own words (blank ones are none)', async () => {
    const make = (clientTranscript?: string) =>
      t.db.transaction(async (trx) => {
        const stages = ['transcription', 'emotion'];
        return (await store.create(trx, { userId, language: 'auto', stages, clientTranscript })).analysis;
      });
    const [words, blank, none] = [await make('nataka kufa'), await make('   '), await make()];
    const ids = [words.id, blank.id, none.id];
    const resumed = await t.db.transaction((trx) =>
      new GenerationStore().lockResumable(
        trx,
        ids.map((id) => ({ id, generation: 0 })),
      ),
    );
    const reruns = ids.map((id) => ({ id, stages: ['transcription', 'emotion'] }));
    const started = await t.db.transaction((trx) => new GenerationStore().startGenerations(trx, reruns, ['queued']));
    for (const rows of [resumed, started]) {
      const byId = Object.fromEntries(rows.map((r) => [r.id, r.client_words]));
      expect(byId).to.deep.equal({ [words.id]: true, [blank.id]: false, [none.id]: false });
    }
  });

  it('records a short first attempt’s start with its end, straight from queued', async () => {
    const a = await create();
    const ref = { id: a.id, stage: 'transcription', generation: 0 };
    expect(await store.readForStage(ref)).to.include({ id: a.id, status: 'queued' });
    const startedAt = new Date(Date.now() - 50);
    await t.db.transaction((trx) => store.completeStage(trx, ref, { attempt: 1, startedAt, last: false }));
    const row = await read(a.id);
    expect(row.status).to.equal('processing');
    expect(row.started_at).to.be.instanceOf(Date);
    expect(row.stages.transcription).to.include({
      status: 'completed',
      attempts: 1,
      started_at: startedAt.toISOString(),
    });
    await t.db.transaction((trx) => store.erase(trx, userId, a.id));
    expect(await store.readForStage({ ...ref, stage: 'emotion' })).to.equal(undefined);
  });

  it('counts 429 deferrals of a stage from the first one, and not a shutdown hand-back', async () => {
    const a = await create();
    const ref = { id: a.id, stage: 'transcription', generation: 0 };
    expect(await store.deferStage(ref)).to.equal(undefined);
    const first = await store.deferStage(ref, { rateLimited: true });
    const second = await store.deferStage(ref, { rateLimited: true });
    expect(first?.count).to.equal(1);
    expect(second?.count).to.equal(2);
    expect(second?.since.getTime()).to.equal(first?.since.getTime());
    expect((await read(a.id)).stages.transcription).to.include({ status: 'pending', deferrals: 2 });
  });

  it('completes an analysis with no stages only while it is queued', async () => {
    const a = await create();
    expect(await t.db.transaction((trx) => store.completeEmpty(trx, a.id))).to.include({ status: 'completed' });
    expect(await t.db.transaction((trx) => store.completeEmpty(trx, a.id))).to.equal(undefined);
  });
});
