import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 39 (2026-12-03): a fresh red team wrote 236 crises and 216 ordinary check-ins against a relapse told after a
// history of self-harm ("I used to self harm. Last week I did it again."), read as recent self-harm. It raised 86
// ordinary texts to critical ("… I did it again, another full week clean", "I used to cut hair …", "jana nilifanya tena
// usaili wa kazi", alcohol relapses) and was withdrawn, a third time (RULES.md). Its texts hold the rules' levels.

describe('review 39: a relapse told after a history of self-harm', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review39.jsonl', import.meta.url), [236, 216]);
});
