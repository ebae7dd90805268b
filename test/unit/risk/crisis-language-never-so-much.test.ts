import { expectLevels } from '../../setup/risk-levels.js';

// never-so-much.ts (session 55, red team 239): a "never" that a degree or a comparison with now follows denies nothing.

describe('crisis language: never so much', () => {
  it('reads never with a degree or a comparison with now as ideation now', () => {
    expectLevels({
      'i have never wanted to die as much as i do now': 'medium',
      'i have never had suicidal thoughts this strong': 'high',
      'i have never been this suicidal': 'high',
      'never had thoughts of killing myself this strong before they wont stop': 'high',
    });
  });

  it('keeps a plain never, "never so much as" and a degree that is another thing’s as denials', () => {
    expectLevels({
      'i have never wanted to die': 'low',
      'i have never been suicidal this is just stress': 'low',
      'i have never wanted to die this strong medicine the doctor gave me is working': 'low',
      'i never thought about killing myself as much as people think': 'low',
      'ive never wanted to die more than once': 'low',
    });
  });
});
