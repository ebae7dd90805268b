import { expectLevels } from '../../setup/risk-levels.js';

// Cutting or burning oneself begun again, in Swahili and Sheng, with nothing else said (cues-relapse-sw.ts).

describe('crisis language: self-harm begun again in Swahili and Sheng', () => {
  it('reads cutting begun again, with when, where, secrecy or stress, as self-harm', () => {
    expectLevels({
      'nimeanza kujikata tena': 'critical',
      'nimerudia kujikata kila usiku': 'critical',
      'nimeanza kujikata tena mama hajui': 'critical',
      'nimeanza kujikata tena kwa sababu ya stress': 'critical',
      'baada ya miezi sita bila kujikata nimeanza kujikata tena': 'critical',
    });
  });

  it('leaves Sheng leaving a party, a group or a job, and one’s own hair, low', () => {
    expectLevels({
      'nimeanza kujikata mapema kwa party': 'low',
      'nimeanza kujikata kutoka kwa wasee': 'low',
      'nimeanza kujikata kwa job hii': 'low',
      'nimeanza kujikata nywele mwenyewe': 'low',
      'nimeanza kujiumiza na gym tena': 'low',
      'nimeanza kujikata usiku nikichoka na hizi kelele za mtaa': 'low',
    });
  });
});
