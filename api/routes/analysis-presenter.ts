import type { Knex } from '../../lib/db.js';
import type { AnalysisRow } from '../../lib/repositories/analysis.repository.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The public shape of an analysis (DESIGN §4), with whatever stage results exist so far. */
export async function presentAnalysis(db: Knex, a: AnalysisRow) {
  const [transcription, acoustics, emotion, deviations, risk] = await Promise.all([
    db('transcriptions')
      .where({ analysis_id: a.id })
      .first('status', 'provider', 'language', 'text', 'segments', 'reason'),
    db('acoustic_features').where({ analysis_id: a.id }).first('features'),
    db('emotion_scores').where({ analysis_id: a.id }).first('voice', 'text', 'dissonance', 'details'),
    db('session_deviations')
      .where({ analysis_id: a.id })
      .select('deviation_type', 'deviation_score', 'baseline_value', 'current_value'),
    db('risk_assessments').where({ analysis_id: a.id }).first('risk_score', 'risk_level', 'risk_factors'),
  ]);
  const result: Record<string, unknown> = {};
  if (transcription) result.transcription = transcription;
  if (acoustics) result.acoustics = acoustics.features;
  if (emotion) result.emotion = emotion;
  if (deviations.length) result.baseline = { deviations };
  if (risk) result.risk = risk;
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
