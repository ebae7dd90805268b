import os from 'node:os';
import type { Knex } from 'knex';

/** Privileged actions written to audit_log. */
export type AuditAction =
  | 'analysis.delete'
  | 'user.create'
  | 'queue.reprocess'
  | 'queue.retry_failed'
  | 'queue.recover'
  | 'personalise.run'
  | 'board.write'
  | 'escalation.list'
  | 'escalation.read'
  | 'escalation.trends'
  | 'escalation.acknowledge'
  | 'escalation.close'
  | 'risk_assessment.list';

/** Ids, counts and flags only: an audit row never holds content (no transcript, no audio, no callback URL). */
export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditEntry {
  /** The acting user; null for the command line (its operating-system account goes into details). */
  actorId: string | null;
  action: AuditAction;
  resourceType?: string;
  resourceId?: string;
  details?: AuditDetails;
  ip?: string;
}

/** Appends one audit row, in the caller's transaction where the action has one (so both commit or neither). */
export async function audit(db: Knex | Knex.Transaction, e: AuditEntry): Promise<void> {
  await db('audit_log').insert({
    actor_id: e.actorId,
    action: e.action,
    resource_type: e.resourceType ?? null,
    resource_id: e.resourceId ?? null,
    details: e.details ? JSON.stringify(e.details) : null,
    ip: e.ip?.slice(0, 64) ?? null,
  });
}

/** Who ran a command line action: the operating-system account, since the CLI has no user session. */
export function cliActor(): AuditDetails {
  let account = 'unknown';
  try {
    account = os.userInfo().username;
  } catch {
    // No passwd entry (some containers): the action is still recorded.
  }
  return { source: 'cli', os_user: account };
}
