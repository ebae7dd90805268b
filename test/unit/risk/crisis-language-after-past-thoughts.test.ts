import { expectLevels } from '../../setup/risk-levels.js';

// cues-after-past-thoughts.ts and tense.ts turnedToNow (session 48, red team 212): after one's own past attempt, how it
// would be done thought over now, an inner voice telling one to finish it, and a cue after a turn to now in the clause.
describe("crisis language: thoughts of the act now, after one's own past attempt", () => {
  it('reads how it would be done, thought over now, and a voice telling one to finish it', () => {
    expectLevels({
      'I tried to kill myself years ago. Now I keep thinking about how I would do it.': 'high',
      'when i was 16 nilijaribu kujiua na nikapona sasa niko 30 na hii week yote nimekuwa nikiwaza how i would do it na sioni sababu ya kuendelea':
        'high',
      'when i was 15 i tried to kill myself and survived it now am 24 and the same voice is talking every night telling me to finish what i started':
        'high',
      'nilijaribu kujiua zamani. sauti inaniambia nimalize': 'high',
    });
  });

  it('leaves a task thought over, a boss\'s deadline and a past told after "now" as they were', () => {
    expectLevels({
      'I tried to kill myself years ago. My thesis is due, i keep thinking about how i would do it': 'low',
      'i used to want to die. my boss keeps telling me to finish the job by friday': 'low',
      'nilijaribu kujiua zamani. nawaza jinsi nitafanya biashara yangu': 'low',
      'when i was 15 i tried to kill myself and now whenever i remember how i tried to kill myself i cry': 'low',
      'years ago i wanted to die but now i am fine': 'low',
    });
  });
});
