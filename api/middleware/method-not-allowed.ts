import type { Express, RequestHandler } from 'express';
import { MethodNotAllowedError } from '../../lib/errors.js';

/** What this module reads of the router's layers (router 2.x): a pure `match`, a route's methods, a sub-router's stack. */
interface Layer {
  match(path: string): false | { path: string };
  route?: { _methods(): string[] };
  handle?: { stack?: Layer[] };
}

/** Methods the routes in `stack` accept for `path`, looking into mounted routers; empty when no route has the path. */
function allowedMethods(stack: Layer[], path: string): Set<string> {
  const allowed = new Set<string>();
  for (const layer of stack) {
    let match: ReturnType<Layer['match']>;
    try {
      match = layer.match(path);
    } catch {
      continue; // a path the layer cannot decode is not its path
    }
    if (!match) continue;
    if (layer.route) {
      for (const method of layer.route._methods()) allowed.add(method);
    } else if (Array.isArray(layer.handle?.stack)) {
      for (const method of allowedMethods(layer.handle.stack, path.slice(match.path.length) || '/'))
        allowed.add(method);
    }
  }
  return allowed;
}

/**
 * Mounted after every route, before the 404: a path some route serves under other methods answers 405 with
 * `Allow` (computed from the routes themselves, so it cannot drift from them), and OPTIONS 204 with `Allow`.
 */
export function methodNotAllowed(app: Express): RequestHandler {
  return (req, res, next) => {
    const allowed = [...allowedMethods(app.router.stack as unknown as Layer[], req.path)].sort();
    if (allowed.length === 0) return next();
    res.set('Allow', allowed.join(', '));
    // OPTIONS asks exactly this (mounted routers answer it themselves; top-level routes reach here).
    if (req.method === 'OPTIONS') return void res.status(204).end();
    next(new MethodNotAllowedError(`${req.method} is not allowed on ${req.path}; allowed: ${allowed.join(', ')}.`));
  };
}
