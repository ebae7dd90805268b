import { pino, type Logger } from 'pino';

export type { Logger };

// Credentials and anything a person said or typed never reach the logs.
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.password_hash',
  '*.access_token',
  '*.token',
  '*.secret',
  '*.transcript',
  'password',
  'access_token',
  'transcript',
];

export function createLogger(level: string, name = 'resona'): Logger {
  return pino({ name, level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } });
}
