import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { combine, RISK_LEVELS as LEVELS, type RiskLevel } from '../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../processors/risk/language/index.js';

// Shared by the review regression tests: the language layer's level of a text, and the cases graded below a floor.

export const languageLevel = (text: string): RiskLevel => combine(crisisLanguageFactors(text)).level;

/** Each case graded below its floor, as "text → level (at least floor)"; empty when none is. */
export function gradedBelow(cases: ReadonlyArray<[text: string, atLeast: RiskLevel]>): string[] {
  return cases.flatMap(([text, min]) => {
    const got = languageLevel(text);
    return LEVELS.indexOf(got) < LEVELS.indexOf(min) ? [`${text} → ${got} (at least ${min})`] : [];
  });
}

/** A fixture of JSON Lines `{text, atLeast}` as cases for gradedBelow. */
export function floorsFrom(url: URL): Array<[text: string, atLeast: RiskLevel]> {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const { text, atLeast } = JSON.parse(line) as { text: string; atLeast: RiskLevel };
      return [text, atLeast];
    });
}

/** Asserts each text's level: the ones graded otherwise listed as "text → level (want …)", so one run shows them all. */
export function expectLevels(cases: Readonly<Record<string, RiskLevel>>): void {
  const wrong = Object.entries(cases).flatMap(([text, want]) => {
    const got = languageLevel(text);
    return got === want ? [] : [`${text} → ${got} (want ${want})`];
  });
  expect(wrong).to.deep.equal([]);
}

/** A review's fixture: each case with the level it must have (`must`) and, for a crisis, the level the rules left it
 * at (`atLeast`), or, for an ordinary text, the most they gave it (`atMost`). */
export interface ReviewCase {
  id: string;
  text: string;
  must: RiskLevel;
  atLeast?: RiskLevel;
  atMost?: RiskLevel;
}

export function reviewCasesFrom(url: URL): ReviewCase[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ReviewCase);
}

/** Each ordinary case graded above its ceiling, as "text → level (at most ceiling)"; empty when none is. */
export function gradedAbove(cases: readonly ReviewCase[]): string[] {
  return cases.flatMap((c) => {
    const got = languageLevel(c.text);
    return LEVELS.indexOf(got) > LEVELS.indexOf(c.atMost!) ? [`${c.text} → ${got} (at most ${c.atMost})`] : [];
  });
}

/** A review's fixture held as tests, inside the caller's `describe`: its counts, no crisis below its floor, no ordinary
 * text above its ceiling. Returns the cases for any further test. */
export function itHoldsReviewLevels(url: URL, [crises, ordinary]: [number, number]): ReviewCase[] {
  const cases = reviewCasesFrom(url);
  const floors = cases.filter((c) => c.atLeast);
  const ceilings = cases.filter((c) => c.atMost);
  it(`holds the reviewer’s ${crises} crises and ${ordinary} ordinary check-ins`, () => {
    expect([floors.length, ceilings.length]).to.deep.equal([crises, ordinary]);
  });
  it('grades no crisis lower than the rules kept leave it', () => {
    expect(gradedBelow(floors.map((c) => [c.text, c.atLeast!]))).to.deep.equal([]);
  });
  it('grades no ordinary check-in higher than the rules kept leave it', () => {
    expect(gradedAbove(ceilings)).to.deep.equal([]);
  });
  return cases;
}
