import net from 'node:net';
import { z } from 'zod';
import { QUEUE_NAMES, type QueueName } from '../../jobs/queues.js';

// Validators and parsers of single settings, shared by the schema (env-schema.ts) and loadConfig (config.ts).

export const port = z.coerce.number().int().min(1).max(65535);
export const positiveInt = z.coerce.number().int().positive();
export const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' });
export const redisUrl = z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' });
export const secret = z.string().min(32, 'must be at least 32 characters');
export const aesKey = z
  .string()
  .refine((v) => decodeKey(v)?.length === 32, 'must be 32 bytes, written as 64 hex characters or base64');
export const boolFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
// Express's own names for address ranges, usable in TRUST_PROXY.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

export function decodeKey(value: string | undefined): Buffer | undefined {
  if (!value) return undefined;
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return Buffer.from(value, 'base64');
  return undefined;
}

/**
 * `true` means the one proxy in front: Express's own `true` would take the leftmost X-Forwarded-For entry,
 * which the client writes, and every per-address limit could be dodged.
 */
export function parseTrustProxy(value: string | undefined, ctx: z.RefinementCtx): false | number | string[] {
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

export function parseQueueList(value: string | undefined, ctx: z.RefinementCtx): QueueName[] {
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

export function parseConcurrency(value: string | undefined, ctx: z.RefinementCtx): Partial<Record<QueueName, number>> {
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
