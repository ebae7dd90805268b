import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { QUEUE_NAMES, type QueueName } from '../jobs/queues.js';
import { loadOrCreateDevSecrets } from './dev-secrets.js';

// The only module that reads process.env: every setting is declared, described and validated here.

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' });
const redisUrl = z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' });
const secret = z.string().min(32, 'must be at least 32 characters');
const aesKey = z
  .string()
  .refine((v) => decodeKey(v)?.length === 32, 'must be 32 bytes, written as 64 hex characters or base64');
const boolFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
// Express's own names for address ranges, usable in TRUST_PROXY.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

export const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'])
    .default('development')
    .describe('Runtime mode; production requires the secrets'),
  PORT: port.default(3000).describe('HTTP port of the web role'),
  DATABASE_URL: postgresUrl
    .optional()
    .describe('PostgreSQL connection URL; unset starts an embedded PostgreSQL under DATA_DIR'),
  REDIS_URL: redisUrl.optional().describe("Redis for BullMQ; unset uses BullMQ's PostgreSQL backend on DATABASE_URL"),
  QUEUE_PREFIX: z
    .string()
    .regex(/^\{[A-Za-z0-9_-]+\}$/, 'must be a Redis Cluster hash tag such as {resona}')
    .default('{resona}')
    .describe('Prefix of every queue key; a hash tag keeps a flow in one Redis Cluster slot'),
  OPENAI_API_KEY: z.string().min(1).optional().describe('OpenAI key for speech-to-text, text emotion and moderation'),
  OPENAI_BASE_URL: z.url().optional().describe('Any OpenAI-compatible server instead of api.openai.com'),
  OPENAI_STT_MODEL: z
    .string()
    .min(1)
    .default('whisper-1')
    .describe('Speech-to-text model (whisper-1 gives segment timestamps)'),
  OPENAI_TIMEOUT_MS: positiveInt.default(120_000).describe('Time one OpenAI request may take'),
  FFMPEG_PATH: z
    .string()
    .min(1)
    .optional()
    .describe('ffmpeg binary; else the system one, else the npm installer package'),
  AUDIO_MAX_SECONDS: positiveInt
    .default(1800)
    .describe('Longest accepted recording; longer ones fail as invalid_audio'),
  STT_PROVIDER: z
    .enum(['openai', 'none'])
    .optional()
    .describe('Speech-to-text provider; openai when a key is set, else none'),
  JWT_SECRET: secret
    .optional()
    .describe('HS256 signing secret; required in production, generated into DATA_DIR otherwise'),
  JWT_ISSUER: z.string().min(1).default('resona').describe('iss claim of issued tokens'),
  JWT_AUDIENCE: z.string().min(1).default('resona-api').describe('aud claim of issued tokens'),
  JWT_TTL_SECONDS: positiveInt.default(3600).describe('Lifetime of access tokens'),
  AUDIO_ENCRYPTION_KEY: aesKey
    .optional()
    .describe('Master key (32 bytes hex/base64) wrapping per-user audio keys; required in production'),
  AUDIO_MAX_BYTES: positiveInt.default(25 * 1024 * 1024).describe('Largest accepted upload in bytes'),
  UPLOAD_BODY_TIMEOUT_MS: positiveInt
    .default(120_000)
    .describe('Time a submission body may take to arrive whole; then 408 request_timeout'),
  AUDIO_RETENTION: z
    .enum(['after_transcription', 'keep'])
    .default('after_transcription')
    .describe('When encrypted audio is erased: after the transcription stage succeeds, or kept'),
  WORKER_QUEUES: z
    .string()
    .optional()
    .transform((v, ctx) => parseQueueList(v, ctx))
    .describe('Comma-separated queues this worker serves; default all'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('pino log level'),
  DATA_DIR: z
    .string()
    .min(1)
    .default('.data')
    .describe('Local state: embedded PostgreSQL data and generated dev secrets'),
  EMBEDDED_POSTGRES_PORT: port.default(54320).describe('Port of the embedded PostgreSQL (only without DATABASE_URL)'),
  DATABASE_POOL_MAX: positiveInt.default(10).describe('Database connections one process holds at most'),
  DATABASE_ACQUIRE_TIMEOUT_MS: positiveInt
    .default(10_000)
    .describe('Time a request waits for a pooled database connection before answering 503'),
  LOGIN_WINDOW_SECONDS: positiveInt.default(900).describe('Window over which login attempts are counted'),
  LOGIN_MAX_PER_IP: positiveInt
    .default(30)
    .describe('Failed logins from one client address (IPv6: its /64) per window before 429'),
  LOGIN_MAX_PER_ACCOUNT_IP: positiveInt
    .default(5)
    .describe('Failed logins on one account from one client address per window before that address gets 429'),
  LOGIN_ACCOUNT_SLOW_AFTER: positiveInt
    .default(5)
    .describe('Failed logins on one account (any address) per window after which every attempt on it waits'),
  LOGIN_ACCOUNT_MAX_DELAY_MS: positiveInt
    .default(10_000)
    .describe('Longest such wait (250 ms, doubling with each further failure); an account is never refused'),
  REGISTER_MAX_PER_IP: positiveInt
    .default(10)
    .describe('Registrations from one client address (IPv6: its /64) per hour before 429'),
  REGISTER_MAX_PER_MINUTE: positiveInt.default(60).describe('Registrations from all addresses per minute before 429'),
  WORKER_CONCURRENCY: z
    .string()
    .optional()
    .transform((v, ctx) => parseConcurrency(v, ctx))
    .describe(
      'Per-queue jobs at once in one worker process, e.g. "transcription=2,webhooks=50"; stage defaults otherwise',
    ),
  WORKER_LOCK_MS: positiveInt
    .default(30_000)
    .describe('Job lock lifetime; a worker that dies mid-job hands the job back after about this long'),
  METRICS_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(9091)
    .describe('Port where a worker process serves its Prometheus /metrics; 0 turns it off'),
  METRICS_HOST: z
    .string()
    .min(1)
    .default('127.0.0.1')
    .describe("Address a worker's /metrics listens on; loopback unless Prometheus scrapes from elsewhere"),
  WORKER_DRAIN_MS: positiveInt
    .optional()
    .describe(
      'How long SIGTERM lets running stages finish before handing them back; default the longest stage timeout',
    ),
  AUDIO_RETENTION_SWEEP_MS: positiveInt
    .default(600_000)
    .describe(
      'How often a worker erases audio that finished analyses still hold (AUDIO_RETENTION=after_transcription)',
    ),
  STALL_SWEEP_MS: positiveInt
    .default(60_000)
    .describe('How often a worker reconciles analyses whose stage job BullMQ failed without running the stage'),
  PROVIDER_MAX_DEFERRALS: positiveInt
    .default(20)
    .describe("Times a stage may be put back for a provider's 429 before it fails as provider_rate_limited"),
  PROVIDER_DEFER_DEADLINE_MS: positiveInt
    .default(30 * 60_000)
    .describe('How long after its first 429 a stage may keep waiting for the provider before it fails'),
  OUTBOX_MAX_ATTEMPTS: positiveInt
    .default(10)
    .describe('Failed publications of one outbox row before it is dead-lettered (resona stats, /metrics)'),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => parseTrustProxy(v, ctx))
    .describe('Proxies whose X-Forwarded-For is trusted: false, true (one proxy), a hop count, or addresses/subnets'),
  WEBHOOK_SECRET: secret.optional().describe('HMAC-SHA256 key signing callback_url deliveries; required in production'),
  WEBHOOK_ALLOW_PRIVATE: boolFlag
    .default(false)
    .describe('Allow callback URLs on any address, not only globally routable ones (tests, private networks)'),
  WEBHOOK_TIMEOUT_MS: positiveInt
    .default(10_000)
    .describe('Deadline for one whole delivery: DNS, connect, response headers and body'),
});

