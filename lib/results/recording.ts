import { z } from 'zod';
import { eraseRecordingAudio } from '../audio/blob-store.js';
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
      .update({
        duration_s: r.duration_s === null ? null : Math.round(r.duration_s * 1000) / 1000,
        sample_rate_hz: r.sample_rate_hz,
        channels: r.channels,
        codec: r.codec,
      })
      .returning('id')) as Array<{ id: string }>;
    // Erased in the transaction that commits the transcription: never kept after it, never gone before it.
    if (row && r.audio === 'erased') await eraseRecordingAudio(trx, row.id);
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
