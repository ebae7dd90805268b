import type { Deferrals } from '../../lib/analyses/analysis-store.js';
import type { Config } from '../../lib/config.js';

// How long a stage may wait on a provider's 429s (PROVIDER_MAX_DEFERRALS, PROVIDER_DEFER_DEADLINE_MS): the wrapper
// fails a stage past it, and a stage with local work to fall back on asks first whether it may wait once more.

/** Why waiting must stop, or undefined while the deferrals so far stay within both limits. */
export function overDeferralCap(config: Config, d: Deferrals): string | undefined {
  const { maxDeferrals, deferDeadlineMs } = config.worker;
  const waitedMs = Date.now() - d.since.getTime();
  if (d.count <= maxDeferrals && waitedMs <= deferDeadlineMs) return undefined;
  return `the provider kept answering 429 (rate limited): put back ${d.count} times over ${Math.round(waitedMs / 1000)} s`;
}
