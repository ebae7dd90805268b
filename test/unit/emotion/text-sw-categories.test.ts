import { expect } from 'chai';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TUNING, lexiconEmotion } from '../../../processors/emotion/text/index.js';

// The Swahili category classifier (translated XED, processors/emotion/text/sw-classifier.ts swCategoryLogits): it
// adds category mass to Swahili and mixed text, never to English, and never reads reassurance.

const generated = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../processors/emotion/text/lexicons/learned/sw-categories.ts',
);

/** The scorer's result with the Swahili category classifier switched off. */
function without(text: string, language: 'en' | 'sw' | 'auto') {
  const saved = TUNING.swLearnedCategory;
  TUNING.swLearnedCategory = 0;
  try {
    return lexiconEmotion(text, language);
  } finally {
    TUNING.swLearnedCategory = saved;
  }
}

describe('lexicon text emotion: Swahili category classifier', () => {
  it('names the emotion of Swahili lines no hand list knows: a threat angry, "mbona…" surprise', () => {
    for (const [text, label] of [
      ['nitakuua wewe', 'angry'],
      ['mbona umefanya hivyo', 'surprise'],
    ] as const) {
      const r = lexiconEmotion(text, 'sw');
      expect(r.cues, text).to.equal(0);
      expect(r.label, text).to.equal(label);
      expect(without(text, 'sw').label, text).to.equal('neutral');
    }
  });

  it('leaves the valence to the hand cues and the AfriSenti classifier', () => {
    for (const t of ['nitakuua wewe', 'mama yangu amefariki', 'nimepata kazi mpya'])
      expect(lexiconEmotion(t, 'sw').valence, t).to.equal(without(t, 'sw').valence);
  });

  it('reads nothing into reassurance: "niko sawa" stays neutral with no learned evidence', () => {
    for (const t of ['niko sawa', 'niko poa sana', 'sijambo', 'hakuna shida']) {
      const r = lexiconEmotion(t, 'sw');
      expect(r.label, t).to.equal('neutral');
      expect(r.learned, t).to.equal(0);
    }
  });

  it('does not route English text through the Swahili classifier, given or detected', () => {
    for (const t of ['shut your mouth', 'i am so sad', 'what a lovely day']) {
      expect(lexiconEmotion(t, 'en')).to.deep.equal(without(t, 'en'));
      expect(lexiconEmotion(t, 'auto')).to.deep.equal(without(t, 'auto'));
    }
  });

  it('is labelled with its source and licence, and small', () => {
    const head = readFileSync(generated, 'utf8').slice(0, 1200);
    expect(head).to.include('Helsinki-NLP/XED @ 76666d251f147cf518071bef4f8415dab6b96115');
    expect(head).to.include('CC BY 4.0');
    expect(statSync(generated).size).to.be.below(400_000);
  });
});
