import { expect } from 'chai';
import { combine, RISK_LEVELS, type RiskLevel } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

// A review of the thirteenth session's changes (fold.ts, normalise.ts aliases and "you know", detect.ts everyday window).
// Wordings are those of the labelled sets (bench/eval/data/risk, test/fixtures/risk) or of the code's own comments,
// with only a pause, an apostrophe form or word order changed.

const level = (text: string): RiskLevel => combine(crisisLanguageFactors(text)).level;
const rank = (l: RiskLevel) => RISK_LEVELS.indexOf(l);

describe('crisis language after the folding review: "you know" said in passing (normalise.ts YOU_KNOW, detect.ts)', () => {
  // Read as a clause break, the pause once cut a negation or a subject off the words after it.
  for (const [paused, plain] of [
    [
      'i am not you know suicidal just really stressed about exams',
      'i am not suicidal just really stressed about exams',
    ],
    ['i would never you know kill myself i love my kids too much', 'i would never kill myself i love my kids too much'],
    [
      'i dont want to you know kill myself i just need someone to talk to',
      'i dont want to kill myself i just need someone to talk to',
    ],
    ['My you know friend attempted suicide a couple days ago.', 'My friend attempted suicide a couple days ago.'],
    [
      'I recently lost a you know friend to suicide. How can I handle this better?',
      'I recently lost a friend to suicide. How can I handle this better?',
    ],
  ] as Array<[string, string]>)
    it(`does not raise an ordinary text for a pause: "${paused}"`, () => {
      expect(level(plain)).to.equal('low');
      expect(level(paused)).to.equal('low');
    });

  // The joined reading once left a run of spaces ("i wont   to die"), and the alias "won't to" -> "want to" missed it.
  it('keeps a crisis when the pause falls inside an alias: "i wont you know to die"', () => {
    expect(level('i wont to die')).to.equal('medium');
    expect(rank(level('i wont you know to die'))).to.be.at.least(rank('medium'));
  });

  // Tiers equal (none/none): a reading with the pause as a clause break once won though it held fewer factors.
  for (const [paused, plain] of [
    [
      'i used to want you know to die, i used to cut, nobody would miss me',
      'i used to want to die, i used to cut, nobody would miss me',
    ],
    [
      'nilipokuwa mdogo nilitaka you know kufa, nilipokuwa shule nilijaribu kujiua',
      'nilipokuwa mdogo nilitaka kufa, nilipokuwa shule nilijaribu kujiua',
    ],
  ] as Array<[string, string]>)
    it(`does not lower a labelled crisis for a pause: "${paused}"`, () => {
      expect(level(plain)).to.equal('medium');
      expect(rank(level(paused))).to.be.at.least(rank(level(plain)));
    });
});

describe('crisis language after the folding review: acute accent typed as an apostrophe (fold.ts)', () => {
  // NFKD turns "´" (U+00B4) into a space and a combining mark before APOSTROPHES runs: "can´t" becomes "can t".
  for (const [acute, plain] of [
    ['i can´t go on anymore', "i can't go on anymore"],
    ['i´ll kill myself', "i'll kill myself"],
    ['life´s not worth living', "life's not worth living"],
    ['i won´t be here tomorrow', "i won't be here tomorrow"],
  ] as Array<[string, string]>)
    it(`does not lower a crisis typed with ´: "${acute}"`, () => {
      expect(level(acute)).to.equal(level(plain));
    });

  it('does not raise a denial typed with ´', () => {
    expect(level('i don´t want to kill myself i just need someone to talk to')).to.equal('low');
  });
});

describe('crisis language after the folding review: the new "ill" alias (normalise.ts)', () => {
  // "the terminally ill die" becomes "the terminally i will die" (only the listed words before "ill" are excluded).
  it('does not read "the terminally ill die" as the speaker', () => {
    expect(level('at the hospice the terminally ill die peacefully with their families')).to.equal('low');
    expect(level('without treatment many ill die before they reach hospital')).to.equal('low');
  });
});

describe('crisis language after the folding review: everyday senses read only beside the cue (detect.ts near, cues-means.ts EVERYDAY_MANNER)', () => {
  // Each was low at cdfb977 (the whole clause was read for EVERYDAY); the manner words must now be within 4 words
  // before the cue and be phrased exactly ("while cooking", not "i was cooking").
  for (const text of [
    'i was cooking and i cut my wrist',
    'i was cleaning up broken glass and cut my wrist',
    'by mistake last night after a long day at work i took too many pills',
  ])
    it(`keeps an accident report low: "${text}"`, () => {
      expect(level(text)).to.equal('low');
    });
  // Many pills swallowed "kwa bahati mbaya" (unfortunately, or by accident): the sixth warning reading asks a clinician to look.
  it('asks a clinician to look at many pills swallowed "kwa bahati mbaya"', () => {
    expect(level('kwa bahati mbaya jana jioni nyumbani nilimeza vidonge vingi')).to.equal('high');
  });
});

describe('crisis language after the folding review: trailing fillers and placeholders taken off word by word (normalise.ts)', () => {
  const N = 20000;
  const fill = (s: string) => s.repeat(Math.ceil(N / s.length)).slice(0, N);
  for (const [name, text] of [
    ['"ok" repeated, then a word', 'i am fine' + fill(' ok') + ' x'],
    ['placeholders repeated, then a word', 'i am fine ' + fill('[name] ') + 'x'],
  ] as const)
    it(`reads 20,000 characters of ${name} and reads it as no crisis (bench/eval/risk-invariance times such inputs)`, () => {
      expect(level(text)).to.equal('low');
    });
});
