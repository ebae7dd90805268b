import type http from 'node:http';
import { json, LoopbackFake } from '../../setup/loopback-fake.js';

/** How the fake answers one request. */
export type ReplyMode =
  'ok' | 'empty' | 'cut_off' | 'refusal' | 'server_error' | 'rate_limited' | 'unauthorized' | 'no_choices';

/** What one request carried: the model and its messages (to check redaction and the conversation's turns). */
export interface ReplyRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
}

const completion = (message: Record<string, unknown>, finish_reason = 'stop') => ({
  id: 'chatcmpl-test',
  object: 'chat.completion',
  created: 0,
  model: 'fake',
  choices: [{ index: 0, finish_reason, message: { role: 'assistant', content: null, refusal: null, ...message } }],
});

/**
 * An OpenAI-compatible /v1/chat/completions on loopback for the real SDK: each request takes the next mode from
 * `script` (then 'ok'); 'ok' answers `answer` as the assistant's text.
 */
export class FakeOpenAIReply extends LoopbackFake {
  readonly requests: ReplyRequest[] = [];
  script: ReplyMode[] = [];
  answer = 'Thank you for sharing how you feel. I am glad you checked in today.';
  protected async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return json(res, 404, { error: {} });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    this.requests.push({ model: body.model, messages: body.messages });
    const mode = this.script.shift() ?? 'ok';
    if (mode === 'rate_limited') {
      const error = { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' };
      return json(res, 429, { error }, { 'Retry-After': '1' });
    }
    if (mode === 'server_error') return json(res, 500, { error: { message: 'The server had an error' } });
    if (mode === 'unauthorized')
      return json(res, 401, { error: { message: 'Incorrect API key provided', code: 'invalid_api_key' } });
    if (mode === 'refusal') return json(res, 200, completion({ refusal: 'I cannot help with that.' }));
    if (mode === 'empty') return json(res, 200, completion({ content: '   ' }));
    if (mode === 'no_choices') return json(res, 200, {});
    if (mode === 'cut_off') return json(res, 200, completion({ content: 'Thank you for sharing and' }, 'length'));
    return json(res, 200, completion({ content: this.answer }));
  }
}
