import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../../lib/config.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'resona-config-'));

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, () => {});
  } catch (err) {
    expect(err).to.be.instanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('lists every bad value in one error', () => {
    const problems = problemsOf({
      DATA_DIR: tmp(),
      PORT: 'eighty',
      DATABASE_URL: 'mysql://localhost/db',
      QUEUE_PREFIX: 'resona',
      LOG_LEVEL: 'loud',
      WORKER_QUEUES: 'transcription,nope',
      AUDIO_MAX_BYTES: '-1',
    });
    const keys = problems.map((p) => p.split(':')[0]);
    expect(keys).to.have.members([
      'PORT',
      'DATABASE_URL',
      'QUEUE_PREFIX',
      'LOG_LEVEL',
      'WORKER_QUEUES',
      'AUDIO_MAX_BYTES',
    ]);
  });

  it('requires JWT_SECRET and AUDIO_ENCRYPTION_KEY in production, alongside other errors', () => {
    const problems = problemsOf({ NODE_ENV: 'production', PORT: '0' });
    expect(problems.join('\n'))
      .to.match(/JWT_SECRET: required/)
      .and.match(/AUDIO_ENCRYPTION_KEY: required/)
      .and.match(/PORT/);
  });

  it('never echoes a secret value in an error', () => {
    const problems = problemsOf({
      DATA_DIR: tmp(),
      JWT_SECRET: 'short-secret-value',
      AUDIO_ENCRYPTION_KEY: 'not-a-key!',
    });
    expect(problems.join('\n')).to.not.include('short-secret-value').and.not.include('not-a-key!');
    expect(problems.join('\n')).to.include('(value hidden)');
  });

  it('applies the documented defaults', () => {
    const config = loadConfig({ DATA_DIR: tmp() }, () => {});
    expect(config.port).to.equal(3000);
    expect(config.queues.prefix).to.equal('{resona}');
    expect(config.queues.workerQueues).to.deep.equal(['transcription', 'emotion', 'baseline', 'risk', 'webhooks']);
    expect(config.audio.maxBytes).to.equal(25 * 1024 * 1024);
    expect(config.sttProvider).to.equal('none');
    expect(config.database.url).to.equal(undefined);
  });

  it('reads per-queue worker concurrency', () => {
    const config = loadConfig({ DATA_DIR: tmp(), WORKER_CONCURRENCY: 'transcription=2, webhooks=50' }, () => {});
    expect(config.queues.concurrency).to.deep.equal({ transcription: 2, webhooks: 50 });
  });

  it('chooses the openai speech-to-text provider when a key is set', () => {
    expect(loadConfig({ DATA_DIR: tmp(), OPENAI_API_KEY: 'sk-test' }, () => {}).sttProvider).to.equal('openai');
  });

  it('generates development secrets once, with a warning, and reuses them', () => {
    const dir = tmp();
    const warnings: string[] = [];
    const first = loadConfig({ DATA_DIR: dir }, (m) => warnings.push(m));
    const second = loadConfig({ DATA_DIR: dir }, (m) => warnings.push(m));
    expect(warnings).to.have.length(1);
    expect(first.jwt.secret).to.have.length.greaterThan(31).and.equal(second.jwt.secret);
    expect(first.audio.encryptionKey).to.have.length(32);
    expect(first.audio.encryptionKey.equals(second.audio.encryptionKey)).to.equal(true);
    expect(fs.statSync(path.join(dir, 'secrets.json')).mode & 0o077).to.equal(0);
  });

  it('accepts a base64 audio key of 32 bytes', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({ DATA_DIR: tmp(), AUDIO_ENCRYPTION_KEY: key, JWT_SECRET: 'x'.repeat(40) }, () => {});
    expect(config.audio.encryptionKey.equals(Buffer.alloc(32, 7))).to.equal(true);
  });
});
