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

  // A code review (session 49): the year first dates only a clause that is the attempt and nothing more.
  it('keeps a year before another event, more said after the act, or emoji from dating it', () => {
    expectLevels({
      'mwaka 2020 nilipata covid na tangu hapo nimekuwa nikiwaza kujiua': 'high',
      'in 2019 i was diagnosed with hiv and i just tried to kill myself': 'critical',
      'mwaka 1999 nilizaliwa nyeri na nimejaribu kujiua mara mbili': 'critical',
      'mwaka 2019 nilipoteza kazi na mwaka huu nilijaribu kujiua': 'critical',
      'in 2020 i took pills to die and i have the pills ready now': 'critical',
      'in 2019 i tried to kill myself and tomorrow i will finish the job': 'critical',
      'in 2019 i tried to kill myself na sasa niko ready tena': 'critical',
      'in 2019 i tried to kill myself i wish it had worked': 'critical',
      'in 2019 i tried to kill myself 💊💊💊': 'critical',
      'in 2019 i tried to kill myself when i lost my job': 'low',
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

  it('takes no clock time, school or college for such a date (a code review)', () => {
    expectLevels({
      'i cut myself when i was alone at 2 am and today i feel better': 'critical',
      'i tried to end my life in college and today i am fine': 'critical',
      'nilijikata nilipokuwa shule na leo niko sawa': 'critical',
    });
  });

  it('reads a decision made and "it" done at a time, in the next sentence after a past, as a plan now', () => {
    expectLevels({
      'Mwaka 2019 niliwahi kutaka kujiua. Sasa nimeamua, nitafanya jumanne usiku.': 'critical',
      'years ago i wanted to kill myself. i have decided and i will do it on friday': 'critical',
      'mwaka 2019 nilijaribu kujiua. nimeamua nitafanya jumamosi nikitoka kazi': 'critical',
      'years ago i tried to kill myself. nimefanya uamuzi nitafanya kesho': 'critical',
    });
  });

  it('leaves a decision naming another undertaking, or told after another sentence, to the older reading', () => {
    expectLevels({
      'zamani nilijaribu kujiua. nimeamua kufungua biashara na nitafanya jumatatu': 'low',
      'zamani nilijaribu kujiua. nimeamua nitafanya ushuhuda jumapili kanisani': 'low',
      'zamani nilijaribu kujiua. mchungaji ameniomba nitoe ushuhuda. nimeamua nitafanya jumapili': 'low',
      'miaka mitatu iliyopita nilijaribu kujiua. mama ananisihi nibatizwe. nimeamua nitafanya jumapili': 'low',
      'years ago i tried to kill myself. my exams are next week. i have decided, i will do it on monday': 'high',
    });
  });
});
