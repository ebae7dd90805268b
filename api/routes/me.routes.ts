import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { BASELINE_FEATURE_KEYS } from '../../lib/baseline/features.js';
import { baselineView, trendView } from '../../lib/baseline/trends.js';
import type { Config } from '../../lib/config.js';
import type { Knex } from '../../lib/db.js';
import { interfaceView } from '../../lib/interfaces/view.js';
import { renderTrendChart } from '../charts/trend-chart.js';
import { currentUser } from '../middleware/authenticate.js';
import { parse } from '../middleware/validate.js';

// The person's own view of their voice baseline (DESIGN §4 "People", §9): only ever the caller's data.

export const trendsQuerySchema = z.object({
  feature: z
    .enum(BASELINE_FEATURE_KEYS as [string, ...string[]])
    .default('f0_sd_st')
    .describe('The voice measure; default pitch variability, the most consistent marker of low mood.'),
  since: z.iso.datetime({ offset: true }).optional().describe('Only sessions recorded at or after this time.'),
});

interface Deps {
  config: Config;
  db: Knex;
  authenticate: RequestHandler;
}

export function meRoutes({ config, db, authenticate }: Deps): Router {
  const router = Router();
  const settings = { window: config.baseline.window, required: config.baseline.minSessions };
  router.use(authenticate);

  router.get('/baseline', async (req, res) => {
    res.json(await baselineView(db, currentUser(req).id, settings));
  });

  const trend = (req: Parameters<RequestHandler>[0]) =>
    trendView(db, currentUser(req).id, parse(trendsQuerySchema, req.query), settings);

  router.get('/trends', async (req, res) => {
    res.json(await trend(req));
  });

  router.get('/trends.svg', async (req, res) => {
    const view = await trend(req);
    // Health data: never cached by shared caches; the chart's text alternative sits inside the SVG.
    res.set('Cache-Control', 'private, no-store').type('image/svg+xml').send(renderTrendChart(view));
  });

  // The active nightly interface (issue 12), or the default one, marked as such, for a person without one.
  router.get('/interface', async (req, res) => {
    res.set('Cache-Control', 'private, no-store').json(await interfaceView(db, currentUser(req).id));
  });

  return router;
}
