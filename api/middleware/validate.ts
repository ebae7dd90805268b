import type { z } from 'zod';
import { ValidationError } from '../../lib/errors.js';

/** Parses untrusted input; the error lists every problem with its field path. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw new ValidationError(
    `Invalid request: ${details.map((d) => `${d.path || 'body'}: ${d.message}`).join('; ')}`,
    details,
  );
}
