import { expect } from 'chai';
import { runNight, type NightRun } from '../../../lib/interfaces/run-night.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { addCheckIns, addPerson, daily, interfacesOf } from './people.js';

// One time zone's night over real PostgreSQL: who gets a row, what it says, idempotence, resuming, concurrency.

const ZONES = ['Africa/Nairobi', 'Africa/Dar_es_Salaam', 'Africa/Kampala'];
const AS_OF = new Date('2026-12-02T00:00:00Z'); // 03:00 in Nairobi
const run = (o: Partial<NightRun> = {}): NightRun => ({
  timeZone: 'Africa/Nairobi',
  zones: ZONES,
  night: '2026-12-02',
  asOf: AS_OF,
  minSessions: 3,
  batchSize: 2,
  ...o,
});

describe('the nightly personalisation run (lib/interfaces/run-night)', function () {
  this.timeout(30_000);
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase();
  });
  afterEach(() => t.drop());

  it('writes one active row, version 1, for each person active in the last day with enough check-ins', async () => {
    const anxious = await addPerson(t.db);
    await addCheckIns(t.db, anxious, AS_OF, daily(4, 2, { voice: 'fear', text: 'fear', language: 'sw' }));
    const idle = await addPerson(t.db); // last check-in two days ago
    await addCheckIns(t.db, idle, AS_OF, daily(4, 50));
    const newcomer = await addPerson(t.db); // active, two check-ins only
    await addCheckIns(t.db, newcomer, AS_OF, daily(2));
    const p = await runNight(t.db, run());
    expect(p).to.include({ active: 2, written: 1, too_few_sessions: 1, already_done: 0, done: true });
    const [row] = await interfacesOf(t.db, anxious);
    expect(row).to.deep.include({ version: 1, active: true, night: '2026-12-02', time_zone: 'Africa/Nairobi' });
    expect(row.interface_config).to.deep.include({ theme: 'calming', rule: 'anxiety', sessions: 4 });
    expect(row.interface_config.content.language).to.equal('sw');
    expect(await interfacesOf(t.db, idle)).to.deep.equal([]);
    expect(await interfacesOf(t.db, newcomer)).to.deep.equal([]);
  });

  it('reads risk from the last week: a high assessment gives the crisis theme with resources', async () => {
    const person = await addPerson(t.db);
    await addCheckIns(t.db, person, AS_OF, [...daily(3, 2, { voice: 'happy' }), { hoursAgo: 100, risk: 'high' }]);
    const longAgo = await addPerson(t.db); // high risk 20 days ago only
    await addCheckIns(t.db, longAgo, AS_OF, [...daily(3, 2, { risk: 'low' }), { hoursAgo: 480, risk: 'critical' }]);
    await runNight(t.db, run());
    const [row] = await interfacesOf(t.db, person);
    expect(row.interface_config).to.deep.include({ theme: 'crisis', rule: 'recent_high_risk' });
    expect(row.interface_config.content.show_crisis_resources).to.equal(true);
    const [other] = await interfacesOf(t.db, longAgo);
    expect(other.interface_config.theme).to.not.equal('crisis');
  });

  it('uses the newest baseline trajectory and ignores failed check-ins when counting', async () => {
    const person = await addPerson(t.db);
    await addCheckIns(t.db, person, AS_OF, [
      { hoursAgo: 2, trajectory: 'declining' },
      { hoursAgo: 30, trajectory: 'improving' },
      { hoursAgo: 54 },
      { hoursAgo: 60, status: 'failed' },
    ]);
    const p = await runNight(t.db, run());
    expect(p).to.include({ written: 1 });
    const [row] = await interfacesOf(t.db, person);
    expect(row.interface_config).to.deep.include({ theme: 'warm', rule: 'declining_trajectory', sessions: 3 });
  });

  it('writes nothing on a rerun of the same night; the next night adds version 2 and deactivates version 1', async () => {
    const person = await addPerson(t.db);
    await addCheckIns(t.db, person, AS_OF, daily(5));
    expect(await runNight(t.db, run())).to.include({ written: 1 });
    expect(await runNight(t.db, run())).to.include({ written: 0, already_done: 1 });
    const next = new Date(AS_OF.getTime() + 86_400_000);
    await addCheckIns(t.db, person, next, daily(1));
    expect(await runNight(t.db, run({ night: '2026-12-03', asOf: next }))).to.include({ written: 1 });
    const rows = await interfacesOf(t.db, person);
    expect(rows.map((r) => [r.version, r.active, r.night])).to.deep.equal([
      [1, false, '2026-12-02'],
      [2, true, '2026-12-03'],
    ]);
  });

  it('covers people without a configured zone in the first zone, and the others in their own zone only', async () => {
    const [none, unknown, kampala] = [
      await addPerson(t.db),
      await addPerson(t.db, 'Europe/Paris'),
      await addPerson(t.db, 'Africa/Kampala'),
    ];
    for (const id of [none, unknown, kampala]) await addCheckIns(t.db, id, AS_OF, daily(3));
    expect(await runNight(t.db, run())).to.include({ active: 2, written: 2 });
    expect(await runNight(t.db, run({ timeZone: 'Africa/Kampala' }))).to.include({ active: 1, written: 1 });
    expect(await runNight(t.db, run({ timeZone: 'Africa/Dar_es_Salaam' }))).to.include({ active: 0 });
    expect((await interfacesOf(t.db, kampala))[0].time_zone).to.equal('Africa/Kampala');
  });

  it('commits batch by batch and continues after the last committed batch when resumed', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(await addPerson(t.db));
      await addCheckIns(t.db, ids[i]!, AS_OF, daily(3));
    }
    const crash = new Error('worker died');
    let saved: Awaited<ReturnType<typeof runNight>> | undefined;
    const err = await runNight(t.db, run(), {
      onBatch: (p) => {
        saved = { ...p };
        if (p.batches === 2) throw crash;
      },
    }).catch((e: unknown) => e);
    expect(err).to.equal(crash);
    expect(saved).to.include({ batches: 2, written: 4, active: 4 });
    expect(await t.db('user_interfaces').count('* as n').first()).to.deep.equal({ n: '4' });
    const reads: number[] = [];
    const p = await runNight(t.db, run(), { resume: saved, onBatch: (q) => void reads.push(q.active) });
    expect(reads).to.deep.equal([5]); // only the fifth person was read again
    expect(p).to.include({ written: 5, active: 5, already_done: 0, done: true });
  });

  it('leaves exactly one active row per person when runs of the same night and of two nights race', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      ids.push(await addPerson(t.db));
      await addCheckIns(t.db, ids[i]!, AS_OF, daily(3));
    }
    const next = new Date(AS_OF.getTime() + 3_600_000);
    const results = await Promise.all([
      runNight(t.db, run({ batchSize: 3 })),
      runNight(t.db, run({ batchSize: 5 })),
      runNight(t.db, run({ batchSize: 4, night: '2026-12-03', asOf: next })),
    ]);
    expect(results[0]!.written + results[1]!.written).to.equal(12);
    const active = await t.db('user_interfaces').where({ active: true }).groupBy('user_id').count('* as n');
    expect(active).to.have.length(12);
    expect(active.every((r) => r.n === '1')).to.equal(true);
    expect(await t.db('user_interfaces').count('* as n').first()).to.deep.equal({ n: '24' });
  });

  it('writes nothing on a dry run and reports the rows it would write', async () => {
    const person = await addPerson(t.db);
    await addCheckIns(t.db, person, AS_OF, daily(3, 2, { text: 'sad' }));
    const planned: unknown[] = [];
    const p = await runNight(t.db, run({ dryRun: true }), { onBatch: (_p, rows) => void planned.push(...rows) });
    expect(p).to.include({ active: 1, written: 0 });
    expect(planned).to.have.length(1);
    expect(planned[0]).to.deep.include({ userId: person, version: 1 });
    expect(await interfacesOf(t.db, person)).to.deep.equal([]);
  });
});
