import { expect } from 'chai';
import type { Completion } from '../../../lib/analyses/complete-stages.js';
import { CompletionBatcher } from '../../../lib/analyses/completion-batcher.js';
import type { Settled } from '../../../lib/analyses/transition-values.js';

const completion = (id: string, stage = 'emotion', generation = 0): Completion => ({
  ref: { id, stage, generation },
  run: { attempt: 1, startedAt: new Date(), last: false },
  follows: { shape: 'emotion(x)', values: {}, build: () => [] },
});
const settled: Settled = { status: 'processing', callback_url: null, reprocess_generation: 0 };

/** A fake statement that records each batch's analysis ids and accepts all but `refused`. */
function recorder(refused = new Set<string>(), failWith?: (ids: string[]) => Error | undefined) {
  const batches: string[][] = [];
  const complete = async (items: readonly Completion[]) => {
    const ids = items.map((c) => c.ref.id);
    batches.push(ids);
    const err = failWith?.(ids);
    if (err) throw err;
    return ids.map((id) => (refused.has(id) ? undefined : settled));
  };
  return { batches, complete };
}

describe('CompletionBatcher (group commit of stage completions)', () => {
  it('sends the completions that arrive together as one statement and answers each its own verdict', async () => {
    const r = recorder(new Set(['b']));
    const batcher = new CompletionBatcher(r.complete);
    const out = await Promise.all(['a', 'b', 'c'].map((id) => batcher.add(completion(id))));
    expect(r.batches).to.deep.equal([['a', 'b', 'c']]);
    expect(out).to.deep.equal([settled, undefined, settled]);
  });

  it('sends what arrives while a statement is in flight together in the next one', async () => {
    const r = recorder();
    const batcher = new CompletionBatcher(r.complete);
    const first = batcher.add(completion('a'));
    await new Promise((resolve) => setImmediate(resolve));
    const later = ['b', 'c'].map((id) => batcher.add(completion(id)));
    await Promise.all([first, ...later]);
    expect(r.batches).to.deep.equal([['a'], ['b', 'c']]);
  });

  it('keeps stages (shapes) apart and two completions of one analysis in different statements', async () => {
    const r = recorder();
    const batcher = new CompletionBatcher(r.complete);
    await Promise.all([
      batcher.add(completion('a')),
      batcher.add(completion('a', 'emotion', 1)),
      batcher.add(completion('b', 'risk')),
    ]);
    expect(r.batches.map((b) => b.join()).sort()).to.deep.equal(['a', 'a', 'b']);
  });

  it('caps a statement at its maximum and sends the rest next', async () => {
    const r = recorder();
    const batcher = new CompletionBatcher(r.complete, 2);
    await Promise.all(['a', 'b', 'c'].map((id) => batcher.add(completion(id))));
    expect(r.batches).to.deep.equal([['a', 'b'], ['c']]);
  });

  it('refuses a completion whose check throws when its statement is formed, without sending it', async () => {
    const r = recorder();
    const batcher = new CompletionBatcher(r.complete);
    const timedOut = batcher.add(completion('a'), () => {
      throw new Error('stage timed out');
    });
    const ok = batcher.add(completion('b'));
    const [a, b] = await Promise.allSettled([timedOut, ok]);
    expect((a as PromiseRejectedResult).reason.message).to.equal('stage timed out');
    expect(b).to.deep.equal({ status: 'fulfilled', value: settled });
    expect(r.batches).to.deep.equal([['b']]);
  });

  it('retries a failed statement one completion at a time, so the error reaches only its own', async () => {
    const r = recorder(new Set(), (ids) => (ids.includes('bad') ? new Error('violates a constraint') : undefined));
    const batcher = new CompletionBatcher(r.complete);
    const [a, bad, c] = await Promise.allSettled(['a', 'bad', 'c'].map((id) => batcher.add(completion(id))));
    expect(a).to.deep.equal({ status: 'fulfilled', value: settled });
    expect(c).to.deep.equal({ status: 'fulfilled', value: settled });
    expect((bad as PromiseRejectedResult).reason.message).to.equal('violates a constraint');
    expect(r.batches[0]).to.deep.equal(['a', 'bad', 'c']);
    expect(r.batches.slice(1).sort()).to.deep.equal([['a'], ['bad'], ['c']]);
  });
});
