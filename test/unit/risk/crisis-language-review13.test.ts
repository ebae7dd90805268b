import { expect } from 'chai';
import { itHoldsReviewLevels, languageLevel } from '../../setup/risk-levels.js';

// Review 13 (2026-12-03): a helper wrote 270 check-ins against the first version of taken-back.ts, a denial followed by
// more, and scored them before and after it. That version lowered 124 of its 187 crises (a list of alarming words
// alone let "I have no thoughts of suicide. Tomorrow I'm checking out." through); the final one, which lowers only after
// an everyday topic, lowers none. Crises hold the level the final rules give (`atLeast`, none below 648e78e's; some are
// still under the reviewer's `must`), ordinary texts may not rise above theirs (`atMost`).

describe('review 13: a denial followed by more', () => {
  const cases = itHoldsReviewLevels(new URL('../../fixtures/risk/review13.jsonl', import.meta.url), [187, 83]);

  it('leaves at least 45 of the 83 ordinary check-ins low (24 were before the change)', () => {
    const ordinary = cases.filter((c) => c.atMost);
    expect(ordinary.filter((c) => languageLevel(c.text) === 'low').length).to.be.at.least(45);
  });
});
