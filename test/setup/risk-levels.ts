import { combine, type RiskLevel } from '../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../processors/risk/language/index.js';

// Shared by the review regression tests: the language layer's level of a text, and the cases graded below a floor.

const LEVELS: RiskLevel[] = ['low', 'medium', 'high', 'critical'];
export const languageLevel = (text: string): RiskLevel => combine(crisisLanguageFactors(text)).level;

/** Each case graded below its floor, as "text → level (at least floor)"; empty when none is. */
export function gradedBelow(cases: ReadonlyArray<[text: string, atLeast: RiskLevel]>): string[] {
  return cases
    .filter(([text, min]) => LEVELS.indexOf(languageLevel(text)) < LEVELS.indexOf(min))
    .map(([text, min]) => `${text} → ${languageLevel(text)} (at least ${min})`);
}
