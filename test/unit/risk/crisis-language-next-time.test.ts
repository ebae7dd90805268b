import { expectLevels } from '../../setup/risk-levels.js';

// cues-next-time.ts: a bare "i tried" of last night that failed or was stopped, and a vow or a rescue.
describe('crisis language: a bare "i tried" of yesterday with a vow or a rescue', () => {
  it('reads the failed try and a vow for next time, or a rescue right after it, as a recent attempt', () => {
    expectLevels({
      'tried last night but it didnt work. next time i will make sure': 'critical',
      'jumped yesterday but survived. discharged tomorrow and this time i will finish it': 'critical',
      'nilijaribu jana wakaniokoa. mara ijayo hawatanifikia mapema': 'critical',
      'nilijaribu jana wakaniokoa': 'critical',
      'jana usiku nilijaribu lakini kamba ikakatika. leo sitakosea': 'critical',
      'my brother found me and cut me down this morning why couldnt he just let me go': 'critical',
    });
  });

  it('leaves a try that names its task as it was', () => {
    expectLevels({
      'tried to fix the sink last night it didnt work. next time ill just call the plumber': 'high',
      'nilijaribu jana kupika chapati mama akanikuta': 'low',
      'tried bungee jumping yesterday, got stuck and they had to cut me down lol': 'medium',
    });
  });

  it('reads a rescue only with a vow or with being close to dying, not close to winning or to the shop', () => {
    expectLevels({
      'why did my brother have to find me. i was so close to being done with all this': 'critical',
      'my coach stopped me after practice. i was so close to winning': 'low',
      'mama alinikuta sokoni nilikuwa karibu na duka': 'low',
      'polisi walinizuia barabarani nilikuwa karibu kufika': 'low',
      'yesterday i tried baking but it failed. next time i will get it right': 'medium',
    });
  });
});
