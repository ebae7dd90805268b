import { expectLevels } from '../../setup/risk-levels.js';

// "Checking out" of life (processors/risk/language/cues-implicit.ts): at a clause's end the cue never matched before
// session 50 (only before "and"), so "i want to check out of life" was read only by the learned layer. Outings, apps
// and insurance ("a cafe i want to check out", "checking out of life insurance") stay out (two code reviews).

describe('crisis language: checking out of life', () => {
  it('reads checking out of life or of this world, or just checking out, as thoughts of killing oneself', () => {
    expectLevels({
      'i want to check out of life': 'high',
      'i could check out and nobody would even notice': 'high',
      'im checking out of this life': 'high',
      'i will check out of this world soon': 'critical',
      'i am checking out of this life tonight': 'critical',
    });
  });

  it('leaves a hotel, a group, an outing or the world cup low', () => {
    expectLevels({
      'i am checking out for good from this hotel': 'low',
      'im checking out quietly from the hostel tomorrow morning': 'low',
      'im checking out for good from this whatsapp group': 'low',
      'there is a new series on netflix i want to check out': 'low',
      'the new support group is something i should check out': 'low',
      'im finally checking out of the world cup hype': 'low',
      'im checking out of life insurance options today': 'low',
      'this hotel is noisy we should check out of here': 'low',
    });
  });
});
