import { expectLevels } from '../../setup/risk-levels.js';

// An attempt begun at a place or with a weapon, told without "kill myself" (cues-at-the-edge.ts; session 31).

describe('crisis language: an attempt at a height, water, the railway, the road, with a gun or pills', () => {
  it('reads going to a height or water to jump or drown as an attempt', () => {
    expectLevels({
      'i went to the river to drown myself': 'critical',
      'i climbed onto the roof last night to jump but i came down': 'critical',
      'i climbed the bridge railing last night ready to jump': 'critical',
      'nilienda darajani jana usiku nikitaka kuruka': 'critical',
      'i went to the river to fish yesterday': 'low',
      'i climbed the roof to fix the iron sheets': 'low',
      'i went to the bridge to meet my friend': 'low',
    });
  });

  it('reads the railway, water at night and the road on purpose as an attempt, not a commute or an accident', () => {
    expectLevels({
      'i lay on the railway line last night waiting for the train to hit me': 'critical',
      'i walked into the lake last night to drown myself but i turned back': 'critical',
      'i drove my car very fast into the wall on purpose': 'critical',
      'i jumped into the river yesterday but a fisherman pulled me out': 'critical',
      'i sat on the railway line with my friends chatting': 'low',
      'i sat on the railway line waiting for the train to pass so i could cross to the market': 'low',
      'i went to the river to take a bath because the water at home was cut off': 'low',
      'i drove slowly on purpose because the road had potholes': 'low',
      'i crashed my car yesterday the brakes failed': 'low',
      'i jumped into the river to save a child': 'low',
    });
  });

  it("reads a gun to one's head and another's pills swallowed as an attempt, not a robbery or an errand", () => {
    expectLevels({
      'i put the gun to my head last night': 'critical',
      'i loaded the gun and put it in my mouth': 'critical',
      'i swallowed all my mums pills last night': 'critical',
      'the robbers put a gun to my head': 'low',
      'i am a security guard and i held the gun against my chest all night at the gate': 'low',
      'i took all my mums pills with me when i travelled to nairobi so she does not miss a dose': 'low',
      'i took all my moms tablets at the same time to the clinic for review': 'low',
    });
  });
});
