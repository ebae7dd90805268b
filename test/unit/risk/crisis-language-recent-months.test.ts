import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// Session 36 (RULES.md, "Within three months"): "two months ago" read as history, low, while "a month ago" and
// "three weeks ago" read as recent, critical; the C-SSRS screener asks about behaviour in the past three months.
describe('crisis language: an act within the past three months', () => {
  it('reads an attempt two or three months ago as recent behaviour', () => {
    expect(level('i tried to kill myself two months ago')).to.equal('critical');
    expect(level('i tried to kill myself 2 months ago')).to.equal('critical');
    expect(level('a couple of months ago i tried to kill myself')).to.equal('critical');
    expect(level('i tried to kill myself three months ago. i was in hospital for a week')).to.equal('critical');
    expect(level('nilijaribu kujiua miezi miwili iliyopita lakini sasa niko sawa')).to.equal('critical');
    expect(level('nilijaribu kujiua mwezi uliopita lakini sasa niko sawa')).to.equal('critical');
  });

  it('keeps it recent when the person says they are better now, as an attempt a month ago is', () => {
    expect(level('i tried to kill myself two months ago but now i am in a good place')).to.equal(
      level('i tried to kill myself last month but now i am in a good place'),
    );
  });

  it('still reads longer ago as history', () => {
    expect(level('i tried to kill myself six months ago')).to.equal('low');
    expect(level('12 months ago, i tried to kill myself')).to.equal('low');
    expect(level('i tried to kill myself months ago')).to.equal('low');
    expect(level('nilijaribu kujiua miezi sita iliyopita lakini sasa niko sawa')).to.equal('low');
  });

  it("does not make another person's attempt two months ago the speaker's own", () => {
    expect(level('my cousin tried to kill himself two months ago')).to.not.equal('critical');
  });
});
