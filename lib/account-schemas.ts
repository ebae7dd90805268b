import { z } from 'zod';
import { storableText } from './storable.js';

/** What an account needs, shared by registration (API) and `resona users create` (CLI). */
export const registerSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(8).max(128),
  consent_version: storableText().trim().min(1).max(32),
  time_zone: z
    .string()
    .max(64)
    .refine(isTimeZone, 'an IANA time zone name such as Africa/Nairobi')
    .optional()
    .describe(
      "The person's time zone: the nightly personalisation runs at 03:00 there (the first of PERSONALISE_TIME_ZONES when absent or not configured).",
    ),
});

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const loginSchema = z.object({
  email: storableText().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});
