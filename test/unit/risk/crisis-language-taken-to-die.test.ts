import { expectLevels } from '../../setup/risk-levels.js';

// cues-taken-to-die.ts: a poison or pills taken with the purpose said in the act's own words.
describe('crisis language: a poison or pills taken with the purpose said', () => {
  it('reads a poison drunk on purpose as a recent act, as the bare act already was', () => {
    expectLevels({
      'i drank bleach': 'critical',
      'i drank bleach on purpose': 'critical',
      'i drank paraffin on purpose and spent the weekend in hospital': 'critical',
      'i deliberately drank doom on saturday': 'critical',
      'nilikunywa dawa ya panya makusudi': 'critical',
    });
  });

  it('reads pills or poison taken to die, or never to wake, as a recent act', () => {
    expectLevels({
      'i drank jik to end it all': 'critical',
      'i took sleeping pills so that i would not wake up': 'critical',
      'i took panadol on purpose last week to die nobody noticed': 'critical',
      'i have taken all my sleeping pills to end it all': 'critical',
      'nilibugia vidonge vya presha vya baba makusudi jana ili nisiamke': 'critical',
      'nilimeza panadol zote za box makusudi jana usiku': 'critical',
      'took extra insulin on purpose tonight, shaking': 'critical',
      'finished all my sleeping pills tonight on purpose, pls dont call anyone': 'critical',
    });
  });

  it('reads the same purpose only thought of now as active thoughts with a method', () => {
    expectLevels({
      'these days i think of taking all my sleeping pills so i can die': 'high',
      'i have been thinking about drinking pesticide': 'high',
    });
  });

  it('leaves medicine taken for a pain, for the night or as prescribed to the other readings', () => {
    expectLevels({
      'the headache was too much so i took tablets to end it': 'low',
      'i took panadol to kill the headache': 'low',
      'last week i took sleeping pills so that i would not wake up at night from the pain': 'medium',
      'nilikunywa dawa ya usingizi jana ili nisiamke usiku, daktari alinipa kwa ajili ya maumivu': 'medium',
      'i took all my antibiotics on purpose because the doctor said finish the dose': 'low',
      'i took extra insulin today because my sugar was high': 'low',
    });
  });

  it('leaves an act long over, suspected by others or dreamt to the other readings', () => {
    expectLevels({
      'people at church think i took pills to die but it was food poisoning': 'medium',
      'when i was nineteen i swallowed pills to die now i am 34 and well': 'medium',
      'my cousin drank jik on purpose': 'low',
      'i did not drink jik on purpose': 'low',
    });
  });
});
