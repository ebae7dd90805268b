import { expectLevels } from '../../setup/risk-levels.js';

// cues-alone-then.ts: waiting to be alone, with a means at hand or the end decided.
describe('crisis language: waiting to be alone with a means or a decision', () => {
  it('reads the wait beside a means or words of an end as a plan', () => {
    expectLevels({
      'bought rope today its under my bed just waiting for the house to be empty': 'critical',
      'the knife is next to me. just waiting for mum to leave for church': 'critical',
      'kisu kiko chini ya godoro nangoja wazazi waende shamba': 'critical',
      'when the house is empty on sunday thats when i go for good': 'critical',
      'usiku wa leo wakilala wote nitamaliza yote': 'critical',
      'tonight after everyone sleeps. already decided': 'critical',
    });
  });

  it('leaves a wait to study, cook, clean or see to the animals as it was', () => {
    expectLevels({
      'waiting for the house to be empty so i can cry in peace': 'low',
      'bought rope for the goats, waiting for dad to leave': 'low',
      'waiting for mum to leave so i can use her good knife for the onions, she hates when i touch it': 'low',
      'wazazi wakienda shamba nitafanya usafi wote, already decided': 'medium',
    });
  });

  it('reads a partner leaving for work or a roommate travelling as the wait', () => {
    expectLevels({
      'bought rope today. waiting for my wife to leave for work': 'critical',
      'bought rope. waiting for my roommate to travel': 'critical',
    });
  });
});
