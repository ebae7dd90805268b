import { expectLevels } from '../../setup/risk-levels.js';

// Pills saved, collected or counted for an overdose (cues-stockpile.ts; red team 131).

describe('crisis language: pills saved or counted', () => {
  it('reads pills counted as enough, ending the check-in, as a plan', () => {
    expectLevels({
      'i have counted the tablets and they are enough': 'critical',
      'nimehesabu vidonge vinatosha': 'critical',
      'nimekusanya vidonge vya bibi kwa wiki tatu sasa vinatosha': 'critical',
      'i have saved the sleeping pills from the clinic for three months now i have enough': 'critical',
    });
  });

  it('reads pills saved to take all at once, to die, or enough then a day, as a plan', () => {
    expectLevels({
      'i saved enough panadol to finish me': 'critical',
      'i have been saving my pills to take them all at once': 'critical',
      'nimehesabu vidonge vyangu vya usingizi ni vya kutosha kunimaliza': 'critical',
      'i am collecting my arvs to swallow them all': 'critical',
    });
  });

  it('leaves a refill, a pill count, a trip and a doctor’s regimen low', () => {
    expectLevels({
      'nimekusanya tembe za arv sasa zinatosha': 'low',
      'my refill is due i counted the tablets and they are enough': 'low',
      'kwa pill count ya kesho nimehesabu vidonge vinatosha': 'low',
      'i counted the tablets there are enough i will take them on the bus on friday when we travel': 'medium', // the fifth learned reading: medium
      'nimehesabu vidonge vya kisukari vinatosha nitavimeza nikisafiri ijumaa': 'low',
      'i have been saving my pills to take them all at once like the doctor said': 'low',
    });
  });

  it('reads enough pills to die, hidden or bought, wherever the check-in goes on', () => {
    expectLevels({
      'nimeficha vidonge vya usingizi chini ya godoro vinatosha kunimaliza': 'critical',
      'nina vidonge vya kutosha kufa viko kwenye begi': 'critical',
      'i have stockpiled my sleeping pills it is enough to not wake up': 'critical',
    });
  });
});
