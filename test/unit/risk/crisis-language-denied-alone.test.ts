import { expectLevels } from '../../setup/risk-levels.js';

// Plain denials said on their own (denied-alone.ts; reviews 72, 73, 76, 77, 79, 81): "i have no suicidal thoughts" and
// "hakuna mawazo ya kujiua" deny the thoughts only where they open the check-in and nothing grave is said with them.

describe('crisis language: a plain denial said on its own', () => {
  it('reads "i have no suicidal thoughts" opening the check-in as a denial', () => {
    expectLevels({
      'i have no suicidal thoughts': 'low',
      'I have no suicidal thoughts today.': 'low',
      'no suicidal thoughts today tomorrow i start work': 'low',
      'i have no suicidal thoughts but im tired': 'low',
      'i have no suicidal thoughts and no plans': 'low',
      'i have no suicidal thoughts and no plans to hurt myself': 'low',
    });
  });

  it('reads a Swahili denial said on its own as a denial', () => {
    expectLevels({
      'hakuna mawazo ya kujiua': 'low',
      'hakuna mawazo ya kujiua leo': 'low',
      'hapana sina hiyo mawazo ya kujiua kabisa': 'low',
    });
  });

  it('keeps the alarm where the denial is wished, reported or follows something grave', () => {
    expectLevels({
      'i wish i had no suicidal thoughts': 'high',
      'eti hakuna mawazo ya kujiua': 'high',
      'i tried on sunday. i have no suicidal thoughts today': 'critical',
      'nimeshaamua. hakuna mawazo ya kujiua': 'critical',
      'i have no suicidal thoughts, my mind is made up': 'high',
      'i have no suicidal thoughts no plans to hurt myself and plans to end my life': 'critical',
    });
  });

  it('frees a denial of the thoughts from the day alone, not a plan denied for the day', () => {
    expectLevels({
      'i have no thoughts of suicide today': 'low',
      'sina mawazo ya kujiua leo kesho naenda kanisa': 'low',
      'i have no plans to kill myself today': 'critical',
      'sina mpango wa kujiua leo': 'high',
      'no suicidal thoughts today but tomorrow i dont know': 'critical',
    });
  });

  it('reads "doing well", "feeling better" or an "okay" after the denial as the denial said again', () => {
    expectLevels({
      'i have no suicidal thoughts i am doing well': 'low',
      'i have no suicidal thoughts im okay': 'low',
      'i have no suicidal thoughts, im doing okay': 'low',
      'no suicidal thoughts and no plans i am doing well': 'low',
      'i have no suicidal thoughts i am doing well. i have the pills ready': 'critical',
      'i have no suicidal thoughts i am doing well but tomorrow i dont know': 'critical',
    });
  });

  it('reads going to the clinic, school or work after the denial as everyday, not as leaving', () => {
    expectLevels({
      'no suicidal thoughts today tomorrow i go to the clinic': 'low',
      'no suicidal thoughts today i am going to work': 'low',
      'no suicidal thoughts tomorrow i go': 'critical',
      'no suicidal thoughts tomorrow i go to the river': 'critical',
    });
  });
});

describe('plain denials: "i havent had any …" and "sijapata mawazo ya …" said on their own (session 45)', () => {
  it('reads "haven’t had any" and its Swahili as a denial said alone, with a time span or thanks after it', () => {
    expectLevels({
      "i haven't had any suicidal thoughts": 'low',
      'i havent had any thoughts of harming myself': 'low',
      'i have not had any thoughts of harming myself': 'low',
      'i havent had any thoughts of suicide in months': 'low',
      "i haven't had any urges to hurt myself in weeks": 'low',
      'no i havent had any suicidal thoughts this month': 'low',
      'hi doc i havent had any suicidal thoughts this week thank you': 'low',
      'sijapata mawazo yoyote ya kujiua mwezi huu niko sawa': 'low',
      'habari daktari sijapata mawazo yoyote ya kujiua wiki hii asante kwa kuuliza': 'low',
      'sijawa na mawazo ya kujiua kwa miezi kadhaa sasa': 'low',
      'hakuna mawazo ya kujiua, asante kwa kuuliza': 'low',
    });
  });

  it('keeps the alarm where more is said (review 12: "haven’t had any" is no denial anywhere else)', () => {
    expectLevels({
      'i havent had any suicidal thoughts except last night when i stood by the window': 'high',
      'i havent had any thoughts of ending my life this intense before': 'high',
      'i havent had any suicidal thoughts. but yesterday i stood by the window for an hour': 'high',
      'i havent had any suicidal thoughts since yesterday': 'high',
      'i havent had any suicidal thoughts. i tried on sunday': 'critical',
      'i havent had any thoughts of harming myself. jk': 'critical',
      "i haven't had any urges to hurt myself in weeks but today was bad": 'critical',
      'my mum thinks i havent had any suicidal thoughts': 'high',
      'i havent had any suicidal thoughts im fine im fine im fine': 'high',
      'sijapata mawazo ya kujiua tangu jana': 'high',
      'sijapata mawazo ya kujiua wiki hii lakini jana usiku nilijaribu': 'high', // a bare "nilijaribu": high, as before
      'eti sijapata mawazo ya kujiua wiki hii': 'high',
    });
  });

  it('reads "not since the last time i tried" as a recent act, not a denial', () => {
    expectLevels({
      'i have not had any suicidal thoughts not since the last time i tried and that was two weeks ago': 'critical',
    });
  });
});
