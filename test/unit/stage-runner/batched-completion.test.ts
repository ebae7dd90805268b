import { expect } from 'chai';
import type { Job } from 'bullmq';
import { CompletionBatcher } from '../../../lib/analyses/completion-batcher.js';
import type { Completion } from '../../../lib/analyses/complete-stages.js';
import { createLogger } from '../../../lib/logger.js';
import { runStage } from '../../../processors/stage-runner/run-stage.js';
import { testConfig } from '../../setup/app.js';
import { CLIENT_TRANSCRIPT as TRANSCRIPT, FakeStores, UNUSED_DB as DB } from '../../setup/fake-stores.js';

describe('the stage wrapper committing through the completion batcher', () => {
  it('refuses a completion still waiting behind a blocked statement when its stage times out, and retries the attempt', async () => {
    const stores = new FakeStores();
    const [blocker, late] = [stores.add(['transcription']), stores.add(['transcription'])];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const sent: string[][] = [];
    // One statement at a time, the first held as if on a row lock: the second attempt's completion waits in the lane.
    const batcher = new CompletionBatcher(
      async (items: readonly Completion[]) => {
        sent.push(items.map((c) => c.ref.id));
        await gate;
        return items.map(() => ({ status: 'processing' as const, callback_url: null, reprocess_generation: 0 }));
      },
      64,
      1,
    );
    const ports = stores.ports();
    ports.completeAtOnce = (ref, run, _keys, _writes, abort) =>
      batcher.add({ ref, run, follows: { shape: 'x', values: {}, build: () => [] } }, abort).then(Boolean);
    const processor = (timeoutMs: number) =>
      runStage(
        {
          name: 'transcription',
          timeoutMs,
          concurrency: 2,
          run: async (ctx) => ctx.results.write('transcription', TRANSCRIPT),
        },
        { ports, logger: createLogger('silent'), config: testConfig(DB), worker: () => undefined },
      );
    const job = (a: { id: string; user_id: string }) =>
      ({ data: { analysis_id: a.id, user_id: a.user_id }, attemptsMade: 0, opts: { attempts: 5 } }) as unknown as Job;
    const first = processor(10_000)(job(blocker), 'token');
    await new Promise((r) => setTimeout(r, 20));
    const second = await processor(100)(job(late), 'token').then(
      () => 'completed',
      (err: Error) => err.message,
    );
    expect(second).to.match(/timed out/);
    expect(stores.analyses.get(late.id)!.stages.transcription).to.include({ status: 'pending' });
    expect(stores.analyses.get(late.id)!.stages.transcription!.error?.code).to.equal('stage_timeout');
    release();
    await first;
    expect(sent).to.deep.equal([[blocker.id]]);
  });
});
