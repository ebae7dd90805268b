import { expectLevels } from '../../setup/risk-levels.js';

// A wish to join one's dead now (cues-join-dead.ts): a passive wish to be dead told through the person who died.

describe('crisis language: a wish to join the dead', () => {
  it('reads a wish to join a dead parent, child or spouse now as a wish to be dead', () => {
    expectLevels({
      'i want to join my mother in the grave': 'medium',
      'i want to join my late husband': 'medium',
      'i feel like i want to join my dad six feet under': 'medium',
      'nataka kumfuata mama kaburini': 'medium',
      'mwanangu alifariki mwezi jana nataka kumfuata aliko': 'medium',
      'nataka kwenda kwa babu na bibi huko mbinguni sasa hivi': 'medium',
    });
  });

  it('leaves a grave visited, a meeting hoped for one day, grief and another’s wish as they were', () => {
    expectLevels({
      'i want to visit my father in the grave on sunday': 'low',
      'i want to join my mother in heaven one day when my time comes': 'low',
      'nataka kwenda kwa mama kaburini': 'low',
      'nataka kumfuata mwanangu aliko nairobi': 'low',
      'mama yuko mbinguni na nataka kumwona siku moja': 'low',
      'i miss my late dad so much': 'low',
      'my sister wants to join our mother in the grave': 'low',
      'my friend said i want to join my mother in the grave': 'low',
    });
  });
});
