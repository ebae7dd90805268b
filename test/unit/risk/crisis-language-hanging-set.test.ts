import { expectLevels } from '../../setup/risk-levels.js';

// A hanging set up, a noose made, a means made ready or kept to end it, a rescue (cues-hanging-set.ts; session 31).

describe('crisis language: a hanging set up, a means made ready or kept, a rescue from hanging', () => {
  it('reads a cord tied to a beam or tree as preparation when the check-in tells a chair, a day or someone coming', () => {
    expectLevels({
      'i tied the rope to the tree behind the house it is ready for me': 'critical',
      'i tied a rope to the tree behind our house so it is ready for when i decide': 'critical',
      'jana usiku nilifunga kamba kwenye boriti nikasimama juu ya kiti': 'critical',
      'i tied the rope to the tree for the swing': 'low',
      'i hung the decorations from the beam for christmas': 'low',
      'i tied a string to the ceiling fan for the birthday balloons my son came in and was so happy': 'low',
    });
  });

  it('reads a noose made as preparation, not a snare or a church play', () => {
    expectLevels({
      'i made a noose and it is ready': 'critical',
      'i made a noose trap for the rabbits eating my sukuma': 'low',
      'i have made the noose already for the drama at church': 'low',
      'i made a noose at the end of the rope so the bucket would not fall into the well': 'low',
    });
  });

  it('reads a rope or poison made ready with a second sign, not Sheng "kamba" or crop spray', () => {
    expectLevels({
      'nimeandaa kamba chumbani': 'critical',
      'nilishaandaa kamba halafu ghafla nikaificha tena': 'critical',
      'nimeandaa sumu tayari nitakunywa leo': 'critical',
      'nimeandaa kamba tayari nikimwona mathe nitamwambia nilikuwa library': 'low',
      'nimeandaa sumu halafu nikaenda kunyunyizia nyanya': 'low',
      'nimeandaa kamba tayari kwa kufunga mizigo': 'low',
    });
  });

  it('reads a means kept to end it, or for oneself, as preparation; a skipping rope kept to use any time not', () => {
    expectLevels({
      'i keep the wire in my drawer so i can do it any time i want': 'critical',
      'i keep the pills hidden knowing i could end it all any time': 'critical',
      'i bought a new rope yesterday and it is for me': 'critical',
      'nimeweka sumu kwenye begi langu niinywe wakati wowote': 'critical',
      'i bought a skipping rope so i can do it any time even at home': 'medium',
      'we have a rope at the well so i can do it any time i need water': 'low',
      'i keep a razor in my bag so i can shave whenever i want': 'medium',
      'nimeficha sumu chumbani ili watoto wasiiguse': 'low',
    });
  });

  it('reads a rescue from hanging as an attempt stopped, not being cut down to size', () => {
    expectLevels({
      'two days ago my husband found me hanging and lifted me down i came home from hospital today': 'critical',
      'my boss cut me down in front of everyone at the meeting': 'low',
      'my wife found me hanging pictures in the sitting room and she liked them': 'low',
    });
  });
});
