import { expect } from 'chai';
import { EMOTIONS } from '../../../lib/results/emotion.js';
import { detectLanguage, lexiconEmotion } from '../../../processors/emotion/text/index.js';

const sumOf = (c: Record<string, number>) => Object.values(c).reduce((s, x) => s + x, 0);

describe('lexicon text emotion: negation', () => {
  const negatedPositive: Array<[string, 'en' | 'sw' | 'auto']> = [
    ['sina furaha', 'sw'],
    ['si mzuri', 'sw'],
    ['sijisikii vizuri', 'sw'],
    ['sifurahi', 'sw'],
    ['hajafurahi', 'sw'],
    ['sio poa', 'sw'],
    ['hakuna furaha', 'sw'],
    ['i am not happy', 'en'],
    ["i don't feel good", 'en'],
    ['nothing makes me happy anymore', 'en'],
  ];
  for (const [text, lang] of negatedPositive) {
    it(`reads "${text}" as sad with negative valence, not happy`, () => {
      const r = lexiconEmotion(text, lang);
      expect(r.label).to.equal('sad');
      expect(r.valence).to.be.below(0);
      expect(r.categories.happy).to.equal(0);
    });
  }
  for (const [text, lang] of [
    ['sina wasiwasi', 'sw'],
    ['i am not sad', 'en'],
    ['not worried at all', 'en'],
    ['siogopi', 'sw'],
  ] as const) {
    it(`reads negated negative "${text}" as neutral with valence ≥ 0`, () => {
      const r = lexiconEmotion(text, lang);
      expect(r.label).to.equal('neutral');
      expect(r.valence).to.be.at.least(0);
    });
  }
  it('keeps a negator from reaching past a clause break', () => {
    expect(lexiconEmotion('not today. i am happy', 'en').label).to.equal('happy');
  });
  it('reads "sina nguvu" (no strength) as sad, a phrase led by a negator', () => {
    expect(lexiconEmotion('sina nguvu kabisa', 'sw').label).to.equal('sad');
  });
});

describe('lexicon text emotion: intensifiers, stretched letters and emoji', () => {
  const pairs: Array<[string, string, 'en' | 'sw']> = [
    ['sad', 'very sad', 'en'],
    ['sad', 'sooo sad', 'en'],
    ['sad', 'saaaad', 'en'],
    ['nimechoka', 'nimechoka sana', 'sw'],
    ['nimechoka', 'nimechoka mbaya', 'sw'],
    ['nimechoka', 'nimechoka kabisa', 'sw'],
    ['happy', 'extremely happy', 'en'],
  ];
  for (const [plain, strong, lang] of pairs) {
    it(`scores "${strong}" stronger than "${plain}"`, () => {
      expect(Math.abs(lexiconEmotion(strong, lang).valence)).to.be.above(Math.abs(lexiconEmotion(plain, lang).valence));
    });
  }
  it('reads "mbaya" alone as a bad thing, not an intensifier', () => {
    expect(lexiconEmotion('hali ni mbaya', 'sw').valence).to.be.below(0);
  });
  const emoji: Array<[string, string]> = [
    ['😂', 'happy'],
    ['😊', 'happy'],
    ['❤️', 'happy'],
    ['😭', 'sad'],
    ['💔', 'sad'],
    ['😡', 'angry'],
    ['🤬', 'angry'],
    ['😱', 'fear'],
    ['😰', 'fear'],
    ['😲', 'surprise'],
    ['🤮', 'disgust'],
  ];
  for (const [e, label] of emoji) {
    it(`reads ${e} as ${label}`, () => expect(lexiconEmotion(`leo ${e}`, 'auto').label).to.equal(label));
  }
});

describe('lexicon text emotion: code-switching and Sheng', () => {
  const cases: Array<[string, string]> = [
    ['leo nimefurahi sana because my exams went well', 'happy'],
    ['niko down sana siku hizi', 'sad'],
    ['nimeboeka na hii life', 'sad'],
    ['niko msotoni this month', 'sad'],
    ['nimestress juu ya exams', 'sad'],
    ['naogopa sana kesho', 'fear'],
    ['nimekasirika because they lied to me', 'angry'],
    ['nimeshangaa kumbe alikuja', 'surprise'],
    ['i feel so lonely na sina mtu wa kuongea naye', 'sad'],
  ];
  for (const [text, label] of cases) {
    it(`reads "${text}" as ${label}`, () => expect(lexiconEmotion(text, 'auto').label).to.equal(label));
  }
  it('does not read "sijui" (I don\'t know) or "mbogi" as emotion', () => {
    expect(lexiconEmotion('sijui mbogi iko wapi', 'sw').cues).to.equal(0);
  });
});

