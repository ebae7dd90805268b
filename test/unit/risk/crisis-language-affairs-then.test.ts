import { expectLevels } from '../../setup/risk-levels.js';

// cues-affairs-then.ts: affairs put in order, then one's absence said; cues-not-for-pests.ts; cues-cut-bleeding.ts.
describe('crisis language: affairs put in order, then one is gone', () => {
  it('reads letters, gifts, debts or a means ready, then an absence, as a plan', () => {
    expectLevels({
      'wrote letters for my mum and sister theyre in the drawer. tomorrow i wont be here to explain': 'critical',
      'bro nimegawa kila kitu simu viatu hata ile jacket. zimebaki siku mbili tu': 'critical',
      'deleted all my photos and paid back everyone i owed. the only thing left is me': 'critical',
      'after payday nitalipa madeni yote then thats it for me. hakuna kesho': 'critical',
      'scheduled a message to my family for 6am. by then it wont matter': 'critical',
      'nimeshaandaa kila kitu usiku huu nitamaliza yote msinitafute': 'critical',
    });
  });

  it('leaves a move, a new job, a debt cleared or exams as it was', () => {
    expectLevels({
      'nimeandika barua ya kuacha kazi, sitakuwepo ofisini kuanzia mwezi ujao': 'low',
      'finally nimelipa madeni yote leo! hakuna kesho ya kudaiwa tena, feeling free': 'medium',
      'nimewaaga wazazi msinitafute wiki hii niko na exams': 'low',
      'nimeandika barua ya kuaga wafanyakazi wenzangu ninahamia kazi mpya': 'low',
      'msee nimeamua leo ndio mwisho wa kuvuta sigara. siku ya kwanza bila': 'low',
    });
  });

  it('reads rat poison said not to be for rats as preparation, not one bought for the cockroaches', () => {
    expectLevels({
      'bought rat poison on my way from work. its not for rats': 'critical',
      'nimenunua sumu ya panya leo lakini si ya panya': 'critical',
      'nimenunua sumu ya panya lakini si ya panya ni ya mende': 'medium', // low until the sixth reading (session 44): a standing false alarm
    });
  });

  it('reads a deep cut still bleeding as self-harm, not one made in the kitchen', () => {
    expectLevels({
      'i cut deeper than i meant to and its still bleeding. i dont want to call anyone': 'critical',
      'i cut deep into my thumb chopping onions, still bleeding': 'low',
    });
  });

  it('keeps a farewell letter to family whatever else the check-in says of a boss or a move', () => {
    expectLevels({
      'my boss fired me today. nimeandika barua ya kuaga kwa familia yangu': 'critical',
      'since my wife moved out, nimeandika barua ya kuaga kwa watoto': 'critical',
    });
  });

  it('leaves notes for a test, baby clothes, other pests and an accident as they were', () => {
    expectLevels({
      'im writing my notes for the test. only a few days left': 'low',
      'gave away all my baby clothes i wont need them anymore': 'medium',
      'we have poison for the cockroaches, its not for rats': 'low',
      'tripped on the stairs and cut my leg its still bleeding': 'low',
      'i cut deeper than i meant to and its still bleeding what can i do': 'critical',
    });
  });
});
