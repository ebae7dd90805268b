import { expectLevels } from '../../setup/risk-levels.js';

// normalise.ts (session 55, red team 242): "dye" spelled "die" before one's hair and a colour.

describe('crisis language: dye spelled die', () => {
  it('reads dyeing hair a colour as ordinary', () => {
    expectLevels({
      'im dying my hair black this weekend cant wait': 'low',
      'my mum will kill me if i die my hair green before my cousins wedding': 'low',
      'nataka ku-die nywele zangu red kabla ya graduation': 'low',
    });
  });

  it('keeps a wish to die beside hair, a funeral of one’s own or a run-on sentence', () => {
    expectLevels({
      'i am dying my hair black for my own funeral': 'medium',
      'i want to die my hair is grey from stress': 'medium',
      'i want to die my life is black and empty': 'medium',
    });
  });
});
