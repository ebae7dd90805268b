import { expect } from 'chai';
import { SHUTDOWN_REASON } from '../../../processors/stage-runner/outcome.js';
import { stageAbort } from '../../../processors/stage-runner/signal.js';

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (err: unknown) => err,
  );

describe("a stage attempt's abort", () => {
  it('ends the race with a TimeoutError and names the timeout as the cause', async () => {
    const abort = stageAbort(10);
    const err = (await rejection(abort.ended)) as DOMException;
    expect(err.name).to.equal('TimeoutError');
    expect(abort.cause()).to.equal('timeout');
    expect(() => abort.throwIfAborted()).to.throw('timed out after 10 ms');
    abort.clear();
  });

  it("tells the worker's shutdown apart from an operator's cancellation", async () => {
    for (const [reason, cause] of [
      [SHUTDOWN_REASON, 'shutdown'],
      ['canceled by an operator', 'canceled'],
    ] as const) {
      const worker = new AbortController();
      const abort = stageAbort(60_000, worker.signal);
      expect(abort.cause()).to.equal(undefined);
      worker.abort(reason);
      expect(await rejection(abort.ended)).to.equal(reason);
      expect(abort.cause()).to.equal(cause);
      abort.clear();
    }
  });

  it('keeps the first cause when the timer fires after the worker canceled', async () => {
    const worker = new AbortController();
    const abort = stageAbort(5, worker.signal);
    worker.abort('canceled by an operator');
    await new Promise((r) => setTimeout(r, 20));
    expect(abort.cause()).to.equal('canceled');
  });

  it('gives a stage that asks for its signal late one that is already aborted, with the same reason', async () => {
    const abort = stageAbort(5);
    await rejection(abort.ended);
    expect(abort.signal.aborted).to.equal(true);
    expect((abort.signal.reason as Error).name).to.equal('TimeoutError');
  });

  it('aborts a signal the stage holds when the time runs out', async () => {
    const abort = stageAbort(5);
    const { signal } = abort;
    expect(signal.aborted).to.equal(false);
    await rejection(abort.ended);
    expect(signal.aborted).to.equal(true);
  });

  it('neither fires nor aborts once cleared', async () => {
    const abort = stageAbort(5);
    abort.clear();
    await new Promise((r) => setTimeout(r, 20));
    expect(abort.cause()).to.equal(undefined);
    expect(abort.signal.aborted).to.equal(false);
    expect(() => abort.throwIfAborted()).not.to.throw();
  });
});
