import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 53 (2026-12-03): the seventh wording of cues-farewell.ts raised no ordinary text of its blind batch and 44
// natural aimed ones (a joke before an exam or a ride, "nimeaga familia yangu nitakufa"; vows "with my last breath on
// earth"; "today i end it all i am leaving this marriage"); narrowed. Its texts hold the kept rules' levels.

describe('review 53: a death announced as a departure, seventh wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review53.jsonl', import.meta.url), [93, 157]);
});
