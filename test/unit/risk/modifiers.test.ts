import { expect } from 'chai';
import type { BaselineResult, EmotionResult } from '../../../lib/results/index.js';
import { baselineFactors, emotionFactors } from '../../../processors/risk/modifiers.js';

const cats = (sad: number, happy: number) => ({
  neutral: 1 - sad - happy,
  happy,
  sad,
  angry: 0,
  fear: 0,
  surprise: 0,
  disgust: 0,
});
const emotion = (voiceSad: number, dissonance = 0): EmotionResult => ({
  voice: {
    arousal: -0.5,
    valence: -0.5,
    categories: cats(voiceSad, 0),
    label: 'sad',
    confidence: 0.5,
    basis: 'population',
  },
  text: { categories: cats(0, 0.8), label: 'happy', valence: 0.6, language: 'en', provider: 'lexicon' },
  dissonance: {
    score: dissonance,
    level: dissonance ? 'high' : 'none',
    kind: dissonance ? 'reassuring_words_distressed_voice' : null,
    evidence: [],
  },
  reasons: { voice: null, text: null },
  redacted: [],
});
const baseline = (
  score: number | null,
  direction: BaselineResult['trajectory']['direction'] = 'stable',
): BaselineResult => ({
  status: 'established',
  sessions: 10,
  required: 5,
  window: 20,
  deviation_score: score,
  deviations: [],
  counted: true,
  reason: null,
  recorded_at: '2026-11-30T08:00:00.000Z',
  trajectory: { direction, concern_index: 1, sessions: 5, change: 2 },
});

describe('emotion, dissonance and baseline as risk modifiers', () => {
  it('adds a small factor for a sad voice and none for happy words, staying below medium alone', () => {
    const f = emotionFactors(emotion(0.9));
    expect(f.map((x) => x.code)).to.deep.equal(['distressed_voice']);
    expect(f[0]!.weight).to.be.above(0).and.at.most(0.12);
  });

  it('adds dissonance only for reassuring words over a distressed voice', () => {
    expect(emotionFactors(emotion(0.2, 0.8)).map((x) => x.code)).to.deep.equal(['reassuring_words_distressed_voice']);
  });

  it('adds a factor once the voice moved from the person’s baseline, and one for a declining trajectory', () => {
    expect(baselineFactors(baseline(1.4))).to.deep.equal([]);
    expect(baselineFactors(baseline(4, 'declining')).map((x) => x.code)).to.deep.equal([
      'voice_deviation',
      'declining',
    ]);
    expect(baselineFactors(baseline(null))).to.deep.equal([]);
  });
});
