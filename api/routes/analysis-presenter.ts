import type { AnalysisRow } from '../../lib/analyses/states.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The public shape of an analysis (DESIGN §4), with the results the ResultStore presented for it. */
export function presentAnalysis(a: AnalysisRow, result: Record<string, unknown> = {}) {
  return {
    id: a.id,
    status: a.status,
    created_at: iso(a.created_at),
    started_at: iso(a.started_at),
    completed_at: iso(a.completed_at),
    conversation_id: a.conversation_id,
    stages: a.stages,
    result,
    ...(a.error ? { error: a.error } : {}),
  };
}
