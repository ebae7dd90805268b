import { expectLevels } from '../../setup/risk-levels.js';

// Cutting oneself begun again, in Swahili and Sheng, with nothing else said and a sign that it is the body
// (cues-relapse-sw.ts; red team 135).

describe('crisis language: self-harm begun again in Swahili and Sheng', () => {
  it('reads cutting begun again with where, with what, a loss or not being able to stop as self-harm', () => {
    expectLevels({
      'nimeanza kujikata tena mkononi': 'critical',
      'nimeanza kujikata tena siwezi kuacha': 'critical',
      'nimerudia kujikata kila usiku na wembe': 'critical',
      'baada ya miezi sita bila kujikata nimeanza kujikata tena': 'critical',
      'nimeanza kujidhuru tena': 'critical',
    });
  });

  it('leaves Sheng leaving, sneaking out, hair, a past episode over and a question low', () => {
    expectLevels({
      'nimeanza kujikata tena': 'low',
      'nimeanza kujikata tena kila wiki baba hajui': 'low',
      'nimeanza kujikata mapema kwa party': 'low',
      'nimeanza kujikata kwa job hii': 'low',
      'nimeanza kujikata nywele mwenyewe': 'low',
      'nimerudia kujikata tena mkononi ila sasa nimeacha kabisa': 'medium', // the fifth learned reading: medium
      'nilianza kujikata tena mwaka jana': 'low',
      'kama nimeanza kujikata tena': 'low',
    });
  });
});
