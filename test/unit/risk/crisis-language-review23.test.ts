import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 23 (2026-12-03): a red team wrote 352 check-ins aimed at the heaviest words of a first fit of the fifth
// learned reading of plans and acts (warning-model-5.json). That fit raised 12 of 311 ordinary texts to high ("kazi
// yangu leo ilikuwa ngumu lakini bado niko sawa msijali"); the shipped fit was made with these texts among its
// negatives and positives, so they are in-sample (RULES.md, "A fifth reading of plans and acts"). They hold its levels.

describe('review 23: ordinary check-ins aimed at a fifth reading of plans and acts', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review23.jsonl', import.meta.url), [41, 311]);
});
