import { cutAt } from '../../../lib/text-cut.js';
import { PLACEHOLDER_WORDS } from '../../../lib/redaction/types.js';
// Crisis-language input as speech-to-text gives it (no punctuation, misspellings) or as typed: lower case,
// apostrophes dropped ("don't" → "dont"), letters repeated three or more times collapsed ("dieee" → "die"), and
// split into clauses at punctuation and at "but"/"lakini"/"ila"/"though", so that a negation or a subject stays in
// its own clause.

export interface Clause {
  /** Normalised words joined by single spaces, with a space at each end so patterns can match whole words. */
  text: string;
  /** The clause as written (trimmed), for the short span a factor shows. */
  raw: string;
  /** Laughing or playful emoji, or laughter in words (lol, haha), in the clause ("I'm dead 😂"). */
  laughing: boolean;
  /** Which sentence (split at . ! ? and line breaks) the clause belongs to: a clause without a subject of its own
   * ("…, at age 12, for trying to kill myself") is read in the frame its sentence set. */
  sentence: number;
}

const LAUGHING = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F601}\u{1F604}\u{1F61C}\u{1F61D}\u{1F480}\u{2620}]/u;
const LAUGHING_ALL = new RegExp(LAUGHING.source, 'gu');
/** Laughter in words: playful, but an attempt told with a "lol" is still an attempt (detect.ts); "sina kicheko" is none. */
export const LAUGHING_WORDS = / (?:lol|lmao|lmfao|haha|hahaha|rofl|(?<!sina |nimepoteza )kicheko) /u;
const SENTENCE = /[.!?\n\u2026]+/u;
/** "no other way but suicide", "sioni njia nyingine ila kufa": after "no other way" or "njia nyingine", "but" and "ila"
 * mean "except" when death or suicide follows and ends the clause; then they join what they stand between. Anything
 * else after them ("… but to be honest i have …", "… ila kumbe nimejikata") still splits (code reviews, session 45). */
const EXCEPT_AFTER =
  '(?:(?:no|any) other (?:ways?|way out|options?|choices?|solutions?)|(?:njia|form|way|option|suluhisho) (?:nyingine|ingine|tofauti)(?: yoyote)?)';
const EXCEPT_DEATH =
  '(?:suicide|death|dying|to die|to kill myself|killing myself|to end (?:it all|my life)|ending (?:it all|my life)|kufa|kujiua|kujitoa uhai|kujimaliza|ku-?die|kudedi|ku-?suicide)(?: (?:tu|kabisa|for me|now|kwangu))?\\s*(?:$|[.,;:!?])';
