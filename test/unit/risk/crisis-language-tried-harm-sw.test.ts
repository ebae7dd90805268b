import { expectLevels } from '../../setup/risk-levels.js';

// "nilijaribu kujidhuru" (I tried to harm myself) was low while "i tried to hurt myself" and "nilijidhuru" were critical
// (red team 218, session 50; processors/risk/language/cues-core.ts).

describe('crisis language: a tried self-harm in Swahili', () => {
  it('reads trying to harm, hurt or cut oneself as self-harm', () => {
    expectLevels({
      'nilijaribu kujidhuru jana': 'critical',
      'nimejaribu kujiumiza': 'critical',
      'nilijaribu kujikata': 'critical',
      'jumapili iliyopita nilijaribu kujidhuru': 'critical',
    });
  });

  it('leaves one’s own hair, a racked head, leaving a party and a denial low', () => {
    expectLevels({
      'nilijaribu kujikata nywele': 'low',
      'nilijaribu kujikata kucha': 'low',
      'nilijaribu kujiumiza kichwa na hii assignment': 'low',
      'nilijaribu kujikata mapema kutoka party': 'low',
      'nilijaribu kujikata nywele na nikajaribu kujikata tena lakini mkasi ulikuwa butu': 'low',
      'sijawahi kujaribu kujidhuru': 'low',
    });
  });
});
