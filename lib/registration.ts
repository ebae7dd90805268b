import { clientAddressKey } from './client-address.js';
import type { Config } from './config.js';
import { RateLimitedError } from './errors.js';
import type { PostgresRateLimiter } from './rate-limit.js';

/**
 * Counts a registration (before its argon2 hash is computed) per client address per hour and across all
 * addresses per minute, in the shared rate_limits table; throws RateLimitedError past either limit.
 */
export async function admitRegistration(
  limiter: PostgresRateLimiter,
  limits: Config['registration'],
  ip: string | undefined,
): Promise<void> {
  const byAddress = await limiter.consume(`register:ip:${clientAddressKey(ip)}`, 3600);
  if (byAddress.points > limits.maxPerIpPerHour) throw new RateLimitedError(byAddress.retryAfterSeconds);
  // Counted only once the address is admitted, so one address cannot use up everyone's registrations.
  const overall = await limiter.consume('register:all', 60);
  if (overall.points > limits.maxPerMinute) throw new RateLimitedError(overall.retryAfterSeconds);
}
