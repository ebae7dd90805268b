import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';
import { features, learnedIdeation, type LearnedModel } from '../../../processors/risk/language/learned.js';

const model: LearnedModel = { bias: -3, threshold: 0.7, weights: { easy: 2, easy_way: 2, way_out: 1.5 } };

describe('the learned layer of crisis language', () => {
  it('reads words and word pairs as the rules normalise them, never a masked method', () => {
    expect(features("I'm taking the [method] way")).to.have.members([
      'i',
      'am',
      'taking',
      'the',
      'way',
      'i_am',
      'am_taking',
      'taking_the',
      'the_way',
    ]);
  });

  it('speaks from its threshold, showing the clause that weighs most, not the whole text', () => {
    const found = learnedIdeation('Work was long today. I keep thinking of the easy way out', model);
    expect(found?.p).to.be.above(0.7);
    expect(found?.span).to.equal('I keep thinking of the easy way out');
    expect(learnedIdeation('Work was long today, the way home was slow', model)).to.equal(undefined);
  });

  it('raises a text no rule reads to medium at most, never to high', () => {
    for (const text of ['ni bora niende tu sitaki kuwa mzigo tena', 'i just want to sleep and never come back']) {
      const factors = crisisLanguageFactors(text);
      const learned = factors.filter((f) => f.code === 'learned_ideation');
      if (learned.length) expect(combine(factors).level).to.equal('medium');
      expect(combine(factors).level).to.not.equal('high');
    }
  });

  it('stays silent where a rule read the words: a negation or someone else’s wish stands', () => {
    for (const text of ["I don't want to die", 'my friend wants to die', 'usijiue rafiki yangu']) {
      expect(crisisLanguageFactors(text).map((f) => f.code)).to.not.include('learned_ideation');
    }
  });
});
