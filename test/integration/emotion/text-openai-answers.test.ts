import { expect } from 'chai';
import type http from 'node:http';
import type { Config } from '../../../lib/config.js';
import { textEmotionWithOpenAI, TextProviderError } from '../../../processors/emotion/text-openai.js';
import { LoopbackFake } from '../../setup/loopback-fake.js';

// A provider's odd answers end as a TextProviderError (the stage then falls back to the lexicons with the reason);
// anything else would escape the stage's catch and fail the attempt (found by a review).

type Mode = 'empty_json' | 'empty' | 'object' | 'text_plain' | 'html' | 'stall_body';

class OddOpenAI extends LoopbackFake {
  mode: Mode = 'empty_json';
  protected async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    for await (const _ of req) void _;
    const send = (body: string, headers: Record<string, string>) => void res.writeHead(200, headers).end(body);
    switch (this.mode) {
      case 'empty_json':
        return send('', { 'Content-Type': 'application/json', 'Content-Length': '0' });
      case 'empty':
        return send('', {});
      case 'object':
        return send('{}', { 'Content-Type': 'application/json' });
      case 'text_plain':
        return send('upstream busy', { 'Content-Type': 'text/plain' });
      case 'html':
        return send('<html><body>Gateway</body></html>', { 'Content-Type': 'text/html' });
      case 'stall_body':
        // Headers at once, then the body never completes (a stuck proxy or provider).
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"id":"chatcmpl-x","choices":');
        return;
    }
  }
}

describe('OpenAI text emotion: odd provider answers', function () {
  this.timeout(30_000);
  const fake = new OddOpenAI();
  let openai: Config['openai'];
  before(async () => {
    await fake.start();
    openai = {
      apiKey: 'sk-test',
      baseUrl: fake.baseUrl,
      textModel: 'gpt-test-mini',
      sttModel: 'x',
      moderationModel: 'x',
      replyModel: 'x',
      timeoutMs: 1000,
    };
  });
  after(() => fake.stop());

  const outcome = async (mode: Mode, giveUpMs = 10_000) => {
    fake.mode = mode;
    const stage = new AbortController(); // the stage's own signal: only its 180 s timeout would abort it
    const guard = setTimeout(() => stage.abort(new Error('stage timeout stand-in')), giveUpMs);
    const started = Date.now();
    try {
      await textEmotionWithOpenAI('I am not happy', openai, stage.signal);
      return { err: undefined as unknown, ms: Date.now() - started };
    } catch (err) {
      return { err, ms: Date.now() - started };
    } finally {
      clearTimeout(guard);
    }
  };

  for (const mode of ['empty_json', 'empty', 'object', 'text_plain', 'html'] as Mode[]) {
    it(`reports a 200 answer with ${mode} body as a provider failure (lexicon fallback), not a TypeError`, async () => {
      const { err } = await outcome(mode);
      expect(err, String(err)).to.be.instanceOf(TextProviderError);
    });
  }

  it('gives up on a provider that sends headers and then stalls, within OPENAI_TIMEOUT_MS', async () => {
    const { err, ms } = await outcome('stall_body', 8000);
    expect(err, String(err)).to.be.instanceOf(TextProviderError);
    // timeoutMs is 1000: the SDK's own timer is cleared once headers arrive (withDeadline covers the body).
    expect(ms).to.be.below(3000);
  });
});
