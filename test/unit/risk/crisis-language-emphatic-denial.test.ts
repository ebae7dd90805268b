import { expectLevels } from '../../setup/risk-levels.js';

// normalise.ts (session 56, red team 251): emphasis inside a denial is read without it, and denies nothing more.

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

  it('keeps a crisis whose emphasis denies something else', () => {
    expectLevels({
      'i have not once stopped thinking about killing myself': 'high',
      'sijaacha hata siku moja kufikiria kujiua': 'high',
      'sina hata nguvu ya kuishi tena kila siku naamka nikitamani nisingeamka': 'high',
      'sina hata mawazo ya kujiua lakini nimeandika barua ya kuaga': 'critical',
    });
  });
});
