// Strings that go into jsonb must be well-formed UTF-16: PostgreSQL refuses a lone surrogate half ("invalid input
// syntax for type json"), and a cut through an emoji leaves one, which would fail a stage's write on every attempt.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** At most `max` UTF-16 units of `text`, one fewer where the cut would split a surrogate pair. */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** `text` with every lone surrogate half replaced by U+FFFD, as a UTF-8 encoder would. */
export const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD');
