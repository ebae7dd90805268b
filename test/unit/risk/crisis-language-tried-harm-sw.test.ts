import { expectLevels } from '../../setup/risk-levels.js';

// "nilijaribu kujidhuru" (I tried to harm myself) was low while "i tried to hurt myself" and "nilijidhuru" were critical
// (red team 218, session 50; processors/risk/language/cues-core.ts); so were wounds one made on oneself
// (cues-cut-bleeding.ts).

describe('crisis language: a tried self-harm in Swahili', () => {
  it('reads trying to harm, hurt or cut oneself as self-harm', () => {
    expectLevels({
      'nilijaribu kujidhuru jana': 'critical',
      'nimejaribu kujiumiza': 'critical',
      'nilijaribu kujikata': 'critical',
      'jumapili iliyopita nilijaribu kujidhuru': 'critical',
    });
  });

  it('reads wounds one says one made on oneself as self-harm, not asked about, by mistake, healed or a budget’s cuts', () => {
    expectLevels({
      'leo asubuhi nimevaa sweta ndefu ili mama asione vidonda vipya mkononi nilivyojifanyia juzi': 'critical',
      'vidonda nilivyojifanyia kwa bahati mbaya nikipika': 'low',
      'the wounds i gave myself years ago have healed': 'low',
      'daktari aliuliza kama haya ni vidonda nilivyojifanyia nikasema hapana': 'low',
      'the budget cuts i made myself were painful for the team': 'low',
    });
  });

  it('leaves one’s own hair, a racked head, a workout, a dance, leaving a party, a question, a belief and a denial low', () => {
    expectLevels({
      'nilijaribu kujikata nywele': 'low',
      'nilijaribu kujikata kucha': 'low',
      'nilijaribu kujiumiza kichwa na hii assignment': 'low',
      'nilijaribu kujikata mapema kutoka party': 'low',
      'nilijaribu kujikata nywele na nikajaribu kujikata tena lakini mkasi ulikuwa butu': 'low',
      'nilijaribu kujikata kiuno kwenye harusi watu wakacheka': 'low',
      'nimejaribu kujiumiza misuli gym lakini bado sipati results': 'low',
      'daktari aliniuliza kama nimejaribu kujidhuru nikamwambia sijawahi': 'low',
      'mama anadhani nilijaribu kujidhuru lakini sio kweli nilianguka tu': 'low',
      'sijawahi kujaribu kujidhuru': 'low',
    });
  });
});
