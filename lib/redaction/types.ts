/** What a redaction removed; the analysis records these, never the values. */
export type RedactionKind = 'email' | 'handle' | 'phone' | 'national_id' | 'passport' | 'number' | 'name';

/** A stretch of text to replace by the placeholder of its kind; offsets are UTF-16 indices. */
export interface Span {
  start: number;
  end: number;
  kind: RedactionKind;
}

/** The token that stands in for a removed value, readable for a model analysing emotion or risk. */
export const PLACEHOLDER: Record<RedactionKind, string> = {
  email: '[email]',
  handle: '[handle]',
  phone: '[phone]',
  national_id: '[id]',
  passport: '[passport]',
  number: '[number]',
  name: '[name]',
};

/** The placeholders' words without brackets ("name", "id", …): what a reader of redacted text skips. */
export const PLACEHOLDER_WORDS: readonly string[] = Object.values(PLACEHOLDER).map((p) => p.slice(1, -1));

/** Letters and digits in any script; a match must not start or end inside such a word (or inside a placeholder). */
export const WORD_CHAR = String.raw`\p{L}\p{M}\p{N}_`;

/** Every match of a global regex, as spans of one kind (or none when `keep` refuses it). */
export function matchSpans(
  text: string,
  re: RegExp,
  kind: RedactionKind,
  keep: (m: RegExpExecArray) => boolean = () => true,
): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(re)) if (keep(m)) spans.push({ start: m.index, end: m.index + m[0].length, kind });
  return spans;
}
