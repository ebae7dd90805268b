import type { AnalysisRow } from '../../../lib/repositories/analysis.repository.js';

/** One stretch of speech, in seconds from the start of the recording. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Whisper's confidence figures, kept for later quality gates (avg_logprob < -1: decoding likely failed). */
  avg_logprob?: number;
  no_speech_prob?: number;
  compression_ratio?: number;
}

/** A row of `transcriptions`, and `result.transcription`. */
export interface Transcription {
  status: 'completed' | 'skipped';
  provider: 'openai' | 'client' | 'none';
  language: string | null;
  text: string | null;
  segments: Segment[] | null;
  reason: string | null;
}

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
