import { fold } from './fold.js';
import { SAFETY_RULES, type SafetyCategory } from './rules.js';

/** A rule a reply broke: which one and its category, never the words (they may be the harmful part). */
export interface SafetyFlag {
  category: SafetyCategory;
  rule: string;
}

// Method words split by spaces or symbols ("over dose", "**over**dose") are found with the spaces taken out.
const SQUASHED_METHOD = /overdos|noose|kujinyonga|kitanzi|ratpoison|lethaldose|sleepingpills/;

/** Every rule the reply breaks; an empty list means it may be stored and shown. */
export function checkReply(text: string): SafetyFlag[] {
  // "1" stands for "i" in one spelling trick and for "l" in another ("pi11s"): both readings are checked.
  // A capital I beside small letters stands for "l" too ("piIIs").
  const readings = [
    fold(text),
    fold(text.replace(/(?<=\p{L})1|1(?=\p{L})/gu, 'l')),
    fold(text.replace(/(?<=\p{Ll})I|I(?=\p{Ll})/gu, 'l')),
  ];
  const flags = SAFETY_RULES.filter((r) => readings.some((t) => r.pattern.test(t))).map((r) => ({
    category: r.category,
    rule: r.id,
  }));
  if (!flags.some((f) => f.category === 'method') && SQUASHED_METHOD.test(readings[0]!.replace(/ /g, '')))
    flags.push({ category: 'method', rule: 'method.squashed' });
  return flags;
}
