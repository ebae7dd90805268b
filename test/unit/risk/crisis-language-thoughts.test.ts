import { expectLevels } from '../../setup/risk-levels.js';

// Thoughts of suicide named without an owner and said to be strong now, and thoughts one cannot stop (cues-thoughts.ts;
// RULES.md, "Thoughts of suicide said to be strong"), with the lookalikes review 34 wrote against them.

describe('crisis language: thoughts of suicide said to be strong or unstoppable', () => {
  it('reads them as the speaker’s own active thoughts', () => {
    expectLevels({
      'the suicidal thoughts are racing': 'high',
      'lately the suicidal thoughts have been really strong': 'high',
      'the suicidal thoughts have gotten worse': 'high',
      'these suicidal thoughts wont stop': 'high',
      'the suicidal thoughts scare me': 'high',
      'suicide thoughts are too much': 'high',
      'maze suicidal thoughts zimeanza tena': 'high',
      'i cant stop the suicidal thoughts': 'high',
      'siwezi control hizi suicidal thoughts': 'high',
    });
  });

  it('leaves them low when softened, over, asked or about someone else', () => {
    expectLevels({
      'the suicidal thoughts are less intense today, the new meds are working': 'low',
      'the suicidal thoughts were strong back then but now im ok': 'low',
      'my boyfriend’s suicidal thoughts scare me, I don’t know what to say to him': 'low',
      'my daughter is in hospital. the suicidal thoughts started last week, the doctors say she will be ok': 'low',
      'Q: suicidal thoughts are strong today? A: no. mood 7/10': 'low',
      'new bongo track on boomplay: suicidal thoughts are loud. the beat slaps': 'low',
      '#WorldSuicidePreventionDay suicidal thoughts are intense but temporary. talk to someone': 'low',
      'as a parent i cant deal with the suicidal thoughts and mood swings my son is having': 'low',
    });
  });

  it('keeps the older reading of a later mention when an earlier one is cancelled', () => {
    // Widening the older cue made the first, past mention hide the second (review 34).
    expectLevels({
      'years ago the suicidal thoughts hit me hard and now the suicidal thoughts are worse': 'high',
      'the suicidal thoughts never stop and society expects men to be strong and the suicidal thoughts are worse':
        'high',
    });
  });
});
