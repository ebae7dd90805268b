import type { Emotion, EmotionResult } from '../../lib/results/emotion.js';

// What is said against how it sounds (DESIGN §8). "Niko sawa" or "I'm fine" in a sad, flat voice is the classic
// case; distressed words in a bright voice the reverse. Both sides must be present: no voice or no text, no score.

type Categories = Record<Emotion, number>;
export type Dissonance = EmotionResult['dissonance'];

export interface DissonanceInput {
  voice: { arousal: number; valence: number; categories: Categories; label: Emotion } | null;
  text: { valence: number; categories: Categories } | null;
  /** Reassurance and deflection phrases said ("niko sawa", "I'm fine"): a claim of being well, not joy. */
  reassurance: readonly string[];
}

/** Levels by score: the bounds are the dissonance eval's (bench/eval/emotion-dissonance.ts) working points. */
const LEVELS: Array<[number, Dissonance['level']]> = [
  [0.65, 'high'],
  [0.4, 'medium'],
  [0.2, 'low'],
];
/** How much voice distress (or brightness) an ordinary neutral voice already shows: below it, no mismatch. */
const VOICE_FLOOR = 0.15;
/** Above the floor, this much more makes the voice side count fully. */
const VOICE_SPAN = 0.5;
/** Saying "I'm fine" is a claim of being well as strong as clearly positive words. */
const REASSURANCE_WEIGHT = 0.8;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round = (x: number) => Math.round(x * 1000) / 1000;

/** How distressed the voice sounds, 0–1: sad and afraid count fully, angry and disgusted half, with valence. */
export function voiceDistress(v: NonNullable<DissonanceInput['voice']>): number {
  const c = v.categories;
  return clamp01(0.6 * (c.sad + c.fear + 0.5 * (c.angry + c.disgust)) + 0.4 * Math.max(0, -v.valence));
}

/** How bright the voice sounds, 0–1: happy fully, surprised half, with valence. */
export function voiceBrightness(v: NonNullable<DissonanceInput['voice']>): number {
  return clamp01(0.6 * (v.categories.happy + 0.5 * v.categories.surprise) + 0.4 * Math.max(0, v.valence));
}

export function dissonance({ voice, text, reassurance }: DissonanceInput): Dissonance {
  if (!voice || (!text && reassurance.length === 0)) {
    const missing = voice ? 'no words to compare with the voice' : 'no usable voice to compare with the words';
    return { score: 0, level: 'none', kind: null, evidence: [missing] };
  }
  const wordsWell = Math.max(reassurance.length ? REASSURANCE_WEIGHT : 0, clamp01(text?.valence ?? 0));
  const wordsDistressed = text ? clamp01(Math.max(-text.valence, text.categories.sad + text.categories.fear)) : 0;
  const distress = voiceDistress(voice);
  const bright = voiceBrightness(voice);
  const reassuring = wordsWell * clamp01((distress - VOICE_FLOOR) / VOICE_SPAN);
  const reverse = wordsDistressed * clamp01((bright - VOICE_FLOOR) / VOICE_SPAN);
  const score = round(Math.max(reassuring, reverse));
  const level = LEVELS.find(([min]) => score >= min)?.[1] ?? 'none';
  if (level === 'none') return { score, level, kind: null, evidence: [] };
  const voiceSays = `voice: ${voice.label}, arousal ${voice.arousal.toFixed(2)}, valence ${voice.valence.toFixed(2)}`;
  if (reassuring >= reverse) {
    const said = reassurance.length
      ? `words: reassurance (${reassurance.slice(0, 3).join(', ')})`
      : `words: positive (valence ${(text?.valence ?? 0).toFixed(2)})`;
    return { score, level, kind: 'reassuring_words_distressed_voice', evidence: [said, voiceSays] };
  }
  const said = `words: distressed (valence ${(text?.valence ?? 0).toFixed(2)})`;
  return { score, level, kind: 'distressed_words_bright_voice', evidence: [said, voiceSays] };
}
