import { PLACEHOLDER_WORDS } from '../../lib/redaction/types.js';
import { detectLanguage, knownWordShare } from '../emotion/text/index.js';
import type { ModelReply } from './openai-reply.js';
import type { ReplyLanguage } from './templates/index.js';

// Whether a model's reply may be used at all (safety moderation comes after): why not, or undefined when it may.

/** Longest model reply kept: "short" (about 60 words asked for, some room for Swahili's longer words). */
export const MAX_MODEL_REPLY_CHARS = 600;

const REFUSAL =
  /\b(?:i(?:'|’)?m sorry,? (?:but )?i can(?:'|’)?t|i can(?:not|'t|’t) (?:help|assist|provide|comply)|as an ai\b|i am (?:just )?an ai\b|siwezi kusaidia)/i;

/** A reply this long or longer must be in a language we read: at least this share of its words placed in English or
 * Swahili (our templates: 0.33 at least; a plain caring English reply 0.14; French and German 0.07, Japanese 0). */
const MIN_CHARS_TO_JUDGE = 20;
const MIN_KNOWN_SHARE = 0.1;
/** Control characters other than line breaks and tabs: never part of a reply a person reads (NUL cannot be stored). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;
/** A redaction placeholder ("[name]") the model repeated: the person would read our machinery, not a reply. */
const PLACEHOLDER = new RegExp(`\\[(?:${PLACEHOLDER_WORDS.join('|')})\\]`, 'iu');
// A crisis line comes only from the sourced configuration, never from a model: no phone number, short code or address.
const DIGIT_RUN = /\+?\d[\d\p{Zs}().-]*\d/gu;
const SHORT_CODE =
  /\b(?:call|dial|text|sms|whatsapp|ring|phone|reach|piga(?: simu)?|tuma (?:ujumbe|sms)|wasiliana na)\b(?:\s+\S+){0,3}?\s+\+?\d{3,}\b/iu;
const ADDRESS =
  /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|ke|tz|ug|rw|info|app|me|us|gov|edu|health)\b/iu;
/** Seven digits or more in one run, unless they are years ("2019-2024") or a count ("5-4-3-2-1"). */
const phoneLike = (text: string) =>
  [...text.matchAll(DIGIT_RUN)].some((m) => {
    const groups = m[0].match(/\d+/gu)!;
    const digits = groups.join('').length;
    return digits >= 7 && !groups.every((g) => /^(?:19|20)\d\d$/u.test(g) || g.length === 1);
  });
const givesContact = (text: string) => phoneLike(text) || SHORT_CODE.test(text) || ADDRESS.test(text);

export function unusableReason(reply: ModelReply, language: ReplyLanguage): string | undefined {
  if (reply.refused || REFUSAL.test(reply.text)) return 'the model refused';
  if (reply.text.length === 0) return 'the model gave an empty reply';
  if (reply.truncated || reply.text.length > MAX_MODEL_REPLY_CHARS) return 'the model reply was too long';
  if (CONTROL.test(reply.text)) return 'the model reply held control characters';
  if (PLACEHOLDER.test(reply.text)) return 'the model repeated a redaction placeholder';
  if (givesContact(reply.text)) return 'the model gave a phone number or web address';
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
