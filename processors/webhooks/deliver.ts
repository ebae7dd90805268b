import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import type { Knex } from 'knex';
import { ESCALATION_JOB, webhookJobId, webhookPayloadSchema } from '../../jobs/webhooks.js';
import type { Metrics } from '../../lib/metrics.js';
import { deliverEscalation } from './escalation.js';
import type { Config } from '../../lib/config.js';
import type { Logger } from '../../lib/logger.js';
import { BlockedAddressError, guardedLookup, refusalReason, type Resolver } from '../../lib/net-guard.js';
import { AnalysisReader } from '../../lib/analyses/analysis-reader.js';
import { recordDelivery } from '../../lib/webhook-deliveries.js';
import { signedHeaders } from '../../lib/webhook-signature.js';

interface Outcome {
  statusCode?: number;
  error?: string;
}

/**
 * POSTs `{id, status}` to an analysis's callback_url, signed; logs every attempt in webhook_deliveries. Jobs named
 * `escalation` go to ESCALATION_WEBHOOK_URL instead (escalation.ts).
 */
export function deliverWebhook(
  db: Knex,
  webhooks: Config['webhooks'],
  logger: Logger,
  {
    resolver,
    escalations = {},
    metrics,
  }: { resolver?: Resolver; escalations?: Partial<Config['escalations']>; metrics?: Metrics } = {},
): Processor {
  return async (job: Job) => {
    if (job.name === ESCALATION_JOB)
      return deliverEscalation(job, { db, config: { webhooks, escalations }, logger, metrics, resolver });
    const parsed = webhookPayloadSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid webhook payload: ${parsed.error.message}`);
    const [analysis] = await new AnalysisReader(db).findMany([parsed.data.analysis_id]);
    if (!analysis?.callback_url) return { skipped: true };

    const url = analysis.callback_url;
    const body = JSON.stringify({ id: analysis.id, status: parsed.data.status });
    const sent = await sendLogged(db, webhooks, resolver, job, {
      url,
      id: webhookJobId(parsed.data),
      body,
      event: `analysis.${parsed.data.status}`,
      analysis_id: analysis.id,
    });
    if (sent.succeeded) return { status: sent.code };
    logger.warn(
      { analysis_id: analysis.id, attempt: job.attemptsMade + 1, reason: sent.reason },
      'webhook delivery failed',
    );
    if (sent.refused) throw new UnrecoverableError(sent.reason);
    throw new Error(sent.reason);
  };
}

export interface SendResult {
  succeeded: boolean;
  code: number;
  reason: string;
  /** Final: a receiver's 4xx is its final word, except "timeout" and "slow down"; a blocked address never changes. */
  refused: boolean;
}

/** Signs, POSTs and logs one delivery attempt in webhook_deliveries (completion and escalation webhooks alike). */
export async function sendLogged(
  db: Knex,
  webhooks: Config['webhooks'],
  resolver: Resolver | undefined,
  job: Job,
  d: { url: string; id: string; body: string; event: string; analysis_id: string; escalation_id?: string },
): Promise<SendResult> {
  const started = Date.now();
  const outcome = await post(d.url, signedHeaders(webhooks.secret, d.id, d.body), d.body, webhooks, resolver);
  const code = outcome.statusCode ?? 0;
  const succeeded = !outcome.error && code >= 200 && code < 300;
  await recordDelivery(db, {
    analysis_id: d.analysis_id,
    ...(d.escalation_id ? { escalation_id: d.escalation_id } : {}),
    event: d.event,
    url: d.url,
    attempt: job.attemptsMade + 1,
    status_code: outcome.statusCode ?? null,
    succeeded,
    error: outcome.error ?? null,
    duration_ms: Date.now() - started,
  });
  const refused =
    !!outcome.error?.startsWith('blocked:') || (code >= 400 && code < 500 && code !== 408 && code !== 429);
  return { succeeded, code, reason: outcome.error ?? `receiver answered ${code}`, refused };
}

/** One POST with one deadline for all of it (DNS, connect, headers, body): a dripping receiver cannot hold a slot. */
function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  opts: Config['webhooks'],
  resolver?: Resolver,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const target = new URL(url);
    // Sockets skip `lookup` for IP literals, so check those here.
    const literal = target.hostname.replace(/^\[|\]$/g, '');
    const refused = !opts.allowPrivate && net.isIP(literal) ? refusalReason(literal) : undefined;
    if (refused) return resolve({ error: `blocked: ${refused}` });
    let statusCode: number | undefined;
    let timedOut = false;
    const settle = (err?: Error) => {
      clearTimeout(deadline);
      if (!err) return resolve({ statusCode });
      const error = timedOut
        ? `no complete answer within ${opts.timeoutMs} ms`
        : err instanceof BlockedAddressError
          ? `blocked: ${err.message}`
          : err.message;
      resolve({ statusCode, error });
    };
    const client = target.protocol === 'https:' ? https : http;
    const req = client.request(target, { method: 'POST', headers, lookup: guardedLookup(opts.allowPrivate, resolver) });
    const deadline = setTimeout(() => {
      timedOut = true;
      req.destroy(new Error('deadline'));
    }, opts.timeoutMs);
    req.on('response', (res) => {
      statusCode = res.statusCode;
      // The body is read to its end (and dropped) so the deadline covers it too.
      res.on('end', () => settle());
      res.on('error', settle);
      res.resume();
    });
    req.on('error', settle);
    req.end(body);
  });
}
