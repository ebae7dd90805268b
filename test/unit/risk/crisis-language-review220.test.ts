import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 220 (2026-12-07, session 51), written to raise ordinary check-ins through the same readings after a first
// code review: ordinary raised 22 of 30 at the session's start → 22 (none by this session's readings: a past crisis
// then "the old feelings are back", "sai zimerudi mvua", a coach's voice, were raised before); crises at ≥ medium
// 26 of 30 → 28 (24 → 26 at their own level).
describe('review 220: lookalikes of the feeling or a voice of it again', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review220.jsonl', import.meta.url), [30, 30]);
});
