import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 14 (2026-12-03): a helper wrote 320 check-ins against the session's whole change (taken-back.ts,
// plain-denial.ts, the spoken denials, "better off without me") and scored them on 648e78e and on it. It found 15 crises
// lowered and 64 ordinary texts raised, 50 to critical (readiness, "I've decided", "they come" of rent worries, "without
// me nagging"); after the fixes none of its crises is below 648e78e's level and 2 ordinary texts are above it (a bare
// day after a denial, "Sina mawazo ya kujiua. Jumamosi.", read as "Kesho." is). Crises hold the level the final rules
// give (`atLeast`), ordinary texts may not rise above theirs (`atMost`).

describe('review 14: the session’s denials, both ways', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review14.jsonl', import.meta.url), [163, 157]);
});
