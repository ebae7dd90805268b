import { expectLevels } from '../../setup/risk-levels.js';

// An attempt told by what came after it (cues-rescued.ts; review 110).

describe('crisis language: an attempt told by the hospital or the rescue after it', () => {
  it('reads pills or a poison swallowed and then the hospital, or the means taken from the speaker, as an attempt', () => {
    expectLevels({
      'i swallowed a whole packet of my mothers sleeping pills and they took me to the hospital': 'critical',
      'jana nilimeza pills zote nikaamka kwa hosi': 'critical',
      'nimetoka hospitali leo baada ya kumeza vidonge vingi vya presha': 'critical',
      'jana nilikunywa jik wakanipeleka hospitali': 'critical',
      'my friend grabbed the bottle of jik from me but i had already drunk some': 'critical',
      'my neighbour stopped me at the river i was already in the water': 'critical',
      'polisi walinikuta kwenye daraja nilikuwa nataka kuruka': 'critical',
    });
  });

  it('leaves a fever, a test, a headache, a childhood accident, another person and a question as they were', () => {
    expectLevels({
      'i took my malaria tablets and they took me to the hospital for a test': 'low',
      'i took panadol and then my mum took me to the hospital because of the fever': 'low',
      'my mum grabbed the pills from me because i was taking too many for my headache': 'low',
      'nilikunywa jik nikiwa mtoto mama alinipeleka hospitali': 'low',
      'my brother swallowed pills and they took him to hospital': 'low',
      'the teacher stopped me at the bridge to ask about my fees': 'low',
      'polisi walinikuta kwenye daraja wakaniuliza kitambulisho': 'low',
      'the pharmacist took the pills from my hand and said i should not take them with milk': 'low',
    });
  });
});
