import { z } from 'zod';

/** A string PostgreSQL can store: its text type refuses NUL (U+0000), which would otherwise surface as a 500. */
export const storableText = () => z.string().refine((v) => !v.includes('\u0000'), 'must not contain NUL characters');

/** An ISO 8601 UTC time PostgreSQL accepts: it has no year 0000, which ISO 8601 (and so zod) allows. */
export const storableTimestamp = () =>
  z.iso.datetime().refine((v) => !v.startsWith('0000'), 'year 0000 does not exist in PostgreSQL');
