import { createHash } from 'node:crypto';
import type { AnalysisRow } from '../lib/analyses/index.js';
import { AppError } from '../lib/errors.js';

class IdempotencyKeyReusedError extends AppError {
  readonly statusCode = 422;
  readonly code = 'idempotency_key_reused';
}

/** The validated fields of a submission (defaults applied). */
export interface SubmittedFields {
  transcript?: string;
  language: string;
  conversation_id?: string;
  recorded_at?: string;
  callback_url?: string;
}

/**
 * sha256 of the submission as the server understood it: validated fields (trimmed, defaults applied, the instant
 * normalised to UTC) and the audio's own sha256, so two spellings of one request share a fingerprint.
 */
export function submissionFingerprint(fields: SubmittedFields, audioSha256: string | undefined): string {
  const canonical = JSON.stringify([
    'v1',
    fields.transcript ?? null,
    fields.language,
    fields.conversation_id?.toLowerCase() ?? null,
    fields.recorded_at ? new Date(fields.recorded_at).toISOString() : null,
    fields.callback_url ?? null,
    audioSha256 ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** A replay must carry the body its key was first used with; analyses stored before fingerprints are trusted. */
export function assertSameSubmission(original: AnalysisRow, fingerprint: string): void {
  if (original.idempotency_fingerprint && original.idempotency_fingerprint !== fingerprint) {
    throw new IdempotencyKeyReusedError(
      'This Idempotency-Key was already used with a different request body; send a new key for a new submission.',
    );
  }
}
