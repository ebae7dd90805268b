import { expectLevels } from '../../setup/risk-levels.js';

// reading.ts answeredNo (session 58, red teams 275 and 276, reviews 278 and 279): a question echoed and answered with a
// plain no is a denial, unless what follows takes it back or the no is no denial.

describe('crisis language: an echoed question answered with a plain no', () => {
  it('reads a plain no said now as a denial', () => {
    expectLevels({
      'you asked if i ever think of hurting myself no honestly i dont im just stressed about rent': 'low',
      'umeniuliza kama nafikiria kujiua, hapana sifikirii': 'low',
      'the question about whether i think of ending my life, no never, what keeps me awake is school fees': 'low',
    });
  });

  it('keeps the alarm when what follows takes the no back or it is no denial', () => {
    expectLevels({
      'you asked if i think of killing myself, no i dont, i already decided': 'critical',
      'you asked if i think of hurting myself no i dont i cut every night': 'critical',
      'you asked if i ever think of killing myself no i dont want to talk about it': 'high',
      'you asked if i want to die no i dont know': 'medium',
    });
  });

  it('reads a wish said after "i dont think so" as said anew', () => {
    expectLevels({ 'i dont think so i just want to sleep forever': 'medium' });
  });
});
