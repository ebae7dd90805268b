import { expectLevels } from '../../setup/risk-levels.js';

// A means kept in one's own place or hidden for a day, and found with a cloth round the neck (cues-means-kept.ts; red
// team 123).

describe('crisis language: a means kept or hidden for a day', () => {
  it('reads a noose kept in the speaker’s own place as preparation', () => {
    expectLevels({
      'i have a noose in my bag': 'critical',
      'i keep a noose under my bed': 'critical',
      'i still have the noose hidden in my closet': 'critical',
      'niko na noose kwa room yangu': 'critical',
    });
  });

  it('leaves a costume, a rehearsal, a choker and a noose left by someone else low', () => {
    expectLevels({
      'for the halloween party i still have the noose hanging in my room': 'low',
      'i still have the noose from rehearsal in my bag the show is on friday': 'low',
      'i have a noose choker in my drawer it is very goth': 'low',
      'i came to the office and there is a noose on my desk somebody is harassing me i reported it': 'low',
    });
  });

  it('reads a means hidden or ready for a time that ends the sentence as preparation', () => {
    expectLevels({
      'i have the pills hidden for sunday': 'critical',
      'i have rat poison hidden and friday is the day': 'critical',
      'i bought rat poison and hid it i will drink it on friday': 'critical',
      'nimeficha sumu nitakunywa jumamosi': 'critical',
      'nimeficha vidonge kwa ajili ya jumamosi': 'critical',
    });
  });

  it('leaves a job named after the time, pills ready for a trip and a treatment day low', () => {
    expectLevels({
      'i have the rope ready for friday it is tug of war at sports day': 'low',
      'the rat poison is ready for tonight i will put it in the ceiling': 'low',
      'im so tired i could die i have my pills ready for tomorrow': 'high',
      'i got my pills from the clinic and monday is the day i start my arvs': 'low',
      'nimeficha kamba nitaitumia kesho kufunga ngombe': 'low',
    });
  });

  it('reads being found with a cloth round the neck, breath or sense gone, as a stopped attempt', () => {
    expectLevels({
      'they found me with the scarf tied around my neck and i was not breathing': 'critical',
      'dad found me with a shoelace round my neck barely breathing': 'critical',
    });
  });

  it('leaves fainting, asthma and a tie tried on low', () => {
    expectLevels({
      'my mum found me with my scarf round my neck unconscious i had fainted from anaemia': 'low',
      'the matron found me with the cable around my neck and blue in the face from an asthma attack': 'low',
      'my dad caught me with my tie round my neck and blue suit trying it on for the interview': 'low',
    });
  });
});
