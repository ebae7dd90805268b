import { z } from 'zod';

/** A string PostgreSQL can store: its text type refuses NUL (U+0000), which would otherwise surface as a 500. */
export const storableText = () => z.string().refine((v) => !v.includes('\u0000'), 'must not contain NUL characters');
