import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 125 (2026-12-04, session 32): everyday check-ins aimed at every reading of the session; its 352 ordinary texts drew 247 false alarms from the first versions, none now.

describe('review 125: a red team against every means and attempt reading of the session', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review125.jsonl', import.meta.url), [73, 352]);
});
