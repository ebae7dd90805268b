import { expectLevels } from '../../setup/risk-levels.js';

// cues-means-then-time.ts: a means said ready, hidden or got, then the moment to use it, ending the check-in; and
// cues-core.ts "i am ending it all" with a weekday (session 39, red team 171).
describe('crisis language: a means ready, then the moment to use it', () => {
  it('reads a means ready or hidden and then tonight, darkness or this call ending the check-in as a plan', () => {
    expectLevels({
      'the rope is in the goat shed. when they sleep tonight i will go there': 'critical',
      'the rope is ready. tonight i will do it': 'critical',
      'kamba iko tayari kwenye mti nyuma ya nyumba. nasubiri giza tu': 'critical',
      'nimeshaficha zile tabs kwa bag leo ndo leo': 'critical',
      'msee nimeamua, leo ndo leo. nimeshaficha zile tabs kwa bag': 'critical',
      'the rope iko tayari kwa shamba, nikimaliza hii call naenda': 'critical',
      'kamba iko tayari nitaitumia leo usiku': 'critical',
      // A code review (session 39): the means' own name is no pest, a goodbye may follow, a noose tied and ready.
      'sumu ya panya iko tayari nasubiri giza tu': 'critical',
      'kamba iko tayari kwenye mti nasubiri giza tu. msinisahau': 'critical',
      'kila siku naumia. kamba iko tayari kwenye mti nasubiri giza tu': 'critical',
      'the noose is tied and ready. when they sleep tonight i will do it': 'critical',
      'the rope is ready in my room. after this call im going': 'critical',
      // A second review (session 39): farewells as people say them, a razor's "u-", "vipo", clothes given away first.
      'kamba iko tayari kwa mti. nasubiri giza tu. mnisamehe': 'critical',
      'the rope is ready in the shed. tonight i will do it. im sorry': 'critical',
      'nimeficha wembe kwa bag nitautumia leo usiku': 'critical',
      'vidonge vipo chini ya godoro. leo ndo leo': 'critical',
      'nimegawa nguo zangu zote. kamba iko tayari kwa mti. nasubiri giza tu': 'critical',
      'i cleaned my room and wrote the letters. the rope is ready in the shed. tonight i will do it': 'critical',
    });
  });

  it('leaves a means for animals, a dose, a game or a job, and pills bought for tonight, as they were', () => {
    expectLevels({
      'the rope is ready for the goats. tonight i will do it': 'medium',
      'kamba iko tayari kwa shamba nikimaliza hii call naenda kufunga ngombe': 'low',
      'i bought the pills from the chemist tonight i will use them for my headache': 'low',
      'the pills are ready, i will take them tonight after food': 'low',
      'rope is ready for the tug of war tonight': 'low',
      'leo ndo leo nimeshanunua zile tabs za exam revision': 'low',
      'i got the pills from the pharmacy i will take them tonight': 'low',
      // Soap, a new razor, a clothesline or pests with "leo ndo leo"; pills waiting at a chemist's (a code review).
      'nimenunua jik na omo, leo ndo leo': 'low',
      'nimenunua wembe mpya leo ndo leo': 'low',
      'nina kamba mpya ya kuanikia nguo leo ndo leo': 'low',
      'nina sumu ya mchwa, leo ndo leo': 'low',
      'my tablets are ready at the chemist, after this call i will go': 'low',
      'the rope is at the shop. after this call i am going': 'low',
      'jik iko kwa duka. nikimaliza hii simu naenda': 'low',
    });
  });

  it('reads "i am ending it all" with a weekday as a plan, not one ending in a party', () => {
    expectLevels({
      'im ending it all on friday': 'critical',
      'i am ending it all this saturday night': 'critical',
      'im ending it all on friday with a party': 'low',
      'im ending it all on friday night with him': 'low',
    });
  });
});
