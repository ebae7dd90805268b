import http from 'node:http';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/**
 * A worker's own /metrics, listening before the worker takes jobs. A port already in use (a second worker on the
 * same host) is logged and the worker runs without its own metrics instead of crashing after taking jobs.
 */
export async function serveMetrics(
  metrics: Metrics,
  opts: { port: number; host: string; logger: Logger },
): Promise<http.Server | undefined> {
  if (opts.port === 0) return undefined;
  const server = http.createServer((req, res) => {
    if (req.url !== '/metrics') return void res.writeHead(404).end();
    metrics.registry.metrics().then(
      (text) => res.setHeader('Content-Type', metrics.registry.contentType).end(text),
      () => res.writeHead(500).end(),
    );
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port, opts.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    const { code, message } = err as NodeJS.ErrnoException;
    opts.logger.warn(
      { port: opts.port, host: opts.host, code: code ?? message },
      'metrics port unavailable: this worker runs without its own /metrics (set METRICS_PORT per worker, or 0)',
    );
    return undefined;
  }
  // Later socket errors must not take the worker down.
  server.on('error', (err) => opts.logger.warn({ err: err.message }, 'metrics server error'));
  opts.logger.info({ port: opts.port, host: opts.host }, 'worker metrics listening');
  return server;
}
