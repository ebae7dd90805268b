import { expectLevels } from '../../setup/risk-levels.js';

// detect.ts IF_ANYONE and patterns.ts REPORTED (session 39, red team 170): a teacher's or helper's condition on anyone
// is advice, and a Swahili third-person "amepanga / aliamua" someone else's plan; the speaker's own words stay theirs.
describe('crisis language: a condition on anyone, and plans in the third person', () => {
  it('reads "if anyone has thoughts of suicide talk to me" and "kama mtu yeyote ana mawazo ya kujiua" as advice', () => {
    expectLevels({
      'if anyone has thoughts of suicide please talk to me': 'low',
      'nimewaambia kama mtu yeyote ana mawazo ya kujiua au kujidhuru asiache kuongea aje kwangu': 'low',
      'if you ever feel suicidal call the helpline': 'low',
    });
  });

  it('keeps the speaker’s own words after such a condition', () => {
    expectLevels({
      'if anyone cares i have thoughts of suicide': 'high',
      'kama mtu angejua nataka kujiua': 'high',
      'if someone asks i want to die': 'medium',
    });
  });

  it('reads a plan or decision in the Swahili third person as someone else’s', () => {
    expectLevels({
      'kijana mmoja who told me alikuwa amepanga kujiua last year': 'low',
      'amepanga kujiua': 'low',
      'nimepanga kujiua': 'critical',
    });
  });
});
