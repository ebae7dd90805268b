import { expect } from 'chai';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TUNING, lexiconEmotion } from '../../../processors/emotion/text/index.js';
import { learnedAt } from '../../../processors/emotion/text/learned.js';

// The corpus-derived layer (processors/emotion/text/lexicons/learned/): weaker than the hand lists, negation-aware.

const learnedDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../processors/emotion/text/lexicons/learned',
);

describe('lexicon text emotion: learned layer', () => {
  it('moves valence with a word only the EmoBank-derived list knows, and negation flips it', () => {
    const plain = lexiconEmotion('satisfaction', 'en');
    expect(plain.cues).to.equal(0);
    expect(plain.learned).to.equal(2); // the EmoBank word and the English classifier
    expect(plain.valence).to.be.above(0);
    const negated = lexiconEmotion('no satisfaction', 'en');
    expect(negated.valence).to.be.below(0);
  });

  it('moves valence with a word only the AfriSenti-derived list knows, and "si" flips it', () => {
    expect(lexiconEmotion('njema', 'sw').valence).to.be.above(0);
    expect(lexiconEmotion('si njema', 'sw').valence).to.be.below(0);
  });

  it('gives a category from the XED classifier when no hand cue is found', () => {
    const r = lexiconEmotion('shut your mouth', 'en');
    expect(r.cues).to.equal(0);
    // XED's annotators mix anger and disgust on insults; either is hostile, neither is neutral.
    expect(['angry', 'disgust']).to.include(r.label);
    expect(r.categories.angry + r.categories.disgust).to.be.above(0.6);
    expect(r.categories.neutral).to.be.above(0);
  });

  it('gives cue-less English text a valence from the classifier, and leaves hand-cue valence to the cues', () => {
    expect(lexiconEmotion('shut your mouth', 'en').valence).to.be.below(0);
    const withClassifier = lexiconEmotion('i am so sad', 'en');
    const saved = TUNING.classifierValence;
    TUNING.classifierValence = 0;
    try {
      expect(lexiconEmotion('i am so sad', 'en').valence).to.equal(withClassifier.valence);
    } finally {
      TUNING.classifierValence = saved;
    }
  });

  it('stays weaker than the hand cues: a hand cue decides the label', () => {
    expect(lexiconEmotion('shut the door, i am so happy', 'en').label).to.equal('happy');
  });

  it('reads a sub-word the classifier learned in a word no list names', () => {
    const r = lexiconEmotion('disgustingly', 'en'); // not itself a feature: its character 4-grams are
    expect(r.cues).to.equal(0);
    expect(r.label).to.equal('disgust');
  });

  it('keeps function words alone and negated cues away from the classifier', () => {
    expect(lexiconEmotion('i am', 'en').learned).to.equal(0);
    expect(lexiconEmotion('i am not sad', 'en').label).to.equal('neutral');
  });

  it('never lets the classifier read reassurance as emotion', () => {
    const r = lexiconEmotion("i'm fine", 'en');
    expect(r.label).to.equal('neutral');
    expect(r.categories.happy).to.equal(0);
  });

  it('never learns reassurance or deflection words', () => {
    for (const w of ['sawa', 'poa', 'fine', 'okay', 'good', 'salama']) {
      expect(learnedAt(w, true), w).to.equal(undefined);
      expect(learnedAt(w, false), w).to.equal(undefined);
    }
  });

  it('keeps the generated lists small and labelled with their licences', () => {
    let bytes = 0;
    for (const f of readdirSync(learnedDir)) bytes += statSync(path.join(learnedDir, f)).size;
    expect(bytes).to.be.below(1_500_000);
    expect(readFileSync(path.join(learnedDir, 'en-valence.ts'), 'utf8')).to.include('CC BY-SA 4.0');
    expect(readFileSync(path.join(learnedDir, 'en-classifier.ts'), 'utf8')).to.include('CC BY 4.0');
    expect(readFileSync(path.join(learnedDir, 'sw-valence.ts'), 'utf8')).to.include('CC BY 4.0');
  });
});
