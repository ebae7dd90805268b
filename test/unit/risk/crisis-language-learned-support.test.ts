import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';
import {
  features,
  IDEATION_MODELS,
  learnedIdeation,
  probability,
  SUPPORT_FROM,
  type LearnedModel,
} from '../../../processors/risk/language/learned.js';
import fifthModel from '../../../processors/risk/language/learned-model-5.json' with { type: 'json' };

// The support on the first learned reading (learned.ts; RULES.md, "Support for the first"): its lone reading counts
// only where the fifth model gives the whole text, a clause or 14 words in a row at least SUPPORT_FROM.

const first: LearnedModel = { bias: -3, threshold: 0.7, weights: { easy: 2, easy_way: 2, way_out: 1.5 } };
const GROCERIES =
  'price sukuma tomato onion maize beans sugar salt flour rice milk bread soap tea eggs meat fish fruit'.split(' ');
const support: LearnedModel = {
  bias: -2,
  threshold: 0.5,
  weights: { out: 2, way_out: 3, ...Object.fromEntries(GROCERIES.map((w) => [w, -0.2])) },
};
const level = (text: string) => combine(crisisLanguageFactors(text)).level;
/** Ordinary words, each a little against the support: 18 of them outweigh the words, the 10 in a window do not. */
const filler = (n: number) => GROCERIES.slice(0, n).join(' ');

describe('the support on the first learned reading', () => {
  it('lets the first model read only where the support reaches its own threshold', () => {
    expect(learnedIdeation('the easy way out', [first])).to.not.equal(undefined);
    expect(learnedIdeation('the easy way out', [{ ...first, support }])).to.not.equal(undefined);
    expect(learnedIdeation('the easy way', [{ ...first, threshold: 0.5, support }])).to.equal(undefined);
  });

  it('reads a clause and 14 words in a row, so ordinary talk beside the words cannot outweigh them', () => {
    for (const beside of [`${filler(18)} the easy way out`, `the easy way out ${filler(18)}`]) {
      expect(probability(support, features(beside)), beside).to.be.below(support.threshold);
      expect(learnedIdeation(beside, [{ ...first, support }]), beside).to.not.equal(undefined);
    }
    const told = `${filler(18)}. the easy way out`;
    expect(learnedIdeation(told, [{ ...first, support }])).to.not.equal(undefined);
  });

  it('ships the fifth model as the support of the first, at SUPPORT_FROM', () => {
    expect(IDEATION_MODELS[0]!.support?.weights).to.equal(fifthModel.weights);
    expect(IDEATION_MODELS[0]!.support?.threshold).to.equal(SUPPORT_FROM);
    expect(SUPPORT_FROM).to.be.greaterThan(0).and.below(fifthModel.threshold);
    for (const m of IDEATION_MODELS.slice(1)) expect(m.support).to.equal(undefined);
  });

  it('leaves at low an answer of no worry at the doctor’s and a post about drinking water that the first raised', () => {
    for (const text of [
      // kenya-dev.jsonl kenya-anx-0727 and train4.jsonl train4-en-0328, both labelled without ideation.
      'Hakuna kitu kinachonifanya nihisi wasiwasi au nihisi tofu ninapotembelea daktari wa matibabu wakati wowote.',
      'Well tomorrow is going to be fun We are out of drinking water and I cannot get more until Wednesday.',
    ]) {
      const { support: _s, check: _c, ...alone } = IDEATION_MODELS[0]!;
      expect(probability(alone, features(text)), text).to.be.at.least(alone.threshold);
      expect(level(text), text).to.equal('low');
    }
  });

  it('keeps at medium a wish the first model alone reads, also after a long answer about the doctor', () => {
    const wish = 'ata sijui kama nataka kuona kesho';
    const answer =
      'Nina ufahamu mkubwa kuelewa ambacho dagitarii amesisitiza ama amesema.lakini wakati mwingine majina ya kibaolojia yaweza kua ngumu kuelewamaana yake';
    expect(learnedIdeation(wish, IDEATION_MODELS.slice(1))).to.equal(undefined);
    expect(level(wish)).to.equal('medium');
    expect(probability(IDEATION_MODELS[0]!.support!, features(`${answer} ${wish}`))).to.be.below(SUPPORT_FROM);
    expect(level(`${answer} ${wish}`)).to.equal('medium');
  });
});
