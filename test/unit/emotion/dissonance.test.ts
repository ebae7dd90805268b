import { expect } from 'chai';
import { dissonance, type DissonanceInput } from '../../../processors/emotion/dissonance.js';
import { EMOTIONS, type Emotion } from '../../../lib/results/emotion.js';

/** Categories with `main` at probability p and the rest spread evenly. */
const cats = (main: Emotion, p: number) =>
  Object.fromEntries(EMOTIONS.map((e) => [e, e === main ? p : (1 - p) / 6])) as Record<Emotion, number>;
const voice = (label: Emotion, p: number, arousal: number, valence: number): DissonanceInput['voice'] => ({
  label,
  arousal,
  valence,
  categories: cats(label, p),
});
const sadVoice = voice('sad', 0.6, -0.5, -0.5);
const happyVoice = voice('happy', 0.6, 0.5, 0.6);
const neutralVoice = voice('neutral', 0.6, 0, 0);
const neutralText = { valence: 0, categories: cats('neutral', 1) };
const sadText = { valence: -0.7, categories: cats('sad', 0.7) };

describe('dissonance between words and voice', () => {
  it('flags "niko sawa" said in a sad voice as reassuring words over a distressed voice', () => {
    const d = dissonance({ voice: sadVoice, text: neutralText, reassurance: ['niko sawa'] });
    expect(d.kind).to.equal('reassuring_words_distressed_voice');
    expect(d.level).to.be.oneOf(['medium', 'high']);
    expect(d.evidence.join(' ')).to.include('niko sawa');
  });

  it('scores the same reassurance lower over a happy voice than over a sad one', () => {
    const sad = dissonance({ voice: sadVoice, text: neutralText, reassurance: ["i'm fine"] });
    const happy = dissonance({ voice: happyVoice, text: neutralText, reassurance: ["i'm fine"] });
    expect(happy.score).to.be.below(sad.score);
    expect(happy.level).to.equal('none');
  });

  it('flags distressed words in a bright voice as the reverse kind', () => {
    const d = dissonance({ voice: happyVoice, text: sadText, reassurance: [] });
    expect(d.kind).to.equal('distressed_words_bright_voice');
    expect(d.score).to.be.above(0.4);
  });

  it('finds none when words and voice agree', () => {
    expect(dissonance({ voice: sadVoice, text: sadText, reassurance: [] })).to.include({ level: 'none', kind: null });
    expect(dissonance({ voice: neutralVoice, text: neutralText, reassurance: [] }).level).to.equal('none');
  });

  it('gives no score, saying which side is missing, without a usable voice or without words', () => {
    const noVoice = dissonance({ voice: null, text: sadText, reassurance: ['sawa'] });
    expect(noVoice).to.include({ score: 0, level: 'none', kind: null });
    expect(noVoice.evidence[0]).to.match(/no usable voice/);
    const noWords = dissonance({ voice: sadVoice, text: null, reassurance: [] });
    expect(noWords.evidence[0]).to.match(/no words/);
  });

  it('keeps the score within [0, 1] at the extremes', () => {
    const extreme = voice('sad', 1, -1, -1);
    const d = dissonance({ voice: extreme, text: { valence: 1, categories: cats('happy', 1) }, reassurance: ['poa'] });
    expect(d.score).to.be.within(0, 1);
    expect(d.level).to.equal('high');
  });
});
