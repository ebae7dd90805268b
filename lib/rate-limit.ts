import type { Knex } from 'knex';

export interface RateLimitState {
  points: number;
  retryAfterSeconds: number;
}

// About one consume in this many also deletes a batch of expired counters, so the table does not keep every key.
const SWEEP_EVERY = 200;

/**
 * Fixed-window counters in Postgres, shared by every API process. `consume` counts an attempt
 * atomically before it is judged, so parallel guesses cannot slip past the limit.
 */
export class PostgresRateLimiter {
  constructor(private readonly db: Knex) {}

  async consume(key: string, windowSeconds: number): Promise<RateLimitState> {
    const { rows } = await this.db.raw<{ rows: Array<{ points: number; retry: string }> }>(
      `INSERT INTO rate_limits (key, points, reset_at) VALUES (?, 1, now() + make_interval(secs => ?))
       ON CONFLICT (key) DO UPDATE SET
         points = CASE WHEN rate_limits.reset_at <= now() THEN 1 ELSE rate_limits.points + 1 END,
         reset_at = CASE WHEN rate_limits.reset_at <= now() THEN EXCLUDED.reset_at ELSE rate_limits.reset_at END
       RETURNING points, ceil(extract(epoch FROM reset_at - now())) AS retry`,
      [key, windowSeconds],
    );
    if (Math.random() * SWEEP_EVERY < 1) void this.sweep().catch(() => undefined);
    const row = rows[0]!;
    return { points: row.points, retryAfterSeconds: Math.max(1, Number(row.retry)) };
  }

  /** Gives back one attempt (a login that succeeded should not count against the client). */
  async refund(key: string): Promise<void> {
    await this.db('rate_limits').where({ key }).andWhere('points', '>', 0).decrement('points', 1);
  }

  async reset(key: string): Promise<void> {
    await this.db('rate_limits').where({ key }).delete();
  }

  /** Deletes up to 1000 counters whose window has ended (a later consume would start them at 1 anyway). */
  async sweep(): Promise<void> {
    await this.db.raw(
      `DELETE FROM rate_limits WHERE key IN
         (SELECT key FROM rate_limits WHERE reset_at <= now() LIMIT 1000 FOR UPDATE SKIP LOCKED)`,
    );
  }
}
