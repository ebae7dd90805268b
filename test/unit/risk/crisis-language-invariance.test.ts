import { expect } from 'chai';
import { combine, RISK_LEVELS } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

// The same crisis, however it was typed, pasted or heard, keeps its level (a review's invariance sweep over every
// labelled crisis; pairs are [as in the data sets, as it may also arrive]).

const level = (t: string) => combine(crisisLanguageFactors(t)).level;
const atLeast = (t: string, than: string) =>
  expect(RISK_LEVELS.indexOf(level(t)), `${JSON.stringify(t)}: ${level(t)} < ${level(than)}`).to.be.at.least(
    RISK_LEVELS.indexOf(level(than)),
  );

const SAME: Record<string, Array<[string, string]>> = {
  'runs of spaces, tabs, no-break and narrow spaces': [
    ['i wont to kill myself', 'i  wont  to  kill  myself'],
    ['i wont to kill myself', 'i\twont\tto\tkill\tmyself'],
    ["I'm close to offing myself.", "I'm close to offing\u202fmyself."],
  ],
  'apostrophe look-alikes (modifier letter, prime, full-width)': [
    ["I'd rather be dead.", 'I\u02bcd rather be dead.'],
    ["and then I'll just end it.", 'and then I\u2032ll just end it.'],
    ["and then I'll just end it.", 'and then I\uff07ll just end it.'],
  ],
  'invisible characters inside a word (zero-width space and joiner, soft hyphen, word joiner)': [
    ['I hope I never wake up.', 'I h\u200bope I never wake up.'],
    ["I'm gonna kill myself.", "I'm g\u00adonna kill myself."],
    ["I'm gonna kill myself.", "I'm gonna ki\u200dll myself."],
    ['I hope I never wake up.', 'I hope I ne\u2060ver wake up.'],
  ],
  'a zero-width space standing for a space between words': [
    ['I want to die.', 'I want to\u200bdie.'],
    ['I hope I never wake up.', 'I hope I never wake\u200bup.'],
    ["I'm gonna kill myself.", "I'm\u200bgonna kill myself."],
    ['Bora ningekuwa nimededi tu msee.', 'Bora\u200bningekuwa nimededi tu msee.'],
  ],
  'full-width and styled letters, marks on letters': [
    ["I'm gonna kill myself.", '\uff29\uff07\uff4d\u3000\uff47\uff4f\uff4e\uff4e\uff41 kill myself\uff0e'],
    ['I hope I never wake up.', 'I hope I neve\u0301r wake up.'],
    ["I'm gonna kill myself.", "I'm gonna kill mys\u00e9lf."],
  ],
  'a filler, placeholder or heart closing the clause': [
    ['Maybe I should just end it', 'Maybe I should just end it okay'],
    ['Maybe I should just end it', 'Maybe I should just end it so yeah'],
    ['kila time nimekuwa nikiwaza kujitoa', 'kila time nimekuwa nikiwaza kujitoa [phone]'],
    ['i will just finish myself', 'i will just finish myself \u2764\ufe0f'],
  ],
  '"you know" and "thank you" said in passing': [
    [
      'on some days i have suicidal thoughts out of nowhere',
      'on some days i have suicidal thoughts out of nowhere you know',
    ],
    [
      'on some days i have suicidal thoughts out of nowhere',
      'on some days i have suicidal thoughts out of nowhere Thank you.',
    ],
    ['i even started plotting my suicide again', 'i even started plotting my suicide again you know'],
  ],
  // Cooking, glass, by mistake told earlier still explain what follows (an accident): the everyday manner words.
  'an errand, a match or a cough told before it in the same run-on clause': [
    ['I tried to hang myself last night', 'leo nilienda sokoni I tried to hang myself last night'],
    ['i want to shoot myself honestly', 'we watched football and i want to shoot myself honestly'],
  ],
  'hesitations and "you know" inside a phrase': [
    ["I'm gonna kill myself.", "I'm gonna um kill myself."],
    ['i want to end my life', 'i want to you know end my life'],
    ['since i decided, nimelipa madeni yote', 'since i decided you know nimelipa madeni yote'],
  ],
  'someone else named earlier in a run-on clause, before a Swahili first-person verb': [
    ['bora ningekuwa nimekufa', 'mama yangu ni mgonjwa na bora ningekuwa nimekufa'],
    ['Nimekuwa na mawazo ya kujiua', 'my mother is sick and Nimekuwa na mawazo ya kujiua'],
  ],
  'typed and heard forms ("id", "ill", "tonite", "can not", "any more", "my self")': [
    ["I'd rather be dead.", 'id rather be dead.'],
    ["and then I'll just end it.", 'and then ill just end it.'],
    ['might kill myself tonight', 'might kill myself tonite'],
    ["I can't kuendelea kuishi", 'I can not kuendelea kuishi'],
    ['from tomorrow i wont be here anymore', 'from tomorrow i wont be here any more'],
    ['i tried to finish myself', 'i tried to finish my self'],
  ],
};

describe('crisis language: the same words however they arrive', () => {
  for (const [what, pairs] of Object.entries(SAME))
    it(`keeps a crisis's level through ${what}`, () => {
      for (const [plain, variant] of pairs) atLeast(variant, plain);
    });

  it('reads "someone you know" as someone, not as a pause before a crisis of the speaker', () => {
    expect(level('If you or someone you know is struggling with thoughts of suicide, call the lifeline')).to.equal(
      'low',
    );
  });

  it('still reads an everyday act told with how it happened ("by mistake", "bila kujua", "while shaving")', () => {
    for (const t of [
      'by mistake i drank poison',
      'bila kujua nilikunywa sumu ya panya',
      'while shaving i cut my wrist',
    ])
      expect(level(t), t).to.equal('low');
  });

  it('reads "feel ill" as being unwell', () => {
    expect(level('I feel ill just thinking about the exam')).to.equal('low');
  });
});
