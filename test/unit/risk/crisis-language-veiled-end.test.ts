import { expectLevels } from '../../setup/risk-levels.js';

// cues-veiled-end.ts (session 59, red teams 277, 285 and 287, reviews 289 and 290): an end said without the word.

describe('crisis language: an end said without the word', () => {
  it('reads a day named as the day of it, or a last goodbye, as a plan', () => {
    expectLevels({
      'jumapili ndio siku yangu ya kujiondoa duniani': 'critical',
      'this is my final goodbye': 'critical',
      'hii ni kwaheri ya kudumu kwenu wote': 'critical',
      'i told my family goodbye forever': 'critical',
    });
  });

  it('reads not living through the night, or a journey of no return, as at least a wish to be dead', () => {
    expectLevels({
      'i dont think ill make it through the night': 'medium',
      'naenda safari ndefu ya kutorudi': 'medium',
      'sitaona kesho': 'high',
    });
  });

  it('leaves their everyday senses low', () => {
    expectLevels({
      'sorry i wont make it tomorrow i have a family function': 'low',
      'leo ni siku ya kuiaga dunia ya babu yangu, miaka mitano sasa': 'low',
      'we buried dad today. i whispered this is my final goodbye i love you': 'low',
      'i told my dad goodbye forever at the airport, he is moving to canada for good': 'low',
      'im leaving twitter for good, this is my final goodbye to everyone': 'low',
      'nimeanza safari ya kutorudi nyuma, nimeacha pombe kabisa': 'low',
      'i dont think ill make it through the night honestly, this toothache is unbearable': 'low',
      'ripoti sitaiona kesho, nimechoka kusubiri': 'low',
      'i told my ex goodbye forever and blocked him': 'low',
      'form four wamesema kwaheri ya mwisho kwa shule leo, mwanangu alilia sana lakini ni machozi ya furaha': 'low',
    });
  });
});
