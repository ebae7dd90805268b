import type { Request, RequestHandler } from 'express';
import { ForbiddenError } from '../../lib/errors.js';

/** Methods that change nothing; every other method is a write. */
export const READ_METHODS = new Set(['GET', 'HEAD']);
const OTHER_SITE = new Set(['cross-site', 'same-site']);

/** The board's own origin as a browser writes it in `Origin` (default port left out). */
function ownOrigin(req: Request): string | undefined {
  try {
    return new URL(`${req.protocol}://${req.host}`).origin;
  } catch {
    return undefined;
  }
}

/**
 * Browsers attach Basic credentials to requests any page starts, so a write must come from the board's own
 * pages: refused when `Origin` names another origin or `Sec-Fetch-Site` another site. Clients that are not
 * browsers send neither header and pass.
 */
export const sameOriginWrites: RequestHandler = (req, _res, next) => {
  if (READ_METHODS.has(req.method)) return next();
  const site = req.get('sec-fetch-site')?.toLowerCase();
  const origin = req.get('origin');
  if ((site && OTHER_SITE.has(site)) || (origin !== undefined && origin !== ownOrigin(req))) {
    throw new ForbiddenError('Changes to the queue board must come from the board’s own pages.');
  }
  next();
};
