import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The second code review of session 59 (2026-12-08): "i said no" taken back (no one, refusing hospital, fear of being
// admitted, believed, ashamed, "mara ya kwanza", "but now"); everyday plans after a yes; goodbyes to the dying or departing.
describe('review 290: the second code review of session 59', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review290.jsonl', import.meta.url), [14, 16]);
});
