import type { z } from 'zod';
import type {
  acceptedSchema,
  analysisListSchema,
  analysisSchema,
  meSchema,
  registeredSchema,
  tokenSchema,
} from './schemas.js';

// Example answers, type-checked against the same zod schemas the document is generated from.

const ANALYSIS_ID = '3f1c2b7a-5d4e-4c8b-9a61-2e7d0c9b1f45';
const CONVERSATION_ID = '8b2e4d60-1a3f-4e5b-8c7d-9f0a1b2c3d4e';
const TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoidXNlciJ9.c2lnbmF0dXJl';

export const token = { access_token: TOKEN, token_type: 'bearer', expires_in: 3600 } satisfies z.output<
  typeof tokenSchema
>;

export const registered = {
  user_id: 'a7c1e2d3-4b5f-4a6e-8d9c-0b1a2c3d4e5f',
  email: 'amani@example.org',
  ...token,
} satisfies z.output<typeof registeredSchema>;

export const me = {
  user_id: registered.user_id,
  email: registered.email,
  role: 'user',
  created_at: '2025-01-06T07:58:12.000Z',
} satisfies z.output<typeof meSchema>;

export const accepted = {
  id: ANALYSIS_ID,
  status: 'queued',
  created_at: '2025-01-06T08:00:00.000Z',
} satisfies z.output<typeof acceptedSchema>;

const done = { attempts: 1, started_at: '2025-01-06T08:00:01.000Z', completed_at: '2025-01-06T08:00:04.000Z' };

export const completed = {
  ...accepted,
  status: 'completed',
  started_at: done.started_at,
  completed_at: done.completed_at,
  conversation_id: CONVERSATION_ID,
  stages: { transcription: { status: 'completed', ...done } },
  result: {
    transcription: {
      status: 'completed',
      provider: 'openai',
      language: 'sw',
      text: 'Niko sawa, nimechoka tu.',
      segments: [{ start: 0.4, end: 2.9, text: 'Niko sawa, nimechoka tu.' }],
      reason: null,
    },
    acoustics: {
      duration_s: 3.2,
      voiced_s: 1.9,
      voiced_fraction: 0.59,
      f0_mean_hz: 182.4,
      f0_median_hz: 179.8,
      f0_sd_hz: 21.3,
      f0_mean_st: 32.1,
      f0_sd_st: 2.0,
      f0_p20_st: 30.6,
      f0_p50_st: 31.9,
      f0_p80_st: 33.7,
      f0_range_st: 3.1,
      jitter_local_pct: 1.2,
      shimmer_local_pct: 5.8,
      shimmer_local_db: 0.52,
      pulse_count: 341,
      hnr_db: 14.6,
      loudness_mean: 0.61,
      loudness_sd: 0.27,
      intensity_mean_db: 68.2,
      intensity_sd_db: 6.4,
      voiced_segments_per_s: 2.8,
      voiced_segment_mean_s: 0.21,
      pause_count: 1,
      pause_mean_s: 0.41,
      pause_ratio: 0.16,
      speaking_s: 2.5,
      syllable_count: 9,
      speech_rate_syl_per_s: 3.6,
      words_per_min: 96,
      spectral_flux: 0.012,
      alpha_ratio_db: -14.2,
      hammarberg_index_db: 21.7,
      spectral_slope_0_500: 0.021,
      spectral_slope_500_1500: -0.004,
      snr_db: 27.5,
      clipping_ratio: 0,
      quality_ok: false,
      quality_reasons: ['too little voiced speech: 1.9 s (need 3 s)'],
    },
  },
} satisfies z.output<typeof analysisSchema>;

export const failed = {
  ...accepted,
  status: 'failed',
  started_at: done.started_at,
  completed_at: done.completed_at,
  conversation_id: CONVERSATION_ID,
  stages: {
    transcription: {
      status: 'failed',
      ...done,
      error: {
        code: 'invalid_audio',
        message: 'The recording is silent: no sound was picked up. Check the microphone and record again.',
      },
    },
  },
  result: {},
  error: {
    code: 'invalid_audio',
    message: 'The recording is silent: no sound was picked up. Check the microphone and record again.',
    stage: 'transcription',
  },
} satisfies z.output<typeof analysisSchema>;

export const page = {
  data: [completed],
  next_cursor: 'WyIyMDI1LTAxLTA2VDA4OjAwOjAwLjAwMFoiLCIzZjFjMmI3YSJd',
} satisfies z.output<typeof analysisListSchema>;

export const ids = { analysis: ANALYSIS_ID, conversation: CONVERSATION_ID };
