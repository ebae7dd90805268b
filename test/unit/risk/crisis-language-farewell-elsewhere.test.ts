import { expectLevels } from '../../setup/risk-levels.js';

// cues-farewell.ts (session 47): a departure with the time first is blocked from other sentences only by a story, a
// game, a joke, a trip or an app; a past, an illness or a person said elsewhere, or a past said before the time, no
// longer silence it.
describe('crisis language: a departure with the time first after other sentences', () => {
  it('grades it as a plan after a past, a doctor or an illness said in another sentence', () => {
    expectLevels({
      'i used to be happy. tonight i leave this world': 'critical',
      'my doctor changed my meds again. tonight i leave this world': 'critical',
      'i am sick of everything. tonight i leave this world': 'critical',
    });
  });

  it('grades it as a plan after a past said before the time in a run-on sentence', () => {
    expectLevels({
      'i used to be happy tonight i leave this world goodbye': 'critical',
      'zamani nilikuwa na furaha leo naondoka hii dunia kwaheri': 'critical',
    });
  });

  it('reads bidding the world farewell and more spellings of the time as a departure', () => {
    expectLevels({
      'leo naiaga dunia': 'critical',
      'leo naiacha dunia hii kwaheri': 'critical',
      'leo naondoka kwa hii dunia': 'critical',
      'jioni hii naondoka hii dunia': 'critical',
      'tomorow i leave this world goodbye': 'critical',
      'tonight im leaving this world im sorry to everyone': 'critical',
    });
  });

  it('still leaves a game said in another sentence, and a past said after it, as they were', () => {
    expectLevels({
      'Minecraft all day. Tonight i leave this world': 'low',
      'tonight i leave this world, i used to say that every week lol': 'low',
      'Tonight I leave this world, I used to say that every night back in 2019.': 'low',
    });
  });

  it("leaves someone's dying words, a rescue or a recovery told elsewhere in the check-in as they were", () => {
    expectLevels({
      'In the hospital my dad whispered. Tonight I leave this world, I love you all. He died at 3am.': 'low',
      'Babu alituambia. Leo naiaga dunia kwaheri. Alifariki asubuhi.': 'low',
      'Two years ago I was sure tonight I leave this world. Today I am healed.': 'low',
      'Years ago I wrote in my diary. Tonight I leave this world goodbye. Now I am healed and happy.': 'low',
      'Last year I was in a dark place. Tonight I leave this world, I told my sister. She saved me.': 'low',
      'Zamani nilijiambia leo naondoka hii dunia kwaheri': 'low',
    });
  });

  it('leaves a church’s leaving of the world, a trip and a group as they were', () => {
    expectLevels({
      'Leo kanisani mchungaji alihubiri juu ya dhambi. Leo naiacha dunia.': 'low',
      'Safari ya Tsavo wiki nzima. Kesho naondoka hii dunia kwaheri': 'low',
      'Long journey to Lodwar. Kesho naondoka hii dunia kwaheri': 'low',
      'Nimetoka kwa group ya chama. Leo naondoka hii dunia kwaheri wote': 'low',
      'leo jioni naaga ofisi hii nimepata kazi mpya kisumu ni kama naaga dunia moja na kuanza nyingine': 'critical',
      'tonight i say goodbye to this world of debt': 'low',
    });
  });

  it('reads saying goodbye to the world at a time as a departure, whatever follows', () => {
    expectLevels({
      'the doctor said my scans are fine. tonight i say goodbye to this world thank you for the check ins': 'critical',
      'This Saturday evening I bid farewell to the world. I am calm about it.': 'critical',
      'nimechoka na hii life yote leo jioni nitaaga dunia mathe atapata barua kwa kitanda': 'critical',
      'tonight i leave this world sorry to my family': 'critical',
      'leo ninaiacha dunia kwaheri': 'critical',
      'tmr i leave this world': 'critical',
    });
  });
});
