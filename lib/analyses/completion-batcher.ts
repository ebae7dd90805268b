import { completionShape, type Completion } from './complete-stages.js';
import type { Settled } from './transition-values.js';

// Group commit for stage completions: what finishes while a statement is in flight goes in the next one, together.

/** A completion waiting for its statement; `check` throws when it may no longer commit (its stage timed out). */
interface Waiting {
  completion: Completion;
  check?: () => void;
  resolve(s: Settled | undefined): void;
  reject(err: unknown): void;
}

interface Lane {
  waiting: Waiting[];
  busy: boolean;
}

export type CompleteStages = (items: readonly Completion[]) => Promise<Array<Settled | undefined>>;

/** Most completions in one statement: bounds its size and how long one lock wait holds the others. */
export const MAX_BATCH = 64;

/**
 * Sends each shape's completions as one statement at a time: the first goes at once (after the current I/O
 * callbacks), and those that arrive meanwhile go together when it returns. Fewer commits, round trips and
 * executor start-ups per completion under load; no added wait when idle. A failed batch is retried one by one,
 * so an error belongs to its own completion only.
 */
export class CompletionBatcher {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly complete: CompleteStages,
    private readonly max = MAX_BATCH,
  ) {}

  /** Completes one analysis's stage; undefined when the transition was refused (canceled, other generation). */
  add(completion: Completion, check?: () => void): Promise<Settled | undefined> {
    const shape = completionShape(completion);
    let lane = this.lanes.get(shape);
    if (!lane) this.lanes.set(shape, (lane = { waiting: [], busy: false }));
    const done = new Promise<Settled | undefined>((resolve, reject) =>
      lane.waiting.push({ completion, check, resolve, reject }),
    );
    if (!lane.busy) {
      lane.busy = true;
      setImmediate(() => void this.drain(shape, lane));
    }
    return done;
  }

  private async drain(shape: string, lane: Lane): Promise<void> {
    while (lane.waiting.length) {
      const batch = this.take(lane);
      if (batch.length) await this.send(batch);
    }
    lane.busy = false;
    this.lanes.delete(shape);
  }

  /** Up to `max` completions of distinct analyses (a second one of an analysis waits for the next statement). */
  private take(lane: Lane): Waiting[] {
    const batch: Waiting[] = [];
    const ids = new Set<string>();
    const rest: Waiting[] = [];
    for (const w of lane.waiting) {
      if (batch.length >= this.max || ids.has(w.completion.ref.id)) {
        rest.push(w);
        continue;
      }
      try {
        w.check?.();
      } catch (err) {
        w.reject(err);
        continue;
      }
      ids.add(w.completion.ref.id);
      batch.push(w);
    }
    lane.waiting = rest;
    return batch;
  }

  private async send(batch: Waiting[]): Promise<void> {
    try {
      const settled = await this.complete(batch.map((w) => w.completion));
      batch.forEach((w, i) => w.resolve(settled[i]));
    } catch (err) {
      if (batch.length === 1) return batch[0]!.reject(err);
      // One completion's fault (or a deadlock with a bulk update) must not fail the others: each alone.
      await Promise.all(batch.map((w) => this.send([w])));
    }
  }
}
