import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 35 (2026-12-03): a fresh red team wrote 161 crises and 166 ordinary check-ins against a substance taken "to
// die" read as an attempt and against ages in words read as history ("when i was nineteen"). The history reading
// lowered 63 crises (an age told of something else in a run-on clause) and was withdrawn; the attempt raised 64
// ordinary texts to critical (illness, reports, recovery stories dated by a year) and was narrowed to the speaker's own
// act with no past, joke or report in the check-in (cues-purpose.ts). Kept: 21 crises raised, none lowered, no ordinary
// text raised (RULES.md, "Thoughts of suicide said to be strong, a substance taken to die").

describe('review 35: a substance taken to die; ages in words', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review35.jsonl', import.meta.url), [161, 166]);
});
