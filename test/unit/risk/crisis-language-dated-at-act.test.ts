import { expectLevels } from '../../setup/risk-levels.js';

// Session 49: one's own act dated right after it ("… years ago", "… in 2017", "… zamani", "… when i was 15") and followed
// only by a wellbeing of now or an everyday doing with joining words is over, as "i used to self harm and today i feel
// good" was (dated-other.ts datedRightAfter). Anything more said after the wellbeing keeps the older reading: red team
// 215 hid 11 crises behind "today i am fine" and ordinary-looking news when that was allowed.
describe('crisis language: a past act dated right after it, then a wellbeing of today', () => {
  it('reads an act dated right after it and followed only by a wellbeing of today as history', () => {
    expectLevels({
      'i tried to end my life years ago and today im doing well': 'low',
      'i tried to end my life in 2017 and today im doing well': 'low',
      'nilijaribu kujiua miaka mitatu iliyopita na leo niko sawa kabisa': 'low',
      'nilikuwa najikata zamani leo niko sawa': 'low',
    });
  });

  it('reads "miaka 3 iliyopita" in digits as "miaka mitatu iliyopita" is read', () => {
    expectLevels({
      'nilijaribu kujiua miaka 3 iliyopita': 'low',
      'nilijaribu kujiua miaka 3 iliyopita na leo niko sawa': 'low',
    });
  });

  it('keeps it current when more than a wellbeing follows, a wish is told, or emoji may carry the act', () => {
    expectLevels({
      'i tried to kill myself years ago and today i want to die again': 'critical',
      'i tried to kill myself years ago and today i am fine with dying': 'critical',
      'i tried to kill myself years ago and today i am fine i have a job': 'critical',
      'years ago i tried to hang myself and today i feel fine. 🪢🪢': 'critical',
      'years ago i attempted suicide and this week i am doing better at planning it': 'critical',
      'miaka mingi najikata na leo niko sawa': 'critical',
    });
  });

  it('takes no clock time, school or college for such a date (a code review)', () => {
    expectLevels({
      'i cut myself when i was alone at 2 am and today i feel better': 'critical',
      'i tried to end my life in college and today i am fine': 'critical',
      'nilijikata nilipokuwa shule na leo niko sawa': 'critical',
    });
  });
});
