import { loadConfig, type Config } from './config.js';
import { createKnex, type Knex } from './db.js';
import { embeddedPostgresPassword } from './dev-secrets.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { createLogger, type Logger } from './logger.js';

/** What every process role (web, worker, CLI) boots with: config, logger, database; `close()` releases all. */
export interface Runtime {
  config: Config;
  logger: Logger;
  db: Knex;
  databaseUrl: string;
  close(): Promise<void>;
}

export async function openRuntime(role: string, config?: Config): Promise<Runtime> {
  const bootLogger = createLogger('info', `resona-${role}`);
  const cfg = config ?? loadConfig(undefined, (msg) => bootLogger.warn(msg));
  const logger = createLogger(cfg.logLevel, `resona-${role}`);
  let databaseUrl = cfg.database.url;
  let stopEmbedded = async (): Promise<void> => {};
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: cfg.dataDir,
      port: cfg.database.embeddedPort,
      password: embeddedPostgresPassword(cfg.dataDir),
      logger,
    });
    databaseUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const db = createKnex(databaseUrl, cfg.database.pool);
  let closing: Promise<void> | undefined;
  return {
    config: cfg,
    logger,
    db,
    databaseUrl,
    close: () =>
      (closing ??= (async () => {
        await db.destroy();
        await stopEmbedded();
      })()),
  };
}
