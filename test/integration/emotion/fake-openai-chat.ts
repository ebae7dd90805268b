import type http from 'node:http';
import { json, LoopbackFake } from '../../setup/loopback-fake.js';

/** How the fake answers one request. */
export type ChatMode =
  'ok' | 'rate_limited' | 'malformed' | 'refusal' | 'server_error' | 'unauthorized' | 'empty_body' | 'no_choices';

/** What a request carried: the model, the response format and the user's text (to check redaction). */
export interface ChatRequest {
  model: string;
  responseFormat: { type: string; json_schema?: { strict?: boolean; schema?: unknown } };
  userText: string;
}

const completion = (message: Record<string, unknown>) => ({
  id: 'chatcmpl-test',
  object: 'chat.completion',
  created: 0,
  model: 'fake',
  choices: [
    { index: 0, finish_reason: 'stop', message: { role: 'assistant', content: null, refusal: null, ...message } },
  ],
});

/**
 * An OpenAI-compatible /v1/chat/completions on loopback for the real SDK: each request takes the next mode from
 * `script` (then 'ok'); 'ok' answers `answer` as the structured output.
 */
export class FakeOpenAIChat extends LoopbackFake {
  readonly requests: ChatRequest[] = [];
  script: ChatMode[] = [];
  answer: unknown = {
    categories: { neutral: 0.1, happy: 0.05, sad: 0.7, angry: 0.05, fear: 0.05, surprise: 0.025, disgust: 0.025 },
    valence: -0.6,
    language: 'sw',
  };
  protected async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return json(res, 404, { error: {} });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const user = (body.messages as Array<{ role: string; content: string }>).find((m) => m.role === 'user');
    this.requests.push({ model: body.model, responseFormat: body.response_format, userText: user?.content ?? '' });
    const mode = this.script.shift() ?? 'ok';
    if (mode === 'rate_limited') {
      const error = { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' };
      return json(res, 429, { error }, { 'Retry-After': '1' });
    }
    if (mode === 'server_error') return json(res, 500, { error: { message: 'The server had an error' } });
    if (mode === 'unauthorized') return json(res, 401, { error: { message: 'Incorrect API key provided' } });
    if (mode === 'refusal') return json(res, 200, completion({ refusal: 'I cannot help with that.' }));
    if (mode === 'malformed') return json(res, 200, completion({ content: '{"categories": {"sad": "very"' }));
    if (mode === 'empty_body') return void res.writeHead(200, { 'Content-Length': '0' }).end();
    if (mode === 'no_choices') return json(res, 200, {});
    return json(res, 200, completion({ content: JSON.stringify(this.answer) }));
  }
}
