// SIGKILL between a production stage's commit to PostgreSQL and BullMQ's acknowledgement of its job (the worker's
// Redis traffic goes through a proxy that holds the job's moveToFinished), so that every stage re-runs after its result
// was committed. DESIGN §6: "at-least-once delivery, exactly-once effect"; §9 "an analysis counts once however often
// its job re-runs"; §10 "one escalation per analysis (idempotent across re-runs)".
import fs from 'node:fs';
import { expect } from 'chai';
import { registerUser, type Engine } from '../../setup/engine.js';
import { sessionDay } from '../../setup/baseline-sessions.js';
import { waitUntil } from '../../setup/wait.js';
import {
  checkIn,
  children,
  escalationReceiver,
  LOG_DIR,
  redisProxy,
  rowsPer,
  sigkill,
  startProductionWorker,
  waitAllEnded,
  type WorkerProc,
  crashEngine,
  spokenClips,
} from '../../setup/production-worker.js';

const CRISIS = 'I want to kill myself tonight, I have made up my mind';
const TARGETS = ['transcription', 'emotion', 'baseline', 'risk', 'reply', 'webhooks'] as const;

describe('SIGKILL after a production stage committed, before its job was acknowledged', function () {
  this.timeout(900_000);
  let engine: Engine;
  let hook: Awaited<ReturnType<typeof escalationReceiver>>;
  let proxy: Awaited<ReturnType<typeof redisProxy>>;
  let worker: WorkerProc | undefined;
  // Called with an escalation's id on its first delivery, before the receiver answers it.
  let onFirstDelivery: ((escalationId: string) => void) | undefined;
  const audios: Buffer[] = [];

  before(async () => {
    hook = await escalationReceiver((id, nth) => {
      if (nth === 1) onFirstDelivery?.(id);
      return 204;
    });
    proxy = await redisProxy();
    engine = await crashEngine(hook.url, { lockMs: 4000, webhookTimeoutMs: 5000 });
    audios.push(...spokenClips());
  });
  after(async () => {
    children.forEach((c) => c.kill('SIGKILL'));
    await engine?.stop();
    await hook?.close();
    await proxy?.close();
  });

  const startWorker = async () => {
    worker = await startProductionWorker({ ...engine.env, REDIS_URL: proxy.url });
  };

  it('re-runs each stage (and the escalation delivery) after its commit with exactly one effect', async () => {
    const u = await registerUser(engine.app);
    await startWorker();
    const audio = (k: number) => ({ bytes: audios[k % audios.length]!, filename: `c${k}.wav` });
    // Five ordinary spoken check-ins first: the baseline is established before the attacked ones.
    const ids: string[] = [];
    for (let k = 0; k < 5; k++) {
      const fields = { transcript: 'I am fine, work was ok today.', recorded_at: sessionDay(k + 1).toISOString() };
      ids.push(await checkIn(engine.app, u.auth, fields, audio(k)));
    }
    await waitAllEnded(engine, ids, 120_000);

    const journal: string[] = [];
    const crisisIds: string[] = [];
    for (const [i, target] of TARGETS.entries()) {
      // Unambiguous: the previous analysis ended before this one starts. Its escalation's delivery may still run again
      // (stalled by the last kill), so the held acknowledgement names this analysis's escalation, armed by its first
      // delivery before the receiver answers it.
      const held =
        target === 'webhooks'
          ? new Promise<void>((resolve) => {
              onFirstDelivery = (esc) => {
                onFirstDelivery = undefined;
                void proxy.holdWhen([`${esc}-escalation-0\r\n`, '{"status":204}']).then(resolve);
              };
            })
          : proxy.holdWhen([`-${target}\r\n`, '{"ok":true}']);
      const fields = { transcript: CRISIS, recorded_at: sessionDay(10 + i).toISOString() };
      const id = await checkIn(engine.app, u.auth, fields, audio(i));
      ids.push(id);
      crisisIds.push(id);
      await Promise.race([
        held,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`${target} of ${id} never acknowledged`)), 90_000),
        ),
      ]);
      const row = await engine.t.db('analyses').where({ id }).first('status', 'stages');
      const esc = await engine.t.db('escalations').where({ analysis_id: id }).first('status');
      const committed = target === 'webhooks' ? esc?.status === 'routed' : row.stages[target]?.status === 'completed';
      journal.push(`${target}: held ack of ${id}; committed before the kill: ${committed} (${row.status})`);
      expect(committed, `${target} committed before its acknowledgement was held`).to.equal(true);
      await sigkill(worker!);
      await startWorker();
      await waitAllEnded(engine, [id], 120_000);
      await waitUntil(
        async () =>
          (await engine.t.db('escalations').where({ analysis_id: id }).first('status'))?.status === 'routed' &&
          hook.received.filter((r) => r.answered === 204).length >= i + 1,
        { timeoutMs: 120_000, what: `the escalation of ${id} to be routed` },
      );
      // The stage ran again: the re-run is what is under test.
      await waitUntil(
        async () => (target === 'webhooks' ? hook.received.length >= i + 2 : true) && (await reRan(id, target)),
        { timeoutMs: 60_000, what: `${target} of ${id} to run again` },
      ).catch(() => journal.push(`  (no re-run of ${target} seen in the logs)`));
    }
    fs.writeFileSync(`${LOG_DIR}/journal.txt`, journal.join('\n'));
    console.log(`      logs ${LOG_DIR}\n      ${journal.join('\n      ')}`);

    const problems: string[] = [];
    const rows = await engine.t.db('analyses').whereIn('id', ids).select('id', 'status', 'error');
    for (const r of rows) if (r.status !== 'completed') problems.push(`${r.id} ${r.status} ${JSON.stringify(r.error)}`);
    const one = async (table: string, want: (id: string) => number, where: Record<string, unknown> = {}) => {
      for (const [id, n] of await rowsPer(engine, table, ids, where))
        if (n !== want(id)) problems.push(`${table}: ${id} has ${n} rows, want ${want(id)}`);
    };
    for (const t of ['transcriptions', 'acoustic_features', 'emotion_scores', 'risk_assessments', 'replies'])
      await one(t, () => 1);
    await one('session_deviations', () => 1, { deviation_type: 'voice' });
    await one('escalations', (id) => (crisisIds.includes(id) ? 1 : 0));
    const counted = await engine.t
      .db('session_deviations')
      .where({ user_id: u.id, deviation_type: 'voice', counted: true })
      .count('* as n')
      .first();
    const b = await engine.t.db('user_baselines').where({ user_id: u.id, baseline_type: 'voice' }).first();
    if (Number(counted!.n) !== ids.length) problems.push(`counted sessions ${counted!.n}, want ${ids.length}`);
    if (b.session_count !== ids.length) problems.push(`session_count ${b.session_count}, want ${ids.length}`);
    const requests = await engine.t
      .db('outbox')
      .where('kind', 'escalation')
      .select(engine.t.db.raw(`payload->>'escalation_id' AS id`), engine.t.db.raw(`payload->>'event' AS event`));
    const escalations = await engine.t.db('escalations').whereIn('analysis_id', crisisIds).select('id', 'status');
    for (const e of escalations) {
      const n = requests.filter((r) => r.id === e.id).length;
      if (n !== 1) problems.push(`escalation ${e.id}: ${n} delivery requests in the outbox`);
      if (e.status !== 'routed') problems.push(`escalation ${e.id} ${e.status}`);
    }
    const pending = await engine.t.db('outbox').whereNull('published_at').count('* as n').first();
    if (Number(pending!.n)) problems.push(`${pending!.n} outbox rows unpublished`);
    const ids204 = hook.received.filter((r) => r.answered === 204).map((r) => r.webhookId);
    console.log(
      `      receiver: ${ids204.length} deliveries answered 204, ${new Set(ids204).size} distinct webhook-ids`,
    );
    expect(problems).to.deep.equal([]);
  });

  /** Whether the stage ran in a worker other than the killed one (the logs of every worker after the first). */
  async function reRan(id: string, target: string): Promise<boolean> {
    const logs = fs
      .readdirSync(LOG_DIR)
      .filter((f) => f.endsWith('.log'))
      .map((f) => fs.readFileSync(`${LOG_DIR}/${f}`, 'utf8'));
    const lines = logs.flatMap((l) => l.split('\n')).filter((l) => l.includes(id));
    if (target === 'webhooks') return true;
    // A re-run of the last stage finds the analysis completed and is skipped (nothing logged): count it by the job.
    if (target === 'reply') return (await engine.backend.queue('reply').getJob(`${id}-reply`))?.returnvalue != null;
    return lines.filter((l) => l.includes(`"stage":"${target}"`) && l.includes('"stage completed"')).length >= 2;
  }
});
