import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { audit, type AuditAction } from '../../lib/audit.js';
import type { Knex } from '../../lib/db.js';
import { ForbiddenError, NotFoundError } from '../../lib/errors.js';
import { ESCALATION_STATUSES } from '../../lib/risk/escalations.js';
import {
  acknowledgeEscalation,
  closeEscalation,
  findEscalation,
  listAssessments,
  listEscalations,
  riskOf,
  type EscalationRow,
} from '../../lib/risk/escalation-store.js';
import { decodeCursor, pageOf } from '../cursor.js';
import { trendView } from '../../lib/baseline/trends.js';
import { trendsQuerySchema } from './me.routes.js';
import { currentUser } from '../middleware/authenticate.js';
import { parse } from '../middleware/validate.js';

// The clinicians' routes of DESIGN §4: escalations and risk assessments, for role clinician or admin (others 403);
// every read and change is written to audit_log with ids only.

const LEVELS = ['low', 'medium', 'high', 'critical'] as const;
const time = z.iso.datetime();
const factor = z.object({ layer: z.string(), code: z.string(), weight: z.number(), span: z.string().optional() });

export const escalationSchema = z.object({
  id: z.uuid(),
  analysis_id: z.uuid(),
  user_id: z.uuid(),
  level: z.enum(['high', 'critical']),
  status: z.enum(ESCALATION_STATUSES),
  tier: z.string().nullable().describe("The speaker's crisis-language tier."),
  reason_codes: z.array(z.string()).describe('The codes of the factors that raised the risk (no text).'),
  created_at: time,
  updated_at: time,
  acknowledged_at: time.nullable(),
  acknowledged_by: z.uuid().nullable(),
  closed_at: time.nullable(),
  closed_by: z.uuid().nullable(),
  failure_reason: z.string().nullable(),
});
export const escalationDetailSchema = escalationSchema.extend({
  score: z.number().nullable(),
  factors: z.array(factor).describe('Each layer with its weight and the short span that triggered it.'),
});
export const escalationListSchema = z.object({ data: z.array(escalationSchema), next_cursor: z.string().nullable() });
export const assessmentSchema = z.object({
  id: z.uuid(),
  analysis_id: z.uuid(),
  user_id: z.uuid(),
  level: z.enum(LEVELS),
  score: z.number(),
  tier: z.string().nullable(),
  reason_codes: z.array(z.string()),
  assessed_at: time,
});
export const assessmentListSchema = z.object({ data: z.array(assessmentSchema), next_cursor: z.string().nullable() });

