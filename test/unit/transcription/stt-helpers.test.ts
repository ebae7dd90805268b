import { expect } from 'chai';
import { APIConnectionTimeoutError, APIError } from 'openai';
import { ProviderUnavailableError, StageInputError } from '../../../processors/stage.js';
import { classify, retryAfterMs, SttRateLimitedError } from '../../../processors/transcription/stt/openai.js';
import { languageCode, LOCAL_VOCABULARY, sttPrompt } from '../../../processors/transcription/stt/vocabulary.js';

const apiError = (status: number, headers: Record<string, string> = {}, body: object = {}) =>
  APIError.generate(status, { error: body }, undefined, new Headers(headers));

describe('speech-to-text error handling', () => {
  it('reads Retry-After as seconds, as an HTTP date, or retry-after-ms, within 1 s to 10 min', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '7' }))).to.equal(7000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '2500', 'retry-after': '9' }))).to.equal(2500);
    const date = new Date(Date.now() + 30_000).toUTCString();
    expect(retryAfterMs(new Headers({ 'retry-after': date }))).to.be.within(28_000, 30_000);
    expect(retryAfterMs(new Headers({ 'retry-after': '0' }))).to.equal(1000);
    expect(retryAfterMs(new Headers({ 'retry-after': '86400' }))).to.equal(600_000);
    expect(retryAfterMs(new Headers())).to.equal(20_000);
  });

  it('turns a 429 into a rate-limit signal carrying the wait, but an exhausted quota into a retryable error', () => {
    const limited = classify(apiError(429, { 'retry-after': '3' }), 1000);
    expect(limited).to.be.instanceOf(SttRateLimitedError);
    expect((limited as SttRateLimitedError).retryAfterMs).to.equal(3000);
    const quota = classify(apiError(429, {}, { code: 'insufficient_quota', message: 'quota' }), 1000);
    expect(quota).to.not.be.instanceOf(SttRateLimitedError);
    expect(quota).to.not.be.instanceOf(StageInputError);
  });

  it('retries 5xx, 408, timeouts and malformed bodies; fails other 4xx but 401/403 at once as transcription_failed', () => {
    for (const err of [apiError(500), apiError(503), apiError(408), new APIConnectionTimeoutError()]) {
      const out = classify(err, 1000);
      expect(out, String(err)).to.not.be.instanceOf(StageInputError);
      expect(out).to.not.be.instanceOf(SttRateLimitedError);
    }
    expect(classify(new APIConnectionTimeoutError(), 1500).message).to.equal('speech-to-text timed out after 1500 ms');
    expect(classify(new SyntaxError('Unexpected end of JSON input'), 1000).message).to.match(/malformed response/);
    for (const status of [400, 404, 413, 415, 422]) {
      const out = classify(apiError(status, {}, { message: 'nope' }), 1000);
      expect(out, String(status)).to.be.instanceOf(StageInputError);
      expect((out as StageInputError).code).to.equal('transcription_failed');
    }
  });

  it("never copies a provider's error text or a parse error into its message: they can quote the person's words", () => {
    const words = 'zebracanary nataka kufa';
    const errors = [
      apiError(400, {}, { message: `could not process prompt: ${words}` }),
      apiError(503, {}, { message: `upstream failed on: ${words}` }),
      new SyntaxError(`Unexpected token 'z', "${words}" is not valid JSON`),
      Object.assign(new Error(`socket closed after ${words}`), { name: 'TypeError' }),
    ];
    for (const err of errors) {
      const out = classify(err, 1000);
      expect(out.message, out.message).to.not.include('zebracanary');
      expect(String(out.stack), 'stack').to.not.include('zebracanary');
      expect(out.cause, 'cause').to.equal(undefined);
    }
  });

  it('turns 401 and 403 into provider_unavailable, a configuration fault that does not blame the recording', () => {
    for (const status of [401, 403]) {
      const out = classify(apiError(status, {}, { message: 'bad key' }), 1000);
      expect(out, String(status)).to.be.instanceOf(ProviderUnavailableError);
      expect((out as ProviderUnavailableError).code).to.equal('provider_unavailable');
      expect(out.message).to.not.match(/recording/i);
    }
  });
});

describe('speech-to-text prompt and language', () => {
  it('sends the local vocabulary, followed by the end of the previous piece cut at a word', () => {
    expect(sttPrompt()).to.equal(LOCAL_VOCABULARY);
    expect(LOCAL_VOCABULARY).to.include('Niko sawa').and.include('msee');
    const before = `${'neno '.repeat(100)}mwisho`;
    const prompt = sttPrompt(before);
    expect(prompt.startsWith(LOCAL_VOCABULARY)).to.equal(true);
    expect(prompt.endsWith('neno mwisho')).to.equal(true);
    expect(prompt.length - LOCAL_VOCABULARY.length).to.be.at.most(301);
  });

  it('sends the previous piece redacted: no phone number or name goes back to the provider', () => {
    const prompt = sttPrompt('jina langu ni Amina nipigie 0712 345 678 nimechoka sana');
    expect(prompt).to.not.match(/Amina|0712/);
    expect(prompt).to.include('[phone]').and.include('nimechoka sana');
  });

  it('stores ISO 639-1 codes for the names Whisper gives, nothing for names it does not know', () => {
    expect(languageCode('swahili')).to.equal('sw');
    expect(languageCode('English')).to.equal('en');
    expect(languageCode('sw')).to.equal('sw');
    expect(languageCode('klingon-dialect')).to.equal(null);
    expect(languageCode(undefined)).to.equal(null);
  });
});
