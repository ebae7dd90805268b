import { readFileSync } from 'node:fs';
import { z } from 'zod';
import defaults from './resources.json' with { type: 'json' };

// Crisis resources a high or critical result carries (DESIGN §10): the defaults for Kenya, Tanzania and Uganda come
// from official pages (RESOURCES.md names each source and date); CRISIS_RESOURCES_FILE replaces them country by
// country, CRISIS_COUNTRIES chooses which countries a result lists.

const entry = z.object({
  name: z.string().min(1),
  phone: z.string().min(1).optional(),
  url: z.url().optional(),
  country: z.string().length(2),
});
const fileSchema = z.object({ countries: z.record(z.string().length(2), z.array(entry.loose())) });
export type CrisisResource = z.infer<typeof entry>;

/** Parses a resources file of resources.json's shape; throws with the problem for a bad one. */
function parseResources(text: string): Record<string, CrisisResource[]> {
  const parsed = fileSchema.parse(JSON.parse(text));
  return Object.fromEntries(
    Object.entries(parsed.countries).map(([c, list]) => [
      c,
      list.map(({ name, phone, url, country }) => ({
        name,
        country,
        ...(phone ? { phone } : {}),
        ...(url ? { url } : {}),
      })),
    ]),
  );
}

/** The defaults, with any country the operator's file names replaced by its list. */
export function loadResources(file?: string): Record<string, CrisisResource[]> {
  const base = parseResources(JSON.stringify(defaults));
  return file ? { ...base, ...parseResources(readFileSync(file, 'utf8')) } : base;
}

export function resourcesFor(all: Record<string, CrisisResource[]>, countries: readonly string[]): CrisisResource[] {
  return countries.flatMap((c) => all[c] ?? []);
}
