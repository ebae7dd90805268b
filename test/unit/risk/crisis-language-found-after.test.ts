import { expectLevels } from '../../setup/risk-levels.js';

// An attempt told by where the speaker was found, by what it left, or stopped on the chair; a day chosen with the
// farewells done (cues-found-after.ts; review 124).

describe('crisis language: an attempt told by what followed it', () => {
  it('reads being found with something round the neck as a stopped attempt', () => {
    expectLevels({
      'my roommate found me with a belt around my neck and i told her it was a joke': 'critical',
      'my mum found me with the phone charger cord around my neck she thinks i was playing': 'critical',
      'mama alinikuta na kamba shingoni bafuni': 'critical',
    });
  });

  it('reads standing on the chair with the rope, then stopped, as a stopped attempt', () => {
    expectLevels({
      'i stood on the chair with the rope last night but my phone rang': 'critical',
      'nilisimama kwa chair na rope jana usiku phone ikaring': 'critical',
    });
  });

  it('reads a mouth burnt by a poison drunk, and waking sorry to be alive, as an attempt', () => {
    expectLevels({
      'mdomo wangu umeungua kwa jik niliyokunywa': 'critical',
      'i woke up in hospital and i was angry that i woke up': 'critical',
      'nilitoka hospitali juzi baada ya kunywa dawa ya panya na nataka kurudia': 'critical',
    });
  });

  it('reads a day chosen with the goodbyes done as a plan', () => {
    expectLevels({
      'friday is the day i have already written my goodbye letters': 'critical',
      'i have given away my phone and my clothes i am ready for saturday': 'critical',
    });
  });

  it('leaves a job on the chair, a towel worn and cleaning fumes low', () => {
    expectLevels({
      'i climbed on the chair with the rope and then tied the balloons to the ceiling for my daughters birthday': 'low',
      'my kids found me with a towel round my neck in the bathroom': 'low',
      'i was cleaning the toilet with harpic and jik and the bleach burned my throat': 'low',
      'i stood on the chair with the rope to hang the curtains': 'low',
      'the jik splashed in my eye while cleaning and it burnt': 'low',
    });
  });
});
