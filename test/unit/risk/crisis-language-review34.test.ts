import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 34 (2026-12-03): a fresh red team wrote 309 crises and 256 ordinary check-ins against thoughts of suicide
// named without an owner and said to be strong, racing or unstoppable. Widening the older cue of cues-oblique.ts
// lowered 43 crises (a cue is judged on its first match, and an earlier mention cancelled as past or a film hid a later
// one) and raised 91 ordinary texts (other people's thoughts, reports, forms, songs, campaigns): the additions became
// cues of their own with text-wide blockers (cues-thoughts.ts). Kept: on its texts 126 crises raised, none lowered,
// no ordinary text raised (RULES.md, "Thoughts of suicide said to be strong").

describe('review 34: thoughts of suicide said to be strong', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review34.jsonl', import.meta.url), [309, 256]);
});
