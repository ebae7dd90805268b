import path from 'node:path';
import type { QueueName } from '../jobs/queues.js';
import { envSchema, type Env } from './config/env-schema.js';
import { decodeKey } from './config/parsers.js';
import { loadOrCreateDevSecrets } from './dev-secrets.js';
import { crisisResources, type CrisisResource } from './risk/resources.js';

// The only module that reads process.env: every setting is declared (config/env-schema.ts), validated and shaped here.

export { envSchema, type Env };

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
    failedAudioGraceMs: number;
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
  openai: {
    apiKey?: string;
    baseUrl?: string;
    sttModel: string;
    textModel: string;
    moderationModel: string;
    replyModel: string;
    timeoutMs: number;
  };
  moderationProvider: 'openai' | 'none';
  ffmpeg: { ffmpegPath?: string };
  sttProvider: 'openai' | 'none';
  textEmotionProvider: 'openai' | 'lexicon';
  reply: { provider: 'openai' | 'template'; contextTurns: number };
  personalise: { timeZones: string[]; minSessions: number };
  baseline: { window: number; minSessions: number };
  /** `resources`: what a high or critical result lists, read and checked at start (lib/risk/resources.ts). */
  crisis: { resources: CrisisResource[] };
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
  escalations: { webhookUrl?: string; ackMinutes: number };
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
  if (env && env.BASELINE_MIN_SESSIONS > env.BASELINE_WINDOW) {
    problems.push('BASELINE_MIN_SESSIONS: must not exceed BASELINE_WINDOW, or no baseline could ever be established');
  }
  let resources: CrisisResource[] = [];
  if (env) {
    try {
      resources = crisisResources(env.CRISIS_COUNTRIES, env.CRISIS_RESOURCES_FILE);
    } catch (err) {
      problems.push((err as Error).message);
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
      failedAudioGraceMs: env.AUDIO_FAILED_GRACE_MS,
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
      textModel: env.OPENAI_TEXT_MODEL,
      moderationModel: env.OPENAI_MODERATION_MODEL,
      replyModel: env.OPENAI_REPLY_MODEL,
      timeoutMs: env.OPENAI_TIMEOUT_MS,
    },
    ffmpeg: { ffmpegPath: env.FFMPEG_PATH },
    sttProvider: env.STT_PROVIDER ?? (env.OPENAI_API_KEY ? 'openai' : 'none'),
    textEmotionProvider: env.TEXT_EMOTION_PROVIDER ?? (env.OPENAI_API_KEY ? 'openai' : 'lexicon'),
    moderationProvider: env.MODERATION_PROVIDER ?? (env.OPENAI_API_KEY ? 'openai' : 'none'),
    reply: {
      provider: env.REPLY_PROVIDER ?? (env.OPENAI_API_KEY ? 'openai' : 'template'),
      contextTurns: env.REPLY_CONTEXT_TURNS,
    },
    personalise: { timeZones: env.PERSONALISE_TIME_ZONES, minSessions: env.PERSONALISE_MIN_SESSIONS },
    baseline: { window: env.BASELINE_WINDOW, minSessions: env.BASELINE_MIN_SESSIONS },
    crisis: { resources },
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
    escalations: { webhookUrl: env.ESCALATION_WEBHOOK_URL, ackMinutes: env.ESCALATION_ACK_MINUTES },
    webhooks: {
      secret: env.WEBHOOK_SECRET ?? dev!.webhookSecret,
      allowPrivate: env.WEBHOOK_ALLOW_PRIVATE,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    },
  };
}
