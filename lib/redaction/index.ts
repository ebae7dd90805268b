import { emails, handles } from './contact.js';
import { identityNumbers } from './ids.js';
import { names } from './names.js';
import { numbers } from './numbers.js';
import { spelledPhones } from './spelled.js';
import { PLACEHOLDER, type RedactionKind, type Span } from './types.js';

export { PLACEHOLDER, type RedactionKind } from './types.js';

/** Text fit to leave for a provider, and what was taken out of it: kinds (sorted, unique) and how many, never values. */
export interface Redacted {
  text: string;
  kinds: RedactionKind[];
  count: number;
}

/** In order, each on the text the previous left: an address's digits are no phone, a cued ID no bare number. */
const PASSES: Array<(text: string) => Span[]> = [emails, handles, identityNumbers, numbers, spelledPhones, names];

/** Replaces the spans by their placeholders; of overlapping spans the first one wins. */
function apply(text: string, spans: Span[], kinds: Set<RedactionKind>): { text: string; count: number } {
  let out = '';
  let at = 0;
  let count = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + PLACEHOLDER[span.kind];
    at = span.end;
    count++;
    kinds.add(span.kind);
  }
  return { text: out + text.slice(at), count };
}

/** Removes e-mail addresses, handles, phone and ID numbers and names; the rest of the text is left as it was. */
export function redact(text: string): Redacted {
  const kinds = new Set<RedactionKind>();
  let count = 0;
  for (const pass of PASSES) {
    const result = apply(text, pass(text), kinds);
    text = result.text;
    count += result.count;
  }
  return { text, kinds: [...kinds].sort(), count };
}