describe('lexicon text emotion: reassurance is not positive emotion', () => {
  const cases: Array<[string, string[]]> = [
    ['niko sawa', ['niko sawa']],
    ['ni sawa tu', ['ni sawa tu']],
    ['niko poa', ['niko poa']],
    ['sijambo', ['sijambo']],
    ['hakuna matata', ['hakuna matata']],
    ["I'm fine", ["i'm fine"]],
    ['im okay', ["i'm okay"]],
    ['all good just tired', ['all good', 'just tired']],
    ['no problem', ['no problem']],
  ];
  for (const [text, phrases] of cases) {
    it(`returns "${text}" as reassurance with valence 0 and label neutral`, () => {
      const r = lexiconEmotion(text, 'auto');
      expect(r.reassurance).to.deep.equal(phrases);
      expect(r.valence).to.equal(0);
      expect(r.label).to.equal('neutral');
    });
  }
  it('keeps the reassurance and still reads the distress after "lakini"', () => {
    const r = lexiconEmotion('niko sawa tu lakini nimechoka sana na sina furaha', 'sw');
    expect(r.reassurance).to.include('niko sawa tu');
    expect(r.label).to.equal('sad');
    expect(r.evidence).to.include('sina furaha');
  });
  it('reads "i\'m not fine" as sad, not as reassurance', () => {
    const r = lexiconEmotion("i'm not fine", 'en');
    expect(r.reassurance).to.deep.equal([]);
    expect(r.label).to.equal('sad');
  });
});

describe('lexicon text emotion: language detection', () => {
  const cases: Array<[string, string]> = [
    ['nimechoka sana na sijui nifanye nini', 'sw'],
    ['i have been feeling tired and low this week', 'en'],
    ['leo nimefurahi sana because my exams went well', 'mixed'],
    ['', 'unknown'],
    ['😭😭', 'unknown'],
    ['[inaudible]', 'unknown'],
  ];
  for (const [text, lang] of cases) {
    it(`detects "${text}" as ${lang}`, () => expect(detectLanguage(text)).to.equal(lang));
  }
  it('reports the detected language when asked for auto, and the given one otherwise', () => {
    expect(lexiconEmotion('niko sawa', 'auto').language).to.equal('sw');
    expect(lexiconEmotion('niko sawa', 'en').language).to.equal('en');
  });
});

describe('lexicon text emotion: empty input, shape and limits', () => {
  for (const text of ['', '   ', '[inaudible]', '...', '(laughs)', 'hmm']) {
    it(`returns neutral with no cues for ${JSON.stringify(text)}`, () => {
      const r = lexiconEmotion(text, 'auto');
      expect(r.categories.neutral).to.equal(1);
      expect(r.valence).to.equal(0);
      expect(r.cues).to.equal(0);
      expect(r.label).to.equal('neutral');
    });
  }
  const texts = ['very sad 😭 but happy', 'nimechoka, naogopa, nimekasirika, kinyaa, wow, furaha', 'ok', 'i hate this'];
  for (const text of texts) {
    it(`gives all 7 categories summing to 1 and valence in [-1, 1] for "${text}"`, () => {
      const r = lexiconEmotion(text, 'auto');
      expect(Object.keys(r.categories)).to.have.members([...EMOTIONS]);
      expect(sumOf(r.categories)).to.be.closeTo(1, 0.005);
      expect(r.valence).to.be.within(-1, 1);
    });
  }
  it('keeps evidence to at most 8 short spans, never the whole text', () => {
    const text = 'sad angry scared happy disgusted surprised lonely furious terrified '.repeat(5);
    const r = lexiconEmotion(text, 'en');
    expect(r.evidence.length).to.be.at.most(8);
    for (const e of r.evidence) expect(e.length).to.be.at.most(40);
    expect(r.evidence).to.not.include(text.trim());
  });
  it('returns on a 100 kB adversarial input (long runs, brackets, apostrophes, emoji)', () => {
    const parts = [
      "'".repeat(20_000),
      'a'.repeat(20_000),
      '[' + 'x '.repeat(5_000),
      'not '.repeat(2_000),
      '😭'.repeat(5_000),
    ];
    const r = lexiconEmotion(parts.join(' '), 'auto');
    expect(sumOf(r.categories)).to.be.closeTo(1, 0.005);
    const r2 = lexiconEmotion('sana '.repeat(20_000), 'sw');
    expect(r2.cues).to.equal(0);
  });
});

describe('lexicon text emotion: words that are object properties, faces and brackets', () => {
  it('rates a text with "constructor" or any other name of an object property instead of throwing', () => {
    // Contractions were looked up in a plain object: "constructor" found a function there and the stage threw.
    expect(lexiconEmotion('my husband is a constructor and he has not paid me, i am so sad', 'auto').label).to.equal(
      'sad',
    );
    for (const name of Object.getOwnPropertyNames(Object.prototype).flatMap((n) => [n, n.toLowerCase()])) {
      const r = lexiconEmotion(`${name} nimechoka sana ${name} i am sad`, 'auto');
      expect(sumOf(r.categories), name).to.be.closeTo(1, 0.005);
    }
  });

  it('reads the words after a sad face ":(" instead of skipping them as a non-speech marker', () => {
    const r = lexiconEmotion('ugh :( i am very sad and hopeless', 'auto');
    expect(r.label).to.equal('sad');
    expect(r.valence).to.be.below(-0.6);
    expect(lexiconEmotion('leo :( nimechoka sana, sina furaha', 'auto').label).to.equal('sad');
  });

  it('reads the words after a heart "<3" and after a bracket that no closer follows', () => {
    expect(lexiconEmotion('i love you <3 i am very sad and hopeless', 'auto').valence).to.be.below(0);
    expect(lexiconEmotion('(side note i am very sad and hopeless today and every day since', 'auto').label).to.equal(
      'sad',
    );
  });

  it('still skips a short non-speech marker such as "(laughs)" or "[inaudible]"', () => {
    expect(lexiconEmotion('(sad music) i am happy', 'auto').label).to.equal('happy');
    expect(lexiconEmotion('[crying] i am happy', 'auto').label).to.equal('happy');
  });
});
