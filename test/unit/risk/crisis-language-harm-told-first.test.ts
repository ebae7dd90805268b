import { expectLevels } from '../../setup/risk-levels.js';

// cues-harm-told-first.ts (session 56, red teams 253 and 254, two code reviews): self-harm other than cutting told with
// its harm first, then set apart from suicide.

describe('crisis language: self-harm told before a denial of suicide', () => {
  it('reads acts told with their harm, then a turn and a denial of suicide, as self-harm', () => {
    expectLevels({
      'najikwaruza mpaka damu kila usiku lakini sina mawazo ya kujiua': 'critical',
      'i keep punching the wall with my fist till my knuckles bleed but im not suicidal': 'critical',
      'i pinch my skin so hard it bleeds during class however im not suicidal': 'critical',
      'nimekuwa nikijipiga kichwa kwa ukuta nikiwa na stress lakini sitaki kufa': 'critical',
    });
  });

  it('leaves an itch or an accident told first alone, even before a denial of suicide', () => {
    expectLevels({
      'im scratching my arms till they bleed because the eczema is back but im not suicidal': 'low',
      'i hit my head on the matatu door till it swelled but im not suicidal': 'low',
      'nilijigonga kichwa kwa mlango jana usiku lakini sitaki kufa': 'low',
    });
  });

  it('leaves bare acts, accidents, the dark and an itch alone before a routine denial', () => {
    expectLevels({
      'i burnt myself making chapati this morning but im not suicidal just tired': 'low',
      'stima ilipotea nikagonga kichwa kwenye ukuta lakini sina mawazo ya kujiua': 'low',
      'i slipped in the bathroom and i hit my head till it bled but im not suicidal': 'low',
      'im scratching my arms till they bleed because the eczema is back but im not suicidal': 'low',
      'my brother is depressed but he is not suicidal and i keep hitting myself on the head for forgetting things':
        'low',
    });
  });
});
