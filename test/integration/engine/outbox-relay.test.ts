import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import request from 'supertest';
import { outboxCounts, OutboxRelay } from '../../../jobs/outbox-relay.js';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import { createLogger } from '../../../lib/logger.js';
import { openQueueBackend, type QueueBackend } from '../../../lib/queue-backend.js';
import { testApp, testConfig } from '../../setup/app.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { BACKENDS } from '../../setup/engine.js';
import { freePort } from '../../setup/processes.js';
import { waitUntil } from '../../setup/wait.js';

const STAGES = ['transcription', 'emotion'] as const;
const logger = createLogger('silent');

for (const kind of BACKENDS) {
  describe(`OutboxRelay on the ${kind} backend`, () => {
    let t: TestDatabase;
    let userId: string;
    const backends: QueueBackend[] = [];
    before(async () => {
      t = await createTestDatabase();
      [{ id: userId }] = await t
        .db('users')
        .insert({ email: `${kind}@example.org`, role: 'user' })
        .returning('id');
    });
    afterEach(async () => Promise.all(backends.splice(0).map((b) => b.close())));
    after(() => t.drop());

    /** A backend on the test's queues, or on a port where nothing answers (an outage). */
    async function backend(reachable: boolean): Promise<QueueBackend> {
      const env: Record<string, string> = { QUEUE_PREFIX: `{t${randomBytes(4).toString('hex')}}` };
      let databaseUrl = t.url;
      const port = await freePort();
      if (kind === 'redis')
        env.REDIS_URL = reachable
          ? (process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379')
          : `redis://127.0.0.1:${port}`;
      else if (!reachable) databaseUrl = Object.assign(new URL(t.url), { port: String(port) }).toString();
      const b = openQueueBackend({ config: testConfig(t.url, env), databaseUrl, logger, role: 'producer' });
      backends.push(b);
      // A producer refuses commands until connected: start from a backend that answers.
      if (reachable)
        await waitUntil(
          () =>
            b.ping().then(
              () => true,
              () => false,
            ),
          { what: 'the queue backend' },
        );
      return b;
    }

    /** An analysis and a request for its flow that no code version can publish (a payload that fails validation). */
    async function unpublishable(): Promise<{ analysisId: string; outboxId: string }> {
      return t.db.transaction(async (trx) => {
        const { analysis } = await new AnalysisStore(t.db).create(trx, { userId, language: 'auto', stages: STAGES });
        const [{ id }] = await trx('outbox')
          .insert({
            kind: 'analysis_flow',
            payload: JSON.stringify({ analysis_id: analysis.id, user_id: 'not-a-uuid' }),
          })
          .returning('id');
        return { analysisId: analysis.id, outboxId: id as string };
      });
    }

    /** Runs the relay `times` times, skipping the backoff between runs. */
    async function drain(relay: OutboxRelay, outboxId: string, times: number): Promise<void> {
      for (let i = 0; i < times; i++) {
        await t.db('outbox').where({ id: outboxId }).update({ available_at: t.db.fn.now() });
        await relay.drainBatch();
      }
    }

    it('dead-letters a row the reachable backend keeps refusing, and fails its analysis as enqueue_failed', async () => {
      const { analysisId, outboxId } = await unpublishable();
      const relay = new OutboxRelay(t.db, await backend(true), STAGES, logger, { maxAttempts: 3 });
      await drain(relay, outboxId, 2);
      expect((await t.db('outbox').where({ id: outboxId }).first()).dead_at).to.equal(null);
      await drain(relay, outboxId, 1);
      const row = await t.db('outbox').where({ id: outboxId }).first();
      expect(row.dead_at).to.be.instanceOf(Date);
      expect(row.rejections).to.equal(3);
      const analysis = await t.db('analyses').where({ id: analysisId }).first();
      expect(analysis.status).to.equal('failed');
      expect(analysis.error).to.include({ code: 'enqueue_failed', stage: 'transcription' });
      // A dead row is not picked up again.
      await drain(relay, outboxId, 1);
      expect((await t.db('outbox').where({ id: outboxId }).first()).attempts).to.equal(3);
      await t.db('outbox').where({ id: outboxId }).delete();
    });

    it('never dead-letters through a queue backend outage, however many attempts fail', async () => {
      const { outboxId } = await unpublishable();
      await t
        .db('outbox')
        .where({ id: outboxId })
        .update({ payload: JSON.stringify({ analysis_id: (await t.db('analyses').first('id')).id, user_id: userId }) });
      const relay = new OutboxRelay(t.db, await backend(false), STAGES, logger, {
        maxAttempts: 2,
        publishTimeoutMs: 300,
      });
      await drain(relay, outboxId, 4);
      const row = await t.db('outbox').where({ id: outboxId }).first();
      expect(row).to.include({ attempts: 4, rejections: 0, dead_at: null, published_at: null });
      await t.db('outbox').where({ id: outboxId }).delete();
    });

    it('shows dead-lettered rows in the counts behind resona stats and /metrics', async () => {
      const { outboxId } = await unpublishable();
      const relay = new OutboxRelay(t.db, await backend(true), STAGES, logger, { maxAttempts: 1 });
      await drain(relay, outboxId, 1);
      expect(await outboxCounts(t.db)).to.deep.equal({ pending: 0, dead: 1 });
      const res = await request(testApp(t.db, testConfig(t.url)))
        .get('/metrics')
        .expect(200);
      expect(res.text).to.match(/resona_outbox_rows\{state="dead"\} 1/);
    });
  });
}
