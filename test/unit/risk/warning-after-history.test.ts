import { expectLevels } from '../../setup/risk-levels.js';

// warning-learned.ts afterHistory (session 48): one's own past act settles its sentence, not what the check-in says
// next, which the learned reading of warning signs reads alone (red team 211).
describe("learned warning signs: what is said after one's own past act", () => {
  it('reads preparations told after a past attempt, in its own sentences', () => {
    expectLevels({
      'i tried to end my life in 2018. this week i started giving my things away to my cousins and i wrote letters for my mum and my son':
        'high',
      'i tried to kill myself in 2018 after my divorce. tonight is the night i finish it i already said goodbye to my sister on the phone':
        'high',
    });
  });

  // Session 49: past thoughts of killing oneself too (red team 214 told plans after them that fell to low); a past wish
  // to be dead or "dying" still settles the text, as an illness told may be ("Two years ago I was dying in a hospital bed").
  it('reads preparations told after past thoughts of killing oneself, not after a past wish or dying', () => {
    expectLevels({
      'mwaka 2017 nilikuwa na mawazo ya kujiua. sasa niko sawa. nimeandika wosia na nimeuweka kwenye mfuko wa koti. ijumaa usiku kila kitu kitakwisha na sitamsumbua mtu yeyote kamwe.':
        'high',
      'Manze nilikuwa na mawazo ya kujiua last year. Sai bado ziko, hazijaenda. Sijamwambia mtu.': 'high',
      "Two years ago I was dying in a hospital bed due to my severe Crohn's disease, today, I am 7 months away from graduating with a degree to help people with Crohns and Colitis! To everyone who said I wasn't able to do it, guess what? I did it!":
        'low',
      'years ago i wanted to kill myself. today i went to work and my manager said i might get promoted in march.':
        'low',
    });
  });

  it('leaves everyday news after a past attempt, and the act told again, as they were', () => {
    expectLevels({
      'I tried to kill myself in 2018. Today I shared my story at my church and people hugged me.': 'low',
      'I tried to kill myself in 2018. This week I started a new job and I love my team.': 'low',
      'I used to cut myself. This morning I did it again: woke up at 5 and prayed before work.': 'low',
      "I used to self harm. Last week I did it again: bought clothes I can't afford.": 'low',
    });
  });

  it('reads nothing apart from a past clause cut short that runs to the end', () => {
    expectLevels({
      "so like i survived an attempt back in form three and yeah now im in college and i have everything ready for my exams on monday this time i won't fail":
        'low',
    });
  });
});
