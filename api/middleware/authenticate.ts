import type { Request, RequestHandler, Response } from 'express';
import { Passport } from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import type { Config } from '../../lib/config.js';
import { UnauthorizedError } from '../../lib/errors.js';
import { jwtKey } from '../../lib/tokens.js';
import type { IUserRepository, User } from '../../lib/repositories/user.repository.js';

// The canonical 8-4-4-4-12 form, so PostgreSQL's uuid parser never sees anything else.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** passport-jwt's options for our tokens: HS256 only (so `alg: none` and RS/HS confusion fail), issuer and audience. */
function strategy(jwtConfig: Config['jwt'], found: (sub: string) => Promise<unknown>): JwtStrategy {
  return new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt's types say string | Buffer; it hands the key to jsonwebtoken, which takes a KeyObject.
      secretOrKey: jwtKey(jwtConfig.secret) as unknown as string,
      algorithms: ['HS256'],
      issuer: jwtConfig.issuer,
      audience: jwtConfig.audience,
    },
    (payload: { sub?: unknown; exp?: unknown }, done: (err: unknown, user?: unknown) => void) => {
      // jsonwebtoken checks exp only when present: a token without one would never expire.
      if (typeof payload.exp !== 'number') return done(null, false);
      if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) return done(null, false);
      found(payload.sub).then((user) => done(null, user ?? false), done);
    },
  );
}

function handler(
  passport: InstanceType<typeof Passport>,
  onUser: (req: Request, res: Response, user: unknown) => void,
): RequestHandler {
  return (req, res, next) => {
    passport.authenticate('jwt', { session: false }, (err: unknown, user: unknown) => {
      if (err) return next(err);
      if (!user) return next(new UnauthorizedError());
      onUser(req, res, user);
      next();
    })(req, res, next);
  };
}

/**
 * Bearer JWT verification: HS256 only, issuer, audience and expiry checked (exp required), sub a UUID, and the user
 * must still exist.
 */
export function createAuthenticator(jwtConfig: Config['jwt'], users: IUserRepository): RequestHandler {
  const passport = new Passport();
  passport.use(strategy(jwtConfig, (sub) => users.findById(sub)));
  return handler(passport, (req, _res, user) => (req.user = user as User));
}

/**
 * The same checks of the token, without reading the user: for a route whose every write is keyed by the user, so
 * that the foreign key to `users` refuses a deleted account (answered 401 by the error handler) in the same statement.
 */
export function createTokenAuthenticator(jwtConfig: Config['jwt']): RequestHandler {
  const passport = new Passport();
  passport.use(strategy(jwtConfig, async (sub) => ({ id: sub })));
  return handler(passport, (_req, res, subject) => (res.locals.subject = (subject as { id: string }).id));
}

export function currentUser(req: Request): User {
  if (!req.user) throw new UnauthorizedError();
  return req.user as User;
}

/** The id of the token's user, from either authenticator. */
export function currentUserId(req: Request, res: Response): string {
  const id = (res.locals.subject as string | undefined) ?? (req.user as User | undefined)?.id;
  if (!id) throw new UnauthorizedError();
  return id;
}
