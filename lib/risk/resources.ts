import { readFileSync } from 'node:fs';
import { z } from 'zod';
import defaults from './resources.json' with { type: 'json' };

// Crisis resources a high or critical result carries (DESIGN §10): the defaults for Kenya, Tanzania and Uganda come
// from official pages (RESOURCES.md names each source and date); CRISIS_RESOURCES_FILE replaces them country by
// country, CRISIS_COUNTRIES chooses which countries a result lists. Both are checked when the process starts
// (lib/config.ts), so a mistake in them is found then, not when a person in crisis checks in.

const COUNTRY = z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code in capitals');
const entry = z
  .object({
    name: z.string().trim().min(1),
    phone: z.string().trim().min(1).optional(),
    url: z.url().optional(),
    country: COUNTRY,
  })
  .refine((e) => e.phone || e.url, 'needs a phone or a url: a line the person cannot reach helps nobody');
const fileSchema = z.object({
  countries: z.record(COUNTRY, z.array(entry.loose()).min(1, 'an empty list would leave the country without a line')),
});
export type CrisisResource = z.infer<typeof entry>;

/** What a crisis reply may spend on its resource lines: the longest crisis template plus these stays within the
 * 4,000 characters a reply is stored in (test/unit/reply/templates.test.ts holds every template to it). */
export const RESOURCE_LINES_MAX = 3000;

/** How a crisis reply lists one resource: its name, how to reach it and its country. */
export function resourceLine(r: CrisisResource): string {
  const contact = [r.phone, r.url].filter(Boolean).join(', ');
  return `- ${r.name}${contact ? `: ${contact}` : ''} (${r.country})`;
}

/** Parses a resources file of resources.json's shape; throws with the problem for a bad one. */
function parseResources(text: string): Record<string, CrisisResource[]> {
  const parsed = fileSchema.parse(JSON.parse(text));
  return Object.fromEntries(
    Object.entries(parsed.countries).map(([c, list]) => {
      const elsewhere = list.find((r) => r.country !== c);
      if (elsewhere) throw new Error(`"${elsewhere.name}" is listed under ${c} but says country ${elsewhere.country}`);
      return [
        c,
        list.map(({ name, phone, url, country }) => ({
          name,
          country,
          ...(phone ? { phone } : {}),
          ...(url ? { url } : {}),
        })),
      ];
    }),
  );
}

/** The defaults, with any country the operator's file names replaced by its list. */
export function loadResources(file?: string): Record<string, CrisisResource[]> {
  const base = parseResources(JSON.stringify(defaults));
  return file ? { ...base, ...parseResources(readFileSync(file, 'utf8')) } : base;
}

export function resourcesFor(all: Record<string, CrisisResource[]>, countries: readonly string[]): CrisisResource[] {
  return [...new Set(countries)].flatMap((c) => all[c] ?? []);
}

/**
 * The resources a result lists, checked as the process starts: every country named has a line, and the lines fit a
 * crisis reply. Throws with the problem in words.
 */
export function crisisResources(countries: readonly string[], file?: string): CrisisResource[] {
  let all: Record<string, CrisisResource[]>;
  try {
    all = loadResources(file);
  } catch (err) {
    const why = err instanceof z.ZodError ? z.prettifyError(err).replaceAll('\n', '; ') : (err as Error).message;
    throw new Error(`CRISIS_RESOURCES_FILE: ${why}`, { cause: err });
  }
  const missing = countries.filter((c) => !all[c]);
  if (missing.length) {
    throw new Error(
      `CRISIS_COUNTRIES: no crisis resources for ${missing.join(', ')} (defaults exist for ${Object.keys(all).join(', ')}; ` +
        'others need CRISIS_RESOURCES_FILE)',
    );
  }
  const list = resourcesFor(all, countries);
  const length = list.map(resourceLine).join('\n').length;
  if (length > RESOURCE_LINES_MAX) {
    throw new Error(
      `CRISIS_RESOURCES_FILE: the lines for ${countries.join(', ')} take ${length} characters, more than a crisis ` +
        `reply can hold (${RESOURCE_LINES_MAX}); shorten the names or list fewer lines`,
    );
  }
  return list;
}
