import { expectLevels } from '../../setup/risk-levels.js';

// reading.ts (session 54, red team 234): "… never had them never will" says the denial again; its "will" is no plan.

describe('crisis language: never will, after a denial', () => {
  it('reads never will after a denial as the denial said again', () => {
    expectLevels({
      'no thoughts of suicide never had them never will im just exhausted from night shifts at the hospital': 'low',
      'i have no thoughts of suicide and never will i just need sleep': 'low',
    });
  });

  it('keeps a plan or readiness told after it', () => {
    expectLevels({
      'no thoughts of suicide never had them never will but tonight i will do it': 'critical',
      'no thoughts of suicide never will im ready now': 'critical',
    });
  });
});
