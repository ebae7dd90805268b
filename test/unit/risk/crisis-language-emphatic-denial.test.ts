import { expectLevels } from '../../setup/risk-levels.js';

// emphasis.ts (session 56, red team 251): emphasis inside a denial is read without it, unless something after it may
// take the denial back.

describe('crisis language: emphasis inside a denial', () => {
  it('reads an emphatic denial of suicidal thoughts as a denial', () => {
    expectLevels({
      'sina hata mawazo ya kujiua': 'low',
      'sijawahi hata siku moja kufikiria kujiua': 'low',
      'sijawahi kamwe kufikiria kujiua': 'low',
      'i have never so much as thought of suicide': 'low',
      "I didn't even once think about suicide": 'low',
      'not for a single moment have i wanted to end my life': 'low',
      'at no time have i thought about ending my life': 'low',
      'suicide has never even crossed my mind': 'low',
    });
  });

  it('keeps the alarm where anything after the emphatic denial may take it back', () => {
    expectLevels({
      'sina hata mawazo ya kujiua ila leo nimenunua sumu': 'critical',
      'i have never for a moment thought of suicide except at night': 'high',
      'sijawahi kamwe kufikiria nitataka kujiua': 'high',
    });
  });

  it('strips no emphasis before a belief or a secret', () => {
    expectLevels({
      'i dont for one moment believe i deserve to live': 'medium',
      'not once have i told anyone that i want to die': 'high',
    });
  });

  it('keeps a crisis whose emphasis denies something else', () => {
    expectLevels({
      'i have not once stopped thinking about killing myself': 'high',
      'sijaacha hata siku moja kufikiria kujiua': 'high',
      'sina hata nguvu ya kuishi tena kila siku naamka nikitamani nisingeamka': 'high',
      'sina hata mawazo ya kujiua lakini nimeandika barua ya kuaga': 'critical',
    });
  });
});