export type Env = z.infer<typeof envSchema>;

/** Size of a process's connection pool and how long a query waits for a free connection. */
export interface DatabasePool {
  max: number;
  acquireTimeoutMs: number;
}

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  logLevel: Env['LOG_LEVEL'];
  dataDir: string;
  /** Express's `trust proxy`: false, a number of hops, or the trusted proxies' addresses and subnets. */
  trustProxy: false | number | string[];
  metricsPort: number;
  worker: {
    metricsHost: string;
    drainMs?: number;
    stallSweepMs: number;
    retentionSweepMs: number;
    maxDeferrals: number;
    deferDeadlineMs: number;
    outboxMaxAttempts: number;
  };
  database: { url?: string; embeddedPort: number; pool: DatabasePool };
  queues: {
    redisUrl?: string;
    prefix: string;
    workerQueues: QueueName[];
    concurrency: Partial<Record<QueueName, number>>;
    lockMs: number;
  };
  openai: { apiKey?: string; baseUrl?: string; sttModel: string; timeoutMs: number };
  ffmpeg: { ffmpegPath?: string };
  sttProvider: 'openai' | 'none';
  jwt: { secret: string; issuer: string; audience: string; ttlSeconds: number };
  audio: {
    encryptionKey: Buffer;
    maxBytes: number;
    maxSeconds: number;
    retention: Env['AUDIO_RETENTION'];
    bodyTimeoutMs: number;
  };
  login: {
    windowSeconds: number;
    maxPerIp: number;
    maxPerAccountIp: number;
    accountSlowAfter: number;
    accountMaxDelayMs: number;
  };
  registration: { maxPerIpPerHour: number; maxPerMinute: number };
  webhooks: { secret: string; allowPrivate: boolean; timeoutMs: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const SECRET_KEYS = new Set([
  'JWT_SECRET',
  'AUDIO_ENCRYPTION_KEY',
  'WEBHOOK_SECRET',
  'OPENAI_API_KEY',
  'DATABASE_URL',
  'REDIS_URL',
]);

/** Parses the environment once; throws a ConfigError naming every bad or missing value. */
export function loadConfig(
  source: NodeJS.ProcessEnv = process.env,
  warn: (msg: string) => void = console.warn,
): Config {
  // An empty variable means unset, as in most deployment tools.
  const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(raw);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '(root)');
      const shown = SECRET_KEYS.has(key) ? '(value hidden)' : JSON.stringify(raw[key]);
      problems.push(`${key}: ${issue.message}${raw[key] === undefined ? '' : ` (got ${shown})`}`);
    }
  }
  const env = parsed.success ? parsed.data : undefined;
  const production = (env?.NODE_ENV ?? raw.NODE_ENV) === 'production';
  if (production) {
    for (const key of ['JWT_SECRET', 'AUDIO_ENCRYPTION_KEY', 'WEBHOOK_SECRET'] as const) {
      if (!raw[key]) problems.push(`${key}: required when NODE_ENV=production`);
    }
  }
  if (problems.length > 0 || !env) throw new ConfigError(problems);
  if (raw.LOGIN_MAX_PER_ACCOUNT !== undefined) {
    warn(
      'LOGIN_MAX_PER_ACCOUNT is no longer read: failures on an account now refuse only the failing address ' +
        '(LOGIN_MAX_PER_ACCOUNT_IP) and slow the account elsewhere (LOGIN_ACCOUNT_SLOW_AFTER).',
    );
  }

  const dataDir = path.resolve(env.DATA_DIR);
  const needsDevSecrets = !env.JWT_SECRET || !env.AUDIO_ENCRYPTION_KEY || !env.WEBHOOK_SECRET;
  const dev = needsDevSecrets ? loadOrCreateDevSecrets(dataDir, warn) : undefined;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    dataDir,
    trustProxy: env.TRUST_PROXY,
    metricsPort: env.METRICS_PORT,
    worker: {
      metricsHost: env.METRICS_HOST,
      drainMs: env.WORKER_DRAIN_MS,
      stallSweepMs: env.STALL_SWEEP_MS,
      retentionSweepMs: env.AUDIO_RETENTION_SWEEP_MS,
      maxDeferrals: env.PROVIDER_MAX_DEFERRALS,
      deferDeadlineMs: env.PROVIDER_DEFER_DEADLINE_MS,
      outboxMaxAttempts: env.OUTBOX_MAX_ATTEMPTS,
    },
    database: {
      url: env.DATABASE_URL,
      embeddedPort: env.EMBEDDED_POSTGRES_PORT,
      pool: { max: env.DATABASE_POOL_MAX, acquireTimeoutMs: env.DATABASE_ACQUIRE_TIMEOUT_MS },
    },
    queues: {
      redisUrl: env.REDIS_URL,
      prefix: env.QUEUE_PREFIX,
      workerQueues: env.WORKER_QUEUES,
      concurrency: env.WORKER_CONCURRENCY,
      lockMs: env.WORKER_LOCK_MS,
    },
    openai: {
      apiKey: env.OPENAI_API_KEY,
      baseUrl: env.OPENAI_BASE_URL,
      sttModel: env.OPENAI_STT_MODEL,
      timeoutMs: env.OPENAI_TIMEOUT_MS,
    },
    ffmpeg: { ffmpegPath: env.FFMPEG_PATH },
    sttProvider: env.STT_PROVIDER ?? (env.OPENAI_API_KEY ? 'openai' : 'none'),
    jwt: {
      secret: env.JWT_SECRET ?? dev!.jwtSecret,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      ttlSeconds: env.JWT_TTL_SECONDS,
    },
    audio: {
      encryptionKey: decodeKey(env.AUDIO_ENCRYPTION_KEY ?? dev!.audioEncryptionKey)!,
      maxBytes: env.AUDIO_MAX_BYTES,
      maxSeconds: env.AUDIO_MAX_SECONDS,
      retention: env.AUDIO_RETENTION,
      bodyTimeoutMs: env.UPLOAD_BODY_TIMEOUT_MS,
    },
    login: {
      windowSeconds: env.LOGIN_WINDOW_SECONDS,
      maxPerIp: env.LOGIN_MAX_PER_IP,
      maxPerAccountIp: env.LOGIN_MAX_PER_ACCOUNT_IP,
      accountSlowAfter: env.LOGIN_ACCOUNT_SLOW_AFTER,
      accountMaxDelayMs: env.LOGIN_ACCOUNT_MAX_DELAY_MS,
    },
    registration: { maxPerIpPerHour: env.REGISTER_MAX_PER_IP, maxPerMinute: env.REGISTER_MAX_PER_MINUTE },
    webhooks: {
      secret: env.WEBHOOK_SECRET ?? dev!.webhookSecret,
      allowPrivate: env.WEBHOOK_ALLOW_PRIVATE,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    },
  };
}

