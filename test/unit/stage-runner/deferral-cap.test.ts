import { UnrecoverableError, type Job } from 'bullmq';
import { expect } from 'chai';
import { createLogger } from '../../../lib/logger.js';
import { runStage } from '../../../processors/stage-runner/run-stage.js';
import { testConfig } from '../../setup/app.js';
import { FakeStores, UNUSED_DB as DB } from '../../setup/fake-stores.js';

/** A transcription stage whose provider always answers 429, wrapped with the given cap settings. */
function alwaysRateLimited(stores: FakeStores, env: Record<string, string>) {
  return runStage(
    {
      name: 'transcription',
      timeoutMs: 5000,
      concurrency: 1,
      run: async (ctx) => void (await Promise.reject(await ctx.rateLimited(10))),
    },
    { ports: stores.ports(), logger: createLogger('silent'), config: testConfig(DB, env), worker: () => undefined },
  );
}

const jobOf = (a: { id: string; user_id: string }) =>
  ({ data: { analysis_id: a.id, user_id: a.user_id }, attemptsMade: 0, opts: { attempts: 5 } }) as unknown as Job;

describe("the stage wrapper's cap on a provider's 429s", () => {
  it('puts the job back while under PROVIDER_MAX_DEFERRALS, then fails it as provider_rate_limited', async () => {
    const stores = new FakeStores();
    const a = stores.add(['transcription']);
    const processor = alwaysRateLimited(stores, { PROVIDER_MAX_DEFERRALS: '3' });
    for (let i = 1; i <= 3; i++) {
      const err = (await processor(jobOf(a), 'token').catch((e: Error) => e)) as Error;
      expect(err.name).to.equal('RateLimitError');
      expect(stores.analyses.get(a.id)!.stages.transcription).to.include({ status: 'pending', deferrals: i });
    }
    const last = await processor(jobOf(a), 'token').catch((e: Error) => e);
    expect(last).to.be.instanceOf(UnrecoverableError);
    const row = stores.analyses.get(a.id)!;
    expect(row.status).to.equal('failed');
    expect(row.stages.transcription!.error?.code).to.equal('provider_rate_limited');
    expect(stores.announced.map((x) => x.status)).to.deep.equal(['failed']);
  });

  it('fails as provider_rate_limited once PROVIDER_DEFER_DEADLINE_MS has passed since the first 429', async () => {
    const stores = new FakeStores();
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    const a = stores.add(['transcription']);
    a.stages.transcription = { ...a.stages.transcription!, deferrals: 1, deferred_since: hourAgo };
    const processor = alwaysRateLimited(stores, { PROVIDER_DEFER_DEADLINE_MS: '60000' });
    expect(await processor(jobOf(a), 'token').catch((e: Error) => e)).to.be.instanceOf(UnrecoverableError);
    expect(stores.analyses.get(a.id)!.stages.transcription!.error?.code).to.equal('provider_rate_limited');
  });

  it('keeps a checkpoint saved before a deferral for the next attempt, and clears it once the stage ends', async () => {
    const stores = new FakeStores();
    const a = stores.add(['transcription']);
    const seen: Array<string | undefined> = [];
    const processor = runStage(
      {
        name: 'transcription',
        timeoutMs: 5000,
        concurrency: 1,
        run: async (ctx) => {
          const saved = await ctx.checkpoint.load();
          seen.push(saved?.toString());
          if (saved) return;
          await ctx.checkpoint.save(Buffer.from('measured once'));
          throw await ctx.rateLimited(10);
        },
      },
      { ports: stores.ports(), logger: createLogger('silent'), config: testConfig(DB), worker: () => undefined },
    );
    expect(((await processor(jobOf(a), 'token').catch((e: Error) => e)) as Error).name).to.equal('RateLimitError');
    expect(stores.checkpoints.size).to.equal(1);
    await processor(jobOf(a), 'token');
    expect(seen).to.deep.equal([undefined, 'measured once']);
    expect(stores.checkpoints.size).to.equal(0);
    expect(stores.analyses.get(a.id)!.status).to.equal('completed');
  });

  it('does not count a shutdown hand-back as a deferral', async () => {
    const stores = new FakeStores();
    const a = stores.add(['transcription']);
    await stores.ports().analyses.deferStage({ id: a.id, stage: 'transcription', generation: 0 });
    expect(stores.analyses.get(a.id)!.stages.transcription!.deferrals).to.equal(undefined);
  });
});
