import { Router } from 'express';

export type ReadinessCheck = () => Promise<void>;

const CHECK_TIMEOUT_MS = 3000;

function withTimeout(check: ReadinessCheck): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
    check()
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/** /healthz: the process answers. /readyz: every backend it needs answers too. */
export function healthRoutes(checks: Record<string, ReadinessCheck>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    const entries = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await withTimeout(check);
          return [name, 'ok'] as const;
        } catch (err) {
          req.log?.warn({ check: name, err: (err as Error).message }, 'readiness check failed');
          return [name, 'failing'] as const;
        }
      }),
    );
    const result = Object.fromEntries(entries);
    if (entries.every(([, state]) => state === 'ok')) {
      res.json({ status: 'ready', checks: result });
    } else {
      res
        .status(503)
        .json({ error: { code: 'not_ready', message: 'A backend is not reachable.', details: { checks: result } } });
    }
  });
  return router;
}
