import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 197 (2026-12-06, session 45): forum posts in English (50–220 words), the crisis often not in the first
// sentence; 45 crises (12 passive, 12 active, 11 plans, 10 recent acts) and 25 heavy ordinary posts. Crises at the
// writer's level 35 → 37 of 45 ("… constant now", "by my own hand"), at >= medium 44 → 45; ordinary 7 of 25 raised,
// unchanged (a news article on suicide rates and a recovery anniversary among them). Plans told in a post's words
// ("I've picked a date. Next Friday.", "this is my last post") stay at high, by the learned warning signs.
describe('review 197: forum posts in English', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review197.jsonl', import.meta.url), [45, 25]);
});
