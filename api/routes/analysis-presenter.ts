import type { AnalysisRow, StageState } from '../../lib/analyses/states.js';

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
    stages: Object.fromEntries(Object.entries(a.stages).map(([name, st]) => [name, st && presentStage(st)])),
    result,
    ...(a.error ? { error: a.error } : {}),
  };
}

/** A stage's state as DESIGN §4 has it; bookkeeping such as 429 deferrals stays internal. */
function presentStage(s: StageState) {
  return {
    status: s.status,
    attempts: s.attempts,
    started_at: s.started_at,
    completed_at: s.completed_at,
    ...(s.error ? { error: s.error } : {}),
  };
}
