import { expectLevels } from '../../setup/risk-levels.js';

// Hurting oneself told "on purpose" or "makusudi", with nothing after but when, how hard, self-blame or hiding it
// (cues-on-purpose.ts).

describe('crisis language: hurting oneself on purpose', () => {
  it('reads hitting, biting, scratching or burning oneself on purpose as self-harm', () => {
    expectLevels({
      'i hit myself on purpose last night': 'critical',
      'i bit my arm on purpose until it bled': 'critical',
      'i banged my head against the wall on purpose': 'critical',
      'nilijipiga makusudi usiku mzima': 'critical',
      'nilijiburn kwa makusudi': 'critical',
      'nilijikwaruza makusudi hadi nikatoka damu': 'critical',
    });
  });

  it('leaves an accident, a tan, a rash, sport, a lesson to a child and a doctor’s question low', () => {
    expectLevels({
      'nilijiburn bila makusudi nikipika chapati': 'low',
      'nilijiburn kwa jua makusudi nipate tan': 'low',
      'nimejikwaruza makusudi jana usiku, upele unaniwasha sana': 'low',
      'i punched myself on purpose today to test the new gloves': 'low',
      'i bit myself on purpose and showed my toddler it hurts': 'low',
      'daktari aliniuliza kama nilijiburn makusudi nikamwambia hapana ni pasi': 'low',
    });
  });

  it('reads hurting oneself until it bled or swelled as self-harm', () => {
    expectLevels({
      'i hit my head against the wall until it bled yesterday': 'critical',
      'nikiwa na hasira najipiga kichwa kwa ukuta mpaka nivuje damu na leo imetokea tena': 'critical',
      'nilijipiga makofi na ngumi usoni mpaka jicho likavimba kwa sababu najichukia': 'critical',
    });
  });

  it('reads scratching till it bleeds as self-harm when what it is for is said, not an itch (red team 177)', () => {
    expectLevels({
      'been scratching my wrists until they bleed every night this week it helps me feel something': 'critical',
      'i scratch my legs until they bleed it helps me cope': 'critical',
      'i keep scratching my arms until they bleed the eczema is bad': 'low',
    });
  });

  it('reads the Swahili and "until i bleed" forms, and leaves relief from an itch as it was (a code review)', () => {
    expectLevels({
      'najikwaruza mikono mpaka damu itoke inanisaidia kuhisi kitu': 'critical',
      'i keep scratching my arms until i bleed it helps me feel something': 'critical',
      'i keep scratching my legs until they bleed it makes me feel better the itching is so bad': 'medium',
    });
  });

  it('leaves scratching beside a named itch as it was, whatever it helps with (a second review)', () => {
    expectLevels({
      'my eczema is bad i keep scratching my arms till they bleed at night it helps me cope with the itching': 'low',
    });
  });
});
