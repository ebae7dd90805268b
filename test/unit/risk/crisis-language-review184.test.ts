import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 184 (2026-12-05, session 41), told the session's first readings: 70 ordinary check-ins using their words in
// everyday senses and 30 crises in other shapes. On 92888f5's rules ordinary at >= medium 16 of 70 (>= high 8); the
// first readings raised that to 23; after narrowing 16 (>= high 8), two haircuts kept critical as before by the
// narrower haircut reading; crises at >= high 26 -> 28 of 30.
describe('review 184: lookalikes of the session’s readings (read)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review184.jsonl', import.meta.url), [30, 70]);
});
