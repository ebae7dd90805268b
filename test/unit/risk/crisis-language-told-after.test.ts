import { expectLevels } from '../../setup/risk-levels.js';

// An attempt told by what the poison did, or by the story told to hide it (cues-told-after.ts; reviews 92, 122).

describe('crisis language: an attempt told by its harm or its cover story', () => {
  it('reads a poison drunk, then the throat or stomach hurt, or drunk on a named day, as an attempt', () => {
    expectLevels({
      'i drank bleach and now my throat hurts': 'critical',
      'i drank jik on friday': 'critical',
      'nilikunywa jik koo linauma': 'critical',
      'i drank jik an hour ago and my stomach is burning': 'critical',
    });
  });

  it('reads a story told to the doctor, then the truth about the speaker’s own act, as an attempt', () => {
    expectLevels({
      'i told the doctor i fell but i jumped': 'critical',
      'i took all the pills i told my mum it was food poisoning but it was not': 'critical',
      'i took all the pills and i did not tell the doctor it was on purpose': 'critical',
    });
  });

  it('leaves a mistake, a rumour, someone else’s act and a hidden beating as they were', () => {
    expectLevels({
      'i drank jik by mistake on friday and my throat hurts': 'low',
      'people think i drank jik because i was vomiting but it was food poisoning': 'low',
      'my son drank jik on friday': 'low',
      'i told the doctor i fell but i jumped off the bus because it was moving slowly': 'low',
      'i broke his phone and i did not tell him it was on purpose': 'low',
      'i told the teacher it was an accident but it was not': 'low',
      'i told the doctor it was malaria but it was not it was typhoid and he gave me tablets': 'low',
      'i swallowed some doom spraying the house and now my throat is burning': 'low',
    });
  });

  it('reads a poison drunk with only a recent hour after it as an attempt', () => {
    expectLevels({
      'i drank jik an hour ago': 'critical',
      'i drank pesticide two hours ago': 'critical',
      'nilikunywa jik saa moja iliyopita': 'critical',
      'nilikunywa jik asubuhi lakini nikatapika': 'critical',
      'i drunk jik an hour ago': 'critical',
    });
  });

  it('leaves it low when a "but" explains it away or it was a dare', () => {
    expectLevels({
      'i drank jik an hour ago but it was water in a jik bottle': 'low',
      'nimekunywa jik asubuhi lakini ilikuwa kosa': 'low',
      'i drank jik this morning but it was only a sip while cleaning': 'low',
      'i drank jik an hour ago my friends dared me': 'low',
    });
  });
});
