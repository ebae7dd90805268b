import { expectLevels } from '../../setup/risk-levels.js';

// plain-denial.ts and reading.ts (session 56, a code review): a plain denial taken back by an exception or "but now i
// do", and "never thought i would" read as an expectation proved wrong, not a denial.

describe('crisis language: a plain denial taken back', () => {
  it('reads an exception or "but now i do" after a denial as taking it back', () => {
    expectLevels({
      'i have never thought of suicide except at night': 'high',
      'sina mawazo ya kujiua isipokuwa usiku': 'high',
      'i have never wanted to kill myself but now i do': 'high',
    });
  });

  it('reads "never thought i would" as an admission', () => {
    expectLevels({
      'i never thought i would want to kill myself': 'high',
      'sijawahi kufikiria nitataka kujiua': 'high',
    });
  });

  it('keeps the denial where the exception or "now" is about something else', () => {
    expectLevels({
      'im not suicidal. i like all foods except when they are spicy': 'low',
      'i am not suicidal but now i am tired of work': 'low',
      'i dont think i would ever kill myself': 'low',
    });
  });
});
