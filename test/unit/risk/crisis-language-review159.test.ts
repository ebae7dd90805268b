import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 159 (2026-12-05, session 37): 70 crises and 110 ordinary, written blind, aimed at acts texted without "I",
// all of someone else's pills, and a crisis noun with a plea. Against d8f6109: crises below the writer's level 47,
// ordinary above it 10; as first measured against bf096a8 (subject-dropped.ts, cues-whole-dose.ts): 34 and 11
// ("overdosed on sugar at the party lol"); after "overdosed on sugar" was read as an idiom and an hour or "sasa hivi"
// beside a crisis noun as the speaker's own (in-sample): 33 and 10; after extra insulin on purpose, "finished all my
// sleeping pills", a sister's or grandma's pills and "pills zote za mathe" (in-sample): 27 and 10.
describe('review 159: a red team aimed at acts texted without "I" and all of another\'s pills', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review159.jsonl', import.meta.url), [70, 110]);
});
