import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { QUEUE_NAMES } from '../../../jobs/queues.js';
import { expectOneLineFailure, resona } from '../../setup/cli.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';

// The CLI as operators run it: a separate process, the production pipeline (no stages built yet), real Redis.

describe('resona reprocess / retry-failed / recover / stats as a process', function () {
  this.timeout(60_000);
  let t: TestDatabase;
  let env: Record<string, string>;
  before(async () => {
    t = await createTestDatabase();
    env = {
      DATABASE_URL: t.url,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `{p${randomBytes(4).toString('hex')}}`,
    };
  });
  after(() => t.drop());

  for (const [what, args, reason] of [
    ['an unknown stage', ['reprocess', '--stage', 'sentiment'], /--stage/],
    ['a bad user id', ['reprocess', '--stage', 'all', '--user', 'not-a-uuid'], /--user: Invalid UUID/],
    ['a bad date', ['reprocess', '--stage', 'all', '--since', '31/01/2026'], /--since: must be an ISO 8601/],
    [
      '--since after --until',
      ['reprocess', '--stage', 'all', '--since', '2026-02-01', '--until', '2026-01-01'],
      /--since/,
    ],
    ['an unknown status', ['reprocess', '--stage', 'all', '--status', 'done'], /--status/],
    ['a missing --stage', ['reprocess'], /--stage/],
    ['an unknown queue', ['retry-failed', '--queue', 'emails'], /--queue/],
  ] as const) {
    it(`exits non-zero with one line on stderr for ${what}`, async () => {
      const run = await resona([...args], env);
      expectOneLineFailure(run);
      expect(run.stderr).to.match(reason);
    });
  }

  for (const args of [['reprocess', '--stage', 'all'], ['retry-failed'], ['recover'], ['stats']]) {
    it(`${args[0]} exits non-zero with one line when Redis is unreachable`, async () => {
      const run = await resona(args, { ...env, REDIS_URL: 'redis://127.0.0.1:1' });
      expectOneLineFailure(run);
      expect(run.stderr).to.include('cannot reach Redis at 127.0.0.1:1');
    });
  }

  it('reprocess reports a summary line, or one JSON object with --json, when nothing matches', async () => {
    const text = await resona(['reprocess', '--stage', 'risk'], env);
    expect(text.code, text.stderr).to.equal(0);
    expect(text.stdout).to.equal('matched 0, enqueued 0, skipped 0\n');
    const json = await resona(['reprocess', '--stage', 'all', '--json'], env);
    expect(JSON.parse(json.stdout)).to.include({ matched: 0, enqueued: 0, skipped: 0 });
  });

  it('stats prints a table of every queue, or one JSON object with --json', async () => {
    const run = await resona(['stats'], env);
    expect(run.code, run.stderr).to.equal(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).to.match(/^queue\s+waiting\s+active\s+delayed\s+completed\s+failed\s+waiting-children$/);
    for (const q of QUEUE_NAMES)
      expect(lines.some((l) => new RegExp(`^${q}\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0$`).test(l))).to.equal(true);
    const json = JSON.parse((await resona(['stats', '--json'], env)).stdout);
    expect(Object.keys(json.queues)).to.deep.equal([...QUEUE_NAMES]);
    expect(json.queues.risk).to.deep.equal({
      waiting: 0,
      active: 0,
      delayed: 0,
      completed: 0,
      failed: 0,
      'waiting-children': 0,
    });
  });

  it('retry-failed and recover report their counts and exit 0', async () => {
    const retry = await resona(['retry-failed'], env);
    expect(retry.code, retry.stderr).to.equal(0);
    expect(retry.stdout).to.equal('retried 0 failed jobs\n');
    const rec = await resona(['recover'], env);
    expect(rec.code, rec.stderr).to.equal(0);
    expect(rec.stdout).to.equal(
      'checked 0 queued or processing analyses, recovered 0, failed 0 whose stage job had failed unfinished\n',
    );
  });
});
