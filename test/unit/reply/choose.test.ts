import { expect } from 'chai';
import { languageOf, moodOf } from '../../../processors/reply/choose.js';
import type { EmotionResult, RiskResult, Transcription } from '../../../lib/results/index.js';

// What a reply answers to (processors/reply/choose.ts): risk first, then reassurance, then the feeling of the words.

const cats = { neutral: 0, happy: 0, sad: 0, angry: 0, fear: 0, surprise: 0, disgust: 0 };
const emotion = (label: keyof typeof cats, dissonance: Partial<EmotionResult['dissonance']> = {}): EmotionResult => ({
  voice: null,
  text: { categories: { ...cats, [label]: 1 }, label, valence: 0, language: 'en', provider: 'lexicon' },
  dissonance: { score: 0, level: 'none', kind: null, evidence: [], ...dissonance },
  reasons: { voice: null, text: null },
  redacted: [],
});
const risk = (level: RiskResult['level']): RiskResult => ({ level, score: 0.5, tier: 'none', factors: [] });

describe('choosing what a reply answers to', () => {
  it('answers high and critical risk with the crisis mood whatever the emotion', () => {
    expect(moodOf(risk('high'), emotion('happy'))).to.equal('crisis');
    expect(moodOf(risk('critical'), undefined)).to.equal('crisis');
  });

  it('answers medium risk with concern', () => {
    expect(moodOf(risk('medium'), emotion('neutral'))).to.equal('concern');
  });

  it('answers reassuring words in a distressed voice with reassurance, not with the words’ calm', () => {
    const e = emotion('neutral', { level: 'medium', kind: 'reassuring_words_distressed_voice', score: 0.6 });
    expect(moodOf(risk('low'), e)).to.equal('reassurance');
  });

  it('answers sadness, fear and anger in their own way, and happiness as good news', () => {
    expect(moodOf(risk('low'), emotion('sad'))).to.equal('low');
    expect(moodOf(risk('low'), emotion('fear'))).to.equal('anxious');
    expect(moodOf(risk('low'), emotion('angry'))).to.equal('angry');
    expect(moodOf(risk('low'), emotion('happy'))).to.equal('positive');
    expect(moodOf(undefined, undefined)).to.equal('neutral');
  });

  const t = (language: string | null): Transcription => ({
    status: 'completed',
    provider: 'client',
    language,
    text: 'x',
    segments: null,
    reason: null,
  });

  it('replies in the language detected in the words, including the mix', () => {
    const e = emotion('sad');
    e.text!.language = 'mixed';
    expect(languageOf(e, t(null), 'auto')).to.equal('mixed');
  });

  it('falls back to the transcript’s language, then the requested one, then English', () => {
    const e = emotion('sad');
    e.text!.language = 'unknown';
    expect(languageOf(e, t('swahili'), 'auto')).to.equal('sw');
    expect(languageOf(undefined, t(null), 'sw')).to.equal('sw');
    expect(languageOf(undefined, undefined, 'auto')).to.equal('en');
  });
});
