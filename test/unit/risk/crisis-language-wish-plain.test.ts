import { expectLevels } from '../../setup/risk-levels.js';

// Plain wishes and thoughts the rules missed (cues-wish-plain.ts; review 110).

describe('crisis language: plain wishes and thoughts', () => {
  it('reads not seeing the morning prayed for, envy of the dead, an illness or a car hoped for, as a wish', () => {
    expectLevels({
      'i pray every night that i do not see the morning': 'medium',
      'i envy the people who die in their sleep i wish it was me': 'medium',
      'sometimes i hope the sickness takes me quickly so i can finally rest': 'medium',
      'hata gari likinigonga leo njiani sitajali kabisa': 'medium',
      'mungu achukue tu roho yangu nimechoka na hii maisha yote': 'medium',
    });
  });

  it('reads thinking one should end it oneself, or of ways to die, as active thoughts', () => {
    expectLevels({
      'the loan app people shamed me now i keep thinking i should just end it myself': 'high',
      'at night i lie awake thinking of ways to die': 'high',
    });
  });

  it('reads wishing one’s mother had not borne one as a wish not to have been born', () => {
    expectLevels({
      'i wish my mom had aborted me': 'medium',
      'honestly my mother should have aborted me': 'medium',
      'i wish my mum had never had me at all': 'medium',
      'eh bora mama angetoa mimba yangu tu nisingezaliwa kuleta shida hizi zote nyumbani': 'medium',
      'laiti mama yangu asingenizaa': 'medium',
      // Review 188.
      'uh so um basically i wish my mother had um never had me you know like i mean that': 'medium',
      'i wish my mom had ended the pregnancy when she had the chance. i feel that every single day now': 'medium',
      'heri mama yangu angeavya mimba yangu nisingeteseka hivi': 'medium',
      'maze ni kama mathe angeniabort tu hii life imenishinda kabisa': 'medium',
      'mbona mama alinizaa sasa najuta kuzaliwa kila siku': 'medium',
      'i should never have been born, my parents should have stopped at two kids and not had me': 'medium',
      "i wish i'd never been born , seriously , i wake up every morning wishing that": 'medium',
      // The code review's.
      'i wish my mom had never had me because i ruin everything': 'medium',
      "my mom should've just aborted me": 'medium',
      'i wish my mom never had me': 'medium',
      'i wish my parents had aborted me': 'medium',
      'i always wish my mom had aborted me': 'medium',
      'wish my mom had aborted me': 'medium',
    });
  });

  it('leaves a young mother, a sibling’s pregnancy, a birth story, a date and another’s words as they were', () => {
    expectLevels({
      'i wish my mom had not had me so young she missed college': 'low',
      'i wish my mom had never had me so young': 'low',
      'natamani mama yangu asingenizaa mapema hivyo, angemaliza shule kwanza': 'low',
      'bora mama angetoa mimba ya kaka yangu': 'low',
      'heri mama angetoa mimba hiyo, hatuwezi lisha mtoto mwingine': 'low',
      'i wish my mom had ended the pregnancy with my little brother, he is so annoying': 'low',
      'my mom never had me in that school': 'low',
      'i should have been born in the 80s': 'low',
      'najuta kuzaliwa mwezi wa december kwa sababu ya baridi': 'low',
      'he said my mom should have aborted me': 'low',
      'my mom should have aborted me that is what my dad keeps saying': 'low',
    });
  });

  it('leaves the morning traffic, results, soldiers and another’s words as they were', () => {
    expectLevels({
      'i pray that i dont see the morning traffic': 'low',
      'i envy people who died for their country': 'low',
      'my friend said i hope the sickness takes me': 'low',
    });
  });
});
