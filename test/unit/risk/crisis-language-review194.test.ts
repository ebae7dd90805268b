import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 194 (2026-12-06, session 44), written against the sixth learned reading and its doubt on the first: 40
// crises hinted in everyday words and 40 dark-sounding ordinary check-ins. Before and after it: crises at >= medium 40
// of 40 (38 at the writer's level), ordinary at >= medium 7 of 40.
describe('review 194: wishes hinted in everyday words, and their lookalikes', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review194.jsonl', import.meta.url), [40, 40]);
});
