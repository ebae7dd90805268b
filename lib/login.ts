import { createHash } from 'node:crypto';
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

/**
 * The one email-and-password check (POST /v1/auth/login, HTTP Basic on the queue board): every attempt is
 * counted per client IP and per account before it is judged; a success gives the IP its attempt back and
 * clears the account. Throws RateLimitedError or InvalidCredentialsError.
 */
export async function checkLogin(
  { users, limiter, limits }: LoginDeps,
  attempt: { email: string; password: string; ip: string | undefined },
): Promise<User> {
  const ipKey = `login:ip:${attempt.ip ?? 'unknown'}`;
  // Hashed: the counter table need not hold email addresses.
  const accountKey = `login:account:${createHash('sha256').update(normaliseEmail(attempt.email)).digest('hex')}`;
  const [ip, account] = await Promise.all([limiter.consume(ipKey), limiter.consume(accountKey)]);
  const blocked = [
    ip.points > limits.maxPerIp ? ip.retryAfterSeconds : 0,
    account.points > limits.maxPerAccount ? account.retryAfterSeconds : 0,
  ];
  if (Math.max(...blocked) > 0) throw new RateLimitedError(Math.max(...blocked));

  const user = await users.findByEmailWithHash(attempt.email);
  const ok = await verifyPassword(user?.passwordHash, attempt.password);
  if (!ok || !user) throw new InvalidCredentialsError();
  await Promise.all([limiter.refund(ipKey), limiter.reset(accountKey)]);
  const { id, email, role, consentVersion, createdAt } = user;
  return { id, email, role, consentVersion, createdAt };
}
