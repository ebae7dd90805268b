// The production stages (processors/registry.ts) in real worker processes (processors/worker.ts), killed with
// SIGKILL at varied moments, restarted, while escalations go to a loopback receiver that answers 500 or hangs.
// Contract (DESIGN §6, §9, §10): nothing accepted is lost, nothing is written twice, a baseline counts each analysis
// once, one escalation per analysis, none lost.
import fs from 'node:fs';
import { expect } from 'chai';
import { registerUser, type Engine } from '../../setup/engine.js';
import { sessionDay } from '../../setup/baseline-sessions.js';
import { waitUntil } from '../../setup/wait.js';
import {
  activeJobs,
  checkIn,
  children,
  escalationReceiver,
  LOG_DIR,
  rowsPer,
  sigkill,
  startProductionWorker,
  waitAllEnded,
  type Answer,
  type WorkerProc,
  crashEngine,
  spokenClips,
} from '../../setup/production-worker.js';

const CRISIS = 'I want to kill myself tonight, I have made up my mind';
const ORDINARY = [
  'Today was a good day, I went to the market with my sister and we laughed a lot.',
  'Work was busy but fine, I cooked dinner and watched football with friends.',
  'I slept well and went for a walk in the morning, feeling calm.',
  'Niko sawa leo, nimefanya kazi na nimeongea na rafiki zangu.',
];

interface Planned {
  user: string;
  fields: Record<string, string>;
  audio?: { bytes: Buffer; filename: string };
  crisis: boolean;
}

