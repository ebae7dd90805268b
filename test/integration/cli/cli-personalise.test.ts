import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { NIGHT_JOB, PERSONALISE_QUEUE, upsertNightSchedulers } from '../../../jobs/personalise.js';
import { createLogger } from '../../../lib/logger.js';
import { nightOf } from '../../../lib/interfaces/night.js';
import { openQueueBackend } from '../../../lib/queue-backend.js';
import { expectOneLineFailure, resona } from '../../setup/cli.js';
import { testConfig } from '../../setup/app.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { addCheckIns, addPerson, daily, interfacesOf } from '../personalise/people.js';

// `resona personalise [--user ID] [--dry-run]` as operators run it (a separate process, real Redis), and the
// nightly runs' lines in `resona stats`.

describe('resona personalise as a process', function () {
  this.timeout(60_000);
  let t: TestDatabase;
  let env: Record<string, string>;
  const people: Record<string, string> = {};
  let night: string;
  before(async function () {
    // The runs below must fall in one night: when the Nairobi night turns within two minutes, wait until it has.
    const soon = () => nightOf(new Date(Date.now() + 120_000), 'Africa/Nairobi');
    this.timeout(240_000);
    while (soon() !== nightOf(new Date(), 'Africa/Nairobi')) await new Promise((r) => setTimeout(r, 1_000));
    night = nightOf(new Date(), 'Africa/Nairobi');
    t = await createTestDatabase();
    env = {
      DATABASE_URL: t.url,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `{p${randomBytes(4).toString('hex')}}`,
    };
    people.nairobi = await addPerson(t.db);
    people.kampala = await addPerson(t.db, 'Africa/Kampala');
    people.newcomer = await addPerson(t.db);
    await addCheckIns(t.db, people.nairobi, new Date(), daily(3, 1, { voice: 'fear', text: 'fear' }));
    await addCheckIns(t.db, people.kampala, new Date(), daily(4, 1));
    await addCheckIns(t.db, people.newcomer, new Date(), daily(1, 1));
  });
  after(() => t.drop());

  for (const [what, args, reason] of [
    ['a bad user id', ['personalise', '--user', 'nobody'], /--user: Invalid UUID/],
    ['an unknown user', ['personalise', '--user', '00000000-0000-4000-8000-000000000000'], /--user: no user/],
    ['an unknown option', ['personalise', '--night', 'yesterday'], /unknown option/],
  ] as const) {
    it(`exits non-zero with one line on stderr for ${what}`, async () => {
      const run = await resona([...args], env);
      expectOneLineFailure(run);
      expect(run.stderr).to.match(reason);
    });
  }

  it('exits non-zero with one line when the database is unreachable', async () => {
    const run = await resona(['personalise'], { ...env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expectOneLineFailure(run);
    expect(run.stderr).to.include('cannot reach the database');
  });

  it('--dry-run prints what each zone would write and writes nothing', async () => {
    const run = await resona(['personalise', '--dry-run'], env);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.include(`would write ${people.nairobi} version 1: calming (anxiety)\n`);
    expect(run.stdout).to.include(`would write ${people.kampala} version 1: balanced (steady)\n`);
    expect(run.stdout).to.include(
      `Africa/Nairobi night ${night}: 2 active, would write 1, 1 with too few check-ins, 0 already written\n`,
    );
    expect(run.stdout.trimEnd().split('\n').at(-1)).to.equal('dry run: nothing written');
    expect(await t.db('user_interfaces').count('* as n').first()).to.deep.equal({ n: '0' });
  });

  it('--user runs only that person, in their own time zone', async () => {
    const run = await resona(['personalise', '--user', people.kampala!], env);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.match(
      /^Africa\/Kampala night \S+: 1 active, wrote 1, 0 with too few check-ins, 0 already written\n$/,
    );
    expect(await interfacesOf(t.db, people.nairobi!)).to.deep.equal([]);
    expect(await interfacesOf(t.db, people.kampala!)).to.have.length(1);
  });

  it('runs every zone; a second run of the same night writes nothing', async () => {
    const first = await resona(['personalise'], env);
    expect(first.code, first.stderr).to.equal(0);
    expect(first.stdout).to.include(`Africa/Nairobi night ${night}: 2 active, wrote 1, 1 with too few check-ins`);
    expect(first.stdout).to.match(
      /Africa\/Kampala night \S+: 1 active, wrote 0, 0 with too few check-ins, 1 already written/,
    );
    const second = await resona(['personalise'], env);
    expect(second.stdout).to.include(
      `Africa/Nairobi night ${night}: 2 active, wrote 0, 1 with too few check-ins, 1 already written`,
    );
    const [row] = await interfacesOf(t.db, people.nairobi!);
    expect(row).to.deep.include({ version: 1, active: true, night });
  });

  it('stats shows each zone’s latest night with its counts and the next scheduled run', async () => {
    const config = testConfig(t.url, env);
    const backend = openQueueBackend({ config, databaseUrl: t.url, logger: createLogger('silent'), role: 'producer' });
    const queue = backend.queue(PERSONALISE_QUEUE);
    try {
      await upsertNightSchedulers(queue, ['Africa/Nairobi']);
      await queue.add(NIGHT_JOB, { time_zone: 'Africa/Nairobi' });
      const worker = backend.worker(
        PERSONALISE_QUEUE,
        async (job) => {
          await job.updateProgress({
            time_zone: 'Africa/Nairobi',
            night: '2026-12-01',
            active: 7,
            written: 5,
            too_few_sessions: 2,
          });
        },
        { concurrency: 1 },
      );
      await new Promise<void>((resolve) => worker.on('completed', () => resolve()));
      await worker.close();
      const run = await resona(['stats'], env);
      expect(run.code, run.stderr).to.equal(0);
      expect(run.stdout).to.match(/^personalise +0 +0 +1 +1 +0 +0$/m);
      expect(run.stdout).to.match(
        /^personalise Africa\/Nairobi: night 2026-12-01 completed: 7 active, 5 written, 2 with too few check-ins, 0 already written; next run \d{4}-\d\d-\d\dT00:00:00.000Z$/m,
      );
      const json = JSON.parse((await resona(['stats', '--json'], env)).stdout);
      expect(json.personalise[0]).to.deep.include({ time_zone: 'Africa/Nairobi' });
      expect(json.personalise[0].latest.counts).to.include({ written: 5 });
    } finally {
      await queue.obliterate({ force: true });
      await backend.close();
    }
  });
});
