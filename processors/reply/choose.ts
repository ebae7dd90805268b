import type { EmotionResult, RiskResult, Transcription } from '../../lib/results/index.js';
import type { Mood, ReplyLanguage } from './templates/index.js';

// What a reply answers to, read from the earlier stages (the rules are in REPLY.md).

const NEGATIVE_MOOD: Partial<Record<string, Mood>> = { sad: 'low', fear: 'anxious', angry: 'angry', disgust: 'angry' };

/**
 * The mood a reply answers: crisis at high or critical risk; concern at medium; reassurance when reassuring words
 * come with a distressed voice; then the feeling of the words (the voice when there are none); else neutral.
 */
export function moodOf(risk: RiskResult | undefined, emotion: EmotionResult | undefined): Mood {
  if (risk?.level === 'high' || risk?.level === 'critical') return 'crisis';
  if (risk?.level === 'medium') return 'concern';
  const dissonance = emotion?.dissonance;
  if (dissonance?.kind === 'reassuring_words_distressed_voice' && dissonance.level !== 'none') return 'reassurance';
  const label = emotion?.text?.label ?? emotion?.voice?.label;
  if (label && NEGATIVE_MOOD[label]) return NEGATIVE_MOOD[label]!;
  if (dissonance?.kind === 'distressed_words_bright_voice' && dissonance.level !== 'none') return 'low';
  if (label === 'happy') return 'positive';
  return 'neutral';
}

const LANGUAGE_NAMES: Record<string, ReplyLanguage> = { en: 'en', english: 'en', sw: 'sw', swahili: 'sw' };

/**
 * The language to answer in: the one detected in the words (text emotion), else the transcript's, else the one the
 * client asked for; English when nothing tells.
 */
export function languageOf(
  emotion: EmotionResult | undefined,
  transcription: Transcription | undefined,
  requested: string,
): ReplyLanguage {
  const detected = emotion?.text?.language;
  if (detected === 'en' || detected === 'sw' || detected === 'mixed') return detected;
  const named = (name: string) => (Object.hasOwn(LANGUAGE_NAMES, name) ? LANGUAGE_NAMES[name] : undefined);
  return named((transcription?.language ?? '').toLowerCase()) ?? named(requested.toLowerCase()) ?? 'en';
}
