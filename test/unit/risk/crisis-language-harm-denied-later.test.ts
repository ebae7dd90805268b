import { expectLevels } from '../../setup/risk-levels.js';

// Self-harm or a means denied for today with a later day in doubt (upgrade.ts, HARM_DENIED; reviews 98 and 99): read
// as the one-verb denials are, but "today" and any later day is also a sprain, a party or a dose, so only a doubt counts.

describe('crisis language: self-harm or a poison denied for today, tomorrow in doubt', () => {
  it('reads the denial with a later day in doubt as a plan', () => {
    expectLevels({
      'today i will not hurt myself but tomorrow i dont know': 'critical',
      'i wont cut myself today but tomoro i dont know': 'critical',
      'i wont cut myself today but im not sure about tomorrow': 'critical',
      'i wont drink the jik today but i dont know about tomorrow': 'critical',
      'leo sitakunywa jik lakini kesho sijui': 'critical',
      'leo sitajikata lakini kesho sijui': 'critical',
      'leo sitakunywa jik nitasubiri jumamosi': 'critical',
    });
  });

  it('leaves a haircut, the kitchen, a party, a sprain, a dose, a song and another’s words as they were', () => {
    expectLevels({
      'nywele zimekua leo sitajikata ila jumamosi': 'low',
      'sitajikata leo nitasubiri jumamosi kinyozi akiwa': 'low',
      'kisu ni kikali sana leo sitajikata nitapika kesho': 'low',
      'leo sitajikata tamaa kesho ni siku nyingine': 'low',
      'sitajikata leo kwa hii party nitalala kwa rafiki kesho asubuhi ndio nitaenda': 'low',
      'i wont hurt myself today playing football my knee is still sore maybe next week': 'low',
      'sitameza dawa zote leo daktari alipunguza dozi kesho nitaenda kliniki': 'low',
      'sitakunywa jik kesho': 'low',
      'i wont take all my tablets today maybe tomorrow': 'medium',
      'sitameza vidonge vyote leo labda kesho': 'medium',
      'maze leo sitajikata kesho tutaona': 'low',
      'the song says today i will not hurt myself but tomorrow i dont know': 'low',
      'mama alisema leo sitakunywa jik lakini kesho sijui': 'low',
    });
  });

  it('reads self-harm put off only while someone is there as a plan', () => {
    expectLevels({
      'i wont cut myself today because my sister is here but tomorrow she leaves': 'critical',
      'i will not cut myself tonight because my roommate is around but she travels on monday': 'critical',
      'leo sitajikata kwa sababu dada yangu yuko hapa lakini kesho anaondoka': 'critical',
      'i wont cut myself today because my mum is home but tomorrow i dont know': 'critical',
      'leo sitajikata nywele kwa sababu kinyozi yuko mbali lakini kesho anarudi': 'low',
    });
  });
});
