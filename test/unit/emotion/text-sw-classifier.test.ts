import { expect } from 'chai';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifierFeatures } from '../../../processors/emotion/text/classifier.js';
import { TUNING, lexiconEmotion } from '../../../processors/emotion/text/index.js';
import { scan } from '../../../processors/emotion/text/scan.js';
import { swClassifierMask } from '../../../processors/emotion/text/sw-classifier.js';
import { tokenise } from '../../../processors/emotion/text/tokens.js';

// The Swahili valence classifier (AfriSenti-trained, processors/emotion/text/sw-classifier.ts): it speaks only for
// cue-less Swahili/mixed text, and never sees reassurance, negated cues or function words.

const generated = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../processors/emotion/text/lexicons/learned/sw-classifier.ts',
);

/** The text's valence with the Swahili classifier switched off. */
function withoutClassifier(text: string, language: 'en' | 'sw'): number {
  const saved = TUNING.swClassifier;
  TUNING.swClassifier = 0;
  try {
    return lexiconEmotion(text, language).valence;
  } finally {
    TUNING.swClassifier = saved;
  }
}

describe('lexicon text emotion: Swahili valence classifier', () => {
  it("scores 'sina furaha kabisa leo' negative, by the negated hand cue alone", () => {
    const r = lexiconEmotion('sina furaha kabisa leo', 'sw');
    expect(r.valence).to.be.below(-0.3);
    expect(r.label).to.equal('sad');
    expect(r.valence).to.equal(withoutClassifier('sina furaha kabisa leo', 'sw'));
  });

  it('does not count reassurance or deflection as positive', () => {
    for (const t of ['niko sawa', 'niko sawa tu', 'poa', 'sijambo', 'hakuna shida', 'niko poa sana', 'sawa sawa']) {
      const r = lexiconEmotion(t, 'sw');
      expect(r.valence, t).to.equal(0);
      expect(r.learned, t).to.equal(0);
      expect(r.reassurance.length, t).to.be.above(0);
    }
    expect(lexiconEmotion('niko sawa kabisa leo', 'sw').valence).to.be.at.most(0);
  });

  it('keeps negation: "si mzuri" is negative, "hapana" alone is nothing', () => {
    expect(lexiconEmotion('si mzuri', 'sw').valence).to.be.below(0);
    expect(lexiconEmotion('hapana, si mzuri leo', 'sw').valence).to.be.below(0);
    const no = lexiconEmotion('hapana', 'sw');
    expect(no.valence).to.equal(0);
    expect(no.learned).to.equal(0);
  });

  it('gives cue-less Swahili text a valence: hard life negative, a new job positive', () => {
    const hard = lexiconEmotion('maisha ni magumu sana', 'sw');
    expect(hard.cues).to.equal(0);
    expect(hard.valence).to.be.below(-0.3);
    expect(hard.valence).to.be.below(withoutClassifier('maisha ni magumu sana', 'sw'));
    const job = lexiconEmotion('nimepata kazi mpya', 'sw');
    expect(job.cues).to.equal(0);
    expect(job.valence).to.be.above(0.3);
  });

  it('masks reassurance, negated cues and function words from its features', () => {
    const t = tokenise('niko sawa sana lakini sina furaha');
    const masked = swClassifierMask(t.tokens, scan(t.tokens, true));
    expect(masked.size).to.equal(t.tokens.length);
    expect(classifierFeatures(t, masked)).to.deep.equal([]);
  });

  it('leaves English text to the English classifier', () => {
    for (const t of ['shut your mouth', 'i am so sad', 'what a lovely day'])
      expect(lexiconEmotion(t, 'en').valence, t).to.equal(withoutClassifier(t, 'en'));
  });

  it('is labelled with its source and licence, and small', () => {
    const head = readFileSync(generated, 'utf8').slice(0, 1200);
    expect(head).to.include('afrisenti-semeval/afrisent-semeval-2023 @ 5aec3cfcf87b59f885e98641f72e52182776429d');
    expect(head).to.include('CC BY 4.0');
    expect(statSync(generated).size).to.be.below(300_000);
  });
});
