import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 226 (2026-12-07, session 53), written against every-match.ts (every match of a cue judged, not only the
// first): crises at ≥ medium 9 of 12 at the session's start → 9 kept; ordinary raised 7 of 18 → 8 (a film's second
// "… says i want to die") → 7 kept (quoted-again.ts).
describe('review 226: a cue said twice in one run-on clause', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review226.jsonl', import.meta.url), [12, 18]);
});
