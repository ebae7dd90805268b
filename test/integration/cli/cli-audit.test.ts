import { expect } from 'chai';
import { personalise, personaliseOptions } from '../../../cli/commands/personalise.command.js';
import { recover } from '../../../cli/commands/recover.command.js';
import { reprocess, reprocessOptions } from '../../../cli/commands/reprocess.command.js';
import { retryFailed } from '../../../cli/commands/retry-failed.command.js';
import { resona } from '../../setup/cli.js';
import { queueFixture, submitAnalyses, type QueueFixture } from './queue-fixture.js';

describe('the command line writes privileged actions to audit_log', function () {
  this.timeout(60_000);
  let f: QueueFixture;
  before(async () => {
    f = await queueFixture('redis');
  });
  after(() => f.stop());
  const rows = (action: string) => f.t.db('audit_log').where({ action });

  it('records reprocess with its filters and counts, and not a dry run', async () => {
    const { ids, userId } = await submitAnalyses(f, 1);
    await f.runUntilEnded(ids);
    await reprocess(f.ctx, reprocessOptions.parse({ stage: 'emotion', user: userId, dryRun: true }));
    expect(await rows('queue.reprocess')).to.have.length(0);
    await reprocess(f.ctx, reprocessOptions.parse({ stage: 'emotion', user: userId }));
    const [row] = await rows('queue.reprocess');
    expect(row.actor_id).to.equal(null);
    expect(row.details).to.include({ source: 'cli', stage: 'emotion', user: userId, matched: 1, enqueued: 1 });
  });

  it('records retry-failed and recover with their counts', async () => {
    await retryFailed(f.ctx);
    await recover(f.ctx);
    expect((await rows('queue.retry_failed'))[0].details).to.include({ source: 'cli', retried: 0 });
    expect((await rows('queue.recover'))[0].details).to.include({ source: 'cli', recovered: 0 });
  });

  it('records a personalise run with its counts, and not a dry run', async () => {
    const settings = { timeZones: ['Africa/Nairobi'], minSessions: 3 };
    await personalise(f.ctx, personaliseOptions.parse({ dryRun: true }), settings);
    expect(await rows('personalise.run')).to.have.length(0);
    await personalise(f.ctx, personaliseOptions.parse({}), settings);
    const [row] = await rows('personalise.run');
    expect(row.actor_id).to.equal(null);
    expect(row.details).to.include({ source: 'cli', user: null, zones: 1, written: 0 });
  });

  it('records users create with the new account and its role, never the password', async () => {
    const run = await resona(
      ['users', 'create', '--email', 'audited@example.org', '--role', 'clinician'],
      { DATABASE_URL: f.t.url },
      'audited-pass-1\n',
    );
    expect(run.code, run.stderr).to.equal(0);
    const user = await f.t.db('users').where({ email: 'audited@example.org' }).first('id');
    const [row] = await rows('user.create');
    expect(row).to.include({ resource_type: 'user', resource_id: user.id });
    expect(row.details).to.include({ role: 'clinician' });
    expect(JSON.stringify(row)).to.not.include('audited-pass-1');
  });
});
