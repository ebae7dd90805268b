import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface DevSecrets {
  jwtSecret: string;
  audioEncryptionKey: string;
  embeddedPostgresPassword: string;
  webhookSecret: string;
}

/** Outside production, secrets are generated once into DATA_DIR so restarts keep tokens and audio readable. */
export function loadOrCreateDevSecrets(dataDir: string, warn: (msg: string) => void): DevSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) return withDefaults(JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<DevSecrets>, file);
  const secrets: DevSecrets = {
    jwtSecret: randomBytes(48).toString('base64url'),
    audioEncryptionKey: randomBytes(32).toString('hex'),
    embeddedPostgresPassword: randomBytes(24).toString('base64url'),
    webhookSecret: randomBytes(32).toString('base64url'),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx' fails if another process created the file first; then we read theirs.
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return JSON.parse(fs.readFileSync(file, 'utf8')) as DevSecrets;
  }
  warn(`JWT_SECRET/AUDIO_ENCRYPTION_KEY not set: generated development secrets into ${file}. Set both in production.`);
  return secrets;
}

/** Secrets files from older versions lack newer entries: add them once. */
function withDefaults(secrets: Partial<DevSecrets>, file: string): DevSecrets {
  if (secrets.webhookSecret) return secrets as DevSecrets;
  const updated = { ...secrets, webhookSecret: randomBytes(32).toString('base64url') } as DevSecrets;
  fs.writeFileSync(file, JSON.stringify(updated, null, 2), { mode: 0o600 });
  return updated;
}

/** The embedded PostgreSQL password lives with the other generated secrets. */
export function embeddedPostgresPassword(dataDir: string): string {
  return loadOrCreateDevSecrets(dataDir, () => {}).embeddedPostgresPassword;
}
