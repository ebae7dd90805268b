import { expectLevels } from '../../setup/risk-levels.js';

// continuing.ts: "again" and the bare Swahili "back" keep a past current only where the act, the thoughts or a low mood
// is what came again (session 52; reviews 31, 39, 219–222).

describe('crisis language: what comes again after a past', () => {
  it('leaves a past over when an everyday doing, a wellbeing or a thing comes again', () => {
    expectLevels({
      'i used to self harm but today i went to work again': 'low',
      'i used to self harm and now i feel alive again': 'low',
      'i used to self harm but i have not done it again this week': 'low',
      'i attempted suicide years ago i hurt my knee again at football': 'low',
      'i attempted suicide years ago i tried again for the driving test and passed': 'low',
      'nilijaribu kujiua 2020 lakini sasa niko sawa hamu ya kula imerudi': 'low',
      'zamani nilikuwa na mawazo ya kujiua lakini nilipona sai zimerudi mvua': 'low',
      'i attempted suicide in 2019 but it is raining again': 'low',
      'i used to cut myself years ago but the network is down again': 'low',
      'i attempted suicide years ago and i will never try that again': 'low',
      'i used to self harm years ago, but again i say thank you to my counsellor': 'low',
      'nilijaribu kujiua zamani lakini sasa niko sawa maisha imerudi normal': 'low',
      'nilijaribu kujiua zamani lakini sasa niko sawa, nguvu zangu zimerudi': 'low',
      'nilijaribu kujiua zamani lakini sasa niko sawa na duka langu limerudi': 'low',
      'i used to self harm years ago, now i sell mandazi and the customers they come every day': 'low',
      'nilijaribu kujiua zamani. sasa mawazo yamenirudia kuhusu kifo cha baba yangu': 'low',
      'i was cutting myself in form three but i stopped long ago today i just cut my finger again while chopping sukuma':
        'low',
    });
  });

  it('keeps the past current when the act, the urge or a low mood comes again', () => {
    expectLevels({
      'i used to cut myself when i was 14 and i am not okay again': 'critical',
      'i used to cut myself as a teenager and now the urge is strong again': 'critical',
      'i used to self harm, today again': 'critical',
      'i tried to kill myself for the first time when i was 15 and again on saturday': 'critical',
      'i used to self harm and on monday i went to the clinic again for stitches on my new cuts': 'critical',
      'last year i tried to end my life but this week i picked up the blade again': 'critical',
      'nilijaribu kujiua zamani lakini hamu ya kujiua imerudi': 'critical',
      // A code review of a first form, which counted "again" only after a closed list of act words.
      'i used to cut myself years ago but i want to again': 'critical',
      'i attempted suicide years ago but i am at the edge again': 'critical',
      'i tried to end my life when i was 19 and now the urge to end my life is coming back again': 'critical',
      'i used to cut myself in form two but exam pressure made me cut again': 'critical',
      'i tried to kill myself when i was 17 but i do not feel safe again': 'critical',
      'i used to self harm when i was 15 and now i started again for the same reason': 'critical',
      'nilijaribu kujiua zamani kwa sababu ya kazi na sasa imerudi': 'critical',
      'nilijaribu kujiua zamani na sasa imerudi kwa nguvu': 'critical',
      'nilijaribu kujiua zamani na sasa yamenirudia': 'critical',
      // Red team 225: a wellbeing turned by what follows it.
      'back in campus i tried to end my life and now i am at peace again since i wrote my letters to my mum':
        'critical',
      'i used to self harm in high school but now i feel strong again strong enough to finally do it': 'critical',
      // A third code review: the act after "again", Swahili forms.
      'i attempted suicide years ago but i went home again and took them all': 'critical',
      'i attempted suicide years ago but i went to church again and asked god to take me': 'critical',
      'nilijaribu kujiua zamani na sasa mawazo yamerudi sawa na zamani': 'critical',
      'nilijaribu kujiua zamani na sasa zile sauti zimerudi vizuri nazisikia': 'critical',
    });
  });

  it('keeps any "again" told before the act ("… and i saw him again and i cut myself")', () => {
    expectLevels({ 'i was abused at age 10 and i saw him again and i cut myself': 'critical' });
  });

  it('reads the thoughts come back to one ("yale mawazo yamenirudia"), not thoughts about something else', () => {
    expectLevels({
      'Nilikuwa na mawazo ya kujiua zamani. Yale mawazo yamenirudia.': 'high',
      'nilijaribu kujiua zamani lakini sasa niko sawa. mawazo yamenirudia kuhusu kurudi shule': 'low',
    });
  });

  it('reads a day known after one\'s own attempt told as "after my attempt", not an attempt at school', () => {
    expectLevels({
      'i wrote the letters, the ones i didnt finish back when i was in hospital after my attempt. i know which night':
        'critical',
      'after my attempt the teacher said this time i wont fail': 'low',
      'after my second attempt at the driving test i woke up early. now i have a plan': 'low',
      'after my last attempt the doctors saved me but now i have a plan': 'critical',
    });
  });

  it('follows up "used to" before a noun, "I\'m used to" or "I used to (have)", unless a wellbeing is told (review 49)', () => {
    expectLevels({
      'i used to suicidal thoughts but yesterday i went to work': 'medium',
      'i used to suicidal thoughts they come every night': 'high',
      'i am used to suicidal thoughts they come every night': 'high',
      'i used to suicidal thoughts when i was in campus but now i am okay': 'low',
    });
  });
});
