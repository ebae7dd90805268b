import { expectLevels } from '../../setup/risk-levels.js';

// upgrade.ts: a time raises a wish one step, but not a time that bounds sleep (session 39, red teams 170 and 172).
describe('crisis language: a time that bounds sleep', () => {
  it('reads "not wake up until next week" and "nisiamke mpaka kesho" as the wish alone, a time of the act as more', () => {
    expectLevels({
      'i could just sleep and not wake up until next week': 'medium',
      'nataka kulala nisiamke mpaka kesho mchana wiki hii imekuwa ndefu mno': 'medium',
      'nimechoka sana kutoka shambani, nataka kulala nisiamke mpaka jua lichomoze kesho': 'medium',
      'i want to sleep and not wake up tonight': 'high',
      'i want to die. i will wait until next week': 'high',
      // Sleep that is the act, or a time said to end it for good (a code review, session 39).
      'i want to die. i will take all my pills and sleep until tomorrow and never wake': 'high',
      'i want to sleep and never wake up until tomorrow when its all over for good': 'high',
      'i want to sleep and not wake up until i die tomorrow': 'high',
      'i just want to sleep and not wake up until next week when the exams are over': 'medium',
      'i dont want to wake up until tomorrow afternoon im exhausted': 'medium',
    });
  });
});
