import { completionShape, type Completion } from './complete-stages.js';
import type { Settled } from './transition-values.js';

// Group commit for stage completions: what finishes while a statement is in flight goes in the next one, together.

/** The attempt's abort: `ended` rejects when it times out or is canceled; nothing may commit after that. */
export interface AbortWatch {
  ended: Promise<never>;
  throwIfAborted(): void;
}

interface Waiting {
  completion: Completion;
  abort?: AbortWatch;
  /** Still in its lane: an abort may withdraw it (once taken, its statement answers it). */
  queued: boolean;
  resolve(s: Settled | undefined): void;
  reject(err: unknown): void;
}

interface Lane {
  waiting: Waiting[];
  inFlight: number;
  scheduled: boolean;
}

export type CompleteStages = (items: readonly Completion[]) => Promise<Array<Settled | undefined>>;

/** Most completions in one statement: bounds its size and how many wait behind one row lock. */
export const MAX_BATCH = 64;
/** Statements of one shape in flight at once: one waiting on a row lock does not hold up the stage's others. */
export const MAX_IN_FLIGHT = 2;

/**
 * Sends each shape's completions in few statements: the first goes at once (after the current I/O callbacks), and
 * those that arrive while statements are in flight go together next. Fewer commits, round trips and executor
 * start-ups per completion under load; no added wait when idle. An attempt aborted while it waits is withdrawn at
 * once; a failed statement is retried one completion at a time (each checked again), so an error is its own only.
 */
export class CompletionBatcher {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly complete: CompleteStages,
    private readonly max = MAX_BATCH,
    private readonly maxInFlight = MAX_IN_FLIGHT,
  ) {}

  /** Completes one analysis's stage; undefined when the transition was refused (canceled, other generation). */
  add(completion: Completion, abort?: AbortWatch): Promise<Settled | undefined> {
    const shape = completionShape(completion);
    let lane = this.lanes.get(shape);
    if (!lane) this.lanes.set(shape, (lane = { waiting: [], inFlight: 0, scheduled: false }));
    const done = new Promise<Settled | undefined>((resolve, reject) => {
      const w: Waiting = { completion, abort, queued: true, resolve, reject };
      lane.waiting.push(w);
      abort?.ended.catch((err: unknown) => this.withdraw(lane, w, err));
    });
    if (!lane.scheduled) {
      lane.scheduled = true;
      setImmediate(() => {
        lane.scheduled = false;
        this.pump(shape, lane);
      });
    }
    return done;
  }

  private withdraw(lane: Lane, w: Waiting, err: unknown): void {
    if (!w.queued) return;
    lane.waiting.splice(lane.waiting.indexOf(w), 1);
    w.queued = false;
    w.reject(err);
  }

  private pump(shape: string, lane: Lane): void {
    while (lane.inFlight < this.maxInFlight && lane.waiting.length) {
      const batch = this.take(lane);
      if (!batch.length) continue;
      lane.inFlight++;
      void this.send(batch).finally(() => {
        lane.inFlight--;
        this.pump(shape, lane);
      });
    }
    if (lane.inFlight === 0 && lane.waiting.length === 0 && !lane.scheduled) this.lanes.delete(shape);
  }

  /** Up to `max` completions of distinct analyses (a second one of an analysis waits for a later statement). */
  private take(lane: Lane): Waiting[] {
    const batch: Waiting[] = [];
    const ids = new Set<string>();
    const rest: Waiting[] = [];
    for (const w of lane.waiting) {
      if (batch.length >= this.max || ids.has(w.completion.ref.id)) rest.push(w);
      else if (this.refused(w)) continue;
      else {
        ids.add(w.completion.ref.id);
        w.queued = false;
        batch.push(w);
      }
    }
    lane.waiting = rest;
    return batch;
  }

  /** Answers an attempt that was aborted (its timeout, a cancellation, shutdown): it may not commit. */
  private refused(w: Waiting): boolean {
    try {
      w.abort?.throwIfAborted();
      return false;
    } catch (err) {
      w.queued = false;
      w.reject(err);
      return true;
    }
  }

  private async send(batch: Waiting[]): Promise<void> {
    try {
      const settled = await this.complete(batch.map((w) => w.completion));
      batch.forEach((w, i) => w.resolve(settled[i]));
    } catch (err) {
      if (batch.length === 1) return batch[0]!.reject(err);
      // One completion's fault (or a deadlock with a bulk update) must not fail the others: each alone, in turn.
      for (const w of batch) if (!this.refused(w)) await this.send([w]);
    }
  }
}
