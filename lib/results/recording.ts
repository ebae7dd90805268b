import { z } from 'zod';
import type { Knex } from 'knex';
import { commitStagedUpload, type StagedAudio } from '../audio/upload-staging.js';
import type { ResultKind } from './kind.js';

/** What decoding learnt about the upload, and whether its audio is kept (AUDIO_RETENTION) or erased. */
export const recordingSchema = z.object({
  duration_s: z.number().min(0).nullable(),
  sample_rate_hz: z.number().int().positive().nullable(),
  channels: z.number().int().positive().nullable(),
  codec: z.string().max(64).nullable(),
  audio: z.enum(['kept', 'erased']),
});
export type RecordingInfo = z.infer<typeof recordingSchema>;

/** The upload's row (written by the API); the stage fills in its metadata and applies the retention policy. */
export const recordingKind: ResultKind<RecordingInfo> = {
  table: 'recordings',
  schema: recordingSchema,
  columns: ['duration_s', 'sample_rate_hz', 'channels', 'codec', 'erased_at'],
  presented: false,
  async write(trx, keys, r) {
    const [row] = (await trx('recordings')
      .where({ analysis_id: keys.analysis_id })
      .update(metadata(r))
      .returning('id')) as Array<{ id: string }>;
    // Erased in the transaction that commits the transcription: never kept after it, never gone before it.
    if (row && r.audio === 'erased') await eraseRecordingAudio(trx, row.id);
  },
  // The same as part of the completing statement: the metadata, and the audio gone with the same commit.
  upsertAfter(_keys, r) {
    const json = JSON.stringify({ ...metadata(r), audio: r.audio });
    const build = (db: Knex, after: string, input: string, column: string) => [
      db.raw(
        `UPDATE recordings AS r
            SET duration_s = v.duration_s, sample_rate_hz = v.sample_rate_hz, channels = v.channels, codec = v.codec,
                erased_at = CASE WHEN i.?? ->> 'audio' = 'erased' THEN coalesce(r.erased_at, now()) ELSE r.erased_at END
           FROM ?? AS c JOIN ?? AS i ON i.id = c.id, jsonb_populate_record(NULL::recordings, i.??) AS v
          WHERE r.analysis_id = c.id`,
        [column, after, input, column],
      ),
      db.raw(
        `DELETE FROM recording_blobs AS b USING recordings AS r, ?? AS c, ?? AS i
          WHERE b.recording_id = r.id AND r.analysis_id = c.id AND i.id = c.id AND i.?? ->> 'audio' = 'erased'`,
        [after, input, column],
      ),
    ];
    return { columns: ['duration_s', 'sample_rate_hz', 'channels', 'codec', 'audio'], json, build };
  },
  fromRow: (r) =>
    recordingSchema.parse({
      duration_s: r.duration_s,
      sample_rate_hz: r.sample_rate_hz,
      channels: r.channels,
      codec: r.codec,
      audio: r.erased_at ? 'erased' : 'kept',
    }),
};

/** The columns the stage fills in (the duration to the millisecond). */
const metadata = (r: RecordingInfo) => ({
  duration_s: r.duration_s === null ? null : Math.round(r.duration_s * 1000) / 1000,
  sample_rate_hz: r.sample_rate_hz,
  channels: r.channels,
  codec: r.codec,
});

/** Erases a recording's audio; its metadata row stays, marked erased. */
export async function eraseRecordingAudio(db: Knex | Knex.Transaction, recordingId: string): Promise<void> {
  await db('recording_blobs').where({ recording_id: recordingId }).delete();
  await db('recordings').where({ id: recordingId }).update({ erased_at: db.fn.now() });
}

/** The upload of an analysis, if it had audio: where its ciphertext is and whether it was erased. */
export async function findRecording(
  db: Knex,
  analysisId: string,
): Promise<{ id: string; sizeBytes: number; erased: boolean } | undefined> {
  const row = (await db('recordings').where({ analysis_id: analysisId }).first('id', 'size_bytes', 'erased_at')) as
    { id: string; size_bytes: string; erased_at: Date | null } | undefined;
  return row && { id: row.id, sizeBytes: Number(row.size_bytes), erased: row.erased_at !== null };
}

export interface StoredUpload {
  container: string;
  declaredMimeType: string;
  sizeBytes: number;
  sha256: string;
  staged: StagedAudio;
}

/** Records an upload's metadata and moves its staged chunks beside it, in the transaction creating its analysis. */
export async function saveUpload(
  trx: Knex.Transaction,
  analysisId: string,
  userId: string,
  audio: StoredUpload,
): Promise<void> {
  await trx('recordings').insert({
    id: audio.staged.recordingId,
    analysis_id: analysisId,
    user_id: userId,
    container: audio.container,
    declared_mime_type: audio.declaredMimeType.slice(0, 255),
    size_bytes: audio.sizeBytes,
    sha256: audio.sha256,
    iv: audio.staged.iv,
    auth_tag: audio.staged.authTag,
  });
  await commitStagedUpload(trx, audio.staged);
}
