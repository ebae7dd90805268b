import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 18 (2026-12-03): a helper wrote 252 check-ins against a first version of milestone.ts, which read a self-harm
// cue inside "N months clean from self harm" as over unless a word of strain stood anywhere. It lowered 88 of 153
// crises: a cue right after the milestone, a relapse told again in a run-on clause, a lost or claimed milestone, a plan
// or means beside it. The kept version counts a milestone only when nothing else is said but pride, thanks and the day
// (RULES.md, "A milestone of recovery"). Its texts hold the kept rules' levels: no crisis lower, no ordinary text higher.

describe('review 18: recovery milestones told with self-harm’s words', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review18.jsonl', import.meta.url), [153, 99]);
});
