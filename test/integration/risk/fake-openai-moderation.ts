import type http from 'node:http';
import { json, LoopbackFake } from '../../setup/loopback-fake.js';

export type ModerationMode =
  'ok' | 'rate_limited' | 'server_error' | 'unauthorized' | 'hang' | 'no_scores' | 'null_scores';

/** An OpenAI-compatible /v1/moderations on loopback for the real SDK; each request takes the next mode of `script`. */
export class FakeOpenAIModeration extends LoopbackFake {
  readonly inputs: string[] = [];
  script: ModerationMode[] = [];
  scores: Record<string, number> = { 'self-harm': 0.1, 'self-harm/intent': 0.05, 'self-harm/instructions': 0.01 };
  protected async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/v1/moderations')
      return json(res, 404, { error: { message: 'not here' } });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    this.inputs.push(String(body.input));
    const mode = this.script.shift() ?? 'ok';
    if (mode === 'rate_limited')
      return json(
        res,
        429,
        { error: { message: 'Rate limit reached', code: 'rate_limit_exceeded' } },
        { 'Retry-After': '1' },
      );
    // Never answers: the request stays open until the fake stops.
    if (mode === 'hang') return;
    if (mode === 'no_scores')
      return json(res, 200, { id: 'modr-test', model: body.model, results: [{ flagged: true }] });
    if (mode === 'null_scores') {
      const category_scores = { 'self-harm': null, 'self-harm/intent': null, 'self-harm/instructions': null };
      return json(res, 200, { id: 'modr-test', model: body.model, results: [{ flagged: false, category_scores }] });
    }
    if (mode === 'server_error') return json(res, 500, { error: { message: 'The server had an error' } });
    if (mode === 'unauthorized')
      return json(res, 401, { error: { message: 'Incorrect API key provided', code: 'invalid_api_key' } });
    const flagged = Object.values(this.scores).some((s) => s > 0.5);
    return json(res, 200, {
      id: 'modr-test',
      model: body.model,
      results: [{ flagged, categories: {}, category_scores: this.scores, category_applied_input_types: {} }],
    });
  }
}
