import { expectLevels } from '../../setup/risk-levels.js';

// goodbye.ts GOODBYES_FOR_A_TRIP and cues-farewell.ts (session 58, red teams 274 and 277, reviews 278 and 279):
// goodbyes said for a flight or a move abroad are no farewell; a weekday chosen for the end is a plan.

describe('crisis language: goodbyes for a trip, a weekday chosen', () => {
  it('reads goodbyes said for a flight or a move as no farewell', () => {
    expectLevels({
      'said my goodbyes at jkia today off to dubai for work will miss my family': 'low',
      'this is my goodbye to the team i am relocating to kisumu': 'low',
    });
  });

  it('keeps the farewell when death, no return or last wishes are said with the trip', () => {
    expectLevels({
      'said my goodbyes at the airport, im not coming back': 'critical',
      'this is goodbye, off to dubai, tell my kids i loved them': 'critical',
      'kwaheri nasafiri leo this is goodbye msinitafute': 'critical',
      'i made a will because i am relocating for work': 'critical',
    });
  });

  it('reads a weekday then the end said of oneself as a plan', () => {
    expectLevels({
      'sunday is the day i end it all': 'critical',
      'on friday i end it all': 'critical',
      'every sunday i end it all': 'low',
      'sunday i end it all with my ex': 'low',
    });
  });
});
