import { expectLevels } from '../../setup/risk-levels.js';

// One's own thoughts or act denied for now, then only a later time left in doubt (cues-deferred.ts; red team 130).

describe('crisis language: not now, a later time left in doubt', () => {
  it('reads denied thoughts with a later time in doubt as a plan', () => {
    expectLevels({
      'no suicidal thoughts today but tomorrow i cant say': 'critical',
      'im not suicidal right now but ask me tomorrow': 'critical',
      'no suicidal thoughts today but by friday i dont know': 'critical',
      'saa hii sina mawazo ya kujiua ila kesho sijui': 'critical',
      'sina mawazo ya kujiua leo lakini siwezi ahidi kesho': 'critical',
      'leo sina suicidal thoughts but by friday who knows': 'critical',
    });
  });

  it('reads the act put off for now in either language as a plan', () => {
    expectLevels({
      'i dont want to die today but tomorrow who knows': 'critical',
      'i wont hang myself tonight but tomorrow i dont know': 'critical',
      'i wont take all the pills today but tomorrow i dont know': 'critical',
      'kwa sasa sitaki kufa ila jumatatu sijui': 'critical',
      'leo sitajiua ila kesho ni story ingine': 'critical',
      'i wont cut today but tonight idk': 'critical',
    });
  });

  it('leaves hope, another subject, another topic and anything said after the doubt low', () => {
    expectLevels({
      'no suicidal thoughts today tomorrow is another day': 'low',
      'my brother is not suicidal today but tomorrow i dont know': 'low',
      'mtoto wangu ameniambia leo sitajiua lakini kesho sijui': 'low',
      'no suicidal thoughts today but tomorrow i dont know if i will get the job': 'low',
    });
  });

  it('leaves skipped medicine, a vague errand and a party left for later low', () => {
    expectLevels({
      'i wont take my pills today but tomorrow i cant say': 'low',
      'i wont do anything at the moment but tomorrow who knows': 'low',
      'niko kwa bash ya beshte leo sitajikata lakini kesho tutaona': 'low',
      'we have a boxing fight this week. i wont hurt myself today but tomorrow i dont know': 'low',
      'i went to the salon. i wont cut myself today but tomorrow i dont know': 'low',
    });
  });

  it('reads one’s own suicide denied for now, then a condition and an end or a doubt, as a plan', () => {
    expectLevels({
      'i wont kill myself now but if the loan people come to my house again i will finish it': 'critical',
      'kwa sasa sitaki kufa lakini nikikosa ada tena sijui': 'critical',
      'im not suicidal right now but when my results come out i dont know what i will do': 'critical',
      'no suicidal thoughts today but if it rains i will go to the market': 'low',
    });
  });
});
