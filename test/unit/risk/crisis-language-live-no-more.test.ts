import { expectLevels } from '../../setup/risk-levels.js';

// cues-wish-plain.ts (session 55, red team 240): "i want to live no more" to its end or a new clause.

describe('crisis language: to live no more', () => {
  it('reads wanting to live no more as a passive wish, after a denial too', () => {
    expectLevels({
      'im not suicidal but i want to live no more': 'medium',
      'i want to live no more in this world honestly': 'medium',
      'im not suicidal or anything but honestly i want to live no more like whats the point of even waking up':
        'medium',
    });
  });

  it('does not read living no longer somewhere or with someone as a wish to die', () => {
    expectLevels({
      'i want to live no longer with my parents': 'low',
      'my sister said she wants to live no more': 'low',
    });
  });
});
