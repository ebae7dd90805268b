import { redact } from '../../../lib/redaction/index.js';
/**
 * The prompt sent with every piece: how people in Kenya and Tanzania talk about how they feel, switching between
 * English, Swahili and Sheng, so the recogniser keeps these words instead of "correcting" them into English.
 * Crisis words are left out on purpose: a prompt can make Whisper write words nobody said, and those words
 * would raise a risk score.
 */
export const LOCAL_VOCABULARY =
  'Habari yako? Niko sawa, lakini nimechoka sana. Sijui, maisha ni ngumu siku hizi. ' +
  'Mambo, niaje msee, poa, fiti, sawa sawa, manze, hakuna noma, ni kawaida tu. ' +
  'Nina stress ya job na school, mood iko down, sina usingizi, hali si poa, nahisi upweke, nina wasiwasi.';

/** Whisper reads only the last 224 tokens of a prompt: keep the end of the previous piece short. */
const CONTEXT_CHARS = 300;

/** The vocabulary, then the end of what was said before this piece (continuity across a cut). */
export function sttPrompt(previousText = ''): string {
  // Cut at a word boundary when the text is longer than the window.
  const tail =
    previousText.length > CONTEXT_CHARS ? previousText.slice(-CONTEXT_CHARS).replace(/^\S*\s/, '') : previousText;
  // The earlier pieces' words go back to the provider as context: redacted, like every text sent out.
  return tail ? `${LOCAL_VOCABULARY} ${redact(tail).text}` : LOCAL_VOCABULARY;
}

/** Whisper names languages ("swahili"); the database keeps ISO 639-1 codes. */
const ISO_639_1: Record<string, string> = {
  english: 'en',
  swahili: 'sw',
  kinyarwanda: 'rw',
  somali: 'so',
  amharic: 'am',
  arabic: 'ar',
  french: 'fr',
  luganda: 'lg',
  yoruba: 'yo',
  hindi: 'hi',
};

export function languageCode(name: string | undefined): string | null {
  if (!name) return null;
  const lower = name.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(lower)) return lower;
  return ISO_639_1[lower] ?? null;
}