export const escalationQuerySchema = z.object({
  status: z.enum(ESCALATION_STATUSES).optional(),
  level: z.enum(['high', 'critical']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export const assessmentQuerySchema = z.object({
  level: z.enum(LEVELS).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export const closeSchema = z.object({ note: z.string().trim().min(1).max(2000) });
const idSchema = z.object({ id: z.guid() });

interface Deps {
  db: Knex;
  /** The baseline settings, for a person who has no baseline row yet. */
  baseline: { window: number; required: number };
  authenticate: RequestHandler;
}

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : null);

function present(r: EscalationRow): z.infer<typeof escalationSchema> {
  return {
    id: r.id,
    analysis_id: r.analysis_id as string,
    user_id: r.user_id as string,
    level: r.risk_level as 'high' | 'critical',
    status: r.status,
    tier: riskOf(r).tier,
    reason_codes: riskOf(r).reason_codes,
    created_at: iso(r.created_at)!,
    updated_at: iso(r.updated_at)!,
    acknowledged_at: iso(r.acknowledged_at),
    acknowledged_by: (r.acknowledged_by as string | null) ?? null,
    closed_at: iso(r.closed_at),
    closed_by: (r.closed_by as string | null) ?? null,
    failure_reason: (r.failure_reason as string | null) ?? null,
  };
}

export function cliniciansRoutes({ db, authenticate, baseline }: Deps): { escalations: Router; assessments: Router } {
  const clinicianOnly = (req: Request, _res: Response, next: NextFunction) => {
    const { role } = currentUser(req);
    next(role === 'clinician' || role === 'admin' ? undefined : new ForbiddenError('This is for clinicians.'));
  };
  const record = (req: Request, action: AuditAction, db2: Knex | Knex.Transaction, id?: string, details = {}) =>
    audit(db2, {
      actorId: currentUser(req).id,
      action,
      resourceType: action.startsWith('risk') ? 'risk_assessment' : 'escalation',
      resourceId: id,
      details,
      ip: req.ip,
    });

  const escalations = Router();
  escalations.use(authenticate, clinicianOnly);
  escalations.get('/', async (req, res) => {
    const q = parse(escalationQuerySchema, req.query);
    const rows = await listEscalations(db, { ...q, cursor: q.cursor ? decodeCursor(q.cursor) : undefined });
    const { page, next } = pageOf(rows, q.limit, (e) => [e.cursor_ts, e.id]);
    await record(req, 'escalation.list', db, undefined, { count: page.length });
    res.json({ data: page.map(present), next_cursor: next });
  });
  escalations.get('/:id', async (req, res) => {
    const { id } = parse(idSchema, req.params);
    const row = await findEscalation(db, id);
    if (!row) throw new NotFoundError('No such escalation.');
    await record(req, 'escalation.read', db, id);
    res.json({ ...present(row), score: (row.risk_score as number | null) ?? null, factors: riskOf(row).factors ?? [] });
  });
  // A clinician may follow the voice of a person whose escalation is still open (not once it is closed).
  escalations.get('/:id/trends', async (req, res) => {
    const { id } = parse(idSchema, req.params);
    const q = parse(trendsQuerySchema, req.query);
    const row = await findEscalation(db, id);
    if (!row || row.status === 'closed') throw new NotFoundError('No such open escalation.');
    await record(req, 'escalation.trends', db, id, { feature: q.feature });
    res.json(await trendView(db, row.user_id as string, q, baseline));
  });
  /** A status change and its audit row in one transaction; 404 for an unknown escalation; answers it as it stands. */
  const change =
    (action: AuditAction, apply: (trx: Knex.Transaction, id: string, by: string, req: Request) => Promise<boolean>) =>
    async (req: Request, res: Response) => {
      const { id } = parse(idSchema, req.params);
      const found = await db.transaction(async (trx) => {
        const ok = await apply(trx, id, currentUser(req).id, req);
        if (ok) await record(req, action, trx, id);
        return ok;
      });
      if (!found) throw new NotFoundError('No such escalation.');
      res.json(present((await findEscalation(db, id))!));
    };
  escalations.post('/:id/acknowledge', change('escalation.acknowledge', acknowledgeEscalation));
  escalations.post(
    '/:id/close',
    change('escalation.close', (trx, id, by, req) => closeEscalation(trx, id, by, parse(closeSchema, req.body).note)),
  );

  const assessments = Router();
  assessments.use(authenticate, clinicianOnly);
  assessments.get('/', async (req, res) => {
    const q = parse(assessmentQuerySchema, req.query);
    const rows = await listAssessments(db, {
      level: q.level,
      since: q.since ? new Date(q.since) : undefined,
      cursor: q.cursor ? decodeCursor(q.cursor) : undefined,
      limit: q.limit,
    });
    const { page, next } = pageOf(rows, q.limit, (r) => [r.cursor_ts as string, r.id as string]);
    await record(req, 'risk_assessment.list', db, undefined, { count: page.length });
    res.json({
      data: page.map((r) => ({
        id: r.id as string,
        analysis_id: r.analysis_id as string,
        user_id: r.user_id as string,
        level: r.risk_level,
        score: r.risk_score,
        tier: riskOf(r).tier,
        reason_codes: riskOf(r).reason_codes,
        assessed_at: iso(r.assessed_at),
      })),
      next_cursor: next,
    });
  });
  return { escalations, assessments };
}