function decodeKey(value: string | undefined): Buffer | undefined {
  if (!value) return undefined;
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return Buffer.from(value, 'base64');
  return undefined;
}

/**
 * `true` means the one proxy in front: Express's own `true` would take the leftmost X-Forwarded-For entry,
 * which the client writes, and every per-address limit could be dodged.
 */
function parseTrustProxy(value: string | undefined, ctx: z.RefinementCtx): false | number | string[] {
  const v = value?.trim().toLowerCase();
  if (v === undefined || v === 'false' || v === '0') return false;
  if (v === 'true') return 1;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !PROXY_RANGE_NAMES.has(e) && !isAddressOrSubnet(e));
  if (bad.length > 0 || entries.length === 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be false, true, a hop count, or addresses/subnets (or loopback, linklocal, uniquelocal); bad: ${bad.join(', ') || '(empty)'}`,
    });
  }
  return entries;
}

function isAddressOrSubnet(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function parseQueueList(value: string | undefined, ctx: z.RefinementCtx): QueueName[] {
  if (value === undefined || value.trim() === '' || value.trim() === 'all') return [...QUEUE_NAMES];
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(QUEUE_NAMES as readonly string[]).includes(n));
  if (unknown.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown queue(s) ${unknown.join(', ')}; known: ${QUEUE_NAMES.join(', ')}`,
    });
  }
  return names as QueueName[];
}

function parseConcurrency(value: string | undefined, ctx: z.RefinementCtx): Partial<Record<QueueName, number>> {
  const out: Partial<Record<QueueName, number>> = {};
  for (const part of (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, n] = part.split('=');
    const count = Number(n);
    if (!(QUEUE_NAMES as readonly string[]).includes(name ?? '') || !Number.isInteger(count) || count < 1) {
      ctx.addIssue({
        code: 'custom',
        message: `"${part}" is not queue=positive-integer (queues: ${QUEUE_NAMES.join(', ')})`,
      });
      continue;
    }
    out[name as QueueName] = count;
  }
  return out;
}