const BREAK = new RegExp(
  '[;:,]+|\\s(?=(?:lakini|though|although|however|ingawa)\\s)' +
    `|(?<!\\b${EXCEPT_AFTER})\\s(?=(?:but|ila)\\s)` +
    `|\\s(?=(?:but|ila)\\s(?!${EXCEPT_DEATH}))`,
  'iu',
);
/** Marks the aliases added on 2026-12-01 (eighth session): they count only where they raise (detect.ts). */
const SESSION = true;
const ALIASES: Array<[RegExp, string, session?: boolean]> = [
  [/\bi'm\b|\bim\b/g, 'i am'],
  [/\bi'd\b/g, 'i would'],
  [/\blife'?s\b/g, 'life is'],
  [/\btonight'?s\b/g, 'tonight is'],
  [/\bi'll\b/g, 'i will'],
  [/\bi've\b|\bive\b/g, 'i have'],
  [/\bwanna\b/g, 'want to'],
  // Typed and heard without the apostrophe or run apart (a review's sweep): "id rather", "ill just", "tonite".
  [/\bid(?= (?:rather|like|love|prefer|sooner|be|have|never|just|kill|die|end|want)\b)/g, 'i would', SESSION],
  [
    /(?<=^|\b(?:and|but|so|then|now|because|cause|coz|maybe|probably|or|if|when|tonight|tomorrow|today|i think|think) )\bill(?= (?:just|be|never|kill|end|do|go|take|try|finally|probably|make|die|jump|hang|not|disappear|leave|stop|off)\b)/g,
    'i will',
    SESSION,
  ],
  [/\btonite\b/g, 'tonight', SESSION],
  // Misspellings of trying and of hanging oneself (reviews 114, 122): "i tryed to drown myself", "nilijaribu kujinyoga".
  [/\b(?:tryed|tride|tryd)\b/g, 'tried', SESSION],
  [/\b(\p{L}{0,6})ji(?:nyoga|nonga|nyonnga)\b/gu, '$1jinyonga', SESSION],
  [/\bcan not\b/g, "can't", SESSION],
  [/\bany more\b/g, 'anymore', SESSION],
  // Speech-to-text hears "want to" as "won't to", never grammatical otherwise.
  [/\bwon'?t to\b/g, 'want to', SESSION],
  [/\bgonna\b/g, 'going to'],
  // Hair or cloth coloured, as thumbs and speech-to-text spell "dye" (session 55): a colour right after it, not one hair
  // turns by itself (grey, white), and no death of one's own after it ("… black for my own funeral").
  [
    /\b(?:die|dying|died|(?:ku|ame|nime|ni|na|me)-?die)(?= (?:(?:my|her|his|our|their|the) (?:hair|beard|eyebrows|dreads|locs|braids|clothes|shirt|dress|jeans|fabric|kitenge)|(?:nywele|hair)(?: (?:zangu|zake|yangu|yake))?)(?: (?:dark|light|jet|bright|rangi ya))? (?:black|blue|red|pink|purple|green|blonde?|brown|orange|yellow|gold|copper|burgundy|maroon|henna|nyeusi|nyekundu|kahawia)\b)(?!.*\b(?:my (?:own )?(?:funeral|burial|grave|coffin|casket)|mazishi yangu|kaburi langu|death|dead|die|dying|kufa|nife|kujiua|suicide|suicidal|kill myself|end it|end it all|end my life|last time|before i go(?= *$| for good| forever)|goodbye|kwaheri)\b)/g,
    'dye',
  ],
  // "sijaacha kufikiria" (I have not stopped thinking): thinking still, as "nimekuwa nikifikiria" (raise only).
  [
    /\b(?:sijaacha|siachi|sikuacha|sijawahi acha)(?: hata(?: siku moja| kidogo)?)? ku(fikiria|waza)(?= (?:(?:kuhusu|juu ya) )?(?:kujiua|kufa(?! (?:kwa|ya|wa|cha) )|kifo changu|kujitoa uhai|kujidhuru|kujinyonga|kujimaliza|nife)\b)/g,
    'nimekuwa niki$1',
    SESSION,
  ],
  [/\bgotta\b/g, 'got to'],
  [/\bu\b/g, 'you'],
  // Always "kill myself", even after a number ("9800 kms" is read as a crisis): a missed one weighs more.
  [/\bkms\b/g, 'kill myself'],
  [/\bcareless (?=if|whether)/g, 'care less '],
  // Before "finish myself": "my self" is how thumbs and speech-to-text often write it.
  [
    /\bmy self\b(?![- ]?(?:assessment|esteem|worth|confidence|care|control|image|respect|help|love|development|employment|evaluation|study|sponsored|defen[cs]e|discipline))/g,
    'myself',
    SESSION,
  ],
  // East African English for killing oneself, and the misspellings speech-to-text and thumbs make.
  // "I finished myself at the gym" is tiredness: only the present, and not of work or play.
  [
    /\bfinish(?:ing)? myself(?: off)?(?= *(?:$|[^\p{L}\s])| (?:today|tonight|tomorrow|now|soon|this (?:week|weekend|month)|because|and|but|i|with (?:poison|pills|a rope|a knife))\b)/gu,
    'kill myself',
    SESSION,
  ],
  [/\btak(e|ing) away my (?:own )?life\b(?!'?s\b| (?:is|savings|insurance|from|to)\b)/g, 'tak$1 my life', SESSION],
  [/\bfinish my (?:own )?life(?= (?:today|tonight|tomorrow|this week|now|soon)\b)/g, 'end my life', SESSION],
  [
    /\bterminate my (?:own )?life\b(?!'?s\b| (?:is|savings|insurance|policy|cover|membership)\b)/g,
    'end my life',
    SESSION,
  ],
  [
    /\bterminating my (?:own )?life\b(?!'?s\b| (?:is|savings|insurance|policy|cover|membership)\b)/g,
    'ending my life',
    SESSION,
  ],
  [/\bkillmyself\b/g, 'kill myself', SESSION],
  [/(?<!\b(?:word|term) )\bs\*+icidal\b/gu, 'suicidal', SESSION],
  [/\b(?:sucide|suiside|suicde|suicid|suecide)\b/g, 'suicide', SESSION],
  [/\b(?:sucidal|suicidle|suicidel|suicidial|sucidial|suisidal)\b/g, 'suicidal', SESSION],
  // Censored in writing ("s*icide", "su**ide") and Sheng infinitives of "unalive" (a blind probe set, 2026-12-02).
  [/(?<!\b(?:word|term) )\b(?:s\*+icide|su\*+cide|sui\*+ide|s\*+cide|suic\*+de)(?![\p{L}*])/gu, 'suicide', SESSION],
  [/\bku-?unalive(?= (?:mimi mwenyewe|myself)\b)/g, 'kujiua', SESSION],
  [/\bunalive\b/g, 'kill'],
  [/\bunaliving\b/g, 'killing'],
  [/\bunalived\b/g, 'killed'],
  // "off myself" is slang for killing oneself.
  [/(?<=\b(?:to|will|just|finally|might|should) )off(?= myself\b)/g, 'kill'],
  [/\boff(?:ing|ed) myself\b/g, 'kill myself'],
  [/\bk[iu]-?die\b/g, 'kudie'],
  // Sheng reflexives built on English verbs: "kuji-end" (to end oneself), "nilijiharm" (I harmed myself), "jihang".
  [/\b(\p{L}{0,4})ji[- ]?end\b/gu, '$1jimaliza'],
  [/\b(\p{L}{0,6})ji[- ]?harm\b/gu, '$1jidhuru'],
  [/\b(\p{L}{0,6})ji[- ]?hang\b/gu, '$1jinyonga', SESSION],
  [/\b(\p{L}{0,6})ji[- ]?kill\b(?! na\b)/gu, '$1jiua', SESSION],
  // "nimejicut", "najicut": Sheng for cutting oneself, read as "nimejikata" with its idioms and accidents (raise only).
  [/\b(\p{L}{0,6})ji[- ]?cut\b/gu, '$1jikata', SESSION],
  [/\bkuji[- ]?off\b(?! (?:socials?|whatsapp|group|mitandao|online|data|mapema))/gu, 'kujiua', SESSION],
  [/\bku-(\p{L}+)/gu, 'ku$1'],
  // Code-switched infinitives written apart ("ku end it", "ku release").
  [/\bku (?=[a-z]{2,}\b)/g, 'ku'],
];

/** Lower case, apostrophes out, elongations collapsed, aliases spelled out (`session`: with the eighth session's), and
 * whether one of the eighth session's aliases changed the words. */
function aliased(s: string, session: boolean): { words: string; bySession: boolean } {
  let t = s
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\u2019\u2018`´]/g, "'")
    .replace(/(\p{L})\1{2,}/gu, '$1');
  let bySession = false;
  for (const [re, to, added] of ALIASES) {
    if (added && !session) continue;
    const next = t.replace(re, to);
    bySession ||= added === true && next !== t;
    t = next;
  }
  const words = t
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { words, bySession };
}

export const normaliseWords = (s: string, session = true): string => aliased(s, session).words;
/** One of the eighth session's aliases changes the words of `s` (detect.ts reads it both ways then). */
export const sessionAliasesApply = (s: string): boolean => aliased(s, true).bySession;

/** Redaction placeholders and fillers ("okay", "honestly", "thank you") closing a clause: nothing the speaker said
 * about themself, and a phrase rule that reads to the end of a clause must not turn on them (a review's sweep). */
const PLACEHOLDER_WORD = new RegExp(`^\\[(?:${PLACEHOLDER_WORDS.join('|')})\\]$`, 'iu');
const FILLER_WORDS = new Set(['okay', 'ok', 'yeah', 'honestly', 'tbh', 'thanks', 'asante']);
const FILLER_PAIRS = new Set(['thank you', 'asante sana', 'so yeah']);
/** Words taken off the end one by one (a regex anchored at the end would try every start: quadratic). */
function withoutTrailing(words: string[], drop: (w: string[], n: number) => number): string[] {
  let n = words.length;
  for (let k = drop(words, n); k > 0 && n > 0; k = drop(words, n)) n -= k;
  return words.slice(0, n);
}
const placeholderEnd = (w: string[], n: number) => (n > 0 && PLACEHOLDER_WORD.test(w[n - 1]!) ? 1 : 0);
const fillerEnd = (w: string[], n: number) =>
  n > 1 && FILLER_PAIRS.has(`${w[n - 2]} ${w[n - 1]}`) ? 2 : n > 0 && FILLER_WORDS.has(w[n - 1]!) ? 1 : 0;
const withoutPlaceholders = (raw: string) => withoutTrailing(raw.split(/\s+/u), placeholderEnd).join(' ');
const withoutFillers = (words: string): string => withoutTrailing(words.split(' '), fillerEnd).join(' ');
/** "You know" said in passing: a pause, not a "you" the words are addressed to. */
const YOU_KNOW =
  /(?<!\b(?:someone|somebody|anyone|anybody|everyone|everybody|people|person|friends?|family|those|ones?|who|that|what|if|do|did|don'?t|didn'?t|would|will|can|could|all|let|make) )\b(?:you|ya|u) know\b(?! (?:how|what|where|why|who|when|if|whether|that|is|are|was|were|has|have|had|about|anyone|someone|people|him|her|them|me|my|it)\b)/giu;

/** The text with "you know" said in passing taken out, or undefined when it has none: detect.ts reads a text both as
 * written and so, the graver reading counting (the pause can fall inside a phrase: "i want to you know end it"). */
export function withoutYouKnow(text: string): string | undefined {
  const joined = text.replace(YOU_KNOW, ' ').replace(/ {2,}/gu, ' ');
  return joined === text ? undefined : joined;
}

export function clauses(text: string, session = true): Clause[] {
  return text.split(SENTENCE).flatMap((sentence, k) =>
    sentence
      .split(BREAK)
      .map((raw) => raw?.trim() ?? '')
      .filter((raw) => raw.length > 0)
      .map((raw) => {
        // Laughing emoji become "lol" in place, so a laugh is read where it stands in a long run-on clause.
        const text = ` ${withoutFillers(normaliseWords(withoutPlaceholders(raw.replace(LAUGHING_ALL, ' lol ')), session))} `;
        return { text, raw, laughing: LAUGHING.test(raw) || LAUGHING_WORDS.test(text), sentence: k };
      })
      .filter((c) => c.text.trim().length > 0 || c.laughing),
  );
}

const SPAN_MAX = 80;
/** The short span a factor shows (at most 80 characters), never the whole transcript. */
export const shortSpan = (raw: string) => (raw.length > SPAN_MAX ? `${cutAt(raw, SPAN_MAX - 1)}…` : raw);

/** Words in a stretch of normalised text. */
export const wordCount = (t: string): number => t.trim().split(' ').filter(Boolean).length;
