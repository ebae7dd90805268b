import type { Request, RequestHandler } from 'express';
import { Passport } from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import type { Config } from '../../lib/config.js';
import { UnauthorizedError } from '../../lib/errors.js';
import { jwtKey } from '../../lib/tokens.js';
import type { IUserRepository, User } from '../../lib/repositories/user.repository.js';

// The canonical 8-4-4-4-12 form, so PostgreSQL's uuid parser never sees anything else.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Bearer JWT verification through passport-jwt: HS256 only (so `alg: none` and RS/HS confusion fail),
 * issuer, audience and expiry checked (exp required), sub a UUID, and the user must still exist.
 */
export function createAuthenticator(jwtConfig: Config['jwt'], users: IUserRepository): RequestHandler {
  const passport = new Passport();
  passport.use(
    new JwtStrategy(
      {
        jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
        // passport-jwt's types say string | Buffer; it hands the key to jsonwebtoken, which takes a KeyObject.
        secretOrKey: jwtKey(jwtConfig.secret) as unknown as string,
        algorithms: ['HS256'],
        issuer: jwtConfig.issuer,
        audience: jwtConfig.audience,
      },
      (payload: { sub?: unknown; exp?: unknown }, done: (err: unknown, user?: User | false) => void) => {
        // jsonwebtoken checks exp only when present: a token without one would never expire.
        if (typeof payload.exp !== 'number') return done(null, false);
        if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) return done(null, false);
        users.findById(payload.sub).then((user) => done(null, user ?? false), done);
      },
    ),
  );
  return (req, res, next) => {
    passport.authenticate('jwt', { session: false }, (err: unknown, user: User | false) => {
      if (err) return next(err);
      if (!user) return next(new UnauthorizedError());
      req.user = user;
      next();
    })(req, res, next);
  };
}

export function currentUser(req: Request): User {
  if (!req.user) throw new UnauthorizedError();
  return req.user as User;
}
