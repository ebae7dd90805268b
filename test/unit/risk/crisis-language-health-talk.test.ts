import { expect } from 'chai';
import { floorsFrom, gradedBelow, languageLevel } from '../../setup/risk-levels.js';

// Crises told inside everyday talk of doctors, tests, bills and illness (RULES.md, "A check on the first"). The first
// learned reading now speaks only where a check fitted also on real Kenyan answers about doctors agrees; a red team of
// 200 such crises, written blind to aim at that check, lost none to it. Each statement raised must keep the level the
// session left it at (133; the other 67 are still missed and counted in bench/eval/risk-probes.ts).
const CASES = floorsFrom(new URL('../../fixtures/risk/redteam12-health-talk.jsonl', import.meta.url));

describe('crisis language: crises told in talk of health and doctors', () => {
  it('holds the red team’s raised crisis statements, each with its floor', () => {
    expect(CASES.length).to.be.greaterThan(100);
  });

  it('grades no crisis statement told in health talk lower than the session left it', () => {
    expect(gradedBelow(CASES)).to.deep.equal([]);
  });

  it('leaves real answers about worry at the doctor’s low', () => {
    // Dev-half answers of the Kenyan survey (bench/eval/data/risk/KENYA.md) that the first learned reading raised.
    for (const answer of [
      'Kawaida ya binadamu anapotembelea daktari lazima roho itetemeke, haswa wakati nangojea vipimo kuna hio wasiwasi haujui yatakayojiri',
      'Wakati mwingine ninapoona wagonjwa wengine ambao wako katika hali mbaya zaidi huwa napata hofu kiasi. Pia, hofu uniingia wakati gharama ya matibabu inatolewa.',
    ])
      expect(languageLevel(answer)).to.equal('low');
  });
});
