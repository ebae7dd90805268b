import { detectLanguage } from '../emotion/text/index.js';
import type { ModelReply } from './openai-reply.js';
import type { ReplyLanguage } from './templates/index.js';

// Whether a model's reply may be used at all (safety moderation comes after): why not, or undefined when it may.

/** Longest model reply kept: "short" (about 60 words asked for, some room for Swahili's longer words). */
export const MAX_MODEL_REPLY_CHARS = 600;

const REFUSAL =
  /\b(?:i(?:'|’)?m sorry,? (?:but )?i can(?:'|’)?t|i can(?:not|'t|’t) (?:help|assist|provide|comply)|as an ai\b|i am (?:just )?an ai\b|siwezi kusaidia)/i;

export function unusableReason(reply: ModelReply, language: ReplyLanguage): string | undefined {
  if (reply.refused || REFUSAL.test(reply.text)) return 'the model refused';
  if (reply.text.length === 0) return 'the model gave an empty reply';
  if (reply.truncated || reply.text.length > MAX_MODEL_REPLY_CHARS) return 'the model reply was too long';
  const detected = detectLanguage(reply.text);
  if (!fits(detected, language)) return `the model replied in ${detected}, not ${language}`;
  return undefined;
}

/** A mixed check-in may be answered in either language or the mix; a one-language check-in in that language. */
function fits(detected: string, wanted: ReplyLanguage): boolean {
  if (detected === 'unknown') return true;
  if (wanted === 'mixed') return true;
  if (wanted === 'sw') return detected === 'sw' || detected === 'mixed';
  return detected === 'en';
}
