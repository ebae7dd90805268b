import { expectLevels } from '../../setup/risk-levels.js';

// The whole dose planned (cues-pills-planned.ts; reviews 98 and 99): all of them, a whole packet, at once.

describe('crisis language: the whole dose planned', () => {
  it('reads all the pills or a whole packet planned as a plan', () => {
    expectLevels({
      'i will swallow all the panadol on friday': 'critical',
      'im going to swallow all my pills': 'critical',
      'i will swallow the whole packet of panadol tonight': 'critical',
      'i am going to take all my pills tonight and not wake up': 'critical',
      'after my baby falls asleep i will take all the pills': 'critical',
      'nitameza panadol zote ijumaa': 'critical',
      'nitameza pakiti nzima ya panadol usiku huu': 'critical',
      'mnisamehe wote usiku huu nameza paketi nzima': 'critical',
    });
  });

  it('reads many pills at once, all of them finished at night, or any pills with death after them as a plan', () => {
    expectLevels({
      'i will take two packets of panadol tonight and sleep forever': 'critical',
      'i will take sleeping pills tonight and never wake up': 'critical',
      'i am going to finish all the pills tonight': 'critical',
      'i will swallow twenty panadol tonight': 'critical',
      'tonight i am taking the whole packet': 'critical',
      'nitameza paketi mbili za panadol usiku wa leo': 'critical',
      'nitameza vidonge ishirini usiku wa leo': 'critical',
      'nitamaliza vidonge vyote usiku wa leo nilale milele': 'critical',
    });
  });

  it('leaves a waking time, iron from the nurse, a course finished and packets bought as they were', () => {
    expectLevels({
      'i will take sleeping pills tonight and not wake up until noon': 'low',
      'i will take 10 tablets of iron tonight as the nurse said': 'low',
      'nitamaliza vidonge vyote mpaka viishe': 'low',
      'i bought two packets of panadol for the family': 'low',
    });
  });

  it('leaves a regimen, a course, a forgotten dose, the clinic and a syrup as they were', () => {
    expectLevels({
      'nitakunywa dawa zote mpaka ziishe': 'low',
      'nitakunywa vidonge vyote kesho kama daktari alisema': 'low',
      'i will swallow all my pills with food tonight': 'low',
      'i will take the whole bottle of panadol tonight': 'low',
      'i forgot my arvs this morning so i will swallow all my pills tonight': 'low',
      'i will swallow all four tablets tonight as the nurse told me': 'medium',
      'i will swallow all the deworming tablets tomorrow at school': 'low',
      'nitakunywa vidonge vyote usiku wa leo kwa sababu nilisahau asubuhi': 'low',
    });
  });
});
