import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueueBackend } from './queue-backend.js';

/**
 * Prometheus metrics of one process. The web role exposes HTTP timings and queue depth at /metrics;
 * job timings are recorded where jobs run (the worker), and exposed by it (METRICS_PORT) or by `npm start`.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'resona_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly jobDuration = new Histogram({
    name: 'resona_job_duration_seconds',
    help: 'Job run time by queue and outcome (completed, failed, retry, skipped, handed_back)',
    labelNames: ['queue', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [this.registry],
  });
  readonly jobFailures = new Counter({
    name: 'resona_job_failures_total',
    help: 'Failed job attempts by queue and whether the failure was final',
    labelNames: ['queue', 'final'] as const,
    registers: [this.registry],
  });

  readonly providerUnavailable = new Counter({
    name: 'resona_provider_unavailable_total',
    help: 'Stage failures, or fallbacks to local work, because a provider cannot be used as configured (missing key, 401/403, no quota): alert on any',
    labelNames: ['stage', 'provider'] as const,
    registers: [this.registry],
  });

  readonly escalationDeliveries = new Counter({
    name: 'resona_escalation_deliveries_total',
    help: 'Escalation webhook attempts by outcome (routed, retry, failed): alert on any failed',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly escalationResends = new Counter({
    name: 'resona_escalation_resends_total',
    help: 'Critical escalations sent again because nobody acknowledged them within ESCALATION_ACK_MINUTES',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'resona_' });
  }

  /** Queue depth by state, read from the queue backend at scrape time. */
  watchQueues(backend: QueueBackend, queues: readonly string[]): void {
    new Gauge({
      name: 'resona_queue_jobs',
      help: 'Jobs per queue and state',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        // An unreachable backend leaves the gauge empty; /readyz reports the outage.
        await Promise.all(
          queues.map(async (queue) => {
            const counts = await backend
              .queue(queue)
              .getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'waiting-children', 'prioritized')
              .catch(() => ({}));
            for (const [state, n] of Object.entries(counts)) this.set({ queue, state }, n);
          }),
        );
      },
    });
  }
}

/** Outbox rows by state ('pending', 'dead'), read at scrape time; alert on any dead row. */
export function watchOutbox(metrics: Metrics, counts: () => Promise<{ pending: number; dead: number }>): void {
  new Gauge({
    name: 'resona_outbox_rows',
    help: 'Outbox rows not yet published, by state: pending (waiting) or dead (dead-lettered, needs an operator)',
    labelNames: ['state'] as const,
    registers: [metrics.registry],
    async collect() {
      this.reset();
      // An unreachable database leaves the gauge empty; /readyz reports the outage.
      const c = await counts().catch(() => undefined);
      if (c) for (const [state, n] of Object.entries(c)) this.set({ state }, n);
    },
  });
}

/** The outcome of one job attempt, for the job metrics. */
export type JobOutcome = 'completed' | 'failed' | 'retry' | 'skipped' | 'handed_back';

export function observeJob(metrics: Metrics | undefined, queue: string, outcome: JobOutcome, seconds: number): void {
  if (!metrics) return;
  metrics.jobDuration.observe({ queue, outcome }, seconds);
  if (outcome === 'failed' || outcome === 'retry')
    metrics.jobFailures.inc({ queue, final: String(outcome === 'failed') });
}
