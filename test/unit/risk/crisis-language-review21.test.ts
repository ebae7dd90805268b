import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 21 (2026-12-03): a helper wrote 169 check-ins against five plan cues written from probes31 (knowing how and
// when, "namaliza maisha yangu", a stomach pumped, "nilijiburn makusudi", a decision naming the last day). They raised
// 68 of 104 ordinary texts to critical (tasks, finishing campus, food poisoning, quitting a habit) and were narrowed,
// then withdrawn after review 22 (RULES.md, "Plans and acts told plainly"). Its texts hold the kept rules' levels.

describe('review 21: plans and acts told plainly', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review21.jsonl', import.meta.url), [65, 104]);
});
