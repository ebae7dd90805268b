import { expectLevels } from '../../setup/risk-levels.js';

// Two Swahili forms red team 218 told inside longer check-ins, low or medium on their own (cues-oblique.ts, session 50).

describe('crisis language: "roho yangu haitaki kuishi" and "nijiondoe duniani"', () => {
  it('reads one’s soul or heart not wanting to live as a wish to be dead, as "sitaki kuishi" is', () => {
    expectLevels({
      'roho yangu haitaki kuishi': 'medium',
      'moyo wangu hautaki kuishi': 'medium',
    });
  });

  it('reads removing oneself from the world, wished or conditional, as thoughts of killing oneself', () => {
    expectLevels({
      'naona bora nijiondoe duniani': 'high',
      'ningejiondoa duniani': 'high',
    });
  });

  it('leaves someone else’s soul, a soul that wants to live and an over past low', () => {
    expectLevels({
      'mama anasema roho yake haitaki kuishi': 'low',
      'roho yangu inataka kuishi': 'low',
      'nilikuwa nahisi roho yangu haitaki kuishi zamani lakini sasa niko sawa': 'low',
    });
  });
});
