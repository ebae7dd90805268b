import { expectLevels } from '../../setup/risk-levels.js';

// The act or its means told plainly, with no word of suicide (cues-means-told.ts; reviews 86, 88–92).

describe('crisis language: the act or its means told plainly', () => {
  it('reads going somewhere to do it, a poison drunk, pills by the score and a jump from a height as the act', () => {
    expectLevels({
      'i am going to the farm to hang myself': 'critical',
      'naenda shamba kujinyonga': 'critical',
      'nimekunywa jik': 'critical',
      'i drank bleach': 'critical',
      'i took 30 panadol': 'critical',
      'i took 20 pills last night': 'critical',
      'i took 20 of my sleeping pills and i feel dizzy': 'critical',
      'took like 20 of my antidepressants idk what happens now': 'critical',
      'nimekata mishipa': 'critical',
      'i am on the roof i want to jump': 'critical',
      'nasimama kwa daraja naruka sasa hivi': 'critical',
      'nimejifungia chumbani na makaa yamewaka': 'critical',
    });
  });

  it('leaves partying, business, books, farm work, accidents, courses and warmth as they were', () => {
    expectLevels({
      'leo naenda club kujirusha na washkaji': 'low',
      'naenda kujitosa kwenye biashara ya mitumba': 'low',
      'i am going to the library to drown myself in books before exams': 'low',
      'i have taken the insecticide we bought and sprayed the maize': 'low',
      'nimekunywa jik kwa makosa nikidhani ni maji': 'low',
      'i took 24 tablets of coartem over three days and now the malaria is gone': 'low',
      'i took 30 tablets from the clinic today for my refill': 'low',
      'i made a noose for the calf so i can lead it': 'low',
      'nimejifungia ndani kwa baridi na makaa yanawaka kupasha joto': 'low',
      'nimefurahi sana nimepata kazi kwa jengo la ghorofa kumi nataka kuruka': 'low',
      'rafiki yangu aliniambia naenda kujinyonga nimemwambia asifanye': 'low',
    });
  });
});
