import { expectLevels } from '../../setup/risk-levels.js';

// A death announced as a departure (cues-farewell.ts; RULES.md, "A death announced as a departure"): raise only, with
// the moves, prayers, away messages, sign-offs and habits reviews 44, 45 and 47 wrote against the earlier wordings.

describe('crisis language: a death announced as a departure', () => {
  it('reads leaving this world now, the end tonight and a last week alive as a plan', () => {
    expectLevels({
      'i am leaving this world tonight please take care of my kids': 'critical',
      'naondoka duniani leo': 'critical',
      'tonight i end it all': 'critical',
      'its my last week at work and my last week alive i have a plan': 'critical',
      'my last day at work today and my last day on this earth': 'critical',
      'nimepoteza kazi na nyumba naondoka duniani leo': 'critical',
    });
  });

  it('reads a note to be read after, the other side with despair, and farewells beside dying as a plan', () => {
    expectLevels({
      'by the time you read this i will be dead': 'critical',
      'ukisoma ujumbe huu nitakuwa nimekufa': 'critical',
      'im going to a better place tonight nobody will miss me': 'critical',
      'niko tayari kufa leo nimeaga familia yangu': 'critical',
    });
  });

  it('leaves moves, prayers, habits, away messages, sign-offs and sayings at their older level', () => {
    expectLevels({
      'i am leaving this world a better place than i found it': 'low',
      'i will leave this world one day and i want my kids to be okay': 'medium',
      'i am finally leaving this world of debts today i paid everything': 'low',
      'tomorrow i am moving to a better place in ruaka with my family': 'low',
      'tonight i am going to be with the lord at the kesha all night prayers': 'low',
      'today i end it all by paying off the last of my loans at the bank': 'low',
      'tonight i end it all im deleting tiktok and instagram': 'low', // medium until the sixth reading's doubt (session 44)
      'nimeaga familia yangu nitakufa hii exam ni ngumu': 'low',
      'i will love you with my last breath on this earth': 'low',
      'today i am killing myself cleaning the whole house for christmas': 'high',
      'by the time you read this i will be gone to work': 'low',
      'by the time you get here ill be dead from hunger': 'low',
      'bye guys nimechoka nalala': 'low',
      'i took all my meds this morning kwaheri': 'low',
      'live every day like its my last day on earth': 'low',
      'on my last day on earth i hope my kids are with me': 'low',
      'nimeaga familia yangu naenda nairobi kutafuta kazi la sivyo nitakufa njaa': 'low',
    });
  });
});
