import { expectLevels } from '../../setup/risk-levels.js';

// Preparations told with no word of suicide (cues-prepared.ts; review 109).

describe('crisis language: preparations', () => {
  it('reads a poison or a rope kept for oneself, hidden for tonight or denied its everyday use as a plan', () => {
    expectLevels({
      'hi its me again i sold the maize today good price and i bought the rat poison for myself not for the rats':
        'critical',
      'nimeiweka jik kwenye begi ni yangu mwenyewe sio ya kusafisha': 'critical',
      'nimebuy rat poison leo nimeificha kwa bed ni ya usiku huu': 'critical',
      'i keep the pesticide under the mattress for when it gets too much': 'critical',
      'nimenunua kamba leo sio ya mbuzi': 'critical',
      'i have tied the rope in the back room already': 'critical',
    });
  });

  it('reads a place chosen, a day decided and a named poison tried', () => {
    expectLevels({
      'i am going to the forest on saturday and i am not coming back': 'critical',
      'nimeshachagua mahali ni mto karibu na shamba letu': 'critical',
      'friday is the day i have decided': 'critical',
      'friday ndio siku nimeamua bana': 'critical',
      'i tried to drink jik yesterday but my husband found me': 'critical',
      'nilijaribu kunywa jik jana lakini mume wangu akanikuta': 'critical',
    });
  });

  it('leaves lamp fuel, poison hidden from the children, a roof tied down and a day for an event as they were', () => {
    expectLevels({
      'i kept the paraffin for tonight the power is off again': 'low',
      'nimeficha dawa ya panya kwa ajili ya usiku watoto wasione': 'low',
      'nimefunga kamba kwa paa ili upepo usipeperushe mabati': 'low',
      'Saturday is the day! I have set the date for the harambee.': 'low',
      'kesho ndio siku yenyewe ya graduation': 'low',
      'i have chosen the spot by the river for our family picnic on sunday': 'low',
    });
  });
});
