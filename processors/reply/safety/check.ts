import { fold } from './fold.js';
import { SAFETY_RULES, type SafetyCategory } from './rules.js';

/** A rule a reply broke: which one and its category, never the words (they may be the harmful part). */
export interface SafetyFlag {
  category: SafetyCategory;
  rule: string;
}

/** Every rule the reply breaks; an empty list means it may be stored and shown. */
export function checkReply(text: string): SafetyFlag[] {
  const folded = fold(text);
  return SAFETY_RULES.filter((r) => r.pattern.test(folded)).map((r) => ({ category: r.category, rule: r.id }));
}
