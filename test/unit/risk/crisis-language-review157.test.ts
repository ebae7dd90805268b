import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Blind writer 157 (2026-12-05, session 37): 100 crises and 100 ordinary short texted check-ins, aimed at no rule,
// scored before they were read. Against 8e41fcf and 9dd599e: crises below the writer's level 30, ordinary above it 9;
// after a dropped subject, a plea for help (subject-dropped.ts, noun-alone.ts), all of another's pills
// (cues-whole-dose.ts), pills by the score "of my" and an inner voice's "kill urself" were read: 23 and 9.
describe('review 157: a blind writer of short texted check-ins', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review157.jsonl', import.meta.url), [100, 100]);
});
