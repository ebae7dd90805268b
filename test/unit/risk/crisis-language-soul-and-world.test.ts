import { expectLevels } from '../../setup/risk-levels.js';

// Two Swahili forms red team 218 told inside longer check-ins, low or medium on their own (cues-oblique.ts, session 50).

describe('crisis language: "roho yangu haitaki kuishi" and "nijiondoe duniani"', () => {
  it('reads one’s soul or heart not wanting to live as a wish to be dead, as "sitaki kuishi" is', () => {
    expectLevels({
      'roho yangu haitaki kuishi': 'medium',
      'moyo wangu hautaki kuishi': 'medium',
    });
  });

  it('reads “better I remove myself from the world”, said last, as thoughts of killing oneself', () => {
    expectLevels({
      'naona bora nijiondoe duniani': 'high',
    });
  });

  it('leaves someone else’s soul, where or how to live, a song, a sermon, a rejected thought and an over past low', () => {
    expectLevels({
      'roho yangu haitaki kuishi mjini tena nataka kurudi shambani': 'low',
      'roho yangu haitaki kuishi bila wewe mpenzi wimbo huu unanigusa': 'low',
      'pastor alihubiri kwamba ni lazima nijiondoe duniani na kufuata mungu': 'low',
      'ningejiondoa duniani kama ningekuwa mwoga lakini sitawahi': 'low',
      'mama anasema roho yake haitaki kuishi': 'low',
      'roho yangu inataka kuishi': 'low',
      'nilikuwa nahisi roho yangu haitaki kuishi zamani lakini sasa niko sawa': 'low',
    });
  });
});