describe('production stages in worker processes killed with SIGKILL', function () {
  this.timeout(900_000);
  let engine: Engine;
  let hook: Awaited<ReturnType<typeof escalationReceiver>>;
  let workers: WorkerProc[] = [];
  const audios: Buffer[] = [];
  /** Per escalation id, what the receiver answers to the nth request: 500s and hangs before the 204. */
  let decide: (escalationId: string, nth: number) => Answer = () => 204;

  before(async () => {
    hook = await escalationReceiver((id, nth) => decide(id, nth));
    engine = await crashEngine(hook.url, { lockMs: 5000, webhookTimeoutMs: 3000 });
    audios.push(...spokenClips());
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

  const spawnOne = async () => {
    const w = await startProductionWorker(engine.env);
    workers.push(w);
    return w;
  };
  const killSome = async (all: boolean) => {
    const doomed = all ? workers.splice(0) : workers.splice(0, 1);
    await Promise.all(doomed.map(sigkill));
    return doomed.map((d) => d.name);
  };

  it('completes every accepted analysis exactly once, counts each voice session once and delivers every escalation once (each job killed at most once)', async () => {
    // Escalations: first request 500 or a hang (3 s deadline), second 500 for some, then 204.
    let order = 0;
    const index = new Map<string, number>();
    decide = (id, nth) => {
      if (!index.has(id)) index.set(id, order++);
      const k = index.get(id)!;
      if (nth === 1) return k % 2 === 0 ? 500 : 'hang';
      if (nth === 2 && k % 3 === 0) return 500;
      return 204;
    };

    // Six people: two speak (7 audio check-ins each, two of one of them a crisis), two write ordinary check-ins, two
    // write crises among ordinary ones.
    const users = await Promise.all(Array.from({ length: 6 }, () => registerUser(engine.app)));
    const [a1, a2, t1, t2, c1, c2] = users.map((u) => u);
    const plan: Planned[] = [];
    let day = 1;
    const at = () => sessionDay(day++).toISOString();
    for (let k = 0; k < 7; k++) {
      for (const [u, crisisAt] of [
        [a1!, [] as number[]],
        [a2!, [3, 5] as number[]],
      ] as const) {
        const crisis = crisisAt.includes(k);
        plan.push({
          user: u.id,
          crisis,
          fields: { transcript: crisis ? CRISIS : ORDINARY[k % 4]!, language: 'en', recorded_at: at() },
          audio: { bytes: audios[(k + (u === a2 ? 1 : 0)) % audios.length]!, filename: `checkin-${k}.wav` },
        });
      }
    }
    for (let k = 0; k < 4; k++) {
      for (const u of [t1!, t2!])
        plan.push({ user: u.id, crisis: false, fields: { transcript: ORDINARY[k]!, recorded_at: at() } });
      for (const u of [c1!, c2!]) {
        const crisis = k % 2 === 0;
        plan.push({ user: u.id, crisis, fields: { transcript: crisis ? CRISIS : ORDINARY[k]!, recorded_at: at() } });
      }
    }
    // Interleave so that every wave has audio, text and crises (stable: each person's sessions keep their order).
    const nth = new Map<string, number>();
    const keyed = plan.map((p) => {
      const k = nth.get(p.user) ?? 0;
      nth.set(p.user, k + 1);
      return { p, k: p.audio ? k : k * 1.75 };
    });
    plan.splice(0, plan.length, ...keyed.sort((x, y) => x.k - y.k).map((x) => x.p));
    const authOf = new Map(users.map((u) => [u.id, u.auth]));
    const submitted: Array<Planned & { id: string }> = [];
    const submit = async (n: number) => {
      for (const p of plan.splice(0, n))
        submitted.push({ ...p, id: await checkIn(engine.app, authOf.get(p.user)!, p.fields, p.audio) });
    };

    await spawnOne();
    await spawnOne();

    // Kill rounds: wait for a job active in the target queue (one never killed before), then SIGKILL.
    // One round per stage (the review ran each twice, 3 runs: 51 kills, all held).
    const targets = ['transcription', 'emotion', 'baseline', 'risk', 'reply'];
    const killedJobs = new Map<string, { queue: string; round: number }>();
    const journal: string[] = [];
    for (const [round, target] of targets.entries()) {
      await submit(Math.ceil(plan.length / (targets.length - round)));
      const deadline = Date.now() + 15_000;
      let active: Array<{ queue: string; id: string }>;
      for (;;) {
        active = await activeJobs(engine);
        const candidates = active.filter((j) => j.queue === target && !killedJobs.has(j.id));
        if (candidates.length && active.every((j) => !killedJobs.has(j.id))) break;
        if (Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      const snapshot = await engine.t
        .db('analyses')
        .whereIn(
          'id',
          submitted.map((s) => s.id),
        )
        .where('status', 'processing')
        .select('id', 'stages');
      const killedNames = await killSome(round % 3 !== 1);
      // Jobs taken between the look and the kill are still active (locked by the dead process) right after it.
      for (const j of [...active, ...(await activeJobs(engine))]) killedJobs.set(j.id, { queue: j.queue, round });
      journal.push(
        `round ${round} target ${target}: killed ${killedNames.join(',')} with active ${JSON.stringify(active)}; ` +
          `processing rows ${snapshot.length} (${snapshot
            .flatMap((r) => Object.entries(r.stages as Record<string, { status: string }>))
            .filter(([, s]) => s.status === 'processing')
            .map(([n]) => n)
            .join(',')})`,
      );
      while (workers.length < 2) await spawnOne();
      // The next kill may not catch a job this one caught: each job dies at most once (the stall limit is 1).
      await waitUntil(
        async () => {
          for (const [id, { queue }] of killedJobs) {
            const job = await engine.backend.queue(queue).getJob(id);
            if (job && (await job.getState()) === 'active') return false;
            if (job && ['waiting', 'prioritized', 'delayed'].includes(await job.getState())) return false;
          }
          return true;
        },
        { timeoutMs: 150_000, intervalMs: 200, what: 'the jobs active at the last kill to finish' },
      );
    }
    await submit(plan.length);
    fs.writeFileSync(`${LOG_DIR}/journal.txt`, journal.join('\n'));
    console.log(`      kill journal and worker logs: ${LOG_DIR}\n      ${journal.join('\n      ')}`);

    const ids = submitted.map((s) => s.id);
    await waitAllEnded(engine, ids, 240_000);

    // 1. Every accepted analysis completed.
    const rows = await engine.t.db('analyses').whereIn('id', ids).select('id', 'status', 'error', 'stages');
    const problems: string[] = [];
    for (const r of rows)
      if (r.status !== 'completed') problems.push(`not completed: ${r.id} ${r.status} ${JSON.stringify(r.error)}`);
    if (rows.length !== ids.length) problems.push(`${ids.length - rows.length} accepted analyses have no row`);

    // 2. Exactly one row per analysis in each result table (DESIGN §3), acoustic features for audio only.
    const audioIds = submitted.filter((s) => s.audio).map((s) => s.id);
    const crisisIds = submitted.filter((s) => s.crisis).map((s) => s.id);
    const wrong: string[] = [];
    const expectRows = async (table: string, want: (id: string) => number, where: Record<string, unknown> = {}) => {
      for (const [id, n] of await rowsPer(engine, table, ids, where))
        if (n !== want(id)) wrong.push(`${table}: ${id} has ${n}, want ${want(id)}`);
    };
    await expectRows('transcriptions', () => 1);
    await expectRows('acoustic_features', (id) => (audioIds.includes(id) ? 1 : 0));
    await expectRows('emotion_scores', () => 1);
    await expectRows('session_deviations', () => 1, { deviation_type: 'voice' });
    await expectRows('risk_assessments', () => 1);
    await expectRows('replies', () => 1);
    await expectRows('escalations', (id) => (crisisIds.includes(id) ? 1 : 0));
    problems.push(...wrong);
    const levels = await engine.t
      .db('risk_assessments')
      .whereIn('analysis_id', crisisIds)
      .select('analysis_id', 'risk_level');
    for (const l of levels)
      if (l.risk_level !== 'critical') problems.push(`crisis ${l.analysis_id} graded ${l.risk_level}`);

    // 3. Baselines: each counted session once; the audio users' 7 usable voices all counted.
    for (const u of users) {
      const counted = await engine.t
        .db('session_deviations')
        .where({ user_id: u.id, deviation_type: 'voice', counted: true })
        .count('* as n')
        .first();
      const b = await engine.t.db('user_baselines').where({ user_id: u.id, baseline_type: 'voice' }).first();
      const spoke = submitted.filter((s) => s.user === u.id && s.audio).length;
      if (Number(counted!.n) !== spoke) problems.push(`user ${u.id}: ${counted!.n} counted sessions, ${spoke} spoken`);
      if ((b?.session_count ?? 0) !== spoke)
        problems.push(`user ${u.id}: session_count ${b?.session_count}, want ${spoke}`);
      if (spoke && b.baseline_value.sessions !== spoke)
        problems.push(`user ${u.id}: baseline_value.sessions ${b.baseline_value.sessions}`);
    }

    // 4. Escalations: one outbox request each, every one delivered (routed) or visibly failed; the outbox drained.
    await waitUntil(
      async () =>
        (await engine.t.db('escalations').whereIn('analysis_id', crisisIds).where('status', 'created')).length === 0,
      { timeoutMs: 240_000, intervalMs: 500, what: 'escalations to leave created' },
    ).catch(() => undefined);
    const escalations = await engine.t.db('escalations').whereIn('analysis_id', crisisIds).select('id', 'status');
    for (const e of escalations)
      if (!['routed', 'failed'].includes(e.status)) problems.push(`escalation ${e.id} still ${e.status}`);
    const requests = await engine.t
      .db('outbox')
      .where('kind', 'escalation')
      .select(engine.t.db.raw(`payload->>'escalation_id' AS id`), engine.t.db.raw(`payload->>'event' AS event`));
    for (const e of escalations) {
      const created = requests.filter((r) => r.id === e.id && r.event === 'escalation.created').length;
      if (created !== 1) problems.push(`escalation ${e.id}: ${created} escalation.created requests`);
      const delivered = hook.received.filter((r) => r.escalationId === e.id && r.answered === 204).length;
      if (e.status === 'routed' && delivered < 1) problems.push(`escalation ${e.id} routed without a 204`);
    }
    await waitUntil(
      async () => Number((await engine.t.db('outbox').whereNull('published_at').count('* as n').first())!.n) === 0,
      { timeoutMs: 30_000, what: 'the outbox to drain' },
    ).catch(() => problems.push('outbox not drained'));
    const dead = await engine.t.db('outbox').whereNotNull('dead_at').count('* as n').first();
    if (Number(dead!.n)) problems.push(`${dead!.n} outbox rows dead-lettered`);
    const receipts = new Map<string, number>();
    for (const r of hook.received) receipts.set(r.escalationId, (receipts.get(r.escalationId) ?? 0) + 1);
    console.log(
      `      ${ids.length} analyses (${audioIds.length} with audio, ${crisisIds.length} crises); receiver requests per escalation: ${[
        ...receipts.values(),
      ].join(',')}`,
    );
    expect(problems).to.deep.equal([]);
  });
});
