import { randomBytes } from 'node:crypto';
import type { Knex } from '../../../lib/db.js';

// People and their completed check-ins as the stages leave them (analyses, emotion_scores, risk_assessments,
// session_deviations), for the nightly personalisation's tests.

export interface CheckIn {
  /** Hours before the run's instant. */
  hoursAgo: number;
  risk?: 'low' | 'medium' | 'high' | 'critical';
  voice?: string;
  text?: string;
  language?: string;
  dissonance?: 'none' | 'low' | 'medium' | 'high';
  trajectory?: 'improving' | 'stable' | 'declining';
  status?: 'completed' | 'failed';
}

export async function addPerson(db: Knex, timeZone: string | null = null): Promise<string> {
  const email = `p${randomBytes(5).toString('hex')}@example.org`;
  const [row] = await db('users').insert({ email, role: 'user', time_zone: timeZone }).returning('id');
  return (row as { id: string }).id;
}

export async function addCheckIns(db: Knex, userId: string, asOf: Date, checkIns: CheckIn[]): Promise<void> {
  for (const c of checkIns) {
    const at = new Date(asOf.getTime() - c.hoursAgo * 3_600_000);
    const [conv] = await db('conversations').insert({ user_id: userId, started_at: at }).returning('id');
    const conversationId = (conv as { id: string }).id;
    const [a] = await db('analyses')
      .insert({ user_id: userId, conversation_id: conversationId, status: c.status ?? 'completed', created_at: at })
      .returning('id');
    const analysisId = (a as { id: string }).id;
    const keys = { analysis_id: analysisId, user_id: userId };
    if (c.risk)
      await db('risk_assessments').insert({ ...keys, session_id: conversationId, risk_score: 0.5, risk_level: c.risk });
    if (c.voice || c.text || c.dissonance)
      await db('emotion_scores').insert({
        ...keys,
        voice: c.voice ? JSON.stringify({ label: c.voice }) : null,
        text:
          c.text || c.language ? JSON.stringify({ label: c.text ?? 'neutral', language: c.language ?? 'en' }) : null,
        details: JSON.stringify({ dissonance: { level: c.dissonance ?? 'none' } }),
      });
    if (c.trajectory)
      await db('session_deviations').insert({
        ...keys,
        session_id: conversationId,
        deviation_type: 'voice',
        deviation_score: 0,
        recorded_at: at,
        current_value: JSON.stringify({ trajectory: { direction: c.trajectory } }),
      });
  }
}

/** `n` ordinary completed check-ins, the newest `firstHoursAgo` before the run, one a day. */
export const daily = (n: number, firstHoursAgo = 2, extra: Partial<CheckIn> = {}): CheckIn[] =>
  Array.from({ length: n }, (_, i) => ({ hoursAgo: firstHoursAgo + 24 * i, ...extra }));

export async function interfacesOf(db: Knex, userId: string) {
  return db('user_interfaces')
    .where({ user_id: userId })
    .orderBy('version')
    .select('version', 'active', db.raw("to_char(night, 'YYYY-MM-DD') AS night"), 'time_zone', 'interface_config');
}
