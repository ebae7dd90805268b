import { createHash } from 'node:crypto';
import { resourceLine, type CrisisResource } from '../../../lib/risk/resources.js';
import { EN } from './en.js';
import { MIXED } from './mixed.js';
import { SW } from './sw.js';
import { RESOURCES, type Mood, type ReplyLanguage, type TemplateSet } from './types.js';

export { KIND_OF, MOODS, RESOURCES, type Mood, type ReplyKind, type ReplyLanguage } from './types.js';

export const TEMPLATES: Record<ReplyLanguage, TemplateSet> = { en: EN, sw: SW, mixed: MIXED };

export interface Template {
  /** `<language>.<mood>.<n>`: stored with the reply so that the next replies can avoid it. */
  id: string;
  text: string;
}

export function templatesOf(language: ReplyLanguage, mood: Mood): Template[] {
  return TEMPLATES[language][mood].map((text, i) => ({ id: `${language}.${mood}.${i + 1}`, text }));
}

/**
 * A template for this mood that the person has not seen in their latest replies (`recent`, newest first); when
 * every one is recent, the one seen longest ago. Among the fresh ones the analysis id decides, so a re-run
 * picks the same.
 */
export function pickTemplate(
  language: ReplyLanguage,
  mood: Mood,
  recent: readonly string[],
  analysisId: string,
): Template {
  const all = templatesOf(language, mood);
  const fresh = all.filter((t) => !recent.includes(t.id));
  if (fresh.length === 0) return all.reduce((a, b) => (recent.indexOf(a.id) > recent.indexOf(b.id) ? a : b));
  const n = createHash('sha256').update(`${analysisId}/${mood}`).digest().readUInt32BE(0);
  return fresh[n % fresh.length]!;
}

/** Where no resources are configured for the person's countries, the crisis reply still says where to go. */
const NO_RESOURCES: Record<ReplyLanguage, string> = {
  en: '- the nearest health facility or your local emergency number',
  sw: '- kituo cha afya kilicho karibu au namba ya dharura',
  mixed: '- kituo cha afya kilicho karibu au namba ya dharura',
};

/** The crisis template's text with the resources, one per line ("name: phone, url (country)"). */
export function withResources(text: string, language: ReplyLanguage, resources: readonly CrisisResource[]): string {
  const lines = resources.map(resourceLine);
  // A function, so a "$" in an operator's resource name is not read as a replacement pattern.
  const filled = lines.length ? lines.join('\n') : NO_RESOURCES[language];
  return text.replace(RESOURCES, () => filled);
}
