import { expectLevels } from '../../setup/risk-levels.js';

// A decision to live or to get help, said alone, is no plan (processors/risk/language/protective-decision.ts): the
// bare "i have decided to" cue read each of these critical.

describe('crisis language: a decision to live or to get help', () => {
  it('leaves a check-in that is only a decision to stay alive, go on or get help low', () => {
    expectLevels({
      'ive decided to stay alive': 'low',
      'i have decided to keep going for my kids': 'low',
      'ive decided to get help': 'low',
      'Hi, I’ve decided to get help.': 'low',
      'i have decided to see a counsellor': 'low',
      'i have decided to call the helpline': 'low',
      'i have decided to open up to my wife': 'low',
      'i have decided to never give up': 'low',
      'i have decided to choose life': 'low',
      'i have decided to focus on my healing': 'low',
      'ive decided to stay alive ❤️🙏': 'low',
    });
  });

  it('still reads a plan where anything but whom it is for follows the decision: a reason, a day, a limit, an act', () => {
    expectLevels({
      'i have decided to keep going until friday': 'critical',
      'i have decided to live for one more week': 'critical',
      'i have decided to keep going december is my deadline': 'critical',
      'i have decided to talk to my wife one last time': 'critical',
      'i have decided to live no more': 'critical',
      'ive decided to keep going for my kids. goodbye.': 'critical',
      'i have decided to talk to my family about my will': 'critical',
      'i have decided to keep going 💊': 'critical',
      'i have decided to keep trying': 'critical',
      'ive decided to call the helpline again': 'critical',
      'ive decided to see a counsellor because work has been stressing me': 'critical',
      'ive decided to get help i attempted yesterday': 'critical',
      'ive decided to get help nilijaribu jana': 'critical',
      'i have decided to live for my last days': 'critical',
    });
  });

  it('still reads a plan where anything else is said: only the decision alone is exempt', () => {
    expectLevels({
      'i have decided to keep going but i bought the pills': 'critical',
      'i have decided to keep going for my kids but friday is the day': 'critical',
      'ive decided to keep going but i gave my phone and my watch to my brother': 'critical',
      'i have decided to talk to my sister so she takes care of my kids when im not here': 'critical',
      'last year i wanted to die but i have decided to keep going for my kids': 'critical',
    });
  });

  it('does not raise a life decision told with a typed face or a sign of strength', () => {
    expectLevels({ 'i have decided to quit my job :)': 'low', 'i have decided to quit drinking 💯': 'low' });
  });

  it('keeps medicine and doctors out of the exception: red team 179 hid crises behind them (known false alarm)', () => {
    expectLevels({
      'i have decided to take my meds every day': 'critical',
      'i have decided to see a doctor so i can get more sleeping medicine': 'critical',
    });
  });
});
