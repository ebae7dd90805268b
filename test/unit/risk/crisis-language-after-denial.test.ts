import { expectLevels } from '../../setup/risk-levels.js';

// after-denial.ts (session 54): after a denial and a turn, the learned reading of warning signs reads what follows.

describe('crisis language: what follows a denial and a turn', () => {
  it('reads a plan or farewell told after a denial and a turn', () => {
    expectLevels({
      'im not suicidal but i will do it tonight': 'high',
      'sina mawazo ya kujiua lakini nimeshagawa vitu vyangu vyote kazini': 'high',
      'i am not going to hurt myself but i have already written letters to my children and given my phone to my brother':
        'high',
    });
  });

  it('finds the turn whatever punctuation stands around it, and after a denial said twice', () => {
    expectLevels({
      'im not suicidal but... i have already chosen the day and written the note': 'high',
      'im not suicidal, however, i have already chosen the day and written the note': 'high',
      'im not suicidal. im not suicidal but i have already chosen the day and written the note': 'high',
      'im not suicidal, just tired. but i have already chosen the day and written the note': 'high',
      'im not suicidal but i have already written letters to my children and given my things away. im not suicidal':
        'high',
      'im not suicidal but i want to live and i have already written letters to my children': 'high',
    });
  });

  it('leaves a turn inside a later sentence to that sentence', () => {
    expectLevels({
      'im not suicidal. rent is hard but i have a plan already': 'low',
    });
  });

  it('leaves a denial said again after the turn, and everyday plans, as they are', () => {
    expectLevels({
      'i am not suicidal but i want to live and see my kids grow up': 'low',
      'i have no thoughts of suicide but i will see the doctor tomorrow': 'low',
      'i never tried to kill myself but i want to get better': 'low',
      'im not suicidal today but tomorrow i dont know if i will get the job': 'low',
    });
  });
});
