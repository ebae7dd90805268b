import { expectLevels } from '../../setup/risk-levels.js';

// cues-relapse.ts (session 54): a denial of suicide then "but" names self-harm, so a bare cut after it is the act.

describe('crisis language: a cut after a denial of suicide', () => {
  it('reads a bare cut after denying suicide as self-harm', () => {
    expectLevels({
      'i am not suicidal but i cut again last night': 'critical',
      'i dont want to die but today i cut again': 'critical',
      'i am not suicidal and i cut again last night': 'critical',
      'i am not suicidal however i cut again last night': 'critical',
      'i am not really suicidal at all but i cut again last night': 'critical',
    });
  });

  it('reads the cutting said to be back as self-harm where self-harm is named', () => {
    expectLevels({
      'i dont want to die but the cutting is back': 'critical',
      'i self harm and the cutting is back': 'critical',
      'im not suicidal i promise its just that the cutting is back and i cant seem to stop': 'critical',
      'im not suicidal but the cutting is back since i lost my job': 'critical',
      'not suicidal but the cutting is back': 'critical',
      'im not suicidal but the cutting is back. my mum is mad that the water bill is high': 'critical',
      'i dont want to die but the cutting is back and the girls at school have seen my arms': 'critical',
    });
  });

  it('leaves an everyday cut, power cuts and another person s cut as they are', () => {
    expectLevels({
      'i am not suicidal but i cut my hair again last night': 'low',
      'i am not suicidal but i cut class again today': 'low',
      'im not suicidal but the power cutting is back': 'low',
      'i am not suicidal but my friend cut again last night': 'low',
      'the cutting is back': 'low',
      'im not suicidal but im stressed at work, the cutting has started again and they are retrenching staff': 'low',
      'sitaki kufa lakini the cutting is back na mgao wa umeme': 'low',
      'i dont want to die and the cutting started again in the forest': 'low',
      'my daughter is not suicidal but the cutting is back': 'low',
      'im not suicidal its just i cut again with my girlfriend we keep fighting': 'low',
    });
  });
});
