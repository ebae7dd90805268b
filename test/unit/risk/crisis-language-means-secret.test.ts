import { expectLevels } from '../../setup/risk-levels.js';

// A means hidden from those who would stop it, stockpiled, or kept with the decision said (cues-means-secret.ts;
// review 124).

describe('crisis language: a means kept secret, stockpiled or kept with a decision', () => {
  it('reads a means hidden so nobody knows, and pills gathered from many chemists, as preparation', () => {
    expectLevels({
      'i have hidden rat poison in a sugar tin so nobody checks': 'critical',
      'i keep the noose in the ceiling board so my wife wont see it': 'critical',
      'i have been collecting panadol from different chemists so nobody suspects': 'critical',
      'i keep buying sleeping pills from different pharmacies so they dont ask questions': 'critical',
    });
  });

  it('reads pills saved until there are enough as preparation', () => {
    expectLevels({
      'i have been saving my pills in a sock for a month now i have enough': 'critical',
      'nimekuwa nikiweka vidonge kidogo kidogo sasa vimetosha': 'critical',
    });
  });

  it('reads a means kept with the decision said at the end as preparation', () => {
    expectLevels({
      'sumu ya panya iko kwa begi yangu nimeamua': 'critical',
      'i have been sharpening the blade every night for when the time comes': 'critical',
      'nina wembe kwa mfuko kila siku niko tayari': 'critical',
      'i hid the sleeping pills in a vaseline tin for the day i choose': 'critical',
    });
  });

  it('leaves medicine kept private, poison kept from children and a trip low', () => {
    expectLevels({
      'i keep my pills in my bag so nobody knows i am on arvs': 'low',
      'nimeficha vidonge kwa viatu vyangu hawajui': 'medium', // the fifth learned reading: medium
      'i hid the rat poison so the kids wont find it': 'low',
      'i have been buying my tablets from different chemists because of the stock out': 'low',
      'i am travelling for three months i have been collecting my pills in advance now i have enough': 'low',
    });
  });
});
