import { z } from 'zod';
import { storableText } from './storable.js';

/** What an account needs, shared by registration (API) and `resona users create` (CLI). */
export const registerSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(8).max(128),
  consent_version: storableText().trim().min(1).max(32),
});

export const loginSchema = z.object({
  email: storableText().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});
