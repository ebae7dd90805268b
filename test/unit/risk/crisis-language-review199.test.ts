import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 199 (2026-12-06, session 45), written against "i havent had any …" read as a plain denial said on its own:
// 45 crises that use such a denial and are at risk all the same, 25 honest denials with everyday tails. No crisis
// lowered: at the writer's level 33 → 34 of 45 ("not since the last time i tried"), at >= medium 42 → 43; ordinary
// raised 19 → 15 of 25 (the rest have everyday sentences after the denial, read as "i have no suicidal thoughts" is).
describe('review 199: "i havent had any suicidal thoughts", said and taken back', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review199.jsonl', import.meta.url), [45, 25]);
});
