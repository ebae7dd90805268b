import { expectLevels } from '../../setup/risk-levels.js';

// cues-wish-plain.ts (session 56, red team 252): never having wanted to live, to its end or a new clause.

describe('crisis language: never wanted to live', () => {
  it('reads never having wanted to live as a passive wish', () => {
    expectLevels({
      'i have never wanted to live': 'medium',
      'never once have i wanted to live': 'medium',
      'i never really wanted to live in the first place so whatever': 'medium',
      'sijawahi kutaka kuishi hata siku moja': 'medium',
      'maze sijawai taka kuishi hii life ni stress tu kila siku': 'medium',
    });
  });

  it('does not read where, with whom or how much one wanted to live as a wish to die', () => {
    expectLevels({
      'i never wanted to live in nairobi': 'low',
      'i never wanted to live with my parents': 'low',
      'sijawahi kutaka kuishi na wazazi wangu': 'low',
      'never have i wanted to live so much as today i feel so grateful for my friends': 'low',
      'my friend said he never wanted to live': 'low',
    });
  });
});
