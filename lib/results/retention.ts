import type { Knex } from 'knex';

// Audio is kept only while a stage may still need it: erased when transcription succeeds (recording kind), when an
// analysis fails for good (the stage wrapper), and by a sweep for whatever those missed (crashes, stalled or
// dead-lettered analyses, rows older than this code).

/** Erases the audio of one analysis, if it still has any; its recording row stays, marked erased. */
export async function eraseAnalysisAudio(db: Knex | Knex.Transaction, analysisId: string): Promise<void> {
  // A stage's checkpoint may hold encoded audio too.
  await db('stage_checkpoints').where({ analysis_id: analysisId }).delete();
  await db.raw(
    `WITH r AS (UPDATE recordings SET erased_at = now() WHERE analysis_id = ? AND erased_at IS NULL RETURNING id)
     DELETE FROM recording_blobs b USING r WHERE b.recording_id = r.id`,
    [analysisId],
  );
}

/** Stage checkpoints of finished analyses: intermediate results (encoded audio among them) nothing will read again. */
export async function eraseFinishedCheckpoints(db: Knex): Promise<number> {
  return (await db.raw(
    `DELETE FROM stage_checkpoints c USING analyses a
      WHERE a.id = c.analysis_id AND a.status IN ('completed', 'failed', 'canceled')`,
  )) as unknown as number;
}

/**
 * One batch of the retention sweep: erases the audio of finished analyses, oldest first, skipping rows another
 * sweeper holds: completed and canceled ones at once, failed ones once `failedGraceMs` has passed since they failed
 * (the window for `resona retry-failed` after an outage). Returns how many recordings it erased.
 */
export async function eraseSettledAudio(db: Knex, { failedGraceMs = 0, limit = 500 } = {}): Promise<number> {
  const { rows } = (await db.raw(
    `WITH due AS (
       SELECT r.id FROM recordings r JOIN analyses a ON a.id = r.analysis_id
        WHERE r.erased_at IS NULL
          AND (a.status IN ('completed', 'canceled')
               OR (a.status = 'failed' AND a.updated_at < now() - make_interval(secs => ?)))
        ORDER BY r.created_at LIMIT ? FOR UPDATE OF r SKIP LOCKED),
     blobs AS (DELETE FROM recording_blobs b USING due WHERE b.recording_id = due.id)
     UPDATE recordings SET erased_at = now() FROM due WHERE recordings.id = due.id RETURNING recordings.id`,
    [failedGraceMs / 1000, limit],
  )) as { rows: unknown[] };
  return rows.length;
}
