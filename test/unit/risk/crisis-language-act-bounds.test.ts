import { expectLevels } from '../../setup/risk-levels.js';

// cues-act-bounds.ts: forgiveness asked before the act, the act stopped with the means in hand, death dated (session
// 41, red teams 182 and 184, a code review).
describe('crisis language: the act seen from its edges', () => {
  it('reads forgiveness asked for what one will do, said alone or to oneself, as a plan', () => {
    expectLevels({
      'Lord forgive me for what i will do tonight': 'critical',
      'lord forgive me for what ill do tonight': 'critical',
      'forgive me for what i will do tomorrow night': 'critical',
      'please forgive me for what i have to do tonight': 'critical',
      'mungu nisamehe kwa nitakachofanya kesho usiku': 'critical',
      'mama nisamehe kwa kile nitajifanyia leo usiku. si kosa lako, nimechoka kuishi': 'critical',
    });
  });

  it('leaves a confession, a party, a match, the in-laws and a buffet as they were', () => {
    expectLevels({
      'forgive me for what i will do tonight, i am finally telling my parents i changed my course to music': 'low',
      'mungu nisamehe kwa nitakachofanya, nitamwambia mwalimu ukweli kwamba ni mimi nilivunja dirisha': 'low',
      'the in-laws are coming today. lord forgive me for what i am about to do': 'low',
      'my ex is getting married today, god forgive me for what i am about to do': 'low',
      'lord forgive me for what i am about to do to myself at this buffet': 'high', // learned, as before
      'lord forgive me for what i will do tonight at the party lol': 'low',
    });
  });

  it('reads being found or stopped with the means in hand as a recent interrupted attempt', () => {
    expectLevels({
      'my neighbour found me with the rope on sunday and stopped me': 'critical',
      'my neighbour found me with the rope tied to the tree and stopped me': 'critical',
      'i have been drinking a lot, my wife found me with a rope and stopped me': 'critical',
      'after a fight with my husband my sister found me with the rope and stopped me': 'critical',
      'my brother took the knife from me before i could do anything': 'critical',
      "brother yangu alininyang'anya knife jana usiku before nifanye kitu": 'critical',
      "brother yangu alininyang'anya ile kamba jana usiku kabla nifanye kitu": 'critical',
      "kaka ameninyang'anya kisu kabla nifanye kitu": 'critical',
      'walinikuta na kamba jana usiku wakanizuia kabla sijamaliza. bado nataka kufa': 'critical',
    });
  });

  it('leaves a shave, an airport, a school, a farm, a kitchen, a robbery and a denial low', () => {
    expectLevels({
      'my mum caught me with a razor and took it away, she said i am too young to shave': 'low',
      'at the airport security found me with a knife in my bag and took it away': 'low',
      'the teacher caught me with a blade at school and took it away': 'low',
      'nobody ever found me with a rope and stopped me, that is a lie my aunt tells': 'low',
      'the vet found me with the rope and stopped me, said i was tying the heifer the wrong way': 'low',
      'the robber snatched the knife from me before i could do anything': 'medium', // learned, as before
    });
  });

  it('reads not being alive by a named day as a plan, not a character’s line or tiredness', () => {
    expectLevels({
      'by the end of this month i will not be alive, i have decided and i feel calm about it': 'critical',
      'i have been drinking again. by the end of this month i will not be alive': 'critical',
      'by sunday im gone for good. not moving house, not travelling. gone as in dead': 'critical',
      // A hashtag or a quotation is left to the other readings, as for every cue said in one's own words.
      '#by friday i will not be alive': 'high',
      'three exams and two deadlines this week, by friday i will be dead': 'medium',
      'our cow died yesterday. by the end of the month i will be gone for good, i got a job in nairobi': 'high',
    });
  });

  it('leaves the police taking a knife, skin lightening, an illness and "these kids will finish me" as they were (a third code review)', () => {
    expectLevels({
      "polisi walinikuta na kisu wakaninyang'anya": 'low',
      'my mum caught me with the bleach and took it away, she does not want me to lighten my skin': 'low',
      'mama alinikuta na jik akaichukua, anasema nitaharibu ngozi': 'low',
      'with this cancer i will not be alive by christmas': 'high',
      'these kids will finish me, i will not be alive by friday': 'high',
      'by friday i will be gone for good, i mean dead tired of this job': 'medium',
      'polisi walinikuta darajani na kamba wakanizuia': 'critical',
    });
  });
});
