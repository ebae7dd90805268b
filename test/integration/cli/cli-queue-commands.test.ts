import { UnrecoverableError } from 'bullmq';
import { expect } from 'chai';
import { stageJobId } from '../../../jobs/catalogue.js';
import { STAGE_QUEUES } from '../../../jobs/queues.js';
import { recover } from '../../../cli/commands/recover.command.js';
import { reprocess, reprocessOptions } from '../../../cli/commands/reprocess.command.js';
import { retryFailed } from '../../../cli/commands/retry-failed.command.js';
import { formatStats, stats } from '../../../cli/commands/stats.command.js';
import { startWorker } from '../../../processors/worker.js';
import { BACKENDS } from '../../setup/engine.js';
import { allTestStages } from '../../setup/test-stages.js';
import { waitUntil } from '../../setup/wait.js';
import { queueFixture, resultCounts, submitAnalyses, type QueueFixture } from './queue-fixture.js';

const opts = (o: Record<string, unknown>) => reprocessOptions.parse(o);

const waitFor = (check: () => Promise<boolean>, timeoutMs = 10_000) => waitUntil(check, { timeoutMs });

for (const kind of BACKENDS) {
  describe(`resona queue commands on the ${kind} queue backend`, function () {
    this.timeout(60_000);
    let f: QueueFixture;
    before(async () => {
      f = await queueFixture(kind);
    });
    after(() => f.stop());

    describe('reprocess', () => {
      let ids: string[];
      let userId: string;
      before(async () => {
        ({ ids, userId } = await submitAnalyses(f, 3));
        await f.runUntilEnded(ids);
      });

      it('--dry-run counts what it would enqueue and changes nothing', async () => {
        const before = await f.counts('emotion');
        const r = await reprocess(f.ctx, opts({ stage: 'emotion', dryRun: true }));
        expect(r).to.deep.include({ matched: 3, enqueued: 0, skipped: 0, would_enqueue: 3 });
        expect(await f.counts('emotion')).to.deep.equal(before);
        const gens = await f.t.db('analyses').whereIn('id', ids).pluck('reprocess_generation');
        expect(gens).to.deep.equal([0, 0, 0]);
      });

      it('matches only the analyses of the given user, status and creation window', async () => {
        const none = '00000000-0000-4000-8000-000000000000';
        expect(await reprocess(f.ctx, opts({ stage: 'all', user: none, dryRun: true }))).to.include({ matched: 0 });
        expect(await reprocess(f.ctx, opts({ stage: 'all', user: userId, dryRun: true }))).to.include({ matched: 3 });
        expect(await reprocess(f.ctx, opts({ stage: 'all', status: 'failed', dryRun: true }))).to.include({
          matched: 0,
        });
        const future = opts({ stage: 'all', since: '2999-01-01', dryRun: true });
        expect(await reprocess(f.ctx, future)).to.include({ matched: 0 });
        const past = opts({ stage: 'all', until: '2000-01-01T00:00:00Z', dryRun: true });
        expect(await reprocess(f.ctx, past)).to.include({ matched: 0 });
      });

      it('enqueues one flow from the stage to the end per analysis; a second run while pending adds nothing', async () => {
        const first = await reprocess(f.ctx, opts({ stage: 'emotion' }));
        expect(first).to.deep.equal({ matched: 3, enqueued: 3, skipped: 0 });
        const second = await reprocess(f.ctx, opts({ stage: 'emotion', json: true }));
        expect(second).to.deep.equal({ matched: 3, enqueued: 0, skipped: 3 });
        expect(await f.counts('emotion')).to.include({ waiting: 3 });
        expect(await f.counts('baseline')).to.include({ 'waiting-children': 3 });
        expect(await f.counts('risk')).to.include({ 'waiting-children': 3 });
        expect(await f.counts('transcription')).to.include({ waiting: 0, 'waiting-children': 0 });
        const job = await f.ctx.backend.queue('emotion').getJob(stageJobId(ids[0]!, 'emotion', 1));
        expect(job?.id).to.equal(`${ids[0]}-r1-emotion`);
        expect((await stats(f.ctx)).queues.emotion.waiting).to.equal(3);
      });

      it('reruns the stage and the stages after it once, leaving exactly one result per stage', async () => {
        const before = await f.t.db('analyses').where({ id: ids[0] }).first('stages');
        await f.runUntilEnded(ids);
        for (const id of ids) {
          const row = await f.t.db('analyses').where({ id }).first('status', 'stages', 'reprocess_generation');
          expect(row).to.include({ status: 'completed', reprocess_generation: 1 });
          for (const stage of ['emotion', 'baseline', 'risk']) {
            expect(row.stages[stage], stage).to.include({ status: 'completed', attempts: 1 });
          }
          expect(await resultCounts(f.t, id)).to.deep.equal({
            transcriptions: 1,
            emotion_scores: 1,
            session_deviations: 1,
            risk_assessments: 1,
          });
        }
        const after = await f.t.db('analyses').where({ id: ids[0] }).first('stages');
        // Transcription did not run again.
        expect(after.stages.transcription).to.deep.equal(before.stages.transcription);
        expect(after.stages.risk.completed_at).to.not.equal(before.stages.risk.completed_at);
      });

      it('--stage all reruns the whole pipeline under the next generation', async () => {
        expect(await reprocess(f.ctx, opts({ stage: 'all', user: userId }))).to.include({ enqueued: 3 });
        expect(await f.counts('transcription')).to.include({ waiting: 3 });
        await f.runUntilEnded(ids);
        const gens = await f.t.db('analyses').whereIn('id', ids).pluck('reprocess_generation');
        expect(gens).to.deep.equal([2, 2, 2]);
        for (const id of ids) expect(Object.values(await resultCounts(f.t, id))).to.deep.equal([1, 1, 1, 1]);
      });
    });

    describe('reprocess of a failed analysis', () => {
      it('starts at the stage that never completed when it comes before the requested one', async () => {
        const { ids, userId } = await submitAnalyses(f, 1, 'this is poison');
        const [id] = ids as [string];
        await f.runUntilEnded(ids, allTestStages({ emotion: { rejectWord: 'poison' } }));
        const r = await reprocess(f.ctx, opts({ stage: 'risk', user: userId, status: 'failed' }));
        expect(r).to.deep.equal({ matched: 1, enqueued: 1, skipped: 0 });
        expect(await f.ctx.backend.queue('emotion').getJobState(stageJobId(id, 'emotion', 1))).to.equal('waiting');
        expect(await f.ctx.backend.queue('transcription').getJobState(stageJobId(id, 'transcription', 1))).to.equal(
          'unknown',
        );
        await f.runUntilEnded(ids);
        expect(await f.t.db('analyses').where({ id }).first('status')).to.deep.equal({ status: 'completed' });
      });
    });

    describe('recover', () => {
      it('re-enqueues an analysis whose jobs were removed from the queue backend, and it then completes', async () => {
        const { ids } = await submitAnalyses(f, 1);
        const [id] = ids as [string];
        expect(await f.ctx.backend.queue('risk').getJobState(stageJobId(id, 'risk'))).to.equal('waiting-children');
        for (const q of STAGE_QUEUES) await f.ctx.backend.queue(q).obliterate({ force: true });
        expect(await f.ctx.backend.queue('risk').getJobState(stageJobId(id, 'risk'))).to.equal('unknown');

        expect(await recover(f.ctx)).to.deep.equal({ checked: 1, recovered: 1, failed: 0 });
        expect(await f.ctx.backend.queue('transcription').getJobState(stageJobId(id, 'transcription'))).to.equal(
          'waiting',
        );
        // Its jobs exist again: nothing more to recover.
        expect(await recover(f.ctx)).to.deep.equal({ checked: 1, recovered: 0, failed: 0 });
        await f.runUntilEnded(ids);
        expect(await f.t.db('analyses').where({ id }).first('status')).to.deep.equal({ status: 'completed' });
        expect(Object.values(await resultCounts(f.t, id))).to.deep.equal([1, 1, 1, 1]);
      });
    });

    describe('retry-failed', () => {
      it('reruns a failed analysis from its failed stage, clears the failed jobs, and it then completes', async () => {
        const { ids } = await submitAnalyses(f, 1, 'this is poison');
        const [id] = ids as [string];
        await f.runUntilEnded(ids, allTestStages({ emotion: { rejectWord: 'poison' } }));
        expect(await f.t.db('analyses').where({ id }).first('status')).to.deep.equal({ status: 'failed' });
        expect(await f.counts('emotion')).to.include({ failed: 1 });

        expect(await retryFailed(f.ctx)).to.deep.equal({ retried: 1, by_queue: { emotion: 1 } });
        expect(await f.counts('emotion')).to.include({ failed: 0, waiting: 1 });
        expect(await f.counts('risk')).to.include({ failed: 0, 'waiting-children': 1 });
        // The rerun is pending: nothing is failed any more.
        expect(await retryFailed(f.ctx)).to.deep.equal({ retried: 0, by_queue: {} });

        await f.runUntilEnded(ids);
        const row = await f.t.db('analyses').where({ id }).first('status', 'stages', 'error');
        expect(row).to.include({ status: 'completed', error: null });
        expect(row.stages.emotion).to.include({ status: 'completed', attempts: 1 });
        expect(Object.values(await resultCounts(f.t, id))).to.deep.equal([1, 1, 1, 1]);
      });

      it('leaves an analysis running past a passed-over emotion failure alone, and reruns it once it ended', async () => {
        const { ids } = await submitAnalyses(f, 1, 'poison passed over');
        const [id] = ids as [string];
        // No risk worker yet: emotion fails and is passed over, baseline completes, risk waits.
        const early = allTestStages({ emotion: { rejectWord: 'poison' } }).filter((s) => s.name !== 'risk');
        const stop = await startWorker(f.runtime, { pipeline: early.map((s) => s.name), processors: early });
        try {
          await waitFor(async () => {
            const { stages } = await f.t.db('analyses').where({ id }).first('stages');
            return stages.emotion.status === 'failed' && stages.baseline.status === 'completed';
          });
        } finally {
          await stop();
        }
        expect(await retryFailed(f.ctx)).to.deep.equal({ retried: 0, by_queue: {} });
        expect(await f.ctx.backend.queue('risk').getJobState(stageJobId(id, 'risk'))).to.equal('waiting');
        await f.runUntilEnded(ids, allTestStages({ emotion: { rejectWord: 'poison' } }));
        expect(await f.t.db('analyses').where({ id }).first('status', 'reprocess_generation')).to.deep.equal({
          status: 'failed',
          reprocess_generation: 0,
        });
        expect(await retryFailed(f.ctx)).to.deep.equal({ retried: 1, by_queue: { emotion: 1 } });
        await f.runUntilEnded(ids);
        expect(await f.t.db('analyses').where({ id }).first('status')).to.deep.equal({ status: 'completed' });
      });

      it('leaves alone an analysis whose passed-over emotion job the queue failed unrecorded while later stages wait', async () => {
        const { ids } = await submitAnalyses(f, 1, 'stalled emotion');
        const [id] = ids as [string];
        // The queue fails emotion without our wrapper (as its stall limit does); baseline is released, unrun.
        const raw = f.ctx.backend.worker(
          'emotion',
          async () => {
            throw new UnrecoverableError('job stalled more than allowable limit');
          },
          { concurrency: 1 },
        );
        const first = allTestStages().filter((s) => s.name === 'transcription');
        const stop = await startWorker(f.runtime, { pipeline: ['transcription'], processors: first });
        try {
          await waitFor(
            async () => (await f.ctx.backend.queue('baseline').getJobState(stageJobId(id, 'baseline'))) === 'waiting',
          );
        } finally {
          await stop();
          await raw.close();
        }
        expect((await f.t.db('analyses').where({ id }).first('stages')).stages.emotion.status).to.equal('pending');
        expect(await retryFailed(f.ctx)).to.deep.equal({ retried: 0, by_queue: {} });
        expect(await f.ctx.backend.queue('baseline').getJobState(stageJobId(id, 'baseline'))).to.equal('waiting');
        // Its last stage fails the stage the queue failed; then retry-failed reruns it from there.
        await f.runUntilEnded(ids);
        const ended = await f.t.db('analyses').where({ id }).first('status', 'error');
        expect(ended.status).to.equal('failed');
        expect(ended.error).to.include({ code: 'stage_stalled', stage: 'emotion' });
        expect(await retryFailed(f.ctx)).to.deep.equal({ retried: 1, by_queue: { emotion: 1 } });
        await f.runUntilEnded(ids);
        expect(await f.t.db('analyses').where({ id }).first('status')).to.deep.equal({ status: 'completed' });
      });

      it('with --queue retries only that queue', async () => {
        const { ids } = await submitAnalyses(f, 1, 'poison again');
        await f.runUntilEnded(ids, allTestStages({ emotion: { rejectWord: 'poison' } }));
        expect(await retryFailed(f.ctx, 'transcription')).to.deep.equal({ retried: 0, by_queue: {} });
        expect(await retryFailed(f.ctx, 'webhooks')).to.deep.equal({ retried: 0, by_queue: {} });
        expect(await f.counts('emotion')).to.include({ failed: 1 });
        expect(await retryFailed(f.ctx, 'emotion')).to.deep.equal({ retried: 1, by_queue: { emotion: 1 } });
        await f.runUntilEnded(ids);
      });

      it('moves a failed webhook job back to waiting with a fresh set of attempts', async () => {
        const webhooks = f.ctx.backend.queue('webhooks');
        await webhooks.add('deliver', { analysis_id: crypto.randomUUID(), status: 'completed' }, { attempts: 1 });
        // A receiver that is down: the job fails for good after its one attempt.
        const worker = f.ctx.backend.worker(
          'webhooks',
          async () => {
            throw new Error('receiver down');
          },
          { concurrency: 1 },
        );
        await waitFor(async () => (await f.counts('webhooks')).failed === 1);
        await worker.close();
        expect(await retryFailed(f.ctx)).to.deep.equal({ retried: 1, by_queue: { webhooks: 1 } });
        const [job] = await webhooks.getJobs(['waiting']);
        expect(job?.attemptsMade).to.equal(0);
        expect(await f.counts('webhooks')).to.include({ failed: 0, waiting: 1 });
      });
    });

    describe('stats', () => {
      it('prints a row per queue with a column per job state', async () => {
        const table = formatStats(await stats(f.ctx)).split('\n');
        expect(table[0]).to.match(/^queue\s+waiting\s+active\s+delayed\s+completed\s+failed\s+waiting-children$/);
        for (const q of [...STAGE_QUEUES, 'webhooks', 'personalise'])
          expect(table.some((l) => l.startsWith(`${q} `))).to.equal(true);
        expect(table).to.include('outbox: 0 unpublished, 0 dead-lettered');
      });

      it('counts dead-lettered outbox rows apart from those still waiting', async () => {
        await f.ctx.db('outbox').insert([
          { kind: 'webhook', payload: '{}', dead_at: f.ctx.db.fn.now() },
          { kind: 'webhook', payload: '{}', available_at: f.ctx.db.raw("now() + interval '1 hour'") },
        ]);
        try {
          expect((await stats(f.ctx)).outbox).to.deep.equal({ pending: 1, dead: 1 });
        } finally {
          await f.ctx.db('outbox').where({ kind: 'webhook' }).whereNull('published_at').delete();
        }
      });
    });
  });
}
