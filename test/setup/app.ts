import { buildApp, type AppDeps } from '../../api/app.js';
import type { ReadinessCheck } from '../../api/routes/health.routes.js';
import { loadConfig, type Config } from '../../lib/config.js';
import type { Knex } from '../../lib/db.js';
import { createLogger } from '../../lib/logger.js';

export const TEST_JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';

/** Settings every test process shares (secrets fixed so separate processes agree). */
export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  JWT_SECRET: TEST_JWT_SECRET,
  AUDIO_ENCRYPTION_KEY: '11'.repeat(32),
  WEBHOOK_SECRET: 'test-webhook-secret-that-is-long-enough-0123',
  LOG_LEVEL: 'silent',
  // Test files register many users from loopback; auth-register.test.ts checks the limits with its own values.
  REGISTER_MAX_PER_IP: '1000',
  REGISTER_MAX_PER_MINUTE: '1000',
};

export function testConfig(databaseUrl: string, env: Record<string, string> = {}): Config {
  return loadConfig({ ...TEST_ENV, DATABASE_URL: databaseUrl, ...env });
}

export function testApp(
  db: Knex,
  config: Config,
  readiness?: Record<string, ReadinessCheck>,
  extra: Partial<AppDeps> = {},
) {
  return buildApp({ config, db, logger: createLogger('silent'), readiness, ...extra });
}
