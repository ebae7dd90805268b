import type { z } from 'zod';

/** Validates command options; a failure is one line naming each bad flag. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const flag = (key: PropertyKey) => `--${String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  throw new Error(
    parsed.error.issues
      .map((i) => (i.path.length ? `${flag(i.path[0]!)}: ${i.message}` : i.message))
      .join('; ')
      .replace(/\s*\n\s*/g, ' '),
  );
}
