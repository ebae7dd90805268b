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
      'nimechoka kufa': 'low',
      'nimechoka kufa sitaki kuishi': 'medium',
      'nimechoka na maisha nataka kufa': 'high',
    });
  });
});
