import { z } from 'zod';
import type { Knex } from '../db.js';
import { DEFAULT_INTERFACE, interfaceConfigSchema } from './rules.js';
import { activeInterface } from './store.js';

// GET /v1/me/interface: the person's active user_interfaces row, or the default interface, marked as such.

export const interfaceViewSchema = z.object({
  /** True when no night has written this person's interface yet (or they have too little history). */
  default: z.boolean(),
  /** The row's version; null for the default. */
  version: z.number().int().min(1).nullable(),
  /** The night (local date, YYYY-MM-DD) whose run wrote it; null for the default or a row from before the nightly job. */
  night: z.string().nullable(),
  time_zone: z.string().nullable(),
  generated_at: z.iso.datetime({ offset: true }).nullable(),
  config: interfaceConfigSchema,
});
export type InterfaceView = z.infer<typeof interfaceViewSchema>;

/** What a person without an interface of their own gets. */
export const DEFAULT_VIEW: InterfaceView = {
  default: true,
  version: null,
  night: null,
  time_zone: null,
  generated_at: null,
  config: DEFAULT_INTERFACE,
};

export async function interfaceView(db: Knex, userId: string): Promise<InterfaceView> {
  const active = await activeInterface(db, userId);
  return active ? { default: false, ...active } : DEFAULT_VIEW;
}
