import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 103 (2026-12-04): an aimed batch on what earlier teams missed (reports, courts, callers, stock, farm and vet work). Its texts hold the kept rules' levels.

describe('review 103: an aimed batch on what earlier teams missed', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review103.jsonl', import.meta.url), [141, 167]);
});
