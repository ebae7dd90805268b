import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 137 (2026-12-05, session 33): hurting oneself until it bled, the edge of a height or water then stopped, a
// poison poured out, against eczema, chicken pox, mosquitoes, a low door and accidental poisonings; with the 31 probes
// the first version raised, held at the rules' levels.

describe('review 137: until it bled, and stopped at the edge, against itching and accidents', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review137.jsonl', import.meta.url), [80, 280]);
});
