import { expectLevels } from '../../setup/risk-levels.js';

// cues-harm-said-after.ts (session 55, red team 241): self-harm other than cutting after a denial of suicide and a turn,
// or where self-harm is named; since session 56 (red team 253) also told first, then set apart from suicide.

describe('crisis language: self-harm said after a denial of suicide', () => {
  it('reads hitting, scratching till it bleeds or "najipiga" after "not suicidal but" as self-harm', () => {
    expectLevels({
      'im not suicidal but i keep scratching my arms till they bleed': 'critical',
      'i dont want to die but i have been hitting myself again': 'critical',
      'sitaki kufa lakini nimekuwa nikijikuna hadi damu itoke': 'critical',
      'i used to self harm and now i keep scratching my skin until it bleeds': 'critical',
    });
  });

  it('reads the same acts told first and then set apart from suicide after a turn (session 56)', () => {
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

  it('leaves blame, selfies, an itch, an accident and someone else alone', () => {
    expectLevels({
      'im not suicidal but i keep beating myself up about the exam': 'low',
      'sitaki kufa lakini najipiga picha nyingi': 'low',
      'im not suicidal but i keep scratching my arms till they bleed the eczema is bad': 'low',
      'i dont want to die but i burnt myself cooking chapati by mistake yesterday its just a small blister': 'low',
      'sitaki kufa lakini nimejigonga mlangoni nikiamka usiku na sasa goti linauma': 'low',
      'im not suicidal but my brother keeps hitting himself': 'low',
      'i keep scratching my arms till they bleed': 'low',
    });
  });
});
