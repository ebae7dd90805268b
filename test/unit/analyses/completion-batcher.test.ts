import { expect } from 'chai';
import type { Completion } from '../../../lib/analyses/complete-stages.js';
import { CompletionBatcher, type AbortWatch } from '../../../lib/analyses/completion-batcher.js';
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

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** An attempt's abort, fired by the test. */
function abortable(): AbortWatch & { abort(err: Error): void } {
  let reason: Error | undefined;
  let reject!: (err: Error) => void;
  const ended = new Promise<never>((_, r) => (reject = r));
  ended.catch(() => undefined);
  return {
    ended,
    throwIfAborted: () => {
      if (reason) throw reason;
    },
    abort: (err) => {
      reason = err;
      reject(err);
    },
  };
}

function aborted(err: Error): AbortWatch {
  const watch = abortable();
  watch.abort(err);
  return watch;
}

/** A statement that waits (on a row lock, say) until released. */
function blocked() {
  const batches: string[][] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const complete = async (items: readonly Completion[]) => {
    batches.push(items.map((c) => c.ref.id));
    await gate;
    return items.map(() => settled);
  };
  return { batches, complete, release: () => open() };
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
    const gate = blocked();
    const batcher = new CompletionBatcher(gate.complete, 64, 1);
    const first = batcher.add(completion('a'));
    await tick();
    const later = ['b', 'c'].map((id) => batcher.add(completion(id)));
    await tick();
    expect(gate.batches).to.deep.equal([['a']]);
    gate.release();
    await Promise.all([first, ...later]);
    expect(gate.batches).to.deep.equal([['a'], ['b', 'c']]);
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

  it('refuses a completion whose attempt was aborted before its statement formed, without sending it', async () => {
    const r = recorder();
    const batcher = new CompletionBatcher(r.complete);
    const timedOut = batcher.add(completion('a'), aborted(new Error('stage timed out')));
    const ok = batcher.add(completion('b'));
    const [a, b] = await Promise.allSettled([timedOut, ok]);
    expect((a as PromiseRejectedResult).reason.message).to.equal('stage timed out');
    expect(b).to.deep.equal({ status: 'fulfilled', value: settled });
    expect(r.batches).to.deep.equal([['b']]);
  });

  it('withdraws a waiting completion the moment its attempt aborts, while earlier statements are still blocked', async () => {
    const gate = blocked();
    const batcher = new CompletionBatcher(gate.complete, 64, 1);
    const first = batcher.add(completion('a'));
    await tick();
    const watch = abortable();
    const waiting = batcher.add(completion('b'), watch);
    await tick();
    watch.abort(new Error('shutting down'));
    const outcome = await waiting.then(
      () => 'committed',
      (err: Error) => err.message,
    );
    expect(outcome).to.equal('shutting down');
    gate.release();
    await first;
    expect(gate.batches).to.deep.equal([['a']]);
  });

  it('sends a second statement while the first waits on a lock, so one locked row holds up no other stage', async () => {
    const gate = blocked();
    const batcher = new CompletionBatcher(gate.complete);
    const first = batcher.add(completion('a'));
    await tick();
    const second = batcher.add(completion('b'));
    await tick();
    expect(gate.batches).to.deep.equal([['a'], ['b']]);
    gate.release();
    await Promise.all([first, second]);
  });

  it('retries a failed statement one completion at a time, each checked again, so the error reaches only its own', async () => {
    let inFlight = 0;
    let most = 0;
    const batches: string[][] = [];
    const complete = async (items: readonly Completion[]) => {
      const ids = items.map((c) => c.ref.id);
      batches.push(ids);
      most = Math.max(most, ++inFlight);
      await tick();
      inFlight--;
      if (ids.includes('bad')) throw new Error('violates a constraint');
      return ids.map(() => settled);
    };
    const batcher = new CompletionBatcher(complete, 64, 1);
    const late = abortable();
    const runs = [batcher.add(completion('a')), batcher.add(completion('bad')), batcher.add(completion('c'), late)];
    await tick();
    late.abort(new Error('timed out while the batch failed'));
    const [a, bad, c] = await Promise.allSettled(runs);
    expect(a).to.deep.equal({ status: 'fulfilled', value: settled });
    expect((bad as PromiseRejectedResult).reason.message).to.equal('violates a constraint');
    expect((c as PromiseRejectedResult).reason.message).to.equal('timed out while the batch failed');
    expect(batches).to.deep.equal([['a', 'bad', 'c'], ['a'], ['bad']]);
    expect(most).to.equal(1);
  });
});
