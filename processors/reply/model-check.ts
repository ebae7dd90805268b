import { detectLanguage, knownWordShare } from '../emotion/text/index.js';
import type { ModelReply } from './openai-reply.js';
import type { ReplyLanguage } from './templates/index.js';

// Whether a model's reply may be used at all (safety moderation comes after): why not, or undefined when it may.

/** Longest model reply kept: "short" (about 60 words asked for, some room for Swahili's longer words). */
export const MAX_MODEL_REPLY_CHARS = 600;

const REFUSAL =
  /\b(?:i(?:'|’)?m sorry,? (?:but )?i can(?:'|’)?t|i can(?:not|'t|’t) (?:help|assist|provide|comply)|as an ai\b|i am (?:just )?an ai\b|siwezi kusaidia)/i;

/** A reply this long or longer must be in a language we read: at least this share of its words placed in English or
 * Swahili (our templates: 0.33 at least, French and German 0.07, Japanese 0). */
const MIN_CHARS_TO_JUDGE = 20;
const MIN_KNOWN_SHARE = 0.25;
/** Control characters other than line breaks and tabs: never part of a reply a person reads (NUL cannot be stored). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;
/** A redaction placeholder ("[name]") the model repeated: the person would read our machinery, not a reply. */
const PLACEHOLDER = /\[(?:email|handle|phone|id|passport|number|name)\]/iu;
/** A phone number or web address: a crisis line comes only from the sourced configuration, never from a model. */
const CONTACT =
  /(?:\+?\d[\d\p{Zs}().-]{5,}\d)|\b(?:https?:\/\/|www\.)\S+|\b[\w.-]+\.(?:com|org|net|go\.ke|or\.ke|co\.ke|ke|tz|ug|rw|info)\b/iu;

export function unusableReason(reply: ModelReply, language: ReplyLanguage): string | undefined {
  if (reply.refused || REFUSAL.test(reply.text)) return 'the model refused';
  if (reply.text.length === 0) return 'the model gave an empty reply';
  if (reply.truncated || reply.text.length > MAX_MODEL_REPLY_CHARS) return 'the model reply was too long';
  if (CONTROL.test(reply.text)) return 'the model reply held control characters';
  if (PLACEHOLDER.test(reply.text)) return 'the model repeated a redaction placeholder';
  if (CONTACT.test(reply.text)) return 'the model gave a phone number or web address';
  const detected = detectLanguage(reply.text);
  if (!fits(detected, language)) return `the model replied in ${detected}, not ${language}`;
  // Another language (or script) reads as English or unknown by word shape, and the safety rules read only ours.
  if (reply.text.length >= MIN_CHARS_TO_JUDGE && knownWordShare(reply.text) < MIN_KNOWN_SHARE)
    return 'the model replied in a language the safety rules cannot read';
  return undefined;
}

/** A mixed check-in may be answered in either language or the mix; a one-language check-in in that language. */
function fits(detected: string, wanted: ReplyLanguage): boolean {
  if (detected === 'unknown') return true;
  if (wanted === 'mixed') return true;
  if (wanted === 'sw') return detected === 'sw' || detected === 'mixed';
  return detected === 'en';
}
