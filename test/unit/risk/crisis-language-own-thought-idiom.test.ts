import { expectLevels } from '../../setup/risk-levels.js';

// detect.ts and patterns.ts (session 40, red team 178): a book held before one's own thinking verb is no quotation, and
// "nimechoka kufa" is dead tired.
describe('crisis language: one’s own thinking verb after a book, and "nimechoka kufa"', () => {
  it('reads thoughts after the speaker’s own thinking verb as theirs though a book was named before', () => {
    expectLevels({
      'kila nikishika kitabu nimekuwa nikifikiria kujimaliza': 'high',
      'i keep reading the book and i keep thinking about killing myself': 'high',
      'in the book the girl says i want to kill myself': 'low',
      'the song goes i want to die': 'low',
    });
  });

  it('reads "nimechoka kufa" as tiredness, and a wish beside it still as a wish', () => {
    expectLevels({
      'leo sokoni nimechoka kufa yaani miguu haiwezi kesho nitalipa ada': 'low',
      'nimechoka kufa': 'medium',
      'nimechoka kufa sitaki kuishi': 'medium',
      'nimechoka na maisha nataka kufa': 'high',
    });
  });

  it('keeps a song or a book said to say the words a quotation, and reads a thinking verb that opens the cue as the speaker’s (a code review)', () => {
    expectLevels({
      'wimbo huo unasema nimekuwa nikifikiria kujiua ni mzuri sana': 'low',
      'kitabu hiki kinasema nilikuwa nikifikiria kujiua kila siku': 'low',
      'every time i open a book i keep thinking about killing myself': 'high',
      'kila nikishika kitabu nawaza kujiua': 'high',
      'the song goes i keep thinking about killing myself': 'low',
    });
  });

  it('reads "nimechoka kufa" as tiredness only before a tired body, work or a day, not before a wish (a code review)', () => {
    expectLevels({
      'nimechoka kufa ni afadhali kuliko maisha haya': 'medium',
      'nimechoka kufa polepole kila siku nataka iishe': 'medium',
    });
  });

  it('keeps "nimechoka kufa" before a day or "honestly" a wish, and a song called by the words a quotation (a second review)', () => {
    expectLevels({
      'nimechoka kufa leo ndio siku yangu ya mwisho': 'critical',
      'nimechoka kufa today is the day i go': 'critical',
      'nimechoka kufa honestly ndio suluhisho': 'medium',
      'kuna wimbo mpya unaitwa nimekuwa nikifikiria kujiua ni mzuri sana': 'low',
      'we read a book in class on teen suicide i keep thinking about suicide and how to help my students': 'low',
    });
  });
});
