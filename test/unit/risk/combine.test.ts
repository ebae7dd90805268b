import { expect } from 'chai';
import { combine, type RiskFactor } from '../../../processors/risk/combine.js';

// A small seeded generator: the property runs over the same 2 000 random cases every time.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}
const TIERS = [undefined, 'none', 'passive', 'active', 'plan', 'behaviour'] as const;

describe('combining the risk layers', () => {
  it('never lowers the score, level or tier when any factor is added (2 000 random cases)', () => {
    const next = random(20261201);
    const factor = (): RiskFactor => ({
      layer: ['language', 'moderation', 'emotion', 'dissonance', 'baseline'][Math.floor(next() * 5)]!,
      code: 'x',
      weight: next() < 0.2 ? 0 : next(),
      ...(next() < 0.3 ? { tier: TIERS[Math.floor(next() * TIERS.length)] } : {}),
    });
    const order = ['low', 'medium', 'high', 'critical'];
    for (let i = 0; i < 2000; i++) {
      const base = Array.from({ length: Math.floor(next() * 6) }, factor);
      const more = [...base, factor()];
      const [a, b] = [combine(base), combine(more)];
      expect(b.score, JSON.stringify(more)).to.be.at.least(a.score);
      expect(order.indexOf(b.level)).to.be.at.least(order.indexOf(a.level));
    }
  });

  it('lets a sad voice or a deviating baseline raise, never lower, a passive wish', () => {
    const wish: RiskFactor = { layer: 'language', code: 'ideation_passive', weight: 0.35, tier: 'passive' };
    const alone = combine([wish]);
    const withVoice = combine([wish, { layer: 'emotion', code: 'sad_voice', weight: 0.15 }]);
    expect(alone.level).to.equal('medium');
    expect(withVoice.score).to.be.above(alone.score);
  });

  it('is low with no factors, and critical from a plan whatever else is there', () => {
    expect(combine([])).to.deep.equal({ score: 0, level: 'low', tier: 'none' });
    const plan = combine([{ layer: 'language', code: 'ideation_plan', weight: 0.9, tier: 'plan' }]);
    expect(plan).to.include({ level: 'critical', tier: 'plan' });
  });
});
