import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Blind writer 156 (2026-12-05, session 37): 90 crises and 90 hard ordinary check-ins told as long voice notes, aimed
// at no rule, scored before they were read. Against 8e41fcf and 9dd599e: crises below the writer's level 16, ordinary
// above it 16; after a stomach washed out, walking into the river and "nina mawazo ya kujidhuru" were read (in-sample):
// 13 and 16.
describe('review 156: a blind writer of long voice-note check-ins', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review156.jsonl', import.meta.url), [90, 90]);
});
