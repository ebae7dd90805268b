import { Writable } from 'node:stream';
import { expect } from 'chai';
import { pino } from 'pino';
import { REDACT_PATHS } from '../../../lib/logger.js';

describe('logger redaction', () => {
  it('removes authorization headers, passwords, tokens and transcripts from log lines', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) });
    const log = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    log.info({ req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'sid=1' } } }, 'request');
    log.info({ body: { password: 'hunter22', access_token: 'tok', transcript: 'I feel low' } }, 'body');
    const out = lines.join('');
    for (const secret of ['abc.def.ghi', 'sid=1', 'hunter22', '"tok"', 'I feel low'])
      expect(out).to.not.include(secret);
    expect(out).to.include('[redacted]');
  });
});
