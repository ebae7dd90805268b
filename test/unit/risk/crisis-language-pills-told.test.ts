import { expectLevels } from '../../setup/risk-levels.js';

// The whole dose planned in free word order (cues-pills-told.ts; review 106).

describe('crisis language: the whole dose told in free word order', () => {
  it('reads all of them, every tablet or the whole container planned, with a time or a farewell, as a plan', () => {
    expectLevels({
      'i have kept the whole packet of panadol under my matress i am taking all of them tonight': 'critical',
      'after supper i will lock my door and swallow every tablet in the strip nobody will miss me': 'critical',
      'i bought two strips of piriton today i plan to take them all at once after the kids sleep': 'critical',
      'nimenunua pakiti nzima ya panadol nitakunywa zote leo usiku nife': 'critical',
      'kesho wakienda kanisani nitabaki nyumbani nimeze strip nzima ya piriton': 'critical',
      'nimeamua kugonga dawa zote za presha za guka leo usiku': 'critical',
    });
  });

  it('leaves the evening’s own pills, stock, a carried box, a course and a headache as they were', () => {
    expectLevels({
      'i will take all my pills tonight': 'medium',
      'nitakunywa dawa zangu zote usiku wa leo': 'high',
      'the supplier brought new stock so tomorrow i take all the tablets': 'low',
      'tonight im taking the whole box of arvs to my sister in kisumu': 'low',
      'the hospital gave me antibiotics i will swallow all the tablets tomorrow': 'medium',
      'nitameza tu vidonge vyote kesho': 'low',
    });
  });
});
