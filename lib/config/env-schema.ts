import { z } from 'zod';
import {
  aesKey,
  boolFlag,
  parseConcurrency,
  parseQueueList,
  parseTrustProxy,
  port,
  positiveInt,
  postgresUrl,
  redisUrl,
  secret,
} from './parsers.js';

// Every environment variable the service reads, with its default and meaning (the README's table lists the same).

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
  OPENAI_API_KEY: z
    .string()
    .min(1)
    .optional()
    .describe('OpenAI key for speech-to-text, text emotion, moderation and replies'),
  OPENAI_BASE_URL: z.url().optional().describe('Any OpenAI-compatible server instead of api.openai.com'),
  OPENAI_STT_MODEL: z
    .string()
    .min(1)
    .default('whisper-1')
    .describe('Speech-to-text model (whisper-1 gives segment timestamps)'),
  OPENAI_TIMEOUT_MS: positiveInt
    .default(120_000)
    .describe('Time one OpenAI request may take, to the last byte of its answer'),
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
  TEXT_EMOTION_PROVIDER: z
    .enum(['openai', 'lexicon'])
    .optional()
    .describe('Text emotion: openai (structured outputs) when a key is set, else the local lexicons'),
  OPENAI_TEXT_MODEL: z.string().min(1).default('gpt-4o-mini').describe('Chat model for text emotion'),
  MODERATION_PROVIDER: z
    .enum(['openai', 'none'])
    .optional()
    .describe("The risk stage's moderation layer (self-harm scores on the redacted words): openai when a key is set"),
  OPENAI_MODERATION_MODEL: z
    .string()
    .min(1)
    .default('omni-moderation-latest')
    .describe('Moderation model for the risk stage'),
  REPLY_PROVIDER: z
    .enum(['openai', 'template'])
    .optional()
    .describe(
      'The reply stage: OpenAI chat when a key is set, else curated templates (crisis replies are always templates)',
    ),
  OPENAI_REPLY_MODEL: z.string().min(1).default('gpt-4o-mini').describe('Chat model for replies'),
  REPLY_CONTEXT_TURNS: z.coerce
    .number()
    .int()
    .min(0)
    .max(20)
    .default(4)
    .describe('Earlier turns of the same conversation a reply is aware of (stored encrypted)'),
  PERSONALISE_TIME_ZONES: z
    .string()
    .default('Africa/Nairobi,Africa/Dar_es_Salaam,Africa/Kampala')
    .transform((v) =>
      v
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z.string().refine((tz) => {
            try {
              new Intl.DateTimeFormat('en', { timeZone: tz });
              return true;
            } catch {
              return false;
            }
          }, 'IANA time zone names such as Africa/Nairobi'),
        )
        .min(1),
    )
    .describe('Time zones whose 03:00 runs the nightly personalisation; people without a zone belong to the first'),
  PERSONALISE_MIN_SESSIONS: positiveInt
    .default(3)
    .describe('Completed check-ins in the last 30 days a person needs for a personalised interface'),
  CRISIS_COUNTRIES: z
    .string()
    .default('KE,TZ,UG')
    .transform((v) =>
      v
        .split(',')
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, 'two-letter country codes')).min(1))
    .describe('Countries whose crisis resources a high or critical result lists (ISO 3166 codes)'),
  CRISIS_RESOURCES_FILE: z
    .string()
    .min(1)
    .optional()
    .describe(
      "A JSON file of lib/risk/resources.json's shape; each country it names replaces the defaults (checked at start)",
    ),
  BASELINE_WINDOW: positiveInt
    .default(20)
    .describe("Sessions a person's voice baseline is computed over (the most recent that pass the quality check)"),
  BASELINE_MIN_SESSIONS: positiveInt
    .default(5)
    .describe('Sessions before a baseline is established and deviations are reported'),
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
  AUDIO_FAILED_GRACE_MS: positiveInt
    .default(3 * 24 * 3600_000)
    .describe(
      'How long the audio of an analysis that failed for a reason other than the recording is kept for retry-failed',
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
  ESCALATION_WEBHOOK_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      'Receives each high or critical escalation (ids, level, tier, reason codes), signed like completion webhooks',
    ),
  ESCALATION_ACK_MINUTES: z.coerce
    .number()
    .positive()
    .default(15)
    .describe(
      'With ESCALATION_WEBHOOK_URL, a critical escalation not acknowledged within this many minutes is sent again (and counted)',
    ),
  WEBHOOK_ALLOW_PRIVATE: boolFlag
    .default(false)
    .describe('Allow callback URLs on any address, not only globally routable ones (tests, private networks)'),
  WEBHOOK_TIMEOUT_MS: positiveInt
    .default(10_000)
    .describe('Deadline for one whole delivery: DNS, connect, response headers and body'),
});

export type Env = z.infer<typeof envSchema>;
