import type { RequestHandler } from 'express';
import type { Metrics } from '../../lib/metrics.js';

/** Times every request, labelled by the route pattern (never the raw path: ids would explode the series). */
export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer();
    res.on('finish', () => {
      const route = req.route?.path
        ? `${req.baseUrl}${req.route.path === '/' ? '' : req.route.path}` || '/'
        : req.baseUrl || 'unmatched';
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
