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

  it('reads a rope or poison kept in one’s place, then the day or a drink at a time, as a plan (red team 182)', () => {
    expectLevels({
      'niko na kamba kwa bag, leo ndio leo': 'critical',
      'i have kept poison in the house, i will drink it tomorrow': 'critical',
      'nimeweka sumu kwa nyumba nitakunywa kesho': 'critical',
      'nimeweka sumu kwa nyumba na nimeamua nikimaliza kuvuna hiki kidogo nitakunywa, watoto watabaki na shamba angalau':
        'critical',
      'nimeweka sumu kwa bag yangu nimeandika note for my daughter leo usiku ndio mwisho sorry sorry': 'critical',
    });
  });

  it('leaves a move, a goat’s rope, camping, a drink named, prawns, a razor and a wedding as they were (red team 184, a code review)', () => {
    expectLevels({
      'niko na kamba kwa bag, leo ndio leo tunahamia keja mpya': 'low',
      'nina kamba ya kufunga mbuzi kwa bag, leo ndio leo': 'low',
      'i have the rope ready for tonight, we are camping at hells gate': 'low',
      'nimeweka sumu ya panya stoo, nimeamua nitakunywa chai tu': 'low',
      'nimenunua jik na sukari soda nitaikunywa kesho': 'low',
      'nimenunua jik na panadol nitameza leo jioni': 'low',
      'vidonge viko tayari nitavimeza kesho asubuhi': 'low',
      'nimenunua jik leo. nimeamua nitakunywa kahawa kila asubuhi': 'low',
      'nimenunua jik ya kusafisha bafu. nimeamua kuanzia leo nitakunywa glasi nane za maji kila siku': 'low',
      'nimenunua kamba za kupika kwa leo usiku': 'low',
      'i bought a razor for tonight': 'low',
      'we have tug of war at the youth fellowship, i have the rope ready for tonight': 'low',
      // "today is the day" is an interview's or a move's too (a code review): only "leo ndio leo" after a means kept.
      'i have the rope in my bag, today is the day': 'high',
      'i have the poison ready for the weeds. today is the day': 'medium',
      'today is the day we move to the new house. the rope is in the car': 'low',
      'leo ndio siku ya harusi, kamba iko tayari kwa mapambo': 'low',
    });
  });

  it('leaves a drink or a herb someone else brought, drunk at a time, as it was (a third code review)', () => {
    expectLevels({
      'nimenunua jik, jirani ameleta mursik nitaikunywa kesho': 'low',
      'nimenunua jik, mama amenipa dawa ya kienyeji nimeamua nitaikunywa': 'low',
    });
  });
});
