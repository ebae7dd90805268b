import { expectLevels } from '../../setup/risk-levels.js';

// Fire and charcoal smoke turned on oneself, a stomach pumped, and two misspellings (cues-fire-smoke.ts; review 122).

describe('crisis language: fire, charcoal smoke, a stomach pumped', () => {
  it('reads setting oneself on fire, charcoal lit in a shut room with a rescue, a stomach pumped as attempts', () => {
    expectLevels({
      'i tried to set myself on fire last month': 'critical',
      'i want to set myself on fire': 'critical',
      'i lit charcoal and closed all the windows last night but the landlord smelt it and broke in': 'critical',
      'niliwasha mkaa chumbani nikafunga madirisha yote mwenye nyumba akanusa moshi akavunja mlango': 'critical',
      'they pumped my stomach at the district hospital': 'critical',
    });
  });

  it('reads "tryed" and "kujinyoga" as the words they misspell', () => {
    expectLevels({ 'i tryed to drown myself at the lake on monday': 'critical', 'nilijaribu kujinyoga': 'critical' });
  });

  it('leaves the gym, a cold night, bad food and a joke as they were', () => {
    expectLevels({
      'i set myself on fire at the gym today': 'low',
      'i lit charcoal and closed the windows because it was cold': 'low',
      'last week i ate bad fish and the doctors pumped my stomach i am recovering well': 'low',
      'the sun set me on fire today lol': 'low',
    });
  });
});
