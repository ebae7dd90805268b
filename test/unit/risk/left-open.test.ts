import { expect } from 'chai';
import { leftOpen, type Around } from '../../../processors/risk/language/left-open.js';
import { expectLevels } from '../../setup/risk-levels.js';

// left-open.ts and its use through plain-denial.ts: a denial left open by what comes right after it. Written from
// reviews 15 and 16's advice for a third attempt, narrowed by reviews 19 and 20 (2026-12-03).

const opening: Around = { earlier: [], before: ' i am not ', cue: ' suicidal ' };
const afterExam: Around = {
  earlier: [' nimepata interview ya kazi kesho '],
  before: ' ',
  cue: ' sina mawazo ya kujiua ',
};

describe('left open: what right after a denial leaves it open', () => {
  it('reads "not today" or "not yet" ending the text after a denial of suicide as leaving it open', () => {
    expect(leftOpen(' well not today anyway ', opening)).to.equal(true);
    expect(leftOpen(' not yet ', opening)).to.equal(true);
  });

  it('reads tomorrow unknown ending the text after a denial that opens it as leaving it open', () => {
    expect(leftOpen(' kesho sijui ', opening)).to.equal(true);
    expect(leftOpen(' kesho sijui ', afterExam)).to.equal(false);
  });

  it('reads the same words said of something else, or with more after them, as no more than they say', () => {
    expect(leftOpen(' not today not ever ', opening)).to.equal(false);
    expect(leftOpen(' not today ', { earlier: [], before: ' i ', cue: ' dont want to die ' })).to.equal(false);
    expect(leftOpen(' kesho sijui kama nitapata kazi ', opening)).to.equal(false);
    expect(leftOpen(' but theyre back ', opening)).to.equal(false);
  });
});

describe('left open: levels', () => {
  it('raises a denial left open', () => {
    expectLevels({
      "I'm not suicidal, not yet": 'high',
      'I have no thoughts of suicide. Well, not today anyway.': 'high',
      'sina mawazo ya kujiua. kesho sijui': 'critical',
    });
  });

  it('leaves a denial that stands low', () => {
    expectLevels({
      "I'm not suicidal. Not today, not ever.": 'low',
      'Nimepata interview ya kazi kesho, sina mawazo ya kujiua. Kesho sijui.': 'low',
      'sina mawazo ya kujiua. kesho sijui kama nitapata kazi': 'low',
      "I almost got hit by a matatu today, I don't want to die, not today!": 'low',
      'kodi ya nyumba imenishinda tena mwezi huu sina mawazo ya kujiua lakini mawazo yamerudi': 'low',
    });
  });
});
