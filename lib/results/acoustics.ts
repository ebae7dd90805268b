import { z } from 'zod';
import { json, upsertKind } from './kind.js';

/** `result.acoustics`: the extractor's flat figures (DESIGN §7) and whether later stages may trust them. */
export const acousticsSchema = z.looseObject({
  quality_ok: z.boolean(),
  quality_reasons: z.array(z.string()),
});
export type Acoustics = z.infer<typeof acousticsSchema>;

export const acousticsKind = upsertKind<Acoustics>({
  table: 'acoustic_features',
  schema: acousticsSchema,
  columns: ['features'],
  toRow: (a) => ({ features: json(a), quality_ok: a.quality_ok, updated_at: new Date() }),
  fromRow: (r) => acousticsSchema.parse(r.features),
});
