import { expectLevels } from '../../setup/risk-levels.js';

// reading.ts (session 54, red team 234): a question answered "no" and then a denial in the speaker's own words.

describe('crisis language: a question answered no, then denied', () => {
  it('reads a no followed by never having had the thoughts as a denial', () => {
    expectLevels({
      'the counsellor asked if i think of ending my life. the answer is no never. nina wasiwasi tu na karo ya shule':
        'low',
      'the counsellor asked if i ever think of ending my life and honestly no i have never had those thoughts i just feel tired':
        'low',
      'daktari aliniuliza kama nimewahi kufikiria kujiua na kwa kweli hapana sijawahi kuwa na mawazo hayo nimechoka tu':
        'low',
    });
  });

  it('keeps an answer reported to someone, or one that denies something else, read as the question', () => {
    expectLevels({
      'daktari aliniuliza kama nimewahi kufikiria kujiua nikamwambia hapana sijawahi kuwa na nia ya kujiua wala mpango wowote':
        'critical',
      'the nurse asked if i tried to kill myself and i said no i have never had the courage': 'critical',
      'the counsellor asked me if i think of ending my life honestly i told her no i have never had those thoughts she wouldnt understand':
        'high',
      'aliniuliza kama huwa nawaza kujiua na hapana sijawahi kuwa na mawazo hayo sikutaka ajue': 'high',
      'the counsellor asked if i think of killing myself and i told her no i have never had those thoughts so she would let me go home':
        'high',
    });
  });

  it('keeps the answer taken back after it', () => {
    expectLevels({
      'the counsellor asked if i ever think of ending my life and honestly no i have never had those thoughts until this week':
        'high',
      'the nurse asked if i think of killing myself and no i have never had those thoughts but tonight i will do it':
        'critical',
      'aliniuliza kama nawaza kujiua nikamwambia hapana sijawahi lakini ukweli ni ndiyo': 'high',
      'the counsellor asked if i think of killing myself. no i have never had those thoughts. i have given away my phone and said goodbye to my friends':
        'high',
    });
  });
});
