import { expect } from 'chai';
import { distribution } from '../../../processors/emotion/categories.js';
import { EMOTIONS, type Emotion } from '../../../lib/results/emotion.js';

const weights = (w: Partial<Record<Emotion, number>>) =>
  Object.fromEntries(EMOTIONS.map((e) => [e, w[e] ?? 0])) as Record<Emotion, number>;
const sum = (c: Record<Emotion, number>) => EMOTIONS.reduce((s, e) => s + c[e], 0);

describe('the stored distribution over the seven emotions', () => {
  it('sums to exactly 1 after rounding, thirds included, the drift going to the label', () => {
    const { categories, label } = distribution(weights({ happy: 1, sad: 1, fear: 1 }));
    expect(sum(categories)).to.equal(1);
    expect(label).to.equal('happy');
    expect(categories.happy).to.equal(0.334);
  });

  it('scales weights that do not sum to 1 and labels the largest', () => {
    const { categories, label } = distribution(weights({ neutral: 0.3, angry: 2.7 }), 4);
    expect(categories).to.include({ neutral: 0.1, angry: 0.9 });
    expect(label).to.equal('angry');
  });

  it('reads no weight at all as neutral', () => {
    expect(distribution(weights({}))).to.deep.equal({ categories: weights({ neutral: 1 }), label: 'neutral' });
  });

  it('reads weights that are not numbers (NaN, Infinity) as neutral instead of recursing', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY])
      expect(distribution(weights({ sad: bad, happy: 0.2 }))).to.deep.equal({
        categories: weights({ neutral: 1 }),
        label: 'neutral',
      });
  });
});
