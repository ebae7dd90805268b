import type http from 'node:http';
import type { Knex } from 'knex';
import { ResultStore } from '../../../lib/results/result-store.js';
import { createLogger } from '../../../lib/logger.js';
import type { ResultWrite } from '../../../lib/results/index.js';
import { replyStage } from '../../../processors/reply/stage.js';
import type { StageContext } from '../../../processors/stage.js';
import { testConfig } from '../../setup/app.js';
import { LoopbackFake } from '../../setup/loopback-fake.js';

// The real reply stage run with a hand-made stage context (the wrapper's validation of outputs
// included) against an OpenAI-compatible fake on loopback that answers whatever raw body a test sets.

export interface RawAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Send the headers and never the body. */
  hangAfterHeaders?: boolean;
}

export class RawFakeOpenAI extends LoopbackFake {
  readonly requests: Array<{ messages: Array<{ role: string; content: string }> }> = [];
  answer: RawAnswer = {};
  protected async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    this.requests.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    const a = this.answer;
    res.writeHead(a.status ?? 200, { 'Content-Type': 'application/json', ...a.headers });
    if (a.hangAfterHeaders) {
      res.flushHeaders();
      return;
    }
    res.end(a.body ?? '');
  }
}

/** A chat completion whose assistant message is `message` (as JSON). */
export const completion = (message: Record<string, unknown>, finish_reason = 'stop') =>
  JSON.stringify({
    id: 'chatcmpl-review',
    object: 'chat.completion',
    created: 0,
    model: 'fake',
    choices: [{ index: 0, finish_reason, message: { role: 'assistant', refusal: null, ...message } }],
  });

const schema = new ResultStore(undefined as unknown as Knex);

export interface Inputs {
  transcript?: string;
  emotion?: unknown;
  risk?: unknown;
  language?: 'auto' | 'en' | 'sw';
}

export async function runReply(fake: RawFakeOpenAI, inputs: Inputs, env: Record<string, string> = {}) {
  const config = testConfig('postgres://unused@127.0.0.1/unused', {
    OPENAI_API_KEY: 'sk-review',
    OPENAI_BASE_URL: fake.baseUrl,
    REPLY_PROVIDER: 'openai',
    OPENAI_TIMEOUT_MS: '3000',
    ...env,
  });
  const results: Record<string, unknown> = {
    transcription: inputs.transcript
      ? {
          status: 'completed',
          provider: 'client',
          language: null,
          text: inputs.transcript,
          segments: null,
          reason: null,
        }
      : undefined,
    emotion: inputs.emotion,
    risk: inputs.risk,
  };
  const outputs: ResultWrite[] = [];
  const logger = createLogger('silent');
  const ctx = {
    analysis: async () => ({
      id: '0b9a3b6e-59a4-4f5e-9d55-2f6b2b0c4c11',
      user_id: '5d2f1e0a-7c1b-4a4e-8a8b-9c0d1e2f3a4b',
      conversation_id: '7e6d5c4b-3a29-4817-a6b5-c4d3e2f1a0b9',
      language: inputs.language ?? 'auto',
      recorded_at: null,
      created_at: new Date(),
    }),
    logger,
    signal: new AbortController().signal,
    attempt: 1,
    config,
    results: {
      read: async (name: string) => results[name],
      // As the stage wrapper does: every output is validated as it is queued (stage-runner/context.ts).
      write: (name: string, value: unknown) => void outputs.push(schema.validate({ name, value } as ResultWrite)),
    },
    history: async () => [],
    conversation: {
      earlier: async () => [],
      seal: async () => ({ turn_at: new Date().toISOString(), iv: 'AA==', auth_tag: 'AA==', ciphertext: 'AA==' }),
      recentTemplates: async () => [],
    },
    recording: async () => undefined,
    rateLimited: async () => new Error('rate limited'),
    mayDefer: async () => false,
    providerFellBack: () => undefined,
    checkpoint: { load: async () => undefined, save: async () => undefined },
  } as unknown as StageContext;
  await replyStage.run(ctx);
  const reply = outputs.find((o) => o.name === 'reply')?.value as Record<string, unknown> | undefined;
  return { reply: reply!, requests: fake.requests.length };
}

/** An emotion result whose words read sad, in `language`. */
export const sadEmotion = (language: 'en' | 'sw' | 'mixed' = 'en') => ({
  voice: null,
  text: {
    categories: { neutral: 0.1, happy: 0, sad: 0.8, angry: 0.05, fear: 0.05, surprise: 0, disgust: 0 },
    label: 'sad',
    valence: -0.6,
    language,
    provider: 'lexicon',
  },
  dissonance: { score: 0, level: 'none', kind: null, evidence: [] },
});

export const riskAt = (level: 'low' | 'medium' | 'high' | 'critical') => ({
  level,
  score: { low: 0.1, medium: 0.45, high: 0.7, critical: 0.9 }[level],
  tier: level === 'low' ? 'none' : level === 'medium' ? 'passive' : 'active',
  reason: null,
  factors: [],
});
