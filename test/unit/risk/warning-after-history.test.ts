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
