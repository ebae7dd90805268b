import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 98 (2026-12-04): an aimed batch on a poison or the whole dose planned and self-harm put off to a later day. Its texts hold the kept rules' levels.

describe('review 98: an aimed batch on a poison or the whole dose planned and self-harm put off to a later day', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review98.jsonl', import.meta.url), [141, 157]);
});
