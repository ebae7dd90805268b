import type { Knex } from 'knex';
import { eraseRecordingAudio } from '../../lib/audio/blob-store.js';
import type { Config } from '../../lib/config.js';
import type { AnalysisRow } from '../../lib/repositories/analysis.repository.js';
import type { ProbeInfo } from './decode.js';
import type { Transcription } from './stt/transcript.js';

export interface StageResults {
  analysis: AnalysisRow;
  transcription: Transcription;
  /** Only when there was audio to measure. */
  recording?: {
    id: string;
    probe: ProbeInfo;
    durationS: number;
    features: object;
    quality: { ok: boolean; reasons: string[] };
  };
  retention: Config['audio']['retention'];
}

/**
 * Writes everything the stage produced inside persist()'s transaction: upserts keyed by analysis_id (a re-run
 * replaces), the recording's metadata, and, by default, the erasure of its audio, so that audio is never kept
 * after a transcription that committed, nor erased before one did.
 */
export async function saveResults(trx: Knex.Transaction, r: StageResults): Promise<void> {
  const keys = { analysis_id: r.analysis.id, user_id: r.analysis.user_id };
  const t = r.transcription;
  await trx('transcriptions')
    .insert({
      ...keys,
      status: t.status,
      provider: t.provider,
      language: t.language,
      text: t.text,
      segments: t.segments ? JSON.stringify(t.segments) : null,
      reason: t.reason,
    })
    .onConflict('analysis_id')
    .merge(['status', 'provider', 'language', 'text', 'segments', 'reason', 'updated_at']);
  if (!r.recording) return;
  const { id, probe, durationS, features, quality } = r.recording;
  // result.acoustics: the extractor's figures, and whether they are good enough for later stages to use.
  const stored = { ...features, quality_ok: quality.ok, quality_reasons: quality.reasons };
  await trx('acoustic_features')
    .insert({ ...keys, features: JSON.stringify(stored), quality_ok: quality.ok })
    .onConflict('analysis_id')
    .merge(['features', 'quality_ok', 'updated_at']);
  await trx('recordings')
    .where({ id })
    .update({
      duration_s: Math.round(durationS * 1000) / 1000,
      sample_rate_hz: probe.sampleRateHz ?? null,
      channels: probe.channels ?? null,
      codec: probe.codec?.slice(0, 64) ?? null,
    });
  if (r.retention === 'after_transcription') await eraseRecordingAudio(trx, id);
}
