import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 123 (2026-12-04, session 32): crises and ordinary check-ins aimed at the first means-kept reading (cues-means-kept.ts); its 271 ordinary texts drew 105 false alarms from the first version, none now.

describe('review 123: a red team against the first means-kept reading', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review123.jsonl', import.meta.url), [94, 271]);
});
