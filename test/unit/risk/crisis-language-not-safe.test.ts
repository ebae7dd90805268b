import { expectLevels } from '../../setup/risk-levels.js';

// cues-not-safe.ts (session 52, red team 223): not safe from oneself, and the means in hand after one's own attempt.

describe('crisis language: not safe from oneself', () => {
  it('reads not being safe with oneself as active thoughts', () => {
    expectLevels({
      'i am not safe with myself': 'high',
      'i cant keep myself safe': 'high',
      // A code review of 65f2d19.
      'i can no longer keep myself safe': 'high',
      'i dont think i can keep myself safe until morning': 'high',
      'siko salama na mimi mwenyewe leo': 'high',
    });
  });

  it('reads a bare "not safe tonight" and the means in hand only after one\'s own attempt told', () => {
    expectLevels({
      'i tried to kill myself years ago but i am not safe tonight': 'critical',
      'i tried to kill myself years ago and now the pills are in front of me': 'critical',
      'i tried to die in 2024 and survived and spent the whole of last year in therapy and it helped a lot but i am not safe tonight i have the pills on the table in front of me':
        'critical',
      'i am not safe tonight my husband is drunk': 'low',
      // Red team 224's lookalikes.
      'i once tried to end my life when i was nineteen but i am not safe tonight the river has burst its banks': 'low',
      'after my attempt two years ago i moved to the village now i keep goats the rope is in front of me as i fix the fence':
        'low',
      'sijiamini nikiwa peke yangu barabarani usiku kwa sababu wezi walinivamia': 'low',
    });
  });

  it('leaves feeling safe, danger from others and a story as they are', () => {
    expectLevels({
      'i feel safe with myself now': 'low',
      'i tried to kill myself years ago. the thugs are in our estate i am not safe tonight': 'low',
      'in the movie she tried to kill herself and now the pills are in front of her': 'low',
    });
  });
});
