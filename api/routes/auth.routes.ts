import { Router } from 'express';
import { loginSchema, registerSchema } from '../../lib/account-schemas.js';
import type { Config } from '../../lib/config.js';
import { ConflictError } from '../../lib/errors.js';
import { checkLogin } from '../../lib/login.js';
import { hashPassword } from '../../lib/passwords.js';
import type { PostgresRateLimiter } from '../../lib/rate-limit.js';
import { admitRegistration } from '../../lib/registration.js';
import { EmailTakenError, type IUserRepository } from '../../lib/repositories/user.repository.js';
import { issueToken } from '../../lib/tokens.js';
import { currentUser } from '../middleware/authenticate.js';
import type { RequestHandler } from 'express';
import { parse } from '../middleware/validate.js';

interface Deps {
  config: Config;
  users: IUserRepository;
  limiter: PostgresRateLimiter;
  authenticate: RequestHandler;
}

export function authRoutes({ config, users, limiter, authenticate }: Deps): Router {
  const router = Router();

  router.post('/register', async (req, res) => {
    const body = parse(registerSchema, req.body ?? {});
    await admitRegistration(limiter, config.registration, req.ip);
    const passwordHash = await hashPassword(body.password);
    const user = await users
      .create({
        email: body.email,
        passwordHash,
        role: 'user',
        consentVersion: body.consent_version,
        timeZone: body.time_zone,
      })
      .catch((err: unknown) => {
        if (err instanceof EmailTakenError)
          throw new ConflictError('email_taken', 'An account with this email already exists.');
        throw err;
      });
    res.status(201).json({ user_id: user.id, email: user.email, ...issueToken(config.jwt, user) });
  });

  router.post('/login', async (req, res) => {
    const body = parse(loginSchema, req.body ?? {});
    const user = await checkLogin({ users, limiter, limits: config.login }, { ...body, ip: req.ip });
    res.json(issueToken(config.jwt, user));
  });

  router.get('/me', authenticate, (req, res) => {
    const user = currentUser(req);
    res.json({ user_id: user.id, email: user.email, role: user.role, created_at: user.createdAt.toISOString() });
  });

  return router;
}
