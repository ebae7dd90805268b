// An escalation's delivery to ESCALATION_WEBHOOK_URL in flight in a production worker process that dies with
// SIGKILL. DESIGN §10: "routed = delivered …"; "nothing here can lose an escalation" — it must end routed or failed.
import { expect } from 'chai';
import { escalationJobId } from '../../../jobs/webhooks.js';
import { registerUser, type Engine } from '../../setup/engine.js';
import { waitUntil } from '../../setup/wait.js';
import {
  checkIn,
  children,
  escalationReceiver,
  LOG_DIR,
  sigkill,
  startProductionWorker,
  waitAllEnded,
  type WorkerProc,
  crashEngine,
} from '../../setup/production-worker.js';

// Graded `high` (active ideation, no plan): ESCALATION_ACK_MINUTES never re-sends a high escalation.
const HIGH = 'Sometimes I think about killing myself and I wish I was dead';

describe('an escalation delivery in a worker killed with SIGKILL', function () {
  this.timeout(600_000);
  let engine: Engine;
  let hook: Awaited<ReturnType<typeof escalationReceiver>>;
  let workers: WorkerProc[] = [];
  let hang = true;
  let hangs = 0;

  before(async () => {
    hook = await escalationReceiver(() => (hang ? 'hang' : 204));
    hook.onHang(() => void hangs++);
    engine = await crashEngine(hook.url, { lockMs: 5000, webhookTimeoutMs: 20000 });
  });
  afterEach(async () => {
    await Promise.all(workers.map(sigkill));
    workers = [];
  });
  after(async () => {
    children.forEach((c) => c.kill('SIGKILL'));
    await engine?.stop();
    await hook?.close();
  });

  const restart = async () => {
    await Promise.all(workers.splice(0).map(sigkill));
    workers.push(await startProductionWorker(engine.env));
  };

  /** Submits the high-risk check-in, waits for its escalation, kills the worker `kills` times mid-delivery. */
  async function escalateAndKill(kills: number): Promise<{ id: string; analysisId: string }> {
    hang = true;
    const u = await registerUser(engine.app);
    workers.push(await startProductionWorker(engine.env));
    const analysisId = await checkIn(engine.app, u.auth, { transcript: HIGH });
    await waitAllEnded(engine, [analysisId], 60_000);
    const esc = await engine.t.db('escalations').where({ analysis_id: analysisId }).first('id', 'risk_level');
    expect(esc?.risk_level).to.equal('high');
    for (let kill = 1; kill <= kills; kill++) {
      const before = hangs;
      await waitUntil(async () => hangs > before, {
        timeoutMs: 180_000,
        what: `delivery ${kill} to reach the receiver`,
      });
      await restart();
    }
    hang = false;
    return { id: esc.id, analysisId };
  }

  async function settled(id: string, timeoutMs: number): Promise<string> {
    return waitUntil(
      async () => {
        const e = await engine.t.db('escalations').where({ id }).first('status');
        return ['routed', 'failed'].includes(e.status) ? (e.status as string) : undefined;
      },
      { timeoutMs, intervalMs: 500, what: 'the escalation to be routed or failed' },
    ).catch(async (err: Error) => {
      const job = await engine.backend
        .queue('webhooks')
        .getJob(escalationJobId({ escalation_id: id, event: 'escalation.created', sequence: 0 }));
      const state = job ? await job.getState() : 'missing';
      const e = await engine.t.db('escalations').where({ id }).first('status', 'failure_reason');
      throw new Error(
        `${err.message}; escalation ${JSON.stringify(e)}; its delivery job is ${state}` +
          `${job?.failedReason ? ` (${job.failedReason})` : ''}; the receiver's answers: ` +
          `${hook.received
            .filter((r) => r.escalationId === id)
            .map((r) => r.answered)
            .join(',')} (logs ${LOG_DIR})`,
      );
    });
  }

  it('a delivery killed once is handed back and the escalation is routed', async () => {
    const { id } = await escalateAndKill(1);
    // The webhooks queue keeps BullMQ's 30 s lock: a stall interval or two, then the retry.
    expect(await settled(id, 150_000)).to.equal('routed');
  });

  it('a delivery killed twice still ends routed or visibly failed, never silently "created"', async () => {
    const { id } = await escalateAndKill(2);
    expect(await settled(id, 150_000)).to.be.oneOf(['routed', 'failed']);
  });
});
