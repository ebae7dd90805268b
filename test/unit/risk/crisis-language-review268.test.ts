import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 268 (session 57, 2026-12-07, a fresh writer, scored blind first): denials followed by an attempt or a plan,
// by everyday attempts, plans and decisions, or said alone. Crises at ≥ their level 19 of 30 on abdf67f → 19; ordinary
// raised 11 of 30 → 10 ("hapana daktari sijawai waza kujiua kabisa niko sawa tu …" now low).
describe('review 268: a denial, then more (a fresh writer)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review268.jsonl', import.meta.url), [30, 30]);
});
