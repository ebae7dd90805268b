import { expect } from 'chai';
import { pastAnchorBack } from '../../../processors/risk/language/patterns.js';
import { expectLevels, languageLevel as level } from '../../setup/risk-levels.js';

// Long spoken check-ins (probes20.jsonl, a blind set scored before it was read; PROBES.md): the crises it found graded
// too low and the ordinary check-ins it found raised, each with the forms around it that must not move.

describe('crisis language: long spoken check-ins', () => {
  it('reads a wish to close one’s eyes for good as the speaker’s own, not someone else’s', () => {
    expectLevels({
      'i feel so empty like if i could close my eyes and never open them again i would choose that': 'medium',
      'i want to close my eyes and never open them again': 'medium',
    });
  });

  it('keeps thoughts "more often than before" current, not over', () => {
    expectLevels({
      'najikuta nikifikiria kujiua mara nyingi kuliko zamani': 'high',
      'nawaza kujiua zaidi ya zamani': 'high',
      'zamani nilifikiria kujiua lakini sasa niko sawa kuliko zamani': 'low',
    });
  });

  it('grades a chosen end with its time as a plan, and not the end of the month or a last day at work', () => {
    expectLevels({
      'nimeshaamua kesho usiku ndio mwisho wangu hakuna kurudi nyuma': 'critical',
      'tonight ndio mwisho wa kuteseka': 'critical',
      'tomorrow is my last day on earth': 'critical',
      'tomorrow will be my last day on earth': 'critical',
      'leo ni mwisho wa mwezi na sina pesa': 'low',
      'kesho ni mwisho wa term tunafunga shule': 'low',
      'tomorrow is my last day at work': 'low',
      'tomorrow is my last day in the office': 'low',
    });
  });

  it('grades means made ready and a time to use them as a plan, not medicine or chores', () => {
    expectLevels({
      'the rope is ready im going to use it tonight after my shift nobody will even notice': 'critical',
      'the pills are ready i will use them tonight': 'critical',
      // A weekday is no time of its own: after a denial it made church on Sunday a plan (review 9).
      'vidonge nimeshavipata na nimepanga kuvimeza ijumaa hii usiku sitaki kuendelea na maisha haya tena': 'high',
      'tabs niko nazo kwa bag leo usiku ndio nitazimeza manze nimechoka na life': 'critical',
      'the pills are ready i will use them for my headache': 'low',
      'the rope is ready i will use it to tie the goats': 'low',
      'vidonge vya malaria nimevipata nitavimeza kesho asubuhi': 'low',
    });
  });

  it('grades an attempt gone to and turned back from as behaviour', () => {
    expectLevels({
      'Jumanne jioni nilienda kujiua lakini simu ya mama ililia nikarudi nyumbani.': 'critical',
      'i went somewhere high and stood there for a long time i was going to jump i came down because a student called my name':
        'critical',
      'i was going to jump into the pool but i got down from the board': 'low',
    });
  });

  it('reads "tomorrow i wont be here, that’s decided" as a plan, and not a trip', () => {
    expectLevels({
      'tomorrow morning i wont be here thats decided': 'critical',
      'sitakuwepo tena nimeshajiandaa nimefunga vitu vyangu': 'high',
    });
    expect(level('tomorrow i wont be here i am travelling to kisumu')).to.not.equal('critical');
  });

  it('takes intent to do it back from a denial that named the act', () => {
    expectLevels({
      'no thoughts of suicide but tonight i will do it': 'critical',
      'i have no thoughts of suicide and i will do it': 'critical',
    });
  });

  it('lets any later sentence take a denial back, as the same sentence can (review 9)', () => {
    expectLevels({
      'I have no thoughts of killing myself. Only at night.': 'high',
      'no thoughts of suicide. but tonight i will do it': 'critical',
      'I have no thoughts of suicide. Yet.': 'high',
    });
  });

  it('reads a wish denied with its coordinated act, and a wish never had, as denials', () => {
    expectLevels({
      'but no i dont want to die or hurt myself nothing like that i just want to sleep': 'low',
      'I have never wished to die.': 'low',
      'i never wish to die': 'low',
      'dont leave me or i will kill myself': 'critical',
      'i dont wish to die but i wish i could disappear': 'medium',
    });
  });

  it('reads a question answered no in so many words as a denial, and a plain "i said no" as the question', () => {
    expectLevels({
      'The counsellor asked me last week if I ever think of ending my life and the answer is no, never. I want to live.':
        'low',
      'Mshauri aliniuliza kama huwa nawaza kujitoa uhai. Jibu ni hapana, kamwe. Napenda maisha yangu.': 'low',
      "At my age people ask if I'm tired of living. I'm not. I still want to see my grandson finish university.": 'low',
      'the counsellor asked if i ever think of ending my life and the answer is no. that was a lie.': 'high',
      'the doctor asked if i want to kill myself and the answer is no. i will do it tomorrow': 'critical',
      'the doctor asked if i wanted to kill myself i said no so i could go home': 'medium',
    });
  });

  it('reads "si eti" (it is not that) as a denial in Sheng', () => {
    expectLevels({
      'maze nimestress na fees lakini si eti nadai kujimaliza ama nini hapana nadai tu job poa': 'low',
      'si eti nataka kufa lakini leo nataka kufa': 'medium',
    });
  });

  it('reads someone else’s posts and written goodbyes as a report about them', () => {
    expectLevels({
      'my cousin in mombasa keeps posting things like i want to die on her status and i dont know what to do': 'low',
      'Roommate yangu ameniambia ameandika barua ya kuaga, nikachukua simu yake nikapigia mathe yake.': 'low',
      'i keep posting things like i want to die': 'medium',
      'my ex keeps texting i want to die': 'medium',
      'nimeandika barua ya kuaga': 'critical',
    });
  });

  it('reads a belief that one would die of an illness as fear, not a wish', () => {
    expect(
      level('at first i thought my life was over like i was going to die but the nurse explained the arvs'),
    ).to.equal('low');
  });

  it('dates a past that is said to be over, and nothing else by a year', () => {
    expectLevels({
      'i tried to kill myself but that was like six years ago now i still get sad sometimes but never like that anymore':
        'low',
      'When my business collapsed in the nineties I thought about killing myself. That time has long passed.': 'low',
      'I wanted to die after my first baby. That was in 2019. I recovered fully.': 'low',
      'nilitamani kufa. Hiyo ilikuwa mwaka 2019. Nilipona.': 'low',
      // "si kama zamani" (not like before) may mean worse as well as milder: it keeps a wish current (review 9).
      'nilipokuwa kidato cha pili niliwahi kutaka kufa lakini hiyo ni zamani sana huzuni inakuja lakini si kama zamani hata kidogo':
        'medium',
      'niliwahi kutaka kufa lakini hiyo ni zamani sana': 'low',
      '2019 nilijaribu kujimaliza lakini hiyo ni story ya zamani sasa niko fiti': 'low',
      // A year in a "when" clause may date when it began, not that it is over (review 9).
      'when my wife left me in 2025 i tried to kill myself': 'critical',
      'my wife left me in 2025 i tried to kill myself': 'critical',
      'my wife left me in 2025. i tried to kill myself': 'critical',
      'when my wife left me in 2025 i tried to kill myself and last week i tried again': 'critical',
      'i have wanted to die since 2019': 'medium',
      'mawazo ya kujiua yanakam kila saa si kama zamani sai ni serious': 'high',
    });
  });

  it('dates by last year, never this one, as the calendar stands when the text is read', () => {
    const year = new Date().getFullYear();
    expectLevels({
      [`I wanted to die after my first baby. That was in ${year - 1}. I recovered fully.`]: 'low',
      [`I wanted to die after my first baby. That was in ${year}.`]: 'medium',
    });
    // A worker started in one year and still running in the next reads the year gone by as past.
    expect(pastAnchorBack(2027).test(' that was in 2026 ')).to.equal(true);
    expect(pastAnchorBack(2026).test(' that was in 2026 ')).to.equal(false);
    expect(pastAnchorBack(2027).test(' hiyo ilikuwa mwaka 2026 ')).to.equal(true);
  });
});
