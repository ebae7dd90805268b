import { expectLevels } from '../../setup/risk-levels.js';

// plain-denial.ts and cues-core.ts (session 57, red team 265): a denial taken back by an attempt told now or by a plan
// the check-in ends on; a plan named with the life it ends.

describe('crisis language: an attempt or a plan told after a denial', () => {
  it('reads an attempt told now after a denial as taking it back', () => {
    expectLevels({
      'im not suicidal but last night i tried': 'high',
      'sitaki kujiua lakini jana nilijaribu': 'high',
      'mimi sitaki kujiua hata kidogo. ijumaa nilijaribu lakini haikufanikiwa': 'high',
      'i never attempted suicide but last night i almost did': 'critical',
    });
  });

  it('reads a plan the check-in ends on after a denial as taking it back', () => {
    expectLevels({
      'im not suicidal but now i have a plan': 'critical',
      'sitaki kujiua lakini sasa nina mpango': 'critical',
      'im not going to hurt myself, relax. i already made a plan so its sorted, im calm now': 'critical',
    });
  });

  it('reads a plan to end one’s life named in Swahili or Sheng as a plan', () => {
    expectLevels({
      'nina mpango wa kumaliza maisha yangu wiki hii': 'critical',
      'niko na mpango wa kujiua': 'critical',
      'nina mpango wa kufa uzeeni': 'low',
    });
  });

  it('keeps the denial where what was tried, planned or decided is everyday or over', () => {
    expectLevels({
      'im not suicidal but last night i tried yoga': 'low',
      'im not suicidal but yesterday i tried to call my mum': 'low',
      'sitaki kujiua lakini jana nilijaribu kupika': 'low',
      'im not suicidal but yesterday i tried and failed my driving test': 'low',
      'i dont cut myself anymore but i did': 'low',
      'i dont want to die. i have a plan for my business': 'low',
      'im not suicidal i have a plan for school and im ready': 'low',
    });
  });
});
