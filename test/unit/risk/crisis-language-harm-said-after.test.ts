import { expectLevels } from '../../setup/risk-levels.js';

// cues-harm-said-after.ts (session 55, red team 241): self-harm other than cutting after a denial of suicide and a turn,
// or where self-harm is named (told first, then set apart from suicide: cues-harm-told-first.ts).

describe('crisis language: self-harm said after a denial of suicide', () => {
  it('reads hitting, scratching till it bleeds or "najipiga" after "not suicidal but" as self-harm', () => {
    expectLevels({
      'im not suicidal but i keep scratching my arms till they bleed': 'critical',
      'i dont want to die but i have been hitting myself again': 'critical',
      'sitaki kufa lakini nimekuwa nikijikuna hadi damu itoke': 'critical',
      'i used to self harm and now i keep scratching my skin until it bleeds': 'critical',
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
