import type { AnalysisRow } from '../../../lib/analyses/states.js';
import type { Transcription } from '../../../lib/results/index.js';

export type { Segment, Transcription } from '../../../lib/results/index.js';

/** The transcript the client sent, or a skipped transcription that says why there is no text. */
export function clientTranscription(analysis: AnalysisRow, whyNoText: string): Transcription {
  const text = analysis.client_transcript?.trim();
  if (!text)
    return { status: 'skipped', provider: 'none', language: null, text: null, segments: null, reason: whyNoText };
  const language = analysis.language === 'auto' ? null : analysis.language;
  return { status: 'completed', provider: 'client', language, text, segments: null, reason: null };
}

export function wordCount(text: string | null | undefined): number {
  return text?.split(/\s+/).filter(Boolean).length ?? 0;
}
