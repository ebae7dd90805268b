import { expectLevels } from '../../setup/risk-levels.js';

// every-match.ts and quoted-again.ts (session 53, red team 226): every match of a cue in a run-on clause is judged.

describe('crisis language: a cue said more than once in a clause', () => {
  it('reads a current wish after the same wish told as over', () => {
    expectLevels({
      'i wanted to die years ago and now i want to die': 'medium',
      'i wanted to die when i was a teenager and i want to die now': 'medium',
      'zamani nilikuwa nataka kufa na sasa nataka kufa tena': 'medium',
      'i thought about killing myself in 2018 and i think about killing myself every day': 'high',
    });
  });

  it('keeps a cue said again by another character in a quotation as the quotation', () => {
    expectLevels({
      'we watched a film where the main guy says i want to die and later his wife says i want to die too it was so sad but we ate popcorn':
        'low',
      'the song says i want to die and then my friend said i want to die': 'low',
      'the song says i want to die and honestly i want to die': 'medium',
      // A code review of 65f2d19: another cue, or the speaker's own saying, is the speaker's.
      'the song says i want to die and i just said i want to die': 'medium',
      'the song says i want to die and we danced all night and when i got home everything in me said i want to kill myself':
        'high',
      'we watched a movie where the girl says i want to die and then she screams i want to die at her mother it was so dramatic':
        'low',
    });
  });

  it('reads a Sheng jump from an English-named height as the means', () => {
    expectLevels({
      'nataka kujump kutoka bridge': 'critical',
      'tulienda kuangalia watoto wakijump kutoka bridge kwa mto wakiogelea': 'low',
    });
  });
});
