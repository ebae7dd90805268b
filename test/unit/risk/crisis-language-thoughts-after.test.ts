import { expectLevels } from '../../setup/risk-levels.js';

// "The suicidal thoughts" told after what was done to the speaker or what they went through (cues-thoughts-after.ts;
// reviews 100, 101 and 103).

describe('crisis language: the thoughts after what happened to the speaker', () => {
  it('reads them as the speaker’s own, whoever else the check-in names', () => {
    expectLevels({
      'she left me and the suicidal thoughts wont stop': 'high',
      'my husband beat me again and the suicidal thoughts are strong': 'high',
      'i failed my exam and the suicidal thoughts are so strong': 'high',
      'the nurse at the clinic was rude to me and the suicidal thoughts are racing now': 'high',
      'my husband beat me and the suicidal thoughts are so strong he says i deserve it': 'high',
      'the suicidal thoughts are so strong since my husband beat me again': 'high',
      'my husband beat me again. the suicidal thoughts are so strong tonight': 'critical',
      'she left me the suicidal thoughts wont stop': 'high',
      'he left me and i cant stop the suicidal thoughts': 'high',
      'she left me and the suicidal thoughts are so strong nothing has helped': 'high',
    });
  });

  it('does not date the thoughts by the past tense of what happened ("i was kicked out …")', () => {
    expectLevels({
      'i was kicked out of class and the suicidal thoughts are back': 'high',
      'i was kicked out of class and the suicidal thoughts are so strong': 'high',
      'i was sent out of class and the suicidal thoughts are back': 'high',
      'i got suspended from school and the suicidal thoughts are getting worse': 'high',
      'mpenzi wangu aliniacha mwezi uliopita mawazo ya kujiua yamerudi': 'high',
      'i was sent home for school fees and i am stressed': 'low',
    });
  });

  it('leaves another’s thoughts after a call or a visit, a sermon and thoughts now over as they were', () => {
    expectLevels({
      'my sister called me crying and the suicidal thoughts are bad again she says': 'low',
      'my son left me a message and the suicidal thoughts are getting worse for my son': 'low',
      'i miss my daughter she is in rehab and the suicidal thoughts are back the nurse said': 'low',
      'i feel blessed pastor preached on elijah under the broom tree how the suicidal thoughts are strong when you are alone':
        'low',
      'he left me and the suicidal thoughts have been strong but i recovered': 'low',
      'she left me and the suicidal thoughts kept me up at night for months but counselling helped and they stopped':
        'low',
      'my wife left me last year and the suicidal thoughts are over now': 'low',
    });
  });
});
