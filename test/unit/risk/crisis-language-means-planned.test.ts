import { expectLevels } from '../../setup/risk-levels.js';

// A household poison named and planned, made ready or thought of (cues-means-planned.ts; reviews 98 and 99).

describe('crisis language: a household poison planned', () => {
  it('reads a named poison planned for a time, in either language, as a plan', () => {
    expectLevels({
      'nitakunywa jik kesho': 'critical',
      'kesho nitakunywa jik': 'critical',
      'i will drink jik tomorrow': 'critical',
      'gonna drink bleach tonight': 'critical',
      'i am drinking bleach tonight': 'critical',
      'nitakunywa bleach tonight': 'critical',
      'on sunday when they go to church i will drink the cattle dip': 'critical',
      'tonight after everyone sleeps i will drink the jik that is under the sink': 'critical',
      'ijumaa hii namaliza maisha na dawa ya panya': 'critical',
      'si utani nitakunywa jik kesho': 'critical',
    });
  });

  it('reads the poison named first, then drunk at a time, as a plan', () => {
    expectLevels({
      'nimenunua dawa ya panya nitakunywa usiku wa leo': 'critical',
      'nimenunua dawa ya kuua wadudu nitakunywa usiku': 'critical',
      'nimeweka sumu ya panya kwa chai yangu nitakunywa sasa hivi': 'critical',
      'i will drink jik and end everything': 'critical',
      'i have bought rat poison and i will take it on friday': 'critical',
      'msee nimebuy doom nitaikunywa kesho io ndio mwisho': 'critical',
    });
  });

  it('reads thinking of drinking a named poison as active thoughts', () => {
    expectLevels({
      'nafikiria kunywa jik kila siku': 'high',
      'my mind keeps telling me to drink the cattle dip': 'high',
    });
  });

  it('leaves cleaning, a farm job, a joke, a song, a bet and another’s words as they were', () => {
    expectLevels({
      'nitatumia jik kesho kusafisha choo': 'low',
      'i will take the doom to the farm tomorrow': 'medium',
      'jik imeisha niletee kahawa nitakunywa leo': 'low',
      'nimenunua jik na panadol nitameza leo jioni': 'low',
      // "Dawa ya wadudu" is also worm medicine.
      'nimenunua dawa ya wadudu nitakunywa usiku': 'low',
      'im pregnant and i keep wanting to drink paraffin the smell is so nice': 'low',
      'the toddler goes i will drink jik tonight': 'medium',
      'nitakunywa jik kesho utani': 'low',
      'kuna ngoma inasema nitakunywa jik kesho inabamba sana': 'low',
      'arsenal wakipoteza leo nitakunywa jik': 'low',
      'mtoto wa jirani akasema nitakunywa jik kesho tukamkimbiza hospitali': 'low',
      'my line in the school drama is i will drink bleach tonight': 'low',
      'watu huandika nitakunywa jik kesho kwa facebook kila siku': 'low',
      'i bought doom for the cockroaches and i will spray it tonight': 'medium',
    });
  });
});
