import { expectLevels } from '../../setup/risk-levels.js';

// Session 49: a year before last opening the clause right before one's own past act dates it, as "years ago i tried …"
// does (patterns.ts HISTORY); an act dated right after it ("… years ago", "… in 2017", "… zamani") and followed only by
// a wellbeing or everyday doing with joining words is over (dated-other.ts); a later sentence saying a decision made
// and "it" done at a time takes a past up again (decided-later.ts).
const thisYear = new Date().getFullYear();

describe('crisis language: a past act dated right at it, and a decision told after it', () => {
  it('reads a year before last opening the clause before one’s own past act as history', () => {
    expectLevels({
      'in 2019 i tried to kill myself': 'low',
      'mwaka 2019 nilijaribu kujiua': 'low',
      'In 2019 I tried to kill myself but I got help and I am okay now': 'low',
    });
  });

  it('keeps last year, a present want, and the act told again after such a year current', () => {
    expectLevels({
      [`in ${thisYear - 1} i tried to kill myself`]: 'critical',
      'in 2019 i want to kill myself': 'high',
      'in 2010 i got married in 2020 i got divorced now in 2024 i want to kill myself': 'high',
      'in 2019 i tried to kill myself and last night i tried again': 'critical',
      'in 2019 i tried to kill myself and i want to do it again': 'critical',
    });
  });

  it('reads an act dated right after it and followed only by a wellbeing of today as history', () => {
    expectLevels({
      'i tried to end my life years ago and today im doing well': 'low',
      'i tried to end my life in 2017 and today im doing well': 'low',
      'nilijaribu kujiua miaka mitatu iliyopita na leo niko sawa kabisa': 'low',
    });
  });

  it('keeps it current when more than a wellbeing follows, a wish is told, or emoji may carry the act', () => {
    expectLevels({
      'i tried to kill myself years ago and today i want to die again': 'critical',
      'i tried to kill myself years ago and today i am fine with dying': 'critical',
      'i tried to kill myself years ago and today i am fine i have a job': 'critical',
      'years ago i tried to hang myself and today i feel fine. 🪢🪢': 'critical',
    });
  });

  it('reads a decision made and "it" done at a time after a past as a plan now', () => {
    expectLevels({
      'Mwaka 2019 niliwahi kutaka kujiua. Sasa nimeamua, nitafanya jumanne usiku.': 'critical',
      'years ago i wanted to kill myself. i have decided and i will do it on friday': 'critical',
    });
  });

  it('leaves a decision that names another undertaking, or follows something scheduled, to the older reading', () => {
    expectLevels({
      'zamani nilijaribu kujiua. nimeamua kufungua biashara na nitafanya jumatatu': 'low',
      'years ago i tried to kill myself. my exams are next week. i have decided, i will do it on monday': 'high',
    });
  });
});
