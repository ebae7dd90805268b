import { expectLevels } from '../../setup/risk-levels.js';

// An act with a means or at a place, then someone stepping in for the speaker (cues-rescued-after.ts; review 119).

describe('crisis language: an act with a means, then someone stepping in', () => {
  it('reads the act and the rescue together as an attempt stopped', () => {
    expectLevels({
      'i lay down on the railway tracks on friday night a man walking home saw me and pulled me off before the train came':
        'critical',
      'nilikunywa dawa ya kuogesha ngombe juzi mama alinilazimisha kunywa maziwa nikatapika': 'critical',
      'i went to the bridge to jump a man pulled me back': 'critical',
      'i drank bleach on tuesday they washed my stomach at the hospital': 'critical',
    });
  });

  it('leaves an errand, a swim, a fall and a mistake as they were', () => {
    expectLevels({
      'i jumped into the well to get the bucket and my brothers pulled me out': 'low',
      'i fell into the river while fishing and a fisherman pulled me out': 'low',
      'nilienda kisimani kuchota maji mama akanikuta huko': 'low',
      'i went to the lake on saturday with friends my brother found me there in the evening': 'low',
      'i mixed jik with harpic in the toilet the fumes made me vomit': 'low',
      'i never went to the river my mum found me at home': 'low',
    });
  });
});
