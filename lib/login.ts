import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { clientAddressKey } from './client-address.js';
import type { Config } from './config.js';
import { InvalidCredentialsError, RateLimitedError } from './errors.js';
import { verifyPassword } from './passwords.js';
import type { PostgresRateLimiter } from './rate-limit.js';
import { normaliseEmail, type IUserRepository, type User } from './repositories/user.repository.js';

export interface LoginDeps {
  users: IUserRepository;
  limiter: PostgresRateLimiter;
  limits: Config['login'];
}

const FIRST_DELAY_MS = 250;

/** The wait before judging an attempt on an account that has `failures` failures (from any address) in the window. */
export function accountDelayMs(failures: number, limits: Config['login']): number {
  const excess = failures - limits.accountSlowAfter;
  if (excess < 0) return 0;
  return Math.min(limits.accountMaxDelayMs, FIRST_DELAY_MS * 2 ** Math.min(excess, 30));
}

/**
 * The one email-and-password check (POST /v1/auth/login, HTTP Basic on the queue board). Refusals (429) fall
 * only on the client address that failed: too many failures from it overall, or on this account from it. Failures
 * on an account from all addresses only slow every attempt on it (a growing wait before the check, so an
 * early answer reveals nothing): someone guessing elsewhere can never lock the owner out. A success gives the
 * address and the account their attempt back and clears the address's failures on the account.
 * Throws RateLimitedError or InvalidCredentialsError.
 */
export async function checkLogin(
  { users, limiter, limits }: LoginDeps,
  attempt: { email: string; password: string; ip: string | undefined },
): Promise<User> {
  const address = clientAddressKey(attempt.ip);
  // Hashed: the counter table need not hold email addresses.
  const account = createHash('sha256').update(normaliseEmail(attempt.email)).digest('hex');
  const keys = {
    address: `login:ip:${address}`,
    pair: `login:pair:${account}:${address}`,
    account: `login:account:${account}`,
  };
  const window = limits.windowSeconds;
  const [byAddress, byPair] = await Promise.all([
    limiter.consume(keys.address, window),
    limiter.consume(keys.pair, window),
  ]);
  const refused = Math.max(
    byAddress.points > limits.maxPerIp ? byAddress.retryAfterSeconds : 0,
    byPair.points > limits.maxPerAccountIp ? byPair.retryAfterSeconds : 0,
  );
  if (refused > 0) throw new RateLimitedError(refused);

  // Counted only once admitted: refused attempts cost the guesser nothing, so they must not slow the owner either.
  const byAccount = await limiter.consume(keys.account, window);
  const delay = accountDelayMs(byAccount.points - 1, limits);
  if (delay > 0) await sleep(delay);

  const user = await users.findByEmailWithHash(attempt.email);
  const ok = await verifyPassword(user?.passwordHash, attempt.password);
  if (!ok || !user) throw new InvalidCredentialsError();
  await Promise.all([limiter.refund(keys.address), limiter.reset(keys.pair), limiter.refund(keys.account)]);
  const { id, email, role, consentVersion, createdAt } = user;
  return { id, email, role, consentVersion, createdAt };
}
