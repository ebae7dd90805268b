import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import type { Job } from 'bullmq';
import { NIGHT_JOB, NIGHT_PATTERN, PERSONALISE_QUEUE, upsertNightSchedulers } from '../../../jobs/personalise.js';
import { createLogger } from '../../../lib/logger.js';
import { openQueueBackend, type QueueBackend } from '../../../lib/queue-backend.js';
import type { Runtime } from '../../../lib/runtime.js';
import { startWorker } from '../../../processors/worker.js';
import { testConfig } from '../../setup/app.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { BACKENDS } from '../../setup/engine.js';
import { waitUntil } from '../../setup/wait.js';
import { addCheckIns, addPerson, daily, interfacesOf } from './people.js';

// The `personalise` queue on both queue backends: the worker upserts one 03:00 job scheduler per configured time
// zone at boot and runs the scheduler's jobs; a job's data and progress hold a zone, a night and counts.

const ZONES = ['Africa/Nairobi', 'Africa/Kampala'];
const COUNT_KEYS = [
  'active',
  'after',
  'already_done',
  'batches',
  'done',
  'night',
  'time_zone',
  'too_few_sessions',
  'written',
];

for (const kind of BACKENDS) {
  describe(`the personalise queue on the ${kind} queue backend`, function () {
    this.timeout(60_000);
    let t: TestDatabase;
    let backend: QueueBackend;
    let runtime: Runtime;
    let stop: (() => Promise<void>) | undefined;
    const queue = () => backend.queue(PERSONALISE_QUEUE);
    const boot = async () => {
      stop = await startWorker(runtime, { pipeline: [], processors: [] });
    };

    beforeEach(async () => {
      t = await createTestDatabase();
      const env: Record<string, string> = {
        QUEUE_PREFIX: `{p${randomBytes(4).toString('hex')}}`,
        WORKER_QUEUES: 'personalise',
        PERSONALISE_TIME_ZONES: ZONES.join(','),
        METRICS_PORT: '0',
      };
      if (kind === 'redis') env.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
      const config = testConfig(t.url, env);
      const logger = createLogger('silent');
      runtime = { config, logger, db: t.db, databaseUrl: t.url, close: async () => {} };
      backend = openQueueBackend({ config, databaseUrl: t.url, logger, role: 'producer' });
    });
    afterEach(async () => {
      await stop?.();
      stop = undefined;
      await queue().obliterate({ force: true });
      await backend.close();
      await t.drop();
    });

    it('upserts one scheduler per configured zone at boot, due at the next 03:00 local, once however often', async () => {
      await upsertNightSchedulers(queue(), ['Africa/Dar_es_Salaam']); // a zone no longer configured
      await boot();
      await stop!();
      await boot(); // a second worker boot adds nothing
      const schedulers = await queue().getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.pattern, s.tz]).sort()).to.deep.equal([
        ['personalise:Africa/Kampala', NIGHT_PATTERN, 'Africa/Kampala'],
        ['personalise:Africa/Nairobi', NIGHT_PATTERN, 'Africa/Nairobi'],
      ]);
      const delayed = await queue().getJobs(['delayed']);
      expect(delayed).to.have.length(2);
      for (const job of delayed) {
        const due = new Date(job.timestamp + (job.opts.delay ?? 0));
        const local = new Intl.DateTimeFormat('en-GB', {
          timeZone: job.data.time_zone,
          hour: '2-digit',
          minute: '2-digit',
        });
        expect(local.format(new Date(Math.round(due.getTime() / 60_000) * 60_000))).to.equal('03:00');
        expect(job.name).to.equal(NIGHT_JOB);
        expect(Object.keys(job.data)).to.deep.equal(['time_zone']);
      }
    });

    it("runs the scheduler's job for its zone's night, with only a zone, a night and counts in its progress", async () => {
      await boot();
      const [job] = (await queue().getJobs(['delayed'])).filter((j) => j.data.time_zone === 'Africa/Nairobi');
      const due = new Date(Number(/:(\d+)$/.exec(job!.id!)![1]));
      const person = await addPerson(t.db);
      await addCheckIns(t.db, person, due, daily(3, 2, { text: 'sad' }));
      await job!.promote();
      const done = await waitUntil(async () => {
        const j = await queue().getJob(job!.id!);
        return j?.finishedOn ? j : undefined;
      });
      expect(done.failedReason).to.equal(undefined);
      expect(Object.keys(done.progress as object).sort()).to.deep.equal(COUNT_KEYS);
      expect(done.progress).to.include({ time_zone: 'Africa/Nairobi', written: 1, active: 1, done: true });
      const [row] = await interfacesOf(t.db, person);
      const night = new Date(due.getTime()).toLocaleDateString('en-CA', { timeZone: 'Africa/Nairobi' });
      expect(row).to.deep.include({ version: 1, active: true, night, time_zone: 'Africa/Nairobi' });
      expect(row.interface_config.theme).to.equal('warm');
      // The scheduler has queued the next night's job.
      const next = await waitUntil(async () =>
        (await queue().getJobs(['delayed'])).find((j) => j.data.time_zone === 'Africa/Nairobi' && j.id !== job!.id),
      );
      expect(Number(/:(\d+)$/.exec(next.id!)![1]) - due.getTime()).to.equal(86_400_000);
    });

    it('continues a retried job after the batches its progress says were committed', async () => {
      const asOf = new Date();
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        ids.push(await addPerson(t.db));
        await addCheckIns(t.db, ids[i]!, asOf, daily(3));
      }
      ids.sort();
      const night = new Date(asOf.getTime() - 3 * 3_600_000).toLocaleDateString('en-CA', {
        timeZone: 'Africa/Nairobi',
      });
      const job = await queue().add(NIGHT_JOB, { time_zone: 'Africa/Nairobi' }, { jobId: `manual-${night}` });
      // As an attempt that died after committing the first two people leaves it.
      const progress = { time_zone: 'Africa/Nairobi', night, after: ids[1], batches: 1, active: 2, written: 2 };
      await job.updateProgress({ ...progress, too_few_sessions: 0, already_done: 0, done: false });
      await boot();
      const done = await waitUntil(async () => {
        const j = (await queue().getJob(job.id!)) as Job | undefined;
        return j?.finishedOn ? j : undefined;
      });
      expect(done.progress).to.include({ active: 3, written: 3, batches: 2, done: true });
      expect(await interfacesOf(t.db, ids[0]!)).to.deep.equal([]);
      expect(await interfacesOf(t.db, ids[1]!)).to.deep.equal([]);
      expect(await interfacesOf(t.db, ids[2]!)).to.have.length(1);
    });

    it('fails a job with an invalid payload or an unconfigured zone at once, without retries', async () => {
      await boot();
      const bad = await queue().add(NIGHT_JOB, { zone: 'Africa/Nairobi' }, { attempts: 3 });
      const paris = await queue().add(NIGHT_JOB, { time_zone: 'Europe/Paris' }, { attempts: 3 });
      for (const job of [bad, paris]) {
        const failed = await waitUntil(async () => {
          const j = await queue().getJob(job.id!);
          return j?.finishedOn ? j : undefined;
        });
        expect(failed.attemptsMade).to.equal(1);
      }
      expect((await queue().getJob(bad.id!))!.failedReason).to.match(/invalid personalise payload/);
      expect((await queue().getJob(paris.id!))!.failedReason).to.match(/not configured/);
    });
  });
}
