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
    expect(config.queues.workerQueues).to.deep.equal([
      'transcription',
      'emotion',
      'baseline',
      'risk',
      'reply',
      'webhooks',
      'personalise',
    ]);
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

  it('reads TRUST_PROXY as trusted hops or proxy subnets; true trusts the one proxy in front, not every X-Forwarded-For entry', () => {
    const trust = (value?: string) =>
      loadConfig({ DATA_DIR: tmp(), ...(value ? { TRUST_PROXY: value } : {}) }, () => {}).trustProxy;
    expect(trust()).to.equal(false);
    expect(trust('false')).to.equal(false);
    expect(trust('true')).to.equal(1);
    expect(trust('2')).to.equal(2);
    expect(trust('loopback, 10.0.0.0/8,fd00::/8')).to.deep.equal(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(problemsOf({ DATA_DIR: tmp(), TRUST_PROXY: 'yes please' }).join('\n')).to.match(/^TRUST_PROXY:/);
    expect(problemsOf({ DATA_DIR: tmp(), TRUST_PROXY: '10.0.0.0/33' }).join('\n')).to.match(/^TRUST_PROXY:/);
  });

  it('applies the documented login and registration limits', () => {
    const config = loadConfig({ DATA_DIR: tmp() }, () => {});
    expect(config.login).to.deep.equal({
      windowSeconds: 900,
      maxPerIp: 30,
      maxPerAccountIp: 5,
      accountSlowAfter: 5,
      accountMaxDelayMs: 10_000,
    });
    expect(config.registration).to.deep.equal({ maxPerIpPerHour: 10, maxPerMinute: 60 });
  });

  it('warns that LOGIN_MAX_PER_ACCOUNT is gone: an account is only slowed across addresses now', () => {
    const warnings: string[] = [];
    loadConfig(
      {
        DATA_DIR: tmp(),
        JWT_SECRET: 'x'.repeat(40),
        AUDIO_ENCRYPTION_KEY: '11'.repeat(32),
        WEBHOOK_SECRET: 'y'.repeat(40),
        LOGIN_MAX_PER_ACCOUNT: '5',
      },
      (m) => warnings.push(m),
    );
    expect(warnings.join('\n')).to.match(/LOGIN_MAX_PER_ACCOUNT.*LOGIN_MAX_PER_ACCOUNT_IP.*LOGIN_ACCOUNT_SLOW_AFTER/);
  });

  it('accepts a base64 audio key of 32 bytes', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({ DATA_DIR: tmp(), AUDIO_ENCRYPTION_KEY: key, JWT_SECRET: 'x'.repeat(40) }, () => {});
    expect(config.audio.encryptionKey.equals(Buffer.alloc(32, 7))).to.equal(true);
  });

  it('reads the crisis resources at start and refuses a bad file or a country without lines there', () => {
    const config = loadConfig({ DATA_DIR: tmp() }, () => {});
    expect(config.crisis.resources.map((r) => r.country)).to.include.members(['KE', 'TZ', 'UG']);
    const bad = path.join(tmp(), 'resources.json');
    fs.writeFileSync(bad, JSON.stringify({ countries: { KE: [{ phone: '1199' }] } }));
    const problems = problemsOf({ DATA_DIR: tmp(), CRISIS_RESOURCES_FILE: bad });
    expect(problems.join('\n')).to.match(/^CRISIS_RESOURCES_FILE: .*name/m);
    expect(problemsOf({ DATA_DIR: tmp(), CRISIS_COUNTRIES: 'KE,TZ,UK' }).join('\n')).to.match(
      /^CRISIS_COUNTRIES: .*UK/m,
    );
  });
});
